"""extract/list_numbers.py: a list number as the office draws it, past the end of the alphabet too."""
from jixiao.extract.list_numbers import list_number


def test_letters_past_z_repeat_the_letter_as_word_draws_them():
    # Word's lowerLetter / upperLetter (and LibreOffice with style:num-letter-sync): z, aa, bb, …, zz, aaa
    assert [list_number(n, "lowerLetter") for n in (1, 26, 27, 28, 52, 53)] == ["a", "z", "aa", "bb", "zz", "aaa"]
    assert [list_number(n, "upperLetter") for n in (3, 27, 29)] == ["C", "AA", "CC"]


def test_letters_past_z_count_on_as_opendocument_draws_them_without_letter_sync():
    # ODF's default (style:num-letter-sync false): z, aa, ab, …, az, ba, …, zz, aaa
    assert [list_number(n, "lowerLetterAlphabetic") for n in (1, 26, 27, 28, 52, 53, 702, 703)] == \
        ["a", "z", "aa", "ab", "az", "ba", "zz", "aaa"]
    assert list_number(28, "upperLetterAlphabetic") == "AB"


def test_words_stem_and_branch_formats_draw_jia_yi_bing_and_zi_chou_yin():
    # w:numFmt ideographTraditional is 甲乙丙丁…, ideographZodiac 子丑寅卯… (not 一二三, not 1 2 3)
    assert [list_number(n, "ideographTraditional") for n in (1, 2, 3, 4, 10)] == ["甲", "乙", "丙", "丁", "癸"]
    assert [list_number(n, "ideographZodiac") for n in (1, 2, 3, 12)] == ["子", "丑", "寅", "亥"]
    assert list_number(11, "ideographTraditional") == list_number(11, "heavenlyStem")
