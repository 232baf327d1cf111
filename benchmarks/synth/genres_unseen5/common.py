"""Slots and shared sentence pools of the sixth template family (``unseen5``).

``Unseen5Slots`` builds directly on the base ``slots.Slots`` (R H W S B T A O P N) and adds
the people, organisations and written forms this family's documents have:

    J  a co-complainant (a neighbour who signs or joins a 接龙 list): role reporter
    V  the reporter's agent: the lawyer who writes for the villagers, the friend who types the
       form for an old man (role reporter: they write for the complainant and point at them)
    E  an employee of the reported enterprise (site manager, driver, 环保专员): subject
    F  a natural person reported or censused as such (养殖户, 个体作坊主, 种植大户): subject
    Y  a witness or another neighbour (third_party)
    D  a second official (执法人员, 普查员, 记录人): official
    L  a leader who writes an instruction (领导批示: 副县长, 局长): official
    Z  a second agency (the bureau of another county asked to help, 协查): official
    U  another unit in a list (census rows, bulletin rows), ``M`` its manager: subject
    X  a person bound by a genre for one table row (``Unseen5Slots.bind``), any role

Written forms: numbers as an OCR'd fax reads them (``ocr_mobile``, ``ocr_id``, ``ocr_tel``:
full-width digits, stray spaces), mobiles as spoken in a voice mail (``mobile_spoken``:
Chinese digits in groups), dotted mobiles (``mobile_dot``), masked values as published
(``mobile_masked``, ``name_masked``, ``id_masked``), names and homes in traditional characters
(``trad_name``, ``trad_home``), an English honorific (``en_honor``: Mr. Zhang), the compound or
village alone (``place``), a building / unit / room only (``flat``).
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

FAMILY = "unseen5"


def layout(s, rng: random.Random, layouts: tuple):
    """One of a genre's layouts: any for ``unseen5``; layouts 0 and 2 for ``unseen5-a``
    (may be looked at later), layouts 1 and 3 for ``unseen5-b`` (measured blind)."""
    if s.variant == "unseen5-a":
        layouts = layouts[0::2]
    elif s.variant == "unseen5-b":
        layouts = layouts[1::2]
    return rng.choice(layouts)


def put(b, s, template: str) -> None:
    """Render ``template``; ``§`` is the colon after a field label, in the document's habit."""
    b.render(template.replace("§", s.colon), s)


def pick_some(rng: random.Random, items: tuple, lo: int, hi: int) -> list:
    return rng.sample(items, min(len(items), rng.randint(lo, hi)))


# A small simplified -> traditional table, character by character (lengths kept).
_S2T = dict(zip(
    "张陈刘杨黄赵吴郑孙马冯邓许韩钟谢罗叶苏卢蒋沈汪范闫贾严顾龚万钱汤陆孔胡萧薛乔毕邹"
    "伟华军丽红国龙凤东兰云飞鹏刚杰涛辉宁静帅凯艳兴荣阳贵庆长发学强俊燕桂亮宝锋岚梦晓颖"
    "区县镇号楼单门园湾庄庙关岗赵设锦绣绿书环红胜经纬农业黄航宾乡郑洛苏汉广后"
    "厂废气噪声污这们对气业处理报举电话与门时间车钱请将还没为里边说让给现实应该",
    "張陳劉楊黃趙吳鄭孫馬馮鄧許韓鍾謝羅葉蘇盧蔣瀋汪範閆賈嚴顧龔萬錢湯陸孔胡蕭薛喬畢鄒"
    "偉華軍麗紅國龍鳳東蘭雲飛鵬剛傑濤輝寧靜帥凱艷興榮陽貴慶長發學強俊燕桂亮寶鋒嵐夢曉穎"
    "區縣鎮號樓單門園灣莊廟關崗趙設錦繡綠書環紅勝經緯農業黃航賓鄉鄭洛蘇漢廣後"
    "廠廢氣噪聲汙這們對氣業處理報舉電話與門時間車錢請將還沒為裡邊說讓給現實應該"))


def trad(text: str) -> str:
    return "".join(_S2T.get(c, c) for c in text)


# Pinyin of common surnames, for English honorifics (Mr. Zhang); others stay in Chinese.
_PINYIN = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang",
           "赵": "Zhao", "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun", "马": "Ma", "朱": "Zhu", "胡": "Hu",
           "郭": "Guo", "何": "He", "高": "Gao", "林": "Lin", "罗": "Luo", "郑": "Zheng", "梁": "Liang",
           "谢": "Xie", "宋": "Song", "唐": "Tang", "许": "Xu", "韩": "Han", "冯": "Feng", "邓": "Deng",
           "曹": "Cao", "彭": "Peng", "曾": "Zeng", "肖": "Xiao", "田": "Tian", "董": "Dong", "袁": "Yuan",
           "潘": "Pan", "于": "Yu", "蒋": "Jiang", "蔡": "Cai", "余": "Yu", "杜": "Du", "叶": "Ye", "程": "Cheng",
           "苏": "Su", "魏": "Wei", "吕": "Lv", "丁": "Ding", "任": "Ren", "沈": "Shen", "姚": "Yao", "卢": "Lu",
           "姜": "Jiang", "崔": "Cui", "钟": "Zhong", "谭": "Tan", "陆": "Lu", "汪": "Wang", "范": "Fan",
           "金": "Jin", "石": "Shi", "廖": "Liao", "贾": "Jia", "夏": "Xia", "韦": "Wei", "付": "Fu", "方": "Fang",
           "白": "Bai", "邹": "Zou", "孟": "Meng", "熊": "Xiong", "秦": "Qin", "邱": "Qiu", "江": "Jiang",
           "尹": "Yin", "薛": "Xue", "闫": "Yan", "段": "Duan", "雷": "Lei", "侯": "Hou", "龙": "Long",
           "史": "Shi", "陶": "Tao", "黎": "Li", "贺": "He", "顾": "Gu", "毛": "Mao", "郝": "Hao", "龚": "Gong",
           "邵": "Shao", "万": "Wan", "钱": "Qian", "严": "Yan", "覃": "Qin", "武": "Wu", "戴": "Dai", "莫": "Mo",
           "孔": "Kong", "向": "Xiang", "汤": "Tang", "常": "Chang", "温": "Wen", "康": "Kang", "施": "Shi"}

_URBAN = re.compile(r"^(?P<road>\D+?\d+号)(?P<compound>\D+?)(?P<flat>\d+号楼\d+单元\d+室)$")
_RURAL = re.compile(r"^(?P<town>\D+?镇)(?P<village>\D+?村)(?P<tail>.*)$")


def _ocr(text: str, rng: random.Random) -> str:
    """A number as a fax scanned by OCR gives it: some digits full-width, stray spaces."""
    out = []
    wide = rng.random() < 0.5
    for i, ch in enumerate(text):
        if ch.isdigit() and (wide if rng.random() < 0.8 else not wide):
            ch = nb.fullwidth(ch)
        out.append(ch)
        if 0 < i < len(text) - 1 and rng.random() < 0.1:
            out.append(" ")
    return "".join(out).strip()


def _ocr_form(text: str) -> str:
    return "fullwidth" if any("０" <= c <= "９" for c in text) else "spaced" if " " in text else "plain"


FARM_KINDS = ("生猪养殖户", "肉牛养殖户", "蛋鸡养殖户", "个体石材加工户", "塑料颗粒作坊主", "废品收购户", "种植大户")
UNIT_KINDS = ("污水处理厂", "垃圾填埋场", "污水处理有限公司", "危废处置中心")


class Unseen5Slots(Slots):
    """Base slots plus the extra people and forms of this family (see module doc)."""

    def __init__(self, cast, rng: random.Random, variant: str = FAMILY) -> None:
        super().__init__(cast, rng)
        self.variant = variant
        city, year = cast.city, cast.year
        r = cast.reporter
        self.cosigner = _person(rng, _FAKER, city, year)
        self.cosigner.home = self.near(r.home, rng)
        self.agent = _person(rng, _FAKER, city, year)
        self.employee = _person(rng, _FAKER, city, year)
        self.farmer = _person(rng, _FAKER, city, year)
        if not _RURAL.match(self.farmer.home.rest):  # a farm keeper lives in a village
            h = self.farmer.home
            rest = (f"{rng.choice(geo.TOWN_HEADS)}镇{rng.choice(geo.VILLAGE_HEADS)}{rng.choice(geo.TOWN_HEADS)}村"
                    f"{rng.randint(1, 12)}组{rng.randint(1, 99)}号")
            self.farmer.home = Place(h.city, h.district, h.district_code, rest)
        self.witness = _person(rng, _FAKER, city, year)
        self.witness.home = self.near(r.home, rng)
        self.second = _person(rng, _FAKER, city, year)
        self.leader = _person(rng, _FAKER, city, year)
        self.unit = _company(rng, _FAKER, city, year)
        self.farm_kind = rng.choice(FARM_KINDS)
        self.colon = rng.choice(("：", "：", ":", "： ", "﹕"))
        self._clock = rng.randint(7 * 3600, 21 * 3600)
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

    def bind(self, letter: str, person, role: str) -> None:
        """Let ``{X.what}`` (or another free letter) stand for ``person`` with ``role``."""
        self.extra[letter] = (person, role)

    def new_person(self, near_reporter: bool = False):
        p = _person(self.rng, _FAKER, self.c.city, self.c.year)
        if near_reporter:
            p.home = self.near(self.c.reporter.home, self.rng)
        return p

    def new_unit(self):
        self.unit = _company(self.rng, _FAKER, self.c.city, self.c.year)
        self._cache.pop("ushort", None)
        return self.unit

    def __call__(self, who: str, what: str) -> list[Piece]:
        if who in self.extra:
            person, role = self.extra[who]
            return getattr(self, f"p_{what}")(person, role)
        people = {"J": (self.cosigner, "reporter"), "V": (self.agent, "reporter"),
                  "E": (self.employee, "subject"), "F": (self.farmer, "subject"),
                  "Y": (self.witness, "third_party"), "D": (self.second, "official"),
                  "L": (self.leader, "official"), "M": (self.unit.boss, "subject")}
        if who in people:
            person, role = people[who]
            return getattr(self, f"p_{what}")(person, role)
        if who == "Z":
            return getattr(self, f"z_{what}")("official")
        if who == "U":
            return getattr(self, f"u_{what}")("subject")
        return super().__call__(who, what)

    # --- persons ----------------------------------------------------------------------
    def p_surname(self, p, role):
        return self._span(p.surname, "PERSON", role, "partial")

    def p_honor(self, p, role):
        return self._span(p.honorific, "PERSON", role, "partial")

    def p_given(self, p, role):
        return self._span(p.given if len(p.given) > 1 else "阿" + p.given, "PERSON", role, "partial")

    def p_en_honor(self, p, role):
        py = _PINYIN.get(p.surname)
        if not py:
            return self.p_honor(p, role)
        return self._span(("Mr. " if p.male else "Ms. ") + py, "PERSON", role, "partial")

    def p_en_name(self, p, role):
        """Name as in an English e-mail signature: ``Wang Fang (王芳)``: the pinyin surname
        plus the Chinese name in brackets, each its own span."""
        py = _PINYIN.get(p.surname)
        if not py:
            return self.p_name(p, role)
        return [*self._span(py, "PERSON", role, "partial"), Piece(" ("), *self.p_name(p, role), Piece(")")]

    def p_trad_name(self, p, role):
        return self._span(trad(p.name), "PERSON", role)

    def p_trad_home(self, p, role):
        return self._span(trad(p.home.full(self.rng)), "CN_ADDRESS", role)

    def p_name_masked(self, p, role):
        g = p.given
        text = p.surname + ("*" * len(g) if len(g) == 1 or self.rng.random() < 0.5 else "*" + g[1:])
        return self._span(text, "PERSON", role, "partial")

    def p_mobile_masked(self, p, role):
        m = p.mobile
        return self._span(m[:3] + "****" + m[-4:], "CN_MOBILE", role, "partial")

    def p_id_masked(self, p, role):
        v = p.id18
        return self._span(v[:6] + "*" * 8 + v[-4:], "CN_ID_CARD", role, "partial")

    def p_mobile_plain(self, p, role):
        return self._span(p.mobile, "CN_MOBILE", role)

    def p_mobile_dot(self, p, role):
        m = p.mobile
        return self._span(f"{m[:3]}.{m[3:7]}.{m[7:]}", "CN_MOBILE", role, "dashed")

    def p_mobile_spoken(self, p, role):
        """Spoken digits as a voice-mail transcript writes them: 幺三八，一二三四，五六七八."""
        table = self.rng.choice(nb.CN_DIGITS_ONE[1:])
        d = "".join(table[int(c)] for c in p.mobile)
        sep = self.rng.choice(("，", " ", "、", ""))
        return self._span(d[:3] + sep + d[3:7] + sep + d[7:], "CN_MOBILE", role, "chinese")

    def p_tel_plain(self, p, role):
        return self._span(p.landline, "CN_LANDLINE", role)

    def p_ocr_mobile(self, p, role):
        text = _ocr(p.mobile, self.rng)
        return self._span(text, "CN_MOBILE", role, _ocr_form(text))

    def p_ocr_id(self, p, role):
        text = _ocr(p.id18, self.rng)
        return self._span(text, "CN_ID_CARD", role, _ocr_form(text))

    def p_ocr_tel(self, p, role):
        text = _ocr(p.landline, self.rng)
        return self._span(text, "CN_LANDLINE", role, _ocr_form(text))

    def p_place(self, p, role):
        """The compound or village of a home, alone: 锦绣小区, 城关镇前杨庄村."""
        m = _URBAN.match(p.home.rest)
        if m:
            text = m.group("compound")
        else:
            m = _RURAL.match(p.home.rest)
            text = m.group("town") + m.group("village") if m else p.home.district + p.home.rest
        return self._span(text, "CN_ADDRESS", role, "partial")

    def p_flat(self, p, role):
        """Building, unit and room only (5号楼2单元1203室), or the 组 and number in a village."""
        m = _URBAN.match(p.home.rest)
        if m:
            text = m.group("flat")
        else:
            m = _RURAL.match(p.home.rest)
            text = (m.group("tail") if m and m.group("tail") and m.group("tail")[0].isdigit() else None) or \
                (m.group("village") if m else p.home.rest)
        return self._span(text, "CN_ADDRESS", role, "partial")

    def p_contact(self, p, role):
        """One of the reporter's ways to be reached (``CONTACT``), as a clause."""
        return self.expand(self.rng.choice(CONTACT))

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

    def p_kind(self, p, role):
        return [Piece(self.farm_kind)]

    def p_bank_named(self, p, role):
        """A bank branch then the account number (the branch is not a span)."""
        branch = self.rng.choice(("中国农业银行", "中国工商银行", "中国建设银行", "中国邮政储蓄银行", "农村商业银行")) + \
            self.c.city.name[:-1] + self.rng.choice(("支行", "分理处", "营业部"))
        return [Piece(branch + " "), *self.p_bank(p, role)]

    # --- the reporter's side: a law firm --------------------------------------------------
    def w_firm(self, role):
        if "firm" not in self._cache:
            self._cache["firm"] = self.rng.choice(("河南", self.c.city.name[:-1], "中原")) + \
                self.rng.choice(("正义", "明理", "博公", "海纳", "天平", "澄清")) + "律师事务所"
        return self._span(self._cache["firm"], "CN_WORKPLACE", role)

    def w_firm_addr(self, role):
        office = self.c.agency.address
        return self._span(office.city.name + office.district + self.rng.choice(geo.ROADS) +
                          f"{self.rng.randint(1, 300)}号{self.rng.choice(('金融大厦', '国贸中心', '商务楼'))}{self.rng.randint(3, 28)}层",
                          "CN_ADDRESS", role)

    def a_page_url(self, role):
        host = self.rng.choice(("sthjj", "hbj", "xf"))
        return self._span(f"https://{host}.{self.c.city.code[:4]}.gov.cn/xfxx/detail?id={self.rng.randint(10**6, 10**7)}",
                          "URL", role)

    def a_trad_name(self, role):
        return self._span(trad(self.c.agency.name), "ORGANIZATION", role)

    def s_trad_name(self, role):
        return self._span(trad(self.c.company.name), "ORGANIZATION", role)

    # --- reported party ------------------------------------------------------------------
    def _short_of(self, name: str) -> str:
        for t in sorted(("豫丰", "鑫源", "恒达", "宏盛", "华康", "金鹏", "瑞通", "中天", "永兴", "新宇", "天润", "博远",
                         "隆盛", "鼎鑫", "泰和", "汇丰源", "佳美", "盛达", "昌隆", "众诚", "兴旺", "长青", "丰泽", "恒瑞",
                         "广源", "聚鑫", "顺发", "开元", "久安", "利民"), key=len, reverse=True):
            if t in name:
                return t + ("厂" if name.endswith("厂") else "公司")
        return name

    def s_short(self, role):
        return self._span(self._short_of(self.c.company.name), "ORGANIZATION", role, "partial")

    def s_trad_short(self, role):
        return self._span(trad(self._short_of(self.c.company.name)), "ORGANIZATION", role, "partial")

    def s_place(self, role):
        """Where the site is, below the district: 工业园区建设路12号 / 杨庄镇前王村."""
        site = self.c.company.site
        return self._span(site.district + site.rest, "CN_ADDRESS", role)

    def s_handle(self, role):
        """The enterprise's own social account (官方微博 / 视频号)."""
        return self._span("@" + self._short_of(self.c.company.name).replace("公司", "") + "官方", "CN_SOCIAL_ACCOUNT", role)

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

    def u_plate(self, role):
        return self._span(self.rng.choice(self.unit.plates), "CN_LICENSE_PLATE", role)

    def u_industry(self, role):
        return [Piece(self.unit.industry)]

    def s_facility(self, role):
        """A centralised treatment facility, a census object of its own."""
        if "facility" not in self._cache:
            site = self.c.company.site
            self._cache["facility"] = site.district + self.rng.choice(geo.TOWN_HEADS) + self.rng.choice(UNIT_KINDS)
        return self._span(self._cache["facility"], "ORGANIZATION", role)

    # --- agencies ------------------------------------------------------------------------
    def a_dept(self, role):
        return self._span(self.c.city.name + self.rng.choice(("生态环境保护综合行政执法支队", "生态环境局执法监察大队")),
                          "ORGANIZATION", role)

    def a_petition(self, role):
        return self._span(self.c.city.name + "信访局", "ORGANIZATION", role)

    def a_gov(self, role):
        """The county / district government (a leader's instruction comes from it)."""
        return self._span(self.c.company.site.district + "人民政府", "ORGANIZATION", role)

    def a_town(self, role):
        if "town" not in self._cache:
            self._cache["town"] = self.c.company.site.district + self.rng.choice(geo.TOWN_HEADS) + "镇人民政府"
        return self._span(self._cache["town"], "ORGANIZATION", role)

    def a_census(self, role):
        return self._span(self.c.company.site.district + "第二次全国污染源普查领导小组办公室", "ORGANIZATION", role)

    def a_mail(self, role):
        host = self.rng.choice(("sthjj", "hbj", "xfb"))
        return self._span(f"{host}{self.rng.randint(1, 99)}@{self.c.city.code[:4]}.gov.cn"
                          if self.rng.random() < 0.4 else f"{host}_ts@163.com", "EMAIL_ADDRESS", role)

    def a_bank(self, role):
        """The agency's fund account (a reward is paid from it)."""
        if "abank" not in self._cache:
            self._cache["abank"] = nb.new_bank_card(self.rng)
        return self._span(self._cache["abank"], "CN_BANK_CARD", role)

    def a_handle(self, role):
        return self._span("@" + self.c.city.name[:-1] + "生态环境", "CN_SOCIAL_ACCOUNT", role)

    def _zcity(self):
        if "zcity" not in self._cache:
            self._cache["zcity"] = self.rng.choice([c for c in geo.CITIES if c.name != self.c.city.name])
        return self._cache["zcity"]

    def z_name(self, role):
        return self._span(self._zcity().name + "生态环境局", "ORGANIZATION", role)

    def z_tel(self, role):
        if "ztel" not in self._cache:
            self._cache["ztel"] = nb.new_landline(self.rng, self._zcity().area_code)
        return self._span(self._cache["ztel"], "CN_LANDLINE", role)

    # --- never-flag items --------------------------------------------------------------
    def _tick(self, lo=20, hi=900):
        self._clock += self.rng.randint(lo, hi)
        return self._clock

    def n_stamp(self):
        """A date and time moving forward through a log, to the second."""
        c = self._tick()
        t, d = c % 86400, self.day + dt.timedelta(days=c // 86400)
        return self._never(f"{d:%Y-%m-%d} {t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}", "date")

    def n_hm(self):
        t = self._tick(5, 400) % 86400
        return self._never(f"{t // 3600:02d}:{t // 60 % 60:02d}", "time")

    def n_dur(self):
        s = self.rng.randint(12, 170)
        return self._never(self.rng.choice((f"{s // 60:02d}:{s % 60:02d}", f"{s}秒", f"{s}\"")), "time")

    def n_h12345(self):
        return self._never("12345", "hotline")

    def n_h110(self):
        return self._never("110", "hotline")

    def n_port(self):
        """An SMS platform's sending number."""
        return self._never("10657" + str(self.rng.randint(10**6, 10**7 - 1)), "hotline")

    def _docno(self, word: str) -> list[Piece]:
        return self._never(f"{self.c.city.name[:-1]}{word}〔{self.c.year}〕{self.rng.randint(1, 199)}号", "case_number")

    def n_docno(self):
        """A generic incoming-document number (收文, 阅批)."""
        return self._docno(self.rng.choice(("信转字", "信交字", "政办收")))

    def n_assistno(self):
        return self._docno("环协函")

    def n_reviewno(self):
        return self._docno(self.rng.choice(("环复查字", "信复查字")))

    def n_hearno(self):
        return self._docno("环听告字")

    def n_bulletinno(self):
        return self._docno(self.rng.choice(("政办通", "环通")))

    def n_lawno(self):
        """A law firm's letter number: （2023）律函字第12号."""
        return self._never(f"（{self.c.year}）律函字第{self.rng.randint(1, 300)}号", "case_number")

    def n_licence(self):
        """An enforcement officer's certificate number (执法证号): not an identifier here."""
        return self._never(self.c.city.code[:2] + f"{self.rng.randint(0, 999999):06d}", "case_number")

    def n_page(self):
        return self._never(f"P.{self.rng.randint(1, 3)}/{self.rng.randint(3, 4)}", "quantity")

    def n_year(self):
        return self._never(f"{self.c.year}年", "date")

    def n_within(self):
        return self._never(self.rng.choice(("5个工作日", "15日内", "10个工作日", "3日内")), "quantity")

    def n_serial(self):
        return self._never(f"{self.rng.randint(1, 9999):04d}", "case_number")

    def n_formid(self):
        """A questionnaire / form submission number."""
        return self._never(str(self.rng.randint(10**8, 10**9 - 1)), "case_number")

    def n_areacode(self):
        return self._never(self.c.company.site.district_code + f"{self.rng.randint(100, 299)}{self.rng.randint(200, 299)}",
                           "case_number")

    def n_capacity(self):
        return self._qty(("{n}万吨/日", "{n}吨/日", "{n}万立方米/日"), (1, 2, 5, 8, 20))

    def n_power(self):
        return self._qty(("{n}kW", "{n}千瓦"), (55, 75, 96, 132, 162))

    def n_count(self):
        return self._qty(("{n}台",), (1, 2, 3, 5, 8))

    def n_herd(self):
        return self._qty(("{n}头", "{n}只", "{n}亩"), (60, 120, 300, 800, 2000))

    def n_pct(self):
        return self._never(self.rng.choice(("30%", "50%", "100%", "80%")), "quantity")

    def n_mtype(self):
        return [Piece(self.rng.choice(("装载机", "挖掘机", "叉车", "压路机", "推土机")))]


# What a resident says about the polluter (subject content, kept by forward).
TALK = (
    "{S.name}一到后半夜就开始排烟，味道呛得人咳嗽",
    "{S.short}的污水从厂子后面的暗管直接流进{P.inst}边上的沟里",
    "拉料的大车{S.plate}天天从村里穿过，扬尘大得很",
    "厂里有个叫{E.name}的管事的，我们去问他就说手续齐全",
    "他们老板{B.name}说谁举报就收拾谁",
    "夏天根本不敢开窗，一股烂鸡蛋味",
    "厂子在{S.addr}，门口没挂牌子，晚上才开工",
    "{N.time}以后机器声音特别大，测出来有{N.reading}",
    "去年罚过一次，停了{N.num}天又照样干",
    "厂里的废渣拉到河滩上倒，已经堆了{N.amount}",
)

# The same facts as an official records them.
RECORD = (
    "{S.name}（{S.addr}）生产废水未经处理外排",
    "该企业除尘设施未开启，现场粉尘较大",
    "企业现场负责人{E.name}（电话{E.mobile}）陪同检查",
    "该企业统一社会信用代码{S.uscc}，持有排污许可证（编号{N.permit}）",
    "厂区东侧发现废机油桶约{N.amount}，未按危险废物管理",
    "监测结果显示{N.reading}",
    "{S.short}夜间生产未落实降噪措施",
)
PROBLEMS = tuple(t for t in RECORD if "{E." not in t and "{S.uscc}" not in t)

# About a natural-person subject (F).
PERSONAL = (
    "{F.kind}{F.name}的棚子就搭在河边，粪水直接往河里流",
    "{F.ref}家住{F.home}，场子是他自己搞的，没有任何手续",
    "{F.name}的电话{F.mobile}，说了几次都不改",
    "{F.ref}还拉了一辆三轮车{F.plate}专门往沟里倒",
)

# How the reporter can be reached (reporter).
CONTACT = (
    "我电话{R.mobile}",
    "联系我打{R.mobile}，白天上班不方便接",
    "家里电话{R.tel}",
    "微信{R.wechat}",
    "我的邮箱{R.email}",
    "QQ {R.qq}，照片都在空间里",
    "找不到我就打我{H.rel}{H.name}的电话{H.mobile}",
)
