"""Slots and shared sentence pools of the thirteenth template family (``unseen12``).

``Unseen12Slots`` builds directly on the base ``slots.Slots`` (R H W S B T A O P N) and adds:

    J  a co-reporter (a second signer, a former colleague who joins): reporter
    K  a relative of the reporter who acts for them: reporter
    E  the plant's workshop head (车间主任): subject
    M  the plant's environmental officer (环保专员 / EHS manager): subject
    F  the owner of an individual business (个体 car wash, restaurant), a natural person: subject
    Y  a bystander (neighbour, former colleague who stays out, a commenter): third_party
    L  a lawyer, a journalist, an expert: third_party
    V  a village cadre (村支书 / 村主任 / 村会计): third_party
    D  a second official (承办人, judge, census taker): official
    G  the grid worker or census taker: official
    U  organisations outside the complaint (law firm, newspaper, courier, NGO as plaintiff): third_party
    Q  an organisation that is itself the reporter (an NGO, an owners' committee): reporter
    C  the village committee (村民委员会), a public body: public

Written forms added here: ``mobile_plain``, ``mobile_mask`` / ``mobile_blot`` (one digit
illegible, ``partial``), ``mobile_kv`` (``plain``), ``surname`` / ``mou`` / ``name_mask``
(``partial``), ``name_blot`` (a name with an illegible character, ``partial``), ``pinyin``
(the name in pinyin, ``partial``), ``id_plain``, ``id_tail6`` and ``id_mask`` (``partial``),
``bank_plain``, ``compound`` and ``flat`` (CN_ADDRESS ``partial``).
"""

from __future__ import annotations

import datetime as dt
import random
import re

from .. import numbers as nb
from ..cast import _FAKER, Place, _person
from ..render import Piece
from ..slots import Slots

FAMILY = "unseen12"

_CITY_ROAD = re.compile(r"^(?P<road>\D+?\d+号)(?P<compound>\D+?)(?P<b>\d+)号楼(?P<u>\d+)单元(?P<r>\d+)室$")
_VILLAGE = re.compile(r"^(?P<town>\D+?镇)(?P<village>\D+?村)(?P<tail>.*)$")
_PINYIN = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang",
           "赵": "Zhao", "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun", "马": "Ma", "朱": "Zhu", "胡": "Hu",
           "郭": "Guo", "何": "He", "高": "Gao", "林": "Lin", "罗": "Luo", "郑": "Zheng", "梁": "Liang"}


def layout(s, rng: random.Random, layouts: tuple):
    """Any layout for ``unseen12``; layouts 0 and 2 for ``unseen12-a``, layouts 1 and 3 for
    ``unseen12-b`` (the half measured blind)."""
    if s.variant == "unseen12-a":
        layouts = layouts[0::2]
    elif s.variant == "unseen12-b":
        layouts = layouts[1::2]
    return rng.choice(layouts)


def put(b, s, template: str) -> None:
    """Render ``template``; ``§`` is the field colon of this document, ``¦`` its cell separator."""
    b.render(template.replace("§", s.colon).replace("¦", s.cell), s)


def few(rng: random.Random, items: tuple, lo: int, hi: int) -> list:
    return rng.sample(items, min(len(items), rng.randint(lo, hi)))


def add(b, pieces) -> None:
    for p in pieces:
        b.add(p)


class Unseen12Slots(Slots):
    """Base slots plus the extra people, organisations and forms of this family."""

    def __init__(self, cast, rng: random.Random, variant: str = FAMILY) -> None:
        super().__init__(cast, rng)
        self.variant = variant
        city, year = cast.city, cast.year
        self.co = _person(rng, _FAKER, city, year)
        self.co.home = self.near(cast.reporter.home)
        self.kin = _person(rng, _FAKER, city, year, surname=cast.reporter.surname)
        self.kin.home = cast.reporter.home
        self.head = _person(rng, _FAKER, city, year)
        self.ehs = _person(rng, _FAKER, city, year)
        self.owner = _person(rng, _FAKER, city, year)
        self.bystander = _person(rng, _FAKER, city, year)
        self.bystander.home = self.near(cast.reporter.home)
        self.helper = _person(rng, _FAKER, city, year)
        self.cadre = _person(rng, _FAKER, city, year)
        self.second = _person(rng, _FAKER, city, year)
        self.grid = _person(rng, _FAKER, city, year)
        self.colon = rng.choice(("：", "：", ":", "："))
        self.cell = rng.choice(("\t", " | ", "，", "\t"))
        self._clock = rng.randint(8 * 3600, 19 * 3600)
        self._memo: dict[str, str] = {}
        self._floor = 1
        self.shop_kind = rng.choice(("wash", "food"))

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

    def fresh(self, near: bool = True):
        """A new person (a signer of a petition, a villager), living near the reporter."""
        p = _person(self.rng, _FAKER, self.c.city, self.c.year)
        if near:
            p.home = self.near(self.c.reporter.home)
        return p

    def villagify(self) -> None:
        """Move the reporter's household and the co-reporter to a village (a village letter)."""
        if self.urban:
            r, home = self.rng, self.c.reporter.home
            town = r.choice(("柳林", "高庙", "马寨", "白沙", "孟庄")) + "镇"
            village = r.choice(("前", "后", "东", "西", "大", "小")) + r.choice(("王庄", "李集", "张湾", "刘营")) + "村"
            self.c.reporter.home = Place(home.city, home.district, home.district_code,
                                         f"{town}{village}{r.randint(1, 9)}组{r.randint(1, 80)}号")
            self.c.household.home = self.c.reporter.home
            self.kin.home = self.c.reporter.home
            self.co.home = self.near(self.c.reporter.home)

    @property
    def urban(self) -> bool:
        return bool(_CITY_ROAD.match(self.c.reporter.home.rest))

    def once(self, key, make):
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    # --- dispatch of the extra letters ------------------------------------------------
    def __call__(self, who: str, what: str) -> list[Piece]:
        extra = {"J": (self.co, "reporter"), "K": (self.kin, "reporter"), "E": (self.head, "subject"),
                 "M": (self.ehs, "subject"), "F": (self.owner, "subject"),
                 "Y": (self.bystander, "third_party"), "L": (self.helper, "third_party"),
                 "V": (self.cadre, "third_party"), "D": (self.second, "official"), "G": (self.grid, "official")}
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

    def p_name_blot(self, p, role):
        """A handwritten name with one character the clerk could not read."""
        mark = self.rng.choice(("[字迹不清]", "□", "[?]"))
        return self._span(p.surname + mark + (p.given[1:] if len(p.given) > 1 else ""), "PERSON", role, "partial")

    def p_pinyin(self, p, role):
        sur = _PINYIN.get(p.surname, p.surname)  # no table entry: the surname in characters (Mr. 葛)
        return self._span(("Mr. " if p.male else "Ms. ") + sur, "PERSON", role, "partial")

    def p_born(self, p, role):
        return self._span(f"{p.id18[6:10]}年", "DEMOGRAPHIC", role)

    def p_old_age(self, p, role):
        """The age of an elderly resident of a nursing home."""
        return self._span(f"{self.once(f'old{id(p)}', lambda: str(self.rng.randint(71, 94)))}岁", "DEMOGRAPHIC", role)

    def p_mobile_plain(self, p, role):
        return self._span(p.mobile, "CN_MOBILE", role)

    def p_mobile_mask(self, p, role):
        m = p.mobile
        return self._span(self.rng.choice((m[:3] + "****" + m[-4:], m[:3] + "******" + m[-2:])), "CN_MOBILE", role,
                          "partial")

    def p_mobile_blot(self, p, role):
        """A handwritten mobile with one digit illegible (the clerk marks it)."""
        m = p.mobile
        i = self.rng.randint(3, 9)
        return self._span(m[:i] + self.rng.choice(("?", "□", "■")) + m[i + 1:], "CN_MOBILE", role, "partial")

    def p_id_plain(self, p, role):
        return self._span(p.id18, "CN_ID_CARD", role)

    def p_id_tail6(self, p, role):
        return self._span(p.id18[-6:], "CN_ID_CARD", role, "partial")

    def p_id_mask(self, p, role):
        v = p.id18
        return self._span(self.rng.choice((v[:6] + "********" + v[-4:], v[:3] + "*" * 11 + v[-4:])),
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

    def p_kinword(self, p, role):
        return [Piece(self.rng.choice(("儿子", "侄子", "弟弟")) if p.male else self.rng.choice(("女儿", "侄女", "妹妹")))]

    def p_workno(self, p, role):
        """A staff number (工号): not a span."""
        return [Piece(f"{self.rng.choice(('A', 'HR', 'E', ''))}{self.rng.randint(10000, 99999)}")]

    def p_tieba(self, p, role):
        """A 贴吧 / forum user name: the nickname plus digits (CN_SOCIAL_ACCOUNT)."""
        return self._span(self.once(f"tb{id(p)}", lambda: p.nick + self.rng.choice(("", "_", "ya")) +
                                    str(self.rng.randint(1, 999))), "CN_SOCIAL_ACCOUNT", role)

    # --- the reporter's workplace ---------------------------------------------------------
    def w_nursing(self, role):
        """The nursing home the writer runs (their workplace)."""
        return self._span(self.once("nursing", lambda: self.c.company.site.district + self.rng.choice(
            ("城关镇", "柳林镇", "高庙乡", "马寨镇")) + self.rng.choice(("敬老院", "颐养院", "康乐老年公寓"))), "CN_WORKPLACE", role)

    # --- the plant, the individual business --------------------------------------------
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

    def s_en(self, role):
        """The plant's English name as used by a foreign-invested firm."""
        name = self.once("en", lambda: self.rng.choice(("Sino", "Henan", "Zhongyuan", "Orient")) + " " +
                         self.rng.choice(("Precision", "Coating", "Chemical", "Packaging", "Metal")) + " " +
                         self.rng.choice(("Co., Ltd.", "Technology Co., Ltd.", "Industries Ltd.")))
        return self._span(name, "ORGANIZATION", role)

    def s_uscc_plain(self, role):
        return self._span(self.c.company.uscc, "CN_USCC", role)

    def s_shop(self, role):
        """An individual business (个体工商户) run by the owner F: its 字号."""
        f, site = self.owner, self.c.company.site
        kinds = {"wash": ("靓车坊洗车店", "快洁汽车美容店", "顺心汽修洗车行"),
                 "food": ("老地方烧烤店", "香满园饭店", "川味小炒店")}[self.shop_kind]
        name = self.once("shop", lambda: site.district + self.rng.choice(("", f.surname + "记", f.surname + "氏")) +
                         self.rng.choice(kinds))
        return self._span(name, "ORGANIZATION", role)

    def s_shop_addr(self, role):
        return self._span(self.once("shopaddr", lambda: self.c.company.site.district + self.rng.choice(
            ("建设路", "人民路", "工业路", "兴隆街")) + f"{self.rng.randint(1, 300)}号门面房"), "CN_ADDRESS", role)

    def s_gate(self, role):
        return self._span(self.once("gate", lambda: nb.new_landline(self.rng, self.c.city.area_code)), "CN_LANDLINE", role)

    def s_other(self, role):
        """Another enterprise (a past report of the same account; a row of a table): subject."""
        trade = self.rng.choice(("鑫达", "宏远", "金利", "华茂", "盛源", "德隆", "双赢"))
        ind = self.rng.choice(("钢构", "纸箱", "混凝土", "塑编", "板材", "机械"))
        return self._span(self.c.city.name[:-1] + trade + ind + "有限公司", "ORGANIZATION", role)

    # --- officials, public bodies ----------------------------------------------------------
    def a_court(self, role):
        return self._span(f"{self.c.city.name}中级人民法院", "ORGANIZATION", role)

    def a_procu(self, role):
        return self._span(f"{self.c.city.name}{self.c.company.site.district}人民检察院", "ORGANIZATION", role)

    def a_town(self, role):
        name = self.once("town", lambda: self.c.company.site.district + self.rng.choice(
            ("城关", "柳林", "高庙", "马寨", "白沙", "孟庄")) + self.rng.choice(("镇人民政府", "街道办事处")))
        return self._span(name, "ORGANIZATION", role)

    def a_market(self, role):
        return self._span(f"{self.c.city.name}{self.c.company.site.district}市场监督管理局", "ORGANIZATION", role)

    def a_xinfang(self, role):
        return self._span(f"{self.c.city.name}信访局", "ORGANIZATION", role)

    def a_census(self, role):
        return self._span(f"{self.c.company.site.district}第二次全国污染源普查领导小组办公室", "ORGANIZATION", role)

    def a_weibo(self, role):
        return self._span(self.once("aweibo", lambda: "@" + self.c.city.name[:-1] + "生态环境"), "CN_SOCIAL_ACCOUNT", role)

    def a_bank(self, role):
        return self._span(self.once("abank", lambda: nb.new_bank_card(self.rng)), "CN_BANK_CARD", role)

    def a_mobile(self, role):
        """The bureau's duty mobile (值班手机)."""
        return self._span(self.once("amob", lambda: nb.new_mobile(self.rng)), "CN_MOBILE", role)

    # --- organisations: U third party, Q reporter, C public --------------------------------
    def u_ngo(self, role):
        return self._span(self.once("ngo", lambda: self.c.city.name[:-1] + self.rng.choice(("绿色家园", "青山守望", "碧水蓝天"))
                                    + self.rng.choice(("环保志愿者协会", "生态环境保护协会"))), "ORGANIZATION", role)

    def u_owners(self, role):
        def make():
            m = _CITY_ROAD.match(self.c.reporter.home.rest)
            return (m.group("compound") if m else self.c.reporter.home.district + "幸福家园") + "业主委员会"
        return self._span(self.once("owners", make), "ORGANIZATION", role)

    def u_org_bank(self, role):
        return self._span(self.once("orgbank", lambda: nb.new_bank_card(self.rng)), "CN_BANK_CARD", role)

    def u_village(self, role):
        def make():
            m = _VILLAGE.match(self.c.reporter.home.rest)
            if m:
                return m.group("village") + "村民委员会"
            return self.c.company.site.district + self.rng.choice(("前王", "后李", "东赵", "西刘")) + "村民委员会"
        return self._span(self.once("village", make), "ORGANIZATION", role)

    def u_village_tel(self, role):
        return self._span(self.once("vtel", lambda: nb.new_landline(self.rng, self.c.city.area_code)), "CN_LANDLINE", role)

    def u_firm(self, role):
        return self._span(self.once("firm", lambda: self.c.city.province[:2] + self.rng.choice(("弘正", "德衡", "明公", "泽润"))
                                    + "律师事务所"), "ORGANIZATION", role)

    def u_paper(self, role):
        return self._span(self.once("paper", lambda: self.c.city.name[:-1] + self.rng.choice(("晚报", "日报", "商报"))),
                          "ORGANIZATION", role)

    def u_courier(self, role):
        return self._span(self.once("courier", lambda: self.rng.choice(("顺丰速运", "中国邮政EMS", "京东物流")) +
                                    self.c.city.name[:-1] + "营业部"), "ORGANIZATION", role)

    def u_lab(self, role):
        return self._span(self.once("lab", lambda: self.c.city.province[:2] + self.rng.choice(("华测", "中科", "谱尼"))
                                    + "司法鉴定所"), "ORGANIZATION", role)

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

    def n_order(self):
        return self._never(f"GD{self.day:%Y%m%d}{self.rng.randint(100000, 999999)}", "case_number")

    def n_docno(self):
        word = self.rng.choice(("环罚", "环立", "环责改", "环奖", "环普", "信转"))
        return self._never(f"{self.c.city.province_abbr}{self.c.city.name[:-1]}{word}〔{self.c.year}〕{self.rng.randint(1, 260)}号",
                           "case_number")

    def n_courtno(self):
        return self._never(f"（{self.c.year}）{self.c.city.province_abbr}{self.rng.randint(1, 17):02d}民初{self.rng.randint(10, 999)}号", "case_number")

    def n_arbno(self):
        return self._never(f"{self.c.city.name[:-1]}劳人仲案字〔{self.c.year}〕{self.rng.randint(10, 999)}号", "case_number")

    def n_waybill(self):
        return self._never(f"SF{self.rng.randint(10**11, 10**12 - 1)}", "case_number")

    def n_regno(self):
        return self._never(f"{self.c.company.uscc}{self.rng.randint(1, 3):03d}W", "permit")

    def n_caseid(self):
        return self._never(f"EHS-{self.c.year}-{self.rng.randint(1000, 9999)}", "case_number")

    def n_photo(self):
        return self._never(f"IMG_{self.day:%Y%m%d}_{self.rng.randint(100000, 235959)}.jpg", "case_number")

    def n_within(self):
        return self._never(self.rng.choice(("15个工作日", "10日", "60日", "30日")), "quantity")

    def n_level(self):
        return self._never(f"Lv{self.rng.randint(1, 12)}", "quantity")

    def n_floor(self):
        self._floor += self.rng.randint(1, 9)
        return self._never(f"{self._floor}楼", "quantity")

    def n_likes(self):
        return self._never(f"{self.rng.randint(2, 300)}", "quantity")

    def n_bigmoney(self):
        n = self.rng.randint(2, 90) * 10000
        return self._never(self.rng.choice((f"{n:,}元", f"{n / 10000:g}万元", f"人民币{n}元")), "money")

    def n_year(self):
        return self._never(f"{self.c.year}年", "date")

    def n_region(self):
        """IP属地 as a platform prints it: a province, not an address."""
        return [Piece("IP属地：" + self.c.city.province.rstrip("省"))]


# What a resident says about the plant (subject content).
SAYS = (
    "{S.name}半夜开机，一股油漆味顺着窗户缝往屋里钻",
    "{S.short}在后院埋了管子，废水直接通到河沟",
    "{S.short}的罐车{S.plate}天不亮就往外拉东西",
    "{B.ref}说谁举报就让谁在村里待不下去",
    "{S.name}（{S.addr}）门口的地都是黑的",
    "我们测了一下，{N.reading}",
    "{S.short}的烟囱离{P.inst}也就{N.dist}",
    "车间主任{E.name}让工人晚上把废液倒进雨水井",
    "下雨天{S.short}往外放水，河面上一层沫子",
    "{S.short}的环保设备只有检查的时候才开",
)

# How a reporter asks to be reached (each a contact of the reporter).
REACH = (
    "手机{R.mobile}",
    "电话{R.mobile}，晚上七点以后打",
    "座机{R.tel}",
    "微信号{R.wechat}",
    "QQ{R.qq}",
    "邮箱{R.email}",
    "打不通就找我{H.rel}{H.name}，{H.mobile}",
    "单位{W.name}，别往单位打",
    "我常年在外地，护照{R.passport}",
    "回内地用港澳通行证{R.hkmo}",
)

# The same facts as an official writes them.
FOUND = (
    "{S.name}（统一社会信用代码{S.uscc}）",
    "该企业位于{S.addr}，法定代表人{B.name}",
    "企业负责人{B.name}（{B.mobile}）承认夜间生产",
    "车间主任{E.name}（{E.mobile}）在场",
    "环保专员{M.name}，联系电话{M.mobile}",
    "现场监测{N.reading}",
    "废气收集设施未运行",
    "危废贮存场所未设置标识",
    "排污许可证编号{N.permit}",
    "厂区值班电话{S.tel}",
)
PLAIN_FOUND = tuple(t for t in FOUND if "{" not in t)

# What a small shop's owner does (individual business, natural-person subject), per kind.
WASH_SAYS = (
    "{S.shop}洗车的污水直接排进路边雨水篦子",
    "{S.shop}门口一地泥水，洗车液的沫子流到小区门口",
    "{F.ref}说他在{A.name}有人，不怕举报",
    "{S.shop}（{S.shop_addr}）半夜还在用高压水枪，吵得睡不着",
)
FOOD_SAYS = (
    "{S.shop}的油烟机对着居民窗户，没装净化器",
    "{S.shop}老板{F.name}夜里在门口烧炭烤串",
    "{F.ref}说他在{A.name}有人，不怕举报",
    "{S.shop}（{S.shop_addr}）后厨的泔水倒进下水道",
)


def shop_says(s, rng: random.Random, lo: int = 1, hi: int = 1) -> str:
    return "；".join(few(rng, WASH_SAYS if s.shop_kind == "wash" else FOOD_SAYS, lo, hi))


def shop_fault(s) -> str:
    return "洗车废水未经沉淀直排" if s.shop_kind == "wash" else "油烟未经净化直排"
