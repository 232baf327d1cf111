"""Chats, four layouts: the inspection team's WeChat group on the way to the site, voice messages
turned to text with recognition slips (嗯那个, a mobile heard half in words, the reporter's
surname and compound, the boss's mobile; the team leader's correction) | a residents' group
vote on reporting under real names (the vote's participants by nickname, the organiser's name
and mobile, a member who works at the plant voting no, one who says leave me out) | a family
chat with a child studying abroad in English, pinyin and Chinese (Dad, Mr. + pinyin surname in
a draft, the e-mail to the bureau, the home) | the 新的朋友 list after a report (friend requests
from the boss, his nephew and a town clerk, each with its 来源 and verification message; the
reporter's note to the officer with their own name)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import SAYS, Unseen14Slots, layout, put


def team_voice(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "【" + rng.choice(("督察组现场核查群", "执法二中队", "夜查小组")) + "】\n")
    put(b, s, "{O.name} {N.hm}\n[语音转文字] 嗯那个，举报人是{R.compound}的，姓{R.surname}，"
        "电话是{R.mobile_mixed}，他说在" + rng.choice(("小区门口", "村口大槐树下", "加油站边上")) + "等咱们\n")
    put(b, s, "{D.name} {N.hm}\n[语音转文字] 收到收到，那个{S.short}的老板{B.ref}电话多少来着\n")
    put(b, s, "{O.name} {N.hm}\n{B.mobile}\n")
    put(b, s, "{G.name} {N.hm}\n[语音转文字] 我们到了，" + rng.choice(("厂门口拉着闸呢", "烟囱在冒烟，录上了", "门卫不让进")) + "，"
        "那个，那个{R.honor}刚才打我电话了，说别开警车过去\n")
    put(b, s, "{D.name} {N.hm}\n都注意，群里别发举报人名字和号码，发了的撤回。现场只说是例行检查。\n")
    put(b, s, "{O.name} {N.hm}\n好。厂址{S.addr}，导航搜{S.short}就行。\n")


def vote(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    others = [s.fresh() for _ in range(rng.randint(2, 4))]
    put(b, s, "群聊“{R.compound}邻里群”  群投票\n")
    put(b, s, "发起人§{R.nick}  {N.md_hm}\n主题§要不要联名向{N.h12369}实名举报{S.short}？\n")
    put(b, s, "A. 实名，我签字（" + str(len(others) + 1) + "票）：{R.nick}、")
    for i, p in enumerate(others):
        b.render(("、" if i else ""), s)
        b.add(s.pp(p, "nick", "reporter")[0])
    put(b, s, "\nB. 匿名就行（1票）：{Y.nick}\nC. 不参与（1票）：{E.nick}\n")
    put(b, s, "{R.nick}：实名的我来牵头，我是{R.name}，{R.flat}，电话{R.mobile}，签好字的拍照发我。\n")
    put(b, s, "{Y.nick}：我投的匿名，名字别写我的，我家孩子在厂里上班。\n")
    put(b, s, "{E.nick}：我在{S.short}干活，这事我不掺和，" + rng.choice(("你们别拿我说事。", "老板都看着呢。")) + "\n")
    put(b, s, "{R.nick}：" + rng.choice(SAYS) + "，大家有照片的都发我。\n")


def abroad(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    kid = s.kin
    put(b, s, "{K.nick}（" + ("儿子" if kid.male else "女儿") + "）  {N.md_hm}\n")
    put(b, s, "{K.nick}：" + ("Dad" if s.c.reporter.male else "Mom") + " 我帮你把投诉 email 写好了，发到局里的 mailbox，你看一下 draft：\n")
    put(b, s, "    “Dear Sir/Madam, 我是{R.compound}的居民 {R.pinyin}，" + rng.choice(SAYS) + "。My phone: {R.mobile}。”\n")
    put(b, s, "{R.nick}：英文的他们看得懂吗，写中文。名字就写{R.name}，" + rng.choice(("住{R.home}", "电话没错")) + "\n")
    put(b, s, "{K.nick}：OK，那我用我的邮箱 {K.email} 发，cc 你的 {R.email}\n")
    put(b, s, "{R.nick}：别用你的，你在国外，回头联系不上。\n")
    put(b, s, "{K.nick}：那你 zhu yi 别写 {R.flat}，写村名或小区名就行，老板{B.ref}认识咱们邻居\n")
    put(b, s, "{R.nick}：知道了。厂子叫{S.name}，地址{S.addr}，你都写上。\n")


def requests(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "【截图转文字：微信 › 通讯录 › 新的朋友】（{R.nick}的手机）\n")
    put(b, s, "1. {B.nick}  来源§通过手机号搜索  {N.md_hm}\n   验证消息§我是{S.short}的{B.ref}，加一下，有事跟你商量\n")
    put(b, s, "2. {E.nick}  来源§通过手机号搜索  {N.md_hm}\n   验证消息§" + rng.choice(("您好，我是厂里的，我舅让我加您", "你是住{R.compound}那个吧")) + "\n")
    put(b, s, "3. {G.nick}  来源§通过群聊  {N.md_hm}\n   验证消息§我是镇里的{G.name}，了解一下情况\n")
    put(b, s, "【{R.nick}发给执法人员{O.name}】\n")
    put(b, s, "{R.nick}：{O.surname}同志，举报完第二天就这几个人加我，都是搜的手机号，我这个号{R.mobile}只留给过热线。"
        "老板的微信号是{B.wechat}，电话{B.mobile}。\n")
    put(b, s, "{O.name}：您是{R.name}吧，收到，我们查一下是哪个环节出的问题。镇里的{G.name}（{G.mobile}）我们会问。\n")
    put(b, s, "{R.nick}：对，我是{R.name}。我一个都没通过。\n")


LAYOUTS = (team_voice, vote, abroad, requests)


def build(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
