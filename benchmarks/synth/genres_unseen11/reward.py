"""Rewards, four layouts: a 举报奖励公示 that uses a pseudonym (化名) and prints the tail of the
card paid (and, now and then, the district of the reporter's compound) | the minutes of the
reward review meeting (members by name, the reporter discussed by name and workplace, an
insider who works at the plant, the paying account) | a 奖励兑现回访 phone record (the clerk
rings the reporter, a relative answers and gives the card; the card checked by its tail) | a
个人所得税 (偶然所得) withholding record for the reward (the reporter's name, ID, mobile and card;
the tax office; the bureau as withholding agent)."""

from __future__ import annotations

import random

from ..render import Builder, Piece
from .common import PLAIN_FOUND, Unseen11Slots, layout, put

_PSEUDO = ("“绿水”", "“守望者”", "“清风”", "“举报人甲”", "“热心市民A”")


def pseudonym_notice(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}生态环境违法行为举报奖励公示（{N.year}第{N.num}期）\n")
    put(b, s, "根据举报奖励办法，经审核，对以下举报给予奖励：\n")
    put(b, s, "举报人（化名）¦被举报单位¦查处结果¦奖励金额¦收款账户\n")
    put(b, s, rng.choice(_PSEUDO) + "¦{S.name}¦" + rng.choice(PLAIN_FOUND) + "，罚款{N.bigmoney}¦{N.money}¦尾号{R.bank_tail}\n")
    put(b, s, rng.choice(_PSEUDO[3:]) + "¦{S.short}¦立案查处¦{N.money}¦" + rng.choice(("尾号{J.bank_tail}", "{J.bank_mask}")) + "\n")
    if rng.random() < 0.5:
        put(b, s, "（化名" + rng.choice(_PSEUDO[:3]) + "为{R.compound}居民，奖金已于{N.date}发放。）\n")
    put(b, s, "公示期{N.within}。监督电话{A.tel}\n{A.name}  {N.date}\n")


def review_minutes(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "举报奖励评审会议纪要\n时间§{N.date}  地点§{A.addr}\n参会§{O.name}、{D.name}、{G.name}\n")
    put(b, s, "一、审议{R.name}举报{S.name}（{S.uscc}）一案。举报人" + rng.choice((
        "系{W.name}职工，多次提供线索",
        "系该企业内部员工（{S.short}车间工人），提供了台账照片，与该企业车间主任{E.name}同组",
        "{R.demo}，住{R.compound}")) + "。经核实，" + rng.choice(PLAIN_FOUND) + "。\n")
    put(b, s, "二、会议同意给予举报人{R.mou}奖励{N.money}，由{A.name}专户（账号{A.bank}）转入举报人银行卡{R.bank}。\n")
    put(b, s, "三、另一举报人{J.name}（{J.mobile}）线索与本案重复，不予奖励。\n")
    put(b, s, "记录人§{D.name}\n")


def payout_call(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "奖励兑现电话回访记录\n回访人§{O.name}  回访时间§{N.stamp}  拨打号码§{R.mobile}\n")
    put(b, s, "接听人§{K.name}（自称举报人{R.honor}的{K.kinword}），称举报人在外地打工，奖金可打到" +
        rng.choice(("举报人本人卡{R.bank}", "接听人卡{K.bank}，开户行{U.bankbranch}")) + "。\n")
    put(b, s, "核对§与登记卡号尾号{R.bank_tail}" + rng.choice(("一致", "不一致，需举报人本人确认")) + "；"
        "接听人另留手机{K.mobile}。\n")
    put(b, s, "处理§按规定须由举报人本人或持授权委托书代领，已告知。案件§{S.name}，{N.caseno}。\n")


def tax_record(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "个人所得税扣缴申报表（偶然所得）\n扣缴义务人§{A.name}  扣缴义务人电话§{A.tel}\n")
    put(b, s, "主管税务机关§{A.tax}\n")
    put(b, s, "序号¦姓名¦证件类型¦证件号码¦所得项目¦收入额¦税率¦应扣缴税额\n")
    put(b, s, "1¦{R.name}¦" + rng.choice(("居民身份证¦{R.id}", "居民身份证¦{R.id_plain}", "中国护照¦{R.passport}")) +
        "¦偶然所得（举报奖励）¦")
    amount = rng.choice((2000, 5000, 8000, 10000, 20000, 50000))
    b.add(Piece(f"{amount:.2f}", never="money"))
    put(b, s, "¦20%¦")
    b.add(Piece(f"{amount * 0.2:.2f}", never="money"))
    put(b, s, "\n")
    put(b, s, "备注§纳税人手机{R.mobile}，奖金发放卡号{R.bank}；奖励事由：举报{S.name}。\n")
    put(b, s, "经办人§{D.name}  申报日期§{N.date}\n")


LAYOUTS = (pseudonym_notice, review_minutes, payout_call, tax_record)


def build(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
