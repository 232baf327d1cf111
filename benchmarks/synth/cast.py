"""The people and organisations of one synthetic complaint.

A ``Cast`` is drawn once per document: the reporter, a household member, the reported
enterprise and its boss, a third party, the handling agency and its staff member, and a
public institution used as a landmark. Every identifier of a person is drawn up front
(canonical form); the written form is chosen each time a template mentions it, so the
same number can appear plain in one place and full-width in another.

Names come from Faker('zh_CN'), seeded from the document's ``random.Random``.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from faker import Faker

from . import geo, numbers, words

_FAKER = Faker("zh_CN")


@dataclass
class Place:
    """An address split in parts so that templates can cite it from province or city on."""

    city: geo.City
    district: str
    district_code: str
    rest: str  # below the district: road + number + compound/room, or town + village

    def full(self, rng: random.Random) -> str:
        start = rng.choice(("province", "city", "city", "district"))
        head = {
            "province": self.city.province + self.city.name + self.district,
            "city": self.city.name + self.district,
            "district": self.district,
        }[start]
        return head + self.rest


@dataclass
class Person:
    surname: str
    given: str
    male: bool
    age: int
    ethnic: str
    home: Place
    id18: str
    mobile: str
    landline: str
    email: str
    qq: str
    wechat: str
    nick: str
    handles: dict[str, str]  # platform -> handle
    bank: str
    passport: str
    hkmo: str
    plate: str
    ip4: str
    ip6: str
    url: str

    @property
    def name(self) -> str:
        return self.surname + self.given

    @property
    def honorific(self) -> str:
        return self.surname + ("先生" if self.male else "女士")


@dataclass
class Company:
    name: str
    industry: str  # 行业类别, for census records
    site: Place
    uscc: str
    permit: str
    tel: str
    website: str
    plates: list[str]
    boss: Person


@dataclass
class Agency:
    name: str  # e.g. 郑州市生态环境局金水分局
    parent: str  # e.g. 郑州市生态环境局
    address: Place
    tel: str
    staff: Person
    case_prefix: str  # e.g. 豫环转 for document numbers


@dataclass
class Cast:
    year: int
    city: geo.City
    reporter: Person
    household: Person
    relation: str  # how the reporter calls the household member: 爱人, 儿子 …
    employer: str  # the reporter's 工作单位 (CN_WORKPLACE)
    company: Company
    third: Person
    agency: Agency
    public_inst: str
    extra: dict = field(default_factory=dict)


def _place(rng: random.Random, city: geo.City, kind: str) -> Place:
    district, code = rng.choice(city.districts)
    if kind == "home" and rng.random() < 0.65:
        rest = (f"{rng.choice(geo.ROADS)}{rng.randint(1, 299)}号"
                f"{rng.choice(geo.COMPOUND_HEADS)}{rng.choice(geo.COMPOUND_TAILS)}"
                f"{rng.randint(1, 32)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 28)}{rng.randint(1, 4):02d}室")
    elif kind == "site" and rng.random() < 0.5:
        rest = f"{rng.choice(geo.PARK_WORDS)}{rng.choice(geo.ROADS)}{rng.randint(1, 999)}号"
    elif kind == "office":
        rest = f"{rng.choice(geo.ROADS)}{rng.randint(1, 399)}号"
    else:
        town = rng.choice(geo.TOWN_HEADS)
        village = rng.choice(geo.VILLAGE_HEADS) + rng.choice(geo.TOWN_HEADS)
        rest = f"{town}镇{village}村" + rng.choice(
            (f"{rng.randint(1, 12)}组{rng.randint(1, 99)}号", f"{rng.randint(1, 99)}号", "东头", "北侧路西"))
    return Place(city, district, code, rest)


def _nick(rng: random.Random) -> str:
    nick = rng.choice(words.NICK_HEADS) + rng.choice(words.NICK_TAILS)
    if rng.random() < 0.4:
        nick += str(rng.randint(1, 2024))
    return nick


def _person(rng: random.Random, fake: Faker, city: geo.City, year: int,
            male: bool | None = None, surname: str | None = None) -> Person:
    male = rng.random() < 0.6 if male is None else male
    surname = surname or fake.last_name()
    given = fake.first_name_male() if male else fake.first_name_female()
    age = rng.randint(24, 76)
    birth = dt.date(year - age, rng.randint(1, 12), rng.randint(1, 28))
    home = _place(rng, city, "home")
    id18 = numbers.new_id_card(rng, home.district_code, city.code, birth, male, want_x=rng.random() < 0.15)
    login = fake.user_name().replace(".", "_")
    qq = numbers.new_qq(rng)
    email = rng.choice((f"{qq}@qq.com", f"{login}{rng.randint(1, 99)}@{rng.choice(words.EMAIL_DOMAINS)}",
                        f"{login}@{rng.choice(words.EMAIL_DOMAINS)}"))
    wechat = rng.choice((f"wxid_{fake.pystr(min_chars=10, max_chars=14).lower()}",
                         f"{login}{rng.randint(60, 2001)}", f"{login}_{rng.choice('abcdefghijkmnpqrstuvwxyz')}{rng.randint(1, 99)}"))
    if not wechat[0].isalpha():
        wechat = "w" + wechat
    handles = {
        "微博": "@" + _nick(rng),
        "抖音": rng.choice(("dy", "douyin", "")) + (login if rng.random() < 0.5 else str(rng.randint(10**7, 10**10))),
        "快手": f"ks{rng.randint(10**6, 10**9)}",
        "小红书": str(rng.randint(10**8, 10**10)),
        "B站": str(rng.randint(10**6, 10**9)),
    }
    url = rng.choice((
        f"https://weibo.com/u/{rng.randint(10**9, 7 * 10**9)}",
        f"https://v.douyin.com/{fake.pystr(min_chars=7, max_chars=7)}/",
        f"https://www.xiaohongshu.com/user/profile/{fake.hexify('^' * 24)}",
        f"https://space.bilibili.com/{handles['B站']}",
        f"https://v.kuaishou.com/{fake.pystr(min_chars=6, max_chars=6)}",
    ))
    return Person(
        surname=surname, given=given, male=male, age=age, ethnic=rng.choice(words.ETHNICITIES),
        home=home, id18=id18, mobile=numbers.new_mobile(rng),
        landline=numbers.new_landline(rng, city.area_code), email=email, qq=qq, wechat=wechat,
        nick=_nick(rng), handles=handles, bank=numbers.new_bank_card(rng),
        passport=numbers.new_passport(rng), hkmo=numbers.new_hk_macao_permit(rng),
        plate=numbers.new_plate(rng, city.plate), ip4=numbers.new_ipv4(rng), ip6=numbers.new_ipv6(rng),
        url=url,
    )


def _fill(pattern: str, rng: random.Random, city: geo.City, place: Place) -> str:
    return pattern.format(
        city=city.name, district=place.district, n=rng.choice("一二三四五六七八九") ,
        trade=rng.choice(words.TRADE_NAMES), ind=rng.choice(words.INDUSTRIES)[0],
        town=rng.choice(geo.TOWN_HEADS),
    )


def _company(rng: random.Random, fake: Faker, city: geo.City, year: int) -> Company:
    site = _place(rng, city, "site")
    ind, category = rng.choice(words.INDUSTRIES)
    trade = rng.choice(words.TRADE_NAMES)
    r = rng.random()
    if r < 0.6:
        name = f"{city.name[:-1]}{trade}{ind}{rng.choice(words.COMPANY_FORMS)}"
    elif r < 0.85:
        name = f"{city.province[:2]}{trade}{ind}{rng.choice(words.COMPANY_FORMS)}"
    else:
        name = f"{site.district}{trade}{ind}厂"
    uscc_value = numbers.new_uscc(rng, site.district_code)
    slug = fake.user_name().replace(".", "").replace("_", "")
    return Company(
        name=name, industry=category, site=site, uscc=uscc_value,
        permit=numbers.new_permit(uscc_value, rng),
        tel=numbers.new_landline(rng, city.area_code),
        website=rng.choice((f"http://www.{slug}.com", f"www.{slug}.com.cn", f"https://{slug}.cn")),
        plates=[numbers.new_plate(rng, city.plate) for _ in range(2)],
        boss=_person(rng, fake, city, year),
    )


def _agency(rng: random.Random, fake: Faker, city: geo.City, year: int) -> Agency:
    parent = f"{city.name}生态环境局"
    office = _place(rng, city, "office")
    name = rng.choice((parent, f"{parent}{office.district.rstrip('区县市')}分局", f"{city.province}生态环境厅"))
    return Agency(
        name=name, parent=parent, address=office,
        tel=numbers.new_landline(rng, city.area_code),
        staff=_person(rng, fake, city, year),
        case_prefix=city.province_abbr + "环" + rng.choice(("转", "信", "督", "罚", "函")),
    )


def new_cast(rng: random.Random) -> Cast:
    fake = _FAKER
    fake.seed_instance(rng.getrandbits(32))
    year = rng.randint(2019, 2024)
    city = rng.choices(geo.CITIES, weights=geo.CITY_WEIGHTS)[0]
    reporter = _person(rng, fake, city, year)
    relation, male = rng.choice((("爱人", None), ("儿子", True), ("女儿", False), ("老伴", None), ("父亲", True)))
    household = _person(rng, fake, city, year, male=(not reporter.male) if male is None else male,
                        surname=reporter.surname if relation in ("儿子", "女儿", "父亲") else None)
    household.home = reporter.home
    place = reporter.home
    employer = _fill(rng.choice(words.EMPLOYER_PATTERNS), rng, city, place)
    public = _fill(rng.choice(words.PUBLIC_PATTERNS), rng, city, place)
    return Cast(
        year=year, city=city, reporter=reporter, household=household, relation=relation,
        employer=employer, company=_company(rng, fake, city, year),
        third=_person(rng, fake, city, year), agency=_agency(rng, fake, city, year),
        public_inst=public,
    )
