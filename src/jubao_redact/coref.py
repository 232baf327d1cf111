"""Coreference: which findings are the same person, number or place, and the partial mentions
recognizers do not report on their own.

- :func:`partial_mentions` adds findings for short forms of what was already found: the
  surname forms of a found full name (张建国 → 张先生, 老张, 张某, 张总), the last digits of a
  found or stated number (尾号5678, 身份证后四位), and chat speakers (``青山常在：…``) with
  their @mentions. One regex pass per kind over the text, whatever the number of findings.
- :func:`cluster_keys` gives each finding the keys it can be linked by: its normalised value
  (138-1234-5678 ≡ １３８１２３４５６７８), its surname for person mentions, its last four
  digits for numbers, the part below the district for addresses.

Nothing here decides a role; :mod:`jubao_redact.roles` propagates roles along the links.
"""

from __future__ import annotations

import bisect
from operator import attrgetter
import re
from dataclasses import dataclass
from functools import lru_cache

from presidio_analyzer import RecognizerResult

from jubao_redact.context import EVIDENCE_KEY
from jubao_redact.genre import QQ_HEADER, SPEAKER_LINE, looks_like_speaker
from jubao_redact.normalize import TextViews, fold_digits
from jubao_redact.recognizer import RULE_ID_KEY
from jubao_redact.resources import terms

COREF_RECOGNIZER = "CorefRecognizer"
RULE_PARTIAL_NAME = "JR301"
RULE_TAIL = "JR302"
RULE_SPEAKER = "JR303"

NUMBER_ENTITIES = frozenset({
    "CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "CN_QQ", "CN_BANK_CARD", "CN_PASSPORT",
    "CN_HK_MACAO_PERMIT", "CN_USCC",
})
VALUE_ENTITIES = NUMBER_ENTITIES | {"EMAIL_ADDRESS", "CN_WECHAT", "CN_SOCIAL_ACCOUNT", "URL",
                                    "IP_ADDRESS", "CN_LICENSE_PLATE", "ORGANIZATION",
                                    "CN_WORKPLACE"}
HAN = "\u4e00-\u9fff"

# Forms of address after a surname; they do not change whose the name is.
_TITLES = ("先生", "女士", "小姐", "同志", "师傅", "老师", "阿姨", "大爷", "大妈", "大姐", "大哥",
           "老板", "老总", "总", "经理", "厂长", "科长", "主任", "局长", "某某", "某")

# 尾号5678 / 身份证后四位1234 / 手机末4位：5678. The cue stays outside the span (the span is
# the digits, as the benchmark's gold and the label operator expect).
_TAIL = re.compile(
    r"""(?P<cue>尾号|后四位|后4位|末四位|末4位|最后四位)  # "the last digits are"
        (?:是|为)?[ \t：:]?                              # optional verb or colon
        (?P<digits>[0-9]{4})                             # exactly four digits (digit view)
        (?![0-9])                                        # not the start of a longer number
    """,
    re.X,
)
# What the tail is of: the words just before the cue.
_TAIL_KIND = (("身份证", "CN_ID_CARD"), ("证件", "CN_ID_CARD"), ("卡", "CN_BANK_CARD"),
              ("账号", "CN_BANK_CARD"), ("座机", "CN_LANDLINE"), ("固话", "CN_LANDLINE"))


@dataclass(frozen=True)
class Speaker:
    start: int
    end: int
    line_end: int  # end of the speaker's message (end of line)
    name: str      # the nickname (compared between lines; never logged)
    id_start: int = -1  # the QQ number of a QQ-export header (昵称(123456789) 时间)
    id_end: int = -1


def _result(entity: str, start: int, end: int, score: float, rule: str, cue: str) -> RecognizerResult:
    return RecognizerResult(entity, start, end, score, recognition_metadata={
        RecognizerResult.RECOGNIZER_NAME_KEY: COREF_RECOGNIZER,
        RULE_ID_KEY: rule,
        EVIDENCE_KEY: [f"coref:{cue}"],
    })


_HAN_CHAR = re.compile(f"[{HAN}]")


@lru_cache(maxsize=1)
def _compound_surnames() -> frozenset[str]:
    return frozenset(terms("terms/compound_surnames.txt"))


@lru_cache(maxsize=8192)
def surname_of(name: str) -> str | None:
    """Surname of a full name or a partial form (欧阳明 → 欧阳, 老张 → 张, 张先生 → 张)."""
    name = name.strip()
    if len(name) >= 2 and name[0] in "老小阿" and name[1] != "某":
        core = name[1:]
    else:
        core = name
        for t in _TITLES:
            if core.endswith(t) and len(core) > len(t):
                core = core[: -len(t)]
                break
    if not core or not re.fullmatch(f"[{HAN}]+", core):
        return None
    return core[:2] if core[:2] in _compound_surnames() else core[0]


@lru_cache(maxsize=8192)
def is_full_name(mention: str) -> bool:
    """张建国, 欧阳明: 2–4 Han characters and no title or 老/小 prefix."""
    m = mention.strip()
    if not re.fullmatch(f"[{HAN}]{{2,4}}", m):
        return False
    if m[0] in "老小阿" or "某" in m:
        return False
    return not any(m.endswith(t) for t in _TITLES)


def chat_headers(text: str) -> list[Speaker]:
    """Speakers of a chat export that heads each message with the nickname and the time
    alone on a line (``吴霞·二中队  2020-09-26 17:04:51``, ``杨华  17:39``), the message on the
    lines below, up to the next such heading. Only for a text already known to be a chat:
    elsewhere a name and a date on one line is a signature."""
    from jubao_redact.chat_speakers import _HEADER  # the detection's own heading pattern

    heads = []
    for m in _HEADER.finditer(text):
        tag = "2" if m.group("nick2") else "3" if m.group("nick3") else ""
        name = m.group("nick" + tag)
        if looks_like_speaker(name):
            heads.append((m.start("nick" + tag), m.end("nick" + tag), m.end(), name))
    out = []
    for k, (start, end, line_end, name) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        out.append(Speaker(start, end, max(line_end, stop - 1), name))
    return out


# A chat backup exported as a table: its header names the sender's column and the message's
# (时间 | 发送者 | 微信号 | 类型 | 内容), each row below is one message.
_TABLE_MESSAGE = frozenset(("内容", "消息内容", "消息", "聊天内容", "发言内容", "文本"))


@lru_cache(maxsize=1)
def _table_words() -> tuple[frozenset[str], frozenset[str], re.Pattern]:
    """The sender and account column words (values.yaml columns) and a regex for the first."""
    from jubao_redact.field_values import column_words

    senders = column_words("CN_SOCIAL_ACCOUNT")
    accounts = column_words("CN_WECHAT", "CN_QQ")
    return senders, accounts, re.compile("|".join(map(re.escape, sorted(senders, key=len, reverse=True))))


def chat_table_rows(text: str) -> list[Speaker]:
    """Senders of a chat backup exported as a table (one message a row, the sender's
    nickname and account in their columns): the row is the sender's turn."""
    from jubao_redact.field_values import bar_cells

    senders, accounts, sender_word = _table_words()
    out: list[Speaker] = []
    done = -1
    for word in sender_word.finditer(text):
        head0 = text.rfind("\n", 0, word.start()) + 1
        if head0 <= done:
            continue  # a line already read
        head1 = text.find("\n", word.end())
        head1 = len(text) if head1 < 0 else head1
        done = head0
        cells = bar_cells(text, head0, head1)
        labels = [text[a:b] for a, b in cells]
        sender = next((k for k, c in enumerate(labels) if c in senders), None)
        if sender is None or len(cells) < 3 or not any(c in _TABLE_MESSAGE for c in labels):
            continue
        account = next((k for k, c in enumerate(labels) if c in accounts), None)
        row0 = head1 + 1
        while row0 < len(text):
            row1 = text.find("\n", row0)
            row1 = len(text) if row1 < 0 else row1
            row = bar_cells(text, row0, row1)
            if len(row) != len(cells):
                break  # the table ends
            a, b = row[sender]
            if b > a:
                ida, idb = row[account] if account is not None and row[account][1] > row[account][0] else (-1, -1)
                out.append(Speaker(a, b, row1, text[a:b], ida, idb))
            row0 = row1 + 1
    return out


def chat_speakers(text: str) -> list[Speaker]:
    """Speaker names at the start of chat lines (``[08:15] 青山常在：…``)."""
    out = []
    for m in SPEAKER_LINE.finditer(text):
        name = m.group("speaker")
        if not looks_like_speaker(name):
            continue
        line_end = text.find("\n", m.end())
        # "：\n" puts the message on the next line
        if line_end == m.end():
            nxt = text.find("\n", line_end + 1)
            line_end = len(text) if nxt < 0 else nxt
        out.append(Speaker(m.start("speaker"), m.end("speaker"),
                           len(text) if line_end < 0 else line_end, name))
    if "(" in text or "（" in text:
        for m in QQ_HEADER.finditer(text):
            name = m.group("speaker")
            if not looks_like_speaker(name):
                continue
            # the message is the next line
            nxt = text.find("\n", m.end() + 1)
            line_end = len(text) if nxt < 0 else nxt
            qq = m.group("id").isdigit()
            out.append(Speaker(m.start("speaker"), m.end("speaker"), line_end, name,
                               m.start("id") if qq else -1, m.end("id") if qq else -1))
        out.sort(key=lambda sp: sp.start)
    return out


def nickname_repeats(text: str, results: list[RecognizerResult]) -> list[tuple]:
    """Other mentions of a found nickname (举报人（微信昵称“蓝天”）… then 蓝天 in the sender
    column of the chat record below it): the same account, so attribution clusters them.
    Where a name finding lies inside such a mention (the model read 麦田 of 麦田卫士 as a
    name), the mention replaces it: see :func:`with_nickname_repeats`. As (entity, start,
    end, score, rule, cue) rows: a result is made only for a repeat that is kept."""
    nicks = {text[r.start:r.end].lstrip("@") for r in results if r.entity_type == "CN_SOCIAL_ACCOUNT"}
    nicks = sorted(n for n in nicks if len(n) >= 2 and _HAN_CHAR.search(n))
    if not nicks:
        return []
    from jubao_redact.roles_cues import finditer_words, trie_regex  # (no import cycle)

    return [("CN_SOCIAL_ACCOUNT", m.start(), m.end(), 0.6, RULE_SPEAKER, "nickname-repeat")
            for m in finditer_words(text, nicks, trie_regex)]


def with_nickname_repeats(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """``results`` (sorted by start) plus the nickname repeats that no other finding covers;
    a person or organisation finding inside a repeat gives way to it."""
    return with_replacing(results, nickname_repeats(text, results))


def with_replacing(results: list[RecognizerResult], repeats: list,
                   weaker: tuple[str, ...] = ("PERSON", "ORGANIZATION")) -> list[RecognizerResult]:
    """``results`` (sorted by start) plus each of ``repeats`` (results, or (entity, start,
    end, score, rule, cue) rows) that no other result crosses; results of the ``weaker``
    kinds lying inside one give way to it. Most repeats are found as such already: they
    cost a bisect and no result object."""
    if not repeats:
        return results
    starts = [r.start for r in results]
    drop: set[int] = set()
    add = []
    for rep in repeats:
        if isinstance(rep, tuple):
            entity, a, b = rep[0], rep[1], rep[2]
        else:
            entity, a, b = rep.entity_type, rep.start, rep.end
        k = bisect.bisect_left(starts, a)
        if k < len(results) and results[k].start == a and results[k].end == b \
                and results[k].entity_type == entity:
            continue  # found as such already (most repeats)
        i = bisect.bisect_right(starts, b, k)
        inside, clash = [], False
        for j in range(max(0, i - 6), i):
            r = results[j]
            if r.end <= a or r.start >= b:
                continue
            if r.start == a and r.end == b and r.entity_type == entity:
                clash = True  # found as such already
                break
            if a <= r.start and r.end <= b and r.entity_type in weaker:
                inside.append(j)
            else:
                clash = True  # another finding crosses it: leave both as they are
                break
        if not clash:
            drop.update(inside)
            add.append(_result(*rep) if isinstance(rep, tuple) else rep)
    if not add:
        return results
    kept = [r for j, r in enumerate(results) if j not in drop] if drop else list(results)
    kept.extend(add)
    kept.sort(key=_START_END)
    return kept


_START_END = attrgetter("start", "end")


def partial_mentions(views: TextViews, results: list[RecognizerResult],
                     genre: str, names: tuple[str, ...] = (),
                     taken: list[tuple[int, int]] | None = None) -> list[RecognizerResult]:
    """Extra findings for short forms of what ``results`` found, and of the full ``names``
    a caller gave (never overlapping a result). ``taken``: the results' (start, end), sorted,
    if the caller has them already."""
    text = views.folded
    if taken is None:
        taken = sorted((r.start, r.end) for r in results)
    taken_starts = [a for a, _ in taken]
    extra: list[tuple] = []  # (entity, start, end, score, rule, cue): results are made
    # only for the extras that survive the overlap filter (most repeats overlap a finding)

    # The found full names and their surnames, in one look at the person findings.
    full: set[str] = set()
    found_surnames: set[str] = set()
    for r in results:
        if r.entity_type == "PERSON":
            value = text[r.start:r.end]
            if is_full_name(value):
                full.add(value.strip())
                s = surname_of(value)
                if s:
                    found_surnames.add(s)

    # Surname forms of found full names: one regex over the few surnames involved.
    surnames = sorted(found_surnames
                      | {surname_of(n) for n in names if is_full_name(n) and surname_of(n)},
                      key=len, reverse=True)
    if surnames:
        sur = "|".join(re.escape(s) for s in surnames)
        titles = "|".join(re.escape(t) for t in _TITLES)
        firsts = "".join(sorted({s[0] for s in surnames}))
        regex = re.compile(
            rf"""(?=[老小{firsts}])                               # skip other positions fast
                 (?:[老小](?<![{HAN}][老小])(?:{sur})              # 老张, 小张 …
                    (?:(?![{HAN}])|(?=[说讲称反映的家和也等是在那要让跟]))  # … alone or before a verb
                 |(?:{sur})(?:{titles}))                        # 张先生, 张某, 张总
            """,
            re.X,
        )
        for m in regex.finditer(text):
            extra.append(("PERSON", m.start(), m.end(), 0.6, RULE_PARTIAL_NAME, "surname"))

    # Other mentions of a found full name that the recognizers missed (员工管金凤投诉…): the
    # same person, so attribution clusters them. Three- and four-character names anywhere;
    # a two-character one only before a non-Han character or a verb (林洋说, 林洋，), not
    # before another Han character that could go on the name (林洋华).
    if full:
        from jubao_redact.roles_cues import finditer_words  # (no import cycle)

        for m in finditer_words(text, full, _full_name_regex):
            start, end = m.span()
            i = bisect.bisect_left(taken_starts, end)
            if i and taken[i - 1][1] > start:
                continue  # the mention a recognizer found itself (dropped below anyway)
            extra.append(("PERSON", start, end, 0.6, RULE_PARTIAL_NAME, "repeat"))

    # Name forms after a noun that names a person (负责人老叶, 获奖人小王).
    for matches in (_ROLE_NOUN_FORM.finditer(text), _FORM_BEFORE_VERB.finditer(text),
                    _salutation_names(text)):
        for m in matches:
            extra.append(("PERSON", m.start("form"), m.end("form"), 0.6, RULE_PARTIAL_NAME,
                                 "name-form"))

    # Last four digits of a number (digit view: 尾号五六七八 counts too).
    for m in _TAIL.finditer(views.digits):
        before = text[max(0, m.start() - 6) : m.start()]
        entity = next((e for word, e in _TAIL_KIND if word in before), "CN_MOBILE")
        extra.append((entity, m.start("digits"), m.end("digits"), 0.6, RULE_TAIL,
                             m.group("cue")))

    # Chat speakers and @mentions of them.
    if genre == "chat":
        speakers = chat_speakers(text)
        for sp in speakers:
            extra.append(("CN_SOCIAL_ACCOUNT", sp.start, sp.end, 0.6, RULE_SPEAKER,
                                 "speaker"))
            if sp.id_start >= 0:
                extra.append(("CN_QQ", sp.id_start, sp.id_end, 0.6, RULE_SPEAKER,
                                     "speaker-qq"))
        names = sorted({sp.name for sp in speakers}, key=len, reverse=True)
        if names:
            at = re.compile("@(?:" + "|".join(re.escape(n) for n in names) + ")")
            for m in at.finditer(text):
                extra.append(("CN_SOCIAL_ACCOUNT", m.start(), m.end(), 0.6,
                                     RULE_SPEAKER, "mention"))

    return [_result(*x) for x in _without_overlaps(extra, taken, taken_starts)]


_AFTER_SHORT_NAME = rf"(?=[^{HAN}]|[说讲称反映投举通的家和也等是在那要让跟])"


def _full_name_regex(full) -> re.Pattern:
    return re.compile(_full_name_pattern(set(full)))


def _full_name_pattern(full: set[str]) -> str:
    """Other mentions of the found full names: three- and four-character names anywhere
    (longest first), a two-character one only before a non-Han character or a verb.

    One branch per first character (张(?:建国|三丰|三(?=…))): the branches start with plain
    literals, so re skips to those characters by its own prefix set, with no lookahead guard
    (which costs a match attempt at every position). The same alternation as long names
    first, then the short ones: ``cL|cS`` is ``c(?:L|S)``, and only one first character can
    match at a position. 1 MB of complaints, 589 names: 26 -> 16 ms."""
    from jubao_redact.roles_cues import trie_pattern  # (no import cycle)

    by_first: dict[str, tuple[list[str], list[str]]] = {}
    for n in full:
        by_first.setdefault(n[0], ([], []))[len(n) == 2].append(n[1:])
    branches = []
    for first, (rest_long, rest_short) in sorted(by_first.items()):
        alts = [trie_pattern(rest_long)] if rest_long else []
        if rest_short:
            alts.append(f"(?:{trie_pattern(rest_short)}){_AFTER_SHORT_NAME}")
        branches.append(re.escape(first) + (alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"))
    return "(?:" + "|".join(branches) + ")"


# The commonest surnames (2020 household-registration frequency list, as in
# structured/person_familiar.yaml), for name forms that come with no full name.
_COMMON_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋"
                    "余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫"
                    "段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖")
# A name form right after a noun that always names a person (负责人老叶, 获奖人小王, 举报人王某):
# a person is meant even when no full name was found.
_ROLE_NOUN_FORM = re.compile(
    rf"""(?:负责人|法人|法定代表人|举报人|投诉人|反映人|来信人|信访人|获奖人|领奖人|申领人|
            受奖人|联系人|经办人|承办人|群众|市民|村民|居民)
         (?P<form>[老小][{_COMMON_SURNAMES}]
                 |[{_COMMON_SURNAMES}](?:某某|某|老板|老总|总|先生|女士|师傅)(?![某]))
    """,
    re.X,
)
# …，小王通过12369热线举报 / 阳某拨打…: a name form standing alone before a reporting verb,
# also one of two who report together (刘某与老刘共同举报…, 老郑和老王一起反映…).
# The form's first character is matched before the two readings (老|小 then a surname, or a
# surname then 某): a pattern that starts with a character class gives re its prefix set, so
# it skips other positions in C instead of trying a match at each (1 MB: 16 -> 5 ms, same
# matches; tests/test_name_form_regex.py checks it against the two-branch form).
_FORM_BEFORE_VERB = re.compile(
    rf"""(?P<form>[老小{_COMMON_SURNAMES}]
           (?:(?<=[老小])(?=[{_COMMON_SURNAMES}])(?<!(?![与和同跟])[{HAN}][老小])[{_COMMON_SURNAMES}]  # not
             |(?<=[{_COMMON_SURNAMES}])(?=某)(?<!(?![与和同跟])[{HAN}][{_COMMON_SURNAMES}])(?:某某|某)))  # inside a
                                                 # word, but after 与 (the next character tested first)
         (?=通过|拨打|联名|举报|投诉|反映|来电|来信|致电           # the verb right after
           |(?:共同|一起|一同|联合)(?:举报|投诉|反映)            # 老刘|共同举报
           |[与和同跟][^\n，,。；;]{{1,6}}?(?:共同|一起|一同|联合|联名)(?:举报|投诉|反映))  # 老刘|与X共同举报
    """,
    re.X,
)
# 曾想同志： alone on a line: the addressee of a reply (or letter) by full name.
_SALUTATION_NAME = re.compile(
    rf"""^[ \t\u3000]*(?P<form>[{_COMMON_SURNAMES}][{HAN}]{{1,2}})
         (?=(?:同志|先生|女士|先生/女士)(?:[（(/](?:先生|女士)[)）]?)?[ \t]*[：:][ \t]*$)""",
    re.M | re.X,
)
# The same pattern led by the newline before its line (the first line is matched on its own):
# its matches lie within one line, so they are the same, and re finds the newline by a fast
# search where ^ under re.M costs a test at every position (1 MB: 4.2 -> 1.3 ms).
_SALUTATION_NAME_LED = re.compile(r"\n" + _SALUTATION_NAME.pattern.lstrip()[1:], _SALUTATION_NAME.flags)


def _salutation_names(text: str) -> list[re.Match]:
    """``_SALUTATION_NAME.finditer(text)``, by the first line's match and the led pattern's."""
    first = _SALUTATION_NAME.match(text)
    return ([first] if first is not None else []) + list(_SALUTATION_NAME_LED.finditer(text))


_NAME_TITLE = re.compile("(?:" + "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True)) + ")")


def widen_name_forms(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """A person finding that is a bare surname followed by a form of address (邹|老板, 王|某)
    grows to take the form in: the name form goes whole, as the recognizers mean it to."""
    out = []
    for r in results:
        if r.entity_type == "PERSON" and 1 <= r.end - r.start <= 2:
            value = text[r.start:r.end]
            m = _NAME_TITLE.match(text, r.end)
            if m and surname_of(value) == value and (r.end - r.start == 1 or value in _compound_surnames()):
                r = RecognizerResult(r.entity_type, r.start, m.end(), r.score,
                                     analysis_explanation=r.analysis_explanation,
                                     recognition_metadata=r.recognition_metadata)
        out.append(r)
    return out


def _without_overlaps(extra: list[tuple], taken: list[tuple[int, int]],
                      taken_starts: list[int] | None = None) -> list[tuple]:
    """The extras ``(entity, start, end, …)`` that overlap neither a finding nor an earlier
    extra (sorted interval lists): in start order (longer first), an extra is dropped when
    the last span (finding or accepted extra) that starts before its end reaches past its
    start.

    An accepted extra starts after every span before it, so the accepted extras come in
    start order: the last span starting before x's end is the later of the last finding
    doing so (a binary search in ``taken``) and the last accepted extra, which was put after
    every finding starting before its own end (no list inserts: linear in the findings plus
    the extras)."""
    if taken_starts is None:
        taken_starts = [s for s, _ in taken]
    out = []
    last = None  # the last accepted extra's (start, end)
    for x in sorted(extra, key=lambda x: (x[1], x[1] - x[2])):
        start, end = x[1], x[2]
        i = bisect.bisect_left(taken_starts, end)  # findings starting before x ends
        prev = taken[i - 1] if i > 0 else None
        if last is not None and (prev is None or last[0] >= prev[0]):  # (a tie: an empty finding)
            prev = last
        if prev is not None and prev[1] > start:
            continue
        last = (start, end)
        out.append(x)
    return out


_ADDRESS_HEAD = re.compile(
    rf"""^(?:[{HAN}]{{2,8}}?(?:省|自治区))?        # 河南省
         (?:[{HAN}]{{2,8}}?(?:市|自治州|地区|盟))?  # 郑州市
         (?:[{HAN}]{{1,8}}?(?:区|县|旗))?           # 金水区
    """,
    re.X,
)


@lru_cache(maxsize=65536)  # mentions of one person or number recur in a document
@lru_cache(maxsize=8192)  # (a cluster's mentions repeat their value)
def value_key(entity: str, value: str) -> str | None:
    """The normalised value: equal keys are the same thing written differently."""
    v = fold_digits(value).strip()
    if entity in NUMBER_ENTITIES or entity in ("CN_LICENSE_PLATE", "IP_ADDRESS"):
        core = "".join(ch for ch in v if ch.isalnum()).upper()
        return f"{entity}:{core}" if core else None
    if entity == "CN_SOCIAL_ACCOUNT":
        return "SOCIAL:" + v.lstrip("@").lower()
    if entity in ("EMAIL_ADDRESS", "CN_WECHAT", "URL"):
        return f"{entity}:{v.lower()}"
    if entity in ("ORGANIZATION", "CN_WORKPLACE"):
        return "ORG:" + v
    if entity == "CN_ADDRESS":
        rest = v[_ADDRESS_HEAD.match(v).end():]
        return "ADDR:" + rest if len(rest) >= 4 else "ADDR:" + v
    if entity == "PERSON" and is_full_name(v):
        return "PERSON:" + v
    return None


@lru_cache(maxsize=8192)
def tail_key(entity: str, value: str) -> str | None:
    """Last four digits of a number (a tail mention links to its full number)."""
    if entity not in NUMBER_ENTITIES:
        return None
    digits = "".join(ch for ch in fold_digits(value) if ch.isdigit())
    return "TAIL:" + digits[-4:] if len(digits) >= 4 else None
