"""Slots and shared sentence pools of the eighth template family (``unseen7``).

``Unseen7Slots`` builds directly on the base ``slots.Slots`` (R H W S B T A O P N) and adds
the people, organisations and written forms this family's documents have:

    J  a second reporter (a co-caller, a fellow villager who joins): role reporter
    K  a second relative of the reporter (a son-in-law, a niece): role reporter
    E  an employee of the reported enterprise (环保专员, 司机, 门卫, 业务员): subject
    F  a natural person reported as such (个体经营者, 被告人, 户主): subject
    Y  a neighbour, landlord or onlooker who does not join: third_party
    Q  someone else outside the complaint (a village cadre, a lawyer, a witness, a viewer,
       a monitoring company's sampler): third_party
    D  a second official (复核人, 接待员, 经办人): official
    G  a third official (another department's contact, a cashier, a police officer): official
    U  another unit (a monitoring company, a landlord firm, a second plant), ``M`` its manager;
       its role is ``Unseen7Slots.unit_role`` (subject unless a genre says otherwise)
    X  a person bound by a genre for one row or turn (``Unseen7Slots.bind``), any role

Written forms added here: a mobile read out in pieces (``mob3`` / ``mob4a`` / ``mob4b``, each
a partial span, plain or Chinese digits), a mobile typed in a scanned form's boxes
(``mobile_boxed``: 1│3│8…) and an ID the same way (``id_boxed``), a mobile in full-width digits
with full-width spaces (``mobile_fwspaced``), a mobile mixing Chinese and Arabic digits
(``mobile_mixed``), masked values (``name_masked``: 王*芳 / 王** / 王××, ``mobile_masked``,
``id_masked``, ``bank_masked``), a name with a space between the characters as forms align it
(``name_spaced``), the building and unit without the compound (``flat``), the compound or
village alone (``place``), the surname alone (``surname``), the date of birth (``birth``,
DEMOGRAPHIC), an Alipay account (``alipay``: the mobile or the e-mail it is), handles of other
platforms (``xhs``, ``kuaishou``, ``weibo``).
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

FAMILY = "unseen7"


def layout(s, rng: random.Random, layouts: tuple):
    """One of a genre's layouts: any for ``unseen7``; layouts 0 and 2 for ``unseen7-a``
    (may be looked at later), layouts 1 and 3 for ``unseen7-b`` (measured blind)."""
    if s.variant == "unseen7-a":
        layouts = layouts[0::2]
    elif s.variant == "unseen7-b":
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
_CN = "零一二三四五六七八九"
_MONITOR = ("环境检测技术有限公司", "检测技术服务有限公司", "环境监测有限公司", "环保科技有限公司")


class Unseen7Slots(Slots):
    """Base slots plus the extra people and forms of this family (see module doc)."""

    def __init__(self, cast, rng: random.Random, variant: str = FAMILY) -> None:
        super().__init__(cast, rng)
        self.variant = variant
        city, year = cast.city, cast.year
        self.second_reporter = _person(rng, _FAKER, city, year)
        self.second_reporter.home = self.near(cast.reporter.home, rng)
        self.kin = _person(rng, _FAKER, city, year)
        self.employee = _person(rng, _FAKER, city, year)
        self.individual = _person(rng, _FAKER, city, year)
        self.neighbour = _person(rng, _FAKER, city, year)
        self.neighbour.home = self.near(cast.reporter.home, rng)
        self.outsider = _person(rng, _FAKER, city, year)
        self.second = _person(rng, _FAKER, city, year)
        self.third_official = _person(rng, _FAKER, city, year)
        self.unit = _company(rng, _FAKER, city, year)
        self.unit_role = "subject"
        self.colon = rng.choice(("：", "：", ":", "：", "： "))
        self._clock = rng.randint(6 * 3600, 21 * 3600)
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

    def rural(self, p, town: str | None = None) -> None:
        """Give ``p`` a village home (N组M号), in ``town`` if given."""
        h = p.home
        town = town or self.rng.choice(geo.TOWN_HEADS) + "镇" + self.rng.choice(geo.VILLAGE_HEADS) + \
            self.rng.choice(geo.TOWN_HEADS) + "村"
        p.home = Place(h.city, h.district, h.district_code,
                       f"{town}{self.rng.randint(1, 12)}组{self.rng.randint(1, 99)}号")

    def is_urban(self, p) -> bool:
        return bool(_URBAN.match(p.home.rest))

    def bind(self, letter: str, person, role: str) -> None:
        self.extra[letter] = (person, role)

    def new_person(self, near_reporter: bool = False):
        p = _person(self.rng, _FAKER, self.c.city, self.c.year)
        if near_reporter:
            p.home = self.near(self.c.reporter.home, self.rng)
        return p

    def new_unit(self, role: str = "subject", monitor: bool = False):
        self.unit = _company(self.rng, _FAKER, self.c.city, self.c.year)
        if monitor:  # a monitoring company: same draw, another trade
            self.unit.name = self.c.city.name[:-1] + self.rng.choice(_TRADES) + self.rng.choice(_MONITOR)
        self.unit_role = role
        return self.unit

    def __call__(self, who: str, what: str) -> list[Piece]:
        if who in self.extra:
            person, role = self.extra[who]
            return getattr(self, f"p_{what}")(person, role)
        people = {"J": (self.second_reporter, "reporter"), "K": (self.kin, "reporter"),
                  "E": (self.employee, "subject"), "F": (self.individual, "subject"),
                  "Y": (self.neighbour, "third_party"), "Q": (self.outsider, "third_party"),
                  "D": (self.second, "official"), "G": (self.third_official, "official"),
                  "M": (self.unit.boss, self.unit_role)}
        if who in people:
            person, role = people[who]
            return getattr(self, f"p_{what}")(person, role)
        if who == "U":
            return getattr(self, f"u_{what}")(self.unit_role)
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

    # --- persons: names ------------------------------------------------------------------
    def p_surname(self, p, role):
        return self._span(p.surname, "PERSON", role, "partial")

    def p_honor(self, p, role):
        return self._span(p.honorific, "PERSON", role, "partial")

    def p_given(self, p, role):
        return self._span(p.given, "PERSON", role, "partial")

    def p_mou(self, p, role):
        """某-forms as official papers write them: 王某, 王某某, 王某（女）'s name part."""
        return self._span(p.surname + self.rng.choice(("某", "某某", "某")), "PERSON", role, "partial")

    def p_name_masked(self, p, role):
        g = p.given
        text = p.surname + self.rng.choice(("*" * len(g), "×" * len(g), "*" + g[1:] if len(g) > 1 else "*",
                                             "X" * len(g)))
        return self._span(text, "PERSON", role, "partial")

    def p_name_spaced(self, p, role):
        """A two-character name spread to the width of a form cell: 王　芳 / 王 芳."""
        sep = self.rng.choice(("　", " ", "  "))
        return self._span(sep.join(p.name) if len(p.name) == 2 else p.name, "PERSON", role,
                          "spaced" if len(p.name) == 2 else "plain")

    # --- persons: numbers ----------------------------------------------------------------
    def p_mobile_plain(self, p, role):
        return self._span(p.mobile, "CN_MOBILE", role)

    def p_mobile_masked(self, p, role):
        m = p.mobile
        return self._span(self.rng.choice((m[:3] + "****" + m[-4:], m[:3] + "*****" + m[-3:], "*******" + m[-4:])),
                          "CN_MOBILE", role, "partial")

    def _spoken(self, digits: str) -> str:
        return digits if self.rng.random() < 0.5 else nb.chinese_digits(digits, self.rng)

    def p_mob3(self, p, role):
        """The first three digits of a mobile as said on the phone (one piece of three)."""
        return self._span(self._spoken(p.mobile[:3]), "CN_MOBILE", role, "partial")

    def p_mob4a(self, p, role):
        return self._span(self._spoken(p.mobile[3:7]), "CN_MOBILE", role, "partial")

    def p_mob4b(self, p, role):
        return self._span(self._spoken(p.mobile[7:]), "CN_MOBILE", role, "partial")

    def p_mobile_boxed(self, p, role):
        """A mobile written one digit per box of a scanned paper form: 1│3│8│…"""
        sep = self.rng.choice(("│", "|", " | "))
        return self._span(sep.join(p.mobile), "CN_MOBILE", role, "spaced")

    def p_id_boxed(self, p, role):
        sep = self.rng.choice(("│", "|"))
        return self._span(sep.join(p.id18), "CN_ID_CARD", role, "spaced")

    def p_mobile_fwspaced(self, p, role):
        m = nb.fullwidth(p.mobile)
        return self._span(f"{m[:3]}　{m[3:7]}　{m[7:]}", "CN_MOBILE", role, "fullwidth")

    def p_mobile_mixed(self, p, role):
        """Some digits Arabic, a run in Chinese (as typed by voice input): 138幺二三四5678."""
        m, table = p.mobile, self.rng.choice(nb.CN_DIGITS_ONE)
        a = self.rng.randint(2, 5)
        text = m[:a] + "".join(table[int(c)] for c in m[a:a + 4]) + m[a + 4:]
        return self._span(text, "CN_MOBILE", role, "chinese")

    def p_id_plain(self, p, role):
        return self._span(p.id18, "CN_ID_CARD", role)

    def p_id_masked(self, p, role):
        v = p.id18
        return self._span(self.rng.choice((v[:6] + "********" + v[-4:], v[:3] + "*" * 11 + v[-4:],
                                           v[:1] + "*" * 16 + v[-1:])), "CN_ID_CARD", role, "partial")

    def p_tel_plain(self, p, role):
        return self._span(p.landline, "CN_LANDLINE", role)

    def p_bank_masked(self, p, role):
        v = p.bank
        return self._span(self.rng.choice((f"{v[:4]} **** **** {v[-4:]}", f"{v[:6]}******{v[-4:]}",
                                           f"****{v[-4:]}")), "CN_BANK_CARD", role, "partial")

    def p_bank_named(self, p, role):
        branch = self.rng.choice(("中国农业银行", "中国工商银行", "中国建设银行", "中国邮政储蓄银行", "农村商业银行")) + \
            self.c.city.name[:-1] + self.rng.choice(("分行", "支行", "营业部"))
        return [Piece(branch + "，账号"), *self.p_bank(p, role)]

    def p_alipay(self, p, role):
        """An Alipay account is a mobile or an e-mail: labelled as what it is."""
        if self.rng.random() < 0.6:
            return self._span(p.mobile, "CN_MOBILE", role)
        return self._span(p.email, "EMAIL_ADDRESS", role)

    # --- persons: handles, places, demographics -------------------------------------------
    def p_xhs(self, p, role):
        return self._span(p.handles["小红书"], "CN_SOCIAL_ACCOUNT", role)

    def p_kuaishou(self, p, role):
        return self._span(p.handles["快手"], "CN_SOCIAL_ACCOUNT", role)

    def p_douyin(self, p, role):
        return self._span(p.handles["抖音"], "CN_SOCIAL_ACCOUNT", role)

    def p_weibo(self, p, role):
        return self._span(p.handles["微博"], "CN_SOCIAL_ACCOUNT", role)

    def p_ip4(self, p, role):
        return self._span(p.ip4, "IP_ADDRESS", role)

    def p_place(self, p, role):
        m = _URBAN.match(p.home.rest)
        if m:
            text = m.group("compound")
        else:
            m = _RURAL.match(p.home.rest)
            text = m.group("town") + m.group("village") if m else p.home.district + p.home.rest
        return self._span(text, "CN_ADDRESS", role, "partial")

    def p_flat(self, p, role):
        """The building and unit of the home without the compound (3号楼2单元), or the
        village group (3组) in the country."""
        m = _URBAN.match(p.home.rest)
        if m:
            text = m.group("flat").split("单元")[0] + "单元"
        else:
            m = _RURAL.match(p.home.rest)
            tail = m.group("tail") if m else ""
            g = re.match(r"\d+组", tail)
            text = g.group(0) if g else (tail or (m.group("village") if m else p.home.rest))
        return self._span(text, "CN_ADDRESS", role, "partial")

    def p_birth(self, p, role):
        """The date of birth as an ID card reader prints it (from the ID itself)."""
        v = p.id18
        return self._span(f"{v[6:10]}年{int(v[10:12])}月{int(v[12:14])}日", "DEMOGRAPHIC", role)

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

    def s_plate1(self, role):
        v = self.c.company.plates[0]
        return self._span(nb.write_plate(v, self.rng.choice(("plain", "dashed")), self.rng), "CN_LICENSE_PLATE", role)

    def s_plate2(self, role):
        v = self.c.company.plates[1]
        return self._span(nb.write_plate(v, "plain", self.rng), "CN_LICENSE_PLATE", role)

    def s_place(self, role):
        site = self.c.company.site
        return self._span(site.district + site.rest, "CN_ADDRESS", role)

    def u_name(self, role):
        return self._span(self.unit.name, "ORGANIZATION", role)

    def u_short(self, role):
        return self._span(self._short_of(self.unit.name), "ORGANIZATION", role, "partial")

    def u_addr(self, role):
        return self._span(self.unit.site.full(self.rng), "CN_ADDRESS", role)

    def u_uscc(self, role):
        return self._span(self.unit.uscc, "CN_USCC", role)

    def u_tel(self, role):
        return self._span(nb.write_landline(self.unit.tel, "plain", self.rng), "CN_LANDLINE", role)

    def w_short(self, role):
        """The reporter's workplace as colleagues say it (the first part of the name)."""
        name = self.c.employer
        cut = max(2, min(len(name) - 2, 4))
        return self._span(name[:cut] if not name.endswith(("中学", "小学", "医院", "卫生院")) else name,
                          "CN_WORKPLACE", role, "partial" if len(name) > cut else "plain")

    def a_dept(self, role):
        return self._span(self.c.city.name + self.rng.choice(("生态环境保护综合行政执法支队", "生态环境局执法监察支队")),
                          "ORGANIZATION", role)

    def a_other(self, role):
        """Another department a case is handed to."""
        if "other" not in self._cache:
            d = self.c.company.site.district
            self._cache["other"] = d + self.rng.choice(("城市管理局", "住房和城乡建设局", "水利局", "自然资源局",
                                                        "农业农村局", "市场监督管理局"))
        return self._span(self._cache["other"], "ORGANIZATION", role)

    def issuer_of(self, p) -> str:
        """The police office that issued ``p``'s ID card (their home district's)."""
        d = p.home.district
        return (d if d.endswith("市") else self.c.city.name + d) + ("公安分局" if d.endswith("区") else "公安局")

    def a_police(self, role):
        d = self.c.company.site.district
        return self._span(d + ("公安分局" if d.endswith("区") else "公安局"), "ORGANIZATION", role)

    def a_town(self, role):
        if "town" not in self._cache:
            self._cache["town"] = self.c.company.site.district + self.rng.choice(geo.TOWN_HEADS) + \
                self.rng.choice(("镇人民政府", "街道办事处"))
        return self._span(self._cache["town"], "ORGANIZATION", role)

    def a_court(self, role):
        d = self.c.company.site.district
        return self._span(d + "人民法院", "ORGANIZATION", role)

    def a_procur(self, role):
        d = self.c.company.site.district
        return self._span(d + "人民检察院", "ORGANIZATION", role)

    def a_mail(self, role):
        return self._span(f"{self.rng.choice(('hbjb', 'sthj12369', 'xfb'))}@{self.c.city.code[:4]}.gov.cn",
                          "EMAIL_ADDRESS", role)

    def a_bank(self, role):
        if "abank" not in self._cache:
            self._cache["abank"] = nb.new_bank_card(self.rng)
        return self._span(self._cache["abank"], "CN_BANK_CARD", role)

    def a_mobile(self, role):
        """The duty mobile of the agency (值班手机)."""
        if "amob" not in self._cache:
            self._cache["amob"] = nb.new_mobile(self.rng)
        return self._span(self._cache["amob"], "CN_MOBILE", role)

    def a_census(self, role):
        return self._span(self.c.company.site.district + self.rng.choice(("第二次全国污染源普查领导小组办公室",
                                                                         "污染源普查工作办公室")), "ORGANIZATION", role)

    # --- never-flag items --------------------------------------------------------------
    def _tick(self, lo=20, hi=1500):
        self._clock += self.rng.randint(lo, hi)
        return self._clock

    def n_stamp(self):
        c = self._tick()
        t, d = c % 86400, self.day + dt.timedelta(days=c // 86400)
        return self._never(f"{d:%Y-%m-%d} {t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}", "date")

    def n_hm(self):
        t = self._tick(5, 400) % 86400
        return self._never(f"{t // 3600:02d}:{t // 60 % 60:02d}", "time")

    def n_secs(self):
        return self._never(f"{self.rng.randint(1, 19)}分{self.rng.randint(0, 59):02d}秒", "time")

    def n_h12345(self):
        return self._never("12345", "hotline")

    def n_h110(self):
        return self._never("110", "hotline")

    def n_h120(self):
        return self._never("120", "hotline")

    def n_docno(self):
        word = self.rng.choice(("环交字", "环移交", "环应急", "环复核", "环奖支", "环普拒", "环函"))
        return self._never(f"{self.c.city.name[:-1]}{word}〔{self.c.year}〕{self.rng.randint(1, 240)}号", "case_number")

    def n_court(self):
        code = self.c.company.site.district_code[2:6]
        return self._never(f"（{self.c.year}）{self.c.city.province_abbr}{code}刑初{self.rng.randint(10, 899)}号",
                           "case_number")

    def n_ticket(self):
        return self._never(f"GD{self.day:%y%m%d}{self.rng.randint(100000, 999999)}", "case_number")

    def n_orderno(self):
        return self._never(str(self.rng.randint(10**17, 10**18 - 1)) + str(self.rng.randint(10, 99)), "case_number")

    def n_alitrade(self):
        return self._never(f"{self.day:%Y%m%d}2200{self.rng.randint(10**13, 10**14 - 1)}", "case_number")

    def n_voucher(self):
        return self._never(f"记-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 400):04d}", "case_number")

    def n_outlet(self):
        return self._never(self.rng.choice(("DW", "YS", "FQ")) + f"{self.rng.randint(1, 9):03d}", "case_number")

    def n_report(self):
        return self._never(f"{self.rng.choice(('HJJC', 'ZKJC', 'TX'))}{self.c.year}{self.rng.randint(1000, 9999)}",
                           "case_number")

    def n_photo(self):
        c = self._tick(60, 900) % 86400
        return self._never(f"IMG_{self.day:%Y%m%d}_{c // 3600:02d}{c // 60 % 60:02d}{c % 60:02d}.jpg", "case_number")

    def n_badge(self):
        return self._never(self.rng.choice(("工作证号", "普查员证号", "执法证号")) + f"{self.rng.randint(41000000, 41999999)}",
                           "case_number")

    def n_coord(self):
        return self._never(f"{self.rng.uniform(110, 119):.5f}°E，{self.rng.uniform(30, 38):.5f}°N", "reading")

    def n_stack(self):
        return self._never(f"{self.rng.choice((15, 20, 25, 30, 45))}米", "quantity")

    def n_face(self):
        return self._never(f"{self.rng.uniform(90, 99.9):.1f}%", "quantity")

    def n_pct(self):
        return self._never(self.rng.choice(("30%", "50%", "80%", "100%")), "quantity")

    def n_within(self):
        return self._never(self.rng.choice(("15个工作日", "30日内", "7个工作日", "60日内", "3日内")), "quantity")

    def n_year(self):
        return self._never(f"{self.c.year}年", "date")

    def n_valid(self):
        y = self.rng.randint(self.c.year - 15, self.c.year - 1)
        m, d = self.rng.randint(1, 12), self.rng.randint(1, 28)
        return self._never(f"{y}.{m:02d}.{d:02d}-{y + 20}.{m:02d}.{d:02d}", "date")

    def n_people(self):
        return self._never(f"{self.rng.randint(2, 9)}人", "quantity")

    def n_viewers(self):
        return self._never(self.rng.choice(("1.2万", "3568", "867", "2.4w")), "quantity")


# What a resident says about the polluter (subject content, kept by forward).
TALK = (
    "{S.name}的烟囱一到晚上就冒白烟，味道发甜发腻",
    "{S.short}后墙有根暗管通到{P.inst}旁边的水渠，水是蓝绿色的",
    "他们的罐车{S.plate}半夜出去，回来就空了",
    "厂里一个叫{E.name}的人说，这个事老板{B.ref}早打点好了",
    "地址就在{S.addr}，门口挂的牌子和里面干的不是一回事",
    "下雨天厂里开闸，雨水口往外冒泡沫",
    "粉尘落到我们晒的粮食上，一层灰",
    "有人拿试纸测过水，{N.reading}",
    "环保来检查前一天晚上他们就停了，走了又开",
    "{S.short}的铲车把废渣推到河坡下面，堆了有{N.amount}",
)

# The same facts as an official writes them.
RECORD = (
    "{S.name}（{S.addr}）生产时废气收集罩未开启",
    "{S.short}厂区东侧雨水排口有浑浊废水排出",
    "该单位统一社会信用代码{S.uscc}，排污许可证编号{N.permit}",
    "企业环保负责人{E.name}（{E.mobile}）陪同检查",
    "现场采样：{N.reading}",
    "法定代表人{B.name}称设备检修，未能提供运行台账",
    "危险废物贮存场所未落实防渗措施",
    "厂界东侧下风向可闻到明显异味",
    "现场未见在线监测设备运行记录",
)
PROBLEMS = tuple(t for t in RECORD if "{E." not in t and "{S.uscc}" not in t and "{B." not in t)
BARE = tuple(t for t in PROBLEMS if "{S." not in t)

# About a natural-person subject (F).
PERSONAL = (
    "{F.name}在村西头租了个院子烧废轮胎炼油",
    "{F.ref}家就是{F.home}，后院挖了个坑倒废酸",
    "{F.name}开的{F.plate}三轮车天天往沟里倒垃圾",
    "找{F.ref}理论，他说有本事你去告，电话{F.mobile}你们随便打",
)

# How the reporter can be reached.
CONTACT = (
    "回电打{R.mobile}",
    "手机{R.mobile}，上夜班，下午打",
    "家里座机{R.tel}",
    "加微信{R.wechat}也行",
    "发邮件到{R.email}",
    "QQ {R.qq}",
    "找不到我就打我{H.rel}{H.name}，{H.mobile}",
)
