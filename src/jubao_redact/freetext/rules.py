"""Rules on top of the model: name forms, cue fields, signatures, demographics, employer.

Each rule returns ``(start, end, label, score, cue)`` tuples; ``cue`` names the rule
(never the matched value). Regexes are verbose, use explicit classes, and have no
nested quantifiers, so every one runs in linear time.
"""

from __future__ import annotations

import functools
import re

from jubao_redact.freetext.lexicons import surnames

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
    "|主席|总理|首相|总统|教授|院士|大夫|医生|副局长|副市长|副县长|副主任|会长|社长|董事长"
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
                  |(?<=[人众者叫是找给和与跟]))  # or after a role noun or a verb (群众老欧, 来信人老聂)
                 (?P<pre>[小老])(?P<name>{plain})  # only surnames that are not everyday words
                 (?:(?![{HAN}])               # then punctuation or the text's end,
                  |(?=[说讲称反映的家和也等是在拨打来去给让跟向举投]))  # or a verb / particle (老刘说, 老欧拨打)
            """,
            re.VERBOSE,
        ),
    }


# Field labels and phrases after which a person's name follows.
_CUE = re.compile(
    r"""(?P<cue>
          姓名|举报人|投诉人|联系人|来电人|反映人|信访人|申请人|当事人|报案人|署名|签名|落款|
          (?:举报|投诉|反映|来电|来信|信访|申请)者|    # the same labels written with 者 (举报者：)
          我叫|本人叫|我的名字是|我是
        )
        (?P<sep>[：:]?[ \t]*)       # optional colon and spaces of a form field
    """,
    re.VERBOSE,
)
#: Characters that cannot continue a name (so a cue-field name stops there).
_NOT_NAME = set(
    "的是在家住男女电联反称说向于和与及等今现因对从身年岁村市县镇区路号省先生某手号码址话，。、；："
)


#: Suffixes of administrative divisions (省 province … 村 village).
_DIVISION_SUFFIX = frozenset("省市县区镇乡村州旗盟")


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
    if strict and "\u4e00" <= text[end : end + 1] <= "\u9fff" and text[end] not in _NOT_NAME:
        return pos  # 举报人符合奖励条件: the run goes on into a word, it is no name
    return end if end - pos >= 2 else pos


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
_PERSON_NOUN_END = frozenset("者人众民员")
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
        out.append((start, e, "PERSON", 0.9, "lexicon:mask"))
    return out


def person_rules(text: str) -> list[Span]:
    """PERSON spans from name forms, cue fields and a signature line."""
    out: list[Span] = []
    pats = _patterns()
    single = surnames()[0]
    for m in _near_anchors("title", text):
        g = "name" if m.group("name") else "name2"
        s0 = m.start(g)
        before = text[max(0, s0 - 2) : s0]
        if m.end(g) - s0 == 1 and any(ch in single for ch in before):
            continue  # the char may end a full name (李赋[宁]先生); the model decides
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
        if end > m.end():
            out.append((m.end(), end, "PERSON", 0.95, "field:" + m.group("cue")))
    out.extend(_signature(text))
    out.extend(_masked_names(text))
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
    | [0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?出生       # birth date
    | 生于[0-9]{4}年(?:[0-9]{1,2}月)?
    """,
    re.VERBOSE,
)


def demographic_rules(text: str) -> list[Span]:
    """DEMOGRAPHIC: sex, age, ethnicity, birth date stated about a person."""
    out = []
    for m in _DEMOGRAPHIC.finditer(text):
        group = next((g for g in ("sex", "age", "eth") if m.group(g) is not None), 0)
        out.append((m.start(group), m.end(group), "DEMOGRAPHIC", 0.85, "rule:demographic"))
    return out


def workplace_rules(text: str, orgs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ORGANIZATION spans that are the writer's (or household's) employer."""
    from jubao_redact.freetext.workplace import workplace_spans

    return workplace_spans(text, orgs)


# Offices and roles after which news and complaint text usually give a name
# (德国总理科尔, 记者江建国, 村民徐洋, 厂长张某). Longest first where one ends another.
_NAME_CUE = re.compile(
    r"""(?:
          副?总统|副?总理|首相|外长|外交部长|国务卿|外交大臣|大臣|部长|议长|国王|女王
        | 总书记|书记|主席|委员长|秘书长|发言人|大使|参议员|众议员|议员|州长|市长|省长
        | 县长|镇长|村长|厂长|经理|董事长|总裁|主任|局长|处长|科长|所长|站长|队长
        | 主教练|教练|球员|选手|前锋|后卫|门将|名将|外援|球星|作家|诗人|画家|教授|院士
        | 记者|主编|法官|律师|医生|村民|居民|农民|职工|负责人|法定代表人|法人|老板|司机
        | 员工|烈士|将军|元帅|司令|少将|中将|上将|夫人|妻子|丈夫|儿子|女儿|父亲|母亲
        )
        (?=[\u4e00-\u9fff])      # a han char follows: the name may start there
    """,
    re.VERBOSE,
)


def name_cue_positions(text: str) -> list[int]:
    """Positions right after an office or role word (where a name often starts)."""
    return [m.end() for m in _NAME_CUE.finditer(text)]
