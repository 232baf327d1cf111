"""Offset-preserving text folding.

Complaints write numbers many ways: full-width (１３８…), with odd dashes (138—1234), or in
Chinese digits (幺三八…), and some are written in traditional characters (a reporter from
Hong Kong, Taiwan or abroad: 舉報人、電話、號). Recognizers match on a *folded view* of the
text instead of the text itself: ASCII for full-width forms, simplified for traditional
characters (so the cue words, the name model and the address rules, all simplified, read
舉報人 as 举报人). Every view has exactly the same length as the original and maps character i to
character i, so a match's ``start:end`` in a view always slices the caller's original string.
That is the whole contract of this module: one character in, one character out, never more.
"""

from __future__ import annotations

import re
from functools import cached_property
from importlib import resources

from jubao_redact.errors import ConfigError

# Traditional characters that simplified text also uses in their own right (於 a surname,
# 乾 in 乾隆, 瞭望): left as they are, so that a simplified text never changes.
_KEEP_TRADITIONAL = frozenset("於乾瞭藉")


def _traditional_table() -> dict[int, str]:
    """Traditional → simplified, one character for one, from OpenCC's character table
    (``TSCharacters.txt`` of opencc-python-reimplemented, Apache-2.0): the first simplified
    form of each traditional character; entries that map to several characters are skipped."""
    try:
        path = resources.files("opencc") / "dictionary" / "TSCharacters.txt"
        lines = path.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, FileNotFoundError, OSError) as err:  # pragma: no cover
        raise ConfigError("OpenCC's character table is missing: install opencc-python-reimplemented") from err
    table: dict[int, str] = {}
    for line in lines:
        trad, _, simple = line.partition("\t")
        first = simple.split(" ", 1)[0]
        if (len(trad) == 1 and len(first) == 1 and first != trad and trad not in _KEEP_TRADITIONAL
                and ord(trad) < 0x10000):  # (the few outside the BMP would slow every scan tenfold)
            table[ord(trad)] = first
    return table


def _width_table() -> dict[int, str]:
    table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}  # ！..～ → !..~
    table[0x3000] = " "  # ideographic space
    # Dashes and dots people type between digit groups.
    for dash in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\ufe63":
        table[ord(dash)] = "-"
    table[0x3002] = "。"  # keep the ideographic full stop: it ends sentences, not numbers
    # Colons and separators from other blocks that forms and Word documents type after a
    # label (性别﹕男, 姓名∶张三): the small-form variants and the ratio sign fold to ASCII,
    # so that every rule reading a field label sees one colon.
    for ch, ascii_ in (("\ufe55", ":"), ("\u2236", ":"), ("\ufe30", ":"),  # ﹕ ∶ ︰
                       ("\ufe54", ";"), ("\ufe50", ",")):                # ﹔ ﹐
        table[ord(ch)] = ascii_
    table[0x00A0] = " "  # no-break space
    # Lone surrogates (from broken decoders) cannot be encoded; downstream code may encode.
    for code in range(0xD800, 0xE000):
        table[code] = "\ufffd"
    return table


def _digit_table() -> dict[int, str]:
    table = dict(_FOLD)
    for chars, digit in (
        ("〇零洞", "0"),  # 洞 is how radio/phone operators read 0
        ("幺一壹", "1"),
        ("二两贰", "2"),
        ("三叁", "3"),
        ("四肆", "4"),
        ("五伍", "5"),
        ("六陆", "6"),
        ("七柒拐", "7"),  # 拐 = 7 in spoken number reading
        ("八捌", "8"),
        ("九玖勾", "9"),  # 勾 = 9 in spoken number reading
    ):
        for ch in chars:
            table[ord(ch)] = digit
    for code, simple in _TRADITIONAL.items():  # 兩 → 两 → 2, 陸 → 陆 → 6: in one step here
        if table.get(ord(simple), simple).isdigit():
            table[code] = table[ord(simple)]
    return table


_WIDTH = _width_table()
_TRADITIONAL = {code: simple for code, simple in _traditional_table().items() if code not in _WIDTH}
_FOLD = {**_WIDTH, **_TRADITIONAL}
_DIGITS = _digit_table()
_CHINESE_DIGITS = frozenset(chr(c) for c, v in _DIGITS.items() if v.isdigit() and c > 0x2E80)
#: The Chinese characters the digits view reads as digits (幺 1, 洞 0, 拐 7, 两 2, 陆 6 …).
CHINESE_DIGITS = _CHINESE_DIGITS


def _runs_of(chars) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]+")


# str.translate with a dict looks up every character (60 ms per MB); most characters are
# left alone, so in a long text only the runs that change are translated (2-5× faster,
# same result). Short values (a finding's text) are cheaper to translate whole.
_WIDTH_RUNS = _runs_of(chr(c) for c, v in _WIDTH.items() if chr(c) != v)
_TRADITIONAL_RUNS = _runs_of(chr(c) for c in _TRADITIONAL)  # a separate pass: 13 ms per MB
_CHINESE_DIGIT_RUNS = _runs_of(_CHINESE_DIGITS)
_SHORT = 256


# HTML left in a text (a web page printed or pasted as text: <td>…</td>, &nbsp;): in the
# folded view a tag or an entity becomes blanks of its own length, a cell's end a tab and a
# line's or row's break a line break, so that labels, cells and values read as in a form.
# Only known tag names: 张冬梅 <jbzx@…> (a mail address in angle brackets) is no tag.
_MARKUP = re.compile(
    r"""<(?P<close>/?)(?P<tag>td|th|tr|br|p|div|li|h[1-6]|table|tbody|thead|tfoot|span|font|b|i|u
                          |strong|em|a|img|hr|ul|ol|label|input|form|section|article|header|footer)
        (?:[ \t][^<>\n]{0,300})?/?>                    # attributes, a self-closing slash
      | &(?:nbsp|ensp|emsp|lt|gt|amp|quot|apos|\#[0-9]{1,7}|\#x[0-9a-fA-F]{1,6});   # an entity
    """,
    re.VERBOSE | re.IGNORECASE,
)
_BREAK_TAGS = frozenset(("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table"))


def _blank(m: re.Match[str]) -> str:
    size = len(m.group())
    tag = (m.group("tag") or "").lower()
    if tag in _BREAK_TAGS and (m.group("close") or tag == "br"):
        return "\n" + " " * (size - 1)   # </p>, </tr>, <br/>: a line ends here
    if tag in ("td", "th") and m.group("close"):
        return "\t" + " " * (size - 1)   # </td>: a cell ends here
    return " " * size


# An XML export's elements (<Name>刘思雨</Name>, <Callback type="mobile">…</Callback>, <![CDATA[…]]>),
# in a text that closes a tag somewhere: the element's name reads as a field label ended by a
# tab, so that its value is a cell of its own; the closing tag and CDATA's brackets are blanks.
# A tab, not a colon: "Name:" at a line start reads as a chat speaker.
_XML_TAG = re.compile(
    r"""<(?P<close>/)?(?P<name>[A-Za-z_][A-Za-z0-9_.:-]{0,40})   # the element's name (never a
        (?P<attrs>[ \t][^<>\n]{0,300})?                          # mail address: no @ in it)
        (?P<empty>/)?>
      | <!\[CDATA\[ | \]\]>                                        # CDATA's brackets
    """,
    re.VERBOSE,
)


def _xml_blank(m: re.Match[str]) -> str:
    name = m.group("name")
    if name is None or m.group("close"):
        return " " * len(m.group())
    # the attributes stay as they are (<Callback type="tel" value="0371-…"/>: a value in them)
    attrs = m.group("attrs") or ""
    if m.group("empty"):
        return " " + name + attrs + "  "
    return " " + name + attrs + "\t"


def fold_markup(text: str) -> str:
    """HTML tags and entities left in ``text`` → blanks (a tab or a line break where a cell or
    a line ends), XML elements → their name as a label and a tab; same length; text without
    ``<`` or ``&`` is returned as it is."""
    if "<" not in text and "&" not in text:
        return text
    text = _MARKUP.sub(_blank, text)
    if "</" in text or "]]>" in text:
        text = _XML_TAG.sub(_xml_blank, text)
    return text


def fold_width(text: str) -> str:
    """Full-width ASCII → ASCII, odd dashes → '-', traditional → simplified, HTML markup →
    blanks, same length."""
    if len(text) < _SHORT:
        return fold_markup(text.translate(_FOLD))
    text = _WIDTH_RUNS.sub(lambda m: m.group().translate(_WIDTH), text)
    return fold_markup(_TRADITIONAL_RUNS.sub(lambda m: m.group().translate(_TRADITIONAL), text))


def fold_digits(text: str, *, width_folded: bool = False) -> str:
    """Like :func:`fold_width`, and Chinese digits (幺三八…) → ASCII digits, same length.

    ``width_folded`` says ``text`` already went through :func:`fold_width`.
    """
    folded = text if width_folded else fold_width(text)
    digits = _CHINESE_DIGIT_RUNS.sub(_digit_run, folded)
    if "l" in digits or "I" in digits or "O" in digits:
        digits = _OCR_NUMBER.sub(_ocr_number, digits)
    if "Z" in digits or "S" in digits or "B" in digits:
        digits = _OCR_MOBILE.sub(_ocr_mobile, digits)
    if _ASR_CHARS.intersection(digits):
        digits = _ASR_MOBILE.sub(_asr_mobile, digits)
    return digits


# A mobile read out and written down by speech recognition, a digit or two heard as a word
# that sounds like it (幺六六八五四四四六幺舞: 舞 for 五; 幺八九五六五九七期零四: 期 for 七):
# only eleven characters shaped like a mobile (maybe paused in 3-4-4 groups), at most two
# such words among digits, so that prose is never read as a number.
_ASR_HOMOPHONES = {"舞": "5", "武": "5", "午": "5", "期": "7", "其": "7", "就": "9", "久": "9", "酒": "9",
                   "伞": "3", "散": "3", "思": "4", "死": "4", "溜": "6", "吧": "8", "巴": "8",
                   "灵": "0", "铃": "0", "令": "0", "妖": "1", "腰": "1", "要": "1", "是": "4"}
_ASR_CHARS = frozenset(_ASR_HOMOPHONES)
_ASR_DIGIT = "[0-9" + "".join(_ASR_HOMOPHONES) + "]"
_ASR_MOBILE = re.compile(
    rf"(?<![0-9A-Za-z]){_ASR_DIGIT}{{3}}(?:[，,、][ ]?)?{_ASR_DIGIT}{{4}}(?:[，,、][ ]?)?{_ASR_DIGIT}{{4}}(?![0-9])")
_ASR_TABLE = str.maketrans(_ASR_HOMOPHONES)


def _asr_mobile(m: re.Match[str]) -> str:
    run = m.group()
    heard = sum(ch in _ASR_CHARS for ch in run)
    digits = run.translate(_ASR_TABLE)
    return digits if 0 < heard <= 2 and digits[0] == "1" and digits[1] in "3456789" else run


# A number typed or OCR'd with letters for digits (l8898416154, I81521O146O, l82O7O34393): a
# run of digits with at most three l / I / O among them reads l, I as 1 and O as 0.
_OCR_NUMBER = re.compile(r"(?<![A-Za-z0-9])[0-9lIO]{7,19}(?![A-Za-z0-9])")
_OCR_DIGITS = str.maketrans("lIO", "110")


# …and a mobile's shape OCR'd with Z, S or B for 2, 5 or 8 (18297087Z69): only eleven
# characters that start like a mobile, one or two letters among them.
_OCR_MOBILE = re.compile(r"(?<![A-Za-z0-9])1[3-9][0-9ZSB]{9}(?![A-Za-z0-9])")
_OCR_MOBILE_DIGITS = str.maketrans("ZSB", "258")


def _ocr_mobile(m: re.Match[str]) -> str:
    run = m.group()
    letters = sum(ch in "ZSB" for ch in run)
    return run.translate(_OCR_MOBILE_DIGITS) if 0 < letters <= 2 else run


def _ocr_number(m: re.Match[str]) -> str:
    run = m.group()
    letters = sum(ch in "lIO" for ch in run)
    return run.translate(_OCR_DIGITS) if 0 < letters <= 3 else run


def _digit_run(m: re.Match[str]) -> str:
    """A run of Chinese digits as ASCII digits, unless it only continues an ASCII number on
    one side: 13912345678一直打不通, 0371-65432100两次, 13912345678七点后 are a number and a
    word (一直, 两次, 七点), never a twelfth digit. Between ASCII digits (139一2345…) or alone
    (幺三八…) it is part of a number."""
    s, a, b = m.string, m.start(), m.end()
    left = a > 0 and "0" <= s[a - 1] <= "9"
    right = b < len(s) and "0" <= s[b] <= "9"
    if left != right and not _mixed_mobile(s, a, b):
        return m.group()
    return m.group().translate(_DIGITS)


def _mixed_mobile(s: str, a: int, b: int) -> bool:
    """Is the run s[a:b] part of a mobile spoken and typed half in words, half in digits
    (幺38五36七17九7: eleven characters of digits and Chinese digits, begun by a Chinese digit
    or with Chinese digits in two places)? 13912345678一直 is a number and a word."""
    i, j = a, b
    while i > 0 and (s[i - 1] in _CHINESE_DIGITS or "0" <= s[i - 1] <= "9"):
        i -= 1
    while j < len(s) and (s[j] in _CHINESE_DIGITS or "0" <= s[j] <= "9"):
        j += 1
    if j - i != 11 or (i > 0 and s[i - 1] in "-+") :
        return False
    token = s[i:j]
    runs = sum(1 for k, ch in enumerate(token)
               if ch in _CHINESE_DIGITS and (k == 0 or token[k - 1] not in _CHINESE_DIGITS))
    return token[0] in _CHINESE_DIGITS or runs >= 2


def has_chinese_digit(text: str) -> bool:
    """True if ``text`` contains a Chinese numeral that :func:`fold_digits` rewrote."""
    return any(ch in _CHINESE_DIGITS for ch in text)


class TextViews:
    """The original text and its folded views, computed once per analysis and on demand."""

    __slots__ = ("original", "__dict__")

    def __init__(self, original: str) -> None:
        self.original = original

    @cached_property
    def folded(self) -> str:
        return fold_width(self.original)

    @cached_property
    def digits(self) -> str:
        return fold_digits(self.folded, width_folded=True)

    def view(self, name: str) -> str:
        if name == "original":
            return self.original
        if name == "folded":
            return self.folded
        if name == "digits":
            return self.digits
        raise ValueError(f"unknown text view {name!r}; known: original, folded, digits")
