"""Fourth template family (``unseen3``), the second written blind: the same eight genres,
other documents.

    python -m benchmarks.bench_roles --family unseen3 --detect analyzer   # aggregate only
    python -m benchmarks.bench_roles --family unseen3 --half b --detect analyzer

Who, when, how
--------------
Written on 2026-12-02 (07:07-07:26 UTC) by a helper session (an AI engineer started by the
main session for this task alone) that had not seen the role rules. It did not open
``roles.py``, ``roles_cues.py``, ``genre.py``, ``coref.py``, ``field_values.py``,
``chat_speakers.py``, ``context.py``, anything under ``recognizers/``, any test but
``tests/test_synth.py`` and ``tests/test_synth_unseen2.py``, ``docs/roles.md``, nor the genre
files of the other families (``genres/``, ``genres_unseen/``, ``genres_unseen2/`` but its
``__init__``, ``common`` and ``hotline``). It read, for the API: ``benchmarks/synth/{__init__,
render, slots, model, cast, words, geo, numbers}.py``, ``genres_unseen2/{__init__, common,
hotline}.py``, the scorer ``benchmarks/bench_roles.py``, the README and ``DESIGN.md``. It never
ran the detector over these texts while writing them (only the generator, to read its own
output with the gold marked). The family is measured once, in aggregate; no individual failure
is printed or read, and ``bench_roles`` refuses ``--dump`` / ``--misses`` for it except for
half a. Half a (``unseen3-a``, layouts 0 and 2 of each genre) may be looked at later; half b
(``unseen3-b``, layouts 1 and 3) stays blind: once one of its failures is read it stops
measuring anything.

What is in it (genre: layouts; even positions are half a, odd ones half b)
---------------------------------------------------------------------------
- hotline: a 12345 city-service 工单 carrying an environmental complaint (主叫号码 vs 联系电话,
  sometimes a relative's phone) | a 12369 record of an anonymous caller who leaves a callback
  number | a duty note of a call from an employee of the polluting plant (insider) | a 12345
  回访 record that quotes the agency's reply and the callback.
- letter: a grown child or a neighbour writing for an old relative who lives by the plant,
  with the relative's phone | a joint complaint with a signature table (姓名 / 身份证号码 /
  联系电话 / 住址) | a signed letter from an employee of the reported plant | an anonymous letter
  that leaves only an e-mail, a QQ or a WeChat, naming a village cadre and a neighbour.
- webform: comments exported from a WeChat official account (公众号留言, nickname) | a
  mini-program 随手拍 report with a map pin and a masked plus a full mobile | a JSON record as a
  case system's API returns it, keys in pinyin initials (jbrxm, jbrdh, bjbdw) or in English
  (reporter.name, target.creditCode) | a 政府网站 我要写信 printout (证件类型: 身份证, 护照 or
  往来港澳通行证; submitter IP).
- chat: a work group of enforcement staff passing the case on (the reporter is talked about,
  not present; the subject's contacts are given) | a WeChat chat typed into an evidence table
  (序号 | 时间 | 发送方 | 内容) | an SMS platform's up/down log with one reporter | a 12345 online
  service session (访客 id, 客服工号, visitor IP).
- transfer: an inspection team's 转办 list with 序号 / 受理编号 / 交办问题 / 行政区域 / 污染类型 /
  举报人, several complaints (and reporters, and enterprises) per table | a 信访事项转送单 form |
  the 办理情况反馈表 that reports the callback (尾号 digits) | an internal e-mail forwarding the
  reporter's own mail under ``原始邮件``.
- notice (publish): a 领导留言板 post with the public reply | the 边督边改 public table, one row per
  complaint | a 信访事项受理 / 不予受理告知书 addressed to the petitioner(s) | a 责令改正违法行为
  决定书 whose 当事人 is often a natural person (an individual farm: name, ID, home, mobile).
- reward: an internal 奖励审批表 (ID, bank account, workplace — for insiders the reported plant
  itself, kept as subject) | a 奖金发放登记表 where joint reporters share or a relative collects |
  a published 奖励公示 with masked reporters (张*明, 138****5678, 4101**********123x, masked
  bank card) and now and then one a clerk forgot to mask | the 奖励申请表 the reporter fills in.
- census: a 清查表 with the site split into 省 / 市 / 县 cells and a 乡镇 | 村、门牌号 pair | a census
  taker's day log over several units | a 规模畜禽养殖场 form whose census object is a person |
  a CSV export of the roster (quoted cells, the address as two columns).

What differs from ``genres/``, ``genres_unseen/`` and ``genres_unseen2/``
-------------------------------------------------------------------------
- Documents unseen2 does not have: 12345 work orders and callbacks, 公众号 / 小程序 / API-JSON
  submissions, government work groups, evidence tables, SMS platform logs, online-service
  sessions, 转送单, 反馈表, forwarded e-mail, 领导留言板, 边督边改 tables, 受理告知书, 责令改正
  决定书, payout registers, reward applications, taker logs, farm forms, CSV rosters.
- People (extra slots in ``common.Unseen3Slots``): ``K`` the relative or neighbour the reporter
  writes for or whose phone they leave (role reporter); ``J`` a co-signatory (reporter); ``V`` a
  village cadre (third party); ``E`` an employee of the reported enterprise (subject); ``G`` a
  second official (督察组联络员, 审批人, 普查指导员). Insiders: the reporter works at the plant;
  its name stays a subject span, their name, phones and ID are the reporter's. Subjects who are
  natural persons (individual farms: ``B`` with ID, home, mobile; ``S.farm``). Several
  complaints or census objects in one document (``Unseen3Slots.row``: each row its own
  reporter and enterprise). Anonymous reporters who still leave a number.
- Forms of values: addresses split across table cells (``X.home_cells``, ``S.addr_cells``, each
  cell below the county its own partial span; province/city/county cells are not spans), the
  reporter's address given as a village or a compound only, masked values as published, IDs
  stored with a lowercase x, mobiles as typed into forms (full-width from an IME) or as systems
  store them, agency landlines with extensions (转分机, ext.), agency mailboxes.
- Never-items: 12345 work-order numbers, inspection 受理编号 (D/X + province code + date +
  serial), mini-program numbers, 告知书 / 责改 / 奖审 document numbers, 第N批, SMS platform
  numbers (1069…), 110 / 12345 / 12369, 统计用区划代码, map coordinates, amounts in capital
  numerals (贰仟元整), 存栏 counts, time stamps moving forward through a chat.

Measured once
-------------
2026-12-02 07:25-07:27 UTC, library code of a6c94d2 (this branch changes no library file),
family as committed in 3d2521e, seed 20261203, 800 documents per run, Faker 40.63.0; leak /
retention on each policy's own genres (forward: hotline, letter, webform, chat, transfer;
publish: notice; discuss: chat; reward: reward; census: census):

| run | genre recognised | forward | publish | discuss | reward | census |
|---|---|---|---|---|---|---|
| whole, ``--detect gold`` | 546/800 | 0.09% (2/2177) / 80.16% (2574/3211) | 3.94% (8/203) / 92.19% | 0.00% / 85.21% | 2.51% (17/676) / 92.99% | 0.36% (4/1113) / 63.46% (66/104) |
| whole, ``--detect analyzer`` | 546/800 | 12.17% (265/2177) / 80.13% (2573/3211) | 15.76% (32/203) / 92.34% | 24.92% / 84.96% | 8.43% (57/676) / 94.87% | 13.39% (149/1113) / 63.46% (66/104) |
| half b, ``--detect analyzer`` | 487/800 | 18.10% (463/2558) / 85.56% (2660/3109) | 1.74% (4/230) / 90.60% | 42.50% / 68.55% | 5.10% (41/804) / 99.78% | 16.57% (259/1563) / 34.00% (17/50) |

Opened on 2026-12-02 (stop 11): half b was measured blind twice (18.10% then 17.87% forward
leak, analyzer), then its failures were read and general rules written for them
(``tests/test_roles_unseen3b.py``); the fifth family ``unseen4`` (``genres_unseen4/``) is the
blind one now. Figures for unseen3 after that date are no longer blind measures.

``forward`` leak per genre, analyzer, whole / half b: chat 46.90% / 64.29%, letter 4.02% /
9.33%, hotline 3.51% / 3.38%, transfer 3.05% / 3.29%, webform 2.92% / 1.32% (gold: 0.00% in
every complaint genre but webform, 0.58%). Only these aggregates were read.
"""

from __future__ import annotations

import importlib

GENRES = ("hotline", "letter", "webform", "chat", "transfer", "notice", "reward", "census")


def builder_for(genre: str):
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r}; known: {', '.join(GENRES)}")
    return importlib.import_module(f"{__name__}.{genre}").build
