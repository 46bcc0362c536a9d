"""Every column of every output, in one place: the CSV field (the stable machine interface), its
Chinese label (the workbook's header), type, unit and an example; whether it is for people or
for machines (machine columns go to the right of a sheet, grouped and collapsed).

docs/schema.md is generated from this (`python -m jixiao.nightly.schema > docs/schema.md`), and a test
checks that the writers, the docs and this table agree.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    field: str
    label: str
    kind: str = "text"      # text, int, number, money
    unit: str = ""
    example: str = ""
    machine: bool = False


def _cols(*specs) -> list[Column]:
    return [Column(*s) if isinstance(s, tuple) else s for s in specs]


M = True
TABLES: dict[str, tuple[str, str, list[Column]]] = {
    # csv name: (sheet name, what a row is, columns)
    "documents": ("文件", "one row per inbox entry", _cols(
        ("doc", "文件", "text", "", "2023/自评表.docx"),
        ("format", "格式", "text", "", "docx"),
        ("status", "状态", "text", "", "ok（表中：成功/失败/不支持/已忽略）"),
        ("error", "原因", "text", "", "PDF 文件已加密（需要密码），无法读取"),
        ("warnings", "提示", "text", "", "2023/自评表.xlsx：隐藏的工作表“备用”未读取（每条提示以文件名开头）"),
        ("tables", "表格数", "int", "", "2"),
        ("indicators", "指标行数", "int", "", "48"),
        ("unread_rows", "未读指标行", "int", "", "0（看似指标但未读出记录的条数，含单元格内叠写的指标和表格的列，逐条见“提示”）"),
        ("flags", "问题数", "int", "", "12"),
        ("processed_at", "处理时间", "text", "UTC", "2026-11-23T02:30:05+00:00"),
        ("encoding", "文本编码", "text", "", "gb18030", M),
        ("sha256", "SHA-256", "text", "", "b69c5b8f…", M),
    )),
    "projects": ("项目", "one row per project table", _cols(
        ("doc", "文件", "text", "", "003.docx"),
        ("project", "项目", "text", "", "医疗服务与保障能力提升补助资金"),
        ("unit", "单位", "text", "", "南昌市西湖区医疗保障局（表中同时写有主管部门和实施单位时为主管部门）"),
        ("department", "主管部门", "text", "", "兰西县农业农村局"),
        ("agency", "实施单位", "text", "", "兰西县耕地质量监测保护中心"),
        ("year", "年度", "int", "", "2023"),
        ("money_unit", "金额单位", "text", "", "万元"),
        ("budget_initial", "年初预算数", "money", "金额单位", "178.95"),
        ("budget_full_year", "全年预算数", "money", "金额单位", "178.95"),
        ("arrived", "到位数", "money", "金额单位", "178.95（表中有到位数列时）"),
        ("executed", "全年执行数", "money", "金额单位", "174.83"),
        ("exec_rate_stated", "执行率", "number", "%", "97.7"),
        ("fund_weight", "资金分值", "number", "分", "10"),
        ("fund_score", "资金得分", "number", "分", "9.77"),
        ("fund_deduction", "资金扣分", "number", "分", "0.23（表中写扣分而非得分时；资金得分为分值减扣分）"),
        ("total_weight_stated", "总分值", "number", "分", "100"),
        ("total_score_stated", "总分", "number", "分", "95"),
        ("total_deduction_stated", "合计扣分", "number", "分", "5（表中写扣分而非得分时）"),
        ("beyond_points", "满分外加减分", "text", "分",
         "+1.5（924.html 块3 表2 第17行 第8列）；−0.5（…）（小计合满分之后的加分项、扣分项：原文及位置，计入总分）"),
        ("grade_stated", "等级", "text", "", "优"),
        ("scoring_model", "计分方法", "text", "", "proportional（表中：按完成比例）"),
        ("scoring_rule", "计分依据", "text", "", "未达到指标值，按B/A或A/B*该指标分值记分"),
        ("indicators", "指标数", "int", "", "19"),
        ("location", "位置", "text", "", "003.docx 块5 表2 第1行"),
        ("department_location", "主管部门位置", "text", "", "805.html 块4", M),
        ("agency_location", "实施单位位置", "text", "", "003.docx 块5 表1 第2行 第4列", M),
        ("raw", "原文", "text", "", "年初预算数=178.95 | 执行数=174.83", M),
    )),
    "indicators": ("指标", "one row per indicator row", _cols(
        ("doc", "文件", "text", "", "002.docx"),
        ("project", "项目", "text", "", "医疗保障经办和服务能力提升"),
        ("level1", "一级指标", "text", "", "产出指标"),
        ("level2", "二级指标", "text", "", "数量指标"),
        ("level3", "三级指标", "text", "", "群众满意度"),
        ("target_raw", "年度指标值", "text", "", "≥95%"),
        ("actual_raw", "实际完成值", "text", "", "85%"),
        ("actual_period", "完成值所属期间", "text", "", "1-6月（完成值一栏表头只写一年中的一段时期时：截至该期的完成值，不与全年指标比较是否未完成；空为全年）"),
        ("weight", "分值", "number", "分", "10"),
        ("score", "得分", "number", "分", "7"),
        ("deduction", "扣分", "number", "分", "3（表中写扣分而非得分时；得分为分值减扣分）"),
        ("coefficient", "得分系数", "number", "%", "80"),
        ("weight_share", "权重占比", "number", "", "20%"),
        ("converted_score", "折算得分", "number", "分", "18"),
        ("item_score", "单项指标得分（百分制）", "number", "分", "90"),
        ("group_score", "组得分", "number", "分", "19.42（得分单元格合并覆盖多行、各行各有分值时为该组得分，本行得分为空）"),
        ("group_weight", "组分值", "number", "分", "20（分值单元格合并覆盖多行、各行各有得分且得分之和不超过它时为该组分值，本行分值为空）"),
        ("core", "是否核心指标（或 ★）", "text", "", "是"),
        ("reason", "偏差原因", "text", "", "医保政策未能实现全国联网结算"),
        ("note", "读取说明", "text", "", "该行整体左移一列，已按表头对齐"),
        ("ocr_confidence", "OCR 置信度", "number", "", "0.987"),
        ("location", "位置", "text", "", "002.docx 块18 表1 第16行"),
        ("level1_raw", "一级指标（原文）", "text", "", "产出指标(50分)", M),
        ("level2_raw", "二级指标（原文）", "text", "", "数量指标（20分）", M),
        ("level3_key", "三级指标键", "text", "", "满意度", M),
        ("polarity", "指标方向（正向/反向/定性，原文）", "text", "", "正向", M),
        ("target_op", "目标运算符", "text", "", "ge", M),
        ("target_value", "目标值（基本单位）", "number", "target_unit", "95", M),
        ("target_unit", "目标单位", "text", "", "%", M),
        ("target_places", "目标小数位", "int", "", "0", M),
        ("target_date", "目标日期", "text", "", "2023-12-31", M),
        ("actual_op", "完成值运算符", "text", "", "eq", M),
        ("actual_value", "完成值（基本单位）", "number", "actual_unit", "85", M),
        ("actual_unit", "完成值单位", "text", "", "%", M),
        ("actual_places", "完成值小数位", "int", "", "0", M),
        ("actual_date", "完成日期", "text", "", "", M),
        ("page", "页", "int", "", "3", M),
        ("table", "表", "int", "", "0", M),
        ("row", "行", "int", "", "15", M),
        ("line", "源文件行", "int", "", "", M),
        ("columns", "各项所在列", "text", "", "name=2;target=3;actual=4;weight=5;score=6", M),
    )),
    "lists": ("明细", "one row per list item, one per group's stated 小计 and one per stated total", _cols(
        ("doc", "文件", "text", "", "002.pdf"),
        ("list", "清单", "text", "", "资金支付明细"),
        ("kind", "类别", "text", "", "item（表中：明细/小计/合计）"),
        ("serial", "序号", "text", "", "2"),
        ("date", "日期", "text", "", "8.9"),
        ("purpose", "用途", "text", "", "下乡检查费用"),
        ("amount", "金额", "money", "金额单位", "10"),
        ("money_unit", "金额单位", "text", "", "万元"),
        ("location", "位置", "text", "", "002.pdf 第3页 块2 表3 第3行"),
        ("raw", "原文", "text", "", "10", M),
    )),
    "figures": ("文中数字", "one row per figure stated in the prose", _cols(
        ("doc", "文件", "text", "", "000.txt"),
        ("subject", "主题", "text", "", "预算"),
        ("role", "目标/实际", "text", "", "target"),
        ("indicator", "指标", "text", "", "培训人数"),
        ("raw", "原文", "text", "", "104万元"),
        ("unit", "单位", "text", "", "元"),
        ("sentence", "句子", "text", "", "全年财政资金预算104万元，执行资金104万元，执行率100%。"),
        ("location", "位置", "text", "", "000.txt 块7 源文件第7行"),
        ("op", "运算符", "text", "", "eq", M),
        ("value", "数值（基本单位）", "number", "unit", "1040000", M),
        ("places", "小数位", "int", "", "0", M),
    )),
    "flags": ("问题", "one row per finding", _cols(
        ("flag_id", "编号", "text", "", "JX101-722dd39b94"),
        ("doc", "文件", "text", "", "002.docx"),
        ("rule", "规则", "text", "", "JX101"),
        ("severity", "严重程度", "text", "", "high（表中：高/中/低）"),
        ("message", "说明", "text", "", "各项金额之和为 30万元，但合计写为 33万元"),
        ("stated", "所写", "text", "", "33"),
        ("expected", "应为", "text", "", "30"),
        ("location", "位置", "text", "", "002.docx 块20 表3 第6行 第5列"),
        ("evidence", "证据", "text", "", "3 + 10 + 10 + 7 ≠ 33"),
        ("related", "相关文件", "text", "", "2023/自评报告.pdf：第4页 表2 第5行 第4列"),
        ("status", "审核状态", "text", "", "open（表中：待审核/已确认/已排除）"),
        ("comment", "审核意见", "text", "", "已核实：合计为笔误"),
    )),
    "review": ("", "the flags, for analysts to fill in status and comment", _cols(
        ("flag_id", "编号", "text", "", "JX101-722dd39b94"),
        ("doc", "文件", "text", "", "002.docx"),
        ("rule", "规则", "text", "", "JX101"),
        ("severity", "严重程度", "text", "", "high"),
        ("message", "说明", "text", "", "各项金额之和为 30万元，但合计写为 33万元"),
        ("location", "位置", "text", "", "002.docx 块20 表3 第6行 第5列"),
        ("status", "审核状态", "text", "", "open / confirmed / dismissed（或 待审核/已确认/已排除）"),
        ("comment", "审核意见", "text", "", "请单位说明"),
    )),
    "decisions": ("", "one row per review decision", _cols(
        ("flag_id", "编号", "text", "", "JX101-722dd39b94"),
        ("status", "审核状态", "text", "", "dismissed"),
        ("comment", "审核意见", "text", "", "已核实：合计为笔误"),
        ("evidence_hash", "证据哈希", "text", "", "3f2a…", M),
        ("decided_at", "决定时间", "text", "UTC", "2026-11-23T08:10:00+00:00"),
        ("decided_by", "审核人", "text", "", "wang"),
    )),
    "review-errors": ("", "one row per review.csv row that could not be applied", _cols(
        ("line", "行号", "int", "", "7"),
        ("flag_id", "编号", "text", "", "JX101-722dd39b94"),
        ("status", "所填状态", "text", "", "已核实OK"),
        ("comment", "审核意见", "text", "", "我的意见"),
        ("reason", "原因", "text", "", "未知的审核状态“已核实OK”……"),
    )),
}

# The operator vocabulary of target_op / actual_op / op (normalize.frames.OP_CODES writes it), with
# what the workbook shows for each.
OP_LABELS = {"eq": "=", "ge": "≥", "le": "≤", "gt": ">", "lt": "<", "approx": "约", "range": "区间",
             "qualitative": "定性描述", "deadline": "期限", "empty": "空"}
OP_MEANINGS = {"eq": "equal to (=, 达到)", "ge": "at least (≥, 不低于, 以上)", "le": "at most (≤, 不超过, 以下)",
               "gt": "more than (>, 超过, 余 / 多 after a figure: 3万余人, 过半 as >50%)", "lt": "less than (<, 低于)", "approx": "about (约, 左右)",
               "range": "a range (90%-95%): value is the low end", "qualitative": "words, no figure (不断优化)",
               "deadline": "a date (2023年12月底前): see *_date", "empty": "the cell is blank, a dash, or says the indicator does not apply (不适用, 不涉及, 无此项, kept in `*_raw`)"}

# Values shown in Chinese in the workbook (the CSVs keep the English codes).
VALUE_LABELS = {
    "severity": {"high": "高", "medium": "中", "low": "低"},
    "status": {"open": "待审核", "confirmed": "已确认", "dismissed": "已排除",
               "ok": "成功", "failed": "失败", "unsupported": "不支持", "ignored": "已忽略"},
    "kind": {"item": "明细", "subtotal": "小计", "total": "合计"},
    **{f: OP_LABELS for f in ("target_op", "actual_op", "op")},
    "scoring_model": {"proportional": "按完成比例", "coefficient": "得分系数×权重", "weighted-share": "得分×权重占比",
                      "tiered": "按档次计分", "unscored": "不计分"},
}


def fields(table: str) -> list[str]:
    return [c.field for c in TABLES[table][2]]


def markdown() -> str:
    out = ["# Output schema", "",
           "Generated from `nightly/schema.py` (`python -m jixiao.nightly.schema > docs/schema.md`); a test checks",
           "that the CSV writers, the workbook and this page agree. CSV files keep the English field names",
           "(the stable interface for scripts); report.xlsx shows the Chinese labels, people's columns first",
           "and machine columns (marked ⚙) grouped and collapsed at the right. Money columns are in the",
           "project's own unit (usually 万元); `*_value` columns are in base units (元, 人, %).", ""]
    for name, (sheet, what, cols) in TABLES.items():
        out += [f"## {name}.csv" + (f" — sheet “{sheet}”" if sheet else ""), "", f"One row: {what}.", "",
                "| field | 中文 | type | unit | example |", "| --- | --- | --- | --- | --- |"]
        out += [f"| `{c.field}`{' ⚙' if c.machine else ''} | {c.label} | {c.kind} | {c.unit} | {c.example} |" for c in cols]
        out.append("")
    out += ["## Operators", "",
            "`target_op`, `actual_op` and `op` hold one of these codes (never a symbol a spreadsheet",
            "would read as a formula); report.xlsx shows the sign.", "",
            "| code | 表中 | meaning |", "| --- | --- | --- |"]
    out += [f"| `{code}` | {label} | {OP_MEANINGS[code]} |" for code, label in OP_LABELS.items()]
    out += ["", "## Where a record was read", "",
            "`location` says it for people (文件 第2页 块5 表1 第3行 第4列). indicators.csv also gives it for",
            "scripts: `page` (1-based), `table` and `row` (0-based, as in the reader's grid), `line` (a text",
            "file's line) and `columns`, the 0-based grid column of the cell each field was read from:",
            "`name=2;target=3;actual=4;weight=5;score=6`, then `deduction`, `coefficient`, `weight_share`,",
            "`converted_score`, `item_score`, `group_score`, `group_weight` where the row has them (a group's",
            "merged cell names its first row). A field with no cell, or a cell with no",
            "grid column (a row rebuilt from cells one per line or from a",
            "numbered indicator sentence: see `line`), is left out; a score worked",
            "out from another cell (扣分, 得分率, 满分) names that cell, as `note` says. A flag's `location`",
            "names the column where the finding rests on one cell; a row, a paragraph or a sentence has none.",
            "",
            "## What unread_rows counts", "",
            "The indicators a document seems to hold that gave no record, one each (every one named in",
            "`warnings`): a table row that looks like an indicator row (a name and a figure); each numbered",
            "indicator after the first stacked in one record's cells (1.X⏎2.Y beside two values); each",
            "column of a table read across where its columns look like indicator rows (a page turned);",
            "each row of a table of weights / scores alone that no record took a figure from; the rows left",
            "out of a table rebuilt from cells one per line; each numbered indicator sentence of a run of two",
            "or more (年度指标值…，实际完成…，分值…，得分…) that does not parse whole; each indicator told in a",
            "sentence under a level heading (a target cue and a result cue) that gave no record, or that a report",
            "of several projects gives to none (normalize/sentences.py); each row a warning says was",
            "not read (该行未读取); and, for a table flattened into paragraphs or label：value lines that gave",
            "nothing, the rows it seems to hold; one for a scored form of which no indicator row at all was",
            "read, whose 总分 or total weight leaves points beyond its fund's (the indicator table missing from the",
            "file as read). A row two readers find is counted and named once",
            "(normalize/unread.py say_unread, the one place that counts). Not counted: rows rightly no",
            "indicator (a subtotal, money under a money header, the fund row again, criteria with points).",
            "",
            "## report.xlsx — sheet “概览”", "",
            "The summary: documents by status, flags by severity (pie chart) and by rule with the rule's",
            "name (bar chart), the ten documents with the most high-severity flags, and what changed since",
            "the flag list was last different (new flags, flags gone, decisions made since).", ""]
    return "\n".join(out)


if __name__ == "__main__":
    sys.stdout.write(markdown())
