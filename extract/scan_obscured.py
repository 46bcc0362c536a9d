"""An empty cell of a scanned table whose words a mosaic covers: text made unreadable.

A cell the recogniser reads nothing in is taken as blank, and a blank cell is what a form may
leave blank. But a phone app's mosaic (打码: squares of the mean grey of the words under them)
leaves nothing to read while the page plainly shows something was there. Such a patch is GREY:
darker than the paper over a good part of the cell, yet with almost none of the print's black
(print the recogniser missed, a stamp, a signature are black strokes; scan_blanks reads a lone
figure again); and it is made of SQUARES that meet in steps of grey, where a stain, a highlighter
or a cell shaded in the form is smooth (a coffee ring over blank cells is no mosaic, and print
under it stays black and is read), and the squares' steps run on along STRAIGHT lines, a square's
side long, where the ragged edge of one grey band wanders (the lid's grey in the gap of a page torn
in two and laid a little apart, 1719.scan). Such a cell is not read as blank in silence: it is named, so
that what the form wrote there is known to be unread.
"""
from __future__ import annotations

INSET = 3          # pixels inside the ruling lines
GREYER = 25        # a patch pixel: at least this much darker than the page's paper ...
BLACK = 110        # ... and lighter than print's black
COVER = 0.15       # share of the cell's inside the patch covers
MOST_BLACK = 0.02  # share of the cell's inside in black: more is strokes, not a patch
STEP = 10          # grey levels between neighbouring pixels that make a step between squares
STEPPED = 0.05     # share of the patch's neighbouring pairs that are steps (a smooth stain: ~0)
PAPER_AT = 90      # the page's paper: this percentile of its pixels
STRAIGHT = 0.75    # share of the steps that the next pixel along their edge steps too (squares' sides: ~0.9;
                   # a torn edge's grey band: ~0.5)


def _stepped(crop, patch) -> float:
    """The share of neighbouring pixel pairs, across and down, touching the patch that differ by
    more than STEP grey levels."""
    import numpy as np

    a = crop.astype(np.int16)
    across, down = patch[:, 1:] | patch[:, :-1], patch[1:] | patch[:-1]
    steps = (np.abs(np.diff(a, axis=1)) > STEP)[across].sum() + (np.abs(np.diff(a, axis=0)) > STEP)[down].sum()
    return float(steps) / max(1, int(across.sum() + down.sum()))


def _straight(crop, patch) -> float:
    """The share of the steps touching the patch (across, as _stepped counts them) that go on at the
    same place in the next row, and of those down that go on in the next column: the sides of squares
    run straight, a ragged edge turns."""
    import numpy as np

    a = crop.astype(np.int16)
    across = (np.abs(np.diff(a, axis=1)) > STEP) & (patch[:, 1:] | patch[:, :-1])
    down = (np.abs(np.diff(a, axis=0)) > STEP) & (patch[1:] | patch[:-1])
    on = (across[:-1] & across[1:]).sum() + (down[:, :-1] & down[:, 1:]).sum()
    return float(on) / max(1, int(across[:-1].sum() + down[:, :-1].sum()))


def covered(tables, gray) -> list:
    """The empty cells (with a box in the page's pixels) of a page's tables whose inside holds a
    mosaic's grey squares, in reading order: (table index, cell)."""
    import numpy as np

    paper = float(np.percentile(gray, PAPER_AT))
    out = []
    for k, table in enumerate(tables):
        for cell in sorted(table.cells, key=lambda c: (c.row, c.col)):
            if "".join(cell.text.split()) or cell.loc.bbox is None:
                continue
            x0, y0, x1, y1 = (int(round(v)) for v in cell.loc.bbox)
            crop = gray[max(0, y0 + INSET):y1 - INSET, max(0, x0 + INSET):x1 - INSET]
            if crop.size < 100:
                continue
            patch = (crop < paper - GREYER) & (crop >= BLACK)
            if (patch.mean() >= COVER and (crop < BLACK).mean() <= MOST_BLACK
                    and _stepped(crop, patch) >= STEPPED and _straight(crop, patch) >= STRAIGHT):
                out.append((k, cell))
    return out


def said(tables, gray, number: int) -> list[str]:
    """Where each covered cell is, beside the words of the cell to its left in its row (its label),
    for the warnings."""
    out = []
    for k, cell in covered(tables, gray):
        left = [c for c in tables[k].cells if c.row == cell.row and c.col < cell.col and c.text.strip()]
        label = "".join(max(left, key=lambda c: c.col).text.split()) if left else ""
        beside = f"（“{label}”右侧）" if label else ""
        out.append(f"第{number}页第{cell.row + 1}行第{cell.col + 1}列{beside}")
    return out
