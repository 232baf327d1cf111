"""Transfers, four layouts: an 执法任务派遣单 (inspectors with 执法证号 and mobiles; the
reporter who will show the way, with mobile and meeting point; the plant) | a transfer to the
plant's parent group for self-investigation (the group and its 安环部 contact are the plant's
side; the original letter copied below, written by an employee of the plant) | a town's draft
reply with Word comments and tracked changes (the clerk wrote the reporter in; the section
chief's comment asks to delete it; deleted text kept as [删除：…]) | a 人大代表联络站 转办单 (the
deputy who received the constituent and the deputy's mobile; the constituent's name, home
and mobile; the station's officer)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FOUND, SAYS, Unseen13Slots, few, layout, put


def dispatch(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}\n执法任务派遣单  {N.docno}\n")
    put(b, s, "任务来源§{N.h12369}举报（线索编号{N.clue}）\n检查对象§{S.name}  地址§{S.addr}\n")
    put(b, s, "执法人员§{O.name}（执法证号{N.badge}，手机{O.mobile}）、{G.name}（执法证号{N.badge}，手机{G.mobile}）\n")
    put(b, s, "带队领导§{D.name}  值班手机§{A.mobile}\n")
    put(b, s, "出发时间§{N.datetime}\n")
    put(b, s, "举报人配合§举报人{R.name}（{R.mobile}）同意带路，约定在" + rng.choice(("{R.compound}门口", "村口小卖部", "厂区东侧路口")) +
        "会合；到场后举报人不进厂、不下车。\n")
    put(b, s, "检查要点§" + "；".join(few(rng, SAYS, 1, 2)) + "。\n")
    put(b, s, "保密提示§派遣单不得带入企业，不得在企业人员面前通话举报人。\n")


def parent_group(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}\n关于转请{S.group}核查所属企业环境问题的函\n{N.docno}\n\n")
    put(b, s, "{S.group}：\n")
    put(b, s, "我局收到反映你集团所属{S.name}的来信，现转去，请督促企业自查自纠，于{N.within}内将核查情况报我局。"
        "联系人{O.name}，电话{A.tel}。\n")
    put(b, s, "贵集团安环部联系人§{E.name}  手机§{E.mobile}\n\n{A.name}\n{N.date}\n\n")
    put(b, s, "附：来信（复印件）\n")
    put(b, s, "我是{S.short}" + rng.choice(("污水站", "二车间", "仓库", "化验室")) + "的职工{R.name}，" + rng.choice(("干了八年", "进厂三年", "临时工")) + "。"
        + "；".join(few(rng, SAYS, 1, 2)) + "。厂长{B.name}不让说。我的电话{R.mobile}，"
        "身份证{R.id}。我怕被开除，求你们别把信给厂里。\n")
    put(b, s, "（复印件经办人批注：原信转集团前应遮盖来信人信息——{D.name}）\n")


def draft_comments(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "{A.town}关于{N.caseno}号转办件的办理情况报告（送审稿·修订模式）\n\n")
    put(b, s, "{A.name}：\n")
    put(b, s, "你局转来" + rng.choice(("[删除：{R.name}（{R.mobile}）]", "[删除：{R.compound}居民{R.name}]")) +
        "[插入：群众]反映{S.name}的问题收悉。我镇于{N.date}会同{A.name}执法人员到现场核查，" + "；".join(few(rng, FOUND, 1, 2)) + "。\n")
    put(b, s, "经与反映人" + rng.choice(("[删除：{R.honor}]", "[删除：{R.name}]")) + "电话沟通，其对处理结果表示" + rng.choice(("满意", "基本满意", "不满意")) + "。\n")
    put(b, s, "[批注1 {D.name} {N.stamp}]：报告要抄送企业，反映人姓名、电话全部删掉，只写“群众”。\n")
    put(b, s, "[批注2 {O.name} {N.stamp}]：已改。另：" + rng.choice(("企业负责人{B.name}（{B.mobile}）已签字确认整改。",
                                                             "原稿附件二是反映人身份证{R.id_mask}复印件，已撤下。",
                                                             "回访电话记录里有{R.mobile_tail}尾号，已删。")) + "\n")
    put(b, s, "\n{A.town}\n{N.date}\n")


def deputy(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "{A.station}\n群众意见转办单  {N.docno}\n")
    put(b, s, "接待日期§{N.date}  接待代表§{L.name}（区人大代表）  代表手机§{L.mobile}\n")
    put(b, s, "反映人§{R.name}  性别§{R.gender}  住址§{R.home}  电话§{R.mobile}\n")
    if rng.random() < 0.5:
        put(b, s, "同来§{J.name}（{J.flat}，{J.mobile}）\n")
    put(b, s, "反映内容§" + "；".join(few(rng, SAYS, 2, 3)) + "。\n")
    put(b, s, "代表意见§情况属实，附近居民意见大，建议{A.name}依法查处，并向反映人反馈。\n")
    put(b, s, "转办单位§{A.name}  联络站经办§{D.name}（{D.mobile}）\n")
    put(b, s, "办理要求§{N.within}内书面答复联络站，由联络站告知代表和反映人；不得向企业提供反映人信息。\n")


LAYOUTS = (dispatch, parent_group, draft_comments, deputy)


def build(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
