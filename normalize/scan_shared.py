"""A scan's 分值 / 得分 cell merged down over rows of several level groups (1812.scan: 6 over the last two 数量 rows
and the 质量 row, equal neighbours typed once). On a text format the merge is the form's and each covered row's
figure (IndicatorRow._shared_points); on a scan the span may be a rule OCR did not see, so the cell is read on its
first row only while reading. The stated totals are the evidence: where every row then has the figure and the
rows' figures with the fund's make the 总分 the form states, the shared reading is the form's and is taken, noted;
else each row below the span's first is said unread, the cell named."""
from .quantity import plain
from .records import DocRecords

_NAMES = {"weight": ("分值", "总分"), "score": ("得分", "总得分")}


def shared_scan_points(recs: DocRecords) -> None:
    if not recs.scan_shared:
        return
    for p in recs.projects:
        by_row = {(i.loc.table, i.loc.row): i for i in p.indicators if i.loc is not None}
        for field, (name, whole) in _NAMES.items():
            cands = [(by_row[(tb, r)], f, where) for tb, r, fd, f, where in recs.scan_shared
                     if fd == field and (tb, r) in by_row and getattr(by_row[(tb, r)], field) is None]
            if not cands:
                continue
            stated = p.total_weight_stated if field == "weight" else p.total_score_stated
            fund = p.fund_weight if field == "weight" else p.fund_score
            filled = {id(i): f for i, f, _ in cands}
            values = [(filled[id(i)] if id(i) in filled else getattr(i, field)) for i in p.indicators]
            total = None
            if stated is not None and stated.value is not None and all(v is not None and v.value is not None
                                                                      for v in values):
                total = sum(v.value for v in values) + (fund.value if fund is not None and fund.value is not None else 0)
            if total is not None and total == stated.value:
                for i, f, where in cands:
                    setattr(i, field, f)
                    said = (f"{name}一格合并于{where}，跨指标分组（扫描件），按各行相同读取：各行{name}与资金{name}"
                            f"之和 {plain(total):f} 与表中所写{whole}一致")
                    i.note = "；".join(x for x in (i.note, said) if x)
                continue
            why = f"与表中所写{whole}不一致" if total is not None else f"无从与所写{whole}印证"
            for i, f, where in cands:
                recs.warnings.append(f"{f.loc.describe()}：{name}一格合并于{where}，跨指标分组；扫描件上的合并也可能是未识别出的"
                                     f"表格线，按各行相同读取时各行{name}之和{why}，“{i.level3}”一行{name}未读取，请核对原件")
