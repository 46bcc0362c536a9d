"""Text as it comes, fiftieth round (set 1966-1971): a PowerShell data file (.psd1), an Erlang term file, an Emacs
Lisp data file: data literals of a language, read as the values they write."""
from jixiao.extract import read_document
from tests.text_rows import LEVELS, ROWS, body_rows, indicator_rows, levels, written

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]


def _rows():
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        yield [l1, l2, name, target, actual, weight, score, "降雨偏多，未达目标" if score != weight else ""]


def test_a_powershell_data_files_hashtables_read_as_their_keys_values(tmp_path):
    """One @{ } literal: quoted and bareword keys, a nested @{ }, an @( ) array of one-line hashtables with '; '
    between pairs, bare numbers, $null: nothing of the indicators was read and nothing said (1966)."""
    lines = ["\ufeff<#", "  某项目绩效自评表", "#>", "@{", "    '项目名称' = '某项目'", "    '主管部门' = '某县农业农村局'",
             "    '项目资金' = @{", "        '全年预算数' = 100.00", "        '全年执行数' = 98.00", "    }", "    '绩效指标' = @("]
    for r in _rows():
        pairs = [f"{h} = '{c}'" if h not in ("分值", "得分") else f"{h} = {c}" for h, c in zip(HEAD, r)]
        pairs[-1] = pairs[-1] if r[-1] else HEAD[-1] + " = $null"
        lines.append("        # " + r[0])
        lines.append("        @{ " + "; ".join(pairs) + " }")
    lines += ["    )", "    '总分' = 98.72", "}"]
    f = written(tmp_path, "\r\n".join(lines) + "\r\n")
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].department == "某县农业农村局"
    assert any("PowerShell" in w for w in read_document(f).warnings)


def test_an_erlang_term_files_maps_of_binaries_read_as_records(tmp_path):
    """{tag, #{…}}. terms, {indicator, N, #{…}} per row, texts <<"…"/utf8>>, <<>> empty, keys in term order: every
    indicator term said unread (1970)."""
    def b(s):
        return f'<<"{s}"/utf8>>' if s else "<<>>"
    lines = ["%% -*- coding: utf-8 -*-", "%% 某项目绩效自评表", "",
             '{report,#{<<"主管部门"/utf8>> => <<"某县农业农村局"/utf8>>,', '          <<"项目名称"/utf8>> => <<"某项目"/utf8>>}}.']
    for n, r in enumerate(_rows(), 1):
        mp = {h: (b(c) if h not in ("分值", "得分") else c) for h, c in zip(HEAD, r)}
        keys = sorted(mp, key=lambda k: k.encode("utf-8"))
        lines.append("{indicator,%d,#{" % n + ",\n  ".join(f"{b(k)} => {mp[k]}" for k in keys) + "}}.")
    f = written(tmp_path, "\n".join(lines) + "\n")
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].department == "某县农业农村局"
    assert any("Erlang" in w for w in read_document(f).warnings)


def test_an_emacs_lisp_files_alist_plist_and_org_table_read_as_values(tmp_path):
    """(defconst …) of an alist of dotted pairs, a plist of keywords and an org table as lisp (rows lists of strings,
    the head first, hline its rules, levels in a run's first row only): one run-together row said (1971)."""
    def row(cells):
        return "(" + " ".join('"' + c + '"' for c in cells) + ")"
    lines = [";;; r.el --- 某项目  -*- lexical-binding: t -*-", ";;; Code:",
             "(defconst r-head", "  '((项目名称 . \"某项目\")", "    (主管部门 . \"某县农业农村局\"))", "  \"基本情况.\")",
             "(defconst r-fund '(:全年预算数 100.00 :全年执行数 98.00))",
             "(defconst r-indicators", "  '(" + row(HEAD), "    hline"]
    lines += ["    " + row(r) for r in body_rows()]
    lines += ["    hline", '    ("总分" "" "" "" "" "" "98.72" ""))', "  \"指标.\")", "(provide 'r)"]
    f = written(tmp_path, "\n".join(lines) + "\n")
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].department == "某县农业农村局"
    assert any("Emacs Lisp" in w for w in read_document(f).warnings)


def test_an_hcl_heredocs_text_is_a_value_and_the_blocks_after_it_are_read(tmp_path):
    """indicator "<一级>" "<二级>" { … } blocks, a reason written as a <<-EOT heredoc: the braced grammar stopped at
    the heredoc and the rows after it were lost with nothing said (1967)."""
    rows = list(_rows()) + [["产出指标", "数量指标", "建设示范点二期", *ROWS[0][1:], ""]]
    lines = ["# 某项目绩效自评表", 'report "某项目" {', '  主管部门 = "某县农业农村局"', '  金额单位 = "万元"']
    for r in rows:
        lines += ["", f'  indicator "{r[0]}" "{r[1]}" {{', f'    三级指标   = "{r[2]}"', f'    年度指标值 = "{r[3]}"',
                  f'    实际完成值 = "{r[4]}"', f"    分值       = {r[5]}", f"    得分       = {r[6]}"]
        if r[7]:
            a, b = r[7].split("，")
            lines += ["    偏差原因 = <<-EOT", "      " + a + "，", "      " + b, "    EOT"]
        lines.append("  }")
    lines += ["}"]
    recs, got = indicator_rows(written(tmp_path, "\n".join(lines) + "\n"))
    assert sorted(got) == sorted(ROWS + [("建设示范点二期",) + ROWS[0][1:]])     # blocks of one label path grouped


def test_a_pug_templates_elements_read_as_the_page_they_render(tmp_path):
    """Elements by indentation, rowspan / colspan as attributes, td= "…" expressions, &ge; entities, '| ' piped text,
    //- comments, extends / block: the element lines were one run of words, said unread (1968)."""
    lines = ["//- views/r.pug", "extends ../layout", "", "block content", "  h2.title 某项目绩效自评表",
             "  table.head", "    tr", "      th 项目名称", "      td(colspan=3) 某项目", "    tr", "      th 主管部门",
             "      td 某县农业农村局", "  table.ind", "    tr"] + ["      th " + h for h in HEAD]
    for i, r in enumerate(body_rows()):
        lines.append("    tr")
        if r[0]:
            lines.append(f"      td(rowspan={2 if i == 0 else 1}) {r[0]}")
        lines += [f"      td {r[1]}", f'      td= "{r[2]}"', "      td " + r[3].replace("≥", "&ge;")]
        lines += [f"      td {c}" for c in r[4:7]]
        if r[7]:
            a, b = r[7].split("，")
            lines += ["      td.reason", f"        | {a}，", "        br", f"        | {b}"]
        else:
            lines.append("      td")
    f = written(tmp_path, "\n".join(lines) + "\n")
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].department == "某县农业农村局"
    assert any("Pug" in w for w in read_document(f).warnings)


def test_a_gnuplot_data_files_blocks_read_under_the_commented_names_titled_by_their_comment(tmp_path):
    """'#' comments (the head, the column names), rows of whitespace-separated "…" strings and bare numbers, a data
    block per level 1 after two blank lines, titled by the comment over it: every row said unread (1969)."""
    lines = ["# 某项目绩效自评", "# 项目名称: 某项目", "# 主管部门: 某县农业农村局", "#",
             "# 列: 序号 " + " ".join(HEAD[1:])]
    k = 0
    for n, l1 in enumerate(dict.fromkeys(l1 for l1, _ in LEVELS)):
        lines += (["", ""] if n else [""]) + [f"# index {n}: {l1}"]
        for r in _rows():
            if r[0] == l1:
                k += 1
                lines.append(" ".join([str(k)] + [f'"{c}"' for c in r[1:5]] + r[5:7] + [f'"{r[7]}"']))
    f = written(tmp_path, "\n".join(lines) + "\n")
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].department == "某县农业农村局"
    assert any("gnuplot" in w for w in read_document(f).warnings)
