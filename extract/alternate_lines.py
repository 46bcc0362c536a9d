"""A form copied as ALTERNATE lines (a DingTalk / WeCom approval copied as text, a mobile form's detail page):
each field a label line with its value on the next line, the form's groups (a table's rows: 资金情况(1),
绩效指标(2) …) apart by blank lines, each group a title line or none, then its label / value pairs; a field
left empty is left out, label and all.

The evidence is in the lines: groups whose pairs' LABELS (short lines of words: no figure, no colon) recur,
in one order, in other groups (two or more, three labels or more shared by all), while the values of most of
those differ from group to group (a table's header copied cell by cell repeats its "values" too), are the rows
of one table, the union of their labels in order its header, a label a group leaves out an empty cell. Such
groups are rewritten as one pipe table (| label | … |, a row a group, each row at its group's first value line;
the first group's title line stays a line before the table, the others' after it). Once the form is so shown,
its other blank-parted runs of pairs (the project's fields, the total's) are read as the label：value lines they
are: a run of an even count of lines, four or more, whose label lines are short words with no figure or colon.
Nothing else is touched: without recurring groups the text is as it came.

Some exports part EVERY PAIR by a blank line (a label, its value, a blank line), so a group is no run of lines but
a title line and the two-line runs after it. Where the text as it came holds no table, it is read again with the
blank lines between such two-line runs (and between a title line and the first of them) taken out, each line
keeping its source line; there a group is a title line and the pairs after it (pairs apart with no title say
nothing of where a group starts: a report's repeated project heads are no table), and a group's last pairs whose
labels no other group of its kind writes (the form's 总分 / 自评等级 after its last detail group, now run on to it)
are the form's own fields, read as label：value lines, and so are the pairs after a title line that heads no table
(表单内容, then the project's fields)."""
from __future__ import annotations

import re

MIN_GROUPS = 2       # a table's rows: two groups or more sharing their labels
MIN_PAIRS = 2        # a run of one pair is any two lines
MIN_SHARED = 3       # a table's rows share three labels or more: two are any two short lines twice
MAX_LABEL = 16       # a label is a short line
_MARKS = re.compile(r"[：:|｜]")
_DIGIT = re.compile(r"\d")     # a label is words: a line with a figure is a value


def _runs(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) of the runs of non-blank lines."""
    runs, k = [], 0
    while k < len(lines):
        if lines[k].strip():
            s = k
            while k < len(lines) and lines[k].strip():
                k += 1
            runs.append((s, k))
        else:
            k += 1
    return runs


def _pairs(lines: list[str], s: int, e: int, least: int = MIN_PAIRS) -> list[tuple[int, str, str]] | None:
    """(label line, label, value) of an even run of lines, None where it is no run of pairs."""
    if (e - s) % 2 or (e - s) // 2 < least:
        return None
    texts = [lines[k].strip() for k in range(s, e)]
    if any(_MARKS.search(t) or _DIGIT.search(t) or len(t) > MAX_LABEL for t in texts[0::2]) \
            or any("|" in t for t in texts[1::2]):
        return None
    return [(s + k, texts[k], texts[k + 1]) for k in range(0, e - s, 2)]


_DIGITS = re.compile(r"\d+")
_SENTENCE = re.compile(r"[。，,；;！？]")


def _detail_title(text: str) -> bool:
    """A detail group's title line: short words, no colon or sentence mark (绩效指标(2)); the titles of one
    kind's groups are the same but for their numbers."""
    t = text.strip()
    return 0 < len(t) <= MAX_LABEL and not _MARKS.search(t) and not _SENTENCE.search(t)


def _pair_run(lines: list[str], s: int, e: int) -> bool:
    """A run of two lines, a label and its value."""
    return e - s == 2 and _pairs(lines, s, e, least=1) is not None


def _spaced_pairs(lines: list[str], source: list[int]) -> tuple[list[str], list[int], set[int]] | None:
    """The lines with the blank lines between two-line label / value runs (and between a title line and the
    first such run after it) taken out, and the new places of those runs' label lines; None where no two such
    runs follow one another."""
    runs = _runs(lines)
    drop: set[int] = set()
    for (s1, e1), (s2, e2) in zip(runs, runs[1:]):
        if _pair_run(lines, s2, e2) and (_pair_run(lines, s1, e1) or e1 - s1 == 1):
            drop.update(range(e1, s2))
    if not any(_pair_run(lines, s1, e1) and _pair_run(lines, s2, e2) and set(range(e1, s2)) <= drop
               for (s1, e1), (s2, e2) in zip(runs, runs[1:])):
        return None
    keep = [k for k in range(len(lines)) if k not in drop]
    at = {k: n for n, k in enumerate(keep)}
    return [lines[k] for k in keep], [source[k] for k in keep], {at[s] for s, e in runs if _pair_run(lines, s, e)}


def alternate_lines(text: str, order: list[int] | None) -> tuple[str, list[int] | None]:
    """(text, each line's source line) with a form of alternate label / value lines rewritten (above); the
    text as it came where no groups' labels recur."""
    lines = text.split("\n")
    source = order or list(range(1, len(lines) + 1))
    if (done := _rewritten(lines, source)) is not None:
        return done
    if (spaced := _spaced_pairs(lines, source)) is not None and \
            (done := _rewritten(spaced[0], spaced[1], spaced[2])) is not None:
        return done
    return text, order


def _rewritten(lines: list[str], source: list[int], apart: set[int] | None = None) -> tuple[str, list[int]] | None:
    """alternate_lines over these lines, None where no groups' labels recur. `apart`: the lines are
    _spaced_pairs' view, and these the label lines of the pairs that stood apart; only runs wholly of such pairs
    are groups or fields there (a run of lines that came as one is as it came), a group is one under a title
    line (nothing else says where it starts), and a kind's last group may run on into the form's own fields."""
    spaced = apart is not None
    found = []     # (start, end, title or None, pairs)
    for s, e in _runs(lines):
        if (pairs := _pairs(lines, s, e)) is not None:
            found.append((s, e, None, pairs))
        elif (pairs := _pairs(lines, s + 1, e)) is not None:
            found.append((s, e, s, pairs))
    if spaced:
        found = [g for g in found if all(no in apart for no, _, _ in g[3])]
    # groups of one kind: each label of the one sequence, the later groups' labels all among the first's
    kinds: dict[tuple[str, ...], list] = {}
    for g in found:
        if spaced and not _detail_title(lines[g[2]] if g[2] is not None else ""):
            continue     # pairs standing apart: only a detail's title line (绩效指标(2)) says where a group starts
        kinds.setdefault(tuple(label for _, label, _ in g[3])[:1], []).append(g)
    tables = []
    for key, groups in kinds.items():
        if len(groups) < MIN_GROUPS or spaced and len({_DIGITS.sub("", lines[g[2]].strip()) for g in groups}) > 1:
            continue
        if spaced:
            # the last group's trailing pairs that no other group writes: the form's own fields run on to it
            others = {label for g in groups[:-1] for _, label, _ in g[3]}
            s_, e_, title_, pairs_ = groups[-1]
            cut = len(pairs_)
            while cut > 0 and pairs_[cut - 1][1] not in others:
                cut -= 1
            if 0 < cut < len(pairs_):
                groups[-1] = (s_, pairs_[cut][0], title_, pairs_[:cut])
                found.append((pairs_[cut][0], e_, None, pairs_[cut:]))
        header: list[str] = []
        for g in groups:
            for _, label, _ in g[3]:
                if label not in header:
                    header.append(label)
        # the labels recur in one order in every group, three or more in all of them, and most of those
        # hold values that differ from group to group (a header repeated cell by cell holds the same)
        shared = [x for x in header if all(x in {label for _, label, _ in g[3]} for g in groups)]
        varied = [x for x in shared if len({v for g in groups for _, label, v in g[3] if label == x}) > 1]
        if any([x for x in header if x in {label for _, label, _ in g[3]}] != [label for _, label, _ in g[3]]
               for g in groups) or len(shared) < MIN_SHARED or len(varied) * 2 < len(shared):
            continue
        tables.append((header, groups))
    if not tables:
        return None
    out: list[tuple[int, str]] = []
    first = {groups[0][0]: (header, groups) for header, groups in tables}
    later = {g[0]: g for _, groups in tables for g in groups[1:]}
    rest = {g[0]: g for g in found if g[0] not in first and g[0] not in later}
    k = 0
    while k < len(lines):
        if k in first:
            header, groups = first[k]
            if groups[0][2] is not None:
                out.append((source[groups[0][2]], lines[groups[0][2]]))
            out.append((source[groups[0][3][0][0]], "| " + " | ".join(header) + " |"))
            for _, _, _, pairs in groups:     # the rows together, each at its group's first value line
                values = {label: value for _, label, value in pairs}
                out.append((source[pairs[0][0] + 1], "| " + " | ".join(values.get(x, "") for x in header) + " |"))
            out.append((source[groups[0][1] - 1], ""))
            for _, _, title, _ in groups[1:]:     # the other groups' titles after the table, as lines
                if title is not None:
                    out.append((source[title], lines[title]))
            k = groups[0][1]
        elif k in later:
            k = later[k][1]
        elif k in rest and (rest[k][2] is None or spaced):
            if rest[k][2] is not None:
                out.append((source[k], lines[k]))
            for no, label, value in rest[k][3]:
                out.append((source[no], f"{label}：{value}"))
            k = rest[k][1]
        else:
            out.append((source[k], lines[k]))
            k += 1
    return "\n".join(t for _, t in out), [no for no, _ in out]
