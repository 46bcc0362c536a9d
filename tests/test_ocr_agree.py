"""A character the first recogniser lost, put back differently by the second in different lines, is
made one by the majority (extract/ocr_agree.py)."""
from extract import ocr_agree

REREADS = [("2023年泸溪县柑产业发展项目", "2023年泸溪县椪柑产业发展项目"), ("改造提质柑园", "改造提质碰柑园"),
           ("建设柑留树保鲜", "建设椪柑留树保鲜"), ("柑商品果率", "碰柑商品果率"), ("柑产品抽检合格", "椪柑产品抽检合格"),
           ("柑亩均产值", "椪柑亩均产值"), ("夏秋连旱，柑果实偏小", "夏秋连旱，椪柑果实偏小"), ("柑产业联农带农", "碰柑产业联农带农")]


def test_the_character_put_back_before_one_neighbour_is_made_the_majoritys():
    assert ocr_agree.put_back(REREADS) == [("碰柑", "椪柑")]


def test_no_change_without_a_clear_majority_or_where_the_rereads_agree():
    assert ocr_agree.put_back(REREADS[:4]) == []                       # 椪 2, 碰 2
    assert ocr_agree.put_back([r for r in REREADS if "碰" not in r[1]]) == []   # all agree
    assert ocr_agree.put_back([("以柑园", "以碰柑园")] * 2 + [("以柑", "以椪柑")] * 3) == []  # fewer than MOST
    assert ocr_agree.put_back([("以柑园", "以碰柑园")] * 3 + [("以柑", "以椪柑")] * 4) == []  # 4 < RATIO x 3
    assert ocr_agree.put_back([("甲乙", "甲丙乙")]) == []


def test_a_minority_that_makes_a_known_word_where_the_majority_does_not_is_left():
    # 花架 is a dictionary word, 筏架 is not: the minority 花 is left as read
    assert ocr_agree.put_back([("更新架", "更新筏架")] * 4 + [("每台架", "每台花架")]) == []
