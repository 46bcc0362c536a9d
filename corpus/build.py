"""Build the corpus from the seed texts: the .txt as given, a real .docx, and a .pdf of it.

Run from the repository root (needs LibreOffice for the PDFs, nothing else outside the venv):

    .venv/bin/python corpus/build.py ../shared/seeds     # or: make corpus

The .docx is what the report would look like in Word: tables in "Table Grid" style, the
level-1/level-2 indicator cells merged vertically (vMerge), title and label rows merged
horizontally (gridSpan). The first row of each table repeats on every page, so the PDF has
tables that break across pages with a repeated header. The built files are committed; tests
never need LibreOffice.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import docx  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

from extract import Paragraph, read_document  # noqa: E402

HERE = Path(__file__).resolve().parent
REPORTS = HERE / "reports"
LABEL_COLS = 3  # 一级 / 二级 / 三级: the columns Word merges vertically


def merges(grid: list[list[str]]) -> tuple[dict, set]:
    """Infer the merges the Word original had: returns ({(r,c): colspan}, {(r,c) covered vertically})."""
    hspan: dict[tuple[int, int], int] = {}
    vcover: set[tuple[int, int]] = set()
    n_cols = len(grid[0])
    for r, row in enumerate(grid):
        filled = [c for c, t in enumerate(row) if t]
        if filled and len(filled) <= 2 and filled[-1] < n_cols - 1:
            hspan[(r, filled[-1])] = n_cols - filled[-1]
    in_indicators = False
    for r, row in enumerate(grid):
        if any("一级指标" in t for t in row):
            in_indicators = True
            continue
        if not in_indicators or r == 0:
            continue
        if any(t in ("总分", "合计") for t in row):
            in_indicators = False
            continue
        if sum(1 for t in row[LABEL_COLS:] if t) < 2:
            continue
        for c in range(LABEL_COLS):
            above = (r - 1, c)
            if not row[c] and (grid[r - 1][c] or above in vcover) and (r - 1, c) not in hspan:
                vcover.add((r, c))
    return hspan, vcover


def build_docx(txt: Path, out: Path) -> None:
    doc = read_document(txt, name=txt.name)
    wd = docx.Document()
    sec = wd.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    normal = wd.styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Serif CJK SC")
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            wd.add_paragraph(block.text)
            continue
        grid = block.grid()
        hspan, vcover = merges(grid)
        table = wd.add_table(rows=block.n_rows, cols=block.n_cols)
        table.style = wd.styles["Table Grid"]
        width = Cm(17) // block.n_cols
        for r, row in enumerate(grid):
            tr = table.rows[r]._tr
            tr_pr = tr.get_or_add_trPr()
            tr_pr.append(OxmlElement("w:cantSplit"))
            if r == 0:
                tr_pr.append(OxmlElement("w:tblHeader"))
            for c, text in enumerate(row):
                cell = table.cell(r, c)
                cell.width = width
                lines = text.split("\n")
                cell.paragraphs[0].text = lines[0]
                for more in lines[1:]:
                    cell.add_paragraph(more)
        _apply_vmerge(table, vcover)
        for (r, c), span in hspan.items():
            _drop_empty_paragraphs(table.cell(r, c).merge(table.cell(r, c + span - 1)))
        wd.add_paragraph("")  # Word needs a paragraph between consecutive tables
    wd.save(out)


def _apply_vmerge(table, vcover: set) -> None:
    cols = sorted({c for _, c in vcover})
    for c in cols:
        rows = sorted(r for r, k in vcover if k == c)
        runs, start, prev = [], None, None
        for r in rows:
            if prev is None or r != prev + 1:
                if start is not None:
                    runs.append((start, prev))
                start = r - 1
            prev = r
        runs.append((start, prev))
        for a, b in runs:
            _drop_empty_paragraphs(table.cell(a, c).merge(table.cell(b, c)))


def _drop_empty_paragraphs(cell) -> None:
    """python-docx's merge keeps every merged cell's paragraph; Word would not."""
    paras = cell.paragraphs
    for p in paras[1:]:
        if not p.text:
            p._p.getparent().remove(p._p)


def main(seeds: str) -> None:
    REPORTS.mkdir(exist_ok=True)
    built = []
    for txt in sorted(Path(seeds).glob("*.txt")):
        shutil.copyfile(txt, REPORTS / txt.name)
        out = REPORTS / (txt.stem + ".docx")
        build_docx(REPORTS / txt.name, out)
        built.append(out)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("LibreOffice (soffice) not found: apt-get install libreoffice-writer-nogui fonts-noto-cjk")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(REPORTS), *map(str, built)], check=True, capture_output=True)
    for p in sorted(REPORTS.iterdir()):
        print(p.relative_to(HERE.parent), p.stat().st_size)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(HERE.parent.parent / "shared" / "seeds"))
