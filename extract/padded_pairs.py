"""Records printed as PADDED 'name : value' lines (PowerShell's Format-List, dbview's records, a tool's
`--verbose` listing): a run of lines each a name, the spaces that pad it, ' : ' and a value, the colons of the
run in ONE COLUMN (padded by characters, as Format-List pads, or by display width, as a tool counting the
bytes of a double-byte text pads), a blank line between records. Read as the label：value lines they are, so
that the block reader (normalize/label_blocks.py) takes each record as a block; a line indented to the value
column goes on with the value above it (Format-List wraps a long value there). Nothing else is touched: a
'key: value' line without padding is the line reader's as before."""
from __future__ import annotations

import re

from .display_columns import display_width

# the colon ends the line or a space follows it (' : ', as Format-List writes it): DokuWiki's '^ ::: |' (a
# cell its column's span covers) is no name and value
_PAIR = re.compile(r"^(\S(?:.*\S)?)( +):(?: (.*))?$")
MIN_PAIRS = 3      # two padded lines are no listing


def _columns(name: str, pad: str, width) -> tuple[int, int]:
    """The colon's column counted in characters and in display width."""
    return len(name) + len(pad), width(name) + len(pad)


# PowerShell's Format-Custom writes an object as 'class TypeName', '{', a line '  name = value' per property (an
# empty value 'name =' and nothing after), '}': the same records unpadded and braced. Each such object (of
# flat properties: one holding another object's braces is left as it is) is its name：value lines, the class
# line and the braces blank lines between records, line for line.
_CLASS = re.compile(r"^class [\w.`\[\]]+\s*$")
_MEMBER = re.compile(r"^\s+(\S(?:.*?\S)?) =(?: (.*))?$")
MIN_OBJECTS = 2      # one braced object is no listing


def custom_objects(text: str) -> str:
    """The text with each of Format-Custom's flat objects written as name：value lines (see above), where
    MIN_OBJECTS or more stand in it; the text as it was otherwise."""
    lines = text.split("\n")
    out = list(lines)
    objects = 0
    k = 0
    while k < len(lines):
        if not (_CLASS.match(lines[k].rstrip("\r")) and k + 1 < len(lines) and lines[k + 1].strip() == "{"):
            k += 1
            continue
        j = k + 2
        members = []
        while j < len(lines) and (m := _MEMBER.match(lines[j].rstrip())):
            members.append((j, m.group(1), (m.group(2) or "").strip()))
            j += 1
        if not members or j >= len(lines) or lines[j].strip() != "}":
            k += 1
            continue
        out[k] = out[k + 1] = out[j] = ""
        for no, name, value in members:
            out[no] = f"{name}：{value}"
        objects += 1
        k = j + 1
    return "\n".join(out) if objects >= MIN_OBJECTS else text


# A database client's VERTICAL records without a colon (Informix / GBase 8s dbaccess, where a row is wider than
# its screen): a blank line, then a line per column, the name, the spaces padding it and the value, the values of
# the record in ONE COLUMN (padded by characters, display width or bytes), a NULL nothing after the name, a value
# too long for the line going on under the value column; the records one after another, each with THE SAME NAMES
# in the same order. Two or more such records are a result (one record alone is any two-column text); each line
# is written name：value, line for line, so the block reader takes each record as a block, as Format-List's.
_BARE_PAIR = re.compile(r"^([^\s:：|]+)(?:( {2,})(\S.*))?$")
MIN_COLUMNS = 3


def _bare_record(lines: list[str], k: int, widths) -> tuple[list[tuple[int, str, list[str]]], int, int] | None:
    """The record whose first line is lines[k]: (line, name, value pieces) a column, the index past it and the
    value column; None where the lines from k are none (fewer than MIN_COLUMNS, values not in one column)."""
    run, col, j = [], None, k
    while j < len(lines) and lines[j].strip():
        ln = lines[j].rstrip("\r")
        m = _BARE_PAIR.match(ln)
        if m and m.group(2):
            at = {w(m.group(1)) + len(m.group(2)) for w in widths}
            col = at if col is None else col & at
            if not col:
                return None
            run.append((j, m.group(1), [m.group(3).strip()]))
        elif m:
            run.append((j, m.group(1), []))
        elif run and col and (len(ln) - len(ln.lstrip(" "))) in col:
            run[-1][2].append(ln.strip())
        else:
            return None
        j += 1
    return (run, j, min(col)) if len(run) >= MIN_COLUMNS and col else None


def bare_vertical(text: str) -> str:
    """The text with each result of two or more bare vertical records (above) written name：value, line for
    line; the text as it was where it holds none."""
    lines = text.split("\n")
    out = list(lines)
    widths = (len, display_width, lambda s: len(s.encode("gb18030")))
    k = 0
    while k < len(lines):
        if lines[k].strip() and (k == 0 or not lines[k - 1].strip()) and (rec := _bare_record(lines, k, widths)):
            records, j = [rec[0]], rec[1]
            while j + 1 < len(lines) and not lines[j].strip() and (nxt := _bare_record(lines, j + 1, widths)) \
                    and [n for _, n, _ in nxt[0]] == [n for _, n, _ in records[0]]:
                records.append(nxt[0])
                j = nxt[1]
            if len(records) >= 2:
                for run in records:
                    for no, name, value in run:
                        out[no] = f"{name}：{''.join(value)}"
                        for extra in range(no + 1, no + len(value)):
                            out[extra] = ""
                k = j
                continue
        k += 1
    return "\n".join(out)


def padded_pairs(text: str, width) -> str:
    """The text with each run of padded name : value lines written name：value (line for line: a wrapped
    value's later lines joined to its first, their own lines left blank); Format-Custom's objects first
    written so (custom_objects), and a client's bare vertical records (bare_vertical)."""
    lines = bare_vertical(custom_objects(text)).split("\n")
    out = list(lines)
    k = 0
    while k < len(lines):
        m = _PAIR.match(lines[k].rstrip("\r"))
        if m is None:
            k += 1
            continue
        cols = _columns(m.group(1), m.group(2), width)
        run, j = [], k
        while j < len(lines):
            ln = lines[j].rstrip("\r")
            p = _PAIR.match(ln)
            if p is not None:
                at = _columns(p.group(1), p.group(2), width)
                if at[0] != cols[0] and at[1] != cols[1]:
                    break
                cols = tuple(c if c == a else -1 for c, a in zip(cols, at))     # the measure that holds
                run.append((j, p.group(1), [p.group(3) or ""]))
            elif run and ln.strip() and re.match(r"^ +\S", ln) and _continues(ln, cols):
                run[-1][2].append(ln.strip())      # joined once the run is read: joining each line is quadratic
                out[j] = ""
            else:
                break
            j += 1
        if len(run) >= MIN_PAIRS and max(cols) > 0:
            for no, name, value in run:
                out[no] = f"{name}：{''.join(value)}"
            k = j
        else:
            out[k + 1:j] = lines[k + 1:j]
            k += 1
    return "\n".join(out)


def _continues(line: str, cols: tuple[int, int]) -> bool:
    """A wrapped value's next line: indented to the value column (after ' : ')."""
    lead = len(line) - len(line.lstrip(" "))
    return any(c > 0 and lead == c + 2 for c in cols)
