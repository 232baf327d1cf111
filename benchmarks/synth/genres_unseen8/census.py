"""Census papers, four layouts: a data-audit query list (one row per census object with its
code, the query, the contact's mobile and reply; the auditor); a register-matching result
(market-regulation, tax and power-utility lists side by side: names, codes, legal
representatives, power account numbers, an individual operator with ID); a draft aggregate
table whose footnote names the only unit of a county's industry (its contact, the
reviewer's comment to delete it); the receipt slip of a census notice (the signer's name,
post, mobile and ID tail, a gatekeeper who refused to sign, the census taker and supervisor)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import Unseen8Slots, layout, put

_QUERIES = ("产品产量与用电量不匹配，请核实", "废水排放量大于取水量", "未填报危险废物产生量",
            "锅炉燃料消耗量为0但填报了二氧化硫排放", "行业代码与主要产品不符")


def audit_queries(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    s.new_unit("subject")
    put(b, s, "{A.census}\n普查数据审核疑问清单（第" + str(rng.randint(1, 5)) + "轮）\n审核人§{D.name}    {N.date}\n\n")
    put(b, s, "序号 | 普查对象 | 统一社会信用代码 | 疑问 | 联系人 | 联系电话 | 答复\n")
    q = rng.sample(_QUERIES, 2)
    put(b, s, "1 | {S.name} | {S.uscc} | " + q[0] + " | {E.name} | " + rng.choice(("{E.mobile}", "{S.tel}")) +
        " | " + rng.choice(("{E.surname}会计答复：去年有{N.num}个月停产，已修改", "已电话联系，{E.lao}称下周补报",
                            "联系人换了，新联系人{B.name}（法人），{B.mobile}")) + "\n")
    put(b, s, "2 | {U.name} | {U.uscc} | " + q[1] + " | {M.name} | {M.mobile} | 已修改\n")
    put(b, s, "\n说明§请各乡镇普查指导员于{N.within}内督促整改。指导员{G.name}，{G.mobile}\n")


def register_match(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    put(b, s, "普查对象名录比对结果（" + s.c.company.site.district + "）\n比对来源§市场监管登记 / 税务登记 / 供电用户\n\n")
    put(b, s, "名称 | 统一社会信用代码 | 法定代表人（经营者） | 供电户号 | 住所 | 比对结果\n")
    put(b, s, "{S.name} | {S.uscc} | {B.name} | {N.power_acct} | {S.addr} | 三方一致，纳入普查\n")
    put(b, s, "{F.name}" + rng.choice(("废品收购站", "石材加工点", "塑料粉碎点")) + " | — | {F.name}（身份证" +
        rng.choice(("{F.id}", "{F.id_masked}")) + "，{F.mobile}） | {N.power_acct} | {F.home} | 无证照，有用电，列入入户核查\n")
    put(b, s, "{U.name} | {U.uscc} | {M.name} | — | {U.addr} | 已注销，无用电，剔除\n")
    put(b, s, "\n企业网址（用于核对主要产品）§{S.website}\n比对人§{O.name}    {N.date}\n")


def draft_table(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    d = s.c.company.site.district
    put(b, s, "工业源普查数据汇总表（征求意见稿）  {N.year}\n区域§" + d + "\n\n")
    put(b, s, "行业类别 | 单位数 | 废水排放量 | 一般工业固废产生量\n")
    put(b, s, "{S.industry} | 1 | {N.amount} | {N.amount}\n")
    put(b, s, "金属制品业 | " + str(rng.randint(6, 40)) + " | {N.amount} | {N.amount}\n")
    put(b, s, "注：" + d + "该行业仅{S.name}（{S.addr}）一家，数据由其统计负责人{E.name}（{E.mobile}）填报。\n\n")
    put(b, s, "审核意见§注释直接出现企业名称和联系人，单位数为1的行业须合并或不予发布，请修改。——{D.name} {N.date}\n")
    put(b, s, "修改说明§已与{G.name}沟通，将该行业并入“其他”，删除注释。\n")


def receipt(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    guard = s.new_person()
    s.bind("V", guard, "subject")
    put(b, s, "第二次全国污染源普查告知书（回执联）\n\n")
    put(b, s, "普查对象名称§{S.name}\n详细地址§{S.addr}\n")
    put(b, s, "签收人§{E.name}    职务§" + rng.choice(("办公室主任", "环保专员", "厂长助理")) + "\n")
    put(b, s, "联系电话§" + rng.choice(("{E.mobile}", "{E.mobile_443}")) + "    身份证后六位§{E.id_tail6}\n")
    put(b, s, "签收日期§{N.date}\n")
    put(b, s, rng.choice(("备注§首次送达时门卫{V.name}拒绝签收，称老板{B.surname}总不在；第二次由签收人签收。\n",
                          "备注§签收人称法定代表人{B.name}（{B.mobile}）在外地，回执由其代签。\n", "")))
    put(b, s, "普查员§{O.name}（{N.staffno}）    普查指导员§{D.name}  {D.mobile}\n")


LAYOUTS = (audit_queries, register_match, draft_table, receipt)


def build(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
