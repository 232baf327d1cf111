"""Published papers (publish policy), four layouts: a county 情况通报 on a batch of
complaints, rows about enterprises and about natural persons (个体 keepers, with age), one
row thanking the reporter by name now and then; a 信访事项复查意见书 addressed to the
petitioner (name, ID, home); a 行政处罚听证告知书 to a 个体工商户 (natural person: ID, home,
mobile, premises); an official WeChat account's 曝光台 post (cases with photo captions,
thanks to a 热心市民 by surname, the reader count)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import PROBLEMS, TALK, Unseen5Slots, layout, pick_some, put

WRONG = ("未批先建", "废水直排", "无组织排放废气", "危险废物未规范贮存", "夜间施工噪声扰民", "露天焚烧垃圾")


def bulletin(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "{A.gov}\n关于近期群众反映环境问题查处情况的通报\n{N.bulletinno}\n\n各乡镇人民政府、各有关部门：\n")
    put(b, s, "    {N.year}以来，{A.name}共受理群众环境信访举报{N.num}件，现将典型问题查处情况通报如下：\n")
    put(b, s, "    一、{S.name}（{S.addr}）" + rng.choice(WRONG) + "。经查属实，已立案处罚{N.money}。\n")
    put(b, s, "    二、{F.place}{F.kind}{F.name}（{F.gender}，{F.age}）" + rng.choice(WRONG) + "，已责令拆除。\n")
    s.new_unit()
    put(b, s, "    三、{U.name}" + rng.choice(WRONG) + "，负责人{M.name}已被约谈。\n")
    put(b, s, rng.choice(("    对积极举报的{R.place}群众{R.name}，依规给予奖励。\n",
                          "    对举报群众{R.name_masked}依规给予奖励。\n", "")))
    put(b, s, "    联系人§{O.name}，电话§{A.tel}\n\n{A.gov}办公室\n{N.date}\n")


def review_opinion(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "{A.parent}\n信访事项复查意见书\n{N.reviewno}\n\n")
    put(b, s, "复查申请人§{R.name}，{R.gender}，身份证号{R.id}，住{R.home}。\n")
    put(b, s, "原处理机关§{A.name}\n")
    put(b, s, "    复查申请人对原处理机关作出的处理意见不服，于{N.date}向本机关申请复查。本机关依法受理并进行了复查。\n")
    put(b, s, "    经查，复查申请人反映" + "，".join(pick_some(rng, TALK, 1, 2)) + "。")
    put(b, s, "{N.date}，本机关工作人员{O.name}、{D.name}到{S.name}现场核实，" + "，".join(pick_some(rng, PROBLEMS, 1, 2)) + "。\n")
    put(b, s, "    本机关认为，原处理意见认定事实基本清楚，但" + rng.choice(("整改监督不到位", "未按期答复")) + "，现责令重新办理。\n")
    put(b, s, "    如对本复查意见不服，可自收到之日起30日内向{A.gov}申请复核。\n\n{A.parent}（印）\n{N.date}\n")


def hearing(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "行政处罚听证告知书\n{N.hearno}\n\n")
    put(b, s, "当事人§{F.name}（个体工商户，字号§{S.short}）\n")
    put(b, s, "身份证号码§{F.id}    性别§{F.gender}    年龄§{F.age}\n")
    put(b, s, "住所§{F.home}\n经营场所§{S.addr}\n联系电话§{F.mobile}\n")
    put(b, s, "    经群众举报，本局于{N.date}对你经营场所进行检查，发现" + "，".join(pick_some(rng, PROBLEMS, 1, 2)) + "。")
    put(b, s, "拟对你作出罚款{N.money}的行政处罚。\n")
    put(b, s, "    根据《中华人民共和国行政处罚法》第六十三条，你有权要求听证。如要求听证，应在收到本告知书之日起5日内提出。\n")
    put(b, s, "    联系人§{O.name}、{D.name}    联系电话§{A.tel}    地址§{A.addr}\n\n{A.name}\n{N.date}\n")


def wechat_post(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("【曝光台】", "【环保曝光】")) + "这些企业被查处了！\n{A.name} {N.date}\n\n")
    put(b, s, "    近日，接热心市民" + rng.choice(("{R.honor}", "{R.surname}师傅", "{R.ref}")) + "举报，执法人员连夜出击……\n")
    put(b, s, "    案例一：{S.name}\n    " + "，".join(pick_some(rng, PROBLEMS, 1, 2)) + "。\n    （图为{S.short}车间现场）\n")
    put(b, s, "    案例二：{F.kind}{F.name}\n    在{F.place}" + rng.choice(WRONG) + "，现已取缔。\n")
    put(b, s, rng.choice(("    感谢{R.honor}对环保工作的支持！\n", "    感谢{R.place}居民的支持！\n", "")))
    put(b, s, "    举报电话：{N.h12369}    执法值班：{A.tel}\n\n阅读 " + str(rng.randint(200, 9000)) + "  在看 " + str(rng.randint(1, 90)) + "\n")


LAYOUTS = (bulletin, review_opinion, hearing, wechat_post)


def build(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
