"""Text primitives every stage shares: character classes, normalisation for matching, and the
Latin forms of Arabic (transliteration, slugs, ids).

A leaf package: it imports nothing from the rest of ``builder`` except the data files, so that
``load`` (reading content), ``analyse`` (tokens), ``extract`` and ``render`` agree on what a
letter, a mark or an invisible character is without importing one another.
"""
