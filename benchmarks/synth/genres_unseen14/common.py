"""Slots and shared sentence pools of the fifteenth template family (``unseen14``).

``Unseen14Slots`` builds directly on the base ``slots.Slots`` (R H W S B T A O P N) and adds:

    K  a relative of the reporter with the same surname (a child abroad, a brother farming the
       next plot, the account holder whose login was used): reporter
    J  a co-reporter (a fellow signer, a room-mate who joins in): reporter
    E  the plant's staff (dormitory keeper, 安环 officer, the boss's nephew): subject
    F  a natural person who is reported or is a census object (a neighbour's pig farm, a home
       workshop's keeper, the landlord of a site): subject
    Y  a bystander (a room-mate who will not be named, a 居士, a witness at a seal-up): third_party
    L  a village cadre (the village party secretary): third_party
    D  a second official (river chief, case handler, census supervisor): official
    G  a third official (a town clerk, a census taker): official
    U  organisations outside the complaint (the power company, a bank branch): third_party
    Q  an organisation that is itself the complainant (a temple's management committee): reporter

Written forms added here: ``mobile_plain``, ``mobile_mask`` (``partial``), ``mobile_keys`` and
``id_keys`` (keyed on a phone pad, digits spaced: ``spaced``), ``mobile_fwsp`` (full-width in
groups, ``fullwidth``), ``mobile_mixed`` (Arabic and Chinese digits mixed, ``chinese``),
``surname`` / ``honor`` / ``mou`` / ``name_mask`` / ``pinyin`` (``partial``), ``name_spaced``
(a name with a space inside, as a card reader prints it), ``id_plain``, ``id_mask`` /
``id_tail6`` (``partial``), ``bank_plain``, ``bank_mask`` (``partial``), ``compound`` and
``flat`` (CN_ADDRESS ``partial``).
"""

from __future__ import annotations

import datetime as dt
import random
import re

from .. import numbers as nb
from ..cast import _FAKER, Place, _person
from ..render import Piece
from ..slots import Slots

FAMILY = "unseen14"

_CITY_ROAD = re.compile(r"^(?P<road>\D+?\d+号)(?P<compound>\D+?)(?P<b>\d+)号楼(?P<u>\d+)单元(?P<r>\d+)室$")
_VILLAGE = re.compile(r"^(?P<town>\D+?镇)(?P<village>\D+?村)(?P<tail>.*)$")
_CN = "零一二三四五六七八九"
_PINYIN = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "赵": "Zhao",
           "黄": "Huang", "周": "Zhou", "吴": "Wu", "徐": "Xu", "孙": "Sun", "胡": "Hu", "朱": "Zhu",
           "高": "Gao", "林": "Lin", "何": "He", "郭": "Guo", "马": "Ma", "罗": "Luo", "梁": "Liang",
           "宋": "Song", "郑": "Zheng", "谢": "Xie", "韩": "Han", "唐": "Tang", "冯": "Feng", "于": "Yu",
           "董": "Dong", "萧": "Xiao", "程": "Cheng", "曹": "Cao", "袁": "Yuan", "邓": "Deng", "许": "Xu",
           "傅": "Fu", "沈": "Shen", "曾": "Zeng", "彭": "Peng", "吕": "Lv", "苏": "Su", "卢": "Lu",
           "蒋": "Jiang", "蔡": "Cai", "贾": "Jia", "丁": "Ding", "魏": "Wei", "薛": "Xue", "叶": "Ye",
           "阎": "Yan", "余": "Yu", "潘": "Pan", "杜": "Du", "戴": "Dai", "夏": "Xia", "钟": "Zhong",
           "汪": "Wang", "田": "Tian", "任": "Ren", "姜": "Jiang", "范": "Fan", "方": "Fang", "石": "Shi",
           "姚": "Yao", "谭": "Tan", "廖": "Liao", "邹": "Zou", "熊": "Xiong", "金": "Jin", "陆": "Lu",
           "郝": "Hao", "孔": "Kong", "白": "Bai", "崔": "Cui", "康": "Kang", "毛": "Mao", "邱": "Qiu",
           "秦": "Qin", "江": "Jiang", "史": "Shi", "顾": "Gu", "侯": "Hou", "邵": "Shao", "孟": "Meng",
           "龙": "Long", "万": "Wan", "段": "Duan", "雷": "Lei", "钱": "Qian", "汤": "Tang", "尹": "Yin",
           "黎": "Li", "易": "Yi", "常": "Chang", "武": "Wu", "乔": "Qiao", "贺": "He", "赖": "Lai",
           "龚": "Gong", "文": "Wen"}


def layout(s, rng: random.Random, layouts: tuple):
    """Any layout for ``unseen14``; layouts 0 and 2 for ``unseen14-a``, layouts 1 and 3 for
    ``unseen14-b`` (the half measured blind)."""
    if s.variant == "unseen14-a":
        layouts = layouts[0::2]
    elif s.variant == "unseen14-b":
        layouts = layouts[1::2]
    return rng.choice(layouts)


def put(b, s, template: str) -> None:
    """Render ``template``; ``§`` is this document's field colon."""
    b.render(template.replace("§", s.colon), s)


def few(rng: random.Random, items: tuple, lo: int, hi: int) -> list:
    return rng.sample(items, min(len(items), rng.randint(lo, hi)))


class Unseen14Slots(Slots):
    """Base slots plus the extra people, organisations and forms of this family."""

    def __init__(self, cast, rng: random.Random, variant: str = FAMILY) -> None:
        super().__init__(cast, rng)
        self.variant = variant
        city, year = cast.city, cast.year
        self.kin = _person(rng, _FAKER, city, year, surname=cast.reporter.surname)
        self.kin.home = cast.reporter.home
        self.co = _person(rng, _FAKER, city, year)
        self.co.home = self.near(cast.reporter.home)
        self.staff = _person(rng, _FAKER, city, year)
        self.natural = _person(rng, _FAKER, city, year)
        self.bystander = _person(rng, _FAKER, city, year)
        self.cadre = _person(rng, _FAKER, city, year)
        self.second = _person(rng, _FAKER, city, year)
        self.third_official = _person(rng, _FAKER, city, year)
        self.colon = rng.choice(("：", "：", ":", "："))
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

    def village_of_site(self) -> None:
        """Put the plant (or a natural person's farm) and the reporter's house in one village."""
        r, rep = self.rng, self.c.reporter
        m = _VILLAGE.match(rep.home.rest)
        if not m:
            town = r.choice(("杨庄", "李集", "柳林", "马寨", "白沙"))
            village = r.choice(("前", "后", "东", "西")) + r.choice(("王", "刘", "赵", "孙")) + "庄"
            rep.home = Place(rep.home.city, rep.home.district, rep.home.district_code,
                             f"{town}镇{village}村{r.randint(1, 9)}组{r.randint(1, 80)}号")
            self.c.household.home = rep.home
            self.kin.home = rep.home
        self.natural.home = self.near(rep.home)
        self.co.home = self.near(rep.home)

    def home_is_site(self) -> None:
        """A workshop run from the keeper's own house: its site is the keeper's home."""
        site = self.c.company.site
        self.natural.home = Place(site.city, site.district, site.district_code, self.natural.home.rest)
        self.c.company.site = self.natural.home

    def dorm_on_site(self) -> None:
        """The reporter lives in the plant's staff dormitory: home on the site's premises."""
        site, r = self.c.company.site, self.rng
        home = Place(site.city, site.district, site.district_code,
                     site.rest + f"厂区{r.choice(('职工宿舍', '员工宿舍', '宿舍'))}{r.randint(1, 4)}号楼{r.randint(1, 5)}{r.randint(1, 20):02d}室")
        self.c.reporter.home = home
        self.co.home = home

    def once(self, key, make):
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    def fresh(self):
        p = _person(self.rng, _FAKER, self.c.city, self.c.year)
        p.home = self.near(self.c.reporter.home)
        return p

    # --- dispatch of the extra letters ------------------------------------------------
    def __call__(self, who: str, what: str) -> list[Piece]:
        extra = {"K": (self.kin, "reporter"), "J": (self.co, "reporter"), "E": (self.staff, "subject"),
                 "F": (self.natural, "subject"), "Y": (self.bystander, "third_party"),
                 "L": (self.cadre, "third_party"), "D": (self.second, "official"),
                 "G": (self.third_official, "official")}
        if who in extra:
            person, role = extra[who]
            return getattr(self, f"p_{what}")(person, role)
        if who in "UQ":
            return getattr(self, f"u_{what}")({"U": "third_party", "Q": "reporter"}[who])
        return super().__call__(who, what)

    def pp(self, p, what: str, role: str) -> list[Piece]:
        return getattr(self, f"p_{what}")(p, role)

    # --- persons: extra forms -----------------------------------------------------------
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
        return self._span(p.surname + ("*" * len(g) if len(g) == 1 or self.rng.random() < 0.5 else "*" + g[1:]),
                          "PERSON", role, "partial")

    def p_name_spaced(self, p, role):
        """A two-character name with a full-width space inside, as a card reader prints it."""
        text = p.surname + "　" + p.given if len(p.name) == 2 else p.name
        return self._span(text, "PERSON", role)

    def p_pinyin(self, p, role):
        """The surname in pinyin with an English title (Mr. Zhang), or the Chinese surname."""
        py = _PINYIN.get(p.surname, p.surname)
        title = "Mr." if p.male else self.rng.choice(("Ms.", "Mrs."))
        return self._span(self.rng.choice((f"{title} {py}", f"{py} {title[:-1]}" if py != p.surname else f"{title}{py}")),
                          "PERSON", role, "partial")

    def p_mobile_plain(self, p, role):
        return self._span(p.mobile, "CN_MOBILE", role)

    def p_mobile_mask(self, p, role):
        m = p.mobile
        return self._span(self.rng.choice((m[:3] + "****" + m[-4:], m[:3] + "******" + m[-2:], "*******" + m[-4:])),
                          "CN_MOBILE", role, "partial")

    def p_mobile_keys(self, p, role):
        """Digits keyed on a phone pad and logged one by one."""
        return self._span(" ".join(p.mobile), "CN_MOBILE", role, "spaced")

    def p_id_keys(self, p, role):
        """An ID keyed on a phone pad: the pad has no X, so * stands for it."""
        return self._span(" ".join(p.id18[:-1] + ("*" if p.id18.endswith("X") else p.id18[-1])), "CN_ID_CARD", role,
                          "spaced")

    def p_mobile_fwsp(self, p, role):
        m = p.mobile
        sep = self.rng.choice((" ", "　"))
        return self._span(nb.fullwidth(m[:3]) + sep + nb.fullwidth(m[3:7]) + sep + nb.fullwidth(m[7:]),
                          "CN_MOBILE", role, "fullwidth")

    def p_mobile_mixed(self, p, role):
        """Spoken into a phone and recognised half as words: 幺三八1234五六78."""
        m = self.once(f"mix{id(p)}", lambda: "".join(
            (_CN[int(c)] if c != "1" else "幺") if self.rng.random() < 0.5 else c for c in p.mobile))
        return self._span(m, "CN_MOBILE", role, "chinese")

    def p_id_plain(self, p, role):
        return self._span(p.id18, "CN_ID_CARD", role)

    def p_id_tail6(self, p, role):
        return self._span(p.id18[-6:], "CN_ID_CARD", role, "partial")

    def p_id_mask(self, p, role):
        v = p.id18
        return self._span(self.rng.choice((v[:6] + "********" + v[-4:], v[:3] + "*" * 11 + v[-4:], v[:1] + "*" * 16 + v[-1:])),
                          "CN_ID_CARD", role, "partial")

    def p_bank_plain(self, p, role):
        return self._span(p.bank, "CN_BANK_CARD", role)

    def p_bank_mask(self, p, role):
        v = p.bank
        return self._span(v[:4] + " **** **** " + v[-4:] if self.rng.random() < 0.5 else v[:6] + "*" * (len(v) - 10) + v[-4:],
                          "CN_BANK_CARD", role, "partial")

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
            text = self.rng.choice((f"{m.group('b')}号楼{m.group('u')}单元{m.group('r')}", f"{m.group('b')}-{m.group('u')}-{m.group('r')}"))
        else:
            m = _VILLAGE.match(p.home.rest)
            text = (m.group("village") + m.group("tail")) if m and m.group("tail") else (m.group("village") if m else p.home.rest)
        return self._span(text, "CN_ADDRESS", role, "partial")

    def p_kinword(self, p, role):
        return [Piece(self.once(f"kw{id(p)}", lambda: self.rng.choice(("大哥", "弟弟", "堂兄")) if p.male else
                                self.rng.choice(("姐姐", "妹妹", "堂妹"))))]

    def p_child(self, p, role):
        return [Piece("儿子" if p.male else "女儿")]

    def p_dharma(self, p, role):
        """A monk's 法名 (释X), a name he is known by."""
        return self._span(self.once(f"dh{id(p)}", lambda: "释" + self.rng.choice(("慧", "明", "智", "觉", "宏", "妙"))
                                    + self.rng.choice(("静", "空", "元", "德", "通", "善"))), "PERSON", role)

    def p_workno(self, p, role):
        """A staff number on a badge (工号): not an identifier of the person by itself."""
        return self._never(self.once(f"wn{id(p)}", lambda: f"{self.rng.choice('ABGKS')}{self.rng.randint(1000, 99999)}"),
                           "case_number")

    # --- organisations: U third party, Q reporter -----------------------------------------
    def u_temple(self, role):
        def make():
            head = self.rng.choice(("普济", "兴福", "灵泉", "慈云", "白马", "清凉"))
            return head + self.rng.choice(("寺", "禅寺", "庵")) + self.rng.choice(("管理委员会", "寺务委员会", ""))
        return self._span(self.once("temple", make), "ORGANIZATION", role)

    def u_temple_tel(self, role):
        return self._span(self.once("ttel", lambda: nb.new_landline(self.rng, self.c.city.area_code)), "CN_LANDLINE", role)

    def u_power(self, role):
        return self._span(f"国网{self.c.city.name[:-1]}供电公司" + self.once("pw", lambda: self.rng.choice(("", f"{self.c.company.site.district}供电中心"))),
                          "ORGANIZATION", role)

    def u_power_tel(self, role):
        return self._span(self.once("pwtel", lambda: nb.new_landline(self.rng, self.c.city.area_code)), "CN_LANDLINE", role)

    def u_branch(self, role):
        return self._span(self.once("branch", lambda: self.rng.choice(("中国农业银行", "中国邮政储蓄银行", "中国建设银行", "农村商业银行"))
                                    + self.c.city.name[:-1] + self.rng.choice(("城东", "新区", "中心", "开发区")) + "支行"),
                          "ORGANIZATION", role)

    def u_map(self, role):
        return self._span(self.once("map", lambda: self.rng.choice(("北京", "杭州", "深圳")) + self.rng.choice(("途图", "路行", "畅图"))
                                    + "信息技术有限公司"), "ORGANIZATION", role)

    def u_post(self, role):
        return self._span(self.once("post", lambda: f"中国邮政{self.c.city.name[:-1]}{self.rng.choice(('人民路', '建设路', '城关'))}邮政支局"),
                          "ORGANIZATION", role)

    # --- the plant and the places around it ---------------------------------------------
    def s_short(self, role):
        name = self.c.company.name
        for form in ("股份有限公司", "有限责任公司", "有限公司", "专业合作社"):
            if name.endswith(form):
                short = name[: -len(form)]
                short = short[len(self.c.city.name) - 1:] if short.startswith(self.c.city.name[:-1]) else short
                tail = "合作社" if form == "专业合作社" else "公司"
                return self._span(short + tail if len(short) > 1 else name, "ORGANIZATION", role, "partial")
        return self._span(name, "ORGANIZATION", role)

    def s_uscc_plain(self, role):
        return self._span(self.c.company.uscc, "CN_USCC", role)

    def s_farm(self, role):
        """A natural person's pig farm, named after its keeper."""
        return self._span(self.once("farm", lambda: self.natural.surname + self.rng.choice(("家养猪场", "氏生猪养殖场", "记养殖场"))),
                          "ORGANIZATION", role)

    def s_farm_addr(self, role):
        return self._span(self.natural.home.full(self.rng) + self.once("farmtail", lambda: self.rng.choice(("后院", "东侧", "屋后坑塘边"))),
                          "CN_ADDRESS", role)

    def s_shop(self, role):
        """A home workshop's 字号 (an individual business)."""
        return self._span(self.once("shop", lambda: self.c.company.site.district + self.natural.surname +
                                    self.rng.choice(("记五金加工部", "氏塑料加工坊", "家喷漆作坊", "记电镀加工点"))), "ORGANIZATION", role)

    def s_shop_uscc(self, role):
        def make():
            from stdnum.cn import uscc
            v = nb.new_uscc(self.rng, self.c.company.site.district_code)
            body = "92" + v[2:17]
            return body + uscc.calc_check_digit(body + "0")
        return self._span(self.once("shopuscc", make), "CN_USCC", role)

    def s_wall(self, role):
        """Where a field borders the plant: the plant's wall as a place."""
        return self._span(self.c.company.name + self.rng.choice(("围墙", "西院墙", "厂区南墙")), "CN_ADDRESS", role, "partial")

    # --- the agency side ----------------------------------------------------------------
    def a_town(self, role):
        name = self.once("town", lambda: self.c.company.site.district + self.rng.choice(
            ("城关", "柳林", "高庙", "马寨", "白沙", "孟庄")) + self.rng.choice(("镇人民政府", "街道办事处")))
        return self._span(name, "ORGANIZATION", role)

    def a_river(self, role):
        return self._span(f"{self.c.city.name}{self.c.company.site.district}河长制办公室", "ORGANIZATION", role)

    def a_court(self, role):
        return self._span(f"{self.c.city.name}{self.c.company.site.district}人民法院", "ORGANIZATION", role)

    def a_census(self, role):
        return self._span(f"{self.c.city.name}{self.c.company.site.district}第二次全国污染源普查领导小组办公室", "ORGANIZATION", role)

    def a_mobile(self, role):
        return self._span(self.once("amob", lambda: nb.new_mobile(self.rng)), "CN_MOBILE", role)

    def a_bank(self, role):
        return self._span(self.once("abank", lambda: nb.new_bank_card(self.rng)), "CN_BANK_CARD", role)

    def a_mp(self, role):
        """The bureau's WeChat official account name."""
        return self._span(self.once("amp", lambda: self.c.city.name[:-1] + self.rng.choice(("生态环境", "环境", "生态环境发布"))),
                          "CN_SOCIAL_ACCOUNT", role)

    def a_ip(self, role):
        return self._span(self.once("aip", lambda: nb.new_ipv4(self.rng)), "IP_ADDRESS", role)

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
        t = self._tick(3, 90) % 86400
        return self._never(f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}", "time")

    def n_md_hm(self):
        c = self._tick(300, 40000)
        t, d = c % 86400, self.day + dt.timedelta(days=c // 86400)
        return self._never(f"{d.month:02d}-{d.day:02d} {t // 3600:02d}:{t // 60 % 60:02d}", "date")

    def n_h12345(self):
        return self._never("12345", "hotline")

    def n_secs(self):
        return self._never(f"{self.rng.randint(3, 59)}秒", "quantity")

    def n_ticket(self):
        """A queue or terminal ticket number (A037, 自助终端 ZZ-0213)."""
        return self._never(self.rng.choice((f"A{self.rng.randint(1, 199):03d}", f"B{self.rng.randint(1, 99):03d}",
                                            f"ZZ-{self.rng.randint(1, 40):04d}")), "case_number")

    def n_serial(self):
        return self._never(f"{self.day:%Y%m%d}{self.rng.randint(10**7, 10**8 - 1)}", "case_number")

    def n_badge(self):
        """执法证号 printed on an officer's card."""
        return self._never(f"{self.c.city.province_abbr}{self.rng.randint(10, 99)}{self.rng.randint(100000, 999999)}",
                           "case_number")

    def n_docno(self):
        word = self.rng.choice(("环罚", "环封", "环河", "环奖", "环普", "环函", "环信"))
        return self._never(f"{self.c.city.province_abbr}{self.c.city.name[:-1]}{word}〔{self.c.year}〕{self.rng.randint(1, 260)}号",
                           "case_number")

    def n_courtno(self):
        return self._never(f"（{self.c.year}）{self.c.city.province_abbr}{self.rng.randint(101, 199):04d}执{self.rng.randint(10, 999)}号",
                           "case_number")

    def n_contract(self):
        """土地承包经营权证 / 合同 number."""
        return self._never(f"{self.c.company.site.district_code}{self.rng.randint(100, 999)}{self.rng.randint(10**5, 10**6 - 1)}J",
                           "case_number")

    def n_powerno(self):
        """A power account number (电力户号)."""
        return self._never(f"{self.rng.randint(10**9, 10**10 - 1)}", "case_number")

    def n_mo(self):
        """A postal money order number (汇票号码)."""
        return self._never(f"{self.rng.randint(10**11, 10**12 - 1)}", "case_number")

    def n_postcode(self):
        return self._never(f"{self.c.company.site.district_code[:3]}{self.rng.randint(0, 9)}00", "case_number")

    def n_code(self):
        return self._never(f"{self.c.company.site.district_code}{self.rng.randint(100, 999)}{self.rng.randint(1000, 9999)}",
                           "case_number")

    def n_coord(self):
        return self._never(f"{self.rng.uniform(110, 118):.5f},{self.rng.uniform(32, 37):.5f}", "quantity")

    def n_points(self):
        return self._never(f"{self.rng.choice((200, 500, 800, 1000, 2000))}积分", "quantity")

    def n_pigs(self):
        return self._never(f"{self.rng.choice((30, 60, 120, 300, 500))}头", "quantity")

    def n_mu(self):
        return self._never(f"{self.rng.choice(('2.3', '3', '4.6', '1.8', '6'))}亩", "quantity")

    def n_pct(self):
        return self._never(self.rng.choice(("50%", "百分之五十", "60%", "40%")), "quantity")

    def n_within(self):
        return self._never(self.rng.choice(("15个工作日", "10日", "7个工作日", "30日")), "quantity")

    def n_bigmoney(self):
        n = self.rng.choice((3000, 5000, 8000, 12000, 20000))
        return self._never(self.rng.choice((f"{n:,}元", f"{n / 10000:g}万元", f"人民币{n}元")), "money")

    def n_half(self):
        n = self.rng.choice((1000, 1500, 2500, 4000, 6000, 10000))
        return self._never(self.rng.choice((f"{n:,}元", f"{n}.00元", f"￥{n}.00")), "money")

    def n_pwd(self):
        """An initial password sent by the census platform: not personal."""
        return self._never(self.rng.choice(("Pc@", "Wry#", "Pu2")) + str(self.rng.randint(100000, 999999)), "case_number")

    def n_year(self):
        return self._never(f"{self.c.year}年", "date")


# What a resident says about the plant (subject content).
SAYS = (
    "{S.name}半夜偷着开工，烟囱冒的是灰白色的烟",
    "{S.short}把洗罐子的水直接排进门口的沟里",
    "{S.short}的车{S.plate}天一黑就往外拉东西",
    "{B.ref}说过谁敢告他就让谁在村里待不下去",
    "{S.name}（{S.addr}）旁边的菜叶子上落一层黑灰",
    "我们拿手机测了一下，{N.reading}",
    "{S.short}离{P.inst}就{N.dist}，孩子上课都闻得到",
    "{S.short}的废料堆在露天，下雨就往外淌",
    "{S.short}的污水处理设备平时不开，检查才开",
    "一刮东风，{S.short}的味道整条街都是",
)

# The same facts as an official writes them.
FOUND = (
    "{S.name}（统一社会信用代码{S.uscc}）",
    "该单位位于{S.addr}，法定代表人{B.name}",
    "负责人{B.name}（{B.mobile}）到场配合",
    "现场监测{N.reading}",
    "废气收集设施未运行",
    "危险废物贮存场所未设置标识",
    "排污许可证编号{N.permit}",
)
