"""A report's title and the subject it names (威县农业农村局2023年度高标准农田建设项目 / 绩效自评报告).

The title is the document's first heading-like line, or its first lines joined where a heading is
broken over two (an issuer and subject, then the form words alone): text before any table or
numbered heading that ends in the form words (绩效自评报告, 绩效自评表, 绩效评价报告; after 项目 the
绩效 may be left out: X项目自评结果). Its grammar:

    [issuer] year (年 / 年度) subject [支出] form-words

A web page's copy puts its header lines first (索引号 / 发布机构 key-value metadata, a breadcrumb, the
site's toolbar): where the first lines make no title, the title is the first line before the body that
is one by itself.

The subject names the project only where it is one: a form's generic words (项目支出, 部门整体支出)
name the kind of report, not what was evaluated, and without a year the leading words may be the
issuer alone (北京市朝阳区项目支出绩效自评表). The caller uses the subject only where no labelled
name exists.
"""
from __future__ import annotations

import unicodedata

import regex as re

from jixiao.extract import Document, Location, Paragraph, normalize_ws

# The form words a title ends in.
FORM_WORDS = re.compile(r"(?:绩效|(?<=项目(?:支出)?))(?:自评|评价)(?:情况|总结)?(?:报告|表|结果)$")
# The form words anywhere: a title ends in them, so a line holding them before other words is a title run
# into something else (a web page's title: the report's title, its unit, the site's name: 026's
# …绩效自评报告云南省应急管理厅-凯发体育下载), no heading's piece, and a subject holding them names no project.
FORM_INSIDE = re.compile(FORM_WORDS.pattern.removesuffix("$"))
# The year the subject is of (2023年度, 2023年); the issuer stands before it.
YEAR = re.compile(r"([12１２][0-9０-９]{3})\s*年度?")
# A subject that is a kind of report, not a project: spending of a project or a department as a whole.
GENERIC = re.compile(r"支出$|^项目$|^部门$")
# A project's spending (X项目支出): the project is the noun phrase before 支出.
PROJECT_SPENDING = re.compile(r"(?<=项目)支出$")
# A department's report on its whole spending: what it evaluates is the issuer, the department itself. The
# whole is the department's, its organ's or the unit's (038: 南县财政局2020年度 机关整体支出绩效评价报告).
WHOLE_DEPARTMENT = re.compile(r"^(?:部门|机关|单位)整体(?:支出)?$")
# A numbered heading (一、 （一） 1. 第一部分) opens the body: the title stands before it.
NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|"
                      r"\d+\s*[、.．]|第[一二三四五六七八九十]+[部章节])")
# A heading is short and has no sentence punctuation.
HEADING_MAX = 60
SENTENCE = re.compile(r"[，,。；;：:！？]")
# Lines a broken heading may take.
MAX_LINES = 3
# A sentence's end: a line holding one is the body's prose, not a page's header line.
SENTENCE_END = re.compile(r"[。！？]")


def title(doc: Document) -> tuple[str, Location] | None:
    """The title as written (lines joined) and where it starts, or None."""
    lines: list[Paragraph] = []
    for b in doc.blocks:
        if not isinstance(b, Paragraph):
            break                               # a table: the body has begun
        text = normalize_ws(b.text)
        if not text:
            continue
        if NUMBERED.match(text) or len(text) > HEADING_MAX or SENTENCE.search(text):
            break
        if FORM_INSIDE.search(text) and not FORM_WORDS.search(text):
            lines = []          # a page's title, the report's with more words after it: no piece of one
            continue
        lines.append(b)
        joined = "".join(normalize_ws(x.text) for x in lines)
        if FORM_WORDS.search(joined):
            return joined, lines[0].loc
        if len(lines) == MAX_LINES:
            break
    return _title_below_header(doc) or _title_in_metadata(doc)


# A metadata cell: a short label, a colon, its value (标题:X, 索引号:57063245-6/2023-00020, 有 效 性:有效).
META_CELL = re.compile(r"^\s*([^：:\d]{1,8}?)\s*[：:]\s*(.*?)\s*$", re.S)
# Cells of a metadata table at least, each a label and its value (a government-information page's block).
META_CELLS = 3


def _title_in_metadata(doc: Document) -> tuple[str, Location] | None:
    """The title a web page's metadata table gives before the body (标题:X绩效自评报告 among 索引号 /
    发文机构 / 成文日期 cells): the first table, ahead of any numbered heading, of label：value cells only
    (three at least), and in it the first value that is a title by itself (the form words at its end,
    no sentence); None where the document has no such table."""
    from jixiao.extract import Table
    for b in doc.blocks:
        if isinstance(b, Paragraph):
            if NUMBERED.match(normalize_ws(b.text)) or SENTENCE_END.search(b.text):
                return None
            continue
        if not isinstance(b, Table):
            return None
        cells = [x for x in b.cells if x.text.strip()]
        pairs = [META_CELL.match(x.text) for x in cells]
        if len(cells) < META_CELLS or None in pairs:
            return None
        for x, m in zip(cells, pairs):
            value = normalize_ws(m.group(2))
            if value and len(value) <= HEADING_MAX and not SENTENCE.search(value) and FORM_WORDS.search(value):
                return value, x.loc
        return None
    return None


def _title_below_header(doc: Document) -> tuple[str, Location] | None:
    """The first line before the body that is a title by itself (a web page's header lines above it:
    key-value metadata, a breadcrumb, a toolbar, none of them ending in the form words), or None.
    The body begins at a table, a numbered heading or a line of prose."""
    for b in doc.blocks:
        if not isinstance(b, Paragraph):
            return None
        text = normalize_ws(b.text)
        if NUMBERED.match(text) or len(text) > HEADING_MAX or SENTENCE_END.search(text):
            return None
        if not SENTENCE.search(text) and FORM_WORDS.search(text):
            return text, b.loc
    return None


def subject(text: str, spending: bool = True) -> str | None:
    """The project a title names (year + subject, written YYYY年 as labelled names write it:
    2023年度X绩效自评报告 -> 2023年X), or None where it names only a kind of report. With `spending`
    False a project's spending (X项目支出) is such a kind too: the body may name X in full."""
    text = re.sub(r"\s+", "", text)
    form = FORM_WORDS.search(text)
    year = YEAR.search(text)
    if not form or not year:
        return None
    words = text[year.end():form.start()]
    if FORM_INSIDE.search(words):
        return None             # two titles run together: a page's title before the report's
    if not words:
        return _before_year(text[:year.start()])
    return _named(year, PROJECT_SPENDING.sub("", words) if spending else words)


def _before_year(words: str) -> str | None:
    """The subject a title writes before its year, the form words right after the year (锡林郭勒盟城乡居民
    基本养老保险补助资金2022年度绩效自评报告, 063): the words as written, where they name no organisation (an
    issuer's report on itself, 某县农业农村局2022年度绩效自评报告, names no project: reporting_unit.ORG_END)
    and are no kind of report."""
    from .reporting_unit import ORG_END
    if len(re.findall(r"\p{Han}", words)) < 4 or ORG_END.search(words) or GENERIC.search(words):
        return None
    return words


def department(text: str) -> str | None:
    """The department a 部门整体 report's title names (安吉县农业农村局2023年度部门整体支出绩效自评报告
    -> 安吉县农业农村局): the issuer before the year, where the subject is the department's whole
    spending; else None."""
    text = re.sub(r"\s+", "", text)
    form = FORM_WORDS.search(text)
    year = YEAR.search(text)
    if not form or not year or not WHOLE_DEPARTMENT.match(text[year.end():form.start()]):
        return None
    issuer = text[:year.start()]
    return issuer if len(re.findall(r"\p{Han}", issuer)) >= 2 else None


def year_subject(text: str) -> str | None:
    """The project a phrase that opens with its year names (a fund sentence's subject: 2023年X项目年初预算数…
    gives 2023年X项目), by the title's grammar, or None."""
    text = re.sub(r"\s+", "", text)
    year = YEAR.match(text)
    return _named(year, text[year.end():]) if year else None


# A clause that opens with a project's year and name and goes on about its performance (2023年X项目绩效自评
#指标接龙，… a message asking for the form's lines): the name ends at 项目, the word that names one.
PROJECT_PERFORMANCE = re.compile(r"(.+?项目)绩效")


def clause_subject(text: str) -> str | None:
    """The project the first clause of a sentence names where it opens with the year and names a project
    whose performance it is about (2023年X项目绩效自评…, by the title's grammar), or None."""
    first = SENTENCE.split(re.sub(r"\s+", "", text), 1)[0]
    year = YEAR.match(first)
    if not year or not (m := PROJECT_PERFORMANCE.match(first[year.end():])):
        return None
    return _named(year, m.group(1))


# A project named in quotes whose performance a sentence speaks of (对你单位实施的“2023年X项目”绩效自评结果…,
# 关于“2023年X项目”预算绩效评价结果的公示). The year may run straight into the name (“2023X项目”): the name is
# then as written.
QUOTED_PROJECT = re.compile(r"[“\"]\s*([12][0-9]{3})(?!\d)\s*(年度?)?([^”\"]+?项目)\s*[”\"]\s*(?:的)?(?:预算)?绩效")


def quoted_subject(text: str) -> str | None:
    """The project a sentence names in quotes right before its performance (“2023年X项目”绩效…, “2023X项目”
    预算绩效…), by the title's grammar, or None."""
    m = QUOTED_PROJECT.search(re.sub(r"\s+", "", text))
    if not m:
        return None
    if m.group(2):
        return _named(m, m.group(3))
    # no 年: the year is part of the name as the quotes write it (2023物理…项目), kept so
    what = m.group(3)
    if not re.match(r"\p{Han}", what) or len(re.findall(r"\p{Han}", what)) < 2 or GENERIC.search(what):
        return None
    return f"{unicodedata.normalize('NFKC', m.group(1))}{what}"


def project_heading(text: str) -> str | None:
    """The project a heading line that is its name alone names (2023年X项目: a mind map's root, a page's
    heading; the year, then a subject ending in 项目, the word that names one), or None."""
    text = re.sub(r"\s+", "", text)
    if len(text) > HEADING_MAX or SENTENCE.search(text) or NUMBERED.match(text) or not text.endswith("项目"):
        return None
    return year_subject(text)


def _named(year: re.Match, what: str) -> str | None:
    """year + subject as labelled names write it (2023年X), or None where the subject names only a kind
    of report or has fewer than two Han characters."""
    what = what.rstrip("的")
    if len(re.findall(r"\p{Han}", what)) < 2 or GENERIC.search(what):
        return None
    # the name as written; only the year's digits fold (２０２３ is 2023)
    return f"{unicodedata.normalize('NFKC', year.group(1))}年{what}"
