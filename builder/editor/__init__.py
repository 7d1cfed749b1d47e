"""Tools for editors, beside the pipeline: starting an article folder from pasted text
(``explainer new``), drafting a commented ``explainer.yml`` (``explainer draft``), and listing
the names the build could not give an English form, with a ready glossary stanza."""
