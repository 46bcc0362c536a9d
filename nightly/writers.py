"""Output files, written to a temporary name and renamed into place, byte-identical for equal content.

Document text is untrusted: every writer goes through `clean_text` (control characters that
XML and some CSV readers reject) and spreadsheet-safe quoting (formula injection).
"""
from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path

import pandas as pd

TMP_MARK = ".tmp-"
# C0 controls except tab, LF, CR; DEL; lone surrogates (from undecodable file names); the two
# XML non-characters. openpyxl refuses these, and a NUL cuts a CSV row short in many readers.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# OWASP CSV injection: a field starting with one of these is a formula in Excel, WPS and Calc.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?\Z")


def clean_text(value: str) -> str:
    """The text with each forbidden control character shown as an escape (\\x0b), never dropped silently."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}",
                        value)


def csv_safe(value: str) -> str:
    """A field a spreadsheet opens as text: formula starts get a leading apostrophe (OWASP).
    A plain negative number cannot run anything and stays a number for scripts."""
    value = clean_text(value)
    if value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def csv_unquote(value: str) -> str:
    """Undo csv_safe's apostrophe when a CSV this program wrote is read back."""
    return value[1:] if value[:1] == "'" and value[1:].startswith(_FORMULA_START) else value


def atomic_write(path: Path, data: bytes) -> None:
    """Write beside the target and rename: a reader sees the old file or the new one, never half."""
    tmp = path.with_name(f".{path.name}{TMP_MARK}{os.getpid()}")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk must not leave half a file behind
        raise


def remove_stale_temporaries(folder: Path) -> None:
    """Temporary files a killed run left behind (the caller holds the folder's lock)."""
    for p in folder.glob(f".*{TMP_MARK}*"):
        try:
            p.unlink()
        except OSError:
            pass


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 with BOM, so Excel and WPS open Chinese text correctly; every text field made safe."""
    buf = io.StringIO()
    safe = frame.astype(object).where(frame.notna(), "")
    safe = safe.map(lambda v: csv_safe(v) if isinstance(v, str) else v) if len(safe) else safe
    safe.columns = [csv_safe(str(c)) for c in safe.columns]
    safe.to_csv(buf, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
