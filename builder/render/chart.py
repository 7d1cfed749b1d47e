"""Key figures as an SVG bar chart, built at build time (no browser-side chart library).

Bars grow from the inline start: from the right on Arabic pages, from the left on English
ones. Only comparable figures share a chart (counts of people: killed, wounded, soldiers…),
since a bar for "20 years" next to "286 killed" would compare nothing.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from builder.records import Figure
from builder.render.formatting import Formatter

COMPARABLE = {"casualties", "military", "people"}
WIDTH = 640
ROW = 46
BAR = 16
PAD = 8
MAX_BARS = 8


def chartable(figures: list[Figure]) -> list[Figure]:
    """Comparable figures with a value, largest first, one per value and noun."""
    seen: set[tuple[object, object]] = set()
    out = []
    for figure in sorted(figures, key=lambda f: -(f.value or 0)):
        key = (figure.value, figure.unit)
        if (
            figure.value is None
            or figure.kind not in COMPARABLE
            or figure.value <= 0
            or key in seen
        ):
            continue
        seen.add(key)
        out.append(figure)
    return out[:MAX_BARS]


def bar_chart(figures: list[Figure], fmt: Formatter, title: str, chart_id: str) -> Markup | None:
    bars = chartable(figures)
    if len(bars) < 2:
        return None
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
