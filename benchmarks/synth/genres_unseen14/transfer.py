"""Transfers, four layouts: a 河长制 交办单 sending a complaint about an outfall to the village
and town river chiefs (the chiefs' mobiles from the river board, the reporter who lives on the
bank) | the OA system's 阅读记录 of a forwarded complaint, checked after a leak (who opened it
when, one opening from the plant's own account and IP; the fields the file carried) | a
协助停限电函 to the power company (the plant's power account number, the company's liaison; the
clue source naming the reporter) | a page of the 收发文登记簿 where file titles carry the
reporter's name (关于X反映…的转办函), the sender, the number and who signed for it."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FOUND, SAYS, Unseen14Slots, few, layout, put


def river(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "{A.river}\n河湖问题交办单  {N.docno}\n")
    put(b, s, "交办对象§{A.town}（镇级河长{D.name}，{D.mobile}）；村级河长{G.name}，{G.mobile}\n")
    put(b, s, "问题来源§群众反映（{N.h12369}转），反映人{R.name}，" + rng.choice(("{R.mobile}", "电话{R.mobile}，家住河东岸{R.home}")) + "\n")
    put(b, s, "问题描述§" + rng.choice(("河道", "支渠", "排涝沟")) + "右岸有一暗管，疑为{S.name}排污口，" + rng.choice(SAYS) + "。"
        "该企业位于{S.addr}，负责人{B.name}。\n")
    put(b, s, "办理要求§{N.within}内查明排口归属并反馈；核查时不得向企业透露反映人信息。\n")
    put(b, s, "联系人§{O.name}，{A.tel}  交办日期§{N.date}\n")


def read_log(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "关于{N.caseno}号转办件泄露情况的核查记录\n")
    put(b, s, "一、转办件所载信息§举报人{R.name}，联系电话{R.mobile}，" + rng.choice(("住址{R.home}", "住址{R.compound}", "工作单位{W.name}")) +
        "；被举报单位{S.name}。\n")
    put(b, s, "二、OA阅读记录（系统导出）\n")
    put(b, s, "{N.stamp}  {O.name}（{A.name}）  发送\n")
    put(b, s, "{N.stamp}  {G.name}（{A.town}）  签收  IP {A.ip}\n")
    put(b, s, "{N.stamp}  {G.name}（{A.town}）  转发至“企业联络人”\n")
    put(b, s, "{N.stamp}  {E.name}（{S.short}，企业联络人账号）  打开附件  IP {E.ip}\n")
    put(b, s, "三、核查情况§镇里经办人{G.name}称将企业安环负责人{E.name}（{E.mobile}）设成了“企业联络人”，"
        "转办件一并推送。{N.date}举报人反映" + rng.choice(("{B.ref}打电话到其家中", "厂里有人到{R.compound}打听", "{B.ref}找到其单位")) + "。\n")
    put(b, s, "四、处理§收回{E.name}账号权限；对{G.name}约谈；复核人{D.name}。\n")


def power(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "协助实施停止供电的函\n{N.docno}\n\n{U.power}：\n")
    put(b, s, "    经查，{S.name}（统一社会信用代码{S.uscc}，地址{S.addr}）" + "，".join(few(rng, FOUND[3:], 1, 2)) +
        "，我局已依法责令停产整治。请贵公司协助对该单位用电户（户号{N.powerno}）实施停止供电。\n")
    put(b, s, "    本案线索来源于群众举报（{R.mou}，" + rng.choice(("电话尾号{R.mobile_tail}", "{R.compound}居民", "手机{R.mobile}")) + "），"
        "请勿将本函转交企业。\n")
    put(b, s, "    我局联系人§{O.name}，{A.tel}；贵公司联系人§{Y.name}，{Y.mobile}，{U.power_tel}\n")
    put(b, s, "                                  {A.name}\n                                  {N.date}\n")


def register(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "收发文登记簿（{N.year}）  第" + str(rng.randint(3, 40)) + "页\n")
    put(b, s, "序号 | 收文日期 | 来文单位 | 文号 | 标题 | 签收人\n")
    n = rng.randint(11, 90)
    put(b, s, f"{n} | " + "{N.date} | {A.parent} | {N.docno} | 关于{R.name}反映{S.short}" + rng.choice(("噪声扰民", "偷排废水", "粉尘污染")) +
        "问题的转办函 | {G.name}\n")
    put(b, s, f"{n + 1} | " + "{N.date} | {A.town} | {N.docno} | 关于" + rng.choice(("{R.compound}{R.honor}", "{R.flat}住户")) +
        "来访情况的报告 | {G.name}\n")
    put(b, s, f"{n + 2} | " + "{N.date} | {A.name} | {N.docno} | 关于" + rng.choice(("{T.name}", "{T.honor}")) +
        "申请政府信息公开的答复 | {D.name}\n")
    put(b, s, "备注§第" + str(n) + "号原件附举报人手机{R.mobile}及身份证复印件，已单独存放，不随文流转。\n")


LAYOUTS = (river, read_log, power, register)


def build(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
