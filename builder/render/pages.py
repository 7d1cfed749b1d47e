"""Render one explainer (or a home page) in one language from the fact records."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from builder.analyse.sentences import split_sentences
from builder.dates import PartialDate
from builder.lexicon.article import in_sentence
from builder.load.translation import Translation
from builder.records import Facts, Figure, Sentence
from builder.render import markup
from builder.render.catalog import translations
from builder.render.chart import bar_charts
from builder.render.formatting import Formatter
from builder.render.headline import heading
from builder.render.markup import isolate, meta_text, plain, snippet
from builder.render.metadata import about
from builder.render.sentences import distinct_sides, event_summary, main_sentence
from builder.render.settings import Settings
from builder.render.templating import DIRECTION, environment, front_matter
from builder.text.names import english_name


class ExplainerView:
    """What the templates show, prepared from the records for one language."""

    def __init__(
        self, facts: Facts, lang: str, settings: Settings, translation: Translation | None
    ) -> None:
        self.facts = facts
        self.lang = lang
        self.fmt = Formatter(lang, settings)
        self.tr = translations(lang)
        self.translation = translation
        self.doc = facts.document
        self._quotes: dict[int, tuple[Markup, str | None, str]] = {}

    def text(self, value: str) -> Markup:
        return isolate(value, self.lang)

    # -- citations ---------------------------------------------------------------------------
    def sentence_item(self, index: int) -> dict[str, Any]:
        """A link from a fact to its source sentence (``#s<index>``), and the quote shown on
        hover and focus: in the page's language (the translation's sentence, or its
        paragraph, on an English page that has one), else the Arabic marked as such. The
        headline is cited as "headline"."""
        if index not in self._quotes:  # one short quote per sentence, however often cited
            self._quotes[index] = self._quote(index)
        quote, quote_lang, described_by = self._quotes[index]
        label = (
            self.tr.gettext("headline")
            if index == 0
            else self.tr.gettext("source") + " " + self.fmt.digits(str(index))
        )
        return {
            "anchor": f"s{index}",
            "quote": quote,
            "quote_lang": quote_lang,
            "quote_dir": DIRECTION.get(quote_lang or self.lang, "ltr"),
            "described_by": described_by,
            "anchor_label": label,
        }

    def _quote(self, index: int) -> tuple[Markup, str | None, str]:
        """``(quote, its language when not the page's, the id of the element that holds
        the cited text)``."""
        sentences = self.doc.sentences
        sentence = sentences[index] if 0 <= index < len(sentences) else None
        anchor = f"s{index}"
        if sentence is None:
            return Markup(""), None, anchor
        if self.lang == "ar":
            return snippet(sentence.text), None, anchor
        if index == 0 and self.facts.title_en:
            return snippet(self.facts.title_en), None, anchor  # the page's own heading
        english = self._translated(sentence)
        if english is not None:
            return snippet(english), None, f"p{sentence.paragraph}"
        return snippet(sentence.text), "ar", anchor

    def _translated(self, sentence: Sentence) -> str | None:
        """The translation of ``sentence``: the aligned paragraph's sentence of the same rank
        when both paragraphs have as many sentences, else the whole paragraph."""
        translation = self.translation
        if translation is None or not 1 <= sentence.paragraph <= len(translation.paragraphs):
            return None
        paragraph = translation.paragraphs[sentence.paragraph - 1]
        arabic = [s.index for s in self.doc.sentences if s.paragraph == sentence.paragraph]
        english = [paragraph[s.start : s.end] for s in split_sentences(paragraph)]
        if len(english) == len(arabic):
            return english[arabic.index(sentence.index)]
        return paragraph

    def build(self) -> dict[str, Any]:
        doc = self.doc
        head = heading(self.facts, self.fmt, self.translation)
        words = sum(len(s.text.split()) for s in doc.sentences)
        minutes = self.fmt.minutes(words)
        lede_index = 1 if len(doc.sentences) > 1 else 0
        if head.generated_lede:  # a generated lede cites the sentence its main record is from
            main = self.facts.main_record()
            lede_index = main.sentence if main else lede_index
        lede = self.sentence_item(lede_index)
        lede["text"] = self.text(head.lede)
        lede["generated"] = head.generated_lede
        page: dict[str, Any] = {
            "lang": self.lang,
            "title": head.title,
            "generated_title": head.generated_title,
            "published": self.fmt.date(doc.published),
            "published_iso": doc.published.isoformat(),
            "source": self.credit(),
            "url": markup.url_attr(self.facts.source_url) if self.facts.source_url else None,
            "reading_time": self.tr.ngettext("%(num)s minute read", "%(num)s minutes read", minutes)
            % {"num": self.fmt.number(minutes)},
            "lede": lede,
            "glance": self.glance(),
            "timeline": self.timeline(),
            "upcoming": self.timeline(upcoming=True),
            "actors": self.actors(),
            "mediation": self.mediation(),
            "figures": self.figures(),
            "charts": bar_charts(self.facts.figures, self.fmt, "ex-chart"),
            "translated": self.lang == "ar" or self.translation is not None,
            "source_lang": "ar" if self.lang == "ar" or self.translation is None else "en",
        }
        page["source_dir"] = DIRECTION[page["source_lang"]]
        page["paragraphs"] = self.paragraphs()
        return page

    def credit(self) -> Markup | None:
        """Who published the original, as the editor wrote it (linked to ``url`` in the
        template); the address alone when no source is named."""
        if self.facts.source and plain(self.facts.source):
            return self.text(self.facts.source)
        if self.facts.source_url:
            return self.text(self.facts.source_url)
        return None

    def untranslated(self, arabic: str | None) -> Markup:
        """Arabic with no English equivalent yet, marked so that readers see it is the source
        wording, not a translation."""
        if not arabic:
            return Markup("")
        if self.lang == "ar":
            return self.text(arabic)
        return Markup(
            f'<span lang="ar" dir="rtl" class="ex-untranslated">{isolate(arabic, "ar")}</span>'
        )

    def name(self, actor_id: str) -> Markup:
        actor = self.facts.actor(actor_id)
        if actor is None:
            return Markup("")
        if self.lang == "en" and actor.name.en:
            return self.text(actor.name.en)
        if self.lang == "en":
            return Markup(f'<span lang="ar" dir="rtl">{isolate(actor.name.ar or "", "ar")}</span>')
        return self.text(actor.name.ar or actor.name.en or "")

    def names(self, ids: list[str]) -> Markup:
        """A list of actors as running text: in English, two or more take the article a
        sentence gives them (France and the European Council)."""
        actors = [a for i in ids if (a := self.facts.actor(i)) is not None]
        if self.lang == "en" and len(actors) >= 2:
            parts = [
                str(self.text(in_sentence(a.name.en, a.kind)))
                if a.name.en
                else str(self.name(a.id))
                for a in actors
            ]
        else:
            parts = [str(self.name(a.id)) for a in actors]
        return Markup(self.fmt.list(parts)) if parts else Markup("")

    def actors(self) -> list[dict[str, Any]]:
        kinds = {
            "person": self.tr.gettext("Person"),
            "country": self.tr.gettext("Country"),
            "organization": self.tr.gettext("Organization"),
            "group": self.tr.gettext("Group"),  # armed, political or ethnic
            "place": self.tr.gettext("Place"),
        }
        order = {"person": 0, "country": 1, "organization": 2, "group": 3, "place": 4}
        ages = self.ages()
        rows = []
        for actor in sorted(self.facts.actors, key=lambda a: (order.get(a.kind, 9), a.sentence)):
            item = self.sentence_item(actor.sentence)
            item["anchor_id"] = f"actor-{actor.id}"
            item["name"] = self.name(actor.id)
            item["kind"] = kinds.get(actor.kind, actor.kind)
            role = (
                actor.role.en
                if actor.role and self.lang == "en"
                else (actor.role.ar if actor.role else None)
            )
            age = ages.get(actor.id)
            item["role"] = self.text(", ".join(x for x in (role, age) if x))
            item["verified"] = actor.verified or (self.lang == "ar")
            rows.append(item)
        return rows

    def timeline(self, upcoming: bool = False) -> list[dict[str, Any]]:
        """Every dated happening up to the day of publication, oldest first (several on one
        date when they differ); with ``upcoming``, those announced for later ("What's next")."""
        dated = []
        for event in self.facts.events:
            when = PartialDate.parse(event.date)
            if when is not None and when.after(self.doc.published) is upcoming:
                dated.append((when, event))
        rows = []
        for when, event in sorted(dated, key=lambda p: (p[0].start, p[0].end, p[1].sentence)):
            item = self.sentence_item(event.sentence)
            item["date"] = self.fmt.iso_date(event.date)
            item["iso"] = when.iso
            item["summary"] = self.text(event_summary(event, self.facts, self.fmt))
            item["main"] = event.id == self.facts.main
            rows.append(item)
        return rows

    def mediation(self) -> list[dict[str, Any]]:
        rows = []
        for effort in self.facts.mediation:
            item = self.sentence_item(effort.sentence)
            item["id"] = effort.id
            item["mediators"] = self.names(effort.mediators)
            item["parties"] = self.names(effort.parties)
            item["venue"] = self.name(effort.venue) if effort.venue else None
            item["date"] = self.fmt.iso_date(effort.date) if effort.date else None
            outcome = effort.outcome and (
                effort.outcome.en if self.lang == "en" else effort.outcome.ar
            )
            item["outcome"] = self.text(outcome) if outcome else None
            rows.append(item)
        return rows

    def glance(self) -> list[dict[str, Any]]:
        """Who / what / where / when of the main development (``Facts.main``): what its
        record holds, nothing else. With no date of its own, "when" is the report's date,
        said as such."""
        facts = self.facts
        effort = next((m for m in facts.mediation if m.id == facts.main), None)
        event = next((e for e in facts.events if e.id == facts.main), None)
        rows: list[dict[str, Any]] = []
        if effort is not None:
            who = distinct_sides(facts, [*effort.mediators, *effort.parties])
            where, iso = effort.venue, effort.date
        elif event is not None:
            who, where, iso = event.participants, event.place, event.date
        else:
            who, where, iso = [], None, None
        what = main_sentence(facts, self.fmt)
        if who:
            rows.append({"label": self.tr.gettext("Who"), "value": self.names(who[:6])})
        if what:
            rows.append({"label": self.tr.gettext("What"), "value": self.text(what)})
        if where:
            rows.append({"label": self.tr.gettext("Where"), "value": self.name(where)})
        when = (
            self.fmt.iso_date(iso)
            if iso
            else self.tr.gettext("%(date)s (the date of the report)")
            % {"date": self.fmt.date(self.doc.published)}
        )
        rows.append({"label": self.tr.gettext("When"), "value": self.text(when)})
        return rows

    def figures(self) -> list[dict[str, Any]]:
        """The key figures: every quantity but ages (shown with their person), each with all
        the sentences that state it."""
        rows = []
        for figure in self.facts.figures:
            if figure.kind == "age":
                continue
            item = self.sentence_item(figure.sentence)
            item["value"] = self.text(self.fmt.figure_value(figure))
            item["label"] = self.text(self._label(figure))
            item["number"] = "" if figure.value is None else repr(figure.value)
            item["also"] = [
                self.sentence_item(s)
                for s in dict.fromkeys(figure.mention_sentences)
                if s != figure.sentence
            ]
            rows.append(item)
        return rows

    def _label(self, figure: Figure) -> str:
        """What a figure counts, always in the page's language: a noun the lexicon does not
        know is read aloud in English and said to be untranslated."""
        label = self.fmt.figure_label(figure)
        if label:
            return label
        if self.lang == "ar" or not figure.label.ar:
            return figure.label.ar or ""
        word = english_name(figure.label.ar).lower()
        return self.tr.gettext("“%(word)s” (not translated)") % {"word": word}

    def ages(self) -> dict[str, str]:
        """Each person's age, as the article gives it, to show with the person."""
        out: dict[str, str] = {}
        for figure in self.facts.figures:
            if figure.kind == "age" and figure.person and figure.value is not None:
                out.setdefault(
                    figure.person,
                    self.tr.gettext("age %(num)s") % {"num": self.fmt.number(figure.value)},
                )
        return out

    def paragraphs(self) -> list[list[dict[str, Any]]]:
        doc = self.doc
        if self.lang == "en" and self.translation is not None:
            # Each English paragraph carries the anchors of the Arabic sentences it translates,
            # so a fact's link lands on the right paragraph in either edition.
            anchors: dict[int, list[str]] = {}
            for sentence in doc.sentences:
                anchors.setdefault(sentence.paragraph, []).append(f"s{sentence.index}")
            out = []
            for i, text in enumerate(self.translation.paragraphs, start=1):
                out.append(
                    [{"anchor": f"p{i}", "text": self.text(text), "anchors": anchors.get(i, [])}]
                )
            return out
        by_paragraph: dict[int, list[dict[str, Any]]] = {}
        for sentence in doc.sentences:
            if sentence.paragraph == 0:
                continue
            text = isolate(sentence.text, "ar")
            by_paragraph.setdefault(sentence.paragraph, []).append(
                {"anchor": f"s{sentence.index}", "text": text, "anchors": []}
            )
        return list(by_paragraph.values())


def render_explainer(
    facts: Facts, lang: str, settings: Settings, translation: Translation | None = None
) -> str:
    view = ExplainerView(facts, lang, settings, translation)
    page = view.build()
    head = heading(facts, view.fmt, translation)
    generated = [
        k for k, v in (("title", head.generated_title), ("lede", head.generated_lede)) if v
    ]
    front = {
        # Themes print these two into <title> and <meta> without escaping: escaped here.
        "title": meta_text(page["title"]),
        "description": meta_text(_clip(head.lede)),
        "explainer": {
            "slug": facts.document.slug,
            "lang": lang,
            # Written by the build from the records, not by an editor or a translator.
            **({"generated": generated} if generated else {}),
            "published": page["published_iso"],
            "about": about(
                [
                    {
                        "kind": a.kind,
                        "name": (a.name.en if lang == "en" else a.name.ar) or a.name.ar,
                    }
                    for a in facts.actors
                    if a.kind != "place" and not a.media
                ][:12]
            ),
            "source_url": facts.source_url,
        },
    }
    env = environment(lang)
    return env.get_template("explainer.md.j2").render(page=page, front_matter=front_matter(front))


def _clip(text: str, limit: int = 200) -> str:
    text = plain(text)
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
