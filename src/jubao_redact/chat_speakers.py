"""Chat-log speakers: nicknames at the start of message lines, and their other mentions.

Group-chat screenshots pasted into complaints name each speaker at the start of a line
("[9点45分] 麦田爱家乡(赖强)：…"). The nickname identifies the reporter as surely as a name,
and so does every later mention of it ("@麦田爱家乡"). Two passes, both linear: one regex over
line starts collects speakers, one alternation of the speakers' names finds all mentions.
"""

from __future__ import annotations

import re
from collections import Counter

from presidio_analyzer import EntityRecognizer, RecognizerResult

from jubao_redact.nlp_engine import LANGUAGE
from jubao_redact.normalize import TextViews
from jubao_redact.recognizer import ZhRecognizerMixin
from jubao_redact.resources import terms
from jubao_redact.spec import RecognizerSpec

_LINE = re.compile(
    r"""
    ^[ \t]*
    (?P<ts>                                   # an optional time stamp before the speaker
        [\[【][^\]】\n]{1,24}[\]】]              # [9点45分]  【晚上9点多】
      | (?:19|20)[0-9]{2}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?[ \t]*
        (?:[0-9]{1,2}[:时][0-9]{1,2}(?:[:分][0-9]{1,2})?分?)?   # 2024/05/12 03:06, 2023年6月7日1时58分
      | [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?     # 07:22, 22:18:05
      | (?:凌晨|早上|上午|中午|下午|晚上|傍晚|夜里)?
        [0-9]{1,2}[点时](?:[0-9]{1,2}分|多|半)?   # 凌晨3点, 22点18分
    )?
    [ \t]*
    # the nickname, up to the colon; greedy, since it can't contain what may follow it
    # (a lazy quantifier here made the regex three times slower and matches the same)
    (?P<nick>[^\s:\[\]【】()（）@,，。;；!?！？]{1,20})
    (?:[ \t]*[(（](?P<name>[^)）\n]{1,12})[)）])?          # a real name in brackets
    [ \t]*:(?![0-9]{2})                       # ：folds to :; 19:11 is a time, not a speaker
    """,
    re.VERBOSE | re.MULTILINE,
)
_FIELD_SUFFIX = re.compile(
    r"(人|电话|号码|编号|账号|卡号|序号|文号|案号|地址|单位|时间|日期|类型|内容|问题|编号|意见|结果|情况|名称|方式|代码|部门|"
    r"地点|事项|要求|诉求|说明|备注|附件|信息|记录|状态|级别|期限|来源|标题|区域|行业)$"
)
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_HEADING_STARTS = ("以下", "如下", "下面", "附", "截图")
# A document that says it is a chat log: then every line-start label is a speaker.
_CHAT_HEADER = re.compile(r"群聊|群截图|聊天记录|聊天截图|微信群|QQ群|业主群|村民群|群里")


def is_label_not_speaker(nick: str) -> bool:
    """Form labels and the chat log's own heading (以下为村民群截图文字：) are not speakers."""
    return (nick in terms("terms/field_labels.txt") or bool(_FIELD_SUFFIX.search(nick))
            or nick.isdigit() or _CHAT_HEADER.search(nick) is not None
            or nick.startswith(_HEADING_STARTS))


class ChatSpeakerRecognizer(ZhRecognizerMixin, EntityRecognizer):
    """Speakers of a chat log and every mention of them."""

    def __init__(self, spec: RecognizerSpec) -> None:
        self.spec = spec
        self.context_rule = None
        self._speaker_score = float(spec.options.get("speaker_score", 0.75))
        self._name_score = float(spec.options.get("name_score", 0.8))
        super().__init__(supported_entities=list(spec.entities), name=spec.name,
                         supported_language=LANGUAGE)

    def load(self) -> None:
        pass

    _is_field = staticmethod(is_label_not_speaker)

    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        views = getattr(nlp_artifacts, "views", None) or TextViews(text)
        folded = views.folded
        starts: Counter[str] = Counter()
        stamped: set[str] = set()
        names: list[tuple[int, int]] = []
        for m in _LINE.finditer(folded):
            nick = m.group("nick")
            if self._is_field(nick):
                continue
            starts[nick] += 1
            if m.group("ts"):
                stamped.add(nick)
            if m.group("name") and _CJK_NAME.fullmatch(m.group("name")):
                names.append(m.span("name"))
        chat = bool(stamped) or _CHAT_HEADER.search(folded) is not None
        speakers = {n for n, c in starts.items()
                    if c >= 2 or n in stamped or (chat and len(n) >= 2)}
        if not speakers:
            return []
        wanted = set(entities) if entities else set(self.spec.entities)
        out = []
        if "CN_SOCIAL_ACCOUNT" in wanted:
            alternation = re.compile("|".join(re.escape(n) for n in sorted(speakers, key=len, reverse=True)))
            for m in alternation.finditer(folded):
                out.append(self._result(m.start(), m.end(), self._speaker_score, ["chat:speaker"]))
        if "PERSON" in wanted:
            for start, end in names:
                r = self._result(start, end, self._name_score, ["chat:speaker_name"])
                r.entity_type = "PERSON"
                out.append(r)
        return out
