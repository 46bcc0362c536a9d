"""Build the native-format forms 130-135, 145-147, 148-153, 154-159, 160-165 (other containers: .ofd, Word's
.htm / .mht, .rtf, page images), 166-171, 178-183 and 184-189 (table structures), 172-177 (ordinary forms in every
container) and 202-207 (file quirks: tracked changes, a text box, hidden text, fields, text amounts,
rotated pages): written directly as .docx (python-docx and raw OOXML), .xlsx (openpyxl, recalculated by LibreOffice) or a saved web page (.html printed to .pdf by Chromium headless, 148-149,
157, 171, 182 and 186), not rendered from html by LibreOffice, so the files hold what
hand-typed Word / Excel forms hold (merges, nested tables, list numbering, content controls,
tracked changes, number formats, formulas, hidden columns). Constructed, not real.

    .venv/bin/python corpus/native/make.py [STEM ...]   (from the repository root; needs LibreOffice;
                                                          only the named forms when any are named)

Derived formats: .pdf and .doc from each .docx, .pdf and .xls from each .xlsx (LibreOffice), .pdf from
each .html (Chromium), and
.scan.pdf from each .pdf (corpus/build.build_scan). Deterministic apart from what LibreOffice
writes into the derived files' metadata.
"""
from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from itertools import takewhile
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


# ---------------------------------------------------------------- fourteenth set (148-153): other producers

# Each form's data: head (project, 主管部门, 实施单位), fund (年初, 全年, 执行, 执行率, 分值, 得分, as
# displayed), rows (level1, level2, name, target, actual, weight, score, note), totals.
FORM14 = {
    "148": dict(
        title="2023年度项目支出绩效自评表", project="2023年宜昌市农村公路养护补助资金",
        dept="宜昌市交通运输局", agency="宜昌市农村公路管理局",
        fund=("1,200.00", "1,350.00", "1,323.00", "98.00%", "10", "9.80"),
        parts=[("其中：省级补助", "800.00", "850.00", "850.00"), ("市级配套", "400.00", "500.00", "473.00")],
        rows=[
            ("产出指标", "数量指标", "农村公路日常养护里程", "≥3200公里", "3286公里", "10", "10", ""),
            ("产出指标", "数量指标", "危桥改造", "≥12座", "12座", "8", "8", ""),
            ("产出指标", "数量指标", "安全生命防护工程", "≥150公里", "158.6公里", "8", "8", ""),
            ("产出指标", "数量指标", "路况巡查", "≥1200次", "1316次", "8", "8", ""),
            ("产出指标", "质量指标", "农村公路优良中等路率", "≥80%", "83.5%", "8", "8", ""),
            ("产出指标", "质量指标", "危桥改造交工验收合格率", "100%", "100%", "6", "6", ""),
            ("产出指标", "时效指标", "危桥改造完工时间", "2023年11月30日前", "2023年11月20日", "5", "5", ""),
            ("产出指标", "成本指标", "日常养护单位成本", "≤0.25万元/公里", "0.24万元/公里", "5", "5", ""),
            ("效益指标", "社会效益指标", "农村公路交通事故起数同比下降", "≥5%", "4.2%", "8", "6.72",
             "部分路段混合交通量增长较快；<br>2024年增设警示标志和减速设施。"),
            ("效益指标", "社会效益指标", "沿线群众平均出行时间缩短", "≥10%", "12%", "8", "8", ""),
            ("效益指标", "可持续影响指标", "“四好农村路”长效管护机制", "健全", "健全", "8", "8", ""),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93.6%", "8", "8", ""),
        ],
        total=("100", "98.52"), grade="优"),
    "149": dict(
        title="2023年度项目支出绩效自评表", project="2023年遵义市茶产业发展专项资金",
        dept="遵义市农业农村局", agency="遵义市茶产业发展中心",
        fund=("860.00", "900.00", "873.00", "97.00%", "10", "9.70"),
        parts=[("其中：财政拨款", "860.00", "900.00", "873.00"), ("其他资金", "0.00", "0.00", "0.00")],
        rows=[
            ("产出指标", "数量指标", "新建标准化茶园", "≥5000亩", "5260亩", "10", "10", ""),
            ("产出指标", "数量指标", "低产茶园改造", "≥8000亩", "8120亩", "8", "8", ""),
            ("产出指标", "数量指标", "茶农技术培训", "≥3000人次", "3420人次", "6", "6", ""),
            ("产出指标", "数量指标", "扶持茶叶加工企业", "≥15家", "16家", "6", "6", ""),
            ("产出指标", "质量指标", "茶园绿色防控覆盖率", "≥90%", "92.4%", "8", "8", ""),
            ("产出指标", "质量指标", "茶叶质量安全抽检合格率", "100%", "100%", "6", "6", ""),
            ("产出指标", "时效指标", "补助资金拨付及时率", "100%", "100%", "4", "4", ""),
            ("产出指标", "成本指标", "标准化茶园建设补助标准", "≤800元/亩", "800元/亩", "4", "4", ""),
            ("效益指标", "经济效益指标", "茶产业综合产值增长", "≥8%", "7.6%", "10", "9.5",
             "受春季低温影响，&nbsp;名优茶产量减少。"),
            ("效益指标", "社会效益指标", "带动茶农增收", "≥1.2万户", "1.26万户", "8", "8", ""),
            ("效益指标", "可持续影响指标", "茶园生态种植模式推广", "持续推广", "持续推广", "10", "10", ""),
            ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "94.2%", "10", "10", ""),
        ],
        total=("100", "99.20"), grade="优"),
    "150": dict(
        title="2023年度项目支出绩效自评表", project="2023年洛阳市社区老年助餐服务补助资金",
        dept="洛阳市民政局", agency="洛阳市养老服务指导中心",
        fund=("450.00", "480.00", "470.40", "98.00%", "10", "9.80"),
        parts=[("其中：当年财政拨款", "450.00", "480.00", "470.40"), ("上年结转资金", "—", "—", "—")],
        rows=[
            ("产出指标", "数量指标", "新建社区老年助餐点", "≥60个", "64个", "10", "10", ""),
            ("产出指标", "数量指标", "年度助餐服务", "≥50万人次", "56.8万人次", "10", "10", ""),
            ("产出指标", "数量指标", "助餐补贴覆盖老年人", "≥1.5万人", "1.62万人", "6", "6", ""),
            ("产出指标", "数量指标", "培训助餐服务人员", "≥300人次", "326人次", "6", "6", ""),
            ("产出指标", "质量指标", "助餐点食品安全检查合格率", "100%", "100%", "8", "8", ""),
            ("产出指标", "质量指标", "助餐点规范运营率", "≥95%", "96.9%", "6", "6", ""),
            ("产出指标", "时效指标", "助餐补贴资金拨付及时率", "100%", "100%", "4", "4", ""),
            ("产出指标", "成本指标", "每餐补贴标准", "≤3元/人次", "3元/人次", "6", "6", ""),
            ("效益指标", "社会效益指标", "老年人就餐难问题", "有效缓解", "有效缓解", "10", "10", ""),
            ("效益指标", "社会效益指标", "失能、高龄老人送餐上门", "≥2000人", "1860人", "8", "7.44",
             "部分助餐点配送人员不足，\n2024年引入第三方配送。"),
            ("效益指标", "可持续影响指标", "助餐服务长效运营机制", "基本建立", "基本建立", "6", "6", ""),
            ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥90%", "95.6%", "6", "6", ""),
            ("满意度指标", "服务对象满意度指标", "助餐点运营主体满意度", "≥85%", "91.2%", "4", "4", ""),
        ],
        total=("100", "99.24"), grade="优"),
    "151": dict(
        title="2023年度项目支出绩效自评表", project="2023年绵阳市中小学校舍安全维修改造项目",
        dept="绵阳市教育和体育局", agency="绵阳市教育技术装备中心",
        fund=("2,600.00", "2,800.00", "2,744.00", "98.00%", "10", "9.80"),
        parts=[("其中：中央补助", "1,600.00", "1,600.00", "1,600.00"), ("市级财政资金", "1,000.00", "1,200.00", "1,144.00")],
        rows=[
            ("产出指标", "数量指标", "维修改造校舍面积", "≥4.2万平方米", "4.36万平方米", "10", "10", ""),
            ("产出指标", "数量指标", "维修改造学校", "≥35所", "37所", "8", "8", ""),
            ("产出指标", "数量指标", "改造学生厕所", "≥40座", "42座", "6", "6", ""),
            ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", "8", "8", ""),
            ("产出指标", "质量指标", "消除C级危房比例", "100%", "100%", "6", "6", ""),
            ("产出指标", "时效指标", "暑期施工项目完工时间", "2023年8月25日前", "2023年8月22日", "6", "6", ""),
            ("产出指标", "成本指标", "校舍维修平均成本", "≤650元/平方米", "629元/平方米", "6", "6", ""),
            ("效益指标", "社会效益指标", "受益学生", "≥3万人", "3.12万人", "8", "8", ""),
            ("效益指标", "社会效益指标", "校舍安全事故", "0起", "0起", "8", "8", ""),
            ("效益指标", "可持续影响指标", "校舍安全年检制度", "长期执行", "长期执行", "8", "8", ""),
            ("效益指标", "可持续影响指标", "维修工程质保期内返修率", "≤2%", "2.6%", "6", "4.62",
             "两所学校屋面防水返修，\n已由施工单位在质保期内整改。"),
            ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%", "93.8%", "10", "10", ""),
        ],
        total=("100", "98.42"), grade="优"),
    "152": dict(
        title="2023年度项目支出绩效自评表", project="2023年咸阳市农村饮水安全工程维修养护项目",
        dept="咸阳市水利局", agency="咸阳市农村供水管理站",
        rows=[
            ("产出指标", "数量指标", "维修养护农村供水工程", "≥180", "处", 186, None, 10, 10, ""),
            ("产出指标", "数量指标", "更换改造老化管网", "≥95", "公里", 98.4, "0.0", 8, 8, ""),
            ("产出指标", "数量指标", "配备净化消毒设备", "≥60", "台（套）", 62, None, 6, 6, ""),
            ("产出指标", "质量指标", "水质检测合格率", "≥95", "%", 96.3, "0.0", 8, 8, ""),
            ("产出指标", "质量指标", "维修工程验收合格率", 100, "%", 100, None, 6, 6, ""),
            ("产出指标", "时效指标", "维修养护完成时间", "2023年11月30日前", None, datetime.date(2023, 11, 28), 'yyyy"年"m"月"d"日"', 4, 4, ""),
            ("产出指标", "成本指标", "单处工程平均维修成本", "≤2.5", "万元/处", 2.38, "0.00", 6, 6, ""),
            ("效益指标", "社会效益指标", "农村自来水普及率", "≥92", "%", 92.1, "0.0", 8, 8, ""),
            ("效益指标", "社会效益指标", "受益农村人口", "≥45", "万人", 46.3, "0.0", 8, 8, ""),
            ("效益指标", "社会效益指标", "规模化供水工程覆盖人口比例", "≥60", "%", 57.4, "0.0", 6, 5.74,
             "部分山区村组居住分散，\n规模化管网延伸成本高。"),
            ("效益指标", "可持续影响指标", "工程管护责任落实", "全面落实", None, "全面落实", None, 10, 10, ""),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90", "%", 94.7, "0.0", 10, 10, ""),
        ],
        money=((1500, 1680, 1638), (1000, 1000, 1000), (500, 680, 638)), grade="优"),
    "153": dict(
        title="2023年度项目支出绩效自评表", project="2023年湛江市红树林保护修复项目",
        dept="湛江市林业局", agency="湛江市红树林保护中心",
        fund=("1,800.00", "1,950.00", "1,891.50", "97.00%", "10", "9.70"),
        parts=[("其中：省级资金", "1,200.00", "1,200.00", "1,200.00"), ("市级资金", "600.00", "750.00", "691.50")],
        rows=[
            ("产出指标", "数量指标", "红树林营造面积", "≥1500亩", "1568亩", "10", "10", ""),
            ("产出指标", "数量指标", "红树林修复面积", "≥3000亩", "3125亩", "10", "10", ""),
            ("产出指标", "数量指标", "巡护", "≥2400人次", "2615人次", "6", "6", ""),
            ("产出指标", "质量指标", "新造红树林成活率", "≥85%", "87.2%", "8", "8", ""),
            ("产出指标", "质量指标", "修复工程验收合格率", "100%", "100%", "6", "6", ""),
            ("产出指标", "时效指标", "造林季任务完成时间", "2023年9月30日前", "2023年9月26日", "4", "4", ""),
            ("产出指标", "成本指标", "营造林平均成本", "≤0.45万元/亩", "0.43万元/亩", "6", "6", ""),
            ("效益指标", "生态效益指标", "红树林保有面积增长", "≥3%", "3.4%", "10", "10", ""),
            ("效益指标", "生态效益指标", "监测鸟类种数", "≥200种", "207种", "8", "8", ""),
            ("效益指标", "社会效益指标", "带动周边渔民参与管护", "≥300人", "264人", "6", "5.28",
             "部分渔民季节性外出务工"),
            ("效益指标", "可持续影响指标", "红树林保护长效机制", "健全", "健全", "6", "6", ""),
            ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "93.1%", "10", "10", ""),
        ],
        total=("100", "98.98"), grade="优"),
}
HEADS14 = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def _html_form(stem: str, ruled: bool) -> str:
    """A saved web page: <thead> of <th> (two rows, colspan / rowspan), rowspan level cells, <br> and
    &nbsp; in cells, a forced page break (CSS break-before) between the 产出 and 效益 rows, so the
    browser repeats the <thead> on page 2. Grid borders (border-collapse) or only rules under rows."""
    f = FORM14[stem]
    grid = "border:1px solid #000;" if ruled else "border:none;border-bottom:0.6pt solid #333;"
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10.5pt;margin:0}"
           "h1{text-align:center;font-size:16pt;margin:6pt 0}"
           f"table{{width:100%;border-collapse:{'collapse' if ruled else 'separate'};border-spacing:0;"
           "margin:6pt 0}"
           f"th,td{{{grid}padding:3pt 4pt;text-align:center;vertical-align:middle}}"
           "th{font-weight:bold;background:#f2f2f2}td.l{text-align:left}"
           "thead{display:table-header-group}tr{break-inside:avoid}"
           ".pb{break-before:page}.meta{margin:4pt 0}@page{size:A4;margin:15mm 12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>{f['title']}</title><style>{css}</style></head><body>",
         f"<h1>{f['title']}</h1>",
         f'<p class="meta">填报单位（盖章）：{f["agency"]}&nbsp;&nbsp;&nbsp;&nbsp;金额单位：万元</p>',
         "<table>", "<tbody>",
         f'<tr><th>项目名称</th><td class="l" colspan="7">{f["project"]}</td></tr>',
         f'<tr><th>主管部门</th><td colspan="3">{f["dept"]}</td><th colspan="2">实施单位</th>'
         f'<td colspan="2">{f["agency"]}</td></tr>',
         '<tr><th rowspan="4">项目资金<br>（万元）</th><th></th><th>年初预算数</th><th>全年预算数</th>'
         "<th>全年执行数</th><th>分值</th><th>执行率</th><th>得分</th></tr>"]
    a, b, c, rate, w, s = f["fund"]
    h.append(f'<tr><td class="l">年度资金总额</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{w}</td>'
             f"<td>{rate}</td><td>{s}</td></tr>")
    for name, x, y, z in f["parts"]:
        h.append(f'<tr><td class="l">{name}</td><td>{x}</td><td>{y}</td><td>{z}</td><td>—</td>'
                 "<td>—</td><td>—</td></tr>")
    h += ["</tbody>", "</table>"]
    h.append("<table><thead>")
    h.append('<tr><th rowspan="2">一级<br>指标</th><th rowspan="2">二级指标</th><th rowspan="2">三级指标</th>'
             '<th colspan="2">指标值</th><th rowspan="2">分值</th><th rowspan="2">得分</th>'
             '<th rowspan="2">偏差原因分析<br>及改进措施</th></tr>')
    h.append("<tr><th>年度指标值</th><th>实际完成值</th></tr></thead>")
    rows = f["rows"]
    groups: list[list[tuple]] = []
    for r in rows:
        if not groups or groups[-1][0][0] != r[0]:
            groups.append([])
        groups[-1].append(r)
    for g, group in enumerate(groups):
        h.append("<tbody>")
        for i, (l1, l2, name, target, actual, weight, score, note) in enumerate(group):
            cells = []
            if i == 0:
                cells.append(f'<td rowspan="{len(group)}">{l1}</td>')
            if i == 0 or group[i - 1][1] != l2:
                span = sum(1 for _ in takewhile(lambda r: r[1] == l2, group[i:]))
                cells.append(f'<td rowspan="{span}">{l2}</td>' if span > 1 else f"<td>{l2}</td>")
            cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>",
                      f"<td>{weight}</td>", f"<td>{score}</td>", f'<td class="l">{note or "&nbsp;"}</td>']
            brk = ' class="pb"' if i == 0 and l1 == "效益指标" else ""
            h.append(f"<tr{brk}>{''.join(cells)}</tr>")
        h.append("</tbody>")
    t, s = f["total"]
    h += ['<tbody><tr><th colspan="5">总分</th>', f"<td>{t}</td><td>{s}</td><td>&nbsp;</td></tr>",
          f'<tr><th colspan="2">自评等级</th><td class="l" colspan="6">{f["grade"]}</td></tr></tbody>',
          "</table>", f"<p class=\"meta\">填表人：{'罗某某' if ruled else '杨某某'}&nbsp;&nbsp;"
          f"填报日期：2024年3月{'12' if ruled else '15'}日</p>", "</body></html>"]
    return "\n".join(h) + "\n"


def html148(out: Path) -> None:
    out.write_text(_html_form("148", ruled=True), encoding="utf-8")


def html149(out: Path) -> None:
    out.write_text(_html_form("149", ruled=False), encoding="utf-8")


def print_html(chromium: str, html: Path, pdf: Path) -> None:
    """Print a saved web page to PDF as a browser does (Chromium headless, no header or footer)."""
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf-no-header", f"--print-to-pdf={pdf}", html.resolve().as_uri()],
                   check=True, capture_output=True, timeout=120)


def _tcpr(cell, tag: str, **attrs) -> None:
    cell._tc.get_or_add_tcPr().append(_el(tag, **attrs))


def vertical(cell, mode: str) -> None:
    """Vertical text in a cell (w:textDirection btLr: read bottom to top; tbRlV: CJK stacked top down)."""
    _tcpr(cell, "w:textDirection", **{"w:val": mode})


def diagonal(cell, top: str, bottom: str) -> None:
    """A 斜线表头: a diagonal border (w:tl2br) with one word above right and one below left."""
    b = _el("w:tcBorders")
    b.append(_el("w:tl2br", **{"w:val": "single", "w:sz": 4, "w:space": 0, "w:color": "000000"}))
    cell._tc.get_or_add_tcPr().append(b)
    fill(cell, f"{top}\n\n{bottom}")
    cell.paragraphs[0].alignment = 2
    cell.paragraphs[1].alignment = 0


def distribute(cell) -> None:
    """Distributed alignment (w:jc distribute): the characters spread over the cell width."""
    for p in cell.paragraphs:
        p._p.get_or_add_pPr().append(_el("w:jc", **{"w:val": "distribute"}))


def exact_height(row, cm: float) -> None:
    row._tr.get_or_add_trPr().append(_el("w:trHeight", **{"w:val": int(Cm(cm).twips), "w:hRule": "exact"}))


def _fund_table(d, f: dict, corner: bool):
    """The fund block: a grid table whose top-left cell is a diagonal-split header when corner is set."""
    t = grid_table(d, 6, 7, [3.6, 2.4, 2.4, 2.4, 1.6, 2.0, 1.6], "Table Grid")
    fill(t.cell(0, 0), "项目名称")
    fill(t.cell(0, 1).merge(t.cell(0, 6)), f["project"])
    fill(t.cell(1, 0), "主管部门")
    fill(t.cell(1, 1).merge(t.cell(1, 2)), f["dept"])
    fill(t.cell(1, 3), "实施单位")
    fill(t.cell(1, 4).merge(t.cell(1, 6)), f["agency"])
    a, b, c, rate, w, s = f["fund"]
    body = [["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [a, b, c, w, rate, s]] + [[x, y, z, "—", "—", "—"] for _n, x, y, z in f["parts"]]
    labels = ["", "年度资金总额（万元）"] + [n for n, *_ in f["parts"]]
    for r, (label, row) in enumerate(zip(labels, body), start=2):
        fill(t.cell(r, 0), label)
        for k, text in enumerate(row, start=1):
            fill(t.cell(r, k), text)
    if corner:
        diagonal(t.cell(2, 0), "项目", "指标")
        exact_height(t.rows[2], 1.2)
    for k in range(1, 7):
        distribute(t.cell(2, k))
    for k in (0,):
        distribute(t.cell(0, k))
        distribute(t.cell(1, k))
    return t


def _indicator_table(d, rows: list[tuple], mode: str, widths: list[float]):
    """Indicator table with the level-1 cells vMerged and written vertically; header in distributed
    alignment at an exact height; body rows at an exact height tall enough for two lines."""
    n = len(rows)
    t = grid_table(d, n + 2, 8, widths, "Table Grid")
    for c, text in enumerate(HEADS14):
        fill(t.cell(0, c), text)
        distribute(t.cell(0, c))
    exact_height(t.rows[0], 1.1)
    repeat_header(t.rows[0])
    indicator_rows(t, 1, rows, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                "score": 6, "note": 7})
    # exact heights: two lines where a note is, and a short level-1 run tall enough for its vertical words
    heights = [1.3 if r[7] else 0.9 for r in rows]
    for word in dict.fromkeys(r[0] for r in rows):
        run = [i for i, r in enumerate(rows) if r[0] == word]
        need = 0.5 * len(word) + 0.4
        if sum(heights[i] for i in run) < need:
            for i in run:
                heights[i] = round(need / len(run), 2)
        vertical(t.cell(run[0] + 1, 0), mode)
    for i, h in enumerate(heights, start=1):
        exact_height(t.rows[i], h)
    return t


def _closing(d, t, n: int, f: dict, who: str) -> None:
    total, score = f["total"]
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    fill(t.cell(n + 1, 5), total)
    fill(t.cell(n + 1, 6), score)
    para(d, "")
    para(d, f"自评等级：{f['grade']}")
    para(d, f"填报单位（盖章）：{f['agency']}　　{who}")


def doc150(out: Path) -> None:
    """Portrait section (title, fund block with a diagonal corner, goals), then a landscape section for
    the indicator table: level-1 cells btLr, header cells distributed, exact row heights."""
    f = FORM14["150"]
    d = new_document()
    para(d, f["title"], 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _fund_table(d, f, corner=True)
    para(d, "")
    para(d, "年度总体目标：新建社区老年助餐点60个以上，全年提供助餐服务50万人次以上，为失能、高龄老人送餐上门"
            "2000人以上，缓解老年人就餐难问题。")
    para(d, "实际完成情况：新建社区老年助餐点64个，全年助餐服务56.8万人次，送餐上门1860人。")
    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    para(d, "绩效指标完成情况", 12, True, True)
    rows = f["rows"]
    t = _indicator_table(d, rows, "btLr", [1.2, 2.6, 5.4, 3.0, 3.0, 1.4, 1.8, 6.2])
    _closing(d, t, len(rows), f, "填报人：郭某某　　联系电话：0379-6321××××　　填报日期：2024年3月8日")
    d.save(out)


def doc151(out: Path) -> None:
    """All landscape: fund block with a diagonal corner and distributed header cells, the indicator
    table with level-1 cells in stacked CJK vertical text (tbRlV) at exact row heights."""
    f = FORM14["151"]
    d = new_document(landscape=True)
    para(d, f["title"], 16, True, True)
    _fund_table(d, f, corner=True)
    para(d, "")
    rows = f["rows"]
    t = _indicator_table(d, rows, "tbRlV", [1.2, 2.8, 5.2, 3.2, 3.0, 1.4, 1.8, 6.0])
    _closing(d, t, len(rows), f, "填报人：何某某　　联系电话：0816-2253××××　　填报日期：2024年3月20日")
    d.save(out)


def xls152(out: Path) -> None:
    """A print setup: landscape, fit to one page wide (wide columns, so the printed text is small),
    header rows 5:6 as print titles, gridlines not printed, borders only on the table's own cells (the
    title block and the footer lines unboxed, the fund block boxed, the indicator rows ruled under only)."""
    f = FORM14["152"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHI", (14, 20, 38, 22, 12, 18, 10, 10, 40)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:I1", f["title"], 18)
    ws["A2"] = f"项目名称：{f['project']}"
    ws["A3"] = f"主管部门：{f['dept']}"
    ws["F3"] = f"实施单位：{f['agency']}"
    ws["H2"] = "金额单位：万元"
    under = Border(bottom=THIN)
    (ai, bi, ei), *parts = f["money"]
    put(ws, "A4", "资金情况")
    for col, text in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}4", text)
    # the fund block below the indicators' print titles would repeat them, so it sits on rows 4..7
    # and the titles are the indicator header rows further down
    put(ws, "B5", "年度资金总额")
    for col in "CDE":
        put(ws, f"{col}5", f"=SUM({col}6:{col}7)", MONEY)
    put(ws, "F5", 10)
    put(ws, "G5", "=E5/D5", PCT2)
    put(ws, "H5", "=ROUND(F5*G5,2)", "0.00")
    for r, (label, vals) in zip((6, 7), (("其中：中央补助", parts[0]), ("市县配套", parts[1]))):
        put(ws, f"B{r}", label, left=True)
        for col, v in zip("CDE", vals):
            put(ws, f"{col}{r}", v, MONEY)
        for col in "FGH":
            put(ws, f"{col}{r}", "—")
    ws.merge_cells("A4:A7")
    head = 9
    for col, text in zip("ABCDEFGHI", ("一级指标", "二级指标", "三级指标", "指标值", "度量单位", "实际完成值",
                                        "分值", "得分", "偏差原因分析及改进措施")):
        put(ws, f"{col}{head}", text)
        ws[f"{col}{head}"].font = Font(name="宋体", size=11, bold=True)
    ws.print_title_rows = f"{head}:{head}"
    rows = f["rows"]
    first = head + 1
    for i, (l1, l2, name, target, unit, actual, fmt, weight, score, note) in enumerate(rows):
        r = first + i
        show = i == 0 or rows[i - 1][0] != l1
        for col, val, kw in (("A", l1 if show else None, {}), ("B", l2 if i == 0 or rows[i - 1][1] != l2 else None, {}),
                             ("C", name, {"left": True}), ("D", target, {}), ("E", unit, {}),
                             ("F", actual, {"fmt": fmt}), ("G", weight, {}), ("H", score, {}),
                             ("I", note, {"left": True})):
            c = put(ws, f"{col}{r}", val, **kw)
            c.border = under
        ws.row_dimensions[r].height = 75
    end = first + len(rows) - 1
    total = end + 1
    put(ws, f"A{total}", "总分")
    put(ws, f"G{total}", f"=SUM(G{first}:G{end})+F5")
    put(ws, f"H{total}", f"=SUM(H{first}:H{end})+H5", "0.00")
    put(ws, f"A{total + 1}", "自评等级")
    put(ws, f"B{total + 1}", f["grade"], left=True)
    ws[f"A{total + 3}"] = "填报人：魏某某　　联系电话：029-3321××××　　填报日期：2024年3月11日"
    landscape(ws)
    ws.print_options.gridLines = False
    wb.save(out)


def _tab_line(d, cells: list[str], tabs_cm: list[float], gap: str = "\t"):
    """A line of an indicator table typed with tabs (and, where the typist used them, spaces)."""
    p = d.add_paragraph()
    stops = p.paragraph_format.tab_stops
    for cm in tabs_cm:
        stops.add_tab_stop(Cm(cm))
    p.add_run(gap.join(cells))
    return p


def doc153(out: Path) -> None:
    """The 产出 rows in a real Word table; the table 'ran out', so the 效益 / 满意度 rows are typed
    below it as tab-separated lines (a header line, the level words only where they change, one line
    typed with spaces instead of the first tab); the fund block a real table."""
    f = FORM14["153"]
    d = new_document(landscape=True)
    para(d, f["title"], 16, True, True)
    _fund_table(d, f, corner=False)
    para(d, "")
    para(d, "绩效指标完成情况：", bold=True)
    rows = f["rows"]
    made = [r for r in rows if r[0] == "产出指标"]
    typed = [r for r in rows if r[0] != "产出指标"]
    n = len(made)
    t = grid_table(d, n + 1, 8, [2.0, 2.4, 4.6, 3.0, 3.0, 1.4, 1.4, 7.0], "Table Grid")
    for c, text in enumerate(HEADS14):
        fill(t.cell(0, c), text)
    indicator_rows(t, 1, made, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                "score": 6, "note": 7})
    stops = [2.2, 5.0, 10.0, 13.2, 16.4, 18.0, 19.6]
    _tab_line(d, HEADS14, stops)
    for i, (l1, l2, name, target, actual, weight, score, note) in enumerate(typed):
        a = l1 if i == 0 or typed[i - 1][0] != l1 else ""
        b = l2 if i == 0 or typed[i - 1][1] != l2 or a else ""
        cells = [a, b, name, target, actual, weight, score, note]
        if name == "监测鸟类种数":   # typed with spaces after the name, as people do
            line = "\t".join(cells[:3]) + "    " + "\t".join(cells[3:])
            _tab_line(d, [line], stops)
        else:
            _tab_line(d, cells, stops)
    total, score = f["total"]
    _tab_line(d, ["总分", "", "", "", "", total, score, ""], stops)
    para(d, "")
    para(d, f"自评等级：{f['grade']}")
    para(d, f"填报单位（盖章）：{f['agency']}　　填报人：陈某某　　联系电话：0759-3382××××")
    para(d, "填报日期：2024年3月14日")
    d.save(out)


# ---------------------------------------------------------------- fifteenth set (154-159): ordinary forms

# Rows: (level1, level2, name, target, actual, weight, score, note), as typed.
ROWS154 = [
    ("产出指标", "数量指标", "非遗代表性传承人传习补助", "≥120人", "126人", "8", "8", ""),
    ("产出指标", "数量指标", "非遗项目记录整理", "≥15项", "16项", "8", "8", ""),
    ("产出指标", "数量指标", "非遗展演展示活动", "≥40场", "46场", "6", "6", ""),
    ("产出指标", "数量指标", "非遗进校园、进社区活动", "≥60场次", "56场次", "6", "5.6",
     "部分学校活动因场地调整延至2024年春季学期。"),
    ("产出指标", "质量指标", "传承人年度考核合格率", "≥95%", "97.6%", "8", "8", ""),
    ("产出指标", "时效指标", "传习补助发放时间", "2023年10月底前", "2023年10月25日", "4", "4", ""),
    ("产出指标", "成本指标", "传承人传习补助标准", "≤0.8万元/人", "0.8万元/人", "6", "6", ""),
    ("效益指标", "社会效益指标", "非遗活动受众", "≥15万人次", "17.2万人次", "10", "10", ""),
    ("效益指标", "社会效益指标", "新增非遗传承学徒", "≥200人", "236人", "8", "8", ""),
    ("效益指标", "可持续影响指标", "非遗保护传承体系", "逐步完善", "逐步完善", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%", "95.8%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%", "93.4%", "10", "10", ""),
]


def doc154(out: Path) -> None:
    """Suzhou: a typed Word form, one grid table for the head and fund, a second for the indicators
    (header repeated), level cells merged, names with Word's list numbers, a two-paragraph goal cell."""
    d = new_document()
    para(d, "附件3", 12)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    t = grid_table(d, 8, 8, [2.4, 2.8, 2.0, 2.0, 2.0, 1.2, 1.6, 1.4], "Table Grid")
    fill(t.cell(0, 0), "项目名称")
    fill(t.cell(0, 1).merge(t.cell(0, 7)), "2023年苏州市非物质文化遗产保护传承专项资金")
    fill(t.cell(1, 0), "主管部门")
    fill(t.cell(1, 1).merge(t.cell(1, 3)), "苏州市文化广电和旅游局")
    fill(t.cell(1, 4), "实施单位")
    fill(t.cell(1, 5).merge(t.cell(1, 7)), "苏州市非物质文化遗产保护中心")
    t.cell(2, 0).merge(t.cell(5, 0))
    fill(t.cell(2, 0), "项目资金\n（万元）")
    for r, row in enumerate([["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                             ["年度资金总额", "300.00", "320.00", "313.60", "10", "98.00%", "9.80"],
                             ["其中：财政拨款", "300.00", "320.00", "313.60", "—", "—", "—"],
                             ["其他资金", "", "", "", "—", "—", "—"]], start=2):
        for c, text in enumerate(row, start=1):
            fill(t.cell(r, c), text)
    fill(t.cell(6, 0), "年度总体目标")
    fill(t.cell(6, 1).merge(t.cell(6, 7)),
         "支持非遗代表性传承人开展传习活动，完成非遗项目记录整理15项以上，举办非遗展演展示活动40场以上，"
         "\n\n推动非遗进校园、进社区，提升非遗保护传承水平。")
    fill(t.cell(7, 0), "实际完成情况")
    fill(t.cell(7, 1).merge(t.cell(7, 7)),
         "发放126名传承人传习补助，完成16个非遗项目记录整理，举办展演展示活动46场、进校园进社区活动56场次，"
         "惠及群众17.2万人次。")
    para(d, "")
    n = len(ROWS154)
    it = grid_table(d, n + 2, 8, [1.6, 1.9, 3.6, 2.2, 2.2, 1.1, 1.1, 2.9], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(it.cell(0, c), text)
    repeat_header(it.rows[0])
    indicator_rows(it, 1, ROWS154, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                     "score": 6, "note": 7}, numbered=True)
    fill(it.cell(n + 1, 0).merge(it.cell(n + 1, 4)), "总分")
    fill(it.cell(n + 1, 5), "100")
    fill(it.cell(n + 1, 6), "99.40")
    para(d, "")
    para(d, "自评等级：优")
    para(d, "填报人：顾某某　　联系电话：0512-6522××××　　填报日期：2024年3月8日")
    d.save(out)


ROWS155 = [
    ("产出", "数量指标", "新建全民健身路径", "≥40条", "42条", "8", "8", ""),
    ("产出", "数量指标", "更新社区健身器材", "≥600件", "615件", "6", "6", ""),
    ("产出", "数量指标", "举办全民健身赛事活动", "20场以上", "24场", "8", "8", ""),
    ("产出", "数量指标", "全民健身活动参与人次", "≥10万人次", "11.3万人次", "8", "8", ""),
    ("产出", "数量指标", "培训社会体育指导员", "≥500人次", "468人次", "6", "5.62",
     "下半年部分培训班与赛事时间冲突，\n改为2024年一季度举办。"),
    ("产出", "质量指标", "健身器材安装验收合格率", "100%", "100%", "8", "8", ""),
    ("产出", "时效指标", "健身路径建成时间", "2023年11月30日前", "2023年11月28日", "4", "4", ""),
    ("产出", "成本指标", "每条健身路径建设成本", "≤8万元", "7.6万元", "6", "6", ""),
    ("效益", "社会效益指标", "经常参加体育锻炼人数比例", "≥42%", "43.5%", "10", "10", ""),
    ("效益", "社会效益指标", "人均体育场地面积", "≥2.6平方米", "2.68平方米", "8", "8", ""),
    ("效益", "可持续影响指标", "健身设施管护机制", "长效运行", "长效运行", "8", "8", ""),
    ("满意度", "服务对象满意度指标", "健身群众满意度", "≥90%", "94.7%", "10", "10", ""),
]


def doc155(out: Path) -> None:
    """Zhuzhou (Hunan): the head as label lines, a fund table with a 资金来源 column and 执行率 before 分值,
    a goal table of 预期目标 / 实际完成情况 side by side, and an indicator table with a two-row header
    (指标值 over 年度指标值 / 全年实际值), level 1 written short (产出 / 效益 / 满意度)."""
    d = new_document()
    para(d, "株洲市项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    para(d, "项目名称：2023年株洲市全民健身设施建设及赛事活动经费")
    para(d, "主管部门：株洲市体育局　　　　实施单位：株洲市全民健身服务中心")
    para(d, "一、资金投入情况（单位：万元）", bold=True)
    ft = grid_table(d, 4, 7, [3.2, 2.2, 2.2, 2.2, 1.8, 1.4, 1.4], "Table Grid")
    for r, row in enumerate([["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
                             ["合计", "450.00", "500.00", "485.00", "97.00%", "10", "9.7"],
                             ["财政拨款", "450.00", "500.00", "485.00", "97.00%", "/", "/"],
                             ["其他资金", "0.00", "0.00", "0.00", "/", "/", "/"]]):
        for c, text in enumerate(row):
            fill(ft.cell(r, c), text)
    para(d, "二、年度总体目标完成情况", bold=True)
    gt = grid_table(d, 2, 2, [7.2, 7.2], "Table Grid")
    fill(gt.cell(0, 0), "预期目标")
    fill(gt.cell(0, 1), "实际完成情况")
    fill(gt.cell(1, 0), "新建全民健身路径40条以上，更新社区健身器材600件以上，举办全民健身赛事活动20场以上，"
                        "培训社会体育指导员500人次。")
    fill(gt.cell(1, 1), "新建全民健身路径42条，更新健身器材615件，举办赛事活动24场，参与群众11.3万人次；"
                        "培训社会体育指导员468人次。")
    para(d, "三、绩效指标完成情况", bold=True)
    n = len(ROWS155)
    it = grid_table(d, n + 3, 8, [1.2, 2.0, 3.6, 2.3, 2.3, 1.1, 1.1, 2.8], "Table Grid")
    for c, text in enumerate(["一级\n指标", "二级指标", "三级指标", "", "", "分值", "得分", "未完成原因分析"]):
        if c not in (3, 4):
            it.cell(0, c).merge(it.cell(1, c))
            fill(it.cell(0, c), text)
    fill(it.cell(0, 3).merge(it.cell(0, 4)), "指标值")
    fill(it.cell(1, 3), "年度指标值")
    fill(it.cell(1, 4), "全年实际值")
    indicator_rows(it, 2, ROWS155, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                     "score": 6, "note": 7})
    fill(it.cell(n + 2, 0).merge(it.cell(n + 2, 4)), "合计")
    fill(it.cell(n + 2, 5), "100")
    fill(it.cell(n + 2, 6), "99.32")
    fill(it.cell(n + 2, 7), "")
    para(d, "")
    para(d, "自评结论：优　　　　　　项目负责人：谭某某　　　　填报日期：2024年3月15日")
    d.save(out)


def xls156(out: Path) -> None:
    """Ganzhou (Jiangxi): filled in Excel; a title and 填报单位 line, merged head, fund amounts as numbers
    with =SUM, 执行率 and =ROUND formulas, merged level cells; most actuals typed as text, three as numbers
    with percent formats and one a date shown yyyy年m月."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for col, w in zip("ABCDEFGH", (10, 14, 26, 14, 14, 8, 8, 24)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws.row_dimensions[1].height = 24
    ws["A2"] = "（2023年度）"
    ws.merge_cells("A2:H2")
    ws["A2"].alignment = Alignment(horizontal="center")
    ws["A3"] = "填报单位：赣州市果业发展中心"
    ws["F3"] = "单位：万元"
    put(ws, "A4", "项目名称")
    merge(ws, "B4:H4", "2023年赣州市柑橘黄龙病防控专项资金", left=True)
    put(ws, "A5", "主管部门")
    merge(ws, "B5:C5", "赣州市农业农村局", left=True)
    put(ws, "D5", "实施单位")
    merge(ws, "E5:H5", "赣州市果业发展中心", left=True)
    merge(ws, "A6:A9", "项目资金\n（万元）")
    for col, text in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}6", text)
    put(ws, "B7", "年度资金总额")
    put(ws, "B8", "其中：中央财政资金", left=True)
    put(ws, "B9", "市县财政资金", left=True)
    for col in "CDE":
        put(ws, f"{col}7", f"=SUM({col}8:{col}9)", MONEY)
    for r, vals in ((8, (800, 860, 860)), (9, (400, 420, 394.4))):
        for col, v in zip("CDE", vals):
            put(ws, f"{col}{r}", v, MONEY)
        for col in "FGH":
            put(ws, f"{col}{r}", "—")
    put(ws, "F7", 10)
    put(ws, "G7", "=E7/D7", PCT2)
    put(ws, "H7", "=ROUND(F7*G7,2)", "0.00")
    put(ws, "A10", "年度总体目标")
    merge(ws, "B10:H10", "清除黄龙病病树12万株以上，开展柑橘木虱统防统治85万亩以上，繁育无病苗木300万株以上，"
                         "\n有效控制黄龙病蔓延，稳定脐橙产业发展。", left=True)
    ws.row_dimensions[10].height = 36
    for col, text in zip("ABCDEFGH", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                       "得分", "偏差原因分析及改进措施")):
        put(ws, f"{col}11", text)
    rows = [
        ("产出指标", "数量指标", "黄龙病病树清除", "≥12万株", "12.6万株", None, 8, 8, ""),
        ("产出指标", "数量指标", "柑橘木虱统防统治面积", "≥85万亩", "88.4万亩", None, 8, 8, ""),
        ("产出指标", "数量指标", "无病苗木繁育", "≥300万株", "316万株", None, 6, 6, ""),
        ("产出指标", "数量指标", "果农技术培训", "≥5000人次", "5360人次", None, 6, 6, ""),
        ("产出指标", "质量指标", "病树清除核查合格率", "≥98%", 0.985, PCT1, 6, 6, ""),
        ("产出指标", "质量指标", "无病苗木检测合格率", "100%", 1, PCT0, 6, 6, ""),
        ("产出指标", "时效指标", "冬季清园完成时间", "2023年12月31日前", datetime.date(2023, 12, 22), MONTH, 4, 4, ""),
        ("产出指标", "成本指标", "木虱统防统治亩均补助", "≤30元/亩", "28元/亩", None, 6, 6, ""),
        ("效益指标", "经济效益指标", "脐橙产量", "≥150万吨", "146.3万吨", None, 8, 7.8,
         "受夏秋季持续干旱影响，\n单产略有下降。"),
        ("效益指标", "社会效益指标", "带动果农增收", "≥2.5万户", "2.62万户", None, 8, 8, ""),
        ("效益指标", "生态效益指标", "化学农药使用量同比下降", "≥5%", "6.2%", None, 6, 6, ""),
        ("效益指标", "可持续影响指标", "黄龙病联防联控机制", "持续有效", "持续有效", None, 8, 8, ""),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", 0.928, PCT1, 10, 10, ""),
    ]
    first = 12
    levels(ws, "A", "B", first, rows)
    for i, (_a, _b, name, target, actual, fmt, weight, score, note) in enumerate(rows):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", actual, fmt)
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score)
        put(ws, f"H{r}", note, left=True)
        if note:
            ws.row_dimensions[r].height = 30
    end = first + len(rows) - 1
    total = end + 1
    merge(ws, f"A{total}:E{total}", "总分")
    put(ws, f"F{total}", f"=SUM(F{first}:F{end})+F7")
    put(ws, f"G{total}", f"=SUM(G{first}:G{end})+H7", "0.00")
    put(ws, f"H{total}", "")
    put(ws, f"A{total + 1}", "自评等级")
    merge(ws, f"B{total + 1}:H{total + 1}", "优", left=True)
    ws[f"A{total + 3}"] = "填表人：钟某某　　联系电话：0797-8123××××　　填报日期：2024年3月20日"
    landscape(ws)
    wb.save(out)


ROWS157 = [
    ("产出指标", "数量指标", "图书馆年度开放时间", "≥3000小时", "3126小时", "8", "8", ""),
    ("产出指标", "数量指标", "新增馆藏图书", "≥5万册", "5.3万册", "8", "8", ""),
    ("产出指标", "数量指标", "举办读者活动", "≥300场", "328场", "6", "6", ""),
    ("产出指标", "数量指标", "数字资源访问量", "≥120万次", "131.5万次", "6", "6", ""),
    ("产出指标", "质量指标", "图书借阅服务差错率", "≤0.5%", "0.3%", "6", "6", ""),
    ("产出指标", "质量指标", "新增图书编目加工合格率", "≥98%", "99.2%", "6", "6", ""),
    ("产出指标", "时效指标", "免费开放补助资金到位及时率", "100%", "100%", "4", "4", ""),
    ("产出指标", "成本指标", "场馆免费开放运行成本", "≤260万元", "254.8万元", "6", "6", ""),
    ("效益指标", "社会效益指标", "年度到馆读者", "≥150万人次", "142.6万人次", "10", "9.51",
     "上半年主馆局部改造闭馆一个月，<br>到馆人次减少。"),
    ("效益指标", "社会效益指标", "青少年阅读推广覆盖学校", "≥80所", "86所", "8", "8", ""),
    ("效益指标", "社会效益指标", "线上服务注册用户", "≥20万人", "23.4万人", "4", "4", ""),
    ("效益指标", "可持续影响指标", "图书馆总分馆服务体系", "不断完善", "不断完善", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "96.1%", "10", "10", ""),
]


def html157(out: Path) -> None:
    """Changchun: a form as a government site publishes it, ONE table (caption, head rows, the fund block,
    the indicator header and rows, rowspan level cells), a grid in CSS, <br> and &nbsp; in cells."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt;color:#222}"
           ".article{width:760px;margin:0 auto}h2{text-align:center;font-size:15pt}"
           ".info{text-align:center;color:#666;font-size:9pt}"
           "table.form{width:100%;border-collapse:collapse}"
           "table.form td{border:1px solid #444;padding:4px 5px;text-align:center;vertical-align:middle}"
           "table.form caption{font-weight:bold;padding:4px}td.t{font-weight:bold;background:#eef3f8}"
           "td.l{text-align:left}@page{size:A4;margin:14mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         "<title>2023年度公共图书馆免费开放项目支出绩效自评表_长春市文化广电和旅游局</title>",
         f"<style>{css}</style></head><body><div class=\"article\">",
         "<h2>2023年度公共图书馆免费开放项目支出绩效自评表</h2>",
         '<p class="info">发布时间：2024-04-18&nbsp;&nbsp;来源：长春市文化广电和旅游局</p>',
         '<table class="form"><caption>项目支出绩效自评表（2023年度）</caption>',
         '<tr><td class="t" colspan="2">项目名称</td><td class="l" colspan="7">2023年长春市公共图书馆免费开放补助资金</td></tr>',
         '<tr><td class="t" colspan="2">主管部门</td><td colspan="2">长春市文化广电和旅游局</td>'
         '<td class="t">实施单位</td><td colspan="4">长春市图书馆</td></tr>',
         '<tr><td class="t" colspan="2" rowspan="4">项目资金<br>（万元）</td><td>&nbsp;</td><td>年初预算数</td>'
         "<td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>"]
    for label, a, b, c, w, rate, s in (("年度资金总额", "260.00", "260.00", "254.80", "10", "98.00%", "9.80"),
                                       ("其中：中央补助资金", "120.00", "120.00", "120.00", "—", "—", "—"),
                                       ("市级财政资金", "140.00", "140.00", "134.80", "—", "—", "—")):
        h.append(f'<tr><td class="l">{label}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{w}</td>'
                 f"<td>{rate}</td><td>{s}</td></tr>")
    h.append('<tr><td class="t" colspan="2">年度总体目标</td><td class="l" colspan="7">保障市图书馆全年免费开放，'
             "年开放时间3000小时以上，新增馆藏图书5万册以上，举办读者活动300场以上，<br>"
             "提升公共文化服务效能。</td></tr>")
    h.append('<tr><td class="t" rowspan="%d">绩<br>效<br>指<br>标</td><td class="t">一级指标</td>'
             '<td class="t">二级指标</td><td class="t">三级指标</td><td class="t">年度指标值</td>'
             '<td class="t">实际完成值</td><td class="t">分值</td><td class="t">得分</td>'
             '<td class="t">偏差原因分析及改进措施</td></tr>' % (len(ROWS157) + 1))
    for i, (l1, l2, name, target, actual, weight, score, note) in enumerate(ROWS157):
        cells = []
        if i == 0 or ROWS157[i - 1][0] != l1:
            span = sum(1 for _ in takewhile(lambda r: r[0] == l1, ROWS157[i:]))
            cells.append(f'<td rowspan="{span}">{l1}</td>')
        if i == 0 or ROWS157[i - 1][1] != l2 or ROWS157[i - 1][0] != l1:
            span = sum(1 for _ in takewhile(lambda r: r[1] == l2, ROWS157[i:]))
            cells.append(f'<td rowspan="{span}">{l2}</td>' if span > 1 else f"<td>{l2}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>",
                  f"<td>{weight}</td>", f"<td>{score}</td>", f'<td class="l">{note or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h.append('<tr><td class="t" colspan="6">总分</td><td>100</td><td>99.31</td><td>&nbsp;</td></tr>')
    h.append('<tr><td class="t" colspan="2">自评等级</td><td class="l" colspan="7">优</td></tr>')
    h += ["</table>", '<p class="info">填报人：于某某&nbsp;&nbsp;联系电话：0431-8896××××&nbsp;&nbsp;'
          "填报日期：2024年3月22日</p>", "</div></body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


ROWS158 = [
    ("产出指标", "数量指标", "新增城市绿地面积", "≥45公顷", "48.6公顷", "8", "8", ""),
    ("产出指标", "数量指标", "公园游园建设", "≥12个", "12个", "6", "6", ""),
    ("产出指标", "数量指标", "城市绿道建设", "≥20公里", "21.5公里", "6", "6", ""),
    ("产出指标", "数量指标", "行道树补植", "≥3000株", "3280株", "4", "4", ""),
    ("产出指标", "质量指标", "新植苗木成活率", "≥95%", "96.8%", "8", "8", ""),
    ("产出指标", "质量指标", "园林绿化工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "年度重点项目完工率", "≥90%", "85%", "6", "5.67",
     "两处公园受征地拆迁影响开工较晚，2024年5月前完工。"),
    ("产出指标", "成本指标", "一般性支出压减比例", "≥10%", "10.5%", "6", "6", ""),
    ("效益指标", "社会效益指标", "建成区绿化覆盖率", "≥42%", "42.6%", "10", "10", ""),
    ("效益指标", "社会效益指标", "公园年接待游客", "≥800万人次", "865万人次", "6", "6", ""),
    ("效益指标", "生态效益指标", "城市人均公园绿地面积", "≥14.5平方米", "14.8平方米", "8", "8", ""),
    ("效益指标", "可持续影响指标", "园林绿化养护管理机制", "健全完善", "健全完善", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "93.2%", "10", "10", ""),
]


def _cell_border(cell, **sides) -> None:
    """Borders set on one cell (as a template's cell formatting travels with a pasted table)."""
    b = _el("w:tcBorders")
    for side, kind in sides.items():
        b.append(_el(f"w:{side}", **({"w:val": "nil"} if kind == "nil" else
                                       {"w:val": "single", "w:sz": 8, "w:space": 0, "w:color": "000000"})))
    cell._tc.get_or_add_tcPr().append(b)


def doc158(out: Path) -> None:
    """Handan (Hebei) 部门整体: a form copied between templates: the fund table keeps its inside lines but
    lost its outer left / right borders and the line between the label and the figures; the indicator
    table has only horizontal rules (top, bottom, under every row), no vertical lines."""
    d = new_document()
    para(d, "部门整体支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    para(d, "部门（单位）名称：邯郸市园林绿化管理局　　　　　　　　　　　金额单位：万元")
    ft = grid_table(d, 4, 7, [3.4, 2.3, 2.3, 2.3, 1.5, 1.8, 1.5])
    borders(ft, {"top": "single", "bottom": "single", "insideH": "single", "insideV": "single"})
    for r, row in enumerate([["年度预算执行情况", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                             ["年度资金总额", "5,860.00", "6,120.00", "5,936.40", "10", "97.00%", "9.70"],
                             ["其中：基本支出", "2,860.00", "2,920.00", "2,920.00", "—", "—", "—"],
                             ["　　　项目支出", "3,000.00", "3,200.00", "3,016.40", "—", "—", "—"]]):
        for c, text in enumerate(row):
            fill(ft.cell(r, c), text)
        _cell_border(ft.cell(r, 0), right="nil")
        _cell_border(ft.cell(r, 1), left="nil")
    para(d, "")
    para(d, "年度总体目标完成情况：全年新增城市绿地48.6公顷，建成公园游园12个、城市绿道21.5公里，"
            "补植行道树3280株，建成区绿化覆盖率达到42.6%。")
    para(d, "")
    n = len(ROWS158)
    it = grid_table(d, n + 2, 8, [1.6, 2.0, 3.6, 2.2, 2.2, 1.1, 1.1, 2.8])
    borders(it, {"top": "single", "bottom": "single", "insideH": "single"})
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(it.cell(0, c), text)
    repeat_header(it.rows[0])
    indicator_rows(it, 1, ROWS158, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                     "score": 6, "note": 7})
    fill(it.cell(n + 1, 0).merge(it.cell(n + 1, 4)), "总分")
    fill(it.cell(n + 1, 5), "100")
    fill(it.cell(n + 1, 6), "99.37")
    para(d, "")
    para(d, "自评等级：优")
    para(d, "部门负责人：韩某某　　　　填表人：李某某　　　　填报日期：2024年3月13日")
    d.save(out)


def xls159(out: Path) -> None:
    """Tianshui (Gansu): exported from a finance system: a title block of label cells above, then flat
    tables with no merges, every indicator row repeating the project and its levels, amounts and actuals
    as numbers (#,##0.00 / General), 指标值 / 度量单位 / 实际完成值 columns."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效自评"
    for col, w in zip("ABCDEFGHIJK", (30, 12, 14, 22, 16, 10, 12, 8, 8, 22, 4)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "项目支出绩效自评表"
    ws["A1"].font = Font(name="宋体", size=14, bold=True)
    for r, (k, v) in enumerate((("预算年度", "2023"), ("单位名称", "天水市教育局"),
                                ("项目名称", "2023年天水市中小学教师培训专项经费"),
                                ("实施单位", "天水市教师发展中心"), ("金额单位", "万元")), start=2):
        ws[f"A{r}"] = k
        ws[f"B{r}"] = v
    for col, text in zip("ABCDEFG", ("资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}8", text)
    put(ws, "A9", "年度资金总额", left=True)
    for r, (label, vals) in enumerate((("中央财政资金", (400, 400, 400)), ("省级财政资金", (150, 170, 165)),
                                       ("市级财政资金", (130, 150, 133.4))), start=10):
        put(ws, f"A{r}", label, left=True)
        for col, v in zip("BCD", vals):
            put(ws, f"{col}{r}", v, MONEY)
        for col in "EFG":
            put(ws, f"{col}{r}", "")
    for col in "BCD":
        put(ws, f"{col}9", f"=SUM({col}10:{col}12)", MONEY)
    put(ws, "E9", 10)
    put(ws, "F9", "=D9/C9", PCT2)
    put(ws, "G9", "=ROUND(E9*F9,2)", "0.00")
    project = "2023年天水市中小学教师培训专项经费"
    heads = ("项目名称", "一级指标", "二级指标", "三级指标", "指标值", "度量单位", "实际完成值", "分值", "得分",
             "偏差原因分析")
    for col, text in zip("ABCDEFGHIJ", heads):
        put(ws, f"{col}14", text)
    DAY = 'yyyy"年"m"月"d"日"'
    rows = [
        ("产出指标", "数量指标", "中小学教师全员培训", "≥12000", "人次", 12680, None, 8, 8, ""),
        ("产出指标", "数量指标", "乡村骨干教师示范培训", "≥1500", "人", 1560, None, 8, 8, ""),
        ("产出指标", "数量指标", "送教下乡培训", "≥60", "场", 64, None, 6, 6, ""),
        ("产出指标", "数量指标", "线上研修课程资源", "≥200", "学时", 216, None, 4, 4, ""),
        ("产出指标", "质量指标", "培训考核合格率", "≥95", "%", 97.3, "0.0", 8, 8, ""),
        ("产出指标", "质量指标", "学员结业率", "≥98", "%", 98.6, "0.0", 6, 6, ""),
        ("产出指标", "时效指标", "培训任务完成时间", "2023年12月31日前", None, datetime.date(2023, 12, 20), DAY,
         4, 4, ""),
        ("产出指标", "成本指标", "人均培训成本", "≤550", "元/人次", 532, None, 6, 6, ""),
        ("效益指标", "社会效益指标", "教师教学能力", "有效提升", None, "有效提升", None, 10, 10, ""),
        ("效益指标", "社会效益指标", "参训教师教学成果获奖", "≥120", "项", 108, None, 8, 7.2,
         "部分市级赛事延期至2024年举办"),
        ("效益指标", "可持续影响指标", "教师培训体系", "持续完善", None, "持续完善", None, 8, 8, ""),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90", "%", 95.2, "0.0", 8, 8, ""),
        ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90", "%", 93.6, "0.0", 6, 6, ""),
    ]
    first = 15
    for i, (l1, l2, name, target, unit, actual, fmt, weight, score, note) in enumerate(rows):
        r = first + i
        for col, val, kw in (("A", project, {"left": True}), ("B", l1, {}), ("C", l2, {}),
                             ("D", name, {"left": True}), ("E", target, {}), ("F", unit, {}),
                             ("G", actual, {"fmt": fmt}), ("H", weight, {}), ("I", score, {}),
                             ("J", note, {"left": True})):
            put(ws, f"{col}{r}", val, **kw)
    end = first + len(rows) - 1
    total = end + 1
    put(ws, f"A{total}", "总分", left=True)
    for col in "BCDEFG":
        put(ws, f"{col}{total}", "")
    put(ws, f"H{total}", f"=SUM(H{first}:H{end})+E9")
    put(ws, f"I{total}", f"=SUM(I{first}:I{end})+G9", "0.00")
    put(ws, f"J{total}", "")
    put(ws, f"A{total + 1}", "自评等级", left=True)
    put(ws, f"B{total + 1}", "优")
    ws[f"A{total + 3}"] = "导出时间：2024-03-25 10:42:17"
    landscape(ws)
    wb.save(out)


# ---------------------------------------------------------------- 166-171: structures not seen before

def _head_fund(d, head: dict, fund: tuple, parts: list[tuple], widths: list[float]):
    """A grid head table: 项目名称 / 主管部门 / 实施单位, then 项目资金（万元） merged over the fund rows."""
    t = grid_table(d, 4 + len(parts), 8, widths, "Table Grid")
    fill(t.cell(0, 0), "项目名称")
    fill(t.cell(0, 1).merge(t.cell(0, 7)), head["project"])
    fill(t.cell(1, 0), "主管部门")
    fill(t.cell(1, 1).merge(t.cell(1, 3)), head["dept"])
    fill(t.cell(1, 4), "实施单位")
    fill(t.cell(1, 5).merge(t.cell(1, 7)), head["agency"])
    t.cell(2, 0).merge(t.cell(3 + len(parts), 0))
    fill(t.cell(2, 0), "项目资金\n（万元）")
    for c, text in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=1):
        fill(t.cell(2, c), text)
    for c, text in enumerate(["年度资金总额", *fund], start=1):
        fill(t.cell(3, c), text)
    for r, (label, *vals) in enumerate(parts, start=4):
        for c, text in enumerate([label, *vals, "—", "—", "—"], start=1):
            fill(t.cell(r, c), text)
    return t


ROWS166 = [
    ("产出指标", "数量指标", "农产品定量检测样品数", "≥3000批次", "3126批次", "10", "10", ""),
    ("产出指标", "数量指标", "农产品快速检测样品数", "≥2.4万批次", "2.52万批次", "8", "8", ""),
    ("产出指标", "数量指标", "监督抽查生产经营主体", "≥450家", "468家", "8", "8", ""),
    ("产出指标", "质量指标", "定量检测结果上报及时率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "检测机构能力验证合格率", "≥ 95%", "96.5%", "6", "6", ""),
    ("产出指标", "时效指标", "年度抽检任务完成时间", "2023年11月30日前", "2023年11月24日", "5", "5", ""),
    ("产出指标", "成本指标", "单批次定量检测成本", "≤480元", "455元", "5", "5", ""),
    ("效益指标", "社会效益指标", "主要农产品质量安全监测合格率", "≥98%", "98.6%", "10", "10", ""),
    ("效益指标", "社会效益指标", "不合格产品查处率", "100%", "100%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "农产品质量安全追溯主体覆盖率", "≥60%", "55.2%", "12", "11.04",
     "部分小农户未纳入追溯平台，2024年分批纳入。"),
    ("满意度指标", "服务对象满意度指标", "生产经营主体满意度", "≥90%", "93.4%", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥85%", "88.7", "6", "6", ""),
]
CN_NUM = "一二三四五六七八九"


def doc166(out: Path) -> None:
    """Xiangyang (Hubei): the levels as full-width SECTION ROWS (一、产出指标 spanning the table, （一）数量指标
    under it) instead of level columns; indicator rows carry only name / target / actual / weight / score."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年襄阳市农产品质量安全检测专项经费", "dept": "襄阳市农业农村局",
                   "agency": "襄阳市农产品质量安全检测中心"},
               ("180.00", "200.00", "193.60", "10", "96.80%", "9.68"),
               [("其中：市级财政资金", "180.00", "200.00", "193.60"), ("其他资金", "", "", "")],
               [2.0, 3.4, 2.0, 2.0, 2.0, 1.2, 1.6, 1.4])
    para(d, "")
    para(d, "年度绩效指标完成情况", 12, True)
    sections: list[tuple[str, str | None]] = []
    for r in ROWS166:
        if not sections or all(s[0] != r[0] for s in sections):
            sections.append((r[0], None))
        if not any(s == (r[0], r[1]) for s in sections):
            sections.append((r[0], r[1]))
    n = len(ROWS166) + len(sections) + 2
    t = grid_table(d, n, 6, [5.2, 2.6, 2.6, 1.2, 1.2, 3.8], "Table Grid")
    for c, text in enumerate(["指标名称", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    r, k1, k2 = 1, 0, 0
    for l1, l2 in sections:
        if l2 is None:
            k1, k2 = k1 + 1, 0
            label = f"{CN_NUM[k1 - 1]}、{l1}"
        else:
            k2 += 1
            label = f"（{CN_NUM[k2 - 1]}）{l2}"
        cell = t.cell(r, 0).merge(t.cell(r, 5))
        fill(cell, label)
        cell.paragraphs[0].runs[0].bold = l2 is None if cell.paragraphs[0].runs else None
        r += 1
        if l2 is None:
            continue
        for _a, _b, name, target, actual, weight, score, note in (x for x in ROWS166 if (x[0], x[1]) == (l1, l2)):
            for c, text in enumerate((name, target, actual, weight, score, note)):
                fill(t.cell(r, c), text)
            r += 1
    fill(t.cell(r, 0).merge(t.cell(r, 2)), "总分")
    fill(t.cell(r, 3), "100")
    fill(t.cell(r, 4), "98.72")
    fill(t.cell(r, 5), "自评等级：优")
    para(d, "")
    para(d, "填报人：郑某某　　联系电话：0710-3516×××　　填报日期：2024年3月11日")
    d.save(out)


ROWS167 = [
    ("产出指标", "数量指标", "自动气象站维护数量", "≥186个", "186个", "8", "8", ""),
    ("产出指标", "数量指标", "发布气象预警信号", "≥120期", "137期", "6", "6", ""),
    ("产出指标", "数量指标", "人工增雨（雪）作业", "≥30次", "34次", "6", "6", ""),
    ("产出指标", "质量指标", "24小时晴雨预报准确率", "≥88%", "89.6%", "8", "8", ""),
    ("产出指标", "质量指标", "暴雨预警信号提前量", "≥45分钟", "52分钟", "6", "6", ""),
    ("产出指标", "时效指标", "预警信息发布时限", "≤10分钟", "8分钟", "6", "6", ""),
    ("产出指标", "成本指标", "部门整体支出控制", "≤2580万元", "2515.5万元", "6", "6", ""),
    ("效益指标", "社会效益指标", "气象预警公众覆盖率", "≥95%", "96.8%", "10", "10", ""),
    ("效益指标", "社会效益指标", "气象灾害造成人员死亡", "0人", "0人", "8", "8", ""),
    ("效益指标", "经济效益指标", "农业气象服务挽回经济损失", "≥1.2亿元", "1.08亿元", "8", "7.2",
     "汛期降水偏少，人工增雨作业条件不足。"),
    ("效益指标", "可持续影响指标", "气象观测数据可用率", "≥99%", "99.3%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "公众气象服务满意度", "≥90%", "92.1%", "10", "10", ""),
]


def doc167(out: Path) -> None:
    """Nantong: a 部门整体 form whose 部门整体 fund block is followed, BEFORE the indicator table, by a table of
    the department's projects (项目名称 / 预算数 / 执行数 / 执行率 / 自评得分; not an indicator table)."""
    d = new_document()
    para(d, "部门整体支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    para(d, "部门（单位）名称：南通市气象局　　　　金额单位：万元")
    t = grid_table(d, 4, 7, [3.0, 2.2, 2.2, 2.2, 1.4, 1.8, 1.6], "Table Grid")
    for c, text in enumerate(["年度预算执行情况", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        fill(t.cell(0, c), text)
    for r, row in enumerate([["年度资金总额", "2,460.00", "2,580.00", "2,515.50", "10", "97.50%", "9.75"],
                             ["其中：基本支出", "1,520.00", "1,560.00", "1,548.30", "—", "99.25%", "—"],
                             ["项目支出", "940.00", "1,020.00", "967.20", "—", "94.82%", "—"]], start=1):
        for c, text in enumerate(row):
            fill(t.cell(r, c), text)
    para(d, "")
    para(d, "一、部门项目支出执行情况", 12, True)
    projects = [("气象灾害监测预警系统运维", "420.00", "408.50", "97.26%", "96.5"),
                ("人工影响天气作业", "260.00", "245.70", "94.50%", "93.2"),
                ("气象科普及公共气象服务", "180.00", "171.00", "95.00%", "95.0"),
                ("农业气象服务", "160.00", "142.00", "88.75%", "90.4"),
                ("合计", "1,020.00", "967.20", "94.82%", "—")]
    p = grid_table(d, len(projects) + 1, 6, [1.0, 5.6, 2.2, 2.2, 1.8, 1.8], "Table Grid")
    for c, text in enumerate(["序号", "项目名称", "预算数", "执行数", "执行率", "自评得分"]):
        fill(p.cell(0, c), text)
    for r, row in enumerate(projects, start=1):
        fill(p.cell(r, 0), str(r) if row[0] != "合计" else "")
        for c, text in enumerate(row, start=1):
            fill(p.cell(r, c), text)
    para(d, "注：各项目绩效自评表另附。", 9)
    para(d, "二、部门整体绩效指标完成情况", 12, True)
    n = len(ROWS167)
    it = grid_table(d, n + 2, 8, [1.6, 1.9, 3.6, 2.0, 2.0, 1.1, 1.1, 2.9], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(it.cell(0, c), text)
    repeat_header(it.rows[0])
    indicator_rows(it, 1, ROWS167, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                     "score": 6, "note": 7})
    fill(it.cell(n + 1, 0).merge(it.cell(n + 1, 4)), "总分")
    fill(it.cell(n + 1, 5), "100")
    fill(it.cell(n + 1, 6), "98.95")
    para(d, "")
    para(d, "自评结论：优")
    para(d, "单位负责人：周某某　　填报人：陆某　　填报日期：2024年3月18日")
    d.save(out)


def xls168(out: Path) -> None:
    """Yantai: the 产出 rows hold target and actual in ONE cell (目标：≥60座；实际：64座); the 效益 / 满意度 rows,
    under a second header of their own, the target in brackets after the name and the actual alone."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFG", (10, 14, 30, 26, 8, 8, 22)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:G1", "2023年度项目支出绩效自评表")
    ws["A2"] = "填报单位：烟台市城市管理局"
    ws["F2"] = "单位：万元"
    put(ws, "A3", "项目名称")
    merge(ws, "B3:G3", "2023年烟台市城市公厕改造提升项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:C4", "烟台市城市管理局", left=True)
    put(ws, "D4", "实施单位")
    merge(ws, "E4:G4", "烟台市环境卫生管理服务中心", left=True)
    merge(ws, "A5:A7", "项目资金")
    for col, text in zip("BCDEFG", ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}5", text)
    put(ws, "B6", 1250, MONEY)
    put(ws, "C6", 1380, MONEY)
    put(ws, "D6", 1338.6, MONEY)
    put(ws, "E6", 10)
    put(ws, "F6", "=D6/C6", PCT2)
    put(ws, "G6", "=ROUND(E6*F6,2)", "0.00")
    merge(ws, "B7:G7", "资金来源：市级财政资金1,180.00万元，区级配套资金200.00万元", left=True)
    for col, text in zip("ABCDEFG", ("一级指标", "二级指标", "三级指标", "指标值及完成情况", "分值", "得分", "备注")):
        put(ws, f"{col}8", text)
    top = [
        ("产出指标", "数量指标", "新建改建城市公厕", "目标：≥60座；实际：64座", 10, 10, ""),
        ("产出指标", "数量指标", "公厕无障碍设施配建", "目标：≥40座；实际：42座", 6, 6, ""),
        ("产出指标", "数量指标", "加装智慧化管理设备", "目标：≥120套；实际：112套", 6, 5.6, "部分公厕电力增容未完成"),
        ("产出指标", "质量指标", "改造工程验收合格率", "目标：100%；实际：100%", 8, 8, ""),
        ("产出指标", "质量指标", "公厕达到二类以上标准比例", "目标：≥90%；\n实际：95.3%", 6, 6, ""),
        ("产出指标", "时效指标", "改造工程完工时间", "目标：2023年10月底前；实际：2023年10月26日", 6, 6, ""),
        ("产出指标", "成本指标", "单座公厕改造平均成本", "目标：≤21万元；实际：20.4万元", 8, 8, ""),
    ]
    first = 9
    levels(ws, "A", "B", first, top)
    for i, (_a, _b, name, both, weight, score, note) in enumerate(top):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", both, left=True)
        put(ws, f"E{r}", weight)
        put(ws, f"F{r}", score)
        put(ws, f"G{r}", note, left=True)
        if len(both) > 16:   # openpyxl sets no height: a wrapped cell would print over the next row
            ws.row_dimensions[r].height = 28
    head2 = first + len(top)
    for col, text in zip("ABCDEFG", ("一级指标", "二级指标", "三级指标（年度指标值）", "实际完成值", "分值", "得分", "备注")):
        put(ws, f"{col}{head2}", text)
    bottom = [
        ("效益指标", "社会效益指标", "城区公厕服务半径（≤500米）", "480米", None, 8, 8),
        ("效益指标", "社会效益指标", "公厕免费开放率（100%）", 1, PCT0, 6, 6),
        ("效益指标", "生态效益指标", "公厕粪污无害化处理率（≥95%）", 0.972, PCT1, 8, 8),
        ("效益指标", "可持续影响指标", "公厕日常保洁管护机制（健全）", "健全", None, 8, 8),
        ("满意度指标", "服务对象满意度指标", "市民如厕满意度（≥90%）", 0.935, PCT1, 10, 10),
    ]
    first2 = head2 + 1
    levels(ws, "A", "B", first2, bottom)
    for i, (_a, _b, name, actual, fmt, weight, score) in enumerate(bottom):
        r = first2 + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", actual, fmt)
        put(ws, f"E{r}", weight)
        put(ws, f"F{r}", score)
        put(ws, f"G{r}", "")
    end = first2 + len(bottom)
    merge(ws, f"A{end}:D{end}", "总分")
    put(ws, f"E{end}", f"=SUM(E{first}:E{head2 - 1})+SUM(E{first2}:E{end - 1})+E6")
    put(ws, f"F{end}", f"=SUM(F{first}:F{head2 - 1})+SUM(F{first2}:F{end - 1})+G6", "0.00")
    put(ws, f"G{end}", "")
    merge(ws, f"A{end + 1}:D{end + 1}", "自评等级")
    merge(ws, f"E{end + 1}:G{end + 1}", "优")
    ws[f"A{end + 3}"] = "填报人：孙某某　　联系电话：0535-6688×××　　填报日期：2024年3月6日"
    landscape(ws)
    wb.save(out)


LEFT169 = [("产出指标", "数量指标", [("基层中医馆建设", "≥12个", "12个", "8"),
                                  ("中医药适宜技术推广培训", "≥800人次", "856人次", "8"),
                                  ("名中医工作室建设", "≥6个", "5个", "5")]),
           ("产出指标", "质量指标", [("中医馆建设验收合格率", "100%", "100%", "8"),
                                  ("中医诊疗设备配置达标率", "≥95%", "97.4%", "6")]),
           ("产出指标", "时效指标", [("建设任务完成时间", "2023年12月前", "2023年11月", "6")]),
           ("产出指标", "成本指标", [("单个中医馆建设补助", "≤30万元", "28.5万元", "8")])]
RIGHT169 = [("效益指标", "社会效益指标", [("中医药服务人次增长率", "≥5%", "6.2%", "10"),
                                       ("基层中医药服务覆盖率", "≥90%", "92.3%", "10")]),
            ("效益指标", "可持续影响指标", [("中医药服务网络", "持续完善", "持续完善", "10")]),
            ("满意度指标", "服务对象满意度指标", [("患者满意度", "≥90%", "94.1%", "10")])]


def doc169(out: Path) -> None:
    """Wenzhou: the indicator table in two side-by-side halves (8 columns): the 产出 rows on the left, the
    效益 / 满意度 rows on the right in the same table rows, each half with its own 指标 / 指标值 / 实际值 /
    得分 header and its level sections (一级／二级) as rows spanning the half; no weight per row."""
    d = new_document(landscape=True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年温州市中医药服务能力提升项目", "dept": "温州市卫生健康委员会",
                   "agency": "温州市中医药管理中心"},
               ("360.00", "400.00", "392.00", "10", "98.00%", "9.80"),
               [("其中：省级补助资金", "200.00", "200.00", "200.00"), ("市级财政资金", "160.00", "200.00", "192.00")],
               [3.0, 4.0, 3.0, 3.0, 3.0, 2.0, 2.4, 2.0])
    para(d, "")

    def lines(groups):
        out = []
        for l1, l2, rows in groups:
            out.append((f"{l1}／{l2}",))
            out += rows
        return out
    left, right = lines(LEFT169), lines(RIGHT169)
    n = max(len(left), len(right))
    t = grid_table(d, n + 3, 8, [4.6, 2.4, 2.4, 1.4, 4.6, 2.4, 2.4, 1.4], "Table Grid")
    fill(t.cell(0, 0).merge(t.cell(0, 7)), "年度绩效指标完成情况")
    for c, text in enumerate(["指标", "指标值", "实际值", "得分"] * 2):
        fill(t.cell(1, c), text)
    for half, items in ((0, left), (4, right)):
        for i, item in enumerate(items):
            r = 2 + i
            if len(item) == 1:
                fill(t.cell(r, half).merge(t.cell(r, half + 3)), item[0])
            else:
                for c, text in enumerate(item):
                    fill(t.cell(r, half + c), text)
    fill(t.cell(n + 2, 0).merge(t.cell(n + 2, 3)), "总分（满分100分，含预算执行率10分）")
    fill(t.cell(n + 2, 4).merge(t.cell(n + 2, 5)), "98.80")
    fill(t.cell(n + 2, 6), "自评等级")
    fill(t.cell(n + 2, 7), "优")
    para(d, "")
    para(d, "填报人：林某某　　联系电话：0577-8896××××　　填报日期：2024年3月14日")
    d.save(out)


def xls170(out: Path) -> None:
    """Yibin: a multi-year project: 年度目标值 / 年度实际值 / 累计目标值 / 截至年底累计完成 side by side, the
    year's pair scored; 偏差原因 and 改进措施 as two columns; percent actuals as numbers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2023年度"
    for col, w in zip("ABCDEFGHIJK", (10, 12, 24, 14, 14, 14, 14, 7, 7, 20, 20)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:K1", "项目支出绩效自评表（2023年度）")
    ws["A2"] = "填报单位：宜宾市住房和城乡建设局"
    ws["I2"] = "金额单位：万元"
    put(ws, "A3", "项目名称")
    merge(ws, "B3:G3", "宜宾市三江口片区地下综合管廊建设项目（2022-2024年）", left=True)
    put(ws, "H3", "项目周期")
    merge(ws, "I3:K3", "2022年1月-2024年12月")
    put(ws, "A4", "主管部门")
    merge(ws, "B4:E4", "宜宾市住房和城乡建设局", left=True)
    put(ws, "F4", "实施单位")
    merge(ws, "G4:K4", "宜宾市城市建设投资有限公司", left=True)
    merge(ws, "A5:A6", "年度资金")
    for col, text in zip("BCDEFG", ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}5", text)
    merge(ws, "H5:K5", "项目总投资及累计执行")
    put(ws, "B6", 4800, MONEY)
    put(ws, "C6", 5200, MONEY)
    put(ws, "D6", 5044, MONEY)
    put(ws, "E6", 10)
    put(ws, "F6", "=D6/C6", PCT2)
    put(ws, "G6", "=ROUND(E6*F6,2)", "0.00")
    merge(ws, "H6:K6", "总投资12,600.00万元，截至2023年底累计执行9,316.00万元")
    heads = ("一级指标", "二级指标", "三级指标", "年度目标值", "年度实际值", "累计目标值", "截至年底累计完成",
             "分值", "得分", "偏差原因", "改进措施")
    for col, text in zip("ABCDEFGHIJK", heads):
        put(ws, f"{col}7", text)
    rows = [
        ("产出指标", "数量指标", "管廊主体建设长度", "≥3.2公里", "3.35公里", "≥8.5公里", "6.1公里", 10, 10, "", ""),
        ("产出指标", "数量指标", "入廊管线敷设长度", "≥12公里", "10.8公里", "≥30公里", "19.6公里", 8, 7.2,
         "燃气管线入廊与产权单位协调滞后", "2024年一季度完成燃气管线入廊"),
        ("产出指标", "数量指标", "监控中心建设", "1个", "1个", "1个", "1个", 6, 6, "", ""),
        ("产出指标", "质量指标", "分部分项工程验收合格率", "100%", (1, PCT0), "100%", (1, PCT0), 8, 8, "", ""),
        ("产出指标", "时效指标", "年度建设节点完成时间", "2023年12月31日前", "2023年12月22日", "2024年12月31日前", "/",
         6, 6, "", ""),
        ("产出指标", "成本指标", "每公里管廊建设成本", "≤1.45亿元", "1.41亿元", "≤1.45亿元", "1.42亿元", 8, 8, "", ""),
        ("效益指标", "社会效益指标", "减少道路反复开挖", "≥20次", "23次", "≥60次", "41次", 10, 10, "", ""),
        ("效益指标", "经济效益指标", "收取管线入廊费", "≥800万元", "826万元", "≥2000万元", "1210万元", 8, 8, "", ""),
        ("效益指标", "可持续影响指标", "管廊设计使用年限", "≥100年", "100年", "≥100年", "100年", 8, 8, "", ""),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", (0.924, PCT1), "≥90%", (0.924, PCT1), 10, 10,
         "", ""),
        ("满意度指标", "服务对象满意度指标", "管线产权单位满意度", "≥85%", (0.89, PCT1), "≥85%", (0.89, PCT1), 8, 8,
         "", ""),
    ]
    first = 8
    levels(ws, "A", "B", first, rows)
    for i, row in enumerate(rows):
        r = first + i
        for col, val in zip("CDEFGHIJK", row[2:]):
            if isinstance(val, tuple):
                put(ws, f"{col}{r}", val[0], val[1])
            else:
                put(ws, f"{col}{r}", val, left=col in "CJK")
        if row[9]:
            ws.row_dimensions[r].height = 28
    end = first + len(rows)
    merge(ws, f"A{end}:G{end}", "总分")
    put(ws, f"H{end}", f"=SUM(H{first}:H{end - 1})+E6")
    put(ws, f"I{end}", f"=SUM(I{first}:I{end - 1})+G6", "0.00")
    merge(ws, f"J{end}:K{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "说明：年度目标值、年度实际值为2023年度数据并据此评分；累计数据仅供参考。"
    landscape(ws)
    wb.save(out)


ROWS171 = [
    ("产出指标", "数量指标", "(1)禁毒宣传进校园活动", "≥150场", "163场", "10%", "满分", ""),
    ("产出指标", "数量指标", "(2)发放禁毒宣传资料", "≥8万份", "8.6万份", "5%", "5分", ""),
    ("产出指标", "数量指标", "(3)禁毒社工入户走访", "≥1200人次", "1136人次", "7.5%", "7.1分",
     "部分人员外出务工，<br>改为电话随访。"),
    ("产出指标", "数量指标", "(4)禁毒宣传阵地建设", "≥12个", "12个", "10%", "10分", ""),
    ("产出指标", "质量指标", "(5)禁毒知识测试合格率", "≥90%", "93.2%", "7.5%", "满分", ""),
    ("产出指标", "时效指标", "(6)年度宣传任务完成时间", "2023年12月20日前", "2023年12月15日", "5%", "5分", ""),
    ("产出指标", "成本指标", "(7)每场宣传活动平均成本", "≤2500元", "2360元", "5%", "满分", ""),
    ("效益指标", "社会效益指标", "(1)青少年禁毒知识知晓率", "≥95%", "97.1%", "10%", "满分", ""),
    ("效益指标", "社会效益指标", "(2)戒断三年未复吸率", "≥40%", "42.6%", "10%", "10分", ""),
    ("效益指标", "可持续影响指标", "(3)禁毒宣传长效机制", "健全", "健全", "2.5%", "2.5分", ""),
    ("效益指标", "可持续影响指标", "(4)禁毒志愿者队伍", "≥600人", "648人", "7.5%", "满分", ""),
    ("满意度指标", "服务对象满意度指标", "(1)学校师生满意度", "≥90%", "95.6%", "5%", "满分", ""),
    ("满意度指标", "服务对象满意度指标", "(2)社区群众满意度", "≥85%", "90.3%", "5%", "5分", ""),
]


def html171(out: Path) -> None:
    """Foshan: a saved web page; weights as percentages (10%) with scores in points (7.1分, half points 2.5分,
    满分 for full marks), names numbered (1) (2) within each level 1."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt}h1{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:6pt 0}"
           "td,th{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "th{font-weight:bold}td.l{text-align:left}@page{size:A4;margin:14mm 12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h1>2023年度项目支出绩效自评表</h1>",
         "<p>填报单位：佛山市禁毒委员会办公室&nbsp;&nbsp;&nbsp;&nbsp;金额单位：万元</p>", "<table>",
         '<tr><th>项目名称</th><td class="l" colspan="6">2023年佛山市禁毒宣传教育专项经费</td></tr>',
         '<tr><th>主管部门</th><td colspan="2">佛山市公安局</td><th>实施单位</th>'
         '<td colspan="3">佛山市禁毒委员会办公室</td></tr>',
         "<tr><th>项目资金</th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>权重</th>"
         "<th>执行率</th><th>得分</th></tr>",
         "<tr><td>年度资金总额</td><td>85.00</td><td>90.00</td><td>87.30</td><td>10%</td><td>97.00%</td>"
         "<td>9.7分</td></tr>", "</table>", "<table>",
         "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th>"
         "<th>权重</th><th>得分</th><th>偏差原因分析</th></tr>"]
    for i, (l1, l2, name, target, actual, weight, score, note) in enumerate(ROWS171):
        cells = []
        if i == 0 or ROWS171[i - 1][0] != l1:
            cells.append(f'<td rowspan="{sum(1 for r in ROWS171 if r[0] == l1)}">{l1}</td>')
        if i == 0 or ROWS171[i - 1][1] != l2:
            span = sum(1 for _ in takewhile(lambda r: r[1] == l2, ROWS171[i:]))
            cells.append(f'<td rowspan="{span}">{l2}</td>' if span > 1 else f"<td>{l2}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{score}</td>", f'<td class="l">{note or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><th colspan="5">总分</th><td>100%</td><td>99.3分</td><td>&nbsp;</td></tr>',
          '<tr><th colspan="2">自评等级</th><td class="l" colspan="6">优</td></tr>', "</table>",
          "<p>填表人：黄某某&nbsp;&nbsp;填报日期：2024年3月20日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")
# ---------------------------------------------------------------- 160-165: other containers and producers

FORM17 = {
    "160": {"title": "项目支出绩效自评表", "project": "2023年昆明市气象灾害监测预警能力建设项目",
            "dept": "昆明市气象局", "agency": "昆明市气象台",
            "fund": ("260.00", "280.00", "271.60", "10", "97.00%", "9.70"),
            "goal": "新建区域自动气象站30个以上，升级维护现有自动站120个，及时发布气象灾害预警信息，"
                    "提升基层气象防灾减灾能力。",
            "done": "新建区域自动气象站32个，维护升级自动站120个，发布预警信息586条，开展防灾减灾培训18场。",
            "total": ("100", "99.10"), "grade": "优", "who": "填报人：杨某某　　联系电话：0871-6360××××",
            "rows": [
                ("产出指标", "数量指标", "新建区域自动气象站", "≥30个", "32个", "8", "8", ""),
                ("产出指标", "数量指标", "维护升级现有自动站", "120个", "120个", "6", "6", ""),
                ("产出指标", "数量指标", "发布气象灾害预警信息", "≥500条", "586条", "6", "6", ""),
                ("产出指标", "数量指标", "开展气象防灾减灾培训", "≥20场", "18场", "6", "5.4",
                 "两个乡镇培训因汛期推迟至次年"),
                ("产出指标", "质量指标", "自动站数据到报率", "≥98%", "99.2%", "8", "8", ""),
                ("产出指标", "质量指标", "暴雨预警准确率", "≥85%", "87.6%", "6", "6", ""),
                ("产出指标", "时效指标", "站点建设完成时间", "2023年10月底前", "2023年10月20日", "5", "5", ""),
                ("产出指标", "成本指标", "单站建设成本", "≤4.5万元/个", "4.3万元/个", "5", "5", ""),
                ("效益指标", "社会效益指标", "预警信息公众覆盖率", "≥95%", "96.8%", "10", "10", ""),
                ("效益指标", "社会效益指标", "气象灾害造成人员死亡", "0人", "0人", "5", "5", ""),
                ("效益指标", "经济效益指标", "气象灾害经济损失占GDP比重", "≤1%", "0.62%", "5", "5", ""),
                ("效益指标", "可持续影响指标", "监测站网运行维护机制", "健全", "健全", "5", "5", ""),
                ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%", "92.5%", "10", "10", ""),
                ("满意度指标", "服务对象满意度指标", "基层防汛责任人满意度", "≥90%", "94%", "5", "5", ""),
            ]},
    "162": {"title": "项目支出绩效自评表", "project": "2023年海口市地方储备粮油管理费用补贴",
            "dept": "海口市发展和改革委员会", "agency": "海口市粮食和物资储备中心",
            "fund": ("1,200.00", "1,200.00", "1,164.00", "10", "97.00%", "9.70"),
            "goal": "落实市级储备粮3.5万吨、储备食用油1200吨，按计划完成储备粮轮换，确保储备粮数量真实、质量良好、储存安全。",
            "done": "市级储备粮3.5万吨、食用油1200吨全部落实到库，轮换储备粮1.05万吨，全年无安全生产事故。",
            "total": ("100", "99.70"), "grade": "优", "who": "填报人：符某某　　联系电话：0898-6671××××",
            "rows": [
                ("产出指标", "数量指标", "市级储备粮规模", "≥3.5万吨", "3.5万吨", "8", "8", ""),
                ("产出指标", "数量指标", "储备食用油规模", "≥1200吨", "1200吨", "6", "6", ""),
                ("产出指标", "数量指标", "轮换储备粮数量", "≥1万吨", "1.05万吨", "6", "6", ""),
                ("产出指标", "质量指标", "储备粮质量达标率", "100%", "100%", "8", "8", ""),
                ("产出指标", "质量指标", "储存品质宜存率", "≥95%", "97.5%", "6", "6", ""),
                ("产出指标", "时效指标", "轮换任务完成时间", "2023年11月30日前", "2023年11月18日", "6", "6", ""),
                ("产出指标", "成本指标", "每吨储备粮年保管费用", "≤95元/吨", "92元/吨", "5", "5", ""),
                ("产出指标", "成本指标", "轮换费用补贴", "≤110万元", "104.5万元", "5", "5", ""),
                ("效益指标", "社会效益指标", "粮食应急供应保障能力", "有效保障", "有效保障", "10", "10", ""),
                ("效益指标", "经济效益指标", "储备粮轮换价差亏损", "≤50万元", "42万元", "5", "5", ""),
                ("效益指标", "可持续影响指标", "储备粮安全储存", "无安全事故", "无安全事故", "5", "5", ""),
                ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%", "95.5%", "10", "10", ""),
                ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥85%", "90.2%", "10", "10", ""),
            ]},
    "163": {"title": "项目支出绩效自评表", "project": "2023年西宁市动物防疫补助经费",
            "dept": "西宁市农业农村局", "agency": "西宁市动物疫病预防控制中心",
            "fund": ("850.00", "920.00", "874.00", "10", "95.00%", "9.50"),
            "goal": "落实重大动物疫病强制免疫，应免畜禽免疫密度保持在90%以上，做好病死畜禽无害化处理，"
                    "确保不发生区域性重大动物疫情。",
            "done": "采购强制免疫疫苗1260万毫升，应免畜禽免疫密度95.6%，无害化处理病死畜禽2.73万头，全年未发生区域性重大动物疫情。",
            "total": ("100", "98.90"), "grade": "优", "who": "填报人：马某某　　联系电话：0971-8231××××",
            "rows": [
                ("产出指标", "数量指标", "强制免疫疫苗采购量", "≥1200万毫升", "1260万毫升", "8", "8", ""),
                ("产出指标", "数量指标", "病死畜禽无害化处理", "≥2.5万头", "2.73万头", "6", "6", ""),
                ("产出指标", "数量指标", "动物疫病监测采样", "≥8000份", "8650份", "6", "6", ""),
                ("产出指标", "数量指标", "村级防疫员培训", "≥600人次", "540人次", "6", "5.4",
                 "部分偏远乡镇培训延至次年开展"),
                ("产出指标", "质量指标", "应免畜禽免疫密度", "≥90%", "95.6%", "8", "8", ""),
                ("产出指标", "质量指标", "免疫抗体合格率", "≥70%", "82.4%", "6", "6", ""),
                ("产出指标", "时效指标", "补助资金拨付时间", "2023年9月底前", "2023年9月26日", "5", "5", ""),
                ("产出指标", "成本指标", "每头无害化处理补助标准", "≤80元/头", "80元/头", "5", "5", ""),
                ("效益指标", "社会效益指标", "区域性重大动物疫情", "不发生", "未发生", "8", "8", ""),
                ("效益指标", "经济效益指标", "全市畜牧业产值", "≥95亿元", "98.6亿元", "6", "6", ""),
                ("效益指标", "可持续影响指标", "动物防疫体系", "持续完善", "持续完善", "6", "6", ""),
                ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "93.8%", "10", "10", ""),
                ("满意度指标", "服务对象满意度指标", "基层防疫人员满意度", "≥90%", "92%", "10", "10", ""),
            ]},
    "164": {"title": "项目支出绩效自评表", "project": "2023年银川市科学技术普及专项经费",
            "dept": "银川市科学技术协会", "agency": "银川市科技馆",
            "fund": ("180.00", "180.00", "169.20", "10", "94.00%", "9.40"),
            "goal": "举办科普讲座60场以上、科普大篷车巡展30次以上，组织全国科普日活动，提升公民科学素质。",
            "done": "举办科普讲座64场、大篷车巡展31次，发放科普资料5.6万份，科普活动受众18.4万人次。",
            "total": ("100", "98.60"), "grade": "优", "who": "填报人：纳某某　　联系电话：0951-5021××××",
            "rows": [
                ("产出指标", "数量指标", "举办科普讲座", "≥60场", "64场", "10", "10", ""),
                ("产出指标", "数量指标", "科普大篷车巡展", "≥30次", "31次", "8", "8", ""),
                ("产出指标", "数量指标", "发放科普资料", "≥5万份", "5.6万份", "6", "6", ""),
                ("产出指标", "质量指标", "科普活动覆盖乡镇（街道）比例", "100%", "100%", "8", "8", ""),
                ("产出指标", "时效指标", "全国科普日活动完成时间", "2023年9月30日前", "2023年9月16日", "6", "6", ""),
                ("产出指标", "成本指标", "单场讲座成本", "≤0.6万元", "0.55万元", "6", "6", ""),
                ("效益指标", "社会效益指标", "公民具备科学素质比例", "≥12%", "12.6%", "10", "10", ""),
                ("效益指标", "社会效益指标", "科普活动受众", "≥20万人次", "18.4万人次", "10", "9.2",
                 "受天气影响两场大型活动取消"),
                ("效益指标", "可持续影响指标", "科普阵地长效运行", "长期", "长期", "6", "6", ""),
                ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%", "95.2%", "10", "10", ""),
                ("满意度指标", "服务对象满意度指标", "学校师生满意度", "≥90%", "96%", "10", "10", ""),
            ]},
    "165": {"title": "项目支出绩效自评表", "project": "2023年呼和浩特市禁毒工作专项经费",
            "dept": "呼和浩特市公安局", "agency": "呼和浩特市禁毒委员会办公室",
            "fund": ("95.00", "95.00", "95.00", "10", "100.00%", "10"),
            "goal": "开展禁毒宣传活动50场以上，帮扶社区戒毒康复人员300人以上，完成毛发检测2000人次。",
            "done": "开展禁毒宣传活动56场，帮扶社区戒毒康复人员312人，完成毛发检测1880人次。",
            "total": ("100", "99.52"), "grade": "优", "who": "填报人：乌某某　　联系电话：0471-6968××××",
            "rows": [
                ("产出指标", "数量指标", "禁毒宣传活动", "≥50场", "56场", "10", "10", ""),
                ("产出指标", "数量指标", "社区戒毒康复人员帮扶", "≥300人", "312人", "10", "10", ""),
                ("产出指标", "数量指标", "毛发检测", "≥2000人次", "1880人次", "8", "7.52", "部分人员外出务工未能检测"),
                ("产出指标", "质量指标", "社区戒毒康复执行率", "≥95%", "97.3%", "8", "8", ""),
                ("产出指标", "时效指标", "资金拨付时间", "2023年6月底前", "2023年6月15日", "6", "6", ""),
                ("产出指标", "成本指标", "人均帮扶经费", "≤1500元/人", "1450元/人", "8", "8", ""),
                ("效益指标", "社会效益指标", "禁毒知识知晓率", "≥90%", "93.5%", "10", "10", ""),
                ("效益指标", "社会效益指标", "吸毒人员占常住人口比例", "≤0.2%", "0.15%", "10", "10", ""),
                ("效益指标", "可持续影响指标", "禁毒工作机制", "长效运行", "长效运行", "10", "10", ""),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92.1%", "10", "10", ""),
            ]},
}
HEADS17 = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def _form17_docx(out: Path, f: dict, page_break: bool = False) -> None:
    """An ordinary Word form: a grid head table (项目资金（万元） vMerged over the fund rows), goal rows,
    then a grid indicator table (header repeated, level cells vMerged), 总分 row and a closing line."""
    d = new_document()
    para(d, f["title"], 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    t = grid_table(d, 8, 8, [2.4, 2.8, 2.0, 2.0, 2.0, 1.2, 1.6, 1.4], "Table Grid")
    fill(t.cell(0, 0), "项目名称")
    fill(t.cell(0, 1).merge(t.cell(0, 7)), f["project"])
    fill(t.cell(1, 0), "主管部门")
    fill(t.cell(1, 1).merge(t.cell(1, 3)), f["dept"])
    fill(t.cell(1, 4), "实施单位")
    fill(t.cell(1, 5).merge(t.cell(1, 7)), f["agency"])
    t.cell(2, 0).merge(t.cell(5, 0))
    fill(t.cell(2, 0), "项目资金\n（万元）")
    a, b, c, w, rate, s = f["fund"]
    for r, row in enumerate([["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                             ["年度资金总额", a, b, c, w, rate, s],
                             ["其中：财政拨款", a, b, c, "—", "—", "—"],
                             ["其他资金", "", "", "", "—", "—", "—"]], start=2):
        for k, text in enumerate(row, start=1):
            fill(t.cell(r, k), text)
    fill(t.cell(6, 0), "年度总体目标")
    fill(t.cell(6, 1).merge(t.cell(6, 7)), f["goal"])
    fill(t.cell(7, 0), "实际完成情况")
    fill(t.cell(7, 1).merge(t.cell(7, 7)), f["done"])
    para(d, "")
    if page_break:
        d.add_page_break()
    rows = f["rows"]
    n = len(rows)
    it = grid_table(d, n + 2, 8, [1.6, 2.0, 3.4, 2.2, 2.2, 1.2, 1.5, 2.6], "Table Grid")
    for c, text in enumerate(HEADS17):
        fill(it.cell(0, c), text)
    repeat_header(it.rows[0])
    indicator_rows(it, 1, rows, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                 "score": 6, "note": 7})
    fill(it.cell(n + 1, 0).merge(it.cell(n + 1, 4)), "总分")
    fill(it.cell(n + 1, 5), f["total"][0])
    fill(it.cell(n + 1, 6), f["total"][1])
    para(d, "")
    para(d, f"自评等级：{f['grade']}")
    para(d, f"{f['who']}　　填报日期：2024年3月12日")
    d.save(out)


ROWS161 = [
    ("产出指标", "数量指标", "地震监测台站运行数量", "≥26个", "26个", "8", "8", ""),
    ("产出指标", "数量指标", "防震减灾科普宣传活动", "≥40场次", "45场次", "8", "8", ""),
    ("产出指标", "数量指标", "地震应急演练", "≥12次", "14次", "6", "6", ""),
    ("产出指标", "质量指标", "台站数据连续率", "≥99%", "99.3%", "8", "8", ""),
    ("产出指标", "质量指标", "新建建筑抗震设防审查率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "震情速报时间", "≤10分钟", "8分钟", "6", "6", ""),
    ("产出指标", "成本指标", "单台站年运维成本", "≤12万元", "11.6万元", "8", "8", ""),
    ("效益指标", "社会效益指标", "公众防震减灾知识普及率", "≥80%", "76%", "10", "9.5", "宣传覆盖不足"),
    ("效益指标", "社会效益指标", "地震烈度速报覆盖乡镇", "全覆盖", "全覆盖", "8", "8", ""),
    ("效益指标", "可持续影响指标", "地震监测预报能力", "持续提升", "持续提升", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥85%", "91.2%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "基层单位满意度", "≥85%", "93%", "8", "8", ""),
]
OFD_NS = "http://www.ofdspec.org/2016"


def _xml(body: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body).encode("utf-8")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _write_ofd(out: Path, pages: list[str], fonts: list[tuple[int, str, str]], creator: str,
               templates: list[tuple[int, str]] = (), size_mm: tuple[float, float] = (210, 297),
               max_id: int = 0) -> None:
    """An OFD package as GB/T 33190 lays it out: OFD.xml -> Doc_0/Document.xml (CommonData with PageArea,
    PublicRes / DocumentRes, TemplatePage), Doc_0/Pages/Page_N/Content.xml, fonts in PublicRes.xml."""
    ofd = (f'<ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
           f'<ofd:DocID>6f1d2b0e8c0a4c7e9a51d3c0b7f2a916</ofd:DocID><ofd:CreationDate>2024-03-12</ofd:CreationDate>'
           f'<ofd:Creator>{creator}</ofd:Creator><ofd:CreatorVersion>3.0</ofd:CreatorVersion></ofd:DocInfo>'
           f'<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    tpl = "".join(f'<ofd:TemplatePage ID="{i}" BaseLoc="Tpls/Tpl_{k}/Content.xml" ZOrder="Background"/>'
                  for k, (i, _) in enumerate(templates))
    page_ids = [max_id + 1 + k for k in range(len(pages))]
    doc = (f'<ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData><ofd:MaxUnitID>{max_id + len(pages)}</ofd:MaxUnitID>'
           f'<ofd:PageArea><ofd:PhysicalBox>0 0 {size_mm[0]} {size_mm[1]}</ofd:PhysicalBox></ofd:PageArea>'
           f'<ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>{tpl}'
           f'</ofd:CommonData><ofd:Pages>'
           + "".join(f'<ofd:Page ID="{i}" BaseLoc="Pages/Page_{k}/Content.xml"/>' for k, i in enumerate(page_ids))
           + '</ofd:Pages></ofd:Document>')
    public = (f'<ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:Fonts>'
              + "".join(f'<ofd:Font ID="{i}" FontName="{_esc(name)}" FamilyName="{_esc(family)}"/>'
                        for i, name, family in fonts)
              + '</ofd:Fonts></ofd:Res>')
    document_res = f'<ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:DrawParams/></ofd:Res>'
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        def put(name, body):
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 12, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, _xml(body))
        put("OFD.xml", ofd)
        put("Doc_0/Document.xml", doc)
        put("Doc_0/PublicRes.xml", public)
        put("Doc_0/DocumentRes.xml", document_res)
        for k, (_i, body) in enumerate(templates):
            put(f"Doc_0/Tpls/Tpl_{k}/Content.xml", body)
        for k, body in enumerate(pages):
            put(f"Doc_0/Pages/Page_{k}/Content.xml", body)


def _page(layer: str, template_id: int | None = None) -> str:
    tpl = f'<ofd:Template TemplateID="{template_id}" ZOrder="Background"/>' if template_id else ""
    return f'<ofd:Page xmlns:ofd="{OFD_NS}">{tpl}<ofd:Content><ofd:Layer ID="{{layer_id}}" Type="Body">{layer}' \
           f'</ofd:Layer></ofd:Content></ofd:Page>'


def pdf_to_ofd(pdf: Path, out: Path) -> None:
    """What a PDF -> OFD converter writes: each run of characters on a line in one font a TextObject with its
    own Boundary (page mm) and a CTM scaling points to mm, the TextCode's X / Y (baseline) and DeltaX in points
    inside it; each ruling line a PathObject (M x y L x y) with its LineWidth; a font resource per PDF font."""
    import pdfplumber
    k = 25.4 / 72
    mm = lambda v: f"{v * k:.3f}".rstrip("0").rstrip(".")   # noqa: E731
    pt = lambda v: f"{v:.2f}".rstrip("0").rstrip(".")   # noqa: E731
    fonts: dict[str, int] = {}
    next_id = [100]

    def new_id():
        next_id[0] += 1
        return next_id[0]
    pages = []
    with pdfplumber.open(pdf) as doc:
        size = (round(doc.pages[0].width * k, 1), round(doc.pages[0].height * k, 1))
        for page in doc.pages:
            objs = []
            # rules first (drawn under the text), as the converters emit the page's path operators in order
            edges = [(e["x0"], e["top"], e["x1"], e["bottom"], e.get("linewidth") or 0.5) for e in page.lines]
            for r in page.rects:   # LibreOffice draws table borders as thin filled rectangles
                w, h = r["x1"] - r["x0"], r["bottom"] - r["top"]
                if h <= 2 < w:
                    y = (r["top"] + r["bottom"]) / 2
                    edges.append((r["x0"], y, r["x1"], y, max(h, 0.5)))
                elif w <= 2 < h:
                    x = (r["x0"] + r["x1"]) / 2
                    edges.append((x, r["top"], x, r["bottom"], max(w, 0.5)))
            for x0, y0, x1, y1, lw in edges:
                bx, by = min(x0, x1) - lw / 2, min(y0, y1) - lw / 2
                bw, bh = abs(x1 - x0) + lw, abs(y1 - y0) + lw
                objs.append(f'<ofd:PathObject ID="{new_id()}" Boundary="{mm(bx)} {mm(by)} {mm(bw)} {mm(bh)}" '
                            f'LineWidth="{mm(lw)}"><ofd:AbbreviatedData>M {mm(x0 - bx)} {mm(y0 - by)} '
                            f'L {mm(x1 - bx)} {mm(y1 - by)}</ofd:AbbreviatedData></ofd:PathObject>')
            chars = sorted(page.chars, key=lambda c: (round(c["top"], 1), c["x0"]))
            runs: list[list[dict]] = []
            for c in chars:
                last = runs[-1][-1] if runs else None
                if last and c["fontname"] == last["fontname"] and abs(c["size"] - last["size"]) < 0.01 \
                        and abs(c["top"] - last["top"]) < 0.5 and -0.5 < c["x0"] - last["x1"] < c["size"] * 0.6:
                    runs[-1].append(c)
                else:
                    runs.append([c])
            for run in runs:
                f = run[0]
                fid = fonts.setdefault(f["fontname"], 10 + len(fonts))
                fsize = f["size"]
                x0, top = run[0]["x0"], min(c["top"] for c in run)
                x1, bottom = run[-1]["x1"], max(c["bottom"] for c in run)
                base = page.height - f["matrix"][5]   # the baseline, top-down
                dx = " ".join(pt(b["x0"] - a["x0"]) for a, b in zip(run, run[1:]))
                text = "".join(c["text"] for c in run)
                delta = f' DeltaX="{dx}"' if dx else ""
                objs.append(f'<ofd:TextObject ID="{new_id()}" Boundary="{mm(x0)} {mm(top)} {mm(x1 - x0)} '
                            f'{mm(bottom - top)}" CTM="{k:.4f} 0 0 {k:.4f} 0 0" Font="{fid}" Size="{pt(fsize)}">'
                            f'<ofd:TextCode X="0" Y="{pt(base - top)}"{delta}>{_esc(text)}</ofd:TextCode>'
                            f'</ofd:TextObject>')
            pages.append(_page("".join(objs)).replace("{layer_id}", str(new_id())))
    font_list = [(i, name.split("+", 1)[-1], name.split("+", 1)[-1].split("-")[0]) for name, i in fonts.items()]
    _write_ofd(out, pages, font_list, "SuwellFormer PDF2OFD", size_mm=size, max_id=next_id[0])


def doc160(out: Path) -> None:
    """Kunming: an ordinary Word form over two pages; its PDF is converted to .ofd as converters do."""
    _form17_docx(out, FORM17["160"], page_break=True)


OFD_TEXT_MM = 3.175   # 9 pt in mm


def _ofd_pen(objs: list, ids):
    """A system's way of drawing a form in OFD (mm): text(...) one TextObject per cell text, box(...) a
    closed rectangle path, cell(...) both; objects appended to objs, ids drawn from ids."""
    S = OFD_TEXT_MM

    def text(x, y, w, h, s, size=S, font=2, center=True):
        """One cell's text, one TextObject, its baseline a third down a line below the cell's middle."""
        adv = [size * (0.5 if ord(ch) < 128 else 1.0) for ch in s]
        width = sum(adv)
        tx = x + (w - width) / 2 if center else x + 1.5
        ty = y + h / 2 + size * 0.35
        dx = " ".join(f"{a:.3f}" for a in adv[:-1])
        objs.append(f'<ofd:TextObject ID="{next(ids)}" Boundary="{tx:.2f} {ty - size:.2f} {width + 0.5:.2f} '
                    f'{size * 1.3:.2f}" Font="{font}" Size="{size:.3f}"><ofd:FillColor Value="0 0 0"/>'
                    f'<ofd:TextCode X="0" Y="{size:.3f}"' + (f' DeltaX="{dx}"' if dx else "")
                    + f'>{_esc(s)}</ofd:TextCode></ofd:TextObject>')

    def box(x, y, w, h, fill=False):
        f = ' Fill="true"' if fill else ""
        fc = '<ofd:FillColor Value="230 230 230"/>' if fill else ""
        objs.append(f'<ofd:PathObject ID="{next(ids)}" Boundary="{x:.2f} {y:.2f} {w:.2f} {h:.2f}" LineWidth="0.25"'
                    f'{f} Stroke="true">{fc}<ofd:StrokeColor Value="0 0 0"/><ofd:AbbreviatedData>M 0 0 L {w:.2f} 0 '
                    f'L {w:.2f} {h:.2f} L 0 {h:.2f} C</ofd:AbbreviatedData></ofd:PathObject>')

    def cell(x, y, w, h, s, head=False, center=True):
        box(x, y, w, h, fill=head)
        if s:
            text(x, y, w, h, s, font=1 if head else 2, center=center)

    return text, box, cell


def ofd161(out: Path) -> None:
    """Taiyuan: a 部门整体支出绩效自评表 written directly by a government system as OFD, in mm: each cell's
    text one TextObject (DeltaX per character), each cell a closed rectangle path (header cells filled
    grey), the title and the page header on a TemplatePage."""
    rows = ROWS161
    ids = iter(range(10, 100000))   # 1 is the TemplatePage
    objs = []
    text, box, cell = _ofd_pen(objs, ids)

    left, y, H = 15.0, 40.0, 8.0
    widths = [20, 30, 44, 20, 20, 12, 12, 22]   # 180 mm
    xs = [left + sum(widths[:i]) for i in range(len(widths))]
    span = lambda a, b: (xs[a], sum(widths[a:b + 1]))   # noqa: E731
    for a, b, s, head in ((0, 1, "部门（单位）名称", True), (2, 7, "太原市地震局", False)):
        cell(*span(a, b)[:1], y, span(a, b)[1], H, s, head)
    y += H
    box(xs[0], y, widths[0], 4 * H, fill=True)   # a label too long for its cell: the system breaks it in two lines
    text(xs[0], y + H, widths[0], H, "年度预算执行", font=1)
    text(xs[0], y + 2 * H, widths[0], H, "情况（万元）", font=1)
    heads = ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    fund = [["年度资金总额", "1,860.00", "1,925.00", "1,886.50", "10", "98.00%", "9.80"],
            ["其中：基本支出", "1,120.00", "1,150.00", "1,150.00", "—", "—", "—"],
            ["项目支出", "740.00", "775.00", "736.50", "—", "—", "—"]]
    fw = [26, 24, 24, 24, 18, 20, 24]   # 160 mm
    fx = [xs[1] + sum(fw[:i]) for i in range(len(fw))]
    for r, row in enumerate([heads] + fund):
        for c, s in enumerate(row):
            cell(fx[c], y + r * H, fw[c], H, s, head=r == 0 or c == 0)
    y += 4 * H
    cell(xs[0], y, widths[0], 2 * H, "年度总体目标", True)
    goal = "完成地震监测台网运行维护，开展防震减灾科普宣传和应急演练，提升地震监测预报和震害防御能力。"
    box(xs[1], y, 180 - widths[0], 2 * H)
    text(xs[1], y, 180 - widths[0], H, goal[:38], center=False)
    text(xs[1], y + H, 180 - widths[0], H, goal[38:], center=False)
    y += 2 * H + 4
    for c, s in enumerate(HEADS17[:-1] + ["偏差原因"]):
        cell(xs[c], y, widths[c], H, s, head=True)
    y += H
    for col in (0, 1):   # level cells merged over their runs: one rectangle, the word once
        r0 = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or rows[i][col] != rows[r0][col] or (col == 1 and rows[i][0] != rows[r0][0]):
                cell(xs[col], y + r0 * H, widths[col], (i - r0) * H, rows[r0][col])
                r0 = i
    for i, row in enumerate(rows):
        for c in range(2, 8):
            cell(xs[c], y + i * H, widths[c], H, row[c], center=c != 2)
    y += len(rows) * H
    cell(xs[0], y, sum(widths[:5]), H, "总分", head=True)
    cell(xs[5], y, widths[5], H, "100")
    cell(xs[6], y, widths[6], H, "99.30")
    cell(xs[7], y, widths[7], H, "")
    y += H
    cell(xs[0], y, sum(widths[:2]), H, "自评等级", head=True)
    cell(xs[2], y, sum(widths[2:]), H, "优", center=False)
    text(left, y + H + 2, 180, H, "单位负责人：韩某某　　填报人：闫某某　　联系电话：0351-4079××××　　填报日期：2024年3月12日",
         size=2.82, center=False)
    page = _page("".join(objs), template_id=1).replace("{layer_id}", str(next(ids)))
    tpl_objs, objs[:] = objs[:], []
    text(left, 12, 180, 6, "太原市部门整体支出绩效自评表", size=5.64, font=1)
    text(left, 20, 180, 6, "（2023年度）", size=3.70, font=2)
    text(left, 28, 180, 6, "填报单位：太原市地震局　　　　　　　　　　　　　　金额单位：万元", size=3.175, font=2, center=False)
    objs.append(f'<ofd:PathObject ID="{next(ids)}" Boundary="15 9 180 1" LineWidth="0.35"><ofd:AbbreviatedData>'
                f'M 0 0.5 L 180 0.5</ofd:AbbreviatedData></ofd:PathObject>')
    text(left, 3, 180, 6, "太原市预算绩效管理信息系统", size=2.47, font=2, center=False)
    template = (f'<ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer ID="{next(ids)}" Type="Background">'
                + "".join(objs) + '</ofd:Layer></ofd:Content></ofd:Page>')
    objs[:] = tpl_objs
    _write_ofd(out, [page], [(1, "SimHei", "黑体"), (2, "SimSun", "宋体")], "太原市预算绩效管理信息系统",
               templates=[(1, template)], max_id=next(ids))


def _mso_td(text, width, rowspan=1, colspan=1, left=False, op=""):
    """A cell as Word saves it in a web page (op: the full save's <o:p></o:p>)."""
    span = (f" rowspan={rowspan}" if rowspan > 1 else "") + (f" colspan={colspan}" if colspan > 1 else "")
    style = "border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;" \
            "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"
    body = text.replace("\n", "<br>") if text else "&nbsp;"
    align = "" if left else " align=center style='text-align:center'"
    return (f"  <td width={int(width * 37.8)} valign=top{span} style='width:{width:.1f}cm;{style}'>\n"
            f"  <p class=MsoNormal{align}><span lang=EN-US style='font-family:宋体'>{body}</span>{op}</p>\n"
            "  </td>\n")


def _mso_table(rows, filtered: bool) -> str:
    """A grid as Word saves it: MsoNormalTable, the first row boxed, the full save's mso- markup."""
    out = ["<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
           "border:none" + ("" if filtered else ";mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;"
                            "mso-padding-alt:0cm 5.4pt 0cm 5.4pt") + "'>"]
    for k, row in enumerate(rows):
        extra = "" if filtered else f" style='mso-yfti-irow:{k}'"
        cells = "".join(row) if k else "".join(row).replace("border-top:none;", "")   # Word: the first row boxed
        out.append(f" <tr{extra}>\n" + cells + " </tr>")
    out.append("</table>")
    return "\n".join(out)


# The head of Word's "Web Page, Filtered" save (gb2312, no Word markup).
MSO_FILTERED_TOP = ("<html>\n\n<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n"
                    "<meta name=Generator content=\"Microsoft Word 15 (filtered)\">\n<style>\n<!--\n"
                    " /* Font Definitions */\n @font-face\n\t{font-family:宋体;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n"
                    " /* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n"
                    "\ttext-justify:inter-ideograph;\n\tfont-size:10.5pt;\n\tfont-family:\"Calibri\",sans-serif;}\n"
                    "@page WordSection1\n\t{size:595.3pt 841.9pt;\n\tmargin:72.0pt 54.0pt 72.0pt 54.0pt;}\n"
                    "div.WordSection1\n\t{page:WordSection1;}\n-->\n</style>\n\n</head>\n\n"
                    "<body lang=ZH-CN style='word-wrap:break-word;text-justify-trim:punctuation'>\n\n<div class=WordSection1>\n\n")


def _word_html(f: dict, filtered: bool) -> str:
    """A Word form saved as a web page: MsoNormalTable grids, each cell's text in <p class=MsoNormal> with a
    <span lang=EN-US style='font-family:宋体'>, &nbsp; in empty cells, rowspan for merged cells. Filtered
    drops Word's own markup; the full save keeps <o:p></o:p>, mso- styles and the conditional comments."""
    op = "" if filtered else "<o:p></o:p>"
    td = lambda *a, **k: _mso_td(*a, op=op, **k)   # noqa: E731
    table = lambda rows: _mso_table(rows, filtered)   # noqa: E731
    a, b, c, w, rate, sc = f["fund"]
    head = [[td("项目名称", 2.4), td(f["project"], 13.6, colspan=7, left=True)],
            [td("主管部门", 2.4), td(f["dept"], 6.8, colspan=3), td("实施单位", 2.0), td(f["agency"], 4.2, colspan=3)],
            [td("项目资金\n（万元）", 2.4, rowspan=4), td("", 2.8), td("年初预算数", 2.0), td("全年预算数", 2.0),
             td("全年执行数", 2.0), td("分值", 1.2), td("执行率", 1.6), td("得分", 1.4)],
            [td("年度资金总额", 2.8), td(a, 2.0), td(b, 2.0), td(c, 2.0), td(w, 1.2), td(rate, 1.6), td(sc, 1.4)],
            [td("其中：财政拨款", 2.8), td(a, 2.0), td(b, 2.0), td(c, 2.0), td("—", 1.2), td("—", 1.6), td("—", 1.4)],
            [td("其他资金", 2.8), td("", 2.0), td("", 2.0), td("", 2.0), td("—", 1.2), td("—", 1.6), td("—", 1.4)],
            [td("年度总体目标", 2.4), td(f["goal"], 13.6, colspan=7, left=True)],
            [td("实际完成情况", 2.4), td(f["done"], 13.6, colspan=7, left=True)]]
    widths = [1.6, 2.0, 3.8, 2.2, 2.2, 1.1, 1.1, 2.6]
    rows = f["rows"]
    ind = [[td(h, wd) for h, wd in zip(HEADS17, widths)]]
    for i, r in enumerate(rows):
        cells = []
        for col in (0, 1):
            first = i == 0 or r[col] != rows[i - 1][col] or (col == 1 and r[0] != rows[i - 1][0])
            if first:
                n = 1
                while i + n < len(rows) and rows[i + n][col] == r[col] and (col == 0 or rows[i + n][0] == r[0]):
                    n += 1
                cells.append(td(r[col], widths[col], rowspan=n))
        cells += [td(r[k], widths[k], left=k in (2, 7)) for k in range(2, 8)]
        ind.append(cells)
    ind.append([td("总分", 11.8, colspan=5), td(f["total"][0], 1.1), td(f["total"][1], 1.1), td("", 2.6)])
    p = lambda text, style="": f"<p class=MsoNormal{style}><span style='font-family:宋体'>{text}</span>{op}</p>"  # noqa: E731
    if filtered:
        top = MSO_FILTERED_TOP
    else:
        top = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
               "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\n"
               "xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\"\nxmlns=\"http://www.w3.org/TR/REC-html40\">\n\n"
               "<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n"
               "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n"
               "<meta name=Originator content=\"Microsoft Word 15\">\n<link rel=File-List href=\"163.files/filelist.xml\">\n"
               "<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>财务科</o:Author>\n"
               "  <o:Pages>2</o:Pages>\n </o:DocumentProperties>\n</xml><![endif]-->\n<!--[if gte mso 9]><xml>\n"
               " <w:WordDocument>\n  <w:View>Print</w:View>\n  <w:DocumentKind>DocumentNotSpecified</w:DocumentKind>\n"
               " </w:WordDocument>\n</xml><![endif]-->\n<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
               "\t{mso-style-unhide:no;\n\tmso-style-qformat:yes;\n\tmso-style-parent:\"\";\n\tmargin:0cm;\n"
               "\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n\tmso-pagination:none;\n\tfont-size:10.5pt;\n"
               "\tmso-bidi-font-size:11.0pt;\n\tfont-family:等线;\n\tmso-ascii-font-family:等线;\n"
               "\tmso-fareast-font-family:等线;\n\tmso-font-kerning:1.0pt;}\n@page WordSection1\n"
               "\t{size:595.3pt 841.9pt;\n\tmargin:72.0pt 54.0pt 72.0pt 54.0pt;\n\tmso-header-margin:42.55pt;\n"
               "\tmso-footer-margin:49.6pt;\n\tmso-paper-source:0;\n\tlayout-grid:15.6pt;}\n"
               "div.WordSection1\n\t{page:WordSection1;}\n-->\n</style>\n</head>\n\n"
               "<body lang=ZH-CN style='tab-interval:21.0pt;word-wrap:break-word;text-justify-trim:punctuation'>\n\n"
               "<div class=WordSection1 style='layout-grid:15.6pt'>\n\n")
    center = " align=center style='text-align:center'"
    parts = [top, p(f"<b>{f['title']}</b>", center), p("（2023年度）", center), table(head), p("&nbsp;"),
             table(ind), p("&nbsp;"), p(f"自评等级：{f['grade']}"),
             p(f"{f['who']}　　填报日期：2024年3月12日"), "\n</div>\n\n"]
    if not filtered:
        parts.insert(-1, "<![if !supportMisc]><span style='mso-spacerun:yes'>&nbsp;</span><![endif]>")
    parts.append("</body>\n\n</html>\n")
    return "\n".join(parts)


def htm162(out: Path) -> None:
    """Haikou: a Word form saved as "Web Page, Filtered" (.htm, gb2312)."""
    out.write_bytes(_word_html(FORM17["162"], filtered=True).encode("gb2312", "xmlcharrefreplace"))


def mht163(out: Path) -> None:
    """Xining: a Word form saved as "Single File Web Page" (.mht): MIME multipart/related, the html part in
    gb2312 quoted-printable (soft breaks anywhere, =3D for =), then filelist.xml."""
    import quopri
    html = _word_html(FORM17["163"], filtered=False).replace("\n", "\r\n").encode("gb2312", "xmlcharrefreplace")
    boundary = "----=_NextPart_01DA74B2.6C3E5F10"
    qp = quopri.encodestring(html).replace(b"=\n", b"=\r\n").replace(b"\n", b"\r\n").replace(b"\r\r\n", b"\r\n")
    filelist = ('<xml xmlns:o="urn:schemas-microsoft-com:office:office">\r\n <o:MainFile HRef="../163.htm"/>\r\n'
                ' <o:File HRef="filelist.xml"/>\r\n</xml>').encode("ascii")
    head = (f"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"{boundary}\"\r\n\r\n"
            "此文档为“单个文件网页”，也称为“Web 档案”文件。如果您看到此消息，但是您的浏览器或编辑器不支持“Web 档案”文件。"
            "请下载支持“Web 档案”的浏览器。\r\n\r\n")
    parts = [head.encode("gb2312"),
             f"--{boundary}\r\nContent-Location: file:///C:/CA3D1E20/163.htm\r\nContent-Transfer-Encoding: "
             f"quoted-printable\r\nContent-Type: text/html; charset=\"gb2312\"\r\n\r\n".encode("ascii"), qp, b"\r\n\r\n",
             f"--{boundary}\r\nContent-Location: file:///C:/CA3D1E20/163.files/filelist.xml\r\n"
             f"Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/xml; charset=\"utf-8\"\r\n\r\n"
             .encode("ascii"), quopri.encodestring(filelist), b"\r\n\r\n", f"--{boundary}--\r\n".encode("ascii")]
    out.write_bytes(b"".join(parts))


def doc164(out: Path) -> None:
    """Yinchuan: an ordinary Word form; saved as .rtf by LibreOffice (the .docx is not kept)."""
    _form17_docx(out, FORM17["164"])


def doc165(out: Path) -> None:
    """Hohhot: a one-page Word form; kept only as a phone scanner app's page image (.png, .jpg)."""
    _form17_docx(out, FORM17["165"])
    d = docx.Document(out)   # one page: 9 pt text, narrower margins
    d.styles["Normal"].font.size = Pt(9)
    d.sections[0].top_margin = d.sections[0].bottom_margin = Cm(1.5)
    d.save(out)


def page_image(pdf: Path, png: Path, jpg: Path, dpi: int = 200) -> None:
    """A phone scanner app's page: grey at 200 dpi, the paper slightly off-white, faint noise, no skew."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image
    img = pdfium.PdfDocument(str(pdf))[0].render(scale=dpi / 72).to_pil().convert("L")
    a = np.asarray(img, dtype=np.float32)
    a = 24 + a * (244 - 24) / 255 + np.random.default_rng(165).normal(0, 3.0, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    out.save(png, dpi=(dpi, dpi))
    out.save(jpg, quality=85, dpi=(dpi, dpi))


# ---------------------------------------------------------------- 172-177: eighteenth set (ordinary forms)

ROWS172 = [
    ("产出指标", "数量指标", "退捕渔民养老保险补贴人数", "≥4200人", "4316人", "8", "8", ""),
    ("产出指标", "数量指标", "退捕渔民职业技能培训", "≥30期", "32期", "6", "6", ""),
    ("产出指标", "数量指标", "禁捕水域执法巡查", "≥1500航次", "1628航次", "6", "6", ""),
    ("产出指标", "质量指标", "有就业意愿渔民转产就业率", "100%", "100%", "8", "8", ""),
    ("产出指标", "质量指标", "非法捕捞案件查处率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "养老保险补贴发放时间", "2023年6月底前", "2023年6月21日", "6", "6", ""),
    ("产出指标", "成本指标", "渔民人均养老保险补贴", "≤2400元/人", "2400元/人", "5", "5", ""),
    ("效益指标", "社会效益指标", "退捕渔民参加养老保险比例", "≥98%", "99.1%", "8", "8", ""),
    ("效益指标", "社会效益指标", "禁捕水域巡查覆盖率", "≥95%", "96.4%", "7", "7", ""),
    ("效益指标", "生态效益指标", "长江江豚监测记录次数", "≥150次", "138次", "6", "5.52",
     "汛期部分监测航次取消，2024年增加枯水期监测频次"),
    ("效益指标", "可持续影响指标", "禁捕长效管控机制", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "退捕渔民满意度", "≥90%", "93.6%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "沿江群众满意度", "≥90%", "95%", "8", "8", ""),
]


def doc172(out: Path) -> None:
    """Anqing: an ordinary Word form: the grid head table (项目资金（万元） vMerged over four fund rows),
    预期目标 / 实际完成情况 side by side, the indicator grid (level cells vMerged, header repeated)."""
    d = new_document()
    para(d, "附件2")
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    head = {"project": "2023年安庆市长江禁捕退捕渔民安置保障资金", "dept": "安庆市农业农村局",
            "agency": "安庆市渔政执法支队"}
    t = _head_fund(d, head, ("1,560.00", "1,620.00", "1,571.40", "10", "97.00%", "9.70"),
                   [("其中：当年财政拨款", "1,560.00", "1,620.00", "1,571.40"), ("上年结转资金", "", "", ""),
                    ("其他资金", "", "", "")], [2.4, 2.8, 2.0, 2.0, 2.0, 1.2, 1.6, 1.4])
    r = len(t.rows)
    for _ in range(2):
        t.add_row()
    t.cell(r, 0).merge(t.cell(r + 1, 0))
    fill(t.cell(r, 0), "年度总体目标")
    fill(t.cell(r, 1).merge(t.cell(r, 4)), "预期目标")
    fill(t.cell(r, 5).merge(t.cell(r, 7)), "实际完成情况")
    fill(t.cell(r + 1, 1).merge(t.cell(r + 1, 4)),
         "落实4200名以上退捕渔民养老保险补贴，开展转产就业技能培训，加强禁捕水域执法巡查，确保长江安庆段“禁渔”成效。")
    fill(t.cell(r + 1, 5).merge(t.cell(r + 1, 7)),
         "为4316名退捕渔民发放养老保险补贴，开展技能培训32期，执法巡查1628航次，有就业意愿渔民全部转产就业。")
    para(d, "")
    rows = ROWS172
    it = grid_table(d, len(rows) + 2, 8, [1.6, 2.0, 3.6, 2.0, 2.0, 1.1, 1.2, 3.0], "Table Grid")
    for c, text in enumerate(HEADS17):
        fill(it.cell(0, c), text)
    repeat_header(it.rows[0])
    indicator_rows(it, 1, rows, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                 "score": 6, "note": 7})
    n = len(rows) + 1
    fill(it.cell(n, 0).merge(it.cell(n, 4)), "总分")
    fill(it.cell(n, 5), "100")
    fill(it.cell(n, 6), "99.22")
    fill(it.cell(n, 7), "自评等级：优")
    para(d, "")
    para(d, "单位负责人：汪某某　　填表人：储某某　　联系电话：0556-5581××××　　填报日期：2024年3月8日")
    d.save(out)


ROWS173 = [
    ("产出", "数量指标", "退化湿地修复面积", "≥1200亩", "1260亩", "8", "8", ""),
    ("产出", "数量指标", "补植芦苇等湿生植物", "≥300亩", "312亩", "6", "6", ""),
    ("产出", "数量指标", "设置湿地保护界桩", "≥400根", "400根", "5", "5", ""),
    ("产出", "质量指标", "湿生植物成活率", "≥85%", "88.5%", "8", "8", ""),
    ("产出", "质量指标", "修复工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出", "时效指标", "修复工程完工时间", "2023年10月31日前", "2023年10月25日", "6", "6", ""),
    ("产出", "成本指标", "每亩湿地修复成本", "≤0.55万元", "0.52万元", "6", "6", ""),
    ("效益", "生态效益指标", "湿地保护率", "≥60%", "61.2%", "10", "10", ""),
    ("效益", "生态效益指标", "监测到的鸟类种数", "≥180种", "176种", "8", "7.82", "候鸟迁徙期提前，秋季监测窗口缩短"),
    ("效益", "可持续影响指标", "湿地管护长效机制", "长期有效", "长期有效", "7", "7", ""),
    ("满意度", "服务对象满意度指标", "周边居民满意度", "≥90%", "94.3%", "10", "10", ""),
    ("满意度", "服务对象满意度指标", "游客满意度", "≥85%", "91%", "10", "10", ""),
]


def doc173(out: Path) -> None:
    """Daqing: the head as label lines; a 资金来源 fund table (预算数 / 执行数 / 执行率 / 分值 / 得分, 合计 over
    中央 / 市级); the indicator table under a two-row header (指标值 over 目标值 / 实际值, other heads vMerged),
    level 1 short (产出 / 效益 / 满意度)."""
    d = new_document()
    para(d, "大庆市2023年度项目支出绩效自评表", 16, True, True)
    para(d, "项目名称：大庆市龙凤湿地保护修复项目")
    para(d, "主管部门：大庆市林业局　　　　实施单位：大庆市湿地保护中心")
    para(d, "一、资金情况（单位：万元）", bold=True)
    ft = grid_table(d, 4, 6, [3.4, 2.6, 2.6, 2.6, 2.0, 2.0], "Table Grid")
    for r, row in enumerate([["资金来源", "预算数", "执行数", "执行率", "分值", "得分"],
                             ["合计", "860.00", "834.20", "97.00%", "10", "9.70"],
                             ["其中：中央资金", "500.00", "500.00", "100.00%", "/", "/"],
                             ["市级资金", "360.00", "334.20", "92.83%", "/", "/"]]):
        for c, text in enumerate(row):
            fill(ft.cell(r, c), text)
    para(d, "二、年度总体目标完成情况", bold=True)
    para(d, "修复退化湿地1260亩，补植湿生植物312亩，设置保护界桩400根，湿地保护率达到61.2%。")
    para(d, "三、绩效指标完成情况", bold=True)
    rows = ROWS173
    it = grid_table(d, len(rows) + 3, 8, [1.4, 2.2, 3.6, 2.2, 2.2, 1.1, 1.2, 3.0], "Table Grid")
    for c, text in ((0, "一级指标"), (1, "二级指标"), (2, "三级指标"), (5, "分值"), (6, "得分"), (7, "偏差原因分析")):
        vmerge(it, c, 0, 1, text)
    fill(it.cell(0, 3).merge(it.cell(0, 4)), "指标值")
    fill(it.cell(1, 3), "目标值")
    fill(it.cell(1, 4), "实际值")
    repeat_header(it.rows[0])
    repeat_header(it.rows[1])
    indicator_rows(it, 2, rows, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                 "score": 6, "note": 7})
    n = len(rows) + 2
    fill(it.cell(n, 0).merge(it.cell(n, 4)), "合计")
    fill(it.cell(n, 5), "100")
    fill(it.cell(n, 6), "99.52")
    para(d, "")
    para(d, "自评结论：优")
    para(d, "填报人：郭某某　　联系电话：0459-6281××××　　2024年3月15日")
    d.save(out)


def xls174(out: Path) -> None:
    """Tangshan: filled in Excel: title / 填报单位 / 单位 lines; fund parts 中央 / 省级 / 市级 under =SUM, 执行率
    and =ROUND; percent actuals and one count typed as numbers (formats 0.0% and #,##0)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGH", (11, 14, 26, 14, 14, 7, 7, 26)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws.row_dimensions[1].height = 24
    ws["A2"] = "（2023年度）"
    ws.merge_cells("A2:H2")
    ws["A2"].alignment = Alignment(horizontal="center")
    ws["A3"] = "填报单位（盖章）：唐山市人力资源和社会保障局"
    ws["G3"] = "单位：万元"
    put(ws, "A4", "项目名称")
    merge(ws, "B4:H4", "2023年唐山市职业技能提升行动专项资金", left=True)
    put(ws, "A5", "主管部门")
    merge(ws, "B5:D5", "唐山市人力资源和社会保障局", left=True)
    put(ws, "E5", "实施单位")
    merge(ws, "F5:H5", "唐山市职业技能鉴定指导中心", left=True)
    merge(ws, "A6:A10", "项目资金")
    for col, text in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}6", text)
    put(ws, "B7", "年度资金总额")
    for col in "CDE":
        put(ws, f"{col}7", f"=SUM({col}8:{col}10)", MONEY)
    put(ws, "F7", 10)
    put(ws, "G7", "=E7/D7", PCT2)
    put(ws, "H7", "=ROUND(F7*G7,2)", "0.00")
    for r, (label, a, b, c) in enumerate([("其中：中央补助", 1800, 2000, 1900), ("省级补助", 400, 400, 380),
                                          ("市级资金", 200, 250, 237.5)], start=8):
        put(ws, f"B{r}", label, left=True)
        for col, v in zip("CDE", (a, b, c)):
            put(ws, f"{col}{r}", v, MONEY)
        for col in "FGH":
            put(ws, f"{col}{r}", "—")
    put(ws, "A11", "年度总体目标")
    merge(ws, "B11:H11", "全年开展补贴性职业技能培训3.5万人次以上，完成职业技能等级认定1.8万人以上，\n"
                         "培训合格率85%以上，带动城乡劳动者就业1万人以上。", left=True)
    ws.row_dimensions[11].height = 30
    for col, text in zip("ABCDEFGH", (*HEADS17[:7], "偏差原因分析及改进措施")):
        put(ws, f"{col}12", text)
    rows = [
        ("产出指标", "数量指标", "开展补贴性职业技能培训", "≥3.5万人次", "3.62万人次", 10, 10, ""),
        ("产出指标", "数量指标", "培训农村转移劳动力", "≥1.2万人次", "1.26万人次", 6, 6, ""),
        ("产出指标", "数量指标", "职业技能等级认定", "≥1.8万人", (19260, COUNT), 8, 8, ""),
        ("产出指标", "质量指标", "培训合格率", "≥85%", (0.913, PCT1), 8, 8, ""),
        ("产出指标", "质量指标", "取证人员就业率", "≥70%", (0.785, PCT1), 6, 6, ""),
        ("产出指标", "时效指标", "培训补贴审核拨付时限", "≤30个工作日", "25个工作日", 5, 5, ""),
        ("产出指标", "成本指标", "人均培训补贴标准", "≤1200元", "1150元", 7, 7, ""),
        ("效益指标", "社会效益指标", "带动城乡劳动者就业", "≥1万人", "0.96万人", 8, 7.68,
         "部分学员培训后自主创业，\n未计入就业统计"),
        ("效益指标", "社会效益指标", "技能人才占从业人员比例", "≥30%", (0.314, PCT1), 7, 7, ""),
        ("效益指标", "可持续影响指标", "技能人才培养长效机制", "持续完善", "持续完善", 5, 5, ""),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", (0.952, PCT1), 10, 10, ""),
        ("满意度指标", "服务对象满意度指标", "参训企业满意度", "≥90%", (0.94, PCT1), 10, 10, ""),
    ]
    first = 13
    levels(ws, "A", "B", first, rows)
    for i, row in enumerate(rows):
        r = first + i
        for col, val in zip("CDEFGH", row[2:]):
            if isinstance(val, tuple):
                put(ws, f"{col}{r}", val[0], val[1])
            else:
                put(ws, f"{col}{r}", val, left=col in "CH")
        if row[7]:
            ws.row_dimensions[r].height = 30
    end = first + len(rows)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+F7")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+H7", "0.00")
    put(ws, f"H{end}", "自评等级：优")
    ws[f"A{end + 1}"] = "填表人：赵某某　　联系电话：0315-2801××××　　填报日期：2024年3月18日"
    landscape(ws)
    wb.save(out)


ROWS175 = [
    ("产出指标", "数量指标", "运营公交线路", "≥95条", "98条", "8", "8", ""),
    ("产出指标", "数量指标", "运营公交车辆", "≥1500辆", "1526辆", "6", "6", ""),
    ("产出指标", "数量指标", "公交年客运量", "≥9000万人次", "8640万人次", "8", "7.68",
     "居民出行方式变化，<br>客流恢复不及预期"),
    ("产出指标", "质量指标", "新能源公交车占比", "≥95%", "97.8%", "6", "6", ""),
    ("产出指标", "质量指标", "公交车辆准点率", "≥90%", "92.4%", "6", "6", ""),
    ("产出指标", "时效指标", "补贴资金拨付", "按季度拨付", "按季度拨付", "5", "5", ""),
    ("产出指标", "成本指标", "每车公里运营成本", "≤8.5元", "8.32元", "6", "6", ""),
    ("效益指标", "社会效益指标", "城区公交站点500米<br>覆盖率", "≥90%", "93.5%", "10", "10", ""),
    ("效益指标", "社会效益指标", "老年人免费乘车人次", "≥1200万人次", "1286万人次", "8", "8", ""),
    ("效益指标", "可持续影响指标", "公交优先发展机制", "长效运行", "长效运行", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥85%", "90.6%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "公交企业满意度", "≥85%", "88%", "10", "10", ""),
]


def html175(out: Path) -> None:
    """Hengyang: an article page of a bureau's site: breadcrumb, h1, 发布时间 / 来源 line, the form as ONE
    table of <td> (head cells by class), fund label rowspan, level cells rowspan, <br> in cells, a footer."""
    css = ("body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;font-size:10pt;color:#333}"
           ".crumb{font-size:9pt;color:#666;border-bottom:1px solid #c00;padding-bottom:4pt}"
           "h1{text-align:center;font-size:15pt;color:#000;margin:10pt 0 4pt}.info{text-align:center;font-size:9pt;"
           "color:#888;margin-bottom:8pt}table.bd{width:100%;border-collapse:collapse}"
           "table.bd td{border:1px solid #000;padding:2pt 3pt;text-align:center;vertical-align:middle;color:#000}"
           "td.h{font-weight:bold;background:#f2f2f2}td.l{text-align:left}.foot{font-size:8pt;color:#888;"
           "text-align:center;border-top:1px solid #ccc;margin-top:10pt;padding-top:4pt}@page{size:A4;margin:12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         "<title>衡阳市交通运输局2023年城市公交运营补贴项目支出绩效自评表</title>",
         f"<style>{css}</style></head><body>",
         '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政资金 &gt; 绩效评价</div>',
         "<h1>衡阳市交通运输局2023年城市公交运营补贴项目支出绩效自评表</h1>",
         '<div class="info">发布时间：2024-04-10&nbsp;&nbsp;&nbsp;来源：衡阳市交通运输局&nbsp;&nbsp;&nbsp;'
         "【字体：大 中 小】</div>",
         '<table class="bd">',
         '<tr><td class="h" colspan="2">项目名称</td><td class="l" colspan="6">2023年衡阳市城市公交运营补贴</td></tr>',
         '<tr><td class="h" colspan="2">主管部门</td><td colspan="2">衡阳市交通运输局</td>'
         '<td class="h">实施单位</td><td colspan="3">衡阳市公共交通集团有限公司</td></tr>',
         '<tr><td class="h" colspan="2" rowspan="2">项目资金<br>（万元）</td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td>'
         '<td class="h">得分</td></tr>',
         "<tr><td>3,200.00</td><td>3,200.00</td><td>3,136.00</td><td>10</td><td>98.00%</td><td>9.8</td></tr>",
         '<tr><td class="h" colspan="2">年度总体目标</td><td class="l" colspan="6">保障城区98条公交线路、1500辆以上'
         "公交车辆正常运营，落实老年人等群体免费乘车政策，提升公交服务水平。</td></tr>",
         '<tr><td class="h">一级指标</td><td class="h">二级指标</td><td class="h">三级指标</td>'
         '<td class="h">年度指标值</td><td class="h">实际完成值</td><td class="h">分值</td><td class="h">得分</td>'
         '<td class="h">偏差原因分析及改进措施</td></tr>']
    for i, (l1, l2, name, target, actual, weight, score, note) in enumerate(ROWS175):
        cells = []
        if i == 0 or ROWS175[i - 1][0] != l1:
            cells.append(f'<td rowspan="{sum(1 for r in ROWS175 if r[0] == l1)}">{l1}</td>')
        if i == 0 or ROWS175[i - 1][1] != l2 or ROWS175[i - 1][0] != l1:
            span = sum(1 for _ in takewhile(lambda r: r[1] == l2 and r[0] == l1, ROWS175[i:]))
            cells.append(f'<td rowspan="{span}">{l2}</td>' if span > 1 else f"<td>{l2}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{score}</td>", f'<td class="l">{note or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>99.48</td><td>&nbsp;</td></tr>',
          '<tr><td class="h" colspan="2">自评结论</td><td class="l" colspan="6">优</td></tr>', "</table>",
          '<p>&nbsp;</p><div class="foot">主办：衡阳市交通运输局&nbsp;&nbsp;网站标识码：4304000000&nbsp;&nbsp;'
          "湘ICP备00000000号</div>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


ROWS176 = [
    ("产出指标", "数量指标", "联网直报企业数据审核", "≥1.5万家", "1.62万家", "8", "8", ""),
    ("产出指标", "数量指标", "统计数据采集记录", "≥120万条", "126万条", "8", "8", ""),
    ("产出指标", "数量指标", "统计数据查询服务", "≥6000人次", "6380人次", "6", "6", ""),
    ("产出指标", "质量指标", "统计数据审核合格率", "≥98%", "99.2%", "6", "6", ""),
    ("产出指标", "质量指标", "统计数据安全事故", "0起", "0起", "6", "6", ""),
    ("产出指标", "时效指标", "年度统计年鉴编印完成时间", "2023年11月30日前", "2023年11月28日", "5", "5", ""),
    ("产出指标", "成本指标", "每条数据采集成本", "≤0.8元", "0.76元", "6", "6", ""),
    ("效益指标", "社会效益指标", "统计信息按时发布率", "100%", "100%", "8", "8", ""),
    ("效益指标", "社会效益指标", "开展统计法治宣传活动", "≥4期", "3期", "6", "4.5", "一期宣传活动因执法检查推迟至2024年"),
    ("效益指标", "可持续影响指标", "统计数据质量", "真实准确", "真实准确", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "统计数据使用者满意度", "≥95%", "97.6%", "12", "12", ""),
    ("满意度指标", "服务对象满意度指标", "统计调查对象满意度", "≥90%", "96%", "12", "12", ""),
]


def htm176(out: Path) -> None:
    """Baoji: a 部门整体 form (statistics bureau) in ONE Word table saved as "Web Page, Filtered" (.htm,
    gb2312): 年度预算执行情况 rowspan over its rows, 预期目标 / 实际完成情况 columns, a 年度绩效指标 cell
    rowspan down the left."""
    td = _mso_td
    w = [1.4, 1.5, 1.8, 3.2, 2.0, 2.0, 1.0, 1.4, 2.2]   # 16.5 cm
    blank = lambda k: td("", w[k])   # noqa: E731
    rows = [[td("部门（单位）名称", w[0] + w[1], colspan=2), td("宝鸡市统计局", sum(w[2:]), colspan=7, left=True)],
            [td("年度预算执行情况（万元）", w[0] + w[1], rowspan=4, colspan=2), blank(2), td("年初预算数", w[3]),
             td("全年预算数", w[4]), td("全年执行数", w[5]), td("分值", w[6]), td("执行率", w[7]), td("得分", w[8])],
            [td("年度资金总额", w[2]), td("620.00", w[3]), td("655.00", w[4]), td("641.90", w[5]), td("10", w[6]),
             td("98.00%", w[7]), td("9.8", w[8])],
            [td("其中：基本支出", w[2]), td("480.00", w[3]), td("492.00", w[4]), td("492.00", w[5]), td("—", w[6]),
             td("—", w[7]), td("—", w[8])],
            [td("项目支出", w[2]), td("140.00", w[3]), td("163.00", w[4]), td("149.90", w[5]), td("—", w[6]),
             td("—", w[7]), td("—", w[8])],
            [td("年度总体目标", w[0] + w[1], rowspan=2, colspan=2), td("预期目标", w[2] + w[3] + w[4], colspan=3),
             td("实际完成情况", sum(w[5:]), colspan=4)],
            [td("审核联网直报企业数据1.5万家以上，采集统计数据120万条以上，\n提供统计数据查询服务6000人次以上，确保数据安全。",
                w[2] + w[3] + w[4], colspan=3, left=True),
             td("审核企业数据1.62万家，采集数据126万条，\n提供查询服务6380人次，全年无数据安全事故。", sum(w[5:]),
                colspan=4, left=True)]]
    ind = ROWS176
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    rows.append([td("年度绩效指标", w[0], rowspan=len(ind) + 1)] + [td(h, wd) for h, wd in zip(heads, w[1:])])
    for i, r in enumerate(ind):
        cells = []
        for col in (0, 1):
            if i == 0 or r[col] != ind[i - 1][col] or (col == 1 and r[0] != ind[i - 1][0]):
                n = sum(1 for _ in takewhile(lambda x: x[col] == r[col] and (col == 0 or x[0] == r[0]), ind[i:]))
                cells.append(td(r[col], w[1 + col], rowspan=n))
        cells += [td(r[k], w[1 + k], left=k in (2, 7)) for k in range(2, 8)]
        rows.append(cells)
    rows.append([td("总分", sum(w[:6]), colspan=6), td("100", w[6]), td("98.3", w[7]), blank(8)])
    rows.append([td("自评等级", w[0] + w[1], colspan=2), td("优", sum(w[2:]), colspan=7, left=True)])
    p = lambda text, style="": f"<p class=MsoNormal{style}><span style='font-family:宋体'>{text}</span></p>"  # noqa: E731
    center = " align=center style='text-align:center'"
    parts = [MSO_FILTERED_TOP, p("<b>部门整体支出绩效自评表</b>", center), p("（2023年度）", center),
             p("填报单位：宝鸡市统计局&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;填报日期：2024年3月20日"),
             _mso_table(rows, filtered=True), p("&nbsp;"),
             p("单位负责人：权某某&nbsp;&nbsp;&nbsp;&nbsp;填表人：雷某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0917-3260××××"),
             "\n</div>\n\n", "</body>\n\n</html>\n"]
    out.write_bytes("\n".join(parts).encode("gb2312", "xmlcharrefreplace"))


ROWS177 = [   # level 1, level 2, name, 指标性质, 指标值, 度量单位, 实际完成值, 分值, 得分
    ("产出指标", "数量指标", "燃气管网安全巡检", "≥", "4500", "公里", "4726", "10", "10"),
    ("产出指标", "数量指标", "燃气用户入户安检", "≥", "3", "万户", "3.2", "8", "8"),
    ("产出指标", "数量指标", "覆盖燃气经营企业", "=", "34", "家", "34", "6", "6"),
    ("产出指标", "质量指标", "一般安全隐患整改率", "≥", "98", "%", "99.1", "6", "6"),
    ("产出指标", "质量指标", "重大隐患挂牌督办率", "=", "100", "%", "100", "6", "6"),
    ("产出指标", "时效指标", "隐患整改反馈时限", "≤", "20", "个工作日", "18", "5", "5"),
    ("产出指标", "成本指标", "每公里管网巡检费用", "≤", "1000", "元", "960", "6", "6"),
    ("效益指标", "社会效益指标", "燃气设施检测合格率", "≥", "97", "%", "97.8", "10", "10"),
    ("效益指标", "社会效益指标", "较大及以上燃气安全事故", "=", "0", "起", "0", "8", "8"),
    ("效益指标", "可持续影响指标", "燃气安全监管工作机制", "定性", "长效运行", "", "长效运行", "5", "5"),
    ("满意度指标", "服务对象满意度指标", "燃气用户满意度", "≥", "85", "%", "82.6", "10", "9.72"),
    ("满意度指标", "服务对象满意度指标", "燃气经营企业满意度", "≥", "90", "%", "93.2", "10", "10"),
]


def ofd177(out: Path) -> None:
    """Jiujiang: a form written by a budget system as OFD (mm, one TextObject per cell text, rectangle paths):
    the fund block as a 资金来源 table, the indicators with 指标性质 / 指标值 / 度量单位 in three columns and the
    actual without a unit; a TemplatePage holding the system's page header and the title."""
    ids = iter(range(10, 100000))
    objs: list[str] = []
    text, box, cell = _ofd_pen(objs, ids)
    left, y, H = 12.0, 38.0, 7.5
    widths = [16, 30, 36, 14, 14, 16, 18, 12, 12, 18]   # 186 mm
    xs = [left + sum(widths[:i]) for i in range(len(widths))]
    wide = lambda a, b: sum(widths[a:b + 1])   # noqa: E731
    cell(xs[0], y, wide(0, 1), H, "项目名称", True)
    cell(xs[2], y, wide(2, 9), H, "2023年九江市城镇燃气安全专项整治经费", center=False)
    y += H
    cell(xs[0], y, wide(0, 1), H, "主管部门", True)
    cell(xs[2], y, wide(2, 3), H, "九江市城市管理局", center=False)
    cell(xs[4], y, wide(4, 5), H, "实施单位", True)
    cell(xs[6], y, wide(6, 9), H, "九江市燃气安全服务中心", center=False)
    y += H
    fw = [40, 24, 24, 24, 24, 24, 26]   # 186 mm
    fx = [left + sum(fw[:i]) for i in range(len(fw))]
    for r, row in enumerate([["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
                             ["合计", "480.00", "520.00", "499.20", "96.00%", "10", "9.60"],
                             ["财政资金", "480.00", "520.00", "499.20", "", "", ""],
                             ["其他资金", "0.00", "0.00", "0.00", "", "", ""]]):
        for c, s in enumerate(row):
            cell(fx[c], y + r * H, fw[c], H, s, head=r == 0)
    y += 4 * H + 4
    heads = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分", "备注"]
    for c, s in enumerate(heads):
        cell(xs[c], y, widths[c], H, s, head=True)
    y += H
    rows = ROWS177
    for col in (0, 1):   # merged level cells: one rectangle, the word once
        r0 = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or rows[i][col] != rows[r0][col] or (col == 1 and rows[i][0] != rows[r0][0]):
                cell(xs[col], y + r0 * H, widths[col], (i - r0) * H, rows[r0][col])
                r0 = i
    for i, row in enumerate(rows):
        for c in range(2, 9):
            cell(xs[c], y + i * H, widths[c], H, row[c], center=c != 2)
        cell(xs[9], y + i * H, widths[9], H, "")
    y += len(rows) * H
    cell(xs[0], y, wide(0, 6), H, "合计", head=True)
    cell(xs[7], y, widths[7], H, "100")
    cell(xs[8], y, widths[8], H, "99.32")
    cell(xs[9], y, widths[9], H, "")
    y += H
    cell(xs[0], y, wide(0, 1), H, "自评等级", head=True)
    cell(xs[2], y, wide(2, 9), H, "优", center=False)
    text(left, y + H + 2, 186, H, "单位负责人：熊某某　　经办人：涂某某　　打印时间：2024-03-22 10:16:45", size=2.82,
         center=False)
    page = _page("".join(objs), template_id=1).replace("{layer_id}", str(next(ids)))
    body, objs[:] = objs[:], []
    text(left, 3, 186, 6, "江西省预算管理一体化系统　　绩效管理模块", size=2.47, center=False)
    objs.append(f'<ofd:PathObject ID="{next(ids)}" Boundary="12 9 186 1" LineWidth="0.35"><ofd:AbbreviatedData>'
                f'M 0 0.5 L 186 0.5</ofd:AbbreviatedData></ofd:PathObject>')
    text(left, 13, 186, 8, "项目支出绩效自评表", size=5.64, font=1)
    text(left, 22, 186, 6, "（2023年度）", size=3.70)
    text(left, 29, 186, 6, "单位：九江市城市管理局　　　　　　　　　　　　　　　　　　金额单位：万元", center=False)
    template = (f'<ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer ID="{next(ids)}" Type="Background">'
                + "".join(objs) + '</ofd:Layer></ofd:Content></ofd:Page>')
    objs[:] = body
    _write_ofd(out, [page], [(1, "SimHei", "黑体"), (2, "SimSun", "宋体")], "江西省预算管理一体化系统",
               templates=[(1, template)], max_id=next(ids))


# ---------------------------------------------------------------- 178-183: structures, second round

ROWS178 = [
    ("产出指标", "数量指标", "新建改造LED路灯", "≥3200盏", "3326盏", "10", "优", ""),
    ("产出指标", "数量指标", "更换老旧灯杆", "≥850根", "872根", "8", "优", ""),
    ("产出指标", "数量指标", "智能照明控制终端安装", "≥160套", "148套", "6", "良", "部分路段电力接入延后，2024年一季度完成"),
    ("产出指标", "质量指标", "路灯亮灯率", "≥98%", "99.2%", "8", "优", ""),
    ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", "6", "优", ""),
    ("产出指标", "时效指标", "改造工程完工时间", "2023年10月31日前", "2023年10月25日", "6", "优", ""),
    ("产出指标", "成本指标", "单盏路灯改造成本", "≤3800元", "3650元", "6", "优", ""),
    ("效益指标", "经济效益指标", "年节约照明电费", "≥120万元", "131.6万元", "8", "优", ""),
    ("效益指标", "社会效益指标", "主次干道照明覆盖率", "≥95%", "97.1%", "8", "优", ""),
    ("效益指标", "生态效益指标", "照明节电率", "≥30%", "32.5%", "8", "优", ""),
    ("效益指标", "可持续影响指标", "路灯运维管理机制", "健全", "健全", "6", "优", ""),
    ("满意度指标", "服务对象满意度指标", "沿线市民满意度", "≥90%", "93.6%", "10", "优", ""),
]


def doc178(out: Path) -> None:
    """Tangshan (Hebei): each indicator's 得分 written as a GRADE (优 / 良), the grade-to-points rule in a note
    under the table, 总分 in points."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年唐山市城市道路照明节能改造项目", "dept": "唐山市城市管理综合行政执法局",
                   "agency": "唐山市路灯管理处"},
               ("620.00", "650.00", "630.50", "10", "97.00%", "9.70"),
               [("其中：市级财政资金", "620.00", "650.00", "630.50"), ("其他资金", "", "", "")],
               [2.0, 3.4, 2.0, 2.0, 2.0, 1.2, 1.6, 1.4])
    para(d, "")
    n = len(ROWS178)
    t = grid_table(d, n + 3, 8, [1.6, 1.9, 3.4, 2.2, 2.2, 1.1, 1.3, 3.0], "Table Grid")
    fill(t.cell(0, 0).merge(t.cell(0, 7)), "年度绩效指标完成情况")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分（等级）",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(1, c), text)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    indicator_rows(t, 2, ROWS178, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                    "score": 6, "note": 7})
    fill(t.cell(n + 2, 0).merge(t.cell(n + 2, 4)), "总分")
    fill(t.cell(n + 2, 5), "100")
    fill(t.cell(n + 2, 6), "98.50")
    fill(t.cell(n + 2, 7), "自评等级：优")
    para(d, "注：三级指标得分栏按评价等级填列，优＝该指标分值×100%，良＝该指标分值×80%，中＝该指标分值×60%，"
            "差＝0；总分按等级折算后的分值与预算执行率得分合计。", 9)
    para(d, "")
    para(d, "填报人：赵某某　　联系电话：0315-2826×××　　填报日期：2024年3月8日")
    d.save(out)


def xls179(out: Path) -> None:
    """Mudanjiang (Heilongjiang): weights only per LEVEL 1, in the level-1 cell (产出指标（50分）), no 分值 column,
    a score per row; targets as ranges (80-100所, 85%-95%, 不低于6小时且不高于10小时)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for col, w in zip("ABCDEFG", (17, 18, 26, 22, 16, 8, 24)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:G1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:G2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:G3", "2023年牡丹江市冰雪运动进校园项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:C4", "牡丹江市教育局", left=True)
    put(ws, "D4", "实施单位")
    merge(ws, "E4:G4", "牡丹江市青少年体育运动学校", left=True)
    merge(ws, "A5:A6", "项目资金\n（万元）")
    for col, text in zip("BCDEFG", ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}5", text)
    put(ws, "B6", 300, MONEY)
    put(ws, "C6", 320, MONEY)
    put(ws, "D6", 310.4, MONEY)
    put(ws, "E6", 10)
    put(ws, "F6", "=D6/C6", PCT2)
    put(ws, "G6", "=ROUND(E6*F6,2)", "0.00")
    for col, text in zip("ABCDEFG", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分",
                                     "偏差原因分析及改进措施")):
        put(ws, f"{col}7", text)
    rows = [
        ("产出指标（50分）", "数量指标", "开展冰雪运动特色学校", "80-100所", "92所", 10, ""),
        ("产出指标（50分）", "数量指标", "冰雪运动师资培训", "≥300人次", "326人次", 8, ""),
        ("产出指标（50分）", "数量指标", "浇筑校园冰场", "10-12块", "11块", 8, ""),
        ("产出指标（50分）", "质量指标", "学生冰雪运动技能达标率", "85%-95%", (0.886, PCT1), 8, ""),
        ("产出指标（50分）", "质量指标", "冰场安全检查合格率", "100%", (1, PCT0), 6, ""),
        ("产出指标（50分）", "时效指标", "冰场浇筑完成时间", "2023年12月20日前", "2023年12月15日", 5, ""),
        ("产出指标（50分）", "成本指标", "单块冰场浇筑补助", "≤4.5万元", "4.2万元", 5, ""),
        ("效益指标（30分）", "社会效益指标", "参与冰雪运动学生", "≥5万人次", "4.6万人次", 9.2,
         "暖冬致冰期缩短，部分学校上冰课时减少"),
        ("效益指标（30分）", "社会效益指标", "校园冰场日均开放时长", "不低于6小时且不高于10小时", "8小时", 10, ""),
        ("效益指标（30分）", "可持续影响指标", "校园冰雪运动长效机制", "健全", "健全", 10, ""),
        ("满意度指标（10分）", "服务对象满意度指标", "学生及家长满意度", "≥90%", (0.943, PCT1), 10, ""),
    ]
    first = 8
    levels(ws, "A", "B", first, rows)
    for i, (_a, _b, name, target, actual, score, note) in enumerate(rows):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", score)
        put(ws, f"G{r}", note, left=True)
        if note:
            ws.row_dimensions[r].height = 28
    # the merged level-1 cell as typed: a line break before the points in one of them
    ws[f"A{first}"].value = "产出指标\n（50分）"
    end = first + len(rows)
    merge(ws, f"A{end}:E{end}", "总分（满分100分，含预算执行率10分）")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+G6", "0.00")
    put(ws, f"G{end}", "")
    merge(ws, f"A{end + 1}:E{end + 1}", "自评等级")
    merge(ws, f"F{end + 1}:G{end + 1}", "优")
    ws[f"A{end + 3}"] = "填报人：王某某　　联系电话：0453-6272×××　　填报日期：2024年3月12日"
    landscape(ws)
    wb.save(out)


ROWS180 = [
    ("产出指标", "数量指标", "地质灾害隐患点巡查排查", "≥1200处次", "1286处次", "8", "8", ""),
    ("产出指标", "数量指标", "专业监测点位建设", "≥45处", "45处", "8", "8", ""),
    ("产出指标", "数量指标", "群测群防员补助发放", "≥860人", "860人", "6", "6", ""),
    ("产出指标", "数量指标", "排危除险工程实施", "≥12处", "9处", "8", "6", "3处受汛期影响顺延至2024年汛前完工"),
    ("产出指标", "质量指标", "监测设备在线率", "≥95%", "97.8%", "6", "6", ""),
    ("产出指标", "质量指标", "排危除险工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "汛前排查完成时间", "2023年4月30日前", "2023年4月26日", "4", "4", ""),
    ("产出指标", "成本指标", "单处专业监测点建设成本", "≤8.5万元", "8.2万元", "4", "4", ""),
    ("效益指标", "社会效益指标", "因地质灾害造成人员伤亡", "0人", "0人", "10", "10", ""),
    ("效益指标", "社会效益指标", "受威胁群众避险培训覆盖率", "≥90%", "93.5%", "6", "6", ""),
    ("效益指标", "经济效益指标", "避免直接经济损失", "≥3000万元", "3420万元", "6", "6", ""),
    ("效益指标", "可持续影响指标", "群测群防体系", "持续完善", "持续完善", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "受威胁群众满意度", "≥90%", "95.2%", "10", "10", ""),
]
CHECKS180 = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"]


def doc180(out: Path) -> None:
    """Wanzhou (Chongqing): 偏差原因分析 split into five CHECK-MARK columns (经费保障 / 制度保障 / 人员保障 /
    硬件条件保障 / 其他, √ where a cause applies) between 得分 and 改进措施, under a two-row header."""
    d = new_document(landscape=True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年万州区地质灾害综合防治项目", "dept": "重庆市万州区规划和自然资源局",
                   "agency": "重庆市万州区地质灾害防治中心"},
               ("1,150.00", "1,280.00", "1,241.60", "10", "97.00%", "9.70"),
               [("其中：市级补助资金", "800.00", "800.00", "800.00"), ("区级财政资金", "350.00", "480.00", "441.60")],
               [3.0, 4.4, 3.0, 3.0, 3.0, 2.0, 2.4, 2.0])
    para(d, "")
    n = len(ROWS180)
    widths = [1.5, 1.9, 3.8, 2.4, 2.4, 1.0, 1.0, 1.2, 1.2, 1.2, 1.4, 1.0, 4.0]
    t = grid_table(d, n + 3, 13, widths, "Table Grid")
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    for c, text in enumerate(heads):
        fill(t.cell(0, c).merge(t.cell(1, c)), text)
    fill(t.cell(0, 7).merge(t.cell(0, 11)), "偏差原因分析")
    for c, text in enumerate(CHECKS180, start=7):
        fill(t.cell(1, c), text)
    fill(t.cell(0, 12).merge(t.cell(1, 12)), "改进措施")
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    indicator_rows(t, 2, ROWS180, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                    "score": 6, "note": 12})
    for i, row in enumerate(ROWS180):
        if row[7]:   # the shortfall: funds arrived late and the flood season stopped the works
            fill(t.cell(2 + i, 7), "√")
            fill(t.cell(2 + i, 11), "√")
    fill(t.cell(n + 2, 0).merge(t.cell(n + 2, 4)), "总分")
    fill(t.cell(n + 2, 5), "100")
    fill(t.cell(n + 2, 6), "97.70")
    fill(t.cell(n + 2, 7).merge(t.cell(n + 2, 12)), "自评等级：优")
    para(d, "")
    para(d, "填报人：谭某某　　联系电话：023-5822××××　　填报日期：2024年3月15日")
    d.save(out)


ROWS181 = [
    ("产出指标", "数量指标", "食品安全监督抽检", "≥4800批次", "5126批次", "8/8", ""),
    ("产出指标", "数量指标", "特种设备定期检验", "≥1.2万台", "1.26万台", "6/6", ""),
    ("产出指标", "数量指标", "市场主体“双随机”抽查", "≥1500户", "1620户", "6/6", ""),
    ("产出指标", "质量指标", "抽检不合格食品核查处置率", "100%", "100%", "8/8", ""),
    ("产出指标", "质量指标", "消费投诉按时办结率", "≥95%", "97.2%", "6/6", ""),
    ("产出指标", "时效指标", "投诉举报处理时限", "≤7个工作日", "5个工作日", "6/6", ""),
    ("产出指标", "成本指标", "部门整体支出控制", "≤4120万元", "4029.36万元", "5/5", ""),
    ("效益指标", "社会效益指标", "食品安全评价性抽检合格率", "≥98%", "98.6%", "8/8", ""),
    ("效益指标", "社会效益指标", "区域性食品安全事故", "0起", "0起", "7/7", ""),
    ("效益指标", "经济效益指标", "新增市场主体", "≥3万户", "2.7万户", "8/7.2", "个体工商户新增放缓，加大登记便利化措施"),
    ("效益指标", "可持续影响指标", "知识产权质押融资额", "≥5亿元", "5.8亿元", "6 / 6", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92.4%", "8/8", ""),
    ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥85%", "88%", "8/8", ""),
]


def doc181(out: Path) -> None:
    """Changde (Hunan): a 部门整体 form whose weight and score stand in ONE cell per row (分值/得分: 8/7.2),
    the fund row too."""
    d = new_document()
    para(d, "部门整体支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    para(d, "部门（单位）名称：常德市市场监督管理局　　　　金额单位：万元")
    t = grid_table(d, 4, 6, [3.2, 2.4, 2.4, 2.4, 1.8, 2.2], "Table Grid")
    for c, text in enumerate(["年度预算执行情况", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值/得分"]):
        fill(t.cell(0, c), text)
    for r, row in enumerate([["年度资金总额", "3,860.00", "4,120.00", "4,029.36", "97.80%", "10/9.78"],
                             ["其中：基本支出", "2,640.00", "2,700.00", "2,688.12", "99.56%", "—"],
                             ["项目支出", "1,220.00", "1,420.00", "1,341.24", "94.45%", "—"]], start=1):
        for c, text in enumerate(row):
            fill(t.cell(r, c), text)
    para(d, "")
    n = len(ROWS181)
    it = grid_table(d, n + 2, 7, [1.6, 1.9, 3.6, 2.2, 2.2, 2.0, 3.5], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值/得分",
                              "偏差原因分析及改进措施"]):
        fill(it.cell(0, c), text)
    repeat_header(it.rows[0])
    # weight and score in one cell: the 分值/得分 text goes to column 5, the note then fills column 6
    rows = [(a, b, name, tg, ac, both, "", note) for a, b, name, tg, ac, both, note in ROWS181]
    indicator_rows(it, 1, rows, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                  "score": 6, "note": 6})
    fill(it.cell(n + 1, 0).merge(it.cell(n + 1, 4)), "总分")
    fill(it.cell(n + 1, 5), "100/98.98")
    fill(it.cell(n + 1, 6), "")
    para(d, "")
    para(d, "自评结论：优")
    para(d, "单位负责人：覃某某　　填报人：邓某　　填报日期：2024年3月19日")
    d.save(out)


QUANT182 = [
    ("产出指标", "数量指标", "完成生活污水治理行政村", "≥24个", "26个", "10", "10", ""),
    ("产出指标", "数量指标", "新建污水收集管网", "≥38公里", "39.6公里", "8", "8", ""),
    ("产出指标", "数量指标", "建设小型污水处理站", "≥8座", "7座", "8", "7", "1座因选址调整顺延至2024年"),
    ("产出指标", "质量指标", "出水水质达标率", "≥90%", "93.2%", "8", "8", ""),
    ("产出指标", "时效指标", "工程完工时间", "2023年11月30日前", "2023年11月22日", "6", "6", ""),
    ("产出指标", "成本指标", "每公里管网建设成本", "≤6.5万元", "6.3万元", "6", "6", ""),
    ("效益指标", "生态效益指标", "农村生活污水治理率", "≥45%", "47.8%", "8", "8", ""),
    ("效益指标", "社会效益指标", "受益农户", "≥9000户", "9360户", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94.1%", "8", "8", ""),
]
QUAL182 = [
    ("产出指标", "质量指标", "工程建设管理", "规范", "规范", "好", "5", "5"),
    ("效益指标", "生态效益指标", "村庄水环境", "明显改善", "明显改善", "好", "5", "5"),
    ("效益指标", "社会效益指标", "群众环保意识", "逐步提高", "逐步提高", "好", "4", "4"),
    ("效益指标", "可持续影响指标", "设施运行维护机制", "健全", "基本健全", "较好", "6", "4.8"),
]


def html182(out: Path) -> None:
    """Yanjin county (Xinxiang, Henan): a saved web page whose indicators stand in TWO tables: 一、定量指标
    (年度指标值 / 实际完成值 / 分值 / 得分) and 二、定性指标 (目标要求 / 完成情况 / 评价等级 / 分值 / 得分)."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt}h2{text-align:center;font-size:15pt}"
           "h3{font-size:11pt;margin:8pt 0 2pt}table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}@page{size:A4;margin:14mm 12mm}")

    def body(rows, cols):
        out = []
        for i, row in enumerate(rows):
            l1, l2 = row[0], row[1]
            cells = []
            if i == 0 or rows[i - 1][0] != l1:
                cells.append(f'<td rowspan="{sum(1 for r in rows if r[0] == l1)}">{l1}</td>')
            if i == 0 or rows[i - 1][1] != l2 or rows[i - 1][0] != l1:
                span = sum(1 for _ in takewhile(lambda r: r[:2] == row[:2], rows[i:]))
                cells.append(f'<td rowspan="{span}">{l2}</td>' if span > 1 else f"<td>{l2}</td>")
            cells += [f'<td class="l">{row[2]}</td>'] + [f"<td>{v or '&nbsp;'}</td>" for v in row[3:3 + cols]]
            out.append(f"<tr>{''.join(cells)}</tr>")
        return out
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>延津县2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="6">2023年延津县农村生活污水治理项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="2">新乡市生态环境局延津分局</td><td class="h">实施单位</td>'
         '<td colspan="3">延津县农村人居环境整治服务中心</td></tr>',
         '<tr><td class="h" rowspan="2">项目资金<br>（万元）</td><td class="h">年初预算数</td><td class="h">全年预算数</td>'
         '<td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td><td class="h">得分</td></tr>',
         "<tr><td>480.00</td><td>520.00</td><td>499.20</td><td>10</td><td>96.00%</td><td>9.60</td></tr>",
         "</table>", "<h3>一、定量指标</h3>", "<table>",
         '<tr><td class="h">一级指标</td><td class="h">二级指标</td><td class="h">三级指标</td><td class="h">年度指标值</td>'
         '<td class="h">实际完成值</td><td class="h">分值</td><td class="h">得分</td><td class="h">偏差原因分析</td></tr>']
    h += body(QUANT182, 5)
    h += ["</table>", "<h3>二、定性指标</h3>", "<table>",
          '<tr><td class="h">一级指标</td><td class="h">二级指标</td><td class="h">三级指标</td><td class="h">目标要求</td>'
          '<td class="h">完成情况</td><td class="h">评价等级</td><td class="h">分值</td><td class="h">得分</td></tr>']
    h += body(QUAL182, 5)
    h += ['<tr><td class="h" colspan="6">总分（定量指标70分＋定性指标20分＋预算执行率10分）</td><td>100</td>'
          "<td>97.40</td></tr>",
          '<tr><td class="h" colspan="2">自评等级</td><td class="l" colspan="6">优</td></tr>', "</table>",
          "<p>注：定性指标评价等级分为好、较好、一般、差，分别按分值的100%、80%、60%、0计分。</p>",
          "<p>填报人：李某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0373-7612××××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月22日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


TREE183 = [
    ("产出指标", [("数量指标", [("乡村旅游重点村建设", "≥8个", "8个", 8, 8, ""),
                              ("旅游厕所新建改建", "≥25座", "27座", 6, 6, ""),
                              ("乡村旅游从业人员培训", "≥1200人次", "1350人次", 6, 6, "")]),
                 ("质量指标", [("建设项目验收合格率", "100%", (1, PCT0), 8, 8, ""),
                              ("新增A级乡村旅游景区", "≥3家", "2家", 6, 4, "1家景区评定推迟至2024年")]),
                 ("时效指标", [("建设任务完成时间", "2023年12月底前", "2023年12月18日", 8, 8, "")]),
                 ("成本指标", [("重点村平均建设补助", "≤60万元", "58.5万元", 8, 8, "")])]),
    ("效益指标", [("经济效益指标", [("乡村旅游综合收入", "≥12亿元", "13.6亿元", 8, 8, "")]),
                 ("社会效益指标", [("带动农户就业", "≥3000人", "3280人", 8, 8, ""),
                                ("接待游客", "≥500万人次", "536万人次", 6, 6, "")]),
                 ("可持续影响指标", [("乡村旅游设施管护机制", "健全", "健全", 8, 8, "")])]),
    ("满意度指标", [("服务对象满意度指标", [("游客满意度", "≥90%", (0.928, PCT1), 10, 10, "")])]),
]


def xls183(out: Path) -> None:
    """Anshun (Guizhou): the indicators as an OUTLINE in one name column, each row coded 1 / 1.1 / 1.1.1 in a
    编码 column, the level rows (产出指标, 数量指标) carrying their subtotal weight and score (=SUM), names
    indented by the cell format."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效自评"
    for col, w in zip("ABCDEFG", (8, 30, 16, 16, 8, 8, 26)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:G1", "2023年度项目支出绩效自评表")
    ws["A2"] = "填报单位：安顺市文化广电旅游局"
    ws["F2"] = "单位：万元"
    put(ws, "A3", "项目名称")
    merge(ws, "B3:G3", "2023年安顺市乡村旅游提质发展专项资金", left=True)
    put(ws, "A4", "主管部门")
    put(ws, "B4", "安顺市文化广电旅游局", left=True)
    put(ws, "C4", "实施单位")
    merge(ws, "D4:G4", "安顺市乡村旅游发展服务中心", left=True)
    merge(ws, "A5:A6", "项目资金")
    for col, text in zip("BCDEFG", ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}5", text)
    put(ws, "B6", 860, MONEY)
    put(ws, "C6", 900, MONEY)
    put(ws, "D6", 882, MONEY)
    put(ws, "E6", 10)
    put(ws, "F6", "=D6/C6", PCT2)
    put(ws, "G6", "=ROUND(E6*F6,2)", "0.00")
    for col, text in zip("ABCDEFG", ("编码", "绩效指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析")):
        put(ws, f"{col}7", text)
    r = 8
    level1_rows = []
    for k1, (l1, groups) in enumerate(TREE183, start=1):
        r1 = r
        level1_rows.append(r1)
        put(ws, f"A{r1}", str(k1))
        put(ws, f"B{r1}", l1, left=True).font = Font(name="宋体", size=10, bold=True)
        r += 1
        level2_rows = []
        for k2, (l2, items) in enumerate(groups, start=1):
            r2 = r
            level2_rows.append(r2)
            put(ws, f"A{r2}", f"{k1}.{k2}")
            put(ws, f"B{r2}", l2, left=True).alignment = Alignment(horizontal="left", indent=1, vertical="center", wrap_text=True)
            r += 1
            for k3, (name, target, actual, weight, score, note) in enumerate(items, start=1):
                put(ws, f"A{r}", f"{k1}.{k2}.{k3}")
                put(ws, f"B{r}", name, left=True).alignment = Alignment(horizontal="left", indent=2, vertical="center", wrap_text=True)
                put(ws, f"C{r}", target)
                put(ws, f"D{r}", *(actual if isinstance(actual, tuple) else (actual,)))
                put(ws, f"E{r}", weight)
                put(ws, f"F{r}", score)
                put(ws, f"G{r}", note, left=True)
                r += 1
            for col in "EF":
                put(ws, f"{col}{r2}", f"=SUM({col}{r2 + 1}:{col}{r - 1})")
            for col in "CDG":
                put(ws, f"{col}{r2}", "")
        for col in "EF":
            put(ws, f"{col}{r1}", "=" + "+".join(f"{col}{x}" for x in level2_rows))
        for col in "CDG":
            put(ws, f"{col}{r1}", "")
    put(ws, f"A{r}", "")
    put(ws, f"B{r}", "合计（含预算执行率10分）")
    for col, fund in (("E", "E6"), ("F", "G6")):
        put(ws, f"{col}{r}", "=" + "+".join(f"{col}{x}" for x in level1_rows) + f"+{fund}", "0.00" if col == "F" else None)
    put(ws, f"C{r}", "")
    put(ws, f"D{r}", "")
    put(ws, f"G{r}", "自评等级：优", left=True)
    ws[f"A{r + 2}"] = "填报人：吴某某　　联系电话：0851-3322×××　　填报日期：2024年3月7日"
    landscape(ws)
    wb.save(out)


# ---------------------------------------------------------------- build

# ---------------------------------------------------------------- twentieth set: 184-189, structures (third round)

ROWS184 = [
    ("产出指标", "数量指标", "国家基本水文站巡测", "≥36站", "36站", "8", "8", "无"),
    ("产出指标", "数量指标", "中小河流水文监测站点建设", "≥24处", "26处", "8", "8", "无"),
    ("产出指标", "数量指标", "水质监测断面采样", "≥1500断面次", "1562断面次", "6", "6", "无"),
    ("产出指标", "质量指标", "水文测报数据到报率", "≥95%", "98.6%", "8", "8", "无"),
    ("产出指标", "质量指标", "新建站点验收合格率", "100%", "100%", "6", "6", "无"),
    ("产出指标", "时效指标", "汛期水情信息报送时限", "≤20分钟", "15分钟", "6", "6", "无"),
    ("产出指标", "成本指标", "单处监测站点建设成本", "≤12万元", "11.6万元", "8", "8", "无"),
    ("效益指标", "社会效益指标", "洪水预报准确率", "≥85%", "82.4%", "10", "9.69",
     "2023年7月两次局地强降雨超出模型率定范围，已补充率定资料"),
    ("效益指标", "社会效益指标", "服务防汛调度会商", "≥40次", "46次", "8", "8", "无"),
    ("效益指标", "可持续影响指标", "水文站网运行管理制度", "健全", "健全", "12", "12", "无"),
    ("满意度指标", "服务对象满意度指标", "防汛部门满意度", "≥90%", "94.5%", "10", "10", "无"),
]


def doc184(out: Path) -> None:
    """Yancheng (Jiangsu): the indicators run DOWN the page, one block of label：value lines per indicator
    (一级 / 二级 on one line, 指标名称：, 年度指标值：, 实际完成值：, 分值 / 得分, 偏差原因), no indicator grid."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年盐城市水文监测能力提升项目", "dept": "盐城市水利局",
                   "agency": "江苏省水文水资源勘测局盐城分局"},
               ("560.00", "600.00", "583.20", "10", "97.20%", "9.72"),
               [("其中：省级补助资金", "300.00", "300.00", "300.00"), ("市级财政资金", "260.00", "300.00", "283.20")],
               [2.0, 3.4, 2.0, 2.0, 2.0, 1.2, 1.6, 1.4])
    para(d, "")
    para(d, "二、绩效指标完成情况", 12, True)
    for i, (l1, l2, name, target, actual, weight, score, note) in enumerate(ROWS184, start=1):
        para(d, f"指标{i}", None, True)
        para(d, f"一级指标：{l1}　　二级指标：{l2}")
        para(d, f"指标名称：{name}")
        para(d, f"年度指标值：{target}")
        para(d, f"实际完成值：{actual}")
        para(d, f"分值：{weight}　　得分：{score}")
        para(d, f"偏差原因分析及改进措施：{note}")
    para(d, "")
    para(d, "三、自评结论", 12, True)
    para(d, "总分：100分（含预算执行率10分）　　自评得分：99.41分　　自评等级：优")
    para(d, "")
    para(d, "填报人：陈某某　　联系电话：0515-8832××××　　填报日期：2024年3月11日")
    d.save(out)


ROWS185 = [
    ("产出指标-数量指标", "蔬菜新品种选育", "≥12个", "13个", 8, 8, ""),
    ("产出指标-数量指标", "良种繁育基地建设", "≥3000亩", "3120亩", 8, 8, ""),
    ("产出指标-数量指标", "新品种示范推广面积", "≥5万亩", "4.6万亩", 8, 7.36, "部分示范区受夏季高温影响推迟定植"),
    ("产出指标-质量指标", "种子质量抽检合格率", "≥98%", (0.993, PCT1), 8, 8, ""),
    ("产出指标-质量指标", "新品种通过登记", "≥6个", "6个", 6, 6, ""),
    ("产出指标-时效指标", "育种项目验收时间", "2023年12月31日前", "2023年12月20日", 5, 5, ""),
    ("产出指标-成本指标", "每亩繁育基地补助", "≤800元", "780元", 5, 5, ""),
    ("效益指标-经济效益指标", "带动种业产值", "≥8亿元", "8.7亿元", 8, 8, ""),
    ("效益指标-社会效益指标", "带动农户增收", "≥6000户", "6350户", 8, 8, ""),
    ("效益指标-可持续影响指标", "国产蔬菜种子市场占有率", "≥70%", (0.728, PCT1), 8, 8, ""),
    ("效益指标-可持续影响指标", "种质资源保护体系", "健全", "健全", 8, 8, ""),
    ("满意度指标-服务对象满意度指标", "育种企业及种植户满意度", "≥90%", (0.952, PCT1), 10, 10, ""),
]


def xls185(out: Path) -> None:
    """Weifang (Shandong): level 1 and level 2 in ONE merged cell (产出指标-数量指标) over the rows of that
    pair, one column for both levels; percent actuals as numbers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFG", (22, 26, 18, 16, 8, 8, 26)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:G1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:G2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:G3", "2023年潍坊市蔬菜种业振兴项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:C4", "潍坊市农业农村局", left=True)
    put(ws, "D4", "实施单位")
    merge(ws, "E4:G4", "潍坊市农业科学院", left=True)
    merge(ws, "A5:A6", "项目资金\n（万元）")
    for col, text in zip("BCDEFG", ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}5", text)
    put(ws, "B6", 1180, MONEY)
    put(ws, "C6", 1250, MONEY)
    put(ws, "D6", 1212.5, MONEY)
    put(ws, "E6", 10)
    put(ws, "F6", "=D6/C6", PCT2)
    put(ws, "G6", "=ROUND(E6*F6,2)", "0.00")
    for col, text in zip("ABCDEFG", ("一级指标-二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                     "偏差原因分析及改进措施")):
        put(ws, f"{col}7", text)
    first = 8
    start = 0
    for i in range(1, len(ROWS185) + 1):
        if i == len(ROWS185) or ROWS185[i][0] != ROWS185[start][0]:
            a, b = first + start, first + i - 1
            (merge(ws, f"A{a}:A{b}", ROWS185[start][0]) if b > a else put(ws, f"A{a}", ROWS185[start][0]))
            start = i
    for i, (_lv, name, target, actual, weight, score, note) in enumerate(ROWS185):
        r = first + i
        put(ws, f"B{r}", name, left=True)
        put(ws, f"C{r}", target)
        put(ws, f"D{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"E{r}", weight)
        put(ws, f"F{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"G{r}", note, left=True)
    end = first + len(ROWS185)
    merge(ws, f"A{end}:D{end}", "总分")
    put(ws, f"E{end}", f"=SUM(E{first}:E{end - 1})+E6")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+G6", "0.00")
    put(ws, f"G{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：孙某某　　联系电话：0536-8196×××　　填报日期：2024年3月15日"
    landscape(ws)
    wb.save(out)


REGIONS186 = ["台山市", "开平市", "恩平市"]
# level1, level2, name, (全市 target, actual), per region (target, actual), weight, score
ROWS186 = [
    ("产出指标", "数量指标", "渔船更新改造", ("≥60艘", "64艘"), [("25艘", "27艘"), ("15艘", "16艘"), ("20艘", "21艘")],
     "8", "8"),
    ("产出指标", "数量指标", "渔船安全救生设备配备", ("≥1800套", "1866套"),
     [("900套", "930套"), ("400套", "412套"), ("500套", "524套")], "8", "8"),
    ("产出指标", "数量指标", "渔港航道清淤", ("≥12万立方米", "12.6万立方米"),
     [("6万立方米", "6.3万立方米"), ("2万立方米", "2万立方米"), ("4万立方米", "4.3万立方米")], "8", "8"),
    ("产出指标", "数量指标", "渔民安全生产培训", ("≥2400人次", "2310人次"),
     [("1200人次", "1180人次"), ("500人次", "480人次"), ("700人次", "650人次")], "6", "5.78"),
    ("产出指标", "质量指标", "更新渔船检验合格率", ("100%", "100%"), [("100%", "100%")] * 3, "8", "8"),
    ("产出指标", "时效指标", "资金下达及时率", ("100%", "100%"), [("100%", "100%")] * 3, "6", "6"),
    ("产出指标", "成本指标", "每艘渔船更新补助", ("≤18万元", "17.5万元"),
     [("≤18万元", "17.6万元"), ("≤18万元", "17.2万元"), ("≤18万元", "17.6万元")], "6", "6"),
    ("效益指标", "经济效益指标", "带动渔业产值增长", ("≥5%", "5.6%"),
     [("≥5%", "5.9%"), ("≥5%", "5.1%"), ("≥5%", "5.5%")], "8", "8"),
    ("效益指标", "社会效益指标", "渔业安全生产事故死亡人数", ("0人", "0人"), [("0人", "0人")] * 3, "10", "10"),
    ("效益指标", "可持续影响指标", "渔船安全管理长效机制", ("健全", "健全"), [("健全", "健全")] * 3, "12", "12"),
    ("满意度指标", "服务对象满意度指标", "渔民满意度", ("≥90%", "93.8%"),
     [("≥90%", "94.2%"), ("≥90%", "92.6%"), ("≥90%", "94.1%")], "10", "10"),
]


def html186(out: Path) -> None:
    """Jiangmen (Guangdong): a 转移支付 (transfer payment) form whose fund and indicator tables carry the
    whole city's figures AND each county's side by side (台山市 / 开平市 / 恩平市, 年度目标 / 实际完成 each)."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:8.5pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:2pt 3pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold;background:#eee}td.l{text-align:left}@page{size:A4 landscape;margin:12mm 10mm}")
    reg = "".join(f'<td class="h" colspan="2">{r}</td>' for r in REGIONS186)
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>江门市2023年度转移支付资金绩效自评表</title><style>{css}</style></head><body>",
         "<h2>转移支付资金绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>',
         "<table>",
         '<tr><td class="h">专项资金名称</td><td class="l" colspan="5">2023年省级渔业发展补助资金（渔业安全与渔船更新）</td></tr>',
         '<tr><td class="h">省级主管部门</td><td colspan="2">广东省农业农村厅</td><td class="h">市级主管部门</td>'
         '<td colspan="2">江门市农业农村局</td></tr>',
         '<tr><td class="h">资金情况（万元）</td><td class="h">全市合计</td>'
         + "".join(f'<td class="h">{r}</td>' for r in REGIONS186) + '<td class="h">分值 / 得分</td></tr>',
         '<tr><td class="h">年初预算数</td><td>1,500.00</td><td>620.00</td><td>380.00</td><td>500.00</td>'
         '<td rowspan="4">10 / 9.63</td></tr>',
         '<tr><td class="h">全年预算数</td><td>1,620.00</td><td>680.00</td><td>400.00</td><td>540.00</td></tr>',
         '<tr><td class="h">全年执行数</td><td>1,560.06</td><td>662.30</td><td>378.40</td><td>519.36</td></tr>',
         '<tr><td class="h">执行率</td><td>96.30%</td><td>97.40%</td><td>94.60%</td><td>96.18%</td></tr>',
         "</table>", "<table>",
         '<tr><td class="h" rowspan="2">一级指标</td><td class="h" rowspan="2">二级指标</td>'
         '<td class="h" rowspan="2">三级指标</td><td class="h" colspan="2">全市</td>' + reg +
         '<td class="h" rowspan="2">分值</td><td class="h" rowspan="2">得分</td></tr>',
         "<tr>" + '<td class="h">年度目标</td><td class="h">实际完成</td>' * 4 + "</tr>"]
    for i, (l1, l2, name, whole, parts, weight, score) in enumerate(ROWS186):
        cells = []
        if i == 0 or ROWS186[i - 1][0] != l1:
            cells.append(f'<td rowspan="{sum(1 for r in ROWS186 if r[0] == l1)}">{l1}</td>')
        if i == 0 or ROWS186[i - 1][1] != l2 or ROWS186[i - 1][0] != l1:
            span = sum(1 for _ in takewhile(lambda r: r[:2] == (l1, l2), ROWS186[i:]))
            cells.append(f'<td rowspan="{span}">{l2}</td>' if span > 1 else f"<td>{l2}</td>")
        cells.append(f'<td class="l">{name}</td>')
        cells += [f"<td>{v}</td>" for pair in [whole, *parts] for v in pair]
        cells += [f"<td>{weight}</td>", f"<td>{score}</td>"]
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="11">总分（含资金执行率10分）</td><td>100</td><td>99.41</td></tr>',
          '<tr><td class="h" colspan="3">自评等级</td><td class="l" colspan="10">优</td></tr>',
          '<tr><td class="h" colspan="3">偏差原因分析及改进措施</td><td class="l" colspan="10">渔民安全生产培训'
          "受伏季休渔期调整影响，部分培训班次合并举办，参训人次略低于目标；2024年将提前安排培训计划。</td></tr>",
          "</table>",
          "<p>填报单位（盖章）：江门市农业农村局&nbsp;&nbsp;&nbsp;&nbsp;填报人：梁某某&nbsp;&nbsp;&nbsp;&nbsp;"
          "联系电话：0750-3502×××&nbsp;&nbsp;&nbsp;&nbsp;填报日期：2024年3月20日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


ROWS187 = [
    ("产出指标", "数量指标", "森林消防专业队伍培训", "≥1200人次", "1268人次", "8", "8", ""),
    ("产出指标", "数量指标", "新建生物防火林带", "≥35公里", "36.2公里", "8", "8", ""),
    ("产出指标", "数量指标", "购置森林消防装备", "≥420台（套）", "420台（套）", "6", "6", ""),
    ("产出指标", "质量指标", "防火林带造林成活率", "≥90%", "92.5%", "6", "6", ""),
    ("产出指标", "质量指标", "瞭望监控覆盖率", "≥85%", "83%", "8", "7.81", "2处监控塔选址调整，2024年建成"),
    ("产出指标", "时效指标", "防火期前装备配发完成时间", "2023年10月31日前", "2023年10月25日", "4", "4", ""),
    ("产出指标", "成本指标", "每公里防火林带建设成本", "≤3.2万元", "3.05万元", "5", "5", ""),
    ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰", "0.2‰", "10", "10", ""),
    ("效益指标", "社会效益指标", "森林火灾24小时扑灭率", "≥95%", "100%", "10", "10", ""),
    ("效益指标", "可持续影响指标", "森林防火网格化管理体系", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "95.3%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "基层护林员满意度", "≥85%", "91.6%", "7", "7", ""),
]
LABELS187 = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]


def doc187(out: Path) -> None:
    """Taizhou (Zhejiang): the indicator table TRANSPOSED: its header down the LEFT (一级指标 … 得分) and one
    indicator per column, levels merged across columns; two such tables (产出, 效益 and 满意度); landscape."""
    d = new_document(landscape=True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年台州市森林防火能力建设项目", "dept": "台州市林业局",
                   "agency": "台州市森林消防和林业有害生物防治站"},
               ("780.00", "820.00", "801.96", "10", "97.80%", "9.78"),
               [("其中：市级财政资金", "780.00", "820.00", "801.96"), ("其他资金", "", "", "")],
               [3.0, 4.4, 3.0, 3.0, 3.0, 2.0, 2.4, 2.4])
    para(d, "")
    para(d, "年度绩效指标完成情况", 12, True)
    for part in (ROWS187[:7], ROWS187[7:]):
        n = len(part)
        t = grid_table(d, len(LABELS187), n + 1, [2.6] + [23.0 / n] * n, "Table Grid")
        for r, label in enumerate(LABELS187):
            fill(t.cell(r, 0), label)
        for k in (0, 1):
            start = 0
            for i in range(1, n + 1):
                if i == n or part[i][k] != part[start][k] or (k == 1 and part[i][0] != part[start][0]):
                    cell = t.cell(k, start + 1)
                    if i - 1 > start:
                        cell = cell.merge(t.cell(k, i))
                    fill(cell, part[start][k])
                    start = i
        for c, row in enumerate(part, start=1):
            for r in range(2, 8):
                fill(t.cell(r, c), row[r])
        para(d, "")
    para(d, "总分：100　　自评得分：99.59　　自评等级：优")
    para(d, "填报人：林某某　　联系电话：0576-8868××××　　填报日期：2024年3月14日")
    d.save(out)


ROWS188 = [
    ("产出指标", "数量指标", "开展课后服务学校", "≥180所", "186所", 8, 8, "",
     "完成目标值得满分；每少1所扣0.5分，扣完为止。"),
    ("产出指标", "数量指标", "参加课后服务学生", "≥12万人", "12.8万人", 8, 8, "",
     "完成目标值得满分；未完成的按完成比例计分。"),
    ("产出指标", "数量指标", "课后服务教师补助发放", "≥8500人", "8620人", 6, 6, "",
     "全部发放得满分，每少100人扣1分。"),
    ("产出指标", "质量指标", "课后服务覆盖有需求学生比例", "100%", (1, PCT0), 8, 8, "",
     "达到100%得满分，每低1个百分点扣1分。"),
    ("产出指标", "质量指标", "课后服务安全责任事故", "0起", "0起", 6, 6, "",
     "未发生得满分，发生1起不得分。"),
    ("产出指标", "时效指标", "补助资金拨付完成时间", "2023年12月31日前", "2023年12月22日", 6, 6, "",
     "按时完成得满分，每延迟10天扣2分。"),
    ("产出指标", "成本指标", "生均课后服务财政补助", "≤300元/学期", "285元/学期", 4, 4, "",
     "不超过标准得满分，超出不得分。"),
    ("效益指标", "社会效益指标", "减轻家长接送负担", "有效减轻", "有效减轻", 10, 10, "",
     "根据问卷调查结果综合评定。"),
    ("效益指标", "社会效益指标", "学生参与素质拓展类课程比例", "≥60%", (0.574, PCT1), 10, 9.57,
     "部分农村学校缺少专业师资，2024年引入第三方机构",
     "达到60%得满分，未达到的按完成比例计分。"),
    ("效益指标", "可持续影响指标", "课后服务经费保障机制", "健全", "健全", 10, 10, "",
     "机制健全得满分，基本健全得6分，不健全不得分。"),
    ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", (0.936, PCT1), 7, 7, "",
     "满意度90%及以上得满分，每低1个百分点扣1分。"),
    ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", (0.948, PCT1), 7, 7, "",
     "满意度90%及以上得满分，每低1个百分点扣1分。"),
]


def xls188(out: Path) -> None:
    """Bengbu (Anhui): each indicator row followed by a 评分标准 row spanning the table (rules with figures of
    their own: 每少1所扣0.5分), level cells merged over both rows of each indicator."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for col, w in zip("ABCDEFGH", (12, 16, 26, 16, 16, 8, 8, 24)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws.row_dimensions[1].height = 24
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年蚌埠市义务教育阶段课后服务补助项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "蚌埠市教育局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:H4", "蚌埠市教育局", left=True)
    merge(ws, "A5:B6", "项目资金（万元）")
    for col, text in zip("CDEFGH", ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}5", text)
    put(ws, "C6", 3600, MONEY)
    put(ws, "D6", 3600, MONEY)
    put(ws, "E6", 3546, MONEY)
    put(ws, "F6", 10)
    put(ws, "G6", "=E6/D6", PCT2)
    put(ws, "H6", "=ROUND(F6*G6,2)", "0.00")
    for col, text in zip("ABCDEFGH", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                      "偏差原因分析及改进措施")):
        put(ws, f"{col}7", text)
    first = 8
    doubled = [row for row in ROWS188 for _ in (0, 1)]
    levels(ws, "A", "B", first, doubled)
    for i, (_a, _b, name, target, actual, weight, score, note, rule) in enumerate(ROWS188):
        r = first + 2 * i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"H{r}", note, left=True)
        if note:
            ws.row_dimensions[r].height = 28
        merge(ws, f"C{r + 1}:H{r + 1}", f"评分标准：{rule}", left=True)
    end = first + 2 * len(ROWS188)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+F6")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+H6", "0.00")
    put(ws, f"H{end}", "")
    merge(ws, f"A{end + 1}:E{end + 1}", "自评等级")
    merge(ws, f"F{end + 1}:H{end + 1}", "优")
    ws[f"A{end + 3}"] = "填报人：周某某　　联系电话：0552-2046×××　　填报日期：2024年3月18日"
    landscape(ws)
    wb.save(out)


ROWS189 = [
    ("产出指标", "数量指标", "改造老旧小区", "52个", "完成52/52个", "8", "8", ""),
    ("产出指标", "数量指标", "改造老旧楼栋", "386栋", "完成379/386栋", "8", "7.85", "7栋因居民意见未统一暂缓改造"),
    ("产出指标", "数量指标", "加装电梯", "≥30部", "34部", "6", "6", ""),
    ("产出指标", "数量指标", "改造雨污分流管网", "≥42公里", "43.5公里", "6", "6", ""),
    ("产出指标", "质量指标", "竣工验收合格小区", "52个", "合格52/52个", "8", "8", ""),
    ("产出指标", "时效指标", "按期完工小区", "52个", "按期49/52个", "6", "5.65", "3个小区因管线迁改延期至2024年1月"),
    ("产出指标", "成本指标", "小区户均改造成本", "≤2.8万元", "2.65万元", "8", "8", ""),
    ("效益指标", "社会效益指标", "惠及居民", "≥1.6万户", "1.64万户", "10", "10", ""),
    ("效益指标", "社会效益指标", "改造小区成立业主自治组织", "52个", "已成立48/52个", "6", "5.54", "4个小区正在筹备"),
    ("效益指标", "可持续影响指标", "长效管理机制", "建立", "已建立", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", "92.7%", "16", "16", ""),
]


def doc189(out: Path) -> None:
    """Jingzhou (Hubei): actuals written as FRACTIONS of the target (完成379/386栋, 按期49/52个), the part
    done over the whole, beside ordinary figures."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年荆州市城镇老旧小区改造项目", "dept": "荆州市住房和城乡建设局",
                   "agency": "荆州市城市更新服务中心"},
               ("9,800.00", "10,400.00", "10,046.40", "10", "96.60%", "9.66"),
               [("其中：中央补助资金", "6,200.00", "6,200.00", "6,200.00"), ("市级财政资金", "3,600.00", "4,200.00", "3,846.40")],
               [2.0, 3.4, 2.0, 2.0, 2.0, 1.2, 1.6, 1.4])
    para(d, "")
    n = len(ROWS189)
    t = grid_table(d, n + 2, 8, [1.6, 1.9, 3.4, 1.9, 2.4, 1.1, 1.2, 3.0], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    indicator_rows(t, 1, ROWS189, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                    "score": 6, "note": 7})
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    fill(t.cell(n + 1, 5), "100")
    fill(t.cell(n + 1, 6), "98.70")
    fill(t.cell(n + 1, 7), "自评等级：优")
    para(d, "")
    para(d, "填报人：黄某某　　联系电话：0716-8462×××　　填报日期：2024年3月21日")
    d.save(out)


# ---------------------------------------------------------------- 202-207: file quirks (twenty-third set)

def _renumber_revisions(d) -> None:
    """tracked() gives every change the same w:id: Word wants them unique, so number them in order."""
    for k, e in enumerate(d.element.body.iter(qn("w:ins"), qn("w:del")), start=1001):
        e.set(qn("w:id"), str(k))


def _inserted_mid(cell, head: str, new: str, tail: str) -> None:
    """Words inserted inside a name with track changes on: the old text kept around a w:ins."""
    fill(cell, head)
    p = cell.paragraphs[0]._p
    i = _el("w:ins", **{"w:id": 903, "w:author": AUTHOR, "w:date": STAMP})
    i.append(_run(new))
    p.append(i)
    p.append(_run(tail))


def _deleted_row(row) -> None:
    """A whole row deleted with track changes on: w:del in the row's trPr and every run as w:delText."""
    row._tr.get_or_add_trPr().append(_el("w:del", **{"w:id": 904, "w:author": AUTHOR, "w:date": STAMP}))
    for t in row._tr.iter(qn("w:t")):
        t.tag = qn("w:delText")
    for r in list(row._tr.iter(qn("w:r"))):
        wrap = _el("w:del", **{"w:id": 905, "w:author": AUTHOR, "w:date": STAMP})
        r.addprevious(wrap)
        wrap.append(r)


ROWS202 = [
    ("产出指标", "数量指标", "配备数字化医疗设备的社区卫生服务中心", "≥12个", "12个", "10", "10", ""),
    ("产出指标", "数量指标", "社区医务人员业务培训", "≥600人次", ("626人次", "648人次"), "8", "8", ""),
    ("产出指标", "数量指标", ("家庭医生签约", "服务", "人数"), "≥3.5万人", "3.62万人", "8", "8", ""),
    ("产出指标", "质量指标", "设备验收合格率", "100%", "100%", "8", "8", ""),
    ("产出指标", "时效指标", "设备采购完成时间", "2023年10月底前", "2023年10月20日", "6", "6", ""),
    ("产出指标", "成本指标", "单个中心设备购置成本", "≤45万元", ("44.6万元", "43.8万元"), "8", "8", ""),
    ("效益指标", "社会效益指标", "社区首诊人次增长率", "≥8%", "6.4%", "10", ("7.2", "8"),
     "部分居民仍习惯直接到二级以上医院就诊，下一步加强分级诊疗宣传。"),
    ("效益指标", "社会效益指标", "重点人群健康管理率", "≥70%", "72.5%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "基层医疗服务网络", "持续完善", "持续完善", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "居民就医满意度", "≥90%", "93.1%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "医务人员满意度", "≥85%", "88.6%", "8", "8", ""),
]
# the row deleted with track changes on (after 家庭医生签约服务人数): not in the final view
DELETED202 = ("产出指标", "数量指标", "新建社区卫生服务站", "≥2个", "2个", "4", "4", "")


def doc202(out: Path) -> None:
    """Siping (Jilin): TRACKED CHANGES left in the indicator and fund tables (changed figures, words inserted
    in a name, a whole indicator row deleted) and two COMMENTS anchored in the tables; the file opens in the
    final view, as the form was printed."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    head = _head_fund(d, {"project": "2023年四平市社区卫生服务中心能力建设项目", "dept": "四平市卫生健康委员会",
                          "agency": "四平市基层卫生服务指导中心"},
                      ("560.00", "580.00", "", "10", "93.41%", "9.34"),
                      [("其中：中央补助资金", "300.00", "300.00", "300.00"), ("市级财政资金", "260.00", "280.00", "")],
                      [2.0, 3.4, 2.0, 2.0, 2.0, 1.2, 1.6, 1.4])
    tracked(head.cell(3, 4), "536.20", "541.80")
    tracked(head.cell(4 + 1, 4), "236.20", "241.80")
    para(d, "")
    rows = ROWS202[:3] + [DELETED202] + ROWS202[3:]
    n = len(rows)
    t = grid_table(d, n + 2, 8, [1.6, 1.9, 3.3, 1.9, 2.3, 1.1, 1.4, 2.9], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])

    def plain(v):
        return v if isinstance(v, str) else ""
    indicator_rows(t, 1, [tuple(plain(v) for v in r) for r in rows],
                   {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5, "score": 6, "note": 7})
    for i, r in enumerate(rows, start=1):
        if isinstance(r[2], tuple):
            _inserted_mid(t.cell(i, 2), *r[2])
        for col, v in ((4, r[4]), (6, r[6])):
            if isinstance(v, tuple):
                tracked(t.cell(i, col), *v)
    _deleted_row(t.rows[4])
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    fill(t.cell(n + 1, 5), "100")
    fill(t.cell(n + 1, 6), "97.34")
    fill(t.cell(n + 1, 7), "自评等级：优")
    # comments: the reviewer's notes live in comments.xml, anchored on runs in the tables
    d.add_comment(head.cell(3, 4).paragraphs[0].runs or [head.cell(3, 1).paragraphs[0].runs[0]],
                  text="执行数以财政一体化系统12月31日数据为准。", author="审核人", initials="SH")
    score = t.cell(8, 6).paragraphs[0]
    d.add_comment(score.runs or [t.cell(8, 5).paragraphs[0].runs[0]],
                  text="6.4÷8×10＝8分，原填7.2分有误，已改。", author="审核人", initials="SH")
    _renumber_revisions(d)
    final_view(d)
    para(d, "")
    para(d, "填报人：王某某　　联系电话：0434-3268×××　　填报日期：2024年3月18日")
    d.save(out)


WPS_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word"')


def _text_box(d, blocks: list, width_cm: float, height_cm: float) -> None:
    """Move the body elements `blocks` (tables, paragraphs) into a floating TEXT BOX: mc:AlternateContent
    with a DrawingML shape (wps:txbx) and its VML fallback (v:textbox), each holding a copy in w:txbxContent,
    as Word writes a text box."""
    from copy import deepcopy

    from docx.oxml import parse_xml
    cx, cy = int(Cm(width_cm).emu), int(Cm(height_cm).emu)
    xml = (f'<w:r {WPS_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
           f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
           f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
           f'<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
           f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
           f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
           f'<wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
           f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
           f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
           f'<wps:txbx><w:txbxContent/></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" '
           f'rIns="0" bIns="0" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
           f'</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
           f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><v:stroke joinstyle="miter"/>'
           f'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" filled="f" stroked="f" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office" '
           f'style="position:absolute;margin-left:0;margin-top:0;width:{width_cm}cm;height:{height_cm}cm;'
           f'z-index:251659264"><v:textbox inset="0,0,0,0"><w:txbxContent/></v:textbox>'
           f'<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    run = parse_xml(xml)
    for box in run.iter(qn("w:txbxContent")):
        for b in blocks:
            box.append(deepcopy(b))
        if box[-1].tag != qn("w:p"):   # a text box's content ends with a paragraph, as a cell's does
            box.append(_el("w:p"))
    p = _el("w:p")
    p.append(run)
    blocks[0].addprevious(p)
    for b in blocks:
        b.getparent().remove(b)


ROWS203 = [
    ("产出指标", "数量指标", "新建实训室", "≥8间", "8间", "10", "10", ""),
    ("产出指标", "数量指标", "购置实训设备", "≥420台（套）", "436台（套）", "8", "8", ""),
    ("产出指标", "数量指标", "开展实训课时", "≥1.2万课时", "1.26万课时", "8", "8", ""),
    ("产出指标", "质量指标", "设备验收合格率", "100%", "100%", "8", "8", ""),
    ("产出指标", "时效指标", "实训室投入使用时间", "2023年9月前", "2023年8月28日", "6", "6", ""),
    ("产出指标", "成本指标", "设备购置成本", "≤860万元", "842.6万元", "8", "8", ""),
    ("效益指标", "社会效益指标", "学生职业技能等级证书获取率", "≥75%", "78.3%", "10", "10", ""),
    ("效益指标", "社会效益指标", "面向社会开展培训", "≥1500人次", "1620人次", "8", "8", ""),
    ("效益指标", "可持续影响指标", "校企合作企业", "≥20家", "18家", "8", "7.2", "2家企业因经营调整暂缓合作"),
    ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "94.2%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "合作企业满意度", "≥85%", "90.5%", "8", "8", ""),
]


def doc203(out: Path) -> None:
    """Yingkou (Liaoning): the whole form (head and fund table, indicator table, 总分) inside ONE floating
    TEXT BOX (wps:txbx in mc:AlternateContent with a VML v:textbox fallback), as a template drawn with a
    text box to hold its layout; only the title and the signature line are body text."""
    d = new_document()
    d.styles["Normal"].font.size = Pt(9)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    widths = [1.5, 1.8, 3.1, 1.9, 2.0, 1.2, 1.3, 3.2]
    head = _head_fund(d, {"project": "2023年营口市职业院校实训基地建设项目", "dept": "营口市教育局",
                          "agency": "营口职业技术学院"},
                      ("880.00", "900.00", "871.20", "10", "96.80%", "9.68"),
                      [("其中：省级补助资金", "500.00", "500.00", "500.00"), ("市级财政资金", "380.00", "400.00", "371.20")],
                      [1.5, 3.2, 1.9, 1.9, 2.0, 1.0, 1.8, 2.7])
    gap = para(d, "")
    n = len(ROWS203)
    t = grid_table(d, n + 2, 8, widths, "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    indicator_rows(t, 1, ROWS203, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                    "score": 6, "note": 7})
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    fill(t.cell(n + 1, 5), "100")
    fill(t.cell(n + 1, 6), "98.88")
    fill(t.cell(n + 1, 7), "自评等级：优")
    _text_box(d, [head._tbl, gap._p, t._tbl], 16.2, 19.5)
    para(d, "填报人：刘某某　　联系电话：0417-2856×××　　填报日期：2024年3月12日")
    d.save(out)


def _hidden_run(p, text: str) -> None:
    """Hidden text (w:vanish): the template's fill-in hint left in the cell, not displayed or printed."""
    r = _run(text)
    rpr = _el("w:rPr")
    rpr.append(_el("w:vanish"))
    r.insert(0, rpr)
    p.append(r)


def _hidden_row(row) -> None:
    """A row whose every run and paragraph mark is hidden: Word shows and prints nothing of it."""
    for p in row._tr.iter(qn("w:p")):
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            ppr = _el("w:pPr")
            p.insert(0, ppr)
        mark = _el("w:rPr")
        mark.append(_el("w:vanish"))
        ppr.append(mark)
        for r in p.findall(qn("w:r")):
            rpr = _el("w:rPr")
            rpr.append(_el("w:vanish"))
            r.insert(0, rpr)


ROWS204 = [
    ("产出指标", "数量指标", "完成食堂改造学校", "≥24所", "25所", "10", "10", ""),
    ("产出指标", "数量指标", "更新厨房设备", "≥380台", "392台", "8", "8", ""),
    ("产出指标", "数量指标", "明厨亮灶视频监控接入学校", "≥24所", "25所", "6", "6", ""),
    ("产出指标", "质量指标", "食品安全量化等级A级食堂比例", "≥90%", "92%", "8", "8", ""),
    ("产出指标", "质量指标", "改造工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "开学前完工率", "100%", "96%", "6", "5.76", "1所学校因管线改造顺延至国庆假期完工"),
    ("产出指标", "成本指标", "单校改造平均成本", "≤120万元", "116.5万元", "6", "6", ""),
    ("效益指标", "社会效益指标", "学生在校就餐率", "≥85%", "88.4%", "10", "10", ""),
    ("效益指标", "可持续影响指标", "食堂管理制度", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "92.6%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "91.3%", "10", "10", ""),
]
# the template's hints, kept as hidden text after the typed value (a form system's .docx template)
HINTS204 = {3: "（填写量化目标值，含计量单位）", 4: "（填写实际完成值）", 7: "（未完成的须说明原因）"}


def doc204(out: Path) -> None:
    """Pudong (Shanghai): a form generated from a system's template that keeps its fill-in HINTS as HIDDEN
    TEXT (w:vanish) after the typed values, and a hidden hint row under the header (every run and paragraph
    mark hidden); Word shows and prints neither. (An HTML altChunk was tried first: LibreOffice 7.4 drops it.)"""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    head = _head_fund(d, {"project": "2023年浦东新区中小学食堂提升改造项目", "dept": "上海市浦东新区教育局",
                          "agency": "浦东新区学校后勤服务中心"},
                      ("3,000.00", "2,950.00", "2,912.50", "10", "98.73%", "9.87"),
                      [("其中：市级补助资金", "1,200.00", "1,200.00", "1,200.00"),
                       ("区级财政资金", "1,800.00", "1,750.00", "1,712.50")],
                      [2.0, 3.4, 2.0, 2.0, 2.0, 1.2, 1.6, 1.4])
    _hidden_run(head.cell(3, 4).paragraphs[0]._p, "（按国库支付数填列）")
    para(d, "")
    n = len(ROWS204)
    t = grid_table(d, n + 3, 8, [1.6, 1.9, 3.3, 1.9, 2.2, 1.1, 1.4, 3.1], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    fill(t.cell(1, 0).merge(t.cell(1, 7)), "填表说明：一级指标、二级指标按部门预算批复填列；分值合计90分，"
                                           "预算执行率10分；得分保留两位小数。")
    _hidden_row(t.rows[1])
    indicator_rows(t, 2, ROWS204, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                    "score": 6, "note": 7})
    for i in range(n):
        for col, hint in HINTS204.items():
            _hidden_run(t.cell(2 + i, col).paragraphs[0]._p, hint)
    fill(t.cell(n + 2, 0).merge(t.cell(n + 2, 4)), "总分")
    fill(t.cell(n + 2, 5), "100")
    fill(t.cell(n + 2, 6), "99.63")
    fill(t.cell(n + 2, 7), "自评等级：优")
    para(d, "")
    para(d, "填报人：沈某某　　联系电话：021-5862××××　　填报日期：2024年3月20日")
    d.save(out)


def _field(p, instr: str, shown: str, simple: bool) -> None:
    """A Word field with its cached result: w:fldSimple, or the complex form (fldChar begin, instrText,
    separate, the result run, end), as Word stores =SUM(ABOVE) and formula fields."""
    if simple:
        f = _el("w:fldSimple", **{"w:instr": f" {instr} ", "w:fldLock": "true"})
        f.append(_run(shown))
        p.append(f)
        return
    for part in ("begin", instr, "separate", shown, "end"):
        r = _el("w:r")
        if part in ("begin", "separate", "end"):
            r.append(_el("w:fldChar", **{"w:fldCharType": part, **({"w:fldLock": "true"} if part == "begin" else {})}))
        elif part == instr:
            it = _el("w:instrText")
            it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            it.text = f" {instr} "
            r.append(it)
        else:
            r = _run(shown)
        p.append(r)


ROWS205 = [
    ("产出指标", "数量指标", "集中供暖面积", "≥1800万平方米", "1846万平方米", "10", "10", ""),
    ("产出指标", "数量指标", "供暖用户", "≥9.6万户", "9.82万户", "8", "8", ""),
    ("产出指标", "数量指标", "新建改造供暖管网", "≥35公里", "36.4公里", "8", "8", ""),
    ("产出指标", "质量指标", "室内温度达标率", "≥98%", "98.6%", "8", "8", ""),
    ("产出指标", "时效指标", "补贴资金拨付及时率", "100%", "100%", "6", "6", ""),
    ("产出指标", "成本指标", "单位面积运营补贴", "≤12元/平方米", "11.6元/平方米", "8", "8", ""),
    ("效益指标", "社会效益指标", "供暖期供暖事故", "0起", "0起", "8", "8", ""),
    ("效益指标", "生态效益指标", "清洁能源供暖占比", "≥95%", "96.2%", "10", "10", ""),
    ("效益指标", "可持续影响指标", "供暖运营监管机制", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "供暖用户满意度", "≥90%", "88.2%", "10", "9.8",
     "部分老旧小区末端管网温度偏低，2024年供暖季前完成改造"),
    ("满意度指标", "服务对象满意度指标", "供暖企业满意度", "≥85%", "89%", "6", "6", ""),
]


def doc205(out: Path) -> None:
    """Lhasa (Tibet): totals as Word FIELDS with their cached results (fund 合计 =SUM(ABOVE), complex
    fields and one w:fldSimple; the indicators' 小计 =SUM(F2:F12) / =SUM(G2:G12)); the part amounts and
    the actuals typed into CONTENT CONTROLS (w:sdt), as a template with fill-in fields."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    para(d, "项目名称：2023年拉萨市城市集中供暖运营补贴项目")
    para(d, "主管部门：拉萨市住房和城乡建设局　　实施单位：拉萨市城市供暖管理中心")
    para(d, "一、资金情况（单位：万元）", None, True)
    parts = [("中央补助资金", "12000.00", "12000.00", "12000.00"),
             ("自治区补助资金", "6000.00", "6000.00", "5860.80"),
             ("市级财政资金", "4000.00", "4400.00", "3800.00")]
    f = grid_table(d, 2 + len(parts), 7, [3.2, 2.3, 2.3, 2.3, 1.8, 1.2, 1.4], "Table Grid")
    for c, text in enumerate(["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"]):
        fill(f.cell(0, c), text)
    for r, (label, *vals) in enumerate(parts, start=1):
        fill(f.cell(r, 0), label)
        for c, v in enumerate(vals, start=1):
            control(f.cell(r, c), v, "金额")
        for c in (4, 5, 6):
            fill(f.cell(r, c), "—")
    total = 1 + len(parts)
    fill(f.cell(total, 0), "合计")
    # no number switch: Word shows the sum as a plain number (22000, 21660.8), as LibreOffice does
    for c, shown in ((1, "22000"), (2, "22400"), (3, "21660.8")):
        fill(f.cell(total, c))
        _field(f.cell(total, c).paragraphs[0]._p, "=SUM(ABOVE)", shown, simple=c == 2)
    fill(f.cell(total, 4), "96.70%")
    fill(f.cell(total, 5), "10")
    fill(f.cell(total, 6), "9.67")
    para(d, "")
    para(d, "二、绩效指标完成情况", None, True)
    n = len(ROWS205)
    t = grid_table(d, n + 3, 8, [1.6, 1.9, 3.1, 2.1, 2.3, 1.1, 1.4, 2.9], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    indicator_rows(t, 1, [(*r[:4], "", *r[5:]) for r in ROWS205],
                   {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5, "score": 6, "note": 7})
    for i, r in enumerate(ROWS205, start=1):
        control(t.cell(i, 4), r[4], "实际完成值")
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "指标小计")
    # A1 references, not ABOVE: the row's merged first cell shifts LibreOffice's idea of "the column above"
    for c, ref, shown in ((5, "F", "90"), (6, "G", "89.8")):
        fill(t.cell(n + 1, c))
        _field(t.cell(n + 1, c).paragraphs[0]._p, f"=SUM({ref}2:{ref}{n + 1})", shown, simple=c == 5)
    fill(t.cell(n + 2, 0).merge(t.cell(n + 2, 4)), "总分（含预算执行率10分）")
    fill(t.cell(n + 2, 5), "100")
    fill(t.cell(n + 2, 6), "99.47")
    fill(t.cell(n + 2, 7), "自评等级：优")
    para(d, "")
    para(d, "填报人：次仁某某　　联系电话：0891-6328×××　　填报日期：2024年3月22日")
    d.save(out)


ROWS206 = [
    ("产出指标", "数量指标", "新建日光温室", "≥1,200座", "1,236座", "10", "10", ""),
    ("产出指标", "数量指标", "改造老旧拱棚", "≥2,500座", "2,580座", "8", "8", ""),
    ("产出指标", "数量指标", "设施农业技术培训", "≥3,000人次", "3,215人次", "6", "6", ""),
    ("产出指标", "质量指标", "温室建设验收合格率", "≥98%", "99.1%", "8", "8", ""),
    ("产出指标", "时效指标", "项目建设完成时间", "2023年10月31日前", "2023年10月25日", "6", "6", ""),
    ("产出指标", "成本指标", "每座日光温室补助", "≤8万元", "7.8万元", "8", "8", ""),
    ("效益指标", "经济效益指标", "带动农户增收", "≥3,000元/户", "3,260元/户", "10", "10", ""),
    ("效益指标", "社会效益指标", "带动就业", "≥4,500人", "4,380人", "8", "7.79",
     ("受棉花采收期用工影响，", "部分季节性用工未到岗。")),
    ("效益指标", "可持续影响指标", "设施农业管护机制", "建立", "已建立", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "94.5%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥85%", "91.2%", "8", "8", ""),
]


def xls206(out: Path) -> None:
    """Changji (Xinjiang): exported by a finance system that writes every figure as TEXT: amounts with
    spaces around them and thousands commas (' 12,000.00 '), 执行率 and scores text too, no formulas;
    RICH-TEXT runs in the shared strings (a bold part in the project name, the operator in another font,
    a red first clause in a note)."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    bold, red = InlineFont(rFont="宋体", sz=10, b=True), InlineFont(rFont="宋体", sz=10, color="FFFF0000")
    plain, sym = InlineFont(rFont="宋体", sz=10), InlineFont(rFont="Times New Roman", sz=10)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    for col, w in zip("ABCDEFGH", (12, 14, 22, 16, 16, 8, 8, 28)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", CellRichText("2023年昌吉州", TextBlock(bold, "设施农业"), "建设项目"), left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "昌吉回族自治州农业农村局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:H4", "昌吉州农业技术推广中心", left=True)
    merge(ws, "A5:A9", "项目资金\n（万元）")
    for col, text in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}5", text)
    fund = [("年度资金总额", " 12,000.00 ", " 12,500.00 ", " 11,950.00 ", "10", " 95.60% ", " 9.56 "),
            ("其中：中央补助资金", " 8,000.00 ", " 8,000.00 ", " 7,820.00 ", "—", "—", "—"),
            ("自治区补助资金", " 3,000.00 ", " 3,000.00 ", " 2,960.00 ", "—", "—", "—"),
            ("州级财政资金", " 1,000.00 ", " 1,500.00 ", " 1,170.00 ", "—", "—", "—")]
    for r, vals in enumerate(fund, start=6):
        for col, v in zip("BCDEFGH", vals):
            put(ws, f"{col}{r}", v, "@", left=col == "B")
    for col, text in zip("ABCDEFGH", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                      "偏差原因分析及改进措施")):
        put(ws, f"{col}10", text)
    first = 11
    levels(ws, "A", "B", first, ROWS206)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS206):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        if target[0] in "≥≤":   # the operator typed from a symbol font, the rest in 宋体
            target = CellRichText(TextBlock(sym, target[0]), TextBlock(plain, target[1:]))
        put(ws, f"D{r}", target, "@")
        put(ws, f"E{r}", actual, "@")
        put(ws, f"F{r}", f" {weight} ", "@")
        put(ws, f"G{r}", f" {score} ", "@")
        if isinstance(note, tuple):
            note = CellRichText(TextBlock(red, note[0]), TextBlock(plain, note[1]))
        put(ws, f"H{r}", note, left=True)
    end = first + len(ROWS206)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", " 100 ", "@")
    put(ws, f"G{end}", " 99.35 ", "@")
    put(ws, f"H{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：马某某　　联系电话：0994-2356×××　　填报日期：2024年3月14日"
    landscape(ws)
    wb.save(out)


ROWS207 = [
    ("产出指标", "数量指标", "人参标准化种植基地", "≥15个", "16个", "10", "10", ""),
    ("产出指标", "数量指标", "人参良种繁育面积", "≥3000亩", "3120亩", "8", "8", ""),
    ("产出指标", "数量指标", "参农技术培训", "≥2000人次", "2240人次", "6", "6", ""),
    ("产出指标", "质量指标", "人参产品抽检合格率", "≥98%", "99.2%", "8", "8", ""),
    ("产出指标", "时效指标", "补助资金兑付时间", "2023年12月31日前", "2023年12月15日", "6", "6", ""),
    ("产出指标", "成本指标", "每亩良种繁育补助", "≤1500元", "1450元", "6", "6", ""),
    ("效益指标", "经济效益指标", "人参产业产值增长率", "≥6%", "5.4%", "10", "9",
     "受人参市场价格回落影响，产值增速低于预期"),
    ("效益指标", "社会效益指标", "带动参农增收", "≥2000元/户", "2260元/户", "8", "8", ""),
    ("效益指标", "可持续影响指标", "人参质量追溯体系", "持续运行", "持续运行", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "参农满意度", "≥90%", "93.6%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "人参加工企业满意度", "≥85%", "90.2%", "10", "10", ""),
]


def doc207(out: Path) -> None:
    """Tonghua (Jilin): a portrait page with the head and fund table, then a LANDSCAPE section with the
    indicator table; its .pdf stores the landscape pages ROTATED (rotate_landscape_pages)."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年通化市人参产业发展项目", "dept": "通化市农业农村局",
                   "agency": "通化市人参产业发展中心"},
               ("1,500.00", "1,600.00", "1,548.80", "10", "96.80%", "9.68"),
               [("其中：省级补助资金", "1,000.00", "1,000.00", "1,000.00"), ("市级财政资金", "500.00", "600.00", "548.80")],
               [2.0, 3.4, 2.0, 2.0, 2.0, 1.2, 1.6, 1.4])
    para(d, "")
    para(d, "一、年度总体目标完成情况：完成人参标准化基地建设和良种繁育，参农培训和质量追溯按计划推进。")
    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    para(d, "二、绩效指标完成情况", 12, True)
    n = len(ROWS207)
    t = grid_table(d, n + 2, 8, [2.0, 2.6, 4.4, 3.0, 3.0, 1.4, 1.4, 5.6], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    indicator_rows(t, 1, ROWS207, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                    "score": 6, "note": 7})
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    fill(t.cell(n + 1, 5), "100")
    fill(t.cell(n + 1, 6), "98.68")
    fill(t.cell(n + 1, 7), "自评等级：优")
    para(d, "")
    para(d, "填报人：赵某某　　联系电话：0435-3652×××　　填报日期：2024年3月19日")
    d.save(out)


def rotate_landscape_pages(pdf: Path) -> None:
    """Store each landscape page as a portrait page with /Rotate 90 (its content turned a quarter left),
    as print drivers and scanners write landscape pages: a viewer shows it as before."""
    from pypdf import PdfReader, PdfWriter, Transformation
    writer = PdfWriter(clone_from=PdfReader(pdf))
    for page in writer.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if w > h:
            page.add_transformation(Transformation().rotate(90).translate(h, 0))
            page.mediabox.lower_left, page.mediabox.upper_right = (0, 0), (h, w)
            page.cropbox.lower_left, page.cropbox.upper_right = (0, 0), (h, w)
            page.rotation = 90
    with open(pdf, "wb") as fh:
        writer.write(fh)


# ---------------------------------------------------------------- twenty-second set: 196-201 (structures)

# level1, level2, name, 上年实际, 本年目标, 本年实际, 同比增减, weight, score, note
ROWS196 = [
    ("产出指标", "数量指标", "垃圾分类覆盖小区", "1120个", "≥1300个", "1336个", "+19.3%", "8", "8", ""),
    ("产出指标", "数量指标", "配置分类投放点", "2860个", "≥3200个", "3245个", "+13.5%", "8", "8", ""),
    ("产出指标", "数量指标", "厨余垃圾日处理量", "520吨", "≥600吨", "588吨", "+13.1%", "8", "7.84",
     "新建厨余垃圾处理线11月投运，处理量未达预期"),
    ("产出指标", "质量指标", "生活垃圾无害化处理率", "100%", "100%", "100%", "持平", "6", "6", ""),
    ("产出指标", "质量指标", "分类投放准确率", "78.6%", "≥82%", "83.4%", "+4.8个百分点", "6", "6", ""),
    ("产出指标", "时效指标", "分类收运车辆配置完成时间", "—", "2023年9月30日前", "2023年9月18日", "—", "4", "4", ""),
    ("产出指标", "成本指标", "每吨厨余垃圾处理补贴", "265元", "≤260元", "255元", "-3.8%", "5", "5", ""),
    ("效益指标", "经济效益指标", "可回收物回收利用量", "6.2万吨", "≥6.8万吨", "7.1万吨", "+14.5%", "6", "6", ""),
    ("效益指标", "社会效益指标", "居民垃圾分类知晓率", "91.2%", "≥95%", "96.1%", "+4.9个百分点", "8", "8", ""),
    ("效益指标", "生态效益指标", "生活垃圾回收利用率", "38.5%", "≥40%", "41.3%", "+2.8个百分点", "8", "8", ""),
    ("效益指标", "可持续影响指标", "垃圾分类长效管理机制", "基本健全", "健全", "健全", "—", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "居民满意度", "90.4%", "≥90%", "92.8%", "+2.4个百分点", "15", "15", ""),
]


def doc196(out: Path) -> None:
    """Changzhou (Jiangsu): a COMPARATIVE indicator table: 上年实际完成值 | 本年目标值 | 本年实际完成值 |
    同比增减 side by side (last year's figure and the change beside the year's target and actual)."""
    d = new_document(landscape=True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年常州市城市生活垃圾分类处理项目", "dept": "常州市城市管理局",
                   "agency": "常州市环境卫生管理处"},
               ("2,400.00", "2,600.00", "2,522.00", "10", "97.00%", "9.70"),
               [("其中：市级财政资金", "2,000.00", "2,200.00", "2,126.00"), ("区级配套资金", "400.00", "400.00", "396.00")],
               [3.0, 4.4, 3.0, 3.0, 3.0, 2.0, 2.4, 2.4])
    para(d, "")
    n = len(ROWS196)
    t = grid_table(d, n + 2, 10, [1.8, 2.2, 4.2, 2.3, 2.6, 2.4, 2.2, 1.2, 1.2, 4.4], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "上年实际完成值", "本年目标值", "本年实际完成值",
                              "同比增减", "分值", "得分", "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    # the shared helper fills the eight ordinary columns; last year's figure and the change go in after
    indicator_rows(t, 1, [(r[0], r[1], r[2], r[4], r[5], r[7], r[8], r[9]) for r in ROWS196],
                   {"levels": (0, 1), "name": 2, "target": 4, "actual": 5, "weight": 7, "score": 8, "note": 9})
    for i, row in enumerate(ROWS196, start=1):
        fill(t.cell(i, 3), row[3])
        fill(t.cell(i, 6), row[6])
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 6)), "合计")
    fill(t.cell(n + 1, 7), "100")
    fill(t.cell(n + 1, 8), "99.54")
    fill(t.cell(n + 1, 9), "")
    para(d, "")
    para(d, "自评等级：优")
    para(d, "填报人：钱某某　　联系电话：0519-8568××××　　填报日期：2024年3月12日")
    d.save(out)


Q197 = ["一季度", "二季度", "三季度", "四季度", "全年"]
# level1, level2, name, target, (Q1, Q2, Q3, Q4, year), weight, score, note
ROWS197 = [
    ("产出指标", "数量指标", "新增就业见习岗位", "≥1500个", ("320个", "410个", "450个", "380个", "1560个"), "8", "8", ""),
    ("产出指标", "数量指标", "组织高校毕业生参加见习", "≥1200人", ("210人", "286人", "395人", "297人", "1188人"),
     "8", "7.92", "四季度部分见习人员提前签约就业，新进见习人数减少"),
    ("产出指标", "数量指标", "发放见习补贴", "≥720万元", ("150万元", "178万元", "206万元", "198万元", "732万元"),
     "6", "6", ""),
    ("产出指标", "质量指标", "见习协议签订率", "100%", ("100%", "100%", "100%", "100%", "100%"), "6", "6", ""),
    ("产出指标", "质量指标", "见习期满留用率", "≥50%", ("46.2%", "51.8%", "55.1%", "53.0%", "52.6%"), "6", "6", ""),
    ("产出指标", "时效指标", "见习补贴按月拨付率", "≥95%", ("93.5%", "96.0%", "97.2%", "98.1%", "96.4%"), "5", "5", ""),
    ("产出指标", "成本指标", "见习补贴标准", "≤1900元/月", ("—", "—", "—", "—", "1900元/月"), "5", "5", ""),
    ("效益指标", "社会效益指标", "带动高校毕业生就业", "≥900人", ("180人", "236人", "275人", "239人", "930人"),
     "10", "10", ""),
    ("效益指标", "社会效益指标", "见习人员就业率", "≥75%", ("—", "—", "—", "—", "78.3%"), "10", "10", ""),
    ("效益指标", "可持续影响指标", "见习基地管理制度", "健全", ("—", "—", "—", "—", "健全"), "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%", ("—", "—", "—", "—", "94.5%"), "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "见习单位满意度", "≥90%", ("—", "—", "—", "—", "92.7%"), "8", "8", ""),
]


def _level_tds(rows: list[tuple], i: int) -> list[str]:
    """The level-1 / level-2 <td>s a row opens (rowspan over the run it starts), none inside a run."""
    l1, l2 = rows[i][0], rows[i][1]
    cells = []
    if i == 0 or rows[i - 1][0] != l1:
        cells.append(f'<td rowspan="{sum(1 for _ in takewhile(lambda r: r[0] == l1, rows[i:]))}">{l1}</td>')
    if i == 0 or rows[i - 1][:2] != (l1, l2):
        cells.append(f'<td rowspan="{sum(1 for _ in takewhile(lambda r: r[:2] == (l1, l2), rows[i:]))}">{l2}</td>')
    return cells


def html197(out: Path) -> None:
    """Nanyang (Henan): progress per QUARTER (一季度 … 四季度, then 全年) under 完成情况 with the year's
    target written once; rates per quarter, counts per quarter adding up to the year."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:8.5pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:2pt 3pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold;background:#eee}td.l{text-align:left}@page{size:A4 landscape;margin:12mm 10mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>南阳市项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>',
         "<table>",
         '<tr><td class="h" colspan="2">项目名称</td><td class="l" colspan="5">2023年南阳市高校毕业生就业见习补贴项目</td></tr>',
         '<tr><td class="h" colspan="2">主管部门</td><td>南阳市人力资源和社会保障局</td><td class="h">实施单位</td>'
         '<td colspan="3">南阳市公共就业服务中心</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金（万元）</td><td class="h"></td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">执行率</td><td class="h">分值 / 得分</td></tr>',
         '<tr><td>年度资金总额</td><td>800.00</td><td>760.00</td><td>732.00</td><td>96.32%</td><td>10 / 9.63</td></tr>',
         '<tr><td>其中：中央就业补助资金</td><td>500.00</td><td>480.00</td><td>462.40</td><td>—</td><td>—</td></tr>',
         '<tr><td>市级财政资金</td><td>300.00</td><td>280.00</td><td>269.60</td><td>—</td><td>—</td></tr>',
         "</table>", "<table>",
         '<tr><td class="h" rowspan="2">一级指标</td><td class="h" rowspan="2">二级指标</td>'
         '<td class="h" rowspan="2">三级指标</td><td class="h" rowspan="2">年度指标值</td>'
         '<td class="h" colspan="5">完成情况</td><td class="h" rowspan="2">分值</td><td class="h" rowspan="2">得分</td>'
         '<td class="h" rowspan="2">偏差原因分析及改进措施</td></tr>',
         "<tr>" + "".join(f'<td class="h">{q}</td>' for q in Q197) + "</tr>"]
    for i, (_l1, _l2, name, target, progress, weight, score, note) in enumerate(ROWS197):
        cells = _level_tds(ROWS197, i) + [f'<td class="l">{name}</td>', f"<td>{target}</td>"]
        cells += [f"<td>{v}</td>" for v in progress]
        cells += [f"<td>{weight}</td>", f"<td>{score}</td>", f'<td class="l">{note}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="9">总分</td><td>100</td><td>99.55</td><td>自评等级：优</td></tr>',
          "</table>",
          "<p>填报人：张某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0377-6318×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月19日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# sheet (level 1), rows: level2, name, target, actual, weight, score, note
SHEETS198 = {
    "产出指标": [
        ("数量指标", "综合治理水土流失面积", "≥120平方公里", "126.4平方公里", 10, 10, ""),
        ("数量指标", "建设塘坝及谷坊", "≥45座", "45座", 8, 8, ""),
        ("数量指标", "栽植水土保持林", "≥1.2万亩", "1.15万亩", 8, 7.67, "部分地块流转未完成，延至2024年春季栽植"),
        ("质量指标", "治理工程验收合格率", "100%", (1, PCT0), 8, 8, ""),
        ("时效指标", "年度治理任务完成时间", "2023年12月31日前", "2023年12月15日", 6, 6, ""),
        ("成本指标", "每平方公里综合治理成本", "≤18万元", "17.6万元", 5, 5, ""),
    ],
    "效益指标": [
        ("经济效益指标", "带动项目区农民增收", "≥1500万元", "1620万元", 8, 8, ""),
        ("生态效益指标", "水土流失治理度", "≥85%", (0.872, PCT1), 8, 8, ""),
        ("生态效益指标", "年减少土壤流失量", "≥30万吨", "31.5万吨", 8, 8, ""),
        ("可持续影响指标", "工程管护责任落实率", "100%", (1, PCT0), 6, 6, ""),
    ],
    "满意度指标": [
        ("服务对象满意度指标", "项目区群众满意度", "≥90%", (0.936, PCT1), 15, 15, ""),
    ],
}


def xls198(out: Path) -> None:
    """Linyi (Shandong): a workbook with ONE SHEET PER LEVEL 1 (产出指标 / 效益指标 / 满意度指标, each with its
    own title and header, no level-1 column); the head, the fund block and the score summary on sheet 基本情况."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基本情况"
    for col, w in zip("ABCDEFG", (20, 18, 14, 14, 10, 12, 12)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年临沂市水土流失综合治理项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:C4", "临沂市水利局", left=True)
    put(ws, "D4", "实施单位")
    merge(ws, "E4:H4", "临沂市水土保持服务中心", left=True)
    merge(ws, "A5:A9", "项目资金\n（万元）")
    for col, text in zip("BCDEFG", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率")):
        put(ws, f"{col}5", text)
    put(ws, "H5", "得分")
    ws.column_dimensions["H"].width = 10
    put(ws, "B6", "年度资金总额")
    for col in "CDE":
        put(ws, f"{col}6", f"=SUM({col}7:{col}9)", MONEY)
    put(ws, "F6", 10)
    put(ws, "G6", "=E6/D6", PCT2)
    put(ws, "H6", "=ROUND(F6*G6,2)", "0.00")
    for r, (label, a, b, c) in enumerate((("其中：中央资金", 1500, 1600, 1560), ("省级资金", 400, 400, 396),
                                          ("市级资金", 250, 300, 275)), start=7):
        put(ws, f"B{r}", label, left=True)
        put(ws, f"C{r}", a, MONEY)
        put(ws, f"D{r}", b, MONEY)
        put(ws, f"E{r}", c, MONEY)
        for col in "FGH":
            put(ws, f"{col}{r}", "—")
    merge(ws, "A11:H11", "绩效指标得分汇总（明细见各指标工作表）", left=True)
    for col, text in zip("ABC", ("一级指标", "分值", "得分")):
        put(ws, f"{col}12", text)
    r = 13
    for sheet, rows in SHEETS198.items():
        end = 4 + len(rows)
        put(ws, f"A{r}", sheet)
        put(ws, f"B{r}", f"='{sheet}'!E{end}")
        put(ws, f"C{r}", f"='{sheet}'!F{end}", "0.00")
        r += 1
    put(ws, f"A{r}", "预算执行率")
    put(ws, f"B{r}", "=F6")
    put(ws, f"C{r}", "=H6", "0.00")
    put(ws, f"A{r + 1}", "总分")
    put(ws, f"B{r + 1}", f"=SUM(B13:B{r})")
    put(ws, f"C{r + 1}", f"=SUM(C13:C{r})", "0.00")
    put(ws, f"A{r + 2}", "自评等级")
    merge(ws, f"B{r + 2}:C{r + 2}", "优")
    ws[f"A{r + 4}"] = "填报人：王某某　　联系电话：0539-8721×××　　填报日期：2024年3月13日"
    landscape(ws)
    for k, (sheet, rows) in enumerate(SHEETS198.items(), start=1):
        s = wb.create_sheet(sheet)
        for col, w in zip("ABCDEFG", (18, 26, 18, 16, 8, 8, 26)):
            s.column_dimensions[col].width = w
        title(s, "A1:G1", f"{CN_NUM[k - 1]}、{sheet}完成情况", 14)
        s["A2"] = "项目名称：2023年临沂市水土流失综合治理项目"
        for col, text in zip("ABCDEFG", ("二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                         "偏差原因分析及改进措施")):
            put(s, f"{col}3", text)
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or rows[i][0] != rows[start][0]:
                a, b = 4 + start, 3 + i
                (merge(s, f"A{a}:A{b}", rows[start][0]) if b > a else put(s, f"A{a}", rows[start][0]))
                start = i
        for i, (_l2, name, target, actual, weight, score, note) in enumerate(rows):
            row = 4 + i
            put(s, f"B{row}", name, left=True)
            put(s, f"C{row}", target)
            put(s, f"D{row}", *(actual if isinstance(actual, tuple) else (actual,)))
            put(s, f"E{row}", weight)
            put(s, f"F{row}", score, "0.00" if score != int(score) else None)
            put(s, f"G{row}", note, left=True)
        end = 4 + len(rows)
        merge(s, f"A{end}:D{end}", "小计")   # the summary on 基本情况 reads this row's E / F
        put(s, f"E{end}", f"=SUM(E4:E{end - 1})")
        put(s, f"F{end}", f"=SUM(F4:F{end - 1})", "0.00")
        landscape(s)
    wb.save(out)


ROWS199 = [
    ("产出指标", "数量指标", "孕产妇系统管理人数", "≥2.6万人", "2.68万人", "8", "8", ""),
    ("产出指标", "数量指标", "0-6岁儿童健康管理人数", "较上年增长5%以上", "较上年增长6.2%", "8", "8", ""),
    ("产出指标", "数量指标", "开展妇幼健康知识讲座", "≥240场", "252场", "6", "6", ""),
    ("产出指标", "质量指标", "孕产妇系统管理率", "较上年提高2个百分点", "提高1.8个百分点", "8", "7.20",
     "部分流动孕产妇未在本地建册，2024年加强流动人口孕产妇管理"),
    ("产出指标", "质量指标", "新生儿访视率", "力争达到95%", "95.8%", "8", "8", ""),
    ("产出指标", "时效指标", "高危孕产妇专案管理及时率", "100%", "100%", "6", "6", ""),
    ("产出指标", "成本指标", "孕产妇健康管理人均补助", "控制在120元以内", "118元", "6", "6", ""),
    ("效益指标", "社会效益指标", "住院分娩率", "不低于全省平均水平", "高于全省平均水平", "8", "8", ""),
    ("效益指标", "社会效益指标", "婴儿死亡率", "≤4.5‰", "2.9‰", "8", "8", ""),
    ("效益指标", "社会效益指标", "低出生体重儿发生率", "控制在5%以内", "3.6%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "妇幼保健机构门诊量", "同比下降不超过3%", "同比下降1.8%", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "孕产妇及儿童家长满意度", "≥90%", "94.1%", "10", "10", ""),
]


def doc199(out: Path) -> None:
    """Putian (Fujian): RELATIVE targets in words (较上年增长5%以上, 较上年提高2个百分点, 同比下降不超过3%,
    力争达到95%, 控制在…以内, 不低于全省平均水平) beside ordinary ones; actuals of the relative rows also
    written as the change."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年莆田市妇幼健康服务项目", "dept": "莆田市卫生健康委员会",
                   "agency": "莆田市妇幼保健院"},
               ("1,860.00", "1,860.00", "1,811.64", "10", "97.40%", "9.74"),
               [("其中：中央补助资金", "1,200.00", "1,200.00", "1,183.20"), ("市级财政资金", "660.00", "660.00", "628.44")],
               [2.0, 3.4, 2.0, 2.0, 2.0, 1.2, 1.6, 1.4])
    para(d, "")
    n = len(ROWS199)
    t = grid_table(d, n + 2, 8, [1.6, 1.9, 3.4, 2.4, 2.4, 1.1, 1.2, 3.0], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    indicator_rows(t, 1, ROWS199, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                    "score": 6, "note": 7})
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    fill(t.cell(n + 1, 5), "100")
    fill(t.cell(n + 1, 6), "98.94")
    fill(t.cell(n + 1, 7), "自评等级：优")
    para(d, "")
    para(d, "填报人：林某某　　联系电话：0594-2286×××　　填报日期：2024年3月15日")
    d.save(out)


# level1, level2, name, target, actual, weight, score, note, hidden (last year's rows left in the sheet)
ROWS200 = [
    ("产出指标", "数量指标", "博物馆年接待观众", "≥85万人次", "91.3万人次", 8, 8, "", False),
    ("产出指标", "数量指标", "举办临时展览", "≥12个", "13个", 6, 6, "", False),
    ("产出指标", "数量指标", "流动博物馆进基层", "≥30场", "32场", 6, 6, "", True),
    ("产出指标", "数量指标", "开展社会教育活动", "≥300场", "318场", 6, 6, "", False),
    ("产出指标", "质量指标", "文物藏品完好率", "100%", (1, PCT0), 6, 6, "", False),
    ("产出指标", "质量指标", "展厅讲解服务覆盖率", "≥90%", (0.93, PCT0), 6, 6, "", True),
    ("产出指标", "质量指标", "藏品数字化登录", "≥2000件", "1860件", 8, 7.44,
     "部分珍贵文物需专业机构采集，延至2024年完成", False),
    ("产出指标", "时效指标", "免费开放日按时开放率", "100%", (1, PCT0), 5, 5, "", False),
    ("产出指标", "成本指标", "观众人均接待成本", "≤12元", "11.5元", 5, 5, "", False),
    ("效益指标", "社会效益指标", "未成年人观众占比", "≥30%", (0.326, PCT1), 8, 8, "", False),
    ("效益指标", "社会效益指标", "线上展览浏览量", "≥150万次", "168万次", 8, 8, "", False),
    ("效益指标", "社会效益指标", "媒体宣传报道", "≥50篇", "56篇", 6, 6, "", True),
    ("效益指标", "可持续影响指标", "免费开放保障机制", "健全", "健全", 8, 8, "", False),
    ("效益指标", "可持续影响指标", "志愿者服务队伍", "≥200人", "226人", 6, 6, "", False),
    ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", (0.957, PCT1), 16, 16, "", False),
    ("满意度指标", "服务对象满意度指标", "", "", "", None, None, "", True),
]


def xls200(out: Path) -> None:
    """Xiaogan (Hubei): last year's sheet reused: the 2022 rows no longer reported are HIDDEN rather than
    deleted (and an empty template row at the end), inside the merged level cells; 合计 by SUBTOTAL(109, …),
    which leaves hidden rows out, as Excel users total a filtered or trimmed table."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2023年自评表"
    for col, w in zip("ABCDEFGH", (12, 16, 24, 14, 14, 8, 8, 26)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年孝感市博物馆免费开放项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "孝感市文化和旅游局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:H4", "孝感市博物馆", left=True)
    merge(ws, "A5:B6", "项目资金（万元）")
    for col, text in zip("CDEFGH", ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}5", text)
    put(ws, "C6", 1120, MONEY)
    put(ws, "D6", 1080, MONEY)
    put(ws, "E6", 1049.76, MONEY)
    put(ws, "F6", 10)
    put(ws, "G6", "=E6/D6", PCT2)
    put(ws, "H6", "=ROUND(F6*G6,2)", "0.00")
    for col, text in zip("ABCDEFGH", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                      "偏差原因分析及改进措施")):
        put(ws, f"{col}7", text)
    first = 8
    levels(ws, "A", "B", first, ROWS200)
    for i, (_a, _b, name, target, actual, weight, score, note, hidden) in enumerate(ROWS200):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.00" if score is not None and score != int(score) else None)
        put(ws, f"H{r}", note, left=True)
        if hidden:
            ws.row_dimensions[r].hidden = True
    end = first + len(ROWS200)
    merge(ws, f"A{end}:E{end}", "合计")
    put(ws, f"F{end}", f"=SUBTOTAL(109,F{first}:F{end - 1})+F6")
    put(ws, f"G{end}", f"=SUBTOTAL(109,G{first}:G{end - 1})+H6", "0.00")
    put(ws, f"H{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：刘某某　　联系电话：0712-2356×××　　填报日期：2024年3月20日"
    landscape(ws)
    wb.save(out)


ROWS201 = [
    ("产出指标", "数量指标", "秸秆综合利用面积（万亩）", "≥45", "46.2", "8", "8", ""),
    ("产出指标", "数量指标", "新增秸秆收储点（个）", "≥30", "32", "6", "6", ""),
    ("产出指标", "数量指标", "购置秸秆打捆机（台）", "≥60", "55", "6", "5.5", "部分机具到货延迟，已于2024年1月交付"),
    ("产出指标", "数量指标", "秸秆离田利用量（万吨）", "≥18", "18.9", "8", "8", ""),
    ("产出指标", "质量指标", "秸秆综合利用率（%）", "≥92", "93.5", "8", "8", ""),
    ("产出指标", "时效指标", "秋季秸秆离田完成时间", "2023年11月30日前", "2023年11月22日", "6", "6", ""),
    ("产出指标", "成本指标", "秸秆离田作业补助标准（元/亩）", "≤30", "30", "8", "8", ""),
    ("效益指标", "经济效益指标", "带动农户增收（万元）", "≥1200", "1286", "8", "8", ""),
    ("效益指标", "社会效益指标", "秸秆利用市场主体（家）", "≥25", "27", "8", "8", ""),
    ("效益指标", "生态效益指标", "秸秆露天焚烧火点（个）", "0", "0", "8", "8", ""),
    ("效益指标", "可持续影响指标", "秸秆收储运体系", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "农户满意度（%）", "≥90", "94.2", "10", "10", ""),
]


def html201(out: Path) -> None:
    """Nanchong (Sichuan): the unit written ONCE, in brackets after the indicator's name (秸秆综合利用面积
    （万亩）), the target and actual cells bare numbers; rows without a unit (a date, a word) beside them."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:2pt 3pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold;background:#eee}td.l{text-align:left}@page{size:A4;margin:14mm 12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>南充市项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>',
         "<table>",
         '<tr><td class="h" colspan="2">项目名称</td><td class="l" colspan="6">2023年南充市农作物秸秆综合利用项目</td></tr>',
         '<tr><td class="h" colspan="2">主管部门</td><td colspan="2">南充市农业农村局</td><td class="h">实施单位</td>'
         '<td colspan="3">南充市农业技术推广站</td></tr>',
         '<tr><td class="h" rowspan="5">项目资金<br>（万元）</td><td class="h"></td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td>'
         '<td class="h">得分</td></tr>',
         '<tr><td>年度资金总额</td><td>1,600.00</td><td>1,650.00</td><td>1,590.60</td><td>10</td><td>96.40%</td>'
         '<td>9.64</td></tr>',
         '<tr><td>其中：中央资金</td><td>1,000.00</td><td>1,000.00</td><td>985.00</td><td>—</td><td>—</td><td>—</td></tr>',
         '<tr><td>省级资金</td><td>400.00</td><td>400.00</td><td>390.60</td><td>—</td><td>—</td><td>—</td></tr>',
         '<tr><td>市级资金</td><td>200.00</td><td>250.00</td><td>215.00</td><td>—</td><td>—</td><td>—</td></tr>',
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in HEADS14) + "</tr>"]
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS201):
        cells = _level_tds(ROWS201, i) + [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>",
                                          f"<td>{weight}</td>", f"<td>{score}</td>", f'<td class="l">{note}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>99.14</td><td class="l">自评等级：优</td></tr>',
          "</table>",
          "<p>填报人：杨某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0817-2268×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月22日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


DOCX = {"130": doc130, "131": doc131, "132": doc132, "145": doc145, "146": doc146, "150": doc150, "151": doc151,
        "153": doc153, "154": doc154, "155": doc155, "158": doc158, "160": doc160, "166": doc166, "167": doc167,
        "169": doc169, "172": doc172, "173": doc173, "178": doc178, "180": doc180, "181": doc181,
        "184": doc184, "187": doc187, "189": doc189,
        "196": doc196, "199": doc199,
        "202": doc202, "203": doc203, "204": doc204, "205": doc205, "207": doc207}
XLSX = {"133": xls133, "134": xls134, "135": xls135, "147": xls147, "152": xls152, "156": xls156, "159": xls159,
        "168": xls168, "170": xls170, "174": xls174, "179": xls179, "183": xls183, "185": xls185,
        "188": xls188, "198": xls198, "200": xls200,
        "206": xls206}
# saved web pages, printed to .pdf by a browser
HTML = {"148": html148, "149": html149, "157": html157, "171": html171, "175": html175, "182": html182,
        "186": html186, "197": html197, "201": html201}
# 160's .pdf converted to .ofd; 161 an .ofd written directly (no .pdf); 162 Word's filtered .htm (printed to
# .pdf by a browser); 163 Word's .mht (nothing derived); 164 a .docx saved as .rtf by LibreOffice (its .pdf
# from the .rtf); 165 a .docx's one page kept only as a scanner app's .png / .jpg.
TO_OFD = ("160",)
OTHER = {"161": ofd161, "162": htm162, "163": mht163, "164": doc164, "165": doc165, "176": htm176, "177": ofd177}
WORD_HTM = {"162": htm162, "176": htm176}   # Word's filtered .htm, printed to .pdf by a browser
WRITTEN = {"161": "ofd", "163": "mht", "177": "ofd"}   # written directly, nothing derived
ROTATED = ("207",)   # the .pdf's landscape pages stored rotated (/Rotate 90)


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
    unknown = set(stems) - set(DOCX) - set(XLSX) - set(HTML) - set(OTHER) - set(ODF) - set(WPS_XLSX)
    if unknown:
        sys.exit(f"no such form: {sorted(unknown)}")
    wanted = set(stems or [*DOCX, *XLSX, *HTML, *OTHER, *ODF, *WPS_XLSX])
    html_made = {s: f for s, f in HTML.items() if s in wanted}
    html_made.update({s: f for s, f in WORD_HTM.items() if s in wanted})
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if html_made and not chromium:
        sys.exit("Chromium not found (the .html forms are printed to .pdf by a browser)")
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
    for stem in ROTATED:
        if stem in wanted:
            rotate_landscape_pages(HERE / f"{stem}.pdf")
    for stem, make in html_made.items():
        page = HERE / f"{stem}.{'htm' if stem in WORD_HTM else 'html'}"
        make(page)
        print_html(chromium, page, HERE / f"{stem}.pdf")
    scanned = [*docx_made, *xlsx_made, *html_made]
    for stem in TO_OFD:
        if stem in wanted:
            pdf_to_ofd(HERE / f"{stem}.pdf", HERE / f"{stem}.ofd")
    for stem, ext in WRITTEN.items():
        if stem in wanted:
            OTHER[stem](HERE / f"{stem}.{ext}")
    with tempfile.TemporaryDirectory() as tmp:
        if "164" in wanted:
            doc164(Path(tmp) / "164.docx")
            convert_all(soffice, "rtf", [Path(tmp) / "164.docx"], HERE)
            convert_all(soffice, "pdf", [HERE / "164.rtf"], HERE)
            scanned.append("164")
        if "165" in wanted:
            doc165(Path(tmp) / "165.docx")
            convert_all(soffice, "pdf", [Path(tmp) / "165.docx"], Path(tmp))
            page_image(Path(tmp) / "165.pdf", HERE / "165.png", HERE / "165.jpg")
    for stem, (make, ext, odf) in ODF.items():   # kept only as OpenDocument, printed from it
        if stem in wanted:
            with tempfile.TemporaryDirectory() as tmp:
                src = Path(tmp) / f"{stem}.{ext}"
                make(src)
                convert_all(soffice, odf, [src], HERE)
            convert_all(soffice, "pdf", [HERE / f"{stem}.{odf}"], HERE)
            scanned.append(stem)
    for stem, make in WPS_XLSX.items():   # not resaved by LibreOffice: that would rewrite its strings
        if stem in wanted:
            make(HERE / f"{stem}.xlsx")
            convert_all(soffice, "pdf", [HERE / f"{stem}.xlsx"], HERE)
            convert_all(soffice, "xls", [HERE / f"{stem}.xlsx"], HERE)
            scanned.append(stem)
    for stem in scanned:
        SCAN_AS_COMES.get(stem, build_scan)(HERE / f"{stem}.pdf", HERE / f"{stem}.scan.pdf")
    for stem in NO_TO_UNICODE:   # after its scan: the page image is the same either way
        if stem in wanted:
            drop_to_unicode(HERE / f"{stem}.pdf")


# ---------------------------------------------------------------- 190-195: twenty-first set (table structures)

# one tuple per LEVEL 2: level1, level2, [(name, target, actual, weight, score)], note, soft (line breaks
# typed with Shift+Enter instead of Enter)
GROUPS190 = [
    ("产出指标", "数量指标", [("治理水土流失面积", "≥45平方公里", "46.8平方公里", "8", "8"),
                          ("新建谷坊", "≥120座", "124座", "8", "8"),
                          ("营造水土保持林", "≥6000亩", "6150亩", "6", "6")], "", False),
    ("产出指标", "质量指标", [("治理工程验收合格率", "100%", "100%", "6", "6"),
                          ("水保林造林成活率", "≥85%", "88.6%", "6", "6")], "", False),
    ("产出指标", "时效指标", [("工程完工时间", "2023年11月30日前", "2023年11月20日", "8", "8")], "", False),
    ("产出指标", "成本指标", [("每平方公里综合治理成本", "≤36万元", "35.6万元", "8", "8")], "", False),
    ("效益指标", "生态效益指标", [("治理区林草覆盖率提高", "≥3个百分点", "3.4个百分点", "10", "10"),
                            ("年减少土壤流失量", "≥9万吨", "8.6万吨", "10", "9.56")],
     "2.受汛期强降雨影响，部分坡面措施尚未完全发挥效益，2024年加强管护。", True),
    ("效益指标", "可持续影响指标", [("水土保持设施管护制度", "健全", "健全", "10", "10")], "", False),
    ("满意度指标", "服务对象满意度指标", [("项目区群众满意度", "≥90%", "94.2%", "5", "5"),
                                 ("村级管护人员满意度", "≥85%", "92.5%", "5", "5")], "", False),
]


def doc190(out: Path) -> None:
    """Shangrao (Jiangxi): SEVERAL indicators stacked in ONE cell per level 2, numbered and one a line
    (1.治理水土流失面积 / 2.新建谷坊 ...), their targets, actuals, weights and scores stacked alike in the
    row's other cells."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年上饶市水土流失综合治理项目", "dept": "上饶市水利局",
                   "agency": "上饶市水土保持中心"},
               ("1,650.00", "1,720.00", "1,668.40", "10", "97.00%", "9.70"),
               [("其中：中央补助资金", "1,200.00", "1,200.00", "1,200.00"),
                ("市级财政资金", "450.00", "520.00", "468.40")],
               [1.8, 3.0, 2.2, 2.2, 2.2, 1.2, 1.6, 1.4])
    para(d, "")
    n = len(GROUPS190)
    t = grid_table(d, n + 2, 8, [1.4, 1.6, 3.6, 2.2, 2.2, 1.2, 1.5, 2.6], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    start = 0
    for i in range(1, n + 1):
        if i == n or GROUPS190[i][0] != GROUPS190[start][0]:
            vmerge(t, 0, 1 + start, i, GROUPS190[start][0])
            start = i
    for r, (_l1, l2, items, note, soft) in enumerate(GROUPS190, start=1):
        sep = "\n" if soft else "\n\n"
        fill(t.cell(r, 1), l2)
        # a lone indicator is numbered too: the form's writer numbers every cell alike
        fill(t.cell(r, 2), sep.join(f"{k}.{it[0]}" for k, it in enumerate(items, start=1)))
        for c, k in ((3, 1), (4, 2), (5, 3), (6, 4)):
            fill(t.cell(r, c), sep.join(it[k] for it in items))
        fill(t.cell(r, 7), note)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    fill(t.cell(n + 1, 5), "100")
    fill(t.cell(n + 1, 6), "99.26")
    fill(t.cell(n + 1, 7), "自评等级：优")
    para(d, "")
    para(d, "填报人：程某某　　联系电话：0793-8226×××　　填报日期：2024年3月12日")
    d.save(out)


ROWS191 = [
    ("产出指标", "数量指标", "建设县级电商公共服务中心", "≥1个", "1个", 7, 7),
    ("产出指标", "数量指标", "建设乡镇电商服务站", "≥40个", "43个", 7, 7),
    ("产出指标", "数量指标", "建设村级电商服务点", "≥200个", "206个", 7, 7),
    ("产出指标", "数量指标", "开展农村电商培训", "≥3000人次", "3215人次", 7, 7),
    ("产出指标", "质量指标", "电商服务站点正常运营率", "≥90%", (0.935, PCT1), 8, 8),
    ("产出指标", "时效指标", "示范项目建设完成时间", "2023年12月31日前", "2023年12月15日", 6, 6),
    ("产出指标", "成本指标", "单个乡镇电商服务站建设补助", "≤8万元", "7.6万元", 8, 8),
    ("效益指标", "经济效益指标", "农村网络零售额增长率", "≥15%", "16.8%", 10, 10),
    ("效益指标", "社会效益指标", "带动农村就业创业", "≥1500人", "1426人", 10, 9.51),
    ("效益指标", "可持续影响指标", "县乡村三级物流配送体系", "健全", "基本健全", 10, 8),
    ("满意度指标", "服务对象满意度指标", "农户和商户满意度", "≥90%", (0.928, PCT1), 10, 10),
]


def xls191(out: Path) -> None:
    """Nanchong (Sichuan): the merged level-1 cells written VERTICALLY as one character a line (产\\n出\\n指\\n标:
    typed line breaks, not a text rotation), as the 项目资金 label."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for col, w in zip("ABCDEFGH", (6, 14, 26, 16, 16, 7, 7, 24)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目\n名称")
    merge(ws, "B3:H3", "2023年南充市电子商务进农村综合示范项目", left=True)
    put(ws, "A4", "主管\n部门")
    merge(ws, "B4:D4", "南充市商务局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:H4", "南充市电子商务发展服务中心", left=True)
    merge(ws, "A5:A8", "项\n目\n资\n金")
    for col, text in zip("BCDEFGH", ("（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}5", text)
    put(ws, "B6", "年度资金总额")
    put(ws, "C6", "=C7+C8", MONEY)
    put(ws, "D6", "=D7+D8", MONEY)
    put(ws, "E6", "=E7+E8", MONEY)
    put(ws, "F6", 10)
    put(ws, "G6", "=E6/D6", PCT2)
    put(ws, "H6", "=ROUND(F6*G6,2)", "0.00")
    for r, (label, a, b, c) in ((7, ("其中：中央财政资金", 500, 500, 500)), (8, ("市级财政资金", 300, 360, 335.2))):
        put(ws, f"B{r}", label)
        for col, v in zip("CDE", (a, b, c)):
            put(ws, f"{col}{r}", v, MONEY)
        for col in "FGH":
            put(ws, f"{col}{r}", "—")
    for col, text in zip("ABCDEFGH", ("一级\n指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                      "得分", "偏差原因分析及改进措施")):
        put(ws, f"{col}9", text)
    for r in (3, 4):
        ws.row_dimensions[r].height = 30
    first = 10
    levels(ws, "A", "B", first, ROWS191)
    # rows heightened by hand so that each vertical level word shows whole
    for k, (l1, *_rest) in enumerate(ROWS191):
        ws.row_dimensions[first + k].height = 70 if l1 == "满意度指标" else 24
    for k in range(len(ROWS191)):   # the level-1 words one character a line
        c = ws[f"A{first + k}"]
        if isinstance(c.value, str):
            c.value = "\n".join(c.value)
    for i, (_l1, _l2, name, target, actual, weight, score) in enumerate(ROWS191):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"H{r}", {9: "返乡创业人员增速放缓，2024年加大培训孵化力度", 10: "部分偏远村物流配送频次不足"}
            .get(i + 1, ""), left=True)
    end = first + len(ROWS191)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+F6")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+H6", "0.00")
    put(ws, f"H{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：何某某　　联系电话：0817-2238×××　　填报日期：2024年3月18日"
    landscape(ws)
    wb.save(out)


ROWS192 = [
    ("产出指标", "数量指标", "扶持普惠性民办幼儿园", "≥85所", "88所", "8", "8", "无"),
    ("产出指标", "数量指标", "新增普惠性学位", "≥3600个", "3720个", "8", "8", "无"),
    ("产出指标", "数量指标", "幼儿园教师培训", "≥1200人次", "1260人次", "6", "6", "无"),
    ("产出指标", "质量指标", "普惠性幼儿园覆盖率", "≥85%", "86.4%", "8", "8", "无"),
    ("产出指标", "质量指标", "受扶持幼儿园年检合格率", "100%", "100%", "6", "6", "无"),
    ("产出指标", "时效指标", "补助资金拨付时间", "2023年10月底前", "2023年10月26日", "6", "6", "无"),
    ("产出指标", "成本指标", "生均公用经费补助标准", "≥600元/生·年", "600元/生·年", "8", "8", "无"),
    ("效益指标", "社会效益指标", "学前三年毛入园率", "≥92%", "92.8%", "10", "10", "无"),
    ("效益指标", "社会效益指标", "普惠性幼儿园在园幼儿占比", "≥88%", "85.6%", "10", "9.73",
     "部分新增普惠园秋季学期招生未满，2024年春季继续扩大招生。"),
    ("效益指标", "可持续影响指标", "普惠性学前教育保障机制", "健全", "健全", "10", "10", "无"),
    ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%", "95.1%", "10", "10", "无"),
]


def html192(out: Path) -> None:
    """Nanyang (Henan): ONE small two-column key / value TABLE per indicator (一级指标 | … / 二级指标 | … /
    指标名称 | … / 年度指标值 | … / 实际完成值 | … / 分值 | … / 得分 | … / 偏差原因 | …), stacked down the page."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:9.5pt}h2{text-align:center;font-size:15pt}"
           "h3{font-size:11pt;margin:8pt 0 2pt}p.k{margin:6pt 0 1pt;font-weight:bold}"
           "table{width:100%;border-collapse:collapse;margin:2pt 0}table.kv{width:70%}"
           "td{border:1px solid #000;padding:2pt 4pt;text-align:center;vertical-align:middle}"
           "table.kv td:first-child{width:28%;font-weight:bold;background:#f2f2f2}table.kv td{text-align:left}"
           "td.h{font-weight:bold}td.l{text-align:left}@page{size:A4;margin:14mm 14mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>南阳市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>',
         "<h3>一、项目基本情况</h3>", "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="6">2023年南阳市普惠性幼儿园扶持项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="2">南阳市教育局</td><td class="h">实施单位</td>'
         '<td colspan="3">南阳市学前教育发展中心</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h">&nbsp;</td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td>'
         '<td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>2,400.00</td><td>2,560.00</td><td>2,508.80</td><td>10</td><td>98.00%</td>"
         "<td>9.80</td></tr>",
         "<tr><td>其中：中央补助资金</td><td>1,600.00</td><td>1,600.00</td><td>1,600.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>市级财政资金</td><td>800.00</td><td>960.00</td><td>908.80</td><td>—</td><td>—</td><td>—</td></tr>",
         "</table>", "<h3>二、绩效指标完成情况</h3>"]
    for k, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS192, start=1):
        h.append(f'<p class="k">指标{k}</p>')
        h.append('<table class="kv">' + "".join(
            f"<tr><td>{key}</td><td>{val}</td></tr>" for key, val in (
                ("一级指标", l1), ("二级指标", l2), ("指标名称", name), ("年度指标值", target),
                ("实际完成值", actual), ("分值", weight), ("得分", score), ("偏差原因分析", why))) + "</table>")
    h += ["<h3>三、自评结论</h3>", '<table class="kv">',
          "<tr><td>总分</td><td>100</td></tr>", "<tr><td>自评得分</td><td>99.53</td></tr>",
          "<tr><td>自评等级</td><td>优</td></tr>", "</table>",
          "<p>填报人：李某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0377-6316×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月22日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# level1, level2, name, target, actual, deviation; the scores in SCORES193 by 序号
ROWS193 = [
    ("产出指标", "数量指标", "实施移民美丽家园建设项目", "≥65个", "67个", ""),
    ("产出指标", "数量指标", "新建及改造移民村内道路", "≥48公里", "49.6公里", ""),
    ("产出指标", "数量指标", "移民实用技术和技能培训", "≥2000人次", "2136人次", ""),
    ("产出指标", "数量指标", "直补资金发放人数", "≥5.2万人", "5.26万人", ""),
    ("产出指标", "质量指标", "扶持项目竣工验收合格率", "100%", "100%", ""),
    ("产出指标", "时效指标", "直补资金按季度发放及时率", "100%", "100%", ""),
    ("产出指标", "成本指标", "移民人均直补标准", "600元/人·年", "600元/人·年", ""),
    ("效益指标", "经济效益指标", "移民人均可支配收入增长率", "≥7%", "7.6%", ""),
    ("效益指标", "社会效益指标", "移民安置区涉移民信访事件", "≤5起", "2起", ""),
    ("效益指标", "可持续影响指标", "扶持项目后续管护制度", "健全", "基本健全", "2个村管护责任未落实到人"),
    ("满意度指标", "服务对象满意度指标", "移民群众满意度", "≥90%", "89.2%", "部分移民对产业项目收益分配有意见"),
]
SCORES193 = [("8", "8", ""), ("6", "6", ""), ("6", "6", ""), ("6", "6", ""), ("10", "10", ""), ("8", "8", ""),
             ("6", "6", ""), ("10", "10", ""), ("10", "10", ""), ("10", "8", "管护制度未全面落实，扣2分"),
             ("10", "9.91", "满意度低于目标0.8个百分点，按比例扣0.09分")]


def doc193(out: Path) -> None:
    """Baise (Guangxi): the indicator table has NO 分值 / 得分: a separate 评分表 AFTER it gives 分值 / 得分 /
    扣分原因 by the indicator's 序号."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    para(d, "一、项目资金情况")
    _head_fund(d, {"project": "2023年百色市大中型水库移民后期扶持项目", "dept": "百色市水库移民工作管理局",
                   "agency": "百色市移民后期扶持项目服务中心"},
               ("3,200.00", "3,350.00", "3,276.30", "10", "97.80%", "9.78"),
               [("其中：中央补助资金", "2,800.00", "2,800.00", "2,800.00"),
                ("自治区财政资金", "400.00", "550.00", "476.30")],
               [1.8, 3.0, 2.2, 2.2, 2.2, 1.2, 1.6, 1.4])
    para(d, "")
    para(d, "二、绩效指标完成情况")
    n = len(ROWS193)
    t = grid_table(d, n + 1, 7, [1.0, 1.8, 2.2, 4.0, 2.4, 2.4, 3.2], "Table Grid")
    for c, text in enumerate(["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    rows = [(l1, l2, name, target, actual, "", "", why) for l1, l2, name, target, actual, why in ROWS193]
    for k in range(n):
        fill(t.cell(1 + k, 0), str(k + 1))
    # indicator_rows wants weight / score columns: point them at the note column, then write the note last
    indicator_rows(t, 1, rows, {"levels": (1, 2), "name": 3, "target": 4, "actual": 5, "weight": 6,
                                "score": 6, "note": 6})
    para(d, "")
    para(d, "三、绩效指标评分表")
    s = grid_table(d, n + 2, 4, [1.2, 2.0, 2.0, 9.8], "Table Grid")
    for c, text in enumerate(["序号", "分值", "得分", "扣分原因"]):
        fill(s.cell(0, c), text)
    for k, (weight, score, why) in enumerate(SCORES193, start=1):
        for c, text in enumerate([str(k), weight, score, why]):
            fill(s.cell(k, c), text)
    fill(s.cell(n + 1, 0), "合计")
    fill(s.cell(n + 1, 1), "90")
    fill(s.cell(n + 1, 2), "87.91")
    para(d, "")
    para(d, "四、自评结论：项目总分100分（含资金执行率10分），自评得分97.69分，自评等级：优。")
    para(d, "填报人：黄某某　　联系电话：0776-2822×××　　填报日期：2024年3月26日")
    d.save(out)


ROWS194 = [
    ("产出指标", "数量指标", "建设儿童之家", "≥120个", "完成一百二十六个", 8, 8),
    ("产出指标", "数量指标", "开展关爱服务活动", "≥800场次", "八百五十场次", 8, 8),
    ("产出指标", "数量指标", "培训儿童主任", "≥120人次", "１１６人次", 6, 5.8),
    ("产出指标", "数量指标", "农村留守儿童信息建档率", "100%", "百分之百", 6, 6),
    ("产出指标", "质量指标", "儿童之家规范化运营率", "不低于九成", "92.5%", 8, 8),
    ("产出指标", "时效指标", "季度走访完成率", "100%", "１００％", 6, 6),
    ("产出指标", "成本指标", "每个儿童之家建设补助", "≤３万元", "2.8万元", 8, 8),
    ("效益指标", "社会效益指标", "帮扶困境留守儿童", "≥五百名", "５２６名", 10, 10),
    ("效益指标", "社会效益指标", "留守儿童监护责任落实率", "≥95%", "百分之九十七", 10, 10),
    ("效益指标", "可持续影响指标", "关爱服务长效机制", "健全", "健全", 10, 10),
    ("满意度指标", "服务对象满意度指标", "留守儿童及监护人满意度", "≥90%", "９５．２％", 10, 10),
]


def xls194(out: Path) -> None:
    """Linyi (Shandong): quantities typed in CHINESE NUMERALS (完成一百二十六个, 八百五十场次, 百分之九十七,
    不低于九成) and FULL-WIDTH digits (１１６人次, ９５．２％) beside ordinary figures, in text cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGH", (12, 16, 24, 14, 18, 7, 7, 24)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年临沂市农村留守儿童关爱服务项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "临沂市民政局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:H4", "临沂市儿童福利指导中心", left=True)
    merge(ws, "A5:A6", "项目资金\n（万元）")
    put(ws, "B5", "")
    for col, text in zip("CDEFGH", ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}5", text)
    put(ws, "B6", "年度资金总额")
    put(ws, "C6", 560, MONEY)
    put(ws, "D6", 600, MONEY)
    put(ws, "E6", 582, MONEY)
    put(ws, "F6", 10)
    put(ws, "G6", "=E6/D6", PCT2)
    put(ws, "H6", "=ROUND(F6*G6,2)", "0.00")
    for col, text in zip("ABCDEFGH", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                      "偏差原因分析及改进措施")):
        put(ws, f"{col}7", text)
    first = 8
    levels(ws, "A", "B", first, ROWS194)
    for i, (_l1, _l2, name, target, actual, weight, score) in enumerate(ROWS194):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", actual)
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.0" if score != int(score) else None)
        put(ws, f"H{r}", "部分乡镇儿童主任岗位调整，2024年补训" if i == 2 else "", left=True)
    end = first + len(ROWS194)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+F6")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+H6", "0.00")
    put(ws, f"H{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：王某某　　联系电话：0539-8712×××　　填报日期：2024年3月14日"
    landscape(ws)
    wb.save(out)


ROWS195 = [
    ("产出指标", "数量指标", "新增生活垃圾分类投放点", "≥450个", "472个", "8", "8", ""),
    ("产出指标", "数量指标", "配置分类运输车辆", "≥36辆", "36辆", "6", "6", ""),
    ("产出指标", "数量指标", "开展垃圾分类宣传活动", "≥240场", "256场", "6", "6", ""),
    ("产出指标", "质量指标", "生活垃圾无害化处理率", "100%", "100%", "8", "8", ""),
    ("产出指标", "质量指标", "分类投放点规范设置率", "≥95%", "93.6%", "6", "5.91", "老旧小区场地受限，部分投放点待改造"),
    ("产出指标", "时效指标", "分类收运设施投入使用时间", "2023年9月30日前", "2023年9月28日", "8", "8", ""),
    ("产出指标", "成本指标", "每个投放点建设成本", "≤2.5万元", "2.38万元", "8", "8", ""),
    ("效益指标", "生态效益指标", "城区生活垃圾回收利用率", "≥35%", "36.8%", "10", "10", ""),
    ("效益指标", "社会效益指标", "居民垃圾分类知晓率", "≥90%", "93.5%", "10", "10", ""),
    ("效益指标", "可持续影响指标", "垃圾分类长效管理机制", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "城区居民满意度", "≥90%", "92.4%", "10", "10", ""),
]


def html195(out: Path) -> None:
    """Putian (Fujian): NO level-1 column: each level 1 its own table under a heading （一）产出指标 /
    （二）效益指标 / （三）满意度指标, each table with its header and a 小计 row."""
    from decimal import Decimal   # the 小计 cells, summed as the writer adds them

    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt}h2{text-align:center;font-size:15pt}"
           "h3{font-size:11pt;margin:8pt 0 2pt}h4{font-size:10.5pt;margin:6pt 0 2pt}"
           "table{width:100%;border-collapse:collapse;margin:2pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}@page{size:A4;margin:14mm 12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>莆田市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>',
         "<h3>一、基本情况</h3>", "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="6">2023年莆田市生活垃圾分类处理项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="2">莆田市城市管理局</td><td class="h">实施单位</td>'
         '<td colspan="3">莆田市环境卫生管理中心</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h">&nbsp;</td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td>'
         '<td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>1,980.00</td><td>2,050.00</td><td>2,009.00</td><td>10</td><td>98.00%</td>"
         "<td>9.80</td></tr>",
         "<tr><td>其中：省级补助资金</td><td>600.00</td><td>600.00</td><td>600.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>市级财政资金</td><td>1,380.00</td><td>1,450.00</td><td>1,409.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "</table>", "<h3>二、绩效指标完成情况</h3>"]
    for k, l1 in enumerate(("产出指标", "效益指标", "满意度指标")):
        rows = [r for r in ROWS195 if r[0] == l1]
        h += [f"<h4>（{CN_NUM[k]}）{l1}</h4>", "<table>",
              '<tr><td class="h">二级指标</td><td class="h">三级指标</td><td class="h">年度指标值</td>'
              '<td class="h">实际完成值</td><td class="h">分值</td><td class="h">得分</td>'
              '<td class="h">偏差原因分析</td></tr>']
        for i, (_l1, l2, name, target, actual, weight, score, why) in enumerate(rows):
            cells = []
            if i == 0 or rows[i - 1][1] != l2:
                span = sum(1 for _ in takewhile(lambda r: r[1] == l2, rows[i:]))
                cells.append(f'<td rowspan="{span}">{l2}</td>' if span > 1 else f"<td>{l2}</td>")
            cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>",
                      f"<td>{weight}</td>", f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
            h.append(f"<tr>{''.join(cells)}</tr>")
        sub_w = sum(Decimal(r[5]) for r in rows)
        sub_s = sum(Decimal(r[6]) for r in rows)
        h += [f'<tr><td class="h" colspan="4">小计</td><td>{sub_w}</td><td>{sub_s}</td><td>&nbsp;</td></tr>',
              "</table>"]
    h += ["<h3>三、自评结论</h3>",
          "<p>总分：100分（含预算执行率10分）；自评得分：99.71分；自评等级：优。</p>",
          "<p>填报人：林某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0594-2696×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月19日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


DOCX.update({"190": doc190, "193": doc193})
XLSX.update({"191": xls191, "194": xls194})
HTML.update({"192": html192, "195": html195})


# ---------------------------------------------------------------- 208-213: twenty-fourth set (table structures)

# level1, level2 (the department's 职能 under 履职效能), name, target, actual, weight, score, note
ROWS208 = [
    ("履职效能", "医保基金监督管理", "定点医药机构现场检查覆盖率", "100%", "100%", "6", "6", ""),
    ("履职效能", "医保基金监督管理", "追回违规使用医保基金", "≥1500万元", "1686万元", "6", "6", ""),
    ("履职效能", "医疗保障待遇", "基本医疗保险参保率", "≥98%", "99.1%", "6", "6", ""),
    ("履职效能", "医疗保障待遇", "困难群众资助参保率", "100%", "100%", "5", "5", ""),
    ("履职效能", "医药服务管理", "国家集采药品品种落地执行", "≥350个", "362个", "6", "6", ""),
    ("履职效能", "医药服务管理", "医保药品目录调整落地时间", "2023年3月1日前", "2023年3月1日", "5", "5", ""),
    ("履职效能", "医保经办服务", "跨省异地就医直接结算率", "≥70%", "66.5%", "6", "5.70",
     "部分定点医疗机构接口改造滞后，2024年一季度完成改造"),
    ("履职效能", "医保经办服务", "医保服务事项“一网通办”率", "≥95%", "97.3%", "5", "5", ""),
    ("管理效率", "预算管理", "预算调整率", "≤5%", "3.36%", "5", "5", ""),
    ("管理效率", "预算管理", "“三公”经费支出控制率", "≤100%", "92.6%", "5", "5", ""),
    ("社会效应", "社会效益", "个人卫生支出占卫生总费用比例", "≤27%", "26.1%", "8", "8", ""),
    ("社会效应", "社会效益", "大病保险政策范围内报销比例", "≥60%", "63.5%", "9", "9", ""),
    ("社会效应", "可持续影响", "医保基金收支平衡机制", "健全", "健全", "8", "8", ""),
    ("服务对象满意度", "参保群众满意度", "参保群众满意度", "≥90%", "93.6%", "5", "5", ""),
    ("服务对象满意度", "定点机构满意度", "定点医药机构满意度", "≥85%", "90.2%", "5", "5", ""),
]


def doc208(out: Path) -> None:
    """Huzhou (Zhejiang): a 部门整体 form whose levels are the 部门整体 framework's own (履职效能 / 管理效率 /
    社会效应 / 服务对象满意度), the 履职效能 indicators grouped by the department's 职能 in the level-2 column."""
    d = new_document()
    para(d, "部门整体支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    para(d, "部门（单位）名称：湖州市医疗保障局　　　　　　金额单位：万元")
    t = grid_table(d, 4, 8, [2.6, 2.6, 2.2, 2.2, 2.2, 1.0, 1.8, 1.5], "Table Grid")
    vmerge(t, 0, 0, 3, "年度预算执行情况\n（万元）")
    for c, text in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=1):
        fill(t.cell(0, c), text)
    for r, cells in enumerate([("年度资金总额", "2,380.00", "2,460.00", "2,401.94", "10", "97.64%", "9.76"),
                               ("其中：基本支出", "1,520.00", "1,540.00", "1,532.30", "—", "—", "—"),
                               ("项目支出", "860.00", "920.00", "869.64", "—", "—", "—")], start=1):
        for c, text in enumerate(cells, start=1):
            fill(t.cell(r, c), text)
    para(d, "")
    n = len(ROWS208)
    t = grid_table(d, n + 2, 8, [1.6, 2.2, 3.6, 2.2, 2.2, 1.0, 1.5, 2.7], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标\n（部门职能）", "三级指标", "年度指标值", "实际完成值", "分值",
                              "得分", "偏差原因分析"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    indicator_rows(t, 1, ROWS208, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                    "score": 6, "note": 7})
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分（含预算执行10分）")
    fill(t.cell(n + 1, 5), "100")
    fill(t.cell(n + 1, 6), "99.46")
    fill(t.cell(n + 1, 7), "")
    para(d, "自评结论：优")
    para(d, "填报人：沈某某　　联系电话：0572-2039×××　　填报日期：2024年3月8日")
    d.save(out)


# level1, level2, name, 指标解释, 计算公式, 数据来源, target, actual (str or (number, format)), weight, score, note
ROWS209 = [
    ("产出指标", "数量指标", "重点职业病监测覆盖县（区）", "辖区内开展重点职业病监测的县（区）数", "—",
     "广东省职业病防治信息系统", "≥7个", "7个", 8, 8, ""),
    ("产出指标", "数量指标", "在岗劳动者职业健康检查人数", "年度内完成在岗期间职业健康检查的劳动者人数", "—",
     "职业健康检查机构报告", "≥4.5万人", "4.86万人", 8, 8, ""),
    ("产出指标", "数量指标", "职业卫生专项执法检查用人单位", "对存在职业病危害因素的用人单位开展专项检查", "—",
     "执法检查台账", "≥300家", "318家", 6, 6, ""),
    ("产出指标", "质量指标", "职业病诊断报告及时率", "诊断结论在规定时限内网络报告的比例",
     "按时报告例数÷诊断例数×100%", "职业病报告卡", "100%", (1, PCT0), 8, 8, ""),
    ("产出指标", "质量指标", "工作场所危害因素检测合格率", "抽检工作场所粉尘、噪声等检测点的合格比例",
     "检测合格点数÷检测点数×100%", "检测报告", "≥85%", (0.826, PCT1), 6, 5.83,
     "部分小微企业除尘设施老化，已责令限期整改"),
    ("产出指标", "时效指标", "年度监测数据上报时间", "年度监测数据报送省级的时限", "—", "省级回执",
     "2023年12月15日前", "2023年12月8日", 6, 6, ""),
    ("产出指标", "成本指标", "人均职业健康检查补助", "项目补助资金与受检人数之比", "补助资金÷受检人数",
     "财务决算", "≤60元", "56.8元", 8, 8, ""),
    ("效益指标", "社会效益指标", "重点人群职业病防治知识知晓率", "抽样调查重点行业劳动者知晓防治知识的比例",
     "知晓人数÷调查人数×100%", "抽样问卷调查", "≥80%", (0.864, PCT1), 10, 10, ""),
    ("效益指标", "社会效益指标", "新发尘肺病报告例数", "年度新报告尘肺病病例数", "—", "职业病报告卡",
     "≤20例", "14例", 10, 10, ""),
    ("效益指标", "可持续影响指标", "职业病防治技术支撑体系", "市、县两级职业病防治技术支撑机构建设情况", "—",
     "机构建设验收资料", "逐步完善", "已完善", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "用人单位满意度", "受检用人单位对服务的满意比例",
     "满意单位数÷调查单位数×100%", "问卷调查（样本量260份）", "≥85%", "91.5%", 5, 5, ""),
    ("满意度指标", "服务对象满意度指标", "劳动者满意度", "受检劳动者对服务的满意比例",
     "满意人数÷调查人数×100%", "问卷调查（样本量520份）", "≥85%", "88.2%", 5, 5, ""),
]


def xls209(out: Path) -> None:
    """Shantou (Guangdong): 指标解释 / 计算公式 / 数据来源 columns BETWEEN the indicator's name and its target."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHIJK", (10, 12, 20, 24, 18, 16, 14, 12, 6, 6, 20)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:K1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:K2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:K3", "2023年汕头市职业病防治项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:E4", "汕头市卫生健康局", left=True)
    put(ws, "F4", "实施单位")
    merge(ws, "G4:K4", "汕头市职业病防治所", left=True)
    merge(ws, "A5:B6", "项目资金\n（万元）")
    for col, text in zip("CDEFGH", ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}5", text)
    put(ws, "C6", 420, MONEY)
    put(ws, "D6", 450, MONEY)
    put(ws, "E6", 436.05, MONEY)
    put(ws, "F6", 10)
    put(ws, "G6", "=E6/D6", PCT2)
    put(ws, "H6", "=ROUND(F6*G6,2)", "0.00")
    merge(ws, "I5:K6", "")
    for col, text in zip("ABCDEFGHIJK", ("一级指标", "二级指标", "三级指标", "指标解释", "计算公式", "数据来源",
                                         "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析")):
        put(ws, f"{col}7", text)
    first = 8
    levels(ws, "A", "B", first, ROWS209)
    for i, (_l1, _l2, name, expl, formula, source, target, actual, weight, score, note) in enumerate(ROWS209):
        r = first + i
        for col, val in zip("CDEF", (name, expl, formula, source)):
            put(ws, f"{col}{r}", val, left=col != "E" or val != "—")
        put(ws, f"G{r}", target)
        if isinstance(actual, tuple):
            put(ws, f"H{r}", actual[0], actual[1])
        else:
            put(ws, f"H{r}", actual)
        put(ws, f"I{r}", weight)
        put(ws, f"J{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"K{r}", note, left=True)
        ws.row_dimensions[r].height = 40   # three wrapped lines of the 指标解释 cell
    end = first + len(ROWS209)
    merge(ws, f"A{end}:H{end}", "总分")
    put(ws, f"I{end}", f"=SUM(I{first}:I{end - 1})+F6")
    put(ws, f"J{end}", f"=SUM(J{first}:J{end - 1})+H6", "0.00")
    put(ws, f"K{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：陈某某　　联系电话：0754-8827×××　　填报日期：2024年3月11日"
    landscape(ws)
    wb.save(out)


# level1, level2, name, target, actual, 权重, 得分率（%）, note
ROWS210 = [
    ("产出指标", "数量指标", "完成农村危房改造", "≥1200户", "1158户", "10", "96.50", "部分改造户自筹资金不足，延至2024年开工"),
    ("产出指标", "数量指标", "完成农房抗震改造", "≥300户", "312户", "8", "100", ""),
    ("产出指标", "质量指标", "改造房屋竣工验收合格率", "100%", "100%", "8", "100", ""),
    ("产出指标", "质量指标", "改造后房屋安全鉴定等级", "达到B级及以上", "全部达到B级及以上", "6", "100", ""),
    ("产出指标", "时效指标", "改造任务竣工时间", "2023年11月30日前", "2023年11月25日", "8", "100", ""),
    ("产出指标", "成本指标", "户均补助标准", "≤2.5万元", "2.32万元", "10", "100", ""),
    ("效益指标", "社会效益指标", "改造户住房安全保障率", "100%", "100%", "10", "100", ""),
    ("效益指标", "社会效益指标", "带动农村建筑工匠就业", "≥1500人次", "1620人次", "6", "100", ""),
    ("效益指标", "可持续影响指标", "低收入群体住房安全动态监测机制", "健全", "健全", "8", "100", ""),
    ("效益指标", "可持续影响指标", "改造房屋设计使用年限", "≥30年", "30年", "6", "100", ""),
    ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%", "95.2%", "10", "100", ""),
]


def html210(out: Path) -> None:
    """Yueyang (Hunan): 权重 and 得分率（%） columns instead of 得分 (the points earned are 权重 × 得分率), the fund
    row too; a 综合得分 in the closing row."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold;background:#eee}td.l{text-align:left}@page{size:A4 landscape;margin:12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>岳阳市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年岳阳市农村危房改造项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">岳阳市住房和城乡建设局</td><td class="h">实施单位</td>'
         '<td colspan="3">岳阳市村镇建设服务中心</td></tr>',
         '<tr><td class="h" rowspan="5">项目资金<br>（万元）</td><td class="h">&nbsp;</td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">执行率</td><td class="h">权重</td>'
         '<td class="h">得分率（%）</td></tr>',
         "<tr><td>年度资金总额</td><td>3,260.00</td><td>3,400.00</td><td>3,291.20</td><td>96.80%</td><td>10</td>"
         "<td>96.80</td></tr>"]
    for label, a, b, c in (("其中：中央补助资金", "2,100.00", "2,100.00", "2,068.60"),
                           ("省级补助资金", "760.00", "800.00", "772.30"),
                           ("市县配套资金", "400.00", "500.00", "450.30")):
        h.append(f"<tr><td>{label}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>—</td><td>—</td><td>—</td></tr>")
    h += ["</table>", "<table>",
          '<tr><td class="h">一级指标</td><td class="h">二级指标</td><td class="h">三级指标</td>'
          '<td class="h">年度指标值</td><td class="h">实际完成值</td><td class="h">权重</td>'
          '<td class="h">得分率（%）</td><td class="h">偏差原因分析</td></tr>']
    for i, (l1, l2, name, target, actual, weight, rate, note) in enumerate(ROWS210):
        cells = []
        if i == 0 or ROWS210[i - 1][0] != l1:
            span = sum(1 for _ in takewhile(lambda r: r[0] == l1, ROWS210[i:]))
            cells.append(f'<td rowspan="{span}">{l1}</td>')
        if i == 0 or ROWS210[i - 1][1] != l2:
            span = sum(1 for _ in takewhile(lambda r: r[1] == l2, ROWS210[i:]))
            cells.append(f'<td rowspan="{span}">{l2}</td>')
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{rate}</td>", f'<td class="l">{note or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="5">合计（含预算执行率）</td><td>100</td><td>—</td>'
          '<td class="l">综合得分：99.33</td></tr>',
          '<tr><td class="h" colspan="2">自评等级</td><td class="l" colspan="6">优</td></tr>', "</table>",
          "<p>注：指标得分＝权重×得分率；综合得分为各项指标得分之和。</p>",
          "<p>填报人：李某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0730-8256×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月13日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# level1, level2, name (★ after a core indicator's name), target, actual, weight, score, note
ROWS211 = [
    ("产出指标", "数量指标", "新建乡镇应急广播站★", "12至15个", "14个", "8", "8", ""),
    ("产出指标", "数量指标", "安装村级应急广播终端", "2800-3200台", "3050台", "6", "6", ""),
    ("产出指标", "数量指标", "开展应急广播演练", "4～6次", "5次", "6", "6", ""),
    ("产出指标", "质量指标", "终端设备在线率★", "95%-100%", "97.6%", "8", "8", ""),
    ("产出指标", "质量指标", "设备安装验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "预警信息发布响应时间★", "3～5分钟", "4分钟", "8", "8", ""),
    ("产出指标", "成本指标", "村级终端采购单价", "≤1800元", "1760元", "8", "8", ""),
    ("效益指标", "社会效益指标", "应急广播行政村覆盖率★", "≥98%", "96.5%", "10", "9.85",
     "山区部分行政村供电线路改造未完成，终端延后安装"),
    ("效益指标", "社会效益指标", "预警信息覆盖群众", "30万至35万人次", "33.6万人次", "10", "10", ""),
    ("效益指标", "可持续影响指标", "应急广播运维管护机制", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "农村群众满意度", "≥90%", "94.2%", "10", "10", ""),
]


def doc211(out: Path) -> None:
    """Jining (Shandong): targets as RANGES (12至15个, 2800-3200台, 4～6次, 95%-100%, 30万至35万人次) and ★ after
    the names of core indicators (注 below the table)."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年济宁市应急广播体系建设项目", "dept": "济宁市文化和旅游局",
                   "agency": "济宁市广播电视监测中心"},
               ("680.00", "720.00", "698.40", "10", "97.00%", "9.70"),
               [("其中：省级补助资金", "300.00", "300.00", "300.00"), ("市级财政资金", "380.00", "420.00", "398.40")],
               [2.0, 3.0, 2.0, 2.0, 2.0, 1.0, 2.0, 1.4])
    para(d, "")
    n = len(ROWS211)
    t = grid_table(d, n + 2, 8, [1.5, 1.8, 3.3, 2.7, 2.3, 1.0, 1.5, 2.9], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    indicator_rows(t, 1, ROWS211, {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5,
                                    "score": 6, "note": 7})
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    fill(t.cell(n + 1, 5), "100")
    fill(t.cell(n + 1, 6), "99.55")
    fill(t.cell(n + 1, 7), "自评等级：优")
    para(d, "注：标“★”的为核心指标。")
    para(d, "填报人：孔某某　　联系电话：0537-2345×××　　填报日期：2024年3月18日")
    d.save(out)


ROWS212 = [
    ("产出指标", "数量指标", "新建智能信号控制路口", "≥120个", "126个", "8", "8", ""),
    ("产出指标", "数量指标", "改造行人过街信号设施", "≥60处", "64处", "6", "6", ""),
    ("产出指标", "数量指标", "布设交通流量检测器", "≥480套", "492套", "6", "6", ""),
    ("产出指标", "质量指标", "信号机联网在线率", "≥95%", "97.2%", "8", "8", ""),
    ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "系统上线运行时间", "2023年10月31日前", "2023年10月20日", "8", "8", ""),
    ("产出指标", "成本指标", "单路口改造成本", "≤18万元", "17.4万元", "8", "8", ""),
    ("效益指标", "社会效益指标", "主干道高峰时段平均车速提升", "≥8%", "7.2%", "10", "9.00",
     "主城区地铁施工围挡占道，部分路段通行能力下降"),
    ("效益指标", "社会效益指标", "信号控制路口交通事故下降率", "≥10%", "12.6%", "10", "10", ""),
    ("效益指标", "可持续影响指标", "信号配时动态优化机制", "建立", "已建立", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "市民出行满意度", "≥85%", "88.9%", "10", "10", ""),
]


def html212(out: Path) -> None:
    """Deyang (Sichuan): a saved page of a government site whose form has NO <table>: the head and fund
    block are <div>s with display:table / table-row / table-cell, the indicator block a CSS grid (levels
    spanning rows by grid-row: span N)."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt;margin:0}"
           ".title{text-align:center;font-size:15pt;font-weight:bold;margin:6pt 0}.sub{text-align:center}"
           ".info{color:#555;font-size:9pt;text-align:center;margin:2pt 0 6pt}"
           ".tb{display:table;width:100%;border-collapse:collapse;margin:4pt 0}.tr{display:table-row}"
           ".td{display:table-cell;border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           ".grid{display:grid;grid-template-columns:9% 12% 21% 13% 13% 6% 6% 20%;border-top:1px solid #000;"
           "border-left:1px solid #000;margin:6pt 0}"
           ".grid>div{border-right:1px solid #000;border-bottom:1px solid #000;padding:3pt 4pt;display:flex;"
           "align-items:center;justify-content:center;text-align:center}"
           ".grid>div.l{justify-content:flex-start;text-align:left}.h{font-weight:bold;background:#f0f0f0}"
           ".w2{grid-column:span 2}.w5{grid-column:span 5}.w6{grid-column:span 6}@page{size:A4;margin:12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>德阳市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         '<div class="crumb">首页 &gt; 政务公开 &gt; 财政预决算 &gt; 绩效自评</div>',
         '<div class="title">项目支出绩效自评表</div>', '<div class="sub">（2023年度）</div>',
         '<div class="info">发布时间：2024-04-02　来源：德阳市公安局</div>',
         '<div class="tb">',
         '<div class="tr"><div class="td h">项目名称</div><div class="td">2023年德阳市智慧交通信号控制系统建设项目</div>'
         '<div class="td h">金额单位</div><div class="td">万元</div></div>',
         '<div class="tr"><div class="td h">主管部门</div><div class="td">德阳市公安局</div>'
         '<div class="td h">实施单位</div><div class="td">德阳市公安局交通警察支队</div></div>', "</div>",
         '<div class="tb">',
         '<div class="tr"><div class="td h">项目资金</div><div class="td h">年初预算数</div>'
         '<div class="td h">全年预算数</div><div class="td h">全年执行数</div><div class="td h">分值</div>'
         '<div class="td h">执行率</div><div class="td h">得分</div></div>']
    for label, *vals in (("年度资金总额", "2,150.00", "2,300.00", "2,236.00", "10", "97.22%", "9.72"),
                         ("其中：中央车购税补助资金", "500.00", "500.00", "483.60", "—", "—", "—"),
                         ("市级财政资金", "1,650.00", "1,800.00", "1,752.40", "—", "—", "—")):
        h.append(f'<div class="tr"><div class="td">{label}</div>'
                 + "".join(f'<div class="td">{v}</div>' for v in vals) + "</div>")
    h += ["</div>", '<div class="grid">']
    h += [f'<div class="h">{x}</div>' for x in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                  "分值", "得分", "偏差原因分析")]
    for i, (l1, l2, name, target, actual, weight, score, note) in enumerate(ROWS212):
        if i == 0 or ROWS212[i - 1][0] != l1:
            span = sum(1 for _ in takewhile(lambda r: r[0] == l1, ROWS212[i:]))
            h.append(f'<div style="grid-row:span {span}">{l1}</div>')
        if i == 0 or ROWS212[i - 1][1] != l2:
            span = sum(1 for _ in takewhile(lambda r: r[1] == l2, ROWS212[i:]))
            h.append(f'<div style="grid-row:span {span}">{l2}</div>')
        h += [f'<div class="l">{name}</div>', f"<div>{target}</div>", f"<div>{actual}</div>",
              f"<div>{weight}</div>", f"<div>{score}</div>", f'<div class="l">{note}</div>']
    h += ['<div class="h w5">总分</div>', "<div>100</div>", "<div>98.72</div>", '<div class="l">自评等级：优</div>',
          "</div>", '<div class="foot">填报人：王某某　联系电话：0838-2206×××　填报日期：2024年3月20日</div>',
          "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# level1, level2, name, 年度目标, 实际完成, 偏差, weight, score, note
ROWS213 = [
    ("产出指标", "数量指标", "治理废弃矿山图斑", "≥42个", "45个", "+3个", 8, 8, ""),
    ("产出指标", "数量指标", "恢复治理面积", "≥260公顷", "272.6公顷", "+12.6公顷", 8, 8, ""),
    ("产出指标", "数量指标", "复绿种植乔灌木", "≥8万株", "8.35万株", "+0.35万株", 6, 6, ""),
    ("产出指标", "质量指标", "治理工程验收合格率", "100%", "100%", "0", 6, 6, ""),
    ("产出指标", "质量指标", "复绿植被成活率", "≥85%", "83.2%", "-1.8个百分点", 8, 7.83,
     "夏季持续干旱，部分边坡苗木死亡，已于秋季补植"),
    ("产出指标", "时效指标", "治理工程完工时间", "2023年11月30日前", "2023年11月18日", "提前12天", 6, 6, ""),
    ("产出指标", "成本指标", "每公顷综合治理成本", "≤3.4万元", "3.29万元", "-0.11万元", 8, 8, ""),
    ("效益指标", "生态效益指标", "矿区植被覆盖率提高", "≥15个百分点", "16.2个百分点", "+1.2个百分点", 10, 10, ""),
    ("效益指标", "社会效益指标", "消除地质灾害隐患点", "≥18处", "18处", "0", 10, 10, ""),
    ("效益指标", "可持续影响指标", "治理成果后期管护机制", "健全", "健全", "—", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "93.7%", "+3.7个百分点", 10, 10, ""),
]


def xls213(out: Path) -> None:
    """Huangshi (Hubei): the fund block a SENTENCE in one merged cell (年初预算… 全年预算… 全年执行… 执行率…
    分值… 得分…); the indicators with 年度目标 / 实际完成 / 偏差 columns, the deviation a ±figure."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHI", (12, 16, 22, 16, 16, 14, 7, 7, 24)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:I1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:I3", "2023年黄石市废弃矿山地质环境恢复治理项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "黄石市自然资源和规划局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:I4", "黄石市地质环境监测保护站", left=True)
    put(ws, "A5", "资金情况")
    merge(ws, "B5:I5", "年初预算860万元，全年预算920万元，全年执行896.08万元，执行率97.40%；预算执行率分值10分，"
                       "得分9.74分。", left=True)
    ws.row_dimensions[5].height = 32
    for col, text in zip("ABCDEFGHI", ("一级指标", "二级指标", "三级指标", "年度目标", "实际完成", "偏差", "分值",
                                       "得分", "偏差原因分析")):
        put(ws, f"{col}6", text)
    first = 7
    levels(ws, "A", "B", first, ROWS213)
    for i, (_l1, _l2, name, target, actual, dev, weight, score, note) in enumerate(ROWS213):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", actual)
        put(ws, f"F{r}", dev)
        put(ws, f"G{r}", weight)
        put(ws, f"H{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"I{r}", note, left=True)
        if note:
            ws.row_dimensions[r].height = 30   # the note wraps to two lines
    end = first + len(ROWS213)
    merge(ws, f"A{end}:F{end}", "总分（含预算执行率10分）")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+10")
    put(ws, f"H{end}", f"=SUM(H{first}:H{end - 1})+9.74", "0.00")
    put(ws, f"I{end}", "")
    merge(ws, f"A{end + 1}:F{end + 1}", "自评等级")
    merge(ws, f"G{end + 1}:I{end + 1}", "优")
    ws[f"A{end + 3}"] = "填报人：柯某某　　联系电话：0714-6251×××　　填报日期：2024年3月21日"
    landscape(ws)
    wb.save(out)


DOCX.update({"208": doc208, "211": doc211})
XLSX.update({"209": xls209, "213": xls213})
HTML.update({"210": html210, "212": html212})


# ---------------------------------------------------------------- 214-219: twenty-fifth set (table structures)

# Jinhua: three projects of one department, each (head, fund, parts, rows, total score)
PROJECTS214 = [
    ({"project": "2023年金华市乡镇综合文化站免费开放补助项目", "dept": "金华市文化广电旅游局",
      "agency": "金华市文化馆"},
     ("600.00", "640.00", "627.20", "10", "98.00%", "9.80"),
     [("其中：中央补助资金", "400.00", "400.00", "400.00"), ("市级财政资金", "200.00", "240.00", "227.20")],
     [("产出指标", "数量指标", "免费开放乡镇综合文化站", "≥147个", "147个", "20", "20", ""),
      ("产出指标", "质量指标", "文化站年度开放时长达标率", "≥95%", "97.3%", "20", "20", ""),
      ("产出指标", "时效指标", "补助资金拨付时间", "2023年6月30日前", "2023年6月21日", "15", "15", ""),
      ("效益指标", "社会效益指标", "年服务群众人次", "≥120万人次", "126.4万人次", "20", "20", ""),
      ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93.8%", "15", "15", "")], "99.80"),
    ({"project": "2023年金华市农村文化礼堂建设项目", "dept": "金华市文化广电旅游局",
      "agency": "金华市农村文化礼堂建设办公室"},
     ("800.00", "850.00", "816.00", "10", "96.00%", "9.60"),
     [("其中：省级补助资金", "500.00", "500.00", "500.00"), ("市级财政资金", "300.00", "350.00", "316.00")],
     [("产出指标", "数量指标", "新建农村文化礼堂", "≥60个", "62个", "20", "20", ""),
      ("产出指标", "质量指标", "文化礼堂验收合格率", "100%", "100%", "20", "20", ""),
      ("产出指标", "成本指标", "单个文化礼堂建设补助", "≤13万元", "12.8万元", "15", "15", ""),
      ("效益指标", "社会效益指标", "文化礼堂年均开展活动", "≥24场", "22场", "20", "18.33",
       "部分礼堂11月后投入使用，活动场次不足，2024年加强运营指导。"),
      ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "92.6%", "15", "15", "")], "97.93"),
    ({"project": "2023年金华市公共文化数字化服务平台运维项目", "dept": "金华市文化广电旅游局",
      "agency": "金华市图书馆"},
     ("150.00", "150.00", "147.00", "10", "98.00%", "9.80"),
     [("其中：市级财政资金", "150.00", "150.00", "147.00")],
     [("产出指标", "数量指标", "平台数字资源更新量", "≥2000条", "2150条", "20", "20", ""),
      ("产出指标", "质量指标", "平台全年正常运行率", "≥99%", "99.6%", "20", "20", ""),
      ("产出指标", "时效指标", "故障响应时间", "≤2小时", "1.5小时", "15", "15", ""),
      ("效益指标", "社会效益指标", "平台年访问量", "≥80万人次", "86.2万人次", "20", "20", ""),
      ("满意度指标", "服务对象满意度指标", "用户满意度", "≥90%", "91.5%", "15", "15", "")], "99.80"),
]
HEADS214 = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
IND_COLS = {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 5, "score": 6, "note": 7}


def _indicator_grid(d, rows: list[tuple], total: str, header: bool = True):
    """An 8-column grid indicator table (levels vMerged) closed by its 总分 row."""
    first = 1 if header else 0
    t = grid_table(d, len(rows) + first + 1, 8, [1.6, 1.9, 3.6, 2.2, 2.2, 1.1, 1.2, 3.0], "Table Grid")
    if header:
        for c, text in enumerate(HEADS214):
            fill(t.cell(0, c), text)
        repeat_header(t.rows[0])
    indicator_rows(t, first, rows, IND_COLS)
    end = len(rows) + first
    fill(t.cell(end, 0).merge(t.cell(end, 4)), "总分")
    fill(t.cell(end, 5), "100")   # the form's 100 points, the fund's 10 included
    fill(t.cell(end, 6), total)
    fill(t.cell(end, 7), "自评等级：优")
    return t


def doc214(out: Path) -> None:
    """Jinhua (Zhejiang): ONE document holding the self-evaluation forms of THREE projects of one department
    (项目一 / 项目二 / 项目三), each its own head / fund table and indicator table."""
    d = new_document()
    para(d, "金华市文化广电旅游局2023年度项目支出绩效自评表", 16, True, True)
    para(d, "（共3个项目）", 11, False, True)
    for k, (head, fund, parts, rows, total) in enumerate(PROJECTS214):
        if k:
            d.add_page_break()
        para(d, f"项目{CN_NUM[k]}：{head['project']}", 12, True)
        _head_fund(d, head, fund, parts, [1.8, 3.0, 2.2, 2.2, 2.2, 1.2, 1.6, 1.4])
        para(d, "")
        _indicator_grid(d, rows, total)
    para(d, "")
    para(d, "填报人：邵某某　　联系电话：0579-8246×××　　填报日期：2024年3月15日")
    d.save(out)


# Zhoukou: one project's form per SHEET: (sheet, head, parts (label, initial, full year, executed), rows, notes)
SHEETS215 = [
    ("基本药物补助", ("2023年周口市基层医疗卫生机构实施基本药物制度补助项目", "周口市卫生健康委员会",
                     "周口市卫生健康事业发展中心"),
     [("其中：中央补助资金", 900, 900, 900), ("市级财政资金", 300, 320, 308.8)],
     [("产出指标", "数量指标", "补助实施基本药物制度的基层医疗卫生机构", "≥186个", "186个", 20, 20, ""),
      ("产出指标", "质量指标", "基本药物配备使用率", "≥90%", (0.927, PCT1), 20, 20, ""),
      ("产出指标", "时效指标", "补助资金下达时间", "2023年8月31日前", "2023年8月25日", 15, 15, ""),
      ("效益指标", "社会效益指标", "基层医疗卫生机构诊疗人次占比", "≥60%", "62.4%", 20, 20, ""),
      ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", (0.931, PCT1), 15, 15, "")]),
    ("乡村医生培训", ("2023年周口市乡村医生培训项目", "周口市卫生健康委员会", "周口市卫生健康事业发展中心"),
     [("其中：省级补助资金", 120, 120, 120), ("市级财政资金", 60, 60, 56.4)],
     [("产出指标", "数量指标", "培训乡村医生", "≥2400人", "2465人", 20, 20, ""),
      ("产出指标", "质量指标", "培训考核合格率", "≥95%", "96.8%", 20, 20, ""),
      ("产出指标", "成本指标", "人均培训成本", "≤750元", "716元", 15, 15, ""),
      ("效益指标", "社会效益指标", "村卫生室常见病规范诊疗率", "≥85%", "83.2%", 20, 19.58,
       "部分偏远村卫生室人员年龄偏大，2024年开展跟班进修。"),
      ("满意度指标", "服务对象满意度指标", "参训乡村医生满意度", "≥90%", "95.4%", 15, 15, "")]),
    ("精神障碍患者管理", ("2023年周口市严重精神障碍患者管理项目", "周口市卫生健康委员会", "周口市精神卫生中心"),
     [("其中：中央补助资金", 200, 200, 200), ("市级财政资金", 80, 90, 86.4)],
     [("产出指标", "数量指标", "在册严重精神障碍患者随访管理", "≥8600人", "8732人", 20, 20, ""),
      ("产出指标", "质量指标", "严重精神障碍患者规范管理率", "≥85%", "88.5%", 20, 20, ""),
      ("产出指标", "时效指标", "患者危险行为报告及时率", "100%", (1, PCT0), 15, 15, ""),
      ("效益指标", "社会效益指标", "患者肇事肇祸案件", "≤3起", "1起", 20, 20, ""),
      ("满意度指标", "服务对象满意度指标", "患者家属满意度", "≥85%", "90.6%", 15, 15, "")]),
]


def xls215(out: Path) -> None:
    """Zhoukou (Henan): a workbook with ONE project's whole form per SHEET (three sheets, three projects),
    each with its head, fund block (=SUM, 执行率, =ROUND) and indicator rows."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, (project, dept, agency), parts, rows in SHEETS215:
        ws = wb.create_sheet(sheet)
        for col, w in zip("ABCDEFGH", (10, 14, 28, 16, 16, 7, 8, 26)):
            ws.column_dimensions[col].width = w
        title(ws, "A1:H1", "项目支出绩效自评表")
        ws["A2"] = "（2023年度）"
        ws["A2"].alignment = Alignment(horizontal="center")
        ws.merge_cells("A2:H2")
        put(ws, "A3", "项目名称")
        merge(ws, "B3:H3", project, left=True)
        put(ws, "A4", "主管部门")
        merge(ws, "B4:D4", dept, left=True)
        put(ws, "E4", "实施单位")
        merge(ws, "F4:H4", agency, left=True)
        last = 6 + len(parts)
        merge(ws, f"A5:A{last}", "项目资金\n（万元）")
        for col, text in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            put(ws, f"{col}5", text)
        put(ws, "B6", "年度资金总额")
        for col in "CDE":
            put(ws, f"{col}6", f"=SUM({col}7:{col}{last})", MONEY)
        put(ws, "F6", 10)
        put(ws, "G6", "=E6/D6", PCT2)
        put(ws, "H6", "=ROUND(F6*G6,2)", "0.00")
        for r, (label, *vals) in enumerate(parts, start=7):
            put(ws, f"B{r}", label)
            for col, v in zip("CDE", vals):
                put(ws, f"{col}{r}", v, MONEY)
            for col in "FGH":
                put(ws, f"{col}{r}", "—")
        head = last + 1
        for col, text in zip("ABCDEFGH", HEADS214):
            put(ws, f"{col}{head}", text)
        first = head + 1
        levels(ws, "A", "B", first, rows)
        for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(rows):
            r = first + i
            put(ws, f"C{r}", name, left=True)
            put(ws, f"D{r}", target)
            put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
            put(ws, f"F{r}", weight)
            put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
            put(ws, f"H{r}", note, left=True)
        end = first + len(rows)
        merge(ws, f"A{end}:E{end}", "总分")
        put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+F6")
        put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+H6", "0.00")
        put(ws, f"H{end}", "自评等级：优")
        ws[f"A{end + 2}"] = "填报人：郑某某　　联系电话：0394-8218×××　　填报日期：2024年3月20日"
        landscape(ws)
    wb.save(out)


ROWS216 = [
    ("产出指标", "城市桥梁定期检测", "≥126座", "126座", "8", "8", ""),
    ("产出指标", "桥梁特殊检测", "≥12座", "13座", "6", "6", ""),
    ("产出指标", "伸缩缝及支座维修更换", "≥420米", "436米", "6", "6", ""),
    ("产出指标", "桥面铺装修复面积", "≥8500平方米", "8720平方米", "6", "6", ""),
    ("产出指标", "检测报告合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "维修工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "年度检测完成时间", "2023年10月31日前", "2023年10月18日", "6", "6", ""),
    ("产出指标", "单座桥梁定期检测费用", "≤1.2万元", "1.15万元", "6", "6", ""),
    ("效益指标", "四类、五类桥梁处置率", "100%", "100%", "10", "10", ""),
    ("效益指标", "因桥梁病害导致的交通安全事故", "0起", "0起", "10", "10", ""),
    ("效益指标", "桥梁养护长效机制", "健全", "健全", "10", "10", ""),
    ("满意度指标", "市民出行满意度", "≥90%", "88.4%", "10", "9.82", "部分桥梁维修期间实行交通管制，市民出行不便。"),
]


def html216(out: Path) -> None:
    """Fuyang (Anhui): an indicator table with NO 二级 level: 一级指标 (rowspan) and 三级指标 only."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}@page{size:A4;margin:14mm 12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>阜阳市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="6">2023年阜阳市城市桥梁安全检测与维护项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="2">阜阳市城市管理局</td><td class="h">实施单位</td>'
         '<td colspan="3">阜阳市市政设施管理处</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h">&nbsp;</td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td>'
         '<td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>760.00</td><td>800.00</td><td>776.00</td><td>10</td><td>97.00%</td>"
         "<td>9.70</td></tr>",
         "<tr><td>其中：市级财政资金</td><td>600.00</td><td>620.00</td><td>604.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>上年结转资金</td><td>160.00</td><td>180.00</td><td>172.00</td><td>—</td><td>—</td><td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in ("一级指标", "三级指标", "年度指标值", "实际完成值",
                                                             "分值", "得分", "偏差原因分析及改进措施")) + "</tr>"]
    for i, (l1, name, target, actual, weight, score, why) in enumerate(ROWS216):
        cells = []
        if i == 0 or ROWS216[i - 1][0] != l1:
            span = sum(1 for _ in takewhile(lambda r: r[0] == l1, ROWS216[i:]))
            cells.append(f'<td rowspan="{span}">{l1}</td>' if span > 1 else f"<td>{l1}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="4">总分</td><td>100</td><td>99.52</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：吕某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0558-2216×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月21日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


ROWS217 = [
    ("产出指标", "数量指标", "支持县级医院重点专科建设", "≥2个", "2个", ""),
    ("产出指标", "数量指标", "中医药适宜技术推广覆盖乡镇卫生院", "≥24个", "24个", ""),
    ("产出指标", "数量指标", "住院医师规范化培训招收人数", "≥18人", "19人", ""),
    ("产出指标", "数量指标", "公共卫生医师培训人数", "≥40人", "42人", ""),
    ("产出指标", "质量指标", "住院医师规范化培训结业考核通过率", "≥90%", "94.7%", ""),
    ("产出指标", "质量指标", "医疗机构药品抽检合格率", "≥98%", "99.1%", ""),
    ("产出指标", "时效指标", "资金下达及时率", "100%", "100%", ""),
    ("效益指标", "社会效益指标", "县域内住院量占比", "≥85%", "86.3%", ""),
    ("效益指标", "社会效益指标", "基层医疗卫生机构中医药服务量占比", "≥30%", "31.6%", ""),
    ("效益指标", "可持续影响指标", "紧密型县域医共体运行机制", "健全", "健全", ""),
    ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "92.8%", ""),
    ("满意度指标", "服务对象满意度指标", "医务人员满意度", "≥85%", "83.5%",
     "基层医务人员待遇偏低，2024年落实绩效工资向基层倾斜政策。"),
]


def doc217(out: Path) -> None:
    """Pingjiang (Yueyang, Hunan): the CENTRAL-TRANSFER form (中央对地方转移支付区域绩效自评表): 全年预算数 /
    全年执行数 / 执行率 per fund source, 年度总体目标 as 预期目标 / 实际完成情况 text columns, then 全年指标值 /
    全年实际值 / 未完成原因和改进措施; no weights, scores or grade."""
    d = new_document()
    para(d, "中央对地方转移支付区域绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    t = grid_table(d, 11, 6, [2.4, 2.2, 3.2, 2.6, 2.6, 3.0], "Table Grid")
    fill(t.cell(0, 0).merge(t.cell(0, 1)), "转移支付（项目）名称")
    fill(t.cell(0, 2).merge(t.cell(0, 5)), "医疗服务与保障能力提升补助资金")
    fill(t.cell(1, 0).merge(t.cell(1, 1)), "中央主管部门")
    fill(t.cell(1, 2).merge(t.cell(1, 5)), "国家卫生健康委员会、国家中医药管理局")
    fill(t.cell(2, 0).merge(t.cell(2, 1)), "地方主管部门")
    fill(t.cell(2, 2), "平江县卫生健康局")
    fill(t.cell(2, 3), "资金使用单位")
    fill(t.cell(2, 4).merge(t.cell(2, 5)), "平江县人民医院等12家单位")
    t.cell(3, 0).merge(t.cell(7, 1))
    fill(t.cell(3, 0), "资金投入情况\n（万元）")
    for c, text in ((2, ""), (3, "全年预算数（A）"), (4, "全年执行数（B）"), (5, "执行率（B/A）")):
        fill(t.cell(3, c), text)
    for r, vals in enumerate((("年度资金总额", "1,860.00", "1,804.20", "97.00%"),
                              ("其中：中央财政资金", "1,500.00", "1,458.00", "97.20%"),
                              ("地方资金", "300.00", "292.20", "97.40%"),
                              ("其他资金", "60.00", "54.00", "90.00%")), start=4):
        for c, text in enumerate(vals, start=2):
            fill(t.cell(r, c), text)
    t.cell(8, 0).merge(t.cell(10, 0))
    fill(t.cell(8, 0), "年度总体目标")
    fill(t.cell(8, 1).merge(t.cell(8, 3)), "预期目标")
    fill(t.cell(8, 4).merge(t.cell(8, 5)), "实际完成情况")
    fill(t.cell(9, 1).merge(t.cell(10, 3)),
         "目标1：支持县人民医院、县中医医院重点专科建设，提升县域医疗服务能力。\n\n"
         "目标2：推广中医药适宜技术，开展住院医师规范化培训和公共卫生医师培训。")
    fill(t.cell(9, 4).merge(t.cell(10, 5)),
         "完成情况1：2个重点专科通过市级评审，县域内住院量占比86.3%。\n\n"
         "完成情况2：中医药适宜技术覆盖全县24个乡镇卫生院，招收住院医师19人，培训公共卫生医师42人。")
    para(d, "")
    n = len(ROWS217)
    g = grid_table(d, n + 1, 6, [2.0, 2.4, 4.4, 2.4, 2.4, 3.6], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "全年指标值", "全年实际值", "未完成原因和改进措施"]):
        fill(g.cell(0, c), text)
    repeat_header(g.rows[0])
    for k in (0, 1):
        start = 0
        for i in range(1, n + 1):
            if i == n or ROWS217[i][k] != ROWS217[start][k] or ROWS217[i][0] != ROWS217[start][0]:
                vmerge(g, k, 1 + start, i, ROWS217[start][k])
                start = i
    for r, (_l1, _l2, name, target, actual, why) in enumerate(ROWS217, start=1):
        for c, text in ((2, name), (3, target), (4, actual), (5, why)):
            fill(g.cell(r, c), text)
    para(d, "")
    para(d, "填表人：彭某某　　联系电话：0730-6221×××　　填报日期：2024年3月8日")
    d.save(out)


# Jining: (l1, l2, name, [(area, target, actual)] or None, target, actual, weight, score, note): an indicator
# split by district has its three district sub-rows, then the 合计 row that is the indicator
ROWS218 = [
    ("产出指标", "数量指标", "新增智慧停车泊位",
     [("任城区", "≥3000个", "3120个"), ("兖州区", "≥1500个", "1580个"), ("高新区", "≥1500个", "1530个")],
     "≥6000个", "6230个", 10, 10, ""),
    ("产出指标", "数量指标", "新建停车诱导屏",
     [("任城区", "≥20块", "20块"), ("兖州区", "≥10块", "11块"), ("高新区", "≥10块", "10块")],
     "≥40块", "41块", 8, 8, ""),
    ("产出指标", "数量指标", "改造路内停车场",
     [("任城区", "≥12处", "13处"), ("兖州区", "≥6处", "6处"), ("高新区", "≥6处", "7处")],
     "≥24处", "26处", 8, 8, ""),
    ("产出指标", "质量指标", "泊位设备验收合格率", None, "100%", (1, PCT0), 8, 8, ""),
    ("产出指标", "质量指标", "泊位数据实时上传率", None, "≥98%", (0.992, PCT1), 6, 6, ""),
    ("产出指标", "时效指标", "项目完工时间", None, "2023年11月30日前", "2023年11月22日", 6, 6, ""),
    ("产出指标", "成本指标", "单个智慧泊位建设成本", None, "≤2800元", "2650元", 4, 4, ""),
    ("效益指标", "社会效益指标", "城区停车泊位周转率提高", None, "≥20%", "23.5%", 10, 10, ""),
    ("效益指标", "经济效益指标", "年停车服务收入", None, "≥1200万元", "1085万元", 10, 9.04,
     "部分泊位11月投入使用，全年收费期不足。"),
    ("效益指标", "可持续影响指标", "停车智慧管理平台运行", None, "稳定运行", "稳定运行", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "市民满意度", None, "≥90%", (0.923, PCT1), 10, 10, ""),
]


def xls218(out: Path) -> None:
    """Jining (Shandong): the quantity indicators carry their target and actual PER DISTRICT in sub-rows
    (任城区 / 兖州区 / 高新区), then a 合计 row holding the indicator's own figures, weight and score."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for col, w in zip("ABCDEFGHI", (10, 13, 24, 10, 15, 15, 7, 8, 24)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:I1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:I3", "2023年济宁市城区智慧停车泊位建设项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "济宁市城市管理局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:I4", "济宁市停车管理服务中心", left=True)
    merge(ws, "A5:A8", "项目资金\n（万元）")
    merge(ws, "B5:C5", "")
    for col, text in zip("DEFGHI", ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}5", text)
    merge(ws, "B6:C6", "年度资金总额")
    for col in "DEF":
        put(ws, f"{col}6", f"={col}7+{col}8", MONEY)
    put(ws, "G6", 10)
    put(ws, "H6", "=F6/E6", PCT2)
    put(ws, "I6", "=ROUND(G6*H6,2)", "0.00")
    for r, (label, vals) in ((7, ("其中：市级财政资金", (1500, 1650, 1600.5))), (8, ("专项债券资金", (1000, 1000, 1000)))):
        merge(ws, f"B{r}:C{r}", label)
        for col, v in zip("DEF", vals):
            put(ws, f"{col}{r}", v, MONEY)
        for col in "GHI":
            put(ws, f"{col}{r}", "—")
    for col, text in zip("ABCDEFGHI", ("一级指标", "二级指标", "三级指标", "实施区域", "年度指标值", "实际完成值",
                                       "分值", "得分", "偏差原因分析")):
        put(ws, f"{col}9", text)
    # one sheet row per district sub-row and per indicator row; levels merged over them all
    flat = []
    for l1, l2, name, areas, target, actual, weight, score, note in ROWS218:
        for area, t, a in areas or []:
            flat.append((l1, l2, name, area, t, a, None, None, ""))
        flat.append((l1, l2, name, "合计" if areas else "全市", target, actual, weight, score, note))
    first = 10
    levels(ws, "A", "B", first, flat)
    r = first
    for _l1, _l2, name, areas, *_rest in ROWS218:
        span = len(areas or []) + 1
        if span > 1:
            merge(ws, f"C{r}:C{r + span - 1}", name, left=True)
        else:
            put(ws, f"C{r}", name, left=True)
        r += span
    for i, (_l1, _l2, _name, area, target, actual, weight, score, note) in enumerate(flat):
        r = first + i
        put(ws, f"D{r}", area)
        put(ws, f"E{r}", target)
        put(ws, f"F{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"G{r}", weight)
        put(ws, f"H{r}", score, "0.00" if score is not None and score != int(score) else None)
        put(ws, f"I{r}", note, left=True)
    end = first + len(flat)
    merge(ws, f"A{end}:F{end}", "总分")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+G6")
    put(ws, f"H{end}", f"=SUM(H{first}:H{end - 1})+I6", "0.00")
    put(ws, f"I{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：孔某某　　联系电话：0537-2968×××　　填报日期：2024年3月19日"
    landscape(ws)
    wb.save(out)


ROWS219 = [
    ("产出指标", "数量指标", "整治内河涌", "≥12条", "12条", "6", "6", ""),
    ("产出指标", "数量指标", "河道清淤量", "≥8.5万立方米", "8.76万立方米", "6", "6", ""),
    ("产出指标", "数量指标", "新建截污管网", "≥18公里", "18.6公里", "6", "6", ""),
    ("产出指标", "数量指标", "改造排污口", "≥65个", "68个", "5", "5", ""),
    ("产出指标", "数量指标", "新增河岸绿化面积", "≥2.4万平方米", "2.52万平方米", "5", "5", ""),
    ("产出指标", "质量指标", "整治工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "河涌水质达标率", "≥80%", "83.3%", "6", "6", ""),
    ("产出指标", "时效指标", "主体工程完工时间", "2023年12月31日前", "2023年12月20日", "5", "5", ""),
    ("产出指标", "成本指标", "每公里截污管网建设成本", "≤95万元", "92.4万元", "5", "5", ""),
    ("效益指标", "生态效益指标", "河涌黑臭水体消除比例", "100%", "100%", "10", "10", ""),
    ("效益指标", "社会效益指标", "沿岸受益群众", "≥15万人", "16.2万人", "10", "10", ""),
    ("效益指标", "可持续影响指标", "河涌长效管护机制", "健全", "基本健全", "10", "8",
     "部分河涌管护责任未落实到社区，2024年完善河长巡河制度。"),
    ("满意度指标", "服务对象满意度指标", "沿岸居民满意度", "≥90%", "93.5%", "10", "10", ""),
]
SPLIT219 = 2   # rows before the empty paragraph that splits the table


def doc219(out: Path) -> None:
    """Shantou (Guangdong): the indicator table SPLIT in two by an empty paragraph typed in the middle of the
    数量指标 rows: the second table has no header, and its first row's level cells continue the merges above
    (w:vMerge continue with no restart in that table: Word shows them empty)."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年汕头市中心城区内河涌综合整治项目", "dept": "汕头市水务局",
                   "agency": "汕头市水务工程建设管理中心"},
               ("2,200.00", "2,300.00", "2,231.00", "10", "97.00%", "9.70"),
               [("其中：省级补助资金", "1,000.00", "1,000.00", "1,000.00"),
                ("市级财政资金", "1,200.00", "1,300.00", "1,231.00")],
               [1.8, 3.0, 2.2, 2.2, 2.2, 1.2, 1.6, 1.4])
    para(d, "")
    top, rest = ROWS219[:SPLIT219], ROWS219[SPLIT219:]
    t = grid_table(d, len(top) + 1, 8, [1.6, 1.9, 3.6, 2.2, 2.2, 1.1, 1.2, 3.0], "Table Grid")
    for c, text in enumerate(HEADS214):
        fill(t.cell(0, c), text)
    indicator_rows(t, 1, top, IND_COLS)
    para(d, "")
    # the continued level cells: the rows' own words blanked, the first row's merge marks turned to continue
    cont = [("", "", *r[2:]) if r[:2] == top[-1][:2] else (("", *r[1:]) if r[0] == top[-1][0] else r) for r in rest]
    u = _indicator_grid(d, cont, "97.70", header=False)
    for tc in [u.cell(0, c)._tc for c in (0, 1)]:   # both taken before python-docx sees an orphan continue
        tc.tcPr.find(qn("w:vMerge")).attrib.pop(qn("w:val"), None)
    para(d, "")
    para(d, "填报人：陈某某　　联系电话：0754-8826×××　　填报日期：2024年3月18日")
    d.save(out)


DOCX.update({"214": doc214, "217": doc217, "219": doc219})
XLSX.update({"215": xls215, "218": xls218})
HTML.update({"216": html216})



# ---------------------------------------------------------------- 220-225: twenty-sixth set (table structures)

ROWS220 = [
    ("1.产出指标", "产出数量", "改造供热老旧管网", "≥42公里", "43.6公里", "8", "8", ""),
    ("1.产出指标", "产出数量", "改造换热站", "≥36座", "36座", "7", "7", ""),
    ("1.产出指标", "产出数量", "惠及供热居民", "≥2.8万户", "2.93万户", "7", "7", ""),
    ("1.产出指标", "产出质量", "管网改造工程验收合格率", "100%", "100%", "7", "7", ""),
    ("1.产出指标", "产出质量", "管网焊口探伤合格率", "≥98%", "99.2%", "7", "7", ""),
    ("1.产出指标", "产出时效", "改造工程完工时间", "2023年10月15日前", "2023年10月12日", "7", "7", ""),
    ("1.产出指标", "产出成本", "每公里管网改造成本", "≤75万元", "73.8万元", "7", "7", ""),
    ("2.效益指标", "经济效益", "年减少管网热损失费用", "≥600万元", "568万元", "10", "9.47",
     "部分管网10月中旬才投入运行，当年节能效益未完全显现。"),
    ("2.效益指标", "社会效益", "供热室温达标率", "≥98%", "99.1%", "10", "10", ""),
    ("2.效益指标", "生态效益", "年节约标准煤", "≥1.2万吨", "1.26万吨", "10", "10", ""),
    ("3.满意度指标", "群众满意度", "供热用户满意度", "≥90%", "93.6%", "10", "10", ""),
]


def doc220(out: Path) -> None:
    """Baoji (Shaanxi): the level names as this city's template words them: 一级 with a number prefix
    (1.产出指标, typed) and NON-STANDARD 二级 names (产出数量 / 产出质量 / 产出时效 / 产出成本, 经济效益 /
    社会效益 / 生态效益, 群众满意度)."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年宝鸡市城市供热老旧管网改造项目", "dept": "宝鸡市住房和城乡建设局",
                   "agency": "宝鸡市热力有限责任公司"},
               ("3,200.00", "3,400.00", "3,315.00", "10", "97.50%", "9.75"),
               [("其中：中央预算内资金", "2,000.00", "2,000.00", "2,000.00"),
                ("市级财政资金", "1,200.00", "1,400.00", "1,315.00")],
               [1.8, 3.0, 2.2, 2.2, 2.2, 1.2, 1.6, 1.4])
    para(d, "")
    _indicator_grid(d, ROWS220, "99.22")
    para(d, "")
    para(d, "填报人：王某某　　联系电话：0917-3265×××　　填报日期：2024年3月12日")
    d.save(out)


def xls221(out: Path) -> None:
    """Xingtai (Hebei): the fund block ONE ROW of label | value PAIRS side by side (年初预算数 | 1,850.00 |
    全年预算数 | … | 得分 | 9.80), amounts as numbers, 执行率 and 得分 formulas; the indicator table below."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHIJKLM", (16, 17, 26, 15, 15, 11, 10, 9, 9, 6, 6, 6, 9)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:M1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:M2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:M3", "2023年邢台市农村户厕改造项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:E4", "邢台市农业农村局", left=True)
    put(ws, "F4", "实施单位")
    merge(ws, "G4:M4", "邢台市农村人居环境整治服务中心", left=True)
    put(ws, "A5", "项目资金（万元）")
    ws.row_dimensions[5].height = 22
    for col, v in zip("BCDEFGHIJKLM", ("年初预算数", 1850, "全年预算数", 1960, "全年执行数", 1921.5, "执行率",
                                       "=G5/E5", "分值", 10, "得分", "=ROUND(K5*I5,2)")):
        fmt = {"C": MONEY, "E": MONEY, "G": MONEY, "I": PCT2, "M": "0.00"}.get(col)
        put(ws, f"{col}5", v, fmt)
    for col, text in zip("ABCDEFGH", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                      "偏差原因分析及改进措施")):
        put(ws, f"{col}6", text)
    merge(ws, "H6:M6", "偏差原因分析及改进措施")
    rows = [
        ("产出指标", "数量指标", "完成农村户厕改造", "≥12000户", "12368户", 10, 10, ""),
        ("产出指标", "数量指标", "建设粪污集中处理站点", "≥24个", "24个", 8, 8, ""),
        ("产出指标", "数量指标", "配备抽粪车", "≥30辆", "32辆", 6, 6, ""),
        ("产出指标", "质量指标", "改厕验收合格率", "≥95%", (0.976, PCT1), 8, 8, ""),
        ("产出指标", "时效指标", "改厕任务完成时间", "2023年11月30日前", "2023年11月28日", 8, 8, ""),
        ("产出指标", "成本指标", "户均改厕补助标准", "≤1500元", "1500元", 10, 10, ""),
        ("效益指标", "社会效益指标", "农村卫生厕所普及率", "≥85%", "87.3%", 10, 10, ""),
        ("效益指标", "生态效益指标", "粪污无害化处理率", "≥90%", "86.4%", 10, 9.6,
         "部分偏远村抽运不及时，2024年增加清掏频次。"),
        ("效益指标", "可持续影响指标", "改厕后续管护机制", "健全", "健全", 10, 10, ""),
        ("满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥90%", (0.942, PCT1), 10, 10, ""),
    ]
    first = 7
    levels(ws, "A", "B", first, rows)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(rows):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
        merge(ws, f"H{r}:M{r}", note, left=True)
        ws.row_dimensions[r].height = 20
    end = first + len(rows)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+K5")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+M5", "0.00")
    merge(ws, f"H{end}:M{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：赵某某　　联系电话：0319-3126×××　　填报日期：2024年3月14日"
    landscape(ws)
    wb.save(out)


ROWS222 = [
    ("产出指标", "数量指标", "新增普惠性托位", "≥1200个", "1236个", "8", "8", ""),
    ("产出指标", "数量指标", "支持普惠托育机构", "≥30家", "达到目标值", "6", "6", ""),
    ("产出指标", "数量指标", "开展托育从业人员培训", "≥600人次", "642人次", "6", "6", ""),
    ("产出指标", "质量指标", "托育机构备案率", "100%", "已完成", "6", "6", ""),
    ("产出指标", "质量指标", "托育从业人员持证上岗率", "≥95%", "全部完成", "6", "6", ""),
    ("产出指标", "质量指标", "托育机构消防安全检查合格率", "100%", "同上", "6", "6", ""),
    ("产出指标", "时效指标", "补助资金拨付时间", "2023年9月30日前", "与目标一致", "6", "6", ""),
    ("产出指标", "成本指标", "每个普惠托位建设补助", "≤1万元", "1万元", "6", "6", ""),
    ("效益指标", "社会效益指标", "每千人口拥有3岁以下婴幼儿托位数", "≥3.5个", "3.62个", "10", "10", ""),
    ("效益指标", "社会效益指标", "普惠托位使用率", "≥60%", "57.6%", "10", "9.60",
     "部分新建机构下半年开园，入托人数仍在增长。"),
    ("效益指标", "可持续影响指标", "托育服务监管机制", "健全", "已完成", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "婴幼儿家长满意度", "≥90%", "达到目标值", "10", "10", ""),
]


def html222(out: Path) -> None:
    """Luzhou (Sichuan): actuals written BY REFERENCE to the target (达到目标值, 已完成, 全部完成, 与目标一致,
    同上 for the row above) beside ordinary figures."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}@page{size:A4;margin:14mm 12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>泸州市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年泸州市普惠托育服务体系建设项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">泸州市卫生健康委员会</td><td class="h">实施单位</td>'
         '<td colspan="3">泸州市妇幼保健院</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h">&nbsp;</td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td>'
         '<td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>1500.00</td><td>1580.00</td><td>1548.40</td><td>10</td><td>98.00%</td>"
         "<td>9.80</td></tr>",
         "<tr><td>其中：中央补助资金</td><td>1000.00</td><td>1000.00</td><td>1000.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>市级财政资金</td><td>500.00</td><td>580.00</td><td>548.40</td><td>—</td><td>—</td><td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in HEADS214) + "</tr>"]
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS222):
        cells = []
        for k, text in ((0, l1), (1, l2)):
            if i == 0 or ROWS222[i - 1][:k + 1] != ROWS222[i][:k + 1]:
                span = sum(1 for _ in takewhile(lambda r: r[:k + 1] == ROWS222[i][:k + 1], ROWS222[i:]))
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>99.40</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：罗某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0830-3196×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月22日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


ROWS223 = [
    ("产出指标", "数量指标", "修缮历史建筑", ">=36处", "38处", "8", "8", ""),
    ("产出指标", "数量指标", "改造街巷路面", ">=4.2万平方米", "4.35万平方米", "7", "7", ""),
    ("产出指标", "数量指标", "整治沿街立面", ">=9600平方米", "9820平方米", "7", "7", ""),
    ("产出指标", "质量指标", "修缮工程验收合格率", "100%", "100%", "7", "7", ""),
    ("产出指标", "质量指标", "文物本体安全事故", "0起", "0起", "7", "7", ""),
    ("产出指标", "时效指标", "修缮工程完工时间", "2023年11月30日前", "2023年11月16日", "7", "7", ""),
    ("产出指标", "成本指标", "每处历史建筑平均修缮成本", "<=48万元", "46.5万元", "7", "7", ""),
    ("效益指标", "社会效益指标", "街区年接待游客量", ">=320万人次", "341万人次", "10", "10", ""),
    ("效益指标", "经济效益指标", "街区商户经营收入增长率", ">=8%", "7.2%", "10", "9.00", "施工围挡，部分商户停业"),
    ("效益指标", "可持续影响指标", "街区保护管理办法", "出台实施", "已出台实施", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "街区居民满意度", ">=90%", "92.4%", "5", "5", ""),
    ("满意度指标", "服务对象满意度指标", "游客满意度", ">=90%", "95.1%", "5", "5", ""),
]


def _cols(text: str) -> int:
    """Display width in a monospaced CJK font: wide and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _text_row(cells: list[str], widths: list[int]) -> str:
    return "|" + "|".join(" " + c + " " * (w - _cols(c) - 1) for c, w in zip(cells, widths)) + "|"


def _text_rule(widths: list[int]) -> str:
    return "+" + "+".join("-" * w for w in widths) + "+"


def html223(out: Path) -> None:
    """Kaifeng (Henan): an old government site's page where the form is a FIXED-WIDTH TEXT table inside <pre>
    (columns by spaces, rules drawn +---+ and |, level words only on a group's first line, a rule between the
    level-1 groups), as pasted from a text file; printed in a monospaced CJK font."""
    fund_w = [22, 12, 12, 12, 6, 9, 7]
    fund = [_text_rule(fund_w),
            _text_row(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], fund_w),
            _text_rule(fund_w),
            _text_row(["年度资金总额", "2600.00", "2750.00", "2695.00", "10", "98.00%", "9.80"], fund_w),
            _text_row(["其中：中央补助资金", "1500.00", "1500.00", "1500.00", "", "", ""], fund_w),
            _text_row(["      市级财政资金", "1100.00", "1250.00", "1195.00", "", "", ""], fund_w),
            _text_rule(fund_w)]
    w = [12, 20, 28, 18, 16, 6, 7, 26]
    ind = [_text_rule(w), _text_row(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                     "偏差原因分析"], w), _text_rule(w)]
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS223):
        if i and ROWS223[i - 1][0] != l1:
            ind.append(_text_rule(w))
        new1 = i == 0 or ROWS223[i - 1][0] != l1
        new2 = new1 or ROWS223[i - 1][1] != l2
        ind.append(_text_row([l1 if new1 else "", l2 if new2 else "", name, target, actual, weight, score, why], w))
    ind += [_text_rule(w), _text_row(["总分", "", "", "", "", "100", "98.80", "自评等级：优"], w), _text_rule(w)]
    body = "\n".join(["　　　　　　　　　　　　项目支出绩效自评表", "　　　　　　　　　　　　　（2023年度）", "",
                      "项目名称：2023年开封市历史文化街区保护修缮项目",
                      "主管部门：开封市文化广电和旅游局　　实施单位：开封市历史文化街区保护中心", "",
                      *fund, "", *ind, "",
                      "填报人：杜某某　　联系电话：0371-2395×××　　填报日期：2024年3月11日"])
    css = ("body{font-size:10pt;margin:0}pre{font-family:'Noto Sans Mono CJK SC',monospace;font-size:9pt;"
           "line-height:1.35}@page{size:A4 landscape;margin:12mm}")
    h = ["<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">",
         f"<title>开封市历史文化街区保护修缮项目绩效自评</title><style>{css}</style></head>",
         '<body bgcolor="#ffffff"><table width="100%"><tr><td><font size="2">首页 &gt; 信息公开 &gt; 绩效信息</font>'
         "</td></tr></table><hr>", f"<pre>{body}</pre>", "<hr><p><font size=\"2\">开封市文化广电和旅游局 主办</font></p>",
         "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# Jiujiang: the 是否完成 column (√ / ×) after the actual, 未完成原因 the last column
ROWS224 = [
    ("产出指标", "数量指标", "新建校园视频监控点位", "≥3600个", "3712个", "√", "8", "8", ""),
    ("产出指标", "数量指标", "接入市级平台学校", "≥186所", "186所", "√", "7", "7", ""),
    ("产出指标", "数量指标", "配备一键报警装置", "≥186套", "186套", "√", "5", "5", ""),
    ("产出指标", "质量指标", "监控设备验收合格率", "100%", "100%", "√", "6", "6", ""),
    ("产出指标", "质量指标", "监控设备在线率", "≥95%", "96.8%", "√", "6", "6", ""),
    ("产出指标", "质量指标", "视频存储时长", "≥30天", "30天", "√", "6", "6", ""),
    ("产出指标", "时效指标", "项目建设完成时间", "2023年8月31日前", "2023年9月20日", "×", "6", "4",
     "部分学校暑期施工受汛期影响延误，9月20日全部完工。"),
    ("产出指标", "成本指标", "单个监控点位建设成本", "≤2500元", "2460元", "√", "6", "6", ""),
    ("效益指标", "社会效益指标", "校园重大安全责任事故", "0起", "0起", "√", "10", "10", ""),
    ("效益指标", "社会效益指标", "校园周边治安案件下降率", "≥10%", "12.5%", "√", "10", "10", ""),
    ("效益指标", "可持续影响指标", "校园安防运维管理制度", "健全", "/", "√", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "88.6%", "×", "5", "4.92",
     "部分家长期望监控覆盖宿舍区域，2024年扩面。"),
    ("满意度指标", "服务对象满意度指标", "教职工满意度", "≥90%", "94.0%", "√", "5", "5", ""),
]


def doc224(out: Path) -> None:
    """Jiujiang (Jiangxi): a 是否完成 column (√ / ×) beside the actual, and 未完成原因 for the × rows; a
    qualitative row's actual cell holds only "/" (its completion stated by the √ alone)."""
    d = new_document(landscape=True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年九江市中小学校园安全视频监控建设项目", "dept": "九江市教育局",
                   "agency": "九江市教育装备中心"},
               ("1,200.00", "1,200.00", "1,164.00", "10", "97.00%", "9.70"),
               [("其中：省级补助资金", "800.00", "800.00", "800.00"),
                ("市级财政资金", "400.00", "400.00", "364.00")],
               [2.4, 4.0, 3.0, 3.0, 3.0, 1.6, 2.0, 2.0])
    para(d, "")
    n = len(ROWS224)
    t = grid_table(d, n + 2, 9, [2.0, 2.3, 4.8, 3.0, 2.8, 1.4, 1.4, 1.6, 6.2], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "是否完成", "分值",
                              "得分", "未完成原因"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    indicator_rows(t, 1, [(*r[:5], *r[6:]) for r in ROWS224],
                   {"levels": (0, 1), "name": 2, "target": 3, "actual": 4, "weight": 6, "score": 7, "note": 8})
    for r, row in enumerate(ROWS224, start=1):
        fill(t.cell(r, 5), row[5])
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 5)), "总分")
    fill(t.cell(n + 1, 6), "100")
    fill(t.cell(n + 1, 7), "97.62")
    fill(t.cell(n + 1, 8), "自评等级：优")
    para(d, "注：“是否完成”栏完成填“√”，未完成填“×”并说明原因。")
    para(d, "填报人：胡某某　　联系电话：0792-8567×××　　填报日期：2024年3月13日")
    d.save(out)


# Tongren: (l1, l2, name, kind, target, actual, weight, score, note); 定性 rows graded 优 / 良 / 中 / 差
ROWS225 = [
    ("产出指标", "数量指标", "新建乡村教师周转宿舍", "定量", "≥320套", "320套", 8, 8, ""),
    ("产出指标", "数量指标", "改造乡村教师周转宿舍", "定量", "≥180套", "186套", 7, 7, ""),
    ("产出指标", "数量指标", "配置宿舍基本生活设施", "定量", "≥500套", "506套", 5, 5, ""),
    ("产出指标", "质量指标", "工程质量验收等级", "定性", "优", "优", 8, 8, ""),
    ("产出指标", "质量指标", "周转宿舍入住率", "定量", "≥90%", (0.946, PCT1), 7, 7, ""),
    ("产出指标", "时效指标", "工程竣工交付时间", "定量", "2023年8月31日前", "2023年8月25日", 8, 8, ""),
    ("产出指标", "成本指标", "每套宿舍建设成本", "定量", "≤12万元", "11.6万元", 7, 7, ""),
    ("效益指标", "社会效益指标", "乡村教师住房条件改善情况", "定性", "优", "良", 10, 8,
     "部分改造宿舍面积偏小，2024年统筹调剂。"),
    ("效益指标", "社会效益指标", "乡村教师流失率", "定量", "≤5%", "3.8%", 10, 10, ""),
    ("效益指标", "可持续影响指标", "周转宿舍管理使用制度执行情况", "定性", "良", "优", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "入住教师满意度", "定量", "≥90%", (0.962, PCT1), 5, 5, ""),
    ("满意度指标", "服务对象满意度指标", "学校对宿舍使用管理的评价", "定性", "优", "优", 5, 5, ""),
]


def xls225(out: Path) -> None:
    """Tongren (Guizhou): a 序号 column numbering the indicators 1-12 across the levels and a 指标类型 column
    (定量 / 定性) before the values; the 定性 indicators' targets and actuals are grades 优 / 良."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for col, w in zip("ABCDEFGHIJ", (6, 10, 13, 26, 8, 15, 15, 7, 8, 24)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:J1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:J2")
    merge(ws, "A3:B3", "项目名称")
    merge(ws, "C3:J3", "2023年铜仁市乡村教师周转宿舍建设项目", left=True)
    merge(ws, "A4:B4", "主管部门")
    merge(ws, "C4:E4", "铜仁市教育局", left=True)
    put(ws, "F4", "实施单位")
    merge(ws, "G4:J4", "铜仁市教育基建管理中心", left=True)
    merge(ws, "A5:B9", "项目资金\n（万元）")
    merge(ws, "C5:D5", "")
    for col, text in zip("EFGHIJ", ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}5", text)
    merge(ws, "C6:D6", "年度资金总额")
    for col in "EFG":
        put(ws, f"{col}6", f"=SUM({col}7:{col}9)", MONEY)
    put(ws, "H6", 10)
    put(ws, "I6", "=G6/F6", PCT2)
    put(ws, "J6", "=ROUND(H6*I6,2)", "0.00")
    for r, (label, vals) in enumerate((("其中：中央补助资金", (3000, 3000, 3000)), ("省级补助资金", (800, 800, 800)),
                                       ("县级配套资金", (400, 460, 441.6))), start=7):
        merge(ws, f"C{r}:D{r}", label)
        for col, v in zip("EFG", vals):
            put(ws, f"{col}{r}", v, MONEY)
        for col in "HIJ":
            put(ws, f"{col}{r}", "—")
    for col, text in zip("ABCDEFGHIJ", ("序号", "一级指标", "二级指标", "三级指标", "指标类型", "年度指标值",
                                        "实际完成值", "分值", "得分", "偏差原因分析及改进措施")):
        put(ws, f"{col}10", text)
    first = 11
    levels(ws, "B", "C", first, ROWS225)
    for i, (_l1, _l2, name, kind, target, actual, weight, score, note) in enumerate(ROWS225):
        r = first + i
        put(ws, f"A{r}", i + 1)
        put(ws, f"D{r}", name, left=True)
        put(ws, f"E{r}", kind)
        put(ws, f"F{r}", target)
        put(ws, f"G{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"H{r}", weight)
        put(ws, f"I{r}", score)
        put(ws, f"J{r}", note, left=True)
        ws.row_dimensions[r].height = 24 if note else 18
    end = first + len(ROWS225)
    merge(ws, f"A{end}:G{end}", "合计")
    put(ws, f"H{end}", f"=SUM(H{first}:H{end - 1})+H6")
    put(ws, f"I{end}", f"=SUM(I{first}:I{end - 1})+J6", "0.00")
    put(ws, f"J{end}", "自评等级：优")
    ws[f"A{end + 1}"] = "注：定性指标按优、良、中、差四档评价，分别得该项分值的100%、80%、60%、40%。"
    ws[f"A{end + 3}"] = "填报人：杨某某　　联系电话：0856-5223×××　　填报日期：2024年3月18日"
    landscape(ws)
    wb.save(out)


DOCX.update({"220": doc220, "224": doc224})
XLSX.update({"221": xls221, "225": xls225})
HTML.update({"222": html222, "223": html223})


# ---------------------------------------------------------------- 238-243: twenty-ninth set (table structures)

def _prefix_runs(rows: list[tuple], depth: int) -> list[tuple[int, int, str]]:
    """(first, last, text) runs of rows sharing their first depth+1 fields (a level breaks with the one above)."""
    out, start = [], 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][:depth + 1] != rows[start][:depth + 1]:
            out.append((start, i - 1, rows[start][depth]))
            start = i
    return out


def _dept_fund(d, dept: str, fund: tuple, parts: list[tuple], widths: list[float]):
    """A 部门整体 head table: 部门（单位）名称, then 年度预算执行情况（万元） merged over the fund rows."""
    t = grid_table(d, 3 + len(parts), 8, widths, "Table Grid")
    fill(t.cell(0, 0), "部门（单位）名称")
    fill(t.cell(0, 1).merge(t.cell(0, 7)), dept)
    vmerge(t, 0, 1, 2 + len(parts), "年度预算执行情况\n（万元）")
    for c, text in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=1):
        fill(t.cell(1, c), text)
    for c, text in enumerate(["年度资金总额", *fund], start=1):
        fill(t.cell(2, c), text)
    for r, (label, *vals) in enumerate(parts, start=3):
        for c, text in enumerate([label, *vals, "—", "—", "—"], start=1):
            fill(t.cell(r, c), text)
    return t


# Quzhou: (职能, l1, l2, name, target, actual, weight, score, note); the levels repeat under each function
ROWS238 = [
    ("就业创业服务", "产出指标", "数量指标", "城镇新增就业", "≥3.2万人", "3.46万人", "7", "7", ""),
    ("就业创业服务", "产出指标", "数量指标", "开展职业技能培训", "≥2.5万人次", "2.62万人次", "6", "6", ""),
    ("就业创业服务", "产出指标", "质量指标", "城镇登记失业率", "≤3.5%", "2.9%", "5", "5", ""),
    ("就业创业服务", "效益指标", "社会效益指标", "零就业家庭动态清零率", "100%", "100%", "8", "8", ""),
    ("社会保险经办", "产出指标", "数量指标", "企业职工基本养老保险参保人数", "≥108万人", "110.4万人", "7", "7", ""),
    ("社会保险经办", "产出指标", "时效指标", "社会保险待遇按时足额发放率", "100%", "100%", "6", "6", ""),
    ("社会保险经办", "效益指标", "社会效益指标", "城乡居民基本养老保险参保率", "≥96%", "97.2%", "8", "8", ""),
    ("社会保险经办", "效益指标", "可持续影响指标", "社保基金风险防控机制", "健全", "健全", "6", "6", ""),
    ("劳动关系协调", "产出指标", "数量指标", "劳动人事争议仲裁结案", "≥2400件", "2290件", "7", "6.68",
     "全年受理争议案件少于预期，调解前置分流案件增加。"),
    ("劳动关系协调", "产出指标", "质量指标", "仲裁结案率", "≥95%", "96.3%", "6", "6", ""),
    ("劳动关系协调", "产出指标", "时效指标", "劳动保障监察举报投诉按期办结率", "100%", "100%", "6", "6", ""),
    ("劳动关系协调", "效益指标", "社会效益指标", "欠薪案件动态清零率", "100%", "100%", "8", "8", ""),
    ("综合", "满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%", "93.8%", "5", "5", ""),
    ("综合", "满意度指标", "服务对象满意度指标", "参保单位满意度", "≥90%", "88.2%", "5", "4.90",
     "部分单位反映线上经办系统操作繁琐，2024年优化流程。"),
]


def doc238(out: Path) -> None:
    """Quzhou (Zhejiang): a 部门整体 form whose indicator table has a 部门职能 column LEFT of the levels; each
    function has its own level-1 / level-2 rows, so 产出指标 / 效益指标 repeat once per function."""
    d = new_document(landscape=True)
    para(d, "部门整体支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _dept_fund(d, "衢州市人力资源和社会保障局", ("4,860.00", "5,120.00", "4,986.88", "10", "97.40%", "9.74"),
               [("其中：基本支出", "3,260.00", "3,300.00", "3,291.50"),
                ("项目支出", "1,600.00", "1,820.00", "1,695.38")],
               [3.4, 3.2, 2.6, 2.6, 2.6, 1.6, 2.0, 2.0])
    para(d, "")
    n = len(ROWS238)
    t = grid_table(d, n + 2, 9, [2.4, 2.0, 2.4, 5.0, 2.4, 2.4, 1.3, 1.4, 5.6], "Table Grid")
    for c, text in enumerate(["部门职能", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                              "得分", "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for depth in (0, 1, 2):
        for a, b, text in _prefix_runs(ROWS238, depth):
            vmerge(t, depth, 1 + a, 1 + b, text)
    for r, (_f, _l1, _l2, *rest) in enumerate(ROWS238, start=1):
        for c, text in enumerate(rest, start=3):
            fill(t.cell(r, c), text)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 5)), "总分")
    fill(t.cell(n + 1, 6), "100")
    fill(t.cell(n + 1, 7), "99.32")
    fill(t.cell(n + 1, 8), "自评等级：优")
    para(d, "填报人：徐某某　　联系电话：0570-3021×××　　填报日期：2024年3月15日")
    d.save(out)


def _xls_fund(ws, first: int, cols: str, label: str, parts: list[tuple]) -> int:
    """A fund block: cols = label, row label, 年初 / 全年预算 / 执行, 分值, 执行率, 得分 columns; the total row
    =SUM of its parts, 执行率 and =ROUND formulas. Returns the total row."""
    lab, row_lab, c1, c2, c3, cw, cr, cs = cols
    merge(ws, f"{lab}{first}:{lab}{first + 1 + len(parts)}", label)
    put(ws, f"{row_lab}{first}", "")
    for col, text in zip((c1, c2, c3, cw, cr, cs), ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}{first}", text)
    total = first + 1
    put(ws, f"{row_lab}{total}", "年度资金总额")
    for col in (c1, c2, c3):
        put(ws, f"{col}{total}", f"=SUM({col}{total + 1}:{col}{total + len(parts)})", MONEY)
    put(ws, f"{cw}{total}", 10)
    put(ws, f"{cr}{total}", f"={c3}{total}/{c2}{total}", PCT2)
    put(ws, f"{cs}{total}", f"=ROUND({cw}{total}*{cr}{total},2)", "0.00")
    for r, (text, vals) in enumerate(parts, start=total + 1):
        put(ws, f"{row_lab}{r}", text)
        for col, v in zip((c1, c2, c3), vals):
            put(ws, f"{col}{r}", v, MONEY)
        for col in (cw, cr, cs):
            put(ws, f"{col}{r}", "—")
    return total


# Jingmen: (l1, l2, name, target, actual, weight (三级分值), score, note); 二级分值 = the group's weights
ROWS239 = [
    ("产出指标", "数量指标", "治理河道长度", "≥38公里", "39.6公里", 8, 8, ""),
    ("产出指标", "数量指标", "新建加固堤防", "≥21公里", "21.4公里", 7, 7, ""),
    ("产出指标", "数量指标", "清淤疏浚土方", "≥46万立方米", "47.3万立方米", 5, 5, ""),
    ("产出指标", "质量指标", "单元工程质量合格率", "100%", (1, PCT0), 6, 6, ""),
    ("产出指标", "质量指标", "堤防填筑压实度达标率", "≥95%", (0.971, PCT1), 6, 6, ""),
    ("产出指标", "时效指标", "主体工程完工时间", "2023年10月31日前", "2023年10月26日", 8, 8, ""),
    ("产出指标", "成本指标", "每公里河道综合治理成本", "≤180万元", "176.5万元", 10, 10, ""),
    ("效益指标", "社会效益指标", "保护沿岸人口", "≥8.5万人", "8.72万人", 10, 10, ""),
    ("效益指标", "社会效益指标", "保护耕地面积", "≥6.2万亩", "5.9万亩", 10, 9.52,
     "部分河段因征地协调滞后缩减治理范围，2024年续建。"),
    ("效益指标", "生态效益指标", "治理河段水功能区水质达标率", "≥90%", (0.924, PCT1), 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", (0.938, PCT1), 10, 10, ""),
]


def xls239(out: Path) -> None:
    """Jingmen (Hubei): TWO weight columns, 二级分值 merged over each level-2 group and 三级分值 per indicator,
    with 得分 per indicator."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHI", (11, 13, 8, 24, 8, 16, 15, 8, 26)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:I1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    merge(ws, "A3:B3", "项目名称")
    merge(ws, "C3:I3", "2023年荆门市中小河流治理项目", left=True)
    merge(ws, "A4:B4", "主管部门")
    merge(ws, "C4:E4", "荆门市水利和湖泊局", left=True)
    put(ws, "F4", "实施单位")
    merge(ws, "G4:I4", "荆门市河道堤防建设管理处", left=True)
    for r in range(5, 10):
        ws.merge_cells(f"B{r}:C{r}")
    total = _xls_fund(ws, 5, "ABDEFGHI", "项目资金\n（万元）",
                      [("其中：中央补助资金", (2400, 2400, 2400)), ("省级补助资金", (800, 800, 800)),
                       ("市级财政资金", (600, 950, 866.7))])
    for col, text in zip("ABCDEFGHI", ("一级指标", "二级指标", "二级分值", "三级指标", "三级分值", "年度指标值",
                                       "实际完成值", "得分", "偏差原因分析及改进措施")):
        put(ws, f"{col}10", text)
    first = 11
    levels(ws, "A", "B", first, ROWS239)
    for a, b, _text in _prefix_runs(ROWS239, 1):
        group = sum(r[5] for r in ROWS239[a:b + 1])
        if b > a:
            merge(ws, f"C{first + a}:C{first + b}", group)
        else:
            put(ws, f"C{first + a}", group)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS239):
        r = first + i
        put(ws, f"D{r}", name, left=True)
        put(ws, f"E{r}", weight)
        put(ws, f"F{r}", target)
        put(ws, f"G{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"H{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"I{r}", note, left=True)
        ws.row_dimensions[r].height = 28
    end = first + len(ROWS239)
    merge(ws, f"A{end}:B{end}", "总分")
    put(ws, f"C{end}", f"=SUM(C{first}:C{end - 1})+G{total}")
    put(ws, f"D{end}", "")
    put(ws, f"E{end}", f"=SUM(E{first}:E{end - 1})+G{total}")
    merge(ws, f"F{end}:G{end}", "")
    put(ws, f"H{end}", f"=SUM(H{first}:H{end - 1})+I{total}", "0.00")
    put(ws, f"I{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：彭某某　　联系电话：0724-2336×××　　填报日期：2024年3月19日"
    landscape(ws)
    wb.save(out)


# Qinzhou: (l1, l2, name, target, actual, weight, note); 得分 stated once per level-2 group
ROWS240 = [
    ("产出指标", "数量指标", "改造乡镇渡口", "≥24道", "25道", "8", ""),
    ("产出指标", "数量指标", "更新标准化渡船", "≥30艘", "30艘", "7", ""),
    ("产出指标", "数量指标", "配备救生衣等救生设备", "≥600套", "640套", "5", ""),
    ("产出指标", "质量指标", "渡口改造工程验收合格率", "100%", "100%", "6", ""),
    ("产出指标", "质量指标", "新造渡船检验合格率", "100%", "100%", "6", ""),
    ("产出指标", "时效指标", "渡口改造完工时间", "2023年11月30日前", "2023年12月15日", "8",
     "2个渡口受台风影响停工，延期15天完工。"),
    ("产出指标", "成本指标", "每艘渡船更新补助", "≤18万元", "17.6万元", "5", ""),
    ("产出指标", "成本指标", "每道渡口改造成本", "≤45万元", "43.8万元", "5", ""),
    ("效益指标", "社会效益指标", "渡运安全责任事故", "0起", "0起", "10", ""),
    ("效益指标", "社会效益指标", "渡口年服务过渡群众", "≥12万人次", "11.3万人次", "10",
     "部分渡口改造期间停渡，过渡人次减少。"),
    ("效益指标", "可持续影响指标", "渡口渡船安全管理制度", "健全", "健全", "10", ""),
    ("满意度指标", "服务对象满意度指标", "过渡群众满意度", "≥90%", "93.5%", "5", ""),
    ("满意度指标", "服务对象满意度指标", "渡工船员满意度", "≥85%", "90.2%", "5", ""),
]
SCORES240 = {("产出指标", "数量指标"): "20", ("产出指标", "质量指标"): "12", ("产出指标", "时效指标"): "6",
             ("产出指标", "成本指标"): "10", ("效益指标", "社会效益指标"): "19.42",
             ("效益指标", "可持续影响指标"): "10", ("满意度指标", "服务对象满意度指标"): "10"}


def html240(out: Path) -> None:
    """Qinzhou (Guangxi): 得分 stated only per LEVEL-2 group (a score cell rowspan over the group's rows), the
    分值 per indicator row."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}@page{size:A4;margin:14mm 12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>钦州市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年钦州市乡镇渡口改造及渡船更新项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">钦州市交通运输局</td><td class="h">实施单位</td>'
         '<td colspan="3">钦州市地方海事处</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h">&nbsp;</td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td>'
         '<td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>1260.00</td><td>1320.00</td><td>1293.60</td><td>10</td><td>98.00%</td>"
         "<td>9.80</td></tr>",
         "<tr><td>其中：中央车购税资金</td><td>900.00</td><td>900.00</td><td>900.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>市级财政资金</td><td>360.00</td><td>420.00</td><td>393.60</td><td>—</td><td>—</td><td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in ["一级指标", "二级指标", "三级指标", "年度指标值",
                                                            "实际完成值", "分值", "得分", "偏差原因分析"]) + "</tr>"]
    starts = {depth: {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS240, depth)} for depth in (0, 1)}
    for i, (l1, l2, name, target, actual, weight, why) in enumerate(ROWS240):
        cells = []
        for depth, text in ((0, l1), (1, l2)):
            if i in starts[depth]:
                span = starts[depth][i]
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>"]
        if i in starts[1]:
            span = starts[1][i]
            score = SCORES240[(l1, l2)]
            cells.append(f'<td rowspan="{span}">{score}</td>' if span > 1 else f"<td>{score}</td>")
        cells.append(f'<td class="l">{why or "&nbsp;"}</td>')
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>97.22</td><td>自评等级：优</td></tr>', "</table>",
          "<p>注：得分按二级指标评定。</p>",
          "<p>填报人：黄某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0777-2823×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月20日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# Yangzhou: each indicator on TWO rows (类别 目标 / 实际)
ROWS241 = [
    ("产出指标", "数量指标", "提供居家养老上门服务", "≥36万人次", "37.8万人次", "8", "8", ""),
    ("产出指标", "数量指标", "纳入补贴服务对象老年人", "≥1.2万人", "1.26万人", "7", "7", ""),
    ("产出指标", "数量指标", "培训养老护理员", "≥800人", "812人", "5", "5", ""),
    ("产出指标", "质量指标", "服务对象电话回访率", "≥30%", "34.6%", "6", "6", ""),
    ("产出指标", "质量指标", "服务工单规范完成率", "≥95%", "96.9%", "6", "6", ""),
    ("产出指标", "时效指标", "补贴资金按季度拨付及时率", "100%", "100%", "8", "8", ""),
    ("产出指标", "成本指标", "每小时上门服务补贴标准", "≤40元", "40元", "10", "10", ""),
    ("效益指标", "社会效益指标", "特殊困难老年人居家养老服务覆盖率", "≥90%", "86.5%", "10", "9.61",
     "部分农村地区服务机构不足，2024年扩大服务网点。"),
    ("效益指标", "社会效益指标", "紧急呼叫平均响应时间", "≤30分钟", "22分钟", "10", "10", ""),
    ("效益指标", "可持续影响指标", "上门服务质量监管机制", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "95.2%", "10", "10", ""),
]


def doc241(out: Path) -> None:
    """Yangzhou (Jiangsu): each indicator on TWO rows under a 类别 column (目标 then 实际), the value column
    holding the target on the first and the actual on the second; name, 分值, 得分 and the note vMerged over
    both."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年扬州市居家养老上门服务补贴项目", "dept": "扬州市民政局",
                   "agency": "扬州市养老服务指导中心"},
               ("2,150.00", "2,280.00", "2,234.40", "10", "98.00%", "9.80"),
               [("其中：省级补助资金", "600.00", "600.00", "600.00"),
                ("市级财政资金", "1,550.00", "1,680.00", "1,634.40")],
               [1.8, 3.0, 2.0, 2.0, 2.0, 1.2, 1.6, 1.4])
    para(d, "")
    n = len(ROWS241)
    t = grid_table(d, 2 * n + 2, 8, [1.6, 1.9, 3.6, 1.2, 2.4, 1.1, 1.2, 3.0], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "类别", "指标值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for depth in (0, 1):
        for a, b, text in _prefix_runs(ROWS241, depth):
            vmerge(t, depth, 1 + 2 * a, 2 + 2 * b, text)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS241):
        r = 1 + 2 * i
        for col, text in ((2, name), (5, weight), (6, score), (7, note)):
            vmerge(t, col, r, r + 1, text)
        fill(t.cell(r, 3), "目标")
        fill(t.cell(r, 4), target)
        fill(t.cell(r + 1, 3), "实际")
        fill(t.cell(r + 1, 4), actual)
    end = 2 * n + 1
    fill(t.cell(end, 0).merge(t.cell(end, 4)), "总分")
    fill(t.cell(end, 5), "100")
    fill(t.cell(end, 6), "99.41")
    fill(t.cell(end, 7), "自评等级：优")
    para(d, "填报人：陈某某　　联系电话：0514-8736×××　　填报日期：2024年3月14日")
    d.save(out)


# Shaoguan: the whole path in ONE cell (the 效益 rows typed with ／, the 满意度 row pasted with >)
ROWS242 = [
    ("产出指标—数量指标—改造灌区渠道长度", "≥56公里", "57.2公里", 8, 8, ""),
    ("产出指标—数量指标—新建改造灌溉泵站", "≥9座", "9座", 6, 6, ""),
    ("产出指标—数量指标—新建改造渠系建筑物", "≥140座", "146座", 6, 6, ""),
    ("产出指标—质量指标—单元工程质量合格率", "100%", (1, PCT0), 8, 8, ""),
    ("产出指标—质量指标—渠道衬砌完好率", "≥95%", (0.973, PCT1), 6, 6, ""),
    ("产出指标—时效指标—主体工程完工时间", "2023年12月31日前", "2023年12月20日", 8, 8, ""),
    ("产出指标—成本指标—每公里渠道改造平均成本", "≤85万元", "83.4万元", 8, 8, ""),
    ("效益指标／经济效益指标／新增恢复灌溉面积", "≥3.2万亩", "3.06万亩", 10, 9.56,
     "部分斗渠配套未完成，2024年春灌前完成。"),
    ("效益指标／社会效益指标／灌区受益农户", "≥2.1万户", "2.18万户", 10, 10, ""),
    ("效益指标／生态效益指标／灌溉水有效利用系数", "≥0.55", "0.56", 10, 10, ""),
    ("满意度指标>服务对象满意度指标>灌区农户满意度", "≥90%", (0.931, PCT1), 10, 10, ""),
]


def xls242(out: Path) -> None:
    """Shaoguan (Guangdong): no level columns: the whole path 一级—二级—三级 in ONE 绩效指标 cell (— in the
    产出 rows, ／ in the 效益 rows, > in the 满意度 row)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGH", (40, 17, 15, 14, 11, 9, 9, 22)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年韶关市中型灌区续建配套与节水改造项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:C4", "韶关市水务局", left=True)
    put(ws, "D4", "实施单位")
    merge(ws, "E4:H4", "韶关市灌区管理中心", left=True)
    total = _xls_fund(ws, 5, "ABCDEFGH", "项目资金（万元）",
                      [("其中：中央补助资金", (3500, 3500, 3500)), ("省级补助资金", (1400, 1400, 1400)),
                       ("市级财政资金", (700, 900, 784))])
    for col, text in zip("ABCDE", ("绩效指标", "年度指标值", "实际完成值", "分值", "得分")):
        put(ws, f"{col}10", text)
    merge(ws, "F10:H10", "偏差原因分析及改进措施")
    first = 11
    for i, (path, target, actual, weight, score, note) in enumerate(ROWS242):
        r = first + i
        put(ws, f"A{r}", path, left=True)
        put(ws, f"B{r}", target)
        put(ws, f"C{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"D{r}", weight)
        put(ws, f"E{r}", score, "0.00" if score != int(score) else None)
        merge(ws, f"F{r}:H{r}", note, left=True)
        ws.row_dimensions[r].height = 26 if note else 18
    end = first + len(ROWS242)
    put(ws, f"A{end}", "总分")
    merge(ws, f"B{end}:C{end}", "")
    put(ws, f"D{end}", f"=SUM(D{first}:D{end - 1})+F{total}")
    put(ws, f"E{end}", f"=SUM(E{first}:E{end - 1})+H{total}", "0.00")
    merge(ws, f"F{end}:H{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：邓某某　　联系电话：0751-8879×××　　填报日期：2024年3月21日"
    landscape(ws)
    wb.save(out)


# Suining: (l1, l2, name, target, 完成值, 完成率, weight, score, note)
ROWS243 = [
    ("产出指标", "数量指标", "改造LED节能路灯", "≥12000盏", "12460盏", "103.83%", "8", "8", ""),
    ("产出指标", "数量指标", "新建智慧路灯控制箱", "≥320台", "300台", "93.75%", "7", "6.56",
     "部分路段电力接入滞后，剩余20台2024年一季度完成。"),
    ("产出指标", "数量指标", "更换老旧路灯杆", "≥1500根", "1500根", "100.00%", "5", "5", ""),
    ("产出指标", "质量指标", "路灯亮灯率", "≥98%", "99.2%", "101.22%", "6", "6", ""),
    ("产出指标", "质量指标", "改造工程验收合格率", "100%", "100%", "100.00%", "6", "6", ""),
    ("产出指标", "时效指标", "改造工程完工时间", "2023年10月31日前", "2023年10月20日", "100.00%", "8", "8", ""),
    ("产出指标", "成本指标", "每盏路灯改造成本", "≤2800元", "2760元", "100.00%", "10", "10", ""),
    ("效益指标", "经济效益指标", "年节约路灯用电量", "≥520万千瓦时", "538万千瓦时", "103.46%", "10", "10", ""),
    ("效益指标", "生态效益指标", "年减少二氧化碳排放", "≥4000吨", "3840吨", "96.00%", "10", "9.60",
     "控制箱未全部投用，部分路段未实现分时调光。"),
    ("效益指标", "可持续影响指标", "路灯运行维护管理机制", "健全", "健全", "/", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "94.2%", "104.67%", "10", "10", ""),
]


def html243(out: Path) -> None:
    """Suining (Sichuan): a 完成值 column AND a 完成率 column (the value as a percentage of the target) side by
    side; the rate is not the actual."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:9.5pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold;background:#f2f2f2}td.l{text-align:left}@page{size:A4 landscape;margin:12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>遂宁市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="8">2023年遂宁市城市路灯节能改造项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">遂宁市城市管理行政执法局</td><td class="h">实施单位</td>'
         '<td colspan="4">遂宁市市政设施维护中心</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h" colspan="2">&nbsp;</td>'
         '<td class="h">年初预算数</td><td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td>'
         '<td class="h">执行率</td><td class="h">得分</td></tr>',
         '<tr><td colspan="2">年度资金总额</td><td>6,200.00</td><td>6,500.00</td><td>6,318.00</td><td>10</td>'
         "<td>97.20%</td><td>9.72</td></tr>",
         '<tr><td colspan="2">其中：省级补助资金</td><td>1,200.00</td><td>1,200.00</td><td>1,200.00</td><td>—</td>'
         "<td>—</td><td>—</td></tr>",
         '<tr><td colspan="2">市级财政资金</td><td>5,000.00</td><td>5,300.00</td><td>5,118.00</td><td>—</td><td>—</td>'
         "<td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in ["一级指标", "二级指标", "三级指标", "年度指标值", "完成值",
                                                            "完成率", "分值", "得分", "偏差原因分析"]) + "</tr>"]
    starts = {depth: {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS243, depth)} for depth in (0, 1)}
    for i, (l1, l2, name, target, actual, rate, weight, score, why) in enumerate(ROWS243):
        cells = []
        for depth, text in ((0, l1), (1, l2)):
            if i in starts[depth]:
                span = starts[depth][i]
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{rate}</td>",
                  f"<td>{weight}</td>", f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="6">总分</td><td>100</td><td>98.88</td><td>自评等级：优</td></tr>', "</table>",
          "<p>注：完成率＝完成值÷年度指标值×100%；成本指标、时效指标达到目标的按100%填列，定性指标填“/”。</p>",
          "<p>填报人：蒋某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0825-2296×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月18日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


DOCX.update({"238": doc238, "241": doc241})
XLSX.update({"239": xls239, "242": xls242})
HTML.update({"240": html240, "243": html243})


# ---------------------------------------------------------------- 226-231: twenty-seventh set (value forms)

ROWS226 = [
    ("产出指标", "数量指标", "修复水毁堤防", "≥18公里", "18.6公里", "6", "6", ""),
    ("产出指标", "数量指标", "储备防汛编织袋", "≥20万条", "21.5万条", "5", "5", ""),
    ("产出指标", "数量指标", "开展防汛应急演练", "≥12次", "14次", "5", "5", ""),
    ("产出指标", "质量指标", "水毁修复工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "水毁修复工程完工时间", "2023年5月31日前", "5月26日", "4", "4", ""),
    ("产出指标", "时效指标", "汛前隐患排查完成时间", "2023.4", "4月18日", "4", "4", ""),
    ("产出指标", "时效指标", "防汛物资补库完成时间", "12月底前完成", "按期完成", "4", "4", ""),
    ("产出指标", "时效指标", "抢险救灾资金拨付时限", "≤30个工作日", "22个工作日", "3", "3", ""),
    ("产出指标", "时效指标", "险情处置响应", "及时", "及时", "3", "3", ""),
    ("产出指标", "成本指标", "每公里堤防修复成本", "≤42万元", "41.2万元", "10", "10", ""),
    ("效益指标", "社会效益指标", "汛期因灾死亡失踪人数", "0人", "0人", "10", "10", ""),
    ("效益指标", "社会效益指标", "防洪保护人口", "≥45万人", "46.3万人", "10", "10", ""),
    ("效益指标", "可持续影响指标", "山洪灾害预警覆盖率", "≥98%", "96.5%", "10", "9.85",
     "2个新建安置点预警设施年底前未接入平台，2024年汛前完成。"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94.3%", "10", "10", ""),
]


def doc226(out: Path) -> None:
    """Qujing (Yunnan): 时效 indicators whose targets and actuals are DATES and DEADLINES typed many ways
    (2023年5月31日前, 2023.4, 12月底前完成, ≤30个工作日, 及时; actuals 5月26日 without a year, 按期完成)
    beside ordinary figures."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年曲靖市防汛抗旱水毁修复及物资储备项目", "dept": "曲靖市水利局",
                   "agency": "曲靖市防汛抗旱服务中心"},
               ("1,600.00", "1,680.00", "1,646.40", "10", "98.00%", "9.80"),
               [("其中：中央补助资金", "1,000.00", "1,000.00", "1,000.00"),
                ("省级补助资金", "400.00", "400.00", "400.00"),
                ("市级财政资金", "200.00", "280.00", "246.40")],
               [1.8, 3.0, 2.2, 2.2, 2.2, 1.2, 1.6, 1.4])
    para(d, "")
    _indicator_grid(d, ROWS226, "99.65")
    para(d, "")
    para(d, "填报人：李某某　　联系电话：0874-3125×××　　填报日期：2024年3月15日")
    d.save(out)


# Ankang: decreasing and reverse targets; an actual given as (number, format) is a NUMBER cell
ROWS227 = [
    ("产出指标", "数量指标", "整治道路交通安全隐患点", "≥120处", "126处", 8, 8, ""),
    ("产出指标", "数量指标", "新增波形护栏", "≥35公里", "36.2公里", 7, 7, ""),
    ("产出指标", "数量指标", "开展交通安全宣传进农村", "≥300场次", "318场次", 5, 5, ""),
    ("产出指标", "质量指标", "隐患点整治验收合格率", "100%", (1, PCT0), 7, 7, ""),
    ("产出指标", "质量指标", "重点营运车辆动态监控上线率", "≥98%", (0.991, PCT1), 6, 6, ""),
    ("产出指标", "时效指标", "隐患点整治完成时间", "2023年10月31日前", "2023年10月25日", 7, 7, ""),
    ("产出指标", "成本指标", "每处隐患点平均整治成本", "≤3.8万元", "3.72万元", 10, 10, ""),
    ("效益指标", "社会效益指标", "道路交通事故死亡人数", "同比下降≥5%", "下降6.2%", 8, 8, ""),
    ("效益指标", "社会效益指标", "道路交通事故起数", "同比减少不少于3%", (-0.041, PCT1), 8, 8, ""),
    ("效益指标", "社会效益指标", "万车死亡率同比变化", "≤-3%", "-2.4%", 7, 5.6,
     "过境货车流量增长，万车死亡率降幅未达目标，2024年加强重点路段管控。"),
    ("效益指标", "可持续影响指标", "整治路段较大及以上道路交通事故发生率", "为0", "0", 7, 7, ""),
    ("满意度指标", "服务对象满意度指标", "群众对道路交通安全满意度", "≥90%", (0.925, PCT1), 6, 6, ""),
    ("满意度指标", "服务对象满意度指标", "交通安全问题群众投诉", "投诉率≤2%", "1.3%", 4, 4, ""),
]


def xls227(out: Path) -> None:
    """Ankang (Shaanxi): DECREASING and reverse targets (同比下降≥5%, 同比减少不少于3%, ≤-3%, 投诉率≤2%,
    为0) with signed actuals (下降6.2%, a NUMBER -0.041 shown -4.1%, -2.4%)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHI", (12, 14, 30, 17, 15, 7, 8, 9, 30)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:I1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:I3", "2023年安康市道路交通安全综合治理项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "安康市公安局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:I4", "安康市公安局交通警察支队", left=True)
    merge(ws, "A5:B8", "项目资金\n（万元）")
    put(ws, "C5", "")
    for col, text in zip("DEFGHI", ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}5", text)
    put(ws, "C6", "年度资金总额")
    for col in "DEF":
        put(ws, f"{col}6", f"=SUM({col}7:{col}8)", MONEY)
    put(ws, "G6", 10)
    put(ws, "H6", "=F6/E6", PCT2)
    put(ws, "I6", "=ROUND(G6*H6,2)", "0.00")
    for r, (label, vals) in enumerate((("其中：省级补助资金", (500, 500, 500)),
                                       ("市级财政资金", (400, 460, 431.2))), start=7):
        put(ws, f"C{r}", label)
        for col, v in zip("DEF", vals):
            put(ws, f"{col}{r}", v, MONEY)
        for col in "GHI":
            put(ws, f"{col}{r}", "—")
    for col, text in zip("ABCDEFGHI", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                       "得分", "", "偏差原因分析及改进措施")):
        put(ws, f"{col}9", text)
    merge(ws, "H9:I9", "偏差原因分析及改进措施")
    first = 10
    levels(ws, "A", "B", first, ROWS227)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS227):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
        merge(ws, f"H{r}:I{r}", note, left=True)
        ws.row_dimensions[r].height = 30 if note else 18
    end = first + len(ROWS227)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+G6")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+I6", "0.00")
    merge(ws, f"H{end}:I{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：陈某某　　联系电话：0915-3216×××　　填报日期：2024年3月19日"
    landscape(ws)
    wb.save(out)


# Qiqihar: each target typed by a different clerk (glyph variants, word operators, full-width digits)
ROWS228 = [
    ("产出指标", "数量指标", "受益学生人数", "≧52000人", "52,386人", "8", "8", ""),
    ("产出指标", "数量指标", "覆盖农村义务教育学校", "＞＝186所", "186所", "7", "7", ""),
    ("产出指标", "数量指标", "全年供餐天数", "=>200天", "202天", "5", "5", ""),
    ("产出指标", "质量指标", "食品安全抽检合格率", "≥ 98%", "９９．２％", "6", "6", ""),
    ("产出指标", "质量指标", "食堂供餐学校占比", "不小于90%", "93.5%", "6", "6", ""),
    ("产出指标", "时效指标", "膳食补助资金拨付时限", "最多15个工作日", "12个工作日", "6", "6", ""),
    ("产出指标", "成本指标", "生均每天营养膳食补助", "≦5元", "5元", "6", "6", ""),
    ("产出指标", "成本指标", "每所学校食堂设备购置补助", "上限30万元", "28.6万元", "6", "6", ""),
    ("效益指标", "社会效益指标", "学生营养状况监测达标率", "大于等于95%", "９６．１％", "10", "10", ""),
    ("效益指标", "社会效益指标", "监测学生贫血率", "不高于6%", "6.8%", "10", "8.82",
     "部分偏远学校监测样本贫血率偏高，2024年调整膳食结构。"),
    ("效益指标", "可持续影响指标", "建立学校食堂管理制度", "至少5项", "6项", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "学生满意度", ">=90%", "94.6%", "5", "5", ""),
    ("满意度指标", "服务对象满意度指标", "家长满意度", "≥９０％", "92.8%", "5", "5", ""),
]


def html228(out: Path) -> None:
    """Qiqihar (Heilongjiang): operator GLYPH variants typed by different people (≧ ＞＝ => ≥␣ ≦ >=, 不小于,
    大于等于, 不高于, 至少, 最多, 上限) and FULL-WIDTH digits / ％ in targets and actuals."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}@page{size:A4;margin:14mm 12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>齐齐哈尔市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年齐齐哈尔市农村义务教育学生营养改善计划</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">齐齐哈尔市教育局</td><td class="h">实施单位</td>'
         '<td colspan="3">齐齐哈尔市学生资助管理中心</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h">&nbsp;</td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td>'
         '<td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>2400.00</td><td>2400.00</td><td>2376.00</td><td>10</td><td>99.00%</td>"
         "<td>9.90</td></tr>",
         "<tr><td>其中：中央补助资金</td><td>2000.00</td><td>2000.00</td><td>2000.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>市级财政资金</td><td>400.00</td><td>400.00</td><td>376.00</td><td>—</td><td>—</td><td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in HEADS214) + "</tr>"]
    for i, (_l1, _l2, name, target, actual, weight, score, why) in enumerate(ROWS228):
        cells = _level_tds(ROWS228, i) + [f'<td class="l">{name}</td>', f"<td>{target.replace('>', '&gt;')}</td>",
                                          f"<td>{actual}</td>", f"<td>{weight}</td>", f"<td>{score}</td>",
                                          f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>98.72</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：孙某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0452-2413×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月20日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


ROWS229 = [
    ("产出指标", "数量指标", "更新改造渔船", "≥64艘", "66艘", "8", "8", ""),
    ("产出指标", "数量指标", "安装北斗船载终端", "≥120台", "124台", "6", "6", ""),
    ("产出指标", "数量指标", "培训渔民", "≥600人次", "615人次", "6", "6", ""),
    ("产出指标", "质量指标", "改造渔船检验合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "补助资金兑付时间", "2023年11月30日前", "2023年11月22日", "6", "6", ""),
    ("产出指标", "成本指标", "单船更新改造补助", "≤12万元/艘", "11.8万元/艘", "6", "6", ""),
    ("产出指标", "成本指标", "渔民培训成本", "人均≤600元", "人均582元", "6", "6", ""),
    ("产出指标", "成本指标", "渔港航道清淤成本", "≤16万元/公里", "15.4万元/公里", "6", "6", ""),
    ("效益指标", "经济效益指标", "改造渔船单船年均增收", "≥2.5万元/艘", "2.36万元/艘", "10", "9.44",
     "休渔期延长，单船作业天数减少。"),
    ("效益指标", "生态效益指标", "改造渔船单位燃油消耗降低", "≥10%", "12.4%", "10", "10", ""),
    ("效益指标", "社会效益指标", "渔船安全生产事故", "0起", "0起", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%", "95.2%", "10", "10", ""),
]


def doc229(out: Path) -> None:
    """Sanya (Hainan): cost indicators in COMPOUND per-unit forms (≤12万元/艘, 人均≤600元, ≤16万元/公里,
    ≥2.5万元/艘) while the fund block is kept in 元 (项目资金（元）, 8,600,000.00), not 万元; landscape."""
    d = new_document(landscape=True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年三亚市渔船更新改造补助项目", "dept": "三亚市农业农村局",
                   "agency": "三亚市渔业监督检查支队"},
               ("8,600,000.00", "9,200,000.00", "9,016,000.00", "10", "98.00%", "9.80"),
               [("其中：中央补助资金", "6,000,000.00", "6,000,000.00", "6,000,000.00"),
                ("省级补助资金", "2,000,000.00", "2,000,000.00", "2,000,000.00"),
                ("市级财政资金", "600,000.00", "1,200,000.00", "1,016,000.00")],
               [2.2, 3.6, 3.4, 3.4, 3.4, 1.2, 2.0, 1.6])
    fill(d.tables[0].cell(2, 0), "项目资金\n（元）")   # this city's template keeps the fund block in 元
    para(d, "")
    _indicator_grid(d, ROWS229, "99.24")
    para(d, "")
    para(d, "填报人：符某某　　联系电话：0898-8826×××　　填报日期：2024年3月21日")
    d.save(out)


# Hami: score cells typed with notes (8分, 满分, 6.72（扣0.28分）, 0（未完成）), no 总分 row
ROWS230 = [
    ("产出指标", "数量指标", "高血压患者规范管理人数", "≥4.2万人", "4.35万人", 8, "8分", ""),
    ("产出指标", "数量指标", "2型糖尿病患者规范管理人数", "≥1.3万人", "1.34万人", 8, "满分", ""),
    ("产出指标", "数量指标", "开展慢性病高危人群筛查", "≥6万人次", "6.12万人次", 6, "6", ""),
    ("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", "62.4%", 7, "6.72（扣0.28分）",
     "部分牧区患者流动性大，随访不足4次。"),
    ("产出指标", "质量指标", "居民电子健康档案建档率", "≥90%", "91.6%", 7, "7", ""),
    ("产出指标", "时效指标", "随访数据上报及时率", "≥95%", "97.3%", 7, "满分", ""),
    ("产出指标", "成本指标", "人均慢病管理经费", "≤85元", "82元", 7, "7分", ""),
    ("效益指标", "社会效益指标", "管理人群血压控制率", "≥50%", "53.8%", 10, "10分", ""),
    ("效益指标", "社会效益指标", "慢性病综合防控示范区复审", "通过复审", "复审推迟至2024年", 5, "0（未完成）",
     "上级复审工作安排调整至2024年，当年未开展。"),
    ("效益指标", "社会效益指标", "居民健康素养水平", "≥25%", "26.4%", 8, "8", ""),
    ("效益指标", "可持续影响指标", "慢病防控工作机制", "健全", "健全", 7, "满分", ""),
    ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥95%", (0.931, PCT1), 10, "9.8（扣0.2分）",
     "个别偏远村随访频次不足。"),
]


def xls230(out: Path) -> None:
    """Hami (Xinjiang): SCORE cells holding notes (8分, 满分, 6.72（扣0.28分）, 0（未完成）) as text, and no
    总分 row: the total and grade only in a prose sentence under the table (自评得分94.22分，等级为优)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGH", (12, 15, 28, 13, 18, 7, 15, 32)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年哈密市慢性病综合防控项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "哈密市卫生健康委员会", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:H4", "哈密市疾病预防控制中心", left=True)
    merge(ws, "A5:A8", "项目资金\n（万元）")
    put(ws, "B5", "")
    for col, text in zip("CDEFGH", ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}5", text)
    put(ws, "B6", "年度资金总额")
    for col in "CDE":
        put(ws, f"{col}6", f"=SUM({col}7:{col}8)", MONEY)
    put(ws, "F6", 10)
    put(ws, "G6", "=E6/D6", PCT2)
    put(ws, "H6", "=ROUND(F6*G6,2)", "0.00")
    for r, (label, vals) in enumerate((("其中：自治区补助资金", (320, 320, 320)),
                                       ("市级财政资金", (200, 240, 223.2))), start=7):
        put(ws, f"B{r}", label)
        for col, v in zip("CDE", vals):
            put(ws, f"{col}{r}", v, MONEY)
        for col in "FGH":
            put(ws, f"{col}{r}", "—")
    for col, text in zip("ABCDEFGH", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                      "得分", "偏差原因分析及改进措施")):
        put(ws, f"{col}9", text)
    first = 10
    levels(ws, "A", "B", first, ROWS230)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS230):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score)   # typed as text, notes and all
        put(ws, f"H{r}", note, left=True)
        ws.row_dimensions[r].height = 30 if note else 18
    end = first + len(ROWS230)
    ws[f"A{end + 1}"] = "三、自评结论"
    ws[f"A{end + 1}"].font = Font(name="宋体", size=11, bold=True)
    ws.merge_cells(f"A{end + 2}:H{end + 3}")
    ws[f"A{end + 2}"] = ("本项目年度目标基本完成，预算执行率97.00%。经自评，本项目自评得分94.22分，等级为优。"
                         "慢性病综合防控示范区复审因上级安排调整未开展，2024年继续推进。")
    ws[f"A{end + 2}"].alignment = WRAP_LEFT
    ws.row_dimensions[end + 2].height = 24
    ws[f"A{end + 5}"] = "填报人：马某某　　联系电话：0902-2236×××　　填报日期：2024年3月18日"
    landscape(ws)
    wb.save(out)


# Zhoushan: (l1, l2, name, 年初目标值, 调整后目标值, 调整原因, actual, weight, score, note); "/" = not adjusted
ROWS231 = [
    ("产出指标", "数量指标", "办理法律援助案件", "≥1800件", "≥1500件", "上半年受理量低于预期，经市财政局批复调减",
     "1562件", "8", "8", ""),
    ("产出指标", "数量指标", "海岛村（社区）法律顾问覆盖率", "100%", "/", "", "100%", "7", "7", ""),
    ("产出指标", "数量指标", "开展送法上岛活动", "≥120场次", "≥150场次", "新增海岛渔村普法任务", "156场次", "7", "7", ""),
    ("产出指标", "质量指标", "法律援助案件质量评查合格率", "≥95%", "/", "", "97.2%", "7", "7", ""),
    ("产出指标", "时效指标", "法律援助申请审查时限", "≤7个工作日", "≤5个工作日", "省司法厅压缩办理时限",
     "4个工作日", "7", "7", ""),
    ("产出指标", "时效指标", "海岛公共法律服务站点建成时间", "2023年9月30日前", "2023年11月30日前",
     "海上运输受台风影响，经批准延期", "2023年11月18日", "7", "7", ""),
    ("产出指标", "成本指标", "法律援助案件平均办案补贴", "≤2800元/件", "/", "", "2650元/件", "7", "7", ""),
    ("效益指标", "社会效益指标", "为受援群众挽回经济损失", "≥3000万元", "≥2500万元", "随案件量同步调减",
     "2480万元", "10", "9.92", "个别大额劳资纠纷案件年底仍在执行中。"),
    ("效益指标", "社会效益指标", "海岛群众法律服务知晓率", "≥80%", "/", "", "84.5%", "10", "10", ""),
    ("效益指标", "可持续影响指标", "海岛公共法律服务网络运行机制", "健全", "/", "", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥95%", "/", "", "97.6%", "10", "10", ""),
]


def html231(out: Path) -> None:
    """Zhoushan (Zhejiang): targets ADJUSTED mid-year: 年初目标值 / 调整后目标值 / 调整原因 columns before the
    actual ("/" where not adjusted); the fund's 全年预算数 adjusted too; landscape."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:9.5pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold;background:#eee}td.l{text-align:left}@page{size:A4 landscape;margin:12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>舟山市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年舟山市海岛公共法律服务项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">舟山市司法局</td><td class="h">实施单位</td>'
         '<td colspan="3">舟山市法律援助中心</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h">&nbsp;</td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td>'
         '<td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>680.00</td><td>720.00</td><td>705.60</td><td>10</td><td>98.00%</td>"
         "<td>9.80</td></tr>",
         "<tr><td>其中：省级补助资金</td><td>300.00</td><td>300.00</td><td>300.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>市级财政资金</td><td>380.00</td><td>420.00</td><td>405.60</td><td>—</td><td>—</td><td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in (
             "一级指标", "二级指标", "三级指标", "年初目标值", "调整后目标值", "调整原因", "实际完成值", "分值",
             "得分", "偏差原因分析及改进措施")) + "</tr>"]
    for i, (_l1, _l2, name, first, adjusted, why_adj, actual, weight, score, why) in enumerate(ROWS231):
        cells = _level_tds(ROWS231, i) + [f'<td class="l">{name}</td>', f"<td>{first}</td>", f"<td>{adjusted}</td>",
                                          f'<td class="l">{why_adj or "&nbsp;"}</td>', f"<td>{actual}</td>",
                                          f"<td>{weight}</td>", f"<td>{score}</td>",
                                          f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="7">总分</td><td>100</td><td>99.72</td><td>自评等级：优</td></tr>', "</table>",
          "<p>注：年度中期经市财政局批复调整的指标，按调整后目标值评价。</p>",
          "<p>填报人：周某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0580-2025×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月25日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


DOCX.update({"226": doc226, "229": doc229})
XLSX.update({"227": xls227, "230": xls230})
HTML.update({"228": html228, "231": html231})



# ---------------------------------------------------------------- 232-237: twenty-eighth set (file and producer quirks)
# 232 an .odt and 233 an .ods (ODF as 信创 offices save it, converted by LibreOffice from a .docx / .xlsx not
# kept; their .pdf from the ODF); 234 a .docx whose indicator rows start one grid column in (w:gridBefore);
# 235 a WPS-style .xlsx (phonetic runs, rich runs, a comment; not resaved by LibreOffice); 236 a .docx whose
# .pdf has its /ToUnicode maps renamed away; 237 a GB18030 .txt export with box-drawing rules.

ROWS232 = [
    ("产出指标", "数量指标", "新建戈壁日光温室", "≥600座", "612座", "8", "8", ""),
    ("产出指标", "数量指标", "配套建设水肥一体化设施", "≥1200亩", "1260亩", "7", "7", ""),
    ("产出指标", "数量指标", "培训农业技术人员", "≥800人次", "836人次", "6", "6", ""),
    ("产出指标", "质量指标", "温室工程验收合格率", "100%", "100%", "7", "7", ""),
    ("产出指标", "质量指标", "棚内作物定植成活率", "≥95%", "96.4%", "6", "6", ""),
    ("产出指标", "时效指标", "温室建设完成时间", "2023年10月31日前", "2023年10月25日", "8", "8", ""),
    ("产出指标", "成本指标", "每座温室建设补助", "≤6.5万元", "6.5万元", "8", "8", ""),
    ("效益指标", "经济效益指标", "带动入园农户年均增收", "≥3000元", "3260元", "10", "10", ""),
    ("效益指标", "社会效益指标", "带动就业人数", "≥1500人", "1460人", "10", "9.73",
     "部分温室10月后投产，季节性用工未全部到位，2024年春季补足。"),
    ("效益指标", "可持续影响指标", "温室运营管护机制", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "入园农户满意度", "≥90%", "95.2%", "10", "10", ""),
]


def doc232(out: Path) -> None:
    """Zhangye (Gansu): an ordinary Word-style form (grid head / fund table, indicator grid over the page), kept
    only as the .odt LibreOffice / 永中 save (main converts it)."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年张掖市戈壁生态农业产业园建设项目", "dept": "张掖市农业农村局",
                   "agency": "张掖市现代农业发展服务中心"},
               ("4,800.00", "5,000.00", "4,870.00", "10", "97.40%", "9.74"),
               [("其中：中央财政衔接资金", "3,000.00", "3,000.00", "3,000.00"),
                ("市级财政资金", "1,800.00", "2,000.00", "1,870.00")],
               [1.8, 3.0, 2.2, 2.2, 2.2, 1.2, 1.6, 1.4])
    para(d, "")
    _indicator_grid(d, ROWS232, "99.47")
    para(d, "")
    para(d, "填报人：马某某　　联系电话：0936-8216×××　　填报日期：2024年3月15日")
    d.save(out)


ROWS233 = [
    ("产出指标", "数量指标", "清理海岸线长度", "≥210公里", "216公里", 8, 8, ""),
    ("产出指标", "数量指标", "清运海漂及岸滩垃圾", "≥4800吨", "5126吨", 8, 8, ""),
    ("产出指标", "数量指标", "设置岸滩垃圾收集点", "≥150个", "156个", 6, 6, ""),
    ("产出指标", "质量指标", "岸滩垃圾清理达标率", "≥95%", (0.973, PCT1), 7, 7, ""),
    ("产出指标", "质量指标", "垃圾无害化处理率", "100%", (1, PCT0), 7, 7, ""),
    ("产出指标", "时效指标", "重点岸段日常保洁频次", "≥2次/日", "2次/日", 7, 7, ""),
    ("产出指标", "成本指标", "每公里岸线年保洁成本", "≤8.5万元", "8.3万元", 7, 7, ""),
    ("效益指标", "生态效益指标", "近岸海域水质优良率", "≥98%", (0.994, PCT1), 10, 10, ""),
    ("效益指标", "社会效益指标", "海滩环境投诉量同比下降", "≥10%", (0.126, PCT1), 10, 10, ""),
    ("效益指标", "可持续影响指标", "海岸带保洁长效机制", "健全", "健全", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", (0.936, PCT1), 5, 5, ""),
    ("满意度指标", "服务对象满意度指标", "沿海居民满意度", "≥90%", (0.885, PCT1), 5, 4.92,
     "渔港周边岸段保洁频次偏低，2024年增设保洁班组。"),
]


def xls233(out: Path) -> None:
    """Sanya (Hainan): an ordinary Excel-style form (merged head, fund block with =SUM / 执行率 / =ROUND,
    merged level cells, percent actuals as numbers), kept only as the .ods LibreOffice saves (main converts it)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHI", (11, 14, 26, 15, 15, 8, 8, 10, 26)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:I1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:I3", "2023年三亚市海岸带海漂垃圾综合治理项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "三亚市生态环境局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:I4", "三亚市海洋环境卫生服务中心", left=True)
    merge(ws, "A5:A8", "项目资金\n（万元）")
    merge(ws, "B5:C5", "")
    for col, text in zip("DEFGHI", ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}5", text)
    merge(ws, "B6:C6", "年度资金总额")
    for col in "DEF":
        put(ws, f"{col}6", f"=SUM({col}7:{col}8)", MONEY)
    put(ws, "G6", 10)
    put(ws, "H6", "=F6/E6", PCT2)
    put(ws, "I6", "=ROUND(G6*H6,2)", "0.00")
    for r, (label, vals) in enumerate((("其中：省级补助资金", (1200, 1200, 1200)),
                                       ("市级财政资金", (1400, 1600, 1530.4))), start=7):
        merge(ws, f"B{r}:C{r}", label)
        for col, v in zip("DEF", vals):
            put(ws, f"{col}{r}", v, MONEY)
        for col in "GHI":
            put(ws, f"{col}{r}", "—")
    for col, text in zip("ABCDEFG", HEADS214):
        put(ws, f"{col}9", text)
    merge(ws, "H9:I9", HEADS214[-1])
    first = 10
    levels(ws, "A", "B", first, ROWS233)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS233):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score)
        merge(ws, f"H{r}:I{r}", note, left=True)
    end = first + len(ROWS233)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+G6")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+I6", "0.00")
    merge(ws, f"H{end}:I{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：符某某　　联系电话：0898-8827×××　　填报日期：2024年3月20日"
    landscape(ws)
    wb.save(out)


ROWS234 = [
    ("产出指标", "数量指标", "新建社区综合服务设施", "≥24个", "25个", "8", "8", ""),
    ("产出指标", "数量指标", "改造提升社区服务用房面积", "≥1.2万平方米", "1.26万平方米", "7", "7", ""),
    ("产出指标", "数量指标", "配备适老化设施设备", "≥300套", "312套", "5", "5", ""),
    ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", "8", "8", ""),
    ("产出指标", "质量指标", "消防验收通过率", "100%", "100%", "7", "7", ""),
    ("产出指标", "时效指标", "设施投入使用时间", "2023年12月31日前", "2023年12月15日", "8", "8", ""),
    ("产出指标", "成本指标", "每平方米改造成本", "≤1800元", "1760元", "7", "7", ""),
    ("效益指标", "社会效益指标", "社区服务事项就近办理率", "≥85%", "88.6%", "10", "10", ""),
    ("效益指标", "社会效益指标", "年服务社区居民", "≥20万人次", "21.8万人次", "10", "10", ""),
    ("效益指标", "可持续影响指标", "设施运营管理制度", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%", "94.6%", "10", "10", ""),
]


def _shift_row(tr, before_dxa: int, after_dxa: int = 0) -> None:
    """A row pasted one grid column in: its first cell dropped and w:gridBefore / w:wBefore said instead (and
    w:gridAfter / w:wAfter for a dropped last cell), as Word writes a table pasted into another."""
    tcs = tr.findall(qn("w:tc"))
    tr.remove(tcs[0])
    if after_dxa:
        tr.remove(tcs[-1])
    trpr = tr.get_or_add_trPr()
    marks = [_el("w:gridBefore", **{"w:val": 1})]
    if after_dxa:
        marks.append(_el("w:gridAfter", **{"w:val": 1}))
    marks.append(_el("w:wBefore", **{"w:w": before_dxa, "w:type": "dxa"}))
    if after_dxa:
        marks.append(_el("w:wAfter", **{"w:w": after_dxa, "w:type": "dxa"}))
    for k, m in enumerate(marks):
        trpr.insert(k, m)


def doc234(out: Path) -> None:
    """Cangzhou (Hebei): ONE nine-column table: head and fund rows full width (项目资金（万元） vMerged down the
    first column), then the indicator header, rows and 总分 pasted one column in (w:gridBefore=1 / w:wBefore,
    the 总分 row also w:gridAfter=1); the w:tblGrid widths (the same total) in another order than the cells' w:tcW."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    widths = [1.8, 1.5, 1.8, 3.2, 2.0, 2.0, 1.0, 1.1, 2.6]
    n_ind = len(ROWS234)
    t = grid_table(d, 6 + 1 + n_ind + 1, 9, widths, "Table Grid")
    fill(t.cell(0, 0), "项目名称")
    fill(t.cell(0, 1).merge(t.cell(0, 8)), "2023年沧州市城市社区综合服务设施建设项目")
    fill(t.cell(1, 0), "主管部门")
    fill(t.cell(1, 1).merge(t.cell(1, 3)), "沧州市民政局")
    fill(t.cell(1, 4), "实施单位")
    fill(t.cell(1, 5).merge(t.cell(1, 8)), "沧州市社区建设服务中心")
    t.cell(2, 0).merge(t.cell(5, 0))
    fill(t.cell(2, 0), "项目资金\n（万元）")
    fund = [("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
            ("年度资金总额", "3,600.00", "3,800.00", "3,724.00", "10", "98.00%", "9.80"),
            ("其中：省级补助资金", "2,000.00", "2,000.00", "2,000.00", "—", "—", "—"),
            ("市级财政资金", "1,600.00", "1,800.00", "1,724.00", "—", "—", "—")]
    for r, (label, *vals) in enumerate(fund, start=2):
        fill(t.cell(r, 1).merge(t.cell(r, 2)), label)
        for c, text in enumerate(vals, start=3):
            fill(t.cell(r, c), text)
    for c, text in enumerate(HEADS214, start=1):
        fill(t.cell(6, c), text)
    indicator_rows(t, 7, ROWS234, {"levels": (1, 2), "name": 3, "target": 4, "actual": 5, "weight": 6,
                                   "score": 7, "note": 8})
    end = 7 + n_ind
    fill(t.cell(end, 1).merge(t.cell(end, 5)), "总分")
    fill(t.cell(end, 6), "100")
    fill(t.cell(end, 7), "99.80")
    first_w = int(Cm(widths[0]).twips)
    for r in range(6, end + 1):
        _shift_row(t.rows[r]._tr, first_w, int(Cm(widths[-1]).twips) if r == end else 0)
    # the grid as a pasted table leaves it: the same total width, but column widths that no longer match
    # the cells' own (w:tcW)
    for col, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), reversed(widths)):
        col.set(qn("w:w"), str(int(Cm(w).twips)))
    para(d, "")
    para(d, "自评等级：优")
    para(d, "填报人：刘某某　　联系电话：0317-2158×××　　填报日期：2024年3月14日")
    d.save(out)


ROWS235 = [
    ("产出指标", "数量指标", "治理采煤塌陷地面积", "≥3,200亩", "3286亩", 8, 8, ""),
    ("产出指标", "数量指标", "新增水面面积", "≥850亩", "872亩", 7, 7, ""),
    ("产出指标", "数量指标", "栽植乔木", "≥4.5万株", "4.62万株", 6, 6, ""),
    ("产出指标", "质量指标", "复垦耕地质量等级达标率", "≥90%", "92.5%", 7, 7, ""),
    ("产出指标", "质量指标", "苗木成活率", "≥85%", "89.3%", 7, 7, ""),
    ("产出指标", "时效指标", "治理工程完工时间", "2023年11月\n30日前", "2023年11月26日", 7, 7, ""),
    ("产出指标", "成本指标", "每亩综合治理成本", "≤1.2万元", "1.18万元", 8, 8, ""),
    ("效益指标", "生态效益指标", "治理区植被覆盖率", "≥75%", "78.6%", 8, 8, ""),
    ("效益指标", "经济效益指标", "复垦耕地年流转收益", "≥260万元", "248万元", 8, 7.63, ""),
    ("效益指标", "社会效益指标", "带动周边群众就业", "≥600人", "624人", 7, 7, ""),
    ("效益指标", "可持续影响指标", "治理区后期\n管护机制", "健全", "健全", 7, 7, ""),
    ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "93.8%", 10, 10, ""),
]
# shared strings as WPS writes them: a phonetic run (<rPh>) after some texts, and rich runs that split a figure
RICH235 = {
    "≥3,200亩": '<r><rPr><rFont val="Arial"/><sz val="10"/></rPr><t>≥</t></r>'
                '<r><rPr><rFont val="宋体"/><sz val="10"/></rPr><t>3,2</t></r>'
                '<r><rPr><b/><rFont val="宋体"/><sz val="10"/></rPr><t>00亩</t></r>',
    "248万元": '<r><rPr><rFont val="宋体"/><sz val="10"/><color rgb="FFFF0000"/></rPr><t>24</t></r>'
              '<r><rPr><rFont val="宋体"/><sz val="10"/><color rgb="FFFF0000"/></rPr><t>8万元</t></r>',
}
PHONETIC235 = {"栽植乔木": ("zāizhí", 0, 2), "复垦耕地年流转收益": ("fùkěn", 0, 2),
               "治理采煤塌陷地面积": ("tāxiàn", 4, 6)}


def _wps_strings(path: Path) -> None:
    """Move the cells' inline strings into a shared-string table as WPS saves it: rich runs, <rPh> phonetic
    runs, and a <phoneticPr> in every item."""
    import html
    import re
    from xml.sax.saxutils import escape
    with zipfile.ZipFile(path) as z:
        members = {i.filename: z.read(i.filename) for i in z.infolist()}
    strings: dict[str, int] = {}

    def cell(m):
        plain = html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))
        return f'<c{m.group(1)} t="s"><v>{strings.setdefault(plain, len(strings))}</v></c>'
    sheet = "xl/worksheets/sheet1.xml"
    members[sheet] = re.sub(r'<c([^>]*?) t="inlineStr"><is>(.*?)</is></c>', cell,
                            members[sheet].decode("utf-8"), flags=re.S).encode("utf-8")
    items = []
    for plain in strings:
        body = RICH235.get(plain)
        if body is None:
            space = ' xml:space="preserve"' if "\n" in plain else ""
            body = f"<t{space}>{escape(plain)}</t>"
            if plain in PHONETIC235:
                reading, sb, eb = PHONETIC235[plain]
                body += f'<rPh sb="{sb}" eb="{eb}"><t>{reading}</t></rPh>'
        items.append(f'<si>{body}<phoneticPr fontId="1" type="noConversion"/></si>')
    members["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{len(items)}" uniqueCount="{len(items)}">' + "".join(items) + "</sst>").encode("utf-8")
    types = "[Content_Types].xml"
    members[types] = members[types].replace(b"</Types>", (
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'))
    rels = "xl/_rels/workbook.xml.rels"
    members[rels] = members[rels].replace(b"</Relationships>", (
        b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        b'Target="sharedStrings.xml" Id="rIdSst"/></Relationships>'))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def xls235(out: Path) -> None:
    """Xuzhou (Jiangsu): filled in WPS: figures typed (no formulas), text cells with alt-enter line breaks, the
    偏差原因 of the one shortfall in a cell COMMENT on its actual (the column left empty); shared strings with
    rich runs splitting a figure and <rPh> phonetic runs (written by _wps_strings)."""
    from openpyxl.comments import Comment
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for col, w in zip("ABCDEFGHI", (11, 14, 24, 14, 15, 8, 8, 24, 4)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年徐州市采煤塌陷地\n生态修复治理项目", left=True)
    ws.row_dimensions[3].height = 30
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "徐州市自然资源和规划局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:H4", "徐州市国土空间生态修复中心", left=True)
    merge(ws, "A5:A9", "项目资金\n（万元）")
    put(ws, "B5", "")
    for col, text in zip("CDEFGH", ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}5", text)
    fund = [("年度资金总额", 5200, 5600, 5488, 10, 0.98, 9.8),
            ("其中：中央资金", 3000, 3000, 3000, "—", "—", "—"),
            ("省级资金", 1200, 1200, 1200, "—", "—", "—"),
            ("市级资金", 1000, 1400, 1288, "—", "—", "—")]
    for r, (label, a, b, c, w, rate, score) in enumerate(fund, start=6):
        put(ws, f"B{r}", label)
        for col, v in zip("CDE", (a, b, c)):
            put(ws, f"{col}{r}", v, MONEY)
        put(ws, f"F{r}", w)
        put(ws, f"G{r}", rate, PCT2 if rate != "—" else None)
        put(ws, f"H{r}", score, "0.00" if score != "—" else None)
    for col, text in zip("ABCDEFGH", HEADS214):
        put(ws, f"{col}10", text)
    ws.row_dimensions[10].height = 30
    first = 11
    levels(ws, "A", "B", first, ROWS235)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS235):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", actual)
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score)
        put(ws, f"H{r}", note, left=True)
        ws.row_dimensions[r].height = 30 if "\n" in name + target else 18
    shortfall = first + [r[2] for r in ROWS235].index("复垦耕地年流转收益")
    ws[f"E{shortfall}"].comment = Comment(
        "偏差原因：部分复垦地块10月才完成交付，当年流转期不足一年，2024年按整年流转。", "WPS_1698", 80, 260)
    end = first + len(ROWS235)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", 100)
    put(ws, f"G{end}", 99.43, "0.00")
    put(ws, f"H{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：张某某　　联系电话：0516-8373×××　　填报日期：2024年3月19日"
    landscape(ws)
    wb.save(out)
    _wps_strings(out)


ROWS236 = [
    ("产出指标", "数量指标", "推广测土配方施肥面积", "≥12万亩", "12.6万亩", "8", "8", ""),
    ("产出指标", "数量指标", "建设生态拦截沟渠", "≥45公里", "46.2公里", "7", "7", ""),
    ("产出指标", "数量指标", "回收废旧农膜", "≥1800吨", "1856吨", "7", "7", ""),
    ("产出指标", "质量指标", "化肥使用量减少比例", "≥5%", "6.2%", "7", "7", ""),
    ("产出指标", "质量指标", "畜禽粪污综合利用率", "≥90%", "92.4%", "7", "7", ""),
    ("产出指标", "时效指标", "拦截沟渠建成时间", "2023年9月30日前", "2023年9月18日", "7", "7", ""),
    ("产出指标", "成本指标", "每公里拦截沟渠建设成本", "≤38万元", "37.5万元", "7", "7", ""),
    ("效益指标", "生态效益指标", "入湖河流水质达标率", "≥85%", "87.5%", "10", "10", ""),
    ("效益指标", "经济效益指标", "亩均节本增效", "≥80元", "86元", "10", "10", ""),
    ("效益指标", "可持续影响指标", "面源污染监测网络运行", "正常", "正常", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "流域农户满意度", "≥90%", "91.6%", "10", "10", ""),
]


def doc236(out: Path) -> None:
    """Dali (Yunnan): an ordinary Word form; its .pdf loses its text layer's meaning (main renames every
    /ToUnicode key, so the CJK text extracts as glyph codes)."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年大理州洱海流域农业面源污染防治项目", "dept": "大理州农业农村局",
                   "agency": "大理州农业环境保护监测站"},
               ("2,400.00", "2,500.00", "2,440.00", "10", "97.60%", "9.76"),
               [("其中：省级补助资金", "1,500.00", "1,500.00", "1,500.00"),
                ("州级财政资金", "900.00", "1,000.00", "940.00")],
               [1.8, 3.0, 2.2, 2.2, 2.2, 1.2, 1.6, 1.4])
    para(d, "")
    _indicator_grid(d, ROWS236, "99.76")
    para(d, "")
    para(d, "填报人：段某某　　联系电话：0872-2316×××　　填报日期：2024年3月11日")
    d.save(out)


def drop_to_unicode(pdf: Path) -> None:
    """Rename every /ToUnicode key to a same-length unknown key (the xref offsets stay valid): the text layer
    then gives glyph codes, as some printers' and old WPS PDFs do."""
    data = pdf.read_bytes()
    if b"/ToUnicode" not in data:
        sys.exit(f"{pdf.name}: no /ToUnicode key to rename (compressed object streams?)")
    pdf.write_bytes(data.replace(b"/ToUnicode", b"/ToUnicodX"))


ROWS237 = [
    ("产出指标", "数量指标", "建成社区居家养老服务站", "≥36个", "38个", "8", "8", ""),
    ("产出指标", "数量指标", "提供老年助餐服务", "≥12万人次", "12.8万人次", "8", "8", ""),
    ("产出指标", "数量指标", "开展上门照护服务", "≥1.5万人次", "1.56万人次", "6", "6", ""),
    ("产出指标", "质量指标", "服务站建设达标率", "100%", "100%", "7", "7", ""),
    ("产出指标", "质量指标", "服务人员持证上岗率", "≥90%", "93.2%", "7", "7", ""),
    ("产出指标", "时效指标", "运营补贴拨付时间", "2023年12月20日前", "2023年12月18日", "7", "7", ""),
    ("产出指标", "成本指标", "每个服务站年运营补贴", "≤12万元", "12万元", "7", "7", ""),
    ("效益指标", "社会效益指标", "城市社区服务覆盖率", "≥80%", "84.5%", "10", "10", ""),
    ("效益指标", "社会效益指标", "受益老年人数", "≥8000人", "7680人", "10", "9.6",
     "部分服务站9月后开业，受益人数未达预期，2024年扩大服务覆盖。"),
    ("效益指标", "可持续影响指标", "服务站运营管理制度", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "96.1%", "10", "10", ""),
]


def _box_width(text: str) -> int:
    """Columns a text takes in a console font: CJK, full-width forms and box-drawing characters two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


def _box_cell(text: str, width: int, right: bool = False) -> str:
    pad = width - _box_width(text)
    fill_ = "\u3000" * (pad // 2) + " " * (pad % 2)
    return fill_ + text if right else text + fill_


def _box_table(rows: list[list[str]], widths: list[int], right: set[int], wrap: dict[int, int]) -> list[str]:
    """A table drawn in box-drawing characters, every row ruled; a cell longer than wrap[col] characters goes
    on over continuation lines (the other cells empty)."""
    def rule(left, mid, end):
        return left + mid.join("─" * (w // 2) for w in widths) + end
    lines = [rule("┌", "┬", "┐")]
    for k, row in enumerate(rows):
        parts = [[c] for c in row]
        for col, n in wrap.items():
            text = row[col]
            parts[col] = [text[i:i + n] for i in range(0, len(text), n)] or [""]
        for j in range(max(len(p) for p in parts)):
            cells = [_box_cell(p[j] if j < len(p) else "", w, c in right) for c, (p, w) in enumerate(zip(parts, widths))]
            lines.append("│" + "│".join(cells) + "│")
        lines.append(rule("├", "┼", "┤") if k < len(rows) - 1 else rule("└", "┴", "┘"))
    return lines


def txt237(out: Path) -> None:
    """Ordos (Inner Mongolia): a finance system's plain-text export: GB18030 without BOM, CRLF, the head as
    label lines padded with U+3000, the fund and indicator tables drawn in box-drawing characters (every row
    ruled, figures right-aligned, a long note wrapped over continuation lines)."""
    W = "\u3000"
    lines = [
        "鄂尔多斯市预算管理一体化系统　绩效自评数据导出",
        "",
        W * 16 + "项目支出绩效自评表",
        W * 18 + "（2023年度）",
        "",
        "项目名称：" + W + "2023年鄂尔多斯市社区居家养老服务运营补贴项目",
        "主管部门：" + W + "鄂尔多斯市民政局" + W * 6 + "实施单位：" + W + "鄂尔多斯市养老服务指导中心",
        "金额单位：" + W + "万元",
        "",
        "一、项目资金",
    ]
    fund = [["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "1,500.00", "1,600.00", "1,552.00", "10", "97.00%", "9.70"],
            ["其中：自治区补助资金", "800.00", "800.00", "800.00", "—", "—", "—"],
            ["市级财政资金", "700.00", "800.00", "752.00", "—", "—", "—"]]
    lines += _box_table(fund, [22, 12, 12, 12, 6, 8, 6], {1, 2, 3, 4, 5, 6}, {})
    lines += ["", "二、绩效指标"]
    ind = [list(HEADS214[:7]) + ["偏差原因分析及改进措施"]]
    ind += [[*r[:7], r[7]] for r in ROWS237]
    ind.append(["总分", "", "", "", "", "100", "99.30", "自评等级：优"])
    lines += _box_table(ind, [12, 20, 24, 18, 16, 6, 6, 26], {5, 6}, {7: 12})
    lines += ["", "填报人：" + W + "白某某" + W * 2 + "联系电话：0477-8586×××" + W * 2 + "填报日期：2024年3月13日",
              "导出时间：2024-03-13 16:42:07"]
    out.write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))


ODF = {"232": (doc232, "docx", "odt"), "233": (xls233, "xlsx", "ods")}   # built, converted, the ODF kept
DOCX.update({"234": doc234, "236": doc236})
WPS_XLSX = {"235": xls235}   # written as WPS saves it: not resaved by LibreOffice (that would rewrite the strings)
OTHER.update({"237": txt237})
WRITTEN.update({"237": "txt"})
NO_TO_UNICODE = ("236",)


# ---------------------------------------------------------------- 244-249: thirtieth set (ordinary forms)
# Six ordinary 项目支出绩效自评表 as most offices file them, one per way files are made: (l1, l2, name, target,
# actual, weight, score, note); the fund weighs 10 of the form's 100 points.

ROWS244 = [
    ("产出指标", "数量指标", "发展林下经济面积", "≥3.5万亩", "3.62万亩", "8", "8", ""),
    ("产出指标", "数量指标", "扶持林下经济经营主体（合作社、企业）", "≥60家", "63家", "7", "7", ""),
    ("产出指标", "数量指标", "开展林农实用技术培训", "≥1200人次", "1260人次", "5", "5", ""),
    ("产出指标", "质量指标", "林下种植成活率", "≥ 85%", "88.5%", "6", "6", ""),
    ("产出指标", "质量指标", "项目验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "补助资金兑付时间", "2023年11月30日前", "2023年11月22日", "8", "8", ""),
    ("产出指标", "成本指标", "每亩林下种植补助标准", "≤300元", "300元", "10", "10", ""),
    ("效益指标", "经济效益指标", "带动林农户均增收", "≥3000元", "2860元", "10", "9.5",
     "受林下中药材收购价格下行影响，户均增收略低于预期；2024年引导订单收购。"),
    ("效益指标", "社会效益指标", "带动林农就业", "≥1500人", "1580人", "10", "10", ""),
    ("效益指标", "生态效益指标", "森林覆盖率", "≥79%", "79.4%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "93.6%", "10", "10", ""),
]


def doc244(out: Path) -> None:
    """Longyan (Fujian): the common Word form: grid head table, 项目资金（万元） vMerged over the fund rows, the
    indicator grid (levels vMerged), 总分 row."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年龙岩市林下经济发展补助项目", "dept": "龙岩市林业局",
                   "agency": "龙岩市林业发展服务中心"},
               ("800.00", "850.00", "838.00", "10", "98.59%", "9.86"),
               [("其中：中央财政资金", "600.00", "600.00", "600.00"),
                ("市级财政资金", "200.00", "250.00", "238.00")],
               [1.8, 3.0, 2.2, 2.2, 2.2, 1.2, 1.6, 1.4])
    para(d, "")
    _indicator_grid(d, ROWS244, "99.36")
    para(d, "")
    para(d, "填报人：林某某　　联系电话：0597-2236×××　　填报日期：2024年3月18日")
    d.save(out)


ROWS245 = [
    ("产出指标", "数量指标", "改造雨水管网", "≥28公里", "29.3公里", "6", "6", ""),
    ("产出指标", "数量指标", "新建改造排涝泵站", "≥4座", "4座", "6", "6", ""),
    ("产出指标", "数量指标", "整治易涝积水点", "≥35处", "36处", "6", "6", ""),
    ("产出指标", "数量指标", "清淤排水管渠", "≥120公里", "126.5公里", "4", "4", ""),
    ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "管网闭水试验合格率", "≥98%", "99.2%", "5", "5", ""),
    ("产出指标", "时效指标", "主体工程完工时间", "2023年6月30日前", "2023年6月20日", "7", "7", ""),
    ("产出指标", "成本指标", "每公里雨水管网改造成本", "≤260万元", "252万元", "10", "10", ""),
    ("效益指标", "社会效益指标", "城区易涝积水点消除率", "≥90%", "94.4%", "8", "8", ""),
    ("效益指标", "社会效益指标", "汛期道路积水投诉量同比下降", "≥20%", "26.5%", "7", "7", ""),
    ("效益指标", "生态效益指标", "雨污混接点改造完成率", "≥95%", "91.2%", "8", "7.68",
     "部分混接点位于老旧小区内部，需与小区改造同步实施，2024年汛前完成。"),
    ("效益指标", "可持续影响指标", "排水设施运维管护机制", "健全", "健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "城区居民满意度", "≥90%", "92.8%", "10", "10", ""),
]


def doc245(out: Path) -> None:
    """Tai'an (Shandong): the common Word form as an annex: 附件2 line above the title, signature and seal lines
    under the table."""
    d = new_document()
    para(d, "附件2", 12, True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年泰安市城市内涝治理项目", "dept": "泰安市住房和城乡建设局",
                   "agency": "泰安市城市排水服务中心"},
               ("2,400.00", "2,500.00", "2,462.00", "10", "98.48%", "9.85"),
               [("其中：中央预算内资金", "1,500.00", "1,500.00", "1,500.00"),
                ("市级财政资金", "900.00", "1,000.00", "962.00")],
               [1.8, 3.0, 2.2, 2.2, 2.2, 1.2, 1.6, 1.4])
    para(d, "")
    _indicator_grid(d, ROWS245, "99.53")
    para(d, "")
    para(d, "单位负责人（签字）：　　　　　　　　财务负责人（签字）：　　　　　　　　填表人：张某某")
    para(d, "联系电话：0538-6218×××　　　　　　　　填报日期：2024年3月20日")
    para(d, "（单位盖章）")
    d.save(out)


ROWS246 = [
    ("产出指标", "数量指标", "古树名木普查建档", "≥2600株", "2684株", 8, 8, ""),
    ("产出指标", "数量指标", "古树复壮救护", "≥120株", "126株", 8, 8, ""),
    ("产出指标", "数量指标", "设置保护标牌及围栏", "≥800处", "836处", 6, 6, ""),
    ("产出指标", "质量指标", "古树名木挂牌率", "100%", (1, PCT0), 7, 7, ""),
    ("产出指标", "质量指标", "复壮救护古树成活率", "≥95%", (0.968, PCT1), 7, 7, ""),
    ("产出指标", "时效指标", "复壮工程完成时间", "2023年10月31日前", "2023年10月28日", 6, 6, ""),
    ("产出指标", "成本指标", "单株古树复壮平均成本", "≤1.2万元", "1.16万元", 8, 8, ""),
    ("效益指标", "生态效益指标", "古树名木保存率", "≥99%", (0.996, PCT1), 10, 10, ""),
    ("效益指标", "社会效益指标", "古树保护科普宣传受众", "≥5万人次", "4.6万人次", 10, 9.2,
     "线下宣传活动场次受天气影响减少，2024年增加线上宣传。"),
    ("效益指标", "可持续影响指标", "古树名木保护管理制度", "健全", "健全", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", (0.925, PCT1), 10, 10, ""),
]


def xls246(out: Path) -> None:
    """Huanggang (Hubei): the common Excel form: merged head cells, the fund block (=SUM, 执行率, =ROUND), level
    cells merged over their runs, =SUM 总分."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    for col, w in zip("ABCDEFGH", (16, 18, 26, 15, 15, 9, 9, 30)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年黄冈市古树名木保护项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "黄冈市林业局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:H4", "黄冈市林业科学研究所", left=True)
    total = _xls_fund(ws, 5, "ABCDEFGH", "项目资金（万元）",
                      [("其中：省级林业专项资金", (300, 300, 300)), ("市级财政资金", (120, 140, 131.6))])
    head = total + 3
    for col, text in zip("ABCDEFGH", HEADS214):
        put(ws, f"{col}{head}", text)
    first = head + 1
    levels(ws, "A", "B", first, ROWS246)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS246):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"H{r}", note, left=True)
    end = first + len(ROWS246)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+F{total}")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+H{total}", "0.00")
    put(ws, f"H{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：胡某某　　联系电话：0713-8356×××　　填报日期：2024年3月19日"
    landscape(ws)
    wb.save(out)


ROWS247 = [
    ("产出指标", "数量指标", "新建城市书房", "≥12家", "12家", "8", "8", ""),
    ("产出指标", "数量指标", "新增图书藏量", "≥6万册", "6.3万册", "7", "7", ""),
    ("产出指标", "数量指标", "举办阅读推广活动", "≥300场", "326场", "5", "5", ""),
    ("产出指标", "质量指标", "图书上架准确率", "≥98%", "98.7%", "6", "6", ""),
    ("产出指标", "质量指标", "书房日均开放时长（含自助时段）", "≥12小时", "12小时", "6", "6", ""),
    ("产出指标", "时效指标", "新建书房开放时间", "2023年9月30日前", "2023年9月28日", "8", "8", ""),
    ("产出指标", "成本指标", "单家书房平均建设成本", "≤25万元", "24.6万元", "10", "10", ""),
    ("效益指标", "社会效益指标", "书房年接待读者", "≥60万人次", "63.2万人次", "10", "10", ""),
    ("效益指标", "社会效益指标", "图书年借阅量", "≥30万册次", "27.6万册次", "10", "9.2",
     "新建书房下半年陆续开放，借阅量未满全年，2024年加强阅读推广。"),
    ("效益指标", "可持续影响指标", "城市书房运营管理机制", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "读者满意度", "≥95%", "96.8%", "10", "10", ""),
]


def html247(out: Path) -> None:
    """Jiaxing (Zhejiang): a bureau site's article page (site header, breadcrumb, title, date line, a line of
    prose, the form, footer) printed by Chromium."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt;margin:0 2mm}"
           ".top{border-bottom:3px solid #b00;padding:6pt 0;font-size:16pt;color:#b00;font-weight:bold}"
           ".crumb{font-size:9pt;color:#555;margin:4pt 0}h1{text-align:center;font-size:15pt}"
           ".meta{text-align:center;font-size:9pt;color:#555;border-bottom:1px solid #ccc;padding-bottom:4pt}"
           "h2{text-align:center;font-size:14pt}table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}.foot{border-top:1px solid #ccc;font-size:8pt;color:#555;"
           "text-align:center;margin-top:10pt;padding-top:4pt}@page{size:A4;margin:14mm 12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>2023年度城市书房建设项目绩效自评报告_嘉兴市文化广电旅游局</title><style>{css}</style></head><body>",
         '<div class="top">嘉兴市文化广电旅游局</div>',
         '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政预决算 &gt; 绩效信息</div>',
         "<h1>嘉兴市文化广电旅游局2023年度城市书房建设项目绩效自评报告</h1>",
         '<div class="meta">发布时间：2024-04-12 10:30　　来源：嘉兴市文化广电旅游局　　浏览次数：</div>',
         "<p>根据市财政局关于开展2023年度项目支出绩效自评工作的通知要求，现将城市书房建设项目绩效自评情况公开如下。</p>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年嘉兴市城市书房建设项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">嘉兴市文化广电旅游局</td><td class="h">实施单位</td>'
         '<td colspan="3">嘉兴市图书馆</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h">&nbsp;</td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td>'
         '<td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>360.00</td><td>380.00</td><td>372.40</td><td>10</td><td>98.00%</td>"
         "<td>9.80</td></tr>",
         "<tr><td>其中：省级补助资金</td><td>100.00</td><td>100.00</td><td>100.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>市级财政资金</td><td>260.00</td><td>280.00</td><td>272.40</td><td>—</td><td>—</td><td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in HEADS214) + "</tr>"]
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS247):
        cells = []
        for k, text in ((0, l1), (1, l2)):
            if i == 0 or ROWS247[i - 1][:k + 1] != ROWS247[i][:k + 1]:
                span = sum(1 for _ in takewhile(lambda r: r[:k + 1] == ROWS247[i][:k + 1], ROWS247[i:]))
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>99.00</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：沈某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0573-8209×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月26日</p>",
          '<div class="foot">主办：嘉兴市文化广电旅游局　　网站标识码：3304000000　　浙ICP备××××××××号</div>',
          "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


ROWS248 = [
    ("产出指标", "数量指标", "完成除险加固小型水库", "≥16座", "16座", "6", "6", ""),
    ("产出指标", "数量指标", "加固大坝坝体", "≥4.2公里", "4.35公里", "5", "5", ""),
    ("产出指标", "数量指标", "改造溢洪道", "≥14处", "15处", "5", "5", ""),
    ("产出指标", "数量指标", "安装雨水情测报及安全监测设施", "≥16套", "16套", "4", "4", ""),
    ("产出指标", "质量指标", "单元工程质量合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "分部工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "主体工程完工时间", "2023年6月30日前", "2023年6月26日", "6", "6", ""),
    ("产出指标", "成本指标", "单座水库平均除险加固成本", "≤105万元", "102.6万元", "6", "6", ""),
    ("产出指标", "成本指标", "项目前期工作经费占比", "≤3%", "2.8%", "6", "6", ""),
    ("效益指标", "社会效益指标", "保护下游人口", "≥3.6万人", "3.72万人", "8", "8", ""),
    ("效益指标", "经济效益指标", "恢复灌溉面积", "≥2.4万亩", "2.2万亩", "8", "7.33",
     "两座水库灌溉渠系尚未配套，2024年实施渠系配套。"),
    ("效益指标", "社会效益指标", "水库垮坝事故", "0起", "0起", "7", "7", ""),
    ("效益指标", "可持续影响指标", "水库运行管护责任制落实率", "100%", "100%", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "库区及下游群众满意度", "≥90%", "93.2%", "10", "10", ""),
]


def doc248(out: Path) -> None:
    """Xinzhou (Shanxi): the common Word-style form, kept only as the .odt LibreOffice / 永中 save (main
    converts it, as 232)."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年忻州市小型病险水库除险加固项目", "dept": "忻州市水利局",
                   "agency": "忻州市水利工程建设管理中心"},
               ("1,600.00", "1,660.00", "1,641.60", "10", "98.89%", "9.89"),
               [("其中：中央水利发展资金", "1,200.00", "1,200.00", "1,200.00"),
                ("省级财政资金", "400.00", "460.00", "441.60")],
               [1.8, 3.0, 2.2, 2.2, 2.2, 1.2, 1.6, 1.4])
    para(d, "")
    _indicator_grid(d, ROWS248, "99.22")
    para(d, "")
    para(d, "填报人：郭某某　　联系电话：0350-3036×××　　填报日期：2024年3月21日")
    d.save(out)


ROWS249 = [
    ("产出指标", "数量指标", "扶持发展村级集体经济村", "≥50个", "50个", 10, 10, ""),
    ("产出指标", "数量指标", "建设产业项目", "≥50个", "52个", 8, 8, ""),
    ("产出指标", "数量指标", "开展村干部经营管理培训", "≥300人次", "318人次", 7, 7, ""),
    ("产出指标", "质量指标", "扶持项目验收合格率", "100%", "100%", 8, 8, ""),
    ("产出指标", "时效指标", "扶持资金拨付时间", "2023年8月31日前", "2023年8月25日", 7, 7, ""),
    ("产出指标", "成本指标", "每村扶持资金标准", "≤12万元", "12万元", 10, 10, ""),
    ("效益指标", "经济效益指标", "集体经济年收入10万元以上的扶持村占比", "≥80%", "76%", 10, 9.5,
     "部分产业项目下半年投产，收益未满全年，2025年可达效。"),
    ("效益指标", "社会效益指标", "带动村民就业", "1500人以上", "1620人", 10, 10, ""),
    ("效益指标", "可持续影响指标", "项目资产管护机制", "健全", "健全", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "94.5%", 10, 10, ""),
]


def xls249(out: Path) -> None:
    """Tongchuan (Shaanxi): an export of the finance system (预算管理一体化系统): no merged cells, every label and
    level written on every row, amounts as numbers, percents as text, no formulas."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for col, w in zip("ABCDEFGH", (16, 22, 30, 15, 15, 10, 10, 30)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "项目支出绩效自评表"
    ws["A2"] = "年度：2023"
    r = 3
    for label, value in (("项目名称", "2023年铜川市村级集体经济发展扶持项目"), ("主管部门", "铜川市农业农村局"),
                         ("实施单位", "铜川市农村合作经济经营管理站")):
        put(ws, f"A{r}", label)
        put(ws, f"B{r}", value, left=True)
        r += 1
    for cells in (("项目资金（万元）", "资金类别", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                  ("项目资金（万元）", "年度资金总额", 600, 620, 613.2, 10, "98.90%", 9.89),
                  ("项目资金（万元）", "其中：中央财政衔接资金", 500, 500, 500, "", "", ""),
                  ("项目资金（万元）", "市级财政资金", 100, 120, 113.2, "", "", "")):
        for col, v in zip("ABCDEFGH", cells):
            put(ws, f"{col}{r}", v, MONEY if col in "CDE" and not isinstance(v, str) else None)
        r += 1
    for col, text in zip("ABCDEFGH", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                       "偏差原因分析及改进措施")):
        put(ws, f"{col}{r}", text)
    first = r + 1
    for i, (l1, l2, name, target, actual, weight, score, note) in enumerate(ROWS249):
        for col, v in zip("ABCDEFGH", (l1, l2, name, target, actual, weight, score, note)):
            put(ws, f"{col}{first + i}", v, left=col in "CH")
    end = first + len(ROWS249)
    put(ws, f"A{end}", "总分")
    put(ws, f"F{end}", 100)
    put(ws, f"G{end}", 99.39)
    put(ws, f"H{end}", "自评等级：优")
    ws[f"A{end + 1}"] = "导出时间：2024-03-22 16:08:41"
    landscape(ws)
    wb.save(out)


DOCX.update({"244": doc244, "245": doc245})
XLSX.update({"246": xls246, "249": xls249})
HTML.update({"247": html247})
ODF.update({"248": (doc248, "docx", "odt")})



# ---------------------------------------------------------------- 250-255: thirty-first set (structures, ninth round)

# Ningde: (l1, l2, name, target, actual, weight, score, evidence, note); 佐证材料 cells hold document numbers
ROWS250 = [
    ("产出指标", "数量指标", "清理整治违规养殖渔排", "≥1.2万口", "1.26万口", "8", "8", "宁海渔〔2023〕12号文；附件3清理台账", ""),
    ("产出指标", "数量指标", "升级改造塑胶渔排", "≥8000口", "8240口", "7", "7", "第2期改造验收清单（共5册）", ""),
    ("产出指标", "数量指标", "新建深远海养殖平台", "≥3座", "3座", "5", "5", "附件4：平台验收报告3份", ""),
    ("产出指标", "质量指标", "改造渔排验收合格率", "100%", "100%", "6", "6", "验收汇总表（2023年第4号）", ""),
    ("产出指标", "质量指标", "养殖水域水质监测达标率", "≥90%", "92.6%", "6", "6", "2023年第1-4季度水质监测报告", ""),
    ("产出指标", "时效指标", "整治任务完成时间", "2023年11月30日前", "2023年11月28日", "6", "6",
     "宁海渔〔2023〕31号验收通知", ""),
    ("产出指标", "成本指标", "每口渔排改造补助", "≤1500元", "1480元", "8", "8", "补助资金拨付凭证（附件2）", ""),
    ("效益指标", "经济效益指标", "带动养殖户增收", "≥5000万元", "4850万元", "8", "7.76", "2023年渔业统计年报（第12期）",
     "受第6号台风影响，部分渔排延迟投苗。"),
    ("效益指标", "社会效益指标", "受益养殖户", "≥3200户", "3315户", "8", "8", "受益户花名册（附件5）", ""),
    ("效益指标", "生态效益指标", "海漂垃圾下降率", "≥30%", "34.5%", "8", "8", "第3期海漂垃圾监测通报", ""),
    ("效益指标", "可持续影响指标", "养殖用海管理长效机制", "健全", "健全", "8", "8", "宁政办〔2023〕58号", ""),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "93.4%", "6", "6", "问卷调查报告（样本320份）", ""),
    ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%", "88.7%", "6", "6", "问卷调查报告（样本200份）", ""),
]


def doc250(out: Path) -> None:
    """Ningde (Fujian): a 佐证材料 column beside the actual, its cells full of document numbers (〔2023〕12号,
    附件3, 第2期, 样本320份) that are no figures of the indicator."""
    d = new_document(landscape=True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年宁德市海上养殖综合整治项目", "dept": "宁德市海洋与渔业局",
                   "agency": "宁德市水产技术推广站"},
               ("5,600.00", "5,800.00", "5,684.00", "10", "98.00%", "9.80"),
               [("其中：中央补助资金", "2,000.00", "2,000.00", "2,000.00"),
                ("省级补助资金", "1,200.00", "1,200.00", "1,200.00"),
                ("市级财政资金", "2,400.00", "2,600.00", "2,484.00")],
               [3.0, 4.2, 2.8, 2.8, 2.8, 1.6, 2.2, 2.2])
    para(d, "")
    n = len(ROWS250)
    t = grid_table(d, n + 2, 9, [2.0, 2.4, 4.2, 2.6, 2.6, 1.2, 1.2, 4.6, 4.0], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "佐证材料", "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for depth in (0, 1):
        for a, b, text in _prefix_runs(ROWS250, depth):
            vmerge(t, depth, 1 + a, 1 + b, text)
    for r, (_l1, _l2, *rest) in enumerate(ROWS250, start=1):
        for c, text in enumerate(rest, start=2):
            fill(t.cell(r, c), text)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    fill(t.cell(n + 1, 5), "100")
    fill(t.cell(n + 1, 6), "99.56")
    fill(t.cell(n + 1, 7).merge(t.cell(n + 1, 8)), "自评等级：优")
    para(d, "填报人：林某某　　联系电话：0593-2876×××　　填报日期：2024年3月12日")
    d.save(out)


# Shaoyang: (l1, l2, name, target, actual, weight, score, note)
ROWS251 = [
    ("产出指标", "数量指标", "新建改造供水管网", "≥260公里", "268.4公里", 8, 8, ""),
    ("产出指标", "数量指标", "新建加压泵站", "≥12座", "12座", 8, 8, ""),
    ("产出指标", "数量指标", "改造农村供水工程", "≥45处", "47处", 8, 8, ""),
    ("产出指标", "质量指标", "出厂水水质达标率", "≥95%", (0.972, PCT1), 6, 6, ""),
    ("产出指标", "质量指标", "管网工程验收合格率", "100%", (1, PCT0), 6, 6, ""),
    ("产出指标", "时效指标", "项目完工时间", "2023年12月31日前", "2023年12月22日", 6, 6, ""),
    ("产出指标", "成本指标", "每公里管网建设成本", "≤38万元", "37.2万元", 8, 8, ""),
    ("效益指标", "社会效益指标", "新增受益人口", "≥18万人", "17.1万人", 10, 9.5,
     "2个乡镇管网接入滞后，2024年上半年通水。"),
    ("效益指标", "社会效益指标", "农村自来水普及率", "≥92%", (0.931, PCT1), 10, 10, ""),
    ("效益指标", "可持续影响指标", "供水工程运行管护机制", "健全", "健全", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (0.946, PCT1), 10, 10, ""),
]


def xls251(out: Path) -> None:
    """Shaoyang (Hunan): a SECOND header row under each header holding only column letters (A / B / C=B/A in
    the fund block, A-F under the indicator heads), as the province's template prints them."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHI", (11, 13, 24, 16, 15, 8, 8, 26, 4)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年邵阳市城乡供水一体化项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:C4", "邵阳市水利局", left=True)
    put(ws, "D4", "实施单位")
    merge(ws, "E4:H4", "邵阳市城乡供水服务中心", left=True)
    merge(ws, "A5:A10", "项目资金\n（万元）")
    for col, text, letter in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"),
                                 ("", "A", "B", "C", "D=C/B", "E", "F=D×E")):
        put(ws, f"{col}5", text)
        put(ws, f"{col}6", letter)
    put(ws, "B7", "年度资金总额")
    for col in "CDE":
        put(ws, f"{col}7", f"=SUM({col}8:{col}10)", MONEY)
    put(ws, "F7", "=E7/D7", PCT2)
    put(ws, "G7", 10)
    put(ws, "H7", "=ROUND(F7*G7,2)", "0.00")
    for r, (text, vals) in enumerate([("其中：中央补助资金", (1800, 1800, 1800)), ("省级补助资金", (900, 900, 900)),
                                      ("市级财政资金", (1500, 1800, 1674))], start=8):
        put(ws, f"B{r}", text)
        for col, v in zip("CDE", vals):
            put(ws, f"{col}{r}", v, MONEY)
        for col in "FGH":
            put(ws, f"{col}{r}", "—")
    for col, text, letter in zip("ABCDEFGH", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                              "得分", "偏差原因分析及改进措施"),
                                 ("", "", "", "A", "B", "C", "D", "")):
        put(ws, f"{col}11", text)
        put(ws, f"{col}12", letter)
    first = 13
    levels(ws, "A", "B", first, ROWS251)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS251):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"H{r}", note, left=True)
        ws.row_dimensions[r].height = 28 if note else 18
    end = first + len(ROWS251)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+G7")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+H7", "0.00")
    put(ws, f"H{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：曾某某　　联系电话：0739-5321×××　　填报日期：2024年3月20日"
    landscape(ws)
    wb.save(out)


# Nanyang: (l1, l2, name, target, actual, weight, score, note); notes with figures on met and missed rows
ROWS252 = [
    ("产出指标", "数量指标", "新建中药材标准化种植基地", "≥12个", "13个", "8", "8",
     "因2个乡镇新增申报，新建基地13个，完成率108.3%。"),
    ("产出指标", "数量指标", "中药材种植面积", "≥8万亩", "8.42万亩", "7", "7", "超额完成0.42万亩。"),
    ("产出指标", "数量指标", "开展种植技术培训", "≥60期", "54期", "5", "4.5",
     "因3期培训与秋收冲突延期至2024年1月，另3期合并举办，完成率90%。"),
    ("产出指标", "质量指标", "种苗检测合格率", "≥95%", "96.8%", "6", "6", ""),
    ("产出指标", "质量指标", "基地农残抽检合格率", "100%", "100%", "6", "6", "全年抽检126批次，均合格。"),
    ("产出指标", "时效指标", "补助资金拨付时间", "2023年10月31日前", "2023年10月25日", "6", "6", ""),
    ("产出指标", "成本指标", "每亩种植补助标准", "≤300元", "300元", "6", "6", ""),
    ("效益指标", "经济效益指标", "带动种植户增收", "≥6000万元", "5520万元", "10", "9.2",
     "受6-7月持续降雨影响，3个基地减产约15%，完成率92%。"),
    ("效益指标", "社会效益指标", "带动农户就业", "≥4500人", "4630人", "8", "8", "其中脱贫户1260人，占27.2%。"),
    ("效益指标", "生态效益指标", "基地化肥农药使用量减少", "≥10%", "11.6%", "5", "5", ""),
    ("效益指标", "可持续影响指标", "中药材产业链条", "逐步完善", "逐步完善", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "92.5%", "10", "10", "发放问卷500份，收回486份。"),
    ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥85%", "89.1%", "5", "5", ""),
]


def html252(out: Path) -> None:
    """Nanyang (Henan): 偏差原因 cells full of prose figures (counts, rates, shares) on rows that met their
    target and on rows that missed."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:9.5pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}@page{size:A4 landscape;margin:12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>南阳市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年南阳市中药材产业发展项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">南阳市农业农村局</td><td class="h">实施单位</td>'
         '<td colspan="3">南阳市经济作物推广站</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h">&nbsp;</td>'
         '<td class="h">年初预算数</td><td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td>'
         '<td class="h">执行率</td><td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>3,000.00</td><td>3,200.00</td><td>3,104.00</td><td>10</td>"
         "<td>97.00%</td><td>9.70</td></tr>",
         "<tr><td>其中：省级补助资金</td><td>1,000.00</td><td>1,000.00</td><td>1,000.00</td><td>—</td>"
         "<td>—</td><td>—</td></tr>",
         "<tr><td>市级财政资金</td><td>2,000.00</td><td>2,200.00</td><td>2,104.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in ["一级指标", "二级指标", "三级指标", "年度指标值",
                                                            "实际完成值", "分值", "得分", "偏差原因分析"]) + "</tr>"]
    starts = {depth: {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS252, depth)} for depth in (0, 1)}
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS252):
        cells = []
        for depth, text in ((0, l1), (1, l2)):
            if i in starts[depth]:
                span = starts[depth][i]
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>98.40</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：韩某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0377-6312×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月15日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# Huanggang: approximate words (约, 近, 超过, 逾, 余, 左右) on targets and actuals
ROWS253 = [
    ("产出指标", "数量指标", "开展留守儿童关爱走访", "超过3000人次", "3260人次", "8", "8", ""),
    ("产出指标", "数量指标", "建设村（社区）儿童之家", "≥45个", "46个", "6", "6", ""),
    ("产出指标", "数量指标", "受助留守儿童", "约1200人", "1200余人", "6", "6", ""),
    ("产出指标", "数量指标", "发放学习生活用品", "1500余份", "约1650份", "5", "5", ""),
    ("产出指标", "数量指标", "培训儿童督导员", "约400人", "近360人", "6", "5.4",
     "部分乡镇督导员岗位调整，培训推迟至2024年。"),
    ("产出指标", "质量指标", "儿童之家规范化达标率", "≥95%", "约97%", "6", "6", ""),
    ("产出指标", "时效指标", "暑期关爱活动完成时间", "2023年8月31日前", "2023年8月25日", "5", "5", ""),
    ("产出指标", "成本指标", "每个儿童之家运营补助", "2万元左右", "1.96万元", "6", "6", ""),
    ("效益指标", "社会效益指标", "受益留守儿童家庭", "逾1000户", "1086户", "10", "10", ""),
    ("效益指标", "社会效益指标", "留守儿童意外伤害事件", "0起", "0起", "8", "8", ""),
    ("效益指标", "可持续影响指标", "关爱服务长效机制", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "留守儿童及监护人满意度", "≥90%", "约94%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%", "近93%", "6", "6", ""),
]


def doc253(out: Path) -> None:
    """Huanggang (Hubei): approximate words on targets and actuals (约1200人, 1200余人, 超过3000人次, 逾1000户,
    近360人, 2万元左右), as officials type round figures."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年黄冈市农村留守儿童关爱服务项目", "dept": "黄冈市民政局",
                   "agency": "黄冈市未成年人救助保护中心"},
               ("1,600.00", "1,680.00", "1,646.40", "10", "98.00%", "9.80"),
               [("其中：省级补助资金", "600.00", "600.00", "600.00"),
                ("市级财政资金", "1,000.00", "1,080.00", "1,046.40")],
               [1.8, 3.0, 2.0, 2.0, 2.0, 1.2, 1.6, 1.4])
    para(d, "")
    n = len(ROWS253)
    t = grid_table(d, n + 2, 8, [1.6, 1.9, 3.6, 2.0, 2.0, 1.1, 1.2, 3.0], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for depth in (0, 1):
        for a, b, text in _prefix_runs(ROWS253, depth):
            vmerge(t, depth, 1 + a, 1 + b, text)
    for r, (_l1, _l2, *rest) in enumerate(ROWS253, start=1):
        for c, text in enumerate(rest, start=2):
            fill(t.cell(r, c), text)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    fill(t.cell(n + 1, 5), "100")
    fill(t.cell(n + 1, 6), "99.20")
    fill(t.cell(n + 1, 7), "自评等级：优")
    para(d, "填报人：汪某某　　联系电话：0713-8356×××　　填报日期：2024年3月11日")
    d.save(out)


# Ji'an: names carrying footnote marks (①, ¹, [1], *), the footnotes under the table
ROWS254 = [
    ("产出指标", "数量指标", "新增地理标志农产品①", "≥3个", "3个", 8, 8, ""),
    ("产出指标", "数量指标", "建设地理标志产品标准化基地¹", "≥10个", "11个", 7, 7, ""),
    ("产出指标", "数量指标", "开展品牌宣传推介活动[1]", "≥15场", "16场", 5, 5, ""),
    ("产出指标", "质量指标", "地理标志产品质量抽检合格率²", "≥98%", (0.991, PCT1), 6, 6, ""),
    ("产出指标", "质量指标", "授权用标主体规范用标率*", "100%", (1, PCT0), 6, 6, ""),
    ("产出指标", "时效指标", "项目完成时间", "2023年12月31日前", "2023年12月15日", 6, 6, ""),
    ("产出指标", "成本指标", "每个标准化基地建设补助", "≤30万元", "29.5万元", 8, 8, ""),
    ("效益指标", "经济效益指标", "地理标志产品销售额增长率*", "≥10%", (0.086, PCT1), 10, 8.6,
     "受市场价格下行影响，销售额增长低于预期。"),
    ("效益指标", "社会效益指标", "带动农户", "≥1.5万户", "1.58万户", 10, 10, ""),
    ("效益指标", "可持续影响指标", "地理标志保护管理制度", "健全", "健全", 8, 8, ""),
    ("满意度指标", "服务对象满意度指标", "用标企业满意度②", "≥90%", (0.952, PCT1), 8, 8, ""),
    ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥85%", (0.904, PCT1), 8, 8, ""),
]


def xls254(out: Path) -> None:
    """Ji'an (Jiangxi): indicator names carrying footnote marks of four kinds (①, ¹, [1], *), the footnotes
    in merged cells under the table."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGH", (11, 13, 28, 16, 15, 8, 8, 26)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年吉安市地理标志农产品保护工程", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:C4", "吉安市农业农村局", left=True)
    put(ws, "D4", "实施单位")
    merge(ws, "E4:H4", "吉安市农产品质量安全检测中心", left=True)
    total = _xls_fund(ws, 5, "ABCDEFGH", "项目资金（万元）",
                      [("其中：省级补助资金", (300, 300, 300)), ("市级财政资金", (680, 750, 718.5))])
    for col, text in zip("ABCDEFGH", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                       "偏差原因分析及改进措施")):
        put(ws, f"{col}9", text)
    first = 10
    levels(ws, "A", "B", first, ROWS254)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS254):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"H{r}", note, left=True)
        ws.row_dimensions[r].height = 28 if note else 18
    end = first + len(ROWS254)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+F{total}")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+H{total}", "0.00")
    put(ws, f"H{end}", "自评等级：优")
    notes = ["注：①含国家农产品地理标志登记和地理标志证明商标；②抽样调查，样本量120家。",
             "¹含省级以上标准化基地；²由第三方检测机构抽检，全年抽检86批次。",
             "[1]含线上直播推介6场。*为核心指标。"]
    for k, text in enumerate(notes, start=end + 1):
        ws.merge_cells(f"A{k}:H{k}")
        ws[f"A{k}"] = text
        ws[f"A{k}"].alignment = WRAP_LEFT
    ws[f"A{end + 5}"] = "填报人：肖某某　　联系电话：0796-8225×××　　填报日期：2024年3月18日"
    landscape(ws)
    wb.save(out)


# Lishui: (l1, l2, name, target, actual, weight, score, note); level 2 as subheading rows over the name columns
ROWS255 = [
    ("产出指标", "数量指标", "完成山塘除险加固", "≥120座", "124座", "8", "8", ""),
    ("产出指标", "数量指标", "整治山塘溢洪道", "≥85处", "88处", "6", "6", ""),
    ("产出指标", "数量指标", "安装山塘安全监测设施", "≥120套", "124套", "6", "6", ""),
    ("产出指标", "质量指标", "单位工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "坝体防渗处理达标率", "≥95%", "97.4%", "6", "6", ""),
    ("产出指标", "时效指标", "主汛期前完工率", "≥90%", "86.3%", "6", "5.75", "5座山塘因村民协调延至7月完工。"),
    ("产出指标", "成本指标", "每座山塘平均加固成本", "≤45万元", "43.6万元", "8", "8", ""),
    ("效益指标", "社会效益指标", "保护下游人口", "≥3.6万人", "3.72万人", "10", "10", ""),
    ("效益指标", "社会效益指标", "保护下游农田", "≥2.4万亩", "2.46万亩", "10", "10", ""),
    ("效益指标", "生态效益指标", "恢复山塘蓄水能力", "≥180万立方米", "186万立方米", "8", "8", ""),
    ("效益指标", "可持续影响指标", "山塘安全运行管护责任制", "落实", "落实", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "下游群众满意度", "≥90%", "95.1%", "8", "8", ""),
]
ORDINALS255 = "一二三四五六七"


def html255(out: Path) -> None:
    """Lishui (Zhejiang): level 1 a rowspan column on the left; level 2 as SUBHEADING rows spanning only the
    序号 / 指标名称 columns ((一)数量指标), the value cells of those rows left empty."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:9.5pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}td.s{text-align:left;font-weight:bold}"
           "@page{size:A4;margin:14mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>丽水市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年丽水市山塘除险加固项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">丽水市水利局</td><td class="h">实施单位</td>'
         '<td colspan="3">丽水市水利工程建设管理中心</td></tr>',
         '<tr><td class="h" rowspan="5">项目资金<br>（万元）</td><td class="h">&nbsp;</td>'
         '<td class="h">年初预算数</td><td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td>'
         '<td class="h">执行率</td><td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>5,400.00</td><td>5,600.00</td><td>5,437.60</td><td>10</td>"
         "<td>97.10%</td><td>9.71</td></tr>",
         "<tr><td>其中：省级补助资金</td><td>2,000.00</td><td>2,000.00</td><td>2,000.00</td><td>—</td>"
         "<td>—</td><td>—</td></tr>",
         "<tr><td>市级财政资金</td><td>1,600.00</td><td>1,600.00</td><td>1,600.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>县级财政资金</td><td>1,800.00</td><td>2,000.00</td><td>1,837.60</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in ["一级指标", "序号", "指标名称", "年度指标值",
                                                            "实际完成值", "分值", "得分", "偏差原因分析"]) + "</tr>"]
    groups = _prefix_runs(ROWS255, 1)
    for a1, b1, l1 in _prefix_runs(ROWS255, 0):
        mine = [g for g in groups if a1 <= g[0] <= b1]
        span = (b1 - a1 + 1) + len(mine)
        first = True
        for k, (a, b, l2) in enumerate(mine):
            lead = f'<td rowspan="{span}">{l1}</td>' if first else ""
            first = False
            h.append(f'<tr>{lead}<td class="s" colspan="2">（{ORDINALS255[k]}）{l2}</td>'
                     + "<td>&nbsp;</td>" * 5 + "</tr>")
            for n, (_l1, _l2, name, target, actual, weight, score, why) in enumerate(ROWS255[a:b + 1], start=1):
                h.append(f"<tr><td>{n}</td><td class=\"l\">{name}</td><td>{target}</td><td>{actual}</td>"
                         f"<td>{weight}</td><td>{score}</td><td class=\"l\">{why or '&nbsp;'}</td></tr>")
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>99.46</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：叶某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0578-2137×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月19日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


DOCX.update({"250": doc250, "253": doc253})
XLSX.update({"251": xls251, "254": xls254})
HTML.update({"252": html252, "255": html255})

# ---------------------------------------------------------------- 268-273: thirty-fourth set (structures, tenth round)

# Wuzhou: (l1, l2, name, actual, target, score, weight, note): the columns in the order the county's template has
ROWS268 = [
    ("产出指标", "数量指标", "新建改造塑胶跑道学校", "33所", "≥32所", "8", "8", ""),
    ("产出指标", "数量指标", "新建笼式足球场", "18个", "≥18个", "7", "7", ""),
    ("产出指标", "数量指标", "配备体育器材", "126套", "≥120套", "5", "5", ""),
    ("产出指标", "质量指标", "场地工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "塑胶面层环保检测合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "暑期施工完成时间", "2023年8月28日", "2023年8月31日前", "6", "6", ""),
    ("产出指标", "成本指标", "每平方米塑胶跑道造价", "305元", "≤320元", "6", "6", ""),
    ("效益指标", "社会效益指标", "惠及在校学生", "4.68万人", "≥4.5万人", "10", "10", ""),
    ("效益指标", "社会效益指标", "学生体质健康测试达标率", "90.6%", "≥92%", "9.85", "10",
     "部分新建场地9月后投入使用，测试前锻炼时间不足；2024年加强课后训练。"),
    ("效益指标", "可持续影响指标", "课后向社会开放场地学校", "16所", "≥15所", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "学生满意度", "95.2%", "≥90%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "家长满意度", "93.1%", "≥90%", "8", "8", ""),
]


def doc268(out: Path) -> None:
    """Wuzhou (Guangxi): the indicator columns in an UNUSUAL ORDER: 实际完成值 LEFT of 年度指标值 and 得分 LEFT of
    分值, as the county's template has them."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年梧州市中小学体育场地设施提升项目", "dept": "梧州市教育局",
                   "agency": "梧州市学校后勤服务中心"},
               ("1,200.00", "1,260.00", "1,234.80", "10", "98.00%", "9.80"),
               [("其中：自治区补助资金", "500.00", "500.00", "500.00"),
                ("市级财政资金", "700.00", "760.00", "734.80")],
               [1.8, 2.9, 2.1, 2.1, 2.1, 1.1, 2.0, 1.4])
    para(d, "")
    n = len(ROWS268)
    t = grid_table(d, n + 2, 8, [1.5, 1.9, 3.1, 2.1, 2.3, 1.5, 1.2, 2.9], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "实际完成值", "年度指标值", "得分", "分值",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for depth in (0, 1):
        for a, b, text in _prefix_runs(ROWS268, depth):
            vmerge(t, depth, 1 + a, 1 + b, text)
    for r, (_l1, _l2, *rest) in enumerate(ROWS268, start=1):
        for c, text in enumerate(rest, start=2):
            fill(t.cell(r, c), text)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    fill(t.cell(n + 1, 5), "99.65")
    fill(t.cell(n + 1, 6), "100")
    fill(t.cell(n + 1, 7), "自评等级：优")
    para(d, "填报人：覃某某　　联系电话：0774-3826×××　　填报日期：2024年3月14日")
    d.save(out)


# Chenzhou: (l1, l2, name, target, actual, weight, self score, reviewed score, note)
ROWS269 = [
    ("产出指标", "数量指标", "入湖河流综合整治长度", "≥42公里", "43.5公里", 8, 8, 8, ""),
    ("产出指标", "数量指标", "建设生态缓冲带", "≥1200亩", "1260亩", 7, 7, 7, ""),
    ("产出指标", "数量指标", "建设农村生活污水处理设施", "≥35处", "36处", 7, 7, 7, ""),
    ("产出指标", "质量指标", "入湖河流断面水质达标率", "≥95%", (0.968, PCT1), 7, 7, 7, ""),
    ("产出指标", "质量指标", "工程验收合格率", "100%", (1, PCT0), 6, 6, 6, ""),
    ("产出指标", "时效指标", "整治工程完工时间", "2023年11月30日前", "2023年11月20日", 5, 5, 5, ""),
    ("产出指标", "成本指标", "每公里河道整治成本", "≤55万元", "53.8万元", 6, 6, 6, ""),
    ("效益指标", "生态效益指标", "东江湖湖体水质", "保持Ⅰ类", "保持Ⅰ类", 10, 10, 10, ""),
    ("效益指标", "生态效益指标", "入湖总磷负荷削减率", "≥8%", (0.072, PCT1), 10, 9, 9,
     "2023年汛期降雨偏多，面源污染入湖量增加；2024年加密监测、扩大缓冲带。"),
    ("效益指标", "社会效益指标", "受益人口", "≥12万人", "12.6万人", 6, 6, 5.5,
     "复核意见：受益人口统计含两乡镇重复人口，扣0.5分。"),
    ("满意度指标", "服务对象满意度指标", "沿湖群众满意度", "≥90%", (0.934, PCT1), 9, 9, 9, ""),
    ("满意度指标", "服务对象满意度指标", "游客满意度", "≥85%", (0.892, PCT1), 9, 9, 9, ""),
]


def xls269(out: Path) -> None:
    """Chenzhou (Hunan): TWO SCORE COLUMNS, 自评得分 and 主管部门复核得分 (the fund row and 总分 too); the
    self-evaluation score is the form's own."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHI", (11, 18, 24, 15, 14, 8, 9, 13, 28)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:I1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:I3", "2023年郴州市东江湖水环境保护项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "郴州市生态环境局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:I4", "郴州市东江湖水环境保护中心", left=True)
    merge(ws, "A5:A8", "项目资金\n（万元）")
    for col, text in zip("BCDEFGHI", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评得分",
                                      "主管部门复核得分")):
        put(ws, f"{col}5", text)
    put(ws, "B6", "年度资金总额")
    for col in "CDE":
        put(ws, f"{col}6", f"=SUM({col}7:{col}8)", MONEY)
    put(ws, "F6", 10)
    put(ws, "G6", "=E6/D6", PCT2)
    put(ws, "H6", "=ROUND(F6*G6,2)", "0.00")
    put(ws, "I6", "=ROUND(F6*G6,2)", "0.00")
    for r, (text, vals) in enumerate([("其中：省级补助资金", (1200, 1200, 1200)),
                                      ("市级财政资金", (1400, 1600, 1541.2))], start=7):
        put(ws, f"B{r}", text)
        for col, v in zip("CDE", vals):
            put(ws, f"{col}{r}", v, MONEY)
        for col in "FGHI":
            put(ws, f"{col}{r}", "—")
    for col, text in zip("ABCDEFGHI", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                       "自评得分", "主管部门复核得分", "偏差原因分析及复核意见")):
        put(ws, f"{col}9", text)
    for r in (5, 9):
        ws.row_dimensions[r].height = 30
    first = 10
    levels(ws, "A", "B", first, ROWS269)
    for i, (_l1, _l2, name, target, actual, weight, score, review, note) in enumerate(ROWS269):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"H{r}", review, "0.00" if review != int(review) else None)
        put(ws, f"I{r}", note, left=True)
        ws.row_dimensions[r].height = 40 if note else 18
    end = first + len(ROWS269)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+F6")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+H6", "0.00")
    put(ws, f"H{end}", f"=SUM(H{first}:H{end - 1})+I6", "0.00")
    put(ws, f"I{end}", "自评等级：优；复核等级：优")
    ws[f"A{end + 1}"] = "注：自评得分由项目单位填报，主管部门复核得分由郴州市生态环境局复核后填列。"
    ws[f"A{end + 3}"] = "填报人：李某某　　复核人：黄某某　　联系电话：0735-2283×××　　填报日期：2024年3月21日"
    landscape(ws)
    wb.save(out)


# Huai'an: (l1, name cell "二级：三级" or "二级-三级", target, actual, weight, score, note); only a level-1 column
ROWS270 = [
    ("产出指标", "数量指标：培训高素质农民", "≥2000人", "2080人", "8", "8", ""),
    ("产出指标", "数量指标：开展田间实训", "≥120场次", "126场次", "6", "6", ""),
    ("产出指标", "数量指标：认定新型职业农民", "≥600人", "566人", "6", "5.66",
     "部分学员未满足认定年限要求，顺延至2024年认定。"),
    ("产出指标", "质量指标：培训考核合格率", "≥95%", "97.3%", "6", "6", ""),
    ("产出指标", "质量指标：学员到课率", "≥90%", "93.5%", "6", "6", ""),
    ("产出指标", "时效指标：培训任务完成时间", "2023年11月30日前", "2023年11月25日", "6", "6", ""),
    ("产出指标", "成本指标：人均培训补助标准", "≤3000元", "2980元", "6", "6", ""),
    ("效益指标", "经济效益指标-学员人均增收", "≥2000元", "2150元", "10", "10", ""),
    ("效益指标", "社会效益指标-带动周边农户", "≥6000户", "6240户", "10", "10", ""),
    ("效益指标", "可持续影响指标-学员跟踪服务机制", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标：学员满意度", "≥92%", "96.1%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标：基层农技人员满意度", "≥90%", "92.4%", "8", "8", ""),
]


def html270(out: Path) -> None:
    """Huai'an (Jiangsu): ONLY a level-1 column; the level-2 name a PREFIX inside the indicator-name cell
    (数量指标：培训高素质农民, 经济效益指标-学员人均增收)."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}@page{size:A4;margin:14mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>淮安市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年淮安市高素质农民培育项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">淮安市农业农村局</td><td class="h">实施单位</td>'
         '<td colspan="3">淮安市农业广播电视学校</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h">&nbsp;</td>'
         '<td class="h">年初预算数</td><td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td>'
         '<td class="h">执行率</td><td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>560.00</td><td>600.00</td><td>583.20</td><td>10</td>"
         "<td>97.20%</td><td>9.72</td></tr>",
         "<tr><td>其中：中央补助资金</td><td>400.00</td><td>400.00</td><td>400.00</td><td>—</td><td>—</td><td>—</td></tr>",
         "<tr><td>市级财政资金</td><td>160.00</td><td>200.00</td><td>183.20</td><td>—</td><td>—</td><td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in ["一级指标", "指标名称", "年度指标值", "实际完成值",
                                                            "分值", "得分", "偏差原因分析"]) + "</tr>"]
    starts = {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS270, 0)}
    for i, (l1, name, target, actual, weight, score, why) in enumerate(ROWS270):
        lead = f'<td rowspan="{starts[i]}">{l1}</td>' if i in starts else ""
        h.append(f'<tr>{lead}<td class="l">{name}</td><td>{target}</td><td>{actual}</td><td>{weight}</td>'
                 f'<td>{score}</td><td class="l">{why or "&nbsp;"}</td></tr>')
    h += ['<tr><td class="h" colspan="4">总分</td><td>100</td><td>99.38</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：朱某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0517-8360×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月13日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# Dezhou: (l1, l2, name, target, actual, weight, score, note); the fund block comes AFTER the indicators
ROWS271 = [
    ("产出指标", "数量指标", "开发城乡公益性岗位", "≥4000个", "4120个", "8", "8", ""),
    ("产出指标", "数量指标", "安置就业困难人员上岗", "≥3800人", "3965人", "8", "8", ""),
    ("产出指标", "数量指标", "开展岗前培训", "≥60期", "62期", "5", "5", ""),
    ("产出指标", "质量指标", "岗位人员在岗率", "≥95%", "97.6%", "6", "6", ""),
    ("产出指标", "质量指标", "岗位补贴足额发放率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "补贴按月发放及时率", "≥98%", "99.2%", "5", "5", ""),
    ("产出指标", "成本指标", "乡村公益性岗位月补贴标准", "≤900元", "900元", "6", "6", ""),
    ("效益指标", "经济效益指标", "岗位人员人均年增收", "≥9000元", "9600元", "8", "8", ""),
    ("效益指标", "社会效益指标", "保洁护路覆盖村庄", "≥2600个", "2580个", "8", "7.94",
     "20个村因合村并居调整，岗位延至2024年设置。"),
    ("效益指标", "社会效益指标", "脱贫享受政策人口安置占比", "≥30%", "32.5%", "7", "7", ""),
    ("效益指标", "可持续影响指标", "公益性岗位管理制度", "健全", "健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "岗位人员满意度", "≥90%", "94.2%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "村（居）民满意度", "≥90%", "91.8%", "8", "8", ""),
]


def doc271(out: Path) -> None:
    """Dezhou (Shandong): the FUND BLOCK BELOW the indicator table (一、绩效指标完成情况 first, then
    二、预算执行情况), the 总分 in a closing table under both."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    t = grid_table(d, 2, 4, [2.4, 6.2, 2.4, 5.0], "Table Grid")
    fill(t.cell(0, 0), "项目名称")
    fill(t.cell(0, 1).merge(t.cell(0, 3)), "2023年德州市城乡公益性岗位扩容提质项目")
    fill(t.cell(1, 0), "主管部门")
    fill(t.cell(1, 1), "德州市人力资源和社会保障局")
    fill(t.cell(1, 2), "实施单位")
    fill(t.cell(1, 3), "德州市公共就业和人才服务中心")
    para(d, "")
    para(d, "一、绩效指标完成情况", 12, True)
    body = grid_table(d, len(ROWS271) + 1, 8, [1.5, 1.9, 3.3, 2.1, 2.0, 1.1, 1.3, 2.9], "Table Grid")
    for c, text in enumerate(HEADS214):
        fill(body.cell(0, c), text)
    repeat_header(body.rows[0])
    indicator_rows(body, 1, ROWS271, IND_COLS)
    d.add_page_break()
    para(d, "二、预算执行情况（单位：万元）", 12, True)
    f = grid_table(d, 4, 7, [3.8, 2.2, 2.2, 2.2, 1.3, 1.8, 1.5], "Table Grid")
    for c, text in enumerate(["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        fill(f.cell(0, c), text)
    for r, row in enumerate([("年度资金总额", "3,500.00", "3,620.00", "3,580.18", "10", "98.90%", "9.89"),
                             ("其中：省级补助资金", "1,500.00", "1,500.00", "1,500.00", "—", "—", "—"),
                             ("市级财政资金", "2,000.00", "2,120.00", "2,080.18", "—", "—", "—")], start=1):
        for c, text in enumerate(row):
            fill(f.cell(r, c), text)
    para(d, "")
    para(d, "三、自评结论", 12, True)
    s = grid_table(d, 1, 6, [2.4, 2.0, 2.6, 2.2, 2.6, 2.2], "Table Grid")
    for c, text in enumerate(["总分", "100", "自评得分", "99.83", "自评等级", "优"]):
        fill(s.cell(0, c), text)
    para(d, "填报人：孙某某　　联系电话：0534-2681×××　　填报日期：2024年3月18日")
    d.save(out)


# Baoding: (l1, l2, name, target, actual, weight in % of the 90-point indicator part, score in points, note)
ROWS272 = [
    ("产出指标", "数量指标", "完成清洁取暖改造户数", "≥2.8万户", "2.86万户", "10%", 9, ""),
    ("产出指标", "数量指标", "改造村庄", "≥150个", "152个", "8%", 7.2, ""),
    ("产出指标", "数量指标", "建设村级燃气管网", "≥420公里", "436公里", "6%", 5.4, ""),
    ("产出指标", "质量指标", "改造工程验收合格率", "100%", (1, PCT0), "8%", 7.2, ""),
    ("产出指标", "质量指标", "采暖设备安全检测合格率", "100%", (1, PCT0), "6%", 5.4, ""),
    ("产出指标", "时效指标", "采暖季前通气通电率", "≥98%", (0.985, PCT1), "6%", 5.4, ""),
    ("产出指标", "成本指标", "户均改造补助", "≤8000元", "7850元", "6%", 5.4, ""),
    ("效益指标", "生态效益指标", "减少散煤燃烧", "≥5.6万吨", "5.2万吨", "12%", 10.03,
     "部分改造户保留散煤炉具备用，散煤替代量低于预期；2024年加强散煤清零巡查。"),
    ("效益指标", "生态效益指标", "PM2.5年均浓度同比下降", "≥5%", (0.063, PCT1), "10%", 9, ""),
    ("效益指标", "社会效益指标", "受益群众", "≥9万人", "9.3万人", "8%", 7.2, ""),
    ("效益指标", "可持续影响指标", "清洁取暖设施运维管护机制", "健全", "健全", "5%", 4.5, ""),
    ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%", (0.936, PCT1), "15%", 13.5, ""),
]


def xls272(out: Path) -> None:
    """Baoding (Hebei): a 权重（%） column whose weights are PERCENTAGES OF THE INDICATOR PART (summing to 100%),
    the scores in points; a 注 says the part is 90 points (分值 = 权重 × 90分)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGH", (16, 19, 26, 15, 14, 10, 9, 30)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年保定市农村地区清洁取暖改造项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:C4", "保定市住房和城乡建设局", left=True)
    put(ws, "D4", "实施单位")
    merge(ws, "E4:H4", "保定市城乡建设服务中心", left=True)
    total = _xls_fund(ws, 5, "ABCDEFGH", "项目资金（万元）",
                      [("其中：中央补助资金", (9000, 9000, 9000)), ("省级补助资金", (4200, 4200, 4200)),
                       ("市县财政资金", (3600, 4300, 3985))])
    head = total + 4
    for col, text in zip("ABCDEFGH", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重（%）",
                                      "得分", "偏差原因分析及改进措施")):
        put(ws, f"{col}{head}", text)
    first = head + 1
    levels(ws, "A", "B", first, ROWS272)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS272):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"H{r}", note, left=True)
        ws.row_dimensions[r].height = 40 if note else 18
    ws.row_dimensions[first + len(ROWS272) - 1].height = 30   # the lone 满意度 row: its level-2 name wraps
    end = first + len(ROWS272)
    merge(ws, f"A{end}:E{end}", "绩效指标合计")
    put(ws, f"F{end}", "100%")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})", "0.00")
    put(ws, f"H{end}", "")
    merge(ws, f"A{end + 1}:E{end + 1}", "总分（预算执行率10分＋绩效指标90分）")
    put(ws, f"F{end + 1}", "100分")
    put(ws, f"G{end + 1}", f"=G{end}+H{total}", "0.00")
    put(ws, f"H{end + 1}", "自评等级：优")
    ws.merge_cells(f"A{end + 2}:H{end + 2}")
    ws[f"A{end + 2}"] = ("注：绩效指标部分满分90分，权重为各指标占绩效指标部分的百分比，指标分值＝权重×90分，"
                         "得分按分值计（如权重10%的指标满分9分）。")
    ws[f"A{end + 2}"].alignment = WRAP_LEFT
    ws.row_dimensions[end + 2].height = 30
    ws[f"A{end + 4}"] = "填报人：王某某　　联系电话：0312-5026×××　　填报日期：2024年3月22日"
    landscape(ws)
    wb.save(out)


# Lu'an: (l1, l2, name, target, actual, weight, score, note); each level 1 closed by its 小计 row
ROWS273 = [
    ("产出指标", "数量指标", "松材线虫病疫木除治", "≥12万株", "12.6万株", "8", "8", ""),
    ("产出指标", "数量指标", "春秋两季疫情普查面积", "≥180万亩", "184.5万亩", "6", "6", ""),
    ("产出指标", "数量指标", "悬挂媒介昆虫诱捕器", "≥2.6万套", "2.6万套", "5", "5", ""),
    ("产出指标", "数量指标", "飞机防治媒介昆虫面积", "≥45万亩", "45万亩", "5", "5", ""),
    ("产出指标", "质量指标", "疫木除治质量合格率", "≥98%", "98.9%", "6", "6", ""),
    ("产出指标", "质量指标", "疫木粉碎（切片）处置率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "冬春季疫木除治完成时间", "2023年4月30日前", "2023年4月26日", "5", "5", ""),
    ("产出指标", "成本指标", "每株疫木除治成本", "≤85元", "82元", "5", "5", ""),
    ("效益指标", "生态效益指标", "疫情发生面积下降率", "≥10%", "8.5%", "10", "8.5",
     "金寨县新发疫点2处，发生面积降幅低于目标；2024年扩大秋季普查范围。"),
    ("效益指标", "生态效益指标", "拔除疫点", "≥6个", "7个", "8", "8", ""),
    ("效益指标", "社会效益指标", "重点生态区域新发疫情", "0起", "0起", "6", "6", ""),
    ("效益指标", "可持续影响指标", "疫情联防联治机制", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "93.7%", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "林业经营主体满意度", "≥85%", "90.2%", "7", "7", ""),
]


def html273(out: Path) -> None:
    """Lu'an (Anhui): a 小计 ROW closing each level-1 group (its weights and scores summed), the level-1 cell
    spanning the group and its 小计, then 总分."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:9.5pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}tr.sub td{font-weight:bold;background:#f2f2f2}"
           "@page{size:A4;margin:14mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>六安市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年六安市松材线虫病防治项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">六安市林业局</td><td class="h">实施单位</td>'
         '<td colspan="3">六安市林业有害生物防治检疫站</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h">&nbsp;</td>'
         '<td class="h">年初预算数</td><td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td>'
         '<td class="h">执行率</td><td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>1,450.00</td><td>1,520.00</td><td>1,491.12</td><td>10</td>"
         "<td>98.10%</td><td>9.81</td></tr>",
         "<tr><td>其中：中央补助资金</td><td>800.00</td><td>800.00</td><td>800.00</td><td>—</td>"
         "<td>—</td><td>—</td></tr>",
         "<tr><td>市级财政资金</td><td>650.00</td><td>720.00</td><td>691.12</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in ["一级指标", "二级指标", "三级指标", "年度指标值",
                                                            "实际完成值", "分值", "得分", "偏差原因分析"]) + "</tr>"]
    subtotals = {"产出指标": ("46", "46"), "效益指标": ("30", "28.5"), "满意度指标": ("14", "14")}
    for a1, b1, l1 in _prefix_runs(ROWS273, 0):
        group = ROWS273[a1:b1 + 1]
        runs = {a: b - a + 1 for a, b, _t in _prefix_runs(group, 1)}
        for k, (_l1, l2, name, target, actual, weight, score, why) in enumerate(group):
            cells = [f'<td rowspan="{len(group) + 1}">{l1}</td>'] if k == 0 else []
            if k in runs:
                cells.append(f'<td rowspan="{runs[k]}">{l2}</td>' if runs[k] > 1 else f"<td>{l2}</td>")
            cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                      f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
            h.append(f"<tr>{''.join(cells)}</tr>")
        w, s = subtotals[l1]
        h.append(f'<tr class="sub"><td colspan="4">小计</td><td>{w}</td><td>{s}</td><td>&nbsp;</td></tr>')
    h += ['<tr><td class="h" colspan="5">总分（含预算执行率10分）</td><td>100</td><td>98.31</td>'
          '<td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：储某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0564-3371×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月20日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


DOCX.update({"268": doc268, "271": doc271})
XLSX.update({"269": xls269, "272": xls272})
HTML.update({"270": html270, "273": html273})


# ---------------------------------------------------------------- 256-261: thirty-second set (ordinary forms, third round)
# Six ordinary self-evaluation forms of places no set has had, one per way files are made: (l1, l2, name, target,
# actual, weight, score, note); the fund weighs 10 of the form's 100 points.


def _fit256(t, widths_cm: list[float]) -> None:
    """Column widths reset on a made table (grid and every cell, spans summed) and rows kept whole on a page
    (w:cantSplit), as a provincial template sets its tables."""
    for col, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        col.set(qn("w:w"), str(int(Cm(w).twips)))
    for tr in t._tbl.findall(qn("w:tr")):
        tr.get_or_add_trPr().append(_el("w:cantSplit"))
        k = 0
        for tc in tr.findall(qn("w:tc")):
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[k:k + span]))
            k += span

ROWS256 = [
    ("产出指标", "数量指标", "新增配置农村生活垃圾分类收集容器", "≥1.2万个", "1.26万个", "5", "5", ""),
    ("产出指标", "数量指标", "新建改造村级垃圾收集点", "≥320个", "328个", "5", "5", ""),
    ("产出指标", "数量指标", "配备垃圾清运车辆", "≥45辆", "45辆", "4", "4", ""),
    ("产出指标", "数量指标", "开展垃圾分类宣传培训", "≥200场次", "214场次", "4", "4", ""),
    ("产出指标", "质量指标", "收集点建设验收合格率", "100%", "100%", "5", "5", ""),
    ("产出指标", "质量指标", "农村生活垃圾无害化处理率", "≥99%", "99.6%", "5", "5", ""),
    ("产出指标", "质量指标", "垃圾分类行政村覆盖率", "≥80%", "76%", "5", "4.75",
     "部分山区行政村居住分散，分类设施未配齐；\n2024年6月底前补齐。"),
    ("产出指标", "时效指标", "收集设施建成投用时间", "2023年10月31日前", "2023年10月20日", "4", "4", ""),
    ("产出指标", "时效指标", "农村生活垃圾日产日清", "及时", "及时", "3", "3", ""),
    ("产出指标", "成本指标", "每个收集点建设成本", "≤3.5万元", "3.42万元", "5", "5", ""),
    ("产出指标", "成本指标", "垃圾清运单位成本", "≤180元/吨", "176元/吨", "3", "3", ""),
    ("效益指标", "社会效益指标", "受益农村人口", "≥62万人", "63.5万人", "8", "8", ""),
    ("效益指标", "生态效益指标", "农村生活垃圾回收利用率", "≥35%", "37.2%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "农村垃圾治理长效管护机制", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "农村居民满意度", "≥90%", "93.5%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "村保洁员满意度", "≥85%", "88.6%", "10", "10", ""),
]


def doc256(out: Path) -> None:
    """Wuhu (Anhui): the provincial Word template: grid head table, 项目资金（万元） vMerged over the fund rows, the
    indicator grid over a page break with its header row repeated, levels vMerged."""
    d = new_document()
    para(d, "附件1", 12, True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年芜湖市农村生活垃圾治理项目", "dept": "芜湖市城市管理局",
                   "agency": "芜湖市环境卫生管理处"},
               ("2,800.00", "3,000.00", "2,934.00", "10", "97.80%", "9.78"),
               [("其中：中央财政资金", "1,200.00", "1,200.00", "1,200.00"),
                ("省级财政资金", "800.00", "800.00", "800.00"),
                ("市级财政资金", "800.00", "1,000.00", "934.00")],
               [1.8, 3.0, 2.2, 2.2, 2.2, 1.2, 1.6, 1.4])
    _fit256(d.tables[-1], [2.0, 3.1, 2.2, 2.2, 2.2, 1.1, 2.0, 1.4])
    para(d, "")
    _fit256(_indicator_grid(d, ROWS256, "99.53"), [1.5, 1.8, 3.4, 2.1, 2.1, 1.1, 1.5, 3.2])
    para(d, "")
    para(d, "填报人：陶某某　　联系电话：0553-3839×××　　填报日期：2024年3月22日")
    d.save(out)


ROWS257 = [
    ("产出指标", "数量指标", "完成农村危房改造", "≥680户", "692户", "6", "6", ""),
    ("产出指标", "数量指标", "完成C级危房加固改造", "≥420户", "431户", "4", "4", ""),
    ("产出指标", "数量指标", "完成D级危房拆除重建", "≥260户", "261户", "4", "4", ""),
    ("产出指标", "数量指标", "开展农房安全隐患排查", "≥1.8万户", "1.86万户", "4", "4", ""),
    ("产出指标", "质量指标", "改造房屋竣工验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "改造后住房抗震设防达标率", "100%", "100%", "5", "5", ""),
    ("产出指标", "时效指标", "改造任务竣工时间", "2023年11月30日前", "2023年11月26日", "5", "5", ""),
    ("产出指标", "时效指标", "补助资金兑付时间", "2023年12月31日前", "2023年12月20日", "5", "5", ""),
    ("产出指标", "成本指标", "D级危房重建户均补助标准", "≤3.5万元", "3.5万元", "6", "6", ""),
    ("效益指标", "社会效益指标", "保障住房安全人口", "≥2100人", "2138人", "10", "10", ""),
    ("效益指标", "社会效益指标", "重点对象住房安全保障率", "100%", "100%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "农房安全动态监测机制", "持续有效", "持续有效", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "88.4%", "12", "11.79",
     "个别农户对施工进度有意见，已逐户回访整改。"),
    ("满意度指标", "服务对象满意度指标", "村（社区）干部满意度", "≥90%", "95.2%", "8", "8", ""),
]


def doc257(out: Path) -> None:
    """Xuanhan county (Dazhou, Sichuan): a county office's Word form: 其他资金 row of '/', a 年度总体目标 row, the
    indicator table running over the page break inside the 产出 group WITHOUT a repeated header; 自评等级 a row
    below 总分."""
    d = new_document()
    para(d, "宣汉县项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    para(d, "填报单位（盖章）：宣汉县住房和城乡建设局　　　　　　　　　　单位：万元", 10)
    t = grid_table(d, 10, 8, [1.8, 3.0, 2.2, 2.2, 2.2, 1.2, 1.6, 1.4], "Table Grid")
    fill(t.cell(0, 0), "项目名称")
    fill(t.cell(0, 1).merge(t.cell(0, 7)), "2023年宣汉县农村低收入群体等重点对象住房安全保障项目")
    fill(t.cell(1, 0), "主管部门")
    fill(t.cell(1, 1).merge(t.cell(1, 3)), "宣汉县住房和城乡建设局")
    fill(t.cell(1, 4), "实施单位")
    fill(t.cell(1, 5).merge(t.cell(1, 7)), "宣汉县村镇建设服务中心")
    vmerge(t, 0, 2, 7, "项目资金\n（万元）")
    for c, text in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=1):
        fill(t.cell(2, c), text)
    fund = [("年度资金总额", "2,060.00", "2,180.00", "2,114.60", "10", "97.00%", "9.70"),
            ("其中：中央财政资金", "1,400.00", "1,480.00", "1,480.00", "/", "/", "/"),
            ("省级财政资金", "460.00", "460.00", "460.00", "/", "/", "/"),
            ("县级财政资金", "200.00", "240.00", "174.60", "/", "/", "/"),
            ("其他资金", "/", "/", "/", "/", "/", "/")]
    for r, vals in enumerate(fund, start=3):
        for c, text in enumerate(vals, start=1):
            fill(t.cell(r, c), text)
    vmerge(t, 0, 8, 9, "年度总体\n目标")
    fill(t.cell(8, 1).merge(t.cell(8, 3)), "预期目标")
    fill(t.cell(8, 4).merge(t.cell(8, 7)), "实际完成情况")
    fill(t.cell(9, 1).merge(t.cell(9, 3)),
         "完成农村低收入群体等重点对象危房改造680户以上，其中C级加固420户、D级拆除重建260户，"
         "保障2100人以上住房安全。")
    fill(t.cell(9, 4).merge(t.cell(9, 7)),
         "完成危房改造692户，其中C级加固431户、D级拆除重建261户，2138名群众住房安全得到保障，"
         "补助资金按时兑付到户，改造后住房全部达到抗震设防要求。")
    _fit256(t, [2.0, 3.1, 2.2, 2.2, 2.2, 1.1, 2.0, 1.4])
    para(d, "")
    n = len(ROWS257)
    g = grid_table(d, n + 3, 8, [1.6, 1.9, 3.6, 2.2, 2.2, 1.1, 1.2, 3.0], "Table Grid")
    for c, text in enumerate(HEADS214):
        fill(g.cell(0, c), text)
    indicator_rows(g, 1, ROWS257, IND_COLS)
    fill(g.cell(n + 1, 0).merge(g.cell(n + 1, 4)), "总分")
    fill(g.cell(n + 1, 5), "100")
    fill(g.cell(n + 1, 6), "99.49")
    fill(g.cell(n + 1, 7), "")
    fill(g.cell(n + 2, 0).merge(g.cell(n + 2, 4)), "自评等级")
    fill(g.cell(n + 2, 5).merge(g.cell(n + 2, 7)), "优")
    _fit256(g, [1.5, 1.8, 3.4, 2.1, 2.1, 1.1, 1.5, 3.2])
    para(d, "")
    para(d, "单位负责人：向某某　　填表人：冉某某　　联系电话：0818-5223×××")
    para(d, "填报日期：2024年3月25日")
    d.save(out)


ROWS258 = [
    ("产出指标", "数量指标", "建设林火视频监控点", "≥36个", "36个", 6, 6, ""),
    ("产出指标", "数量指标", "新建改造防火隔离带", "≥180公里", "186.5公里", 6, 6, ""),
    ("产出指标", "数量指标", "购置扑火机具装备", "≥1200台套", "1236台套", 5, 5, ""),
    ("产出指标", "数量指标", "组织防火扑救演练", "≥24次", "26次", 4, 4, ""),
    ("产出指标", "质量指标", "监控系统正常运行率", "≥95%", (0.984, PCT1), 6, 6, ""),
    ("产出指标", "质量指标", "装备采购验收合格率", "100%", (1, PCT0), 5, 5, ""),
    ("产出指标", "时效指标", "防火期前完工时间", "2023年10月15日前", "2023年10月10日", 5, 5, ""),
    ("产出指标", "成本指标", "每个监控点建设成本", "≤28万元", "27.6万元", 8, 8, ""),
    ("效益指标", "社会效益指标", "森林火灾受害率", "≤0.3%", (0.0012, PCT2), 8, 8, ""),
    ("效益指标", "社会效益指标", "火情24小时扑灭率", "≥95%", (0.9, PCT1), 10, 9.47,
     "3起火情位于高山陡坡地段，扑救超过24小时；已增设以水灭火设施。"),
    ("效益指标", "生态效益指标", "森林覆盖率", "≥60%", (0.6046, PCT2), 7, 7, ""),
    ("效益指标", "可持续影响指标", "森林草原防火责任制", "落实", "落实", 5, 5, ""),
    ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", (0.936, PCT1), 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥85%", (0.912, PCT1), 5, 5, ""),
]


def xls258(out: Path) -> None:
    """Chengde (Hebei): filled in Excel: merged head and level cells, the fund block (=SUM, 执行率, =ROUND) with
    thousands commas, percent actuals as numbers, =SUM 总分, the grade in a line below."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGH", (16, 18, 26, 15, 15, 9, 9, 30)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年承德市森林草原防火项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "承德市林业和草原局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:H4", "承德市森林草原防火监测中心", left=True)
    total = _xls_fund(ws, 5, "ABCDEFGH", "项目资金（万元）",
                      [("其中：中央财政资金", (1000, 1000, 1000)), ("省级财政资金", (600, 600, 600)),
                       ("市级财政资金", (400, 520, 477.6))])
    head = total + 4
    for col, text in zip("ABCDEFGH", HEADS214):
        put(ws, f"{col}{head}", text)
    first = head + 1
    levels(ws, "A", "B", first, ROWS258)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS258):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"H{r}", note, left=True)
        ws.row_dimensions[r].height = 30 if note else 18
    end = first + len(ROWS258)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+F{total}")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+H{total}", "0.00")
    put(ws, f"H{end}", "")
    merge(ws, f"A{end + 1}:E{end + 1}", "自评等级")
    merge(ws, f"F{end + 1}:H{end + 1}", "优")
    ws[f"A{end + 3}"] = "填报人：赵某某　　联系电话：0314-2025×××　　填报日期：2024年3月18日"
    landscape(ws)
    wb.save(out)


ROWS259 = [
    ("产出指标", "数量指标", "安装校园视频监控", "≥2400路", "2486路", 6, 6, ""),
    ("产出指标", "数量指标", "配备校园专职保安", "≥420人", "426人", 5, 5, ""),
    ("产出指标", "数量指标", "建设校园一键报警装置", "≥310所", "310所", 5, 5, ""),
    ("产出指标", "数量指标", "购置校园安防器材", "≥3100套", "3152套", 4, 4, ""),
    ("产出指标", "质量指标", "一键报警与公安联网率", "100%", (1, PCT0), 6, 6, ""),
    ("产出指标", "质量指标", "安防设施验收合格率", "100%", (1, PCT0), 5, 5, ""),
    ("产出指标", "时效指标", "安防设施安装完成时间", "2023年8月31日前", "2023年8月28日", 5, 5, ""),
    ("产出指标", "成本指标", "每路视频监控建设成本", "≤0.45万元", "0.44万元", 6, 6, ""),
    ("效益指标", "社会效益指标", "校园安全责任事故", "0起", "0起", 8, 8, ""),
    ("效益指标", "社会效益指标", "中小学校护学岗设置率", "≥95%", (0.973, PCT1), 8, 8, ""),
    ("效益指标", "可持续影响指标", "校园安全长效管理机制", "健全", "健全", 6, 6, ""),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", (0.873, PCT1), 13, 12.61,
     "部分家长反映校门口接送时段交通拥堵，\n2024年协调交警增设护学岗。"),
    ("满意度指标", "服务对象满意度指标", "教职工满意度", "≥90%", (0.946, PCT1), 13, 13, ""),
]


def xls259(out: Path) -> None:
    """Hanzhong (Shaanxi): one workbook, the head and the fund block (parts first, a 合计 row last, =SUM /
    执行率 / =ROUND) on sheet 资金情况, the indicators on sheet 绩效指标 with a print title and a cross-sheet
    总分."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资金情况"
    for col, w in zip("ABCDEFGH", (16, 20, 14, 14, 14, 10, 10, 10)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年汉中市中小学校园安全防范建设项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "汉中市教育局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:H4", "汉中市教育技术装备中心", left=True)
    merge(ws, "A5:A8", "项目资金（万元）")
    for col, text in zip("BCDEFGH", ("资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分")):
        put(ws, f"{col}5", text)
    for r, (label, vals) in ((6, ("市级财政资金", (1500, 1600, 1552))), (7, ("县区配套资金", (500, 500, 500)))):
        put(ws, f"B{r}", label)
        for col, v in zip("CDE", vals):
            put(ws, f"{col}{r}", v, MONEY)
        for col in "FGH":
            put(ws, f"{col}{r}", "—")
    put(ws, "B8", "合计")
    for col in "CDE":
        put(ws, f"{col}8", f"=SUM({col}6:{col}7)", MONEY)
    put(ws, "F8", "=E8/D8", PCT2)
    put(ws, "G8", 10)
    put(ws, "H8", "=ROUND(G8*F8,2)", "0.00")
    landscape(ws)
    wi = wb.create_sheet("绩效指标")
    for col, w in zip("ABCDEFGH", (14, 18, 26, 16, 15, 8, 8, 32)):
        wi.column_dimensions[col].width = w
    title(wi, "A1:H1", "项目绩效指标完成情况", 14)
    put(wi, "A2", "项目名称")
    merge(wi, "B2:H2", "2023年汉中市中小学校园安全防范建设项目", left=True)
    for col, text in zip("ABCDEFGH", HEADS214):
        put(wi, f"{col}3", text)
    first = 4
    levels(wi, "A", "B", first, ROWS259)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS259):
        r = first + i
        put(wi, f"C{r}", name, left=True)
        put(wi, f"D{r}", target)
        put(wi, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(wi, f"F{r}", weight)
        put(wi, f"G{r}", score, "0.00" if score != int(score) else None)
        put(wi, f"H{r}", note, left=True)
        wi.row_dimensions[r].height = 32 if note else 20
    end = first + len(ROWS259)
    merge(wi, f"A{end}:E{end}", "总分（含资金执行分值）")
    put(wi, f"F{end}", f"=SUM(F{first}:F{end - 1})+资金情况!G8")
    put(wi, f"G{end}", f"=SUM(G{first}:G{end - 1})+资金情况!H8", "0.00")
    put(wi, f"H{end}", "自评等级：优")
    wi[f"A{end + 2}"] = "填报人：何某某　　联系电话：0916-2626×××　　填报日期：2024年3月21日"
    wi.print_title_rows = "3:3"
    landscape(wi)
    wb.save(out)


ROWS260 = [
    ("产出指标", "数量指标", "改造提升乡镇卫生院", "≥12家", "12家", "7", "7", ""),
    ("产出指标", "数量指标", "购置基本医疗设备", "≥260台", "268台", "6", "6", ""),
    ("产出指标", "数量指标", "培训基层医务人员", "≥480人次", "502人次", "5", "5", ""),
    ("产出指标", "质量指标", "设备采购验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "乡镇卫生院达到服务能力基本标准比例", "≥80%", "83.3%", "6", "6", ""),
    ("产出指标", "时效指标", "设备采购完成时间", "2023年9月30日前", "2023年9月22日", "5", "5", ""),
    ("产出指标", "成本指标", "单家卫生院改造平均成本", "≤95万元", "93.8万元", "7", "7", ""),
    ("效益指标", "社会效益指标", "乡镇卫生院门急诊人次增长率", "≥8%", "6.4%", "10", "8",
     "年初流感患者集中到县级医院就诊，乡镇卫生院门急诊增长低于预期。"),
    ("效益指标", "社会效益指标", "县域内住院率", "≥85%", "86.2%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "基层医疗卫生服务体系", "持续完善", "持续完善", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%", "92.6%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "基层医务人员满意度", "≥85%", "89.5%", "10", "10", ""),
]


def html260(out: Path) -> None:
    """Pingyuan county (Meizhou, Guangdong): a county government site's article page (banner, breadcrumb, title,
    date line, a sentence of prose, the form as ONE table, footer) printed by Chromium."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt;margin:0 1px}"
           ".top{background:#1d5fa8;color:#fff;padding:8pt 6pt;font-size:16pt;font-weight:bold}"
           ".crumb{font-size:9pt;color:#555;margin:4pt 0;border-bottom:1px dashed #bbb;padding-bottom:3pt}"
           "h1{text-align:center;font-size:15pt}"
           ".meta{text-align:center;font-size:9pt;color:#555;border-bottom:1px solid #ccc;padding-bottom:4pt}"
           "table{width:99.6%;border-collapse:collapse;margin:6pt 0;table-layout:fixed}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}td.t{font-size:14pt;font-weight:bold;border:none}"
           ".foot{border-top:2px solid #1d5fa8;font-size:8pt;color:#555;"
           "text-align:center;margin-top:10pt;padding-top:4pt}@page{size:A4;margin:14mm 12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>平远县卫生健康局2023年度乡镇卫生院服务能力提升项目绩效自评表_平远县人民政府</title>"
         f"<style>{css}</style></head><body>",
         '<div class="top">平远县人民政府门户网站</div>',
         '<div class="crumb">您当前的位置：首页 &gt; 信息公开 &gt; 部门信息公开 &gt; 平远县卫生健康局 &gt; 财政信息</div>',
         "<h1>平远县卫生健康局2023年度乡镇卫生院服务能力提升项目绩效自评表</h1>",
         '<div class="meta">发布日期：2024-04-18　　来源：平远县卫生健康局　　字号：[大 中 小]</div>',
         "<p>按照县财政局部署，我局对2023年度乡镇卫生院服务能力提升项目开展了绩效自评，现将自评表公开如下。</p>",
         "<table>", "<colgroup>" + "".join(f'<col style="width:{w}%">' for w in (10, 12, 19, 12, 12, 7, 8, 20))
         + "</colgroup>",
         '<tr><td class="t" colspan="8">项目支出绩效自评表<br><span style="font-size:10pt;font-weight:normal">'
         "（2023年度）</span></td></tr>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年平远县乡镇卫生院服务能力提升项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">平远县卫生健康局</td><td class="h">实施单位</td>'
         '<td colspan="3">平远县卫生健康局</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h">&nbsp;</td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td>'
         '<td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>1,160.00</td><td>1,200.00</td><td>1,176.00</td><td>10</td><td>98.00%</td>"
         "<td>9.80</td></tr>",
         "<tr><td>其中：省级补助资金</td><td>800.00</td><td>800.00</td><td>800.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>县级财政资金</td><td>360.00</td><td>400.00</td><td>376.00</td><td>—</td><td>—</td><td>—</td></tr>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in HEADS214) + "</tr>"]
    starts = {depth: {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS260, depth)} for depth in (0, 1)}
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS260):
        cells = []
        for depth, text in ((0, l1), (1, l2)):
            if i in starts[depth]:
                span = starts[depth][i]
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>97.80</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：凌某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0753-8822×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月27日</p>",
          '<div class="foot">主办：平远县人民政府办公室　　网站标识码：4414260001　　粤ICP备××××××××号</div>',
          "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


ROWS261 = [
    ("产出指标", "数量指标", "食品安全监督抽检", "≥4800批次", "5126批次", "6", "6", ""),
    ("产出指标", "数量指标", "特种设备定期检验", "≥9500台", "9680台", "5", "5", ""),
    ("产出指标", "数量指标", "新登记市场主体", "≥3.2万户", "3.46万户", "5", "5", ""),
    ("产出指标", "数量指标", "查办市场监管违法案件", "≥850件", "812件", "5", "4.78",
     "部分案件涉嫌犯罪移送公安机关，结案延至2024年。"),
    ("产出指标", "质量指标", "食品安全监督抽检合格率", "≥97%", "97.8%", "5", "5", ""),
    ("产出指标", "质量指标", "消费投诉按时办结率", "≥98%", "99.1%", "5", "5", ""),
    ("产出指标", "时效指标", "企业开办时间", "≤1个工作日", "1个工作日", "5", "5", ""),
    ("产出指标", "成本指标", "公用经费控制率", "≤100%", "96.4%", "4", "4", ""),
    ("效益指标", "社会效益指标", "食品安全评价性抽检合格率", "≥98%", "98.4%", "8", "8", ""),
    ("效益指标", "社会效益指标", "重大食品安全事故", "0起", "0起", "8", "8", ""),
    ("效益指标", "经济效益指标", "市场主体总量增长率", "≥8%", "9.3%", "6", "6", ""),
    ("效益指标", "可持续影响指标", "智慧市场监管平台运行", "持续稳定", "持续稳定", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", "93.1%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%", "92.7%", "10", "10", ""),
]


def doc261(out: Path) -> None:
    """Zhaotong (Yunnan): a department's 部门整体支出绩效自评表 in Word: 年度预算执行情况 over 基本支出 /
    项目支出 rows, indicators of the department's duties, the grade in the 总分 row."""
    d = new_document()
    para(d, "部门整体支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _dept_fund(d, "昭通市市场监督管理局", ("6,800.00", "7,200.00", "7,092.00", "10", "98.50%", "9.85"),
               [("其中：基本支出", "5,120.00", "5,360.00", "5,360.00"),
                ("项目支出", "1,680.00", "1,840.00", "1,732.00")],
               [1.8, 3.0, 2.2, 2.2, 2.2, 1.2, 1.6, 1.4])
    _fit256(d.tables[-1], [2.4, 3.0, 2.1, 2.1, 2.1, 1.1, 1.9, 1.4])
    para(d, "")
    _fit256(_indicator_grid(d, ROWS261, "99.63"), [1.5, 1.8, 3.4, 2.1, 2.1, 1.1, 1.5, 3.2])
    para(d, "")
    para(d, "填报人：杨某某　　联系电话：0870-2128×××　　填报日期：2024年3月26日")
    d.save(out)


DOCX.update({"256": doc256, "257": doc257, "261": doc261})
XLSX.update({"258": xls258, "259": xls259})
HTML.update({"260": html260})


# ---------------------------------------------------------------- 262-267: thirty-third set (value forms, second round)

# Datong: ranges in words, a ratio (生师比), Chinese-numeral counts, a relative target without a figure,
# remarks in brackets after a figure
ROWS262 = [
    ("产出指标", "数量指标", "改造农村学校校舍", "≥36所", "35所", "8", "7.78", "1所学校因布局调整撤并，未实施改造。"),
    ("产出指标", "数量指标", "配备教学仪器设备", "≥1200台（套）", "1236台（套）", "6", "6", ""),
    ("产出指标", "数量指标", "开展校长教师专题培训", "十二场", "十二场", "6", "6", ""),
    ("产出指标", "数量指标", "组织专项督导检查", "两次", "三次", "5", "5", ""),
    ("产出指标", "质量指标", "校舍改造工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "项目学校生师比", "≤12:1", "11.4:1", "6", "6", ""),
    ("产出指标", "时效指标", "教学设备采购到货周期", "10至15个工作日", "13个工作日", "5", "5", ""),
    ("产出指标", "成本指标", "每所学校平均改造成本", "≤85万元", "83.6万元", "8", "8", ""),
    ("效益指标", "社会效益指标", "项目学校在校学生数", "不低于上年", "18420人", "10", "10", "上年17960人。"),
    ("效益指标", "社会效益指标", "义务教育巩固率", "≥98%", "98.6%", "10", "10", ""),
    ("效益指标", "可持续影响指标", "校舍设备管护制度", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "94.2%（抽样）", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "教师满意度", "≥90%", "92.8%（抽样调查）", "6", "6", ""),
]

# Wuzhou: tolerances (偏差≤±2%, 1000±50毫米), a two-sided bound in symbols, per mille, percentage points,
# thousands separators and 万 before a counter
ROWS263 = [
    ("产出指标", "数量指标", "改造老旧供水管网", "≥86公里", "88.5公里", "8", "8", ""),
    ("产出指标", "数量指标", "改造一户一表", "≥12,000户", "12,680户", "7", "7", ""),
    ("产出指标", "数量指标", "更换智能水表", "≥1.5万只", "1.52万只", "5", "5", ""),
    ("产出指标", "质量指标", "户表计量误差", "偏差≤±2%", "最大偏差1.6%", "6", "6", ""),
    ("产出指标", "质量指标", "新建管道覆土厚度", "1000±50毫米", "1030毫米（抽检平均）", "5", "5", ""),
    ("产出指标", "质量指标", "管网末端供水压力", "≥0.28MPa且≤0.45MPa", "0.36MPa", "5", "5", ""),
    ("产出指标", "时效指标", "管网改造完工时间", "2023年11月30日前", "2023年11月22日", "5", "5", ""),
    ("产出指标", "成本指标", "每公里管网改造成本", "≤68万元", "66.2万元", "6", "6", ""),
    ("效益指标", "社会效益指标", "公共供水管网漏损率", "较上年下降2个百分点", "下降1.6个百分点", "10", "8",
     "部分DN300以上主干管改造顺延至2024年实施，漏损率降幅低于目标。"),
    ("效益指标", "社会效益指标", "管网爆管率", "≤2‰", "1.4‰", "10", "10", ""),
    ("效益指标", "可持续影响指标", "供水管网运行维护机制", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", "93.5%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "沿线商户满意度", "≥85%", "88.2%", "5", "5", ""),
]


def _doc33(out: Path, rows: list[tuple], head: dict, fund: tuple, parts: list[tuple], total: tuple,
           filler: str) -> None:
    """An ordinary Word form: grid head / fund table, then the indicator grid table (levels vMerged, header
    repeated) closed by a 总分 row with the grade in its last cell."""
    d = new_document()
    d.styles["Normal"].font.size = Pt(9.5)
    d.sections[0].left_margin = d.sections[0].right_margin = Cm(1.8)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, head, fund, parts, [1.6, 3.4, 2.4, 2.4, 2.4, 1.2, 2.0, 1.6])
    para(d, "")
    n = len(rows)
    t = grid_table(d, n + 2, 8, [1.6, 2.0, 3.2, 2.7, 2.7, 1.1, 1.5, 3.2], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for depth in (0, 1):
        for a, b, text in _prefix_runs(rows, depth):
            vmerge(t, depth, 1 + a, 1 + b, text)
    for r, (_l1, _l2, *rest) in enumerate(rows, start=1):
        for c, text in enumerate(rest, start=2):
            fill(t.cell(r, c), text)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    for c, text in enumerate(total, start=5):
        fill(t.cell(n + 1, c), text)
    para(d, filler)
    d.save(out)


def doc262(out: Path) -> None:
    """Datong (Shanxi): 10至15个工作日, 生师比≤12:1 / 11.4:1, 十二场 / 两次 / 三次, 不低于上年 with a count,
    94.2%（抽样）."""
    _doc33(out, ROWS262, {"project": "2023年大同市农村义务教育学校办学条件改善项目", "dept": "大同市教育局",
                          "agency": "大同市教育技术装备中心"},
           ("2,600.00", "2,750.00", "2,678.50", "10", "97.40%", "9.74"),
           [("其中：省级补助资金", "1,200.00", "1,200.00", "1,200.00"),
            ("市级财政资金", "1,400.00", "1,550.00", "1,478.50")],
           ("100", "99.52", "自评等级：优"), "填报人：薛某某　　联系电话：0352-5107×××　　填报日期：2024年3月14日")


def doc263(out: Path) -> None:
    """Wuzhou (Guangxi): 偏差≤±2%, 1000±50毫米, ≥0.28MPa且≤0.45MPa, ≤2‰, 较上年下降2个百分点, 12,000户 and
    1.5万只."""
    _doc33(out, ROWS263, {"project": "2023年梧州市城区老旧供水管网改造项目", "dept": "梧州市住房和城乡建设局",
                          "agency": "梧州市城市供水管理所"},
           ("5,200.00", "5,600.00", "5,454.40", "10", "97.40%", "9.74"),
           [("其中：中央预算内投资", "3,000.00", "3,000.00", "3,000.00"),
            ("市级财政资金", "2,200.00", "2,600.00", "2,454.40")],
           ("100", "97.74", "自评等级：优"), "填报人：覃某某　　联系电话：0774-3826×××　　填报日期：2024年3月12日")


# Leshan: a range in words and with a full-width tilde, 万 before a counter, thousands with a remark,
# 百分之百 / 百分之九十五以上, 与上年持平 with a figure actual, a funding ratio (≥1:1.5)
ROWS264 = [
    ("产出指标", "数量指标", "开展文化惠民演出", "80-100场", "92场", 8, 8, ""),
    ("产出指标", "数量指标", "惠民演出观众", "≥1.2万人次", "1.26万人次", 6, 6, ""),
    ("产出指标", "数量指标", "开展公益文化培训", "≥60期", "62期", 6, 6, ""),
    ("产出指标", "数量指标", "培训群众", "≥3000人", "3,260人（含线上）", 5, 5, ""),
    ("产出指标", "质量指标", "演出平均上座率", "85%～95%", (0.886, PCT1), 6, 6, ""),
    ("产出指标", "质量指标", "公共文化场馆免费开放率", "百分之百", (1, PCT0), 5, 5, ""),
    ("产出指标", "时效指标", "演出计划完成时间", "2023年12月20日前", "2023年12月16日", 5, 5, ""),
    ("产出指标", "成本指标", "每场演出补助标准", "≤1.8万元", "1.75万元", 6, 6, ""),
    ("效益指标", "社会效益指标", "群众参与文化活动人次", "与上年持平", "4.32万人次", 10, 10, "上年4.28万人次。"),
    ("效益指标", "社会效益指标", "市县文化资金配套比例", "≥1:1.5", "1:1.6", 10, 10, ""),
    ("效益指标", "可持续影响指标", "文化惠民长效机制", "健全", "健全", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "观众满意度", "百分之九十五以上", (0.962, PCT1), 8, 8, ""),
    ("满意度指标", "服务对象满意度指标", "基层文化站满意度", "≥90%", (0.891, PCT1), 5, 4.95,
     "2个乡镇文化站对演出场次分配意见较多，2024年优化排期。"),
]

# Jiuquan: Chinese-numeral actuals and a deadline in Chinese numerals, 3-5天, 较上年提高1个百分点,
# 较上年有所提高 with a figure actual and a bracketed remark, a two-sided bound (≥60%且≤85%)
ROWS265 = [
    ("产出指标", "数量指标", "培训乡村医生", "≥120人", "一百二十六人", 7, 7, ""),
    ("产出指标", "数量指标", "配备乡镇卫生院医疗设备", "≥85台（套）", "88台（套）", 6, 6, ""),
    ("产出指标", "数量指标", "县级医院驻村巡诊", "≥24次", "二十六次", 5, 5, ""),
    ("产出指标", "质量指标", "设备安装验收合格率", "100%", (1, PCT0), 6, 6, ""),
    ("产出指标", "质量指标", "乡村医生培训考核合格率", "≥95%", (0.968, PCT1), 6, 6, ""),
    ("产出指标", "时效指标", "设备采购完成时间", "二〇二三年十月底前", "2023年10月26日", 5, 5, ""),
    ("产出指标", "时效指标", "检验结果回报时间", "3-5天", "4天", 5, 5, ""),
    ("产出指标", "成本指标", "乡村医生人均培训补助", "≤2,400元", "2,350元", 6, 6, ""),
    ("效益指标", "社会效益指标", "家庭医生签约服务覆盖率", "较上年提高1个百分点", "提高1.3个百分点", 8, 8, ""),
    ("效益指标", "社会效益指标", "基层诊疗量占比", "较上年有所提高", "62.4%（上年60.8%）", 8, 8, ""),
    ("效益指标", "社会效益指标", "乡镇卫生院床位使用率", "≥60%且≤85%", (0.782, PCT1), 8, 8, ""),
    ("效益指标", "可持续影响指标", "县乡村一体化管理机制", "健全", "健全", 6, 6, ""),
    ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", (0.937, PCT1), 8, 8, ""),
    ("满意度指标", "服务对象满意度指标", "乡村医生满意度", "≥85%", (0.823, PCT1), 6, 5.81,
     "部分偏远村卫生室设备配备进度慢于预期，2024年优先补齐。"),
]


def _xls33(out: Path, rows: list[tuple], head: dict, parts: list[tuple], filler: str) -> None:
    """An ordinary Excel form: head cells, a fund block (=SUM of parts, 执行率, =ROUND), merged level cells,
    targets typed as text, some actuals percent NUMBERS; 总分 =SUM with the grade in the last cell."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGH", (11, 19, 24, 19, 18, 8, 8, 28)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws.row_dimensions[1].height = 26
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", head["project"], left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:C4", head["dept"], left=True)
    put(ws, "D4", "实施单位")
    merge(ws, "E4:H4", head["agency"], left=True)
    total = _xls_fund(ws, 5, "ABCDEFGH", "项目资金（万元）", parts)
    head_row = total + len(parts) + 1
    for r in range(5, head_row):
        ws.row_dimensions[r].height = 20
    for col, text in zip("ABCDEFGH", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                       "偏差原因分析及改进措施")):
        put(ws, f"{col}{head_row}", text)
    first = head_row + 1
    levels(ws, "A", "B", first, rows)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(rows):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"H{r}", note, left=True)
        ws.row_dimensions[r].height = 30 if note else 18
    end = first + len(rows)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+F{total}")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+H{total}", "0.00")
    put(ws, f"H{end}", "自评等级：优")
    ws[f"A{end + 2}"] = filler
    landscape(ws)
    wb.save(out)


def xls264(out: Path) -> None:
    """Leshan (Sichuan): 80-100场 / 85%～95%, 1.26万人次, 3,260人（含线上）, 百分之百, 与上年持平, ≥1:1.5."""
    _xls33(out, ROWS264, {"project": "2023年乐山市公共文化惠民工程", "dept": "乐山市文化广播电视和旅游局",
                          "agency": "乐山市文化馆"},
           [("其中：省级补助资金", (400, 400, 400)), ("市级财政资金", (860, 920, 888.32))],
           "填报人：罗某某　　联系电话：0833-2436×××　　填报日期：2024年3月13日")


def xls265(out: Path) -> None:
    """Jiuquan (Gansu): 一百二十六人 / 二十六次, 二〇二三年十月底前, 3-5天, 较上年提高1个百分点, 较上年有所提高,
    ≥60%且≤85%."""
    _xls33(out, ROWS265, {"project": "2023年酒泉市基层医疗卫生服务能力提升项目", "dept": "酒泉市卫生健康委员会",
                          "agency": "酒泉市基层卫生服务指导中心"},
           [("其中：中央补助资金", (600, 600, 600)), ("市级财政资金", (380, 420, 399.6))],
           "填报人：马某某　　联系电话：0937-2681×××　　填报日期：2024年3月15日")


# Shangqiu: 介于20-30人之间, 不少于十二场 / 十四场, 12,600人次 and 1,500元, ≤2‰, 较上年下降0.5个百分点,
# 不低于上年 with a count, 94.5%（问卷调查）
ROWS266 = [
    ("产出指标", "数量指标", "开展补贴性职业技能培训", "≥12,000人次", "12,600人次", "8", "8", ""),
    ("产出指标", "数量指标", "每期培训班学员规模", "介于20-30人之间", "平均26人", "5", "5", ""),
    ("产出指标", "数量指标", "举办职业技能竞赛", "不少于十二场", "十四场", "5", "5", ""),
    ("产出指标", "数量指标", "新建职业技能培训基地", "≥3个", "3个", "5", "5", ""),
    ("产出指标", "质量指标", "培训合格率", "≥90%", "92.3%", "6", "6", ""),
    ("产出指标", "质量指标", "补贴资金发放差错率", "≤2‰", "0.6‰", "6", "6", ""),
    ("产出指标", "时效指标", "补贴资金拨付时限", "≤15个工作日", "12个工作日", "5", "5", ""),
    ("产出指标", "成本指标", "人均培训补贴标准", "≤1,500元", "1,460元", "6", "6", ""),
    ("效益指标", "经济效益指标", "参训人员月均收入增长", "≥5%", "6.2%", "6", "6", ""),
    ("效益指标", "社会效益指标", "培训后就业率", "≥80%", "83.6%", "8", "8", ""),
    ("效益指标", "社会效益指标", "城镇调查失业率", "较上年下降0.5个百分点", "下降0.4个百分点", "8", "6.4",
     "受部分企业用工需求收缩影响，降幅低于目标。"),
    ("效益指标", "可持续影响指标", "参与培训的企业", "不低于上年", "326家", "8", "8", "上年312家。"),
    ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "94.5%（问卷调查）", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "用工企业满意度", "≥85%", "90.2%", "6", "6", ""),
]

# Meizhou: 万 before counters against a thousands-separated actual, a bracketed remark, 三个 / 百分之九十八,
# a tolerance (偏差≤±3厘米 / ±2.2厘米), a two-sided bound in words (不低于95%且不高于105%)
ROWS267 = [
    ("产出指标", "数量指标", "新建高标准农田", "≥2.4万亩", "2.46万亩", "8", "8", ""),
    ("产出指标", "数量指标", "新建改造灌排渠道", "≥86公里", "88.2公里（含改造24公里）", "6", "6", ""),
    ("产出指标", "数量指标", "建设集中连片示范区", "三个", "三个", "5", "5", ""),
    ("产出指标", "质量指标", "工程验收合格率", "≥95%", "百分之九十八", "6", "6", ""),
    ("产出指标", "质量指标", "田面高程偏差", "偏差≤±3厘米", "±2.2厘米", "5", "5", ""),
    ("产出指标", "时效指标", "资金支付进度与工程形象进度之比", "不低于95%且不高于105%", "98.7%", "5", "5", ""),
    ("产出指标", "时效指标", "项目完工时间", "2023年12月31日前", "2023年12月25日", "5", "5", ""),
    ("产出指标", "成本指标", "亩均建设成本", "≤3,000元", "2,960元", "6", "6", ""),
    ("效益指标", "经济效益指标", "新增粮食产能", "≥0.8万吨", "0.86万吨", "10", "10", ""),
    ("效益指标", "社会效益指标", "受益农户", "≥1.2万户", "12,630户", "10", "10", ""),
    ("效益指标", "可持续影响指标", "工程管护责任落实率", "100%", "100%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "95.3%（抽样200户）", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "新型农业经营主体满意度", "≥90%", "87.6%", "6", "5.84",
     "部分经营主体反映机耕路宽度不足，2024年结合管护资金改造。"),
]


def _html33(out: Path, city: str, rows: list[tuple], head: dict, fund: list[tuple], total: str,
            filler: str) -> None:
    """An ordinary saved web page: a head / fund table (项目资金 rowspan over its rows) and an indicator table
    with rowspan level cells, 总分 row with the grade in its last cell."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:9pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:2pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}@page{size:A4 landscape;margin:10mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>{city}2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         f'<tr><td class="h">项目名称</td><td class="l" colspan="7">{head["project"]}</td></tr>',
         f'<tr><td class="h">主管部门</td><td colspan="3">{head["dept"]}</td><td class="h">实施单位</td>'
         f'<td colspan="3">{head["agency"]}</td></tr>',
         f'<tr><td class="h" rowspan="{len(fund) + 1}">项目资金<br>（万元）</td><td class="h">&nbsp;</td>'
         '<td class="h">年初预算数</td><td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td>'
         '<td class="h">执行率</td><td class="h">得分</td></tr>']
    for label, *vals in fund:
        vals += ["—"] * (6 - len(vals))
        h.append(f"<tr><td>{label}</td>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr>")
    h += ["</table>", "<table>",
          "<tr>" + "".join(f'<td class="h">{x}</td>' for x in ["一级指标", "二级指标", "三级指标", "年度指标值",
                                                             "实际完成值", "分值", "得分", "偏差原因分析"]) + "</tr>"]
    starts = {depth: {a: b - a + 1 for a, b, _t in _prefix_runs(rows, depth)} for depth in (0, 1)}
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(rows):
        cells = []
        for depth, text in ((0, l1), (1, l2)):
            if i in starts[depth]:
                span = starts[depth][i]
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += [f'<tr><td class="h" colspan="5">总分</td><td>100</td><td>{total}</td><td>自评等级：优</td></tr>', "</table>",
          f"<p>{filler}</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


def html266(out: Path) -> None:
    """Shangqiu (Henan): 介于20-30人之间, 不少于十二场, 12,600人次, ≤2‰, 较上年下降0.5个百分点, 不低于上年."""
    _html33(out, "商丘市", ROWS266, {"project": "2023年商丘市职业技能提升行动项目",
                                     "dept": "商丘市人力资源和社会保障局", "agency": "商丘市职业技能鉴定中心"},
            [("年度资金总额", "1,800.00", "1,950.00", "1,911.00", "10", "98.00%", "9.80"),
             ("其中：中央就业补助资金", "1,200.00", "1,300.00", "1,300.00"),
             ("市级财政资金", "600.00", "650.00", "611.00")], "98.20",
            "填报人：宋某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0370-3258×××&nbsp;&nbsp;&nbsp;&nbsp;"
            "填报日期：2024年3月18日")


def html267(out: Path) -> None:
    """Meizhou (Guangdong): ≥1.2万户 / 12,630户, 88.2公里（含改造24公里）, 三个, 百分之九十八, 偏差≤±3厘米,
    不低于95%且不高于105%."""
    _html33(out, "梅州市", ROWS267, {"project": "2023年梅州市高标准农田建设项目", "dept": "梅州市农业农村局",
                                     "agency": "梅州市农田建设管理中心"},
            [("年度资金总额", "7,200.00", "7,440.00", "7,306.08", "10", "98.20%", "9.82"),
             ("其中：中央补助资金", "4,800.00", "4,800.00", "4,800.00"),
             ("省级补助资金", "1,440.00", "1,440.00", "1,440.00"),
             ("市县财政资金", "960.00", "1,200.00", "1,066.08")], "99.66",
            "填报人：钟某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0753-2198×××&nbsp;&nbsp;&nbsp;&nbsp;"
            "填报日期：2024年3月20日")


DOCX.update({"262": doc262, "263": doc263})
XLSX.update({"264": xls264, "265": xls265})
HTML.update({"266": html266, "267": html267})


# ---------------------------------------------------------------- 274-279: thirty-fifth set (file and producer quirks, second round)
# Ordinary forms in unusual files: (l1, l2, name, target, actual, weight, score, note); the fund weighs 10 of 100.

def _grid35(d, rows: list[tuple], total: str | None):
    """The 8-column indicator grid (levels vMerged, header repeated), columns wide enough for a score of
    two decimals, no row split over a page break; a 总分 row when `total` is given."""
    t = grid_table(d, len(rows) + 1 + (total is not None), 8, [1.5, 1.8, 3.2, 2.2, 2.2, 1.2, 1.7, 2.4],
                   "Table Grid")
    for c, text in enumerate(HEADS214):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    indicator_rows(t, 1, rows, IND_COLS)
    if total is not None:
        end = len(rows) + 1
        fill(t.cell(end, 0).merge(t.cell(end, 4)), "总分")
        fill(t.cell(end, 5), "100")
        fill(t.cell(end, 6), total)
        fill(t.cell(end, 7), "自评等级：优")
    for tr in t.rows:
        tr._tr.get_or_add_trPr().append(_el("w:cantSplit"))
    return t


ROWS274 = [
    ("产出指标", "数量指标", "维修养护农村集中供水工程", "≥320处", "326处", "8", "8", ""),
    ("产出指标", "数量指标", "更换老化供水管网", "≥85公里", "88.6公里", "7", "7", ""),
    ("产出指标", "数量指标", "农村供水水质检测", "≥1600份次", "1648份次", "6", "6", ""),
    ("产出指标", "质量指标", "维修养护工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "农村集中供水工程水质达标率", "≥92%", "93.5%", "6", "6", ""),
    ("产出指标", "时效指标", "维修养护任务完成时间", "2023年10月31日前", "2023年10月26日", "6", "6", ""),
    ("产出指标", "成本指标", "每公里供水管网更换成本", "≤18万元", "17.4万元", "6", "6", ""),
    ("效益指标", "社会效益指标", "受益农村人口", "≥42万人", "43.1万人", "10", "10", ""),
    ("效益指标", "社会效益指标", "农村自来水普及率", "≥90%", "91.2%", "8", "8", ""),
    ("效益指标", "生态效益指标", "千吨万人水源保护区划定完成率", "100%", "100%", "10", "10", ""),
    ("效益指标", "可持续影响指标", "工程运行管护机制", "健全", "健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "87.6%", "10", "9.73",
     "部分山区村供水时段仍受限，2024年实施联网供水改造。"),
]
PROJECT274 = "2023年长治市农村供水工程维修养护项目"


def doc274(out: Path) -> None:
    """Changzhi (Shanxi): Word FIELDS in cells: the project name a DOCPROPERTY Title field (its cached result
    the document's title), the fund 合计 and the score summary's 总分 as {=SUM(ABOVE)} complex fields (begin /
    instrText / separate / cached result / end)."""
    d = new_document()
    d.core_properties.title = PROJECT274
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    h = grid_table(d, 3, 4, [2.4, 6.0, 2.4, 5.6], "Table Grid")
    fill(h.cell(0, 0), "项目名称")
    cell = h.cell(0, 1).merge(h.cell(0, 3))
    fill(cell)
    _field(cell.paragraphs[0]._p, "DOCPROPERTY  Title  \\* MERGEFORMAT", PROJECT274, simple=False)
    fill(h.cell(1, 0), "主管部门")
    fill(h.cell(1, 1), "长治市水利局")
    fill(h.cell(1, 2), "实施单位")
    fill(h.cell(1, 3), "长治市农村供水服务中心")
    fill(h.cell(2, 0), "金额单位")
    fill(h.cell(2, 1).merge(h.cell(2, 3)), "万元")
    para(d, "")
    para(d, "一、预算执行情况", None, True)
    parts = [("中央水利发展资金", "600.00", "600.00", "600.00"), ("省级财政资金", "300.00", "300.00", "300.00"),
             ("市级财政资金", "300.00", "360.00", "336.00")]
    f = grid_table(d, 2 + len(parts), 7, [3.4, 2.2, 2.2, 2.2, 1.9, 1.2, 1.4], "Table Grid")
    for c, text in enumerate(["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"]):
        fill(f.cell(0, c), text)
    for r, (label, *vals) in enumerate(parts, start=1):
        for c, text in enumerate([label, *vals, "—", "—", "—"]):
            fill(f.cell(r, c), text)
    total = 1 + len(parts)
    fill(f.cell(total, 0), "合计")
    for c, shown in ((1, "1200"), (2, "1260"), (3, "1236")):
        fill(f.cell(total, c))
        _field(f.cell(total, c).paragraphs[0]._p, "=SUM(ABOVE)", shown, simple=False)
    fill(f.cell(total, 4), "98.10%")
    fill(f.cell(total, 5), "10")
    fill(f.cell(total, 6), "9.81")
    para(d, "")
    para(d, "二、绩效指标完成情况", None, True)
    _grid35(d, ROWS274, None)
    para(d, "")
    para(d, "三、自评得分汇总", None, True)
    s = grid_table(d, 6, 3, [6.0, 3.0, 3.0], "Table Grid")
    for c, text in enumerate(["项目", "分值", "得分"]):
        fill(s.cell(0, c), text)
    for r, row in enumerate([("预算执行率", "10", "9.81"), ("产出指标", "45", "45"), ("效益指标", "35", "35"),
                             ("满意度指标", "10", "9.73")], start=1):
        for c, text in enumerate(row):
            fill(s.cell(r, c), text)
    fill(s.cell(5, 0), "总分")
    for c, shown in ((1, "100"), (2, "99.54")):
        fill(s.cell(5, c))
        _field(s.cell(5, c).paragraphs[0]._p, "=SUM(ABOVE)", shown, simple=False)
    para(d, "自评等级：优")
    para(d, "填报人：郭某某　　联系电话：0355-2196×××　　填报日期：2024年3月15日")
    d.save(out)


ROWS275 = [
    ("产出指标", "数量指标", "恢复朱鹮觅食湿地", "≥1200亩", "1236亩", "8", "8", ""),
    ("产出指标", "数量指标", "补贴冬水田及生态种植农户", "≥1500户", "1528户", "7", "7", ""),
    ("产出指标", "数量指标", "开展野外巡护", "≥2400人次", "2460人次", "6", "6", ""),
    ("产出指标", "数量指标", "安装野外监控设备", "≥40套", "40套", "5", "5", ""),
    ("产出指标", "质量指标", "湿地恢复工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "生态补偿资金兑付时间", "2023年12月15日前", "2023年12月8日", "6", "6", ""),
    ("产出指标", "成本指标", "每亩冬水田生态补偿标准", "≤300元", "300元", "7", "7", ""),
    ("效益指标", "生态效益指标", "朱鹮野外种群数量", "≥7000只", "7200只", "10", "10", ""),
    ("效益指标", "生态效益指标", "保护区内非法捕猎案件", "0起", "0起", "10", "10", ""),
    ("效益指标", "经济效益指标", "带动周边农户增收", "≥1200元/户", "1080元/户", "8", "7.2",
     "生态种植稻谷收购价低于预期，2024年推动朱鹮生态米品牌认证。"),
    ("效益指标", "可持续影响指标", "栖息地保护巡护机制", "长效运行", "长效运行", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "社区群众满意度", "≥90%", "92.4%", "10", "10", ""),
]


def doc275(out: Path) -> None:
    """Hanzhong (Shaanxi): the head block in TEXT BOXES (wps:txbx with the VML v:textbox fallback): one box
    of label lines, one holding the fund table; the indicator table an ordinary body table under them."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    lines = [para(d, "项目名称：2023年汉中市朱鹮栖息地保护项目"),
             para(d, "主管部门：汉中市林业局　　　　实施单位：汉中市朱鹮保护管理中心"),
             para(d, "金额单位：万元")]
    _text_box(d, [p._p for p in lines], 16.0, 2.8)
    f = grid_table(d, 5, 7, [3.4, 2.2, 2.2, 2.2, 1.9, 1.2, 1.4], "Table Grid")
    for c, text in enumerate(["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"]):
        fill(f.cell(0, c), text)
    for r, row in enumerate([("年度资金总额", "850.00", "880.00", "872.00", "99.09%", "10", "9.91"),
                             ("其中：中央财政资金", "500.00", "500.00", "500.00", "—", "—", "—"),
                             ("省级财政资金", "200.00", "200.00", "200.00", "—", "—", "—"),
                             ("市级财政资金", "150.00", "180.00", "172.00", "—", "—", "—")], start=1):
        for c, text in enumerate(row):
            fill(f.cell(r, c), text)
    _text_box(d, [f._tbl], 16.0, 3.6)
    for k, pr in enumerate(d.element.body.iter(qn("wp:docPr")), start=1):   # each box its own id and name
        pr.set("id", str(k))
        pr.set("name", f"文本框 {k}")
    for k, shape in enumerate(d.element.body.iter("{urn:schemas-microsoft-com:vml}shape"), start=1):
        shape.set("id", f"文本框 {k}")
        shape.set("{urn:schemas-microsoft-com:office:office}spid", f"_x0000_s{1025 + k}")
    _grid35(d, ROWS275, "99.11")
    para(d, "")
    para(d, "填报人：李某某　　联系电话：0916-2218×××　　填报日期：2024年3月21日")
    d.save(out)


ROWS276 = [
    ("产出指标", "数量指标", "修缮保护陶瓷工业遗产建筑", "≥18处", "18处", "8", "8", ""),
    ("产出指标", "数量指标", "完成遗存普查建档", "≥260件（处）", "272件（处）", "6", "6", ""),
    ("产出指标", "数量指标", "举办陶瓷工业遗产主题展览", "≥6场", "7场", "6", "6", ""),
    ("产出指标", "质量指标", "修缮工程验收合格率", "100%", "100%", "7", "7", ""),
    ("产出指标", "时效指标", "修缮工程完工时间", "2023年11月30日前", "2023年11月18日", "6", "6", ""),
    ("产出指标", "成本指标", "每平方米建筑修缮成本", "≤2800元", "2650元", "7", "7", ""),
    ("效益指标", "社会效益指标", "遗产点年接待参观人次", "≥45万人次", "47.3万人次", "10", "10", ""),
    ("效益指标", "经济效益指标", "带动文创及旅游收入", "≥1.2亿元", "1.28亿元", "8", "8", ""),
    ("效益指标", "社会效益指标", "开展陶瓷研学活动", "≥120场", "108场", "8", "7.2",
     "研学基地11月才完成改造，下半年场次不足；2024年增加周末研学。"),
    ("效益指标", "可持续影响指标", "遗产日常保养维护制度", "健全", "健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "94.1%", "9", "9", ""),
    ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", "88.3%", "8", "8", ""),
]
INSERTED276 = 2   # the exhibition row was added with track changes on, in place of the deleted one
DELETED276 = ("产出指标", "数量指标", "出版遗产保护图录", "≥2册", "2册", "6", "6", "")


def _inserted_row(row) -> None:
    """A whole row inserted with track changes on: w:ins in the row's trPr and every run inside a w:ins."""
    row._tr.get_or_add_trPr().append(_el("w:ins", **{"w:id": 906, "w:author": AUTHOR, "w:date": STAMP}))
    for r in list(row._tr.iter(qn("w:r"))):
        wrap = _el("w:ins", **{"w:id": 907, "w:author": AUTHOR, "w:date": STAMP})
        r.addprevious(wrap)
        wrap.append(r)


def doc276(out: Path) -> None:
    """Xinyu (Jiangxi): whole indicator ROWS tracked: 出版遗产保护图录 deleted (w:del in its trPr, still in
    the XML), 举办陶瓷工业遗产主题展览 inserted (w:ins in its trPr); a COMMENT on the 开展陶瓷研学活动 actual
    cell (comments.xml); the file opens in the final view."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年新余市陶瓷工业遗产保护利用项目", "dept": "新余市文化广电新闻出版旅游局",
                   "agency": "新余市陶瓷工业遗产保护中心"},
               ("960.00", "1,000.00", "986.00", "10", "98.60%", "9.86"),
               [("其中：省级财政资金", "400.00", "400.00", "400.00"), ("市级财政资金", "560.00", "600.00", "586.00")],
               [1.8, 2.8, 2.2, 2.2, 2.2, 1.2, 1.9, 1.4])
    para(d, "")
    rows = ROWS276[:INSERTED276] + [DELETED276] + ROWS276[INSERTED276:]
    t = _grid35(d, rows, "99.06")
    _deleted_row(t.rows[1 + INSERTED276])
    _inserted_row(t.rows[2 + INSERTED276])
    k = [r[2] for r in rows].index("开展陶瓷研学活动") + 1
    note = d.add_comment(t.cell(k, 4).paragraphs[0].runs or [t.cell(k, 2).paragraphs[0].runs[0]],
                         text="研学基地改造延期，按实际场次108÷120×8＝7.2分。", author="审核人", initials="SH")
    note._comment_elm.set(qn("w:date"), STAMP)   # a fixed date: the file is the same on every build
    _renumber_revisions(d)
    final_view(d)
    para(d, "")
    para(d, "填报人：程某某　　联系电话：0798-8226×××　　填报日期：2024年3月19日")
    d.save(out)


ROWS277 = [
    ("产出指标", "数量指标", "渔船安装北斗终端及AIS设备", "≥860艘", "872艘", "8", "8", ""),
    ("产出指标", "数量指标", "配发渔船救生筏", "≥420具", "426具", "7", "7", ""),
    ("产出指标", "数量指标", "开展渔民安全生产培训", "≥3200人次", "3350人次", "6", "6", ""),
    ("产出指标", "质量指标", "安全设备检验合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "渔船安全设备配备达标率", "≥95%", "96.8%", "6", "6", ""),
    ("产出指标", "时效指标", "补助资金发放时间", "2023年9月30日前", "2023年9月22日", "6", "6", ""),
    ("产出指标", "成本指标", "单艘渔船终端补助标准", "≤0.6万元", "0.6万元", "6", "6", ""),
    ("效益指标", "社会效益指标", "渔业生产安全事故死亡人数", "≤3人", "1人", "10", "10", ""),
    ("效益指标", "社会效益指标", "渔船进出港报告率", "≥98%", "98.9%", "8", "8", ""),
    ("效益指标", "经济效益指标", "渔船互助保险投保率", "≥90%", "86.4%", "10", "9.6",
     "部分小型渔船船东投保意愿不强，2024年提高保费补贴比例。"),
    ("效益指标", "可持续影响指标", "渔船安全监管信息平台运行", "正常", "正常", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%", "93.7%", "10", "10", ""),
]


def xls277(out: Path) -> None:
    """Weihai (Shandong): an .xlsx written by a Java export library: every cell an INLINE string
    (t="inlineStr", no sharedStrings part), the figures stored as text, merged cells, one border style,
    column widths; written with zipfile and never resaved."""
    from xml.sax.saxutils import escape
    cols = "ABCDEFGH"
    grid: list[list[str]] = []
    merges: list[str] = []

    def row(*cells):
        grid.append(list(cells) + [""] * (8 - len(cells)))
        return len(grid)

    r = row("项目支出绩效自评表")
    merges.append(f"A{r}:H{r}")
    r = row("（2023年度）")
    merges.append(f"A{r}:H{r}")
    r = row("项目名称", "2023年威海市渔业船舶安全生产补助项目")
    merges.append(f"B{r}:H{r}")
    r = row("主管部门", "威海市海洋发展局", "", "", "实施单位", "威海市渔业安全服务中心")
    merges += [f"B{r}:D{r}", f"F{r}:H{r}"]
    r = row("金额单位", "万元")
    merges.append(f"B{r}:H{r}")
    row("资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分")
    row("合计", "1200.00", "1250.00", "1220.00", "97.60%", "10", "9.76")
    row("中央财政资金", "800.00", "800.00", "800.00", "-", "-", "-")
    row("市级财政资金", "400.00", "450.00", "420.00", "-", "-", "-")
    head = row(*HEADS214)
    first = head + 1
    for l1, l2, name, target, actual, weight, score, note in ROWS277:
        row(l1, l2, name, target, actual, weight, score, note)
    end = first + len(ROWS277) - 1
    for k, col in ((0, "A"), (1, "B")):
        start = first
        for i in range(1, len(ROWS277) + 1):
            if i == len(ROWS277) or ROWS277[i][:k + 1] != ROWS277[start - first][:k + 1]:
                if first + i - 1 > start:
                    merges.append(f"{col}{start}:{col}{first + i - 1}")
                start = first + i
    r = row("总分", "", "", "", "", "100", "99.36", "自评等级：优")
    merges.append(f"A{r}:E{r}")
    sign = row("填报人：王某某  联系电话：0631-5236×××  填报日期：2024年3月20日")
    merges.append(f"A{sign}:H{sign}")
    boxed = set(range(3, r + 1))
    rows_xml = []
    for i, cells in enumerate(grid, start=1):
        cs = []
        for col, text in zip(cols, cells):
            style = 1 if i == 1 else (2 if i in boxed else (3 if i == 2 else 0))
            if not text and style != 2:
                continue
            value = f'<is><t>{escape(text)}</t></is>' if text else ""
            kind = ' t="inlineStr"' if text else ""
            cs.append(f'<c r="{col}{i}" s="{style}"{kind}>{value}</c>')
        ht = ' ht="30" customHeight="1"' if first <= i <= end and len(cells[7]) > 12 else ""
        rows_xml.append(f'<row r="{i}"{ht}>{"".join(cs)}</row>')
    widths = (11, 15, 26, 15, 15, 8, 8, 26)
    sheet = ('<?xml version="1.0" encoding="UTF-8"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             f'<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:H{len(grid)}"/>'
             '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
             '<sheetFormatPr defaultRowHeight="18"/><cols>'
             + "".join(f'<col min="{k}" max="{k}" width="{w}" customWidth="1"/>' for k, w in enumerate(widths, 1))
             + "</cols><sheetData>" + "".join(rows_xml) + "</sheetData>"
             f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
             + '</mergeCells><pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
             '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>')
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="10"/><name val="宋体"/><charset val="134"/></font>'
              '<font><b/><sz val="16"/><name val="宋体"/><charset val="134"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
              '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/>'
              '</border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
              '</cellStyleXfs><cellXfs count="4">'
              '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">'
              '<alignment horizontal="center" vertical="center"/></xf>'
              '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">'
              '<alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
              '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
              '<alignment horizontal="center"/></xf></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    ns = "http://schemas.openxmlformats.org"
    members = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<Types xmlns="{ns}/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<Relationships xmlns="{ns}/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/>'
            f'<Relationship Id="rId2" Type="{ns}/officeDocument/2006/relationships/extended-properties" '
            'Target="docProps/app.xml"/></Relationships>'),
        "docProps/app.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<Properties xmlns="{ns}/officeDocument/2006/extended-properties">'
            '<Application>Apache POI</Application></Properties>'),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<workbook xmlns="{ns}/spreadsheetml/2006/main" xmlns:r="{ns}/officeDocument/2006/relationships">'
            '<sheets><sheet name="绩效自评表" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<Relationships xmlns="{ns}/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{ns}/officeDocument/2006/relationships/styles" '
            'Target="styles.xml"/></Relationships>'),
        "xl/styles.xml": styles,
        "xl/worksheets/sheet1.xml": sheet,
    }
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


ROWS278 = [
    ("产出指标", "数量指标", "澳洲坚果低产低效林改造（嫁接换种, 修剪）", "≥8万亩", "8.3万亩", "8", "8", ""),
    ("产出指标", "数量指标", "建设坚果初加工示范点", "≥6个", "6个", "7", "7", ""),
    ("产出指标", "数量指标", "开展种植技术培训", "≥4000人次", "4260人次", "6", "6", ""),
    ("产出指标", "质量指标", "改造林地验收合格率", "≥95%", "97.2%", "7", "7", ""),
    ("产出指标", "时效指标", "补助资金兑付时间", "2023年12月20日前", "2023年12月12日", "6", "6", ""),
    ("产出指标", "成本指标", "每亩低效林改造补助", "≤150元", "150元", "8", "8", ""),
    ("效益指标", "经济效益指标", "坚果带壳果产量", "≥6.5万吨", "6.1万吨", "10", "9.38",
     "受花期低温阴雨影响，坐果率下降，产量未达目标;\n2024年推广花期防护技术, 加强水肥管理。"),
    ("效益指标", "经济效益指标", "带动种植户增收", "≥2000元/户", "2150元/户", "8", "8", ""),
    ("效益指标", "社会效益指标", "带动脱贫人口（含监测对象）就业", "≥3000人", "3120人", "8", "8", ""),
    ("效益指标", "可持续影响指标", "坚果产业技术服务体系", "基本建立", "已建立", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "92.6%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥85%", "90.3%", "7", "7", ""),
]


def csv278(out: Path) -> None:
    """Lincang (Yunnan): a .csv exported by a provincial finance system, GBK: label,value head lines; the fund
    block and the indicator block each under its own header line; levels on every row; quoted cells holding
    commas and line breaks; CRLF; nothing derived."""
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["项目支出绩效自评表"])
    w.writerow(["预算年度", "2023"])
    w.writerow(["项目名称", "2023年临沧市澳洲坚果产业提质增效项目"])
    w.writerow(["主管部门", "临沧市林业和草原局"])
    w.writerow(["实施单位", "临沧市坚果产业发展中心"])
    w.writerow(["金额单位", "万元"])
    w.writerow([])
    w.writerow(["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"])
    w.writerow(["合计", "1500.00", "1540.00", "1528.00", "99.22%", "10", "9.92"])
    w.writerow(["中央财政资金", "1000.00", "1000.00", "1000.00", "", "", ""])
    w.writerow(["省级财政资金", "300.00", "300.00", "300.00", "", "", ""])
    w.writerow(["市级财政资金", "200.00", "240.00", "228.00", "", "", ""])
    w.writerow([])
    w.writerow(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    for r in ROWS278:
        w.writerow(list(r))
    w.writerow(["总分", "", "", "", "", "100", "99.30", "自评等级：优"])
    w.writerow([])
    w.writerow(["导出时间", "2024-03-22 16:05:31"])
    out.write_bytes(buf.getvalue().encode("gbk"))


ROWS279 = [
    ("产出指标", "数量指标", "改造农村公路危桥", "≥42座", "43座", "8", "8", ""),
    ("产出指标", "数量指标", "改造桥梁总延米", "≥1850延米", "1912延米", "7", "7", ""),
    ("产出指标", "数量指标", "设置桥梁安全防护设施", "≥36公里", "37.5公里", "6", "6", ""),
    ("产出指标", "质量指标", "交工验收合格率", "100%", "100%", "8", "8", ""),
    ("产出指标", "时效指标", "危桥改造完工时间", "2023年11月30日前", "2023年11月20日", "6", "6", ""),
    ("产出指标", "成本指标", "每延米桥梁改造成本", "≤2.8万元", "2.74万元", "7", "7", ""),
    ("效益指标", "社会效益指标", "四、五类危桥消除率", "100%", "100%", "8", "8", ""),
    ("效益指标", "社会效益指标", "受益群众", "≥12万人", "12.6万人", "8", "8", ""),
    ("效益指标", "经济效益指标", "沿线群众出行时间缩短", "≥15分钟", "12分钟", "8", "6.4",
     "两座危桥改造期间设置临时便道，通行时间缩短不足；2024年完善连接线。"),
    ("效益指标", "可持续影响指标", "桥梁养护管理责任落实率", "100%", "100%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "94.8%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "客运企业满意度", "≥85%", "89.5%", "8", "8", ""),
]


def html279(out: Path) -> None:
    """Lu'an (Anhui): a sheet saved by EXCEL as a web page: gb2312, Office namespaces, Excel's conditional
    comments (<!--[if gte mso 9]><xml>…), mso-number-format classes, <col> widths, x:num / x:str cell values,
    &nbsp; in empty cells, shown text that differs from x:num (a full-precision rate shown 99.48%)."""
    css = ("table{mso-displayed-decimal-separator:\"\\.\";mso-displayed-thousand-separator:\"\\,\";}"
           "@page{margin:.5in .4in .5in .4in;mso-header-margin:.3in;mso-footer-margin:.3in;mso-page-orientation:"
           "landscape;}tr{mso-height-source:auto;mso-ruby-visibility:none;}col{mso-width-source:auto;}"
           "td{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;color:black;font-size:10.0pt;"
           "font-weight:400;font-style:normal;text-decoration:none;font-family:宋体;mso-generic-font-family:auto;"
           "mso-font-charset:134;mso-number-format:General;text-align:general;vertical-align:middle;border:none;"
           "mso-background-source:auto;mso-pattern:auto;mso-protection:locked visible;white-space:nowrap;"
           "mso-rotate:0;}"
           ".xl65{font-size:16.0pt;font-weight:700;text-align:center;}"
           ".xl66{text-align:center;border:.5pt solid windowtext;white-space:normal;}"
           ".xl67{text-align:left;border:.5pt solid windowtext;white-space:normal;}"
           ".xl68{mso-number-format:\"\\#\\,\\#\\#0\\.00\";text-align:center;border:.5pt solid windowtext;}"
           ".xl69{mso-number-format:\"0\\.00%\";text-align:center;border:.5pt solid windowtext;}"
           ".xl70{mso-number-format:\"0\\.00\";text-align:center;border:.5pt solid windowtext;}"
           ".xl71{text-align:center;}")
    widths = (72, 96, 170, 96, 96, 48, 52, 170)
    h = ['<html xmlns:v="urn:schemas-microsoft-com:vml"', 'xmlns:o="urn:schemas-microsoft-com:office:office"',
         'xmlns:x="urn:schemas-microsoft-com:office:excel"', 'xmlns="http://www.w3.org/TR/REC-html40">', "",
         "<head>", '<meta http-equiv=Content-Type content="text/html; charset=gb2312">',
         "<meta name=ProgId content=Excel.Sheet>", '<meta name=Generator content="Microsoft Excel 15">',
         '<link rel=File-List href="279.files/filelist.xml">', f'<style id="六安_Styles">\n<!--{css}\n-->\n</style>',
         "<!--[if gte mso 9]><xml>", " <x:ExcelWorkbook>", "  <x:ExcelWorksheets>", "   <x:ExcelWorksheet>",
         "    <x:Name>绩效自评表</x:Name>", "    <x:WorksheetOptions>", "     <x:Print><x:ValidPrinterInfo/>"
         "<x:PaperSizeIndex>9</x:PaperSizeIndex></x:Print>", "     <x:Selected/>", "    </x:WorksheetOptions>",
         "   </x:ExcelWorksheet>", "  </x:ExcelWorksheets>", " </x:ExcelWorkbook>", "</xml><![endif]-->",
         "</head>", "", "<body link=\"#0563C1\" vlink=\"#954F72\">", "",
         '<table border=0 cellpadding=0 cellspacing=0 width=800 style=\'border-collapse:collapse;'
         'table-layout:fixed;width:600pt\'>']
    h += [f" <col width={w} style='mso-width-source:userset;width:{w * 3 // 4}pt'>" for w in widths]

    def td(text, cls="xl66", span=1, rows=1, num=None):
        attrs = f" class={cls}"
        if span > 1:
            attrs = f" colspan={span}" + attrs
        if rows > 1:
            attrs = f" rowspan={rows}" + attrs
        if num is not None:
            attrs += f' x:num="{num}"' if num != "" else " x:num"
        elif text and not text.replace(".", "").isdigit():
            attrs += " x:str"
        return f"  <td{attrs}>{text or '&nbsp;'}</td>"
    h.append(" <tr height=32 style='height:24.0pt'>")
    h.append("  <td colspan=8 height=32 class=xl65 width=800 style='height:24.0pt;width:600pt'>项目支出绩效自评表</td>")
    h.append(" </tr>")
    h += [" <tr height=20>", "  <td colspan=8 height=20 class=xl71>（2023年度）</td>", " </tr>"]
    h += [" <tr height=20>", td("项目名称"), td("2023年六安市农村公路危桥改造项目", "xl67", 7), " </tr>"]
    h += [" <tr height=20>", td("主管部门"), td("六安市交通运输局", "xl67", 3), td("实施单位"),
          td("六安市公路事业发展中心", "xl67", 3), " </tr>"]
    h += [" <tr height=20>", td("项目资金<br>（万元）", rows=5), td(""), td("年初预算数"), td("全年预算数"),
          td("全年执行数"), td("分值"), td("执行率"), td("得分"), " </tr>"]
    fund = [("年度资金总额", 3400, 3480, 3462, True), ("其中：中央车购税资金", 2000, 2000, 2000, False),
            ("省级财政资金", 800, 800, 800, False), ("市级财政资金", 600, 680, 662, False)]
    for label, a, b, c, total in fund:
        cells = [td(label, "xl67")] + [td(f"{v:,.2f}", "xl68", num=v) for v in (a, b, c)]
        if total:
            cells += [td("10", num=10), td("99.48%", "xl69", num="0.994827586206897"),
                      td("9.95", "xl70", num="9.94827586206897")]
        else:
            cells += [td(""), td(""), td("")]
        h += [" <tr height=20>", *cells, " </tr>"]
    h += [" <tr height=20>", *[td(x) for x in HEADS214], " </tr>"]
    for i, (l1, l2, name, target, actual, weight, score, note) in enumerate(ROWS279):
        cells = []
        for k, text in ((0, l1), (1, l2)):
            if i == 0 or ROWS279[i - 1][:k + 1] != ROWS279[i][:k + 1]:
                span = sum(1 for _ in takewhile(lambda r: r[:k + 1] == ROWS279[i][:k + 1], ROWS279[i:]))
                cells.append(td(text, rows=span))
        cells += [td(name, "xl67"), td(target), td(actual), td(weight, num=weight),
                  td(score, "xl70" if "." in score else "xl66", num=score), td(note, "xl67")]
        h += [f" <tr height={40 if note else 20}>", *cells, " </tr>"]
    h += [" <tr height=20>", td("总分", span=5), td("100", num=100), td("98.35", "xl70", num="98.3482758620690"),
          td("自评等级：优"), " </tr>"]
    h += [" <tr height=20>", "  <td colspan=8 height=20 style='height:15.0pt'>填报人：汪某某　　联系电话：0564-3378×××"
          "　　填报日期：2024年3月25日</td>", " </tr>"]
    h += [" <![if supportMisc]>", " <tr height=0 style='display:none'>",
          *[f"  <td width={w} style='width:{w * 3 // 4}pt'></td>" for w in widths], " </tr>", " <![endif]>",
          "</table>", "", "</body>", "", "</html>"]
    out.write_bytes("\r\n".join(h).encode("gb2312"))


DOCX.update({"274": doc274, "275": doc275, "276": doc276})
WPS_XLSX.update({"277": xls277})   # a Java export kept as written (not resaved): .pdf / .xls derived from it
OTHER.update({"278": csv278})
WRITTEN.update({"278": "csv"})
HTML.update({"279": html279})

# ---------------------------------------------------------------- 280-285: thirty-sixth set (structures, eleventh round)

# Karamay: (l1, l2, name, target, actual, weight, score, note); the weight written INSIDE the name cell
ROWS280 = [
    ("产出指标", "数量指标", "改造老旧供水管网", "≥46公里", "47.2公里", "8", "8", ""),
    ("产出指标", "数量指标", "更换智能远传水表", "≥1.2万块", "1.26万块", "6", "6", ""),
    ("产出指标", "数量指标", "新建二次加压泵站", "≥3座", "3座", "6", "6", ""),
    ("产出指标", "质量指标", "管网工程验收合格率", "100%", "100%", "7", "7", ""),
    ("产出指标", "质量指标", "管网末梢水水质达标率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "改造工程完工时间", "2023年10月15日前", "2023年10月10日", "6", "6", ""),
    ("产出指标", "成本指标", "每公里管网改造成本", "≤180万元", "176.5万元", "6", "6", ""),
    ("效益指标", "经济效益指标", "供水管网漏损率", "≤9%", "8.6%", "10", "10", ""),
    ("效益指标", "社会效益指标", "受益居民", "≥3.5万户", "3.3万户", "8", "7.54",
     "2个小区楼内管道产权未移交，入户改造延至2024年。"),
    ("效益指标", "可持续影响指标", "供水管网运维管护机制", "健全", "健全", "9", "9", ""),
    ("满意度指标", "服务对象满意度指标", "居民用水满意度", "≥90%", "94.3%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "用水单位满意度", "≥85%", "90.6%", "8", "8", ""),
]


def doc280(out: Path) -> None:
    """Karamay (Xinjiang): NO 分值 column: each indicator's weight written INSIDE its name cell
    (改造老旧供水管网（8分）); the header says 三级指标（分值）."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年克拉玛依市城镇老旧供水管网改造项目", "dept": "克拉玛依市住房和城乡建设局",
                   "agency": "克拉玛依市供排水服务中心"},
               ("2,800.00", "3,000.00", "2,946.00", "10", "98.20%", "9.82"),
               [("其中：自治区补助资金", "1,200.00", "1,200.00", "1,200.00"),
                ("市级财政资金", "1,600.00", "1,800.00", "1,746.00")],
               [1.8, 2.9, 2.1, 2.1, 2.1, 1.1, 2.0, 1.4])
    para(d, "")
    n = len(ROWS280)
    t = grid_table(d, n + 2, 7, [1.4, 1.8, 5.6, 2.2, 2.1, 1.5, 2.4], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标（分值）", "年度指标值", "实际完成值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for depth in (0, 1):
        for a, b, text in _prefix_runs(ROWS280, depth):
            vmerge(t, depth, 1 + a, 1 + b, text)
    for r, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS280, start=1):
        for c, text in enumerate([f"{name}（{weight}分）", target, actual, score, note], start=2):
            fill(t.cell(r, c), text)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分（满分100分，含预算执行率10分）")
    t.rows[n + 1]._tr.get_or_add_trPr().append(_el("w:cantSplit"))
    fill(t.cell(n + 1, 5), "99.36")
    fill(t.cell(n + 1, 6), "自评等级：优")
    para(d, "填报人：艾某某　　联系电话：0990-6238×××　　填报日期：2024年3月15日")
    d.save(out)


# Hebi: (l1, l2, name, sign, target figure, target unit, actual figure (and format), actual unit, weight, score, note)
ROWS281 = [
    ("产出指标", "数量指标", "改造农村户用卫生厕所", "≥", 12000, "户", (12380, COUNT), "户", 8, 8, ""),
    ("产出指标", "数量指标", "建设农村公共厕所", "≥", 60, "座", 62, "座", 6, 6, ""),
    ("产出指标", "数量指标", "配备粪污抽运车辆", "≥", 24, "辆", 24, "辆", 5, 5, ""),
    ("产出指标", "质量指标", "改厕质量验收合格率", "≥", 98, "%", 99.1, "%", 7, 7, ""),
    ("产出指标", "质量指标", "问题厕所整改销号率", "=", 100, "%", 100, "%", 6, 6, ""),
    ("产出指标", "时效指标", "改厕补助资金兑付及时率", "≥", 95, "%", 97.4, "%", 5, 5, ""),
    ("产出指标", "成本指标", "户均改厕补助标准", "≤", 1000, "元", 1000, "元", 6, 6, ""),
    ("效益指标", "社会效益指标", "农村卫生厕所普及率", "≥", 85, "%", 86.2, "%", 8, 8, ""),
    ("效益指标", "生态效益指标", "厕所粪污无害化处理和资源化利用率", "≥", 80, "%", 76.5, "%", 8, 7.65,
     "浚县部分村粪污处理站调试延后；2024年一季度投运。"),
    ("效益指标", "可持续影响指标", "农村厕所长效管护机制", "定性", "健全", "", "健全", "", 9, 9, ""),
    ("满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥", 90, "%", 93.8, "%", 12, 12, ""),
    ("满意度指标", "服务对象满意度指标", "村（居）民对公厕满意度", "≥", 85, "%", 89.5, "%", 10, 10, ""),
]


def xls281(out: Path) -> None:
    """Hebi (Henan): target AND actual each SPLIT into figure and unit columns, an operator (符号) column before
    the target's figure (≥ / ≤ / = / 定性), under a two-row header (年度指标值 over 符号 / 数值 / 单位, 实际完成值
    over 数值 / 单位); figures as numbers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHIJKL", (11, 16, 26, 6, 9, 6, 10, 6, 7, 7, 28, 2)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:K1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:K2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:K3", "2023年鹤壁市农村厕所革命整村推进项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:C4", "鹤壁市农业农村局", left=True)
    merge(ws, "D4:F4", "实施单位")
    merge(ws, "G4:K4", "鹤壁市农村人居环境整治服务中心", left=True)
    merge(ws, "A5:A8", "项目资金\n（万元）")
    put(ws, "B5", "")
    for rng, text in (("C5", "年初预算数"), ("D5:E5", "全年预算数"), ("F5:G5", "全年执行数"), ("H5:I5", "分值"),
                      ("J5", "执行率"), ("K5", "得分")):
        merge(ws, rng, text) if ":" in rng else put(ws, rng, text)
    put(ws, "B6", "年度资金总额")
    for rng, col in (("C6", "C"), ("D6:E6", "D"), ("F6:G6", "F")):
        merge(ws, rng, f"=SUM({col}7:{col}8)", fmt=MONEY) if ":" in rng else put(ws, rng, "=SUM(C7:C8)", MONEY)
    merge(ws, "H6:I6", 10)
    put(ws, "J6", "=F6/D6", PCT2)
    put(ws, "K6", "=ROUND(H6*J6,2)", "0.00")
    for r, (text, vals) in enumerate([("其中：中央补助资金", (1500, 1500, 1500)),
                                      ("市县财政资金", (900, 1100, 1051.3))], start=7):
        put(ws, f"B{r}", text)
        put(ws, f"C{r}", vals[0], MONEY)
        merge(ws, f"D{r}:E{r}", vals[1], fmt=MONEY)
        merge(ws, f"F{r}:G{r}", vals[2], fmt=MONEY)
        merge(ws, f"H{r}:I{r}", "—")
        put(ws, f"J{r}", "—")
        put(ws, f"K{r}", "—")
    for rng, text in (("A10:A11", "一级指标"), ("B10:B11", "二级指标"), ("C10:C11", "三级指标"), ("D10:F10", "年度指标值"),
                      ("G10:H10", "实际完成值"), ("I10:I11", "分值"), ("J10:J11", "得分"),
                      ("K10:K11", "偏差原因分析及改进措施")):
        merge(ws, rng, text)
    for col, text in zip("DEFGH", ("符号", "数值", "单位", "数值", "单位")):
        put(ws, f"{col}11", text)
    first = 12
    levels(ws, "A", "B", first, ROWS281)
    for i, (_l1, _l2, name, sign, tv, tu, av, au, weight, score, note) in enumerate(ROWS281):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", sign)
        put(ws, f"E{r}", tv, COUNT if isinstance(tv, int) and tv >= 1000 else None)
        put(ws, f"F{r}", tu)
        put(ws, f"G{r}", *(av if isinstance(av, tuple) else (av,)))
        put(ws, f"H{r}", au)
        put(ws, f"I{r}", weight)
        put(ws, f"J{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"K{r}", note, left=True)
        ws.row_dimensions[r].height = 40 if note else (30 if len(name) > 12 else 18)
    end = first + len(ROWS281)
    merge(ws, f"A{end}:H{end}", "总分")
    put(ws, f"I{end}", f"=SUM(I{first}:I{end - 1})+H6")
    put(ws, f"J{end}", f"=SUM(J{first}:J{end - 1})+K6", "0.00")
    put(ws, f"K{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：郭某某　　联系电话：0392-3316×××　　填报日期：2024年3月19日"
    landscape(ws)
    wb.save(out)


# Shizuishan: (l1, l2, name, target, actual, weight, score, note); level 1 and level 2 STACKED in one cell
ROWS282 = [
    ("产出指标", "数量指标", "工业固废综合利用项目", "≥8个", "8个", "8", "8", ""),
    ("产出指标", "数量指标", "工业固废综合利用量", "≥520万吨", "536万吨", "8", "8", ""),
    ("产出指标", "数量指标", "规范化整治历史遗留渣场", "≥6处", "6处", "6", "6", ""),
    ("产出指标", "质量指标", "一般工业固废综合利用率", "≥45%", "46.8%", "8", "8", ""),
    ("产出指标", "质量指标", "渣场整治验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "渣场整治完成时间", "2023年11月30日前", "2023年11月24日", "5", "5", ""),
    ("产出指标", "成本指标", "每吨固废利用补助", "≤12元", "11.5元", "5", "5", ""),
    ("效益指标", "经济效益指标", "带动企业新增产值", "≥3亿元", "2.76亿元", "8", "7.36",
     "受建材市场需求下降影响，两家企业产能未完全释放。"),
    ("效益指标", "生态效益指标", "减少固废堆存占地", "≥300亩", "318亩", "9", "9", ""),
    ("效益指标", "可持续影响指标", "固废综合利用长效监管机制", "健全", "健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", "95.6%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%", "88.9%", "10", "10", ""),
]


def html282(out: Path) -> None:
    """Shizuishan (Ningxia): level 1 and level 2 STACKED in ONE rowspan cell with a line break (产出指标<br>数量指标),
    under one 一级指标<br>二级指标 header; the level-1 name repeated in each level-2 run."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}@page{size:A4;margin:14mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>石嘴山市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年石嘴山市工业固体废物综合利用项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">石嘴山市工业和信息化局</td><td class="h">实施单位</td>'
         '<td colspan="3">石嘴山市工业固体废物管理中心</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h">&nbsp;</td>'
         '<td class="h">年初预算数</td><td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td>'
         '<td class="h">执行率</td><td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>1,800.00</td><td>1,950.00</td><td>1,903.20</td><td>10</td>"
         "<td>97.60%</td><td>9.76</td></tr>",
         "<tr><td>其中：自治区补助资金</td><td>1,000.00</td><td>1,000.00</td><td>1,000.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>市级财政资金</td><td>800.00</td><td>950.00</td><td>903.20</td><td>—</td><td>—</td><td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in ["一级指标<br>二级指标", "三级指标", "年度指标值",
                                                            "实际完成值", "分值", "得分", "偏差原因分析"]) + "</tr>"]
    starts = {a: (b - a + 1, f"{ROWS282[a][0]}<br>{ROWS282[a][1]}") for a, b, _t in _prefix_runs(ROWS282, 1)}
    for i, (_l1, _l2, name, target, actual, weight, score, why) in enumerate(ROWS282):
        lead = f'<td rowspan="{starts[i][0]}">{starts[i][1]}</td>' if i in starts else ""
        h.append(f'<tr>{lead}<td class="l">{name}</td><td>{target}</td><td>{actual}</td><td>{weight}</td>'
                 f'<td>{score}</td><td class="l">{why or "&nbsp;"}</td></tr>')
    h += ['<tr><td class="h" colspan="4">总分</td><td>100</td><td>99.12</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：马某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0952-2017×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月12日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# Sanming: (l1, l2, name, target, actual, status, weight, score, note); a 完成情况 column beside the actual
ROWS283 = [
    ("产出指标", "数量指标", "扶持林下经济示范基地", "≥20个", "21个", "已完成", "8", "8", ""),
    ("产出指标", "数量指标", "发展林下种植面积", "≥1.5万亩", "1.56万亩", "已完成", "7", "7", ""),
    ("产出指标", "数量指标", "开展林农技术培训", "≥40期", "36期", "部分完成", "6", "5.4",
     "受汛期影响4期培训延至2024年春季举办。"),
    ("产出指标", "质量指标", "示范基地验收合格率", "100%", "100%", "已完成", "7", "7", ""),
    ("产出指标", "质量指标", "林下种植苗木成活率", "≥85%", "88.4%", "已完成", "6", "6", ""),
    ("产出指标", "时效指标", "补助资金拨付完成时间", "2023年12月20日前", "2023年12月15日", "已完成", "5", "5", ""),
    ("产出指标", "成本指标", "每亩林下种植补助", "≤500元", "480元", "已完成", "6", "6", ""),
    ("效益指标", "经济效益指标", "林下经济年产值", "≥8亿元", "7.2亿元", "未完成", "10", "9",
     "中药材价格回落，林下经济产值低于预期；2024年拓展精深加工。"),
    ("效益指标", "社会效益指标", "带动林农户数", "≥6000户", "6350户", "已完成", "9", "9", ""),
    ("效益指标", "生态效益指标", "森林覆盖率", "≥78%", "78.1%", "已完成", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "93.2%", "已完成", "9", "9", ""),
    ("满意度指标", "服务对象满意度指标", "经营主体满意度", "≥85%", "90.5%", "已完成", "9", "9", ""),
]


def doc283(out: Path) -> None:
    """Sanming (Fujian): a 完成情况 column (已完成 / 部分完成 / 未完成) between 实际完成值 and 分值."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年三明市林下经济发展扶持项目", "dept": "三明市林业局",
                   "agency": "三明市林业科技推广中心"},
               ("960.00", "1,040.00", "1,014.00", "10", "97.50%", "9.75"),
               [("其中：省级补助资金", "600.00", "600.00", "600.00"),
                ("市级财政资金", "360.00", "440.00", "414.00")],
               [1.8, 2.9, 2.1, 2.1, 2.1, 1.1, 2.0, 1.4])
    para(d, "")
    n = len(ROWS283)
    t = grid_table(d, n + 2, 9, [1.3, 1.7, 2.6, 2.3, 2.2, 1.7, 1.1, 1.6, 2.4], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "完成情况", "分值",
                              "得分", "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for depth in (0, 1):
        for a, b, text in _prefix_runs(ROWS283, depth):
            vmerge(t, depth, 1 + a, 1 + b, text)
    for r, (_l1, _l2, *rest) in enumerate(ROWS283, start=1):
        for c, text in enumerate(rest, start=2):
            fill(t.cell(r, c), text)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 5)), "总分")
    fill(t.cell(n + 1, 6), "100")
    fill(t.cell(n + 1, 7), "98.15")
    fill(t.cell(n + 1, 8), "自评等级：优")
    para(d, "填报人：林某某　　联系电话：0598-8236×××　　填报日期：2024年3月20日")
    d.save(out)


# Jiamusi: (l1, l2, name, target, actual, weight, score, note); each level-1 group under its OWN header rows
ROWS284 = [
    ("产出指标", "数量指标", "实施黑土地保护性耕作面积", "≥120万亩", "126.5万亩", 8, 8, ""),
    ("产出指标", "数量指标", "秸秆还田面积", "≥300万亩", "312万亩", 7, 7, ""),
    ("产出指标", "数量指标", "增施有机肥面积", "≥45万亩", "46.3万亩", 6, 6, ""),
    ("产出指标", "数量指标", "建设黑土地保护示范区", "≥5个", "5个", 5, 5, ""),
    ("产出指标", "质量指标", "作业质量抽查合格率", "≥95%", "97.2%", 7, 7, ""),
    ("产出指标", "时效指标", "补助资金兑付完成时间", "2023年12月31日前", "2023年12月22日", 5, 5, ""),
    ("产出指标", "成本指标", "保护性耕作亩均补助", "≤40元", "40元", 6, 6, ""),
    ("效益指标", "生态效益指标", "耕地土壤有机质含量提高", "≥0.3克/千克", "0.26克/千克", 10, 8.67,
     "部分地块还田年限短，有机质提升滞后；2024年延续监测。"),
    ("效益指标", "经济效益指标", "示范区玉米亩均增产", "≥30公斤", "34公斤", 8, 8, ""),
    ("效益指标", "可持续影响指标", "黑土地保护长效机制", "健全", "健全", 8, 8, ""),
    ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "94.6%", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "农机合作社满意度", "≥90%", "92.8%", 10, 10, ""),
]


def xls284(out: Path) -> None:
    """Jiamusi (Heilongjiang): no level-1 column; each level-1 group OPENS with its own name row (一、产出指标
    merged across) and its OWN header row (二级指标 / 三级指标 / 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因)
    repeated inside the table."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGH", (18, 14, 22, 15, 15, 8, 9, 30)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年佳木斯市东北黑土地保护利用项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:C4", "佳木斯市农业农村局", left=True)
    put(ws, "D4", "实施单位")
    merge(ws, "E4:H4", "佳木斯市农业技术推广中心", left=True)
    total = _xls_fund(ws, 5, "ABCDEFGH", "项目资金（万元）",
                      [("其中：中央补助资金", (6000, 6000, 6000)), ("省级补助资金", (1800, 1800, 1800)),
                       ("市县财政资金", (700, 900, 838))])
    r = total + 5
    ordinals = "一二三"
    for k, (a, b, l1) in enumerate(_prefix_runs(ROWS284, 0)):
        group = ROWS284[a:b + 1]
        merge(ws, f"A{r}:H{r}", f"{ordinals[k]}、{l1}", left=True)
        ws[f"A{r}"].font = Font(name="宋体", size=10, bold=True)
        r += 1
        put(ws, f"A{r}", "二级指标")
        merge(ws, f"B{r}:C{r}", "三级指标")
        for col, text in zip("DEFGH", ("年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")):
            put(ws, f"{col}{r}", text)
        r += 1
        start = r
        for a2, b2, l2 in _prefix_runs(group, 1):
            if b2 > a2:
                merge(ws, f"A{start + a2}:A{start + b2}", l2)
            else:
                put(ws, f"A{start + a2}", l2)
        for _l1, _l2, name, target, actual, weight, score, note in group:
            merge(ws, f"B{r}:C{r}", name, left=True)
            put(ws, f"D{r}", target)
            put(ws, f"E{r}", actual)
            put(ws, f"F{r}", weight)
            put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
            put(ws, f"H{r}", note, left=True)
            ws.row_dimensions[r].height = 40 if note else 18
            r += 1
    merge(ws, f"A{r}:E{r}", "总分（含预算执行率10分）")
    put(ws, f"F{r}", 100)
    put(ws, f"G{r}", 98.6, "0.00")
    put(ws, f"H{r}", "自评等级：优")
    ws[f"A{r + 2}"] = "填报人：赵某某　　联系电话：0454-8213×××　　填报日期：2024年3月18日"
    landscape(ws)
    wb.save(out)


# Chizhou: (l1, l2, name, target, actual, weight, method, score, note); a 评分方法 column between 分值 and 得分
ROWS285 = [
    ("产出指标", "数量指标", "营养改善计划覆盖学校", "≥420所", "426所", "8", "完成得满分，未完成按完成比例计分", "8", ""),
    ("产出指标", "数量指标", "受益学生", "≥10.5万人", "10.8万人", "8", "完成得满分，未完成按完成比例计分", "8", ""),
    ("产出指标", "数量指标", "新建改造学校食堂", "≥30所", "27所", "6", "完成得满分，未完成按完成比例计分", "5.4",
     "3所学校食堂因选址调整延期，2024年春季学期前完工。"),
    ("产出指标", "质量指标", "食品安全抽检合格率", "100%", "100%", "7", "达到100%得满分，每发现1批次不合格扣2分", "7", ""),
    ("产出指标", "质量指标", "膳食营养标准达标率", "≥95%", "96.8%", "6", "≥95%得满分，每低1个百分点扣0.5分", "6", ""),
    ("产出指标", "时效指标", "补助资金按学期拨付及时率", "100%", "100%", "5", "按时拨付得满分，逾期1次扣1分", "5", ""),
    ("产出指标", "成本指标", "学生每生每天膳食补助", "≤5元", "5元", "5", "不超标准得满分，超出不得分", "5", ""),
    ("效益指标", "社会效益指标", "学生营养不良检出率下降", "≥1个百分点", "1.2个百分点", "10", "达到目标得满分，未达到按比例计分", "10", ""),
    ("效益指标", "社会效益指标", "学生体质健康达标率", "≥92%", "93.5%", "8", "达到目标得满分，未达到按比例计分", "8", ""),
    ("效益指标", "可持续影响指标", "供餐监管长效机制", "健全", "健全", "9", "健全得满分，基本健全得一半分值", "9", ""),
    ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "94.1%", "9", "≥90%得满分，每低1个百分点扣1分", "9", ""),
    ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "92.7%", "9", "≥90%得满分，每低1个百分点扣1分", "9", ""),
]


def html285(out: Path) -> None:
    """Chizhou (Anhui): a 评分方法 column between 分值 and 得分 whose text holds figures (每低1个百分点扣0.5分,
    达到100%得满分) that are rules, not values."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:9.5pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}td.v{white-space:nowrap}@page{size:A4 landscape;margin:12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>池州市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年池州市农村义务教育学生营养改善计划项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">池州市教育局</td><td class="h">实施单位</td>'
         '<td colspan="3">池州市学生资助管理中心</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h">&nbsp;</td>'
         '<td class="h">年初预算数</td><td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td>'
         '<td class="h">执行率</td><td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>9,600.00</td><td>9,800.00</td><td>9,682.40</td><td>10</td>"
         "<td>98.80%</td><td>9.88</td></tr>",
         "<tr><td>其中：中央补助资金</td><td>8,400.00</td><td>8,400.00</td><td>8,400.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>地方财政资金</td><td>1,200.00</td><td>1,400.00</td><td>1,282.40</td><td>—</td><td>—</td><td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in ["一级指标", "二级指标", "三级指标", "年度指标值",
                                                            "实际完成值", "分值", "评分方法", "得分",
                                                            "偏差原因分析"]) + "</tr>"]
    s1 = {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS285, 0)}
    s2 = {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS285, 1)}
    for i, (l1, l2, name, target, actual, weight, method, score, why) in enumerate(ROWS285):
        lead = f'<td rowspan="{s1[i]}">{l1}</td>' if i in s1 else ""
        lead += f'<td rowspan="{s2[i]}">{l2}</td>' if i in s2 else ""
        h.append(f'<tr>{lead}<td class="l">{name}</td><td class="v">{target}</td><td class="v">{actual}</td>'
                 f'<td>{weight}</td><td class="l">{method}</td><td>{score}</td><td class="l">{why or "&nbsp;"}</td></tr>')
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>&nbsp;</td><td>99.28</td><td>自评等级：优</td></tr>',
          "</table>", "<p>填报人：章某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0566-2023×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月21日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


DOCX.update({"280": doc280, "283": doc283})
XLSX.update({"281": xls281, "284": xls284})
HTML.update({"282": html282, "285": html285})



# ---------------------------------------------------------------- 286-291: thirty-seventh set (ordinary templates filled carelessly)

# Rows: (l1, l2, name, target, actual, weight, score, note, kind); kind "" an indicator, "ph" a template placeholder
# row left in (name cell as the template had it, target maybe ≥**人, the rest empty), "cont" the rest of the name
# above continued in this row (other cells empty). Level modes per level-1 run: "merge" (merged cells), "repeat"
# (typed on every row), "first" (typed on the first row only, the others left empty, not merged).
def _r37(l1, l2, name, target="", actual="", weight="", score="", note="", kind=""):
    return (l1, l2, name, target, actual, weight, score, note, kind)


def _level_cells(rows: list[tuple], modes: dict[str, str]) -> tuple[dict, list[tuple[str, str]]]:
    """(merges {(col, first, last): text}, per-row (l1, l2) texts to type) under each level-1 run's mode."""
    merges, typed = {}, [["", ""] for _ in rows]
    for depth in (0, 1):
        for a, b, text in _prefix_runs(rows, depth):
            mode = modes.get(rows[a][0], "merge")
            if mode == "merge" and b > a:
                merges[(depth, a, b)] = text
            elif mode == "repeat":
                for i in range(a, b + 1):
                    typed[i][depth] = text if rows[i][8] != "cont" else ""
            else:
                typed[a][depth] = text
    return merges, typed


def _doc37(out: Path, head: dict, fund: tuple, parts: list[tuple], nothings: list[str], rows: list[tuple],
           modes: dict, total: tuple, signer: str, notes_after: list[str] = (), dept: bool = False) -> None:
    d = new_document()
    para(d, "部门整体支出绩效自评表" if dept else "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    widths = [1.8, 2.9, 2.1, 2.1, 2.1, 1.1, 2.0, 1.4]
    if dept:
        t = _dept_fund(d, head["dept"], fund, parts, widths)
        first_part = 3
    else:
        t = _head_fund(d, head, fund, parts, widths)
        first_part = 4
    for k, nothing in enumerate(nothings):      # the fund parts' empty cells, typed as the clerk typed them
        r, c = first_part + k // 3, 5 + k % 3
        fill(t.cell(r, c), nothing)
    para(d, "")
    n = len(rows)
    t = grid_table(d, n + 2, 8, [1.3, 1.7, 3.3, 2.5, 2.4, 1.2, 1.5, 2.6], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    merges, typed = _level_cells(rows, modes)
    for (col, a, b), text in merges.items():
        vmerge(t, col, 1 + a, 1 + b, text)
    for r, row in enumerate(rows, start=1):
        for col in (0, 1):
            if not any(col == m[0] and m[1] <= r - 1 <= m[2] for m in merges):
                fill(t.cell(r, col), typed[r - 1][col])
        for c, text in enumerate(row[2:8], start=2):
            fill(t.cell(r, c), text)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    fill(t.cell(n + 1, 5), total[0])
    fill(t.cell(n + 1, 6), total[1])
    fill(t.cell(n + 1, 7), total[2])
    for line in notes_after:
        para(d, line, 9)
    para(d, signer)
    d.save(out)


def _xls37(out: Path, head: dict, parts: list[tuple], nothings: list, rows: list[tuple], modes: dict,
           total: tuple, signer: str, headers: list[str], gap: bool = False, notes_after: list[str] = ()) -> None:
    """An xlsx form; gap leaves an EMPTY column (E) between 年度指标值 (D) and 实际完成值 (F)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    cols = "ABCDEFGHI" if gap else "ABCDEFGH"
    widths = (10, 14, 26, 14, 3, 14, 7, 7, 28) if gap else (10, 14, 26, 14, 14, 7, 7, 28)
    for col, w in zip(cols, widths):
        ws.column_dimensions[col].width = w
    last = cols[-1]
    title(ws, f"A1:{last}1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells(f"A2:{last}2")
    put(ws, "A3", "项目名称")
    merge(ws, f"B3:{last}3", head["project"], left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:C4", head["dept"], left=True)
    put(ws, "D4", "实施单位")
    merge(ws, f"E4:{last}4", head["agency"], left=True)
    fund_cols = "ABCDFGHI" if gap else "ABCDEFGH"
    tot = _xls_fund(ws, 5, fund_cols, "项目资金（万元）", parts)
    if gap:
        for r in range(5, tot + len(parts) + 1):
            put(ws, f"E{r}", None)
    for k, nothing in enumerate(nothings):
        r, col = tot + 1 + k // 3, fund_cols[5 + k % 3]
        put(ws, f"{col}{r}", nothing)
    hr = tot + len(parts) + 2
    body = [c for c in cols if not (gap and c == "E")]
    for col, text in zip(body, headers):
        put(ws, f"{col}{hr}", text)
    if gap:
        put(ws, f"E{hr}", None)
    first = hr + 1
    merges, typed = _level_cells(rows, modes)
    for (depth, a, b), text in merges.items():
        merge(ws, f"{'AB'[depth]}{first + a}:{'AB'[depth]}{first + b}", text)
    for i, row in enumerate(rows):
        r = first + i
        for depth in (0, 1):
            if not any(depth == m[0] and m[1] <= i <= m[2] for m in merges):
                put(ws, f"{'AB'[depth]}{r}", typed[i][depth] or None)
        for col, text in zip(body[2:], row[2:8]):
            put(ws, f"{col}{r}", text if text != "" else None, left=col in ("C", last))
        if gap:
            put(ws, f"E{r}", None)
        ws.row_dimensions[r].height = 36 if row[7] else 18
    end = first + len(rows)
    wcol, scol, ncol = body[5], body[6], body[7]
    merge(ws, f"A{end}:{body[4]}{end}", "总分")
    put(ws, f"{wcol}{end}", total[0])
    put(ws, f"{scol}{end}", total[1], "0.00")
    put(ws, f"{ncol}{end}", total[2], left=True)
    r = end + 1
    for line in notes_after:
        r += 1
        ws[f"A{r}"] = line
    ws[f"A{r + 2}"] = signer
    landscape(ws)
    wb.save(out)


def _html37(out: Path, place: str, head: dict, fund: tuple, parts: list[tuple], rows: list[tuple], modes: dict,
            total: tuple, signer: str, headers: list[str], inner_note: str = "") -> None:
    """An .html article page (a finance bureau's 信息公开 column) holding the form as a table."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt;margin:0 2mm}"
           ".top{border-bottom:2px solid #b00;padding:6pt 0;font-size:13pt;color:#b00}"
           ".crumb{font-size:9pt;color:#555;margin:4pt 0}h1{text-align:center;font-size:15pt}"
           ".meta{text-align:center;font-size:9pt;color:#666}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0;table-layout:fixed}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle;word-break:break-all}"
           "td.h{font-weight:bold}td.l{text-align:left}.foot{border-top:1px solid #ccc;font-size:8pt;color:#888;"
           "margin-top:12pt;padding-top:4pt}@page{size:A4;margin:12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>{head['project']}绩效自评表_{place}财政局</title><style>{css}</style></head><body>",
         f'<div class="top">{place}财政局</div>',
         '<div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 预算绩效管理 &gt; 绩效自评</div>',
         f"<h1>{head['project']}绩效自评表</h1>",
         f'<p class="meta">发布时间：2024-04-1{len(place) % 10}　来源：{place}财政局　浏览次数：{37 * len(place)}</p>',
         '<p style="text-align:center;font-weight:bold">项目支出绩效自评表</p>',
         '<p style="text-align:center">（2023年度）</p>', "<table>",
         f'<tr><td class="h">项目名称</td><td class="l" colspan="7">{head["project"]}</td></tr>',
         f'<tr><td class="h">主管部门</td><td colspan="3">{head["dept"]}</td><td class="h">实施单位</td>'
         f'<td colspan="3">{head["agency"]}</td></tr>',
         f'<tr><td class="h" rowspan="{2 + len(parts)}">项目资金<br>（万元）</td><td class="h">&nbsp;</td>'
         '<td class="h">年初预算数</td><td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td>'
         '<td class="h">执行率</td><td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td>" + "".join(f"<td>{x}</td>" for x in fund) + "</tr>"]
    for part in parts:
        h.append("<tr>" + "".join(f"<td>{x or '&nbsp;'}</td>" for x in part) + "</tr>")
    h += ["</table>", "<table>", "<tr>" + "".join(f'<td class="h">{x}</td>' for x in headers) + "</tr>"]
    merges, typed = _level_cells(rows, modes)
    spans = {(depth, a): b - a + 1 for (depth, a, b) in merges}
    for i, row in enumerate(rows):
        cells = []
        for depth in (0, 1):
            if (depth, i) in spans:
                cells.append(f'<td rowspan="{spans[(depth, i)]}">{merges[(depth, i, i + spans[(depth, i)] - 1)]}</td>')
            elif not any(depth == m[0] and m[1] <= i <= m[2] for m in merges):
                cells.append(f"<td>{typed[i][depth] or '&nbsp;'}</td>")
        cells.append(f'<td class="l">{row[2] or "&nbsp;"}</td>')
        cells += [f"<td>{x or '&nbsp;'}</td>" for x in row[3:7]]
        cells.append(f'<td class="l">{row[7] or "&nbsp;"}</td>')
        h.append("<tr>" + "".join(cells) + "</tr>")
    h.append(f'<tr><td class="h" colspan="5">总分</td><td>{total[0]}</td><td>{total[1]}</td><td>{total[2]}</td></tr>')
    if inner_note:
        h.append(f'<tr><td class="l" colspan="8">{inner_note}</td></tr>')
    h.append("</table>")
    h += [f"<p>{signer}</p>", f'<div class="foot">主办：{place}财政局　地址：{place}人民政府大院　'
          "网站标识码：略　ICP备案号：略</div>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# Guilin: placeholder rows left in (指标4：, an empty row with only its level cell, ……); 填写说明 under the table;
# levels merged for 产出 / 满意度, typed on every row for 效益; a trailing 。 after three actuals
ROWS286 = [
    _r37("产出指标", "数量指标", "资助困难群众参加基本医疗保险", "≥12万人", "12.36万人", "8", "8"),
    _r37("产出指标", "数量指标", "实施住院救助", "≥2.8万人次", "2.94万人次", "7", "7"),
    _r37("产出指标", "数量指标", "实施门诊慢特病救助", "≥1.5万人次", "1.62万人次。", "6", "6"),
    _r37("产出指标", "数量指标", "指标4：", kind="ph"),
    _r37("产出指标", "质量指标", "救助对象身份核实准确率", "100%", "100%", "6", "6"),
    _r37("产出指标", "质量指标", "政策范围内住院费用救助比例", "≥70%", "72.5%。", "6", "6"),
    _r37("产出指标", "时效指标", "救助资金“一站式”结算及时率", "≥95%", "98.2%", "5", "5"),
    _r37("产出指标", "成本指标", "人均资助参保补助", "≤380元", "380元", "6", "6"),
    _r37("效益指标", "社会效益指标", "困难群众政策范围内住院费用自付比例", "≤15%", "13.8%", "10", "10"),
    _r37("效益指标", "社会效益指标", "因病致贫返贫风险消除率", "≥90%", "86.4%", "10", "9.6",
         "部分监测对象新发高额医疗费用，2024年持续跟踪帮扶。"),
    _r37("效益指标", "可持续影响指标", "医疗救助托底保障机制", "健全", "健全", "10", "10"),
    _r37("效益指标", "", "", kind="ph"),
    _r37("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "94.6%。", "8", "8"),
    _r37("满意度指标", "服务对象满意度指标", "……", kind="ph"),
    _r37("满意度指标", "服务对象满意度指标", "定点医疗机构满意度", "≥85%", "91.2%", "8", "8"),
]


def doc286(out: Path) -> None:
    """Guilin (Guangxi): placeholder rows, 填写说明 under the table, level modes mixed, trailing 。."""
    _doc37(out, {"project": "2023年桂林市城乡医疗救助项目", "dept": "桂林市医疗保障局",
                 "agency": "桂林市医疗保障服务中心"},
           ("3,200.00", "3,400.00", "3,332.00", "10", "98.00%", "9.80"),
           [("其中：中央补助资金", "2,000.00", "2,000.00", "2,000.00"),
            ("自治区补助资金", "800.00", "800.00", "800.00"), ("市县财政资金", "400.00", "600.00", "532.00")],
           ["—", "—", "—", "无", "无", "无", "", "", ""], ROWS286,
           {"产出指标": "merge", "效益指标": "repeat", "满意度指标": "merge"}, ("100", "99.40", "自评等级：优"),
           "填报人：韦某某　　联系电话：0773-2825×××　　填报日期：2024年3月22日",
           ["填写说明：1.年度指标值按批复的绩效目标填写，实际完成值填写实际完成情况；2.未完成目标的须在偏差原因栏说明原因及"
            "改进措施；3.总分=各项指标得分之和。"])


# Ganzhou: an EMPTY column left between 年度指标值 and 实际完成值; full-width digits and signs mixed in the actual
# column (１２.６万株, 97.3％, ５.８%, 95.2 %); a stray space inside a figure (≥1 200人, 1 286人); N/A and / for nothing
ROWS287 = [
    _r37("产出指标", "数量指标", "清除黄龙病病株", "≥12万株", "１２.６万株", 8, 8),
    _r37("产出指标", "数量指标", "开展柑橘木虱统防统治面积", "≥150万亩", "156万亩", 7, 7),
    _r37("产出指标", "数量指标", "培训果农", "≥1 200人", "1 286人", 6, 6),
    _r37("产出指标", "质量指标", "病株清除率", "≥95%", "97.3％", 7, 7),
    _r37("产出指标", "质量指标", "无病苗木使用率", "100%", "１００%", 6, 6),
    _r37("产出指标", "时效指标", "冬季清园完成时间", "2023年12月31日前", "2023年12月26日", 5, 5),
    _r37("产出指标", "成本指标", "每亩统防统治补助", "≤60元", "58元", 5, 5),
    _r37("效益指标", "经济效益指标", "脐橙种植面积恢复", "≥190万亩", "188.1万亩", 8, 7.92,
         "部分果园改种其他作物，复种面积略低于目标。"),
    _r37("效益指标", "社会效益指标", "带动果农增收", "≥1.2亿元", "1.35亿元", 8, 8),
    _r37("效益指标", "生态效益指标", "果园化学农药使用量减少", "≥5%", "５.８%", 7, 7),
    _r37("效益指标", "可持续影响指标", "黄龙病联防联控机制", "健全", "健全", 7, 7),
    _r37("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "95.2 %", 8, 8),
    _r37("满意度指标", "服务对象满意度指标", "果业合作社满意度", "≥85%", "92.4%", 8, 8),
]


def xls287(out: Path) -> None:
    """Ganzhou (Jiangxi): an empty column E between target and actual; mixed full-/half-width figures; 1 200人."""
    _xls37(out, {"project": "2023年赣州市脐橙产业黄龙病防控项目", "dept": "赣州市农业农村局",
                 "agency": "赣州市果业发展中心"},
           [("其中：中央补助资金", (5000, 5000, 5000)), ("省级补助资金", (1500, 1500, 1500)),
            ("市县财政资金", (800, 1000, 962))],
           ["N/A", "N/A", "N/A", "/", "/", "/"], ROWS287, {}, (100, 99.87, "自评等级：优"),
           "填报人：钟某某　　联系电话：0797-8203×××　　填报日期：2024年3月18日",
           ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
           gap=True)


# Yibin: two long names continued in the NEXT row (the other cells empty); 填写说明 left as a row of the table;
# the 效益 levels typed on the first row only; a trailing ； after two actuals; —, 无 and empty for nothing
ROWS288 = [
    _r37("产出指标", "数量指标", "修复长江干流岸线", "≥18公里", "18.6公里", "8", "8"),
    _r37("产出指标", "数量指标", "新建岸线生态护坡及", "≥12公里", "12.4公里；", "7", "7"),
    _r37("产出指标", "数量指标", "亲水步道", kind="cont"),
    _r37("产出指标", "数量指标", "补植岸线防护林", "≥2600亩", "2750亩", "6", "6"),
    _r37("产出指标", "质量指标", "岸线修复工程验收合格率", "100%", "100%", "7", "7"),
    _r37("产出指标", "质量指标", "补植苗木成活率", "≥85%", "90.2%；", "6", "6"),
    _r37("产出指标", "时效指标", "主体工程完工时间", "2023年11月30日前", "2023年11月20日", "5", "5"),
    _r37("产出指标", "成本指标", "每公里岸线修复成本", "≤95万元", "92.6万元", "5", "5"),
    _r37("效益指标", "生态效益指标", "修复岸线植被覆盖率", "≥75%", "78.5%", "10", "10"),
    _r37("效益指标", "生态效益指标", "沿江入河排污口排查", "≥95%", "92%", "10", "9.68",
         "3处排污口涉及企业搬迁，整治延至2024年6月。"),
    _r37("效益指标", "生态效益指标", "整治完成率", kind="cont"),
    _r37("效益指标", "社会效益指标", "带动沿江休闲游憩人次", "≥50万人次", "56.3万人次", "10", "10"),
    _r37("满意度指标", "服务对象满意度指标", "沿江居民满意度", "≥90%", "93.7%", "8", "8"),
    _r37("满意度指标", "服务对象满意度指标", "游客满意度", "≥85%", "89.1%", "8", "8"),
]


def html288(out: Path) -> None:
    """Yibin (Sichuan): an article page; names continued in the next row; 填写说明 as a table row; trailing ；."""
    _html37(out, "宜宾市", {"project": "2023年宜宾市长江干流岸线生态修复项目", "dept": "宜宾市生态环境局",
                           "agency": "宜宾市长江生态保护服务中心"},
            ("2,600.00", "2,750.00", "2,698.00", "10", "98.11%", "9.81"),
            [("其中：中央补助资金", "1,500.00", "1,500.00", "1,500.00", "—", "—", "—"),
             ("省级补助资金", "600.00", "600.00", "600.00", "无", "无", "无"),
             ("市级财政资金", "500.00", "650.00", "598.00", "", "", "")],
            ROWS288, {"效益指标": "first"}, ("100", "99.49", "自评等级：优"),
            "填报人：罗某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0831-8226×××&nbsp;&nbsp;&nbsp;&nbsp;填报日期：2024年3月26日",
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"],
            inner_note="填写说明：三级指标按项目实际设置，年度指标值应与批复的绩效目标一致；定量指标须填写计量单位。")


# Zhangjiakou: a 部门整体 form; placeholder rows (指标4： ≥**人; an empty row holding only 效益指标); 产出 levels
# typed on the first row only; a stray space inside figures (≥1 500人, 1 620人); a trailing ； after two actuals
ROWS289 = [
    _r37("产出指标", "数量指标", "举办全民健身赛事活动", "≥120场", "136场", "7", "7"),
    _r37("产出指标", "数量指标", "新建更新社区健身设施", "≥85处", "88处", "6", "6"),
    _r37("产出指标", "数量指标", "培训社会体育指导员", "≥1 500人", "1 620人", "6", "6"),
    _r37("产出指标", "数量指标", "指标4：", "≥**人", kind="ph"),
    _r37("产出指标", "质量指标", "体育场馆设施安全检查合格率", "100%", "100%；", "6", "6"),
    _r37("产出指标", "质量指标", "输送青少年体育后备人才", "≥40人", "38人", "5", "4.75",
         "部分运动员因伤病推迟输送，2024年补充选拔。"),
    _r37("产出指标", "时效指标", "健身设施建设完成时间", "2023年10月31日前", "2023年10月25日", "5", "5"),
    _r37("产出指标", "成本指标", "社区健身设施单处建设成本", "≤18万元", "17.4万元", "5", "5"),
    _r37("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥42%", "43.6%", "10", "10"),
    _r37("效益指标", "社会效益指标", "冰雪运动参与人次", "≥260万人次", "281万人次", "10", "10"),
    _r37("效益指标", "可持续影响指标", "冬奥场馆赛后利用机制", "健全", "健全", "10", "10"),
    _r37("效益指标", "", "", kind="ph"),
    _r37("满意度指标", "服务对象满意度指标", "群众健身服务满意度", "≥90%", "92.8%；", "10", "10"),
    _r37("满意度指标", "服务对象满意度指标", "体育社会组织满意度", "≥85%", "88.5%", "10", "10"),
]


def doc289(out: Path) -> None:
    """Zhangjiakou (Hebei): 部门整体; placeholder rows; levels typed once / on every row / merged; 1 500人; ；."""
    _doc37(out, {"dept": "张家口市体育局"}, ("4,860.00", "5,120.00", "4,992.00", "10", "97.50%", "9.75"),
           [("其中：基本支出", "2,360.00", "2,420.00", "2,420.00"), ("项目支出", "2,500.00", "2,700.00", "2,572.00")],
           ["/", "/", "/", "N/A", "N/A", "N/A"], ROWS289,
           {"产出指标": "first", "效益指标": "repeat", "满意度指标": "merge"}, ("100", "99.50", "自评等级：优"),
           "填报人：郝某某　　联系电话：0313-8016×××　　填报日期：2024年3月25日", dept=True)


# Huangshi: the UNIT in the header of the target column (年度指标值（%）) while its non-percent cells carry their
# own units and the actual column has units in every cell; a long name continued in the next row; 效益 levels typed
# on the first row only; a …… placeholder row; 无 and empty cells for nothing in the fund parts
ROWS290 = [
    _r37("产出指标", "数量指标", "治理历史遗留废弃矿山", "≥22处", "23处", 8, 8),
    _r37("产出指标", "数量指标", "完成矿山生态修复面积", "≥180公顷", "186.5公顷", 8, 8),
    _r37("产出指标", "数量指标", "修复区域复绿及高陡", "≥65公顷", "67.2公顷", 6, 6),
    _r37("产出指标", "数量指标", "边坡加固面积", kind="cont"),
    _r37("产出指标", "质量指标", "修复工程验收合格率", "≥95", "100%", 7, 7),
    _r37("产出指标", "质量指标", "复绿植被成活率", "≥85", "87.9%", 6, 6),
    _r37("产出指标", "时效指标", "修复工程完工时间", "2023年11月30日前", "2023年11月28日", 5, 5),
    _r37("产出指标", "成本指标", "每公顷修复成本", "≤26万元", "25.3万元", 5, 5),
    _r37("效益指标", "生态效益指标", "矿区水土流失治理率", "≥90", "91.6%", 9, 9),
    _r37("效益指标", "生态效益指标", "地质灾害隐患消除率", "≥95", "93.1%", 9, 8.82,
         "2处高陡边坡需二次加固，2024年汛前完成。"),
    _r37("效益指标", "社会效益指标", "受益群众", "≥1.6万人", "1.72万人", 6, 6),
    _r37("效益指标", "可持续影响指标", "修复区后期管护机制", "健全", "健全", 6, 6),
    _r37("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90", "94.3%", 8, 8),
    _r37("满意度指标", "服务对象满意度指标", "……", kind="ph"),
    _r37("满意度指标", "服务对象满意度指标", "矿山企业满意度", "≥85", "90.2%", 7, 7),
]


def xls290(out: Path) -> None:
    """Huangshi (Hubei): 年度指标值（%） over bare percent targets and unit-bearing others; a continued name."""
    _xls37(out, {"project": "2023年黄石市历史遗留废弃矿山生态修复项目", "dept": "黄石市自然资源和规划局",
                 "agency": "黄石市国土整治中心"},
           [("其中：中央补助资金", (3000, 3000, 3000)), ("省级补助资金", (1200, 1200, 1200)),
            ("市级财政资金", (600, 800, 744))],
           ["无", "无", "无", None, None, None], ROWS290, {"效益指标": "first"}, (100, 99.71, "自评等级：优"),
           "填报人：柯某某　　联系电话：0714-6258×××　　填报日期：2024年3月20日",
           ["一级指标", "二级指标", "三级指标", "年度指标值（%）", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
           notes_after=["填写说明：定量指标须注明计量单位；偏差原因须说明未完成原因及改进措施。"])


# Hanzhong: full-width and half-width digits and signs mixed (≥４０个, ≥ 95 %, ９７.４%, 100％, ＞85%); a stray
# space inside figures (≥3 000亩); a trailing 。 after two actuals; a 指标3： ≥**个 placeholder row; 产出 levels
# typed on every row, the others merged; /, N/A and empty for nothing in the fund parts
ROWS291 = [
    _r37("产出指标", "数量指标", "朱鹮野外种群监测点", "≥４０个", "42个", "8", "8"),
    _r37("产出指标", "数量指标", "恢复朱鹮觅食湿地", "≥3 000亩", "3 150亩", "7", "7"),
    _r37("产出指标", "数量指标", "指标3：", "≥**个", kind="ph"),
    _r37("产出指标", "质量指标", "监测数据有效率", "≥ 95 %", "９７.４%", "7", "7"),
    _r37("产出指标", "质量指标", "湿地恢复工程验收合格率", "100％", "100%", "6", "6"),
    _r37("产出指标", "时效指标", "监测月报报送及时率", "100%", "100%。", "5", "5"),
    _r37("产出指标", "成本指标", "每亩湿地恢复补助", "≤800元", "780元", "6", "6"),
    _r37("效益指标", "生态效益指标", "朱鹮野外种群数量", "≥5000只", "5260只。", "10", "10"),
    _r37("效益指标", "生态效益指标", "栖息地农药化肥使用量减少", "≥10%", "8.5%", "8", "6.8",
         "部分农户施用习惯转变较慢，2024年扩大生态种植补贴范围。"),
    _r37("效益指标", "经济效益指标", "带动生态农产品增收", "≥1800万元", "1920万元", "6", "6"),
    _r37("效益指标", "可持续影响指标", "朱鹮保护社区共管机制", "健全", "健全", "7", "7"),
    _r37("满意度指标", "服务对象满意度指标", "栖息地农户满意度", "≥90%", "93.5%", "10", "10"),
    _r37("满意度指标", "服务对象满意度指标", "游客满意度", "＞85%", "91.2%", "10", "10"),
]


def html291(out: Path) -> None:
    """Hanzhong (Shaanxi): an article page; mixed full-/half-width figures; placeholder row; /, N/A, empty."""
    _html37(out, "汉中市", {"project": "2023年汉中市朱鹮栖息地保护项目", "dept": "汉中市林业局",
                           "agency": "汉中市朱鹮保护服务中心"},
            ("1,280.00", "1,350.00", "1,323.00", "10", "98.00%", "9.80"),
            [("其中：中央补助资金", "800.00", "800.00", "800.00", "/", "/", "/"),
             ("省级补助资金", "300.00", "300.00", "300.00", "N/A", "N/A", "N/A"),
             ("市级财政资金", "180.00", "250.00", "223.00", "", "", "")],
            ROWS291, {"产出指标": "repeat"}, ("100", "98.60", "自评等级：优"),
            "填报人：王某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0916-2628×××&nbsp;&nbsp;&nbsp;&nbsp;填报日期：2024年3月27日",
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"])


DOCX.update({"286": doc286, "289": doc289})
XLSX.update({"287": xls287, "290": xls290})
HTML.update({"288": html288, "291": html291})


# ---------------------------------------------------------------- 292-297: thirty-eighth set (structures, twelfth round)

# Panjin: (l1, l2, name, target, actual, weight, score, note); the levels as OUTLINE rows numbered 1 / 1.1 / 1.1.1
ROWS292 = [
    ("产出指标", "数量指标", "推广稻蟹综合种养面积", "≥10万亩", "10.4万亩", "8", "8", ""),
    ("产出指标", "数量指标", "建设稻蟹种养核心示范区", "≥6个", "6个", "6", "6", ""),
    ("产出指标", "数量指标", "培训种养户", "≥2000人次", "2150人次", "6", "6", ""),
    ("产出指标", "质量指标", "示范区稻田水质达标率", "≥95%", "97.1%", "7", "7", ""),
    ("产出指标", "质量指标", "河蟹回捕率", "≥40%", "42.5%", "6", "6", ""),
    ("产出指标", "时效指标", "补助资金兑付完成时间", "2023年11月30日前", "2023年11月20日", "5", "5", ""),
    ("产出指标", "成本指标", "每亩种养补助标准", "≤150元", "150元", "6", "6", ""),
    ("效益指标", "经济效益指标", "稻蟹种养亩均增收", "≥600元", "552元", "10", "9.2",
     "受河蟹收购价格下行影响，亩均增收未达预期。"),
    ("效益指标", "社会效益指标", "带动种养农户", "≥3000户", "3120户", "8", "8", ""),
    ("效益指标", "生态效益指标", "示范区化肥使用量减少", "≥20%", "22.6%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "种养户满意度", "≥90%", "93.6%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥85%", "91.2%", "8", "8", ""),
]


def doc292(out: Path) -> None:
    """Panjin (Liaoning): NO level columns: the levels are OUTLINE rows in the table (1 产出指标, 1.1 数量指标)
    under a 序号 / 指标名称 header, each indicator numbered 1.1.1 in the 序号 column."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年盘锦市稻蟹综合种养示范推广项目", "dept": "盘锦市农业农村局",
                   "agency": "盘锦市水产技术推广站"},
               ("1,200.00", "1,350.00", "1,316.25", "10", "97.50%", "9.75"),
               [("其中：省级补助资金", "800.00", "800.00", "800.00"),
                ("市级财政资金", "400.00", "550.00", "516.25")],
               [1.8, 2.9, 2.1, 2.1, 2.1, 1.1, 2.0, 1.4])
    para(d, "")
    lines = []   # (序号, name, target, actual, weight, score, note, outline)
    for i, (a, b, l1) in enumerate(_prefix_runs(ROWS292, 0), start=1):
        lines.append((f"{i}", l1, "", "", "", "", "", True))
        for j, (a2, b2, l2) in enumerate(_prefix_runs(ROWS292[a:b + 1], 1), start=1):
            lines.append((f"{i}.{j}", l2, "", "", "", "", "", True))
            for k, row in enumerate(ROWS292[a + a2:a + b2 + 1], start=1):
                lines.append((f"{i}.{j}.{k}", *row[2:], False))
    t = grid_table(d, len(lines) + 2, 7, [1.4, 4.8, 2.4, 2.3, 1.1, 1.6, 3.3], "Table Grid")
    for c, text in enumerate(["序号", "指标名称", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for r, (num, name, *rest, outline) in enumerate(lines, start=1):
        fill(t.cell(r, 0), num)
        fill(t.cell(r, 1), name)
        for c, text in enumerate(rest, start=2):
            fill(t.cell(r, c), text)
        if outline:
            for run in t.cell(r, 1).paragraphs[0].runs + t.cell(r, 0).paragraphs[0].runs:
                run.bold = True
    end = len(lines) + 1
    fill(t.cell(end, 0).merge(t.cell(end, 3)), "总分")
    fill(t.cell(end, 4), "100")
    fill(t.cell(end, 5), "98.95")
    fill(t.cell(end, 6), "自评等级：优")
    para(d, "填报人：王某某　　联系电话：0427-2826×××　　填报日期：2024年3月14日")
    d.save(out)


# Liaocheng: (l1, l2, name, direction, target, actual, weight, score, note); a 指标方向 column (正向 / 反向)
ROWS293 = [
    ("产出指标", "数量指标", "完成治理农村黑臭水体", "正向", "≥85处", "87处", 8, 8, ""),
    ("产出指标", "数量指标", "新建污水收集管网", "正向", "≥120公里", "124.5公里", 7, 7, ""),
    ("产出指标", "数量指标", "建设村级污水处理站", "正向", "≥30座", "30座", 6, 6, ""),
    ("产出指标", "质量指标", "治理水体水质达标率", "正向", "≥90%", "92.4%", 7, 7, ""),
    ("产出指标", "质量指标", "治理后水体返黑返臭率", "反向", "≤5%", "3.5%", 6, 6, ""),
    ("产出指标", "时效指标", "治理工程完工时间", "—", "2023年10月31日前", "2023年10月26日", 5, 5, ""),
    ("产出指标", "成本指标", "单处水体治理成本", "反向", "≤25万元", "23.8万元", 6, 6, ""),
    ("效益指标", "生态效益指标", "农村生活污水治理率", "正向", "≥45%", "41.4%", 10, 9.2,
     "部分村庄管网接户工程延至2024年汛期后实施。"),
    ("效益指标", "社会效益指标", "受益农村人口", "正向", "≥12万人", "12.6万人", 8, 8, ""),
    ("效益指标", "可持续影响指标", "黑臭水体长效管护机制", "—", "健全", "健全", 7, 7, ""),
    ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "正向", "≥90%", "94.2%", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "村集体满意度", "正向", "≥85%", "89.6%", 10, 10, ""),
]


def xls293(out: Path) -> None:
    """Liaocheng (Shandong): a 指标方向 column (正向 / 反向 / —) between 三级指标 and 年度指标值 saying whether
    more is better; the targets keep their own signs."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHI", (14, 16, 24, 9, 16, 15, 7, 8, 28)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:I1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:I3", "2023年聊城市农村黑臭水体治理项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "聊城市生态环境局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:I4", "聊城市生态环境保护综合服务中心", left=True)
    total = _xls_fund(ws, 5, "ABCDEFGH", "项目资金（万元）",
                      [("其中：省级补助资金", (1500, 1500, 1500)), ("市县财政资金", (600, 800, 745.6))])
    r = total + 4
    for col, text in zip("ABCDEFGHI", ("一级指标", "二级指标", "三级指标", "指标方向", "年度指标值", "实际完成值",
                                       "分值", "得分", "偏差原因分析及改进措施")):
        put(ws, f"{col}{r}", text)
    first = r + 1
    levels(ws, "A", "B", first, ROWS293)
    for i, (_l1, _l2, name, way, target, actual, weight, score, note) in enumerate(ROWS293):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        for col, v in zip("DEFG", (way, target, actual, weight)):
            put(ws, f"{col}{r}", v)
        put(ws, f"H{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"I{r}", note, left=True)
        ws.row_dimensions[r].height = 40 if note else 18
    end = first + len(ROWS293)
    merge(ws, f"A{end}:F{end}", "总分")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+F{total}")
    put(ws, f"H{end}", f"=SUM(H{first}:H{end - 1})+H{total}", "0.00")
    put(ws, f"I{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：孙某某　　联系电话：0635-8456×××　　填报日期：2024年3月22日"
    landscape(ws)
    wb.save(out)


# Xuchang: (l1, l2, name, last year, target, actual, weight, score, note); a 上年完成值 column before the target
ROWS294 = [
    ("产出指标", "数量指标", "新建社区养老服务中心", "12个", "≥15个", "15个", "8", "8", ""),
    ("产出指标", "数量指标", "改造提升日间照料中心", "20个", "≥25个", "26个", "7", "7", ""),
    ("产出指标", "数量指标", "实施居家适老化改造", "800户", "≥1000户", "1050户", "7", "7", ""),
    ("产出指标", "质量指标", "设施竣工验收合格率", "100%", "100%", "100%", "7", "7", ""),
    ("产出指标", "质量指标", "养老护理员持证上岗率", "82%", "≥90%", "93.5%", "5", "5", ""),
    ("产出指标", "时效指标", "养老服务中心建成投用时间", "—", "2023年12月31日前", "2023年12月18日", "5", "5", ""),
    ("产出指标", "成本指标", "每户适老化改造补助", "3000元", "≤3000元", "2950元", "6", "6", ""),
    ("效益指标", "社会效益指标", "城市社区养老服务覆盖率", "65%", "≥80%", "76%", "10", "9.5",
     "3个新建小区配套用房未移交，服务中心延至2024年开办。"),
    ("效益指标", "社会效益指标", "服务老年人", "8.2万人次", "≥10万人次", "10.6万人次", "10", "10", ""),
    ("效益指标", "可持续影响指标", "社区养老服务运营长效机制", "基本健全", "健全", "健全", "5", "5", ""),
    ("满意度指标", "服务对象满意度指标", "服务老年人满意度", "91.5%", "≥90%", "94.8%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "老年人家属满意度", "88.6%", "≥90%", "92.3%", "10", "10", ""),
]


def html294(out: Path) -> None:
    """Xuchang (Henan): a 上年完成值 column BEFORE the 本年指标值 (the target) and the 本年完成值; last year's
    figures look like targets and actuals but are neither."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:9.5pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}td.v{white-space:nowrap}@page{size:A4;margin:12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>许昌市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年许昌市城市社区养老服务设施建设项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">许昌市民政局</td><td class="h">实施单位</td>'
         '<td colspan="3">许昌市社会福利和养老服务中心</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h">&nbsp;</td>'
         '<td class="h">年初预算数</td><td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td>'
         '<td class="h">执行率</td><td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>3,000.00</td><td>3,200.00</td><td>3,136.00</td><td>10</td>"
         "<td>98.00%</td><td>9.80</td></tr>",
         "<tr><td>其中：中央补助资金</td><td>2,000.00</td><td>2,000.00</td><td>2,000.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>市级财政资金</td><td>1,000.00</td><td>1,200.00</td><td>1,136.00</td><td>—</td><td>—</td><td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in ["一级指标", "二级指标", "三级指标", "上年完成值",
                                                            "本年指标值", "本年完成值", "分值", "得分",
                                                            "偏差原因分析"]) + "</tr>"]
    s1 = {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS294, 0)}
    s2 = {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS294, 1)}
    for i, (l1, l2, name, last, target, actual, weight, score, why) in enumerate(ROWS294):
        lead = f'<td rowspan="{s1[i]}">{l1}</td>' if i in s1 else ""
        lead += f'<td rowspan="{s2[i]}">{l2}</td>' if i in s2 else ""
        h.append(f'<tr>{lead}<td class="l">{name}</td><td class="v">{last}</td><td class="v">{target}</td>'
                 f'<td class="v">{actual}</td><td>{weight}</td><td>{score}</td>'
                 f'<td class="l">{why or "&nbsp;"}</td></tr>')
    h += ['<tr><td class="h" colspan="6">总分</td><td>100</td><td>99.30</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：李某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0374-2963×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月18日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# Yichun: (l1, l2, name, target, actual/完成率 in ONE cell, weight, score, note)
ROWS295 = [
    ("产出指标", "数量指标", "新建森林防火检查站", "≥8座", "8座/100.0%", "7", "7", ""),
    ("产出指标", "数量指标", "购置森林消防装备", "≥1200台", "1260台/105.0%", "7", "7", ""),
    ("产出指标", "数量指标", "开设维护防火隔离带", "≥350公里", "362公里/103.4%", "7", "7", ""),
    ("产出指标", "数量指标", "培训专业扑火队员", "≥600人", "615人/102.5%", "6", "6", ""),
    ("产出指标", "质量指标", "消防装备验收合格率", "100%", "100%/100.0%", "6", "6", ""),
    ("产出指标", "时效指标", "防火期前装备配发到位时间", "2023年9月30日前", "2023年9月25日/—", "5", "5", ""),
    ("产出指标", "成本指标", "防火检查站单站建设成本", "≤80万元", "78.5万元/—", "6", "6", ""),
    ("效益指标", "社会效益指标", "森林火灾24小时扑灭率", "≥95%", "100%/105.3%", "10", "10", ""),
    ("效益指标", "生态效益指标", "森林覆盖率", "≥86%", "86.4%/100.5%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "林区视频瞭望监测覆盖率", "≥90%", "87.3%/97.0%", "10", "9.7",
     "2处瞭望塔供电线路未接通，监测设备2024年5月前投运。"),
    ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "93.1%/103.4%", "9", "9", ""),
    ("满意度指标", "服务对象满意度指标", "扑火队员满意度", "≥85%", "90.2%/106.1%", "9", "9", ""),
]


def doc295(out: Path) -> None:
    """Yichun (Heilongjiang): the actual and its 完成率 share ONE cell (362公里/103.4%) under a
    实际完成值/完成率 header; 完成率 written — where it means nothing (a date, a cost)."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年伊春市森林草原防灭火能力提升项目", "dept": "伊春市林业和草原局",
                   "agency": "伊春市森林草原防灭火指挥部办公室"},
               ("1,500.00", "1,600.00", "1,552.00", "10", "97.00%", "9.70"),
               [("其中：中央补助资金", "1,000.00", "1,000.00", "1,000.00"),
                ("省级补助资金", "500.00", "600.00", "552.00")],
               [1.8, 2.9, 2.1, 2.1, 2.1, 1.1, 2.0, 1.4])
    para(d, "")
    n = len(ROWS295)
    t = grid_table(d, n + 2, 8, [1.3, 1.8, 3.0, 2.5, 2.6, 1.1, 1.5, 2.5], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值/完成率", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for depth in (0, 1):
        for a, b, text in _prefix_runs(ROWS295, depth):
            vmerge(t, depth, 1 + a, 1 + b, text)
    for r, (_l1, _l2, *rest) in enumerate(ROWS295, start=1):
        for c, text in enumerate(rest, start=2):
            fill(t.cell(r, c), text)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    fill(t.cell(n + 1, 5), "100")
    fill(t.cell(n + 1, 6), "99.40")
    fill(t.cell(n + 1, 7), "自评等级：优")
    para(d, "填报人：刘某某　　联系电话：0458-3612×××　　填报日期：2024年3月11日")
    d.save(out)


# Bozhou: (l1, l2, name, target, actual, weight, score, note); weights in table 1, actual and score in table 2
ROWS296 = [
    ("产出指标", "数量指标", "建设中药材标准化种植基地", "≥12个", "12个", 8, 8, ""),
    ("产出指标", "数量指标", "中药材标准化种植面积", "≥3.5万亩", "3.62万亩", 8, 8, ""),
    ("产出指标", "数量指标", "开展药农技术培训", "≥50场", "52场", 6, 6, ""),
    ("产出指标", "质量指标", "种子种苗质量合格率", "≥98%", "99.2%", 7, 7, ""),
    ("产出指标", "质量指标", "药材农残抽检合格率", "100%", "100%", 6, 6, ""),
    ("产出指标", "时效指标", "基地建设完成时间", "2023年11月30日前", "2023年11月28日", 5, 5, ""),
    ("产出指标", "成本指标", "每亩标准化种植补助", "≤300元", "300元", 5, 5, ""),
    ("效益指标", "经济效益指标", "带动中药材产值增加", "≥2亿元", "1.85亿元", 10, 9.25,
     "白芍、白术市场价格下跌，产值增幅低于预期。"),
    ("效益指标", "社会效益指标", "带动药农增收户数", "≥5000户", "5260户", 8, 8, ""),
    ("效益指标", "可持续影响指标", "中药材质量追溯体系", "健全", "健全", 7, 7, ""),
    ("满意度指标", "服务对象满意度指标", "药农满意度", "≥90%", "95.1%", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "中药饮片加工企业满意度", "≥85%", "90.8%", 10, 10, ""),
]


def xls296(out: Path) -> None:
    """Bozhou (Anhui): the weights in the indicator table (一级 / 二级 / 三级 / 年度指标值 / 分值), the actuals and
    scores in a SECOND table below (三级指标 / 实际完成值 / 得分 / 偏差原因) keyed by the indicator's name."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGH", (16, 16, 26, 16, 15, 8, 9, 26)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年亳州市中药材标准化种植基地建设项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:C4", "亳州市农业农村局", left=True)
    put(ws, "D4", "实施单位")
    merge(ws, "E4:H4", "亳州市中药材产业发展中心", left=True)
    total = _xls_fund(ws, 5, "ABCDEFGH", "项目资金（万元）",
                      [("其中：省级补助资金", (800, 800, 800)), ("市级财政资金", (400, 450, 429.5))])
    r = total + 4
    merge(ws, f"A{r}:H{r}", "一、绩效指标及分值", left=True)
    ws[f"A{r}"].font = Font(name="宋体", size=10, bold=True)
    r += 1
    put(ws, f"A{r}", "一级指标")
    put(ws, f"B{r}", "二级指标")
    merge(ws, f"C{r}:D{r}", "三级指标")
    merge(ws, f"E{r}:F{r}", "年度指标值")
    merge(ws, f"G{r}:H{r}", "分值")
    first = r + 1
    levels(ws, "A", "B", first, ROWS296)
    for i, (_l1, _l2, name, target, _a, weight, _s, _n) in enumerate(ROWS296):
        merge(ws, f"C{first + i}:D{first + i}", name, left=True)
        merge(ws, f"E{first + i}:F{first + i}", target)
        merge(ws, f"G{first + i}:H{first + i}", weight)
    end1 = first + len(ROWS296)
    merge(ws, f"A{end1}:F{end1}", "合计（不含预算执行率）")
    merge(ws, f"G{end1}:H{end1}", f"=SUM(G{first}:G{end1 - 1})")
    r = end1 + 2
    merge(ws, f"A{r}:H{r}", "二、绩效指标完成情况及得分", left=True)
    ws[f"A{r}"].font = Font(name="宋体", size=10, bold=True)
    r += 1
    merge(ws, f"A{r}:C{r}", "三级指标")
    merge(ws, f"D{r}:E{r}", "实际完成值")
    merge(ws, f"F{r}:G{r}", "得分")
    put(ws, f"H{r}", "偏差原因分析及改进措施")
    first2 = r + 1
    for i, (_l1, _l2, name, _t, actual, _w, score, note) in enumerate(ROWS296):
        r = first2 + i
        merge(ws, f"A{r}:C{r}", name, left=True)
        merge(ws, f"D{r}:E{r}", actual)
        merge(ws, f"F{r}:G{r}", score, fmt="0.00" if score != int(score) else None)
        put(ws, f"H{r}", note, left=True)
        ws.row_dimensions[r].height = 40 if note else 18
    end = first2 + len(ROWS296)
    merge(ws, f"A{end}:E{end}", "总分（含预算执行率10分）")
    merge(ws, f"F{end}:G{end}", f"=SUM(F{first2}:F{end - 1})+H{total}", fmt="0.00")
    put(ws, f"H{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：周某某　　联系电话：0558-5536×××　　填报日期：2024年3月25日"
    landscape(ws)
    wb.save(out)


# Dingxi: two projects' indicator rows in ONE table, each run under a project-name row spanning the table
PROJ297 = [
    ("2023年定西市马铃薯脱毒种薯繁育推广项目", ("800.00", "850.00", "833.00", "10", "98.00%", "9.80"), "98.30", [
        ("产出指标", "数量指标", "繁育脱毒原种", "≥1.2万吨", "1.25万吨", "15", "15", ""),
        ("产出指标", "数量指标", "推广脱毒种薯面积", "≥20万亩", "21.3万亩", "15", "15", ""),
        ("产出指标", "质量指标", "种薯质量检测合格率", "≥98%", "98.6%", "10", "10", ""),
        ("产出指标", "时效指标", "种薯调运完成时间", "2023年4月30日前", "2023年4月25日", "10", "10", ""),
        ("效益指标", "经济效益指标", "马铃薯亩均增产", "≥200公斤", "180公斤", "15", "13.5",
         "春季干旱致部分旱地减产，2024年推广配套保墒技术。"),
        ("效益指标", "社会效益指标", "带动种植户", "≥1.5万户", "1.56万户", "15", "15", ""),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "93.4%", "10", "10", ""),
    ]),
    ("2023年定西市中药材产地初加工设施补助项目", ("600.00", "600.00", "585.00", "10", "97.50%", "9.75"), "99.75", [
        ("产出指标", "数量指标", "补助建设产地初加工设施", "≥40套", "42套", "15", "15", ""),
        ("产出指标", "数量指标", "新增药材初加工能力", "≥3万吨", "3.1万吨", "15", "15", ""),
        ("产出指标", "质量指标", "设施验收合格率", "100%", "100%", "10", "10", ""),
        ("产出指标", "成本指标", "每套设施补助标准", "≤15万元", "14.2万元", "10", "10", ""),
        ("效益指标", "经济效益指标", "初加工药材增值率", "≥15%", "16.2%", "15", "15", ""),
        ("效益指标", "可持续影响指标", "设施运行管护机制", "健全", "健全", "15", "15", ""),
        ("满意度指标", "服务对象满意度指标", "经营主体满意度", "≥90%", "92.5%", "10", "10", ""),
    ]),
]


def html297(out: Path) -> None:
    """Dingxi (Gansu): TWO projects in one form: a fund table with a row per project, and ONE indicator table
    in which each project's rows follow a project-name row spanning the table and end in its own 总分 row."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:9.5pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}td.p{text-align:left;font-weight:bold;background:#f2f2f2}"
           "td.v{white-space:nowrap}@page{size:A4;margin:12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>定西市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">主管部门</td><td colspan="2">定西市农业农村局</td><td class="h">实施单位</td>'
         '<td colspan="3">定西市农业技术推广中心</td></tr>',
         '<tr><td class="h" colspan="7">项目资金（万元）</td></tr>',
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in ["项目名称", "年初预算数", "全年预算数", "全年执行数",
                                                            "分值", "执行率", "得分"]) + "</tr>"]
    for name, fund, _total, _rows in PROJ297:
        h.append(f'<tr><td class="l">{name}</td>' + "".join(f"<td>{x}</td>" for x in fund) + "</tr>")
    h += ['<tr><td class="h">合计</td><td>1,400.00</td><td>1,450.00</td><td>1,418.00</td><td>—</td><td>97.79%</td>'
          "<td>—</td></tr>", "</table>", "<table>",
          "<tr>" + "".join(f'<td class="h">{x}</td>' for x in ["一级指标", "二级指标", "三级指标", "年度指标值",
                                                             "实际完成值", "分值", "得分", "偏差原因分析"]) + "</tr>"]
    for k, (name, _fund, total, rows) in enumerate(PROJ297):
        h.append(f'<tr><td class="p" colspan="8">项目{"一二"[k]}：{name}</td></tr>')
        s1 = {a: b - a + 1 for a, b, _t in _prefix_runs(rows, 0)}
        s2 = {a: b - a + 1 for a, b, _t in _prefix_runs(rows, 1)}
        for i, (l1, l2, ind, target, actual, weight, score, why) in enumerate(rows):
            lead = f'<td rowspan="{s1[i]}">{l1}</td>' if i in s1 else ""
            lead += f'<td rowspan="{s2[i]}">{l2}</td>' if i in s2 else ""
            h.append(f'<tr>{lead}<td class="l">{ind}</td><td class="v">{target}</td><td class="v">{actual}</td>'
                     f'<td>{weight}</td><td>{score}</td><td class="l">{why or "&nbsp;"}</td></tr>')
        h.append(f'<tr><td class="h" colspan="5">本项目总分（含预算执行率10分）</td><td>100</td><td>{total}</td>'
                 "<td>自评等级：优</td></tr>")
    h += ["</table>", "<p>填报人：张某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0932-8215×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月19日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


DOCX.update({"292": doc292, "295": doc295})
XLSX.update({"293": xls293, "296": xls296})
HTML.update({"294": html294, "297": html297})


# ---------------------------------------------------------------- 298-303: thirty-ninth set (whole reports, second round)
# Six whole self-evaluation REPORTS as offices file them: a title block, prose chapters 一 to 七 with the budget and
# a few results in sentences (agreeing with the form), other tables that are no indicator table (资金分配到县区,
# 合同及支付明细, 资金支付明细, 重点工作进度), and the self-evaluation form (as 附件, or its tables inside the chapters).
# Rows are (l1, l2, name, target, actual, weight, score, note); the fund weighs 10 of the form's 100 points.

CHAPTERS39 = ["一、项目基本情况", "二、项目资金使用及管理情况", "三、项目组织实施情况", "四、绩效目标完成情况",
              "五、存在的问题及原因", "六、下一步改进措施", "七、其他需要说明的问题"]


def _report39(d, blocks: list) -> None:
    """Report body: ("h", heading) bold, ("p", text) an indented paragraph, ("c", caption) a centred table
    caption, ("t", heads, rows, widths) a grid table of other data, ("f", callable) anything else."""
    for kind, *rest in blocks:
        if kind == "h":
            para(d, rest[0], 12, True)
        elif kind == "p":
            p = para(d, rest[0])
            p.paragraph_format.first_line_indent = Pt(21)
        elif kind == "c":
            para(d, rest[0], 10.5, True, True)
        elif kind == "t":
            heads, rows, widths = rest
            t = grid_table(d, len(rows) + 1, len(heads), widths, "Table Grid")
            for r, cells in enumerate([heads, *rows]):
                for c, text in enumerate(cells):
                    fill(t.cell(r, c), text)
            repeat_header(t.rows[0])
        else:
            rest[0](d)


WIDTHS39 = [1.8, 2.8, 2.1, 2.1, 2.1, 1.1, 1.9, 1.4]   # head / fund table: 执行率 wide enough for 98.00%


def _grid39(d, rows: list[tuple], total: str):
    """The 8-column indicator grid of _indicator_grid, with the value and score columns wide enough for their
    figures and rows kept whole over a page break (w:cantSplit)."""
    t = grid_table(d, len(rows) + 2, 8, [1.4, 1.7, 2.9, 2.9, 2.9, 1.1, 1.5, 2.4], "Table Grid")
    for c, text in enumerate(HEADS214):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    indicator_rows(t, 1, rows, IND_COLS)
    end = len(rows) + 1
    fill(t.cell(end, 0).merge(t.cell(end, 4)), "总分")
    fill(t.cell(end, 5), "100")
    fill(t.cell(end, 6), total)
    fill(t.cell(end, 7), "自评等级：优")
    for row in t.rows:
        row._tr.get_or_add_trPr().append(_el("w:cantSplit"))
    return t


def _title39(d, title: str, who: str, when: str) -> None:
    para(d, "")
    para(d, title, 18, True, True)
    para(d, "")
    para(d, who, 12, False, True)
    para(d, when, 12, False, True)
    para(d, "")


ROWS298 = [
    ("产出指标", "数量指标", "新造水源涵养林", "≥3.6万亩", "3.72万亩", "8", "8", ""),
    ("产出指标", "数量指标", "实施封山育林", "≥1.6万亩", "1.65万亩", "6", "6", ""),
    ("产出指标", "数量指标", "建设生态护林员巡护站", "≥12个", "12个", "5", "5", ""),
    ("产出指标", "质量指标", "造林当年成活率", "≥90%", "92.6%", "7", "7", ""),
    ("产出指标", "质量指标", "苗木质量合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "春季造林任务完成时间", "2023年4月30日前", "2023年4月26日", "6", "6", ""),
    ("产出指标", "成本指标", "每亩新造林补助标准", "≤1000元", "980元", "7", "7", ""),
    ("效益指标", "生态效益指标", "库区森林覆盖率", "≥67%", "67.4%", "10", "10", ""),
    ("效益指标", "生态效益指标", "入库支流水质达标率", "≥95%", "93.1%", "10", "9.8",
     "汛期支流受面源污染影响，2024年加强治理。"),
    ("效益指标", "社会效益指标", "带动护林员及造林务工", "≥2000人", "2086人", "7", "7", ""),
    ("效益指标", "可持续影响指标", "造林地管护责任落实率", "100%", "100%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "库区群众满意度", "≥90%", "94.2%", "10", "10", ""),
]


def doc298(out: Path) -> None:
    """Shiyan (Hubei): a whole report: title block, chapters 一 to 七 in prose, a table of the funds allotted to
    the counties in 二, the self-evaluation form as 附件 after a page break."""
    d = new_document()
    _title39(d, "十堰市丹江口库区水源涵养林建设项目\n2023年度绩效自评报告", "十堰市林业局", "2024年3月")
    _report39(d, [
        ("h", CHAPTERS39[0]),
        ("p", "丹江口库区水源涵养林建设项目是保障南水北调中线工程水源区生态安全的重点项目，由十堰市林业局主管，"
              "十堰市林业发展服务中心组织实施，涉及丹江口市、郧阳区、郧西县、竹山县、竹溪县、房县6个县（市、区）。"
              "2023年度项目绩效目标为：新造水源涵养林3.6万亩以上，实施封山育林1.6万亩以上，造林当年成活率不低于90%，"
              "库区森林覆盖率达到67%以上。"),
        ("h", CHAPTERS39[1]),
        ("p", "（一）资金安排及执行情况。项目年初预算1500万元，年中追加市级财政资金100万元，全年预算1600万元，"
              "其中中央财政资金1000万元、市级财政资金600万元。截至2023年12月31日，全年执行1568万元，"
              "预算执行率98%。资金分配及执行情况见表1。"),
        ("c", "表1　2023年度资金分配到各县（市、区）情况（单位：万元）"),
        ("t", ["序号", "县（市、区）", "新造林任务（万亩）", "分配资金", "执行数", "执行率"],
         [["1", "丹江口市", "1.00", "420.00", "412.40", "98.19%"],
          ["2", "郧阳区", "0.70", "300.00", "296.00", "98.67%"],
          ["3", "郧西县", "0.60", "260.00", "255.60", "98.31%"],
          ["4", "竹山县", "0.54", "240.00", "236.00", "98.33%"],
          ["5", "竹溪县", "0.44", "200.00", "192.80", "96.40%"],
          ["6", "房县", "0.32", "180.00", "175.20", "97.33%"],
          ["", "合计", "3.60", "1,600.00", "1,568.00", "98.00%"]],
         [1.2, 3.0, 2.8, 2.6, 2.6, 2.4]),
        ("p", "（二）资金管理情况。项目资金实行专账核算、专款专用，按照造林验收结果分批拨付，"
              "未发现截留、挤占、挪用等问题。"),
        ("h", CHAPTERS39[2]),
        ("p", "市林业局成立项目工作专班，制定实施方案，与各县（市、区）签订目标责任书；苗木统一招标采购，"
              "造林地块逐块建档，竣工后由市级组织抽查验收。"),
        ("h", CHAPTERS39[3]),
        ("p", "（一）产出情况。全年新造水源涵养林3.72万亩、实施封山育林1.65万亩，建成生态护林员巡护站12个；"
              "造林当年成活率92.6%，苗木质量合格率100%；春季造林任务于2023年4月26日全部完成；"
              "每亩新造林补助980元，未超过1000元的标准。"),
        ("p", "（二）效益情况。库区森林覆盖率达到67.4%；入库支流水质达标率93.1%，未达到95%的年度目标；"
              "项目带动护林员及造林务工2086人；造林地管护责任落实率100%。"),
        ("p", "（三）满意度情况。通过问卷调查，库区群众满意度为94.2%。"),
        ("p", "（四）自评结论。经综合评价，项目自评得分99.60分，自评等级为优。自评表见附件。"),
        ("h", CHAPTERS39[4]),
        ("p", "一是汛期部分支流受农业面源污染影响，入库支流水质达标率未达目标；二是个别县（市、区）资金拨付进度偏慢。"),
        ("h", CHAPTERS39[5]),
        ("p", "加强支流沿岸植被恢复和面源污染协同治理；按季度通报资金执行进度，督促各县（市、区）及时拨付。"),
        ("h", CHAPTERS39[6]),
        ("p", "无。"),
        ("f", lambda doc: doc.add_page_break()),
    ])
    para(d, "附件", 12, True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "丹江口库区水源涵养林建设项目", "dept": "十堰市林业局",
                   "agency": "十堰市林业发展服务中心"},
               ("1,500.00", "1,600.00", "1,568.00", "10", "98.00%", "9.80"),
               [("其中：中央财政资金", "1,000.00", "1,000.00", "1,000.00"),
                ("市级财政资金", "500.00", "600.00", "568.00")],
               WIDTHS39)
    para(d, "").paragraph_format.line_spacing = Pt(4)   # keeps the two tables apart
    _grid39(d, ROWS298, "99.60")
    para(d, "")
    para(d, "填报人：陈某某　　联系电话：0719-8652×××　　填报日期：2024年3月15日")
    d.save(out)


ROWS299 = [
    ("产出指标", "数量指标", "新建改造海绵型道路", "≥18公里", "18.6公里", "7", "7", ""),
    ("产出指标", "数量指标", "雨污分流改造管网", "≥42公里", "43.5公里", "7", "7", ""),
    ("产出指标", "数量指标", "建设下凹式绿地及雨水花园", "≥12万平方米", "12.4万平方米", "6", "6", ""),
    ("产出指标", "数量指标", "布设在线监测点", "≥60个", "60个", "4", "4", ""),
    ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "透水铺装渗透系数达标率", "≥95%", "97.2%", "5", "5", ""),
    ("产出指标", "时效指标", "二期工程完工时间", "2023年11月30日前", "2023年11月25日", "5", "5", ""),
    ("产出指标", "成本指标", "每公里海绵型道路改造成本", "≤320万元", "309万元", "5", "5", ""),
    ("效益指标", "生态效益指标", "年径流总量控制率", "≥75%", "76.8%", "8", "8", ""),
    ("效益指标", "生态效益指标", "城市面源污染削减率", "≥45%", "46.5%", "7", "7", ""),
    ("效益指标", "社会效益指标", "消除城区易涝点", "≥15处", "13处", "8", "6.93",
     "2处易涝点涉及铁路桥下通道改造，需与铁路部门协调，2024年汛前完成。"),
    ("效益指标", "可持续影响指标", "海绵设施运行维护机制", "健全", "健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "城区居民满意度", "≥90%", "93.5%", "15", "15", ""),
]


def doc299(out: Path) -> None:
    """Pingxiang (Jiangxi): a whole report whose self-evaluation form is split into the chapters: 表1 the head and
    fund table in 二, 表2 a list of contracts and payments in 二, 表3 the indicator table inside 四."""
    d = new_document()
    para(d, "萍乡市海绵城市建设项目2023年度绩效自评报告", 16, True, True)
    para(d, "萍乡市住房和城乡建设局（2024年3月22日）", 11, False, True)
    _report39(d, [
        ("h", CHAPTERS39[0]),
        ("p", "萍乡市是全国首批海绵城市建设试点城市。2023年度项目主要建设内容为老城区海绵化改造，包括海绵型道路、"
              "雨污分流管网、下凹式绿地及雨水花园和海绵城市监测平台，由萍乡市海绵城市建设管理中心组织实施。"),
        ("h", CHAPTERS39[1]),
        ("p", "项目年初预算2800万元，全年预算3000万元，其中中央补助资金2000万元、市级财政资金1000万元；"
              "全年执行2934万元，预算执行率97.8%，资金执行情况得分9.78分（见表1）。"
              "项目资金按合同约定和工程进度支付，主要合同及2023年支付情况见表2。"),
        ("c", "表1　项目基本信息及资金情况"),
        ("f", lambda doc: _head_fund(doc, {"project": "萍乡市海绵城市建设项目", "dept": "萍乡市住房和城乡建设局",
                                           "agency": "萍乡市海绵城市建设管理中心"},
                                     ("2,800.00", "3,000.00", "2,934.00", "10", "97.80%", "9.78"),
                                     [("其中：中央补助资金", "2,000.00", "2,000.00", "2,000.00"),
                                      ("市级财政资金", "800.00", "1,000.00", "934.00")],
                                     WIDTHS39)),
        ("c", "表2　主要合同及资金支付明细（单位：万元）"),
        ("t", ["序号", "合同名称", "承建（服务）单位", "合同金额", "2023年支付"],
         [["1", "萍水河湿地公园海绵化改造工程", "江西某建设集团有限公司", "1,280.00", "1,126.40"],
          ["2", "老城区雨污分流改造工程（二期）", "萍乡某市政工程有限公司", "960.00", "864.00"],
          ["3", "海绵型道路透水铺装改造工程", "某路桥建设有限公司", "620.00", "558.00"],
          ["4", "海绵城市监测平台运维服务", "某信息技术有限公司", "180.00", "165.60"],
          ["5", "工程监理及设计服务", "某工程咨询有限公司", "240.00", "220.00"],
          ["", "合计", "", "3,280.00", "2,934.00"]],
         [1.2, 5.2, 4.6, 2.2, 2.2]),
        ("h", CHAPTERS39[2]),
        ("p", "项目实行“周调度、月通报”，由市海绵办统筹设计、施工和监理单位；工程分部分项验收，"
              "竣工验收合格后移交管养单位。"),
        ("h", CHAPTERS39[3]),
        ("p", "全年新建改造海绵型道路18.6公里，完成雨污分流改造管网43.5公里，建设下凹式绿地及雨水花园12.4万平方米，"
              "布设在线监测点60个；年径流总量控制率达到76.8%；计划消除城区易涝点15处，实际消除13处。"
              "城区居民满意度93.5%。各项指标完成情况见表3，自评得分98.71分，等级为优。"),
        ("c", "表3　项目绩效指标完成情况"),
        ("f", lambda doc: _grid39(doc, ROWS299, "98.71")),
        ("h", CHAPTERS39[4]),
        ("p", "2处易涝点位于铁路桥下通道，涉及铁路部门审批，未能在年内完成改造；部分工程款结算滞后，"
              "全年预算结余66万元。"),
        ("h", CHAPTERS39[5]),
        ("p", "加强与铁路部门沟通，力争2024年汛前完成剩余易涝点改造；加快工程结算审核，提高资金执行效率。"),
        ("h", CHAPTERS39[6]),
        ("p", "无。"),
    ])
    para(d, "")
    para(d, "联系人：刘某某　　联系电话：0799-6833×××")
    d.save(out)


def _html_report39(out: Path, site: str, title: str, meta: str, body: list[str], form: list[str],
                   landscape_form: bool = False) -> None:
    """A government site's report page: masthead, breadcrumb, title, date line, the report's chapters, then the
    附件 form after a forced page break, footer; printed by Chromium."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10.5pt;margin:0 2mm;line-height:1.5}"
           ".top{border-bottom:3px solid #b00;padding:6pt 0;font-size:16pt;color:#b00;font-weight:bold}"
           ".crumb{font-size:9pt;color:#555;margin:4pt 0}h1{text-align:center;font-size:16pt;line-height:1.4}"
           ".meta{text-align:center;font-size:9pt;color:#555;border-bottom:1px solid #ccc;padding-bottom:4pt}"
           "h3{font-size:11.5pt;margin:8pt 0 2pt}p{text-indent:2em;margin:3pt 0}p.c{text-indent:0;text-align:center;"
           "font-weight:bold}h2{text-align:center;font-size:14pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0;line-height:1.3}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle;font-size:9.5pt}"
           "td.h{font-weight:bold}td.l{text-align:left}td.v{white-space:nowrap}"
           ".annex{break-before:page}.foot{border-top:1px solid #ccc;font-size:8pt;color:#555;"
           "text-align:center;margin-top:10pt;padding-top:4pt}@page{size:A4;margin:14mm 12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>{title}_{site}</title><style>{css}</style></head><body>",
         f'<div class="top">{site}</div>',
         '<div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 财政信息 &gt; 绩效评价</div>',
         f"<h1>{title}</h1>", f'<div class="meta">{meta}</div>', *body,
         '<div class="annex">', *form, "</div>",
         f'<div class="foot">主办：{site}　　网站标识码：××××××××××　　ICP备××××××××号</div>', "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


def _html_table39(heads: list[str], rows: list[list[str]]) -> list[str]:
    h = ["<table>", "<tr>" + "".join(f'<td class="h">{x}</td>' for x in heads) + "</tr>"]
    for cells in rows:
        h.append("<tr>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
    return h + ["</table>"]


def _html_form39(head_rows: list[str], label: str, fund: tuple, parts: list[tuple], rows: list[tuple],
                 total: str) -> list[str]:
    """The self-evaluation form as two tables: head and fund block (label rowspan over the fund rows), then the
    indicator table with rowspan level cells and the 总分 row."""
    h = ["<table>", *head_rows,
         f'<tr><td class="h" rowspan="{2 + len(parts)}">{label}</td><td class="h">&nbsp;</td>'
         + "".join(f'<td class="h">{x}</td>' for x in ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
         + "</tr>",
         "<tr><td>年度资金总额</td>" + "".join(f"<td>{x}</td>" for x in fund) + "</tr>"]
    for text, *vals in parts:
        h.append(f"<tr><td>{text}</td>" + "".join(f"<td>{x}</td>" for x in vals) + "<td>—</td>" * 3 + "</tr>")
    h += ["</table>", "<table>", "<tr>" + "".join(f'<td class="h">{x}</td>' for x in HEADS214) + "</tr>"]
    s1 = {a: b - a + 1 for a, b, _t in _prefix_runs(rows, 0)}
    s2 = {a: b - a + 1 for a, b, _t in _prefix_runs(rows, 1)}
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(rows):
        lead = f'<td rowspan="{s1[i]}">{l1}</td>' if i in s1 else ""
        lead += f'<td rowspan="{s2[i]}">{l2}</td>' if i in s2 else ""
        h.append(f'<tr>{lead}<td class="l">{name}</td><td class="v">{target}</td><td class="v">{actual}</td>'
                 f'<td>{weight}</td><td>{score}</td><td class="l">{why or "&nbsp;"}</td></tr>')
    h += [f'<tr><td class="h" colspan="5">总分</td><td>100</td><td>{total}</td><td>自评等级：优</td></tr>', "</table>"]
    return h


ROWS300 = [
    ("产出指标", "数量指标", "禁牧面积", "≥1500万亩", "1500万亩", "6", "6", ""),
    ("产出指标", "数量指标", "草畜平衡面积", "≥3200万亩", "3215万亩", "6", "6", ""),
    ("产出指标", "数量指标", "补奖资金发放户数", "≥16万户", "16.3万户", "5", "5", ""),
    ("产出指标", "数量指标", "聘用草原管护员", "≥2800人", "2836人", "4", "4", ""),
    ("产出指标", "质量指标", "补奖资金足额兑付率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "禁牧和草畜平衡监管覆盖率", "100%", "100%", "5", "5", ""),
    ("产出指标", "时效指标", "补奖资金兑付时间", "2023年10月31日前", "2023年10月20日", "5", "5", ""),
    ("产出指标", "成本指标", "禁牧补助标准", "7.5元/亩", "7.5元/亩", "4", "4", ""),
    ("产出指标", "成本指标", "草畜平衡奖励标准", "2.5元/亩", "2.5元/亩", "4", "4", ""),
    ("效益指标", "经济效益指标", "牧民人均补奖收入", "≥1100元", "1138元", "6", "6", ""),
    ("效益指标", "生态效益指标", "草原综合植被盖度", "≥46%", "45.2%", "8", "7.86",
     "2023年夏季旱情偏重，草原植被长势偏弱；2024年加强禁牧巡查和补播改良。"),
    ("效益指标", "生态效益指标", "草原超载率", "≤10%", "8.6%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "草原管护长效机制", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "农牧民满意度", "≥90%", "95.1%", "15", "15", ""),
]


def html300(out: Path) -> None:
    """Chifeng (Inner Mongolia): a bureau site's report page: chapters 一 to 七 in prose, a table of the funds
    allotted to the banners and counties, the form as 附件 on its own page."""
    p = lambda text: f"<p>{text}</p>"   # noqa: E731
    body = [
        f"<h3>{CHAPTERS39[0]}</h3>",
        p("草原生态保护补助奖励政策是国家在牧区实施的重大草原保护政策。2023年我市落实禁牧面积1500万亩、"
          "草畜平衡面积3200万亩以上，涉及7个旗县，由赤峰市林业和草原局主管，赤峰市草原工作站具体实施。"),
        f"<h3>{CHAPTERS39[1]}</h3>",
        p("2023年中央下达我市草原生态保护补助奖励资金18600万元（年初预算18600万元，全年预算18600万元），"
          "全年执行18414万元，执行率99%。资金按禁牧和草畜平衡面积测算分配到各旗县，通过“一卡通”直接兑付到户，"
          "分配及执行情况如下表。"),
        '<p class="c">2023年度草原补奖资金分配到各旗县情况表（单位：万元）</p>',
        *_html_table39(["旗县", "禁牧面积（万亩）", "草畜平衡面积（万亩）", "分配资金", "执行数"],
                       [["阿鲁科尔沁旗", "310", "538", "3,480.00", "3,445.20"],
                        ["巴林右旗", "260", "530", "3,120.00", "3,088.80"],
                        ["克什克腾旗", "280", "472", "3,260.00", "3,227.40"],
                        ["翁牛特旗", "220", "484", "2,860.00", "2,831.40"],
                        ["巴林左旗", "160", "416", "2,240.00", "2,217.60"],
                        ["敖汉旗", "150", "438", "2,220.00", "2,197.80"],
                        ["林西县", "120", "337", "1,420.00", "1,405.80"],
                        ["合计", "1500", "3215", "18,600.00", "18,414.00"]]),
        f"<h3>{CHAPTERS39[2]}</h3>",
        p("市林草局会同市财政局制定实施方案，各旗县逐户核实禁牧和草畜平衡面积，公示无异议后兑付；"
          "聘用草原管护员2836人，开展日常巡护。"),
        f"<h3>{CHAPTERS39[3]}</h3>",
        p("全年补奖资金发放16.3万户，兑付于2023年10月20日前全部完成，足额兑付率100%；禁牧补助标准每亩7.5元，"
          "草畜平衡奖励标准每亩2.5元。牧民人均补奖收入1138元；草原超载率8.6%；受夏季旱情影响，"
          "草原综合植被盖度45.2%，略低于46%的目标。农牧民满意度95.1%。"),
        p("经自评，本项目得分99.76分，自评等级为优，详见附件。"),
        f"<h3>{CHAPTERS39[4]}</h3>",
        p("一是夏季旱情偏重，植被盖度未达目标；二是个别旗县存在偷牧现象，监管力量不足。"),
        f"<h3>{CHAPTERS39[5]}</h3>",
        p("加强草原管护员队伍建设和网格化管理，推进退化草原补播改良，探索补奖资金与禁牧成效挂钩发放。"),
        f"<h3>{CHAPTERS39[6]}</h3>", p("无。"),
        '<p style="text-indent:0;text-align:right">赤峰市林业和草原局<br>2024年3月25日</p>',
    ]
    form = ["<p style=\"text-indent:0;font-weight:bold\">附件</p>", "<h2>项目支出绩效自评表</h2>",
            '<p class="c" style="font-weight:normal">（2023年度）</p>',
            *_html_form39(['<tr><td class="h">项目名称</td><td class="l" colspan="7">草原生态保护补助奖励</td></tr>',
                           '<tr><td class="h">主管部门</td><td colspan="3">赤峰市林业和草原局</td>'
                           '<td class="h">实施单位</td><td colspan="3">赤峰市草原工作站</td></tr>'],
                          "项目资金<br>（万元）", ("18,600.00", "18,600.00", "18,414.00", "10", "99.00%", "9.90"),
                          [("其中：中央财政资金", "18,600.00", "18,600.00", "18,414.00")], ROWS300, "99.76")]
    _html_report39(out, "赤峰市林业和草原局", "赤峰市2023年度草原生态保护补助奖励项目绩效自评报告",
                   "发布时间：2024-03-28 15:20　　来源：赤峰市林业和草原局　　【字体：大 中 小】", body, form)


ROWS301 = [
    ("产出指标", "数量指标", "优抚对象抚恤补助发放人数", "≥1.8万人", "1.82万人", "6", "6", ""),
    ("产出指标", "数量指标", "退役军人适应性培训", "≥1500人次", "1620人次", "5", "5", ""),
    ("产出指标", "数量指标", "修缮烈士纪念设施", "≥25处", "25处", "5", "5", ""),
    ("产出指标", "数量指标", "新增退役军人就业", "≥2400人", "2268人", "6", "5.67",
     "受企业用工需求下降影响，就业人数未达目标；2024年拓展岗位渠道。"),
    ("产出指标", "质量指标", "抚恤补助发放准确率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "退役军人服务站规范化建设达标率", "≥95%", "96.4%", "5", "5", ""),
    ("产出指标", "时效指标", "烈士纪念设施修缮完成时间", "2023年9月30日前", "2023年9月26日", "5", "5", ""),
    ("产出指标", "成本指标", "“三公”经费控制率", "≤100%", "92.3%", "4", "4", ""),
    ("效益指标", "社会效益指标", "退役军人信访事项按期办结率", "≥95%", "98.2%", "8", "8", ""),
    ("效益指标", "社会效益指标", "涉军群体重大不稳定事件", "0起", "0起", "8", "8", ""),
    ("效益指标", "可持续影响指标", "双拥共建长效机制", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "退役军人满意度", "≥90%", "94.6%", "12", "12", ""),
    ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥90%", "95.3%", "12", "12", ""),
]


def html301(out: Path) -> None:
    """Xinyang (Henan): a 部门整体 report on the bureau's site: chapters in prose, a 重点工作进度 table, the
    部门整体支出绩效自评表 as 附件 on its own page."""
    p = lambda text: f"<p>{text}</p>"   # noqa: E731
    body = [
        f"<h3>{CHAPTERS39[0].replace('项目', '部门')}</h3>",
        p("信阳市退役军人事务局主要负责全市退役军人思想政治、移交安置、就业创业、优抚褒扬和权益维护等工作，"
          "内设科室6个，下属事业单位2个，2023年末在职人员58人。"),
        "<h3>二、部门资金使用及管理情况</h3>",
        p("2023年部门年初预算3200万元，全年预算3450万元，其中基本支出1300万元、项目支出2150万元；"
          "全年执行3381万元，预算执行率98%。项目支出主要用于优抚对象抚恤补助、退役军人就业创业培训和烈士纪念设施修缮。"),
        "<h3>三、部门组织实施情况</h3>",
        p("局党组将年度重点工作分解到科室和责任人，实行台账管理、按月调度。重点工作进度如下表。"),
        '<p class="c">2023年度重点工作进度表</p>',
        *_html_table39(["序号", "重点工作", "计划完成时间", "实际完成时间", "完成情况"],
                       [["1", "退役军人服务站规范化建设", "2023年6月", "2023年6月", "已完成"],
                        ["2", "优抚对象抚恤补助按月发放", "2023年1-12月", "2023年1-12月", "已完成"],
                        ["3", "烈士纪念设施集中修缮", "2023年9月", "2023年9月", "已完成"],
                        ["4", "退役军人适应性培训（4期）", "2023年11月", "2023年11月", "已完成"],
                        ["5", "退役军人专场招聘会（6场）", "2023年12月", "2023年12月", "已完成"]]),
        f"<h3>{CHAPTERS39[3]}</h3>",
        p("全年为1.82万名优抚对象发放抚恤补助，发放准确率100%；培训退役军人1620人次；修缮烈士纪念设施25处，"
          "于2023年9月26日完成；新增退役军人就业2268人，未达到2400人的目标。退役军人满意度94.6%，"
          "优抚对象满意度95.3%。部门整体支出自评得分99.47分，等级为优，自评表见附件。"),
        f"<h3>{CHAPTERS39[4]}</h3>",
        p("受企业用工需求下降影响，退役军人就业人数未达目标；部分县区服务站工作人员专业能力不足。"),
        f"<h3>{CHAPTERS39[5]}</h3>",
        p("深化与驻信企业合作，拓展就业岗位；加强服务站人员业务培训。"),
        f"<h3>{CHAPTERS39[6]}</h3>", p("无。"),
    ]
    form = ["<p style=\"text-indent:0;font-weight:bold\">附件</p>", "<h2>部门整体支出绩效自评表</h2>",
            '<p class="c" style="font-weight:normal">（2023年度）</p>',
            *_html_form39(['<tr><td class="h">部门（单位）名称</td><td class="l" colspan="7">信阳市退役军人事务局</td>'
                           "</tr>"],
                          "年度预算执行情况<br>（万元）", ("3,200.00", "3,450.00", "3,381.00", "10", "98.00%", "9.80"),
                          [("其中：基本支出", "1,260.00", "1,300.00", "1,300.00"),
                           ("项目支出", "1,940.00", "2,150.00", "2,081.00")], ROWS301, "99.47")]
    _html_report39(out, "信阳市退役军人事务局", "信阳市退役军人事务局2023年度部门整体支出绩效自评报告",
                   "发布日期：2024-04-08　　来源：信阳市退役军人事务局　　浏览量：", body, form)


ROWS302 = [
    ("产出指标", "数量指标", "建设就业帮扶车间", "≥20个", "21个", 8, 8, ""),
    ("产出指标", "数量指标", "搬迁劳动力技能培训", "≥3000人次", "3152人次", 7, 7, ""),
    ("产出指标", "数量指标", "维修改造安置点配套设施", "≥15处", "15处", 6, 6, ""),
    ("产出指标", "数量指标", "开发公益性岗位", "≥500个", "512个", 5, 5, ""),
    ("产出指标", "质量指标", "培训合格率", "≥90%", (0.936, PCT1), 6, 6, ""),
    ("产出指标", "时效指标", "补助资金拨付时间", "2023年11月30日前", "2023年11月28日", 6, 6, ""),
    ("产出指标", "成本指标", "人均培训补助标准", "≤1500元", "1480元", 7, 7, ""),
    ("效益指标", "社会效益指标", "有劳动力搬迁家庭至少1人就业比例", "100%", (1, PCT0), 10, 10, ""),
    ("效益指标", "经济效益指标", "搬迁群众人均可支配收入增长", "≥8%", (0.072, PCT1), 10, 9,
     "安置点部分帮扶车间订单减少，务工收入增幅放缓。"),
    ("效益指标", "可持续影响指标", "安置社区治理机制", "健全", "健全", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "搬迁群众满意度", "≥90%", (0.952, PCT1), 8, 8, ""),
    ("满意度指标", "服务对象满意度指标", "安置社区满意度", "≥85%", (0.914, PCT1), 7, 7, ""),
]


def xls302(out: Path) -> None:
    """Bijie (Guizhou): a report filed as a workbook of three sheets: 说明 (the report's prose, a paragraph a
    merged row), 资金明细 (payments with dates and =SUM), 自评表 (the form: fund block by formulas, merged levels)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "说明"
    ws.column_dimensions["A"].width = 66
    ws["A1"] = "毕节市易地扶贫搬迁安置点后续扶持项目2023年度绩效自评报告"
    ws["A1"].font = Font(name="宋体", size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[1].height = 40
    lines = [("一、项目基本情况", True),
             ("项目由毕节市生态移民局主管，毕节市易地扶贫搬迁后续扶持服务中心组织实施，覆盖七星关区、大方县、黔西市、"
              "织金县、威宁自治县、赫章县等县（市、区）的集中安置点，主要用于就业帮扶车间建设、搬迁劳动力技能培训、"
              "安置点配套设施维修改造和公益性岗位补贴。", False),
             ("二、项目资金使用及管理情况", True),
             ("项目年初预算2400万元，全年预算2500万元（中央财政衔接推进乡村振兴补助资金1800万元、市级财政资金700万元），"
              "全年执行2469.5万元，执行率98.78%。资金支付明细见“资金明细”表。", False),
             ("三、项目组织实施情况", True),
             ("市生态移民局会同人社、财政等部门制定实施方案，按季度调度进度，资金按进度拨付到县。", False),
             ("四、绩效目标完成情况", True),
             ("全年建设就业帮扶车间21个，培训搬迁劳动力3152人次，培训合格率93.6%；维修改造配套设施15处；"
              "开发公益性岗位512个；有劳动力搬迁家庭至少1人就业比例100%；搬迁群众人均可支配收入增长7.2%，"
              "未达到8%的目标。搬迁群众满意度95.2%。自评得分98.88分，等级为优，详见“自评表”。", False),
             ("五、存在的问题及原因", True),
             ("部分帮扶车间订单不稳定，搬迁群众务工收入增幅放缓。", False),
             ("六、下一步改进措施", True),
             ("引进劳动密集型企业入驻帮扶车间，稳定订单来源；加强订单式技能培训。", False),
             ("七、其他需要说明的问题", True), ("无。", False),
             ("毕节市生态移民局　2024年3月20日", False)]
    for r, (text, bold) in enumerate(lines, start=3):
        c = ws[f"A{r}"]
        c.value = text
        c.font = Font(name="宋体", size=11, bold=bold)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if not bold:
            ws.row_dimensions[r].height = 16 * (1 + len(text) // 32)

    ws = wb.create_sheet("资金明细")
    for col, w in zip("ABCDE", (7, 13, 26, 30, 14)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:E1", "2023年度项目资金支付明细表", 14)
    ws["E2"] = "单位：万元"
    for col, text in zip("ABCDE", ("序号", "支付日期", "收款单位", "用途", "金额")):
        put(ws, f"{col}3", text)
    pays = [("2023-03-15", "七星关区财政局", "安置点就业帮扶车间补助", 420),
            ("2023-04-20", "大方县财政局", "安置点就业帮扶车间补助", 310),
            ("2023-05-18", "毕节市某职业技能培训学校", "搬迁劳动力技能培训", 186.5),
            ("2023-06-30", "黔西市财政局", "安置点配套设施维修改造", 520),
            ("2023-08-10", "织金县财政局", "安置点配套设施维修改造", 460),
            ("2023-09-22", "威宁自治县财政局", "安置社区服务中心运营补助", 385),
            ("2023-11-28", "赫章县财政局", "公益性岗位补贴", 188)]
    for i, (day, payee, use, amount) in enumerate(pays, start=1):
        r = 3 + i
        put(ws, f"A{r}", i)
        put(ws, f"B{r}", datetime.date.fromisoformat(day), "yyyy-mm-dd")
        put(ws, f"C{r}", payee, left=True)
        put(ws, f"D{r}", use, left=True)
        put(ws, f"E{r}", amount, MONEY)
    end = 4 + len(pays)
    merge(ws, f"A{end}:D{end}", "合计")
    put(ws, f"E{end}", f"=SUM(E4:E{end - 1})", MONEY)
    landscape(ws)

    ws = wb.create_sheet("自评表")
    for col, w in zip("ABCDEFGH", (14, 18, 26, 15, 15, 8, 8, 28)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "毕节市易地扶贫搬迁安置点后续扶持项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "毕节市生态移民局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:H4", "毕节市易地扶贫搬迁后续扶持服务中心", left=True)
    total = _xls_fund(ws, 5, "ABCDEFGH", "项目资金（万元）",
                      [("其中：中央财政衔接资金", (1800, 1800, 1800)), ("市级财政资金", (600, 700, 669.5))])
    head = total + 3
    for col, text in zip("ABCDEFGH", HEADS214):
        put(ws, f"{col}{head}", text)
    first = head + 1
    levels(ws, "A", "B", first, ROWS302)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS302):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score)
        put(ws, f"H{r}", note, left=True)
        if note:
            ws.row_dimensions[r].height = 30
    end = first + len(ROWS302)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+F{total}")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+H{total}", "0.00")
    put(ws, f"H{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：杨某某　　联系电话：0857-8223×××　　填报日期：2024年3月20日"
    landscape(ws)
    wb.save(out)


ROWS303 = [
    ("产出指标", "数量指标", "完成民宿（农家院）提升改造", "≥250户", "261户", "8", "8", ""),
    ("产出指标", "数量指标", "开展民宿从业人员培训", "≥600人次", "640人次", "6", "6", ""),
    ("产出指标", "数量指标", "评定星级民宿", "≥30家", "32家", "6", "6", ""),
    ("产出指标", "质量指标", "改造验收合格率", "100%", "100%", "7", "7", ""),
    ("产出指标", "质量指标", "改造民宿消防安全达标率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "改造补助兑付时间", "2023年10月31日前", "2023年10月27日", "6", "6", ""),
    ("产出指标", "成本指标", "每户改造补助标准", "≤3万元", "2.44万元", "6", "6", ""),
    ("效益指标", "经济效益指标", "民宿经营户户均增收", "≥2万元", "2.16万元", "10", "10", ""),
    ("效益指标", "社会效益指标", "乡村旅游接待游客", "≥800万人次", "752万人次", "10", "9.4",
     "上半年山区道路施工分流游客，接待量未达目标。"),
    ("效益指标", "可持续影响指标", "民宿行业管理机制", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "93.8%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "民宿经营户满意度", "≥90%", "95.6%", "7", "7", ""),
]


def doc303(out: Path) -> None:
    """Jizhou (Tianjin): a district bureau's whole report kept only as .odt (main converts it, as 232 / 248):
    title block, chapters in prose, a table of the subsidy paid to each town, a 工作进度 table, the form as 附件."""
    d = new_document()
    _title39(d, "蓟州区乡村民宿提升改造补助项目\n2023年度绩效自评报告", "天津市蓟州区文化和旅游局",
             "二〇二四年三月")
    _report39(d, [
        ("h", CHAPTERS39[0]),
        ("p", "为推动山区乡村旅游提档升级，蓟州区对下营镇、罗庄子镇等5个镇的民宿（农家院）实施提升改造补助，"
              "计划完成改造250户以上，由蓟州区文化和旅游局主管，蓟州区乡村旅游发展服务中心实施。"),
        ("h", CHAPTERS39[1]),
        ("p", "项目年初预算600万元，全年预算650万元，其中市级补助资金400万元、区级财政资金250万元；"
              "全年执行637万元，预算执行率98%。补助资金经验收后直接兑付至经营户，分镇兑付情况如下。"),
        ("c", "表1　分镇补助资金兑付情况（单位：万元）"),
        ("t", ["镇", "改造户数（户）", "兑付金额", "户均补助"],
         [["下营镇", "86", "210.00", "2.44"], ["罗庄子镇", "52", "126.00", "2.42"],
          ["穿芳峪镇", "44", "108.00", "2.45"], ["渔阳镇", "38", "93.00", "2.45"],
          ["官庄镇", "41", "100.00", "2.44"], ["合计", "261", "637.00", "2.44"]],
         [4.0, 3.6, 3.6, 3.6]),
        ("h", CHAPTERS39[2]),
        ("p", "区文旅局制定改造导则和补助办法，经营户申报、镇级初审、区级验收后兑付。项目进度如下。"),
        ("c", "表2　项目实施进度"),
        ("t", ["阶段", "工作内容", "时间"],
         [["申报审核", "经营户申报，镇级初审、区级复核", "2023年3月-4月"],
          ["改造实施", "经营户自主改造，技术指导", "2023年5月-8月"],
          ["验收兑付", "区级验收，补助资金兑付到户", "2023年9月-10月"]],
         [3.0, 8.0, 4.0]),
        ("h", CHAPTERS39[3]),
        ("p", "全年完成民宿（农家院）提升改造261户，验收合格率100%；培训从业人员640人次；评定星级民宿32家；"
              "补助资金于2023年10月27日兑付完毕，户均补助2.44万元。民宿经营户户均增收2.16万元；"
              "全区乡村旅游接待游客752万人次，未达到800万人次的目标。游客满意度93.8%，民宿经营户满意度95.6%。"),
        ("p", "项目自评得分99.20分，自评等级为优，自评表见附件。"),
        ("h", CHAPTERS39[4]),
        ("p", "上半年山区道路施工分流游客，接待量未达目标；部分改造民宿特色不够鲜明。"),
        ("h", CHAPTERS39[5]),
        ("p", "加强乡村旅游宣传推介，引导民宿差异化、品牌化发展。"),
        ("h", CHAPTERS39[6]),
        ("p", "无。"),
        ("f", lambda doc: doc.add_page_break()),
    ])
    para(d, "附件", 12, True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "蓟州区乡村民宿提升改造补助项目", "dept": "天津市蓟州区文化和旅游局",
                   "agency": "蓟州区乡村旅游发展服务中心"},
               ("600.00", "650.00", "637.00", "10", "98.00%", "9.80"),
               [("其中：市级补助资金", "400.00", "400.00", "400.00"),
                ("区级财政资金", "200.00", "250.00", "237.00")],
               WIDTHS39)
    para(d, "")
    _grid39(d, ROWS303, "99.20")
    d.save(out)


DOCX.update({"298": doc298, "299": doc299})
XLSX.update({"302": xls302})
HTML.update({"300": html300, "301": html301})
ODF.update({"303": (doc303, "docx", "odt")})


# ---------------------------------------------------------------- 304-309: fortieth set (structures, thirteenth round)

# Danzhou: (l1, l2, name, 指标解释, 指标值说明, target, actual, weight, score, note)
ROWS304 = [
    ("产出指标", "数量指标", "更新种植橡胶林面积", "年度内完成定植并验收的更新橡胶林面积", "依据省下达年度任务确定",
     "≥1.2万亩", "1.26万亩", "8", "8", ""),
    ("产出指标", "数量指标", "培训胶农", "参加割胶及抚管技术培训的胶农人次", "参照上年培训规模确定",
     "≥3000人次", "3180人次", "7", "7", ""),
    ("产出指标", "数量指标", "发放良种橡胶苗", "向种植户发放的良种橡胶苗株数", "按每亩33株测算",
     "≥39.6万株", "41.2万株", "7", "7", ""),
    ("产出指标", "质量指标", "定植成活率", "验收成活株数/定植株数×100%", "橡胶树栽培技术规程要求",
     "≥95%", "96.8%", "7", "7", ""),
    ("产出指标", "质量指标", "种苗质量抽检合格率", "抽检合格种苗数/抽检种苗数×100%", "种苗质量标准要求",
     "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "补助资金兑付完成时间", "补助资金兑付到户的完成时间", "按资金管理办法规定",
     "2023年12月31日前", "2023年12月20日", "5", "5", ""),
    ("产出指标", "成本指标", "每亩更新种植补助标准", "财政补助资金/更新种植面积", "省级补助标准",
     "≤800元", "800元", "5", "5", ""),
    ("效益指标", "经济效益指标", "项目区胶农户均增收", "项目区胶农户年均增加的收入", "参考近三年平均水平",
     "≥1500元", "1350元", "10", "9", "受天然橡胶收购价格下行影响，户均增收未达预期。"),
    ("效益指标", "社会效益指标", "受益胶农户数", "享受更新种植补助的农户数", "根据申报户数测算",
     "≥2800户", "2935户", "8", "8", ""),
    ("效益指标", "可持续影响指标", "胶园管护长效机制", "是否建立胶园抚管制度并落实到户", "定性指标",
     "健全", "健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "胶农满意度", "满意人数/调查人数×100%", "抽样问卷调查",
     "≥90%", "94.5%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "种植合作社满意度", "满意社数/调查社数×100%", "抽样问卷调查",
     "≥85%", "91.3%", "10", "10", ""),
]


def doc304(out: Path) -> None:
    """Danzhou (Hainan): every indicator row carries a 指标解释 (what is counted) AND a 指标值说明 (where the
    figure comes from) column between the name and the target; landscape."""
    d = new_document(landscape=True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年儋州市天然橡胶林更新种植补助项目", "dept": "儋州市农业农村局",
                   "agency": "儋州市热带作物技术推广服务中心"},
               ("1,500.00", "1,600.00", "1,568.00", "10", "98.00%", "9.80"),
               [("其中：中央补助资金", "1,000.00", "1,000.00", "1,000.00"),
                ("省级补助资金", "500.00", "600.00", "568.00")],
               [2.4, 4.0, 3.0, 3.0, 3.0, 2.0, 3.0, 2.0])
    para(d, "")
    n = len(ROWS304)
    t = grid_table(d, n + 2, 10, [1.5, 1.8, 3.0, 3.6, 2.6, 2.5, 2.4, 1.2, 1.5, 3.4], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "指标解释", "指标值说明", "年度指标值",
                              "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for depth in (0, 1):
        for a, b, text in _prefix_runs(ROWS304, depth):
            vmerge(t, depth, 1 + a, 1 + b, text)
    for r, (_l1, _l2, *rest) in enumerate(ROWS304, start=1):
        for c, text in enumerate(rest, start=2):
            fill(t.cell(r, c), text)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 6)), "总分")
    fill(t.cell(n + 1, 7), "100")
    fill(t.cell(n + 1, 8), "98.80")
    fill(t.cell(n + 1, 9), "自评等级：优")
    para(d, "填报人：符某某　　联系电话：0898-2332×××　　填报日期：2024年3月15日")
    d.save(out)


# Suqian: (l1, l2, name, target, actual, weight, score, note); the score written as a fraction of the weight
ROWS305 = [
    ("产出指标", "数量指标", "农村公路提档升级里程", "≥150公里", "156.3公里", "8", "8", ""),
    ("产出指标", "数量指标", "改造农村公路危桥", "≥25座", "25座", "7", "7", ""),
    ("产出指标", "数量指标", "新增农村公路安全防护设施", "≥80公里", "84.6公里", "6", "6", ""),
    ("产出指标", "质量指标", "工程交工验收合格率", "100%", "100%", "7", "7", ""),
    ("产出指标", "质量指标", "路面平整度检测达标率", "≥95%", "97.2%", "6", "6", ""),
    ("产出指标", "时效指标", "年度工程完工时间", "2023年11月30日前", "2023年11月27日", "5", "5", ""),
    ("产出指标", "成本指标", "每公里提档升级补助", "≤120万元", "118.5万元", "6", "6", ""),
    ("效益指标", "社会效益指标", "通双车道公路的行政村比例", "≥85%", "82.6%", "10", "9.72",
     "2个乡镇征地拆迁滞后，相关路段顺延至2024年实施。"),
    ("效益指标", "社会效益指标", "沿线受益人口", "≥28万人", "29.4万人", "8", "8", ""),
    ("效益指标", "可持续影响指标", "农村公路管养长效机制", "健全", "健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93.8%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "农村客运企业满意度", "≥85%", "89.5%", "10", "10", ""),
]


def xls305(out: Path) -> None:
    """Suqian (Jiangsu): NO 分值 column: the 得分 column holds the score as a fraction of the weight (8/8,
    9.72/10) under 得分/分值, in the fund row (9.75/10) and the 总分 row (99.47/100) too."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGH", (16, 18, 28, 16, 16, 12, 12, 30)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年宿迁市农村公路提档升级工程项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:C4", "宿迁市交通运输局", left=True)
    put(ws, "D4", "实施单位")
    merge(ws, "E4:H4", "宿迁市农村公路管理处", left=True)
    merge(ws, "A5:A8", "项目资金（万元）")
    put(ws, "B5", "")
    for col, text in zip("CDEFG", ("年初预算数", "全年预算数", "全年执行数", "执行率", "得分/分值")):
        put(ws, f"{col}5", text)
    merge(ws, "H5:H8", "")
    put(ws, "B6", "年度资金总额")
    for col in "CDE":
        put(ws, f"{col}6", f"=SUM({col}7:{col}8)", MONEY)
    put(ws, "F6", "=E6/D6", PCT2)
    put(ws, "G6", "9.75/10")
    for r, (text, vals) in enumerate([("其中：省级补助资金", (1600, 1600, 1600)),
                                      ("市县财政资金", (800, 1000, 935))], start=7):
        put(ws, f"B{r}", text)
        for col, v in zip("CDE", vals):
            put(ws, f"{col}{r}", v, MONEY)
        put(ws, f"F{r}", "—")
        put(ws, f"G{r}", "—")
    r = 10
    for col, text in zip("ABCDEFGH", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分/分值",
                                      "", "偏差原因分析及改进措施")):
        if col != "G":
            put(ws, f"{col}{r}", text)
    ws.merge_cells(f"F{r}:G{r}")
    first = r + 1
    levels(ws, "A", "B", first, ROWS305)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS305):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", actual)
        merge(ws, f"F{r}:G{r}", f"{score}/{weight}")
        put(ws, f"H{r}", note, left=True)
        ws.row_dimensions[r].height = 40 if note else 18
    end = first + len(ROWS305)
    merge(ws, f"A{end}:E{end}", "总分（得分/分值）")
    merge(ws, f"F{end}:G{end}", "99.47/100")
    put(ws, f"H{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：朱某某　　联系电话：0527-8436×××　　填报日期：2024年3月20日"
    landscape(ws)
    wb.save(out)


# Yulin: (l1, l2, name, 上半年 target, 全年 target, actual, weight, score, note); the year's figure is the target
ROWS306 = [
    ("产出指标", "数量指标", "开展补贴性职业技能培训", "≥1.2万人次", "≥2.8万人次", "2.93万人次", "8", "8", ""),
    ("产出指标", "数量指标", "培训后取得职业资格（技能等级）证书", "≥0.8万人", "≥2万人", "2.06万人", "7", "7", ""),
    ("产出指标", "数量指标", "开展企业新型学徒制培训", "≥300人", "≥800人", "812人", "6", "6", ""),
    ("产出指标", "质量指标", "培训合格率", "≥90%", "≥90%", "93.6%", "7", "7", ""),
    ("产出指标", "质量指标", "取证人员就业率", "≥60%", "≥65%", "67.2%", "6", "6", ""),
    ("产出指标", "时效指标", "培训补贴资金拨付时间", "—", "2023年12月31日前", "2023年12月25日", "5", "5", ""),
    ("产出指标", "成本指标", "人均培训补贴标准", "≤1500元", "≤1500元", "1420元", "6", "6", ""),
    ("效益指标", "社会效益指标", "带动城乡劳动者就业", "≥0.6万人", "≥1.5万人", "1.38万人", "10", "9.2",
     "部分参训人员外出务工未纳入统计，2024年加强跟踪服务。"),
    ("效益指标", "经济效益指标", "参训人员月均工资增长", "—", "≥500元", "560元", "8", "8", ""),
    ("效益指标", "可持续影响指标", "职业技能培训长效机制", "—", "健全", "健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%", "95.2%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "用工企业满意度", "≥85%", "≥85%", "90.6%", "10", "10", ""),
]


def _html_page(title_text: str, css_extra: str = "") -> list[str]:
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:9.5pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}td.v{white-space:nowrap}@page{size:A4;margin:12mm}"
           + css_extra)
    return ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
            f"<title>{title_text}</title><style>{css}</style></head><body>",
            "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>']


def _html_head_fund(project: str, dept: str, agency: str, fund: tuple, parts: list[tuple]) -> list[str]:
    h = ["<table>", f'<tr><td class="h">项目名称</td><td class="l" colspan="7">{project}</td></tr>',
         f'<tr><td class="h">主管部门</td><td colspan="3">{dept}</td><td class="h">实施单位</td>'
         f'<td colspan="3">{agency}</td></tr>',
         f'<tr><td class="h" rowspan="{2 + len(parts)}">项目资金<br>（万元）</td><td class="h">&nbsp;</td>'
         '<td class="h">年初预算数</td><td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td>'
         '<td class="h">执行率</td><td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td>" + "".join(f"<td>{x}</td>" for x in fund) + "</tr>"]
    for label, *vals in parts:
        h.append(f"<tr><td>{label}</td>" + "".join(f"<td>{x}</td>" for x in vals) + "<td>—</td>" * 3 + "</tr>")
    return h + ["</table>"]


def html306(out: Path) -> None:
    """Yulin (Guangxi): the 年度指标值 split by half-year under a two-row header (上半年 / 全年); the year's
    figure is the target, the 上半年 figure a milestone (— where none)."""
    h = _html_page("玉林市2023年度项目支出绩效自评表")
    h += _html_head_fund("2023年玉林市职业技能提升行动补贴项目", "玉林市人力资源和社会保障局",
                         "玉林市职业技能鉴定指导中心", ("3,000.00", "3,300.00", "3,234.00", "10", "98.00%", "9.80"),
                         [("其中：中央补助资金", "2,000.00", "2,200.00", "2,200.00"),
                          ("市级财政资金", "1,000.00", "1,100.00", "1,034.00")])
    h += ["<table>", '<tr><td class="h" rowspan="2">一级指标</td><td class="h" rowspan="2">二级指标</td>'
          '<td class="h" rowspan="2">三级指标</td><td class="h" colspan="2">年度指标值</td>'
          '<td class="h" rowspan="2">全年实际完成值</td><td class="h" rowspan="2">分值</td>'
          '<td class="h" rowspan="2">得分</td><td class="h" rowspan="2">偏差原因分析及改进措施</td></tr>',
          '<tr><td class="h">上半年</td><td class="h">全年</td></tr>']
    s1 = {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS306, 0)}
    s2 = {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS306, 1)}
    for i, (l1, l2, name, half, year, actual, weight, score, why) in enumerate(ROWS306):
        lead = f'<td rowspan="{s1[i]}">{l1}</td>' if i in s1 else ""
        lead += f'<td rowspan="{s2[i]}">{l2}</td>' if i in s2 else ""
        h.append(f'<tr>{lead}<td class="l">{name}</td><td class="v">{half}</td><td class="v">{year}</td>'
                 f'<td class="v">{actual}</td><td>{weight}</td><td>{score}</td>'
                 f'<td class="l">{why or "&nbsp;"}</td></tr>')
    h += ['<tr><td class="h" colspan="6">总分</td><td>100</td><td>99.00</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：黄某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0775-2832×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月21日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# Shangrao: (l1, l2, name, target, actual, weight, score, note); names numbered with the level-2 group's letter
ROWS307 = [
    ("产出指标", "数量指标", "A1.建设县域医共体信息平台", "≥12个", "12个", "8", "8", ""),
    ("产出指标", "数量指标", "A2.接入基层医疗卫生机构", "≥260家", "268家", "7", "7", ""),
    ("产出指标", "数量指标", "A3.部署远程会诊终端", "≥180套", "186套", "6", "6", ""),
    ("产出指标", "质量指标", "B1.信息系统上线验收合格率", "100%", "100%", "7", "7", ""),
    ("产出指标", "质量指标", "B2.电子病历系统应用水平达标率", "≥90%", "92.5%", "6", "6", ""),
    ("产出指标", "时效指标", "C1.信息平台建成上线时间", "2023年10月31日前", "2023年10月28日", "5", "5", ""),
    ("产出指标", "成本指标", "D1.单家机构接入平均成本", "≤8万元", "7.6万元", "6", "6", ""),
    ("效益指标", "社会效益指标", "E1.开展远程会诊", "≥1.5万例", "1.32万例", "10", "8.8",
     "部分乡镇卫生院网络带宽不足，远程会诊量未达预期，2024年完成网络扩容。"),
    ("效益指标", "社会效益指标", "E2.县域内基层就诊率", "≥65%", "66.8%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "F1.医共体信息互联互通机制", "健全", "健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "G1.患者满意度", "≥90%", "93.7%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "G2.基层医务人员满意度", "≥85%", "88.9%", "10", "10", ""),
]


def doc307(out: Path) -> None:
    """Shangrao (Jiangxi): the 三级指标 names numbered with their level-2 group's letter (A1, A2, B1 … G2),
    the letters running on across the level-1 groups."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年上饶市县域医共体信息化建设项目", "dept": "上饶市卫生健康委员会",
                   "agency": "上饶市卫生健康信息中心"},
               ("2,000.00", "2,200.00", "2,134.00", "10", "97.00%", "9.70"),
               [("其中：省级补助资金", "1,200.00", "1,200.00", "1,200.00"),
                ("市级财政资金", "800.00", "1,000.00", "934.00")],
               [1.8, 2.9, 2.1, 2.1, 2.1, 1.1, 2.0, 1.4])
    para(d, "")
    n = len(ROWS307)
    t = grid_table(d, n + 2, 8, [1.3, 1.8, 3.4, 2.4, 2.4, 1.1, 1.6, 2.9], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for depth in (0, 1):
        for a, b, text in _prefix_runs(ROWS307, depth):
            vmerge(t, depth, 1 + a, 1 + b, text)
    for r, (_l1, _l2, *rest) in enumerate(ROWS307, start=1):
        for c, text in enumerate(rest, start=2):
            fill(t.cell(r, c), text)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    fill(t.cell(n + 1, 5), "100")
    fill(t.cell(n + 1, 6), "98.50")
    fill(t.cell(n + 1, 7), "自评等级：优")
    para(d, "填报人：徐某某　　联系电话：0793-8226×××　　填报日期：2024年3月13日")
    d.save(out)


# Xingtai: (l1, l2, name, target, actual, weight, score, note); each level-1 group's 分值 merged beside its rows
ROWS308 = [
    ("产出指标", "数量指标", "实施农业水价综合改革面积", "≥20万亩", "21.4万亩", 8, 8, ""),
    ("产出指标", "数量指标", "新增高效节水灌溉面积", "≥8万亩", "8.3万亩", 8, 8, ""),
    ("产出指标", "数量指标", "关停农村自备井", "≥450眼", "462眼", 7, 7, ""),
    ("产出指标", "质量指标", "节水工程验收合格率", "100%", "100%", 7, 7, ""),
    ("产出指标", "质量指标", "农田灌溉水有效利用系数", "≥0.68", "0.685", 7, 7, ""),
    ("产出指标", "时效指标", "节水工程完工时间", "2023年11月30日前", "2023年11月22日", 6, 6, ""),
    ("产出指标", "成本指标", "每亩高效节水灌溉建设成本", "≤1200元", "1150元", 7, 7, ""),
    ("效益指标", "生态效益指标", "治理区浅层地下水位回升", "≥0.5米", "0.62米", 9, 9, ""),
    ("效益指标", "经济效益指标", "亩均节约灌溉成本", "≥40元", "36元", 8, 7.2,
     "电价下调后抽水成本基数降低，亩均节约额低于预期。"),
    ("效益指标", "可持续影响指标", "节水设施运行管护机制", "健全", "健全", 8, 8, ""),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "92.8%", 8, 8, ""),
    ("满意度指标", "服务对象满意度指标", "村级管水组织满意度", "≥85%", "90.1%", 7, 7, ""),
]


def xls308(out: Path) -> None:
    """Xingtai (Hebei): each level-1 group has its own 一级指标分值 cell (50 / 25 / 15) merged down the group
    beside the per-row 三级指标分值; the subtotals are =SUM of the rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHI", (12, 9, 16, 26, 16, 15, 9, 8, 28)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:I1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:I3", "2023年邢台市地下水超采综合治理项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "邢台市水利局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:I4", "邢台市水资源管理中心", left=True)
    total = _xls_fund(ws, 5, "ABDEFGHI", "项目资金（万元）",
                      [("其中：中央补助资金", (3000, 3000, 3000)), ("省级补助资金", (1500, 1800, 1728))])
    for r in range(5, total + 3):
        ws.merge_cells(f"B{r}:C{r}")
    r = total + 4
    for col, text in zip("ABCDEFGHI", ("一级指标", "一级指标分值", "二级指标", "三级指标", "年度指标值",
                                       "实际完成值", "三级指标分值", "得分", "偏差原因分析及改进措施")):
        put(ws, f"{col}{r}", text)
    first = r + 1
    levels(ws, "A", "C", first, ROWS308)
    for a, b, _t in _prefix_runs(ROWS308, 0):
        merge(ws, f"B{first + a}:B{first + b}", f"=SUM(G{first + a}:G{first + b})")
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS308):
        r = first + i
        put(ws, f"D{r}", name, left=True)
        put(ws, f"E{r}", target)
        put(ws, f"F{r}", actual)
        put(ws, f"G{r}", weight)
        put(ws, f"H{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"I{r}", note, left=True)
        ws.row_dimensions[r].height = 40 if note else 18
    end = first + len(ROWS308)
    merge(ws, f"A{end}:F{end}", "总分")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+G{total}")
    put(ws, f"H{end}", f"=SUM(H{first}:H{end - 1})+I{total}", "0.00")
    put(ws, f"I{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：郭某某　　联系电话：0319-3682×××　　填报日期：2024年3月26日"
    landscape(ws)
    wb.save(out)


# Yuncheng: (l1, l2, name, target, actual, weight, score, note); the column labels UNDER the indicator rows
ROWS309 = [
    ("产出指标", "数量指标", "建设苹果标准化示范园", "≥30个", "31个", "8", "8", ""),
    ("产出指标", "数量指标", "推广矮砧密植栽培面积", "≥1.5万亩", "1.58万亩", "8", "8", ""),
    ("产出指标", "数量指标", "培训果农", "≥6000人次", "6320人次", "6", "6", ""),
    ("产出指标", "质量指标", "示范园优果率", "≥80%", "82.5%", "7", "7", ""),
    ("产出指标", "质量指标", "果品农残抽检合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "示范园建设完成时间", "2023年10月31日前", "2023年10月20日", "5", "5", ""),
    ("产出指标", "成本指标", "每亩矮砧密植补助标准", "≤1000元", "1000元", "5", "5", ""),
    ("效益指标", "经济效益指标", "示范园亩均增收", "≥2000元", "2260元", "10", "10", ""),
    ("效益指标", "社会效益指标", "带动果农户数", "≥8000户", "7600户", "8", "7.6",
     "部分乡镇果农自筹资金不足，改造户数少于计划，2024年继续推进。"),
    ("效益指标", "可持续影响指标", "果园社会化服务体系", "基本健全", "基本健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "94.1%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "果业合作社满意度", "≥85%", "88.3%", "10", "10", ""),
]


def html309(out: Path) -> None:
    """Yuncheng (Shanxi): the indicator table's header row sits at the BOTTOM, under the indicator rows (as
    a template filled from the top down), with the 总分 row below it."""
    h = _html_page("运城市2023年度项目支出绩效自评表", "td{padding:2pt 3pt}")
    h += _html_head_fund("2023年运城市苹果产业提质增效项目", "运城市果业发展中心", "运城市果业技术推广站",
                         ("2,500.00", "2,500.00", "2,450.00", "10", "98.00%", "9.80"),
                         [("其中：省级补助资金", "1,500.00", "1,500.00", "1,500.00"),
                          ("市级财政资金", "1,000.00", "1,000.00", "950.00")])
    h.append('<table><tr><td class="h l" colspan="8">绩效指标完成情况</td></tr>')
    s1 = {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS309, 0)}
    s2 = {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS309, 1)}
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS309):
        lead = f'<td rowspan="{s1[i]}">{l1}</td>' if i in s1 else ""
        lead += f'<td rowspan="{s2[i]}">{l2}</td>' if i in s2 else ""
        h.append(f'<tr>{lead}<td class="l">{name}</td><td class="v">{target}</td><td class="v">{actual}</td>'
                 f'<td>{weight}</td><td>{score}</td><td class="l">{why or "&nbsp;"}</td></tr>')
    h += ["<tr>" + "".join(f'<td class="h">{x}</td>' for x in ["一级指标", "二级指标", "三级指标", "年度指标值",
                                                             "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
          + "</tr>",
          '<tr><td class="h" colspan="5">总分</td><td>100</td><td>99.40</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：王某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0359-2026×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月12日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


DOCX.update({"304": doc304, "307": doc307})
XLSX.update({"305": xls305, "308": xls308})
HTML.update({"306": html306, "309": html309})


# ---------------------------------------------------------------- 322-327: forty-third set (text as it comes)
# Six ordinary forms that reached the auditors as a PLAIN TEXT FILE, one way text arrives per form: 322 copied
# from a PDF viewer (a cell a line), 323 copied from a web page table (tabs), 324 a finance system's fixed-width
# print file, 325 a Markdown table, 326 an e-mail body in numbered prose, 327 a phone OCR app's text. Rows are
# (l1, l2, name, target, actual, weight, score, note); the fund weighs 10 of 100. Nothing derived.

ROWS322 = [
    ("产出指标", "数量指标", "新增普惠性托位", "≥3000个", "3126个", "8", "8", ""),
    ("产出指标", "数量指标", "建成社区嵌入式托育点", "≥40个", "42个", "7", "7", ""),
    ("产出指标", "数量指标", "开展托育从业人员培训", "≥1200人次", "1268人次", "5", "5", ""),
    ("产出指标", "质量指标", "托育机构备案率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "保育人员持证上岗率", "≥95%", "97.6%", "6", "6", ""),
    ("产出指标", "时效指标", "补助资金拨付时间", "2023年11月30日前", "2023年11月24日", "6", "6", ""),
    ("产出指标", "成本指标", "每个新增托位补助标准", "≤5000元", "5000元", "7", "7", ""),
    ("效益指标", "社会效益指标", "每千人口拥有3岁以下婴幼儿托位数", "≥4.5个", "4.62个", "8", "8", ""),
    ("效益指标", "社会效益指标", "婴幼儿入托率", "≥15%", "13.8%", "8", "7.36",
     "部分新建托育点10月后开园，招生未满；2024年加大宣传，提高托位使用率。"),
    ("效益指标", "可持续影响指标", "托育服务长效运营机制", "健全", "健全", "9", "9", ""),
    ("满意度指标", "服务对象满意度指标", "婴幼儿家长满意度", "≥90%", "95.4%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "托育机构满意度", "≥90%", "93.1%", "10", "10", ""),
]


def _wrap_width(text: str, width: int) -> list[str]:
    """Break a text into lines of at most `width` display columns (CJK two), as a narrow table cell wraps; a
    closing mark never starts a line (Word takes the character before it down with it)."""
    lines, cur = [], ""
    for ch in text:
        if cur and _box_width(cur + ch) > width:
            keep = ch in "，。；：、）》”%" and len(cur) > 1
            lines.append(cur[:-1] if keep else cur)
            cur = cur[-1] if keep else ""
        cur += ch
    return lines + [cur] if cur else lines or [""]


def txt322(out: Path) -> None:
    """Wuxi (Jiangsu): the text of a Word form's PDF copied out of a PDF viewer and saved as UTF-8 (no BOM), LF:
    every cell's text on a line of its own in reading order (empty cells give nothing), long cells broken where
    the PDF wrapped them, the vMerged (top-aligned) level cells once at the top of their runs, the page footer
    between the pages and the header row again on page 2 (w:tblHeader); the table breaks inside the 效益 /
    社会效益 run, so page 2's first row carries no level words."""
    lines = ["附件2", "项目支出绩效自评表", "（2023年度）", "项目名称", *_wrap_width("2023年无锡市普惠托育服务体系建设补助项目", 36),
             "主管部门", "无锡市卫生健康委员会", "实施单位", "无锡市妇幼保健院",
             "项目资金", "（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
             "年度资金总额", "1,800.00", "1,900.00", "1,862.00", "10", "98.00%", "9.80",
             "其中：省级补助", "资金", "600.00", "600.00", "600.00", "—", "—", "—",
             "市级财政资金", "1,200.00", "1,300.00", "1,262.00", "—", "—", "—",
             "年度总", "体目标", "预期目标", "实际完成情况",
             *_wrap_width("新增普惠性托位3000个以上，建成社区嵌入式托育点40个，培训托育从业人员1200人次，"
                          "婴幼儿入托率达到15%，家长满意度90%以上。", 40),
             *_wrap_width("新增普惠性托位3126个，建成社区嵌入式托育点42个，培训托育从业人员1268人次，"
                          "婴幼儿入托率13.8%，家长满意度95.4%。", 40)]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析", "及改进措施"]
    widths = (18, 12, 12, 22)   # name, target, actual, note columns in display columns
    lines += ["绩效", "指标", *head]
    seen: set[tuple[str, ...]] = set()
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS322):
        if i == 8:   # the page turns inside the 效益 / 社会效益 run
            lines += ["第 1 页 共 2 页", "", "", *head]
        if (l1,) not in seen and i != 8:
            lines.append(l1)
        if (l1, l2) not in seen and i != 8:
            lines.append(l2)
        seen |= {(l1,), (l1, l2)}
        lines += [*_wrap_width(name, widths[0]), *_wrap_width(target, widths[1]), *_wrap_width(actual, widths[2]),
                  weight, score]
        if why:
            lines += _wrap_width(why, widths[3])
    lines += ["总分", "100", "99.16", "自评等级", "优",
              "填报人：钱某某    联系电话：0510-8118××××    填报日期：2024年3月8日", "第 2 页 共 2 页", ""]
    out.write_bytes("\n".join(lines).encode("utf-8"))


ROWS323 = [
    ("产出指标", "数量指标", "公交化改造农村客运线路", "≥45条", "47条", "10", "10", ""),
    ("产出指标", "数量指标", "新增（更新）新能源农村客运车辆", "≥120辆", "126辆", "8", "8", ""),
    ("产出指标", "数量指标", "新建农村客运候车亭", "≥200个", "208个", "6", "6", ""),
    ("产出指标", "质量指标", "车辆安全技术检验合格率", "100%", "100%", "8", "8", ""),
    ("产出指标", "质量指标", "线路日均班次兑现率", "≥95%", "96.8%", "6", "6", ""),
    ("产出指标", "时效指标", "改造线路开通运营时间", "2023年10月31日前", "2023年10月26日", "6", "6", ""),
    ("产出指标", "成本指标", "每辆新能源客车购置补助", "≤8万元", "8万元", "6", "6", ""),
    ("效益指标", "社会效益指标", "具备条件的建制村通客车率", "100%", "100%", "10", "10", ""),
    ("效益指标", "社会效益指标", "农村客运日均客流量", "≥1.2万人次", "1.1万人次", "10", "9.17",
     "部分线路11月后开通，客流培育期较短；2024年优化班次与站点设置。"),
    ("效益指标", "生态效益指标", "农村客运新能源车辆占比", "≥60%", "64.3%", "5", "5", ""),
    ("效益指标", "可持续影响指标", "农村客运运营补贴长效机制", "健全", "健全", "5", "5", ""),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "94.2%", "10", "10", ""),
]


def txt323(out: Path) -> None:
    """Yiyang (Hunan): a bureau site's form page selected in a browser, copied and pasted into Notepad, saved
    as UTF-8 WITH a BOM, CRLF: the page's title lines, then each <table> as the browser copies it: cells
    separated by TABS, a row a line, a colspan cell one field, a ROWSPAN cell (项目资金（万元）, the level
    cells) only in its first row, the rows below holding NOTHING for it (fewer fields), an empty cell an empty
    field (the trailing tab of an empty note); a blank line between tables."""
    lines = ["益阳市交通运输局 > 信息公开 > 财政预决算", "2023年益阳市农村客运公交化改造补助项目绩效自评表",
             "发布时间：2024-04-12 10:25    来源：益阳市交通运输局    【字体：大 中 小】", "",
             "项目支出绩效自评表", "（2023年度）", "",
             "项目名称\t2023年益阳市农村客运公交化改造补助项目",
             "主管部门\t益阳市交通运输局\t实施单位\t益阳市道路运输服务中心", ""]
    lines += ["项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
              "年度资金总额\t2,600.00\t2,600.00\t2,535.00\t10\t97.50%\t9.75",
              "其中：中央车购税补助资金\t1,600.00\t1,600.00\t1,600.00\t—\t—\t—",
              "市级财政资金\t1,000.00\t1,000.00\t935.00\t—\t—\t—", ""]
    lines.append("\t".join(HEADS214))
    s1 = {a for a, _b, _t in _prefix_runs(ROWS323, 0)}
    s2 = {a for a, _b, _t in _prefix_runs(ROWS323, 1)}
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS323):
        lead = ([l1] if i in s1 else []) + ([l2] if i in s2 else [])
        lines.append("\t".join([*lead, name, target, actual, weight, score, why]))
    lines += ["总分\t100\t98.92\t自评等级：优", "",
              "填报人：罗某某　联系电话：0737-4223×××", "", "【打印本页】 【关闭窗口】", ""]
    out.write_bytes("\ufeff".encode("utf-8") + "\r\n".join(lines).encode("utf-8"))


ROWS324 = [
    ("产出指标", "数量指标", "完成农村危房改造", "≥1850户", "1872户", "10", "10", ""),
    ("产出指标", "数量指标", "实施农房抗震改造", "≥600户", "612户", "8", "8", ""),
    ("产出指标", "质量指标", "改造房屋竣工验收合格率", "100%", "100%", "8", "8", ""),
    ("产出指标", "质量指标", "改造对象认定准确率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "改造任务竣工时间", "2023年11月30日前", "2023年11月20日", "8", "8", ""),
    ("产出指标", "成本指标", "户均危房改造补助", "≤1.8万元", "1.76万元", "10", "10", ""),
    ("效益指标", "社会效益指标", "农村低收入群体等重点对象住房安全保障率", "100%", "100%", "10", "10", ""),
    ("效益指标", "社会效益指标", "带动农村建筑工匠就业", "≥900人", "837人", "8", "7.44",
     "部分改造户自建自改，工匠用工减少；2024年加强工匠培训与组织。"),
    ("效益指标", "社会效益指标", "改造户人均住房面积达标率", "100%", "100%", "6", "6", ""),
    ("效益指标", "可持续影响指标", "农房安全动态监测机制", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥95%", "97.3%", "10", "10", ""),
]


def _fixed(cells: list[str], widths: list[int], right: set[int]) -> str:
    """One line of a fixed-width print: each cell padded with spaces to its column (CJK counted two), two
    spaces between columns, figures right-aligned; trailing spaces dropped as the print file has them."""
    out = []
    for k, (c, w) in enumerate(zip(cells, widths)):
        pad = " " * max(w - _box_width(c), 0)
        out.append(pad + c if k in right else c + pad)
    return "  ".join(out).rstrip()


def txt324(out: Path) -> None:
    """Liupanshui (Guizhou): a finance system's PRINT FILE (print to file, GB18030 without a BOM, CRLF):
    columns aligned with spaces (CJK two columns wide), figures right-aligned, a dashed rule under each header,
    the level words only where they change (the merged cells of the screen form), long names and notes
    wrapped onto continuation lines in the same column (the other columns blank), a form feed between pages
    with the page heading again."""
    top = ["六盘水市预算管理一体化系统" + " " * 30 + "打印日期：2024-03-15",
           " " * 28 + "项目支出绩效自评表", " " * 31 + "（2023年度）", ""]
    lines = [*top,
             "项目名称：2023年六盘水市农村低收入群体等重点对象住房安全保障项目",
             "主管部门：六盘水市住房和城乡建设局        实施单位：六盘水市村镇建设服务中心",
             "金额单位：万元", ""]
    fw, fr = [22, 12, 12, 12, 4, 8, 6], {1, 2, 3, 4, 5, 6}
    lines += [_fixed(["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], fw, set()),
              _fixed(["-" * w for w in fw], fw, set()),
              _fixed(["年度资金总额", "3,200.00", "3,450.00", "3,381.00", "10", "98.00%", "9.80"], fw, fr),
              _fixed(["  其中：中央补助资金", "2,400.00", "2,400.00", "2,400.00", "", "", ""], fw, fr),
              _fixed(["        省级补助资金", "500.00", "650.00", "650.00", "", "", ""], fw, fr),
              _fixed(["        市县财政资金", "300.00", "400.00", "331.00", "", "", ""], fw, fr), ""]
    iw, ir = [10, 18, 20, 16, 14, 4, 6, 24], {5, 6}
    head = [_fixed(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
                   iw, set()), _fixed(["-" * w for w in iw], iw, set())]
    lines += head
    prev = ("", "")
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS324):
        if i == 7:   # page 2: the system prints its heading and the header again
            lines += ["", " " * 60 + "第1页/共2页", "\f" + top[0], *top[1:3], "", *head]
            prev = ("", "")   # a new page names the levels again
        c1 = l1 if l1 != prev[0] else ""
        c2 = l2 if (l1, l2) != prev else ""
        prev = (l1, l2)
        parts = [[c1], [c2], _wrap_width(name, iw[2]), [target], [actual], [weight], [score], _wrap_width(why, iw[7])]
        for j in range(max(len(p) for p in parts)):
            lines.append(_fixed([p[j] if j < len(p) else "" for p in parts], iw, ir))
    lines += [_fixed(["-" * w for w in iw], iw, set()),
              _fixed(["总分", "", "", "", "", "100", "99.24", "自评等级：优"], iw, ir), "",
              "填报人：杨某某    审核人：张某某    联系电话：0858-8221×××", "", " " * 60 + "第2页/共2页"]
    out.write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))


ROWS325 = [
    ("产出指标", "数量指标", "完成中小河流治理", "≥85公里", "88.6公里", "8", "8", ""),
    ("产出指标", "数量指标", "完成病险水库除险加固", "≥6座", "6座", "7", "7", ""),
    ("产出指标", "数量指标", "开展河湖“清四乱”专项整治", "≥120处", "126处", "5", "5", ""),
    ("产出指标", "质量指标", "水利工程质量抽检合格率", "≥98%", "99.2%", "6", "6", ""),
    ("产出指标", "质量指标", "重点水利工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "汛前应急度汛工程完工时间", "2023年6月30日前", "2023年6月25日", "6", "6", ""),
    ("产出指标", "成本指标", "部门公用经费支出", "≤420万元", "412.6万元", "7", "7", ""),
    ("效益指标", "社会效益指标", "农村自来水普及率", "≥92%", "93.5%", "8", "8", ""),
    ("效益指标", "社会效益指标", "新增（恢复）灌溉面积", "≥3.2万亩", "2.9万亩", "8", "7.25",
     "两处灌区续建配套工程跨年度实施，2024年汛前完工。"),
    ("效益指标", "生态效益指标", "重点河湖生态流量达标率", "≥90%", "95%", "6", "6", ""),
    ("效益指标", "可持续影响指标", "河湖长制工作长效机制", "健全", "健全", "3", "3", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94.6%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "基层水利单位满意度", "≥90%", "92.8%", "10", "10", ""),
]


def txt325(out: Path) -> None:
    """Jinzhou (Liaoning): a 部门整体 form pasted into a wiki / chat tool as a MARKDOWN table and saved as .txt
    (UTF-8, LF): a # title, bold label lines, the fund block and the indicator table as | a | b | rows with
    |---| (alignment colons) under the header, the level-1 cell written in its first row only (empty below),
    the level-2 cell repeated on every row, **bold** 总分 figures, an empty note an empty cell."""
    lines = ["# 锦州市水利局2023年度部门整体支出绩效自评表", "",
             "**部门（单位）名称**：锦州市水利局　　**金额单位**：万元", "",
             "## 一、年度预算执行情况", "",
             "| 资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
             "|---|---:|---:|---:|---:|---:|---:|",
             "| 年度资金总额 | 5,860.00 | 6,120.00 | 5,997.60 | 10 | 98.00% | 9.80 |",
             "| 其中：基本支出 | 3,260.00 | 3,310.00 | 3,302.40 | — | — | — |",
             "| 项目支出 | 2,600.00 | 2,810.00 | 2,695.20 | — | — | — |", "",
             "## 二、年度绩效指标完成情况", "",
             "| " + " | ".join(HEADS214) + " |", "|" + "---|" * 3 + ":---:|" * 4 + "---|"]
    s1 = {a for a, _b, _t in _prefix_runs(ROWS325, 0)}
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS325):
        cells = [l1 if i in s1 else "", l2, name, target, actual, weight, score, why]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["| **总分** |  |  |  |  | **100** | **99.05** | 自评等级：优 |", "",
              "> 填报人：孙某某　联系电话：0416-2858×××　填报日期：2024年3月20日", ""]
    out.write_bytes("\n".join(lines).encode("utf-8"))


ROWS326 = [
    ("产出指标", "数量指标", "完成人工造林", "≥3.5万亩", "3.62万亩", "8", "8", ""),
    ("产出指标", "数量指标", "完成草方格沙障压沙", "≥2.8万亩", "2.85万亩", "7", "7", ""),
    ("产出指标", "数量指标", "实施封沙育林（草）", "≥5万亩", "5万亩", "5", "5", ""),
    ("产出指标", "质量指标", "人工造林成活率", "≥85%", "88.6%", "7", "7", ""),
    ("产出指标", "质量指标", "治沙工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "造林压沙任务完成时间", "2023年11月30日前", "2023年11月15日", "6", "6", ""),
    ("产出指标", "成本指标", "每亩人工造林补助标准", "≤1200元", "1200元", "6", "6", ""),
    ("效益指标", "生态效益指标", "项目区林草植被覆盖度提高", "≥3个百分点", "3.4个百分点", "10", "10", ""),
    ("效益指标", "社会效益指标", "带动农民务工就业", "≥3000人次", "2820人次", "8", "7.52",
     "部分压沙任务采用机械化作业，用工减少"),
    ("效益指标", "可持续影响指标", "造林地管护机制", "健全", "健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%", "95.8%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%", "93.5%", "10", "10", ""),
]


def txt326(out: Path) -> None:
    """Wuwei (Gansu): the form sent as an E-MAIL BODY saved as text (GBK, CRLF): mail headers, a 公文-style
    letter, the head as label lines, the fund block as sentences, the indicators as NUMBERED PROSE LINES under
    （一）产出指标 headings that carry the level's 分值 / 得分 (N. 二级指标：三级指标，年度指标值…，实际完成…，
    分值N分，得分N分。), the deviation reason in the same sentence, total and grade in a closing sentence."""
    lines = ["发件人: 武威市林业和草原局规划财务科 <wwlcj_cwk@163.com>",
             "发送时间: 2024年3月18日 15:32",
             "收件人: 武威市财政局绩效管理科",
             "主题: 报送2023年度防沙治沙综合治理项目绩效自评表", "",
             "市财政局绩效科：", "",
             "    根据《关于开展2023年度项目支出绩效自评工作的通知》要求，现将我局2023年度防沙治沙综合治理项目"
             "绩效自评表内容报送如下，盖章扫描件另行报送。", "",
             "项目支出绩效自评表（2023年度）",
             "项目名称：2023年武威市防沙治沙综合治理项目",
             "主管部门：武威市林业和草原局",
             "实施单位：武威市治沙站", "",
             "一、项目资金情况",
             "    项目年初预算数4,500.00万元，全年预算数4,800.00万元（其中中央财政资金3,600.00万元、省级财政资金"
             "1,200.00万元），全年执行数4,704.00万元，预算执行率98.00%。预算执行率分值10分，得分9.80分。", "",
             "二、绩效指标完成情况"]
    heads = {"产出指标": "（一）产出指标（分值45分，得分45分）", "效益指标": "（二）效益指标（分值25分，得分24.52分）",
             "满意度指标": "（三）满意度指标（分值20分，得分20分）"}
    prev = ""
    for n, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS326, start=1):
        if l1 != prev:
            lines.append(heads[l1])
            prev = l1
        done = f"实际完成值{actual}" if target.endswith("前") or target == "健全" else f"实际完成{actual}"
        tail = f"偏差原因：{why}。" if why else ""
        lines.append(f"{n}. {l2}：{name}，年度指标值{target}，{done}，分值{weight}分，得分{score}分。{tail}")
    lines += ["", "三、自评结论",
              "    项目自评总分99.32分（满分100分），自评等级为“优”。", "",
              "联系人：马某某，电话：0935-2212×××", "",
              "武威市林业和草原局规划财务科", "2024年3月18日", "",
              "-------- 此邮件由网易邮箱发送 --------", ""]
    out.write_bytes("\r\n".join(lines).encode("gbk"))


def txt327(out: Path) -> None:
    """Nanping (Fujian): a phone OCR app's text of a photographed form, forwarded in WeChat and saved (UTF-8,
    LF): each table row on one line with its cells separated by RUNS of spaces, the merged level cells only on
    their first row; full-width and half-width punctuation mixed (: and ：, a half-width (万元), % and ％,
    ≥ read as >= once and as ≧ once); a space LOST between two cells (质量指标竹山道路…), single spaces between the
    last cells of one row, a stray space put INSIDE a name (带动竹农户均 增收)."""
    lines = ["[图片转文字]",
             "南平市2023年度项目支出绩效自评表",
             "项目名称:2023年南平市竹产业高质量发展项目",
             "主管部门：南平市林业局     实施单位:南平市竹产业发展中心",
             "项目资金(万元)   年初预算数   全年预算数  全年执行数   分值   执行率   得分",
             "年度资金总额   1,000.00    1,150.00   1,115.50    10   97.00%   9.70",
             "其中:省级补助资金   600.00   600.00    600.00   —   —   —",
             "市级财政资金    400.00   550.00   515.50    —    —   —",
             "一级指标   二级指标    三级指标      年度指标值    实际完成值   分值  得分   偏差原因分析及改进措施",
             "产出指标   数量指标   新建竹山机耕道    >=120公里     126公里    10   10",
             "扶持竹加工企业技术改造     ≥15家     16家     8    8",
             "开展竹林丰产培育   ≥2万亩  2.1万亩 8  8",
             "质量指标竹山道路验收合格率     100%     100％    8    8",
             "时效指标    补助资金兑付时间   2023年12月31日前    2023年12月22日   8   8",
             "成本指标   每公里机耕道补助标准    ≤5万元    4.8万元    8    8",
             "效益指标   经济效益指标   竹产业产值增长   ≥8%    7.2%    10   9    受竹材价格下行影响,产值增幅未达预期;2024年延伸加工链条。",
             "社会效益指标    带动竹农户均 增收    ≥2000元    2150元   10   10",
             "可持续影响指标   竹林经营管护机制    健全    健全    10    10",
             "满意度指标   服务对象满意度指标   竹农满意度    ≧90%    96.5％   10   10",
             "总分      100    98.70    自评等级:优",
             "填报人:林某某   联系电话:0599-8822×××",
             ""]
    out.write_bytes("\n".join(lines).encode("utf-8"))


OTHER.update({"322": txt322, "323": txt323, "324": txt324, "325": txt325, "326": txt326, "327": txt327})
WRITTEN.update({s: "txt" for s in ("322", "323", "324", "325", "326", "327")})


# ---------------------------------------------------------------- 310-315: forty-first set (table structures, fourteenth round)

# Liupanshui: (l1, l2, name, target, actual, weight, score, note); the year's prose goal merged down the left
GOAL310 = ("为全市0-6岁残疾儿童提供康复救助，全年救助不少于1200人，定点康复机构服务规范率达到95%以上，"
           "救助资金于年底前拨付到位，残疾儿童康复有效率达到85%以上，减轻残疾儿童家庭康复负担，"
           "受助家庭满意度达到90%以上。")
ROWS310 = [
    ("产出指标", "数量指标", "救助残疾儿童", "≥1200人", "1236人", "8", "8", ""),
    ("产出指标", "数量指标", "定点康复机构", "≥18家", "18家", "6", "6", ""),
    ("产出指标", "数量指标", "提供康复训练服务", "≥9.6万人次", "10.2万人次", "6", "6", ""),
    ("产出指标", "质量指标", "定点机构服务规范率", "≥95%", "97.2%", "7", "7", ""),
    ("产出指标", "质量指标", "救助对象康复评估覆盖率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "救助资金拨付时间", "2023年12月31日前", "2023年12月18日", "5", "5", ""),
    ("产出指标", "成本指标", "人均年度康复救助标准", "≤2.4万元", "2.4万元", "6", "6", ""),
    ("效益指标", "社会效益指标", "残疾儿童康复有效率", "≥85%", "81.6%", "10", "9.6",
     "部分孤独症儿童康复周期长，年内评估有效率偏低，2024年加强个案跟踪。"),
    ("效益指标", "社会效益指标", "减轻残疾儿童家庭康复负担", "有效减轻", "有效减轻", "8", "8", ""),
    ("效益指标", "可持续影响指标", "残疾儿童康复救助长效机制", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "受助家庭满意度", "≥90%", "95.3%", "12", "12", ""),
    ("满意度指标", "服务对象满意度指标", "定点康复机构满意度", "≥85%", "89.6%", "10", "10", ""),
]


def doc310(out: Path) -> None:
    """Liupanshui (Guizhou): a 年度绩效目标 column on the LEFT of the levels, ONE cell merged down all the
    indicator rows holding the year's goal in prose (with figures of its own); landscape."""
    d = new_document(landscape=True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年六盘水市残疾儿童康复救助项目", "dept": "六盘水市残疾人联合会",
                   "agency": "六盘水市残疾人康复中心"},
               ("800.00", "860.00", "838.50", "10", "97.50%", "9.75"),
               [("其中：中央补助资金", "500.00", "500.00", "500.00"),
                ("市级财政资金", "300.00", "360.00", "338.50")],
               [2.6, 4.2, 3.2, 3.2, 3.2, 2.2, 3.0, 2.4])
    para(d, "")
    n = len(ROWS310)
    t = grid_table(d, n + 2, 9, [4.2, 1.5, 2.0, 3.8, 2.5, 2.5, 1.3, 1.6, 4.3], "Table Grid")
    for c, text in enumerate(["年度绩效目标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                              "分值", "得分", "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    t.cell(1, 0).merge(t.cell(n, 0))
    fill(t.cell(1, 0), GOAL310)
    for p in t.cell(1, 0).paragraphs:
        p.alignment = 0
    for depth in (0, 1):
        for a, b, text in _prefix_runs(ROWS310, depth):
            vmerge(t, depth + 1, 1 + a, 1 + b, text)
    for r, (_l1, _l2, *rest) in enumerate(ROWS310, start=1):
        for c, text in enumerate(rest, start=3):
            fill(t.cell(r, c), text)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 5)), "总分")
    fill(t.cell(n + 1, 6), "100")
    fill(t.cell(n + 1, 7), "99.35")
    fill(t.cell(n + 1, 8), "自评等级：优")
    para(d, "填报人：杨某某　　联系电话：0858-8226×××　　填报日期：2024年3月18日")
    d.save(out)


# Zhumadian: (l1, l2, name, target, actual, weight, score, note); the 合计 row at the TOP of the indicator table
ROWS311 = [
    ("产出指标", "数量指标", "实施小麦一喷三防作业面积", "≥850万亩", "862万亩", 8, 8, ""),
    ("产出指标", "数量指标", "开展病虫害统防统治面积", "≥300万亩", "316万亩", 7, 7, ""),
    ("产出指标", "数量指标", "采购发放防治药剂", "≥1200吨", "1236吨", 6, 6, ""),
    ("产出指标", "质量指标", "病虫害防治效果", "≥90%", "92.4%", 7, 7, ""),
    ("产出指标", "质量指标", "防治药剂质量抽检合格率", "100%", "100%", 5, 5, ""),
    ("产出指标", "时效指标", "一喷三防作业完成时间", "2023年5月20日前", "2023年5月16日", 5, 5, ""),
    ("产出指标", "成本指标", "每亩作业补助标准", "≤3元", "3元", 5, 5, ""),
    ("效益指标", "经济效益指标", "挽回小麦产量损失", "≥35万吨", "33.6万吨", 10, 9.6,
     "5月下旬连阴雨导致部分地块赤霉病偏重发生，挽回损失低于预期。"),
    ("效益指标", "社会效益指标", "小麦病虫危害损失率", "≤5%", "3.8%", 8, 8, ""),
    ("效益指标", "生态效益指标", "农药利用率", "≥41%", "41.6%", 6, 6, ""),
    ("效益指标", "可持续影响指标", "病虫害统防统治服务机制", "基本健全", "基本健全", 6, 6, ""),
    ("满意度指标", "服务对象满意度指标", "小麦种植户满意度", "≥90%", "93.5%", 9, 9, ""),
    ("满意度指标", "服务对象满意度指标", "植保服务组织满意度", "≥85%", "88.2%", 8, 8, ""),
]


def xls311(out: Path) -> None:
    """Zhumadian (Henan): the indicator table's 合计（含预算执行率） row (100 / the total score, =SUM formulas)
    sits at the TOP, straight under the header, before the indicator rows; no total row at the bottom."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHI", (12, 14, 8, 28, 16, 16, 9, 9, 30)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:I1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:I3", "2023年驻马店市小麦“一喷三防”项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "驻马店市农业农村局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:I4", "驻马店市植物保护植物检疫站", left=True)
    total = _xls_fund(ws, 5, "ABDEFGHI", "项目资金（万元）",
                      [("其中：中央补助资金", (2000, 2000, 2000)), ("市级财政资金", (600, 800, 764))])
    for r in range(5, total + 3):
        ws.merge_cells(f"B{r}:C{r}")
    r = total + 4
    for col, text in zip("ABCDEFGHI", ("一级指标", "二级指标", "", "三级指标", "年度指标值", "实际完成值", "分值",
                                       "得分", "偏差原因分析及改进措施")):
        if col != "C":
            put(ws, f"{col}{r}", text)
    ws.merge_cells(f"B{r}:C{r}")
    top = r + 1
    first = top + 1
    last = first + len(ROWS311) - 1
    merge(ws, f"A{top}:F{top}", "合计（含预算执行率10分）")
    put(ws, f"G{top}", f"=SUM(G{first}:G{last})+G{total}")
    put(ws, f"H{top}", f"=SUM(H{first}:H{last})+I{total}", "0.00")
    put(ws, f"I{top}", "自评等级：优")
    for a, b, text in _prefix_runs(ROWS311, 0):
        merge(ws, f"A{first + a}:A{first + b}", text)
    for a, b, text in _prefix_runs(ROWS311, 1):
        merge(ws, f"B{first + a}:C{first + b}", text)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS311):
        r = first + i
        put(ws, f"D{r}", name, left=True)
        put(ws, f"E{r}", target)
        put(ws, f"F{r}", actual)
        put(ws, f"G{r}", weight)
        put(ws, f"H{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"I{r}", note, left=True)
        ws.row_dimensions[r].height = 40 if note else 18
    ws[f"A{last + 2}"] = "填报人：李某某　　联系电话：0396-2832×××　　填报日期：2024年3月22日"
    landscape(ws)
    wb.save(out)


# Nanping: (l1, l2, name, 2020, 2021, 2022, target, actual, weight, score, note); three years' results before
ROWS312 = [
    ("产出指标", "数量指标", "免费低收费开放体育场馆", "5个", "5个", "6个", "≥6个", "6个", "8", "8", ""),
    ("产出指标", "数量指标", "场馆年接待健身群众", "86万人次", "102万人次", "115万人次", "≥120万人次", "128.6万人次",
     "8", "8", ""),
    ("产出指标", "数量指标", "举办公益性体育活动", "42场", "51场", "58场", "≥60场", "63场", "7", "7", ""),
    ("产出指标", "质量指标", "场馆设施完好率", "93.5%", "94.8%", "95.6%", "≥95%", "96.4%", "7", "7", ""),
    ("产出指标", "质量指标", "场馆开放安全责任事故", "0起", "0起", "0起", "0起", "0起", "6", "6", ""),
    ("产出指标", "时效指标", "场馆每周免费开放时长", "28小时", "35小时", "35小时", "≥35小时", "42小时", "5", "5", ""),
    ("产出指标", "成本指标", "场馆运行补助资金", "—", "—", "—", "≤520万元", "511.4万元", "5", "5", ""),
    ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "36.2%", "37.8%", "39.1%", "≥40%", "39.2%", "10", "9.8",
     "受山区县人口外出务工影响，比例较上年略升但未达目标，2024年加强乡镇健身活动组织。"),
    ("效益指标", "社会效益指标", "免费开放时段场地利用率", "68%", "71%", "74%", "≥75%", "77.5%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "场馆免费低收费开放长效机制", "—", "基本健全", "健全", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "健身群众满意度", "88.5%", "90.2%", "91.6%", "≥90%", "93.4%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "体育社会组织满意度", "—", "—", "86.3%", "≥85%", "88.1%", "10", "10", ""),
]


def html312(out: Path) -> None:
    """Nanping (Fujian): 近三年完成值 (2020年 / 2021年 / 2022年) columns before the 2023年 pair 年度指标值 /
    实际完成值 under a two-row header; the history cells are neither target nor actual; landscape."""
    h = _html_page("南平市2023年度项目支出绩效自评表", "@page{size:A4 landscape;margin:10mm}td{padding:2pt 3pt}")
    h += _html_head_fund("2023年南平市公共体育场馆免费低收费开放项目", "南平市体育局", "南平市体育中心",
                         ("500.00", "520.00", "511.40", "10", "98.35%", "9.83"),
                         [("其中：中央补助资金", "300.00", "300.00", "300.00"),
                          ("市级财政资金", "200.00", "220.00", "211.40")])
    widths = (5, 8, 17, 7, 7, 7, 8, 8, 4, 5, 24)
    h += ["<table><colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + "</colgroup>",
          '<tr><td class="h" rowspan="2">一级指标</td><td class="h" rowspan="2">二级指标</td>'
          '<td class="h" rowspan="2">三级指标</td><td class="h" colspan="3">近三年完成值</td>'
          '<td class="h" colspan="2">2023年</td><td class="h" rowspan="2">分值</td>'
          '<td class="h" rowspan="2">得分</td><td class="h" rowspan="2">偏差原因分析及改进措施</td></tr>',
          '<tr><td class="h">2020年</td><td class="h">2021年</td><td class="h">2022年</td>'
          '<td class="h">年度指标值</td><td class="h">实际完成值</td></tr>']
    s1 = {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS312, 0)}
    s2 = {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS312, 1)}
    for i, (l1, l2, name, y1, y2, y3, target, actual, weight, score, why) in enumerate(ROWS312):
        lead = f'<td rowspan="{s1[i]}">{l1}</td>' if i in s1 else ""
        lead += f'<td rowspan="{s2[i]}">{l2}</td>' if i in s2 else ""
        h.append(f'<tr>{lead}<td class="l">{name}</td>' + "".join(f'<td class="v">{x}</td>' for x in (y1, y2, y3))
                 + f'<td class="v">{target}</td><td class="v">{actual}</td><td>{weight}</td><td>{score}</td>'
                 f'<td class="l">{why or "&nbsp;"}</td></tr>')
    h += ['<tr><td class="h" colspan="8">总分</td><td>100</td><td>99.63</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：吴某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0599-8812×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月19日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# Huludao: (l1, l2, name, target, actual, weight, score, note); weight "" marks a 其中 detail row of the indicator
ROWS313 = [
    ("产出指标", "数量指标", "新建改造渔港码头岸线", "≥1200米", "1260米", "8", "8", ""),
    ("产出指标", "数量指标", "其中：兴城渔港", "≥700米", "730米", "", "", ""),
    ("产出指标", "数量指标", "绥中渔港", "≥500米", "530米", "", "", ""),
    ("产出指标", "数量指标", "港池航道疏浚", "≥36万立方米", "37.2万立方米", "7", "7", ""),
    ("产出指标", "数量指标", "其中：兴城渔港", "≥20万立方米", "20.8万立方米", "", "", ""),
    ("产出指标", "数量指标", "绥中渔港", "≥16万立方米", "16.4万立方米", "", "", ""),
    ("产出指标", "数量指标", "新建渔船避风锚地", "≥2处", "2处", "6", "6", ""),
    ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", "7", "7", ""),
    ("产出指标", "质量指标", "渔港视频监控覆盖率", "≥95%", "96.5%", "6", "6", ""),
    ("产出指标", "时效指标", "主体工程完工时间", "2023年11月30日前", "2023年11月26日", "5", "5", ""),
    ("产出指标", "成本指标", "每米码头改造成本", "≤0.9万元", "0.86万元", "6", "6", ""),
    ("效益指标", "经济效益指标", "渔港年卸港量", "≥12万吨", "11.4万吨", "10", "9.5",
     "三季度伏季休渔期延长，卸港量低于预期，2024年引进冷链加工企业。"),
    ("效益指标", "社会效益指标", "可容纳避风渔船", "≥800艘", "836艘", "8", "8", ""),
    ("效益指标", "可持续影响指标", "渔港管理长效机制", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%", "94.2%", "11", "11", ""),
    ("满意度指标", "服务对象满意度指标", "渔业企业满意度", "≥85%", "90.3%", "10", "10", ""),
]


def doc313(out: Path) -> None:
    """Huludao (Liaoning): two indicators followed by 其中 DETAIL ROWS (one per fishing port: a target and an
    actual but — in 分值 / 得分), the level cells merged over them; header repeated; landscape."""
    d = new_document(landscape=True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年葫芦岛市渔港升级改造项目", "dept": "葫芦岛市海洋与渔业局",
                   "agency": "葫芦岛市渔港监督管理站"},
               ("2,000.00", "2,100.00", "2,052.00", "10", "97.71%", "9.77"),
               [("其中：中央补助资金", "1,500.00", "1,500.00", "1,500.00"),
                ("市级财政资金", "500.00", "600.00", "552.00")],
               [2.6, 4.2, 3.2, 3.2, 3.2, 2.2, 3.0, 2.4])
    para(d, "")
    n = len(ROWS313)
    t = grid_table(d, n + 2, 8, [1.6, 2.8, 4.2, 3.3, 3.3, 1.3, 1.6, 5.5], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for row in t.rows:
        row._tr.get_or_add_trPr().append(_el("w:cantSplit"))  # rows kept whole over the page break
    for depth in (0, 1):
        for a, b, text in _prefix_runs(ROWS313, depth):
            vmerge(t, depth, 1 + a, 1 + b, text)
    for r, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS313, start=1):
        detail = weight == ""
        fill(t.cell(r, 2), ("　　" if detail and not name.startswith("其中") else ("　" if detail else "")) + name)
        if detail:
            t.cell(r, 2).paragraphs[0].alignment = 0
        for c, text in enumerate((target, actual, weight or "—", score or "—", note), start=3):
            fill(t.cell(r, c), text)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    fill(t.cell(n + 1, 5), "100")
    fill(t.cell(n + 1, 6), "99.27")
    fill(t.cell(n + 1, 7), "自评等级：优")
    para(d, "填报人：孙某某　　联系电话：0429-2136×××　　填报日期：2024年3月14日")
    d.save(out)


# Baishan: (l1, l2, name, target, actual, weight, score, note); a 小计 row closes each level-2 group
ROWS314 = [
    ("产出指标", "数量指标", "完成中幼龄林抚育面积", "≥12万亩", "12.3万亩", 8, 8, ""),
    ("产出指标", "数量指标", "完成林冠下补植补造面积", "≥1.5万亩", "1.56万亩", 6, 6, ""),
    ("产出指标", "数量指标", "修建抚育作业便道", "≥45公里", "46.8公里", 5, 5, ""),
    ("产出指标", "质量指标", "抚育作业检查验收合格率", "≥95%", "97.1%", 6, 6, ""),
    ("产出指标", "质量指标", "补植苗木成活率", "≥85%", "88.4%", 6, 6, ""),
    ("产出指标", "时效指标", "抚育作业完成时间", "2023年10月31日前", "2023年10月25日", 5, 5, ""),
    ("产出指标", "成本指标", "每亩中幼龄林抚育补助标准", "≤200元", "200元", 5, 5, ""),
    ("效益指标", "生态效益指标", "森林覆盖率", "≥84.5%", "84.7%", 7, 7, ""),
    ("效益指标", "生态效益指标", "抚育林分亩均蓄积年增长量", "≥0.35立方米", "0.32立方米", 7, 6.4,
     "抚育后林分生长有滞后期，当年蓄积增长量低于预期，2024年继续监测。"),
    ("效益指标", "社会效益指标", "带动林区群众务工", "≥2600人", "2715人", 6, 6, ""),
    ("效益指标", "可持续影响指标", "森林抚育管护长效机制", "健全", "健全", 6, 6, ""),
    ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "93.2%", 12, 12, ""),
    ("满意度指标", "服务对象满意度指标", "林业经营主体满意度", "≥85%", "89.0%", 11, 11, ""),
]


def xls314(out: Path) -> None:
    """Baishan (Jilin): a 小计 row (=SUM of 分值 / 得分) closes EVERY level-2 group, even a group of one row;
    the level-1 cell merged over its groups and their 小计 rows; 合计 =SUM of the 小计 rows plus the fund."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHI", (12, 14, 8, 28, 16, 16, 9, 9, 30)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:I1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:I3", "2023年白山市森林抚育项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "白山市林业局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:I4", "白山市林业技术推广站", left=True)
    total = _xls_fund(ws, 5, "ABDEFGHI", "项目资金（万元）",
                      [("其中：中央补助资金", (1800, 1800, 1800)), ("省级补助资金", (400, 500, 478))])
    for r in range(5, total + 3):
        ws.merge_cells(f"B{r}:C{r}")
    r = total + 4
    for col, text in zip("ABCDEFGHI", ("一级指标", "二级指标", "", "三级指标", "年度指标值", "实际完成值", "分值",
                                       "得分", "偏差原因分析及改进措施")):
        if col != "C":
            put(ws, f"{col}{r}", text)
    ws.merge_cells(f"B{r}:C{r}")
    r += 1
    subtotals = []
    for a1, b1, l1 in _prefix_runs(ROWS314, 0):
        top1 = r
        for a2, b2, l2 in _prefix_runs(ROWS314[a1:b1 + 1], 1):
            top2 = r
            for _l1, _l2, name, target, actual, weight, score, note in ROWS314[a1 + a2:a1 + b2 + 1]:
                put(ws, f"D{r}", name, left=True)
                put(ws, f"E{r}", target)
                put(ws, f"F{r}", actual)
                put(ws, f"G{r}", weight)
                put(ws, f"H{r}", score, "0.00" if score != int(score) else None)
                put(ws, f"I{r}", note, left=True)
                ws.row_dimensions[r].height = 40 if note else 18
                r += 1
            merge(ws, f"B{top2}:C{r - 1}", l2)
            merge(ws, f"B{r}:F{r}", "小计")
            put(ws, f"G{r}", f"=SUM(G{top2}:G{r - 1})")
            put(ws, f"H{r}", f"=SUM(H{top2}:H{r - 1})", "0.00")
            put(ws, f"I{r}", "")
            for col in "BGH":
                ws[f"{col}{r}"].font = Font(name="宋体", size=10, bold=True)
            subtotals.append(r)
            r += 1
        merge(ws, f"A{top1}:A{r - 1}", l1)
    merge(ws, f"A{r}:F{r}", "合计（含预算执行率10分）")
    put(ws, f"G{r}", "=" + "+".join(f"G{s}" for s in subtotals) + f"+G{total}")
    put(ws, f"H{r}", "=" + "+".join(f"H{s}" for s in subtotals) + f"+I{total}", "0.00")
    put(ws, f"I{r}", "自评等级：优")
    ws[f"A{r + 2}"] = "填报人：赵某某　　联系电话：0439-3282×××　　填报日期：2024年3月25日"
    landscape(ws)
    wb.save(out)


# Zigong: (l1, l2, name, target, actual, weight, score, note); the actuals bare numbers, the unit the target's
ROWS315 = [
    ("产出指标", "数量指标", "新建改造城市污水管网", "≥28公里", "29.4", "8", "8", ""),
    ("产出指标", "数量指标", "完成雨污分流改造小区", "≥45个", "47", "7", "7", ""),
    ("产出指标", "数量指标", "城市污水处理量", "≥1800万吨", "1856", "6", "6", ""),
    ("产出指标", "质量指标", "城市生活污水集中收集率", "≥70%", "71.8", "7", "7", ""),
    ("产出指标", "质量指标", "污水处理厂出水水质达标率", "100%", "100", "6", "6", ""),
    ("产出指标", "时效指标", "管网工程完工时间", "2023年11月30日前", "2023年11月20日", "5", "5", ""),
    ("产出指标", "成本指标", "每公里管网改造成本", "≤260万元", "248.6", "6", "6", ""),
    ("效益指标", "生态效益指标", "污水处理厂进水BOD浓度", "≥100毫克/升", "92", "10", "9.2",
     "部分老旧管网地下水渗入，进水浓度偏低，2024年继续排查整治。"),
    ("效益指标", "社会效益指标", "受益城区人口", "≥32万人", "33.5", "8", "8", ""),
    ("效益指标", "可持续影响指标", "排水管网运行维护机制", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", "92.6", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "排水户满意度", "≥85%", "88.4", "11", "11", ""),
]


def html315(out: Path) -> None:
    """Zigong (Sichuan): the 实际完成值 column's header says its unit is the target's (实际完成值（计量单位同
    年度指标值）): the actuals are BARE numbers (29.4 for ≥28公里, 1856 for ≥1800万吨, 71.8 for ≥70%); the
    date and the qualitative actual written out."""
    h = _html_page("自贡市2023年度项目支出绩效自评表")
    h += _html_head_fund("2023年自贡市城市生活污水处理提质增效项目", "自贡市住房和城乡建设局",
                         "自贡市排水管理处", ("3,600.00", "3,800.00", "3,752.00", "10", "98.74%", "9.87"),
                         [("其中：中央补助资金", "2,400.00", "2,400.00", "2,400.00"),
                          ("市级财政资金", "1,200.00", "1,400.00", "1,352.00")])
    widths = (6, 9, 20, 14, 13, 5, 6, 27)
    h += ["<table><colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + "</colgroup>",
          "<tr>" + "".join(f'<td class="h">{x}</td>' for x in (
        "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值<br>（计量单位同年度指标值）", "分值", "得分",
        "偏差原因分析及改进措施")) + "</tr>"]
    s1 = {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS315, 0)}
    s2 = {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS315, 1)}
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS315):
        lead = f'<td rowspan="{s1[i]}">{l1}</td>' if i in s1 else ""
        lead += f'<td rowspan="{s2[i]}">{l2}</td>' if i in s2 else ""
        h.append(f'<tr>{lead}<td class="l">{name}</td><td class="v">{target}</td><td class="v">{actual}</td>'
                 f'<td>{weight}</td><td>{score}</td><td class="l">{why or "&nbsp;"}</td></tr>')
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>99.07</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：罗某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0813-2208×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月20日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


DOCX.update({"310": doc310, "313": doc313})
XLSX.update({"311": xls311, "314": xls314})
HTML.update({"312": html312, "315": html315})


# ---------------------------------------------------------------- 316-321: forty-second set (scans as they come)
# Six ordinary 项目支出绩效自评表 (rows as the 244-249 set: l1, l2, name, target, actual, weight, score, note; the
# fund weighs 10 of 100), each with a .scan.pdf damaged as an office's copier, fax or phone leaves a page: made by
# SCAN_AS_COMES[stem](pdf, scan) from the form's clean .pdf instead of build_scan. Fixed seeds: the same files each
# build.

ROWS316 = [
    ("产出指标", "数量指标", "维修养护农村集中供水工程", "≥180处", "186处", "8", "8", ""),
    ("产出指标", "数量指标", "更换老旧供水管网", "≥95公里", "97.4公里", "7", "7", ""),
    ("产出指标", "数量指标", "配备净化消毒设备", "≥60套", "60套", "5", "5", ""),
    ("产出指标", "质量指标", "维修养护工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "农村集中供水工程水质达标率", "≥92%", "93.8%", "6", "6", ""),
    ("产出指标", "时效指标", "维修养护任务完成时间", "2023年10月31日前", "2023年10月25日", "6", "6", ""),
    ("产出指标", "成本指标", "每公里管网更换成本", "≤18万元", "17.6万元", "7", "7", ""),
    ("效益指标", "社会效益指标", "受益农村人口", "≥32万人", "32.8万人", "10", "10", ""),
    ("效益指标", "社会效益指标", "农村自来水普及率", "≥96%", "96.5%", "8", "8", ""),
    ("效益指标", "社会效益指标", "农村供水保证率", "≥95%", "92.6%", "10", "9.75",
     "夏季用水高峰期部分山区水源水量不足，2024年实施水源连通工程。"),
    ("效益指标", "可持续影响指标", "工程运行管护机制", "健全", "健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94.2%", "10", "10", ""),
]


FUND42 = [1.6, 2.9, 2.1, 2.1, 2.1, 1.1, 2.0, 1.7]   # 执行率 wide enough for 98.17% on one line


def _regrid42(t) -> None:
    """The indicator grid re-ruled as these offices typed it: 分值 / 得分 wide enough for 100 / 99.57 on one line."""
    widths = [Cm(w) for w in (1.5, 1.9, 3.4, 2.2, 2.2, 1.1, 1.5, 3.0)]
    for col, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(w.twips)))
    for tr in t._tbl.tr_lst:
        k = 0
        for tc in tr.tc_lst:
            tc.width = docx.shared.Emu(sum(widths[k:k + tc.grid_span]))
            k += tc.grid_span


def doc316(out: Path) -> None:
    """Jinzhou (Liaoning): the common Word form (grid head table, 项目资金（万元） vMerged, indicator grid)."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年锦州市农村供水工程维修养护项目", "dept": "锦州市水利局",
                   "agency": "锦州市农村供水服务中心"},
               ("1,200.00", "1,260.00", "1,236.90", "10", "98.17%", "9.82"),
               [("其中：中央水利发展资金", "800.00", "800.00", "800.00"),
                ("市级财政资金", "400.00", "460.00", "436.90")],
               FUND42)
    para(d, "")
    _regrid42(_indicator_grid(d, ROWS316, "99.57"))
    para(d, "")
    para(d, "填报人：于某某　　联系电话：0416-3128×××　　填报日期：2024年3月15日")
    d.save(out)


ROWS317 = [
    ("产出指标", "数量指标", "新建竹林道路", "≥120公里", "126公里", "7", "7", ""),
    ("产出指标", "数量指标", "竹林丰产培育面积", "≥3万亩", "3.15万亩", "7", "7", ""),
    ("产出指标", "数量指标", "扶持竹材加工企业技术改造", "≥15家", "15家", "6", "6", ""),
    ("产出指标", "数量指标", "开展竹农技术培训", "≥800人次", "852人次", "4", "4", ""),
    ("产出指标", "质量指标", "竹林道路建设验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "丰产培育竹林新竹成竹率", "≥85%", "87.3%", "5", "5", ""),
    ("产出指标", "时效指标", "补助资金兑付时间", "2023年12月15日前", "2023年12月8日", "5", "5", ""),
    ("产出指标", "成本指标", "每公里竹林道路补助标准", "≤8万元", "8万元", "5", "5", ""),
    ("效益指标", "经济效益指标", "竹农户均增收", "≥2000元", "1850元", "10", "9.25",
     "毛竹收购价格同比下降，户均增收低于预期；2024年推进竹材精深加工订单收购。"),
    ("效益指标", "经济效益指标", "竹产业总产值增长率", "≥8%", "8.6%", "8", "8", ""),
    ("效益指标", "社会效益指标", "带动竹农就业", "≥3000人", "3120人", "8", "8", ""),
    ("效益指标", "生态效益指标", "竹林面积保有量", "≥400万亩", "401.2万亩", "9", "9", ""),
    ("满意度指标", "服务对象满意度指标", "竹农满意度", "≥90%", "92.7%", "10", "10", ""),
]


def doc317(out: Path) -> None:
    """Nanping (Fujian): the head and fund table on page 1 closed by the signature and 盖章 line, the indicator grid
    on page 2 (the seal goes on page 1's 盖章 line)."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年南平市竹产业高质量发展扶持项目", "dept": "南平市林业局",
                   "agency": "南平市竹产业发展中心"},
               ("2,000.00", "2,150.00", "2,098.40", "10", "97.60%", "9.76"),
               [("其中：省级林业专项资金", "1,200.00", "1,200.00", "1,200.00"),
                ("市级财政资金", "800.00", "950.00", "898.40")],
               FUND42)
    para(d, "")
    para(d, "单位负责人（签字）：　　　　　　　　财务负责人（签字）：　　　　　　　　填报单位（盖章）")
    para(d, "填表人：黄某某　　联系电话：0599-8823×××　　填报日期：2024年3月22日")
    d.add_page_break()
    _regrid42(_indicator_grid(d, ROWS317, "99.01"))
    d.save(out)


ROWS318 = [
    ("产出指标", "数量指标", "建设社区嵌入式养老服务站", "≥24个", "25个", 8, 8, ""),
    ("产出指标", "数量指标", "特殊困难老年人居家上门服务", "≥4.5万人次", "4.72万人次", 8, 8, ""),
    ("产出指标", "数量指标", "培训养老护理员", "≥600人", "614人", 6, 6, ""),
    ("产出指标", "质量指标", "服务站建设验收合格率", "100%", (1, PCT0), 6, 6, ""),
    ("产出指标", "质量指标", "上门服务质量回访合格率", "≥95%", (0.972, PCT1), 6, 6, ""),
    ("产出指标", "时效指标", "补助资金拨付时间", "2023年9月30日前", "2023年9月26日", 6, 6, ""),
    ("产出指标", "成本指标", "每个服务站建设补助标准", "≤30万元", "30万元", 5, 5, ""),
    ("效益指标", "社会效益指标", "社区养老服务设施覆盖率", "≥90%", (0.917, PCT1), 10, 10, ""),
    ("效益指标", "社会效益指标", "服务站日均服务老年人", "≥40人次", "36人次", 10, 9,
     "部分服务站下半年建成运营，服务人次未满全年；2024年加强宣传引导。"),
    ("效益指标", "可持续影响指标", "服务站运营管理机制", "健全", "健全", 5, 5, ""),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", (0.948, PCT1), 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "老年人家属满意度", "≥90%", (0.931, PCT1), 10, 10, ""),
]


def _xls42(out: Path, head: tuple, parts: list[tuple], rows: list[tuple], footer: str) -> None:
    """The common Excel form as 246 writes it: merged head cells, the fund block (=SUM, 执行率, =ROUND), merged
    level cells, =SUM 总分 with the grade; landscape, fit to one page wide."""
    project, dept, agency = head
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    for col, w in zip("ABCDEFGH", (12, 25, 28, 20, 17, 7, 8, 34)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", project, left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", dept, left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:H4", agency, left=True)
    total = _xls_fund(ws, 5, "ABCDEFGH", "项目资金（万元）", parts)
    head_row = total + len(parts) + 1
    for col, text in zip("ABCDEFGH", HEADS214):
        put(ws, f"{col}{head_row}", text)
    first = head_row + 1
    levels(ws, "A", "B", first, rows)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(rows):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"H{r}", note, left=True)
    end = first + len(rows)
    for r in range(3, end + 1):   # LibreOffice does not grow a row for wrapped text: heights set as typed
        ws.row_dimensions[r].height = 33 if first <= r < end and rows[r - first][7] else 20
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+F{total}")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+H{total}", "0.00")
    put(ws, f"H{end}", "自评等级：优")
    ws[f"A{end + 2}"] = footer
    landscape(ws)
    wb.save(out)


def xls318(out: Path) -> None:
    """Zigong (Sichuan): the common Excel form (its scan a fax)."""
    _xls42(out, ("2023年自贡市社区嵌入式养老服务补助项目", "自贡市民政局", "自贡市养老服务指导中心"),
           [("其中：中央财政补助资金", (480, 480, 480)), ("市级财政资金", (240, 260, 251.3))], ROWS318,
           "填报人：罗某某　　联系电话：0813-2206×××　　填报日期：2024年3月18日")


ROWS319 = [
    ("产出指标", "数量指标", "完成农村清洁取暖改造", "≥1.2万户", "1.23万户", 8, 8, ""),
    ("产出指标", "数量指标", "新建改造供热管网", "≥36公里", "37.5公里", 7, 7, ""),
    ("产出指标", "数量指标", "建设燃气入户配套设施", "≥8000户", "8260户", 5, 5, ""),
    ("产出指标", "质量指标", "改造工程验收合格率", "100%", (1, PCT0), 6, 6, ""),
    ("产出指标", "质量指标", "改造户室内温度达标率", "≥95%", (0.964, PCT1), 5, 5, ""),
    ("产出指标", "时效指标", "改造工程完工时间", "2023年10月31日前", "2023年10月30日", 6, 6, ""),
    ("产出指标", "成本指标", "户均改造补助标准", "≤7000元", "7000元", 8, 8, ""),
    ("效益指标", "经济效益指标", "改造户年均取暖支出", "≤2500元", "2380元", 8, 8, ""),
    ("效益指标", "生态效益指标", "散煤替代量", "≥2.6万吨", "2.48万吨", 10, 9.54,
     "部分改造户12月方完成通气，当年替代量未满一个采暖季；2024年采暖季可达效。"),
    ("效益指标", "社会效益指标", "农村清洁取暖覆盖率", "≥92%", (0.935, PCT1), 8, 8, ""),
    ("效益指标", "可持续影响指标", "改造设施运行维护机制", "健全", "健全", 4, 4, ""),
    ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%", (0.913, PCT1), 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "城区居民满意度", "≥85%", (0.886, PCT1), 5, 5, ""),
]


def xls319(out: Path) -> None:
    """Hengshui (Hebei): the common Excel form printed landscape, fit to one page wide (its scan a phone photo)."""
    _xls42(out, ("2023年衡水市冬季清洁取暖改造补助项目", "衡水市住房和城乡建设局", "衡水市城市供热管理中心"),
           [("其中：中央大气污染防治资金", (3000, 3000, 3000)), ("省级财政资金", (1000, 1000, 1000)),
            ("市级财政资金", (1200, 1350, 1302.6))], ROWS319,
           "填报人：韩某某　　联系电话：0318-2136×××　　填报日期：2024年3月20日")


ROWS320 = [
    ("产出指标", "数量指标", "新建高标准农田", "≥28万亩", "28.4万亩", "10", "10", ""),
    ("产出指标", "数量指标", "新建改造灌排渠道", "≥460公里", "472公里", "6", "6", ""),
    ("产出指标", "数量指标", "新打机井", "≥1200眼", "1236眼", "5", "5", ""),
    ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "田间道路通达度", "≥90%", "93.5%", "5", "5", ""),
    ("产出指标", "时效指标", "项目竣工验收时间", "2023年12月31日前", "2023年12月20日", "6", "6", ""),
    ("产出指标", "成本指标", "亩均财政投入", "≤1500元", "1500元", "7", "7", ""),
    ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥50公斤", "46公斤", "10", "9.2",
     "夏季持续干旱影响秋粮单产，2024年完善灌溉设施配套。"),
    ("效益指标", "社会效益指标", "受益农户", "≥9万户", "9.3万户", "10", "10", ""),
    ("效益指标", "生态效益指标", "项目区节水灌溉面积占比", "≥60%", "62.3%", "5", "5", ""),
    ("效益指标", "可持续影响指标", "工程管护责任落实率", "100%", "100%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "95.1%", "10", "10", ""),
]


def html320(out: Path) -> None:
    """Zhumadian (Henan): the common form as a bureau site publishes it (title, date line, one head / fund table,
    one indicator table with rowspan levels), printed by Chromium (its scan low resolution)."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10.5pt;margin:0 2mm}"
           "h1{text-align:center;font-size:15pt}.meta{text-align:center;font-size:9pt;color:#444}"
           "h2{text-align:center;font-size:14pt;margin-bottom:2pt}table{width:100%;border-collapse:collapse;"
           "margin:4pt 0}td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}@page{size:A4;margin:14mm 12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>2023年度高标准农田建设项目绩效自评表_驻马店市农业农村局</title><style>{css}</style></head><body>",
         "<h1>驻马店市农业农村局2023年度高标准农田建设项目绩效自评情况</h1>",
         '<div class="meta">发布时间：2024-04-18　　来源：驻马店市农业农村局</div>',
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center;margin-top:0">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年驻马店市高标准农田建设项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">驻马店市农业农村局</td><td class="h">实施单位</td>'
         '<td colspan="3">驻马店市农田建设服务中心</td></tr>',
         '<tr><td class="h" rowspan="5">项目资金<br>（万元）</td><td class="h">&nbsp;</td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td>'
         '<td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>42,000.00</td><td>42,600.00</td><td>41,832.60</td><td>10</td><td>98.20%</td>"
         "<td>9.82</td></tr>",
         "<tr><td>其中：中央财政资金</td><td>28,000.00</td><td>28,000.00</td><td>28,000.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>省级财政资金</td><td>8,400.00</td><td>8,400.00</td><td>8,400.00</td><td>—</td><td>—</td><td>—</td></tr>",
         "<tr><td>市县财政资金</td><td>5,600.00</td><td>6,200.00</td><td>5,432.60</td><td>—</td><td>—</td><td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in HEADS214) + "</tr>"]
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS320):
        cells = []
        for k, text in ((0, l1), (1, l2)):
            if i == 0 or ROWS320[i - 1][:k + 1] != ROWS320[i][:k + 1]:
                span = sum(1 for _ in takewhile(lambda r: r[:k + 1] == ROWS320[i][:k + 1], ROWS320[i:]))
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>99.02</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：孙某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0396-2612×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月25日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


ROWS321 = [
    ("产出指标", "数量指标", "渔船安全设备更新改造", "≥420艘", "436艘", "5", "5", ""),
    ("产出指标", "数量指标", "配备渔船北斗终端", "≥380台", "392台", "4", "4", ""),
    ("产出指标", "数量指标", "开展渔民安全生产培训", "≥2500人次", "2630人次", "4", "4", ""),
    ("产出指标", "数量指标", "组织海上应急救助演练", "≥6次", "6次", "4", "4", ""),
    ("产出指标", "质量指标", "改造设备检验合格率", "100%", "100%", "5", "5", ""),
    ("产出指标", "质量指标", "渔船安全设备配备率", "≥98%", "98.6%", "4", "4", ""),
    ("产出指标", "时效指标", "设备更新改造完成时间", "2023年6月30日前", "2023年6月28日", "4", "4", ""),
    ("产出指标", "时效指标", "险情接报响应时间", "≤30分钟", "22分钟", "4", "4", ""),
    ("产出指标", "成本指标", "单船安全设备改造补助", "≤2.5万元", "2.4万元", "6", "6", ""),
    ("效益指标", "社会效益指标", "渔业安全生产事故死亡人数", "≤3人", "1人", "8", "8", ""),
    ("效益指标", "社会效益指标", "渔船海上遇险救助成功率", "≥95%", "97.4%", "8", "8", ""),
    ("效益指标", "经济效益指标", "渔业互助保险参保率", "≥90%", "86.5%", "8", "7.69",
     "部分小型渔船船东参保意愿不强，2024年加大保费补贴宣传。"),
    ("效益指标", "可持续影响指标", "渔船安全管理长效机制", "健全", "健全", "8", "8", ""),
    ("效益指标", "可持续影响指标", "渔船动态监控在线率", "≥95%", "96.2%", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%", "93.6%", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "渔船船东满意度", "≥90%", "92.1%", "6", "6", ""),
]


def doc321(out: Path) -> None:
    """Lianyungang (Jiangsu): the common Word form over pages: the head / fund table and the 年度总体目标 table on
    page 1, the indicator grid from page 2 (header repeated)."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年连云港市海洋渔业安全生产保障项目", "dept": "连云港市农业农村局",
                   "agency": "连云港市海洋与渔业发展促进中心"},
               ("1,500.00", "1,560.00", "1,541.20", "10", "98.79%", "9.88"),
               [("其中：中央渔业发展补助资金", "1,000.00", "1,000.00", "1,000.00"),
                ("市级财政资金", "500.00", "560.00", "541.20")],
               FUND42)
    para(d, "")
    t = grid_table(d, 2, 2, [7.8, 7.8], "Table Grid")
    fill(t.cell(0, 0), "年度总体目标（预期目标）")
    fill(t.cell(0, 1), "实际完成情况")
    fill(t.cell(1, 0), "更新改造渔船安全设备，配齐渔船北斗终端，开展渔民安全生产培训和海上应急救助演练，"
                       "提升渔船安全装备水平和海上险情处置能力，减少渔业安全生产事故。")
    fill(t.cell(1, 1), "完成436艘渔船安全设备更新改造，配备北斗终端392台，培训渔民2630人次，组织应急救助演练6次；"
                       "全年渔业安全生产事故死亡1人，海上遇险救助成功率97.4%。")
    d.add_page_break()
    _regrid42(_indicator_grid(d, ROWS321, "99.57"))
    para(d, "")
    para(d, "填报人：徐某某　　联系电话：0518-8552×××　　填报日期：2024年3月19日")
    d.save(out)


def _pages42(pdf: Path, dpi: int, mode: str = "L") -> list:
    import pypdfium2 as pdfium
    return [page.render(scale=dpi / 72).to_pil().convert(mode) for page in pdfium.PdfDocument(str(pdf))]


def _save42(pages: list, out: Path, dpi: int, **jpeg) -> None:
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=dpi, **jpeg)


def skewed_copy(pdf: Path, out: Path) -> None:
    """A copier scan: 200 dpi grey, the sheet 1.8 degrees askew on the glass, the lid's grey beyond the paper edge
    (wedges at the corners, a band along the top and left), faint noise."""
    import numpy as np
    from PIL import Image
    rng = np.random.default_rng(316)
    dpi = 200
    pages = []
    for page in _pages42(pdf, dpi):
        w, h = page.size
        sheet = page.rotate(-1.8, resample=Image.BICUBIC, expand=True, fillcolor=118)
        glass = Image.new("L", (w, h), 118)
        glass.paste(sheet, ((w - sheet.width) // 2 + 14, (h - sheet.height) // 2 + 18))
        a = np.asarray(glass, dtype=np.float32) * 0.97 + rng.normal(0, 2, (h, w))
        pages.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)))
    _save42(pages, out, dpi, quality=85)


def _seal_at(dpi: int, name: str) -> "Image.Image":
    """A red round official seal (42 mm): ring, star, the office's name around the top, ink uneven."""
    import math
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont
    size = round(42 / 25.4 * dpi)
    ink = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(ink)
    ring = round(size * 0.028)
    d.ellipse((ring, ring, size - ring, size - ring), outline=255, width=ring)
    c, star = size / 2, size * 0.15
    pts = [(c + (star if k % 2 == 0 else star * 0.38) * math.sin(math.pi * k / 5),
            c - (star if k % 2 == 0 else star * 0.38) * math.cos(math.pi * k / 5)) for k in range(10)]
    d.polygon(pts, fill=255)
    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", round(size * 0.15))
    span = 28 * (len(name) - 1)   # degrees of the top arc the name covers
    for k, ch in enumerate(name):
        angle = -span / 2 + span * k / (len(name) - 1)
        glyph = Image.new("L", (round(size * 0.19), round(size * 0.19)), 0)
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, fill=255, font=font, anchor="mm")
        glyph = glyph.rotate(-angle, resample=Image.BICUBIC, expand=True)
        r = size / 2 - ring * 2 - size * 0.1
        x = c + r * math.sin(math.radians(angle)) - glyph.width / 2
        y = c - r * math.cos(math.radians(angle)) - glyph.height / 2
        ink.paste(255, (round(x), round(y)), glyph)
    rng = np.random.default_rng(317)
    uneven = 0.78 + 0.22 * rng.random((size // 6 + 1, size // 6 + 1))
    uneven = np.kron(uneven, np.ones((6, 6)))[:size, :size]
    return Image.fromarray((np.asarray(ink, dtype=np.float32) * uneven).astype(np.uint8))


def sealed_colour(pdf: Path, out: Path) -> None:
    """A colour scan, 200 dpi, saved as JPEG: a red seal stamped over page 1's 盖章 line, its lower arc over the
    fund table's last rows."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image
    dpi, scale = 200, 200 / 72
    doc = pdfium.PdfDocument(str(pdf))
    text = doc[0].get_textpage()
    found = text.search("盖章").get_next()
    left, bottom, right, top = text.get_charbox(found[0])
    pages = _pages42(pdf, dpi, "RGB")
    seal = _seal_at(dpi, "南平市林业局")
    cx = round((left - 6) * scale)
    cy = round((doc[0].get_size()[1] - (top + bottom) / 2) * scale) - seal.height // 6
    page = np.asarray(pages[0], dtype=np.float32)
    alpha = np.zeros(page.shape[:2], dtype=np.float32)
    x0, y0 = cx - seal.width // 2, cy - seal.height // 2
    alpha[y0:y0 + seal.height, x0:x0 + seal.width] = np.asarray(seal, dtype=np.float32) / 255 * 0.85
    red = np.array([214, 38, 44], dtype=np.float32)
    page = page * (1 - alpha[..., None]) + (page * red / 255) * alpha[..., None]   # ink multiplies the paper
    paper = np.array([250, 247, 240], dtype=np.float32) / 255   # the scanner's warm paper white
    pages[0] = Image.fromarray(np.clip(page * paper, 0, 255).astype(np.uint8))
    pages[1:] = [Image.fromarray((np.asarray(p, dtype=np.float32) * paper).astype(np.uint8)) for p in pages[1:]]
    _save42(pages, out, dpi, quality=82)


def faxed(pdf: Path, out: Path) -> None:
    """A fax: 200 x 100 dpi 1-bit (every other line kept, stretched back to square), speckles, thin rules broken
    where the threshold drops a pixel."""
    import numpy as np
    from PIL import Image
    rng = np.random.default_rng(318)
    pages = []
    for page in _pages42(pdf, 200):
        w, h = page.size
        fine = page.resize((w, h // 2), Image.BOX)
        a = np.asarray(fine, dtype=np.float32) + rng.normal(0, 28, (h // 2, w))
        black = a < 150
        black &= rng.random(black.shape) > 0.03          # dropped pixels: thin lines broken here and there
        black |= rng.random(black.shape) < 0.0012        # speckle
        img = Image.fromarray(np.where(black, 0, 255).astype(np.uint8)).resize((w, h), Image.NEAREST)
        pages.append(img.convert("1", dither=Image.Dither.NONE))
    _save42(pages, out, 200)


def phone_photo(pdf: Path, out: Path) -> None:
    """A phone photo of the printed page: the landscape page shot with the phone upright (rotated 90 degrees),
    the sheet a trapezoid on a desk, a shadow falling across it, JPEG quality 60."""
    import numpy as np
    from PIL import Image, ImageFilter
    dpi = 170
    pages = []
    for page in _pages42(pdf, dpi, "RGB"):
        page = page.rotate(90, expand=True)
        w, h = page.size
        W, H = round(w * 1.12), round(h * 1.08)
        # the sheet's corners in the photo: farther edge (top) narrower
        dst = [(W * 0.08, H * 0.05), (W * 0.93, H * 0.035), (W * 0.965, H * 0.965), (W * 0.035, H * 0.95)]
        src = [(0, 0), (w, 0), (w, h), (0, h)]
        m = []
        for (x, y), (u, v) in zip(dst, src):
            m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
            m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        coeffs = np.linalg.solve(np.array(m), np.array([c for p in src for c in p], dtype=float))
        photo = Image.new("RGB", (W, H), (96, 84, 72))
        sheet = page.transform((W, H), Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC, fillcolor=(96, 84, 72))
        mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC)
        photo.paste(sheet, (0, 0), mask)
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        light = 0.62 + 0.38 * np.clip((xx / W * 0.6 + yy / H * 0.7), 0, 1)   # shadow from the top left
        a = np.asarray(photo, dtype=np.float32) * light[..., None] * np.array([1.0, 0.98, 0.93])
        pages.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6)))
    _save42(pages, out, dpi, quality=60)


def low_res(pdf: Path, out: Path) -> None:
    """A low-resolution scan: 110 dpi grey, heavy JPEG (quality 30)."""
    _save42(_pages42(pdf, 110), out, 110, quality=30)


def misfed(pdf: Path, out: Path) -> None:
    """A multi-page feed: 200 dpi grey; page 2 fed upside down (rotated 180 degrees); page 1 with the shadows of
    two punched holes in the left margin and a handwritten tick in the right margin."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter
    dpi, mm = 200, 200 / 25.4
    pages = _pages42(pdf, dpi)
    first = pages[0]
    w, h = first.size
    shade = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(shade)
    for cy in (h / 2 - 40 * mm, h / 2 + 40 * mm):
        d.ellipse((8 * mm, cy - 3 * mm, 14 * mm, cy + 3 * mm), fill=190)
    shade = shade.filter(ImageFilter.GaussianBlur(3))
    a = np.asarray(first, dtype=np.float32) * (1 - np.asarray(shade, dtype=np.float32) / 255 * 0.8)
    first = Image.fromarray(a.astype(np.uint8))
    d = ImageDraw.Draw(first)
    x, y = w - 14 * mm, h * 0.30
    d.line([(x, y), (x + 2.5 * mm, y + 4 * mm), (x + 8 * mm, y - 6 * mm)], fill=55, width=6, joint="curve")
    pages[0] = first
    if len(pages) > 1:
        pages[1] = pages[1].rotate(180)
    _save42(pages, out, dpi, quality=85)


SCAN_AS_COMES = {"316": skewed_copy, "317": sealed_colour, "318": faxed, "319": phone_photo, "320": low_res,
                 "321": misfed}
DOCX.update({"316": doc316, "317": doc317, "321": doc321})
XLSX.update({"318": xls318, "319": xls319})
HTML.update({"320": html320})


# ---------------------------------------------------------------- 328-333: forty-fourth set (frameworks and department-wide forms)
# Six forms whose indicator hierarchy is NOT the project form's 产出 / 效益 / 满意度: the 部门整体 投入 / 过程 / 产出 /
# 效益 framework, the 共性指标 framework (项目决策 / 项目过程 / 项目产出 / 项目效益) with 评分标准, the 部门整体 履职效能 /
# 管理效率 / 服务满意度 / 可持续影响 framework with a 部门职能 column, a 决策 20 / 过程 40 / 产出和效益 40 split, a
# department form grouped by 重点工作任务, and a 指标权重（%） / 得分（百分制） / 折算得分 form.

def _grid44(d, heads: list[str], rows: list, widths: list[float], nmerge: int):
    """A grid table: a repeated header row, then rows (lists of cell texts; a str is a section row spanning the
    table, bold); the first nmerge columns vMerged over runs of equal cells (a run ends where a column to its left
    changes or a section row comes)."""
    t = grid_table(d, len(rows) + 1, len(heads), widths, "Table Grid")
    for c, text in enumerate(heads):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for row in t.rows:   # rows kept whole over a page break
        row._tr.get_or_add_trPr().append(_el("w:cantSplit"))
    for i, row in enumerate(rows, start=1):
        if isinstance(row, str):
            cell = t.cell(i, 0).merge(t.cell(i, len(heads) - 1))
            fill(cell)
            cell.paragraphs[0].add_run(row).bold = True
            continue
        for c, text in enumerate(row):
            if c >= nmerge:
                fill(t.cell(i, c), text)
    for c in range(nmerge):
        start = None
        for i in range(1, len(rows) + 2):
            row = rows[i - 1] if i <= len(rows) else None
            same = (start is not None and isinstance(row, list) and row[:c + 1] == rows[start - 1][:c + 1])
            if not same:
                if start is not None:
                    vmerge(t, c, start, i - 1, rows[start - 1][c])
                start = i if isinstance(row, list) else None
    return t


def _dept_fund_docx(d, name: str, fund: list[tuple], scored: tuple | None, widths: list[float]):
    """部门（单位）名称 row, then 年度预算执行情况（万元） vMerged over its header, 年度资金总额 and the 其中 parts
    (label, 年初, 全年, 执行, 执行率); scored = (分值, 得分) on the total line, or None for a block without weight."""
    heads = ["", "年初预算数", "全年预算数", "全年执行数", "执行率"] + (["分值", "得分"] if scored else [])
    n = len(heads) + 1
    t = grid_table(d, 2 + len(fund), n, widths, "Table Grid")
    fill(t.cell(0, 0), "部门（单位）名称")
    fill(t.cell(0, 1).merge(t.cell(0, n - 1)), name)
    vmerge(t, 0, 1, 1 + len(fund), "年度预算执行情况\n（万元）")
    for c, text in enumerate(heads, start=1):
        fill(t.cell(1, c), text)
    for r, vals in enumerate(fund, start=2):
        extra = list(scored) if scored and r == 2 else (["—", "—"] if scored else [])
        for c, text in enumerate([*vals, *extra], start=1):
            fill(t.cell(r, c), text)
    return t


ROWS328 = [   # 一级 / 二级 / 三级 / 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因
    ["投入", "预算配置", "在职人员控制率", "≤100%", "96.8%", "5", "5", ""],
    ["投入", "预算配置", "“三公”经费变动率", "≤0%", "-6.4%", "5", "5", ""],
    ["过程", "预算执行", "预算调整率", "≤5%", "3.08%", "5", "5", ""],
    ["过程", "预算执行", "支付进度率", "≥95%", "98.54%", "8", "8", ""],
    ["过程", "预算执行", "结转结余率", "≤5%", "1.46%", "5", "5", ""],
    ["过程", "预算管理", "政府采购执行率", "≥95%", "97.2%", "5", "5", ""],
    ["过程", "预算管理", "预决算信息公开", "按时公开", "按时公开", "4", "4", ""],
    ["过程", "资产管理", "固定资产利用率", "≥95%", "98.1%", "5", "5", ""],
    ["过程", "资产管理", "资产管理制度健全性", "健全", "健全", "3", "3", ""],
    ["产出", "职责履行", "人民调解案件调解成功率", "≥95%", "97.6%", "8", "8", ""],
    ["产出", "职责履行", "办理法律援助案件", "≥2400件", "2516件", "8", "8", ""],
    ["产出", "职责履行", "社区矫正对象再犯罪率", "≤0.2%", "0.08%", "7", "7", ""],
    ["产出", "职责履行", "行政复议案件按期办结率", "100%", "100%", "7", "7", ""],
    ["效益", "履职效益", "公共法律服务群众满意度", "≥90%", "93.5%", "9", "9", ""],
    ["效益", "履职效益", "法治宣传教育受众", "≥50万人次", "46.5万人次", "8", "7.44",
     "部分线下普法活动并入“八五”普法中期评估开展，受众少于预期。"],
    ["效益", "履职效益", "矛盾纠纷多元化解机制", "健全", "健全", "8", "8", ""],
]


def doc328(out: Path) -> None:
    """Zhenjiang (Jiangsu): a 部门整体支出绩效自评表 in the 投入 / 过程 / 产出 / 效益 framework (预算配置 / 预算执行 /
    预算管理 / 资产管理 / 职责履行 / 履职效益); the fund block without weight (execution scored under 过程)."""
    d = new_document()
    para(d, "部门整体支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _dept_fund_docx(d, "镇江市司法局", [("年度资金总额", "3,250.00", "3,350.00", "3,301.25", "98.54%"),
                                         ("其中：基本支出", "2,180.00", "2,200.00", "2,196.40", "99.84%"),
                                         ("项目支出", "1,070.00", "1,150.00", "1,104.85", "96.07%")],
                    None, [3.0, 3.0, 2.6, 2.6, 2.6, 2.6])
    para(d, "")
    t = _grid44(d, HEADS214, [*ROWS328, ["合计", "", "", "", "", "100", "99.44", "自评等级：优"]],
                [1.2, 1.9, 3.4, 2.4, 2.4, 1.1, 1.5, 2.7], 2)
    end = len(ROWS328) + 1
    fill(t.cell(end, 0).merge(t.cell(end, 4)), "合计")
    para(d, "填报人：丁某某　　联系电话：0511-8502×××　　填报日期：2024年3月22日")
    d.save(out)


def _xls_fund44(ws, first: int, label: str, spans: list[str], parts: list[tuple], weight: int | None) -> int:
    """A fund block whose columns may span several sheet columns: spans = ranges for the row label, 年初 / 全年 /
    执行, 执行率 (and 分值 / 得分 when weight is given), e.g. "B:C". The total =SUM of its parts, 执行率 and =ROUND
    formulas. Returns the total row."""
    heads = ["", "年初预算数", "全年预算数", "全年执行数", "执行率"] + (["分值", "得分"] if weight else [])
    lab = label.split(":")

    def cell(span: str, r: int, value, fmt=None):
        a, b = (span.split(":") + [span])[:2]
        if a == b:
            put(ws, f"{a}{r}", value, fmt)
        else:
            merge(ws, f"{a}{r}:{b}{r}", value)
            if fmt:
                ws[f"{a}{r}"].number_format = fmt
        return a

    merge(ws, f"{lab[0]}{first}:{lab[0]}{first + 1 + len(parts)}", lab[1])
    for span, text in zip(spans, heads):
        cell(span, first, text)
    total = first + 1
    cols = [s.split(":")[0] for s in spans]
    cell(spans[0], total, "年度资金总额")
    for span, col in zip(spans[1:4], cols[1:4]):
        cell(span, total, f"=SUM({col}{total + 1}:{col}{total + len(parts)})", MONEY)
    cell(spans[4], total, f"={cols[3]}{total}/{cols[2]}{total}", PCT2)
    if weight:
        cell(spans[5], total, weight)
        cell(spans[6], total, f"=ROUND({cols[5]}{total}*{cols[4]}{total},2)", "0.00")
    for r, (text, vals) in enumerate(parts, start=total + 1):
        cell(spans[0], r, text)
        for span, v in zip(spans[1:4], vals):
            cell(span, r, v, MONEY)
        cell(spans[4], r, f"={cols[3]}{r}/{cols[2]}{r}", PCT2)
        for span in spans[5:] if weight else []:
            cell(span, r, "—")
    return total


ROWS329 = [   # 一级 / 二级 / 三级 / 分值 / 评分标准 / 年度指标值 / 实际完成值 / 得分 / 偏差原因
    ("项目决策", "项目立项", "立项依据充分性", 3, "项目立项符合国家法律法规、行业规划和部门职责，得3分；每缺一项依据扣1分", "/",
     "充分", 3, ""),
    ("项目决策", "项目立项", "立项程序规范性", 2, "按规定程序申请设立，审批文件、材料齐全，得2分；否则不得分", "/", "规范", 2, ""),
    ("项目决策", "绩效目标", "绩效目标合理性", 3, "绩效目标与项目实际内容相符、与预算相匹配，是得3分，否得0分", "/", "是", 3, ""),
    ("项目决策", "绩效目标", "绩效指标明确性", 3, "绩效指标细化、量化、可衡量，是得3分，否得0分", "/", "是", 3, ""),
    ("项目决策", "资金投入", "预算编制科学性", 2, "预算编制经过论证，内容与项目内容匹配，得2分", "/", "科学", 2, ""),
    ("项目决策", "资金投入", "资金分配合理性", 2, "资金分配依据充分，额度与项目地方实际相适应，得2分", "/", "合理", 2, ""),
    ("项目过程", "资金管理", "资金使用合规性", 5, "资金使用符合财务管理制度，无截留、挤占、挪用、虚列支出，得5分；发现一处扣2分", "/",
     "合规", 5, ""),
    ("项目过程", "组织实施", "管理制度健全性", 4, "已制定项目管理制度和资金管理办法且合法、合规、完整，得4分", "/", "完整", 4, ""),
    ("项目过程", "组织实施", "制度执行有效性", 6, "遵守相关法律法规和管理规定，合同、验收等资料齐全并及时归档，得6分；每发现一项问题扣1分",
     "/", "有效", 6, ""),
    ("项目产出", "产出数量", "新建乡镇垃圾中转站", 10, "完成目标值得满分，未完成按完成比例计分", "≥8座", "8座", 10, ""),
    ("项目产出", "产出质量", "中转站竣工验收合格率", 8, "达到目标值得满分，每低1个百分点扣1分", "100%", "100%", 8, ""),
    ("项目产出", "产出时效", "中转站建成投运时间", 8, "按期完成得满分，每延期1个月扣2分", "2023年10月31日前", "2023年10月26日",
     8, ""),
    ("项目产出", "产出成本", "单座中转站建设成本", 9, "控制在目标值以内得满分，超出不得分", "≤180万元", "176.5万元", 9, ""),
    ("项目效益", "社会效益", "农村生活垃圾收运处置体系覆盖行政村比例", 10, "达到目标值得满分，未达到按完成比例计分", "≥95%",
     (0.938, PCT1), 9.87, "2个偏远山区村收运线路尚在调整，2024年一季度纳入收运体系。"),
    ("项目效益", "生态效益", "农村生活垃圾无害化处理率", 8, "达到目标值得满分，未达到按完成比例计分", "100%", (1, PCT0), 8, ""),
    ("项目效益", "满意度", "受益群众满意度", 7, "≥90%得满分，每低1个百分点扣0.5分", "≥90%", (0.942, PCT1), 7, ""),
]


def xls329(out: Path) -> None:
    """Meishan (Sichuan): a project form in the 共性指标 framework (项目决策 / 项目过程 / 项目产出 / 项目效益): 分值 and
    评分标准 per row BEFORE the values; the decision / process rows have no target ("/") and a word as actual."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    for col, w in zip("ABCDEFGHI", (10, 17, 24, 7, 36, 14, 14, 8, 26)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:I1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:I3", "2023年眉山市城乡生活垃圾收运体系建设项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "眉山市住房和城乡建设局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:I4", "眉山市环境卫生管理所", left=True)
    total = _xls_fund44(ws, 5, "A:项目资金（万元）", ["B", "C", "D:E", "F", "G", "H", "I"],
                        [("其中：省级财政资金", (800, 800, 800)), ("市级财政资金", (480, 550, 518.95))], 10)
    for r in range(5, total + 3):
        ws.row_dimensions[r].height = 18
    head = total + 3
    for col, text in zip("ABCDEFGHI", ("一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值",
                                       "得分", "偏差原因分析及改进措施")):
        put(ws, f"{col}{head}", text)
    first = head + 1
    levels(ws, "A", "B", first, ROWS329)
    for i, (_l1, _l2, name, weight, rule, target, actual, score, note) in enumerate(ROWS329):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", weight)
        put(ws, f"E{r}", rule, left=True)
        put(ws, f"F{r}", target)
        put(ws, f"G{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"H{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"I{r}", note, left=True)
        ws.row_dimensions[r].height = 30
    end = first + len(ROWS329)
    merge(ws, f"A{end}:C{end}", "总分（含预算执行率10分）")
    put(ws, f"D{end}", f"=SUM(D{first}:D{end - 1})+H{total}")
    merge(ws, f"E{end}:G{end}", "")
    put(ws, f"H{end}", f"=SUM(H{first}:H{end - 1})+I{total}", "0.00")
    put(ws, f"I{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：苏某某　　联系电话：028-3816××××　　填报日期：2024年3月25日"
    landscape(ws)
    wb.save(out)


ROWS330 = [   # 一级 / 二级 / 三级 / 部门职能 / 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因
    ("履职效能", "重点工作履职", "新建高标准农田", "耕地保护与建设", "≥12万亩", "12.6万亩", "7", "7", ""),
    ("履职效能", "重点工作履职", "粮食播种面积", "粮食生产", "≥158万亩", "159.3万亩", "6", "6", ""),
    ("履职效能", "重点工作履职", "培育县级以上农业产业化龙头企业", "乡村产业发展", "≥20家", "17家", "6", "5.1",
     "3家企业申报材料未通过县级认定，已列入2024年培育计划。"),
    ("履职效能", "重点工作履职", "新增农民专业合作社示范社", "农村经营管理", "≥30家", "32家", "5", "5", ""),
    ("履职效能", "履职质量", "农产品质量安全例行监测合格率", "农产品质量安全监管", "≥98%", "98.6%", "6", "6", ""),
    ("履职效能", "履职质量", "畜禽强制免疫应免密度", "动物疫病防控", "≥90%", "95.3%", "6", "6", ""),
    ("履职效能", "履职质量", "农村卫生厕所普及率", "农村人居环境整治", "≥75%", "76.8%", "5", "5", ""),
    ("履职效能", "履职时效", "农业保险保费补贴拨付", "农村经营管理", "2023年12月20日前", "2023年12月15日", "4", "4", ""),
    ("管理效率", "预算管理", "预算调整率", "综合保障", "≤5%", "3.90%", "5", "5", ""),
    ("管理效率", "预算管理", "“三公”经费控制率", "综合保障", "≤100%", "88.7%", "5", "5", ""),
    ("管理效率", "资产管理", "固定资产利用率", "综合保障", "≥95%", "97.5%", "5", "5", ""),
    ("服务满意度", "服务对象满意度", "农业经营主体满意度", "乡村产业发展", "≥90%", "92.6%", "8", "8", ""),
    ("服务满意度", "服务对象满意度", "农户满意度", "综合保障", "≥90%", "94.1%", "7", "7", ""),
    ("可持续影响", "长效机制", "高标准农田建后管护机制", "耕地保护与建设", "健全", "健全", "8", "8", ""),
    ("可持续影响", "长效机制", "农产品质量安全追溯体系覆盖率", "农产品质量安全监管", "≥80%", "84.5%", "7", "7", ""),
]


def _spans(rows: list, i: int, k: int) -> int:
    """How many rows from i share row i's cells 0..k (a rowspan), 0 when row i continues a run."""
    if i and rows[i - 1][:k + 1] == rows[i][:k + 1]:
        return 0
    return sum(1 for _ in takewhile(lambda r: r[:k + 1] == rows[i][:k + 1], rows[i:]))


def html330(out: Path) -> None:
    """Yuxi (Yunnan): a 部门整体支出绩效自评表 on a bureau's site in the 履职效能 / 管理效率 / 服务满意度 / 可持续影响
    framework, a 部门职能 column right of the indicator's name naming the function each row serves."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:9pt;margin:0}"
           "h1{text-align:center;font-size:15pt;margin:4pt 0}.meta{text-align:center;font-size:9pt;color:#555}"
           "table{width:100%;border-collapse:collapse;margin:5pt 0}"
           "th,td{border:1px solid #000;padding:1.5pt 3pt;text-align:center;vertical-align:middle}"
           "th{font-weight:bold;background:#eee;white-space:nowrap}td.l{text-align:left}@page{size:A4 landscape;margin:12mm 10mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>玉溪市农业农村局2023年度部门整体支出绩效自评表</title><style>{css}</style></head><body>",
         "<h1>部门整体支出绩效自评表</h1>",
         '<div class="meta">（2023年度）　　发布时间：2024-04-18　　来源：玉溪市农业农村局</div>', "<table>",
         '<tr><th>部门（单位）名称</th><td class="l" colspan="7">玉溪市农业农村局</td></tr>',
         '<tr><th rowspan="4">年度预算执行情况<br>（万元）</th><th>&nbsp;</th><th>年初预算数</th><th>全年预算数</th>'
         "<th>全年执行数</th><th>分值</th><th>执行率</th><th>得分</th></tr>",
         "<tr><td>年度资金总额</td><td>5,640.00</td><td>5,860.00</td><td>5,743.97</td><td>10</td><td>98.02%</td>"
         "<td>9.80</td></tr>",
         "<tr><td>其中：基本支出</td><td>2,460.00</td><td>2,480.00</td><td>2,472.35</td><td>—</td><td>99.69%</td>"
         "<td>—</td></tr>",
         "<tr><td>项目支出</td><td>3,180.00</td><td>3,380.00</td><td>3,271.62</td><td>—</td><td>96.79%</td>"
         "<td>—</td></tr>", "</table>", "<table>",
         "<tr>" + "".join(f"<th>{x}</th>" for x in ("一级指标", "二级指标", "三级指标", "部门职能", "年度指标值",
                                                     "实际完成值", "分值", "得分", "偏差原因分析及改进措施")) + "</tr>"]
    for i, (l1, l2, name, duty, target, actual, weight, score, why) in enumerate(ROWS330):
        cells = []
        for k, text in ((0, l1), (1, l2)):
            span = _spans(ROWS330, i, k)
            if span:
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{duty}</td>", f"<td>{target}</td>", f"<td>{actual}</td>",
                  f"<td>{weight}</td>", f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><th colspan="6">总分（含预算执行10分）</th><td>100</td><td>98.90</td><td>自评等级：优</td></tr>',
          "</table>", "<p>填报人：李某某　　联系电话：0877-2026×××　　填报日期：2024年3月28日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


ROWS331 = [
    ["决策", "项目立项", "立项依据充分性", "充分", "充分", "5", "5", ""],
    ["决策", "项目立项", "立项程序规范性", "规范", "规范", "5", "5", ""],
    ["决策", "绩效目标", "绩效目标合理性", "合理", "合理", "5", "5", ""],
    ["决策", "资金投入", "资金分配合理性", "合理", "合理", "5", "5", ""],
    ["过程", "资金管理", "资金到位率", "100%", "100%", "10", "10", ""],
    ["过程", "资金管理", "预算执行率", "≥95%", "98%", "10", "10", ""],
    ["过程", "资金管理", "资金使用合规性", "合规", "合规", "10", "10", ""],
    ["过程", "组织实施", "管理制度健全性", "健全", "健全", "5", "5", ""],
    ["过程", "组织实施", "制度执行有效性", "有效", "有效", "5", "5", ""],
    ["产出", "产出数量", "更新改造老旧燃气管道", "≥62公里", "63.4公里", "7", "7", ""],
    ["产出", "产出质量", "管道焊口无损检测合格率", "100%", "100%", "6", "6", ""],
    ["产出", "产出时效", "改造工程完工时间", "2023年11月30日前", "2023年12月12日", "6", "4.5",
     "2处穿越铁路段审批延后，工程延期12天完工；按评分细则逾期扣1.5分。"],
    ["产出", "产出成本", "每公里管道改造成本", "≤42万元", "41.2万元", "6", "6", ""],
    ["效益", "社会效益", "消除燃气管道安全隐患点", "≥300处", "312处", "5", "5", ""],
    ["效益", "社会效益", "受益居民户数", "≥1.8万户", "1.86万户", "5", "5", ""],
    ["效益", "满意度", "受益居民满意度", "≥90%", "93.4%", "5", "5", ""],
]


def doc331(out: Path) -> None:
    """Xianning (Hubei): a project form scored 决策 20 / 过程 40 / 产出和效益 40 (the split on a line above the
    table); the fund block without weight (资金到位率 and 预算执行率 are indicators under 过程)."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    t = grid_table(d, 6, 6, [3.0, 3.4, 2.6, 2.6, 2.6, 2.6], "Table Grid")
    fill(t.cell(0, 0), "项目名称")
    fill(t.cell(0, 1).merge(t.cell(0, 5)), "2023年咸宁市城区老旧燃气管道更新改造项目")
    fill(t.cell(1, 0), "主管部门")
    fill(t.cell(1, 1).merge(t.cell(1, 2)), "咸宁市住房和城乡建设局")
    fill(t.cell(1, 3), "实施单位")
    fill(t.cell(1, 4).merge(t.cell(1, 5)), "咸宁市燃气安全服务中心")
    vmerge(t, 0, 2, 5, "项目资金\n（万元）")
    for r, vals in enumerate([("", "年初预算数", "全年预算数", "全年执行数", "执行率"),
                              ("年度资金总额", "2,600.00", "2,750.00", "2,695.00", "98.00%"),
                              ("其中：中央预算内投资", "1,800.00", "1,800.00", "1,800.00", "100.00%"),
                              ("市级配套资金", "800.00", "950.00", "895.00", "94.21%")], start=2):
        for c, text in enumerate(vals, start=1):
            fill(t.cell(r, c), text)
    para(d, "")
    para(d, "评分说明：本表满分100分，其中决策20分、过程40分、产出和效益40分，预算执行情况在“过程—资金管理”中评价。", 10)
    t = _grid44(d, HEADS214, [*ROWS331, ["合计", "", "", "", "", "100", "98.5", "自评等级：优"]],
                [1.2, 1.9, 3.3, 2.5, 2.5, 1.1, 1.3, 2.8], 2)
    end = len(ROWS331) + 1
    fill(t.cell(end, 0).merge(t.cell(end, 4)), "合计")
    para(d, "")
    para(d, "填报人：吴某某　　联系电话：0715-8126×××　　填报日期：2024年3月20日")
    d.save(out)


TASKS332 = [   # (task, rows: 一级 / 二级 / 三级 / 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因)
    ("任务一：打好蓝天保卫战（大气污染防治）", [
        ("产出指标", "数量指标", "完成挥发性有机物综合治理企业", "≥45家", "47家", 8, 8, ""),
        ("产出指标", "质量指标", "细颗粒物（PM2.5）年均浓度", "≤38微克/立方米", "36微克/立方米", 7, 7, ""),
        ("效益指标", "生态效益指标", "空气质量优良天数比例", "≥72%", (0.704, PCT1), 8, 7.82,
         "受夏季臭氧污染及沙尘天气影响，优良天数比例未达目标；2024年加强臭氧前体物协同管控。")]),
    ("任务二：打好碧水保卫战（水污染防治）", [
        ("产出指标", "数量指标", "完成入河排污口整治", "≥120个", "126个", 8, 8, ""),
        ("产出指标", "质量指标", "国控断面水质优良比例", "≥60%", (0.667, PCT1), 7, 7, ""),
        ("效益指标", "生态效益指标", "县级及以上集中式饮用水水源地水质达标率", "100%", (1, PCT0), 8, 8, "")]),
    ("任务三：打好净土保卫战（土壤和固体废物污染防治）", [
        ("产出指标", "数量指标", "完成土壤污染重点监管单位隐患排查", "≥52家", "52家", 6, 6, ""),
        ("产出指标", "质量指标", "受污染耕地安全利用率", "≥93%", (0.952, PCT1), 6, 6, ""),
        ("效益指标", "社会效益指标", "危险废物规范化环境管理抽查合格率", "≥90%", (0.925, PCT1), 6, 6, "")]),
    ("任务四：生态环境监管执法", [
        ("产出指标", "数量指标", "开展“双随机、一公开”执法检查", "≥1800家次", "1926家次", 7, 7, ""),
        ("产出指标", "时效指标", "环境信访案件按期办结率", "100%", (1, PCT0), 6, 6, ""),
        ("效益指标", "社会效益指标", "较大及以上突发环境事件", "0起", "0起", 5, 5, ""),
        ("满意度指标", "服务对象满意度指标", "公众生态环境满意度", "≥85%", (0.883, PCT1), 8, 8, "")]),
]


def xls332(out: Path) -> None:
    """Dongying (Shandong): a 部门整体支出绩效自评表 whose indicators are grouped by the year's 重点工作任务: a task row
    merged across the table (任务一：… to 任务四：…), each task with its own level cells merged within it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门整体支出绩效自评表"
    for col, w in zip("ABCDEFGH", (12, 16, 30, 16, 15, 8, 8, 32)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "部门整体支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "部门（单位）名称")
    merge(ws, "B3:H3", "东营市生态环境局", left=True)
    total = _xls_fund44(ws, 4, "A:年度预算执行情况（万元）", ["B", "C", "D", "E", "G", "F", "H"],
                        [("其中：基本支出", (3960, 3980, 3972.56)), ("项目支出", (4500, 4840, 4688.68))], 10)
    head = total + 4
    for col, text in zip("ABCDEFGH", HEADS214):
        put(ws, f"{col}{head}", text)
    r = head + 1
    firsts = []
    for task, rows in TASKS332:
        merge(ws, f"A{r}:H{r}", task, left=True)
        ws[f"A{r}"].font = Font(name="宋体", size=10, bold=True)
        r += 1
        firsts.append((r, r + len(rows) - 1))
        levels(ws, "A", "B", r, rows)
        for _l1, _l2, name, target, actual, weight, score, note in rows:
            put(ws, f"C{r}", name, left=True)
            put(ws, f"D{r}", target)
            put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
            put(ws, f"F{r}", weight)
            put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
            put(ws, f"H{r}", note, left=True)
            if note:
                ws.row_dimensions[r].height = 42
            r += 1
    merge(ws, f"A{r}:E{r}", "总分（含预算执行10分）")
    put(ws, f"F{r}", "=" + "+".join(f"SUM(F{a}:F{b})" for a, b in firsts) + f"+F{total}")
    put(ws, f"G{r}", "=" + "+".join(f"SUM(G{a}:G{b})" for a, b in firsts) + f"+H{total}", "0.00")
    put(ws, f"H{r}", "自评等级：优")
    ws[f"A{r + 2}"] = "填报人：王某某　　联系电话：0546-8331×××　　填报日期：2024年3月26日"
    landscape(ws)
    wb.save(out)


ROWS333 = [   # 一级 / 二级 / 三级 / 年度指标值 / 实际完成值 / 指标权重（%） / 得分（百分制） / 折算得分 / 偏差原因
    ["产出指标", "数量指标", "建设绿色防控示范茶园", "≥2万亩", "2.08万亩", "10", "100", "10.00", ""],
    ["产出指标", "数量指标", "推广茶园有机肥替代化肥", "≥1.5万亩", "1.35万亩", "8", "90", "7.20",
     "部分茶农有机肥施用期推迟至2024年春茶前，已跟踪落实。"],
    ["产出指标", "数量指标", "培训茶农", "≥1200人次", "1265人次", "6", "100", "6.00", ""],
    ["产出指标", "质量指标", "示范茶园农药残留抽检合格率", "100%", "100%", "8", "100", "8.00", ""],
    ["产出指标", "质量指标", "茶叶质量安全追溯覆盖率", "≥90%", "92.4%", "6", "100", "6.00", ""],
    ["产出指标", "时效指标", "补助资金兑付时间", "2023年11月30日前", "2023年11月24日", "6", "100", "6.00", ""],
    ["产出指标", "成本指标", "每亩绿色防控补助标准", "≤150元", "150元", "6", "100", "6.00", ""],
    ["效益指标", "经济效益指标", "示范茶园亩均增收", "≥600元", "652元", "10", "100", "10.00", ""],
    ["效益指标", "社会效益指标", "带动茶农户数", "≥3000户", "3120户", "8", "100", "8.00", ""],
    ["效益指标", "生态效益指标", "茶园化学农药使用量减少", "≥10%", "11.6%", "6", "100", "6.00", ""],
    ["效益指标", "可持续影响指标", "茶园绿色防控长效机制", "健全", "健全", "6", "100", "6.00", ""],
    ["满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "91.5%", "10", "100", "10.00", ""],
]


def doc333(out: Path) -> None:
    """Xuancheng (Anhui): a 指标权重（%） column (percent of the form) and, per indicator, the raw 得分 on a
    100-point scale beside the 折算得分 (得分 × 权重 ÷ 100); the fund row too. Kept only as .odt (main converts)."""
    d = new_document(landscape=True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    t = grid_table(d, 6, 9, [3.0, 3.6, 2.6, 2.6, 2.6, 2.2, 2.2, 2.2, 3.0], "Table Grid")
    fill(t.cell(0, 0), "项目名称")
    fill(t.cell(0, 1).merge(t.cell(0, 8)), "2023年宣城市绿茶产业绿色发展示范项目")
    fill(t.cell(1, 0), "主管部门")
    fill(t.cell(1, 1).merge(t.cell(1, 3)), "宣城市农业农村局")
    fill(t.cell(1, 4), "实施单位")
    fill(t.cell(1, 5).merge(t.cell(1, 8)), "宣城市茶叶产业发展中心")
    vmerge(t, 0, 2, 5, "项目资金\n（万元）")
    for r, vals in enumerate([("", "年初预算数", "全年预算数", "全年执行数", "执行率", "指标权重（%）", "得分（百分制）",
                               "折算得分"),
                              ("年度资金总额", "560.00", "600.00", "586.80", "97.80%", "10", "97.80", "9.78"),
                              ("其中：省级财政资金", "400.00", "400.00", "400.00", "100.00%", "—", "—", "—"),
                              ("市级财政资金", "160.00", "200.00", "186.80", "93.40%", "—", "—", "—")], start=2):
        for c, text in enumerate(vals, start=1):
            fill(t.cell(r, c), text)
    para(d, "")
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "指标权重（%）", "得分（百分制）", "折算得分",
             "偏差原因分析及改进措施"]
    t = _grid44(d, heads, [*ROWS333, ["合计", "", "", "", "", "100", "—", "98.98", "自评等级：优"]],
                [1.8, 3.0, 4.4, 2.8, 2.8, 1.7, 1.8, 1.8, 5.0], 2)
    end = len(ROWS333) + 1
    fill(t.cell(end, 0).merge(t.cell(end, 4)), "合计")
    para(d, "注：得分（百分制）为指标完成情况按100分制评定的得分；折算得分＝得分（百分制）×指标权重÷100，合计为自评总分。", 9)
    para(d, "填报人：汪某某　　联系电话：0563-3021×××　　填报日期：2024年3月27日")
    d.save(out)


DOCX.update({"328": doc328, "331": doc331})
XLSX.update({"329": xls329, "332": xls332})
HTML.update({"330": html330})
ODF.update({"333": (doc333, "docx", "odt")})



# ---------------------------------------------------------------- 352-357: forty-eighth set (slips as offices make them, planted blind)
# Ordinary forms, each carrying 2-4 slips of the kinds real self-evaluation forms carry (the expected records'
# flags list them). Rows: (l1, l2, name, target, actual, weight, score, note), as typed.

def _doc48(out: Path, head: dict, fund: tuple, parts: list[tuple], rows: list[tuple], total: tuple,
           filler: str, grade_scale: str = "") -> None:
    """The common Word form: grid head / fund table, the indicator grid, 总分 row, a filler line."""
    d = new_document(landscape=True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, head, fund, parts, [3.0, 4.2, 2.8, 2.8, 2.8, 1.6, 2.2, 2.2])
    para(d, "")
    n = len(rows)
    t = grid_table(d, n + 2, 8, [2.2, 2.6, 4.8, 3.0, 3.0, 1.5, 1.7, 5.8], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for depth in (0, 1):
        for a, b, text in _prefix_runs(rows, depth):
            vmerge(t, depth, 1 + a, 1 + b, text)
    for r, (_l1, _l2, *rest) in enumerate(rows, start=1):
        for c, text in enumerate(rest, start=2):
            fill(t.cell(r, c), text)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    fill(t.cell(n + 1, 5), total[0])
    fill(t.cell(n + 1, 6), total[1])
    fill(t.cell(n + 1, 7), f"自评等级：{total[2]}")
    if grade_scale:
        para(d, grade_scale)
    para(d, filler)
    d.save(out)


def _xls48(out: Path, head: dict, fund: tuple, parts: list[tuple], rows: list[tuple], total: tuple,
           filler: str) -> None:
    """The common Excel form, every figure TYPED (no formulas), as a unit's clerk fills a template."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGH", (11, 14, 26, 17, 16, 8, 8, 34)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", head["project"], left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:C4", head["dept"], left=True)
    put(ws, "D4", "实施单位")
    merge(ws, "E4:H4", head["agency"], left=True)
    last = 6 + len(parts)
    merge(ws, f"A5:A{last}", "项目资金\n（万元）")
    for col, text in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分")):
        put(ws, f"{col}5", text)
    put(ws, "B6", "年度资金总额")
    for col, v in zip("CDEFGH", fund):
        put(ws, f"{col}6", v)
    for r, (label, *vals) in enumerate(parts, start=7):
        put(ws, f"B{r}", label)
        for col, v in zip("CDE", vals):
            put(ws, f"{col}{r}", v)
        for col in "FGH":
            put(ws, f"{col}{r}", "—")
    hr = last + 1
    for col, text in zip("ABCDEFGH", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                      "得分", "偏差原因分析及改进措施")):
        put(ws, f"{col}{hr}", text)
    first = hr + 1
    levels(ws, "A", "B", first, rows)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(rows):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", actual)
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score)
        put(ws, f"H{r}", note, left=True)
        ws.row_dimensions[r].height = 30 if note else 18
    end = first + len(rows)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", total[0])
    put(ws, f"G{end}", total[1])
    put(ws, f"H{end}", f"自评等级：{total[2]}")
    ws[f"A{end + 2}"] = filler
    landscape(ws)
    wb.save(out)


# Shangluo (Shaanxi): 执行率 written 100.00% (2,499.12 / 2,600.00 = 96.12%) and the fund scored 10.00 from it;
# a missed target with the reason column empty; a target left as the template's ≥**个.
ROWS352 = [
    ("产出指标", "数量指标", "新建标准化生态茶园", "≥1.5万亩", "1.56万亩", "8", "8", ""),
    ("产出指标", "数量指标", "改造提升低产茶园", "≥2万亩", "2.04万亩", "7", "7", ""),
    ("产出指标", "数量指标", "建设茶叶初制加工厂", "≥**个", "12个", "5", "5", ""),
    ("产出指标", "数量指标", "开展茶农技术培训", "≥80期", "72期", "6", "5.4", ""),
    ("产出指标", "质量指标", "茶园绿色防控覆盖率", "≥85%", "88.6%", "6", "6", ""),
    ("产出指标", "质量指标", "茶叶质量安全抽检合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "补助资金兑付时间", "2023年11月30日前", "2023年11月20日", "5", "5", ""),
    ("产出指标", "成本指标", "每亩生态茶园建设补助", "≤800元", "800元", "5", "5", ""),
    ("效益指标", "经济效益指标", "带动茶农增收", "≥1.2亿元", "1.26亿元", "10", "10", ""),
    ("效益指标", "社会效益指标", "带动脱贫户就业", "≥3000人", "3120人", "8", "8", ""),
    ("效益指标", "生态效益指标", "茶园化肥使用量减少", "≥8%", "9.2%", "6", "6", ""),
    ("效益指标", "可持续影响指标", "商洛茶品牌影响力", "逐步提升", "逐步提升", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "93.5%", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥85%", "90.2%", "6", "6", ""),
]


def doc352(out: Path) -> None:
    """Shangluo (Shaanxi): slips JX202 + JX203 (rate 100.00% for 96.12%, fund 10.00), JX402, JX701."""
    _doc48(out, {"project": "2023年商洛市茶产业提质增效项目", "dept": "商洛市农业农村局",
                 "agency": "商洛市茶叶技术推广站"},
           ("2,400.00", "2,600.00", "2,499.12", "10", "100.00%", "10.00"),
           [("其中：省级补助资金", "1,000.00", "1,000.00", "1,000.00"),
            ("市级财政资金", "1,400.00", "1,600.00", "1,499.12")],
           ROWS352, ("100", "99.40", "优"), "填报人：冯某某　　联系电话：0914-2315×××　　填报日期：2024年3月18日")


# Xinyu (Jiangxi): a fund part mistyped (省级 全年 650.00: 500 + 650 + 850 = 2,000 ≠ 1,950.00); a score above
# its weight (6 of 5); 总分 99.19 where the scores add to 99.91.
ROWS353 = [
    ("产出指标", "数量指标", "为居家老年人提供上门服务", "≥12万人次", "12.8万人次", "8", "8", ""),
    ("产出指标", "数量指标", "新建居家养老服务站点", "≥40个", "42个", "6", "6", ""),
    ("产出指标", "数量指标", "培训养老护理员", "≥600人", "564人", "6", "5.64",
     "2期培训因师资调整延至2024年1月举办。"),
    ("产出指标", "质量指标", "服务站点星级评定达标率", "≥90%", "92.5%", "6", "6", ""),
    ("产出指标", "质量指标", "养老护理员持证上岗率", "≥95%", "97.2%", "5", "6", ""),
    ("产出指标", "时效指标", "补助资金拨付时间", "2023年12月15日前", "2023年12月8日", "5", "5", ""),
    ("产出指标", "成本指标", "每人次上门服务补助", "≤50元", "48元", "6", "6", ""),
    ("效益指标", "社会效益指标", "受益失能半失能老人", "≥8500人", "8730人", "10", "10", ""),
    ("效益指标", "社会效益指标", "居家养老服务覆盖率", "≥80%", "76.8%", "8", "7.68",
     "部分山区乡镇站点运营主体招募滞后，2024年一季度补齐。"),
    ("效益指标", "可持续影响指标", "居家养老服务长效运营机制", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "94.1%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "老人家属满意度", "≥85%", "83.6%", "10", "9.84",
     "部分家属对服务时段安排有意见，已调整排班。"),
]


def xls353(out: Path) -> None:
    """Xinyu (Jiangxi): slips JX204 (a fund part), JX301 (6 of 5), JX302 (99.19 for 99.91)."""
    _xls48(out, {"project": "2023年新余市居家养老服务补助项目", "dept": "新余市民政局",
                 "agency": "新余市养老服务指导中心"},
           ("1,800.00", "1,950.00", "1,901.25", "97.50%", "10", "9.75"),
           [("其中：中央补助资金", "500.00", "500.00", "500.00"), ("省级补助资金", "600.00", "650.00", "600.00"),
            ("市级财政资金", "700.00", "850.00", "801.25")],
           ROWS353, ("100", "99.19", "优"), "填报人：余某某　　联系电话：0790-6453×××　　填报日期：2024年3月22日")


# Hechi (Guangxi): row weights 95 + fund 10 = 105 under a 总分 分值 of 100; 88% against ≥90% scored in full (a
# reason written); a count with a decimal (3.5人次 against ≥3万人次, 万 dropped).
ROWS354 = [
    ("产出指标", "数量指标", "农村公路日常养护里程", "≥4200公里", "4236公里", "10", "10", ""),
    ("产出指标", "数量指标", "实施路面修复", "≥180公里", "171公里", "8", "7.6", "2处路段受征地影响延至2024年实施。"),
    ("产出指标", "数量指标", "整治公路安全隐患点", "≥260处", "268处", "7", "7", ""),
    ("产出指标", "质量指标", "农村公路优良中等路率", "≥90%", "88%", "8", "8",
     "受8月强降雨水毁影响，部分路段路况评定下降。"),
    ("产出指标", "质量指标", "养护工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "水毁路段抢通时间", "≤72小时", "48小时", "6", "6", ""),
    ("产出指标", "成本指标", "每公里日常养护补助", "≤7000元", "6800元", "6", "6", ""),
    ("效益指标", "社会效益指标", "农村公路列养率", "100%", "100%", "10", "10", ""),
    ("效益指标", "社会效益指标", "爱路护路宣传覆盖群众", "≥3万人次", "3.5人次", "5", "5", ""),
    ("效益指标", "可持续影响指标", "“路长制”养护管理机制", "健全", "基本健全", "9", "6",
     "2个县路长制考核办法尚未出台，按评分标准扣3分。"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "86.4%", "10", "9.6",
     "部分路段养护施工期间群众出行不便。"),
    ("满意度指标", "服务对象满意度指标", "客货运输经营者满意度", "≥85%", "82.5%", "10", "9.71",
     "部分经营者反映错车道不足，2024年增设。"),
]


def html354(out: Path) -> None:
    """Hechi (Guangxi): slips JX303 (weights 105), JX401 (88% scored 8 of 8), JX801 (3.5人次)."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:9.5pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}@page{size:A4 landscape;margin:12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>河池市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年河池市农村公路养护项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">河池市交通运输局</td><td class="h">实施单位</td>'
         '<td colspan="3">河池市农村公路养护中心</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h">&nbsp;</td>'
         '<td class="h">年初预算数</td><td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td>'
         '<td class="h">执行率</td><td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>3,200.00</td><td>3,400.00</td><td>3,060.00</td><td>10</td>"
         "<td>90.00%</td><td>9.00</td></tr>",
         "<tr><td>其中：自治区补助资金</td><td>1,200.00</td><td>1,200.00</td><td>1,200.00</td><td>—</td>"
         "<td>—</td><td>—</td></tr>",
         "<tr><td>市级财政资金</td><td>2,000.00</td><td>2,200.00</td><td>1,860.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in ["一级指标", "二级指标", "三级指标", "年度指标值",
                                                            "实际完成值", "分值", "得分",
                                                            "偏差原因分析及改进措施"]) + "</tr>"]
    starts = {depth: {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS354, depth)} for depth in (0, 1)}
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS354):
        cells = []
        for depth, text in ((0, l1), (1, l2)):
            if i in starts[depth]:
                span = starts[depth][i]
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>99.91</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：韦某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0778-2283×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月14日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# Hegang (Heilongjiang): fund 得分 9.52 where 10 × 92.50% = 9.25; a missed target with the reason column empty;
# 总分 89.61 graded 优 under the scale printed below the table (优 ≥ 90).
ROWS355 = [
    ("产出指标", "数量指标", "新建防火隔离带", "≥120公里", "96公里", "8", "6.4",
     "受9月秋汛影响，24公里推迟至2024年春季施工。"),
    ("产出指标", "数量指标", "购置扑火机具", "≥600台", "540台", "6", "5.4", "1个标段流标，2024年重新采购。"),
    ("产出指标", "数量指标", "开展防火巡护", "≥3600人次", "3240人次", "6", "5.4", "秋季防火期推迟开始，巡护次数减少。"),
    ("产出指标", "数量指标", "建设林区视频监控点", "≥30个", "24个", "6", "4.8", ""),
    ("产出指标", "质量指标", "扑火队员培训考核合格率", "≥95%", "96.4%", "6", "6", ""),
    ("产出指标", "质量指标", "森林火灾24小时扑灭率", "≥95%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "防火物资储备完成时间", "2023年9月30日前", "2023年10月20日", "5", "3",
     "物资招标流标一次，重新招标后于10月20日入库，按评分标准扣2分。"),
    ("产出指标", "成本指标", "每公里隔离带建设成本", "≤2.5万元", "2.46万元", "5", "5", ""),
    ("效益指标", "社会效益指标", "重特大森林火灾发生次数", "0次", "0次", "10", "10", ""),
    ("效益指标", "生态效益指标", "森林覆盖率", "≥46%", "46.3%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "森林防灭火长效机制", "健全", "基本健全", "10", "7",
     "联防联控协议尚未覆盖全部林场，按评分标准扣3分。"),
    ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "85.5%", "7", "6.65",
     "部分林区禁火期管控较严，群众有意见。"),
    ("满意度指标", "服务对象满意度指标", "扑火队员满意度", "≥85%", "78.2%", "7", "6.44",
     "队员装备更新不及时，2024年优先配备。"),
]


def doc355(out: Path) -> None:
    """Hegang (Heilongjiang): slips JX203 (9.52 for 9.25), JX402, JX304 (89.61 graded 优)."""
    _doc48(out, {"project": "2023年鹤岗市森林草原防灭火项目", "dept": "鹤岗市林业和草原局",
                 "agency": "鹤岗市森林草原防火指挥中心"},
           ("1,500.00", "1,600.00", "1,480.00", "10", "92.50%", "9.52"),
           [("其中：省级补助资金", "600.00", "600.00", "600.00"),
            ("市级财政资金", "900.00", "1,000.00", "880.00")],
           ROWS355, ("100", "89.61", "优"), "填报人：孙某某　　联系电话：0468-3452×××　　填报日期：2024年3月8日",
           "注：评价等级：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。")


# Haidong (Qinghai): 执行率 written 98.00% where 2,883.60 / 3,000.00 = 96.12% (the 得分 9.61 from the true rate);
# row weights 85 + fund 10 = 95 under 总分 分值 100; a note left with the template's 增加/减少.
ROWS356 = [
    ("产出指标", "数量指标", "新建改造农村供水工程", "≥36处", "38处", "8", "8", ""),
    ("产出指标", "数量指标", "新建改造供水管网", "≥420公里", "431.5公里", "8", "8", ""),
    ("产出指标", "数量指标", "新增净化消毒设备", "≥60套", "62套", "6", "6", ""),
    ("产出指标", "质量指标", "农村供水水质达标率", "≥90%", "91.8%", "7", "7", ""),
    ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "工程完工时间", "2023年10月31日前", "2023年10月26日", "5", "5", ""),
    ("产出指标", "成本指标", "每公里管网建设成本", "≤32万元", "31.4万元", "5", "5", ""),
    ("效益指标", "社会效益指标", "巩固提升受益人口", "≥22万人", "22.6万人", "10", "10", ""),
    ("效益指标", "社会效益指标", "农村自来水普及率", "≥95%", "95.8%", "8", "8", "较上年增加/减少1.5个百分点。"),
    ("效益指标", "可持续影响指标", "工程运行管护机制", "健全", "健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93.2%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "基层水管员满意度", "≥85%", "89.6%", "5", "5", ""),
]


def xls356(out: Path) -> None:
    """Haidong (Qinghai): slips JX202 (98.00% for 96.12%), JX303 (weights 95), JX701 (增加/减少)."""
    _xls48(out, {"project": "2023年海东市农村牧区饮水安全巩固提升项目", "dept": "海东市水利局",
                 "agency": "海东市农村供水管理站"},
           ("2,500.00", "3,000.00", "2,883.60", "98.00%", "10", "9.61"),
           [("其中：中央补助资金", "1,500.00", "1,500.00", "1,500.00"), ("省级补助资金", "600.00", "600.00", "600.00"),
            ("市级财政资金", "400.00", "900.00", "783.60")],
           ROWS356, ("100", "94.61", "优"), "填报人：马某某　　联系电话：0972-8613×××　　填报日期：2024年3月25日")


# Tongling (Anhui): 88% against ≥90% scored in full (a reason written); a count with a decimal (15.8人次
# against ≥15万人次); 总分 99.61 where the scores add to 99.16.
ROWS357 = [
    ("产出指标", "数量指标", "开展送戏进村演出", "≥320场", "326场", "8", "8", ""),
    ("产出指标", "数量指标", "举办公益文化培训", "≥150期", "156期", "6", "6", ""),
    ("产出指标", "数量指标", "更新农家书屋图书", "≥6万册", "6.2万册", "6", "6", ""),
    ("产出指标", "数量指标", "惠民演出受众", "≥15万人次", "15.8人次", "6", "6", ""),
    ("产出指标", "质量指标", "演出节目群众好评率", "≥90%", "88%", "6", "6",
     "部分节目为传统剧目，青年观众评价偏低，2024年增加新创节目。"),
    ("产出指标", "质量指标", "农家书屋图书更新达标率", "≥95%", "97.5%", "6", "6", ""),
    ("产出指标", "时效指标", "送戏进村任务完成时间", "2023年11月30日前", "2023年11月22日", "5", "5", ""),
    ("产出指标", "成本指标", "每场演出补助", "≤6000元", "5800元", "5", "5", ""),
    ("效益指标", "社会效益指标", "公共文化设施免费开放率", "100%", "100%", "10", "10", ""),
    ("效益指标", "社会效益指标", "基层文化活动参与人数增长率", "≥10%", "9.2%", "8", "7.36",
     "受场馆改造影响，2个街道文化站活动暂停2个月。"),
    ("效益指标", "可持续影响指标", "公共文化服务长效机制", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "94.3%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "基层文化站满意度", "≥85%", "90.5%", "6", "6", ""),
]


def doc357(out: Path) -> None:
    """Tongling (Anhui): slips JX401 (88% scored 6 of 6), JX801 (15.8人次), JX302 (99.61 for 99.16)."""
    _doc48(out, {"project": "2023年铜陵市公共文化服务体系建设项目", "dept": "铜陵市文化和旅游局",
                 "agency": "铜陵市文化馆"},
           ("900.00", "960.00", "940.80", "10", "98.00%", "9.80"),
           [("其中：省级补助资金", "300.00", "300.00", "300.00"),
            ("市级财政资金", "600.00", "660.00", "640.80")],
           ROWS357, ("100", "99.61", "优"), "填报人：章某某　　联系电话：0562-2871×××　　填报日期：2024年3月19日")


DOCX.update({"352": doc352, "355": doc355, "357": doc357})
XLSX.update({"353": xls353, "356": xls356})
HTML.update({"354": html354})


# ---------------------------------------------------------------- 334-339: forty-fifth set (ordinary forms, fourth round)
# Six ordinary self-evaluation forms of places no set has had, one per way files are made: (l1, l2, name, target,
# actual, weight, score, note); the fund weighs 10 of the form's 100 points.

ROWS334 = [
    ("产出指标", "数量指标", "实施农村公路安全生命防护工程", "≥420公里", "436.5公里", "6", "6", ""),
    ("产出指标", "数量指标", "安装波形护栏", "≥180公里", "184.2公里", "5", "5", ""),
    ("产出指标", "数量指标", "设置警示标志标牌", "≥2600块", "2648块", "4", "4", ""),
    ("产出指标", "数量指标", "整治平交路口", "≥150处", "138处", "5", "4.60",
     "部分平交路口涉及征地协调，未能按期实施；\n已列入2024年实施计划。"),
    ("产出指标", "质量指标", "工程交工验收合格率", "100%", "100%", "5", "5", ""),
    ("产出指标", "质量指标", "护栏安装质量抽检合格率", "≥98%", "99.2%", "5", "5", ""),
    ("产出指标", "时效指标", "工程完工时间", "2023年11月30日前", "2023年11月18日", "4", "4", ""),
    ("产出指标", "时效指标", "隐患路段整治", "及时", "及时", "3", "3", ""),
    ("产出指标", "成本指标", "每公里防护工程平均造价", "≤7.8万元", "7.66万元", "5", "5", ""),
    ("产出指标", "成本指标", "波形护栏单位造价", "≤260元/米", "254元/米", "3", "3", ""),
    ("效益指标", "社会效益指标", "农村公路交通事故死亡人数下降率", "≥10%", "12.6%", "10", "10", ""),
    ("效益指标", "社会效益指标", "受益行政村", "≥610个", "624个", "8", "8", ""),
    ("效益指标", "经济效益指标", "沿线农产品运输时间缩短", "≥15%", "16.8%", "5", "5", ""),
    ("效益指标", "可持续影响指标", "农村公路安全防护长效管护机制", "健全", "健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "94.2%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "驾乘人员满意度", "≥90%", "92.8%", "7", "7", ""),
]


def doc334(out: Path) -> None:
    """Rizhao (Shandong): the provincial Word template: 附件2 line, grid head table with 项目资金（万元） vMerged
    over the fund rows, the indicator grid over a page break with its header row repeated, levels vMerged."""
    d = new_document()
    para(d, "附件2", 12, True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年日照市农村公路安全生命防护工程项目", "dept": "日照市交通运输局",
                   "agency": "日照市公路事业发展中心"},
               ("3,200.00", "3,450.00", "3,381.00", "10", "98.00%", "9.80"),
               [("其中：中央财政资金", "1,500.00", "1,500.00", "1,500.00"),
                ("省级财政资金", "900.00", "900.00", "900.00"),
                ("市级财政资金", "800.00", "1,050.00", "981.00")],
               [1.8, 3.0, 2.2, 2.2, 2.2, 1.2, 1.6, 1.4])
    _fit256(d.tables[-1], [2.0, 3.1, 2.2, 2.2, 2.2, 1.1, 2.0, 1.4])
    para(d, "")
    _fit256(_indicator_grid(d, ROWS334, "99.40"), [1.5, 1.8, 3.4, 2.1, 2.1, 1.1, 1.5, 3.2])
    para(d, "")
    para(d, "填报人：厉某某　　联系电话：0633-8776×××　　填报日期：2024年3月20日")
    d.save(out)


ROWS335 = [
    ("产出指标", "数量指标", "完成油茶低产林改造", "≥1.5万亩", "1.52万亩", "8", "8", ""),
    ("产出指标", "数量指标", "新造油茶林", "≥3000亩", "3060亩", "6", "6", ""),
    ("产出指标", "数量指标", "培训油茶种植户", "≥800人次", "836人次", "4", "4", ""),
    ("产出指标", "质量指标", "改造林地验收合格率", "≥95%", "96.8%", "6", "6", ""),
    ("产出指标", "质量指标", "新造林成活率", "≥90%", "85.5%", "6", "5.70",
     "7-8月持续高温干旱，部分新造林苗木枯死；\n已于2023年冬季完成补植。"),
    ("产出指标", "时效指标", "改造任务完成时间", "2023年12月31日前", "2023年12月15日", "5", "5", ""),
    ("产出指标", "成本指标", "低产林改造亩均补助", "≤400元/亩", "400元/亩", "5", "5", ""),
    ("效益指标", "经济效益指标", "油茶籽亩产增加", "≥15公斤", "18公斤", "8", "8", ""),
    ("效益指标", "社会效益指标", "带动脱贫户增收", "≥600户", "652户", "8", "8", ""),
    ("效益指标", "生态效益指标", "森林覆盖率", "≥71.5%", "71.8%", "6", "6", ""),
    ("效益指标", "可持续影响指标", "油茶产业管护机制", "长效运行", "长效运行", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "油茶种植户满意度", "≥90%", "93.6%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "村集体经济组织满意度", "≥85%", "90.2%", "10", "10", ""),
]


def doc335(out: Path) -> None:
    """Zhijiang county (Huaihua, Hunan): a county office's hand-made Word form: uneven column widths, 其他资金 a row
    of '—', the level-1 满意度指标 cell merged one row too far (down into the 合计 row, whose 合计 text stays in
    its own cell over the other columns), 自评等级 in a line below."""
    d = new_document()
    para(d, "芷江侗族自治县项目支出绩效自评表", 15, True, True)
    para(d, "（2023年度）", 12, False, True)
    para(d, "填报单位（盖章）：芷江侗族自治县林业局　　　　　　　　金额单位：万元", 10)
    t = grid_table(d, 8, 8, [2.3, 2.7, 1.9, 2.4, 2.0, 1.3, 1.9, 1.3], "Table Grid")
    fill(t.cell(0, 0), "项目名称")
    fill(t.cell(0, 1).merge(t.cell(0, 7)), "2023年芷江侗族自治县油茶低产林改造项目")
    fill(t.cell(1, 0), "主管部门")
    fill(t.cell(1, 1).merge(t.cell(1, 3)), "芷江侗族自治县林业局")
    fill(t.cell(1, 4), "实施单位")
    fill(t.cell(1, 5).merge(t.cell(1, 7)), "芷江侗族自治县林业局")
    vmerge(t, 0, 2, 7, "项目资金\n（万元）")
    for c, text in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=1):
        fill(t.cell(2, c), text)
    fund = [("年度资金总额", "860.00", "920.00", "897.00", "10", "97.50%", "9.75"),
            ("其中：中央财政资金", "500.00", "500.00", "500.00", "—", "—", "—"),
            ("省级财政资金", "200.00", "240.00", "240.00", "—", "—", "—"),
            ("县级财政资金", "160.00", "180.00", "157.00", "—", "—", "—"),
            ("其他资金", "—", "—", "—", "—", "—", "—")]
    for r, vals in enumerate(fund, start=3):
        for c, text in enumerate(vals, start=1):
            fill(t.cell(r, c), text)
    _fit256(t, [2.3, 2.7, 1.9, 2.4, 2.0, 1.3, 1.9, 1.3])
    para(d, "")
    n = len(ROWS335)
    g = grid_table(d, n + 2, 8, [1.3, 2.2, 3.5, 2.0, 2.3, 1.2, 1.6, 2.7], "Table Grid")
    for c, text in enumerate(HEADS214):
        fill(g.cell(0, c), text)
    fill(g.cell(n + 1, 1).merge(g.cell(n + 1, 4)), "合计")
    fill(g.cell(n + 1, 5), "100")
    fill(g.cell(n + 1, 6), "99.45")
    fill(g.cell(n + 1, 7), "")
    for a, b, text in _prefix_runs(ROWS335, 1):
        vmerge(g, 1, 1 + a, 1 + b, text)
    for a, b, text in _prefix_runs(ROWS335, 0):
        vmerge(g, 0, 1 + a, 1 + b + (1 if b == n - 1 else 0), text)   # the last level cell over the 合计 row
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS335, start=1):
        for c, text in enumerate((name, target, actual, weight, score, note), start=2):
            fill(g.cell(i, c), text)
    _fit256(g, [1.3, 2.2, 3.5, 2.0, 2.3, 1.2, 1.6, 2.7])
    para(d, "自评等级：优", 10.5, True)
    para(d, "单位负责人：杨某某　　填表人：龙某某　　联系电话：0745-6822×××　　填报日期：2024年3月15日", 10)
    d.save(out)


ROWS336 = [
    ("产出指标", "数量指标", "文物保护单位安防系统建设", "≥26处", "26处", 6, 6, ""),
    ("产出指标", "数量指标", "安装视频监控点位", "≥680个", "712个", 5, 5, ""),
    ("产出指标", "数量指标", "配备消防器材", "≥1500件", "1536件", 4, 4, ""),
    ("产出指标", "数量指标", "开展文物安全巡查", "≥1200人次", "1262人次", 4, 4, ""),
    ("产出指标", "质量指标", "安防系统验收合格率", "100%", (1, PCT0), 6, 6, ""),
    ("产出指标", "质量指标", "监控设备在线率", "≥95%", (0.968, PCT1), 5, 5, ""),
    ("产出指标", "时效指标", "安防工程完工时间", "2023年10月31日前", "2023年10月26日", 5, 5, ""),
    ("产出指标", "成本指标", "单处安防系统平均建设成本", "≤72万元", "70.8万元", 5, 5, ""),
    ("效益指标", "社会效益指标", "文物安全事故发生数", "0起", "0起", 8, 8, ""),
    ("效益指标", "社会效益指标", "文物安全隐患整改率", "≥95%", (0.92, PCT1), 8, 7.75,
     "2处隐患涉及古建筑本体修缮，需报省文物局审批后实施。"),
    ("效益指标", "社会效益指标", "文物开放单位游客接待量", "≥260万人次", "274.5万人次", 6, 6, ""),
    ("效益指标", "可持续影响指标", "文物安全长效管理机制", "健全", "健全", 8, 8, ""),
    ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", (0.935, PCT1), 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "文物保护单位管理人员满意度", "≥90%", (0.962, PCT1), 10, 10, ""),
]


def xls336(out: Path) -> None:
    """Anyang (Henan): filled in Excel: merged head and level cells, the fund block (=SUM, 执行率, =ROUND),
    percent actuals as numbers, an EMPTY column F hidden between 实际完成值 and 分值, =SUM 总分, the grade in a row
    below."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    for col, w in zip("ABCDEFGHI", (16, 18, 28, 15, 15, 6, 9, 9, 30)):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["F"].hidden = True
    title(ws, "A1:I1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:I3", "2023年安阳市文物安全防护工程项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "安阳市文物局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "G4:I4", "安阳市文物保护中心", left=True)
    total = _xls_fund(ws, 5, "ABCDEGHI", "项目资金（万元）",
                      [("其中：中央财政资金", (1200, 1200, 1200)), ("省级财政资金", (500, 500, 500)),
                       ("市级财政资金", (300, 380, 352.4))])
    head = total + 4
    for col, text in zip("ABCDEGHI", HEADS214):
        put(ws, f"{col}{head}", text)
    first = head + 1
    levels(ws, "A", "B", first, ROWS336)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS336):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"G{r}", weight)
        put(ws, f"H{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"I{r}", note, left=True)
        ws.row_dimensions[r].height = 30 if note else 18
    end = first + len(ROWS336)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+G{total}")
    put(ws, f"H{end}", f"=SUM(H{first}:H{end - 1})+I{total}", "0.00")
    put(ws, f"I{end}", "")
    merge(ws, f"A{end + 1}:E{end + 1}", "自评等级")
    merge(ws, f"G{end + 1}:I{end + 1}", "优")
    ws[f"A{end + 3}"] = "填报人：郭某某　　联系电话：0372-5102×××　　填报日期：2024年3月19日"
    landscape(ws)
    wb.save(out)


ROWS337 = [
    ("产出指标", "数量指标", "建设养殖尾水\n处理设施", "≥36套", "38套", 7, 7, ""),
    ("产出指标", "数量指标", "改造养殖池塘", "≥4200亩", "4356亩", 6, 6, ""),
    ("产出指标", "数量指标", "开展尾水监测", "≥480批次", "496批次", 5, 5, ""),
    ("产出指标", "质量指标", "尾水处理设施\n验收合格率", "100%", "100%", 6, 6, ""),
    ("产出指标", "质量指标", "处理后尾水\n达标排放率", "≥90%", "86.4%", 6, 5.76,
     "个别养殖场处理设施投用初期运行不稳定；\n已派技术人员驻场指导，2024年一季度复测。"),
    ("产出指标", "时效指标", "设施建成投用时间", "2023年9月30日前", "2023年9月25日", 5, 5, ""),
    ("产出指标", "成本指标", "每套处理设施\n平均建设成本", "≤32万元", "31.4万元", 5, 5, ""),
    ("效益指标", "生态效益指标", "近岸海域水质\n优良比例", "≥95%", "97.6%", 10, 10, ""),
    ("效益指标", "经济效益指标", "带动养殖户增收", "≥1800元/户", "1950元/户", 10, 10, ""),
    ("效益指标", "可持续影响指标", "尾水处理设施\n运行管护机制", "健全", "健全", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "92.5%", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%", "89.3%", 10, 10, ""),
]


def xls337(out: Path) -> None:
    """Beihai (Guangxi): filled in Excel with Alt+Enter line breaks inside name and note cells (wrapped text,
    rows made tall), a print area set on the form (the jottings to its right not printed), =SUM / 执行率 /
    =ROUND fund formulas."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for col, w in zip("ABCDEFGHJ", (14, 16, 20, 14, 14, 9, 9, 30, 24)):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["I"].width = 4
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年北海市海水养殖尾水治理项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "北海市海洋局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:H4", "北海市水产技术推广站", left=True)
    total = _xls_fund(ws, 5, "ABCDEFGH", "项目资金\n（万元）",
                      [("其中：中央财政资金", (800, 800, 800)), ("自治区财政资金", (400, 400, 400)),
                       ("市级财政资金", (300, 350, 323))])
    head = total + 4
    for col, text in zip("ABCDEFGH", HEADS214):
        put(ws, f"{col}{head}", text)
    ws.row_dimensions[head].height = 30
    first = head + 1
    levels(ws, "A", "B", first, ROWS337)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS337):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", actual)
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"H{r}", note, left=True)
        ws.row_dimensions[r].height = 44 if note else (30 if "\n" in name else 18)
    end = first + len(ROWS337)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+F{total}")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+H{total}", "0.00")
    put(ws, f"H{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：庞某某　　联系电话：0779-3036×××　　填报日期：2024年3月22日"
    ws["J3"] = "核对：\n执行率按全年预算数计"
    ws["J3"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.print_area = f"A1:H{end + 2}"
    landscape(ws)
    wb.save(out)


ROWS338 = [
    ("产出指标", "数量指标", "新增配置公共场所AED", "≥600台", "612台", "8", "8", ""),
    ("产出指标", "数量指标", "开展急救技能普及培训", "≥1.5万人次", "1.62万人次", "7", "7", ""),
    ("产出指标", "数量指标", "培训取证急救员", "≥4000人", "3680人", "6", "5.52",
     "部分培训班受场地安排影响延期至2024年一季度举办。"),
    ("产出指标", "质量指标", "AED设备验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "AED设备完好率", "≥98%", "99.3%", "5", "5", ""),
    ("产出指标", "时效指标", "设备安装完成时间", "2023年10月31日前", "2023年10月28日", "4", "4", ""),
    ("产出指标", "成本指标", "每台AED采购安装成本", "≤1.3万元", "1.28万元", "4", "4", ""),
    ("效益指标", "社会效益指标", "重点公共场所AED覆盖率", "≥90%", "93.5%", "10", "10", ""),
    ("效益指标", "社会效益指标", "每10万人口AED配置数", "≥25台", "26.3台", "10", "10", ""),
    ("效益指标", "可持续影响指标", "AED设备维护管理机制", "长效运行", "长效运行", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "94.1%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "场所管理单位满意度", "≥90%", "95.6%", "10", "10", ""),
]


def html338(out: Path) -> None:
    """Zhuhai (Guangdong): a city bureau site's article page (banner, breadcrumb, title, 发布日期 line, prose, the
    form as TWO tables: head / fund, then the indicators, an 附件下载 line, footer) printed by Chromium."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt;margin:0 1px}"
           ".top{background:#0a6e8c;color:#fff;padding:8pt 6pt;font-size:16pt;font-weight:bold}"
           ".crumb{font-size:9pt;color:#555;margin:4pt 0;border-bottom:1px dashed #bbb;padding-bottom:3pt}"
           "h1{text-align:center;font-size:15pt}"
           ".meta{text-align:center;font-size:9pt;color:#555;border-bottom:1px solid #ccc;padding-bottom:4pt}"
           "table{width:99.6%;border-collapse:collapse;margin:6pt 0;table-layout:fixed}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold;background:#f2f2f2}td.l{text-align:left}"
           "p.cap{text-align:center;font-weight:bold;font-size:13pt;margin:8pt 0 2pt}"
           ".att{font-size:9pt;margin-top:8pt}.att a{color:#0a6e8c}"
           ".foot{border-top:2px solid #0a6e8c;font-size:8pt;color:#555;"
           "text-align:center;margin-top:10pt;padding-top:4pt}@page{size:A4;margin:14mm 12mm}")
    widths = "".join(f'<col style="width:{w}%">' for w in (10, 12, 19, 12, 12, 7, 8, 20))
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         "<title>珠海市卫生健康局2023年度公共场所AED配置项目绩效自评情况_珠海市卫生健康局</title>"
         f"<style>{css}</style></head><body>",
         '<div class="top">珠海市卫生健康局</div>',
         '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政资金 &gt; 绩效评价</div>',
         "<h1>珠海市卫生健康局2023年度公共场所AED配置项目绩效自评情况</h1>",
         '<div class="meta">发布日期：2024-04-12　　来源：珠海市卫生健康局　　【字体：大 中 小】</div>',
         "<p>根据市财政局关于开展2023年度项目支出绩效自评工作的通知要求，我局对公共场所自动体外除颤器（AED）"
         "配置项目开展了绩效自评，现将自评结果公开如下。</p>",
         '<p class="cap">项目支出绩效自评表</p><p style="text-align:center;margin:0">（2023年度）</p>',
         f"<table><colgroup>{widths}</colgroup>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年珠海市公共场所自动体外除颤器（AED）配置项目'
         "</td></tr>",
         '<tr><td class="h">主管部门</td><td colspan="3">珠海市卫生健康局</td><td class="h">实施单位</td>'
         '<td colspan="3">珠海市急救指挥中心</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h">&nbsp;</td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td>'
         '<td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>1,000.00</td><td>1,080.00</td><td>1,053.00</td><td>10</td><td>97.50%</td>"
         "<td>9.75</td></tr>",
         "<tr><td>其中：市级财政资金</td><td>900.00</td><td>960.00</td><td>933.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>区级配套资金</td><td>100.00</td><td>120.00</td><td>120.00</td><td>—</td><td>—</td><td>—</td></tr>",
         '<tr><td class="h" rowspan="2">年度总体目标</td><td class="h" colspan="3">预期目标</td>'
         '<td class="h" colspan="4">实际完成情况</td></tr>',
         '<tr><td class="l" colspan="3">在全市重点公共场所新增配置AED 600台以上，普及培训1.5万人次以上，'
         '提升公众自救互救能力。</td><td class="l" colspan="4">新增配置AED 612台，完成急救技能普及培训1.62万人次，'
         "培训取证急救员3680人，重点公共场所AED覆盖率达93.5%。</td></tr>",
         "</table>",
         f"<table><colgroup>{widths}</colgroup>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in HEADS214) + "</tr>"]
    starts = {depth: {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS338, depth)} for depth in (0, 1)}
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS338):
        cells = []
        for depth, text in ((0, l1), (1, l2)):
            if i in starts[depth]:
                span = starts[depth][i]
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>99.27</td><td>自评等级：优</td></tr>', "</table>",
          '<div class="att">附件下载：<a href="#">2023年度珠海市公共场所AED配置项目绩效自评表.docx</a></div>',
          '<div class="foot">主办：珠海市卫生健康局　　地址：珠海市香洲区××路××号　　网站标识码：4404000031<br>'
          "粤ICP备××××××××号　　粤公网安备 44040202000××××号</div>",
          "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


ROWS339 = [
    ("产出指标", "数量指标", "城乡低保对象保障", "≥2.6万人", "2.68万人", "7", "7", ""),
    ("产出指标", "数量指标", "特困人员救助供养", "≥3200人", "3246人", "6", "6", ""),
    ("产出指标", "数量指标", "实施临时救助", "≥5000人次", "5380人次", "5", "5", ""),
    ("产出指标", "数量指标", "办理婚姻登记", "≥1.1万对", "1.16万对", "4", "4", ""),
    ("产出指标", "质量指标", "低保资金社会化发放率", "100%", "100%", "5", "5", ""),
    ("产出指标", "质量指标", "养老机构消防安全达标率", "100%", "96%", "5", "4.80",
     "2家民办养老机构消防改造未完工，\n已督促于2024年6月底前完成。"),
    ("产出指标", "时效指标", "救助资金发放", "及时", "及时", "4", "4", ""),
    ("产出指标", "成本指标", "机关运行经费控制率", "≤100%", "97.3%", "4", "4", ""),
    ("效益指标", "社会效益指标", "困难群众基本生活保障率", "100%", "100%", "8", "8", ""),
    ("效益指标", "社会效益指标", "城乡低保标准增长率", "≥5%", "5.6%", "8", "8", ""),
    ("效益指标", "社会效益指标", "社区养老服务设施覆盖率", "≥90%", "92.4%", "7", "7", ""),
    ("效益指标", "可持续影响指标", "社会救助信息平台运行", "持续稳定", "持续稳定", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "95.2%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥85%", "90.8%", "10", "10", ""),
]


def doc339(out: Path) -> None:
    """Baotou (Inner Mongolia): a department's 部门整体支出绩效自评表 in Word: 年度预算执行情况 over 基本支出 /
    项目支出 rows, indicators of the department's duties, the grade in the 总分 row."""
    d = new_document()
    para(d, "部门整体支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _dept_fund(d, "包头市民政局", ("9,600.00", "10,200.00", "10,012.32", "10", "98.16%", "9.82"),
               [("其中：基本支出", "3,850.00", "3,980.00", "3,980.00"),
                ("项目支出", "5,750.00", "6,220.00", "6,032.32")],
               [1.8, 3.0, 2.2, 2.2, 2.2, 1.2, 1.6, 1.4])
    _fit256(d.tables[-1], [2.2, 2.6, 2.4, 2.4, 2.4, 1.0, 1.8, 1.4])
    para(d, "")
    _fit256(_indicator_grid(d, ROWS339, "99.62"), [1.5, 1.8, 3.4, 2.1, 2.1, 1.1, 1.5, 3.2])
    para(d, "")
    para(d, "填报人：高某某　　联系电话：0472-5118×××　　填报日期：2024年3月28日")
    d.save(out)


DOCX.update({"334": doc334, "335": doc335, "339": doc339})
XLSX.update({"336": xls336, "337": xls337})
HTML.update({"338": html338})


# ---------------------------------------------------------------- 340-345: forty-sixth set (table structures, fifteenth round)

# Zhaoqing: (l1, l2, name, target, actual, weight, score, note); name and target in ONE cell (目标： below)
ROWS340 = [
    ("产出指标", "数量指标", "运维水质自动监测站", "≥14个", "14个", "8", "8", ""),
    ("产出指标", "数量指标", "获取有效监测数据", "≥11万组", "11.6万组", "7", "7", ""),
    ("产出指标", "数量指标", "开展人工比对监测", "≥168次", "172次", "6", "6", ""),
    ("产出指标", "质量指标", "监测数据有效传输率", "≥90%", "95.8%", "7", "7", ""),
    ("产出指标", "质量指标", "质控考核合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "故障站点恢复运行时间", "≤48小时", "36小时", "5", "5", ""),
    ("产出指标", "成本指标", "单站年度运维成本", "≤30万元", "29.4万元", "6", "6", ""),
    ("效益指标", "生态效益指标", "西江干流考核断面水质优良比例", "100%", "100%", "10", "10", ""),
    ("效益指标", "社会效益指标", "水质异常预警信息及时报送率", "≥95%", "92%", "8", "7.75",
     "汛期两个站点通信中断，预警信息延迟报送，2024年增设备用传输链路。"),
    ("效益指标", "可持续影响指标", "自动监测站运维管理制度", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "沿江群众满意度", "≥90%", "93.1%", "11", "11", ""),
    ("满意度指标", "服务对象满意度指标", "生态环境执法部门满意度", "≥85%", "90.5%", "10", "10", ""),
]


def doc340(out: Path) -> None:
    """Zhaoqing (Guangdong): NO 年度指标值 column: the 三级指标及年度指标值 cell holds the name in one paragraph
    and the target below it in a second (目标：≥14个); 实际完成值 / 分值 / 得分 as usual; header repeated."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年肇庆市西江水质自动监测站运行维护项目", "dept": "肇庆市生态环境局",
                   "agency": "肇庆市环境监测站"},
               ("420.00", "450.00", "441.00", "10", "98.00%", "9.80"),
               [("其中：省级补助资金", "200.00", "200.00", "200.00"),
                ("市级财政资金", "220.00", "250.00", "241.00")],
               [2.0, 3.8, 2.0, 2.0, 2.0, 1.2, 1.9, 1.5])
    para(d, "")
    n = len(ROWS340)
    t = grid_table(d, n + 2, 7, [1.5, 2.1, 4.7, 2.1, 1.2, 1.5, 3.4], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标及年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for row in t.rows:
        row._tr.get_or_add_trPr().append(_el("w:cantSplit"))  # a name never parted from its 目标： line
    for depth in (0, 1):
        for a, b, text in _prefix_runs(ROWS340, depth):
            vmerge(t, depth, 1 + a, 1 + b, text)
    for r, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS340, start=1):
        fill(t.cell(r, 2), f"{name}\n\n目标：{target}")
        for p in t.cell(r, 2).paragraphs:
            p.alignment = 0
        for c, text in enumerate((actual, weight, score, note), start=3):
            fill(t.cell(r, c), text)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 3)), "总分")
    fill(t.cell(n + 1, 4), "100")
    fill(t.cell(n + 1, 5), "99.55")
    fill(t.cell(n + 1, 6), "自评等级：优")
    para(d, "填报人：梁某某　　联系电话：0758-2268×××　　填报日期：2024年3月15日")
    d.save(out)


# Loudi: (l1, l2, name, target, actual, weight, basis, score, note); a long 评分依据 column before 得分
ROWS341 = [
    ("产出指标", "数量指标", "实施农村公路生命防护工程里程", "≥620公里", "634.5公里", 8,
     "实际完成634.5公里，完成率102.3%，达到年度指标值，得满分。", 8, ""),
    ("产出指标", "数量指标", "新增波形梁钢护栏", "≥180公里", "186公里", 7,
     "实际新增186公里，完成率103.3%，达到年度指标值，得满分。", 7, ""),
    ("产出指标", "数量指标", "整治临水临崖等危险路段", "≥260处", "268处", 6,
     "实际整治268处，达到年度指标值，得满分。", 6, ""),
    ("产出指标", "质量指标", "工程交工验收合格率", "100%", "100%", 7,
     "交工验收86个标段全部合格，得满分。", 7, ""),
    ("产出指标", "质量指标", "工程质量抽检合格率", "≥98%", "99.2%", 6,
     "市级抽检250个点位，合格248个，合格率99.2%，得满分。", 6, ""),
    ("产出指标", "时效指标", "工程完工时间", "2023年11月30日前", "2023年11月22日", 5,
     "按期完工，得满分；每延期1个月扣1分。", 5, ""),
    ("产出指标", "成本指标", "每公里防护工程平均造价", "≤2.6万元", "2.55万元", 6,
     "平均造价2.55万元/公里，控制在指标值以内，得满分。", 6, ""),
    ("效益指标", "社会效益指标", "农村公路交通事故死亡人数下降率", "≥5%", "4.2%", 10,
     "同比下降4.2%，完成年度指标值的84.0%，按比例计分：10×84.0%=8.40分。", 8.4,
     "部分路段护栏12月才完工，当年效果未充分显现，2024年继续跟踪。"),
    ("效益指标", "社会效益指标", "受益行政村", "≥850个", "872个", 8,
     "覆盖872个行政村，达到年度指标值，得满分。", 8, ""),
    ("效益指标", "可持续影响指标", "防护设施管养责任落实", "落实到位", "落实到位", 6,
     "县乡村三级管养责任已落实到位，得满分。", 6, ""),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "94.3%", 11,
     "问卷调查1200份，满意1132份，满意度94.3%，得满分。", 11, ""),
    ("满意度指标", "服务对象满意度指标", "交通运输企业满意度", "≥85%", "88.6%", 10,
     "问卷调查140份，满意124份，满意度88.6%，得满分。", 10, ""),
]


def xls341(out: Path) -> None:
    """Loudi (Hunan): a 评分依据 column of long prose between 分值 and 得分 (完成率102.3%, 问卷调查1200份，满意
    1132份, 10×84.0%=8.40分: figures that are neither target, actual nor score of the row)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHI", (13, 16, 24, 15, 15, 8, 36, 8, 26)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:I1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:I3", "2023年娄底市农村公路安全生命防护工程", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "娄底市交通运输局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:I4", "娄底市公路建设养护中心", left=True)
    total = _xls_fund(ws, 5, "ABCDEFGH", "项目资金（万元）",
                      [("其中：中央车购税资金", (1000, 1000, 1000)), ("市级财政资金", (500, 650, 617))])
    for r in range(5, total + 3):
        put(ws, f"I{r}", "")
        ws.row_dimensions[r].height = 28
    r = total + 4
    for col, text in zip("ABCDEFGHI", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                       "评分依据", "得分", "偏差原因分析及改进措施")):
        put(ws, f"{col}{r}", text)
    first = r + 1
    last = first + len(ROWS341) - 1
    for a, b, text in _prefix_runs(ROWS341, 0):
        merge(ws, f"A{first + a}:A{first + b}", text)
    for a, b, text in _prefix_runs(ROWS341, 1):
        merge(ws, f"B{first + a}:B{first + b}", text)
    for i, (_l1, _l2, name, target, actual, weight, basis, score, note) in enumerate(ROWS341):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", actual)
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", basis, left=True)
        put(ws, f"H{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"I{r}", note, left=True)
        ws.row_dimensions[r].height = 34
    r = last + 1
    merge(ws, f"A{r}:E{r}", "总分（含预算执行率10分）")
    put(ws, f"F{r}", f"=SUM(F{first}:F{last})+F{total}")
    put(ws, f"G{r}", "")
    put(ws, f"H{r}", f"=SUM(H{first}:H{last})+H{total}", "0.00")
    put(ws, f"I{r}", "自评等级：优")
    ws[f"A{r + 2}"] = "填报人：曾某某　　联系电话：0738-8312×××　　填报日期：2024年3月21日"
    landscape(ws)
    wb.save(out)


# Ezhou: (l1, l2, name, target, actual, weight, score, note); a 合计 row split into the level-1 subtotals
ROWS342 = [
    ("产出指标", "数量指标", "投放运营公共自行车", "≥6000辆", "6120辆", "8", "8", ""),
    ("产出指标", "数量指标", "运营服务站点", "≥240个", "246个", "7", "7", ""),
    ("产出指标", "数量指标", "全年骑行量", "≥520万人次", "548.6万人次", "6", "6", ""),
    ("产出指标", "质量指标", "车辆完好率", "≥95%", "96.8%", "7", "7", ""),
    ("产出指标", "质量指标", "站点设备故障修复及时率", "≥95%", "97.5%", "6", "6", ""),
    ("产出指标", "时效指标", "每日运营服务时长", "≥18小时", "18小时", "5", "5", ""),
    ("产出指标", "成本指标", "单车年运营维护成本", "≤620元", "608元", "6", "6", ""),
    ("效益指标", "社会效益指标", "日均单车周转率", "≥2.4次", "2.28次", "8", "7.6",
     "新城区站点布局偏疏，部分车辆周转偏低，2024年调整站点布局。"),
    ("效益指标", "生态效益指标", "年减少碳排放", "≥1800吨", "1895吨", "8", "8", ""),
    ("效益指标", "可持续影响指标", "公共自行车运营监管机制", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "骑行市民满意度", "≥90%", "92.7%", "12", "12", ""),
    ("满意度指标", "服务对象满意度指标", "站点周边商户满意度", "≥85%", "87.4%", "11", "11", ""),
]


def html342(out: Path) -> None:
    """Ezhou (Hubei): under the indicator rows a 合计 row split into the level-1 subtotals side by side (产出指标
    （45分）：得45分 | 效益指标（22分）：得21.6分 | 满意度指标（23分）：得23分), then the 总分 row."""
    h = _html_page("鄂州市2023年度项目支出绩效自评表")
    h += _html_head_fund("2023年鄂州市城区公共自行车运营服务项目", "鄂州市交通运输局", "鄂州市公共交通有限公司",
                         ("360.00", "380.00", "371.26", "10", "97.70%", "9.77"),
                         [("其中：市级财政资金", "300.00", "320.00", "313.26"),
                          ("区级财政资金", "60.00", "60.00", "58.00")])
    widths = (8, 11, 21, 12, 12, 6, 6, 24)
    h += ["<table><colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + "</colgroup>",
          "<tr>" + "".join(f'<td class="h">{x}</td>' for x in (
              "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
              "偏差原因分析及改进措施")) + "</tr>"]
    s1 = {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS342, 0)}
    s2 = {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS342, 1)}
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS342):
        lead = f'<td rowspan="{s1[i]}">{l1}</td>' if i in s1 else ""
        lead += f'<td rowspan="{s2[i]}">{l2}</td>' if i in s2 else ""
        h.append(f'<tr>{lead}<td class="l">{name}</td><td class="v">{target}</td><td class="v">{actual}</td>'
                 f'<td>{weight}</td><td>{score}</td><td class="l">{why or "&nbsp;"}</td></tr>')
    h += ['<tr><td class="h">合计</td><td colspan="2">产出指标（45分）：得45分</td>'
          '<td colspan="2">效益指标（22分）：得21.6分</td><td colspan="3">满意度指标（23分）：得23分</td></tr>',
          '<tr><td class="h" colspan="5">总分（含预算执行率10分）</td><td>100</td><td>99.37</td>'
          '<td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：陈某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0711-3226×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月22日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# Zaozhuang: (l1, l2, name, target, actual, weight, score, note); 评分 over 标准分 / 评价分
ROWS343 = [
    ("产出指标", "数量指标", "完成宫颈癌筛查", "≥6.5万人", "6.62万人", "8", "8", ""),
    ("产出指标", "数量指标", "完成乳腺癌筛查", "≥6.5万人", "6.58万人", "8", "8", ""),
    ("产出指标", "数量指标", "开展筛查技术培训", "≥12期", "12期", "5", "5", ""),
    ("产出指标", "质量指标", "筛查信息录入准确率", "≥98%", "99.1%", "6", "6", ""),
    ("产出指标", "质量指标", "可疑病例随访率", "≥90%", "93.6%", "6", "6", ""),
    ("产出指标", "时效指标", "筛查任务完成时间", "2023年11月30日前", "2023年11月28日", "5", "5", ""),
    ("产出指标", "成本指标", "人均筛查补助标准", "≤85元", "85元", "6", "6", ""),
    ("效益指标", "社会效益指标", "“两癌”早诊率", "≥80%", "76.4%", "10", "9.55",
     "部分山区乡镇受检人群以首次筛查为主，早期病例检出比例偏低，2024年加强基层阅片培训。"),
    ("效益指标", "社会效益指标", "适龄妇女“两癌”防治知识知晓率", "≥85%", "88.9%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "“两癌”筛查长效机制", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥90%", "95.2%", "12", "12", ""),
    ("满意度指标", "服务对象满意度指标", "基层医疗机构满意度", "≥85%", "90.6%", "10", "10", ""),
]


def doc343(out: Path) -> None:
    """Zaozhuang (Shandong): the weight column headed 标准分 and the score column 评价分, both under a spanning
    评分 head (two-row header, repeated); the fund table says 标准分 / 评价分 too; landscape."""
    d = new_document(landscape=True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    t = _head_fund(d, {"project": "2023年枣庄市农村适龄妇女“两癌”筛查项目", "dept": "枣庄市卫生健康委员会",
                       "agency": "枣庄市妇幼保健院"},
                   ("560.00", "600.00", "588.60", "10", "98.10%", "9.81"),
                   [("其中：省级补助资金", "300.00", "300.00", "300.00"),
                    ("市级财政资金", "260.00", "300.00", "288.60")],
                   [2.6, 4.2, 3.2, 3.2, 3.2, 2.2, 3.0, 2.4])
    fill(t.cell(2, 5), "标准分")
    fill(t.cell(2, 7), "评价分")
    para(d, "")
    n = len(ROWS343)
    t = grid_table(d, n + 3, 8, [1.8, 3.0, 5.2, 3.3, 3.3, 1.5, 1.6, 5.5], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"]):
        vmerge(t, c, 0, 1, text)
    fill(t.cell(0, 5).merge(t.cell(0, 6)), "评分")
    fill(t.cell(1, 5), "标准分")
    fill(t.cell(1, 6), "评价分")
    vmerge(t, 7, 0, 1, "偏差原因分析及改进措施")
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for depth in (0, 1):
        for a, b, text in _prefix_runs(ROWS343, depth):
            vmerge(t, depth, 2 + a, 2 + b, text)
    for r, (_l1, _l2, *rest) in enumerate(ROWS343, start=2):
        for c, text in enumerate(rest, start=2):
            fill(t.cell(r, c), text)
    fill(t.cell(n + 2, 0).merge(t.cell(n + 2, 4)), "总分")
    fill(t.cell(n + 2, 5), "100")
    fill(t.cell(n + 2, 6), "99.36")
    fill(t.cell(n + 2, 7), "自评等级：优")
    para(d, "填报人：褚某某　　联系电话：0632-3318×××　　填报日期：2024年3月18日")
    d.save(out)


# Liaoyang: (l1, l2, name, target, actual, weight, score, note); each level-2 cell carries its group's points
ROWS344 = [
    ("产出指标", "数量指标", "完成供暖设施改造学校", "≥46所", "47所", 8, 8, ""),
    ("产出指标", "数量指标", "更换校内供暖管网", "≥32公里", "33.5公里", 7, 7, ""),
    ("产出指标", "数量指标", "更换节能散热器", "≥5800组", "5920组", 6, 6, ""),
    ("产出指标", "质量指标", "改造工程验收合格率", "100%", "100%", 6, 6, ""),
    ("产出指标", "质量指标", "供暖期教室温度达标率", "≥95%", "97.3%", 6, 6, ""),
    ("产出指标", "时效指标", "改造工程完工时间", "2023年10月15日前", "2023年10月10日", 5, 5, ""),
    ("产出指标", "成本指标", "每所学校平均改造成本", "≤27万元", "26.58万元", 6, 6, ""),
    ("效益指标", "社会效益指标", "受益师生", "≥5.2万人", "5.36万人", 10, 10, ""),
    ("效益指标", "生态效益指标", "校舍供暖能耗降低率", "≥12%", "11.1%", 8, 7.4,
     "部分学校11月才完成调试，节能效果未全部体现，2024年供暖季继续监测。"),
    ("效益指标", "可持续影响指标", "校舍供暖设施运维机制", "健全", "健全", 6, 6, ""),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "94.6%", 11, 11, ""),
    ("满意度指标", "服务对象满意度指标", "教职工满意度", "≥90%", "95.1%", 11, 11, ""),
]


def xls344(out: Path) -> None:
    """Liaoyang (Liaoning): each merged level-2 cell carries its group's points under the name (数量指标 /
    （21分） by a line break; one-row groups too) beside the usual per-row 分值 and 得分 columns."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHI", (12, 14, 8, 28, 16, 16, 9, 9, 30)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:I1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:I3", "2023年辽阳市中小学校舍供暖设施改造项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "辽阳市教育局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:I4", "辽阳市教育事业发展服务中心", left=True)
    total = _xls_fund(ws, 5, "ABDEFGHI", "项目资金（万元）",
                      [("其中：省级补助资金", (800, 800, 800)), ("市级财政资金", (400, 480, 449.28))])
    for r in range(5, total + 3):
        ws.merge_cells(f"B{r}:C{r}")
    r = total + 4
    for col, text in zip("ABCDEFGHI", ("一级指标", "二级指标", "", "三级指标", "年度指标值", "实际完成值", "分值",
                                       "得分", "偏差原因分析及改进措施")):
        if col != "C":
            put(ws, f"{col}{r}", text)
    ws.merge_cells(f"B{r}:C{r}")
    first = r + 1
    last = first + len(ROWS344) - 1
    for a, b, text in _prefix_runs(ROWS344, 0):
        merge(ws, f"A{first + a}:A{first + b}", text)
    for a, b, text in _prefix_runs(ROWS344, 1):
        points = sum(row[5] for row in ROWS344[a:b + 1])
        merge(ws, f"B{first + a}:C{first + b}", f"{text}\n（{points}分）")
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS344):
        r = first + i
        put(ws, f"D{r}", name, left=True)
        put(ws, f"E{r}", target)
        put(ws, f"F{r}", actual)
        put(ws, f"G{r}", weight)
        put(ws, f"H{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"I{r}", note, left=True)
        ws.row_dimensions[r].height = 40 if note else 30
    r = last + 1
    merge(ws, f"A{r}:F{r}", "总分")
    put(ws, f"G{r}", f"=SUM(G{first}:G{last})+G{total}")
    put(ws, f"H{r}", f"=SUM(H{first}:H{last})+I{total}", "0.00")
    put(ws, f"I{r}", "自评等级：优")
    ws[f"A{r + 2}"] = "填报人：邹某某　　联系电话：0419-2136×××　　填报日期：2024年3月19日"
    landscape(ws)
    wb.save(out)


# Yingtan: (l1, l2, name, office, target, actual, weight, score, note); a 责任科室 column after the name
ROWS345 = [
    ("产出指标", "数量指标", "划定农村千人以上水源地保护区", "水资源科", "≥56处", "56处", "8", "8", ""),
    ("产出指标", "数量指标", "设置水源地界标警示牌", "农村水利科", "≥420块", "436块", "7", "7", ""),
    ("产出指标", "数量指标", "整治水源地环境问题", "水政监察支队", "≥35个", "37个", "6", "6", ""),
    ("产出指标", "质量指标", "水源地水质监测达标率", "水资源科", "≥95%", "96.4%", "7", "7", ""),
    ("产出指标", "质量指标", "环境问题整治销号率", "水政监察支队", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "保护区划定完成时间", "规划计划科", "2023年9月30日前", "2023年9月26日", "5", "5", ""),
    ("产出指标", "成本指标", "每处水源地规范化建设成本", "财务审计科", "≤6.5万元", "6.3万元", "6", "6", ""),
    ("效益指标", "社会效益指标", "受益农村人口", "农村水利科", "≥38万人", "39.2万人", "8", "8", ""),
    ("效益指标", "生态效益指标", "水源地周边污染源清理率", "水政监察支队", "≥98%", "95.6%", "8", "7.80",
     "3处养殖场搬迁补偿未谈妥，年内未清理到位，2024年6月前完成。"),
    ("效益指标", "可持续影响指标", "水源地巡查管护机制", "农村水利科", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "农村用水群众满意度", "办公室", "≥90%", "93.8%", "12", "12", ""),
    ("满意度指标", "服务对象满意度指标", "基层供水单位满意度", "农村水利科", "≥85%", "89.2%", "11", "11", ""),
]


def html345(out: Path) -> None:
    """Yingtan (Jiangxi): a 责任科室 column between 三级指标 and 年度指标值 naming the office answerable for
    each indicator (words, no figures); landscape."""
    h = _html_page("鹰潭市2023年度项目支出绩效自评表", "@page{size:A4 landscape;margin:10mm}")
    h += _html_head_fund("2023年鹰潭市农村饮用水水源地保护项目", "鹰潭市水利局", "鹰潭市农村供水管理站",
                         ("680.00", "720.00", "703.44", "10", "97.70%", "9.77"),
                         [("其中：省级补助资金", "400.00", "400.00", "400.00"),
                          ("市级财政资金", "280.00", "320.00", "303.44")])
    widths = (7, 10, 20, 9, 11, 11, 5, 5, 22)
    h += ["<table><colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + "</colgroup>",
          "<tr>" + "".join(f'<td class="h">{x}</td>' for x in (
              "一级指标", "二级指标", "三级指标", "责任科室", "年度指标值", "实际完成值", "分值", "得分",
              "偏差原因分析及改进措施")) + "</tr>"]
    s1 = {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS345, 0)}
    s2 = {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS345, 1)}
    for i, (l1, l2, name, office, target, actual, weight, score, why) in enumerate(ROWS345):
        lead = f'<td rowspan="{s1[i]}">{l1}</td>' if i in s1 else ""
        lead += f'<td rowspan="{s2[i]}">{l2}</td>' if i in s2 else ""
        h.append(f'<tr>{lead}<td class="l">{name}</td><td>{office}</td><td class="v">{target}</td>'
                 f'<td class="v">{actual}</td><td>{weight}</td><td>{score}</td>'
                 f'<td class="l">{why or "&nbsp;"}</td></tr>')
    h += ['<tr><td class="h" colspan="6">总分</td><td>100</td><td>99.57</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：彭某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0701-6226×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月20日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


DOCX.update({"340": doc340, "343": doc343})
XLSX.update({"341": xls341, "344": xls344})
HTML.update({"342": html342, "345": html345})


# ---------------------------------------------------------------- 346-351: forty-seventh set (text as it comes, second round)
# Six more ordinary forms that reached the auditors as PLAIN TEXT, one way per form, none of 322-327's: 346
# `pdftotext -layout` output, 347 a Word document saved as plain text, 348 cells pasted from Excel, 349 a
# government web page flattened to text, 350 a WeChat public-account article, 351 a scanned PDF's OCR layer
# copied out. Rows are (l1, l2, name, target, actual, weight, score, note); the fund weighs 10 of 100.
# Nothing derived.

ROWS346 = [
    ("产出指标", "数量指标", "新建人工鱼礁", "≥12万空方", "12.6万空方", "8", "8", ""),
    ("产出指标", "数量指标", "投放增殖放流苗种", "≥3000万尾", "3150万尾", "7", "7", ""),
    ("产出指标", "数量指标", "布设海洋牧场在线监测点", "≥6个", "6个", "5", "5", ""),
    ("产出指标", "质量指标", "人工鱼礁工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "放流苗种检验检疫合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "人工鱼礁投放完成时间", "2023年10月31日前", "2023年10月20日", "6", "6", ""),
    ("产出指标", "成本指标", "每空方人工鱼礁建设成本", "≤260元", "252元", "7", "7", ""),
    ("效益指标", "经济效益指标", "带动海洋牧场区渔业产值增长", "≥5%", "4.5%", "10", "9",
     "受海水养殖品价格下行影响，产值增幅未达预期；2024年拓展休闲渔业，提高综合收益。"),
    ("效益指标", "生态效益指标", "礁区海洋生物资源量增长", "≥10%", "12.3%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "海洋牧场管护机制", "健全", "健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "周边渔民满意度", "≥90%", "94.6%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "休闲垂钓游客满意度", "≥85%", "91.2%", "10", "10", ""),
]


def _layout_line(cells: list[tuple[int, str]]) -> str:
    """One line of `pdftotext -layout`: each text placed at its display column (CJK two), spaces between."""
    line = ""
    for col, text in cells:
        if not text:
            continue
        line += " " * max(col - _box_width(line), 1 if line else 0) + text
    return line.rstrip()


def txt346(out: Path) -> None:
    """Rizhao (Shandong): `pdftotext -layout` of a two-page Word form's PDF (UTF-8 without a BOM, LF): columns
    kept by runs of spaces at the cells' x positions, a wrapped cell's next line on the line below in its own
    column (the other columns blank there), the vertically CENTRED merged level cells on the middle line of
    their runs (not on the run's first row), a form feed between the pages, the header row repeated on page 2
    and the page footers (- 1 -)."""
    lines = [" " * 36 + "项目支出绩效自评表", " " * 38 + "（2023年度）", "",
             _layout_line([(2, "项目名称"), (20, "2023年日照市海洋牧场建设项目")]),
             _layout_line([(2, "主管部门"), (20, "日照市海洋发展局"), (50, "实施单位"), (64, "日照市海洋与渔业研究所")]),
             _layout_line([(34, "年初预算数"), (48, "全年预算数"), (62, "全年执行数"), (76, "分值"), (84, "执行率"), (95, "得分")]),
             "  项目资金",
             _layout_line([(2, "（万元）"), (16, "年度资金总额"), (36, "2,000.00"), (50, "2,200.00"), (64, "2,156.00"),
                           (78, "10"), (84, "98.00%"), (96, "9.80")]),
             _layout_line([(16, "其中：市级财政资金"), (36, "2,000.00"), (50, "2,200.00"), (64, "2,156.00"),
                           (78, "—"), (86, "—"), (96, "—")]),
             _layout_line([(2, "年度总"), (16, "预期目标"), (52, "实际完成情况")]),
             _layout_line([(2, "体目标"), (16, "新建人工鱼礁12万空方以上，投放"), (52, "新建人工鱼礁12.6万空方，投放苗种")]),
             _layout_line([(16, "苗种3000万尾以上，礁区生物资源"), (52, "3150万尾，礁区生物资源量增长")]),
             _layout_line([(16, "量增长10%以上。"), (52, "12.3%，渔业产值增长4.5%。")]), ""]
    cols = [0, 10, 24, 46, 62, 76, 82, 88]   # x columns of 一级 / 二级 / 三级 / 目标 / 实际 / 分值 / 得分 / 原因
    head = [_layout_line([(0, "一级指标"), (10, "二级指标"), (24, "三级指标"), (46, "年度指标值"), (62, "实际完成值"),
                          (76, "分值"), (82, "得分"), (88, "偏差原因分析")]),
            _layout_line([(88, "及改进措施")])]
    lines += head
    # every row's lines first, then the level words dropped on the middle line of their (page-cut) runs
    page_break = 8
    blocks: list[list[list[tuple[int, str]]]] = []
    for l1, l2, name, target, actual, weight, score, why in ROWS346:
        parts = [_wrap_width(name, 20), [target], [actual], [weight], [score], _wrap_width(why, 20) if why else [""]]
        rows = []
        for j in range(max(len(p) for p in parts)):
            rows.append([(c, p[j] if j < len(p) else "") for c, p in zip(cols[2:], parts)])
        blocks.append(rows)
    for depth in (0, 1):
        runs = []
        for i, row in enumerate(ROWS346):
            key = row[:depth + 1]
            if runs and runs[-1][1] == key and i != page_break:
                runs[-1][2].append(i)
            else:
                runs.append((i, key, [i]))
        for _i, key, members in runs:
            flat = [(m, j) for m in members for j in range(len(blocks[m]))]
            words = _wrap_width(key[depth], (8, 12)[depth])
            extra = len(words) - len(flat)
            for _ in range(max(extra, 0)):   # a cell taller than its rows makes the last row taller
                blocks[members[-1]].append([])
                flat.append((members[-1], len(blocks[members[-1]]) - 1))
            top = (len(flat) - len(words)) // 2
            for k, word in enumerate(words):
                m, j = flat[top + k]
                blocks[m][j].append((cols[depth], word))
    for i, rows in enumerate(blocks):
        if i == page_break:
            lines += ["", " " * 40 + "- 1 -", "\f" + head[0], head[1]]
        lines += [_layout_line(sorted(r)) for r in rows]
    lines += [_layout_line([(0, "总分"), (76, "100"), (82, "98.80"), (88, "自评等级：优")]), "",
              _layout_line([(0, "填报人：孔某某"), (30, "联系电话：0633-8779×××"), (64, "填报日期：2024年3月12日")]), "",
              " " * 40 + "- 2 -", "\f"]
    out.write_bytes("\n".join(lines).encode("utf-8"))


ROWS347 = [
    ("产出指标", "数量指标", "受益学生人数", "≥5.2万人", "5.31万人", "8", "8", ""),
    ("产出指标", "数量指标", "覆盖农村义务教育学校", "≥320所", "326所", "6", "6", ""),
    ("产出指标", "数量指标", "新建改造学校食堂", "≥15个", "15个", "6", "6", ""),
    ("产出指标", "质量指标", "供餐食品抽检合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "食堂从业人员持健康证上岗率", "100%", "100%", "5", "5", ""),
    ("产出指标", "时效指标", "膳食补助资金拨付时间", "2023年12月31日前", "2023年12月15日", "5", "5", ""),
    ("产出指标", "成本指标", "每生每天膳食补助标准", "5元", "5元", "6", "6", ""),
    ("效益指标", "社会效益指标", "学生营养健康监测覆盖率", "≥95%", "97.2%", "8", "8", ""),
    ("效益指标", "社会效益指标", "农村学生生长迟缓率", "≤3%", "2.6%", "8", "8", ""),
    ("效益指标", "社会效益指标", "学校食堂供餐率", "100%", "100%", "6", "6", ""),
    ("效益指标", "可持续影响指标", "营养改善计划长效管理机制", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "93.5%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "88.2%", "10", "9.8",
     "部分家长对菜品种类有更高期待；2024年优化带量食谱，增加菜品花样。"),
]


def txt347(out: Path) -> None:
    """Langfang (Hebei): a Word form saved as 纯文本 (Windows default encoding, GBK without a BOM, CRLF): every
    table cell's text on a line of its own and a BLANK LINE after each row (Word's end-of-row mark), the
    paragraphs above and below as lines; a vMerged cell's text in its first row only (the merged cells below give
    nothing), a gridSpan cell once, an empty cell an empty line inside its row."""
    lines = ["附件2", "", "项目支出绩效自评表", "（2023年度）", ""]

    def row(*cells: str) -> None:
        lines.extend(cells)
        lines.append("")

    row("项目名称", "2023年廊坊市农村义务教育学生营养改善计划项目")
    row("主管部门", "廊坊市教育局", "实施单位", "廊坊市学生资助管理中心")
    row("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
    row("年度资金总额", "6,800.00", "6,800.00", "6,664.00", "10", "98.00%", "9.80")
    row("其中：中央补助资金", "5,440.00", "5,440.00", "5,440.00", "—", "—", "—")
    row("地方财政资金", "1,360.00", "1,360.00", "1,224.00", "—", "—", "—")
    row("年度总体目标", "预期目标", "实际完成情况")
    row("为5.2万名农村义务教育学生提供营养膳食补助，新建改造学校食堂15个，供餐食品抽检合格率100%，学生及家长满意度90%以上。",
        "为5.31万名学生提供营养膳食补助，新建改造学校食堂15个，供餐食品抽检合格率100%，学生满意度93.5%，家长满意度88.2%。")
    lines += ["", "年度绩效指标完成情况", ""]
    row(*HEADS214)
    s1 = {a for a, _b, _t in _prefix_runs(ROWS347, 0)}
    s2 = {a for a, _b, _t in _prefix_runs(ROWS347, 1)}
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS347):
        row(*([l1] if i in s1 else []), *([l2] if i in s2 else []), name, target, actual, weight, score, why)
    row("总分", "100", "99.60", "自评等级：优")
    lines += ["填报人：霍某某　　联系电话：0316-2212×××　　填报日期：2024年3月11日", ""]
    out.write_bytes("\r\n".join(lines).encode("gbk"))


ROWS348 = [
    ("产出指标", "数量指标", "新建（改造）生活垃圾分类投放点", "≥850个", "872个", "6", "6", ""),
    ("产出指标", "数量指标", "配置分类收集车辆", "≥40辆", "42辆", "5", "5", ""),
    ("产出指标", "数量指标", "开展垃圾分类宣传活动", "≥200场", "215场", "4", "4", ""),
    ("产出指标", "数量指标", "覆盖居民小区", "≥560个", "560个", "5", "5", ""),
    ("产出指标", "质量指标", "分类投放点建设验收合格率", "100%", "100%", "5", "5", ""),
    ("产出指标", "质量指标", "厨余垃圾分出率", "≥20%", "21.6%", "5", "5", ""),
    ("产出指标", "时效指标", "投放点建成投用时间", "2023年9月30日前", "2023年9月26日", "5", "5", ""),
    ("产出指标", "成本指标", "每个投放点改造补助", "≤3.5万元", "3.42万元", "5", "5", ""),
    ("效益指标", "社会效益指标", "城区生活垃圾回收利用率", "≥35%", "36.8%", "8", "8", ""),
    ("效益指标", "社会效益指标", "居民垃圾分类知晓率", "≥95%", "97.1%", "6", "6", ""),
    ("效益指标", "生态效益指标", "生活垃圾无害化处理率", "100%", "100%", "8", "8", ""),
    ("效益指标", "生态效益指标", "其他垃圾日均处理量减少", "≥120吨", "102吨", "8", "6.8",
     "部分小区厨余垃圾分类质量不高，减量效果未达预期；\n2024年加强桶边督导。"),
    ("效益指标", "可持续影响指标", "垃圾分类长效管理机制", "健全", "健全", "4", "4", ""),
    ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", "92.4%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "环卫作业人员满意度", "≥85%", "90.5%", "8", "8", ""),
]


def _excel_clip(cells: list[str]) -> str:
    """One row of Excel's clipboard text: cells joined by tabs, a cell holding a line break (or a quote) written
    in double quotes with its quotes doubled, the break kept as a bare LF inside the CRLF-separated rows."""
    return "\t".join('"' + c.replace('"', '""') + '"' if ("\n" in c or '"' in c) else c for c in cells)


def txt348(out: Path) -> None:
    """Huainan (Anhui): cells A1:H30 of a filled-in Excel form copied and pasted into Notepad, saved as
    "Unicode" (UTF-16 LE with a BOM, CRLF): every row the same eight tab-separated fields (empty cells empty
    fields), a merged cell's text in its top-left cell only (the merged 项目资金 and level cells empty below /
    beside), figures as Excel DISPLAYS them (2,000.00, 98.00%), and two cells holding a line break (the
    项目资金 label and a note) QUOTED over two lines as Excel's clipboard gives them."""
    rows = [["项目支出绩效自评表", "", "", "", "", "", "", ""],
            ["（2023年度）", "", "", "", "", "", "", ""],
            ["项目名称", "2023年淮南市城市生活垃圾分类项目", "", "", "", "", "", ""],
            ["主管部门", "淮南市城市管理局", "", "", "实施单位", "淮南市环境卫生管理处", "", ""],
            ["项目资金\n（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "3,000.00", "3,250.00", "3,185.00", "10", "98.00%", "9.80"],
            ["", "其中：市级财政资金", "2,200.00", "2,450.00", "2,385.00", "—", "—", "—"],
            ["", "　　　区级财政资金", "800.00", "800.00", "800.00", "—", "—", "—"],
            ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
            ["", "新建（改造）分类投放点850个以上，城区生活垃圾回收利用率35%以上，居民满意度90%以上。", "", "",
             "新建（改造）分类投放点872个，城区生活垃圾回收利用率36.8%，居民满意度92.4%。", "", "", ""],
            list(HEADS214)]
    prev = ("", "")
    for l1, l2, name, target, actual, weight, score, why in ROWS348:
        rows.append([l1 if l1 != prev[0] else "", l2 if (l1, l2) != prev else "", name, target, actual, weight, score, why])
        prev = (l1, l2)
    rows += [["总分", "", "", "", "", "100", "98.60", "自评等级：优"],
             ["填报人：陶某某　联系电话：0554-6678×××", "", "", "", "", "", "", ""]]
    text = "\r\n".join(_excel_clip(r) for r in rows) + "\r\n"
    out.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))


ROWS349 = [
    ("产出指标", "数量指标", "新建高标准农田", "≥4.5万亩", "4.62万亩", "10", "10", ""),
    ("产出指标", "数量指标", "新建（改造）灌排渠道", "≥85公里", "88.3公里", "6", "6", ""),
    ("产出指标", "数量指标", "新建（改造）机耕道路", "≥60公里", "61.5公里", "6", "6", ""),
    ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", "8", "8", ""),
    ("产出指标", "时效指标", "项目建设完成时间", "2023年12月31日前", "2023年12月28日", "5", "5", ""),
    ("产出指标", "成本指标", "亩均财政投入", "≤3000元", "2980元", "5", "5", ""),
    ("效益指标", "经济效益指标", "项目区亩均节本增效", "≥100元", "108元", "8", "8", ""),
    ("效益指标", "社会效益指标", "新增粮食产能", "≥450万公斤", "418.5万公斤", "8", "7.44",
     "部分项目区当年竣工，新增产能次年显现"),
    ("效益指标", "生态效益指标", "项目区节水灌溉面积占比", "≥30%", "33.5%", "7", "7", ""),
    ("效益指标", "可持续影响指标", "工程管护责任落实率", "100%", "100%", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%", "95.2%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "新型农业经营主体满意度", "≥90%", "93%", "10", "10", ""),
]


def txt349(out: Path) -> None:
    """Yingtan (Jiangxi): a 农业农村局 site's form page flattened to text as the realworld passages arrive (UTF-8
    without a BOM, LF): the site's navigation and 发布时间 lines, then each table row's cells RUN TOGETHER ON ONE
    LINE with single spaces, half-width (: ( ) as the flattening leaves them, a two-line label cell broken over
    two lines (项目资金 / (万元)), the merged level cells' words ONCE, on the first row of their runs, an empty
    note leaving nothing; figures without thousands separators."""
    lines = ["首页 > 政务公开 > 财政资金 > 绩效评价", "",
             "鹰潭市2023年高标准农田建设项目支出绩效自评表",
             "发布时间:2024-04-18 09:40 来源:市农业农村局 浏览次数: 字体:[大 中 小]",
             "项目支出绩效自评表 ", "(2023年度)",
             "项目名称 2023年鹰潭市高标准农田建设项目",
             "主管部门 鹰潭市农业农村局 实施单位 鹰潭市农田建设服务中心",
             "项目资金", "(万元)",
             "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分",
             "年度资金总额: 9000 9250 9139 10 98.80% 9.88",
             " 其中:中央补助资金 6300 6300 6300 - -",
             "    省级补助资金 2000 2000 2000 - -",
             "    市县财政资金 700 950 839 - -",
             "年度总体目标完成情况 预期目标 实际完成情况",
             "新建高标准农田4.5万亩，新增粮食产能450万公斤，项目区群众满意度90%以上。 "
             "新建高标准农田4.62万亩，新增粮食产能418.5万公斤，项目区群众满意度95.2%。",
             "年度绩效指标完成情况 一级", "指标", "二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施"]
    prev = ("", "")
    for l1, l2, name, target, actual, weight, score, why in ROWS349:
        cells = [l1 if l1 != prev[0] else "", l2 if (l1, l2) != prev else "", name, target, actual, weight, score, why]
        prev = (l1, l2)
        lines.append(" ".join(c for c in cells if c))
    lines += ["总分 100 99.32 自评等级:优", "填报人:吴某某 联系电话:0701-6221××× 填报日期:2024年3月26日", "",
              "【打印本页】【关闭窗口】", "主办单位:鹰潭市农业农村局 赣ICP备05000000号", ""]
    out.write_bytes("\n".join(lines).encode("utf-8"))


ROWS350 = [
    ("产出指标", "数量指标", "举办公益性群众文化活动", "≥300场", "326场", "7", "7", ""),
    ("产出指标", "数量指标", "送戏下乡演出", "≥240场", "252场", "6", "6", ""),
    ("产出指标", "数量指标", "公共图书馆年流通人次", "≥45万人次", "47.8万人次", "5", "5", ""),
    ("产出指标", "数量指标", "开展文物安全巡查", "≥1200次", "1236次", "5", "5", ""),
    ("产出指标", "质量指标", "A级旅游景区安全检查覆盖率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "广播电视节目综合人口覆盖率", "≥99%", "99.6%", "5", "5", ""),
    ("产出指标", "时效指标", "重点文化项目完成时间", "2023年12月31日前", "2023年12月20日", "5", "5", ""),
    ("产出指标", "成本指标", "三公经费支出", "≤86万元", "79.4万元", "6", "6", ""),
    ("效益指标", "经济效益指标", "全市接待游客人次增长", "≥10%", "12.4%", "8", "8", ""),
    ("效益指标", "社会效益指标", "公共文化服务设施免费开放率", "100%", "100%", "6", "6", ""),
    ("效益指标", "社会效益指标", "文化市场执法案件办结率", "≥95%", "96.3%", "6", "6", ""),
    ("效益指标", "可持续影响指标", "文化遗产保护传承机制", "健全", "健全", "5", "5", ""),
    ("满意度指标", "服务对象满意度指标", "群众文化活动参与群众满意度", "≥90%", "93.8%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "87.3%", "10", "9.7",
     "旅游旺季部分景区停车、排队时间较长；2024年增设错峰预约和接驳线路"),
]


def txt350(out: Path) -> None:
    """Guangyuan (Sichuan): a 部门整体 form posted as a WeChat public-account article and copied out of the
    article page (UTF-8 WITH a BOM, CRLF): the account line and headings 一、 二、 三、, the fund block and the
    indicators as lines of cells between FULL-WIDTH BARS ｜ (a header line first), the figures the article sets in
    bold shown in 【】 (executed amount, rate and score, each actual and score), level words on every line,
    阅读 / 在看 lines below."""
    lines = ["广元文旅 2024-04-09 18:30 发表于四川", "",
             "广元市文化广电旅游局2023年度部门整体支出绩效自评", "",
             "按照市财政局统一部署，我局对2023年度部门整体支出开展了绩效自评，现将自评表公开如下。", "",
             "一、部门基本情况", "部门（单位）名称：广元市文化广电旅游局", "金额单位：万元", "",
             "二、年度预算执行情况",
             "资金｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分",
             "年度资金总额｜4,860.00｜5,120.00｜【5,017.60】｜10｜【98.00%】｜【9.80】",
             "其中：基本支出｜3,100.00｜3,260.00｜【3,260.00】｜—｜—｜—",
             "项目支出｜1,760.00｜1,860.00｜【1,757.60】｜—｜—｜—", "",
             "三、年度绩效指标完成情况",
             "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因分析及改进措施"]
    for l1, l2, name, target, actual, weight, score, why in ROWS350:
        lines.append("｜".join([l1, l2, name, target, f"【{actual}】", weight, f"【{score}】", why or "无"]))
    lines += ["", "四、自评结论", "总分｜100｜【99.50】｜自评等级：【优】", "",
              "来源：市文化广电旅游局规划财务科", "编辑：何某某　审核：苟某某", "", "阅读 1268　赞 35　在看 12", ""]
    out.write_bytes("\ufeff".encode("utf-8") + "\r\n".join(lines).encode("utf-8"))


ROWS351 = [
    ("产出指标", "数量指标", "完成石漠化综合治理面积", "≥12平方公里", "12.4平方公里", "10", "10", ""),
    ("产出指标", "数量指标", "人工造林", "≥6000亩", "6150亩", "8", "8", ""),
    ("产出指标", "数量指标", "封山育林", "≥1.2万亩", "1.2万亩", "7", "7", ""),
    ("产出指标", "数量指标", "建设坡改梯", "≥800亩", "820亩", "5", "5", ""),
    ("产出指标", "质量指标", "造林成活率", "≥85%", "90.5%", "6", "6", ""),
    ("产出指标", "时效指标", "治理任务完成时间", "2023年12月31日前", "2023年12月25日", "5", "5", ""),
    ("产出指标", "成本指标", "每平方公里治理投资", "≤180万元", "176万元", "4", "4", ""),
    ("效益指标", "生态效益指标", "项目区植被覆盖率提高", "≥2个百分点", "2.3个百分点", "10", "10", ""),
    ("效益指标", "社会效益指标", "带动群众务工增收", "≥120万元", "108万元", "8", "7.2", "部分工程采用机械施工，用工减少"),
    ("效益指标", "可持续影响指标", "治理成果管护机制", "健全", "健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%", "94.3%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "护林管护人员满意度", "≥90%", "92%", "10", "10", ""),
]


def txt351(out: Path) -> None:
    """Hechi (Guangxi): the OCR text layer of a scanned, stamped form selected in a PDF reader and pasted
    into a file (UTF-8 without a BOM, CRLF): a table row a line, cells separated by single spaces, the merged level
    words on their run's first row; the OCR's slips a reader still reads right: O for 0 (9O.5%), l for 1 (a
    weight l0), FULL-WIDTH digits in some figures (６１５０亩, ２０２３年１２月２５日, a fund amount), spaces
    INSIDE words (河池市林 业局, 石漠化综合 治理面积), a stamp's text caught on a line of its own."""
    misread = {(1, 4): "６１５０亩", (4, 4): "9O.5%", (5, 4): "２０２３年１２月２５日", (7, 5): "l0",
               (0, 2): "完成石漠化综合 治理面积"}
    lines = ["项目支出绩效自评表", "(2023年度)",
             "项目名称 2023年河池市石漠化综合治理项目",
             "主管部门 河池市林 业局 实施单位 河池市石漠化综合治理工程管理站",
             "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
             "(万元) 年度资金总额 2,100.00 2,160.00 ２,１１６.８０ 10 98.00% 9.80",
             "其中:中央补助资金 1,800.00 1,800.00 1,800.00 — — —",
             "地方财政资金 300.00 360.00 316.80 — — —",
             "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施"]
    prev = ("", "")
    for i, row in enumerate(ROWS351):
        l1, l2 = row[0], row[1]
        cells = [l1 if l1 != prev[0] else "", l2 if (l1, l2) != prev else "",
                 *[misread.get((i, k), row[k]) for k in range(2, 8)]]
        prev = (l1, l2)
        lines.append(" ".join(c for c in cells if c))
        if i == 6:
            lines.append("河池市林业局")   # the red seal's ring text, read as a line
    lines += ["总分 100 99.00 自评等级:优", "填报人:韦某某 联系电话:0778-2286××× 填报日期:2024年3月19日", ""]
    out.write_bytes("\r\n".join(lines).encode("utf-8"))


OTHER.update({"346": txt346, "347": txt347, "348": txt348, "349": txt349, "350": txt350, "351": txt351})
WRITTEN.update({s: "txt" for s in ("346", "347", "348", "349", "350", "351")})


# ---------------------------------------------------------------- 358-363: value forms, third round
# Forty-ninth set, written blind (issue 21): ordinary forms whose target / actual cells hold value forms no set had:
# SUFFIX operators (95%以上, 3个工作日以内, 180元以下, 98%及以上, 50场次（含）以上), FREQUENCIES (每月1次, 每周2次,
# 一年两次), a target and actual in DIFFERENT UNITS of one kind (万人次 / 人次, 公里 / 米, 小时 / 分钟), CLASSES and
# GRADES (Ⅲ类及以上, II类, 二级以上, A级, 合格) and yes / no values, COMPOUND counts (5所学校120间教室, 12个/36台),
# figures with a TIME SCOPE (全年≥300天, 日均≥2000人次, 月均≤2.5万元), ZERO in words (零事故, ≤0起, 无), rates as
# DECIMALS or FRACTIONS (≥0.95 / 0.968, 196/200), 人均 / 每千人口 units. Rows as _doc48 / _xls48 take them.

# Pu'er (Yunnan): suffix operators and a zero in words.
ROWS358 = [
    ("产出指标", "数量指标", "新增生活垃圾分类收集点", "200个以上", "216个", "8", "8", ""),
    ("产出指标", "数量指标", "配置分类收运车辆", "≥36辆", "36辆", "8", "8", ""),
    ("产出指标", "数量指标", "开展垃圾分类入户宣传", "50场次（含）以上", "54场次", "6", "6", ""),
    ("产出指标", "质量指标", "城区生活垃圾无害化处理率", "98%及以上", "99.2%", "7", "7", ""),
    ("产出指标", "质量指标", "收运车辆密闭化率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "群众投诉处置时限", "3个工作日以内", "2个工作日", "6", "6", ""),
    ("产出指标", "成本指标", "每吨垃圾收运成本", "180元以下", "172元", "6", "6", ""),
    ("效益指标", "社会效益指标", "收运作业安全生产", "零事故", "0起", "8", "8", ""),
    ("效益指标", "社会效益指标", "城区生活垃圾回收利用率", "≥35%", "33.6%", "6", "5.76",
     "再生资源回收站点建设滞后，2024年新增回收站点12个。"),
    ("效益指标", "生态效益指标", "填埋场渗滤液达标排放率", "95%以上", "96.8%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "垃圾分类长效管理机制", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "城区居民满意度", "90%以上", "93.5%", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "环卫作业人员满意度", "≥85%", "88.2%", "6", "6", ""),
]


def doc358(out: Path) -> None:
    """Pu'er (Yunnan): targets with the operator AFTER the figure (以上 / 及以上 / （含）以上 / 以内 / 以下), 零事故."""
    _doc48(out, {"project": "2023年普洱市城乡生活垃圾收运处置项目", "dept": "普洱市城市管理局",
                 "agency": "普洱市环境卫生管理处"},
           ("1,650.00", "1,800.00", "1,746.00", "10", "97.00%", "9.70"),
           [("其中：省级补助资金", "500.00", "500.00", "500.00"),
            ("市级财政资金", "1,150.00", "1,300.00", "1,246.00")],
           ROWS358, ("100", "99.46", "优"), "填报人：刀某某　　联系电话：0879-2123×××　　填报日期：2024年3月15日")


# Tongliao (Inner Mongolia): frequencies and figures with a time scope, typed in Excel.
ROWS359 = [
    ("产出指标", "数量指标", "体育场馆免费低收费开放天数", "全年≥300天", "全年312天", "8", "8", ""),
    ("产出指标", "数量指标", "场馆日均接待健身群众", "日均≥2000人次", "日均2180人次", "8", "8", ""),
    ("产出指标", "数量指标", "开展公益健身技能指导", "每周2次", "每周2次", "6", "6", ""),
    ("产出指标", "质量指标", "场馆设施安全检查", "每月1次", "全年12次", "6", "6", ""),
    ("产出指标", "质量指标", "应急疏散演练", "每季度不少于1次", "每季度1次", "5", "5", ""),
    ("产出指标", "时效指标", "开放补助资金拨付", "一年两次", "2次", "5", "5", ""),
    ("产出指标", "成本指标", "单个场馆运营补助", "月均≤2.5万元", "月均2.42万元", "6", "6", ""),
    ("效益指标", "社会效益指标", "场馆健身服务人次", "≥60万人次", "63.2万人次", "10", "10", ""),
    ("效益指标", "社会效益指标", "经常参加体育锻炼人口比例", "≥40%", "38.8%", "8", "7.76",
     "冬季气温低，户外健身人数减少，2024年增加室内健身场地开放时段。"),
    ("效益指标", "可持续影响指标", "场馆免费低收费开放长效机制", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", "94.6%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "社会体育指导员满意度", "≥85%", "89.3%", "10", "10", ""),
]


def xls359(out: Path) -> None:
    """Tongliao (Inner Mongolia): 每周2次 / 每月1次 / 每季度不少于1次 / 一年两次, 全年≥300天 / 日均 / 月均."""
    _xls48(out, {"project": "2023年通辽市体育场馆免费低收费开放补助项目", "dept": "通辽市体育局",
                 "agency": "通辽市体育中心"},
           ("800.00", "860.00", "843.66", "98.10%", "10", "9.81"),
           [("其中：中央补助资金", "300.00", "300.00", "300.00"), ("自治区补助资金", "200.00", "200.00", "200.00"),
            ("市级财政资金", "300.00", "360.00", "343.66")],
           ROWS359, ("100", "99.57", "优"), "填报人：包某某　　联系电话：0475-8223×××　　填报日期：2024年3月21日")


# Bazhong (Sichuan): a target and its actual in different units of one kind, 人均 / 每千人口 figures.
ROWS360 = [
    ("产出指标", "数量指标", "家庭医生签约履约服务", "≥1.5万人次", "15,320人次", "8", "8", ""),
    ("产出指标", "数量指标", "乡村医生在岗培训", "人均≥12学时", "人均12.5学时", "6", "6", ""),
    ("产出指标", "数量指标", "配置巡回医疗车", "≥10辆", "10辆", "6", "6", ""),
    ("产出指标", "质量指标", "执业（助理）医师配备", "每千人口≥2.8人", "每千人口2.86人", "6", "6", ""),
    ("产出指标", "质量指标", "基层医疗机构基本药物使用率", "≥90%", "92.3%", "6", "6", ""),
    ("产出指标", "质量指标", "村卫生室服务半径", "≤3公里", "2,850米", "5", "5", ""),
    ("产出指标", "时效指标", "巡回医疗车接诊响应时间", "≤2小时", "95分钟", "5", "5", ""),
    ("产出指标", "成本指标", "人均基本公共卫生服务补助", "人均≥89元", "人均89元", "6", "6", ""),
    ("效益指标", "社会效益指标", "居民电子健康档案建档率", "≥90%", "91.6%", "8", "8", ""),
    ("效益指标", "社会效益指标", "县域内就诊率", "≥90%", "87.3%", "8", "7.76",
     "部分重症患者转往省级医院救治，2024年加强县级医院专科建设。"),
    ("效益指标", "可持续影响指标", "县域医共体运行机制", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "95.1%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "乡村医生满意度", "≥85%", "88.4%", "10", "10", ""),
]


def html360(out: Path) -> None:
    """Bazhong (Sichuan): ≥1.5万人次 / 15,320人次, ≤3公里 / 2,850米, ≤2小时 / 95分钟, 人均 / 每千人口; a bureau
    site's page (h1, 发布时间 line) with one eight-column <table> of <td> cells."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:9.5pt;margin:0}"
           "h1{text-align:center;font-size:15pt;margin:6pt 0}.info{text-align:center;color:#555;font-size:8.5pt}"
           "table{width:100%;border-collapse:collapse;margin:6pt 0}"
           "td{border:1px solid #333;padding:3pt 4pt;text-align:center;vertical-align:middle;white-space:nowrap}"
           "td.h{font-weight:bold;background:#f2f2f2}td.l{text-align:left;white-space:normal}"
           "@page{size:A4 landscape;margin:12mm}")
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>巴中市卫生健康委员会</title><style>{css}</style></head><body>",
         "<h1>2023年巴中市基层医疗卫生服务能力提升项目支出绩效自评表</h1>",
         '<p class="info">发布时间：2024-04-12&nbsp;&nbsp;&nbsp;&nbsp;来源：巴中市卫生健康委员会</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年巴中市基层医疗卫生服务能力提升项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">巴中市卫生健康委员会</td><td class="h">实施单位</td>'
         '<td colspan="3">巴中市基层卫生服务指导中心</td></tr>',
         '<tr><td class="h" rowspan="5">项目资金<br>（万元）</td><td class="h">&nbsp;</td>'
         '<td class="h">年初预算数</td><td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td>'
         '<td class="h">执行率</td><td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>1,200.00</td><td>1,350.00</td><td>1,323.00</td><td>10</td>"
         "<td>98.00%</td><td>9.80</td></tr>"]
    for label, a, b, c in (("其中：中央补助资金", "450.00", "450.00", "450.00"),
                           ("省级补助资金", "300.00", "300.00", "300.00"),
                           ("市级财政资金", "450.00", "600.00", "573.00")):
        h.append(f"<tr><td>{label}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>—</td><td>—</td><td>—</td></tr>")
    h.append("<tr>" + "".join(f'<td class="h">{x}</td>' for x in heads) + "</tr>")
    starts = {depth: {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS360, depth)} for depth in (0, 1)}
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS360):
        cells = []
        for depth, text in ((0, l1), (1, l2)):
            if i in starts[depth]:
                span = starts[depth][i]
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>99.56</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：何某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0827-5261×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月26日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# Huangshan (Anhui): water classes in Roman numerals (Ⅲ类及以上, Ⅱ类, a Latin II类), grades (二级以上, A级 / B级,
# 合格, 达标) and yes / no values.
ROWS361 = [
    ("产出指标", "数量指标", "整治入河排污口", "≥120个", "126个", "8", "8", ""),
    ("产出指标", "数量指标", "建设水质自动监测站", "≥6座", "6座", "6", "6", ""),
    ("产出指标", "质量指标", "新安江出境断面水质", "Ⅱ类", "Ⅱ类", "8", "8", ""),
    ("产出指标", "质量指标", "县级以上集中式饮用水水源地水质", "Ⅲ类及以上", "II类", "7", "7", ""),
    ("产出指标", "质量指标", "整治工程验收等级", "合格", "合格", "6", "6", ""),
    ("产出指标", "质量指标", "重点排污单位在线监测数据", "达标", "达标", "3", "3", ""),
    ("产出指标", "时效指标", "是否按期完成年度整治任务", "是", "是", "5", "5", ""),
    ("产出指标", "成本指标", "每个排污口整治成本", "≤8万元", "7.6万元", "5", "5", ""),
    ("效益指标", "生态效益指标", "地表水达到或优于Ⅲ类水体比例", "100%", "100%", "8", "8", ""),
    ("效益指标", "生态效益指标", "美丽河湖健康评价等级", "二级以上", "二级", "7", "7", ""),
    ("效益指标", "社会效益指标", "是否发生重大水污染事件", "否", "否", "7", "7", ""),
    ("效益指标", "可持续影响指标", "河长制工作考核等级", "A级", "B级", "8", "6",
     "1个区河湖“清四乱”整改滞后，考核评为B级，按评分标准扣2分。"),
    ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%", "92.8%", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "排污企业满意度", "≥85%", "87.6%", "6", "6", ""),
]


def doc361(out: Path) -> None:
    """Huangshan (Anhui): Ⅲ类及以上 / II类, 二级以上, A级 / B级, 合格, 达标, 是 / 否."""
    _doc48(out, {"project": "2023年黄山市新安江流域水环境综合治理项目", "dept": "黄山市生态环境局",
                 "agency": "黄山市生态环境监测站"},
           ("2,000.00", "2,200.00", "2,156.00", "10", "98.00%", "9.80"),
           [("其中：省级补助资金", "800.00", "800.00", "800.00"),
            ("市级财政资金", "1,200.00", "1,400.00", "1,356.00")],
           ROWS361, ("100", "97.80", "优"), "填报人：汪某某　　联系电话：0559-2356×××　　填报日期：2024年3月12日")


# Jincheng (Shanxi): compound counts (5所学校120间教室, 12个/36台) and rates written as decimals or a fraction.
ROWS362 = [
    ("产出指标", "数量指标", "改造学校教室照明", "5所学校120间教室", "5所学校124间教室", "8", "8", ""),
    ("产出指标", "数量指标", "新建录播教室及配套设备", "12个/36台", "12个/36台", "6", "6", ""),
    ("产出指标", "数量指标", "开展学生视力筛查", "≥4.2万人次", "4.35万人次", "6", "6", ""),
    ("产出指标", "质量指标", "学生视力筛查覆盖率", "≥0.95", "0.968", "6", "6", ""),
    ("产出指标", "质量指标", "照明灯具抽检合格率", "≥95%", "196/200", "6", "6", ""),
    ("产出指标", "时效指标", "照明改造完工时间", "2023年8月25日前", "2023年8月20日", "5", "5", ""),
    ("产出指标", "成本指标", "每间教室照明改造成本", "≤1.6万元", "1.52万元", "5", "5", ""),
    ("效益指标", "社会效益指标", "课桌椅配置达标率", "≥90%", "86.4%", "8", "7.68",
     "2所学校课桌椅更换纳入2024年采购计划。"),
    ("效益指标", "社会效益指标", "受益中小学生", "≥5200人", "5360人", "8", "8", ""),
    ("效益指标", "可持续影响指标", "学生视力健康监测长效机制", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "学生满意度", "≥0.9", "0.942", "12", "12", ""),
    ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "92.6%", "12", "12", ""),
]


def xls362(out: Path) -> None:
    """Jincheng (Shanxi): 5所学校120间教室, 12个/36台, ≥0.95 / 0.968, 196/200."""
    _xls48(out, {"project": "2023年晋城市中小学教室照明及视力健康改善项目", "dept": "晋城市教育局",
                 "agency": "晋城市教育技术装备中心"},
           ("620.00", "680.00", "661.64", "97.30%", "10", "9.73"),
           [("其中：省级补助资金", "300.00", "300.00", "300.00"), ("市级财政资金", "320.00", "380.00", "361.64")],
           ROWS362, ("100", "99.41", "优"), "填报人：郭某某　　联系电话：0356-2196×××　　填报日期：2024年3月20日")


# Suizhou (Hubei): a mix: frequencies against a year's count, suffix operators, ≤0起, 无, a grade.
ROWS363 = [
    ("产出指标", "数量指标", "清疏城区排水管网", "≥350公里", "362公里", "8", "8", ""),
    ("产出指标", "数量指标", "排水管网巡查", "每周不少于2次", "每周2次", "6", "6", ""),
    ("产出指标", "数量指标", "排涝泵站设备维护保养", "每季度1次", "全年4次", "6", "6", ""),
    ("产出指标", "质量指标", "排涝泵站设备完好率", "95%以上", "97.5%", "6", "6", ""),
    ("产出指标", "质量指标", "管网运维安全事故", "≤0起", "0起", "6", "6", ""),
    ("产出指标", "时效指标", "积水点抢排响应时间", "30分钟以内", "25分钟", "5", "5", ""),
    ("产出指标", "成本指标", "每公里管网清疏成本", "≤1.2万元", "1.18万元", "5", "5", ""),
    ("效益指标", "社会效益指标", "消除城区易涝积水点", "12个", "12个", "8", "8", ""),
    ("效益指标", "社会效益指标", "汛期城区重大内涝灾害", "无重大内涝灾害", "无", "8", "8", ""),
    ("效益指标", "生态效益指标", "城市生活污水集中收集率", "≥70%", "67.2%", "8", "7.68",
     "老城区雨污分流改造未全部完成，2024年继续实施。"),
    ("效益指标", "可持续影响指标", "排水设施运维考核等级", "A级", "A级", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "城区居民满意度", "90%以上", "91.7%", "9", "9", ""),
    ("满意度指标", "服务对象满意度指标", "沿街商户满意度", "≥85%", "86.9%", "9", "9", ""),
]


def doc363(out: Path) -> None:
    """Suizhou (Hubei): 每周不少于2次, 每季度1次 / 全年4次, 95%以上, 30分钟以内, ≤0起, 无, A级."""
    _doc48(out, {"project": "2023年随州市城区排水防涝设施运行维护项目", "dept": "随州市住房和城乡建设局",
                 "agency": "随州市排水管理处"},
           ("1,100.00", "1,250.00", "1,200.00", "10", "96.00%", "9.60"),
           [("其中：省级补助资金", "400.00", "400.00", "400.00"),
            ("市级财政资金", "700.00", "850.00", "800.00")],
           ROWS363, ("100", "99.28", "优"), "填报人：严某某　　联系电话：0722-3265×××　　填报日期：2024年3月18日")


DOCX.update({"358": doc358, "361": doc361, "363": doc363})
XLSX.update({"359": xls359, "362": xls362})
HTML.update({"360": html360})


# ---------------------------------------------------------------- 382-387: structures, sixteenth round

# Suizhou: (l1, l2, name, target, actual, weight, score, note); a THREE-row header, 序号 down all three
ROWS382 = [
    ("产出指标", "数量指标", "清淤疏浚城区排水管网", "≥320公里", "326.5公里", "10", "10", ""),
    ("产出指标", "数量指标", "清掏雨污水检查井", "≥1.2万座", "1.26万座", "8", "8", ""),
    ("产出指标", "数量指标", "管网CCTV内窥检测", "≥85公里", "88公里", "6", "6", ""),
    ("产出指标", "质量指标", "清淤工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "清掏淤泥无害化处置率", "≥95%", "97.3%", "6", "6", ""),
    ("产出指标", "时效指标", "主汛期前清淤完成时间", "2023年5月31日前", "2023年5月26日", "6", "6", ""),
    ("产出指标", "成本指标", "每公里管网清淤成本", "≤2.8万元", "2.72万元", "8", "8", ""),
    ("效益指标", "社会效益指标", "城区易涝点减少", "≥15处", "12处", "8", "6.40",
     "3处易涝点涉及道路改造，纳入2024年整治计划。"),
    ("效益指标", "生态效益指标", "管网雨季溢流污染减少", "≥20%", "23.6%", "7", "7", ""),
    ("效益指标", "可持续影响指标", "排水设施长效养护机制", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "沿街商户满意度", "≥90%", "92.8%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "城区居民满意度", "≥90%", "93.5%", "9", "9", ""),
]


def doc382(out: Path) -> None:
    """Suizhou (Hubei): the indicator table under a THREE-row header: 序号 vMerged down all three rows, a
    绩效指标完成情况 cell across the rest; under it 绩效指标 / 指标值 / 评分 (偏差原因分析及改进措施 vMerged down
    two rows); then 一级指标 / 二级指标 / 三级指标 / 年度目标 / 实际完成 / 分值 / 得分. All three repeated."""
    d = new_document(landscape=True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年随州市城区排水管网清淤疏浚项目", "dept": "随州市城市管理执法委员会",
                   "agency": "随州市市政设施养护中心"},
               ("1,500.00", "1,600.00", "1,568.00", "10", "98.00%", "9.80"),
               [("其中：上级补助资金", "300.00", "300.00", "300.00"),
                ("市级财政资金", "1,200.00", "1,300.00", "1,268.00")],
               [3.0, 4.4, 2.8, 2.8, 2.8, 1.8, 2.4, 2.4])
    para(d, "")
    n = len(ROWS382)
    t = grid_table(d, n + 4, 9, [1.1, 2.0, 2.6, 4.4, 2.8, 2.8, 1.5, 1.5, 4.4], "Table Grid")
    vmerge(t, 0, 0, 2, "序号")
    fill(t.cell(0, 1).merge(t.cell(0, 8)), "绩效指标完成情况")
    fill(t.cell(1, 1).merge(t.cell(1, 3)), "绩效指标")
    fill(t.cell(1, 4).merge(t.cell(1, 5)), "指标值")
    fill(t.cell(1, 6).merge(t.cell(1, 7)), "评分")
    vmerge(t, 8, 1, 2, "偏差原因分析及改进措施")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度目标", "实际完成", "分值", "得分"], start=1):
        fill(t.cell(2, c), text)
    for r in range(3):
        repeat_header(t.rows[r])
    for depth in (0, 1):
        for a, b, text in _prefix_runs(ROWS382, depth):
            vmerge(t, 1 + depth, 3 + a, 3 + b, text)
    for i, (_l1, _l2, *rest) in enumerate(ROWS382):
        fill(t.cell(3 + i, 0), str(i + 1))
        for c, text in enumerate(rest, start=3):
            fill(t.cell(3 + i, c), text)
    fill(t.cell(n + 3, 0).merge(t.cell(n + 3, 5)), "总分")
    fill(t.cell(n + 3, 6), "100")
    fill(t.cell(n + 3, 7), "98.20")
    fill(t.cell(n + 3, 8), "自评等级：优")
    para(d, "填报人：程某某　　联系电话：0722-3318×××　　填报日期：2024年3月14日")
    d.save(out)


# Zhangjiajie: indicators as (l1, l2, name, target, actual, weight, score, note); the fund block's 全年执行数 by quarter
ROWS383 = [
    ("产出指标", "数量指标", "新建改建旅游厕所", "≥60座", "62座", 8, 8, ""),
    ("产出指标", "数量指标", "提升改造游客服务中心", "≥8个", "8个", 7, 7, ""),
    ("产出指标", "数量指标", "设置旅游交通标识牌", "≥350块", "366块", 6, 6, ""),
    ("产出指标", "质量指标", "旅游厕所验收合格率", "100%", (1, PCT0), 6, 6, ""),
    ("产出指标", "质量指标", "A级景区厕所达标率", "≥95%", (0.968, PCT1), 6, 6, ""),
    ("产出指标", "时效指标", "旅游旺季前完工时间", "2023年4月30日前", "2023年4月26日", 5, 5, ""),
    ("产出指标", "成本指标", "每座旅游厕所建设补助", "≤25万元", "24.6万元", 6, 6, ""),
    ("效益指标", "经济效益指标", "接待游客人次增长率", "≥8%", (0.112, PCT1), 8, 8, ""),
    ("效益指标", "社会效益指标", "带动周边群众就业", "≥500人", "468人", 8, 7.49,
     "部分改造工程采用装配式施工，用工人数减少。"),
    ("效益指标", "可持续影响指标", "旅游公共服务设施管护机制", "健全", "健全", 8, 8, ""),
    ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", (0.935, PCT1), 12, 12, ""),
    ("满意度指标", "服务对象满意度指标", "景区经营户满意度", "≥85%", (0.892, PCT1), 10, 10, ""),
]


def xls383(out: Path) -> None:
    """Zhangjiajie (Hunan): the fund block's 全年执行数 given PER QUARTER under a two-row fund header
    (全年执行数 over 一季度 / 二季度 / 三季度 / 四季度 / 合计, 合计 =SUM of the quarters), 执行率 = 合计 / 全年预算数."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHIJKL", (10, 14, 24, 13, 12, 10, 10, 10, 11, 10, 7, 8)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:L1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:L2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:L3", "2023年张家界市旅游公共服务设施提升项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:E4", "张家界市文化旅游广电体育局", left=True)
    merge(ws, "F4:G4", "实施单位")
    merge(ws, "H4:L4", "张家界市旅游发展服务中心", left=True)
    merge(ws, "A5:A9", "项目资金\n（万元）")
    merge(ws, "B5:B6", "")
    merge(ws, "C5:C6", "年初预算数")
    merge(ws, "D5:D6", "全年预算数")
    merge(ws, "E5:I5", "全年执行数")
    for col, text in zip("EFGHI", ("一季度", "二季度", "三季度", "四季度", "合计")):
        put(ws, f"{col}6", text)
    merge(ws, "J5:J6", "执行率")
    merge(ws, "K5:K6", "分值")
    merge(ws, "L5:L6", "得分")
    put(ws, "B7", "年度资金总额")
    for col in "CDEFGH":
        put(ws, f"{col}7", f"=SUM({col}8:{col}9)", MONEY)
    parts = [("其中：省级补助资金", (800, 800, 120, 210, 260, 210)), ("市级财政资金", (1000, 1100, 150, 280, 330, 302))]
    for r, (text, vals) in enumerate(parts, start=8):
        put(ws, f"B{r}", text)
        for col, v in zip("CDEFGH", vals):
            put(ws, f"{col}{r}", v, MONEY)
        for col in "JKL":
            put(ws, f"{col}{r}", "—")
    for r in (7, 8, 9):
        put(ws, f"I{r}", f"=SUM(E{r}:H{r})", MONEY)
    put(ws, "J7", "=I7/D7", PCT2)
    put(ws, "K7", 10)
    put(ws, "L7", "=ROUND(J7*K7,2)", "0.00")
    for col, text in zip("ABCDEFG", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")):
        put(ws, f"{col}10", text)
    merge(ws, "H10:L10", "偏差原因分析及改进措施")
    first = 11
    levels(ws, "A", "B", first, ROWS383)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS383):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
        merge(ws, f"H{r}:L{r}", note, left=True)
        ws.row_dimensions[r].height = 30 if note else 18
    end = first + len(ROWS383)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+K7")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+L7", "0.00")
    merge(ws, f"H{end}:L{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：向某某　　联系电话：0744-8226×××　　填报日期：2024年3月18日"
    landscape(ws)
    wb.save(out)


# Qingyuan: (l1, l2, name, low, high, actual, weight, score, note); the target as 下限 / 上限 columns, "/" for none
ROWS384 = [
    ("产出指标", "数量指标", "水源地水质监测断面", "24个", "/", "24个", "8", "8", ""),
    ("产出指标", "数量指标", "每断面年度采样监测次数", "12次", "24次", "18次", "6", "6", ""),
    ("产出指标", "数量指标", "设置水源保护区界标及警示牌", "120块", "/", "126块", "6", "6", ""),
    ("产出指标", "质量指标", "水样检测数据有效率", "98%", "100%", "99.4%", "6", "6", ""),
    ("产出指标", "质量指标", "出厂水pH值", "6.5", "8.5", "7.4", "6", "6", ""),
    ("产出指标", "时效指标", "超标预警信息报送时限", "/", "2小时", "1.5小时", "5", "5", ""),
    ("产出指标", "成本指标", "单断面年度监测成本", "/", "3.6万元", "3.45万元", "6", "6", ""),
    ("效益指标", "生态效益指标", "水功能区水质达标率", "95%", "/", "96.7%", "8", "8", ""),
    ("效益指标", "生态效益指标", "水源地总磷浓度", "/", "0.05mg/L", "0.042mg/L", "7", "7", ""),
    ("效益指标", "社会效益指标", "保障供水人口", "85万人", "/", "86.3万人", "8", "8", ""),
    ("效益指标", "可持续影响指标", "水源地长效保护机制", "健全", None, "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "水源地周边群众满意度", "90%", "/", "88.2%", "8", "7.84",
     "部分群众对保护区内禁养禁种措施理解不足，下一步加强宣传。"),
    ("满意度指标", "服务对象满意度指标", "供水用户满意度", "90%", "/", "93.1%", "8", "8", ""),
]


def html384(out: Path) -> None:
    """Qingyuan (Guangdong): a RANGE form: 年度指标值 split into 下限 / 上限 columns under a two-row header
    ("/" on the open side; a pH row with both bounds and no unit; a qualitative row's word across both)."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:9.5pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td,th{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle;font-weight:normal}"
           "th{font-weight:bold}td.l{text-align:left}td:not(.l){white-space:nowrap}"
           "@page{size:A4 landscape;margin:12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>清远市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><th>项目名称</th><td class="l" colspan="7">2023年清远市饮用水水源地水质监测与保护项目</td></tr>',
         '<tr><th>主管部门</th><td colspan="3">清远市生态环境局</td><th>实施单位</th>'
         '<td colspan="3">清远市环境监测站</td></tr>',
         '<tr><th rowspan="4">项目资金<br>（万元）</th><th>&nbsp;</th>'
         "<th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>分值</th><th>执行率</th><th>得分</th></tr>",
         "<tr><td>年度资金总额</td><td>680.00</td><td>720.00</td><td>705.60</td><td>10</td>"
         "<td>98.00%</td><td>9.80</td></tr>",
         "<tr><td>其中：省级补助资金</td><td>300.00</td><td>300.00</td><td>300.00</td><td>—</td>"
         "<td>—</td><td>—</td></tr>",
         "<tr><td>市级财政资金</td><td>380.00</td><td>420.00</td><td>405.60</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "</table>", "<table>", "<thead>",
         '<tr><th rowspan="2">一级指标</th><th rowspan="2">二级指标</th><th rowspan="2">三级指标</th>'
         '<th colspan="2">年度指标值</th><th rowspan="2">实际完成值</th><th rowspan="2">分值</th>'
         '<th rowspan="2">得分</th><th rowspan="2">偏差原因分析及改进措施</th></tr>',
         "<tr><th>下限</th><th>上限</th></tr>", "</thead>", "<tbody>"]
    starts = {depth: {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS384, depth)} for depth in (0, 1)}
    for i, (l1, l2, name, low, high, actual, weight, score, why) in enumerate(ROWS384):
        cells = []
        for depth, text in ((0, l1), (1, l2)):
            if i in starts[depth]:
                span = starts[depth][i]
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        bounds = f'<td colspan="2">{low}</td>' if high is None else f"<td>{low}</td><td>{high}</td>"
        cells += [f'<td class="l">{name}</td>', bounds, f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><th colspan="6">总分</th><td>100</td><td>99.64</td><td>自评等级：优</td></tr>', "</tbody></table>",
          "<p>注：年度指标值只填下限的为不低于下限，只填上限的为不高于上限，上下限均填的为区间值。</p>",
          "<p>填报人：黄某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0763-3362×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月13日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# Ya'an: (l1, l2, name, target, actual, done, weight, score, reason, measure); 是否完成 between actual and 分值
ROWS385 = [
    ("产出指标", "数量指标", "建设智慧教室", "≥120间", "124间", "是", "8", "8", "/", "/"),
    ("产出指标", "数量指标", "接入智慧教育平台学校", "≥180所", "186所", "是", "8", "8", "/", "/"),
    ("产出指标", "数量指标", "开展教师信息技术应用能力培训", "≥3000人次", "2760人次", "否", "6", "5.52",
     "2期培训与期末教学安排冲突，未能如期举办。", "2024年上半年补训，提前与学校对接排期。"),
    ("产出指标", "质量指标", "设备安装验收合格率", "100%", "100%", "是", "6", "6", "/", "/"),
    ("产出指标", "质量指标", "平台系统可用率", "≥99%", "99.6%", "是", "6", "6", "/", "/"),
    ("产出指标", "时效指标", "智慧教室投入使用时间", "2023年8月31日前", "2023年8月28日", "是", "5", "5", "/", "/"),
    ("产出指标", "成本指标", "每间智慧教室建设成本", "≤18万元", "17.6万元", "是", "6", "6", "/", "/"),
    ("效益指标", "社会效益指标", "优质课程资源覆盖学生", "≥12万人", "12.8万人", "是", "9", "9", "/", "/"),
    ("效益指标", "社会效益指标", "平台月均活跃教师比例", "≥70%", "66.5%", "否", "8", "7.60",
     "部分农村学校网络带宽不足，教师使用频次偏低。", "推进农村学校网络提速，纳入教师年度考核。"),
    ("效益指标", "可持续影响指标", "平台运维保障机制", "健全", "健全", "是", "8", "8", "/", "/"),
    ("满意度指标", "服务对象满意度指标", "教师满意度", "≥90%", "93.2%", "是", "10", "10", "/", "/"),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥85%", "88.1%", "是", "10", "10", "/", "/"),
]


def doc385(out: Path) -> None:
    """Ya'an (Sichuan): a 是否完成 column (是 / 否) between 实际完成值 and 分值, and the deviation in TWO columns
    偏差原因 / 改进措施 ("/" on completed rows); landscape, ten columns."""
    d = new_document(landscape=True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年雅安市中小学智慧教育平台建设项目", "dept": "雅安市教育局",
                   "agency": "雅安市教育信息技术装备中心"},
               ("2,400.00", "2,500.00", "2,450.00", "10", "98.00%", "9.80"),
               [("其中：省级补助资金", "1,000.00", "1,000.00", "1,000.00"),
                ("市级财政资金", "1,400.00", "1,500.00", "1,450.00")],
               [3.0, 4.6, 2.8, 2.8, 2.8, 1.8, 2.4, 2.4])
    para(d, "")
    n = len(ROWS385)
    t = grid_table(d, n + 2, 10, [2.0, 2.4, 4.0, 2.4, 2.4, 1.3, 1.3, 1.5, 4.1, 4.1], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "是否完成", "分值",
                              "得分", "偏差原因", "改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for depth in (0, 1):
        for a, b, text in _prefix_runs(ROWS385, depth):
            vmerge(t, depth, 1 + a, 1 + b, text)
    for r, (_l1, _l2, *rest) in enumerate(ROWS385, start=1):
        for c, text in enumerate(rest, start=2):
            fill(t.cell(r, c), text)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 5)), "总分")
    fill(t.cell(n + 1, 6), "100")
    fill(t.cell(n + 1, 7), "98.92")
    fill(t.cell(n + 1, 8).merge(t.cell(n + 1, 9)), "自评等级：优")
    para(d, "填报人：杨某某　　联系电话：0835-2236×××　　填报日期：2024年3月21日")
    d.save(out)


# Chuzhou: indicators as (l1, l2, name, target, actual, weight, score, note); the fund block with a 预算调整数 column
ROWS386 = [
    ("产出指标", "数量指标", "维修养护小型泵站", "≥85座", "88座", 8, 8, ""),
    ("产出指标", "数量指标", "清淤整治塘坝", "≥260口", "271口", 8, 8, ""),
    ("产出指标", "数量指标", "维修灌排渠道", "≥140公里", "146.2公里", 7, 7, ""),
    ("产出指标", "质量指标", "维修养护工程验收合格率", "100%", (1, PCT0), 6, 6, ""),
    ("产出指标", "时效指标", "汛前维修养护完成率", "≥90%", (0.874, PCT1), 6, 5.83,
     "部分塘坝因入汛提前无法施工，汛后已全部完成。"),
    ("产出指标", "成本指标", "每座泵站平均维修成本", "≤8万元", "7.85万元", 6, 6, ""),
    ("效益指标", "经济效益指标", "恢复和改善灌溉面积", "≥3.5万亩", "3.62万亩", 10, 10, ""),
    ("效益指标", "社会效益指标", "受益农户", "≥2.6万户", "2.71万户", 8, 8, ""),
    ("效益指标", "生态效益指标", "灌溉水有效利用系数", "≥0.56", "0.57", 6, 6, ""),
    ("效益指标", "可持续影响指标", "工程管护责任落实率", "100%", (1, PCT0), 6, 6, ""),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", (0.947, PCT1), 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "村集体经济组织满意度", "≥90%", (0.96, PCT1), 9, 9, ""),
]


def xls386(out: Path) -> None:
    """Chuzhou (Anhui): the fund block with a 预算调整数 column between 年初预算数 and 全年预算数 (signed:
    +260.00 / -80.00 / 0.00, 全年预算数 = 年初 + 调整 by formula), 执行率 = 执行数 / 全年预算数."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHI", (11, 15, 24, 14, 14, 13, 10, 8, 26)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:I1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:I3", "2023年滁州市小型农田水利设施维修养护项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "滁州市水利局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:I4", "滁州市农村水利服务中心", left=True)
    merge(ws, "A5:A9", "项目资金\n（万元）")
    for col, text in zip("BCDEFGHI", ("", "年初预算数", "预算调整数", "全年预算数", "全年执行数", "执行率", "分值",
                                       "得分")):
        put(ws, f"{col}5", text)
    signed = '+#,##0.00;-#,##0.00;0.00'
    put(ws, "B6", "年度资金总额")
    for col in "CDF":
        put(ws, f"{col}6", f"=SUM({col}7:{col}9)", signed if col == "D" else MONEY)
    parts = [("其中：中央补助资金", 1200, 0, 1200), ("省级补助资金", 600, -80, 520), ("市级财政资金", 900, 260, 1102.4)]
    for r, (text, initial, change, spent) in enumerate(parts, start=7):
        put(ws, f"B{r}", text)
        put(ws, f"C{r}", initial, MONEY)
        put(ws, f"D{r}", change, signed)
        put(ws, f"F{r}", spent, MONEY)
        for col in "GHI":
            put(ws, f"{col}{r}", "—")
    for r in range(6, 10):
        put(ws, f"E{r}", f"=C{r}+D{r}", MONEY)
    put(ws, "G6", "=F6/E6", PCT2)
    put(ws, "H6", 10)
    put(ws, "I6", "=ROUND(G6*H6,2)", "0.00")
    for col, text in zip("ABCDEFG", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")):
        put(ws, f"{col}10", text)
    merge(ws, "H10:I10", "偏差原因分析及改进措施")
    first = 11
    levels(ws, "A", "B", first, ROWS386)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS386):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
        merge(ws, f"H{r}:I{r}", note, left=True)
        ws.row_dimensions[r].height = 30 if note else 18
    end = first + len(ROWS386)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+H6")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+I6", "0.00")
    merge(ws, f"H{end}:I{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：吴某某　　联系电话：0550-3012×××　　填报日期：2024年3月15日"
    landscape(ws)
    wb.save(out)


# Binzhou: (l1, l2, name, target, actual, next_year, weight, score, note); next year's target beside the actual
ROWS387 = [
    ("产出指标", "数量指标", "改良盐碱地面积", "≥5万亩", "5.2万亩", "≥6万亩", "8", "8", ""),
    ("产出指标", "数量指标", "新建暗管排盐工程", "≥1.2万亩", "1.26万亩", "≥1.5万亩", "7", "7", ""),
    ("产出指标", "数量指标", "推广耐盐碱作物品种", "≥12个", "13个", "≥15个", "6", "6", ""),
    ("产出指标", "质量指标", "改良区耕层土壤含盐量下降", "≥15%", "16.8%", "≥18%", "6", "6", ""),
    ("产出指标", "质量指标", "改良工程验收合格率", "100%", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "改良工程完工时间", "2023年3月31日前", "2023年3月28日", "2024年3月31日前", "5", "5", ""),
    ("产出指标", "成本指标", "每亩改良补助标准", "≤600元", "585元", "≤600元", "6", "6", ""),
    ("效益指标", "经济效益指标", "改良区粮食亩均增产", "≥80公斤", "72公斤", "≥90公斤", "8", "7.20",
     "受7月持续高温干旱影响，部分地块增产不及预期。"),
    ("效益指标", "社会效益指标", "受益农户", "≥1.1万户", "1.15万户", "≥1.3万户", "8", "8", ""),
    ("效益指标", "可持续影响指标", "盐碱地综合利用技术推广机制", "健全", "健全", "持续完善", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "93.6%", "≥92%", "12", "12", ""),
    ("满意度指标", "服务对象满意度指标", "种植合作社满意度", "≥85%", "90.4%", "≥88%", "10", "10", ""),
]


def html387(out: Path) -> None:
    """Binzhou (Shandong): a 2024年度指标值（拟） column right of the 2023 pair (next year's targets, neither
    this year's target nor its actual), before 分值 / 得分."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:9.5pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold;background:#eee}td.l{text-align:left}@page{size:A4 landscape;margin:12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>滨州市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年滨州市盐碱地综合利用试点项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">滨州市农业农村局</td><td class="h">实施单位</td>'
         '<td colspan="3">滨州市农业技术推广中心</td></tr>',
         '<tr><td class="h" rowspan="5">项目资金<br>（万元）</td><td class="h">&nbsp;</td>'
         '<td class="h">年初预算数</td><td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td>'
         '<td class="h">执行率</td><td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>4,200.00</td><td>4,500.00</td><td>4,392.00</td><td>10</td>"
         "<td>97.60%</td><td>9.76</td></tr>",
         "<tr><td>其中：中央补助资金</td><td>2,000.00</td><td>2,000.00</td><td>2,000.00</td><td>—</td>"
         "<td>—</td><td>—</td></tr>",
         "<tr><td>省级补助资金</td><td>1,000.00</td><td>1,000.00</td><td>1,000.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>市级财政资金</td><td>1,200.00</td><td>1,500.00</td><td>1,392.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in [
             "一级指标", "二级指标", "三级指标", "2023年度指标值", "2023年实际完成值", "2024年度指标值（拟）", "分值",
             "得分", "偏差原因分析及改进措施"]) + "</tr>"]
    starts = {depth: {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS387, depth)} for depth in (0, 1)}
    for i, (l1, l2, name, target, actual, later, weight, score, why) in enumerate(ROWS387):
        cells = []
        for depth, text in ((0, l1), (1, l2)):
            if i in starts[depth]:
                span = starts[depth][i]
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{later}</td>",
                  f"<td>{weight}</td>", f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="6">总分</td><td>100</td><td>98.96</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：王某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0543-3168×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月20日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


DOCX.update({"382": doc382, "385": doc385})
XLSX.update({"383": xls383, "386": xls386})
HTML.update({"384": html384, "387": html387})


# ---------------------------------------------------------------- 388-393: slips planted blind, second round
# Fifty-fourth set: ordinary forms of places no set has had, each carrying 2-4 slips in shapes the forty-eighth
# set did not use (three fund sources, transposed digits, scores with more places than the weight, a grade word in
# the head block, range / suffix targets scored in full, 无 as a reason, a payment list and a prose share under the
# form). Rows: (l1, l2, name, target, actual, weight, score, note), as typed.

GRADE_NOTE54 = "注：自评等级按总分确定：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。"


def _doc54(out: Path, head: dict, fund: tuple, parts: list[tuple], rows: list[tuple], total: tuple,
           filler: str, head_grade: bool = False, after=None) -> None:
    """The common Word form (as _doc48), optionally with 自评得分 / 自评等级 as the head table's last row (the
    grade then only there, its scale in a 注 under the indicator table) and blocks written under the form."""
    d = new_document(landscape=True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    t = _head_fund(d, head, fund, parts, [3.0, 4.2, 2.8, 2.8, 2.8, 1.6, 2.2, 2.2])
    if head_grade:
        cells = t.add_row().cells
        fill(cells[0], "自评得分")
        fill(cells[1].merge(cells[3]), total[1])
        fill(cells[4], "自评等级")
        fill(cells[5].merge(cells[7]), total[2])
    para(d, "")
    n = len(rows)
    t = grid_table(d, n + 2, 8, [2.2, 2.6, 4.8, 3.0, 3.0, 1.5, 1.7, 5.8], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for row in t.rows[1:]:   # a row moves whole to the next page (w:cantSplit), as the template sets
        row._tr.get_or_add_trPr().append(_el("w:cantSplit"))
    for depth in (0, 1):
        for a, b, text in _prefix_runs(rows, depth):
            vmerge(t, depth, 1 + a, 1 + b, text)
    for r, (_l1, _l2, *rest) in enumerate(rows, start=1):
        for c, text in enumerate(rest, start=2):
            fill(t.cell(r, c), text)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    fill(t.cell(n + 1, 5), total[0])
    fill(t.cell(n + 1, 6), total[1])
    fill(t.cell(n + 1, 7), "" if head_grade else f"自评等级：{total[2]}")
    if head_grade:
        para(d, GRADE_NOTE54)
    if after:
        after(d)
        para(d, "")
    para(d, filler)
    d.save(out)


def _doc54_payments(title_text: str, items: list[tuple], total: str):
    """A 资金使用明细 table under the form: 序号 / 支出内容 / 金额（万元）, then 合计."""
    def add(d) -> None:
        para(d, "")
        para(d, title_text, 11, True)
        t = grid_table(d, len(items) + 2, 3, [2.0, 9.0, 4.0], "Table Grid")
        for c, text in enumerate(["序号", "支出内容", "金额（万元）"]):
            fill(t.cell(0, c), text)
        for r, (name, amount) in enumerate(items, start=1):
            fill(t.cell(r, 0), str(r))
            fill(t.cell(r, 1), name)
            fill(t.cell(r, 2), amount)
        fill(t.cell(len(items) + 1, 0).merge(t.cell(len(items) + 1, 1)), "合计")
        fill(t.cell(len(items) + 1, 2), total)
    return add


# Jincheng (Shanxi): three fund sources whose 全年执行数 parts do not add to the total (财政拨款 1,263.80 for
# 1,236.80); 88% against 90%以上 scored in full; the payment list under the form adding to 1,603.80 against its
# 合计 1,612.80. 配置垃圾转运车辆 written 已完成 with full marks: no slip (no figure given).
ROWS388 = [
    ("产出指标", "数量指标", "新建农村生活垃圾收集点", "≥600个", "624个", "8", "8", ""),
    ("产出指标", "数量指标", "配置垃圾转运车辆", "≥40辆", "已完成", "6", "6", ""),
    ("产出指标", "数量指标", "开展农村环境卫生整治督查", "≥24次", "26次", "6", "6", ""),
    ("产出指标", "质量指标", "垃圾收集点建设验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "农村生活垃圾无害化处理率", "90%以上", "88%", "8", "8",
     "部分山区村转运距离远，乡镇转运站年底方投运，2024年一季度全部纳入处理。"),
    ("产出指标", "时效指标", "项目完工时间", "2023年11月30日前", "2023年11月25日", "5", "5", ""),
    ("产出指标", "成本指标", "每个收集点建设成本", "≤1.5万元", "1.48万元", "5", "5", ""),
    ("效益指标", "社会效益指标", "生活垃圾收运覆盖行政村", "≥1200个", "1236个", "8", "8", ""),
    ("效益指标", "生态效益指标", "村庄环境卫生达标率", "≥85%", "87.6%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "农村生活垃圾治理长效机制", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "农村群众满意度", "≥90%", "93.8%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "村级保洁员满意度", "≥85%", "81.6%", "10", "9.6",
     "保洁员补助发放时间不固定，2024年起按月发放。"),
]


def doc388(out: Path) -> None:
    """Jincheng (Shanxi): slips JX204 (three sources, 1,263.80), JX401 (88% of 90%以上 in full), JX101 (list)."""
    _doc54(out, {"project": "2023年晋城市农村生活垃圾治理项目", "dept": "晋城市住房和城乡建设局",
                 "agency": "晋城市村镇建设服务中心"},
           ("1,500.00", "1,680.00", "1,612.80", "10", "96.00%", "9.60"),
           [("其中：财政拨款", "1,200.00", "1,280.00", "1,263.80"),
            ("上年结转资金", "200.00", "250.00", "250.00"),
            ("其他资金", "100.00", "150.00", "126.00")],
           ROWS388, ("100", "99.20", "优"),
           "填报人：郭某某　　联系电话：0356-2051×××　　填报日期：2024年3月21日",
           after=_doc54_payments("附：项目资金使用明细",
                                 [("农村生活垃圾收集点建设", "923.52"), ("垃圾转运车辆购置", "386.00"),
                                  ("环境卫生整治督查及第三方检测", "48.60"), ("村级保洁员补助", "245.68")],
                                 "1,612.80"))


# Tieling (Liaoning): 执行率 written 96.21% where 3,123.90 / 3,250.00 = 96.12% (得分 9.61 from the true rate);
# 10.50 of a weight of 10; a count with a decimal (12.5场次).
ROWS389 = [
    ("产出指标", "数量指标", "实施黑土地保护性耕作", "≥50万亩", "51.2万亩", "10", "10.50", ""),
    ("产出指标", "数量指标", "秸秆还田面积", "≥30万亩", "31.6万亩", "6", "6", ""),
    ("产出指标", "数量指标", "增施有机肥面积", "≥8万亩", "7.2万亩", "6", "5.4",
     "有机肥供应企业产能不足，0.8万亩延至2024年春耕前实施。"),
    ("产出指标", "数量指标", "开展保护性耕作技术培训", "≥12场次", "12.5场次", "4", "4", ""),
    ("产出指标", "质量指标", "耕地质量监测点覆盖率", "100%", "100%", "4", "4", ""),
    ("产出指标", "质量指标", "保护性耕作作业质量合格率", "≥95%", "96.8%", "4", "4", ""),
    ("产出指标", "时效指标", "作业补助资金兑付时间", "2023年12月31日前", "2023年12月20日", "4", "4", ""),
    ("产出指标", "成本指标", "保护性耕作每亩补助", "≤40元", "40元", "4", "4", ""),
    ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥30公斤", "32.5公斤", "8", "8", ""),
    ("效益指标", "生态效益指标", "秸秆综合利用率", "≥92%", "89.7%", "8", "7.8", "部分地块秸秆离田利用渠道不畅。"),
    ("效益指标", "可持续影响指标", "黑土地保护长效机制", "健全", "基本健全", "8", "6",
     "县级黑土地保护考核办法尚在制定，按评分标准扣2分。"),
    ("效益指标", "社会效益指标", "带动农户参与", "≥1.5万户", "1.56万户", "4", "4", ""),
    ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "92.4%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "农机合作社满意度", "≥85%", "76.5%", "10", "9",
     "部分合作社反映作业补助标准偏低，2024年研究调整。"),
]


def xls389(out: Path) -> None:
    """Tieling (Liaoning): slips JX202 (96.21% for 96.12%), JX301 (10.50 of 10), JX801 (12.5场次)."""
    _xls48(out, {"project": "2023年铁岭市黑土地保护利用项目", "dept": "铁岭市农业农村局",
                 "agency": "铁岭市农业技术推广中心"},
           ("2,800.00", "3,250.00", "3,123.90", "96.21%", "10", "9.61"),
           [("其中：中央补助资金", "2,000.00", "2,000.00", "2,000.00"),
            ("市级财政资金", "800.00", "1,250.00", "1,123.90")],
           ROWS389, ("100", "96.31", "优"), "填报人：王某某　　联系电话：024-7288××××　　填报日期：2024年3月15日")


def _html54(out: Path, page_title: str, head: dict, fund: tuple, parts: list[tuple], rows: list[tuple],
            total: tuple, filler: str, head_grade: bool = False, after: str = "") -> None:
    """A saved web page holding the common form (head / fund table, indicator table, 总分 row); with head_grade
    the 自评得分 / 自评等级 row closes the head table and the scale is a 注 under the indicators; `after` is
    HTML written under the form."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:9.5pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}table.list{width:60%}@page{size:A4 landscape;margin:12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>{page_title}</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         f'<tr><td class="h">项目名称</td><td class="l" colspan="7">{head["project"]}</td></tr>',
         f'<tr><td class="h">主管部门</td><td colspan="3">{head["dept"]}</td><td class="h">实施单位</td>'
         f'<td colspan="3">{head["agency"]}</td></tr>',
         f'<tr><td class="h" rowspan="{2 + len(parts)}">项目资金<br>（万元）</td><td class="h">&nbsp;</td>'
         '<td class="h">年初预算数</td><td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td>'
         '<td class="h">执行率</td><td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td>" + "".join(f"<td>{v}</td>" for v in fund) + "</tr>"]
    for label, *vals in parts:
        h.append(f"<tr><td>{label}</td>" + "".join(f"<td>{v}</td>" for v in vals) + "<td>—</td>" * 3 + "</tr>")
    if head_grade:
        h.append(f'<tr><td class="h">自评得分</td><td colspan="3">{total[1]}</td><td class="h">自评等级</td>'
                 f'<td colspan="3">{total[2]}</td></tr>')
    h += ["</table>", "<table>",
          "<tr>" + "".join(f'<td class="h">{x}</td>' for x in ["一级指标", "二级指标", "三级指标", "年度指标值",
                                                             "实际完成值", "分值", "得分",
                                                             "偏差原因分析及改进措施"]) + "</tr>"]
    starts = {depth: {a: b - a + 1 for a, b, _t in _prefix_runs(rows, depth)} for depth in (0, 1)}
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(rows):
        cells = []
        for depth, text in ((0, l1), (1, l2)):
            if i in starts[depth]:
                span = starts[depth][i]
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    last = "&nbsp;" if head_grade else f"自评等级：{total[2]}"
    h += [f'<tr><td class="h" colspan="5">总分</td><td>{total[0]}</td><td>{total[1]}</td><td>{last}</td></tr>',
          "</table>"]
    if head_grade:
        h.append(f"<p>{GRADE_NOTE54}</p>")
    h += [after, f"<p>{filler}</p>", "</body></html>"]
    out.write_text("\n".join(x for x in h if x) + "\n", encoding="utf-8")


# Heyuan (Guangdong): 总分 written 89.85 where rows 80.58 + fund 9.00 = 89.58; 优 in the head block for a total
# under 90 (良 on the 注's scale); 540人次 of ≥600人次 with 无 as its reason.
ROWS390 = [
    ("产出指标", "数量指标", "完成村卫生站标准化建设", "≥150个", "138个", "10", "9.2",
     "12个村卫生站用地手续未完善，延至2024年建设。"),
    ("产出指标", "数量指标", "配备村卫生站基本医疗设备", "≥150套", "120套", "6", "4.8",
     "设备统一招标延期，30套于2024年1月到货。"),
    ("产出指标", "数量指标", "培训乡村医生", "≥600人次", "540人次", "6", "5.4", "无"),
    ("产出指标", "质量指标", "建设项目验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "村卫生站医保结算开通率", "≥95%", "96.7%", "6", "6", ""),
    ("产出指标", "时效指标", "项目完工时间", "2023年12月31日前", "2023年12月26日", "5", "5", ""),
    ("产出指标", "成本指标", "每个村卫生站建设补助", "≤5万元", "5万元", "5", "5", ""),
    ("效益指标", "社会效益指标", "村卫生站基本公共卫生服务覆盖率", "≥95%", "91.2%", "8", "7.68",
     "部分偏远自然村服务半径大，2024年增设巡诊点。"),
    ("效益指标", "社会效益指标", "常住人口家庭医生签约率", "≥45%", "40.5%", "8", "7.2", "部分外出务工人员签约意愿低。"),
    ("效益指标", "可持续影响指标", "村卫生站运行保障机制", "健全", "基本健全", "10", "6",
     "乡村医生待遇保障办法尚待出台，按评分标准扣4分。"),
    ("满意度指标", "服务对象满意度指标", "村民就医满意度", "≥90%", "81.9%", "10", "9.1",
     "部分村卫生站药品种类较少，2024年扩充基本药物目录。"),
    ("满意度指标", "服务对象满意度指标", "乡村医生满意度", "≥85%", "78.2%", "10", "9.2",
     "乡村医生收入偏低，正推动落实补助政策。"),
]


def html390(out: Path) -> None:
    """Heyuan (Guangdong): slips JX302 (89.85 for 89.58), JX304 (优 in the head block), JX402 (无)."""
    _html54(out, "河源市2023年度项目支出绩效自评表",
            {"project": "2023年河源市村卫生站标准化建设项目", "dept": "河源市卫生健康局",
             "agency": "河源市基层卫生服务指导中心"},
            ("860.00", "920.00", "828.00", "10", "90.00%", "9.00"),
            [("其中：省级补助资金", "500.00", "500.00", "500.00"), ("市级财政资金", "360.00", "420.00", "328.00")],
            ROWS390, ("100", "89.85", "优"),
            "填报人：黄某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0762-3386×××&nbsp;&nbsp;&nbsp;&nbsp;填报日期：2024年3月26日",
            head_grade=True)


# Baoshan (Yunnan): 优 in the head block for 总分 89.31 (良 on the 注's scale); 执行率 written 96.21% where
# 1,393.74 / 1,450.00 = 96.12% (得分 9.61 from the true rate); a prose share 66.0% where 836.24 / 1,393.74 = 60.0%.
ROWS391 = [
    ("产出指标", "数量指标", "咖啡低产园改造", "≥3万亩", "2.7万亩", "8", "7.2", "部分地块遭遇霜冻，改造推迟至2024年春季。"),
    ("产出指标", "数量指标", "建设咖啡精品庄园", "≥20个", "16个", "8", "6.4", "4个庄园土地流转未完成，延至2024年建设。"),
    ("产出指标", "数量指标", "开展咖啡种植技术培训", "≥60期", "45期", "6", "4.5", "雨季部分培训取消，2024年一季度补训。"),
    ("产出指标", "质量指标", "精品咖啡豆占比", "≥20%", "18.4%", "6", "5.52", "7月低温影响鲜果品质。"),
    ("产出指标", "质量指标", "改造园验收合格率", "≥95%", "97.1%", "6", "6", ""),
    ("产出指标", "时效指标", "补助资金兑付时间", "2023年12月20日前", "2023年12月15日", "5", "5", ""),
    ("产出指标", "成本指标", "每亩低产园改造补助", "≤500元", "480元", "5", "5", ""),
    ("效益指标", "经济效益指标", "咖啡种植户亩均增收", "≥800元", "720元", "8", "7.2", "国际咖啡生豆价格下行，增收低于预期。"),
    ("效益指标", "社会效益指标", "带动脱贫人口就业", "≥2000人", "1720人", "8", "6.88", "2家加工企业投产推迟。"),
    ("效益指标", "可持续影响指标", "保山小粒咖啡区域公用品牌影响力", "持续提升", "有所提升", "10", "7",
     "品牌宣传推介活动少于计划，按评分标准扣3分。"),
    ("满意度指标", "服务对象满意度指标", "咖啡种植户满意度", "≥90%", "86.4%", "10", "9.6",
     "部分农户对补助兑付方式有意见。"),
    ("满意度指标", "服务对象满意度指标", "咖啡加工企业满意度", "≥85%", "79.9%", "10", "9.4", "部分企业反映鲜果收购量不足。"),
]


def doc391(out: Path) -> None:
    """Baoshan (Yunnan): slips JX304 (优 in the head block), JX202 (96.21% for 96.12%), JX601 (66.0%)."""
    def prose(d) -> None:
        para(d, "")
        para(d, "项目资金主要用于咖啡精品庄园提升改造和低产园改造，其中精品庄园提升改造支出836.24万元，"
                "占全年执行数的66.0%。")
    _doc54(out, {"project": "2023年保山市咖啡产业提质增效项目", "dept": "保山市农业农村局",
                 "agency": "保山市热带作物工作站"},
           ("1,300.00", "1,450.00", "1,393.74", "10", "96.21%", "9.61"),
           [("其中：省级补助资金", "600.00", "600.00", "600.00"), ("市级财政资金", "700.00", "850.00", "793.74")],
           ROWS391, ("100", "89.31", "优"),
           "填报人：杨某某　　联系电话：0875-2125×××　　填报日期：2024年3月20日", head_grade=True, after=prose)


# Wuzhong (Ningxia): three fund sources, 其他资金 全年执行数 written 18.00 (the total 2,401.00 wants 180.00);
# 9.2万亩 of ≥10万亩 with 无 as its reason; 88% against 90%-100% scored in full. 带动农户 written 完成 with full
# marks: no slip (no figure given).
ROWS392 = [
    ("产出指标", "数量指标", "新建改造标准化奶牛养殖场", "≥25个", "26个", "8", "8", ""),
    ("产出指标", "数量指标", "引进良种奶牛", "≥3000头", "3120头", "8", "8", ""),
    ("产出指标", "数量指标", "推广青贮玉米种植", "≥10万亩", "9.2万亩", "6", "5.52", "无"),
    ("产出指标", "质量指标", "生鲜乳抽检合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "标准化养殖场验收达标率", "90%-100%", "88%", "6", "6",
     "3家养殖场粪污处理设施年底方完工，2024年上半年复验。"),
    ("产出指标", "时效指标", "项目建设完成时间", "2023年11月30日前", "2023年11月28日", "5", "5", ""),
    ("产出指标", "成本指标", "每头良种奶牛引进补助", "≤5000元", "5000元", "5", "5", ""),
    ("效益指标", "经济效益指标", "项目区奶农人均增收", "≥3000元", "3260元", "8", "8", ""),
    ("效益指标", "社会效益指标", "带动农户发展奶牛养殖", "≥1200户", "完成", "6", "6", ""),
    ("效益指标", "生态效益指标", "畜禽粪污资源化利用率", "≥90%", "91.5%", "6", "6", ""),
    ("效益指标", "可持续影响指标", "奶产业联农带农机制", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "奶农满意度", "≥90%", "93.6%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "乳品加工企业满意度", "≥85%", "87.1%", "10", "10", ""),
]


def xls392(out: Path) -> None:
    """Wuzhong (Ningxia): slips JX204 (其他资金 18.00), JX402 (无), JX401 (88% of 90%-100% in full)."""
    _xls48(out, {"project": "2023年吴忠市奶产业高质量发展项目", "dept": "吴忠市农业农村局",
                 "agency": "吴忠市畜牧水产技术推广服务中心"},
           ("2,200.00", "2,450.00", "2,401.00", "98.00%", "10", "9.80"),
           [("其中：财政拨款", "1,800.00", "1,950.00", "1,921.00"), ("上年结转资金", "300.00", "300.00", "300.00"),
            ("其他资金", "100.00", "200.00", "18.00")],
           ROWS392, ("100", "99.32", "优"), "填报人：马某某　　联系电话：0953-2021×××　　填报日期：2024年3月27日")


# Zhangjiajie (Hunan): 10.50 of a weight of 10; 总分 98.49 where rows 89.34 + fund 9.60 = 98.94; the payment
# list under the form adding to 1,278.00 against its 合计 1,296.00; a prose share 42.7% where 612.00 / 1,296.00
# = 47.2%.
ROWS393 = [
    ("产出指标", "数量指标", "建设景区智慧导览系统", "≥12个", "12个", "10", "10.50", ""),
    ("产出指标", "数量指标", "新增景区客流监测点", "≥80个", "84个", "6", "6", ""),
    ("产出指标", "数量指标", "开展智慧旅游从业人员培训", "≥20期", "18期", "6", "5.4", "2期培训因旺季接待任务推迟至2024年。"),
    ("产出指标", "质量指标", "系统上线运行稳定率", "≥99%", "99.6%", "6", "6", ""),
    ("产出指标", "质量指标", "项目验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "系统上线时间", "2023年10月31日前", "2023年10月20日", "5", "5", ""),
    ("产出指标", "成本指标", "每个客流监测点建设成本", "≤3万元", "2.85万元", "5", "5", ""),
    ("效益指标", "经济效益指标", "旅游线上预订收入增长率", "≥10%", "12.6%", "8", "8", ""),
    ("效益指标", "社会效益指标", "景区分时预约覆盖率", "≥90%", "92.3%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "智慧旅游平台运维机制", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "91.8%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "景区经营单位满意度", "≥85%", "80.2%", "10", "9.44",
     "部分景区反映系统对接工作量大，2024年简化接口。"),
]


def html393(out: Path) -> None:
    """Zhangjiajie (Hunan): slips JX301 (10.50 of 10), JX302 (98.49 for 98.94), JX101 (list), JX601 (42.7%)."""
    items = [("景区智慧导览系统建设", "612.00"), ("景区客流监测点建设", "239.40"), ("数据平台及网络租赁", "268.60"),
             ("智慧旅游从业人员培训", "36.00"), ("系统运维及第三方检测", "122.00")]
    after = ('<div style="break-inside:avoid"><p><b>附：项目资金使用明细</b></p>'
             '<table class="list"><tr><td class="h">序号</td><td class="h">支出内容</td>'
             '<td class="h">金额（万元）</td></tr>'
             + "".join(f'<tr><td>{k}</td><td class="l">{name}</td><td>{amount}</td></tr>'
                       for k, (name, amount) in enumerate(items, start=1))
             + '<tr><td class="h" colspan="2">合计</td><td>1,296.00</td></tr></table></div>'
             "<p>项目资金主要用于景区智慧导览系统和客流监测点建设，其中景区智慧导览系统建设支出612.00万元，"
             "占全年执行数的42.7%。</p>")
    _html54(out, "张家界市2023年度项目支出绩效自评表",
            {"project": "2023年张家界市智慧旅游建设项目", "dept": "张家界市文化旅游广电体育局",
             "agency": "张家界市旅游信息中心"},
            ("1,200.00", "1,350.00", "1,296.00", "10", "96.00%", "9.60"),
            [("其中：省级补助资金", "500.00", "500.00", "500.00"), ("市级财政资金", "700.00", "850.00", "796.00")],
            ROWS393, ("100", "98.49", "优"),
            "填报人：向某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0744-8225×××&nbsp;&nbsp;&nbsp;&nbsp;填报日期：2024年3月18日",
            after=after)


DOCX.update({"388": doc388, "391": doc391})
XLSX.update({"389": xls389, "392": xls392})
HTML.update({"390": html390, "393": html393})


# ---------------------------------------------------------------- 370-375: careless filling, second round
# Ordinary templates filled by a hurried clerk (fifty-first set, written blind): slips of FORM only (tracked
# changes left unaccepted, a comment, hidden columns / rows / sheets, figures stored as text, IME full stops and
# decimal commas, O for 0 and l for 1, a missing %, a unit typed twice, coloured cells, a name in the level-2
# column, white-on-white leftovers); the arithmetic of every form is consistent. Rows: (l1, l2, name, target,
# actual, weight, score, note); a cell value given as a callable fills the cell itself.

def _runs_props(cell, tag: str, val: str) -> None:
    """A character property (w:color, w:highlight) on every run of a cell, as a clerk's formatting leaves it."""
    for r in cell._tc.iter(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        if rpr is None:
            rpr = _el("w:rPr")
            r.insert(0, rpr)
        rpr.append(_el(tag, **{"w:val": val}))


def _red(cell) -> None:
    _runs_props(cell, "w:color", "FF0000")


def _yellow(cell) -> None:
    _runs_props(cell, "w:highlight", "yellow")


def _white(cell) -> None:
    _runs_props(cell, "w:color", "FFFFFF")


def _doc51(out: Path, head: dict, fund: tuple, parts: list[tuple], rows: list[tuple], total: tuple,
           filler: str, touch=None) -> None:
    """The common Word form (as _doc48) whose cells may be filled by callables; touch(d, head_table, table)
    then marks what the clerk left (tracked changes, comments, colours)."""
    d = new_document(landscape=True)
    d.sections[0].top_margin = d.sections[0].bottom_margin = Cm(1.5)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    ht = _head_fund(d, head, fund, parts, [3.0, 4.2, 2.8, 2.8, 2.8, 1.6, 2.2, 2.2])
    gap = para(d, "")   # a thin paragraph keeps the two tables apart (adjacent tables would join)
    gap.paragraph_format.line_spacing = Pt(8)
    gap.paragraph_format.space_after = Pt(0)
    n = len(rows)
    t = grid_table(d, n + 2, 8, [2.5, 3.0, 4.6, 3.0, 3.0, 1.5, 1.7, 5.3], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for depth in (0, 1):
        for a, b, text in _prefix_runs(rows, depth):
            vmerge(t, depth, 1 + a, 1 + b, text)
    for r, (_l1, _l2, *rest) in enumerate(rows, start=1):
        for c, val in enumerate(rest, start=2):
            val(t.cell(r, c)) if callable(val) else fill(t.cell(r, c), val)
    fill(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "总分")
    for c, val in ((5, total[0]), (6, total[1])):
        val(t.cell(n + 1, c)) if callable(val) else fill(t.cell(n + 1, c), val)
    fill(t.cell(n + 1, 7), f"自评等级：{total[2]}")
    if touch:
        touch(d, ht, t)
    _renumber_revisions(d)
    final_view(d)
    para(d, filler)
    d.save(out)


# Suihua (Heilongjiang): the fund's 全年执行数 / 执行率 / 得分, one actual and 总分 changed with track changes ON
# and never accepted (w:del old, w:ins new); a reviewer's COMMENT on a name cell quoting the old figure; l for 1
# in an actual (l2个).
ROWS370 = [
    ("产出指标", "数量指标", "实施黑土地保护性耕作面积", "≥120万亩",
     lambda c: tracked(c, "118.6", "126.4", "万亩"), "10", "10", ""),
    ("产出指标", "数量指标", "建设黑土地保护利用示范区", "≥12个", "l2个", "6", "6", ""),
    ("产出指标", "数量指标", "秸秆还田面积", "≥80万亩", "84.5万亩", "6", "6", ""),
    ("产出指标", "质量指标", "保护性耕作作业质量核查合格率", "≥95%", "97.6%", "6", "6", ""),
    ("产出指标", "质量指标", "耕地质量监测点数据有效率", "100%", "100%", "5", "5", ""),
    ("产出指标", "时效指标", "作业补助资金兑付时间", "2023年12月31日前", "2023年12月20日", "5", "5", ""),
    ("产出指标", "成本指标", "保护性耕作作业补助标准", "≤40元/亩", "40元/亩", "6", "6", ""),
    ("效益指标", "经济效益指标", "亩均节本增效", "≥50元", "56元", "8", "8", ""),
    ("效益指标", "生态效益指标", "耕地土壤有机质含量提高", "≥0.1个百分点", "0.12个百分点", "8", "8", ""),
    ("效益指标", "生态效益指标", "秸秆综合利用率", "≥95%", "96.3%", "6", "6", ""),
    ("效益指标", "可持续影响指标", "黑土地保护利用长效机制", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "94.2%", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "农机专业合作社满意度", "≥90%", "88.2%", "8", "7.84",
     "部分合作社反映补助兑付周期偏长，2024年压缩审核环节。"),
]


def doc370(out: Path) -> None:
    """Suihua (Heilongjiang): tracked changes left in figure cells (final view read), a comment, l2个."""
    def touch(d, ht, t):
        tracked(ht.cell(3, 4), "3,298.00", "3,332.00")
        tracked(ht.cell(3, 6), "97.00%", "98.00%")
        tracked(ht.cell(3, 7), "9.70", "9.80")
        note = d.add_comment(t.cell(1, 2).paragraphs[0].runs, text="原填118.6万亩为10月底进度数，"
                             "请按县级核查面积更新。", author="审核人", initials="SH")
        note._comment_elm.set(qn("w:date"), STAMP)
    _doc51(out, {"project": "2023年绥化市黑土地保护性耕作项目", "dept": "绥化市农业农村局",
                 "agency": "绥化市农业技术推广中心"},
           ("3,200.00", "3,400.00", "3,332.00", "10", "98.00%", "9.80"),
           [("其中：中央补助资金", "2,600.00", "2,600.00", "2,600.00"),
            ("市级财政资金", "600.00", "800.00", "732.00")],
           ROWS370, ("100", lambda c: tracked(c, "99.54", "99.64"), "优"),
           "填报人：孙某某　　联系电话：0455-8326×××　　填报日期：2024年3月15日", touch)


# Jincheng (Shanxi): a unit typed twice (88个个), two decimal points typed as the full-width IME full stop
# (93。6%, 92。5%), an actual highlighted yellow, a score in red font.
ROWS371 = [
    ("产出指标", "数量指标", "完成农村生活污水治理行政村", "≥85个", "88个个", "8", "8", ""),
    ("产出指标", "数量指标", "新建污水处理设施", "≥60座", "62座", "7", "7", ""),
    ("产出指标", "数量指标", "新建污水收集管网", "≥120公里", "116.4公里", "7", "6.79",
     "2个村管网受冬季施工限制，2024年4月前完工。"),
    ("产出指标", "质量指标", "设施出水水质达标率", "≥90%", "93。6%", "6", "6", ""),
    ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "治理工程完工时间", "2023年11月30日前", "2023年11月25日", "5", "5", ""),
    ("产出指标", "成本指标", "单村治理平均投资", "≤18万元", "17.6万元", "5", "5", ""),
    ("效益指标", "生态效益指标", "农村生活污水治理率", "≥45%", "47.2%", "10", "10", ""),
    ("效益指标", "社会效益指标", "受益农户", "≥2.1万户", "2.24万户", "8", "8", ""),
    ("效益指标", "可持续影响指标", "设施运行维护管理机制", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "92。5%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "村委会满意度", "≥90%", "96.1%", "10", "10", ""),
]


def doc371(out: Path) -> None:
    """Jincheng (Shanxi): 88个个, 93。6% / 92。5%, a yellow-highlighted actual, a red score."""
    def touch(d, ht, t):
        _yellow(t.cell(3, 4))
        _red(t.cell(9, 6))
    _doc51(out, {"project": "2023年晋城市农村生活污水治理项目", "dept": "晋城市生态环境局",
                 "agency": "晋城市农村环境综合整治服务中心"},
           ("1,500.00", "1,650.00", "1,617.00", "10", "98.00%", "9.80"),
           [("其中：省级补助资金", "900.00", "900.00", "900.00"), ("市级财政资金", "600.00", "750.00", "717.00")],
           ROWS371, ("100", "99.59", "优"), "填报人：郭某某　　联系电话：0356-2036×××　　填报日期：2024年3月12日",
           touch)


def _put51(ws, ref: str, value, left: bool = False):
    """A cell as the clerk typed it: (number, format) a number shown in that format; a str starting with ' a
    figure typed with a leading apostrophe (stored as text, Excel's quotePrefix); other str text."""
    if isinstance(value, tuple):
        return put(ws, ref, value[0], fmt=value[1], left=left)
    if isinstance(value, str) and value.startswith("'"):
        c = put(ws, ref, value[1:], left=left)
        c._style.quotePrefix = 1
        return c
    return put(ws, ref, value, left=left)


def _xls51(ws, head: dict, fund: tuple, parts: list[tuple], heads: list[str], rows: list[tuple],
           total: tuple, filler: str, widths: tuple) -> int:
    """The common Excel form on ws with len(heads) columns, figures typed (no formulas); returns the first
    indicator row."""
    cols = "ABCDEFGHI"[:len(heads)]
    end_col = cols[-1]
    for col, w in zip(cols, widths):
        ws.column_dimensions[col].width = w
    title(ws, f"A1:{end_col}1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells(f"A2:{end_col}2")
    put(ws, "A3", "项目名称")
    merge(ws, f"B3:{end_col}3", head["project"], left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:C4", head["dept"], left=True)
    put(ws, "D4", "实施单位")
    merge(ws, f"E4:{end_col}4", head["agency"], left=True)
    last = 6 + len(parts)
    merge(ws, f"A5:A{last}", "项目资金\n（万元）")
    # nine columns: the fund's 全年执行数 merged over the extra column so the fund block stays whole
    fund_cols = "BCDEFGH" if end_col == "H" else "BCDEGHI"

    def span(col, r, v):
        if col == "E" and end_col == "I":
            merge(ws, f"E{r}:F{r}", None)
        _put51(ws, f"{col}{r}", v)
    for col, text in zip(fund_cols, ("", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分")):
        span(col, 5, text)
    span("B", 6, "年度资金总额")
    for col, v in zip(fund_cols[1:], fund):
        span(col, 6, v)
    for r, (label, *vals) in enumerate(parts, start=7):
        span("B", r, label)
        for col, v in zip("CDE", vals):
            span(col, r, v)
        for col in fund_cols[4:]:
            span(col, r, "—")
    hr = last + 1
    for col, text in zip(cols, heads):
        put(ws, f"{col}{hr}", text)
    first = hr + 1
    levels(ws, "A", "B", first, rows)
    for i, row in enumerate(rows):
        r = first + i
        for col, v in zip(cols[2:], row[2:]):
            _put51(ws, f"{col}{r}", v, left=col in ("C", end_col))
        ws.row_dimensions[r].height = 30 if row[-1] else 18
    end = first + len(rows)
    merge(ws, f"A{end}:{cols[-4]}{end}", "总分")
    _put51(ws, f"{cols[-3]}{end}", total[0])
    _put51(ws, f"{cols[-2]}{end}", total[1])
    put(ws, f"{end_col}{end}", f"自评等级：{total[2]}")
    ws[f"A{end + 2}"] = filler
    landscape(ws)
    return first


HEADS51 = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]

# Bazhong (Sichuan): a HIDDEN column F (2022年完成值, last year's figures) inside the table; a HIDDEN SHEET
# 自评表（初稿） holding an older copy with other figures; figures typed with a leading apostrophe (text) beside
# real numbers (percent actuals 0.972 shown 97.2% beside '98.8%; weights 6 beside '6; a fund part '934.00).
ROWS372 = [
    ("产出指标", "数量指标", "中药材标准化种植基地", "≥5万亩", "5.3万亩", "4.6万亩", 8, 8, ""),
    ("产出指标", "数量指标", "建设良种繁育基地", "≥6个", "6个", "4个", 6, 6, ""),
    ("产出指标", "数量指标", "培训中药材种植户", "≥3000人次", "3260人次", "2850人次", 6, 6, ""),
    ("产出指标", "质量指标", "种苗质量抽检合格率", "≥95%", (0.972, PCT1), (0.958, PCT1), "'6", 6, ""),
    ("产出指标", "质量指标", "中药材农残抽检合格率", "≥98%", "'98.8%", "'98.1%", 6, 6, ""),
    ("产出指标", "时效指标", "补助资金兑付时间", "2023年12月20日前", "2023年12月15日", "2022年12月26日", 5, 5, ""),
    ("产出指标", "成本指标", "每亩种植基地建设补助", "≤300元", "300元", "300元", 5, 5, ""),
    ("效益指标", "经济效益指标", "带动中药材产值增加", "≥2.5亿元", "2.72亿元", "2.31亿元", 8, 8, ""),
    ("效益指标", "社会效益指标", "带动农户增收户数", "≥1.2万户", "1.16万户", "1.02万户", 8, "'7.73",
     "部分乡镇新建基地当年未进入采收期，带动户数未达预期，2024年扩大订单收购。"),
    ("效益指标", "生态效益指标", "种植基地绿色防控覆盖率", "≥80%", (0.846, PCT1), (0.781, PCT1), 6, 6, ""),
    ("效益指标", "可持续影响指标", "“巴药”区域公用品牌影响力", "逐步提升", "逐步提升", "有所提升", 6, 6, ""),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "'95.3%", "'92.6%", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "中药材加工企业满意度", "≥85%", (0.912, PCT1), (0.884, PCT1), "'10", 10, ""),
]
# the older draft (hidden sheet): other figures, the same rows
DRAFT372 = [r[:4] + (r[5], r[5], r[6], r[7], "") for r in ROWS372]


def xls372(out: Path) -> None:
    """Bazhong (Sichuan): hidden column F (last year), hidden sheet 自评表（初稿）, apostrophe-typed figures."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    heads = HEADS51[:5] + ["2022年完成值"] + HEADS51[5:]
    widths = (11, 14, 26, 17, 16, 14, 8, 8, 34)
    head = {"project": "2023年巴中市中药材产业发展项目", "dept": "巴中市农业农村局",
            "agency": "巴中市经济作物技术推广站"}
    parts = [("其中：省级补助资金", (1200, MONEY), (1200, MONEY), (1200, MONEY)),
             ("市级财政资金", (800, MONEY), (1000, MONEY), "'934.00")]
    _xls51(ws, head, ((2000, MONEY), (2200, MONEY), (2134, MONEY), (0.97, PCT2), 10, (9.7, "0.00")), parts, heads,
           ROWS372, (100, (99.43, "0.00"), "优"), "填报人：何某某　　联系电话：0827-5266×××　　填报日期：2024年3月21日",
           widths)
    ws.column_dimensions["F"].hidden = True
    draft = wb.create_sheet("自评表（初稿）")
    _xls51(draft, head, ((2000, MONEY), (2200, MONEY), (1936, MONEY), (0.88, PCT2), 10, 8.8),
           [parts[0], ("市级财政资金", (800, MONEY), (1000, MONEY), (736, MONEY))], heads, DRAFT372,
           (100, 98.1, "优"), "填报人：何某某　　（初稿）", widths)
    draft.sheet_state = "hidden"
    wb.save(out)


# Baoshan (Yunnan): HIDDEN template rows (指标3： / 指标4： placeholders) left under the indicators; one
# percent target typed without its % (≥95 in a column of ≥90% rows); decimal COMMAS (23,5%, 82,4%); a figure
# in red font.
ROWS373 = [
    ("产出指标", "数量指标", "咖啡低产园改造", "≥3万亩", "3.12万亩", "8", "8", ""),
    ("产出指标", "数量指标", "建设咖啡精深加工生产线", "≥4条", "4条", "6", "6", ""),
    ("产出指标", "数量指标", "培训咖农", "≥5000人次", "5380人次", "6", "6", ""),
    ("产出指标", "质量指标", "改造园区种苗成活率", "≥95", "96.8%", "6", "6", ""),
    ("产出指标", "质量指标", "精品咖啡豆比例", "≥20%", "23,5%", "6", "6", ""),
    ("产出指标", "时效指标", "补助资金拨付时间", "2023年11月30日前", "2023年11月28日", "4", "4", ""),
    ("产出指标", "成本指标", "每亩低产园改造补助", "≤500元", "480元", "4", "4", ""),
    ("效益指标", "经济效益指标", "咖啡产业综合产值", "≥40亿元", "41.6亿元", "8", "8", ""),
    ("效益指标", "社会效益指标", "带动咖农户数", "≥2.5万户", "2.58万户", "8", "8", ""),
    ("效益指标", "生态效益指标", "咖啡园绿色防控覆盖率", "≥85%", "82,4%", "6", "5.82",
     "部分山地咖啡园交通不便，统防统治未全覆盖，2024年增配无人机。"),
    ("效益指标", "可持续影响指标", "保山小粒咖啡品牌影响力", "持续提升", "持续提升", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "咖农满意度", "≥90%", "93.6%", "12", "12", ""),
    ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥85%", "91.2%", "10", "10", ""),
]


# the template's spare rows, hidden instead of deleted (inside the 满意度 level cells' merge)
TEMPLATE373 = [("满意度指标", "服务对象满意度指标", label, "≥**%", "", "", "", "") for label in ("指标3：", "指标4：")]


def xls373(out: Path) -> None:
    """Baoshan (Yunnan): hidden template rows, ≥95 without %, 23,5% / 82,4%, a red figure."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    first = _xls51(ws, {"project": "2023年保山市咖啡产业提质增效项目", "dept": "保山市农业农村局",
                        "agency": "保山市咖啡产业发展中心"},
                   ("1,800.00", "1,900.00", "1,862.00", "98.00%", "10", "9.80"),
                   [("其中：省级补助资金", "1,000.00", "1,000.00", "1,000.00"),
                    ("市级财政资金", "800.00", "900.00", "862.00")],
                   HEADS51, ROWS373 + TEMPLATE373, ("100", "99.62", "优"),
                   "填报人：杨某某　　联系电话：0875-2216×××　　填报日期：2024年3月25日",
                   (11, 14, 26, 17, 16, 8, 8, 34))
    for r in (first + len(ROWS373), first + len(ROWS373) + 1):
        ws.row_dimensions[r].hidden = True
    ws[f"E{first + 4}"].font = Font(name="宋体", size=10, color="FF0000")
    wb.save(out)


# Huaibei (Anhui): O for 0 (1OO%), the fund header 执行率（%） over a cell that says 98.00% (the unit twice),
# a yellow-highlighted shortfall row, a white-on-white leftover in an empty note cell (not printed, not said).
ROWS374 = [
    ("产出指标", "数量指标", "治理采煤塌陷区面积", "≥1.2万亩", "1.26万亩", "8", "8", ""),
    ("产出指标", "数量指标", "塌陷区复垦耕地", "≥6000亩", "6150亩", "8", "8", ""),
    ("产出指标", "数量指标", "搬迁安置塌陷区群众", "≥800户", "812户", "6", "6", ""),
    ("产出指标", "质量指标", "复垦耕地验收合格率", "100%", "1OO%", "6", "6", ""),
    ("产出指标", "质量指标", "复垦土壤重金属检测达标率", "≥95%", "97.8%", "6", "6", ""),
    ("产出指标", "时效指标", "年度治理任务完成时间", "2023年12月31日前", "2023年12月28日", "5", "5", ""),
    ("产出指标", "成本指标", "每亩综合治理成本", "≤3200元", "3150元", "5", "5", ""),
    ("效益指标", "经济效益指标", "新增耕地年产粮食", "≥2400吨", "2280吨", "8", "7.6",
     "部分新复垦地块土壤熟化期不足，当年单产偏低，2024年增施有机肥。"),
    ("效益指标", "生态效益指标", "塌陷区水体水质达标率", "≥80%", "83.5%", "8", "8", ""),
    ("效益指标", "社会效益指标", "安置房入住率", "≥95%", "96.2%", "6", "6", ""),
    ("效益指标", "可持续影响指标", "塌陷区治理长效管护机制", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "安置群众满意度", "≥90%", "93.8%", "9", "9", ""),
    ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%", "89.4%", "9", "9",
     '<span style="color:#fff">此处填写偏差原因，无偏差的填“无”。</span>'),
]


def html374(out: Path) -> None:
    """Huaibei (Anhui): 1OO%, 执行率（%） over 98.00%, a yellow row, white-on-white leftover text."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:9.5pt}h2{text-align:center;font-size:15pt}"
           "table{width:100%;border-collapse:collapse;margin:4pt 0}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold;white-space:nowrap}td.l{text-align:left}"
           "@page{size:A4 landscape;margin:12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>淮北市2023年度项目支出绩效自评表</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年淮北市采煤塌陷区综合治理项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">淮北市自然资源和规划局</td><td class="h">实施单位</td>'
         '<td colspan="3">淮北市采煤塌陷区综合治理中心</td></tr>',
         '<tr><td class="h" rowspan="5">项目资金<br>（万元）</td><td class="h">&nbsp;</td>'
         '<td class="h">年初预算数</td><td class="h">全年预算数</td><td class="h">全年执行数</td>'
         '<td class="h">分值</td><td class="h">执行率（%）</td><td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>4,500.00</td><td>4,800.00</td><td>4,704.00</td><td>10</td>"
         "<td>98.00%</td><td>9.80</td></tr>",
         "<tr><td>其中：中央补助资金</td><td>3,000.00</td><td>3,000.00</td><td>3,000.00</td><td>—</td>"
         "<td>—</td><td>—</td></tr>",
         "<tr><td>省级补助资金</td><td>1,000.00</td><td>1,000.00</td><td>1,000.00</td><td>—</td>"
         "<td>—</td><td>—</td></tr>",
         "<tr><td>市级财政资金</td><td>500.00</td><td>800.00</td><td>704.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in HEADS51) + "</tr>"]
    starts = {depth: {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS374, depth)} for depth in (0, 1)}
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS374):
        cells = []
        for depth, text in ((0, l1), (1, l2)):
            if i in starts[depth]:
                span = starts[depth][i]
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        mark = ' style="background:#ffff00"' if score == "7.6" else ""
        cells += [f'<td class="l"{mark}>{name}</td>', f"<td{mark}>{target}</td>", f"<td{mark}>{actual}</td>",
                  f"<td{mark}>{weight}</td>", f"<td{mark}>{score}</td>", f'<td class="l"{mark}>{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>99.40</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：朱某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0561-3196×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月26日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# Longnan (Gansu): one indicator name typed in the level-2 column (the 三级指标 cell left empty) at the end of
# its 质量指标 group; a weight typed l0 (l for 1); a white-on-white leftover in an empty note cell (the
# template's fill-in hint, not printed); 总分 in red font.
ROWS375 = [
    ("产出指标", "数量指标", "新建油橄榄示范园", "≥1.5万亩", "1.55万亩", "8", "8", ""),
    ("产出指标", "数量指标", "低产园提质改造", "≥3万亩", "3.08万亩", "8", "8", ""),
    ("产出指标", "数量指标", "培训橄榄种植户", "≥4000人次", "4120人次", "6", "6", ""),
    ("产出指标", "质量指标", "苗木成活率", "≥90%", "92.6%", "5", "5", ""),
    ("产出指标", "质量指标", "示范园标准化建设达标率", "≥95%", "97.1%", "5", "5", ""),
    ("产出指标", "鲜果收购质量抽检合格率", "", "≥95%", "96.4%", "4", "4", ""),
    ("产出指标", "时效指标", "补助资金兑付时间", "2023年12月31日前", "2023年12月18日", "4", "4", ""),
    ("产出指标", "成本指标", "每亩示范园建设补助", "≤600元", "600元", "4", "4", ""),
    ("效益指标", "经济效益指标", "油橄榄鲜果产量", "≥6万吨", "5.7万吨", "l0", "9.5",
     "8月持续降雨致部分园区落果，鲜果减产，2024年推广避雨栽培。"),
    ("效益指标", "社会效益指标", "带动种植户增收", "≥2万户", "2.06万户", "8", "8", ""),
    ("效益指标", "可持续影响指标", "油橄榄产业技术服务体系", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "94.3%", "12", "12",
     lambda c: (fill(c, "如有偏差请说明原因"), _white(c))),
    ("满意度指标", "服务对象满意度指标", "橄榄油加工企业满意度", "≥85%", "90.1%", "8", "8", ""),
]


def doc375(out: Path) -> None:
    """Longnan (Gansu): a name in the level-2 column, a weight typed l0, a white leftover, a red 总分."""
    def touch(d, ht, t):
        _red(t.cell(len(ROWS375) + 1, 6))
    _doc51(out, {"project": "2023年陇南市油橄榄产业发展项目", "dept": "陇南市林业和草原局",
                 "agency": "陇南市经济林研究院"},
           ("2,200.00", "2,400.00", "2,328.00", "10", "97.00%", "9.70"),
           [("其中：省级补助资金", "1,200.00", "1,200.00", "1,200.00"),
            ("市级财政资金", "1,000.00", "1,200.00", "1,128.00")],
           ROWS375, ("100", "99.20", "优"), "填报人：马某某　　联系电话：0939-8216×××　　填报日期：2024年3月19日",
           touch)


DOCX.update({"370": doc370, "371": doc371, "375": doc375})
XLSX.update({"372": xls372, "373": xls373})
HTML.update({"374": html374})


# ---------------------------------------------------------------- 376-381: whole reports, third round
# Six whole REPORTS (fifty-second set), each holding also a table that is no self-evaluation table and looks like
# one: the application-stage 年度绩效目标表 (376), a department's two projects' forms (377), a printed report with
# page headers / footers and a 目录 (378), an evaluation framework 评价指标体系及评分表 beside the form (379), last
# year's 绩效目标完成情况 comparison (380), a workbook with 封面 / 填报说明 / 问题整改台账 (381). Rows are
# (l1, l2, name, target, actual, weight, score, note); the fund weighs 10 of each form's 100 points.

WIDTHS52 = [1.8, 3.0, 2.4, 2.4, 2.4, 1.1, 1.9, 1.6]   # head / fund table: 12,000.00 kept on one line


def _goal_table52(d, head: list[tuple], rows: list[tuple]):
    """An application-stage 年度绩效目标表: label / value head rows, then 一级 / 二级 / 三级 / 指标值 with the
    level cells merged over their runs (targets only: no actuals, weights or scores)."""
    t = grid_table(d, len(head) + 1 + len(rows), 4, [2.6, 3.2, 6.2, 4.4], "Table Grid")
    for r, (label, value) in enumerate(head):
        fill(t.cell(r, 0), label)
        fill(t.cell(r, 1).merge(t.cell(r, 3)), value)
    top = len(head)
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
        fill(t.cell(top, c), text)
    for k in (0, 1):
        for a, b, text in _prefix_runs(rows, k):
            vmerge(t, k, top + 1 + a, top + 1 + b, text)
    for i, row in enumerate(rows):
        fill(t.cell(top + 1 + i, 2), row[2])
        fill(t.cell(top + 1 + i, 3), row[3])
    return t


ROWS376 = [
    ("产出指标", "数量指标", "改造老旧供热管网", "≥48公里", "49.2公里", "8", "8", ""),
    ("产出指标", "数量指标", "改造换热站", "≥26座", "26座", "6", "6", ""),
    ("产出指标", "数量指标", "惠及供热居民", "≥3.2万户", "3.31万户", "6", "6", ""),
    ("产出指标", "质量指标", "管网改造工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "焊口无损检测合格率", "≥98%", "99.1%", "5", "5", ""),
    ("产出指标", "时效指标", "改造工程完工时间", "2023年10月15日前", "2023年10月12日", "5", "5", ""),
    ("产出指标", "成本指标", "每公里管网改造成本", "≤250万元", "238万元", "4", "4", ""),
    ("效益指标", "经济效益指标", "年节约供热用煤", "≥1.5万吨", "1.38万吨", "8", "7.36",
     "部分换热站自控系统调试滞后，节煤效果未完全显现，2024年供暖期内完成调试。"),
    ("效益指标", "社会效益指标", "供热投诉量同比下降", "≥20%", "23.5%", "6", "6", ""),
    ("效益指标", "生态效益指标", "供热管网热损失率", "≤12%", "11.2%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "供热管网运行维护机制", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "供热居民满意度", "≥90%", "93.6%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "沿线商户满意度", "≥85%", "90.4%", "10", "10", ""),
]


def doc376(out: Path) -> None:
    """Anshan (Liaoning): a report whose chapter 二 holds the application-stage 年度绩效目标表 (targets only) and
    whose 附件 holds the self-evaluation form with the same indicators, actuals and scores."""
    d = new_document()
    _title39(d, "鞍山市城区老旧供热管网改造项目\n2023年度绩效自评报告", "鞍山市住房和城乡建设局", "2024年3月")
    _report39(d, [
        ("h", "一、项目基本情况"),
        ("p", "城区老旧供热管网改造项目由鞍山市住房和城乡建设局主管，鞍山市供热管理中心组织实施，"
              "主要对铁东区、铁西区、立山区运行超过25年的一次、二次供热管网和换热站进行改造，"
              "解决管网“跑冒滴漏”、热损失大和居民室温不达标等问题。"),
        ("h", "二、项目绩效目标"),
        ("p", "项目申报时设定的年度总体目标为：改造老旧供热管网48公里以上、换热站26座，惠及供热居民3.2万户以上，"
              "年节约供热用煤1.5万吨以上，供热居民满意度达到90%以上。申报阶段设定的年度绩效目标见表1。"),
        ("c", "表1　2023年度项目绩效目标表（申报）"),
        ("f", lambda doc: _goal_table52(doc, [
            ("项目名称", "城区老旧供热管网改造项目"),
            ("主管部门", "鞍山市住房和城乡建设局"),
            ("年度资金总额（万元）", "12,000.00（其中：中央财政资金8,000.00，市级财政资金4,000.00）"),
            ("年度总体目标", "改造老旧供热管网48公里以上、换热站26座，降低管网热损失，提高供热质量，"
                             "惠及供热居民3.2万户以上。")], ROWS376)),
        ("h", "三、项目资金使用及管理情况"),
        ("p", "项目年初预算12000万元，年中追加市级财政资金600万元，全年预算12600万元，其中中央财政资金8000万元、"
              "市级财政资金4600万元。全年执行12348万元，预算执行率98%。资金实行专账核算，按工程进度和监理确认的"
              "工程量拨付，未发现截留、挪用等问题。"),
        ("h", "四、绩效目标完成情况"),
        ("p", "全年改造老旧供热管网49.2公里、换热站26座，惠及供热居民3.31万户；工程验收合格率100%，焊口无损检测"
              "合格率99.1%；改造工程于2023年10月12日完工，每公里管网改造成本238万元。供热投诉量同比下降23.5%，"
              "管网热损失率降至11.2%；年节约供热用煤1.38万吨，未达到1.5万吨的目标。供热居民满意度93.6%，"
              "沿线商户满意度90.4%。"),
        ("p", "经自评，项目得分99.16分，自评等级为优，自评表见附件。"),
        ("h", "五、存在的问题及原因"),
        ("p", "部分换热站自控系统调试滞后，节煤效果未完全显现；个别小区施工期间道路恢复不及时。"),
        ("h", "六、下一步改进措施"),
        ("p", "在2024年供暖期内完成换热站自控系统调试，推进“智慧供热”平台建设；加强施工现场管理和道路恢复监督。"),
        ("f", lambda doc: doc.add_page_break()),
    ])
    para(d, "附件", 12, True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "城区老旧供热管网改造项目", "dept": "鞍山市住房和城乡建设局",
                   "agency": "鞍山市供热管理中心"},
               ("12,000.00", "12,600.00", "12,348.00", "10", "98.00%", "9.80"),
               [("其中：中央财政资金", "8,000.00", "8,000.00", "8,000.00"),
                ("市级财政资金", "4,000.00", "4,600.00", "4,348.00")],
               WIDTHS52)
    para(d, "").paragraph_format.line_spacing = Pt(4)
    _grid39(d, ROWS376, "99.16")
    para(d, "")
    para(d, "填报人：赵某某　　联系电话：0412-5523×××　　填报日期：2024年3月18日")
    d.save(out)


ROWS377A = [
    ("产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", "92.4%", "10", "10", ""),
    ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥18万人", "18.6万人", "10", "10", ""),
    ("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", "66.8%", "10", "10", ""),
    ("产出指标", "时效指标", "补助资金拨付时间", "2023年12月20日前", "2023年12月15日", "10", "10", ""),
    ("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "89元", "89元", "10", "10", ""),
    ("效益指标", "社会效益指标", "适龄儿童国家免疫规划疫苗接种率", "≥90%", "95.3%", "15", "15", ""),
    ("效益指标", "社会效益指标", "孕产妇系统管理率", "≥90%", "87.3%", "10", "9.70",
     "部分山区县孕产妇流动性大，早孕建册率偏低，2024年加强随访。"),
    ("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥85%", "88.2%", "15", "15", ""),
]

ROWS377B = [
    ("产出指标", "数量指标", "农村部分计划生育家庭奖励扶助人数", "≥6.2万人", "6.25万人", "12", "12", ""),
    ("产出指标", "数量指标", "计划生育家庭特别扶助人数", "≥4500人", "4562人", "12", "12", ""),
    ("产出指标", "质量指标", "扶助资金发放准确率", "100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "扶助资金发放时间", "2023年6月30日前", "2023年6月28日", "8", "8", ""),
    ("产出指标", "成本指标", "每人每年奖励扶助标准", "960元", "960元", "8", "8", ""),
    ("效益指标", "社会效益指标", "扶助对象家庭生活保障水平", "有效提升", "有效提升", "20", "20", ""),
    ("满意度指标", "服务对象满意度指标", "扶助对象满意度", "≥95%", "97.6%", "20", "20", ""),
]


def doc377(out: Path) -> None:
    """Linfen (Shanxi): a department's report holding TWO projects' self-evaluation forms (项目一 / 项目二), each
    with its own head and fund table, indicator grid and 总分."""
    d = new_document()
    _title39(d, "临汾市卫生健康委员会\n2023年度项目支出绩效自评报告", "临汾市卫生健康委员会", "2024年4月")
    _report39(d, [
        ("h", "一、基本情况"),
        ("p", "根据市财政局关于开展2023年度预算绩效自评工作的通知，我委对2023年度实施的基本公共卫生服务补助项目"
              "和计划生育家庭奖励扶助项目开展了绩效自评。两个项目全年预算合计17000万元，全年执行16817万元。"),
        ("h", "二、项目一：基本公共卫生服务补助项目"),
        ("p", "项目由市疾病预防控制中心和各县（市、区）基层医疗卫生机构实施，年初预算9500万元，全年预算9800万元，"
              "全年执行9653万元，执行率98.5%。全年居民电子健康档案建档率92.4%，65岁及以上老年人健康管理18.6万人，"
              "高血压患者规范管理率66.8%，适龄儿童国家免疫规划疫苗接种率95.3%；孕产妇系统管理率87.3%，"
              "未达到90%的目标。城乡居民满意度88.2%。自评得分99.55分，等级为优。"),
        ("h", "三、项目二：计划生育家庭奖励扶助项目"),
        ("p", "项目由市人口监测与家庭发展服务中心实施，年初预算和全年预算均为7200万元，全年执行7164万元，"
              "执行率99.5%。全年为6.25万名农村部分计划生育家庭成员发放奖励扶助金，为4562名计划生育特别扶助对象"
              "发放扶助金，资金于2023年6月28日前发放完毕，发放准确率100%。扶助对象满意度97.6%。"
              "自评得分99.95分，等级为优。"),
        ("h", "四、存在的问题及改进措施"),
        ("p", "山区县孕产妇流动性大，早孕建册率偏低；部分扶助对象信息变更未及时核实。下一步加强孕产妇随访管理，"
              "建立扶助对象信息动态核查机制。"),
        ("p", "两个项目的绩效自评表见附件。"),
        ("f", lambda doc: doc.add_page_break()),
    ])
    para(d, "附件", 12, True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    for k, (name, agency, fund, parts, rows, total) in enumerate([
            ("基本公共卫生服务补助项目", "临汾市疾病预防控制中心",
             ("9,500.00", "9,800.00", "9,653.00", "10", "98.50%", "9.85"),
             [("其中：中央财政资金", "7,600.00", "7,600.00", "7,600.00"),
              ("市级财政资金", "1,900.00", "2,200.00", "2,053.00")], ROWS377A, "99.55"),
            ("计划生育家庭奖励扶助项目", "临汾市人口监测与家庭发展服务中心",
             ("7,200.00", "7,200.00", "7,164.00", "10", "99.50%", "9.95"),
             [("其中：中央财政资金", "5,400.00", "5,400.00", "5,400.00"),
              ("省级财政资金", "1,800.00", "1,800.00", "1,764.00")], ROWS377B, "99.95")]):
        if k:
            d.add_page_break()
        para(d, f"项目{'一二'[k]}：{name}", 12, True)
        _head_fund(d, {"project": name, "dept": "临汾市卫生健康委员会", "agency": agency}, fund, parts, WIDTHS52)
        para(d, "").paragraph_format.line_spacing = Pt(4)
        _grid39(d, rows, total)
    para(d, "")
    para(d, "填报人：郭某某　　联系电话：0357-2025×××　　填报日期：2024年4月10日")
    d.save(out)


ROWS378 = [
    ("产出指标", "数量指标", "增殖放流水生生物苗种", "≥8000万尾", "8260万尾", "8", "8", ""),
    ("产出指标", "数量指标", "放流品种", "≥6个", "7个", "4", "4", ""),
    ("产出指标", "数量指标", "开展增殖放流宣传活动", "≥10场", "10场", "4", "4", ""),
    ("产出指标", "质量指标", "苗种检验检疫合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "放流苗种规格达标率", "≥95%", "97.5%", "6", "6", ""),
    ("产出指标", "时效指标", "放流活动完成时间", "2023年8月31日前", "2023年8月25日", "6", "6", ""),
    ("产出指标", "成本指标", "黑鲷苗种采购单价", "≤0.35元/尾", "0.33元/尾", "6", "6", ""),
    ("效益指标", "经济效益指标", "带动渔民增收", "≥1200万元", "1150万元", "8", "7.67",
     "受休渔期后渔获价格下行影响，渔民增收未达目标；2024年加强放流效果跟踪评估。"),
    ("效益指标", "社会效益指标", "参与放流活动群众", "≥3000人次", "3260人次", "6", "6", ""),
    ("效益指标", "生态效益指标", "放流海域主要经济鱼类资源量增长", "≥5%", "5.8%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "增殖放流长效管理机制", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%", "94.1%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥85%", "91.3%", "10", "10", ""),
]

TOC378 = [("一、项目基本情况", 3), ("二、项目资金使用及管理情况", 3), ("三、项目组织实施情况", 3),
          ("四、绩效目标完成情况", 3), ("五、存在的问题及原因", 4), ("六、下一步改进措施", 4),
          ("七、其他需要说明的问题", 4), ("附件：项目支出绩效自评表", 5)]


def html378(out: Path) -> None:
    """Yangjiang (Guangdong): a report written as a web page and printed to .pdf: a cover, a 目录 page with dotted
    leaders and page numbers, page headers (the report's short title) and footers (第 N 页 共 M 页) from CSS @page
    margin boxes, the form as 附件 with the indicator table over a page break and its <thead> repeated."""
    css = ("body{font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;font-size:12pt;line-height:1.75;margin:0}"
           "@page{size:A4;margin:25mm 22mm 22mm 22mm;"
           "@top-center{content:'阳江市增殖放流项目2023年度绩效自评报告';font-size:9pt;color:#333;"
           "border-bottom:0.5pt solid #666;vertical-align:bottom;padding-bottom:2mm}"
           "@bottom-center{content:'第 ' counter(page) ' 页 共 ' counter(pages) ' 页';font-size:9pt}}"
           "@page:first{@top-center{content:none;border:none}@bottom-center{content:none}}"
           ".cover{text-align:center;padding-top:60mm;break-after:page}.cover h1{font-size:22pt;line-height:1.6}"
           ".cover p{font-size:15pt;text-indent:0;margin:8pt 0;text-align:center}.cover .gap{height:80mm}"
           ".toc{break-after:page}.toc h2{text-align:center;font-size:16pt;letter-spacing:1em}"
           ".toc div{display:flex;align-items:baseline;margin:10pt 0}.toc .d{flex:1;border-bottom:1.5pt dotted #000;"
           "margin:0 4pt}h3{font-size:13pt;margin:10pt 0 2pt}p{text-indent:2em;margin:3pt 0;text-align:justify}"
           ".annex{break-before:page}.annex h2{text-align:center;font-size:15pt;margin:4pt 0}"
           "table{width:100%;border-collapse:collapse;margin:6pt 0;line-height:1.35}"
           "td,th{border:1px solid #000;padding:5pt 3pt;text-align:center;vertical-align:middle;font-size:10pt;"
           "font-weight:normal}th,td.h{font-weight:bold}td.l{text-align:left}td.v{white-space:nowrap}"
           "tr{break-inside:avoid}")
    p = lambda text: f"<p>{text}</p>"   # noqa: E731
    toc = "".join(f'<div><span>{t}</span><span class="d"></span><span>{n}</span></div>' for t, n in TOC378)
    body = [
        f"<h3>{CHAPTERS39[0]}</h3>",
        p("为养护海洋渔业资源、修复近海生态环境，阳江市在海陵湾、南鹏列岛及闸坡近岸海域实施海洋渔业资源增殖"
          "放流项目，由阳江市农业农村局主管，阳江市海洋与渔业发展中心组织实施。2023年度项目绩效目标为：增殖放流"
          "水生生物苗种8000万尾以上，放流品种6个以上，苗种检验检疫合格率100%，放流海域主要经济鱼类资源量增长"
          "5%以上。"),
        p("项目放流品种包括黑鲷、黄鳍鲷、紫红笛鲷、斑节对虾、长毛对虾、三疣梭子蟹和马氏珠母贝，苗种通过公开招标"
          "确定的育苗单位供应，放流前由第三方检测机构进行检验检疫和规格抽检，放流过程全程公证、视频记录。"),
        f"<h3>{CHAPTERS39[1]}</h3>",
        p("项目年初预算2400万元，年中追加省级资金100万元，全年预算2500万元，其中省级财政资金1800万元、"
          "市级财政资金700万元。全年执行2475万元，预算执行率99%。资金主要用于苗种采购、检验检疫、放流组织、"
          "宣传活动和放流效果跟踪监测。"),
        p("项目资金实行专账核算、专款专用，苗种采购款按放流验收结果分批支付，未发现截留、挤占、挪用等问题；"
          "采购、合同、验收和支付资料齐全，资金使用符合财务管理规定。"),
        f"<h3>{CHAPTERS39[2]}</h3>",
        p("市农业农村局制定年度增殖放流实施方案，明确放流品种、数量、规格、海域和时间；组织开展苗种招标、"
          "检验检疫、现场放流和验收，邀请人大代表、政协委员、渔民代表和公证机构现场监督。放流后委托科研单位"
          "开展资源跟踪调查，评估放流效果。"),
        f"<h3>{CHAPTERS39[3]}</h3>",
        p("（一）产出情况。全年增殖放流水生生物苗种8260万尾，放流品种7个，开展增殖放流宣传活动10场；"
          "苗种检验检疫合格率100%，放流苗种规格达标率97.5%；放流活动于2023年8月25日全部完成；"
          "黑鲷苗种采购单价0.33元/尾，低于0.35元/尾的控制标准。"),
        p("（二）效益情况。参与放流活动群众3260人次；跟踪调查显示放流海域主要经济鱼类资源量增长5.8%；"
          "增殖放流长效管理机制健全。受休渔期后渔获价格下行影响，带动渔民增收1150万元，未达到1200万元的目标。"),
        p("（三）满意度情况。通过问卷调查，渔民满意度94.1%，社会公众满意度91.3%。"),
        p("（四）自评结论。经综合评价，项目自评得分99.57分，自评等级为优，自评表见附件。"),
        f"<h3>{CHAPTERS39[4]}</h3>",
        p("一是休渔期后渔获价格下行，渔民增收未达目标；二是放流效果跟踪监测周期较短，部分品种的资源增长效果"
          "尚难量化；三是个别放流点位受天气影响调整，宣传活动组织较为仓促。"),
        f"<h3>{CHAPTERS39[5]}</h3>",
        p("延长放流效果跟踪评估周期，科学确定放流品种结构；加强增殖放流与休渔管理、渔民转产转业的衔接；"
          "提前谋划放流点位和宣传活动，扩大社会参与。"),
        f"<h3>{CHAPTERS39[6]}</h3>", p("无。"),
        '<p style="text-indent:0;text-align:right;margin-top:18pt">阳江市农业农村局<br>2024年3月26日</p>',
    ]
    form = _html_form39(['<tr><td class="h">项目名称</td><td class="l" colspan="7">海洋渔业资源增殖放流项目</td></tr>',
                         '<tr><td class="h">主管部门</td><td colspan="3">阳江市农业农村局</td>'
                         '<td class="h">实施单位</td><td colspan="3">阳江市海洋与渔业发展中心</td></tr>'],
                        "项目资金<br>（万元）", ("2,400.00", "2,500.00", "2,475.00", "10", "99.00%", "9.90"),
                        [("其中：省级财政资金", "1,700.00", "1,800.00", "1,800.00"),
                         ("市级财政资金", "700.00", "700.00", "675.00")], ROWS378, "99.57")
    head = next(i for i, line in enumerate(form) if "三级指标" in line)   # the indicator table's header row
    form[head - 1] = ("<table><colgroup>" + "".join(f'<col style="width:{w}%">' for w in (7, 9, 20, 14, 13, 5, 6, 26))
                      + "</colgroup>")
    form[head] = "<thead>" + form[head].replace("<td", "<th").replace("</td>", "</th>") + "</thead><tbody>"
    form[-1] = "</tbody></table>"
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>阳江市海洋渔业资源增殖放流项目2023年度绩效自评报告</title><style>{css}</style></head><body>",
         '<div class="cover"><h1>阳江市海洋渔业资源增殖放流项目<br>2023年度绩效自评报告</h1>',
         '<div class="gap"></div><p>阳江市农业农村局</p><p>二〇二四年三月</p></div>',
         f'<div class="toc"><h2>目录</h2>{toc}</div>', *body,
         '<div class="annex"><p style="text-indent:0;font-weight:bold">附件</p><h2>项目支出绩效自评表</h2>',
         '<p style="text-indent:0;text-align:center">（2023年度）</p>', *form,
         '<p style="text-indent:0">填报人：林某某　　联系电话：0662-3363×××　　填报日期：2024年3月26日</p></div>',
         "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


# (l1, l2, name, weight, 评分标准, score): the evaluation framework's rows, no targets or actuals
FRAME379 = [
    ("决策", "项目立项", "立项依据充分性", "4", "项目立项符合国家法律法规、产业政策和行业发展规划，与部门职责相符，得4分；"
     "每有一项不符扣1分。", "4"),
    ("决策", "项目立项", "立项程序规范性", "3", "按规定程序申请设立，审批文件、材料符合要求，得3分；否则酌情扣分。", "3"),
    ("决策", "绩效目标", "绩效目标合理性", "4", "设定了绩效目标，与实际工作内容相关，预期产出和效果符合正常业绩水平，"
     "得4分；否则酌情扣分。", "4"),
    ("决策", "绩效目标", "绩效指标明确性", "4", "绩效目标细化分解为具体指标，指标清晰、可衡量，得4分；"
     "每有一项指标未量化扣0.5分。", "3"),
    ("决策", "资金投入", "预算编制科学性", "5", "预算编制经过论证，内容与项目内容匹配，额度测算依据充分，得5分；"
     "否则酌情扣分。", "5"),
    ("过程", "资金管理", "资金到位率", "5", "资金到位率=实际到位资金/预算资金×100%，得分=资金到位率×5分。", "5"),
    ("过程", "资金管理", "预算执行率", "5", "预算执行率=全年执行数/全年预算数×100%，得分=预算执行率×5分。", "4.9"),
    ("过程", "资金管理", "资金使用合规性", "5", "资金使用符合财务管理制度和资金管理办法，无截留、挤占、挪用，得5分；"
     "发现一处问题扣1分。", "5"),
    ("过程", "组织实施", "管理制度健全性", "5", "已制定项目管理制度和财务管理制度，且制度合法、合规、完整，得5分。", "5"),
    ("过程", "组织实施", "制度执行有效性", "5", "遵守相关法律法规和管理规定，调整及支出调整手续完备，项目资料齐全，"
     "得5分；资料不全扣0.5分。", "4.5"),
    ("产出", "产出数量", "实际完成率", "10", "各数量指标实际完成值达到年度指标值得满分，未达到按比例得分。", "10"),
    ("产出", "产出质量", "质量达标率", "10", "各质量指标达到年度指标值得满分，未达到按比例得分。", "10"),
    ("产出", "产出时效", "完成及时性", "5", "在计划时间内完成得满分，每延期1个月扣1分。", "5"),
    ("产出", "产出成本", "成本节约率", "5", "实际成本控制在预算标准内得满分，超出按比例扣分。", "5"),
    ("效益", "项目效益", "经济效益", "8", "芒果产业综合产值增长达到8%得满分，未达到按比例得分。", "7.4"),
    ("效益", "项目效益", "社会效益", "6", "带动芒果种植户达到年度指标值得满分，未达到按比例得分。", "6"),
    ("效益", "项目效益", "可持续影响", "6", "生态效益和品牌影响达到预期得满分，否则酌情扣分。", "6"),
    ("效益", "项目效益", "服务对象满意度", "5", "满意度≥90%得满分，每低1个百分点扣0.5分。", "5"),
]

ROWS379 = [
    ("产出指标", "数量指标", "新建芒果标准化示范园", "≥12个", "12个", "8", "8", ""),
    ("产出指标", "数量指标", "改造低产芒果园", "≥3万亩", "3.12万亩", "8", "8", ""),
    ("产出指标", "数量指标", "培训芒果种植户", "≥2000人次", "2150人次", "6", "6", ""),
    ("产出指标", "质量指标", "示范园建设验收合格率", "100%", "100%", "7", "7", ""),
    ("产出指标", "质量指标", "新增绿色食品认证芒果基地", "≥5个", "5个", "5", "5", ""),
    ("产出指标", "时效指标", "补助资金兑付时间", "2023年11月30日前", "2023年11月24日", "5", "5", ""),
    ("产出指标", "成本指标", "每亩低产园改造补助", "≤800元", "780元", "6", "6", ""),
    ("效益指标", "经济效益指标", "芒果产业综合产值增长", "≥8%", "7.4%", "10", "9.25",
     "受花期低温阴雨影响，部分园区坐果率下降，产值增幅未达目标。"),
    ("效益指标", "社会效益指标", "带动芒果种植户", "≥1.2万户", "1.26万户", "8", "8", ""),
    ("效益指标", "生态效益指标", "示范园化肥使用量减少", "≥5%", "6.2%", "7", "7", ""),
    ("效益指标", "可持续影响指标", "攀枝花芒果品牌影响力", "持续提升", "持续提升", "5", "5", ""),
    ("满意度指标", "服务对象满意度指标", "芒果种植户满意度", "≥90%", "94.8%", "15", "15", ""),
]


def _frame_table52(d, rows: list[tuple], total: tuple):
    """An evaluation framework 评价指标体系及评分表: 一级 / 二级 / 三级 / 分值 / 评分标准 / 得分, levels merged, 合计."""
    t = grid_table(d, len(rows) + 2, 6, [1.3, 1.9, 2.8, 1.2, 7.8, 1.7], "Table Grid")
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"]):
        fill(t.cell(0, c), text)
    repeat_header(t.rows[0])
    for k in (0, 1):
        for a, b, text in _prefix_runs(rows, k):
            vmerge(t, k, 1 + a, 1 + b, text)
    for i, (_l1, _l2, name, weight, rule, score) in enumerate(rows, start=1):
        for c, text in ((2, name), (3, weight), (4, rule), (5, score)):
            fill(t.cell(i, c), text)
        t.cell(i, 4).paragraphs[0].alignment = 0
    end = len(rows) + 1
    fill(t.cell(end, 0).merge(t.cell(end, 2)), "合计")
    fill(t.cell(end, 3), total[0])
    fill(t.cell(end, 4), total[1])
    fill(t.cell(end, 5), total[2])
    for row in t.rows:
        row._tr.get_or_add_trPr().append(_el("w:cantSplit"))
    return t


def doc379(out: Path) -> None:
    """Panzhihua (Sichuan): a report holding the evaluation framework 评价指标体系及评分表 (决策 / 过程 / 产出 /
    效益, 分值, 评分标准 prose, 得分, 合计 97.80) in 四 and the project's 绩效自评表 (99.05) as 附件."""
    d = new_document()
    _title39(d, "攀枝花市芒果产业提质增效项目\n2023年度绩效自评报告", "攀枝花市农业农村局", "2024年3月")
    _report39(d, [
        ("h", "一、项目基本情况"),
        ("p", "芒果产业提质增效项目由攀枝花市农业农村局主管，攀枝花市经济作物技术推广站组织实施，在仁和区、"
              "米易县、盐边县建设芒果标准化示范园，改造低产芒果园，开展种植技术培训和绿色食品认证。"),
        ("h", "二、项目资金使用及管理情况"),
        ("p", "项目年初预算3000万元，全年预算3200万元，其中省级财政资金2000万元、市级财政资金1200万元；"
              "全年执行3136万元，预算执行率98%。资金按验收结果兑付，专账核算，未发现违规使用问题。"),
        ("h", "三、项目组织实施情况"),
        ("p", "市农业农村局制定实施方案和资金管理办法，县区农业部门组织申报、初审，市级抽查验收后兑付补助资金。"),
        ("h", "四、绩效评价情况"),
        ("p", "（一）评价指标体系。按照项目支出绩效评价共性指标框架，结合项目特点设置决策、过程、产出、效益"
              "4个一级指标，评价指标体系及评分情况见表1，综合得分97.80分。"),
        ("c", "表1　芒果产业提质增效项目绩效评价指标体系及评分表"),
        ("f", lambda doc: _frame_table52(doc, FRAME379, ("100", "—", "97.80"))),
        ("p", "（二）绩效目标完成情况。全年新建芒果标准化示范园12个，改造低产芒果园3.12万亩，培训芒果种植户"
              "2150人次；示范园建设验收合格率100%，新增绿色食品认证芒果基地5个；补助资金于2023年11月24日兑付完毕，"
              "每亩低产园改造补助780元。带动芒果种植户1.26万户，示范园化肥使用量减少6.2%；受花期低温阴雨影响，"
              "芒果产业综合产值增长7.4%，未达到8%的目标。芒果种植户满意度94.8%。"),
        ("p", "按项目支出绩效自评表评分，项目自评得分99.05分，自评等级为优，自评表见附件。"),
        ("h", "五、存在的问题及改进措施"),
        ("p", "部分绩效指标未细化量化，个别项目资料归档不全；花期灾害性天气应对能力不足。下一步完善绩效指标设置，"
              "规范项目档案管理，推广防灾减灾栽培技术。"),
        ("f", lambda doc: doc.add_page_break()),
    ])
    para(d, "附件", 12, True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "芒果产业提质增效项目", "dept": "攀枝花市农业农村局",
                   "agency": "攀枝花市经济作物技术推广站"},
               ("3,000.00", "3,200.00", "3,136.00", "10", "98.00%", "9.80"),
               [("其中：省级财政资金", "2,000.00", "2,000.00", "2,000.00"),
                ("市级财政资金", "1,000.00", "1,200.00", "1,136.00")],
               WIDTHS52)
    para(d, "").paragraph_format.line_spacing = Pt(4)
    _grid39(d, ROWS379, "99.05")
    d.save(out)


ROWS380 = [
    ("产出指标", "数量指标", "受益学生人数", "≥9.6万人", "9.72万人", "8", "8", ""),
    ("产出指标", "数量指标", "覆盖农村义务教育学校", "≥420所", "426所", "6", "6", ""),
    ("产出指标", "数量指标", "新建改建学校食堂", "≥15个", "15个", "6", "6", ""),
    ("产出指标", "质量指标", "食品安全事故发生次数", "0次", "0次", "6", "6", ""),
    ("产出指标", "质量指标", "膳食补助足额发放率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "秋季学期补助资金拨付时间", "2023年9月30日前", "2023年9月22日", "4", "4", ""),
    ("产出指标", "成本指标", "每生每天膳食补助标准", "5元", "5元", "4", "4", ""),
    ("效益指标", "社会效益指标", "学生营养健康监测覆盖率", "≥60%", "63.5%", "8", "8", ""),
    ("效益指标", "社会效益指标", "学生就餐率", "≥95%", "97.3%", "6", "6", ""),
    ("效益指标", "社会效益指标", "学生体质健康达标率", "≥92%", "90.8%", "8", "7.90",
     "学生体质提升需长期积累，达标率较上年提高0.2个百分点，未达年度目标。"),
    ("效益指标", "可持续影响指标", "营养改善计划管理制度", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "95.2%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "93.7%", "10", "10", ""),
]


def _compat_word2003(d) -> None:
    """Mark the file as Word 97-2003 compatible (compatibilityMode 11), as a .doc template saved as .docx is."""
    settings = d.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = _el("w:compat")
        settings.append(compat)
    for old in compat.findall(qn("w:compatSetting")):
        compat.remove(old)
    compat.append(_el("w:compatSetting", **{"w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word",
                                            "w:val": "11"}))


def doc380(out: Path) -> None:
    """Jiaozuo (Henan): a report in a Word 97-2003 file (the .doc derived) with a 上年度（2022年）绩效目标完成情况
    table (last year's targets and actuals beside this year's) before the self-evaluation form."""
    d = new_document()
    _compat_word2003(d)
    para(d, "焦作市农村义务教育学生营养改善计划\n2023年度绩效自评报告", 16, True, True)
    para(d, "焦作市教育局", 12, False, True)
    _report39(d, [
        ("h", "一、项目基本情况"),
        ("p", "农村义务教育学生营养改善计划由焦作市教育局主管，焦作市学生资助管理中心组织实施，覆盖修武县、博爱县、"
              "武陟县、温县、沁阳市、孟州市的农村义务教育学校，按每生每天5元的标准为在校学生提供营养膳食补助。"),
        ("h", "二、项目资金使用及管理情况"),
        ("p", "项目年初预算9800万元，全年预算10000万元，其中中央财政资金8000万元、省级和市级配套资金2000万元；"
              "全年执行9890万元，预算执行率98.9%。补助资金直接拨付到学校食堂账户，专款专用。"),
        ("h", "三、上年度绩效目标完成情况及对比"),
        ("p", "2022年度项目自评得分98.64分，等级为优。上年度主要绩效指标完成情况与本年度对比见下表。"),
        ("c", "上年度（2022年）绩效目标完成情况对比表"),
        ("t", ["指标名称", "2022年目标值", "2022年完成值", "2023年目标值", "2023年完成值"],
         [["受益学生人数", "≥9.5万人", "9.58万人", "≥9.6万人", "9.72万人"],
          ["覆盖农村义务教育学校", "≥430所", "431所", "≥420所", "426所"],
          ["每生每天膳食补助标准", "5元", "5元", "5元", "5元"],
          ["学生体质健康达标率", "≥90%", "90.6%", "≥92%", "90.8%"],
          ["学生满意度", "≥90%", "94.5%", "≥90%", "95.2%"],
          ["预算执行率", "≥95%", "97.6%", "≥95%", "98.9%"]],
         [4.4, 2.6, 2.6, 2.6, 2.6]),
        ("p", "受农村学校布局调整影响，覆盖学校数较上年减少5所，受益学生人数增加1400人。"),
        ("h", "四、2023年度绩效目标完成情况"),
        ("p", "全年受益学生9.72万人，覆盖农村义务教育学校426所，新建改建学校食堂15个；未发生食品安全事故，"
              "膳食补助足额发放率100%；秋季学期补助资金于2023年9月22日拨付。学生营养健康监测覆盖率63.5%，"
              "学生就餐率97.3%，学生体质健康达标率90.8%，未达到92%的目标。学生满意度95.2%，家长满意度93.7%。"
              "项目自评得分99.79分，自评等级为优。"),
        ("h", "五、存在的问题及改进措施"),
        ("p", "学生体质提升需长期积累，体质健康达标率未达目标；部分学校食堂从业人员营养配餐能力不足。下一步推广"
              "营养食谱，加强食堂从业人员培训，结合体育课和课后服务提升学生体质。"),
    ])
    para(d, "附件", 12, True).paragraph_format.page_break_before = True   # page 1 is full: no empty page
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "农村义务教育学生营养改善计划", "dept": "焦作市教育局",
                   "agency": "焦作市学生资助管理中心"},
               ("9,800.00", "10,000.00", "9,890.00", "10", "98.90%", "9.89"),
               [("其中：中央财政资金", "8,000.00", "8,000.00", "8,000.00"),
                ("省级和市级配套资金", "1,800.00", "2,000.00", "1,890.00")],
               WIDTHS52)
    para(d, "").paragraph_format.line_spacing = Pt(4)
    _grid39(d, ROWS380, "99.79")
    para(d, "")
    para(d, "填报人：孙某某　　联系电话：0391-3568×××　　填报日期：2024年3月22日")
    d.save(out)


ROWS381 = [
    ("产出指标", "数量指标", "完成农村户用卫生厕所改造", "≥1.5万户", "1.53万户", 8, 8, ""),
    ("产出指标", "数量指标", "建设农村公共厕所", "≥60座", "60座", 6, 6, ""),
    ("产出指标", "数量指标", "配置粪污抽运车辆", "≥20辆", "22辆", 5, 5, ""),
    ("产出指标", "质量指标", "改厕验收合格率", "≥98%", (0.986, PCT1), 8, 8, ""),
    ("产出指标", "质量指标", "问题厕所整改完成率", "100%", (0.92, PCT0), 6, 5.52,
     "排查问题厕所1575户，已整改1449户，剩余126户受冬季冻土影响，2024年5月31日前完成。"),
    ("产出指标", "时效指标", "改厕任务完成时间", "2023年10月31日前", "2023年10月25日", 5, 5, ""),
    ("产出指标", "成本指标", "户厕改造补助标准", "≤3000元", "2800元", 7, 7, ""),
    ("效益指标", "社会效益指标", "农村卫生厕所普及率", "≥75%", (0.764, PCT1), 10, 10, ""),
    ("效益指标", "生态效益指标", "厕所粪污资源化利用率", "≥60%", (0.625, PCT1), 10, 10, ""),
    ("效益指标", "可持续影响指标", "改厕后续管护机制", "健全", "健全", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", (0.932, PCT1), 15, 15, ""),
]


def xls381(out: Path) -> None:
    """Wuzhong (Ningxia): a report filed as a workbook: 封面 (title, office, date), 填报说明 (numbered notes),
    自评表 (the form: =SUM / 执行率 / =ROUND fund formulas, merged levels), 问题整改台账 (problems with counts,
    整改时限 dates and 责任人)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "封面"
    ws.column_dimensions["A"].width = 70
    for r, (text, size, bold) in {4: ("吴忠市农村人居环境整治（厕所革命）项目", 20, True),
                                  5: ("2023年度绩效自评报告", 20, True),
                                  14: ("填报单位：吴忠市农业农村局（盖章）", 14, False),
                                  15: ("填报日期：2024年3月25日", 14, False)}.items():
        c = ws[f"A{r}"]
        c.value = text
        c.font = Font(name="宋体", size=size, bold=bold)
        c.alignment = Alignment(horizontal="center", vertical="center")
        ws.row_dimensions[r].height = 36 if bold else 24

    ws = wb.create_sheet("填报说明")
    ws.column_dimensions["A"].width = 80
    ws["A1"] = "填报说明"
    ws["A1"].font = Font(name="宋体", size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    notes = ["本表金额单位为万元，保留两位小数；执行率保留两位小数。",
             "自评表总分100分，其中预算执行率10分，绩效指标90分；预算执行率得分=分值×执行率。",
             "定量指标完成年度指标值的得满分，未完成的按实际完成值占年度指标值的比例计分。",
             "未完成年度指标值的，须在“偏差原因分析及改进措施”栏说明原因。",
             "自评等级：90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。",
             "自评中发现的问题填入“问题整改台账”，明确整改时限和责任人。"]
    for r, text in enumerate(notes, start=3):
        c = ws[f"A{r}"]
        c.value = f"{r - 2}．{text}"
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 30

    ws = wb.create_sheet("自评表")
    for col, w in zip("ABCDEFGH", (14, 18, 26, 15, 15, 8, 8, 30)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "农村人居环境整治（厕所革命）项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "吴忠市农业农村局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:H4", "吴忠市农村社会事业促进中心", left=True)
    total = _xls_fund(ws, 5, "ABCDEFGH", "项目资金（万元）",
                      [("其中：中央财政资金", (3000, 3000, 3000)), ("自治区财政资金", (1200, 1400, 1352))])
    head = total + 3
    for col, text in zip("ABCDEFGH", HEADS214):
        put(ws, f"{col}{head}", text)
    first = head + 1
    levels(ws, "A", "B", first, ROWS381)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS381):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score)
        put(ws, f"H{r}", note, left=True)
        if note:
            ws.row_dimensions[r].height = 58
    end = first + len(ROWS381)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+F{total}")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+H{total}", "0.00")
    put(ws, f"H{end}", "自评等级：优")
    ws[f"A{end + 2}"] = "填报人：马某某　　联系电话：0953-2026×××　　填报日期：2024年3月25日"
    landscape(ws)

    ws = wb.create_sheet("问题整改台账")
    for col, w in zip("ABCDEFG", (6, 34, 34, 14, 18, 10, 12)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:G1", "2023年度绩效自评发现问题整改台账", 14)
    for col, text in zip("ABCDEFG", ("序号", "问题描述", "整改措施", "整改时限", "责任单位", "责任人", "整改进度")):
        put(ws, f"{col}2", text)
    issues = [("问题厕所126户未完成整改，占排查问题厕所1575户的8%", "分户制定整改方案，开春解冻后集中施工",
               datetime.date(2024, 5, 31), "利通区、红寺堡区农业农村局", "王某某", "整改中"),
              ("2个乡镇粪污抽运服务响应时间超过48小时", "增配抽运车辆4辆，推行预约抽运服务",
               datetime.date(2024, 3, 31), "青铜峡市农业农村局", "李某某", "已完成"),
              ("8座农村公共厕所管护经费未落实", "将公厕管护经费纳入乡镇年度预算，每座每年安排0.6万元",
               datetime.date(2024, 4, 30), "盐池县、同心县农业农村局", "张某某", "整改中"),
              ("改厕档案资料不全，涉及户厕信息312户", "逐户补录改厕档案，录入全区改厕信息管理系统",
               datetime.date(2024, 6, 30), "吴忠市农村社会事业促进中心", "丁某某", "整改中")]
    for r, row in enumerate(issues, start=3):
        put(ws, f"A{r}", r - 2)
        for col, value in zip("BCDEFG", row):
            put(ws, f"{col}{r}", value, 'yyyy"年"m"月"d"日"' if isinstance(value, datetime.date) else None,
                left=col in "BC")
        ws.row_dimensions[r].height = 36
    landscape(ws)
    wb.save(out)


DOCX.update({"376": doc376, "377": doc377, "379": doc379, "380": doc380})
XLSX.update({"381": xls381})
HTML.update({"378": html378})


# ---------------------------------------------------------------- 364-369: scans as they come, second round
# Six ordinary 项目支出绩效自评表 (rows as 316-321: l1, l2, name, target, actual, weight, score, note; the fund
# weighs 10 of 100), each with a .scan.pdf damaged as paper is before and in the scanner, none of 316-321's damages:
# a copy of a copy, bleed-through from the reverse, a folded letter, a phone scanner app, a mixed PDF (page 1 born
# digital, page 2 scanned), a copier's halftone grey with the lid open and each page skewed its own way. Written by
# SCAN_AS_COMES[stem](pdf, scan) from the form's clean .pdf; fixed seeds.

ROWS364 = [
    ("产出指标", "数量指标", "补助运营农村互助幸福院", "≥320个", "328个", "8", "8", ""),
    ("产出指标", "数量指标", "入住及日间照料老年人", "≥6400人", "6580人", "7", "7", ""),
    ("产出指标", "数量指标", "开展助餐服务", "≥45万人次", "46.2万人次", "6", "6", ""),
    ("产出指标", "质量指标", "幸福院运营评估达标率", "≥90%", "92.5%", "6", "6", ""),
    ("产出指标", "质量指标", "消防安全检查合格率", "100%", "100%", "5", "5", ""),
    ("产出指标", "时效指标", "运营补助资金拨付时间", "2023年11月30日前", "2023年11月22日", "5", "5", ""),
    ("产出指标", "成本指标", "每院年运营补助标准", "≤2.8万元", "2.8万元", "5", "5", ""),
    ("效益指标", "社会效益指标", "农村留守老年人关爱服务覆盖率", "≥85%", "81.6%", "10", "9.60",
     "部分偏远山区村幸福院服务半径大，上门关爱未全覆盖；2024年组建流动服务队。"),
    ("效益指标", "社会效益指标", "互助幸福院常态化运营率", "≥95%", "96.3%", "10", "10", ""),
    ("效益指标", "可持续影响指标", "幸福院长效运营管护机制", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "入住老年人满意度", "≥90%", "94.6%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "老年人家属满意度", "≥90%", "93.1%", "10", "10", ""),
]


def doc364(out: Path) -> None:
    """Jinzhong (Shanxi): the common Word form as 321: head / fund table and the 年度总体目标 table on page 1, the
    indicator grid on page 2 (its scan a copy of a copy)."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年晋中市农村互助幸福院运营补助项目", "dept": "晋中市民政局",
                   "agency": "晋中市社会福利服务中心"},
               ("900.00", "960.00", "942.72", "10", "98.20%", "9.82"),
               [("其中：省级财政补助资金", "600.00", "600.00", "600.00"),
                ("市级财政资金", "300.00", "360.00", "342.72")],
               FUND42)
    para(d, "")
    t = grid_table(d, 2, 2, [7.8, 7.8], "Table Grid")
    fill(t.cell(0, 0), "年度总体目标（预期目标）")
    fill(t.cell(0, 1), "实际完成情况")
    fill(t.cell(1, 0), "补助全市320个以上农村互助幸福院运营，为入住及日间照料老年人提供助餐、照料和关爱服务，"
                       "提升农村互助养老服务水平。")
    fill(t.cell(1, 1), "补助328个农村互助幸福院运营，服务老年人6580人，提供助餐服务46.2万人次；"
                       "留守老年人关爱服务覆盖率81.6%，未达目标。")
    d.add_page_break()
    _regrid42(_indicator_grid(d, ROWS364, "99.42"))
    para(d, "")
    para(d, "填报人：温某某　　联系电话：0354-3086×××　　填报日期：2024年3月21日")
    d.save(out)


ROWS365 = [
    ("产出指标", "数量指标", "完成农村生活污水治理行政村", "≥260个", "271个", "7", "7", ""),
    ("产出指标", "数量指标", "新建污水集中处理设施", "≥85座", "88座", "6", "6", ""),
    ("产出指标", "数量指标", "铺设污水收集管网", "≥320公里", "334.6公里", "6", "6", ""),
    ("产出指标", "数量指标", "建设户用污水收集设施", "≥1.8万户", "1.86万户", "5", "5", ""),
    ("产出指标", "质量指标", "处理设施出水水质达标率", "≥90%", "93.2%", "6", "6", ""),
    ("产出指标", "质量指标", "治理工程验收合格率", "100%", "100%", "5", "5", ""),
    ("产出指标", "时效指标", "治理工程完工时间", "2023年11月30日前", "2023年11月28日", "4", "4", ""),
    ("产出指标", "成本指标", "每座处理设施建设成本", "≤25万元", "23.8万元", "5", "5", ""),
    ("效益指标", "生态效益指标", "农村生活污水治理率", "≥45%", "46.8%", "8", "8", ""),
    ("效益指标", "生态效益指标", "农村黑臭水体整治完成率", "≥80%", "76%", "8", "7.60",
     "4处黑臭水体涉及河道清淤，受汛期影响顺延至2024年一季度完成。"),
    ("效益指标", "社会效益指标", "受益农村人口", "≥42万人", "43.5万人", "6", "6", ""),
    ("效益指标", "可持续影响指标", "处理设施运行维护机制", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "受益村民满意度", "≥90%", "92.8%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "村集体满意度", "≥85%", "90.4%", "8", "8", ""),
]


def doc365(out: Path) -> None:
    """Heze (Shandong): printed double-sided: the head / fund table and the 年度总体目标 table on page 1, the
    indicator grid on page 2 (its scan shows each side's reverse through the paper)."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年菏泽市农村生活污水治理项目", "dept": "菏泽市生态环境局",
                   "agency": "菏泽市农村环境综合整治服务中心"},
               ("3,200.00", "3,450.00", "3,381.00", "10", "98.00%", "9.80"),
               [("其中：中央农村环境整治资金", "2,000.00", "2,000.00", "2,000.00"),
                ("省级财政资金", "600.00", "600.00", "600.00"),
                ("市级财政资金", "600.00", "850.00", "781.00")],
               FUND42)
    para(d, "")
    t = grid_table(d, 2, 2, [7.8, 7.8], "Table Grid")
    fill(t.cell(0, 0), "年度总体目标（预期目标）")
    fill(t.cell(0, 1), "实际完成情况")
    fill(t.cell(1, 0), "完成260个以上行政村生活污水治理，新建污水集中处理设施85座以上，铺设收集管网320公里以上，"
                       "全市农村生活污水治理率达到45%以上，基本消除较大面积农村黑臭水体。")
    fill(t.cell(1, 1), "完成271个行政村生活污水治理，新建处理设施88座，铺设管网334.6公里，"
                       "农村生活污水治理率46.8%；黑臭水体整治完成率76%，其余4处2024年一季度完成。")
    para(d, "")
    para(d, "单位负责人（签字）：　　　　　　　　财务负责人（签字）：　　　　　　　　填报单位（盖章）")
    para(d, "填报人：孔某某　　联系电话：0530-5316×××　　填报日期：2024年3月26日")
    d.add_page_break()
    _regrid42(_indicator_grid(d, ROWS365, "99.40"))
    d.save(out)


ROWS366 = [
    ("产出指标", "数量指标", "发放移民后期扶持直补资金", "≥4.6万人", "4.68万人", 8, 8, ""),
    ("产出指标", "数量指标", "实施移民村基础设施项目", "≥120个", "124个", 7, 7, ""),
    ("产出指标", "数量指标", "开展移民技能培训", "≥1500人次", "1560人次", 5, 5, ""),
    ("产出指标", "质量指标", "扶持项目验收合格率", "100%", (1, PCT0), 6, 6, ""),
    ("产出指标", "质量指标", "直补资金发放准确率", "100%", (1, PCT0), 6, 6, ""),
    ("产出指标", "时效指标", "直补资金发放时间", "2023年6月30日前", "2023年6月20日", 5, 5, ""),
    ("产出指标", "成本指标", "移民人均年补助标准", "≤600元", "600元", 5, 5, ""),
    ("效益指标", "经济效益指标", "移民人均可支配收入增长率", "≥7%", (0.074, PCT1), 8, 8, ""),
    ("效益指标", "社会效益指标", "移民村道路硬化率", "≥95%", (0.962, PCT1), 7, 7, ""),
    ("效益指标", "社会效益指标", "移民信访事项办结率", "≥98%", (0.955, PCT1), 8, 7.8,
     "3件历史遗留问题涉及土地权属，仍在协调办理；2024年6月前办结。"),
    ("效益指标", "可持续影响指标", "扶持项目后续管护机制", "健全", "健全", 5, 5, ""),
    ("满意度指标", "服务对象满意度指标", "移民群众满意度", "≥90%", (0.936, PCT1), 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "移民村干部满意度", "≥90%", (0.951, PCT1), 10, 10, ""),
]


def xls366(out: Path) -> None:
    """Chuzhou (Anhui): the common Excel form (its scan a folded letter)."""
    _xls42(out, ("2023年滁州市大中型水库移民后期扶持项目", "滁州市水利局", "滁州市水库移民服务中心"),
           [("其中：中央水库移民后期扶持基金", (1800, 1800, 1800)), ("省级财政资金", (400, 400, 400)),
            ("市县财政资金", (200, 260, 236.4))], ROWS366,
           "填报人：葛某某　　联系电话：0550-3028×××　　填报日期：2024年3月14日")


ROWS367 = [
    ("产出指标", "数量指标", "建设水源保护区隔离防护设施", "≥48公里", "49.5公里", 8, 8, ""),
    ("产出指标", "数量指标", "开展水源地水质监测", "≥360次", "372次", 7, 7, ""),
    ("产出指标", "数量指标", "清理库区漂浮物", "≥1.2万吨", "1.26万吨", 6, 6, ""),
    ("产出指标", "数量指标", "开展水源地巡查", "≥1500人次", "1584人次", 5, 5, ""),
    ("产出指标", "质量指标", "水质监测数据有效率", "≥98%", (0.992, PCT1), 6, 6, ""),
    ("产出指标", "时效指标", "隔离防护设施完工时间", "2023年9月30日前", "2023年9月18日", 5, 5, ""),
    ("产出指标", "成本指标", "每公里隔离防护设施建设成本", "≤18万元", "17.2万元", 6, 6, ""),
    ("效益指标", "生态效益指标", "水源地水质达标率", "100%", (1, PCT0), 10, 10, ""),
    ("效益指标", "生态效益指标", "库区水质优良天数比例", "≥95%", (0.917, PCT1), 10, 9.65,
     "夏季强降雨带来库尾面源污染，部分时段水质下降；2024年加快库尾生态缓冲带建设。"),
    ("效益指标", "社会效益指标", "受益供水人口", "≥320万人", "326万人", 7, 7, ""),
    ("效益指标", "可持续影响指标", "水源地长效保护机制", "健全", "健全", 5, 5, ""),
    ("满意度指标", "服务对象满意度指标", "库区群众满意度", "≥90%", (0.928, PCT1), 15, 15, ""),
]


def xls367(out: Path) -> None:
    """Heyuan (Guangdong): the common Excel form (its scan from a phone scanner app)."""
    _xls42(out, ("2023年河源市新丰江水库饮用水水源保护项目", "河源市生态环境局", "河源市新丰江水库管理服务中心"),
           [("其中：省级生态保护补偿资金", (1500, 1500, 1500)), ("市级财政资金", (500, 580, 548.6))], ROWS367,
           "填报人：邓某某　　联系电话：0762-3363×××　　填报日期：2024年3月27日")


ROWS368 = [
    ("产出指标", "数量指标", "扶持香菇标准化种植基地", "≥40个", "42个", "7", "7", ""),
    ("产出指标", "数量指标", "新建香菇保鲜冷库", "≥25座", "26座", "6", "6", ""),
    ("产出指标", "数量指标", "扶持香菇精深加工企业", "≥12家", "12家", "5", "5", ""),
    ("产出指标", "数量指标", "开展菇农技术培训", "≥2000人次", "2135人次", "4", "4", ""),
    ("产出指标", "质量指标", "种植基地建设验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "香菇产品质量抽检合格率", "≥98%", "99.2%", "5", "5", ""),
    ("产出指标", "时效指标", "扶持资金兑付时间", "2023年10月31日前", "2023年10月26日", "4", "4", ""),
    ("产出指标", "成本指标", "每座保鲜冷库建设补助", "≤20万元", "20万元", "5", "5", ""),
    ("效益指标", "经济效益指标", "香菇产业综合产值", "≥260亿元", "252亿元", "8", "7.75",
     "香菇出口价格下行，产值未达预期；2024年拓展国内精深加工产品市场。"),
    ("效益指标", "经济效益指标", "带动菇农户均增收", "≥3000元", "3260元", "7", "7", ""),
    ("效益指标", "社会效益指标", "带动农户就业", "≥1.5万人", "1.56万人", "7", "7", ""),
    ("效益指标", "可持续影响指标", "香菇产业联农带农机制", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "菇农满意度", "≥90%", "93.7%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "扶持企业满意度", "≥90%", "95.2%", "10", "10", ""),
]


def html368(out: Path) -> None:
    """Suizhou (Hubei): the common form as a bureau page (head / fund table with 项目资金（万元） rowspan 4 on
    page 1, the indicator table forced onto page 2), printed by Chromium (its scan a mixed PDF)."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10.5pt;margin:0 2mm}"
           "h2{text-align:center;font-size:15pt;margin-bottom:2pt}table{width:100%;border-collapse:collapse;"
           "margin:4pt 0}td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}.p2{break-before:page}@page{size:A4;margin:14mm 12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>2023年度香菇产业发展扶持项目绩效自评表_随州市农业农村局</title><style>{css}</style></head><body>",
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center;margin-top:0">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年随州市香菇产业发展扶持项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">随州市农业农村局</td><td class="h">实施单位</td>'
         '<td colspan="3">随州市特色产业发展中心</td></tr>',
         '<tr><td class="h" rowspan="4">项目资金<br>（万元）</td><td class="h">&nbsp;</td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td>'
         '<td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>1,500.00</td><td>1,620.00</td><td>1,584.36</td><td>10</td><td>97.80%</td>"
         "<td>9.78</td></tr>",
         "<tr><td>其中：省级财政资金</td><td>1,000.00</td><td>1,000.00</td><td>1,000.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>市级财政资金</td><td>500.00</td><td>620.00</td><td>584.36</td><td>—</td><td>—</td><td>—</td></tr>",
         '<tr><td class="h" colspan="4">年度总体目标（预期目标）</td><td class="h" colspan="4">实际完成情况</td></tr>',
         '<tr><td class="l" colspan="4">扶持香菇标准化种植基地40个以上，新建保鲜冷库25座以上，扶持精深加工企业12家，'
         "培训菇农2000人次以上，带动菇农增收和农户就业。</td>"
         '<td class="l" colspan="4">扶持种植基地42个，新建保鲜冷库26座，扶持精深加工企业12家，培训菇农2135人次；'
         "香菇产业综合产值252亿元，带动农户就业1.56万人。</td></tr>",
         "</table>",
         "<p>单位负责人（签字）：&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;财务负责人（签字）：&nbsp;&nbsp;&nbsp;&nbsp;"
         "&nbsp;&nbsp;&nbsp;&nbsp;填报单位（盖章）</p>",
         '<table class="p2">',
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in HEADS214) + "</tr>"]
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS368):
        cells = []
        for k, text in ((0, l1), (1, l2)):
            if i == 0 or ROWS368[i - 1][:k + 1] != ROWS368[i][:k + 1]:
                span = sum(1 for _ in takewhile(lambda r: r[:k + 1] == ROWS368[i][:k + 1], ROWS368[i:]))
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>99.53</td><td>自评等级：优</td></tr>', "</table>",
          "<p>填报人：曾某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0722-3226×××&nbsp;&nbsp;&nbsp;&nbsp;"
          "填报日期：2024年3月28日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


ROWS369 = [
    ("产出指标", "数量指标", "实施黑土地保护性耕作", "≥120万亩", "123.6万亩", "7", "7", ""),
    ("产出指标", "数量指标", "秸秆还田面积", "≥150万亩", "152.4万亩", "6", "6", ""),
    ("产出指标", "数量指标", "增施有机肥面积", "≥30万亩", "31.2万亩", "5", "5", ""),
    ("产出指标", "数量指标", "建设黑土地保护示范区", "≥6个", "6个", "4", "4", ""),
    ("产出指标", "质量指标", "保护性耕作作业质量合格率", "≥95%", "96.8%", "5", "5", ""),
    ("产出指标", "质量指标", "耕地质量监测点覆盖率", "100%", "100%", "4", "4", ""),
    ("产出指标", "时效指标", "作业补助资金兑付时间", "2023年12月20日前", "2023年12月15日", "4", "4", ""),
    ("产出指标", "成本指标", "保护性耕作亩均补助标准", "≤40元", "40元", "5", "5", ""),
    ("效益指标", "经济效益指标", "项目区玉米亩均节本增效", "≥60元", "64元", "7", "7", ""),
    ("效益指标", "生态效益指标", "耕地土壤有机质含量提高", "≥0.2克/千克", "0.18克/千克", "8", "7.20",
     "有机质提升为长期过程，当年监测值略低于目标；2024年继续增施有机肥并跟踪监测。"),
    ("效益指标", "生态效益指标", "项目区耕地质量等级提升", "≥0.3个等级", "0.3个等级", "7", "7", ""),
    ("效益指标", "社会效益指标", "带动新型农业经营主体", "≥450个", "468个", "5", "5", ""),
    ("效益指标", "可持续影响指标", "黑土地保护长效机制", "健全", "健全", "5", "5", ""),
    ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "94.1%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "农机作业服务主体满意度", "≥85%", "91.5%", "8", "8", ""),
]


def doc369(out: Path) -> None:
    """Suihua (Heilongjiang): the head / fund table and the signature lines on page 1, the indicator grid on page 2
    (its scan from a copier with a halftone grey and the lid open, each page skewed its own way)."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年绥化市黑土地保护利用项目", "dept": "绥化市农业农村局",
                   "agency": "绥化市农业技术推广中心"},
               ("5,600.00", "5,800.00", "5,742.00", "10", "99.00%", "9.90"),
               [("其中：中央黑土地保护资金", "4,800.00", "4,800.00", "4,800.00"),
                ("省级财政资金", "800.00", "800.00", "800.00"),
                ("市级财政资金", "0.00", "200.00", "142.00")],
               FUND42)
    para(d, "")
    para(d, "单位负责人（签字）：　　　　　　　　财务负责人（签字）：　　　　　　　　填报单位（盖章）")
    para(d, "填报人：姜某某　　联系电话：0455-8326×××　　填报日期：2024年3月12日")
    d.add_page_break()
    _regrid42(_indicator_grid(d, ROWS369, "99.10"))
    d.save(out)


def _rules50(a, rng, gaps: int, length: tuple) -> None:
    """Break the table's thin rules in place: a rule is a line of pixels dark over 150 px running (no stroke of a
    line of text, bold titles included, is that long); each rule (its adjacent lines together) gets `gaps` short
    paper-coloured gaps, each inside a dark run, so no text the line passes elsewhere is touched."""
    import numpy as np
    k = 150
    for view in (a, a.T):   # rows, then columns (a.T is a view: writes land in a)
        dark = (view < 140).astype(np.int32)
        cs = np.cumsum(dark, axis=1)
        starts = (cs[:, k:] - cs[:, :-k]) == k   # starts[i, x]: line i dark over x + 1 .. x + k
        ruled = np.nonzero(starts.any(axis=1))[0]
        groups = np.split(ruled, np.nonzero(np.diff(ruled) > 1)[0] + 1) if len(ruled) else []
        for g in groups:
            where = np.nonzero(starts[g].any(axis=0))[0]
            for _ in range(gaps):
                x0 = int(rng.choice(where)) + 1
                x1 = x0 + int(rng.integers(*length))
                view[g[0]:g[-1] + 1, x0:x1] = np.maximum(view[g[0]:g[-1] + 1, x0:x1], 205)


def photocopied_twice(pdf: Path, out: Path) -> None:
    """A copy of a copy at 200 dpi grey: each of the two generations blurs the toner (Gaussian 0.7 px) and darkens
    it (x 1.5, so strokes thicken), and adds toner speckle (0.06% of pixels); the paper a mottled grey (about 226);
    the thin rules broken in places (14 gaps of 4-14 px per rule)."""
    import numpy as np
    from PIL import Image, ImageFilter
    rng = np.random.default_rng(364)
    dpi = 200
    pages = []
    for page in _pages42(pdf, dpi):
        w, h = page.size
        ink = 255 - np.asarray(page, dtype=np.float32)
        for _generation in range(2):
            ink = np.asarray(Image.fromarray(ink.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7)),
                             dtype=np.float32) * 1.5
            ink[rng.random((h, w)) < 0.0006] += rng.uniform(90, 170)
            ink = np.clip(ink, 0, 255)
        mottle = Image.fromarray(rng.normal(128, 40, (h // 16 + 1, w // 16 + 1)).clip(0, 255).astype(np.uint8))
        mottle = np.asarray(mottle.resize((w, h), Image.BICUBIC), dtype=np.float32) - 128
        paper = 226 + mottle * 0.15 + rng.normal(0, 4, (h, w))
        a = paper * (1 - ink / 255)
        _rules50(a, rng, 14, (4, 14))
        pages.append(Image.fromarray(a.clip(0, 255).astype(np.uint8)))
    _save42(pages, out, dpi, quality=85)


def bled_through(pdf: Path, out: Path) -> None:
    """A double-sided sheet scanned at 200 dpi grey: each side shows the other's print faintly, mirrored left to
    right and softened by the paper (blur 1.6 px, 14% of its ink)."""
    import numpy as np
    from PIL import Image, ImageFilter, ImageOps
    dpi = 200
    pages = _pages42(pdf, dpi)
    out_pages = []
    for k, page in enumerate(pages):
        back = pages[k ^ 1] if len(pages) > 1 and (k ^ 1) < len(pages) else None
        a = np.asarray(page, dtype=np.float32) * 0.98
        if back is not None:
            ghost = ImageOps.mirror(back).resize(page.size).filter(ImageFilter.GaussianBlur(1.6))
            a = a * (1 - (255 - np.asarray(ghost, dtype=np.float32)) / 255 * 0.14)
        out_pages.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)))
    _save42(out_pages, out, dpi, quality=85)


def folded_letter(pdf: Path, out: Path) -> None:
    """A letter folded in three by hand and flattened, scanned at 200 dpi grey: two creases across the page at 35.5%
    and 68.5% of its height (a little off the thirds), each a dark 2 px line with a shadow falling below it (to 0.8
    of the paper, fading over about 14 px) and a lighter ridge above; the paper a little grey (x 0.96)."""
    import numpy as np
    from PIL import Image
    dpi = 200
    pages = []
    for page in _pages42(pdf, dpi):
        w, h = page.size
        a = np.asarray(page, dtype=np.float32) * 0.96
        light = np.ones(h, dtype=np.float32)
        for y in (round(h * 0.355), round(h * 0.685)):
            d = np.arange(h) - y
            light -= np.where(d >= 0, 0.2 * np.exp(-d / 14.0), 0) * (d < 40)
            light += np.where((d < 0) & (d > -12), 0.03, 0)
            light[y - 1:y + 1] = 0.62
        a = a * light[:, None]
        pages.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)))
    _save42(pages, out, dpi, quality=85)


def scanner_app(pdf: Path, out: Path) -> None:
    """A phone scanner app's "document" output: the photo (160 dpi, scaled up to 200) with barrel distortion at the
    edges (k = 0.035), an adaptive black and white threshold (local mean over 51 px minus 12), the thin rules
    partly lost (10 gaps of 15-60 px per rule, where the threshold dropped the faint line), and the page cropped
    by 5% on the left (into the margin); 1-bit at 200 dpi."""
    import numpy as np
    from PIL import Image, ImageFilter
    rng = np.random.default_rng(367)
    dpi = 200
    pages = []
    for page in _pages42(pdf, 160):
        page = page.resize((round(page.width * 200 / 160), round(page.height * 200 / 160)), Image.BILINEAR)
        w, h = page.size
        a = np.asarray(page, dtype=np.float32)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        nx, ny = (xx - w / 2) / (w / 2), (yy - h / 2) / (h / 2)
        f = 1 + 0.035 * (nx * nx + ny * ny)
        sx = np.clip(w / 2 + nx * f * w / 2 / 1.035, 0, w - 1).astype(np.int32)
        sy = np.clip(h / 2 + ny * f * h / 2 / 1.035, 0, h - 1).astype(np.int32)
        a = a[sy, sx]
        _rules50(a, rng, 10, (15, 60))
        img = Image.fromarray(a.astype(np.uint8))
        mean = np.asarray(img.filter(ImageFilter.BoxBlur(25)), dtype=np.float32)
        black = a < mean - 12
        img = Image.fromarray(np.where(black, 0, 255).astype(np.uint8)).crop((round(w * 0.05), 0, w, h))
        pages.append(img.convert("1", dither=Image.Dither.NONE))
    _save42(pages, out, dpi)


def mixed_pdf(pdf: Path, out: Path) -> None:
    """An office's mixed PDF: page 1 the born-digital page with its text layer (copied from the .pdf), page 2 the
    signed page scanned and appended: 200 dpi grey, faint noise, JPEG 85, no text layer."""
    import io
    import numpy as np
    import pypdf
    from PIL import Image
    rng = np.random.default_rng(368)
    dpi = 200
    scans = []
    for page in _pages42(pdf, dpi)[1:]:
        a = np.asarray(page, dtype=np.float32) * 0.97 + rng.normal(0, 2.5, (page.height, page.width))
        scans.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)))
    buf = io.BytesIO()
    _save42(scans, buf, dpi, quality=85, format="PDF")
    writer = pypdf.PdfWriter()
    writer.add_page(pypdf.PdfReader(str(pdf)).pages[0])
    for p in pypdf.PdfReader(buf).pages:
        writer.add_page(p)
    with open(out, "wb") as f:
        writer.write(f)


def halftone_lid_open(pdf: Path, out: Path) -> None:
    """A copier at 300 dpi grey: a halftone screen (45 degrees, 6 px pitch) grey over the whole sheet, a dark band
    along the right edge where the lid stood open (black fading to the paper over 5 mm), and each page skewed its
    own way on the glass: page 1 0.8 degrees counter-clockwise, page 2 1.5 degrees clockwise."""
    import numpy as np
    from PIL import Image
    dpi = 300
    pages = []
    for k, page in enumerate(_pages42(pdf, dpi)):
        w, h = page.size
        page = page.rotate((0.8, -1.5)[k % 2], resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(page, dtype=np.float32)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        u, v = (xx + yy) * 0.7071 / 6, (xx - yy) * 0.7071 / 6
        dots = (np.cos(2 * np.pi * u) + np.cos(2 * np.pi * v)) / 4 + 0.5   # 0..1, a dot screen
        a = a * (1 - 0.16 * (dots > 0.62))
        edge = np.clip((xx - (w - 60)) / 60, 0, 1)
        a = a * (1 - 0.85 * edge)
        pages.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)))
    _save42(pages, out, dpi, quality=80)


SCAN_AS_COMES.update({"364": photocopied_twice, "365": bled_through, "366": folded_letter, "367": scanner_app,
                      "368": mixed_pdf, "369": halftone_lid_open})
DOCX.update({"364": doc364, "365": doc365, "369": doc369})
XLSX.update({"366": xls366, "367": xls367})
HTML.update({"368": html368})



# ---------------------------------------------------------------- 394-399: ordinary forms, fifth round
# Six ordinary self-evaluation forms of places no set has had, one per way files are made: (l1, l2, name, target,
# actual, weight, score, note); the fund weighs 10 of the form's 100 points.

ROWS394 = [
    ("产出指标", "数量指标", "推广青稞良种", "≥30万亩", "31.2万亩", "6", "6", ""),
    ("产出指标", "数量指标", "建设青稞良种繁育基地", "≥2.5万亩", "2.56万亩", "5", "5", ""),
    ("产出指标", "数量指标", "培训农牧民", "≥6000人次", "6280人次", "4", "4", ""),
    ("产出指标", "数量指标", "发放良种补贴农户", "≥2.8万户", "2.86万户", "4", "4", ""),
    ("产出指标", "质量指标", "青稞良种纯度", "≥98%", "98.6%", "5", "5", ""),
    ("产出指标", "质量指标", "青稞良种发芽率", "≥85%", "82%", "5", "4.82",
     "部分批次良种储存期间受潮，发芽率偏低；\n已更换供种单位并加强入库检测。"),
    ("产出指标", "时效指标", "良种发放到户时间", "2023年4月15日前", "2023年4月10日", "4", "4", ""),
    ("产出指标", "时效指标", "良种补贴资金兑付", "及时", "及时", "3", "3", ""),
    ("产出指标", "成本指标", "每亩良种补贴标准", "≤60元/亩", "60元/亩", "4", "4", ""),
    ("效益指标", "经济效益指标", "青稞单产提高", "≥8%", "9.2%", "8", "8", ""),
    ("效益指标", "经济效益指标", "带动农牧民亩均增收", "≥120元", "132元", "6", "6", ""),
    ("效益指标", "社会效益指标", "青稞良种覆盖率", "≥95%", "96.4%", "8", "8", ""),
    ("效益指标", "可持续影响指标", "青稞良种繁育推广体系", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "农牧民满意度", "≥90%", "94.3%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "种植大户满意度", "≥85%", "91.5%", "10", "10", ""),
]


def doc394(out: Path) -> None:
    """Shigatse (Tibet): the regional Word template: 附件2 line, ONE grid head table (项目名称 / 主管部门 / 实施单位,
    项目资金（万元） vMerged over the fund rows, 年度总体目标 vMerged over a 预期目标 / 实际完成情况 head and its prose
    row), then the indicator grid over a page break with its header row repeated, levels vMerged."""
    d = new_document()
    para(d, "附件2", 12, True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    t = grid_table(d, 10, 8, [1.8, 3.0, 2.2, 2.2, 2.2, 1.2, 1.6, 1.4], "Table Grid")
    fill(t.cell(0, 0), "项目名称")
    fill(t.cell(0, 1).merge(t.cell(0, 7)), "2023年日喀则市青稞良种推广项目")
    fill(t.cell(1, 0), "主管部门")
    fill(t.cell(1, 1).merge(t.cell(1, 3)), "日喀则市农业农村局")
    fill(t.cell(1, 4), "实施单位")
    fill(t.cell(1, 5).merge(t.cell(1, 7)), "日喀则市农牧科学研究所")
    vmerge(t, 0, 2, 7, "项目资金\n（万元）")
    for c, text in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=1):
        fill(t.cell(2, c), text)
    fund = [("年度资金总额", "2,100.00", "2,160.00", "2,136.30", "10", "98.90%", "9.89"),
            ("其中：中央财政资金", "1,500.00", "1,500.00", "1,500.00", "—", "—", "—"),
            ("自治区财政资金", "400.00", "400.00", "400.00", "—", "—", "—"),
            ("市级财政资金", "200.00", "260.00", "236.30", "—", "—", "—"),
            ("其他资金", "", "", "", "—", "—", "—")]
    for r, vals in enumerate(fund, start=3):
        for c, text in enumerate(vals, start=1):
            fill(t.cell(r, c), text)
    vmerge(t, 0, 8, 9, "年度总体\n目标")
    fill(t.cell(8, 1).merge(t.cell(8, 3)), "预期目标")
    fill(t.cell(8, 4).merge(t.cell(8, 7)), "实际完成情况")
    fill(t.cell(9, 1).merge(t.cell(9, 3)),
         "在全市推广青稞良种30万亩以上，建设良种繁育基地2.5万亩，培训农牧民6000人次以上，"
         "青稞良种覆盖率达到95%以上，带动青稞单产提高8%以上。")
    fill(t.cell(9, 4).merge(t.cell(9, 7)),
         "全年推广青稞良种31.2万亩，建设良种繁育基地2.56万亩，培训农牧民6280人次，"
         "向2.86万户农牧民发放良种补贴；青稞良种覆盖率96.4%，单产提高9.2%。"
         "个别批次良种发芽率未达标，已整改。")
    _fit256(t, [2.0, 3.1, 2.2, 2.2, 2.2, 1.1, 2.0, 1.4])
    para(d, "")
    _fit256(_indicator_grid(d, ROWS394, "99.71"), [1.5, 1.8, 3.4, 2.1, 2.1, 1.1, 1.5, 3.2])
    para(d, "")
    para(d, "填报人：次仁某某　　联系电话：0892-8822×××　　填报日期：2024年3月20日")
    d.save(out)


ROWS395 = [
    ("产出指标", "数量指标", "新增造林绿化面积", "≥1.2万亩", "1.23万亩", "6", "6", ""),
    ("产出指标", "数量指标", "完成森林抚育", "≥8万亩", "8.15万亩", "5", "5", ""),
    ("产出指标", "数量指标", "林业有害生物防治作业", "≥45万亩次", "46.2万亩次", "5", "5", ""),
    ("产出指标", "数量指标", "生态护林员管护上岗", "≥3800人", "3812人", "4", "4", ""),
    ("产出指标", "质量指标", "新造林成活率", "≥90%", "93.6%", "5", "5", ""),
    ("产出指标", "质量指标", "林业有害生物成灾率", "≤1%", "0.42%", "5", "5", ""),
    ("产出指标", "时效指标", "春季造林完成时间", "2023年5月31日前", "2023年5月26日", "4", "4", ""),
    ("产出指标", "时效指标", "生态补偿资金拨付", "及时", "及时", "3", "3", ""),
    ("产出指标", "成本指标", "公用经费控制率", "≤100%", "97.8%", "3", "3", ""),
    ("效益指标", "生态效益指标", "森林覆盖率", "≥61%", "61.3%", "8", "8", ""),
    ("效益指标", "经济效益指标", "林下经济产值", "≥1.5亿元", "1.56亿元", "6", "6", ""),
    ("效益指标", "社会效益指标", "重大森林火灾", "0起", "0起", "6", "6", ""),
    ("效益指标", "可持续影响指标", "林长制责任体系", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%", "92.4%", "12", "12", ""),
    ("满意度指标", "服务对象满意度指标", "生态护林员满意度", "≥90%", "88.8%", "10", "9.87",
     "部分护林员反映山区巡护交通补助偏低，2024年调整补助标准。"),
]


def doc395(out: Path) -> None:
    """Yanqing district (Beijing): a bureau's 部门整体支出绩效自评表 in Word: 部门（单位）名称 row, 年度预算执行情况
    vMerged over 年度资金总额 and 基本支出 / 项目支出 rows, indicators of the bureau's duties, header repeated,
    自评等级 in a line below the table."""
    d = new_document()
    para(d, "部门整体支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _dept_fund(d, "北京市延庆区园林绿化局", ("12,860.00", "13,420.00", "13,152.92", "10", "98.01%", "9.80"),
               [("其中：基本支出", "4,260.00", "4,380.00", "4,380.00"),
                ("项目支出", "8,600.00", "9,040.00", "8,772.92")],
               [1.8, 3.0, 2.2, 2.2, 2.2, 1.2, 1.6, 1.4])
    _fit256(d.tables[-1], [2.0, 2.4, 2.4, 2.4, 2.4, 1.0, 1.9, 1.5])
    para(d, "")
    g = _indicator_grid(d, ROWS395, "99.67")
    fill(g.cell(len(ROWS395) + 1, 7), "")
    _fit256(g, [1.5, 1.8, 3.4, 2.1, 2.1, 1.1, 1.5, 3.2])
    para(d, "自评等级：优", 10.5, True)
    para(d, "填报人：王某某　　联系电话：010-6914××××　　填报日期：2024年3月25日")
    d.save(out)


ROWS396 = [
    ("产出指标", "数量指标", "建设葡萄标准化示范园", "≥1.5万亩", "1.52万亩", 6, 6, ""),
    ("产出指标", "数量指标", "改造老旧葡萄园", "≥2万亩", "2.08万亩", 6, 6, ""),
    ("产出指标", "数量指标", "改造提升葡萄晾房", "≥1200座", "1236座", 5, 5, ""),
    ("产出指标", "数量指标", "开展葡萄种植技术培训", "≥3000人次", "3150人次", 4, 4, ""),
    ("产出指标", "质量指标", "示范园建设验收合格率", "100%", (1, PCT0), 6, 6, ""),
    ("产出指标", "质量指标", "绿色食品认证面积占比", "≥30%", (0.284, PCT1), 5, 4.73,
     "部分示范园认证材料未在年内获批，2024年上半年完成认证。"),
    ("产出指标", "时效指标", "老旧葡萄园改造完成时间", "2023年10月31日前", "2023年10月25日", 4, 4, ""),
    ("产出指标", "成本指标", "老旧葡萄园改造亩均补助", "≤800元/亩", "800元/亩", 4, 4, ""),
    ("效益指标", "经济效益指标", "葡萄种植亩均增收", "≥500元", "536元", 8, 8, ""),
    ("效益指标", "经济效益指标", "葡萄干优质品率", "≥70%", (0.726, PCT1), 6, 6, ""),
    ("效益指标", "社会效益指标", "带动葡萄种植户", "≥1.1万户", "1.13万户", 8, 8, ""),
    ("效益指标", "可持续影响指标", "葡萄产业社会化服务体系", "逐步完善", "逐步完善", 6, 6, ""),
    ("满意度指标", "服务对象满意度指标", "葡萄种植户满意度", "≥90%", (0.952, PCT1), 12, 12, ""),
    ("满意度指标", "服务对象满意度指标", "农民专业合作社满意度", "≥85%", (0.915, PCT1), 10, 10, ""),
]


def xls396(out: Path) -> None:
    """Turpan (Xinjiang): filled in Excel: merged head, fund-label and level cells, the fund block (=SUM, 执行率,
    =ROUND) shown #,##0.00, percent actuals as numbers, =SUM 总分, the grade in a row below."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGH", (16, 18, 26, 15, 15, 9, 9, 30)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "项目支出绩效自评表")
    ws["A2"] = "（2023年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年吐鲁番市葡萄产业提质增效项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "吐鲁番市农业农村局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:H4", "吐鲁番市葡萄产业发展服务中心", left=True)
    total = _xls_fund(ws, 5, "ABCDEFGH", "项目资金（万元）",
                      [("其中：中央财政资金", (800, 800, 800)), ("自治区财政资金", (500, 500, 500)),
                       ("市级财政资金", (300, 360, 324.8))])
    head = total + 4
    for col, text in zip("ABCDEFGH", HEADS214):
        put(ws, f"{col}{head}", text)
    ws.row_dimensions[head].height = 30
    first = head + 1
    levels(ws, "A", "B", first, ROWS396)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS396):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"H{r}", note, left=True)
        ws.row_dimensions[r].height = 30 if note else 18
    end = first + len(ROWS396)
    merge(ws, f"A{end}:E{end}", "总分")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+F{total}")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+H{total}", "0.00")
    put(ws, f"H{end}", "")
    merge(ws, f"A{end + 1}:E{end + 1}", "自评等级")
    merge(ws, f"F{end + 1}:H{end + 1}", "优")
    ws[f"A{end + 3}"] = "填报人：阿依古丽·某某　　联系电话：0995-8566×××　　填报日期：2024年3月18日"
    landscape(ws)
    wb.save(out)


ROWS397 = [
    ("产出指标", "数量指标", "建设青菜头绿色种植基地", "≥5万亩", "5.12万亩", "8", "8", ""),
    ("产出指标", "数量指标", "新建改造标准化腌制池", "≥300口", "286口", "6", "5.72",
     "2个乡镇腌制池选址调整，14口顺延至2024年一季度建成。"),
    ("产出指标", "数量指标", "培训青菜头种植户", "≥5000人次", "5230人次", "5", "5", ""),
    ("产出指标", "质量指标", "青菜头商品率", "≥90%", "92.5%", "6", "6", ""),
    ("产出指标", "质量指标", "腌制池建设验收合格率", "100%", "100%", "5", "5", ""),
    ("产出指标", "时效指标", "腌制池建设完成时间", "2023年11月30日前", "2023年11月28日", "5", "5", ""),
    ("产出指标", "成本指标", "每口腌制池建设补助", "≤1.2万元", "1.2万元", "5", "5", ""),
    ("效益指标", "经济效益指标", "青菜头保底收购价", "≥1000元/吨", "1150元/吨", "10", "10", ""),
    ("效益指标", "社会效益指标", "带动种植户", "≥15万户", "15.6万户", "10", "10", ""),
    ("效益指标", "生态效益指标", "榨菜腌制废水达标处理率", "100%", "100%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "93.8%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "榨菜加工企业满意度", "≥85%", "90.6%", "10", "10", ""),
]


def xls397(out: Path) -> None:
    """Fuling district (Chongqing): an .xlsx exported by the finance system: EVERY cell a string (amounts with
    thousands commas, weights and scores too), no merges, no formulas, head as label / value rows, 项目资金（万元）
    and the levels written on every row, a 填报人 / 联系电话 / 填报日期 line of label / value cells at the bottom."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    for col, w in zip("ABCDEFGH", (16, 20, 28, 15, 15, 10, 10, 30)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "项目支出绩效自评表"
    r = 2
    for label, value in (("预算年度", "2023"), ("项目名称", "2023年涪陵区榨菜产业提质增效项目"),
                         ("主管部门", "重庆市涪陵区农业农村委员会"), ("实施单位", "重庆市涪陵区榨菜产业发展中心")):
        put(ws, f"A{r}", label)
        put(ws, f"B{r}", value, left=True)
        r += 1
    for cells in (("项目资金（万元）", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                  ("项目资金（万元）", "年度资金总额", "1,280.00", "1,320.00", "1,296.16", "10", "98.19%", "9.82"),
                  ("项目资金（万元）", "其中：中央财政资金", "600.00", "600.00", "600.00", "", "", ""),
                  ("项目资金（万元）", "市级财政资金", "400.00", "400.00", "400.00", "", "", ""),
                  ("项目资金（万元）", "区级财政资金", "280.00", "320.00", "296.16", "", "", "")):
        for col, v in zip("ABCDEFGH", cells):
            put(ws, f"{col}{r}", v)
        r += 1
    for col, text in zip("ABCDEFGH", HEADS214):
        put(ws, f"{col}{r}", text)
    first = r + 1
    for i, row in enumerate(ROWS397):
        for col, v in zip("ABCDEFGH", row):
            put(ws, f"{col}{first + i}", v, left=col in "CH")
    end = first + len(ROWS397)
    for col, v in zip("ABCDEFGH", ("总分", "", "", "", "", "100", "99.54", "")):
        put(ws, f"{col}{end}", v)
    for col, v in zip("ABCDEFGH", ("自评等级", "优", "", "", "", "", "", "")):
        put(ws, f"{col}{end + 1}", v)
    for col, v in zip("ABCDEF", ("填报人", "冉某某", "联系电话", "023-7222××××", "填报日期", "2024-03-19")):
        ws[f"{col}{end + 3}"] = v
    for row in ws.iter_rows():
        for c in row:
            assert c.value is None or isinstance(c.value, str), c.coordinate   # an export of strings
            c.alignment = Alignment(horizontal="left" if c.column in (2, 3, 8) else "center",
                                    vertical="center")   # the export sets no wrapping: long text runs on
    ws.column_dimensions["H"].width = 52
    landscape(ws)
    wb.save(out)


ROWS398 = [
    ("产出指标", "数量指标", "建设春油菜绿色高产高效示范区", "≥5万亩", "5.08万亩", "8", "8", ""),
    ("产出指标", "数量指标", "推广春油菜良种", "≥12万亩", "12.4万亩", "6", "6", ""),
    ("产出指标", "数量指标", "推广测土配方施肥", "≥5万亩", "5.1万亩", "5", "5", ""),
    ("产出指标", "数量指标", "举办技术培训班", "≥20期", "22期", "4", "4", ""),
    ("产出指标", "质量指标", "示范区良种覆盖率", "100%", "100%", "5", "5", ""),
    ("产出指标", "质量指标", "病虫害统防统治覆盖率", "≥60%", "63.5%", "4", "4", ""),
    ("产出指标", "时效指标", "良种及物资发放时间", "2023年4月30日前", "2023年4月22日", "4", "4", ""),
    ("产出指标", "成本指标", "示范区每亩物化补助", "≤120元", "120元", "4", "4", ""),
    ("效益指标", "经济效益指标", "示范区油菜单产", "≥170公斤/亩", "176公斤/亩", "10", "10", ""),
    ("效益指标", "经济效益指标", "示范区亩均节本增效", "≥80元", "72元", "8", "7.20",
     "菜籽收购价格较上年下跌，亩均增效低于预期。"),
    ("效益指标", "生态效益指标", "示范区化肥使用量减少", "≥5%", "5.8%", "6", "6", ""),
    ("效益指标", "可持续影响指标", "绿色高产高效技术模式", "持续推广", "持续推广", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "95.1%", "12", "12", ""),
    ("满意度指标", "服务对象满意度指标", "种植大户及合作社满意度", "≥85%", "90.3%", "8", "8", ""),
]


def html398(out: Path) -> None:
    """Menyuan county (Haibei, Qinghai): a county government site's article page (banner, breadcrumb, title, 发布时间
    line, a sentence of prose, the form as ONE eight-column table, an 附件 line, footer) printed by Chromium."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt;margin:0 1px}"
           ".top{background:#b22222;color:#fff;padding:8pt 6pt;font-size:16pt;font-weight:bold}"
           ".crumb{font-size:9pt;color:#555;margin:4pt 0;border-bottom:1px dashed #bbb;padding-bottom:3pt}"
           "h1{text-align:center;font-size:15pt}"
           ".meta{text-align:center;font-size:9pt;color:#555;border-bottom:1px solid #ccc;padding-bottom:4pt}"
           "table{width:99.6%;border-collapse:collapse;margin:6pt 0;table-layout:fixed}"
           "td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}td.t{font-size:14pt;font-weight:bold;border:none}"
           ".att{font-size:9pt;margin-top:8pt}.att a{color:#b22222}"
           ".foot{border-top:2px solid #b22222;font-size:8pt;color:#555;"
           "text-align:center;margin-top:10pt;padding-top:4pt}@page{size:A4;margin:14mm 12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         "<title>门源县农牧水利和科技局2023年度高原春油菜绿色高产高效行动项目绩效自评表_门源回族自治县人民政府</title>"
         f"<style>{css}</style></head><body>",
         '<div class="top">门源回族自治县人民政府</div>',
         '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政预决算 &gt; 绩效评价</div>',
         "<h1>门源县农牧水利和科技局2023年度高原春油菜绿色高产高效行动项目绩效自评表</h1>",
         '<div class="meta">发布时间：2024-04-22　　来源：县农牧水利和科技局　　浏览次数：126</div>',
         "<p>根据县财政局关于做好2023年度项目支出绩效自评工作的通知，我局对高原春油菜绿色高产高效行动项目"
         "开展了绩效自评，现将自评表予以公开。</p>",
         "<table>", "<colgroup>" + "".join(f'<col style="width:{w}%">' for w in (10, 12, 19, 12, 12, 7, 8, 20))
         + "</colgroup>",
         '<tr><td class="t" colspan="8">项目支出绩效自评表<br><span style="font-size:10pt;font-weight:normal">'
         "（2023年度）</span></td></tr>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年门源县高原春油菜绿色高产高效行动项目'
         "</td></tr>",
         '<tr><td class="h">主管部门</td><td colspan="3">门源回族自治县农牧水利和科技局</td>'
         '<td class="h">实施单位</td><td colspan="3">门源回族自治县农业技术推广中心</td></tr>',
         '<tr><td class="h" rowspan="5">项目资金<br>（万元）</td><td class="h">&nbsp;</td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td>'
         '<td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>660.00</td><td>680.00</td><td>672.50</td><td>10</td><td>98.90%</td>"
         "<td>9.89</td></tr>",
         "<tr><td>其中：中央财政资金</td><td>420.00</td><td>420.00</td><td>420.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>省级财政资金</td><td>180.00</td><td>180.00</td><td>180.00</td><td>—</td><td>—</td><td>—</td></tr>",
         "<tr><td>县级财政资金</td><td>60.00</td><td>80.00</td><td>72.50</td><td>—</td><td>—</td><td>—</td></tr>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in HEADS214) + "</tr>"]
    starts = {depth: {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS398, depth)} for depth in (0, 1)}
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS398):
        cells = []
        for depth, text in ((0, l1), (1, l2)):
            if i in starts[depth]:
                span = starts[depth][i]
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>99.09</td><td>&nbsp;</td></tr>',
          '<tr><td class="h" colspan="5">自评等级</td><td colspan="3">优</td></tr>', "</table>",
          '<div class="att">附件：<a href="#">门源县2023年度高原春油菜绿色高产高效行动项目绩效自评表.xls</a></div>',
          '<div class="foot">主办单位：门源回族自治县人民政府办公室　　承办：县政务服务和数据管理中心<br>'
          "网站标识码：6322210001　　青ICP备××××××××号</div>",
          "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


ROWS399 = [
    ("产出指标", "数量指标", "村庄保洁覆盖行政村", "≥18个", "18个", "8", "8", ""),
    ("产出指标", "数量指标", "河道保洁长度", "≥210公里", "214.6公里", "6", "6", ""),
    ("产出指标", "数量指标", "配备村级保洁员", "≥260人", "262人", "6", "6", ""),
    ("产出指标", "数量指标", "公共绿地养护面积", "≥35万平方米", "35.8万平方米", "5", "5", ""),
    ("产出指标", "质量指标", "村庄环境长效管理考核达标率", "≥95%", "96.5%", "5", "5", ""),
    ("产出指标", "质量指标", "河道保洁考核合格率", "≥95%", "97.2%", "4", "4", ""),
    ("产出指标", "时效指标", "问题整改平均办结时间", "≤3个工作日", "2.6个工作日", "3", "3", ""),
    ("产出指标", "成本指标", "保洁员人均年度补贴", "≤3.6万元", "3.55万元", "3", "3", ""),
    ("效益指标", "社会效益指标", "群众投诉办结率", "100%", "100%", "10", "10", ""),
    ("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥42%", "39.5%", "10", "9.40",
     "湿垃圾就地处理站设备检修停运两个月；\n已于11月恢复运行。"),
    ("效益指标", "可持续影响指标", "村庄环境长效管护机制", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "93.2%", "12", "12", ""),
    ("满意度指标", "服务对象满意度指标", "保洁员满意度", "≥85%", "89.4%", "8", "8", ""),
]


def doc399(out: Path) -> None:
    """Gangxi town (Chongming district, Shanghai): a township's Word form, typed in a plain grid: a head / fund table
    of EQUAL column widths (as Word inserts it), 其他资金 '0', the indicator grid, levels vMerged, one shortfall
    whose reason runs over two lines, 自评等级 in a line below."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    para(d, "填报单位：上海市崇明区港西镇人民政府　　　　　　　　　　金额单位：万元", 10)
    t = grid_table(d, 7, 8, [2.0] * 8, "Table Grid")
    fill(t.cell(0, 0), "项目名称")
    fill(t.cell(0, 1).merge(t.cell(0, 7)), "2023年港西镇村庄环境长效管护项目")
    fill(t.cell(1, 0), "主管部门")
    fill(t.cell(1, 1).merge(t.cell(1, 3)), "崇明区港西镇人民政府")
    fill(t.cell(1, 4), "实施单位")
    fill(t.cell(1, 5).merge(t.cell(1, 7)), "港西镇社区管理办公室")
    vmerge(t, 0, 2, 6, "项目资金\n（万元）")
    for c, text in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=1):
        fill(t.cell(2, c), text)
    fund = [("年度资金总额", "500.00", "520.00", "511.80", "10", "98.42%", "9.84"),
            ("其中：区级财政资金", "320.00", "320.00", "320.00", "—", "—", "—"),
            ("镇级财政资金", "180.00", "200.00", "191.80", "—", "—", "—"),
            ("其他资金", "0", "0", "0", "—", "—", "—")]
    for r, vals in enumerate(fund, start=3):
        for c, text in enumerate(vals, start=1):
            fill(t.cell(r, c), text)
    para(d, "")
    n = len(ROWS399)
    g = grid_table(d, n + 2, 8, [1.5, 1.6, 2.6, 2.7, 2.7, 1.2, 1.5, 2.7], "Table Grid")
    for c, text in enumerate(HEADS214):
        fill(g.cell(0, c), text)
    indicator_rows(g, 1, ROWS399, IND_COLS)
    fill(g.cell(n + 1, 0).merge(g.cell(n + 1, 4)), "合计")
    fill(g.cell(n + 1, 5), "100")
    fill(g.cell(n + 1, 6), "99.24")
    fill(g.cell(n + 1, 7), "")
    para(d, "自评等级：优")
    para(d, "填表人：施某某　　联系电话：021-5948××××　　填报日期：2024年3月15日")
    d.save(out)


DOCX.update({"394": doc394, "395": doc395, "399": doc399})
XLSX.update({"396": xls396, "397": xls397})
HTML.update({"398": html398})


# ---------------------------------------------------------------- 400-405: scans as they come, third round
# Six ordinary 项目支出绩效自评表 (rows as 316-321: l1, l2, name, target, actual, weight, score, note; the fund
# weighs 10 of 100), each with a .scan.pdf damaged as paper is, none of 316-321's or 364-369's damages: a dirty
# copier glass (a dark streak down every page, dust), a diagonal 复印件 watermark, a phone photo under warm indoor
# light, a toner-low print, a red seal over 总分 with a blue signature and a paper clip's shadow, a 1-bit scan at a
# fixed threshold of header cells shaded grey in the form. Written by SCAN_AS_COMES[stem](pdf, scan) from the
# form's clean .pdf; fixed seeds.

ROWS400 = [
    ("产出指标", "数量指标", "治理采煤沉陷区面积", "≥1.8万亩", "1.89万亩", "8", "8", ""),
    ("产出指标", "数量指标", "搬迁安置受灾群众", "≥3200户", "3265户", "7", "7", ""),
    ("产出指标", "数量指标", "修复损毁农村道路", "≥45公里", "46.8公里", "5", "5", ""),
    ("产出指标", "质量指标", "治理工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "安置住房质量达标率", "100%", "100%", "5", "5", ""),
    ("产出指标", "时效指标", "搬迁安置完成时间", "2023年11月30日前", "2023年11月26日", "6", "6", ""),
    ("产出指标", "成本指标", "户均搬迁安置补助", "≤6万元", "6万元", "8", "8", ""),
    ("效益指标", "社会效益指标", "消除地质灾害隐患点", "≥28处", "26处", "10", "9.29",
     "2处隐患点位于采空区边缘，需补充勘查后治理，2024年上半年完成。"),
    ("效益指标", "经济效益指标", "安置群众人均可支配收入增长率", "≥6%", "6.8%", "8", "8", ""),
    ("效益指标", "生态效益指标", "沉陷区复垦复绿面积", "≥5000亩", "5120亩", "9", "9", ""),
    ("效益指标", "可持续影响指标", "治理区长效管护机制", "健全", "健全", "8", "8", ""),
    ("满意度指标", "服务对象满意度指标", "搬迁群众满意度", "≥90%", "95.3%", "10", "10", ""),
]


def _keep_rows56(t) -> None:
    """Rows kept whole over a page break (w:cantSplit: 允许跨行断页 off), as a careful typist sets the grid."""
    for tr in t._tbl.tr_lst:
        tr.get_or_add_trPr().append(_el("w:cantSplit"))


def doc400(out: Path) -> None:
    """Lüliang (Shanxi): the common Word form as 316 (its scan from a copier with a dirty glass)."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年吕梁市采煤沉陷区综合治理项目", "dept": "吕梁市自然资源局",
                   "agency": "吕梁市采煤沉陷区治理服务中心"},
               ("2,200.00", "2,320.00", "2,281.40", "10", "98.34%", "9.83"),
               [("其中：省级财政资金", "1,500.00", "1,500.00", "1,500.00"),
                ("市级财政资金", "700.00", "820.00", "781.40")],
               FUND42)
    para(d, "")
    grid = _indicator_grid(d, ROWS400, "99.12")
    _regrid42(grid)
    _keep_rows56(grid)
    para(d, "")
    para(d, "填报人：任某某　　联系电话：0358-8226×××　　填报日期：2024年3月18日")
    d.save(out)


ROWS401 = [
    ("产出指标", "数量指标", "完成养殖尾水治理池塘面积", "≥1.6万亩", "1.64万亩", "8", "8", ""),
    ("产出指标", "数量指标", "建设尾水处理设施", "≥120套", "124套", "7", "7", ""),
    ("产出指标", "数量指标", "培训养殖户", "≥600人", "635人", "4", "4", ""),
    ("产出指标", "质量指标", "尾水处理设施验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "尾水排放抽检达标率", "≥90%", "92.4%", "6", "6", ""),
    ("产出指标", "时效指标", "治理工程完工时间", "2023年10月31日前", "2023年10月20日", "5", "5", ""),
    ("产出指标", "成本指标", "每亩尾水治理补助标准", "≤600元", "580元", "6", "6", ""),
    ("效益指标", "生态效益指标", "养殖尾水达标排放率", "≥85%", "82.5%", "10", "9.71",
     "部分分散养殖池塘尾水设施年底方投入运行，2024年汛前完成调试。"),
    ("效益指标", "生态效益指标", "近岸海域水质优良比例", "≥88%", "89.6%", "8", "8", ""),
    ("效益指标", "经济效益指标", "养殖户亩均增收", "≥800元", "860元", "8", "8", ""),
    ("效益指标", "社会效益指标", "带动养殖户", "≥1500户", "1536户", "6", "6", ""),
    ("效益指标", "可持续影响指标", "尾水设施运行管护机制", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "93.5%", "10", "10", ""),
]


def doc401(out: Path) -> None:
    """Shanwei (Guangdong): as 317, the head / fund table and the signature lines on page 1, the indicator grid
    on page 2 (its scan stamped 复印件 / 仅供审计使用 across every page)."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    _head_fund(d, {"project": "2023年汕尾市水产养殖尾水治理项目", "dept": "汕尾市农业农村局",
                   "agency": "汕尾市海洋与渔业技术推广中心"},
               ("1,200.00", "1,250.00", "1,226.50", "10", "98.12%", "9.81"),
               [("其中：省级海洋渔业专项资金", "800.00", "800.00", "800.00"),
                ("市级财政资金", "400.00", "450.00", "426.50")],
               FUND42)
    para(d, "")
    para(d, "单位负责人（签字）：　　　　　　　　财务负责人（签字）：　　　　　　　　填报单位（盖章）")
    para(d, "填表人：蔡某某　　联系电话：0660-3386×××　　填报日期：2024年3月20日")
    d.add_page_break()
    grid = _indicator_grid(d, ROWS401, "99.52")
    _regrid42(grid)
    _keep_rows56(grid)
    d.save(out)


ROWS402 = [
    ("产出指标", "数量指标", "改造老旧供热管网", "≥42公里", "43.5公里", 8, 8, ""),
    ("产出指标", "数量指标", "改造换热站", "≥26座", "26座", 7, 7, ""),
    ("产出指标", "数量指标", "惠及供热面积", "≥180万平方米", "186万平方米", 5, 5, ""),
    ("产出指标", "质量指标", "管网改造工程验收合格率", "100%", (1, PCT0), 6, 6, ""),
    ("产出指标", "质量指标", "改造后管网热损失率", "≤12%", (0.108, PCT1), 6, 6, ""),
    ("产出指标", "时效指标", "改造工程完工时间", "2023年10月10日前", "2023年10月8日", 6, 6, ""),
    ("产出指标", "成本指标", "每公里管网改造成本", "≤45万元", "43.2万元", 7, 7, ""),
    ("效益指标", "社会效益指标", "供热期室温达标率", "≥98%", (0.986, PCT1), 10, 10, ""),
    ("效益指标", "经济效益指标", "单位面积供热能耗下降率", "≥5%", (0.046, PCT1), 10, 9.2,
     "部分换热站改造后调试时间较长，当年节能效果未完全显现；2024年采暖季加强运行调节。"),
    ("效益指标", "生态效益指标", "减少燃煤消耗", "≥1.2万吨", "1.26万吨", 8, 8, ""),
    ("效益指标", "可持续影响指标", "管网运行维护机制", "健全", "健全", 7, 7, ""),
    ("满意度指标", "服务对象满意度指标", "供热用户满意度", "≥90%", (0.934, PCT1), 10, 10, ""),
]


def xls402(out: Path) -> None:
    """Jinchang (Gansu): the common Excel form (its scan a phone photo under a warm lamp)."""
    _xls42(out, ("2023年金昌市城市集中供热管网改造项目", "金昌市住房和城乡建设局", "金昌市供热管理中心"),
           [("其中：中央城镇老旧小区改造补助资金", (1500, 1500, 1500)), ("市级财政资金", (600, 680, 648.2))],
           ROWS402, "填报人：段某某　　联系电话：0935-8213×××　　填报日期：2024年3月22日")


ROWS403 = [
    ("产出指标", "数量指标", "食品安全监督抽检", "≥4800批次", "4926批次", 8, 8, ""),
    ("产出指标", "数量指标", "食用农产品快速检测", "≥2.6万批次", "2.71万批次", 6, 6, ""),
    ("产出指标", "数量指标", "检查食品生产经营主体", "≥5200家", "5384家", 5, 5, ""),
    ("产出指标", "质量指标", "检验报告按时出具率", "≥98%", (0.992, PCT1), 6, 6, ""),
    ("产出指标", "质量指标", "不合格食品核查处置率", "100%", (1, PCT0), 6, 6, ""),
    ("产出指标", "时效指标", "年度抽检任务完成时间", "2023年11月30日前", "2023年11月27日", 5, 5, ""),
    ("产出指标", "成本指标", "每批次监督抽检成本", "≤800元", "765元", 6, 6, ""),
    ("效益指标", "社会效益指标", "食品安全评价性抽检合格率", "≥97%", (0.981, PCT1), 10, 10, ""),
    ("效益指标", "社会效益指标", "食品安全问题发现率", "≥3%", (0.027, PCT1), 8, 7.2,
     "抽检任务向高风险品种倾斜不足，问题发现率略低；2024年优化抽检计划。"),
    ("效益指标", "社会效益指标", "重大食品安全事故", "0起", "0起", 8, 8, ""),
    ("效益指标", "社会效益指标", "群众食品安全知晓率", "≥85%", (0.876, PCT1), 6, 6, ""),
    ("效益指标", "可持续影响指标", "抽检信息公开机制", "健全", "健全", 6, 6, ""),
    ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥85%", (0.893, PCT1), 10, 10, ""),
]


def xls403(out: Path) -> None:
    """Luohe (Henan): the common Excel form (printed by a printer low on toner, then scanned)."""
    _xls42(out, ("2023年漯河市食品安全监督抽检项目", "漯河市市场监督管理局", "漯河市食品药品检验检测中心"),
           [("其中：中央食品药品监管补助资金", (260, 260, 260)), ("市级财政资金", (180, 200, 192.4))],
           ROWS403, "填报人：冯某某　　联系电话：0395-3136×××　　填报日期：2024年3月19日")


ROWS404 = [
    ("产出指标", "数量指标", "支持乡镇卫生院能力提升", "≥38个", "38个", "8", "8", ""),
    ("产出指标", "数量指标", "购置医疗设备", "≥260台", "272台", "7", "7", ""),
    ("产出指标", "数量指标", "培训基层医务人员", "≥1200人次", "1265人次", "5", "5", ""),
    ("产出指标", "质量指标", "设备安装验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "质量指标", "乡镇卫生院服务能力达标率", "≥80%", "84.2%", "6", "6", ""),
    ("产出指标", "时效指标", "设备购置完成时间", "2023年9月30日前", "2023年9月22日", "6", "6", ""),
    ("产出指标", "成本指标", "单个卫生院补助标准", "≤45万元", "45万元", "7", "7", ""),
    ("效益指标", "社会效益指标", "乡镇卫生院门急诊人次增长率", "≥5%", "6.3%", "10", "10", ""),
    ("效益指标", "社会效益指标", "县域内住院率", "≥90%", "88.2%", "10", "9.8",
     "部分重症患者仍转往区外三级医院，2024年推进县域医共体建设。"),
    ("效益指标", "社会效益指标", "开展远程会诊", "≥3000例", "3185例", "8", "8", ""),
    ("效益指标", "可持续影响指标", "设备使用管护机制", "健全", "健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "门诊患者满意度", "≥90%", "93.7%", "10", "10", ""),
]


def html404(out: Path) -> None:
    """Hezhou (Guangxi): the common form as a bureau site publishes it (as 320: one head / fund table, one
    indicator table with rowspan levels, 总分 row, a 填报人 line), printed by Chromium (its scan stamped, signed
    and clipped)."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10.5pt;margin:0 2mm}"
           "h1{text-align:center;font-size:15pt}.meta{text-align:center;font-size:9pt;color:#444}"
           "h2{text-align:center;font-size:14pt;margin-bottom:2pt}table{width:100%;border-collapse:collapse;"
           "margin:4pt 0}td{border:1px solid #000;padding:3pt 4pt;text-align:center;vertical-align:middle}"
           "td.h{font-weight:bold}td.l{text-align:left}p.sign{margin-top:14pt}@page{size:A4;margin:14mm 12mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         f"<title>2023年度乡镇卫生院服务能力提升项目绩效自评表_贺州市卫生健康委员会</title><style>{css}</style>"
         "</head><body>",
         "<h1>贺州市卫生健康委员会2023年度乡镇卫生院服务能力提升项目绩效自评情况</h1>",
         '<div class="meta">发布时间：2024-04-12　　来源：贺州市卫生健康委员会</div>',
         "<h2>项目支出绩效自评表</h2>", '<p style="text-align:center;margin-top:0">（2023年度）</p>', "<table>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年贺州市乡镇卫生院服务能力提升项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">贺州市卫生健康委员会</td><td class="h">实施单位</td>'
         '<td colspan="3">贺州市基层卫生服务指导中心</td></tr>',
         '<tr><td class="h" rowspan="5">项目资金<br>（万元）</td><td class="h">&nbsp;</td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td>'
         '<td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>1,800.00</td><td>1,860.00</td><td>1,829.10</td><td>10</td><td>98.34%</td>"
         "<td>9.83</td></tr>",
         "<tr><td>其中：中央财政补助资金</td><td>1,200.00</td><td>1,200.00</td><td>1,200.00</td><td>—</td><td>—</td>"
         "<td>—</td></tr>",
         "<tr><td>自治区财政资金</td><td>400.00</td><td>400.00</td><td>400.00</td><td>—</td><td>—</td><td>—</td></tr>",
         "<tr><td>市县财政资金</td><td>200.00</td><td>260.00</td><td>229.10</td><td>—</td><td>—</td><td>—</td></tr>",
         "</table>", "<table>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in HEADS214) + "</tr>"]
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS404):
        cells = []
        for k, text in ((0, l1), (1, l2)):
            if i == 0 or ROWS404[i - 1][:k + 1] != ROWS404[i][:k + 1]:
                span = sum(1 for _ in takewhile(lambda r: r[:k + 1] == ROWS404[i][:k + 1], ROWS404[i:]))
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>99.63</td><td>自评等级：优</td></tr>', "</table>",
          '<p class="sign">填报人：莫某某&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0774-5283×××&nbsp;&nbsp;&nbsp;&nbsp;'
          "填报日期：2024年3月26日</p>", "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


ROWS405 = [
    ("产出指标", "数量指标", "建设冷凉蔬菜标准化基地", "≥3.5万亩", "3.62万亩", "7", "7", ""),
    ("产出指标", "数量指标", "建设马铃薯脱毒种薯繁育基地", "≥2万亩", "2.05万亩", "6", "6", ""),
    ("产出指标", "数量指标", "新建蔬菜产地冷藏保鲜设施", "≥40座", "42座", "5", "5", ""),
    ("产出指标", "数量指标", "培训种植户", "≥3000人", "3150人", "4", "4", ""),
    ("产出指标", "质量指标", "脱毒种薯质量合格率", "≥95%", "96.8%", "5", "5", ""),
    ("产出指标", "质量指标", "冷藏设施验收合格率", "100%", "100%", "5", "5", ""),
    ("产出指标", "时效指标", "补助资金兑付时间", "2023年12月20日前", "2023年12月15日", "5", "5", ""),
    ("产出指标", "成本指标", "每座冷藏保鲜设施补助", "≤20万元", "20万元", "5", "5", ""),
    ("效益指标", "经济效益指标", "项目区种植户户均增收", "≥3000元", "2760元", "10", "9.2",
     "受马铃薯市场价格下行影响，户均增收未达目标；2024年拓展订单销售。"),
    ("效益指标", "经济效益指标", "马铃薯产业综合产值", "≥45亿元", "46.3亿元", "8", "8", ""),
    ("效益指标", "社会效益指标", "带动脱贫户", "≥6800户", "6920户", "8", "8", ""),
    ("效益指标", "生态效益指标", "化肥农药使用量减少率", "≥3%", "3.4%", "6", "6", ""),
    ("效益指标", "可持续影响指标", "产销对接长效机制", "健全", "健全", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "94.5%", "10", "10", ""),
]


def _shade56(cell, fill_hex: str, white: bool = False) -> None:
    """A cell shaded as Word's 底纹 writes it (w:shd clear, in its place in w:tcPr); white bold text on dark."""
    tcpr = cell._tc.get_or_add_tcPr()
    shd = _el("w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": fill_hex})
    later = [e for e in tcpr if e.tag in {qn(f"w:{n}") for n in ("noWrap", "tcMar", "textDirection",
                                                                   "tcFitText", "vAlign", "hideMark")}]
    if later:
        later[0].addprevious(shd)
    else:
        tcpr.append(shd)
    if white:
        for p in cell.paragraphs:
            for r in p.runs:
                r.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
                r.font.bold = True


def doc405(out: Path) -> None:
    """Guyuan (Ningxia): the common Word form as 316 with SHADED heads: the head table's labels and the fund
    header light grey (D9D9D9), the indicator header row dark grey (595959) with white bold text (its scan 1-bit
    at a fixed threshold)."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    parts = [("其中：中央财政衔接资金", "2,400.00", "2,400.00", "2,400.00"),
             ("市级财政资金", "600.00", "720.00", "684.00")]
    head = _head_fund(d, {"project": "2023年固原市马铃薯和冷凉蔬菜产业发展项目", "dept": "固原市农业农村局",
                          "agency": "固原市农业技术推广服务中心"},
                      ("3,000.00", "3,120.00", "3,084.00", "10", "98.85%", "9.88"), parts, FUND42)
    for r, c in ((0, 0), (1, 0), (1, 4), (2, 0), *((2, k) for k in range(2, 8))):
        _shade56(head.cell(r, c), "D9D9D9")
    para(d, "")
    grid = _indicator_grid(d, ROWS405, "99.08")
    _regrid42(grid)
    _keep_rows56(grid)
    for c in range(8):
        _shade56(grid.cell(0, c), "595959", white=True)
    para(d, "")
    para(d, "填报人：马某某　　联系电话：0954-2036×××　　填报日期：2024年3月21日")
    d.save(out)


def dirty_glass(pdf: Path, out: Path) -> None:
    """A copier with a dirty glass: 200 dpi grey, a thin dark vertical streak the whole height of every page (3 px,
    ink 0.55 to 0.7 along its length, at 46% of the width, through the indicator table's 年度指标值 column), 18
    dust specks (1-3 px, dark grey) at the same places on every page, noise sigma 2, JPEG 85."""
    import numpy as np
    from PIL import Image, ImageDraw
    rng = np.random.default_rng(400)
    dpi = 200
    pages = _pages42(pdf, dpi)
    w, h = pages[0].size
    x0 = round(w * 0.46)
    along = 0.55 + 0.15 * np.convolve(rng.random(h + 40), np.ones(40) / 40, "same")[:h]
    dust = [(rng.uniform(0.08, 0.92) * w, rng.uniform(0.05, 0.95) * h, rng.integers(1, 4)) for _ in range(18)]
    out_pages = []
    for page in pages:
        a = np.asarray(page, dtype=np.float32).copy()
        for dx, k in ((-1, 0.6), (0, 1.0), (1, 0.6)):
            a[:, x0 + dx] *= 1 - along * k
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        d = ImageDraw.Draw(img)
        for x, y, r in dust:
            d.ellipse((x - r, y - r, x + r, y + r), fill=70)
        a = np.asarray(img, dtype=np.float32) + rng.normal(0, 2, (h, w))
        out_pages.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)))
    _save42(out_pages, out, dpi, quality=85)


def audit_watermark(pdf: Path, out: Path) -> None:
    """A copy stamped for the audit file: 200 dpi grey, the words 复印件 and 仅供审计使用 (Noto Sans CJK Bold, 26 mm
    and 15 mm high) in light grey (paper x 0.80) DIAGONAL at 35 degrees across the middle of every page, over the
    table (the ink multiplies the page: black stays black), noise sigma 2, JPEG 85."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont
    rng = np.random.default_rng(401)
    dpi, mm = 200, 200 / 25.4
    pages = []
    for page in _pages42(pdf, dpi):
        w, h = page.size
        mark = Image.new("L", (w * 2, h), 0)
        d = ImageDraw.Draw(mark)
        big = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", round(26 * mm))
        small = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", round(15 * mm))
        d.text((w, h / 2 - 14 * mm), "复印件", fill=255, font=big, anchor="mm")
        d.text((w, h / 2 + 16 * mm), "仅供审计使用", fill=255, font=small, anchor="mm")
        mark = mark.rotate(35, resample=Image.BICUBIC).crop((w // 2, 0, w // 2 + w, h))
        a = np.asarray(page, dtype=np.float32) * (1 - 0.20 * np.asarray(mark, dtype=np.float32) / 255)
        a = a + rng.normal(0, 2, (h, w))
        pages.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)))
    _save42(pages, out, dpi, quality=85)


def warm_phone(pdf: Path, out: Path) -> None:
    """A phone photo taken upright under a warm indoor lamp: 170 dpi colour, the page filling the frame but
    rotated 3 degrees (the desk's brown in the corners), a yellow cast (R x 1.0, G x 0.92, B x 0.72), a soft
    vignette (1.0 in the middle to 0.74 at the corners), Gaussian blur 0.8 px, JPEG 70."""
    import numpy as np
    from PIL import Image, ImageFilter
    dpi = 170
    pages = []
    for page in _pages42(pdf, dpi, "RGB"):
        w, h = page.size
        page = page.rotate(3, resample=Image.BICUBIC, expand=False, fillcolor=(120, 92, 64))
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        r2 = ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2
        light = 1 - 0.13 * r2
        a = np.asarray(page, dtype=np.float32) * light[..., None] * np.array([1.0, 0.92, 0.72])
        pages.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8)))
    _save42(pages, out, dpi, quality=70)


def toner_low(pdf: Path, out: Path) -> None:
    """A print from a printer low on toner, scanned at 200 dpi grey: the ink at 52% (black strokes print about
    mid grey), in pale vertical bands along the paper feed (ink x 0.55 to 1.0, 9 bands of random width) and
    broken by a blotchy mask (about a quarter of each stroke at 40%), the paper 238: contrast low; JPEG 85."""
    import numpy as np
    from PIL import Image, ImageFilter
    rng = np.random.default_rng(403)
    dpi = 200
    pages = []
    for page in _pages42(pdf, dpi):
        w, h = page.size
        ink = 1 - np.asarray(page, dtype=np.float32) / 255
        edges = np.sort(rng.integers(0, w, 9))
        band = np.ones(w, dtype=np.float32)
        for a0, a1 in zip(edges[:-1:2], edges[1::2]):
            band[a0:a1] = rng.uniform(0.55, 0.8)
        band = np.convolve(band, np.ones(25) / 25, "same")
        blot = Image.fromarray((rng.random((h // 4, w // 4)) * 255).astype(np.uint8)).resize((w, h))
        blot = np.asarray(blot.filter(ImageFilter.GaussianBlur(1.5)), dtype=np.float32) / 255
        broken = np.where(blot < 0.42, 0.4, 1.0)
        a = 238 - 238 * 0.52 * ink * band[None, :] * broken + rng.normal(0, 1.5, (h, w))
        pages.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)))
    _save42(pages, out, dpi, quality=85)


def _find56(doc, words: str) -> tuple | None:
    """(page index, left, bottom, right, top) of the first match of words in the .pdf's text."""
    for k in range(len(doc)):
        text = doc[k].get_textpage()
        found = text.search(words).get_next()
        if found:
            first = text.get_charbox(found[0])
            last = text.get_charbox(found[0] + found[1] - 1)
            return k, first[0], min(first[1], last[1]), last[2], max(first[3], last[3])
    return None


def stamped_signed(pdf: Path, out: Path) -> None:
    """A colour scan at 200 dpi of the signed and sealed copy: a red round seal (42 mm, 贺州市卫生健康委员会) over
    the 总分 row, a blue ballpoint signature (a slanted cursive name and a flourish) and a written date across the
    填报人 line, and the shadow of a PAPER CLIP at page 1's top left corner; paper warm white; JPEG 85."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    dpi, scale, mm = 200, 200 / 72, 200 / 25.4
    rng = np.random.default_rng(404)
    doc = pdfium.PdfDocument(str(pdf))
    pages = [np.asarray(p, dtype=np.float32) for p in _pages42(pdf, dpi, "RGB")]

    def ink(k: int, layer, colour, strength: float) -> None:
        alpha = np.asarray(layer, dtype=np.float32) / 255 * strength
        pages[k] = pages[k] * (1 - alpha[..., None]) + (pages[k] * np.array(colour) / 255) * alpha[..., None]

    k, left, bottom, right, top = _find56(doc, "总分")
    height = doc[k].get_size()[1]
    seal = _seal_at(dpi, "贺州市卫生健康委员会")
    layer = Image.new("L", (pages[k].shape[1], pages[k].shape[0]), 0)
    cx, cy = round((right + 24) * scale), round((height - (top + bottom) / 2) * scale)
    layer.paste(seal, (cx - seal.width // 2, cy - seal.height // 2))
    ink(k, layer, (214, 38, 44), 0.85)

    k, left, bottom, right, top = _find56(doc, "填报人")
    height = doc[k].get_size()[1]
    layer = Image.new("L", (pages[k].shape[1], pages[k].shape[0]), 0)
    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", round(8 * mm))
    name = Image.new("L", (round(40 * mm), round(16 * mm)), 0)
    ImageDraw.Draw(name).text((2 * mm, 8 * mm), "莫晓岚", fill=255, font=font, anchor="lm")
    name = name.transform(name.size, Image.AFFINE, (1, 0.38, -3 * mm, 0, 1, 0), Image.BICUBIC).rotate(6)
    x0 = round(right * scale + 2 * mm)
    y0 = round((height - (top + bottom) / 2) * scale - 11 * mm)
    layer.paste(255, (x0, y0), name)
    d = ImageDraw.Draw(layer)
    t = np.linspace(0, 1, 60)
    flourish = [(x0 + 4 * mm + 34 * mm * u, y0 + 12 * mm - 2.5 * mm * np.sin(np.pi * u) + 0.6 * mm * np.sin(9 * u))
                for u in t]
    d.line(flourish, fill=255, width=3, joint="curve")
    k2, left2, bottom2, right2, top2 = _find56(doc, "3月26日")
    date = Image.new("L", (round(50 * mm), round(12 * mm)), 0)
    ImageDraw.Draw(date).text((1 * mm, 6 * mm), "2024.3.26", fill=255, font=font, anchor="lm")
    date = date.transform(date.size, Image.AFFINE, (1, 0.3, -2 * mm, 0, 1, 0), Image.BICUBIC).rotate(3)
    layer.paste(255, (round(right2 * scale + 4 * mm), y0 + round(3 * mm)), date)
    ink(k, layer.filter(ImageFilter.GaussianBlur(0.6)), (28, 48, 150), 0.9)

    h, w = pages[0].shape[:2]
    clip = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(clip)
    x, y = 6 * mm, -4 * mm
    d.rounded_rectangle((x, y, x + 9 * mm, y + 32 * mm), radius=4.5 * mm, outline=255, width=round(1.0 * mm))
    d.rounded_rectangle((x + 2 * mm, y + 5 * mm, x + 7 * mm, y + 26 * mm), radius=2.5 * mm, outline=255,
                        width=round(1.0 * mm))
    clip = clip.rotate(-12, resample=Image.BICUBIC, center=(x + 4 * mm, 0))
    shadow = np.asarray(clip.filter(ImageFilter.GaussianBlur(7)), dtype=np.float32) / 255
    shadow = np.roll(np.roll(shadow, 16, axis=0), 12, axis=1)
    metal = np.asarray(clip.filter(ImageFilter.GaussianBlur(0.8)), dtype=np.float32)[..., None] / 255
    a = pages[0] * (1 - 0.45 * shadow[..., None])
    pages[0] = a * (1 - metal) + np.array([168, 172, 178]) * metal

    paper = np.array([250, 247, 240], dtype=np.float32) / 255
    imgs = [Image.fromarray(np.clip(p * paper + rng.normal(0, 1.5, p.shape), 0, 255).astype(np.uint8))
            for p in pages]
    _save42(imgs, out, dpi, quality=85)


def one_bit_fixed(pdf: Path, out: Path) -> None:
    """A 150 dpi 1-bit scan at a FIXED threshold (160, no dithering) of a laser print: the page rendered at 300
    dpi, printed as a laser printer does (below 160 solid black, above 235 white, the greys between through a
    clustered-dot halftone at 45 degrees, 6 px pitch), reduced to 150 dpi (box) and thresholded: the light grey
    head cells (D9D9D9) come out a dot pattern, the dark grey indicator header (595959) solid black with its
    white text."""
    import numpy as np
    from PIL import Image
    pages = []
    for page in _pages42(pdf, 300):
        w, h = page.size
        a = np.asarray(page, dtype=np.float32)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        u, v = (xx + yy) * 0.7071 / 6, (xx - yy) * 0.7071 / 6
        screen = ((np.cos(2 * np.pi * u) + np.cos(2 * np.pi * v)) / 4 + 0.5) * 250 + 2   # 2..252
        printed = np.where(a > screen, 255, 0)
        printed = np.where(a < 160, 0, np.where(a > 235, 255, printed)).astype(np.uint8)   # text, rules solid
        small = Image.fromarray(printed).resize((w // 2, h // 2), Image.BOX)
        pages.append(small.point(lambda p: 255 if p >= 160 else 0).convert("1", dither=Image.Dither.NONE))
    _save42(pages, out, 150)


SCAN_AS_COMES.update({"400": dirty_glass, "401": audit_watermark, "402": warm_phone, "403": toner_low,
                      "404": stamped_signed, "405": one_bit_fixed})
DOCX.update({"400": doc400, "401": doc401, "405": doc405})
XLSX.update({"402": xls402, "403": xls403})
HTML.update({"404": html404})


# ---------------------------------------------------------------- 436-441: ordinary forms, sixth round
# Six ordinary self-evaluation forms of places no set has had, one per way files are made: (l1, l2, name, target,
# actual, weight, score, note); the fund weighs 10 of the form's 100 points.

def _grid436(d, heads: list[str], rows: list[tuple], closing: list[tuple], widths: list[float],
             header_repeated: bool = True):
    """An 8-column indicator grid (levels vMerged) under the given header, closed by rows of (label, weight,
    score, last cell): the label merged over the five cells left of the weight."""
    n = len(rows)
    t = grid_table(d, n + 1 + len(closing), 8, widths, "Table Grid")
    for c, text in enumerate(heads):
        fill(t.cell(0, c), text)
    if header_repeated:
        repeat_header(t.rows[0])
    indicator_rows(t, 1, rows, IND_COLS)
    for k, (label, weight, score, last) in enumerate(closing, start=n + 1):
        fill(t.cell(k, 0).merge(t.cell(k, 4)), label)
        if weight is None:
            fill(t.cell(k, 5).merge(t.cell(k, 7)), score)
        else:
            fill(t.cell(k, 5), weight)
            fill(t.cell(k, 6), score)
            fill(t.cell(k, 7), last)
    return t


ROWS436 = [
    ("产出指标", "数量指标", "新建藏药材规范化种植基地", "≥5000亩", "5120亩", "6", "6", ""),
    ("产出指标", "数量指标", "推广藏药材优良种苗", "≥120万株", "126万株", "5", "5", ""),
    ("产出指标", "数量指标", "建设育苗温室大棚", "≥40座", "36座", "5", "4.50",
     "受雨季影响，4座大棚未能按期完工，已于2024年4月建成。"),
    ("产出指标", "数量指标", "培训种植户", "≥1500人次", "1580人次", "4", "4", ""),
    ("产出指标", "质量指标", "种苗移栽成活率", "≥85%", "88.6%", "5", "5", ""),
    ("产出指标", "质量指标", "基地建设验收合格率", "100%", "100%", "5", "5", ""),
    ("产出指标", "时效指标", "种苗发放到户时间", "2023年5月31日前", "2023年5月20日", "4", "4", ""),
    ("产出指标", "时效指标", "基地建设补助资金拨付", "及时", "及时", "3", "3", ""),
    ("产出指标", "成本指标", "每亩基地建设补助", "≤1800元/亩", "1780元/亩", "3", "3", ""),
    ("效益指标", "经济效益指标", "带动种植户户均增收", "≥3000元", "3260元", "8", "8", ""),
    ("效益指标", "社会效益指标", "带动农牧民就近就业", "≥600人", "645人", "8", "8", ""),
    ("效益指标", "生态效益指标", "撂荒地复垦种植面积", "≥800亩", "820亩", "7", "7", ""),
    ("效益指标", "可持续影响指标", "藏药材种植技术服务体系", "逐步完善", "逐步完善", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "94.2%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "藏药生产企业满意度", "≥85%", "90.5%", "10", "10", ""),
]


def doc436(out: Path) -> None:
    """Nyingchi (Tibet): the regional Word template as a city office fills it: 附件1 line, a grid head table whose
    fund block puts 执行率 BEFORE 分值, 年度总体目标 vMerged over a 预期目标 row and an 实际完成情况 row (label
    cell, prose merged across), then the indicator grid over a page break (header repeated) with a 未完成原因分析
    column, closed by a 总分 row and a 自评等级 row."""
    d = new_document()
    para(d, "附件1", 12, True)
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    t = grid_table(d, 9, 8, [1.8, 2.9, 2.0, 2.0, 2.0, 2.0, 1.2, 1.5], "Table Grid")
    fill(t.cell(0, 0), "项目名称")
    fill(t.cell(0, 1).merge(t.cell(0, 7)), "2023年林芝市藏药材规范化种植基地建设项目")
    fill(t.cell(1, 0), "主管部门")
    fill(t.cell(1, 1).merge(t.cell(1, 3)), "林芝市农业农村局")
    fill(t.cell(1, 4), "实施单位")
    fill(t.cell(1, 5).merge(t.cell(1, 7)), "林芝市高原生态农业发展中心")
    vmerge(t, 0, 2, 6, "项目资金\n（万元）")
    for c, text in enumerate(["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"], start=1):
        fill(t.cell(2, c), text)
    fund = [("年度资金总额", "1,200.00", "1,260.00", "1,231.02", "97.70%", "10", "9.77"),
            ("其中：中央财政资金", "800.00", "800.00", "800.00", "—", "—", "—"),
            ("自治区财政资金", "300.00", "300.00", "300.00", "—", "—", "—"),
            ("市级财政资金", "100.00", "160.00", "131.02", "—", "—", "—")]
    for r, vals in enumerate(fund, start=3):
        for c, text in enumerate(vals, start=1):
            fill(t.cell(r, c), text)
    vmerge(t, 0, 7, 8, "年度总体\n目标")
    fill(t.cell(7, 1), "预期目标")
    fill(t.cell(7, 2).merge(t.cell(7, 7)),
         "新建藏药材规范化种植基地5000亩以上，推广优良种苗120万株以上，建设育苗温室大棚40座，"
         "培训种植户1500人次以上，带动600名以上农牧民就近就业。")
    fill(t.cell(8, 1), "实际完成情况")
    fill(t.cell(8, 2).merge(t.cell(8, 7)),
         "全年新建种植基地5120亩，推广优良种苗126万株，建成育苗温室大棚36座，培训种植户1580人次，"
         "带动645名农牧民就近就业，种植户户均增收3260元。")
    _fit256(t, [1.8, 2.9, 2.0, 2.0, 2.0, 2.0, 1.2, 1.5])
    para(d, "")
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "未完成原因分析"]
    g = _grid436(d, heads, ROWS436, [("总分", "100", "99.27", ""), ("自评等级", None, "优", "")],
                 [1.5, 1.6, 3.0, 2.2, 2.2, 1.1, 1.5, 3.3])
    _fit256(g, [1.5, 1.6, 3.0, 2.2, 2.2, 1.1, 1.5, 3.3])
    para(d, "")
    para(d, "填报人：尼玛某某　　联系电话：0894-5821×××　　填报日期：2024年3月22日")
    d.save(out)


ROWS437 = [
    ("产出指标", "数量指标", "农村供水管网改造", "≥85公里", "87.4公里", "7", "7", ""),
    ("产出指标", "数量指标", "河道清淤疏浚", "≥120万立方米", "124.5万立方米", "7", "7", ""),
    ("产出指标", "数量指标", "排涝泵站维修养护", "≥36座", "36座", "6", "6", ""),
    ("产出指标", "质量指标", "农村自来水水质达标率", "≥95%", "97.3%", "6", "6", ""),
    ("产出指标", "质量指标", "水利工程安全生产事故", "0起", "0起", "6", "6", ""),
    ("产出指标", "时效指标", "汛前工程检修完成时间", "2023年5月31日前", "2023年5月25日", "5", "5", ""),
    ("产出指标", "成本指标", "公用经费控制率", "≤100%", "96.4%", "3", "3", ""),
    ("效益指标", "社会效益指标", "农村自来水普及率", "≥99%", "99.6%", "8", "8", ""),
    ("效益指标", "生态效益指标", "地下水压采量", "≥600万立方米", "572万立方米", "8", "7.63",
     "水源置换管网部分未通水，压采量未达目标，2024年6月前完成通水。"),
    ("效益指标", "生态效益指标", "重点河道水质优良比例", "≥60%", "64.3%", "7", "7", ""),
    ("效益指标", "可持续影响指标", "河长制工作机制", "健全", "健全", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%", "93.6%", "12", "12", ""),
    ("满意度指标", "服务对象满意度指标", "农村用水户满意度", "≥90%", "92.1%", "8", "8", ""),
]


def doc437(out: Path) -> None:
    """Jinghai district (Tianjin): a water bureau's 部门整体支出绩效自评表 in Word: 部门（单位）名称 and 金额单位
    line, a fund table WITHOUT 年初预算数 (全年预算数 / 全年执行数 / 分值 / 执行率 / 得分; 基本支出 / 项目支出
    parts), the bureau's duties as indicators under 全年实际值 and a 备注 column, 自评等级 a line below."""
    d = new_document()
    para(d, "部门整体支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    para(d, "金额单位：万元", 10)
    t = grid_table(d, 5, 7, [2.6, 3.0, 2.6, 2.6, 1.4, 2.0, 1.8], "Table Grid")
    fill(t.cell(0, 0), "部门（单位）名称")
    fill(t.cell(0, 1).merge(t.cell(0, 6)), "天津市静海区水务局")
    vmerge(t, 0, 1, 4, "年度预算\n执行情况")
    for c, text in enumerate(["", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=1):
        fill(t.cell(1, c), text)
    fund = [("年度资金总额", "8,640.00", "8,452.31", "10", "97.83%", "9.78"),
            ("其中：基本支出", "2,180.00", "2,180.00", "—", "—", "—"),
            ("项目支出", "6,460.00", "6,272.31", "—", "—", "—")]
    for r, vals in enumerate(fund, start=2):
        for c, text in enumerate(vals, start=1):
            fill(t.cell(r, c), text)
    _fit256(t, [2.6, 3.0, 2.6, 2.6, 1.4, 2.0, 1.8])
    para(d, "")
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值", "得分", "备注"]
    g = _grid436(d, heads, ROWS437, [("总分", "100", "99.41", "")], [1.5, 1.6, 3.2, 2.3, 2.3, 1.1, 1.5, 3.0])
    _fit256(g, [1.5, 1.6, 3.2, 2.3, 2.3, 1.1, 1.5, 3.0])
    para(d, "自评等级：优", 10.5, True)
    para(d, "填表人：张某某　　联系电话：022-6869××××　　填报日期：2024年3月27日")
    d.save(out)


ROWS438 = [
    ("产出指标", "数量指标", "新增林果高效节水灌溉面积", "≥6万亩", "6.15万亩", 8, 8, ""),
    ("产出指标", "数量指标", "铺设滴灌管网", "≥1800公里", "1862公里", 6, 6, ""),
    ("产出指标", "数量指标", "建设首部过滤系统", "≥120套", "112套", 6, 5.6,
     "部分首部设备到货延迟，8套于2024年3月安装完成。"),
    ("产出指标", "质量指标", "工程验收合格率", "100%", (1, PCT0), 6, 6, ""),
    ("产出指标", "质量指标", "滴灌系统灌溉水利用系数", "≥0.9", "0.92", 5, 5, ""),
    ("产出指标", "时效指标", "工程完工时间", "2023年10月31日前", "2023年10月28日", 4, 4, ""),
    ("产出指标", "成本指标", "亩均节水改造补助", "≤1000元/亩", "980元/亩", 5, 5, ""),
    ("效益指标", "经济效益指标", "林果亩均节本增效", "≥150元", "168元", 8, 8, ""),
    ("效益指标", "生态效益指标", "亩均节约灌溉用水", "≥120立方米", "131立方米", 8, 8, ""),
    ("效益指标", "社会效益指标", "受益林果种植户", "≥1.2万户", "1.24万户", 7, 7, ""),
    ("效益指标", "可持续影响指标", "灌溉水利用率提高", "≥15%", (0.138, PCT1), 7, 6.44,
     "部分老旧果园土壤保水性差，节水效果未充分显现。"),
    ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", (0.946, PCT1), 12, 12, ""),
    ("满意度指标", "服务对象满意度指标", "农民专业合作社满意度", "≥85%", (0.912, PCT1), 8, 8, ""),
]


def xls438(out: Path) -> None:
    """Aksu prefecture (Xinjiang): filled in Excel: merged head, fund-label and level cells, a fund block (=SUM,
    执行率, =ROUND) with a 资金来源 head, percent actuals as numbers, a 合计 row (=SUM), 自评等级 typed in a line
    below the table, a 偏差原因及改进措施 column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for col, w in zip("ABCDEFGH", (15, 19, 27, 15, 15, 9, 9, 38)):
        ws.column_dimensions[col].width = w
    title(ws, "A1:H1", "2023年度项目支出绩效自评表", 15)
    ws["A2"] = "填报单位：阿克苏地区林业和草原局"
    ws["G2"] = "单位：万元"
    put(ws, "A3", "项目名称")
    merge(ws, "B3:H3", "2023年阿克苏地区林果业高效节水灌溉项目", left=True)
    put(ws, "A4", "主管部门")
    merge(ws, "B4:D4", "阿克苏地区林业和草原局", left=True)
    put(ws, "E4", "实施单位")
    merge(ws, "F4:H4", "阿克苏地区林果业技术推广服务中心", left=True)
    total = _xls_fund(ws, 5, "ABCDEFGH", "项目资金",
                      [("其中：中央财政资金", (1500, 1500, 1500)), ("自治区财政资金", (600, 600, 600)),
                       ("地区财政资金", (280, 320, 301.6))])
    put(ws, "B5", "资金来源")
    head = total + 4
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因及改进措施"]
    for col, text in zip("ABCDEFGH", heads):
        put(ws, f"{col}{head}", text)
    ws.row_dimensions[head].height = 30
    first = head + 1
    levels(ws, "A", "B", first, ROWS438)
    for i, (_l1, _l2, name, target, actual, weight, score, note) in enumerate(ROWS438):
        r = first + i
        put(ws, f"C{r}", name, left=True)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", *(actual if isinstance(actual, tuple) else (actual,)))
        put(ws, f"F{r}", weight)
        put(ws, f"G{r}", score, "0.00" if score != int(score) else None)
        put(ws, f"H{r}", note, left=True)
        ws.row_dimensions[r].height = 30 if note else 18
    end = first + len(ROWS438)
    merge(ws, f"A{end}:E{end}", "合计")
    put(ws, f"F{end}", f"=SUM(F{first}:F{end - 1})+F{total}")
    put(ws, f"G{end}", f"=SUM(G{first}:G{end - 1})+H{total}", "0.00")
    put(ws, f"H{end}", "")
    ws[f"A{end + 1}"] = "自评等级：优"
    ws[f"A{end + 1}"].font = Font(name="宋体", size=10, bold=True)
    ws[f"A{end + 2}"] = "填报人：买买提·某某　　联系电话：0997-2123×××　　填报日期：2024年3月21日"
    landscape(ws)
    wb.save(out)


ROWS439 = [
    ("产出指标", "数量指标", "槟榔黄化病防控面积", "≥12万亩", "12.3万亩", "8", "8", ""),
    ("产出指标", "数量指标", "发放防控药剂", "≥360吨", "372吨", "6", "6", ""),
    ("产出指标", "数量指标", "清除病株", "≥8万株", "8.4万株", "6", "6", ""),
    ("产出指标", "数量指标", "开展防控技术培训", "≥40期", "42期", "5", "5", ""),
    ("产出指标", "质量指标", "防控区域病株率", "≤5%", "4.2%", "5", "5", ""),
    ("产出指标", "时效指标", "防控药剂发放到户时间", "2023年6月30日前", "2023年6月18日", "5", "5", ""),
    ("产出指标", "成本指标", "每亩防控补助", "≤60元", "58元", "5", "5", ""),
    ("效益指标", "经济效益指标", "挽回槟榔产量损失", "≥1.5万吨", "1.38万吨", "10", "9.20",
     "7月台风过境，部分槟榔园减产"),
    ("效益指标", "社会效益指标", "受益种植户", "≥3万户", "3.12万户", "10", "10", ""),
    ("效益指标", "可持续影响指标", "槟榔病虫害监测预警体系", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "93.5%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "基层农技人员满意度", "≥85%", "88.7%", "10", "10", ""),
]


def xls439(out: Path) -> None:
    """Qionghai (Hainan): an .xlsx exported by the finance system: every cell a string, no merges, no formulas;
    head as label / value pairs two to a row, a fund table with a 资金来源 column and 执行率 before 分值, a 序号
    column and the levels on every indicator row, a 偏差原因 column mostly empty, 总分 and 自评等级 rows, a 填报人
    / 联系电话 / 填报日期 line at the bottom."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效自评表"
    for col, w in zip("ABCDEFGHI", (8, 14, 20, 26, 16, 16, 10, 10, 30)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "项目支出绩效自评表（2023年度）"
    for r, cells in ((2, ("项目名称", "2023年琼海市槟榔黄化病综合防控项目", "项目编号", "46900223A0152")),
                     (3, ("主管部门", "琼海市农业农村局", "实施单位", "琼海市热带作物服务中心"))):
        for col, v in zip("BCFG", cells):
            put(ws, f"{col}{r}", v, left=True)
    r = 5
    for cells in (("序号", "资金来源", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "执行率", "分值", "得分"),
                  ("1", "年度资金总额", "860.00", "900.00", "883.62", "98.18%", "10", "9.82"),
                  ("2", "其中：中央财政资金", "500.00", "500.00", "500.00", "", "", ""),
                  ("3", "省级财政资金", "240.00", "240.00", "240.00", "", "", ""),
                  ("4", "市级财政资金", "120.00", "160.00", "143.62", "", "", "")):
        for col, v in zip("ABCDEFGH", cells):
            put(ws, f"{col}{r}", v)
        r += 1
    r += 1
    heads = ["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    for col, text in zip("ABCDEFGHI", heads):
        put(ws, f"{col}{r}", text)
    first = r + 1
    for i, row in enumerate(ROWS439):
        for col, v in zip("ABCDEFGHI", (str(i + 1), *row)):
            put(ws, f"{col}{first + i}", v)
    end = first + len(ROWS439)
    for col, v in zip("ABCDEFGHI", ("", "总分", "", "", "", "", "100", "99.02", "")):
        put(ws, f"{col}{end}", v)
    for col, v in zip("ABCDEFGHI", ("", "自评等级", "优", "", "", "", "", "", "")):
        put(ws, f"{col}{end + 1}", v)
    for col, v in zip("BCDEFG", ("填报人", "符某某", "联系电话", "0898-6283××××", "填报日期", "2024-03-26")):
        ws[f"{col}{end + 3}"] = v
    for row in ws.iter_rows():
        for c in row:
            assert c.value is None or isinstance(c.value, str), c.coordinate   # an export of strings
            left = c.row < 5 or (c.row >= first - 1 and c.column in (4, 9)) or (c.row < first - 1 and c.column == 2)
            c.alignment = Alignment(horizontal="left" if left else "center",
                                    vertical="center")   # the export sets no wrapping
    landscape(ws)
    wb.save(out)


ROWS440 = [
    ("产出指标", "数量指标", "修缮传统民居", "≥60栋", "62栋", "8", "8", ""),
    ("产出指标", "数量指标", "整治村内消防通道", "≥3.5公里", "3.6公里", "6", "6", ""),
    ("产出指标", "数量指标", "安装消防设施", "≥240套", "240套", "6", "6", ""),
    ("产出指标", "质量指标", "修缮工程验收合格率", "100%", "100%", "6", "6", ""),
    ("产出指标", "时效指标", "主体工程完工时间", "2023年11月30日前", "2023年11月22日", "5", "5", ""),
    ("产出指标", "时效指标", "补助资金拨付", "及时", "及时", "4", "4", ""),
    ("产出指标", "成本指标", "每栋民居修缮补助", "≤4.5万元", "4.4万元", "5", "5", ""),
    ("效益指标", "社会效益指标", "受益村民", "≥2800人", "2960人", "10", "10", ""),
    ("效益指标", "经济效益指标", "乡村旅游接待人次增长", "≥10%", "8.6%", "10", "8.60",
     "受景区道路改造施工影响，下半年游客量增幅回落。"),
    ("效益指标", "可持续影响指标", "传统村落保护管理机制", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "95.2%", "12", "12", ""),
    ("满意度指标", "服务对象满意度指标", "游客满意度", "≥85%", "89.7%", "8", "8", ""),
]


def html440(out: Path) -> None:
    """Leishan county (Qiandongnan, Guizhou): a county government site's article page (banner, breadcrumb, h1,
    发布时间 / 来源 line, the form as ONE eight-column table headed by its 项目名称 row, 项目资金（万元） rowspan 5,
    levels rowspan, 总分 row with 自评等级：优 in its last cell, an 附件 line, footer) printed by Chromium."""
    css = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt;margin:0 1px}"
           ".top{background:#1f6f43;color:#fff;padding:8pt 6pt;font-size:16pt;font-weight:bold}"
           ".nav{background:#e8f1ea;font-size:9pt;padding:3pt 6pt}"
           ".crumb{font-size:9pt;color:#555;margin:4pt 0}"
           "h1{text-align:center;font-size:15pt;margin:8pt 0 4pt}"
           ".meta{text-align:center;font-size:9pt;color:#666;border-bottom:1px solid #ccc;padding-bottom:4pt}"
           "h3{text-align:center;font-size:13pt;margin:8pt 0 2pt}.yr{text-align:center;margin:0 0 4pt}"
           "table{width:99.6%;border-collapse:collapse;margin:4pt 0;table-layout:fixed}"
           "td{border:1px solid #333;padding:3pt 3pt;text-align:center;vertical-align:middle;font-size:9.5pt}"
           "td.h{background:#f2f2f2}td.l{text-align:left}"
           ".att{font-size:9pt;margin-top:8pt}.att a{color:#1f6f43}"
           ".foot{background:#1f6f43;color:#fff;font-size:8pt;text-align:center;margin-top:12pt;padding:5pt}"
           "@page{size:A4;margin:12mm 11mm}")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         "<title>雷山县2023年度中国传统村落保护利用项目绩效自评结果公开_雷山县人民政府</title>"
         f"<style>{css}</style></head><body>",
         '<div class="top">雷山县人民政府</div>',
         '<div class="nav">首页　　走进雷山　　政务公开　　政务服务　　互动交流</div>',
         '<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 法定主动公开内容 &gt; 财政信息</div>',
         "<h1>雷山县2023年度中国传统村落保护利用项目绩效自评结果公开</h1>",
         '<div class="meta">发布时间：2024-05-09 10:32　　来源：雷山县住房和城乡建设局　　【字体：大 中 小】</div>',
         "<h3>项目支出绩效自评表</h3>", '<p class="yr">（2023年度）</p>',
         "<table>", "<colgroup>" + "".join(f'<col style="width:{w}%">' for w in (10, 13, 19, 12, 12, 7, 8, 19))
         + "</colgroup>",
         '<tr><td class="h">项目名称</td><td class="l" colspan="7">2023年雷山县中国传统村落保护利用项目</td></tr>',
         '<tr><td class="h">主管部门</td><td colspan="3">雷山县住房和城乡建设局</td>'
         '<td class="h">实施单位</td><td colspan="3">雷山县传统村落保护发展中心</td></tr>',
         '<tr><td class="h" rowspan="5">项目资金<br>（万元）</td><td class="h">&nbsp;</td><td class="h">年初预算数</td>'
         '<td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td>'
         '<td class="h">得分</td></tr>',
         "<tr><td>年度资金总额</td><td>450.00</td><td>480.00</td><td>466.56</td><td>10</td><td>97.20%</td>"
         "<td>9.72</td></tr>",
         "<tr><td>其中：中央财政资金</td><td>300.00</td><td>300.00</td><td>300.00</td><td>/</td><td>/</td>"
         "<td>/</td></tr>",
         "<tr><td>省级财政资金</td><td>100.00</td><td>100.00</td><td>100.00</td><td>/</td><td>/</td><td>/</td></tr>",
         "<tr><td>县级财政资金</td><td>50.00</td><td>80.00</td><td>66.56</td><td>/</td><td>/</td><td>/</td></tr>",
         "<tr>" + "".join(f'<td class="h">{x}</td>' for x in HEADS214) + "</tr>"]
    starts = {depth: {a: b - a + 1 for a, b, _t in _prefix_runs(ROWS440, depth)} for depth in (0, 1)}
    for i, (l1, l2, name, target, actual, weight, score, why) in enumerate(ROWS440):
        cells = []
        for depth, text in ((0, l1), (1, l2)):
            if i in starts[depth]:
                span = starts[depth][i]
                cells.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells += [f'<td class="l">{name}</td>', f"<td>{target}</td>", f"<td>{actual}</td>", f"<td>{weight}</td>",
                  f"<td>{score}</td>", f'<td class="l">{why or "&nbsp;"}</td>']
        h.append(f"<tr>{''.join(cells)}</tr>")
    h += ['<tr><td class="h" colspan="5">总分</td><td>100</td><td>98.32</td><td>自评等级：优</td></tr>', "</table>",
          '<div class="att">附件：<a href="#">2023年度中国传统村落保护利用项目绩效自评表.docx</a></div>',
          '<div class="foot">主办：雷山县人民政府办公室　　地址：雷山县丹江镇<br>'
          "网站标识码：5226340012　　黔ICP备××××××××号　　黔公网安备 ××××××××××××号</div>",
          "</body></html>"]
    out.write_text("\n".join(h) + "\n", encoding="utf-8")


ROWS441 = [
    ("产出指标", "数量指标", "新建硒砂瓜标准化种植示范基地", "≥3000亩", "3050亩", "8", "8", ""),
    ("产出指标", "数量指标", "更新压砂地砂层", "≥1200亩", "1230亩", "6", "6", ""),
    ("产出指标", "数量指标", "建设滴灌补水设施", "≥800亩", "800亩", "6", "6", ""),
    ("产出指标", "数量指标", "培训瓜农", "≥600人次", "640人次", "5", "5", ""),
    ("产出指标", "质量指标", "示范基地商品瓜率", "≥85%", "88.5%", "5", "5", ""),
    ("产出指标", "时效指标", "滴灌设施建成时间", "2023年4月30日前", "2023年4月26日", "5", "5", ""),
    ("产出指标", "成本指标", "每亩砂层更新补助", "≤500元", "500元", "5", "5", ""),
    ("效益指标", "经济效益指标", "示范基地亩均增收", "≥400元", "376元", "10", "9.40",
     "6月中旬连续降雨，硒砂瓜集中上市，收购价格下降；\n2024年拓展订单销售，稳定收购价格。"),
    ("效益指标", "社会效益指标", "带动瓜农", "≥450户", "468户", "10", "10", ""),
    ("效益指标", "可持续影响指标", "压砂地保护利用机制", "逐步完善", "逐步完善", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "瓜农满意度", "≥90%", "93.4%", "12", "12", ""),
    ("满意度指标", "服务对象满意度指标", "农民专业合作社满意度", "≥85%", "90.2%", "8", "8", ""),
]


def doc441(out: Path) -> None:
    """Yingshuiqiao town (Shapotou district, Zhongwei, Ningxia): a township's Word form in a plain grid: a head /
    fund table (项目资金 vMerged, 其他资金 0 / 0 / 0, the parts' score cells left empty), the indicator grid
    (no repeated header) with a 偏差原因 column, one shortfall whose reason runs over two lines, closed by 总分
    and 自评等级 rows."""
    d = new_document()
    para(d, "项目支出绩效自评表", 16, True, True)
    para(d, "（2023年度）", 12, False, True)
    t = grid_table(d, 7, 8, [1.8, 2.8, 1.9, 1.9, 1.9, 1.2, 2.0, 1.5], "Table Grid")
    fill(t.cell(0, 0), "项目名称")
    fill(t.cell(0, 1).merge(t.cell(0, 7)), "2023年迎水桥镇硒砂瓜产业提升项目")
    fill(t.cell(1, 0), "主管部门")
    fill(t.cell(1, 1).merge(t.cell(1, 3)), "中卫市沙坡头区迎水桥镇人民政府")
    fill(t.cell(1, 4), "实施单位")
    fill(t.cell(1, 5).merge(t.cell(1, 7)), "迎水桥镇农业农村综合服务中心")
    vmerge(t, 0, 2, 6, "项目资金\n（万元）")
    for c, text in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=1):
        fill(t.cell(2, c), text)
    fund = [("年度资金总额", "260.00", "280.00", "274.40", "10", "98.00%", "9.80"),
            ("其中：区级财政资金", "200.00", "200.00", "200.00", "", "", ""),
            ("镇级财政资金", "60.00", "80.00", "74.40", "", "", ""),
            ("其他资金", "0", "0", "0", "", "", "")]
    for r, vals in enumerate(fund, start=3):
        for c, text in enumerate(vals, start=1):
            fill(t.cell(r, c), text)
    para(d, "")
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    _grid436(d, heads, ROWS441, [("总分", "100", "99.20", ""), ("自评等级", None, "优", "")],
             [1.5, 1.6, 3.0, 2.2, 2.2, 1.1, 1.5, 3.3], header_repeated=False)
    para(d, "填表人：马某某　　联系电话：0955-7061×××　　填报日期：2024年3月18日")
    d.save(out)


DOCX.update({"436": doc436, "437": doc437, "441": doc441})
XLSX.update({"438": xls438, "439": xls439})
HTML.update({"440": html440})


if __name__ == "__main__":
    main(sys.argv[1:])
