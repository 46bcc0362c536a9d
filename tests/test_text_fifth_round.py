"""Text as it comes, fifth round (issue 21): letter-spaced text, wiki table markup, a screen
reader's cell-by-coordinates export, a DOS print's hard wraps, a chat log around a form."""
from jixiao.extract import read_document
from jixiao.normalize import normalize_document


def _rows(path):
    recs = normalize_document(read_document(path))
    return recs, [(i.level3, i.target.raw, i.actual.raw, str(i.weight.value), str(i.score.value))
                  for i in recs.indicators]

LETTER_SPACED = """项 目 支 出 绩 效 自 评 表
项 目 名 称 ： 2023 年 某 某 市 示 范 项 目
一 级 指 标  二 级 指 标   三 级 指 标  年 度 指 标 值    实 际 完 成 值   分 值  得 分     偏 差 原 因
产 出 指 标   数 量 指 标  培 训 农 民 人 数    ≥12 万 人  12.6 万 人  8   8
建 设 示 范 基 地  ≥200 个   216 个  5    5
效 益 指 标   社 会 效 益 指 标  带 动 就 业 率  ≥80%   76%  8    7.6   部 分 农 户 外 出 务 工
"""


def test_letter_spaced_text_is_read_without_its_spacing(tmp_path):
    """One space between every two characters is spacing: taken out beside CJK, gaps of two or more kept."""
    f = tmp_path / "r.txt"
    f.write_text(LETTER_SPACED, encoding="utf-8")
    recs, rows = _rows(f)
    assert rows == [("培训农民人数", "≥12万人", "12.6万人", "8", "8"), ("建设示范基地", "≥200个", "216个", "5", "5"),
                    ("带动就业率", "≥80%", "76%", "8", "7.6")]
    assert recs.indicators[-1].reason == "部分农户外出务工"
    assert recs.projects[0].name == "2023年某某市示范项目"


def test_a_few_spaced_characters_are_no_letter_spacing(tmp_path):
    """A spaced title over ordinary text: the text's own spaces stay."""
    f = tmp_path / "r.txt"
    f.write_text("绩 效 自 评 表\n项目名称：某某项目 二期\n完成情况：已完成 8 8 项\n", encoding="utf-8")
    d = read_document(f)
    assert [p.text for p in d.paragraphs()] == ["绩 效 自 评 表", "项目名称：某某项目 二期", "完成情况：已完成 8 8 项"]
