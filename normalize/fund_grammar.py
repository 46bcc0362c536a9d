"""The fund block's grammar: the money fields a fund row or header names (年初预算数, 全年执行数, 执行率,
分值, 得分), the labels of the fund's total and its sources, and the fund sentence a cell or paragraph
writes clause by clause (年初预算数：X万元，全年预算数：Y万元 …). The table readers (tables.py), the
cell-run and cell-join readers and the paragraph readers (normalize/__init__.py) share it."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

import regex as re

from jixiao.extract import normalize_ws

from . import columns
from .columns import FIGURE_KINDS, WEIGHT_IN_LABEL
from .quantity import Quantity, parse_cell
from jixiao.extract.summary_rows import summary_label
from .vocab import KEY_END, SCORE_RATE, header_field, header_words

# Rows that break the fund total down by source: a label opening with a level or a kind of money (中央, 其他, 县;
# the autonomous levels too: 自治区补助, 自治州, 盟, 旗, 兵团; one of the budget law's four budgets: 一般公共预算,
# 政府性基金预算, 国有资本经营预算, 社会保险基金预算), or ending in a word for money (MONEY_SOURCE_END: 资金, 拨款;
# 收益, a fund's proceeds as 住房公积金增值收益; 公益金, a lottery's proceeds as 体育彩票公益金),
# perhaps with the fund's own name after it in brackets (政府性基金预算资金（福利彩票公益金）; a bracketed unit,
# 项目资金（万元）, is no name), or a kind of spending.
_MONEY_SOURCE_END = r"(?:资金|拨款|结转|结余|收入|收益|公益金|投入|贷款)(?:[（(](?![^（）()]*元[)）])[^（）()]{1,20}[)）])?$"
MONEY_SOURCE_END = re.compile(_MONEY_SOURCE_END)
FUND_SOURCE = re.compile(r"^(?:其中|财政|本年|当年|上年|上级|本级|其他|单位|自筹|中央|省|自治区|自治州|州|盟|旗|兵团|市|县|区|乡|"
                         r"地方|专户|社会|银行|(?:一般公共|政府性基金|国有资本经营|社会保险基金)预算)"
                         r"|" + _MONEY_SOURCE_END + r"|" + r"^(?:其中[:：]?)?(?:基本支出|项目支出|人员经费|公用经费)$")
FUND_LABEL = re.compile(r"资金|总额|合计|小计|总计")
# The header of a money column that holds its sources' sum: 合计 after 中央 | 省、地 | 本级 | 其他,
# 年度资金总额 before 其中：财政拨款 | 其他资金 (header words, so the unit's bracket is gone).
MONEY_TOTAL = re.compile(r"(?:总额|合计|小计|总计)$")


# The points a whole evaluation is out of (DOMAIN.md: a total of 100, the fund's 10 included): no fund 分值 / 得分,
# no score a report states of itself, is above them.
FULL_POINTS = Decimal(100)
# The fund table's money columns (the rest are a rate, a weight and a score).
MONEY_FIELDS = ("budget_initial", "budget_full_year", "arrived", "executed")
# Each fund field's name for the analyst: the column head the templates print (实际到位数 / 到位数,
# never 到位资金, a sentence's word); the one map the warnings and the rules' messages name them by.
FUND_NAMES = {"budget_initial": "年初预算数", "budget_full_year": "全年预算数", "arrived": "到位数", "executed": "全年执行数",
              "exec_rate_stated": "执行率", "fund_weight": "分值", "fund_score": "得分"}
FUND_FIELDS = [  # (field, header words); the more specific first
    ("budget_initial", ("年初预算数", "年初预算")),
    ("budget_full_year", ("全年预算数", "调整后预算数", "全年预算", "预算数")),
    ("exec_rate_stated", ("执行率",)),
    ("executed", ("全年执行数", "执行数", "实际支出")),
    ("arrived", ("实际到位数", "到位数", "到位资金", "实际到位")),
    ("fund_weight", ("分值", "权重")),
    ("fund_score", ("折算得分", "得分")),   # 单项得分 | 权重占比 | 折算得分: the converted one counts
    ("fund_deduction", ("扣分", "扣减分")),  # the score is the weight less it (_deducted)
]


# The fund header's grammar: a head noun (执行率, 执行/支出, 预算, 分值/权重, 得分) with modifiers
# (全年, 年初, 调整后, 实际 …), bracketed formulas and units ignored. It reads the spellings the
# words above do not list: 预算执行率(B/A×100%), 全年执行, 实际执行金额, 调整预算额.
FUND_GRAMMAR = [
    # 支出进度 / 执行进度: how far the spending has got, executed ÷ budget (a rate, not money); 预算完成率, and
    # a verb of doing the budget before 的 and its share (1202: 执行数为118.6万元，完成预算的98.83%)
    ("exec_rate_stated", re.compile(r"执行率$|(?:执行|支出)进度$|(?:预算|资金)完成率$|(?:完成|执行)了?(?:全年|年度)?预算的$")),
    # 实际支付数: money paid out, as 支出 / 拨付 (支付进度 is the rate, above)
    ("executed", re.compile(r"(?:执行|支出|拨付|支付)(?:数|额|金额|资金|情况)?$")),
    ("budget_initial", re.compile(r"^年初.{0,4}(?:预算|安排)(?:数|额|金额|资金)?$")),
    # 下达额度 / 下达资金: the amount allotted (专项债 forms: 实际支出金额 / 下达额度) is the budget;
    # so is 财政拨款数 beside 实际支付数, the money appropriated (a 财政拨款 column without 数 / 额 is
    # a source's part of the total, FUND_SOURCE, not the budget)
    ("budget_full_year", re.compile(r"(?:预算|下达)(?:数|额|额度|金额|资金)?$|拨款(?:数|额|金额)$")),
    # 资金到位数, 实际到位金额 (not 到位率, nor 资金到位情况: a label); 资金下达 beside a budget
    # column already taken is the money handed down to the unit, its arrival
    ("arrived", re.compile(r"(?:到位|下达)(?:数|额|金额|资金)?$")),
    # 标准分 / 满分 are the points a part is worth, 自评分 / 评分 what it got (as in the indicator
    # header's vocabulary, vocab.COLUMN_WORDS)
    # 权数 / 分数: the points (权数 the weight's number; 分数 beside a 得分 / 评分 column, which the
    # score takes first)
    ("fund_weight", re.compile(r"^(?:分值|权重|权数|分数)|^(?:标准|满)分值?$")),
    # 分 after a verb of assessing (评价分, 考评分, 考核分, 自评分) is what the part got, as 标准分 /
    # 满分 (a standard, a whole) is what it is worth
    ("fund_score", re.compile(r"(?:得分|评分|(?:评价|考评|考核)分)$")),
]


def _fund_word(text: str, word: str) -> bool:
    """A fund header cell names the word's field: it starts with the word, or holds it with a few
    characters more (a unit, a formula)."""
    return bool(text) and (text.startswith(word) or word in text and len(text) <= len(word) + 8)


def fund_word_field(text: str, taken: set[str] = frozenset()) -> str | None:
    """The fund field one header cell names by the words of FUND_FIELDS, not one in `taken`."""
    return next((name for name, words in FUND_FIELDS if name not in taken and any(_fund_word(text, w) for w in words)),
                None)


def _fund_points_order(text: str) -> tuple[str, str] | None:
    """The fund's weight and score named in one header cell joined by a slash (分值/得分, 得分/分值),
    in the order written; else None."""
    parts = re.split(r"\s*[/／]\s*", header_words(text))
    if len(parts) != 2:
        return None
    first = fund_word_field(parts[0])
    second = fund_word_field(parts[1], {first} if first else set())
    return (first, second) if {first, second} == {"fund_weight", "fund_score"} else None


def _fund_fields(header: list[str]) -> dict[str, int]:
    return dict(_fund_fields_of(tuple(header)))


@lru_cache(maxsize=1 << 14)   # as _indicator_fields_of: a pure function of the header's texts
def _fund_fields_of(header: tuple[str, ...]) -> dict[str, int]:
    """Fund-table columns; each field takes the cell its most specific word names (Sichuan 2023
    heads the label column 年度预算数(万元) and the figures 年初预算 / 调整后预算数 …), then, for
    the fields still missing, the cell whose head noun names it (FUND_GRAMMAR)."""
    cols: dict[str, int] = {}
    texts = [header_words(raw) for raw in header]
    # 得分率 starts with 得分 but is a rate of the weight: its own field, before the score's words
    rate = next((i for i, t in enumerate(texts) if SCORE_RATE.match(t)), None)
    if rate is not None:
        cols["fund_score_rate"] = rate
    for name, words in FUND_FIELDS:
        for w in words:
            hit = next((i for i, t in enumerate(texts) if i not in cols.values() and _fund_word(t, w)), None)
            if hit is not None:
                cols[name] = hit
                break
    if any(columns.kind(x) in FIGURE_KINDS for x in header):
        return cols     # figures in the row: not a header row, whatever its words
    for one, other in (("fund_weight", "fund_score"), ("fund_score", "fund_weight")):
        # 分值 / 得分 (or 得分 / 分值) in one cell: its figures hold both, a pair (split_pair) read in
        # Reader.fund in the header's order (_fund_points_order)
        if one in cols and other not in cols and _fund_points_order(texts[cols[one]]) is not None:
            cols[other] = cols[one]
    for name, grammar in FUND_GRAMMAR:
        if name in cols:
            continue
        hit = next((i for i, t in enumerate(texts) if i not in cols.values() and t and len(t) <= 10 and
                    not WEIGHT_IN_LABEL.search(normalize_ws(header[i])) and
                    grammar.search(t) and not (name != "exec_rate_stated" and t.endswith("率"))), None)
        if hit is not None and name == "exec_rate_stated" and texts[hit].endswith("进度") and \
                hit < cols.get("executed", -1):
            # a 进度 before the money it divides names a measure (its parts follow), not the rate; the
            # measure's value is the column after its parts headed as a result (实际完成值, the indicator
            # header's word: 专项债 forms' 总体支出进度 | 实际支出金额 | 下达额度 | 实际完成值)
            done = next((i for i in range(cols["executed"] + 1, len(texts)) if i not in cols.values() and
                         header_field(texts[i], set()) == "actual"), None)
            if done is not None:
                cols[name] = done
            continue
        if hit is not None and (name not in ("budget_full_year", "arrived") or hit > 0 or len(texts) == 1):
            cols[name] = hit
    if "executed" in cols and "budget_full_year" not in cols and "budget_initial" not in cols:
        # 中央 | 省、地 | 本级 | 其他 | 合计 | 执行数: the sources' 合计 before the executed amount is the budget
        hit = next((i for i in range(cols["executed"] - 1, 0, -1) if MONEY_TOTAL.search(texts[i])), None)
        if hit is not None:
            cols["budget_full_year"] = hit
    return cols


def names_rate(text: str) -> bool:
    """A label that names the execution rate by the fund header's grammar (预算执行率, 资金执行率, 支出进度),
    as a short header would: an indicator row's name as much as a fund column's."""
    t = header_words(text)
    return bool(t) and len(t) <= 10 and bool(dict(FUND_GRAMMAR)["exec_rate_stated"].search(t))


def fund_figure(name: str, text: str, money_unit: str) -> Quantity:
    """A fund-table cell: money in the table's unit, a rate in % even when written bare."""
    if name in MONEY_FIELDS:
        return parse_cell(text, default_unit=money_unit)
    q = parse_cell(text)
    if name == "exec_rate_stated" and q.numeric and not q.unit:
        q = replace(q, unit="%")
    return q


# One clause of a fund sentence: a label (no digit but a year's: the sentence's subject may open the
# first clause, 2023年X项目年初预算数2,600.00万元) then a figure with its unit, nothing after.
_FUND_CLAUSE = re.compile(r"^(?P<label>(?:[^\d]|(?:19|20)\d\d\s*年)+?)(?:为|是|" + KEY_END + r")?\s*"
                         r"(?P<fig>\d[\d,]*(?:\.\d+)?\s*(?:[%％]|[万亿千]?元|分)?)$")
# The fund's weight and score under one label joined by a slash, their figures joined the same way
# (资金分值/得分：10/9.90): two clauses in one, in the label's order (_fund_points_order).
_FUND_POINTS_PAIR = re.compile(r"^(?P<label>[^\d]+?)(?:为|是|" + KEY_END + r")?\s*"
                               r"(?P<a>\d+(?:\.\d+)?\s*分?)\s*[/／]\s*(?P<b>\d+(?:\.\d+)?\s*分?)$")
MONEY_WORD = re.compile(r"[万亿千]?元$")
# A label whose head noun is points (预算执行率分值, 得分): the weight or the score, whatever it modifies.
_POINTS_HEAD = (("fund_weight", re.compile(r"(?:分值|权重|权数|满分)$")), ("fund_score", re.compile(r"(?:得分|评分)$")))


def fund_clause(text: str) -> tuple[str, str] | None:
    """The fund field one clause states and its figure's text (年初预算数：5800.00 -> budget_initial,
    5800.00): the label named by the fund header's words and grammar (_fund_fields), a points head
    noun first; None where the clause is no label and figure, or its label names no fund field."""
    m = _FUND_CLAUSE.match(text.strip())
    if m is None:
        return None
    label = header_words(m.group("label"))
    # a label the fund words do not name whole (a subject before it: X项目年初预算数) is named by the
    # fund word it ends in (_fund_word_ending)
    field = next((f for f, head in _POINTS_HEAD if head.search(label)), None) or \
        next(iter(_fund_fields([label])), None) or next(iter(_fund_word_ending(label)), None)
    if field == "fund_score" and summary_label(label) == "total":
        return None   # 自评得分 / 综合评价得分 beside the fund's money: the report's total, not the fund's points (1267)
    return (field, m.group("fig")) if field is not None and field != "fund_score_rate" else None


def _fund_word_ending(label: str) -> tuple[str, str] | tuple[()]:
    """(field, word) of the fund word a label ends in (X项目年初预算数 -> budget_initial, 年初预算数), the
    more specific first as FUND_FIELDS lists them; () where it ends in none."""
    return next(((f, w) for f, words in FUND_FIELDS for w in words if label.endswith(w)), ())


# Where a fund sentence's clauses end: ，；;。, a comma that is no thousands comma (4,500.00), and the full-width
# bar a line typed in a chat parts its clauses by (年初预算650.00｜全年预算680.00｜…: extract.text_reader leaves a line
# barred unlike the table's rows as text).
_FUND_CLAUSE_END = re.compile(r"[，；;。｜]|,(?!\d{3}(?!\d))")


def fund_source_clause(text: str) -> bool:
    """A clause giving one source's part of the fund (其中：中央补助资金：4000.00): a label the fund
    table's source rows take (FUND_SOURCE) and a figure, no fund field of its own."""
    m = _FUND_CLAUSE.match(text.strip())
    return m is not None and bool(FUND_SOURCE.search(header_words(m.group("label")))) and fund_clause(text) is None


# A run of full-width spaces between two label：value pairs on a line (分值：10分　　得分：9.70分; not the
# padding after a colon) parts them as a comma does: normalize_ws drops it between two CJK characters.
_PAIRS_APART = re.compile(r"(?<=[^\s：:])\u3000{2,}(?=\S)|(?<=\d[%％]?)[ \t\u3000]+(?=(?![万亿千]?元|分(?![值数]))\p{Han})")


def pairs_apart(text: str) -> str:
    """The text with each run of full-width spaces between two label：value pairs a comma, and each gap
    between a figure and the label after it (a printed line of label boxes: 年初预算数 1,200.00 全年预算数
    1,260.00, or 年初预算数：1,500.00 全年预算数：1,580.00; not a unit after its figure: 1,200.00 万元)."""
    return _PAIRS_APART.sub("，", text)


def fund_clauses(text: str) -> dict[str, str]:
    """The fund fields a sentence states, clause by clause (split at ，；。, each read by fund_clause);
    the figure's text by field. Empty where fewer than two clauses read (a label and figure alone is
    no sentence of the fund)."""
    found: dict[str, str] = {}
    for clause in _FUND_CLAUSE_END.split(text):
        if (got := fund_clause(clause)) is not None and got[0] not in found:
            found[got[0]] = got[1]
        elif got is None and (m := _FUND_POINTS_PAIR.match(clause.strip())) and \
                (order := _fund_points_order(m.group("label").strip("【 "))) and not found.keys() & set(order):
            found.update(zip(order, (m.group("a"), m.group("b"))))
    return found if len(found) >= 2 else {}


def fund_subject(text: str) -> str:
    """The words a fund sentence opens with before its first clause's fund word, where its label
    is more than that word (2023年X项目年初预算数2,600.00万元，… -> 2023年X项目), else ''."""
    m = _FUND_CLAUSE.match(_FUND_CLAUSE_END.split(text, maxsplit=1)[0].strip())
    label = header_words(m.group("label")) if m else ""
    word = _fund_word_ending(label)
    return label[:-len(word[1])] if word else ""
