"""Records as pandas DataFrames: the columns of indicators.csv, projects.csv and lists.csv."""
from __future__ import annotations

from decimal import Decimal

import pandas as pd

from .quantity import money_scale
from .records import DocRecords, Figure



# Operators as the CSVs write them: words no spreadsheet reads as a formula (a leading "=" or
# ">=" would be escaped with "'" against formula injection), so a script compares plain strings.
OP_CODES = {"=": "eq", ">=": "ge", "<=": "le", ">": "gt", "<": "lt", "approx": "approx", "range": "range",
            "qualitative": "qualitative", "deadline": "deadline", "empty": "empty"}


def op_code(op: str) -> str:
    return OP_CODES.get(op, op)


def _num(f: Figure | None, scale: Decimal = Decimal(1)) -> str:
    """A figure's value as text, exactly (Decimal, no float), in the given unit."""
    if f is None or f.value is None:
        return ""
    return _plain(f.value / scale)


def _plain(d: Decimal) -> str:
    s = format(d.normalize(), "f") if d == d.to_integral() else format(d, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def _loc(f) -> str:
    return f.loc.describe() if f is not None else ""


# The fields of an indicator row whose cells `columns` names, in the CSV's order.
COLUMN_FIELDS = ("target", "actual", "weight", "score", "deduction", "coefficient", "weight_share", "converted_score",
                 "item_score", "group_score", "group_weight")


def _columns(i) -> str:
    """Where in the row each field was read: "name=2;target=3;actual=4" with each cell's 0-based grid
    column (as `row` counts rows). A field with no cell, or a cell with no grid column (a row
    rebuilt from cells one per line: see `line`), is left out; a score worked out from another
    cell (扣分, 得分率, 满分) names that cell, as its note says."""
    located = [("name", i.name_loc)] + [(k, f.loc) for k in COLUMN_FIELDS if (f := getattr(i, k)) is not None]
    return ";".join(f"{k}={loc.col}" for k, loc in located if loc is not None and loc.col is not None)


def records_frames(all_recs: list[DocRecords]) -> dict[str, pd.DataFrame]:
    projects, indicators, lists, figures = [], [], [], []
    for recs in all_recs:
        for p in recs.projects:
            scale = money_scale(p.money_unit)
            projects.append({
                "doc": recs.doc, "project": p.name or "", "unit": p.unit or "",
                "department": p.department or "", "agency": p.agency or "", "year": p.year or "",
                "money_unit": p.money_unit,
                "budget_initial": _num(p.budget_initial, scale), "budget_full_year": _num(p.budget_full_year, scale),
                "arrived": _num(p.arrived, scale), "executed": _num(p.executed, scale),
                "exec_rate_stated": _num(p.exec_rate_stated),
                "fund_weight": _num(p.fund_weight), "fund_score": _num(p.fund_score),
                "fund_deduction": _num(p.fund_deduction),
                "total_weight_stated": _num(p.total_weight_stated), "total_score_stated": _num(p.total_score_stated),
                "total_deduction_stated": _num(p.total_deduction_stated),
                # points outside the 100, each as written with its cell (a list: no one figure to put in `raw`)
                "beyond_points": "；".join(f"{f.raw}（{f.loc.describe()}）" for f in p.beyond_points),
                "grade_stated": p.grade_stated or "", "scoring_model": p.scoring_model, "scoring_rule": p.scoring_rule,
                "indicators": len(p.indicators),
                "location": p.loc.describe() if p.loc else "",
                "department_location": p.department_loc.describe() if p.department_loc else "",
                "agency_location": p.agency_loc.describe() if p.agency_loc else "",
                "raw": " | ".join(f"{k}={f.raw}" for k, f in (
                    ("年初预算数", p.budget_initial), ("全年预算数", p.budget_full_year), ("到位数", p.arrived),
                    ("执行数", p.executed), ("执行率", p.exec_rate_stated), ("分值", p.fund_weight), ("得分", p.fund_score),
                    ("扣分", p.fund_deduction), ("总分", p.total_score_stated), ("合计扣分", p.total_deduction_stated))
                    if f is not None) +
                       # a name read from the title: the title as written and where it stands
                       (f" | 名称取自标题={p.name_raw}（{p.name_loc.describe()}）" if p.name_raw and p.name_loc else ""),
            })
            for i in p.indicators:
                row = {"doc": recs.doc, "project": p.name or "", "level1": i.level1 or "", "level2": i.level2 or "",
                       "level1_raw": i.level1_raw, "level2_raw": i.level2_raw, "level3": i.level3,
                       "level3_key": i.level3_key}
                for side, f in (("target", i.target), ("actual", i.actual)):
                    q = f.q
                    row.update({f"{side}_raw": q.raw, f"{side}_op": op_code(q.op),
                                f"{side}_value": _plain(q.value) if q.value is not None else "",
                                f"{side}_unit": q.unit, f"{side}_places": "" if q.places is None else q.places,
                                f"{side}_date": q.date or ""})
                # the part of the year the result covers (1-6月): a shortfall so far, no miss of the year's target
                row["actual_period"] = i.actual_period or ""
                row.update({"weight": _num(i.weight), "score": _num(i.score), "deduction": _num(i.deduction),
                            "coefficient": _num(i.coefficient),
                            "weight_share": _num(i.weight_share), "converted_score": _num(i.converted_score),
                            "item_score": _num(i.item_score), "group_score": _num(i.group_score),
                            "group_weight": _num(i.group_weight),
                            "core": i.core or "", "polarity": i.polarity or "",
                            "reason": i.reason or "", "note": i.note,
                            "ocr_confidence": "" if i.ocr_confidence is None else f"{i.ocr_confidence:.3f}",
                            "location": i.loc.describe(), "page": i.loc.page or "",
                            # a row rebuilt from cells one per line is located by its lines, not a table
                            "table": "" if i.loc.table is None else i.loc.table,
                            "row": "" if i.loc.row is None else i.loc.row, "line": i.actual.loc.line or "",
                            "columns": _columns(i)})
                indicators.append(row)
        for f in recs.prose:
            figures.append({"doc": recs.doc, "subject": f.subject, "role": f.role, "indicator": f.indicator,
                            "raw": f.q.raw, "op": op_code(f.q.op),
                            "value": _plain(f.q.value) if f.q.value is not None else "", "unit": f.q.unit,
                            "places": "" if f.q.places is None else f.q.places, "sentence": f.sentence,
                            "location": f.loc.describe()})
        for lt in recs.lists:
            scale = money_scale(lt.money_unit)
            for it in lt.items:
                lists.append({"doc": recs.doc, "list": lt.title, "kind": "item", "serial": it.serial, "date": it.date,
                              "purpose": it.purpose, "amount": _num(it.amount, scale), "money_unit": lt.money_unit,
                              "raw": it.amount.raw if it.amount else "", "location": it.loc.describe()})
            for st in lt.subtotals:
                lists.append({"doc": recs.doc, "list": lt.title, "kind": "subtotal", "serial": "", "date": "",
                              "purpose": "小计", "amount": _num(st.amount, scale), "money_unit": lt.money_unit,
                              "raw": st.amount.raw, "location": st.amount.loc.describe()})
            if lt.total is not None:
                lists.append({"doc": recs.doc, "list": lt.title, "kind": "total", "serial": "", "date": "",
                              "purpose": "合计", "amount": _num(lt.total, scale), "money_unit": lt.money_unit,
                              "raw": lt.total.raw, "location": lt.total.loc.describe()})
    cols = {
        "projects": ["doc", "project", "unit", "department", "agency", "year", "money_unit", "budget_initial", "budget_full_year", "arrived",
                     "executed", "exec_rate_stated", "fund_weight", "fund_score", "fund_deduction",
                     "total_weight_stated", "total_score_stated", "total_deduction_stated", "beyond_points", "grade_stated",
                     "scoring_model", "scoring_rule", "indicators", "location", "department_location",
                     "agency_location", "raw"],
        "lists": ["doc", "list", "kind", "serial", "date", "purpose", "amount", "money_unit", "raw", "location"],
        "figures": ["doc", "subject", "role", "indicator", "raw", "op", "value", "unit", "places", "sentence",
                    "location"],
    }
    return {"projects": pd.DataFrame(projects, columns=cols["projects"]),
            "indicators": pd.DataFrame(indicators),
            "lists": pd.DataFrame(lists, columns=cols["lists"]),
            "figures": pd.DataFrame(figures, columns=cols["figures"])}
