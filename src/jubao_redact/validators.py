"""Checks that turn a regex match into a scored finding, by name.

A recognizer definition names its validator (``validator: cn_id_card``); the function gets
the matched characters (from the recognizer's text view) and the pattern's base score and
returns a :class:`Check` with the final score and the evidence, or ``None`` to drop the match.
Checksums come from python-stdnum. Following its rule, a failed check lowers the score but
rarely drops the match: a mistyped ID or card number still identifies the reporter.
"""

from __future__ import annotations

import datetime as _dt
import ipaddress
import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Callable

from stdnum import luhn, numdb
from stdnum.cn import ric, uscc


@dataclass(frozen=True)
class Check:
    score: float
    evidence: tuple[str, ...] = ()


Validator = Callable[[str, float], "Check | None"]
VALIDATORS: dict[str, Validator] = {}


def validator(func: Validator) -> Validator:
    """Register a validator under its function name (recognizer YAML refers to it by name)."""
    VALIDATORS[func.__name__] = func
    return func


def _clamp(score: float) -> float:
    return max(0.0, min(1.0, round(score, 4)))


_NOT_DIGIT_OR_X = re.compile(r"[^0-9Xx]+")


def digits_only(value: str) -> str:
    """The ASCII digits (and X, the ID check digit) of a match, separators dropped."""
    return _NOT_DIGIT_OR_X.sub("", value)


def _valid_date(yyyy: int, mm: int, dd: int) -> bool:
    try:
        born = _dt.date(yyyy, mm, dd)
    except ValueError:
        return False
    return _dt.date(1880, 1, 1) <= born <= _dt.date.today()


@lru_cache(maxsize=4096)
def _known_region(code6: str) -> bool:
    """Whether any county ever had this code (python-stdnum's cn/loc table, with history).

    Not tied to the birth year on purpose: ric.get_birth_place rejects people born before
    their county code was created, and that person still has this ID.
    """
    return any(props for _, props in numdb.get("cn/loc").info(code6))


@validator
def cn_id_card(value: str, base: float) -> Check | None:
    """GB 11643 citizen ID: check digit, birth date and region each add evidence.

    stdnum's ``is_valid`` rejects people born before their county code existed, so the
    three checks are scored separately instead.
    """
    number = digits_only(value).upper()
    evidence: list[str] = []
    score = base
    if len(number) == 18:
        if ric.calc_check_digit(number) == number[17]:  # it ignores the last digit given
            score += 0.35
            evidence.append("checksum:ok")
        else:
            evidence.append("checksum:failed")
        date_ok = _valid_date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    elif len(number) == 15 and number.isdigit():
        date_ok = _valid_date(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]))
    else:
        return None
    if date_ok:
        score += 0.15
        evidence.append("birth_date:ok")
    else:
        evidence.append("birth_date:invalid")
    if _known_region(number[:6]):
        score += 0.1
        evidence.append("region:known")
    else:
        evidence.append("region:unknown")
    return Check(_clamp(score), tuple(evidence))


def _shaped_like_id(number: str) -> bool:
    """18 (or the old 15) digits that start with a county code and a birth date: a citizen
    ID, even with a wrong check digit, rather than another number that happens to fit."""
    if len(number) not in (15, 18) or not number[:-1].isdigit() or not _known_region(number[:6]):
        return False
    if not (number[-1].isdigit() or (len(number) == 18 and number[-1] == "X")):
        return False  # an 18-digit ID may end in X (a mistyped one too: 37010019521104201X)
    if len(number) == 15:
        return _valid_date(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]))
    return _valid_date(int(number[6:10]), int(number[10:12]), int(number[12:14]))


@validator
def cn_mobile(value: str, base: float) -> Check | None:
    number = digits_only(value)
    if number.startswith("0086"):
        number = number[4:]
    elif number.startswith("86") and len(number) == 13:
        number = number[2:]
    if len(number) != 11 or number[0] != "1" or number[1] not in "3456789":
        return None
    return Check(_clamp(base), ("format:mobile",))


@validator
def bank_card(value: str, base: float) -> Check | None:
    """Luhn (ISO/IEC 7812) via stdnum; UnionPay's 62 prefix adds evidence."""
    number = digits_only(value)
    if not number.isdigit() or not 15 <= len(number) <= 19:
        return None
    evidence = []
    score = base
    if "\n" in value and not luhn.is_valid(number):
        return None  # across a line break only a Luhn-valid run is one number
    if luhn.is_valid(number):
        score += 0.3
        evidence.append("luhn:ok")
    else:
        score -= 0.15
        evidence.append("luhn:failed")
    if number.startswith("62"):
        score += 0.1
        evidence.append("bin:unionpay")
    if _shaped_like_id(number):  # 1 in 10 mistyped IDs passes Luhn
        score -= 0.3
        evidence.append("shape:id_card")
    return Check(_clamp(score), tuple(evidence))


_USCC_OCR = str.maketrans("OI", "01")


@validator
def cn_uscc(value: str, base: float) -> Check | None:
    """GB 32100 unified social credit code; a failed check digit lowers the score."""
    code = value.upper()
    if "O" in code or "I" in code:  # never in a code (GB 32100): OCR'd 0 and 1
        code = code.translate(_USCC_OCR)
    score, evidence = (base + 0.4, ["checksum:ok"]) if uscc.is_valid(code) else (base - 0.1, ["checksum:failed"])
    # 1 in 31 mistyped IDs passes the USCC check; a company's code has its region in
    # characters 3-8. Losing the overlap to the ID keeps the reporter's number from being
    # kept as the reported company's.
    if _shaped_like_id(code):
        score -= 0.4
        evidence.append("shape:id_card")
    return Check(_clamp(score), tuple(evidence))


@validator
def ip_address(value: str, base: float) -> Check | None:
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    if address.version == 6 and str(address) == "::":
        return None
    evidence = (f"ipv{address.version}",) + (("private",) if address.is_private else ())
    return Check(_clamp(base), evidence)


@validator
def cn_landline(value: str, base: float) -> Check | None:
    number = digits_only(value)
    if number.startswith("0086"):
        number = "0" + number[4:]
    elif number.startswith("86") and len(number) >= 11:
        number = "0" + number[2:]
    if number.startswith(("400", "800")):
        return None  # enterprise service numbers: never a private person's line
    if not 7 <= len(number) <= 17:
        return None
    return Check(_clamp(base), ("format:landline",))
