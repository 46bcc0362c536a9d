"""Tables of an old Word file (.doc) that its conversion did not keep as tables.

A .doc's text holds a table's cells each ended by a cell mark (U+0007); the row's layout comes
from the properties of the paragraph that ends the row. Where those are missing (a writer that
left the row's end mark bare), LibreOffice sees no table and gives the cells as one paragraph run
together, and the rows would be lost in silence. The text itself (through the file's piece table)
still shows the cells, and the paragraphs' own properties show where each row ends (a cell mark
in a paragraph not in a table, or one marked as a row's end): a paragraph of the converted
document that holds MIN_CELLS or more of a run's cells back to back is that table
(extract._lost_tables reads its rows in its place and says so).
"""
from __future__ import annotations

import struct

MIN_CELLS = 4   # cells of a run found in one paragraph: a table read as text, not a stray mark


def main_text(data: bytes) -> str:
    """The main document's text of a Word 97-2003 file, by its piece table; '' where the file is
    not one that can be read so."""
    return _read(data)[0]


def _read(data: bytes) -> tuple[str, set[int]]:
    """The main text and the positions of its cell marks that end a row: a mark in a paragraph
    that is not in a table (a row's end mark is the row's own paragraph; bare, it has no
    properties at all) or that sends its properties elsewhere (sprmPHugePapx)."""
    import io

    import olefile
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
        word = ole.openstream("WordDocument").read()
        flags = struct.unpack_from("<H", word, 10)[0]
        table = ole.openstream("1Table" if flags & 0x0200 else "0Table").read()
        ccp_text = struct.unpack_from("<i", word, 76)[0]          # FibRgLw97.ccpText
        fc_clx, lcb_clx = struct.unpack_from("<II", word, 154 + 33 * 8)   # FibRgFcLcb97.fcClx
        clx = table[fc_clx:fc_clx + lcb_clx]
        i = 0
        while clx[i] == 1:                                        # Prc: formatting, skipped
            i += 3 + struct.unpack_from("<H", clx, i + 1)[0]
        if clx[i] != 2:
            return "", set()
        lcb = struct.unpack_from("<I", clx, i + 1)[0]
        plc = clx[i + 5:i + 5 + lcb]
        n = (lcb - 4) // 12
        cps = struct.unpack_from(f"<{n + 1}i", plc, 0)
        parts, pieces = [], []
        for k in range(n):
            fc = struct.unpack_from("<I", plc, (n + 1) * 4 + k * 8 + 2)[0]
            length = cps[k + 1] - cps[k]
            if fc & 0x40000000:                                   # 8-bit text at fc / 2
                start = (fc & 0x3FFFFFFF) // 2
                parts.append(word[start:start + length].decode("cp1252", errors="replace"))
                pieces.append((cps[k], cps[k + 1], start, 1))
            else:
                parts.append(word[fc:fc + 2 * length].decode("utf-16-le", errors="replace"))
                pieces.append((cps[k], cps[k + 1], fc, 2))
        text = "".join(parts)[:ccp_text]
        in_table = _in_table_runs(word, table)
        ends = set()
        for cp, ch in enumerate(text):
            if ch != "\x07":
                continue
            fc = next((f + (cp - a) * size for a, b, f, size in pieces if a <= cp < b), None)
            if fc is not None and not any(a <= fc < b and not ttp for a, b, ttp in in_table):
                ends.add(cp)
        return text, ends
    except (OSError, struct.error, IndexError, ValueError, StopIteration):
        return "", set()


def _in_table_runs(word: bytes, table: bytes) -> list[tuple[int, int, bool]]:
    """File offsets (start, end, ends a row) of the paragraphs whose own properties say fInTable,
    from the paragraph-property pages (PlcBtePapx, its FKPs); a row's end says fTtp too."""
    fc_bte, lcb_bte = struct.unpack_from("<II", word, 154 + 13 * 8)   # FibRgFcLcb97.fcPlcfBtePapx
    plc = table[fc_bte:fc_bte + lcb_bte]
    m = (lcb_bte - 4) // 8
    pages = struct.unpack_from(f"<{m}I", plc, (m + 1) * 4)
    out = []
    for pn in pages:
        page = word[pn * 512:pn * 512 + 512]
        crun = page[511]
        fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for r in range(crun):
            bx = page[(crun + 1) * 4 + r * 13]
            if not bx:
                continue
            at = bx * 2
            if page[at]:
                grpprl = page[at + 1 + 2:at + 1 + page[at] * 2 - 1]
            else:
                grpprl = page[at + 2 + 2:at + 2 + page[at + 1] * 2]
            props = _flags(grpprl)
            if props.get(0x2416):
                out.append((fcs[r], fcs[r + 1], bool(props.get(0x2417))))
    return out


def _flags(grpprl: bytes) -> dict[int, int]:
    """A paragraph's one-byte properties (sprmPFInTable 0x2416, sprmPFTtp 0x2417 …) by sprm."""
    out = {}
    j = 0
    while j + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, j)[0]
        j += 2
        size = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}.get(sprm >> 13)
        if size is None:   # variable: its length first (two bytes for sprmPChgTabs' long form)
            size = (struct.unpack_from("<H", grpprl, j)[0] + 2) if sprm == 0xD608 else grpprl[j] + 1
        if size == 1 and j < len(grpprl):
            out[sprm] = grpprl[j]
        j += size
    return out


def cell_runs(text: str, row_ends: set[int] | None = None) -> list[list[list[str]]]:
    """The runs of table cells in a .doc's text: each a list of rows, each row its cells' texts (a
    cell's paragraphs joined by newlines). Without row_ends a run is one row of all its cells."""
    runs: list = []
    rows: list = []
    row: list[str] = []
    paras: list[str] = []
    cur, in_cell = "", False     # in_cell: the last mark ended a cell, not a row (or nothing yet)
    for cp, ch in enumerate(text):
        if ch == "\r":
            if in_cell:              # a paragraph within a cell
                paras.append(cur)
            elif rows or row:        # a paragraph after a row's end: the table has ended
                runs.append(rows + ([row] if row else []))
                rows, row = [], []
            cur = ""
        elif ch == "\x07":
            if row_ends is not None and cp in row_ends:
                rows.append(row)
                row, in_cell = [], False
            else:
                row.append("\n".join(t for t in (" ".join(p.split()) for p in paras + [cur]) if t))
                in_cell = True
            paras, cur = [], ""
        else:
            cur += ch
    if row:
        rows.append(row)
    if rows:
        runs.append(rows)
    return runs


def lost_tables(paragraphs: list[str], data: bytes) -> list[tuple[int, str, list[list[str]]]]:
    """(index among paragraphs, first cell found, the run's rows) for each paragraph of the
    converted document that holds MIN_CELLS or more of a .doc table's cells back to back."""
    text, ends = _read(data)
    out = []
    for k, para in enumerate(paragraphs):
        flat = "".join(para.split())
        for rows in cell_runs(text, ends):
            cells = [c for c in ("".join(cell.split()) for row in rows for cell in row) if c]
            hit = _run_in(flat, cells)
            if hit is not None:
                out.append((k, cells[hit], rows))
                break
    return out


def _run_in(flat: str, cells: list[str]) -> int | None:
    """The index of the first of MIN_CELLS cells found back to back in flat, if any."""
    for s in range(len(cells) - MIN_CELLS + 1):
        at = flat.find(cells[s])
        while at >= 0:
            pos, j = at + len(cells[s]), s + 1
            while j < len(cells) and flat.startswith(cells[j], pos):
                pos, j = pos + len(cells[j]), j + 1
            if j - s >= MIN_CELLS:
                return s
            at = flat.find(cells[s], at + 1)
    return None
