"""Slots and shared sentence pools of the eleventh template family (``unseen10``).

``Unseen10Slots`` builds directly on the base ``slots.Slots`` (R H W S B T A O P N) and adds:

    J  a co-reporter (a neighbour who signs a joint letter, a second claimant): reporter
    K  a relative of the reporter who acts for them (spouse's card, a son who writes): reporter
    E  an employee of the reported enterprise (环保管理员, 门卫, 会计): subject
    F  an official accused of shielding the plant (a clue sent to the 纪委): subject
    Y  a bystander (a shopkeeper whose phone was used, a parent in a group, a landlord): third_party
    Q  an outsider with a job (a lawyer, an expert on a panel, a class teacher): third_party
    D  a second official (复核员, 城管 officer, police officer): official
    G  a third official (普查员, a town cadre): official
    U  an organisation outside the complaint (a law firm, a university, a bank branch): third_party
    X, V  persons bound per row or turn (``bind``), any role

Written forms added here: ``mobile_plain``; ``mobile_mask`` (``partial``); ``mobile_cut`` a
mobile first written wrong, one digit struck out (``typo``); ``id_plain``; ``id_mask`` and
``id_tail6`` (``partial``); ``name_mask`` 张*伟, ``mou`` 张某, ``honor`` 张先生, ``surname``, ``lao``
(``partial``); ``flat`` 3-2-501 and ``compound`` (CN_ADDRESS ``partial``); ``bank_plain``,
``bank_mask`` (``partial``); ``openid`` a WeChat mini-program openid (CN_WECHAT).
"""

from __future__ import annotations

import datetime as dt
import random
import re

from .. import geo
from .. import numbers as nb
from ..cast import _FAKER, Place, _person
from ..render import SLOT, Piece
from ..slots import Slots

FAMILY = "unseen10"

_URBAN = re.compile(r"^(?P<road>\D+?\d+号)(?P<compound>\D+?)(?P<b>\d+)号楼(?P<u>\d+)单元(?P<r>\d+)室$")
_RURAL = re.compile(r"^(?P<town>\D+?镇)(?P<village>\D+?村)(?P<tail>.*)$")
_TRADES = ("豫丰", "鑫源", "恒达", "宏盛", "华康", "金鹏", "瑞通", "中天", "永兴", "新宇", "天润", "博远",
           "隆盛", "鼎鑫", "泰和", "汇丰源", "佳美", "盛达", "昌隆", "众诚", "兴旺", "长青", "丰泽", "恒瑞",
           "广源", "聚鑫", "顺发", "开元", "久安", "利民")


def layout(s, rng: random.Random, layouts: tuple):
    """Any layout for ``unseen10``; layouts 0 and 2 for ``unseen10-a`` (may be looked at
    later), layouts 1 and 3 for ``unseen10-b`` (measured blind)."""
    if s.variant == "unseen10-a":
        layouts = layouts[0::2]
    elif s.variant == "unseen10-b":
        layouts = layouts[1::2]
    return rng.choice(layouts)


def put(b, s, template: str) -> None:
    """Render ``template``; ``§`` is the colon after a field label (one habit per document),
    ``¦`` the cell separator of a pasted table."""
    b.render(template.replace("§", s.colon).replace("¦", s.cell), s)


def some(rng: random.Random, items: tuple, lo: int, hi: int) -> list:
    return rng.sample(items, min(len(items), rng.randint(lo, hi)))


class Unseen10Slots(Slots):
    """Base slots plus the extra people and forms of this family (see module doc)."""

    def __init__(self, cast, rng: random.Random, variant: str = FAMILY) -> None:
        super().__init__(cast, rng)
        self.variant = variant
        city, year = cast.city, cast.year
        self.co = _person(rng, _FAKER, city, year)
        self.co.home = self.near(cast.reporter.home, rng)
        self.kin = _person(rng, _FAKER, city, year, surname=cast.reporter.surname)
        self.kin.home = cast.reporter.home
        self.employee = _person(rng, _FAKER, city, year)
        self.shield = _person(rng, _FAKER, city, year)
        self.bystander = _person(rng, _FAKER, city, year)
        self.bystander.home = self.near(cast.reporter.home, rng)
        self.outsider = _person(rng, _FAKER, city, year)
        self.second = _person(rng, _FAKER, city, year)
        self.third_official = _person(rng, _FAKER, city, year)
        self.colon = rng.choice(("：", "：", ":", "： "))
        self.cell = rng.choice(("\t", "\t", " | ", "  "))
        self._clock = rng.randint(7 * 3600, 20 * 3600)
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
            rest = (m.group("town") + m.group("village") + f"{rng.randint(1, 12)}组{rng.randint(1, 99)}号") if m \
                else home.rest
        return Place(home.city, home.district, home.district_code, rest)

    def bind(self, letter: str, person, role: str) -> None:
        self.extra[letter] = (person, role)

    def new_person(self, near_reporter: bool = False):
        p = _person(self.rng, _FAKER, self.c.city, self.c.year)
        if near_reporter:
            p.home = self.near(self.c.reporter.home, self.rng)
        return p

    def __call__(self, who: str, what: str) -> list[Piece]:
        if who in self.extra:
            person, role = self.extra[who]
            return getattr(self, f"p_{what}")(person, role)
        people = {"J": (self.co, "reporter"), "K": (self.kin, "reporter"),
                  "E": (self.employee, "subject"), "F": (self.shield, "subject"),
                  "Y": (self.bystander, "third_party"), "Q": (self.outsider, "third_party"),
                  "D": (self.second, "official"), "G": (self.third_official, "official")}
        if who in people:
            person, role = people[who]
            return getattr(self, f"p_{what}")(person, role)
        if who == "U":
            return getattr(self, f"u_{what}")("third_party")
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

    # --- persons -----------------------------------------------------------------------
    def p_surname(self, p, role):
        return self._span(p.surname, "PERSON", role, "partial")

    def p_honor(self, p, role):
        return self._span(p.honorific, "PERSON", role, "partial")

    def p_mou(self, p, role):
        return self._span(p.surname + self.rng.choice(("某", "某某")), "PERSON", role, "partial")

    def p_lao(self, p, role):
        return self._span(("老" if p.age >= 40 else "小") + p.surname, "PERSON", role, "partial")

    def p_name_mask(self, p, role):
        g = p.given
        return self._span(p.surname + ("*" + g[1:] if len(g) > 1 else "*"), "PERSON", role, "partial")

    def p_mobile_plain(self, p, role):
        return self._span(p.mobile, "CN_MOBILE", role)

    def p_mobile_mask(self, p, role):
        m = p.mobile
        return self._span(self.rng.choice((m[:3] + "****" + m[-4:], m[:3] + "*****" + m[-3:])),
                          "CN_MOBILE", role, "partial")

    def p_mobile_cut(self, p, role):
        """The number as first written, one digit wrong (the letter's writer corrected it)."""
        m = p.mobile
        i = self.rng.randint(3, 10)
        return self._span(m[:i] + str((int(m[i]) + self.rng.randint(1, 9)) % 10) + m[i + 1:], "CN_MOBILE", role, "typo")

    def p_id_plain(self, p, role):
        return self._span(p.id18, "CN_ID_CARD", role)

    def p_id_mask(self, p, role):
        v = p.id18
        return self._span(self.rng.choice((v[:6] + "********" + v[-4:], v[:4] + "*" * 10 + v[-4:])),
                          "CN_ID_CARD", role, "partial")

    def p_id_tail6(self, p, role):
        return self._span(p.id18[-6:], "CN_ID_CARD", role, "partial")

    def p_bank_plain(self, p, role):
        return self._span(p.bank, "CN_BANK_CARD", role)

    def p_bank_mask(self, p, role):
        v = p.bank
        return self._span(f"{v[:6]}{'*' * (len(v) - 10)}{v[-4:]}", "CN_BANK_CARD", role, "partial")

    def p_tel_plain(self, p, role):
        return self._span(p.landline, "CN_LANDLINE", role)

    def p_openid(self, p, role):
        key = f"openid:{p.id18}"
        if key not in self._cache:
            self._cache[key] = "o" + "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                                             for _ in range(27))
        return self._span(self._cache[key], "CN_WECHAT", role)

    def p_compound(self, p, role):
        m = _URBAN.match(p.home.rest)
        if m:
            text = m.group("compound")
        else:
            m = _RURAL.match(p.home.rest)
            text = m.group("town") + m.group("village") if m else p.home.district + p.home.rest
        return self._span(text, "CN_ADDRESS", role, "partial")

    def p_flat(self, p, role):
        m = _URBAN.match(p.home.rest)
        if m:
            text = f"{m.group('b')}-{m.group('u')}-{m.group('r')}"
        else:
            m = _RURAL.match(p.home.rest)
            tail = m.group("tail") if m else ""
            text = tail if re.fullmatch(r"\d+组\d+号", tail) else (m.group("village") + tail if m else p.home.rest)
        return self._span(text, "CN_ADDRESS", role, "partial")

    def p_born(self, p, role):
        return self._span(f"{p.id18[6:10]}年{int(p.id18[10:12])}月", "DEMOGRAPHIC", role)

    def p_rel_word(self, p, role):
        """How the reporter calls the relative who acts for them (plain text)."""
        return [Piece(self.rng.choice(("儿子", "侄子", "女婿")) if p.male else self.rng.choice(("女儿", "儿媳", "侄女")))]

    def p_device(self, p, role):
        """The phone's device name as EXIF or a Bluetooth list shows it: 张伟的iPhone."""
        return [Piece(p.name, "PERSON", role), Piece(self.rng.choice(("的iPhone", "的华为Mate40", "的小米手机", "的OPPO Reno")))]

    # --- organisations -----------------------------------------------------------------
    def w_apiary(self, role):
        """A beekeeper's own apiary (张氏养蜂场): the reporter's workplace."""
        name = self._once("apiary", lambda: self.c.reporter.surname + self.rng.choice(("氏", "家", "")) +
                          self.rng.choice(("养蜂场", "蜂业合作社", "蜂场")))
        return self._span(name, "CN_WORKPLACE", role)

    def _short_of(self, name: str) -> str:
        for t in sorted(_TRADES, key=len, reverse=True):
            if t in name:
                return t + ("厂" if name.endswith("厂") else "公司")
        return name

    def s_short(self, role):
        return self._span(self._short_of(self.c.company.name), "ORGANIZATION", role, "partial")

    def s_uscc_plain(self, role):
        return self._span(self.c.company.uscc, "CN_USCC", role)

    def s_tel_plain(self, role):
        return self._span(self.c.company.tel, "CN_LANDLINE", role)

    def pub_school(self, role):
        """The school by the plant, as a class group names it: a public institution."""
        name = self._once("school", lambda: self.c.reporter.home.district + self.rng.choice(
            ("第一小学", "第二小学", "实验小学", "第三中学", "实验中学")))
        return self._span(name, "ORGANIZATION", role)

    def s_district(self, role):
        """The district alone (a region above the site, kept as plain text)."""
        return [Piece(self.c.company.site.district)]

    def n_year(self):
        return self._never(f"{self.c.year}年", "date")

    def _once(self, key, make):
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def a_cg(self, role):
        """The city-management (城管) bureau of the plant's district."""
        name = self._once("cg", lambda: self.c.company.site.district + self.rng.choice(
            ("城市管理局", "综合行政执法局", "城市管理综合执法大队")))
        return self._span(name, "ORGANIZATION", role)

    def a_police(self, role):
        name = self._once("police", lambda: self.c.city.name + "公安局" + self.c.company.site.district.rstrip("区县市")
                          + "分局" + self.rng.choice(geo.TOWN_HEADS) + "派出所")
        return self._span(name, "ORGANIZATION", role)

    def a_jw(self, role):
        return self._span(self.c.company.site.district + "纪委监委", "ORGANIZATION", role)

    def a_town(self, role):
        name = self._once("town", lambda: self.c.company.site.district + self.rng.choice(geo.TOWN_HEADS) +
                          self.rng.choice(("镇人民政府", "街道办事处")))
        return self._span(name, "ORGANIZATION", role)

    def a_census(self, role):
        return self._span(self.c.company.site.district + "第二次全国污染源普查领导小组办公室", "ORGANIZATION", role)

    def a_mobile(self, role):
        return self._span(self._once("amob", lambda: nb.new_mobile(self.rng)), "CN_MOBILE", role)

    def a_wechat(self, role):
        return self._span(self._once("awx", lambda: "hbzf_" + self.c.agency.staff.wechat[-6:].lower().strip("_")),
                          "CN_WECHAT", role)

    def a_bank(self, role):
        return self._span(self._once("abank", lambda: nb.new_bank_card(self.rng)), "CN_BANK_CARD", role)

    def a_duty(self, role):
        """The duty phone of the 城管 or the police station (a landline of the city)."""
        return self._span(self._once("aduty", lambda: nb.new_landline(self.rng, self.c.city.area_code)),
                          "CN_LANDLINE", role)

    def u_firm(self, role):
        name = self._once("firm", lambda: self.c.city.province[:2] + self.rng.choice(("正道", "明理", "大成衡", "中孚", "天平"))
                          + "律师事务所")
        return self._span(name, "ORGANIZATION", role)

    def u_uni(self, role):
        name = self._once("uni", lambda: self.c.city.name[:-1] + self.rng.choice(("大学", "理工学院", "农业大学"))
                          + "环境学院")
        return self._span(name, "ORGANIZATION", role)

    def u_bankbranch(self, role):
        name = self._once("branch", lambda: self.rng.choice(("中国农业银行", "中国工商银行", "中国建设银行", "邮储银行"))
                          + self.c.city.name[:-1] + self.rng.choice(geo.ROADS)[:-1] + "支行")
        return self._span(name, "ORGANIZATION", role)

    def u_shop(self, role):
        name = self._once("shop", lambda: self.rng.choice(("便民", "好邻居", "万家", "兴隆")) + "小卖部")
        return self._span(name, "ORGANIZATION", role)

    # --- never-flag items --------------------------------------------------------------
    def _tick(self, lo=30, hi=4000):
        self._clock += self.rng.randint(lo, hi)
        return self._clock

    def n_stamp(self):
        c = self._tick()
        t, d = c % 86400, self.day + dt.timedelta(days=c // 86400)
        return self._never(f"{d:%Y-%m-%d} {t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}", "date")

    def n_hm(self):
        t = self._tick(5, 600) % 86400
        return self._never(f"{t // 3600:02d}:{t // 60 % 60:02d}", "time")

    def n_h12345(self):
        return self._never("12345", "hotline")

    def n_order(self):
        return self._never(f"GD{self.c.city.code[:4]}{self.day:%Y%m%d}{self.rng.randint(10000, 99999)}", "case_number")

    def n_docno(self):
        word = self.rng.choice(("环罚", "环移", "环告", "环奖", "环普", "城执"))
        return self._never(f"{self.c.city.name[:-1]}{word}〔{self.c.year}〕{self.rng.randint(1, 240)}号", "case_number")

    def n_clue(self):
        return self._never(f"XS-{self.c.year}-{self.rng.randint(1, 9999):04d}", "case_number")

    def n_census(self):
        return self._never(f"{self.c.company.site.district_code}{self.rng.randint(100, 999)}{self.rng.randint(1000, 9999)}",
                           "case_number")

    def n_count(self):
        return self._never(f"{self.rng.randint(3, 31)}次", "quantity")

    def n_geo(self):
        return self._never(f"{self.rng.uniform(30, 38):.6f}", "quantity")

    def n_geo2(self):
        return self._never(f"{self.rng.uniform(110, 118):.6f}", "quantity")

    def n_bigmoney(self):
        n = self.rng.randint(2, 90) * 10000
        return self._never(self.rng.choice((f"{n:,}元", f"{n / 10000:g}万元", f"人民币{n}元")), "money")

    def n_within(self):
        return self._never(self.rng.choice(("15个工作日", "30日内", "5个工作日", "60日", "7日")), "quantity")

    def n_score(self):
        return self._never(str(self.rng.randint(55, 98)), "quantity")

    def n_serial(self):
        return self._never(f"{self.rng.randint(10**17, 10**18 - 1)}", "case_number")

    def n_photo(self):
        return self._never(f"IMG_{self.day:%Y%m%d}_{self.rng.randint(100000, 235959)}", "date")


# What a resident says about the polluter (subject content).
TALK = (
    "{S.name}天一黑就开始烧东西，黑烟往村里飘",
    "{S.short}把洗罐子的水直接排到路边沟里，沟里的草都死了",
    "厂里的拉料车{S.plate}整夜进出，撒一路灰",
    "{S.short}的老板{B.ref}说谁告他都没用",
    "厂址在{S.addr}，门口挂的牌子早就不是这个名",
    "车间的风机夜里轰隆隆，{N.reading}",
    "那股味像烂鸡蛋，关着窗户都挡不住",
    "河里死鱼一片一片的，就在{S.short}排口下游",
    "厂子离{P.inst}只有{N.dist}，学生上课捂着鼻子",
    "{S.short}门口的{E.lao}天天盯着谁拍照",
    "{B.ref}的车{S.plate}白天拉货，晚上拉桶",
    "{S.name}的烟囱一冒烟，{P.inst}操场上全是灰",
    "下过雨以后{S.short}墙根冒黄水，{N.reading}",
)

# How a reporter asks to be reached.
CONTACT = (
    "电话{R.mobile}",
    "手机{R.mobile}，晚上八点后方便",
    "家里座机{R.tel}",
    "微信{R.wechat}",
    "QQ{R.qq}",
    "邮箱{R.email}",
    "找我{H.rel}{H.name}也行，{H.mobile}",
    "打单位电话{W.name}转我",
)

# The same facts as an official writes them.
RECORD = (
    "{S.name}（统一社会信用代码{S.uscc}）",
    "该单位位于{S.addr}，法定代表人{B.name}",
    "现场负责人{B.name}（{B.mobile}）在场",
    "企业环保管理员{E.name}，电话{E.mobile}",
    "监测结果：{N.reading}",
    "废气处理设施未正常运行",
    "雨水排口发现异常排水",
    "排污许可证编号{N.permit}",
    "{S.short}危废间台账缺失，管理员{E.name}不能说明去向",
    "厂区车辆{S.plate}未办理运输手续",
    "企业联系电话{S.tel}",
)
BARE = tuple(t for t in RECORD if "{" not in t)
