"""The desk's doors (docs/security.md): the lockout under parallel guesses against a served app,
server-side sessions, the signing key's own file, redirects, bounded input, fixed login messages,
and originals served only as they were read."""
from __future__ import annotations

import base64
import concurrent.futures
import http.client
import io
import itertools
import json
import os
import re
import shutil
import socket
import sqlite3
import stat
import threading
import time
from contextlib import closing, contextmanager

import pytest
from itsdangerous import TimestampSigner

from jixiao import pipeline
from jixiao.desk import create_app
from jixiao.nightly.state import State

from .desk_fixtures import PASSWORDS, client, csrf_of, fresh_copy, login, make_box


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return make_box(tmp_path_factory.mktemp("desk-security"))


@pytest.fixture
def site(built, tmp_path):
    return fresh_copy(built, tmp_path)


def a_flag(c):
    return c.get("/api/flags").json()["flags"][0]


# 1. the lockout holds under parallel guesses ---------------------------------------------------

@contextmanager
def served(out):
    """The desk served by uvicorn on 127.0.0.1 (a free port) in a thread; it stops by itself after
    a bounded number of requests, and at the end of the block."""
    import uvicorn
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(out, publish_every=None), host="127.0.0.1", port=port,
                                           log_level="warning", limit_max_requests=200))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(300):
            if server.started:
                break
            time.sleep(0.05)
        assert server.started, "the desk did not start"
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=30)
    assert not thread.is_alive()


def _request(port, method, path, body=None, cookie=""):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        headers = {"Cookie": cookie} if cookie else {}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=headers)
        r = conn.getresponse()
        return r.status, dict(r.getheaders()), r.read().decode("utf-8", "replace")
    finally:
        conn.close()


def _attempts(out, name):
    try:
        with closing(sqlite3.connect(out / "state.sqlite", timeout=1)) as db:
            return db.execute("SELECT count(*) FROM login_attempts WHERE name=?", (name,)).fetchone()[0]
    except sqlite3.Error:
        return 0


def test_parallel_guesses_do_not_pass_the_lockout(site):
    """40 POST /login for one name sent at once, 39 wrong and the last right: at most five are
    checked, the others get 429, and the right one, arriving after the lock, does not log in."""
    import urllib.parse
    _, out = site
    with served(out) as port:
        _, headers, html = _request(port, "GET", "/login")
        cookie = headers["set-cookie"].split(";")[0]
        token = csrf_of(html)

        def form(password):
            return urllib.parse.urlencode({"name": "bob", "password": password, "csrf": token, "next": "/"})

        start = threading.Barrier(40)

        def guess(i):
            start.wait()
            if i == 39:   # the right password comes last: once five attempts are counted (or 5 s)
                deadline = time.monotonic() + 5
                while time.monotonic() < deadline and _attempts(out, "bob") < 5:
                    time.sleep(0.01)
            return _request(port, "POST", "/login", form(PASSWORDS["bob"] if i == 39 else f"guess-{i}-wrong"), cookie)

        with concurrent.futures.ThreadPoolExecutor(40) as pool:
            results = list(pool.map(guess, range(40)))
        wrong, right = results[:39], results[39]
        checked = [r for r in wrong if r[0] != 429]
        assert len(checked) <= 5 and all("用户名或密码错误" in r[2] for r in checked)
        assert sum(r[0] == 429 for r in wrong) >= 34
        assert right[0] == 429 and "登录失败次数过多" in right[2]
        assert "set-cookie" not in right[1]
        # still locked for the right password, sent alone
        status, _, html = _request(port, "POST", "/login", form(PASSWORDS["bob"]), cookie)
        assert status == 429 and "登录失败次数过多" in html


def test_the_lockout_is_kept_in_the_state_database(site):
    """A restarted desk (or a second process) sees the same failed attempts."""
    _, out = site
    with client(out) as c:
        for _ in range(5):
            token = csrf_of(c.get("/login").text)
            c.post("/login", data={"name": "alice", "password": "guess-guess", "csrf": token})
    with client(out) as c:
        token = csrf_of(c.get("/login").text)
        r = c.post("/login", data={"name": "alice", "password": PASSWORDS["alice"], "csrf": token},
                   follow_redirects=False)
        assert r.status_code == 429


# 2. sessions end on the server -----------------------------------------------------------------

def test_a_cookie_saved_before_logout_is_dead_after_it(site):
    _, out = site
    with client(out) as c:
        token = login(c, "alice")
        saved = dict(c.cookies)
        c.post("/logout", data={"csrf": token})
    with client(out) as thief:
        thief.cookies.update(saved)
        assert thief.get("/api/flags").status_code == 401
        r = thief.post(f"/flags/{'JX202-0000000000'}/decide", data={"action": "confirm", "csrf": token},
                       headers={"Accept": "application/json"})
        assert r.status_code == 401


def _logged_in(out, name):
    c = client(out).__enter__()
    login(c, name)
    assert c.get("/api/flags").status_code == 200
    return c


def test_remove_reset_and_logout_all_end_sessions(site, monkeypatch, capsys):
    _, out = site
    alice, bob, sue = (_logged_in(out, n) for n in ("alice", "bob", "sue"))
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO("new-bob-pass-1\n"))
        assert pipeline.main(["users", "add", "bob", "--reset", "--password-stdin", "--out", str(out)]) == 0
        r = bob.get("/", follow_redirects=False)                 # a password reset ends bob's sessions
        assert r.status_code == 303 and "error=expired" in r.headers["location"]
        assert bob.get("/api/flags").status_code == 401
        assert alice.get("/api/flags").status_code == 200        # and no one else's
        assert pipeline.main(["users", "logout-all", "alice", "--out", str(out)]) == 0
        assert "1 个登录会话" in capsys.readouterr().out
        assert alice.get("/api/flags").status_code == 401
        assert sue.get("/api/flags").status_code == 200
        alice2 = _logged_in(out, "alice")
        assert pipeline.main(["users", "logout-all", "--out", str(out)]) == 0   # everyone's
        assert alice2.get("/api/flags").status_code == 401 and sue.get("/api/flags").status_code == 401
        alice2.__exit__(None, None, None)
        sue2 = _logged_in(out, "sue")
        assert pipeline.main(["users", "remove", "sue", "--out", str(out)]) == 0
        monkeypatch.setattr("sys.stdin", io.StringIO("sue-pass-333\n"))
        assert pipeline.main(["users", "add", "sue", "--password-stdin", "--out", str(out)]) == 0
        assert sue2.get("/api/flags").status_code == 401          # a removed name's session stays ended
        sue2.__exit__(None, None, None)
    finally:
        for c in (alice, bob, sue):
            c.__exit__(None, None, None)


def test_the_database_keeps_only_a_hash_of_the_session_id(site):
    _, out = site
    with client(out) as c:
        login(c, "alice")
        cookie = c.cookies["jixiao_desk"]
    data = json.loads(base64.b64decode(cookie.split(".")[0] + "=="))
    state = State(out / "state.sqlite")
    try:
        rows = list(state.db.execute("SELECT id_hash, name, expires FROM sessions"))
    finally:
        state.close()
    assert [r[1] for r in rows] == ["alice"] and data["sid"] not in {r[0] for r in rows}
    assert 11 * 3600 < rows[0][2] - time.time() <= 12 * 3600


# 3. the signing key ----------------------------------------------------------------------------

def _forge(secret, payload):
    data = base64.b64encode(json.dumps(payload).encode())
    return TimestampSigner(secret).sign(data).decode()


def test_the_signing_key_has_its_own_owner_only_file(site, tmp_path, monkeypatch):
    _, out = site
    state_path = out / "state.sqlite"
    # An install from before: the key in the meta table, which anyone reading the folder can read.
    with sqlite3.connect(state_path) as db:
        db.execute("INSERT OR REPLACE INTO meta VALUES ('desk_secret', 'old-key-readable-by-anyone-reading-outputs')")
        db.execute("PRAGMA user_version = 0")   # as that release left it (tests/fixtures/state-v0)
    (out / "state.sqlite.secret").unlink(missing_ok=True)
    with client(out) as c:
        c.cookies.set("jixiao_desk", _forge("old-key-readable-by-anyone-reading-outputs", {"user": "alice", "csrf": "x"}))
        assert c.get("/api/flags").status_code == 401      # the old key signs nothing any more
    with sqlite3.connect(state_path) as db:
        assert db.execute("SELECT count(*) FROM meta WHERE key='desk_secret'").fetchone()[0] == 0
    secret = out / "state.sqlite.secret"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert len(secret.read_text().strip()) >= 32
    # --secret-file / JIXIAO_DESK_SECRET_FILE put it elsewhere, made 0600 as well
    elsewhere = tmp_path / "keys" / "desk.key"
    elsewhere.parent.mkdir()
    monkeypatch.setenv("JIXIAO_DESK_SECRET_FILE", str(elsewhere))
    with client(out) as c:
        login(c, "alice")
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o600
    assert elsewhere.read_text() != secret.read_text()


def test_an_unusable_secret_file_stops_the_desk_with_one_line(site, tmp_path):
    from jixiao.desk import DeskError
    _, out = site
    with pytest.raises(DeskError, match="密钥文件"):
        create_app(out, publish_every=None, secret_file=tmp_path / "no-such-folder" / "desk.key")
    short = tmp_path / "short.key"
    short.write_text("abc")
    with pytest.raises(DeskError, match="过短"):
        create_app(out, publish_every=None, secret_file=short)
    assert stat.S_IMODE(short.stat().st_mode) == 0o600       # made owner-only even so


def test_state_and_backup_are_owner_only_and_outputs_readable(built):
    _, out = built
    for name in ("state.sqlite", "state.sqlite.bak"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600, name
    readable = 0o644 & ~_umask()
    for name in ("flags.csv", "report.xlsx", "decisions.csv"):
        assert stat.S_IMODE((out / name).stat().st_mode) == readable, name


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


# 4. redirects stay on this site ----------------------------------------------------------------

HOSTILE_TARGETS = ["/\t/evil.example", "/%09/evil.example", "/\n/evil.example", " //evil.example", "//evil.example",
                   "/\\evil.example", "\\\\evil.example", "https://evil.example", "/\x00/evil.example", "\t/\t/evil.example"]


@pytest.mark.parametrize("target", HOSTILE_TARGETS)
def test_back_and_next_never_leave_the_site(site, target):
    import urllib.parse
    _, out = site
    with client(out) as c:
        login(c, "alice")
        f = a_flag(c)
        html = c.get(f"/flags/{f['flag_id']}", params={"back": urllib.parse.unquote(target)}).text
        back = re.search(r'<a href="([^"]*)">← 返回工作队列</a>', html).group(1)
        assert back == "/", back
        token = csrf_of(c.get("/login").text)
        r = c.post("/login", data={"name": "alice", "password": PASSWORDS["alice"], "csrf": token,
                                   "next": urllib.parse.unquote(target)}, follow_redirects=False)
        assert r.headers["location"] == "/"


def test_a_local_back_link_is_kept(site):
    _, out = site
    with client(out) as c:
        login(c, "alice")
        f = a_flag(c)
        html = c.get(f"/flags/{f['flag_id']}", params={"back": "/?severity=high"}).text
        assert '<a href="/?severity=high">← 返回工作队列</a>' in html


# 5. bounded input ------------------------------------------------------------------------------

def test_comments_are_bounded(site):
    _, out = site
    with client(out) as c:
        token = login(c, "alice")
        f = a_flag(c)
        assert "最多 2000 字" in c.get(f"/flags/{f['flag_id']}").text
        headers = {"X-CSRF-Token": token, "Accept": "application/json"}
        r = c.post(f"/flags/{f['flag_id']}/decide", data={"action": "confirm", "comment": "长" * 2001}, headers=headers)
        assert r.status_code == 400 and "上限 2000" in r.json()["error"]
        r = c.post(f"/flags/{f['flag_id']}/decide", data={"action": "confirm", "comment": "长" * 2000}, headers=headers)
        assert r.status_code == 200
        count = len(c.get("/api/flags").json()["flags"])
        r = c.post("/bulk", data={"action": "dismiss", "count": str(count), "comment": "x" * 2001}, headers=headers)
        assert r.status_code == 400
        assert not any(g["status"] == "dismissed" for g in c.get("/api/flags").json()["flags"])


def test_multipart_and_oversized_bodies_are_refused_before_reading(site):
    _, out = site
    with client(out) as c:
        token = csrf_of(c.get("/login").text)
        r = c.post("/login", data={"name": "alice", "password": PASSWORDS["alice"], "csrf": token},
                   files={"blob": ("a.bin", b"\0" * 1000)})
        assert r.status_code == 415
        big = {"name": "alice", "password": PASSWORDS["alice"], "csrf": token, "pad": "x" * 300_000}
        assert c.post("/login", data=big).status_code == 413   # by its Content-Length

        sent = itertools.count()

        def chunks():   # no Content-Length: counted as it streams
            for _ in range(100):
                next(sent)
                yield b"pad=" + b"x" * 16384 + b"&"

        r = c.post("/login", content=chunks(), headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert r.status_code == 413
        login(c, "alice")   # an ordinary form still goes through


# also: fixed login messages, originals as read -------------------------------------------------

def test_the_login_page_shows_only_fixed_messages(site):
    _, out = site
    with client(out) as c:
        html = c.get("/login", params={"error": "您的账户已冻结，请致电 400-000-0000"}).text
        assert "致电" not in html and 'class="error"' not in html
        assert "登录已失效" in c.get("/login", params={"error": "expired"}).text


def test_an_original_replaced_since_it_was_read_is_not_served(site, tmp_path):
    box, out = site
    copy = tmp_path / "box2"
    shutil.copytree(box, copy)
    state = State(out / "state.sqlite")
    state.set_meta("inbox", str(copy))
    state.close()
    doc = "004_8ce664a1ba30d0b4.txt"
    outside = tmp_path / "secret.txt"
    outside.write_text("a file outside the inbox", encoding="utf-8")
    with client(out) as c:
        login(c, "alice")
        assert c.get("/original", params={"doc": doc}).content == (box / doc).read_bytes()
        (copy / doc).unlink()
        os.link(outside, copy / doc)          # a hard link passes the path check
        r = c.get("/original", params={"doc": doc})
        assert r.status_code == 409 and b"outside the inbox" not in r.content
