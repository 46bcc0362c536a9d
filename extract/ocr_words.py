"""A line's Han characters read wrong, chosen again among the recogniser's own alternatives by words.

The recogniser returns its best character at each CTC position, but its softmax there also ranks
the others: where 牦 was read 耗 (建设耗牛标准化养殖示范场), 牦 is among the next three at 0.7-3%,
and where 厕 was read 则 (旅游则所), 厕 is the next at 3-26%. The decoder (Decoder) keeps, for each
character it emits that it is not sure of, those runners-up. A reading is then changed only by
the grammar of words (extract.words: jieba's dictionary and the domain's, without its guessing of
unknown words): a character that the segmenter leaves on its own in its run of Han characters is
replaced by a runner-up with which the run has fewer lone characters (the runner-up joins a known
word: 旅游/则/所 → 旅游/厕所) and a likelier cut. Nothing is substituted that the recogniser did
not offer, and every change is reported (ocr_reader: 识别校正).
"""
from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter

from rapidocr_onnxruntime.ch_ppocr_rec.utils import CTCLabelDecode

from .ocr_digits import FIGURE, figure_in

SURE = 0.99      # a character read with this share is not questioned (sure lines read 0.99+)
FLOOR = 0.005    # a runner-up below this share is no candidate (牦 under 耗: 0.7-3.3%)
RUNNERS = 3      # runners-up kept per character
HAN = re.compile("[\u3400-\u9fff]+")


class Decoder(CTCLabelDecode):
    """The engine's CTC decoder, whose word-box info gains a sixth entry: for each character of
    the text, its runners-up [(character, share), …] (empty where it is sure)."""

    @classmethod
    def of(cls, op: CTCLabelDecode) -> "Decoder":
        out = cls.__new__(cls)
        out.__dict__.update(op.__dict__)
        return out

    def __call__(self, preds, return_word_box: bool = False, **kwargs):
        got = super().__call__(preds, return_word_box, **kwargs)
        if return_word_box:
            for b, reading in enumerate(got):
                reading[2].append(self.runners(preds[b]))
        return got

    def runners(self, pred) -> list[list[tuple[str, float]]]:
        """Per character emitted from one line's frames `pred` (as decode selects them), its runners-up."""
        import numpy as np
        best = pred.argmax(axis=1)
        emitted = np.ones(len(best), dtype=bool)
        emitted[1:] = best[1:] != best[:-1]
        ignored = set(self.get_ignored_tokens())
        for token in ignored:
            emitted &= best != token
        out = []
        for f in np.nonzero(emitted)[0]:
            row = pred[f]
            if row[best[f]] >= SURE:
                out.append([])
                continue
            top = np.argsort(-row)[:RUNNERS + 2]
            out.append([(self.character[k], float(row[k])) for k in top
                        if k != best[f] and k not in ignored and row[k] >= FLOOR][:RUNNERS])
        return out


def _cut(run: str) -> tuple[list[str], float]:
    """The segmenter's words of a run of Han characters (no guessed words) and the cut's log-likelihood."""
    from .words import tokenizer
    tk = tokenizer()
    tk.check_initialized()
    words = tk.lcut(run, HMM=False)
    total = math.log(tk.total)
    return words, sum(math.log(tk.FREQ.get(w) or 1) - total for w in words)


# A character that ends this share of the dictionary's three-character words or more, the most productive
# ends (员 of 管理员 / 安全员, 率, 费, 者: about the top twentieth of the characters that end one), is a suffix:
# read at the end of a run of lone characters it may close a word the dictionary lacks (管水员).
SUFFIX_SHARE = 0.05


@functools.lru_cache(maxsize=1)
def _suffixes() -> frozenset[str]:
    """The characters that end the most three-character words of the segmenter's dictionary (SUFFIX_SHARE
    of the characters that end any)."""
    from .words import tokenizer
    tk = tokenizer()
    tk.check_initialized()
    ends = Counter(w[-1] for w, f in tk.FREQ.items() if f and len(w) == 3 and HAN.fullmatch(w))
    return frozenset(c for c, _ in ends.most_common(max(1, int(len(ends) * SUFFIX_SHARE))))


def _unknown_word(words: list[str], at: int) -> bool:
    """Whether the character at `at`, as read, closes a run of three lone characters or more as a suffix
    (村级/管/水/员/满意度: 管水员, a word the dictionary lacks, X员 as 管理员 is): the reading as read is a
    plausible word, so no runner-up is evidence against it (灵 made 水灵 and left 管 alone)."""
    lone, end = 0, 0
    for k, w in enumerate(words):
        lone = lone + 1 if len(w) == 1 else 0
        end += len(w)
        if end == at + 1:
            nxt = words[k + 1] if k + 1 < len(words) else ""
            return lone >= 3 and len(nxt) != 1 and w in _suffixes()
    return False


def _framed(run: str, at: int) -> bool:
    """Whether the character at `at` stands again two places off in its run: a four-character frame
    of a repeated character (ABCB 联农带农, 自产自销's ABAC), which the segmenter's dictionary seldom
    holds, so each half is left as lone characters; the recogniser read the same character in the
    frame's other place, and a runner-up that breaks the frame into a word (1187's and 1189's 联农带农
    read right and corrected to 联衣带农 by 衣带, a word) is no evidence."""
    return any(0 <= k < len(run) and run[k] == run[at] for k in (at - 2, at + 2))


def _alone(words: list[str], at: int) -> bool:
    """Whether the character at `at` of the run the words cut is a word on its own."""
    start, end = _span(words, at)
    return end - start == 1


def corrected(text: str, runners: list) -> tuple[str, list[tuple[str, str]]]:
    """`text` with each lone Han character the recogniser doubted replaced by the runner-up that
    joins it into a known word (fewer lone characters in its run, a likelier cut); and the
    (word as read, word as corrected) of each change. `runners`: per character of text (Decoder).
    Of the changes a run allows, the one making the fewest lone characters and the likeliest cut
    is made first, then the next: taken left to right, 731's 年初预真款 became 顶真 (预's runner-up
    joining 真 as read) before 真's runner-up 算 was tried (预算, a far likelier word)."""
    if len(runners) != len(text):
        return text, []
    chars, changes = list(text), []
    for m in HAN.finditer(text):
        run, cut, done = m.group(), None, set()   # the run as corrected so far, its cut, the places changed
        while True:
            best = None   # (lone characters, -likelihood, at, alt, cut of the run so changed)
            for i in range(m.start(), m.end()):
                alts = [c for c, _ in runners[i] if HAN.fullmatch(c)]
                at = i - m.start()
                if not alts or at in done:
                    continue
                words, likely = cut = cut or _cut(run)
                if not _alone(words, at) or _unknown_word(words, at) or _framed(run, at):
                    continue
                lone = sum(len(w) == 1 for w in words)
                for alt in alts:   # in the recogniser's order: the likeliest first, kept on a tie
                    new, new_likely = _cut(run[:at] + alt + run[at + 1:])
                    fewer = sum(len(w) == 1 for w in new)
                    if not _alone(new, at) and fewer < lone and new_likely > likely and \
                            (best is None or (fewer, -new_likely) < best[:2]):
                        best = (fewer, -new_likely, at, alt, (new, new_likely))
            if best is None:
                break
            _, _, at, alt, cut = best
            again = run[:at] + alt + run[at + 1:]
            start, end = _span(cut[0], at)
            changes.append((run[start:end], again[start:end]))
            chars[m.start() + at] = alt
            run = again
            done.add(at)
    return "".join(chars), changes


def _span(words: list[str], at: int) -> tuple[int, int]:
    """Where, in the run the words cut, the word that holds the run's character `at` stands."""
    end = 0
    for w in words:
        if at < end + len(w):
            return end, end + len(w)
        end += len(w)
    return at, at + 1


def plain(reading: tuple) -> tuple:
    """A reading with the engine's own five-part word-box info (the engine unpacks exactly five)."""
    if len(reading) > 2 and len(reading[2]) > 5:
        return (*reading[:2], reading[2][:5], *reading[3:])
    return reading


def correct(got: list) -> tuple[list, list[tuple[str, str, str]]]:
    """The readings (text, score, info) with the doubted lone characters corrected (corrected),
    in the engine's own form (plain); and (word as read, as corrected, the line as read) of each
    change, for the warnings."""
    out, changes = [], []
    for reading in got:
        info = reading[2] if len(reading) > 2 else None
        runners = info[5] if info is not None and len(info) > 5 else None
        text, changed = corrected(reading[0], runners) if runners else (reading[0], [])
        out.append(plain(reading if text == reading[0] else (text, *reading[1:])))
        changes += [(a, b, reading[0]) for a, b in changed]
    return out, changes


def figure_runners(text: str, runners: list) -> list[tuple[int, int, str, float]]:
    """For each digit of `text` the recogniser doubted, each digit it ranked below (731.scan's 98.64%
    read 90.64%, 8 second at 1.5%): (where the figure holding it starts, ends, the figure with the
    runner-up in its place, the runner-up's share). Nothing is chosen here: the page's arithmetic
    may choose (normalize.runner_ups). `runners`: per character of text (Decoder)."""
    if len(runners) != len(text):
        return []
    out = []
    for m in FIGURE.finditer(text):
        for k in range(m.start(), m.end()):
            for alt, share in runners[k]:
                if text[k].isdigit() and alt.isdigit():
                    out.append((m.start(), m.end(), text[m.start():k] + alt + text[k + 1:m.end()], share))
    return out


# A header cell's words are a few characters on a line of their own (分值, 执行率, 年初预算数); the
# recogniser may misread all of them at once (731's 分值 read 行谊 at 0.51, a word of its own that no
# lone-character correction touches, 分 and 值 the runners-up of 行 and 谊).
WORD = 5


def word_runners(text: str, runners: list) -> list[tuple[int, int, str, float]]:
    """For a line that is one run of at most WORD Han characters, each reading of it with runner-ups
    in place of any of its doubted characters whose shares' product is FLOOR at least: (0, its length,
    the reading, that product). Nothing is chosen here: a header's grammar may choose
    (normalize.runner_ups.header_words). `runners`: per character of text (Decoder)."""
    if len(runners) != len(text) or len(text) > WORD or not HAN.fullmatch(text):
        return []
    options = [[(ch, 1.0)] + [(c, s) for c, s in alts if HAN.fullmatch(c)] for ch, alts in zip(text, runners)]
    out = []
    for combo in itertools.product(*options):
        alt, share = "".join(c for c, _ in combo), math.prod(s for _, s in combo)
        if alt != text and share >= FLOOR:
            out.append((0, len(text), alt, share))
    return out


def reading_in(text: str, read: str) -> int:
    """Where in `text` the reading a runner-up was ranked for stands: a figure whole (ocr_digits.
    figure_in), a line's words as the whole of it (word_runners); -1 where it no longer does."""
    if HAN.fullmatch(read):
        return 0 if text.strip() == read else -1
    return figure_in(text, read)


def figures(got: list, kept: list) -> dict[tuple[str, float], list[tuple[int, int, str, float]]]:
    """The readings' (text as kept, score) → their figures' runner-up readings (figure_runners), and
    a short line's words' (word_runners, where the words were kept as read), where any; `kept`: the
    readings `got` as corrected (correct: Han characters changed one for one)."""
    out = {}
    for reading, mine in zip(got, kept):
        info = reading[2] if len(reading) > 2 else None
        runners = info[5] if info is not None and len(info) > 5 else None
        found = figure_runners(reading[0], runners) if runners else []
        if runners and mine[0] == reading[0]:
            found += word_runners(reading[0], runners)
        if found:
            out[(mine[0], float(mine[1]))] = found
    return out


# The segmenter's dictionary does not hold every document's own words: a report on 糖料蔗 writes 蔗区,
# 糖料蔗 and 蔗叶, and the dictionary cuts 蔗 from each as a lone character. corrected() takes a doubted
# lone character for a misreading where a runner-up joins a known word, so 1392.scan's 蔗叶还田利用率,
# read right, became 蕉叶 (蕉叶 a word, its 蕉 the runner-up). The document is the evidence the
# dictionary lacks: where its other text stands the character as read alone in the cut OWN_WORD times
# or more, and holds the runner-up nowhere else, the character is the document's own, and the
# correction is taken back (said). Where the document's other text holds the runner-up too, or holds
# the read character only inside words the dictionary knows (则 of 原则 beside 旅游则所), nothing here
# speaks against the correction.
OWN_WORD = 3


def _lone_counts(texts: list[str]) -> Counter:
    """How often each Han character stands alone in the segmenter's cut of the texts' runs."""
    out: Counter = Counter()
    for text in texts:
        for m in HAN.finditer(text):
            out.update(w for w in _cut(m.group())[0] if len(w) == 1)
    return out


# The document may hold the word as read where the recogniser kept it, read with no doubt: 1754.scan's
# 每台筏架更新补助 read right, 筏 doubted with 花 the runner-up making 花架 (a dictionary word): corrected to 花架,
# while another row, 更新深水抗风浪筏架, read 筏架 surely; 1748.scan's 军休 (军休干部, the retired officers a
# 军队离休退休干部休养所 serves) corrected to 军体 in the rows whose 休 it doubted, while 举办军休干部文体活动 and
# 军休干部满意度 were left as read. Where the corrected word stands in no text but the lines corrected, the word as
# read standing in the rest SEEN_WHOLE times or more, or once where the character put in stands nowhere there, is
# the document's own word as much as a character it stands alone (by_document): the correction is taken back
# (said). Where the corrected word stands in untouched text too, nothing here speaks.
SEEN_WHOLE = 2


@functools.lru_cache(maxsize=1)
def form_terms() -> frozenset[str]:
    """The forms' own vocabulary: the terms of the segmenter's domain dictionary (满意度, 执行率, 预算数 …)."""
    from .words import DICT
    return frozenset(line.split()[0] for line in DICT.read_text(encoding="utf-8").splitlines() if line.strip())


def to_form_term(read: str, fixed: str) -> bool:
    """A correction that makes a term of the forms' vocabulary of a word as read that is no term and no word of the
    segmenter's dictionary (满总度 -> 满意度; not 执行数 -> 执行率). Such a word is the form's, not the document's own: where the word as read stands elsewhere it is the
    recogniser's same misreading (1859.scan: 满意度 read 满总度 in every row, one line's runner-ups correcting
    it), so the text takes no such correction back (by_word_read, by_document) and it holds for the same word
    read elsewhere (spread)."""
    from .words import tokenizer
    tk = tokenizer()
    tk.check_initialized()
    if any(t in read for t in form_terms()) or tk.FREQ.get(read):
        return False     # the word as read a term or a word itself (执行数 -> 执行率): the document's own
    return any(t in fixed for t in form_terms())


def spread(texts: list[str], changes: list[tuple[str, str, str]]) -> list[tuple[str, str, int]]:
    """(word as read, as corrected, in how many other texts) of each correction to a form term (to_form_term)
    whose word as read stands in texts no correction touched: those texts to be corrected alike."""
    out = {}
    for read, fixed, _ in changes:
        if len(read) >= 2 and read != fixed and to_form_term(read, fixed) and (read, fixed) not in out:
            if n := sum(1 for t in texts if read in t):
                out[(read, fixed)] = n
    return [(read, fixed, n) for (read, fixed), n in out.items()]


def by_word_read(texts: list[str], changes: list[tuple[str, str, str]]) -> list[tuple[str, str, str, int]]:
    """Of the corrections made line by line (word as read, as corrected, the line as read), those the rest of the
    document's texts take back by holding the word as read (above): (word as corrected, word as read, the line as
    read, how often the rest holds the word as read). `texts`: the document's texts as read (cells, paragraphs),
    corrections in them; those holding the corrected word are not the rest."""
    out = []
    for read, fixed, line in changes:
        if len(read) < 2 or len(read) != len(fixed) or read == fixed or to_form_term(read, fixed):
            continue
        rest = [t for t in texts if fixed not in t]
        made = sum(1 for r, f, _ in changes if (r, f) == (read, fixed))
        if len(texts) - len(rest) > made:
            continue   # the corrected word stands where no correction put it
        seen = sum(t.count(read) for t in rest)
        alts = {b for a, b in zip(read, fixed) if a != b}
        if seen >= SEEN_WHOLE or (seen and not any(alt in t for t in rest for alt in alts)):
            out.append((fixed, read, line, seen))
    return out


def by_document(texts: list[str], changes: list[tuple[str, str, str]]) -> list[tuple[str, str, str, str, int]]:
    """Of the corrections made line by line (word as read, as corrected, the line as read), those the
    document's own text takes back: (word as corrected, word as read, the line as read, the character
    read, how often the rest of the document stands it alone). `texts`: the document's texts as read (cells, paragraphs),
    corrections in them."""
    out = []
    for read, fixed, line in changes:
        if len(read) != len(fixed) or to_form_term(read, fixed):
            continue
        swapped = [(a, b) for a, b in zip(read, fixed) if a != b]
        if len(swapped) != 1:
            continue
        was, alt = swapped[0]
        rest = [t for t in texts if fixed not in t]
        lone = _lone_counts(rest)[was]
        if lone >= OWN_WORD and not any(alt in t for t in rest):
            out.append((fixed, read, line, was, lone))
    return out
