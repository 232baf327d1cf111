"""Eleventh template family (``unseen10``), the ninth written blind: the same eight genres,
other documents.

    python -m benchmarks.bench_roles --family unseen10 --detect analyzer   # aggregate only
    python -m benchmarks.bench_roles --family unseen10 --half b --detect analyzer

Who, when, how
--------------
Written on 2026-12-04 (01:08-01:27 UTC) by a helper session (an AI engineer started by the
main session for this task alone, in the worktree ``/work/wt-u10``, branch ``unseen10``) that
had not seen the role rules. It did not open, read, grep or list anything under ``src/``,
``recognizers/``, ``docs/`` or ``training/``, nor the README, nor any test but
``tests/test_synth.py`` and ``tests/test_synth_blind.py``. Of the other families' genre
packages it read only the ``__init__.py`` docstrings (to avoid their documents) and, for the
API, ``genres_unseen9/common.py`` and ``genres_unseen9/hotline.py``. It read
``benchmarks/synth/{__init__, render, slots, model, cast, words, geo, numbers}.py``, the scorer
``benchmarks/bench_roles.py`` (labels, roles, policies) and ``DESIGN.md``.
``common.Unseen10Slots`` derives from the base ``slots.Slots`` only (nothing imported from
another family). It never ran the detector, the analyzer, the Redactor, the CLI,
``bench_roles`` or ``bench_accuracy`` over these texts: only the generator, to read its own
output with the gold marked, and the two structural test files. Faker 40.63.0.
The family is measured in aggregate; ``bench_roles`` refuses ``--dump`` / ``--misses`` for it
except for half a (``STILL_BLIND``, seed 20261210). Half a (``unseen10-a``, layouts 0 and 2 of
each genre) may be looked at later; half b (``unseen10-b``, layouts 1 and 3) stays blind: once
one of its failures is read it stops measuring anything.

What is in it (genre: layouts 0 | 1 | 2 | 3; even positions are half a, odd ones half b)
-----------------------------------------------------------------------------------------
- hotline: a 12345 merged-hotline work order exported from the government platform with its
  flow (派单; a town's 退单 whose reason names the caller's flat or compound; 改派 to the
  bureau; the callback by title or 某-form and phone tail) | a frequent-caller register of the
  12369 desk (the reporter's mobile and name with a call count; the plant's landline calling to
  ask who reported, under the boss's or an employee's name; an unrelated third caller) | a call
  made from a village shop's landline (the shop and its keeper are third parties; the caller
  gives their own mobile and home) | an identity check before a follow-up (last six digits of
  the ID, an HK-Macao permit or a passport number; the old ticket; a relative to receive the
  reply, or the caller's new workplace).
- letter: a handwritten petition transcribed by the registry keeping the corrections (a
  struck-out mobile, one digit wrong, then the right one; illegible words; thumbprints; a
  co-signer from the same compound with flat and mobile) | a tenant's letter (the rented room
  as home; the landlord named with his mobile, a third party; the writer's workplace; e-mail,
  WeChat or QQ) | a beekeeper's letter (the apiary 张氏养蜂场 as workplace, the writer's
  home, the hives downwind of the plant; a fellow beekeeper with mobile; ID, mobile and a
  further contact) | the bureau's 意见征询回执
  returned with ticks and a handwritten remark (flat, the phone again, the workplace's
  gatehouse as postal address, or QQ).
- webform: a WeChat mini-program submission with its raw JSON payload (openid as CN_WECHAT,
  nickname, phone, optional real name, coordinates and the located address, the target's name
  and USCC, the client IP) | a photo upload with EXIF (device name 张伟的iPhone: the name a
  PERSON span; GPS; shot time) and the form fields | a CSV export of a reward-clue campaign
  (three submitters about the same plant, all reporters: full, compound only, 某-form) | a form
  keyed in by a grid worker for an elderly resident (the grid worker's own mobile, official;
  the resident's demographics, ID, home; a relative's mobile as the contact).
- chat: a villagers' WeChat group with voice-to-text messages and a recalled message (the
  recall notice names the reporter's nickname; a third party's quoted reply keeps the recalled
  mobile; a plant employee asking who led it for the boss) | a private WeChat chat with an
  enforcement officer (the officer's WeChat ID and mobile, official; a location pin of the
  compound; the reporter's name, mobile and flat) | a class's parents' group (the school a
  public institution; the class teacher and other parents third parties; the reporter a parent
  by nickname and surname who gives the workplace's phone) | a consultation with a lawyer (the
  lawyer, their WeChat and firm third parties; the reporter's ID, home, mobile, a video link;
  the plant, legal representative and USCC).
- transfer: a joint-enforcement hand-over from the bureau to the 城管 bureau or a police
  station (clue source with the reporter's name and mobile; the plant and its boss; receiving
  officer and duty phone, official) | a clue sent to the district 纪委监委: the reporter
  accuses a town official of tipping the plant off, so that official (name, mobile) is the
  subject of the clue; the reporter's data under 线索来源 | a 不予受理告知书 to the reporter
  (their name as addressee, the delivery address and phone; the matter belongs to the 城管) |
  an interface record between the 12369 and 12345 systems (field mappings echoing the
  reporter's name, mobile, home; an unmapped ID in an error line).
- notice (publish): a 行政处罚决定书 posted online (the plant with USCC, address, legal
  representative; the case source naming the reporter as 某-form of a compound or in full) | a
  credit-repair publicity notice (the plant's USCC and address; the complaint from residents
  of the reporter's compound; the plant's contact with mobile; the bureau's site) | the public
  table of a central environmental inspection's cases (the problem as a compound's or a
  flat's residents put it; findings with the boss; a second case answered to 某-form) | the
  summary of a director's reception day (来访人 X某 of a compound with a neighbour, both
  reporters; the boss present; the director and the officer).
- reward: a reward payment by bank transfer (收款人 table: bank branch a third party, the
  reporter's card, ID or passport or HK-Macao permit, mobile; the bureau's paying account; a
  first transfer returned because the card is the spouse's, re-paid to the spouse's card, both
  reporter) | an insider's double-reward application (the plant stays subject; post, the
  workshop head as subject, a co-worker as third party) | a 不予奖励告知书 (addressee,
  delivery address, phone) | a reward panel's scoring sheet (clue numbers, two reporters as
  X某 with phone tails, experts from a university as third parties, the chair official).
- census: a 清查底册 check table (units with USCC, address, contact and mobile, a closed
  branch with its own contact, all subject; 普查员 and 复核员) | a census taker's ID
  application (the taker's ID and mobile are official) | a site-visit photo log (photo numbers,
  who shot, the nameplate with the address, the unit's escort with mobile; sometimes a note
  that the unit was reported by residents of a compound) | a letter to the unit with a signed
  return slip (head, contact, the unit's phone; the guidance officer's mobile).

Labelling decisions
-------------------
- Slots added in ``common.Unseen10Slots``: ``J`` a co-reporter, ``K`` a relative acting for the
  reporter (reporter), ``E`` the plant's staff (subject), ``F`` an official accused of shielding
  the plant (subject: in that clue they are the reported party), ``Y`` a bystander, ``Q`` an
  outsider with a job, ``U`` organisations outside the complaint (third party), ``D`` / ``G``
  further officials, ``X`` / ``V`` persons bound per row.
- The shop's landline a caller borrowed is the shopkeeper's (third party), not the reporter's.
- A spouse's bank card used for the reporter's reward is reporter (a household member).
- The EXIF device name 张伟的iPhone: the name is PERSON reporter; a mini-program openid is
  CN_WECHAT reporter; coordinates are never-items (quantity).
- A struck-out mistyped mobile of the reporter is CN_MOBILE reporter, form ``typo``.
- A census taker's ID card and mobile are official; the unit's contacts are subject.
- Never-items: work-order numbers (GD…), clue numbers (XS-…), census codes, document numbers,
  time stamps, photo names (IMG_…), call counts, scores, coordinates, amounts, periods.

What differs from the other families
------------------------------------
Documents they do not have: 12345 orders with 退单/改派, frequent-caller registers, calls from
a shop's phone, identity checks before follow-ups; transcribed handwritten petitions with
corrections, tenants' letters, beekeepers' letters, returned 意见征询回执; mini-program JSON
payloads, EXIF photo metadata, reward-clue CSV exports, grid-worker keyed forms; villagers'
groups with recalled messages, private chats with an enforcement officer, parents' groups,
lawyer consultations; joint-enforcement hand-overs to 城管 / police, clues to the 纪委监委,
不予受理告知书, 12369↔12345 interface records; posted penalty decisions naming the source,
credit-repair notices, central-inspection case tables, reception-day summaries; bank-transfer
payee tables with a returned transfer, insider double-reward applications, 不予奖励告知书,
panel scoring sheets; 清查底册 check tables, census-taker ID applications, photo logs, letters
to units with return slips.
"""

from __future__ import annotations

import importlib

GENRES = ("hotline", "letter", "webform", "chat", "transfer", "notice", "reward", "census")


def builder_for(genre: str):
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r}; known: {', '.join(GENRES)}")
    return importlib.import_module(f"{__name__}.{genre}").build
