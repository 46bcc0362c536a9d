"""A document saved with its revisions shown as text (a word processor's "final showing markup" copied
out, or a system's export of a revised form): a deletion as [删除：旧], an insertion as [插入：新], a
reviewer's comment as 【批注：…】. The document says its final state: what is inserted stands, what is
deleted is gone, and a comment is a note in the margin, no part of the cell or paragraph it sits in.
The marks are data (the words a converter writes, in square or lenticular brackets); a mark with no
text in it ([删除：] in a legend explaining the marks) is left as it stands. Line for line: a mark's
text never holds a line break, so every line keeps its number.

A unified diff of the form between two versions (diff -u, git show) says its final state too: the new
version, its context and '+' lines (new_side); each line keeps the file's number. Shown word by word (git's
--word-diff=plain), a hunk's lines carry no mark and the changes sit inside them, [-old-]{+new+}: the new
version is each line with its {+ +} text kept and its [- -] text dropped."""
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


# git's word diff (--word-diff=plain): a hunk's lines unmarked, the old words [-…-], the new {+…+}, on one line
_WORD_OLD = re.compile(r"\[-(.*?)-\]")
_WORD_NEW = re.compile(r"\{\+(.*?)\+\}")


@dataclass
class NewSide:
    lines: list[tuple[int, str]]       # (the file's line, the text) of the new version, in order
    dropped: int                       # the old version's own lines ('-'), or in a word diff its [-…-] marks
    outside: int                       # lines around the hunks (a commit's header, diff --git, index)
    missing: list[tuple[int, int]]     # the new version's lines no hunk holds (first, last)
    words: int = 0                     # a word diff's {+…+} marks (0: a diff by lines)


def _word_hunk(lines: list[str], k: int) -> tuple[list[tuple[int, str]], int, int, int] | None:
    """A word diff's hunk from lines[k] (the line under its @@ header) to the next file's or hunk's header:
    the new version's lines (a line holding nothing but a deletion gone), the [-…-] and {+…+} marks, and
    the index past it; None where no line of it holds a mark or one opens with a line diff's mark."""
    out: list[tuple[int, str]] = []
    old = new = 0
    while k < len(lines) and not _HUNK.match(lines[k]) and not lines[k].startswith("diff --git ") \
            and not (_DIFF_OLD.match(lines[k]) and k + 1 < len(lines) and _DIFF_NEW.match(lines[k + 1])):
        line = lines[k]
        o, n = len(_WORD_OLD.findall(line)), len(_WORD_NEW.findall(line))
        old, new = old + o, new + n
        kept = _WORD_OLD.sub("", line)
        kept = _WORD_NEW.sub(lambda m: m.group(1), kept)
        if not (o and not kept.strip()):
            out.append((k + 1, kept))
        k += 1
    while out and not out[-1][1].strip():
        out.pop()
    return (out, old, new, k) if old + new else None


def new_side(text: str) -> NewSide | None:
    """The new version a unified diff holds, or None where the text is no diff (no '---' / '+++' pair
    with a hunk under it, or a hunk whose lines do not add up to its counts)."""
    lines = text.split("\n")
    out: list[tuple[int, str]] = []
    dropped, outside, missing, words = 0, 0, [], 0
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
            if lines[k:k + 1] and lines[k][:1] not in " +-\\" and (word := _word_hunk(lines, k)):
                got, old, new, k = word
                out += got
                dropped, words = dropped + old, words + new
                expect = start + new_n
                continue
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
    return NewSide(out, dropped, outside, missing, words) if found and out else None


# -- a side-by-side diff (diff -y, sdiff): the form's two versions in two halves of each line ---------------
# Each line the old version's line, padded to a fixed column, a gutter mark at that column (' ' for a line
# both share, '|' changed, '<' the old's only, '>' the new's only, '(' / ')' a line one side ignores), then
# from a fixed column further on the new version's line; a shared line is printed on both sides, identical.
# The evidence is in the cells: one gutter column that every two-sided line keeps, marks in it, and shared
# lines whose halves agree. The new version, the right half, is the final; lines before and after the
# diff (a note, the command) are read as they stand.
_GUTTER = re.compile(r"(?<=  )[|<>()](?= |$)")
SHARED_AGREE = 3          # shared lines whose halves are the same text, the least that makes a diff


@dataclass
class RightSide:
    lines: list[tuple[int, str]]       # (the file's line, the text) of the new version and the lines around
    dropped: int                       # the old version's own lines ('<') and changed lines' old halves ('|')
    changed: int                       # lines whose halves differ ('|')


def _cols_of(line: str, width) -> list[int]:
    """The display column each character of a line starts at."""
    out, pos = [], 0
    for ch in line:
        out.append(pos)
        pos += width(ch)
    return out


def _halves(line: str, g: int, width) -> tuple[str, str, str] | None:
    """The left half, the gutter mark and the right half of a line split at gutter column g (None where a
    character of the left half crosses the gutter)."""
    cols = _cols_of(line, width)
    left = "".join(ch for ch, c in zip(line, cols) if c < g).rstrip()
    rest = [(ch, c) for ch, c in zip(line, cols) if c >= g]
    if any(c < g and c + width(ch) > g and ch != " " for ch, c in zip(line, cols)):
        return None
    mark = rest[0][0] if rest and rest[0][1] == g and rest[0][0] in "|<>()" else " "
    right = "".join(ch for ch, c in rest if c > g).strip(" ") if rest else ""   # compared stripped
    return left, mark, right


def right_side(text: str) -> RightSide | None:
    """The new version a side-by-side diff holds, or None where the text shows no such diff."""
    from .display_columns import display_width
    lines = text.split("\n")
    for width in (display_width, lambda s: display_width(s, 2)):
        got = _right_side(lines, width)
        if got is not None:
            return got
    return None


def _right_side(lines: list[str], width) -> RightSide | None:
    marks: dict[int, int] = {}
    for line in lines:
        for m in _GUTTER.finditer(line):
            col = width(line[:m.start()])
            marks[col] = marks.get(col, 0) + 1
    if not marks:
        return None
    g = max(marks, key=marks.get)
    split = [_halves(line, g, width) for line in lines]
    # the right half starts at one column: where the shared lines' right halves begin
    starts: dict[int, int] = {}
    for line, h in zip(lines, split):
        if h and h[0] and h[1] == " " and h[0].strip() == h[2]:
            # the right half begins where its line does on the left: its own indent kept
            cols = _cols_of(line, width)
            first = next(c for ch, c in zip(line, cols) if c > g and ch != " ")
            at = first - width(h[0][:len(h[0]) - len(h[0].lstrip(" "))])
            starts[at] = starts.get(at, 0) + 1
    agree = sum(1 for h in split if h and h[0] and h[1] == " " and h[0].strip() == h[2])
    differ = sum(1 for h in split if h and h[0] and h[2] and h[1] == " " and h[0].strip() != h[2])
    marked = sum(1 for h in split if h and h[1] in "|<>")
    if agree < SHARED_AGREE or differ > agree // 5 or not marked:
        return None
    r = max(starts, key=starts.get) if starts else g + 1
    inside = [k for k, h in enumerate(split) if h and (h[2] or h[1] != " ")]
    first, last = inside[0], inside[-1]
    out: list[tuple[int, str]] = []
    dropped = changed = 0
    for k, (line, h) in enumerate(zip(lines, split)):
        if k < first or k > last or h is None:
            if first <= k <= last and h is None:
                return None                # a line the gutter cuts through: no side-by-side diff
            out.append((k + 1, line))
            continue
        left, mark, _ = h
        if mark == "<" or mark == "(":
            dropped += 1
            continue
        right = "".join(ch for ch, c in zip(line, _cols_of(line, width)) if c >= r).rstrip()
        if mark == "|":
            dropped, changed = dropped + 1, changed + 1
        out.append((k + 1, right))
    return RightSide(out, dropped, changed)
