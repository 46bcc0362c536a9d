"""Analysts' accounts: names, roles and argon2id password hashes in the state database, their
sessions (server-side: a row per log-in, ended by logout, removal, a password reset or an
administrator) and the failed log-ins that lock a name (counted before the password is checked).

Roles: `analyst` decides and assigns; `supervisor` reads everything and changes nothing."""
from __future__ import annotations

import hashlib
import secrets
import time

import regex
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from jixiao.nightly.state import State, now

ROLES = ("analyst", "supervisor")
NAME = regex.compile(r"[\p{L}\p{N}_.-]{1,40}")
_hasher = PasswordHasher()   # argon2id with the library's current parameters and a random salt


class AccountError(ValueError):
    pass


def add_user(state: State, name: str, password: str, role: str = "analyst", replace: bool = False) -> None:
    if not NAME.fullmatch(name):
        raise AccountError(f"用户名“{name}”无效：只能由 1–40 个字母、数字、下划线、点或连字符组成")
    if role not in ROLES:
        raise AccountError(f"角色“{role}”无效（应为 {' / '.join(ROLES)}）")
    if len(password) < 8:
        raise AccountError("密码至少 8 个字符")
    exists = state.db.execute("SELECT 1 FROM users WHERE name=?", (name,)).fetchone()
    if exists and not replace:
        raise AccountError(f"用户 {name} 已存在（修改密码或角色请加 --reset）")
    with state.db:
        state.db.execute("INSERT OR REPLACE INTO users VALUES (?,?,?,?)", (name, _hasher.hash(password), role, now()))
        state.db.execute("DELETE FROM sessions WHERE name=?", (name,))   # a new password ends every old log-in


def remove_user(state: State, name: str) -> bool:
    with state.db:
        state.db.execute("DELETE FROM sessions WHERE name=?", (name,))
        return state.db.execute("DELETE FROM users WHERE name=?", (name,)).rowcount > 0


def users(state: State) -> list[tuple[str, str, str]]:
    return list(state.db.execute("SELECT name, role, created_at FROM users ORDER BY name"))


def analysts(state: State) -> list[str]:
    """Who can be given work (supervisors only read)."""
    return [n for (n,) in state.db.execute("SELECT name FROM users WHERE role='analyst' ORDER BY name")]


def check_password(state: State, name: str, password: str) -> str | None:
    """The user's role if the password is right, else None (same work whether or not the user exists)."""
    row = state.db.execute("SELECT password_hash, role FROM users WHERE name=?", (name,)).fetchone()
    stored = row[0] if row else _DUMMY
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    return row[1] if row else None


# sessions --------------------------------------------------------------------------------------

SESSION_HOURS = 12


def _hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def start_session(state: State, name: str) -> str:
    """A new session for `name`; returns its id (for the signed cookie; the database keeps only its hash)."""
    session_id = secrets.token_urlsafe(32)
    with state.db:
        state.db.execute("DELETE FROM sessions WHERE expires < ?", (time.time(),))
        state.db.execute("INSERT INTO sessions VALUES (?,?,?,?)",
                         (_hash(session_id), name, now(), time.time() + SESSION_HOURS * 3600))
    return session_id


def session_user(state: State, session_id: str) -> tuple[str, str] | None:
    """(name, role) of a live session of an existing account, else None."""
    row = state.db.execute("SELECT u.name, u.role FROM sessions s JOIN users u ON u.name = s.name "
                           "WHERE s.id_hash=? AND s.expires > ?", (_hash(session_id), time.time())).fetchone()
    return (row[0], row[1]) if row else None


def end_session(state: State, session_id: str) -> None:
    with state.db:
        state.db.execute("DELETE FROM sessions WHERE id_hash=?", (_hash(session_id),))


def end_sessions(state: State, name: str | None = None) -> int:
    """Log out everywhere: every session of `name`, or of everyone; returns how many ended."""
    with state.db:
        if name is None:
            return state.db.execute("DELETE FROM sessions").rowcount
        return state.db.execute("DELETE FROM sessions WHERE name=?", (name,)).rowcount


# lockout ---------------------------------------------------------------------------------------

def count_attempt(state: State, name: str, limit: int = 5, window: float = 300.0) -> int:
    """Count a log-in attempt for `name` before its password is checked, in one transaction, so
    parallel guesses cannot all pass: 0 if this attempt may go on, else seconds until the name may
    try again (the attempt is then not counted)."""
    t = time.time()
    with state.db:
        state.db.execute("BEGIN IMMEDIATE")
        state.db.execute("DELETE FROM login_attempts WHERE at <= ?", (t - window,))
        count, first = state.db.execute("SELECT count(*), min(at) FROM login_attempts WHERE name=?", (name,)).fetchone()
        if count >= limit:
            return int(window - (t - first)) + 1
        state.db.execute("INSERT INTO login_attempts (name, at) VALUES (?,?)", (name, t))
    return 0


def clear_attempts(state: State, name: str) -> None:
    """A right password: the name's earlier attempts no longer count against it."""
    with state.db:
        state.db.execute("DELETE FROM login_attempts WHERE name=?", (name,))


_DUMMY = _hasher.hash("no such user: compared anyway so timing does not tell")
