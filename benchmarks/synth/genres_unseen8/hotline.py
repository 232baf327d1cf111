"""Hotline records, four layouts: a call from a driver stuck behind a smoking truck on the
highway (the truck's plate and the name on its door, a kilometre post, the caller's own car
and dash-cam, the caller's employer); the agent's internal IM to the shift leader during a
call (the caller's number pasted, then corrected; a returning caller known by surname); the
system's reminder e-mail of a work order (the number masked in the body but whole in the
link's query string, the officer's SMS); a call through the sign-language video relay (the
interpreter, the caller's WeChat, an address held up to the camera, a child's mobile)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import BARE, TALK, Unseen8Slots, layout, put, some


def smoke_truck(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    put(b, s, "{N.h12369}热线受理单（机动车排气污染）\n受理时间§{N.stamp}  受理坐席§{O.name}\n")
    put(b, s, "来电人§{R.name}    回拨号码§" + rng.choice(("{R.mobile_443}", "{R.mobile}", "{R.mobile_lo}")) + "\n")
    put(b, s, "来电内容§来电人称正在" + rng.choice(("京港澳高速", "连霍高速", "二广高速", "国道107")) +
        "由北向南行驶，约{N.pile}处，前方一辆重型货车{S.plate}冒黑烟，跟车{N.km}一直没停。")
    put(b, s, "车门上喷的字是“{S.name}”，" + rng.choice(("车厢后面挂着{S.short}的牌子。", "驾驶室里的人穿着{S.short}的工服。")) +
        "\n来电人称" + rng.choice(("自己开的是{R.plate}，行车记录仪全程录着，视频可以提供。",
                               "车上行车记录仪有视频，车是单位的（{W.name}），牌照{R.plate}。",
                               "是替{W.name}跑业务，路过这里。")) + "\n")
    put(b, s, "补充§" + rng.choice(("来电人称前几天在{S.addr}门口也见过这辆车。",
                                  "来电人称该车每天这个点都从{S.short}出来。",
                                  "来电人要求不要把他的车牌号告诉对方。")) + "\n")
    put(b, s, "处理§移交{A.dept}机动车排污监管科，同时抄告{A.other}。经办人{D.name}（{A.tel}）\n")


def agent_im(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    put(b, s, "坐席即时消息（通话中求助）  {N.date}\n")
    put(b, s, "[{N.hm}] 坐席{O.name}（工号{N.staffno}）→ 班长{D.name}：在线一个来电，反映{S.short}，号码{R.mobile_head}后四位没听清，"
        "说是第" + rng.choice(("三", "四", "五")) + "次打了，问怎么派\n")
    put(b, s, "[{N.hm}] 班长{D.surname}：查一下历史，是不是上个月那个{R.lao}？住{R.place}那个\n")
    put(b, s, "[{N.hm}] 坐席{O.surname}：对，就是他，{R.name}。号码问全了，他说是" +
        rng.choice(("{R.mobile_plain}", "{R.mobile_443}", "{R.mobile_fwdash}", "{R.mobile_lo}")) + "\n")
    put(b, s, "[{N.hm}] 班长{D.surname}：他反映的啥？\n")
    put(b, s, "[{N.hm}] 坐席{O.surname}：" + "；".join(some(rng, TALK, 2, 3)) + "\n")
    put(b, s, "[{N.hm}] 班长{D.surname}：" + rng.choice((
        "按重复件派{A.name}，备注来电人要求保密，别再让厂里知道是{R.flat_code}那户",
        "派{A.name}，来电人家在{R.home}，跟他说{N.within}内回复",
        "他{H.rel}{H.name}上周也打过，{H.mobile}，一起并了")) + "\n")
    put(b, s, "[{N.hm}] 坐席{O.surname}：好的\n")


def reminder_mail(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    put(b, s, "发件人§{N.h12369}工单系统 <noreply@12369.gov.cn>\n收件人§{O.name} <{O.email}>\n")
    put(b, s, "抄送§{D.email}\n主题§【催办】工单{N.ticket}即将超期\n\n")
    put(b, s, "{O.name}同志：\n  您承办的工单{N.ticket}距办理时限还剩" + rng.choice(("1天", "2天", "4小时")) + "，请及时处理并反馈。\n")
    put(b, s, "  被反映对象§{S.name}\n  事发地点§{S.addr}\n  来电号码§{R.mobile_masked}（系统已脱敏）\n")
    put(b, s, "  问题摘要§" + "，".join(some(rng, TALK, 1, 2)) + "。\n")
    put(b, s, "  查看详情与回拨§{R.link_tel}\n")
    put(b, s, rng.choice(("  来电人备注§不要上门，家在{R.place}，怕邻居看见。\n",
                          "  来电人备注§{R.honor}白天在{W.name}上班，下午六点后方便联系。\n", "")))
    put(b, s, "\n同时已发送短信提醒至您的手机{O.mobile}。本邮件由系统自动发送，请勿回复。\n")


def sign_relay(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    put(b, s, "{N.h12369}视频手语服务来电记录\n接入时间§{N.stamp}  通话时长§{N.secs}\n")
    put(b, s, "手语翻译§{Q.name}（服务平台工号{N.staffno}）  坐席§{O.name}\n")
    put(b, s, "来电人§听障人士，" + rng.choice(("{R.gender}，约{R.age}", "{R.gender}")) + "，视频账号为微信{R.wechat}\n")
    put(b, s, "翻译转述§来电人说" + "；".join(some(rng, TALK, 2, 3)) + "。\n")
    put(b, s, "翻译转述§来电人在纸上写了姓名“{R.name}”和住址“" + rng.choice(("{R.home}", "{R.place}{R.flat_code}")) +
        "”举到镜头前，请工作人员记下。\n")
    put(b, s, "翻译转述§来电人无法接听电话，回复请" + rng.choice((
        "发短信到{R.mobile}", "联系其{H.rel}{H.name}，电话{H.mobile}", "加微信留言，或发邮件到{R.email}", "QQ留言，QQ号{R.qq}")) + "。\n")
    put(b, s, "坐席备注§" + rng.choice(BARE) + "；回访须安排视频或文字方式，" +
        "派{A.name}办理。\n")


LAYOUTS = (smoke_truck, agent_im, reminder_mail, sign_relay)


def build(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
