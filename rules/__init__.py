"""rules: records in, flags out. A catalogue of checks with codes, like ruff's.

    from jixiao.rules import check, RULES
    flags = check(recs)                 # every rule, default severities
    flags = check(recs, load_config("jixiao.toml"))
"""
from __future__ import annotations

from jixiao.normalize import DocRecords

from . import cross, funds, lists, prose_lists, scores, scoring, targets, text  # noqa: F401  (registers the rules)
from .config import Config, ConfigError, load_config
from .flag import Flag
from .registry import RULES, Rule

__all__ = ["check", "RULES", "Rule", "Flag", "Config", "ConfigError", "load_config", "RULES_VERSION"]

# Bump when a rule's logic changes: the nightly run re-checks every file when it does.
RULES_VERSION = "57"  # bump when a rule or what it reads changes; 57: JX701 leaves a pair of ** around words in a copy written in Markdown (a heading line): emphasis, not a figure left unfilled (582); 56: JX404 (normalize.scoring.met) takes a result restating a ceiling it keeps under (15%及其以下 against ≤15%) and 0 against a zero target as met (real 059); 55: JX402 judges a project with rows unread again (53 withdrawn); 54: JX401 / JX402 read a result written against its own target (比目标多36户, 超出目标12户, 比目标少5户) by its words, not its figure (568, 572); 53: (withdrawn: JX402 left a project with rows unread — it lost raw 032's true finding); 52: issue 21 (slips planted blind, fifth round): JX408 reads a band of one share (达到（得分值的100%）), of nothing (未达到（不得分）) and whole inclusive ends meeting halfway (80%-99%, 60%-79%); JX407 takes a 权重占比 exact where the shares with the fund's 分值 make the full marks; JX501 leaves a score told under a condition (达到年度指标值的得100分); normalize gives a share told of a whole (占执行资金的87.0%) no subject; JX202 leaves a prose rate its own table's amounts give beside an amount spent written otherwise (JX501's); JX603 holds two kinds of a measure named by its head word to the whole where their sum is one digit off it; JX604 splits no clause at a comma grouping digits; 51: issue 21: a ratio target with no operator (1:19) writes no sense: no missed target (516); normalize reads back one row whose 分值 and 得分 were filled the wrong way round where both columns then add to the stated totals (522), with a warning; JX501 takes a score told against points below the full marks (绩效指标分值90分，得分89.78分) for a part, not the total restated (531); 50: issue 21 review: JX408 judges a result in the second of two named bands written with spaces (一 般) as tier_of places it; 49: issue 21 review: JX409 and the reader's 完成率 column vote test a rate at its written places, the result's rounding allowed for (completion_agrees), not within a flat point; JX601 states the share it expects to the share's written places in all three forms; normalize reads half in words between any of the operator grammar's words (不低于半数, 半数左右); a spreadsheet table with an empty spacer column under a header running across it is one table; 48: issue 21 (slips planted blind, fourth round): JX603 holds a measure split after 其中 into two halves (主管网 / 支管网) to its whole, JX408 reads bands the document names (好（分值的90%-100%）、较好…、差（60%以下）) and scores a result in a band's word within it, JX403 states the claim sentence (项目各项绩效目标均已完成), JX305 bounds a 总分 by the fund score alone where no row is scored, JX306 states "" for an unfilled form (the cells write nothing); 47: issue 21: a fund table's money cell read with an operator (≤00.00, 439's scan) is no amount: normalize drops it with a warning, so JX204 no longer sums it; 46: issue 21 review: JX305 counts a group's 分值 (Indicator.group_weight) once in the full marks, so a form weighing its groups is bounded too; JX801 reads an average set apart from its figure by a space (户均 3.57人); 45: issue 21: a count target on a row read by OCR written 2 then the figure (2600人 for ≥600人), its actual meeting the figure, is a reading doubt, not a missed target (318's fax); 44: issue 21: JX501 holds a sentence's 年初预算数 to the 年初 budget alone, a 全年 one to the 全年 budget (406); 43: issue 21: a 分值 cell merged over a group's rows that each state their 得分 weighs the group (Indicator.group_weight): JX303 adds it once, JX404 holds the group to it where every row meets its target, no row is held to it alone; 42: issue 21: JX305 bounds a 总分 by the form's full marks (the weights' sum with the fund's) where every row is scored (422's 100.20 on 100); 41: issue 21 (slips planted blind, third round): JX602 measures a change from the previous year's figure written before it, JX409 holds a table's 完成率 column (Indicator.completion) to result / target, JX205 raises a total over its budget once with its source rows, JX307 reads a 扣分 column's 合计 in the 总分 row and the fund's lost points, JX605 counts names after a colon, JX403 takes 各项指标均已完成 for a claim, JX103 checks an indicator table's 序号 (Indicator.serial); 40: issue 21: JX801 leaves a fractional count in running text whose own clause names an average (户数×户均3.57人); 39: issue 21: JX306 leaves a dashed row with full marks on a form that marks rows not applicable in words (不适用, 无此项), normalize reads those words as no value; 38: JX501 leaves a budget or execution figure stated for one kind of spending (基本支出, 人员经费, 公用经费; 项目支出 beside 基本支出) out of the comparison with the project's own; 37: issue 21: JX801 leaves a fractional count on a ratio unflagged (a name headed 率 / 密度 / 比, a target per something: 人口密度 2.5人), and normalize reads 全年 before a figure into its note (全年≥300天; no rule reads that note); 36: issue 21: JX701 reads normalize's marks of a figure left unfilled (＊＊, Xx, ×X; a cell normalize reads as unfilled, ≤……元), JX801 excuses a fractional count only as an average (均 / 每 in the name or the scope before the figure), not for any note, JX601 rounds the share it expects half up, JX204 states the parts' sum to the parts' places (1639.80); 35: a table whose total row gave the project's total counts its unread indicator-like rows in rows_unread, so JX302 / JX303 / JX305 / JX307 hold back on a table not read whole (a row hidden under a seal); 34: JX204 states the figure meant for a mistyped part, JX601 the named fund figure, to the places written (1236.80, not 1236.8); 33: JX103 takes an item run into a paragraph after a sentence with the marks a numbered paragraph takes (。3.定量…, not only 。3、 / 。3．); 32: JX801 flags a table result in a bare counter written with decimals (12.5场次 against ≥12场次), not on averages or rates (人均, 每, 率, a target with decimals), JX601 reads a share of the project's own fund figure named and not written (占全年执行数的66.0%: the name's head noun and stage), JX204 states a part typed with one slip of the keys (1,263.80 for 1,236.80, 18.00 for 180.00) where the 执行数 column's total is the one the 执行率 was computed from; 31: JX701 leaves a printed website footer (主办 / 网站标识码 / ICP备 / 公网安备 line) unread; 30: JX701 reads table cells (a target ≥**个, a note 增加/减少), JX801 a table result that dropped its target's 万 (3.5人次 against ≥3万人次, compared in 万: no missed target), JX204 states the mistyped part where the 执行率 and the part's own row show it; 29: JX604 parts in brackets after a whole (X万元（其中A、B）) end at the closing bracket; 28: a list's spent amount is its payment column (合同金额 | 2023年支付), JX403 claims within one sentence, JX501 leaves a name paid in several rows of one list, JX701 leaves a code named before a colon (网站标识码：××××); 27: JX701 leaves numbers hidden whole after their label (联系电话：××××, 浙ICP备××××号); 26: flag ids and evidence hashes from the part of the evidence that carries the finding (rules/flag.py finding_text), so a .docx and a .pdf of one report agree; the ids of 25 kept as legacy_id to carry decisions over; 25: JX701 leaves numbers published with digits hidden (0898-6533××××), JX501 keeps a 年初 budget and a 全年 / 调整后 one apart; 24: JX307 holds a 扣分 form's 合计 of deductions to the deductions it sums; 23: JX901 compares 到位数 (arrived) across reports; 22: fund tables' 到位 column (JX205, JX204), source columns on the total's row and sources under a total written in a header cell (JX204), JX303 leaves blocks read apart unsummed, a rate target with ≥ read as 2 is a reading doubt, JX604 sources of allotted money said to have arrived, count units from normalize; 21: JX405 learns the table's own rounding (half up or cut down), JX303 flags weights short of the stated total by under 5 points, JX203 reads 9.0 as 9; 20: issue 22 (JX306 unfilled forms, JX205 arrivals, uses and sources in prose, a fund score from a wrong total, glued enumerators, exact decimal scores); 19: two-row headers, 部门整体 breakdowns, prose numbers read whole, JX409, exact restatements; 18: year votes, 以内/等于/bracketed units; 17: 总分 stated only in the prose; 16: flags keep their cells for the review desk; 15: JX408 tiered qualitative scores, 二级 blocks, ratios read as rates


def check(recs: DocRecords, config: Config | None = None) -> list[Flag]:
    config = config or Config()
    flags: list[Flag] = []
    seen: set[tuple] = set()
    for code in sorted(RULES):
        if not config.enabled(code):
            continue
        rule = RULES[code]
        for f in rule.check(recs, rule):
            if (f.id, f.place) in seen:
                continue
            seen.add((f.id, f.place))
            f.severity = config.severity_of(code)
            flags.append(f)
    _number_repeats(flags)
    if recs.ocr:
        for f in flags:
            f.message += "（OCR 识别，请核对原件）"
    return flags


def _number_repeats(flags: list[Flag]) -> None:
    """Equal findings at different places of one document: ids -2, -3 … in reading order (the
    legacy ids numbered as the release that made them did, so its decisions can be carried over)."""
    for attr in ("id", "legacy_id"):
        groups: dict[str, list[Flag]] = {}
        for f in flags:
            groups.setdefault(getattr(f, attr), []).append(f)
        for same in groups.values():
            for n, f in enumerate(sorted(same, key=lambda f: f.place)[1:], start=2):
                setattr(f, attr, f"{getattr(f, attr)}-{n}")
