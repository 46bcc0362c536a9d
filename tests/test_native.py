"""Native-format forms (corpus/native): documents written in their own format (.docx by python-docx and
raw OOXML, .xlsx by openpyxl), holding what hand-typed Word and Excel files hold and conversions never
produce, with expected records written before the first read. These keep the set whole and its first
read kept, and hold the reader to the forms listed in held.json (issue 21) in the text formats each has:
its native format, its .pdf and an .ofd converted from it (page images and scans, read by OCR, are not held)."""
import json

import pytest

from benchmarks.coverage_sample import decided
from benchmarks.first_read import read_passage

from .conftest import ROOT, sampled

NATIVE = ROOT / "corpus" / "native"
FORMS = sorted(p.stem for p in (NATIVE / "expected").glob("*.json"))
# A form whose reading is not whole in both formats stays out until it is (held.json says why).
HELD = json.loads((NATIVE / "held.json").read_text(encoding="utf-8"))["held"]
# A form is born .docx (and derived .doc), .xlsx (and derived .xls) or .html (a saved web page printed by a
# browser: nothing derived but the .pdf), each with a .pdf and a .scan.pdf; a Word 97-2003 .doc kept alone (1603,
# built as .docx and converted by LibreOffice) its .pdf and .scan.pdf, an Excel 97-2003 .xls kept alone (1640,
# built as .xlsx) the same; Word's filtered .htm and an .rtf the same; an .ofd written by a system, a Word .mht
# and a page image (.png, also saved as .jpg) have no .pdf; an OpenDocument .odt / .ods its .pdf and .scan.pdf;
# a system's plain-text export (.txt) and its delimited export (.csv) nothing; a PDF with no source (a print from
# a text editor or a slide, 474 / 477) nothing.
PRINTED = ("pdf", "scan.pdf")
DERIVED = {"docx": ("doc", *PRINTED), "doc": PRINTED, "xlsx": ("xls", *PRINTED), "html": PRINTED, "htm": PRINTED,
           "rtf": PRINTED, "ofd": (), "mht": (), "png": ("jpg",), "odt": PRINTED, "ods": PRINTED, "txt": (),
           "csv": (), "pdf": (), "xls": PRINTED}
BORN = ("docx", "doc", "html", "htm", "rtf", "ofd", "mht", "png", "xlsx", "xls", "odt", "ods", "txt", "csv",
        "pdf")   # xls after xlsx (most .xls are derived from one), pdf last: most forms print one
IMAGES = ("png", "jpg", "scan.pdf")     # read by OCR: the first read records them, the held test does not


def native_format(stem: str) -> str:
    return next(ext for ext in BORN if (NATIVE / f"{stem}.{ext}").exists())


def formats_of(stem: str) -> set[str]:
    """The born format, what is derived from it, and an .ofd converted from a .docx form's .pdf."""
    born = native_format(stem)
    extra = {"ofd"} if born == "docx" and (NATIVE / f"{stem}.ofd").exists() else set()
    return {born, *DERIVED[born], *extra}


def test_every_native_form_has_its_formats_its_expected_record_and_its_first_read_kept():
    first = json.loads((NATIVE / "first_read.json").read_text(encoding="utf-8"))
    assert FORMS and set(first["passages"]) == set(FORMS)
    for stem in FORMS:
        formats = formats_of(stem)
        assert (NATIVE / "expected" / f"{stem}.json").exists(), stem
        assert all((NATIVE / f"{stem}.{ext}").exists() for ext in formats), stem
        assert set(first["passages"][stem]) == formats, stem
    assert set(first["recorded"]["reader_at"]) == set(FORMS)


def held_formats(stem: str) -> list[str]:
    """The text formats a held form is held in: native, .pdf, converted .ofd, where it has them."""
    formats = formats_of(stem)
    return [ext for ext in dict.fromkeys((native_format(stem), "pdf", "ofd")) if ext in formats and ext not in IMAGES]


def test_every_held_form_is_a_native_form_with_a_text_format():
    assert HELD and set(HELD) <= set(FORMS)
    assert all(held_formats(stem) for stem in HELD)


# make test reads a sample of the cases chosen by coverage (tests/sample.txt, benchmarks/coverage_sample.py:
# each line of the readers, normalizer and rules that any case runs, and each format kind, run by a case in it;
# a case the file does not name is in); make test-full (pytest --all-forms) reads them all.
SAMPLE = decided("native")


@pytest.mark.parametrize("stem,ext", sampled([(stem, ext) for stem in HELD for ext in held_formats(stem)],
                                             lambda case: SAMPLE.get(case, True)))
def test_held_native_form_reads_as_expected(stem, ext):
    f = read_passage(stem, ext, NATIVE)
    assert "error" not in f, f.get("error")
    got = (f["expected"], f["found"], f["matched"], f["fields"][0], f["project"][0], f["year"] is not False)
    want = (f["expected"], f["expected"], f["expected"], f["fields"][1], f["project"][1], True)
    assert got == want, f["mismatches"]
    record = json.loads((NATIVE / "expected" / f"{stem}.json").read_text(encoding="utf-8"))
    names = [p["name"] for p in record["projects"]]
    assert f["names"] == names
    # the forms hold no slips: every flag raised on them is a false one
    assert f["flags"] == sorted(f"{x['rule']} {x['stated']}" for x in record["flags"])
