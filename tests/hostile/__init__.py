"""Hostile and broken input: clear errors, safe pages, nothing lost (see helpers.py)."""
