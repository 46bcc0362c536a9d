"""Scans in traditional characters: a page's lines recognised again by a model that knows them.

The engine's recogniser (PP-OCRv4, 6,623 characters) lacks many traditional characters: it drops
監 驛 認 績 眾 邊 欄 審 and reads 態 as 熊, 傳 as 傅, so names of indicators no longer match. The
rapidocr wheel ships PP-OCRv6's small recogniser (18,708 characters, the same [N,3,48,W] input),
which knows them. Whether a page is in traditional script is decided from its own first reading:
the share of its Han characters that OpenCC's t2s table changes. Only then are the same crops
recognised again, with the engine's own resizing, padding and decoding and v6's character list,
on the runtime the engine's recogniser runs on (extract.ocr_session). On a simplified page only
the lines whose first reading is doubtful are read again by v6 (extract.ocr_doubt); the v6 model
is loaded on the first page that needs it (nightly's workers inherit it loaded).
"""
from __future__ import annotations

import copy
import functools
import importlib.util
from pathlib import Path

from . import ocr_doubt, ocr_words

# A page is traditional where at least this share of the Han characters of its first reading are
# ones t2s changes, and at least MIN_CHANGED of them (a page of a few words tells nothing). On the
# first reading (v4) no page of the 34 simplified corpus scans (48 pages) has a single one; the
# traditional passages' pages have 24% (83 of 345, 133 of 557, 98 of 398), though v4 drops many.
MIN_SHARE = 0.05
MIN_CHANGED = 5
MODEL = "PP-OCRv6_rec_small.onnx"   # inside the rapidocr wheel: nothing is downloaded


@functools.lru_cache(maxsize=1)
def traditional_characters() -> frozenset:
    """Characters that t2s changes (from OpenCC's own character table)."""
    import opencc
    path = Path(opencc.__file__).with_name("dictionary") / "TSCharacters.txt"
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if len(key) == 1 and values.split()[:1] != [key]:
            out.add(key)
    return frozenset(out)


def script_counts(texts) -> tuple[int, int]:
    """(Han characters that t2s changes, Han characters) in `texts`."""
    table = traditional_characters()
    changed = han = 0
    for text in texts:
        for ch in text:
            if "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f":
                han += 1
                changed += ch in table
    return changed, han


def is_traditional(changed: int, han: int) -> bool:
    return changed >= MIN_CHANGED and changed >= MIN_SHARE * han


def model_path() -> Path | None:
    """v6's recogniser in the installed rapidocr package (found without importing it: its
    __init__ loads a pipeline this reader does not use); None where it is not installed."""
    spec = importlib.util.find_spec("rapidocr")
    for root in (spec.submodule_search_locations or []) if spec else []:
        path = Path(root) / "models" / MODEL
        if path.is_file():
            return path
    return None


def available() -> bool:
    return model_path() is not None


@functools.lru_cache(maxsize=1)
def _wide(base, threads: int):
    """The engine's recogniser `base` with v6's model and characters, on base's runtime."""
    from . import ocr_session

    path = model_path()
    rec = copy.copy(base)
    if isinstance(base.session, ocr_session.OpenVinoSession):
        import openvino as ov
        rec.session = ocr_session.OpenVinoSession(path, threads)
        characters = ov.Core().read_model(str(path)).get_rt_info(["framework", "character"]).astype(str).splitlines()
    else:
        from rapidocr_onnxruntime.utils import OrtInferSession
        rec.session = OrtInferSession({"model_path": str(path), "intra_op_num_threads": threads,
                                       "inter_op_num_threads": 1, "use_cuda": False, "use_dml": False})
        characters = rec.session.get_character_list()
    rec.postprocess_op = ocr_words.Decoder(character=characters)
    return rec


class ScriptRecognizer:
    """Called as the engine calls its recogniser (one page's crops at a time). Reads with `rec`;
    where the reading is in traditional script and v6 is installed, reads the same crops again
    with v6; otherwise reads again with v6 only the lines whose first reading is doubtful
    (extract.ocr_doubt). `last` is (t2s-changed, Han characters) of the first reading, `reread`
    whether the last page was read again, `doubted` the (first, kept) texts of the lines the
    second reading changed, `corrected` the (word read, word kept, line) of the characters
    chosen again among the recogniser's runners-up by words (extract.ocr_words), `figures` the
    runner-up readings of the lines' unsure digits (ocr_words.figures), by (text, score)."""

    def __init__(self, rec, threads: int):
        self.rec, self.threads = rec, threads
        self.last, self.reread, self.doubted, self.corrected, self.figures = (0, 0), False, [], [], {}
        base = getattr(rec, "rec", rec)   # the decoder keeps each unsure character's runners-up
        base.postprocess_op = ocr_words.Decoder.of(base.postprocess_op)

    def __getattr__(self, name):   # the engine's recogniser's own attributes (its session …)
        if "rec" not in self.__dict__:   # (an instance being copied has none yet)
            raise AttributeError(name)
        return getattr(self.rec, name)

    def second(self):
        """v6's recogniser, on the runtime of the engine's (loaded on first use)."""
        base = getattr(self.rec, "rec", self.rec)   # under ocr_reader.FAST, its own-width wrapper's
        return _wide(base, self.threads)

    def __call__(self, crops, return_word_box=False):
        # with the characters' positions: whether a reading leaves ink unread (extract.ocr_doubt)
        got, elapse = self.rec(crops, True)
        self.last = script_counts(text for text, *_ in got)
        self.reread = is_traditional(*self.last) and available()
        self.doubted, self.corrected, self.figures = [], [], {}
        if self.reread:
            got, elapse = self.second()(crops, return_word_box)
            return [ocr_words.plain(g) for g in got], elapse
        if available():
            # v6 is loaded on the first doubtful line only
            known = getattr(getattr(self.rec, "rec", self.rec), "postprocess_op", None)
            got, self.doubted = ocr_doubt.reread(crops, got, lambda *a: self.second()(*a),
                                                 getattr(known, "dict", None), traditional_characters())
        # (not on a traditional page: its characters make no words in a simplified dictionary)
        read, (got, self.corrected) = got, ocr_words.correct(got)
        self.figures = ocr_words.figures(read, got)
        return (got if return_word_box else [tuple(g[:2]) for g in got]), elapse
