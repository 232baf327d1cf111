"""Thirteenth template family (``unseen12``), the eleventh written blind: the same eight genres,
other documents.

    python -m benchmarks.bench_roles --family unseen12 --detect analyzer   # aggregate only
    python -m benchmarks.bench_roles --family unseen12 --half b --detect analyzer

Who, when, how
--------------
Written on 2026-12-04 (04:49-05:09 UTC) by a helper session (an AI engineer started by the
main session for this task alone, in the worktree ``/work/wt-u12``, branch ``unseen12``) that
had not seen the role rules. It did not open, read, grep or list anything under ``src/``,
``recognizers/``, ``docs/`` or ``training/``, nor the README, nor any test but
``tests/test_synth.py`` and ``tests/test_synth_blind.py``. Of the other families' genre
packages it read only the ``__init__.py`` docstrings (to avoid their documents) and, for the
API, ``genres_unseen11/common.py`` and ``genres_unseen11/hotline.py``. It read
``benchmarks/synth/{__init__, render, slots, model, cast, words, geo, numbers}.py``, the scorer
``benchmarks/bench_roles.py`` (labels, roles, policies) and ``DESIGN.md``.
``common.Unseen12Slots`` derives from the base ``slots.Slots`` only (nothing imported from
another family). It never ran the detector, the analyzer, the Redactor, the CLI,
``bench_roles``, ``bench_accuracy`` or ``role_digest`` over these texts: only the generator, to
read its own output with the gold marked, and the two structural test files. Faker 40.63.0.
The family is measured in aggregate; ``bench_roles`` refuses ``--dump`` / ``--misses`` for it
except for half a (``STILL_BLIND``, seed 20261212). Half a (``unseen12-a``, layouts 0 and 2 of
each genre) may be looked at later; half b (``unseen12-b``, layouts 1 and 3) stays blind: once
one of its failures is read it stops measuring anything.

What is in it (genre: layouts 0 | 1 | 2 | 3; even positions are half a, odd ones half b)
-----------------------------------------------------------------------------------------
- hotline: a 12345 work order exported as one long line of ``key=value;`` pairs (来电号码,
  来电人, 联系电话, 诉求地址, optional gender, age, 备用电话, workplace, ID, WeChat; the plant
  and its site; 回访号码) | a call from a former employee of the plant (离职员工: the plant as
  former employer stays subject, their new workplace, a staff number, the 车间主任 and the
  环保专员 with mobiles, the boss; a colleague still inside by surname; a labour arbitration
  number) | a 12369 call about an individual business (a car wash or a restaurant: the 字号,
  the owner a natural person with mobile, the shop's 门面房 address; the caller upstairs; a
  neighbour who will not come forward) | a 工单信息更正申请: the agent had typed the caller's
  name and mobile into the 被反映对象 fields and the caller's home as 事发地址 (old and new
  values side by side; the boss learnt the phone tail from the town).
- letter: a handwritten letter photographed and typed by a clerk with ``[字迹不清]`` marks (the
  signature with an illegible character, the mobile with one digit as ? / □ / ■, the full
  mobile and name from the envelope in the clerk's check) | a 联名投诉书 with a signature table
  of 8 to 20 residents (name, flat, mobile, last six of the ID, 按手印) | a letter of a village
  committee (村民委员会, a public body) for villagers it names (the villagers' names, houses,
  mobiles; the committee's chairman and landline) | a nursing-home director's letter (the
  敬老院 / 颐养院 as the writer's workplace and landline; elderly residents with ages who fell
  ill; a relative's mobile).
- webform: a report through Alipay's 城市服务 (the Alipay login is the reporter's mobile or
  e-mail, the real name and ID masked by Alipay, the mobile whole; device IP) | the platform's
  account profile behind a report (login, nickname, real-name data, bound mobile and mail,
  birth year, 常用地址 home and workplace, IPv4 and IPv6 logins) | an entry of a foreign-invested
  plant's internal ethics portal (SpeakUp) forwarded by an employee: English and Chinese, the
  plant's English name, Mr./Ms. + pinyin or the surname in characters beside the Chinese
  names, the EHS manager's mail, the employee's private mail and mobile | the back office's
  view of a reporter account with its history (past reports against other enterprises, the
  registered mobile, real name, ID, IP; a risk note).
- chat: a Baidu Tieba thread (floors, IP属地 lines, levels; the poster's user name; a neighbour
  who names the compound; a plant employee's account asking whether the poster lives in a
  flat or bears a surname; the bureau's account; the grid worker) | a WeChat group of the
  plant's former workers (the reporter by nickname then name, mobile and new workplace; a
  former colleague who joins and signs; one still inside who stays out; the workshop head, the
  environmental officer's mobile, the boss's mobile) | the bureau's 企业微信 liaison group with
  the plant (the boss asks who reported; a second officer lets slip the compound, the flat or
  the surname and is told off; the environmental officer's mobile, the gate phone) | a 大众点评
  review thread of an individual business (the listing's address and the owner's mobile; the
  reviewer's nickname; the owner's reply naming the reviewer's flat; the reviewer's name and
  mobile; a journalist of a local paper with nickname and mobile).
- transfer: a body-camera (执法记录仪) transcript of a site visit (the reporter guides the
  officers, the officer checks the mobile aloud, the workshop head greets the reporter as 老X,
  the reporter walks off towards the compound) | a 立案审批表 (案件来源 with the reporter's name,
  mobile, home; the plant with USCC, legal representative's mobile, site; two 承办人; an 附 line
  with the ID) | a 信访事项登记、受理、转送单 (the petitioner's gender, ID, mobile, address; the
  受理 SMS quoted with its 接收号码, sometimes re-sent to a relative's mobile; the town it is sent
  to) | a 错寄情况报告: the reply to the reporter was mailed to the plant's address, signed for
  by its receptionist (the courier, the waybill; the exposed mobile, home, workplace; the boss
  asked to hand it back).
- notice (publish): an 环境民事公益诉讼 judgment excerpt (an NGO as plaintiff with its address
  and legal representative, the procuratorate supporting, the plant with USCC and legal
  representative, its lawyer and law firm, the reporter as 证人 X某 with the compound, a
  forensic institute and its appraiser, judges) | the bureau's annual 信访工作报告 whose cases
  speak of 群众, one slipping (a retired teacher by surname of a compound, or a compound and a
  flat) and one naming an individual business's owner | a 双随机抽查结果公示 table (enterprises,
  USCC, legal representative, an individual business with the owner's name masked; a note on
  the row added after a report: X某 and phone tail, or a compound) | a 听证公告 (the plant, its
  legal representative, its lawyer and firm; the reporter as 利害关系人 with masked ID and
  compound; a co-reporter with a flat; the hearing's officers).
- reward: a reward notice whose winner is an organisation that reported (an NGO or an owners'
  committee: its account and contact person with mobile; an individual co-reporter masked with
  a phone tail) | the review of a former employee's reward application (ID, mobile, card, the
  former post and staff number, the new workplace, the labour arbitration number, the workshop
  head calling it spite) | a reward paid out through the village committee (the bureau's
  paying account, the committee's account, public; villagers who reported sign with ID and
  mobile; the village accountant; a town official watching) | the boss's 异议 against the
  published reward naming the former employee he believes reported (name, home, mobile or
  workplace), and the bureau's answer.
- census: a 固定污染源排污登记回执 (登记编号; either the plant with USCC, legal representative,
  site and 环保负责人 with mobile, or an individual business with the owner's ID and mobile; the
  census taker's mobile) | a census-roll against complaint-clue cross-check (units with codes,
  contacts and mobiles; the clue column naming a reporter as X某, a compound or a masked
  mobile; an unregistered unit) | a census form filled in English by a foreign-invested plant
  (English and Chinese names, USCC, the legal representative as Mr./Ms. + pinyin, the EHS
  manager's mobile and mail, website, phone) | the plant's gatehouse visitor book copied for
  the census office (census takers with ID and mobile, official; the escort, the guard and the
  gate phone, subject; a delivery man, third party).

Labelling decisions
-------------------
- Slots added in ``common.Unseen12Slots``: ``J`` a co-reporter and ``K`` a relative (reporter),
  ``E`` the workshop head (also the plant's receptionist or guard in one document) and ``M`` the
  environmental officer (subject), ``F`` the owner of an individual business (subject), ``Y`` a
  bystander, ``L`` a lawyer / journalist / NGO's representative and ``V`` a village cadre
  (third party), ``D`` a second official and ``G`` the grid worker or census taker (official);
  organisations ``U`` (third party: law firm, newspaper, courier, forensic institute, NGO as
  plaintiff), ``Q`` (reporter: an NGO or owners' committee that reported and is rewarded) and
  ``C`` (public: the village committee).
- A village committee writing for its villagers is a public body (ORGANIZATION and landline
  ``public``); its chairman and the village accountant are third parties; the villagers it
  names are reporters. (Earlier families labelled such a committee reporter; this one does
  not.) The committee's account that receives the reward is ``public``.
- An NGO or owners' committee rewarded as the reporter is ORGANIZATION ``reporter`` with its
  account and contact person; the NGO that sues as plaintiff in a public-interest case is
  ``third_party`` (with its legal representative and address).
- A former employee's old plant is ORGANIZATION ``subject``; their new employer and a nursing
  home the writer runs are CN_WORKPLACE ``reporter``. The plant's lawyer is ``third_party``.
- Values stored under the wrong label (the reporter's name and mobile under 被反映对象) keep the
  reporter's role. An illegible handwritten name (周[字迹不清]) or mobile (1376?740670) is a
  ``partial`` span of the reporter; Mr./Ms. + pinyin (or + the surname in characters) is PERSON
  ``partial``; a Tieba user name, a 大众点评 nickname and a group nickname are CN_SOCIAL_ACCOUNT
  of their holder; an Alipay login is labelled as what it is (CN_MOBILE or EMAIL_ADDRESS).
- Census takers' IDs and mobiles in the plant's visitor book are ``official``.
- Never-items: work-order numbers (GD…), 登记编号 (USCC + serial + W, kind ``permit``), court,
  arbitration and document numbers, waybill numbers, EHS case ids, photo file names, time
  stamps, floors and levels of a thread, likes, amounts, periods. Staff numbers (工号), IP属地
  provinces and relation words are plain text.

What differs from the other families
------------------------------------
Documents they do not have: key=value single-line 12345 exports, former employees' calls, calls
about a car wash or a restaurant, work-order field corrections; photographed handwritten letters
with illegible marks, petitions with a 20-row signature table, village-committee letters,
nursing-home letters; Alipay 城市服务 reports, account profiles, a multinational's ethics-portal
entry, account histories; Tieba threads, former workers' groups, bureau-plant liaison groups,
大众点评 review threads; body-cam transcripts, case-filing approval forms, register-accept-
transfer sheets with the SMS receipt, misdelivered replies; civil public-interest judgments,
annual 信访 reports, 双随机 results, hearing notices; rewards to organisations, former
employees' reward reviews, rewards paid through a village committee, the boss's objection;
pollutant-discharge registration receipts, census-clue cross-checks, English census forms,
gatehouse visitor books.
"""

from __future__ import annotations

import importlib

GENRES = ("hotline", "letter", "webform", "chat", "transfer", "notice", "reward", "census")


def builder_for(genre: str):
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r}; known: {', '.join(GENRES)}")
    return importlib.import_module(f"{__name__}.{genre}").build
