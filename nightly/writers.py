"""Output files, written to a temporary name and renamed into place, byte-identical for equal content."""
from __future__ import annotations

import csv
import io
import os
import zipfile
from pathlib import Path

import pandas as pd

FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)


def atomic_write(path: Path, data: bytes) -> None:
    """Write beside the target and rename: a reader sees the old file or the new one, never half."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 with BOM, so Excel and WPS open Chinese text correctly."""
    buf = io.StringIO()
    frame.to_csv(buf, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def xlsx_bytes(sheets: dict[str, pd.DataFrame]) -> bytes:
    """One sheet per table, frozen header, filters; zip entries with fixed times so that equal
    content gives equal bytes."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter
    import datetime

    wb = Workbook(write_only=True)  # streams rows: a third of the time and memory of the normal mode
    for name, frame in sheets.items():
        ws = wb.create_sheet(title=name[:31])
        ws.freeze_panes = "A2"
        if len(frame.columns):
            ws.auto_filter.ref = f"A1:{get_column_letter(len(frame.columns))}{max(1, len(frame) + 1)}"
        for k, col in enumerate(frame.columns, start=1):
            width = max([len(str(col))] + [len(str(v)) for v in frame[col].head(200)]) if len(frame) else len(str(col))
            ws.column_dimensions[get_column_letter(k)].width = min(60, max(8, width * 1.6))
        ws.append(list(frame.columns))
        for row in frame.itertuples(index=False):
            ws.append(["" if v is None else str(v) for v in row])
    stamp = datetime.datetime(2000, 1, 1)
    wb.properties.created = wb.properties.modified = stamp
    raw = io.BytesIO()
    wb.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "docProps/core.xml":
                data = _fixed_core_dates(data)
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)
    return out.getvalue()


def _fixed_core_dates(xml: bytes) -> bytes:
    import re
    return re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2000-01-01T00:00:00Z\g<2>", xml)
