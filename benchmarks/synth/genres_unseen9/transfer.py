"""Transfers between offices, four layouts: a 复函 from the handling bureau to the one that
forwarded the case (the findings about the plant, the callback to the reporter by 某-form and
phone tail or name, the contact) | a people's mediation agreement sent to the bureau for the
record (甲方: the reporter and a co-party with ID, home, mobile; 乙方: the plant with USCC,
address, legal representative and its agent with mobile; the mediator and the committee:
third parties; the compensation) | a chain-of-custody form for a sample a resident brought in
(送样人 with ID and mobile, where it was taken: their own well or yard, a companion relative;
the station's receiver; sample numbers) | a grid worker's patrol log pasted from a
spreadsheet (tab-separated entries: the plant checked, a resident's complaint with name and
mobile, another resident's unrelated matter, the town cadre on duty)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import BARE, RECORD, TALK, Unseen9Slots, layout, put, some


# How a 复函 reports the callback to the reporter.
CALLBACKS = (
    "电话回访举报人{R.mou}（手机尾号{R.mobile_tail}），其对处理结果表示满意。",
    "回访举报人{R.name}（{R.mobile}），其表示仍有夜间异味，我局将持续跟踪。",
    "上门回访举报人，其家住{R.compound}，本人不在，由其{H.rel}{H.name}代为签收回访单。",
)
SAMPLE_SITES = ("送样人自家水井（{R.home}）", "送样人院内积水坑，{R.compound}{R.flat}", "{S.short}排口下游约{N.dist}沟渠")


def reply_letter(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}\n关于{S.name}被举报问题办理情况的复函\n{N.docno}\n\n{A.xfj}：\n")
    put(b, s, "  你局转来的举报件（{N.ticket}）收悉。经现场核查，" + "；".join(some(rng, RECORD, 2, 3)) + "。\n")
    put(b, s, "  我局已责令该单位立即整改，并依法立案查处。\n")
    put(b, s, "  {N.date}，我局" + rng.choice(CALLBACKS) + "\n")
    put(b, s, "  特此复函。\n\n联系人§{O.name}  联系电话§{A.tel}\n")
    put(b, s, "{A.name}\n{N.date}\n")


def mediation(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "关于报送人民调解协议书的函\n{A.name}：\n  现将{U.mediation}调解达成的协议报送你局备案。\n\n")
    put(b, s, "人民调解协议书\n编号§{N.medno}\n")
    put(b, s, "甲方§{R.name}，{R.gender}，{R.age}，身份证号{R.id}，住{R.home}，电话{R.mobile}\n")
    if rng.random() < 0.6:
        put(b, s, "甲方§{J.name}，{J.gender}，身份证号{J.id_plain}，住{J.home}\n")
    put(b, s, "乙方§{S.name}，统一社会信用代码{S.uscc}，住所{S.addr}，法定代表人{B.name}\n")
    put(b, s, "乙方委托代理人§{E.name}，电话{E.mobile}\n")
    put(b, s, "纠纷简要情况§甲方向{N.h12369}举报乙方" + rng.choice(TALK) + "，双方因此发生纠纷。\n")
    put(b, s, "协议内容§一、乙方于{N.within}完成整改；二、乙方一次性补偿甲方{N.money}；三、甲方不再就同一事项信访。\n")
    put(b, s, "调解员§{Q.name}  记录人§{Y.name}\n")
    put(b, s, "{U.mediation}\n{N.date}\n")


def sample_custody(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "群众送检样品交接单\n接样单位§{A.station}  样品编号§{N.sample}\n")
    put(b, s, "送样人§{R.name}  证件号码§{R.id}  联系电话§" + rng.choice(("{R.mobile}", "{R.mobile_sp4}", "{R.tel}")) + "\n")
    put(b, s, "采样地点§" + rng.choice(SAMPLE_SITES) + "\n")
    put(b, s, "样品描述§" + rng.choice(("浑浊，黄褐色，有刺激性气味", "矿泉水瓶装约500ml，有油花", "暗红色液体")) + "\n")
    put(b, s, "送样人陈述§怀疑为{S.name}排放，" + rng.choice(TALK) + "。\n")
    put(b, s, "陪同人§" + rng.choice(("{H.name}（{H.rel}）", "无")) + "\n")
    put(b, s, "检测项目§pH、COD、氨氮、重金属\n接样人§{D.name}  复核§{O.name}  {A.tel}\n")
    put(b, s, "备注§样品来源不作为执法依据，仅供线索核查；送样人身份信息不得外传。\n")


def patrol_log(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "网格员巡查日志  网格员§{G.name}（{G.mobile}）  {N.date}\n")
    put(b, s, "时间¦地点¦事项¦处置\n")
    put(b, s, "{N.hm}¦{S.place}¦{S.short}厂区巡查，" + rng.choice(BARE) + "¦拍照留存，上报\n")
    put(b, s, "{N.hm}¦{R.compound}¦居民{R.name}（" + rng.choice(("{R.mobile}", "{R.mobile_dot}")) + "）反映" +
        rng.choice(TALK) + "¦已登记，转{A.name}\n")
    put(b, s, "{N.hm}¦{T.home}¦{T.name}反映邻居装修噪声¦劝导\n")
    put(b, s, "{N.hm}¦{A.town}¦向值班干部{D.name}汇报¦—\n")
    put(b, s, "备注§" + rng.choice(("{R.name}要求不要让厂里知道。", "{R.lao}说已经打过{N.h12369}。", "")) + "\n")


LAYOUTS = (reply_letter, mediation, sample_custody, patrol_log)


def build(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
