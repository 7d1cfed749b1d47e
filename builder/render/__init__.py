"""Stage 5: render fact records into Arabic and English Markdown through shared templates.

The language changes only strings (gettext catalogs), formatting (Babel) and direction.
"""
