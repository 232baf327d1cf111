"""Published texts, four layouts: a 领导留言板 post with the agency's public reply; the
inspection campaign's public table (边督边改: 受理编号 / 交办问题 / 调查核实情况 / 是否属实 /
处理和整改情况), one row per complaint; a 信访事项受理告知书 or 不予受理告知书 as posted; a
责令改正违法行为决定书 whose 当事人 is often a natural person (an individual farm)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import PROBLEMS, SAYS, Unseen3Slots, layout, named, pick_some, put

ROW_FACTS = PROBLEMS


def message_board(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """A citizen's post on the leaders' message board and the agency's published reply."""
    put(b, s, rng.choice(("领导留言板 · {A.city}\n", "{A.city}领导留言板  留言详情\n", "网民留言办理公开（{A.url}）\n")))
    put(b, s, "留言对象§{A.city}" + rng.choice(("委书记", "长", "生态环境局局长")) + "\n")
    put(b, s, rng.choice(("留言标题§{S.short}污染严重，什么时候能管？\n", "留言标题§{S.place}一带晚上空气刺鼻\n",
                          "留言标题§投诉{S.name}\n")))
    put(b, s, "类型§投诉    领域§环保\n")
    put(b, s, rng.choice(("网友§{R.nick}    ", "留言人§{R.nick}    ", "网友§{R.masked_name}    ")))
    put(b, s, "留言时间§{N.datetime}\n留言内容§")
    put(b, s, "，".join(pick_some(rng, SAYS, 2, 3)) + "。")
    put(b, s, rng.choice(("我是{R.place}的住户。", "我家在{R.place}，电话{R.mobile}，可以随时来找我。",
                          "我在{W.name}上班，每天都要从那里过。", "")))
    put(b, s, "\n----------------------------------\n")
    put(b, s, "办理单位§{A.name}    回复时间§{N.date}\n回复内容§")
    put(b, s, rng.choice(("网友您好！", "尊敬的网友：")))
    put(b, s, "您反映的问题收悉。经{A.name}执法人员现场核查，")
    put(b, s, rng.choice(("{S.name}（位于{S.addr}）存在废气收集不到位的问题，已责令整改，并依法立案查处。",
                          "{S.short}当日处于停产状态，未发现异常排放，我局将加强夜间巡查。",
                          "{S.name}存在原料堆场未苫盖问题，企业已于{N.date}整改完毕。")))
    put(b, s, rng.choice(("如有疑问，请联系{A.dept}，电话{A.tel}。", "联系人：{O.name}，电话：{A.tel}。",
                          "如发现环境违法行为，可拨打{N.h12369}举报。")))
    put(b, s, "感谢您对生态环境保护工作的关心和支持！\n")


def campaign_table(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """边督边改 public table: what was complained of, what was found, what was done."""
    put(b, s, rng.choice(("{A.team}交办群众信访举报件边督边改公开情况一览表（{N.batch}）\n",
                          "{A.city}关于{A.team}{N.batch}交办件办理情况的公示\n")))
    cols = ("序号", "受理编号", "交办问题基本情况", "行政区域", "污染类型", "调查核实情况", "是否属实",
            "处理和整改情况", "责任人被处理情况")
    sep = rng.choice(("\t", " | "))
    put(b, s, sep.join(cols) + "\n")
    for i in range(s.rows(rng.randint(1, 3))):
        with s.row(i):
            asked = rng.choice(("群众反映", "")) + named(rng, ROW_FACTS, 1, 2) + "。"
            if rng.random() < 0.3:
                asked += rng.choice(("举报人家住{R.place}。", "来信人{R.masked_name}要求查处。"))
            found = rng.choice((
                "{N.date}，{A.name}组织执法人员对{S.name}进行现场检查，企业法定代表人{B.name}在场，发现废气处理设施未正常运行。",
                "经现场核查，{S.short}位于{S.addr}，检查时未生产，原料堆场已苫盖。",
                "经查，该企业雨水排口有积水，采样检测{N.reading}，存在超标排放问题。",
            ))
            true = rng.choice(("属实", "部分属实", "不属实"))
            done = rng.choice(("责令改正，罚款{N.money}，已立案查处。", "责令企业立即整改，已整改完毕。",
                               "已约谈企业负责人{B.ref}，责令限期整改。", "无"))
            who = rng.choice(("无", "无", "对{S.district}生态环境分局相关责任人进行约谈。"))
            cells = (str(i + 1), "{N.accept}", asked, "{S.city}{S.district}", rng.choice(("大气", "水", "噪声", "土壤")),
                     found, true, done, who)
            put(b, s, sep.join(cells) + "\n")
    put(b, s, "{A.gov}\n{N.date}\n")


def petition_notice(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """受理告知书 / 不予受理告知书, as posted: addressed to the petitioner by name."""
    accept = rng.random() < 0.6
    put(b, s, "信访事项受理告知书\n" if accept else "信访事项不予受理告知书\n")
    put(b, s, "{N.doc_accept}\n" if accept else "{N.doc_reject}\n")
    put(b, s, rng.choice(("{R.name}：\n", "{R.masked_name}：\n", "{R.name}、{J.name}：\n")))
    put(b, s, "    你于{N.date}通过" + rng.choice(("来信", "网上信访", "{N.h12345}热线", "走访")) + "提出的关于")
    put(b, s, rng.choice(("{S.name}", "{S.short}")) + rng.choice(("废气扰民", "废水直排", "噪声扰民", "夜间偷排")) if rng.random() < 0.7
        else "{S.farm}粪污直排")
    put(b, s, "的信访事项收悉。")
    if accept:
        put(b, s, "经审查，该事项属于本机关职权范围，根据《信访工作条例》规定，决定予以受理。"
                  "我机关将在{N.within}作出处理意见，并书面答复你。\n")
    else:
        put(b, s, rng.choice(("经审查，你反映的问题已由{A.name}依法处理并作出答复（{N.caseno}），",
                              "经审查，你反映的事项属于民事纠纷，")))
        put(b, s, "根据《信访工作条例》规定，本机关不予受理。\n")
    put(b, s, rng.choice(("    特此告知。\n", "    特此告知。如对本告知有异议，可向{A.gov}提出。\n")))
    put(b, s, rng.choice(("    联系人：{O.name}    联系电话：{A.tel}\n", "    联系电话：{A.tel_ext}\n")))
    put(b, s, "                                {A.name}\n                                {N.date}\n")
    put(b, s, rng.choice(("送达地址：{R.home}\n", "", "抄送：{A.dept}\n")))


def order(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """责令改正违法行为决定书, published; the party is an individual or an enterprise."""
    person = rng.random() < 0.55
    put(b, s, "{A.name}\n责令改正违法行为决定书\n{N.doc_order}\n")
    if person:
        put(b, s, "当事人§{B.name}\n")
        for line in pick_some(rng, ("身份证号码§{B.id}\n", "住址§{B.home}\n", "联系电话§{B.mobile}\n"), 2, 3):
            put(b, s, line)
        put(b, s, "经营场所§{S.farm}（{S.farm_addr}）\n")
    else:
        put(b, s, "当事人§{S.name}\n统一社会信用代码§{S.uscc}\n法定代表人§{B.name}\n地址§{S.addr}\n")
    put(b, s, "    {N.date}，我局接到" + rng.choice(("群众举报", "{N.h12369}热线转办的群众举报", "{R.place}群众举报")) + "，")
    if person:
        put(b, s, "反映{S.farm}养殖废水直排。经现场检查，你未建设配套的粪污贮存设施，养殖废水经沟渠直接排入外环境，现场存栏{S.species}{N.stock}。")
    else:
        put(b, s, "反映" + "，".join(pick_some(rng, ROW_FACTS, 1, 2)) + "。经现场检查，情况属实。")
    put(b, s, "\n    以上事实有现场检查（勘察）笔录、照片、")
    put(b, s, rng.choice(("询问笔录（被询问人{B.name}）", "证人{T.name}的证言", "调查询问笔录")))
    put(b, s, "等证据为证。\n")
    put(b, s, "    你" + ("" if person else "单位") + "的上述行为违反了环境保护法律法规的规定。我局责令你"
              + ("" if person else "单位") + "立即停止违法行为，并于{N.within}完成整改。\n")
    put(b, s, "    如不服本决定，可在收到本决定书之日起六十日内向{A.gov}申请行政复议，也可以在六个月内依法提起行政诉讼。\n")
    put(b, s, "                                {A.name}\n                                {N.date}\n")


LAYOUTS = (message_board, campaign_table, petition_notice, order)


def build(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
