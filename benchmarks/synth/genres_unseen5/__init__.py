"""Sixth template family (``unseen5``), the fourth written blind: the same eight genres,
other documents.

    python -m benchmarks.bench_roles --family unseen5 --detect analyzer   # aggregate only
    python -m benchmarks.bench_roles --family unseen5 --half b --detect analyzer

Who, when, how
--------------
Written on 2026-12-02 (15:59-16:16 UTC) by a helper session (an AI engineer started by the
main session for this task alone, in the worktree ``/tmp/wt-unseen5``, branch ``unseen5``)
that had not seen the role rules. It did not open anything under ``src/jubao_redact/`` (so
not the role, genre, coreference, field-value, chat-speaker or context code), nor
``recognizers/``, nor ``docs/``, nor any test but ``tests/test_synth.py`` and
``tests/test_synth_blind.py``, nor the genre files of the other families (``genres/``,
``genres_unseen/``, ``genres_unseen2/``, ``genres_unseen3/``: only their ``__init__.py``;
``genres_unseen4/``: its ``__init__.py``, ``common.py`` and ``hotline.py``). It read, for the
API: ``benchmarks/synth/{__init__, render, slots, model, cast, words, geo, numbers}.py``,
``genres_unseen4/{__init__, common, hotline}.py``, the scorer ``benchmarks/bench_roles.py``
and ``DESIGN.md``. ``common.Unseen5Slots`` derives from the base ``slots.Slots`` only (not
from the earlier families' slot classes). It never ran the detector, the analyzer, the
Redactor or ``bench_roles`` over these texts (only the generator, to read its own output
with the gold marked, and the structural tests). The family is measured once, in
aggregate; ``bench_roles`` refuses ``--dump`` / ``--misses`` for it except for half a.
Half a (``unseen5-a``, layouts 0 and 2 of each genre) may be looked at later; half b
(``unseen5-b``, layouts 1 and 3) stays blind: once one of its failures is read it stops
measuring anything.

What is in it (genre: layouts 0 | 1 | 2 | 3; even positions are half a, odd ones half b)
-----------------------------------------------------------------------------------------
- hotline: an after-hours 12369 voice-mail transcribed by speech recognition (主叫号码 that is
  sometimes a relative's phone, the mobile spoken as Chinese digits in groups, the name at
  the end) | a duty shift-handover log (交班人 / 接班人 with mobiles; several calls, a second
  caller sent by the first, one about a natural person) | a call from a Hong Kong resident
  about the family's old house (港澳通行证, the words quoted in traditional characters, the
  relative who lives there) | a call from the reported boss asking who complained (he names
  the neighbour he suspects: third party; a clerk's 备注 cites the real reporter).
- letter: a faxed letter read back by OCR (FROM line = the sender's landline, page marks,
  digits full-width or broken by spaces) | a 信访事项复查申请书 (applicant block, the bureau as
  被申请人, sometimes a co-applicant) | an overseas Chinese's letter in traditional
  characters (passport, e-mail, the relative in the village) | a 律师函 written for villagers
  (the lawyer, the law firm and its address: the complainant's side; 执业证号 never).
- webform: a 网上信访 page printed with its HTML left in (&nbsp;, <br/>, a comment naming
  the clerk, the page URL) | a 问卷星-style questionnaire export (第N题 + answer, 来源 微信,
  nickname, IP) | a form whose 附件 list has file names carrying the reporter's name and ID
  tail, and whose 补充说明 quotes the bureau's earlier reply | an insider's report in mixed
  English and Chinese (Mr. Zhang / Zhang (张伟), the plant kept as the reported party, its
  weekend shift leader's phone in a PS).
- chat: an SMS thread backed up from an enforcement officer's phone (对方 / 我 turns, the
  officer's SMS signature, the reporter's relative's mobile) | a WeChat group 接龙 where
  residents sign a joint complaint (楼号, name, phone; one neighbour declines) | a private
  chat of the reporter and a neighbour with quoted replies 「…」 and the bureau's reply SMS
  pasted in (official's mobile) | a Weibo comment thread with floors (the reporter's post and
  link, the plant's official account, the bureau's account, other users).
- transfer: a 领导阅批单 (summary, the reporter in a 附 line, a county leader's instruction)
  | a 现场检查笔录 (案源 names the reporter; in the 问/答 the site manager asks whether a
  neighbour reported) | a 协查函 to another city's bureau (the plant's trucks and driver, the
  reporter in 线索来源, both bureaus' contacts) | the minutes of a special meeting (参会人员
  with units and mobiles, the petitioner's visits and threat to go to the province).
- notice (publish): a county 情况通报 of several cases (an enterprise, a natural person
  with gender and age, another unit and its manager; the reporter thanked by name or
  masked) | a 信访事项复查意见书 addressed to the petitioner (name, ID, home) | a 行政处罚
  听证告知书 to a 个体工商户 (natural person: ID, home, mobile, premises; the 字号) | an
  official WeChat account's 曝光台 post (cases, photo captions, thanks to 热心市民X先生).
- reward: a pipe-ruled 奖励资金发放花名册 (several reporters with ID, bank and card; a
  relative signing for one) | the SMS platform record of the reward notice to the reporter,
  with their reply (name, card) and the clerk's answer from a mobile | a bank transfer
  回单 from the bureau's fund account (official) to the reporter's card | a 奖励复核申请
  (ID, mobile, account; the co-reporter's reward; a threat by the plant's staff).
- census: a 集中式污染治理设施 form (sewage plant / landfill, its operator, 统计负责人,
  census taker with mobile) | a 移动源 registration sheet (machine types, powers, the unit's
  plates) | an 农业源 farm household survey (户主: a person, with ID, mobile, home; a family
  member as respondent: subject) | a census taker's 催报 message log to several units'
  contacts.

Labelling decisions
-------------------
- The lawyer who writes for the villagers (``V``) is on the complainant's side: name,
  mobile, e-mail are reporter; the law firm is ``CN_WORKPLACE`` reporter and its address
  ``CN_ADDRESS`` reporter. Co-applicants, co-reporters and residents signing a 接龙 are
  reporter. The reporter's relative who lives in the village or collects the reward is
  reporter (``H``).
- People the reported boss suspects, and the neighbour who helped but asks not to be named,
  are third party; the plant's site manager, driver and weekend shift leader (``E``) are
  subject; so are a natural person penalised or censused as such (``F``) and the family
  member who answers the census taker.
- The bureau's fund account (付款账号), its social account, its page URL and the second
  bureau asked for help (``Z``) are official; the plant's own Weibo account is subject.
- Numbers as OCR gives them are spans of their label (form ``fullwidth`` when a digit is
  full-width, else ``spaced``); spoken digits are ``chinese``; dotted mobiles ``dashed``;
  masked values (王*, 138****5678, 410105********1234) and English honorifics (Mr. Wang)
  are ``partial``; names and homes in traditional characters are plain spans.
- Not spans: 执法证号, file names' other parts, 表 and 题 numbers, 接龙 examples (张三),
  pen names (一群老百姓), relation words.

What differs from the other families
------------------------------------
- Documents they do not have: voice-mail transcripts, shift-handover logs, calls from
  HK residents, calls from the reported boss; faxes read by OCR, 复查申请书, letters in
  traditional characters, 律师函; HTML printouts, questionnaire exports, attachment lists,
  English-Chinese insider reports; SMS backups, 接龙 lists, quoted-reply chats, Weibo
  threads; 领导阅批单, 现场检查笔录, 协查函, meeting minutes; 情况通报, 复查意见书, 听证告知书,
  公众号 posts; 发放花名册, reward SMS records, bank 回单, 奖励复核申请; 集中式治理设施 forms,
  移动源 sheets, farm household surveys, 催报 logs.
- Never-items: 执法证号, 协查 / 复查 / 听证 document numbers, SMS platform numbers (10657…),
  questionnaire serials and durations, voice-mail durations, 区划代码, treatment capacities,
  machine powers and counts, herd sizes, bank 流水号, fax page marks, log time stamps.

Measured (aggregate only for half b)
------------------------------------
2026-12-02, seed 20261205, 800 documents per run, own genres (forward: hotline, letter,
webform, chat, transfer), no failure of half b read:

| when | run | genre recognised | forward leak / retention | publish leak | reward leak | census leak |
|---|---|---|---|---|---|---|
| 16:17 (first, after the stop-12 rules from unseen4) | whole, ``--detect analyzer`` | 472/800 | 10.67% (282/2642) / 74.99% | 1.38% | 0.48% | 2.16% |
| 16:17 | half b, analyzer | 407/800 | 14.75% (435/2950) / 71.65% | 1.19% | 1.28% | 4.63% |
| 16:17 | whole, ``--detect gold`` | 472/800 | 2.95% (78/2642) / 76.48% | 2.53% | 0.00% | 0.00% |
| 16:33 (after the traditional → simplified fold) | whole, analyzer | 476/800 | 10.07% (266/2642) / 75.05% | 1.38% | 0.48% | 2.16% |
| 16:33 | half b, analyzer | 407/800 | 14.75% (435/2950) / 71.65% | 1.19% | 1.28% | 4.63% |
| 16:33 | whole, gold | 476/800 | 2.95% (78/2642) / 76.48% | 2.53% | 0.00% | 0.00% |
| 16:45 (third, after rules from half a) | half b, analyzer | 407/800 | 14.75% (435/2950) / 71.65% | 1.19% | 1.28% | 4.63% |
| 16:45 | whole, analyzer | 476/800 | 9.31% (246/2642) / 77.70% | 1.38% | 0.48% | 2.16% |
| 17:05 (fourth, after more rules from half a) | half b, analyzer | 407/800 | 14.75% (435/2950) / 71.65% | 1.19% | 1.28% | 4.63% |
| 17:05 | whole, analyzer | 476/800 | 9.16% (242/2642) / 77.70% | 1.38% | 0.48% | 2.16% |
| 17:05 | whole, gold | 476/800 | 2.84% (75/2642) / 79.13% | 2.53% | 0.00% | 0.00% |

The layout list above was in the main session's hands (the helper's report) before the second
measure; the traditional-character fold was written for traditional text in general, not
from any failure. Half a was opened at 16:34 (its failures read).
"""

from __future__ import annotations

import importlib

GENRES = ("hotline", "letter", "webform", "chat", "transfer", "notice", "reward", "census")


def builder_for(genre: str):
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r}; known: {', '.join(GENRES)}")
    return importlib.import_module(f"{__name__}.{genre}").build
