"""转办单 / 交办单, four layouts: a Word table pasted as tab-separated rows (two label/value
pairs a row), an inspection team's list (a header row, then one row per complaint), a
transfer letter (函) in prose with the reporter in brackets, and a numbered 交办通知
(一、举报者基本情况 … 四、办理要求)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import ABOUT, ABOUT_FORMAL, Unseen2Slots, layout, put, some

DEMANDS = ("请于{N.date}前将调查处理情况报送我厅，并答复举报者。", "请依法调查处理，{N.days}内反馈办理结果。",
           "办理过程中注意保护举报者个人信息，严禁泄露。", "请核实后按程序回复，并抄送{A.parent}。")


def word_table(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("生态环境信访件交办单\n", "举报件转办单\n", "{A.parent}转办单\n")))
    put(b, s, "〈交办号〉{N.caseno}\t\t〈交办日期〉{N.date}\n")
    put(b, s, "来件渠道\t" + rng.choice(("{N.h12369}电话", "网络", "来信", "微信公众号")) + "\t受理时间\t{N.datetime}\n")
    put(b, s, rng.choice(("举报者\t{R.name}\t联系手机\t{R.mobile_typed}\n", "投诉者\t{R.name}\t回电号码\t{R.mobile_typed}\n",
                          "举报者\t{R.masked_name}\t联系手机\t{R.masked_mobile}\n")))
    if rng.random() < 0.4:
        put(b, s, "举报者地址\t{R.home}\n")
    put(b, s, rng.choice(("被反映对象\t{S.name}\t所在地\t{S.addr}\n", "涉嫌单位\t{S.name}\t地址\t{S.addr}\n")))
    if rng.random() < 0.5:
        put(b, s, "单位负责人\t{B.name}\t联系电话\t" + rng.choice(("{B.mobile_typed}", "{S.tel}")) + "\n")
    put(b, s, "反映问题\t" + "；".join(some(rng, ABOUT_FORMAL, 2, 3)) + "。\n")
    put(b, s, "办理要求\t" + rng.choice(DEMANDS) + "\n")
    put(b, s, "承办单位\t{A.name}\t经办人\t{O.name}（{A.tel}）\n")


def inspection_list(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "第{N.num}批群众信访举报转办清单\n")
    put(b, s, "序号 | 受理编号 | 交办问题基本情况 | 行政区域 | 污染类型 | 举报者及联系方式\n")
    put(b, s, "1 | {N.workorder} | 群众反映：" + "，".join(some(rng, ABOUT_FORMAL, 1, 2)) + "。 | "
        + s.c.city.name + " | " + rng.choice(("大气", "水", "噪声", "土壤")) + " | "
        + rng.choice(("{R.name} {R.mobile_typed}", "{R.name}（{R.mobile_typed}）", "匿名")) + "\n")
    if rng.random() < 0.5:
        put(b, s, "2 | {N.workorder} | 反映{S.short}" + rng.choice(("夜间偷排废水", "堆放危险废物", "粉尘扰民"))
            + "，与第1件为同一企业。 | " + s.c.city.name + " | 水 | {R.name} {R.mobile_typed}\n")
    put(b, s, "（请按期办结，办结后在{N.days}内报送办理情况）\n")


def letter(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "关于转办{S.name}环境问题举报件的函\n{N.caseno}\n")
    put(b, s, "{A.name}：\n")
    put(b, s, "    " + rng.choice((
        "{N.date}，我局收到{R.name}（联系手机：{R.mobile}）的来信，反映",
        "近日，{R.village}群众{R.name}通过{N.h12369}反映",
        "我局接到在{W.name}工作的{R.name}举报（回电号码{R.mobile}），反映",
    )) + "{S.name}" + rng.choice(("存在环境违法行为。", "污染问题，具体如下：")))
    put(b, s, "，".join(some(rng, ABOUT, 2, 3)) + "。\n")
    put(b, s, "    现将该件转你单位，" + rng.choice(DEMANDS) + "\n")
    put(b, s, "    联系人：{O.name}，电话：{A.tel}" + rng.choice(("，值班手机：{O.mobile}", "")) + "\n")
    put(b, s, "                {A.parent}\n                {N.date}\n")


def numbered(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "交办通知\n{A.name}：\n    现将一件群众举报交你单位办理，有关情况如下：\n")
    put(b, s, "    一、举报者基本情况：{R.name}，" + rng.choice(("{R.gender}，", "")) + "联系手机{R.mobile}，"
        + rng.choice(("住{R.home}。", "在{W.name}工作。", "{R.village}居民。")) + "\n")
    put(b, s, "    二、被举报单位基本情况：{S.name}，位于{S.addr}" + rng.choice(("，负责人{B.name}，电话{B.mobile}。", "。")) + "\n")
    put(b, s, "    三、反映的主要问题：" + "；".join(some(rng, ABOUT_FORMAL, 2, 3)) + "。\n")
    put(b, s, "    四、办理要求：" + rng.choice(DEMANDS) + "\n")
    put(b, s, "    经办人：{O.name}　审核人：{Q.name}　{N.date}\n")


LAYOUTS = (word_table, inspection_list, letter, numbered)


def build(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
