"""Names with no English form: where they were seen, and a stanza for content/glossary.yml."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from builder.analyse.document import document_from_article
from builder.editor.unnamed import glossary_stanza, site_report, unnamed_actors
from builder.load.article import Article, load_article
from builder.records import Facts
from tests.editor.sample import BODY, TITLE, sample_facts


@dataclass
class Result:
    article: Article | None
    facts: Facts | None


def sample_result(tmp_path: Path) -> Result:
    path = tmp_path / "article.ar.md"
    path.write_text(f"---\ntitle: {TITLE}\npublished: 2022-10-31\n---\n{BODY}", encoding="utf-8")
    article = load_article(path)
    facts = sample_facts()
    assert document_from_article(article).text == facts.document.text
    return Result(article, facts)


def test_unverified_actors_are_listed_with_file_line_and_sentence(tmp_path: Path) -> None:
    result = sample_result(tmp_path)
    (entry,) = unnamed_actors([result])
    assert entry.actor.id == "bwtyn"
    (seen,) = entry.seen
    assert seen.path == result.article.path  # type: ignore[union-attr]
    assert seen.line == 9  # 4 lines of front matter, then paragraph 3 (two blank lines above)
    assert seen.sentence.startswith("وقال بوتين إن نحو 2000")


def test_stanza_is_yaml_for_the_glossary(tmp_path: Path) -> None:
    stanza = glossary_stanza(unnamed_actors([sample_result(tmp_path)]))
    data = yaml.safe_load(stanza)
    assert data == {"people": [{"en": "", "ar": ["بوتين"]}]}


def test_one_entry_per_name_across_articles(tmp_path: Path) -> None:
    result = sample_result(tmp_path)
    report = site_report([result, result, Result(None, None)])
    assert report[0].startswith("1 name(s)")
    assert sum("no English name for person 'بوتين'" in line for line in report) == 2


def test_nothing_to_report_when_all_names_are_known() -> None:
    facts = sample_facts()
    facts.actors = [a for a in facts.actors if a.verified]
    assert site_report([Result(None, facts)]) == []
