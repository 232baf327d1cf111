"""What a caller answers when the agent asks for a name, a number or a home, turn by turn.

A call transcript records the caller giving their mobile in pieces over several turns
(来电：幺五六……⏎坐席：嗯。⏎来电：三五〇九，⏎坐席：嗯，后面呢？⏎来电：8950。) and their
name as a bare answer (坐席：您贵姓？⏎来电：姓许，帆。 / 来电：申亮。). No piece is a phone
number by its shape and no answer has a cue before it on its own line; the question asked
on the line before says what they are. Linear: one pass over the lines.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from jubao_redact.freetext.lexicons import common_words, surnames
from jubao_redact.nlp_engine import LANGUAGE
from jubao_redact.normalize import TextViews
from jubao_redact.recognizer import ZhRecognizerMixin
from jubao_redact.spec import RecognizerSpec

# A turn of a transcript: a short speaker label at the line's start, a colon, what is said.
_TURN = re.compile(r"^[ \t]*(?P<who>[^\s：:，,。]{1,6})[ \t]*[：:][ \t]*(?P<say>[^\n]*)$", re.MULTILINE)
# The agent asks for a number (方便留个手机吗？ 您的电话是多少？) or a name (您贵姓？ 怎么称呼您？).
_ASKS_NUMBER = re.compile(r"(?:手机|电话|号码|联系方式)[^\n]{0,10}(?:[？?]|吗)")
_ASKS_NAME = re.compile(r"贵姓|怎么称呼|叫什么|您的?姓名|尊姓")
# ... or where the caller lives (您住在附近吗？ 您家在哪？ 住哪儿？).
_ASKS_HOME = re.compile(r"您?住在?(?:附近|哪)|您?家(?:住|在)(?:哪|附近)|住址|住的地方")
# The place in the answer: after 就在 / 住在 / 我家在 …, the clauses that end like a place
# (就在张湾镇下新店村，9组，窗户正对着它 → 张湾镇下新店村，9组).
_HOME_ANSWER = re.compile(r"(?:对[，,]?)?(?:我|俺)?(?:家)?(?:就)?(?:住)?(?:在|住)")
_PLACE_CLAUSE = re.compile(
    r"[\u4e00-\u9fff0-9]{1,20}?(?:省|市|区|县|乡|镇|村|组|屯|庄|街道|社区|小区|花园|家园|公馆|名城|新村|苑|[0-9]+号(?:院|楼)?|室|单元|栋|幢)"
    r"(?=[，,。；;]|$)")
# An answer that is a piece of a number (digits view: 幺五六 reads 156): 3 or 4 digits, maybe
# trailing off (……) or followed by a comma or a full stop.
_PIECE = re.compile(r"(?P<digits>[0-9]{3,4})[ \t]*(?:…+|\.{2,}|[，,。.])?[ \t]*")
# A caller's aside while looking the number up (哎等一下，我看看…): the dictation goes on.
_ASIDE = re.compile(r"等一下|等等|稍等|我看看|我找找|我查查|嗯|啊|哦")
# A name answered alone: 姓许，帆。 / 我姓熊。 / 姓王，建平。 / 申亮。 / 白桂花。
_NAME_ANSWER = re.compile(
    r"""(?:我)?姓(?P<sur>[\u4e00-\u9fff])(?:[，,、 ][ ]?(?P<given>[\u4e00-\u9fff]{1,2}))?[。.！!]?$
      | (?P<full>[\u4e00-\u9fff]{2,3})[。.！!]?$""",
    re.VERBOSE,
)
MAX_TURNS = 10


class CallAnswerRecognizer(ZhRecognizerMixin, EntityRecognizer):
    """Numbers dictated in pieces and names answered alone, after the agent's question."""

    def __init__(self, spec: RecognizerSpec) -> None:
        self.spec = spec
        self.context_rule = None
        self._number_score = float(spec.options.get("number_score", 0.6))
        self._name_score = float(spec.options.get("name_score", 0.7))
        super().__init__(supported_entities=list(spec.entities), name=spec.name,
                         supported_language=LANGUAGE)

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        views = getattr(nlp_artifacts, "views", None) or TextViews(text)
        digits = views.digits
        turns = list(_TURN.finditer(digits))
        out: list[RecognizerResult] = []
        for i, ask in enumerate(turns):
            said = ask.group("say")
            if _ASKS_NUMBER.search(said):
                out.extend(self._pieces(turns, i, ask.group("who")))
                continue
            answer = turns[i + 1] if i + 1 < len(turns) else None
            if answer is None or answer.group("who") == ask.group("who"):
                continue  # only the other speaker's next turn answers
            if _ASKS_NAME.search(said):
                out.extend(self._name(views.folded, answer))
            elif _ASKS_HOME.search(said):
                out.extend(self._home(views.folded, answer))
        return out

    def _pieces(self, turns: list[re.Match[str]], i: int, asker: str) -> list[RecognizerResult]:
        pieces, total = [], 0
        for answer in turns[i + 1 : i + 1 + MAX_TURNS]:
            if answer.group("who") == asker:
                continue  # 坐席：嗯，后面呢？
            m = _PIECE.fullmatch(answer.string, *answer.span("say"))
            if m is None:
                if _ASIDE.search(answer.group("say")) and len(answer.group("say")) <= 12:
                    continue
                break
            pieces.append(m.span("digits"))
            total += m.end("digits") - m.start("digits")
            if total >= 11:
                break
        if len(pieces) < 2 or total < 7:
            return []  # one short answer is no dictated number
        return [self._result(a, b, self._number_score, ["call:number-in-pieces"]) for a, b in pieces]

    def _name(self, folded: str, answer: re.Match[str]) -> list[RecognizerResult]:
        say0 = answer.start("say")
        m = _NAME_ANSWER.match(folded, say0, answer.end("say"))
        if m is None:
            return []
        single, compound, _ = surnames()
        if m.group("full"):
            name = m.group("full")
            if not (name[0] in single or name[:2] in compound) or name in common_words():
                return []  # 好的。 / 没有。: an answer, no name
            return [self._person(m.start("full"), m.end("full"))]
        if m.group("sur") not in single:
            return []
        out = [self._person(m.start("sur"), m.end("sur"))]
        if m.group("given") and m.group("given") not in common_words():
            out.append(self._person(m.start("given"), m.end("given")))
        return out

    def _home(self, folded: str, answer: re.Match[str]) -> list[RecognizerResult]:
        pos, stop = answer.start("say"), answer.end("say")
        lead = _HOME_ANSWER.match(folded, pos, stop)
        if lead is not None:
            pos = lead.end()
        start = end = pos
        while True:
            m = _PLACE_CLAUSE.match(folded, pos, stop)
            if m is None:
                break
            end = m.end()
            if end < stop and folded[end] in "，,":
                pos = end + 1
            else:
                break
        if end - start < 2:
            return []  # 就在附近 / 对: no place named
        r = self._result(start, end, self._name_score, ["call:home-answer"])
        r.entity_type = "CN_ADDRESS"
        return [r]

    def _person(self, start: int, end: int) -> RecognizerResult:
        r = self._result(start, end, self._name_score, ["call:name-answer"])
        r.entity_type = "PERSON"
        return r
