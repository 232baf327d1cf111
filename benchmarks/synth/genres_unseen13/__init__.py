"""Fourteenth template family (``unseen13``), the twelfth written blind: the same eight genres,
other documents.

    python -m benchmarks.bench_roles --family unseen13 --detect analyzer   # aggregate only
    python -m benchmarks.bench_roles --family unseen13 --half b --detect analyzer

Who, when, how
--------------
Written on 2026-12-04 (21:35-21:55 UTC) by a helper session (an AI engineer started by the
main session for this task alone, in the worktree ``/work/wt-u13``, branch ``unseen13``) that
had not seen the role rules. It did not open, read, grep or list anything under ``src/``,
``recognizers/``, ``docs/`` or ``training/``, nor the README, nor any test but
``tests/test_synth.py`` and ``tests/test_synth_blind.py``. Of the other families' genre
packages it read only the ``__init__.py`` docstrings (to avoid their documents) and, for the
API, ``genres_unseen12/common.py`` and ``genres_unseen12/hotline.py``. It read
``benchmarks/synth/{__init__, render, slots, model, cast, words, geo, numbers}.py``, the scorer
``benchmarks/bench_roles.py`` (labels, roles, policies) and ``DESIGN.md``.
``common.Unseen13Slots`` derives from the base ``slots.Slots`` only (nothing imported from
another family). It never ran the detector, the analyzer, the Redactor, the CLI,
``bench_roles``, ``bench_accuracy``, ``role_digest`` or ``bench_speed`` over these texts: only
the generator, to read its own output with the gold marked, and the two structural test files.
Faker 40.63.0. The family is measured in aggregate; ``bench_roles`` refuses ``--dump`` /
``--misses`` for it except for half a (``STILL_BLIND``, seed 20261213). Half a (``unseen13-a``,
layouts 0 and 2 of each genre) may be looked at later; half b (``unseen13-b``, layouts 1 and 3)
stays blind: once one of its failures is read it stops measuring anything.

What is in it (genre: layouts 0 | 1 | 2 | 3; even positions are half a, odd ones half b)
-----------------------------------------------------------------------------------------
- hotline: the agent-assist system's 智能小结 card of a 12369 call (主叫号码, a caller profile
  with gender and age, auto-extracted 人物 / 机构 / 地点 / 号码 with the caller, a same-surname
  relative as backup contact and the boss, sentiment, the suggested dispatch with a confidence)
  | a call from a minority shareholder of the plant (小股东: the boss has the caller's surname, a
  cousin; the caller lives a few numbers down the site's road or in the site's village; the
  boss's personal mobile; the caller's ID "is in the shareholder register"; another shareholder
  who will not be named) | a ride-hailing driver's night call as a dialogue (his fleet company as
  workplace, his car's plate, the passenger's surname and phone tail, the driver's surname then
  full name and mobile) | a 撤诉 check record: someone using the reporter's name asks to withdraw
  from the boss's personal mobile (registered as the plant's contact); the agent calls the
  original number back and the reporter denies it.
- letter: a village school's letter on its letterhead, written by the principal for pupils who
  fell ill (the school and its landline as the complainant; pupils with class and age; a parent
  with mobile; the clinic) | a mother's letter with her child's 门诊病历摘要 copied in (the clinic
  a public institution, the doctor a third party, the child a same-surname relative with gender
  and age; the 门诊号) | a page of the bureau's 群众来访登记簿 (3-5 visitors in rows, each with name,
  gender, home, phone and their own matter; a relative visiting for the reporter in a 3-1 row;
  receivers) | a neighbouring enterprise's complaint letter (its name, USCC and landline, the
  office manager who writes, with mobile or e-mail; the plant, its boss's mobile; the losses).
- webform: an online 建设项目环境影响评价公众意见表 (the commenter's name, ID or passport or
  HK-Macao permit, mobile or e-mail, usual residence, 不同意公开; the builder (the plant) with its
  contact's mobile and site; the EIA consultancy and its engineer; the client IP) | a report
  filed from a government app with a legal-person login (the login is the reporter's own
  business's USCC, the business's name, the legal person's name and mobile; the plant and its
  USCC) | an "anonymous" web report whose Word attachment keeps its document properties (the file
  name 举报材料-<name>.docx, 作者, 单位, 最后保存者 a household member; the last paragraph with the
  home or compound) | a form about a natural person next door (the neighbour's name, mobile and
  house in the reporter's village or compound; the reporter's full-width spaced mobile; IP).
- chat: the comments and 弹幕 of a B站 video the reporter uploaded (uploader nickname, UID and
  space link; a commenter who names the compound and 某先生; the uploader's reply; the plant's and
  the bureau's accounts; an @-mention) | the radio traffic of a night inspection (inspectors by
  name with call signs; the reporter waiting at a crossing, mobile read out as 幺两拐洞 digits in
  groups, surname alone; the guard by surname; the boss's mobile; an inspector's mobile; an
  执法证号) | an anglers' WeChat group finding dead fish (anglers by nickname; the reporter pastes
  the bureau's SMS receipt that names him; a member who filmed it but will not be named; a
  fish-farm owner with surname and mobile; the reporter's compound) | a private chat with a
  brother-in-law (or sister-in-law) who works at the plant (he warns that the boss is looking for
  someone from the compound / with the surname / with the phone tail; the boss's personal mobile;
  the relative's own name; the reporter's forwarding note with name and mobile).
- transfer: an 执法任务派遣单 (inspectors with 执法证号 and mobiles, the leader and the duty mobile;
  the reporter who shows the way, with mobile and meeting point) | a letter forwarding the
  complaint to the plant's parent group for self-investigation (the group and its 安环部 contact
  with mobile; the original letter copied below, by an employee of the plant: workshop, name,
  mobile, ID) | a town's draft reply in tracked-changes form ([删除：name (mobile)] [插入：群众],
  the reporter's title, comments by two officials with time stamps, a masked ID or the boss's
  mobile) | a 人大代表联络站 群众意见转办单 (the deputy who received the constituent and the
  deputy's mobile; the constituent's name, gender, home and mobile; a neighbour who came along
  with flat and mobile; the station's clerk).
- notice (publish): an administrative judgment in which the reporter sued the bureau for not
  acting (原告 with gender, age, home; the bureau as 被告 with its address, its deputy director
  and officer; the plant as 第三人 with address, USCC, legal representative; the judge) | the
  plant's apology to residents (thanks to 某先生/女士 of a compound, the boss's personal mobile,
  the plant's phone and website) | a village-affairs board listing compensation paid by the plant
  (4-7 households with ID's last six and amounts; the reporter's household marked 最早向上反映 with
  an extra reward; the village committee and its phone) | a police 警情通报 about revenge on a
  reporter (the reporter as 某 with gender and age; the boss and an accomplice as 某某 with gender
  and age; the police branch, the bureau).
- reward: a reward paid as a digital-RMB red packet (the receiving mobile, the wallet's masked
  display name, ID or passport or HK-Macao permit checked; the bureau's account; transaction
  number) | the sign-in sheet of a reward ceremony (the reporter with workplace and mobile, a
  household member who came along, other awardees with compound and mobile, a journalist and
  the newspaper, the officials on stage) | an agreement between two co-reporters splitting one
  reward (IDs, mobiles, homes in one compound, both cards; a witness; the receiving officer) |
  the public vote page of a 最美举报人 selection (one candidate in real name with the compound or
  workplace, others by pseudonym 某某 / 某女士; a comment that names the flat).
- census: a GeoJSON export of census objects (two features: the plant and a petrol station,
  each with name, USCC, address, contact and mobile; coordinates; the census taker and reviewer)
  | a census form for a hospital as the census object (the hospital, its USCC, address,
  president, contact and landline are subject here; beds) | a census form for a petrol station
  run by an individual (operator's name, ID, mobile; a relative who manages it; its 92- USCC and
  roadside address; tanks; census taker with mobile) | a 停产情况说明 signed by the plant's head
  (name, ID, mobile) and certified by the village committee (public), checked by the taker.

Labelling decisions
-------------------
- Slots added in ``common.Unseen13Slots``: ``J`` a co-reporter and ``K`` a same-surname relative
  (reporter: backup contact, the child in the clinic record, a relative visiting for them), ``E``
  the plant's staff (guard, 安环 contact, the parent group's contact, the hospital's contact, an
  accomplice) and ``F`` a natural person reported (the neighbour, the petrol-station operator):
  subject; ``Y`` a bystander (passenger, other shareholder, angler, brother-in-law at the plant,
  witness, commenter) and ``L`` an intermediary (the people's deputy, the doctor, the EIA
  engineer, the fish-farm owner, the journalist): third party; ``D`` / ``G`` further officials
  (section chief, judge, inspectors, census taker and reviewer, the deputy station's clerk).
  Organisations ``U`` (third party: EIA consultancy, fish farm, newspaper), ``Q`` (reporter: a
  school or a neighbouring firm that complains, with its USCC and landline) and ``C`` (public:
  the village committee).
- The school that writes and the neighbouring firm that writes are ORGANIZATION ``reporter``;
  the reporter's own business in a legal-person login is CN_WORKPLACE ``reporter`` and its USCC
  CN_USCC ``reporter``; a ride-hailing fleet company is the driver's CN_WORKPLACE. The plant's
  parent group is ORGANIZATION ``subject``; a hospital that is a census object is ``subject``,
  a clinic in a letter is ``public``. The 人大代表联络站 is ``official``, the deputy ``third_party``.
- An EIA commenter is the reporter (the writer of an objection). Pupils a principal writes for
  and visitors in a reception register are reporters; households paid compensation are third
  parties, but the household that reported is the reporter's.
- The boss's mobile used to impersonate the reporter stays CN_MOBILE ``subject``; the reporter's
  name said by the impostor stays PERSON ``reporter``. Deleted text in tracked changes keeps its
  spans (the reporter's name, mobile, title).
- Forms: a mobile read over a radio in spoken digits (幺/两/拐/洞) with pauses is ``chinese``; a
  full-width mobile in groups is ``fullwidth``; a wallet's display name 张* and IDs with stars
  are ``partial``; a B站 UID is CN_SOCIAL_ACCOUNT, the space link URL; the name inside an
  attachment's file name is a PERSON span.
- Never-items: 执法证号 (kind ``case_number``), clue, document, court and police numbers, 门诊号,
  transaction numbers, census object codes, time stamps, video times of 弹幕, coordinates,
  confidence percentages, votes, beds, tank volumes, amounts, periods.

What differs from the other families
------------------------------------
Documents they do not have: agent-assist summary cards, calls from a shareholder of the plant,
ride-hailing drivers' calls, impersonated withdrawal checks; school letterheads written by a
principal, letters with a clinic record copied in, reception register pages, neighbouring
firms' letters; online EIA opinion forms, legal-person logins, attachments with document
properties, forms about a neighbour; B站 comments and 弹幕, radio traffic of a night inspection,
anglers' groups, chats with an in-law at the plant; enforcement dispatch sheets, transfers to the
plant's parent group, tracked-changes drafts, deputies' liaison-station forms; administrative
judgments with the reporter as plaintiff, the plant's apology, village-affairs compensation
boards, police bulletins on revenge; digital-RMB red packets, ceremony sign-in sheets, split
agreements, public votes; census GeoJSON exports, hospitals and petrol stations as census
objects, certified shutdown statements.
"""

from __future__ import annotations

import importlib

GENRES = ("hotline", "letter", "webform", "chat", "transfer", "notice", "reward", "census")


def builder_for(genre: str):
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r}; known: {', '.join(GENRES)}")
    return importlib.import_module(f"{__name__}.{genre}").build
