"""Synthetic training sentences: addresses in context, complaint phrasing, name swaps.

Why: the public corpora have no complaint letters and no whole addresses inside
sentences. We embed real addresses from the *train* split of chinese_address_parsing
into complaint-like templates, and swap person names for random surname + given-name
combinations so the model learns the shape of a name rather than a list of famous
people. Everything is driven by a seeded ``random.Random``.
"""

from __future__ import annotations

import random

from corpus import Example

ADDR_TEMPLATES = [
    "本人住址：{a}。",
    "我家住在{a}，",
    "我家住在{a}。",
    "家住{a}，",
    "住址：{a}",
    "联系地址：{a}，联系电话：{p}",
    "我是{a}的居民，",
    "本人居住在{a}，附近有一家工厂。",
    "我住在{a}，楼下的饭店油烟很大。",
    "举报人住址：{a}。",
    "通讯地址：{a}，邮编{z}。",
    "{a}",
    "地址：{a}；",
    "我们小区位于{a}，",
    "家庭住址:{a}",
    "现住{a}。",
    "请把回复寄到{a}，谢谢。",
    "我的地址是{a}，电话{p}。",
    "本人{n}，家住{a}，",
    "家住{a}的{n}反映，",
    "来电人住{a}，",
    "被举报单位位于{a}，",
    "位于{a}的{o}夜间偷排废水。",
    "{a}附近的{o}噪音扰民。",
    "投诉地址：{a}。",
    "事发地点：{a}",
    "我在{o}上班，家住{a}。",
    "居住地：{a}，身份证号码略。",
    "收件地址 {a} ",
    "本人现居于{a}，多次反映无果。",
]
PERSON_TEMPLATES = [
    "举报人：{n}，联系电话：{p}。",
    "我叫{n}，是附近的村民。",
    "姓名：{n}",
    "联系人：{n} {p}",
    "来电人{n}反映，",
    "本人{n}，",
    "{n}反映{o}偷排污水。",
    "投诉人：{n}；",
    "此致\n敬礼！\n{n}",
    "举报人{n}称，{o}的烟囱每天冒黑烟。",
    "村民{n}说，",
    "{n}的家人也受到影响。",
    "我和{n}一起去环保局反映过。",
    "署名：{n}",
    "{n}\n{y}年{m}月{d}日",
    "落款：{n}",
    "联系人{n}，电话{p}。",
    "{o}负责人{n}拒不整改。",
    "法人代表{n}",
    "我的邻居{n}也被熏得头疼。",
    "{n}（{p}）",
    "当事人{n}表示，",
    "据{n}介绍，",
    "经查，{n}系该厂员工。",
    "我在{o}上班，",
    "本人{n}，在{o}工作。",
    "我是{o}的职工，",
    "工作单位：{o}",
    "我爱人在{o}打工，",
]
ORG_SUFFIX = [
    "有限公司",
    "有限责任公司",
    "股份有限公司",
    "化工厂",
    "砖厂",
    "造纸厂",
    "水泥厂",
    "养殖场",
    "养猪场",
    "采石场",
    "加油站",
    "洗车店",
    "饭店",
    "餐馆",
    "专业合作社",
    "环保局",
    "医院",
    "中学",
    "小学",
    "污水处理厂",
    "垃圾填埋场",
    "搅拌站",
    "石料厂",
    "木材加工厂",
    "酒店",
    "生态环境局",
    "镇政府",
    "村委会",
    "物流园",
    "科技有限公司",
    "建材厂",
    "食品厂",
    "屠宰场",
]
ORG_MIDDLE = ["", "", "化工", "建材", "环保", "食品", "农业", "新材料", "实业", "机械", "纺织"]


class Names:
    """Random names: a surname (weighted by corpus counts) + 1–2 given-name chars."""

    def __init__(self, rng: random.Random, surnames: list[str], corpus_names: list[str]):
        self.rng = rng
        self.single = [s for s in surnames if len(s) == 1]
        self.compound = [s for s in surnames if len(s) == 2]
        sset = set(self.single)
        given = [n[1:] for n in corpus_names if 2 <= len(n) <= 3 and n[0] in sset]
        self.given_chars = [c for g in given for c in g if "\u4e00" <= c <= "\u9fff"]
        weights: dict[str, int] = {}
        for n in corpus_names:
            if n and n[0] in sset:
                weights[n[0]] = weights.get(n[0], 0) + 1
        self.weights = [weights.get(s, 0) + 2 for s in self.single]

        self.lexicon: list[str] = []
        self.foreign_names: list[str] = []

    def use_lexicon(self, names: list[str], foreign: list[str] = ()) -> None:
        """Also draw real-looking names (cleaned jieba nr: 金大中 …; nrt: 克林顿 …)."""
        self.lexicon = names
        self.foreign_names = list(foreign)

    def foreign(self) -> str:
        """A transliterated name; sometimes given + family name joined by · (芭芭拉·弗兰克林)."""
        r = self.rng
        name = r.choice(self.foreign_names)
        if r.random() < 0.2:
            name += "·" + r.choice(self.foreign_names)
        return name

    def __call__(self) -> str:
        r = self.rng
        if self.lexicon and r.random() < 0.35:
            return r.choice(self.lexicon)
        if r.random() < 0.05:
            sur = r.choice(self.compound)
        else:
            sur = r.choices(self.single, self.weights)[0]
        k = 1 if r.random() < 0.3 else 2
        return sur + "".join(r.choice(self.given_chars) for _ in range(k))


def _fill(rng: random.Random, template: str, values: dict[str, tuple[str, str | None]]) -> Example:
    """Format ``template`` and record spans for values that carry a label."""
    out, spans, i = [], [], 0
    while i < len(template):
        if template[i] == "{":
            j = template.index("}", i)
            val, lab = values[template[i + 1 : j]]
            start = sum(map(len, out))
            out.append(val)
            if lab:
                spans.append((start, start + len(val), lab))
            i = j + 1
        else:
            out.append(template[i])
            i += 1
    return "".join(out), spans


def _values(rng, names: Names, addr: str, places: list[str]) -> dict:
    return {
        "a": (addr, "ADDR"),
        "n": (names(), "PER"),
        "o": (org(rng, places), "ORG"),
        "p": ("1" + "".join(rng.choice("0123456789") for _ in range(10)), None),
        "z": ("".join(rng.choice("0123456789") for _ in range(6)), None),
        "y": (str(rng.randint(2015, 2026)), None),
        "m": (str(rng.randint(1, 12)), None),
        "d": (str(rng.randint(1, 28)), None),
    }


def org(rng: random.Random, places: list[str]) -> str:
    """A plausible organisation name: place + optional trade + 2 chars + suffix."""
    chars = "恒兴鑫源宏达华盛金龙天宇顺发永丰瑞康隆泰昌明远东方新亚通利"
    return (
        rng.choice(places)
        + rng.choice(chars)
        + rng.choice(chars)
        + rng.choice(ORG_MIDDLE)
        + rng.choice(ORG_SUFFIX)
    )


def address_examples(
    rng, addrs: list[str], names: Names, places: list[str], copies: int = 2
) -> list[Example]:
    """Each train address in ``copies`` random templates."""
    out = []
    for a in addrs:
        a = a.strip()
        if not a:
            continue
        for _ in range(copies):
            out.append(_fill(rng, rng.choice(ADDR_TEMPLATES), _values(rng, names, a, places)))
    return out


def person_examples(
    rng, names: Names, addrs: list[str], places: list[str], n: int
) -> list[Example]:
    """``n`` complaint-style sentences around a random name."""
    return [
        _fill(rng, rng.choice(PERSON_TEMPLATES), _values(rng, names, rng.choice(addrs), places))
        for _ in range(n)
    ]


def _foreign_looking(name: str, surnames: set[str]) -> bool:
    """2–8 han chars (· allowed), not starting with a surname: 基里延科, 芭芭拉·弗兰克林."""
    return (
        2 <= len(name) <= 8
        and name[0] not in surnames
        and all("\u4e00" <= ch <= "\u9fff" or ch == "·" for ch in name)
    )


def swap_names(rng, examples: list[Example], names: Names, surnames: set[str]) -> list[Example]:
    """Copies of examples whose PER spans get random names of the same kind.

    Chinese-looking names (surname first, 2–4 chars) get random Chinese names;
    transliterated ones get a cleaned jieba ``nrt`` name when that list is loaded,
    so the model learns the shape of foreign names in news contexts too.
    """
    out = []
    for text, spans in examples:
        per = {}
        for s in spans:
            if s[2] != "PER":
                continue
            if 2 <= s[1] - s[0] <= 4 and text[s[0]] in surnames:
                per[s] = names
            elif names.foreign_names and _foreign_looking(text[s[0] : s[1]], surnames):
                per[s] = names.foreign
        if not per:
            continue
        pieces, new_spans, last, shift = [], [], 0, 0
        for s, e, lab in sorted(spans):
            if (s, e, lab) in per:
                new = per[(s, e, lab)]()
                pieces.append(text[last:s])
                pieces.append(new)
                new_spans.append((s + shift, s + shift + len(new), lab))
                shift += len(new) - (e - s)
                last = e
            else:
                if s < last:
                    continue
                new_spans.append((s + shift, e + shift, lab))
        pieces.append(text[last:])
        out.append(("".join(pieces), new_spans))
    return out


# News-style sentences: a country or city (LOC), an office and a person (PER).
# Why: whole-address training sentences taught the model that a place name opens a
# long span, so "美国国务卿奥尔布赖特" came out as one address; news text names
# foreign officials, athletes and reporters in exactly these frames.
NEWS_TEMPLATES = [
    "{c}{t}{f}{w}表示，",
    "{c}{t}{f}{w}在{k}说，",
    "{c}{t}{f}{w}抵达{k}，开始对{c2}进行正式访问。",
    "国家主席{n}{w}在人民大会堂会见了{c}{t}{f}。",
    "{f}{t2}{w}发表声明，",
    "{w}，{c}{t}{f}同{c2}{t}{f2}举行会谈。",
    "新华社{k}{d}日电（记者{n}）",
    "本报{k}{d}日电记者{n}报道：",
    "{c}选手{f}以{s}战胜{c2}的{f2}，",
    "{c}队前锋{f}在第{m}分钟破门得分。",
    "据{c}媒体报道，{f}{w}还会见了{f2}。",
    "{n}{t3}{w}在{k}考察时强调，",
    "{c}{t}{f}的发言人{f2}说，",
    "{f}是在{c}处于困难时期出任{t2}的。",
    "{n}、{n2}等出席了会议。",
    "{c}总统{f}和夫人{f2}{w}离开{k}回国。",
    "{f}说：“我们希望{c}和中国的关系继续发展。”",
    "{n}是{k}人，今年{a}岁。",
]
NEWS_TITLES = [
    "总统",
    "副总统",
    "总理",
    "首相",
    "外长",
    "外交部长",
    "国务卿",
    "外交大臣",
    "国防部长",
    "大使",
    "议长",
    "国王",
    "女王",
    "总书记",
    "主席",
    "驻华大使",
    "财政部长",
    "教练",
    "球星",
    "选手",
    "前锋",
    "市长",
    "总统候选人",
    "副总理",
    "发言人",
    "",
]
CN_TITLES = ["副总理", "书记", "省长", "市长", "局长", "部长", "委员长", "主任", "同志", ""]
WHEN = ["", "", "今天", "昨天", "近日", "当天", "日前", "21日", "24日晚", "3日上午", "今天下午"]


def news_examples(
    rng: random.Random, names: Names, countries: list[str], cities: list[str], n: int
) -> list[Example]:
    """``n`` news-style sentences: countries/cities as LOC, people as PER."""
    out = []
    for _ in range(n):
        foreign = names.foreign if names.foreign_names else names
        values = {
            "c": (rng.choice(countries), "LOC"),
            "c2": (rng.choice(countries), "LOC"),
            "k": (rng.choice(cities), "LOC"),
            "t": (rng.choice(NEWS_TITLES), None),
            "t2": (rng.choice(NEWS_TITLES[:12]), None),
            "t3": (rng.choice(CN_TITLES), None),
            "f": (foreign(), "PER"),
            "f2": (foreign(), "PER"),
            "n": (names(), "PER"),
            "n2": (names(), "PER"),
            "w": (rng.choice(WHEN), None),
            "d": (str(rng.randint(1, 31)), None),
            "m": (str(rng.randint(1, 90)), None),
            "a": (str(rng.randint(20, 80)), None),
            "s": (f"{rng.randint(0, 3)}比{rng.randint(0, 3)}", None),
        }
        out.append(_fill(rng, rng.choice(NEWS_TEMPLATES), values))
    return out
