"""The README's commands hold in a clean checkout: the flag ids it reviews exist, and Python is the
virtualenv's (a bare `python` has none of the dependencies)."""
import re

from jixiao.extract import read_document
from jixiao.normalize import normalize_document
from jixiao.rules import check

from .conftest import REPORTS, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
# what the README gives to run: fenced blocks and `code spans`
CODE = re.findall(r"```[a-z]*\n(.*?)```", README, re.S) + re.findall(r"`([^`\n]+)`", README)


def named(pattern: str) -> list[str]:
    return sorted({m for block in CODE for m in re.findall(pattern, block)})


def test_the_flag_ids_given_to_jixiao_review_are_raised_on_the_bundled_corpus():
    ids = named(r"jixiao review (JX\d{3}-[0-9a-f]{10})")
    assert ids
    # read from the .txt copies: an id comes from the finding, so the other formats share it
    raised = {f.id for p in sorted(REPORTS.glob("*.txt")) for f in check(normalize_document(read_document(p)))}
    assert [i for i in ids if i not in raised] == []


def test_python_is_the_virtualenvs():
    bare = re.compile(r"(?<![/\w])python3? (?:-m |[\w/]+\.py)")
    assert [block for block in CODE if bare.search(block)] == []
