"""A spreadsheet's error value in an indicator's cell (normalize.error_values): said, the row kept as read."""
from jixiao.extract import read_document
from jixiao.normalize import normalize_document


def _sheet(tmp_path, target):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "2023年某县食品安全监管项目"])
    ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])
    ws.append(["产出指标", "数量指标", "食品安全监督抽检批次", "≥1200批次", "1260批次", 10, 10])
    ws.append(["效益指标", "社会效益指标", "重大食品安全事故发生数", target, "0起", 10, 10])
    path = tmp_path / "errors.xlsx"
    wb.save(path)   # openpyxl writes #NAME? as an error cell (t="e"), as Excel stores a failed formula's result
    return normalize_document(read_document(path))


def test_an_error_value_where_a_target_stands_is_said(tmp_path):
    recs = _sheet(tmp_path, "#NAME?")
    row = recs.indicators[1]
    assert row.target.raw == "#NAME?"
    said = [w for w in recs.warnings if "错误值" in w]
    assert len(said) == 1 and "重大食品安全事故发生数" in said[0] and "#NAME?" in said[0], recs.warnings


def test_a_target_with_a_hash_in_its_words_is_no_error_value(tmp_path):
    recs = _sheet(tmp_path, "#1片区零事故")
    assert not any("错误值" in w for w in recs.warnings), recs.warnings
