"""Stage 1: read ``content/`` into validated records; nothing here interprets the text."""
