"""Actors: people (with role), countries, organizations, armed groups and places, each once,
with every mention.

Known names come from the gazetteer (glossary, organizations, places, CLDR countries,
demonyms). People outside the glossary are found by title + name ("الرئيس المصري عبد الفتاح
السيسي"); their English name is spelt as English news would and marked unverified
(``verified: false``). Later mentions by surname (السيسي) or by role alone (رئيس الوزراء
العراقي) join the same person.

:mod:`.reading` walks the sentences; :mod:`.people`, :mod:`.bodies` (institutions and armed
groups by their head noun), :mod:`.places` and :mod:`.names` read what a word announces;
:mod:`.registry` keeps each actor once; :mod:`.words` is the lexicon.
"""

from builder.extract.actors.reading import extract

__all__ = ["extract"]
