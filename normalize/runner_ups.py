"""A scan's fund figure read one digit wrong, chosen again among the recogniser's runner-ups by the
arithmetic the page states.

The recogniser ranks, for each digit it is unsure of, the digits below its best (extract.ocr_words:
731.scan's 98.64% was read 90.64%, 8 second at 1.5%); the cell keeps those readings beside its text
(Cell.runners). A fund row states its own arithmetic: 执行率 = 执行数 / 预算数, 得分 = 分值 × 执行率.
Where the figures as read break it and exactly one runner-up reading of one of them restores it,
that reading is taken, and said (识别校正); where several would, none is chosen. Nothing is put in a
cell that the recogniser did not offer, and a relation the figures keep is never questioned.

A fund header cell read as words that name no field (731's 分值 read 行谊) is chosen again the same
way, among the readings its characters' runner-ups make, by the header's grammar (header_words).
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from jixiao.extract.model import Document, Table
from jixiao.extract.ocr_digits import figure_in

from .records import Figure
from .fund_grammar import FUND_FIELDS, FUND_NAMES, _fund_fields, fund_figure

# The fields of a fund row whose arithmetic the runner-ups may restore (到位数 is in none of its relations).
ROW_FIELDS = ("budget_full_year", "budget_initial", "executed", "exec_rate_stated", "fund_weight", "fund_score")
HUNDRED = Decimal(100)


def _span(f: Figure) -> tuple[Decimal, Decimal]:
    """What a written figure stands for, within its written precision."""
    return f.value - f.q.tolerance, f.value + f.q.tolerance


def _meet(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def rate_holds(row: dict) -> bool | None:
    """执行率 = 执行数 / 预算数 within the written figures' rounding (None: not all three read)."""
    b, e, r = row.get("budget_full_year") or row.get("budget_initial"), row.get("executed"), row.get("exec_rate_stated")
    if b is None or e is None or r is None or None in (b.value, e.value, r.value) or _span(b)[0] <= 0:
        return None
    (blo, bhi), (elo, ehi) = _span(b), _span(e)
    return _meet((elo / bhi * HUNDRED, ehi / blo * HUNDRED), _span(r))


def score_holds(row: dict) -> bool | None:
    """得分 = 分值 × 执行率 (at most the weight) within the written figures' rounding."""
    w, r, s = row.get("fund_weight"), row.get("exec_rate_stated"), row.get("fund_score")
    if w is None or r is None or s is None or None in (w.value, r.value, s.value):
        return None
    lo, hi = _span(r)
    return _meet((min(w.value * lo / HUNDRED, w.value), min(w.value * hi / HUNDRED, w.value)), _span(s))


RELATIONS = ((rate_holds, ("budget_full_year", "budget_initial", "executed", "exec_rate_stated"), "执行数/预算数与执行率"),
             (score_holds, ("fund_weight", "exec_rate_stated", "fund_score"), "分值×执行率与得分"))


def readings(doc: Document, f: Figure, name: str, money_unit: str) -> list[Figure]:
    """The figure as each runner-up the recogniser kept for its cell reads it (one digit changed)."""
    loc = f.loc
    table = next((b for b in doc.blocks if isinstance(b, Table) and b.index == loc.table), None)
    cell = None if table is None else next((c for c in table.cells if (c.row, c.col) == (loc.row, loc.col)), None)
    out = []
    for read, alt, _ in cell.runners if cell is not None else ():
        at = figure_in(f.raw, read)
        if at >= 0:
            out.append(Figure(fund_figure(name, f.raw[:at] + alt + f.raw[at + len(read):], money_unit), loc))
    return out


def restore(doc: Document, row: dict, money_unit: str) -> list[tuple[str, Figure, Figure, str]]:
    """The row (field → Figure, changed in place) with each broken relation restored by the one
    runner-up reading that restores it; (field, as read, as chosen, the relation) of each change."""
    changes, before = [], dict(row)
    kept_as_read = [holds for holds, _, _ in RELATIONS if holds(row)]
    for holds, names, said in RELATIONS:
        if holds(row) is not False:
            continue
        found = []
        for name in names:
            kept = row.get(name)
            if kept is None:
                continue
            for other in readings(doc, kept, name, money_unit):
                if other.value is not None and holds({**row, name: other}):
                    found.append((name, kept, other))
        if len(found) == 1:
            name, kept, other = found[0]
            row[name] = other
            changes.append((name, kept, other, said))
    if any(holds(row) is False for holds in kept_as_read):
        # a relation the figures kept as read, broken by a runner-up: the page speaks for the reading
        row.update(before)
        return []
    return changes


def chosen(doc: Document, recs) -> None:
    """Each fund row of the scan's projects restored where one runner-up reading does (restore), said."""
    if not recs.ocr:
        return
    for p in recs.projects:
        rows = [({n: getattr(p, n) for n in ROW_FIELDS}, "年度资金总额", p)]
        rows += [(dict(s.figures), s.label, s) for s in p.fund_sources]
        for row, label, holder in rows:
            for name, kept, other, said in restore(doc, row, p.money_unit):
                # the record keeps the figure as read beside the one chosen: a slip it hides stays visible
                chosen_raw = other.raw
                other = Figure(replace(other.q, raw=f"{other.raw}（识别为 {kept.raw}）"), other.loc)
                if holder is p:
                    setattr(p, name, other)
                else:
                    holder.figures[name] = other
                recs.warnings.append(f"{kept.loc.describe()}：识别校正：资金表“{label}”一行{FUND_NAMES[name]}识别为 {kept.raw}，"
                                     f"与本行所写数字不合（{said}不符），识别模型对其中一位数字的次选读法 {chosen_raw} "
                                     f"使之相符（且仅此一种），按 {chosen_raw} 读取，请核对原件")


def _opens_as(text: str, named: dict) -> str | None:
    """The one fund word of a field not in `named` whose first two characters the cell's text opens
    with and does not hold whole (年初预异: 年初预算数); None where none or several fields fit."""
    text = "".join(text.split())
    fits = [(field, word) for field, words in FUND_FIELDS if field not in named
            for word in words if len(word) > 2 and text.startswith(word[:2]) and word not in text]
    return fits[0][1] if len({f for f, _ in fits}) == 1 else None   # the field's first word: its fullest


def _figure_below(rows: list, col: int) -> bool:
    """Whether the first row below holding a cell of the column holds a figure there."""
    cell = next((c for row in rows for c in row if c.col == col), None)
    return cell is not None and any(ch.isdigit() for ch in cell.text)


def header_words(doc: Document, ocr: bool) -> tuple[Document, list[str]]:
    """A scan's fund header row (two fund fields named at least) whose cell names none, where
    exactly one reading the recogniser's runner-ups give the cell's words (extract.ocr_words.
    word_runners) names a field the row leaves unnamed, and unnames none (731's 分值 read 行谊, 分 and
    值 the runners-up of its two characters): the document with that reading in the cell, and the
    warnings saying so. The header's grammar (fund_grammar) chooses; nothing is read that the
    recogniser did not offer, and two readings that would each serve leave the cell as read. A
    cell no reading fits that opens as the word of a field the row leaves unnamed (927's 年初预异,
    年初预算数 with its 算数 misread) over a figure is said: the figures under it are not read."""
    if not ocr:
        return doc, []
    blocks, said = list(doc.blocks), []
    for b, table in enumerate(doc.blocks):
        if not isinstance(table, Table):
            continue
        swapped = {}
        rows = table.rows()
        for i, row in enumerate(rows):
            texts = [c.text for c in row]
            named = _fund_fields(texts)
            if len(named) < 2:
                continue
            for k, cell in enumerate(row):
                if k in named.values():
                    continue
                fits = set()
                for read, alt, _ in cell.runners:
                    got = _fund_fields(texts[:k] + [alt] + texts[k + 1:]) if read == cell.text.strip() else {}
                    new = [f for f, at in got.items() if at == k and f not in named]
                    if new and named.items() <= got.items():   # a field more, none of the row's moved
                        fits.add((alt, new[0]))
                if len(fits) == 1:
                    (alt, _), = fits
                    swapped[id(cell)] = replace(cell, text=alt)
                    said.append(f"{cell.loc.describe()}：识别校正：资金表表头“{cell.text}”不是表头词语，识别模型对其各字的次选读法中"
                                f"仅“{alt}”是本行未有的资金表表头，按“{alt}”读取，请核对原件")
                elif not fits and (word := _opens_as(cell.text, named)) and _figure_below(rows[i + 1:], cell.col):
                    said.append(f"{cell.loc.describe()}：资金表表头“{cell.text.strip()}”开头与“{word}”相同，但不是资金表表头词语"
                                f"（可能识别有误），该列数值未读取，请核对原件")
        if swapped:
            blocks[b] = replace(table, cells=[swapped.get(id(c), c) for c in table.cells])
    return (replace(doc, blocks=blocks), said) if said else (doc, [])
