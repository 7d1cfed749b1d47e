"""Stage 2: Arabic text analysis: normalisation for matching, sentences and tokens with offsets.

Display text is never changed here; normalised forms exist only to compare words.
"""
