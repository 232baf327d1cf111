"""Letters, four layouts: a grown child (or a neighbour) writing for an old relative who
lives by the plant and leaving the relative's phone; a joint complaint with a signature
table (姓名 / 身份证号码 / 联系电话 / 住址, one row per signatory); a signed letter from an
employee of the plant itself; an anonymous letter that leaves only an e-mail or a QQ and
names a village cadre and a neighbour in passing."""

from __future__ import annotations

import random

from ..render import Builder
from .common import INSIDE, INTRO, SAYS, Unseen3Slots, farm_story, layout, pick_some, put

SALUTE = ("{A.name}领导：\n", "尊敬的{A.name}领导：\n", "{A.team}：\n", "尊敬的局长：\n", "市生态环境局信访办：\n")
CLOSE = ("此致\n敬礼！\n", "恳请领导重视！\n", "盼复。\n", "")


def for_kin(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """The writer lives elsewhere; the person who suffers is their relative by the plant."""
    she = "他" if s.kin.male else "她"
    put(b, s, rng.choice(SALUTE))
    put(b, s, "    您好！")
    put(b, s, rng.choice(("我叫{R.name}，在{W.name}工作，家住{R.home}。", "我叫{R.name}，现在在外地打工。",
                          "我是{R.name}，{W.name}的职工。")))
    put(b, s, f"今天写这封信，是替我{{K.rel}}反映问题。我{{K.rel}}{{K.name}}一个人住在{{K.place}}，"
              f"{she}不识字，也不会上网，有事只能我来写。\n")
    farm = rng.random() < 0.3
    put(b, s, f"    {she}家离" + ("村里的养殖场" if farm else "{S.name}") + "只有{N.dist}。")
    story = farm_story(rng, 2, 4) if farm else pick_some(rng, SAYS, 2, 4)
    for t in story:
        put(b, s, rng.choice((f"{she}说", "", "", "听村里人讲，")) + t + "。")
    put(b, s, "\n")
    put(b, s, rng.choice((
        (f"    我{{K.rel}}的电话是{{K.mobile}}，{she}一般都在家；我的手机是{{R.mobile}}，有情况请先跟我联系，"
         f"别直接上门找老人，{she}怕得罪人。\n"),
        "    有事请打我的手机{R.mobile}，或者打我{K.rel}家的座机{K.tel}。\n",
        "    我的联系电话：{R.mobile}（晚上）。\n",
    )))
    put(b, s, "    恳请领导派人查一查，也请千万不要把我们家的名字和电话告诉厂里。\n")
    put(b, s, rng.choice(CLOSE))
    put(b, s, rng.choice(("                                反映人：{R.name}\n", "                                {R.name}  敬上\n",
                          "                                {K.rel}{K.name}的子女 {R.name}\n")))
    put(b, s, "                                {N.date}\n")


def joint(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """A joint complaint: the text in 我们, then a signature table, one person per row."""
    put(b, s, rng.choice(("联名举报信\n", "关于{S.name}污染问题的联名反映\n", "群众联名信\n")))
    put(b, s, rng.choice(SALUTE))
    put(b, s, rng.choice(("    我们是{R.place}的住户。", "    我们是住在{S.short}周边的群众。",
                          "    我们几户都住在{R.place}，紧挨着厂子的北墙。")))
    put(b, s, rng.choice(INTRO) + "。" + "；".join(pick_some(rng, SAYS, 2, 4)) + "。\n")
    put(b, s, rng.choice(("    以上情况属实，我们愿意配合调查。联系人：{R.name}，电话{R.mobile}。\n",
                          "    请派人来看看。有事找{J.name}，电话{J.mobile}，他白天在家。\n",
                          "    我们已经向镇里反映过{N.num}次，没有结果，只好联名写信。\n")))
    put(b, s, "联名人签名：\n")
    sep = rng.choice(("\t", "  ", " | "))
    put(b, s, sep.join(("序号", "姓名", "身份证号码", "联系电话", "住址")) + "\n")
    people = [("R", "home"), ("J", "home"), ("H", "place")] if rng.random() < 0.6 else [("J", "place"), ("R", "home")]
    for i, (who, addr) in enumerate(people, 1):
        cells = [str(i), f"{{{who}.name}}", f"{{{who}.id}}", f"{{{who}.mobile_typed}}", f"{{{who}.{addr}}}"]
        if rng.random() < 0.2:
            cells[2] = "（未填）"
        put(b, s, sep.join(cells) + "\n")
    put(b, s, rng.choice(("（以下另有{N.num}户签名按手印，略）\n", "", "（签名页原件附后）\n")))
    put(b, s, "{N.date}\n")


def insider(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """A signed letter from an employee of the plant he reports."""
    put(b, s, rng.choice(("实名举报信\n", "举报信（实名，请保密）\n", "")))
    put(b, s, rng.choice(SALUTE))
    put(b, s, rng.choice((
        "    我是{S.name}的一名员工，名叫{R.name}，身份证号{R.id}，在厂里干了" + str(rng.randint(2, 11)) + "年。",
        "    我叫{R.name}，是{S.short}的职工，在污水站上班。",
        "    本人{R.name}，{R.gender}，{R.age}，现在{S.name}生产部工作。",
    )))
    put(b, s, "我要举报的就是我们厂。\n    ")
    put(b, s, "。".join(pick_some(rng, INSIDE, 3, 5)) + "。\n")
    if rng.random() < 0.5:
        put(b, s, rng.choice(("    厂子在{S.addr}，法人是{B.name}。\n", "    厂里的电话是{S.tel}，但请不要往厂里打电话找我。\n",
                              "    你们来查的时候先去后院，别先进办公楼，{E.post}会通风报信。\n")))
    put(b, s, "    我知道举报自己的单位是什么后果，但实在看不下去了。请一定为我保密。\n")
    put(b, s, rng.choice((
        "    我的手机{R.mobile}，微信{R.wechat}，{N.time}以后方便。\n",
        "    联系我请打{R.mobile}，不要发短信。\n",
        "    我家住{R.place}，手机{R.mobile}。我{H.rel}{H.name}的电话{H.mobile}也可以找到我。\n",
    )))
    put(b, s, rng.choice(CLOSE))
    put(b, s, "                                举报人：{R.name}\n                                {N.date}\n")
    put(b, s, rng.choice(("附：现场照片{N.num}张，厂内管线草图1张。\n", "")))


def anonymous(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """No name; an e-mail or a QQ to reach the writer; a cadre and a neighbour named in passing."""
    put(b, s, rng.choice(("关于{S.short}违法排污的举报（匿名）\n", "匿名信\n", "")))
    put(b, s, rng.choice(SALUTE))
    put(b, s, rng.choice(("    我不留名字了，怕被报复。", "    写这封信的是附近的一个老百姓，名字就不写了。",
                          "    我是附近的住户，不方便留名。")))
    put(b, s, rng.choice(INTRO) + "。" + "。".join(pick_some(rng, SAYS, 2, 4)) + "。\n")
    put(b, s, rng.choice((
        "    这事我们村的{V.post}也知道，他说他管不了。",
        "    住在厂子边上的{T.name}家，墙都震裂了，你们可以去问。",
        "    村里的{V.name}收了厂里的钱，所以一直压着不报。",
        "    前天{T.name}去厂门口理论，被保安推了出来。",
        "    我们打过{N.h110}，派出所说这事归环保管，让打{N.h12369}。",
    )))
    put(b, s, "\n")
    put(b, s, rng.choice((
        "    需要照片的话可以发邮件到{R.email}，我看到会回。\n",
        "    有事可以加我QQ{R.qq}，网名{R.nick}。\n",
        "    要视频的话加我微信{R.wechat}，备注“环保”。\n",
        "    照片我存在网盘里了，邮箱{R.email}，电话就不留了。\n",
    )))
    put(b, s, rng.choice(CLOSE))
    put(b, s, rng.choice(("                                一个知情群众\n", "                                附近居民\n", "")))
    put(b, s, "                                {N.date}\n")


LAYOUTS = (for_kin, joint, insider, anonymous)


def build(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
