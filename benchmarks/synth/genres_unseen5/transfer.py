"""Papers passed between offices, four layouts: a 领导批示 slip (阅批单: the complaint's
summary with the reporter in a 附 line, a deputy county head's instruction, circulation to
the bureau); an enforcement 现场检查笔录 whose 案源 line names the reporter and whose 问/答
has the boss asking who complained; a 协查函 to another city's bureau about the reported
plant's trucks (both bureaus' contacts, the reporter in the 线索来源 line); the minutes of a
special meeting on the complaint (参会人员 with units and phones, the petitioner's visits)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import PROBLEMS, RECORD, TALK, Unseen5Slots, layout, pick_some, put


def instruction(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "{A.gov}办公室\n领导阅批单\n")
    put(b, s, "收文日期§{N.date}    来文单位§{A.petition}    文号§{N.docno}\n")
    put(b, s, "标题§关于{S.name}污染环境问题的群众来信\n")
    put(b, s, "内容摘要§" + rng.choice(("{R.place}群众", "来信人", "{R.name}")) + "反映，" +
        "，".join(pick_some(rng, TALK, 2, 3)) + "。\n")
    put(b, s, rng.choice(("附§来信人{R.name}，电话{R.mobile}，要求保密。\n",
                          "附§来信人{R.name}（{R.gender}，{R.age}，{W.name}职工），住{R.home}。\n",
                          "附§来信人署名“一群老百姓”，留电话{R.mobile}。\n")))
    put(b, s, "拟办意见§建议转{A.name}牵头核查。    {O.name}  {N.date}\n")
    put(b, s, "领导批示§请{L.ref}" + rng.choice(("阅处，务必于{N.within}内查清并回复群众。", "督促环保局依法查处，结果报我。")) +
        "\n    {L.name}  {N.date}\n")
    put(b, s, "办理结果§\n（经办人§{D.name}  电话§{D.mobile}）\n")


def inspection(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "现场检查（勘察）笔录\n")
    put(b, s, "检查时间§{N.datetime}至{N.time}\n")
    put(b, s, "被检查单位§{S.name}    统一社会信用代码§{S.uscc}\n地址§{S.addr}\n")
    put(b, s, "法定代表人§{B.name}    现场负责人§{E.name}（{E.gender}，身份证{E.id}，电话{E.mobile}）\n")
    put(b, s, "检查人§{O.name}（执法证号{N.licence}）、{D.name}（执法证号{N.licence}）    记录人§{D.name}\n")
    put(b, s, "案源§" + rng.choice(("群众举报（举报人{R.name}，{R.mobile}，要求保密）", "{N.h12369}转办，举报人{R.ref}",
                                   "信访件，来信人{R.name}（{R.place}）")) + "\n")
    put(b, s, "我们是{A.name}的执法人员，现依法进行检查，请予配合。\n")
    put(b, s, "问：你是否清楚今天检查的内容？\n答：清楚。\n")
    put(b, s, "问：现场发现" + "，".join(pick_some(rng, PROBLEMS, 1, 2)) + "，你有什么说明？\n")
    put(b, s, "答：" + rng.choice(("设备坏了，这两天正在修。", "是工人操作失误。", "以前一直这样，没人说过。")) + "是不是")
    put(b, s, rng.choice(("{T.name}", "村里的{T.ref}", "{Y.name}")) + "举报的？\n")
    put(b, s, "问：举报人信息依法保密。请你在笔录上签字。\n")
    put(b, s, "被检查人签字§{E.name}    检查人签字§{O.name}  {D.name}\n")


def assist(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "协查函\n{N.assistno}\n\n{Z.name}：\n")
    put(b, s, "    我局在办理群众举报{S.name}案件中发现，该企业有运输车辆" + rng.choice(("{S.plate}", "{S.plate}等")) +
        "在贵辖区倾倒废渣，驾驶员{E.name}（电话{E.mobile}）。")
    put(b, s, "请协助核查车辆去向及倾倒地点。\n")
    put(b, s, "    线索来源§" + rng.choice(("举报人{R.name}提供的照片及行车记录（举报人电话{R.mobile}，请勿外泄）",
                                        "举报人{R.ref}（{R.place}）当面提供", "{N.h12369}热线匿名举报")) + "。\n")
    put(b, s, "    " + "；".join(pick_some(rng, RECORD, 1, 2)) + "。\n")
    put(b, s, "    联系人§{O.name}  {A.tel}  {O.mobile}\n")
    put(b, s, "    贵局联系人§{D.name}  {Z.tel}\n\n{A.name}\n{N.date}\n")


def minutes(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "关于{S.short}信访问题专题会议纪要\n")
    put(b, s, "时间§{N.date}    地点§{A.name}三楼会议室\n")
    put(b, s, "主持§{L.name}\n参会人员§{O.name}（{A.name}，{O.mobile}）、{D.name}（{A.town}）、")
    put(b, s, "{E.name}（{S.name}）\n")
    put(b, s, "记录§{D.ref}\n\n")
    put(b, s, "    会议听取了{R.place}" + rng.choice(("村民{R.name}", "居民{R.ref}", "{R.name}等{N.num}人")) + "多次来访反映")
    put(b, s, "{S.name}" + rng.choice(("废气扰民", "废水直排", "噪声扰民")) + "问题的情况汇报。")
    put(b, s, rng.choice(("信访人{R.name}电话{R.mobile}，情绪激动，扬言到省里上访。", "信访人称其{H.rel}{H.name}因此住院。", "")))
    put(b, s, "\n    会议议定：\n    一、{A.name}{N.within}完成监测；\n    二、{A.town}负责与信访人{R.ref}沟通；\n")
    put(b, s, "    三、企业负责人{B.name}作出书面整改承诺。\n")


LAYOUTS = (instruction, inspection, assist, minutes)


def build(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
