"""A text cut into lines of one width (a phone's narrow screen copied as it shows, a terminal's or a
fax's fixed width): each record (a paragraph, a table's row) is cut every W characters wherever the
cut falls, mid-word and mid-figure (1,0⏎69.20), and a blank line stands between records. The lines of
a record are one text: every line of it but its last is W characters long, its last at most W.

The width is the text's own: the length that most of its records' cut lines share, MIN_RECORDS
records of two lines or more cut at it, no record's line longer. cut_records() gives the records
joined, each at the number of its first line, the blank lines between them kept.

A cut may also fall where a space stood: the screen drops the space it breaks the line at, so a
header's words run together there (年初预算数⏎全年预算数 reads 年初预算数全年预算数). A record of words
alone (no figure, each word short: a header) is cut between two words where its cut lines, joined
with a space at each cut between characters of words, make exactly as many cells as the record
after it holds (a row of the table it heads); elsewhere the cut lines join as they are.
"""
from __future__ import annotations

MIN_RECORDS = 5
MIN_WIDTH = 8
MAX_HEAD_WORD = 12     # a header cell's words (项目资金（万元）); longer is a sentence


def cut_records(texts: list[str]) -> list[tuple[int, str]] | None:
    """The lines with each record's cut lines joined ((line number, text), 1-based), or None where the
    text is not cut at one width."""
    records: list[list[int]] = []
    cur: list[int] = []
    for k, t in enumerate(texts):
        if t.strip():
            cur.append(k)
        elif cur:
            records.append(cur)
            cur = []
    if cur:
        records.append(cur)
    cut = [r for r in records if len(r) >= 2]
    if len(cut) < MIN_RECORDS:
        return None
    lengths = [len(texts[k]) for r in cut for k in r[:-1]]
    width = max(set(lengths), key=lengths.count)
    if width < MIN_WIDTH or any(n != width for n in lengths) or \
            any(len(texts[k]) > width for r in records for k in r):
        return None
    out: list[tuple[int, str]] = []
    starts = {r[0]: r for r in records}
    joined = {r[0]: "".join(texts[j] for j in r) for r in records}
    for r, after in zip(records, records[1:]):
        spaced = " ".join(texts[j] for j in r)
        if len(r) >= 2 and not any(c.isdigit() for c in spaced) and \
                all(len(w) <= MAX_HEAD_WORD for w in spaced.split()) and \
                len(joined[r[0]].split()) < len(spaced.split()) == len(joined[after[0]].split()):
            joined[r[0]] = " ".join(spaced.split())
    k = 0
    while k < len(texts):
        if k in starts:
            r = starts[k]
            out.append((k + 1, joined[k]))
            k = r[-1] + 1
        else:
            out.append((k + 1, texts[k]))
            k += 1
    return out
