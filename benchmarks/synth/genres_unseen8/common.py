"""Slots and shared sentence pools of the ninth template family (``unseen8``).

``Unseen8Slots`` builds directly on the base ``slots.Slots`` (R H W S B T A O P N) and adds
the people, organisations and written forms this family's documents have:

    J  a second reporter (a co-objector, a relative who signs too): role reporter
    K  a second relative of the reporter (a cousin, a grandchild who fills a form): reporter
    E  an employee of the reported enterprise (车间主任, 环保员, 会计, 门卫): subject
    F  a natural person reported as such (个体户, 赔偿义务人, 受送达人): subject
    Y  a neighbour or a fellow buyer in a group who does not join: third_party
    Q  someone else outside the complaint (an editor, a patient, an interpreter, an EIA
       engineer, a commentator): third_party
    D  a second official (班长, 驾驶员, 审计人员, 审核人): official
    G  a third official (another office's contact, a town cadre on duty): official
    U  another unit (an EIA consultancy, a newspaper, a second plant), ``M`` its manager; its
       role is ``Unseen8Slots.unit_role`` (subject unless a genre says otherwise)
    X, V, Z  persons bound by a genre for one row or turn (``Unseen8Slots.bind``), any role

Written forms added here: a mobile typed with the letters l and O for 1 and 0 (``mobile_lo``,
form ``typo``), full-width digits with full-width dashes (``mobile_fwdash``), grouped 4-4-3
(``mobile_443``), with the middle masked (``mobile_masked``) or only the first seven digits
(``mobile_head``); an ID written in Chinese digits (``id_cn``), in groups of four
(``id_quad``), masked (``id_masked``) or as its last six (``id_tail6``); a bank card in Chinese
digits (``bank_cn``) or masked (``bank_masked``); a name with ○ for the given name's first
character (``name_ring``) or masked (``name_masked``); the flat as building-unit-room digits
(``flat_code``: 12-3-1102, or 5组23号 in a village), the compound or village alone
(``place``); the age in Chinese numerals (``age_cn``) and the year of birth (``born``); a
mobile or ID inside a URL's query string (``link_tel``: the whole URL is the span).
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

FAMILY = "unseen8"


def layout(s, rng: random.Random, layouts: tuple):
    """One of a genre's layouts: any for ``unseen8``; layouts 0 and 2 for ``unseen8-a``
    (may be looked at later), layouts 1 and 3 for ``unseen8-b`` (measured blind)."""
    if s.variant == "unseen8-a":
        layouts = layouts[0::2]
    elif s.variant == "unseen8-b":
        layouts = layouts[1::2]
    return rng.choice(layouts)


def put(b, s, template: str) -> None:
    """Render ``template``; ``§`` is the colon after a field label, in the document's habit."""
    b.render(template.replace("§", s.colon), s)


def some(rng: random.Random, items: tuple, lo: int, hi: int) -> list:
    return rng.sample(items, min(len(items), rng.randint(lo, hi)))


_URBAN = re.compile(r"^(?P<road>\D+?\d+号)(?P<compound>\D+?)(?P<b>\d+)号楼(?P<u>\d+)单元(?P<r>\d+)室$")
_RURAL = re.compile(r"^(?P<town>\D+?镇)(?P<village>\D+?村)(?P<tail>.*)$")

_TRADES = ("豫丰", "鑫源", "恒达", "宏盛", "华康", "金鹏", "瑞通", "中天", "永兴", "新宇", "天润", "博远",
           "隆盛", "鼎鑫", "泰和", "汇丰源", "佳美", "盛达", "昌隆", "众诚", "兴旺", "长青", "丰泽", "恒瑞",
           "广源", "聚鑫", "顺发", "开元", "久安", "利民")
_CN = "〇一二三四五六七八九"
_CONSULT = ("环境工程咨询有限公司", "环保科技有限公司", "环境评价技术服务有限公司")
_PAPERS = ("日报社", "晚报社", "广播电视台", "融媒体中心")


def cn_number(n: int) -> str:
    """十二, 五十八: how an age or a count is written in words."""
    if n < 10:
        return "零一二三四五六七八九"[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else "零一二三四五六七八九"[tens]
    return head + "十" + ("" if ones == 0 else "零一二三四五六七八九"[ones])


class Unseen8Slots(Slots):
    """Base slots plus the extra people and forms of this family (see module doc)."""

    def __init__(self, cast, rng: random.Random, variant: str = FAMILY) -> None:
        super().__init__(cast, rng)
        self.variant = variant
        city, year = cast.city, cast.year
        m = _RURAL.match(cast.reporter.home.rest)
        if m and not re.fullmatch(r"\d+组\d+号", m.group("tail")):  # a village home always has its 组 and 号
            self.rural(cast.reporter, m.group("town") + m.group("village"))
            cast.household.home = cast.reporter.home
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
        self.colon = rng.choice(("：", "：", ":", "： ", "："))
        self._clock = rng.randint(7 * 3600, 20 * 3600)
        self.extra: dict[str, tuple] = {}
        self._cache: dict[str, str] = {}

    # --- helpers ------------------------------------------------------------------------
    @staticmethod
    def near(home: Place, rng: random.Random) -> Place:
        """Another home in the same compound or village."""
        m = _URBAN.match(home.rest)
        if m:
            rest = (m.group("road") + m.group("compound") +
                    f"{rng.randint(1, 32)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 28)}{rng.randint(1, 4):02d}室")
        else:
            m = _RURAL.match(home.rest)
            rest = (m.group("town") + m.group("village") + f"{rng.randint(1, 12)}组{rng.randint(1, 99)}号") if m else home.rest
        return Place(home.city, home.district, home.district_code, rest)

    def rural(self, p, town: str | None = None) -> None:
        """Give ``p`` a village home (N组M号), in ``town`` (镇…村) if given."""
        h = p.home
        town = town or self.rng.choice(geo.TOWN_HEADS) + "镇" + self.rng.choice(geo.VILLAGE_HEADS) + \
            self.rng.choice(geo.TOWN_HEADS) + "村"
        p.home = Place(h.city, h.district, h.district_code,
                       f"{town}{self.rng.randint(1, 12)}组{self.rng.randint(1, 99)}号")

    def village_of(self, p) -> str | None:
        m = _RURAL.match(p.home.rest)
        return m.group("town") + m.group("village") if m else None

    def is_urban(self, p) -> bool:
        return bool(_URBAN.match(p.home.rest))

    def bind(self, letter: str, person, role: str) -> None:
        self.extra[letter] = (person, role)

    def new_person(self, near_reporter: bool = False):
        p = _person(self.rng, _FAKER, self.c.city, self.c.year)
        if near_reporter:
            p.home = self.near(self.c.reporter.home, self.rng)
        return p

    def new_unit(self, role: str = "subject", kind: str | None = None):
        self.unit = _company(self.rng, _FAKER, self.c.city, self.c.year)
        if kind == "consult":
            self.unit.name = self.c.city.name[:-1] + self.rng.choice(_TRADES) + self.rng.choice(_CONSULT)
        elif kind == "paper":
            self.unit.name = self.c.city.name[:-1] + self.rng.choice(_PAPERS)
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
        return self._span(p.surname + self.rng.choice(("某", "某某", "某")), "PERSON", role, "partial")

    def p_lao(self, p, role):
        """老王 / 小王 as neighbours and colleagues say it."""
        return self._span(("老" if p.age >= 40 else "小") + p.surname, "PERSON", role, "partial")

    def p_name_masked(self, p, role):
        g = p.given
        text = p.surname + self.rng.choice(("*" * len(g), "×" * len(g), ("*" + g[1:]) if len(g) > 1 else "*"))
        return self._span(text, "PERSON", role, "partial")

    def p_name_ring(self, p, role):
        """王○芳 / 王○: the first character of the given name replaced by a ring."""
        g = p.given
        return self._span(p.surname + "○" + g[1:], "PERSON", role, "partial")

    # --- persons: numbers ----------------------------------------------------------------
    def p_mobile_plain(self, p, role):
        return self._span(p.mobile, "CN_MOBILE", role)

    def p_mobile_lo(self, p, role):
        """Typed on a phone keyboard with the letters l and O for 1 and 0 (l3812345678)."""
        m = p.mobile
        text = m[0].replace("1", self.rng.choice("lI")) + m[1:].replace("0", "O")
        return self._span(text, "CN_MOBILE", role, "typo")

    def p_mobile_fwdash(self, p, role):
        m = nb.fullwidth(p.mobile)
        return self._span(f"{m[:3]}－{m[3:7]}－{m[7:]}", "CN_MOBILE", role, "fullwidth")

    def p_mobile_443(self, p, role):
        m = p.mobile
        return self._span(f"{m[:4]} {m[4:8]} {m[8:]}", "CN_MOBILE", role, "spaced")

    def p_mobile_masked(self, p, role):
        m = p.mobile
        return self._span(self.rng.choice((m[:3] + "****" + m[-4:], m[:3] + "xxxx" + m[-4:], m[:4] + "***" + m[-4:])),
                          "CN_MOBILE", role, "partial")

    def p_mobile_head(self, p, role):
        """The first seven digits, the rest starred (as a clerk notes a number half heard)."""
        m = p.mobile
        return self._span(m[:7] + "****", "CN_MOBILE", role, "partial")

    def p_mobile_cn(self, p, role):
        return self._span(nb.chinese_digits(p.mobile, self.rng), "CN_MOBILE", role, "chinese")

    def p_id_plain(self, p, role):
        return self._span(p.id18, "CN_ID_CARD", role)

    def p_id_cn(self, p, role):
        """The ID in Chinese digits, as written out by hand (一〇五…); X stays X."""
        table = "〇一二三四五六七八九"
        return self._span("".join(table[int(c)] if c.isdigit() else c for c in p.id18), "CN_ID_CARD", role, "chinese")

    def p_id_quad(self, p, role):
        v = p.id18
        return self._span(" ".join(v[i:i + 4] for i in range(0, 18, 4)), "CN_ID_CARD", role, "spaced")

    def p_id_masked(self, p, role):
        v = p.id18
        return self._span(self.rng.choice((v[:6] + "********" + v[-4:], v[:4] + "*" * 10 + v[-4:],
                                           v[:6] + "*" * 12)), "CN_ID_CARD", role, "partial")

    def p_id_tail6(self, p, role):
        return self._span(p.id18[-6:], "CN_ID_CARD", role, "partial")

    def p_tel_plain(self, p, role):
        return self._span(p.landline, "CN_LANDLINE", role)

    def p_bank_cn(self, p, role):
        return self._span(nb.chinese_digits(p.bank, self.rng), "CN_BANK_CARD", role, "chinese")

    def p_bank_plain(self, p, role):
        return self._span(p.bank, "CN_BANK_CARD", role)

    def p_bank_masked(self, p, role):
        v = p.bank
        return self._span(self.rng.choice((f"{v[:4]}********{v[-4:]}", f"{v[:6]}*****{v[-4:]}", f"**** **** {v[-4:]}")),
                          "CN_BANK_CARD", role, "partial")

    def p_bank_of(self, p, role):
        """开户行 + card, as a payee block gives it."""
        branch = self.rng.choice(("中国农业银行", "中国工商银行", "中国建设银行", "中国邮政储蓄银行", "中国银行")) + \
            self.c.city.name[:-1] + p.home.district.rstrip("区县市") + self.rng.choice(("支行", "分理处", "营业所"))
        return [Piece(branch + " "), *self.p_bank(p, role)]

    def p_link_tel(self, p, role):
        """A system link whose query string carries the caller's number: the URL is the span."""
        host = self.rng.choice(("12369", "hjts", "xfpt"))
        url = (f"http://{host}.{self.c.city.code[:4]}.gov.cn/gd/view?id={self.rng.randint(10**6, 10**7)}"
               f"&tel={p.mobile}&src=sms")
        return self._span(url, "URL", role)

    def p_ip4(self, p, role):
        return self._span(p.ip4, "IP_ADDRESS", role)

    def p_ip6(self, p, role):
        return self._span(p.ip6, "IP_ADDRESS", role)

    def p_xhs(self, p, role):
        return self._span(p.handles["小红书"], "CN_SOCIAL_ACCOUNT", role)

    def p_douyin(self, p, role):
        return self._span(p.handles["抖音"], "CN_SOCIAL_ACCOUNT", role)

    def p_weibo(self, p, role):
        return self._span(p.handles["微博"], "CN_SOCIAL_ACCOUNT", role)

    # --- persons: places and demographics -------------------------------------------------
    def p_place(self, p, role):
        m = _URBAN.match(p.home.rest)
        if m:
            text = m.group("compound")
        else:
            m = _RURAL.match(p.home.rest)
            text = m.group("town") + m.group("village") if m else p.home.district + p.home.rest
        return self._span(text, "CN_ADDRESS", role, "partial")

    def p_village(self, p, role):
        """The village alone (前杨庄村), or the compound in town."""
        m = _RURAL.match(p.home.rest)
        if m:
            return self._span(m.group("village"), "CN_ADDRESS", role, "partial")
        return self.p_place(p, role)

    def p_flat_code(self, p, role):
        """Building-unit-room as digits (12-3-1102), or 5组23号 in a village."""
        m = _URBAN.match(p.home.rest)
        if m:
            text = f"{m.group('b')}-{m.group('u')}-{m.group('r')}"
        else:
            m = _RURAL.match(p.home.rest)
            tail = m.group("tail") if m else ""
            text = tail if re.fullmatch(r"\d+组\d+号", tail) else (m.group("village") + tail if m else p.home.rest)
        return self._span(text, "CN_ADDRESS", role, "partial")

    def p_age_cn(self, p, role):
        return self._span(cn_number(p.age) + "岁", "DEMOGRAPHIC", role)

    def p_born(self, p, role):
        return self._span(f"{p.id18[6:10]}年生", "DEMOGRAPHIC", role)

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

    def s_plate1(self, role):
        v = self.c.company.plates[0]
        return self._span(nb.write_plate(v, self.rng.choice(("plain", "dashed")), self.rng), "CN_LICENSE_PLATE", role)

    def s_uscc_plain(self, role):
        return self._span(self.c.company.uscc, "CN_USCC", role)

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

    def u_website(self, role):
        return self._span(self.unit.website, "URL", role)

    def w_short(self, role):
        name = self.c.employer
        if name.endswith(("中学", "小学", "医院", "卫生院", "供电公司")):
            return self._span(name, "CN_WORKPLACE", role)
        return self._span(self._short_of(name) if self._short_of(name) != name else name[:4], "CN_WORKPLACE", role,
                          "partial")

    def w_clinic(self, role):
        """The reporter's own village clinic (a village doctor's workplace)."""
        village = self.village_of(self.c.reporter) or (self.c.reporter.home.district + "城关镇东关村")
        return self._span(village.split("镇")[-1] + "卫生室", "CN_WORKPLACE", role)

    def a_dept(self, role):
        return self._span(self.c.city.name + self.rng.choice(("生态环境保护综合行政执法支队", "生态环境局执法监察支队")),
                          "ORGANIZATION", role)

    def a_town(self, role):
        if "town" not in self._cache:
            self._cache["town"] = self.c.company.site.district + self.rng.choice(geo.TOWN_HEADS) + \
                self.rng.choice(("镇人民政府", "街道办事处"))
        return self._span(self._cache["town"], "ORGANIZATION", role)

    def a_other(self, role):
        if "other" not in self._cache:
            d = self.c.company.site.district
            self._cache["other"] = d + self.rng.choice(("城市管理局", "水利局", "自然资源局", "农业农村局",
                                                        "市场监督管理局", "审计局"))
        return self._span(self._cache["other"], "ORGANIZATION", role)

    def a_audit(self, role):
        return self._span(self.c.city.name + "审计局", "ORGANIZATION", role)

    def a_mobile(self, role):
        if "amob" not in self._cache:
            self._cache["amob"] = nb.new_mobile(self.rng)
        return self._span(self._cache["amob"], "CN_MOBILE", role)

    def a_bank(self, role):
        if "abank" not in self._cache:
            self._cache["abank"] = nb.new_bank_card(self.rng)
        return self._span(self._cache["abank"], "CN_BANK_CARD", role)

    def a_mail(self, role):
        return self._span(f"{self.rng.choice(('hbj12369', 'sthjxf', 'zfzd'))}@{self.c.city.code[:4]}.gov.cn",
                          "EMAIL_ADDRESS", role)

    def a_carplate(self, role):
        if "acar" not in self._cache:
            self._cache["acar"] = nb.new_plate(self.rng, self.c.city.plate)
        return self._span(self._cache["acar"], "CN_LICENSE_PLATE", role)

    def pub_bank(self, role):
        """The account of a public institution (a school that receives a donation)."""
        if "pbank" not in self._cache:
            self._cache["pbank"] = nb.new_bank_card(self.rng)
        return self._span(self._cache["pbank"], "CN_BANK_CARD", role)

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

    def n_logtime(self):
        """An access-log time stamp: 12/Jul/2024:10:22:31 +0800."""
        c = self._tick() % 86400
        return self._never(f"{self.day.day:02d}/{self.day:%b}/{self.day.year}:{c // 3600:02d}:{c // 60 % 60:02d}:"
                           f"{c % 60:02d} +0800", "date")

    def n_hm(self):
        t = self._tick(5, 400) % 86400
        return self._never(f"{t // 3600:02d}:{t // 60 % 60:02d}", "time")

    def n_secs(self):
        return self._never(f"{self.rng.randint(1, 19)}分{self.rng.randint(0, 59):02d}秒", "time")

    def n_h12345(self):
        return self._never("12345", "hotline")

    def n_h110(self):
        return self._never("110", "hotline")

    def n_ticket(self):
        return self._never(f"{self.c.city.code[:4]}{self.day:%Y%m%d}{self.rng.randint(1000, 9999)}", "case_number")

    def n_docno(self):
        word = self.rng.choice(("环字", "环函", "环发", "环办", "环罚", "环告", "环转"))
        return self._never(f"{self.c.city.name[:-1]}{word}〔{self.c.year}〕{self.rng.randint(1, 240)}号", "case_number")

    def n_agree(self):
        return self._never(f"{self.c.city.province_abbr}环赔协〔{self.c.year}〕{self.rng.randint(1, 60)}号", "case_number")

    def n_minutes(self):
        return self._never(f"〔{self.c.year}〕第{self.rng.randint(2, 40)}次", "case_number")

    def n_orderno(self):
        return self._never(f"CZ{self.day:%Y%m%d}{self.rng.randint(10**9, 10**10 - 1)}", "case_number")

    def n_reqid(self):
        return self._never("".join(self.rng.choice("0123456789abcdef") for _ in range(32)), "case_number")

    def n_staffno(self):
        return self._never(f"{self.rng.randint(1001, 1299)}", "case_number")

    def n_power_acct(self):
        """电力户号: a utility account of a plant, never PII."""
        return self._never(f"{self.rng.randint(10**9, 10**10 - 1)}", "case_number")

    def n_paper(self):
        return self._never(f"SJ-{self.c.year}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 40):03d}", "case_number")

    def n_license(self):
        return self._never(f"{self.rng.randint(10**14, 10**15 - 1)}", "permit")

    def n_contract(self):
        return self._never(f"{self.c.city.province_abbr}承包〔{self.c.year - self.rng.randint(2, 9)}〕"
                           f"{self.rng.randint(1, 99):02d}号", "case_number")

    def n_mu(self):
        return self._never(f"{self.rng.choice((6, 8, 12, 15, 20, 30))}亩", "quantity")

    def n_jin(self):
        return self._never(f"{self.rng.choice((800, 1500, 2000, 3500, 6000))}多斤", "quantity")

    def n_pile(self):
        """A highway kilometre post (桩号)."""
        return self._never(f"K{self.rng.randint(10, 999)}+{self.rng.randint(0, 9) * 100}", "reading")

    def n_coord(self):
        return self._never(f"{self.rng.uniform(30, 38):.6f},{self.rng.uniform(110, 119):.6f}", "reading")

    def n_km(self):
        return self._never(f"{self.rng.randint(8, 160)}公里", "quantity")

    def n_people(self):
        return self._never(f"{self.rng.randint(3, 40)}人", "quantity")

    def n_within(self):
        return self._never(self.rng.choice(("10个工作日", "15个工作日", "30日内", "5个工作日", "60日")), "quantity")

    def n_year(self):
        return self._never(f"{self.c.year}年", "date")

    def n_page(self):
        return self._never(f"第{self.rng.randint(1, 2)}页/共{self.rng.randint(2, 3)}页", "quantity")

    def n_cash(self):
        return self._never(f"{self.rng.choice((30, 50, 100, 200))}元", "money")

    def n_bigmoney(self):
        n = self.rng.randint(3, 180) * 10000 + self.rng.choice((0, 0, 5000))
        return self._never(self.rng.choice((f"{n:,}元", f"{n / 10000:g}万元", f"人民币{n}元")), "money")


# What a resident says about the polluter (subject content, kept by forward).
TALK = (
    "{S.name}每天傍晚五六点开始冒黄烟，风一吹全往我们这边跑",
    "{S.short}靠河那边埋了根管子，半夜水哗哗往河里淌，颜色发黑",
    "他们厂的货车{S.plate}拉着废料往山沟里倒，倒完拿土一盖",
    "车间主任{E.name}跟人说过，环保来了就关，走了再开",
    "厂子在{S.addr}，门口写的是仓库，里头其实在生产",
    "晚上机器轰隆隆响到两三点，孩子根本睡不着",
    "味道像烂鸡蛋又像烧塑料，关窗都挡不住",
    "有懂行的测过排口的水，{N.reading}",
    "河里的鱼一夜之间翻了白肚，死了一大片",
    "{S.short}的废渣堆在露天，也不盖，下雨全冲到地里",
)

# The same facts as an official writes them.
RECORD = (
    "{S.name}（{S.addr}）废气治理设施未正常运行",
    "{S.short}厂区西北角雨水排放口有黑色废水外排",
    "该单位统一社会信用代码{S.uscc}，持排污许可证（编号{N.permit}）",
    "企业环保员{E.name}（{E.mobile}）在场配合",
    "现场快速检测：{N.reading}",
    "法定代表人{B.name}未到场，电话{B.mobile}",
    "一般固废露天堆放，未采取防扬散措施",
    "厂界下风向异味明显",
    "车间无组织排放，集气罩破损",
)
PROBLEMS = tuple(t for t in RECORD if "{E." not in t and "{S.uscc}" not in t and "{B." not in t)
BARE = tuple(t for t in PROBLEMS if "{S." not in t)

# About a natural-person subject (F).
PERSONAL = (
    "{F.name}在自家院里开了个小熔炉，烧电路板提炼金属",
    "{F.ref}把收来的废机油灌到自家{F.home}后面的渗坑里",
    "{F.name}开着{F.plate}的农用车到处倒建筑垃圾",
    "{F.ref}说这地是他承包的，想干啥就干啥，他手机{F.mobile}",
)

# How the reporter can be reached.
CONTACT = (
    "有事打{R.mobile}",
    "手机{R.mobile}，白天上班不方便接，晚上七点后可以",
    "座机{R.tel}，家里一般有人",
    "微信{R.wechat}，发消息就行",
    "邮箱{R.email}",
    "QQ号{R.qq}",
    "我不常看手机，可以打我{H.rel}{H.name}的电话{H.mobile}",
)
