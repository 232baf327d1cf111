"""Slots and shared sentence pools of the seventh template family (``unseen6``).

``Unseen6Slots`` builds directly on the base ``slots.Slots`` (R H W S B T A O P N) and adds
the people, organisations and written forms this family's documents have:

    J  a co-signer / fellow resident who joins the complaint: role reporter
    K  a second relative of the reporter (the grandson who takes the phone, the daughter
       authorised to collect the reward): role reporter
    E  an employee of the reported enterprise (车间主任, 环保专员, 门卫): subject
    F  a natural person reported as such (个体户, 包工头, 养殖户): subject
    Y  a neighbour or bystander who is not part of the complaint: third_party
    Q  a journalist / blogger / someone reached by mistake: third_party
    D  a second official (网格员, 质检员, 普查员, 复核员): official
    G  a third official (承办人 of another office, 公安民警): official
    U  another unit in a list, ``M`` its manager: subject
    X  a person bound by a genre for one table row (``Unseen6Slots.bind``), any role

Written forms added here: a group nickname with the building in it (``group_nick``: 3号楼-王姐),
a mobile typed with a dot or a slash in the middle (``mobile_odd``), a mobile split over two
lines with a hyphen at the break (``mobile_wrap``), masked values as published
(``name_masked``, ``mobile_masked``, ``id_masked``), the compound or village alone
(``place``), the surname alone (``surname``).
"""

from __future__ import annotations

import datetime as dt
import random
import re

from .. import geo
from .. import numbers as nb
from ..cast import _FAKER, Place, _company, _person
from ..render import SLOT, Piece
from ..slots import Slots

FAMILY = "unseen6"


def layout(s, rng: random.Random, layouts: tuple):
    """One of a genre's layouts: any for ``unseen6``; layouts 0 and 2 for ``unseen6-a``
    (may be looked at later), layouts 1 and 3 for ``unseen6-b`` (measured blind)."""
    if s.variant == "unseen6-a":
        layouts = layouts[0::2]
    elif s.variant == "unseen6-b":
        layouts = layouts[1::2]
    return rng.choice(layouts)


def put(b, s, template: str) -> None:
    """Render ``template``; ``§`` is the colon after a field label, in the document's habit."""
    b.render(template.replace("§", s.colon), s)


def some(rng: random.Random, items: tuple, lo: int, hi: int) -> list:
    return rng.sample(items, min(len(items), rng.randint(lo, hi)))


_URBAN = re.compile(r"^(?P<road>\D+?\d+号)(?P<compound>\D+?)(?P<flat>\d+号楼\d+单元\d+室)$")
_RURAL = re.compile(r"^(?P<town>\D+?镇)(?P<village>\D+?村)(?P<tail>.*)$")

_TRADES = ("豫丰", "鑫源", "恒达", "宏盛", "华康", "金鹏", "瑞通", "中天", "永兴", "新宇", "天润", "博远",
           "隆盛", "鼎鑫", "泰和", "汇丰源", "佳美", "盛达", "昌隆", "众诚", "兴旺", "长青", "丰泽", "恒瑞",
           "广源", "聚鑫", "顺发", "开元", "久安", "利民")


class Unseen6Slots(Slots):
    """Base slots plus the extra people and forms of this family (see module doc)."""

    def __init__(self, cast, rng: random.Random, variant: str = FAMILY) -> None:
        super().__init__(cast, rng)
        self.variant = variant
        city, year = cast.city, cast.year
        self.cosigner = _person(rng, _FAKER, city, year)
        self.cosigner.home = self.near(cast.reporter.home, rng)
        self.kin = _person(rng, _FAKER, city, year, male=True, surname=cast.reporter.surname)
        self.kin.home = cast.reporter.home
        self.employee = _person(rng, _FAKER, city, year)
        self.individual = _person(rng, _FAKER, city, year)
        self.neighbour = _person(rng, _FAKER, city, year)
        self.neighbour.home = self.near(cast.reporter.home, rng)
        self.outsider = _person(rng, _FAKER, city, year)
        self.second = _person(rng, _FAKER, city, year)
        self.third_official = _person(rng, _FAKER, city, year)
        self.unit = _company(rng, _FAKER, city, year)
        self.colon = rng.choice(("：", "：", ":", "：", " : "))
        self._clock = rng.randint(6 * 3600, 20 * 3600)
        self.extra: dict[str, tuple] = {}
        self._cache: dict[str, str] = {}

    # --- helpers ------------------------------------------------------------------------
    @staticmethod
    def near(home: Place, rng: random.Random) -> Place:
        m = _URBAN.match(home.rest)
        if m:
            rest = (m.group("road") + m.group("compound") +
                    f"{rng.randint(1, 32)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 28)}{rng.randint(1, 4):02d}室")
        else:
            m = _RURAL.match(home.rest)
            rest = (m.group("town") + m.group("village") + f"{rng.randint(1, 12)}组{rng.randint(1, 99)}号") if m else home.rest
        return Place(home.city, home.district, home.district_code, rest)

    def bind(self, letter: str, person, role: str) -> None:
        self.extra[letter] = (person, role)

    def new_person(self, near_reporter: bool = False):
        p = _person(self.rng, _FAKER, self.c.city, self.c.year)
        if near_reporter:
            p.home = self.near(self.c.reporter.home, self.rng)
        return p

    def new_unit(self):
        self.unit = _company(self.rng, _FAKER, self.c.city, self.c.year)
        return self.unit

    def __call__(self, who: str, what: str) -> list[Piece]:
        if who in self.extra:
            person, role = self.extra[who]
            return getattr(self, f"p_{what}")(person, role)
        people = {"J": (self.cosigner, "reporter"), "K": (self.kin, "reporter"),
                  "E": (self.employee, "subject"), "F": (self.individual, "subject"),
                  "Y": (self.neighbour, "third_party"), "Q": (self.outsider, "third_party"),
                  "D": (self.second, "official"), "G": (self.third_official, "official"),
                  "M": (self.unit.boss, "subject")}
        if who in people:
            person, role = people[who]
            return getattr(self, f"p_{what}")(person, role)
        if who == "U":
            return getattr(self, f"u_{what}")("subject")
        return super().__call__(who, what)

    def expand(self, template: str) -> list[Piece]:
        out, i = [], 0
        for m in SLOT.finditer(template):
            if m.start() > i:
                out.append(Piece(template[i:m.start()]))
            out += self(m.group(1), m.group(2))
            i = m.end()
        if i < len(template):
            out.append(Piece(template[i:]))
        return out

    # --- persons ----------------------------------------------------------------------
    def p_surname(self, p, role):
        return self._span(p.surname, "PERSON", role, "partial")

    def p_honor(self, p, role):
        return self._span(p.honorific, "PERSON", role, "partial")

    def p_given(self, p, role):
        return self._span(p.given, "PERSON", role, "partial")

    def p_name_masked(self, p, role):
        g = p.given
        text = p.surname + ("*" * len(g) if len(g) == 1 or self.rng.random() < 0.5 else "*" + g[1:])
        return self._span(text, "PERSON", role, "partial")

    def p_mobile_plain(self, p, role):
        return self._span(p.mobile, "CN_MOBILE", role)

    def p_mobile_masked(self, p, role):
        m = p.mobile
        return self._span(m[:3] + "****" + m[-4:], "CN_MOBILE", role, "partial")

    def p_id_masked(self, p, role):
        v = p.id18
        return self._span(v[:4] + "*" * 10 + v[-4:], "CN_ID_CARD", role, "partial")

    def p_id_plain(self, p, role):
        return self._span(p.id18, "CN_ID_CARD", role)

    def p_mobile_odd(self, p, role):
        """A mobile typed with a dot or slash in the middle: 1381234.5678 / 138/1234/5678."""
        m = p.mobile
        text = self.rng.choice((f"{m[:7]}.{m[7:]}", f"{m[:3]}/{m[3:7]}/{m[7:]}", f"{m[:3]} - {m[3:7]} - {m[7:]}"))
        return self._span(text, "CN_MOBILE", role, "dashed")

    def p_mobile_wrap(self, p, role):
        """A mobile broken over two lines by a narrow column, a hyphen left at the break."""
        m = p.mobile
        cut = self.rng.randint(3, 8)
        return self._span(m[:cut] + "-\n" + m[cut:], "CN_MOBILE", role, "linebreak")

    def p_tel_plain(self, p, role):
        return self._span(p.landline, "CN_LANDLINE", role)

    def p_group_nick(self, p, role):
        """A WeChat group nickname that carries the building and the surname: 3号楼-王姐."""
        key = f"gn{id(p)}"
        if key not in self._cache:  # one nickname per person and document
            m = _URBAN.match(p.home.rest)
            where = (m.group("flat").split("号楼")[0] + "号楼") if m else self.rng.choice(("东头", "村南", "二组"))
            tail = self.rng.choice(("姐", "哥", "叔", "阿姨", "大爷")) if p.age >= 35 else self.rng.choice(("妹", "弟"))
            self._cache[key] = f"{where}-{p.surname}{tail}"
        return self._span(self._cache[key], "CN_SOCIAL_ACCOUNT", role)

    def p_group_at(self, p, role):
        """An @mention of a group nickname; the "@" is part of the span."""
        return self._span("@" + self.p_group_nick(p, role)[0].text, "CN_SOCIAL_ACCOUNT", role)

    def p_handle_douyin(self, p, role):
        return self._span(p.handles["抖音"], "CN_SOCIAL_ACCOUNT", role)

    def p_place(self, p, role):
        m = _URBAN.match(p.home.rest)
        if m:
            text = m.group("compound")
        else:
            m = _RURAL.match(p.home.rest)
            text = m.group("town") + m.group("village") if m else p.home.district + p.home.rest
        return self._span(text, "CN_ADDRESS", role, "partial")

    def p_bank_named(self, p, role):
        branch = self.rng.choice(("农行", "工行", "建行", "邮储银行", "农商银行")) + \
            self.c.city.name[:-1] + self.rng.choice(("支行", "营业部"))
        return [Piece(branch + "，卡号"), *self.p_bank(p, role)]

    def p_contact(self, p, role):
        return self.expand(self.rng.choice(CONTACT))

    # --- organisations -----------------------------------------------------------------
    def _short_of(self, name: str) -> str:
        for t in sorted(_TRADES, key=len, reverse=True):
            if t in name:
                return t + ("厂" if name.endswith("厂") else "公司")
        return name

    def s_short(self, role):
        return self._span(self._short_of(self.c.company.name), "ORGANIZATION", role, "partial")

    def s_place(self, role):
        site = self.c.company.site
        return self._span(site.district + site.rest, "CN_ADDRESS", role)

    def u_name(self, role):
        return self._span(self.unit.name, "ORGANIZATION", role)

    def u_addr(self, role):
        return self._span(self.unit.site.full(self.rng), "CN_ADDRESS", role)

    def u_uscc(self, role):
        return self._span(self.unit.uscc, "CN_USCC", role)

    def u_tel(self, role):
        return self._span(nb.write_landline(self.unit.tel, "plain", self.rng), "CN_LANDLINE", role)

    def u_industry(self, role):
        return [Piece(self.unit.industry)]

    def w_committee(self, role):
        """The owners' committee (业主委员会) of the reporter's compound: the complainant."""
        home = self.c.reporter.home
        m = _URBAN.match(home.rest)
        place = m.group("compound") if m else (home.rest.split("镇")[-1].split("村")[0] + "村")
        return self._span(place + ("业主委员会" if m else "村民小组"), "ORGANIZATION", role)

    def a_dept(self, role):
        return self._span(self.c.city.name + self.rng.choice(("生态环境综合行政执法支队", "生态环境局监察执法大队")),
                          "ORGANIZATION", role)

    def a_police(self, role):
        return self._span(self.c.company.site.district + "公安分局" if "区" in self.c.company.site.district
                          else self.c.company.site.district + "公安局", "ORGANIZATION", role)

    def a_grid(self, role):
        if "grid" not in self._cache:
            self._cache["grid"] = self.c.company.site.district + self.rng.choice(geo.TOWN_HEADS) + \
                self.rng.choice(("街道网格化服务管理中心", "镇综治中心"))
        return self._span(self._cache["grid"], "ORGANIZATION", role)

    def a_mail(self, role):
        return self._span(f"{self.rng.choice(('hbj', 'sthjj', 'jb12369'))}@{self.c.city.code[:4]}.gov.cn",
                          "EMAIL_ADDRESS", role)

    def a_bank(self, role):
        if "abank" not in self._cache:
            self._cache["abank"] = nb.new_bank_card(self.rng)
        return self._span(self._cache["abank"], "CN_BANK_CARD", role)

    def a_census(self, role):
        return self._span(self.c.company.site.district + "污染源普查工作办公室", "ORGANIZATION", role)

    # --- never-flag items --------------------------------------------------------------
    def _tick(self, lo=30, hi=1800):
        self._clock += self.rng.randint(lo, hi)
        return self._clock

    def n_stamp(self):
        c = self._tick()
        t, d = c % 86400, self.day + dt.timedelta(days=c // 86400)
        return self._never(f"{d:%Y-%m-%d} {t // 3600:02d}:{t // 60 % 60:02d}", "date")

    def n_hm(self):
        t = self._tick(10, 600) % 86400
        return self._never(f"{t // 3600:02d}:{t // 60 % 60:02d}", "time")

    def n_secs(self):
        return self._never(f"{self.rng.randint(1, 14)}分{self.rng.randint(0, 59)}秒", "time")

    def n_h12345(self):
        return self._never("12345", "hotline")

    def n_h110(self):
        return self._never("110", "hotline")

    def n_waybill(self):
        return self._never(self.rng.choice(("SF", "YT", "JD", "EMS")) + str(self.rng.randint(10**11, 10**12 - 1)),
                           "case_number")

    def n_postcode(self):
        return self._never(self.c.city.code[:3] + f"{self.rng.randint(0, 999):03d}", "case_number")

    def n_orderno(self):
        return self._never(f"WG{self.day:%Y%m%d}{self.rng.randint(1000, 9999)}", "case_number")

    def n_transno(self):
        return self._never("1000" + "".join(str(self.rng.randint(0, 9)) for _ in range(24)), "case_number")

    def n_docno(self):
        word = self.rng.choice(("环移字", "环约字", "环复决字", "环奖通字", "环整通字"))
        return self._never(f"{self.c.city.name[:-1]}{word}〔{self.c.year}〕{self.rng.randint(1, 199)}号", "case_number")

    def n_staffno(self):
        return self._never(self.rng.choice(("工号", "坐席")) + f"{self.rng.randint(1000, 9999)}", "case_number")

    def n_score(self):
        return self._never(f"{self.rng.randint(72, 99)}分", "quantity")

    def n_tax(self):
        return self._never(self.rng.choice(("20%", "20％")), "quantity")

    def n_coord(self):
        return self._never(f"E{self.rng.uniform(110, 119):.6f}, N{self.rng.uniform(30, 38):.6f}", "reading")

    def n_pct(self):
        return self._never(self.rng.choice(("30%", "60%", "100%")), "quantity")

    def n_year(self):
        return self._never(f"{self.c.year}年", "date")

    def n_within(self):
        return self._never(self.rng.choice(("15个工作日", "30日内", "60日内", "7日内")), "quantity")


# What a resident says about the polluter (subject content, kept by forward).
TALK = (
    "{S.name}半夜两三点开炉，烟囱冒黄烟",
    "{S.short}的废水顺着{P.inst}后面的排洪沟往下流，沟里的鱼都翻白了",
    "拉渣的车{S.plate}天天走我们村那条路，车斗不盖篷布",
    "厂里管环保的{E.name}说他们手续全得很，让我们别瞎操心",
    "老板{B.ref}放话说谁告状他都能查出来",
    "一刮南风，整个{R.place}都是一股焦糊味",
    "厂子在{S.addr}，白天关门，晚上从后门进车",
    "检测的人一走又开工，有人自己测过，{N.reading}",
    "前年被罚过，歇了{N.num}个月又开起来了",
    "往河滩上倒了{N.amount}的废料，下雨就冲进河里",
    "{S.short}的门卫说厂长{B.name}不在，打手机{B.mobile}也不接",
)

# The same facts as an official writes them.
RECORD = (
    "{S.name}（地址：{S.addr}）废气收集设施未运行",
    "现场发现{S.short}雨水排口有黄色废水外排",
    "企业环保专员{E.name}（联系电话{E.mobile}）在场",
    "该企业统一社会信用代码为{S.uscc}，排污许可证编号{N.permit}",
    "危废暂存间未设置标识，存放废活性炭约{N.amount}",
    "现场监测：{N.reading}",
    "企业法定代表人{B.name}未到场",
    "废水处理设施未正常运行，生产废水直接外排",
    "夜间生产时厂界噪声超标",
)
PROBLEMS = tuple(t for t in RECORD if "{E." not in t and "{S.uscc}" not in t and "{B." not in t)
BARE = tuple(t for t in PROBLEMS if "{S." not in t)  # without the enterprise's name

# About a natural-person subject (F).
PERSONAL = (
    "个体户{F.name}在自家院里熔铝，烟大得很",
    "{F.ref}住{F.home}，院子里堆的全是废电瓶",
    "{F.name}的手机{F.mobile}，找他好几次都说马上搬",
    "{F.ref}开一辆{F.plate}的农用车往坑里倒废油",
)

# How the reporter can be reached.
CONTACT = (
    "有事打{R.mobile}",
    "电话{R.mobile}，晚上七点以后方便",
    "座机{R.tel}，白天家里有老人接",
    "微信号{R.wechat}（和手机号不一样）",
    "邮箱{R.email}",
    "QQ号{R.qq}",
    "我{H.rel}{H.name}的手机{H.mobile}也行",
)
