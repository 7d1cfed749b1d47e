"""English names inside generated sentences and roles take "the" where English needs it."""

from __future__ import annotations

from datetime import date

import pytest

from builder.api import extract_text
from builder.lexicon.article import in_sentence


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("United States", "country", "the United States"),
        ("Netherlands", "country", "the Netherlands"),
        ("Gaza Strip", "place", "the Gaza Strip"),
        ("Jordan", "country", "Jordan"),
        ("Yemeni government", "organization", "the Yemeni government"),
        ("United Nations", "organization", "the United Nations"),
        ("Houthis", "group", "the Houthis"),
        ("Hamas", "group", "Hamas"),
        ("FBI", "organization", "the FBI"),
        ("NATO", "organization", "NATO"),
        (
            "United States Holocaust Memorial Museum",
            "organization",
            "the United States Holocaust Memorial Museum",
        ),
        (
            "Syrian Observatory for Human Rights",
            "organization",
            "the Syrian Observatory for Human Rights",
        ),
        ("Houthis (Ansar Allah)", "group", "the Houthis (Ansar Allah)"),
        ("Human Rights Watch", "organization", "Human Rights Watch"),
        ("The Washington Post", "organization", "The Washington Post"),
        ("Martin Griffiths", "person", "Martin Griffiths"),
    ],
)
def test_names_in_a_sentence(name: str, kind: str, expected: str) -> None:
    assert in_sentence(name, kind) == expected


def _extract(text: str) -> dict:
    return extract_text(text, "", date(2023, 5, 21))


def test_generated_sentences_name_countries_with_the_article() -> None:
    got = _extract("واجتمع وزير الخارجية التونسي كمال الغربي مع وفد أردني في هولندا الاثنين.")
    summaries = [e["summary"]["en"] for e in got["events"]]
    assert any(s.endswith("in the Netherlands") for s in summaries), summaries


def test_a_title_held_abroad_reads_ambassador_to_the_country() -> None:
    got = _extract("وقال السفير الأمريكي لدى الأردن كريم الحداد إن الوضع صعب.")
    person = next(a for a in got["actors"] if a["kind"] == "person")
    assert person["name"]["en"] == "Karim al-Haddad"
    assert person["role"]["en"] == "Ambassador of the United States to Jordan"
    assert any(a["name"]["en"] == "Jordan" for a in got["actors"])


def test_a_un_envoy_is_no_envoy_of_his_country() -> None:
    got = _extract("وقال المبعوث الأممي إلى اليمن مارتن غريفيث إن المحادثات مستمرة.")
    person = next(a for a in got["actors"] if a["kind"] == "person")
    assert person["role"]["en"] == "UN Envoy to Yemen"
