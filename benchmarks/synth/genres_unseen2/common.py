"""Slots and shared sentence pools of the second unseen family (``unseen2``).

``Unseen2Slots`` adds what documents of this family mention and the other families do
not: the reporter's village or compound on its own (``R.village``), masked forms as
published notices print them (``R.masked_name``, ``R.masked_mobile``), a surname given
alone (``R.surname``), a subject employee (``E``: 环保专员, 填表人, role subject), a second
official (``Q``: 审核人, 科长, role official), the subject's short name (``S.short``,
豫丰公司) and an agency's department (``A.dept``). Every other slot is the base one.
"""

from __future__ import annotations

import random
import re

from ..cast import _FAKER, _person
from ..render import Piece
from ..slots import Slots
from ..words import TRADE_NAMES

# The part of a home address that names the village or compound alone.
VILLAGE = re.compile(r"""
    (?P<village> [^镇]{1,4}镇 [^村]{1,4}村 )          # rural: 杨庄镇前王村
  | 号 (?P<compound> [^号]{2,6}?
        (?:小区|花园|家园|苑|新村|嘉园|公馆|名城|家属院) )  # urban: 12号锦绣花园 -> 锦绣花园
""", re.VERBOSE)

def layout(s: "Unseen2Slots", rng: random.Random, layouts: tuple):
    """One of a genre's layouts: any for ``unseen2``; for the halves, even-numbered
    layouts make ``unseen2-a`` (fixes may look at its failures) and odd-numbered ones
    ``unseen2-b`` (measured blind). The whole family draws exactly as before the split,
    so its first measurement stays reproducible."""
    if s.variant == "unseen2-a":
        layouts = layouts[0::2]
    elif s.variant == "unseen2-b":
        layouts = layouts[1::2]
    return rng.choice(layouts)


class Unseen2Slots(Slots):
    """Base slots plus the extra people and forms this family writes (see module doc)."""

    def __init__(self, cast, rng: random.Random, variant: str = "unseen2") -> None:
        super().__init__(cast, rng)
        self.variant = variant  # unseen2 (all layouts), unseen2-a or unseen2-b (half of them)
        self.employee = _person(rng, _FAKER, cast.city, cast.year)
        self.reviewer = _person(rng, _FAKER, cast.city, cast.year)
        # one habit per document: the colon after a label, and spaced-out labels (姓  名)
        self.colon = rng.choice(("：", "：", "：", ":", "： ", "﹕"))
        self.spaced = rng.random() < 0.3

    def __call__(self, who: str, what: str) -> list[Piece]:
        if who == "E":
            return getattr(self, f"p_{what}")(self.employee, "subject")
        if who == "Q":
            return getattr(self, f"p_{what}")(self.reviewer, "official")
        return super().__call__(who, what)

    # --- persons ----------------------------------------------------------------------
    def p_village(self, p, role):
        """The village or compound of the person's home, without road and door number."""
        m = VILLAGE.search(p.home.rest)
        text = (m.group("village") or m.group("compound")) if m else p.home.rest
        if self.rng.random() < 0.4:
            text = p.home.district + text
        return self._span(text, "CN_ADDRESS", role, "partial")

    def p_surname(self, p, role):
        """The surname alone, as in 免贵姓张."""
        return self._span(p.surname, "PERSON", role, "partial")

    def p_masked_name(self, p, role):
        stars = self.rng.choice(("*", "**", "××", "某某", "X"))
        return self._span(p.surname + stars, "PERSON", role, "partial")

    def p_masked_mobile(self, p, role):
        return self._span(p.mobile[:3] + "****" + p.mobile[-4:], "CN_MOBILE", role, "partial")

    def p_mobile_typed(self, p, role):
        """A mobile typed into a form or a spreadsheet cell: plain, dashed or spaced only."""
        form = self.rng.choice(("plain", "plain", "plain", "dashed", "spaced"))
        from ..numbers import write_mobile
        return self._span(write_mobile(p.mobile, form, self.rng), "CN_MOBILE", role, form)

    def p_qq_plain(self, p, role):
        """A QQ number as a client prints it (message exports): always plain digits."""
        return self._span(p.qq, "CN_QQ", role)

    def p_title(self, p, role):
        """Surname and a title fixed for the document (王主任 throughout, not 王主任 then 王科长)."""
        if not hasattr(self, "_titles"):
            self._titles = {}
        title = self._titles.setdefault(id(p), self.rng.choice(("主任", "科长", "站长", "同志")))
        return self._span(p.surname + title, "PERSON", role, "partial")

    def p_alias(self, p, role):
        """What colleagues, neighbours or staff call someone: 张工, 张会计, 张叔, 张姨."""
        options = [p.surname + w for w in ("工", "会计", "老师")]
        options.append(p.surname + ("叔" if p.male else "姨"))
        options.append(p.surname + ("哥" if p.age < 45 else "伯") if p.male else p.surname + "姐")
        return self._span(self.rng.choice(options), "PERSON", role, "partial")

    # --- subject, agency --------------------------------------------------------------
    def s_short(self, role):
        name = self.c.company.name
        trade = next((t for t in sorted(TRADE_NAMES, key=len, reverse=True) if t in name), name[:4])
        tail = "厂" if name.endswith("厂") else self.rng.choice(("公司", "公司", "厂"))
        return self._span(trade + tail, "ORGANIZATION", role, "partial")

    def pub_bank(self, role):
        """A bank as a public institution (开户银行): an organisation, not the reporter's."""
        return self._span(self.rng.choice(("中国农业银行", "中国工商银行", "中国建设银行", "中国邮政储蓄银行")) + self.c.city.name
                          + "分行", "ORGANIZATION", role)

    def a_dept(self, role):
        dept = self.rng.choice(("生态环境保护综合行政执法支队", "执法大队", "信访科", "环境监察大队"))
        return self._span(self.c.agency.parent + dept, "ORGANIZATION", role)

    # --- never-flag items -------------------------------------------------------------
    def _doc(self, kind: str):
        """A document number: 豫环罚决字〔2023〕45号 and the like, by kind of document."""
        abbr, y, n = self.c.agency.case_prefix[:2], self.c.year, self.rng.randint(1, 300)
        text = {"penalty": f"{abbr}罚决字〔{y}〕{n}号", "disclose": f"{abbr}依申复〔{y}〕{n}号",
                "petition": f"{abbr}信复字（{y}）第{n}号", "reward": f"{abbr}奖〔{y}〕{n}号"}[kind]
        return self._never(text, "case_number")

    def n_doc_penalty(self):
        return self._doc("penalty")

    def n_doc_disclose(self):
        return self._doc("disclose")

    def n_doc_petition(self):
        return self._doc("petition")

    def n_doc_reward(self):
        return self._doc("reward")

    def n_workorder(self):
        text = self.rng.choice((f"GD{self.day:%Y%m%d}{self.rng.randint(0, 99999):05d}",
                                f"{self.c.year}{self.rng.randint(10**9, 10**10 - 1)}",
                                f"SZ-{self.day:%y%m}-{self.rng.randint(1, 9999):04d}"))
        return self._never(text, "case_number")

    def n_clock(self):
        """A chat time that moves forward through the document (21:03, 21:07 …)."""
        self._minute = getattr(self, "_minute", self.rng.randint(6 * 60, 22 * 60)) + self.rng.randint(0, 25)
        return self._never(f"{self._minute // 60 % 24:02d}:{self._minute % 60:02d}", "time")

    def n_stamp(self):
        """A message-export time stamp, one format per document, moving forward."""
        self._second = getattr(self, "_second", self.rng.randint(6 * 3600, 20 * 3600)) + self.rng.randint(5, 900)
        t = self._second % 86400
        return self._never(f"{self.day:%Y-%m-%d} {t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}", "date")

    def n_area_hotline(self):
        return self._never(self.c.city.area_code + "-12345", "hotline")

    def n_days(self):
        return self._never(f"{self.rng.choice((5, 7, 10, 15, 30))}个工作日", "quantity")


def lab(s: Unseen2Slots, label: str) -> str:
    """A field label in the document's habit: 举报者： / 举报者: / 举 报 者："""
    if s.spaced and 2 <= len(label) <= 3:
        label = " ".join(label) if len(label) == 3 else label[0] + "\u3000" + label[1]
    return label + s.colon


def put(b, s: Unseen2Slots, template: str) -> None:
    """Render ``template``; ``〈label〉`` marks a field label written in the document's habit."""
    out, i = [], 0
    for m in re.finditer(r"〈([^〉]+)〉", template):
        out.append(template[i:m.start()])
        out.append(lab(s, m.group(1)))
        i = m.end()
    out.append(template[i:])
    b.render("".join(out), s)


def some(rng: random.Random, items: tuple, lo: int, hi: int) -> list:
    return rng.sample(items, min(len(items), rng.randint(lo, hi)))


# What a complainant says about the polluter, in their own words (kept by forward).
ABOUT = (
    "{S.name}这半年扩了两条生产线，环评根本没批下来",
    "他们家烟囱晚上冒的是黄烟，白天就停，明显是躲检查",
    "{S.short}把洗罐子的水直接接到雨水管里，下游沟里全是白沫子",
    "厂区在{S.addr}，后墙外面挖了个坑，废液就往坑里灌",
    "负责这块的是生产副总{B.name}，手机{B.mobile}，你们打给他他肯定说没有",
    "他们的罐车{S.plate}每周二、周五夜里往外拉东西，不知道拉到哪里去了",
    "{S.short}门口的监控对着路，环保来之前他们就提前知道了",
    "这个厂的老板{B.ref}说他跟{A.name}的人熟，查不了他",
    "车间里的粉尘飘出来，{P.inst}操场上一层灰",
    "上回{N.date}那次暗管被堵了，现在又换了个地方接",
    "他们厂电话{S.tel}，打过去都说老板不在",
    "{S.name}的排污许可证早就过期了，许可证编号{N.permit}，网上能查到",
    "{N.time}以后味道最重，像烂鸡蛋，{N.reading}",
    "厂里管环保的{E.name}跟我说过，设备坏了半年没修",
    "{S.short}的拉渣车牌照是{S.plate}，车斗不盖篷布，一路撒",
    "他们把危废桶藏在后院的彩钢棚里，光我看见的就有{N.num}排",
    "排出来的水进了{P.inst}边上那条河，河里的鱼死了一片",
    "{B.name}是实际老板，营业执照上的法人是他亲戚",
    "离我们住的地方也就{N.dist}，窗户都不敢开",
    "有事可以问他们的环保专员{E.alias}，电话{E.mobile}",
)

# The same facts as a clerk writes them (kept by forward, publish).
ABOUT_FORMAL = (
    "{S.name}（地址：{S.addr}）夜间生产，废气未经处理直排",
    "{S.name}私设暗管排放生产废水，{N.reading}",
    "该企业未落实扬尘管控措施，原料露天堆放",
    "{S.short}危险废物贮存不规范，现场发现废机油桶{N.num}个",
    "企业负责人{B.name}（联系电话{B.mobile}）称设备正在检修",
    "涉嫌单位夜间生产噪声扰民，{N.reading}",
    "该单位运输车辆（{S.plate}）沿途抛洒，影响周边{N.households}居民",
    "{S.name}环评批复与实际建设内容不符",
    "企业环保负责人{E.name}未能提供近三个月的在线监测数据",
    "该公司统一社会信用代码{S.uscc}，排污许可证编号{N.permit}",
)

# The complainant about themself, with place and work (reporter).
ME = (
    "我是{R.village}的，叫{R.name}",
    "我在{W.name}上班，就住在{R.village}，离那个厂不远",
    "我叫{R.name}，{R.age}，家就在{R.home}",
    "本人{R.name}，{W.name}职工，住{R.village}",
    "我和{H.rel}{H.name}都在{W.name}上班，下了夜班回家一路都是那个味",
    "我是{R.village}的住户{R.ref}",
    "俺家在{R.village}，俺{H.rel}在{W.name}干活",
)

# How to reach the complainant, said in the middle of a sentence (reporter).
REACH = (
    "我的手机是{R.mobile}，晚上打也行",
    "回电号码{R.mobile}",
    "有事打这个号{R.mobile}找我，或者打我{H.rel}的{H.mobile}",
    "家里座机{R.tel}，白天没人",
    "我的微信就是{R.wechat}，现场照片可以发过去",
    "我的邮箱{R.email}，请把处理结果发到这里",
    "QQ号{R.qq}，平时在线",
    "视频我传到{R.social}上了",
    "视频链接在这：{R.url}",
    "我的车是{R.plate}，上回停在他们厂门口被划了",
)
