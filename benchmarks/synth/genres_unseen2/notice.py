"""信息公开 replies and 处理结果公示, four layouts: a 政府信息公开申请答复书 addressed to the
applicant, a 信访事项答复意见书 that quotes the complaint (the writer's own words, village
included), a 处理结果公示 table with one row per complaint, and an administrative penalty
notice (行政处罚信息公示) where 当事人 is the penalised enterprise. Officials' names and
duty phones close the replies."""

from __future__ import annotations

import random

from ..render import Builder
from .common import ABOUT, ABOUT_FORMAL, ME, Unseen2Slots, layout, put, some

FINDINGS = ("经现场核查，反映问题属实，已责令该企业立即停产整改", "经调查，反映问题部分属实",
            "执法人员于{N.date}进行了夜间突击检查，未发现生产行为", "已对该企业立案查处，罚款{N.money}",
            "经监测，{N.reading}，超过排放标准", "已责令其拆除暗管，并移送公安机关")


def disclosure_reply(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "政府信息公开申请答复书\n{N.doc_disclose}\n")
    put(b, s, rng.choice(("{R.name}：\n", "{R.name}先生/女士：\n", "申请人{R.name}：\n")))
    put(b, s, "    本机关于{N.date}收到您通过" + rng.choice(("信函", "网上申请平台", "当面")) + "提交的政府信息公开申请"
        + rng.choice(("（联系地址：{R.home}，联系电话：{R.mobile}）", "（申请人证件号码：{R.id}）", "（证件：护照{R.passport}）", "")) + "，"
        + "申请获取{S.name}的" + rng.choice(("环评批复文件", "排污许可证副本", "近一年执法检查记录")) + "。经审查，现答复如下：\n")
    put(b, s, "    您申请的信息属于公开范围，现提供" + rng.choice(("{S.name}排污许可证（编号{N.permit}）复印件一份。",
                                                    "该企业{N.date}的检查笔录摘要，其中：" + "；".join(some(rng, ABOUT_FORMAL, 1, 2)) + "。")) + "\n")
    put(b, s, "    如对本答复不服，可以在收到本答复之日起60日内向{A.parent}申请行政复议。\n")
    put(b, s, "    联系人：{O.name}    联系电话：{A.tel}\n")
    put(b, s, "                        {A.name}\n                        {N.date}\n")


def petition_reply(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "信访事项答复意见书\n{N.doc_petition}\n")
    put(b, s, rng.choice(("{R.name}：\n    您于{N.date}来信反映：“", "来访人{R.name}：\n    您于{N.date}来访反映：“",
                          "{R.ref}：\n    您于{N.date}通过{N.h12369}反映：“")))
    put(b, s, rng.choice(ME) + "。" + "，".join(some(rng, ABOUT, 1, 2)) + "。”\n")
    put(b, s, "    收到后，我局高度重视，组织{A.dept}进行了调查。" + "。".join(some(rng, FINDINGS, 1, 2)) + "。\n")
    put(b, s, "    " + rng.choice(("我局将持续跟踪，欢迎您继续监督。",
                                    "该企业负责人{B.name}已作出书面整改承诺。",
                                    "下一步，{A.name}将会同属地乡镇加强巡查。")) + "\n")
    put(b, s, "    如不服本答复意见，可自收到之日起30日内向{A.parent}提出复查申请。\n")
    put(b, s, rng.choice(("    承办人：{O.name}  值班电话：{A.tel}\n", "    经办人：{O.name}（{O.mobile}）  审核：{Q.name}\n")))
    put(b, s, "                        {A.name}\n                        {N.date}\n")


def result_table(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}关于群众信访举报件办理情况的公示\n")
    put(b, s, "    根据有关规定，现将" + s.c.city.name + "群众信访举报件查处情况公示如下：\n")
    put(b, s, "编号\t被举报单位\t举报内容\t查处情况\t整改时限\n")
    put(b, s, "{N.workorder}\t{S.name}\t" + rng.choice((
        "群众反映：" + "，".join(some(rng, ABOUT_FORMAL, 1, 2)),
        "{R.village}群众反映“" + rng.choice(ABOUT) + "”",
        "举报者{R.masked_name}反映" + rng.choice(ABOUT_FORMAL),
    )) + "\t" + rng.choice(FINDINGS) + "\t{N.date}\n")
    put(b, s, "    公示期：{N.days}。对公示内容有异议的，请拨打{N.h12369}或{A.tel}反映。\n")
    put(b, s, "    联系人：{O.name}\n")


def penalty(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "行政处罚信息公示\n")
    put(b, s, "〈行政处罚决定书文号〉{N.doc_penalty}\n")
    put(b, s, "〈当事人〉{S.name}\n〈统一社会信用代码〉{S.uscc}\n〈法定代表人〉{B.name}\n〈地址〉{S.addr}\n")
    put(b, s, "〈违法事实〉" + rng.choice(("经群众举报，", "根据{R.name}的举报，", "")) + "{N.date}，我局执法人员对该单位进行现场检查，发现"
        + "，".join(some(rng, ABOUT_FORMAL, 1, 2)) + "。\n")
    put(b, s, "〈处罚依据〉《中华人民共和国大气污染防治法》第一百零八条\n")
    put(b, s, "〈处罚内容〉罚款{N.money}\n〈处罚机关〉{A.name}\n〈处罚日期〉{N.date}\n")


LAYOUTS = (disclosure_reply, petition_reply, result_table, penalty)


def build(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
