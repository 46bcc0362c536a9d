"""The review desk: a web application over the state database the nightly run writes.

    jixiao serve --out out            # http://127.0.0.1:8765

FastAPI (Starlette) with Jinja2 templates that escape every value (report text is untrusted),
server-side sessions (a signed cookie names a row of the state database), a CSRF token on every
state-changing request, a Content Security Policy that allows no inline script, and bounded
input (body size, comment length, no multipart); what it promises: docs/security.md. Decisions
go into the state database in short transactions (WAL, busy timeout), so the nightly run and several analysts work at once; a
background thread republishes the outputs (flags.csv, review.csv, report.xlsx …) whenever
they fall behind the database and no run holds the output folder.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
import threading
import urllib.parse
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.middleware.sessions import SessionMiddleware

from jixiao.nightly.state import REVIEW_STATUSES, SOURCES_CN, State, StateError, _check, now

from . import evidence
from .accounts import (analysts, check_password, clear_attempts, count_attempt, end_session, session_user,
                       start_session)
from .charts import bars
from .dashboard import SEVERITIES, dashboard
from .queue import SEVERITY_CN, STATUS_CN, Query, distinct, find, matching, preview, queue

HERE = Path(__file__).parent
log = logging.getLogger("jixiao.desk")
ACTIONS = {"confirm": "confirmed", "dismiss": "dismissed", "reopen": "open"}
SOURCE_CN = {**SOURCES_CN, "decisions.csv": "decisions.csv（恢复）"}   # the desk says a restored decision is one
COMMENT_MAX = 2000          # characters in a comment (said in the forms, enforced here)
BODY_MAX = 256 * 1024       # bytes in a request body: a bulk form with the longest comment is far below
PASSWORD_CHECKS = 2         # argon2 checks at once (64 MiB each); more attempts meanwhile get 429 at once
LOGIN_ERRORS = {"expired": "登录已失效（已退出、已在别处退出或已过期），请重新登录"}
SECRET_ENV = "JIXIAO_DESK_SECRET_FILE"


class DeskError(Exception):
    """The desk cannot start (no state database, or a damaged one)."""


@dataclass
class Desk:
    out: Path
    state_path: Path
    cache: Path
    local: threading.local

    def state(self) -> State:
        """One connection per server thread, opened on first use."""
        s = getattr(self.local, "state", None)
        if s is None:
            s = self.local.state = State(self.state_path)
        return s


def secret_path(state_path: Path, given: str | Path | None = None) -> Path:
    """Where the key that signs session cookies lives: --secret-file, else $JIXIAO_DESK_SECRET_FILE,
    else beside the state database (STATE.secret); never in the database, whose copies travel."""
    given = given or os.environ.get(SECRET_ENV)
    return Path(given).resolve() if given else state_path.with_name(state_path.name + ".secret")


def load_secret(path: Path) -> str:
    """The signing key from its file, made on first use with mode 0600 (owner only)."""
    try:
        return _load_secret(path)
    except (OSError, UnicodeDecodeError) as e:
        raise DeskError(f"无法读取或建立密钥文件 {path}（{e}）：请检查该路径，或用 --secret-file 指定") from None


def _load_secret(path: Path) -> str:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        if path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)
            log.warning("the desk's secret file %s was readable by others: made owner-only", path)
        secret = path.read_text(encoding="ascii").strip()
        if len(secret) < 32:
            raise DeskError(f"密钥文件 {path} 内容过短或为空：请删除该文件后重新启动（将生成新密钥，所有人需重新登录）")
        return secret
    secret = secrets.token_urlsafe(48)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(secret + "\n")
    return secret


class BodyLimit:
    """Refuse a request body over `limit` bytes before reading it (its Content-Length), and while it
    streams (bytes counted as they arrive); refuse multipart bodies, which no route takes."""

    def __init__(self, app, limit: int = BODY_MAX):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        length = headers.get(b"content-length", b"0").strip()
        if headers.get(b"content-type", b"").lower().lstrip().startswith(b"multipart/"):
            return await _plain(send, 415, "不接受 multipart 请求")
        if not length.isdigit() or int(length) > self.limit:
            return await _plain(send, 413, f"请求过大（上限 {self.limit} 字节）")
        # Read the body here, counting as it streams (a chunked body has no Content-Length), and
        # stop at the limit: the routes only ever see a body already known to be small.
        chunks, seen, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return   # the client went away
            chunks.append(message.get("body", b""))
            seen += len(chunks[-1])
            if seen > self.limit:
                return await _plain(send, 413, f"请求过大（上限 {self.limit} 字节）")
            more = message.get("more_body", False)
        body, replayed = b"".join(chunks), False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()   # after the body: the server's next message (a disconnect)

        return await self.app(scope, replay, send)


async def _plain(send, status: int, text: str) -> None:
    body = text.encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()),
                            (b"x-content-type-options", b"nosniff"), (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


def create_app(out: str | Path, state_path: str | Path | None = None, publish_every: float | None = 10.0,
               secure_cookies: bool = False, secret_file: str | Path | None = None) -> FastAPI:
    out = Path(out).resolve()
    state_path = Path(state_path).resolve() if state_path else out / "state.sqlite"
    if not state_path.exists():
        raise DeskError(f"找不到状态数据库 {state_path}：请先运行 jixiao run --out {out}")
    problem = _check(state_path)
    if problem:
        raise DeskError(f"状态数据库 {state_path} {problem}：请先运行 jixiao run（会从备份恢复）")
    desk = Desk(out, state_path, out / ".desk-cache", threading.local())
    try:
        desk.state()   # brings an earlier release's schema up to date; refuses a newer one
    except StateError as e:
        raise DeskError(str(e)) from None
    secret = load_secret(secret_path(state_path, secret_file))
    stop = threading.Event()

    @asynccontextmanager
    async def lifespan(app):
        thread = None
        if publish_every:
            thread = threading.Thread(target=_publisher, args=(desk, publish_every, stop), daemon=True,
                                      name="jixiao-publisher")
            thread.start()
        yield
        stop.set()
        if thread is not None:
            thread.join(timeout=60)

    app = FastAPI(title="jixiao 审核台", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.desk = desk
    app.add_middleware(SessionMiddleware, secret_key=secret, session_cookie="jixiao_desk", max_age=12 * 3600,
                       same_site="strict", https_only=secure_cookies)

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        return response

    app.add_middleware(BodyLimit)   # outermost: nothing reads a body before its size is checked
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(STATUS_CN=STATUS_CN, SEVERITY_CN=SEVERITY_CN, SOURCE_CN=SOURCE_CN, urlencode=_urlencode)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    _routes(app, desk, templates)
    return app


def _urlencode(params: dict) -> str:
    return urllib.parse.urlencode(params)


# sessions, roles, CSRF -----------------------------------------------------------------------

class LoginRequired(Exception):
    def __init__(self, expired: bool = False):
        self.expired = expired


def _user(request: Request, desk: Desk) -> tuple[str, str]:
    """(name, role) of the session's user. The cookie only names a session: logout, a removed
    account, a password reset or `jixiao users logout-all` deletes its row, and it ends at once."""
    sid = request.session.get("sid")
    user = session_user(desk.state(), sid) if isinstance(sid, str) else None
    if user:
        return user
    request.session.clear()
    raise LoginRequired(expired=bool(sid))


def _csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


async def _form(request: Request) -> dict:
    """The posted form, after the CSRF check (the token from the form or the X-CSRF-Token header)."""
    form = dict(await request.form())
    sent = request.headers.get("x-csrf-token") or form.get("csrf") or ""
    expected = request.session.get("csrf") or ""
    if not expected or not hmac.compare_digest(str(sent), expected):
        raise HTTPException(403, "请求缺少有效的 CSRF 令牌（页面可能已过期，请刷新后重试）")
    return form


def _may_change(role: str) -> None:
    if role != "analyst":
        raise HTTPException(403, "只读账户（supervisor）不能修改审核意见或分配")


_LOCAL_PATH = re.compile(r"/[^/\\]")
_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f]")


def _next(value: str | None, default: str = "/") -> str:
    """Only a path on this site, never //other.host, /\\other.host or a scheme. Browsers drop tab
    and newline inside URLs (`/\t/evil` is `//evil` to them): ASCII controls and spaces are removed
    first and the link is made from what remains."""
    value = _CONTROL_OR_SPACE.sub("", str(value or ""))
    if value == "/" or (_LOCAL_PATH.match(value) and "\\" not in value):
        return value
    return default


def _comment(form: dict) -> str:
    comment = str(form.get("comment", "")).strip()
    if len(comment) > COMMENT_MAX:
        raise HTTPException(400, f"意见过长（{len(comment)} 字，上限 {COMMENT_MAX} 字）")
    return comment


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


# the publisher -------------------------------------------------------------------------------

def publish_once(desk: Desk) -> bool:
    """Rewrite the outputs if they lag behind the database and no run holds the folder; True if written."""
    from jixiao.nightly.outputs import publish
    from jixiao.nightly.run import OutputLock, RunLocked, RunSummary
    state = State(desk.state_path)
    try:
        if state.outputs_current():
            return False
        try:
            with OutputLock(desk.out, desk.state_path):
                publish(state, desk.out, RunSummary(out=desk.out), force=True)
        except RunLocked:
            return False    # a run is writing them; it (or the next pass) brings them up to date
        return True
    finally:
        state.close()


def _publisher(desk: Desk, every: float, stop: threading.Event) -> None:
    while not stop.wait(every):
        try:
            publish_once(desk)
        except Exception:  # noqa: BLE001 - the desk keeps serving; the next pass tries again
            log.exception("outputs could not be republished")


def _sha256(state: State, doc: str) -> str | None:
    """The sha256 of the document as last read ('' if it could not be read), None if unknown."""
    row = state.db.execute("SELECT sha256 FROM files WHERE doc=?", (doc,)).fetchone()
    return None if row is None else row[0] or ""


# pages ----------------------------------------------------------------------------------------

def _routes(app: FastAPI, desk: Desk, templates: Jinja2Templates) -> None:
    from jixiao.rules import RULES
    rule_names = {code: rule.summary for code, rule in RULES.items()}

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired):
        if request.url.path.startswith("/api/") or _wants_json(request):
            return JSONResponse({"error": "请先登录"}, status_code=401)
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        params = {"next": target, **({"error": "expired"} if exc.expired else {})}
        return RedirectResponse("/login?" + _urlencode(params), status_code=303)

    def page(request: Request, name: str, user: tuple[str, str] | None, status_code: int = 200, **context) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"user": user, "csrf": _csrf_token(request), **context},
                                          status_code=status_code)

    checks = threading.BoundedSemaphore(PASSWORD_CHECKS)

    @app.exception_handler(HTTPException)
    async def refused(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api/") or _wants_json(request) or request.url.path.endswith("/history"):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        return templates.TemplateResponse(request, "error.html", {"user": None, "csrf": "", "status": exc.status_code,
                                                                  "detail": exc.detail}, status_code=exc.status_code)

    @app.get("/login", response_class=HTMLResponse)
    def login_page(request: Request, next: str = "/", error: str = ""):
        # only fixed wording, chosen by a code: the link's author does not write on the login page
        return page(request, "login.html", None, next=_next(next), error=LOGIN_ERRORS.get(error, ""))

    def attempt(name: str, password: str) -> tuple[str, str | None]:
        """('busy' | 'locked N' | 'checked', role). The attempt is counted before the password is
        checked, in one transaction, so parallel guesses cannot pass the lockout; at most
        PASSWORD_CHECKS checks run at once (argon2 takes 64 MiB each)."""
        wait = count_attempt(desk.state(), name)   # an attempt refused as busy below counts too
        if wait:
            return f"locked {wait}", None
        if not checks.acquire(blocking=False):
            return "busy", None
        try:
            role = check_password(desk.state(), name, password)
            if role is not None:
                clear_attempts(desk.state(), name)
            return "checked", role
        finally:
            checks.release()

    @app.post("/login")
    async def login(request: Request):
        form = await _form(request)
        name, password = str(form.get("name", "")).strip(), str(form.get("password", ""))
        outcome, role = await run_in_threadpool(attempt, name, password)   # argon2: off the event loop
        if outcome == "busy":
            return page(request, "login.html", None, next=_next(form.get("next")), status_code=429,
                        error="登录请求过多，请稍后再试")
        if outcome.startswith("locked"):
            return page(request, "login.html", None, next=_next(form.get("next")), status_code=429,
                        error=f"该账户登录失败次数过多，请 {outcome.split()[1]} 秒后再试")
        if role is None:
            return page(request, "login.html", None, next=_next(form.get("next")), error="用户名或密码错误")
        sid = await run_in_threadpool(lambda: start_session(desk.state(), name))
        request.session.clear()
        request.session.update(sid=sid, csrf=secrets.token_urlsafe(32))   # a new token for the new session
        return RedirectResponse(_next(form.get("next")), status_code=303)

    @app.post("/logout")
    async def logout(request: Request):
        await _form(request)
        sid = request.session.get("sid")
        if isinstance(sid, str):
            await run_in_threadpool(lambda: end_session(desk.state(), sid))
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    @app.get("/", response_class=HTMLResponse)
    def work_queue(request: Request):
        user = _user(request, desk)
        query = Query.from_params(request.query_params)
        state = desk.state()
        q = queue(state, query, request.query_params.get("after", ""), request.query_params.get("before", ""))
        here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return page(request, "queue.html", user, q=q, query=query, choices=q.choices,
                    analysts=analysts(state), here=here, outputs_current=state.outputs_current(),
                    done=request.query_params.get("done", ""))

    @app.get("/api/flags")
    def api_flags(request: Request):
        _user(request, desk)
        params = request.query_params
        q = queue(desk.state(), Query.from_params(params), params.get("after", ""), params.get("before", ""))
        keep = ("flag_id", "doc", "rule", "severity", "message", "stated", "expected", "location", "status",
                "comment", "decided_by", "decided_at", "assignee", "unit", "year")
        return {"counts": q.counts, "total": q.total, "flags": [{k: f[k] for k in keep} for f in q.flags],
                "next": q.next, "previous": q.previous}

    @app.get("/flags/{flag_id}", response_class=HTMLResponse)
    def flag_page(request: Request, flag_id: str, back: str = "/"):
        user = _user(request, desk)
        state = desk.state()
        copies = find(state, flag_id)
        if not copies:
            raise HTTPException(404, f"当前结果中没有编号为 {flag_id} 的问题")
        inbox = state.meta("inbox")
        shown = []
        for f in copies:
            sha = _sha256(state, f["doc"])
            o = evidence.original(inbox, f["doc"], sha)
            tables, passages, crops = [], [], []
            data = evidence.layout(desk.cache, o, sha) if o.path is not None else None
            if data is not None:
                tables, passages = evidence.views(data, f.get("cells", []), f"{f['stated']} {f['expected']} {f['message']}")
                if data["format"] in ("pdf", "pdf-ocr"):   # a scan keeps pages but no boxes: the whole page
                    crops = sorted(evidence.pages_cited(f.get("cells", [])))
            shown.append({"flag": f, "original": o, "tables": tables, "passages": passages, "crops": crops})
        return page(request, "flag.html", user, flag=copies[0], copies=shown, history=state.history(flag_id),
                    analysts=analysts(state),
                    back=_next(back), rule=RULES.get(copies[0]["rule"]))

    @app.get("/flags/{flag_id}/history")
    def api_history(request: Request, flag_id: str):
        _user(request, desk)
        return {"flag_id": flag_id, "history": desk.state().history(flag_id)}

    @app.get("/crop")
    def crop(request: Request, flag: str, doc: str, page: int):
        _user(request, desk)
        state = desk.state()
        f = next((f for f in find(state, flag) if f["doc"] == doc), None)
        if f is None:
            raise HTTPException(404, "没有该问题")
        sha = _sha256(state, doc)
        o = evidence.original(state.meta("inbox"), doc, sha)
        boxes = evidence.pages_cited(f.get("cells", [])).get(page)
        data = evidence.layout(desk.cache, o, sha) if o.path is not None else None
        png = evidence.crop(desk.cache, o, sha, page, boxes or []) \
            if data is not None and boxes is not None else None
        if png is None:
            raise HTTPException(404, "无法生成该页的图像")
        return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=86400"})

    @app.get("/original")
    def download(request: Request, doc: str):
        _user(request, desk)
        state = desk.state()
        sha = _sha256(state, doc)
        if sha is None:
            raise HTTPException(404, "没有该文件")
        o = evidence.original(state.meta("inbox"), doc, sha)
        if o.path is None:
            raise HTTPException(404, o.problem)
        data = o.read()
        # Only the file that was read: a report replaced since (a hard link to a file elsewhere, too)
        # has another sha256, and one never read has none to compare.
        if not sha or hashlib.sha256(data).hexdigest() != sha:
            raise HTTPException(409, "原件与上次读取时不同（或上次未能读取），不予下载；请重新运行 jixiao run")
        quoted = urllib.parse.quote(o.name)
        return Response(data, media_type="application/octet-stream",
                        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quoted}"})

    @app.post("/flags/{flag_id}/decide")
    async def decide(request: Request, flag_id: str):
        form = await _form(request)
        name, role = _user(request, desk)
        _may_change(role)
        status = ACTIONS.get(str(form.get("action", "")), str(form.get("status", "")))
        if status not in REVIEW_STATUSES:
            raise HTTPException(400, f"无效的审核状态“{status}”")
        state = desk.state()
        evidence_hash = state.known_flag(flag_id)
        if evidence_hash is None:
            raise HTTPException(404, f"当前结果中没有编号为 {flag_id} 的问题（可能已在重新运行后消失）")
        comment = _comment(form)
        state.decide(flag_id, status, comment, evidence_hash, now(), analyst=name, source="desk")
        if _wants_json(request):
            return {"flag_id": flag_id, "status": status, "status_cn": STATUS_CN[status], "comment": comment,
                    "decided_by": name}
        return RedirectResponse(_next(form.get("next"), f"/flags/{flag_id}"), status_code=303)

    @app.post("/assign")
    async def assign(request: Request):
        form = await _form(request)
        name, role = _user(request, desk)
        _may_change(role)
        kind, target, analyst = str(form.get("kind", "")), str(form.get("target", "")), str(form.get("analyst", ""))
        if kind not in ("doc", "flag") or not target:
            raise HTTPException(400, "分配对象无效")
        state = desk.state()
        if analyst and analyst not in analysts(state):
            raise HTTPException(400, f"没有名为 {analyst} 的分析员账户")
        # A document is assigned by its path and by its content, so the assignment survives a
        # rename (same sha256) and a corrected file put in its place (same path).
        keys = [f"{kind}:{target}"]
        if kind == "doc" and _sha256(state, target):
            keys.append(f"sha:{_sha256(state, target)}")
        with state.db:
            state.db.executemany("DELETE FROM assignments WHERE target=?", [(k,) for k in keys])
            if analyst:
                state.db.executemany("INSERT INTO assignments VALUES (?,?,?,?)", [(k, analyst, name, now()) for k in keys])
        return RedirectResponse(_next(form.get("next")), status_code=303)

    @app.get("/bulk", response_class=HTMLResponse)
    def bulk_page(request: Request, action: str = "confirm"):
        user = _user(request, desk)
        query = Query.from_params(request.query_params)
        state = desk.state()
        return page(request, "bulk.html", user, count=distinct(state, query), shown=preview(state, query),
                    query=query, action=action if action in (*ACTIONS, "assign") else "confirm",
                    analysts=analysts(state))

    @app.post("/bulk")
    async def bulk(request: Request):
        form = await _form(request)
        name, role = _user(request, desk)
        _may_change(role)
        query = Query.from_params(form)
        state = desk.state()
        evidence_of = matching(state, query)   # every flag the filter selects, all pages
        ids = list(evidence_of)
        expected = str(form.get("count", ""))
        if expected != str(len(ids)):
            raise HTTPException(409, f"筛选结果已变化（确认时 {expected} 条，现在 {len(ids)} 条），未执行；请返回重新确认")
        action = str(form.get("action", ""))
        comment = _comment(form)
        if action == "assign":
            analyst = str(form.get("analyst", ""))
            if analyst not in analysts(state):
                raise HTTPException(400, f"没有名为 {analyst} 的分析员账户")
            with state.db:
                state.db.executemany("INSERT OR REPLACE INTO assignments VALUES (?,?,?,?)",
                                     [(f"flag:{i}", analyst, name, now()) for i in ids])
            changed = len(ids)
        elif action in ACTIONS:
            changed = sum(state.decide(i, ACTIONS[action], comment, evidence_of[i], now(), analyst=name, source="desk")
                          for i in ids if i in evidence_of)
        else:
            raise HTTPException(400, f"无效的批量操作“{action}”")
        if _wants_json(request):
            return {"matched": len(ids), "changed": changed}
        return RedirectResponse("/?" + _urlencode({**query.params(), "done": f"{changed}"}), status_code=303)

    @app.get("/dashboard", response_class=HTMLResponse)
    def dashboard_page(request: Request):
        user = _user(request, desk)
        d = dashboard(desk.state(), rule_names)
        charts = {
            "by_rule": bars(d["by_rule"], SEVERITIES, SEVERITY_CN),
            "by_unit": bars(d["by_unit"], SEVERITIES, SEVERITY_CN),
            "status": bars([("全部问题", d["by_status"])], list(STATUS_CN), STATUS_CN),
            "dismissal": bars([(f"{r['rule']} {r['name']}", {"dismissed": r["rate"]}) for r in d["dismissal"]
                               if r["rate"] is not None], ["dismissed"], {"dismissed": "排除率"}, unit="%", percent=True),
        }
        return page(request, "dashboard.html", user, d=d, charts=charts)

    @app.get("/healthz")
    def healthz():
        return {"ok": True}
