"""Folded views keep lengths, so offsets found in a view slice the original."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jubao_redact.normalize import TextViews, fold_digits, fold_width


@given(st.text(max_size=200))
def test_views_keep_length(text):
    views = TextViews(text)
    assert len(views.folded) == len(views.digits) == len(text)


def test_fold_width_and_digits():
    assert fold_width("１３８－１２３４　ａｂｃ＠") == "138-1234 abc@"
    assert fold_digits("幺三八零洞两") == "138002"
    assert fold_width("。") == "。"  # the ideographic full stop still ends sentences
    assert fold_width("性别﹕男、姓名∶张三﹔电话︰1﹐") == "性别:男、姓名:张三;电话:1,"  # odd colons of forms


TRADITIONAL = [  # text, folded: traditional characters read as simplified, one for one
    ("舉報人：陳志明，電話：１３８", "举报人:陈志明,电话:138"),
    ("住址：香港九龍彌敦道100號", "住址:香港九龙弥敦道100号"),
    ("兩個廠區的廢水", "两个厂区的废水"),
]
SIMPLIFIED_KEPT = [  # why: simplified text, and characters simplified text uses in their own right
    "举报人陈志明住在九龙",
    "於先生说乾隆年间的瞭望塔",   # 於 (a surname), 乾 (乾隆), 瞭 (瞭望) stay
]


@pytest.mark.parametrize(("text", "folded"), TRADITIONAL)
def test_traditional_folds_to_simplified(text, folded):
    assert fold_width(text) == folded
    assert fold_width(text * 30) == folded * 30  # a long text, folded run by run, alike


MARKUP = [  # text, folded: HTML left in a text reads as a form (cells end in a tab, lines break)
    ("<td>姓名</td><td>王建国&nbsp;</td>", "    姓名\t        王建国      \t    "),
    ("厂里排污<br/>家里电话", "厂里排污\n    家里电话"),
    ("张冬梅 <jbzx@example.gov.cn>", "张冬梅 <jbzx@example.gov.cn>"),   # why: a mail address, no tag
    ("COD<50mg/L & 氨氮>5", "COD<50mg/L & 氨氮>5"),                   # why: comparisons, no markup
    # an XML export (a tag closes somewhere): the element's name is a label ended by a tab, its
    # attributes stay, the closing tag and CDATA's brackets are blanks
    ("<Name>刘思雨</Name>", " Name\t刘思雨       "),
    ('<Callback type="tel" value="0373-5581726"/></R>', ' Callback type="tel" value="0373-5581726"/\t    '),
    ("<Content><![CDATA[该厂偷排]]></Content>", " Content\t         该厂偷排             "),
    ("<Name>刘思雨", "<Name>刘思雨"),                    # why: no tag closes: no export, left alone
    ("我 <liu@qq.com> </b>", "我 <liu@qq.com>     "),         # why: a mail address is no element
]


@pytest.mark.parametrize(("text", "folded"), MARKUP)
def test_markup_folds_to_blanks(text, folded):
    assert fold_width(text) == folded
    assert fold_width(text * 20) == folded * 20


@pytest.mark.parametrize("text", SIMPLIFIED_KEPT)
def test_simplified_text_is_left_alone(text):
    assert fold_width(text) == text


_ALPHABET = st.sampled_from(list("１３８－　ａＡ＠幺三八零洞两七拐一壹abc123-。，\n\ud800﹕∶舉報兩") + ["\u2014", "\u00a0"])


@given(st.lists(_ALPHABET, min_size=0, max_size=900).map("".join))
def test_long_and_short_texts_fold_alike(text):
    # long texts are folded run by run, short ones whole: the result must not depend on it
    # (characters only: a tag cut in two by the pieces below is no tag; see MARKUP for tags)
    views = TextViews(text)
    pieces = [text[i : i + 100] for i in range(0, len(text), 100)]  # each below the threshold
    assert views.folded == fold_width(text) == "".join(fold_width(p) for p in pieces)
    assert views.digits == fold_digits(text)  # (one path for digits: a run reads its neighbours)


DIGIT_RUNS = [  # text, digits view: Chinese digits read as digits, unless they only go on a number
    ("幺三八一二三四五六七八", "13812345678"),            # a number read out
    ("139一2345678", "13912345678"),                      # a digit typed as a character inside one
    ("手机13912345678一直打不通", "手机13912345678一直打不通"),   # why: 一直 is a word after the number
    ("座机0371-65432100两次没人接", "座机0371-65432100两次没人接"),  # why: 两次, not a ninth digit
    ("13912345678七点以后打", "13912345678七点以后打"),          # why: 七点 (seven o'clock)
    ("一直有味", "1直有味"),                                 # alone, a lone 一 is read as 1 (harmless)
    ("回拨号码:l82O7O34393", "回拨号码:18207034393"),        # OCR'd letters for digits in a number
    ("型号IOIOIOI", "型号IOIOIOI"),                          # why: letters more than digits, a code
]


@pytest.mark.parametrize(("text", "digits"), DIGIT_RUNS)
def test_digit_runs(text, digits):
    assert fold_digits(text) == TextViews(text).digits == digits
    assert fold_digits(text * 40) == digits * 40  # a long text alike
