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

from jubao_redact.freetext.lexicons import common_words
from jubao_redact.nlp_engine import LANGUAGE
from jubao_redact.normalize import TextViews
from jubao_redact.recognizer import ZhRecognizerMixin
from jubao_redact.resources import terms
from jubao_redact.spec import RecognizerSpec

# A time as chat exports and screenshot transcriptions write it.
_TIME = r"""
    (?: [\[【](?=[^\]】\n]{0,23}[0-9点时分])   # a bracket holding a time: [9点45分] 【晚上9点多】,
        [^\]】\n]{1,24}[\]】]                  # never a field label such as 【附件链接】
      | (?:19|20)[0-9]{2}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?[ \t]*
        (?:[0-9]{1,2}[:时][0-9]{1,2}(?:[:分][0-9]{1,2})?分?)?   # 2024/05/12 03:06, 2023年6月7日1时58分
      | [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?     # 07:22, 22:18:05
      | (?:凌晨|早上|上午|中午|下午|晚上|傍晚|夜里)?
        [0-9]{1,2}[点时](?:[0-9]{1,2}分|多|半)?   # 凌晨3点, 22点18分
    )"""
# A full time stamp as message exports print it before the nickname: a date and a clock
# (2022-08-16 16:02:56, 2023/5/1 9:03); a bare clock there would be a reading (19:11 水变黑).
_STAMP = r"""
    (?:19|20)[0-9]{2}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?   # the date
    [ \t]+[0-9]{1,2}[:时][0-9]{1,2}(?:[:分][0-9]{1,2}秒?)?   # the clock, seconds optional
"""


def _nick(tag: str = "") -> str:
    """The nickname pattern; ``tag`` names its groups apart where two alternatives hold one.

    Greedy, since it can't contain what may follow it (a lazy quantifier made the line
    regex three times slower and matches the same). It may stand in brackets."""
    return rf"""
    [\[【]?(?P<nick{tag}>[^\s:\[\]【】()（）@,，。;；!?！？]{{1,20}})[\]】]?
    (?:[ \t]*[(（](?P<name{tag}>[^)）\n]{{1,40}})[)）])?   # a real name, QQ number or mail address in brackets
"""


_NICK = _nick()
# "[9点45分] 麦田爱家乡(赖强)：我到了", "海阔 说：…": a speaker, a colon, the message.
_LINE = re.compile(
    rf"""
    ^[ \t]*
    (?:[└├┗┣↳][─ \t]*)?                       # a reply under a comment, drawn as a tree branch
                                              # (  └ 平安793（UP主）：别猜了)
    (?P<ts>{_TIME})?                          # an optional time stamp before the speaker
    [ \t]*
    (?:(?:业主|住户|客户|访客|网友|用户|居民|村民)[ \t]+)?   # a service chat's label for who speaks
                                              # ([08:35] 业主 青山常在：…)
    {_NICK}
    (?:[ \t]+(?P<tsa>[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?))?   # or the time after it (阳光随风1958 17:47：…)
    (?:[ \t]*说)?                              # 海阔 说：…
    [ \t]*:(?![0-9]{{2}}|//)                   # ：folds to :; 19:11 is a time and
                                              # 官网https://… a link, not a speaker
    """,
    re.VERBOSE | re.MULTILINE,
)
# "海阔 凌晨2点" / "海阔(123456789) 2024-05-12 14:03" alone on a line, the message below it:
# how WeChat and QQ exports and screenshot transcriptions head each message. QQ's own
# message export puts the time first: "2022-08-16 16:02:56 海阔(123456789)".
_HEADER = re.compile(
    rf"""
    ^[ \t]*
    (?:[┌├└│][ \t]*)?                          # a chat record forwarded into a chat, boxed by
                                              # the transcription (┌ 家园一号2010 11月1日 10:37)
    (?: {_NICK}
        (?:[ \t]+|(?<=[\]】]))                  # nickname, then the time (no blank needed
        (?P<ts>{_TIME})                         # after a bracket: 【山鹰】08:45)
      | (?P<ts2>{_STAMP})[ \t]+                # or the time (a date and a clock), then
        {_nick("2")}                            # the nickname
      | (?P<ts3>[0-9]{{1,4}}楼)[ \t]+            # or a forum thread's floor, the nickname (楼主 in
        {_nick("3")}                            # brackets: who opened the thread), where the post
        [ \t]+IP属地[:：][^\s]{{1,12}}(?:[ \t]+Lv[0-9]{{1,2}})?   # came from and the level
    )
    [ \t]*$                                    # and nothing else on the line
    """,
    re.VERBOSE | re.MULTILINE,
)
_BOXED = re.compile(r"[ \t]*[┌├└│]")
# A user labelled by their role in a bracket, as an official account's or a bot's service
# chat prints it: "[用户 海阔人家] 往河滩上倒…" (the bot's own turns: [智能助手] …).
_ROLE_BRACKET = re.compile(
    r"^[ \t]*[\[【](?:用户|访客|网友|游客|客户|居民|市民)[ \t]*(?P<nick>[^\s\]】]{2,20})[\]】]", re.MULTILINE)
# The likes under a WeChat Moments post, as a transcription of its screenshot lists them
# (♡ 山鹰爱家乡，清风一号，白云卫士): every name there is an account.
_LIKES = re.compile(r"^[ \t]*(?:♡|❤️?|♥|👍|赞[:：])[ \t]*(?P<names>[^\n]{2,200})$", re.MULTILINE)
_LIKE_SEP = re.compile(r"[ \t]*[，,、][ \t]*")
_LIKE_NAME = re.compile(r"[^\s:：\[\]【】()（）@。！？!?]{2,14}")
_MOMENTS = re.compile(r"朋友圈|点赞|赞了|动态|说说")
_POSTER = re.compile(r"^[^\n]*(?:朋友圈|动态|说说)[^\n]*\n[ \t]*\n[ \t]*(?P<nick>[^\s:：，,。！!？?()（）\[\]【】]{2,16})[ \t]*\n(?=[^\n])",
                     re.MULTILINE)
# A QQ number as a client prints it after a nickname: 5 to 11 digits, never a leading 0;
# a mobile's shape there (a WeChat remark 老王（13812345678）) is left to CN_MOBILE.
_QQ_NUMBER = re.compile(r"[1-9][0-9]{4,10}")
# The header block of QQ's message export: 消息对象:<the partner's nickname> alone on its line.
_EXPORT_PARTNER = re.compile(r"^消息对象:[ \t]*(?P<nick>[^\s:：()（）@]{2,20})[ \t]*$", re.MULTILINE)
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_ACCOUNT_ID = re.compile(r"[1-9][0-9]{4,10}|[A-Za-z0-9._-]{1,30}@[A-Za-z0-9.-]{1,30}")
_DATED = re.compile(r"(?:19|20)[0-9]{2}[-/.年]")
# A date in the brackets after a nickname (绿水（12月4日）：, 家园人家（2020/11/8）：).
_BRACKET_DATE = re.compile(
    r"""(?:(?:19|20)[0-9]{2}[-/.年])?[0-9]{1,2}[-/.月][0-9]{1,2}[日号]?(?:[ ][0-9]{1,2}:[0-9]{2})?
      | (?:二〇|二零)[〇零一二三四五六七八九]{2}年[^)）\n]{1,8}日""", re.X)
_FIELD_SUFFIX = re.compile(
    r"(人|电话|号码|编号|账号|卡号|序号|文号|案号|地址|单位|时间|日期|类型|类别|内容|问题|编号|意见|结果|"
    r"情况|名称|方式|代码|部门|地点|事项|要求|诉求|说明|备注|附件|链接|信息|记录|状态|级别|期限|来源|标题|"
    r"区域|行业|描述|机关回复|单位回复|部门回复|官方回复|机关答复|单位答复|微信号|QQ号|qq号|手机号|昵称)$"
)
# Who speaks for an office, and pronouns: "客服：", "坐席：", "我：" head the lines of a
# service chat. They are not accounts, and their words are everywhere in the text.
_ROLE_LABEL = re.compile(r"(客服|坐席|小助手|助手|机器人|工作人员|接线员|话务员|值班员|管理员|群主|系统消息|系统)$")
_PRONOUNS = frozenset("我 你 他 她 您 我们 你们 他们 她们 咱 咱们 本人 对方 问 答 回复 答复".split())
# Words of time that head a line of a schedule or a log (今天 12:30 / 明天 13:00), no speakers.
_DAY_WORD = re.compile(r"(?:今|明|昨|后|前|当|次|每)天|(?:今|明|昨|当)晚|上午|下午|中午|晚上|凌晨|早上|傍晚|夜里"
                       r"|周[一二三四五六日末]|星期[一二三四五六日天]|[0-9]+[日号]")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_HEADING_STARTS = ("以下", "如下", "下面", "附", "截图")
# A document that says it is a chat log: then every line-start label is a speaker.
_CHAT_HEADER = re.compile(
    r"群(?:聊|截图|里)|聊天记录|聊天截图|截图转文字|微信群|QQ群|评论导出|—— 评论 ——"
    # what an export writes in place of a picture, a clip or a voice message
    r"|\[(?:图片|视频|语音|表情|动画表情|文件)\]"
    # a group's name as a heading: 业主交流群（截图转文字）; the look-behind comes after 群
    # so that re jumps from 群 to 群 instead of trying every Chinese character
    r"|群(?=[（(:】\n]|$)(?<=[\u4e00-\u9fff]群)"
)


#: A key of a JSON or YAML record is quoted ("mobile": …); a nickname never is.
_QUOTES = frozenset("\"'“‘「")


def is_label_not_speaker(nick: str) -> bool:
    """Form labels, office roles, pronouns and the chat log's own heading
    (以下为村民群截图文字：) are not speakers."""
    return (nick in terms("terms/field_labels.txt") or bool(_FIELD_SUFFIX.search(nick))
            or nick[:1] in _QUOTES  # "caseNo": a key of a JSON record
            or nick.isdigit() or _CHAT_HEADER.search(nick) is not None
            or nick.startswith(_HEADING_STARTS) or nick in _PRONOUNS
            or _ROLE_LABEL.search(nick) is not None or _DAY_WORD.fullmatch(nick) is not None)


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
        headed: Counter[str] = Counter()
        heads: list[tuple[str, int, int]] = []  # every line-start label, where it stands
        numbers: list[tuple[str, int, int]] = []  # QQ numbers in brackets after a nickname
        boxed = 0
        for regex, counts in ((_LINE, starts), (_HEADER, headed)):
            for m in regex.finditer(folded):
                tag = "" if regex is not _HEADER else "2" if m.group("nick2") else "3" if m.group("nick3") else ""
                nick, name = m.group("nick" + tag), m.group("name" + tag)
                if self._is_field(nick):
                    continue
                counts[nick] += 1
                if regex is _HEADER and _BOXED.match(folded, m.start()) is not None:
                    boxed += 1  # a heading of a chat record quoted in the chat (┌ 海阔 12:30)
                heads.append((nick, *m.span("nick" + tag)))
                if regex is _LINE and (m.group("ts") or m.group("tsa")):
                    stamped.add(nick)
                if regex is _LINE and name and _BRACKET_DATE.fullmatch(name):
                    stamped.add(nick)  # 绿水（12月4日）：… a comment under a page, dated
                    name = None
                if name and _CJK_NAME.fullmatch(name) and name not in common_words():
                    # (王玲（支书）：… 严杰（会计）：: an office or a trade in brackets, no name)
                    names.append(m.span("name" + tag))
                elif name and _QQ_NUMBER.fullmatch(name) and not _MOBILE.fullmatch(name):
                    numbers.append((nick, *m.span("name" + tag)))
                if (regex is _HEADER and name and _ACCOUNT_ID.fullmatch(name)
                        and (tag or _DATED.match(m.group("ts")))):
                    stamped.add(nick)  # nick(QQ or mail) and a dated stamp: a QQ export, surely
        for m in _ROLE_BRACKET.finditer(folded):
            starts[m.group("nick")] += 2  # the label says it is a chat's speaker
            heads.append((m.group("nick"), *m.span("nick")))
        if _MOMENTS.search(folded) is not None:  # (a post's likes: only under a Moments post)
            # the post's author: a name alone on its line under the transcription's title, the
            # post below it (朋友圈截图文字整理…⏎⏎白云677⏎渠里的水…)
            for m in _POSTER.finditer(folded):
                nick = m.group("nick")
                if not self._is_field(nick) and nick not in common_words():
                    starts[nick] += 2
                    heads.append((nick, *m.span("nick")))
            # a reply in the comments names two accounts (绿水卫士回复山鹰：…)
            for nick, a, b in list(heads):
                k = nick.find("回复")
                if 2 <= k and len(nick) - k - 2 >= 2:
                    starts[nick[:k]] += 2
                    starts[nick[k + 2:]] += 2
                    heads.append((nick[:k], a, a + k))
                    heads.append((nick[k + 2:], a + k + 2, b))
            for m in _LIKES.finditer(folded):
                a, line1 = m.span("names")
                parts = []
                for sep in _LIKE_SEP.finditer(folded, a, line1):
                    parts.append((a, sep.start()))
                    a = sep.end()
                parts.append((a, line1))
                # (a sentence's pieces end in a particle or are dictionary words: 辛苦了, 大家)
                names_here = [(x, y) for x, y in parts if _LIKE_NAME.fullmatch(folded, x, y)
                              and folded[y - 1] not in "了吧啊呢吗呀哦啦" and folded[x:y] not in common_words()]
                if len(names_here) == len(parts) >= 2:  # a list of names, not a sentence
                    for x, y in names_here:
                        starts[folded[x:y]] += 2
                        heads.append((folded[x:y], x, y))
        # three heading lines (海阔 12:30 / 明月 12:31 …, the message under each) are a chat
        # log's layout even when each speaker heads one message only
        chat = (bool(stamped) or _CHAT_HEADER.search(folded) is not None
                or sum(headed.values()) >= 3)
        # a "nick time" heading line counts twice over, or in a text that says it is a chat
        # (where heading lines head the messages, a colon once inside a message is no speaker
        # line: 你自己看看：他们厂的货车…)
        # (the headings of a chat record quoted inside it head only that record's messages)
        headings = sum(headed.values()) - boxed >= 3
        speakers = {n for n, c in starts.items()
                    if c >= 2 or n in stamped or (chat and len(n) >= 2 and (not headings or n in headed))}
        speakers |= {n for n, c in headed.items() if c >= 2 or (chat and len(n) >= 2)}
        # QQ's export names the other side of a one-to-one chat in its header block
        # (消息对象:清风徐来); a group's name there (…业主群) is no account
        for m in _EXPORT_PARTNER.finditer(folded):
            if not m.group("nick").endswith("群") and not self._is_field(m.group("nick")):
                speakers.add(m.group("nick"))
        # a one-character nickname (鹏：) is a speaker only where it heads a line: the same
        # character elsewhere in the text is just a character
        short = {n for n in speakers if len(n) == 1 and starts[n] + headed[n] >= 2}
        speakers = {n for n in speakers if len(n) >= 2}
        if not speakers and not short:
            return []
        wanted = set(entities) if entities else set(self.spec.entities)
        out = []
        if "CN_SOCIAL_ACCOUNT" in wanted:
            if speakers:
                alternation = re.compile(
                    "|".join(re.escape(n) for n in sorted(speakers, key=len, reverse=True)))
                for m in alternation.finditer(folded):
                    start = m.start() - (m.start() > 0 and folded[m.start() - 1] == "@")  # @海阔 whole
                    out.append(self._result(start, m.end(), self._speaker_score, ["chat:speaker"]))
            for nick, start, end in heads:
                if nick in short:
                    out.append(self._result(start, end, self._speaker_score, ["chat:speaker"]))
        if "CN_QQ" in wanted:
            for nick, start, end in numbers:
                if nick in speakers or nick in short:
                    r = self._result(start, end, self._speaker_score, ["chat:speaker_qq"])
                    r.entity_type = "CN_QQ"
                    out.append(r)
        if "PERSON" in wanted:
            for start, end in names:
                r = self._result(start, end, self._name_score, ["chat:speaker_name"])
                r.entity_type = "PERSON"
                out.append(r)
        return out
