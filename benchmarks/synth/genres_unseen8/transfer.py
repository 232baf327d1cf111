"""Internal transfer papers, four layouts: an OA 文件处理笺 (来文摘要 with the reporter's
name, phone and village, 拟办 and 批示 by officials, a flow log with their mobiles); a
保密审查表 filled before a case is passed on, listing each item removed together with the
value removed (name, phone, ID, home, workplace, a relative named in the letter), the kept
enterprise data; a 派车单 for a night inspection (the bureau's car plate and driver, the
reporter waiting at a landmark to show the way, with their phone); a 工作交接清单 of an
officer handing cases over (one row per case: each its own reporter and reported party,
notes on the reporter's habits and numbers)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import BARE, PERSONAL, TALK, Unseen8Slots, layout, put, some


def oa_sheet(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    put(b, s, "{A.parent}文件处理笺\n")
    put(b, s, "来文单位§" + rng.choice(("省生态环境厅信访办", "市信访局", "12369热线中心")) + "    来文编号§{N.docno}    收文日期§{N.date}\n")
    put(b, s, "来文摘要§群众{R.name}（" + rng.choice(("{R.mobile}", "{R.mobile_fwdash}", "{R.tel}")) + "，" +
        rng.choice(("住{R.place}", "{R.place}居民", "在{W.name}工作")) + "）反映{S.name}存在问题：" +
        "，".join(some(rng, BARE, 1, 2)) + "。" + rng.choice(TALK) + "。\n")
    put(b, s, "拟办意见§建议转{A.dept}核查，{N.within}内报结果。注意为举报人保密。  {O.name} {N.date}\n")
    put(b, s, "领导批示§" + rng.choice(("同意。请{G.surname}支队长安排。", "请{G.name}同志阅办，务必查实。",
                                   "阅。此件群众多次反映，要一查到底。")) + "  {D.name} {N.date}\n")
    put(b, s, "流转记录§\n节点 | 处理人 | 联系方式 | 时间\n")
    put(b, s, "登记 | {O.name} | {O.mobile} | {N.stamp}\n批示 | {D.name} | {A.tel} | {N.stamp}\n")
    put(b, s, "承办 | {G.name} | " + rng.choice(("{G.mobile}", "{A.mobile}")) + " | {N.stamp}\n")
    put(b, s, "办结情况§" + rng.choice(("经现场核查，" + rng.choice(BARE) + "，已责令整改。",
                                    "正在办理中。", "已电话反馈举报人{R.honor}，其表示满意。")) + "\n")


def secrecy_check(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    put(b, s, "举报件转办前保密审查表\n")
    put(b, s, "编号§{N.docno}    拟转办单位§" + rng.choice(("{A.town}", "{A.other}")) + "\n\n")
    put(b, s, "审查项目 | 原件内容 | 处理方式\n")
    put(b, s, "举报人姓名 | {R.name} | 删除\n")
    put(b, s, "联系电话 | " + rng.choice(("{R.mobile}", "{R.mobile}、{R.tel}", "{R.mobile_443}")) + " | 删除\n")
    put(b, s, rng.choice(("身份证号码 | {R.id} | 删除\n", "身份证号码 | 未提供 | —\n", "身份证号码 | {R.id_masked}（原件已打码） | 删除\n")))
    put(b, s, "住址 | " + rng.choice(("{R.home}", "{R.place}{R.flat_code}")) + " | 改为“附近居民”\n")
    put(b, s, "工作单位 | " + rng.choice(("{W.name}", "未提及")) + " | 删除\n")
    put(b, s, "其他可识别信息 | " + rng.choice((
        "原信称“我{H.rel}{H.name}天天从厂门口过”", "原信附有微信{R.wechat}的截图", "原信落款处有手写电话{R.mobile_cn}",
        "信封寄件人{R.surname}，邮戳为{R.village}")) + " | 删除\n")
    put(b, s, "被举报单位 | {S.name}；{S.addr} | 保留\n")
    put(b, s, "举报内容 | " + "；".join(some(rng, TALK, 1, 2)) + " | 保留（删去“我家窗户”等字样）\n\n")
    put(b, s, "审查结论§经处理后的文本不含可识别举报人身份的信息，同意转办。\n")
    put(b, s, "审查人§{O.name}    复核人§{D.name}    {N.date}\n")


def car_slip(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}公务用车派车单\n派车编号§{N.docno}\n")
    put(b, s, "用车部门§执法监察科    带队§{O.name}（{O.mobile}）\n随行§{D.name}\n")
    put(b, s, "车号§{A.carplate}    驾驶员§{G.surname}师傅，" + rng.choice(("{G.mobile}", "{G.mobile_443}")) + "\n")
    put(b, s, "出车时间§{N.date} {N.time}    预计里程§{N.km}\n")
    put(b, s, "目的地§{S.addr}（{S.name}）\n")
    put(b, s, "事由§夜间突击检查，核实举报线索：" + "，".join(some(rng, TALK, 1, 2)) + "。\n")
    put(b, s, "接应§举报人" + rng.choice(("{R.honor}", "{R.name}")) + "在{P.inst}门口等候带路，" +
        rng.choice(("电话{R.mobile}", "手机{R.mobile_lo}（车到前打）", "到了打{H.rel}的电话{H.mobile}")) +
        "。车辆请停在" + rng.choice(("路口", "加油站")) + "，不要开到{R.place}里面。\n")
    put(b, s, "备注§" + rng.choice(("不着执法服装，不开执法记录仪外放。", "检查结束后不与举报人同车返回。",
                               "如遇企业阻拦，即拨{N.h110}。")) + "\n")
    put(b, s, "审批§{D.surname}科长    {N.date}\n")


def handover(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    put(b, s, "工作交接清单（案件部分）\n交出人§{O.name}    接收人§{D.name}    监交人§{G.name}\n\n")
    put(b, s, "序号 | 被举报对象 | 举报人情况 | 办理进度 | 备注\n")
    rows = ["{S.name}（{S.place}） | {R.name}，" + rng.choice(("{R.mobile}", "{R.mobile_443}")) + "，住{R.place} | "
            "已查未结 | " + rng.choice(("此人脾气急，一周打两三次，别让人等", "其{H.rel}{H.name}（{H.mobile}）也会打来问",
                                        "本人在{W.short}上班，白天别打单位电话")),
            "{U.name}（{U.addr}） | {X.name}，{X.mobile} | 待复查 | " + rng.choice(("要求书面答复，寄到{X.home}",
                                                                                "只接受短信联系", "曾到局里上访")),
            "{F.name}（个体，{F.home}） | 匿名，留号{V.mobile_masked}，另有全号{V.mobile} | 已转{A.town} | " +
            rng.choice(PERSONAL)]
    x, v = s.new_person(), s.new_person()
    s.bind("X", x, "reporter")
    s.bind("V", v, "reporter")
    s.new_unit("subject")
    picked = rows[:1] + some(rng, tuple(rows[1:]), 1, 2)
    for i, row in enumerate(picked):
        put(b, s, f"{i + 1} | " + row + "\n")
    put(b, s, "\n以上案件卷宗" + str(rng.randint(3, 12)) + "册已当面交接，举报人信息按保密要求另行封存。\n{N.date}\n")


LAYOUTS = (oa_sheet, secrecy_check, car_slip, handover)


def build(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
