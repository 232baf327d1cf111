"""Slots and shared sentence pools of the fourteenth template family (``unseen13``).

``Unseen13Slots`` builds directly on the base ``slots.Slots`` (R H W S B T A O P N) and adds:

    J  a co-reporter (a fellow visitor, a co-signer of a split agreement): reporter
    K  a relative of the reporter (same surname) who is their contact or acts for them: reporter
    E  the plant's staff (guard, 安环 officer, the parent group's contact): subject
    F  a natural person who is reported (a neighbour, a petrol-station operator): subject
    Y  a bystander (a passenger, an angler, a commenter, a brother-in-law at the plant): third_party
    L  an intermediary (a people's deputy, a doctor, an EIA engineer, a journalist): third_party
    D  a second official (section chief, judge, police officer, census reviewer): official
    G  a third official (inspector on the radio, census taker): official
    U  organisations outside the complaint (EIA consultancy, a fish farm, a newspaper): third_party
    Q  an organisation that is itself the reporter (a school, a neighbouring firm): reporter
    C  the village committee (村民委员会), a public body: public

Written forms added here: ``mobile_plain``, ``mobile_mask`` (``partial``), ``mobile_spoken``
(Chinese digits read in groups, ``chinese``), ``mobile_fwsp`` (full-width in groups,
``fullwidth``), ``surname`` / ``honor`` / ``mou`` / ``name_mask`` (``partial``), ``id_plain``,
``id_mask`` / ``id_tail6`` (``partial``), ``bank_plain``, ``bank_mask`` (``partial``),
``compound`` and ``flat`` (CN_ADDRESS ``partial``), ``uid`` (a B站 UID, CN_SOCIAL_ACCOUNT).
"""

from __future__ import annotations

import datetime as dt
import random
import re

from stdnum.cn import uscc

from .. import numbers as nb
from ..cast import _FAKER, Place, _person
from ..render import Piece
from ..slots import Slots

FAMILY = "unseen13"

_CITY_ROAD = re.compile(r"^(?P<road>\D+?\d+号)(?P<compound>\D+?)(?P<b>\d+)号楼(?P<u>\d+)单元(?P<r>\d+)室$")
_VILLAGE = re.compile(r"^(?P<town>\D+?镇)(?P<village>\D+?村)(?P<tail>.*)$")
_SITE_ROAD = re.compile(r"^(?P<head>\D+?)(?P<no>\d+)号$")
_SPOKEN = "洞幺两三四五六拐八九"


def layout(s, rng: random.Random, layouts: tuple):
    """Any layout for ``unseen13``; layouts 0 and 2 for ``unseen13-a``, layouts 1 and 3 for
    ``unseen13-b`` (the half measured blind)."""
    if s.variant == "unseen13-a":
        layouts = layouts[0::2]
    elif s.variant == "unseen13-b":
        layouts = layouts[1::2]
    return rng.choice(layouts)


def put(b, s, template: str) -> None:
    """Render ``template``; ``§`` is the field colon of this document, ``¦`` its cell separator."""
    b.render(template.replace("§", s.colon).replace("¦", s.cell), s)


def few(rng: random.Random, items: tuple, lo: int, hi: int) -> list:
    return rng.sample(items, min(len(items), rng.randint(lo, hi)))


class Unseen13Slots(Slots):
    """Base slots plus the extra people, organisations and forms of this family."""

    def __init__(self, cast, rng: random.Random, variant: str = FAMILY) -> None:
        super().__init__(cast, rng)
        self.variant = variant
        city, year = cast.city, cast.year
        self.co = _person(rng, _FAKER, city, year)
        self.co.home = self.near(cast.reporter.home)
        self.kin = _person(rng, _FAKER, city, year, surname=cast.reporter.surname)
        self.kin.home = cast.reporter.home
        self.staff = _person(rng, _FAKER, city, year)
        self.natural = _person(rng, _FAKER, city, year)
        self.bystander = _person(rng, _FAKER, city, year)
        self.middle = _person(rng, _FAKER, city, year)
        self.second = _person(rng, _FAKER, city, year)
        self.third_official = _person(rng, _FAKER, city, year)
        self.colon = rng.choice(("：", "：", ":", "："))
        self.cell = rng.choice(("\t", " | ", "  ", "\t"))
        self._clock = rng.randint(7 * 3600, 20 * 3600)
        self._memo: dict[str, str] = {}

    # --- places -------------------------------------------------------------------------
    def near(self, home: Place) -> Place:
        """Another flat of the same compound, or another house of the same village."""
        r = self.rng
        m = _CITY_ROAD.match(home.rest)
        if m:
            rest = m.group("road") + m.group("compound") + \
                f"{r.randint(1, 30)}号楼{r.randint(1, 5)}单元{r.randint(1, 26)}{r.randint(1, 4):02d}室"
        else:
            m = _VILLAGE.match(home.rest)
            rest = m.group("town") + m.group("village") + f"{r.randint(1, 9)}组{r.randint(1, 80)}号" if m else home.rest
        return Place(home.city, home.district, home.district_code, rest)

    def home_by_site(self) -> None:
        """Move the reporter's household next to the plant: same road a few numbers on (a
        staff compound), or another house of the site's village."""
        r, site = self.rng, self.c.company.site
        m = _SITE_ROAD.match(site.rest)
        if m:
            rest = (f"{m.group('head')}{int(m.group('no')) + r.randint(2, 30)}号"
                    f"{r.choice(('职工家属院', '和谐家园', '安居小区'))}{r.randint(1, 12)}号楼"
                    f"{r.randint(1, 4)}单元{r.randint(1, 6)}{r.randint(1, 4):02d}室")
        else:
            m = _VILLAGE.match(site.rest)
            rest = (m.group("town") + m.group("village") + f"{r.randint(1, 9)}组{r.randint(1, 80)}号") if m else \
                site.rest + "东侧民房"
        home = Place(site.city, site.district, site.district_code, rest)
        for p in (self.c.reporter, self.c.household, self.kin):
            p.home = home

    def fresh(self, near: bool = True):
        """A new person (a visitor in a register, a villager in a list)."""
        p = _person(self.rng, _FAKER, self.c.city, self.c.year)
        if near:
            p.home = self.near(self.c.reporter.home)
        return p

    def once(self, key, make):
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    # --- dispatch of the extra letters ------------------------------------------------
    def __call__(self, who: str, what: str) -> list[Piece]:
        extra = {"J": (self.co, "reporter"), "K": (self.kin, "reporter"), "E": (self.staff, "subject"),
                 "F": (self.natural, "subject"), "Y": (self.bystander, "third_party"),
                 "L": (self.middle, "third_party"), "D": (self.second, "official"),
                 "G": (self.third_official, "official")}
        if who in extra:
            person, role = extra[who]
            return getattr(self, f"p_{what}")(person, role)
        if who in "UQC":
            return getattr(self, f"u_{what}")({"U": "third_party", "Q": "reporter", "C": "public"}[who])
        return super().__call__(who, what)

    def pp(self, p, what: str, role: str) -> list[Piece]:
        """Pieces of ``what`` for a person drawn on the spot (rows of a table)."""
        return getattr(self, f"p_{what}")(p, role)

    # --- persons: extra forms -----------------------------------------------------------
    def p_surname(self, p, role):
        return self._span(p.surname, "PERSON", role, "partial")

    def p_honor(self, p, role):
        return self._span(p.honorific, "PERSON", role, "partial")

    def p_mou(self, p, role):
        return self._span(p.surname + self.rng.choice(("某", "某某")), "PERSON", role, "partial")

    def p_name_mask(self, p, role):
        g = p.given
        return self._span(p.surname + ("*" * len(g) if self.rng.random() < 0.5 else "*" + g[1:] if len(g) > 1 else "*"),
                          "PERSON", role, "partial")

    def p_given(self, p, role):
        """The given name alone, as a relative or colleague calls them."""
        return self._span(p.given if len(p.given) > 1 else "阿" + p.given, "PERSON", role, "partial")

    def p_mobile_plain(self, p, role):
        return self._span(p.mobile, "CN_MOBILE", role)

    def p_mobile_mask(self, p, role):
        m = p.mobile
        return self._span(self.rng.choice((m[:3] + "****" + m[-4:], m[:3] + "*****" + m[-3:])), "CN_MOBILE", role,
                          "partial")

    def p_mobile_spoken(self, p, role):
        """Read out over a radio or a phone: 幺三八，幺二三四，五六拐八."""
        m = "".join(_SPOKEN[int(c)] for c in p.mobile)
        sep = self.rng.choice(("，", " ", "、"))
        return self._span(m[:3] + sep + m[3:7] + sep + m[7:], "CN_MOBILE", role, "chinese")

    def p_mobile_fwsp(self, p, role):
        """Full-width digits in groups, as an IME types them."""
        m = p.mobile
        return self._span(nb.fullwidth(m[:3]) + self.rng.choice((" ", "　")) + nb.fullwidth(m[3:7]) +
                          self.rng.choice((" ", "　")) + nb.fullwidth(m[7:]), "CN_MOBILE", role, "fullwidth")

    def p_id_plain(self, p, role):
        return self._span(p.id18, "CN_ID_CARD", role)

    def p_id_tail6(self, p, role):
        return self._span(p.id18[-6:], "CN_ID_CARD", role, "partial")

    def p_id_mask(self, p, role):
        v = p.id18
        return self._span(self.rng.choice((v[:6] + "********" + v[-4:], v[:1] + "*" * 16 + v[-1:], v[:4] + "*" * 10 + v[-4:])),
                          "CN_ID_CARD", role, "partial")

    def p_bank_plain(self, p, role):
        return self._span(p.bank, "CN_BANK_CARD", role)

    def p_bank_mask(self, p, role):
        v = p.bank
        return self._span(v[:6] + "*" * (len(v) - 10) + v[-4:], "CN_BANK_CARD", role, "partial")

    def p_compound(self, p, role):
        m = _CITY_ROAD.match(p.home.rest)
        if m:
            text = m.group("compound")
        else:
            m = _VILLAGE.match(p.home.rest)
            text = m.group("town") + m.group("village") if m else p.home.district + p.home.rest
        return self._span(text, "CN_ADDRESS", role, "partial")

    def p_flat(self, p, role):
        m = _CITY_ROAD.match(p.home.rest)
        if m:
            text = self.rng.choice((f"{m.group('b')}号楼{m.group('u')}单元{m.group('r')}", f"{m.group('b')}栋{m.group('r')}",
                                    f"{m.group('b')}-{m.group('u')}-{m.group('r')}"))
        else:
            m = _VILLAGE.match(p.home.rest)
            text = (m.group("village") + m.group("tail")) if m and m.group("tail") else (m.group("village") if m else p.home.rest)
        return self._span(text, "CN_ADDRESS", role, "partial")

    def p_uid(self, p, role):
        """A B站 UID as the site prints it."""
        return self._span(p.handles["B站"], "CN_SOCIAL_ACCOUNT", role)

    def p_space(self, p, role):
        """The B站 space link of a user."""
        return self._span("https://space.bilibili.com/" + p.handles["B站"], "URL", role)

    def p_kinword(self, p, role):
        return [Piece(self.once(f"kw{id(p)}", lambda: self.rng.choice(("堂哥", "堂弟", "侄子", "哥哥")) if p.male else
                                self.rng.choice(("堂姐", "堂妹", "侄女", "妹妹"))))]

    def p_pupil_age(self, p, role):
        return self._span(f"{self.once(f'age{id(p)}', lambda: str(self.rng.randint(7, 12)))}岁", "DEMOGRAPHIC", role)

    # --- the reporter's side ------------------------------------------------------------
    def w_fleet(self, role):
        """The ride-hailing fleet company a driver works for."""
        return self._span(self.once("fleet", lambda: self.c.city.name[:-1] + self.rng.choice(("顺途", "快马", "安达", "畅行"))
                                    + "汽车租赁有限公司"), "CN_WORKPLACE", role)

    def w_biz(self, role):
        """The reporter's own small business (a legal-person account on a government app)."""
        return self._span(self.once("biz", lambda: self.c.city.name[:-1] + self.rng.choice(("福满", "金穗", "吉祥", "惠民"))
                                    + self.rng.choice(("粮油经营部", "农资店", "面粉加工厂", "家庭农场"))), "CN_WORKPLACE", role)

    def w_biz_uscc(self, role):
        v = self.once("bizuscc", lambda: nb.new_uscc(self.rng, self.c.reporter.home.district_code))
        return self._span(v, "CN_USCC", role)

    def w_unit(self, role):
        """A workplace as an office suite writes it into a document's properties."""
        return self._span(self.c.employer, "CN_WORKPLACE", role)

    # --- organisations: U third party, Q reporter, C public --------------------------------
    def u_school(self, role):
        return self._span(self.once("school", lambda: self.c.company.site.district + self.rng.choice(
            ("城关镇", "柳林镇", "高庙乡", "白沙镇")) + self.rng.choice(("中心小学", "第二小学", "希望小学", "实验学校"))),
            "ORGANIZATION", role)

    def u_school_tel(self, role):
        return self._span(self.once("stel", lambda: nb.new_landline(self.rng, self.c.city.area_code)), "CN_LANDLINE", role)

    def u_firm(self, role):
        """A neighbouring enterprise that complains about the plant."""
        return self._span(self.once("nfirm", lambda: self.c.city.name[:-1] + self.rng.choice(("精工", "华瑞", "晶鑫", "绿康"))
                                    + self.rng.choice(("电子科技", "食品", "医疗器械", "服装")) + "有限公司"), "ORGANIZATION", role)

    def u_firm_uscc(self, role):
        v = self.once("nfuscc", lambda: nb.new_uscc(self.rng, self.c.company.site.district_code))
        return self._span(v, "CN_USCC", role)

    def u_firm_tel(self, role):
        return self._span(self.once("nftel", lambda: nb.new_landline(self.rng, self.c.city.area_code)), "CN_LANDLINE", role)

    def u_eia(self, role):
        return self._span(self.once("eia", lambda: self.c.city.province[:2] + self.rng.choice(("华宇", "中环", "正源", "蓝海"))
                                    + "环境科技咨询有限公司"), "ORGANIZATION", role)

    def u_pond(self, role):
        return self._span(self.once("pond", lambda: self.c.company.site.district + self.rng.choice(("老河湾", "清水", "柳荫"))
                                    + "垂钓园"), "ORGANIZATION", role)

    def u_paper(self, role):
        return self._span(self.once("paper", lambda: self.c.city.name[:-1] + self.rng.choice(("晚报", "日报", "广播电视台"))),
                          "ORGANIZATION", role)

    def u_village(self, role):
        def make():
            m = _VILLAGE.match(self.c.company.site.rest) or _VILLAGE.match(self.c.reporter.home.rest)
            if m:
                return m.group("village") + "村民委员会"
            return self.c.company.site.district + self.rng.choice(("前王", "后李", "东赵", "西刘")) + "村民委员会"
        return self._span(self.once("village", make), "ORGANIZATION", role)

    def u_village_tel(self, role):
        return self._span(self.once("vtel", lambda: nb.new_landline(self.rng, self.c.city.area_code)), "CN_LANDLINE", role)

    # --- the plant, its group, a reported institution -------------------------------------
    def s_short(self, role):
        name = self.c.company.name
        for form in ("股份有限公司", "有限责任公司", "有限公司", "专业合作社"):
            if name.endswith(form):
                short = name[: -len(form)]
                short = short[len(self.c.city.name) - 1:] if short.startswith(self.c.city.name[:-1]) else short
                tail = "合作社" if form == "专业合作社" else "公司"
                return self._span(short + tail if len(short) > 1 else name, "ORGANIZATION", role, "partial")
        return self._span(name, "ORGANIZATION", role)

    def s_district(self, role):
        """The district of the site alone (plain text: a region, not an address)."""
        return [Piece(self.c.company.site.district)]

    def s_group(self, role):
        """The plant's parent group company."""
        return self._span(self.once("group", lambda: self.c.city.province[:2] + self.rng.choice(("投资", "能源", "产业"))
                                    + "控股集团有限公司"), "ORGANIZATION", role)

    def s_uscc_plain(self, role):
        return self._span(self.c.company.uscc, "CN_USCC", role)

    def s_gate(self, role):
        return self._span(self.once("gate", lambda: nb.new_landline(self.rng, self.c.city.area_code)), "CN_LANDLINE", role)

    def s_bili(self, role):
        def make():
            name = self.c.company.name
            for form in ("股份有限公司", "有限责任公司", "有限公司", "专业合作社"):
                name = name[: -len(form)] if name.endswith(form) else name
            return name + self.rng.choice(("官方", "官方号", "-官方账号"))
        return self._span(self.once("sbili", make), "CN_SOCIAL_ACCOUNT", role)

    def s_hospital(self, role):
        """A hospital that is itself a census object (its medical waste water)."""
        return self._span(self.once("hosp", lambda: self.c.company.site.district + self.rng.choice(
            ("仁和医院", "康复医院", "中西医结合医院", "妇幼保健院"))), "ORGANIZATION", role)

    def s_station(self, role):
        """A petrol station run by a natural person (个体)."""
        return self._span(self.once("station", lambda: self.c.company.site.district + self.natural.surname +
                                    self.rng.choice(("记加油站", "氏加油点", "家加油站"))), "ORGANIZATION", role)

    def s_station_uscc(self, role):
        def make():
            v = nb.new_uscc(self.rng, self.c.company.site.district_code)
            body = "92" + v[2:17]
            return body + uscc.calc_check_digit(body + "0")
        return self._span(self.once("stuscc", make), "CN_USCC", role)

    def s_station_addr(self, role):
        return self._span(self.once("staddr", lambda: self.c.company.site.district + self.rng.choice(
            ("省道S", "国道G", "县道X")) + str(self.rng.randint(101, 329)) + "线" + self.rng.choice(("东侧", "北侧", "与乡道交叉口"))),
            "CN_ADDRESS", role)

    # --- officials --------------------------------------------------------------------------
    def a_police(self, role):
        return self._span(f"{self.c.city.name}公安局{self.c.company.site.district.rstrip('区县市')}分局", "ORGANIZATION", role)

    def a_court(self, role):
        return self._span(f"{self.c.city.name}{self.c.company.site.district}人民法院", "ORGANIZATION", role)

    def a_town(self, role):
        name = self.once("town", lambda: self.c.company.site.district + self.rng.choice(
            ("城关", "柳林", "高庙", "马寨", "白沙", "孟庄")) + self.rng.choice(("镇人民政府", "街道办事处")))
        return self._span(name, "ORGANIZATION", role)

    def a_station(self, role):
        return self._span(self.once("rdst", lambda: self.c.company.site.district + self.rng.choice(
            ("城关镇", "柳林镇", "马寨镇", "白沙镇")) + "人大代表联络站"), "ORGANIZATION", role)

    def a_census(self, role):
        return self._span(f"{self.c.city.name}{self.c.company.site.district}第二次全国污染源普查领导小组办公室", "ORGANIZATION", role)

    def a_bili(self, role):
        return self._span(self.once("abili", lambda: self.c.city.name[:-1] + "生态环境"), "CN_SOCIAL_ACCOUNT", role)

    def a_mobile(self, role):
        """The bureau's duty mobile (值班手机)."""
        return self._span(self.once("amob", lambda: nb.new_mobile(self.rng)), "CN_MOBILE", role)

    def a_bank(self, role):
        return self._span(self.once("abank", lambda: nb.new_bank_card(self.rng)), "CN_BANK_CARD", role)

    # --- never-flag items ---------------------------------------------------------------
    def _tick(self, lo=40, hi=3000):
        self._clock += self.rng.randint(lo, hi)
        return self._clock

    def n_stamp(self):
        c = self._tick()
        t, d = c % 86400, self.day + dt.timedelta(days=c // 86400)
        return self._never(f"{d:%Y-%m-%d} {t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}", "date")

    def n_hm(self):
        t = self._tick(20, 900) % 86400
        return self._never(f"{t // 3600:02d}:{t // 60 % 60:02d}", "time")

    def n_hms(self):
        t = self._tick(3, 120) % 86400
        return self._never(f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}", "time")

    def n_h12345(self):
        return self._never("12345", "hotline")

    def n_vtime(self):
        """A position in a video (弹幕 time)."""
        t = self._tick(2, 40) % 3600
        return self._never(f"{t // 60:02d}:{t % 60:02d}", "time")

    def n_badge(self):
        """执法证号 of an inspector (printed on the card, public)."""
        return self._never(f"{self.c.city.province_abbr}{self.rng.randint(10, 99)}{self.rng.randint(100000, 999999)}",
                           "case_number")

    def n_clue(self):
        return self._never(f"XS{self.c.year}{self.rng.randint(1, 12):02d}{self.rng.randint(1000, 9999)}", "case_number")

    def n_docno(self):
        word = self.rng.choice(("环执", "环督", "环信", "环奖", "环普", "环函"))
        return self._never(f"{self.c.city.province_abbr}{self.c.city.name[:-1]}{word}〔{self.c.year}〕{self.rng.randint(1, 260)}号",
                           "case_number")

    def n_courtno(self):
        return self._never(f"（{self.c.year}）{self.c.city.province_abbr}{self.rng.randint(101, 199):04d}行初{self.rng.randint(10, 999)}号",
                           "case_number")

    def n_policeno(self):
        return self._never(f"{self.c.city.name[:-1]}公{self.rng.choice(('刑', '治'))}通字〔{self.c.year}〕{self.rng.randint(1, 90)}号",
                           "case_number")

    def n_clinic(self):
        return self._never(f"MZ{self.c.year}{self.rng.randint(10**6, 10**7 - 1)}", "case_number")

    def n_txn(self):
        return self._never(f"{self.day:%Y%m%d}{self.rng.randint(10**11, 10**12 - 1)}", "case_number")

    def n_coord(self):
        return self._never(f"{self.rng.uniform(110, 118):.6f}, {self.rng.uniform(32, 37):.6f}", "quantity")

    def n_lon(self):
        return self._never(f"{self.rng.uniform(110, 118):.6f}", "quantity")

    def n_lat(self):
        return self._never(f"{self.rng.uniform(32, 37):.6f}", "quantity")

    def n_code(self):
        """普查对象编码 / 区划 code: not an identifier of a person."""
        return self._never(f"{self.c.company.site.district_code}{self.rng.randint(100, 999)}{self.rng.randint(1000, 9999)}",
                           "case_number")

    def n_votes(self):
        return self._never(f"{self.rng.randint(120, 9800)}票", "quantity")

    def n_pct(self):
        return self._never(f"{self.rng.randint(20, 80)}%", "quantity")

    def n_tank(self):
        return self._never(f"{self.rng.choice((20, 30, 50))}立方米", "quantity")

    def n_beds(self):
        return self._never(f"{self.rng.choice((60, 120, 200, 350))}张", "quantity")

    def n_within(self):
        return self._never(self.rng.choice(("15个工作日", "10日", "7个工作日", "30日")), "quantity")

    def n_year(self):
        return self._never(f"{self.c.year}年", "date")

    def n_quarter(self):
        return self._never(f"{self.c.year}年第{self.rng.choice('一二三四')}季度", "date")

    def n_bigmoney(self):
        n = self.rng.randint(2, 90) * 10000
        return self._never(self.rng.choice((f"{n:,}元", f"{n / 10000:g}万元", f"人民币{n}元")), "money")

    def n_hongbao(self):
        return self._never(self.rng.choice(("200.00", "500.00", "1000.00", "2000.00", "3000.00")), "money")


# What a resident says about the plant (subject content).
SAYS = (
    "{S.name}每天后半夜开炉，烟是黄色的",
    "{S.short}在厂区西墙根挖了个渗坑，废水往里灌",
    "{S.short}的货车{S.plate}拉着桶往河滩上倒",
    "{B.ref}放话说谁举报就查出来是谁",
    "{S.name}（{S.addr}）周边的麦苗叶子都发黄",
    "我们自己买了检测仪，{N.reading}",
    "{S.short}的排气筒离{P.inst}就{N.dist}",
    "{S.short}的除尘布袋坏了好几个月没换",
    "下雨天{S.short}开闸往外放水，河里一股药味",
    "{S.short}的活性炭箱就是个空壳子",
)

# How a reporter asks to be reached (each a contact of the reporter).
REACH = (
    "手机{R.mobile}",
    "电话{R.mobile}，白天上班接不了，晚上打",
    "家里座机{R.tel}",
    "微信{R.wechat}",
    "QQ{R.qq}",
    "邮箱{R.email}",
    "我不方便时找我{K.kinword}{K.name}，{K.mobile}",
    "我在{W.name}上班，别往单位打",
)

# The same facts as an official writes them.
FOUND = (
    "{S.name}（统一社会信用代码{S.uscc}）",
    "该公司位于{S.addr}，法定代表人{B.name}",
    "企业负责人{B.name}（{B.mobile}）对夜间生产供认不讳",
    "安环部{E.name}（{E.mobile}）陪同检查",
    "现场监测{N.reading}",
    "布袋除尘器破损未更换",
    "危险废物台账缺失",
    "排污许可证编号{N.permit}",
    "厂区门卫电话{S.gate}",
)
