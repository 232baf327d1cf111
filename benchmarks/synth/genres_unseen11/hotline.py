"""Hotline records, four layouts: the speech-recognition (ASR) transcript of a 12369 call with
speaker turns and digits as the recogniser heard them | a 重复诉求 tracking sheet of one caller
who rang again and again (full details the first time, then only the phone tail or 某-form) |
a 回访满意度 survey record (scored questions, the caller's comments naming the flat) | the SMS
platform's 短信下发记录 (acknowledgement and closing messages to the reporter's mobile, a
failed one re-sent to a relative, a task SMS to the officer)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FOUND, PLAIN_FOUND, REACH, SAYS, Unseen11Slots, few, layout, put


def asr_transcript(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "【智能语音转写】{N.h12369}热线 通话录音转写文本（置信度较低处已标注）\n")
    put(b, s, "通话开始§{N.datetime}  时长§{N.secs}  坐席工号§{N.num}号（{O.name}）\n")
    put(b, s, "[{N.hms}] 坐席：您好，环保举报热线，请讲。\n")
    put(b, s, "[{N.hms}] 来电人：喂，我要反映{S.name}的事，" + rng.choice(SAYS) + "。\n")
    put(b, s, "[{N.hms}] 坐席：请问您贵姓？\n")
    put(b, s, "[{N.hms}] 来电人：免贵姓{R.surname}，" + rng.choice(("叫{R.name}", "全名{R.name}", "（听不清）")) + "。\n")
    put(b, s, "[{N.hms}] 坐席：留一个联系电话吧。\n")
    put(b, s, "[{N.hms}] 来电人：{R.mobile_asr}。\n")
    put(b, s, "[{N.hms}] 坐席：我重复一下，{R.mobile_plain}，对吗？\n[{N.hms}] 来电人：对对。\n")
    put(b, s, "[{N.hms}] 来电人：我就住{R.compound}，" + rng.choice(SAYS) + "，你们别说是我打的。\n")
    if rng.random() < 0.5:
        put(b, s, "[{N.hms}] 来电人：我{H.rel}也能作证，电话是{H.mobile_asr}。\n")
    put(b, s, "[{N.hms}] 坐席：好的，会转{A.name}处理，为您保密。\n")
    put(b, s, "——转写结束。人工校对§{D.name}；坐席备注§来电人要求保密，厂址{S.addr}。\n")


def repeat_sheet(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "重复诉求跟踪表（{N.h12369} / {N.h12345}）\n问题对象§{S.name}  统一社会信用代码§{S.uscc}\n")
    put(b, s, "首次来电¦{N.date}¦来电人{R.name}（{R.gender}），电话{R.mobile}，住{R.home}¦" + rng.choice(SAYS) + "\n")
    put(b, s, "再次来电¦{N.later}¦尾号{R.mobile_tail}来电人{N.count}反映，称" + rng.choice(SAYS) + "¦已催办\n")
    put(b, s, "再次来电¦{N.later}¦{R.mou}再次来电，情绪激动，称" + rng.choice(("要去省里上访", "要找媒体曝光", "已经在抖音上发了视频")) + "¦升级督办\n")
    if rng.random() < 0.6:
        put(b, s, "关联来电¦{N.later}¦{J.name}（{J.mobile}，与{R.mou}同小区）反映同一问题¦并案\n")
    put(b, s, "承办单位§{A.name}  承办人§{D.name}  值班电话§{A.tel}\n")
    put(b, s, "办理情况§" + "；".join(few(rng, FOUND, 2, 3)) + "。\n")


def satisfaction(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "回访满意度调查记录\n原工单§{N.caseno}  回访时间§{N.stamp}  回访员§{O.name}\n")
    put(b, s, "回访对象§" + rng.choice(("{R.name}", "{R.honor}")) + "  回访号码§{R.mobile}\n")
    put(b, s, "Q1 是否接到过承办单位联系？ 答§" + rng.choice(("接到了，{D.name}打过电话", "没有人联系过我")) + "\n")
    put(b, s, "Q2 对办理时效是否满意？ 评分§{N.score}\n")
    put(b, s, "Q3 对处理结果是否满意？ 评分§{N.score}\n")
    put(b, s, "Q4 其他意见§" + rng.choice((
        "我家{R.flat}窗户正对着{S.short}的烟囱，" + rng.choice(SAYS),
        "{B.ref}知道是我举报的，到{R.compound}门口堵我，你们是不是泄露了",
        "现在晚上还有味，" + rng.choice(SAYS))) + "。\n")
    put(b, s, "回访结论§" + rng.choice(("不满意，重新交办{A.name}", "基本满意，办结")) + "\n")


def sms_log(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "短信下发记录（{N.h12369}举报平台 短信网关）\n发送时间¦接收号码¦模板¦内容¦状态\n")
    put(b, s, "{N.stamp}¦{R.mobile_plain}¦受理回执¦尊敬的" + rng.choice(("{R.honor}", "{R.name}")) +
        "，您反映的{S.short}问题已受理，编号{N.caseno}。¦" + rng.choice(("成功", "失败（空号/停机）")) + "\n")
    put(b, s, "{N.stamp}¦{K.mobile_plain}¦受理回执（改发）¦应来电人要求改发其{K.kinword}{K.name}手机。¦成功\n")
    put(b, s, "{N.stamp}¦{O.mobile_plain}¦派单提醒¦【{A.name}】新交办件：{S.name}，{S.addr}，请于{N.within}内办结。¦成功\n")
    put(b, s, "{N.stamp}¦{R.mobile_plain}¦办结通知¦您反映的问题已办结：" + rng.choice(PLAIN_FOUND) + "。如有疑问请拨打{A.tel}。¦成功\n")
    if rng.random() < 0.5:
        put(b, s, "{N.stamp}¦{R.mobile_plain}¦上行回复¦" + rng.choice(("不满意，厂子还在偷排，" + rng.choice(REACH), "收到，谢谢。我是{R.name}")) + "¦已接收\n")
    put(b, s, "导出人§{D.name}  导出时间§{N.stamp}\n")


LAYOUTS = (asr_transcript, repeat_sheet, satisfaction, sms_log)


def build(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
