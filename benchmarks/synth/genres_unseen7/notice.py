"""Published papers (publish policy), four layouts: a 刑事判决书 excerpt on a pollution crime
(the accused a natural person with date of birth, ethnicity, home; the defence lawyer and
firm; witnesses: the reporter as 证人 in 某-form with their village, a plant worker; judges
and clerk; the court's case number); a 居委会 notice on the stairwell board that gives away
which building complained (X号楼X单元的住户), a neighbour who signed, the property company,
the grid worker's mobile; an official Weibo 情况通报 on a netizen's post (the reporter's
Weibo handle, reposting users, the plant's legal representative, the netizen identified
as a resident); a town's 环境整治情况公开 table of households fined (户主 names, groups,
plates) with the reward paid to a masked reporter and the town's supervision phone."""

from __future__ import annotations

import random

from ..render import Builder, Piece
from .common import BARE, Unseen7Slots, layout, put


def judgment(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "{A.court}\n刑事判决书\n{N.court}\n\n")
    put(b, s, "公诉机关{A.procur}。\n")
    put(b, s, "被告人{F.name}，{F.gender}，{F.birth}出生，{F.ethnic}，" + rng.choice(("初中文化", "小学文化", "高中文化")) +
        "，" + rng.choice(("个体经营者", "无业", "农民")) + "，住{F.home}。因涉嫌犯污染环境罪于{N.date}被{A.police}刑事拘留。\n")
    put(b, s, "辩护人{Q.name}，")
    b.add(Piece(s.c.city.name[:-1] + rng.choice(("正义", "中原", "明德", "衡平")) + "律师事务所", "ORGANIZATION", "third_party"))
    put(b, s, "律师。\n\n")
    put(b, s, "经审理查明：{N.year}以来，被告人{F.name}在" + rng.choice(("其租赁的院落内", "{S.addr}")) +
        rng.choice(("非法收集废铅蓄电池拆解", "将含重金属废液直接排入渗坑", "焚烧废电路板提炼金属")) + "，经检测{N.reading}。\n")
    put(b, s, "上述事实，有下列证据证实：1.证人{R.mou}的证言，证实其家住" + rng.choice(("{R.place}", "被告人院落东侧")) +
        "，多次闻到刺鼻气味并向环保部门举报；2.证人{E.mou}的证言，证实其受雇于被告人" +
        rng.choice(("负责拆解", "开车拉货")) + "；3.检测报告{N.report}；4.现场勘验笔录等。\n")
    put(b, s, "本院认为……判决如下：被告人{F.name}犯污染环境罪，判处有期徒刑" + rng.choice(("一年", "八个月", "一年六个月")) +
        "，并处罚金{N.money}。\n\n审判长 {O.name}\n审判员 {D.name}\n{N.date}\n书记员 {G.name}\n")


def stairwell(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    s.new_unit("third_party").name = s.c.city.name[:-1] + rng.choice(("安居", "锦程", "宜家", "佳和")) + "物业服务有限公司"
    urban = s.is_urban(s.c.reporter)
    put(b, s, "温 馨 提 示\n\n各位居民：\n")
    put(b, s, "近期有" + (rng.choice(("{R.flat}的住户", "本小区{R.flat}一位住户")) if urban else "本村{R.flat}一位村民") +
        "向环保部门反映" + ("小区南侧" if urban else "村边") + "{S.name}" +
        rng.choice(("夜间异味", "噪声扰民", "粉尘污染")) + "问题，" +
        rng.choice(("同楼的{J.mou}也签了字。", "另有住户{J.name_masked}一并反映。", "")) +
        "{A.name}已于{N.date}到现场检查，企业正在整改。\n")
    put(b, s, "请大家不要到企业门口聚集，" + rng.choice(("有问题可以通过物业统一反映。", "也请不要在业主群里打听是谁反映的。")) + "\n")
    put(b, s, "物业服务单位§{U.name}  电话§{U.tel}\n")
    put(b, s, "社区网格员§{D.name}  {D.mobile}\n\n")
    put(b, s, (rng.choice(("{R.place}社区居民委员会", "社区居民委员会")) if urban else "村民委员会") + "\n{N.date}\n")


def weibo(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "【情况通报】\n")
    put(b, s, "{N.date}，网民“{R.weibo}”发布微博" + rng.choice(("（{R.url}）", "")) + "，反映{S.name}" + rng.choice(("夜间排放黑烟", "废水直排", "堆放危险废物")) +
        "，" + rng.choice(("网民“{Y.weibo}”等转发", "引发关注", "网民“{Y.weibo}”“{Q.weibo}”等转发评论")) + "。\n")
    put(b, s, "我局高度重视，当日组织执法人员赴现场调查。经查：{S.name}（法定代表人{B.name}）" +
        "，".join(rng.sample(BARE, 2)) + "。\n")
    put(b, s, "经联系，该网民系" + rng.choice(("{R.place}居民{R.mou}", "附近居民", "{R.place}居民")) +
        "，已将调查情况向其反馈。\n")
    put(b, s, "下一步，我局将依法对该企业立案查处，处理结果将及时向社会公布。感谢网友监督！\n\n{A.name}\n{N.date}\n")


def town_table(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "{A.town}环境整治情况公开（第" + str(rng.randint(2, 9)) + "期）\n\n")
    town = rng.choice(("城关", "王村", "李集", "马寨")) + "镇" + rng.choice(("前", "后", "东", "西")) + \
        rng.choice(("杨庄", "张湾", "柳林", "高庙")) + "村"
    s.rural(s.c.reporter, town)
    s.rural(s.individual, town)
    put(b, s, "序号 | 户主 | 组别 | 问题 | 处理情况\n")
    put(b, s, "1 | {F.name} | {F.flat} | " + rng.choice(("院内焚烧废旧轮胎", "私设废油收购点")) + " | 罚款{N.money}，已拆除\n")
    for i in range(rng.randint(1, 3)):
        p = s.new_person()
        s.rural(p, town)
        s.bind("X", p, "subject")
        put(b, s, f"{i + 2} | " + "{X.name} | {X.flat} | " +
            rng.choice(("畜禽粪污直排", "露天烧秸秆", "货车{X.plate}沿途撒漏")) + " | " + rng.choice(("责令整改", "已整改")) + "\n")
    put(b, s, "\n以上问题由群众举报发现，经核实后依规给予举报人" + rng.choice(("{R.name_masked}", "{R.mou}")) +
        rng.choice(("（{R.flat}）", "")) + "奖励{N.money}。\n")
    put(b, s, "监督电话§{A.tel}    镇环保所联系人§{G.name}\n{N.date}\n")


LAYOUTS = (judgment, stairwell, weibo, town_table)


def build(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
