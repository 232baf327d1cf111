"""Slots and shared sentence pools of the third blind family (``unseen3``).

``Unseen3Slots`` adds the people and written forms this family's documents have and the
base slots do not:

    K  the relative or neighbour the reporter writes for, or whose phone they leave as the
       contact (母亲, 父亲, 邻居 …): role reporter (the reporter's side)
    J  a co-signatory of a joint complaint (联名): role reporter
    V  a village cadre mentioned in passing (村支书, 网格长): role third_party
    E  an employee of the reported enterprise (车间主任, 环保员, 普查联系人): role subject
    G  a second official (督察组联络员, 审批人, 普查指导员): role official

and, for every person, the village or compound of their home alone (``X.place``), their
home address as two table cells (``X.home_cells``), masked forms as published notices
print them (``X.masked_name``, ``X.masked_mobile``, ``X.masked_id``, ``X.masked_bank``),
a title fixed for the document (``X.post``: 王科长, 李支书, 赵厂长), a mobile as typed
into a form (``X.mobile_typed``) or as a system stores it (``X.mobile_plain``); for the
reported party its short name (``S.short``), its site as cells (``S.addr_cells``), an
individual farm (``S.farm``); for agencies a landline with an extension (``A.tel_ext``)
and a department (``A.dept``). Documents that list several complaints or several census
objects swap the reporter and the enterprise row by row (``Unseen3Slots.row``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import random
import re

from .. import geo
from .. import numbers as nb
from ..cast import _FAKER, Place, _company, _person
from ..render import Piece
from ..slots import Slots
from ..words import INDUSTRIES, TRADE_NAMES

# (word the reporter uses, male?, same surname as the reporter?)
KIN = (("母亲", False, False), ("父亲", True, True), ("婆婆", False, False), ("岳母", False, False),
       ("姐姐", False, True), ("舅舅", True, False), ("邻居", None, False), ("老邻居", None, False),
       ("奶奶", False, False), ("大伯", True, True))

POSTS = {  # a title fixed per person for the whole document
    "official": ("科长", "队长", "主任", "副局长", "站长"),
    "third_party": ("支书", "主任", "村长", "组长"),
    "subject": ("厂长", "经理", "总", "主任"),
    "reporter": ("师傅", "大姐", "老师"),
}

CITY_HOSTS = {"郑州市": "zhengzhou", "洛阳市": "ly", "安阳市": "anyang", "新乡市": "xinxiang", "焦作市": "jiaozuo",
              "石家庄市": "sjz", "济南市": "jinan", "苏州市": "suzhou", "武汉市": "wuhan", "佛山市": "foshan",
              "成都市": "chengdu"}

FARM_KINDS = (("养殖场", "生猪", "头"), ("生猪养殖场", "生猪", "头"), ("养猪场", "生猪", "头"),
              ("养鸡场", "蛋鸡", "只"), ("肉鸡养殖场", "肉鸡", "只"), ("肉牛养殖场", "肉牛", "头"))

CN_MONEY = {500: "伍佰", 1000: "壹仟", 2000: "贰仟", 3000: "叁仟", 5000: "伍仟", 8000: "捌仟",
            10000: "壹万", 20000: "贰万", 50000: "伍万"}


def layout(s: Unseen3Slots, rng: random.Random, layouts: tuple):
    """One of a genre's layouts: any for ``unseen3``; even-numbered layouts (0, 2) for
    ``unseen3-a`` (may be looked at later), odd-numbered ones (1, 3) for ``unseen3-b``
    (measured blind)."""
    if s.variant == "unseen3-a":
        layouts = layouts[0::2]
    elif s.variant == "unseen3-b":
        layouts = layouts[1::2]
    return rng.choice(layouts)


RURAL = re.compile(r"(?P<town>.{1,4}?镇)(?P<village>.{1,5}村)(?=\d|东头|北侧|南地|$)")


def _split_place(rest: str) -> tuple[str, str]:
    """A place below the district as two cells: (town / road + number / park, the rest).

    杨庄镇前王村3组12号 -> 杨庄镇 | 前王村3组12号; 建设路12号锦绣花园3号楼… -> 建设路12号 | 锦绣花园3号楼…;
    产业集聚区建设路12号 -> 产业集聚区 | 建设路12号."""
    for park in geo.PARK_WORDS:
        if rest.startswith(park):
            return park, rest[len(park):]
    m = RURAL.match(rest)
    if m:
        return m.group("town"), rest[m.end("town"):]
    i = rest.find("号")
    if 0 < i < len(rest) - 1:
        return rest[:i + 1], rest[i + 1:]
    return rest[: len(rest) // 2], rest[len(rest) // 2:]


def _place_only(rest: str) -> str | None:
    """The village (前王村) or the compound (锦绣花园) of a place, or None."""
    m = RURAL.match(rest)
    if m:
        return m.group("village")
    i = rest.find("号")
    tail = rest[i + 1:] if i >= 0 else ""
    for head in geo.COMPOUND_HEADS:
        if tail.startswith(head):
            for t in sorted(geo.COMPOUND_TAILS, key=len, reverse=True):
                if tail[len(head):].startswith(t):
                    return head + t
    return None


class Unseen3Slots(Slots):
    """Base slots plus the extra people and forms of this family (see module doc)."""

    def __init__(self, cast, rng: random.Random, variant: str = "unseen3") -> None:
        super().__init__(cast, rng)
        self.variant = variant  # unseen3 (all layouts), unseen3-a or unseen3-b (half of them)
        city, year = cast.city, cast.year
        rel, male, same = rng.choice(KIN)
        self.kin_rel = rel
        self.kin = _person(rng, _FAKER, city, year, male=male,
                           surname=cast.reporter.surname if same else None)
        self.cosigner = _person(rng, _FAKER, city, year)
        self.cosigner.home = dataclasses.replace(cast.reporter.home, rest=self._neighbour_rest(cast.reporter.home.rest))
        self.cadre = _person(rng, _FAKER, city, year)
        self.employee = _person(rng, _FAKER, city, year)
        self.second = _person(rng, _FAKER, city, year)
        self.colon = rng.choice(("：", "：", "：", ":", "∶", "： "))
        self._posts: dict[int, str] = {}
        self._rows: list[tuple] = []
        self._clock = rng.randint(7 * 3600, 21 * 3600)
        self.cell_sep = "\t"  # between the cells of an address split across a table row

    def _neighbour_rest(self, rest: str) -> str:
        """A co-signatory lives in the same village or compound, at another door."""
        m = RURAL.match(rest)
        if m:
            return rest[: m.end("village")] + f"{self.rng.randint(1, 12)}组{self.rng.randint(1, 99)}号"
        place = _place_only(rest)
        if place:
            head = rest[: rest.index(place) + len(place)]
            return head + f"{self.rng.randint(1, 32)}号楼{self.rng.randint(1, 6)}单元{self.rng.randint(1, 28)}{self.rng.randint(1, 4):02d}室"
        return rest

    def __call__(self, who: str, what: str) -> list[Piece]:
        extra = {"K": (self.kin, "reporter"), "J": (self.cosigner, "reporter"),
                 "V": (self.cadre, "third_party"), "E": (self.employee, "subject"),
                 "G": (self.second, "official")}
        if who in extra:
            person, role = extra[who]
            return getattr(self, f"p_{what}")(person, role)
        return super().__call__(who, what)

    # --- several complaints or census objects in one document ---------------------------
    def rows(self, n: int) -> int:
        """Make sure ``n`` (reporter, enterprise) rows exist; row 0 is the document's cast."""
        while len(self._rows) < n:
            if not self._rows:
                self._rows.append((self.c.reporter, self.c.company))
            else:
                self._rows.append((_person(self.rng, _FAKER, self.c.city, self.c.year),
                                   _company(self.rng, _FAKER, self.c.city, self.c.year)))
        return n

    @contextlib.contextmanager
    def row(self, i: int):
        """Within the block, R and S/B are row ``i``'s reporter and enterprise."""
        self.rows(i + 1)
        saved = self.c
        reporter, company = self._rows[i]
        self.c = dataclasses.replace(saved, reporter=reporter, company=company)
        try:
            yield
        finally:
            self.c = saved

    # --- persons ----------------------------------------------------------------------
    def p_rel(self, p, role):
        if p is self.kin:
            return [Piece(self.kin_rel)]
        return super().p_rel(p, role)

    def p_place(self, p, role):
        """Only the village or the compound of the person's home (前王村, 锦绣花园小区)."""
        place = _place_only(p.home.rest)
        if place is None:
            return self._span(p.home.district + p.home.rest, "CN_ADDRESS", role)
        r = self.rng.random()
        m = RURAL.match(p.home.rest)
        if m:
            town = m.group("town")
            text = place if r < 0.4 else town + place if r < 0.8 else p.home.district + town + place
        else:
            plain = place.endswith(("小区", "家属院", "新村"))
            text = place if r < 0.5 else place + "小区" if not plain and r < 0.7 else p.home.district + place
        return self._span(text, "CN_ADDRESS", role, "partial")

    def p_home_cells(self, p, role):
        """The address below the district as two cells of a table row, tab-separated."""
        a, b = _split_place(p.home.rest)
        return [Piece(a, "CN_ADDRESS", role, "partial"), Piece(self.cell_sep), Piece(b, "CN_ADDRESS", role, "partial")]

    def p_surname(self, p, role):
        """The surname alone (免贵姓张, 姓王)."""
        return self._span(p.surname, "PERSON", role, "partial")

    def p_district(self, p, role):
        """The district alone: not identifying, not a span."""
        return [Piece(p.home.district)]

    def p_post(self, p, role):
        title = self._posts.setdefault(id(p), self.rng.choice(POSTS[role]))
        return self._span(p.surname + title, "PERSON", role, "partial")

    def p_masked_name(self, p, role):
        given = p.given
        options = [p.surname + "*" * len(given), p.surname + "某"]
        if len(given) == 2:
            options += [p.surname + "*" + given[-1], p.surname + "×" + given[-1]]
        return self._span(self.rng.choice(options), "PERSON", role, "partial")

    def p_masked_mobile(self, p, role):
        m = p.mobile
        text = self.rng.choice((m[:3] + "****" + m[-4:], m[:3] + "*****" + m[-3:], m[:7] + "****"))
        return self._span(text, "CN_MOBILE", role, "partial")

    def p_masked_id(self, p, role):
        v = p.id18
        last = v[-4:].replace("X", "x") if self.rng.random() < 0.5 else v[-4:]
        text = self.rng.choice((v[:6] + "*" * 8 + last, v[:4] + "*" * 10 + last, v[:3] + "*" * 11 + last))
        return self._span(text, "CN_ID_CARD", role, "partial")

    def p_masked_bank(self, p, role):
        v = p.bank
        text = self.rng.choice((v[:4] + " **** **** " + v[-4:], v[:6] + "*" * (len(v) - 10) + v[-4:]))
        return self._span(text, "CN_BANK_CARD", role, "partial")

    def p_mobile_typed(self, p, role):
        """Typed into a web form or a phone: plain, spaced, dashed or full-width (IME)."""
        form = self.rng.choice(("plain", "plain", "plain", "spaced", "dashed", "fullwidth"))
        return self._span(nb.write_mobile(p.mobile, form, self.rng), "CN_MOBILE", role, form)

    def p_mobile_plain(self, p, role):
        return self._span(p.mobile, "CN_MOBILE", role)

    def p_id_plain(self, p, role):
        """An ID as a system stores it: 18 characters, x written as the person typed it."""
        v = p.id18
        if v.endswith("X") and self.rng.random() < 0.5:
            return self._span(v[:-1] + "x", "CN_ID_CARD", role, "lower_x")
        return self._span(v, "CN_ID_CARD", role)

    def p_tel_ext(self, p, role):
        return self._span(nb.write_landline(p.landline, "plain", self.rng, ext=True), "CN_LANDLINE", role)

    def p_qq_plain(self, p, role):
        return self._span(p.qq, "CN_QQ", role)

    def p_doc(self, p, role):
        """证件类型 and number: mostly an ID card, sometimes a passport or a 往来港澳通行证."""
        r, lead = self.rng.random(), "    证件号码" + self.colon
        if r < 0.7:
            return [Piece("居民身份证" + lead)] + self.p_id(p, role)
        if r < 0.85:
            return [Piece("护照" + lead)] + self.p_passport(p, role)
        return [Piece("往来港澳通行证" + lead)] + self.p_hkmo(p, role)

    # --- reported party ------------------------------------------------------------------
    def s_short(self, role):
        name = self.c.company.name
        trade = next((t for t in sorted(TRADE_NAMES, key=len, reverse=True) if t in name), None)
        ind = next((i for i, _ in sorted(INDUSTRIES, key=lambda x: -len(x[0])) if i in name), None)
        if trade and ind:
            text = trade + ind + ("厂" if name.endswith("厂") else "")
        else:
            text = name[:4]
        return self._span(text, "ORGANIZATION", role, "partial")

    def s_addr_cells(self, role):
        site = self.c.company.site
        a, b = _split_place(site.rest)
        return [Piece(a, "CN_ADDRESS", role, "partial"), Piece(self.cell_sep), Piece(b, "CN_ADDRESS", role, "partial")]

    def s_district(self, role):
        return [Piece(self.c.company.site.district)]

    def s_city(self, role):
        return [Piece(self.c.city.name)]

    def s_province(self, role):
        return [Piece(self.c.city.province)]

    def s_place(self, role):
        """The village or park where the site is (the polluter's location: subject)."""
        rest = self.c.company.site.rest
        place = _place_only(rest)
        if place is None:
            place = _split_place(rest)[0]
        return self._span(self.c.company.site.district + place, "CN_ADDRESS", role, "partial")

    def s_farm(self, role):
        """An individual's livestock farm registered under a trade name (个体工商户)."""
        return self._span(self._farm_kind()[0], "ORGANIZATION", role)

    def _farm_kind(self) -> tuple[str, str, str]:
        """(farm name, species, unit), drawn once per document."""
        if not hasattr(self, "_farm"):
            tail, species, unit = self.rng.choice(FARM_KINDS)
            self._farm = (self.c.company.site.district + self.rng.choice(TRADE_NAMES) + tail, species, unit)
        return self._farm

    def s_species(self, role):
        return [Piece(self._farm_kind()[1])]

    def n_stock(self):
        """存栏量 in the farm's unit (头 for pigs and cattle, 只 for poultry)."""
        unit = self._farm_kind()[2]
        n = self.rng.choice((120, 300, 800, 1500) if unit == "头" else (5000, 12000, 30000))
        return self._never(self.rng.choice((f"{n}{unit}", f"约{n}{unit}")), "quantity")

    def _farm_site(self) -> Place:
        """Where the farm is: a village in the enterprise's district."""
        if not hasattr(self, "_farm_place"):
            site, r = self.c.company.site, self.rng
            rest = (f"{r.choice(geo.TOWN_HEADS)}镇{r.choice(geo.VILLAGE_HEADS)}{r.choice(geo.TOWN_HEADS)}村"
                    + r.choice(("东头", "北侧路西", f"{r.randint(1, 12)}组", "南地")))
            self._farm_place = dataclasses.replace(site, rest=rest)
        return self._farm_place

    def s_farm_addr(self, role):
        return self._span(self._farm_site().full(self.rng), "CN_ADDRESS", role)

    def s_farm_place(self, role):
        place = self._farm_site()
        return self._span(place.district + place.rest, "CN_ADDRESS", role, "partial")

    def s_farm_cells(self, role):
        a, b = _split_place(self._farm_site().rest)
        return [Piece(a, "CN_ADDRESS", role, "partial"), Piece(self.cell_sep), Piece(b, "CN_ADDRESS", role, "partial")]

    def s_tel_plain(self, role):
        return self._span(self.c.company.tel, "CN_LANDLINE", role)

    def s_uscc_plain(self, role):
        return self._span(self.c.company.uscc, "CN_USCC", role)

    # --- agency ----------------------------------------------------------------------------
    def a_tel_ext(self, role):
        return self._span(nb.write_landline(self.c.agency.tel, "plain", self.rng, ext=True), "CN_LANDLINE", role)

    def a_dept(self, role):
        if not hasattr(self, "_dept"):
            self._dept = self.c.agency.parent + self.rng.choice(
                ("生态环境综合行政执法支队", "信访办公室", "环境执法大队", "执法监督科", "大气环境科"))
        return self._span(self._dept, "ORGANIZATION", role)

    def a_team(self, role):
        """A central or provincial inspection team (督察组): an agency."""
        if not hasattr(self, "_team"):
            self._team = self.rng.choice(("中央第三生态环境保护督察组", "中央第五生态环境保护督察组",
                                          f"{self.c.city.province}第二生态环境保护督察组",
                                          f"{self.c.city.province}生态环境保护督察办公室"))
        return self._span(self._team, "ORGANIZATION", role)

    def a_census(self, role):
        return self._span("国务院第二次全国污染源普查领导小组办公室", "ORGANIZATION", role)

    def a_census_dept(self, role):
        """The city's census office (普查办): an agency."""
        return self._span(self.c.city.name + "第二次全国污染源普查领导小组办公室", "ORGANIZATION", role)

    def a_city(self, role):
        """The city's name as part of an agency's title: plain text."""
        return [Piece(self.c.city.name)]

    def a_petition(self, role):
        return self._span(self.c.city.name + "信访局", "ORGANIZATION", role)

    def a_gov(self, role):
        return self._span(self.c.city.name + "人民政府", "ORGANIZATION", role)

    def a_mail(self, role):
        """An agency mailbox of the document's city (xfb@sthjj.zhengzhou.gov.cn)."""
        host = self.rng.choice(("sthjj", "hbj"))
        box = self.rng.choice(("xfb", "zfdd", "wry", "jbzx"))
        return self._span(f"{box}@{host}.{CITY_HOSTS.get(self.c.city.name, 'gov')}.gov.cn", "EMAIL_ADDRESS", role)

    def a_url(self, role):
        return self._span(self.rng.choice(("http://liuyan.people.com.cn", "https://www.12345.gov.cn",
                                           "https://sthjt.henan.gov.cn/hdjl/")), "URL", role)

    # --- public institutions ---------------------------------------------------------------
    def pub_bank(self, role):
        """A bank branch (开户银行): a public institution, not the reporter's."""
        if not hasattr(self, "_bank"):
            self._bank = self.rng.choice(("中国农业银行", "中国工商银行", "中国建设银行", "中国银行", "中国邮政储蓄银行")) \
                + self.c.city.name[:-1] + self.rng.choice(("分行", "支行", "文化路支行", "城东支行"))
        return self._span(self._bank, "ORGANIZATION", role)

    # --- never-flag items --------------------------------------------------------------
    def n_h12345(self):
        return self._never("12345", "hotline")

    def n_h110(self):
        return self._never("110", "hotline")

    def n_sms(self):
        """An SMS platform's sending number (1069…): a service number."""
        return self._never("1069" + str(self.rng.randint(10**7, 10**8 - 1)), "hotline")

    def n_gd(self):
        """A 12345 work-order number."""
        d, r = self.day, self.rng
        text = r.choice((f"{d:%Y%m%d}{r.randint(0, 999999):06d}", f"GD{d:%Y%m%d}{r.randint(0, 99999):05d}",
                         f"12345-{d:%Y}-{r.randint(0, 999999):06d}", f"ZW{d:%y%m%d}{r.randint(100, 9999)}"))
        return self._never(text, "case_number")

    def n_ssp(self):
        """A mini-program report number."""
        return self._never(f"SSP{self.day:%Y%m%d}{self.rng.randint(0, 9999):04d}", "case_number")

    def n_accept(self):
        """An inspection team's 受理编号: D (call) / X (letter) + province code + date + serial."""
        prov = self.c.city.code[:2] + "0000"
        return self._never(f"{self.rng.choice('DX')}{prov}{self.day:%Y%m%d}{self.rng.randint(1, 9999):04d}", "case_number")

    def n_xfno(self):
        text = self.rng.choice((f"XFJ-{self.c.year}-{self.rng.randint(1, 99999):05d}",
                                f"信访件{self.c.year}{self.rng.randint(1, 9999):04d}"))
        return self._never(text, "case_number")

    def _docno(self, word: str) -> list[Piece]:
        """A document number, the same each time one document cites it."""
        if not hasattr(self, "_docnos"):
            self._docnos = {}
        if word not in self._docnos:
            abbr, y, n = self.c.city.name[0], self.c.year, self.rng.randint(1, 260)
            self._docnos[word] = self.rng.choice((f"{abbr}{word}〔{y}〕{n}号", f"{abbr}{word}〔{y}〕第{n}号",
                                                  f"{abbr}{word}（{y}）{n}号"))
        return self._never(self._docnos[word], "case_number")

    def n_doc_accept(self):
        return self._docno("环信受字")

    def n_doc_reject(self):
        return self._docno("环信不受字")

    def n_doc_order(self):
        return self._docno("环责改字")

    def n_doc_reward(self):
        return self._docno("环奖审字")

    def n_batch(self):
        return self._never(f"第{self.rng.randint(1, 30)}批", "case_number")

    def n_money_cn(self):
        n = self.rng.choice(tuple(CN_MONEY))
        return self._never(self.rng.choice((f"人民币{CN_MONEY[n]}元整", f"{CN_MONEY[n]}元整（￥{n:,}.00）")), "money")

    def n_stamp(self):
        """A time stamp that moves forward through the document, one format per document."""
        self._clock += self.rng.randint(20, 1500)
        t = self._clock % 86400
        d = self.day + dt.timedelta(days=self._clock // 86400)
        if not hasattr(self, "_stamp_fmt"):
            self._stamp_fmt = self.rng.choice(("full", "slash", "clock"))
        hms = f"{t // 3600:02d}:{t // 60 % 60:02d}"
        text = {"full": f"{d:%Y-%m-%d} {hms}:{t % 60:02d}", "slash": f"{d:%Y/%m/%d} {hms}", "clock": hms}[self._stamp_fmt]
        return self._never(text, "time" if self._stamp_fmt == "clock" else "date")

    def n_within(self):
        return self._never(self.rng.choice(("15日内", "30日内", "60日内", "5个工作日内", "10个工作日内")), "quantity")

    def n_coord(self):
        lon, lat = self.rng.uniform(112, 115), self.rng.uniform(33, 36)
        return self._never(self.rng.choice((f"{lon:.6f},{lat:.6f}", f"E{lon:.4f}° N{lat:.4f}°")), "quantity")

    def n_area(self):
        """A statistical area code (统计用区划代码, 12 digits): a code, not a number of anyone."""
        return self._never(self.c.company.site.district_code + f"{self.rng.randint(1, 20):03d}{self.rng.randint(1, 300):03d}",
                           "case_number")

    def n_amount(self):
        return self._qty(("{n}吨", "约{n}吨", "{n}多吨", "{n}桶"), (3, 5, 8, 12, 20, 30))

    def n_head(self):
        return self._qty(("{n}头", "{n}多头", "{n}余头"), (60, 150, 300, 800, 1200))


def farm_story(rng: random.Random, lo: int, hi: int) -> list[str]:
    """Sentences about an individual farm: the owner is introduced first, then the rest."""
    return [FARM[0]] + pick_some(rng, FARM[1:], lo - 1, hi - 1)


def named(rng: random.Random, pool: tuple, lo: int, hi: int, sep: str = "，") -> str:
    """Some facts from ``pool``, led by the enterprise's name unless the first one names it."""
    facts = pick_some(rng, pool, lo, hi)
    lead = "" if facts[0].startswith(("{S.name}", "{S.short}")) else rng.choice(("{S.name}", "{S.short}")) + "："
    return lead + sep.join(facts)


def put(b, s: Unseen3Slots, template: str) -> None:
    """Render ``template``; ``§`` is the colon after a field label, in the document's habit."""
    b.render(template.replace("§", s.colon), s)


def pick_some(rng: random.Random, items: tuple, lo: int, hi: int) -> list:
    return rng.sample(items, min(len(items), rng.randint(lo, hi)))


# What a neighbour of the polluter says about it (kept by forward).
SAYS = (
    "{S.name}一到后半夜就开炉子，冒的烟是灰黑色的，呛得人直咳嗽",
    "他们厂后面那条排水渠通到{P.inst}后头的坑塘，水是酱油色的",
    "厂门口挂的牌子是{S.short}，实际管事的老板是{B.name}",
    "拉料的大货车{S.plate}天天从村里过，不盖篷布，一路掉渣",
    "{S.short}把污泥偷偷埋在厂区西边的空地里，上面又盖了一层土",
    "去年就有人反映过，来查了一次，停了{N.num}天又照样开",
    "那个味是刺鼻的酸味，{N.time}前后最厉害，离我们住的地方就{N.dist}",
    "他们的在线监测数据平时好看得很，谁知道是怎么弄的",
    "我找过他们厂的{E.post}，他说这事他管不了，让找老板",
    "打他们厂里电话{S.tel}，一直没人接",
    "{B.post}放出话来，说谁举报就让谁好看",
    "晚上机器响得人睡不着觉，手机软件测的有{N.reading}",
    "听说这个厂连环评都没批，营业执照上的地址是{S.addr}",
    "锅炉里烧的是废轮胎和垃圾，根本不是天然气",
    "河里原来还能钓鱼，现在一条都没有了，离排口{N.dist}就能闻见",
    "危废桶就堆在院子里露天放着，一下雨就往外流",
    "白天大门一关，车都是{N.time}以后才进出",
    "他们在围墙上装了一圈摄像头，专门看有没有人拍照",
    "厂里的{E.name}私下跟人说过，处理设备早就坏了",
)

# The same facts as a clerk or an inspector writes them (kept by forward and publish).
FACTS = (
    "{S.name}（位于{S.addr}）夜间违规生产，废气未经收集处理直接排放",
    "该企业雨水排口有异常排水，疑似混入生产废水，现场快速检测{N.reading}",
    "{S.short}原料堆场未苫盖，装卸作业时扬尘明显",
    "涉事企业法定代表人{B.name}，联系电话{B.mobile}",
    "该单位危险废物未按规定贮存，无危险废物转移联单",
    "反映该企业夜间生产噪声扰民，现场监测{N.reading}",
    "企业环保负责人{E.name}（{E.mobile}）称污染防治设施正在维修",
    "该公司统一社会信用代码为{S.uscc}，持有排污许可证（编号{N.permit}）",
    "反映问题涉及周边约{N.households}居民",
    "厂区内疑似设有暗管，通往{P.inst}附近沟渠",
    "该企业未按环评要求建设废气收集设施，生产车间门窗敞开",
)

# Facts about what is wrong (no people): for summaries and table cells.
PROBLEMS = tuple(t for t in FACTS if "{B." not in t and "{E." not in t and "{S.uscc}" not in t)

# An employee of the polluter about their own workplace (insider; the content stays).
INSIDE = (
    "我们厂每天{N.time}以后就把污水站的旁路阀打开，废水直接排到厂外的沟里",
    "车间主任{E.name}交代过，环保的人一来就把风机开起来，人走了就关",
    "危废台账是做的假账，实际产生的量比台账上多得多，一个月就多出来{N.amount}",
    "污泥是{B.post}找的私人车{S.plate}拉走的，不知道倒在哪了",
    "在线监测的采样管被人动过，平时传上去的数据不真实",
    "老板{B.name}在会上说了，谁往外说就开除谁",
    "厂里负责环保的{E.post}知道这些事，但他也不敢说",
    "2号车间的活性炭一年多没换过，就是摆个样子",
    "{S.short}的喷漆房没有开过处理设备，工人都是戴着口罩干活",
)

# About an individual farm or workshop whose owner is the reported party (a natural person).
FARM = (
    "村里的{B.name}在自家承包地上建了个养猪场，养了{N.head}猪",
    "他家的粪水直接排进村东边的沟里，夏天臭得没法住人",
    "他的手机是{B.mobile}，我们找他说过好几次，他根本不听",
    "他家就住{B.home}，养殖场就在他家房后",
    "也没建储粪池，一下雨粪水就漫到路上",
    "苍蝇多得吓人，{P.inst}的孩子都受影响",
    "{B.ref}说他跟镇上打过招呼了，谁也管不了",
    "那个场子对外叫{S.farm}，没有任何环保手续",
)

# The sentence that says whom the complaint is about (the subject, kept).
INTRO = (
    "我要举报{S.name}",
    "我反映的是{S.name}的问题",
    "{S.name}（{S.addr}）污染太严重了",
    "被举报的是{S.short}，全称叫{S.name}",
    "我要反映{S.addr}的{S.name}",
)

# How the reporter says who they are (reporter).
ME = (
    "我叫{R.name}，住在{R.place}",
    "我是{R.place}的村民{R.name}",
    "我在{W.name}上班，家住{R.home}",
    "我姓{R.surname}，就住在{R.place}，离厂子不远",
    "本人{R.name}，{R.gender}，{R.age}，{W.name}职工",
)

# How the reporter says how to reach them (reporter).
REACH = (
    "我的电话是{R.mobile}，白天上班不方便接，晚上打",
    "有事打我手机{R.mobile}",
    "手机打不通就打家里座机{R.tel}",
    "可以加我微信{R.wechat}，照片和视频都在我手机里",
    "我的QQ是{R.qq}，邮箱是{R.email}",
    "我拍的视频发在{R.social}上了",
    "打不通就打我{K.rel}的电话{K.mobile}",
)
