"""The segmenter: jieba with the domain dictionary kept in the repository (domain_dict.txt).

It lives in extract/ because both layers cut text into words: normalize/ groups indicator names
by their words (normalize.subjects), and the scan reader chooses between an OCR line's candidate
readings by them (extract.ocr_words); extract/ may not import normalize/.
"""
from __future__ import annotations

import functools
import logging
from pathlib import Path

DICT = Path(__file__).with_name("domain_dict.txt")


@functools.lru_cache(maxsize=1)
def tokenizer():
    import jieba
    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.load_userdict(str(DICT))
    return tk
