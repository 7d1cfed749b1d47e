"""Who mediates: the name after a phrase (بوساطة مصر), the subject of a verb (توسطت قطر),
the holder of a role (الوسيط الأميركي), skipping relative clauses and adjectives in between."""

from __future__ import annotations

from builder.extract.frames import SentenceView, actors_of, words
from builder.extract.mediation.bodies import adjective_actor
from builder.extract.mediation.envoys import body_after_title, envoy_named
from builder.extract.mediation.speakers import countries_of, says_his_country
from builder.extract.mediation.unnamed import unnamed_at, unnamed_holding
from builder.extract.mediation.words import SIDE_KINDS, Trigger, lexicon
from builder.records import Actor
from builder.text.normalize import normalize


def mediators_of(view: SentenceView, start: int, end: int, trigger: Trigger) -> list[Actor]:
    found = _mediators_of(view, start, end, trigger)
    if found and trigger.form != "by" and says_his_country(view, start):
        return countries_of(view, found) or found
    return found


def _mediators_of(view: SentenceView, start: int, end: int, trigger: Trigger) -> list[Actor]:
    if trigger.form == "by":
        named = _named_after(view, end)
        leader = _leading(view, start) if named else []
        return [*leader, *named] if leader and leader[0] not in named else named
    if trigger.form == "verbs":
        return (
            actors_of(view.subject_of(start, _after_resumptive(view, end)))
            or _pair_named_before(view, start, end)
            or reported_subject(view, start)
            or _unnamed(unnamed_at(view, end))  # توسط وجهاء المنطقة
            or described_subject(view, end)[0]  # توسط الرئيس الفرنسي
            or quote_speaker(view, start)
            or relative_agent(view, start, end)
        )
    # A role named with its holder (الوساطة المصرية, دور الوسيط القطري) or described
    # (لجان الوساطة, زعيم إحدى العشائر لعب دور الوسيط) …
    named = (
        _describing_after(view, end)
        or _held_after_relative(view, end)
        or _unnamed(unnamed_holding(view, start, end))
    )
    if named:
        return named
    if trigger.generic and not (view.between(start) or view.between_pair(0, len(view.tokens))):
        return []  # "وسطاء يعملون لصالح موسكو": go-betweens of no process named here
    # … or taken on by the subject of its clause (بدور الوساطة), or the sentence's first actor.
    before = [a for a in view.args if a.end <= start and a.actor.kind in SIDE_KINDS]
    same = [a for a in before if view.clause[a.start] == view.clause[start]]
    if not same:  # إن الرئيس الصيني لعب دورا: told by a demonym in the role's own clause
        told = [
            a
            for j, a in sorted(view.describing.items())
            if a.end <= start
            and view.clause[j] == view.clause[start]
            and a.actor.kind in SIDE_KINDS
        ]
        if told:
            return [told[0].actor]
    chosen = same[:1] or before[:1]
    return actors_of(view.coordinated(chosen[0])) if chosen else []


def _after_resumptive(view: SentenceView, end: int) -> int:
    """The token after the pronoun a relative clause points back with, where one follows the
    verb (هدنة توسطت فيها مصر: its subject comes after «فيها»)."""
    if end < len(view.tokens) and view.tokens[end].norm in RESUMPTIVE:
        return end + 1
    return end


RESUMPTIVE = frozenset(normalize(w) for w in ("فيه", "فيها", "فيهما", "فيهم"))


def _leading(view: SentenceView, k: int) -> list[Actor]:
    """The one who leads the efforts a phrase at token ``k`` names (وسيتولى سلامة قيادة جهود
    الأمم المتحدة, يقود سلامة جهود): a mediator with its body, not one of the sides."""
    for arg in view.args:
        if arg.actor.kind != "person" or arg.start == 0:
            continue
        if arg.end == k - 1 and LEADING.intersection(view.tokens[k - 1].stems):
            return [arg.actor]  # يتولى سلامة قيادة جهود
        if arg.end == k and LEADING.intersection(view.tokens[arg.start - 1].stems):
            return [arg.actor]  # يقود سلامة جهود
    return []


LEADING = frozenset(normalize(w) for w in ("قيادة", "بقيادة", "يقود", "تقود", "قاد", "قادت"))
"""Words of leading before the efforts a person leads (قيادة جهود)."""


def _unnamed(actor: Actor | None) -> list[Actor]:
    return [actor] if actor is not None else []


def relative_agent(view: SentenceView, start: int, end: int) -> list[Actor]:
    """A verb right after a relative pronoun with no subject of its own (``الولايات المتحدة
    التي تسعى إلى تثبيت الاتفاق الذي توسطت فيه مع موسكو``): the nearest side named before
    it that no preposition governs and no «بين» pairs, with a partner «مع» names right
    after the verb (the deal it brokered with another)."""
    if start == 0 or view.tokens[start - 1].norm not in words().relatives:
        return []
    paired = {a.actor.id for a in view.between(0, start)}
    before = [
        a
        for a in view.args
        if a.end < start
        and a.actor.kind in SIDE_KINDS
        and a.actor.id not in paired
        and (a.start == 0 or view.tokens[a.start - 1].norm not in _PREPOSITIONS)
    ]
    if not before:
        return []
    agent = before[-1].actor
    partners = actors_of(view.after_word(end, WITH_PARTNER, RELATIVE_PARTNER_WITHIN))
    return [agent, *(p for p in partners if p.kind == "country" and p is not agent)]


WITH_PARTNER = frozenset({"مع"})
RELATIVE_PARTNER_WITHIN = 5
"""Tokens after a relative clause's verb in which «مع» names its partner."""


def reported_subject(view: SentenceView, k: int) -> list[Actor]:
    """«أعلنت قطر أنها ستستضيف»: a verb after «أنها» has the reporting verb's subject, also
    when a demonym tells it (``قال الرئيس الكوري الجنوبي إنه دعا``: South Korea)."""
    if k == 0 or view.tokens[k - 1].norm not in lexicon().pronoun_that:
        return []
    before = [a for a in view.args if a.end < k and a.actor.kind in SIDE_KINDS]
    told = [a for j, a in view.describing.items() if a.end == k - 1 and a.actor.kind in SIDE_KINDS]
    if told and not any(a.end == k - 1 for a in before):
        return [told[0].actor]
    return actors_of(view.coordinated(before[-1])) if before else []


def described_subject(view: SentenceView, k: int) -> tuple[list[Actor], int]:
    """The subject right after a verb ending at token ``k``, and the token after it: a name
    (``قادت النرويج``), or a demonym after a head noun or two (``توسط الرئيس الفرنسي``,
    ``استضافت العاصمة القطرية الدوحة``: Qatar)."""
    for j in range(k, min(k + SUBJECT_HEADS + 1, len(view.tokens))):
        arg = view.arg_at(j)
        if arg is not None:
            if arg.actor.kind not in SIDE_KINDS and arg.actor.kind != "place":
                return [], k
            group = view.coordinated(arg)
            return actors_of(group), group[-1].end
        told = view.describing.get(j)
        if told is not None:
            place = view.arg_at(told.end)  # العاصمة القطرية الدوحة
            end = place.end if place is not None else told.end
            return ([told.actor], end) if told.actor.kind in SIDE_KINDS else ([], k)
        if not lexicon().subject_heads.intersection(view.tokens[j].stems):
            break  # لا تضمن مصالح الشعب الإيراني: no office, no capital, no subject
    return [], k


SUBJECT_HEADS = 2
"""Head nouns (``subject_heads``) between a verb and the demonym that tells its subject."""


def split_hits(view: SentenceView) -> list[tuple[int, int, list[Actor], Trigger]]:
    """Verb phrases with their subject told between the verb and the rest (``أجرت مصر
    اتصالات``, ``قادت النرويج المفاوضات``): start, end, the subject, the trigger."""
    split = lexicon().split
    out: list[tuple[int, int, list[Actor], Trigger]] = []
    for k, tok in enumerate(view.tokens[:-1]):
        heads = [split[stem] for stem in tok.stems if stem in split]
        if not heads:
            continue
        subject, j = described_subject(view, k + 1)
        if not subject or j >= len(view.tokens):
            continue
        for index in heads:
            hit = index.match(view.tokens, j)
            if hit is not None:
                out.append((k, hit.end, subject, hit.value))
                break
    return out


def quote_speaker(view: SentenceView, k: int) -> list[Actor]:
    """A verb with no subject inside a quotation (``قال الرئيس المصري "نحن … نسعى سعيا حثيثا
    للمصالحة"``): the speaker, named or told by a demonym just before the opening quote."""
    opening = _opening_quote(view, k)
    if opening is None:
        return []
    for j in range(opening - 1, max(-1, opening - SPEAKER_WITHIN - 1), -1):
        arg = view.arg_at(j) or view.describing.get(j)
        if arg is None:
            for a in view.args:
                if a.start <= j < a.end:
                    arg = a
        if arg is not None:
            return [arg.actor] if arg.actor.kind in SIDE_KINDS else []
        if view.tokens[j].text in "،,:":
            continue
    return []


def _opening_quote(view: SentenceView, k: int) -> int | None:
    """The quote mark that opens the quotation token ``k`` is in, if it is in one."""
    marks = [j for j in range(k) if view.tokens[j].text in QUOTES]
    if len(marks) % 2 == 0:
        return None
    return marks[-1]


SPEAKER_WITHIN = 4
"""Words between the speaker's name and the quotation (a colon, a comma, «قائلا»)."""


def _told_after_head(view: SentenceView, k: int) -> list[Actor]:
    """A demonym after a head noun or two that names no one (``برعاية العاهل السعودي``,
    ``بوساطة وزير الخارجية القطري``): the country it tells, with the man the title
    introduces when his name follows (``بفضل جهود ولي عهد أبوظبي الشيخ محمد بن زايد``)."""
    for j in range(k + 1, min(k + SUBJECT_HEADS + 1, len(view.tokens))):
        head = view.tokens[j - 1]
        if view.arg_at(j - 1) is not None or not lexicon().subject_heads.intersection(head.stems):
            return []
        told = view.describing.get(j)
        if told is not None:
            return [told.actor] if told.actor.kind in SIDE_KINDS else []
        arg = view.arg_at(j)
        if arg is not None:  # وزير الخارجية القطري: the demonym that acts
            if arg.actor.kind != "country" or arg.end != arg.start + 1:
                return []
            holder = view.arg_at(arg.end)
            if holder is not None and holder.actor.kind == "person":
                return [holder.actor, arg.actor]
            return [arg.actor]
    return []


def _pair_named_before(view: SentenceView, start: int, end: int) -> list[Actor]:
    """A verb whose subject is a pair word (``محادثات ترعاها الدولتان``): the two named
    together earlier in the sentence (``أعلنت الولايات المتحدة والسعودية``)."""
    pair = view.pair_word(end, 2)
    if pair is None or pair < end:
        return []
    for arg in view.args:
        if arg.end > start:
            break
        group = actors_of(view.coordinated(arg))
        if len(group) >= 2 and all(a.kind in SIDE_KINDS for a in group):
            return group
    return []


def _named_after(view: SentenceView, k: int) -> list[Actor]:
    """The mediator a phrase names: ``بوساطة مصر``, ``بوساطة من مصر``, ``برعاية "روسية"``,
    ``في رعاية أممية`` (with the joined names: ``بوساطة الولايات المتحدة والأردن``); failing
    that, the subject just before it (``اقترحت باريس وساطة``, ``بذلت تركيا جهود وساطة``)."""
    start = k
    skip = lexicon().relative_verbs
    while k < len(view.tokens) and (
        view.tokens[k].norm in ("من", *skip) or view.tokens[k].text in QUOTES
    ):
        k += 1
    arg = view.arg_at(k) or view.describing.get(k)
    if arg is not None:
        return actors_of(view.coordinated(arg)) if view.arg_at(k) else [arg.actor]
    if k < len(view.tokens):
        actor = adjective_actor(view, k)
        if actor is not None:
            return [actor]
        envoy = envoy_at(view, k)
        if envoy:
            return envoy  # للجهود التي يبذلها المبعوث الأممي
        led = _led_by(view, k)
        if led:
            return led
        unnamed = unnamed_at(view, k)
        if unnamed is not None:
            return [unnamed]  # بوساطة العقلاء
        told = _told_after_head(view, k)
        if told:
            return told  # برعاية العاهل السعودي
    trigger = start - 1
    clause = view.clause[min(trigger, len(view.tokens) - 1)]
    sides = {a.actor.id for a in view.between(max(0, trigger - 8))}
    before = [
        a
        for a in view.args
        if a.end <= trigger
        and trigger - a.start <= 6
        and view.clause[a.start] == clause
        and a.actor.kind in SIDE_KINDS
        and a.actor.id not in sides
        and (a.start == 0 or view.tokens[a.start - 1].norm not in _PREPOSITIONS)
    ]
    # The subject of the light verb opens the clause: بذلت تركيا حليفة باكو جهود وساطة.
    return [before[0].actor] if before else []


_PREPOSITIONS = frozenset(normalize(w) for w in ("مع", "ومع", "ضد", "على", "إلى", "عن", "من"))
"""Words before a name that make it no subject (مفاوضات مع الحوثيين)."""


def envoy_at(view: SentenceView, k: int) -> list[Actor]:
    """An envoy's title at token ``k``: the envoy, if named, and the body he is of."""
    title = lexicon().envoy_titles.match(view.tokens, k)
    if title is None:
        return []
    out: list[Actor] = []
    envoy = envoy_named(view, title.start, title.end)
    if envoy is not None:
        out.append(envoy)
    body = body_after_title(view, title.end)
    if body is not None and body not in out:
        out.append(body)
    return out if any(a.kind in ("organization", "country") for a in out) else []


def _led_by(view: SentenceView, k: int) -> list[Actor]:
    """``جهود حل الأزمة بقيادة الأمم المتحدة``: who leads the efforts, named a few words on."""
    for j in range(k, min(k + 4, len(view.tokens))):
        if view.tokens[j].norm in lexicon().led_by:
            arg = view.arg_at(j + 1) if j + 1 < len(view.tokens) else None
            return actors_of(view.coordinated(arg)) if arg is not None else []
    return []


def _held_after_relative(view: SentenceView, k: int) -> list[Actor]:
    """A role's holder named in the relative clause right after it (``بدور الوساطة الذي
    قامت به الكويت``)."""
    skip = lexicon().relative_verbs
    j = k
    while j < len(view.tokens) and view.tokens[j].norm in skip:
        j += 1
    if j == k or j - k > RELATIVE_WORDS:
        return []
    arg = view.arg_at(j)
    return actors_of(view.coordinated(arg)) if arg and arg.actor.kind in SIDE_KINDS else []


RELATIVE_WORDS = 3
"""Words of a relative clause between a role and its holder (الذي قامت به)."""


def _describing_after(view: SentenceView, k: int) -> list[Actor]:
    """``الوساطة المصرية``, ``الوسيط الأممي``: a demonym or adjective right after a noun."""
    arg = view.describing.get(k)
    if arg is not None:
        return [arg.actor]
    actor = adjective_actor(view, k) if k < len(view.tokens) else None
    return [actor] if actor else []


QUOTES = frozenset("\"«»“”'")
