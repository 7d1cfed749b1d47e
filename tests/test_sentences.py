"""Sentence splitting with offsets on Arabic text."""

from __future__ import annotations

from datetime import date

import pytest

from builder.analyse.document import make_document
from builder.analyse.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("جملة أولى. جملة ثانية.", ["جملة أولى.", "جملة ثانية."]),
        ("هل انتهت الحرب؟ لا أحد يعرف!", ["هل انتهت الحرب؟", "لا أحد يعرف!"]),
        ("قال: «انتهى الأمر. لن نعود» ثم غادر.", ["قال: «انتهى الأمر. لن نعود» ثم غادر."]),
        ("وقال: “أنا مستعد. فعلا.” وانتهى اللقاء.", ["وقال: “أنا مستعد. فعلا.”", "وانتهى اللقاء."]),
        ("بلغ النمو 3.5 بالمئة. وهذا جيد.", ["بلغ النمو 3.5 بالمئة.", "وهذا جيد."]),
        ("انتهى الاجتماع. . ثم بدأ آخر.", ["انتهى الاجتماع. .", "ثم بدأ آخر."]),
        ("ماذا بعد؟! لا شيء…", ["ماذا بعد؟!", "لا شيء…"]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_offsets_are_exact_inside_a_document() -> None:
    body = "الفقرة الأولى هنا. وجملة ثانية؟\n\nفقرة «ثانية. مقتبسة» تنتهي هنا."
    doc = make_document("x", "العنوان", date(2022, 1, 1), body)
    assert doc.sentences[0].text == "العنوان"
    for sentence in doc.sentences:
        assert doc.text[sentence.span.start : sentence.span.end] == sentence.text
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]
