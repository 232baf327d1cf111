"""Published notices, four layouts: an excerpt of an environmental civil public-interest
judgment (环境民事公益诉讼: an NGO as plaintiff, the procuratorate supporting, the plant as
defendant with its legal representative and lawyer, the reporter as 证人 X某 of a village, an
appraiser) | the bureau's annual 信访工作报告 whose typical cases speak only of 群众, but one
slips (a retired teacher by surname, the compound) and one names a car-wash owner | a 双随机
抽查结果公示 table (enterprises with USCC and legal representative, an individual business, a
clerk's note on a row added after a report) | a 听证会公告 with its participants (the plant,
its lawyer, the reporter as 利害关系人 with masked ID and compound)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FOUND, SAYS, Unseen12Slots, few, layout, put, shop_fault


def judgment(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "{A.court}\n民事判决书\n{N.courtno}\n")
    put(b, s, "原告：{U.ngo}，住所地{L.home}。法定代表人：{L.name}。\n")
    put(b, s, "支持起诉单位：{A.procu}。\n")
    put(b, s, "被告：{S.name}，统一社会信用代码{S.uscc}，住所地{S.addr}。法定代表人：{B.name}。\n")
    put(b, s, "委托诉讼代理人：{Y.name}，{U.firm}律师。\n")
    put(b, s, "  本院查明：" + "；".join(few(rng, FOUND, 2, 3)) + "。证人{R.mou}（住{R.compound}）出庭作证称，" +
        rng.choice(SAYS) + "。{U.lab}鉴定人{V.name}出具鉴定意见。\n")
    put(b, s, "  判决如下：被告{S.short}于判决生效之日起{N.within}内赔偿生态环境修复费用{N.bigmoney}。\n")
    put(b, s, "审判长 {O.name}\n审判员 {D.name}\n{N.date}\n")


def annual_report(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}{N.year}信访工作报告（公开版）\n一、总体情况\n  全年受理群众来信来访及网上信访{N.likes}件。\n")
    put(b, s, "二、典型案例\n  （一）群众反映{S.name}夜间排放异味。经查，" + "；".join(few(rng, FOUND, 1, 2)) +
        "。" + rng.choice(("反映人为{R.compound}一位姓{R.surname}的退休教师，多次来信", "群众反映后，该企业已整改",
                            "{R.compound}{R.flat}的群众多次来电")) + "。\n")
    put(b, s, "  （二）群众反映{S.shop}" + shop_fault(s) + "。经营者{F.name}已被责令改正，{A.market}同步处理。\n")
    put(b, s, "三、下一步工作\n  继续做好举报人保密工作。监督电话{A.tel}。\n")


def spot_check(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "“双随机、一公开”抽查结果公示（{N.date}）\n序号¦单位名称¦统一社会信用代码¦法定代表人¦检查结果\n")
    put(b, s, "1¦{S.other}¦—¦—¦未发现问题\n")
    put(b, s, "2¦{S.name}¦{S.uscc}¦{B.name}¦" + rng.choice(("废气设施未正常运行，已立案", "危废管理不规范，责令改正")) + "\n")
    put(b, s, "3¦{S.shop}（个体）¦—¦{F.name_mask}¦" + shop_fault(s) + "\n")
    put(b, s, "注：第2项系根据群众举报增加" + rng.choice(("（举报人{R.mou}，尾号{R.mobile_tail}）", "（{R.compound}居民反映）",
                                                 "")) + "。发布单位：{A.name}\n")


def hearing(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "听证公告\n  {A.name}拟对{S.name}（{S.uscc}）作出行政处罚，当事人申请听证。现将有关事项公告如下：\n")
    put(b, s, "  听证时间：{N.datetime}；地点：{A.addr}。\n")
    put(b, s, "  当事人：{S.name}，法定代表人{B.name}；委托代理人{Y.name}（{U.firm}）。\n")
    put(b, s, "  利害关系人：{R.name}（身份证号{R.id_mask}，住{R.compound}），系本案举报人，申请参加听证。\n")
    if rng.random() < 0.5:
        put(b, s, "  利害关系人：{J.name}，住{J.flat}。\n")
    put(b, s, "  听证主持人：{O.name}；记录员：{D.name}。联系电话{A.tel}。\n{N.date}\n")


LAYOUTS = (judgment, annual_report, spot_check, hearing)


def build(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
