"""Objects printed POSITIONALLY under the declaration that names their fields (issue 21, 1456.txt).

Scala's case classes and Kotlin's data classes print by toString as the class's name and the values in the
declared order between parentheses, apart by bare commas, with no field names and no quotes
(指标(1,产出指标,数量指标,…,None)); only the declaration (case class 指标(序号: Int, 一级指标: String, …), or
data class 指标(val 序号: Int, …)) names them. Where a text holds such a declaration, each object of the class
printed whole on a line is rewritten as the declaration reads it: the objects of a line or of consecutive lines
the rows of a table under the declared names (a tab between cells), an object alone its fields' label：value
pairs; Option's Some(x) is x, None an empty cell. The declaration keeps its names, without the types (a type is no
value: 项目名称: String names no project). An object whose values do not count as the declaration's fields (a
value with a bare comma in it) or a line cut off (the REPL's '... large output truncated') stays as written.
"""
from __future__ import annotations

import re

_DECLARATION = re.compile(r"\b(?:case\s+class|data\s+class)\s+([^\W\d]\w*)\s*\(")
_PARAM = re.compile(r"^\s*(?:(?:val|var|private|override)\s+)*([^\W\d]\w*)\s*:\s*\S")
_OPTION = re.compile(r"^Some\((.*)\)$", re.S)
MIN_FIELDS = 3      # a class of fewer fields is a pair, no form's record


def _closing(text: str, start: int) -> int | None:
    """The index past the parenthesis closing the one opened at text[start - 1]; None where the line ends first."""
    depth = 1
    for k in range(start, len(text)):
        c = text[k]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
            if depth == 0:
                return k + 1
    return None


def _top_split(inner: str) -> list[str]:
    parts, depth, cur = [], 0, []
    for c in inner:
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        if c == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    parts.append("".join(cur))
    return parts


def _value(v: str) -> str:
    v = v.strip()
    if v == "None":
        return ""
    m = _OPTION.match(v)
    return m.group(1).strip() if m else v


def _declarations(lines: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for ln in lines:
        for m in _DECLARATION.finditer(ln):
            end = _closing(ln, m.end())
            if end is None:
                continue
            params = [_PARAM.match(p) for p in _top_split(ln[m.end():end - 1])]
            if all(params) and len(params) >= MIN_FIELDS:
                found[m.group(1)] = [p.group(1) for p in params]
    return found


def declared_rows(text: str, order: list[int] | None, said: list[str] | None = None) -> tuple[str, list[int] | None]:
    """(text, each line's source line) with the positional objects of declared classes read by their names
    (above); the text as it came where none is declared or printed. An object printed again whole (a REPL's
    value and then its elements one a line) is read once: `said` is told how many and where."""
    lines = text.split("\n")
    declared = _declarations(lines)
    if not declared:
        return text, order
    source = order or list(range(1, len(lines) + 1))
    opens = re.compile(r"(?<!\w)(%s)\(" % "|".join(re.escape(n) for n in sorted(declared, key=len, reverse=True)))
    out: list[tuple[str, int]] = []
    prev_class = None
    changed = False
    seen: set = set()
    again: dict[str, list[int]] = {}
    for ln, no in zip(lines, source):
        decl = _DECLARATION.search(ln)
        if decl and decl.group(1) in declared:
            names = declared[decl.group(1)]
            end = _closing(ln, decl.end())
            out.append((ln[:decl.end()] + ", ".join(names) + ln[end - 1:], no))
            prev_class, changed = None, True
            continue
        # a line whose brackets never close (List( cut off by the REPL) is cut: none of it is read as rows
        objects, k, whole = [], 0, ln.count("(") == ln.count(")")
        while whole and (m := opens.search(ln, k)) is not None:
            end = _closing(ln, m.end())
            if end is None:
                whole = False
                break
            values = [_value(v) for v in _top_split(ln[m.end():end - 1])]
            if len(values) != len(declared[m.group(1)]):
                whole = False
                break
            objects.append((m.group(1), values, m.start(), end))
            k = end
        if not objects or not whole:
            out.append((ln, no))
            prev_class = None
            continue
        if all((name, tuple(values)) in seen for name, values, _, _ in objects):
            for name, _, _, _ in objects:
                again.setdefault(name, []).append(no)
            changed = True
            continue
        seen.update((name, tuple(values)) for name, values, _, _ in objects)
        before = ln[:objects[0][2]].strip()
        if len(objects) == 1 and prev_class != objects[0][0] and not _next_is(lines, source, no, opens, objects[0][0]):
            name, values, _, _ = objects[0]
            pairs = "　".join(f"{n}：{v}" for n, v in zip(declared[name], values))
            out.append(((before + "　" if before else "") + pairs, no))
            prev_class = None
            changed = True
            continue
        if before:
            out.append((before, no))
        for name, values, _, _ in objects:
            if name != prev_class:
                out.append(("\t".join(declared[name]), no))
                prev_class = name
            out.append(("\t".join(values), no))
        changed = True
    if not changed:
        return text, order
    for name, nos in again.items():
        if said is not None:
            said.append(f"第{nos[0]}行起有{len(nos)}个“{name}”对象与前文已打印的同一对象完全相同（同一值再次打印），只读取一次")
    return "\n".join(t for t, _ in out), [no for _, no in out]


def _next_is(lines: list[str], source: list[int], no: int, opens: re.Pattern, name: str) -> bool:
    """Whether the line after the one of source line `no` opens an object of the class `name` (a run of rows)."""
    k = source.index(no) + 1
    if k >= len(lines):
        return False
    m = opens.match(lines[k].strip())
    return m is not None and m.group(1) == name
