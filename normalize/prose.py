"""Figures stated in sentences: the number, what it is about (its subject key), the sentence."""
from __future__ import annotations

from dataclasses import replace

import regex as re

from extract import Document, Paragraph

from .quantity import halfwidth, parse
from .records import ProseFigure
from .subjects import tokens

# A figure with its unit; thousands grouped by commas (1,061.57) or, in typeset text, by spaces
# (1 061.57). Sentences are matched after NFKC, so full-width digits and points (９０６．５１) read whole.
FIGURE = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,])"
                    r"\s*(%|万元|亿元|元|万人次|人次|万人|人|万笔|笔|家|个|次|项|分)")
SENTENCE = re.compile(r"[^。；;！？\n]+[。；;！？]?")
CLAUSE = re.compile(r"[，,、：:（）()]")

# The subject a figure is about, by the last of these words before it in its clause.
SUBJECTS = {
    "执行率": "执行率", "预算执行率": "执行率", "完成预算": "执行率",
    "预算": "预算", "预算数": "预算", "预算安排": "预算", "资金总额": "预算", "项目支出预算": "预算",
    "执行": "执行", "执行数": "执行", "实际支出": "执行", "实际完成额": "执行", "完成额": "执行", "执行资金": "执行", "执行完成": "执行", "资金支出": "执行", "支出决算": "执行",
    "参保人数": "参保人数", "结转结余": "结转结余",
    "基本支出": "基本支出", "项目支出": "项目支出", "人员经费": "人员经费", "公用经费": "公用经费",
    "日常公用经费": "公用经费", "收入总计": "收入总计", "支出总计": "支出总计", "本年收入": "本年收入",
    "本年支出": "本年支出", "三公经费": "三公经费", "公务接待费": "公务接待费", "机关运行经费": "机关运行经费",
    "自评得分": "得分", "自评得": "得分", "得分": "得分", "得": "得分", "满意度": "满意度", "知晓率": "知晓率", "参保率": "参保率",
    "办件率": "办件率", "办结率": "办结率", "财政拨款": "财政拨款",
}


def subject_of(clause_before: str) -> str:
    """The subject key of a figure from the words before it in its clause ('' if none)."""
    found, words = "", tokens(clause_before)
    for k, w in enumerate(words):
        if w in SUBJECTS:
            found = SUBJECTS[w]
            if k + 1 < len(words) and words[k + 1] in ("收入", "支出"):
                found += words[k + 1]  # 财政拨款收入 and 财政拨款支出 are different figures
        elif w.endswith("率") and len(w) >= 2 and not found:
            found = w
    return found


def read_prose(doc: Document, name: str) -> list[ProseFigure]:
    out: list[ProseFigure] = []
    for p in doc.blocks:
        if not isinstance(p, Paragraph):
            continue
        for sm in SENTENCE.finditer(p.text):
            sentence = sm.group(0).strip()
            plain = halfwidth(sentence)   # ９０６．５１ reads whole; positions stay those of the sentence
            for m in FIGURE.finditer(plain):
                clause_start = max([x.end() for x in CLAUSE.finditer(plain, 0, m.start())], default=0)
                before = plain[clause_start:m.start()]
                q = parse(m.group(0))
                if not q.numeric:
                    continue
                q = replace(q, raw=sentence[m.start():m.end()])   # as written (positions are one for one)
                out.append(ProseFigure(doc=name, subject=subject_of(before), q=q, sentence=sentence, loc=p.loc))
    return out
