"""Checks across documents (JX9xx): the same project in several reports, copied self-evaluations,
and last year's figures.

Every other rule reads one document. These read what many documents' records say, so they run
after every file has been read (nightly/cross.py, at publish time, over every result in the state
database). This module is pure: `features(recs, document)` keeps, per file, what the checks need
(plain JSON, stored with the file's result), and `cross_check(docs)` turns the features of many
documents into findings. Nothing here reads the state or the file system.

- JX901: one unit + project + year described by several documents (a 自评表 and a 自评报告, a
  report and its 部门决算 attachment) that state the same figure differently, beyond the written
  precision (rules/interval.py; scores, weights and counts are exact by nature, no slack).
  Copies of one report (the same file, the same name in another format, near-identical prose)
  are one report: never compared with each other.
- JX902: two different units whose self-evaluations share prose paragraphs (template sentences
  excluded: those that many units' reports repeat) or indicator tables with the same actual
  values. MinHash signatures (datasketch's, computed in numpy) banded as datasketch's MinHashLSH
  bands them propose candidate pairs in about linear time; each candidate is verified exactly
  and the shared passages are named. The band buckets live in SQLite (LSHIndex: in memory, or
  in the state database, where they stay between runs and only changed documents are hashed
  and queried).
- JX903: a prose "较上年增长X%" whose previous-year amount is in last year's report of the same
  unit and project.
- JX904: an indicator table's 上年实际完成值 / 上年指标值 column against last year's report.
"""
from __future__ import annotations

import hashlib
import math
import re
import unicodedata
import zlib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Iterable

import regex   # common.NUM's look-behinds are of two widths

from jixiao.extract.errors import fallback_unless_oom
from jixiao.normalize.records import PROJECT_FIGURES

from .common import MOVE, NUM, direction, subject
from .interval import Interval
from .registry import rule

FEATURES_VERSION = "1"   # bump when features() changes what it keeps

# -------------------------------------------------------------------------------------------
# the catalogue (the checks themselves need many documents: rules.check() finds nothing with them)


def _none(recs, r):
    return ()


rule("JX901", "cross-document-figure", "high",
     "同一项目在多份文件中的同一数字不一致",
     """
Documents of one inbox (and documents of earlier runs kept in the state database) that describe
the same unit, project and year are linked: the names are compared after normalization (full-
and half-width forms, spaces and punctuation, 有限公司 / 有限责任公司 / 公司 at the end, a trailing
项目 or 自评表 / 自评报告) or by the project code where one is written (six or more digits).
Every figure stated in more than one of them must agree: 年初预算数, 全年预算数, 全年执行数, 执行率,
资金得分, 总分, 等级, and for each indicator (matched by its 三级指标 name) the 年度指标值, the
实际完成值 and the 得分. Amounts and rates are compared at their written precision (54.957 and
54.96 agree); scores, weights and counts are exact by nature (a score of 9 and one of 9.5 do
not; 1200人次 and 1201人次 do not), a count being a figure with a measure word (人次, 宗, 块 …:
normalize's counters) written unscaled: 3万人 is written to the 万 and agrees with 3.04万人.
Copies of one report (the same bytes, the same file name in another format, or prose that is at
least 90% the same) are one report and are not compared. The flag stands on each document
and cites the other in `related`.""",
     "自评表：全年执行数 54.957；自评报告附表：全年执行数 54.96（按书写精度一致，不报）",
     "自评表：全年执行数 54.957；自评报告附表：全年执行数 52.957")(_none)

rule("JX902", "copied-self-evaluation", "medium",
     "不同单位的自评内容雷同（疑似照抄）",
     """
Two documents of different units (unit names compared after normalization) whose prose shares
whole paragraphs, or whose indicator tables repeat the same actual values row for row.
Template text does not count: a sentence that the reports of five or more units (or 0.2% of all
units, when more) repeat is the template's, and each document's own unit name is masked before
comparing, so a copy with only the name changed is found. Candidate pairs come from MinHash
signatures (128 permutations over 5-character shingles) in an LSH index at Jaccard 0.5, so 100,000
reports are not compared pairwise; each candidate is verified on the exact shingle sets. The
finding names both documents, the shared passages (paragraphs at least 80% the same), the
indicator rows with identical actual values, and the similarity (Jaccard of the two documents'
non-template text).""",
     "两单位的自评报告只在模板句（“为深入贯彻落实……”）上相同",
     "乙单位的自评报告与甲单位的逐段相同，仅单位名称不同；相似度 97%")(_none)

rule("JX903", "last-year-change", "medium",
     "“较上年增长X%”与上年报告的数字不符",
     """
A sentence that states an amount and its change on last year (较上年增长 / 增加 / 减少 / 下降 X%,
or 同比) is checked against the same unit and project's report of the previous year in the state
database: (this year − last year) ÷ last year must give X% at X's written precision, with the
amounts' rounding allowed for. Which amount is meant comes from the sentence (预算 → 全年预算数,
执行 / 支出 → 全年执行数); a sentence naming neither is not checked. Either report may hold the
slip: the flag stands on both, each citing the other in `related`.""",
     "2023年：全年执行数110万元，较上年增长10%；2022年报告：全年执行数100万元",
     "2023年：全年执行数110万元，较上年增长20%；2022年报告：全年执行数100万元（应为 10%）")(_none)

rule("JX904", "last-year-column", "medium",
     "上年实际完成值与上年报告不符",
     """
An indicator table with a 上年实际完成值 (or 上年完成值 / 上年指标值) column restates last year's
result; when the state database holds the same unit and project's report of the previous year,
the value must equal that report's 实际完成值 of the same indicator (matched by its 三级指标 name),
at the written precision for amounts, rates and counts written to the 万, exactly for counts
written unscaled (1200人次). The flag stands on both reports, each citing the other in `related`.""",
     "2023年表：上年实际完成值 1200人；2022年报告：实际完成值 1200人",
     "2023年表：上年实际完成值 1500人；2022年报告：实际完成值 1200人")(_none)

CROSS_RULES = ("JX901", "JX902", "JX903", "JX904")

# -------------------------------------------------------------------------------------------
# names

_PUNCT = re.compile(r"[\s\u3000·•、，,。．.：:；;！!？?（）()【】\[\]《》<>〈〉“”\"'‘’—\-_/\\|]+")
_COMPANY = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|公司)$")
_PROJECT_TAIL = re.compile(r"(?:项目)?(?:绩效)?(?:自评|评价)?(?:表|报告)?$")
_CODE = re.compile(r"(?<![0-9])[0-9]{6,}(?![0-9])")


def norm(text: str | None) -> str:
    """Full-width to half-width (NFKC), no spaces or punctuation, lower case."""
    return _PUNCT.sub("", unicodedata.normalize("NFKC", text or "")).lower()


def unit_key(unit: str | None) -> str:
    """A unit's name for comparing: normalized, a company-form suffix (有限公司 …) dropped, which
    is how 简称 and full names of one company differ; no other shortening is safe."""
    return _COMPANY.sub("", norm(unit))


def project_key(name: str | None) -> str:
    """A project code (six or more digits) where the name carries one, else the normalized name
    without a trailing 项目 / 自评表 / 自评报告."""
    n = unicodedata.normalize("NFKC", name or "")
    code = _CODE.search(n)
    if code:
        return "code:" + code.group(0)
    key = _PROJECT_TAIL.sub("", norm(n)) if len(norm(n)) > 4 else norm(n)
    return key


# -------------------------------------------------------------------------------------------
# features: what one document keeps for the cross checks

_LABELS = {   # field -> (Chinese label, exact by nature)
    "budget_initial": ("年初预算数", False),
    "budget_full_year": ("全年预算数", False),
    "arrived": ("到位数", False),
    "executed": ("全年执行数", False),
    "exec_rate_stated": ("执行率", False),
    "fund_score": ("资金得分", False),   # weight × rate, rounded: carries its written precision
    "total_score_stated": ("总分", True),
}
# The project's figures compared across reports: all but the weights, which are the form's points
# (10 for the fund, 100 in all), not the project's figures. A new figure needs its label above.
PROJECT_FIELDS = {k: _LABELS[k] for k in PROJECT_FIGURES if k not in ("fund_weight", "total_weight_stated")}
INDICATOR_FIELDS = {"target": ("年度指标值", False), "actual": ("实际完成值", False), "score": ("得分", True)}
PREV_HEADER = re.compile(r"上年.{0,4}(?:完成|实际|指标)值?|上年度?(?:值|数)")


def _fig(f, exact: bool = False) -> dict | None:
    """A figure as the checks need it: raw text, value in base units, half-width of its rounding
    (0 for exact figures), unit and where it is."""
    if f is None or not f.q.numeric or f.value is None:
        return None
    q = f.q
    # Exact by the one count grammar (normalize's counters, unscaled): 1200人次 is exact, 3万人 is
    # written to the 万 and keeps that precision.
    exact = exact or q.exact_count
    return {"raw": q.raw, "value": str(q.value), "tol": "0" if exact else str(q.tolerance), "op": q.op,
            "unit": q.unit, "loc": f.loc.to_dict() if f.loc is not None else {}}


def features(recs, document=None) -> dict:
    """What the cross checks need from one document, as JSON-ready data."""
    prev_cols = _previous_year_columns(document) if document is not None else {}
    projects = []
    for p in recs.projects:
        figs = {k: _fig(getattr(p, k), exact) for k, (_, exact) in PROJECT_FIELDS.items()}
        inds = []
        for i in p.indicators:
            row = {"key": i.level3_key or i.level3, "name": i.level3,
                   "target": _fig(i.target), "actual": _fig(i.actual), "score": _fig(i.score, True),
                   "target_raw": i.target.raw, "actual_raw": i.actual.raw,
                   "loc": i.loc.to_dict()}
            prev = prev_cols.get((i.loc.table, i.loc.row))
            if prev:
                row["previous"] = _previous_figure(prev, i)
            inds.append(row)
        projects.append({
            "name": p.name or "", "unit": p.agency or p.unit or recs.unit or "", "year": p.year or recs.year,
            "figures": {k: v for k, v in figs.items() if v},
            "grade": p.grade_stated or "", "grade_raw": p.grade_raw or "",
            "grade_loc": p.grade_loc.to_dict() if p.grade_loc is not None else {},
            "loc": p.loc.to_dict() if p.loc is not None else {},
            "indicators": inds})
    paragraphs = [{"text": t, "loc": loc.to_dict()} for t, loc in recs.paragraphs if len(norm(t)) >= 8]
    unit = recs.own_unit or next((p["unit"] for p in projects if p["unit"]), "")
    out = {"v": FEATURES_VERSION, "unit": unit, "year": recs.year, "projects": projects, "paragraphs": paragraphs}
    # The hashes of its sentences (own unit name masked): what the template test counts over
    # every document without reading their text.
    out["sent"] = sorted({sentence_hash(s) for t, _ in masked(out) for s in sentences(t)})
    out["rows"] = len(CopyDetector.rows(out))
    return out


def _previous_figure(cell: dict, i) -> dict:
    """A 上年实际完成值 cell read as the row's actual is (normalize.quantity, a bare number taking
    the unit of the row's own values), with its raw text and place."""
    from jixiao.normalize.quantity import parse
    q = parse(cell["raw"]).with_unit_from(i.actual.q if i.actual.q.numeric else i.target.q)
    out = {"raw": cell["raw"], "loc": cell["loc"]}
    if q.numeric and q.value is not None:
        out.update(value=str(q.value), tol="0" if q.exact_count else str(q.tolerance), unit=q.unit)
    return out


def _previous_year_columns(document) -> dict:
    """(table, row) -> the 上年实际完成值 cell of that row, for tables with such a column. The
    normalizer leaves the column aside (it is not this year's result), so it is read here."""
    out, tables = {}, []    # a document model without tables: nothing to read
    with fallback_unless_oom():
        tables = document.tables()
    for t in tables:
        header = [c for c in t.cells if len(norm(c.text)) <= 12 and PREV_HEADER.search(norm(c.text))]
        if not header:
            continue
        col = header[0].col
        for c in t.cells:
            if c.col == col and c.row > header[0].row and c.text.strip():
                out[(t.index, c.row)] = {"raw": c.text.strip(), "loc": c.loc.to_dict()}
    return out


# -------------------------------------------------------------------------------------------
# findings


@dataclass
class Finding:
    """One cross-document finding, seen from one document (`doc`); the same finding on the other
    document(s) has the same id and evidence hash (one decision covers every side)."""
    rule: str
    doc: str
    message: str
    stated: str
    expected: str
    evidence: str
    cells: list = field(default_factory=list)     # this side's locations (Location dicts)
    related: list = field(default_factory=list)   # [{"doc", "location", "cells"}] the other side(s)
    id_key: str = ""
    evidence_key: str = ""

    @property
    def flag_id(self) -> str:
        return self.rule + "-" + hashlib.sha1(f"{self.rule}|{self.id_key}".encode()).hexdigest()[:10]

    @property
    def evidence_hash(self) -> str:
        return hashlib.sha1(f"{self.rule}|{self.evidence_key}".encode()).hexdigest()[:16]


def describe(loc: dict) -> str:
    from jixiao.extract import Location
    try:
        return Location(**loc).describe() if loc else ""
    except TypeError:
        return str(loc)


@dataclass
class Doc:
    """One document's features with what the nightly state knows of it."""
    doc: str
    sha256: str
    feats: dict


def cross_check(docs: list[Doc], enabled: Iterable[str] = CROSS_RULES, load=None,
                detector: "CopyDetector | None" = None, index: "LSHIndex | None" = None) -> list[Finding]:
    """Every cross-document finding among `docs`. With `load`, docs carry light features (unit,
    sentence hashes, project keys) and `load(doc)` gives a document's full features when needed."""
    enabled = set(enabled)
    out: list[Finding] = []
    keys = link(docs)
    by_doc = {d.doc: d for d in docs}

    def members(key) -> list[tuple[Doc, dict]]:
        got = []
        for name in keys.get(key, ()):
            d = by_doc[name]
            full = Doc(name, d.sha256, load(d) if load else d.feats)
            got += [(full, p) for p in full.feats.get("projects", []) if _key(p) == key]
        return got
    # One group at a time, in (unit, project, year) order, so that last year's group is read just
    # before this year's: only a few documents' full features are held at once.
    for key in sorted(keys):
        this = members(key)
        if "JX901" in enabled and len(keys[key]) > 1:
            out += same_project(this)
        before = (key[0], key[1], key[2] - 1)
        if enabled & {"JX903", "JX904"} and before in keys:
            out += last_year(this, members(before), key, enabled)
    if "JX902" in enabled:
        out += (detector or CopyDetector()).findings(docs, load, index)
    return out


def _key(p: dict) -> tuple | None:
    u, n, y = unit_key(p.get("unit")), project_key(p.get("name")), p.get("year")
    try:
        return (u, n, int(y)) if u and n and y else None
    except (TypeError, ValueError):
        return None


def link(docs: list[Doc]) -> dict[tuple, list[str]]:
    """(unit, project, year) -> the documents that describe it, for keys that more than one
    document or two consecutive years share (the light features suffice: project keys only)."""
    keys: dict[tuple, set] = {}
    for d in docs:
        for p in d.feats.get("projects", []):
            k = _key(p)
            if k:
                keys.setdefault(k, set()).add(d.doc)
    return {k: sorted(ds) for k, ds in keys.items()
            if len(ds) > 1 or (k[0], k[1], k[2] - 1) in keys or (k[0], k[1], k[2] + 1) in keys}


def copies(a: Doc, b: Doc) -> bool:
    """Two files that are one report: the same bytes, the same name in another format, or prose
    at least 90% the same (a .pdf of a .docx reads its paragraphs a little differently)."""
    if a.doc == b.doc or (a.sha256 and a.sha256 == b.sha256):
        return True
    if _stem(a.doc) == _stem(b.doc):
        return True
    sa, sb = _all_shingles(a), _all_shingles(b)
    return len(sa) >= 50 and len(sb) >= 50 and len(sa & sb) / len(sa | sb) >= 0.9


def _stem(doc: str) -> str:
    name = doc.rsplit("!", 1)[-1]
    return re.sub(r"(\.[A-Za-z0-9]{1,5})+$", "", name).lower()


def _all_shingles(d: Doc) -> set:
    cached = d.feats.get("_all")
    if cached is None:
        text = "".join(norm(p["text"]) for p in d.feats.get("paragraphs", []))
        cached = d.feats["_all"] = set(shingle_hashes(text).tolist())
    return cached


def _interval(f: dict) -> Interval:
    return Interval.of(Decimal(f["value"]), Decimal(f["tol"]))


def _agree(a: dict, b: dict) -> bool:
    try:
        return _interval(a).overlaps(_interval(b))
    except (InvalidOperation, KeyError):
        return True


def _reports(members: list[tuple[Doc, dict]]) -> list[list[tuple[Doc, dict]]]:
    """The documents of one group, copies of one report put together (union-find)."""
    docs = list(dict.fromkeys(d.doc for d, _ in members))
    by_doc = {d.doc: d for d, _ in members}
    parent = {d: d for d in docs}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for i, a in enumerate(docs):
        for b in docs[i + 1:]:
            if find(a) != find(b) and copies(by_doc[a], by_doc[b]):
                parent[find(b)] = find(a)
    reports: dict[str, list] = {}
    for d, p in members:
        reports.setdefault(find(d.doc), []).append((d, p))
    return list(reports.values())


def same_project(members: list[tuple[Doc, dict]]) -> list[Finding]:
    if len({d.doc for d, _ in members}) < 2:
        return []
    reports = _reports(members)
    if len(reports) < 2:
        return []
    u, n, y = unit_key(members[0][1]["unit"]), project_key(members[0][1]["name"]), members[0][1]["year"]
    what = f"{subject(members[0][1]['name'], members[0][1]['unit'], whose=True)}（{y}年）"
    # field -> [(doc, project, figure, label)], one entry per report (its first copy that states it)
    stated: dict[str, list] = {}
    for rep in reports:
        seen = set()
        for d, p in rep:
            for k, f in p["figures"].items():
                if k not in seen:
                    seen.add(k)
                    stated.setdefault(k, []).append((d, f, PROJECT_FIELDS[k][0]))
            if p.get("grade") and "grade" not in seen:
                seen.add("grade")
                stated.setdefault("grade", []).append(
                    (d, {"raw": p.get("grade_raw") or p["grade"], "grade": p["grade"], "loc": p.get("grade_loc", {})}, "等级"))
            rows: dict[str, list] = {}
            for i in p["indicators"]:
                rows.setdefault(norm(i["key"]), []).append(i)
            for key, same in rows.items():
                if len(same) != 1 or not key:
                    continue   # an indicator named twice in one table cannot be matched
                for k, (label, _) in INDICATOR_FIELDS.items():
                    f = same[0].get(k)
                    if f and f"{key}|{k}" not in seen:
                        seen.add(f"{key}|{k}")
                        stated.setdefault(f"ind:{key}|{k}", []).append((d, f, f"指标“{same[0]['name']}”的{label}"))
    out = []
    for k, entries in stated.items():
        if len(entries) < 2:
            continue
        for i, (da, fa, label) in enumerate(entries):
            for db, fb, _ in entries[i + 1:]:
                if k == "grade":
                    differ = fa["grade"] != fb["grade"]
                else:
                    differ = not _agree(fa, fb)
                if not differ:
                    continue
                raws = sorted([fa["raw"], fb["raw"]])
                id_key = f"{u}|{n}|{y}|{k}"
                ev_key = f"{id_key}|{raws[0]}|{raws[1]}"
                exact = k != "grade" and fa.get("tol") == "0" and fb.get("tol") == "0"
                for (d1, f1), (d2, f2) in (((da, fa), (db, fb)), ((db, fb), (da, fa))):
                    where2 = describe(f2.get("loc", {})) or d2.doc
                    msg = (f"{what}的{label}在两份文件中不一致：本文件为 {f1['raw']}，{d2.doc} 为 {f2['raw']}（{where2}）"
                           + ("" if k == "grade" else "；两者按书写精度也不能相同" if not exact else "；该数字为精确数"))
                    out.append(Finding("JX901", d1.doc, msg, f1["raw"], f2["raw"],
                                       f"{label}：{raws[0]} ／ {raws[1]}",
                                       [f1["loc"]] if f1.get("loc") else [],
                                       [{"doc": d2.doc, "location": where2, "cells": [f2["loc"]] if f2.get("loc") else []}],
                                       id_key, ev_key))
    return out


# -------------------------------------------------------------------------------------------
# last year

# The amount by the one figure grammar (common.NUM: 1,248 whole, never its 248 alone)
# The verb of change by the rules' one grammar of it (common.MOVE: 增 / 减 / 升 / 降 as either morpheme, 提升, 缩减,
# 压减 …), its direction by common.direction, not a list of six verbs; the base last year by its grammar (比 / 较 /
# 与 + 上一年度 / 去年 …, or 同比), not five spellings: a base of another period (上月, 2021年) is no last year's report.
_LAST_YEAR = r"(?:(?:较|比|与)\s*[上去]\s*一?\s*年度?(?:\s*同期)?(?:\s*相比)?|同比)"
_YOY = regex.compile(r"(预算|执行|支出|拨付|到位)[^，。；;]{0,20}?" + NUM + r"\s*(万元|亿元|元)[^。；;]{0,12}?"
                     + _LAST_YEAR + r"\s*(" + MOVE + r")\s*([0-9]+(?:\.[0-9]+)?)\s*[%％]")
_SCALE = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}


def _places(raw: str) -> int:
    return len(raw.split(".", 1)[1]) if "." in raw else 0


def _written(raw: str, unit: str = "") -> Interval:
    v = Decimal(raw.replace(",", "")) * _SCALE.get(unit, Decimal(1))
    return Interval.of(v, Decimal("0.5") * Decimal(10) ** -_places(raw) * _SCALE.get(unit, Decimal(1)))


def last_year(members: list, previous: list, key: tuple, enabled: set) -> list[Finding]:
    """This year's documents of a project against last year's report of it (its first document:
    copies of one report say the same)."""
    if not members or not previous:
        return []
    prev_doc, prev = previous[0]
    out = []
    if "JX903" in enabled:
        out += _yoy(members, prev_doc, prev, key)
    if "JX904" in enabled:
        out += _previous_column(members, prev_doc, prev, key)
    return out


def _yoy(members, prev_doc: Doc, prev: dict, key) -> list[Finding]:
    out = []
    done = set()
    for d, p in members:
        if d.doc in done:
            continue
        done.add(d.doc)
        many = len(d.feats.get("projects", [])) > 1
        for para in d.feats.get("paragraphs", []):
            text = unicodedata.normalize("NFKC", para["text"])
            if many and p["name"] and norm(p["name"]) not in norm(text):
                continue   # a document of several projects: the sentence must name this one
            for m in _YOY.finditer(text):
                field_ = "budget_full_year" if m.group(1) == "预算" else "executed"
                pf = prev["figures"].get(field_) or (prev["figures"].get("budget_initial") if field_ == "budget_full_year" else None)
                if pf is None:
                    continue
                now = _written(m.group(2), m.group(3))
                before = _interval(pf)
                if before.lo <= 0:
                    continue
                way = direction(m.group(4))
                if way is None:
                    continue   # a verb whose morphemes say no direction
                sign = 1 if way else -1
                rate = _written(m.group(5))
                change = (now - before) / before * Interval.exact(100)
                if change.overlaps(Interval(rate.lo * sign, rate.hi * sign) if sign > 0 else Interval(-rate.hi, -rate.lo)):
                    continue
                implied = (now.mid - before.mid) / before.mid * 100
                label = PROJECT_FIELDS[field_][0]
                where = describe(pf.get("loc", {})) or prev_doc.doc
                msg = (f"文中写“{m.group(0)}”，但上年（{key[2] - 1}年）报告 {prev_doc.doc} 的{label}为 {pf['raw']}（{where}）："
                       f"按此计算变化为 {implied.quantize(Decimal('0.01'))}%，不是{m.group(4)} {m.group(5)}%")
                id_key = f"{'|'.join(map(str, key))}|{m.group(0)}"
                evidence = f"{m.group(0)} ／ 上年{label} {pf['raw']}"
                here = describe(para["loc"]) or d.doc
                out.append(Finding("JX903", d.doc, msg, f"{m.group(4)}{m.group(5)}%", f"{implied.quantize(Decimal('0.01'))}%",
                                   evidence, [para["loc"]],
                                   [{"doc": prev_doc.doc, "location": where, "cells": [pf["loc"]] if pf.get("loc") else []}],
                                   id_key, f"{id_key}|{pf['raw']}"))
                # the other side: last year's report, whose figure may be the wrong one
                out.append(Finding("JX903", prev_doc.doc,
                                   f"本文件的{label} {pf['raw']}（{where}）与下一年（{key[2]}年）报告 {d.doc} 所写“{m.group(0)}”不符："
                                   f"按此计算变化为 {implied.quantize(Decimal('0.01'))}%，不是{m.group(4)} {m.group(5)}%",
                                   pf["raw"], "", evidence, [pf["loc"]] if pf.get("loc") else [],
                                   [{"doc": d.doc, "location": here, "cells": [para["loc"]]}], id_key, f"{id_key}|{pf['raw']}"))
    return out


_NUM = re.compile(r"([0-9]+(?:\.[0-9]+)?)")


def _previous_column(members, prev_doc: Doc, prev: dict, key) -> list[Finding]:
    out = []
    last = {}
    for i in prev["indicators"]:
        last.setdefault(norm(i["key"]), []).append(i)
    for d, p in members:
        for i in p["indicators"]:
            col = i.get("previous")
            same = last.get(norm(i["key"]))
            if not col or not same or len(same) != 1 or not same[0].get("actual"):
                continue
            then = same[0]["actual"]
            if "value" not in col or col.get("unit", "") != then.get("unit", "") or _agree(col, then):
                continue   # words, another unit (not the same measure), or the same value
            where = describe(then.get("loc", {})) or prev_doc.doc
            msg = (f"指标“{i['name']}”的上年实际完成值写为 {col['raw']}，但上年（{key[2] - 1}年）报告 {prev_doc.doc} "
                   f"的实际完成值为 {then['raw']}（{where}）")
            id_key = f"{'|'.join(map(str, key))}|{norm(i['key'])}"
            evidence = f"上年实际完成值 {col['raw']} ／ {then['raw']}"
            ev_key = f"{id_key}|{col['raw']}|{then['raw']}"
            out.append(Finding("JX904", d.doc, msg, col["raw"], then["raw"], evidence,
                               [col["loc"]], [{"doc": prev_doc.doc, "location": where, "cells": [then["loc"]] if then.get("loc") else []}],
                               id_key, ev_key))
            here = describe(col["loc"]) or d.doc
            out.append(Finding("JX904", prev_doc.doc,
                               f"指标“{i['name']}”本文件的实际完成值为 {then['raw']}，但下一年（{key[2]}年）报告 {d.doc} "
                               f"的上年实际完成值写为 {col['raw']}（{here}）", then["raw"], col["raw"], evidence,
                               [then["loc"]] if then.get("loc") else [], [{"doc": d.doc, "location": here, "cells": [col["loc"]]}],
                               id_key, ev_key))
    return out


# -------------------------------------------------------------------------------------------
# copied self-evaluations

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
SHINGLE = 5
MIN_SHINGLES = 20   # a document with less text of its own than this is not compared
MIN_ROWS = 5        # … nor an indicator table with fewer distinctive rows
MINHASH_SCHEME = "affine32"   # datasketch 2: 32-bit universal hashing (our shingle hashes are CRC-32)


def sentences(text: str) -> list[str]:
    """The sentences of a text, normalized (norm). NFKC once for the text: a piece of NFKC text cut
    at punctuation is NFKC already, so norm's own pass is left out (it was a third of the time)."""
    sub = _PUNCT.sub
    return [s for s in (sub("", m).lower() for m in _SENTENCE.findall(unicodedata.normalize("NFKC", text))) if len(s) >= 8]


def sentence_hash(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") >> 1   # fits SQLite's int64


def _distinct_actual(raw: str) -> bool:
    """An indicator's actual value that two units would not write by chance: a number other than
    0 / 100 / a percentage of 9x, or words of some length (达到 / 是 / 100% are everyone's)."""
    s = norm(raw)
    nums = _NUM.findall(s)
    if nums:
        v = Decimal(nums[0])
        return not (v in (0, 1, 100) or (s.endswith("%") and v >= 90))
    return len(s) >= 8


@dataclass
class CopyDetector:
    """Near-duplicate self-evaluations among many documents, not pairwise: MinHash LSH.

    Works on light features (the unit and the hashes of its sentences, `features()["sent"]`) for
    every document; the paragraphs themselves are read (`load`) only for documents that are new to
    the index (or whose content or template sentences changed) and for the candidate pairs.

    The MinHash is datasketch's (scheme affine32, seed 1, its permutations), computed in numpy
    over a document's shingle hashes at once (`minhash`, equal to datasketch's `update_batch`, a
    test checks it); the LSH is datasketch's banding (`_optimal_param`: 25 bands of 5 rows at
    Jaccard 0.5), with its buckets kept in SQLite (`LSHIndex`): in the state database they stay
    between runs, so a run hashes and queries only the documents that changed."""
    threshold: float = 0.5          # Jaccard of the documents' non-template shingles
    num_perm: int = 128
    template_units: int = 5         # a sentence in this many units' reports (or more) is template
    template_share: float = 0.002   # … or in this share of all units, when larger
    passage_similarity: float = 0.8
    timings: dict = field(default_factory=dict)
    _permutations: object = None

    def template(self, docs: list[Doc]) -> set:
        """The hashes of sentences that the reports of many units repeat (counted in numpy: a
        dictionary of sets over every sentence of 100,000 reports was most of a cached run). A
        document's hashes are distinct already; only a unit with several documents needs its
        own made distinct before counting."""
        import numpy as np
        by_unit: dict[str, list] = {}
        for d in docs:
            sent = d.feats.get("sent")
            if sent is not None and len(sent):
                by_unit.setdefault(doc_unit(d) or "doc:" + d.doc, []).append(np.asarray(sent, dtype=np.int64))
        if not by_unit:
            return set()
        h = np.concatenate([arrays[0] if len(arrays) == 1 else np.unique(np.concatenate(arrays))
                            for arrays in by_unit.values()])
        h.sort()
        starts = np.flatnonzero(np.r_[True, h[1:] != h[:-1]])
        counts = np.diff(np.r_[starts, len(h)])
        limit = max(self.template_units, math.ceil(self.template_share * len(by_unit)))
        return set(h[starts[counts >= limit]].tolist())

    def shingles(self, feats: dict, template: set) -> set:
        """5-character shingles of the document's own (non-template) sentences, and a token per
        indicator row with a distinctive actual value."""
        return set(shingle_hashes(self._own_text(feats, template)).tolist()) | self.rows(feats)

    @staticmethod
    def _own_text(feats: dict, template: set) -> str:
        return "".join(s for t, _ in masked(feats) for s in sentences(t) if sentence_hash(s) not in template)

    @staticmethod
    def rows(feats: dict) -> set:
        """An indicator table as tokens (name and actual value of each row whose actual is not
        everyone's: 100%, 达到, 是 …): a table copied with its results gives the same tokens."""
        return {zlib.crc32(f"ind|{norm(i['key'])}|{norm(i['actual_raw'])}".encode())
                for p in feats.get("projects", []) for i in p["indicators"] if _distinct_actual(i.get("actual_raw", ""))}

    def bands(self) -> tuple[int, int]:
        """(bands, rows per band) for the threshold: datasketch's choice for MinHashLSH."""
        from datasketch.lsh import _optimal_param
        return _optimal_param(self.threshold, self.num_perm, 0.5, 0.5)

    def keys(self, docs: list[Doc], template_sorted) -> dict[str, tuple[str, str]]:
        """What each document's index entries depend on: its content, its unit (pairs are kept only
        between different units) and the template sentences it holds (a sentence turning template
        changes its own text). Documents left out are not compared. One membership test over every document's hashes at once."""
        import numpy as np
        usable = [d for d in docs if doc_unit(d) and (len(d.feats.get("sent", ())) or d.feats.get("rows"))]
        # (a report without its unit's name cannot be told apart from its copies)
        sents = [np.asarray(d.feats.get("sent", ()), dtype=np.int64) for d in usable]
        if not usable:
            return {}
        every = np.concatenate(sents) if sents else np.zeros(0, dtype=np.int64)
        held = np.isin(every, template_sorted)
        out, at = {}, 0
        for d, sent in zip(usable, sents):
            own = every[at:at + len(sent)][held[at:at + len(sent)]].tolist()
            at += len(sent)
            base = hashlib.sha1(f"{FEATURES_VERSION}|{d.sha256 or d.doc}|{doc_unit(d)}|{own}".encode()).hexdigest()
            out[d.doc] = (f"text:{base}", f"rows:{base}" if (d.feats.get("rows") or 0) >= MIN_ROWS else "")
        return out

    def findings(self, docs: list[Doc], load=None, index: "LSHIndex | None" = None) -> list[Finding]:
        """`load(doc)`: the full features of a document whose `feats` are light (None: they are
        full). `index`: the LSH index kept from earlier runs (None: a new one in memory)."""
        import sqlite3
        import time

        import numpy as np
        load = load or (lambda d: d.feats)
        index = index or LSHIndex(sqlite3.connect(":memory:"))
        t0 = time.perf_counter()
        template = self.template(docs)
        template_sorted = np.array(sorted(template), dtype=np.int64)
        t1 = time.perf_counter()
        by_doc = {d.doc: d for d in docs}
        known = index.entries()   # doc -> (id, text key, rows key)
        wanted = self.keys(docs, template_sorted)
        todo = [d for d in docs if d.doc in wanted and known.get(d.doc, (None, None, None))[1:] != wanted[d.doc]]
        b, r = self.bands()
        hashed = []   # (doc, its band buckets): computed before the index is written to
        for d in todo:
            feats = load(d)
            rows = np.fromiter(self.rows(feats), dtype=np.uint32)
            buckets = []
            sig = self.minhash(shingle_hashes(self._own_text(feats, template), unique=False), rows, MIN_SHINGLES)
            if sig is not None:
                buckets.append(band_hashes(sig, b, r, 0))
            if wanted[d.doc][1]:
                sig = self.minhash(np.zeros(0, dtype=np.uint32), rows, MIN_ROWS)
                if sig is not None:
                    buckets.append(band_hashes(sig, b, r, 1))
            hashed.append((d.doc, np.unique(np.concatenate(buckets)) if buckets else np.zeros(0, dtype=np.int64)))
        t2 = time.perf_counter()
        # One short transaction for every change to the index (a state's other writers wait
        # for it), its row counts with it.
        with index.db:
            index.remove([doc for doc in known if known[doc][1:] != wanted.get(doc)])
            new_ids, new_buckets = [], []
            for doc, bs in hashed:
                doc_id = index.add(doc, *wanted[doc])
                new_ids.append(np.full(len(bs), doc_id, dtype=np.int64))
                new_buckets.append(bs)
            ids = np.concatenate(new_ids) if new_ids else np.zeros(0, dtype=np.int64)
            buckets = np.concatenate(new_buckets) if new_buckets else np.zeros(0, dtype=np.int64)
            names = index.names()
            index.add_pairs([(x, y) for x, y in index.insert(ids, buckets)
                             if doc_unit(by_doc[names[x]]) != doc_unit(by_doc[names[y]])])
            index.save_counts()
        pairs = sorted(index.pairs())
        t3 = time.perf_counter()
        out = []
        for a, b_ in pairs:
            out += self._verify(Doc(a, by_doc[a].sha256, load(by_doc[a])), Doc(b_, by_doc[b_].sha256, load(by_doc[b_])),
                                template)
        self.timings = {"template": t1 - t0, "minhash": t2 - t1, "index_and_query": t3 - t2,
                        "verify": time.perf_counter() - t3, "documents": len(docs),
                        "signatures_computed": len(todo), "indexed": len(wanted), "candidates": len(pairs),
                        "reported": len(out) // 2}
        return out

    def minhash(self, shingles, rows, least: int):
        """datasketch's MinHash (affine32, seed 1) of the values, in numpy at once and in blocks
        that stay in cache; None when there are fewer than `least` distinct values."""
        import numpy as np
        from datasketch import MinHash
        from datasketch.minhash import _fmix
        values = np.concatenate([np.asarray(shingles, dtype=np.uint32), np.asarray(rows, dtype=np.uint32)])
        if len(values) < least:
            return None
        v = np.sort(values)
        if 1 + np.count_nonzero(v[1:] != v[:-1]) < least:
            return None
        if self._permutations is None:   # made once: drawing them costs more than hashing a report
            self._permutations = MinHash(num_perm=self.num_perm, seed=1, scheme=MINHASH_SCHEME).permutations
        a, b = self._permutations
        hv = _fmix(values, 32)
        out = np.full(self.num_perm, 0xFFFFFFFF, dtype=np.uint32)
        for k in range(0, len(hv), 512):
            np.minimum(out, (hv[k:k + 512, None] * a + b).min(axis=0), out=out)
        return out

    def _verify(self, a: Doc, b: Doc, template: set) -> list[Finding]:
        sa, sb = self.shingles(a.feats, template), self.shingles(b.feats, template)
        jac = len(sa & sb) / len(sa | sb) if sa | sb else 0
        ra, rb = self.rows(a.feats), self.rows(b.feats)
        jac_rows = len(ra & rb) / len(ra | rb) if len(ra) >= MIN_ROWS and len(rb) >= MIN_ROWS else 0
        if jac < self.threshold and jac_rows < self.threshold:
            return []
        shared = []   # (paragraph of a, paragraph of b, similarity)
        pb = [(p, _grams(norm(t))) for t, p in masked(b.feats) if len(norm(t)) >= 20 and not _is_template(t, template)]
        for t, p in masked(a.feats):
            if len(norm(t)) < 20 or _is_template(t, template):
                continue
            ga = _grams(norm(t))
            best = max(((len(ga & g) / len(ga | g), q) for q, g in pb), default=(0, None), key=lambda x: x[0])
            if best[0] >= self.passage_similarity:
                shared.append((p, best[1], best[0]))
        rows = _shared_rows(a, b)
        if not shared and len(rows) < 3:
            return []
        ua = a.feats.get("unit") or "（未写明）"
        ub = b.feats.get("unit") or "（未写明）"
        pct = f"{Decimal(max(jac, jac_rows) * 100).quantize(Decimal('1'))}%"
        similarity = f"全文相似度 {Decimal(jac * 100).quantize(Decimal('1'))}%" + (
            f"，指标表相似度 {Decimal(jac_rows * 100).quantize(Decimal('1'))}%" if jac_rows else "")
        passages = "；".join(f"“{_clip(p['text'])}”" for p, _, _ in shared[:3])
        units = sorted([(doc_unit(a), a.feats.get("year") or ""), (doc_unit(b), b.feats.get("year") or "")])
        id_key = f"{units[0]}|{units[1]}"
        ev_key = hashlib.sha1("\n".join(sorted(norm(p["text"]) for p, _, _ in shared) + rows).encode()).hexdigest()
        evidence = "；".join(x for x in (f"{len(shared)} 段相同：{passages}" if shared else "",
                                         f"{len(rows)} 个指标完成值相同：{'；'.join(rows[:5])}" if rows else "") if x)
        what = "；".join(x for x in (f"{len(shared)} 段文字相同或几乎相同" if shared else "",
                                     f"{len(rows)} 个指标的实际完成值逐一相同" if rows else "") if x)
        out = []
        for me, other, mine, theirs, u_me, u_other in ((a, b, 0, 1, ua, ub), (b, a, 1, 0, ub, ua)):
            cells = [x[mine]["loc"] for x in shared]
            other_cells = [x[theirs]["loc"] for x in shared]
            where = "；".join(describe(c) for c in other_cells[:5]) or other.doc
            msg = (f"本文件（{u_me}）与 {other.doc}（{u_other}）内容雷同（{similarity}）：{what}"
                   + (f"。相同段落如：{passages}" if passages else "")
                   + (f"。相同指标如：{'；'.join(rows[:3])}" if rows else "") + "（模板句已排除）")
            out.append(Finding("JX902", me.doc, msg, pct, "", evidence, cells,
                               [{"doc": other.doc, "location": where, "cells": other_cells}], id_key, ev_key))
        return out


class LSHIndex:
    """The LSH band buckets of the copy detector in SQLite, so that they can stay between runs.

    cross_lsh_docs    one row per indexed document: the keys its entries were made from (its
                      content and the template sentences it holds); a key that changed, or a
                      document gone, takes its buckets and pairs out;
    cross_lsh_buckets (bucket, id): a band's hash (the kind, text or table rows, the band's
                      number and its 5 values) → the document; the primary key is the lookup;
    cross_lsh_pairs   the candidate pairs of different units that share a bucket, kept until
                      either side changes (each run verifies them all: they are few);
    cross_lsh_counts  the row counts of the three, written in the same transaction as any
                      change to them: a table emptied, re-created or cut short shows (intact()).

    New documents are queried against the kept buckets (an indexed join) and against each other
    (a sort of their bucket hashes), then added. All of it is derived data: dropping the tables
    rebuilds them on the next run from the documents' features."""

    TABLES = ("cross_lsh_docs", "cross_lsh_buckets", "cross_lsh_pairs", "cross_lsh_counts")
    COUNTED = TABLES[:3]
    SCHEMA = """
    CREATE TABLE IF NOT EXISTS cross_lsh_docs (id INTEGER PRIMARY KEY, doc TEXT NOT NULL UNIQUE,
                                               text_key TEXT NOT NULL, rows_key TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS cross_lsh_buckets (bucket INTEGER NOT NULL, id INTEGER NOT NULL,
                                                  PRIMARY KEY (bucket, id)) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS cross_lsh_buckets_id ON cross_lsh_buckets (id);
    CREATE TABLE IF NOT EXISTS cross_lsh_pairs (a INTEGER NOT NULL, b INTEGER NOT NULL,
                                                PRIMARY KEY (a, b)) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS cross_lsh_pairs_b ON cross_lsh_pairs (b);
    CREATE TABLE IF NOT EXISTS cross_lsh_counts (counts TEXT NOT NULL);
    """

    def __init__(self, db):
        self.db = db
        db.executescript(self.SCHEMA)
        db.execute("CREATE TEMP TABLE IF NOT EXISTS cross_lsh_ids (id INTEGER PRIMARY KEY)")
        db.execute("CREATE TEMP TABLE IF NOT EXISTS cross_lsh_new (bucket INTEGER NOT NULL, id INTEGER NOT NULL)")

    def entries(self) -> dict[str, tuple]:
        return {doc: (i, tk, rk) for i, doc, tk, rk in self.db.execute(
            "SELECT id, doc, text_key, rows_key FROM cross_lsh_docs")}

    def names(self) -> dict[int, str]:
        return dict(self.db.execute("SELECT id, doc FROM cross_lsh_docs"))

    def counts(self) -> str:
        """Rows of each table: kept beside the index, a table emptied or cut short shows."""
        return ",".join(str(self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in self.COUNTED)

    def save_counts(self) -> None:
        self.db.execute("DELETE FROM cross_lsh_counts")
        self.db.execute("INSERT INTO cross_lsh_counts VALUES (?)", (self.counts(),))

    def intact(self) -> bool:
        """The tables hold what the last change to them left (the counts saved with it)."""
        saved = self.db.execute("SELECT counts FROM cross_lsh_counts").fetchall()
        return [(self.counts(),)] == saved or (not saved and self.counts() == "0,0,0")

    def remove(self, docs: list[str]) -> None:
        if not docs:
            return
        db = self.db
        db.execute("DELETE FROM temp.cross_lsh_ids")
        db.executemany("INSERT OR IGNORE INTO temp.cross_lsh_ids SELECT id FROM cross_lsh_docs WHERE doc = ?",
                       [(d,) for d in docs])
        db.execute("DELETE FROM cross_lsh_buckets WHERE id IN (SELECT id FROM temp.cross_lsh_ids)")
        db.execute("DELETE FROM cross_lsh_pairs WHERE a IN (SELECT id FROM temp.cross_lsh_ids)")
        db.execute("DELETE FROM cross_lsh_pairs WHERE b IN (SELECT id FROM temp.cross_lsh_ids)")
        db.execute("DELETE FROM cross_lsh_docs WHERE id IN (SELECT id FROM temp.cross_lsh_ids)")

    def add(self, doc: str, text_key: str, rows_key: str) -> int:
        return self.db.execute("INSERT INTO cross_lsh_docs (doc, text_key, rows_key) VALUES (?, ?, ?)",
                               (doc, text_key, rows_key)).lastrowid

    def insert(self, ids, buckets) -> set[tuple[int, int]]:
        """Add the new documents' buckets; returns the pairs (new, any) that share one."""
        import numpy as np
        db = self.db
        if not len(ids):
            return set()
        order = np.lexsort((ids, buckets))
        ids, buckets = ids[order], buckets[order]
        rows = list(zip(buckets.tolist(), ids.tolist()))
        db.execute("DELETE FROM temp.cross_lsh_new")
        db.executemany("INSERT INTO temp.cross_lsh_new VALUES (?, ?)", rows)
        pairs = set(db.execute("SELECT DISTINCT n.id, o.id FROM temp.cross_lsh_new n "
                               "JOIN cross_lsh_buckets o ON o.bucket = n.bucket AND o.id <> n.id"))
        starts = np.flatnonzero(np.r_[True, buckets[1:] != buckets[:-1], True])
        for s, e in zip(starts[:-1], starts[1:]):
            if e - s > 1:   # new documents sharing a bucket with each other
                members = sorted(set(ids[s:e].tolist()))
                pairs.update((x, y) for i, x in enumerate(members) for y in members[i + 1:])
        db.executemany("INSERT INTO cross_lsh_buckets VALUES (?, ?)", rows)
        db.execute("DELETE FROM temp.cross_lsh_new")
        return pairs

    def add_pairs(self, pairs) -> None:
        self.db.executemany("INSERT OR IGNORE INTO cross_lsh_pairs VALUES (?, ?)", [tuple(sorted(p)) for p in pairs])

    def pairs(self) -> list[tuple[str, str]]:
        return [tuple(sorted(p)) for p in self.db.execute(
            "SELECT da.doc, db.doc FROM cross_lsh_pairs p JOIN cross_lsh_docs da ON da.id = p.a "
            "JOIN cross_lsh_docs db ON db.id = p.b")]


def band_hashes(sig, bands: int, rows: int, kind: int):
    """One 64-bit hash per LSH band of a MinHash signature (FNV-1a over the band's values, salted
    with the kind and the band's number, then a final mix), as SQLite integers."""
    import numpy as np
    m = np.asarray(sig[:bands * rows], dtype=np.uint64).reshape(bands, rows)
    h = np.uint64(0xCBF29CE484222325) ^ (np.arange(bands, dtype=np.uint64) + np.uint64(kind * 1000))
    prime = np.uint64(0x100000001B3)
    for j in range(rows):
        h = (h ^ m[:, j]) * prime
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(33)
    return h.view(np.int64)


def doc_unit(d: Doc) -> str:
    return unit_key(d.feats.get("unit"))


def masked(feats: dict) -> list[tuple[str, dict]]:
    """Each paragraph in NFKC without spaces (punctuation kept, for sentences), the document's own
    unit name replaced by a placeholder: a copy with only the name changed reads the same."""
    unit = re.sub(r"\s+", "", unicodedata.normalize("NFKC", feats.get("unit") or ""))
    out = []
    for p in feats.get("paragraphs", []):
        t = re.sub(r"\s+", "", unicodedata.normalize("NFKC", p["text"]))
        if len(unit) >= 3:
            t = t.replace(unit, "〈单位〉")
        out.append((t, p))
    return out


def shingle_hashes(text: str, unique: bool = True):
    """32-bit hashes of every 5-character shingle of `text` (a polynomial over the code points,
    vectorized: hashing shingles one by one in Python was most of the detector's time). Stable
    across processes and versions of Python, as the stored signatures need."""
    import numpy as np
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = len(cp) - SHINGLE + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    for k in range(SHINGLE):
        h = (h * np.uint64(1000003) + cp[k:k + n]) & np.uint64(0xFFFFFFFF)
    return np.unique(h) if unique else h


def _grams(t: str) -> set:
    return {t[i:i + SHINGLE] for i in range(max(1, len(t) - SHINGLE + 1))}


# A form's own note on how to fill it in (备注：1.预算执行情况口径… under the table) is the template's
# text even where only two units of the inbox use that form, too few to count it as template.
FORM_NOTE = re.compile(r"^(?:备注|注|说明|填表说明|填报说明)\s*[:：]|^注\s*\d")


def _is_template(t: str, template: set) -> bool:
    if FORM_NOTE.match(unicodedata.normalize("NFKC", t).lstrip()):
        return True
    ss = sentences(t)
    return bool(ss) and all(sentence_hash(s) in template for s in ss)


def _clip(text: str, n: int = 40) -> str:
    text = re.sub(r"\s+", "", text)
    return text if len(text) <= n else text[:n] + "……"


def _shared_rows(a: Doc, b: Doc) -> list[str]:
    def rows(d):
        return {f"{i['name']}={i['actual_raw']}" for p in d.feats.get("projects", []) for i in p["indicators"]
                if _distinct_actual(i.get("actual_raw", ""))}
    return sorted(rows(a) & rows(b))


def flag_rows(findings: list[Finding], severity=lambda code: "medium") -> dict[str, list[dict]]:
    """Findings as flag rows (the columns of flags.csv and what the review desk reads), by
    document. One finding met through several copies of a report is one row per document with
    every other document in `related`, and one evidence hash per id, made of every side's
    evidence: a decision lapses when any side changes."""
    evidence: dict[str, set] = {}
    for f in findings:
        evidence.setdefault(f.flag_id, set()).add(f.evidence_key)
    rows: dict[tuple, dict] = {}
    for f in sorted(findings, key=lambda f: (f.doc, f.flag_id, [r["doc"] for r in f.related])):
        key = (f.doc, f.flag_id)
        if key not in rows:
            rows[key] = {"flag_id": f.flag_id, "doc": f.doc, "rule": f.rule, "severity": severity(f.rule),
                         "message": f.message, "stated": f.stated, "expected": f.expected,
                         "location": "；".join(describe(c) for c in f.cells[:5]) or f.doc, "evidence": f.evidence,
                         "evidence_hash": hashlib.sha1(f"{f.rule}|{sorted(evidence[f.flag_id])}".encode()).hexdigest()[:16],
                         "cells": f.cells, "related_docs": [], "cross": 1}
        row = rows[key]
        for r in f.related:
            if r["doc"] not in [x["doc"] for x in row["related_docs"]]:
                row["related_docs"].append(r)
    out: dict[str, list[dict]] = {}
    for (doc, _), row in sorted(rows.items()):
        if len(row["related_docs"]) > 1:   # one finding met through several copies of the other report
            row["message"] += f"（同一内容另见：{'、'.join(r['doc'] for r in row['related_docs'][1:])}）"
        row["related"] = "；".join(r["location"] if r["location"].startswith(r["doc"]) else f"{r['doc']}：{r['location']}"
                                  for r in row["related_docs"])
        out.setdefault(doc, []).append(row)
    return out
