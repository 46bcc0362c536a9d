"""normalize: a Document in, records out (projects, indicators, lists, prose figures).

    from jixiao.normalize import normalize_document, records_frames
    recs = normalize_document(doc)
    frames = records_frames([recs])    # pandas DataFrames for the CSV files
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex as re

from jixiao.extract import Document, Location, Paragraph, Table, normalize_ws
from jixiao.extract.labels import GRADE_NOUN, GRADE_SCORER

from .coded_columns import (coded_fund, english_paragraphs, coded_pairs, fund_rate, coded_name, coded_records, coded_total, labels_said,
                            unnamed_rows)
from .frames import records_frames
from .long_form import widened
from .told_apart import told_apart
from .prose import read_prose, running_text
from .blank_deductions import read_blank_deductions
from .sentences import POINTS, sentence_indicators
from .quantity import PRIOR, Quantity, counts_things, parse, plain
from .report_year import YEAR_LED, report_year
from .reporting_unit import choose, labelled, plausible, ranked, read_unit
from .scan_shared import shared_scan_points
from .records import PROJECT_FIGURES, DocRecords, Figure, Indicator, ListItem, ListSubtotal, ListTable, Project, ProseFigure
from . import runner_ups
from .script import matching_view, restore_records
from .subjects import function_words
from .scoring import cell_rules, grade_scores, infer_model, own_rule, stated_proportional, stated_row_rules, stated_tiers
from .cell_runs import count_unread_tables, read_cell_runs
from .cued_lines import tile_paragraphs
from .declared_order import dealt_lists, declared_paragraphs
from .headed_tables import stacked_captions
from .label_blocks import card_grid, json_paragraphs, place, titled_cards
from .unread import (code_lines, say_indicators_missing, say_printed_rows, say_silent, say_unread, say_silent_rows,
                     say_silent_tables, silent_rows)
from .cell_joins import FUND_HEAD_RUN, glued_fund_lines
from .record_cells import stacked_pairs
from .stacked_cells import stacked_cells
from jixiao.extract.summary_rows import SCORE_TOTAL, summary_label
from .fund_grammar import (FULL_POINTS, FUND_LABEL, FUND_NAMES, MONEY_FIELDS, MONEY_SOURCE_END, MONEY_WORD, fund_clause, fund_clauses, fund_figure, fund_source_clause,
                           fund_subject, fund_word_field, names_rate, pairs_apart)
from .table_cells import MONEY_UNIT, UNIT_STATED, _name_key
from .fund_block import WHOLE_UNIT_TITLE, percent_rate
from .page_slices import joined_page_slices
from .table_views import joined_halves, side_views, without_count_rows, without_sheet_headings
from .tables import read_tables
from .error_values import say_error_values
from .title import (HEADING_MAX, NUMBERED, SENTENCE, clause_subject, department, project_heading, quoted_subject,
                    subject, title, year_subject)
from .reporting_unit import LABEL_TEXT as UNIT_LABEL_TEXT
from .vocab import (DEPT_NAME_LABEL, GLUED_VALUE, GRADE, GRADE_WORD, GRADE_WORDS, KEY_END, LEVEL2_NAMES, NAME_LABEL, SHOULD_BE_QUOTED,
                    bare, canonical_level1, header_field)

__all__ = ["normalize_document", "records_frames", "parse", "Quantity", "DocRecords", "Figure", "Indicator",
           "ListItem", "ListSubtotal", "ListTable", "Project", "ProseFigure"]

# A self-evaluation's total as a labelled line outside the table (046: 填报日期:… 自评总分: 69 单位领导审签:);
# the labels name a score, not the full marks (a bare 总分 may be either).
# summary_rows.SCORE_TOTAL's words, and 自评分 (a column's head in a table, a label in a line).
# A figure that opens a sum (得分合计: 89.28 + 9.8 = 99.08, a checker's line) is a term of it, no total.
TOTAL_LINE = re.compile(rf"(?:{SCORE_TOTAL}|自评分)\s*{KEY_END}\s*(\d+(?:\.\d+)?(?:\s*分)?)(?![\d.])(?!\s*[+＋×*÷=])")
# The total as a test step asserts it (自评总分应为 "99.16"): the label, 应为 / 应是 and the figure in quotes.
QUOTED_TOTAL = re.compile(rf"(?:{SCORE_TOTAL}|自评分)\s*{SHOULD_BE_QUOTED}\s*[“\"「『']\s*(\d+(?:\.\d+)?(?:\s*分)?)\s*[”\"」』']")
# A bare 总分 label (总分：99.7分) may state the full marks; on a line that also states the grade
# (总分：99.7分　评价等级：优) it is the result, the score.
BARE_TOTAL_LINE = re.compile(r"(?<![\u4e00-\u9fff])总分\s*[：:]\s*(\d+(?:\.\d+)?(?:\s*分)?)(?![\d.])")
# A bare 总分 and a bare 得分 after it on one line (总分：100 得分：99.16), each apart from its figure by a
# colon, by a gap alone (a printed line of label boxes: 总分 100 得分 99.00 自评等级 优) or by nothing (a print
# that drops the boxes' gap: 总分100 得分98.84; the label after no other word still): the 总分 the full
# marks, the 得分 the score. The score's label as the header grammar names the score column (vocab: 得分,
# 自评得分, 自评分: 总分 100.0 自评得分 99.14 自评等级：优, a print() of an analyst's session).
BARE_TOTAL_BOX = re.compile(r"(?<![\u4e00-\u9fff])总分\s*[：:]?\s*(\d+(?:\.\d+)?(?:\s*分)?)(?![\d.])")
SCORE_BESIDE_BOX = re.compile(r"(?<![\u4e00-\u9fff])(?:自评得分|自评分|得分)\s*[：:]?\s*(\d+(?:\.\d+)?)(?:\s*分)?(?![\d.])")
# The score's label with its colon, whatever follows it: after a bare 总分 it makes the 总分 the full marks.
SCORE_LABEL_BESIDE = re.compile(r"(?<![\u4e00-\u9fff])(?:自评得分|自评分|得分)\s*[：:]")
# The full marks labelled (满分：100, 标准分：100, 分值：100), the words the fund's header grammar reads as
# the points a part is worth (tables: fund_weight): beside a bare 总分 on one line, they are its weight.
FULL_MARKS_LINE = re.compile(r"(?<![\u4e00-\u9fff])(?:满分|标准分|分值)\s*[：:]\s*(\d+(?:\.\d+)?)(?:\s*分)?(?![\d.])")
# In running text the score needs no colon (自评得分97.69分，自评等级：优): the label, 为 / 是, and a
# figure (in 分, or with no unit), counted only in the sentence that states the grade (each indicator's 自评得分20分 is not).
# A table's total row copied out as a line, its cells apart by spaces (总分      100    98.70    自评等级:优):
# the label opens the line, a total row's label by the tables' grammar (summary_rows.summary_label: 总分, 合计,
# 自评总分 …), the full marks and the score follow as its row's two figures, points (at most the full
# points: a money row's 合计 is none).
TOTAL_ROW_LINE = re.compile(r"^\s*([^\s\d]+)\s+(\d+(?:\.\d+)?)\s*分?\s+(\d+(?:\.\d+)?)\s*分?(?:\s|$)")
# The total row's two figures labelled (总分：分值 100，得分 99.30): the labels the header grammar reads.
TOTAL_PARTS = re.compile(r"^\s*([^\s\d：:]+)\s*[：:]\s*(\p{Han}{1,4})\s*[：:]?\s*(\d+(?:\.\d+)?)\s*分?\s*"
                         r"[，,；;、\s]\s*(\p{Han}{1,4})\s*[：:]?\s*(\d+(?:\.\d+)?)\s*分?\s*(?:[。；;，,\s]|$)")
# A figure run on to a few Han characters before the grade's label (99.12自评等级).
GLUED_GRADE = re.compile(r"(\d)(\p{Han}{0,4})$")
# The figure's unit word may be left out (561: 自评得分99.23，自评等级：优): the label and a figure that
# ends at punctuation or the line's end are the total as well; a figure in another unit (万元, %) is none.
# Who scored it and 分 (自评分, 020: 因此评价分100分,自评等级为优秀) is a score too; 评价分值 is the points a form is worth.
SENTENCE_TOTAL = re.compile(rf"(?:{SCORE_TOTAL}|(?:自评|评价|考核|考评|综合)分(?![值数]))\s*(?:为|是|[：:])?\s*"
                            r"(\d+(?:\.\d+)?(?:\s*分|(?=\s*(?:[，,。；;、）)]|$))))(?![\d.])")
SENTENCE_END = re.compile(r"[。；;！!？]")
# A bare 总分 after a clause-opening word that names nothing (最后总分98.8分，自评等级为优: an adverb, a locative,
# a pronoun, a conjunction, subjects.function_words): the whole form's total, as a bare 总分 at the clause's
# start is; a noun before it names a part (资金总分, 指标总分), a verb a kind of score (自评总分: TOTAL_LINE's). Two
# characters at least (a lone 某 may be a glyph run on, 某总分), and no score labelled beside it (then it is the full marks).
OPENED_TOTAL = re.compile(r"(?:^|(?<=[，,。；;\s]))(\p{Han}{2,4})总分\s*(?:为|是|[：:])?\s*(\d+(?:\.\d+)?(?:\s*分)?)(?![\d.])")
# A bracketed aside in a fund paragraph (全年预算数4,800.00万元（其中中央资金3,600.00万元…）): the sources, no clause.
ASIDE = re.compile(r"[（(][^（）()]*[）)]")
UNIT_LABEL = re.compile(r"(?:单位名称|自评项目单位|项目单位|实施单位|预算单位)\s*[：:]\s*(\S+)")
# A project's name as a labelled line above its table (项目名称：X 主管部门：Y), as the tables read the
# label in a cell (vocab.NAME_LABEL); the value ends at a space, and holds no label of its own. In a
# sentence it ends at the clause's end (1、项目名称：X，起点桩号…: the project described in prose), and a
# copula may stand for the colon (项目名称是X，主管部门…: a form read aloud, 1591; 是否 asks, it names nothing).
NAME_LINE = re.compile(rf"{NAME_LABEL}\s*(?:{KEY_END}|(?:是|为)(?!否))\s*([^\s：:，。；,;]+)(?=[\s，。；,;]|$)")
# A line that is only the label and one value: a label cell and its value cell of a form without
# rules read as text (项目名称 2023年法律援助经费). A value of words: a cell border flattened into
# the text (项目名称 |) is none.
# The next label cell and its value may follow on the line, glued to the value where the
# cells sat close (项目名称 X实施单位 Y): the value ends where such a label begins. A value glued to
# the label (项目名称2023年兰西县…) is one where it opens a new word (vocab.GLUED_VALUE).
_NEXT_LABEL = f"(?:{UNIT_LABEL_TEXT})"
NAME_PAIR = re.compile(rf"^\s*{NAME_LABEL}(?:\s+|{GLUED_VALUE})([^\s：:|]*?\w[^\s：:|]*?)(?:\s*{_NEXT_LABEL}\s+[^\s：:|]+)?\s*$")
# The label and its value between two labels in text that lost its table (项目名称 X 项目实施单位 Y …, a
# form flattened into one paragraph): the value is one run of text, the next label closes it.
NAME_BETWEEN = re.compile(rf"{NAME_LABEL}\s+([^\s：:|]*?\w[^\s：:|]*?)\s+{_NEXT_LABEL}(?=\s|[：:(（]|$)")
# A money unit stated as a label's (金额单位：元) or a money label's bracket (项目资金 (元), 资金（万元）).
MONEY_STATED = re.compile(rf"{UNIT_STATED.pattern}|(?:资金|金额|预算)\s*{MONEY_UNIT.pattern}")
# A 部门整体 form's department line (部门（单位）名称：X 金额单位：万元): the name of what it evaluates.
DEPT_LINE = re.compile(rf"{DEPT_NAME_LABEL}\s*[：:]\s*([^\s：:]+)(?=\s|$)")


def normalize_document(doc: Document, name: str | None = None) -> DocRecords:
    """The records of a document. Words are matched on its matching view (traditional characters
    as simplified, pinyin glosses dropped: script.py); the raw fields keep the text as written."""
    view, restore = matching_view(doc)
    if view is None:
        return _normalize(doc, name)
    recs = _normalize(view, name)
    restore_records(recs, restore)
    return recs


def _normalize(doc: Document, name: str | None = None) -> DocRecords:
    recs = DocRecords(doc=name or doc.source, ocr=doc.format.endswith("-ocr"))
    doc, said = runner_ups.header_words(doc, recs.ocr)   # a scan's fund header misread, before any table is read
    recs.warnings += said
    doc, widened_said = widened(doc)   # a long-form table (a row per indicator and field) read as the wide one it is
    doc, json_said = json_paragraphs(doc)   # records printed as JSON objects: their keys as labels
    doc, english_said = english_paragraphs(doc)   # a record's labels the template's fields in English
    json_said = english_said + json_said
    doc, declared_said = declared_paragraphs(doc)   # values in parentheses in the order a note declares
    doc, dealt_said = dealt_lists(doc)   # names listed first, their values in later lists in the same order
    declared_said += dealt_said
    doc, apart_said = told_apart(doc)   # each target line and its result line apart, joined by the name
    declared_said += apart_said
    json_said += declared_said
    doc, tile_said = tile_paragraphs(doc)   # a dashboard's tiles: cued values, a score over its mark
    json_said += tile_said
    widened_said += json_said
    doc, grid_said = card_grid(doc)   # a KPI board printed as a grid of cards: the board's lines
    widened_said += grid_said
    doc, headings_said = without_sheet_headings(doc)   # a sheet shown with its column letters and row numbers
    widened_said += headings_said
    doc, counted_said = without_count_rows(doc)   # a case summary's closing row of counts: no total
    widened_said += counted_said
    doc, halves_said = joined_halves(doc)   # a table cut in two and stacked: its halves joined row by row
    widened_said += halves_said
    doc, sides_said = side_views(doc)   # a table split into two views side by side, each with its header
    widened_said += sides_said
    doc, stacked_said = stacked_captions(doc)   # small value tables read as one with their name lines as rows
    widened_said += stacked_said
    doc, slices_said = joined_page_slices(doc)   # a wide sheet printed across pages: its slices side by side
    widened_said += slices_said
    doc, stacked_cells_said, stacked_cells_unread = stacked_cells(doc)   # head cells of two names, each row's values a line each in one cell
    widened_said += stacked_cells_said
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)] + [c.text for _, c in doc.iter_cells()]
    recs.year = report_year(texts[:400])
    extracted = doc     # the file's own tables, apart from those normalize rebuilds from its lines
    doc = read_cell_runs(doc, recs, read_tables)   # tables published one cell per line, rebuilt first
    say_silent(recs, stacked_cells_unread)
    recs.warnings[:0] = widened_said
    count_unread_tables(doc, recs)
    _glued_fund_lines(doc, recs)
    _fund_header_lines_unread(doc, recs)
    _join_same_name(recs)
    recs.prose = read_prose(doc, recs.doc)
    say_silent(recs, sentence_indicators(doc, recs))   # indicators told in sentences, no table
    # cards titled by a name line over their labelled values (a KPI board), left unread: named
    say_silent(recs, titled_cards(doc, {place(i.loc) for i in recs.indicators if i.loc is not None}))
    _fund_project(doc, recs)
    _scored_report(doc, recs)
    _units(doc, recs, texts)
    _weights_of_indicator_part(recs)
    _weights_of_level_groups(recs)
    read_blank_deductions(recs)   # 扣分 cells left blank: none taken where the totals show it, else said
    for p in recs.projects:
        recs.warnings += grade_scores(p, texts)   # grades in the score column, by the rule the text states
    recs.tiers, recs.tier_names, recs.tiers_written = stated_tiers(texts)
    # the form's own rule: a line or cell of its own, never a row's reason (a reason cell read, or a line
    # labelled as the reason column is headed: 偏差说明：…低于预期，按完成比例计分: how that row was scored);
    # such a reason still tells the model, not the form's rule
    reasons = {normalize_ws(x).strip() for p in recs.projects for i in p.indicators if i.reason
               for x in (i.reason, *i.reason.split("；"))}
    rule = stated_proportional([t for t in texts if normalize_ws(t).strip() not in reasons
                                and not ((m := _LINE_LABEL.match(normalize_ws(t).strip())) and header_field(m[1], set()) == "reason")])
    told = rule or stated_proportional(texts)
    row_rules = stated_row_rules(texts)
    own_cells = cell_rules((c.text, c.loc) for _, c in doc.iter_cells())
    for p in recs.projects:
        for i in p.indicators:
            i.stated_rule = own_rule(i, row_rules) or own_cells.get((i.loc.table, i.loc.row), "")
        p.year = p.year or recs.year
        p.scoring_model = infer_model(p, recs.tiers, told)
        p.scoring_rule = rule if p.scoring_model == "proportional" else ""
    _copied_tables(recs)
    _repeated_records(recs)
    _restatements(recs)
    _restated_tables(recs)
    _names_from_prose(doc, recs)
    _names_from_captions(doc, recs)
    _names_from_sections(doc, recs)
    _name_from_department_line(doc, recs)
    _name_from_title(doc, recs)
    _name_from_coded_record(doc, recs)
    _year_from_name(recs)
    _name_year_cut(recs)
    _grade_from_prose(doc, recs)
    _fund_from_prose(doc, recs)
    _fund_unsaid(doc, recs)
    _amounts_without_figure(doc, recs)
    _name_from_spending_title(doc, recs)
    _rate_from_prose(doc, recs)
    _rate_from_indicator_row(recs)
    _fund_weight_noted(doc, recs)
    _total_rows_below_tables(doc, recs)
    _total_from_coded_record(doc, recs)
    _unread_coded_fund(doc, recs)
    _total_from_prose(doc, recs)
    shared_scan_points(recs)   # a scan's points merged over groups: the shared reading where the totals bear it out
    _unread_total_lines(doc, recs)
    _unread_grade_lines(doc, recs)
    _unread_name_labels(doc, recs)
    _stated_money_unit(doc, recs)
    _swapped_scores(recs)
    _unscored_rows(recs)
    _blank_values(recs)
    runner_ups.chosen(doc, recs)   # before any check reads the fund's figures
    _money_with_operator(recs)
    _points_with_operator(recs)
    _cells_in_doubt(doc, recs)
    _doubtful_scan_rows(recs)
    _closed_up_points(recs)
    _scan_counters_apart(recs)
    _blank_scan_points(recs)
    _short_scan_points(recs)
    _scan_total_above_full(recs)
    _scan_total_below_scores(recs)
    _scan_deadline_years(recs)
    _silent_scan(doc, recs)
    _silent_scan_rows(doc, recs)
    _silent_document(doc, recs)
    say_indicators_missing(doc, recs)
    _say_lone_level2(recs)
    _say_levels_run_together(recs)
    _say_level2_unlike_its_peers(recs)
    _say_undecoded_cells(doc, recs)
    say_error_values(recs)
    say_printed_rows(doc, recs)
    say_silent_tables(extracted, recs)
    recs.paragraphs = [(b.text, b.loc) for b in doc.paragraphs()]
    recs.cells = [(c.text, c.loc) for _, c in doc.iter_cells() if c.text.strip()]
    # a cell's lines are its width's wrapping (a PDF breaks 护林员 | 1.26人次): read as one text
    said = [Paragraph(normalize_ws(c.text), c.loc) for _, c in doc.iter_cells() if running_text(c.text)]
    recs.cell_prose = read_prose(Document(doc.source, doc.format, doc.sha256, blocks=said), recs.doc)
    return recs


# a line's label, a few words before its colon (偏差说明：…)
_LINE_LABEL = re.compile(r"^([^：:，,。；;]{1,12})[：:]")


def _say_lone_level2(recs: DocRecords) -> None:
    """Say the rows read with no level 2 among rows of the same level 1 of one table that have one (a merged cell's
    name printed mid-run, or cut, left their level unread): a reading gap, not a form that has no level 2."""
    for p in recs.projects:
        groups: dict[tuple, list] = {}
        for i in p.indicators:
            if i.level1:
                groups.setdefault((i.loc.file, i.loc.table, i.level1), []).append(i)
        for rows in groups.values():
            bare = [i for i in rows if not (i.level2_raw or "").strip()]
            if bare and len(bare) <= len(rows) - len(bare):
                recs.warnings.append(f"{bare[0].loc.describe()}：{len(bare)}行（" + "、".join(f"“{i.level3}”" for i in bare[:5])
                                     + f"）未读出二级指标，同一“{bare[0].level1}”下其他行有二级指标，请核对原件")


def _no_word(name: str) -> bool:
    """A name that is mostly no words: the segmenter with the domain dictionary (no guessed words) leaves half its
    characters or more, two at least, as lone characters (顶重拍你: 顶 / 重拍 / 你), where a level's name of a
    province's own is words (项目效益, 档案管理, 偿债保障; 失能特困人员集中照护率 leaves 3 of 11)."""
    from jixiao.extract.words import tokenizer
    from .script import matching
    tk = tokenizer()
    words = tk.lcut(matching(name), HMM=False)   # 數量目標 is words in the simplified the dictionary holds
    lone = sum(1 for w in words if len(w) == 1 and re.fullmatch(r"\p{Han}", w))
    return lone >= 2 and 2 * lone >= len(name)


def _say_level2_unlike_its_peers(recs: DocRecords) -> None:
    """On a scan, say a level-2 name that is no level label by its grammar (_LEVEL_LABEL: a modifier before the
    head noun 指标), no form of the template's level-2 names (i.level2 unset) and mostly no words (_no_word), under a level 1 of one table
    whose other rows' level-2 names are all the template's (1436.scan: the merged 质量指标 cell read 顶重拍你 between
    数量指标 and 时效指标): a misreading to check, kept as read (nothing guesses the word from a list) and said once
    for the rows it names. A typed name is as written (a province's own level); so is a scan's where the table's
    level names are its own throughout (no peer of the template's to set it against)."""
    if not recs.ocr:
        return
    cut: dict[tuple, list] = {}
    for p in recs.projects:
        groups: dict[tuple, list] = {}
        for i in p.indicators:
            if whole := _cut_level2(bare(i.level2_raw or "")):
                cut.setdefault((bare(i.level2_raw), whole), []).append(i)
            if i.level1 and (i.level2_raw or "").strip():
                groups.setdefault((i.loc.file, i.loc.table, i.level1), []).append(i)
        for rows in groups.values():
            odd: dict[str, list] = {}
            for i in rows:
                name = bare(i.level2_raw)
                if not i.level2 and not _LEVEL_LABEL.fullmatch(name) and _level2_run(i.level2_raw) is None:
                    odd.setdefault(name, []).append(i)
            # mostly no words, or words only where every row it names was read unsurely (1679.scan: the merged
            # 社会效益指标 cell cut by the page break, its lower half read 红云双盆, which the runner-ups' words made
            # 江云双位佰怀 at 0.55: words to the segmenter, a level name to no grammar)
            odd = {name: named for name, named in odd.items()
                   if _no_word(name) or all(i.ocr_confidence is not None and i.ocr_confidence < DOUBT_BELOW for i in named)}
            peers = [i for i in rows if bare(i.level2_raw) not in odd]
            if not odd or not peers or any(not i.level2 for i in peers):
                continue
            for name, named in odd.items():
                recs.warnings.append(f"{named[0].loc.describe()}：{len(named)}行（" + "、".join(f"“{i.level3}”" for i in named[:5])
                                     + f"）的二级指标读作“{name}”，不合二级指标名的写法（……指标），同一“{named[0].level1}”下"
                                     "其他行的二级指标均为常用名称，疑为识别有误，按所读保留，请核对原件")
    for (name, whole), named in cut.items():
        recs.warnings.append(f"{named[0].loc.describe()}：{len(named)}行（" + "、".join(f"“{i.level3}”" for i in named[:5])
                             + f"）的二级指标读作“{name}”，不是常用的二级指标名，是{whole}的后半，疑为开头的字未识别出，"
                             "按所读保留，请核对原件")


def _cut_level2(name: str) -> str | None:
    """A scan's level-2 name that is no name of the template's but the tail of one, one to three characters short
    at its start (1497.scan: 社会效益指标 read 会效益指标, 可持续影响指标 持续影响指标, the level of the second still
    taken by its form; the cell's first characters lost at its left edge): the template names it ends, quoted, or
    None. A name that is a level 1's (效益指标) or a template name of its own (满意度指标) is no cut. Said with the
    one or more names (at most three) it may be cut from; nothing is put in its place."""
    if len(name) < 3 or name in LEVEL2_NAMES or canonical_level1(name) is not None:
        return None
    wholes = sorted(v for v in LEVEL2_NAMES if v.endswith(name) and 1 <= len(v) - len(name) <= 3)
    return "或".join(f"“{v}”" for v in wholes[:3]) if wholes else None


# A level label by its grammar: a modifier of two to eight characters (时效, 经济效益, 服务对象满意度, a province's
# own 履职效能) before the head noun 指标, which the modifier does not hold.
_LEVEL_LABEL = re.compile(r"(?:(?!指标)\p{Han}){2,8}指标")


def _level2_run(text: str) -> list[str] | None:
    """The level-2 names a label is written as one after another, whole (时效指标成本指标经济效益指标: three;
    履职效能指标管理效率指标, names of no template: two), each a level label by its grammar (_LEVEL_LABEL: the
    head noun 指标 ends each) that names no level 1 (产出指标数量指标 is a level pair, not a run), or a form
    of the template's level-2 vocabulary written without the head noun (数量质量: no grammar parts what has
    no head noun, so those forms stay listed); None unless two or more fill it."""
    b = bare(text)

    def label(x: str) -> bool:
        return x in LEVEL2_NAMES or bool(_LEVEL_LABEL.fullmatch(x)) and canonical_level1(x) is None

    best: dict[int, list[str]] = {0: []}     # position -> the names that fill the label up to it
    for i in range(len(b)):
        if i not in best:
            continue
        for j in range(i + 2, len(b) + 1):
            if j not in best and label(b[i:j]):
                best[j] = best[i] + [b[i:j]]
    names = best.get(len(b))
    return names if names and len(names) >= 2 else None


# The fields a table's column is read as, as the analyst names them.
_FIELD_LABELS = (("target", "年度指标值"), ("actual", "实际完成值"), ("weight", "分值"), ("score", "得分"))
# A character no text stands for: a control character (a font's code 0, 1262.pdf), U+FFFD, pdfminer's (cid:N).
_UNDECODED = re.compile(r"[\p{Cc}\ufffd]|\(cid:\d+\)")


def _say_undecoded_cells(doc: Document, recs: DocRecords) -> None:
    """Name the indicator rows whose cells hold characters their font gave no text for (1262.pdf: a picture's
    digits printed in a subset font that maps them to code 0, so 分值 / 得分 read as blanks): per table, the
    rows (by name) and their cells (by the field the table reads the column as, else its number), counted.
    The page's count (extract: PDF 第N页有M个字符…) says no more than that some cells read blank."""
    tables = doc.tables()
    rows: dict[int, list] = {}
    undecoded: dict[int, list] = {}    # per table, its cells holding such a character, found once
    for p in recs.projects:
        for i in p.indicators:
            at = i.loc
            if at.table is None or at.row is None or at.table >= len(tables):
                continue
            if (marked := undecoded.get(at.table)) is None:
                marked = undecoded[at.table] = [c for c in tables[at.table].cells
                                                if _UNDECODED.search(c.text.replace("\n", " ").replace("\t", " "))]
            cols = sorted({c.col for c in marked if c.row <= at.row < c.row + c.rowspan})
            if cols:
                rows.setdefault(at.table, []).append((i, cols))
    for k, found in rows.items():
        roles: dict[int, str] = {}
        for p in recs.projects:
            for i in p.indicators:
                for key, label in _FIELD_LABELS:
                    if i.loc.table == k and (f := getattr(i, key)) is not None and f.loc.col is not None:
                        roles.setdefault(f.loc.col, label)
        named = "；".join(f"{i.level3 or f'第{i.loc.row + 1}行'}（{'、'.join(roles.get(c, f'第{c + 1}列') for c in cols)}）"
                         for i, cols in found)
        recs.warnings.append(f"{tables[k].loc.describe()}：{len(found)}行指标共{sum(len(c) for _, c in found)}个单元格中有字体"
                             f"未给出对应文字的字符（显示为字形、读不出，常见于数字），这些单元格的数值未读取或不全：{named}，请核对原件")


def _say_levels_run_together(recs: DocRecords) -> None:
    """Say a row whose level-2 cell holds two level-2 names or more, whole, one after another
    (时效指标成本指标经济效益指标): the cells of several rows read as one (a PDF whose rows the reader
    could not part, 1260.pdf's dates overflowing a text box's tab stops), its name, figures and scores
    those of more than one indicator (or a merged level cell naming two levels: the level is unread either
    way). Read as it is, with no level 2, and said with the names. Where its name runs over two lines or
    more as well (项目完成时间 / 每亩新植补助), the record stands for rows of more than one indicator: at
    least one row more is counted unread (unread.say_unread, on the project), so no sum of the project
    is checked as if its rows were read whole (a false JX302 on 1260.pdf: two rows' scores as one)."""
    for p in recs.projects:
        for i in p.indicators:
            names = _level2_run(i.level2_raw or "")
            if names and not i.level2:
                warning = (f"{i.loc.describe()}：二级指标一格连写了{len(names)}个二级指标名（"
                           + "、".join(f"“{n}”" for n in names) + "），该行二级指标未读取；像是几行连在一起读取，"
                           f"该行（“{normalize_ws(i.level3 or '')[:30]}”）的名称和数值可能分属几条指标")
                if len([x for x in (i.level3 or "").split("\n") if x.strip()]) >= 2:
                    say_unread(recs, warning + "，至少1行指标未读取，得分等合计未核对，请核对原件", owner=p)
                else:
                    recs.warnings.append(warning + "，请核对原件")


def _money_with_operator(recs: DocRecords) -> None:
    """A fund table's money cell is an amount, exact as written: one read with an operator (≤00.00,
    439's scan took the 5 of 500.00 for ≤) is no amount but a reading to check. It is dropped, with a
    warning naming the cell, so that no rule sums it as money (a false JX204 on the sources)."""
    def doubtful(f: Figure | None, label: str) -> bool:
        if f is None or f.loc.table is None or f.q.op not in (">=", "<=", ">", "<"):
            return False
        recs.warnings.append(f"{f.loc.describe()}：资金表“{bare(label)}”一栏金额写为 {f.raw}，金额中不应有"
                             f"运算符，疑为识别有误，未参与资金核对，请核对原件")
        return True

    for p in recs.projects:
        for name in MONEY_FIELDS:
            if doubtful(getattr(p, name), "年度资金总额"):
                setattr(p, name, None)
            for s in p.fund_sources:
                if doubtful(s.figures.get(name), s.label):
                    del s.figures[name]


POINT_FIELDS = {"fund_weight": "资金执行分值", "fund_score": "资金执行得分", "total_weight_stated": "总分分值",
                "total_score_stated": "总分得分"}


def _points_with_operator(recs: DocRecords) -> None:
    """A scan's points cell (分值, 得分) is a bare figure: one read with an operator (806.scan's small
    tiles: the 1 of 10 taken for ≥, 分值 ≥0) is a misreading, not what the form says. The row is named
    doubtful (Indicator.doubt: no rule finds on it as if sure); the fund's or the total's points are
    dropped, each with a warning naming the cell, as money read with an operator is."""
    if not recs.ocr:
        return
    def operator(f: Figure | None) -> bool:
        return f is not None and f.loc.table is not None and f.q.op in (">=", "<=", ">", "<")

    for p in recs.projects:
        for name, label in POINT_FIELDS.items():
            f = getattr(p, name)
            if operator(f):
                recs.warnings.append(f"{f.loc.describe()}：{label}识别为 {f.raw}，分值、得分中不应有运算符，"
                                     f"疑为首位数字被识别为该符号，未参与核对，请核对原件")
                setattr(p, name, None)
        for i in p.indicators:
            why = [f"{label} {f.raw} 中有运算符" for label, f in (("分值", i.weight), ("得分", i.score)) if operator(f)]
            if why:
                i.doubt = "；".join(filter(None, [i.doubt, *why]))
                recs.warnings.append(f"{(i.weight or i.score).loc.describe()}：“{i.level3}”一行{'；'.join(why)}，"
                                     f"分值、得分中不应有运算符，疑为首位数字被识别为该符号，读数存疑，请核对原件")


def _cells_in_doubt(doc: Document, recs: DocRecords) -> None:
    """The figures read from cells the reader holds in doubt though OCR was sure of them (Cell.doubt: a
    drop of water on the glass over the cell's print, extract.scan_drops; 1215.scan read 1,500.00 as
    1.5 and 7.45 as 7.4 there): an indicator row with such a figure is named doubtful (Indicator.doubt:
    no rule finds on it as if sure, the withholding said); a fund or total figure, which has no row to
    doubt, is not read (dropped, said), as money read with an operator is. Said with the cell and why."""
    def key(loc) -> tuple:
        return (loc.file, loc.page, loc.table, loc.row, loc.col)

    doubted = {key(c.loc): c.doubt for _, c in doc.iter_cells() if c.doubt and c.loc.table is not None}
    if not doubted:
        return
    for p in recs.projects:
        for name in PROJECT_FIGURES:
            f = getattr(p, name, None)
            if isinstance(f, Figure) and f.loc.table is not None and key(f.loc) in doubted:
                recs.warnings.append(f"{f.loc.describe()}：{FIGURE_NAMES.get(name, name)}识别为 {f.raw}，该格字迹被"
                                     f"{doubted[key(f.loc)]}遮住一部分，读数存疑，未读取，请核对原件")
                setattr(p, name, None)
        for s in p.fund_sources:
            for name, f in list(s.figures.items()):
                if isinstance(f, Figure) and f.loc.table is not None and key(f.loc) in doubted:
                    recs.warnings.append(f"{f.loc.describe()}：资金表“{bare(s.label)}”一栏识别为 {f.raw}，该格字迹被"
                                         f"{doubted[key(f.loc)]}遮住一部分，读数存疑，未读取，请核对原件")
                    del s.figures[name]
        for i in p.indicators:
            # a figure left unread there too (a cell over rows holding a figure a line): the row's blank is no blank
            why = [f"{label} {(f.raw or '').strip() or '（未读取）'} 的字迹被{doubted[key(f.loc)]}遮住一部分"
                   for label, f in (("指标值", i.target), ("实际完成值", i.actual), ("分值", i.weight), ("得分", i.score))
                   if f is not None and f.loc.table is not None and key(f.loc) in doubted]
            if why:
                i.doubt = "；".join(filter(None, [i.doubt, *why]))
                recs.warnings.append(f"{i.loc.describe()}：“{i.level3}”一行{'；'.join(why)}，读数存疑，请核对原件")


# A project's figure named in a warning with no fund row around it: the fund field's name, its points
# said as the fund's (资金执行分值, not a bare 分值).
FIGURE_NAMES = {**FUND_NAMES, **POINT_FIELDS}


# What a project holds that one block of the document states once (a figure, the grade, a list).
_PARTS = ("budget_initial", "budget_full_year", "executed", "arrived", "exec_rate_stated", "fund_weight",
          "fund_score", "fund_score_rate", "fund_deduction", "total_weight_stated", "total_score_stated", "indicator_weight_label",
          "grade_stated", "indicators", "fund_sources")


# A scan's row the engine read unsurely (792's motion-blur strip: 5 read 55 from the smear's second
# image, 公里 read 公里里) whose cells also break the row's grammar is named as doubtful: a wrong
# reading is worse than a reading said to be unsure, and the engine's low score alone says nothing
# about which rows are wrong. The grammar: a weight or a score above every weight of the table's
# surely read rows, or a unit's character doubled.
DOUBT_BELOW = Decimal("0.9")   # the row's lowest cell confidence (extract.ocr_reader.LOW_CONFIDENCE)
SURE_ROWS = 3                  # surely read weighted rows that give the column's measure
DOUBLED_UNIT = re.compile(r"[\d≥≤<>].*(\p{Han})\1$")   # after a figure or a sign: 家家户户 is words


def _doubtful_scan_rows(recs: DocRecords) -> None:
    """Name, row by row, the unsurely read indicator rows of a scan whose cells break the row grammar."""
    for p in recs.projects:
        rows = [i for i in p.indicators if i.ocr_confidence is not None]
        sure = [i.weight.value for i in rows if i.ocr_confidence >= DOUBT_BELOW and i.weight is not None
                and i.weight.value is not None]
        top = max(sure) if len(sure) >= SURE_ROWS else None
        vouched = _summed_to_total(p, rows)
        for i in rows:
            if i.ocr_confidence >= DOUBT_BELOW:
                continue
            why = [f"{name} {f.raw} 高于本表识别可靠各行的分值（至多 {top}）" for name, f in (("分值", i.weight), ("得分", i.score))
                   if top is not None and f is not None and f.value is not None and f.value > top and name not in vouched]
            why += [f"{name}“{f.raw}”单位的字重复" for name, f in (("指标值", i.target), ("实际完成值", i.actual))
                    if f is not None and DOUBLED_UNIT.search("".join(f.raw.split()))]
            if why:
                i.doubt = "；".join(why)
                recs.warnings.append(f"{(i.weight or i.actual).loc.describe()}：“{i.level3}”一行 OCR 识别置信度低"
                                     f"（{i.ocr_confidence:.2f}），且{'；'.join(why)}，读数存疑，请核对原件")


def _summed_to_total(p, rows: list) -> set[str]:
    """The columns (分值, 得分) whose figures the 总分 row vouches for: every row of the project read, each with the
    figure, and they with the fund's add up to the 总分 row's stated figure to the last digit (1685.scan: the
    satisfaction row's 12, above the 8 of every surely read row, doubted though 90 of the rows and 10 of the fund
    make the stated 100). A misreading that keeps the sum whole to the digit is no likelier than the sum's own
    slip; a weight above the others is a form's choice."""
    out = set()
    if not rows or len(rows) != len(p.indicators):
        return out
    for name, field, fund, stated in (("分值", "weight", "fund_weight", "total_weight_stated"),
                                      ("得分", "score", "fund_score", "total_score_stated")):
        fund, stated = getattr(p, fund, None), getattr(p, stated, None)
        figures = [getattr(i, field) for i in rows]
        if stated is None or stated.value is None or any(f is None or f.value is None for f in figures):
            continue
        own = fund.value if fund is not None and fund.value is not None else 0
        if sum(f.value for f in figures) + own == stated.value:
            out.add(name)
    return out


# A despeckled bilevel scan loses its decimal points with the dust; where the recogniser left no blank for
# one (extract.ocr_digits.lost_points reads a narrow blank back), the figure's digits close up, 1418.scan's
# 7.36 read 736, 2.05万亩 205万亩, 700.00 70000. Nothing in the text tells; the figure's neighbours do. A
# figure written with no point whose magnitude disagrees with theirs by a factor of ten or more, and agrees
# with a point set one or two places from its right, is doubtful:
# - a money figure of a fund source row whose other money is written to P places: its digits with a point
#   P places from the right are read where the sources' sum then is the total's (the fund's own arithmetic,
#   as FundBlock.fund_lost_points reads the fund's score), else it is not read; said either way;
# - an indicator's score above its weight, its digits within the weight with the point set;
# - an indicator's result and target of one unit CLOSED_UP times apart or more, the one with no point within
#   NEAR of the other with the point set (a count of things one by one has no point to lose, and is left).
# The row is named doubtful (Indicator.doubt: its flags held back and said); its figures stay as read.
CLOSED_UP = Decimal(10)
NEAR = Decimal("1.5")


def _pointless(f) -> bool:
    """A figure read with no decimal point, three digits at least (one or two digits losing a point would
    leave a figure of a single digit before it: nothing to tell)."""
    q = getattr(f, "q", f)
    digits = re.sub(r"[^\d.]", "", q.raw or "")
    return q is not None and q.numeric and q.value is not None and q.high is None and "." not in digits \
        and len(digits) >= 3 and not (q.places or 0)


def _stray_point(pointed, plain_fig) -> bool:
    """A figure whose point only splits the other figure's very digits, with nothing but zeros after it
    (1543.scan: a rubber crumb read as a point, 100% read 1.00% beside an actual 100%): one speck makes
    it, and a writer padding zeros after a point would have padded the other cell too; the pointed cell
    is the suspect, not the plain one's lost point."""
    raw = re.sub(r"[^\d.]", "", pointed.raw or "")
    whole, _, decimals = raw.partition(".")
    return bool(decimals) and set(decimals) == {"0"} and "." not in decimals \
        and whole + decimals == re.sub(r"[^\d]", "", plain_fig.raw or "")


def _closed_up_points(recs: DocRecords) -> None:
    """A scan's figures whose decimal points closed up (see CLOSED_UP): fund sources read back or not read,
    indicator rows named doubtful; each said with the figure as read and its neighbours."""
    if not recs.ocr:
        return
    for p in recs.projects:
        _closed_up_sources(recs, p)
        for i in p.indicators:
            why = []
            w, sc = i.weight, i.score
            if sc is not None and w is not None and w.value is not None and w.value > 0 and _pointless(sc) \
                    and sc.value > w.value and any(sc.value.scaleb(-k) <= w.value for k in (1, 2)):
                k = next(k for k in (1, 2) if sc.value.scaleb(-k) <= w.value)
                why.append(f"得分 {sc.raw} 高于分值 {w.raw}，小数点前移{'一两'[k - 1]}位（{plain(sc.value.scaleb(-k)):f}）即不超过分值")
            t, a = i.target, i.actual
            if t is not None and a is not None and t.q.numeric and a.q.numeric and t.q.value and a.q.value \
                    and t.q.unit == a.q.unit and not (counts_things(a.q.unit) and a.q.scale == 1) \
                    and t.q.op in ("=", ">=", ">", "<=", "<") and t.q.high is None and a.q.high is None:
                big, small, side = (a, t, "实际完成值") if a.q.value > t.q.value else (t, a, "指标值")
                if big.q.value >= CLOSED_UP * small.q.value and _pointless(big):
                    near = [k for k in (1, 2) if small.q.value / NEAR <= big.q.value.scaleb(-k) <= small.q.value * NEAR]
                    other = "指标值" if side == "实际完成值" else "实际完成值"
                    if _stray_point(small, big):
                        # the pointed cell is the likelier one misread: name it, the other as the alternative
                        i.doubt = "；".join(filter(None, [i.doubt, f"{other} {small.raw} 小数点存疑"]))
                        recs.warnings.append(
                            f"{small.loc.describe()}：“{i.level3}”一行{other} {small.raw} 去掉小数点即与{side} {big.raw} "
                            f"相同，其小数位全为 0，疑为纸面污点、碎屑被识别为小数点；亦可能{side}漏识小数点，"
                            "两格读数存疑，按所读保留，请核对原件")
                    elif near:
                        why.append(f"{side} {big.raw} 是{'实际完成值' if side == '指标值' else '指标值'} {small.raw} 的 "
                                   f"{plain((big.q.value / small.q.value).quantize(Decimal(1)))} 倍，小数点前移"
                                   f"{'一两'[near[0] - 1]}位即与之相近")
            if why:
                i.doubt = "；".join(filter(None, [i.doubt, *why]))
                recs.warnings.append(f"{i.loc.describe()}：“{i.level3}”一行{'；'.join(why)}，该数字没有小数点，疑为 OCR "
                                     "漏识小数点（二值扫描的去斑点处理等会把小数点当作污点去掉）而数字连在一起，读数存疑，请核对原件")


def _scan_counters_apart(recs: DocRecords) -> None:
    """A scan's indicator row whose target and actual are counts of things in two different counters (1492.scan:
    ≥4000户 read ≥4000片 beside 4120户, a cut stroke changing one character): one indicator counts one kind of
    thing, so one of the two was likely misread; kept as read and said, nothing chosen between them."""
    if not recs.ocr:
        return
    for i in recs.indicators:
        t, a = i.target, i.actual
        if t is None or a is None or not (t.q.numeric and a.q.numeric) or not t.q.unit or not a.q.unit:
            continue
        if t.q.unit != a.q.unit and counts_things(t.q.unit) and counts_things(a.q.unit) and t.q.scale == a.q.scale:
            recs.warnings.append(f"{i.loc.describe()}：“{i.level3}”一行指标值 {t.raw} 与实际完成值 {a.raw} 的计数单位不同"
                                 f"（“{t.q.unit}”与“{a.q.unit}”），同一指标应计同一种单位，疑为 OCR 识别有误，按所读保留，请核对原件")


def _closed_up_sources(recs: DocRecords, p: Project) -> None:
    """A fund source row's money figure with no point among the row's money written to P places (see CLOSED_UP)."""
    money = ("budget_initial", "budget_full_year", "arrived", "executed")
    for s in p.fund_sources:
        written = [f.q.places for n, f in s.figures.items() if n in money and isinstance(f, Figure) and f.q.numeric
                   and (f.q.places or 0) > 0]
        if not written:
            continue
        places = max(set(written), key=written.count)
        for name, f in list(s.figures.items()):
            if name not in money or not isinstance(f, Figure) or not _pointless(f):
                continue
            meant = f.q.value.scaleb(-places)
            others = [g.q.value for n, g in s.figures.items() if n in money and n != name and isinstance(g, Figure)
                      and g.q.numeric and g.q.value is not None]
            if not any(v and meant / NEAR <= v <= meant * NEAR for v in others):
                continue     # no neighbour in the row of the magnitude the point would give: nothing tells
            whole = getattr(p, name, None)
            parts = [x.figures.get(name) for x in p.fund_sources if x.group == s.group]
            summed = None
            if not s.group and isinstance(whole, Figure) and whole.q.value is not None and \
                    all(isinstance(g, Figure) and g.q.numeric and g.q.value is not None for g in parts):
                summed = sum((g.q.value for g in parts if g is not f), Decimal(0)) + meant
            label, loc = FIGURE_NAMES.get(name, name), f.loc.describe()
            digits = re.sub(r"[^\d]", "", f.raw)
            as_point = f"{digits[:-places]}.{digits[-places:]}"
            if summed is not None and summed == whole.q.value:
                s.figures[name] = Figure(replace(f.q, value=meant, raw=as_point, places=places), f.loc)
                recs.warnings.append(f"{loc}：资金表“{bare(s.label)}”一栏{label}识别为 {f.raw}，本行其他金额均写到{places}位小数，"
                                     f"该数没有小数点；读作 {as_point} 则各资金来源之和等于年度资金总额 {whole.raw}，"
                                     f"疑为 OCR 漏识小数点，读作 {as_point}，请核对原件")
            else:
                del s.figures[name]
                recs.warnings.append(f"{loc}：资金表“{bare(s.label)}”一栏{label}识别为 {f.raw}，本行其他金额均写到{places}位小数，"
                                     f"该数没有小数点，为本行其他金额的{10 ** places}倍上下，疑为 OCR 漏识小数点，读数存疑，未读取，请核对原件")


def _blank_scan_points(recs: DocRecords) -> None:
    """A scan's indicator row with no 分值 (or no 得分) where the table's other rows, SURE_ROWS at least,
    all have one (733.scan: two weights under a stamp, read as nothing): OCR left the cell blank, or
    read its ink as nothing; the figure is unread, said row by row, never passed over in silence. So too
    a blank 年度指标值 or 实际完成值 among rows that all have one (1545.scan: a leaked gel pen's blot
    over three rows' targets, taken off with the page's blue as a stamp, left the cells blank, and
    nothing named them)."""
    if not recs.ocr:
        return
    for p in recs.projects:
        for name, field, group, what in (("分值", "weight", "group_weight", "数字"), ("得分", "score", "group_score", "数字"),
                                         ("年度指标值", "target", None, "内容"), ("实际完成值", "actual", None, "内容")):
            def has(i) -> bool:
                f = getattr(i, field)
                return f is not None and f.raw.strip() != "" or group is not None and getattr(i, group) is not None
            # a points cell read as letters, not a figure (1931.scan: a dithered 5 read back as S): unread, named
            if group is not None:
                for i in p.indicators:
                    f = getattr(i, field)
                    if f is not None and f.q.value is None and re.search(r"[A-Za-z0-9]", f.raw) \
                            and len(p.indicators) > SURE_ROWS:
                        recs.warnings.append(f"{i.loc.describe()}：“{i.level3}”一行{name}一格识别为“{f.raw.strip()}”，"
                                             f"不是数字，疑为 OCR 误识，该行{name}未读取，请核对原件")
            blank = [i for i in p.indicators if not has(i)]
            if blank and len(p.indicators) - len(blank) >= max(SURE_ROWS, len(blank) + 1):
                for i in blank:
                    recs.warnings.append(f"{i.loc.describe()}：“{i.level3}”一行{name}一格未识别出{what}（本表其余"
                                         f"{len(p.indicators) - len(blank)}行均有{name}），疑被印章、污迹遮挡或字迹残缺，"
                                         f"该行{name}未读取，请核对原件")
                continue
            # blanks not fewer than the filled rows, but lying between them (1212.scan: a magnifier and
            # its handle over the middle rows' 分值 and 得分, eight and nine of thirteen): the column is
            # filled above and below, so each blank between is unread, not a form without the column
            had = [k for k, i in enumerate(p.indicators) if has(i)]
            if len(had) < SURE_ROWS:
                continue
            between = [i for k, i in enumerate(p.indicators) if had[0] < k < had[-1] and not has(i)]
            if between:
                recs.warnings.append(
                    f"{between[0].loc.describe()}起：{len(between)}行{name}一格未识别出{what}（"
                    + "、".join(f"“{i.level3}”" for i in between)
                    + f"；其上下各行均有{name}，共{len(had)}行），疑被遮挡或字迹残缺，这些行的{name}未读取，请核对原件")


def _short_scan_points(recs: DocRecords) -> None:
    """A scan whose rows' weights, every one read, with the fund's, come short of the 总分 row's stated
    weight, and whose scores come short of the stated total by no more than that (a row's score is
    never above its weight): what the table lost is a whole row or more, weight and score together
    (1286.scan: a sheet jammed in the printer, a band folded under and the 时效 row with it; 96 of
    100 and 95.38 of 99.38, and the only thing said was an unsure 12). OCR left no cell of it to name,
    so the shortfall is said with its figures: which rows, the sums cannot tell."""
    if not recs.ocr:
        return
    for p in recs.projects:
        rows = [i for i in p.indicators if i.ocr_confidence is not None]
        if not rows or len(rows) != len(p.indicators) or p.total_weight_stated is None:
            continue
        weights = [i.weight.value if i.weight is not None else None for i in rows]
        scores = [i.score.value if i.score is not None else None for i in rows]
        stated_w = p.total_weight_stated.value
        fund_w = p.fund_weight.value if p.fund_weight is not None else None
        if None in weights or None in scores or stated_w is None or fund_w is None:
            continue
        short_w = stated_w - fund_w - sum(weights)
        if short_w <= 0:
            continue
        said = (f"各行分值之和 {plain(sum(weights)):f} 加资金分值 {plain(fund_w):f} 为 {plain(sum(weights) + fund_w):f}，比总分行的分值 "
                f"{plain(stated_w):f} 少 {plain(short_w):f} 分")
        stated_s = p.total_score_stated.value if p.total_score_stated is not None else None
        fund_s = p.fund_score.value if p.fund_score is not None else None
        if stated_s is not None and fund_s is not None:
            short_s = stated_s - fund_s - sum(scores)
            if not 0 <= short_s <= short_w:
                continue    # the scores say otherwise: no row lost whole (a typed weight's slip is the rules')
            said += f"，得分之和 {plain(sum(scores) + fund_s):f} 亦比总分 {plain(stated_s):f} 少 {plain(short_s):f} 分"
        recs.warnings.append(f"{p.total_weight_stated.loc.describe()}：{said}：疑有指标行整行未能识别（折痕、遮挡、裁切等，"
                             f"识别出的{len(rows)}行之外至少还有一行，分值合计约 {plain(short_w):f} 分），请核对原件")


def _scan_totals(recs: DocRecords):
    """(project, its stated total score) for each project of a scan whose total score was read with a figure: what
    _scan_total_above_full and _scan_total_below_scores judge."""
    if recs.ocr:
        yield from ((p, p.total_score_stated) for p in recs.projects
                    if p.total_score_stated is not None and p.total_score_stated.value is not None)


def _scan_total_above_full(recs: DocRecords) -> None:
    """A scan's stated 总分 above the marks it is out of (the 总分 row's weight, else FULL_POINTS): no score
    is, so OCR lost its decimal point (1352.scan, a print on ribbed laid paper: 99.29 read 9929, taken as
    the total and said nowhere). Where its digits with a point set in one, two or three places from the
    right are the sum the rows' scores and the fund's score make, to the last digit, it is read so; else,
    at twice full marks or more, it is not read (a score it cannot be; a little above may be a bonus the
    form does not itemise, and a form with points beyond the 100 is left alone). Said, with the figure as
    read."""
    for p, ts in _scan_totals(recs):
        tw = p.total_weight_stated
        full = tw.value if tw is not None and tw.value else FULL_POINTS
        if ts.value <= full or p.beyond_points:
            continue    # (points added outside the 100 may take a total above it)
        scores = [i.score.value if i.score is not None else None for i in p.indicators]
        fund = p.fund_score.value if p.fund_score is not None else None
        made = sum(scores) + fund if scores and None not in scores and fund is not None else None
        places = [k for k in (1, 2, 3) if made is not None and ts.value.scaleb(-k) == made]
        if places:
            value = ts.value.scaleb(-places[0])
            p.total_score_stated = Figure(replace(ts.q, value=value, raw=f"{value:f}", places=places[0]), ts.loc)
            recs.warnings.append(f"{ts.loc.describe()}：总分得分识别为 {ts.raw}，高于满分 {plain(full):f}；各行得分与资金得分之和为 "
                                 f"{plain(made):f}，与该数字相同而差一个小数点，OCR 漏识小数点，读作 {value:f}，请核对原件")
        elif ts.value >= 2 * full:     # (a little above full marks may be a bonus the form does not itemise)
            p.total_score_stated = None
            recs.warnings.append(f"{ts.loc.describe()}：总分得分识别为 {ts.raw}，高于满分 {plain(full):f}，不可能是得分"
                                 "（疑 OCR 漏识小数点），未读取，请核对原件")


def _scan_total_below_scores(recs: DocRecords) -> None:
    """A scan's stated 总分 below half what the scores read already make (the rows' scores read, no score being
    below nothing, and the fund's): no total is, so OCR lost a digit of it (1863.scan, page 2's total row: 99.49
    read 9.49, which judged the grade 优 wrong). It is not read, and said with the figure as read; no digit is
    guessed."""
    for p, ts in _scan_totals(recs):
        made = sum((i.score.value for i in p.indicators if i.score is not None and i.score.value is not None),
                   Decimal(0))
        if p.fund_score is not None and p.fund_score.value is not None:
            made += p.fund_score.value
        if made > 0 and ts.value * 2 < made:
            p.total_score_stated = None
            recs.warnings.append(f"{ts.loc.describe()}：总分得分识别为 {ts.raw}，不足已读各行得分与资金得分之和"
                                 f" {plain(made):f} 的一半，不可能是总分（疑 OCR 漏识一位数字），未读取，请核对原件")


def _scan_deadline_years(recs: DocRecords) -> None:
    """A scan's deadline target whose year is not the report's by one digit while the row's own result
    is dated in the report's year (1416.scan, insect bore holes: a hole in the 3 of 2023年8月31日前 read
    it 2022年, and the deadline, met on 2023年8月26日, was judged missed): the document's own year (its
    title, 填报日期, prose: report_year) and the row's result disagree with the year read, so that year is
    doubtful and said, and the row named doubtful (Indicator.doubt: the flags its deadline would raise are
    held back and said); the row is read as written (no year is guessed)."""
    if not recs.ocr:
        return
    for p in recs.projects:
        year = p.year or recs.year
        if not year:
            continue
        for i in p.indicators:
            t, a = i.target, i.actual
            if t is None or a is None or t.q.op != "deadline" or not t.q.date or not a.q.date:
                continue
            read, done = int(t.q.date[:4]), int(a.q.date[:4])
            if read == year or done != year or sum(x != y for x, y in zip(str(read), str(year))) != 1:
                continue
            # the reader's own doubt: no rule finds on the row as if sure (rules._withhold_doubtful holds its
            # flags back and says so)
            i.doubt = "；".join(filter(None, [i.doubt, f"目标 {t.raw} 的年份 {read} 存疑"]))
            recs.warnings.append(f"{t.loc.describe()}：“{i.level3}”目标 {t.raw} 的年份 {read} 与本报告年度 {year}（标题、"
                                 f"填报日期等处）及本行实际完成 {a.raw} 的年份不一致，只差一个数字，扫描件该年份疑被污损、"
                                 "残缺而识别错误，年份存疑，据此判断的是否达标请核对原件")


def _silent_scan(doc: Document, recs: DocRecords) -> None:
    """A scan whose OCR read text of which nothing reached the records (no project figure, no
    indicator, no list or figure in prose) is said page by page, naming the file: a page read as
    nothing is never passed over in silence (a two-up image read as one cell holding its text)."""
    if not recs.ocr or recs.prose or recs.lists or any(getattr(p, part) for p in recs.projects for part in _PARTS):
        return
    read: dict[int, int] = {}
    for b in doc.blocks:
        texts = [c.text for c in b.cells] if isinstance(b, Table) else [b.text]
        n = sum(len("".join(t.split())) for t in texts)
        read[b.loc.page or 1] = read.get(b.loc.page or 1, 0) + n
    for page, n in sorted(read.items()):
        if n:
            recs.warnings.append(f"{Location(doc.source, page=page).describe()}：OCR 识别出 {n} 个字，"
                                 "但未读出任何项目、资金或指标记录（表格的行列与段落均未读取），请核对原件")


def _silent_scan_rows(doc: Document, recs: DocRecords) -> None:
    """A scan of which no indicator was read and no row said unread, where OCR read the table's lines
    into cells of a frame (750.scan: each <fieldset>'s ruled box one cell holding its header and its
    rows a line each): the lines under an indicator table's header line that look like its rows
    (normalize.unread.silent_rows), in paragraphs or in such cells, are counted unread and each named;
    the prose read beside them is no reading of the table, so they are not passed over in silence."""
    if not recs.ocr or recs.indicators or recs.unread_rows:
        return
    lines = []
    for b in doc.blocks:
        if isinstance(b, Paragraph):
            lines.append(b)
        else:
            # OCR's line text puts a space only where the ink leaves a gap of cells (ruled_page._line_text)
            lines += [Paragraph(x.replace(" ", "\t"), c.loc) for c in b.cells if "\n" in c.text
                      for x in c.text.split("\n") if x.strip()]
    rows = silent_rows(lines, ocr=True)
    if not (heads := [k for k, (_, _, head) in enumerate(rows) if head]):
        return
    rows = [row for row in rows[heads[0]:] if not row[2]]
    say_silent_rows(recs, rows)
    if rows:
        recs.warnings.append(f"{doc.source}：OCR 识别出指标表的表头与{len(rows)}行像指标行的文字（逐行见上），"
                             "表格的行列未能识别，这些行未读取，指标数据可能漏读，请核对原件")


def _silent_document(doc: Document, recs: DocRecords) -> None:
    """A document with text of which no project and no indicator was read is never passed over in
    silence: the lines that look like an indicator table's (normalize.unread.silent_rows) are counted
    unread and named, and the document says in one warning that nothing was read from it. (A scan
    says so page by page: _silent_scan.)"""
    if recs.ocr or recs.indicators:
        return
    if recs.projects:
        _silent_indicators(doc, recs)
        return
    chars = sum(len(normalize_ws(b.text)) for b in doc.paragraphs()) + \
        sum(len(normalize_ws(c.text)) for _, c in doc.iter_cells())
    if not chars:
        return
    rows = silent_rows(doc.blocks) if not recs.unread_rows else []
    say_silent_rows(recs, rows)
    if recs.unread_rows:
        least = "至少" if recs.unread_least else ""
        recs.warnings.append(f"{doc.source}：未读取到任何项目或指标记录，{least}有 {recs.unread_rows} 行像指标表的行未能读取"
                             "（逐行见上），指标与资金数据可能漏读，请核对原件")
    elif not (recs.prose or recs.lists):
        recs.warnings.append(f"{doc.source}：文件有 {chars} 个字的文字，但未读取到任何项目、资金、指标或清单记录，"
                             "请核对原件是否为绩效自评报告、表格是否完整")
    elif any("无资金表" in w for w in recs.warnings):
        return      # the money the prose tells was named where it was read
    elif (told := _money_sentence(doc)) is not None:
        # figures were read from the prose, but money told in sentences opened no project (061: 计划投资2179万元,
        # 已完成拨付2113.63万元): the first such sentence is named, the fund never passed over in silence
        loc, sentence = told
        recs.warnings.append(f"{loc.describe()}：句子“{sentence[:80]}”写有资金金额，但全文未读取到任何项目或指标记录，"
                             "项目资金未读取，请核对原件")
    else:
        # figures were read from the prose, and no money and no record (005: a report's name, year and unit as
        # label lines, its text cut off before its money): said once, the document never passed over in silence
        recs.warnings.append(f"{doc.source}：文件有 {chars} 个字的文字，文中读到 {len(recs.prose)} 处数字，但未读取到任何"
                             "项目、资金或指标记录，请核对原件是否完整")


def _money_sentence(doc: Document) -> tuple | None:
    """The first sentence of the document's paragraphs that tells an amount of money (X万元, X元), with its
    paragraph's place; None where none does."""
    for b in doc.paragraphs():
        for sentence in SENTENCE_END.split(normalize_ws(b.text)):
            if _AMOUNT_FIGURE.search(sentence):
                return b.loc, sentence.strip()
    return None


def _silent_indicators(doc: Document, recs: DocRecords) -> None:
    """A document whose project was read (its name, its fund) and no indicator: its paragraphs that look
    like an indicator table's lines (a name and figures, or a header naming its fields:
    normalize.unread.silent_rows) are counted unread and named, never passed over in silence. The
    tables were read (the project's own rows are there), so only the lines left as text count."""
    if recs.unread_rows:
        return
    rows = silent_rows(doc.paragraphs() + code_lines(doc))
    if heads := [k for k, (_, _, head) in enumerate(rows) if head]:
        rows = rows[heads[0]:]     # under an indicator table's header: the lines above are the fund's
    say_silent_rows(recs, rows)
    if rows:
        least = "至少" if recs.unread_least else ""     # a table run into its header's line (run_on_rows)
        recs.warnings.append(f"{doc.source}：读取到项目，但未读取到任何指标记录，{least}有 {recs.unread_rows} 行像指标表的行未能读取"
                             "（逐行见上），指标数据可能漏读，请核对原件")


def _units(doc: Document, recs: DocRecords, texts: list[str]) -> None:
    """Each project's department in charge and implementing unit (its rows' labels, else the one value
    the document's labels give each), its unit chosen from them (reporting_unit.choose); the document's
    unit its first project's, else a 单位 label's, else read_unit's."""
    found = labelled(doc)
    for role in ("department", "agency"):
        values = found.get(role, [])
        if len({v for v, _ in values}) != 1:
            continue   # none, or several: which is whose the document does not say
        for p in recs.projects:
            if getattr(p, role) is None:
                setattr(p, role, values[0][0])
                setattr(p, role + "_loc", values[0][1])
    for p in recs.projects:
        p.unit = choose(p.department, p.agency, p.unit)
    units = [p.unit for p in recs.projects if p.unit]
    if units:
        recs.unit = units[0]
    else:
        for t in texts:
            if (m := UNIT_LABEL.search(t)):
                recs.unit = m.group(1)
                break
        recs.unit = recs.unit or read_unit(doc, [b.text for b in doc.paragraphs()])
    for p in recs.projects:
        p.unit = p.unit or recs.unit


def _join_same_name(recs: DocRecords) -> None:
    """Blocks of one document that name the same project are one project (the fund on one sheet, the
    indicators, total and grade on another): a later project of the same name joins the earlier
    where the two hold different parts (no part, unit or year in both); each figure keeps its own
    location. Two blocks that state the same part are two statements (a restatement, a second
    year), left apart, unless one has no indicator and states only what the other does, figure for
    figure (_restated_head): a 项目基本情况表 before the form that repeats its budget and execution
    is the form's project described, not a second one, and joins it."""
    for p in list(recs.projects):
        if p not in recs.projects or not p.name:
            continue
        for q in [q for q in recs.projects if q is not p and q.name and _name_key(q.name) == _name_key(p.name)]:
            if any(getattr(p, k) and getattr(q, k) and getattr(p, k) != getattr(q, k) for k in ("unit", "year")):
                continue
            if any(getattr(p, k) and getattr(q, k) for k in _PARTS):
                head = p if _restated_head(p, q) else q if _restated_head(q, p) else None
                if head is None:
                    continue
                form = q if head is p else p   # the form's figures and places are kept
                for k in ("unit", "department", "department_loc", "agency", "agency_loc", "year"):
                    if not getattr(form, k):
                        setattr(form, k, getattr(head, k))
                recs.projects.remove(head)
                _say_page_scanned_again(recs, head, form)
                if head is p:
                    break
                continue
            if not any((p.budget_initial, p.budget_full_year, p.executed, p.arrived)):
                p.money_unit = q.money_unit   # the unit the money was written in, wherever it was read
            for k in _PARTS + ("unit", "department", "department_loc", "agency", "agency_loc", "year", "grade_raw",
                               "grade_loc"):
                if not getattr(p, k):
                    setattr(p, k, getattr(q, k))
            p.rows_unread += q.rows_unread
            p.cut_off = p.cut_off or q.cut_off
            recs.projects.remove(q)


def _restated_head(a: Project, b: Project) -> bool:
    """a, holding no indicator, states no part that b does not state with the same figure (the money in
    the same unit): a's block describes b's project again. A fund source of a's read without a figure (a
    label alone, or labels run together where a scan's rows merged) states nothing; one with figures
    must be one of b's, figure for figure."""
    if a.indicators or not b.indicators or a.money_unit != b.money_unit:
        return False
    def same(x, y) -> bool:
        if isinstance(x, Figure) and isinstance(y, Figure):
            return x.value is not None and x.value == y.value
        return isinstance(x, str) and x == y

    def figures(s) -> dict:
        return {k: f.value for k, f in s.figures.items() if isinstance(f, Figure) and f.value is not None}

    def stated(k: str) -> bool:
        if k != "fund_sources":
            return same(getattr(a, k), getattr(b, k))
        theirs = [figures(s) for s in b.fund_sources]
        return all(figures(s) in theirs for s in a.fund_sources if figures(s))
    return all(stated(k) for k in _PARTS if getattr(a, k))


def _say_page_scanned_again(recs: DocRecords, head: Project, form: Project) -> None:
    """A scan's page that states a project's name and money again, figure for figure, on another page than
    the form's and reads no indicator of its own, joined to the form's project, is named: the page may be the
    same sheet scanned twice (a crooked try kept before the good one), its table not read in full, and
    nothing of it is counted twice; not said of a document's own text (a 项目基本情况表 before the form)."""
    def page(p: Project):
        for k in _PARTS:
            f = getattr(p, k)
            if isinstance(f, Figure) and f.loc is not None and f.loc.page is not None:
                return f.loc
        return None
    here, there = page(head), page(form)
    if not recs.ocr or here is None or there is None or here.page == there.page:
        return
    where = replace(here, row=None, col=None, ref=None, bbox=None).describe()
    recs.warnings.append(f"{where}：该页表格所写项目名称和资金数与第{there.page}页的“{form.name}”逐项相同，未读出"
                         "指标行，按同一项目读取，未另计为项目；该页可能是同一页的再次扫描（如先扫歪后重扫而两份都"
                         "保留），其表格未能完整识别，请核对原件")


def _copied_tables(recs: DocRecords) -> None:
    """An indicator table of a project whose every row repeats, field for field (name, target,
    result, weight, score), a row of a larger table of the same project is a copy of part of it
    (843.scan: a screenshot of the form's first rows pasted into a meeting's minutes, read from the
    page image like any table), not more indicators: its rows are dropped and its place named."""
    def same(i: Indicator) -> tuple:
        return (i.level3_key, i.target.raw, i.actual.raw, i.weight.raw if i.weight else None,
                i.score.raw if i.score else None)

    for p in recs.projects:
        tables: dict[int, list[Indicator]] = {}
        for i in p.indicators:
            if i.loc is not None and i.loc.table is not None:
                tables.setdefault(i.loc.table, []).append(i)
        dropped: set[int] = set()
        for t, rows in tables.items():
            mine = [same(i) for i in rows]
            if len(set(mine)) < len(mine):
                continue
            whole = next((u for u, theirs in tables.items() if u != t and u not in dropped and
                          len(theirs) > len(rows) and set(mine) <= {same(i) for i in theirs}), None)
            if whole is None:
                continue
            dropped.add(t)
            gone = {id(i) for i in rows}
            p.indicators = [i for i in p.indicators if id(i) not in gone]
            where = replace(rows[0].loc, row=None, col=None, ref=None, bbox=None).describe()
            recs.warnings.append(f"{where}：本表{len(rows)}行指标与同一项目的表{whole + 1}逐项相同（名称、指标值、"
                                 f"完成值、分值、得分），按摘录或截图处理，未重复计入")


def _repeated_records(recs: DocRecords) -> None:
    """A record that restates an indicator read before it, with no points of its own (a log's warning
    record naming row 8 again under another level and message: 三级指标=X 实际完成值=… 年度指标值=… 扣分=2,
    1458.txt): the same name, the same target (its bound and figure) and the same result, no 分值 and no 得分,
    a 扣分 only where it is the row's 分值 less its 得分, is that row said again, no indicator of its own:
    dropped, its place named."""
    def bound(f) -> tuple:
        return (f.q.op, f.value, f.q.unit) if f is not None and f.value is not None else (None, f.raw if f else None)

    for p in recs.projects:
        kept: list[Indicator] = []
        for i in p.indicators:
            if i.weight is None and i.score is None and i.level3_key and i.target and i.actual and \
                    i.target.raw and i.actual.raw:
                first = next((j for j in kept if j.level3_key == i.level3_key and j.weight is not None
                              and j.score is not None and bound(j.target) == bound(i.target)
                              and bound(j.actual) == bound(i.actual)), None)
                if first is not None and (i.deduction is None or (
                        i.deduction.value is not None and first.weight.value is not None and
                        first.score.value is not None and i.deduction.value == first.weight.value - first.score.value)):
                    where = i.loc.describe() if i.loc is not None else "（位置不明）"
                    # what was said of the record as a row of its own (表中无得分列…) is said of no row now
                    recs.warnings = [w for w in recs.warnings if not w.startswith(f"{where}：")]
                    recs.warnings.append(f"{where}：该记录的指标“{i.level3}”名称、年度指标值、实际完成值与"
                                         f"{first.loc.describe() if first.loc is not None else '前文'}的指标相同，"
                                         "且无分值、得分，按同一指标的重复记录处理，未另计为指标")
                    continue
            kept.append(i)
        p.indicators = kept


def _restatements(recs: DocRecords) -> None:
    """An unscored indicator table that repeats a scored one's rows is a restatement, not a project."""
    scored = [p for p in recs.projects if p.scored]
    for p in list(recs.projects):
        if p.scored or not p.indicators:
            continue
        mine = {i.level3_key for i in p.indicators}
        for q in scored:
            theirs = {i.level3_key for i in q.indicators}
            if len(mine & theirs) >= max(1, len(mine) * 2 // 3):
                recs.projects.remove(p)
                recs.restatements.append(p)
                # its place, so the analyst finds the table, and its name where it has one
                where = replace(p.indicators[0].loc, row=None, col=None, ref=None, bbox=None).describe()
                named = f"“{p.name}”的指标表" if p.name else "未写项目名称的指标表"
                recs.warnings.append(f"{where}：{named}重述了“{q.name}”的指标（无得分），未单独计入")
                break
    for p in list(recs.projects):
        # A project named and nothing read under it is still a project (068: the head of the next
        # project's table, cut off before its figures), and so is one whose report told its score (027:
        # 自评得97.5分, _scored_report); one with none of these is no project at all.
        if not p.name and not p.indicators and p.executed is None and p.budget_full_year is None \
                and p.budget_initial is None and p.total_score_stated is None:
            recs.projects.remove(p)


def _restated_tables(recs: DocRecords) -> None:
    """Within one scored project, a table with no points (no weight, no score) whose rows the project's
    scored table has too is a restatement: a table of targets alone (the 绩效目标表 before the scored
    framework, 848), or of results told again (959's 上年 / 本年 / 增减 comparison after the form, its
    上年 column taken for targets). Its rows are no records of their own; the table is named."""
    for p in recs.projects:
        if not p.scored:
            continue
        by_table: dict = {}
        for i in p.indicators:
            by_table.setdefault(i.loc.table, []).append(i)
        for table, rows in by_table.items():
            if any(i.score is not None or i.weight is not None for i in rows):
                continue
            results = any(i.actual is not None and i.actual.raw for i in rows)
            mine = {i.level3_key for i in rows}
            theirs = {i.level3_key for k, other in by_table.items() if k != table for i in other
                      if i.score is not None}
            if len(mine & theirs) >= max(2, len(mine) * 2 // 3):
                p.indicators = [i for i in p.indicators if i.loc.table != table]
                where = replace(rows[0].loc, row=None, col=None, ref=None, bbox=None).describe()
                listed = "未列分值和得分" if results else "只列指标值"
                recs.warnings.append(f"{where}：该表{listed}，其{len(rows)}项指标在“{p.name}”的评分表中重述并评分，"
                                     "按评分表读取，未另计为指标")


def _names_from_prose(doc: Document, recs: DocRecords) -> None:
    """A project its tables name nowhere takes the name of the labelled line nearest above its
    table, below the table of the project before it (a form's heading lines: 项目名称：X)."""
    lines = [(b.loc.block, m.group(1).rstrip("，。；;,")) for b in doc.paragraphs() if b.loc is not None
             and b.loc.block is not None for m in [*NAME_LINE.finditer(b.text), *NAME_PAIR.finditer(b.text)]]
    lines += _name_cell_lines(doc)
    lines += [(b.loc.block, value) for caption, label, value, b in captioned_lines(doc)
              if re.fullmatch(NAME_LABEL, caption + label)]
    lines.sort(key=lambda x: x[0])
    opening = _opening_paragraphs(doc)
    after = -1
    for p in recs.projects:
        at = p.loc.block if p.loc is not None and p.loc.block is not None else None
        if at is None:
            continue
        if not p.name and p.loc.table is None and at != after and (b := opening.get(at)) is not None and \
                (name := _name_between(b.text)):
            # read from a paragraph (a form flattened into one): the first project there takes the name
            # its own text opens with, nearer than any line above
            p.name, p.name_raw, p.name_loc = name, b.text, b.loc
        if not p.name:
            near = [name for block, name in lines if after < block < at and name]
            p.name = near[-1] if near else None
        after = at
    if len(recs.projects) == 1 and not recs.projects[0].name and len(named := {name for _, name in lines if name}) == 1:
        # the one project, nothing labelled above its table, and every labelled line of the document (below
        # it: a dump's tables in name order, the project's record last) naming one and the same: its name
        recs.projects[0].name = named.pop()


def _name_between(text: str) -> str | None:
    """The value of a text's FIRST name label where the next label closes it (项目名称 X 项目实施单位):
    a later one names a later form flattened into the same text (056: 项目名称 主管部门 …, the first form's
    name printed apart; the second's 项目名称 援滇… 主管部门 is no name of the first)."""
    first = re.search(NAME_LABEL, text)
    m = NAME_BETWEEN.match(text, first.start()) if first else None
    return m.group(1) if m and not re.fullmatch(_NEXT_LABEL, m.group(1)) else None


def _stated_money_unit(doc: Document, recs: DocRecords) -> None:
    """A project whose money nothing read (its money_unit the default) takes the unit the text it was
    read from states (a form flattened into a paragraph: 项目资金 (元) … ; the line above its table:
    金额单位：元), where that text states one unit only: the document's word over the default."""
    opening, above = _opening_paragraphs(doc), _paragraphs_by_block(doc)
    for p in recs.projects:
        if p.loc is None or p.loc.block is None or \
                any(getattr(p, f) is not None for f in ("budget_initial", "budget_full_year", "arrived", "executed")):
            continue
        for b in (opening.get(p.loc.block), above.get(p.loc.block - 1)):
            units = {next(u for u in m.groups() if u) for m in MONEY_STATED.finditer(normalize_ws(b.text))} if b else set()
            if len(units) == 1:
                p.money_unit = units.pop()
                break
            if units:
                break     # two units stated: which is this project's, the text does not say


# A table's caption on the line above it (表1　X绩效评价指标体系及评分表): the table's number, then its
# title, no sentence.
CAPTION = re.compile(r"^\s*表\s*[0-9一二三四五六七八九十]+\s*[：:.、．-]?\s*(?P<title>[^\s。；;，,：:][^。；;，,：:]{1,59})$")


def _paragraphs_by_block(doc: Document) -> dict:
    """The document's paragraphs by their block number: the line above or below a table is the
    block beside the table's (a caption, a total row read as text)."""
    return {b.loc.block: b for b in doc.paragraphs() if b.loc is not None and b.loc.block is not None}


def _opening_paragraphs(doc: Document) -> dict:
    """The first paragraph of each block: a paragraph whose rows were rebuilt into a table is cut
    around it (its pieces share its block), and the piece before the table is what opens the form."""
    out: dict = {}
    for b in doc.paragraphs():
        if b.loc is not None and b.loc.block is not None:
            out.setdefault(b.loc.block, b)
    return out


def _names_from_captions(doc: Document, recs: DocRecords) -> None:
    """A project nothing names, in a document of several (a report's scoring framework beside the
    project's own form: two scorings, each with its own total), takes the title of the caption on
    the line right above its table (表1　X项目绩效评价指标体系及评分表 -> X项目绩效评价指标体系及评分表),
    so that each scoring is told apart in the outputs."""
    if len(recs.projects) < 2:
        return
    lines = _paragraphs_by_block(doc)
    for p in recs.projects:
        if p.name or p.loc is None or p.loc.block is None or (b := lines.get(p.loc.block - 1)) is None:
            continue
        if (m := CAPTION.match(normalize_ws(b.text))):
            p.name, p.name_raw, p.name_loc = m.group("title").strip(), b.text, b.loc


# The words of a section heading that say what is done in it, not which part it is (建设期绩效评价 -> 建设期).
_SECTION_DOING = re.compile(r"(?:绩效)?(?:自评|评价|评分|自评价)(?:情况|结果)?(?:表)?$")


def _names_from_sections(doc: Document, recs: DocRecords) -> None:
    """One project named, its document in sections (一、建设期绩效评价（…） | 二、运营期绩效评价（…）),
    each opened by a numbered heading and holding its own indicator table, the tables after the
    first naming no project: each section is a part of the named project, scored on its own,
    named by the project with the section's words in brackets (X（建设期）). Only where every
    project has such a heading of its own."""
    named = [p for p in recs.projects if p.name]
    if len(recs.projects) < 2 or len(named) != 1 or not all(p.indicators for p in recs.projects):
        return
    heads = [(b.loc.block, b) for b in doc.paragraphs() if b.loc is not None and b.loc.block is not None
             and NUMBERED.match(b.text) and len(b.text.strip()) <= HEADING_MAX and not SENTENCE.search(b.text)]
    parts, after = [], -1
    for p in recs.projects:
        at = p.indicators[0].loc.block
        near = [b for block, b in heads if after < block < (at if at is not None else -1)]
        if not near:
            return
        words = re.sub(r"[（(][^（()）]*[)）]\s*$", "", NUMBERED.sub("", near[-1].text, count=1)).strip()
        part = _SECTION_DOING.sub("", words).strip()
        if not part:
            return
        parts.append((part, near[-1]))
        after = at
    if len({part for part, _ in parts}) != len(parts):
        return
    name = named[0].name
    for p, (part, b) in zip(recs.projects, parts):
        p.name, p.name_raw, p.name_loc = f"{name}（{part}）", b.text, b.loc


# A section's caption alone on its line over its label：value lines (an INI / TOML export's [项目] over
# 名称 = "…", [总分] over 满分 = 100 / 得分 = 99.00, read as 项目 then 名称：…): the caption qualifies each
# label under it, as one cell's label would (项目 + 名称 is a form's 项目名称; 得分 under 总分 the total's).
# A caption or a label is a short phrase, 1 to 8 characters (项目, 总分, 资金情况): a longer run is a sentence.
SECTION_CAPTION = re.compile(r"^\p{Han}{1,8}$")
SECTION_LINE = re.compile(r"^(?P<label>\p{Han}{1,8})[：:](?P<value>\S.*)$")


def captioned_lines(doc: Document) -> list[tuple[str, str, str, Paragraph]]:
    """(caption, label, value, paragraph) for each label：value line under a caption, the lines
    running on in the blocks right after it, up to the next caption, table or other line."""
    out, caption, last = [], None, None
    for b in doc.paragraphs():
        block = b.loc.block if b.loc is not None else None
        text = normalize_ws(b.text).replace(" ", "")
        if block is None:
            caption = None
            continue
        if SECTION_CAPTION.match(text):
            caption = text
        elif caption is not None and last is not None and block == last + 1 and (m := SECTION_LINE.match(text)):
            out.append((caption, m.group("label"), m.group("value"), b))
        else:
            caption = None
        last = block
    return out


_LABEL_LINE = re.compile(rf"^\s*{NAME_LABEL}\s*$")
_NEXT_LABEL_LINE = re.compile(rf"^\s*{_NEXT_LABEL}\s*[：:]?\s*$")


def _name_cell_lines(doc: Document) -> list[tuple[int, str]]:
    """A form's label cells and their values a cell a line (a PDF viewer's copy, 322): the name label on
    a line of its own, then its value over the lines up to the next label's line (a value too wide for
    its cell wraps: 2023年…建设补助 / 项目). Taken only where that next label closes it, at most three lines."""
    paras = [b for b in doc.blocks if isinstance(b, Paragraph) and b.text.strip()]
    out = []
    for n, b in enumerate(paras):
        if b.loc.block is None or not _LABEL_LINE.match(b.text):
            continue
        value = paras[n + 1:n + 5]
        end = next((k for k, v in enumerate(value) if _NEXT_LABEL_LINE.match(v.text) or _LABEL_LINE.match(v.text)), None)
        if end and all(v.loc.block == b.loc.block + 1 + k for k, v in enumerate(value[:end])):
            out.append((b.loc.block, "".join(v.text.strip() for v in value[:end])))
    # the label's line right before a table of the value boxes beside it (750.pdf: the label a line of
    # its own, the boxes a table): the table's first cell, where it reads as a project's name
    for b, t in zip(doc.blocks, doc.blocks[1:]):
        if isinstance(b, Paragraph) and isinstance(t, Table) and b.loc.block is not None and \
                _LABEL_LINE.match(b.text) and (first := t.cell_at(0, 0)) is not None and \
                (name := project_heading(first.text)):
            out.append((b.loc.block, name))
    return out


def _name_from_department_line(doc: Document, recs: DocRecords) -> None:
    """The one project of a 部门整体 form (so titled) that nothing names takes the department its
    labelled line names, as the tables take it from a 部门（单位）名称 cell."""
    if len(recs.projects) != 1 or recs.projects[0].name:
        return
    paras = list(doc.paragraphs())
    if not any(WHOLE_UNIT_TITLE.search(b.text) for b in paras):
        return
    for b in paras:
        if (m := DEPT_LINE.search(b.text)):
            p = recs.projects[0]
            p.name, p.name_raw, p.name_loc = m.group(1), b.text, b.loc
            return


def _one_unnamed(doc: Document, recs: DocRecords) -> bool:
    """The document holds one project, no name read for it, and nothing labelled names one (no 项目名称 row
    or line anywhere): a title may name it."""
    return len(recs.projects) == 1 and not recs.projects[0].name and \
        not any(NAME_LINE.search(b.text) for b in doc.paragraphs())


def _name_from_title(doc: Document, recs: DocRecords) -> None:
    """The one project the document holds takes the subject its title names (2023年度X绩效自评报告),
    or the department a 部门整体 report's title names as its issuer and signs as its unit, only where nothing labelled names
    a project: no 项目名称 row or line anywhere."""
    if not _one_unnamed(doc, recs):
        return
    # a 部门整体 report's issuer names the project where the report's unit (its signature, a 单位 line)
    # is that issuer: a title's leading words alone may be a place (某县2022年度部门整体支出…)
    if (found := title(doc)) and (name := subject(found[0], spending=False) or
                                  (recs.unit if recs.unit and department(found[0]) == recs.unit else None)):
        p = recs.projects[0]
        p.name, p.name_raw, p.name_loc = name, found[0], found[1]
        return
    # no title: a sentence above the tables that opens with the project's year and name and speaks of
    # its performance (2023年X项目绩效自评指标接龙，…), a heading that is the name alone, or a sentence naming it
    # in quotes before its performance (对你单位实施的“2023年X项目”绩效自评结果…) names it
    for k, b in enumerate(doc.blocks):
        if not isinstance(b, Paragraph):
            break
        # a heading broken over two lines (关于“2023X项目” | 预算绩效评价结果的公示): the quote on the first,
        # the performance words on the next
        nxt = doc.blocks[k + 1] if k + 1 < len(doc.blocks) else None
        both = b.text + nxt.text if isinstance(nxt, Paragraph) and not SENTENCE.search(b.text + nxt.text) and \
            len(normalize_ws(b.text + nxt.text)) <= HEADING_MAX else None
        raw = b.text
        if not (name := clause_subject(b.text) or project_heading(b.text) or quoted_subject(b.text)) and both:
            name, raw = quoted_subject(both), both
        if name:
            p = recs.projects[0]
            p.name, p.name_raw, p.name_loc = name, raw, b.loc
            return


def _name_from_spending_title(doc: Document, recs: DocRecords) -> None:
    """The one project a title of a project's spending names (…X项目支出绩效自评报告: X项目), where nothing
    else named it, the prose's fund sentences included: the body names it in full where it does (406: 2023年
    本溪市森林草原防火项目 under 本溪市应急管理局2023年度森林草原防火项目支出…), the title's X only without the place."""
    if not _one_unnamed(doc, recs):
        return
    if (found := title(doc)) and (name := subject(found[0])):
        p = recs.projects[0]
        p.name, p.name_raw, p.name_loc = name, found[0], found[1]


def _name_from_coded_record(doc: Document, recs: DocRecords) -> None:
    """The one project's name, where nothing labelled or titled names it, from the one record in codes
    (a system's export) whose one value is a name by its shape (coded_columns.coded_name)."""
    if len(recs.projects) != 1 or recs.projects[0].name:
        return
    found = [(name, next(b for b in lines if name in b.text), text, lines)
             for text, lines in coded_records(doc.paragraphs()) + unnamed_rows(doc.blocks) if (name := coded_name(text))]
    if len({name for name, _, _, _ in found}) == 1:
        p = recs.projects[0]
        p.name, p.name_raw, p.name_loc = found[0][0], found[0][1].text, found[0][1].loc
        # the record's units' names (by their shape) have codes for labels too: which is the department
        # in charge and which the implementing unit no code tells; the names' head nouns may (reporting_unit.ranked),
        # else none is read, but they are said
        named = {i.level3 for i in recs.indicators}     # an indicator's name may end as a unit's (文化站)
        units = list(dict.fromkeys(u for _, v in coded_pairs(found[0][2]) if (u := plausible(v)) and u not in named))
        if units and not (p.unit or p.department or p.agency or recs.unit):
            if (two := ranked(units)):
                # no label's role, but the names' own grammar: an organ (…局) over an institution (…中心) is the
                # department in charge over the unit that did the work; read so, and said
                at = {u: next((b for b in found[0][3] if u in b.text), found[0][1]) for u in two}
                p.department, p.department_loc = two[0], at[two[0]].loc
                p.agency, p.agency_loc = two[1], at[two[1]].loc
                p.unit = choose(p.department, p.agency, None)
                recs.unit = recs.unit or p.unit
                recs.warnings.append(f"{found[0][1].loc.describe()}：项目记录中有2个单位名称，记录{labels_said(found[0][2])}，按名称的结尾判断："
                                     f"“{two[0]}”为机关，读作主管部门；“{two[1]}”为其下属机构，读作实施单位，请核对原件")
            else:
                recs.warnings.append(f"{found[0][1].loc.describe()}：项目记录中有{len(units)}个单位名称（{'、'.join(units)}），"
                                     f"记录{labels_said(found[0][2])}，未能判断主管部门、实施单位，均未读取，请核对原件")


# a name opening with a two-digit year and its 年 (23年…), no digit before it
SHORT_YEAR_LED = re.compile(r"^(\d{2})\s*年(?!\s*\d{1,2}\s*月)")


def _year_from_name(recs: DocRecords) -> None:
    """Where the years written leave the year unknown (a tie: 2023年 in a name, 2024年 in a remark) and
    the one project's name, read where no label named it (a record's field named in a code), opens
    with its year: that year, as a labelled name's year outvotes a bare one (report_year)."""
    if recs.year is not None or len(recs.projects) != 1 or not recs.projects[0].name:
        return
    if (m := YEAR_LED.match(recs.projects[0].name)):
        recs.year = int(m.group(1))
        recs.projects[0].year = recs.projects[0].year or recs.year


def _name_year_cut(recs: DocRecords) -> None:
    """A scan's project name opening with the report year's last two digits and 年 (23年柘荣县…, 2023): the
    century's 20 lost (a chad, a smear over the title's start), or written short; which, the scan does not
    say: the name is kept as read, and said."""
    if not recs.ocr or recs.year is None:
        return
    for p in recs.projects:
        if p.name and (m := SHORT_YEAR_LED.match(p.name)) and int(m.group(1)) == recs.year % 100:
            where = p.name_loc.describe() if p.name_loc is not None else recs.doc
            recs.warnings.append(f"{where}：项目名称“{p.name}”以两位年份“{m.group()}”开头（报告年度 {recs.year}），"
                                 f"疑为“{recs.year}年”的前两位被遮挡或漏识，名称按识别结果保留，请核对原件")


def _read_paragraphs(doc: Document) -> list[Paragraph]:
    """The paragraphs as read for a total or a grade: a line of labels over a line of values (a ruby line
    over its bases in one paragraph; a print's two lines, 总分 得分 自评等级 / 100 99.30 优) as its
    label：value pairs (record_cells.stacked_pairs), at the values' place; the rest as written."""
    paras = list(doc.paragraphs())
    out, k = [], 0
    while k < len(paras):
        b = paras[k]
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        if (text := stacked_pairs(b.text)) is not None:
            out.append(Paragraph(text, b.loc))
        elif nxt is not None and "\n" not in b.text + nxt.text and b.loc.page == nxt.loc.page and \
                (text := stacked_pairs(b.text + "\n" + nxt.text)) is not None:
            out.append(Paragraph(text, nxt.loc))   # the figures' place
            k += 1
        else:
            out.append(b)
        k += 1
    return out + _headed_value_rows(doc)


# The fields an indicator table's head names: a table of one row under such heads is an indicator's, no total.
_ROW_FIELDS = {"level1", "level2", "level3", "target", "actual"}


def _headed_value_rows(doc: Document) -> list[Paragraph]:
    """A table of two rows, labels over one row of values (a query client's answer of one row: 总分 | 自评得分 |
    自评等级 over 100 | 98.9 | 优), as the two lines a print gives (stacked_pairs), at the values' row; none where
    a head names an indicator's field (a table of one indicator) or a value is empty."""
    out = []
    for t in doc.tables():
        if t.n_rows != 2:
            continue
        heads = [bare(t.cell_at(0, c).text) if t.cell_at(0, c) else "" for c in range(t.n_cols)]
        values = [bare(t.cell_at(1, c).text) if t.cell_at(1, c) else "" for c in range(t.n_cols)]
        # a head naming money is a fund table's (年初预算数 | 全年预算数 | … | 评价得分 over 合计 | 4200.00 …): its
        # 得分 is the fund's score, no total (constructed 115's total lost to it)
        if not all(heads) or not all(values) or any(header_field(h, set()) in _ROW_FIELDS for h in heads) \
                or any(fund_word_field(h) in MONEY_FIELDS for h in heads):
            continue
        if (text := stacked_pairs("\u3000\u3000".join(heads) + "\n" + "\u3000\u3000".join(values))) is not None:
            out.append(Paragraph(text, t.cell_at(1, 0).loc))
    return out


def _grade_from_prose(doc: Document, recs: DocRecords) -> None:
    """The one project's grade from a sentence, in a paragraph or a table cell (自评结论：经评价，
    等级为优秀)."""
    if len(recs.projects) != 1 or recs.projects[0].grade_stated:
        return
    for b in _read_paragraphs(doc) + [c for _, c in doc.iter_cells()]:
        if (m := GRADE.search(b.text)):
            p = recs.projects[0]
            p.grade_stated, p.grade_raw, p.grade_loc = GRADE_WORDS[m.group(1)], m.group(1), b.loc
            return


def _glued_fund_lines(doc: Document, recs: DocRecords) -> None:
    """A fund row whose figures ran together with no separator (cell_joins.glued_fund_lines) is not
    read, and said so: the budget and execution checks then have nothing to check."""
    for b in doc.paragraphs():
        if any(f is not None and f.loc.block == b.loc.block and f.loc.table is None
               for p in recs.projects for f in (p.budget_initial, p.budget_full_year, p.executed, p.exec_rate_stated)):
            continue     # the money was read from this paragraph after all
        for cells, row in glued_fund_lines(b.text):
            recs.warnings.append(f"{b.loc.describe()}：段落含资金表表头（{'、'.join(cells)}），资金行“{row[:40]}”"
                                 f"的数字连写在一起，无法可靠地分成{len(cells)}列，资金数未读取，预算执行类核对未进行")


def _fund_header_lines_unread(doc: Document, recs: DocRecords) -> None:
    """A line of a fund table's header (three fund words or more, two of them money columns: 年初预算数
    全年预算数 全年执行数 …) over a line of figures, where no project's money was read at all: the fund is in
    the text and was not read (a two-line table no reader took: a row-number column before it, 1560's
    Minitab print). Said with the lines, so the missing budget checks are not silent; a header whose
    figures ran together is _glued_fund_lines' to say."""
    if any(f is not None for p in recs.projects for f in (p.budget_initial, p.budget_full_year, p.executed)):
        return
    blocks = doc.blocks
    for k, b in enumerate(blocks[:-1]):
        nxt = blocks[k + 1]
        if not isinstance(b, Paragraph) or not isinstance(nxt, Paragraph) or glued_fund_lines(b.text):
            continue
        for h in FUND_HEAD_RUN.finditer(b.text):
            taken: set[str] = set()
            fields = [f for c in h.group().split() if (f := fund_word_field(c, taken)) is not None and not taken.add(f)]
            figures = re.findall(r"(?<![\d.])\d[\d,]*(?:\.\d+)?%?", nxt.text)
            if len(set(fields) & set(MONEY_FIELDS)) >= 2 and len(figures) >= 3:
                recs.warnings.append(f"{b.loc.describe()}：此行是资金表表头（{'、'.join(h.group().split())}），其下一行有"
                                     f"{len(figures)}个数字（{nxt.text.strip()[:40]}），但项目资金（预算数、执行数等）"
                                     "未能读取，预算执行类核对未进行，请核对原件")
                return


def _unscored_rows(recs: DocRecords) -> None:
    """A project whose total is stated in points while none of its indicator rows carries a weight
    or a score: the points are somewhere the reader did not take them from (a 评分表, a column), and
    the rules can check nothing; said, not silent."""
    for p in recs.projects:
        total = p.total_score_stated or p.total_weight_stated
        if total is None or not p.indicators or any(i.weight is not None or i.score is not None
                                                    for i in p.indicators):
            continue
        first = p.indicators[0].loc
        where = replace(first, row=None, col=None, ref=None, bbox=None, line=None) if first is not None else total.loc
        points = total.raw if total.raw.rstrip().endswith("分") else f"{total.raw}分"
        recs.warnings.append(f"{where.describe()}：绩效指标{len(p.indicators)}行均无分值和得分，而总分写明"
                             f"{points}（{total.loc.describe()}）：各指标的分值与得分未读出，无法核对")


def _blank_values(recs: DocRecords) -> None:
    """A project most of whose indicator rows (two or more, more than half) name an indicator and
    leave its target, result, weight and score all blank: a form never filled in, or a copy that lost
    its figures (034, a document site's text with every number stripped). The rows are kept as the
    form names them (no rule finds a slip in a blank), and what could not be read is said, with the
    fund where no amount of it was read either."""
    def empty(f) -> bool:
        return f is None or not (f.q.raw or "").strip(" 　")
    for p in recs.projects:
        rows = [i for i in p.indicators if all(empty(f) for f in (i.target, i.actual, i.weight, i.score))]
        if len(rows) < 2 or 2 * len(rows) <= len(p.indicators):
            continue
        fund = "，项目资金亦未读到金额" if all(
            getattr(p, k) is None or getattr(p, k).value is None
            for k in ("budget_initial", "budget_full_year", "arrived", "executed")) else ""
        names = "、".join(i.level3 for i in rows[:5]) + ("等" if len(rows) > 5 else "")
        recs.warnings.append(f"{rows[0].loc.describe()}起：{len(p.indicators)}个指标中有{len(rows)}个（{names}）的"
                             f"指标值、实际完成值、分值和得分均为空（原件未填写，或所存文本丢失了数值）{fund}，"
                             f"这些指标无从核对，请核对原件")


def _weights_of_indicator_part(recs: DocRecords) -> None:
    """Weights written as percentages OF THE INDICATOR PART (权重（%）: 10%, 8%, … 100% over the
    indicator rows alone) while the fund's weight stands in points beside them (分值 10): the
    indicators share what the total leaves the fund (100 − 10 = 90 points), so a weight of w% is
    w × 90 / 100 points, the figure each score is out of. Only where the percentages make exactly
    100, the fund's weight is in points and the total in points (or the standard 100), and no score
    exceeds its weight so read; percentages that make 90 beside a fund's 10 are points already."""
    for p in recs.projects:
        f, w = p.fund_weight, p.total_weight_stated
        if f is None or f.value is None or f.q.unit not in ("", "分") or not p.indicators or \
                any(i.weight is None or i.weight.value is None or i.weight.q.unit != "%" for i in p.indicators) or \
                sum(i.weight.value for i in p.indicators) != 100:
            continue
        total = w.value if w is not None and w.value is not None and w.q.unit in ("", "分") else FULL_POINTS
        part = total - f.value
        if not 0 < part < total:
            continue
        points = {id(i): plain(i.weight.value * part / 100) for i in p.indicators}
        if any(i.score is not None and i.score.value is not None and i.score.value > points[id(i)]
               for i in p.indicators):
            continue
        for i in p.indicators:
            _weight_in_points(i, points[id(i)], f"权重{bare(i.weight.raw)}为占绩效指标部分（{total:f}−资金{f.value:f}＝"
                                                f"{part:f}分）的百分比，折合分值{points[id(i)]:f}分")


def _weight_in_points(i: Indicator, value: Decimal, how: str) -> None:
    """An indicator's weight written as a percentage, set to the points it stands for (value, its places as
    the product gives them), the place and the percentage as written kept, how it was reckoned its note."""
    i.weight = Figure(replace(i.weight.q, value=value, unit="分", places=max(0, -value.as_tuple().exponent), note=how),
                      i.weight.loc)
    i.note = "；".join(x for x in (i.note, how) if x)


def _weights_of_level_groups(recs: DocRecords) -> None:
    """Weights written as percentages OF THEIR LEVEL-1 GROUP (权重（%）: 20%, 16% … making 100% within
    each group) while each group's points stand in its 一级指标 cell (产出指标（50分）, level1_points): a
    weight of w% is w × the group's points / 100, the figure each score is out of. Only where every
    weight is a percentage, there are two groups or more (one making 100 is the indicator part's:
    _weights_of_indicator_part), each group names its points and its percentages make exactly 100, and
    no score exceeds its weight so read. Said, with the groups' points, since no cell writes the points."""
    for p in recs.projects:
        inds = p.indicators
        if not inds or any(i.weight is None or i.weight.value is None or i.weight.q.unit != "%" for i in inds):
            continue
        groups: dict[str, list[Indicator]] = {}
        for i in inds:
            groups.setdefault(i.level1 or i.level1_raw, []).append(i)
        points = {k: g[0].level1_points.value for k, g in groups.items()
                  if g[0].level1_points is not None and g[0].level1_points.value is not None and
                  all(i.level1_points is not None and i.level1_points.value == g[0].level1_points.value for i in g)}
        if len(groups) < 2 or len(points) != len(groups) or \
                any(sum(i.weight.value for i in g) != 100 for g in groups.values()):
            continue
        got = {id(i): plain(i.weight.value * points[k] / 100) for k, g in groups.items() for i in g}
        if any(i.score is not None and i.score.value is not None and i.score.value > got[id(i)] for i in inds):
            continue
        for k, g in groups.items():
            for i in g:
                _weight_in_points(i, got[id(i)], f"权重{bare(i.weight.raw)}为占所属一级指标（{k}，{points[k]:f}分）的百分比，"
                                                 f"折合分值{got[id(i)]:f}分")
        said = "、".join(f"{k}{points[k]:f}分" for k in groups)
        recs.warnings.append(f"{inds[0].loc.describe()}起：{len(inds)}个指标的权重为占所属一级指标分值的百分比"
                             f"（各一级指标内合计100%；{said}），已按一级指标分值折算为各指标分值")


# A paragraph's list number (1.年初预算数…, （2）): no part of its first clause's label. 1.5万元 is a figure.
LIST_NUMBER = re.compile(r"^\s*(?:\d{1,3}\s*[.、．)）](?!\d)|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）])\s*")
# A paragraph stating parts of the fund (2.其中：基本支出全年预算数…；项目支出…): its list number, then 其中.
PARTS_LEAD = re.compile(rf"(?:{LIST_NUMBER.pattern})?其中")


# One label：value line of a field that is no fund's (a database export's fields in hash order: a Lotus
# Notes form's $UpdatedBy: CN=… between 年初预算数: 900 and 全年预算数: 900, 1461) inside a run of the
# fund's lines: the record goes on past it where the fund's next clause follows; a second such line, or
# any other, ends the run.
_OTHER_FIELD = re.compile(r"^\s*[^\s：:]{1,24}\s*[：:]\s*\S")


def _fund_lines(doc: Document):
    """The fund written as label：figure lines, one clause a line (a form exported as key：value lines:
    年初预算数：5800.00 / 全年预算数：6200.00 / … / 执行率：98.00% / 分值：10 / 得分：9.80): a run of
    consecutive paragraphs each one clause of the fund (fund_grammar.fund_clause) or one source's part
    (其中：中央补助资金：4000.00, an aside, as the bracketed sources of a fund sentence), one label：value
    line of another field between two of them passed over (_OTHER_FIELD); a field written again starts
    the next run. Each run: (fields' figures, each field's paragraph, the run's
    first paragraph, its text, the source lines)."""
    run: list = []

    def done():
        clauses = {f: fig for f, fig, _ in run if f}
        if len(clauses) >= 2:
            yield (clauses, {f: b.loc for f, _, b in run if f}, run[0][2].loc,
                   "，".join(b.text.strip() for _, _, b in run), [b.text.strip() for f, _, b in run if not f])

    stray = False     # the run's one label：value line of another field, between two of its clauses
    for b in doc.blocks:
        got = fund_clause(b.text) if isinstance(b, Paragraph) else None
        source = got is None and isinstance(b, Paragraph) and fund_source_clause(b.text)
        # a line naming the record's source in words alone (资金来源：年度资金总额, a program printing its
        # fields in hash order puts it among the figures): of the run, no clause and no aside
        named = got is None and not source and isinstance(b, Paragraph) and bool(run) and _names_source(b.text)
        if named:
            continue
        if got is None and not source and run and not stray and isinstance(b, Paragraph) and _OTHER_FIELD.match(b.text):
            stray = True
            continue
        if got is None and not source or got is not None and any(f == got[0] for f, _, _ in run):
            yield from done()
            run = []
        stray = False
        if got is not None:
            run.append((got[0], got[1], b))
        elif source and run:
            run.append((None, None, b))
    yield from done()


def _names_source(text: str) -> bool:
    """A label：value line whose value is a fund source's name and no figure (资金来源：年度资金总额, 其中：财政拨款):
    words for money (FUND_LABEL, MONEY_SOURCE_END), not a unit's or a place's name (主管部门：市财政局 opens as a
    source row's label may, 市, but names no money)."""
    label, sep, value = text.strip().partition("：")
    if not sep:
        label, sep, value = text.strip().partition(":")
    value = value.strip()
    return bool(sep and label.strip() and value) and not re.search(r"\d", value) and \
        bool(FUND_LABEL.search(value) or MONEY_SOURCE_END.search(value))


def _fund_blocks(doc: Document) -> list:
    """The paragraphs (fund_grammar.fund_clauses) and runs of label：figure lines (_fund_lines) that state a
    fund's budget and the money executed: (fields' figures, each field's paragraph, the first paragraph,
    its text, the asides, the paragraph's block or None for a run)."""
    found = []
    for k, b in enumerate(doc.blocks):
        if not isinstance(b, Paragraph) or PARTS_LEAD.match(b.text):
            continue
        text = normalize_ws(pairs_apart(b.text))
        clauses = fund_clauses(ASIDE.sub("", LIST_NUMBER.sub("", text)))
        # the rate's points bracketed after it (预算执行率98.00%（分值10分，得分9.80分）): the fund's
        # weight and score, no aside
        points = POINTS.search(text) if clauses.keys() & {"exec_rate_stated", "executed"} else None
        if points and not clauses.keys() & {"fund_weight", "fund_score"}:
            clauses |= {"fund_weight": points.group("weight"), "fund_score": points.group("score")}
            text = text[:points.start()] + text[points.end():]
        found.append((clauses, {}, b.loc, text, [a[1:-1] for a in ASIDE.findall(LIST_NUMBER.sub("", text))], k))
    return [f for f in found + [(*run, None) for run in _fund_lines(doc)]
            if {"budget_initial", "budget_full_year"} & f[0].keys() and "executed" in f[0]]


def _a_source_of(stated: dict, fund: dict) -> bool:
    """Whether a later statement of money is one of the fund's sources, not a fund stated otherwise: it agrees
    with the fund on every figure it gives (a source that is all of it: 其中：财政拨款 1000.00 / 1080.00 /
    1047.60 beside the total's), or gives nothing but zeros (其他资金 0.00), as a form's source rows do."""
    def figure(text: str):
        digits = re.sub(r"[,，\s%]", "", text or "")
        return Decimal(digits) if re.fullmatch(r"\d+(?:\.\d+)?", digits) else None
    got = {f: figure(v) for f, v in stated.items()}
    if not got or any(v is None for v in got.values()):
        return False
    return all(v == 0 for v in got.values()) or all(figure(fund.get(f, "")) == v for f, v in got.items())


def _rate_from_indicator_row(recs: DocRecords) -> None:
    """A project whose fund block, table or text states no execution rate, with one indicator row named the
    rate by the fund header's grammar (预算执行率, 资金执行率, 支出进度: fund_grammar.names_rate) whose actual is
    a percentage alone (97.2%): that row states the project's rate, as an analyst reads it (1093: the 预算执行率
    row of the grid, the fund block no rate), located at the row's cell; JX202 then holds it to 执行数 / 预算数.
    Two such rows, or an actual with an operator, a word or another unit, state no one rate: none is read."""
    for p in recs.projects:
        if p.exec_rate_stated is not None:
            continue
        rows = [i for i in p.indicators if names_rate(i.level3)]
        if len(rows) == 1 and (q := rows[0].actual.q).numeric and q.op == "=" and q.unit == "%" and q.high is None:
            p.exec_rate_stated = Figure(q, rows[0].actual.loc)


def _rate_from_prose(doc: Document, recs: DocRecords) -> None:
    """A project whose fund was read from a table with no rate, where a paragraph states that same fund (its
    budget and the money executed, as the table has them) and a rate with it (1202: 项目全年预算数120万元，执行数为
    118.6万元，完成预算的98.83%, over a table of 预算数 | 执行数): the paragraph states the project's rate, located at
    it; JX202 then holds it to 执行数 / 预算数. A paragraph of other figures speaks of other money: no rate."""
    if len(recs.projects) != 1 or (p := recs.projects[0]).exec_rate_stated is not None or p.executed is None:
        return
    budget = p.budget_full_year or p.budget_initial
    for clauses, locs, loc, *_ in _fund_blocks(doc):
        stated = {f: fund_figure(f, clauses[f], p.money_unit or "万元") for f in clauses}
        said_budget = stated.get("budget_full_year") or stated.get("budget_initial")
        if "exec_rate_stated" in stated and budget is not None and said_budget is not None and \
                said_budget.value == budget.value and stated["executed"].value == p.executed.value:
            p.exec_rate_stated = Figure(stated["exec_rate_stated"], locs.get("exec_rate_stated", loc))
            return


def _fund_from_prose(doc: Document, recs: DocRecords) -> None:
    """The one project's fund block written as a paragraph (an e-mail body, 326: 项目年初预算数4,500.00万元，
    全年预算数4,800.00万元（其中…），全年执行数4,704.00万元，预算执行率98.00%。预算执行率分值10分，得分9.80分。),
    read clause by clause as the fund sentence in a table's cell is (fund_grammar.fund_clauses), a bracketed
    aside (the sources: 其中…) left out of the fund and said in a warning; or written one clause a line
    (_fund_lines), each figure located at its line. Only where no money is read yet, the paragraph or
    run gives a budget and the money executed, and no other states the fund differently (then both are
    said, and neither read)."""
    if len(recs.projects) != 1:
        return
    p = recs.projects[0]
    if any(f is not None for f in (p.budget_initial, p.budget_full_year, p.executed, p.arrived)):
        return
    found = _fund_blocks(doc)
    if not found:
        _fund_statement(doc, recs, p)
        return
    clauses, locs, loc, text, asides, k = found[0]
    if (other := next((f for f in found if f[0] != clauses and not _a_source_of(f[0], clauses)), None)) is not None:
        said = "”；“".join(ASIDE.sub("", x)[:100] for x in (text, other[3]))
        recs.warnings.append(f"{loc.describe()}与{other[2].describe()}所述项目资金不一致（“{said}”），均未读取，请核对原件")
        return
    parts = 0      # the 其中 paragraphs after the fund's, said with its asides
    if k is not None:
        clauses, locs, asides = dict(clauses), {}, list(asides)
        for b in doc.blocks[k + 1:k + 3]:
            # the paragraphs going on with the fund's (a numbered list: 2.其中：基本支出… / 3.预算执行率分值10分，
            # 得分9.80分。): the parts said as asides, the fund's points read where the paragraph states nothing else
            said = ASIDE.sub("", LIST_NUMBER.sub("", normalize_ws(pairs_apart(b.text)))) if isinstance(b, Paragraph) else ""
            more = fund_clauses(said) if said else {}
            if not more and said and (one := fund_clause(said)) is not None:
                more = dict([one])      # a line of its own may hold one clause (得分：9.80 under the rest)
            if isinstance(b, Paragraph) and PARTS_LEAD.match(b.text):
                asides.append(b.text.strip())
                parts += 1
                continue
            if more and more.keys() <= {"fund_weight", "fund_score", "exec_rate_stated"}:
                locs.update({f: b.loc for f in more if f not in clauses})
                clauses.update({f: fig for f, fig in more.items() if f not in clauses})
            break
    if asides:
        bracketed = len(asides) - parts
        where = "按本行起的“标签：数值”各行读取，各来源行" if k is None else \
            "按本段读取，" + "及".join(x for x in ("括号内" if bracketed else "", "其后“其中”段" if parts else "") if x) + "的说明"
        recs.warnings.append(f"{loc.describe()}：项目资金{where}未计入项目资金（{'；'.join(asides)}）")
    unit = next((m.group(0) for field, figure in clauses.items() if field in MONEY_FIELDS
                 and (m := MONEY_WORD.search(figure)) is not None), p.money_unit)
    p.money_unit = unit
    for field, figure in clauses.items():
        if getattr(p, field) is None:
            setattr(p, field, Figure(fund_figure(field, figure, unit), locs.get(field, loc)))
    # a rate written as a ratio (执行率=0.97 beside 921.5 of 950): the percentage, said, as a table's is
    p.exec_rate_stated = percent_rate(p.exec_rate_stated, p.executed, p.budget_full_year or p.budget_initial,
                                      recs.warnings)
    # a project nothing names takes the one its fund sentence opens with, year first as a title's
    # subject is written (2023年X项目年初预算数…)
    if not p.name and (name := year_subject(fund_subject(ASIDE.sub("", text)))):
        p.name, p.name_raw, p.name_loc = name, text, loc


# A fund told in running text with no labels (028: 2023年收到财政资金共2330.9万元,其中:…2023年支出2310.4万元):
# a verb of money coming in (到位 / 收到 / 下达 / 安排 / 拨付), the money's noun (资金 / 经费 / 补助: 下达…救灾补助1400万元), the amount
# (共 / 合计 before it or not); then a verb of money going out (支出 / 使用 / 执行 / 支付, or its amount's
# noun: 执行数 / 支出额; the money's noun after it, a few words naming it: 实际支出项目资金200.00万元, not
# a part: 支出包括委员活动经费36.3万元), its amount.
# 转移支付 names a kind of money (转移支付资金3580.69万元 is money coming in), not a payment.
# 发放 is money handed out to those it is for (003: 全部发放到农户手中,发放资金9765万元): money spent.
# The money coming in may be told the other way round, the amount before its noun (安排200万元专项资金,
# 下达了500万元补助资金): the verb, the amount, a few words naming the money, the noun.
_MONEY_NOUN = r"(?:资金|经费|款项?|补助|补贴)"
_AMOUNT = r"(?P<fig>\d[\d,]*(?:\.\d+)?\s*[万亿]?元)"
_AMOUNT_FIGURE = re.compile(_AMOUNT)
# The words that tell an amount is the whole (资金总额 / 共计 …), and with 累计 a running total too: one
# spelling for every money pattern below.
_WHOLE = r"(?:总额|总计|合计|共计|共)"
_WHOLE_OR_RUNNING = r"(?:总额|总计|合计|共计|共|累计)"
FUND_IN = re.compile(rf"(?:到位|收到|下达|安排|拨付|拨入)(?:[^，,。；;：:\d]{{0,14}}?{_MONEY_NOUN}\s*{_WHOLE_OR_RUNNING}?"
                     rf"\s*(?:为|是|达)?\s*{_AMOUNT}|[^，,。；;：:\d]{{0,4}}?{_AMOUNT}(?:的)?[^，,。；;：:\d]{{0,6}}?{_MONEY_NOUN})"
                     # or the money's noun with its budget's label, no verb (063: 补助经费预算数30075万元)
                     rf"|(?<={_MONEY_NOUN})\s*预算(?:数|额|金额|总额)?\s*(?:为|是|达)?\s*{_AMOUNT}"
                     # or the whole's budget by its own word (019: 示范项目总预算36,620万元)
                     rf"|总预算(?:数|额|金额|资金)?\s*(?:为|是|达)?\s*{_AMOUNT}"
                     # or the noun before a verb of allotting it (029: 衔接资金共下达105万元); 拨付 after its noun stays
                     # on no side, and 资金已到位X万元 is the money arrived, no budget (019: 总预算 told apart)
                     rf"|{_MONEY_NOUN}\s*{_WHOLE_OR_RUNNING}?\s*(?:下达|安排|拨入)了?"
                     rf"\s*(?:资金|经费)?\s*(?:为|是|达)?\s*{_AMOUNT}")
FUND_OUT = re.compile(r"(?<!转移)(?:支出|使用|执行|支付|发放|实际支出|累计支出)(?:数|额|金额)?(?:(?:(?!包括|其中)[^，,。；;：:\d]){0,6}?(?:资金|经费))?\s*(?:总额|总量|总计|合计|共计|共|累计)?"
                      r"\s*(?:为|是|达)?\s*(?P<fig>\d[\d,]*(?:\.\d+)?\s*[万亿]?元)")
# The fund's amount told whole and then said spent whole (015: 2023年度12类…服务资金3728万元全部执行到位; 资金100万元，
# 已全部支出): the money's noun, its amount, then 全部 / 全额 / 足额 and a verb of spending: the year's fund and
# the amount executed are that one amount. 拨付 is two-way and 到位 money arriving: neither is spending.
SPENT_WHOLE = re.compile(rf"{_MONEY_NOUN}\s*{_WHOLE}?\s*(?:为|是)?\s*{_AMOUNT}\s*[，,]?\s*(?:已经?|均|现已)?"
                         r"\s*(?:全部|全额|足额)\s*(?:执行|支出|使用|支付)")
# The verb of FUND_IN said of money passed on both ways: given to the unit, or paid by it.
TWO_WAY_VERB = "拨付"
# That verb's amount with nothing after it naming money coming in (061: 已完成拨付2113.63万元): the money
# paid out where its sentence says what it is a share of (_passed_spent).
PASSED = re.compile(rf"{TWO_WAY_VERB}(?:资金|经费|款项?)?\s*{_WHOLE_OR_RUNNING}?\s*(?:为|是|达)?\s*{_AMOUNT}")
# The fund's whole told by its noun and a sum word, no verb (项目资金共2179万元, 资金总额500万元).
NOUN_WHOLE = re.compile(rf"{_MONEY_NOUN}\s*{_WHOLE}\s*(?:为|是|达)?\s*{_AMOUNT}")
# The rate the sentence of the money spent states with it (资金执行数676.804801万元,执行率为85.95%).
RATE_TOLD = re.compile(r"执行率\s*(?:为|是|达到?)?\s*(?P<fig>\d+(?:\.\d+)?\s*%)")
# A figure told as a part (其中：中央资金…, the rest of its sentence) or as a change (比上年增加…, its
# clause) is no fund's total.
PART_BEFORE = re.compile(r"其中[^。；;！？]*$")
CHANGE_BEFORE = re.compile(r"(?:比|较)(?:上年|去年|上一年|同期)[^，,。；;！？]*$|同比[^，,。；;！？]*$")
# A heading of an outline's innermost kind (1.项目资金到位情况分析, （1）…): a part of the section it is in.
INNER_HEADING = re.compile(r"^\s*(?:\d+\s*[、.．](?!\d)|[（(]\s*\d+\s*[)）])")


def _heading(b: Paragraph) -> bool:
    return bool(NUMBERED.match(b.text)) and len(b.text.strip()) <= HEADING_MAX and not SENTENCE.search(b.text)


def _totals(grammar, text: str, skip=()) -> list:
    """The fund figures `grammar` finds in a paragraph that are totals (no 其中 part, no change on the
    year before), those within `skip`'s spans left out."""
    return [m for m in grammar.finditer(text) if not any(x <= m.start() < y for x, y in skip)
            and not PART_BEFORE.search(text, 0, m.start()) and not CHANGE_BEFORE.search(text, 0, m.start())]


def _rate_after(text: str, at: int) -> str | None:
    """The execution rate stated in the sentence that goes on from `at` (the amount spent), else None."""
    end = re.search(r"[。！？]|$", text[at:]).start() + at
    rate = RATE_TOLD.search(text, at, end)
    return rate.group("fig") if rate else None

# The fund's whole told in words: the money's total (资金总额 5,746.80万元) or a sum word before a verb of
# money coming in (两批合计下达4,860万元); the amounts coming in beside it are its parts (sources, batches).
FUND_WHOLE = re.compile(r"(?:(?:资金|经费)\s*(?:总额|总计|合计)|(?:合计|共计|总计)\s*(?:下达|安排|拨付|拨入|到位|收到)"
                        r"(?:资金|经费)?)\s*(?:为|是|达)?\s*(?P<fig>\d[\d,]*(?:\.\d+)?\s*[万亿]?元)")
# The money said to have arrived whole, without its figure (资金全部到位, 已足额到位, 全部落实到位, 到位率100%).
ARRIVED_WHOLE = re.compile(r"(?:全部|足额|全额)\s*(?:拨付|落实)?\s*到位|到位率\s*(?:为|达|是)?\s*100(?:\.0+)?\s*%")
# The fund's points told after its label (资金执行率（分值10分）得9.92分): a weight in brackets, then the score.
POINTS_TOLD = re.compile(r"执行[^，,。；;（(]{0,8}[（(]\s*(?:分值|满分)\s*(?:为|[：:])?\s*(?P<weight>\d+(?:\.\d+)?)\s*分\s*[)）]"
                         r"\s*(?:自评)?(?:得分|得)\s*(?:为|[：:])?\s*(?P<score>\d+(?:\.\d+)?)\s*分")


# The fund's points stated in a line of their own where its table scores it but has no 分值 column
# (注：项目资金执行率分值10分 under 1333's fund table; 预算执行率权重为10分): 执行 + a few characters of its
# name + the points' noun + the figure in 分, with no score after it (POINTS_TOLD reads weight and score).
NOTED_FUND_POINTS = re.compile(r"执行[^，,。；;：:（()）\d]{0,8}?(?:分值|权重|满分)\s*(?:为|是|[：:])?\s*"
                               r"(?P<weight>\d+(?:\.\d+)?)\s*分(?!\s*(?:自评)?得)")


def _fund_weight_noted(doc: Document, recs: DocRecords) -> None:
    """The one project's fund weight from a line stating the fund's points where its table scored the fund
    and gave no weight: every such line saying the same figure, no smaller than the score."""
    if len(recs.projects) != 1:
        return
    p = recs.projects[0]
    if p.fund_weight is not None or p.fund_score is None or p.fund_score.value is None:
        return
    told = [(m.group("weight"), b.loc) for b in doc.paragraphs() for m in NOTED_FUND_POINTS.finditer(normalize_ws(b.text))]
    if len({Decimal(w) for w, _ in told}) == 1 and Decimal(told[0][0]) >= p.fund_score.value:
        p.fund_weight = Figure(fund_figure("fund_weight", told[0][0], p.money_unit), told[0][1])


def _fund_told(doc: Document) -> tuple | None:
    """The fund a report with no fund table tells in words: (budget, executed, the budget's place, the
    executed's place, the words said, the execution rate stated with the amount spent or None), or None.
    In this order: one paragraph tells it (FUND_IN, then FUND_OUT after it, the parts of 其中 between
    them skipped), or all that do tell the same; where several amounts come in (batches, sources, 配套),
    the one whole the text states of them (FUND_WHOLE: 两批合计下达4,860万元, 全年资金总额5,746.80万元)
    before the one amount spent; two adjacent paragraphs of one section, the money coming in then the
    money spent with only the section's own sub-headings between (070: 1.项目资金到位情况分析 /
    下达…资金787.45万元,其中:… / 2.项目资金执行情况分析 / 资金执行数676.804801万元,执行率为85.95%), all
    such pairs telling the same; the money that came in under one heading and the money spent under a
    later one (065: 下达我县中央水利发展资金500万元 … / (一)资金投入情况分析 / …已支付资金139.433578万元), read
    only where the document states one amount coming in and one going out, in that order, each once.
    A part (其中) or a change on the year before is no total. None where paragraphs disagree (then the
    warning of _fund_statement says both)."""
    told, pairs, ins, outs = _fund_said(doc)
    if told:
        return _agreeing(told)
    # several amounts coming in (batches, sources, 配套): the one whole the text states of them, if it
    # states one, told before the one amount spent — stronger than any one amount coming in
    wholes = [(m.group("fig"), b.loc, m.group(0)) for b in doc.paragraphs() for m in FUND_WHOLE.finditer(normalize_ws(b.text))]
    if len(ins) > 1 and len(outs) == 1 and wholes and (wholes[0][1].block or 0) < (outs[0][1].block or 0):
        executed, out_at, spent, rate = outs[0]
        got = [(budget, executed, at, out_at, f"{said}”，“{spent}", rate) for budget, at, said in wholes]
        # two wholes that differ: neither, both said
        return got[0] if len({parse(w[0]).value for w in wholes}) == 1 else got
    if pairs:
        return _agreeing(pairs)
    if len(ins) == 1 and len(outs) == 1 and (ins[0][1].block or 0) < (outs[0][1].block or 0):
        (budget, at, said), (executed, out_at, spent, rate) = ins[0], outs[0]
        return budget, executed, at, out_at, f"{said}”，“{spent}", rate
    return None


def _agreeing(found: list) -> tuple | list:
    """The one fund where all readings tell the same budget and amount spent; else all of them."""
    return found[0] if all(t[:2] == found[0][:2] for t in found) else found


def _fund_said(doc: Document) -> tuple[list, list, list, list]:
    """What _fund_told reads from: the paragraphs telling a whole fund, the adjacent pairs of one
    section telling it, and every total coming in (figure, place, words) and going out (…, rate)."""
    told, pairs, ins, outs = [], [], [], []
    came, between = None, True   # the last paragraph's money coming in; only sub-headings since it
    for b in doc.paragraphs():
        text = normalize_ws(b.text)
        if (got := FUND_IN.search(text)) and (spent := FUND_OUT.search(text, got.end())):
            told.append((got.group("fig"), spent.group("fig"), b.loc, b.loc, text[got.start():spent.end()],
                         _rate_after(text, spent.end())))
        elif (whole := next(iter(_totals(SPENT_WHOLE, text)), None)) is not None:
            told.append((whole.group("fig"), whole.group("fig"), b.loc, b.loc, whole.group(0),
                         _rate_after(text, whole.end())))
        taken = [m.span() for m in FUND_IN.finditer(text)]
        got_in, got_out = _totals(FUND_IN, text), _totals(FUND_OUT, text, taken)
        for whole, paid, rate in _passed_spent(text, taken, got_in):
            if whole is not None:
                told.append((whole.group("fig"), paid.group("fig"), b.loc, b.loc, text[whole.start():paid.end()], rate))
            else:
                outs.append((paid.group("fig"), b.loc, paid.group(0), rate))
        ins += [(m.group("fig"), b.loc, m.group(0)) for m in got_in]
        outs += [(m.group("fig"), b.loc, m.group(0), _rate_after(text, m.end())) for m in got_out]
        if _heading(b):
            between = between and bool(INNER_HEADING.match(b.text))
            continue
        if came is not None and between and got_out and not got_in:
            fig, at, said = came
            pairs.append((fig, got_out[0].group("fig"), at, b.loc, f"{said}”，“{got_out[0].group(0)}",
                          _rate_after(text, got_out[0].end())))
        came, between = ((got_in[0].group("fig"), b.loc, got_in[0].group(0)) if len(got_in) == 1 and not got_out
                         else None), True
    return told, pairs, ins, outs


def _passed_spent(text: str, taken: list, got_in: list) -> list:
    """The amounts of the two-way verb (PASSED: 已完成拨付X万元) in a paragraph that are money paid out:
    those whose sentence gives the execution rate after them (…，执行率97%) or the fund's whole before
    them (项目资金共Y万元 by its noun and a sum word, or a total of money coming in: 下达…Y万元). Each as
    (the whole's match or None, the amount's match, the rate or None); an amount FUND_IN already reads
    as money coming in (拨付500万元专项资金), a 其中 part or a change on the year before is none. 拨付
    with neither stays on no side (_fund_partly_told)."""
    found = []
    for paid in PASSED.finditer(text):
        at = paid.start()
        if any(x <= at < y for x, y in taken) or PART_BEFORE.search(text, 0, at) or CHANGE_BEFORE.search(text, 0, at):
            continue
        start = max((m.end() for m in re.finditer(r"[。！？]", text[:at])), default=0)
        wholes = [m for m in NOUN_WHOLE.finditer(text, start, at) if not PART_BEFORE.search(text, 0, m.start())]
        wholes += [m for m in got_in if start <= m.start() and m.end() <= at]
        whole = max(wholes, key=lambda m: m.start()) if wholes else None
        rate = _rate_after(text, paid.end())
        if whole is not None or rate is not None:
            found.append((whole, paid, rate))
    return found


def _fund_project(doc: Document, recs: DocRecords) -> None:
    """A report with no table read and no indicator that tells its fund in words (_fund_told) is a
    report on one project: it is opened, at the place the money coming in is told, with that fund
    (_fund_statement), so that the fund is checked as a table's would be."""
    if recs.projects or recs.indicators or any(_money_table(b) for b in doc.blocks):
        return
    if (labelled := _fund_blocks(doc)):
        # labelled as a form's fund block (全年预算数100元,全年执行数33.78元,执行率为33.78%): read as a
        # project's fund paragraph is
        recs.projects.append(Project(doc=recs.doc, loc=labelled[0][2]))
        _fund_from_prose(doc, recs)
    elif isinstance(got := _fund_told(doc), tuple):
        recs.projects.append(p := Project(doc=recs.doc, loc=got[2]))
        _fund_statement(doc, recs, p)
    elif got is None:
        _fund_partly_told(doc, recs)


# The report's own score told in a sentence, the scorer then 得 / 得分 / 总分 and the points (027: 分别从产出指标、
# 效益指标、满意度指标完成情况指标逐项量化评价,自评得97.5分); a level's or an indicator's score names its level or
# indicator before the scorer in its clause (产出指标自评得分45分) and is none. The score may be named as the
# evaluation's composite, 综合 then 评分 / 得分, with no scorer before it (038: …开展了绩效评价,综合评分为97分).
SELF_SCORED = re.compile(r"(?P<head>[^，,。；;]*?)(?:(?:自评|评价|考核|考评)(?:总得分|总分|得分|得)|综合(?:评分|得分))"
                         r"\s*(?:为|是|[：:])?\s*(?P<fig>\d+(?:\.\d+)?\s*分)(?![\d.])")


def _scored_report(doc: Document, recs: DocRecords) -> None:
    """A report from which no table, fund or indicator opened a project, and whose prose tells its own score
    (SELF_SCORED, one figure however often told, within the full points): the report is on one project, the
    department's or the project's whole, opened at that sentence with the score as its stated total; what
    it evaluates is named as a title or unit names it. A score in a clause naming a level or an indicator,
    or two scores told apart, open nothing."""
    if recs.projects or recs.indicators or any(_money_table(b) for b in doc.blocks):
        return
    found = [(m.group("fig"), b.loc) for b in doc.paragraphs() for m in SELF_SCORED.finditer(normalize_ws(b.text))
             if "指标" not in m.group("head") and parse(m.group("fig")).value <= FULL_POINTS
             and not _another_years(m.group("head"), recs.year)]
    if len({parse(raw).value for raw, _ in found}) != 1:
        return
    raw, loc = found[0]
    recs.projects.append(Project(doc=recs.doc, loc=loc, total_score_stated=Figure(parse(raw), loc)))


def _another_years(head: str, year: int | None) -> bool:
    """A clause about another year than the report's (2022年项目自评得分85分 in a 2023 report, 上年自评得分):
    last year's score, no total of this report's."""
    years = {int(y) for y in re.findall(r"(20\d\d)\s*年", head)}
    return bool(re.search(rf"{PRIOR}年", head)) or bool(year and years and year not in years)


def _money_table(b) -> bool:
    """Whether a block is a table that could hold a fund: a cell with an amount of money or a money unit
    stated (金额（万元）). A page's metadata table (标题 / 索引号 / 成文日期, 063) is none."""
    return isinstance(b, Table) and any(MONEY_STATED.search(t) or _AMOUNT_FIGURE.search(t)
                                        for t in (normalize_ws(c.text) for c in b.cells))


def _fund_partly_told(doc: Document, recs: DocRecords) -> None:
    """A report with no table that tells only one side of its fund (the money that came in and no
    amount spent, or an amount spent and no budget): what is read and what is missing are said, the
    missing figure never worked out from a rate, and no fund is read."""
    _, _, ins, outs = _fund_said(doc)
    if bool(ins) == bool(outs):
        return
    def said(xs) -> str:
        return "；".join(f"“{x[2]}”" + (f"（执行率{x[3]}）" if len(x) > 3 and x[3] else "") for x in xs)
    # 拨付 is said of money passed on either way (财政拨付 to the unit, the unit 拨付 to a contractor:
    # 017's 按合同约定…拨付资金66.86万元 is paid out): no side named that the words do not say
    passed = [x for x in ins if x[2].startswith(TWO_WAY_VERB)]
    came = [x for x in ins if not x[2].startswith(TWO_WAY_VERB)]
    sides = [f"收到/下达资金{said(came)}"] * bool(came) + [f"拨付资金（未说明是收到还是付出）{said(passed)}"] * bool(passed)
    side = "，".join(sides) if ins else f"支出/执行资金{said(outs)}"
    missing = "支出/执行金额" if came else "预算或执行金额" if ins else "收到/下达的预算金额"
    recs.warnings.append(f"{(ins or outs)[0][1].describe()}：无资金表，文中只读到{side}，未读到{missing}，"
                         "项目资金未读取，请核对原件")


# The money's noun and its amount, nothing between but a sum word (补助经费9.55万元, 项目资金共1950万元): an amount
# of the project's money, whichever way it went.
MONEY_TOLD = re.compile(rf"{_MONEY_NOUN}\s*{_WHOLE}?\s*(?:为|是)?\s*{_AMOUNT}")


def _fund_unsaid(doc: Document, recs: DocRecords) -> None:
    """A report with no fund table whose one project was read (from its indicator sentences, 020) with no
    figure of its fund, while a sentence tells an amount of its money by a verb of neither side (在全乡范围内
    实施…补助经费9.55万元: budget or spending, the words do not say): the first such sentence is named and no
    fund is read, never passed over in silence. A report that said its fund already is left as it is."""
    if len(recs.projects) != 1 or any(_money_table(b) for b in doc.blocks):
        return
    p = recs.projects[0]
    if any(getattr(p, f) is not None for f in ("budget_initial", "budget_full_year", "arrived", "executed")) or \
            any("项目资金" in w or "无资金表" in w for w in recs.warnings):
        return
    for b in doc.paragraphs():
        for sentence in SENTENCE_END.split(normalize_ws(b.text)):
            if (m := MONEY_TOLD.search(sentence)) and not PART_BEFORE.search(sentence, 0, m.start()):
                if ARRIVED_WHOLE.search(sentence, m.end()):
                    # the amount then said arrived whole in its sentence (035: …发展资金1293.5万元,其中…,目前资金已全部
                    # 落实到位,资金到位率100%): the money that came in, which is the year's budget (as _fund_statement
                    # reads money coming in) and arrived whole; the side that is not told (spent) stays unread, said
                    fig = m.group("fig")
                    p.money_unit = p.money_unit or MONEY_WORD.search(fig).group(0)
                    p.budget_full_year = Figure(fund_figure("budget_full_year", fig, p.money_unit), b.loc)
                    p.arrived = Figure(p.budget_full_year.q, b.loc)
                    recs.warnings.append(f"{b.loc.describe()}：无资金表，句子“{sentence.strip()[:80]}”写有项目资金“{fig}”"
                                         f"并说明已全部到位，按全年预算数及到位数读取；文中未读到支出金额，执行数未读取")
                    return
                recs.warnings.append(f"{b.loc.describe()}：无资金表，句子“{sentence.strip()[:80]}”写有项目资金金额"
                                     f"“{m.group('fig')}”，未说明是预算、到位还是支出，项目资金未读取，请核对原件")
                return


# An amount's place that holds no figure: a money unit set apart by a space from a word before it (031, a tender
# site's copy: 中央下达补助资金 点击查看>> 万元; a template's blank: 下达资金    万元). The word before the space holds
# letters (Han or Latin: a figure's place filled with words) and ends in no figure, no colon, bracket, table
# border or sign; a label of a unit before it (单位：万元, [金额单位] => 万元, （万元）) states the unit of figures
# elsewhere.
AMOUNT_WITHOUT_FIGURE = re.compile(r"(?P<slot>[^\s\d０-９〇零一二三四五六七八九十百千万亿两.．,，、：:（(）)\[\]【】|│]\S{0,11}?)"
                                   r"(?<![\d０-９〇零一二三四五六七八九十百千两.．：:（(【\[|│=＝≤≥]\s?)"
                                   r"\s+(?P<unit>[万亿千]?元)(?![\p{Han}])")
UNIT_LABEL_BEFORE = re.compile(r"(?:单位|金额|币种|计量)\W*$")
SLOT_WORD = re.compile(r"[\p{Han}A-Za-z]")


_SPACES = re.compile(r"\s+")


def _amounts_without_figure(doc: Document, recs: DocRecords) -> None:
    """Money told in the prose with its unit and no figure (031: the hosting site put 点击查看>> where nine
    amounts stood) is said, not passed over: one warning naming the first paragraph, the places counted,
    the first written as it is. The amounts are unknown, so nothing is read from them."""
    # the text with its spaces (normalize_ws drops a space between Han words and the space is the place's edge)
    texts = [(b.loc, _SPACES.sub(" ", b.text).strip()) for b in doc.paragraphs()]
    found = [(loc, text, m) for loc, text in texts
             for m in AMOUNT_WITHOUT_FIGURE.finditer(text)
             if SLOT_WORD.search(m.group("slot")) and not UNIT_LABEL_BEFORE.search(text[:m.start("unit")].rstrip())]
    if not found:
        return
    loc, text, m = found[0]
    blocks = len({x[0].describe() for x in found})
    where = loc.describe() + (f"等{blocks}段" if blocks > 1 else "")
    recs.warnings.append(f"{where}：文中{len(found)}处金额只写了单位、没有数字（如“{text[max(0, m.start() - 12):m.end()]}”），"
                         "这些金额未能读取，请核对原件")


def _fund_statement(doc: Document, recs: DocRecords, p: Project) -> None:
    """The fund of a report with no fund table as the text tells it (_fund_told): the money that came
    in is the year's budget and the money spent the executed, each located at its paragraph, the
    words said in a warning; the rate and the fund's points told in the spending's paragraph, and money
    told as 到位 equal to the budget, or the budget's paragraph saying it arrived whole (资金全部到位), the
    money arrived. Where paragraphs tell it differently,
    both are said and neither read."""
    got = _fund_told(doc)
    if isinstance(got, list):
        other = next(t for t in got if t[:2] != got[0][:2])
        recs.warnings.append(f"{got[0][2].describe()}与{other[2].describe()}所述项目资金不一致，均未读取，请核对原件")
    if not isinstance(got, tuple):
        return
    budget, executed, loc, out_loc, sentence, rate = got
    unit = MONEY_WORD.search(budget).group(0)
    p.money_unit = p.money_unit or unit
    p.budget_full_year = Figure(fund_figure("budget_full_year", budget, p.money_unit), loc)
    p.executed = Figure(fund_figure("executed", executed, p.money_unit), out_loc)
    # the money told as arrived (到位资金4,860万元) where it is the whole read: arrived whole
    arrived = next((f for f in recs.prose if f.subject == "到位" and f.q.op == "=" and f.q.numeric
                    and f.q.unit == "元" and f.q.value == p.budget_full_year.value), None)
    if arrived is not None and p.arrived is None:
        p.arrived = Figure(arrived.q, arrived.loc)
    elif p.arrived is None and ARRIVED_WHOLE.search(next((normalize_ws(b.text) for b in doc.paragraphs() if b.loc == loc), "")):
        p.arrived = Figure(p.budget_full_year.q, loc)     # 资金总额X万元，资金全部到位: X arrived
    elif p.arrived is None and (whole := _passed_on_whole(doc, p)) is not None:
        p.arrived = whole
    elif p.arrived is None and len(told := _arrived_totals(recs)) == 1:
        p.arrived = Figure(told[0].q, told[0].loc)    # 019: 资金已到位36,982.43万元,其中:… (the one such total)
    # the rate and the fund's points told beside the money spent (…实际支出X万元，预算执行率96.96%；…资金执行指标
    # （分值10分）得9.70分)
    spent = next((normalize_ws(b.text) for b in doc.paragraphs() if b.loc == out_loc), "")
    rate = rate or fund_clauses(spent).get("exec_rate_stated")    # held to executed / budget as a table's (JX202)
    if rate is not None and p.exec_rate_stated is None:
        p.exec_rate_stated = Figure(fund_figure("exec_rate_stated", rate, p.money_unit), out_loc)
    if (points := POINTS_TOLD.search(spent)) is not None and p.fund_weight is None and p.fund_score is None:
        p.fund_weight = Figure(fund_figure("fund_weight", points.group("weight"), p.money_unit), out_loc)
        p.fund_score = Figure(fund_figure("fund_score", points.group("score"), p.money_unit), out_loc)
    # the second place without the file's name said again (…065.txt 块2 源文件第3行及块7 源文件第8行)
    where = loc.describe() + ("" if out_loc == loc else "及" + out_loc.describe().removeprefix(out_loc.file).strip())
    recs.warnings.append(f"{where}：无资金表，项目资金按文中语句读取（收到/下达的资金为全年预算数，支出为全年执行数）："
                         f"“{sentence[:120]}”")


def _arrived_totals(recs: DocRecords) -> list:
    """The amounts the prose tells as arrived (到位) that are totals: no part (其中…) and no change on the year
    before ahead of them in their sentence, each value once. A report with no fund table that tells one such
    total tells the money arrived, whatever its relation to the budget (019: 总预算36,620万元, 资金已到位
    36,982.43万元 with its parts after 其中; above the budget is JX205's to judge)."""
    seen, out = set(), []
    for f in recs.prose:
        if f.subject == "到位" and f.q.op == "=" and f.q.numeric and f.q.unit == "元" and f.at >= 0 and \
                not PART_BEFORE.search(f.sentence, 0, f.at) and not CHANGE_BEFORE.search(f.sentence, 0, f.at) and \
                f.q.value not in seen:
            seen.add(f.q.value)
            out.append(f)
    return out


# The money said to be passed on whole (已全部拨付, 足额拨付), a paragraph of 到位 telling it of the budget's amount.
PASSED_WHOLE = re.compile(rf"(?:全部|足额|全额)\s*{TWO_WAY_VERB}")


def _passed_on_whole(doc: Document, p: Project) -> Figure | None:
    """The money arrived where a paragraph about its arrival (到位 in it, or in the heading over it: 1、项目资金
    到位情况分析。) tells the budget's own amount passed on whole (061: 乡村振兴衔接资金2179万元目前已全部拨付),
    or a paragraph under such a heading tells it coming in (023: 下达我局…200.00万元): that amount, at that
    paragraph. 拨付 is two-way; the heading of 到位 says which way. Else None."""
    under = False
    for b in doc.paragraphs():
        text = normalize_ws(b.text)
        if _heading(b):
            under = "到位" in text
            continue
        passed = ("到位" in text or under) and PASSED_WHOLE.search(text)
        if not (passed or under):
            continue
        for m in _AMOUNT_FIGURE.finditer(text):
            q = fund_figure("arrived", m.group("fig"), p.money_unit)
            # under the heading of 到位, the budget's own amount told by a verb of money coming in, in its
            # clause (023: 1.项目资金到位情况 / …市财政局下达我局项目前期工作经费200.00万元): the arrival that heading asks for
            came = under and CAME_IN.search(CLAUSE_BREAK.split(text[:m.start()])[-1])
            if (passed or came) and q.value == p.budget_full_year.q.value:
                return Figure(q, b.loc)
    return None


# A verb of money coming to the unit (下达 / 拨入 / 收到), in the clause before an amount.
CAME_IN = re.compile(r"下达|拨入|收到")
CLAUSE_BREAK = re.compile(r"[，,。；;]")


def _total_row_line(text: str):
    """A table's total row copied out as a line (TOTAL_ROW_LINE): its label a total's by the tables'
    grammar (summary_label), its score no greater than its full points, those no greater than the
    standard 100 (a money row's 合计 is none); the match (label, full points, score), else None.
    The grade's clause may run on to the score with no space (总分 100 99.12自评等级：优: a PDF line
    joining the row's cells), and the two figures may be labelled, each label the header grammar
    names weight and score (总分：分值 100，得分 99.30)."""
    m = TOTAL_ROW_LINE.match(text)
    if m is None and (g := GRADE.search(text)) is not None and (run := GLUED_GRADE.search(text[:g.start()])):
        m = TOTAL_ROW_LINE.match(text[:run.start(2)] + " " + text[run.start(2):])
    if m is None and (parts := TOTAL_PARTS.match(text)) is not None and \
            (header_field(parts.group(2), set()), header_field(parts.group(4), set())) == ("weight", "score"):
        m = _TotalRow(parts)
    if m and summary_label(m.group(1)) == "total" and FULL_POINTS >= Decimal(m.group(2)) >= Decimal(m.group(3)):
        return m
    return None


# A total row's grade clause read before its figures (总分 自评等级：优 100 99.49: a scan's OCR setting the row's last cell
# after its label): the clause, a grade's label, its colon and a grade word, between the label and the figures.
_GRADE_FIRST = re.compile(r"^(\s*[^\s\d]+)\s+(" + GRADE_SCORER + "?" + GRADE_NOUN + r"\s*[：:]\s*\p{Han}{1,3})\s+(?=\d)")


def _grade_last(text: str) -> str:
    """The line with a total row's grade clause read before its figures set after them (_GRADE_FIRST), where the
    label is a total's (summary_label); else the line as it is."""
    m = _GRADE_FIRST.match(text)
    if m is None or summary_label(m.group(1).strip()) != "total" or \
            normalize_ws(m.group(2)).split("：")[-1].split(":")[-1].strip() not in GRADE_WORDS:
        return text
    return f"{m.group(1)} {text[m.end():].rstrip()} {m.group(2)}"


def _grade_after_score(text: str, m) -> str | None:
    """The grade a total row copied out as a line states after its score: labelled (总分 100 99.05
    自评等级：优) or the row's grade cell alone (总分 100 97.91 优: the .doc's last row read as text)."""
    rest = text[m.end(3):]
    if (g := GRADE.search(rest)) is not None:
        return g.group(1)
    rest = normalize_ws(rest).strip()
    return rest if rest in GRADE_WORDS else None


class _TotalRow:
    """A labelled total line (TOTAL_PARTS) as TOTAL_ROW_LINE's match: (label, full points, score)."""

    def __init__(self, m):
        self.m, self.k = m, (1, 3, 5)

    def group(self, n: int) -> str:
        return self.m.group(self.k[n - 1])

    def end(self, n: int) -> int:
        return self.m.end(self.k[n - 1])


def _total_rows_below_tables(doc: Document, recs: DocRecords) -> None:
    """Each project's total row given as a line right below its indicator table (a .doc table whose
    last row, of another width, was read as text: 总分 100 99.05 自评等级：优), where the document holds
    several projects (with one, _total_from_prose reads any such line): the line in the table's place
    is that table's, its full marks, score and grade the project's. Only a line the tables' total
    grammar reads (summary_rows.summary_label), its score no greater than its full points, no greater than
    the standard 100; a project whose table states its total keeps it."""
    if len(recs.projects) < 2:
        return
    lines = _paragraphs_by_block(doc)
    for p in recs.projects:
        blocks = [i.loc.block for i in p.indicators if i.loc is not None and i.loc.block is not None]
        if p.total_score_stated is not None or not blocks or (b := lines.get(max(blocks) + 1)) is None:
            continue
        if (m := _total_row_line(line := _grade_last(b.text))) is None:
            continue
        p.total_score_stated = Figure(parse(m.group(3)), b.loc)
        if p.total_weight_stated is None:
            p.total_weight_stated = Figure(parse(m.group(2)), b.loc)
        if not p.grade_stated and (g := _grade_after_score(line, m)):
            p.grade_stated, p.grade_raw, p.grade_loc = GRADE_WORDS[g], g, b.loc


def _unread_total_lines(doc: Document, recs: DocRecords) -> None:
    """Where a project's total was not read, each line that looks like a total is named in a warning
    (a labelled total, a total row copied as a line, a line under a total's caption: [总分] 得分 = 99.00),
    so a total left unread is said, never passed over in silence."""
    if not recs.projects or all(p.total_score_stated is not None for p in recs.projects):
        return
    used = [f.loc for p in recs.projects for f in (p.total_score_stated, p.total_weight_stated) if f is not None]
    under_total = {id(b) for caption, _, _, b in captioned_lines(doc) if summary_label(caption) == "total"}
    for b in doc.paragraphs():
        text = normalize_ws(b.text).strip()
        if b.loc in used or not re.search(r"\d", text):
            continue
        if TOTAL_LINE.search(text) or BARE_TOTAL_LINE.search(text) or _total_row_line(_grade_last(text)) or id(b) in under_total \
                or _TOTAL_NEAR.search(text) or _TOTAL_WITHIN.search(text):
            recs.warnings.append(f"{b.loc.describe()}：“{text}”像是总分，未读取为项目总分，请核对")


def _unread_grade_lines(doc: Document, recs: DocRecords) -> None:
    """Where a project's grade was not read, each line naming a grade a few characters after 等级 / 等次 with no
    colon between (a test step's 自评等级应为 "优") is named in a warning, as an unread total's line is."""
    if not recs.projects or all(p.grade_stated for p in recs.projects):
        return
    used = [p.grade_loc for p in recs.projects if p.grade_stated]
    for b in doc.paragraphs():
        text = normalize_ws(b.text).strip()
        if b.loc not in used and not GRADE.search(text) and _GRADE_NEAR.search(text):
            recs.warnings.append(f"{b.loc.describe()}：“{text}”像是自评等级，未读取为项目等级，请核对")
    if recs.ocr:    # a scan's grade label with nothing after its colon: the grade lost to the paper (1416.scan)
        for c in (c for t in doc.tables() for c in t.cells):
            text = normalize_ws(c.text).strip()
            if _GRADE_BLANK.fullmatch(text):
                recs.warnings.append(f"{c.loc.describe()}：“{text}”之后没有识别出等级（扫描件该处疑被遮挡、污损或残缺），"
                                     "项目等级未读取，请核对原件")


# A grade's label and its colon with nothing after them, the whole of a scan's cell (自评等级：, 1416.scan: an insect's
# bore hole where 优 was printed).
_GRADE_BLANK = re.compile(GRADE_SCORER + "?" + GRADE_NOUN + r"\s*[：:]")


# A grade's label and a grade word a few characters on, no colon between (自评等级应为 "优"); not a legend of the
# grades (等级分为优、良、中、差).
_GRADE_NEAR = re.compile(GRADE_NOUN + r"[^\d。；;，,、\n]{1,4}?[“\"「『]?" + GRADE_WORD + r"(?![\u4e00-\u9fff])")


# A score's total named and a figure a few characters on, no colon between (a test step's 自评总分应为 "99.16",
# a sentence's 自评总分最终确定为98.5): not read as the total, but a line to name where the total went unread.
_TOTAL_NEAR = re.compile(rf"(?:{SCORE_TOTAL})[^\d。；;，,]{{0,4}}[\"“”'「]?\d+(?:\.\d+)?")


# 总分 and its figure after a colon with a word or a stray glyph run on before it (某总分：100 得分：98.55): no label
# the total's grammars read, but a line to name where the total went unread.
_TOTAL_WITHIN = re.compile(r"\p{Han}总分\s*[：:]\s*\d")


# A head cell or line that labels the project's name (项目名称 | X, 项目名称：X, 项目名称 X): the label
# first, then a colon, a space or nothing (its value in the next cell).
_NAME_LABEL_AT = re.compile(rf"^\s*({NAME_LABEL})\s*(?:{KEY_END}|\s|$)")


def _unread_name_labels(doc: Document, recs: DocRecords) -> None:
    """A project with indicator rows but no name, whose head (the cells and lines after the project
    before it, before its first indicator row) shows a 项目名称 label, is said: its name was there to
    read and was not. A document showing no such label (a 部门整体 report, a list) says nothing."""
    unnamed = [p for p in recs.projects if not p.name and p.indicators]
    if not unnamed:
        return

    def at(loc: Location) -> tuple | None:     # document order: the block, then the row within a table
        return None if loc is None or loc.block is None else (loc.block, -1 if loc.row is None else loc.row)

    starts = sorted((min(k), max(k)) for p in recs.projects
                    if (k := [a for i in p.indicators if (a := at(i.loc)) is not None]))
    labels = []
    for b in list(doc.paragraphs()) + [c for _, c in doc.iter_cells()]:
        text = re.sub(r"(?<=\p{Han})\s+(?=\p{Han})", "", normalize_ws(b.text))   # a label wrapped in its cell
        if (m := _NAME_LABEL_AT.match(text)) and (where := at(b.loc)) is not None:
            labels.append((where, m.group(1), b.loc))
    labels.sort(key=lambda x: x[0])
    for p in unnamed:
        rows = [a for i in p.indicators if (a := at(i.loc)) is not None]
        if not rows:
            continue
        first = min(rows)
        after = max((last for start, last in starts if last < first), default=None)
        seen = [(label, loc) for where, label, loc in labels if where < first and (after is None or where > after)]
        if seen:
            label, loc = seen[0]
            recs.warnings.append(f"{loc.describe()}：写有“{label}”，但未读出项目名称（其后{len(p.indicators)}项指标"
                                 f"无所属项目名），请核对原件")


def _swapped_scores(recs: DocRecords) -> None:
    """One row scoring above its weight (分值 8.8, 得分 10) whose two figures, exchanged, make both the
    分值 column (with the fund's) add up to the stated full marks and the 得分 column to the stated
    总分, where as written neither does: the two cells were filled the wrong way round. They are read
    exchanged, with a warning naming the row; with any other evidence the row is left as written."""
    for p in recs.projects:
        tw, ts = p.total_weight_stated, p.total_score_stated
        if tw is None or ts is None or tw.value is None or ts.value is None:
            continue
        rows = p.indicators
        if any(i.weight is None or i.score is None or i.weight.value is None or i.score.value is None
               or i.group_weight is not None or i.group_score is not None for i in rows):
            continue
        over = [i for i in rows if i.score.value > i.weight.value]
        if len(over) != 1:
            continue
        fund = [f.value for f in (p.fund_weight, p.fund_score) if f is not None]
        if len(fund) == 1 or None in fund:
            continue
        fw, fs = fund or (0, 0)
        weights, scores = sum(i.weight.value for i in rows) + fw, sum(i.score.value for i in rows) + fs
        i = over[0]
        shift = i.score.value - i.weight.value
        if weights == tw.value or scores == ts.value or (weights + shift, scores - shift) != (tw.value, ts.value):
            continue
        recs.warnings.append(f"{i.weight.loc.describe()}：“{i.level3}”分值 {i.weight.raw}、得分 {i.score.raw}，得分高于"
                             f"分值；两数互换后分值合计 {tw.raw}、得分合计 {ts.raw} 与表内总分相符，按分值 {i.score.raw}、"
                             f"得分 {i.weight.raw} 读取，请核对原件")
        i.weight, i.score = i.score, i.weight


def _unread_coded_fund(doc: Document, recs: DocRecords) -> None:
    """A fund written as a record in codes (a system's export: its figures and its rate under labels that are
    codes, coded_columns.coded_fund), where the one project's budget, execution and rate are all unread: read by
    its figures where they tell each one (_coded_fund_roles), else said, naming its figures."""
    if len(recs.projects) != 1:
        return
    p = recs.projects[0]
    if any(x is not None for x in (p.budget_initial, p.budget_full_year, p.executed, p.exec_rate_stated)):
        return
    for text, lines in coded_records(doc.paragraphs()) + unnamed_rows(doc.blocks):
        if (figures := coded_fund(text)) is None:
            continue
        listed = "、".join(f"{k} {v}" for k, v in figures)
        if (roles := _coded_fund_roles(figures, recs)) is None:
            recs.warnings.append(f"{lines[0].loc.describe()}：项目资金记录{labels_said(text)}，有{len(figures)}个数字（{listed}），"
                                 "未能判断年初预算数、全年预算数、全年执行数、执行率、分值、得分，均未读取，请核对原件")
            return
        at = {k: b.loc for b in lines for k, _ in coded_pairs(b.text)}
        for field, (k, v) in roles.items():
            setattr(p, field, Figure(fund_figure(field, v, p.money_unit), at[k]))
        recs.warnings.append(f"{lines[0].loc.describe()}：项目资金记录{labels_said(text)}（{listed}），按数字之间的关系读取："
                             "执行数÷预算数为执行率，分值为总分减各指标分值之和、其与执行率之积为得分，余下一数为年初预算数，请核对原件")
        return


def _coded_fund_roles(figures: list[tuple[str, str]], recs: DocRecords) -> dict[str, tuple[str, str]] | None:
    """Which of a coded fund record's figures is which, told by the figures alone: the fund's points are the
    total's full points less the indicators' weights, and its score those points times the rate; the executed
    over the full-year budget is the rate (to its written places); the one figure left is the initial budget.
    None where any step leaves more than one choice (equal figures are one choice) or none."""
    p = recs.projects[0]
    weights = [i.weight.value for i in recs.indicators if i.weight is not None]
    if p.total_weight_stated is None or p.total_weight_stated.value is None or not weights or None in weights:
        return None
    points = p.total_weight_stated.value - sum(weights)
    rate_key, rate_text = fund_rate(figures)
    rate = parse(rate_text)
    nums = [(k, v, parse(v)) for k, v in figures if (k, v) != (rate_key, rate_text)]
    near = lambda a, b, q: abs(a - b) <= q.tolerance     # noqa: E731
    scored = [(w, s) for w in nums for s in nums if w is not s and w[2].value == points
              and near(w[2].value * rate.value / 100, s[2].value, s[2])]
    if len({(w[2].value, s[2].value) for w, s in scored}) != 1:
        return None
    w, s = scored[0]
    money = [x for x in nums if x is not w and x is not s]
    spent = [(e, f) for e in money for f in money if e is not f and f[2].value
             and near(e[2].value / f[2].value * 100, rate.value, rate)]
    if len({(e[2].value, f[2].value) for e, f in spent}) != 1:
        return None
    e, f = spent[-1]
    left = [x for x in money if x is not e and x is not f]
    if len(left) != 1:
        return None
    return {"budget_initial": left[0][:2], "budget_full_year": f[:2], "executed": e[:2],
            "exec_rate_stated": (rate_key, rate_text), "fund_weight": w[:2], "fund_score": s[:2]}


def _total_from_coded_record(doc: Document, recs: DocRecords) -> None:
    """The one project's total, full points and grade from a record in codes (a system's export:
    mf：100　zf：98.55　zpdj：优) that is a total by its values (coded_columns.coded_total), where no
    table or labelled line states them."""
    if len(recs.projects) != 1 or recs.projects[0].total_score_stated is not None:
        return
    p = recs.projects[0]
    for text, lines in coded_records(doc.paragraphs()) + unnamed_rows(doc.blocks):
        if (found := coded_total(text, FULL_POINTS)) is None:
            continue
        (full_key, full), (score_key, score), (grade_key, grade) = found
        # each figure keeps the line it is written on (a record may run over lines)
        at = {k: b.loc for b in lines for k, _ in coded_pairs(b.text)}
        p.total_score_stated = Figure(parse(score), at[score_key])
        p.total_weight_stated = p.total_weight_stated or Figure(parse(full), at[full_key])
        if not p.grade_stated:
            p.grade_stated, p.grade_raw, p.grade_loc = GRADE_WORDS[grade.strip()], grade.strip(), at[grade_key]
        return


def _score_beside(box: str, bare_total) -> object | None:
    """The 得分 beside a bare 总分 on its line (总分：100 得分：99.16): the first after it, else the last before it.
    A scan's line may run other rows' 得分 into it before the total (得分4.8·分值6得分10·分值10总分：100 得分：98.60,
    1973.scan: the rows' score lines OCR joined to the closing line), and the first 得分 of the line was taken
    for the total."""
    after = SCORE_BESIDE_BOX.search(box, bare_total.end())
    if after is not None:
        return after
    before = list(SCORE_BESIDE_BOX.finditer(box, 0, bare_total.start()))
    return before[-1] if before else None


def _sentence_scores(sentence: str) -> list:
    """The totals a sentence stating the grade gives; beside one labelled a score (自评得分99分) one labelled a
    总分 (自评总分100分) is the full marks, as a bare 总分 beside its 得分 is."""
    found = list(SENTENCE_TOTAL.finditer(sentence))
    scores = [m for m in found if "得分" in m.group(0)]
    return scores if scores and len(scores) < len(found) else found


# An outline item that is nothing but the total's label and figure (064: (一)自评得分99分 under 一、自评结论): the
# total stated, no colon needed. Unnumbered, such a line may be anything's score (自评得分为99.23 with no grade is
# none); a part's points (A产出指标(自评分19分)) are no such line.
TOTAL_ALONE = re.compile(rf"^\s*(?:{LIST_NUMBER.pattern})(?:{SCORE_TOTAL})\s*(?:为|是)?\s*(\d+(?:\.\d+)?\s*分?)\s*[。.]?\s*$")


# A line that holds a bare 总分 with its figure and nothing else (总分：99.12).
BARE_TOTAL_ALONE = re.compile(r"^\s*总分\s*[：:]\s*\d+(?:\.\d+)?\s*分?\s*[。.]?\s*$")


# A scan's line opening with one stray character before a bare 总分 and its figure (某总分：100 得分：98.55: the
# last glyph of a row the page broke, OCR joined to the next line): the line read without it, and said.
_STRAY_BEFORE_TOTAL = re.compile(r"^\s*(\p{Han})(?=总分\s*[：:]?\s*\d)")


# A line that is the score's label and its figure (自评得分：99.00).
_SCORE_LABEL_LINE = re.compile(r"^\s*(?:自评得分|自评分|得分)\s*[：:]\s*\d")


def _graded_below(b: Paragraph, nxt: Paragraph | None) -> bool:
    """A bare 总分 alone on its line whose next line states the grade and no figure (总分：99.12 /
    自评等级：优): the closing block's two labels set one under the other, as one grade line."""
    return nxt is not None and BARE_TOTAL_ALONE.match(normalize_ws(b.text)) is not None \
        and GRADE.search(nxt.text) is not None and not re.search(r"\d", nxt.text)


def _bare_total_by_sums(paras, p, recs: DocRecords) -> list[tuple[str, Location]]:
    """A line of a bare 总分 and its figure alone (总分：98.90), which may state the full marks or the score, read as
    the score where the document's own figures tell which: every indicator and the fund scored, their weights adding
    up to the full points and their scores to the line's figure (not the full points): [(figure, where)], said;
    [] otherwise (the line is then said unread, _unread_total_lines)."""
    rows = p.indicators
    parts = [(i.weight, i.score) for i in rows] + [(p.fund_weight, p.fund_score)]
    if not rows or any(w is None or s is None or w.value is None or s.value is None for w, s in parts):
        return []
    weights, scores = sum(w.value for w, _ in parts), sum(s.value for _, s in parts)
    if weights != FULL_POINTS or scores == weights:
        return []
    hits = [(m.group(1), b.loc) for b in paras if BARE_TOTAL_ALONE.match(normalize_ws(b.text))
            and (m := BARE_TOTAL_LINE.search(b.text)) and parse(m.group(1)).value == scores]
    if len(hits) == 1:
        recs.warnings.append(f"{hits[0][1].describe()}：“总分：{hits[0][0]}”未写明是满分还是得分；各指标与资金的分值合计 "
                             f"{weights}、得分合计 {scores}，与之相符的是得分，按项目总分读取，请核对原件")
        return hits
    return []


def _total_from_prose(doc: Document, recs: DocRecords) -> None:
    """The one project's total where the table states none and one labelled line does (all such
    lines saying the same figure), or where the table's only total is the indicators' (合计 90 |
    89.5, its weight below the full points: the fund's points stand outside it) and the line states
    the whole (自评总分：99.3分). In the sentence stating the grade the label needs no colon
    (自评得分97.69分，自评等级：优)."""
    if len(recs.projects) != 1:
        return
    p = recs.projects[0]
    w = p.total_weight_stated
    partial = p.total_score_stated is not None and w is not None and w.value is not None and w.value < FULL_POINTS
    if p.total_score_stated is not None and not partial:
        return
    paras = _read_paragraphs(doc)
    found = [(m.group(1), b.loc) for b in paras + [c for _, c in doc.iter_cells()] for m in TOTAL_LINE.finditer(b.text)]
    found += [(m.group(1), b.loc) for b in paras for m in QUOTED_TOTAL.finditer(b.text)]
    row_weight = None
    row_grades = []   # the grades total rows' lines state after their scores
    weak = []   # a bare 总分 over the grade's line: the score only where nothing else states one
    for k, b in enumerate(paras):
        if TOTAL_LINE.search(b.text):
            continue
        if (alone := TOTAL_ALONE.match(b.text)) is not None:
            found.append((alone.group(1), b.loc))
            continue
        if BARE_TOTAL_ALONE.match(normalize_ws(b.text)) and (whole := BARE_TOTAL_LINE.search(b.text)) and any(
                _SCORE_LABEL_LINE.match(x.text) for x in paras[max(0, k - 1):k + 2] if x is not b):
            # a record's lines (总分：100.00 / 自评得分：99.00 / 自评等级：优: a query's one row as its label：value lines):
            # a bare 总分 alone on its line next to the line labelling the score is the full marks
            row_weight = row_weight or (whole.group(1), b.loc)
            continue
        scored = [(m.group(1), b.loc) for sentence in SENTENCE_END.split(b.text) if GRADE.search(sentence)
                  for m in _sentence_scores(sentence)]
        # a bare 总分 on the grade line is the score, but beside a labelled one it is the full marks
        # and so it is beside the full marks labelled on its line (总分：98.83　满分：100): those are the weight
        full = FULL_MARKS_LINE.search(b.text)
        stray = _STRAY_BEFORE_TOTAL.match(b.text) if recs.ocr else None
        box = b.text[stray.end(1):] if stray else b.text
        if not scored and (bare_total := BARE_TOTAL_BOX.search(box)) and (own := _score_beside(box, bare_total)):
            # 总分：100 得分：99.16 — the bare 总分 is the full marks where the score has its own label beside it
            found.append((own.group(1), b.loc))
            row_weight = row_weight or (bare_total.group(1), b.loc)
            if stray:
                recs.warnings.append(f"{b.loc.describe()}：“{' '.join(b.text.split())}”行首的“{stray.group(1)}”不属于总分"
                                     "标签（可能是跨页断开的上一行残字），已按总分行读取，请核对原件")
            continue
        if not scored and bare_total and SCORE_LABEL_BESIDE.search(box, bare_total.end()):
            # 总分：100  自评得分：${…} (a REPL's println before its string is filled in): the score's label stands
            # beside the bare 总分 with no figure, so the 总分 is the full marks and the line states no score
            continue
        # on the grade line the bare 总分 may stand apart from its figure by a gap alone (总分 98.6  自评等级 优,
        # two cells laid out as text), as the box grammar reads it; beside the full marks only with its colon
        # (a total row's line, 总分 100 98.70 自评等级：优, states the full marks before the score: read below)
        row_line = _total_row_line(line := _grade_last(b.text))
        graded = GRADE.search(b.text) is not None
        # a bare 总分 over the grade's line only where no line labels the score (总分：100 / 自评等级：优 /
        # 自评得分：99.05, 910's hash printed a key a line: there the 总分 is the full marks)
        below = not graded and _graded_below(b, paras[k + 1] if k + 1 < len(paras) else None)
        bare_total_at = BARE_TOTAL_BOX if (graded or below) and row_line is None else BARE_TOTAL_LINE if graded or below or full else None
        hits = scored or ([(m.group(1), b.loc) for m in bare_total_at.finditer(b.text)] if bare_total_at else [])
        if graded and not hits and not SCORE_BESIDE_BOX.search(b.text):
            hits = [(m.group(2), b.loc) for m in OPENED_TOTAL.finditer(b.text) if function_words(m.group(1))]
        (weak if below and not scored else found).extend(hits)
        if full and not scored and BARE_TOTAL_LINE.search(b.text):
            row_weight = row_weight or (full.group(1), b.loc)
        if (m := row_line) is not None:
            found.append((m.group(3), b.loc))
            row_weight = row_weight or (m.group(2), b.loc)
            if (g := _grade_after_score(line, m)) is not None:
                row_grades.append((g, b.loc))
    for t in doc.tables():
        # a closing line a text table took in as its last row (总分 98.6 | 自评等级 优): the row read as the line
        # it was, a bare 总分 in a cell of its own figure the score where the row states the grade
        for row in t.rows():
            texts = [normalize_ws(c.text).strip() for c in row if normalize_ws(c.text).strip()]
            if texts and (m := BARE_TOTAL_BOX.fullmatch(texts[0])) and any(GRADE.search(x) for x in texts[1:]) \
                    and not any(SCORE_BESIDE_BOX.search(x) for x in texts[1:]):
                found.append((m.group(1), row[0].loc))
    for caption, label, value, b in captioned_lines(doc):
        # the total's section ([总分] 满分 = 100 / 得分 = 99.00): its score and full marks by their labels
        if summary_label(caption) == "total" and parse(value).numeric:
            field = header_field(label, set())
            if field == "score":
                found.append((value, b.loc))
            elif field == "weight":
                row_weight = row_weight or (value, b.loc)
    found = found or weak or _bare_total_by_sums(paras, p, recs)
    values = {parse(raw).value for raw, _ in found}
    if len(values) == 1 and None not in values:
        raw, loc = found[0]
        if partial:
            if values == {p.total_score_stated.value}:
                return   # the line restates the table's total
            recs.warnings.append(f"{w.loc.describe()}：表内合计 {w.raw} / {p.total_score_stated.raw} 仅为绩效指标"
                                 f"（分值低于满分{FULL_POINTS}分），总分取{loc.describe()}所述 {raw}")
            p.total_weight_stated = None
        p.total_score_stated = Figure(parse(raw), loc)
        if row_weight is not None and p.total_weight_stated is None:
            p.total_weight_stated = Figure(parse(row_weight[0]), row_weight[1])
        if not p.grade_stated and row_grades:   # the line whose score was taken states the grade too
            g, at = row_grades[0]
            p.grade_stated, p.grade_raw, p.grade_loc = GRADE_WORDS[g], g, at
