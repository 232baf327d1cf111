"""Published texts, four layouts: a 群众信访举报转办和边督边改公开情况一览表 whose rows are
often about natural persons (a 个体 workshop keeper, a 包工头); a 行政处罚决定书 against an
individual (当事人 with ID, home, mobile); a 回复公开 where a clerk left the reporter's name and
phone tail in the published reply; a 办结公示 table with masked reporters (and one a clerk
forgot to mask)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import PROBLEMS, WRONGS, Unseen4Slots, layout, pick_some, put


def inspection_table(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "{A.team}\n群众信访举报转办和边督边改公开情况一览表（{N.batch}）\n")
    put(b, s, "序号\t受理编号\t交办问题基本情况\t行政区域\t污染类型\t调查核实情况\t是否属实\t处理和整改情况\t责任追究情况\n")
    for i in range(rng.randint(2, 4)):
        with s.row(i):
            kind = rng.random()
            put(b, s, f"{i + 1}\t" + "{N.accept}\t")
            if kind < 0.4:
                put(b, s, "群众反映{S.district}" + rng.choice(("个体经营者", "村民", "废品站经营者")) +
                          "{B.name}在{S.addr}私设作坊，" + rng.choice(("熔炼废铝产生刺鼻气味", "焚烧电缆皮", "加工塑料颗粒废水直排")) + "。")
                put(b, s, "\t{S.district}\t大气\t经查，反映问题属实，该作坊由{B.name}（{B.gender}，{B.age}）经营，无任何环保手续。")
                put(b, s, "\t属实\t已责令{B.ref}停止违法行为，设备已拆除。\t对{B.name}立案处罚，罚款{N.money}。\n")
            elif kind < 0.6:
                put(b, s, "群众反映{S.project}夜间施工噪声扰民，渣土车未密闭。\t{S.district}\t噪声\t")
                put(b, s, "经查，该项目劳务分包负责人{F.name}组织夜间浇筑，未办理夜间施工许可。\t属实\t")
                put(b, s, "已责令停止夜间施工。\t对施工单位罚款{N.money}，约谈{F.ref}。\n")
            else:
                put(b, s, "群众反映{S.name}" + rng.choice(WRONGS) + "。")
                put(b, s, "\t{S.district}\t" + rng.choice(("大气", "水", "土壤", "固废")) + "\t经查，{S.short}位于{S.addr}，反映问题部分属实。")
                put(b, s, "\t部分属实\t已责令整改，{N.within}完成。\t" + rng.choice(("约谈企业法定代表人{B.name}。", "无。")) + "\n")
    put(b, s, "\n公开单位§{A.gov}    公开日期§{N.date}\n")


def penalty(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}\n行政处罚决定书\n{N.penalty}\n\n")
    put(b, s, "当事人§{B.name}\n性别§{B.gender}    年龄§{B.age}    民族§{B.ethnic}\n")
    put(b, s, "身份证号码§{B.id}\n住址§{B.home}\n联系电话§{B.mobile}\n")
    put(b, s, rng.choice(("经营场所§{S.addr}\n", "经营场所§{S.place}（无营业执照）\n")))
    put(b, s, "\n    {N.date}，我局执法人员根据群众举报，对你在{S.addr}从事" +
              rng.choice(("废塑料清洗加工", "废旧电瓶拆解", "露天喷漆", "石材切割")) + "的场所进行了现场检查，发现：")
    put(b, s, rng.choice(("你未办理环境影响评价手续擅自开工建设并投入生产，", "你将清洗废水通过暗管直接排入厂外沟渠，",
                          "你未采取任何污染防治措施，生产时产生大量粉尘，")) + "现场监测{N.reading}。\n")
    put(b, s, "    以上事实，有现场检查笔录、询问笔录（被询问人：{B.name}" + rng.choice(("", "、证人{Y.name}")) +
              "）、现场照片等证据为证。\n")
    put(b, s, "    我局于{N.date}向你送达了《行政处罚事先告知书》，你在法定期限内" +
              rng.choice(("未提出陈述申辩。", "提出了陈述申辩，称系初次违法，我局不予采纳。")) + "\n")
    put(b, s, "    依据有关规定，我局决定对你处以罚款{N.money}。\n")
    put(b, s, "    罚款应于{N.within}缴至指定银行。如不服本决定，可在收到本决定书之日起六十日内向{A.gov}申请行政复议，"
              "或者六个月内向人民法院提起行政诉讼。\n\n")
    put(b, s, "                              {A.name}\n                              {N.date}\n")
    put(b, s, "（执法人员：{O.name}、{G.name}    联系电话：{A.tel}）\n")


def reply(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}关于群众来信反映问题的回复（公开）\n")
    put(b, s, rng.choice(("{R.name}同志：\n", "{R.honor}：\n", "尊敬的{R.name}：\n")))
    put(b, s, "    您于{N.date}通过" + rng.choice(("{N.h12369}热线", "来信", "市长信箱")) +
              "反映的{S.name}" + rng.choice(("废气扰民", "偷排废水", "噪声扰民")) + "问题收悉。")
    put(b, s, rng.choice(("您留的电话尾号{R.mobile_tail}，我们已电话回复。", "", "您住的{R.place}离该企业较近，我们理解您的心情。")))
    put(b, s, "现将办理情况答复如下：\n")
    put(b, s, "    {N.date}，我局执法人员{O.name}、{G.name}对{S.name}进行现场检查，" +
              "，".join(pick_some(rng, PROBLEMS, 1, 2)).replace("{S.name}（地址：{S.addr}）", "该企业") + "。")
    put(b, s, "我局已责令该企业立即改正，并处罚款{N.money}。企业负责人{B.name}表示将于{N.within}完成整改。\n")
    put(b, s, "    感谢您对生态环境保护工作的关心和支持！如对答复不满意，可于收到本答复之日起30日内向{A.parent}申请复查。\n")
    put(b, s, "\n                              {A.name}\n                              {N.date}\n")


def closed(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}环境信访举报件办结公示（{N.batch}）\n")
    put(b, s, "序号\t举报时间\t举报人\t联系方式\t被举报对象\t办理结果\t办结时间\n")
    forgot = rng.randrange(6)
    for i in range(rng.randint(2, 5)):
        with s.row(i):
            who = "{R.name}\t{R.mobile}" if i == forgot else rng.choice(("{R.masked_name}\t{R.masked_mobile}",
                                                                         "{R.masked_name}\t—", "匿名\t—"))
            put(b, s, f"{i + 1}\t" + "{N.date}\t" + who + "\t{S.name}\t")
            put(b, s, rng.choice(("属实，已立案处罚", "部分属实，已责令整改", "不属实", "已转{A.town}处理")) + "\t{N.date}\n")
    put(b, s, "\n公示期§{N.within}    监督电话§{A.tel}\n")


LAYOUTS = (inspection_table, penalty, reply, closed)


def build(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
