"""Resolve a template slot ``{WHO.what}`` to pieces of text with gold labels.

``Slots(cast, rng)`` is callable as ``slots(who, what)``. The written form of each
number is drawn per mention from the weights below, so one document mixes forms.
"""

from __future__ import annotations

import datetime as dt
import random

from . import numbers as nb
from .cast import Cast, Person
from .render import Piece, pick

ROLE_OF = {"R": "reporter", "H": "reporter", "W": "reporter", "S": "subject", "B": "subject",
           "T": "third_party", "A": "official", "O": "official", "P": "public"}

# How often each written form is used, per kind of number.
MOBILE_FORMS = {"plain": 40, "spaced": 10, "dashed": 10, "fullwidth": 10, "prefix86": 10, "linebreak": 8, "chinese": 12}
LANDLINE_FORMS = {"plain": 55, "spaced": 10, "fullwidth": 12, "linebreak": 10, "chinese": 5}
ID_FORMS = {"plain": 45, "fullwidth": 12, "spaced": 8, "linebreak": 8, "typo": 12, "legacy15": 8}
BANK_FORMS = {"plain": 40, "spaced": 30, "fullwidth": 15, "linebreak": 10, "dashed": 5}
QQ_FORMS = {"plain": 70, "fullwidth": 15, "chinese": 15}
CODE_FORMS = {"plain": 80, "fullwidth": 20}
PLATE_FORMS = {"plain": 40, "dashed": 40, "spaced": 15, "fullwidth": 5}

HOTLINES = (("12369", "环保举报热线"), ("12369", "热线"), ("12345", "政务服务便民热线"),
            ("12345", "市长热线"), ("110", "报警电话"), ("120", "急救电话"),
            ("95598", "供电服务热线"), ("96777", "燃气热线"))
READINGS = ("COD {a}mg/L", "化学需氧量{a}mg/L", "氨氮{b}mg/L", "噪声{c}分贝", "夜间噪声{c}dB(A)",
            "PM2.5浓度{d}μg/m³", "颗粒物{e}mg/m³", "pH值{f}", "总磷{g}mg/L", "二氧化硫{d}mg/m³")
SOCIAL_LABEL = {"weibo": "微博", "douyin": "抖音", "kuaishou": "快手", "xhs": "小红书", "bili": "B站"}


class Slots:
    def __init__(self, cast: Cast, rng: random.Random) -> None:
        self.c = cast
        self.rng = rng
        self.day = dt.date(cast.year, rng.randint(1, 12), rng.randint(1, 28))

    # --- dispatch ---------------------------------------------------------------------
    def __call__(self, who: str, what: str) -> list[Piece]:
        if who == "N":
            return getattr(self, f"n_{what}")()
        role = ROLE_OF[who]
        if who in "RHBTO":
            person = {"R": self.c.reporter, "H": self.c.household, "B": self.c.company.boss,
                      "T": self.c.third, "O": self.c.agency.staff}[who]
            return getattr(self, f"p_{what}")(person, role)
        prefix = {"W": "w", "S": "s", "A": "a", "P": "pub"}[who]
        return getattr(self, f"{prefix}_{what}")(role)

    def _span(self, text: str, label: str, role: str, form: str = "plain") -> list[Piece]:
        return [Piece(text, label, role, form)]

    # --- persons ----------------------------------------------------------------------
    def p_name(self, p: Person, role: str) -> list[Piece]:
        return self._span(p.name, "PERSON", role)

    def p_ref(self, p: Person, role: str) -> list[Piece]:
        """A partial, coreferent mention: 张先生, 老张, 张某, 张某某, 小张, 张老板."""
        options = [p.honorific, p.surname + "某", p.surname + "某某"]
        options.append(("老" if p.age >= 40 else "小") + p.surname)
        if role == "subject":
            options += [p.surname + "老板", p.surname + "总"]
        if role == "official":
            options = [p.surname + rng_title for rng_title in ("科长", "主任", "同志")]
        return self._span(self.rng.choice(options), "PERSON", role, "partial")

    def p_surname_ref(self, p: Person, role: str) -> list[Piece]:
        return self._span(p.surname + "某", "PERSON", role, "partial")

    def p_gender(self, p: Person, role: str) -> list[Piece]:
        return self._span("男" if p.male else "女", "DEMOGRAPHIC", role)

    def p_age(self, p: Person, role: str) -> list[Piece]:
        return self._span(f"{p.age}岁", "DEMOGRAPHIC", role)

    def p_age_num(self, p: Person, role: str) -> list[Piece]:
        return self._span(str(p.age), "DEMOGRAPHIC", role)

    def p_ethnic(self, p: Person, role: str) -> list[Piece]:
        return self._span(p.ethnic, "DEMOGRAPHIC", role)

    def p_demo(self, p: Person, role: str) -> list[Piece]:
        """性别、年龄、民族 as separate DEMOGRAPHIC spans joined by punctuation."""
        sep = self.rng.choice(("，", "，", "、", " ", "/"))
        parts = [self.p_gender(p, role), self.p_age(p, role)]
        if self.rng.random() < 0.6:
            parts.append(self.p_ethnic(p, role))
        out: list[Piece] = []
        for i, part in enumerate(parts):
            if i:
                out.append(Piece(sep))
            out += part
        return out

    def p_id(self, p: Person, role: str) -> list[Piece]:
        form = pick(self.rng, ID_FORMS)
        if p.id18.endswith("X") and form == "plain" and self.rng.random() < 0.7:
            form = "lower_x"
        if form == "typo":
            text = nb.id_card_typo(p.id18, self.rng)
        elif form == "legacy15":
            text = nb.id_card_15(p.id18)
        else:
            text = nb.write_id_card(p.id18, form, self.rng)
        return self._span(text, "CN_ID_CARD", role, form)

    def p_id_tail(self, p: Person, role: str) -> list[Piece]:
        return self._span(p.id18[-4:], "CN_ID_CARD", role, "partial")

    def p_mobile(self, p: Person, role: str) -> list[Piece]:
        form = pick(self.rng, MOBILE_FORMS)
        return self._span(nb.write_mobile(p.mobile, form, self.rng), "CN_MOBILE", role, form)

    def p_mobile_tail(self, p: Person, role: str) -> list[Piece]:
        return self._span(p.mobile[-4:], "CN_MOBILE", role, "partial")

    def p_landline(self, p: Person, role: str, ext: bool = False) -> list[Piece]:
        form = pick(self.rng, LANDLINE_FORMS)
        return self._span(nb.write_landline(p.landline, form, self.rng, ext), "CN_LANDLINE", role, form)

    def p_rel(self, p: Person, role: str) -> list[Piece]:
        """The reporter's word for the household member (爱人, 儿子 …); plain text."""
        return [Piece(self.c.relation)]

    def p_tel(self, p: Person, role: str) -> list[Piece]:
        return self.p_landline(p, role)

    def p_fax(self, p: Person, role: str) -> list[Piece]:
        return self.p_landline(p, role)

    def p_tel_ext(self, p: Person, role: str) -> list[Piece]:
        """A landline with an extension (转123, -8021)."""
        return self.p_landline(p, role, ext=True)

    def p_email(self, p: Person, role: str) -> list[Piece]:
        return self._span(p.email, "EMAIL_ADDRESS", role)

    def p_qq(self, p: Person, role: str) -> list[Piece]:
        form = pick(self.rng, QQ_FORMS)
        text = {"plain": p.qq, "fullwidth": nb.fullwidth(p.qq)}.get(form) or nb.chinese_digits(p.qq, self.rng)
        return self._span(text, "CN_QQ", role, form)

    def p_wechat(self, p: Person, role: str) -> list[Piece]:
        return self._span(p.wechat, "CN_WECHAT", role)

    def p_nick(self, p: Person, role: str) -> list[Piece]:
        return self._span(p.nick, "CN_SOCIAL_ACCOUNT", role)

    def p_at(self, p: Person, role: str) -> list[Piece]:
        return self._span("@" + p.nick, "CN_SOCIAL_ACCOUNT", role)

    def p_social(self, p: Person, role: str) -> list[Piece]:
        """Platform word as context (not part of the span), then the handle."""
        key = self.rng.choice(tuple(SOCIAL_LABEL))
        platform = SOCIAL_LABEL[key]
        lead = self.rng.choice((f"{platform}号", f"{platform}账号", f"{platform}ID", f"{platform}：", f"{platform}号："))
        if platform == "微博":
            lead = self.rng.choice(("微博", "微博：", "微博账号"))
        handle = p.handles[platform]
        return [Piece(lead), Piece(handle, "CN_SOCIAL_ACCOUNT", role)]

    def p_home(self, p: Person, role: str) -> list[Piece]:
        return self._span(p.home.full(self.rng), "CN_ADDRESS", role)

    def p_bank(self, p: Person, role: str) -> list[Piece]:
        form = pick(self.rng, BANK_FORMS)
        return self._span(nb.write_grouped(p.bank, form, self.rng), "CN_BANK_CARD", role, form)

    def p_bank_tail(self, p: Person, role: str) -> list[Piece]:
        return self._span(p.bank[-4:], "CN_BANK_CARD", role, "partial")

    def p_passport(self, p: Person, role: str) -> list[Piece]:
        form = pick(self.rng, CODE_FORMS)
        text = nb.fullwidth(p.passport) if form == "fullwidth" else p.passport
        return self._span(text, "CN_PASSPORT", role, form)

    def p_hkmo(self, p: Person, role: str) -> list[Piece]:
        form = pick(self.rng, CODE_FORMS)
        text = nb.fullwidth(p.hkmo) if form == "fullwidth" else p.hkmo
        return self._span(text, "CN_HK_MACAO_PERMIT", role, form)

    def p_plate(self, p: Person, role: str) -> list[Piece]:
        form = pick(self.rng, PLATE_FORMS)
        return self._span(nb.write_plate(p.plate, form, self.rng), "CN_LICENSE_PLATE", role, form)

    def p_ip(self, p: Person, role: str) -> list[Piece]:
        return self._span(p.ip4 if self.rng.random() < 0.7 else p.ip6, "IP_ADDRESS", role)

    def p_ip6(self, p: Person, role: str) -> list[Piece]:
        return self._span(p.ip6, "IP_ADDRESS", role)

    def p_url(self, p: Person, role: str) -> list[Piece]:
        return self._span(p.url, "URL", role)

    # --- reporter's employer ------------------------------------------------------------
    def w_name(self, role: str) -> list[Piece]:
        return self._span(self.c.employer, "CN_WORKPLACE", role)

    # --- subject enterprise -------------------------------------------------------------
    def s_name(self, role: str) -> list[Piece]:
        return self._span(self.c.company.name, "ORGANIZATION", role)

    def s_addr(self, role: str) -> list[Piece]:
        return self._span(self.c.company.site.full(self.rng), "CN_ADDRESS", role)

    def s_uscc(self, role: str) -> list[Piece]:
        form = pick(self.rng, CODE_FORMS)
        u = self.c.company.uscc
        return self._span(nb.fullwidth(u) if form == "fullwidth" else u, "CN_USCC", role, form)

    def s_tel(self, role: str) -> list[Piece]:
        form = pick(self.rng, LANDLINE_FORMS)
        return self._span(nb.write_landline(self.c.company.tel, form, self.rng), "CN_LANDLINE", role, form)

    def s_fax(self, role: str) -> list[Piece]:
        return self.s_tel(role)

    def s_website(self, role: str) -> list[Piece]:
        return self._span(self.c.company.website, "URL", role)

    def s_plate(self, role: str) -> list[Piece]:
        form = pick(self.rng, PLATE_FORMS)
        v = self.rng.choice(self.c.company.plates)
        return self._span(nb.write_plate(v, form, self.rng), "CN_LICENSE_PLATE", role, form)

    def s_industry(self, role: str) -> list[Piece]:
        return [Piece(self.c.company.industry)]

    # --- agency, public institution -------------------------------------------------------
    def a_name(self, role: str) -> list[Piece]:
        return self._span(self.c.agency.name, "ORGANIZATION", role)

    def a_parent(self, role: str) -> list[Piece]:
        return self._span(self.c.agency.parent, "ORGANIZATION", role)

    def a_addr(self, role: str) -> list[Piece]:
        return self._span(self.c.agency.address.full(self.rng), "CN_ADDRESS", role)

    def a_fax(self, role: str) -> list[Piece]:
        return self.a_tel(role)

    def a_tel(self, role: str) -> list[Piece]:
        return self._span(nb.write_landline(self.c.agency.tel, "plain", self.rng), "CN_LANDLINE", role)

    def a_url(self, role: str) -> list[Piece]:
        host = self.rng.choice(("sthjj", "hbj", "sthjt"))
        return self._span(f"https://{host}.{self.rng.choice(('zhengzhou', 'ly', 'henan', 'xinxiang'))}.gov.cn", "URL", role)

    def pub_inst(self, role: str) -> list[Piece]:
        return self._span(self.c.public_inst, "ORGANIZATION", role)

    # --- never-flag items ---------------------------------------------------------------
    def _never(self, text: str, kind: str) -> list[Piece]:
        return [Piece(text, never=kind)]

    def n_hotline(self) -> list[Piece]:
        number, name = self.rng.choice(HOTLINES)
        return [Piece(number, never="hotline"), Piece(name)]

    def n_h12369(self) -> list[Piece]:
        return self._never("12369", "hotline")

    def n_date(self) -> list[Piece]:
        d = self.day + dt.timedelta(days=self.rng.randint(-40, 40))
        fmt = self.rng.choice(("{y}年{m}月{d}日", "{y}-{m:02d}-{d:02d}", "{y}/{m}/{d}", "{m}月{d}日",
                               "{y}.{m:02d}.{d:02d}", "{y}年{m}月{d}号", "cn"))
        text = nb.chinese_date(d) if fmt == "cn" else fmt.format(y=d.year, m=d.month, d=d.day)
        return self._never(text, "date")

    def n_time(self) -> list[Piece]:
        h, m = self.rng.randint(0, 23), self.rng.randint(0, 59)
        text = self.rng.choice((f"{h:02d}:{m:02d}", f"{h}时{m}分", f"晚上{self.rng.randint(8, 11)}点多",
                                f"凌晨{self.rng.randint(1, 4)}点", f"{h}点{m}分"))
        return self._never(text, "time")

    def n_datetime(self) -> list[Piece]:
        d = self.day
        h, m, s = self.rng.randint(0, 23), self.rng.randint(0, 59), self.rng.randint(0, 59)
        text = self.rng.choice((f"{d:%Y-%m-%d} {h:02d}:{m:02d}:{s:02d}", f"{d.year}年{d.month}月{d.day}日{h}时{m}分",
                                f"{d:%Y/%m/%d} {h:02d}:{m:02d}"))
        return self._never(text, "date")

    def n_money(self) -> list[Piece]:
        n = self.rng.choice((500, 1000, 2000, 3000, 5000, 8600, 10000, 20000, 50000, 120000))
        text = self.rng.choice((f"{n:,}元", f"{n}元", f"￥{n:,}.00", f"人民币{n}元", f"{n / 10000:g}万元"))
        return self._never(text, "money")

    def n_caseno(self) -> list[Piece]:
        a, y = self.c.agency, self.c.year
        text = self.rng.choice((
            f"{a.case_prefix}〔{y}〕第{self.rng.randint(1, 999):04d}号", f"{a.case_prefix}〔{y}〕{self.rng.randint(1, 300)}号",
            f"{a.case_prefix}[{y}]{self.rng.randint(1, 300)}号",
            f"JB{y}{self.rng.randint(1, 12):02d}{self.rng.randint(1, 28):02d}{self.rng.randint(1, 999):03d}",
            f"12369-{self.c.city.code}-{self.day:%Y%m%d}-{self.rng.randint(1, 9999):04d}",
            f"XF{self.c.city.code}{y}{self.rng.randint(100000, 999999)}",
        ))
        return self._never(text, "case_number")

    def n_permit(self) -> list[Piece]:
        return self._never(self.c.company.permit, "permit")

    def n_reading(self) -> list[Piece]:
        r = self.rng
        text = r.choice(READINGS).format(a=r.randint(60, 900), b=round(r.uniform(5, 80), 1), c=r.randint(55, 95),
                                         d=r.randint(80, 600), e=r.randint(20, 300), f=round(r.uniform(2, 12), 1),
                                         g=round(r.uniform(0.5, 9), 2))
        return self._never(text, "reading")

    def _qty(self, formats: tuple[str, ...], values: tuple[int, ...]) -> list[Piece]:
        return self._never(self.rng.choice(formats).format(n=self.rng.choice(values)), "quantity")

    def n_dist(self) -> list[Piece]:
        if self.rng.random() < 0.2:
            return self._qty(("{n}公里", "{n}公里多"), (1, 2, 3))
        return self._qty(("{n}米", "{n}多米"), (50, 100, 200, 300, 500))

    def n_amount(self) -> list[Piece]:
        return self._qty(("约{n}吨", "{n}吨", "{n}立方米", "{n}万吨"), (3, 20, 150, 1200, 30000))

    def n_households(self) -> list[Piece]:
        return self._qty(("{n}多户", "上百户", "{n}户"), (30, 50, 80, 200))

    def n_num(self) -> list[Piece]:
        return self._never(str(self.rng.randint(2, 12)), "quantity")
