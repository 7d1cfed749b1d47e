"""Language knowledge as typed indexes over ``builder/data``: the names the tool knows (the
gazetteer: countries, places, organizations, titles, the site's glossary), the nouns a number
can count, and the words that trigger events and mediation.

Shared by the stages that need it (``extract`` reads text with it, ``render`` picks plural
forms from it); each index is built once per process from the data files.
"""
