"""Role attribution: tables of realistic cases with exact offsets, expected roles and evidence.

Findings are given (entity, start, end), as a recognizer would report them, so these tests
pin down attribution alone. Synthetic values only (invented names, generated numbers).
"""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from jubao_redact.genre import detect_genre
from jubao_redact.normalize import TextViews
from jubao_redact.roles import KnownFacts, attribute_document


def _run(text, spans, known=KnownFacts()):
    results = [RecognizerResult(e, s, t, 1.0) for e, s, t in spans]
    allres, decisions, _ = attribute_document(TextViews(text), results, known)
    return [(r.entity_type, r.start, r.end, d.role, d.evidence[0] if d.evidence else "")
            for r, d in zip(allres, decisions)]


# fmt: off
CASES = [  # text, findings [(entity, start, end)], expected [(entity, start, end, role, evidence)]
    ("郑州市荥阳市东赵镇上杨庄村41号那一片现在全是灰",
     [("CN_ADDRESS", 0, 16)],
     [("CN_ADDRESS", 0, 16, "subject", "role:act:全是灰")]),      # the place the dust falls on
    ("我家住在郑州市荥阳市东赵镇上杨庄村41号，现在全是灰。",
     [("CN_ADDRESS", 4, 20)],
     [("CN_ADDRESS", 4, 20, "reporter", "role:cue:住在")]),       # why: the writer's home, whatever falls on it
    ("举报人姓名：张建国\n联系电话：13812345678\n被举报单位：河南豫丰化工有限公司\n单位地址：郑州市金水区花园路12号",
     [("PERSON", 6, 9), ("CN_MOBILE", 15, 26), ("ORGANIZATION", 33, 43), ("CN_ADDRESS", 49, 61)],
     [("PERSON", 6, 9, "reporter", "role:field:举报人姓名"),
      ("CN_MOBILE", 15, 26, "reporter", "role:genre:webform:联系电话"),   # web form: the reporter's
      ("ORGANIZATION", 33, 43, "subject", "role:field:被举报单位"),
      ("CN_ADDRESS", 49, 61, "subject", "role:field:单位地址")]),
    ("该厂负责人王强，电话13912345678，群众多次反映仍然不整改。",
     [("PERSON", 5, 7), ("CN_MOBILE", 10, 21)],
     [("PERSON", 5, 7, "subject", "role:cue:负责人"),
      ("CN_MOBILE", 10, 21, "subject", "role:anchor:cue:负责人")]),   # the manager's phone
    ("我叫李明，家住新乡市红旗区胜利街5号，在新乡市第一中学上班。",
     [("PERSON", 2, 4), ("CN_ADDRESS", 7, 18), ("ORGANIZATION", 20, 27)],
     [("PERSON", 2, 4, "reporter", "role:cue:我叫"),
      ("CN_ADDRESS", 7, 18, "reporter", "role:cue:家住"),
      ("ORGANIZATION", 20, 27, "reporter", "role:cue:上班")]),   # a school, but the employer
    ("河南豫丰化工有限公司位于新乡市红旗区工业路8号，长期在夜间偷排废水。",
     [("ORGANIZATION", 0, 10), ("CN_ADDRESS", 12, 23)],
     [("ORGANIZATION", 0, 10, "subject", "role:act:偷排"),       # the one who 偷排
      ("CN_ADDRESS", 12, 23, "subject", "role:cue:位于")]),
    ("已向新乡市生态环境局反映，接线员赵敏说会转给属地处理。",
     [("ORGANIZATION", 2, 10), ("PERSON", 16, 18)],
     [("ORGANIZATION", 2, 10, "official", "role:shape:生态环境局"),  # not "反映 X" (subject)
      ("PERSON", 16, 18, "official", "role:cue:接线员")]),
    ("排污口就在红旗区第二小学旁边的河沟里。",
     [("ORGANIZATION", 5, 12)],
     [("ORGANIZATION", 5, 12, "public", "role:shape:小学")]),
    # why: 位于 alone says subject, but 我家 glued before it makes it the reporter's home
    ("我家位于新乡市红旗区胜利街5号。",
     [("CN_ADDRESS", 4, 15)],
     [("CN_ADDRESS", 4, 15, "reporter", "role:cue:我家")]),
    ("邻居刘芳也能作证。",
     [("PERSON", 2, 4)],
     [("PERSON", 2, 4, "third_party", "role:cue:邻居")]),
    # partial forms of the caller's name: 张先生 and 老张 are 张建国 (老张 is found by coref)
    ("来电人：张建国\n来电内容：张先生反映厂里噪音扰民，老张要求保密。",
     [("PERSON", 4, 7), ("PERSON", 13, 16)],
     [("PERSON", 4, 7, "reporter", "role:field:来电人"),
      ("PERSON", 13, 16, "reporter", "role:cue:反映"),
      ("PERSON", 25, 27, "reporter", "role:coref:field:来电人")]),
    # the last four digits of the caller's number, found and linked by coref
    ("来电号码：13812345678\n市民（尾号5678）来电称夜里有异味。",
     [("CN_MOBILE", 5, 16)],
     [("CN_MOBILE", 5, 16, "reporter", "role:field:来电号码"),
      ("CN_MOBILE", 22, 26, "reporter", "role:coref:field:来电号码")]),
    ("王总扬言罚款他也交得起。",
     [("PERSON", 0, 2)],
     [("PERSON", 0, 2, "subject", "role:cue:扬言")]),
    # why: same surname as the reporter, but 王总's own title says subject: no link
    ("举报人：王建国\n那个王总微信也不回。",
     [("PERSON", 4, 7), ("PERSON", 10, 12)],
     [("PERSON", 4, 7, "reporter", "role:field:举报人"),
      ("PERSON", 10, 12, "subject", "role:title:总")]),
    # why: …管事的 right before the name says subject, whatever the surname
    ("举报人：王建国\n厂里管事的王总微信不回。",
     [("PERSON", 4, 7), ("PERSON", 13, 15)],
     [("PERSON", 4, 7, "reporter", "role:field:举报人"),
      ("PERSON", 13, 15, "subject", "role:cue:管事的")]),
    # why: 联系电话 at the foot of an agency's reply is the agency's
    ("关于某厂环境问题举报的答复意见\n经查，该厂已停产。\n联系人：周科长，联系电话：0373-2345678。",
     [("PERSON", 30, 33), ("CN_LANDLINE", 39, 51)],
     [("PERSON", 30, 33, "official", "role:title:科长"),
      ("CN_LANDLINE", 39, 51, "official", "role:anchor:title:科长")]),
    # why: a phone number split by a line break is one number in one sentence
    ("该厂负责人王强，电话139\n12345678。",
     [("PERSON", 5, 7), ("CN_MOBILE", 10, 22)],
     [("PERSON", 5, 7, "subject", "role:cue:负责人"),
      ("CN_MOBILE", 10, 22, "subject", "role:anchor:cue:负责人")]),
    # why: in a complaint a bare phone with no cue is the reporter's (fail closed), never kept
    ("电话13812345678。",
     [("CN_MOBILE", 2, 13)],
     [("CN_MOBILE", 2, 13, "reporter", "role:genre:letter:电话")]),
    # why: no cue at all: unknown (the policy decides; forward removes it)
    ("13812345678",
     [("CN_MOBILE", 0, 11)],
     [("CN_MOBILE", 0, 11, "unknown", "")]),
]
# fmt: on


@pytest.mark.parametrize("text,spans,expected", CASES)
def test_roles(text, spans, expected):
    assert _run(text, spans) == expected


def test_chat_speaker_who_reported_is_the_reporter_everywhere():
    text = ("【微信群聊：小区业主群】\n"
            "[08:15] 青山常在：我刚又打了12369，厂里今晚又在排了\n"
            "[08:16] 明月人家：@青山常在 你上次打的电话有回复没\n"
            "[08:17] 明月人家：我也闻到了\n")
    got = _run(text, [])
    speakers = [(s, e, role, ev) for ent, s, e, role, ev in got if ent == "CN_SOCIAL_ACCOUNT"]
    assert speakers == [
        (21, 25, "reporter", "role:speaker:self"),        # 青山常在: 我刚又打了12369
        (54, 58, "third_party", "role:speaker:other"),    # 明月人家
        (59, 64, "reporter", "role:coref:speaker:self"),  # @青山常在, the reporter again
        (85, 89, "third_party", "role:speaker:other"),
    ]


def test_known_facts_win_and_link_partial_forms():
    known = KnownFacts(reporter=("李明", "13937112345"), subject=("河南豫丰化工有限公司",))
    text = "李先生说河南豫丰化工有限公司偷排，他的手机尾号2345。"
    got = _run(text, [("PERSON", 0, 3), ("ORGANIZATION", 4, 14)], known)
    # 李先生 has no full name in the text: it is not linked (no 李明 mention), but 尾号2345 is
    # not linked either (no full number in the text); neither may be kept by forward
    assert ("ORGANIZATION", 4, 14, "subject", "role:known:subject") in got


def test_unknown_person_forms_never_borrow_a_keepable_role():
    # why: 黄某 in a chat could be anyone named 黄; it must not become the boss (kept)
    text = "老板叫黄建国，电话13812345678。\n黄某说得对。"
    got = _run(text, [("PERSON", 3, 6), ("CN_MOBILE", 9, 20), ("PERSON", 22, 24)])
    assert got[2][3] == "unknown"


@pytest.mark.parametrize("text,genre", [
    ("12369环保举报热线来电记录\n来电人：老王\n", "hotline"),
    ("生态环境信访事项转办单\n| 举报人 | 王某 |\n", "transfer"),
    ("生态环境违法行为举报奖励公示\n举报人：王某\n", "reward"),
    ("第二次全国污染源普查 工业企业基本情况表\n单位名称：某厂\n", "census"),
    ("尊敬的领导：\n我叫王某，家住…\n此致\n敬礼", "letter"),
    # why: 排污许可证编号 and 经查 in a complaint do not make it a census form or a notice
    ("被举报单位：某厂\n举报内容：该公司排污许可证编号123，经查超标。", "webform"),
    # a form with no title: most lines are short-label fields
    ("【个人信息】\n反映人  劳飞\n性 别  男\n手机  13713097234\nQQ号  7395123881\n【被举报对象】\n对象地址  苏州市吴中区", "webform"),
    ("与公众号的对话\n工作人员：您好，请问您要反映什么问题？\n我：厂里又排了\n工作人员：好的\n我：谢谢", "chat"),
    # why: a letter with one signature field is still a letter
    ("焦作市生态环境局：\n    我是附近的村民，厂区噪音扰民。\n    请为我保密。\n此致\n敬礼\n举报人：陈坤", "letter"),
])
def test_genre(text, genre):
    assert detect_genre(text).name == genre


def test_evidence_never_carries_the_value():
    text = "举报人姓名：张建国\n联系电话：13812345678"
    for *_, evidence in _run(text, [("PERSON", 6, 9), ("CN_MOBILE", 15, 26)]):
        assert "张建国" not in evidence and "13812345678" not in evidence


def test_scrubbed_text_is_clean_when_checked_again():
    # why: scrub re-analyses its own output; a label left in a reporter field (来电人住址：
    # 〔举报人地址〕) is not a value the recognizers missed
    from jubao_redact import Redactor

    r = Redactor("forward")
    text = "来电人：张建国\n联系电话：13937112345\n来电人住址：河南省郑州市金水区文化路88号3号楼2单元501室，要求保密。\n"
    once = r.redact(text).text
    assert [f for f in r.analyze(once) if f.action == "remove"] == []
