"""Slots and shared sentence pools of the fourth blind family (``unseen4``).

``Unseen4Slots`` builds on the slot machinery of ``genres_unseen3.common.Unseen3Slots``
(people K, J, V, E, G; masked forms; table cells; rows) and adds the people and written
forms this family's documents have:

    C  the reporter's child (a pupil): role reporter; ``C.school`` is the child's school,
       an ORGANIZATION with role reporter (it points at the family, unlike a landmark)
    Y  a witness or another neighbour (third_party)
    D  a third official: a police officer of the 110 command centre, a town cadre, the
       census taker (普查员)
    F  a natural person reported as such: a 包工头 (foreman) of a construction site, a
       scrap dealer, the keeper of a workshop (subject)

and for every person: a mobile, ID card or landline as OCR of a handwritten letter reads it
(``X.ocr_mobile``, ``X.ocr_id``, ``X.ocr_tel``: full-width digits, stray spaces), a mobile
with a space after the third digit only as people type it in a chat (``X.mobile_chat``), the
given name only (``X.given``, a child's or a friend's), a name written with a space
(``X.name_sp``: 王 芳), a masked name kept with its masked mobile (``X.masked_pair``);
for the reporter the committee of their village or community when it writes for them
(``R.committee``: ORGANIZATION, role reporter — decided: a 村委会 / 居委会 that files a
complaint on behalf of its residents is the complainant, and its name points at the
village that complained, so under ``forward`` it goes with the villagers' names); for the
reported party a construction project (``S.project``), its legal representative's title
(``B.post``), a business card block (``B.card``); for agencies a town government
(``A.town``), the 110 command centre (``A.police``), the 12345 centre (``A.center``), all
official; for never-items the census 表号 and 批准文号, a postcode, an industry code,
a bank transaction number, a QQ-export time stamp, a 12345 工单 number, a 留言 number.
"""

from __future__ import annotations

import datetime as dt
import random

from .. import geo
from .. import numbers as nb
from ..cast import _FAKER, _person
from ..genres_unseen3.common import RURAL, Unseen3Slots, _place_only
from ..render import Piece

SCHOOL_KINDS = ("{district}实验小学", "{town}镇中心小学", "{district}第{n}初级中学", "{town}镇{v}村小学",
                "{city}{trade}双语学校", "{district}第{n}幼儿园")
TRADES = ("育才", "明德", "启航", "英才", "博雅", "新星")
PROJECTS = ("{trade}花园二期项目", "{trade}·{park}安置房项目", "{road}道路改造工程", "{trade}商业综合体项目",
            "{road}雨污分流工程", "{trade}家园三期工地")
FOREMAN_KIND = ("包工头", "工地负责人", "废品站老板", "作坊主", "拆迁队老板")


def layout(s: Unseen4Slots, rng: random.Random, layouts: tuple):
    """One of a genre's layouts: any for ``unseen4``; even-numbered layouts (0, 2) for
    ``unseen4-a`` (may be looked at later), odd-numbered ones (1, 3) for ``unseen4-b``
    (measured blind)."""
    if s.variant == "unseen4-a":
        layouts = layouts[0::2]
    elif s.variant == "unseen4-b":
        layouts = layouts[1::2]
    return rng.choice(layouts)


def _ocr(text: str, rng: random.Random) -> str:
    """A number as OCR of handwriting gives it: some digits full-width, stray spaces."""
    out = []
    wide = rng.random() < 0.5
    for i, ch in enumerate(text):
        if ch.isdigit() and (wide if rng.random() < 0.85 else not wide):
            ch = nb.fullwidth(ch)
        out.append(ch)
        if 0 < i < len(text) - 1 and rng.random() < 0.12:
            out.append(" ")
    return "".join(out)


class Unseen4Slots(Unseen3Slots):
    """Unseen3 slots plus the extra people and forms of this family (see module doc)."""

    def __init__(self, cast, rng: random.Random, variant: str = "unseen4") -> None:
        super().__init__(cast, rng, variant)
        self.variant = variant
        city, year = cast.city, cast.year
        r = cast.reporter
        self.child = _person(rng, _FAKER, city, year, surname=r.surname)
        self.child.age = rng.randint(7, 14)
        self.child.home = r.home
        self.witness = _person(rng, _FAKER, city, year)
        self.officer = _person(rng, _FAKER, city, year)
        self.foreman = _person(rng, _FAKER, city, year)
        self.foreman_kind = rng.choice(FOREMAN_KIND)
        self.colon = rng.choice(("：", "：", ":", "： ", "∶"))

    def __call__(self, who: str, what: str) -> list[Piece]:
        extra = {"C": (self.child, "reporter"), "Y": (self.witness, "third_party"),
                 "D": (self.officer, "official"), "F": (self.foreman, "subject")}
        if who in extra:
            person, role = extra[who]
            return getattr(self, f"p_{what}")(person, role)
        return super().__call__(who, what)

    # --- persons ----------------------------------------------------------------------
    def p_ocr_mobile(self, p, role):
        text = _ocr(nb.write_mobile(p.mobile, self.rng.choice(("plain", "spaced")), self.rng), self.rng)
        form = "fullwidth" if any("０" <= c <= "９" for c in text) else "spaced" if " " in text else "plain"
        return self._span(text.strip(), "CN_MOBILE", role, form)

    def p_ocr_id(self, p, role):
        text = _ocr(p.id18, self.rng)
        form = "fullwidth" if any("０" <= c <= "９" for c in text) else "spaced" if " " in text else "plain"
        return self._span(text.strip(), "CN_ID_CARD", role, form)

    def p_ocr_tel(self, p, role):
        text = _ocr(p.landline, self.rng)
        form = "fullwidth" if any("０" <= c <= "９" for c in text) else "spaced" if " " in text else "plain"
        return self._span(text.strip(), "CN_LANDLINE", role, form)

    def p_mobile_chat(self, p, role):
        m = p.mobile
        text = self.rng.choice((m, m[:3] + " " + m[3:], m[:3] + " " + m[3:7] + " " + m[7:], m))
        return self._span(text, "CN_MOBILE", role, "spaced" if " " in text else "plain")

    def p_given(self, p, role):
        """The given name alone (a child, a friend): 小凯 for a one-character name."""
        return self._span(p.given if len(p.given) > 1 else "小" + p.given, "PERSON", role, "partial")

    def p_name_sp(self, p, role):
        text = p.surname + " " + p.given if len(p.given) == 1 else p.name
        return self._span(text, "PERSON", role)

    def p_honor(self, p, role):
        """张先生 / 李女士."""
        return self._span(p.honorific, "PERSON", role, "partial")

    def p_kind(self, p, role):
        """What the natural-person subject is (包工头, 废品站老板): plain text."""
        return [Piece(self.foreman_kind)]

    def p_kid_age(self, p, role):
        return self._span(f"{p.age}岁", "DEMOGRAPHIC", role)

    def p_school(self, p, role):
        """The school of a pupil (the reporter's child): points at the family."""
        if not hasattr(self, "_school"):
            home = p.home
            m = RURAL.match(home.rest)
            town = m.group("town")[:-1] if m else self.rng.choice(geo.TOWN_HEADS)
            v = m.group("village")[:-1] if m else self.rng.choice(geo.VILLAGE_HEADS) + self.rng.choice(geo.TOWN_HEADS)
            self._school = self.rng.choice(SCHOOL_KINDS).format(
                district=home.district, town=town, v=v, city=home.city.name, n=self.rng.choice("一二三四五六七八"),
                trade=self.rng.choice(TRADES))
        return self._span(self._school, "ORGANIZATION", role)

    def p_grade(self, p, role):
        return [Piece(self.rng.choice(("三年级", "四年级", "五年级", "六年级", "初一", "初二")) +
                      self.rng.choice(("", f"（{self.rng.randint(1, 8)}）班", f"{self.rng.randint(1, 8)}班")))]

    def p_committee(self, p, role):
        """The village or residents' committee of the person's home (writing for them)."""
        if not hasattr(self, "_committee"):
            m = RURAL.match(p.home.rest)
            if m:
                name = p.home.district + m.group("town") + m.group("village") + self.rng.choice(("村民委员会", "村委会"))
            else:
                place = _place_only(p.home.rest) or self.rng.choice(geo.COMPOUND_HEADS)
                for t in ("小区", "花园", "家园", "苑", "新村", "嘉园", "公馆", "名城", "家属院"):
                    if place.endswith(t) and len(place) > len(t):
                        place = place[: -len(t)]
                        break
                name = p.home.district + place + "社区居民委员会"
            self._committee = name
        return self._span(self._committee, "ORGANIZATION", role)

    def p_folk(self, p, role):
        """本村 or 本社区, after the committee of the person's home: plain text."""
        return [Piece("本社区" if self.p_committee(p, role)[0].text.endswith("居民委员会") else "本村")]

    def p_card(self, p, role):
        """A business card pasted into a chat: name, title, company, mobile, WeChat, address."""
        out = [Piece("【名片】"), *self.p_name(p, role), Piece(" " + self.rng.choice(("总经理", "董事长", "厂长", "法定代表人")) + "\n")]
        out += self.s_name(role) + [Piece("\n手机：")] + self.p_mobile_plain(p, role)
        if self.rng.random() < 0.6:
            out += [Piece("  微信同号")]
        else:
            out += [Piece("  微信：")] + self.p_wechat(p, role)
        out += [Piece("\n地址：")] + self.s_addr(role)
        if self.rng.random() < 0.5:
            out += [Piece("\n电话：")] + self.s_tel(role)
        return out

    # --- reported party ------------------------------------------------------------------
    def s_project(self, role):
        if not hasattr(self, "_project"):
            site = self.c.company.site
            self._project = site.district + self.rng.choice(PROJECTS).format(
                trade=self.rng.choice(("锦华", "盛世", "御景", "和园", "滨河", "中央")),
                park=self.rng.choice(("东区", "南区", "一期")), road=self.rng.choice(geo.ROADS))
        return self._span(self._project, "ORGANIZATION", role)

    def s_scene(self, role):
        """Where a construction site is: a road crossing (the polluter's location)."""
        if not hasattr(self, "_scene"):
            a, b = self.rng.sample(geo.ROADS, 2)
            self._scene = self.c.company.site.district + a + "与" + b + self.rng.choice(("交叉口东北角", "交叉口西南侧", "交汇处"))
        return self._span(self._scene, "CN_ADDRESS", role)

    # --- agencies --------------------------------------------------------------------------
    def a_town(self, role):
        if not hasattr(self, "_town"):
            self._town = self.c.company.site.district + self.rng.choice(geo.TOWN_HEADS) + "镇人民政府"
        return self._span(self._town, "ORGANIZATION", role)

    def a_police(self, role):
        return self._span(self.c.city.name + "公安局110指挥中心", "ORGANIZATION", role)

    def a_center(self, role):
        return self._span(self.c.city.name + "12345政务服务便民热线中心", "ORGANIZATION", role)

    def a_street(self, role):
        """The agency's address without the city (as printed in a letterhead)."""
        return self._span(self.c.agency.address.district + self.c.agency.address.rest, "CN_ADDRESS", role)

    # --- never-flag items --------------------------------------------------------------
    def n_qqstamp(self):
        """A QQ / DingTalk export stamp, moving forward, always date + time to the second."""
        self._clock += self.rng.randint(15, 900)
        t = self._clock % 86400
        d = self.day + dt.timedelta(days=self._clock // 86400)
        return self._never(f"{d:%Y-%m-%d} {t // 3600}:{t // 60 % 60:02d}:{t % 60:02d}", "date")

    def n_hm(self):
        self._clock += self.rng.randint(5, 300)
        t = self._clock % 86400
        return self._never(f"{t // 3600:02d}:{t // 60 % 60:02d}", "time")

    def n_tableno(self):
        return self._never(self.rng.choice(("G101-1", "G101-2", "G102", "S101", "S103", "G103-1")), "case_number")

    def n_approval(self):
        return self._never(self.rng.choice(("国统制〔2018〕103号", "国统制〔2017〕114号", "国统办函〔2018〕5号")), "case_number")

    def n_postcode(self):
        return self._never(self.c.city.code[:3] + f"{self.rng.randint(0, 999):03d}", "case_number")

    def n_indcode(self):
        return self._never(str(self.rng.randint(1311, 4320)), "case_number")

    def n_txn(self):
        return self._never(f"{self.day:%Y%m%d}{self.rng.randint(10**11, 10**12 - 1)}", "case_number")

    def n_msgno(self):
        return self._never(self.rng.choice((f"LY{self.day:%Y%m%d}{self.rng.randint(0, 99999):05d}",
                                            f"{self.rng.randint(10**7, 10**8 - 1)}")), "case_number")

    def n_db(self):
        return self._never(self.rng.choice((f"{self.rng.randint(60, 92)}分贝", f"{self.rng.randint(60, 92)}dB")), "reading")

    def n_recno(self):
        """A call recording number."""
        return self._never(f"REC{self.day:%Y%m%d}{self.rng.randint(0, 999999):06d}", "case_number")

    def n_jjno(self):
        """A 110 接警编号."""
        return self._never(f"{self.c.year}{self.rng.randint(10**9, 10**10 - 1)}", "case_number")

    def n_year(self):
        return self._never(f"{self.c.year}年", "date")

    def n_docno(self):
        """The document's own number (督办, 交办, 转办), one word per document."""
        if not hasattr(self, "_docword"):
            self._docword = self.rng.choice(("环督字", "环交字", "环转字", "环办函"))
        return self._docno(self._docword)

    def n_penalty(self):
        return self._docno("环罚决字")

    def n_award(self):
        return self._docno("环奖决字")

    def n_award_row(self):
        """A reward decision number of one row of a list (each row its own)."""
        return self._never(f"{self.c.city.name[0]}环奖决字〔{self.c.year}〕{self.rng.randint(1, 260)}号", "case_number")

    def s_unit(self, role):
        """A unit that owns a boiler (宾馆, 洗浴中心, 供热站): a census object."""
        if not hasattr(self, "_unit"):
            self._unit = self.c.company.site.district + self.rng.choice(("鑫源", "天润", "金鹏", "和园", "御景", "开元")) + \
                self.rng.choice(("大酒店", "宾馆", "洗浴中心", "供热站", "食品有限公司", "温泉度假村"))
        return self._span(self._unit, "ORGANIZATION", role)

    def n_boiler(self):
        return self._never(f"{self.c.company.site.district_code}G{self.rng.randint(1, 99):03d}", "case_number")

    def n_cellcode(self):
        """A census area (普查小区) code."""
        return self._never(self.c.company.site.district_code + f"{self.rng.randint(1, 30):03d}{self.rng.randint(1, 99):03d}{self.rng.randint(1, 9):02d}",
                           "case_number")

    def n_fuel(self):
        return self._qty(("{n}吨", "约{n}吨", "{n}万立方米"), (12, 80, 300, 1500))

    def n_ratio(self):
        return self._never(self.rng.choice(("50%", "30%", "100%", "二分之一")), "quantity")

    def n_capacity(self):
        return self._qty(("{n}蒸吨/小时", "{n}t/h", "{n}MW"), (1, 2, 4, 6, 10))

    def n_output(self):
        return self._qty(("{n}万元", "{n}吨/年", "{n}万件"), (80, 300, 1200, 5000))

    def n_staff(self):
        return self._qty(("{n}人", "{n}名"), (8, 25, 60, 140))

    def n_hours(self):
        return self._qty(("{n}小时", "{n}天"), (2, 5, 8, 24, 300))


def put(b, s: Unseen4Slots, template: str) -> None:
    """Render ``template``; ``§`` is the colon after a field label, in the document's habit."""
    b.render(template.replace("§", s.colon), s)


def pick_some(rng: random.Random, items: tuple, lo: int, hi: int) -> list:
    return rng.sample(items, min(len(items), rng.randint(lo, hi)))


# What a resident says about the polluter (subject content, kept by forward).
TALK = (
    "{S.name}这半年换了一批新设备，从那以后一到夜里就往外排黄烟",
    "排口就在{S.addr}后墙根，水是乳白色的，流进{P.inst}旁边的河沟",
    "他们厂的大门朝西开，运渣的车{S.plate}半夜进出，一路撒",
    "厂里管生产的{E.name}跟我们说过，环保设施是摆样子的",
    "老板{B.name}说过他上面有人，谁告都没用",
    "晾在外面的衣服一天就落一层灰，窗台上黑乎乎的",
    "味道像烧塑料，{N.time}以后最重，门窗关上都挡不住",
    "村东头那口井的水现在有股怪味，没人敢喝了",
    "我们用手机软件测过，噪声有{N.db}，老人孩子整夜睡不着",
    "厂区西北角新挖了一个坑，拉来的废液直接往里倒，大概有{N.amount}",
    "以前环保局来查过，查的时候停了，走了{N.num}天又开",
    "{S.short}的烟囱很矮，冒出来的烟直接往村里飘",
)

# The same facts as an official writes them (kept by forward and publish).
RECORD = (
    "{S.name}（地址：{S.addr}）涉嫌夜间偷排生产废水",
    "该企业废气处理设施未运行，车间无组织排放明显",
    "现场检查时企业负责人{B.name}在场，联系电话{B.mobile}",
    "该单位统一社会信用代码{S.uscc}，排污许可证编号{N.permit}",
    "企业危险废物贮存场所未设置防渗措施，现场约{N.amount}废桶露天堆放",
    "经监测，{N.reading}，超过排放标准",
    "{S.short}原料及产品露天堆放，未采取抑尘措施",
    "该企业雨水管网与污水管网混接，雨水排口有黄褐色废水流出",
)

PROBLEMS = tuple(t for t in RECORD if "{B." not in t and "{S.uscc}" not in t)

# What is wrong, as a predicate after the enterprise's name (群众反映XX公司……).
WRONGS = (
    "夜间偷排生产废水", "废气处理设施未正常运行，车间异味明显", "危险废物露天堆放，未设置防渗措施",
    "雨污管网混接，雨水排口排放黄褐色废水", "原料露天堆放，未采取抑尘措施", "夜间生产噪声扰民",
    "未批先建，无任何污染防治设施", "通过暗管向厂外沟渠排放废水",
)

# About a natural person reported as such (F: foreman, dealer, workshop keeper).
PERSONAL = (
    "{S.project}的{F.kind}{F.name}天天夜里浇筑混凝土，搅拌车一直响到{N.time}",
    "工地上没有围挡，渣土不盖网，{F.ref}说工期紧顾不上",
    "{F.name}的手机是{F.mobile}，我们打过去他就骂人",
    "工地在{S.scene}，对面就是居民楼",
    "听说{F.name}家住{F.home}，这个工地是他从总包那里分包的",
    "{F.ref}还叫人把泥浆水直接排进了市政雨水井",
)

# How the reporter is reached (reporter).
CONTACT = (
    "我的电话{R.mobile}",
    "有事打我手机{R.mobile}，晚上七点后方便",
    "家里座机{R.tel}",
    "我微信号{R.wechat}",
    "我QQ{R.qq}，照片可以发过去",
    "打不通就打我{K.rel}{K.name}的电话{K.mobile}",
)
