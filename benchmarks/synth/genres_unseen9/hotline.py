"""Hotline records, four layouts: the log of an AI outbound callback robot (智能外呼回访: the
number dialled, the speech-recognised answer in which the caller names their compound and
surname, or a relative answers; a hand-over to a human agent) | a call-detail export pasted
from the switch (tab-separated rows: caller number, seat, seconds, recording file named after
the caller's mobile; a row from the plant's landline, a row from a relative's mobile; the QA
note under it) | a call from a food-delivery rider who delivered to the plant (his station as
workplace, rider number, the plant employee who ordered with the phone tail from the order)
| a bilingual record of a call from abroad (a student or migrant calling about the family's
home: pinyin title, passport, e-mail, WeChat; the family member's mobile)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import BARE, TALK, Unseen9Slots, layout, put, some


def ai_callback(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "智能外呼回访任务明细\n任务名称§{N.h12369}办结件满意度回访  批次§{N.date}\n")
    put(b, s, "工单编号§{N.ticket}  被反映单位§{S.name}\n")
    put(b, s, "外呼号码§" + rng.choice(("{R.mobile_mask}", "{R.mobile_head3}")) + "  外呼次数§第" + rng.choice("一二三") + "次\n")
    put(b, s, "拨号明细§[{N.hm}] 呼出 {R.mobile_plain} 接通\n")
    put(b, s, "对话记录（语音识别）：\n")
    put(b, s, "机器人：您好，这里是{N.h12369}回访中心，您之前反映的{S.short}的问题已经办结，请问您对处理结果满意吗？\n")
    if rng.random() < 0.45:
        put(b, s, "用户：喂？人不在家，我是{R.honor}的{H.rel}，你找{R.name}是吧，上班去了，在{W.name}，晚上才回\n")
        put(b, s, "机器人：好的，请问您方便转告吗？\n")
        put(b, s, "用户：你们那个厂子根本没停，" + rng.choice(TALK) + "，你让人给他打这个电话{H.mobile}也行\n")
    else:
        put(b, s, "用户：不满意。我是{R.compound}的，姓{R.surname}，" + rng.choice(TALK) + "\n")
        put(b, s, "机器人：抱歉，没听清，请您说满意或不满意。\n")
        put(b, s, "用户：不满意！转人工。\n")
    put(b, s, "系统§识别结果=不满意，转人工坐席{O.name}（{A.tel}）\n")
    put(b, s, "人工补录§" + rng.choice((
        "来电人称" + "；".join(some(rng, TALK, 1, 2)) + "，要求重新派单，住{R.home}。",
        "已向来电人解释，复核意见请{A.name}{D.name}于{N.within}内答复，来电人手机{R.mobile}。",
        "来电人{R.honor}情绪激动，称如再不处理将向{N.h12345}反映。")) + "\n")
    put(b, s, "回访得分§{N.score}\n")


def call_ledger(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "话务系统通话流水（导出） 日期§{N.date}\n")
    put(b, s, "序号¦主叫号码¦被叫¦坐席¦时长(秒)¦录音文件\n")
    put(b, s, "1¦{R.mobile_plain}¦{N.h12369}¦{O.name}¦{N.secs}¦{N.compact}_{R.mobile_plain}.wav\n")
    row2 = rng.choice((
        "2¦{S.tel_plain}¦{N.h12369}¦{D.name}¦{N.secs}¦{N.compact}_{S.tel_plain}.wav\n",
        "2¦{H.mobile_plain}¦{N.h12369}¦{D.name}¦{N.secs}¦{N.compact}_{H.mobile_plain}.wav\n"))
    put(b, s, row2)
    put(b, s, "3¦{T.mobile_plain}¦{N.h12369}¦{O.name}¦{N.secs}¦{N.compact}_{T.mobile_plain}.wav\n")
    put(b, s, "\n质检备注§\n1号来电人{R.name}反映" + "，".join(some(rng, TALK, 1, 2)) + "。")
    if "S.tel" in row2:
        put(b, s, "2号为{S.name}座机来电，对方自称{B.ref}，追问1号来电人是谁、住哪，坐席按规定未透露。")
    else:
        put(b, s, "2号系1号来电人的{H.rel}{H.name}补充反映，称" + rng.choice(BARE) + "。")
    put(b, s, "3号{T.name}咨询{N.hotline}，与本件无关。\n")
    put(b, s, "转派§{A.name}，联系人{D.name}，{A.tel}\n")


def rider(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "{N.h12369}来电登记\n来电时间§{N.stamp}\n")
    put(b, s, "来电人§{R.name}（" + rng.choice(("{R.gender}，{R.age}", "{R.gender}")) + "），外卖骑手，骑手编号{N.orderno}\n")
    put(b, s, "工作单位§{W.station}\n联系方式§" + rng.choice(("{R.mobile}", "{R.mobile_sp4}", "{R.mobile_dot}")) + "\n")
    put(b, s, "来电内容§来电人称今天中午给{S.name}送餐，订餐人是厂里的{E.honor}，订单上的手机尾号{E.mobile_tail}。"
        "送到厂门口时看到" + rng.choice(("后院的罐子往外冒白烟，呛得睁不开眼", "厂房后面的沟里流黑水，一股酸味",
                                    "几个工人把桶装的液体往地里倒")) + "。\n")
    put(b, s, "来电人称自己每天在这一片跑单，厂子在{S.addr}，" + rng.choice(TALK) + "。\n")
    put(b, s, "来电人要求§不要让站长知道，怕丢了这片的单；" + rng.choice((
        "回复可发短信。", "白天骑车接不了电话，晚上九点后可以回电。", "可以加微信{R.wechat}。", "QQ{R.qq}留言也行。")) + "\n")
    put(b, s, "受理人§{O.name}  派往§{A.name}\n")


def overseas(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    where = rng.choice(("Toronto, Canada", "Sydney, Australia", "Osaka, Japan", "Dubai, UAE", "Madrid, Spain"))
    put(b, s, "{N.h12369} International Call Record / 境外来电记录\nDate 日期§{N.date}   Agent 坐席§{O.name}\n")
    put(b, s, "Caller 来电人§{R.title_py}（{R.name}），calling from " + where + "\n")
    put(b, s, "Passport No. 护照号§{R.passport}\nEmail 邮箱§{R.email}\n")
    put(b, s, "Family address in China 家庭住址§{R.home}\n")
    put(b, s, "Summary 内容摘要§The caller says family living near {S.name} suffer from smoke and smell; "
        "来电人称家人住在老家，" + "，".join(some(rng, TALK, 1, 2)) + "。\n")
    put(b, s, "Family 家人§" + rng.choice(("{H.name}, mobile {H.mobile}", "{H.name}（{H.rel}），电话{H.mobile_plain}",
                                        "{H.rel} {H.name}, tel {H.tel}")) + "\n")
    put(b, s, "Reply by 回复方式§" + rng.choice(("WeChat {R.wechat}", "email only 仅邮件", "QQ {R.qq}",
                                              "WeChat {R.wechat}, or mobile {R.mobile_intl} (roaming)")) + "\n")
    put(b, s, "Note 备注§Caller asked that the family's names not be disclosed to the plant. "
        "已转{A.name}，联系人{D.name}（{A.tel}）。\n")


LAYOUTS = (ai_callback, call_ledger, rider, overseas)


def build(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
