"""Reward papers, four layouts: an internal 举报奖励审批表 (the reporter's ID, bank account,
workplace — sometimes the reported plant itself — and the signatures of the officials who
approve); a 奖金发放登记表 where joint reporters share the money or a relative collects it;
a published 奖励公示 with masked reporters (and now and then one a clerk forgot to mask);
the 举报奖励申请表 the reporter fills in."""

from __future__ import annotations

import random

from ..render import Builder
from .common import INSIDE, PROBLEMS, SAYS, Unseen3Slots, layout, named, pick_some, put

ROW_FACTS = PROBLEMS
RULES = ("《{A.city}生态环境违法行为举报奖励办法》", "《生态环境违法行为举报奖励实施细则》")


def approval(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """审批表: who, where the money goes, what the report led to, who approved."""
    insider = rng.random() < 0.35
    put(b, s, rng.choice(("{A.parent}生态环境违法行为举报奖励审批表\n", "举报奖励审批表\n")))
    put(b, s, "编号§{N.doc_reward}\n")
    put(b, s, "举报人姓名§{R.name}    性别§{R.gender}" + rng.choice(("    民族§{R.ethnic}", "")) + "\n")
    put(b, s, "身份证号码§{R.id}\n联系电话§{R.mobile}\n")
    put(b, s, "工作单位§{S.name}（系被举报单位职工）\n" if insider else
        rng.choice(("工作单位§{W.name}\n", "家庭住址§{R.home}\n", "家庭住址§{R.district}\t{R.home_cells}\n", "")))
    put(b, s, "开户银行§{P.bank}\n银行账号§{R.bank}\n户名§{R.name}\n")
    put(b, s, "举报时间§{N.date}    举报方式§" + rng.choice(("{N.h12369}电话", "来信", "网络举报", "{N.h12345}热线")) + "\n")
    put(b, s, "被举报单位§{S.name}\n")
    put(b, s, "举报事项§" + named(rng, ROW_FACTS, 1, 2, "；") + "。\n")
    put(b, s, "查处情况§经查属实，{A.name}对{S.short}作出罚款{N.money}的行政处罚（{N.caseno}）。\n")
    put(b, s, "拟奖励金额§{N.money_cn}\n")
    put(b, s, "经办人意见§符合" + rng.choice(RULES) + "规定，建议奖励。经办人：{O.name}  {N.date}\n")
    put(b, s, "科室负责人意见§同意。{G.name}  {N.date}\n")
    put(b, s, rng.choice(("分管领导意见§同意。\n", "分管领导意见§同意，注意为举报人保密。\n")))


def payout(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """发放登记: one row per person who collects; joint reporters or a relative collecting."""
    put(b, s, rng.choice(("举报奖励资金发放登记表\n", "{A.name}举报奖金领取登记\n")))
    put(b, s, "发放单位§{A.name}    发放日期§{N.date}\n")
    sep = rng.choice(("\t", " | "))
    put(b, s, sep.join(("序号", "奖励文号", "领取人", "身份证号", "联系电话", "领取金额", "领取方式", "领取人签字")) + "\n")
    joint = rng.random() < 0.5
    people = ("R", "J") if joint else ("R",)
    for i, who in enumerate(people, 1):
        how = rng.choice((f"银行转账（尾号{{{who}.bank_tail}}）", "现金", f"银行转账 {{{who}.bank}}"))
        cells = (str(i), "{N.doc_reward}", f"{{{who}.name}}", f"{{{who}.id}}", f"{{{who}.mobile}}", "{N.money}", how,
                 f"{{{who}.name}}")
        put(b, s, sep.join(cells) + "\n")
    if joint:
        put(b, s, "备注§该案系{R.name}、{J.name}联名举报{S.name}，奖金平均分配。\n")
    elif rng.random() < 0.5:
        put(b, s, "备注§举报人{R.ref}因病不能到场，由其{K.rel}{K.name}（身份证号{K.id}，电话{K.mobile}）凭委托书代领。\n")
    else:
        put(b, s, "备注§被举报单位：{S.name}；查处文号{N.caseno}。\n")
    put(b, s, "经办人§{O.name}    复核人§{G.name}\n")


def published(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """奖励公示: masked reporters, one paragraph per reward."""
    put(b, s, rng.choice(("关于生态环境违法行为举报奖励的公示\n", "{A.name}{N.batch}举报奖励公示\n")))
    put(b, s, "    根据" + rng.choice(RULES) + "，经审核，拟对以下举报人予以奖励，现予公示，公示期为5个工作日。\n")
    numerals = "一二三四"
    for i in range(s.rows(rng.randint(1, 3))):
        with s.row(i):
            who = rng.choice(("举报人{R.masked_name}（身份证号{R.masked_id}）", "举报人{R.masked_name}（手机{R.masked_mobile}）",
                              "举报人{R.masked_name}", "举报人{R.name}", "{R.masked_name}、{J.masked_name}等" + str(rng.randint(2, 5)) + "人"))
            if i > 0 and "{J." in who:
                who = "举报人{R.masked_name}"
            put(b, s, f"    {numerals[i]}、" + who + "举报")
            put(b, s, rng.choice(("{S.name}", "{S.short}")) + rng.choice(("私设暗管排放废水", "夜间偷排废气",
                                                                            "非法倾倒危险废物", "篡改监测数据")))
            put(b, s, "，经查属实，" + rng.choice(("依法罚款{N.money}", "已移送公安机关", "责令停产整治")) + "，拟奖励{N.money}"
                + rng.choice(("。\n", "，奖金将汇入举报人账户（{R.masked_bank}）。\n")))
    put(b, s, "    公示期间如有异议，请与{A.dept}联系，电话{A.tel}，地址{A.addr}。\n")
    put(b, s, "                                {A.name}\n                                {N.date}\n")


def application(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """申请表, filled in by the reporter: identity, what was reported, where to pay."""
    put(b, s, rng.choice(("生态环境违法行为举报奖励申请表\n", "举报奖励申请书\n")))
    put(b, s, "申请人§{R.name}    联系电话§{R.mobile_typed}\n")
    put(b, s, "证件类型§{R.doc}\n")
    put(b, s, rng.choice(("通讯地址§{R.home}\n", "通讯地址§{R.place}\n", "电子邮箱§{R.email}\n")))
    put(b, s, "举报时间§{N.date}    举报方式§" + rng.choice(("{N.h12369}热线", "微信公众号", "信函")) + "\n")
    put(b, s, "被举报对象§{S.name}    地址§{S.addr}\n")
    put(b, s, "举报内容摘要§")
    put(b, s, "。".join(pick_some(rng, INSIDE if rng.random() < 0.35 else SAYS, 1, 3)) + "。\n")
    if rng.random() < 0.3:
        put(b, s, "收款方式§本人委托{K.rel}{K.name}代为领取，身份证号{K.id}，银行卡号{K.bank}\n")
    else:
        put(b, s, "收款信息§户名{R.name}    开户行{P.bank}    账号{R.bank}\n")
    put(b, s, "申请人签字§{R.name}    {N.date}\n")
    put(b, s, "—— 以下由受理单位填写 ——\n受理人§{O.name}    受理日期§{N.date}    联系电话§{A.tel_ext}\n")


LAYOUTS = (approval, payout, published, application)


def build(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
