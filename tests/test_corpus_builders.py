"""The corpus builders stay runnable: a merge that interleaves two sets' appended builders (as the merge of
1258-1263 once did, cutting xls1244 off mid-loop) leaves the committed forms in place but no way to build them
again, and nothing else in the suite imports the builders."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
BUILDERS = sorted(CORPUS.rglob("*.py"))


@pytest.mark.parametrize("path", BUILDERS, ids=lambda p: str(p.relative_to(CORPUS)))
def test_a_corpus_builder_parses(path: Path) -> None:
    ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def test_every_builder_the_native_dicts_name_is_defined_once() -> None:
    """A builder defined twice (the later silently wins) or registered but missing is a merge gone wrong."""
    tree = ast.parse((CORPUS / "native" / "make.py").read_text(encoding="utf-8"))
    defined = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    twice = sorted({d for d in defined if defined.count(d) > 1})
    assert not twice, twice
    named = {v.id for n in ast.walk(tree) if isinstance(n, ast.Dict) for v in n.values if isinstance(v, ast.Name)}
    assert not sorted(x for x in named if x.startswith(("doc", "xls", "html", "txt")) and x[-1].isdigit()
                      and x not in defined)
