"""Presidio recognizer around the free-text tagger (PERSON, CN_ADDRESS, ORGANIZATION, …).

The tagger (:mod:`jubao_redact.freetext`) loads its model once per process; this class only
adapts its spans to Presidio results with our rule id and evidence.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, RecognizerResult

from jubao_redact.context import EVIDENCE_KEY
from jubao_redact.errors import ConfigError
from jubao_redact.freetext.lexicons import surnames
from jubao_redact.freetext.rules import residence_rules, signature_rules, table_name_cells
from jubao_redact.freetext.workplace import workplace_fields, workplace_spans
from jubao_redact.nlp_engine import LANGUAGE
from jubao_redact.normalize import TextViews
from jubao_redact.recognizer import ZhRecognizerMixin
from jubao_redact.resources import terms
from jubao_redact.spec import RecognizerSpec


# The tagger marks the surname alone in 王先生, 张某, 老刘 (People's Daily's convention).
# Removing only the surname would leave 〔姓名〕先生 / 老〔姓名〕: the title tells the sex, the
# form tells the age; both are the reporter's personal data, so the whole form goes.
_TITLE_AFTER = re.compile(r"先生|女士|小姐|师傅|大爷|大妈|阿姨|大姐|大哥|某某|某")
_PREFIX_BEFORE = ("老", "小", "阿")


def widen_name_form(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a surname-only PERSON span to its whole name form (王先生, 老刘, 张某某)."""
    title = _TITLE_AFTER.match(text, end)
    if title is not None:
        end = title.end()
    if start > 0 and text[start - 1] in _PREFIX_BEFORE and title is None:
        start -= 1
    return start, end


# Where the tagger's spans must stop, whatever the model says.
ORG_SUFFIX = re.compile(r"(公司|厂|场|站|店|合作社|集团|中心|局|厅|医院|学校|协会|所)$")
# A table cell ends at its bar; a form label's bracket or colon ends the label (the model
# may run 【反映人单位】 or 地址： into the value after it).
_CELL = re.compile(r"[ \t\u3000]*[|｜【】\[\]：:][ \t\u3000]*|[ \u3000]*\t[ \t\u3000]*"  # or a tab between cells
                   r"|[ \u3000]{2,}"  # or a gap of blanks lining up a form's cells (寄件：X局  X路328号)
                   # or a semicolon, with the next key= of a parsed message (地点=X；对象=Y)
                   r"|[ \t\u3000]*[;；][ \t\u3000]*(?:[^\s;；=]{1,8}=)?"
                   # or a form's URL-encoded fields (jbrdz=X&bjbdw=Y): the & and the next key=,
                   # or a key= the span starts with
                   r"|&(?:[A-Za-z_][A-Za-z0-9_]{0,30}=)?|(?<![A-Za-z0-9_])[A-Za-z_][A-Za-z0-9_]{1,30}=")
_LABEL_PIECE = re.compile(r"(?:单位|人|主体|对象|地址|住址|名称|属地)$")
# Complaint words that never belong to an address: the model runs an address on into what
# is said about the place (…68号非法洗沙, …514号那边味道, …783号那家昌隆建材有限公司).
# A person noun ends the place too (杨庄镇下马寨村群众夏斌通过…: the place, then who lives there).
_NOT_ADDRESS = re.compile(
    r"那边|这边|那家|这家|那个|非法|违法|偷排|直排|乱排|扬尘|污染|排污|排放|味道|异味|臭味|噪音|噪声"
    r"|群众|市民|住户|业主|村民(?!委员会|小组|组)|居民(?!委员会|小组|组|区)"
    # a verb run on after the house number (到和平路141号领取): what is done there
    r"|(?<=[号室楼])[)）]?(?:领取|领奖|办理|咨询|查询|报到|上班|反映|投诉|举报|居住)"
    # an agency's review and hand-on (…街道办事处审核后转湖北省生态环境厅): what it does
    r"|(?<=[处府局厅委])(?:审核后转|审核后|核实后转|核查后转|后转|转交|转至|转报)"
    # a spot by the house (已到…6组15号门口): the address ends at its number
    r"|(?:(?<=[0-9]号)|(?<=[东西南北]头)|(?<=路[东西南北]))(?:大门口|门口|门前|旁边|边上|附近|对面)")
# An address that has reached its room, house, building or village ends at a blank (what
# follows in a roster's row is a name or a phone), and never holds a phone number.
_ADDRESS_DONE = re.compile(r"(?<=[室号户楼组村])[ \t\u3000]+|[ \t\u3000]*[+＋]?[0-9]{7}")
# A place's name that goes on into a longer one (锦绣花园 in 锦绣花园小区 or 锦绣花园路): not a
# repeat of the same place.
_PLACE_GOES_ON = re.compile(r"[小社新村路街巷大东西南北中一二三四五六七八九十0-9]")
# ...or that is the tail of a longer address (金牛区翠竹新村, 纬五路212号帝湖公馆): a division, a
# street or a house number right before it.
_PLACE_HEAD_BEFORE = frozenset("省市县区镇乡村路街道巷号0123456789")
_LIST_MARK = frozenset(".．、,，:：;； \t\u3000")
# What makes the word before it a unit's name, not a person's (the model reads 金鹏 in 金鹏厂
# or 刘集 in 刘集幼儿园 as a name): a factory or company word, a school, a clinic, a village
# office. Not 厂长/厂里 (a title, a place in the factory) nor 公司的 after a full name.
_UNIT_AFTER_NAME = re.compile(
    r"""
    (?:厂(?![长里子区内外房方家门口])       # 金鹏厂, never 张厂长, 厂里
      |公司|合作社|超市|加油站|砖厂
      |村委会|居委会|幼儿园|中心小学|小学|中学|卫生院|卫生室|医院|派出所|敬老院|养老院)
    """,
    re.VERBOSE,
)
_UNIT_ENDING = re.compile(r"(?:厂|公司|合作社|超市|加油站|村委会|居委会|幼儿园|小学|中学|卫生院|医院)$")
# A unit and a word for a spot by it (华康厂门口, 北岗幼儿园边上那条河): the model calls it an
# address; it names the unit, a landmark (the spot is no one's address).
_NEAR_UNIT = re.compile(
    r"""
    (?P<unit>[\u4e00-\u9fff]{1,16}?(?:厂|公司|合作社|超市|加油站|幼儿园|小学|中学|卫生院|医院|村委会))
    (?:大门口|门口|旁边|边上|附近|后面|前面|对面|后墙|北侧|南侧|东侧|西侧|里面|外面)   # and what
    """,                                                              # follows (…边上那条河)
    re.VERBOSE,
)
_LIVES_VERB = re.compile(r"(?:家住|家就在|家在|住在|居住在|现住|现居|住)")
# Residents named as such, never inside an organisation's name (but 居民委员会, 群众艺术馆 are).
_PERSON_NOUN = re.compile(r"群众(?!艺术|文化|路|街)|市民(?!中心|之家|广场)|住户|业主(?!委员会|大会)"
                          r"|村民(?!委员会|小组|组)|居民(?!委员会|小组|组|区)")
# A school, clinic or village office the model calls an address (顺着渠流到东赵镇中心小学旁边):
# a public institution named as a landmark, an organisation, unless a house number makes it
# somebody's address (…卫生院家属院3号楼).
_INSTITUTION = re.compile(r"(?:小学|中学|幼儿园|卫生院|卫生室|卫生所|诊所|医院|村委会|居委会|学校|大学|学院|派出所|政府|敬老院|养老院"
                          r"|街道办事处|生态环境局|生态环境厅|环保所)$")
_HOUSE_NUMBER = re.compile(r"[0-9一二三四五六七八九十]+(?:号|室|栋|幢|楼|单元|层|组)")
# …or where the text says somebody lives or receives mail there (住址：…卫生院).
_LIVES_AT = re.compile(r"(?:住址|地址|住在|家住|居住地?|现住|现居|住)[：:]?[ \t]*$")
# A verb of reporting the model takes into the name after it (主题: 举报文峰区鼎鑫厂): no name
# starts with it.
_REPORT_VERB = re.compile(r"(?:举报|投诉|反映)(?=[\u4e00-\u9fff]{3})")
# A form label the model takes into the organisation's name (涉事企业新乡县众诚食品厂).
_ORG_LABEL = re.compile(r"(?:涉事|被举报|被投诉|被反映|问题)(?:企业|单位|主体|对象)(?:名称)?[:：]?[ \t]*")


# A form label the model takes for a name (反映人住址, 诉求人电话, 承办人): a label alone is
# never a name; a label with a name run on (信访人张三) is left to the model.
_LABEL_SHAPE = re.compile(
    r"(?:反映|信访|来信|来电|诉求|承办|举报|投诉|联系|申请|经办|当事)人"
    r"(?:住址|地址|电话|单位|姓名|号码|信息)?"
    r"|联系(?:号码|电话|方式)"
    r"|被(?:举报|投诉|反映)(?:单位|企业|对象|人|方)"
    r"|(?:来电|来访|来信|投诉|举报|反映)次数"   # a register's column (序号⇥来电号码⇥登记姓名⇥来电次数)
)


def is_label_not_name(text: str) -> bool:
    """True if a PERSON span's text is a form label (from ``terms/field_labels.txt`` or of
    the shape 反映人住址 / 联系号码) or a word listed as no name (匿名, 许可证), whatever
    found it."""
    return (text in terms("terms/field_labels.txt") or _LABEL_SHAPE.fullmatch(text) is not None
            or text in _not_names())


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    from jubao_redact.freetext.lexicons import not_names

    return frozenset(not_names())


_OPENS = re.compile(r"[(（]")
# A published reporter's masked name and the verb, run into the organisation reported.
_MASKED_REPORTER = re.compile(
    r"""[\u4e00-\u9fff]{1,2}[*＊×]{1,3}[\u4e00-\u9fff]?   # 朱*, 王××, 张*明
        (?:举报|反映|投诉)""", re.X)


# A name the tagger ran into the verb after it, when what follows sends something to somebody
# (张峰发至举报人, 李娜转给你): the verb, then 至/给, then who receives it.
_SENT_TO = re.compile(r"[发转交送寄递](?:至|给|到)(?:举报人|来电人|你|您|我|其|他|她)")


#: Rules that only fill the model's gaps: where the model read a unit, its edges stand.
_GAP_FILLERS = frozenset(("rule:legal-form", "rule:trade-name"))


def _gap_fillers_only(placed: list[RecognizerResult], model: list[RecognizerResult]) -> list[RecognizerResult]:
    """``placed`` without the companies the rules read by their legal form or trade name where
    the model already read a unit over some of the same characters (举报对象佛山恒瑞…有限公司:
    the model's edges are right more often than a read-back to the last cut word). One sort
    of the model's units and a bisection per rule company: linear in the text."""
    fillers = [r for r in placed if _GAP_FILLERS.intersection(r.recognition_metadata.get(EVIDENCE_KEY, ()))]
    if not fillers:
        return placed
    units = sorted((r.start, r.end) for r in model if r.entity_type in ("ORGANIZATION", "CN_WORKPLACE"))
    starts = [a for a, _ in units]
    reach = list(itertools.accumulate((b for _, b in units), max))  # the furthest end so far
    covered = set()
    for r in fillers:
        i = bisect.bisect_left(starts, r.end) - 1  # the last unit starting before the rule's end
        if i >= 0 and reach[i] > r.start:
            covered.add(id(r))
    return [r for r in placed if id(r) not in covered]


# A key of an export (an XML element's name, a JSON key): ASCII letters, no entity's text.
_KEY_PIECE = re.compile(r"[A-Za-z_][A-Za-z0-9_]{1,40}")


# Keys mapped one to another before a value's cell (reporter_name → sqr_xm⇥…): no entity.
_KEY_LINE = re.compile(r"[ \t]*[A-Za-z_][A-Za-z0-9_]{1,40}[ \t]*(?:→|->|=>)[ \t]*[A-Za-z_][A-Za-z0-9_]{1,40}[ \t]*")
# Characters that end or mark a place (a short cell with none of them is no address).
_PLACE_CHARS = frozenset("省市县区镇乡村路街巷道号楼室组庄屯寨苑园院")
# Staff nouns a model span on a unit's name may run into (…办公室普查 of …办公室普查员工作群).
_STAFF_NOUNS = ("普查员", "网格员", "管理员", "工作人员")


def shape_span(text: str, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """The pieces of a tagger span that are one entity each, as (start, end, label).

    A span never runs into the next line (only the first line is kept) and is cut into
    table cells and at a form label's bracket or colon (a piece that is the label goes; a
    cell ending like a company's name is one, and so is a school or clinic without a house
    number); an address stops before words about the place (what follows, if it is an
    organisation's name, is one); an organisation loses a form label in front of it;
    spaces at either end go. Pieces shorter than two characters are dropped.
    """
    brk = text.find("\n", start, end)
    if brk != -1:
        end = brk
    pieces, at = [], start
    for bar in _CELL.finditer(text, start, end):
        pieces.append((at, bar.start(), label))
        at = bar.end()
    pieces.append((at, end, label))
    out = []
    for s, e, lab in pieces:
        if lab == "CN_ADDRESS" and len(pieces) > 1 and ORG_SUFFIX.search(text, s, e):
            lab = "ORGANIZATION"  # the model ran an address over the next cell: a company's name
        if (lab == "CN_ADDRESS" and len(pieces) > 1 and 2 <= e - s <= 3 and text[s] in surnames()[0]
                and not _PLACE_CHARS.intersection(text[s:e])):
            lab = "PERSON"  # jbrxm=孙超&jbrdz=…: the model ran the address back over the name's cell
        if (lab == "ORGANIZATION" and len(pieces) > 1 and 2 <= e - s <= 3 and text[s] in surnames()[0]
                and _KEY_LINE.fullmatch(text, pieces[0][0], pieces[0][1])):
            lab = "PERSON"  # reporter_name → sqr_xm⇥高桂芳: a name's cell after the keys' cell
        if (lab == "CN_ADDRESS" and _INSTITUTION.search(text, s, e)
                and not _HOUSE_NUMBER.search(text, s, e)
                and not _LIVES_AT.search(text, max(0, s - 8), s)):
            lab = "ORGANIZATION"
        if lab == "CN_ADDRESS":
            verb = _LIVES_VERB.match(text, s, e)
            if verb is not None and e - verb.end() >= 2:
                s = verb.end()  # 住在前王村: the verb is not the address
        if lab == "CN_ADDRESS" and not _HOUSE_NUMBER.search(text, s, e):
            near = _NEAR_UNIT.search(text, s, e)
            if near is not None and near.start() == s:  # 华康厂门口: the unit, then where by it
                e, lab = near.end("unit"), "ORGANIZATION"
        if lab == "CN_ADDRESS":
            while s < e and text[s] in _LIST_MARK:
                s += 1  # 1. 24号楼…: the list's numbering is not the address
            done = _ADDRESS_DONE.search(text, s, e)
            if done is not None:
                e = done.start()  # 24号楼1单元1603室 马秀芳 180…: the next cell is someone's name
        if lab == "CN_ADDRESS":
            stop = _NOT_ADDRESS.search(text, s, e)
            if stop is not None:
                rest = text[stop.end() : e]
                if len(rest) >= 4 and ORG_SUFFIX.search(rest):
                    out.append((stop.end(), e, "ORGANIZATION"))
                e = stop.start()
        elif lab in ("ORGANIZATION", "CN_WORKPLACE"):
            who = _PERSON_NOUN.search(text, s, e)
            if who is not None and who.start() > s:
                e = who.start()  # 清华家园群众应柳通过…: no organisation's name holds its residents
            head = _ORG_LABEL.match(text, s, e) or _REPORT_VERB.match(text, s, e)
            if head is not None:
                s = head.end()
            masked = _MASKED_REPORTER.match(text, s, e)
            if masked is not None:
                s = masked.end()  # 朱*举报广源公司: the masked reporter and the verb go
            for word in _STAFF_NOUNS:
                if text.startswith(word, e - len(word) + 1) and e - s > len(word) + 2:
                    e -= len(word) - 1  # X普查办公室普查|员工作群: the staff noun is not the unit's
                    break
            bracket = max(text.rfind("（", s, e), text.rfind("(", s, e))
            if bracket >= 0 and text.find("）", bracket, e) < 0 and text.find(")", bracket, e) < 0:
                s = bracket + 1  # 申领人老项（二七区信用社: the unit starts inside the bracket
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while e > s and text[e - 1] in ")）" and not _OPENS.search(text, s, e - 1):
            e -= 1  # （郑州市…5号）: the bracket that closes around the span is not in it
        if lab == "CN_ADDRESS":
            close = min((k for k in (text.find("）", s, e), text.find(")", s, e)) if k > s), default=-1)
            if close > s and not _OPENS.search(text, s, close):
                e = close  # （…，住安阳市文峰区中华路8号）在其院内焚烧…: the aside ends the place
        if len(pieces) > 1 and e - s <= 6 and _LABEL_PIECE.search(text, s, e):
            continue  # the label the model ran into the value (人单位】…)
        if len(pieces) > 1 and (_KEY_PIECE.fullmatch(text, s, e) or _KEY_LINE.fullmatch(text, s, e)):
            continue  # an export's key before its value's cell (an XML element's OrgName)
        out.append((s, e, lab))
    return sorted(p for p in out if p[1] - p[0] >= 2)


# A unit field's value (所在单位：…) is the reporter's workplace whatever the model made of
# it; it outranks the model's reading of the same characters.
WORKPLACE_FIELD_SCORE = 1.0


def detection_score(tagger_score: float) -> float:
    """Map the tagger's confidence onto the analyzer's score scale.

    The tagger's score is the mean softmax probability of the decoded labels, which is spread
    over 17 BIOES labels and often below 0.4 for a span Viterbi did choose. The decoding is
    the decision; the score only ranks. So every decoded span starts above the default
    threshold (0.45) and keeps its order (missing a reporter's name is worse than flagging
    one too many).
    """
    return round(0.45 + 0.55 * max(0.0, min(1.0, tagger_score)), 4)


class FreeTextRecognizer(ZhRecognizerMixin, EntityRecognizer):
    """Names, addresses, organisations, workplaces and demographics in running text."""

    def __init__(self, spec: RecognizerSpec) -> None:
        self.spec = spec
        self.context_rule = None
        self._tagger = None
        super().__init__(supported_entities=list(spec.entities), name=spec.name,
                         supported_language=LANGUAGE)

    def load(self) -> None:
        from jubao_redact.freetext import FreeTextTagger

        try:
            self._tagger = FreeTextTagger.shared()
        except (OSError, ValueError, KeyError) as err:
            raise ConfigError(
                "the free-text model could not be loaded from the installed package "
                f"({err.__class__.__name__}); reinstall jubao-redact"
            ) from None

    def _repeated_places(self, folded: str, placed: list[RecognizerResult],
                         found: list[RecognizerResult]) -> list[RecognizerResult]:
        """The places somebody lives in (rule:residence), wherever else the text names them:
        一刮南风，整个盛世家属院都是一股焦糊味 names the writer's compound as surely as the
        group's name 盛世家属院邻里群 did. Not inside another span (a full address that holds
        the place's name keeps its own reading)."""
        places = {folded[r.start : r.end] for r in placed
                  if r.entity_type == "CN_ADDRESS" and r.end - r.start >= 3
                  and "rule:residence" in r.recognition_metadata.get(EVIDENCE_KEY, ())}
        if not places:
            return []
        taken = sorted((r.start, r.end) for r in (*placed, *found))
        starts = [a for a, _ in taken]
        out = []
        for place in places:
            at = folded.find(place)
            while at >= 0:
                end = at + len(place)
                i = bisect.bisect_left(starts, end)
                inside = any(a < end and at < b for a, b in taken[max(0, i - 8) : i])
                if (not inside and not (end < len(folded) and _PLACE_GOES_ON.match(folded, end))
                        and not (at and folded[at - 1] in _PLACE_HEAD_BEFORE)):
                    out.append(self._result(at, end, 0.85, ["doc:repeat-place"]))
                    out[-1].entity_type = "CN_ADDRESS"
                at = folded.find(place, end)
        return out

    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        views = getattr(nlp_artifacts, "views", None) or TextViews(text)
        wanted = set(entities) if entities else set(self.spec.entities)
        out = []
        folded = views.folded
        for span in self._tagger.tag(folded):
            if span.label not in wanted:
                continue
            if span.label == "PERSON" and is_label_not_name(folded[span.start : span.end]):
                continue
            if span.label == "PERSON" or span.label == "DEMOGRAPHIC":
                pieces = [(span.start, span.end, span.label)]
                brk = folded.find("\n", span.start, span.end)
                if brk != -1 and not (brk - span.start <= 2 and (span.cue or "").startswith("field:")):
                    # a name never runs into the next line (but for a cue's name that a scanned
                    # page's line end cut after its surname: 我叫刘⏎雪梅)
                    pieces = [(span.start, brk, span.label)] if brk - span.start >= 2 else []
                if span.label == "PERSON" and pieces:
                    s0, e0, _ = pieces[0]
                    unit = _UNIT_AFTER_NAME.match(folded, e0)
                    if unit is not None:  # 刘集|幼儿园: the "name" heads a unit's name
                        pieces = [(s0, unit.end(), "ORGANIZATION")]
                    elif e0 - s0 >= 3 and _UNIT_ENDING.search(folded, s0, e0):
                        pieces = [(s0, e0, "ORGANIZATION")]  # 金鹏厂 read whole as a name
                    elif e0 - s0 == 3 and _SENT_TO.match(folded, e0 - 1):
                        pieces = [(s0, e0 - 1, "PERSON")]  # 由张峰发至举报人: the verb goes
            else:
                pieces = shape_span(folded, span.start, span.end, span.label)
            for start, end, label in pieces:
                if label not in wanted:
                    continue
                if label == "PERSON" and end - start <= 2:
                    start, end = widen_name_form(folded, start, end)
                result = self._result(start, end, detection_score(span.score),
                                      [span.cue] if span.cue else [])
                result.entity_type = label
                out.append(result)
        # Where the writer lives and how they sign (a compound or village named alone, a
        # signature with a place or a unit): the cue says what the span is; these come first
        # so that on a tie with the model's reading of the same characters they win.
        placed = []
        for start, end, label, score, cue in (residence_rules(folded) + signature_rules(folded)
                                              + table_name_cells(folded)):
            if label in wanted and not (label == "PERSON"
                                        and is_label_not_name(folded[start:end])):
                placed.append(self._result(start, end, score, [cue]))
                placed[-1].entity_type = label
        placed = _gap_fillers_only(placed, out)
        placed.extend(self._repeated_places(folded, placed, out))
        out = placed + out
        if "CN_WORKPLACE" in wanted:
            # cut spans may now start where a workplace cue ends (申领人老项（…）: look again
            by_end: dict[int, list[RecognizerResult]] = {}
            for r in out:
                if r.entity_type in ("ORGANIZATION", "CN_WORKPLACE"):
                    by_end.setdefault(r.end, []).append(r)
            spans = sorted({(r.start, r.end) for rs in by_end.values() for r in rs})
            for start, end in workplace_spans(folded, spans):
                for r in by_end[end]:  # the span (a rule's and the model's reading alike), with
                    # the head of the name the model left out
                    r.start, r.entity_type = min(r.start, start), "CN_WORKPLACE"
            fields = []
            for start, end in workplace_fields(folded):
                fields.append(self._result(start, end, WORKPLACE_FIELD_SCORE, ["field:workplace"]))
                fields[-1].entity_type = "CN_WORKPLACE"
            out = fields + out  # first: on a tie with the model's span, the field's reading wins
        return out
