"""A terminal's record (the `script` command's typescript, a session log saved with its colours): the
bytes the program sent to the screen, control sequences and all. The text is what the screen showed:
ANSI / ECMA-48 sequences (CSI: ESC [ parameters final byte; OSC: ESC ] … ended by BEL or ESC \\; two-byte
ESC x) draw colours, move nothing we keep, and are dropped, but for the two that change what a line
shows: a BACKSPACE (or CSI D) moves the cursor back one column, a CARRIAGE RETURN inside a line back to
its start, and what follows overwrites (a progress line redrawn, a typed digit corrected); CSI K erases
from the cursor to the line's end. Columns are display columns (a CJK character two wide), as the
terminal counts them. Evidence: escape sequences in the grammar above (three or more), or a backspace
between two printed characters; a file with none is not a terminal's and is left as it is."""
from __future__ import annotations

import re
import unicodedata

# CSI: ESC [ parameter bytes 0x30-0x3F, intermediate bytes 0x20-0x2F, one final byte 0x40-0x7E;
# OSC / DCS / APC / PM strings: ESC ] (P _ ^) … up to BEL or ST (ESC \); else ESC and one byte.
_SEQUENCE = re.compile(r"\x1b\[([0-?]*)[ -/]*([@-~])|\x1b[\]P_^][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -~]|\x07")
MIN_SEQUENCES = 3

# An input line of an interactive session: IPython's In [n]:, Python's >>>, a shell's $ (bare, or after
# user@host:dir as bash writes it). Its continuation lines: IPython's ...:, Python's ... .
_INPUT = re.compile(r"^(?:In \[\d+\]: |>>> |\$ |[\w.\-]+@[\w.\-]+:\S*[$#] )")
_GOES_ON = re.compile(r"^(?:\s*\.\.\.: |\.\.\. )")
MIN_INPUTS = 2      # one line opening with $ may be a document's own; two prompts make a session


def is_typescript(text: str) -> bool:
    """Whether the text is a terminal's record: control sequences in ANSI's grammar, or backspaces
    correcting printed characters."""
    return len(_SEQUENCE.findall(text, 0, 200_000)) >= MIN_SEQUENCES or re.search(r"[^\x00-\x1f]\x08", text) is not None


# OVERSTRIKING, as nroff / groff's grotty (without SGR) and old line printers mark text: a character, a backspace
# (two after a wide character, in some writers) and the same character again is that character in bold; an
# underscore struck with a character is that character underlined (_ BS c, or c BS _). A pager (less, col -b) shows
# the character once: struck so it is no correction and moves nothing.
_OVERSTRUCK = re.compile(r"([^\x00-\x1f])\x08{1,2}\1|_\x08{1,2}([^\x00-\x1f])|([^\x00-\x1f])\x08{1,2}_")


def _struck_once(line: str) -> str:
    while (shown := _OVERSTRUCK.sub(lambda m: m.group(1) or m.group(2) or m.group(3), line)) != line:
        line = shown
    return line


def screen_text(text: str) -> tuple[str, int] | None:
    """The text as the terminal showed it, line for line (a file's line stays its line), and how many
    control sequences were dropped; None where the text is no terminal's record."""
    if not is_typescript(text):
        return None
    count = 0
    out = []
    for line in text.split("\n"):
        if line.endswith("\r"):       # the terminal's line end, CR LF
            line = line[:-1]
        shown, n = _rendered(_struck_once(line))
        out.append(shown)
        count += n
    return "\n".join(out), count


def without_input(text: str) -> str:
    """The text with a session's input lines blanked (a line kept, empty, so that the rest keep their
    numbers): what was typed is code (print('实施单位：…') with its quote and bracket), not the document;
    its output is. A session: MIN_INPUTS or more lines opening with a prompt (_INPUT), in a terminal's
    record (screen_text) or a console's text copied out."""
    lines = text.split("\n")
    if sum(1 for ln in lines if _INPUT.match(ln)) < MIN_INPUTS:
        return text
    typing = False
    for k, ln in enumerate(lines):
        typing = bool(_INPUT.match(ln)) or (typing and bool(_GOES_ON.match(ln)))
        if typing:
            lines[k] = ""
    return "\n".join(lines)


def _rendered(line: str) -> tuple[str, int]:
    cells: list[str] = []     # a display column each; "" the right half of a wide character
    cursor = 0
    count = 0
    pos = 0
    for m in _SEQUENCE.finditer(line):
        cursor = _written(cells, cursor, line[pos:m.start()])
        pos = m.end()
        count += 1
        final = m.group(2)
        if final == "K":          # erase in line: 0 (or none) to its end, 1 to the cursor, 2 all of it
            how = m.group(1) or "0"
            if how == "0":
                del cells[cursor:]
            elif how == "1":
                cells[:cursor + 1] = [" "] * min(cursor + 1, len(cells))
            elif how == "2":
                cells = []
        elif final == "D":        # cursor back n columns
            cursor = max(0, cursor - int(m.group(1) or 1))
    _written(cells, cursor, line[pos:])
    return "".join(cells).rstrip(), count


def _written(cells: list[str], cursor: int, text: str) -> int:
    """Print text at the cursor (overwriting), backspaces and carriage returns moving it; the new cursor."""
    for ch in text:
        if ch == "\b":
            cursor = max(0, cursor - 1)
        elif ch == "\r":
            cursor = 0
        elif ord(ch) < 32 and ch != "\t":
            continue
        else:
            wide = unicodedata.east_asian_width(ch) in "WF"
            if len(cells) < cursor:
                cells += [" "] * (cursor - len(cells))
            if cursor < len(cells) and cells[cursor] == "" and cursor:
                cells[cursor - 1] = " "        # overwriting the right half of a wide character blanks it
            span = 2 if wide else 1
            for k in range(span):
                if cursor + k < len(cells):
                    cells[cursor + k] = ch if k == 0 else ""
                else:
                    cells.append(ch if k == 0 else "")
            if cursor + span < len(cells) and cells[cursor + span] == "":
                cells[cursor + span] = " "     # a wide character's half left behind
            cursor += span
    return cursor


# `cat -A` (or -ET, -vET) shows what a line holds: a TAB as ^I, a carriage return as ^M, another control byte
# as ^x (^? for DEL), a byte from 128 up as M-x (cat -v, -A), and the line's end as '$'. A line so shown ends
# with '$'; the evidence is MIN_SHOWN lines or more that end so and hold ^I or end ^M$.
_SHOWN_LINE = re.compile(r"^(.*)\$$")
_SHOWN = re.compile(r"M-\^.|M-.|\^[@-_?]")
MIN_SHOWN = 3


def _unshown(shown: str) -> str:
    """One line's text back from cat's notation (the bytes M-x stood for read as UTF-8, as cat read them)."""
    if "M-" not in shown:
        return re.sub(r"\^[@-_?]", lambda m: chr(127 if m.group(0) == "^?" else ord(m.group(0)[1]) - 64), shown)
    out = bytearray()
    pos = 0
    for m in _SHOWN.finditer(shown):
        out += shown[pos:m.start()].encode("utf-8")
        t = m.group(0)
        high = 128 if t.startswith("M-") else 0
        t = t[2:] if high else t
        out.append(high + (127 if t == "^?" else ord(t[1]) - 64 if t.startswith("^") else ord(t)))
        pos = m.end()
    out += shown[pos:].encode("utf-8")
    return out.decode("utf-8", errors="replace")


# A line of `git blame`'s default output: the commit (^ and the abbreviated hash of a boundary commit, else the
# hash one longer), the file's name where blame follows it (-f, -C), then '(' author, the date with its zone and
# the line's number ')', one blank and the line as the file holds it. The author is padded to the longest one's
# display width, so the prefix's length in characters differs from line to line.
_BLAME_LINE = re.compile(r"^\^?[0-9a-f]{7,40} (?:\S+ +)?\(.+? +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4} +\d+\) ?(.*)$")
MIN_BLAMED = 3


def blame_shown(text: str) -> tuple[str, int] | None:
    """(the text with each line `git blame` prefixed written back as the file holds it, how many) where
    MIN_BLAMED lines or more, and four in five of the text's lines with text, are such lines; None otherwise.
    Other lines (a command, a note above the output) stay."""
    lines = text.split("\n")
    shown = [k for k, ln in enumerate(lines) if _BLAME_LINE.match(ln)]
    if len(shown) < MIN_BLAMED or 5 * len(shown) < 4 * sum(1 for ln in lines if ln.strip()):
        return None
    for k in shown:
        lines[k] = _BLAME_LINE.match(lines[k]).group(1)
    return "\n".join(lines), len(shown)


def caret_shown(text: str) -> tuple[str, int] | None:
    """(the text with each line that `cat -A` / `cat -ET` showed written back as it was, how many) where
    MIN_SHOWN lines or more show tabs (^I) or carriage returns (^M) before their closing '$'; None otherwise.
    Its other lines (the prompt, a note around the print) stay as they are; a carriage return at a line's
    end is the line's end."""
    lines = text.split("\n")
    shown = [k for k, ln in enumerate(lines) if (m := _SHOWN_LINE.match(ln))
             and ("^I" in m.group(1) or m.group(1).endswith("^M"))]
    if len(shown) < MIN_SHOWN:
        return None
    first, last = shown[0], shown[-1]
    for k in range(first, last + 1):
        if (m := _SHOWN_LINE.match(lines[k])) is not None:
            lines[k] = _unshown(m.group(1)).removesuffix("\r")
    return "\n".join(lines), len(shown)
