"""normalize: a Document in, records out (projects, indicators, lists, prose figures).

    from normalize import normalize_document, records_frames
    recs = normalize_document(doc)
    frames = records_frames([recs])    # pandas DataFrames for the CSV files
"""
from __future__ import annotations

import regex as re

from extract import Document, Paragraph, normalize_ws

from .frames import records_frames
from .prose import read_prose
from .quantity import Quantity, parse
from .records import DocRecords, Figure, Indicator, ListItem, ListTable, Project, ProseFigure
from .scoring import infer_model, stated_tiers
from .tables import read_tables
from .vocab import GRADE

__all__ = ["normalize_document", "records_frames", "parse", "Quantity", "DocRecords", "Figure", "Indicator",
           "ListItem", "ListTable", "Project", "ProseFigure"]

YEAR = re.compile(r"(20\d\d)\s*年度")
UNIT_LABEL = re.compile(r"(?:单位名称|自评项目单位|项目单位|实施单位|预算单位)\s*[：:]\s*(\S+)")


def normalize_document(doc: Document, name: str | None = None) -> DocRecords:
    recs = DocRecords(doc=name or doc.source, ocr=doc.format.endswith("-ocr"))
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)] + [c.text for _, c in doc.iter_cells()]
    years = [int(m.group(1)) for t in texts[:400] for m in YEAR.finditer(normalize_ws(t))]
    recs.year = max(set(years), key=years.count) if years else None
    read_tables(doc, recs)
    units = [p.unit for p in recs.projects if p.unit]
    if units:
        recs.unit = units[0]
    else:
        for t in texts:
            if (m := UNIT_LABEL.search(t)):
                recs.unit = m.group(1)
                break
    recs.tiers = stated_tiers(texts)
    for p in recs.projects:
        p.unit = p.unit or recs.unit
        p.year = p.year or recs.year
        p.scoring_model = infer_model(p, recs.tiers)
    _restatements(recs)
    _grade_from_prose(doc, recs)
    recs.prose = read_prose(doc, recs.doc)
    recs.paragraphs = [(b.text, b.loc) for b in doc.paragraphs()]
    return recs


def _restatements(recs: DocRecords) -> None:
    """An unscored indicator table that repeats a scored one's rows is a restatement, not a project."""
    scored = [p for p in recs.projects if p.scored]
    for p in list(recs.projects):
        if p.scored or not p.indicators:
            continue
        mine = {i.level3_key for i in p.indicators}
        for q in scored:
            theirs = {i.level3_key for i in q.indicators}
            if len(mine & theirs) >= max(1, len(mine) * 2 // 3):
                recs.projects.remove(p)
                recs.restatements.append(p)
                recs.warnings.append(f"“{p.name}”的指标表重述了“{q.name}”的指标（无得分），未单独计入")
                break
    for p in list(recs.projects):
        if not p.indicators and p.executed is None and p.budget_full_year is None and p.budget_initial is None:
            recs.projects.remove(p)


def _grade_from_prose(doc: Document, recs: DocRecords) -> None:
    if len(recs.projects) != 1 or recs.projects[0].grade_stated:
        return
    for b in doc.paragraphs():
        if (m := GRADE.search(b.text)):
            recs.projects[0].grade_stated, recs.projects[0].grade_loc = m.group(1), b.loc
            return
