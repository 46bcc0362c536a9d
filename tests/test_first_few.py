"""extract.model.first_few: the one way a warning names the first few of many and says there are more."""
from jixiao.extract.model import first_few


def test_the_first_few_are_named_and_the_rest_counted_in_the_wording_given():
    assert first_few([3, 5, 7], 5) == "3、5、7"
    assert first_few(range(1, 8), 5) == "1、2、3、4、5等"
    assert first_few("abcdefghij", 8, "；", "等{n}处") == "a；b；c；d；e；f；g；h等10处"
    assert first_few("abcdefghi", 8, "；", "等（共{n}条）") == "a；b；c；d；e；f；g；h等（共9条）"
    assert first_few("ab", 2, "；", "……") == "a；b"


def test_a_caller_that_kept_only_the_first_gives_the_count_of_all():
    assert first_few(["甲", "乙"], 2, total=2) == "甲、乙"
    assert first_few(["甲", "乙"], 2, total=6) == "甲、乙等"
