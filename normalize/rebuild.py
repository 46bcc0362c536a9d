"""What the readers that rebuild tables out of text share (cell_runs: a cell per line;
cell_joins: cells run together in paragraphs; label_blocks: label：value lines): the rebuilt table
(Rebuilt) and its cells (RunCell), and what a cell may be in a column of a given role (cell_fit,
cell_number). cell_runs calls the other two; they import these from here, not from it, so no
module imports another inside a function to escape a cycle."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex as re

from jixiao.extract import Location, Paragraph, Table
from jixiao.extract.ocr_digits import fix_numeric

from .quantity import is_known_unit, parse
from .vocab import DIRECTION_OPS, NATURE_WORDS, bare, canonical_level1, level2_label, level_label, points_note

HEADER_CELL = 14     # a header cell is a few words (偏差原因分析及改进措施 is 11 characters)
# Cells that are template residue or an empty cell written out; they carry no evidence.
FILLER = re.compile(r"^[-—–/／.…。·]*$")
BARE_NUMBER = re.compile(r"^\d+(?:\.\d+)?分?$")

NATURE_CELLS = set(DIRECTION_OPS) | NATURE_WORDS   # what a 指标性质 cell may hold
HAN = re.compile(r"\p{Han}")
# A section heading of the report after the table: (三)存在的问题, 三、存在问题.
HEADING = re.compile(r"^[（(][一二三四五六七八九十]+[)）]|^[一二三四五六七八九十]+、\p{Han}{2,}(?:问题|措施|建议|情况|结论)")

# A label the vocabulary does not know, shaped like a level's: a few characters ending in 指标 or 效益,
# maybe with the level grammar's note (it is searched in bare text: (N分) is gone, (50) stays).
WEAK_LABEL = re.compile(rf"(?:指标|效益)(?:{points_note()})?$")

VALUE_ROLES = ("target", "actual", "weight", "score")


def source_line(b: Paragraph, k: int) -> int:
    """A paragraph's source line; in a format without them (a Word paragraph, a spreadsheet's cell, a
    PDF line) its block's number k + 1, so that cells keep their order and tables their place
    (cell_runs.read_cell_runs keys on the line). Warnings name such a paragraph by its place (where)."""
    return b.loc.line if b.loc.line is not None else k + 1


def where(loc: Location) -> str:
    """Where a paragraph stands, for a warning: its source line in a text file (源文件第12行), else its
    place in the document (文件 第2页 块7): a Word paragraph and a PDF line are a text file's line."""
    return f"源文件第{loc.line}行" if loc.line is not None else loc.describe()


@dataclass
class RunCell:
    """A cell of a table being rebuilt: its text and where it came from."""
    line: int
    text: str
    blocks: list[int]          # the document blocks it came from
    filler: bool = False       # ——, ……: an empty cell written out, no evidence of a column
    # Where the text stands in the document as extracted: the paragraph (a cell per line) or the
    # table cell (a pipe row) it came from. Records read from a rebuilt table point here.
    src: Location | None = None
    row_end: bool = False      # a line of bare pipes (||||) follows: the row ends here


@dataclass
class Rebuilt:
    """One rebuilt table: where it stood, its rows, and the rows left unread as ambiguous."""
    first_block: int
    blocks: set[int]
    header: list[RunCell]
    roles: list[str]
    rows: list[list[RunCell | None]]
    unread: int = 0
    warning: str = ""
    # Rebuilt from a table read row by row whose rows lost their merged cells: the table, and
    # the rows of it before the header and from the end of the indicator rows, kept as they were.
    source: Table | None = None
    head_row: int = 0
    stop_row: int = 0
    tail: tuple[Table, int] | None = None     # the last table taken and its first row not taken
    tail_text: bool = False    # the rows of the tail fit no column: handed on as text, not as a table
    cut_off: bool = False      # the document ends inside the table, part of a row after the last
    # Cells run together in paragraphs (cell_joins): the text of the first paragraph before the
    # header and of the last after the table, which stays text.
    lead: str = ""
    trail: str = ""
    note: str = ""     # how every row read from it was told apart where no separator did (Indicator.note)


@lru_cache(maxsize=4096)
def cell_fit(text: str, role: str) -> int | None:
    """How well the cell fits the column (tenths), or None when it cannot stand there."""
    b = bare(text)
    if FILLER.match(b):
        return 0
    level1 = canonical_level1(b) is not None
    level2 = level2_label(b)
    han = bool(HAN.search(b))
    q = parse(text)
    figure = q.numeric or q.op in ("deadline", "range")
    # A label the vocabulary does not know (环境效益) is taken, at a cost, where it is shaped
    # like one: a few characters ending the way level labels end.
    weak = -10 if han and not figure and len(b) <= 8 and WEAK_LABEL.search(b) else None
    if role == "level1":
        return 30 if level1 else None if level2 else weak
    if role == "level2":
        return 30 if level2 else None if level1 else weak
    if role == "level3":
        # a figure with a word or two of unit (10次, 2022年全年) is a value, never a name (but where its row
        # can be nothing else: cell_runs._figure_named)
        # nor what reads as a figure with an operator, which the table reader takes for a shifted row
        # nor one character: no indicator is named in one (点 under 建成社区嵌入式托育 is its name's last line)
        if level1 or level2 or not han or len(b) == 1 or figure and re.search(r"\d", b) and len(HAN.findall(b)) <= 3 \
                or b in NATURE_CELLS or q.op in (">=", "<=", ">", "<", "=", "approx", "range") and \
                re.search(r"[\d≥≤><=＞＜＝]", b):      # 一个存储备份器 reads as a figure (一个) but is a name
            return None
        return 0 if b.endswith("。") or re.search(r"[，；]", b) else 10     # a sentence of prose is a poor name
    if role in ("target", "actual"):
        if level1 or level2:
            return None
        if figure:
            return 20
        return 5 if len(b) <= 20 and not re.search(r"[，；]", b) else 0     # clauses of prose are a poor value
    if role in ("weight", "score", "coefficient", "weight_share", "converted_score"):
        # a scan's text layer may write a letter for a digit inside the figure (l0 for 10, 1O for 10):
        # repaired only where the run is otherwise a figure (fix_numeric); the reader notes the repair
        b = fix_numeric(b)
        return 20 if BARE_NUMBER.match(b) and parse(b.rstrip("分")).value <= 100 else None
    if role in ("nature", "direction"):
        return 30 if b in NATURE_CELLS else None
    if role == "unit":
        if is_known_unit(b):
            return 20
        return 5 if len(b) <= 5 and not re.search(r"\d", b) and not level1 and not level2 else None
    if role == "reason":
        # not a figure, nor a level label or the first half of one broken over two lines (生态)
        return None if BARE_NUMBER.match(b) or level1 or level2 or level_label(b + "效益指标") or \
            level_label(b + "指标") else 3
    return 0


@lru_cache(maxsize=4096)
def cell_number(text: str):
    return parse(bare(text).rstrip("分")).value
