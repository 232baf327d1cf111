"""Where the free-text recognizer cuts the tagger's spans, whatever the model says.

Each row gives a tagger span (the whole text, with a label) and the pieces that must come
out. Synthetic addresses and companies.
"""

from __future__ import annotations

import pytest

from jubao_redact.freetext_recognizer import is_label_not_name, shape_span

# fmt: off
CASES = [  # text (the whole span), label, expected [(piece, label)]
    ("郑州市二七区大孟镇下黄店村68号非法洗沙", "CN_ADDRESS",
     [("郑州市二七区大孟镇下黄店村68号", "CN_ADDRESS")]),           # what is said about the place stays
    ("洛阳市涧西区文化路514号那边味道更大", "CN_ADDRESS",
     [("洛阳市涧西区文化路514号", "CN_ADDRESS")]),
    ("惠济区和平路141号领取", "CN_ADDRESS", [("惠济区和平路141号", "CN_ADDRESS")]),   # what is done there goes
    ("涧西区文化路88号）上班", "CN_ADDRESS", [("涧西区文化路88号", "CN_ADDRESS")]),   # and the bracket it closes
    ("和平路领取中心", "CN_ADDRESS", [("和平路领取中心", "CN_ADDRESS")]),   # why: no house number before 领取
    ("焦作市马村区嵩山路783号那家焦作昌隆建材有限公司", "CN_ADDRESS",
     [("焦作市马村区嵩山路783号", "CN_ADDRESS"), ("焦作昌隆建材有限公司", "ORGANIZATION")]),  # the company after 那家 is one
    ("| 焦作市马村区西城关村北侧路西 | 汇丰源制药有限公司 | 沁阳市东赵镇上高庙村 |", "CN_ADDRESS",
     [("焦作市马村区西城关村北侧路西", "CN_ADDRESS"), ("汇丰源制药有限公司", "ORGANIZATION"),
      ("沁阳市东赵镇上高庙村", "CN_ADDRESS")]),                        # one piece per table cell
    (" 安阳市滑县文化路101号 ", "CN_ADDRESS", [("安阳市滑县文化路101号", "CN_ADDRESS")]),
    ("郑州市金水区花园路8号\n【QQ号】9913", "CN_ADDRESS", [("郑州市金水区花园路8号", "CN_ADDRESS")]),  # never into the next line
    ("涉事企业新乡县众诚食品厂", "ORGANIZATION", [("新乡县众诚食品厂", "ORGANIZATION")]),  # the form label is not its name
    ("人单位】新乡市盛达物流有限公司", "ORGANIZATION", [("新乡市盛达物流有限公司", "ORGANIZATION")]),  # the label's tail before 】
    ("地址：郑州市金水区花园路8号", "CN_ADDRESS", [("郑州市金水区花园路8号", "CN_ADDRESS")]),
    ("被举报单位：焦作恒达制药专业合作社", "ORGANIZATION", [("焦作恒达制药专业合作社", "ORGANIZATION")]),
    ("东赵镇中心小学", "CN_ADDRESS", [("东赵镇中心小学", "ORGANIZATION")]),   # a school named as a landmark
    ("黄店村委会", "CN_ADDRESS", [("黄店村委会", "ORGANIZATION")]),
    ("本人住址：东赵镇卫生院", "CN_ADDRESS", [("东赵镇卫生院", "CN_ADDRESS")]),  # why: said to be where somebody lives
    ("东赵镇卫生院家属院3号楼2单元", "CN_ADDRESS",
     [("东赵镇卫生院家属院3号楼2单元", "CN_ADDRESS")]),              # why: a house number makes it someone's address
    ("金水区花园路80号污水处理厂", "CN_ADDRESS",
     [("金水区花园路80号污水处理厂", "CN_ADDRESS")]),                # why: 污水 is not a stop word; the place keeps its name
    ("河南众诚化工有限公司", "ORGANIZATION", [("河南众诚化工有限公司", "ORGANIZATION")]),  # why: nothing to cut
    ("申领人老项（二七区农村信用合作社", "ORGANIZATION", [("二七区农村信用合作社", "ORGANIZATION")]),  # the unit starts inside the open bracket
    ("河南众诚（集团）化工有限公司", "ORGANIZATION", [("河南众诚（集团）化工有限公司", "ORGANIZATION")]),  # why: a closed bracket is part of the name
    ("党婷\t新乡顺发制药厂", "ORGANIZATION", [("党婷", "ORGANIZATION"), ("新乡顺发制药厂", "ORGANIZATION")]),  # a tab ends a cell too
    ("住在前王村", "CN_ADDRESS", [("前王村", "CN_ADDRESS")]),                     # the verb of living is not the address
    ("华康厂门口", "CN_ADDRESS", [("华康厂", "ORGANIZATION")]),                 # a unit and a spot by it
    ("北岗幼儿园边上那条河", "CN_ADDRESS", [("北岗幼儿园", "ORGANIZATION")]),     # a landmark, then what is by it
    ("化肥厂家属院3号楼", "CN_ADDRESS", [("化肥厂家属院3号楼", "CN_ADDRESS")]),    # why: a house number: somebody's address
    ("郑州市金水区化肥厂门口12号", "CN_ADDRESS", [("郑州市金水区化肥厂门口12号", "CN_ADDRESS")]),  # why: same
    ("郑州市金水区花园路5号）", "CN_ADDRESS", [("郑州市金水区花园路5号", "CN_ADDRESS")]),  # the bracket closing around it
    ("郑州市金水区花园路5号（北院）", "CN_ADDRESS", [("郑州市金水区花园路5号（北院）", "CN_ADDRESS")]),  # why: its own bracket
    ("朱*举报广源公司", "ORGANIZATION", [("广源公司", "ORGANIZATION")]),      # a masked reporter is no part of it
    ("| 号 |", "CN_ADDRESS", []),                                    # why: a one-character piece means nothing
]
# fmt: on


@pytest.mark.parametrize(("text", "label", "expected"), CASES)
def test_span_shapes(text, label, expected):
    got = [(text[s:e], lab) for s, e, lab in shape_span(text, 0, len(text), label)]
    assert got == expected


# fmt: off
LABELS = [  # PERSON span text, is it a form label rather than a name?
    ("承办人", True), ("反映人住址", True), ("诉求人电话", True), ("联系号码", True),
    ("被举报单位", True), ("匿名", True),  # 来电人：匿名 names nobody
    ("信访人张三", False),   # why: a label with a name run on keeps the name (fail closed)
    ("张建国", False),       # why: a name
    ("人民", False),         # why: not a label shape; the model's other checks decide
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_a_form_label_is_not_a_name(text, expected):
    assert is_label_not_name(text) is expected
