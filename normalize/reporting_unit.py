"""The reporting unit (单位) of a document, where the table readers (tables.py) named none.

The checks across documents need it (rules/cross.py): a report without its unit's name is not
compared for copies (JX902) and links no (unit, project, year) group (JX901). Only where the
name is plainly stated, in this order:

1. a label and its value in a table row: 实施单位 / 项目实施单位 (also 实施单位(盖章) and
   实施单位/项目负责人 → the part before the slash), 单位名称 / 预算单位名称 / 部门(单位)名称 / 部门名称,
   填报单位; the plain 主管部门 / 项目主管单位 only when no such label is there (a 主管部门 names
   the supervising department of several units' projects). A level before the label (中央 /
   省级 / 市县 / 自治区主管部门) names another government's department, never the reporter:
   left out;
2. the same labels in a paragraph, followed by a colon, or by spaces in text that lost its
   table (项目实施单位 广水市城投公司 项目主管单位 …);
3. a report's title that starts with the unit's name and the year: 岳阳市城市管理监督指挥中心
   2018绩效评价自评报告, 南县财政局2020年度机关整体支出绩效评价报告.

A value is a unit's name when it is 3 to 40 characters and ends as an organization's name does
(局, 厅, 中心, 学校, 委员会, 公司 …); a masked (****) or blank value is none.
"""
from __future__ import annotations

import unicodedata

import regex as re

from jixiao.extract.errors import fallback_unless_oom

ORG_END = re.compile(r"(?:局|厅|委员会|委|办公室|办|中心|院|学校|校|大学|所|站|馆|队|会|处|室|部|公司|集团|社|联|政府|"
                     r"园|场|台|行|署|司|庭|监狱|医院|学会|协会|基金会|分局|支队|大队|中队|街道|镇|乡)$")
_SPACE = re.compile(r"\s+")
_BRACKETED = re.compile(r"[(（][^()（）]{0,6}[)）]")   # (盖章), （签章）
PRIMARY = ("实施单位", "项目实施单位", "单位名称", "预算单位名称", "部门名称", "填报单位", "项目单位", "自评单位")
SECONDARY = ("主管部门", "项目主管部门", "项目主管单位", "主管单位")
_LABEL_TEXT = "|".join(sorted({*PRIMARY, *SECONDARY, "部门[(（]单位[)）]名称", "单位[(（]部门[)）]名称"}, key=len, reverse=True))
PARAGRAPH_LABEL = re.compile(
    rf"(?<![央省市县级区治])({_LABEL_TEXT})\s*(?:[(（](?:盖章|签章|公章)[)）])?\s*(?:[：:]\s*|\s+)([^\s:：|/]{{3,40}})")
TITLE = re.compile(r"^\s*(?:标题[：:])?\s*([^\s0-9:：|]{3,40}?)\s*(20\d\d)\s*年?度?.{0,60}?(?:自评|绩效评价|评价报告)")


def _label(text: str) -> str:
    """A label cell as compared: NFKC, no spaces, (盖章) and the like dropped."""
    return _BRACKETED.sub("", _SPACE.sub("", unicodedata.normalize("NFKC", text or "")))


def plausible(value: str | None) -> str | None:
    """The value as a unit's name, or None."""
    v = _SPACE.sub("", unicodedata.normalize("NFKC", value or "")).strip("：:，,。;；")
    if not 3 <= len(v) <= 40 or "*" in v or re.search(r"[0-9]{3,}", v):
        return None
    return v if ORG_END.search(v) else None


def _label_kind(cell: str) -> str | None:
    label = _label(cell)
    head = label.split("/", 1)[0]   # 实施单位/项目负责人
    if head in PRIMARY or (head.endswith("单位名称") and len(head) <= 9):
        return "primary"
    if head in SECONDARY:
        return "secondary"
    return None


def from_tables(doc) -> str | None:
    found: dict[str, str] = {}
    tables = None   # a document model without tables
    with fallback_unless_oom():
        tables = doc.tables()
    if tables is None:
        return None
    for t in tables:
        rows: dict[int, list] = {}
        for c in t.cells:
            rows.setdefault(c.row, []).append(c)
        for cells in rows.values():
            cells.sort(key=lambda c: c.col)
            for i, c in enumerate(cells):
                kind = _label_kind(c.text)
                if kind is None or kind in found:
                    continue
                value = next((x.text for x in cells[i + 1:] if x.text.strip() and x.text.strip() != c.text.strip()), "")
                if "/" in _label(c.text):
                    value = re.split(r"[/／]", value, 1)[0]
                if (v := plausible(value)):
                    found[kind] = v
    return found.get("primary") or found.get("secondary")


def from_paragraphs(texts: list[str]) -> str | None:
    found: dict[str, str] = {}
    for t in texts:
        for m in PARAGRAPH_LABEL.finditer(unicodedata.normalize("NFKC", t)):
            kind = _label_kind(m.group(1))
            if kind and kind not in found and (v := plausible(m.group(2))):
                found[kind] = v
        if "primary" in found:
            break
    return found.get("primary") or found.get("secondary")


def from_title(texts: list[str]) -> str | None:
    for t in texts[:8]:
        t = unicodedata.normalize("NFKC", t)
        if (m := TITLE.match(t)) and (v := plausible(m.group(1))):
            return v
    return None


def read_unit(doc, paragraphs: list[str]) -> str | None:
    """The unit's name where a table, a labelled line or the title states it plainly."""
    return from_tables(doc) or from_paragraphs(paragraphs) or from_title(paragraphs)
