"""Hotline records, four layouts: a CTI screen pop (来电弹屏: the caller's number with its
归属地, the 客户档案 left by an earlier call from the same line, a 历史来电 list where a
relative called before); a 重复来电并单 record (several callers about one plant merged into a
single order: two residents who join, a passer-by, a plant employee ringing to defend it);
a call from a hired truck driver who hauls the waste (his own plate and his fleet, the
plant's trucks, the boss's WeChat, the dumping spot as coordinates); a transcript where the
caller reads the mobile out in pieces over several turns and the ID in groups."""

from __future__ import annotations

import random

from ..render import Builder
from .common import PERSONAL, TALK, Unseen7Slots, layout, put, some


def screen_pop(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "【来电弹屏】{N.h12369}受理系统  坐席{N.staffno_}\n".replace("{N.staffno_}", str(rng.randint(8001, 8099))))
    put(b, s, "主叫号码§" + rng.choice(("{R.mobile_plain}", "{R.tel_plain}")) +
        f"    归属地§{s.c.city.province}{s.c.city.name} " + rng.choice(("移动", "联通", "电信")) + "\n")
    put(b, s, "来电时间§{N.stamp}    历史来电§" + f"{rng.randint(2, 6)}次\n")
    put(b, s, "客户档案（上次来电自动保存）§姓名 {R.name}；地址 " + rng.choice(("{R.home}", "{R.place}")) + "；" +
        rng.choice(("备注 要求保密", "备注 老年人，说话慢", "备注 曾要求不要上门")) + "\n")
    put(b, s, "历史记录§\n")
    put(b, s, "  {N.date}  主叫同号  来电人自称{H.rel}{H.name}，反映{S.short}夜间噪声\n")
    put(b, s, "  {N.date}  主叫同号  " + rng.choice(("来电人{R.ref}催办", "无声挂断", "来电人询问处理进度")) + "\n")
    put(b, s, "本次受理§来电人称" + "，".join(some(rng, TALK, 2, 3)) + "。")
    put(b, s, rng.choice(("核对身份：来电人确认档案信息无误。", "来电人称档案里的地址已经搬走，现住{K.home}（跟{K.surname}家一起住）。",
                          "来电人要求把档案里的号码换成{R.mobile}。")) + "\n")
    put(b, s, "派单§{A.name}  处理时限§{N.within}\n")


def merged(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "重复来电并单记录\n主单§{N.ticket}  受理日期§{N.date}\n")
    put(b, s, "反映对象§{S.name}（{S.addr}）\n")
    put(b, s, "并入工单（按来电先后）§\n")
    put(b, s, "① {N.ticket}  来电人{R.name}，" + rng.choice(("{R.mobile}", "手机{R.mobile}，家住{R.place}")) +
        "；诉求：" + rng.choice(TALK) + "。\n")
    put(b, s, "② {N.ticket}  来电人{J.ref}，{J.mobile}，称与①为同" + rng.choice(("一小区", "村", "一栋楼")) +
        "居民，愿一并反映。\n")
    put(b, s, "③ {N.ticket}  来电人{Y.honor}，{Y.mobile_masked}，路过闻到异味，不住附近，不要求回复。\n")
    put(b, s, "④ {N.ticket}  来电人自称" + rng.choice(("{S.short}员工", "厂里管环保的")) +
        "{E.name}（{E.mobile}），称企业" + rng.choice(("已经整改到位，要求撤单", "手续齐全，是有人恶意举报")) + "。\n")
    put(b, s, "并单说明§①②诉求一致，合并办理，回复以①为准；④不作为诉求人，转承办单位核实。\n")
    put(b, s, "承办§{A.name}  联系人§{O.name}  " + rng.choice(("{A.tel}", "{O.mobile}")) + "\n")


def driver(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "{N.h12369}来电记录（来电人为运输司机）\n")
    put(b, s, "来电人§{R.name}（" + rng.choice(("{R.gender}，{R.age}", "{R.age}")) + "），在{W.name}跑车\n")
    put(b, s, "联系电话§{R.mobile}    本人车辆§{R.plate}\n")
    put(b, s, "来电内容§来电人称受雇为{S.name}拉货，" +
        rng.choice(("说是建筑垃圾，到了才知道是桶装废液", "一车二三十吨，全是带油的废渣")) +
        "，按要求拉到{N.coord}附近一个废砖窑倒掉。厂里自己的车{S.plate1}、{S.plate2}也在拉。")
    put(b, s, "联系他的是厂里业务员{E.name}，老板{B.name}的微信{B.wechat}在群里发过倒料位置。\n")
    put(b, s, "来电人顾虑§" + rng.choice(("怕以后没活干，要求不要把他的车牌号透露给厂里。",
                                     "他拉过{N.num}趟，问自己会不会被处罚。",
                                     "车是挂靠在{W.name}名下的，求别找车队。")) + "\n")
    put(b, s, "坐席§{O.name}    处理§转{A.dept}、{A.police}联合核查\n")


def pieces(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "来电录音转写（{N.h12369}，时长{N.secs}）\n")
    put(b, s, "坐席：您好，环保举报热线。\n来电：我要举报{S.short}，" + rng.choice(TALK) + "。\n")
    put(b, s, "坐席：好的，您贵姓？\n来电：" + rng.choice(("姓{R.surname}，{R.given}。", "{R.name}。", "我姓{R.surname}。")) + "\n")
    put(b, s, "坐席：方便留个手机吗？\n来电：{R.mob3}……\n坐席：嗯。\n来电：{R.mob4a}，\n坐席：嗯，后面呢？\n")
    put(b, s, "来电：" + rng.choice(("{R.mob4b}。", "{R.mob4b}，就这个。", "哎等一下，我看看……{R.mob4b}。")) + "\n")
    put(b, s, "坐席：举报奖励需要身份证号，您愿意提供吗？\n来电：" +
        rng.choice(("行，{R.id}。", "先不给了。", "你记一下，{R.id}，后面那个是叉。" if s.c.reporter.id18.endswith("X")
                    else "你记一下，{R.id}。")) + "\n")
    put(b, s, "坐席：您住在附近吗？\n来电：" +
        rng.choice(("就在{R.place}，{R.flat}，窗户正对着它。", "我住{R.home}。", "我不说了，离得近。")) + "\n")
    put(b, s, rng.choice(("（电话转给另一人）来电人女婿：我是他女婿{K.name}，老人耳朵不好，有事打我{K.mobile}。\n",
                          "来电：还有，" + rng.choice(PERSONAL) + "。\n", "")))
    put(b, s, "坐席：好的，已记录，{N.within}给您回复。\n—— 坐席{O.name}整理\n")


LAYOUTS = (screen_pop, merged, driver, pieces)


def build(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
