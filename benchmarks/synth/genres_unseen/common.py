"""Shared pools of the unseen-wording family, the half-split helper and punctuation styles."""

from __future__ import annotations

import random

from ..slots import Slots


class UnseenSlots(Slots):
    """Slots plus the variant (which half of each pool) and a few more partial forms."""

    def __init__(self, cast, rng: random.Random, variant: str = "unseen") -> None:
        super().__init__(cast, rng)
        self.variant = variant
        # one punctuation habit per document: full-width, ASCII, or mixed
        self.punct = rng.choice(("full", "full", "ascii", "mixed"))

    def p_call(self, p, role):
        """How neighbours and staff call a person: 张师傅, 张阿姨, 张大姐, 张哥, 张女士."""
        options = [p.surname + ("师傅" if p.male else "阿姨"), p.surname + ("大哥" if p.male else "大姐"),
                   p.surname + ("哥" if p.male else "姐"), p.honorific]
        if p.age >= 60:
            options.append(p.surname + ("大爷" if p.male else "大娘"))
        return self._span(self.rng.choice(options), "PERSON", role, "partial")


def pool(s: UnseenSlots, items: tuple):
    """The half of ``items`` that the slots' variant uses (both halves for ``unseen``)."""
    if s.variant == "unseen-a":
        return items[0::2] or items
    if s.variant == "unseen-b":
        return items[1::2] or items
    return items


def pick(s: UnseenSlots, rng: random.Random, items: tuple):
    return rng.choice(pool(s, items))


def sample(s: UnseenSlots, rng: random.Random, items: tuple, lo: int, hi: int) -> list:
    p = pool(s, items)
    return rng.sample(p, min(len(p), rng.randint(lo, hi)))


def punct(s: UnseenSlots, rng: random.Random, template: str) -> str:
    """The template in the document's punctuation habit (slots are untouched: no braces)."""
    if s.punct == "full":
        return template
    if s.punct == "ascii" or rng.random() < 0.5:
        return (template.replace("：", rng.choice((":", ": "))).replace("，", ",")
                .replace("；", ";").replace("（", "(").replace("）", ")"))
    return template


def say(b, s: UnseenSlots, rng: random.Random, template: str) -> None:
    b.render(punct(s, rng, template), s)


# About the reported party (kept by every policy but census).
BODY = (
    "{S.name}那个厂子一到后半夜就开工，机器轰隆隆响到天亮，{N.reading}。",
    "就是{S.addr}那家{S.name}，院子里堆了好多废桶，一下雨就往外流黄水。",
    "涉事企业{S.name}私自拆了脱硫设施，烟气直接往外排。",
    "问题单位{S.name}，具体位置在{S.addr}，门口有个大烟囱，很好找。",
    "管事的叫{B.name}，手机号{B.mobile}，他说上面有人不怕查。",
    "厂长{B.name}放话说罚就罚，大不了换个名字重开。",
    "{S.name}的运输车（{S.plate}）拉着污泥往{P.inst}后面的荒地里倒。",
    "该单位的法人代表为{B.name}，营业执照上的信用代码是{S.uscc}。",
    "从{S.name}排出来的水是红色的，顺着渠流到{P.inst}旁边，{N.reading}。",
    "企业官网{S.website}上还宣传自己是绿色工厂，真是讽刺。",
    "{S.name}的座机{S.tel}我们打过，对方一听是问排污就挂了。",
    "老板{B.ref}开着{S.plate}天天在厂门口转悠。",
    "焚烧电缆皮的黑烟顺着风飘到{P.inst}，孩子们上课都得关窗户。",
    "{B.name}（{S.name}经理，电话{B.mobile}）还威胁说谁再告就让谁好看。",
    "{N.date}就被查过一次，交了{N.money}罚款，没过俩月又干上了。",
    "这个厂啥手续都没有，属于散乱污企业，地点在{S.addr}。",
    "每天{N.time}左右，{S.name}的锅炉开始冒黄烟，味道像烧塑料。",
    "负责环保的是{B.ref}，微信{B.wechat}，他朋友圈经常发厂里的视频。",
    "问题企业年产量约{N.amount}，污水处理设施就是个摆设。",
    "实际经营者是{B.name}，注册地址和实际生产地址（{S.addr}）根本不是一个地方。",
    "涉事单位还在网上直播卖货，{B.social}，镜头里就能看到车间没有除尘设备。",
    "他家的拉料车{S.plate}半夜进进出出，沿路撒的都是料渣。",
)

# The reporter about themself.
SELF = (
    "俺叫{R.name}，是{R.home}的，今年{R.age}了。",
    "鄙人{R.name}，{R.gender}，{R.ethnic}，在{W.name}当会计。",
    "我系{W.name}退休职工{R.name}，现居{R.home}。",
    "反映人{R.name}，住{R.home}，跟那个厂就隔一条路。",
    "我是{R.name}，家在{R.home}，孩子在{P.inst}上学。",
    "写信的是{R.name}，{R.age}，身份证{R.id}。",
    "咱是{R.home}的老住户了，名字叫{R.name}。",
    "投诉人{R.name}，{R.demo}，{W.name}员工。",
    "我们全家住在{R.home}，我叫{R.name}，我{H.rel}叫{H.name}。",
    "本人系{R.home}居民{R.name}（{R.gender}，{R.age}）。",
)

# How to reach the reporter.
CONTACT = (
    "有啥情况打我手机{R.mobile}。",
    "我的联系方式是{R.mobile}，白天上班不方便接，可以发短信。",
    "电话号码{R.mobile}（{R.ref}）。",
    "方便的话加个微信：{R.wechat}，我把视频发给你们。",
    "扣扣{R.qq}，邮箱是{R.email}。",
    "家里电话{R.tel}，手机{R.mobile}。",
    "回电请打{R.mobile}，找{R.ref}就行。",
    "视频我发在{R.social}上了，你们可以去看。",
    "我单位座机{R.tel_ext}，上班时间都在。",
    "也可以联系我{H.rel}{H.name}，{H.mobile}。",
    "材料可以寄到{R.home}，{R.name}收，电话{R.mobile}。",
    "v信同手机号{R.mobile}。",
    "我的电子邮件：{R.email}。",
    "要是找不到我，就找{R.call}，街坊都认识。",
)

# Rarer identifiers of the reporter.
RARE = (
    "奖金请汇入{R.bank}（户名{R.name}）。",
    "本人目前在香港工作，通行证{R.hkmo}。",
    "我护照{R.passport}，下个月回国。",
    "我开的车是{R.plate}，上次在厂门口被他们拍了照。",
    "我用家里宽带提交的，IP是{R.ip}。",
    "身份证号码：{R.id}，电话后四位{R.mobile_tail}。",
    "我家网络的IPv6地址{R.ip6}，网站上要求登记。",
    "收款账户：{R.bank}，开户名{R.name}。",
)

# Other private persons.
THIRD = (
    "住我楼下的{T.name}也受不了了，她家孩子天天咳嗽。",
    "村里的{T.ref}也说见过他们半夜倒东西。",
    "另外{T.name}（{T.mobile}）家的鱼塘也死了鱼。",
    "对门{T.name}，{T.demo}，也愿意出来作证。",
)

# The handling agency and its staff.
OFFICIAL = (
    "之前找过{A.name}，工作人员{O.name}说会派人来。",
    "希望{A.name}尽快派人来看看，别再推了。",
    "打{A.name}的电话{A.tel}，一直没人接。",
    "执法大队的{O.ref}来过一次，走了就没下文了。",
)

CLOSING = (
    "千万别让厂里知道是我反映的。",
    "拜托了，请对我的个人信息保密。",
    "盼复！",
    "要是再不管，我们就只能去市里上访了。",
    "我已经打过{N.hotline}，反映了三次了。",
    "谢谢政府！",
)
