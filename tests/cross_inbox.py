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
