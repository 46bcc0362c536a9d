"""Fund header cells a lost rule mis-split (a fax's thin rules lost in its 98 lines an inch, 1644.scan): one
cell spanning two money columns that writes both their heads (年初预算 | 全年预算数 read as 年初预算全年预算数数
over 1,000.00 | 1,060.00), and a head joined to the words of the row above it (实施单位 | 汉源县花椒产业发展中心
over 执行率, read as 汉源县花椒产业发展中心执行率). Each is read where the fund line's cells under it hold the
figures its words name, and said; a field the header still names that no column reads is said unread
(`named_unread`), so that the rules' fallback to another column (JX201 / JX203 to 年初 for 全年) is in sight."""
from __future__ import annotations

from jixiao.extract import Table

from .fund_grammar import FULL_POINTS, FUND_FIELDS, FUND_NAMES, MONEY_FIELDS, _fund_word_ending, fund_figure
from .quantity import PLACEHOLDER
from .vocab import bare, header_words

# the fund fields a head cell can name by its words (FUND_FIELDS), longest word first at each place
_WORDS = sorted(((w, f) for f, words in FUND_FIELDS for w in words), key=lambda wf: -len(wf[0]))
_FIGURE_FIELDS = (*MONEY_FIELDS, "exec_rate_stated", "fund_weight", "fund_score")


def heads_in(text: str) -> list[tuple[str, str]]:
    """The fund fields a head's words name, in the order written, each with its word: at each place the
    longest fund word that starts there (年初预算全年预算数数 -> 年初预算, 全年预算数; the 预算数 inside
    全年预算数 is no head of its own)."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(text):
        hit = next(((w, f) for w, f in _WORDS if text.startswith(w, i)), None)
        if hit is None:
            i += 1
            continue
        if hit[1] not in (f for f, _ in out):
            out.append((hit[1], hit[0]))
        i += len(hit[0])
    return out


def fits(field: str, text: str) -> bool:
    """The fund line's cell holds a figure of the field's kind: money without a %, the rate with one,
    points at most the full 100."""
    q = fund_figure(field, bare(text), "")
    if not q.numeric or PLACEHOLDER.match(bare(text)):
        return False
    if field == "exec_rate_stated":
        return q.unit == "%" and bare(text).endswith(("%", "％"))
    if field in MONEY_FIELDS:
        return q.unit != "%"
    return q.unit != "%" and q.value <= FULL_POINTS


def joined_heads(t: Table, head: list[str], h: int, row: list[str], cols: dict[str, int]
                 ) -> tuple[dict[str, int], list[tuple[int, str]]]:
    """The fund columns `cols` with the heads a lost rule mis-split read, and what is said of each (the
    column, the words). A cell spanning k columns over k figures of the fund line (`row`) whose words
    name k fund fields in order heads them in that order, where none of those fields but the one it
    already heads is read elsewhere; a cell heading no column whose words end in a fund word (its field
    read nowhere) with words before it heads its column, where its figure is of that field's kind."""
    cols = dict(cols)
    said: list[tuple[int, str]] = []
    for c in range(len(head)):
        cell = t.cell_at(h, c)
        if cell is None or cell.col != c or cell.colspan < 2 or c + cell.colspan > len(row):
            continue
        named = heads_in(header_words(head[c]))
        span = range(c, c + cell.colspan)
        if len(named) != cell.colspan or any(cols.get(f, k) != k for (f, _), k in zip(named, span)) or \
                any(k in cols.values() and k != c for k in span) or \
                not all(fits(f, row[k]) for (f, _), k in zip(named, span)):
            continue
        for (f, _), k in zip(named, span):
            cols[f] = k
        said.append((c, f"资金表表头一格跨{cell.colspan}列，连写了{len(named)}个表头（"
                         f"{'、'.join(w for _, w in named)}；表格线缺失或文字挤在一起），按列依次读取其下的数值"))
    for c, raw in enumerate(head):
        text = header_words(raw)
        if c in cols.values() or not text or c >= len(row):
            continue
        ending = _fund_word_ending(text)
        if not ending or ending[0] in cols or ending[0] not in _FIGURE_FIELDS or len(heads_in(text)) != 1 or \
                len(text) == len(ending[1]) or not fits(ending[0], row[c]):
            continue
        cols[ending[0]] = c
        said.append((c, f"资金表表头“{text}”以“{ending[1]}”结尾，前面的“{text[:-len(ending[1])]}”是相邻一格的文字"
                         f"（表格线缺失，连写在一起），按{FUND_NAMES.get(ending[0], ending[1])}读取该列"))
    return cols, said


def named_unread(head: list[str], cols: dict[str, int]) -> list[str]:
    """The fund figures the header's words name (a head word anywhere in a cell) that no column reads:
    each by its name (FUND_NAMES), in FUND_FIELDS' order."""
    named = {f for raw in head for f, _ in heads_in(header_words(raw))}
    return [FUND_NAMES[f] for f, _ in FUND_FIELDS if f in named and f not in cols and f in FUND_NAMES]
