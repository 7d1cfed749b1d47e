"""Reading the facts an editor adds (``add:`` figures, actors, events, mediation efforts):
each needs the quote it comes from, and is left out, with an error, when a part is wrong."""

from __future__ import annotations

from typing import Any

from builder.correct.schema.corrections import NewActor, NewEvent, NewFigure, NewMediation, Ref
from builder.correct.schema.values import ValueReader
from builder.correct.schema.vocabulary import (
    KINDS,
    LANGS,
    MEDIATION_KINDS,
    event_kinds,
    is_actor_kind,
)


class AdditionReader(ValueReader):
    def new_figure(self, fields: dict[str, Any], where: tuple[str | int, ...]) -> NewFigure | None:
        ok = True
        quote = None
        if "quote" not in fields:
            self.error(
                where,
                "an added figure needs the 'quote' it comes from",
                'copy the exact words of the article: quote: "…"',
            )
            ok = False
        else:
            quote = self.text(fields["quote"], (*where, "quote"))
            ok = ok and quote is not None
        label = {}
        if "label" not in fields:
            self.error(
                where, "an added figure needs a 'label' (what it counts)", "label: {en: …, ar: …}"
            )
            ok = False
        else:
            label = self.bilingual(fields["label"], (*where, "label"))
            if not label:
                ok = False
            for lang in LANGS:
                if label and lang not in label:
                    self.warn(
                        (*where, "label"),
                        f"the label has no '{lang}' text; the figure's own words are shown instead",
                    )
        value_ok, value = self.number(fields.get("value"), (*where, "value"))
        qualifier_ok, qualifier = self.qualifier(fields.get("qualifier"), (*where, "qualifier"))
        if not (ok and value_ok and qualifier_ok) or quote is None:
            return None
        return NewFigure(
            self.lines(*where), quote, self.lines(*where, "quote"), label, value, qualifier
        )

    def new_actor(self, fields: dict[str, Any], where: tuple[str | int, ...]) -> NewActor | None:
        quote = self.quote(fields, where, "actor")
        ok = quote is not None
        name: dict[str, str] = {}
        if "name" not in fields:
            self.error(
                where,
                "an added actor needs its 'name' in both languages",
                "name: {ar: الاسم كما في المقال, en: The English name}",
            )
            ok = False
        else:
            name = self.bilingual(fields["name"], (*where, "name"))
            if "ar" not in name:
                self.error(
                    (*where, "name"),
                    "the name needs its Arabic form ('ar'), as the article writes it",
                    "name: {ar: …, en: …}",
                )
                ok = False
            elif "en" not in name:
                self.warn(
                    (*where, "name"),
                    "the name has no English form ('en'); the English edition shows it as "
                    "not checked",
                    "add en: the spelling English news use",
                )
        kind_ok, kind = self.choice(fields, "kind", where, KINDS, "actor")
        role = self.bilingual(fields["role"], (*where, "role")) if "role" in fields else {}
        id_ok, ident = self.new_id(fields, where)
        if not (ok and kind_ok and id_ok) or quote is None or not is_actor_kind(kind):
            return None
        return NewActor(self.lines(*where), quote, name, kind, role, ident)

    def new_event(self, fields: dict[str, Any], where: tuple[str | int, ...]) -> NewEvent | None:
        quote = self.quote(fields, where, "event")
        kind_ok, kind = self.choice(fields, "kind", where, event_kinds(), "event")
        when_ok, when = self.when(fields, where)
        if when_ok and when.text is None and when.date is None:
            self.error(
                where,
                "an added event needs its time: 'when' (the article's words) or 'date'",
                "when: مارس الماضي, or date: 2023-03",
            )
            when_ok = False
        agent = self.references(fields["agent"], (*where, "agent")) if "agent" in fields else []
        parties = (
            self.references(fields["parties"], (*where, "parties")) if "parties" in fields else []
        )
        figures = self.ids(fields["figures"], (*where, "figures")) if "figures" in fields else []
        place = self.optional_ref(fields, "place", where)
        id_ok, ident = self.new_id(fields, where)
        if not (kind_ok and when_ok and id_ok) or quote is None or kind is None:
            return None
        return NewEvent(
            self.lines(*where), quote, kind, when, agent, parties, place, figures, ident
        )

    def new_mediation(
        self, fields: dict[str, Any], where: tuple[str | int, ...]
    ) -> NewMediation | None:
        quote = self.quote(fields, where, "mediation effort")
        mediators: list[Ref] = []
        if "mediators" not in fields:
            self.error(
                where,
                "an added mediation effort needs its 'mediators'",
                "mediators: [qatar] (ids or names)",
            )
        else:
            mediators = self.references(fields["mediators"], (*where, "mediators"))
        parties = (
            self.references(fields["parties"], (*where, "parties")) if "parties" in fields else []
        )
        venue = self.optional_ref(fields, "venue", where)
        when_ok, when = self.when(fields, where)
        outcome = (
            self.bilingual(fields["outcome"], (*where, "outcome")) if "outcome" in fields else {}
        )
        kind_ok, kind = self.choice(
            fields, "kind", where, MEDIATION_KINDS, "mediation effort", MEDIATION_KINDS[0]
        )
        id_ok, ident = self.new_id(fields, where)
        if not (mediators and when_ok and kind_ok and id_ok) or quote is None or kind is None:
            return None
        return NewMediation(
            self.lines(*where), quote, mediators, parties, venue, when, outcome, kind, ident
        )
