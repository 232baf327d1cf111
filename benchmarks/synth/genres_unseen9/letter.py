"""Letters, four layouts: a complaint in doggerel (顺口溜: rhymed lines about the plant and its
boss, signed by a retired teacher with the old school, the compound and a phone in Chinese
digits) | a semi-literate letter typed by a grandchild (homophones and pinyin for characters
the writer could not write, the phone and ID in Chinese digits or with spaces, a neighbour who
signs too) | a guesthouse owner's letter (the 民宿 as workplace, at the owner's home; guests'
reviews quoted with their nicknames; losses; the owner's own Douyin page) | an e-mail thread
with quoted replies (the writer answers the bureau's reply, which quotes the first mail with
the old phone; signature blocks on each level)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import TALK, Unseen9Slots, layout, put, some


def doggerel(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "致{A.name}的一封信（顺口溜）\n\n")
    put(b, s, "{S.short}建在村东头，烟囱天天冒黑油；\n")
    put(b, s, "白天关门装停产，半夜开炉烟滚滚；\n")
    put(b, s, "老板姓{B.surname}脾气横，谁说环保就骂人；\n")
    put(b, s, "河水变色鱼翻肚，庄稼枯黄没收成；\n")
    put(b, s, "举报多次没人管，百姓心里像针扎；\n")
    put(b, s, "恳请领导来看看，还我蓝天和绿水！\n\n")
    put(b, s, "附：厂子具体位置在{S.addr}，" + rng.choice(TALK) + "。\n\n")
    put(b, s, "写信人：{R.name}，" + rng.choice(("退休教师（原{W.name}）", "{W.name}退休职工", "{R.age}，老党员")) + "\n")
    put(b, s, "住址：" + rng.choice(("{R.compound}", "{R.home}")) + "\n")
    put(b, s, "电话：" + rng.choice(("{R.mobile_cnsp}", "{R.mobile}", "{R.tel}")) + "\n{N.date}\n")


def semi_literate(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "环宝局（环保局）领导：\n")
    put(b, s, "  我是住在{R.compound}的{R.name}，今年{R.age_cn}了，眼睛不好不会打字，这信是我{K.rel_word}{K.name}帮我打的。\n")
    put(b, s, "  {S.name}天天往沟里pai（排）污shui（水），味道chou（臭）得很，" +
        "，".join(some(rng, TALK, 1, 2)) + "。\n")
    put(b, s, "  我们去找过老板{B.lao}，他说你们告也没用，上面有人。\n")
    put(b, s, "  我的电话" + rng.choice(("{R.mobile_cnsp}", "{R.mobile_cn}")) + "，身份证" +
        rng.choice(("{R.id}", "{R.id_plain}")) + "。\n")
    put(b, s, "  邻居{J.name}（电话{J.mobile}）也让我把他名字写上，他家也受害。\n")
    put(b, s, "  打字的{K.name}电话{K.mobile}" + rng.choice(("", "，QQ{K.qq}")) + "，有事也可以找他。\n")
    put(b, s, "                             {R.name}  {J.name}\n                             {N.date}\n")


def guesthouse(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "尊敬的{A.name}领导：\n")
    put(b, s, "  我叫{R.name}，在家里开了一家{W.inn}（就在{R.home}），做了{N.num}年了。"
        "今年以来，附近的{S.name}" + rng.choice(("夜里排放刺鼻气体", "往溪里排浑水", "噪声不断")) + "，客人意见很大。\n")
    put(b, s, "  平台上的差评摘几条：\n")
    put(b, s, "  “{Y.nick}”：半夜被一股化工味熏醒，再也不来了。\n")
    put(b, s, "  “{T.nick}”：风景很好，可惜旁边有个厂一直冒烟。\n")
    put(b, s, "  今年到现在退订损失{N.money}，" + rng.choice(TALK) + "。我拍的视频都发在抖音上，主页是{R.url}。\n")
    put(b, s, "  希望尽快查处。我的联系方式：" + rng.choice(("{R.mobile}", "{R.mobile_dot}", "微信{R.wechat}")) + "。"
        + rng.choice(("请不要告诉厂里是我反映的，我还要在村里做生意。", "我{H.rel}{H.name}也在店里，电话{H.mobile}。")) + "\n")
    put(b, s, "                                   {W.inn} {R.name}\n                                   {N.date}\n")


def email_thread(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "发件人§{R.name} <{R.email}>\n收件人§{A.mail}\n主题§回复：关于您反映{S.short}问题的答复\n\n")
    put(b, s, "{O.name}同志：\n  你们说已经整改，但是" + rng.choice(TALK) + "，请再去看看。我换了手机号，现在用"
        + rng.choice(("{R.mobile}", "{R.mobile_sp4}", "{R.mobile_intl}")) + "。\n\n{R.name}\n\n")
    put(b, s, "------------------ 原始邮件 ------------------\n发件人§{A.name} <{A.mail}>\n发送时间§{N.stamp}\n\n")
    put(b, s, "> {R.honor}：\n>   您反映的{S.name}问题，我局已于{N.date}现场检查，" + rng.choice(("已责令停产整改", "已立案调查")) +
        "。\n>   {A.name} {O.name} {A.tel}\n>\n")
    put(b, s, ">> 原邮件 {R.name} 写道：\n>> {S.name}在{S.addr}，" + rng.choice(TALK) + "。\n")
    put(b, s, ">> 我住{R.home}，手机{H.mobile_plain}（原号），" + rng.choice(("我在{W.name}上班。", "白天可以打我座机{R.tel}。")) + "\n")


LAYOUTS = (doggerel, semi_literate, guesthouse, email_thread)


def build(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
