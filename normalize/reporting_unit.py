"""The reporting unit (单位) of a document, where the table readers (tables.py) named none.

The checks across documents need it (rules/cross.py): a report without its unit's name is not
compared for copies (JX902) and links no (unit, project, year) group (JX901). Only where the
name is plainly stated, in this order:

1. a label and its value in a table row, then in a paragraph (followed by a colon, by spaces in
   text that lost its table: 项目实施单位 广水市城投公司 项目主管单位 …, or glued to its value in a
   line of labels that is no sentence: 主管部门兰西县农业农村局 实施单位兰西县…). Three kinds of label:
   the department in charge (ROLE_LABEL: 主管部门 / 项目主管单位 / 预算部门), the implementing unit
   (实施单位 / 项目执行单位; 实施单位(盖章), and 实施单位/项目负责人 → the part before the slash), and the
   unit the form names as its own (单位名称 / 预算单位名称 / 部门(单位)名称 / 填报单位 …). A level
   before the label (中央 / 省级 / 市县 / 自治区主管部门) names another government's department,
   never the reporter: left out. The unit is (`choose`) the department where the form names both
   a department and an implementing unit (a project form: the department answers for the money and
   reports; the expected records of corpus/native and corpus/constructed name it so), else the unit
   the form names as its own, else the department, else the implementing unit;
2. a report's title that starts with the unit's name and the year: 岳阳市城市管理监督指挥中心
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
# The department in charge or the implementing unit by its label's grammar: 项目, the role's word and
# 部门 / 单位 / 机构, 名称 (项目主管单位, 项目执行机构, 项目承担单位, 实施单位名称, 组织实施单位). A budget system's
# words for the two: the 一级预算单位 answers to the treasury for the money (the department in charge), a 二级 / 三级
# 预算单位 under it does the work (1852: 一级预算单位 | 某局 | 二级预算单位 | 某中心); 一级预算单位名称 alone names the
# form's own unit (unit_name_label), no role. The department's role may be said by what it does: 业务主管 (the line of
# business it is in charge of, 1891: 业务主管部门) or 归口（管理） (the money put under it, 1890: 归口管理部门); the
# agency's by the money it spends: 预算执行单位 (1888), 预算 before 执行 as 组织 before 实施. Whose charge the department's
# is may be said too: the budget's (1924: 预算主管部门) or the money's (1927: 资金管理部门, 资金 before 管理 or 主管; 管理
# 部门 alone is no role). The agency may be the unit that answers for the project (1924: 项目负责单位, 负责 beside 实施 /
# 执行 / 承担; 负责人 is a person) or that leads the work (1929: 牵头单位, a unit only: a 牵头部门 may be a department).
# The agency's role may be said by what it does with the project or its money: undertakes it (1965: 承办单位, as
# 承担), builds it (1960: 项目建设单位, a unit only: a 建设部门 may be the department of construction) or draws the
# money (1962: 用款单位); the department's by the money it pays down (1963: 资金拨付单位 / 部门, 资金 before 拨付 as
# before 管理; 拨付单位 alone may be the treasury's). The agency may be named as the unit the project is the
# responsibility of (1984: 项目责任单位, a unit only, as 牵头: a 责任部门 may be the department answering for it).
_DEPARTMENT = (r"(?:业务|预算)?主管(?:部门|单位)|资金(?:管理|主管)部门|资金拨付(?:部门|单位)|归口(?:管理)?(?:部门|单位)|"
               r"预算部门|一级预算单位(?!名称)")
_AGENCY = (r"(?:组织|预算)?(?:实施|执行|承担|承办|负责)(?:单位|部门|机构)|(?:牵头(?:实施)?|建设|用款|责任)单位|"
           r"[二三]级预算单位(?!名称)")
# Anchored: a level before it (省级主管部门) is another government's.
ROLE_LABEL = re.compile(rf"^(?:项目)?(?:(?P<department>{_DEPARTMENT})|(?P<agency>{_AGENCY}))(?:名称)?$")
# The unit the form names as its own: 单位名称 / 预算单位名称 / 部门（单位）名称, 填报单位 / 自评单位 / 项目单位.
NAMED_LABEL = r"(?:(?:预算)?单位|部门|部门[(（]单位[)）]|单位[(（]部门[)）])名称|(?:填报|自评|项目)单位"
# Any unit label as it stands in a line (normalize's NAME_PAIR ends a value where one begins).
LABEL_TEXT = rf"(?:项目)?(?:{_DEPARTMENT}|{_AGENCY})(?:名称)?|{NAMED_LABEL}"
# The label, then a colon, spaces, or nothing (a label glued to its value), then the value up to a space
# or the next label.
PARAGRAPH_LABEL = re.compile(
    rf"(?<![央省市县级区治])({LABEL_TEXT})\s*(?:[(（](?:盖章|签章|公章)[)）])?(?P<sep>\s*[：:]\s*|\s+|)"
    rf"((?:(?!{LABEL_TEXT})[^\s:：|/]){{3,40}})")
# Sentence punctuation: a label glued to what follows it in a sentence (实施单位为某局) is no form line.
_SENTENCE = re.compile(r"[，。；,;、]")
TITLE = re.compile(r"^\s*(?:标题[：:])?\s*([^\s0-9:：|]{3,40}?)\s*(20\d\d)\s*年?度?.{0,60}?(?:自评|绩效评价|评价报告)")


def _label(text: str) -> str:
    """A label cell as compared: NFKC, no spaces, (盖章) and the like dropped."""
    return _BRACKETED.sub("", _SPACE.sub("", unicodedata.normalize("NFKC", text or "")))


def _written(value: str | None, most: int) -> str | None:
    """The value as written (NFKC, spaces and edge punctuation dropped), or None where it is no name:
    shorter than 3 or longer than `most` characters, masked (****), or holding a figure (a date, a code)."""
    v = _SPACE.sub("", unicodedata.normalize("NFKC", value or "")).strip("：:，,。;；")
    if not 3 <= len(v) <= most or "*" in v or re.search(r"[0-9]{3,}", v):
        return None
    return v


def plausible(value: str | None) -> str | None:
    """The value as a unit's name, or None."""
    v = _written(value, 40)
    return v if v and ORG_END.search(v) else None


# The kind of organization a unit's name ends as, its head noun: a government's ORGAN (局, 厅, 委员会, 办公室, 部,
# 政府: a department that answers for a budget line) or an INSTITUTION (中心, 站, 所, 院, 队, 馆, 学校, 公司, 场: a unit
# that does the work under an organ).
ORGAN_END = re.compile(r"(?:局|厅|委员会|委|办公室|部|政府)$")
INSTITUTION_END = re.compile(r"(?:中心|站|所|院|队|馆|学校|校|大学|公司|场)$")


def ranked(units: list[str]) -> tuple[str, str] | None:
    """(department, agency) of a project's two units' names where no label says which is which, by each name's head
    noun alone: the organ the department in charge, the institution the implementing unit; None unless the two are
    one of each."""
    if len(units) != 2:
        return None
    organs = [u for u in units if ORGAN_END.search(u)]
    bodies = [u for u in units if INSTITUTION_END.search(u) and not ORGAN_END.search(u)]
    return (organs[0], bodies[0]) if len(organs) == 1 and len(bodies) == 1 else None


def label_role(cell: str) -> str | None:
    """"department" or "agency" where a label cell names the department in charge or the implementing
    unit (实施单位/项目负责人: the part before the slash), else None."""
    m = ROLE_LABEL.match(_label(cell).split("/", 1)[0])
    return None if m is None else "department" if m.group("department") else "agency"


_NAMED = re.compile(NAMED_LABEL)   # asked of every label cell of every reading: compiled once


def _label_kind(cell: str) -> str | None:
    """department / agency / named (the unit the form names as its own), or None."""
    if (role := label_role(cell)) is not None:
        return role
    head = _label(cell).split("/", 1)[0]
    if _NAMED.fullmatch(head) or unit_name_label(head):
        return "named"
    return None


def unit_name_label(cell: str) -> bool:
    """A label of the unit's name by its head noun, whatever level or kind words stand before it (单位名称,
    预算单位名称, 区级预算单位名称)."""
    head = _label(cell)
    return head.endswith("单位名称") and len(head) <= 9


def choose(department: str | None, agency: str | None, named: str | None) -> str | None:
    """The reporting unit of what a form names (see the module's docstring)."""
    if department and agency:
        return department
    return named or department or agency


def named_value(value: str | None) -> str | None:
    """A department's or an implementing unit's name as written (spaces dropped), or None where the
    cell holds none: masked (****), blank, a date or a figure, no two Han characters."""
    v = _written(value, 60)
    return v if v and len(re.findall(r"\p{Han}", v)) >= 2 else None


def labelled(doc, texts=None) -> dict[str, list[tuple[str, object]]]:
    """kind -> [(value, location)] for every unit label the document's table rows, then its paragraphs
    (or `texts`, without locations), give a plausible value."""
    found: dict[str, list] = {}
    tables = None   # a document model without tables
    with fallback_unless_oom():
        tables = doc.tables()
    for t in tables or ():
        rows: dict[int, list] = {}
        for c in t.cells:
            rows.setdefault(c.row, []).append(c)
        for cells in rows.values():
            cells.sort(key=lambda c: c.col)
            for i, c in enumerate(cells):
                kind = _label_kind(c.text)
                if kind is None:
                    continue
                v = next((x for x in cells[i + 1:] if x.text.strip() and x.text.strip() != c.text.strip()), None)
                value = v.text if v is not None else ""
                if "/" in _label(c.text):
                    value = re.split(r"[/／]", value, 1)[0]
                if (value := plausible(value)):
                    found.setdefault(kind, []).append((value, v.loc))
    paragraphs = [(b.text, b.loc) for b in doc.paragraphs()] if texts is None else [(t, None) for t in texts]
    for text, loc in paragraphs:
        text = unicodedata.normalize("NFKC", text)
        for m in PARAGRAPH_LABEL.finditer(text):
            kind = _label_kind(m.group(1))
            if not m.group("sep") and _SENTENCE.search(text):
                continue   # glued to its label in a sentence: 实施单位为… is no label
            if kind and (value := plausible(m.group(3))):
                found.setdefault(kind, []).append((value, loc))
    return found


def from_labels(doc, texts=None) -> str | None:
    found = labelled(doc, texts)
    first = {k: v[0][0] for k, v in found.items()}
    return choose(first.get("department"), first.get("agency"), first.get("named"))


def from_title(texts: list[str]) -> str | None:
    for t in texts[:8]:
        t = unicodedata.normalize("NFKC", t)
        if (m := TITLE.match(t)) and (v := plausible(m.group(1))):
            return v
    return None


def read_unit(doc, paragraphs: list[str]) -> str | None:
    """The unit's name where a table, a labelled line or the title states it plainly."""
    return from_labels(doc, paragraphs) or from_title(paragraphs)
