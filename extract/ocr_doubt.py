"""A scan's lines whose first reading is doubtful, recognised again by PP-OCRv6's small recogniser.

The engine's recogniser (PP-OCRv4, 6,623 characters) knows five of the twenty circled numbers
(① ② ③ ④ ⑧): it reads ⑤ as ③, ⑨ as 9, ⑩ as @ or drops the circle, and reads 竣 as 峻 unsurely.
v6 (18,708 characters, extract/ocr_script) knows them, but reading every line twice costs about
1.7 times the recognition. So only the lines whose first reading gives a reason to doubt it are
read again, and the cost follows the doubtful lines:

- the engine is unsure: the line's score below DOUBT_SCORE, or one character's below DOUBT_CHAR;
- it read a circled number (a class of which the first model knows only part: any one it reads
  may stand for one it lacks);
- the reading leaves ink unread: more room than a character's before its first character, after
  its last or between two (the characters' CTC positions against the crop's dark columns), or
  between two Han characters wider than the line's own Han pitch, ink in the gap (read_out: a
  character read out, 修缮 read 修).

The second reading replaces the first only where it is confident itself (CONFIDENT), and then
where it accounts for ink the first left unread (in more places than it leaves itself), or reads a character the first model does not
have (⑩ where the first, lacking it, read @), or else scores higher; never where it reads a sign
before a figure as a letter, or drops a figure's unit in letters (lost_sign, lost_unit). v6 writes
full-width punctuation half-width (： as :, （ as (): where the two readings differ only so (the same
under NFKC), the first's form is kept.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from statistics import median

DOUBT_SCORE = 0.95   # the line's mean character score: 峻 for 竣 scored 0.93-0.94, sure lines 0.99+
DOUBT_CHAR = 0.8     # one character's: a garbled circle (@ for ⑩, 9 for ⑨) scores 0.5-0.7 in a sure line
CONFIDENT = 0.9      # a second reading replaces the first only where it is this sure itself
CIRCLED = re.compile("[\u2460-\u2473]")   # ① … ⑳
# Room, in line heights, that the characters read leave unread before the unexplained ink counts:
# a character is about 0.8 of the line's height wide, and its CTC position about its middle (on
# the constructed scans a sure reading leaves at most 0.51 ahead, 0.92 behind, 1.34 between two).
LEAD, TRAIL, GAP = 0.7, 1.2, 1.5
INK = 128            # darker than this is ink (as scan_signs reads a cell's ink)


def positions(info, width: int) -> list[float]:
    """The read characters' x in the crop (pixels), from the decoder's word-box info (its CTC
    frame count already scaled to this crop's share of the batch's width, and each character's frame)."""
    frames, _, cols, *_ = info
    return [c / frames * width for word in cols for c in word] if frames else []


def unexplained(crop, info, text: str | None = None) -> bool:
    """Whether the reading leaves ink unread in the line's crop (ink_left)."""
    return ink_left(crop, info, text) > 0


def ink_left(crop, info, text: str | None = None) -> int:
    """The places where the reading leaves ink unread in the line's crop: before its first
    character, after its last, and between two (by the line's height, or, given the reading's
    `text`, by its own pitch: read_out)."""
    import numpy as np

    gray = crop if crop.ndim == 2 else crop.mean(axis=2)
    h, w = gray.shape[:2]
    xs = np.nonzero((gray < INK).sum(axis=0) >= 2)[0]   # columns with ink (a lone pixel is a speck)
    at = positions(info, w)
    if not len(xs) or not at or not h:
        return 0
    ends = int((at[0] - xs[0]) / h > LEAD) + int(len(at) > 1 and (xs[-1] - at[-1]) / h > TRAIL)
    lost = read_out(text, at, xs) if text is not None else set()
    return ends + len({k for k in range(1, len(at)) if (at[k] - at[k - 1]) / h > GAP} | lost)


# White between two Han characters read, over the line's Han pitch, that a character read out leaves:
# CTC positions are a frame apart (about a quarter of a character), a character left out leaves a
# whole one (440's 修⏎传统民居: 2.0 pitches where 修缮 stood; the line's others 0.8-1.2).
PITCH_GAP = 0.6
PITCH_PAIRS = 3      # the pitch is measured between the line's own Han neighbours: fewer give no measure
INK_IN_GAP = 0.3     # ink over this share of a character in the gap: a glyph there, not white between cells


def _han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def read_out(text: str, at: list[float], xs) -> set[int]:
    """Whether a character was left out between two Han characters read (修传统民居 for 修缮传统民居):
    their centres (`at`, one a character of `text`) stand wider apart than the line's own Han pitch
    (its other Han neighbours') by PITCH_GAP of it, and the middle of the gap holds ink (`xs`: the
    crop's inked columns); white there is the gap between two cells a detection box joined, not a
    lost character. The indices k of the characters such a gap stands before."""
    if len(at) != len(text):
        return set()
    pairs = [k for k in range(1, len(text)) if _han(text[k - 1]) and _han(text[k])]
    if len(pairs) < PITCH_PAIRS:
        return set()
    inked = set()
    for k in pairs:
        # the pitch of the line's other Han neighbours: in a short line the gap tested, counted in,
        # drags the median its way (816's 修古建筑: 36 / 22.5 / 18 px, a median of 22.5 left the gap
        # a hair under the measure; the others' 20.25 shows it)
        pitch = median(at[j] - at[j - 1] for j in pairs if j != k)
        if pitch > 0 and at[k] - at[k - 1] - pitch >= PITCH_GAP * pitch and \
                sum(1 for x in xs if at[k - 1] + pitch / 2 < x < at[k] - pitch / 2) >= INK_IN_GAP * pitch:
            inked.add(k)
    return inked


def doubtful(reading, crop) -> bool:
    """Whether a first reading (text, score[, word-box info]) gives a reason to read it again."""
    text, score = reading[0], float(reading[1])
    if not text:
        return False
    info = reading[2] if len(reading) > 2 else None
    if score < DOUBT_SCORE or CIRCLED.search(text):
        return True
    if info is not None and min(info[4], default=1.0) < DOUBT_CHAR:
        return True
    return info is not None and unexplained(crop, info, text)


def _narrow(text: str) -> str:
    """Full-width forms as their ASCII (： as :), spaces dropped, nothing else (NFKC would make ⑨
    a 9 too): v6 also spaces a bracket from the word after it."""
    return "".join(unicodedata.normalize("NFKC", ch) if unicodedata.decomposition(ch).startswith(("<wide>", "<narrow>"))
                   else ch for ch in text if not ch.isspace())


def _edits(first: str, second: str):
    return difflib.SequenceMatcher(None, first, second, autojunk=False).get_opcodes()


def kept_forms(first: str, second: str) -> str:
    """The second reading, with the first's characters where the two differ only in width form
or spacing."""
    out = []
    for op, a, b, c, d in _edits(first, second):
        out.append(first[a:b] if op != "equal" and _narrow(first[a:b]) == _narrow(second[c:d]) else second[c:d])
    return "".join(out)


def unknown_to_first(first: str, second: str, known, traditional=frozenset()) -> bool:
    """Whether the second reading has, where it differs from the first, a character the first
    model does not know (so could not have read), other than a traditional one (the page is not
    in traditional script, extract.ocr_script)."""
    return any(ch not in known and ch not in traditional
               for op, a, b, c, d in _edits(first, second) if op != "equal" for ch in second[c:d])


SIGN_BEFORE_FIGURE = re.compile(r"[≥≤≧≦<>＜＞]\d")
LETTER_BEFORE_FIGURE = re.compile(r"[A-Za-z]\d")


def lost_sign(first: str, second: str) -> bool:
    """Whether the second reading puts a letter where the first read a comparison sign before a
    figure (≤18万元 as s18万元): a sign before a figure is a value's grammar, a letter there is
    none, so the second reading is a confusion of the sign's shape, however sure it is."""
    for op, a, b, c, d in _edits(first, second):
        if op == "replace" and any(SIGN_BEFORE_FIGURE.match(first, i) for i in range(a, b)) \
                and any(LETTER_BEFORE_FIGURE.match(second, i) for i in range(c, d)):
            return True
    return False


# A unit written in Latin letters (m², km, kg, mg/L) closing a figure.
LETTER_UNIT = re.compile(r"[A-Za-zµμ]+[²³23]?(?:/[A-Za-z]+)?")


def lost_unit(first: str, second: str) -> bool:
    """Whether the second reading leaves out a unit in letters that the first read straight after a
    figure (783's ≥3000㎡, read ≥3000m² first and ≥3000 by v6): a figure's unit is the value's
    grammar, and a reading that drops it, the figure and its text otherwise kept, loses what it
    measures (a shorter reading scores higher for having fewer characters to be unsure of)."""
    for op, a, b, c, d in _edits(first, second):
        if op == "delete" and a and first[a - 1].isdigit() and LETTER_UNIT.fullmatch(first[a:b]) \
                and not (b < len(first) and first[b].isalpha()):
            return True
    return False


def better(first, second, crop, known=None, traditional=frozenset()):
    """The reading to keep of two of one line (each (text, score[, info])): the second where it
    reads ink the first left unread, or a character the first model lacks (`known`: its
    characters), and is confident; or else where it scores higher. Its text in the first's width
    forms. The first, unchanged, where the text comes out the same."""
    s1, s2 = float(first[1]), float(second[1])
    left1 = ink_left(crop, first[2], first[0]) if len(first) > 2 else 0
    left2 = ink_left(crop, second[2], second[0]) if len(second) > 2 else 0
    if left2 > left1 or s2 < CONFIDENT:   # (a lone / read as 1 at 0.78-0.86 by v6)
        take = False
    elif lost_sign(first[0], second[0]) or lost_unit(first[0], second[0]):
        take = False
    elif left1 > left2 or (known is not None and unknown_to_first(first[0], second[0], known, traditional)):
        take = True
    else:
        take = s2 > s1
    text = kept_forms(first[0], second[0]) if take else first[0]
    if text == first[0]:
        return first
    return (text, second[1], *second[2:])


def reread(crops, got, recognise, known=None, traditional=frozenset()) -> tuple[list, list[tuple[str, str]]]:
    """`got` (the first readings of `crops`, with word-box info) with its doubtful lines read
    again by `recognise` (v6) and the better reading of each kept (`known`: the first model's
    characters); and the (first, kept) texts that changed, for the warnings."""
    todo = [k for k, (crop, reading) in enumerate(zip(crops, got)) if doubtful(reading, crop)]
    if not todo:
        return got, []
    # one line at a time: a batch pads its lines to its widest, so a line's reading would depend
    # on which other lines were doubtful with it
    again = [recognise([crops[k]], True)[0][0] for k in todo]
    out, changed = list(got), []
    for k, second in zip(todo, again):
        kept = better(got[k], second, crops[k], known, traditional)
        if kept[0] != got[k][0]:
            changed.append((got[k][0], kept[0]))
        out[k] = kept
    return out, changed
