"""A spreadsheet's error value where an indicator's figure stands (#NAME?, #DIV/0!, #REF!, #VALUE!, #N/A, #NUM!,
#NULL!, #SPILL!, #CALC!): the cell holds a formula that failed, and Excel, WPS and LibreOffice show (and a PDF
prints) the error in its place. 1601.xlsx's first read: a target typed =0起 became a formula, LibreOffice kept
#NAME?, and the row read a qualitative target '#NAME?' with nothing said. The value the writer meant is not in
the file: the row is kept as read and the cell named."""
from __future__ import annotations

import regex as re

from .records import DocRecords

# The error literals spreadsheets write: '#', a word in capitals (with '/0' for a division), '!' or '?'; and #N/A.
ERROR_VALUE = re.compile(r"#(?:[A-Z]+(?:/0)?[!?]|N/A|GETTING_DATA)")
_FIELDS = (("target", "指标值"), ("actual", "完成值"), ("weight", "分值"), ("score", "得分"))


def say_error_values(recs: DocRecords) -> None:
    """Name each indicator cell whose whole text is an error value, by row and field, once per table."""
    found: dict[tuple, list[str]] = {}
    first = {}
    for p in recs.projects:
        for i in p.indicators:
            for key, label in _FIELDS:
                f = getattr(i, key)
                if f is not None and ERROR_VALUE.fullmatch((f.raw or "").strip()):
                    at = (f.loc.file, f.loc.table)
                    first.setdefault(at, f.loc)
                    found.setdefault(at, []).append(f"“{i.level3}”的{label}（{f.raw.strip()}）")
    for at, cells in found.items():
        recs.warnings.append(f"{first[at].describe()}：{len(cells)}个单元格显示电子表格公式的错误值，不是所填的数值或文字："
                             + "；".join(cells[:6]) + ("等" if len(cells) > 6 else "")
                             + "，原值无从读取，按所显示保留，请核对原件")
