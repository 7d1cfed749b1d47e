"""Key figures as SVG bar charts, built at build time (no browser-side chart library).

Only like compares with like: casualties with casualties, troops with troops, sums of one
currency with each other, shares with shares. Each such group of two or more figures gets its
own small chart; durations, ordinals, ages and vague amounts never get a bar. Bars grow from the
inline start: from the right on Arabic pages, from the left on English ones.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from builder.records import Figure
from builder.render.catalog import translations
from builder.render.formatting import Formatter

WIDTH = 640
ROW = 46
BAR = 16
PAD = 8
MAX_BARS = 8


def N_(message: str) -> str:
    return message


TITLES = {
    "casualties": N_("Casualties"),
    "military": N_("Troops and forces"),
    "people": N_("People"),
    "percent": N_("Shares"),
    "money": N_("Sums of money"),
    "count": N_("Counts"),
}
"""The title of each chart group (UI strings, translated in the catalog)."""


def group_of(figure: Figure) -> tuple[str, str] | None:
    """(chart group, its comparable unit) or None when the figure gets no bar."""
    if figure.value is None or figure.value <= 0 or figure.kind not in TITLES:
        return None
    if figure.kind in ("money", "count"):  # dollars with dollars, houses with houses
        return (figure.kind, figure.unit) if figure.unit else None
    return figure.kind, figure.kind


def chart_groups(figures: list[Figure]) -> list[tuple[str, list[Figure]]]:
    """Groups of comparable figures, each largest first, one bar per value and noun."""
    groups: dict[tuple[str, str], list[Figure]] = {}
    for figure in figures:
        key = group_of(figure)
        if key is None:
            continue
        bars = groups.setdefault(key, [])
        if not any(f.value == figure.value and f.unit == figure.unit for f in bars):
            bars.append(figure)
    out = []
    for (kind, _unit), bars in groups.items():
        if len(bars) >= 2:
            out.append((kind, sorted(bars, key=lambda f: -(f.value or 0))[:MAX_BARS]))
    return out


def bar_charts(figures: list[Figure], fmt: Formatter, chart_id: str) -> list[Markup]:
    tr = translations(fmt.lang)
    return [
        _chart(bars, fmt, tr.gettext(TITLES[kind]), f"{chart_id}-{n}")
        for n, (kind, bars) in enumerate(chart_groups(figures), start=1)
    ]


def _chart(bars: list[Figure], fmt: Formatter, title: str, chart_id: str) -> Markup:
    rtl = fmt.lang == "ar"
    top = max(float(f.value or 0) for f in bars)
    height = ROW * len(bars) + PAD
    labels = []
    rows = []
    for n, figure in enumerate(bars):
        value = fmt.figure_value(figure)
        label = f"{value} {fmt.figure_label(figure) or ''}".strip()
        labels.append(label)
        length = max(2.0, (WIDTH - 2 * PAD) * float(figure.value or 0) / top)
        y = PAD + n * ROW
        x_bar = WIDTH - PAD - length if rtl else PAD
        x_text = WIDTH - PAD if rtl else PAD
        rows.append(
            f'<text x="{x_text}" y="{y + 14}" direction="{"rtl" if rtl else "ltr"}" text-anchor="start" '
            f'style="fill: var(--md-default-fg-color, #1a1a1a); font-size: 14px">{escape(label)}</text>'
            f'<rect class="ex-chart__bar" x="{x_bar:.1f}" y="{y + 20}" width="{length:.1f}" height="{BAR}" rx="2" '
            f'style="fill: var(--md-primary-fg-color, #4051b5)"/>'
        )
    desc = "; ".join(labels)
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="ex-chart__svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="img" aria-labelledby="{chart_id}-title {chart_id}-desc">'
        f'<title id="{chart_id}-title">{escape(title)}</title><desc id="{chart_id}-desc">{escape(desc)}</desc>'
        + "".join(rows)
        + "</svg>"
    )
