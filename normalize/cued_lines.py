"""A dashboard tile's lines as the card they stand for (1599: 产出指标 数量指标 / 新建林区防火隔离带 /
完成 125公里 ／ 目标 ≥120公里 / 得分 10 / 10分): a line of cued values apart by slashes (the sentence grammar's
cues, sentences.CUE: 完成 → the actual, 目标 → the target), a score written over its full mark (a label the
header grammar reads as the score, then a / b), and a line of a level 1 and a level 2 apart by a space are
written as label：value lines and level lines, so the label grammars read the tile as they read an
outline of titled cards. Evidence from the lines; no word of the forms is listed here."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

import regex as re

from jixiao.extract import Document, Paragraph, Table, normalize_ws

from .quantity import parse
from .sentences import CUE
from .vocab import INDICATOR_HEADERS, canonical_level1, canonical_level2, header_field

# values apart by a slash, or by a middle dot set off by spaces (目标 ≥300头 · 完成 306头)
_SLASHED = re.compile(r"\s*[／/]\s*|\s+[·・•]\s+")
_TIGHT_DOT = re.compile(r"(?<=\S)[·・•](?=\S)")   # a print's middle dot with no space about it (目标≥300头·完成306头)
_RANK = re.compile(r"^\d{1,3}$")
_OVER_MARK = re.compile(r"^\s*(?P<a>\d+(?:\.\d+)?)\s*分\s*[/／]\s*(?P<label>[^\d\s/／]{1,6})\s*(?P<b>\d+(?:\.\d+)?)\s*分?\s*$")
# a chart's label line: one cue and its value apart by a space (目标 ≥4000亩), or the points, each a label and its
# figure (分值10　得分10)
_ONE_CUE = re.compile(r"^\s*(?P<cue>\S+?)\s+(?P<value>\S.*?)\s*$")
_COLON_IN = re.compile(r"[：:]")
_POINT = re.compile(r"(?P<label>[^\d\s.:：]{1,6})\s*(?P<v>\d+(?:\.\d+)?)\s*分?")
_FRACTION = re.compile(r"^\s*(?P<label>[^\d\s/／]{1,6})\s*(?P<a>\d+(?:\.\d+)?)\s*[/／]\s*(?P<b>\d+(?:\.\d+)?)\s*分?\s*$")


@lru_cache(maxsize=None)
def field_word(field: str) -> str:
    """The header grammar's own word for a field (one it reads back as that field)."""
    return next(w for f, spec in INDICATOR_HEADERS if f == field
                for w in (*spec.get("has", ()), *spec.get("starts", ()), *spec.get("exact", ()))
                if header_field(w, set()) == field)


def _cued(pieces: list[str]) -> list[str] | None:
    """Each piece a cue and its value, nothing before the cue (a value in words too: 完成 持续健全), the cues
    apart, as label：value lines; else None."""
    got = [(m.lastgroup, p[m.end():].strip()) if (m := CUE.match(p)) else None for p in pieces]
    if all(g is not None and g[1] and not CUE.search(g[1]) for g in got) and len({g[0] for g in got}) == len(got):
        return [f"{field_word(side)}：{value}" for side, value in got]
    return None


def _lines(text: str) -> list[str] | None:
    """The label：value or level lines a tile line stands for, else None."""
    pieces = _SLASHED.split(text.strip())
    if len(pieces) >= 2 and (got := _cued(pieces)) is not None:
        return got
    if len(pieces) == 1 and len(tight := _TIGHT_DOT.split(text.strip())) >= 2 and (got := _cued(tight)) is not None:
        return got
    m = _ONE_CUE.match(text)
    if len(pieces) == 1 and m and (c := CUE.fullmatch(m.group("cue"))) and not CUE.search(m.group("value")) \
            and not _COLON_IN.search(m.group("value")):
        return [f"{field_word(c.lastgroup)}：{m.group('value')}"]
    if (points := _points(text)) is not None:
        return points
    m = _FRACTION.match(text)
    if m and header_field(m.group("label"), set()) == "score" and Decimal(m.group("a")) <= Decimal(m.group("b")):
        return [f"{field_word('score')}：{m.group('a')}", f"{field_word('weight')}：{m.group('b')}"]
    m = _OVER_MARK.match(text)
    if m and header_field(m.group("label"), set()) == "weight" and Decimal(m.group("a")) <= Decimal(m.group("b")):
        # the bare score in points over its labelled full mark (10 分 / 满分 10)
        return [f"{field_word('score')}：{m.group('a')}", f"{field_word('weight')}：{m.group('b')}"]
    words = text.split()
    if len(words) == 2 and (l1 := canonical_level1(words[0])) and canonical_level2(words[1], l1)[0]:
        return words
    return None


def _points(text: str) -> list[str] | None:
    """A line of the points alone, a label the header grammar reads as the weight and one it reads as the score,
    each with its figure (分值10　得分10), the score no more than the weight, as label：value lines; else None."""
    pairs = [(header_field(m.group("label"), set()), m.group("label"), m.group("v"))
             for m in _POINT.finditer(text)]
    # (the two labelled figures may stand apart by a slash: 得分 10 / 分值 10, a dial's points line)
    if not pairs or re.sub(r"\s+", "", "".join(m.group(0) for m in _POINT.finditer(text))) != \
            re.sub(r"(?<=\d\s*分?)\s*[/／]\s*(?=\D)|\s+", "", text):
        return None
    fields = [f for f, _, _ in pairs]
    if sorted(map(str, fields)) != ["score", "weight"]:
        return None
    got = {f: Decimal(v) for f, _, v in pairs}
    if got["score"] > got["weight"]:
        return None
    return [f"{label}：{v}" for _, label, v in pairs]


def _kind(b) -> str | None:
    """What a tile line is: cued values, a score over its mark, a level line; None for any other block."""
    return _line_kind(b.text) if isinstance(b, Paragraph) else None


def _line_kind(text: str) -> str | None:
    """_kind of a line's text."""
    got = _lines(text)
    if got is None:
        return None
    if "：" not in got[0]:
        return "level"
    return "score" if any(header_field(x.split("：")[0], set()) == "score" for x in got) else "cued"


def _line_parts(line: str) -> list[str]:
    """A card's line as its parts: the line itself where it reads as a tile line (or none does), else a rank,
    a level line and a tile line printed on one line (1 产出指标 数量指标 10分/满分10), each where it is one."""
    words = line.split()
    if _lines(line) is not None or len(words) < 3:
        return [line]
    rank = [words[0]] if _RANK.match(words[0]) else []
    rest = words[len(rank):]
    if len(rest) >= 3 and (lv := _lines(" ".join(rest[:2]))) is not None and "：" not in lv[0] and \
            _lines(" ".join(rest[2:])) is not None:
        return rank + [" ".join(rest[:2]), " ".join(rest[2:])]
    return [line]


def _card_lines(text: str) -> list[str] | None:
    """A one-column table's cell as a card's lines in the order the card grammar reads them (its rank, its
    name, its levels, its values): only where it holds cued values and a score over its mark; else None."""
    parts = [p for line in text.splitlines() if line.strip() for p in _line_parts(line.strip())]
    kinds = [_line_kind(p) for p in parts]
    if not {"cued", "score"} <= set(kinds):
        return None
    order = {"rank": 0, None: 1, "level": 2, "cued": 3, "score": 4}
    keyed = ["rank" if k is None and _RANK.match(p) else k for p, k in zip(parts, kinds)]
    return [p for _, p in sorted(zip(keyed, parts), key=lambda kp: order[kp[0]])]


def _card_column(b) -> list[Paragraph] | None:
    """A ONE-COLUMN table whose cells are cards (a ranking board printed: a cell an item, its rank, badges and
    score on one line), two or more, as paragraphs of their lines, a cell after another; else None."""
    if not isinstance(b, Table) or b.n_cols != 1:
        return None
    cards = [(c, _card_lines(c.text)) for c in sorted(b.cells, key=lambda c: c.row)]
    if sum(1 for _, got in cards if got) < 2:
        return None
    return [Paragraph(text=x, loc=c.loc) for c, got in cards for x in (got or [c.text])]


def _fits_target(value: str, target: str) -> bool:
    """An unlabelled line that is a value of the target's kind: a figure in the target's unit, a date where the
    target is one, or the target's own words (a qualitative target met: 持续提升 / 持续提升)."""
    v, t = parse(value.strip()), parse(target.strip())
    if v.numeric and t.numeric:
        return v.unit == t.unit and v.op in ("", "=", None)
    if v.date is not None and t.date is not None:
        return True
    return not v.numeric and v.date is None and value.strip() == target.strip()


def _dials(blocks: list) -> tuple[list, int]:
    """A dial's lines as a tile's (1948: the figure in the dial, 目标 … and 得分 … / 分值 … under it, its caption
    below): an unlabelled line, a line cueing the target alone, a points line, then an unlabelled line, where the
    first is a value of the target's kind (_fits_target) and the last none: the last is the name, the first the
    actual, written as the tile grammar reads a tile (name, 实际完成值：…, the cued line, the points). The blocks
    and how many such dials."""
    out, k, n = [], 0, 0
    while k < len(blocks):
        run = blocks[k:k + 4]
        if len(run) == 4 and all(isinstance(b, Paragraph) for b in run) and _kind(run[0]) is None \
                and _kind(run[3]) is None and _kind(run[2]) == "score" and _kind(run[1]) == "cued" \
                and len(got := _lines(run[1].text)) == 1 and header_field(got[0].split("：")[0], set()) == "target" \
                and _fits_target(run[0].text, got[0].split("：", 1)[1]) \
                and not _fits_target(run[3].text, got[0].split("：", 1)[1]) and not parse(run[3].text.strip()).numeric:
            out += [run[3], replace(run[0], text=f"{field_word('actual')}：{run[0].text.strip()}"), run[1], run[2]]
            k, n = k + 4, n + 1
            continue
        out.append(blocks[k])
        k += 1
    return out, n


def _spaced(line: str) -> str:
    """A printed dial line as the page's drawing spaced it: a cue apart from its value (目标≥3000亩 → 目标 ≥3000亩),
    the points apart from their slash (得分10/分值10 → 得分10 / 分值10); a print closes up the drawing's spaces."""
    line = re.sub(r"\s*([/／])\s*", r" \1 ", line).strip()
    if (m := CUE.match(line)) and m.end() < len(line) and not line[m.end()].isspace():
        line = f"{line[:m.end()]} {line[m.end():]}"
    return line


def _cell_lines(cell) -> list[str]:
    return [_spaced(normalize_ws(x).strip()) for x in (cell.text or "").split("\n") if normalize_ws(x).strip()]


def _one_dial(lines: list[str], loc) -> bool:
    return len(lines) == 4 and _dials([Paragraph(text=x, loc=loc) for x in lines])[1] == 1


def _dial_table(b) -> list[Paragraph] | None:
    """A TABLE WHOSE CELLS ARE DIALS (1948.pdf: the page's dials printed in a grid the ruling drew, each cell the
    figure, 目标 …, 得分 … / 分值 …, the caption) as the dials' lines, row by row, a cell after another; the group
    heading printed under a row run into its first cell as the cell's last line (产出指标·质量指标), or broken over
    into the next cell (…服务对象满意度指 | 标), written after the row's dials, as the page prints it between
    the rows. Only where every cell with text is a dial (_dials' four lines), such a dial and a line that is
    whole a level 1 and a level 2 (columns.level_pair), or that line's broken end; two dials at least. None else."""
    from .columns import level_pair
    if not isinstance(b, Table):
        return None
    out, dials = [], 0
    for row in b.rows():
        cells = []
        for c in row:
            if all(c is not d for d in cells):
                cells.append(c)
        dialled, headings = [], []
        k = 0
        while k < len(cells):
            c = cells[k]
            lines = _cell_lines(c)
            if not lines:
                k += 1
                continue
            if not _one_dial(lines[:4], c.loc) or len(lines) > 5:
                return None
            dialled += [Paragraph(text=x, loc=c.loc) for x in lines[:4]]
            dials += 1
            if len(lines) == 5:
                heading = lines[4]
                # (a broken end a cell of one line, whole a level pair with it: the level grammar may take the
                # cut name alone, 服务对象满意度指, for its level, so the joined line is tried first)
                if k + 1 < len(cells) and \
                        len(rest := _cell_lines(cells[k + 1])) == 1 and level_pair(heading + rest[0]) is not None:
                    heading += rest[0]
                    k += 1
                if level_pair(heading) is None:
                    return None
                headings.append(Paragraph(text=heading, loc=c.loc))
            k += 1
        out += dialled + headings
    return out if dials >= 2 else None


# A bar list printed (1951.pdf): each bar's name with its points as a line (新建板栗标准化基地 10/10分), the bars'
# captions (完成 8200亩 … 目标 ≥8000亩) a table's rows under the lines of their group.
_NAME_POINTS = re.compile(r"^\s*(?P<name>\S*\p{Han}\S*?)\s+(?P<a>\d+(?:\.\d+)?)\s*[/／]\s*(?P<b>\d+(?:\.\d+)?)\s*分\s*$")


def _cue_row(row_text: str) -> str | None:
    """A caption row's text (its cells joined) as a tile's cued line, where it holds one target cue and one actual
    cue, each with a value, nothing before the first: '完成 X ／ 目标 Y'; else None."""
    cues = list(CUE.finditer(row_text))
    if len(cues) != 2 or {m.lastgroup for m in cues} != {"target", "actual"} or row_text[:cues[0].start()].strip():
        return None
    pieces = [row_text[m.start():n].strip() for m, n in zip(cues, [cues[1].start(), len(row_text)])]
    if not all(p[len(m.group(0)):].strip() for p, m in zip(pieces, cues)):
        return None
    return " ／ ".join(pieces)


def _bars(blocks: list) -> tuple[list, int]:
    """Name-and-points lines and caption rows of one group (the lines and tables between two other lines) paired in
    order where they are as many: each written as a tile (the name, the cued line, the points labelled), the
    points' order (得分/分值 or 分值/得分) told by the figures (no score above its weight; all lines one order). The
    blocks, and how many bars."""
    lines = [m for b in blocks if isinstance(b, Paragraph) and (m := _NAME_POINTS.match(b.text))]
    if len(lines) < 2:
        return blocks, 0
    below = any(Decimal(m.group("a")) < Decimal(m.group("b")) for m in lines)
    above = any(Decimal(m.group("a")) > Decimal(m.group("b")) for m in lines)
    if below and above:
        return blocks, 0
    first, second = ("weight", "score") if above else ("score", "weight")
    out, group, n = [], [], 0

    def close():
        nonlocal n
        names = [(b, m) for b in group if isinstance(b, Paragraph) and (m := _NAME_POINTS.match(b.text))]
        rows = [(r[0], t) for b in group if isinstance(b, Table) for r in b.rows()
                if (t := _cue_row(" ".join(normalize_ws(c.text).strip() for c in r if c.text.strip())))]
        tables = [b for b in group if isinstance(b, Table)]
        if names and len(names) == len(rows) and all(all(_cue_row(" ".join(normalize_ws(c.text).strip() for c in r
                                                                          if c.text.strip())) for r in t.rows())
                                                      for t in tables):
            for (b, m), (cell, cued) in zip(names, rows):
                out.extend([replace(b, text=m.group("name")), Paragraph(text=cued, loc=cell.loc),
                            replace(b, text=f"{field_word(first)} {m.group('a')} / {field_word(second)} {m.group('b')}")])
                n += 1
        else:
            out.extend(group)
        group.clear()
    for b in blocks:
        if isinstance(b, Table) or (isinstance(b, Paragraph) and _NAME_POINTS.match(b.text)):
            group.append(b)
            continue
        close()
        out.append(b)
    close()
    return out, n


def first_of_points(blocks: list) -> str:
    """Which of the points a bar list's lines write first, as _bars read it ("score" or "weight")."""
    return next(("weight" if b.text.startswith(field_word("weight")) else "score") for b in blocks
                if isinstance(b, Paragraph) and b.text.startswith((field_word("weight") + " ", field_word("score") + " ")))


def _blocks_as(doc: Document, lines_of) -> Document:
    """The document with each block that `lines_of` reads (a table of cards or of dials) as the paragraphs it gives,
    each block read once; the document itself where it reads none."""
    got = [lines_of(b) for b in doc.blocks]
    if all(g is None for g in got):
        return doc
    return replace(doc, blocks=[p for b, g in zip(doc.blocks, got) for p in (g or [b])])


def tile_paragraphs(doc: Document) -> tuple[Document, list[str]]:
    """The document with each tile line written as its lines, at the same place, where two kinds at least
    (cued values, a score over its mark) occur; and the warning naming how many values were so read. A
    one-column table of cards (_card_column) is first written as its cards' lines."""
    original = doc
    doc = _blocks_as(doc, _card_column)
    doc = _blocks_as(doc, _dial_table)
    dialled, dials = _dials(doc.blocks)
    if dials:
        doc = replace(doc, blocks=dialled)
    barred, bars = _bars(doc.blocks)
    if bars:
        doc = replace(doc, blocks=barred)
    blocks, kinds = [], set()
    for k, b in enumerate(doc.blocks):
        got = _lines(b.text) if isinstance(b, Paragraph) else None
        if got is None:
            blocks.append(b)
            continue
        kind = _kind(b)
        kinds.add(kind)
        if kind == "level" and blocks and k > 0 and blocks[-1] is doc.blocks[k - 1] and \
                isinstance(blocks[-1], Paragraph) and blocks[-1].text.strip() and _lines(blocks[-1].text) is None \
                and k + 1 < len(doc.blocks) and _kind(doc.blocks[k + 1]) == "cued":
            # the tile's levels as badges under its name (a leaderboard's item: rank, name, badges, values):
            # the levels go before the name, as the card grammar reads a tile
            blocks[-1:-1] = [replace(b, text=x) for x in got]
            continue
        blocks += [replace(b, text=x) for x in got]
    if not {"cued", "score"} <= kinds:
        return (original if dials or bars else doc), []
    n = sum(1 for b in blocks if isinstance(b, Paragraph) and b.text.startswith(field_word("score") + "："))
    said = [f"{doc.source}：有{n}个指标写成看板卡片（“完成…／目标…”、“得分 a / b分”），"
            f"已按其提示词读作目标值、实际完成值、得分与分值，请与原件核对"]
    if dials:
        said.append(f"{doc.source}：有{dials}个仪表盘（图中数值未标名称，其下为“目标…”与得分、分值，名称在图下），"
                    "图中数值与目标同单位，读作实际完成值，请与原件核对")
    if bars:
        said.append(f"{doc.source}：有{bars}行“名称 a/b分”，与其下表格中各行“完成…目标…”按次序一一配对读取"
                    f"（a/b 的次序按数字判断为{field_word(first_of_points(barred))}在前），请与原件核对")
    return replace(doc, blocks=blocks), said


def _points_line(line: str) -> bool:
    """A card's points line: the weight and score labelled (分值10　得分10), or a score over its mark."""
    return _points(line) is not None or _line_kind(line) == "score"


def _card(lines: list[str]) -> bool:
    """Lines holding a card's values: one opened by a target or actual cue with a value after it and a points line."""
    return any((m := CUE.match(x)) and x[m.end():].strip() for x in lines) and any(map(_points_line, lines))


def card_cells(doc: Document) -> list[tuple[object, list[str]]]:
    """(place, lines) of each card's values left as they were printed: a table cell holding a line opened by a
    target or actual cue with a value after it (目标≥4000亩, 完成4160亩) and a points line (分值10 得分10), or a
    run of paragraphs of such lines alone, the points line last: a chart's tiles a print's table finder cut
    into cells or left out (a treemap printed), for naming where no indicator was read."""
    out, run = [], []
    for b in doc.blocks:
        if isinstance(b, Table):
            for c in b.cells:
                if _card(lines := [x.strip() for x in c.text.splitlines() if x.strip()]):
                    out.append((c.loc, lines))
        cued = isinstance(b, Paragraph) and ((m := CUE.match(b.text.strip())) and b.text.strip()[m.end():].strip())
        if cued or (run and isinstance(b, Paragraph) and _points_line(b.text.strip())):
            run.append(b)
            if not cued and _card([x.text.strip() for x in run]):
                out.append((run[0].loc, [x.text.strip() for x in run]))
                run = []
            continue
        run = []
    return out
