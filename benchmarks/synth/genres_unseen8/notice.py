"""Published papers, four layouts: an EIA 公众参与 notice with the table of public opinions
(objectors named with phone and village: the reporter and a co-objector; a resident in
favour; the plant's contact; the EIA consultancy and its engineer as third parties); a
公告送达 of a penalty decision to an individual operator who cannot be found (name, ID, last
known address, premises; the case opened on a reporter named in 某-form or by compound); the
transcript of a televised 问政 programme (host and commentator, the bureau's head, the
reporter on a live link with a caption giving surname and compound, the boss answering); a
生态环境损害赔偿磋商 notice (the liable person, the assessment firm and its assessor, the
reporter masked in the clue's source, amounts and agreement numbers)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import BARE, PERSONAL, TALK, Unseen8Slots, layout, put, some


def eia_opinions(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    s.new_unit("third_party", kind="consult")
    put(b, s, "{S.name}扩建项目环境影响评价第二次公示\n\n")
    put(b, s, "一、建设单位§{S.name}，地址§{S.addr}，联系人§{E.name}，电话§" + rng.choice(("{E.mobile}", "{S.tel}")) + "\n")
    put(b, s, "二、环评单位§{U.name}，联系人§{M.name}，电话§" + rng.choice(("{M.mobile}", "{U.tel}")) + "，邮箱§{M.email}\n")
    put(b, s, "三、公众意见及采纳情况（第一次公示期间收到意见" + str(rng.randint(3, 9)) + "份，摘录）\n")
    put(b, s, "序号 | 意见人 | 联系方式 | 住址 | 意见 | 采纳情况\n")
    put(b, s, "1 | {R.name} | " + rng.choice(("{R.mobile}", "{R.mobile_masked}")) + " | {R.place} | 反对。" +
        rng.choice(TALK) + "，已向环保部门举报过 | 部分采纳，增设除臭设施\n")
    put(b, s, "2 | {J.name} | {J.mobile} | {J.place} | 反对，与1号意见人同" +
        ("小区" if s.is_urban(s.c.reporter) else "村") + "，联名 | 部分采纳\n")
    put(b, s, "3 | {Y.honor} | {Y.mobile_masked} | {Y.place} | 支持，解决就业 | —\n")
    put(b, s, "四、公示期{N.within}，公众可通过信函、电子邮件向建设单位或{A.name}（{A.tel}）提出意见。\n")
    put(b, s, "\n{S.name}\n{N.date}\n")


def service_notice(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}\n公  告\n{N.docno}\n\n")
    put(b, s, "{F.name}" + rng.choice(("（{F.gender}，{F.born}，身份证号码{F.id_masked}）", "（身份证号码{F.id}）",
                                   "（{F.gender}，{F.age}）")) + "：\n")
    put(b, s, "  本机关根据群众" + rng.choice(("{R.mou}", "{R.name_masked}", "（{R.place}居民）")) +
        "举报，于{N.date}对你在" + rng.choice(("{F.home}", "{S.place}")) + "从事的" + rng.choice(("废塑料加工", "小电镀", "废油提炼")) +
        "场所进行了检查，" + rng.choice(PERSONAL) + "。\n")
    put(b, s, "  因你下落不明（原住址{F.home}，手机{F.mobile}无法接通），现依法向你公告送达《行政处罚决定书》（{N.docno}）。"
        "自公告发布之日起经过{N.within}，即视为送达。罚款{N.money}。\n")
    put(b, s, "  联系人§{O.name}    联系电话§{A.tel}\n")
    put(b, s, "\n{A.name}\n{N.date}\n")


def tv_forum(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    host, guest = s.new_person(), s.new_person()
    s.bind("X", host, "third_party")
    s.bind("V", guest, "third_party")
    put(b, s, "《" + s.c.city.name[:-1] + "问政》第" + str(rng.randint(3, 60)) + "期文字实录（生态环境专场）\n\n")
    put(b, s, "主持人{X.name}：欢迎收看。今晚到场的有{A.parent}局长{D.name}。先看一段暗访。\n")
    put(b, s, "【暗访短片】" + "。".join(some(rng, BARE, 1, 2)) + "。\n")
    put(b, s, "主持人：我们连线举报群众。\n")
    put(b, s, "【字幕：举报群众 " + rng.choice(("{R.honor}", "{R.mou}", "{R.surname}师傅")) + "  " +
        rng.choice(("{R.place}" + ("居民" if s.is_urban(s.c.reporter) else "村民"), "在{W.short}工作")) + "】（已做变声处理）\n")
    put(b, s, "举报群众：" + "，".join(some(rng, TALK, 2, 3)) + "。我打了好几次电话" +
        rng.choice(("，都是一句“正在处理”。", "，还有人上门问是不是我打的。", "。")) + "\n")
    put(b, s, "主持人：{D.surname}局长，您怎么看？\n{D.name}：" + rng.choice((
        "这个问题我们要认真反思，节目结束后马上组织{A.dept}去现场。",
        "群众反映的情况属实的，一律依法查处。也请大家继续监督。")) + "\n")
    put(b, s, "主持人：企业方面，{S.name}负责人{B.name}也在现场。\n{B.name}：我们" +
        rng.choice(("马上整改", "接受批评，设备明天就修")) + "。\n")
    put(b, s, "特约评论员{V.name}：这一期暴露的是监管“最后一公里”的问题。\n")
    put(b, s, "（本期节目共收到观众留言" + str(rng.randint(80, 900)) + "条；热线{N.h12345}同步受理）\n")


def damages(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    s.new_unit("third_party", kind="consult")
    individual = rng.random() < 0.5
    put(b, s, "关于{S.short}" + ("及" if individual else "") + ("{F.name}" if individual else "") +
        "生态环境损害赔偿磋商情况的公告\n\n")
    put(b, s, "  案件来源§" + rng.choice(("群众举报（举报人{R.name_masked}）", "群众{R.mou}举报", "{N.h12369}热线转办")) +
        "，{N.date}立案。\n")
    put(b, s, "  赔偿义务人§{S.name}（统一社会信用代码{S.uscc}），法定代表人{B.name}" +
        ("；{F.name}（{F.gender}，{F.age}，住{F.home}），系该公司废液的实际处置人" if individual else "") + "。\n")
    put(b, s, "  损害情况§" + rng.choice(BARE) + "，经{U.name}鉴定评估（鉴定人{M.name}），生态环境损害数额{N.bigmoney}。\n")
    put(b, s, "  磋商结果§双方于{N.date}签订赔偿协议（协议编号{N.agree}），赔偿义务人承担修复费用{N.bigmoney}、"
        "鉴定费用{N.money}。\n")
    put(b, s, "  公示期{N.within}。如有异议，请联系{A.name}法规科{O.name}，{A.tel}，或发邮件至{A.mail}。\n")
    put(b, s, "\n{A.name}\n{N.date}\n")


LAYOUTS = (eia_opinions, service_notice, tv_forum, damages)


def build(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
