"""Constructed inboxes for the checks across documents (tests/test_cross.py), made from the corpus."""
from __future__ import annotations

import shutil
from pathlib import Path

REPORTS = Path(__file__).resolve().parent.parent / "corpus" / "reports"
SEED_003 = REPORTS / "003_f84adbb103d4c9d8"
SEED_000 = REPORTS / "000_b69c5b8f3653aeba"
SEED_002 = REPORTS / "002_70340c3d2e0dbd82"


def table_only(dest: Path, executed: str | None = None) -> Path:
    """A 自评表: seed 003's tables without its prose (the unit's name and the title kept); with
    `executed`, the first project's 全年执行数 (54.957) written differently."""
    from docx import Document
    d = Document(str(SEED_003.with_suffix(".docx")))
    body = d.element.body
    for p in [p for p in body.iterchildren() if p.tag.endswith("}p")][2:]:
        body.remove(p)
    if executed is not None:
        for t in d.tables:
            for row in t.rows:
                cells = row.cells
                if cells and cells[0].text.startswith("项目资金") and cells[4].text == "54.957":
                    cells[4].paragraphs[0].runs[0].text = executed
                    for run in cells[4].paragraphs[0].runs[1:]:
                        run.text = ""
                    break
            else:
                continue
            break
    d.save(str(dest))
    return dest


def renamed_copy(dest: Path) -> Path:
    """Seed 003 as another unit would copy it: the unit's name changed, nothing else."""
    text = SEED_003.with_suffix(".txt").read_text(encoding="utf-8")
    dest.write_text(text.replace("南昌市西湖区医疗保障局", "九江市浔阳区医疗保障局").replace("西湖区", "浔阳区"),
                    encoding="utf-8")
    return dest


def next_year(dest: Path, sentence: str) -> Path:
    """Seed 000 (黄石市医疗保障服务中心, 大厅服务工作经费, 2021, executed 104万元) as the next
    year's report, with a sentence on the change from last year added to its prose."""
    text = SEED_000.with_suffix(".txt").read_text(encoding="utf-8").replace("2021", "2022")
    lines = text.split("\n")
    lines.insert(3, sentence)
    dest.write_text("\n".join(lines), encoding="utf-8")
    return dest


def copy(src: Path, dest: Path) -> Path:
    shutil.copyfile(src, dest)
    return dest


def _indicator_report(year: int, rows: list[tuple], previous: bool) -> str:
    head = "<td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td>" + \
           ("<td>上年实际完成值</td>" if previous else "") + "<td>实际完成值</td><td>分值</td><td>得分</td>"
    body = "".join(
        f"<tr><td>{l1}</td><td>{l2}</td><td>{name}</td><td>{target}</td>" + (f"<td>{prev}</td>" if previous else "")
        + f"<td>{actual}</td><td>{weight}</td><td>{weight}</td></tr>" for l1, l2, name, target, prev, actual, weight in rows)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<p>桃源县文化馆</p><p>项目支出绩效自评表（{year}年度）</p>
<table border="1">
<tr><td>项目名称</td><td colspan="3">文化馆免费开放</td><td>实施单位</td><td colspan="{3 + previous}">桃源县文化馆</td></tr>
<tr><td rowspan="2">项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
<tr><td>年度资金总额</td><td>45</td><td>45</td><td>45</td><td>10</td><td>100%</td><td>10</td></tr>
<tr>{head}</tr>{body}
<tr><td colspan="{6 + previous}">总分</td><td>100</td><td>100</td></tr>
</table></body></html>"""


def previous_column_pair(box: Path, previous_visitors: str) -> None:
    """桃源县文化馆's 2022 report (免费开放服务人次 12000人次) and its 2023 report, whose indicator
    table restates last year's result in a 上年实际完成值 column."""
    rows22 = [("产出指标", "数量指标", "免费开放服务人次", "≥10000人次", "", "12000人次", "50"),
              ("产出指标", "质量指标", "展览场次", "≥10场", "", "12场", "20"),
              ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "", "95%", "20")]
    rows23 = [("产出指标", "数量指标", "免费开放服务人次", "≥12000人次", previous_visitors, "13500人次", "50"),
              ("产出指标", "质量指标", "展览场次", "≥12场", "12场", "14场", "20"),
              ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "96%", "20")]
    (box / "桃源2022.html").write_text(_indicator_report(2022, rows22, False), encoding="utf-8")
    (box / "桃源2023.html").write_text(_indicator_report(2023, rows23, True), encoding="utf-8")


DEV_009 = REPORTS.parent / "realworld" / "009"


def dev_table(dest: Path, score: float | None = None) -> Path:
    """The development set's 009 (济南市历城区文化馆, 2019) as a separate 自评表 workbook; with
    `score`, the first indicator's 得分 (12.5) written differently."""
    from openpyxl import load_workbook
    wb = load_workbook(DEV_009.with_suffix(".xlsx"))
    if score is not None:
        ws = wb.active
        assert ws["C16"].value == "全年免费开放" and ws["G16"].value == 12.5
        ws["G16"].value = score
    wb.save(dest)
    return dest
