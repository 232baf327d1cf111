"""Table tests for the clean-up of model PERSON spans and repeated names.

Invented names only; the lexicon is a small synthetic words.tsv, not the shipped one.
"""

import pytest

from jubao_redact.freetext.names import NameLexicon, clean, repeated

LEX = NameLexicon("# test lexicon\n孟舟\t2\n科索沃\t3\n荷兰\t3\n徐洋\t3\n")

# fmt: off
CLEAN = [  # text, model span (start, end), expected spans
    ("周汝大夫擅长针灸",        (0, 4), [(0, 2)]),   # a title glued on
    ("郑川元帅当时在场",        (0, 4), [(0, 2)]),
    ("宋平教授说",              (0, 4), [(0, 2)]),
    ("胡老说，水变黑了",        (0, 2), [(0, 1)]),   # 胡老 → 胡 (People's Daily convention)
    ("吴立功老所说",            (0, 4), [(0, 3)]),
    ("王某正常上班",            (0, 2), [(0, 1)]),   # 王某 → 王
    ("刘家本来就穷",            (0, 2), [(0, 1)]),   # 刘家 → 刘
    ("钱海星为这里写歌",        (0, 4), [(0, 3)]),   # a run-on function word
    ("孟舟梦为蝴蝶",            (0, 3), [(0, 2)]),   # 3 chars: only when the rest is a known name
    ("英子-殷@5-叶小丢@美丽说", (0, 10), [(0, 2), (7, 10)]),  # handles: the Chinese pieces
    ("约翰—格伦在太空",         (0, 5), [(0, 5)]),   # — joins a foreign name
]
CLEAN_KEEPS = [  # text, model span: left as it is
    ("李大为说他看见了",        (0, 3)),  # why: 李大 is not a known name; 3-char names end in 为
    ("欧阳子和说",              (0, 4)),  # why: 4 chars with a compound surname is a normal name
    ("徐洋说厂里排污",          (0, 2)),  # why: surname-first 2 chars stay a name (also a place)
]
CLEAN_DROPS = [
    ("科索沃冲突不断",          (0, 3)),  # why: a known place
    ("荷兰人受过高等教育",      (0, 3)),  # why: a place + 人
    ("@wallace说",              (0, 8)),  # why: Latin-only handles belong to CN_SOCIAL_ACCOUNT
]
# fmt: on


@pytest.mark.parametrize("text,span,expected", CLEAN)
def test_clean(text, span, expected):
    assert clean(text, *span, LEX) == expected


@pytest.mark.parametrize("text,span", CLEAN_KEEPS)
def test_clean_keeps(text, span):
    assert clean(text, *span, LEX) == [span]


@pytest.mark.parametrize("text,span", CLEAN_DROPS)
def test_clean_drops(text, span):
    assert clean(text, *span, LEX) == []


def test_repeated_names_are_found_again():
    text = "周小梅来了。周小梅说厂里又排污了，周小梅拍了照片。"
    assert repeated(text, [(0, 3)]) == [(6, 9), (17, 20)]


def test_repeated_skips_overlaps_and_single_chars():
    text = "王说周小梅和周小梅丽都来了"  # why: 周小梅丽 was already found whole; 王 is one char
    assert repeated(text, [(0, 1), (2, 5), (6, 10)]) == []
