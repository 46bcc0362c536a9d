"""extract.prn_overflow: an Excel .prn save's rows past 240 characters joined back (issue 21, set 1510-1515)."""
from jixiao.extract import read_document
from jixiao.extract.prn_overflow import overflow_joined
from jixiao.normalize import normalize_document
from tests.test_text_reader import _prn
from tests.text_rows import written


def _overflowed(reason: str = "招工延后" * 40) -> str:
    """_prn's form with a reason long enough that its row passes 240 bytes: Excel's cut, the rest after the rows."""
    lines = _prn().replace("招工延后", reason).split("\r\n")[:-1]
    first, rest = [], []
    for ln in lines:
        b = ln.encode("gb18030")
        cut = min(240, len(b))
        while cut < len(b) and b[:cut].decode("gb18030", "ignore").encode("gb18030") != b[:cut]:
            cut -= 1
        first.append(b[:cut].decode("gb18030"))
        rest.append(b[cut:].decode("gb18030"))
    return "\r\n".join(first + rest) + "\r\n"


def test_the_overflow_is_joined_to_its_row(tmp_path):
    """The reason reads whole (its tail from the end of the file), the block of overflow lines is no text, and the
    join is said."""
    doc = read_document(written(tmp_path, _overflowed(), "gb18030"))
    recs = normalize_document(doc)
    assert recs.indicators[2].reason == "招工延后" * 40
    assert any(".prn" in w for w in doc.warnings)


def test_a_text_of_two_blocks_without_rows_at_the_limit_is_none():
    assert overflow_joined(_prn().replace("\r\n", "\n"), "gb18030") is None
    assert overflow_joined("a\nb\n\nc\n", "utf-8") is None
