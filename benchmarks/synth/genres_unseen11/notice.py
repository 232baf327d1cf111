"""Published notices, four layouts: the 群众信访举报转办和边督边改公开情况 list of a central
environmental inspection (rows with 受理编号, the complaint as residents put it naming the
reporter's compound or flat, the findings with the plant, its boss or an individual operator,
the officials held accountable) | a published 信访事项答复意见书 masked inconsistently (the
heading masks the complainant, the body once names them in full or gives the whole phone) | a
政府信息公开申请答复书 addressed to the reporter who asked for the plant's penalty (name,
postal address, phone; the plant's data are the information released) | a 信访积案化解公示
(several complainants as 某-form with phone tails or masked names, the leading cadre of each
case, the plant)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FOUND, PLAIN_FOUND, SAYS, Unseen11Slots, few, layout, put


def inspection_public(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "{A.inspect}督察{A.prov}群众信访举报转办和边督边改公开情况一览表（第{N.num}批）\n")
    put(b, s, "序号¦受理编号¦交办问题基本情况¦行政区域¦污染类型¦调查核实情况¦是否属实¦处理和整改情况¦责任追究情况\n")
    put(b, s, "1¦{N.inspno}¦" + rng.choice(("{R.compound}居民反映：", "{R.flat}住户反映：", "群众反映：")) + rng.choice(SAYS) +
        "¦{S.district}¦大气¦经查，" + "；".join(few(rng, FOUND, 1, 2)) + "¦属实¦责令{S.name}停产整改，罚款{N.bigmoney}¦约谈{A.town}分管负责人{D.name}\n")
    put(b, s, "2¦{N.inspno}¦群众反映{S.shop}（经营者{B.name}，{B.gender}，身份证号{B.id_mask}）无证加工，噪声扰民¦{S.district}¦噪声¦"
        "经营者{B.mou}已办理个体工商户登记（统一社会信用代码{S.uscc92}）¦部分属实¦已限期整改¦无\n")
    put(b, s, "\n{A.prov}  {N.date}\n")


def masked_reply(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "信访事项答复意见书（公开版）\n{N.docno}\n\n{R.mou}：\n")
    put(b, s, "    你于{N.date}反映的{S.name}（{S.addr}）环境污染问题收悉。经调查，" + "；".join(few(rng, FOUND, 2, 3)) + "。\n")
    put(b, s, "    " + rng.choice((
        "{R.name}同志反映的夜间排放问题部分属实，",
        "经与信访人（联系电话{R.mobile}）沟通，",
        "信访人{R.name_mask}称" + rng.choice(SAYS) + "，经查")) + "我局已责令企业整改。\n")
    put(b, s, "    如对本答复意见不服，可自收到之日起{N.within}内向{A.parent}申请复查。\n")
    put(b, s, "{A.name}\n{N.date}\n（本答复书已隐去信访人个人信息）\n")


def disclosure_reply(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "政府信息公开申请答复书\n{N.docno}\n\n{R.name}：\n")
    put(b, s, "    本机关于{N.date}收到你通过" + rng.choice(("信函", "网上申请平台", "当面")) + "提交的政府信息公开申请（申请人通信地址{R.home}，"
        "联系电话{R.mobile}），申请公开“{S.name}环境违法行为的行政处罚决定书”。\n")
    put(b, s, "    经审查，该信息属于公开范围。{S.name}（统一社会信用代码{S.uscc}，住所{S.addr}，法定代表人{B.name}）"
        "因" + rng.choice(PLAIN_FOUND) + "，被处以罚款{N.bigmoney}，决定书编号{N.docno}。\n")
    put(b, s, "    如对本答复不服，可在{N.within}内申请行政复议。\n    联系人：{O.name}  电话：{A.tel}  地址：{A.addr}\n{A.name}\n{N.date}\n")


def backlog_list(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}信访积案化解情况公示\n序号¦信访人¦反映对象¦包案领导¦化解情况\n")
    put(b, s, "1¦{R.mou}（尾号{R.mobile_tail}）¦{S.name}¦{O.name}¦" + rng.choice(PLAIN_FOUND) + "，已息访\n")
    put(b, s, "2¦{J.name_mask}¦{S.short}¦{D.name}¦" + rng.choice(("复查中", "已答复，信访人不满意")) + "\n")
    put(b, s, "3¦{Y.mou}（{Y.compound}）¦邻里噪声纠纷¦{D.name}¦已调解\n")
    put(b, s, "注：1号积案信访人住{R.compound}，多次到{A.parent}上访，现已签订息访协议。\n监督电话：{A.tel}  {N.date}\n")


LAYOUTS = (inspection_public, masked_reply, disclosure_reply, backlog_list)


def build(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
