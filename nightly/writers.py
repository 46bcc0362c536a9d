"""Output files, written to a temporary name and renamed into place, byte-identical for equal content.

Document text is untrusted: every writer goes through `clean_text` (control characters that
XML and some CSV readers reject) and spreadsheet-safe quoting (formula injection).
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from pathlib import Path


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
    write_stream(path, lambda f: f.write(data))


def remove_stale_temporaries(folder: Path) -> None:
    """Temporary files a killed run left behind (the caller holds the folder's lock)."""
    for p in folder.glob(f".*{TMP_MARK}*"):
        try:
            p.unlink()
        except OSError:
            pass


class _Hashing(io.RawIOBase):
    """A binary file that hashes what passes through it."""

    def __init__(self, f, digest):
        self.f, self.digest = f, digest

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        self.digest.update(b)
        return self.f.write(b)


def write_stream(path: Path, fill) -> str:
    """Write a file by calling fill(binary_file) beside the target, then rename it into place;
    returns the sha256 of what was written. What fill writes goes straight to disk: a table of any
    size is written with the memory of one row."""
    tmp = path.with_name(f".{path.name}{TMP_MARK}{os.getpid()}")
    digest = hashlib.sha256()
    try:
        with open(tmp, "wb") as f:
            fill(_Hashing(f, digest))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk must not leave half a file behind
        raise
    return digest.hexdigest()


def write_csv(out, columns: list[str], rows) -> None:
    """CSV rows (dicts; missing keys blank) to a binary file: UTF-8 with BOM so Excel and WPS
    open Chinese text correctly, CRLF, minimal quoting, every text field made safe."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    text.write("\ufeff")
    w = csv.writer(text, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow([csv_safe(str(c)) for c in columns])
    for row in rows:
        w.writerow([_csv_field(row.get(c)) for c in columns])
    text.flush()
    text.detach()


def _csv_field(v):
    if v is None or (isinstance(v, float) and v != v):
        return ""
    return csv_safe(v) if isinstance(v, str) else v
