"""Chats, four layouts: the plant's environmental officer talks with the reporter through
WeCom (企业微信 external-contact export: his CRM note on the customer names the reporter,
building and phone; he asks for a bank card to "compensate", the reporter gives one or a
relative's); a village cadres' work group (村两委工作群) guessing who complained (the
reporter's name, phone and relative are typed in by cadres; the town's official; the boss
rang a cadre); an undercover chat on a second-hand market (the reporter poses as a buyer of
waste oil, the seller gives the site, his WeChat, a plate, an order number; the reporter then
forwards it all to the bureau under their own name); the bullet-comment log of a live stream
in which the reporter films the smoke (streamer's handle, viewers, the plant's staff and the
bureau's account commenting, a viewer who names the streamer's workplace)."""

from __future__ import annotations

import random

from ..render import Builder, Piece
from .common import TALK, Unseen7Slots, layout, put, some


def wecom(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "企业微信 · 外部联系人聊天记录（导出）\n")
    put(b, s, "员工§{E.name}｜{S.short}\n客户§{R.nick}（微信）\n")
    put(b, s, "客户备注§" + rng.choice(("{R.name} {R.flat} 举报人", "{R.ref} {R.mobile_masked} 投诉的那个",
                                    "{R.name}（{R.place}）电话{R.mobile}")) + "\n")
    put(b, s, "标签§重点客户 / 待处理\n----\n")
    put(b, s, "[{N.hm}] {E.name}：您好，我是{S.short}负责环保的，想跟您当面沟通一下。\n")
    put(b, s, "[{N.hm}] {R.nick}：没什么好沟通的，" + rng.choice(TALK) + "。\n")
    put(b, s, "[{N.hm}] {E.name}：我们老板{B.ref}的意思是给您家一点补偿，您发个卡号过来。\n")
    put(b, s, "[{N.hm}] {R.nick}：" + rng.choice(("{R.bank_named}，转了我也照样告。", "用我{H.rel}的卡吧，{H.bank}，户名{H.name}。",
                                             "不要你们的钱，我已经录屏发给环保局了。")) + "\n")
    put(b, s, "[{N.hm}] {E.name}：" + rng.choice(("好的，今天就转。环保局那边您跟{O.surname}科长说一声撤了吧。",
                                            "您别激动，我手机{E.mobile}，咱们电话说。")) + "\n")
    put(b, s, "----\n（本记录由举报人截图提交，{O.name}于{N.date}整理入卷）\n")


def cadres(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    c1, c2 = s.new_person(), s.new_person()
    s.bind("V", c1, "third_party")
    s.bind("Z", c2, "third_party")
    put(b, s, "村两委工作群（" + str(rng.randint(7, 15)) + "人）\n")
    put(b, s, "{N.hm} {V.name}（支书）：镇上{G.surname}主任打电话了，说有人往上告{S.short}，环保今天下午来。\n")
    put(b, s, "{N.hm} {Z.name}（会计）：谁告的？\n")
    put(b, s, "{N.hm} {V.name}（支书）：" + rng.choice(("听说是{R.place}的{R.ref}，他{H.rel}前两天还在村口骂。",
                                                 "{R.name}，电话{R.mobile}，我问过{G.surname}主任了，他没否认。",
                                                 "八成是{R.flat}那家，姓{R.surname}。")) + "\n")
    put(b, s, "{N.hm} {Z.name}（会计）：" + rng.choice(("{B.ref}刚才也给我打电话了，问是不是咱村的人。",
                                                 "厂里{E.name}让我把举报人的手机号发给他，我没发。")) + "\n")
    put(b, s, "{N.hm} {G.name}（镇环保办）：各位，举报人信息要保密，群里不要再说了。企业的情况是：" +
        "，".join(some(rng, BARE_FACTS, 1, 2)) + "。\n")
    put(b, s, "{N.hm} {V.name}（支书）：收到。" + rng.choice(("{Y.name}说他能作证，我让他等着。", "我去把人叫到村部来。", "")) + "\n")
    put(b, s, "{N.hm} {Z.name}（会计）：[撤回了一条消息]\n")


BARE_FACTS = ("晚上偷偷开炉", "废水没处理直接排了", "手续不全", "去年就被罚过一次")


def undercover(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    goods = rng.choice(("废机油", "再生塑料颗粒", "废铝渣", "旧电瓶"))
    put(b, s, "【转发给{A.name}的聊天截图文字】\n")
    put(b, s, "闲鱼 · 与卖家“" + rng.choice(("顺心回收", "诚信废旧", "老地方收购")) + "”的对话  商品：" + goods + "（大量）\n")
    put(b, s, "我：老板，" + goods + "还有吗？要得多。\n")
    put(b, s, "卖家：有，厂里天天出。你自己来拉，地址{S.addr}，到了打{B.mobile}。\n")
    put(b, s, "我：能开票吗？\n卖家：开不了，现金。加微信{B.wechat}细聊。\n")
    put(b, s, "卖家：" + rng.choice(("车不够的话我让{E.name}开{S.plate}给你送。", "我们这边车是{S.plate}，晚上送。")) + "\n")
    put(b, s, "系统：订单编号{N.orderno}，买家已付定金{N.money}\n")
    put(b, s, "——\n我是举报人{R.name}，闲鱼号“{R.nick}”就是我。这家在" + rng.choice(("偷卖危废", "无证收购", "夜里烧")) +
        "，上面是他的电话和微信。我的电话" + rng.choice(("{R.mobile}", "{R.mobile_mixed}", "{R.mobile}，白天上班")) + "。\n")


def stream(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "直播间弹幕记录（网络舆情监测导出）\n")
    put(b, s, "平台§抖音  主播§{R.nick}（抖音号{R.douyin}）  观看人数§{N.viewers}\n")
    put(b, s, "直播标题§实拍{S.short}半夜排烟\n")
    put(b, s, "{N.hm} [主播语音转写] 大家看，这就是{S.short}的烟囱，" +
        rng.choice(("一到半夜就这样", "白天一点烟都没有", "呛得人睁不开眼")) + "，我家就" +
        rng.choice(("在{R.place}", "隔一条路", "在{R.flat}")) + "。\n")
    put(b, s, "{N.hm} {Y.nick}：太嚣张了，举报！\n")
    put(b, s, "{N.hm} {Q.nick}：" + rng.choice(("主播是不是{W.short}的{R.surname}老师？", "这不是{R.surname}哥吗，{R.rel}也在镜头里",
                                             "坐标{S.place}，我也闻到过")) + "\n")
    put(b, s, "{N.hm} {E.nick}：别造谣，我们厂排的是水蒸气，{S.short}手续齐全。\n")
    put(b, s, "{N.hm} ")
    b.add(Piece(f"{s.c.city.name}生态环境", "CN_SOCIAL_ACCOUNT", "official"))
    put(b, s, "：已关注，已安排执法人员前往，请主播私信留下联系方式。\n")
    put(b, s, "{N.hm} {R.nick}：私信发你了，" + rng.choice(("{R.mobile}", "电话就是抖音绑定的那个", "{R.mobile}，姓{R.surname}")) + "\n")
    put(b, s, "回放链接§{R.url}\n备注§{O.name}：已联系主播，线索转{A.dept}。\n")


LAYOUTS = (wecom, cadres, undercover, stream)


def build(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
