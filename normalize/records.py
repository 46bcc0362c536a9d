"""The records the normalizer produces: plain dataclasses, each figure with its provenance."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.extract import Location

from .quantity import Quantity


@dataclass
class Figure:
    """A value read from one place: the parsed quantity and where it was written."""
    q: Quantity
    loc: Location

    @property
    def value(self) -> Decimal | None:
        return self.q.value if self.q.numeric else None

    @property
    def raw(self) -> str:
        return self.q.raw


@dataclass
class FundSource:
    """A row under the fund total: 其中：财政拨款, 上年结转资金, 其他资金 … with its money figures."""
    label: str
    figures: dict            # budget_initial / budget_full_year / arrived / executed / exec_rate_stated / fund_weight / fund_score -> Figure
    loc: Location
    # Which breakdown of the total the row belongs to: "" for sources of money (财政拨款, 其他资金 …),
    # the group cell beside it where the table has one (按收入性质分 / 按支出性质分), 按支出性质 for
    # 基本支出 / 项目支出, and 基本支出 for its own parts (人员经费 / 公用经费). Parts add up within a group.
    group: str = ""
    # Read from source columns on the total's row (中央 | 省、地 | 本级 | 其他 | 合计): the filled cells are
    # the whole breakdown (a blank cell is none), so even one source alone makes the total.
    whole_row: bool = False


# The figures a Project reads from its fund and total rows, in the order the outputs give them: the
# one list for whoever walks them (expected records, the cross-report check, the format tests).
PROJECT_FIGURES = ("budget_initial", "budget_full_year", "arrived", "executed", "exec_rate_stated", "fund_weight",
                   "fund_score", "total_weight_stated", "total_score_stated")


@dataclass
class Project:
    doc: str
    name: str | None = None
    # Where the name was read when no label gave it (the report's title): the text as written and its place
    name_raw: str | None = None
    name_loc: Location | None = None
    # The reporting unit: the department in charge where the form names both it and an implementing unit,
    # else the unit the form names as its own (单位名称 / 填报单位), else whichever of the two it names
    # (reporting_unit.choose); the two the form may name apart, each with its cell.
    unit: str | None = None
    department: str | None = None          # 主管部门 / 主管单位 / 预算部门: the department that answers for the money
    department_loc: Location | None = None
    agency: str | None = None              # 实施单位 / 项目实施单位 / 执行单位: the unit that did the work
    agency_loc: Location | None = None
    year: int | None = None
    money_unit: str = "万元"
    budget_initial: Figure | None = None
    budget_full_year: Figure | None = None
    executed: Figure | None = None
    arrived: Figure | None = None    # 到位数: money that arrived, where the fund table has a column for it
    exec_rate_stated: Figure | None = None
    fund_weight: Figure | None = None
    fund_score: Figure | None = None
    fund_score_rate: Figure | None = None  # 得分率 where the form writes it instead of 得分 (the score derived)
    fund_deduction: Figure | None = None   # 扣分 where the form writes it instead of 得分 (the score derived)
    total_weight_stated: Figure | None = None
    total_score_stated: Figure | None = None
    total_deduction_stated: Figure | None = None   # a 扣分 column's 合计: the points taken off, summed
    # Points added or taken off outside the 100 (a 加分项 row's +1.5, a 扣分项's −0.5 after the 小计 that closed
    # the points), signed as written: the stated total counts them; an unsigned one is counted unread
    beyond_points: list[Figure] = field(default_factory=list)
    indicator_weight_label: Figure | None = None   # 绩效指标(90分) / 年度绩效目标(80分): the indicator block's points
    scoring_model: str = ""    # normalize.scoring: proportional / coefficient / weighted-share / unscored / ""
    scoring_rule: str = ""     # the document's own words for its model, where it states one
    grade_stated: str | None = None   # 优 / 良 / 中 / 差, whichever word the document used (vocab.GRADE_WORDS)
    grade_raw: str | None = None      # the word as written: 优秀, 合格, 二等 …
    grade_loc: Location | None = None
    loc: Location | None = None
    table: int | None = None
    indicators: list["Indicator"] = field(default_factory=list)
    fund_sources: list[FundSource] = field(default_factory=list)
    # Indicator rows seen but left unread (a shifted row): sums over this table are incomplete.
    rows_unread: int = 0
    # Columns of its indicator table named unread (tables.columns_passed_over): what its rows hold is not all read.
    columns_unread: int = 0
    # The document ends inside the indicator table (no 总分 row, nothing after it): a cut-off copy.
    cut_off: bool = False

    @property
    def scored(self) -> bool:
        return any(i.score is not None for i in self.indicators) or self.fund_score is not None


@dataclass
class Indicator:
    doc: str
    project: str | None
    level1: str | None
    level2: str | None
    level1_raw: str
    level2_raw: str
    level3: str
    level3_key: str
    target: Figure
    actual: Figure
    weight: Figure | None
    score: Figure | None
    reason: str | None      # None: the table has no 偏差原因 column
    loc: Location
    note: str = ""
    coefficient: Figure | None = None      # 得分系数 (%), Chongqing: 得分 = 得分系数 × 权重
    weight_share: Figure | None = None     # 权重占比, Hebei
    converted_score: Figure | None = None  # 折算得分 = 得分 × 权重占比, Hebei
    item_score: Figure | None = None       # 单项指标得分 (out of 100) before 权重占比 weighs it, Hebei
    core: str | None = None                # 是否核心指标 as written, or ★ where the name was marked so (None: neither)
    ocr_confidence: float | None = None    # scans: the lowest OCR confidence among the row's cells
    # scans: the lower OCR confidence of the two cells a date check reads, the target's and the result's (a
    # score cell read unsurely says nothing of how surely the dates were read); None where not OCR'd
    figures_confidence: float | None = None
    level1_points: Figure | None = None    # the points its 一级指标 cell states: 产出指标(50分) -> 50
    level2_points: Figure | None = None    # and its 二级指标 cell: 基础信息(3分) -> 3
    deduction: Figure | None = None        # 扣分 as written where the form has it instead of 得分 (score derived)
    polarity: str | None = None            # 正向 / 反向 / 定性 as a 指标方向 / 指标性质 cell writes it (no operator)
    name_loc: Location | None = None       # the cell the name (三级指标) was read from; loc is the row
    # A 得分 cell merged over several rows that each state their own 分值 scores the group, not
    # this row: the one cell's figure on every row of the group (score stays None); rules.common.scored_parts
    group_score: Figure | None = None
    # The row's number under the table's 序号 column as written (6), where the table has one
    serial: Figure | None = None
    # The row's completion rate (完成率 105.0%) where a column of them stands beside the result
    completion: Figure | None = None
    # A 分值 cell merged over several rows that each state their own 得分, the scores adding to no
    # more than it, weighs the group, not this row: the one cell's figure on every row of the group
    # (weight stays None); rules.common.weighted_groups
    group_weight: Figure | None = None
    # The part of the year the actual covers where its column's header names one (1-6月实际完成值 ->
    # 1-6月): a monitoring form's result so far, not the year's, so no miss of the year's target
    actual_period: str | None = None
    # A rule the document states for this row alone, in a note naming it (满意度指标低于指标值的，每低1个
    # 百分点扣1分) or in a cell of the row (评分标准: 每低1个百分点扣0.5分): the clause as written; the row
    # follows it, not the table's model (normalize.scoring)
    stated_rule: str = ""
    # Why the row's reading is in doubt (a scan's row read unsurely whose cells break the row's
    # grammar: normalize._doubtful_scan_rows), "" where it is not: no rule finds on its figures as if sure
    doubt: str = ""
    # A scan's row whose unit one character off the row's other unit, no unit of measure, was kept as read
    # because OCR was sure of its cell (normalize.indicator_row._read_surely): the print's slip, which the
    # rules judge as a typed file's (JX802), not the recogniser's
    unit_as_printed: bool = False


@dataclass
class ListItem:
    serial: str
    date: str
    purpose: str
    amount: Figure | None
    loc: Location
    # The item's share of the list's 合计 (a 占比（%） column beside the amounts), in %; None where the
    # list has no such column or its cells were not shares of the 合计 (totals_and_lists.shares_fit)
    share: Figure | None = None


@dataclass
class ListSubtotal:
    """A 小计 closing one group of a list's items (items[first:end]) where more groups and the list's own
    合计 follow it (支付明细 in 一、 / 二、 groups): a part of the list, not its total."""
    amount: Figure
    first: int
    end: int


@dataclass
class ListTable:
    doc: str
    title: str
    columns: list[str]
    money_unit: str
    items: list[ListItem]
    total: Figure | None
    loc: Location
    # A list of the points each item lost (扣分情况: 序号 | 扣分项目 | 扣分, then 合计), not of money:
    # money_unit is then 分, and its items add up to the 合计扣分 (rules JX307), not to any budget
    points: bool = False
    subtotals: list[ListSubtotal] = field(default_factory=list)


@dataclass
class ProseFigure:
    doc: str
    subject: str
    q: Quantity
    sentence: str
    loc: Location
    # An indicator result written as a sentence (年初目标值≥90%，实际完成值≥90%): which side this
    # figure is ("target" / "actual"; "" elsewhere) and the indicator it belongs to.
    role: str = ""
    indicator: str = ""
    # Where the figure starts in `sentence` (-1 where not known): a sentence may write one figure twice
    # (满分100分，达到年度指标值的得100分), each with its own words before it.
    at: int = -1


@dataclass
class DocRecords:
    doc: str
    unit: str | None = None
    year: int | None = None
    projects: list[Project] = field(default_factory=list)
    lists: list[ListTable] = field(default_factory=list)
    prose: list[ProseFigure] = field(default_factory=list)
    # Indicator tables that restate a scored table's rows without scores (seed 002's 绩效完成表).
    restatements: list[Project] = field(default_factory=list)
    # Every paragraph's text with its location, for rules that read prose (template text, claims).
    paragraphs: list[tuple[str, Location]] = field(default_factory=list)
    # Every table cell's text with its location, for rules that read any cell (template text).
    cells: list[tuple[str, Location]] = field(default_factory=list)
    # Figures of running text written in table cells (a transfer form's 实际完成情况, a 偏差原因
    # sentence), read as `prose` is; kept apart, as a cell beside a table restates it in its own words.
    cell_prose: list[ProseFigure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Indicators seen that gave no record, one each, named in `warnings`: table rows that look like
    # indicator rows (a name and a figure, in an indicator table or among three or more such rows),
    # and what normalize.unread and cell_runs count beside them (stacked items, columns, rebuilt rows).
    unread_rows: int = 0
    # The places of the rows counted in unread_rows (normalize.unread.say_unread): each counted once.
    unread_at: set = field(default_factory=set, repr=False)
    # True where some finding in unread_rows is a least count, not the count (a table run into one line with its
    # header, its rows not told apart: normalize.unread.run_on_rows): the count is then said as 至少.
    unread_least: bool = field(default=False, repr=False)
    ocr: bool = False          # read by OCR from a scan: every finding needs checking against the original
    # A scan's 分值 / 得分 cell merged down over rows of several level groups, read on no row below its first while
    # reading (a rule OCR missed makes such a span too): (table, row, field, figure, where), weighed against the
    # stated totals once they are read (scan_shared.shared_scan_points)
    scan_shared: list = field(default_factory=list, repr=False)
    # Bands of the weight (high, low, in %) for qualitative rows, as the document states them (三档).
    tiers: list = field(default_factory=list)
    # The word each band is named by where the document names them (好 / 较好 / 一般 / 差), else "".
    tier_names: list = field(default_factory=list)
    # The bands with their ends as the document writes them (80%-99%, where tiers meet halfway: 79.5%-99.5%).
    tiers_written: list = field(default_factory=list)

    @property
    def indicators(self) -> list[Indicator]:
        return [i for p in self.projects for i in p.indicators]

    @property
    def own_unit(self) -> str | None:
        """The finest unit the report names as its own: the first project's implementing unit (实施单位) where
        the form names one apart, else `unit`. Rules scope findings by it (registry's per_report ids, the
        cross-document features): two implementing units under one department write two reports, and the ids
        stay those given before `unit` became the department in charge."""
        return next((p.agency for p in self.projects if p.agency), None) or self.unit
