"""Scans: a character the recogniser was unsure of, chosen again among its runners-up by the words
they make (extract/ocr_words.py). Synthetic readings and decoder outputs: no page is recognised."""
import numpy as np

from jixiao.extract import ocr_words


def _runners(text: str, at: dict) -> list:
    return [at.get(i, []) for i in range(len(text))]


def test_a_lone_character_becomes_the_runner_up_that_makes_a_known_word():
    # 773.scan: 牦 read 耗 (0.79-0.98), 牦 the engine's third or fourth choice
    text = "建设耗牛标准化养殖示范场"
    got, changes = ocr_words.corrected(text, _runners(text, {2: [("特", 0.031), ("牦", 0.024)]}))
    assert got == "建设牦牛标准化养殖示范场" and changes == [("耗牛", "牦牛")]
    # 600.scan: 厕 read 则 (0.62), 厕 the runner-up
    text = "每座旅游则所建设成本"
    got, changes = ocr_words.corrected(text, _runners(text, {4: [("厕", 0.263), ("测", 0.098), ("侧", 0.016)]}))
    assert got == "每座旅游厕所建设成本" and changes == [("则所", "厕所")]


def test_no_change_without_the_engine_offering_it_or_where_the_character_is_in_a_word():
    text = "建设耗牛标准化养殖示范场"
    assert ocr_words.corrected(text, _runners(text, {})) == (text, [])        # the dictionary alone never substitutes
    assert ocr_words.corrected(text, _runners(text, {2: [("特", 0.03)]})) == (text, [])   # 特牛 is no word
    text = "能源消耗降低率"      # 耗 stands in 消耗: the reading is kept whatever the runner-up
    assert ocr_words.corrected(text, _runners(text, {3: [("牦", 0.02)]})) == (text, [])
    text = "自评等级：优"        # 600.scan: 自评 is the domain's word (domain_dict.txt), not 自诉 (jieba's)
    assert ocr_words.corrected(text, _runners(text, {1: [("诉", 0.01)]})) == (text, [])


def test_a_suffix_closing_a_run_of_lone_characters_is_kept_as_read():
    """1060.scan: 村级管水员满意度 read right, 员 doubted (圆 0.74%, 灵 0.55%): the segmenter knows no 管水员 and
    leaves 管 / 水 / 员 alone, and 灵 made 水灵 (a word) and left 管 alone. 员 ends hundreds of the dictionary's
    three-character words (管理员, 安全员): closing a run of three lone characters, it makes a plausible word
    the dictionary lacks, so no runner-up replaces it. A lone character inside a run (则 of 则所) is still
    corrected (the test above)."""
    text = "村级管水员满意度"
    assert ocr_words.corrected(text, _runners(text, {4: [("圆", 0.0074), ("灵", 0.0055)]})) == (text, [])
    assert "员" in ocr_words._suffixes() and "灵" not in ocr_words._suffixes()


def test_correct_reports_the_line_and_gives_the_engine_its_five_part_info():
    text = "耗牛养殖合作社满意度"
    info = [40, [list(text)], [list(range(len(text)))], ["cn"], [0.9] * len(text),
            _runners(text, {0: [("托", 0.029), ("牦", 0.018)]})]
    (kept,), changes = ocr_words.correct([(text, 0.95, info)])
    assert kept[0] == "牦牛养殖合作社满意度" and len(kept[2]) == 5
    assert changes == [("耗牛", "牦牛", text)]


def test_the_decoder_keeps_the_runners_up_of_the_characters_it_is_unsure_of():
    op = ocr_words.Decoder(character=list("甲乙丙丁"))    # blank first, then 甲乙丙丁, then a space
    blank, jia, yi, bing = 0, 1, 2, 3
    preds = np.full((1, 4, 6), 0.0, dtype=np.float32)
    preds[0, 0, jia] = 1.0                                               # sure: no runners-up
    preds[0, 1, [yi, bing, blank, 4]] = [0.9, 0.07, 0.028, 0.002]        # unsure: 丙 (丁 under the floor)
    preds[0, 2, blank] = 1.0
    preds[0, 3, [bing, yi]] = [0.985, 0.015]
    (text, _, info), = op(preds, True, wh_ratio_list=[1.0], max_wh_ratio=1.0)
    assert text == "甲乙丙" and len(info) == 6
    assert [[c for c, _ in r] for r in info[5]] == [[], ["丙"], ["乙"]]


def test_of_the_changes_a_run_allows_the_likeliest_is_made_first():
    """731.scan: 年初预算数 read 年初预真款; 预's runner-up 顶 joins 真 as read into 顶真, 真's runner-up
    算 makes 预算, a far likelier word. Taken left to right the first won and the header read 年初顶真款."""
    text = "年初预真款"
    runners = _runners(text, {2: [("领", 0.022), ("顿", 0.021), ("顶", 0.02)],
                              3: [("算", 0.066), ("莫", 0.01), ("其", 0.006)],
                              4: [("教", 0.123), ("薇", 0.12), ("额", 0.104)]})
    assert ocr_words.corrected(text, runners) == ("年初预算款", [("预真", "预算")])



def test_a_short_lines_words_give_each_reading_its_runners_up_make():
    """731.scan: 分值 read 行谊 at 0.51 (a word of its own: no lone character to correct); 分 and 值
    are the runners-up of its two characters. Each reading is kept with its shares' product, those
    under FLOOR not; a longer line, or one with more than words, gives none."""
    runners = [[("分", 0.182), ("社", 0.08)], [("值", 0.112), ("恒", 0.001)]]
    got = {alt: share for _, _, alt, share in ocr_words.word_runners("行谊", runners)}
    assert set(got) == {"分谊", "社谊", "行值", "分值", "社值"} and abs(got["分值"] - 0.182 * 0.112) < 1e-9
    assert all(end == 2 for _, end, _, _ in ocr_words.word_runners("行谊", runners))
    assert ocr_words.word_runners("行谊10", runners + [[], []]) == []
    assert ocr_words.word_runners("行谊", runners[:1]) == []
    assert ocr_words.reading_in("行谊", "行谊") == 0 and ocr_words.reading_in("行谊（分）", "行谊") == -1
    assert ocr_words.reading_in("90.64%", "90.64") == 0


def test_a_character_repeated_two_places_off_in_a_frame_is_kept_as_read():
    # 1187.scan / 1189.scan: 桃产业联农带农机制 read right, the first 农 doubted with 衣 a runner-up; the
    # segmenter knows no 联农带农 and leaves 联 / 农 / 带 / 农 alone, and 衣 made 衣带 (a word): one row lost
    text = "桃产业联农带农机制"
    assert ocr_words.corrected(text, _runners(text, {4: [("衣", 0.03)]})) == (text, [])
    # a lone character with no such frame is still corrected (则所 → 厕所 above)
    assert ocr_words._framed("联农带农", 1) and not ocr_words._framed("旅游则所", 2)


def test_a_correction_to_a_character_the_document_never_uses_is_taken_back_where_it_uses_the_one_read():
    """1392.scan: 蔗叶还田利用率 read right, 蔗 doubted, its runner-up 蕉 making 蕉叶 (a word): corrected to
    蕉叶. The rest of the document (糖料蔗, 蔗区, 糖料蔗总产量) stands 蔗 alone in the segmenter's cut again
    and again, a word of its own the dictionary lacks, and holds 蕉 nowhere: the correction is taken back.
    Where the rest holds the runner-up too, or the read character only inside known words (则 of 原则 beside
    旅游则所), or too seldom, the correction stands."""
    line = "蔗叶还田利用率"
    changes = [("蔗叶", "蕉叶", line)]
    texts = ["2023年耿马县糖料蔗产业发展项目", "推广糖料蔗良种", "建设蔗区小型水利设施", "糖料蔗总产量", "蕉叶还田利用率"]
    assert ocr_words.by_document(texts, changes) == [("蕉叶", "蔗叶", line, "蔗", 4)]
    assert ocr_words.by_document(texts + ["香蕉种植面积"], changes) == []        # the runner-up stands elsewhere
    assert ocr_words.by_document(texts[:2] + texts[-1:], changes) == []           # 蔗 alone only twice
    rest = ["坚持原则", "原则上按进度拨付", "执行原则", "每座旅游厕所建设成本"]
    assert ocr_words.by_document(rest, [("则所", "厕所", "每座旅游则所建设成本")]) == []   # 则 only in 原则


def test_a_correction_is_taken_back_where_the_word_as_read_stands_elsewhere_as_it_is():
    """1754.scan: 每台筏架更新补助 read right, 筏 doubted, its runner-up 花 making 花架 (a word): corrected to
    花架, while another row, 更新深水抗风浪筏架, read 筏架 surely. 筏 stands alone in the cut there once
    (by_document wants OWN_WORD): the word as read standing elsewhere as it is takes the correction back.
    Where the runner-up stands elsewhere too, or the word as read stands only in the corrected line, it stands."""
    line = "每台筏架更新补助"
    changes = [("筏架", "花架", line)]
    texts = ["2023年霞浦县海带产业发展项目", "更新深水抗风浪筏架", "每台花架更新补助", "海带良种覆盖率"]
    assert ocr_words.by_document(texts, changes) == []                       # 筏 alone once: not enough there
    assert ocr_words.by_word_read(texts, changes) == [("花架", "筏架", line, 1)]
    assert ocr_words.by_word_read(texts + ["花卉种植面积"], changes) == []    # the runner-up stands elsewhere
    assert ocr_words.by_word_read(texts[:1] + texts[2:], changes) == []     # 筏架 nowhere else


def test_a_correction_to_a_word_the_document_reads_whole_elsewhere_untouched_is_taken_back():
    """1748.scan: 军休 (军休干部) read right and corrected to 军体 (a dictionary word) where the recogniser doubted 休
    with 体 its runner-up; the rows it did not doubt kept 军休 twice. The document's untouched text holding the word
    as read whole is the evidence: the correction is taken back, every line it was made in."""
    changes = [("军休", "军体", "服务管理军休干部"), ("军休", "军体", "军休干部待遇落实率")]
    texts = ["2023年军休干部服务管理经费", "服务管理军体干部", "军体干部待遇落实率", "举办军休干部文体活动",
             "军休干部满意度", "组织健康体检"]
    assert ocr_words.by_word_read(texts, changes) == [("军体", "军休", "服务管理军休干部", 3),
                                                     ("军体", "军休", "军休干部待遇落实率", 3)]
    assert ocr_words.by_word_read(texts[1:4], changes) == []                     # read whole once only
    assert ocr_words.by_word_read(texts + ["军体运动会"], changes) == []          # the corrected word untouched too
    assert ocr_words.by_word_read(["每座旅游厕所建设成本", "坚持原则"], [("则所", "厕所", "每座旅游则所建设成本")]) == []
