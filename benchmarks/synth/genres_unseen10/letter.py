"""Letters, four layouts: a handwritten petition transcribed by the registry with the
writer's corrections kept (a struck-out mobile and the corrected one, illegible words, a
thumbprint; co-signers from the same compound) | a tenant's letter (the rented room is the
writer's home; the landlord, a third party, named with his mobile; the writer's workplace)
| a beekeeper's letter (the apiary as workplace, the writer's home, the hives downwind of
the plant, dead bees; a fellow beekeeper) | the bureau's 意见征询回执 returned by the
reporter with ticks and handwritten remarks (name, phone, the flat, a new phone)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import CONTACT, TALK, Unseen10Slots, layout, put, some


def transcribed(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "来信誊录件（原件为手写，誊录时保留涂改）\n收信日期§{N.date}  誊录人§{O.name}\n\n")
    put(b, s, "{A.name}领导：\n    我叫{R.name}，住在{R.home}。" + "，".join(some(rng, TALK, 2, 3)) + "。〔此处三字字迹不清〕\n")
    put(b, s, "    我的电话是~~{R.mobile_cut}~~〔原文划去〕{R.mobile}，有事打这个。\n")
    put(b, s, "    " + rng.choice(("我们好几家都签了名，", "邻居们也都同意，")) + "请领导一定管管{S.short}。\n\n")
    put(b, s, "联名人：{R.name}（按手印）  {J.name}（{J.flat}，按手印）\n")
    put(b, s, "誊录说明§联名人{J.surname}另附电话{J.mobile}；信封寄件地址与正文一致。\n")


def tenant(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "尊敬的{A.name}：\n")
    put(b, s, "我是在{W.name}上班的外地人，在{R.home}租了一间房，房东是{Y.name}（电话{Y.mobile}）。"
        "出租屋后墙就挨着{S.name}。\n")
    put(b, s, "住进来三个月，" + "；".join(some(rng, TALK, 2, 3)) + "。房东说厂子是{B.ref}开的，他也惹不起。\n")
    put(b, s, "我不想让房东知道是我写的信，怕被赶走。有事请打我手机" + rng.choice(("{R.mobile}", "{R.mobile_plain}")) +
        rng.choice(("。", "，或者发邮件{R.email}。", "，微信{R.wechat}。", "，QQ{R.qq}。")) + "\n")
    put(b, s, "租客 {R.name}\n{N.date}\n")


def beekeeper(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "关于{S.name}废气毒死蜜蜂的反映\n\n环保局同志：\n")
    put(b, s, "    我是{W.apiary}的{R.name}，家住{R.home}，今年带着一百二十箱蜂在{S.district}一带放蜂，蜂箱就摆在{S.short}下风口。{N.date}起，蜂箱门口死蜂一层，" +
        rng.choice(TALK) + "。\n")
    put(b, s, "    同在这片放蜂的{Y.name}也死了不少蜂，他的电话{Y.mobile}。我们养蜂的，只求有个说法。\n")
    put(b, s, "    我的身份证{R.id}，手机{R.mobile}。\n")
    put(b, s, "    另：" + rng.choice(CONTACT) + "。\n{R.name}\n")


def receipt(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}\n信访（举报）事项处理意见征询回执\n编号§{N.docno}\n")
    put(b, s, "反映人§{R.name}    联系电话§{R.mobile}\n反映事项§{S.name}" + rng.choice(("废气扰民", "违法排污", "噪声扰民")) + "\n")
    put(b, s, "对处理意见§□满意  □基本满意  ☑不满意\n")
    put(b, s, "反映人意见（手写）§" + rng.choice(TALK) + "。你们说整改了，我在{R.flat}窗户里天天看得见。"
        + rng.choice(("电话换了，再留一遍{R.mobile_plain}。", "以后寄信寄到{W.name}传达室。", "也可以QQ留言{R.qq}。", "")) + "\n")
    put(b, s, "签名§{R.name}    日期§{N.date}\n（回执由承办人{O.name}收回）\n")


LAYOUTS = (transcribed, tenant, beekeeper, receipt)


def build(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
