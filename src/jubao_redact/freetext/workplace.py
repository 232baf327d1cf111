"""CN_WORKPLACE: which organisations a complaint names as the reporter's own employer.

"我在XX厂上班" narrows the reporter down to the staff of one employer, often a few dozen
people, and a worker reporting on a neighbour of their employer is easy to pick out. The
tagger finds ORGANIZATION spans; this says which of them stand where complaints name the
writer's (or their household's) workplace: after a first-person or reporter subject and
before a verb of working (我在…上班, 来电者自述在…干活, 我系…退休职工), in a form field
for the reporter's unit (工作单位：, 所在单位, 反映人单位：, value maybe on the next line),
as an employee noun before the complainant's name (…医院员工李兵投诉…), or in brackets
after the reporter (申领人老陈（…）). A reported company is never one of these: fields
for it (被举报单位, 涉事单位) and third persons' employers are left alone.
"""

from __future__ import annotations

import bisect
import re

from jubao_redact.freetext.lexicons import common_words, surnames

# Who the sentence is about: the writer, their household, or the reporter named by role.
_SELF = r"""
    (?:(?:我|俺)(?:爱人|丈夫|老公|妻子|老婆|媳妇|父亲|母亲|爸|妈|儿子|女儿|闺女|家人)?|本人
      |来电者|来电人|来信人|反映人|举报人|投诉人|申领人|当事人)
"""

_NARRATIVE = re.compile(
    rf"""
    (?=[我俺本来反举投申当，,、车]|(?<=说))  # speed only: where a branch below can start, so that
                                          # re tests one class at most positions, not each branch
    (?: {_SELF}
        (?:自述|自称|表示|称|说)?(?:自己)?   # 来电者自述在…, 来电人表示自己在…
      | [，,、]                             # or a clause going on about the writer: ，在…上班
      | (?:车|车辆|我的车|本人车辆)是?挂靠     # a driver's truck registered with a haulier (车是挂靠在X名下)
      | (?<=说)(?:[老小][\u4e00-\u9fff]|[\u4e00-\u9fff](?:某{{1,2}}|先生|女士))   # 其老伴说老任在…值班:
                                                                  # the one called back
    )
    (?:现|目前|一直|原|曾|现在)?(?:是)?(?:在|于|系|是|为|替)   # 我在 / 我系 / 我是 / 是替X跑业务
    """,
    re.VERBOSE,
)
# What the writer does there: the span only counts with one of these right after it.
_WORKING = re.compile(
    r"""
    (?:上班|工作|打工|务工|任职|干活|上岗|退休|值班|跑车|开车|跑运输|拉货|名下|跑业务   # a driver's (在X跑车)
      |的?(?:退休)?(?:职工|员工|工人|退休人员|医生|护士|教师|老师|司机|保安|会计
               |乡村医生|村医|大夫|药剂师|店员|营业员|厨师|服务员|骑手|快递员)
      |当[\u4e00-\u9fff]{1,4}[。，,；;\n]             # 在…当会计。
      |(?:[\u4e00-\u9fff]{1,3}年级)?(?:[0-9一二三四五六七八九十]{1,2}班)?的?(?:小学生|中学生|学生)  # 我是X中学七年级5班的学生
      |的(?=[，,。；;！!\n]))                          # 我是X物流有限公司的，住…: one of its people
    """,
    re.VERBOSE,
)
_FIELD = re.compile(
    r"""
    (?=[工所就任反举投来申本代])                      # speed only: the labels' first characters
                                                     # (the look-behinds kept re from skipping)
    (?<!被)(?<!涉事)(?<!问题)                         # 被举报单位, 涉事单位: the reported party,
    (?<!被举报人)(?<!被投诉人)(?<!负责人)(?<!法人)        # 被举报人所在单位: theirs, not the reporter's
    (?:工作|所在|就职|任职|反映人|举报人|投诉人|来电人|来信人|申请人|申领人|本人|代表)
    单位(?:名称)?
    (?P<job>及(?:岗位|职务|职业|工种))?                 # 所在单位及岗位：X公司司机: the unit, then the job
    [ \t]*(?:[(（]选填[)）])?[ \t]*                   # 工作单位（选填）
    [】\]]?[ \t]*[:：|｜]?[ \t]*\n?[ \t]*              # 【所在单位】 / 所在单位： / | 工作单位 | …
                                                     # / the value on the next line
    """,
    re.VERBOSE,
)
# …人民医院员工李兵投诉…: the complainant introduced by where they work; or a person
# described as 举报人唐雪，女，52岁，…员工。
_EMPLOYEE_OF = re.compile(
    r"""
    (?:的)?(?:退休)?(?:职工|员工|工人)
    (?: [\u4e00-\u9fff]{2,3}?                        # their name, then what they did
        (?P<did>投诉|举报|反映|来电|来信|实名)
      | [。，,；;\n] )                                 # or the end of a description
    """,
    re.VERBOSE,
)
# …or the writer introducing themselves just before it: 本人巴飞，获嘉县农村信用合作社职工.
_SELF_INTRODUCED = re.compile(rf"{_SELF}[\u4e00-\u9fff]{{0,4}}[，,]$", re.VERBOSE)
# ...and that description: a sex, an age or an ethnicity just before the organisation.
_DESCRIBED = re.compile(r"(?:[男女]|[0-9]{1,3}岁|[\u4e00-\u9fff]{1,3}族)[，,、 ]$")
# 申领人老陈（…）, 举报人王某(…): the reporter's unit in brackets after them.
_AFTER_REPORTER = re.compile(
    r"""
    (?:申领人|举报人|投诉人|反映人|来电人|来信人)
    [^（(\n，,。]{1,6}                                # the reporter's name or pseudonym
    [（(]
    """,
    re.VERBOSE,
)


# 我单位是…, 我的工作单位是…: the writer says which unit is theirs.
_UNIT_IS = re.compile(
    rf"""
    (?=[我俺本来反举投申当])              # speed only: the first characters of _SELF's words
    {_SELF}(?:的|们)?(?:工作)?单位
    (?:是|为|在|就是)                                 # 我单位是新乡市供电公司
    """,
    re.VERBOSE,
)


# Where a field's value ends: the line, a field separator, a wide gap, the next 【label】.
_VALUE_END = re.compile(r"[\n\t；;|｜，,。]|[ \t\u3000]{2,}|【")
# Values that name no unit: the field was left empty or withheld, or the "value" is the
# next column's label (| 反映人单位 | 问题属地 | in a table's header row).
_NO_VALUE = re.compile(r"[无不未/\-—－]|保密|匿名|略|暂无|不详|空")
_LABEL_TAIL = re.compile(
    r"(?:属地|主体|代码|单位|人|电话|号码|时间|日期|地址|类型|类别|事项|内容|诉求|编号|名称|对象|证件号)$")


# A unit's name, then a job of up to six characters (河南永兴造纸股份有限公司|仓库保管员).
_UNIT_BEFORE_JOB = re.compile(
    r"(?P<unit>[^\n]{2,34}(?:公司|厂|合作社|集团|医院|卫生院|学校|中学|小学|中心|站|局|所|社|场|店|院))"
    r"[\u4e00-\u9fff]{1,6}$")


def workplace_fields(text: str) -> list[tuple[int, int]]:
    """Values of the reporter's unit fields (所在单位：…, 【工作单位（选填）】…), whatever the
    tagger made of them: the field says what they are, even when the model sees no company
    in 郑州市供电公司 or calls a 卫生院 an address."""
    out = []
    for m in _FIELD.finditer(text):
        start = m.end()
        stop = _VALUE_END.search(text, start)
        end = stop.start() if stop is not None else len(text)
        while end > start and text[end - 1] in " \t\u3000":
            end -= 1
        if m.group("job"):
            unit = _UNIT_BEFORE_JOB.match(text, start, end)
            if unit is not None:
                end = unit.end("unit")  # X股份有限公司|司机: the job is not the unit's name
        if (2 <= end - start <= 40 and not _NO_VALUE.match(text, start)
                and not _LABEL_TAIL.search(text, start, end)):
            out.append((start, end))
    return out


# The model may drop the head of a unit's name: its place (获嘉县|农村信用合作社) or its
# trade name (我儿子在开元商品|混凝土有限公司干活). A workplace starts where its cue ends, or
# takes back a division name glued before it.
_MAX_HEAD = 8
_DIVISION_END = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|镇|乡)$")


def _with_head(text: str, s: int) -> int:
    """``s`` moved back over a division name glued before the unit (…，获嘉县农村信用合作社)."""
    at = s
    while at > 0 and s - at < _MAX_HEAD and "\u4e00" <= text[at - 1] <= "\u9fff":
        at -= 1
    if at < s and (at == 0 or not "\u4e00" <= text[at - 1] <= "\u9fff"):
        if _DIVISION_END.fullmatch(text, at, s):
            return at
    return s


# 我是谭氏养蜂场的谭杨，…: the writer names themselves as one of the unit's people.
_MEMBER_NAME = re.compile(r"的(?P<name>[\u4e00-\u9fff]{2,3})[，,。；;（(]")


def _signed_member(text: str, end: int) -> bool:
    """After 我是X: X's 的 and a name that starts with a surname (not 的邻居, 的员工 …), X not a
    company or a plant (我是华康公司的王强 is how the plant's people speak to a complainant)."""
    m = _MEMBER_NAME.match(text, end)
    return (m is not None and m.group("name")[0] in surnames()[0] and m.group("name") not in common_words()
            and not text.endswith(("公司", "厂", "集团"), 0, end))


def workplace_spans(text: str, orgs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The reporter's workplaces among the ORGANIZATION spans (start, end) in ``orgs``, each
    with the head of its name the model may have left out (the start may be earlier than the
    span's; the end is always one of the spans' ends)."""
    ends = {s: e for s, e in orgs}
    starts = sorted(ends)
    out = set()
    for m in _NARRATIVE.finditer(text):
        e = ends.get(m.end())
        if e is None:  # the span may start a few Han characters after the cue
            i = bisect.bisect_right(starts, m.end())
            if i < len(starts) and starts[i] - m.end() <= _MAX_HEAD and all(
                    "\u4e00" <= c <= "\u9fff" for c in text[m.end() : starts[i]]):
                e = ends[starts[i]]
        if e is not None and (_WORKING.match(text, e) or _signed_member(text, e)):
            out.add((m.end(), e))
    for cue in (_FIELD, _AFTER_REPORTER, _UNIT_IS):
        for m in cue.finditer(text):
            e = ends.get(m.end())
            if e is not None:
                out.add((m.end(), e))
    for s, e in orgs:
        m = _EMPLOYEE_OF.match(text, e)
        if m is None:
            continue
        head = _with_head(text, s)
        if (m.group("did") or _DESCRIBED.search(text, max(0, s - 6), s)
                or _SELF_INTRODUCED.search(text, max(0, head - 12), head)):  # 本人巴飞，…职工，住…
            out.add((head, e))
    return sorted(out)
