"""Transfers, four layouts: a central environmental inspection team's 群众信访举报转办单 to the
province (受理编号, the complaint as the caller put it, the reporter's name and mobile in the
inspection's own field, the plant and its boss; the team's liaison) | a cross-city 异地转办函
(the reporter lives in one city, the plant is in another: the other city's bureau receives
the reporter's data under 举报人信息) | a 公益诉讼线索移送函 to the district procuratorate (the
reporter as 线索提供人, the plant, its USCC and boss; the prosecutor's contact) | a 办结报告审核
退回单: the town's report is sent back because it named the reporter, quoting what it said."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FOUND, REACH, SAYS, Unseen11Slots, few, layout, put


def inspection_slip(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "{A.inspect}\n群众信访举报转办单\n受理编号§{N.inspno}  转办日期§{N.date}\n")
    put(b, s, "转办至§{A.prov}\n")
    put(b, s, "举报人§{R.name}  联系方式§{R.mobile}  是否要求保密§是\n")
    put(b, s, "被举报对象§{S.name}  所在地§{S.addr}\n")
    put(b, s, "举报内容§" + "；".join(few(rng, SAYS, 2, 3)) + "。举报人称企业负责人{B.name}与当地关系密切。\n")
    put(b, s, "办理要求§边督边改，{N.within}内报送办理结果，严禁泄露举报人信息。\n")
    put(b, s, "督察组联络人§{D.name}  电话§{A.tel}\n")


def cross_city(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}\n关于转办{S.name}环境问题举报的函\n{N.docno}\n\n{A.other}：\n")
    put(b, s, "    我局于{N.date}接到本市居民举报，反映位于贵市的{S.name}（{S.addr}）" + rng.choice(SAYS) + "。")
    put(b, s, "因该企业不在我局辖区，现转贵局依法处理。\n")
    put(b, s, "    举报人信息（保密）：{R.name}，{R.gender}，住{R.home}，手机{R.mobile}，" + rng.choice(REACH) + "。")
    put(b, s, "举报人在该企业附近的{W.name}上班，每周往返。\n")
    put(b, s, "    请将处理结果函告我局并答复举报人。\n    联系人：{O.name}，电话{A.tel}\n{A.name}\n{N.date}\n")


def procuratorate(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "公益诉讼案件线索移送函\n{N.docno}\n{A.procu}：\n")
    put(b, s, "    我局在办理群众举报过程中发现{S.name}（统一社会信用代码{S.uscc}，法定代表人{B.name}）" +
        "可能损害社会公共利益，现将线索移送贵院。\n")
    put(b, s, "    线索来源§群众举报（线索提供人{R.name}，{R.mobile}，" + rng.choice(("住{R.home}", "身份证号{R.id}")) + "，要求保密）\n")
    put(b, s, "    基本事实§" + "；".join(few(rng, FOUND, 2, 3)) + "。\n")
    put(b, s, "    附件§现场照片、监测报告、询问笔录（被询问人{E.name}，{E.mobile}）\n")
    put(b, s, "    我局联系人§{O.name}  {A.tel}\n    贵院联系检察官§{D.name}  {D.mobile}\n{A.name}\n{N.date}\n")


def review_return(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "办结报告审核意见单\n件号§{N.caseno}  报送单位§{A.town}  审核人§{D.name}\n")
    put(b, s, "审核结论§退回重办\n退回理由§\n")
    put(b, s, "1. 报告第二段写明“经与举报人{R.name}（电话{R.mobile}）核实”，并写明其住址“{R.flat}”，" +
        "违反举报人信息保密规定，须删除后重报；\n")
    put(b, s, "2. 报告称“已约谈{S.name}负责人{B.name}，向其说明了举报人{R.mou}反映的问题”，须说明是否向企业透露了举报人身份；\n")
    put(b, s, "3. 整改情况仅写“" + rng.choice(FOUND) + "”，缺少佐证材料。\n")
    put(b, s, "请于{N.within}内重新报送。联系人§{O.name}  {A.tel}\n")


LAYOUTS = (inspection_slip, cross_city, procuratorate, review_return)


def build(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
