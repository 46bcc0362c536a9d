"""A document saved with its revisions shown as text (a word processor's "final showing markup" copied
out, or a system's export of a revised form): a deletion as [删除：旧], an insertion as [插入：新], a
reviewer's comment as 【批注：…】. The document says its final state: what is inserted stands, what is
deleted is gone, and a comment is a note in the margin, no part of the cell or paragraph it sits in.
The marks are data (the words a converter writes, in square or lenticular brackets); a mark with no
text in it ([删除：] in a legend explaining the marks) is left as it stands. Line for line: a mark's
text never holds a line break, so every line keeps its number."""
from __future__ import annotations

import re

DELETED = ("删除", "删去", "已删除")
INSERTED = ("插入", "添加", "已插入")
COMMENT = ("批注", "注释")


def _mark(words: tuple[str, ...]) -> re.Pattern:
    alt = "|".join(words)
    return re.compile(rf"\[(?:{alt})[：:]([^\[\]\n]+)\]|【(?:{alt})[：:]([^【】\n]+)】")


_DELETED, _INSERTED, _COMMENT = _mark(DELETED), _mark(INSERTED), _mark(COMMENT)


def final_text(text: str) -> tuple[str, dict[str, int]]:
    """The text in its final state and the count of each kind of mark taken out ({} where none):
    deletions dropped, insertions kept as their text, comments dropped. Only a text that holds a
    deletion or an insertion is read as revised: a bracketed 【注释：…】 alone is a paragraph's own."""
    counts = {"deleted": len(_DELETED.findall(text)), "inserted": len(_INSERTED.findall(text))}
    if not counts["deleted"] and not counts["inserted"]:
        return text, {}
    counts["comments"] = len(_COMMENT.findall(text))
    text = _DELETED.sub("", text)
    text = _INSERTED.sub(lambda m: m.group(1) or m.group(2), text)
    return _COMMENT.sub("", text), counts
