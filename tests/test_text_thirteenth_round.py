"""Text as it comes, thirteenth round (issue 21): a report system's JSON response minified on one line
(its tables as columns and rows of arrays), an online questionnaire's one-record CSV of numbered slots, a
tree grid's root node carrying its rows' total, a mail's text attachment, and a printed total line."""
import base64
import json
import re

from jixiao.extract import read_document
from jixiao.extract.attribute_values import slot_blocks
from jixiao.rules import check

from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write

_COLS = [["yjzb", "一级指标"], ["ejzb", "二级指标"], ["sjzb", "三级指标"], ["ndzbz", "年度指标值"],
         ["sjwcz", "实际完成值"], ["fz", "分值"], ["df", "得分"], ["pcyy", "偏差原因"]]
JSON_RESPONSE = re.sub(r'"@([\d.]+)"', r"\1", json.dumps({     # "@114.00": the number 114.00 as written
    "code": 200, "success": True, "msg": "操作成功",
    "data": {"title": "项目支出绩效自评表",
             "head": [{"label": "项目名称", "value": "2023年某某县示范项目"}, {"label": "金额单位", "value": "万元"}],
             "fund": {"columns": [{"prop": p, "label": lb, "width": 120, "hidden": False} for p, lb in
                                  [["zjly", "资金来源"], ["ncys", "年初预算数"], ["qnys", "全年预算数"], ["qnzx", "全年执行数"],
                                   ["fz", "分值"], ["zxl", "执行率"], ["df", "得分"]]],
                      "rows": [["年度资金总额", "@100.00", "@120.00", "@114.00", 10, "95.00%", "@9.50"],
                               ["其中：当年财政拨款", "@100.00", "@120.00", "@114.00", None, None, None]]},
             "indicator": {"columns": [{"prop": p, "label": lb} for p, lb in _COLS],
                           "rows": [["产出指标", "数量指标", "建设示范点", "≥20个", "21个", 8, 8, None],
                                    [None, "质量指标", "验收合格率", "100%", "100%", 6, 6, None],
                                    ["效益指标", "社会效益指标", "带动就业", "≥50人", "42人", 8, "@6.72", "企业用工减少"]],
                           "merges": [{"row": 0, "col": 0, "rowspan": 2}]},
             "total": {"mf": 100, "zpdf": "@30.22", "labels": {"mf": "满分", "zpdf": "自评得分"}}},
    "timestamp": 1710902415337}, ensure_ascii=False, separators=(",", ":")))


def test_a_minified_json_response_reads_its_column_and_row_tables(tmp_path):
    """One line of JSON (copied from a browser's developer tools): its tables are a columns list (a code
    and a label each) and rows as arrays, merged level cells null, numbers as the system wrote them
    (114.00), the total's members named by a labels record. Nothing was read, and nothing said."""
    json.loads(JSON_RESPONSE)      # the fixture is JSON, on one line
    assert "\n" not in JSON_RESPONSE and "114.00," in JSON_RESPONSE
    recs, rows = indicator_rows(_write(tmp_path, JSON_RESPONSE))
    assert rows == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert (p.name, str(p.fund_score.value), str(p.total_score_stated.value)) == ("2023年某某县示范项目", "9.50", "30.22")
    assert p.executed.value == 1140000      # 114.00 万元
    heads = [t.grid()[0] for t in read_document(_write(tmp_path, JSON_RESPONSE)).tables()]
    assert ["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"] in heads


def _questionnaire() -> str:
    subs = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
    head = ["序号", "提交答卷时间", "来源", "1、项目名称", "2、金额单位", "3、年初预算数", "4、全年预算数", "5、全年执行数",
            "6、资金分值", "7、资金执行率", "8、资金得分"]
    rec = ["5", "2024/3/18 16:42:09", "手机提交", "2023年某某县示范项目", "万元", "100.00", "120.00", "114.00", "10",
           "95.00%", "9.50"]
    filled = [(lv + row) for lv, row in zip(LEVELS, ROWS)] + [("(空)",) * 7]
    for k, slot in enumerate(filled):
        head += [f"{9 + k}、指标{k + 1}({s})" for s in subs]
        rec += list(slot)
    head += ["13、总分", "14、自评得分"]
    rec += ["100", "30.22"]
    return ",".join(head) + "\r\n" + ",".join(rec) + "\r\n"


def test_a_questionnaire_export_reads_its_numbered_slots_as_rows(tmp_path):
    """An online questionnaire's CSV: a head and ONE record, the form's fields a column each, the
    indicators numbered slots (9、指标1(一级指标) …), an unused slot '(空)' throughout. Two records are
    no table to the CSV reader: the file was read as two lines of text, and nothing said."""
    text = _questionnaire()
    recs, rows = indicator_rows(_write(tmp_path, "\ufeff" + text))
    assert rows == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert (p.name, str(p.fund_score.value), str(p.total_score_stated.value)) == ("2023年某某县示范项目", "9.50", "30.22")
    # slots whose sub-fields differ are no repeated group; numbered questions alone are none
    assert slot_blocks([(1, text.split("\r\n")[0].replace("指标2(", "指标2(甲").split(",")),
                        (2, text.split("\r\n")[1].split(","))]) is None
    assert slot_blocks([(1, [f"{k}、问题{k}" for k in range(20)]), (2, ["x"] * 20)]) is None


TREE_GRID = "\n".join([
    "项目名称\t2023年某某县示范项目", "金额单位\t万元", "",
    "资金来源\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
    "年度资金总额\t100.00\t120.00\t114.00\t10\t95.00%\t9.50", "",
    "指标路径\t年度指标值\t实际完成值\t分值\t得分",
    "绩效指标\t\t\t32\t30.72",
    "产出指标\t\t\t14\t14", "产出指标/数量指标\t\t\t8\t8", "产出指标/数量指标/建设示范点\t≥20个\t21个\t8\t8",
    "产出指标/质量指标\t\t\t6\t6", "产出指标/质量指标/验收合格率\t100%\t100%\t6\t6",
    "效益指标\t\t\t8\t6.72", "效益指标/社会效益指标\t\t\t8\t6.72", "效益指标/社会效益指标/带动就业\t≥50人\t42人\t8\t6.72",
    "满意度指标\t\t\t10\t10", "满意度指标/服务对象满意度指标\t\t\t10\t10",
    "满意度指标/服务对象满意度指标/群众满意度\t≥90%\t95%\t10\t10",
    "合计\t\t\t42\t40.22", ""])


def test_a_tree_grids_root_node_is_its_rows_total_not_an_indicator(tmp_path):
    """A tree grid exported as text: the levels one path cell, each group node a row carrying its
    subtotals, the ROOT node (绩效指标 32 / 30.72) above them all. The root was read as an indicator,
    so the points added up twice: false JX302 and JX303; and the 满意度指标 node, taken for a level 2 of
    效益指标, left its rows in 效益指标's 8 points (a false JX303)."""
    recs, rows = indicator_rows(_write(tmp_path, TREE_GRID))
    assert rows[:3] == ROWS and _levels(recs)[:3] == LEVELS
    assert rows[3:] == [("群众满意度", "≥90%", "95%", "10", "10")]
    assert recs.unread_rows == 0       # the root read as the total it is: no row left unread
    assert [f.rule for f in check(recs)] == []


def test_a_tree_grids_path_column_is_the_levels_by_what_its_cells_hold(tmp_path):
    """The same grid without its root node (831 read only because of that row): its header 指标路径 is
    no word the reader knows, so its 13 rows were named unread. A column whose cells are level paths
    (levels the reader knows, then the name; the group nodes rows with no target or result) is the
    name with its levels, whatever its header says, and so with ＞ or → between the levels."""
    rootless = TREE_GRID.replace("绩效指标\t\t\t32\t30.72\n", "").replace("指标路径", "指标层级")
    for text in (rootless, rootless.replace("/", "＞"), rootless.replace("/", " → ")):
        recs, rows = indicator_rows(_write(tmp_path, text))
        assert rows[:3] == ROWS and _levels(recs)[:3] == LEVELS, text
        assert recs.unread_rows == 0 and [f.rule for f in check(recs)] == []


def test_a_mails_text_attachment_is_read_after_its_body(tmp_path):
    """An .eml saved as text: a covering note in base64, the form a base64 GBK .csv sent as
    application/octet-stream under an RFC 2047 name. The attachment was only named unread."""
    csv_form = "\r\n".join(["项目名称,2023年某某县示范项目,,,,,,", "金额单位：万元,,,,,,,",
                            "资金来源,年初预算数,全年预算数,全年执行数,分值,执行率,得分,",
                            "年度资金总额,100.00,120.00,114.00,10,95.00%,9.50,",
                            "一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因",
                            "产出指标,数量指标,建设示范点,≥20个,21个,8,8,", ",质量指标,验收合格率,100%,100%,6,6,",
                            "效益指标,社会效益指标,带动就业,≥50人,42人,8,6.72,企业用工减少",
                            "总分,,,,,32,30.22,", ""])
    name = "=?GBK?B?" + base64.b64encode("自评表.csv".encode("gbk")).decode() + "?="
    note = base64.encodebytes("附件是自评表，请审核。".encode("gb2312")).decode().replace("\n", "\r\n")
    att = base64.encodebytes(csv_form.encode("gbk")).decode().replace("\n", "\r\n")
    mail = ("Received: from pc (unknown [10.0.0.1])\r\nFrom: a@example.cn\r\nSubject: report\r\n"
            "Date: Tue, 19 Mar 2024 15:26:38 +0800\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/mixed;\r\n\tboundary="B"\r\n\r\n'
            "--B\r\nContent-Type: text/plain;\r\n\tcharset=\"gb2312\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + note + "\r\n--B\r\n" + f'Content-Type: application/octet-stream;\r\n\tname="{name}"\r\n'
            "Content-Transfer-Encoding: base64\r\n" + f'Content-Disposition: attachment;\r\n\tfilename="{name}"\r\n\r\n'
            + att + "\r\n--B--\r\n")
    f = _write(tmp_path, mail, "ascii")
    recs, rows = indicator_rows(f)
    assert rows == ROWS and _levels(recs) == LEVELS
    assert (str(recs.projects[0].fund_score.value), str(recs.projects[0].total_score_stated.value)) == ("9.50", "30.22")
    doc = read_document(f)
    assert not any("附件" in w and "未读取" in w for w in doc.warnings)
    cell = next(c for _, c in doc.iter_cells() if c.text == "建设示范点")
    # the attachment named, the line the file's: one of the base64 lines that encode the row
    assert cell.loc.embedded == "附件“自评表.csv”"
    assert mail.split("\r\n")[cell.loc.line - 1] in att


def test_a_printed_total_line_labels_its_score_as_the_score_column_does(tmp_path):
    """An analyst's session prints the total as 总分 100.0 自评得分 30.22 自评等级：优: a bare 总分 beside a
    labelled score is the full marks, and 自评得分 labels the score as 得分 does (it was not read)."""
    text = "\n".join(["项目名称：2023年某某县示范项目", "金额单位：万元", "",
                      "资金来源\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                      "年度资金总额\t100.00\t120.00\t114.00\t10\t95.00%\t9.50", "",
                      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
                      *("\t".join(lv + row) for lv, row in zip(LEVELS, ROWS)), "",
                      "In [7]: print('总分', 32.0, '自评得分', 30.22, '自评等级：优')",
                      "总分 32.0 自评得分 30.22 自评等级：优", ""])
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS
    p = recs.projects[0]
    assert (str(p.total_score_stated.value), p.grade_stated) == ("30.22", "优")
