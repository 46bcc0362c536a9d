"""A run's output folder with accounts, for the review desk's API and browser tests."""
from __future__ import annotations

import re
import shutil

from jixiao.desk.accounts import add_user
from jixiao.nightly import run_inbox
from jixiao.nightly.state import State

from .conftest import REPORTS

SLIP = "执行率=174.83/178.95*100%=97.14%，{}。\n"   # one sentence, one JX202 flag
HOSTILE = ["<!--<script>", "</script><script>document.title='pwned'</script>",
           "<img src=x onerror=\"window.__pwned=1\">"]
PASSWORDS = {"alice": "alice-pass-1", "bob": "bob-pass-22", "sue": "sue-pass-333"}


def fresh_copy(built, tmp_path):
    """A fresh copy of a run's output folder (each test decides on its own), and its inbox."""
    box, out = built
    mine = tmp_path / "out"
    shutil.copytree(out, mine)
    return box, mine


def client(out):
    """The desk on an output folder, publishing only when a test asks."""
    from fastapi.testclient import TestClient

    from jixiao.desk import create_app
    return TestClient(create_app(out, publish_every=None))


def make_box(root):
    """An inbox (a PDF with table flags, a text report, hostile text, a broken file) and a run of it."""
    box, out = root / "box", root / "out"
    box.mkdir()
    for name in ("002_70340c3d2e0dbd82.pdf", "004_8ce664a1ba30d0b4.txt"):
        shutil.copy(REPORTS / name, box / name)
    for i, text in enumerate(HOSTILE):
        (box / f"h{i}.txt").write_text(SLIP.format(f"说明{text}"), encoding="utf-8")
    (box / "broken.pdf").write_bytes(b"%PDF-1.7\n this is not a pdf at all")
    run_inbox(box, out)
    state = State(out / "state.sqlite")
    add_user(state, "alice", PASSWORDS["alice"])
    add_user(state, "bob", PASSWORDS["bob"])
    add_user(state, "sue", PASSWORDS["sue"], role="supervisor")
    state.close()
    return box, out


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf-token" content="([^"]+)"', html).group(1)


def login(client, name: str) -> str:
    """Log in through the form; returns the session's CSRF token."""
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"name": name, "password": PASSWORDS[name], "csrf": token, "next": "/"},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/", r.text[:500]
    return csrf_of(client.get("/").text)
