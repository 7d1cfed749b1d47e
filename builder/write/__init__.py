"""Stage 6: put generated pages on disk."""
