"""What the first article's explainer must contain (the issue's acceptance list)."""

from __future__ import annotations

from typing import Any

import pytest

from builder.api import extract_file
from tests.conftest import EXAMPLE


@pytest.fixture(scope="module")
def facts() -> dict[str, Any]:
    return extract_file(EXAMPLE).to_json()


def figure(
    facts: dict[str, Any], value: int, qualifier: str | None = None, en: str | None = None
) -> bool:
    return any(
        f["value"] == value
        and (qualifier is None or f["qualifier"] == qualifier)
        and (en is None or f["label"]["en"] == en)
        for f in facts["figures"]
    )


def test_figures(facts: dict[str, Any]) -> None:
    assert figure(facts, 286, en="killed")
    assert figure(facts, 6500, "more_than", "killed")
    assert figure(facts, 2000, en="Russian peacekeepers")
    assert figure(facts, 10, en="years") and figure(facts, 15, en="years")
    assert figure(facts, 20, "up_to", "years")
    assert figure(facts, 30000, "about")
    assert figure(facts, 8, en="months")
    assert not any(f["value"] in (2020, 2022) for f in facts["figures"])  # years are dates


def actor(facts: dict[str, Any], en: str) -> dict[str, Any]:
    found = [a for a in facts["actors"] if a["name"]["en"] == en]
    assert found, f"{en} not among {[a['name']['en'] for a in facts['actors']]}"
    return found[0]


@pytest.mark.parametrize(
    ("en", "role"),
    [
        ("Vladimir Putin", "President of Russia"),
        ("Nikol Pashinyan", "Prime Minister of Armenia"),
        ("Ilham Aliyev", "President of Azerbaijan"),
        ("Charles Michel", "President of the European Council"),
        ("Emmanuel Macron", "President of France"),
        ("Recep Tayyip Erdoğan", None),
    ],
)
def test_people_with_roles(facts: dict[str, Any], en: str, role: str | None) -> None:
    person = actor(facts, en)
    assert person["kind"] == "person"
    if role:
        assert person["role"]["en"] == role


@pytest.mark.parametrize("en", ["Armenia", "Azerbaijan", "Russia", "France", "Turkey"])
def test_countries(facts: dict[str, Any], en: str) -> None:
    assert actor(facts, en)["kind"] == "country"


@pytest.mark.parametrize("en", ["European Union", "the Kremlin", "Agence France-Presse (AFP)"])
def test_organizations(facts: dict[str, Any], en: str) -> None:
    assert actor(facts, en)["kind"] == "organization"


def test_one_actor_many_spellings(facts: dict[str, Any]) -> None:
    karabakh = actor(facts, "Nagorno-Karabakh")
    assert {"ناغورنو كاراباخ", "ناغورني كاراباخ"} <= set(karabakh["mentions"])
    assert "بوتين" in actor(facts, "Vladimir Putin")["mentions"]
    assert "وأذربيجان" in actor(facts, "Azerbaijan")["mentions"]


def effort(facts: dict[str, Any], mediator: str) -> dict[str, Any]:
    found = [m for m in facts["mediation"] if mediator in m["mediators"]]
    assert found, facts["mediation"]
    return found[0]


def test_mediation(facts: dict[str, Any]) -> None:
    russia = next(
        m for m in facts["mediation"] if "russia" in m["mediators"] and m["date"] == "2022-10-31"
    )
    assert {"armenia", "azerbaijan"} <= set(russia["parties"]) and russia["venue"] == "sochi"
    europe = effort(facts, "emmanuel-macron")
    assert (
        "charles-michel" in europe["mediators"]
        and europe["venue"] == "brussels"
        and europe["date"] == "2022-08"
    )
    turkey = effort(facts, "turkey")
    assert turkey["venue"] == "prague"


def test_background_events(facts: dict[str, Any]) -> None:
    wars = {e["date"] for e in facts["events"] if e["kind"] == "war"}
    assert "2020" in wars and "1990/1999" in wars


def test_time_expressions(facts: dict[str, Any]) -> None:
    times = {t["when_text"]: t["date"] for t in facts["times"]}
    assert times["يوم الاثنين"] == "2022-10-31"
    assert times["أغسطس الماضي"] == "2022-08"
    assert times["سبتمبر الماضي"] == "2022-09"
    assert times["خريف 2020"] == "2020"
    assert times["التسعينيات"] == "1990/1999"
    assert times["يوم السبت"] == "2022-10-29"
    assert times["العام الماضي"] == "2021"


def test_every_span_quotes_the_source(facts: dict[str, Any]) -> None:
    text = extract_file(EXAMPLE).document.text
    for record in facts["figures"]:
        assert text[record["span"][0] : record["span"][1]] == record["text"]
    for record in facts["times"]:
        assert text[record["span"][0] : record["span"][1]] == record["when_text"]
    for record in facts["actors"]:
        for start, end in record["spans"]:
            assert text[start:end] in record["mentions"]
