"""Transfers, four layouts: an inspection team's transfer list (序号 / 受理编号 / 交办问题 /
行政区域 / 污染类型 / 举报人), several complaints and reporters in one table; a 信访事项转送单
form; the handling agency's 办理情况反馈表 that reports the callback to the reporter; an
internal e-mail forwarding the reporter's own e-mail below ``原始邮件``."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FACTS, PROBLEMS, SAYS, Unseen3Slots, layout, named, pick_some, put

TYPES = ("大气", "水", "噪声", "土壤", "固废", "大气,噪声", "水,大气", "其他")
ROW_FACTS = PROBLEMS + (
    "生产时异味扰民，晚上尤其严重",
    "{S.short}露天喷漆，周边居民反映气味刺鼻",
    "违规倾倒建筑垃圾和工业固废",
)


def inspection_list(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """One row per complaint; each row has its own reported enterprise and reporter."""
    put(b, s, rng.choice(("{A.team}{N.batch}交办群众信访举报件清单\n", "{A.team}转办问题清单（{N.date}）\n",
                          "群众信访举报转办件（{N.batch}）\n")))
    put(b, s, rng.choice(("（内部资料，举报人信息严格保密）\n", "")))
    sep = rng.choice(("\t", " | "))
    put(b, s, sep.join(("序号", "受理编号", "交办问题基本情况", "行政区域", "污染类型", "举报人及联系方式", "调度等级")) + "\n")
    n = s.rows(rng.randint(2, 4))
    for i in range(n):
        with s.row(i):
            text = rng.choice(("群众反映", "")) + named(rng, ROW_FACTS, 1, 2, "；") + "。"
            who = rng.choice(("{R.name}/{R.mobile}", "{R.name} {R.mobile_typed}", "匿名/{R.mobile}", "匿名",
                              "{R.name}（要求保密）"))
            cells = (str(i + 1), "{N.accept}", text, "{S.city}{S.district}", rng.choice(TYPES), who,
                     rng.choice(("一般", "重点", "重点")))
            put(b, s, sep.join(cells) + "\n")
    put(b, s, rng.choice(("联络人§{G.name}    电话§{A.tel_ext}\n", "督察组联络员§{G.name}，{G.mobile}\n")))


def petition_transfer(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """信访事项转送单: the petitioner block, the matter, the sending office."""
    put(b, s, "信访事项转送单\n")
    put(b, s, "{N.caseno}\n")
    put(b, s, "{A.name}：\n")
    put(b, s, "    现将{R.name}反映{S.name}环境污染问题的信访事项转送你单位，请依照《信访工作条例》办理，"
              "并于{N.within}将办理结果告知信访人。\n")
    put(b, s, "信访人§{R.name}    性别§{R.gender}    证件号码§{R.id}\n")
    put(b, s, rng.choice(("联系电话§{R.mobile}    住址§{R.home}\n", "联系电话§{R.mobile}    住址§{R.place}\n",
                          "联系电话§{R.mobile}\n住址§{R.district}\t{R.home_cells}\n",
                          "联系电话§{R.tel}／{R.mobile}    工作单位§{W.name}\n")))
    put(b, s, rng.choice(("信访形式§来信    人数§1\n", "信访形式§网上信访    人数§1\n",
                          "信访形式§来访    人数§2（{R.name}、{J.name}，{J.mobile}）\n")))
    put(b, s, "信访事项§" + "；".join(pick_some(rng, FACTS, 2, 3)) + "。")
    put(b, s, rng.choice(("信访人要求对其身份保密。", "信访人称已向{V.post}反映过，无果。", "")) + "\n")
    put(b, s, "转送机关§{A.petition}\n经办人§{G.name}    联系电话§{G.tel_ext}\n转送日期§{N.date}\n")


def feedback(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """办理情况反馈表: what was found, what was done, and how the reporter was called back."""
    put(b, s, rng.choice(("群众信访举报件办理情况反馈表\n", "交办件办理结果报告\n", "转办件查处情况反馈单\n")))
    put(b, s, "受理编号§{N.accept}\n")
    put(b, s, "交办问题§群众反映" + named(rng, PROBLEMS, 1, 2) + "。\n")
    put(b, s, "行政区域§{S.city}{S.district}    污染类型§" + rng.choice(TYPES) + "\n")
    put(b, s, "调查核实情况§{N.date}，{A.name}执法人员{O.name}、{G.name}对{S.name}进行现场检查，")
    put(b, s, rng.choice(("企业法定代表人{B.name}在场。", "企业环保专员{E.name}陪同检查。", "企业负责人{B.ref}在场。")))
    put(b, s, rng.choice(("现场发现企业废气处理设施未运行，", "现场发现雨水排口有黄色积水，采样检测{N.reading}，",
                          "检查时企业处于停产状态，")))
    put(b, s, rng.choice(("与群众反映情况一致。\n", "群众反映问题部分属实。\n", "未发现群众反映的问题。\n")))
    put(b, s, "是否属实§" + rng.choice(("属实", "部分属实", "不属实")) + "\n")
    put(b, s, rng.choice(("处理和整改情况§责令立即改正，拟处罚款{N.money}，已立案（{N.caseno}）。\n",
                          "处理和整改情况§责令企业限期整改，{N.within}完成。\n")))
    put(b, s, "回访情况§" + rng.choice((
        "已于{N.date}电话回访举报人{R.ref}（尾号{R.mobile_tail}），举报人对处理结果表示认可。",
        "已回访举报人{R.name}（{R.mobile}），其称近期夜间仍有异味，我局将持续跟踪。",
        "举报人为匿名，留有电话{R.mobile}，回访时无人接听。",
        "已到{R.place}入户回访举报人，举报人表示满意。",
    )) + "\n")
    put(b, s, "责任人被处理情况§" + rng.choice(("无", "对企业负责人{B.name}进行约谈", "无")) + "\n")
    put(b, s, "填报单位§{A.name}    填报人§{O.name}    联系电话§{A.tel_ext}\n")


def forwarded_mail(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """An internal forward: the officer's note on top, the reporter's e-mail below."""
    put(b, s, "发件人: {O.name} <{A.mail}>\n发送时间: {N.datetime}\n收件人: {A.mail}\n")
    put(b, s, "主题: 转发：" + rng.choice(("{N.h12369}网络举报 {N.caseno}", "举报{S.short}", "群众来信，请核查")) + "\n\n")
    put(b, s, rng.choice(("{G.post}：\n", "{A.dept}：\n", "各位：\n")))
    put(b, s, rng.choice(("    转给你们，请按程序核查，举报人信息注意保密，不要转给企业。\n",
                          "    请于{N.within}核查反馈。企业联系人{B.name}，{B.mobile}。\n")))
    put(b, s, "{O.name}\n{A.name}  {A.tel_ext}\n\n")
    put(b, s, "-------- 原始邮件 --------\n")
    put(b, s, rng.choice(('发件人: "{R.nick}" <{R.email}>\n', "发件人: {R.email}\n", '发件人: "{R.name}" <{R.email}>\n')))
    put(b, s, "发送时间: {N.datetime}\n收件人: {A.mail}\n")
    put(b, s, "主题: " + rng.choice(("举报{S.short}", "关于{S.name}的污染问题", "环境污染举报")) + "\n\n")
    put(b, s, rng.choice(("领导好：\n", "你好，\n", "")))
    put(b, s, "    " + "。".join(pick_some(rng, SAYS, 2, 3)) + "。\n")
    put(b, s, rng.choice(("    我叫{R.name}，电话{R.mobile}，住{R.place}。\n", "    有需要可以回这个邮箱，或者打{R.mobile}。\n",
                          "    我不方便留电话，请回邮件。\n")))
    put(b, s, rng.choice(("{R.name}\n", "一个关心环境的居民\n", "")))


LAYOUTS = (inspection_list, petition_transfer, feedback, forwarded_mail)


def build(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
