"""Letters, four layouts: an open letter of an owners' committee (业主委员会 / 村民小组: the
complainant as an organisation, its chair signs with a mobile, residents' names below); a
people's deputy's suggestion (人大代表建议) written for constituents, the deputy's workplace in
the header; a letter whose express waybill (快递面单) was typed in above it (寄件人 block,
tracking number, the bureau as 收件人); a chasing letter (催办信) that cites the first reply, gives
the writer's ID "for verification" and quotes the boss's threat with his mobile."""

from __future__ import annotations

import random

from ..render import Builder
from .common import PERSONAL, TALK, Unseen6Slots, layout, put, some

ASKS = (
    "恳请贵局依法查处，并将结果书面告知。",
    "希望领导重视，别再走过场。",
    "请求对{S.name}停产整治。",
    "盼复。",
)


def open_letter(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("致{A.name}的一封公开信\n\n", "关于{S.short}污染问题的公开信\n\n")))
    put(b, s, "尊敬的{A.name}领导：\n    我们是{W.committee}，代表全体")
    put(b, s, rng.choice(("业主", "村民")) + "向你们反映：" + "；".join(some(rng, TALK, 2, 3)) + "。\n")
    put(b, s, "    " + rng.choice(ASKS) + "\n\n")
    put(b, s, "{W.committee}（盖章）\n主任§{R.name}    联系电话§{R.mobile}\n")
    put(b, s, rng.choice(("副主任§{J.name}（{J.mobile}）\n", "委员§{J.name}、{Y.surname_ref}（未签字）\n", "")))
    put(b, s, "{N.date}\n")
    put(b, s, rng.choice(("（本信同时张贴于小区公告栏）\n", "抄送§{A.dept}\n", "")))


def deputy(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "{N.year}人大代表建议（第{N.num}号）\n")
    put(b, s, "领衔代表§{R.name}    代表单位§{W.name}    联系方式§{R.mobile}\n")
    put(b, s, rng.choice(("附议代表§{J.name}\n", "附议代表§{J.name}、{Y.name}\n", "")))
    put(b, s, "标题§关于督促{S.name}整改的建议\n")
    put(b, s, "内容§\n    我在走访选民时，{R.place}的群众普遍反映：" + "，".join(some(rng, TALK, 1, 2)) + "。")
    put(b, s, rng.choice(("选民{K.name}（我本家亲戚）提供了照片。",
                          "有选民担心被报复，不愿留名。", "")) + "\n")
    put(b, s, "    建议§" + rng.choice(ASKS) + "\n")
    put(b, s, "承办单位§{A.name}    承办人§{O.name}    答复期限§{N.within}\n")


def waybill(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "〔快递面单〕\n运单号 {N.waybill}\n")
    put(b, s, "寄件人§{R.name}  " + rng.choice(("{R.mobile}", "{R.mobile_masked}", "{R.mobile_wrap}")) + "\n")
    put(b, s, "寄件地址§{R.home}\n")
    put(b, s, "收件人§{A.name}信访科 {A.tel}\n收件地址§{A.addr}\n")
    put(b, s, "〔信件正文〕\n环保局的同志：\n")
    put(b, s, "    " + "。".join(some(rng, TALK, 2, 3)) + "。")
    put(b, s, rng.choice(("还有，" + PERSONAL[0] + "。", "", "{P.inst}的老师也跟我说过这事。")) + "\n")
    put(b, s, "    信里不方便写全，" + rng.choice(("回信就寄到上面的地址。", "可以打我{H.rel}电话{H.mobile}。",
                                               "{R.contact}。")) + "\n")
    put(b, s, "                        一个老住户\n                        {N.date}\n")


def chaser(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "催 办 信\n\n{A.name}：\n")
    put(b, s, "    我于{N.date}来信反映{S.name}的问题，贵局{N.date}答复（{N.caseno}）称“已责令整改”。")
    put(b, s, "但是" + rng.choice(TALK) + "。\n")
    put(b, s, "    更让我害怕的是，答复后第三天，{B.ref}就找到我家门口，说“" +
        rng.choice(("你姓{R.surname}的别以为我不知道", "是不是你举报的，你等着", "{R.place}就你家事多")) + "”。")
    put(b, s, "他的电话{B.mobile}，" + rng.choice(("开一辆{B.plate}的车。", "我手机里有通话记录。", "")) + "\n")
    put(b, s, "    我请求§一、查清是谁泄露了我的信息；二、对{S.short}重新查处。\n")
    put(b, s, "    为便于核实，附本人身份证号{R.id}，电话{R.mobile}。\n")
    put(b, s, rng.choice(("    上次打电话给我的是{O.ref}，号码{O.mobile}，请他回避。\n", "")))
    put(b, s, "                        来信人：{R.name}\n                        {N.date}\n")


LAYOUTS = (open_letter, deputy, waybill, chaser)


def build(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
