"""Letters, four layouts: a village school's letter on its letterhead, written by the principal
for pupils who fell ill (the school, its phone and the principal are the complainant; pupils
with class and age, a parent with mobile) | a mother's letter with her child's 门诊病历摘要
copied in (the hospital a public institution, the doctor a third party, the child a household
member; the clinic number) | a page of the 来访登记簿 at the bureau's reception (several
visitors in rows, each with their own complaint; one visits for a relative) | a neighbouring
enterprise's complaint letter (its name, USCC, phone and the office manager who writes; the
plant, its boss; the damaged goods)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FOUND, REACH, SAYS, Unseen13Slots, few, layout, put


def school(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "{Q.school}\n" + rng.choice(("关于", "")) + "{S.name}废气影响我校师生健康的情况反映\n\n")
    put(b, s, "{A.name}：\n")
    put(b, s, "我校与{S.name}（{S.addr}）仅一墙之隔。" + rng.choice(("本学期以来", "近一个月", "入冬以后")) + "，"
        "上课期间多次闻到刺鼻气味，" + "；".join(few(rng, SAYS, 1, 2)) + "。\n")
    pupils = [s.fresh() for _ in range(rng.randint(2, 4))]
    grades = ("一", "二", "三", "四", "五", "六")
    rows = []
    for p in pupils:
        rows.append([f"{rng.choice(grades)}（{rng.randint(1, 4)}）班", p])
    put(b, s, "出现头晕、呕吐症状的学生有：")
    for i, (cls, p) in enumerate(rows):
        if i:
            b.add("，")
        b.add(cls)
        for piece in s.pp(p, "name", "reporter"):
            b.add(piece)
        b.add("（")
        for piece in s.pp(p, "pupil_age", "reporter"):
            b.add(piece)
        b.add("）")
    put(b, s, "。其中" + rng.choice(("{J.name}家长", "一名学生家长{J.name}")) + "（{J.mobile}）已带孩子到{P.inst}就诊。\n")
    put(b, s, "恳请贵局尽快查处。为免企业对学校和学生家长施压，请勿向企业透露反映单位。\n\n")
    put(b, s, "联系人§{R.name}（校长）  电话§{Q.school_tel}  手机§{R.mobile}\n")
    put(b, s, "{Q.school}（章）\n{N.date}\n")


def clinic(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "尊敬的{A.name}领导：\n")
    put(b, s, "我是住在{R.home}的{R.name}，家里" + rng.choice(("还有我{H.rel}{H.name}", "除了孩子还有我{H.rel}{H.name}")) + "。"
        "自从{S.name}投产，孩子的咳嗽就没停过。" + rng.choice(SAYS) + "。下面是医院的病历，我照着抄了一份：\n\n")
    put(b, s, "——{P.inst} 门诊病历摘要——\n门诊号§{N.clinic}\n")
    put(b, s, "姓名§{K.name}  性别§{K.gender}  年龄§{K.pupil_age}\n")
    put(b, s, "主诉§反复咳嗽、喘息" + rng.choice(("两月", "三周", "一月余")) + "，夜间加重。\n")
    put(b, s, "现病史§家住工厂附近，家长诉有刺激性气味。\n诊断§" + rng.choice(("咳嗽变异性哮喘", "过敏性鼻炎", "急性支气管炎")) + "\n")
    put(b, s, "医师§{L.name}  日期§{N.date}\n——摘要完——\n\n")
    put(b, s, "{L.surname}医生说最好离开这个环境，可我们家就在这儿，搬不走。\n")
    put(b, s, "请你们去查一查。" + rng.choice(REACH) + "。孩子的名字请不要写进任何材料。\n")
    put(b, s, rng.choice(("孩子妈妈 ", "家长 ", "")) + "{R.name}\n{N.date}\n")


def register(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}群众来访登记簿  第" + str(rng.randint(3, 60)) + "页\n")
    put(b, s, "序号¦日期¦来访人¦性别¦住址¦联系电话¦反映事项¦接待人\n")
    n = rng.randint(3, 5)
    mine = rng.randrange(n)
    for i in range(n):
        put(b, s, f"{i + 1}¦" + "{N.date}¦")
        if i == mine:
            put(b, s, "{R.name}¦{R.gender}¦{R.home}¦{R.mobile}¦" + rng.choice(SAYS) + "¦{O.name}\n")
            if rng.random() < 0.6:
                put(b, s, f"{i + 1}-1¦" + "{N.date}¦{K.name}（代{R.name}来访，系其{K.kinword}）¦{K.gender}¦同上¦{K.mobile}¦"
                    "补交照片" + str(rng.randint(3, 12)) + "张¦{D.name}\n")
            continue
        v = s.fresh(near=rng.random() < 0.5)
        b.add(s.pp(v, "name", "reporter")[0])
        put(b, s, "¦")
        b.add(s.pp(v, "gender", "reporter")[0])
        put(b, s, "¦")
        b.add(s.pp(v, "home", "reporter")[0])
        put(b, s, "¦")
        b.add(s.pp(v, "mobile", "reporter")[0])
        put(b, s, "¦" + rng.choice(("{S.short}夜间噪声扰民", "{S.short}的运渣车撒漏", "小区地下车库汽车维修店喷漆味",
                                   "河道里有死鱼，不知道谁排的", "{S.name}冒黑烟")) + "¦" + rng.choice(("{O.name}", "{D.name}")) + "\n")
    put(b, s, "备注§本页来访人信息仅供登记，不得复印给被反映单位。\n")


def neighbour_firm(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "{Q.firm}\n统一社会信用代码§{Q.firm_uscc}\n\n")
    put(b, s, "致{A.name}：\n")
    put(b, s, "我司厂房位于{S.addr}东侧，与{S.name}相邻。我司从事精密产品生产，对空气洁净度要求高。"
        + rng.choice(("近两个月", "自去年冬天起", "最近半年")) + "，" + "；".join(few(rng, SAYS, 1, 2)) + "，"
        "导致我司无尘车间过滤器提前报废，已损失{N.bigmoney}。\n")
    put(b, s, "我司曾派人与{S.short}协商，对方{B.name}（手机{B.mobile}）称“各干各的”，拒绝整改。\n")
    put(b, s, "特请贵局依法查处。考虑到双方是邻居，请勿告知对方系我司反映。\n\n")
    put(b, s, "联系人§{R.name}（行政部经理）  电话§{Q.firm_tel}  手机§{R.mobile}" + rng.choice(("", "  邮箱§{R.email}")) + "\n")
    put(b, s, "{Q.firm}（盖章）\n{N.date}\n")
    if rng.random() < 0.5:
        put(b, s, "附件：过滤器更换记录、照片" + str(rng.randint(4, 20)) + "张。另：" + rng.choice(FOUND[5:7]) + "，我司人员亲眼所见。\n")


LAYOUTS = (school, clinic, register, neighbour_firm)


def build(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
