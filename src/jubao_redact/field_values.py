"""Values of reporter fields that recognizers missed (``住址：…``, ``工作单位：…``, ``现住…``).

A reporter's address or employer written after its field name is the reporter's whatever it
looks like; when the free-text recognizer does not find it, leaving it would leak. This
module turns the value after such a cue into a finding of the entity the cue names
(``recognizers/roles/values.yaml``); role attribution then decides its role from the same cue.
One regex pass over the text; each value ends at the clause end, a table bar, or an end
word (…的住户, 在…上班), and is at most :data:`MAX_VALUE` characters.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from presidio_analyzer import RecognizerResult

from jubao_redact.context import EVIDENCE_KEY
from jubao_redact.normalize import fold_width
from jubao_redact.recognizer import RULE_ID_KEY
from jubao_redact.resources import data_file, load_yaml, terms
from jubao_redact.roles_cues import cue_table, fold_pronouns, padded, scan_of, trie_pattern

FIELD_RECOGNIZER = "FieldValueRecognizer"
RULE_ID = "JR304"
MAX_VALUE = 40
_LABEL_PREFIX = re.compile(r"[ \t\u3000【\[［〔]*[\u4e00-\u9fff]{0,5}")  # what may stand before a label
_STOP = re.compile(r"[，,。；;！!？?\n\t|（(）)、]")   # a value never runs past these


@dataclass(frozen=True)
class _Rule:
    entity: str
    field_only: bool
    needs_end: bool
    needs_end_unless_field: bool
    ends: tuple[str, ...]
    max_len: int
    pattern: re.Pattern | None  # the value must match this whole (an address's shape)


@lru_cache(maxsize=1)
def _table() -> tuple[object, dict[str, list[_Rule]], None]:
    data = load_yaml(data_file("roles/values.yaml"))
    rules: dict[str, list[_Rule]] = {}
    for item in data.get("values", []):
        rule = _Rule(item["entity"], bool(item.get("field_only")), bool(item.get("needs_end")),
                     bool(item.get("needs_end_unless_field")), tuple(item.get("ends") or ()),
                     int(item.get("max_len", MAX_VALUE)),
                     re.compile(item["pattern"]) if item.get("pattern") else None)
        for w in item["words"]:
            for form in padded(w):  # 性 别：, 住　址：
                rules.setdefault(form, []).append(rule)
    # a plain trie, its matches found by a WordScan (1 MB: 10 -> 3 ms, same matches)
    return scan_of(rules, _value_regex), rules, None  # noqa: third slot kept for a future deny list


def _value_regex(words) -> re.Pattern:
    """A field or cue of ``words`` (longest match) and what follows it up to its value."""
    return re.compile(
        r"""(?P<cue>""" + trie_pattern(words) + r""")  # the field or cue, longest match
            (?P<field>[ \t]*[：:|｜][ \t]*|\t[ \t]*|[ \u3000]{2,}(?=[^ \u3000\n])  # a colon, table bar
                                              # or column gap (性别    男) makes it a form field,
              |[ \u3000]?[】\]］〕][ \t]*(?=[^\s【\[［〔])      # so does 【住址】… with the value after it,
              |"[ \t]*:[ \t]*"(?=[^"\n])              # a JSON key's value ("nickName": "守护一号"),
              |[ \t：:\r]*\n(?P<below>)(?=[^\r\n]))?   # or a line break: the value on the line below
                                              # (only for a label alone on its line, checked below)
            [ \t]*
        """,
        re.X,
    )


# A token written by the label/pseudonym operators: re-checking scrubbed text must not
# report it as a value that the recognizers missed.
_REPLACEMENT = re.compile(r"(?:〔[^〔〕\n]{1,24}〕)+")


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    return frozenset(terms("terms/field_labels.txt"))


# The verb of living that may open a place's value (我是住在X的居民).
_LIVES_AT_START = re.compile(r"(?:家住在|家就住在|居住在|住在|家住|现住)")
# A header row's column of counts, tags or dates (来电号码⇥登记姓名⇥来电次数⇥标签⇥备注).
_HEADER_CELL = re.compile(r"[\u4e00-\u9fff]{0,4}(?:次数|数量|标签|备注|序号|类型|类别|时间|日期|状态)")


def _is_label(value: str) -> bool:
    """A form label (联系号码, 涉事主体), not a value: listed, or a cue word plus at most two
    characters of label, or a cue word followed by another label (负责人联系方式, a header
    cell next to 反映人单位 |)."""
    if value in _labels() or _HEADER_CELL.fullmatch(value):
        return True
    m = cue_table().regex["left"].match(value)
    if m is None or m.start("word") != 0 or any(ch.isdigit() for ch in value):
        return False
    rest = value[m.end("word"):]
    return len(rest) <= 2 or _is_label(rest)


# A header cell that is no role cue still reads as a column label (序号, 来电时间, 办理结果).
LABEL_CELL = re.compile(
    r"是否[^\n0-9０-９，,。；;]{1,6}|"
    r"[^\n0-9０-９，,。；;]{0,8}(?:时间|日期|类型|编号|名称|号码|内容|描述|情况|事项|地址|电话|单位|代码|"
    r"人|序号|金额|备注|主体|企业|方式|来源|结果|状态|属地|时限|等级|类别|问题|保密|要求|级别|渠道|"
    r"途径|期限|工号|意见|说明|附件|性质|行业|奖金|标题|摘要|诉求|地点|区域|发送方|接收方|方向|"
    r"率|税额|所得|数量|合计|小计|"  # a tax record's 税率, 应扣税额, 所得金额 (2026-12-03)
    r"节点|环节|步骤|流程|操作|动作|"  # a flow log's 节点 | 处理人 | 联系方式 (stop 16)
    r"签字|签名|签章|盖章|手印|签收|"  # 领取人签字: the column signed in (stop 16)
    r"分|"  # a score sheet's 平均分, 得分, 总分 (stop 18)
    r"网格|"  # a patrol log's 网格 column (日期,网格,巡查人,…), stop 19
    r"性别|民族|年龄|住址|"  # a register's person columns (来访人  性别  住址  联系电话), stop 19
    r"号)"
    r"|(?:专家|评委)[\u4e00-\u9fff]{1,3}")  # an expert's column by surname (专家张⇥专家李⇥平均分)  # …号: 许可证号, 车牌号, 案号, 文号 (a header has no digits, so never 3号)

# A table's cell separator: a bar, a tab, or a gap of two or more spaces.
_CELL_GAP = re.compile(r"[ \t\u3000]*(?:[|｜\t]|[ \u3000]{2,})[ \t\u3000]*")
# What a clerk writes into a cell left empty: no value.
_NO_VALUE = re.compile(r"[（(]?(?:未填|未留|无|略|不详|空|/|保密)[)）]?|[-—=:：]+")  # or a rule row's |---|


@lru_cache(maxsize=1)
def _columns() -> tuple[object, dict[str, str]]:
    """The header words of person-valued columns (values.yaml ``columns``), one regex."""
    entity_of = {fold_width(word): entity for entity, words in  # the text is width-folded
                 (load_yaml(data_file("roles/values.yaml")).get("columns") or {}).items()
                 for word in words}
    if not entity_of:
        return None, {}
    # a whole header cell: before a bar, tab, space, comma, quote or the line end (and after
    # one, checked by the caller: a lookbehind first would cost a match attempt per position);
    # its matches found by a WordScan (1 MB: 9 -> 1 ms, same matches)
    return scan_of(entity_of, lambda words: re.compile(
        r'(?:' + trie_pattern(words) + r')(?=[ \t|｜,"\n]|$)')), entity_of


def column_words(*entities: str) -> frozenset[str]:
    """The header words of ``values.yaml`` columns whose cells hold these entities."""
    return frozenset(w for w, e in _columns()[1].items() if e in entities)


# A bar or tab table's cell separator (| 来电时间 | 信访人 |, 时间⇥发送者⇥内容).
_BAR = re.compile(r"[ \t\u3000]*[|｜\t][ \t\u3000]*")


def bar_cells(text: str, line0: int, line1: int) -> list[tuple[int, int]]:
    """The cells of the bar- or tab-separated line text[line0:line1], stripped; an empty
    first or last cell (a leading or trailing bar) dropped, empty cells between kept."""
    cells = []
    pos = line0
    for m in _BAR.finditer(text, line0, line1):
        cells.append((pos, m.start()))
        pos = m.end()
    cells.append((pos, line1))
    out = []
    for a, b in cells:
        while a < b and text[a] in " \t\u3000":
            a += 1
        while b > a and text[b - 1] in " \t\u3000\r":
            b -= 1
        out.append((a, b))
    if out and out[0][0] == out[0][1]:
        out = out[1:]
    if out and out[-1][0] == out[-1][1]:
        out = out[:-1]
    return out


def _cells(text: str, line0: int, line1: int) -> list[tuple[int, int]]:
    """The (start, end) of each non-empty cell of the line text[line0:line1]."""
    cells, pos = [], line0
    for gap in _CELL_GAP.finditer(text, line0, line1):
        if gap.start() > pos:
            cells.append((pos, gap.start()))
        pos = gap.end()
    if pos < line1:
        cells.append((pos, line1))
    return [(a, b) for a, b in cells if text[a:b].strip(" |｜")]


def gap_cells(text: str, line0: int, line1: int) -> list[tuple[int, int]]:
    """The cells of a line set out in columns by spaces, tabs or bars (序号  日期  来访人 …)."""
    return _cells(text, line0, line1)


_COLUMN_GAP = re.compile(r"[ \u3000]{2,}")
_CELL_BEFORE = frozenset('\n|｜\t ,"')  # what stands before a header cell's word

# A CSV cell: quoted ("…", "" inside for a quote) or bare, up to the next comma.
_CSV_CELL = re.compile(r'"(?P<q>(?:[^"\n]|"")*)"|(?P<bare>[^,\n]*)')


def csv_like(line: str) -> bool:
    """A line that may be a CSV row: three or more ASCII commas (counted on the unfolded
    text, where a sentence's ，is still full-width)."""
    return line.count(",") >= 3


def csv_cells(text: str, line0: int, line1: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell's value (quotes excluded) of a CSV line, empty ones too."""
    cells, pos = [], line0
    while pos <= line1:
        m = _CSV_CELL.match(text, pos, line1)
        group = "q" if m.group("q") is not None else "bare"
        a, b = m.span(group)
        while a < b and text[a] in " \t":
            a += 1
        cells.append((a, max(a, b)))
        pos = m.end() + 1  # past the comma
        if m.end() >= line1 or text[m.end()] != ",":
            break
    return cells


def _row_cells(text: str, original: str, line0: int, line1: int, csv: str) -> list[tuple[int, int]]:
    if csv == "ascii":
        return csv_cells(original, line0, line1)
    if csv == "full-width":
        return _comma_cells(original, line0, line1)
    return _cells(text, line0, line1)


def _comma_cells(original: str, line0: int, line1: int) -> list[tuple[int, int]]:
    """The cells of a list typed with full-width commas (姓名，身份证号，手机号，金额⏎武楠，1301…，
    188…，8,600元): split on ，only, so that an amount's 8,600 stays one cell."""
    cells, pos = [], line0
    while True:
        k = original.find("，", pos, line1)
        end = line1 if k < 0 else k
        a, b = pos, end
        while a < b and original[a] in " \t":
            a += 1
        while b > a and original[b - 1] in " \t":
            b -= 1
        cells.append((a, b))
        if k < 0:
            return cells
        pos = k + 1


def _header_cell(cell: str, entity_of: dict[str, str]) -> bool:
    """A column label: one of the person-valued columns, a known label or a label's shape."""
    return (cell in entity_of or _is_label(cell)
            or (len(cell) <= 10 and LABEL_CELL.fullmatch(cell) is not None and not _DIGITS.search(cell)))


_DIGITS = re.compile(r"[0-9]")


def _column_values(text: str, starts: list[int], spans: list[tuple[int, int]],
                   original: str) -> list[RecognizerResult]:
    """Cells under a 住址 / 姓名 column header that no result overlaps (a signature table)."""
    regex, entity_of = _columns()
    if regex is None:
        return []
    out, done = [], set()
    for m in regex.finditer(text):
        if m.start() and text[m.start() - 1] not in _CELL_BEFORE:
            continue  # inside a word (户籍住址, 联系人姓名)
        line0 = text.rfind("\n", 0, m.start()) + 1
        if line0 in done:
            continue
        done.add(line0)
        line1 = text.find("\n", m.end())
        line1 = len(text) if line1 < 0 else line1
        line = original[line0:line1]
        bars = any(c in line for c in "\t|｜")
        csv = ("ascii" if csv_like(line) and not bars
               else "full-width" if line.count("，") >= 3 and not bars else "")
        header = _row_cells(text, original, line0, line1, csv)
        if len(header) < 3:
            continue  # a field line (住址：…), not a table's header
        if not all(_header_cell(text[a:b].strip(), entity_of) for a, b in header):
            continue  # | 举报人 | 张三丰 | 被举报单位 | …: label and value pairs, no header row
        columns = {k: entity_of[text[a:b].strip()] for k, (a, b) in enumerate(header)
                   if text[a:b].strip() in entity_of}
        if not columns:
            continue  # the word was inside a cell (户籍住址), not a whole header cell
        row0 = line1 + 1
        while row0 < len(text):
            row1 = text.find("\n", row0)
            row1 = len(text) if row1 < 0 else row1
            cells = _row_cells(text, original, row0, row1, csv)
            if len(cells) != len(header):
                break  # the table ends (a note, a signature, another table)
            for k, entity in columns.items():
                a, b = cells[k]
                value = text[a:b].strip()
                if not value or _NO_VALUE.fullmatch(value) or len(value) > (6 if entity == "PERSON" else MAX_VALUE):
                    continue
                i = bisect.bisect_left(starts, b)
                if i > 0 and max(e for _, e in spans[max(0, i - 4) : i]) > a:
                    continue  # a recognizer found it
                out.append(_value_result(entity, a, b, f"column-value:{text[header[k][0]:header[k][1]].strip()}"))
            row0 = row1 + 1
    return out


# A home named in brackets right after a person (李淑英（阳光小区）举报…, 岑某（绿城名城）): a
# compound, village or quarter, by the way such places are named.
_BRACKETED_HOME = re.compile(
    r"""[（(]
        (?P<home>[\u4e00-\u9fff0-9]{1,12}
                 (?:小区|花园|家园|公馆|名城|名苑|新村|新城|苑|庭|府|公寓|家属院|家属楼|社区|村|庄|屯|组)
                 (?:[东西南北]头|[0-9]{1,3}组)?[0-9]{0,4}号?   # a village's end or house (东柳林村东头,
                                                             # 下杨庄村98号, 西刘营村4组4号)
                |[0-9]{1,3}(?:栋|号楼)[0-9]{2,4}(?:室)?|[0-9]{1,3}-[0-9]{1,2}-[0-9]{2,4})   # or a flat in
                                                             # short (10栋2103, 17-4-604)
        (?=[)）]|[，,、；;][^)）\n]{0,30}[)）])   # alone, or first in the brackets (梁建（新城名城，133…）)
        """, re.X)


def _bracketed_homes(text: str, results: list[RecognizerResult], starts: list[int],
                     spans: list[tuple[int, int]]) -> list[RecognizerResult]:
    out = []
    for r in results:
        if r.entity_type != "PERSON" or r.end >= len(text) or text[r.end] not in "（(":
            continue
        m = _BRACKETED_HOME.match(text, r.end)
        if m is None:
            continue
        a, b = m.span("home")
        i = bisect.bisect_left(starts, b)
        if i > 0 and max(e for _, e in spans[max(0, i - 4) : i]) > a:
            continue  # found already
        out.append(_value_result("CN_ADDRESS", a, b, "field-value:person-home"))
    return out


def _value_result(entity: str, start: int, end: int, evidence: str) -> RecognizerResult:
    """A finding of this module (field values, table columns, bracketed homes)."""
    return RecognizerResult(entity, start, end, 0.5, recognition_metadata={
        RecognizerResult.RECOGNIZER_NAME_KEY: FIELD_RECOGNIZER,
        RULE_ID_KEY: RULE_ID,
        EVIDENCE_KEY: [evidence],
    })


# A place's name ends like this (村, 小区, 花园…, a house number): what 我们是…的住户 holds.
_PLACE_END = re.compile(r"(?:[省市区县乡镇村组屯庄]|街道|社区|小区|花园|家园|公馆|名城|新村|家属院|苑|[0-9]+号(?:院|楼)?|室)$")


def _is_place(value: str) -> bool:
    return _PLACE_END.search(value) is not None


def missed_values(text: str, results: list[RecognizerResult],
                  spans: list[tuple[int, int]] | None = None, original: str | None = None,
                  replacing: list[RecognizerResult] | None = None) -> list[RecognizerResult]:
    """Findings for reporter-field values that no result overlaps (``spans``: the results'
    (start, end), sorted, if the caller has them), for the cells of person-valued table
    columns and for a home in brackets after a person's name. ``original``: the unfolded text
    (same offsets), where a CSV row is split (folding turns a cell's ，into a comma).
    ``replacing``, if given, receives the values an end word proves to be places where a
    recognizer found something inside them (for :func:`coref.with_replacing`)."""
    regex, rules, _ = _table()
    if spans is None:
        spans = sorted((r.start, r.end) for r in results)
    starts = [s for s, _ in spans]
    out = (_column_values(text, starts, spans, original or text)
           + _bracketed_homes(text, results, starts, spans))
    for m in regex.finditer(fold_pronouns(text)):  # 俺家住… reads as 我家住… (same offsets)
        start = m.end()
        if m.group("below") is not None and not _LABEL_PREFIX.fullmatch(
                text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue  # 住址⏎… only when the label (诉求人住址) is alone on its line
        stop = _STOP.search(text, start, min(len(text), start + MAX_VALUE + 1))
        limit = stop.start() if stop else min(len(text), start + MAX_VALUE)
        field = m.group("field")
        if field is not None and field.strip(" \u3000") == "":
            # 住址  联系电话  反映事项: after a column gap the value is one cell, up to the next gap
            gap = _COLUMN_GAP.search(text, start, limit)
            limit = gap.start() if gap else limit
        for rule in rules[m.group("cue")]:
            is_field = m.group("field") is not None
            if rule.field_only and not is_field:
                continue
            if rule.entity == "CN_ADDRESS":
                verb = _LIVES_AT_START.match(text, start, limit)
                if verb is not None:
                    start = verb.end()  # 我是住在盛世新村的居民: the verb is not the place
            end, ended = limit, False
            for word in rule.ends:
                k = text.find(word, start, limit)
                if k > start and (not ended or k < end):
                    end, ended = k, True
            if (rule.needs_end or (rule.needs_end_unless_field and not is_field)) and not ended:
                continue
            value = text[start:end].strip()
            if not value or len(value) > rule.max_len or _REPLACEMENT.fullmatch(value):
                continue  # 〔举报人地址〕 is what our own label operator left there
            if rule.pattern is not None:
                if not rule.pattern.fullmatch(value):
                    continue
            elif len(value) < 2:
                continue
            end = start + len(text[start:end].rstrip())
            i = bisect.bisect_left(starts, end)
            if i > 0 and max(e for _, e in spans[max(0, i - 4) : i]) > start:
                if rule.needs_end and ended and replacing is not None and _is_place(value):
                    # 我们是市中区黄店镇前刘集村的住户: the end word proves a place; a name the
                    # model read inside it (刘集) gives way (coref.with_replacing)
                    replacing.append(_value_result(rule.entity, start, end, f"field-value:{m.group('cue')}"))
                break  # a recognizer found something there already: trust it
            if _is_label(value):
                continue  # | 信访人 | 联系号码 |: a header row's next label is no value
            out.append(_value_result(rule.entity, start, end, f"field-value:{m.group('cue')}"))
            break
    if not out:
        return out
    out.sort(key=lambda r: (r.start, -r.end))
    kept = [out[0]]
    for r in out[1:]:  # a column's cell that a field cue reached too: once
        if r.start >= kept[-1].end:
            kept.append(r)
    return kept
