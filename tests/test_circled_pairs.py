"""Targets and results in two run-on paragraphs per level 1, matched only by circled numbers (年度目标：数量指标：①…；
完成情况：①…，得10分；…; normalize.circled_pairs). Passages made up in the shape of corpus/native 1915."""
from decimal import Decimal

from jixiao.extract import read_document
from jixiao.normalize import normalize_document

HEAD = "项目名称：2023年某县道路养护项目\n绩效指标完成情况\n"


def _read(tmp_path, text: str):
    path = tmp_path / "passage.txt"
    path.write_text(HEAD + text, encoding="utf-8")
    return normalize_document(read_document(path))


def _rows(recs):
    return [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
            for i in recs.indicators]


def test_targets_and_results_are_matched_by_their_circled_numbers(tmp_path):
    recs = _read(tmp_path, (
        "一、产出指标\n"
        "年度目标：数量指标：①养护道路里程≥120公里（20分）；②维修桥梁≥3座（10分）。"
        "时效指标：③完成时间2023年11月底前（5分）。\n"
        "完成情况：①126公里，得20分；②3座，得10分；③2023年11月20日，得5分。\n"
        "二、效益指标\n"
        "年度目标：可持续影响指标：④道路养护长效机制逐步健全（10分）。社会效益指标：⑤群众出行满意度≥90%（10分）。\n"
        "完成情况：④逐步健全，得10分；⑤93%，得10分。\n"))
    assert _rows(recs) == [
        ("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", Decimal(20), Decimal(20)),
        ("产出指标", "数量指标", "维修桥梁", "≥3座", "3座", Decimal(10), Decimal(10)),
        ("产出指标", "时效指标", "完成时间", "2023年11月底前", "2023年11月20日", Decimal(5), Decimal(5)),
        ("效益指标", "可持续影响指标", "道路养护长效机制", "逐步健全", "逐步健全", Decimal(10), Decimal(10)),
        ("效益指标", "社会效益指标", "群众出行满意度", "≥90%", "93%", Decimal(10), Decimal(10)),
    ]
    assert recs.unread_rows == 0


def test_a_target_paragraph_wrapped_onto_a_second_line_is_read_whole(tmp_path):
    # a PDF print breaks a long paragraph into lines: the line with no label goes on the target paragraph
    recs = _read(tmp_path, (
        "一、产出指标\n"
        "年度目标：数量指标：①养护道路里程≥120公里（20分）；②维修桥梁\n"
        "≥3座（10分）。\n"
        "完成情况：①126公里，得20分；②3座，得10分。\n"))
    assert [(i.level3, i.target.q.raw, i.actual.q.raw) for i in recs.indicators] == [
        ("养护道路里程", "≥120公里", "126公里"), ("维修桥梁", "≥3座", "3座")]


def test_a_number_written_twice_or_a_result_with_two_scores_is_counted_unread_and_named(tmp_path):
    # a scan's OCR reads ⑪ as ⑩ and drops a circle between two results: those items match nothing for sure
    recs = _read(tmp_path, (
        "一、产出指标\n"
        "年度目标：数量指标：①养护道路里程≥120公里（20分）；②维修桥梁≥3座（10分）；②新建候车亭≥5个（5分）。\n"
        "完成情况：①126公里，得20分；②3座，得10分；5个，得5分。\n"))
    assert [i.level3 for i in recs.indicators] == ["养护道路里程"]
    assert recs.unread_rows == 2 and any("圈码" in w and "未读取" in w for w in recs.warnings)


def test_targets_with_no_result_paragraph_are_counted_unread(tmp_path):
    recs = _read(tmp_path, (
        "一、产出指标\n"
        "年度目标：数量指标：①养护道路里程≥120公里（20分）；②维修桥梁≥3座（10分）。\n"
        "偏差说明：无。\n"))
    assert not recs.indicators
    assert recs.unread_rows >= 2 and any("未读取" in w for w in recs.warnings)
