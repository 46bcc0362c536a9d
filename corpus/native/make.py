"""Build the native-format forms 130-135 and 145-147: written directly as .docx (python-docx and raw OOXML) or
.xlsx (openpyxl, recalculated by LibreOffice), not rendered from html, so the files hold what
hand-typed Word / Excel forms hold (merges, nested tables, list numbering, content controls,
tracked changes, number formats, formulas, hidden columns). Constructed, not real.

    .venv/bin/python corpus/native/make.py [STEM ...]   (from the repository root; needs LibreOffice;
                                                          only the named forms when any are named)

Derived formats: .pdf and .doc from each .docx, .pdf and .xls from each .xlsx (LibreOffice), and
.scan.pdf from each .pdf (corpus/build.build_scan). Deterministic apart from what LibreOffice
writes into the derived files' metadata.
"""
from __future__ import annotations

import datetime
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE.parent))

import docx  # noqa: E402
import openpyxl  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402

from build import build_scan, convert_all  # noqa: E402  (corpus/build.py)

AUTHOR, STAMP = "财务科", "2024-02-20T09:30:00Z"
LIST_NUM_ID = "5"   # the default template's decimal list ("1.", "2.", ...), used by List Number


# ---------------------------------------------------------------- docx helpers

def _el(tag: str, **attrs) -> OxmlElement:
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), str(v))
    return e


def _run(text: str, deleted: bool = False) -> OxmlElement:
    """A w:r holding text, a "\n" in it as a soft line break (w:br)."""
    r = _el("w:r")
    for k, part in enumerate(text.split("\n")):
        if k:
            r.append(_el("w:br"))
        t = _el("w:delText" if deleted else "w:t")
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = part
        r.append(t)
    return r


def fill(cell, text: str = "", numbered: bool = False) -> None:
    """Cell text: paragraphs split on "\n\n", soft breaks on "\n"; numbered paragraphs carry w:numPr
    (Word's automatic numbering: the "1." is not in the text)."""
    paras = text.split("\n\n")
    while len(cell.paragraphs) < len(paras):
        cell.add_paragraph()
    for p, part in zip(cell.paragraphs, paras):
        for r in list(p._p):
            if r.tag != qn("w:pPr"):
                p._p.remove(r)
        if numbered:
            ppr = p._p.get_or_add_pPr()
            num = _el("w:numPr")
            num.append(_el("w:ilvl", **{"w:val": 0}))
            num.append(_el("w:numId", **{"w:val": LIST_NUM_ID}))
            ppr.insert(0, num)
        if part:
            p._p.append(_run(part))


def tracked(cell, old: str, new: str, tail: str = "") -> None:
    """A figure changed with track changes on: w:del of the old, w:ins of the new, then the unchanged tail."""
    fill(cell)
    p = cell.paragraphs[0]._p
    d = _el("w:del", **{"w:id": 901, "w:author": AUTHOR, "w:date": STAMP})
    d.append(_run(old, deleted=True))
    i = _el("w:ins", **{"w:id": 902, "w:author": AUTHOR, "w:date": STAMP})
    i.append(_run(new))
    p.append(d)
    p.append(i)
    if tail:
        p.append(_run(tail))


def control(cell, text: str, tag: str) -> None:
    """A value typed into a content control (w:sdt), as template forms ship their fill-in fields."""
    fill(cell)
    sdt = _el("w:sdt")
    pr = _el("w:sdtPr")
    pr.append(_el("w:alias", **{"w:val": tag}))
    pr.append(_el("w:tag", **{"w:val": tag}))
    pr.append(_el("w:id", **{"w:val": 7000 + len(tag)}))
    pr.append(_el("w:text"))
    sdt.append(pr)
    content = _el("w:sdtContent")
    content.append(_run(text))
    sdt.append(content)
    cell.paragraphs[0]._p.append(sdt)


def final_view(d) -> None:
    """Open with the changes shown as the final text (Word's "No Markup" view), as a form is printed."""
    settings = d.settings.element
    settings.insert(0, _el("w:revisionView", **{"w:markup": "false", "w:insDel": "false"}))


def borders(table, spec: dict[str, str]) -> None:
    """Table borders: spec maps top/left/bottom/right/insideH/insideV to 'single' or 'nil'."""
    tblpr = table._tbl.tblPr
    for old in tblpr.findall(qn("w:tblBorders")):
        tblpr.remove(old)
    b = _el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        kind = spec.get(side, "nil")
        b.append(_el(f"w:{side}", **({"w:val": "nil"} if kind == "nil" else
                                       {"w:val": "single", "w:sz": 12, "w:space": 0, "w:color": "000000"})))
    tblpr.append(b)


GRID = dict.fromkeys(("top", "left", "bottom", "right", "insideH", "insideV"), "single")
NONE: dict[str, str] = {}
THREE_LINE = {"top": "single", "bottom": "single"}


def rule_below(row) -> None:
    """The middle rule of a 三线表: a bottom border on each cell of the header row."""
    for tc in row._tr.findall(qn("w:tc")):
        tcpr = tc.get_or_add_tcPr()
        b = _el("w:tcBorders")
        b.append(_el("w:bottom", **{"w:val": "single", "w:sz": 8, "w:space": 0, "w:color": "000000"}))
        tcpr.append(b)


def repeat_header(row) -> None:
    row._tr.get_or_add_trPr().append(_el("w:tblHeader"))


def grid_table(container, rows: int, cols: int, widths_cm: list[float], style: str | None = None):
    t = container.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    for row in t.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)
    for col, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        col.set(qn("w:w"), str(int(Cm(w).twips)))
    return t


def vmerge(table, col: int, first: int, last: int, text: str) -> None:
    if last > first:
        table.cell(first, col).merge(table.cell(last, col))
    fill(table.cell(first, col), text)


def para(doc_or_cell, text: str, size: float | None = None, bold: bool = False, center: bool = False):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = 1
    return p


def new_document(landscape: bool = False) -> docx.Document:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(10.5)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Sans CJK SC")
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    return d


def indicator_rows(table, first_row: int, rows: list[tuple], cols: dict, numbered: bool = False) -> None:
    """Indicator rows (level1, level2, name, target, actual, weight, score, note) from first_row, the
    level cells merged vertically over their runs. A target/actual given as a callable fills itself."""
    def runs(k):
        out, start = [], 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or rows[i][k] != rows[start][k] or (k == 1 and rows[i][0] != rows[start][0]):
                out.append((start, i - 1, rows[start][k]))
                start = i
        return out
    for k in (0, 1):
        for a, b, text in runs(k):
            vmerge(table, cols["levels"][k], first_row + a, first_row + b, text)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(rows):
        r = first_row + i
        fill(table.cell(r, cols["name"]), name, numbered=numbered)
        for key, val in (("target", target), ("actual", actual)):
            cell = table.cell(r, cols[key])
            val(cell) if callable(val) else fill(cell, val)
        fill(table.cell(r, cols["weight"]), weight)
        fill(table.cell(r, cols["score"]), score)
        fill(table.cell(r, cols["note"]), note)


# ---------------------------------------------------------------- 130: Xiamen, nested, borderless

def doc130(out: Path) -> None:
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    outer = grid_table(d, 7, 2, [3.2, 13.8])
    borders(outer, NONE)
    for r, (k, v) in enumerate([("项目名称", "2023年法律援助经费"), ("主管部门", "厦门市司法局"),
                                ("实施单位", "厦门市法律援助中心")]):
        fill(outer.cell(r, 0), k)
        fill(outer.cell(r, 1), v)
    fill(outer.cell(3, 0), "项目资金（万元）")
    fund = grid_table(outer.cell(3, 1), 4, 7, [2.8, 2.0, 2.0, 2.0, 1.2, 1.8, 1.2])
    borders(fund, NONE)
    for r, row in enumerate([["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                             ["年度资金总额", "1560.00", "1620.00", "1587.60", "10", "98.00%", "9.8"],
                             ["其中：当年财政拨款", "1500.00", "1560.00", "1528.80", "—", "98.00%", "—"],
                             ["上年结转资金", "60.00", "60.00", "58.80", "—", "98.00%", "—"]]):
        for c, text in enumerate(row):
            fill(fund.cell(r, c), text)
    fill(outer.cell(4, 0), "年度总体目标")
    fill(outer.cell(4, 1), "为经济困难公民和特殊案件当事人提供法律援助，全年办理法律援助案件4500件以上，"
                           "提供法律咨询6万人次以上，保障困难群众合法权益。")
    top = outer.cell(5, 0).merge(outer.cell(5, 1))
    fill(top, "绩效指标完成情况")
    cell = outer.cell(6, 0).merge(outer.cell(6, 1))
    fill(cell, "")
    rows = [
        ("产出指标", "数量指标", "办理法律援助案件", "≥4500件", lambda c: tracked(c, "4816", "4862", "件"), "10", "10", ""),
        ("产出指标", "数量指标", "提供法律咨询服务", "≥6万人次", "6.8万人次", "5", "5", ""),
        ("产出指标", "数量指标", "开展法律援助进村（社区）活动", "≥120场", "112场", "5", "4.67",
         "受台风影响部分活动取消，下年度加强计划统筹"),
        ("产出指标", "质量指标", "法律援助案件质量评查合格率", "≥95%", "98.6%", "10", "10", ""),
        ("产出指标", "质量指标", "受援人投诉办结率", "100%", "100%", "5", "5", ""),
        ("产出指标", "时效指标", "案件补贴发放时间", "2023年12月底前", "2023年12月", "5", "5", ""),
        ("产出指标", "成本指标", "民事案件平均办案补贴", "≤1800元/件", "1650元/件", "10", "10", ""),
        ("效益指标", "社会效益指标", "为受援人挽回经济损失", "≥1.5亿元", "1.72亿元", "10", "10", ""),
        ("效益指标", "社会效益指标", "农民工欠薪案件结案率", "≥90%", "93.4%", "10", "10", ""),
        ("效益指标", "可持续影响指标", "镇（街道）法律援助工作站覆盖率", "100%", "100%", "10", "10", ""),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥95%", "97.2%", "10", "10", ""),
    ]
    n = len(rows)
    t = grid_table(cell, n + 3, 8, [1.5, 1.9, 3.4, 2.2, 2.2, 1.3, 1.3, 2.6])
    borders(t, NONE)
    head = ["一级指标", "二级指标", "三级指标", "指标值", None, "分值", "得分", "偏差原因分析及改进措施"]
    for c, text in enumerate(head):
        if c in (3, 4):
            continue
        vmerge(t, c, 0, 1, text)
    fill(t.cell(0, 3).merge(t.cell(0, 4)), "指标值")
    fill(t.cell(1, 3), "年度指标值")
    fill(t.cell(1, 4), "实际完成值")
    indicator_rows(t, 2, rows, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                "score": 6, "note": 7}, numbered=True)
    last = n + 2
    fill(t.cell(last, 0).merge(t.cell(last, 4)), "总分")
    fill(t.cell(last, 5), "100")
    fill(t.cell(last, 6), "99.47")
    fill(outer.cell(6, 0), "")
    final_view(d)
    d.add_paragraph()
    para(d, "自评等级：优")
    para(d, "填报人：林晓燕　　联系电话：0592-2895126　　填报日期：2024年2月20日")
    d.save(out)


# ---------------------------------------------------------------- 131: Ningbo, 三线表, sdt, gridBefore/After

def doc131(out: Path) -> None:
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    para(d, "项目名称：2023年残疾人康复救助项目")
    para(d, "主管部门：宁波市残疾人联合会　　　实施单位：宁波市残疾人康复中心")
    para(d, "项目资金情况（单位：万元）")
    fund = grid_table(d, 4, 7, [3.6, 2.2, 2.2, 2.2, 1.4, 2.0, 1.4])
    borders(fund, THREE_LINE)
    for r, row in enumerate([["资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                             ["年度资金总额", "2,380.00", "2,450.00", "2,401.00", "10", "98.00%", "9.8"],
                             ["其中：财政拨款", "2,300.00", "2,370.00", "2,322.60", "—", "98.00%", "—"],
                             ["其他资金", "80.00", "80.00", "78.40", "—", "98.00%", "—"]]):
        for c, text in enumerate(row):
            fill(fund.cell(r, c), text)
    rule_below(fund.rows[0])
    para(d, "年度总体目标：")
    para(d, "对全市符合条件的0-6岁残疾儿童实施康复救助，为有需求的残疾人适配辅助器具，实施困难残疾人家庭"
            "无障碍改造，提升残疾人基本康复服务覆盖率和康复效果，持续健全康复服务长效机制。")
    para(d, "全年完成情况：")
    para(d, "全年为1268名残疾儿童提供康复救助，为3642名残疾人适配辅助器具，完成615户困难残疾人家庭无障碍"
            "改造；精准康复服务覆盖率92.3%。残疾人就业培训完成276人次，未达年度目标，主要原因是部分培训班"
            "报名人数不足，下一年度将与人社部门联合开班。")
    para(d, "绩效指标完成情况")
    rows = [
        ("产出指标", "数量指标", "0-6岁残疾儿童\n康复救助人数", "≥1200人", "1268人", "8", "8", ""),
        ("产出指标", "数量指标", "辅助器具适配人数", "≥3500人", "3642人", "8", "8", ""),
        ("产出指标", "数量指标", "残疾人家庭无障碍改造", "≥600户", "615户", "6", "6", ""),
        ("产出指标", "数量指标", "精准康复服务覆盖率", "≥85%", "92.3%", "6", "6", ""),
        ("产出指标", "质量指标", "康复救助对象评估合格率", "100%", "100%", "6", "6", ""),
        ("产出指标", "质量指标", "辅助器具适配合格率", "≥98%", "99.1%", "4", "4", ""),
        ("产出指标", "时效指标", "救助资金拨付时间", "2023年11月\n底前", "2023年11月", "6", "6", ""),
        ("产出指标", "成本指标", "儿童康复救助标准", "≤2.4万元/人·年", "2.4万元/人·年", "6", "6", ""),
        ("效益指标", "社会效益指标", "残疾儿童康复有效率", "≥80%", "84.5%", "10", "10", ""),
        ("效益指标", "社会效益指标", "残疾人家庭生活质量", "有所改善", "明显改善", "5", "5", ""),
        ("效益指标", "社会效益指标", "残疾人就业培训", "≥300人次", "276人次", "10", "9.2",
         "部分培训班报名人数不足；\n\n下一年度与人社部门联合开班"),
        ("效益指标", "可持续影响指标", "康复服务\n\n长效机制", "健全", "健全", "5", "5", ""),
        ("满意度指标", "服务对象满意度指标", "残疾儿童家长满意度", "≥90%", lambda c: control(c, "96.8%", "满意度"),
         "5", "5", ""),
        ("满意度指标", "服务对象满意度指标", "残疾人满意度", "≥90%", "95.4%", "5", "5", ""),
    ]
    n = len(rows)
    t = grid_table(d, n + 2, 8, [1.8, 2.2, 3.2, 2.2, 2.2, 1.3, 1.3, 2.8])
    borders(t, THREE_LINE)
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    rule_below(t.rows[0])
    indicator_rows(t, 1, rows, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                "score": 6, "note": 7})
    # The total row typed with fewer cells: it starts at column 2 (gridBefore) and stops before the last.
    last = t.rows[n + 1]
    fill(t.cell(n + 1, 1).merge(t.cell(n + 1, 2)), "总分")
    fill(t.cell(n + 1, 5), "100")
    fill(t.cell(n + 1, 6), "99")
    tr = last._tr
    tcs = tr.findall(qn("w:tc"))
    tr.remove(tcs[0])
    tr.remove(tcs[-1])
    trpr = tr.get_or_add_trPr()
    trpr.append(_el("w:gridBefore", **{"w:val": 1}))
    trpr.append(_el("w:gridAfter", **{"w:val": 1}))
    para(d, "自评等级：优")
    para(d, "单位负责人：陈建国　　　填表人：王丽　　　填报日期：2024年3月5日")
    d.save(out)


# ---------------------------------------------------------------- 132: Dalian 部门整体, grid, two-row header

def doc132(out: Path) -> None:
    d = new_document()
    para(d, "部门整体支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    fund = grid_table(d, 5, 7, [4.0, 2.1, 2.1, 2.1, 1.3, 1.9, 1.3], "Table Grid")
    fill(fund.cell(0, 0), "部门（单位）名称")
    fill(fund.cell(0, 1).merge(fund.cell(0, 6)), "大连市海洋发展局")
    for c, text in enumerate(["年度预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        fill(fund.cell(1, c), text)
    for r, row in enumerate([["年度资金总额", "6,820.00", "7,150.00", None, "10", "97.00%", "9.7"],
                             ["其中：基本支出", "3,920.00", "4,010.00", "4,010.00", "—", "100.00%", "—"],
                             ["项目支出", "2,900.00", "3,140.00", "2,925.50", "—", "93.17%", "—"]], start=2):
        for c, text in enumerate(row):
            if text is None:
                control(fund.cell(r, c), "6,935.50", "全年执行数")
            else:
                fill(fund.cell(r, c), text)
    para(d, "")
    para(d, "年度主要任务完成情况：全年完成海域使用动态监测宗海1264宗，开展渔业船舶安全检查3015艘次，"
            "增殖放流各类苗种3.82亿尾；计划建设的2处海洋牧场完成1处，另1处因海域使用论证延期结转至2024年。")
    para(d, "")
    rows = [
        ("产出", "数量指标", "海域使用动态监测\n宗海数", "≥1200宗", "1264宗", "8", "8", ""),
        ("产出", "数量指标", "海洋环境监测站位", "≥86个", "86个", "6", "6", ""),
        ("产出", "数量指标", "渔业船舶安全检查", "≥2800艘次", "3015艘次", "6", "6", ""),
        ("产出", "数量指标", "增殖放流苗种数量", "≥3.5亿尾", lambda c: tracked(c, "3.76", "3.82", "亿尾"), "6", "6", ""),
        ("产出", "质量指标", "海洋环境监测数据有效率", "≥95%", "98.7%", "6", "6", ""),
        ("产出", "质量指标", "近岸海域优良水质\n面积比例", "≥92%", "94.1%", "6", "6", ""),
        ("产出", "时效指标", "海洋灾害预警信息发布时效", "≤2小时", "1.5小时", "6", "6", ""),
        ("产出", "成本指标", "“三公”经费支出", "≤38万元", "32.6万元", "6", "6", ""),
        ("效益", "社会效益指标", "渔船安全生产事故死亡人数", "≤3人", "1人", "6", "6", ""),
        ("效益", "社会效益指标", "海洋防灾减灾宣传受众", "≥12万人次", "13.4万人次", "6", "6", ""),
        ("效益", "生态效益指标", "自然岸线保有率", "≥55%", "55.8%", "6", "6", ""),
        ("效益", "生态效益指标", "海洋牧场建设", "≥2处", "1处", "6", "3",
         "1处海洋牧场因海域使用论证延期，\n结转至2024年实施"),
        ("效益", "可持续影响指标", "海洋综合管理制度体系", "逐步完善", "已完善", "6", "6", ""),
        ("满意度", "服务对象满意度指标", "渔民群众满意度", "≥90%", "93.5%", "5", "5", ""),
        ("满意度", "服务对象满意度指标", "涉海企业满意度", "≥90%", "91.2%", "5", "5", ""),
    ]
    n = len(rows)
    t = grid_table(d, n + 4, 8, [1.5, 2.3, 3.8, 2.2, 2.2, 1.3, 1.3, 2.8], "Table Grid")
    fill(t.cell(0, 0).merge(t.cell(0, 7)), "年度绩效指标完成情况")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", None, None, "分值", "得分", "未完成原因"]):
        if text:
            vmerge(t, c, 1, 2, text)
    fill(t.cell(1, 3).merge(t.cell(1, 4)), "指标值")
    fill(t.cell(2, 3), "年度指标值")
    fill(t.cell(2, 4), "全年实际值")
    for r in range(3):   # Word repeats only a run of header rows from the first
        repeat_header(t.rows[r])
    indicator_rows(t, 3, rows, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                "score": 6, "note": 7}, numbered=True)
    fill(t.cell(n + 3, 0).merge(t.cell(n + 3, 4)), "合计")
    fill(t.cell(n + 3, 5), "100")
    fill(t.cell(n + 3, 6), "96.7")
    final_view(d)
    para(d, "")
    para(d, "自评等级：优　　　　部门负责人：赵志刚　　　　填报日期：2024年3月12日")
    d.save(out)


# ---------------------------------------------------------------- xlsx helpers

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAP_LEFT = Alignment(wrap_text=True, vertical="center", horizontal="left")
PCT2, PCT1, PCT0 = "0.00%", "0.0%", "0%"
MONEY, COUNT, MONTH = "#,##0.00", "#,##0", 'yyyy"年"m"月"'


def put(ws, ref: str, value, fmt: str | None = None, left: bool = False):
    c = ws[ref]
    c.value = value
    c.border = BOX
    c.alignment = WRAP_LEFT if left else WRAP
    c.font = Font(name="宋体", size=10)
    if fmt:
        c.number_format = fmt
    return c


def merge(ws, rng: str, value, **kw) -> None:
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def title(ws, rng: str, text: str, size: int = 16) -> None:
    first = rng.split(":")[0]
    ws[first] = text
    ws[first].font = Font(name="宋体", size=size, bold=True)
    ws[first].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(rng)


def landscape(ws) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def levels(ws, col1: str, col2: str, first_row: int, rows: list[tuple]) -> None:
    """Level-1 and level-2 cells merged over their runs (as typed in Excel: Merge & Center)."""
    for k, col in ((0, col1), (1, col2)):
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or rows[i][k] != rows[start][k] or (k == 1 and rows[i][0] != rows[start][0]):
                a, b = first_row + start, first_row + i - 1
                if b > a:
                    merge(ws, f"{col}{a}:{col}{b}", rows[start][k])
                else:
                    put(ws, f"{col}{a}", rows[start][k])
                start = i


# ---------------------------------------------------------------- 133: Qingdao, table at C4

def xls133(out: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    title(ws, "C2:J2", "2023年度项目支出绩效自评表")
    for col, w in zip("ABCDEFGHIJ", (3, 3, 11, 16, 26, 16, 14, 8, 8, 22)):
        ws.column_dimensions[col].width = w
    put(ws, "C4", "项目名称")
    merge(ws, "D4:J4", "2023年市级文物保护专项资金", left=True)
    put(ws, "C5", "主管部门")
    merge(ws, "D5:F5", "青岛市文化和旅游局", left=True)
    put(ws, "G5", "实施单位")
    merge(ws, "H5:J5", "青岛市文物保护考古研究院", left=True)
    merge(ws, "C6:C9", "项目资金\n（万元）")
    for col, text in zip("DEFGHIJ", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}6", text)
    put(ws, "D7", "年度资金总额")
    put(ws, "D8", "其中：当年财政拨款", left=True)
    put(ws, "D9", "上年结转资金", left=True)
    for col in "EFG":
        put(ws, f"{col}7", f"=SUM({col}8:{col}9)", MONEY)
    for r, vals in ((8, (800, 840, 815.5)), (9, (60, 60, 58.1))):
        for col, v in zip("EFG", vals):
            put(ws, f"{col}{r}", v, MONEY)
        put(ws, f"H{r}", "—")
        put(ws, f"I{r}", f"=G{r}/F{r}", PCT2)
        put(ws, f"J{r}", "—")
    put(ws, "H7", 10)
    put(ws, "I7", "=G7/F7", PCT2)
    put(ws, "J7", "=ROUND(H7*I7,2)", "0.00")
    put(ws, "C10", "年度总体目标")
    merge(ws, "D10:J10", "1.完成市级以上文物保护单位修缮项目12个以上；\n2.完成馆藏文物数字化采集3000件以上；\n"
                         "3.提升文物安全水平和开放服务能力。", left=True)
    ws.row_dimensions[10].height = 48
    for col, text in zip("CDEFGHIJ", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                       "偏差原因分析及改进措施")):
        put(ws, f"{col}11", text)
    rows = [
        ("产出指标", "数量指标", "文物保护单位修缮项目", "≥12个", 13, None, 10, 10),
        ("产出指标", "数量指标", "馆藏文物数字化\n采集", "≥3000件", 3216, COUNT, 10, 10),
        ("产出指标", "质量指标", "修缮工程验收合格率", "100%", 1, PCT0, 10, 10),
        ("产出指标", "质量指标", "文物安全巡查覆盖率", "≥95%", 0.982, PCT1, 5, 5),
        ("产出指标", "时效指标", "修缮项目完工时间", "2023年12月底前", datetime.date(2023, 12, 20), MONTH, 5, 5),
        ("产出指标", "成本指标", "单处文物修缮平均成本", "≤65万元", 61.8, MONEY, 10, 10),
        ("效益指标", "社会效益指标", "文物开放接待观众", "≥150万人次", 163.5, "0.0", 10, 10),
        ("效益指标", "社会效益指标", "开展文物宣传教育活动", "≥40场", "46场", None, 10, 10),
        ("效益指标", "可持续影响指标", "文物保护长效机制", "健全", "健全", None, 10, 10),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", 0.936, PCT1, 10, 10),
    ]
    first = 12
    levels(ws, "C", "D", first, rows)
    for i, (_a, _b, name, target, actual, fmt, weight, score) in enumerate(rows):
        r = first + i
        put(ws, f"E{r}", name, left=True)
        put(ws, f"F{r}", target)
        put(ws, f"G{r}", actual, fmt)
        put(ws, f"H{r}", weight)
        put(ws, f"I{r}", score)
        put(ws, f"J{r}", "")
        if "\n" in name:
            ws.row_dimensions[r].height = 28
    end = first + len(rows) - 1
    total = end + 1
    merge(ws, f"C{total}:G{total}", "总分")
    put(ws, f"H{total}", f"=SUM(H{first}:H{end})+H7")
    put(ws, f"I{total}", f"=SUM(I{first}:I{end})+J7", "0.00")
    put(ws, f"J{total}", "")
    put(ws, f"C{total + 1}", "自评等级")
    merge(ws, f"D{total + 1}:J{total + 1}", "优", left=True)
    landscape(ws)
    wb.save(out)


# ---------------------------------------------------------------- 134: Quanzhou, fund and indicators on two sheets

def xls134(out: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资金情况"
    for col, w in zip("ABCDEFG", (22, 14, 14, 14, 8, 10, 8)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:G1", "项目支出绩效自评表")
    title(ws, "A2:G2", "（2023年度）", 12)
    put(ws, "A3", "项目名称")
    merge(ws, "B3:G3", "2023年政府专职消防队伍建设补助资金", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:G4", "泉州市消防救援支队", left=True)
    put(ws, "A5", "实施单位")
    merge(ws, "B5:G5", "泉州市政府专职消防队管理中心", left=True)
    for col, text in zip("ABCDEFG", ("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}6", text)
    put(ws, "A7", "年度资金总额")
    put(ws, "A8", "其中：省级补助资金", left=True)
    put(ws, "A9", "市级配套资金", left=True)
    for col in "BCD":
        put(ws, f"{col}7", f"=SUM({col}8:{col}9)", MONEY)
    for r, vals in ((8, (500, 500, 490.2)), (9, (734.5, 780, 746.28))):
        for col, v in zip("BCD", vals):
            put(ws, f"{col}{r}", v, MONEY)
        put(ws, f"E{r}", "—")
        put(ws, f"F{r}", f"=D{r}/C{r}", PCT2)
        put(ws, f"G{r}", "—")
    put(ws, "E7", 10)
    put(ws, "F7", "=D7/C7", PCT2)
    put(ws, "G7", "=ROUND(E7*F7,2)", "0.00")
    put(ws, "A10", "年度总体目标")
    merge(ws, "B10:G10", "招录政府专职消防员320人以上，新建乡镇专职消防站6个，\n提升农村地区火灾防控和应急救援能力。",
          left=True)
    ws.row_dimensions[10].height = 36
    landscape(ws)

    wi = wb.create_sheet("绩效指标")
    for col, w in zip("ABCDEFGHIJ", (10, 14, 26, 8, 10, 10, 12, 8, 8, 24)):
        wi.column_dimensions[col].width = w
    title(wi, "A1:J1", "项目绩效指标完成情况")
    put(wi, "A2", "项目名称")
    merge(wi, "B2:J2", "2023年政府专职消防队伍建设补助资金", left=True)
    for col, text in zip("ABCDEFGHIJ", ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
                                         "实际完成值", "分值", "得分", "未完成原因")):
        put(wi, f"{col}3", text)
    rows = [
        ("产出指标", "数量指标", "政府专职消防员招录", "≥", 320, "人", 336, 10, 10, ""),
        ("产出指标", "数量指标", "新建乡镇专职消防站", "≥", 6, "个", 6, 10, 10, ""),
        ("产出指标", "数量指标", "专职消防员业务培训", "≥", 1.2, "万人次", 1.35, 5, 5, ""),
        ("产出指标", "质量指标", "专职消防员体能考核\n达标率", "≥", 90, "%", 94.5, 5, 5, ""),
        ("产出指标", "质量指标", "消防车辆装备完好率", "=", 100, "%", 100, 5, 5, ""),
        ("产出指标", "时效指标", "接警出动时间", "≤", 60, "秒", 45, 5, 5, ""),
        ("产出指标", "成本指标", "专职消防员人均年补助标准", "≤", 6.5, "万元/人", 6.2, 10, 10, ""),
        ("效益指标", "社会效益指标", "乡镇火灾起数同比下降", "≥", 5, "%", 7.8, 10, 10, ""),
        ("效益指标", "社会效益指标", "较大以上火灾事故", "=", 0, "起", 0, 10, 10, ""),
        ("效益指标", "可持续影响指标", "专职消防队伍稳定率", "≥", 95, "%", 93.1, 5, 4.9,
         "部分队员考取其他岗位离职，\n已启动补招"),
        ("效益指标", "可持续影响指标", "消防安全网格化管理机制", "定性", "健全", "", "健全", 5, 5, ""),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥", 90, "%", 95.2, 10, 10, ""),
    ]
    first = 4
    levels(wi, "A", "B", first, rows)
    for i, (_a, _b, name, op, value, unit, actual, weight, score, note) in enumerate(rows):
        r = first + i
        for col, v in zip("CDEFGHIJ", (name, op, value, unit, actual, weight, score, note)):
            put(wi, f"{col}{r}", v, left=col in "CJ")
        if "\n" in name or "\n" in note:
            wi.row_dimensions[r].height = 30
    end = first + len(rows) - 1
    total = end + 1
    merge(wi, f"A{total}:G{total}", "合计（含资金执行率分值）")
    put(wi, f"H{total}", f"=SUM(H{first}:H{end})+资金情况!E7")
    put(wi, f"I{total}", f"=SUM(I{first}:I{end})+资金情况!G7", "0.00")
    put(wi, f"J{total}", "")
    put(wi, f"A{total + 1}", "自评等级")
    merge(wi, f"B{total + 1}:J{total + 1}", "优", left=True)
    landscape(wi)
    wb.save(out)


# ---------------------------------------------------------------- 135: Zhangzhou 部门整体, hidden helper column

def xls135(out: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for col, w in zip("ABCDEFGHI", (10, 16, 24, 14, 14, 9, 9, 10, 24)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:I1", "部门整体支出绩效自评表")
    title(ws, "A2:I2", "（2023年度）", 12)
    put(ws, "A3", "部门名称")
    merge(ws, "B3:I3", "漳州市应急管理局", left=True)
    merge(ws, "A4:A7", "年度预算\n执行情况\n（万元）")
    for col, text in zip("BCDEFGHI", ("", "年初预算数", "全年预算数", "全年执行数", "执行比", "分值", "执行率", "得分")):
        put(ws, f"{col}4", text)
    put(ws, "B5", "年度资金总额")
    put(ws, "B6", "其中：基本支出", left=True)
    put(ws, "B7", "项目支出", left=True)
    for col in "CDE":
        put(ws, f"{col}5", f"=SUM({col}6:{col}7)", MONEY)
    for r, vals in ((6, (1206.4, 1236, 1236)), (7, (650, 684, 645.6))):
        for col, v in zip("CDE", vals):
            put(ws, f"{col}{r}", v, MONEY)
        put(ws, f"G{r}", "—")
        put(ws, f"H{r}", f"=E{r}/D{r}", PCT2)
        put(ws, f"I{r}", "—")
    for r in (5, 6, 7):
        put(ws, f"F{r}", f"=E{r}/D{r}")   # helper: the ratio the score is worked from (hidden)
    put(ws, "G5", 10)
    put(ws, "H5", "=E5/D5", PCT2)
    put(ws, "I5", "=ROUND(G5*F5,2)", "0.00")
    for col, text in zip("ABCDEFGHI", ("一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "完成比", "分值",
                                        "得分", "偏差原因分析")):
        put(ws, f"{col}8", text)
    rows = [
        ("产出指标", "数量指标", "安全生产执法检查企业", "≥1200家", 1286, COUNT, "=E{r}/1200", 8, 8, ""),
        ("产出指标", "数量指标", "应急救援演练", "≥24场", "26场", None, "", 6, 6, ""),
        ("产出指标", "数量指标", "灾害信息员\n培训", "≥1500人次", 1612, COUNT, "=E{r}/1500", 6, 6, ""),
        ("产出指标", "质量指标", "重大事故隐患整改率", "100%", 1, PCT0, "=E{r}/1", 8, 8, ""),
        ("产出指标", "质量指标", "应急物资储备达标率", "≥95%", 0.987, PCT1, "=E{r}/0.95", 6, 6, ""),
        ("产出指标", "时效指标", "年度应急预案修订完成时间", "2023年9月底前", datetime.date(2023, 9, 15), MONTH, "",
         6, 6, ""),
        ("产出指标", "成本指标", "“三公”经费支出", "≤36万元", 31.2, MONEY, "=36/E{r}", 10, 10, ""),
        ("效益指标", "社会效益指标", "生产安全事故死亡人数", "≤42人", "38人", None, "", 10, 10, ""),
        ("效益指标", "社会效益指标", "自然灾害因灾死亡失踪人数", "0人", "0人", None, "", 10, 10, ""),
        ("效益指标", "可持续影响指标", "应急管理体系建设", "逐步完善", "逐步完善", None, "", 10, 10, ""),
        ("满意度指标", "服务对象满意度指标", "企业对执法服务满意度", "≥90%", 0.925, PCT1, "=E{r}/0.9", 5, 5, ""),
        ("满意度指标", "服务对象满意度指标", "群众安全感满意度", "≥90%", 0.884, PCT1, "=E{r}/0.9", 5, 4.91,
         "部分农村地区应急广播覆盖不足，\n群众知晓度有待提高"),
    ]
    first = 9
    levels(ws, "A", "B", first, rows)
    for i, (_a, _b, name, target, actual, fmt, helper, weight, score, note) in enumerate(rows):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", actual, fmt)
        put(ws, f"F{r}", helper.format(r=r) if helper else None)
        put(ws, f"G{r}", weight)
        put(ws, f"H{r}", score)
        put(ws, f"I{r}", note, left=True)
        if "\n" in name or "\n" in note:
            ws.row_dimensions[r].height = 30
    end = first + len(rows) - 1
    total = end + 1
    merge(ws, f"A{total}:F{total}", "合计")
    put(ws, f"G{total}", f"=SUM(G{first}:G{end})+G5")
    put(ws, f"H{total}", f"=SUM(H{first}:H{end})+I5", "0.00")
    put(ws, f"I{total}", "")
    put(ws, f"A{total + 1}", "自评等级")
    merge(ws, f"B{total + 1}:I{total + 1}", "优", left=True)
    ws.column_dimensions["F"].hidden = True
    landscape(ws)
    wb.save(out)


# ---------------------------------------------------------------- 145: Shaoxing, list-numbered names, header repeated

def doc145(out: Path) -> None:
    d = new_document()
    para(d, "2023年度项目支出绩效自评表", 16, True, True)
    head = grid_table(d, 6, 8, [2.4, 3.2, 2.0, 2.0, 2.0, 1.2, 1.8, 1.2], "Table Grid")
    fill(head.cell(0, 0), "项目名称")
    fill(head.cell(0, 1).merge(head.cell(0, 7)), "2023年度河（湖）长制工作经费")
    fill(head.cell(1, 0), "主管部门")
    fill(head.cell(1, 1).merge(head.cell(1, 3)), "绍兴市水利局")
    fill(head.cell(1, 4).merge(head.cell(1, 5)), "实施单位")
    fill(head.cell(1, 6).merge(head.cell(1, 7)), "绍兴市河湖管理中心")
    vmerge(head, 0, 2, 5, "项目资金\n（万元）")
    for r, row in enumerate([["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                             ["年度资金总额", "680.00", "720.00", "705.60", "10", "98.00%", "9.80"],
                             ["其中：当年财政拨款", "650.00", "690.00", "676.20", "—", "98.00%", "—"],
                             ["上年结转资金", "30.00", "30.00", "29.40", "—", "98.00%", "—"]]):
        for c, text in enumerate(row, start=1):
            fill(head.cell(2 + r, c), text)
    para(d, "")
    para(d, "一、年度总体目标完成情况", bold=True)
    for text in ("年度目标：全面落实河（湖）长制，市、县、镇、村四级河长履职巡河，全年巡河12000次以上；"
                 "做好2800公里河道日常保洁，创建“美丽河湖”8条以上；市控以上断面水质达标率95%以上。",
                 "完成情况：全年各级河长巡河13560次，河道保洁2856公里，创建“美丽河湖”9条，更新河长公示牌"
                 "642块；市控以上断面水质达标率97.4%，县控以上断面Ⅲ类及以上水质比例93.5%。",
                 "存在问题：个别河湖问题跨部门协调时间较长，整改销号率98.6%，未全部销号。",
                 "改进措施：完善河长办与相关部门联合交办机制，对未销号问题实行清单化管理，"
                 "2024年一季度内全部整改到位。"):
        para(d, text)
    para(d, "二、绩效指标完成情况", bold=True)
    rows = [
        ("产出指标", "数量指标", "河（湖）长巡河次数", "≥12000次", "13560次", "8", "8", ""),
        ("产出指标", "数量指标", "河道保洁长度", "≥2800公里", "2856公里", "8", "8", ""),
        ("产出指标", "数量指标", "“美丽河湖”创建数量", "≥8条", "9条", "6", "6", ""),
        ("产出指标", "数量指标", "河长公示牌规范更新", "≥600块", "642块", "4", "4", ""),
        ("产出指标", "质量指标", "市控以上断面水质达标率", "≥95%", "97.4%", "8", "8", ""),
        ("产出指标", "质量指标", "河湖问题整改销号率", "100%", "98.6%", "6", "5.92",
         "个别问题涉及多个部门，协调时间较长。\n\n已实行清单化管理，2024年一季度内整改到位。"),
        ("产出指标", "时效指标", "问题交办整改时限", "≤15个工作日", "12个工作日", "4", "4", ""),
        ("产出指标", "成本指标", "河道保洁单位成本", "≤1.5万元/公里·年", "1.42万元/公里·年", "6", "6", ""),
        ("效益指标", "生态效益指标", "县控以上断面Ⅲ类及以上水质比例", "≥90%", "93.5%", "10", "10", ""),
        ("效益指标", "社会效益指标", "河湖违法问题发生数同比下降", "≥10%", "12.3%", "8", "8", ""),
        ("效益指标", "社会效益指标", "公众护水志愿者参与人次", "≥3万人次", "3.26万人次", "4", "4", ""),
        ("效益指标", "可持续影响指标", "河长制工作长效机制", "健全完善", "健全完善", "8", "8", ""),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "94.1%", "10", "10", ""),
    ]
    n = len(rows)
    t = grid_table(d, n + 2, 8, [1.6, 1.9, 3.6, 2.2, 2.2, 1.2, 1.2, 3.1], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    indicator_rows(t, 1, rows, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                "score": 6, "note": 7}, numbered=True)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    fill(t.cell(n + 1, 5), "100")
    fill(t.cell(n + 1, 6), "99.72")
    para(d, "")
    para(d, "自评等级：优")
    para(d, "填报单位（盖章）：绍兴市河湖管理中心　　填报人：沈某某　　联系电话：0575-8513××××")
    para(d, "填报日期：2024年3月18日")
    d.save(out)


# ---------------------------------------------------------------- 146: Guilin, the whole form one table

def doc146(out: Path) -> None:
    d = new_document()
    para(d, "附件2", 12)
    para(d, "桂林市本级项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    rows = [
        ("产出指标", "数量指标", "惠民殡葬基本服务免费对象", "≥1200人", "1,326", "10", "10", ""),
        ("产出指标", "数量指标", "生态安葬奖补数量", "≥300例", "318例", "8", "8", ""),
        ("产出指标", "数量指标", "公益性公墓（骨灰堂）建设", "3个", "3个", "8", "8", ""),
        ("产出指标", "质量指标", "补助资金发放准确率", "100%", "100%", "8", "8", ""),
        ("产出指标", "质量指标", "殡仪服务规范化达标率", "≥95%", "96.5%", "6", "6", ""),
        ("产出指标", "时效指标", "补助资金兑付时间", "2023年12月20日前", "2023年12月15日", "5", "5", ""),
        ("产出指标", "成本指标", "基本殡葬服务人均补助", "≤1500元", "1480元", "5", "5", ""),
        ("效益指标", "社会效益指标", "群众殡葬负担", "有效减轻", "有效减轻", "10", "10", ""),
        ("效益指标", "社会效益指标", "火化率", "≥98%", "97.6%", "10", "9.96",
         "少数民族聚居山区仍有土葬习俗，\n移风易俗需逐步推进。"),
        ("效益指标", "生态效益指标", "节约土地", "≥15亩", "约16亩", "5", "5", ""),
        ("效益指标", "可持续影响指标", "殡葬改革长效机制", "逐步健全", "逐步健全", "5", "5", ""),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "95.3%", "10", "10", ""),
    ]
    n = len(rows)
    first = 9
    t = grid_table(d, first + n + 2, 9, [0.9, 1.6, 1.9, 3.0, 2.2, 2.2, 1.6, 1.6, 2.0], "Table Grid")
    fill(t.cell(0, 0).merge(t.cell(0, 1)), "项目名称")
    fill(t.cell(0, 2).merge(t.cell(0, 8)), "2023年惠民殡葬补助资金")
    fill(t.cell(1, 0).merge(t.cell(1, 1)), "主管部门")
    fill(t.cell(1, 2).merge(t.cell(1, 4)), "桂林市民政局")
    fill(t.cell(1, 5), "实施单位")
    fill(t.cell(1, 6).merge(t.cell(1, 8)), "桂林市殡葬管理所")
    t.cell(2, 0).merge(t.cell(5, 1))
    fill(t.cell(2, 0), "项目资金\n（万元）")
    for r, row in enumerate([["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                             ["年度资金总额", "520.00", "560.00", "548.80", "10", "98%", "9.8"],
                             ["其中：财政拨款", "500.00", "540.00", "529.20", "—", "98%", "—"],
                             ["其他资金", "20.00", "20.00", "19.60", "—", "98%", "—"]]):
        for c, text in enumerate(row, start=2):
            fill(t.cell(2 + r, c), text)
    t.cell(6, 0).merge(t.cell(7, 1))
    fill(t.cell(6, 0), "年度\n总体目标")
    fill(t.cell(6, 2).merge(t.cell(6, 5)), "预期目标")
    fill(t.cell(6, 6).merge(t.cell(6, 8)), "实际完成情况")
    fill(t.cell(7, 2).merge(t.cell(7, 5)), "1.对城乡困难群众等对象免除遗体接运、暂存、火化、骨灰寄存等基本殡葬服务费用；"
                                           "\n\n2.推进生态安葬，奖补树葬、海葬等生态安葬300例以上；"
                                           "\n\n3.建设公益性公墓（骨灰堂）3个。")
    fill(t.cell(7, 6).merge(t.cell(7, 8)), "1.为1326名对象免除基本殡葬服务费用；\n\n2.奖补生态安葬318例；"
                                           "\n\n3.建成公益性公墓（骨灰堂）3个，节约土地约16亩。")
    # the indicators: a 绩效指标 column merged down the left over the header and every row
    t.cell(8, 0).merge(t.cell(first + n - 1, 0))
    fill(t.cell(8, 0), "绩\n效\n指\n标")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"], start=1):
        fill(t.cell(8, c), text)
    indicator_rows(t, first, rows, {"levels": (1, 2), "name": 3, "target": 4, "actual": 5, "weight": 6,
                                    "score": 7, "note": 8})
    total = first + n
    fill(t.cell(total, 0).merge(t.cell(total, 5)), "总分")
    fill(t.cell(total, 6), "100")
    fill(t.cell(total, 7), "99.76")
    fill(t.cell(total, 8), "")
    fill(t.cell(total + 1, 0).merge(t.cell(total + 1, 1)), "自评等级")
    fill(t.cell(total + 1, 2).merge(t.cell(total + 1, 8)), "优")
    para(d, "")
    para(d, "填表人：莫某某　　联系电话：0773-2826×××　　填报日期：2024年3月6日")
    d.save(out)


# ---------------------------------------------------------------- 147: Liuzhou, 指标值 / 计量单位 columns, numbers

def xls147(out: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    for col, w in zip("ABCDEFGHIJ", (10, 14, 24, 10, 9, 12, 8, 8, 22, 3)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:I1", "2023年度项目支出绩效自评表")
    ws["A2"] = "填报单位：柳州市住房和城乡建设局"
    ws["G2"] = "金额单位：万元"
    put(ws, "A3", "项目名称")
    merge(ws, "B3:I3", "2023年柳州市城区易涝点整治及排水管网提升项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "柳州市住房和城乡建设局", left=True)
    merge(ws, "E4:F4", "实施单位")
    merge(ws, "G4:I4", "柳州市排水管理处", left=True)
    merge(ws, "A5:A8", "项目资金\n（万元）")
    for col, text in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}5", text)
    merge(ws, "H5:I5", "得分")
    put(ws, "B6", "年度资金总额")
    put(ws, "B7", "其中：中央预算内投资", left=True)
    put(ws, "B8", "市本级财政资金", left=True)
    for col in "CDE":
        put(ws, f"{col}6", f"=SUM({col}7:{col}8)", MONEY)
    for r, vals in ((7, (6000, 6000, 6000)), (8, (3800, 4600, 4282))):
        for col, v in zip("CDE", vals):
            put(ws, f"{col}{r}", v, MONEY)
        put(ws, f"F{r}", "—")
        put(ws, f"G{r}", f"=E{r}/D{r}", PCT2)
        merge(ws, f"H{r}:I{r}", "—")
    put(ws, "F6", 10)
    put(ws, "G6", "=E6/D6", PCT2)
    merge(ws, "H6:I6", "=ROUND(F6*G6,2)", fmt="0.00")
    put(ws, "A9", "年度总体目标")
    merge(ws, "B9:I9", "整治城区易涝点12个以上，新建改造雨污排水管网18.5公里以上，清淤疏浚排水管渠120公里以上，"
                       "\n整治后易涝点积水时间控制在30分钟以内，提升城市排水防涝能力。", left=True)
    ws.row_dimensions[9].height = 36
    for col, text in zip("ABCDEFGHI", ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "实际完成值",
                                        "分值", "得分", "偏差原因分析及改进措施")):
        put(ws, f"{col}10", text)
    DAY = 'yyyy"年"m"月"d"日"'
    rows = [
        ("产出指标", "数量指标", "整治城区易涝点", "≥12", "个", 13, None, 10, 10, ""),
        ("产出指标", "数量指标", "新建改造雨污排水管网", "≥18.5", "公里", 19.26, "0.00", 10, 10, ""),
        ("产出指标", "数量指标", "清淤疏浚排水管渠", "≥120", "公里", 126.4, "0.0", 5, 5, ""),
        ("产出指标", "质量指标", "工程竣工验收合格率", 100, "%", 100, None, 10, 10, ""),
        ("产出指标", "质量指标", "管网闭水试验一次合格率", "≥95", "%", 96.2, "0.0", 5, 5, ""),
        ("产出指标", "时效指标", "项目完工时间", "2023年12月31日前", None, datetime.date(2023, 12, 26), DAY, 5, 5, ""),
        ("产出指标", "成本指标", "易涝点整治平均成本", "≤150", "万元/个", 142.6, "0.0", 10, 10, ""),
        ("效益指标", "社会效益指标", "整治后易涝点积水时间", "≤30", "分钟", 25, None, 10, 10, ""),
        ("效益指标", "社会效益指标", "受益群众", "≥8.6", "万人", 9.1, "0.0", 5, 5, ""),
        ("效益指标", "生态效益指标", "城市污水集中收集率", "≥70", "%", 68.5, "0.0", 10, 9.79,
         "部分老城区截污纳管工程\n跨年度实施，2024年完工后可达标"),
        ("效益指标", "可持续影响指标", "排水设施运维管理机制", "健全", None, "健全", None, 5, 5, ""),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90", "%", 94.5, "0.0", 5, 5, ""),
    ]
    first = 11
    levels(ws, "A", "B", first, rows)
    for i, (_a, _b, name, target, unit, actual, fmt, weight, score, note) in enumerate(rows):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", unit)
        put(ws, f"F{r}", actual, fmt)
        put(ws, f"G{r}", weight)
        put(ws, f"H{r}", score)
        put(ws, f"I{r}", note, left=True)
        if note:
            ws.row_dimensions[r].height = 30
    end = first + len(rows) - 1
    total = end + 1
    merge(ws, f"A{total}:F{total}", "总分")
    put(ws, f"G{total}", f"=SUM(G{first}:G{end})+F6")
    put(ws, f"H{total}", f"=SUM(H{first}:H{end})+H6", "0.00")
    put(ws, f"I{total}", "")
    put(ws, f"A{total + 1}", "自评等级")
    merge(ws, f"B{total + 1}:I{total + 1}", "优", left=True)
    landscape(ws)
    wb.save(out)


# ---------------------------------------------------------------- build

DOCX = {"130": doc130, "131": doc131, "132": doc132, "145": doc145, "146": doc146}
XLSX = {"133": xls133, "134": xls134, "135": xls135, "147": xls147}


def _fix_zip_dates(path: Path) -> None:
    """Rewrite a zip with fixed member dates so the generated file is the same on every run."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def _core_fixed(obj) -> None:
    stamp = datetime.datetime(2024, 3, 1, 9, 0, 0)
    obj.created = obj.modified = stamp


def main(stems: list[str]) -> None:
    """Build the named stems (all when none are named), so a new form leaves the others' files as they are."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("LibreOffice (soffice) not found")
    unknown = set(stems) - set(DOCX) - set(XLSX)
    if unknown:
        sys.exit(f"no such form: {sorted(unknown)}")
    wanted = set(stems or [*DOCX, *XLSX])
    docx_made = {s: f for s, f in DOCX.items() if s in wanted}
    xlsx_made = {s: f for s, f in XLSX.items() if s in wanted}
    docs = []
    for stem, make in docx_made.items():
        out = HERE / f"{stem}.docx"
        make(out)
        d = docx.Document(out)
        _core_fixed(d.core_properties)
        d.save(out)
        _fix_zip_dates(out)
        docs.append(out)
    sheets = []
    with tempfile.TemporaryDirectory() as tmp:
        raw = []
        for stem, make in xlsx_made.items():
            out = Path(tmp) / f"{stem}.xlsx"
            make(out)
            raw.append(out)
        # openpyxl writes formulas without values: LibreOffice opens, calculates and saves them,
        # so the .xlsx carries the cached values Excel would have stored.
        calc = Path(tmp) / "calc"
        calc.mkdir()
        if raw:   # soffice given no file waits for ever
            convert_all(soffice, "xlsx", raw, calc)
        for f in raw:
            shutil.copy(calc / f.name, HERE / f.name)
            sheets.append(HERE / f.name)
    for f in sheets:
        formulas, values = openpyxl.load_workbook(f), openpyxl.load_workbook(f, data_only=True)
        for ws in formulas.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and c.value.startswith("=") and \
                            values[ws.title][c.coordinate].value is None:
                        sys.exit(f"{f.name} {ws.title}!{c.coordinate}: formula without a cached value")
    for fmt, files in (("pdf", docs + sheets), ("doc", docs), ("xls", sheets)):
        if files:
            convert_all(soffice, fmt, files, HERE)
    for stem in [*docx_made, *xlsx_made]:
        build_scan(HERE / f"{stem}.pdf", HERE / f"{stem}.scan.pdf")


if __name__ == "__main__":
    main(sys.argv[1:])
