"""Text as it comes, twelfth round (issue 21): a terminal's typescript with its control sequences, a
DokuWiki page's tables, Python's pprint of an export dict, an Excel 2003 XML spreadsheet and an
entity-attribute-value export."""
from jixiao.extract import read_document
from jixiao.extract.terminal import screen_text
from jixiao.normalize import normalize_document

from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write

E = "\x1b"
TYPESCRIPT = (
    'Script started on 2024-03-19 10:14:22+08:00 [TERM="xterm-256color"]\r\n'
    f"{E}]0;cwk@app01: ~\x07{E}[01;32mcwk@app01{E}[00m:~$ zpcx --xm 0118\b{E}[K7\r\n"
    f"正在查询… 35%\r正在查询… 100%\r{E}[K查询完成\r\n"
    "\r\n"
    f"{E}[1m项目支出绩效自评表{E}[0m\r\n"
    "项目名称：2023年某某县示范项目\r\n"
    "金额单位：万元\r\n"
    "\r\n"
    f"{E}[7m资金来源        年初预算数  全年预算数  全年执行数  分值  执行率  得分{E}[0m\r\n"
    f"年度资金总额        100.00      120.00      114.00    10  95.00%  9.50{E}[K\r\n"
    "\r\n"
    f"{E}[7m一级指标  二级指标      三级指标      年度指标值  实际完成值  分值  得分{E}[0m\r\n"
    f"产出指标  数量指标      建设示范点    ≥20个       21个           8     8{E}[K\r\n"
    f"产出指标  质量指标      验收合格率    100%        100%           6     6{E}[K\r\n"
    f"{E}[33m效益指标  社会效益指标  带动就业      ≥50人       42人           8  6.72{E}[0m{E}[K\r\n"
    "总分                                                            100  30.22\r\n"
    'Script done on 2024-03-19 10:15:03+08:00 [COMMAND_EXIT_CODE="0"]\r\n')


def test_a_terminal_typescript_reads_as_the_screen_showed_it(tmp_path):
    """ANSI colours, an OSC title ended by BEL, a backspace correcting a digit and a progress line
    redrawn by carriage returns are the terminal's, not the text (the file was refused as binary)."""
    recs, rows = indicator_rows(_write(tmp_path, TYPESCRIPT))
    assert rows == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert (p.name, str(p.fund_score.value), str(p.total_score_stated.value)) == ("2023年某某县示范项目", "9.50", "30.22")
    lines = screen_text(TYPESCRIPT)[0].split("\n")
    assert lines[1] == "cwk@app01:~$ zpcx --xm 0117" and lines[2] == "查询完成"
    # a wide character overwritten by a carriage return keeps the columns it had
    assert screen_text(f"{E}[1m{E}[0m{E}[0m甲乙丙\ra")[0] == "a 乙丙"
    # a file of plain text with a carriage return or two is no terminal's
    assert screen_text("项目名称：X\r\n金额单位：万元\r\n") is None


DOKUWIKI = """====== 2023年某某县示范项目绩效自评表 ======

金额单位：万元

^ 资金来源 ^ 年初预算数 ^ 全年预算数 ^ 全年执行数 ^ 分值 ^ 执行率 ^ 得分 ^
| 年度资金总额 |  100.00 |  120.00 |  114.00 |  10  |  95.00% |  9.50 |
| 其中：当年财政拨款 |  100.00 |  120.00 |  114.00 | | | |

^ 一级指标 ^ 二级指标 ^ 三级指标 ^ 年度指标值 ^ 实际完成值 ^ 分值 ^ 得分 ^ 偏差原因 ^
^ 产出指标 | 数量指标 | 建设示范点 | ≥20个 | 21个 |  8  |  8  | |
^ ::: | 质量指标 | 验收合格率 | 100% | 100% |  6  |  6  | |
^ 效益指标 | 社会效益指标 | 带动就业 | ≥50人 | 42人 |  8  |  6.72  | 企业用工减少；\\\\ 下一步加强对接。 |
| **总分** ||||| 100 | 30.22 | 见[[jxpj:sm|说明]] |
"""


def test_a_dokuwiki_table_reads_its_row_heads_and_spans(tmp_path):
    """'^' opens a header cell (a row's level cell a row head), ':::' a row span, '|||||' four completely
    empty cells a column span: the level cells were read one column off, the fund table left unread."""
    recs, rows = indicator_rows(_write(tmp_path, DOKUWIKI))
    assert rows == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert (str(p.fund_score.value), str(p.total_score_stated.value)) == ("9.50", "30.22")
    assert p.budget_full_year.value == 1200000      # 120.00 万元
    table = read_document(_write(tmp_path, DOKUWIKI)).tables()[1]
    assert table.grid()[3][7] == "企业用工减少；\n下一步加强对接。"       # a forced break; a link's '|' no separator
    assert table.grid()[4][0] == "总分" and table.grid()[4][7].startswith("见[[jxpj:sm|说明]]")


PPRINT = """$ python3 manage.py export_zpb --dry-run
[2024-03-18 09:41:07] INFO 试运行：以下为待导出数据
{'总分': {'满分': 100, '自评得分': Decimal('30.22'), '自评等级': '差'},
 '绩效指标': [{'一级指标': '产出指标',
           '三级指标': '建设示范点',
           '二级指标': '数量指标',
           '偏差原因': None,
           '分值': Decimal('8'),
           '实际完成值': '21个',
           '年度指标值': '≥20个',
           '得分': Decimal('8')},
          {'一级指标': '产出指标',
           '三级指标': '验收合格率',
           '二级指标': '质量指标',
           '偏差原因': None,
           '分值': Decimal('6'),
           '实际完成值': '100%',
           '年度指标值': '100%',
           '得分': Decimal('6')},
          {'一级指标': '效益指标',
           '三级指标': '带动就业',
           '二级指标': '社会效益指标',
           '偏差原因': ('企业用工减少，'
                    '下一步加强对接。'),
           '分值': Decimal('8'),
           '实际完成值': '42人',
           '年度指标值': '≥50人',
           '得分': Decimal('6.72')}],
 '资金情况': [{'全年执行数': Decimal('114.00'),
           '全年预算数': Decimal('120.00'),
           '分值': Decimal('10'),
           '年初预算数': Decimal('100.00'),
           '得分': Decimal('9.50'),
           '执行率': '95.00%',
           '资金来源': '年度资金总额'}],
 '金额单位': '万元',
 '项目名称': '2023年某某县示范项目'}
[2024-03-18 09:41:07] INFO 共3条指标，校验通过
"""


def test_a_python_pprint_dump_reads_its_records_whatever_the_key_order(tmp_path):
    """pprint sorts a dict's keys (the actual before the target, the name between the levels), writes
    Decimal('8') and None, and splits a long string into adjacent literals: read by Python's grammar.
    Its member lines were named unread as label：value lines, no row read."""
    recs, rows = indicator_rows(_write(tmp_path, PPRINT))
    assert rows == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert (p.name, str(p.fund_score.value), str(p.total_score_stated.value)) == ("2023年某某县示范项目", "9.50", "30.22")
    assert p.executed.value == 1140000      # 114.00 万元
    doc = read_document(_write(tmp_path, PPRINT))
    assert "企业用工减少，下一步加强对接。" in doc.tables()[0].grid()[3]
    assert doc.blocks[-1].text.endswith("校验通过")       # the log line after the dump kept as text


def _xml_cell(v, style="", index=0, across=0, down=0):
    attrs = (f' ss:Index="{index}"' if index else "") + (f' ss:MergeAcross="{across}"' if across else "") \
        + (f' ss:MergeDown="{down}"' if down else "") + (f' ss:StyleID="{style}"' if style else "")
    kind = "String" if isinstance(v, str) else "Number"
    return f'    <Cell{attrs}><Data ss:Type="{kind}">{v}</Data></Cell>'


def _xml_row(*cells):
    return "   <Row>\r\n" + "\r\n".join(cells) + "\r\n   </Row>"


SPREADSHEET_XML = "\r\n".join([
    '<?xml version="1.0"?>', '<?mso-application progid="Excel.Sheet"?>',
    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:x="urn:schemas-microsoft-com:office:excel"',
    ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
    ' <Styles>', '  <Style ss:ID="m"><NumberFormat ss:Format="#,##0.00"/></Style>',
    '  <Style ss:ID="p"><NumberFormat ss:Format="Percent"/></Style>', ' </Styles>',
    ' <Worksheet ss:Name="自评表">', '  <Table>',
    _xml_row(_xml_cell("项目名称"), _xml_cell("2023年某某县示范项目", across=6)),
    _xml_row(_xml_cell("金额单位：万元", index=6, across=1)),
    _xml_row(*[_xml_cell(h) for h in ("资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")]),
    _xml_row(_xml_cell("年度资金总额"), _xml_cell(100, "m"), _xml_cell(120, "m"), _xml_cell(114, "m"), _xml_cell(10),
             _xml_cell(0.95, "p"), _xml_cell(9.5)),
    _xml_row(*[_xml_cell(h) for h in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")]),
    _xml_row(_xml_cell("产出指标", down=1), _xml_cell("数量指标"), _xml_cell("建设示范点"), _xml_cell("≥20个"),
             _xml_cell("21个"), _xml_cell(8), _xml_cell(8)),
    _xml_row(_xml_cell("质量指标", index=2), _xml_cell("验收合格率"), _xml_cell("100%"), _xml_cell("100%"),
             _xml_cell(6), _xml_cell(6)),
    _xml_row(_xml_cell("效益指标"), _xml_cell("社会效益指标"), _xml_cell("带动就业"), _xml_cell("≥50人"),
             _xml_cell("42人"), _xml_cell(8), _xml_cell(6.72)),
    _xml_row(_xml_cell("总分", across=4), _xml_cell(100), _xml_cell(30.22)),
    '  </Table>', ' </Worksheet>', '</Workbook>', ''])


def test_an_excel_2003_xml_spreadsheet_reads_as_a_workbook(tmp_path):
    """SpreadsheetML arriving as text: its <Table> was taken for a web page's and nothing read. Its cells
    placed by ss:Index after a ss:MergeDown, numbers shown through their styles' formats (0.95 under
    Percent is 95.00%, 114 under #,##0.00 is 114.00)."""
    recs, rows = indicator_rows(_write(tmp_path, SPREADSHEET_XML))
    assert rows == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert (p.name, str(p.fund_score.value), str(p.total_score_stated.value)) == ("2023年某某县示范项目", "9.5", "30.22")
    assert (str(p.exec_rate_stated.value), p.executed.value) == ("95.00", 1140000)
    doc = read_document(_write(tmp_path, SPREADSHEET_XML))
    assert doc.format == "xmlss" and {"95.00%", "114.00"} <= {c.text for _, c in doc.iter_cells()}


ENTITY_VALUES = """对象类型,对象编号,属性名称,属性值
项目,XM01,项目名称,2023年某某县示范项目
项目,XM01,金额单位,万元
资金,ZJ01,资金来源,年度资金总额
资金,ZJ01,年初预算数,100.00
资金,ZJ01,全年预算数,120.00
资金,ZJ01,全年执行数,114.00
资金,ZJ01,分值,10
资金,ZJ01,执行率,95.00%
资金,ZJ01,得分,9.50
指标,ZB01,一级指标,产出指标
指标,ZB01,二级指标,数量指标
指标,ZB01,三级指标,建设示范点
指标,ZB01,年度指标值,≥20个
指标,ZB01,实际完成值,21个
指标,ZB01,分值,8
指标,ZB01,得分,8
指标,ZB02,一级指标,产出指标
指标,ZB02,二级指标,质量指标
指标,ZB02,三级指标,验收合格率
指标,ZB02,年度指标值,100%
指标,ZB02,实际完成值,100%
指标,ZB02,分值,6
指标,ZB02,得分,6
指标,ZB03,一级指标,效益指标
指标,ZB03,二级指标,社会效益指标
指标,ZB03,三级指标,带动就业
指标,ZB03,年度指标值,≥50人
指标,ZB03,实际完成值,42人
指标,ZB03,分值,8
指标,ZB03,得分,6.72
指标,ZB03,偏差原因,"企业用工减少，""订单""不足"
汇总,HZ01,满分,100
汇总,HZ01,自评得分,30.22
"""


def test_an_entity_attribute_value_export_reads_its_entities_as_rows(tmp_path):
    """A record per field (kind, id, field name, value): its 48 lines were named unread as rows, no
    indicator. The entities of a kind are rows under their field names, a kind of one its label：value
    lines; a field an entity lacks an empty cell."""
    recs, rows = indicator_rows(_write(tmp_path, ENTITY_VALUES.replace("\n", "\r\n"), "utf-8-sig"))
    assert rows == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert (p.name, str(p.fund_score.value), str(p.total_score_stated.value)) == ("2023年某某县示范项目", "9.50", "30.22")
    table = read_document(_write(tmp_path, ENTITY_VALUES)).tables()[-1]
    assert table.grid()[0][0] == "对象编号" and table.grid()[1][-1] == "" and table.grid()[3][-1] == '企业用工减少，"订单"不足'
    assert table.cell_at(3, 3).loc.line == 27          # the record that gave the cell (带动就业)
    # an ordinary table whose third column's names are grouped under their levels is no such export
    plain = "一级指标,二级指标,三级指标,分值\n" + "".join(f"产出指标,数量指标,指标{k},5\n" for k in range(4)) + \
        "".join(f"效益指标,社会效益指标,效益{k},5\n" for k in range(4))
    assert read_document(_write(tmp_path, plain)).tables()[0].grid()[0] == ["一级指标", "二级指标", "三级指标", "分值"]


def test_a_sessions_input_lines_are_code_not_the_documents_text(tmp_path):
    """What an analyst typed at a console's prompt (IPython's In [n]:, Python's >>>, a shell's $, in
    a copied console or a typescript) is no document text: 827's reporting unit was read from a typed
    print('实施单位：…') with its quote and bracket. The printed lines are the document's."""
    typed = ["In [3]: xm = pd.read_excel('自评表.xlsx')",
             "In [4]: print('项目名称：2023年某某县示范项目'); print('实施单位：某某县服务中心')\n   ...: print('金额单位：元')",
             "项目名称：2023年某某县示范项目\n实施单位：某某县服务中心\n金额单位：元\n"]
    for head in ("\n".join(typed), "\n".join(typed).replace("In [3]: ", ">>> ").replace("In [4]: ", ">>> ")
                 .replace("   ...: ", "... "),
                 f"{E}[01;32mcwk@app01{E}[00m:~$ cd 2023\r\n{E}[01;32mcwk@app01{E}[00m:~/2023$ print_self_eval "
                 f"--unit 实施单位：某某县服务中心\r\n{E}[0m" + "\n".join(typed[2:])):
        doc = read_document(_write(tmp_path, head + "\n" + TYPESCRIPT.split("金额单位：万元\r\n", 1)[1]))
        assert not any("print" in b.text or "read_excel" in b.text for b in doc.paragraphs()), head
        p = normalize_document(doc).projects[0]
        assert (p.unit, p.money_unit) == ("某某县服务中心", "元"), head
