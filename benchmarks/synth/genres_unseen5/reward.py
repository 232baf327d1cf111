"""Reward papers, four layouts: a 奖励资金发放花名册 (a pipe-ruled roster: 姓名 | 身份证号 |
开户银行 | 卡号 | 金额 | 签字, a relative collecting now and then); the SMS the bureau sends to
the reporter about the reward, with the reporter's answer (name, bank card); a bank transfer
receipt (回单) from the bureau's fund account to the reporter's card; a 奖励复核申请 in which
the reporter disputes the amount (ID, mobile, account, the co-reporter)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import Unseen5Slots, layout, put


def roster(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}\n{N.year}第" + rng.choice("一二三四") + "季度环境违法行为举报奖励资金发放花名册\n")
    put(b, s, "| 序号 | 姓名 | 身份证号 | 开户银行及卡号 | 金额 | 领款人签字 |\n|---|---|---|---|---|---|\n")
    put(b, s, "| 1 | {R.name} | {R.id} | {R.bank_named} | {N.money} | " +
        rng.choice(("{R.name}", "{H.name}（代领，{H.rel}，{H.mobile}）")) + " |\n")
    for i in range(2, 2 + rng.randint(1, 3)):
        s.bind("X", s.new_person(), "reporter")
        put(b, s, f"| {i} | " + "{X.name} | {X.id} | {X.bank_named} | {N.money} | {X.name} |\n")
    put(b, s, "| 合计 |  |  |  | {N.money} |  |\n")
    put(b, s, "制表§{O.name}    审核§{D.name}    分管领导§{L.name}\n")
    put(b, s, "注：本表涉及举报人个人信息，严禁外传。\n")


def sms_notice(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "短信平台发送记录\n发送号码§{N.port}    接收号码§{R.mobile_plain}    发送时间§{N.stamp}\n")
    put(b, s, "内容§【{A.name}】" + rng.choice(("{R.honor}", "{R.name}")) + "您好！您于{N.date}举报的{S.name}"
        + rng.choice(("偷排废水", "违规排放废气", "非法倾倒固废")) + "问题经查属实，拟给予奖励{N.money}。"
        "请于{N.within}携本人身份证原件及银行卡到{A.addr}领取，联系人{O.name}，电话{O.mobile_plain}。\n")
    reply, answer = rng.choice((
        ("收到，我是{R.name}，能不能直接打到我卡上，{R.bank}，农行的", "可以，需本人签字确认后转账。"),
        ("好的谢谢，我上班走不开，让我{H.rel}{H.name}去领行吗", "代领需带委托书和双方身份证。"),
        ("收到，谢谢政府", "不客气，请按时领取。")))
    put(b, s, "回复记录§\n[{N.stamp}] {R.mobile_plain}：" + reply + "\n")
    put(b, s, "[{N.stamp}] {O.mobile_plain}：" + answer + "\n")


def bank_receipt(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("中国农业银行 网上银行电子回单\n", "中国建设银行 单位客户专用回单\n")))
    put(b, s, "交易日期§{N.date}    流水号§{N.formid}\n")
    put(b, s, "付款人户名§{A.name}    付款账号§{A.bank}\n")
    put(b, s, "收款人户名§" + rng.choice(("{R.name}", "{H.name}")) + "    收款账号§{R.bank}\n")
    put(b, s, "收款行§" + rng.choice(("农村商业银行", "邮储银行", "工商银行")) + s.c.city.name + "支行\n")
    put(b, s, "金额§{N.money}    用途§举报奖励（{S.short}案）\n")
    put(b, s, "经办§{O.name}    复核§{D.name}\n（本回单仅供参考，不作为收款凭证）\n")


def appeal(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "举报奖励复核申请\n\n{A.name}：\n")
    put(b, s, "    本人{R.name}，身份证号{R.id}，于{N.date}通过{N.h12369}举报{S.name}" + rng.choice(("暗管排污", "非法处置危险废物")) + "。")
    put(b, s, "贵局{N.date}通知拟奖励{N.money}，本人认为偏低：" + rng.choice((
        "该案罚款{N.money}，按规定应按比例奖励；", "我提供了车辆{S.plate}倾倒的视频，是关键证据；")))
    put(b, s, rng.choice(("同案另一举报人{J.name}获奖金额比我高。", "我为此还被厂里的{E.name}威胁过。", "")))
    put(b, s, "\n    特申请复核。\n    联系电话§{R.mobile}    收款账户§{R.bank_named}\n")
    put(b, s, "                        申请人：{R.name}\n                        {N.date}\n")


LAYOUTS = (roster, sms_notice, bank_receipt, appeal)


def build(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
