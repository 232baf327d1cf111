"""Attribute stage: whose is each finding (reporter, subject, third party, official, public)?

For every finding, the first of these that speaks decides (lower level = stronger evidence):

====  ========================================================  ==========================
 0    a fact the caller gave (``reporter=["李明"]``)              ``role:known``
 1    a cue or form field right next to it (举报人：, 该厂负责人,   ``role:field:举报人姓名``,
      在…上班), a title in the mention (王老板, 李科长), the        ``role:cue:该厂``,
      entity itself (CN_WORKPLACE is the reporter's employer),    ``role:title:老板``,
      a salutation line (张三同志：) in a reply, a chat speaker     ``role:speaker:self``
      who says 我打了12369 / 我家…
 2    the shape of an organisation's name (…生态环境局, …小学)     ``role:shape:生态环境局``
 3    the nearest role cue earlier in the same sentence (本人…,    ``role:cue:本人``,
      我的…, 被举报单位…), or the person / organisation decided    ``role:anchor:cue:举报人``
      just before it (收件人张三，13812345678), or a cue after a
      person (张某来电反映, …是这个厂的实际控制人)
 4    sentence structure: an organisation, address, plate, phone  ``role:act:偷排``
      or URL in a sentence about a pollution act (偷排, 直排,
      噪音扰民) is the reported party's
 5    the genre's default for a neutral field (联系电话 in a web    ``role:genre:webform:contact``
      form is the reporter's, at the foot of a 答复 the agency's)
====  ========================================================  ==========================

Then coreference (:mod:`jubao_redact.coref`): mentions of the same value (the same number in
another form, the same name, the same nickname, the part of an address below the district)
and partial forms (张先生/老张/张某 of 张建国, 尾号5678 of a phone) form clusters; every member
takes the role of the cluster's strongest evidence, the reporter winning a tie (fail closed).
A partial form that could belong to two different full names joins neither, but is the
reporter's if either is.

Cost: cue words, sentence ends and acts are found with one regex pass each over the text;
each finding then looks them up with ``bisect`` and walks back over a bounded number of
cues. Linear in the text length plus findings.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter

import numpy as np
from presidio_analyzer import RecognizerResult

from jubao_redact import coref, field_values
from jubao_redact.context import EVIDENCE_KEY
from jubao_redact.freetext.rules import VISITOR
from jubao_redact.genre import Genre, detect_genre
from jubao_redact.normalize import TextViews, fold_digits
from jubao_redact.roles_cues import (
    CODE_TABLE_SIZE,
    CueHit,
    acts_scan,
    domain_shape,
    find_cues,
    genre_defaults,
    genre_table,
    org_shape,
    person_title,
    release_texts,
    releasing_texts,
    salutation_role,
    text_codes,
)

KNOWN_RECOGNIZER = "KnownFactsRecognizer"

KNOWN, STRONG, SHAPE, CUE, ACT, DEFAULT, NONE = 0, 1, 2, 3, 4, 5, 9
# Tie-break between equally strong evidence: the reporter first (fail closed).
ROLE_RANK = {"reporter": 0, "third_party": 1, "subject": 2, "official": 3, "public": 4,
             "unknown": 9}
# Entities whose role a nearby decided person or organisation passes on (its phone, its ID…).
_ANCHORS = frozenset({"PERSON", "ORGANIZATION", "CN_WORKPLACE"})
_NOT_ANCHORED = frozenset({"PERSON", "ORGANIZATION", "CN_WORKPLACE", "CN_ADDRESS"})
# What only a person has: an organisation never passes its role on to these.
_PERSONAL_ONLY = frozenset({"CN_ID_CARD", "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_BANK_CARD",
                            "DEMOGRAPHIC", "CN_QQ", "CN_WECHAT", "CN_SOCIAL_ACCOUNT"})
# Contacts that belong to a person, never to a public institution named before them.
_PERSONAL_CONTACT = _PERSONAL_ONLY | {"CN_MOBILE", "EMAIL_ADDRESS"}
# What a sentence about a pollution act makes the subject's.
_ACT_ENTITIES = frozenset({"ORGANIZATION", "CN_ADDRESS", "CN_LICENSE_PLATE", "CN_LANDLINE",
                           "URL", "CN_USCC"})
# Contact labels that name a person's own contact: a line led by one ends another party's block.
_PERSON_CONTACT_LABELS = frozenset({"手机", "手机号", "手机号码", "通讯地址", "通信地址", "邮寄地址",
                                    "快递地址", "联系人", "联系方式"})
# Address labels that name where a person is reached: a value right after one is no polluter's
# site because its sentence is about a pollution act (…申请（联系地址：…），申请获取X的排污许可…).
_PERSON_ADDRESS_LABELS = frozenset({"联系地址", "通讯地址", "通信地址", "邮寄地址", "快递地址"})
_LEAD_CHARS = frozenset("\n \t\u3000【[［〔=＝-—#*（(一二三四五六七八九十0123456789、.．)）|｜")  # before a leading cue
_CELL_LEAD = frozenset(" \t\u3000|｜,\"")  # before a value that starts a table cell (CSV too)
# …or a tail's word that starts the cell (| 尾号4652 |: the number is the cell's value).
_TAIL_IN_CELL = re.compile(r"(?:^|[ \t\u3000|｜,])(?:尾号|后四位|末四位|后4位|末4位)$", re.M)
_TAIL_WORD_ENDS = frozenset("号位")
_VALUE_LEAD = frozenset("\n \t\u3000【[［〔")  # what may stand before a value that starts its line
_OWN_UNIT = ("单位", "工作", "上班", "任职", "职工", "员工")  # a reporter line about their employer
TAIL_SHARE = 0.7  # the closing part of a document starts here (agency contacts)
MAX_CUES_BACK = 12  # bound on the backward walk: keeps every lookup O(1)

_SENTENCE_CHARS = frozenset("。！？!?\n")                   # a cue does not reach past these
_CLAUSE_CHARS = _SENTENCE_CHARS | frozenset("；;，,、")   # clause-scoped cues stop at ；，、 too
# Between a cue and its value: spaces, a colon, a table bar, 为/是/叫/的, an opening bracket,
# or one bracketed aside (张某（电话…）反映).
_GAP = re.compile(
    r"""[ \t\u3000：:|｜】］\]〕为是叫的（(「“"#]{0,4}   # punctuation, closing brackets, copulas,
                                               # an SMS report's # fields (举报#X路886号#…)
        (?:[（(][^（）()\n]{0,30}(?:\n[^（）()\n]{0,20})?[)）])?   # one bracketed aside (a number
                                              # broken over two lines in it: 李阳（158165⏎80838）反映)
        (?:等[0-9一二三四五六七八九十两几多]{0,3}[人名位户]?)?   # 周萍等4人多次来访: the others with them
        [ \t\u3000：:|为是叫的]{0,2}
    """,
    re.X,
)
# Field labels that name the reported party whoever's section they stand in.
_OTHER_PARTY_LABEL = re.compile(r"被|涉事|问题|对象|投诉对象|举报对象|反映对象|污染|排污|事发|发生")
# Every character a non-empty _GAP can start with (its three parts' first characters).
_GAP_FIRST = frozenset(" \t\u3000：:|｜】］]〕为是叫的（(「“\"#等")
# A section heading: the role cue alone on its line, with numbering and decoration around it.
_HEADING_LEFT = re.compile(r"""[ \t\u3000【\[［=＝\-—#*（(一二三四五六七八九十0-9、.．)）|｜]*
                              (?:[A-Z][A-Za-z ]{1,30}[ ]?/[ ]?)?   # a bilingual label: Company reported / 被举报单位""", re.X)
_HEADING_RIGHT = re.compile(r"""(?P<kind>(?:的)?(?:基本)?(?:信息|情况|资料))?
                                (?:[（(][^()（）\n]{1,8}[)）])?      # a note: 举报人信息（保密）
                                [ \t\u3000】\]］=＝\-—#*]*""", re.X)
# A line of prose (a sentence with 。 or a long line), not a form field: ends a section.
_PROSE_LINE = re.compile(r"""^(?:[^\n]*[。！？!?]          # a sentence ends on it
                                |[^\n]{80}               # a long line
                                |[^\n，,]*[，,][^\n，,]*[，,]   # two clauses (a form's field has
                              )                           # none; the text is width-folded)
                           """, re.X | re.M)  # from a line start: each line is tried once
# 张三同志： / 李先生： alone on a line: the person a letter or reply is addressed to.
_SALUTATION_TAIL = re.compile(
    r"""(?:同志|先生|女士|先生/女士|领导)?          # a form of address after the name, if any
        (?:[（(/](?:先生|女士)[)）]?)?              # 女士（先生）: a form that covers both
        [ \t]*[：:][ \t]*(?:\n|$)""", re.X)
_SALUTATION_OPEN = re.compile(r"(?:同志|先生|女士|领导)?[ \t]*[：:，,]")
# The rest of a comma-separated record after its first cell (黄荣，4107…，133…，人民币…元，（签名）,
# 张三，男，45岁，…): a list's row, no salutation; a letter's 刘同志，下面是… goes on in words.
_RECORD_ROW = re.compile(r"[，,][ \t]*(?:[0-9]|[男女][，,])[^\n，,]*[，,][^\n，,]*[，,]")
_UNIT_NOUN = re.compile(r"(?:企业|单位|对象|主体)?")  # 被反映|企业|X: the cue's noun before the name
# An approval written on an agency's form, right before the signer's name on the same line
# (科室负责人意见：同意。X, 审批意见：拟同意 X).
_APPROVAL = re.compile(r"(?:意见|审批|审核|批示)[ \t]*[：:]?[ \t]*(?:拟同意|同意|已阅|属实|情况属实)[。，,;；.]?[ \t]*\Z")
# …or any opinion written on such a form and signed with a date after the name (拟办意见：建议转
# X局核查。    王健  8月20日): checked from the line's start to the name and after it.
_OPINION_LINE = re.compile(r"[ \t]*(?:拟办|审核|审批|领导|承办|处理|办理|科室|分管领导|经办人|承办人|经办)?(?:意见|批示)[ \t]*[：:]")
_SIGNED_DATE = re.compile(r"[ \t]{1,8}(?:[0-9]{4}[年./-])?[0-9]{1,2}[月./-][0-9]{1,2}日?"
                          r"|[ \t]*(?:\n|$)")  # or nothing after it on the line (…意愿。  杨帆⏎)
# …and when nothing follows: the opinion has ended before the name (…本人真实意愿。  杨帆).
_OPINION_DONE = re.compile(r"[。.][ \t\u3000]{1,8}\Z")
# What a signature's contact lines hold, and what an agency's name line looks like.
_SIGNED_CONTACT = frozenset({"CN_LANDLINE", "CN_MOBILE", "EMAIL_ADDRESS"})
_CONTACT_LINE = re.compile(r"[ \t\u3000]*(?:电话|手机|座机|传真|邮箱|联系电话|办公电话|E-?mail|Tel)[ \t]*[:：]", re.I)
_NAME_LINE = re.compile(r"[\u4e00-\u9fff（）()]{4,30}")
# A contact line of a document's foot: its person or its phone (联系人：史平  (0391)…).
_CONTACT_PERSON_LINE = re.compile(r"[ \t\u3000]*(?:联系人|经办人|联系电话|电话|手机)[ \t]*[:：]")
_UNIT_FIELD_LINE = re.compile(r"[ \t\u3000]*(?:单位|工作单位|所在单位|公司|Company)[ \t]*[:：]")
_ORG_CONTACT_LINE = re.compile(r"[ \t\u3000]*(?:联系人|联络人)[ \t]*[:：]")
_SEAL_END = re.compile(r"[（(](?:盖章|公章|章|印章)[)）]$")
_DEPARTMENT_END = re.compile(r"(?:科|处|室|股|办|大队|支队|中队|中心)$")
# The turns of a call transcript: the agent's and the caller's labels at the start of a line.
# (Line starts as re.M's ^, not (?:^|(?<=\n)): the same positions, a third of the scan time.)
# (a speech-to-text transcript stamps each turn: [13:00:04] 坐席：…)
_TURN_STAMP = r"(?:\[[0-9:：]{5,8}\][ \t]*)?"
_STAFF_TURN = re.compile(rf"^[ \t]*{_TURN_STAMP}(?:坐席|话务员|接线员|客服|工作人员|接警员)[ \t]*[：:]", re.M)
_CALLER_TURN = re.compile(rf"^[ \t]*{_TURN_STAMP}(?P<who>来电人|来电者|来电|市民|群众)[ \t]*[：:]", re.M)
# A chat's speaker labelled as a resident ([08:35] 业主 青山常在：… of a property service's
# chat): 业主 says what kind of customer speaks (a homeowner), not whose business it is.
_RESIDENT_SPEAKER = re.compile(r"""^[ \t]*(?:[\[(（]?[0-9:：/ \-]{4,19}[\])）]?[ \t]*)?  # a time stamp
                                 (?P<who>业主|住户)[ \t]+[^\s：:]{1,16}[：:]   # the label, then the name
                               """, re.M | re.X)


def _line_matches(regex: re.Pattern, text: str):
    """``regex.finditer(text)`` for a pattern that starts with re.M's ^ and whose matches lie
    within one line (_CALLER_TURN, _RESIDENT_SPEAKER): the first line's match, then those of
    the same pattern led by the newline before the line. A literal first character re finds
    by a fast search, where ^ costs a test at every position (300 KB: 3.1 -> 1.4 ms)."""
    first = regex.match(text)
    if first is not None:
        yield first
    yield from _after_newline(regex).finditer(text)


_AFTER_NEWLINE: dict[re.Pattern, re.Pattern] = {}


def _after_newline(regex: re.Pattern) -> re.Pattern:
    led = _AFTER_NEWLINE.get(regex)
    if led is None:
        body = regex.pattern.lstrip()
        assert body.startswith("^"), regex.pattern
        led = _AFTER_NEWLINE[regex] = re.compile(r"\n" + body[1:], regex.flags)  # (^ as \n)
    return led


# A business card pasted into a chat (【名片】…), whose it is (这是他们老板的名片 / 我的名片),
# the titles of the reported party's people printed on one, and a chat's speaker line.
_CARD_HEAD = re.compile(r"^[ \t]*[【\[［〔](?:个人|推荐)?名片[】\]］〕]", re.M)
_CARD_OWNER = re.compile(r"(?P<who>老板|老总|厂长|经理|负责人|法人|对方|他们|他|她|该厂|厂里|厂家)的?名片"
                         r"|(?P<me>我|本人)的?名片")
_CARD_TITLE = re.compile(r"董事长|总经理|副总|经理|厂长|法定代表人|法人|老板|负责人|总监|主管|场长|站长")
_SPEAKER_TIME = re.compile(r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[ \t]*$")
# A mail header's subject line that says the mail forwards another (主题: 转发: 关于…的举报, Subject: Fw: …).
_FORWARDING_SUBJECT = re.compile(r"(?:^|\n)[ \t]*(?:主题|主 题|标题|Subject)[ \t]*[:：][ \t]*(?:转发|Fwd?|FWD?|转)[ \t]*[:：]")
_FORWARD_SUBJECT = re.compile(_FORWARDING_SUBJECT.pattern
                              # or the mark a mail client sets over a forwarded mail's header
                              + r"|-{2,}[ \t]*(?:转发的邮件|转发邮件|Forwarded message)[ \t]*-{2,}")
# A name followed by its mailbox, as an e-mail header shows a sender (张冬梅 <jbzx@…gov.cn>).
_MAILBOX_AFTER = re.compile(r"""[ \t]*[<＜(（][ \t]*
                                (?P<mail>[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,80})  # the address
                                [ \t]*[>＞)）]""", re.X)
# The line under a name that signs off (刘斌⏎河南省生态环境厅  (0391)…): its first word.
_LAW_FIRM = ("律师事务所", "律所")
# The line under a salutation telling the addressee of their own report (您于5月3日举报的…).
_TOLD_OF_OWN_REPORT = re.compile(r"""[ \t\u3000]*(?:您|你(?!单位|公司|厂|户))   # you (not your unit: a notice
                                    (?:于|在|此前|前期|曾)?                        # served on a plant)
                                    (?:(?!被)[^\n。]){0,24}?                     # not 你…被群众举报
                                    (?:举报|反映|投诉|来信|来电|信访)""", re.X)
# …or telling them what the agency found or did against them (高峰（男，53岁）：⏎  本机关根据群众
# 陈某举报，于…对你在…的…进行了检查 / 你单位未经批准擅自…): the one a notice is served on.
_TOLD_OF_PENALTY = re.compile(r"""[ \t\u3000]*(?:
        [^\n]{0,48}?[对向](?:你|您)(?:单位|公司|厂|户|家)?(?:在|的|位于|经营|进行|作出|下达|送达|实施)
      | (?:你|您)(?:单位|公司|厂|户|家)?[^\n。]{0,30}?(?:违反|违法|未经|擅自|超标|偷排|直排|倾倒|焚烧|涉嫌)
    )""", re.X)
# The salutation of such a notice may carry a note on the person (（男，53岁）, （身份证号码…）).
_NOTED_SALUTATION_TAIL = re.compile(r"(?:[（(][^（()）\n]{1,48}[)）])?[ \t]*[：:][ \t]*(?:\n|$)")
# …or asking the addressee to handle a case (唐英同志：⏎  您承办的工单…请及时处理): staff.
_TOLD_TO_HANDLE = re.compile(r"""[ \t\u3000]*(?:
        (?:您|你)(?:承办|经办|主办|负责办理|负责)的                # 您承办的工单…
      | 请(?:您|你)(?:单位|局|处|科|所)?[^\n。]{0,12}?(?:办理|核查|核实|处理|调查|督办)  # 请你单位核查…
    )""", re.X)
# The foot of a letter: a unit alone on an indented line, perhaps with the writer's name, then
# at most a date line to the end (      修武县山居客栈 卢医生⏎      2023/10/1).
_FIELD_GAP_BEFORE = re.compile(r"(?:[ \u3000]{2,}|\t)$")
_UNIT_IN_BRACKETS = re.compile(r"[（(](?:原|现|退休前在|在)?$")
_WRITER_SIGNS = frozenset(("letter", "webform"))
_SIGNATURE_HEAD = re.compile(r"[ \t\u3000]{4,}")
_SIGNATURE_TAIL = re.compile(
    r"""[ \t\u3000]*(?:[\u4e00-\u9fff]{1,4}(?:医生|先生|女士|老板|经理)?[ \t\u3000]*)?   # the writer's name
        (?:\n[ \t\u3000]*(?:[0-9]{4}[年./-][0-9]{1,2}[月./-][0-9]{1,2}日?|[0-9]{1,2}月[0-9]{1,2}日
                          |[二〇零一三四五六七八九十]{4}年[^\n]{1,6}日)[ \t\u3000]*)?   # a date
        \n?[ \t\u3000\n]*""", re.X)
_SPEAKS_FOR_UNIT = re.compile(r"(?:说|称|表示|回复)(?:他们|我们|局里|队里|单位)")
_OF_UNIT = frozenset(("那个", "的", "的那个", "里的", "那边的", "这个", "的这个", "里那个", "厂里的"))
_ADDRESSEE_EVIDENCE = frozenset(("role:field:收件人", "role:anchor:field:收件人"))
_WE_ARE = (":我们是", ":我们系", ":我们这个")  # the cues of a body the writers are
# Detection evidence that an address is where people live (freetext rules), not a site.
_RESIDENCE_EVIDENCE = frozenset(("rule:residence", "doc:repeat-place", "field:roster", "rule:dwelling"))

# An administrative review of a penalty (行政复议决定书: 申请人不服被申请人作出的处罚决定): the
# applicant is the one who was penalised, the reported party; the reporter is the 第三人.
_PENALISED_APPLICANT = re.compile(
    r"""申请人(?:因|对)?(?:不服)?被申请人             # the applicant disputes the agency's
        (?:于[^。\n]{0,20}?)?(?:作出|做出|对其作出)的?    # decision (于二〇二〇年…作出的)
        [^。\n]{0,24}?(?:处罚|责令|查封|扣押|罚款|停产|停业|限期治理|限期整改)  # against them
    """, re.X)
_APPLICANT_EVIDENCE = frozenset(("role:field:申请人", "role:cue:申请人", "role:anchor:field:申请人",
                                 "role:anchor:cue:申请人"))
# A room of an organisation's building (安阳市生态环境局三楼会议室): the organisation's name first.
_AGENCY_ROOM = re.compile(r"""(?P<org>[\u4e00-\u9fff]{3,24}?)
                             (?:[0-9一二三四五六七八九十]{1,2}(?:楼|层|号楼))?
                             (?:会议室|办公室|接待室|接待大厅|办事大厅|大厅|调解室|信访室)""", re.X)
_ACCOUNT_AGENCY = re.compile(r"(?:生态环境|环保|环境执法|环境保护|环境监察)(?:局|厅)?(?:官方|官微|发布|在线)?$")
_ACCOUNT_ORG = re.compile(r"(?:官方|官微|官方号|公司|集团|厂)$")
# A name, maybe "and N others", then a verb of coming to report (贾杨等9人多次来访).
_RESIDENT_REPORTS = re.compile(VISITOR)
# The unit in brackets right after a person (参会人员：王阳（安阳市生态环境局，152…）): its name.
_UNIT_AFTER = re.compile(r"[（(](?P<unit>[\u4e00-\u9fff]{3,30}?)(?=[，,、;；）)])")
_NEXT_LINE_HEAD = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*(?P<org>[^\s，,。；;：:（(|]{2,30})")
# Several fields on one line (举报人：张三；电话：138…；被举报单位：…): a field ends at ；/;.
_FIELD_SEP = re.compile(r"[；;]")
# A tab or column gap separates fields too, but 接线员工号：11  姓名：X is the operator's name:
# there it only keeps another party's role from a contact identifier, not from a name.
_FIELD_GAP = re.compile(r"[；;\t]|[ \u3000]{2}")
# What may follow a label alone on its line (举报人⏎王某某, 【举报人】⏎…, 联系电话：⏎138…).
# The label may go on by a few characters that are no cue (涉事|主体, 诉求人|住址).
_BARE_RIGHT = re.compile(r"[\u4e00-\u9fff]{0,4}[ \t\u3000：:】\]］〕\r]*")
# A cue that is the start of a longer label (被投诉|单位：, 涉事|主体  X公司): still a field.
_LABEL_TAIL = re.compile(r"[\u4e00-\u9fff]{1,4}(?:[ \t]*[：:|｜]|[ \t]*[】\]］〕]|\t|[ \u3000]{2})")
# Table cells: split at bars and tabs (| 来电时间 | 信访人 | 联系号码 |).
_TABLE_CHAR = re.compile(r"[|｜\t]")
_DIGIT = re.compile(r"[0-9０-９]")
_CELL_SEP = re.compile(r"[ \u3000]*[|｜\t][ \t\u3000]*")
_RULE_CELL = re.compile(r":?-{2,}:?|[-—=:：]+")
_LABEL_CELL = field_values.LABEL_CELL  # a header cell that is no role cue (序号, 来电时间)
# A chat speaker who says they reported: 我打了12369, 我刚又打了, 我已经举报.
# The title of an agency's own chat group: a body of the agency or its work, then 群 (郑州市
# 生态环境局执法工作群, 【…综合行政执法支队工作群】, 政务钉钉 · 信访件处置群) on the first line.
_AGENCY_GROUP = re.compile(
    r"(?:局|厅|支队|大队|中队|执法|督察组|督查组|分局|环保所|办公室|政务|信访件|处置|工作)[^\n]{0,12}群"
    # or the group named in a field of the export (群名称：信访件办理专班)
    r"|群(?:名称|名)[ \t]*[：:∶][^\n]{0,20}(?:专班|工作组|专项组|办理|处置|执法|督察|督查|信访件)")
# A group where an agency and the plant it inspects talk (企业微信群“X厂环保对接群”（成员：X局、X厂）):
# its speakers are officers and plant staff; the reporter is talked about, never a member.
_LIAISON_GROUP = re.compile(
    r"(?:对接|联络|沟通|协调)群"
    r"|群[^\n]{0,30}成员[ \t]*[：:][^\n]{0,30}(?:局|厅|分局|环保所|执法[大中支]队)[、，,/][^\n]{0,30}(?:厂|公司|合作社)")
# What an officer says to the plant in such a group (明天上午检查, 举报人信息保密，请配合).
_OFFICER_SPEECH = re.compile(r"检查|请配合|保密|整改|执法|不能说|通知你们|准备好|配合调查")
# A chat speaker who takes a complaint in: asks where the other lives or for a number to call
# back, says they pass it on (您是哪个村的？方便留个电话吗 / 好的，我报给…执法大队) — the grid
# worker, the officer, the service agent the citizen wrote to.
_STAFF_SPEECH = re.compile(
    r"""方便留个(?:电话|联系方式)|请(?:您)?留(?:下|个)(?:您的)?(?:电话|联系方式|姓名)
        |您是哪个(?:村|小区|单位)的|您(?:住|家)在哪
        |我(?:们)?(?:马上)?(?:报给|转给|上报给|反馈给|派人|安排人|去现场)
        |我们会(?:转|安排|派|尽快|为您)|已(?:为您)?(?:转交|转办|派单)
        |我们(?:今晚|今天|明天|马上|尽快|立即|立刻|这就)?(?:去|到)现场
        |我(?:们)?这就(?:去|过去|安排)|到了(?:我)?联系你|你(?:的)?(?:电话|手机)(?:号)?(?:是)?多少
        |请问(?:您的)?(?:全名|姓名|贵姓|怎么称呼)|您的(?:信息|身份|个人信息)(?:会|将|我们会)?(?:保密|严格保密)
        |我们[^\n，。]{0,16}去[^\n，。]{0,24}看一下|安排执法人员|将安排|已关注""",
    re.X,
)
# A turn of the chat export's owner, written as 我 (09:14 我：…, [2019-08-09 16:59] 我：…).
_OWNER_TURN = re.compile(r"^[ \t]*(?:[\[(（]?[0-9:：/ \-年月日]{4,22}[\])）]?[ \t]*)?我[：:]", re.M)
# A speaker named by a staff title (网格员黎站长, 客服小李, 执法队老王).
# 同志, 警官: how a citizen saves the officer in their contacts (杨同志：收到，我们半小时到).
_STAFF_NAME = re.compile(r"网格员|网格长|客服|工作人员|执法|站长|所长|科长|局长|队长|专管员|巡查员|坐席|班长|话务员|接线员"
                         r"|同志$|警官$|主任$")
# A speaker named as the other side of a deal (闲鱼 卖家：…, 商家：…): the one who sells or
# hauls the waste, whose address, number and account in their own turns are theirs.
_DEALER_SPEAKER = re.compile(r"卖家|卖方|商家|店家|厂家|厂方|老板|老板娘|回收商|收购商")
# An office in brackets right after a speaker's nickname (吴亮（网格员）).
_SPEAKER_OFFICE = re.compile(r"[（(]([^）)\n]{1,12})[）)]")
# A chat speaker who introduces themselves as a journalist, a lawyer or a volunteer (您好，我是
# 新乡广播电视台新闻频道的谢记者): a third party helping the one who complains, not staff.
_PRESS_SELF = re.compile(r"我是[^，。！？\n]{0,24}(?:记者|律师|志愿者|主播|编辑)")
_SELF_NAMING = frozenset(("role:cue:我是", "role:cue:我叫", "role:cue:我姓"))
# A chat speaker who says they work at the plant complained of (别乱说…我就在厂里上班): the
# plant's side, whose own turns (刘娜，有事找我，158…) are the plant's people's.
_PLANT_SELF = re.compile(r"我(?:就|也|一直|本来就)?(?:在|是)(?:厂里|厂子里|这个厂|那个厂|他们厂|咱厂|这家厂|厂里的)"
                         r"(?:上班|干活|工作|打工|的人|的)?")
# A cue that speaks of the one who reported in the third person (楼主是怡和苑的吧, 就是X那户,
# 举报人是…): in a speaker's turn it is about someone else, never the speaker's own.
_ABOUT_THE_REPORTER = re.compile(r"role:cue:(?:楼主|up主|UP主|博主|发帖人|举报人|举报的|投诉人|反映人|信访人|那家|那户|那边)")
_SELF_REPORT = re.compile(
    r"""我[刚又已经也都还一直]{0,4}       # I (just, again, already…)
        (?:打了|打过|拨打|举报|反映|投诉|写信|报警|上报)  # reported
      | 我就是[^\n，,。]{0,6}?(?:举报|反映|投诉)    # 我就是打电话反映的 (that was me)
      | 是我(?:打电话)?(?:举报|反映|投诉|打)的
    """,
    re.X,
)


#: Two or more spaces between two words of a line: a column gap.
_INNER_GAP = re.compile(r"[^\s][ \u3000]{2,}(?=[^\s])")


def _gapped_lines(text: str) -> set[int]:
    """Starts of the lines set out in columns by spaces (序号  日期  来访人  住址  联系电话):
    two or more column gaps; a header row among them still has to be all labels (_header)."""
    count: dict[int, int] = {}
    for m in _INNER_GAP.finditer(text):
        line0 = text.rfind("\n", 0, m.start()) + 1
        count[line0] = count.get(line0, 0) + 1
    return {line0 for line0, k in count.items() if k >= 2}


def _csv_lines(original: str) -> set[int]:
    """Starts of the lines that may be CSV: three or more ASCII commas (a cell's text may hold
    full-width ones; a line is a table row only under a header row of labels, see _tables).
    Counted per line: a pattern with three comma slots would backtrack on long lines."""
    out = set()
    n = len(original)
    comma = original.find(",")
    while comma >= 0:  # only the lines with a comma are looked at (few in most texts)
        line0 = original.rfind("\n", 0, comma) + 1
        line1 = original.find("\n", comma)
        line1 = n if line1 < 0 else line1
        if field_values.csv_like(original[line0:line1]):
            out.add(line0)
        comma = original.find(",", line1)
    return out


def _char_table(chars) -> np.ndarray:
    """A look-up table over the code points :func:`text_codes` gives: True for ``chars``."""
    table = np.zeros(CODE_TABLE_SIZE, dtype=bool)
    table[[ord(c) for c in chars]] = True
    return table


_IS_CLAUSE_END = _char_table(_CLAUSE_CHARS)
_IS_SENTENCE_END = _char_table(_SENTENCE_CHARS)


def _ends_outside(text: str, starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Clause ends and sentence ends (the characters of _CLAUSE_CHARS, _SENTENCE_CHARS) not
    inside a finding (138⏎1234 5678 is one number, not two sentences), in text order.

    ``starts``, ``ends``: the findings' offsets, sorted by (start, end). A position p is
    inside when some finding has start < p < end: of the findings starting before p, the
    furthest end reaches past p. Vectorised: one table look-up per character (the code points
    the cue scan reads too), one binary search per end."""
    codes = text_codes(text)[: len(text)]
    pos = np.flatnonzero(_IS_CLAUSE_END[codes])
    if len(starts) and len(pos):
        reach = np.maximum.accumulate(ends)
        last = np.searchsorted(starts, pos, side="left") - 1  # the last span starting before p
        inside = (last >= 0) & (reach[np.maximum(last, 0)] > pos)
        pos = pos[~inside]
    return pos, pos[_IS_SENTENCE_END[codes[pos]]]


@dataclass(frozen=True)
class RoleDecision:
    role: str
    evidence: tuple[str, ...] = ()
    cluster: str | None = None


def normalized(value: str) -> str:
    """Comparison form: digits-folded, separators and case dropped (138-1234 ≡ 1381234)."""
    folded = fold_digits(value)
    if sum(ch.isdigit() for ch in folded) >= 5:
        return "".join(ch for ch in folded if ch.isalnum()).upper()
    return folded.strip()


@dataclass
class KnownFacts:
    """Values the caller knows to be the reporter's or the subject's."""

    reporter: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    _index: dict[str, tuple[str, int]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        for role, values in (("subject", self.subject), ("reporter", self.reporter)):
            for i, value in enumerate(values):
                if value and value.strip():
                    # reporter wins over subject if a caller lists a value twice: fail closed
                    self._index[normalized(value)] = (role, i)

    def __bool__(self) -> bool:
        return bool(self._index)

    def __repr__(self) -> str:  # never print the values
        return f"KnownFacts(reporter={len(self.reporter)} values, subject={len(self.subject)} values)"

    def lookup(self, value: str) -> tuple[str, int] | None:
        return self._index.get(normalized(value))

    def partial(self, mention: str) -> tuple[str, int] | None:
        """A surname form (李先生, 老李, 李某) of a known full name; the reporter's first."""
        if coref.is_full_name(mention):
            return None
        surname = coref.surname_of(mention)
        if not surname:
            return None
        for role, values in (("reporter", self.reporter), ("subject", self.subject)):
            for i, value in enumerate(values):
                if value and coref.is_full_name(value.strip()) and coref.surname_of(value.strip()) == surname:
                    return role, i
        return None

    def find_mentions(self, views: TextViews) -> list[tuple[int, int, str, int]]:
        """Every occurrence of a known value in the text: (start, end, role, index).

        Matched on the digit-folded view so 13937112345 is found as １３９…; values with
        digits also match with separators between the digits.
        """
        out = []
        haystack = views.digits
        for role, values in (("reporter", self.reporter), ("subject", self.subject)):
            for i, value in enumerate(values):
                if not value or not value.strip():
                    continue
                folded = fold_digits(value.strip())
                if sum(ch.isdigit() for ch in folded) >= 5:
                    chars = [re.escape(ch) for ch in folded if ch.isalnum()]
                    regex = re.compile(r"(?<![0-9])" + r"[ \t.-]?".join(chars) + r"(?![0-9])",
                                       re.IGNORECASE)
                else:
                    regex = re.compile(re.escape(folded))
                out.extend((m.start(), m.end(), role, i) for m in regex.finditer(haystack))
        return out


@dataclass(slots=True)
class _Vote:
    role: str = "unknown"
    level: int = NONE
    evidence: str = ""
    at: int = -1  # end of the cue or anchor it came from (to compare distances)

    def better_than(self, other: "_Vote") -> bool:
        # (level, rank) < (level, rank), without building tuples (called for every finding)
        if self.level != other.level:
            return self.level < other.level
        return ROLE_RANK[self.role] < ROLE_RANK[other.role]


class _Document:
    """Everything about one text that role attribution looks up by offset (built once)."""

    def __init__(self, views: TextViews, genre: Genre, starts: np.ndarray, ends: np.ndarray) -> None:
        """``starts``, ``ends``: the findings' offsets, sorted by (start, end) (int64 arrays)."""
        self.text = text = views.folded
        self.genre = genre.name
        self.defaults = dict(genre_defaults(genre.name))  # neutral group -> role, looked up per finding
        hits = find_cues(text)
        self.left: list[CueHit] = hits["left"]
        self.left_ends = [h.end for h in self.left]
        self.right: list[CueHit] = hits["right"]
        self.right_starts = [h.start for h in self.right]
        # one pass for both: every sentence end is a clause end (。！？!?⏎ ⊂ 。！？!?⏎；;，,、)
        clause, sentence = _ends_outside(text, starts, ends)
        self.clause_ends, self.sentence_ends = clause.tolist(), sentence.tolist()
        self.acts = self._acts(sentence)
        body = next((h for h in self.left if h.cue.group == "body"), None)
        self.body_start = body.start if body is not None else None
        self._leading = self._leading_hits()
        self.sections = self._sections()
        self.section_starts = [s[0] for s in self.sections]
        # a label alone on its line gives its value on the next line (举报人⏎王某某); a line
        # led by another party's field opens a block for the organisation-like values below
        self.above: dict[int, list[CueHit]] = {}
        self.blocks = self._label_lines()
        self.block_starts = [b[0] for b in self.blocks]
        # horizontal tables: value rows under a header row of column labels
        self._original = views.original  # CSV rows are found and split there (folding turns ，into ,)
        self._csv_lines = _csv_lines(views.original) if "," in views.original else set()
        self.rows = (self._tables() if ("|" in text or "｜" in text or "\t" in text or self._csv_lines
                                        or "  " in text) else {})
        self.row_starts = sorted(self.rows)
        self.row_ends = [self.rows[r][0][-1][1] + 1 for r in self.row_starts]
        self.anchor: tuple[int, int, _Vote, str] | None = None  # (sentence, end, vote, entity)
        self.previous: tuple[str, int, _Vote] | None = None  # the last finding: (entity, end, vote)
        self.personal_at = -1  # start of the last personal value not the reported party's
        # a chat backup exported as a table (时间 | 发送者 | 微信号 | 内容): its rows are turns
        self.table_rows = (coref.chat_table_rows(self.text)
                           if "|" in self.text or "｜" in self.text or "\t" in self.text else [])
        self.table_export = bool(self.table_rows)
        # lines led by a reporter's field (写信人：…, 举报人：…): line start -> the field's hit
        self.reporter_lines = {line0: hit for hit, line0, _ in self._leading
                               if hit.cue.role == "reporter" and hit.field}
        # where the closing part starts in a genre that marks it by a sentence (None: by position)
        self.tail_from: int | None = None
        markers = (genre_table().get("tail_after") or {}).get(self.genre)
        if markers:
            tails = [i + len(m) for m in markers if (i := text.rfind(m)) >= 0]
            self.tail_from = max(tails) if tails else len(text)
        self.cards = self._cards() if "名片" in text else []
        self._turns = self._turn_labels() if "：" in text or ":" in text else frozenset()
        self._index(starts, ends, sentence, clause)

    def _acts(self, sentence_ends: np.ndarray) -> dict[int, str]:
        """Sentence (index of its end) -> the first pollution act in it. The acts come in text
        order, so a sentence's first is the first of its run of equal sentence indices."""
        found = acts_scan().finditer(self.text)
        if not found:
            return {}
        where = np.searchsorted(sentence_ends, [m.start() for m in found], side="left")
        first = np.flatnonzero(np.concatenate(([True], where[1:] != where[:-1])))
        return {i: found[j].group(0) for i, j in zip(where[first].tolist(), first.tolist())}

    def _turn_labels(self) -> frozenset[int]:
        """Starts of the caller's turn labels in a call transcript (坐席：…⏎来电人：…) and of a
        chat's resident labels (业主 X：): there the label names who speaks, it is no form field
        whose value follows; what the caller says goes by its own cues (我家…, 姓杨) and the
        genre's defaults."""
        text = self.text
        residents = frozenset(m.start("who") for m in _line_matches(_RESIDENT_SPEAKER, text)) \
            if "业主" in text or "住户" in text else frozenset()
        if len(_STAFF_TURN.findall(text, 0, 20000)) < 2:
            return residents
        turns = [m.start("who") for m in _line_matches(_CALLER_TURN, text)]
        return frozenset(turns) | residents if len(turns) >= 2 else residents

    def _cards(self) -> list[tuple[int, int, _Vote]]:
        """Business cards pasted into a chat or a record (【名片】周帅 董事长⏎…厂⏎手机：…):
        (start, end, vote) from the card's head to a blank line or the next speaker line,
        with the role of the one whose card it is, said just before (这是他们老板的名片,
        我的名片) or by the title on the card (董事长, 厂长: the reported party's people)."""
        text = self.text
        out = []
        for m in _CARD_HEAD.finditer(text):
            line_end = text.find("\n", m.end())
            first = text[m.end() : len(text) if line_end < 0 else line_end]
            end = len(text) if line_end < 0 else line_end
            for _ in range(8):  # the card's lines: up to a blank or a speaker line
                if end >= len(text):
                    break
                nl = text.find("\n", end + 1)
                nxt = len(text) if nl < 0 else nl
                line = text[end + 1 : nxt]
                if not line.strip() or _SPEAKER_TIME.search(line):
                    break
                end = nxt
            owners = list(_CARD_OWNER.finditer(text, max(0, m.start() - 160), m.start()))
            title = _CARD_TITLE.search(first)
            if owners:
                role = "reporter" if owners[-1].group("me") else "subject"
                out.append((m.start(), end, _Vote(role, CUE, "role:card:" + owners[-1].group(0))))
            elif title is not None:
                out.append((m.start(), end, _Vote("subject", CUE, "role:card:" + title.group(0))))
        return out

    def _card_of(self, pos: int) -> _Vote | None:
        """The vote of the business card ``pos`` is on, if any."""
        for begin, end, vote in self.cards:
            if begin <= pos < end:
                return vote
        return None

    def _alone_on_line(self, end: int) -> bool:
        """Does the finding ending at ``end`` stand alone on its line (a signature's name)?"""
        text = self.text
        line0 = text.rfind("\n", 0, end) + 1
        line1 = text.find("\n", end)
        line = text[line0 : len(text) if line1 < 0 else line1].strip(" \t\u3000")
        return 2 <= len(line) <= 4 and line == text[end - len(line) : end]

    def _official_nearby(self, pos: int) -> bool:
        """Is there an official anchor (a staff member, an agency) on ``pos``'s line or the
        line above, or an agency's name on a line just above?"""
        text = self.text
        line0 = text.rfind("\n", 0, pos) + 1
        above0 = text.rfind("\n", 0, max(line0 - 1, 0)) + 1 if line0 else 0
        anchor = self.anchor
        if anchor is not None and anchor[2].role == "official" and anchor[1] >= above0:
            return True
        return self._agency_line_above(pos) is not None

    def _agency_line_below(self, pos: int) -> str | None:
        """The agency shape of the line right under ``pos``'s line when it is only an agency's
        name, maybe with its seal (河南省生态环境厅（章）); a blank line or two may stand
        between (联系人：李兰英，0372…⏎⏎安阳市生态环境局⏎2024年9月15号)."""
        text = self.text
        nl = text.find("\n", pos)
        if nl < 0:
            return None
        nl2 = text.find("\n", nl + 1)
        for _ in range(2):
            if nl2 < 0 or text[nl + 1 : nl2].strip(" \t\u3000"):
                break
            nl, nl2 = nl2, text.find("\n", nl2 + 1)  # a blank line: the signature is further down
        line = _SEAL_END.sub("", text[nl + 1 : len(text) if nl2 < 0 else nl2].strip(" \t\u3000"))
        if len(line) > 30 or not _NAME_LINE.fullmatch(line):
            return None
        shaped = org_shape(line)
        return shaped[1] if shaped and shaped[0] == "official" else None

    def _agency_line_above(self, pos: int) -> str | None:
        """The agency shape of a line above ``pos``'s line that is only an agency's name
        (one or two lines up, within its block: contact lines may stand one under another)."""
        text = self.text
        line0 = text.rfind("\n", 0, pos) + 1
        for _ in range(2):
            if line0 == 0:
                return None
            above0 = text.rfind("\n", 0, line0 - 1) + 1
            line = text[above0 : line0 - 1].strip(" \t\u3000")
            if not line:
                return None
            if _CONTACT_LINE.match(line) is None:
                if len(line) > 30 or not _NAME_LINE.fullmatch(line):
                    return None
                shaped = org_shape(line)
                if shaped is None and _DEPARTMENT_END.search(line):
                    # 洛阳市生态环境局大气环境科: the agency, then its department
                    shaped = next((sh for cut in range(len(line) - 1, 3, -1)
                                   if (sh := org_shape(line[:cut])) is not None), None)
                return shaped[1] if shaped and shaped[0] == "official" else None
            line0 = above0
        return None

    def _in_forwarded_mail(self, pos: int) -> bool:
        """Is ``pos`` in the header of a forwarded mail (its block has 主题: 转发: / Fw:)?"""
        text = self.text
        begin = text.rfind("\n\n", 0, pos)
        begin = 0 if begin < 0 else begin
        end = text.find("\n\n", pos)
        return _FORWARD_SUBJECT.search(text, begin, len(text) if end < 0 else end) is not None

    def _sections(self) -> list[tuple[int, int, _Vote]]:
        """Form sections: (start, end, vote) from a heading line that is only a role cue
        (【被举报对象】, 一、举报人信息, ==涉事单位信息==) to the next heading, blank line or
        the start of the complaint text (举报内容：…)."""
        text = self.text
        heads = []
        self._heading_starts: set[int] = set()
        for hit, line0, line1 in self._leading:
            if hit.cue.role is None or hit.cue.scope == "adjacent" or hit.cue.entities is not None:
                continue
            if line1 - line0 > 24 or line1 == len(text):
                continue
            left = _HEADING_LEFT.fullmatch(text, line0, hit.start)
            right = _HEADING_RIGHT.fullmatch(text, hit.end, line1)
            # a bare label alone on its line (被举报单位⏎X, a table cell) is a field, not a
            # heading: a heading is decorated, numbered or says 信息/情况
            if left and right and (left.group(0).strip() or right.group("kind") or right.group(0).strip()):
                heads.append((line1 + 1, hit))
                self._heading_starts.add(hit.start)
        out = []
        for k, (begin, hit) in enumerate(heads):
            end = heads[k + 1][0] if k + 1 < len(heads) else len(text)
            blank = text.find("\n\n", begin, end)
            end = blank if blank >= 0 else end
            prose = _PROSE_LINE.search(text, begin, end)  # free text ends the form part
            end = text.rfind("\n", begin, prose.start()) + 1 if prose else end
            if self.body_start is not None and begin <= self.body_start < end:
                end = self.body_start
            if hit.cue.role != "reporter":
                # a line of the reporter's (举报人：…, 手机号：… after 反映人) ends another section
                end = self._before_reporter_line(begin, end)
            else:
                # a line led by the reported party's own field (【对象名称】…, 被举报单位：…)
                # ends the reporter's section even without a heading of its own
                end = self._before_other_party_line(begin, end)
            out.append((begin, end, _Vote(hit.cue.role, CUE, "role:section:" + hit.cue.word, begin)))
        return out

    def _leading_hits(self) -> list[tuple[CueHit, int, int]]:
        """Cues that lead their line (after numbering or brackets): (hit, line start, line end)."""
        text = self.text
        n = len(text)
        lead_chars = _LEAD_CHARS
        out = []
        for hit in self.left:
            p = hit.start
            # most cues stand inside a line: one character tells (no search back to the line start)
            if p:
                c = text[p - 1]
                if c == "\n":
                    line0 = p
                elif c in lead_chars:
                    line0 = text.rfind("\n", 0, p) + 1
                    if _HEADING_LEFT.fullmatch(text, line0, p) is None:
                        continue
                else:
                    continue
            else:
                line0 = 0
            line1 = text.find("\n", hit.end)
            out.append((hit, line0, n if line1 < 0 else line1))
        return out

    def _label_lines(self) -> list[tuple[int, int, _Vote, CueHit]]:
        """Fill ``above`` (next line start -> the bare label's hits) and return the blocks:
        (start, end, vote, hit) from a line led by a subject/official/public field
        (被举报单位：X, 涉事主体⏎X) over the lines below, up to the next line led by a role cue,
        a line with a reporter cue, a blank line, a line of prose or the complaint text."""
        text = self.text
        n = len(text)
        opens: list[tuple[int, CueHit]] = []
        enders: list[int] = []
        self._bare: set[int] = set()
        for hit, line0, line1 in self._leading:
            role = hit.cue.role
            if role is None and hit.cue.group not in ("contact", "personal"):
                continue
            bare = (line1 + 1 < n and text[line1 + 1] != "\n" and line1 - line0 <= 12
                    and _BARE_RIGHT.fullmatch(text, hit.end, line1) is not None)
            if bare:
                self.above.setdefault(line1 + 1, []).append(hit)
                self._bare.add(hit.start)
            if role is None or hit.cue.line_field:  # 单位电话 below 涉事主体 stays in its block
                if hit.cue.group == "personal" or hit.cue.word in _PERSON_CONTACT_LABELS:
                    enders.append(line0)  # 姓名：/手机：/通讯地址：… a person's line (fail closed)
                continue
            enders.append(line0)
            if (role != "reporter" and (hit.field or bare or _LABEL_TAIL.match(text, hit.end))
                    and hit.cue.scope != "adjacent"
                    and hit.start not in self._heading_starts  # a heading opens a section
                    and not hit.cue.line_field and hit.cue.applies("CN_ADDRESS")):
                opens.append((line1 + 1, hit))
        if not opens:
            return []
        enders.sort()
        out = []
        for begin, hit in opens:
            k = bisect.bisect_left(enders, begin)
            end = enders[k] if k < len(enders) else n
            if end <= begin:
                continue
            # a line of the reporter's (反映人住址：…, 我家…) ends another party's block
            end = self._before_reporter_line(begin, end)
            if begin < n and text[begin] == "\n":
                continue  # a blank line right under the field: no lines of its own below it
            blank = text.find("\n\n", begin, end)
            end = blank if blank >= 0 else end
            prose = _PROSE_LINE.search(text, begin, end)
            end = text.rfind("\n", begin, prose.start()) + 1 if prose else end
            if self.body_start is not None and begin <= self.body_start < end:
                end = self.body_start
            if end > begin and (not out or out[-1][0] < begin):
                out.append((begin, end, _Vote(hit.cue.role, CUE, "role:block:" + hit.cue.word, begin), hit))
        return out

    def block_of(self, pos: int) -> tuple[_Vote, CueHit] | None:
        i = bisect.bisect_right(self.block_starts, pos) - 1
        if i >= 0 and pos < self.blocks[i][1]:
            if self.personal_at >= self.blocks[i][0]:
                return None  # a person's own value (their mobile, their name) came in between
            return self.blocks[i][2], self.blocks[i][3]
        return None

    def _cells(self, line0: int, line1: int) -> list[tuple[int, int]]:
        """The cells of a table line, stripped; an empty first/last cell (a leading or
        trailing bar) dropped."""
        return field_values.bar_cells(self.text, line0, line1)

    def _header(self, cells: list[tuple[int, int]]) -> list[list[CueHit]] | None:
        """The column cues of a header row (| 来电时间 | 信访人 | 联系号码 | 涉事主体 |), or None
        when the row is not one: every cell a short label, at least two of them role cues."""
        if len(cells) < 2:
            return None
        text = self.text
        cols: list[list[CueHit]] = []
        labelled = 0
        for a, b in cells:
            if b - a > 10 or b == a:
                return None
            i = bisect.bisect_left(self.left_ends, a + 1)
            hits = []
            while i < len(self.left) and self.left[i].start < b:
                h = self.left[i]
                if h.start >= a and (h.cue.role is not None or h.cue.group in ("contact", "personal")):
                    hits.append(h)
                i += 1
            if hits and hits[0].start == a:
                labelled += 1
            elif not _LABEL_CELL.fullmatch(text, a, b):
                return None  # a value (张三, 13812345678): a form row, not a header
            # a role cue first (信访人姓名: 信访人), else the neutral one (联系号码)
            hits.sort(key=lambda h: h.cue.role is None)
            cols.append(hits)
        return cols if labelled >= 2 else None

    def _tables(self) -> dict[int, tuple[list[tuple[int, int]], list[list[CueHit]], list]]:
        """Value rows of horizontal tables: line start -> (cells, the column cues)."""
        text = self.text
        n = len(text)
        rows = {}
        header = None
        header_end = 0
        wrapped_to = -1  # start of a line that continues the row above it
        barred = {text.rfind("\n", 0, m.start()) + 1 for m in _TABLE_CHAR.finditer(text)}
        gapped = _gapped_lines(text) - barred - self._csv_lines
        lines = barred | self._csv_lines | gapped
        for line0 in sorted(lines):
            line1 = text.find("\n", line0)
            line1 = n if line1 < 0 else line1
            if header is not None and text.find("\n\n", header_end, line0) >= 0:
                header = None  # a blank line ends the table
            # a header has no digits (a value row has dates, numbers…): no cue lookups then
            digits = _DIGIT.search(text, line0, line1) is not None
            if digits and header is None:
                continue
            csv = line0 in self._csv_lines
            cells = (field_values.csv_cells(self._original, line0, line1) if csv
                     else field_values.gap_cells(text, line0, line1) if line0 in gapped
                     else self._cells(line0, line1))
            cols = None if digits else self._header(cells)
            if cols is not None:
                header, header_end = cols, line1
                # a neutral column's owner: the nearest role column to its left (| 信访人 |
                # 联系号码 |: the reporter's, whatever else the genre would say of a contact)
                owners: list[CueHit | None] = []
                last = None
                for k, hits in enumerate(cols):
                    role_hit = next((h for h in hits if h.cue.role is not None), None)
                    if role_hit is not None:
                        last = (role_hit, k)
                        owners.append(None)
                    elif any(h.cue.group == "personal" or h.cue.word in _PERSON_CONTACT_LABELS
                             for h in hits):
                        if last is not None and last[0].cue.role == "official":
                            owners.append(last)  # | 处理人 | 联系方式 |: the staff member's
                            continue
                        last = None  # | 姓名 | 通讯地址 |: a person's columns (fail closed)
                        owners.append(None)
                    else:
                        owners.append(last)
                continue
            if header is None:
                continue
            header_end = line1
            if line0 == wrapped_to:
                continue  # the second half of a wrapped row, taken with its first line
            if (not csv and len(cells) < len(header) and line1 < n and text[line1 - 1] not in "|｜"
                    and cells and line1 + 1 < n):
                cells, wrapped_to = self._wrapped_row(cells, line1, len(header)), line1 + 1
            if len(cells) == len(header) - 1 and text[line1 - 1] == "\t":
                cells = [*cells, (line1, line1)]  # a tab before the line's end: its last cell is empty
            if len(cells) == len(header) and not all(_RULE_CELL.fullmatch(text, a, b) for a, b in cells):
                rows[line0] = (cells, header, owners)
        return rows

    def _wrapped_row(self, cells: list[tuple[int, int]], line1: int, width: int) -> list[tuple[int, int]]:
        """A value row broken inside a cell (| 1 | 郭军 | 4103001967122⏎63715 | 公司 |, as
        exports wrap long numbers): its cells with the next line's, the broken cell joined;
        the cells unchanged when the two lines do not make one row of the header's width."""
        text = self.text
        line2 = text.find("\n", line1 + 1)
        rest = self._cells(line1 + 1, len(text) if line2 < 0 else line2)
        if not rest or text[line1 + 1] in "|｜" or len(cells) + len(rest) - 1 != width:
            return cells
        return cells[:-1] + [(cells[-1][0], rest[0][1])] + rest[1:]

    def _before_other_party_line(self, begin: int, end: int) -> int:
        """``end``, or the start of the first line in ``[begin, end)`` led by a field that
        names the reported party explicitly (被…, 涉事…, 问题…, 对象…; not 单位地址, which in
        the reporter's section is the writer's employer)."""
        for hit, line0, _ in self._leading:
            if line0 < begin or hit.cue.role != "subject":
                continue
            if line0 >= end:
                break
            if hit.field and _OTHER_PARTY_LABEL.match(hit.cue.word):
                return line0
        return end

    def _before_reporter_line(self, begin: int, end: int) -> int:
        """``end``, or the start of the first line in ``[begin, end)`` with a reporter cue."""
        i = bisect.bisect_left(self.left_ends, begin + 1)
        while i < len(self.left) and self.left[i].start < end:
            if self.left[i].cue.role == "reporter":
                return self.text.rfind("\n", begin, self.left[i].start) + 1 or begin
            i += 1
        return end

    def section_of(self, pos: int) -> _Vote | None:
        i = bisect.bisect_right(self.section_starts, pos) - 1
        if i >= 0 and pos < self.sections[i][1]:
            return self.sections[i][2]
        return None

    def _index(self, s: np.ndarray, e: np.ndarray, sentence: np.ndarray, clause: np.ndarray) -> None:
        """Scope positions of every finding k (findings in text order), for :meth:`decide`:
        one vectorised binary search per table instead of a ``bisect`` call per lookup.

        ``_sent[k]``: sentence of the start (:meth:`sentence_of`); ``_sent0[k]``: its start
        (:meth:`sentence_start`); ``_clause0[k]``: :meth:`clause_start` of the start;
        ``_left[k]``: the last left cue ending at or before the start; ``_right[k]``: the first
        right cue starting at or after the end; ``_stop[k]``: :meth:`clause_end` of the end;
        ``_has_right[k]``: a right cue starts before that stop (else :meth:`right_cue` finds none).
        (``sentence``, ``clause``: the ends of :meth:`__init__`, as arrays.)
        """
        before = np.array([-1], dtype=np.int64)
        sent = np.searchsorted(sentence, s, side="left")
        self._sent = sent.tolist()
        self._sent0 = (np.concatenate((before, sentence))[sent] + 1).tolist()
        self._clause0 = (np.concatenate((before, clause))[np.searchsorted(clause, s, side="left")]
                         + 1).tolist()
        stop = np.concatenate((clause, np.array([len(self.text)], dtype=np.int64)))[
            np.searchsorted(clause, e, side="left")]
        self._stop = stop.tolist()
        self._left = (np.searchsorted(np.array(self.left_ends, dtype=np.int64), s, side="right")
                      - 1).tolist()
        right_starts = np.array(self.right_starts, dtype=np.int64)
        right = np.searchsorted(right_starts, e, side="left")
        self._right = right.tolist()
        first = np.concatenate((right_starts, np.array([len(self.text) + 1], dtype=np.int64)))[right]
        self._has_right = (first < stop).tolist()

    # -- scopes ------------------------------------------------------------------------------
    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_left(self.sentence_ends, pos)

    def sentence_start(self, pos: int) -> int:
        i = bisect.bisect_left(self.sentence_ends, pos)
        return self.sentence_ends[i - 1] + 1 if i else 0

    def clause_start(self, pos: int) -> int:
        i = bisect.bisect_left(self.clause_ends, pos)
        return self.clause_ends[i - 1] + 1 if i else 0

    def clause_end(self, pos: int) -> int:
        i = bisect.bisect_left(self.clause_ends, pos)
        return self.clause_ends[i] if i < len(self.clause_ends) else len(self.text)

    def adjacent(self, a: int, b: int) -> bool:
        if a == b:
            return True
        # most gaps start with a character no gap may start with: one set test, no regex
        return (b - a <= 40 and self.text[a] in _GAP_FIRST
                and _GAP.fullmatch(self.text, a, b) is not None)

    # -- cue lookups -------------------------------------------------------------------------
    def left_cue(self, start: int, entity: str, lo: int, k: int) -> tuple[_Vote | None, CueHit | None]:
        """The nearest role cue before ``start`` (finding ``k``'s) in reach (not before ``lo``,
        a table cell's start), and the nearest neutral one."""
        sent0 = self._sent0[k]
        if lo > sent0:
            sent0 = lo
        i = self._left[k]
        neutral = None
        steps = 0
        text = self.text
        left = self.left
        turns = self._turns
        while i >= 0 and steps < MAX_CUES_BACK and left[i].start >= sent0:
            hit = left[i]
            steps += 1
            i -= 1
            if turns and hit.start in turns:
                continue  # 来电人：就在王村东头… in a transcript: who speaks, not whose value
            cue = hit.cue  # Cue.applies, inlined: this loop is the hot path of attribution
            if (entity in cue.not_entities or (cue.entities is not None and entity not in cue.entities)
                    or (cue.line_field and not self._line_field_applies(hit))):
                continue
            role = cue.role
            if role is None:
                if neutral is None and cue.group in ("contact", "personal"):
                    neutral = hit
                continue
            if (role != "reporter" and neutral is not None and neutral.field
                    and neutral.start >= hit.end
                    and (entity not in _ACT_ENTITIES or neutral.cue.group == "personal")
                    and (_FIELD_SEP if entity == "PERSON" else _FIELD_GAP).search(
                        text, hit.end, neutral.start)):
                # 被举报单位：X；电话：138…: an earlier field of the line gives another party
                # only what an organisation has (its landline, address), never a mobile
                continue
            # self.adjacent(hit.end, start), its first tests inlined (most hits stop at one)
            near = hit.end == start or (start - hit.end <= 40 and text[hit.end] in _GAP_FIRST
                                        and _GAP.fullmatch(text, hit.end, start) is not None)
            scope = cue.scope
            if scope == "adjacent" and not near:
                continue
            if scope == "clause" and hit.start < self._clause0[k]:
                continue
            evidence = cue.field_evidence if hit.field else cue.cue_evidence  # (hit.evidence)
            # 我家位于…: a reporter cue glued to a subject/official cue makes it the reporter's;
            # 普查员|单位地址: an official's noun glued before another party's label is the
            # possessor (the enumerator's unit address, not the census object's)
            if role != "reporter" and i >= 0:
                prev = left[i]
                if (prev.end >= hit.start - 1 and prev.cue.role == "reporter" and prev.cue.applies(entity)
                        and (prev.end >= hit.start or text[prev.end] not in _GLUE_BREAK)):
                    role, evidence = "reporter", prev.evidence
                elif (role == "subject" and prev.cue.role == "official" and prev.end == hit.start
                      and prev.cue.applies(entity)):
                    role, evidence = "official", prev.evidence
            if role == "subject" and hit.field and self.sections:
                # 一、举报人信息⏎单位地址：… : a unit's field inside the writer's own section is
                # the writer's unit (its address, its phone), unless the label names the
                # reported party itself (被举报单位, 涉事地址…, which end the section anyway)
                section = self.section_of(hit.start)
                if (section is not None and section.role == "reporter"
                        and not _OTHER_PARTY_LABEL.match(hit.cue.word)):
                    role, evidence = "reporter", section.evidence
            return _Vote(role, STRONG if near else CUE, evidence, hit.end), neutral
        return None, neutral

    def right_cue(self, end: int, entity: str, hi: int | None, k: int) -> _Vote | None:
        """A role cue after ``end`` (finding ``k``'s) in the same clause (张某来电反映, 在…上班),
        not past ``hi``."""
        stop = self._stop[k]
        if hi is not None:
            stop = min(stop, hi)
        i = self._right[k]
        steps = 0
        while i < len(self.right) and steps < MAX_CUES_BACK and self.right[i].start < stop:
            hit = self.right[i]
            steps += 1
            i += 1
            if not hit.cue.applies(entity) or hit.cue.role is None:
                continue
            near = self.adjacent(end, hit.start)
            if hit.cue.scope == "adjacent" and not near:
                continue
            return _Vote(hit.cue.role, STRONG if near else CUE, hit.evidence)
        return None

    def _line_field_applies(self, hit: CueHit) -> bool:
        """单位电话： opening a form line, not in the reporter's section nor right under a
        line of the reporter's (工作单位：…⏎单位电话：… is the reporter's office)."""
        if not self._leads_line(hit):
            return False
        section = self.section_of(hit.start) if self.sections else None
        if section is not None and section.role == "reporter":
            return False
        line0 = self.text.rfind("\n", 0, hit.start)
        prev0 = self.text.rfind("\n", 0, max(line0, 0)) + 1
        i = bisect.bisect_left(self.left_ends, prev0 + 1)
        while i < len(self.left) and self.left[i].start < line0:
            if self.left[i].cue.role is not None:
                # under the reporter's 工作单位/单位 line it is the reporter's office; under
                # 反映人住址：… it is the reported unit's, as anywhere else in a form
                return (self.left[i].cue.role != "reporter"
                        or not any(w in self.text[prev0:line0] for w in _OWN_UNIT))
            i += 1
        return True

    def _leads_line(self, hit: CueHit) -> bool:
        """A form field that starts its line (联系人：… in an agency's closing block)."""
        if not hit.field:
            return hit.start in self._bare  # 联系人⏎王洋: a label alone on its line leads it
        line0 = self.text.rfind("\n", 0, hit.start) + 1
        if line0 == hit.start or _HEADING_LEFT.fullmatch(self.text, line0, hit.start) is not None:
            return True
        # a staff field after another field on a form's line (出席：A、B    记录：王林): it leads
        # its part of the line, unless a reporter's cue stands earlier on it
        return (hit.cue.role == "official" and _FIELD_GAP_BEFORE.search(self.text, line0, hit.start) is not None
                and not any(h.cue.role == "reporter" and line0 <= h.start < hit.start for h in self.left[
                    max(0, bisect.bisect_left(self.left_ends, line0 + 1)) : bisect.bisect_left(self.left_ends, hit.start + 1)]))

    def _tail_default(self, neutral: CueHit, start: int, sent: int) -> bool:
        """Does the genre's closing-part default (the agency's own contact) apply here?"""
        if not self.defaults.get("contact_tail"):
            return False
        if self.tail_from is not None:
            # a transfer: only after its own transfer sentence (现将该件转你单位…); a 转办单's
            # reporter rows lead their lines too
            if start > self.tail_from:
                return True
        elif start > TAIL_SHARE * len(self.text) or self._leads_line(neutral):
            return True
        # …到生态环境局办理，联系人王洋: a contact right after the agency, in its sentence
        anchor = self.anchor
        return (anchor is not None and anchor[2].role == "official" and anchor[3] == "ORGANIZATION"
                and anchor[0] == sent and anchor[1] < neutral.start)

    # -- the decision for one finding ----------------------------------------------------------
    def decide(self, entity: str, start: int, end: int, k: int) -> _Vote:
        """The vote for finding ``k`` (in text order)."""
        text = self.text
        value = text[start:end]
        cell = None
        if self.rows and start and (text[start - 1] in _CELL_LEAD or (
                text[start - 1] in _TAIL_WORD_ENDS and _TAIL_IN_CELL.search(text, max(0, start - 5), start))):
            c = bisect.bisect_right(self.row_starts, start) - 1
            row = self.rows[self.row_starts[c]] if c >= 0 and start < self.row_ends[c] else None
            if row is not None:
                cells, cols, owners = row
                c = bisect.bisect_right([a for a, _ in cells], start) - 1
                if c >= 0 and start < cells[c][1] + 1:
                    cell = (cells[c][0], cells[c][1], cols[c], owners[c], cells)
        left, neutral = self.left_cue(start, entity, cell[0] if cell else 0, k)
        if (left is None and entity in _UNIT_ENTITIES and self.genre in _WRITER_SIGNS
                and _SIGNATURE_TAIL.fullmatch(text, end) and _SIGNATURE_HEAD.fullmatch(
                    text, text.rfind("\n", 0, start) + 1, start)):
            shaped = org_shape(value)
            if shaped is None or shaped[0] not in ("official", "subject"):
                # 修武县山居客栈 over the date at a citizen's letter's foot: the writer signs with
                # their own shop, clinic or unit (an agency signs with its shape: official)
                return _Vote("reporter", CUE, "role:signature:writer")
        if left is None and entity == "CN_SOCIAL_ACCOUNT" and coref.is_full_name(value):
            # a transcript's speaker written as a full name is found as an account wherever it
            # stands; in a field for people (约谈人：李英、杨佳) it is a person's name
            left, neutral = self.left_cue(start, "PERSON", cell[0] if cell else 0, k)
        if (left is not None and entity == "ORGANIZATION" and left.evidence.endswith(_WE_ARE)
                and (org_shape(value) or ("", ""))[0] == "official"):
            left = None  # 我们是河南省生态环境厅的执法人员: the agency's staff speak, not residents
        if (left is not None and left.role == "subject" and entity == "CN_ADDRESS"
                and left.evidence in _REPORTED_THING and self._has_right[k]):
            # 对积极举报的X村群众Y给予奖励: the place right before the residents who reported is
            # theirs, not a thing reported (举报的X)
            right = self.right_cue(end, entity, cell[1] if cell else None, k)
            if right is not None and right.role == "reporter":
                return right
        if (left is not None and left.role == "third_party" and entity == "PERSON" and self._has_right[k]
                and left.evidence.startswith("role:cue:")):
            right = self.right_cue(end, entity, cell[1] if cell else None, k)
            if right is not None and right.role == "reporter" and _TOGETHER.search(right.evidence):
                return right  # 与邻居张某共同来访: a neighbour who reports with the writer is a reporter
        if left is not None and left.level == STRONG:
            if (left.role == "reporter" and entity == "PERSON" and left.evidence == "role:field:收件人"
                    and "\n" in text[max(0, start - 12) : start] and self._in_forwarded_mail(start)):
                # 收件人: 李超 in the header of a mail the agency forwards (主题: 转发: …): a
                # member of staff passes the case on to another; the citizen is never addressed so
                return _Vote("official", STRONG, "role:mail-forward", left.at)
            return left
        if entity == "CN_SOCIAL_ACCOUNT" and left is None:
            shaped = org_shape(value)
            if shaped is not None and shaped[0] == "official":
                # a chat's speaker named 郑州市生态环境局环境执法大队: the agency's account
                return _Vote("official", STRONG, "role:shape:" + shaped[1])
            if _ACCOUNT_AGENCY.search(value):
                # @郑州生态环境, @新乡环保发布: an agency's account goes by the city and its remit
                return _Vote("official", STRONG, "role:shape:account-agency")
            if _ACCOUNT_ORG.search(value):
                # @瑞通官方: an organisation's own account; in a complaint an organisation of no
                # other role is the reported party (as for its name)
                return _Vote("subject", SHAPE, "role:shape:account-organisation")
        if entity == "CN_ADDRESS":
            room = _AGENCY_ROOM.fullmatch(value)
            if room is not None:
                shaped = org_shape(room.group("org"))
                if shaped is not None and shaped[0] == "official":
                    # 地点：安阳市生态环境局三楼会议室: a room of the agency's own building
                    return _Vote("official", STRONG, "role:shape:" + shaped[1])
        if self.cards:
            card = self._card_of(start)
            if card is not None:
                return card
        if cell is not None and left is None:
            # a value row of a horizontal table: the cell's role is its column's
            first = not text[cell[0] : start].strip()
            for hit in cell[2]:
                if not hit.cue.applies(entity):
                    continue
                if hit.cue.role is not None:
                    return _Vote(hit.cue.role, STRONG if first else CUE, "role:column:" + hit.cue.word,
                                 cell[0])
                if neutral is None:
                    neutral = hit
            owner = cell[3]
            if (neutral is not None and owner is not None and neutral.cue.group == "contact"
                    and owner[0].cue.role == "reporter" and owner[0].cue.applies(entity)):
                # | 反映人 | 联系电话 |: the contact column right of the reporter's is the reporter's
                return _Vote("reporter", CUE, "role:column:" + owner[0].cue.word, cell[0])
            if (neutral is not None and owner is not None and neutral.cue.group == "contact"
                    and ((entity in _ACT_ENTITIES and owner[0].cue.applies(entity))
                         or owner[0].cue.role == "official")   # (staff cues name the person only)
                    and self.personal_at < cell[4][owner[1]][0]):
                # | 涉事主体 | 地址 | 电话 |: a contact column right of another party's column
                # is that party's for what an organisation has (never a mobile); right of a
                # staff column (| 处理人 | 联系方式 |) it is the staff member's, a mobile too
                return _Vote(owner[0].cue.role, CUE, "role:column:" + owner[0].cue.word, cell[0])
        elif (left is None and neutral is None and self.above
              and (start == 0 or text[start - 1] in _VALUE_LEAD)):
            # a label alone on the line above (举报人⏎王某某): the value that starts the line
            line0 = text.rfind("\n", 0, start) + 1
            hits = self.above.get(line0)
            if hits and (line0 == start or not text[line0:start].strip(" \t\u3000【[［〔")):
                for hit in hits:
                    if not hit.cue.applies(entity):
                        continue
                    if hit.cue.role is not None and not hit.cue.line_field:
                        return _Vote(hit.cue.role, STRONG, "role:field:" + hit.cue.word, start)
                    if hit.cue.role is None and neutral is None:
                        neutral = hit
        if (left is not None and neutral is not None and neutral.cue.group == "contact"
                and self.defaults.get("contact_tail") and left.at <= self._clause0[k]
                # after a transfer sentence, a reporter's cue of the line still holds (fail closed)
                and (self.tail_from is None or left.role != "reporter")
                and self.adjacent(neutral.end, start) and self._tail_default(neutral, start, self._sent[k])):
            # …请获奖人持本人证件到…办理，联系人王洋，电话…: an agency's own contact field at
            # the foot of its document is not reached by a cue from an earlier clause
            left = None
        right = self.right_cue(end, entity, cell[1] if cell else None, k) if self._has_right[k] else None
        if (right is not None and right.role == "reporter" and entity == "ORGANIZATION"
                and right.evidence.endswith(("章）", "章)"))):
            shaped = org_shape(value)
            if self.genre != "letter" or (shaped and shaped[0] == "official"):
                right = None  # an agency seals its own notices and sheets: the seal is no cue
        if right is not None and right.level == STRONG:
            if (entity == "CN_ADDRESS" and left is not None and left.role == "reporter"
                    and right.role != "reporter" and left.at > self._clause0[k]):
                return left  # 我家在X村那家厂对面: the writer's cue in the same clause wins
            if (entity in _UNIT_ENTITIES and left is not None and left.role == "subject"
                    and right.role == "reporter" and 0 <= start - left.at <= 2
                    and _UNIT_NOUN.fullmatch(text, left.at, start)):
                # 系被反映企业X职工: the insider's employer named as the reported party stays
                # the reported party's (the same rule as for an insider's workplace elsewhere)
                return _Vote("subject", STRONG, left.evidence, left.at)
            return right
        if entity == "CN_WORKPLACE":
            return _Vote("reporter", STRONG, "role:entity:CN_WORKPLACE")
        if entity == "PERSON" and (_APPROVAL.search(text, text.rfind("\n", 0, start) + 1, start) or (
                _OPINION_LINE.match(text, text.rfind("\n", 0, start) + 1) and _SIGNED_DATE.match(text, end)
                and (text[end:end + 1] not in ("\n", "") or _OPINION_DONE.search(text, 0, start)))):
            # 科室负责人意见：同意。范丽华  6月20日, 拟办意见：建议转…核查。  王健  8月20日: who
            # signs an opinion on an agency's form is the agency's
            return _Vote("official", STRONG, "role:approval")
        if entity == "PERSON":
            titled = person_title(value)
            if titled:
                return _Vote(titled[0], STRONG, f"role:title:{titled[1]}")
            unit = _UNIT_AFTER.match(text, end)
            if unit is not None:
                shaped = org_shape(unit.group("unit"))
                if shaped and shaped[0] == "official":
                    # 王阳（安阳市生态环境局，152…）: a person listed with an agency is its staff
                    return _Vote("official", STRONG, f"role:affiliated:{shaped[1]}")
            mailbox = _MAILBOX_AFTER.match(text, end)
            if mailbox is not None:
                shaped = domain_shape(mailbox.group("mail"))
                if shaped:  # a sender with a government mailbox writes for the agency
                    return _Vote(shaped[0], STRONG, f"role:mailbox:{shaped[1]}")
            line0 = text.rfind("\n", 0, start) + 1
            leads = not text[line0:start].strip()  # the name leads its line (tested below, once)
            if (leads and _SALUTATION_TAIL.match(text, end)
                    and _TOLD_OF_OWN_REPORT.match(text, text.find("\n", end) + 1 or len(text))):
                # 潘明先生/女士：⏎    您于…举报的…: whoever a letter tells of their own report
                # is the reporter, whatever kind of document the letter sits in
                return _Vote("reporter", STRONG, "role:salutation:your-report")
            if leads and _NOTED_SALUTATION_TAIL.match(text, end) \
                    and _TOLD_OF_PENALTY.match(text, text.find("\n", end) + 1 or len(text)):
                # 高峰（男，53岁）：⏎  本机关根据群众陈某举报，…对你在…: whom a notice tells what
                # was found or decided against them is the reported party
                return _Vote("subject", STRONG, "role:salutation:penalised")
            if (leads and _SALUTATION_TAIL.match(text, end)
                    and _TOLD_TO_HANDLE.match(text, text.find("\n", end) + 1 or len(text))):
                # 唐英同志：⏎  您承办的工单…即将超期: whoever is asked to handle a case is staff
                return _Vote("official", STRONG, "role:salutation:to-handle")
            if leads and _SALUTATION_TAIL.match(text, end):
                role = salutation_role(self.genre)
                if role:
                    return _Vote(role, STRONG, f"role:salutation:{self.genre}")
            if (leads and _SALUTATION_OPEN.match(text, end)
                    and salutation_role(self.genre) == "official"
                    and not _RECORD_ROW.match(text, end)):
                # 李同志：请镇里配合核查… / 刘同志，下面是群众来信…: a line opened by a name
                # and a form of address in a letter to an agency or a forwarded case
                return _Vote("official", CUE, f"role:salutation:{self.genre}")
            if leads and left is None:
                below = _NEXT_LINE_HEAD.match(text, end)
                if below is not None:
                    shaped = org_shape(below.group("org"))
                    if shaped and shaped[0] == "official":
                        # a name alone on its line over an agency's name: a staff member's
                        # signature (a citizen signs with a date, a village, a phone)
                        return _Vote("official", STRONG, f"role:signature:{shaped[1]}")
        if entity == "CN_ADDRESS" and self.previous is not None and (left is None or left.level > CUE):
            p_entity, p_end, p_vote = self.previous
            if (p_entity in _UNIT_ENTITIES and 0 < start - p_end <= 1 and text[p_end] in "（("
                    and text[end : end + 1] in ("）", ")")):
                # 涉及洛阳瑞通制药股份有限公司（洛阳市涧西区…882号）: an address in brackets
                # right after an organisation is that organisation's; an organisation of no
                # known role in a complaint is the reported party's (as the policies assume)
                role = p_vote.role if p_vote.role != "unknown" else "subject"
                why = p_vote.evidence.removeprefix("role:") if p_vote.role != "unknown" else "organisation"
                return _Vote(role, CUE, "role:address-of:" + why)
            if (p_entity in _UNIT_ENTITIES and p_vote.role in ("official", "public") and neutral is None
                    and 0 < start - p_end <= 6 and not text[p_end:start].strip(" \t\u3000")):
                # 寄件：安阳市生态环境局  河南省安阳市文峰区红旗路328号: the address in the next
                # cell of an agency's name is the agency's
                return _Vote(p_vote.role, CUE, "role:address-of:" + p_vote.evidence.removeprefix("role:"))
        if (entity == "CN_ADDRESS" and self.anchor is not None and self.anchor[3] == "PERSON"
                and _LIVES_BEFORE.search(text, max(0, start - 3), start) is not None):
            # 接受刘雪梅（身份证号…，住老城区…65号，电话…）的委托: where the person in whose brackets
            # it stands lives; theirs whatever the sentence says the plant did
            _, a_end, a_vote, _ = self.anchor
            if (a_end < start and text[a_end : a_end + 1] in ("（", "(")
                    and _CLOSED.search(text, a_end + 1, start) is None):
                role = a_vote.role if a_vote.role != "unknown" else "reporter"
                return _Vote(role, CUE, "role:home-of:" + a_vote.evidence.removeprefix("role:"))
        if entity in ("ORGANIZATION", "CN_WORKPLACE", "CN_ADDRESS") and self.anchor is not None:
            # 申领人杨先生（滑县某卫生院）, 李淑英（阳光小区）: an organisation or a place in
            # brackets right after a person is that person's (their employer, their company,
            # their agency, their home)
            _, a_end, a_vote, a_entity = self.anchor
            if (a_entity == "PERSON" and 0 < start - a_end <= 1 and text[a_end] in "（("
                    and a_vote.level <= CUE):
                return _Vote(a_vote.role, STRONG, "role:affiliation:" + a_vote.evidence.removeprefix("role:"))
        if (entity in ("ORGANIZATION", "CN_WORKPLACE", "CN_ADDRESS") and self.previous is not None
                and self.previous[0] == "PERSON" and self.previous[2].role in ("unknown", "reporter")
                and 0 < start - self.previous[1] <= 1 and text[self.previous[1]] in "（("
                and text[end : end + 1] in ("）", ")")):
            # 熊秀兰（洛阳市第三中学）: a unit or place in brackets after a person of no role
            # yet is that person's; whoever they turn out to be, a private person's employer
            # or home goes with them (fail closed: as the reporter's)
            return _Vote("reporter", CUE, "role:affiliation:unknown-person")
        if (entity in _UNIT_ENTITIES and self.previous is not None
                and self.previous[0] in ("PERSON", "CN_SOCIAL_ACCOUNT")  # (a mail's display name)
                and self.previous[2].role in ("unknown", "reporter")
                and not text[self.previous[1] : start].strip() and "\n" in text[self.previous[1] : start]
                and self._alone_on_line(self.previous[1])):
            shaped = org_shape(value)
            if shaped is None or shaped[0] != "official":
                # 郭晨⏎瑞通养殖有限公司⏎手机…: the unit under a private signer's name is where
                # they work (an agency under its staff member's name: role:signature above)
                return _Vote("reporter", CUE, "role:affiliation:signature")
        if (entity in _UNIT_ENTITIES and self.previous is not None and self.previous[0] == "PERSON"
                and self.previous[2].role in ("unknown", "reporter")
                and _UNIT_FIELD_LINE.match(text, text.rfind("\n", 0, start) + 1) is not None):
            line0 = text.rfind("\n", 0, start) + 1
            if line0 > 0 and text.rfind("\n", 0, line0 - 1) < self.previous[1] < line0:
                # 作者：张宇⏎单位：兴旺建筑工程有限公司 (a document's properties, a visitor's card):
                # the unit on the line under a private person's field is theirs (fail closed)
                return _Vote("reporter", CUE, "role:affiliation:unit-line")
        if (entity == "ORGANIZATION" and self.genre == "letter" and not text[:start].strip()
                and text[end : end + 1] in ("\n", "") and _WE_THE_UNIT.search(text, end) is not None
                and (org_shape(value) or ("",))[0] != "official"):
            # 滑县白沙镇中心小学⏎关于…废气影响我校师生健康的情况反映: the letterhead of a letter
            # that speaks as 我校 / 我院 is the one who complains (a school, a clinic, a firm)
            return _Vote("reporter", CUE, "role:letterhead")
        if entity == "ORGANIZATION":
            if self.genre == "letter" and value.endswith(_LAW_FIRM):
                # a law firm in a complaint letter writes for the complainants (律师函)
                return _Vote("reporter", CUE, "role:shape:律师事务所")
            shaped = org_shape(value)
            if shaped:
                return _Vote(shaped[0], SHAPE, f"role:shape:{shaped[1]}")
        elif (entity == "CN_ADDRESS" and left is None and neutral is None
              and _DIGIT.search(value) is None):
            # 洛阳市生态环境局交办单: a "place" named like an agency, with no house number and
            # no field or cue before it, is the agency (a home is never named that way)
            shaped = org_shape(value)
            if shaped and shaped[0] == "official":
                return _Vote("official", SHAPE, f"role:shape:{shaped[1]}")
        if entity == "CN_USCC":
            return _Vote("subject", SHAPE, "role:entity:CN_USCC")
        if entity in ("URL", "EMAIL_ADDRESS"):
            shaped = None if _PERSONAL_QUERY.search(value) else domain_shape(value)
            if shaped:  # (an agency's link that carries a caller's number is no agency's page)
                return _Vote(shaped[0], SHAPE, f"role:shape:{shaped[1]}")
        best = left
        if (left is not None and right is not None and left.level == CUE
                and left.at <= self._clause0[k]):
            # 来电人称其住在…，马东（手机…）是这个厂的实际控制人: the cue in the person's own
            # clause beats one from an earlier clause of a run-on sentence
            best = right
        anchor = self.anchor
        if (anchor is not None
                and (entity not in _NOT_ANCHORED
                     or (entity == "CN_ADDRESS" and neutral is not None
                         and neutral.cue.group == "contact"))
                and not (entity in _PERSONAL_ONLY and anchor[3] != "PERSON")
                # a school or hospital named before a mobile or mail address does not own it:
                # 在某中学当老师，手机…  is the writer's (fail closed)
                and not (anchor[2].role == "public" and entity in _PERSONAL_CONTACT)
                # 一个来电，反映丰泽厂，号码1388…: the thing reported owns no mobile after it
                and not (anchor[2].role == "subject" and anchor[2].evidence in _REPORTED_THING
                         and entity in _PERSONAL_CONTACT)
                and anchor[0] == self._sent[k]
                and (best is None or anchor[1] > best.at)
                and not (cell is not None and anchor[1] <= cell[0])  # another cell's
                # 负责人：王五；电话：138…: another field's person passes no mobile on
                and not (anchor[2].role != "reporter" and entity not in _ACT_ENTITIES
                         and neutral is not None and neutral.field and neutral.start >= anchor[1]
                         and (_FIELD_SEP if entity == "PERSON" else _FIELD_GAP).search(
                             text, anchor[1], neutral.start) is not None)):
            best = _Vote(anchor[2].role, CUE,
                         "role:anchor:" + anchor[2].evidence.removeprefix("role:"), anchor[1])
        if best is None and right is not None:
            best = right
        if best is not None:
            return best
        # (住址：…) is a person's, whatever the section or the sentence says
        personal_field = (neutral is not None and neutral.cue.group == "personal"
                          and entity in _ACT_ENTITIES and self.adjacent(neutral.end, start))
        if self.blocks and entity in _ACT_ENTITIES and not personal_field:
            # 涉事主体：X⏎地址：Y⏎电话：0371…: the lines under another party's field
            block = self.block_of(start)
            if block is not None and block[1].cue.applies(entity):
                return block[0]
        section = self.section_of(start) if self.sections else None
        if section is not None and (section.role == "reporter" or (
                entity in _ACT_ENTITIES and not personal_field)):
            # another party's section takes only what an organisation has (its address,
            # plate, office phone, site): a mobile, an ID or a 住址 there keeps the
            # genre default, in case an unheaded reporter block follows (fail closed)
            return section
        if entity == "CN_ADDRESS" and _RESIDENT_REPORTS.match(text, end):
            # 会议听取了书香家园贾杨等9人多次来访反映…: a place right before the people who
            # came to report is where they live, whatever the sentence says the plant did
            return _Vote("reporter", CUE, "role:resident")
        if entity in _ACT_ENTITIES and not personal_field and cell is None and not (
                neutral is not None and neutral.cue.word in _PERSON_ADDRESS_LABELS
                and self.adjacent(neutral.end, start)):
            # (in a table row the act is another cell's text: the columns decide, not the row)
            act = self.acts.get(self._sent[k])
            if act is not None:
                return _Vote("subject", ACT, f"role:act:{act}")
        if entity in _UNIT_ENTITIES and left is None and cell is None:
            lead = self.reporter_lines.get(text.rfind("\n", 0, start) + 1)
            if lead is not None and lead.end <= start and _UNIT_IN_BRACKETS.search(text, max(0, start - 3), start):
                # 写信人：文敏，退休教师（原洪山区农村信用合作社）: a unit in brackets on the
                # reporter's own field line is where they work or worked (来电人：X，自称Y厂的…
                # of a plant calling about its own case is no such unit)
                return _Vote("reporter", CUE, "role:field-line:" + lead.cue.word, lead.end)
        if ((entity in _SIGNED_CONTACT or entity == "PERSON") and neutral is not None
                and neutral.cue.group == "contact"
                and _CONTACT_PERSON_LINE.match(text, text.rfind("\n", 0, start) + 1)):
            agency = self._agency_line_below(start)
            if agency is not None:
                # 联系人：史平  (0391)…⏎河南省生态环境厅（章）: the contact an agency gives right
                # above its own name and seal is its staff
                return _Vote("official", CUE, "role:signature:" + agency)
        if (entity in _SIGNED_CONTACT and neutral is not None and neutral.cue.group == "contact"
                and _CONTACT_LINE.match(text, text.rfind("\n", 0, start) + 1)):
            agency = self._agency_line_above(start)
            if agency is not None:
                # 李艳⏎洛阳市生态环境局大气环境科⏎电话：…: the contact lines of a signature
                # under an agency's name are the staff member's office lines
                return _Vote("official", CUE, "role:signature:" + agency)
        if ((entity in _SIGNED_CONTACT or entity == "PERSON") and neutral is not None
                and neutral.cue.group == "contact" and self.reporter_lines):
            line0 = text.rfind("\n", 0, start) + 1
            if line0 > 0 and _ORG_CONTACT_LINE.match(text, line0):
                lead = self.reporter_lines.get(text.rfind("\n", 0, line0 - 1) + 1)
                if lead is not None and lead.end < line0 and lead.cue.applies("ORGANIZATION"):
                    # 收款账户：X业主委员会  账号：…⏎联系人：魏龙（秘书长）  电话：…: the contact of
                    # a body rewarded as the reporter, on the line under its field, is its own
                    return _Vote("reporter", CUE, "role:field-line-above:" + lead.cue.word, lead.end)
        if neutral is not None and not (entity == "ORGANIZATION" and neutral.cue.group == "contact"
                                        and not self.adjacent(neutral.end, start)):
            # (当时留的电话138…，到现在也没人回，X厂的…: a phone label says nothing about an
            # organisation further on in its sentence; right after the label it still does)
            group = neutral.cue.group
            if (group == "contact" and self.body_start is not None and start > self.body_start
                    and self.defaults.get("contact_after_body")):
                group = "contact_after_body"
            elif group == "contact" and self._tail_default(neutral, start, self._sent[k]):
                group = "contact_tail"
            if (group != "contact" and entity in _PERSONAL_CONTACT
                    and self.defaults.get(group) != self.defaults.get("contact")
                    and not self._official_nearby(start)):
                # a mobile in an agency document's closing part is the agency's only next to
                # the agency or its staff member (…生态环境局⏎联系人：王洋 电话：138…); alone (a
                # table's 联系方式 column, a reward sheet's 联系电话 under the winner) it keeps
                # the complaint's default: a citizen's mobile is what must never be kept
                group = "contact"
            role = self.defaults.get(group)
            if role:
                return _Vote(role, DEFAULT, f"role:genre:{self.genre}:{neutral.cue.word}")
        role = self.defaults.get("any")
        if role:
            return _Vote(role, DEFAULT, f"role:genre:{self.genre}")
        return _Vote()

    def note_anchor(self, entity: str, start: int, end: int, vote: _Vote, k: int) -> None:
        self.previous = (entity, end, vote)
        if vote.role not in ("subject", "official") and (entity == "PERSON" or entity in _PERSONAL_CONTACT):
            # 被举报单位：X⏎联系电话：138…⏎联系地址：Y: after the writer's mobile, Y is not the unit's
            self.personal_at = start
        if entity in _ANCHORS and vote.role != "unknown" and vote.level <= DEFAULT:
            self.anchor = (self._sent[k], end, vote, entity)


# A staff title at the start of a speaker's nickname (网格员冯站长, 执法队员李华).
_STAFF_TITLE_LEAD = re.compile(r"(?:网格员|网格长|执法队员|执法人员|监察员|信访员|联络员|调解员|社区干部|村干部)")
_WE_THE_UNIT = re.compile(r"我(?:校|院|园|单位|公司|司|厂|村|社区)")
_COMPANY_ACCOUNT = re.compile(r"(?:官方|官方号|官方账号|官微|客服)\Z")
# The bracket a forum or a video site sets after the poster's name (X（楼主）, X（UP主）).
_POSTER_MARK = re.compile(r"楼主|UP主|up主|博主|作者|发帖人")
_BOX_PREFIX = re.compile(r"[ \t]*[┌├└│][ \t]*\Z")


def _boxed(text: str, start: int) -> bool:
    """Does the speaker heading at ``start`` stand in a boxed chat record (┌ 家园常在 11:56)?"""
    line0 = text.rfind("\n", 0, start) + 1
    return start - line0 <= 4 and _BOX_PREFIX.match(text, line0, start) is not None


def _own_line(text: str, sp, starts: list[int]) -> range:
    """The findings (indices into ``starts``) on the speaker's own line: a turn whose message
    goes on below (a conversation's title line heading other people's turns) counts only its
    first line."""
    nl = text.find("\n", sp.end, sp.line_end)
    return range(bisect.bisect_left(starts, sp.end), bisect.bisect_left(starts, sp.line_end if nl < 0 else nl))


def _chat_speakers(doc: _Document, results: list[RecognizerResult], votes: list[_Vote],
                   keys: list[list[str]]) -> None:
    """A speaker whose own lines show they reported (我打了12369, 我家…, 我电话…) is the
    reporter; other speakers are third parties. The speaker's real name in brackets after
    the nickname is the same person."""
    speakers = coref.chat_speakers(doc.text)
    if doc.genre == "chat":
        taken = {sp.start for sp in speakers}
        speakers += [sp for sp in coref.chat_headers(doc.text) if sp.start not in taken]
        speakers.sort(key=lambda sp: sp.start)
        # a heading's message ends where the next speaker's line starts, whatever its form
        # (│ 麦田1708 12:14⏎│ …⏎└⏎王文：收到…: 王文's line is not 麦田1708's message)
        speakers = [dataclasses.replace(sp, line_end=min(sp.line_end, nxt.start - 1))
                    if nxt.start <= sp.line_end else sp
                    for sp, nxt in zip(speakers, speakers[1:])] + speakers[-1:]
    rows = doc.table_rows
    if rows:
        # a chat backup exported as a table: each row is its sender's turn, and the account in
        # the row is the sender's own
        taken = {sp.start for sp in speakers}
        speakers += [sp for sp in rows if sp.start not in taken]
        speakers.sort(key=lambda sp: sp.start)
        starts0 = [r.start for r in results]
        for sp in rows:
            if sp.id_start >= 0:
                j = bisect.bisect_left(starts0, sp.id_start)
                if j < len(results) and results[j].start == sp.id_start:
                    keys[j].append(coref.value_key("CN_SOCIAL_ACCOUNT", sp.name))
    if not speakers:
        return
    # an agency's own work group (…执法支队工作群, 督察组工作群): its speakers are staff, and
    # passing on a complaint (举报人吴峰，电话…) does not make one the reporter
    head_end = 0
    for _ in range(3):  # the title line, or the export's fields under it (群名称：…)
        nl = doc.text.find("\n", head_end + 1)
        head_end = len(doc.text) if nl < 0 else nl
    agency = doc.genre == "chat" and _AGENCY_GROUP.search(doc.text, 0, head_end) is not None
    liaison = (doc.genre == "chat" and not agency
               and _LIAISON_GROUP.search(doc.text, 0, head_end) is not None)
    officer: dict[str, bool] = {}
    starts = [r.start for r in results]
    self_report: dict[str, bool] = {}
    strong: dict[str, bool] = {}  # said they reported (我打了12369), not only 我的… in a turn
    plant: dict[str, bool] = {}  # said they work at the plant (我就在厂里上班)
    titled_by_bracket: set[str] = set()
    poster: set[str] = set()
    press: dict[str, bool] = {}  # said they are a journalist, a lawyer, a volunteer (我是…的谢记者)
    staff: dict[str, bool] = {}
    at_speaker: dict[int, str] = {}
    speech: dict[str, bool] = {}
    for name in {sp.name for sp in speakers}:
        # 何璐（网格员）→ 杨阳：[聊天记录]…, 吴亮（网格员） IP属地：…: a speaker named with a staff
        # office in brackets anywhere in the chat is staff
        at = doc.text.find(name + "（")
        at = at if at >= 0 else doc.text.find(name + "(")
        if at >= 0:
            office = _SPEAKER_OFFICE.match(doc.text, at + len(name))
            if office is not None and _STAFF_NAME.search(office.group(1)) is not None:
                titled_by_bracket.add(name)
            elif office is not None and _POSTER_MARK.fullmatch(office.group(1)) is not None:
                poster.add(name)  # 平安793（UP主）：…, X（楼主）: who opened the thread or posted the video
    for sp in speakers:
        staff[sp.name] = (staff.get(sp.name, False) or _STAFF_NAME.search(sp.name) is not None
                          or sp.name in titled_by_bracket)
        speech[sp.name] = speech.get(sp.name, False) or (
            _STAFF_SPEECH.search(doc.text, sp.end, sp.line_end) is not None)
        lo = bisect.bisect_left(starts, sp.end)
        hi = bisect.bisect_left(starts, sp.line_end)
        titled = _STAFF_NAME.search(sp.name) is not None or sp.name in titled_by_bracket
        if titled:
            # 网格员冯凯：…有照片私发给我，我电话189…: a speaker named by a staff title gives
            # their office's number; 我 in their own line is the staff member, never the reporter
            # (a conversation's title line heads other people's turns: only its own line counts)
            for j in _own_line(doc.text, sp, starts):
                v = votes[j]
                if v.role == "reporter" and (v.evidence.startswith("role:cue:我") or (
                        v.evidence.startswith("role:cue:") and v.evidence.endswith("我")) or (  # 打我手机…
                        v.evidence.startswith("role:cue:") and v.at >= 0
                        and doc.text.rfind("我", max(v.at, starts[j] - 3), starts[j]) >= 0)):
                    # …不要在群里讨论举报人，有问题私聊我1805…: 我 right before the number, after
                    # the cue, is the speaker
                    votes[j] = _Vote("official", CUE, "role:speaker-turn:staff", sp.end)
        own = not agency and not titled and any(votes[j].role == "reporter" and votes[j].level <= CUE
                                                and "role:cue:" in votes[j].evidence
                                                and _ABOUT_THE_REPORTER.search(votes[j].evidence) is None
                                                for j in range(lo, hi))
        said = not titled and (sp.name in poster
                               or _SELF_REPORT.search(doc.text, sp.end, sp.line_end) is not None)
        strong[sp.name] = strong.get(sp.name, False) or said
        plant[sp.name] = plant.get(sp.name, False) or (
            _PLANT_SELF.search(doc.text, sp.end, sp.line_end) is not None) or (
            # 河南金鹏塑料制品官方：您好，我司…: a company's own account (an agency's is shaped)
            _COMPANY_ACCOUNT.search(sp.name) is not None and org_shape(sp.name) is None)
        press[sp.name] = press.get(sp.name, False) or (
            _PRESS_SELF.search(doc.text, sp.end, sp.line_end) is not None)
        self_report[sp.name] = self_report.get(sp.name, False) or own or said
        if liaison:
            officer[sp.name] = officer.get(sp.name, False) or (
                _OFFICER_SPEECH.search(doc.text, sp.end, sp.line_end) is not None)
        at_speaker[sp.start] = sp.name
    for name in officer:
        # an agency-plant liaison group: who speaks as an officer is staff, the others the
        # plant's people (their 我电话… is the plant's), unless one says they reported
        if strong.get(name):
            continue
        staff[name] = staff[name] or officer[name]
        plant[name] = not staff[name]
    # two people talking, one of them taking the complaint in: the other is the one who complains
    # the export's owner may write as 我： (与“庞彬”的聊天⏎09:14 我：…): a second person
    # (the speakers of a chat record forwarded into the chat, boxed by the transcription, are
    # not among those talking: ┌ 家园常在 11:56⏎│ …⏎└)
    quoted = {sp.name for sp in speakers} - {sp.name for sp in speakers if not _boxed(doc.text, sp.start)}
    talkers = [name for name in staff if name not in quoted]
    pair = len(talkers) == 2 or (len(talkers) == 1 and _OWNER_TURN.search(doc.text) is not None)
    if pair:  # what one says shows who takes the complaint only between two people
        staff = {name: (staff[name] or speech[name]) and not press[name] if name in talkers else staff[name]
                 for name in staff}
        for name in staff:
            if staff[name] and self_report.get(name) and not strong.get(name):
                # 莫凯：收到，我这就去看看…我的电话188…: the one taking the complaint gives their
                # own number; 我的 in their turn does not make them the one who complains
                self_report[name] = False
        for sp in speakers:
            if not staff.get(sp.name) or self_report.get(sp.name) or _STAFF_NAME.search(sp.name):
                continue  # (a titled speaker's turns were read above)
            for j in _own_line(doc.text, sp, starts):
                if votes[j].role == "reporter" and votes[j].evidence.startswith("role:cue:我"):
                    votes[j] = _Vote("official", CUE, "role:speaker-turn:staff", sp.end)
    to_staff = len(talkers) == 2 and sum(staff[name] for name in talkers) == 1 and not agency
    if to_staff:
        # what the one who complains gives in their own turns with nothing to say whose it is
        # (绿水依旧1104：13812345678) is theirs
        for sp in speakers:
            if staff[sp.name] or self_report.get(sp.name) or sp.name in quoted:
                continue
            lo = bisect.bisect_left(starts, sp.end)
            hi = bisect.bisect_left(starts, sp.line_end)
            for j in range(lo, hi):
                if (results[j].entity_type in _PERSONAL_CONTACT and votes[j].level >= DEFAULT
                        and doc.text[results[j].start:results[j].end] not in quoted):
                    # (我和家园常在的聊天记录: a speaker of the record forwarded is someone else)
                    votes[j] = _Vote("reporter", CUE, "role:speaker-turn:to-staff", sp.end)
    for sp in speakers:
        if not press[sp.name] or strong[sp.name]:
            continue
        for j in _own_line(doc.text, sp, starts):  # 好的。我手机+86133…: the journalist's own
            v = votes[j]                            # (a name further on is not: it stays as it is)
            if (v.role == "reporter" and v.evidence.startswith("role:cue:我")
                    and (results[j].entity_type != "PERSON" or v.evidence in _SELF_NAMING)):
                votes[j] = _Vote("third_party", CUE, "role:speaker-turn:press", sp.end)
    for sp in speakers:
        if _DEALER_SPEAKER.fullmatch(sp.name) is None and not (plant[sp.name] and not strong[sp.name]):
            continue
        # 卖家：…地址成都市…，到了打176…，加微信ymeng1141: only what nothing else decided (a
        # form's default, a 我 of their own turn), never a cue's word about someone else
        for j in _own_line(doc.text, sp, starts):
            v = votes[j]
            if v.level >= DEFAULT or (v.role == "reporter" and v.evidence.startswith("role:cue:我")):
                votes[j] = _Vote("subject", CUE, "role:speaker-turn:" + (
                    "dealer" if _DEALER_SPEAKER.fullmatch(sp.name) else "plant-staff"), sp.end)
    titled_at = {sp.start + m.end(): sp for sp in speakers
                 if (m := _STAFF_TITLE_LEAD.match(sp.name)) is not None and m.end() < len(sp.name)}
    for j, r in enumerate(results):
        name = at_speaker.get(r.start)
        if name is None and r.start in titled_at and r.entity_type == "PERSON" \
                and r.end <= titled_at[r.start].end:
            # 网格员冯站长：…: the name after the staff title the nickname opens with is the speaker
            name = titled_at[r.start].name
        elif name is None or r.entity_type not in ("CN_SOCIAL_ACCOUNT", "PERSON", "ORGANIZATION") \
                or r.end > r.start + len(name):
            continue  # a name or organisation found in the speaker's place is the speaker
        vote = (_Vote("subject", CUE, "role:speaker:plant-staff") if plant[name] and not strong[name]
                else _Vote("third_party", CUE, "role:speaker:press") if press[name] and not strong[name]
                else _Vote("reporter", STRONG, "role:speaker:self") if self_report[name]
                else _Vote("reporter", STRONG, "role:speaker:to-staff") if (
                    to_staff and not staff[name] and name not in quoted)
                else _Vote("official", DEFAULT, "role:speaker:staff") if agency
                else _Vote("official", CUE, "role:speaker:takes-complaint") if staff[name]
                else _Vote("subject", CUE, "role:speaker:dealer") if _DEALER_SPEAKER.fullmatch(name)
                else _Vote("third_party", DEFAULT, "role:speaker:other"))
        # a cue in the speaker's own message (青山常在：张红是实际老板) or in the line before is
        # about what is said, never about the speaker: only strong evidence (a title in the
        # name, a caller's fact) outranks what the turns show
        # (a group's title above the first speaker, 业主群⏎清风：…, is no field label either)
        if votes[j].level > STRONG or votes[j].evidence.startswith("role:field:") \
                or vote.better_than(votes[j]):
            votes[j] = vote
        # 青山常在(张建国)：/ 青山常在(123456789) 时间: the real name, the QQ number is the speaker's
        if j + 1 < len(results) and results[j + 1].entity_type in ("PERSON", "CN_QQ") \
                and results[j + 1].start - r.end == 1 and doc.text[r.end] in "(（":
            keys[j + 1].append(coref.value_key("CN_SOCIAL_ACCOUNT", name))  # as the nickname's own


#: What ends the glue of a reporter cue to the next cue (我是附近村民。厂长李浩: two sentences).
_GLUE_BREAK = frozenset("。！？；，,.!?;\n")
#: A link's query parameter that carries a person's number or name (tel=, sfzh=, xm=).
_PERSONAL_QUERY = re.compile(r"[?&](?:tel|phone|mobile|mob|sjh|dh|lxdh|idcard|id_card|sfz|sfzh|xm|name)=", re.I)
#: A notice addressed to the residents (各位居民：) that tells of a complaint from among them.
_TO_RESIDENTS = re.compile(r"(?:各位|全体)(?:居民|村民|业主|住户)[：:，,]")
#: A residents' or villagers' own committee, named after the place (碧水公馆社区居民委员会).
_RESIDENTS_COMMITTEE = re.compile(r"(?:居民委员会|居委会|村民委员会|村委会|业主委员会)$")
#: The cues of the thing reported (举报X, 反映的X) that a residents' cue after a place overrides.
_REPORTED_THING = frozenset("role:cue:" + w for w in ("举报", "反映", "投诉", "反应", "举报的", "反映的"))


# A person's own number named as theirs (李浩的手机15919308972, 王强的电话是…): the number
# is that person's, whoever they are.
_OWNED_CONTACT = re.compile(
    r"""的(?:手机|电话|联系电话|移动电话|微信|QQ|qq|邮箱)   # 的 + what kind of contact
        (?:号码|号)?                                    # 手机号码, 微信号
        (?:是|为|[：:])?[ \t]?$                          # then at most a copula or a colon
    """, re.X)
_OWNED_ENTITIES = frozenset({"CN_MOBILE", "CN_LANDLINE", "CN_WECHAT", "CN_QQ", "EMAIL_ADDRESS"})


#: Findings that name a unit (an employer may be the reported party itself).
_UNIT_ENTITIES = frozenset(("ORGANIZATION", "CN_WORKPLACE"))


def _values(doc: _Document, results: list[RecognizerResult]
            ) -> tuple[list[list[str]], list[tuple[int, str]], list[tuple[int, str]]]:
    """One look at each finding's value, in order: its cluster keys (the normalised value,
    or the partial person form itself: 张先生 … 张先生), and (finding, key) lists of the full
    names and long numbers that give a key to join (their surname, their last four digits)
    and of the surname forms and four-digit tails that may join one by it."""
    text = doc.text
    value_key, surname_of, is_full_name, tail_key = (coref.value_key, coref.surname_of,
                                                     coref.is_full_name, coref.tail_key)
    numbers = coref.NUMBER_ENTITIES
    keys: list[list[str]] = []
    joins: list[tuple[int, str]] = []
    partial: list[tuple[int, str]] = []
    person: tuple[int, str] | None = None  # the last person's end and key
    for j, r in enumerate(results):
        entity = r.entity_type
        value = text[r.start : r.end]
        key = value_key(entity, value)
        if entity == "PERSON":
            if key is None:
                key = "PERSONFORM:" + value.strip()  # the same partial form twice
            keys.append([key])
            person = (r.end, key)
            s = surname_of(value)
            if not is_full_name(value):
                if s:
                    partial.append((j, "S:" + s))
            elif s:
                joins.append((j, "S:" + s))
        else:
            keys.append([key] if key else [])
            if entity == "CN_SOCIAL_ACCOUNT" and is_full_name(value):
                # a transcript's speaker written as a full name (约谈人：李英 … 李英：近期…) is
                # the person of that name
                speaker = value_key("PERSON", value)
                if speaker:
                    keys[-1].append(speaker)
            if (entity in _OWNED_ENTITIES and person is not None and 0 < r.start - person[0] <= 10
                    and _OWNED_CONTACT.search(text, person[0], r.start) is not None
                    and text[person[0]] == "的"):
                keys[-1].append(person[1])
            if entity in numbers:  # (tail_key has a tail for numbers only)
                size = len(value.strip())
                if size >= 4:
                    tail = tail_key(entity, value)
                    if tail:
                        (partial if size == 4 else joins).append((j, tail))
    return keys, joins, partial


def _cluster(results: list[RecognizerResult], votes: list[_Vote], keys: list[list[str]],
             joins: list[tuple[int, str]], partial: list[tuple[int, str]]
             ) -> tuple[list[int], list[_Vote], bytearray]:
    """Union findings by shared keys; return each finding's cluster root, the roots' votes
    and which findings are in a cluster of two or more (most are alone: their root is
    themselves, their cluster's vote their own, and they are skipped in every pass below)."""
    n = len(results)
    parent = list(range(n))
    multi = bytearray(n)  # 1: in a cluster of two or more mentions

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # (x if parent[x] == x else find(x)): a root is its own root, without the call
    first_of: dict[str, int] = {}
    for j, ks in enumerate(keys):
        for k in ks:
            f = first_of.get(k)
            if f is not None:
                a = f if parent[f] == f else find(f)
                b = j if parent[j] == j else find(j)
                if a < b:  # parent[max(a, b)] = min(a, b), without the two calls
                    parent[b] = a
                    multi[f] = multi[j] = 1
                elif b < a:
                    parent[a] = b
                    multi[f] = multi[j] = 1
            else:
                first_of[k] = j

    # Partial person forms and number tails join a unique full cluster. Per surname or tail
    # only two distinct clusters are kept (one is unique, two is ambiguous) plus one of the
    # reporter's, so a long text with many 王s stays linear.
    pre_best: dict[int, _Vote] = {}  # the best vote of each cluster of two or more
    for j in compress(range(n), multi):
        root = j if parent[j] == j else find(j)
        held = pre_best.get(root)
        if held is None or votes[j].better_than(held):
            pre_best[root] = votes[j]
    full_of: dict[str, list[int]] = {}
    reporter_of: dict[str, int] = {}
    for j, key in joins:
        root = j if parent[j] == j else find(j)
        seen = full_of.setdefault(key, [])
        if root not in seen and len(seen) < 2:
            seen.append(root)
        if pre_best.get(root, votes[root]).role == "reporter":
            reporter_of.setdefault(key, root)
    ambiguous: dict[int, str] = {}
    for j, key in partial:
        r = results[j]
        candidates = {find(c) for c in full_of.get(key, ())}
        own = votes[j]
        if len(candidates) == 1 and r.entity_type == "PERSON":
            # A surname form joins its full name only when that cannot hide the reporter:
            # same role, or one side still unknown; and never lends a keepable role to a form
            # that has no evidence of its own (黄某 in a chat is not surely 黄建国 the boss).
            c = next(iter(candidates))
            full = pre_best.get(c, votes[c])  # (c is a root of before these joins)
            agree = full.role == own.role
            if not (agree or full.role == "unknown"
                    or (own.role == "unknown" and full.role in ("reporter", "third_party"))
                    or (full.role == "reporter" and own.level > STRONG)):  # fail closed
                candidates = set()
        if len(candidates) == 1:
            a, b = find(j), candidates.pop()
            if a != b:
                parent[max(a, b)] = min(a, b)
                multi[j] = multi[b] = 1
        elif len(candidates) > 1:
            ambiguous[j] = key

    roots = [j if parent[j] == j else find(j) for j in range(n)]
    best: dict[int, _Vote] = {}  # the best vote of each cluster of two or more
    named_subject: dict[int, _Vote] = {}
    for j in compress(range(n), multi):
        root = roots[j]
        vote = votes[j]
        held = best.get(root)
        if held is None or vote.better_than(held):
            best[root] = vote
        if (vote.role == "subject" and vote.level <= ACT
                and results[j].entity_type in _UNIT_ENTITIES):
            named_subject.setdefault(root, vote)
    # An insider reports their own employer (工作单位：X厂（系被举报单位职工）… 被举报单位：X厂,
    # 我在X厂上班…X厂夜里偷排): the unit named as the reported party or as the one that pollutes
    # is the subject wherever it is mentioned; only the mentions with the reporter's own
    # evidence (the workplace field, 我在…上班) stay the reporter's and are removed.
    for root, vote in named_subject.items():
        if best[root].role == "reporter":
            best[root] = vote
    # A partial form that two full names could own: the reporter's if either is (fail closed).
    for j, key in ambiguous.items():
        rep_root = reporter_of.get(key)
        if rep_root is not None:
            rep_root = find(rep_root)
            rep = best.get(rep_root, votes[rep_root])
        else:
            rep = None
        mine = best.get(roots[j], votes[roots[j]])
        if rep is not None and rep.role == "reporter" and mine.level > KNOWN \
                and (mine.role != "reporter") and (ROLE_RANK["reporter"] < ROLE_RANK[mine.role]
                                                   or mine.level > rep.level):
            best[roots[j]] = _Vote("reporter", max(rep.level, CUE), "role:coref:ambiguous")
    return roots, [best.get(root, votes[j]) for j, root in enumerate(roots)], multi


@releasing_texts
def attribute(views: TextViews, results: list[RecognizerResult], known: KnownFacts,
              genre: Genre | None = None) -> list[RoleDecision]:
    """One RoleDecision per result, in order (results sorted by start, not overlapping)."""
    genre = genre or detect_genre(views.folded)
    n = len(results)
    starts = np.fromiter([r.start for r in results], dtype=np.int64, count=n)
    ends = np.fromiter([r.end for r in results], dtype=np.int64, count=n)
    if _sorted_spans(starts, ends):
        order, ordered = range(n), results
    else:
        order = np.lexsort((ends, starts)).tolist()  # stable: by start, then end, then index
        ordered = [results[j] for j in order]
        starts, ends = starts[order], ends[order]
    doc = _Document(views, genre, starts, ends)
    release_texts()  # the last scan has read the text: its code points go before the findings come
    original = views.original
    votes: list[_Vote] = []
    has_known = bool(known)
    for k, r in enumerate(ordered):
        hit = known.lookup(original[r.start : r.end]) if has_known else None
        if hit is None and has_known and r.entity_type == "PERSON":
            hit = known.partial(original[r.start : r.end])
        if hit is not None:
            vote = _Vote(hit[0], KNOWN, "role:known:" + hit[0])
        else:
            vote = doc.decide(r.entity_type, r.start, r.end, k)
            if (vote.role == "subject" and vote.level >= CUE and r.entity_type == "CN_ADDRESS"
                    and _RESIDENCE_EVIDENCE.intersection((r.recognition_metadata or {}).get(EVIDENCE_KEY, ()))):
                # 整个幸福家园都是一股焦糊味, 我们是书香公馆业主委员会: a place found as where people
                # live is nobody's works site; a sentence about the plant does not make it the
                # plant's (its people are not known: fail closed)
                vote = _Vote("unknown", NONE, "role:residence")
        doc.note_anchor(r.entity_type, r.start, r.end, vote, k)
        votes.append(vote)
    if _TO_RESIDENTS.search(doc.text) is not None:
        for k, r in enumerate(ordered):
            if r.entity_type == "ORGANIZATION" and _RESIDENTS_COMMITTEE.search(doc.text, r.start, r.end):
                # a notice to the residents about one of them who complained, signed by their own
                # committee: its name is the place the reporter lives in
                votes[k] = _Vote("third_party", STRONG, "role:notice:residents-committee", r.start)
    if _PENALISED_APPLICANT.search(doc.text) is not None:
        for k, vote in enumerate(votes):
            if vote.role == "reporter" and vote.evidence in _APPLICANT_EVIDENCE:
                # the document says so: as sure as a field, whatever cue or anchor gave the vote
                votes[k] = _Vote("subject", STRONG, "role:review:penalised-applicant", vote.at)
    if any(v.evidence == "role:salutation:to-handle" for v in votes):
        for k, vote in enumerate(votes):
            if vote.role == "reporter" and vote.evidence in _ADDRESSEE_EVIDENCE:
                # a mail to the one it asks to handle a case (收件人：X <…>⏎⏎X同志：⏎您承办的…):
                # its addressee is staff, not a reporter getting a reply
                votes[k] = _Vote("official", STRONG, "role:salutation:to-handle", vote.at)
    if ordered and ordered[0].entity_type == "ORGANIZATION" and _NOTARY.search(
            doc.text, ordered[0].start, ordered[0].end) and not doc.text[:ordered[0].start].strip():
        # a notary's own record (X公证处⏎公证记录…): the office and the staff of its form
        # (公证员：X  承办：Y) are the notary's, a third party, not the agency's
        for k, vote in enumerate(votes):
            if k == 0 or (vote.role == "official" and vote.evidence in _NOTARY_STAFF):
                votes[k] = _Vote("third_party", STRONG, "role:notary", vote.at)
    for k, r in enumerate(ordered):
        if (r.entity_type == "CN_SOCIAL_ACCOUNT" and votes[k].role == "unknown"
                and _STAFF_NAME.search(original, r.start, r.end) is not None):
            # 班长陈：… / 坐席毛：… of an agent's chat in a record of any kind: a speaker named by
            # a staff title is staff (in a chat, the turns decide below)
            votes[k] = _Vote("official", CUE, "role:speaker:titled", r.start)
    _listed_people(doc.text, ordered, votes)
    _owners_in_brackets(doc.text, ordered, votes)
    _rows_of_the_reported(doc.text, ordered, votes)
    _arrived_at_the_gate(doc.text, ordered, votes)
    if "发件人" in doc.text:
        _forwarding_senders(doc.text, ordered, votes)
    if _CALLBACK_BY.search(doc.text) is not None:
        for k, vote in enumerate(votes):
            if vote.role == "official" and vote.evidence in _ANSWERED_BY:
                # 回访人：雷辉 … 接听人：龚桂花（自称举报人龚先生的侄女）: who answers the agency's
                # call back is the reporter's side, not the agent answering a call
                votes[k] = _Vote("reporter", STRONG, "role:callback:接听人", vote.at)
    if genre.name == "census" and _CENSUS_TAKER_FORM.match(doc.text) is not None:
        for k, r in enumerate(ordered):
            if r.entity_type in _CENSUS_TAKER_OWN and (votes[k].evidence.startswith("role:genre:census:")
                                                      or votes[k].evidence == "role:field:工作单位"):
                # 普查员证申领表⏎姓名：杨佳…工作单位：X镇人民政府: the form is the census taker's own,
                # not a census object's
                votes[k] = _Vote("official", STRONG, "role:census-taker-form", votes[k].at)
    keys, joins, partial = _values(doc, ordered)
    if genre.name == "chat" or doc.table_export:
        _chat_speakers(doc, ordered, votes, keys)
    roots, cluster_votes, multi = _cluster(ordered, votes, keys, joins, partial)
    _people_of_units(doc.text, ordered, votes, cluster_votes)
    _insiders_employer(original, ordered, votes, cluster_votes)

    # Cluster ids: numbered by first appearance, only for clusters of two or more mentions
    # or a decided role; never derived from the value.
    ids: dict[int, str] = {}
    decisions: list[RoleDecision | None] = [None] * len(results)
    # equal decisions share one RoleDecision (frozen): the mentions of a cluster, the many
    # findings with no evidence; a dict look-up costs a fifth of a frozen dataclass's init
    made: dict[tuple[str, str, str | None], RoleDecision] = {}
    for pos, j in enumerate(order):
        own, shared = votes[pos], cluster_votes[pos]
        vote = own
        evidence = own.evidence
        if shared is not own and (shared.level < own.level or shared.role != own.role) \
                and shared.better_than(own):
            vote = shared
            evidence = "role:coref:" + shared.evidence.removeprefix("role:")
        cluster = None
        root = roots[pos]
        if vote.role != "unknown" or multi[root]:
            cluster = ids.get(root)
            if cluster is None:  # the id string is built once per cluster, not per mention
                cluster = ids[root] = f"{vote.role}-{len(ids) + 1}"
        same = (vote.role, evidence, cluster)
        decision = made.get(same)
        if decision is None:
            decision = made[same] = RoleDecision(vote.role, (evidence,) if evidence else (), cluster)
        decisions[j] = decision
    return decisions  # type: ignore[return-value]


def _people_of_units(text: str, results: list[RecognizerResult], votes: list[_Vote],
                     cluster_votes: list[_Vote]) -> None:
    """恒达公司那个傅梅, 润泽厂的刘强: a person named right after a unit, as one of its people,
    takes the unit's role when nothing else is known of them and the unit is the reported
    party or an agency (its role often comes from a later mention: after clustering)."""
    for k in range(1, len(results)):
        r, prev = results[k], results[k - 1]
        # 联系新乡市生态环境局新乡分局，张帅说他们已经立案: a name after the agency and a pause
        # that speaks for it (…说他们…) is its staff member too, as if glued
        glued = prev.end == r.start or (text[prev.end : r.start] in ("，", ",")
                                        and _SPEAKS_FOR_UNIT.match(text, r.end) is not None)
        if (r.entity_type != "PERSON" or prev.entity_type != "ORGANIZATION"
                or (not glued and text[prev.end : r.start] not in _OF_UNIT)):
            continue
        own, shared = votes[k - 1], cluster_votes[k - 1]
        unit = shared if shared.better_than(own) else own
        if votes[k].role != "unknown" or cluster_votes[k].role != "unknown":
            v = votes[k]
            if not (glued and unit.role == "official" and unit.level <= SHAPE and v.level >= CUE
                    and v.evidence.startswith("role:cue:") and 0 <= v.at < prev.start
                    and cluster_votes[k] is v):
                continue
            # 1号来电人白先生所反映…，请郑州市生态环境局二七分局罗雪优先核查: a name glued to an
            # agency is its staff member, whatever cue stands before the agency's name
        if unit.role in (("official",) if glued else ("subject", "official")) and unit.level <= CUE:
            # (glued to the name, 已转郑州市生态环境局杨兰英, only an agency: 润泽公司王强反映 may
            # be an insider's report)
            votes[k] = cluster_votes[k] = _Vote(unit.role, CUE, "role:of-unit", prev.end)


def _insiders_employer(text: str, results: list[RecognizerResult], votes: list[_Vote],
                       cluster_votes: list[_Vote]) -> None:
    """所在单位及岗位：河南永兴造纸股份有限公司司机 … 举报内容：河南永兴造纸股份有限公司天一黑就
    开始烧东西: an insider's employer that the complaint names as the reported party is the
    reported party (its name is what the complaint is about, not a clue to who wrote it)."""
    reported = {text[r.start : r.end] for k, r in enumerate(results)
                if r.entity_type == "ORGANIZATION" and votes[k].role == "subject" and votes[k].level <= ACT}
    if not reported:
        return
    for k, r in enumerate(results):
        if (r.entity_type == "CN_WORKPLACE" and votes[k].role == "reporter"
                and text[r.start : r.end] in reported):
            votes[k] = cluster_votes[k] = _Vote("subject", CUE, "role:insider-employer", r.start)


_span_key = attrgetter("start", "end")  # (start, end) of a result, for sorting


def _sorted_spans(starts: np.ndarray, ends: np.ndarray) -> bool:
    """Are the spans (start, end) in order (by start, then end)?"""
    if len(starts) < 2:
        return True
    a, b = starts[:-1], starts[1:]
    return bool(np.all((a < b) | ((a == b) & (ends[:-1] <= ends[1:]))))


# A notary office, and the staff fields of its records (公证员 is a third party's cue itself).
_NOTARY = re.compile(r"公证处$")
_NOTARY_STAFF = frozenset("role:field:" + w for w in ("承办", "承办人", "经办人", "经办", "记录人", "记录",
                                                      "接待人", "审批人"))
# What joins the names of a list (出席：郜洁、王凤英, 约谈人：李英，杨佳).
_LIST_JOIN = re.compile(r"[ \t\u3000]*[、，,][ \t\u3000]*")


def _listed_people(text: str, results: list[RecognizerResult], votes: list[_Vote]) -> None:
    """A name listed right after a name a cue decided (出席：郜洁、王凤英) is decided the same
    way, unless evidence of its own speaks. Only names next to names: a list of people."""
    for k in range(1, len(results)):
        r, prev = results[k], results[k - 1]
        if (r.entity_type != "PERSON" or prev.entity_type != "PERSON" or votes[k].level < DEFAULT
                or votes[k - 1].level > CUE or votes[k - 1].role == "unknown"
                or _LIST_JOIN.fullmatch(text, prev.end, r.start) is None):
            continue
        v = votes[k - 1]
        evidence = v.evidence if v.evidence.startswith("role:list:") else "role:list:" + v.evidence[5:]
        votes[k] = _Vote(v.role, CUE, evidence, v.at)


#: The end of a bracketed aside on its line (or a new bracket or a line break: no aside).
_CLOSE_BRACKET = re.compile(r"[）)（(\n]")
#: 住 (住址：, 家住) right before a place: where someone lives.
_CLOSED = re.compile(r"[）)]")
_LIVES_BEFORE = re.compile(r"(?:[，,、（(]住|住址[：:]?|家住|现住)\Z")
#: A right cue of reporting together (共同来访, 一起举报, 联名反映).
_TOGETHER = re.compile(r"共同|一起|一同|联名")
_SENDER_LINE = re.compile(r"[ \t]*(?:发件人|From)[ \t]*[:：][ \t]*")

def _forwarding_senders(text: str, results: list[RecognizerResult], votes: list[_Vote]) -> None:
    """发件人: 徐鑫 <min41@…>⏎收件人: X街道办事处环保所⏎主题: 转发: 转发: 举报…: who forwards a
    complaint on is staff passing the case on (only the header whose own subject says it
    forwards; the mail quoted under it keeps its citizen sender), and so is their mailbox."""
    for k, r in enumerate(results):
        if r.entity_type != "PERSON" or votes[k].level < DEFAULT:
            continue
        line0 = text.rfind("\n", 0, r.start) + 1
        lead = _SENDER_LINE.match(text, line0)
        if lead is None or lead.end() != r.start:
            continue
        block_end = text.find("\n\n", r.start)
        if _FORWARDING_SUBJECT.search(text, line0, len(text) if block_end < 0 else block_end) is None:
            continue
        votes[k] = _Vote("official", STRONG, "role:mail-forward:sender", r.start)
        if (k + 1 < len(results) and results[k + 1].entity_type == "EMAIL_ADDRESS"
                and votes[k + 1].level >= DEFAULT and text.find("\n", r.end, results[k + 1].start) < 0):
            votes[k + 1] = _Vote("official", CUE, "role:mail-forward:sender", r.start)


# A record of the agency calling the reporter back (回访人：X, 回访时间：…), and the fields of
# whoever picked up (in a hotline's own record 接听人 is the agent who answered).
_CALLBACK_BY = re.compile(r"回访人[ \t]*[:：]|回访人员[ \t]*[:：]")
_ANSWERED_BY = frozenset(("role:field:接听人", "role:anchor:field:接听人"))
# Officers arriving at a gate or a site (已到X村6组15号门口), not at a home to call back
# (已到X村入户回访举报人: the reporter's village).
_ARRIVED = re.compile(r"(?:已到达?|已赶到|已抵达|现已到达)$")
_AT_THE_GATE = re.compile(r"(?:大门口|门口|厂门口|大门|现场|厂区)")


def _arrived_at_the_gate(text: str, results: list[RecognizerResult], votes: list[_Vote]) -> None:
    """杨科长：已到二七区白沙镇北马寨村6组15号门口，余老板不让进: the place officers report
    arriving at the gate of is the reported party's site (only what nothing else decided)."""
    for k, r in enumerate(results):
        if (r.entity_type == "CN_ADDRESS" and votes[k].role == "unknown"
                and _ARRIVED.search(text, max(0, r.start - 4), r.start)
                and _AT_THE_GATE.match(text, r.end)):
            votes[k] = _Vote("subject", CUE, "role:arrived-at-gate", r.start)


# A census taker's own form (普查员证申领表, 普查指导员登记表) at the top of the text.
_CENSUS_TAKER_FORM = re.compile(r"[^\n]{0,30}普查(?:员|指导员)证?(?:申领|申请|登记|备案|信息)表")
_CENSUS_TAKER_OWN = frozenset({"PERSON", "DEMOGRAPHIC", "CN_ID_CARD", "CN_MOBILE", "CN_WORKPLACE",
                               "EMAIL_ADDRESS", "CN_WECHAT", "CN_QQ"})
# A register row's note that the call came from the reported party (被反映单位来电，追问举报人身份).
_REPORTED_CALLER = re.compile(r"被(?:反映|举报|投诉)(?:单位|企业|对象|方|厂家?)(?:来电|打来|致电|来人|人员来电)"
                              r"|(?:涉事|被举报)企业(?:来电|致电)|厂方来电|企业方来电")
_ROW_CELL = re.compile(r"\t|[ \u3000]\|[ \u3000]")


def _rows_of_the_reported(text: str, results: list[RecognizerResult], votes: list[_Vote]) -> None:
    """2⇥0371-36187436⇥小王⇥6次⇥询问类⇥被反映单位来电，追问举报人身份: in a table's row whose note
    says the reported party called, the caller's number and name are the reported party's
    (only what no cue or field decided)."""
    if "来" not in text and "致电" not in text:
        return
    starts = None
    for m in _REPORTED_CALLER.finditer(text):
        line0 = text.rfind("\n", 0, m.start()) + 1
        nl = text.find("\n", m.end())
        line1 = len(text) if nl < 0 else nl
        if len(_ROW_CELL.findall(text, line0, line1)) < 3:
            continue  # prose, not a row
        if starts is None:
            starts = [r.start for r in results]
        for j in range(bisect.bisect_left(starts, line0), bisect.bisect_left(starts, m.start())):
            if (results[j].entity_type in ("CN_LANDLINE", "CN_MOBILE", "PERSON")
                    and (votes[j].level >= DEFAULT or votes[j].role == "unknown")):
                votes[j] = _Vote("subject", CUE, "role:row:" + m.group(), m.start())


# Contact identifiers whose owner a bracket right after them may name.
_BRACKET_OWNED = frozenset({"CN_WECHAT", "CN_QQ", "CN_MOBILE", "CN_LANDLINE", "EMAIL_ADDRESS",
                            "CN_SOCIAL_ACCOUNT"})


def _owners_in_brackets(text: str, results: list[RecognizerResult], votes: list[_Vote]) -> None:
    """对方微信号：hbzf_hen831（郑州市生态环境局执法人员杨兰英）: a contact that only a field or
    the genre decided, followed by a bracket naming its owner, is the owner's. The owner is
    the last person in the bracket a cue decided, or else an agency named in it."""
    n = len(results)
    for k, r in enumerate(results):
        if (r.entity_type not in _BRACKET_OWNED or votes[k].level < DEFAULT or k + 1 >= n
                or results[k + 1].start != r.end + 1 or text[r.end : r.end + 1] not in ("（", "(")):
            continue
        close = _CLOSE_BRACKET.search(text, r.end + 1, min(len(text), r.end + 42))
        if close is None or text[close.start()] not in "）)":
            continue
        owner = None
        for j in range(k + 1, n):
            inner, vote = results[j], votes[j]
            if inner.end > close.start():
                break
            if inner.entity_type == "PERSON" and vote.level <= CUE and vote.role != "unknown":
                owner = vote
            elif (owner is None and inner.entity_type == "ORGANIZATION" and vote.role == "official"
                  and vote.level <= SHAPE):
                owner = vote
        if owner is not None:
            votes[k] = _Vote(owner.role, CUE, "role:owner-in-brackets:" + owner.evidence.removeprefix("role:"),
                             r.end)


@releasing_texts
def attribute_document(views: TextViews, results: list[RecognizerResult], known: KnownFacts
                       ) -> tuple[list[RecognizerResult], list[RoleDecision], Genre]:
    """Detect the genre, add partial mentions (张先生, 尾号5678, chat speakers) of what was
    found, and attribute every finding. Returns all results sorted by start."""
    genre = detect_genre(views.folded)
    results = coref.widen_name_forms(views.folded, results)
    results = coref.with_nickname_repeats(views.folded, results)
    spans = sorted(map(_span_key, results))  # (already in order from detection: a quick sort)
    proven: list[RecognizerResult] = []
    extra = field_values.missed_values(views.folded, results, spans, original=views.original,
                                       replacing=proven)
    if proven:  # a place an end word proves (…的住户) over a name the model read inside it
        results = coref.with_replacing(results, proven, ("PERSON", "ORGANIZATION", "CN_ADDRESS"))
        spans = sorted(map(_span_key, results))
        extra = [x for x in extra if not any(x.start < p.end and p.start < x.end for p in proven)]
    names = tuple(v.strip() for v in (*known.reporter, *known.subject) if v) if known else ()
    taken = sorted(spans + list(map(_span_key, extra))) if extra else spans
    extra = extra + coref.partial_mentions(views, list(results) + extra, genre.name, names, taken)
    allres = sorted(list(results) + extra, key=_span_key)
    return allres, attribute(views, allres, known, genre), genre
