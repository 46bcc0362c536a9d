"""extract/alternate_lines.py: a form copied as label / value lines, its groups' labels recurring."""
from extract.alternate_lines import alternate_lines
from extract.text_reader import read_text

_GROUP = ["一级指标", "产出指标", "二级指标", "数量指标", "三级指标", "{name}", "年度指标值", "{target}",
          "实际完成值", "{actual}", "分值", "8", "得分", "{score}"]


def _form() -> str:
    out = ["【审批】项目支出绩效自评表", "审批编号：2024001", "", "项目名称", "某县某项目", "主管部门", "某县农业农村局",
           "金额单位", "万元", ""]
    for n, (name, target, actual, score) in enumerate([("新建基地", "≥30亩", "31亩", "8"),
                                                        ("培训农户", "≥50人次", "40人次", "6.4"),
                                                        ("设施验收合格率", "100%", "100%", "8")], 1):
        group = [x.format(name=name, target=target, actual=actual, score=score) for x in _GROUP]
        if n == 2:
            group += ["偏差原因", "天气原因"]     # a field one group has, left out of the others
        out += [f"绩效指标({n})", *group, ""]
    out += ["总分", "100", "自评得分", "98.4"]
    return "\n".join(out) + "\n"


def test_groups_of_alternate_label_and_value_lines_whose_labels_recur_are_one_table():
    text, order = alternate_lines(_form(), None)
    lines = text.split("\n")
    head = lines.index("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |")
    assert lines[head - 1] == "绩效指标(1)"
    assert lines[head + 1] == "| 产出指标 | 数量指标 | 新建基地 | ≥30亩 | 31亩 | 8 | 8 |  |"
    assert lines[head + 2] == "| 产出指标 | 数量指标 | 培训农户 | ≥50人次 | 40人次 | 8 | 6.4 | 天气原因 |"
    assert "项目名称：某县某项目" in lines and "自评得分：98.4" in lines and "绩效指标(3)" in lines
    src = _form().split("\n")
    assert src[order[head + 2] - 1] == "产出指标"     # each row at its group's first value line
    assert src[order[lines.index("项目名称：某县某项目")] - 1] == "项目名称"


def test_alternate_lines_without_recurring_groups_are_left_as_they_came():
    text = "项目名称\n某县某项目\n主管部门\n某县农业农村局\n\n说明\n本项目按计划实施。\n"
    assert alternate_lines(text, None) == (text, None)
    one = "\n".join(_form().split("\n")[:26]) + "\n"     # the project's fields and one group: nothing recurs
    assert alternate_lines(one, None) == (one, None)
    # a table's cells copied one a line: its header repeated over each part is no group of labels and values
    header = "一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n偏差原因\n"
    cells = header + "\n" + header + "\n" + header
    assert alternate_lines(cells, None) == (cells, None)


def test_a_form_copied_as_alternate_lines_reads_its_indicators_as_a_table():
    doc = read_text("f.txt", _form().encode("utf-8"), "0")
    rows = [r for t in doc.tables() for r in t.grid()]
    assert ["产出指标", "数量指标", "培训农户", "≥50人次", "40人次", "8", "6.4", "天气原因"] in rows


def test_pairs_each_parted_by_a_blank_line_are_read_as_their_groups_and_the_forms_own_fields():
    """An approval export that parts EVERY pair by a blank line (label, value, blank): no group is a run of lines,
    so the blank lines between two-line runs are taken out; the last group's trailing pairs that no other group
    writes (总分, 自评得分) are the form's own fields, not columns of the last row; the pairs after a title line
    heading no table (表单内容) are read as label：value lines, each line at its source."""
    out = ["【审批】项目支出绩效自评表", "审批编号：2024001", "", "表单内容", "", "项目名称", "某县某项目", "",
           "主管部门", "某县农业农村局", ""]
    for n, (name, target, actual, score) in enumerate([("新建基地", "≥30亩", "31亩", "8"),
                                                        ("培训农户", "≥50人次", "40人次", "6.4")], 1):
        group = [x.format(name=name, target=target, actual=actual, score=score) for x in _GROUP]
        out += [f"绩效指标({n})", ""]
        for k in range(0, len(group), 2):
            out += [group[k], group[k + 1], ""]
    out += ["总分", "100", "", "自评得分", "98.4", ""]
    src = "\n".join(out) + "\n"
    text, order = alternate_lines(src, None)
    lines = text.split("\n")
    head = lines.index("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |")
    assert lines[head + 2] == "| 产出指标 | 数量指标 | 培训农户 | ≥50人次 | 40人次 | 8 | 6.4 |"
    assert "项目名称：某县某项目" in lines and "总分：100" in lines and "自评得分：98.4" in lines
    assert src.split("\n")[order[lines.index("主管部门：某县农业农村局")] - 1] == "主管部门"
    # one pair a run with nothing recurring stays as it came
    plain = "项目名称\n某县某项目\n\n主管部门\n某县农业农村局\n"
    assert alternate_lines(plain, None) == (plain, None)
    # pairs apart under no title line (a report's project heads, repeated per project): nothing says where a group
    # starts, so they are no table and stay as they came
    heads = "".join(f"项目绩效目标完成情况表\n（第{n}个）\n\n项目名称\n项目{n}\n\n预算单位\n某县某局\n\n说明 {n} 项。\n\n"
                    for n in range(1, 4))
    assert alternate_lines(heads, None) == (heads, None)
