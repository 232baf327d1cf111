"""Slots and shared sentence pools of the tenth template family (``unseen9``).

``Unseen9Slots`` builds directly on the base ``slots.Slots`` (R H W S B T A O P N) and adds
the people, organisations and written forms this family's documents have:

    J  a second reporter (a neighbour who joins, a co-party to a mediation): reporter
    K  a relative of the reporter who acts for them (a son abroad, a daughter-in-law): reporter
    E  an employee of the reported enterprise (环保专员, 车间主任, 会计, 统计员): subject
    F  a natural person reported as such (a landlord, a 违法行为人): subject
    Y  a bystander (a co-worker who is not the reporter, a liker of a post, a guest): third_party
    Q  someone outside the complaint with a job (a notary, a journalist, an interpreter, a
       mediator of a people's mediation committee, a 物业 clerk): third_party
    D  a second official (复核人, 科长, 普查指导员): official
    G  a third official (a town cadre, a grid worker): official
    U  an organisation outside the complaint (a property company, a notary office, a people's
       mediation committee, a newspaper, a law firm): third_party
    X, V, Z  persons bound by a genre for one row or turn (``Unseen9Slots.bind``), any role

Written forms added here (method names after the slot): ``mobile_dot`` 138.1234.5678 (form
``dashed``), ``mobile_sp4`` 1381 234 5678 (``spaced``), ``mobile_cnsp`` Chinese digits in
groups with spaces (``chinese``), ``mobile_mask``/``mobile_head3`` masked (``partial``),
``mobile_ocr`` a mobile with one digit read as a letter by OCR (``typo``), ``mobile_intl``
+86 with brackets (``prefix86``); ``id_mask`` masked, ``id_ocr`` OCR'd with a letter for a digit
(``typo``), ``id_tail6`` the last six (``partial``); ``name_mask`` 张*伟 (``partial``), ``name_spaced`` 张 伟 (``plain``), ``title_py`` Mr. Zhang
(``partial``);
``uscc_ocr`` an OCR'd USCC with O for 0 or a space inside (``typo``); ``flat`` the room number
in a compound (3-2-501, ``partial``), ``compound`` the compound or village alone
(``partial``); ``age_cn`` the age in words.
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

FAMILY = "unseen9"


def layout(s, rng: random.Random, layouts: tuple):
    """One of a genre's layouts: any for ``unseen9``; layouts 0 and 2 for ``unseen9-a``
    (may be looked at later), layouts 1 and 3 for ``unseen9-b`` (measured blind)."""
    if s.variant == "unseen9-a":
        layouts = layouts[0::2]
    elif s.variant == "unseen9-b":
        layouts = layouts[1::2]
    return rng.choice(layouts)


def put(b, s, template: str) -> None:
    """Render ``template``; ``§`` is the colon after a field label (one habit per document),
    ``¦`` the cell separator of a pasted table (tab, or a run of spaces)."""
    b.render(template.replace("§", s.colon).replace("¦", s.cell), s)


def some(rng: random.Random, items: tuple, lo: int, hi: int) -> list:
    return rng.sample(items, min(len(items), rng.randint(lo, hi)))


_URBAN = re.compile(r"^(?P<road>\D+?\d+号)(?P<compound>\D+?)(?P<b>\d+)号楼(?P<u>\d+)单元(?P<r>\d+)室$")
_RURAL = re.compile(r"^(?P<town>\D+?镇)(?P<village>\D+?村)(?P<tail>.*)$")

_PINYIN = {
    "王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang",
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
    "邵": "Shao", "万": "Wan", "钱": "Qian", "严": "Yan", "武": "Wu", "戴": "Dai", "莫": "Mo", "孔": "Kong",
    "向": "Xiang", "汤": "Tang", "常": "Chang", "温": "Wen", "康": "Kang", "施": "Shi", "文": "Wen",
    "牛": "Niu", "樊": "Fan", "葛": "Ge", "邢": "Xing", "安": "An", "齐": "Qi", "易": "Yi", "乔": "Qiao",
    "伍": "Wu", "庞": "Pang", "颜": "Yan", "倪": "Ni", "庄": "Zhuang", "聂": "Nie", "章": "Zhang",
    "鲁": "Lu", "岳": "Yue", "翟": "Zhai", "殷": "Yin", "詹": "Zhan", "申": "Shen", "欧": "Ou", "耿": "Geng",
    "关": "Guan", "兰": "Lan", "焦": "Jiao", "俞": "Yu", "左": "Zuo", "柳": "Liu", "甘": "Gan", "祝": "Zhu",
    "包": "Bao", "宁": "Ning", "尚": "Shang", "符": "Fu", "舒": "Shu", "阮": "Ruan", "柯": "Ke", "纪": "Ji",
    "梅": "Mei", "童": "Tong", "凌": "Ling", "毕": "Bi", "单": "Shan", "季": "Ji", "裴": "Pei", "霍": "Huo",
    "涂": "Tu", "成": "Cheng", "苗": "Miao", "谷": "Gu", "盛": "Sheng", "曲": "Qu", "翁": "Weng", "冉": "Ran",
    "骆": "Luo", "蓝": "Lan", "路": "Lu", "游": "You", "辛": "Xin", "靳": "Jin", "管": "Guan", "柴": "Chai",
    "蒙": "Meng", "鲍": "Bao", "华": "Hua", "喻": "Yu", "祁": "Qi", "蒲": "Pu", "房": "Fang", "滕": "Teng",
    "屈": "Qu", "饶": "Rao", "解": "Xie", "牟": "Mou", "艾": "Ai", "尤": "You", "阳": "Yang", "时": "Shi",
    "穆": "Mu", "农": "Nong", "司": "Si", "卓": "Zhuo", "古": "Gu", "吉": "Ji", "缪": "Miao", "简": "Jian",
    "车": "Che", "项": "Xiang", "连": "Lian", "芦": "Lu", "麦": "Mai", "褚": "Chu", "娄": "Lou", "窦": "Dou",
    "戚": "Qi", "岑": "Cen", "景": "Jing", "党": "Dang", "宫": "Gong", "费": "Fei", "卜": "Bu", "冷": "Leng",
    "晏": "Yan", "席": "Xi", "卫": "Wei", "米": "Mi", "柏": "Bai", "宗": "Zong", "瞿": "Qu", "桂": "Gui",
    "全": "Quan", "佟": "Tong", "应": "Ying", "臧": "Zang", "闵": "Min", "苟": "Gou", "邬": "Wu", "边": "Bian",
    "卞": "Bian", "姬": "Ji", "师": "Shi", "和": "He", "仇": "Qiu", "栾": "Luan", "隋": "Sui", "商": "Shang",
    "刁": "Diao", "沙": "Sha", "荣": "Rong", "巫": "Wu", "寇": "Kou", "桑": "Sang", "郎": "Lang", "甄": "Zhen",
    "丛": "Cong", "仲": "Zhong", "虞": "Yu", "敖": "Ao", "巩": "Gong", "明": "Ming", "佘": "She", "池": "Chi",
    "查": "Zha", "麻": "Ma", "苑": "Yuan", "迟": "Chi", "邝": "Kuang", "官": "Guan", "封": "Feng", "谈": "Tan",
    "匡": "Kuang", "鞠": "Ju", "惠": "Hui", "荆": "Jing", "乐": "Yue", "冀": "Ji", "郁": "Yu", "胥": "Xu",
    "南": "Nan", "班": "Ban", "储": "Chu", "原": "Yuan", "栗": "Li", "燕": "Yan", "楚": "Chu", "鄢": "Yan",
    "劳": "Lao", "谌": "Chen", "奚": "Xi", "皮": "Pi", "粟": "Su", "冼": "Xian", "蔺": "Lin", "楼": "Lou",
    "盘": "Pan", "满": "Man", "闻": "Wen", "位": "Wei", "厉": "Li", "伊": "Yi", "仝": "Tong", "区": "Ou",
    "郜": "Gao", "海": "Hai", "阚": "Kan", "花": "Hua", "权": "Quan", "强": "Qiang", "帅": "Shuai",
    "屠": "Tu", "豆": "Dou", "朴": "Piao", "盖": "Ge", "练": "Lian", "廉": "Lian", "禹": "Yu", "井": "Jing",
    "祖": "Zu", "漆": "Qi", "巴": "Ba", "丰": "Feng", "支": "Zhi", "卿": "Qing", "国": "Guo", "狄": "Di",
    "平": "Ping", "计": "Ji", "索": "Suo", "宣": "Xuan", "晋": "Jin", "相": "Xiang", "初": "Chu", "门": "Men",
    "云": "Yun", "容": "Rong", "敬": "Jing", "来": "Lai", "扈": "Hu", "晁": "Chao", "芮": "Rui", "都": "Du",
    "普": "Pu", "阙": "Que", "浦": "Pu", "戈": "Ge", "伏": "Fu", "鹿": "Lu", "薄": "Bo", "邸": "Di",
    "雍": "Yong", "辜": "Gu", "羊": "Yang", "阿": "A", "乌": "Wu", "母": "Mu", "裘": "Qiu", "亓": "Qi",
    "修": "Xiu", "邰": "Tai", "赫": "He", "杭": "Hang", "况": "Kuang", "那": "Na", "宿": "Su", "鲜": "Xian",
    "印": "Yin", "逯": "Lu", "隆": "Long", "茹": "Ru", "诸": "Zhu", "战": "Zhan", "慕": "Mu", "危": "Wei",
    "玉": "Yu", "银": "Yin", "亢": "Kang", "嵇": "Ji", "公": "Gong", "哈": "Ha", "湛": "Zhan", "宾": "Bin",
    "戎": "Rong", "勾": "Gou", "茅": "Mao", "利": "Li", "於": "Yu", "呼": "Hu", "居": "Ju", "揭": "Jie",
    "干": "Gan", "但": "Dan", "尉": "Yu", "冶": "Ye", "斯": "Si", "元": "Yuan", "束": "Shu", "檀": "Tan",
    "衣": "Yi", "信": "Xin", "展": "Zhan", "阴": "Yin", "昝": "Zan", "智": "Zhi", "幸": "Xing", "奉": "Feng",
    "植": "Zhi", "衡": "Heng", "富": "Fu", "尧": "Yao", "闭": "Bi", "由": "You", "阎": "Yan",
    "欧阳": "Ouyang", "司马": "Sima", "上官": "Shangguan", "诸葛": "Zhuge", "东方": "Dongfang",
}
_CONSULT = ("环境工程咨询有限公司", "环保科技有限公司", "环境检测技术有限公司")
_TRADES = ("豫丰", "鑫源", "恒达", "宏盛", "华康", "金鹏", "瑞通", "中天", "永兴", "新宇", "天润", "博远",
           "隆盛", "鼎鑫", "泰和", "汇丰源", "佳美", "盛达", "昌隆", "众诚", "兴旺", "长青", "丰泽", "恒瑞",
           "广源", "聚鑫", "顺发", "开元", "久安", "利民")
_OCR = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z"}


def cn_number(n: int) -> str:
    """五十八: an age or a count in words."""
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else d[tens]) + "十" + ("" if ones == 0 else d[ones])


class Unseen9Slots(Slots):
    """Base slots plus the extra people and forms of this family (see module doc)."""

    def __init__(self, cast, rng: random.Random, variant: str = FAMILY) -> None:
        super().__init__(cast, rng)
        self.variant = variant
        city, year = cast.city, cast.year
        self.second_reporter = _person(rng, _FAKER, city, year)
        self.second_reporter.home = self.near(cast.reporter.home, rng)
        self.kin = _person(rng, _FAKER, city, year, surname=cast.reporter.surname)
        self.kin.home = cast.reporter.home
        self.employee = _person(rng, _FAKER, city, year)
        self.individual = _person(rng, _FAKER, city, year)
        self.bystander = _person(rng, _FAKER, city, year)
        self.bystander.home = self.near(cast.reporter.home, rng)
        self.outsider = _person(rng, _FAKER, city, year)
        self.second = _person(rng, _FAKER, city, year)
        self.third_official = _person(rng, _FAKER, city, year)
        self.colon = rng.choice(("：", "：", ":", "： ", "："))
        self.cell = rng.choice(("\t", "\t", "  ", "\t"))
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

    def new_company(self):
        return _company(self.rng, _FAKER, self.c.city, self.c.year)

    def is_urban(self, p) -> bool:
        return bool(_URBAN.match(p.home.rest))

    def __call__(self, who: str, what: str) -> list[Piece]:
        if who in self.extra:
            person, role = self.extra[who]
            return getattr(self, f"p_{what}")(person, role)
        people = {"J": (self.second_reporter, "reporter"), "K": (self.kin, "reporter"),
                  "E": (self.employee, "subject"), "F": (self.individual, "subject"),
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

    # --- persons: names ------------------------------------------------------------------
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
        text = p.surname + ("*" + g[1:] if len(g) > 1 else "*")
        return self._span(text, "PERSON", role, "partial")

    def p_name_spaced(self, p, role):
        return self._span(" ".join(p.name), "PERSON", role)

    def p_title_py(self, p, role):
        """Mr. Zhang / Ms. Zhang: the surname in pinyin with a title (partial)."""
        sur = _PINYIN.get(p.surname)
        if sur is None:
            return self._span(p.honorific, "PERSON", role, "partial")
        return self._span(("Mr. " if p.male else "Ms. ") + sur, "PERSON", role, "partial")

    # --- persons: numbers ----------------------------------------------------------------
    def p_mobile_plain(self, p, role):
        return self._span(p.mobile, "CN_MOBILE", role)

    def p_mobile_dot(self, p, role):
        m = p.mobile
        return self._span(f"{m[:3]}.{m[3:7]}.{m[7:]}", "CN_MOBILE", role, "dashed")

    def p_mobile_sp4(self, p, role):
        m = p.mobile
        return self._span(f"{m[:4]} {m[4:7]} {m[7:]}", "CN_MOBILE", role, "spaced")

    def p_mobile_cnsp(self, p, role):
        """Chinese digits grouped 3-4-4 with spaces, as a clerk types what was said."""
        t = nb.chinese_digits(p.mobile, self.rng)
        return self._span(f"{t[:3]} {t[3:7]} {t[7:]}", "CN_MOBILE", role, "chinese")

    def p_mobile_cn(self, p, role):
        return self._span(nb.chinese_digits(p.mobile, self.rng), "CN_MOBILE", role, "chinese")

    def p_mobile_mask(self, p, role):
        m = p.mobile
        return self._span(self.rng.choice((m[:3] + "****" + m[-4:], m[:3] + "*****" + m[-3:], "*******" + m[-4:])),
                          "CN_MOBILE", role, "partial")

    def p_mobile_head3(self, p, role):
        """Only the first three and the last two are left (138******78)."""
        m = p.mobile
        return self._span(m[:3] + "******" + m[-2:], "CN_MOBILE", role, "partial")

    def p_mobile_ocr(self, p, role):
        """One digit misread by OCR as a look-alike letter (O, l, S, B, Z)."""
        m = p.mobile
        idx = [i for i in range(3, 11) if m[i] in _OCR]
        if not idx:
            return self._span(m, "CN_MOBILE", role)
        i = self.rng.choice(idx)
        return self._span(m[:i] + _OCR[m[i]] + m[i + 1:], "CN_MOBILE", role, "typo")

    def p_mobile_intl(self, p, role):
        return self._span(self.rng.choice(("(+86) ", "+86 ", "0086-")) + p.mobile, "CN_MOBILE", role, "prefix86")

    def p_id_plain(self, p, role):
        return self._span(p.id18, "CN_ID_CARD", role)

    def p_id_mask(self, p, role):
        v = p.id18
        return self._span(self.rng.choice((v[:6] + "********" + v[-4:], v[:3] + "*" * 11 + v[-4:], v[:10] + "******" + v[-2:])),
                          "CN_ID_CARD", role, "partial")

    def p_id_ocr(self, p, role):
        v = p.id18
        idx = [i for i in range(6, 17) if v[i] in _OCR]
        if not idx:
            return self._span(v, "CN_ID_CARD", role)
        i = self.rng.choice(idx)
        return self._span(v[:i] + _OCR[v[i]] + v[i + 1:], "CN_ID_CARD", role, "typo")

    def p_id_tail6(self, p, role):
        return self._span(p.id18[-6:], "CN_ID_CARD", role, "partial")

    def p_tel_plain(self, p, role):
        return self._span(p.landline, "CN_LANDLINE", role)

    def p_bank_plain(self, p, role):
        return self._span(p.bank, "CN_BANK_CARD", role)

    def p_bank_mask(self, p, role):
        v = p.bank
        return self._span(f"{v[:6]}{'*' * (len(v) - 10)}{v[-4:]}", "CN_BANK_CARD", role, "partial")

    def p_ip4(self, p, role):
        return self._span(p.ip4, "IP_ADDRESS", role)

    def p_douyin(self, p, role):
        return self._span(p.handles["抖音"], "CN_SOCIAL_ACCOUNT", role)

    def p_xhs(self, p, role):
        return self._span(p.handles["小红书"], "CN_SOCIAL_ACCOUNT", role)

    def p_xhs_link(self, p, role):
        key = "".join(self.rng.choice("0123456789abcdef") for _ in range(24))
        return self._span(f"https://www.xiaohongshu.com/explore/{key}", "URL", role)

    def p_dy_link(self, p, role):
        return self._span(f"https://www.douyin.com/video/{self.rng.randint(7 * 10**18, 74 * 10**17)}", "URL", role)

    def p_weibo(self, p, role):
        return self._span(p.handles["微博"], "CN_SOCIAL_ACCOUNT", role)

    # --- persons: places and demographics -------------------------------------------------
    def p_compound(self, p, role):
        m = _URBAN.match(p.home.rest)
        if m:
            text = m.group("compound")
        else:
            m = _RURAL.match(p.home.rest)
            text = m.group("town") + m.group("village") if m else p.home.district + p.home.rest
        return self._span(text, "CN_ADDRESS", role, "partial")

    def p_flat(self, p, role):
        """3-2-501 in a compound, 4组17号 in a village: the home below its compound."""
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
        return self._span(f"{p.id18[6:10]}年{int(p.id18[10:12])}月", "DEMOGRAPHIC", role)

    def p_rel_word(self, p, role):
        """How the reporter calls the relative who acts for them (plain text)."""
        return [Piece(self.rng.choice(("孙子", "外孙", "侄子", "儿子")) if p.male else
                      self.rng.choice(("孙女", "外孙女", "侄女", "女儿")))]

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

    def s_uscc_plain(self, role):
        return self._span(self.c.company.uscc, "CN_USCC", role)

    def s_uscc_ocr(self, role):
        """An OCR'd USCC: one 0 read as O, or a space where the scan had a fold."""
        u = self.c.company.uscc
        zeros = [i for i in range(2, 17) if u[i] == "0"]
        if zeros and self.rng.random() < 0.6:
            i = self.rng.choice(zeros)
            return self._span(u[:i] + "O" + u[i + 1:], "CN_USCC", role, "typo")
        cut = self.rng.randint(6, 12)
        return self._span(u[:cut] + " " + u[cut:], "CN_USCC", role, "spaced")

    def s_account(self, role):
        """The plant's own account on a platform (开元公司官方, 恒达化工-小王)."""
        if "sacct" not in self._cache:
            self._cache["sacct"] = self._short_of(self.c.company.name) + self.rng.choice(("官方", "官方号", "-客服", "环保"))
        return self._span(self._cache["sacct"], "CN_SOCIAL_ACCOUNT", role)

    def s_tel_plain(self, role):
        return self._span(self.c.company.tel, "CN_LANDLINE", role)

    def s_plate1(self, role):
        v = self.c.company.plates[0]
        return self._span(nb.write_plate(v, self.rng.choice(("plain", "dashed")), self.rng), "CN_LICENSE_PLATE", role)

    def w_short(self, role):
        name = self.c.employer
        short = self._short_of(name)
        if short == name:
            return self._span(name, "CN_WORKPLACE", role)
        return self._span(short, "CN_WORKPLACE", role, "partial")

    def w_station(self, role):
        """A delivery station as a rider's workplace (美团外卖金水区黄河路站)."""
        if "wstation" not in self._cache:
            self._cache["wstation"] = self.rng.choice(("美团外卖", "饿了么", "闪送")) + \
                self.c.reporter.home.district + self.rng.choice(geo.ROADS) + "站"
        return self._span(self._cache["wstation"], "CN_WORKPLACE", role)

    def w_inn(self, role):
        """The reporter's own guesthouse (民宿) near the plant."""
        if "inn" not in self._cache:
            self._cache["inn"] = self.c.reporter.home.district + self.rng.choice(
                ("山居", "云栖", "溪畔", "半山", "柿子树", "老院子")) + self.rng.choice(("民宿", "农家乐", "客栈"))
        return self._span(self._cache["inn"], "CN_WORKPLACE", role)

    def a_dept(self, role):
        return self._span(self.c.city.name + self.rng.choice(("生态环境保护综合行政执法支队", "生态环境局执法监察支队")),
                          "ORGANIZATION", role)

    def a_town(self, role):
        if "town" not in self._cache:
            self._cache["town"] = self.c.company.site.district + self.rng.choice(geo.TOWN_HEADS) + \
                self.rng.choice(("镇人民政府", "街道办事处"))
        return self._span(self._cache["town"], "ORGANIZATION", role)

    def a_station(self, role):
        """The monitoring station or the census office of the district."""
        if "station" not in self._cache:
            self._cache["station"] = self.c.company.site.district + self.rng.choice(
                ("环境监测站", "生态环境监测中心", "第二次全国污染源普查领导小组办公室"))
        return self._span(self._cache["station"], "ORGANIZATION", role)

    def a_mobile(self, role):
        if "amob" not in self._cache:
            self._cache["amob"] = nb.new_mobile(self.rng)
        return self._span(self._cache["amob"], "CN_MOBILE", role)

    def a_mail(self, role):
        return self._span(f"{self.rng.choice(('sthj12369', 'hbjxfb', 'pwxk'))}@{self.c.city.code[:4]}.gov.cn",
                          "EMAIL_ADDRESS", role)

    def a_bank(self, role):
        if "abank" not in self._cache:
            self._cache["abank"] = nb.new_bank_card(self.rng)
        return self._span(self._cache["abank"], "CN_BANK_CARD", role)

    def a_weibo(self, role):
        return self._span("@" + self.c.city.name[:-1] + "生态环境", "CN_SOCIAL_ACCOUNT", role)

    def a_xfj(self, role):
        return self._span(self.c.city.name + "信访局", "ORGANIZATION", role)

    def a_census(self, role):
        return self._span(self.c.company.site.district + "污染源普查工作办公室", "ORGANIZATION", role)

    def a_court(self, role):
        """The procuratorate that posts a public-interest pre-litigation notice."""
        return self._span(self.c.city.name + "人民检察院", "ORGANIZATION", role)

    # --- third-party organisations (U) ----------------------------------------------------
    def _unit(self, key: str, make) -> str:
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def u_property(self, role):
        name = self._unit("prop", lambda: self.c.city.name[:-1] + self.rng.choice(_TRADES) + "物业服务有限公司")
        return self._span(name, "ORGANIZATION", role)

    def u_notary(self, role):
        name = self._unit("notary", lambda: self.c.city.name + self.rng.choice(("公证处", "嵩山公证处", "信达公证处", "中原公证处")))
        return self._span(name, "ORGANIZATION", role)

    def u_mediation(self, role):
        name = self._unit("med", lambda: self.c.company.site.district + self.rng.choice(geo.TOWN_HEADS) +
                          self.rng.choice(("镇", "街道")) + "人民调解委员会")
        return self._span(name, "ORGANIZATION", role)

    def u_media(self, role):
        name = self._unit("media", lambda: self.c.city.name[:-1] + self.rng.choice(("日报社", "晚报", "融媒体中心", "广播电视台")))
        return self._span(name, "ORGANIZATION", role)

    def u_firm(self, role):
        name = self._unit("firm", lambda: self.c.city.name[:-1] + self.rng.choice(_TRADES) + self.rng.choice(_CONSULT))
        return self._span(name, "ORGANIZATION", role)

    # --- never-flag items --------------------------------------------------------------
    def _tick(self, lo=20, hi=1500):
        self._clock += self.rng.randint(lo, hi)
        return self._clock

    def n_stamp(self):
        c = self._tick()
        t, d = c % 86400, self.day + dt.timedelta(days=c // 86400)
        return self._never(f"{d:%Y-%m-%d} {t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}", "date")

    def n_compact(self):
        """20240712_101522: a time stamp as a file name carries it."""
        c = self._tick()
        t = c % 86400
        return self._never(f"{self.day:%Y%m%d}_{t // 3600:02d}{t // 60 % 60:02d}{t % 60:02d}", "date")

    def n_hm(self):
        t = self._tick(5, 400) % 86400
        return self._never(f"{t // 3600:02d}:{t // 60 % 60:02d}", "time")

    def n_secs(self):
        return self._never(f"{self.rng.randint(30, 900)}", "time")

    def n_h12345(self):
        return self._never("12345", "hotline")

    def n_ticket(self):
        return self._never(f"{self.c.city.code[:4]}{self.day:%Y%m%d}{self.rng.randint(1000, 9999)}", "case_number")

    def n_docno(self):
        word = self.rng.choice(("环函", "环复", "环罚", "环调", "检民公", "环奖"))
        return self._never(f"{self.c.city.name[:-1]}{word}〔{self.c.year}〕{self.rng.randint(1, 240)}号", "case_number")

    def n_medno(self):
        return self._never(f"（{self.c.year}）{self.c.company.site.district[:2]}调字第{self.rng.randint(1, 99)}号", "case_number")

    def n_sample(self):
        return self._never(f"YP-{self.c.year}-{self.rng.randint(1, 999):04d}", "case_number")

    def n_cert(self):
        return self._never(f"HBWS{self.c.year}{self.rng.randint(1, 300):03d}", "case_number")

    def n_batch(self):
        return self._never(f"{self.rng.randint(10**11, 10**12 - 1)}", "case_number")

    def n_notary(self):
        return self._never(f"（{self.c.year}）{self.c.city.province_abbr}{self.c.city.name[:2]}证字第"
                           f"{self.rng.randint(100, 9999)}号", "case_number")

    def n_querycode(self):
        return self._never("".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)), "case_number")

    def n_station(self):
        return self._never(f"{self.rng.randint(1, 9)}号站点", "quantity")

    def n_capital(self):
        n = self.rng.choice((50, 100, 200, 500, 1000, 3000))
        return self._never(f"{n}万元", "money")

    def n_estab(self):
        d = dt.date(self.c.year - self.rng.randint(2, 15), self.rng.randint(1, 12), self.rng.randint(1, 28))
        return self._never(f"{d.year}年{d.month:02d}月{d.day:02d}日", "date")

    def n_score(self):
        return self._never(f"{self.rng.randint(1, 5)}分", "quantity")

    def n_pct(self):
        return self._never(f"{self.rng.randint(71, 98)}%", "quantity")

    def n_within(self):
        return self._never(self.rng.choice(("15个工作日", "30日内", "5个工作日", "60日")), "quantity")

    def n_year(self):
        return self._never(f"{self.c.year}年", "date")

    def n_bigmoney(self):
        n = self.rng.randint(3, 180) * 10000
        return self._never(self.rng.choice((f"{n:,}元", f"{n / 10000:g}万元", f"人民币{n}元")), "money")

    def n_fixmoney(self):
        """An amount in a fixed-width bank file: 12 digits, in fen, zero padded."""
        n = self.rng.choice((500, 1000, 2000, 3000, 5000, 8000, 10000, 20000)) * 100
        return self._never(f"{n:012d}", "money")

    def n_orderno(self):
        return self._never(f"{self.rng.randint(10**15, 10**16 - 1)}", "case_number")

    def n_lic(self):
        return self._never(f"{self.rng.randint(10**13, 10**14 - 1)}", "permit")


# What a resident says about the polluter (subject content).
TALK = (
    "{S.name}一到晚上就偷偷开炉子，烟囱冒的烟发黄",
    "{S.short}后墙有根暗管直接通到沟里，水是红褐色的",
    "他们厂的车{S.plate}半夜拉废料往河滩倒",
    "{S.short}的环保专员{E.name}说过，检查的来了提前有人打招呼",
    "厂就在{S.addr}，白天关门，晚上开工",
    "机器声一直响到后半夜，老人孩子都睡不着",
    "那个味儿像油漆混着烧橡胶，嗓子疼",
    "自己买试纸测了下，{N.reading}",
    "渠里的水一下雨就泛白沫，庄稼浇了都黄了",
    "{S.short}的废渣就堆在院外头，风一刮满天灰",
    "厂子离{P.inst}就{N.dist}，孩子们天天闻这个味",
)

# The same facts as an official writes them.
RECORD = (
    "{S.name}（{S.addr}）废气收集处理设施未开启",
    "{S.short}厂区东南角存在一处疑似暗管",
    "该单位统一社会信用代码{S.uscc}，排污许可证编号{N.permit}",
    "企业环保专员{E.name}（{E.mobile}）陪同检查",
    "现场监测：{N.reading}",
    "法定代表人{B.name}，联系电话{B.mobile}",
    "危险废物贮存间未设置标识",
    "厂界异味明显",
    "厂界距{P.inst}约{N.dist}，周边敏感点异味明显",
)
BARE = tuple(t for t in RECORD if "{" not in t)

CONTACT = (
    "电话{R.mobile}",
    "手机{R.mobile}，上班时间不方便接",
    "座机{R.tel}",
    "微信号{R.wechat}",
    "邮箱{R.email}",
    "QQ{R.qq}",
    "打我{H.rel}{H.name}电话{H.mobile}也行",
)
