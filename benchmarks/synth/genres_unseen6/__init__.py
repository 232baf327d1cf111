"""Seventh template family (``unseen6``), the fifth written blind: the same eight genres,
other documents.

    python -m benchmarks.bench_roles --family unseen6 --detect analyzer   # aggregate only
    python -m benchmarks.bench_roles --family unseen6 --half b --detect analyzer

Who, when, how
--------------
Written on 2026-12-02 (17:59-18:22 UTC) by a helper session (an AI engineer started by the
main session for this task alone, in the worktree ``/tmp/wt-unseen6``, branch ``unseen6``)
that had not seen the role rules. It did not open anything under ``src/jubao_redact/`` (so
not the role, genre, coreference, field-value, chat-speaker or context code), nor
``recognizers/``, nor ``docs/``, nor the README, nor any test but ``tests/test_synth.py`` and
``tests/test_synth_blind.py``, nor the genre files of the other families (``genres/``,
``genres_unseen/`` … ``genres_unseen4/``: only their ``__init__.py`` docstrings;
``genres_unseen5/``: its ``__init__.py``, ``common.py`` and ``hotline.py``). It read, for the
API: ``benchmarks/synth/{__init__, render, slots, model, cast, words, geo, numbers}.py``,
``genres_unseen5/{__init__, common, hotline}.py``, the scorer ``benchmarks/bench_roles.py``
and ``DESIGN.md``. ``common.Unseen6Slots`` derives from the base ``slots.Slots`` only (not
from the earlier families' slot classes). It never ran the detector, the analyzer, the
Redactor, the CLI or ``bench_roles`` over these texts (only the generator, to read its own
output with the gold marked, and the structural tests). The family is measured once, in
aggregate; ``bench_roles`` refuses ``--dump`` / ``--misses`` for it except for half a.
Half a (``unseen6-a``, layouts 0 and 2 of each genre) may be looked at later; half b
(``unseen6-b``, layouts 1 and 3) stays blind: once one of its failures is read it stops
measuring anything.

What is in it (genre: layouts 0 | 1 | 2 | 3; even positions are half a, odd ones half b)
-----------------------------------------------------------------------------------------
- hotline: a 12369 call quality-inspection sheet (质检员 scores the 坐席; a 通话详单 row with
  the caller's number, sometimes the household's; the recorded call quoted; the 扣分项 cites
  the caller's workplace) | a 12345-12369 three-way call record (the 12345 operator as 王某,
  the caller's name and mobile; a neighbour who can witness, or a co-resident who joins) | a
  回访登记 of several dial attempts (a relative answers, the caller rings back from another
  mobile typed 1381234.5678 or 138/1234/5678) | a dialect call: an old villager (age, home)
  whose grandson takes the phone and gives his own mobile; a dialect helper from the bureau.
- letter: an open letter of a 业主委员会 / 村民小组 (the complainant as an organisation, its
  chair and vice chair with mobiles) | a 人大代表建议: the deputy writes for constituents
  (deputy's workplace and mobile, 附议代表, a constituent relative) | a letter under its typed-in
  express waybill (运单号, 寄件人 block with a mobile sometimes masked or broken over two lines
  with a hyphen, the bureau as 收件人; signed 一个老住户) | a 催办信 citing the first reply, the
  boss's visit and threat (his mobile, plate), the writer's ID "for verification".
- webform: a form system's submission log (``jbr_xm = …`` keys in pinyin initials, passport
  or ID, QQ, client IP, a review trail) | a Markdown table export with half the cells empty
  (—, 无, 未填) | a phone screenshot of a submitted form read back (status bar, label and value
  on separate lines, a cut-off value, sent in to the bureau's mailbox) | an edited submission
  with its 修改记录 (the old phone, a relative's or the landline, and the new one; 匿名 → name;
  a wrongly entered unit; the IP of the change).
- chat: voice messages as [语音转文字] to an official, with a shared 个人名片 (a co-signer, the
  boss or a workshop head) | a Douyin private-message export with a local environmental
  blogger (third party: nickname, Douyin handle, name and mobile when forwarding) | a
  residents' group with noise (撤回, 红包, stickers), group nicknames like 16号楼-杨弟 and
  @mentions of them, the grid worker | the bureau's WeChat account: robot then a human agent.
- transfer: a 涉嫌环境犯罪案件移送书 to the police (boss as 犯罪嫌疑人 with gender, age, ID,
  home; a workshop head as 同案人员; the reporter in 线索来源; the receiving police officer) |
  a grid 事件流转单 (the grid worker reports a resident's complaint; 派发 / 签收 / 退回 steps) |
  a 12345 work-order flow log whose 退回 reason quotes the reporter's name or phone | the
  record of an 约谈 with the plant (boss and environmental officer speak; the boss guesses a
  neighbour or the reporter's compound; a 注 naming the reporter).
- notice (publish): a press-conference transcript on typical cases (an enterprise, a natural
  person with gender and age, another unit and its manager; the reporter thanked as 张女士 /
  张某 / 张*; a journalist asks) | a weekly pipe table of complaints (举报人 column hidden, a
  natural person reported, a 备注 naming one reporter by 某-form and phone tail or masked name
  and compound) | a 限期整改通知 posted on the gate (整改责任人 with mobile, the bureau's
  supervision phone) | a 行政复议决定书: applicant an individual operator (subject: gender,
  age, ID, home, plate), 第三人 the reporter (reporter: gender, ID, home), a lawyer.
- reward: a registered-post 领奖通知 (收件人 block, postcode, the clerk's phone and mobile) | a
  transfer receipt from a screenshot (收款人 masked or given name only, card tail or full card,
  the bureau's fund account, 转账单号) | a 授权委托书: a reporter living away (HK-Macao permit,
  passport or ID) lets a relative collect (both IDs and mobiles, the relative's account) | a
  CSV 个税代扣 record of 偶然所得 (each reporter's name and ID, amounts, 20%).
- census: a census taker's telephone verification record (the unit's contact and landline,
  the legal representative's mobile; a registered landline now a private person's home) |
  a quality spot-check sheet (原填报值 / 复核值, the filler's mobile, re-checker) | the census
  app's offline data package as ``key: value`` lines (coordinates, photo file names with the
  unit's short name, a gatekeeper) | a 普查对象变更（注销）申请 (the former legal representative
  with ID and mobile; the unit now using the site and its manager).

Labelling decisions
-------------------
- Slots added in ``common.Unseen6Slots``: ``J`` co-signer (reporter), ``K`` a second relative
  (grandson, relative who collects: reporter), ``E`` the enterprise's staff (subject), ``F`` a
  natural person reported (subject), ``Y`` neighbour / bystander and ``Q`` journalist, blogger,
  a lawyer for the applicant or someone reached by mistake (third party), ``D`` and ``G``
  further officials (grid worker, inspector, re-checker, police officer: official), ``U`` /
  ``M`` another unit and its manager (subject).
- A 业主委员会 or 村民小组 that writes the complaint is the complainant: ORGANIZATION, role
  reporter (it points at the compound that complained); its officers are reporter.
- A people's deputy who writes a suggestion for constituents is the writer: reporter (name,
  workplace, mobile), and so are 附议代表 and the constituent relative who gave photos.
- The reporter as 第三人 in a review decision is reporter; the applicant (the penalised
  individual) is subject, and so is a boss named 犯罪嫌疑人 with ID and home.
- The grid worker is an official (a 网格 centre is an agency); the resident they report for
  is the reporter. The 12345 operator, the dialect helper, the quality inspector, the
  receiving police officer and the clerks are official.
- Group nicknames (16号楼-杨弟) are CN_SOCIAL_ACCOUNT of their holder's role; an @mention
  includes the "@". The blogger who passes the complaint on is third party, and so are the
  neighbours in the group who do not join (those who join are reporter).
- A unit entered by mistake in a change history is another enterprise: subject. A census
  object's registered landline is subject even when a private person now answers it.
- Mobiles typed with a dot or slash are ``dashed``; split over lines with a hyphen left at
  the break ``linebreak``; masked values, 某-forms, given name alone, card and phone tails
  ``partial``.
- Not spans: 工号 / 坐席 numbers, 运单号, postcodes, 转账单号, work-order and event numbers,
  scores, tax rates, coordinates, photo file names' other parts, the pen name 一个老住户,
  relation words, 张贴 / 章 marks.

What differs from the other families
------------------------------------
- Documents they do not have: call quality-inspection sheets, three-way calls, callback
  attempt registers, dialect calls; open letters of owners' committees, deputies'
  suggestions, express waybills, chasing letters; submission logs, Markdown exports,
  screenshots read back, change histories; voice-to-text chats with name cards, Douyin DMs,
  nickname-heavy resident groups, robot-then-agent sessions; case transfers to the police,
  grid event flows, 12345 flow logs, 约谈 records; press-conference transcripts, weekly
  complaint tables, posted rectification notices, review decisions with a 第三人; registered
  reward notices, transfer receipts, authorisations, tax withholding records; phone
  verification records, spot-check sheets, app data packages, deregistration forms.
- Never-items: 工号, 运单号, 邮编, 网格事件编号, 转账单号, 质检得分, 税率, GPS coordinates,
  call durations (8分34秒), 移送 / 约谈 / 复议 / 整改 document numbers.

Measures (forward, own genres, ``--detect analyzer``; written down by the main session)
-----------------------------------------------------------------------------------------
- 18:26, first, blind (stop 12's and unseen5-b's rules): half b 16.00 % / 69.19 %; half b with
  gold detection 0.59 % / 71.10 %; whole 16.80 % / 66.31 % (gold 3.86 % / 67.09 %); half a
  16.62 % / 63.69 %.
- Half a opened at 18:27. 18:52, second blind measure of half b (after half a's rules):
  13.69 % / 70.78 %; 19:03, third (after a name-by-a-phone rule): 13.64 % / 70.78 %.
- Half b opened at 19:04, once ``unseen7`` was being written blind; after its rules (19:33):
  half b 0.14 % / 83.46 %, half a 0.15 % / 90.35 %, whole 0.19 % / 86.96 %.
"""

from __future__ import annotations

import importlib

GENRES = ("hotline", "letter", "webform", "chat", "transfer", "notice", "reward", "census")


def builder_for(genre: str):
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r}; known: {', '.join(GENRES)}")
    return importlib.import_module(f"{__name__}.{genre}").build
