"""explainer: bilingual (Arabic + English) news explainers from Arabic articles.

The build is a pipeline of stages, one package each, in the order they run:

- ``load``     reads ``content/``: front matter, body, boilerplate, the glossary;
- ``analyse``  normalises Arabic for matching and splits sentences and tokens with offsets;
- ``extract``  finds figures, times, actors, events and mediation efforts;
- ``correct``  applies the editor's corrections (``explainer.yml``);
- ``render``   turns the records into Arabic and English Markdown through templates;
- ``write``    puts the generated pages on disk, atomically and only when they changed.

``builder.pipeline`` runs them in order; ``builder.plugin`` is the thin MkDocs adapter.
"""

__version__ = "0.1.0"
