"""Synthetic identifiers with valid check digits, and the ways people write them.

Two kinds of functions:
- ``new_*(rng, ...)`` draw a canonical value (digits/letters only). Check digits come from
  python-stdnum (``cn.ric``, ``cn.uscc``, ``luhn``) so a value is valid where it is meant
  to be; ``id_card_typo`` is the exception on purpose (a mistyped ID still identifies a
  person and stays gold).
- ``write_*(value, form, rng)`` turn a canonical value into the text that appears in a
  complaint for a given written form (see FORMS). The whole written string is the span.

Values are random draws, not collected numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from stdnum import luhn
from stdnum.cn import ric, uscc

# Written forms recorded in a span's "form" field.
#   plain      as a clerk would type it
#   fullwidth  ASCII digits/letters replaced by full-width ones (１３８…)
#   spaced     groups separated by spaces (138 1234 5678, 410105 19650312 2345, 豫A 12345)
#   dashed     groups separated by dashes or a dot (138-1234-5678, 豫A·12345)
#   prefix86   mobile with +86 / 0086
#   linebreak  split by a line break inside the number
#   chinese    Chinese digits (幺三八…, 一三八…)
#   lower_x    ID card whose check character X is written x
#   typo       ID card with one mistyped digit: checksum fails, still the reporter's ID
#   legacy15   the old 15-digit ID card
#   partial    a fragment that still points to the person: 尾号5678, 张先生, 老张, 张某
FORMS = (
    "plain", "fullwidth", "spaced", "dashed", "prefix86", "linebreak", "chinese",
    "lower_x", "typo", "legacy15", "partial",
)

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
    "155", "156", "157", "158", "159", "166", "176", "177", "180", "181", "182", "183",
    "185", "186", "187", "188", "189", "191", "198", "199",
)
BANK_BINS = ("622848", "622202", "621700", "622700", "621226", "622588", "621483", "622609", "623668")
CN_DIGITS_ONE = ("零一二三四五六七八九", "〇幺二三四五六七八九", "洞幺两三四五六拐八九")
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, O on Chinese plates
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100 alphabet (no I, O, S, V, Z)


def _digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    head = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return head + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def fullwidth(s: str) -> str:
    """Replace printable ASCII by its full-width form (same length, so offsets hold)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def chinese_digits(s: str, rng: random.Random) -> str:
    """Write digits with Chinese numerals; one style per number, as people do."""
    table = rng.choice(CN_DIGITS_ONE)
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


def _split(s: str, rng: random.Random, sep: str = "\n") -> str:
    cut = rng.randint(2, len(s) - 2)
    return s[:cut] + sep + s[cut:]


def _group(s: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


# --- mobile ---------------------------------------------------------------------------

def new_mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + _digits(rng, 8)


def write_mobile(v: str, form: str, rng: random.Random) -> str:
    if form == "spaced":
        return _group(v, (3, 4, 4), " ")
    if form == "dashed":
        return _group(v, (3, 4, 4), "-")
    if form == "fullwidth":
        return fullwidth(v)
    if form == "prefix86":
        return rng.choice(("+86 ", "+86-", "+86", "0086 ", "0086-", "(+86)")) + v
    if form == "linebreak":
        return _split(v, rng)
    if form == "chinese":
        return chinese_digits(v, rng)
    return v


# --- landline (also fax) --------------------------------------------------------------

def new_landline(rng: random.Random, area_code: str) -> str:
    n = 8 if len(area_code) == 3 or rng.random() < 0.8 else 7
    return area_code + "-" + str(rng.randint(2, 8)) + _digits(rng, n - 1)  # local numbers never start 0/1


def write_landline(v: str, form: str, rng: random.Random, ext: bool = False) -> str:
    area, local = v.split("-")
    if form == "spaced":
        s = f"{area} {local}"
    elif form == "fullwidth":
        s = fullwidth(rng.choice((f"{area}-{local}", f"{area}{local}")))
    elif form == "linebreak":
        s = f"{area}-\n{local}" if rng.random() < 0.5 else f"{area}-{local[:3]}\n{local[3:]}"
    elif form == "chinese":
        s = chinese_digits(area + local, rng)
    else:
        s = rng.choice((f"{area}-{local}", f"({area}){local}", f"（{area}）{local}", f"{area}{local}"))
    if ext:
        s += rng.choice(("转", "-", "转分机", " ext.")) + _digits(rng, rng.choice((3, 4)), True)
    return s


# --- ID card --------------------------------------------------------------------------

def new_id_card(rng: random.Random, region: str, fallback_region: str, birth: dt.date,
                male: bool, want_x: bool = False) -> str:
    """A valid 18-digit ID; region falls back to the city code if the district code did
    not exist in the birth year (stdnum checks that)."""
    for reg in (region, fallback_region):
        for _ in range(200):  # about 1 in 11 sequences gives check character X
            seq = rng.randint(0, 99) * 10 + rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
            body = f"{reg}{birth:%Y%m%d}{seq:03d}"
            number = body + ric.calc_check_digit(body + "0")
            if number.endswith("X") or not want_x:
                break
        if ric.is_valid(number):  # fails only if the district code postdates the birth year
            return number
    raise AssertionError("no valid ID card for region/birth")  # unreachable with geo.py codes


def id_card_typo(v: str, rng: random.Random) -> str:
    """Change one digit of the birth date or sequence so that the checksum no longer holds
    but the number still looks well formed (region and a real date kept)."""
    while True:
        i = rng.randint(10, 16)  # month, day or sequence digit
        bad = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1:]
        try:
            dt.date(int(bad[6:10]), int(bad[10:12]), int(bad[12:14]))
        except ValueError:
            continue
        if not ric.is_valid(bad):
            return bad


def id_card_15(v18: str) -> str:
    """The old 15-digit form: region, 2-digit year, month, day, sequence; no check digit."""
    return v18[:6] + v18[8:17]


def write_id_card(v: str, form: str, rng: random.Random) -> str:
    if form == "fullwidth":
        return fullwidth(v)
    if form == "spaced":
        return _group(v, (6, 8, 4), rng.choice((" ", " ")))
    if form == "dashed":
        return _group(v, (6, 8, 4), "-")
    if form == "linebreak":
        return _split(v, rng)
    if form == "lower_x":
        return v[:-1] + "x"
    return v


# --- bank card ------------------------------------------------------------------------

def new_bank_card(rng: random.Random) -> str:
    length = rng.choice((16, 19, 19))
    body = rng.choice(BANK_BINS) + _digits(rng, length - 7)
    return body + luhn.calc_check_digit(body)


def write_grouped(v: str, form: str, rng: random.Random, size: int = 4) -> str:
    """Bank cards and similar long numbers: groups of four, full-width or split."""
    if form == "spaced":
        return " ".join(v[i:i + size] for i in range(0, len(v), size))
    if form == "dashed":
        return "-".join(v[i:i + size] for i in range(0, len(v), size))
    if form == "fullwidth":
        return fullwidth(v)
    if form == "linebreak":
        return _split(v, rng)
    if form == "chinese":
        return chinese_digits(v, rng)
    return v


# --- USCC and permit numbers ------------------------------------------------------------

def new_uscc(rng: random.Random, region: str) -> str:
    """GB 32100: 9 1 (enterprise) or 9 2 (individual business), region, 9-char org code
    (its own GB 11714 check char included), check char."""
    kind = rng.choice(("91", "91", "91", "92", "93"))
    if rng.random() < 0.5:  # codes issued since 2015 start with MA and mix in letters
        org8 = "MA" + "".join(rng.choice(USCC_CHARS) for _ in range(6))
    else:
        org8 = _digits(rng, 8, first_nonzero=True)
    org = org8 + _org_check(org8)
    body = kind + region + org
    return body + uscc.calc_check_digit(body + "0")


def _org_check(org8: str) -> str:
    """GB 11714 organization code check character."""
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in org8]
    c = 11 - sum(w * x for w, x in zip(weights, vals)) % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def new_permit(uscc_value: str, rng: random.Random) -> str:
    """排污许可证编号: the holder's USCC + 3-digit serial + category letter. Never PII."""
    return uscc_value + f"{rng.randint(1, 3):03d}" + rng.choice("PQUVWXYZ")


# --- other identifiers ----------------------------------------------------------------

def new_qq(rng: random.Random) -> str:
    return _digits(rng, rng.choice((6, 8, 9, 9, 10, 10, 10)), first_nonzero=True)


def new_passport(rng: random.Random) -> str:
    return rng.choice("EG") + _digits(rng, 8)


def new_hk_macao_permit(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "C" + _digits(rng, 8)
    return "C" + rng.choice(PLATE_LETTERS) + _digits(rng, 7)


def new_plate(rng: random.Random, prefix: str) -> str:
    """Returns prefix + serial; new-energy plates (8 chars) are D/F + 5 digits or 5 digits + D/F."""
    r = rng.random()
    if r < 0.2:
        return prefix + rng.choice("DF") + _digits(rng, 5)
    if r < 0.3:
        return prefix + _digits(rng, 5) + rng.choice("DF")
    serial = [str(rng.randint(0, 9)) for _ in range(5)]
    for i in rng.sample(range(5), rng.choice((0, 1, 1, 2))):  # most plates have 0-2 letters
        serial[i] = rng.choice(PLATE_LETTERS)
    return prefix + "".join(serial)


def write_plate(v: str, form: str, rng: random.Random) -> str:
    if form == "dashed":
        return v[:2] + "·" + v[2:]
    if form == "spaced":
        return v[:2] + " " + v[2:]
    if form == "fullwidth":
        return v[0] + fullwidth(v[1:])
    return v


def new_ipv4(rng: random.Random) -> str:
    first = rng.choice((27, 36, 39, 42, 49, 58, 60, 61, 106, 110, 111, 112, 113, 114, 115,
                        116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 171, 175, 180,
                        182, 183, 202, 210, 211, 218, 219, 220, 221, 222, 223))
    return ".".join(str(x) for x in (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))


def new_ipv6(rng: random.Random) -> str:
    groups = ["240e", f"{rng.randint(0, 0xfff):x}"] + [f"{rng.randint(0, 0xffff):x}" for _ in range(6)]
    if rng.random() < 0.5:
        return ":".join(groups)
    return ":".join(groups[:3]) + "::" + ":".join(groups[6:])


def chinese_date(d: dt.date) -> str:
    """二〇二三年五月十二日 — as in formal letters and notices."""
    digits = "〇一二三四五六七八九"
    year = "".join(digits[int(c)] for c in str(d.year))
    return f"{year}年{_cn_num(d.month)}月{_cn_num(d.day)}日"


def _cn_num(n: int) -> str:
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
