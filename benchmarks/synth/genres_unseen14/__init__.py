"""Fifteenth template family (``unseen14``), the thirteenth written blind: the same eight genres,
other documents.

    python -m benchmarks.bench_roles --family unseen14 --detect analyzer   # aggregate only
    python -m benchmarks.bench_roles --family unseen14 --half b --detect analyzer

Who, when, how
--------------
Written on 2026-12-04 (22:46-23:05 UTC) by a helper session (an AI engineer started by the
main session for this task alone, in the worktree ``/work/wt-u14``, branch ``unseen14``) that
had not seen the role rules. It did not open, read, grep or list anything under ``src/``,
``recognizers/``, ``docs/`` or ``training/``, nor the README, nor any test but
``tests/test_synth.py`` and ``tests/test_synth_blind.py``. Of the other families' genre
packages it read only the ``__init__.py`` docstrings (to avoid their documents) and, for the
API, ``genres_unseen13/common.py`` and ``genres_unseen13/hotline.py``. It read
``benchmarks/synth/{__init__, render, slots, model, cast, words, geo, numbers}.py``, the scorer
``benchmarks/bench_roles.py`` (labels, roles, policies), ``DESIGN.md`` and the diff of the
previous family's registration (7587f6f, the four registering files only).
``common.Unseen14Slots`` derives from the base ``slots.Slots`` only (nothing imported from
another family). It never ran the detector, the analyzer, the Redactor, the CLI,
``bench_roles``, ``bench_accuracy``, ``role_digest`` or ``bench_speed`` over these texts: only
the generator, to read its own output with the gold marked, and the two structural test files.
Faker 40.63.0. The family is measured in aggregate; ``bench_roles`` refuses ``--dump`` /
``--misses`` for it except for half a (``STILL_BLIND``, seed 20261214). Half a (``unseen14-a``,
layouts 0 and 2 of each genre) may be looked at later; half b (``unseen14-b``, layouts 1 and 3)
stays blind: once one of its failures is read it stops measuring anything.

What is in it (genre: layouts 0 | 1 | 2 | 3; even positions are half a, odd ones half b)
-----------------------------------------------------------------------------------------
- hotline: the IVR key-press (DTMF) log of an after-hours 12369 call (the caller's number; the
  callback number keyed digit by digit, sometimes a same-surname relative's; the ID keyed the
  same way with * for X, or # for anonymous; the voice message's transcript with the name and
  the village or compound) | a farmer's call about a neighbour's pig farm (the keeper, a natural
  person, has the caller's surname; the farm named after him at his house in the caller's
  village; his mobile; the village party secretary and her or his mobile; a relative who can
  witness) | a request to erase or mask the caller's data on a work order after the boss or
  the plant's staff came asking (the fields sent to the town listed: name, mobile, home, a
  household member's mobile, workplace; the town clerk who exported it, with mobile) | a
  worker who lives in the plant's own dormitory (home = the site's address + 厂区宿舍; 工号; the
  dormitory keeper's mobile; a room-mate by surname who will not be named, or one who joins in).
- letter: a farmer's letter about the plot that borders the plant (承包经营权证号, 亩, the 四至
  with the plant's wall as 东至 and a same-surname relative's plot as 西至; the village party
  secretary's mobile) | a temple's letter (the temple's committee as the complainant with its
  landline; the 住持 signs with the 法名 释X and gives the 俗名, mobile or WeChat; a lay helper
  who will not be named; the boss who once donated) | a postcard to the bureau's head (收 / 寄
  blocks with postcodes; the sender's home or compound and flat; a mobile in Chinese digits or
  full-width groups; workplace or QQ) | a 回避申请 (the writer's gender, ID, home, mobile, maybe
  workplace; the town cadre who is the boss's relative and rang the writer from his mobile).
- webform: the bureau's WeChat official-account back office, 消息 list (the user's nickname,
  the clerk's 备注名 with the surname or the full name, openid, tags; the user's messages with a
  mobile half in words and the village or flat; the account's replies signed by the clerk) |
  a map company's letter passing on an in-app report (location and coordinates; the user's
  nickname, masked bound mobile, bound plate; the full mobile and title when authorised; the
  company's liaison with mobile and e-mail) | a self-service kiosk complaint (the ID card read:
  name, spaced for two-character names, gender, ethnicity, home, ID; the mobile keyed; the
  ticket stub masking name and mobile; workplace) | a report filed from a child's account
  (the login mobile, real name, masked ID or passport and IP are the child's; the writer's own
  name, mobile or landline and home in the text).
- chat: an inspection team's group on the way, voice messages turned to text (the reporter's
  village or compound, surname, a mobile half in Chinese digits; the boss's mobile; the leader
  tells them to stop posting it) | a residents' group vote on a real-name joint report (the
  voters' nicknames: co-signers, one who wants to stay anonymous because a child works at the
  plant, one who works at the plant; the organiser's name, flat and mobile) | a family chat
  with a child abroad in English, pinyin and Chinese (Dad/Mom, a draft signed Mr./Ms. + pinyin
  surname, both e-mails, the home, the flat) | the 新的朋友 list after a report (requests from the
  boss, his nephew at the plant and a town clerk, found by the mobile; the reporter's message
  to the officer with the mobile, the boss's WeChat and mobile; the officer names the
  reporter and the clerk's mobile).
- transfer: a 河长制 交办单 (town and village river chiefs with mobiles; the reporter who lives on
  the bank) | a leak check of a forwarded file with the OA read log (the town clerk forwarded
  it to the plant's 安环 officer's account: his name, mobile and IP; the file's fields) | a
  协助停止供电函 to the power company (the plant's USCC and site, the power account number; the
  clue source as X某 with a phone tail, compound or mobile; the company's liaison, landline) |
  a page of the 收发文登记簿 (a file title 关于<reporter's name>反映…, another with the
  compound + title or the flat; a third party's disclosure request; the signers; a note on the
  ID copy and mobile kept apart).
- notice (publish): a court's 限制消费令 (the reporter as 申请执行人 with gender, age, home; the
  plant as 被执行人 with USCC and address; its legal representative with a masked ID; the
  judge) | a 查封（扣押）决定书 (the plant, USCC, legal representative; a witness, third party;
  the officers with 执法证号) | a town's public apology to X某 for a leak (the cadre punished,
  the compound the boss went to, the delivery address) | the plant's 环境信息依法披露 report
  (USCC, address, legal representative, environmental officer's mobile, phone, website; the
  public complaints naming complainants as X某 of a compound, title, full name or flat).
- reward: a reward in two instalments with two bank return slips (ID, passport with the ID's
  last six, or HK-Macao permit; the bureau's account; the reporter's card, the second
  instalment masked or to a new card at a bank branch) | a postal money order (the payee's
  home, phone; the post office; a household member who collects, masked IDs) | 碳普惠 app
  points (user ID = mobile, nickname, masked name; other rewarded users masked; the first
  user's real name and masked ID) | a clawback notice (one clue rewarded twice, the second time
  under a same-surname relative's name to the relative's card; the bureau's account; the
  reporter's ID, home, mobile).
- census: a home workshop (the 字号, its 92… code, the keeper's name, gender, ID, mobile; the
  site is the keeper's house; a family member's mobile; a public institution nearby; census
  taker and supervisor) | a census taker's handheld check-in log (the taker's ID and mobile;
  units with address, coordinates, respondent and mobile) | a notice opening the unit's online
  reporting account (login = the contact's mobile; initial password; USCC; the head) | a lease
  excerpt (the landlord, a natural person, with ID, mobile and home; the plant as tenant with
  USCC, legal representative and phone; the premises).

Labelling decisions
-------------------
- Slots added in ``common.Unseen14Slots``: ``K`` a same-surname relative (the callback number's
  owner, the neighbouring plot, the child abroad, the account holder, the relative paid twice)
  and ``J`` a co-reporter (room-mate who joins, the temple's 知客, a second complainant):
  reporter; ``E`` the plant's staff (dormitory keeper, 安环 officer, the boss's nephew, the
  member who works at the plant, the family member of a home workshop) and ``F`` a natural
  person reported or censused (the pig farmer, the workshop keeper, the landlord): subject;
  ``Y`` a bystander (the room-mate who will not be named, the 居士, the voter who wants to stay
  anonymous, a witness at a seal-up, the map company's and the power company's liaisons) and
  ``L`` the village party secretary: third party; ``D`` / ``G`` further officials (river
  chiefs, judge, town clerk, census taker and supervisor). Organisations ``U`` (third party: the
  map company, the power company, a bank branch, the post office) and ``Q`` (reporter: the
  temple that complains, with its landline).
- A monk's 法名 is a PERSON span of the reporter like his 俗名. The reporter's home in the
  plant's dormitory is CN_ADDRESS ``reporter`` though it contains the site's address. The
  plant's wall as a plot's boundary is CN_ADDRESS ``subject`` (``partial``). The pig farm of a
  natural person is ORGANIZATION ``subject`` and its place CN_ADDRESS ``subject``.
- The account holder whose login the reporter used (a child) is reporter: login mobile, real
  name, masked ID, passport, IP. Other users rewarded in the same points list are reporters.
- A town cadre who leaked or who should stand aside stays ``official`` (name, mobile, WeChat
  nickname); the plant's officer who opened the leaked file is ``subject`` (his IP too).
- Forms: digits keyed on a phone pad, one by one with spaces (an ID with * for X), are
  ``spaced``; a mobile half in Chinese digits is ``chinese``; full-width in groups is
  ``fullwidth``; Mr./Ms. + pinyin surname, masked values, 某-forms, titles and tails are
  ``partial``.
- Never-items: 执法证号, document, court and work-order numbers, queue and terminal tickets,
  transaction serials, 承包经营权证号, power account numbers, money-order numbers, postcodes,
  工号, census object codes, initial passwords, coordinates, 亩, herd sizes, points, amounts,
  periods, time stamps.

What differs from the other families
------------------------------------
Documents they do not have: IVR key-press logs, calls about a neighbour's pig farm, data-erasure
requests, calls from a plant dormitory; letters about a plot bordering the plant, a temple's
letter, postcards, recusal requests; official-account back-office message lists, a map
company's hand-over, self-service kiosk tickets, reports from a relative's account; an
inspection team's voice-to-text group, a residents' vote, a family chat with a child abroad,
friend-request lists; 河长制 交办单, OA read logs of a leak, power-cut requests, 收发文登记簿
pages; 限制消费令, 查封决定书, a town's apology, 环境信息依法披露 reports; two-instalment rewards,
postal money orders, 碳普惠 points, clawback notices; home-workshop census forms, taker check-in
logs, online-account notices, leases of a census object's premises.
"""

from __future__ import annotations

import importlib

GENRES = ("hotline", "letter", "webform", "chat", "transfer", "notice", "reward", "census")


def builder_for(genre: str):
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r}; known: {', '.join(GENRES)}")
    return importlib.import_module(f"{__name__}.{genre}").build
