"""Fifth template family (``unseen4``), the third written blind: the same eight genres,
other documents.

    python -m benchmarks.bench_roles --family unseen4 --detect analyzer   # aggregate only
    python -m benchmarks.bench_roles --family unseen4 --half b --detect analyzer

Who, when, how
--------------
Written on 2026-12-02 (13:19-13:50 UTC) by a helper session (an AI engineer started by the
main session for this task alone, in the worktree ``/tmp/wt-unseen4``, branch ``unseen4``)
that had not seen the role rules. It did not open anything under ``src/jubao_redact/`` (so not
``roles.py``, ``roles_cues.py``, ``genre.py``, ``coref.py``, ``field_values.py``,
``chat_speakers.py``, ``context.py``, ``rules.py``, nor ``recognizers/``), nor ``docs/``, nor any
test but ``tests/test_synth.py``, ``tests/test_synth_unseen2.py`` and
``tests/test_synth_unseen3.py``, nor the genre files of the other families (``genres/``,
``genres_unseen/``, ``genres_unseen2/``, and of ``genres_unseen3/`` anything but its
``__init__``, ``common`` and ``hotline``). It read, for the API: ``benchmarks/synth/{__init__,
render, slots, model, cast, words, geo, numbers}.py``, ``genres_unseen3/{__init__, common,
hotline}.py``, the scorer ``benchmarks/bench_roles.py``, ``DESIGN.md`` and (searched, not read through) the README. It never
ran the detector, the analyzer, the Redactor or ``bench_roles`` over these texts (only the
generator, to read its own output with the gold marked). The family is measured once, in
aggregate; ``bench_roles`` refuses ``--dump`` / ``--misses`` for it except for half a. Half a
(``unseen4-a``, layouts 0 and 2 of each genre) may be looked at later; half b (``unseen4-b``,
layouts 1 and 3) stays blind: once one of its failures is read it stops measuring anything.

What is in it (genre: layouts 0 | 1 | 2 | 3; even positions are half a, odd ones half b)
-----------------------------------------------------------------------------------------
- hotline: a 12369 record where the caller first refuses a name, then gives a surname only
  (王女士, 姓王) and a landline with area code | a call transferred from 110 (非警务警情转接单: the
  police operator and 110 command centre on record, the caller's plate now and then) | a
  night-construction noise call about a site run by a natural person (包工头 / 拆迁队老板 with
  his mobile: subject; the project and the crossing it is at: subject; the caller's child and
  school: reporter) | a 12345 工单 with 诉求人 / 诉求电话 / 诉求地址 (the caller's home) against
  被反映对象 / 事发地址.
- letter: a handwritten letter typed in from a scan (OCR: some digits full-width, stray spaces
  inside the mobile, ID, landline) | a letter signed with a pen name (一个老党员) and the real
  name, phone, workplace or ID in a PS | a letter of a 村委会 / 社区居委会 written for its
  residents, with a signature list and a contact | a letter that quotes the boss's threat and
  gives the boss's phone and plate (subject) beside the writer's contact.
- webform: a 领导留言板-style export (网友 nickname, the contact only inside the text, a reply
  naming the inspectors) | an e-mail pasted into a 网上信访 form (From/发件人 header, signature
  with workplace, mobile, address) | a bilingual form (Name/姓名, Tel/电话, ID No./证件号码,
  IP) | an "anonymous" form whose 补充说明 gives the reporter's home and the child's name, age
  and school.
- chat: a QQ group export (``2024-07-12 16:46:03 昵称(QQ号)`` headers: the reporter, a
  neighbour and a village cadre, each with QQ) | a DingTalk export of an enforcement work
  group talking about the reporter (name, mobile, compound) and the subject's contacts | a
  WeChat chat with an agency account: the reporter's nickname, later the real name, then the
  boss's business card forwarded (name, title, mobile, WeChat, address, landline: subject) |
  a speech-to-text transcript of a 12369 call (坐席 / 来电人 turns; mobiles as spoken Chinese
  digits, grouped with commas; the boss's mobile spoken the same way).
- transfer: a 督办单 with a separate 举报人信息（保密，不随件下发） block | a county-to-town 交办
  table, 2-4 rows, each its own reporter (name, 某-form or 匿名 with a number) and enterprise
  | an e-mail forward chain (two officials' signatures, agency mailboxes, an official's
  mobile; the reporter's first mail quoted at the bottom) | a 转办函 with an 附件 list naming
  the reporter's letter, ID copy or phone.
- notice (publish): a 群众信访举报转办和边督边改公开情况一览表 whose rows are often about natural
  persons (a 个体 workshop keeper with gender and age, a 劳务分包负责人) | a 行政处罚决定书
  against an individual (当事人 with gender, age, ethnicity, ID, home, mobile, premises) | a
  回复公开 in which a clerk left the reporter's name (and phone tail or compound) | a 办结公示
  table with masked reporters (张*明, 138****5678) where one row may be left unmasked.
- reward: a 举报奖励决定书 addressed to the reporter (ID or mobile in the salutation) | a 领奖
  确认单 with bank, ID and signature, sometimes collected by a relative (代领人 with their own
  ID and mobile: reporter) | a published 奖励公告 with masked reporters, one possibly unmasked |
  an internal 奖励资金拨付明细表, one row per reporter (ID, bank branch, account, amount).
- census: a 工业企业 基本情况 table (G10x: 统一社会信用代码, 法定代表人, 区划代码, the address in
  省 / 市 / 县 / 乡镇 / 村 cells, coordinates, 联系人, 联系电话, 行业代码, 邮政编码; 普查员 with
  mobile) | a 生活源锅炉 form whose census object is a hotel, bath house or heating station |
  an 入户登记 sheet (普查员: official, with mobile; 受访人: the unit's contact, subject) | a TSV
  export of the roster with a header row, 3-5 units.

Labelling decisions
-------------------
- A village or residents' committee that writes on behalf of its residents is the
  complainant: its name is ORGANIZATION with role reporter (it points at the village that
  complained, and the cadre who signs is exposed with it). Town governments (镇人民政府), the
  110 command centre and the 12345 centre are agencies: official.
- The reporter's child (name, age, school) is the reporter's side: role reporter; the
  child's school is ORGANIZATION reporter, unlike the landmark school (``P.inst``, public).
- A natural person reported as such (包工头, 个体 workshop keeper, the 当事人 of a penalty) is
  subject, with all their identifiers; so is the construction project and its crossing.
- Numbers as OCR or speech gives them are spans of their label; the form is ``fullwidth``
  when any digit is full-width, else ``spaced``; spoken digits are ``chinese``.
- Masked values (李*明, 138****5678, 410***********1234) are ``partial`` spans of their label.
- Not spans: 工号, 警号, 普查员证号 (staff numbers), province / city / county cells, the pen
  name (一个老党员), the relation words (爱人, 舅舅).

What differs from the other families
------------------------------------
- Documents they do not have: 110 transfers, construction-noise calls about a natural
  person, OCR'd letters, pen-name letters, committee letters, threat letters, 领导留言板
  exports, pasted e-mails, bilingual forms, QQ and DingTalk exports, forwarded business
  cards, call transcripts, 督办单, county-to-town tables, e-mail chains, 转办函 with 附件,
  penalty decisions against individuals, 回复公开, 办结公示, reward decisions, 领奖确认单,
  拨付明细, boiler forms, 入户登记, TSV rosters.
- People (extra slots in ``common.Unseen4Slots``, on top of unseen3's K J V E G): ``C`` the
  reporter's child (reporter), ``Y`` a witness or neighbour (third party), ``D`` a third
  official (110 operator, town cadre, census taker), ``F`` a natural-person subject
  (包工头, 作坊主).
- Never-items: 110 接警编号, recording numbers, 留言编号, census 表号 and 批准文号, 区划代码,
  普查小区编码, boiler numbers, industry codes, postcodes, coordinates, bank transaction
  numbers, per-row reward decision numbers, boiler capacities, QQ-export time stamps.

Measured (aggregate only)
-------------------------
2026-12-02, seed 20261204, 800 documents per run, own genres (forward: hotline, letter,
webform, chat, transfer), never a single failure read:

| when | run | genre recognised | forward leak / retention | publish leak | reward leak | census leak |
|---|---|---|---|---|---|---|
| 13:52 (first) | whole, ``--detect analyzer`` | 610/800 | 11.73% (282/2404) / 78.75% | 3.26% | 1.98% | 6.37% |
| 13:52 | half b, analyzer | 612/800 | 16.06% (314/1955) / 78.46% | 0.32% | 2.28% | 1.45% |
| 13:52 | whole, ``--detect gold`` | 610/800 | 7.24% (174/2404) / 79.36% | 0.00% | 0.00% | 0.00% |
| 15:07 (end of stop 11) | whole, analyzer | 637/800 | 11.73% (282/2404) / 78.75% | 3.09% | 1.98% | 2.00% |
| 15:07 | half b, analyzer | 612/800 | 16.06% (314/1955) / 78.46% | 0.16% | 2.28% | 2.77% |
| 15:07 | whole, gold | 637/800 | 7.24% (174/2404) / 79.36% | 0.00% | 0.00% | 0.00% |
| 16:00 (stop 12, after the rules from half a) | whole, analyzer | 637/800 | 6.78% (163/2404) / 89.97% | 1.79% | 1.98% | 2.00% |
| 16:00 | half b, analyzer | 612/800 | 15.35% (300/1955) / 80.42% | 0.16% | 2.28% | 2.77% |
| 16:00 | half b, gold | 612/800 | 10.79% (211/1955) / 81.69% | 0.00% | 0.10% | 0.00% |
| 16:00 | whole, gold | 637/800 | 4.49% (108/2404) / 90.39% | 0.00% | 0.00% | 0.00% |

The rules written between the first two measures (on the opened halves unseen2-b and
unseen3-b) did not move its forward figures. The rules written at stop 12 from half a's
failures took half a from 7.18 % / 75.01 % to 0.43 % / 95.86 % and half b only from 16.06 % /
78.46 % to 15.35 % / 80.42 %: the third time that rules from one half did not carry to the
other's layouts. Half b was opened after this third measure (2026-12-02 16:05, stop 12); the
sixth family ``unseen5`` took its place as the blind one. (The layout list above, written
by the helper, had been read in the repository before; no text or failure of half b was read
before 16:05.)
"""

from __future__ import annotations

import importlib

GENRES = ("hotline", "letter", "webform", "chat", "transfer", "notice", "reward", "census")


def builder_for(genre: str):
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r}; known: {', '.join(GENRES)}")
    return importlib.import_module(f"{__name__}.{genre}").build
