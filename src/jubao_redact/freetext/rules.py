"""Rules on top of the model: name forms, cue fields, signatures, demographics, employer.

Each rule returns ``(start, end, label, score, cue)`` tuples; ``cue`` names the rule
(never the matched value). Regexes are verbose, use explicit classes, and have no
nested quantifiers, so every one runs in linear time.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from jubao_redact.freetext.lexicons import common_words, not_names, surnames
from jubao_redact.normalize import CHINESE_DIGITS
from jubao_redact.roles_cues import trie_pattern

HAN = "\u4e00-\u9fff"
Span = tuple[int, int, str, float, str]


@functools.cache
def _surname_alt(plain_only: bool = False) -> str:
    """Regex alternation of surnames, compound first (so 欧阳 wins over 欧)."""
    single, compound, ambiguous = surnames()
    ones = sorted(single - ambiguous) if plain_only else sorted(single)
    return "(?:" + "|".join(sorted(compound)) + "|[" + "".join(ones) + "])"


_TITLES_ANY = "先生|女士|小姐|老师|师傅|阿姨|大爷|大妈|大娘|大姐|大哥|老板|同志|老伯|大叔|大婶|老汉"
_TITLES_OFFICIAL = (
    "书记|主任|市长|县长|镇长|乡长|村长|局长|厂长|经理|总经理|站长|院长|校长|所长|队长|外长|部长|老总"
    # news-style titles after a surname (陈教授, 常副局长): People's Daily tags the surname
    "|主席|总理|首相|总统|教授|院士|大夫|医生|副局长|副市长|副县长|副主任|会长|社长|董事长|记者"
    "|处长|科长|司令|将军|总裁|省长|区长|议长|大使|律师"
)


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    sur, plain = _surname_alt(), _surname_alt(plain_only=True)
    return {
        # 王先生, 欧阳女士, 李师傅: the span is the surname only (the convention of
        # the People's Daily annotation: 郑[先生] → 郑), the title is the cue.
        "title": re.compile(
            rf"""(?:(?P<name>{sur})(?P<title>{_TITLES_ANY})
                   |(?<![担出责现兼历继就升调聘留接连再主曾改信首前新两三四五六七八九十农])
                    # ↑ 担任董事长, 五任县长: 任 is a verb or a count; 农林部长: a word
                    (?P<name2>{plain})(?P<title2>{_TITLES_OFFICIAL}))  # 全市长 is not a name
            """,
            re.VERBOSE,
        ),
        # 张某, 张某某, 欧阳某: anonymised forms still point at one person.
        "mou": re.compile(
            rf"""(?![于向和与同由从自以及将把被为对]某(?:些|种|个|方面|一方面|类|处|地|项))
                 # ↑ 鉴于某些, 对于某种: a preposition before 某些 is not a surname
                 (?:(?P<name>{sur})               # a known surname,
                  |(?<=[人众民])                  # or any after a person noun (来信人门某, 群众麻某),
                   (?P<rare>(?![们的了在是就也都又再曾这那每各另于向和与同由从自以及将把被为对])[{HAN}])
                   (?!某(?:些|种|个|天|日|月|年|时|处|地|方面|项|类|次|位|人)))   # not 某天, 某些
                 (?=某)
            """,
            re.VERBOSE,
        ),
        # 胡老, 吕老: a respected elder named by the surname (People's Daily tags the
        # surname). Only surnames that are not everyday words; none of them forms a
        # word with 老 (古老, 养老, 元老 start with chars that are not surnames).
        "elder": re.compile(
            rf"""(?P<name>{plain})老
                 (?=[说讲称介绍的和也等是在去对曾早把将]|[^{HAN}]|$)  # 胡老说, 吕老去
            """,
            re.VERBOSE,
        ),
        # 小张, 老刘: only surnames that are not everyday words (no 小时, 老石头…),
        # and not followed by another han char that would make it a word (老黄牛).
        "nick": re.compile(
            rf"""(?:(?<![{HAN}])              # not inside a longer word (大小王),
                  |(?<=[人众民者叫是找给和与跟记写我说称]))  # or after a role noun or a verb (群众老欧, 来信人老聂,
                                                # 市民老农, 你就记小杨吧, 就写老舒吧, 叫我小杨, 说老任在…值班)
                 (?P<pre>[小老])(?P<name>{plain})  # only surnames that are not everyday words
                 (?:(?![{HAN}])               # then punctuation or the text's end,
                  |(?=[说讲称反映的家和也等是在拨打来去给让跟向举投吧就开住又还都把被要不没每]))  # or a verb /
                                                # particle (老刘说, 老欧拨打, 老李开一辆…, 老陆住…)
            """,
            re.VERBOSE,
        ),
    }


# Field labels and phrases after which a person's name follows.
_CUE = re.compile(
    r"""(?=[举投联来反信申当报署签落留网诉写检控求咨我本真副主名自委代同陪客领附收户姓N])
              # speed only: the cue words' first characters. The look-behind first kept re
              # from skipping ahead to them: it tried every word at every position
        (?<!被)   # 被申请人, 被举报人, 被投诉人: the other party, not the one who files
        (?P<cue>
          (?:来电人|举报人|反映人|投诉人)的?(?:孙子|孙女|儿子|女儿|老伴|爱人|家属|亲属)|   # kin first: 来电人孙子：衡波
          姓名|举报人|投诉人|联系人|来电人|反映人|信访人|申请人|当事人|报案人|署名|签名|落款|留言人|网友|
          诉求人|来信人|写信人|申诉人|检举人|控告人|求助人|咨询人|来访人|    # 12345 工单, 信访 forms
          (?:举报|投诉|反映|来电|来信|信访|申请)者|    # the same labels written with 者 (举报者：)
          我叫|本人叫|我的名字是|我是|我真名|真名叫|真名是|真实姓名|我本名|本名叫|我名字|
          副?主任(?=[ ]?[：:])|名片\]|名片】|自称|    # a body's officers under its seal (as fields); a shared card;
          委托代理人|代理律师|                    # a party's lawyer in a review decision
          同行人员|同行人|陪同人员|客户备注|       # who came with the visitor; a CRM's note on its customer
          反映群众|举报群众|领衔代表|附议代表|收款人|户名|           # a grid event's source, a deputy's
                                                                 # suggestion, a payee
                                                  # 接电话的是其老伴，自称农飞
          姓名[ ]?(?:Name|NAME)|(?:Name|NAME)(?=[ ]?[：:])   # bilingual forms: 姓名 Name: 尹 颖
        )
        (?P<sep>(?:[ \t]?[：:])?[ \t]*)   # optional colon (a blank may come first: 收款人 : *荣)
                                       # and spaces of a form field
    """,
    re.VERBOSE,
)
# The same labels spaced out to line up a form's colons (姓  名：, 举 报 人：): one or two
# spaces between the characters, and a colon after them (a spaced label is a field).
_SPACED_CUE = re.compile(
    r"""(?P<cue>
          姓[ \u3000]{1,4}名          # (a scanned form pads it to the width of four: 姓    名)
        | (?:举[ ]{1,2}报|投[ ]{1,2}诉|联[ ]{1,2}系|来[ ]{1,2}电|反[ ]{1,2}映|信[ ]{1,2}访|申[ ]{1,2}请)
          [ ]{1,2}[人者]
        )
        (?P<sep>[ ]*[:][ \t]*)      # the colon, required
    """,
    re.VERBOSE,
)
#: Characters that cannot continue a name (so a cue-field name stops there).
_NOT_NAME = set(
    "的是在家住男女电联反称说向于和与及等今现因对从身年岁村市县镇区路号省先生某手号码址话，。、；："
)


#: Suffixes of administrative divisions (省 province … 村 village).
_DIVISION_SUFFIX = frozenset("省市县区镇乡村州旗盟")


# A relative or neighbour named with the writer (我奶奶黄金凤一个人住在…, 我岳母郎丽): their
# name is as identifying as the writer's own. No colon here, so the name must start with a
# known surname (not a preposition: 我父亲和我) and be followed by what follows a name in a
# sentence: a run of Han characters alone proves nothing (我母亲说厂里…).
_KIN = re.compile(
    r"""(?:我(?:家)?|其|由)         # 我老伴, or as a record says it: 其老伴, (房子)由老伴X居住
        (?P<cue>老邻居|邻居|奶奶|爷爷|外婆|外公|姥姥|姥爷|大伯|伯父|伯母|叔叔|婶婶|舅舅|舅妈|姑姑|
          姑父|姨妈|姨夫|岳母|岳父|婆婆|公公|父亲|母亲|爸爸|妈妈|爱人|丈夫|妻子|老伴|老公|老婆|
          媳妇|儿子|女儿|哥哥|姐姐|弟弟|妹妹)
        (?=[\u4e00-\u9fff])""",
    re.VERBOSE,
)
#: What follows a relative's name (…一个人住在, …今年78岁, …在厂里, …说, …，).
_AFTER_KIN_NAME = ("的手机", "的电话", "一个人", "一人", "今年", "老人", "住", "在", "说", "家", "也", "都", "已", "就",
                   "是", "的", "和", "跟", "打", "电话", "手机", "联系", "年", "现", "每天", "常年",
                   "身体", "患", "得", "去", "被", "因", "居住", "照看", "，", "。", "、", "（", "(", ",", " ")


# A child of the writer named by the given name alone (称孩子小玉在…小学上学, 孩子建军在…):
# the child's name and school point at the family as surely as the writer's own name.
#: The words for a child of the writer (the child's name and school follow them).
_CHILD_NOUNS = "孩子|儿子|女儿|孙子|孙女|外孙|外孙女|闺女"
_CHILD = re.compile(
    rf"""(?:我|称|说|其|家|的)(?:{_CHILD_NOUNS}|小孩)
        (?P<name>小[\u4e00-\u9fff]|[\u4e00-\u9fff]{{2,3}}?)
        (?=在|今年|上学|读|也|说|，|。|（|\()""",
    re.VERBOSE,
)
#: First characters of the adverbs and words that follow 孩子 in place of a name (孩子每天在…).
_NOT_CHILD_NAME = frozenset("每现晚白经一总天老放上读身咳生今都也还才已就又再常整们们的得被从")


# A surname signing off right after the writer's phone (我电话159 8384 1851，徐。).
_SURNAME_AFTER_PHONE = re.compile(
    r"""(?<=[0-9])[ \t]?[，,][ \t]?     # the phone's last digit, a comma
        (?P<name>[\u4e00-\u9fff]{1,2}?)   # a surname (checked against the list)
        (?=[。！!；;]|[ \t]*(?:\n|$))      # and the sentence or the line ends""",
    re.VERBOSE,
)
# A numbered list of people who sign together (附：联名群众名单⏎1. 陈刚  15972393268): a
# name that starts with a surname, then a gap and a phone.
_LISTED_NAME = re.compile(
    r"""(?:^|(?<=\n))[ \t\u3000]*[0-9]{1,3}[.、．][ \t]*   # 1. / 2、 leading the line
        (?P<name>[\u4e00-\u9fff]{2,4}?)                   # the name
        (?=[ \t\u3000]{1,}[+0-9（(一二三四五六七八九〇幺零])    # a gap, then a phone""",
    re.VERBOSE,
)


# A file name in an attachment list that holds its owner's name (祝桂芳_身份证正面.jpg,
# 刘阳-户口本.png): the name, then a separator and a document word.
_FILE_NAME = re.compile(
    r"""(?:^|(?<=[\s：:、.．）)]))                       # the file name starts here
        (?P<name>[\u4e00-\u9fff]{2,4}?)                  # the name
        [_\-－—](?=身份证|户口|证件|护照|通行证|本人|签名|照片|房产证|银行卡)""",
    re.VERBOSE,
)


# The person an agency's message greets (【X局】郭博您好！您于…举报的…): a name right after the
# sender's bracket, a line start or a colon, then 您好.
# The writer introducing themselves by place and a familiar form (我是富民苑的小傅，…).
_SELF_FAMILIAR = re.compile(r"我是[\u4e00-\u9fff]{2,16}?的(?P<name>[老小][\u4e00-\u9fff])(?=[，,。！!？?\s]|$)")
_GREETED = re.compile(r"[】\n：:][ \t]*(?P<name>[\u4e00-\u9fff]{2,3}?)(?=您好|你好)")


# A name right before a phone (储女士（166…）aside: 王龙  手机 18031956736, 黄利，电话199…,
# 李玉梅15812345678): in every kind of record a person and their number stand together.
# The name is a whole Han run of two or three that starts with a surname.
_NAME_BY_PHONE = re.compile(
    r"""[\u4e00-\u9fff](?<![\u4e00-\u9fff].)[\u4e00-\u9fff]{1,2}   # a Han run of 2-3, not inside a longer one
        (?=[ \t]{0,2}[，,、：:（(]?[ \t]{0,2}               # a comma, a colon, a bracket or a gap
           (?:电话|手机|手机号|联系电话|电话号码|Tel|tel|Mobile)?[ \t]*[：:]?[ \t]{0,2}  # maybe a label
           (?:[+]?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]){8}(?![0-9]))   # then a mobile""",
    re.VERBOSE,
)


def _names_by_phones(text: str) -> list[Span]:
    single, compound, _ = surnames()
    out: list[Span] = []
    for m in _NAME_BY_PHONE.finditer(text):
        name = m.group()
        if ((name[:2] in compound or name[0] in single) and not set(name[1:]) & _NOT_NAME
                and name[-1] not in _UNIT_END and not name.startswith(not_names())
                and name not in _PHONE_WORDS):
            out.append((*m.span(), "PERSON", 0.85, "field:phone-owner"))
    return out


#: Han runs before a number that are words of the number itself (not a name).
_PHONE_WORDS = frozenset(("电话", "手机", "号码", "联系", "拨打", "电话是", "手机号", "尾号", "座机", "传真",
                          "微信", "短信", "来电", "回电", "致电", "热线"))


def _signed_names(text: str) -> list[Span]:
    """A surname after the writer's phone; the names of a numbered list of co-signers; a
    name in an attachment's file name."""
    single, compound, _ = surnames()
    out: list[Span] = []
    for m in _SURNAME_AFTER_PHONE.finditer(text):
        name = m.group("name")
        if name in compound or (len(name) == 1 and name in single):
            out.append((*m.span("name"), "PERSON", 0.85, "field:phone-sign"))
    for m in _SELF_FAMILIAR.finditer(text):
        if m.group("name")[1] in single:
            out.append((m.start("name") + 1, m.end("name"), "PERSON", 0.9, "field:我是"))
    for m in _GREETED.finditer(text):
        name = m.group("name")
        if (name[:2] in compound or name[0] in single) and not set(name[1:]) & _NOT_NAME:
            out.append((*m.span("name"), "PERSON", 0.9, "field:greeting"))
    for m in _FILE_NAME.finditer(text):
        name = m.group("name")
        if (name[:2] in compound or name[0] in single) and not set(name[1:]) & _NOT_NAME:
            out.append((*m.span("name"), "PERSON", 0.9, "field:file"))
    for m in _LISTED_NAME.finditer(text):
        name = m.group("name")
        if (name[:2] in compound or name[0] in single) and not set(name[1:]) & _NOT_NAME and name[-1] not in _UNIT_END:
            out.append((*m.span("name"), "PERSON", 0.9, "field:list"))
    return out


_AFTER_KIN_WORDS = tuple(w for w in _AFTER_KIN_NAME if len(w) >= 2)


# The sender on an envelope or a waybill: place, then the name last on the line
# (（信封）寄信人：郑州市…5组13号 辛兰英 / …12组16号 杨收转).
_SENDER = re.compile(
    r"(?:寄信人|寄件人|发信人)[ \t]*[:：][ \t]*[^\n]{2,40}?[ \t]+(?P<name>[\u4e00-\u9fff]{1,3}?)(?:收转|转交|收)?[ \t]*$",
    re.MULTILINE)


def _senders(text: str) -> list[Span]:
    single, compound, _ = surnames()
    return [(*m.span("name"), "PERSON", 0.85, "field:寄信人") for m in _SENDER.finditer(text)
            if m.group("name")[0] in single or m.group("name")[:2] in compound]


def _kin_names(text: str) -> list[Span]:
    single, compound, _ = surnames()
    out: list[Span] = []
    for m in _CHILD.finditer(text):
        name = m.group("name")
        if name[0] not in _NOT_CHILD_NAME and not set(name) & _NOT_NAME:
            out.append((*m.span("name"), "PERSON", 0.85, "field:孩子"))
    for m in _KIN.finditer(text):
        pos = m.end()
        sur = 2 if text[pos : pos + 2] in compound else 1 if text[pos : pos + 1] in single else 0
        if not sur or text[pos] in _PREPOSITION_SURNAMES:
            continue
        for n in (sur + 2, sur + 1):  # the longer name first (黄金凤 before 黄金)
            name = text[pos : pos + n]
            if n == sur + 2 and text.startswith(_AFTER_KIN_WORDS, pos + sur + 1):
                continue  # 柳斌居住: the name ends before a two-character word (居住, 今年)
            if (len(name) == n and all("\u4e00" <= c <= "\u9fff" for c in name)
                    and not any(c in _NOT_NAME for c in name[sur:])
                    and name[-1] not in "地得着了过们"  # 我爱人高兴地说: an adverb, not a name
                    and text.startswith(_AFTER_KIN_NAME, pos + n)):
                out.append((pos, pos + n, "PERSON", 0.9, "field:" + m.group("cue")))
                break
    return out


# Residents named after the word for them (对积极举报的X村群众钟龙，依规给予奖励; 感谢市民李帅、…):
# a surname and one or two characters that end there and are no everyday word (群众满意。,
# 群众代表，are words).
_RESIDENT = re.compile(r"(?:群众|市民|村民|居民|住户)(?=[\u4e00-\u9fff]{2,3}(?:[，,。、；;（(]|等))")


def _resident_names(text: str) -> list[Span]:
    single, compound, _ = surnames()
    words = common_words()
    out: list[Span] = []
    for m in _RESIDENT.finditer(text):
        pos = m.end()
        sur = 2 if text[pos : pos + 2] in compound else 1 if text[pos : pos + 1] in single else 0
        if not sur or text[pos] in _PREPOSITION_SURNAMES:
            continue
        end = pos
        while end < len(text) and "\u4e00" <= text[end] <= "\u9fff" and text[end] != "等":
            end += 1
        name = text[pos:end]
        if sur < len(name) <= sur + 2 and name not in words and not set(name[sur:]) & _NOT_NAME:
            out.append((pos, end, "PERSON", 0.85, "field:" + m.group()))
    return out


# The boss called by surname and 总 (严总您好, （…有限公司 段总）): only standing alone, between
# non-Han characters or before a greeting, so that 小李总是… (总是, always) is none.
_BOSS = re.compile(r"(?<![\u4e00-\u9fff])(?P<name>[\u4e00-\u9fff])总(?=[）)：:，,。、\s]|您|你好|$)")


def _bosses(text: str) -> list[Span]:
    single = surnames()[0]
    return [(m.start(), m.end(), "PERSON", 0.85, "lexicon:总") for m in _BOSS.finditer(text)
            if m.group("name") in single]


def _cue_name(text: str, pos: int, strict: bool) -> int:
    """End of a name that starts at ``pos`` after a cue; ``pos`` if none.

    ``strict`` (no colon after the cue): the name must start with a known surname.
    """
    single, compound, _ = surnames()
    sur = 2 if text[pos : pos + 2] in compound else 1 if text[pos : pos + 1] in single else 0
    if strict and not sur:
        return pos
    end = pos
    limit = pos + (4 if sur == 2 else 3 if sur else 4)
    while end < min(limit, len(text)) and "\u4e00" <= text[end] <= "\u9fff":
        if end > pos + max(sur, 1) - 1 and text[end] in _NOT_NAME:
            break
        end += 1
    if strict and text[end : end + 1] in _DIVISION_SUFFIX:
        return pos  # 我是安徽省…, 我是宁河区…: a place, not a name
    if strict and text[end : end + 1] == "的":
        return pos  # 我是富民苑的小傅, 我是王芳的邻居: where or whose, not the writer's name
    if strict and text[pos:end] in common_words():
        return pos  # 来电人顾虑：…, 举报人要求…: a word after the noun, no name
    if strict and "\u4e00" <= text[end : end + 1] <= "\u9fff" and text[end] not in _NOT_NAME:
        return pos  # 举报人符合奖励条件: the run goes on into a word, it is no name
    if text[pos:end] in _LABEL_WORDS or text.startswith(_DESCRIBED_NOT_NAMED, pos):
        return pos  # 来电人：匿名 withholds the name; 署名：一个老党员 describes the writer
    if text[pos : pos + 1] in _NO_NAME_FIRST:
        return pos  # 来电人：一刮南风…: a sentence, not a name
    if text.startswith(_SPEECH_START, pos):
        return pos  # 来电人：免贵姓杨… / 来电人：喂，我要反映…: a transcript's turn, not a name
    if sum(c in CHINESE_DIGITS for c in text[pos:end]) >= min(2, end - pos):
        return pos  # 来电人：幺三拐，五洞… / 打幺五六九… reads a phone number out, not a name
    return end if end - pos >= 2 else pos


# A name spaced out to fill a form's cell (尹 颖, 张  三): a surname, then one or two more
# characters each after one to three spaces, and nothing more of a word after them.
_SPACED_NAME = re.compile(
    r"""
    [\u4e00-\u9fff]                    # the surname (checked against the list)
    (?:[ \u3000]{1,3}[\u4e00-\u9fff]){1,2}   # the given name, spaced like the surname
    (?![ \u3000]{0,3}[\u4e00-\u9fff])  # the cell ends: no further spaced character
    """,
    re.VERBOSE,
)


# A name a scanned page's line end cuts after its surname (我叫刘⏎雪梅，家住…): the surname
# ends its line, one or two characters start the next, then a pause.
_BROKEN_NAME = re.compile(r"[\u4e00-\u9fff]\n[ \t\u3000]*[\u4e00-\u9fff]{1,2}(?=[，,。、；;（( \t\n])")


_BROKEN_TAIL = re.compile(r"\n[ \t\u3000]*[\u4e00-\u9fff](?=[，,。、；;（(])")


def _broken_name(text: str, pos: int) -> int:
    """End of a name broken by a line end after its surname at ``pos``; ``pos`` if none."""
    m = _BROKEN_NAME.match(text, pos)
    if m is None or text[pos] not in surnames()[0] or set(m.group()) & _NOT_NAME:
        return pos
    return m.end()


def _spaced_name(text: str, pos: int) -> int:
    """End of a spaced-out name at ``pos`` in a field's value; ``pos`` if none."""
    m = _SPACED_NAME.match(text, pos)
    if m is None or text[pos] not in surnames()[0] or set(m.group()) & _NOT_NAME:
        return pos
    return m.end()


# A name masked in a field's value (*楠, 王*, 李*华): the rest still narrows the person down.
_MASKED_VALUE = re.compile(r"[*＊]{1,2}[\u4e00-\u9fff]{1,2}(?![\u4e00-\u9fff])|[\u4e00-\u9fff][*＊]{1,2}[\u4e00-\u9fff]?(?![\u4e00-\u9fff])")
# A name in Latin letters in a bilingual form's name field: an optional title, a family name,
# maybe a given name (Mr. Huang, Wang, Li Na); not a word that withholds the name.
_LATIN_NAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ ])?[A-Z][a-z]{1,9}(?:[ ][A-Z][a-z]{1,9})?(?![A-Za-z])")
_LATIN_NOT_NAME = frozenset(("Anonymous", "None", "Unknown", "Confidential", "Withheld", "Secret",
                             "Null", "Empty", "Name", "Reporter", "Mobile", "Phone", "Email"))


def _familiar_after_cue(text: str, pos: int) -> bool:
    """Whether 老X / 小X (老 or 小, then a surname) stands at ``pos``: the form a cue is often
    followed by in a record (信访人老鞠, 举报人小盘), unless the two make a word (老家, 小区)."""
    return (text[pos : pos + 1] in ("老", "小") and text[pos + 1 : pos + 2] in surnames()[0]
            and text[pos : pos + 2] not in _FAMILIAR_WORDS)


#: Words of 老/小 and a surname character that are no one's name (举报人老家在…, 小区).
_FAMILIAR_WORDS = frozenset(("老家", "老人", "老板", "老师", "老百", "老乡", "老年", "老伴", "老公",
                             "老婆", "老太", "老汉", "老大", "老二", "老三", "老是", "老房", "小区",
                             "小学", "小时", "小孩", "小组", "小型", "小卖", "小吃", "小伙", "小姐"))


#: Characters no name starts with, in a field's value too (一刮南风, 这个厂, 那边, 有人).
_NO_NAME_FIRST = frozenset("一这那有在")
#: How a transcript's turn starts after 来电人： (speech, not a name).
_SPEECH_START = ("免贵", "喂", "我", "你", "您", "好的", "是的", "对", "嗯", "那个", "就是", "没有", "不是",
                 "不用", "谢谢", "行", "可以")

#: Words that start a description of the writer instead of a name (一个老党员, 某村民).
_DESCRIBED_NOT_NAMED = ("一个", "一位", "一名", "某", "知情", "热心", "附近", "周边")


#: Every title of the title rules; a model PERSON span loses a trailing one.
TITLE_SET = frozenset(_TITLES_ANY.split("|") + _TITLES_OFFICIAL.split("|"))


def trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A model PERSON span without a trailing title (王先生 → 王) or a 小/老 prefix (老刘 → 刘)."""
    for k in (3, 2):
        if end - start > k and text[end - k : end] in TITLE_SET:
            end -= k
            break
    if end - start == 2 and text[start] in "小老" and text[start + 1] in surnames()[0]:
        start += 1
    return start, end


# Where each name-form pattern can match: at most this many characters before its anchor.
# The patterns start with a surname class, which matches almost anywhere in Chinese text;
# trying them only next to their anchor (a title, 某, 老) gives the same matches faster.
_ANCHORS = {
    "title": (re.compile(_TITLES_ANY + "|" + _TITLES_OFFICIAL), 2),
    "mou": (re.compile("某"), 2),
    "elder": (re.compile("老"), 1),
}


def _near_anchors(name: str, text: str):
    """``_patterns()[name].finditer(text)``, tried only within reach of the pattern's anchor."""
    regex = _patterns()[name]
    anchor, back = _ANCHORS[name]
    last = 0
    for a in anchor.finditer(text):
        for p in range(max(last, a.start() - back), a.start() + 1):
            m = regex.match(text, p)
            if m is not None:
                yield m
                last = max(m.end(), p + 1)
                break


# Masked names as notices and transfer sheets print them: the surname, then stars, crosses,
# circles or X for the given name (王*, 李**, 纪××, 孙○○, 张X). They still point at one person
# to whoever knows the case. The mask is the anchor (rare in Chinese text); the surname must
# stand alone before it: after a non-Han character, a cell's edge or a person noun (举报者王*).
_MASK = re.compile(
    r"""
    [*＊×✱○〇Xx]              # the mask, one to three characters of one kind
    (?:(?<=\*)\*{0,2}|(?<=＊)＊{0,2}|(?<=×)×{0,2}|(?<=✱)✱{0,2}|(?<=○)○{0,2}|(?<=〇)〇{0,2}
      |(?<=X)X?|(?<=x)x?)
    (?![0-9A-Za-z*＊×✱○〇])     # not a longer code (X5, ***1234 is a masked number)
    """,
    re.VERBOSE,
)
#: After these the surname of a masked name may follow a Han character (举报者王*, 群众李**).
_PERSON_NOUN_END = frozenset("者人众民员户")
#: What follows a masked name in a sentence, so that the character after the mask is no part
#: of it (王*反映, 张*等5人, 李**的); any other Han character is the given name's visible last
#: character (张*芳, 陈*香等2人).
_AFTER_MASKED_NAME = ("反映", "反应", "举报", "投诉", "来电", "来信", "信访", "先生", "女士", "同志",
                      "老师", "师傅", "等", "的", "于", "在", "称", "说", "和", "与", "及", "为",
                      "是", "对", "向", "通过", "提出", "家", "户", "某", "手机", "电话", "联系",
                      "身份", "住", "现", "系", "因", "就", "已", "也", "都", "拟", "获", "领", "共")
#: An X after a surname that reads as a word: X光 (an X-ray), X型, X号, X线.
_X_WORD = frozenset("光射型号线轴")


#: Cues that are words of a sentence, never a table's label cell.
_PROSE_CUES = frozenset(("我叫", "本人叫", "我的名字是", "我是"))
# A table cell that is a name: two to four Han characters filling the cell (a tab, a bar or
# the line's end after them), or the label of the next column (联系电话, 身份证号) instead.
_CELL_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}(?=[\t|｜\n]|$)")
_CELL_LABEL = re.compile(
    r"(?:人|者|名|别|龄|族|话|机|码|号|址|位|间|期|容|息|况|型|类|源|题|见|果|注|求|由|式|象|量|额|限)$")


def _cell_name(text: str, pos: int) -> int:
    """End of a name filling the table cell at ``pos`` (any surname, even one not in our
    lists: the label cell before it says it is a name); ``pos`` if the cell is no name."""
    m = _CELL_NAME.match(text, pos)
    if m is None or _CELL_LABEL.search(m.group()) or m.group() in _LABEL_WORDS:
        return pos
    return m.end()


#: Values a label cell is often followed by that are no name (a withheld or empty field).
_LABEL_WORDS = frozenset(("匿名", "保密", "不详", "暂无", "无名", "未留", "未提供", "不愿透露"))


@functools.cache
def _surname_alone() -> re.Pattern:
    # 免贵姓张, 我姓王，本人姓欧阳: a surname given alone still narrows the writer down.
    return re.compile(
        rf"""
        姓(?P<name>{_surname_alt()})                # 姓 and a surname
        (?=[^{HAN}]|$|的|是|叫|名|单名)              # and nothing more of a name after it
        """,
        re.VERBOSE,
    )


#: What stands before 姓 when a person's surname is given (checked after the match).
_SURNAME_GIVERS = ("免贵", "本人", "鄙人", "我", "俺", "敝", "他", "她", "你", "人", "者", "，", ",", "自称", "称",
                   "说", "自己", "其", "\n", "：", ":")  # …的村民，姓柳; 只说姓赖; 称自己姓黄; a chat line 姓郑，…


# 老X / 小X right after a word that introduces a person (你就写老舒吧, 市民老农（…）): any
# surname, also one that is an everyday word, since the word before says a person follows.
_FAMILIAR_AFTER_WORD = re.compile(
    r"""(?:写|记|叫|市民|村民|居民|群众|网友)
        (?P<pre>[老小])(?P<name>[\u4e00-\u9fff])
        (?=吧|说|反映|来电|举报|[^\u4e00-\u9fff]|$)""",
    re.VERBOSE,
)
# The full name given right after the surname alone (我姓南，南明。): it starts with that surname.
_FULL_AFTER_SURNAME = re.compile(r"姓(?P<s>[\u4e00-\u9fff])[，,][ ]?(?P<name>[\u4e00-\u9fff]{2,3}?)(?=[。，,！!；;\s]|$)")


def _surnames_alone(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _surname_alone().finditer(text):
        if m.start() == 0 or text.endswith(_SURNAME_GIVERS, 0, m.start()):
            out.append((m.start("name"), m.end("name"), "PERSON", 0.9, "lexicon:姓"))
    for m in _FAMILIAR_AFTER_WORD.finditer(text):
        if m.group("name") in surnames()[0] and m.group("pre") + m.group("name") not in _FAMILIAR_WORDS:
            out.append((*m.span("name"), "PERSON", 0.8, "lexicon:" + m.group("pre")))
    for m in _FULL_AFTER_SURNAME.finditer(text):
        if m.group("name")[0] == m.group("s") and not set(m.group("name")[1:]) & _NOT_NAME:
            out.append((*m.span("s"), "PERSON", 0.9, "lexicon:姓"))       # 姓南 (a surname that is
            out.append((*m.span("name"), "PERSON", 0.9, "lexicon:姓"))    # also a word), then 南明
    return out


def _masked_names(text: str) -> list[Span]:
    single, compound, ambiguous = surnames()
    out: list[Span] = []
    for m in _MASK.finditer(text):
        s, e = m.span()
        mask = text[s]
        for k in (2, 1):  # compound surnames first (欧阳**)
            sur = text[max(0, s - k) : s]
            if len(sur) == k and (sur in compound if k == 2 else sur in single):
                break
        else:
            continue
        if mask in "Xx" and (sur in ambiguous or text[e : e + 1] in _X_WORD):
            continue  # 常X, 白X: everyday words before an X are not a surname
        start = s - len(sur)
        before = text[start - 1] if start > 0 else ""
        if "\u4e00" <= before <= "\u9fff" and before not in _PERSON_NOUN_END:
            continue  # inside a word: 大王* is no name
        if e - s <= 2 and "\u4e00" <= text[e : e + 1] <= "\u9fff" and not text.startswith(
                _AFTER_MASKED_NAME, e):
            e += 1  # the given name's last character left visible: 张*芳, 罗×平
        out.append((start, e, "PERSON", 0.9, "lexicon:mask"))
    return out


#: Surnames that are also prepositions or conjunctions: right after another Han character
#: they are the word (我向老板反映, 我和经理说), not a surname before a title.
_PREPOSITION_SURNAMES = frozenset("和向同跟与对给把被将从由")
#: Words right before which a surname and a title are a person, never the end of a name or a
#: preposition (感谢陶先生, 谢谢黄女士, 热心市民和先生, 接群众向女士举报).
_BEFORE_A_TITLED_NAME = frozenset(("感谢", "谢谢", "致谢", "市民", "群众", "村民", "居民", "网友", "热心"))


# Who provided a record filed as evidence (（本记录由李帅提供，已转…）, 截图由X整理): the name
# between 由 and the verb, only one that starts with a known surname (checked below).
_PROVIDED_BY = re.compile(
    r"""(?:记录|截图|材料|录音|照片|视频|线索|聊天记录|文字)由    # what was provided, by
        (?P<name>[\u4e00-\u9fff]{2,3}?)                   # the name
        (?=提供|整理|截图|转来|转交|发来|拍摄|录制)         # and what they did with it
    """, re.X)


def person_rules(text: str) -> list[Span]:
    """PERSON spans from name forms, cue fields and a signature line."""
    out: list[Span] = []
    if "由" in text:
        out.extend((m.start("name"), m.end("name"), "PERSON", 0.9, "rule:provided-by")
                   for m in _PROVIDED_BY.finditer(text) if m.group("name")[0] in surnames()[0])
    pats = _patterns()
    single = surnames()[0]
    for m in _near_anchors("title", text):
        g = "name" if m.group("name") else "name2"
        s0 = m.start(g)
        before = text[max(0, s0 - 2) : s0]
        named_after = before in _BEFORE_A_TITLED_NAME  # 感谢陶先生, 热心市民和先生: a name follows
        if m.end(g) - s0 == 1 and any(ch in single for ch in before) and not named_after:
            continue  # the char may end a full name (李赋[宁]先生); the model decides
        if (text[s0] in _PREPOSITION_SURNAMES and before[-1:] and "\u4e00" <= before[-1] <= "\u9fff"
                and not named_after):
            continue  # 我向老板反映, 我和老板说: a preposition after a word, not 向/和 the surname
        title = m.group("title") or m.group("title2")
        out.append((m.start(g), m.end(g), "PERSON", 0.9, "lexicon:" + title))
    for m in _near_anchors("mou", text):
        g = "name" if m.group("name") else "rare"
        out.append((m.start(g), m.end(g), "PERSON", 0.9, "lexicon:某"))
    for m in _near_anchors("elder", text):
        out.append((m.start("name"), m.end("name"), "PERSON", 0.8, "lexicon:老"))
    for m in pats["nick"].finditer(text):
        out.append((m.start("name"), m.end("name"), "PERSON", 0.8, "lexicon:" + m.group("pre")))
    for m in _CUE.finditer(text):
        strict = not m.group("sep").strip() or m.group("cue") in ("我是",)
        end = _cue_name(text, m.end(), strict)
        if end == m.end() and "\t" in m.group("sep") and m.group("cue") not in _PROSE_CUES:
            end = _cell_name(text, m.end())  # 投诉者<TAB>兰阳<TAB>: the next cell is the value
        if end == m.end() and m.group("sep").strip():
            end = _spaced_name(text, m.end())
        if end == m.end() and m.group("sep").strip():
            masked = _MASKED_VALUE.match(text, m.end())  # 收款人:*楠, 姓名：王*
            end = masked.end() if masked is not None else end
        if end == m.end() and m.group("sep").strip():
            latin = _LATIN_NAME.match(text, m.end())  # Reporter / 举报人: Mr. Huang
            end = latin.end() if latin is not None and latin.group() not in _LATIN_NOT_NAME else end
        if end == m.end() and text[m.end() + 1 : m.end() + 2] == "\n":
            end = _broken_name(text, m.end())  # 我叫刘⏎雪梅，家住…: an OCR'd line end inside the name
        elif end - m.end() == 2 and text[end : end + 1] == "\n":
            tail = _BROKEN_TAIL.match(text, end)  # 我叫王秀⏎梅，…: the line end after two characters
            end = tail.end() if tail is not None and text[end + 1 :].lstrip(" \t\u3000")[:1] not in _NOT_NAME else end
        if end == m.end() and _familiar_after_cue(text, m.end()):
            # 信访人老鞠, 举报人：小盘: the surname, as for 老X anywhere (the recognizer widens it)
            out.append((m.end() + 1, m.end() + 2, "PERSON", 0.95, "field:" + m.group("cue")))
        if end > m.end():
            out.append((m.end(), end, "PERSON", 0.95, "field:" + m.group("cue")))
    for m in _SPACED_CUE.finditer(text):
        end = _cue_name(text, m.end(), False)
        if end == m.end():
            end = _spaced_name(text, m.end())  # 姓    名：王  晨: the name spaced like the label
        if end > m.end():
            out.append((m.end(), end, "PERSON", 0.95,
                        "field:" + m.group("cue").replace(" ", "").replace("\u3000", "")))
    if "免贵" in text:
        out.extend((m.start("name"), m.end("name"), "PERSON", 0.95, "field:" + m.group("cue"))
                   for m in _FULL_NAME_AFTER.finditer(text) if m.group("name")[0] == m.group("sur"))
    if "专家" in text or "评委" in text:
        single = surnames()[0]
        out.extend((m.start("name"), m.end("name"), "PERSON", 0.9, "field:" + m.group("who"))
                   for m in _EXPERT_COLUMN.finditer(text) if m.group("name") in single)
    out.extend(_signature(text))
    out.extend(_masked_names(text))
    out.extend(_surnames_alone(text))
    out.extend(_addressees(text))
    out.extend(_kin_names(text))
    out.extend(_resident_names(text))
    out.extend(_bosses(text))
    out.extend(_senders(text))
    out.extend(_signed_names(text))
    out.extend(_not_overlapping(_names_by_phones(text), out))  # where no other rule read a name
    return out


# A caller's name in a transcript, after the surname (来电人：免贵姓林，全名林帅。 / 免贵姓边，叫边洋。):
# the full name repeats the surname.
_FULL_NAME_AFTER = re.compile(
    r"免贵姓(?P<sur>[\u4e00-\u9fff])[，, ]?(?P<cue>全名叫|全名是|全名|名叫|叫)(?P<name>[\u4e00-\u9fff]{2,3})(?=[。，,！!\n]|$)")
# A score sheet's column of one expert, by surname (线索编号⇥…⇥专家张⇥专家李⇥平均分): the
# surname is all the sheet gives of who scored.
_EXPERT_COLUMN = re.compile(r"(?<=[\t|｜ ])(?P<who>专家|评委)(?P<name>[\u4e00-\u9fff])(?=[\t|｜ ]|\n|$)")


def _not_overlapping(spans: list[Span], taken: list[Span]) -> list[Span]:
    """The spans of ``spans`` that overlap none of ``taken`` (sorted lookups: linear-log)."""
    if not spans or not taken:
        return spans
    have = sorted((a, b) for a, b, *_ in taken)
    starts = [a for a, _ in have]
    ends = list(itertools.accumulate((b for _, b in have), max))  # furthest end so far
    out = []
    for sp in spans:
        i = bisect.bisect_left(starts, sp[1]) - 1  # the last one starting before sp ends
        if i < 0 or ends[i] <= sp[0]:
            out.append(sp)
    return out


# The salutation line of a letter or notice served on several people (杨梅、祖雷：, 王某某、
# 李*同志：): a line of nothing but two to four names joined by 、 and closed by a colon.
# The line's shape is the anchor; each name must start with a known surname.
_ADDRESSEE_LINE = re.compile(
    r"""
    (?:^|(?<=\n))[ \t\u3000]*                           # a line of its own
    (?P<names>[\u4e00-\u9fff*＊×]{2,5}                    # a name (masks allowed: 李*)
      (?:(?:同志|先生|女士))?
      (?:、[\u4e00-\u9fff*＊×]{2,5}(?:(?:同志|先生|女士))?){1,3})  # and one to three more after 、
    [ \t]*[：:][ \t\u3000]*(?=\n|$)                       # closed by a colon at the line's end
    """,
    re.VERBOSE,
)
# A salutation to one person (尊敬的罗荣：): 尊敬的 makes the line a person's, so one name suffices.
_DEAR_LINE = re.compile(
    r"""
    (?:^|(?<=\n))[ \t\u3000]*尊敬的                  # a line of its own opened by 尊敬的
    (?P<name>[\u4e00-\u9fff*＊×]{2,4}?)               # the name
    (?:同志|先生|女士)?[ \t]*[：:]                     # maybe a title, then the colon
    """,
    re.VERBOSE,
)
_TITLE_TAIL = re.compile(r"(?:同志|先生|女士)$")
#: Last characters of places and bodies, never of a name (高新区、金水区：, 各科室、各队：).
_UNIT_END = frozenset("省市区县镇乡村局厅委办队所站院厂司部处科室组")


def _addressees(text: str) -> list[Span]:
    single, compound, _ = surnames()
    out: list[Span] = []
    for m in _ADDRESSEE_LINE.finditer(text):
        at = m.start("names")
        items = []
        for item in m.group("names").split("、"):
            name = _TITLE_TAIL.sub("", item)
            if (not (name[:2] in compound or name[:1] in single) or not 2 <= len(name) <= 4
                    or name[-1] in _UNIT_END):
                items = []
                break  # one item is no name: the line is something else (各区县、开发区：)
            items.append((at, at + len(name)))
            at += len(item) + 1
        out.extend((a, b, "PERSON", 0.9, "field:addressee") for a, b in items)
    for m in _DEAR_LINE.finditer(text):
        name = m.group("name")
        if (name[:2] in compound or name[:1] in single) and name[-1] not in _UNIT_END:
            out.append((*m.span("name"), "PERSON", 0.9, "field:addressee"))
    return out


_SIGNATURE = re.compile(
    r"""\n[ \t]*                             # the signature sits on its own, last lines
        (?:举报人|投诉人|此致敬礼[！!]?)?[：:]?[ \t]*
        (?P<name>[\u4e00-\u9fff]{2,4})       # 2-4 han chars
        [ \t]*(?:[0-9]{4}[年.\-/].*)?        # optionally followed by a date
        [ \t]*(?:\n[ \t]*[0-9]{4}[年.\-/][^\n]*)?\s*$   # or a date line, then the end
    """,
    re.VERBOSE,
)


def _signature(text: str) -> list[Span]:
    """A name on one of the last lines of a letter (签名), starting with a surname."""
    tail_start = max(0, len(text) - 80)
    m = _SIGNATURE.search(text, tail_start)
    if not m:
        return []
    s, e = m.span("name")
    single, compound, _ = surnames()
    name = text[s:e]
    if name[:2] in compound or name[0] in single:
        return [(s, e, "PERSON", 0.8, "field:签名")]
    return []


_DEMOGRAPHIC = re.compile(
    r"""
    # Speed only: the branches' first characters (labels, digits, 男女, the ethnic groups'
    # names, 出, 生). re tries every branch at every position, no prefix set can skip for it
    # (one branch starts with a group); a class test first turns most positions away at once.
    (?=[性年民出生男女0-9一二三四五六七八九十汉回满藏壮苗彝瑶侗畲黎傣维蒙土朝哈傈仡布纳羌白水京])
    (?:
      # a form field: the label may be padded (性 别), bracketed (【年龄】) or have its
      # value on the next line; the span is the value alone
      性[ \t\u3000]{0,2}别[】\]]?[：:]?\s{0,3}(?P<sex>[男女])
    | 年[ \t\u3000]{0,2}龄[】\]]?[：:]?\s{0,3}(?P<age>[0-9一二三四五六七八九十]{1,3}(?:周岁|岁)?)
    | 民[ \t\u3000]{0,2}族[】\]]?[：:]?\s{0,3}(?P<eth>[\u4e00-\u9fff]{1,4}族?)
    # (the look-behinds below follow the first character, so that re can skip to candidates)
    | [0-9](?<![0-9].)[0-9]{0,2}[ \t]*(?:周岁|岁)            # 58岁, 58 周岁
    | [一二三四五六七八九十](?<![一二三四五六七八九十百].)[一二三四五六七八九十]{0,2}(?:周岁|岁)
    | [男女](?<![\u4e00-\u9fff].)(?=[，,、；;）)。 \t])      # "男，58岁": a bare sex marker
    | (?:汉|回|满|藏|壮|苗|彝|瑶|侗|畲|黎|傣|维吾尔|蒙古|土家|朝鲜|哈尼|哈萨克|傈僳|仡佬
        |布依|纳西|羌|白|水|土|京)族(?![馆箱群类区乡镇村]|自治|分局)   # not 水族馆, 管城回族区
    | 出[ \t\u3000]{0,2}生(?:日期|年月)?[】\]]?[：:]\s{0,3}(?P<birth>[0-9]{4}   # a birth field (an ID
        (?:年[0-9]{1,2}月(?:[0-9]{1,2}日)?|[-./][0-9]{1,2}(?:[-./][0-9]{1,2})?))  # reader's 出生：1983年3月12日)
    | [0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?出生       # birth date
    | [0-9](?<![0-9].)[0-9]{3}年(?:[0-9]{1,2}月)?生(?=[，,。；;、）) ]|$)   # 本人卢建，男，1950年生，
    | 生于[0-9]{4}年(?:[0-9]{1,2}月)?
    )
    """,
    re.VERBOSE,
)


def demographic_rules(text: str) -> list[Span]:
    """DEMOGRAPHIC: sex, age, ethnicity, birth date stated about a person."""
    out = []
    for m in _DEMOGRAPHIC.finditer(text):
        group = next((g for g in ("sex", "age", "eth", "birth") if m.group(g) is not None), 0)
        out.append((m.start(group), m.end(group), "DEMOGRAPHIC", 0.85, "rule:demographic"))
    return out


def workplace_rules(text: str, orgs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ORGANIZATION spans (of ``orgs``, as given) that are the writer's (or household's)
    employer; the recognizer widens them over the head of the name (workplace_spans)."""
    from jubao_redact.freetext.workplace import workplace_spans

    by_end = {e: s for s, e in orgs}
    return [(by_end[e], e) for _, e in workplace_spans(text, orgs)]


# Offices and roles after which news and complaint text usually give a name
# (德国总理科尔, 记者江建国, 村民徐洋, 厂长张某). No word is the start of another, so at any
# position at most one can match and their order does not matter.
NAME_CUE_WORDS = """
    副总统 总统 副总理 总理 首相 外长 外交部长 国务卿 外交大臣 大臣 部长 议长 国王 女王
    总书记 书记 主席 委员长 秘书长 发言人 大使 参议员 众议员 议员 州长 市长 省长
    县长 镇长 村长 厂长 经理 董事长 总裁 主任 局长 处长 科长 所长 站长 队长
    主教练 教练 球员 选手 前锋 后卫 门将 名将 外援 球星 作家 诗人 画家 教授 院士
    记者 主编 法官 律师 医生 村民 居民 农民 职工 负责人 法定代表人 法人 老板 司机
    员工 烈士 将军 元帅 司令 少将 中将 上将 夫人 妻子 丈夫 儿子 女儿 父亲 母亲
""".split()
_NAME_CUE = re.compile(
    r"""(?:""" + trie_pattern(NAME_CUE_WORDS) + r""")   # an office or role word, as a trie
            # (总(?:书记|理|统|裁)|…): a flat alternation of these 85 words made re try each at
            # every position; a trie's first characters let re skip in C to where one starts,
            # and reject after one character (300 KB: 50 -> 4 ms, same positions)
        (?=[\u4e00-\u9fff])      # a han char follows: the name may start there
    """,
    re.VERBOSE,
)


def name_cue_positions(text: str) -> list[int]:
    """Positions right after an office or role word (where a name often starts)."""
    return [m.end() for m in _NAME_CUE.finditer(text)]


# --- where the writer lives, and the signature block -------------------------------------
# A residential place named alone (a compound, a village) identifies a reporter as surely as
# a street address when the text says somebody lives there. The place's shape: Han
# characters ending in what names a compound or a village in Chinese addresses.
_RESIDENCE_SUFFIX = (
    r"(?:小区|花园|家园|新村|新城|嘉园|佳园|公馆|名城|名苑|家属院|家属区|家属楼|社区|公寓|宿舍"
    r"|山庄|庄园|华庭|雅居|雅苑|苑|府|里|村|屯|寨|庄|堡|组)"
)
_PLACE = rf"[{HAN}]{{1,16}}?{_RESIDENCE_SUFFIX}"
# Words a Han run may start with that are not part of the place (近日该村群众…: 近日 is not).
_PLACE_HEAD = re.compile(
    r"(?:近日|日前|今天|昨天|最近|目前|现在|据悉|据|经查|以下为|以下是|以下|如下|我们|咱们|这个|那个"
    r"|家住|住在|居住在|现住)+")                                       # 我是住在前王村的: not the place
# Words a place's name does not hold: a Han run reaching back past one of them began with a
# clause about somebody else (焦作海纳律师事务所接受…村村民, 会议听取了…村居民).
_PLACE_CUT = re.compile(r"接受|听取了?|接到|收到|接待了?|关于|委托|反映|的|了|好像是|可能是|应该是|估计是|据说是")
# Runs ending like a place that are everyday words, not a place's name.
_NOT_PLACE = re.compile(
    r"(?:村庄|农村|乡村|城乡|本村|该村|全村|邻村|附近|周边|周围|小区里|外村|村里|同村|各村|本组|该组|本小区|该小区|"
    r"我们小区|我们村|我村|咱村|这个村|那个村|这个小区|那个小区|村子|山村|渔村|组里)$"
)
# People who came to report, named (贾杨等9人多次来访, 马某多次来访反映): a name, maybe "and N
# others", then a verb of reporting. After a place it says the place is where they live (p10
# below; roles.py reads an address before it the same way).
VISITOR = (rf"(?P<name>[{HAN}]{{2,3}}?)(?:等[0-9一二三四五六七八九十]{{1,3}}[人名户]|等人)?(?:多次|先后|曾)?"
           r"(?:来访|上访|来信|来电|反映|举报|投诉)")
# Before a person noun or as a group's name, the regex finds the place's suffix (a rare
# character, so the scan is fast) and the place is taken back to the start of its Han run.
# A dwelling by building, unit and room with dashes (18-4-2201, 28-6-2704), and a house in a
# village group (4组93号): shapes of where somebody lives, shared by the rules below.
DASHED_DWELLING = r"[0-9]{1,3}-[0-9]{1,2}-[0-9]{3,4}"
GROUP_HOUSE = r"[0-9]{1,2}组[0-9]{1,4}号"
_RESIDENCE_CUES = re.compile(
    rf"""
    # Speed only: the first characters of every branch below. re tries all eighteen branches
    # at every position of the text, and no branch-set prefix skips ahead for it (its
    # branches start with groups); one class test first lets 95 % of positions go at once
    # (1 MB of complaints: 200 -> 20 ms, same matches). Keep it in step with the branches.
    # (in a class blanks and # are literal, even under re.X: one line, no comment in it)
    #    住在哪里… 本村… | p1, p2: the residence suffixes | the cue words of p3 … p16 | p17's colon
    (?=[住家本小花新嘉佳公名社宿山庄华雅苑府里村屯寨堡组就居祖老我咱俺写来反举投是您你整“"「听接收:：（(])
    (?:
      (?:住在哪里|住哪里|家在哪里)[:：]?[ ]?[^，,\n]{{2,20}}[，,]      # 您住在哪里：新城新村，13-2-1204: the
      (?P<p15>{GROUP_HOUSE}|{DASHED_DWELLING})(?![0-9-])   # house after the
                                                        # place (first: 住在 below would take 住在哪里)
    | (?:本村|本小区|本楼|本组)                          # 近期有本村5号一位村民向环保部门反映: the part
      (?P<p16>[0-9]{{1,4}}(?:号楼?|组)(?:[0-9]{{1,4}}号)?|[东西南北](?:头|边|侧路[东西南北]))   # of the place
      (?=的?(?:一位|一户|一名|两位|几位|住户|村民|居民))   # the residents who complained live in
    | (?P<p1>{_RESIDENCE_SUFFIX})                       # 马村区盛世家园群众黄楠通过12369反映,
      (?=[ \t\u3000]*的?(?:群众|村民|居民|市民|业主|住户)(?!委员会|小组|组|代表大会)   # 康桥新村的群众普遍
                                                        # 反映; a log's cells: 帝湖新村⇥居民段鹏反映
        |的(?:小|老)[{HAN}](?![{HAN}])                   # 举报的好像是和谐名城的小刘: one of its
        |的[{HAN}](?:先生|女士|大爷|大妈|阿姨|师傅))       # residents by a familiar form
    | (?:[:：（(]|我也是[，,]|我家是?)[ ]?                # 业主 X：3-3-403，我姓覃 / 我也是，8组54号 /
      (?!(?:[0-9]|[12][0-9]|3[01])-(?:[0-9]|1[0-2])-(?:19|20)[0-9]{{2}}(?![0-9]))  # 姜勇（14-2-102，
      (?P<p17>{GROUP_HOUSE}|{DASHED_DWELLING})(?![0-9-])(?=[，,。 \n）)]|$)   # 按手印）: a flat given
                                                        # alone (not a date)
    | (?P<p2>{_RESIDENCE_SUFFIX})                       # a group named after it: 碧水花园业主群
      (?=(?:业主|村民|居民|住户|邻居|邻里)(?:交流|维权|互助)?群)
    | (?:家住在|家就住在|就住在|居住在|家就在|住在|家住|家在|祖屋在|老家在|老宅在|住)   # 住和谐花园。我家就在锦绣花园，
      (?P<p3>{_PLACE})                                  # (the longer words first: 我家住在X, not 在X)
      (?![{HAN}])
    | (?:我们|咱们|俺们|我|俺|咱)(?:家)?(?:小区|村|社区|家属院|院)  # 我们小区（御景花园）: the place
      [(（](?P<p5>{_PLACE})[)）]                            # named in brackets
    | (?:我|本人|写信的|来信的|反映人|举报人|投诉人)是     # 我是安阳县馨苑小区的，叫…;
      (?P<p4>{_PLACE})的                                # 写信的是锦绣花园的袁健
    | 是(?P<p6>{_PLACE})的(?=住户|居民|村民|业主|老住户      # 只说姓赖，是御景小区的住户;
        |养鱼户|养殖户|种植户|承包户|农户|菜农|果农|村医|乡村医生|人[，,。])   # 我叫陈俊，是前白沙村的养鱼户
    | (?:您|你)家?住的(?P<p7>{_PLACE})                    # a reply to the reporter: 您住的金色新村离…
    | (?:我叫|我是)[{HAN}]{{2,3}}[，,](?P<p8>{_PLACE})的(?![{HAN}])   # 我叫黄杰，锦绣家园的。
    | (?:是不是|是否是|是)(?P<p9>{_PLACE})的[？?]           # 楼主是不是怡和苑的？: asked where one lives
    | 整个(?P<p11>{_PLACE})(?=都|全|到处|满是|弥漫)           # 整个幸福家园都是一股焦糊味: where it reaches
    | (?:家住在|家就住在|就住在|家就在|住在|家住|家在|住|我在|我家|从我家)   # 咱家就在28-6-2704: building, unit
      (?P<p14>{DASHED_DWELLING}|{GROUP_HOUSE})(?![0-9-])   # and room written with dashes, or a
                                                         # village group's house (诉求人住11组94号;
                                                         # 到了喊我，我在6-6-2402: where one is)
    | (?:我在|我家)(?P<p18>{_PLACE}(?:[0-9]{{1,4}}号|[东西南北](?:头|边))?)   # 我在南梁湖村54号窗户里天天看得见:
      (?=窗户|窗口|窗前|家里|家门口|屋里|楼上|阳台|院子|院里|正对|离)   # where one sees it from home
                                                        # (我家东杨庄村40号窗户正对着…)
    | 是(?P<p12>{_PLACE})那边的                               # 我估计是御景苑那边的: who complained
    | [“"「](?P<p13>{_PLACE})就你家                            # “绿城名城就你家事多”: the boss names it
    | (?:听取了?|接到|收到|接待了?)(?P<p10>{_PLACE})          # 会议听取了书香家园贾杨等9人多次来访…:
      (?={VISITOR})
    )
    """,
    re.VERBOSE,
)
# The residents who complained, after their flat (16-6-1403住户反映：…, 24栋1103住户反映 of an
# inspection's public table): found from the noun and its verb, the flat read back before it
# (a digit-led branch in the regex above would be tried at every digit of a text).
_RESIDENTS_WHO_COMPLAINED = re.compile(r"的?(?:住户|业主|居民)(?:反映|投诉|举报|来电|称)")
_FLAT_BEFORE = re.compile(rf"(?:{DASHED_DWELLING}|[0-9]{{1,3}}栋[0-9]{{3,4}})$")
# The person noun after such a place, then the reporter's name and what they did.
_PLACE_PERSON = re.compile(
    rf"""
    (?:群众|村民|居民|市民|业主|住户)
    (?P<name>[{HAN}]{{2,3}}?)
    (?=通过|反映|来电|来信|向|投诉|举报|称|拨打|实名|联名|多次|致电|写信)
    """,
    re.VERBOSE,
)
_VISITOR = re.compile(VISITOR)
#: Characters of the words that follow 群众 in place of a name (群众多次反映, 群众们纷纷投诉).
_NOT_IN_NAME = frozenset("们都也再又曾多次纷联一起共同集体等均已还就先后今昨近几数很")
# Fields whose value is where a person lives (the value fills the cell: to a tab, a bar, a
# wide gap, a semicolon or the line's end). 地址 alone is not one: forms use it for the site.
_RESIDENCE_FIELD = re.compile(
    r"""
    (?:所在村组|所在村|所在小区|所住小区|居住小区|居住地址|居住地|现住址|现住地|家庭住址|家庭地址
      |住址|住所|联系地址|通讯地址|通信地址|邮寄地址|家住
      |所在社区|居住社区|小区名称|村组|所在村[（(]社区[)）]|村[（(]社区[)）]     # 所在村（社区）：…
      |寄件地址|寄件人地址                                                     # a waybill's sender
      |Home|HOME|Home[ ]address|Home[ ]Address|Residence)                       # bilingual forms
    (?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]*\t[ \t\u3000]*|[ \u3000]{2,}   # a colon, a tab, a gap
      |[ \t\u3000]*[|｜][ \t\u3000]*)                                        # or a table's bar
    """,
    re.VERBOSE,
)
def _next_label(text: str, start: int, end: int) -> bool:
    """A header row's next column label (住址  联系电话  反映事项), not the field's value."""
    from jubao_redact.field_values import LABEL_CELL  # (field_values reads the role tables)

    return end - start <= 6 and LABEL_CELL.fullmatch(text, start, end) is not None


# A note before a residence field's value that it is the same place as another's (同小区，X).
_SAME_AS = re.compile(r"(?:同小区|同村|同上|同前|同一小区|同组)[，,、 ]")
_CELL_END = re.compile(r"[\t|｜\n;；，,。）)]|[ \u3000]{2,}")
_NO_PLACE = re.compile(r"(?:无|不详|保密|匿名|略|暂无|未填|未知|/|-|—)")


def _after_last(words: re.Pattern, text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` goes on after the last match of ``words`` in it (``start``
    if none): a Han run read back too far began with a clause about something else."""
    cut = None
    for cut in words.finditer(text, start, end):
        pass
    return cut.end() if cut is not None else start


def _place_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The place in ``text[start:end]`` without leading function words; None if it is an
    everyday word or starts inside a longer Han run (the regex matched the run's tail)."""
    while start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and end - start < 18:
        start -= 1  # the lazy match may begin late: take the whole run back to its start
    if start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
        return None  # a run too long to be one place
    head = _PLACE_HEAD.match(text, start, end)
    if head is not None:
        start = head.end()
    start = _after_last(_PLACE_CUT, text, start, end)  # 律师事务所接受X村村民…: after the verb
    if not _named_place(text, start, end):
        return None
    return start, end


_SUFFIX_AT_END = re.compile(_RESIDENCE_SUFFIX + "$")


def _named_place(text: str, start: int, end: int) -> bool:
    """A place with a name before its suffix (锦绣花园, not 小区 or 本村), no everyday word."""
    suffix = _SUFFIX_AT_END.search(text, start, end)
    return (suffix is not None and suffix.start() - start >= 1 and end - start >= 3
            and not _NOT_PLACE.search(text, start, end))


# A form that writes an address over two lines: a row of address-part labels (乡（镇）⇥街（村）、
# 门牌号, as the census 清查表 prints them) and under it a row of as many values. Each value
# cell is part of the address, whatever it looks like (产业集聚区, 上刘集村东头, 胜利街343号).
_ADDRESS_PART = (r"(?:省|地[（(]市[）)]|市|县[（(]区[）)]|区|乡[（(]镇[）)]|乡镇|街道|街[（(]村[）)]、门牌号"
                 r"|街[（(]村[）)]|村[（(]居[）)]委会|村[（(]居[）)]|门牌号|街道门牌号)")  # raw or folded brackets
_ADDRESS_HEADER = re.compile(
    rf"^[ \t\u3000]*{_ADDRESS_PART}(?:\t[ \t]*{_ADDRESS_PART})+[ \t]*$", re.MULTILINE)


def address_cells(text: str) -> list[Span]:
    """CN_ADDRESS for each cell of the row under a row of address-part labels."""
    out: list[Span] = []
    for m in _ADDRESS_HEADER.finditer(text):
        width = m.group().count("\t") + 1
        start = m.end() + 1
        if start >= len(text):
            continue
        nl = text.find("\n", start)
        end = len(text) if nl < 0 else nl
        cells, at = [], start
        for part in text[start:end].split("\t"):
            a, b = at, at + len(part)
            at = b + 1
            while a < b and text[a] in " \u3000":
                a += 1
            while b > a and text[b - 1] in " \u3000":
                b -= 1
            cells.append((a, b))
        if len(cells) != width:
            continue  # not the values of that header
        out.extend((a, b, "CN_ADDRESS", 0.9, "field:address_cells")
                   for a, b in cells if b - a >= 2 and "\u4e00" <= text[a] <= "\u9fff")
    return out


# The school a child of the writer goes to (孩子在三水区第六幼儿园上六年级): an organisation the
# model may miss, and as identifying as the writer's own workplace.
_CHILD_SCHOOL = re.compile(
    rf"""(?:{_CHILD_NOUNS})[^，。；\n]{{0,10}}?在
        (?P<org>[{HAN}]{{2,20}}?(?:中心小学|小学|中学|幼儿园|学校|大学|学院))
        (?=上|读|念|就读)""",
    re.VERBOSE,
)


# A pupil who writes names their school (我是X初级中学七年级5班的学生): where to find them.
_OWN_SCHOOL = re.compile(
    rf"""(?:我是|我系|本人是)
        (?P<org>[{HAN}]{{2,20}}?(?:中心小学|初级中学|高级中学|小学|中学|学校|大学|学院))
        (?=(?:[{HAN}]{{1,3}}年级)?(?:[0-9一二三四五六七八九十]{{1,2}}班)?的?(?:小学生|中学生|学生))""",
    re.VERBOSE,
)


# A dwelling written without the street: building, unit and room (24号楼1单元1603室, 3栋2单元501),
# as residents give it in a building's group chat or a joint letter. A works site is never
# numbered by 单元 and 室, so the shape alone says somebody lives there.
_DWELLING = re.compile(
    r"""[0-9](?<![0-9].)[0-9]{0,2}            # the building number, not inside a longer number
        (?:号楼|栋|幢|号院)[ ]?
        (?:[0-9]{1,2}[ ]?单元(?:[ ]?[0-9]{1,2}[0-9]{2}(?:室|号|户)?)?   # 1单元1603室 / 2单元501 /
                                                                  # 6单元 (a note: 吴楠 15号楼6单元)
          |[0-9]{3,4}(?:室|户))                                   # or the room alone: 5号楼302室
        (?![0-9])""",
    re.VERBOSE,
)
# A compound and the flat in it written with dashes (御景名城32-3-1703, 幸福苑13-2-1401).
_PLACE_DWELLING = re.compile(
    rf"""(?=[{HAN}]{{2,11}}[0-9]{{1,3}}-)      # speed only: a short Han run, then a building number
                                         # and a dash (what the rest needs) before re tries the
                                         # suffixes at every length (1 MB: 170 -> 20 ms)
        [{HAN}]{{1,8}}?{_RESIDENCE_SUFFIX}    # the compound's name (a short one: no sentence in it)
        {DASHED_DWELLING}(?![0-9-])          # building, unit and room""",
    re.VERBOSE,
)
# A numbered roster line (接龙: 1. 24号楼1单元1603室 马秀芳 18008113856 / 3. 李秀芳 4组93号):
# its cells, split on blanks, after the number.
_ROSTER_LINE = re.compile(r"^[ \t\u3000]*[0-9]{1,3}[.、．][ \t\u3000]*(?P<row>[^\n]+)$", re.MULTILINE)
_CELL = re.compile(r"[^ \t\u3000]+")
_PHONE_CELL = re.compile(r"[+＋]?[0-9０-９(（][0-9０-９ ()（）+＋\-]{6,}|[一二三四五六七八九〇零幺两拐洞]{7,}")
# A house in a village group (4组93号, 12组27号) or a place named alone (后东赵村).
_GROUP_HOUSE = re.compile(GROUP_HOUSE)
_HOUSE = re.compile(r"[0-9]{1,4}号(?:院|楼)?")   # 54号: a house number given alone in the row
_DASHED_DWELLING = re.compile(DASHED_DWELLING)  # as group-buy rosters write it
# A phone's last four (尾号5997): a roster that gives them is one of people too.
_TAIL_CELL = re.compile(r"尾号[0-9]{4}")
# A person called by surname and a familiar prefix or a title (老陈, 小谷, 周先生, 孙女士).
_FAMILIAR_CELL = re.compile(r"[老小](?P<a>[\u4e00-\u9fff])|(?P<b>[\u4e00-\u9fff])(?:先生|女士|阿姨|大爷|师傅)")


def _roster_rows(text: str) -> list[Span]:
    """PERSON and CN_ADDRESS cells of a numbered roster that gives phones: each line's name
    (a surname first) and where that person lives (a dwelling, a village group and house,
    a named place); a roster without a phone in it is some other numbered list."""
    rows = [m for m in _ROSTER_LINE.finditer(text)]
    if not any(_PHONE_CELL.search(m.group("row")) or _TAIL_CELL.search(m.group("row")) for m in rows):
        return []
    single, compound, _ = surnames()
    out: list[Span] = []
    for m in rows:
        cells = list(_CELL.finditer(text, m.start("row"), m.end("row")))
        if len(cells) > 5:
            continue  # a sentence, not a row of cells
        for c in cells:
            a, b, v = c.start(), c.end(), c.group()
            familiar = _FAMILIAR_CELL.fullmatch(v)
            if familiar is not None and (familiar.group("a") or familiar.group("b")) in single:
                out.append((a, b, "PERSON", 0.9, "field:roster"))  # 老陈, 周先生
            elif len(v) == 1 and v in single:
                out.append((a, b, "PERSON", 0.85, "field:roster"))  # 杨: the surname alone
            elif _DWELLING.fullmatch(v) or _GROUP_HOUSE.fullmatch(v) or _HOUSE.fullmatch(v) or _DASHED_DWELLING.fullmatch(v) or (
                    all("\u4e00" <= ch <= "\u9fff" for ch in v) and _named_place(text, a, b)
                    and len(v) <= 12):
                out.append((a, b, "CN_ADDRESS", 0.9, "field:roster"))
            elif (2 <= len(v) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in v)
                  and (v[:2] in compound or v[0] in single) and not set(v[1:]) & _NOT_NAME
                  and v[-1] not in _UNIT_END):
                out.append((a, b, "PERSON", 0.9, "field:roster"))
    return out


# Bodies that speak for people and are named after them or their place (a law firm for
# complainants, a villagers' group, an owners' committee): the model misses the name when a
# verb or a seal runs on after it (焦作海纳律师事务所接受…, 大孟庄村村民小组（盖章）).
_BODY = re.compile(r"律师事务所|村民小组|业主委员会|业委会|社区居民委员会|居民委员会|村民委员会")


def _named_bodies(text: str) -> list[Span]:
    """ORGANIZATION of such a body: the Han run before its suffix, back to a word no name of
    a body holds (我们是, 接受, 的)."""
    out: list[Span] = []
    for m in _BODY.finditer(text):
        at = start = m.start()
        while start > 0 and at - start < 12 and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1
        start = _after_last(_BODY_CUT, text, start, at)
        if at - start >= 2:
            cue = "rule:law-firm" if m.group() == "律师事务所" else "rule:body"
            out.append((start, m.end(), "ORGANIZATION", 0.9, cue))
    return out


_BODY_CUT = re.compile(r"我们是|我们|我是|接受|听取了?|接到|收到|关于|委托|反映|代表|的|了|是|请到|前往|去往|送到|交到")


# Companies by their legal form (河南长青造纸有限公司, 焦作长青石材加工专业合作社): the model
# misses some after a number or a bracket (发送至 132…（河南长青造纸有限公司 岳先生）).
_LEGAL_FORM = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|专业合作社)")
_COMPANY_CUT = re.compile(r"我们是|我们|我是|接受|关于|委托|反映|举报|投诉|位于|发现|对于|对象|单位|企业|名称|律师|指派"
                          r"|就|对|向|在|称|是|为|叫|的|了|被|由|和|与|及|同|跟|给|把|将|请|据|经")
# A trade name of two characters and 厂 / 公司 (鼎鑫厂的清查表, 博远公司的), after a clause's or
# a cell's start: what a census taker or a letter calls the unit for short.
_SHORT_COMPANY = re.compile(r"(?<![\u4e00-\u9fff])(?P<name>[\u4e00-\u9fff]{2})(?:厂|公司)(?=[的，,。、）)：:\s]|$)")
_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
# …or by its trade name and its trade (金鹏再生资源公司在厂子后墙挖了个坑: the model reads the
# trade name as a person's), after a clause's or a cell's start.
_TRADE_COMPANY = re.compile(
    r"(?:再生资源|建材|化工|塑料制品|塑料|造纸|印染|电镀|制药|石材加工|石材|家具|养殖|铸造|皮革|耐火材料"
    r"|沥青搅拌|食品|铝业|汽车维修|砖瓦|混凝土|纺织|机械|水泥|冶炼|涂料|陶瓷|木业|纸业|包装|印刷|物流)"
    r"(?:公司|厂|合作社|专业合作社)")


def _named_companies(text: str) -> list[Span]:
    """ORGANIZATION of a company named by its legal form (the Han run before it, back to a
    word no name holds) or by a two-character trade name that is no everyday word."""
    out: list[Span] = []
    for m in _LEGAL_FORM.finditer(text):
        at = start = m.start()
        while start > 0 and at - start < 16 and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1
        bounded = start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff"
        cut = _after_last(_COMPANY_CUT, text, start, at)
        if cut == start and not bounded:
            continue  # a run of 16 characters and no word to start at: no telling where it starts
        if at - cut >= 2:
            out.append((cut, m.end(), "ORGANIZATION", 0.85, "rule:legal-form"))
    words = common_words()
    for m in _SHORT_COMPANY.finditer(text):
        name = m.group("name")
        if name not in words and not set(name) & _NOT_TRADE_NAME:
            out.append((m.start(), m.end(), "ORGANIZATION", 0.8, "rule:trade-name"))
    for m in _TRADE_COMPANY.finditer(text):  # (the trade first: re skips to its words)
        at = m.start() - 2
        name = text[max(0, at) : m.start()]
        if (at >= 0 and _HAN_PAIR.fullmatch(name) and (at == 0 or not "\u4e00" <= text[at - 1] <= "\u9fff")
                and name not in words and not set(name) & _NOT_TRADE_NAME):
            out.append((at, m.end(), "ORGANIZATION", 0.8, "rule:trade-name"))
    return out


#: Characters that start or end no trade name (这个厂, 那家公司, 该厂, 本公司, 分公司, 总厂).
_NOT_TRADE_NAME = frozenset("这那该本此每各某哪个家分总子我你他她们贵原老新")


# A post's or a message's location tag (📍帝湖嘉园 under a Moments post, [位置] X of a chat
# export): where the one who posted was, often their home.
_LOCATION_TAG = re.compile(
    r"""(?:📍|\[位置\]|【位置】|\[定位\]|【定位】)[ \t]*     # the pin, or the export's label
        (?P<place>[\u4e00-\u9fff][^\n，,。;；（(\[]{1,39}?)      # the place's name
        [ \t]*(?=[\n，,。;；（(\[]|$)""", re.X)


def residence_rules(text: str) -> list[Span]:
    """CN_ADDRESS of where somebody lives, named alone (a compound, a village): after a
    residence cue (住…, 我是…的), before a person noun (…群众), as a group's name (…业主群)
    and in residence fields (所在村组：…); PERSON of the name after …群众."""
    out: list[Span] = []
    for m in _RESIDENCE_CUES.finditer(text):
        g = next(g for g in ("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10", "p11", "p12", "p13",
                             "p14", "p15", "p16", "p17", "p18") if m.group(g) is not None)
        start, end = m.span(g)
        if g in ("p14", "p15", "p16", "p17", "p18"):  # a dwelling, a house or a part of the place: its shape says so
            place = (start, end)
        elif g not in ("p1", "p2"):  # the cue fixes the start
            head = _PLACE_HEAD.match(text, start, end) if g in ("p4", "p6") else None
            place = (head.end() if head else start, end)
            start = place[0]
            if not _named_place(text, start, end):
                continue
        else:
            place = _place_span(text, start, end)
            if place is None:
                continue
        out.append((*place, "CN_ADDRESS", 0.95, "rule:residence"))  # above the model's reading
        if g == "p10":
            who = _VISITOR.match(text, end)
            if who is not None and who.group("name")[0] in surnames()[0]:
                out.append((*who.span("name"), "PERSON", 0.9, "rule:resident"))
        if g == "p1":
            who = _PLACE_PERSON.match(text, end)
            if who is not None and not _NOT_IN_NAME.intersection(who.group("name")):
                out.append((*who.span("name"), "PERSON", 0.9, "rule:resident"))
    if "反映" in text or "投诉" in text or "举报" in text or "来电" in text:
        for m in _RESIDENTS_WHO_COMPLAINED.finditer(text):
            flat = _FLAT_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if flat is not None and (flat.start() == 0 or text[flat.start() - 1] not in "0123456789-"):
                out.append((*flat.span(), "CN_ADDRESS", 0.95, "rule:residence"))
    for m in _CHILD_SCHOOL.finditer(text):
        out.append((*m.span("org"), "ORGANIZATION", 0.9, "rule:child-school"))
    for m in _OWN_SCHOOL.finditer(text):
        out.append((*m.span("org"), "ORGANIZATION", 0.9, "rule:child-school"))
    out.extend(_named_bodies(text))
    out.extend(_named_companies(text))
    out.extend(address_cells(text))
    out.extend((*m.span(), "CN_ADDRESS", 0.9, "rule:dwelling") for m in _DWELLING.finditer(text))
    if "-" in text:
        out.extend((*m.span(), "CN_ADDRESS", 0.9, "rule:dwelling") for m in _PLACE_DWELLING.finditer(text))
    if "📍" in text or "位置" in text:
        out.extend((*m.span("place"), "CN_ADDRESS", 0.9, "rule:location-tag")
                   for m in _LOCATION_TAG.finditer(text))
    out.extend(_roster_rows(text))
    for m in _RESIDENCE_FIELD.finditer(text):
        start = m.end()
        same = _SAME_AS.match(text, start)
        if same is not None:
            start = same.end()  # | 通讯地址 | 同小区，幸福家园 |: the place after the note
        stop = _CELL_END.search(text, start)
        end = stop.start() if stop is not None else len(text)
        while end > start and text[end - 1] in " \t\u3000":
            end -= 1
        if 2 <= end - start <= 40 and not _NO_PLACE.fullmatch(text, start, end) \
                and "\u4e00" <= text[start] <= "\u9fff" and not _next_label(text, start, end):
            out.append((start, end, "CN_ADDRESS", 0.9, "field:residence"))
    return out


# The signature block of a letter: its last lines, a name with what goes with it, a date.
#   薛店镇西城关村 李建华 / 一个老百姓 老麻 / 张斌（焦作市第二中学） / then 2022/7/16 or 7月3日
_SIGN_LINE = re.compile(
    rf"""
    (?:(?P<place>[{HAN}]{{2,20}})[ \t\u3000]+)?         # where the writer lives, or who they are
    (?P<name>[{HAN}]{{2,4}})                            # the name
    (?:[（(](?P<unit>[^（()）\n]{{2,30}})[)）])?          # the writer's unit in brackets
    [ \t\u3000]*$
    """,
    re.VERBOSE,
)
_DATE_LINE = re.compile(
    r"""[ \t\u3000]*
    (?:[0-9]{4}[年./-][0-9]{1,2}[月./-][0-9]{1,2}[日号]?
      |[0-9]{1,2}月[0-9]{1,2}[日号]
      |[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[日号])
    [ \t\u3000]*$""",
    re.VERBOSE,
)
#: Words that describe the writer instead of naming a place (一个老百姓 老麻).
_WHO_WORDS = re.compile(r"(?:老百姓|群众|村民|居民|市民|业主|知情人|举报人|投诉人|反映人|一个|一位|一名)")


def _is_name(word: str) -> bool:
    if word.startswith(not_names()):  # 此致⏎敬礼: the closing formula, not a signature
        return False
    single, compound, _ = surnames()
    if word[:1] in "老小" and len(word) == 2:
        return word[1] in single  # 老麻, 小刘
    return word[:2] in compound or word[:1] in single


def signature_rules(text: str) -> list[Span]:
    """The last signature line of a letter (within its last 120 characters, before a date line
    or the end): PERSON for the name, CN_ADDRESS for a place before it, CN_WORKPLACE for the
    unit in brackets after it."""
    tail = max(0, len(text) - 120)
    lines = []
    pos = len(text)
    while pos > tail:  # the last non-empty lines, bottom up
        start = text.rfind("\n", 0, pos) + 1
        if text[start:pos].strip():
            lines.append((start, pos))
        pos = start - 1
        if len(lines) == 2:
            break
    if not lines:
        return []
    if len(lines) == 2 and _DATE_LINE.fullmatch(text, *lines[0]):
        start, end = lines[1]
    elif not _DATE_LINE.fullmatch(text, *lines[0]):
        start, end = lines[0]
    else:
        return []
    while start < end and text[start] in " \t\u3000":
        start += 1
    m = _SIGN_LINE.fullmatch(text, start, end)
    if m is None or not _is_name(m.group("name")):
        return []
    out: list[Span] = [(*m.span("name"), "PERSON", 0.85, "field:签名")]
    place = m.group("place")
    if place and not _WHO_WORDS.search(place) and re.search(_RESIDENCE_SUFFIX + "$", place):
        out.append((*m.span("place"), "CN_ADDRESS", 0.85, "field:签名"))
    if m.group("unit"):
        out.append((*m.span("unit"), "CN_WORKPLACE", 0.95, "field:签名"))
    return out


# A table whose header row names a column of persons (序号 | 举报者 | 被举报单位 …, cells
# split by bars or tabs): the cell under it in each row of the same width is a name, with
# any surname (the header says what it is), or a masked one; what follows it in brackets
# (张*（手机198****2754）) is not the name.
_NAME_COLUMNS = frozenset((
    "举报人", "举报者", "投诉人", "投诉者", "反映人", "来电人", "来信人", "信访人", "申请人",
    "获奖人", "受奖人", "领奖人", "申领人", "姓名", "举报人姓名", "获奖人姓名", "投诉人姓名", "举报人（化名）",
    # a column holding the name with its phone (韦英 183 8555 6337, 陈林/166…), 2026-12-02
    "举报人及联系方式", "举报人及联系电话", "举报人联系方式", "投诉人及联系方式", "反映人及联系方式",
    "来电人及联系方式", "举报人信息"))
_NAME_COLUMN_WORD = re.compile("|".join(sorted(_NAME_COLUMNS, key=len, reverse=True)))
_ROW_SPLIT = re.compile(r"[ \u3000]*[|｜\t][ \u3000]*")
_NAME_IN_CELL = re.compile(
    rf"""
    (?:[{HAN}]{{2,4}}                       # a name filling the cell,
      |[{HAN}]{{1,2}}[*＊×○〇Xx]{{1,3}})     # or a masked one (李**)
    (?=[（(]                                # then its note in brackets (（要求保密）),
      |[ /／，,、]*(?:[0-9]|\(\+|\+)         # or the phone that shares its cell (韦英 183…, 陈林/(+86)…),
      |$)                                   # or the cell's end
    """,
    re.VERBOSE,
)
_NOT_A_NAME_CELL = frozenset(("匿名", "保密", "不详", "群众", "村民", "居民", "市民", "网民", "某某", "化名"))


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of one table line as (start, end), outer bars dropped."""
    cells, at = [], start
    for m in _ROW_SPLIT.finditer(text, start, end):
        cells.append((at, m.start()))
        at = m.end()
    cells.append((at, end))
    if cells and cells[0][0] == cells[0][1]:
        cells = cells[1:]  # "| a | b |": nothing before the first bar
    if cells and cells[-1][0] == cells[-1][1]:
        cells = cells[:-1]
    return cells


_HEADER_TAIL = re.compile(r"(?:单位|金额|问题|内容|情况|时限|名称|事项|结果|方式|对象|时间|日期|编号|序号)$")


def _is_header(text: str, cells: list[tuple[int, int]], column: int) -> bool:
    """A header row: three cells or more, no digits, and most of the others labels too (a
    key-value row, | 举报人 | 熊杰 | 性别 | 男 |, holds values beside its labels)."""
    others = [text[s:e] for i, (s, e) in enumerate(cells) if i != column]
    if len(cells) < 3 or any(ch.isdigit() for o in others for ch in o):
        return False
    labels = sum(1 for o in others if _CELL_LABEL.search(o) or _HEADER_TAIL.search(o)
                 or o in _NAME_COLUMNS)
    return 2 * labels >= len(others)


def table_name_cells(text: str) -> list[Span]:
    """PERSON for each value cell under a person column of a table (see above)."""
    first = _NAME_COLUMN_WORD.search(text)
    if first is None or ("|" not in text and "｜" not in text and "\t" not in text):
        return []
    out: list[Span] = []
    column, width = -1, 0
    pos = text.rfind("\n", 0, first.start()) + 1  # from the first line that may be a header
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        cells = _cells(text, pos, end) if _ROW_SPLIT.search(text, pos, end) else []
        names = [i for i, (s, e) in enumerate(cells) if text[s:e] in _NAME_COLUMNS]
        if names and _is_header(text, cells, names[0]):
            column, width = names[0], len(cells)  # a header row (again)
        elif column >= 0 and len(cells) == width:
            s, e = cells[column]
            m = _NAME_IN_CELL.match(text, s, e)
            if (m is not None and m.group() not in _NOT_A_NAME_CELL
                    and not _CELL_LABEL.search(m.group())):
                out.append((m.start(), m.end(), "PERSON", 0.95, "field:column"))
        else:
            column = -1  # the table ended
        if nl < 0:
            break
        pos = nl + 1
    return out
