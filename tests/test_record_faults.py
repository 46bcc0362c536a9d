"""Bad input to the readers of text as it comes (extract/record_text.py, extract/mail_message.py): a JSON
line cut short, a logfmt line with a quote left open, an SQL dump cut inside an INSERT, a mail with no
text part, a boundary never written, a base64 body cut, a large attachment. Each promise (the guide's
"bad input gets a clear error naming the file and the reason, and the batch goes on"; "every record
carries provenance") is checked on a file made from a corpus export or written here."""
import base64
import csv
import io
import quopri
import shutil

from jixiao.extract import read_document
from jixiao.extract.model import Table
from jixiao.nightly import run_inbox

from .conftest import REPORTS, ROOT

NATIVE = ROOT / "corpus" / "native"
FORM = ("项目支出绩效自评表（2023年度）\n项目名称\t2023年某某县示范项目\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "产出指标\t数量指标\t建设示范点\t≥20个\t21个\t8\t8\n"
        "总分\t\t\t\t\t8\t8\n")
HEADERS = ("Received: from mail.example.gov.cn (unknown [10.0.0.1])\r\nFrom: a@example.cn\r\nSubject: test\r\n"
           "Date: Fri, 22 Mar 2024 10:37:09 +0800\r\nMIME-Version: 1.0\r\n")


def _lines(name: str) -> list[str]:
    return (NATIVE / name).read_bytes().decode("utf-8-sig").split("\n")


def _cells(doc) -> dict[str, int]:
    """Every table cell's text with the source line it keeps."""
    return {c.text: c.loc.line for b in doc.blocks if isinstance(b, Table) for c in b.cells}


def _write(tmp_path, text: str, name="r.txt"):
    f = tmp_path / name
    f.write_bytes(text.encode("utf-8"))
    return f


def test_an_insert_row_keeps_the_line_it_is_written_on(tmp_path):
    """A row's line is its INSERT's, not moved down by the blank lines and comments before it."""
    text = (NATIVE / "629.txt").read_bytes().decode("gb18030")
    lines = text.replace("\r\n", "\n").split("\n")
    doc = read_document(NATIVE / "629.txt")
    for label in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "改造老旧供热管网"):
        assert _cells(doc)[label] == next(n for n, x in enumerate(lines, 1) if f"'{label}'" in x), label
    # an INSERT right after a comment is read (the comment is no part of the statement)
    text = text.replace("LOCK TABLES `zxpj_zb` WRITE;", "-- 指标", 1)
    doc = read_document(_write(tmp_path, text))
    assert _cells(doc)["改造老旧供热管网"] == next(n for n, x in enumerate(lines, 1) if "'改造老旧供热管网'" in x)
