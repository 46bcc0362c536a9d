"""A document saved with its revisions shown as text (a word processor's "final showing markup" copied
out, or a system's export of a revised form): a deletion as [删除：旧], an insertion as [插入：新], a
reviewer's comment as 【批注：…】. The document says its final state: what is inserted stands, what is
deleted is gone, and a comment is a note in the margin, no part of the cell or paragraph it sits in.
The marks are data (the words a converter writes, in square or lenticular brackets); a mark with no
text in it ([删除：] in a legend explaining the marks) is left as it stands. Line for line: a mark's
text never holds a line break, so every line keeps its number.

A unified diff of the form between two versions (diff -u, git show) says its final state too: the new
version, its context and '+' lines (new_side); each line keeps the file's number."""
from __future__ import annotations

import re
from dataclasses import dataclass

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


# -- a unified diff (diff -u, git diff / git show): the form between two versions ----------------------------
# '--- old' and '+++ new' name the two files, then hunks each opening '@@ -a,b +c,d @@': b lines of the old
# version from its line a and d of the new from its line c, written ' ' (both), '-' (the old's only) or
# '+' (the new's only); '\ No newline at end of file' is the tool's note. The new version, the final, is
# the ' ' and '+' lines; where its hunks do not run on from its line 1 the lines between are not in the text.
_DIFF_OLD = re.compile(r"^--- \S")
_DIFF_NEW = re.compile(r"^\+\+\+ \S")
_HUNK = re.compile(r"^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


@dataclass
class NewSide:
    lines: list[tuple[int, str]]       # (the file's line, the text) of the new version, in order
    dropped: int                       # the old version's own lines ('-')
    outside: int                       # lines around the hunks (a commit's header, diff --git, index)
    missing: list[tuple[int, int]]     # the new version's lines no hunk holds (first, last)


def new_side(text: str) -> NewSide | None:
    """The new version a unified diff holds, or None where the text is no diff (no '---' / '+++' pair
    with a hunk under it, or a hunk whose lines do not add up to its counts)."""
    lines = text.split("\n")
    out: list[tuple[int, str]] = []
    dropped, outside, missing = 0, 0, []
    k = 0
    found = False
    while k < len(lines):
        if not (_DIFF_OLD.match(lines[k]) and k + 2 < len(lines) and _DIFF_NEW.match(lines[k + 1])
                and _HUNK.match(lines[k + 2])):
            outside += bool(lines[k].strip())
            k += 1
            continue
        k += 2
        expect = 1                     # the new version's next line
        if out:
            out.append((k, ""))        # a blank line between two files' new versions
        while k < len(lines) and (h := _HUNK.match(lines[k])):
            old_n = int(h.group(1) or 1)
            start, new_n = int(h.group(2)), int(h.group(3) or 1)
            if start > expect and new_n:
                missing.append((expect, start - 1))
            k += 1
            while (old_n or new_n) and k < len(lines):
                line = lines[k]
                mark, rest = line[:1], line[1:]
                if mark == "\\":
                    k += 1
                    continue
                if mark == "-":
                    old_n, dropped = old_n - 1, dropped + 1
                elif mark == "+":
                    new_n -= 1
                    out.append((k + 1, rest))
                elif mark in (" ", ""):
                    old_n, new_n = old_n - 1, new_n - 1
                    out.append((k + 1, rest))
                else:
                    return None        # a line no hunk writes: the counts lie, no diff
                k += 1
            if old_n > 0 or new_n > 0:
                return None
            expect = start + int(h.group(3) or 1)
            while k < len(lines) and lines[k].startswith("\\"):
                k += 1
        found = True
    return NewSide(out, dropped, outside, missing) if found and out else None
