"""An OCR engine's TSV output kept as the text (Tesseract's `tesseract image out tsv`): a header line (level
page_num block_num par_num line_num word_num left top width height conf text) and a row per page, block,
paragraph, line (conf -1, no text) and WORD (level 5: its box in the image's pixels, its confidence, its text).
The layout is only in the boxes: a table's row is a line, its cells the line's words, and an empty cell gives no
word, so a word stands under its column only by its left edge.

The words are laid out as the page shows them (tesseract_layout): each line of the file's order a line of text,
each word at the display column its left edge falls on (display_columns: a CJK character two columns; the
column's pixels the words' own median width per display column), at least two spaces after the word before it,
a blank line between blocks; the text reader then reads the columns as it reads any text laid out by spaces
(a pdftotext -layout print). Each line stands at the file's line of its first word."""
from __future__ import annotations

from statistics import median

from .display_columns import display_width

HEAD = ["level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top", "width", "height",
        "conf", "text"]
GAP = 2         # spaces between two words of a line at least: the text reader's cells are apart by two or more
LOW = 60        # a word's confidence below this is named


def tesseract_layout(text: str) -> tuple[str, list[int], str] | None:
    """(the words laid out a line a line, each line's line in the file, what was done) or None where the text
    is no Tesseract TSV."""
    lines = text.split("\n")
    if not lines or lines[0].strip().split("\t") != HEAD:
        return None
    words = []
    for no, line in enumerate(lines[1:], 2):
        f = line.split("\t")
        if len(f) < 12 or f[0] != "5" or not f[11].strip():
            continue
        try:
            key = tuple(int(x) for x in f[1:5])
            left, width, conf = int(f[6]), int(f[8]), float(f[10])
        except ValueError:
            return None
        words.append((key, left, width, conf, "\t".join(f[11:]).strip(), no))
    if not words:
        return None
    pitch = median(w / display_width(t) for _, _, w, _, t, _ in words if display_width(t) and w > 0) or 1
    origin = min(left for _, left, *_ in words)
    out: list[str] = []
    source: list[int] = []
    key = None
    for k, left, _, _, t, no in words:
        if k != key:
            if key is not None and k[:2] != key[:2]:     # another page or block: a blank line
                out.append("")
                source.append(no)
            out.append("")
            source.append(no)
            key = k
        col = round((left - origin) / pitch)
        line = out[-1]
        pad = col - display_width(line) if line else col
        out[-1] = line + " " * max(pad, GAP if line else 0) + t
    low = sum(1 for w in words if w[3] < LOW)
    said = (f"此文件是 OCR 识别结果的 TSV 输出（Tesseract：每行一个页、块、段、行或词及其像素位置、置信度），"
            f"已把{len(words)}个词按其位置排成{sum(1 for x in out if x)}行文字、按各列位置读取"
            + (f"；其中{low}个词的识别置信度低于{LOW}，请特别核对" if low else ""))
    return "\n".join(out), source, said
