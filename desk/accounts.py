"""Analysts' accounts: names, roles and argon2id password hashes in the state database.

Roles: `analyst` decides and assigns; `supervisor` reads everything and changes nothing."""
from __future__ import annotations

import regex
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from nightly.state import State, now

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


def remove_user(state: State, name: str) -> bool:
    with state.db:
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


_DUMMY = _hasher.hash("no such user: compared anyway so timing does not tell")
