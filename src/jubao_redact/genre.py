"""Document genre: hotline record, letter, web form, chat log, transfer sheet, notice, reward
notice or census record.

The genre changes what an unmarked field means: ``联系电话：`` in a web form is the reporter's,
at the foot of a 答复 it is the agency's, in a census form the enterprise's. Markers live in
``recognizers/roles/genres.yaml``; one regex pass over the text counts them (head markers
count three times in the first :data:`HEAD` characters), and a chat log is also recognised by
its shape (several ``昵称：`` speaker lines).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from jubao_redact.roles_cues import genre_table, scan_of, trie_pattern, trie_regex

GENRES = ("hotline", "letter", "webform", "chat", "transfer", "notice", "reward", "census")
HEAD = 200
DEFAULT = "letter"

# A chat line: optional time stamp, a short speaker name, then a colon. Used only to count
# lines that look like chat; the speakers themselves are found by coref.chat_speakers.
SPEAKER_LINE = re.compile(
    r"""^[ \t]*
        (?:\[?[0-9]{1,4}[-/:年月日时点 0-9]{0,18}[0-9分秒点]\]?[ \t]+)?  # 2023-05-01 12:30 / [08:15]
        (?P<speaker>[^\s：:|，,。【】]{1,16})   # the speaker: no spaces, colons, table bars
        (?:[(（][^()（）\n]{1,8}[)）])?          # (real name) as WeChat shows it
        (?:[ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?   # or the time after the name (明月人家 17:47：)
        [ \t]*[：:](?![0-9])                   # the colon (not the one inside 12:30)
    """,
    re.X | re.M,
)
# The same pattern led by the newline before its line (the first line is matched on its
# own): its matches lie within one line, so they are the same, and re finds a literal first
# character by a fast search where ^ costs a test at every position (300 KB: 5.5 -> 4.7 ms).
_SPEAKER_LINE_LED = re.compile(r"\n" + SPEAKER_LINE.pattern.lstrip()[1:], SPEAKER_LINE.flags)
# A QQ-style export header: the nickname, the QQ number (or mail address) in brackets and
# the time, alone on the line; the message follows on the next line.
#   青山常在(123456789) 2023-05-01 12:30:45
QQ_HEADER = re.compile(
    r"""^[ \t]*
        (?P<speaker>[^\s()（）：:|，,。【】]{1,16})
        [(（](?P<id>[1-9][0-9]{4,10}|[A-Za-z0-9._-]{1,40}@[A-Za-z0-9.-]{1,40})[)）]
        [ \t]+[0-9]{2,4}[-/年.][0-9]{1,2}[-/月.][0-9]{1,2}日?[ \t]*[0-9]{1,2}[:时][0-9]{1,2}
        (?:[:分][0-9]{0,2}秒?)?[ \t]*$
    """,
    re.X | re.M,
)


@dataclass(frozen=True)
class Genre:
    name: str
    evidence: tuple[str, ...]  # markers that decided it (never text values)


@lru_cache(maxsize=1)
def _marker_regex() -> tuple[re.Pattern, dict[str, list[tuple[str, str]]]]:
    table = genre_table()["genres"]
    owners: dict[str, list[tuple[str, str]]] = {}
    for genre, markers in table.items():
        for kind in ("head", "body"):
            for word in markers.get(kind) or ():
                owners.setdefault(word, []).append((genre, kind))
    for word in genre_table().get("not_markers") or ():
        owners.setdefault(word, [])  # a longer word that holds a marker and counts for nothing
    # a plain trie: re's own prefix set skips to the markers' first characters (no
    # IGNORECASE), faster than a first-character guard (21 -> 15 ms per MB, same matches)
    return re.compile(trie_pattern(owners)), owners


@lru_cache(maxsize=1)
def _marker_scan():
    """The marker regex's matches found by a :class:`~jubao_redact.roles_cues.WordScan`
    (1 MB: 18 -> 6 ms)."""
    return scan_of(_marker_regex()[1], trie_regex)


# The sides of a service chat (我：… / 客服：… / 12369小助手：…): chat lines, though not accounts.
_DIALOGUE_SIDE = re.compile(
    r"我|客服|坐席|工作人员|接线员|话务员|值班员"
    r"|[0-9A-Za-z\u4e00-\u9fff]{0,8}(?:客服|小助手|助手|机器人)")

# Form field names end like this; a chat speaker (nickname) does not.
_FIELD_END = re.compile(r"(?:时间|日期|类型|编号|名称|号码|内容|描述|情况|事项|地址|电话|单位|链接|代码|人)$")


# A title line: short, no sentence punctuation, no field colon (…来信的回复, 答复意见书).
_NOT_TITLE = re.compile(
    r"""[，,。！？!?；;：]
        |:(?!//)        # a field colon, not the one of a site address in the title (http://…)
        |[^\n]{61}       # too long for a title
    """, re.X)


_SPACED_TITLE = re.compile(r"^[ \t\u3000]*(?:[\u4e00-\u9fff][ \u3000]{1,3}){3,}[\u4e00-\u9fff][ \t\u3000]*$", re.M)


def _title_line(text: str, pos: int) -> bool:
    line0 = text.rfind("\n", 0, pos) + 1
    line1 = text.find("\n", pos)
    line1 = len(text) if line1 < 0 else line1
    gap = _COLUMN_GAP.search(text, pos, line1)
    if gap is not None:  # 普查数据质量抽查复核表    抽查单位:…: the title, then a field beside it
        line1 = gap.start()
    return _NOT_TITLE.search(text, line0, line1) is None


_COLUMN_GAP = re.compile(r"\t|[ \u3000]{3,}")


# A "label：value" or "label  value" line with a short label: a form's field line.
_FIELD_LINE = re.compile(
    r"""^[ \t\u3000]*
        (?:[【\[][\u4e00-\u9fffA-Za-z][^】\]\n]{0,11}[】\]][ \t\u3000]*   # 【label】value, no colon
         |[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z\- \u3000（）()]{0,11}     # label (（选填）…)
          (?:[：:]|[ \t\u3000]{2,}))                              # then a colon or a column gap
        \S""", re.M | re.X)
# More fields after the first on the same line: 投诉人姓名：X；居住地址：Y；
_MORE_FIELDS = re.compile(r"[；;][ \t\u3000]*[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z（）()]{0,11}[：:]\S")
_LINE = re.compile(r"^[ \t\u3000]*\S", re.M)
# A WeChat/QQ group's name as the title (业主交流群, XX村老乡群（截图转文字）): a chat export.
_GROUP_TITLE = re.compile(
    r"""[ \t\u3000]*[^\s，,。：:|【】]{2,14}群       # the group's name (2+ characters) ends in 群
        (?:[（(][^()（）\n]{1,10}[)）])?              # (截图转文字), (聊天记录)
        [ \t\u3000]*(?:\n|$)""", re.X)


# A case system's record as its API returns it: the text is one JSON object or array.
_JSON_RECORD = re.compile(r'[ \t\r\n]*[\[{][ \t\r\n]*(?:\{[ \t\r\n]*)?"[^"\n]{1,40}"[ \t]*:')

# The header row of a roster of units (a census 名录 exported as CSV or a table): its cells
# name the unit, its credit code and its industry. A roster of units is the census's.
_HEADER_CELLS = re.compile(r"[ \t]*[,，|\t][ \t]*")
_ROSTER_COLUMNS = (("单位名称", "企业名称", "普查对象名称"), ("统一社会信用代码", "信用代码"),
                   ("行业代码", "行业类别", "行业名称"))


def _census_roster(text: str) -> bool:
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    cells = {c.strip('"') for c in _HEADER_CELLS.split(text[start:end if end >= 0 else len(text)])}
    return len(cells) >= 4 and all(any(name in cells for name in names) for names in _ROSTER_COLUMNS)


def _form_like(text: str) -> bool:
    """Most lines are short-label fields (反映人：…, 性 别  男, 【涉事企业】…, several ；-separated
    fields on a line): a filled-in form with no title, which a citizen's own letter never is."""
    lines = _FIELD_LINE.findall(text)
    fields = len(lines) + len(_MORE_FIELDS.findall(text))
    return fields >= 5 and len(lines) * 2 >= len(_LINE.findall(text))


@lru_cache(maxsize=8192)
def looks_like_speaker(name: str) -> bool:
    """A chat speaker name, not a form field label (举报人姓名, 提交时间, 性别/年龄…).

    Cached: a pure function of the name (fixed tables), and a chat repeats its few speakers
    on every line (genre detection and coref ask for the same names again and again)."""
    from jubao_redact.roles_cues import cue_table

    from jubao_redact.chat_speakers import is_label_not_speaker

    if _FIELD_END.search(name) or is_label_not_speaker(name):
        return False
    return cue_table().regex["left"].search(name) is None


def _at_least(items: list[str], need: int, test) -> bool:
    """Do at least ``need`` of ``items`` pass ``test``? Stops as soon as the answer is known
    (reached, or no longer reachable with the items left): the same answer as counting all."""
    left = len(items)
    if left < need:
        return False
    got = 0
    for item in items:
        left -= 1
        if test(item):
            got += 1
            if got >= need:
                return True
        elif got + left < need:
            return False
    return False


def detect_genre(text: str) -> Genre:
    """The most likely genre of ``text`` (ties: the order of genres.yaml; nothing: letter)."""
    regex, owners = _marker_regex()
    order = list(genre_table()["genres"])
    scores = {g: 0 for g in order}
    headed: set[str] = set()
    agency = set(genre_table().get("agency_genres", ()))
    # an agency's title is one of its first three lines (after the agency's name and a document
    # number) and reads as a title: 请…调查处理情况 in a letter's first sentences is not one
    title_end, lines = -1, 0
    while lines < 3:
        nxt = text.find("\n", title_end + 1)
        if nxt < 0:
            title_end = len(text)
            break
        lines += bool(text[title_end + 1 : nxt].strip())  # blank lines do not count
        title_end = nxt
    title_end = min(HEAD, title_end)
    first: dict[str, str] = {}
    matches = list(_marker_scan().finditer(text))
    rest = len(matches)  # the first marker past the head (none: len(matches))
    for i, m in enumerate(matches):
        if m.start() >= HEAD:  # (title_end <= HEAD) no head weight from here on: see below
            rest = i
            break
        for genre, kind in owners[m.group(0)]:
            head_end = title_end if genre in agency else HEAD
            weight = 3 if kind == "head" and m.start() < head_end else (1 if kind == "body" else 0)
            if weight == 3 and genre in agency and not _title_line(text, m.start()):
                weight = 0
            if weight:
                scores[genre] += weight
                first.setdefault(genre, m.group(0))
                if weight == 3:
                    headed.add(genre)
    # Past the head only body markers count, one each: the words are counted, then looked
    # up once per distinct word, in order of first appearance (for ``first``).
    for word, count in Counter([m.group() for m in matches[rest:]]).items():
        for genre, kind in owners[word]:
            if kind == "body":
                scores[genre] += count
                first.setdefault(genre, word)
    # a letter-spaced title (答 复 意 见 书) is read without its spaces
    for m in _SPACED_TITLE.finditer(text, 0, title_end):
        for word in regex.findall(re.sub(r"[ \u3000]+", "", m.group(0))):
            for genre, kind in owners[word]:
                if kind == "head" and genre not in headed:
                    scores[genre] += 3
                    first.setdefault(genre, word)
                    headed.add(genre)
    if "census" in scores and "census" not in headed and _census_roster(text):
        scores["census"] += 3  # a roster of units' header row is the census's title
        first.setdefault("census", "roster-header")
        headed.add("census")
    if "chat" in scores:
        start = len(text) - len(text.lstrip())
        if "chat" not in headed and _GROUP_TITLE.match(text, start):
            scores["chat"] += 3  # a group's name alone on the first line is a chat's title
            first.setdefault("chat", "group-title")
            headed.add("chat")
        newlines = text.count("\n")
        # the speaker test is the costly part: run it only if enough lines could be chat.
        # Each speaker line holds a colon and each QQ header an opening bracket, so their
        # counts bound the number of matches: too few, and the scan could not reach its bar.
        # (a transcribed screenshot has noise lines between the messages: five speaker lines
        # in a third of the lines make a chat too)
        chat_lines = False
        colons = text.count(":") + text.count("：")
        if colons >= 3 and colons * 3 >= newlines:
            first_line = SPEAKER_LINE.match(text)
            # (findall: the pattern's one group is the speaker, its strings made in C)
            candidates = ([first_line.group("speaker")] if first_line is not None else []
                          ) + _SPEAKER_LINE_LED.findall(text)
            if len(candidates) >= 3 and len(candidates) * 3 >= newlines:
                # lines >= 3 and 2 * lines >= newlines, or lines >= 5 and 3 * lines >= newlines
                need = min(max(3, -(-newlines // 2)), max(5, -(-newlines // 3)))
                chat_lines = _at_least(
                    candidates, need, lambda s: looks_like_speaker(s) or _DIALOGUE_SIDE.fullmatch(s))
        brackets = text.count("(") + text.count("（")
        if not chat_lines and brackets >= 3 and brackets * 3 >= newlines:
            candidates = [m.group("speaker") for m in QQ_HEADER.finditer(text)]
            if len(candidates) >= 3 and len(candidates) * 3 >= newlines:
                chat_lines = _at_least(candidates, max(3, -(-newlines // 3)), looks_like_speaker)
        if chat_lines:
            scores["chat"] += 4
            first.setdefault("chat", "speaker-lines")
    # An agency genre needs a head marker (a title); else the best complaint genre wins.
    for g in agency:
        if g in scores and g not in headed:
            scores[g] = 0
    best = max(order, key=lambda g: (scores[g], -order.index(g)))
    if scores[best] == 0:
        if "webform" in scores and _JSON_RECORD.match(text):
            return Genre("webform", ("genre:webform:json-record",))
        if "webform" in scores and _form_like(text):
            return Genre("webform", ("genre:webform:field-lines",))
        return Genre(DEFAULT, ("genre:default",))
    return Genre(best, (f"genre:{best}:{first[best]}",))
