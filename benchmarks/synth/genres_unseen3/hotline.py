"""Hotline records, four layouts: a 12345 city-service work order (工单) that carries an
environmental complaint, a 12369 record of an anonymous caller who still leaves a number,
a duty officer's note of a call from an employee of the polluting plant, and a 12345
callback record (回访) that quotes the agency's reply."""

from __future__ import annotations

import random

from ..render import Builder
from .common import INSIDE, PROBLEMS, SAYS, Unseen3Slots, farm_story, layout, named, pick_some, put

CLASSES = ("生态环境>大气污染", "生态环境>水污染", "生态环境>噪声污染", "城市管理>环境卫生>异味扰民",
           "生态环境>固体废物", "环境保护/工业企业排污")


def _reported(rng: random.Random, texts: list[str]) -> str:
    """A caller's words as an operator writes them down: 称/表示/另称."""
    out = []
    for i, t in enumerate(texts):
        out.append(("市民称" if i == 0 else rng.choice(("并称", "另称", "还表示", "", ""))) + t)
    return "，".join(out) + "。"


def work_order(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """12345 工单: the caller's block, the complaint as the operator typed it, the dispatch."""
    put(b, s, rng.choice(("{A.city}{N.h12345}政务服务便民热线\n工单（转办）\n", "{N.h12345}热线工单\n",
                          "{A.city}市民热线服务中心 工单详情\n")))
    put(b, s, "工单编号§{N.gd}    受理渠道§电话    来电时间§{N.datetime}\n")
    put(b, s, rng.choice(("主叫号码§{R.mobile_plain}    ", "来电号码§{R.mobile_plain}    ", "主叫号码§{R.tel}    ")))
    put(b, s, rng.choice(("联系电话§{R.mobile_typed}\n", "联系电话§同来电号码\n",
                          "联系电话§{K.mobile_typed}（市民留的是其{K.rel}的手机）\n")))
    put(b, s, rng.choice(("市民姓名§{R.name}    性别§{R.gender}\n", "市民姓名§{R.ref}\n",
                          "市民姓名§{R.name}\n", "市民姓名§未提供    性别§{R.gender}\n")))
    put(b, s, "诉求类型§投诉    问题分类§" + rng.choice(CLASSES) + "\n")
    farm = rng.random() < 0.25
    if farm:
        put(b, s, rng.choice(("诉求地址§{S.farm_addr}\n", "事发地点§{S.farm_place}\n")))
    else:
        put(b, s, rng.choice(("诉求地址§{S.addr}\n", "事发地点§{S.addr}附近\n", "诉求地址§{S.place}\n")))
    if farm:
        put(b, s, rng.choice(("诉求标题§反映村内个人养殖场粪污直排\n", "诉求标题§投诉{B.name}养猪场污染\n")))
        put(b, s, "诉求内容§" + _reported(rng, farm_story(rng, 2, 4)))
    else:
        put(b, s, rng.choice(("诉求标题§反映{S.short}夜间排放刺鼻气体\n", "诉求标题§反映{S.name}偷排废水\n",
                              "诉求标题§投诉{S.short}噪声扰民\n")))
        put(b, s, "诉求内容§" + _reported(rng, pick_some(rng, SAYS, 2, 4)))
    put(b, s, rng.choice(("市民家住{R.place}，", "市民称其在{W.name}工作，每天上下班路过该处，", "",
                          "市民称此前已拨打{N.h110}，民警让其向环保部门反映，",
                          "市民称与其同村的{T.name}也多次反映过，")))
    put(b, s, rng.choice(("要求相关部门尽快查处并回复。\n", "要求对其个人信息保密，处理结果电话告知。\n",
                          "市民情绪激动，称已是第{N.num}次反映。\n")))
    put(b, s, "承办单位§{A.name}    办理时限§{N.within}\n")
    put(b, s, rng.choice(("派单意见§请按“接诉即办”要求核实处理，并在时限内答复市民。\n",
                          "派单意见§请核查处置，注意为来电人保密，勿将来电号码告知被反映企业。\n")))
    put(b, s, rng.choice(("话务员§{O.name}（工号" + str(rng.randint(1001, 1999)) + "）\n", "受理人§{O.name}\n")))


def anonymous(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """A caller who will not give a name but leaves a number for the callback."""
    put(b, s, rng.choice(("{N.h12369}环保举报热线受理记录\n", "{A.name}举报电话受理单\n",
                          "{N.h12369}来电登记（匿名）\n")))
    put(b, s, "受理编号§{N.caseno}    受理方式§电话    受理时间§{N.datetime}\n")
    put(b, s, rng.choice(("举报人§匿名（不愿透露姓名）\n", "举报人姓名§（匿名）\n", "举报人§未留姓名\n")))
    put(b, s, rng.choice(("回访电话§{R.mobile}\n", "联系方式§{R.mobile}（仅用于回访，不得外泄）\n",
                          "回访电话§{K.mobile}（来电人说是其{K.rel}的号码）\n", "联系方式§{R.tel}\n")))
    put(b, s, rng.choice(("被举报对象§{S.name}\n", "举报对象§{S.name}\n", "被举报对象§{S.short}（全称不详）\n")))
    put(b, s, rng.choice(("所在区县§{S.district}\n", "所在位置§{S.addr}\n", "")))
    put(b, s, "举报内容§来电人不愿透露姓名，反映")
    put(b, s, "；".join(pick_some(rng, SAYS, 2, 3)) + "。")
    put(b, s, rng.choice(("来电人只说自己住在附近的{R.place}。", "来电人说自己是附近的住户。",
                          "来电人称村里的{V.post}也知道这个情况。", "")))
    put(b, s, "\n")
    put(b, s, rng.choice(("举报人诉求§查处，结果短信告知；不公开身份。\n", "举报人诉求§尽快处理。\n",
                          "备注§来电人反复强调不要说是谁打的电话。\n")))
    put(b, s, rng.choice(("受理人§{O.name}\n", "受理人§{O.name}    审核§{G.name}\n")))


def insider(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """A duty note: the caller works at the plant he reports (its name stays, his goes)."""
    put(b, s, rng.choice(("{A.name}环境信访来电摘要\n", "值班来电记录\n", "{N.h12369}热线值班记录\n")))
    put(b, s, rng.choice((
        "{N.date} {N.time}，接到{S.name}一名职工来电（来电号码{R.mobile}）。来电人自称姓{R.surname}，",
        "{N.datetime}，{S.short}员工{R.name}来电，手机{R.mobile}，",
        "{N.date} {N.time}接群众来电，来电人{R.name}（{R.gender}，约{R.age}），电话{R.mobile}，系被反映企业{S.name}职工，",
    )))
    put(b, s, rng.choice(("在该厂生产车间上夜班。", "在厂里干了" + str(rng.randint(2, 9)) + "年。", "在厂里开叉车。")))
    put(b, s, "来电人反映：")
    put(b, s, "；".join(pick_some(rng, INSIDE, 2, 4)) + "。")
    if rng.random() < 0.5:
        put(b, s, rng.choice(("来电人称厂址在{S.addr}。", "来电人称企业负责人为{B.name}，电话{B.mobile}。",
                              "来电人称厂里的座机是{S.tel}。")))
    put(b, s, "\n")
    put(b, s, rng.choice(("来电人特别要求：千万不能让厂里知道是谁反映的，核查时不要提车间和班组。\n",
                          "来电人要求严格保密，如需补充材料可打其手机，下班后（{N.time}以后）方便接听。\n",
                          "来电人要求保密，另留了其{H.rel}{H.name}的电话{H.mobile}，说自己的手机厂里可能会查。\n")))
    put(b, s, rng.choice(("值班人员§{O.name}    值班电话§{A.tel}\n", "记录人§{O.name}\n")))
    put(b, s, rng.choice(("领导批示§请{A.dept}安排暗查，注意保护来电人。{G.post}  {N.date}\n",
                          "拟办§转{A.dept}核查，{N.within}反馈。\n", "")))


def callback(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """12345 回访: who was called back, what the agency answered, what the caller said."""
    put(b, s, rng.choice(("{N.h12345}热线工单回访记录\n", "{A.city}{N.h12345}回访单\n", "工单回访情况\n")))
    put(b, s, "工单编号§{N.gd}\n")
    put(b, s, rng.choice(("原诉求人§{R.name}    回访号码§{R.mobile}\n", "诉求人§{R.ref}    回访电话§{R.mobile}\n",
                          "诉求人§{R.name}（{R.place}）    联系电话§{R.mobile}\n")))
    put(b, s, "原诉求摘要§" + named(rng, PROBLEMS, 1, 2) + "。\n")
    put(b, s, "承办单位答复§")
    put(b, s, rng.choice((
        "经{A.name}执法人员{O.name}、{G.name}于{N.date}现场检查，{S.short}",
        "{A.dept}接单后于{N.date}赴现场核查，{S.name}",
        "经核查，{S.name}（负责人{B.name}）",
    )))
    put(b, s, rng.choice(("存在废气收集设施未正常运行的问题，已责令立即整改，并立案调查。",
                          "当日未生产，未发现异常排放，已要求企业规范管理。",
                          "存在原料露天堆放问题，已责令苫盖，企业已整改完毕。")))
    put(b, s, rng.choice(("联系人§{O.name}，电话§{A.tel}。\n", "\n")))
    put(b, s, "回访时间§{N.datetime}    回访方式§电话\n")
    put(b, s, "回访情况§")
    put(b, s, rng.choice((
        "电话接通，{R.ref}表示对处理结果不满意，称{N.date}晚上还闻到很重的味道，认为企业没有真正整改。",
        "电话接通，市民表示基本满意，但希望加强夜间巡查。",
        "拨打{R.mobile}无人接听，改拨其留的备用号码{K.mobile}，接电话的是其{K.rel}，称会转告。",
        "市民称其住在{R.place}，离厂子就{N.dist}，现在白天好点，夜里照旧。",
    )))
    put(b, s, "\n满意度§" + rng.choice(("不满意", "基本满意", "满意", "未表态")) + "\n")
    put(b, s, rng.choice(("回访人§{G.name}\n", "回访人§{G.name}    复核§{O.name}\n")))
    put(b, s, rng.choice(("处理§重新派单至{A.name}，要求{N.within}再次核查。\n", "处理§办结。\n", "")))


LAYOUTS = (work_order, anonymous, insider, callback)


def build(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
