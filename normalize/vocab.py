"""The canonical indicator hierarchy and the words that recognise tables and rows."""
from __future__ import annotations

import regex as re

from extract import normalize_ws

LEVEL1 = {
    "产出指标": ["产出指标", "产出", "项目完成指标", "项目完成"],
    "效益指标": ["效益指标", "效益", "项目效益指标", "效果指标"],
    "满意度指标": ["满意度指标", "满意度", "服务对象满意度"],
    "成本指标": ["成本指标"],
}
LEVEL2 = {
    "数量指标": ("产出指标", ["数量指标", "数量"]),
    "质量指标": ("产出指标", ["质量指标", "质量"]),
    "时效指标": ("产出指标", ["时效指标", "时效"]),
    "成本指标": ("产出指标", ["成本指标", "成本"]),
    "经济效益指标": ("效益指标", ["经济效益指标", "经济效益", "经济指标"]),
    "社会效益指标": ("效益指标", ["社会效益指标", "社会效益", "社会指标"]),
    "生态效益指标": ("效益指标", ["生态效益指标", "生态效益", "生态指标", "环境效益指标"]),
    "可持续影响指标": ("效益指标", ["可持续影响指标", "可持续影响", "可持续指标"]),
    "服务对象满意度指标": ("满意度指标", ["服务对象满意度指标", "服务对象满意度", "满意度指标", "满意度",
                                   "服务对象", "具体指标"]),
    "经济成本指标": ("成本指标", ["经济成本指标", "经济成本"]),
    "社会成本指标": ("成本指标", ["社会成本指标", "社会成本"]),
    "生态环境成本指标": ("成本指标", ["生态环境成本指标", "生态环境成本"]),
}

_WEIGHT_NOTE = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]")


def bare(text: str) -> str:
    """A label without whitespace or a '(20 分)' weight note."""
    return _WEIGHT_NOTE.sub("", normalize_ws(text or ""))


def canonical_level1(raw: str) -> str | None:
    b = bare(raw)
    for name, variants in LEVEL1.items():
        if b in variants:
            return name
    return None


def canonical_level2(raw: str, level1: str | None = None) -> tuple[str | None, str | None]:
    """(canonical level 2, its level 1). 成本指标 under 成本指标 is the 2021+ template's 经济成本."""
    b = bare(raw)
    for name, (parent, variants) in LEVEL2.items():
        if b in variants:
            if level1 == "成本指标" and parent == "产出指标":
                return "经济成本指标", "成本指标"
            if level1 and level1 != parent and b in ("满意度指标", "满意度") and level1 != "满意度指标":
                continue
            return name, parent
    return None, None


STOP_LABELS = ("总分", "合计", "偏差", "改进措施", "项目名称", "年度总体目标", "备注", "说明", "主管部门",
               "未完成原因", "原因分析", "预算执行情况", "项目资金", "评价人员", "年度目标完成情况")
GRADE = re.compile(r"(?:等级|等次|评价结果|评级)\s*(?:为|是|：|:)?\s*[“\"「『]?\s*([优良中差])")
