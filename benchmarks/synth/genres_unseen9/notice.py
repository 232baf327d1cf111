"""Published papers (policy ``publish``), four layouts: the plant's own self-inspection and
rectification report posted on its website (its USCC, address, legal representative, the
environmental officer with mobile, the plant's phone; "after a complaint from residents of"
the reporter's compound, the reporter by 某-form, surname title or phone tail) | a
procuratorate's pre-litigation notice in a public-interest case (the wrongdoer a natural
person with gender, year and month of birth, home and masked ID, or the plant; the clue from
a citizen; the prosecutor and the court's phone) | a page of the pollutant-discharge permit
register's public side (unit, USCC, both addresses, industry, legal representative and
technical lead with mobile, permit number; the public comments under it, one from the
reporter naming their flat, one from a neighbour) | a local news story (the journalist and
the outlet; residents quoted: the reporter as 张女士 / a pseudonym / by name with compound,
another resident; the plant's manager and the bureau's official answering)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import RECORD, TALK, Unseen9Slots, layout, put, some


# How the plant's own report traces the complaint back (to the reporter).
SOURCES = (
    "{R.compound}居民{R.mou}反映我公司夜间排放异味。",
    "附近{R.compound}有群众（{R.honor}，手机尾号{R.mobile_tail}）反映我公司噪声扰民。",
    "有居民反映我公司废气问题，反映人住{R.compound}{R.flat}。",
)
QUOTED = ("家住{R.compound}的{R.honor}告诉记者", "{R.compound}居民{R.mou}（化名）说", "{R.compound}的居民{R.name}说")


def self_report(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "{S.name}\n关于环境问题自查及整改情况的报告（企业信息公开）\n\n")
    put(b, s, "单位名称§{S.name}\n统一社会信用代码§{S.uscc}\n地址§{S.addr}\n法定代表人§{B.name}\n")
    put(b, s, "环保负责人§{E.name}  手机§{E.mobile}\n公司电话§{S.tel}\n\n")
    put(b, s, "一、问题来源\n  {N.date}，我公司接{A.name}通知，" + rng.choice(SOURCES) + "\n")
    put(b, s, "二、自查情况\n  经自查，" + "；".join(some(rng, ("废气收集罩存在破损", "危废暂存间标识不全", "雨污分流不彻底",
                                                         "夜间生产未落实降噪措施"), 1, 3)) + "。\n")
    put(b, s, "三、整改措施\n  已投入{N.bigmoney}完成整改，并邀请反映人代表回访。监督电话§{S.tel}，{N.h12369}。\n")
    put(b, s, "\n{S.name}\n{N.date}\n")


def prosecutor(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "{A.court}\n公  告\n{N.docno}\n\n")
    person = rng.random() < 0.55
    if person:
        put(b, s, "  本院在履行职责中发现，{F.name}（{F.gender}，{F.born}生，身份证号{F.id_mask}，住{F.home}）"
            "在{S.place}" + rng.choice(("非法倾倒废矿物油", "私设暗管排放电镀废水", "非法焚烧废旧线缆")) +
            "，损害社会公共利益。\n")
    else:
        put(b, s, "  本院在履行职责中发现，{S.name}（统一社会信用代码{S.uscc}，法定代表人{B.name}）" +
            rng.choice(RECORD) + "，损害社会公共利益。\n")
    put(b, s, "  本案线索来源于群众" + rng.choice(("{R.mou}", "{R.honor}", "（{R.compound}居民）")) + "举报。\n")
    put(b, s, "  依照《中华人民共和国民事诉讼法》第五十八条第二款，现公告：法律规定的机关和有关组织可以自本公告发布之日起"
        "三十日内就该案向人民法院提起诉讼。\n")
    put(b, s, "  联系人§{D.name}  联系电话§{A.tel}\n\n{A.court}\n{N.date}\n")


def permit_register(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "全国排污许可证管理信息平台－公开端\n许可信息公开\n")
    put(b, s, "单位名称¦{S.name}\n统一社会信用代码¦{S.uscc}\n注册地址¦{S.addr}\n生产经营场所地址¦{S.place}\n")
    put(b, s, "行业类别¦{S.industry}\n法定代表人¦{B.name}\n技术负责人¦{E.name}\n联系电话¦{E.mobile}\n")
    put(b, s, "许可证编号¦{N.permit}\n有效期限¦{N.date}至{N.date}\n发证机关¦{A.name}\n\n")
    put(b, s, "公众意见（{N.num}条）\n")
    put(b, s, "  {R.nick}（{N.date}）：我家就在{R.flat}，" + rng.choice(TALK) + "，这个证怎么发下来的？\n")
    put(b, s, "  {Y.nick}（{N.date}）：同意楼上，" + rng.choice(("晚上味特别大", "河水都变色了")) + "\n")
    put(b, s, "  发证机关回复：已转{A.dept}核查。\n")


def news(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "{U.media}讯（记者 {Q.name}）" + rng.choice(("“一到晚上就没法开窗。”", "“衣服晾在外面都是一股味儿。”")) + "\n")
    put(b, s, "  " + rng.choice(QUOTED) +
        "，" + rng.choice(TALK) + "。她（他）已多次拨打{N.h12369}反映。\n")
    put(b, s, "  附近居民{Y.honor}也证实了这一说法。\n")
    put(b, s, "  记者随后来到{S.name}，该公司负责人{B.ref}表示，" + rng.choice(("设备正在调试", "公司已经在整改", "排放都是达标的")) +
        "。\n")
    put(b, s, "  {A.name}执法人员{O.name}介绍，" + "，".join(some(rng, RECORD, 1, 2)) + "，将依法处理。\n")
    put(b, s, "  本报将持续关注。\n")


LAYOUTS = (self_report, prosecutor, permit_register, news)


def build(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
