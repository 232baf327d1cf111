"""Notices for publication, four layouts: an administrative judgment where the reporter sued
the bureau for not acting (原告 with gender, birth year, home; the bureau as 被告 and its
representative; the plant as 第三人 with legal representative and USCC) | the plant's
apology posted at its gate and on its account (thanks to 某先生/女士 of a compound; the boss's
mobile for residents) | a village-affairs board listing compensation paid by the plant to
households (villagers with ID tails and amounts, third parties; the household that first
reported; the village committee, public) | a police 警情通报 on a man who took revenge on a
reporter (the perpetrator by 某某-form with age; the reporter by 某-form; the plant; the
police branch)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FOUND, SAYS, Unseen13Slots, few, layout, put


def judgment(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "{A.court}\n行政判决书\n{N.courtno}\n\n")
    put(b, s, "原告§{R.name}，{R.gender}，{R.age}，" + rng.choice(("汉族，", "")) + "住{R.home}。\n")
    put(b, s, "被告§{A.name}，住所地{A.addr}。\n出庭负责人§{D.name}，该局副局长。\n委托代理人§{O.name}，该局工作人员。\n")
    put(b, s, "第三人§{S.name}，住所地{S.addr}，统一社会信用代码{S.uscc}。\n法定代表人§{B.name}，该公司总经理。\n\n")
    put(b, s, "原告诉称：原告于{N.date}通过{N.h12369}举报第三人" + rng.choice(SAYS) + "，被告至今未依法查处，请求判令被告履行法定职责。\n")
    put(b, s, "被告辩称：被告已于{N.date}进行现场检查，" + "；".join(few(rng, FOUND, 1, 2)) + "，不存在不作为。\n")
    put(b, s, "本院认为：" + rng.choice(("被告虽进行了检查，但未在法定期限内作出处理决定", "被告已履行法定职责")) + "。"
        "判决如下：" + rng.choice(("责令被告于{N.within}内对原告的举报作出处理。", "驳回原告{R.name}的诉讼请求。")) + "\n")
    put(b, s, "审判长§{G.name}\n{N.date}\n")


def apology(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "致" + rng.choice(("{R.compound}", "周边")) + "居民的一封致歉信\n\n")
    put(b, s, "尊敬的各位邻居：\n")
    put(b, s, "近期，{S.name}" + rng.choice(("因脱硫设备故障", "因赶工期夜间生产", "因除尘布袋破损")) + "，给大家生活造成了影响。"
        "特别感谢{R.compound}的{R.honor}" + rng.choice(("", "和{J.honor}")) + "向{A.name}反映问题，"
        "让我们及时发现了管理上的漏洞。\n")
    put(b, s, "目前我公司已" + rng.choice(("停产整改", "更换全部布袋", "安装在线监测")) + "，整改情况将在厂门口公示。\n")
    put(b, s, "如有问题，请直接联系我本人，手机{B.mobile}；或拨打公司电话{S.tel}" + rng.choice(("", "，整改公示见{S.website}")) + "。\n\n")
    put(b, s, "{S.name}\n总经理 {B.name}\n{N.date}\n")


def village_board(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "{C.village}村务公开栏\n关于{S.name}污染补偿款发放情况的公示\n\n")
    put(b, s, "经村民代表会议讨论，{S.short}对" + rng.choice(("受烟尘影响", "农田受污水影响", "鱼塘死鱼")) + "的农户给予补偿，总额{N.bigmoney}，明细如下：\n")
    put(b, s, "户主¦身份证后六位¦金额¦备注\n")
    n = rng.randint(4, 7)
    first = rng.randrange(n)
    for i in range(n):
        if i == first:
            put(b, s, "{R.name}¦{R.id_tail6}¦{N.money}¦最早向上反映，另奖{N.money}\n")
            continue
        v = s.fresh()
        b.add(s.pp(v, "name", "third_party")[0])
        put(b, s, "¦")
        b.add(s.pp(v, "id_tail6", "third_party")[0])
        put(b, s, "¦{N.money}¦\n")
    put(b, s, "公示期{N.within}。如有异议，请联系村委会，电话{C.village_tel}；或联系{A.town}。\n")
    put(b, s, "{C.village}\n{N.date}\n")


def police(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "{A.police}\n警情通报\n{N.policeno}\n\n")
    put(b, s, "{N.date}，我局接到群众{R.mou}（{R.gender}，{R.age}）报警，称其因向环保部门举报{S.name}" + rng.choice(("夜间偷排废气", "私设暗管排放废水", "非法倾倒废渣")) + "，"
        "遭到" + rng.choice(("上门威胁", "车辆被砸", "多次电话恐吓")) + "。\n")
    put(b, s, "接警后，我局迅速开展调查，于{N.date}将违法嫌疑人{B.mou}（{B.gender}，{B.age}，该公司负责人）" + rng.choice(("", "及{E.mou}（{E.gender}，{E.age}）")) + "抓获。"
        "经查，{B.mou}因怀疑{R.mou}举报，" + rng.choice(("指使他人", "本人", "伙同他人")) + "实施报复。\n")
    put(b, s, "目前，违法嫌疑人已被依法" + rng.choice(("行政拘留", "刑事拘留")) + "，案件正在进一步办理中。"
        "{A.name}已对该企业另案查处。\n")
    put(b, s, "打击报复举报人的行为必将受到法律严惩。欢迎群众继续监督，举报电话{A.tel}。\n")
    put(b, s, "{A.police}\n{N.date}\n")


LAYOUTS = (judgment, apology, village_board, police)


def build(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
