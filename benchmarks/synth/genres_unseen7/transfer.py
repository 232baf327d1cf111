"""Transfers, four layouts: a 来访登记 at the petition window filled by the ID card reader
(name, gender, ethnicity, date of birth, address, ID, the issuing police office, validity),
a companion who joins, then the 转办意见; an 突发环境事件信息报告 (初报) in which the villager
who found the dead fish or the smell is named with phone and village, the injured go to a
hospital, the plant's man on site gives his mobile; a 移交函 to another department when the
matter is not the bureau's (the caller agreed to let their contact be passed on; the other
department's contact; the person reported is a natural person); a 回头看 re-check sheet of a
closed case (the reporter has moved and changed phone: old and new address and number are
all theirs; the site is now used by another unit and its manager)."""

from __future__ import annotations

import random

from .. import numbers as nb
from ..render import Builder, Piece
from .common import BARE, PERSONAL, PROBLEMS, TALK, Unseen7Slots, layout, put, some


def visit(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "来访登记表    登记号{N.ticket}\n")
    put(b, s, "【读卡信息】\n姓名§{R.name}  性别§{R.gender}  民族§{R.ethnic}\n")
    put(b, s, "出生§{R.birth}\n住址§{R.home}\n公民身份号码§{R.id_plain}\n签发机关§")
    b.add(Piece(s.issuer_of(s.c.reporter), "ORGANIZATION", "official"))
    put(b, s, "  有效期限§{N.valid}\n")
    put(b, s, "【登记信息】来访人数§{N.people}  联系电话§{R.mobile}\n")
    put(b, s, "同行人员§" + rng.choice(("{J.name}（身份证后四位{J.id_tail}），同村", "{K.name}，来访人亲属，{K.mobile}",
                                    "无")) + "\n")
    put(b, s, "反映事项§" + "，".join(some(rng, TALK, 1, 2)) + "。要求" + rng.choice(("关停", "赔偿庄稼损失", "公开检测结果")) + "。\n")
    put(b, s, "接待人§{O.name}  {N.date}\n")
    put(b, s, "转办意见§转{A.dept}调查处理，" + rng.choice(("来访人身份信息不随件转。", "{N.within}书面答复来访人。")) +
        "  签批§{D.name}\n")


def incident(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "突发环境事件信息报告（初报）  {N.docno}\n")
    put(b, s, "报告单位§{A.name}  报告时间§{N.datetime}\n")
    put(b, s, "一、事件概况：{N.date}，" + rng.choice(("{S.place}附近河段出现大面积死鱼", "{S.name}周边出现刺激性气味，多名村民身体不适")) +
        "。最早发现人为" + rng.choice(("村民{R.name}（{R.place}，{R.mobile}）", "{R.place}村民{R.ref}，电话{R.mobile}")) +
        "，其拨打{N.h12369}报告。\n")
    put(b, s, "二、人员情况：" + rng.choice(("{N.people}感到头晕，已由{N.h120}送往{P.inst}，其中包括发现人的{R.rel}。",
                                       "暂无人员伤亡。")) + "\n")
    put(b, s, "三、疑似污染源：{S.name}，位于{S.addr}。现场负责人{E.name}（{E.mobile}）称" +
        rng.choice(("管道破裂", "夜里操作失误", "不清楚")) + "。\n")
    put(b, s, "四、监测情况：{N.reading}；采样点坐标{N.coord}。\n")
    put(b, s, "五、已采取措施：" + rng.choice(PROBLEMS) + "，已责令停产。\n")
    put(b, s, "报告人§{O.name}  {O.mobile}    签发人§{D.name}\n")


def handover(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "关于移交群众反映问题的函\n{N.docno}\n\n")
    put(b, s, "{A.other}：\n")
    put(b, s, "我局于{N.date}接到群众反映：" + rng.choice(PERSONAL) + "。经核，该问题属于贵单位职责范围，现移交贵单位处理。\n")
    put(b, s, "反映人" + rng.choice(("{R.name}", "{R.ref}")) + "（" + rng.choice(("{R.mobile}", "{R.tel}", "{R.mobile}，住{R.place}")) +
        "）已同意将其联系方式提供给贵单位，请注意保密。\n")
    put(b, s, "被反映人{F.name}，" + rng.choice(("住{F.home}", "{F.gender}，约{F.age}", "手机{F.mobile}")) + "。\n")
    put(b, s, "请于{N.within}将处理结果反馈我局，并答复反映人。\n\n")
    put(b, s, "我局联系人§{O.name}  {A.tel}\n贵单位已确认联系人§{G.name}  " + rng.choice(("{G.mobile}", "{G.tel}")) + "\n")
    put(b, s, "{A.name}\n{N.date}\n")


def recheck(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    s.new_unit("subject")
    moved = s.new_person().home
    new_mobile = nb.new_mobile(rng)
    put(b, s, "信访件“回头看”复核表\n原件编号§{N.caseno}  原办结日期§{N.date}\n")
    put(b, s, "原反映人§{R.name}  原住址§{R.home}  原电话§{R.mobile}\n")
    put(b, s, "回访情况§原电话" + rng.choice(("已停机", "为空号", "提示已过户")) + "，经" +
        rng.choice(("村委会", "社区", "原承办人")) + "查询，反映人已搬至")
    b.add(Piece(moved.full(rng), "CN_ADDRESS", "reporter"))
    put(b, s, "，新号码")
    b.add(Piece(new_mobile, "CN_MOBILE", "reporter"))
    put(b, s, "。反映人称：" + rng.choice(("搬走就是因为受不了那个味。", "厂子换了牌子接着干。", "我走了，我{H.rel}还住那儿。")) + "\n")
    put(b, s, "现场复核§原{S.name}已注销，现场为{U.name}使用，负责人{M.name}（{M.mobile}）。" +
        rng.choice(BARE) + "。\n")
    put(b, s, "复核结论§" + rng.choice(("问题反弹，重新交办。", "已整改到位，维持办结。")) + "\n")
    put(b, s, "复核人§{D.name}  陪同§{G.name}（{A.town}）  {N.date}\n")


LAYOUTS = (visit, incident, handover, recheck)


def build(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
