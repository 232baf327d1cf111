"""Letters, four layouts: a handwritten letter typed in from a scan (OCR noise: full-width
digits, stray spaces inside numbers, 〔字迹不清〕 marks); a letter signed with a pen name whose
writer gives the real name in a PS; a letter of a village or residents' committee written for
its villagers (the committee is the complainant: reporter) with a signature list; a letter
that quotes the boss's threat and gives the boss's phone (subject) next to the writer's."""

from __future__ import annotations

import random

from ..render import Builder
from .common import CONTACT, TALK, Unseen4Slots, layout, pick_some, put

GREET = ("尊敬的环保局领导：\n", "{A.name}领导：\n", "市长您好：\n", "环保局的领导同志们：\n")
CLOSE = ("此致\n敬礼！\n", "望领导早日处理，谢谢！\n", "盼复。\n")


def _body(rng: random.Random, lo: int = 2, hi: int = 4) -> str:
    return "    " + "。".join(pick_some(rng, TALK, lo, hi)) + "。\n"


def ocr(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "【来信扫描件转录，原件存档】\n")
    put(b, s, rng.choice(GREET))
    put(b, s, rng.choice(("    我是{R.place}的村民{R.name}，今年{R.age}了，", "    我叫{R.name}，家住{R.home}，",
                          "    本人{R.name}，住{R.place}，")))
    put(b, s, "写信反映{S.name}的问题。〔此处字迹不清〕\n")
    put(b, s, _body(rng))
    put(b, s, rng.choice(("    我不会用电脑，让孙子帮着写的地址，回信寄到{R.home}。\n",
                          "    我{R.rel}{H.name}身体不好，天天咳嗽，就是这个厂闹的。\n", "")))
    put(b, s, rng.choice(CLOSE))
    put(b, s, "                              写信人：{R.name}\n")
    put(b, s, "                              电话：{R.ocr_mobile}\n")
    if rng.random() < 0.5:
        put(b, s, "                              身份证：{R.ocr_id}\n")
    if rng.random() < 0.4:
        put(b, s, "                              座机：{R.ocr_tel}\n")
    put(b, s, "                              {N.date}\n")
    put(b, s, "（转录人：{O.name}    转录日期：{N.date}）\n")


def pen_name(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    pen = rng.choice(("一个老党员", "一名知情群众", "受害群众", "一个退休教师", "附近的老百姓"))
    put(b, s, rng.choice(GREET))
    put(b, s, rng.choice(("    我要举报{S.name}。", "    {S.name}污染问题已经很多年了。", "    关于{S.short}的污染问题。")))
    put(b, s, "该厂位于{S.addr}，" + "。".join(pick_some(rng, TALK, 2, 3)) + "。\n")
    put(b, s, rng.choice(("    这个厂的老板是{B.name}，听说和镇上的人关系很好。\n", "    村里的{V.post}也收过他们的好处。\n", "")))
    put(b, s, rng.choice(CLOSE))
    put(b, s, f"                              {pen}\n")
    put(b, s, "                              {N.date}\n")
    put(b, s, rng.choice((
        "附言：怕被报复没写真名。我真名叫{R.name}，电话{R.mobile}，请一定保密。\n",
        "PS：我姓{R.surname}，叫{R.name}，在{W.name}上班，有事打{R.mobile}，不要打到单位去。\n",
        "又及：如需核实，可找我本人{R.name}（身份证号{R.id}），电话{R.mobile}。我{R.rel}{H.name}也知道这事。\n",
        "附：我叫{R.name}，QQ{R.qq}，邮箱{R.email}，打电话不方便。村里{T.name}家也深受其害。\n",
    )))


def committee(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "关于{S.name}污染问题的反映\n")
    put(b, s, rng.choice(("{A.name}：\n", "{A.parent}、{A.town}：\n")))
    put(b, s, "    我{R.committee}受{R.folk}群众委托，反映以下问题：\n")
    put(b, s, _body(rng, 2, 3))
    put(b, s, "    群众多次向我们反映，我们也找过企业负责人{B.name}协商，没有结果。\n")
    put(b, s, "    附：联名群众名单（部分）\n")
    n = rng.randint(2, 4)
    people = ("{R.name}", "{J.name}", "{K.name}", "{Y.name}")
    roles_ok = people[:3] + ("{J.ref}",)
    for i in range(n):
        who = roles_ok[i]
        phone = {"{R.name}": "{R.mobile}", "{J.name}": "{J.mobile}", "{K.name}": "{K.mobile}", "{J.ref}": ""}[who]
        put(b, s, f"    {i + 1}. {who}  {phone}\n".replace("  \n", "\n"))
    put(b, s, "    联系人：" + rng.choice(("村委会主任{R.name}，电话{R.mobile}", "{R.committee}文书{J.name}，电话{J.mobile}",
                                        "{R.name}（{R.mobile}）")) + "\n")
    put(b, s, "                              {R.committee}（盖章）\n")
    put(b, s, "                              {N.date}\n")


def threat(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(GREET))
    put(b, s, rng.choice(("    我是{S.short}附近的住户{R.name}。", "    我叫{R.name}，{R.gender}，住在{R.place}。")))
    put(b, s, "我向你们反映{S.name}（{S.addr}）的污染问题。\n")
    put(b, s, _body(rng, 1, 3))
    put(b, s, rng.choice((
        "    上个月我去厂里找他们，老板{B.name}当着好几个人的面说：“你再去告，我让你在村里待不下去。”他的电话是{B.mobile}，你们可以打给他问。\n",
        "    {B.ref}（手机{B.mobile}）给我打电话说：“谁举报的我心里有数，你小心点。”我手机里有录音。\n",
        "    厂里的{E.name}来我家传话，说{B.post}放话了，再告就找人收拾我。{B.post}的手机号是{B.mobile}。\n",
    )))
    put(b, s, rng.choice(("    邻居{T.name}当时也在场，可以作证。\n", "    这事{Y.ref}也听见了。\n", "",
                          "    他开一辆黑色越野车，车牌{B.plate}，这几天老在我家门口转。\n")))
    put(b, s, "    我的联系方式：" + "，".join(pick_some(rng, CONTACT, 1, 2)) + "。请对我的信息保密。\n")
    put(b, s, rng.choice(CLOSE))
    put(b, s, "                              {R.name}\n                              {N.date}\n")


LAYOUTS = (ocr, pen_name, committee, threat)


def build(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
