"""Bad input: a clear error naming the file and the reason, fast, and the next file still reads."""
import subprocess
import sys
import zipfile

import pytest

from jixiao.extract import ExtractError, read_document

from .conftest import REPORTS, ROOT

GOOD_DOCX = REPORTS / "000_b69c5b8f3653aeba.docx"
GOOD_PDF = REPORTS / "001_378a17285719ce98.pdf"


def make_bomb(path):
    with zipfile.ZipFile(GOOD_DOCX) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        with dst.open("word/media/bomb.xml", "w", force_zip64=True) as w:
            block = b" " * (1 << 20)
            for _ in range(300):
                w.write(block)


def make_xxe(path):
    with zipfile.ZipFile(GOOD_DOCX) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                head, rest = data.split(b"?>", 1)
                data = head + b'?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + \
                    rest.replace(b"<w:t>", b"<w:t>&xxe;", 1)
            dst.writestr(item, data)


def make_encrypted(path):
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter()
    for page in PdfReader(GOOD_PDF).pages:
        w.add_page(page)
    w.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    with open(path, "wb") as f:
        w.write(f)


CASES = {
    "empty.txt": (lambda p: p.write_bytes(b""), "empty", "为空"),
    "blank.pdf": (lambda p: p.write_bytes(b"  \n\n "), "empty", "为空"),
    "truncated.docx": (lambda p: p.write_bytes(GOOD_DOCX.read_bytes()[:5000]), "corrupt", "损坏"),
    "corrupt.pdf": (lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n" + bytes(range(256)) * 40),
                    "corrupt", "PDF"),
    "encrypted.pdf": (make_encrypted, "encrypted", "加密"),
    "garbage.txt": (lambda p: p.write_bytes(bytes(range(256)) * 64), "binary", "二进制"),
    "bomb.docx": (make_bomb, "bomb", "压缩炸弹"),
    "xxe.docx": (make_xxe, "xxe", "外部实体"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_gives_clear_error(tmp_path, name):
    make, code, words = CASES[name]
    f = tmp_path / name
    make(f)
    with pytest.raises(ExtractError) as err:   # "fast": benchmarks/hostile_inputs.py bad_inputs times these
        read_document(f)
    assert err.value.code == code
    assert str(f) in str(err.value) and words in err.value.reason
    # the next file is unaffected
    assert read_document(GOOD_PDF).tables()


def test_xxe_never_reads_outside_the_file(tmp_path, monkeypatch):
    f = tmp_path / "xxe.docx"
    make_xxe(f)
    opened = []
    real_open = open

    def spy(file, *a, **k):
        opened.append(str(file))
        return real_open(file, *a, **k)

    monkeypatch.setattr("builtins.open", spy)
    with pytest.raises(ExtractError):
        read_document(f)
    assert not any("passwd" in o for o in opened)


def test_cli_reports_bad_files_without_traceback(tmp_path):
    for name in ("garbage.txt", "truncated.docx"):
        make, _, _ = CASES[name]
        make(tmp_path / name)
    (tmp_path / "good.pdf").write_bytes(GOOD_PDF.read_bytes())
    out = subprocess.run([sys.executable, str(ROOT / "pipeline.py"), "extract", str(tmp_path)],
                         capture_output=True, text=True, cwd=ROOT)
    assert "Traceback" not in out.stderr
    assert "garbage.txt" in out.stderr and "truncated.docx" in out.stderr
    assert "1 read, 2 failed" in out.stdout


def test_old_word_doc_is_unsupported(tmp_path):
    f = tmp_path / "old.doc"
    f.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(ExtractError) as err:
        read_document(f)
    assert err.value.code == "unsupported"
