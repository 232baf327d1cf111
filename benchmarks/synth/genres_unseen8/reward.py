"""Reward papers, four layouts: a phone-credit reward list (话费充值明细: one row per reporter
with the mobile topped up, one topped up to a relative's number, a failed row redone to the
reporter's other number; order numbers); a reporter's statement declining the reward and
giving it to the village school (ID, phone, the school and its account, the clerk's phone
check, a village cadre as witness); an auditor's working paper sampling reward payments (ID,
card, a card in the spouse's name, voucher numbers, the bureau's fund account); the minutes
of the bureau's meeting that decides rewards (attending officials, one case an insider who
works at the reported plant, a second case, amounts)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import BARE, Unseen8Slots, layout, put


def phone_credit(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    put(b, s, "{N.h12369}有奖举报话费奖励充值明细（{N.year}第" + str(rng.randint(1, 12)) + "批）\n")
    put(b, s, "序号 | 受理编号 | 举报人 | 充值号码 | 运营商 | 金额 | 充值订单号 | 状态\n")
    people = [s.c.reporter] + [s.new_person() for _ in range(rng.randint(1, 3))]
    rng.shuffle(people)
    for i, p in enumerate(people):
        s.bind("X", p, "reporter")
        who = "{X.name}" if p is s.c.reporter else rng.choice(("{X.name}", "{X.name_masked}"))
        put(b, s, f"{i + 1} | " + "{N.ticket} | " + who + " | {X.mobile_plain} | " +
            rng.choice(("移动", "联通", "电信")) + " | {N.cash} | {N.orderno} | 成功\n")
    kin, word = rng.choice((("{H.mobile_plain}", s.c.relation), ("{K.mobile_plain}", "亲戚")))
    put(b, s, f"{len(people) + 1} | " + "{N.ticket} | {R.name} | " + kin +
        " | 移动 | {N.cash} | {N.orderno} | 成功（举报人要求充到其" + word + "的号码）\n")
    put(b, s, "备注§第" + str(people.index(s.c.reporter) + 1) + "行首次充值失败（号码已停机），已按举报人来电改充" +
        rng.choice(("{R.tel}绑定的副卡", "新号{R.mobile_443}", "{R.mobile_lo}（举报人短信回复原文）")) + "。\n")
    put(b, s, "经办§{O.name}    审核§{D.name}    {N.date}\n")


def decline(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    put(b, s, "放弃领取举报奖励并捐赠的情况说明\n\n{A.name}：\n")
    put(b, s, "  本人{R.name}，身份证号码" + rng.choice(("{R.id}", "{R.id_cn}", "{R.id_quad}")) + "，" +
        rng.choice(("家住{R.home}", "在{W.name}工作")) + "。本人举报的{S.name}" + rng.choice(BARE) +
        "一事，贵局决定奖励{N.money}。\n")
    put(b, s, "  本人举报不是为了钱，自愿放弃领取，请将奖金全部捐给{P.inst}，用于购置空气净化设备。"
        "收款账户§" + rng.choice(("{P.bank}", "开户行 农村商业银行，账号{P.bank}")) + "\n")
    put(b, s, "  捐赠时请不要写我的名字，写“一位热心群众”即可。\n")
    put(b, s, "                        声明人§{R.name}（手印）\n                        联系电话§" +
        rng.choice(("{R.mobile}", "{R.mobile_fwdash}")) + "\n                        {N.date}\n\n")
    put(b, s, "经办人意见§已于{N.date}电话（{R.mobile_masked}）核实系本人真实意愿。见证人：" +
        rng.choice(("村委会{Q.name}", "{Q.name}（村支书）")) + "。  {O.name}\n")


def audit_paper(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    put(b, s, "{A.audit}审计工作底稿\n索引号§{N.paper}    被审计单位§{A.name}\n")
    put(b, s, "审计事项§" + str(s.c.year) + "年度举报奖励资金发放抽查    付款账户§{A.bank}（{A.name}）\n\n")
    put(b, s, "抽查序号 | 凭证号 | 领奖人 | 身份证号 | 收款卡号 | 户名 | 金额 | 审计发现\n")
    put(b, s, "1 | {N.paper} | {R.name} | " + rng.choice(("{R.id}", "{R.id_plain}")) + " | " +
        rng.choice(("{H.bank}", "{H.bank_plain}")) + " | {H.name} | {N.money} | 户名与领奖人不一致，经核系领奖人之" +
        s.c.relation + "，有委托书\n")
    other = s.new_person()
    s.bind("X", other, "reporter")
    put(b, s, "2 | {N.paper} | {X.name} | {X.id} | {X.bank} | {X.name} | {N.money} | 无异常\n")
    put(b, s, "3 | {N.paper} | {J.name} | " + rng.choice(("未登记", "{J.id_masked}")) + " | 现金 | — | {N.money} | "
        "现金发放，签收单仅有签字，无身份证复印件\n\n")
    put(b, s, "审计结论§抽查" + str(rng.randint(8, 30)) + "笔，发现问题2笔，建议规范代领手续。\n")
    put(b, s, "编制人§{D.name}    复核人§{G.name}    {N.date}\n")


def minutes(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    insider = rng.random() < 0.6
    s.new_unit("subject")
    put(b, s, "{A.name}局务会议纪要\n{N.minutes}\n\n")
    s.bind("Z", s.new_person(), "official")
    put(b, s, "时间§{N.date}    地点§局三楼会议室    主持§{D.name}\n出席§{O.name}、{G.name}    记录§{Z.name}\n")
    put(b, s, "\n议题：审议" + str(s.c.year) + "年第" + str(rng.randint(1, 4)) + "季度举报奖励事项\n")
    if insider:
        put(b, s, "一、{R.name}（{R.gender}，{R.age}，" + rng.choice(("{S.short}", "{S.name}")) +
            "生产车间职工，内部举报）举报{S.name}" + rng.choice(BARE) + "，经查属实，罚款{N.bigmoney}。"
            "因举报人系企业内部人员，会议同意按上限奖励{N.money}，并要求对其身份严格保密；"
            "奖金由{O.surname}科长当面发放，不经企业所在镇转交。\n")
    else:
        put(b, s, "一、{R.name}（住{R.place}，电话{R.mobile}）举报{S.name}" + rng.choice(BARE) +
            "，经查属实，会议同意奖励{N.money}，打入举报人账户{R.bank}。\n")
    put(b, s, "二、{J.name}（" + rng.choice(("{J.mobile}", "{J.mobile_masked}")) + "）举报{U.name}夜间偷排，"
        "经查属实，会议同意奖励{N.money}；" + rng.choice(("{J.mou}系第二次获奖。", "其要求以现金领取。")) + "\n")
    put(b, s, "三、会议要求§奖励公示时一律使用化名，不公布工作单位和住址。\n")
    put(b, s, "\n送§局领导班子成员    印发§{N.date}\n")


LAYOUTS = (phone_credit, decline, audit_paper, minutes)


def build(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
