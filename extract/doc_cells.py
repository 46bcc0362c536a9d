"""Tables of an old Word file (.doc) that its conversion did not keep as tables.

A .doc's text holds a table's cells each ended by a cell mark (U+0007); the row's layout comes
from the properties of the paragraph that ends the row. Where those are missing (a writer that
left the row's end mark bare), LibreOffice sees no table and gives the cells as one paragraph run
together, and the rows would be lost in silence. The text itself (through the file's piece table)
still shows the cells: a paragraph of the converted document that holds MIN_CELLS or more of
them in a row is named in a warning.
"""
from __future__ import annotations

import struct

MIN_CELLS = 4   # cells of a run found in one paragraph: a table read as text, not a stray mark


def main_text(data: bytes) -> str:
    """The main document's text of a Word 97-2003 file, by its piece table; '' where the file is
    not one that can be read so."""
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
            return ""
        lcb = struct.unpack_from("<I", clx, i + 1)[0]
        plc = clx[i + 5:i + 5 + lcb]
        n = (lcb - 4) // 12
        cps = struct.unpack_from(f"<{n + 1}i", plc, 0)
        parts = []
        for k in range(n):
            fc = struct.unpack_from("<I", plc, (n + 1) * 4 + k * 8 + 2)[0]
            length = cps[k + 1] - cps[k]
            if fc & 0x40000000:                                   # 8-bit text at fc / 2
                start = (fc & 0x3FFFFFFF) // 2
                parts.append(word[start:start + length].decode("cp1252", errors="replace"))
            else:
                parts.append(word[fc:fc + 2 * length].decode("utf-16-le", errors="replace"))
        return "".join(parts)[:ccp_text]
    except (OSError, struct.error, IndexError, ValueError):
        return ""


def cell_runs(text: str) -> list[list[str]]:
    """The runs of table cells in a .doc's text, each the cells' texts in order (a cell's last
    paragraph; empty cells and the row's end marks included as '')."""
    runs, run = [], []
    for piece in text.split("\x07")[:-1]:
        before, _, cell = piece.rpartition("\r")
        if before and run:        # a paragraph outside the table came between
            runs.append(run)
            run = []
        run.append(" ".join(cell.split()))
    if run:
        runs.append(run)
    return runs


def lost_tables(paragraphs: list[str], data: bytes) -> list[tuple[int, str, int]]:
    """(index among paragraphs, first cell found, cells of its run) for each paragraph of the
    converted document that holds MIN_CELLS or more of a .doc table's cells back to back."""
    runs = [[c for c in ("".join(cell.split()) for cell in run) if c] for run in cell_runs(main_text(data))]
    out = []
    for k, para in enumerate(paragraphs):
        flat = "".join(para.split())
        for cells in runs:
            hit = _run_in(flat, cells)
            if hit is not None:
                out.append((k, cells[hit], len(cells)))
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
