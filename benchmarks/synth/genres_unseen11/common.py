"""Slots and shared sentence pools of the twelfth template family (``unseen11``).

``Unseen11Slots`` builds directly on the base ``slots.Slots`` (R H W S B T A O P N) and adds:

    J  a co-reporter (a neighbour who called too, a second signer): reporter
    K  a relative of the reporter who acts for them (委托代理人, the one who answers the phone): reporter
    E  an employee of the reported plant (also a resident of the reporter's compound at times): subject
    Y  a bystander (another resident, a friend who flew the drone): third_party
    L  a lawyer, a journalist or a volunteer working with the reporter: third_party
    D  a second official (承办人 of the town, a prosecutor, an inspector of the province): official
    G  the grid worker (网格员) or a census taker: official
    U  organisations outside the complaint (law firm, TV station, NGO, property company): third_party

Written forms added here: ``mobile_plain``; ``mobile_mask`` and ``surname`` (``partial``);
``mobile_asr`` a mobile as a speech recogniser writes it (Chinese digits with 幺 and one
homophone error, ``chinese``); ``name_break`` a name cut by a line break (``linebreak``);
``mobile_break`` (``linebreak``); ``id_plain``, ``id_mask`` (``partial``); ``bank_plain``,
``bank_mask`` (``partial``); ``compound`` and ``flat`` (CN_ADDRESS ``partial``).
"""

from __future__ import annotations

import datetime as dt
import random
import re

from stdnum.cn import uscc as _uscc

from .. import numbers as nb
from ..cast import _FAKER, Place, _person
from ..render import Piece
from ..slots import Slots
from ..words import INDUSTRIES

FAMILY = "unseen11"

_CITY_ROAD = re.compile(r"^(?P<road>\D+?\d+号)(?P<compound>\D+?)(?P<b>\d+)号楼(?P<u>\d+)单元(?P<r>\d+)室$")
_VILLAGE = re.compile(r"^(?P<town>\D+?镇)(?P<village>\D+?村)(?P<tail>.*)$")
_ASR_SLIPS = {"1": "要", "4": "是", "9": "就", "7": "期", "0": "令", "8": "吧", "6": "溜", "5": "舞"}
_SPOKEN = "零幺二三四五六七八九"


def layout(s, rng: random.Random, layouts: tuple):
    """Any layout for ``unseen11``; layouts 0 and 2 for ``unseen11-a``, layouts 1 and 3 for
    ``unseen11-b`` (the half measured blind)."""
    if s.variant == "unseen11-a":
        layouts = layouts[0::2]
    elif s.variant == "unseen11-b":
        layouts = layouts[1::2]
    return rng.choice(layouts)


def put(b, s, template: str) -> None:
    """Render ``template``; ``§`` is the field colon of this document, ``¦`` its cell separator."""
    b.render(template.replace("§", s.colon).replace("¦", s.cell), s)


def few(rng: random.Random, items: tuple, lo: int, hi: int) -> list:
    return rng.sample(items, min(len(items), rng.randint(lo, hi)))


class Unseen11Slots(Slots):
    """Base slots plus the extra people, organisations and forms of this family."""

    def __init__(self, cast, rng: random.Random, variant: str = FAMILY) -> None:
        super().__init__(cast, rng)
        self.variant = variant
        city, year = cast.city, cast.year
        self.co = _person(rng, _FAKER, city, year)
        self.co.home = self._near(cast.reporter.home)
        self.kin = _person(rng, _FAKER, city, year, surname=cast.reporter.surname)
        self.kin.home = cast.reporter.home
        self.employee = _person(rng, _FAKER, city, year)
        self.bystander = _person(rng, _FAKER, city, year)
        self.bystander.home = self._near(cast.reporter.home)
        self.helper = _person(rng, _FAKER, city, year)
        self.second = _person(rng, _FAKER, city, year)
        self.grid = _person(rng, _FAKER, city, year)
        self.colon = rng.choice(("：", "：", ":", "："))
        self.cell = rng.choice(("\t", ",", " | ", "\t"))
        self._clock = rng.randint(8 * 3600, 19 * 3600)
        self._memo: dict[str, str] = {}

    def _near(self, home: Place) -> Place:
        r = self.rng
        m = _CITY_ROAD.match(home.rest)
        if m:
            rest = m.group("road") + m.group("compound") + \
                f"{r.randint(1, 30)}号楼{r.randint(1, 5)}单元{r.randint(1, 26)}{r.randint(1, 4):02d}室"
        else:
            m = _VILLAGE.match(home.rest)
            rest = m.group("town") + m.group("village") + f"{r.randint(1, 9)}组{r.randint(1, 80)}号" if m else home.rest
        return Place(home.city, home.district, home.district_code, rest)

    @property
    def urban(self) -> bool:
        """Whether the reporter lives in a city compound (else in a village)."""
        return bool(_CITY_ROAD.match(self.c.reporter.home.rest))

    def _once(self, key, make):
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    # --- dispatch of the extra letters ------------------------------------------------
    def __call__(self, who: str, what: str) -> list[Piece]:
        extra = {"J": (self.co, "reporter"), "K": (self.kin, "reporter"), "E": (self.employee, "subject"),
                 "Y": (self.bystander, "third_party"), "L": (self.helper, "third_party"),
                 "D": (self.second, "official"), "G": (self.grid, "official")}
        if who in extra:
            person, role = extra[who]
            return getattr(self, f"p_{what}")(person, role)
        if who == "U":
            return getattr(self, f"u_{what}")("third_party")
        return super().__call__(who, what)

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

    def p_name_break(self, p, role):
        """A name cut by the line end of a scanned page (OCR keeps the break)."""
        cut = self.rng.randint(1, len(p.name) - 1)
        return self._span(p.name[:cut] + "\n" + p.name[cut:], "PERSON", role, "linebreak")

    def p_mobile_plain(self, p, role):
        return self._span(p.mobile, "CN_MOBILE", role)

    def p_mobile_break(self, p, role):
        return self._span(nb.write_mobile(p.mobile, "linebreak", self.rng), "CN_MOBILE", role, "linebreak")

    def p_mobile_mask(self, p, role):
        m = p.mobile
        return self._span(self.rng.choice((m[:3] + "****" + m[-4:], m[:3] + "******" + m[-2:], "*******" + m[-4:])),
                          "CN_MOBILE", role, "partial")

    def p_mobile_asr(self, p, role):
        """The mobile as a speech recogniser writes the caller's words: spoken digits (幺 for 1),
        sometimes in groups, with one digit heard as a homophone (要, 是, 就 …)."""
        m = p.mobile
        chars = [_SPOKEN[int(c)] for c in m]
        slips = [i for i, c in enumerate(m) if c in _ASR_SLIPS and i > 0]
        if slips:
            i = self.rng.choice(slips)
            chars[i] = _ASR_SLIPS[m[i]]
        if self.rng.random() < 0.5:
            chars = chars[:3] + ["，"] + chars[3:7] + ["，"] + chars[7:]
        return self._span("".join(chars), "CN_MOBILE", role, "chinese")

    def p_id_plain(self, p, role):
        return self._span(p.id18, "CN_ID_CARD", role)

    def p_id_mask(self, p, role):
        v = p.id18
        return self._span(self.rng.choice((v[:6] + "********" + v[-4:], v[:3] + "*" * 11 + v[-4:], v[:1] + "*" * 16 + v[-1:])),
                          "CN_ID_CARD", role, "partial")

    def p_bank_plain(self, p, role):
        return self._span(p.bank, "CN_BANK_CARD", role)

    def p_bank_mask(self, p, role):
        v = p.bank
        return self._span(v[:4] + "*" * (len(v) - 8) + v[-4:], "CN_BANK_CARD", role, "partial")

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
            text = self.rng.choice((f"{m.group('b')}号楼{m.group('u')}单元{m.group('r')}",
                                    f"{m.group('b')}栋{m.group('r')}", f"{m.group('b')}-{m.group('u')}-{m.group('r')}"))
        else:
            m = _VILLAGE.match(p.home.rest)
            text = (m.group("village") + m.group("tail")) if m else p.home.rest
        return self._span(text, "CN_ADDRESS", role, "partial")

    def p_building(self, p, role):
        """A group nickname carrying the building: 7栋-老刘 (the whole nickname is the span)."""
        m = _CITY_ROAD.match(p.home.rest)
        head = f"{m.group('b')}栋" if m else (_VILLAGE.match(p.home.rest).group("village") if _VILLAGE.match(p.home.rest) else "")
        tail = ("老" if p.age >= 40 else "小") + p.surname
        return self._span(f"{head}-{tail}" if head else tail + self.rng.choice(("", "家")), "CN_SOCIAL_ACCOUNT", role)

    def p_born(self, p, role):
        return self._span(f"{p.id18[6:10]}年{int(p.id18[10:12])}月", "DEMOGRAPHIC", role)

    def p_kinword(self, p, role):
        return [Piece(self.rng.choice(("儿子", "侄子", "弟弟")) if p.male else self.rng.choice(("女儿", "侄女", "妹妹")))]

    # --- reporter's workplace, the plant ------------------------------------------------
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

    def s_uscc_plain(self, role):
        return self._span(self.c.company.uscc, "CN_USCC", role)

    def s_shop(self, role):
        """An individual business (个体工商户) run by the boss: its 字号."""
        b, site = self.c.company.boss, self.c.company.site
        ind = next((i for i, _ in INDUSTRIES if i in self.c.company.name), "塑料")
        name = self._once("shop", lambda: site.district + b.surname + self.rng.choice(("记", "氏", "家")) + ind +
                          self.rng.choice(("加工部", "经营部", "加工坊", "作坊")))
        return self._span(name, "ORGANIZATION", role)

    def s_uscc92(self, role):
        """The 统一社会信用代码 of an individual business: starts 92, checksum valid."""
        def make():
            org8 = "".join(self.rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
            body = "92" + self.c.company.site.district_code + org8 + _org_check(org8)
            return body + _uscc.calc_check_digit(body + "0")
        return self._span(self._once("uscc92", make), "CN_USCC", role)

    def s_gate(self, role):
        """The plant's gate guard phone, a second landline of the site."""
        return self._span(self._once("gate", lambda: nb.new_landline(self.rng, self.c.city.area_code)), "CN_LANDLINE", role)

    # --- officials --------------------------------------------------------------------
    def a_inspect(self, role):
        n = self._once("insp", lambda: self.rng.choice("一二三四五六七八"))
        return self._span(f"中央第{n}生态环境保护督察组", "ORGANIZATION", role)

    def a_prov(self, role):
        return self._span(f"{self.c.city.province}生态环境厅", "ORGANIZATION", role)

    def a_town(self, role):
        name = self._once("town", lambda: self.c.company.site.district + self.rng.choice(
            ("城关", "柳林", "高庙", "马寨", "白沙", "孟庄")) + self.rng.choice(("镇人民政府", "街道办事处")))
        return self._span(name, "ORGANIZATION", role)

    def a_procu(self, role):
        return self._span(f"{self.c.city.name}{self.c.company.site.district}人民检察院", "ORGANIZATION", role)

    def a_tax(self, role):
        return self._span(f"国家税务总局{self.c.city.name}税务局", "ORGANIZATION", role)

    def a_census(self, role):
        return self._span(f"{self.c.company.site.district}第二次全国污染源普查领导小组办公室", "ORGANIZATION", role)

    def a_mailbox(self, role):
        """The bureau's public complaint mailbox."""
        return self._span(self._once("abox", lambda: f"hbjb{self.c.city.area_code.lstrip('0')}@" +
                                     self.rng.choice(("126.com", "163.com"))), "EMAIL_ADDRESS", role)

    def a_mail(self, role):
        """An officer's work mailbox."""
        return self._span(self._once("amail", lambda: _FAKER.user_name().replace(".", "_") + "@" +
                                     self.rng.choice(("sthjj.gov.cn", "hbj.gov.cn", "163.com"))), "EMAIL_ADDRESS", role)

    def a_other(self, role):
        """The bureau of another city, for a cross-city transfer."""
        def make():
            names = ("开封市", "许昌市", "平顶山市", "南阳市", "商丘市", "周口市", "鹤壁市", "濮阳市")
            city = self.rng.choice([n for n in names if n != self.c.city.name])
            return f"{city}生态环境局"
        return self._span(self._once("other", make), "ORGANIZATION", role)

    def a_bank(self, role):
        return self._span(self._once("abank", lambda: nb.new_bank_card(self.rng)), "CN_BANK_CARD", role)

    # --- organisations outside the complaint --------------------------------------------
    def u_firm(self, role):
        return self._span(self._once("firm", lambda: self.c.city.province[:2] + self.rng.choice(("弘正", "德衡", "明公", "泽润"))
                                     + "律师事务所"), "ORGANIZATION", role)

    def u_tv(self, role):
        return self._span(self._once("tv", lambda: self.c.city.name[:-1] + "广播电视台" +
                                     self.rng.choice(("《帮你办》栏目", "《民生直通车》栏目", "新闻频道"))), "ORGANIZATION", role)

    def u_ngo(self, role):
        return self._span(self._once("ngo", lambda: self.c.city.name[:-1] + self.rng.choice(("绿色家园", "青山守望", "碧水"))
                                     + "环保志愿者协会"), "ORGANIZATION", role)

    def u_property(self, role):
        return self._span(self._once("prop", lambda: self.rng.choice(("长城", "万家", "嘉和", "安居")) + "物业服务有限公司"),
                          "ORGANIZATION", role)

    def u_bankbranch(self, role):
        return self._span(self._once("br", lambda: self.rng.choice(("中国银行", "中国农业银行", "中国邮政储蓄银行")) +
                                     self.c.city.name[:-1] + "分行"), "ORGANIZATION", role)

    # --- never-flag items ---------------------------------------------------------------
    def _tick(self, lo=40, hi=3000):
        self._clock += self.rng.randint(lo, hi)
        return self._clock

    def n_stamp(self):
        c = self._tick()
        t, d = c % 86400, self.day + dt.timedelta(days=c // 86400)
        return self._never(f"{d:%Y-%m-%d} {t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}", "date")

    def n_hms(self):
        t = self._tick(3, 90) % 86400
        return self._never(f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}", "time")

    def n_hm(self):
        t = self._tick(20, 900) % 86400
        return self._never(f"{t // 3600:02d}:{t // 60 % 60:02d}", "time")

    def n_h12345(self):
        return self._never("12345", "hotline")

    def n_bigmoney(self):
        n = self.rng.randint(2, 60) * 10000
        return self._never(self.rng.choice((f"{n:,}元", f"{n / 10000:g}万元", f"人民币{n}元")), "money")

    def n_later(self):
        """A date some weeks on (repeated complaints)."""
        self._clock += self.rng.randint(5, 30) * 86400
        d = self.day + dt.timedelta(days=self._clock // 86400)
        return self._never(f"{d:%Y-%m-%d}", "date")

    def n_inspno(self):
        return self._never(f"D{self.c.city.province_abbr}{self.c.year}{self.rng.randint(1, 3200):04d}", "case_number")

    def n_docno(self):
        word = self.rng.choice(("环督", "环信复", "环奖", "环普", "依申请公开"))
        return self._never(f"{self.c.city.name[:-1]}{word}〔{self.c.year}〕{self.rng.randint(1, 260)}号", "case_number")

    def n_smscode(self):
        return self._never(f"{self.rng.randint(100000, 999999)}", "case_number")

    def n_photo(self):
        return self._never(f"DJI_{self.rng.randint(1, 999):04d}.JPG", "case_number")

    def n_score(self):
        return self._never(f"{self.rng.choice((1, 2, 3, 4, 5))}分", "quantity")

    def n_secs(self):
        return self._never(f"{self.rng.randint(40, 900)}秒", "quantity")

    def n_within(self):
        return self._never(self.rng.choice(("15个工作日", "10日内", "20个工作日", "30日")), "quantity")

    def n_rate(self):
        return self._never(f"{self.rng.choice((3, 10, 20))}%", "quantity")

    def n_geo(self):
        return self._never(f"{self.rng.uniform(110, 118):.5f},{self.rng.uniform(30, 38):.5f}", "quantity")

    def n_count(self):
        return self._never(f"第{self.rng.randint(2, 9)}次", "quantity")

    def n_year(self):
        return self._never(f"{self.c.year}年", "date")


def _org_check(org8: str) -> str:
    """GB 11714 check character of an organization code (as numbers.py computes it)."""
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in org8]
    c = 11 - sum(w * x for w, x in zip(weights, vals)) % 11
    return {10: "X", 11: "0"}.get(c, str(c))


# What a resident says about the plant (subject content).
SAYS = (
    "{S.name}每天后半夜开炉，一股塑料烧焦的味道",
    "{S.short}在厂子后墙挖了个坑，废水往里灌",
    "拉渣土的车{S.plate}不盖篷布，路上全是灰",
    "{B.ref}放话说谁举报就找谁算账",
    "{S.short}的排气筒比楼还矮，烟直接往小区里钻",
    "夜里测了一下，{N.reading}",
    "{S.name}门口的沟水发红，离{P.inst}不到{N.dist}",
    "厂里白天停，晚上偷偷生产，{E.surname}师傅亲口说的",
    "下雨天{S.short}往雨水井里放水，河面一层白沫",
    "{S.name}（{S.addr}）院里堆着没盖的危废桶",
)

# How a reporter asks to be reached (each a contact of the reporter).
REACH = (
    "手机{R.mobile}",
    "电话{R.mobile}，白天上班不方便接",
    "座机{R.tel}",
    "微信{R.wechat}",
    "QQ{R.qq}",
    "邮箱{R.email}",
    "有事找我{H.rel}{H.name}，{H.mobile}",
    "单位是{W.name}，别往单位打",
    "人在外地，护照号{R.passport}可以核实身份",
    "港澳通行证{R.hkmo}",
)

# The same facts as an official writes them.
FOUND = (
    "{S.name}（统一社会信用代码{S.uscc}）",
    "该企业位于{S.addr}，法定代表人{B.name}",
    "企业负责人{B.name}（{B.mobile}）承认夜间生产",
    "企业环保专员{E.name}，联系电话{E.mobile}",
    "现场监测{N.reading}",
    "除尘设施未开启",
    "危废暂存间无防渗措施",
    "排污许可证编号{N.permit}",
    "厂区运输车辆{S.plate}未苫盖",
    "企业值班电话{S.tel}",
)
PLAIN_FOUND = tuple(t for t in FOUND if "{" not in t)
