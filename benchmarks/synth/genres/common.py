"""Sentence pools shared by several genres, and helpers to draw from them.

Each pool is a tuple of templates (see ``render.py`` for the slot syntax). Genres pick a
few sentences from each pool and shuffle the order, so two documents rarely read alike.
"""

from __future__ import annotations

import random

# What the complaint says about the reported party (kept by every policy but census).
BODY = (
    "{S.name}位于{S.addr}，长期在夜间偷排废水，排污口就在{P.inst}旁边的河沟里，水都是黑的。",
    "{S.name}每天{N.time}以后开始生产，烟囱冒黑烟，呛得人睁不开眼。",
    "该厂负责人{B.name}，电话{B.mobile}，群众多次反映仍然不整改。",
    "{S.name}（统一社会信用代码{S.uscc}）没有环评手续就擅自开工，{N.date}还在生产。",
    "车牌号为{S.plate}的渣土车每天{N.time}左右把建筑垃圾倒在{S.addr}附近的沟里。",
    "该公司排污许可证编号{N.permit}，可实际排放远远超标，自己测的{N.reading}。",
    "{B.ref}扬言罚款{N.money}他也交得起，根本不怕查。",
    "厂区噪音扰民，夜里用手机测到{N.reading}，周边{N.households}居民没法休息。",
    "{S.name}的露天堆场没有苫盖，一刮风粉尘满天飞，离{P.inst}不到{N.dist}。",
    "他们的网站{S.website}上写着年产{N.amount}，实际规模更大。",
    "厂里办公室电话{S.tel}，打过去没人接。",
    "{B.ref}还放话说谁举报就找谁麻烦，大家都不敢出头。",
    "该厂把危险废物偷偷埋在厂区后面，{N.date}晚上我亲眼看到{S.plate}的车在拉。",
    "{S.name}法人是{B.name}，厂子实际在{S.addr}，挂的牌子和营业执照不一致。",
    "附近的庄稼都被熏黄了，井水有怪味，{N.reading}。",
    "{S.name}在{N.date}被处罚过{N.money}，但处罚后换了个地方继续干。",
    "电镀废液直接倒进下水道，{P.inst}的孩子经常闻到刺鼻气味。",
    "该公司的生产车间没有任何废气收集设施，车间门口就能闻到油漆味。",
    "{B.name}（手机{B.mobile}）是这个厂的实际控制人，{S.name}只是挂名。",
    "企业联系人{B.ref}，联系电话{S.tel}，地址{S.addr}。",
    "每到下雨天，{S.name}就打开暗管往河里排，{N.reading}。",
    "养殖场的粪污直接排到坑塘里，臭气熏天，{N.dist}外都能闻到。",
    "厂里管事的{B.ref}微信是{B.wechat}，他在朋友圈还炫耀生意好。",
    "这家厂还在网上卖货，{B.social}，视频里就能看到车间冒烟。",
    "他们的拉料车{S.plate}、{S.plate}天天超载，一路撒漏。",
)

# The reporter about themself.
SELF = (
    "我叫{R.name}，{R.demo}，家住{R.home}。",
    "本人{R.name}，身份证号{R.id}，住在{R.home}。",
    "我是{R.home}的住户，就住在厂子对面。",
    "我叫{R.name}，在{W.name}上班，下班回家天天闻到臭味。",
    "举报人{R.name}，{R.demo}，现住{R.home}。",
    "本人{R.name}（{R.gender}，{R.age}），工作单位{W.name}。",
    "我是附近的村民{R.name}，今年{R.age}了，在这住了几十年。",
    "我叫{R.name}，{R.ethnic}，是{W.name}的职工。",
)

# How to reach the reporter.
CONTACT = (
    "联系电话{R.mobile}。",
    "我的手机号{R.mobile}，微信同号。",
    "如需核实请联系{R.ref}，电话{R.mobile}，{N.time}以后方便接听。",
    "联系方式：{R.mobile}，邮箱{R.email}。",
    "我的微信号是{R.wechat}，QQ{R.qq}。",
    "家里座机{R.tel}，白天没人时请打手机{R.mobile}。",
    "回复请发到邮箱{R.email}，或者加我QQ：{R.qq}。",
    "我在{R.social}上发过视频，链接{R.url}。",
    "单位电话{R.tel_ext}，找{R.ref}就行。",
    "传真：{R.fax}。",
    "我{H.rel}{H.name}的手机{H.mobile}也可以联系。",
    "有事可以找我{H.rel}{H.name}，电话{H.mobile}。",
    "我的快递地址：{R.home}，收件人{R.name}，{R.mobile}。",
)

# Only in some documents: rarer identifiers of the reporter.
RARE = (
    "如有奖励请打到我的银行卡{R.bank}，开户人{R.name}。",
    "我长期在外务工，护照号{R.passport}，回国后可以配合调查。",
    "我现在在澳门打工，港澳通行证号码{R.hkmo}。",
    "我的车{R.plate}就停在厂门口，被他们的人划过。",
    "我是在网上提交的，当时的IP是{R.ip}。",
    "身份证{R.id}，手机尾号{R.mobile_tail}。",
    "我在{R.social}也发过，好多人转发了。",
    "我的港澳通行证{R.hkmo}和护照{R.passport}复印件一并附上。",
    "证件号码：{R.passport}（本人现在国外）。",
    "我家用的宽带，IP地址{R.ip6}，可以查到我在哪里上网。",
)

# Other private persons.
THIRD = (
    "邻居{T.name}也能作证，她家的鸡都被熏死了。",
    "隔壁的{T.ref}说他也打过电话反映过。",
    "同村的{T.name}（电话{T.mobile}）家就在厂子下风口。",
    "一起反映问题的还有{T.name}，{T.demo}。",
)

# The handling agency and its staff.
OFFICIAL = (
    "请{A.name}依法调查处理，并于{N.date}前反馈。",
    "已向{A.name}反映，接线员{O.name}说会转给属地处理。",
    "{A.name}值班电话{A.tel}，一直占线。",
    "{O.ref}答复说{N.date}去现场看过，可他们去之前厂里就停了。",
)

CLOSING = (
    "恳请领导重视，还老百姓一片蓝天。",
    "请为我保密，谢谢！",
    "希望尽快处理，给群众一个交代。",
    "以上情况属实，本人愿意承担法律责任。",
    "请不要把我的信息透露给厂方。",
    "我之前打过{N.hotline}，到现在也没解决。",
)


def sample(rng: random.Random, pool: tuple[str, ...], lo: int, hi: int) -> list[str]:
    """``lo..hi`` distinct templates from ``pool`` in random order."""
    return rng.sample(pool, min(len(pool), rng.randint(lo, hi)))
