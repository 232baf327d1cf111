"""Letters, four layouts: a reader's letter a newspaper forwards to the bureau (the
editor's cover note with the writer's phone, the letter signed with a pen name, the real
name on the envelope); a fish-pond contractor's letter about dead fish (the pond located by
the writer's village, the contract number, the losses, the writer's ID written in Chinese
digits and a bank card for compensation, the dealer who would not buy); a 实名举报承诺书
with the report attached (ID in groups of four, fingerprint, a co-signing relative); a
village doctor's letter (the clinic as the workplace, patients with their ages, the
doctor's licence number)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import RECORD, TALK, Unseen8Slots, layout, put, some


def newspaper(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    s.new_unit("third_party", kind="paper")
    put(b, s, "{U.name}读者来信转办单\n")
    put(b, s, "{A.name}：\n  我报近日收到读者来信一封，反映{S.name}污染问题，现转去，请核处。"
        "来信人要求不公开姓名，同意留联系方式" + rng.choice(("{R.mobile}", "{R.mobile_fwdash}", "{R.tel}")) + "供贵局核实。\n")
    put(b, s, "  联系人§{U.name}群工部 {Q.name}，" + rng.choice(("{Q.mobile}", "{Q.tel}")) + "，{Q.email}\n")
    put(b, s, "  {N.date}\n\n附：来信原文\n")
    put(b, s, "编辑同志：\n  我是一名订了你们报纸十几年的老读者。" + "。".join(some(rng, TALK, 2, 3)) + "。")
    put(b, s, rng.choice(("我家就住" + rng.choice(("{R.place}", "{R.home}")) + "，离厂子不到{N.dist}。",
                          "我在{W.name}上班，每天上下班都要从厂门口过。",
                          "我{H.rel}在{P.inst}上班，那边也能闻到。")) + "\n")
    put(b, s, "  希望你们来曝光一下。\n                一位老读者\n\n")
    put(b, s, "（信封）寄信人§" + rng.choice(("{R.home} {R.name}", "{R.place}{R.flat_code} {R.surname}收转",
                                       "{R.name} {R.mobile_lo}", "{R.name}（QQ {R.qq}）")) + "\n")


def fish_pond(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    s.rural(s.c.reporter)
    s.c.household.home = s.c.reporter.home
    put(b, s, "关于{S.short}排污致鱼塘死鱼的反映\n\n{A.name}领导：\n")
    put(b, s, "  我叫{R.name}，是{R.village}的养鱼户，在村" + rng.choice(("西", "南", "东头")) +
        "承包了{N.mu}鱼塘（承包合同编号{N.contract}），紧挨着{S.name}的排水沟。\n")
    put(b, s, "  {N.date}夜里，" + rng.choice(("厂里往沟里放水", "沟里的水突然变成酱油色")) +
        "，第二天一早塘里的鲢鱼、草鱼全浮上来了，捞了{N.jin}，损失{N.bigmoney}。" + rng.choice(TALK) + "。\n")
    put(b, s, "  县水产站的{G.name}来看过，说是水里缺氧加上有毒物质。收鱼的贩子{Y.name}一看就不收了，"
        "说这鱼卖不出去。\n")
    put(b, s, "  我要求环保部门检测，给个结论，厂里该赔就赔。赔偿款请打到我的卡上：户名{R.name}，" +
        rng.choice(("{R.bank_of}", "卡号{R.bank_cn}", "{R.bank}")) + "。\n")
    put(b, s, "  我的身份证号码§" + rng.choice(("{R.id_cn}", "{R.id}")) + "\n  电话§" +
        rng.choice(("{R.mobile}", "{R.mobile_cn}")) + "，或者打我{H.rel}{H.name}的{H.mobile}\n")
    put(b, s, "                            {R.name}\n                            {N.date}\n")


def pledge(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    put(b, s, "实名举报承诺书\n\n")
    put(b, s, "本人{R.name}，" + rng.choice(("{R.gender}，{R.born}", "{R.gender}，{R.age}", "{R.ethnic}")) +
        "，" + rng.choice(("身份证号{R.id_quad}", "身份证号{R.id}", "身份证号{R.id}", "港澳居民来往内地通行证号{R.hkmo}",
                          "护照号{R.passport}（现居国外，身份证已过期）")) + "，现住{R.home}，工作单位{W.name}。\n")
    put(b, s, "本人郑重承诺：所举报{S.name}的问题均为本人亲眼所见，如有捏造，愿承担法律责任。\n")
    put(b, s, "举报事项§" + "；".join(some(rng, TALK, 2, 3)) + "。\n")
    put(b, s, "联系电话§" + rng.choice(("{R.mobile}", "{R.mobile_443}")) + "\n")
    put(b, s, "承诺人（签名并按指印）§{R.name}（指印）\n")
    put(b, s, rng.choice(("共同承诺人§{J.name}，身份证号{J.id}，电话{J.mobile}（与承诺人系同一" +
                          ("小区" if s.is_urban(s.c.reporter) else "村") + "居民）\n",
                          "见证人§承诺人{H.rel}{H.name}，{H.mobile}\n")))
    put(b, s, "{N.date}\n\n受理人§{O.name}    受理单位§{A.name}\n")


def village_doctor(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    s.rural(s.c.reporter)
    s.c.household.home = s.c.reporter.home
    p1, p2 = s.new_person(), s.new_person()
    s.bind("X", p1, "third_party")
    s.bind("V", p2, "third_party")
    put(b, s, "尊敬的{A.name}领导：\n")
    put(b, s, "  我是{W.clinic}的乡村医生{R.name}，在村里行医" + rng.choice(("二十多年", "十几年", "快三十年")) +
        "（执业证书编号{N.license}）。\n")
    put(b, s, "  自从{S.name}在村北建厂以后，来卫生室看咳嗽、嗓子疼、起疹子的人明显多了。"
        "光这个月就有{N.people}，好几个是小孩和老人。比如{X.name}（{X.age}），咳了一个多月不见好；"
        "{V.mou}（{V.gender}，{V.age_cn}）眼睛红肿，说是晚上在院里乘凉熏的。\n")
    put(b, s, "  " + "。".join(some(rng, TALK, 1, 2)) + "。" + rng.choice(RECORD[6:]) + "，这是我自己去看到的。\n")
    put(b, s, "  我不懂环保，只是作为医生觉得不对劲。请派人来查一查。病人的名字请不要外传，"
        "我的也是。\n  联系方式§" + rng.choice(("{R.mobile}", "卫生室座机{R.tel}，手机{R.mobile}", "{R.mobile_cn}")) +
        "\n")
    put(b, s, "                        {W.clinic} {R.surname}医生\n                        {N.date}\n")


LAYOUTS = (newspaper, fish_pond, pledge, village_doctor)


def build(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
