"""Charts as server-rendered SVG: read at a glance, no script, no network (works offline)."""
from __future__ import annotations

from markupsafe import Markup, escape

COLOURS = {"high": "#c0392b", "medium": "#e67e22", "low": "#95a5a6", "open": "#3498db",
           "confirmed": "#c0392b", "dismissed": "#7f8c8d", "": "#2e86c1"}


def bars(rows: list[tuple[str, dict[str, float]]], keys: list[str], labels: dict[str, str] | None = None,
         width: int = 760, unit: str = "", percent: bool = False) -> Markup:
    """Horizontal stacked bars: one row per label, one segment per key (severity, status …),
    the total written at the end of the bar. `percent`: values are shares (0–100) of one bar."""
    labels = labels or {}
    if not rows:
        return Markup('<p class="empty">暂无数据</p>')
    bar_h, gap, left, right = 18, 6, 300, 60
    top = 22 if len(keys) > 1 else 4
    total_max = 100.0 if percent else max(sum(v.values()) for _, v in rows) or 1
    scale = (width - left - right) / total_max
    height = top + len(rows) * (bar_h + gap)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img">']
    if len(keys) > 1:   # legend
        x = left
        for k in keys:
            out.append(f'<rect x="{x}" y="4" width="10" height="10" fill="{COLOURS.get(k, "#888")}"/>'
                       f'<text x="{x + 14}" y="13" font-size="11">{escape(labels.get(k, k))}</text>')
            x += 24 + 12 * len(labels.get(k, k))
    for i, (label, values) in enumerate(rows):
        y = top + i * (bar_h + gap)
        out.append(f'<text x="{left - 6}" y="{y + 13}" font-size="12" text-anchor="end">{escape(_short(label))}'
                   f'<title>{escape(label)}</title></text>')
        x = float(left)
        for k in keys:
            v = values.get(k, 0)
            if v:
                w = v * scale
                out.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{COLOURS.get(k, "#888")}">'
                           f'<title>{escape(label)} · {escape(labels.get(k, k))}: {_num(v)}{unit}</title></rect>')
                x += w
        total = sum(values.values())
        out.append(f'<text x="{x + 4:.1f}" y="{y + 13}" font-size="12">{_num(total)}{unit}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def _short(label: str, n: int = 24) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.1f}"
