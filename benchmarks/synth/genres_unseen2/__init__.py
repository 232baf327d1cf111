"""Second unseen-wording template family (``unseen2``): the same eight genres, written blind.

    python -m benchmarks.bench_roles --family unseen2 --detect analyzer   # aggregate only

Who, when, how
--------------
Written on 2026-12-02 (04:57-05:10 UTC) by a helper session (an AI engineer started by the
main session for this task alone) that had not seen the role rules: it did not open
``roles.py``, ``roles_cues.py``, ``genre.py``, ``coref.py``, ``field_values.py``, the role and
genre recognizers, the role tests or ``docs/roles.md``, and never ran the detector over these
texts while writing them. Of the other families it read only the builder/slot API
(``render.py``, ``slots.py``, ``model.py``, ``cast.py``) and ``genres_unseen/common.py`` +
``genres_unseen/hotline.py``, to learn the API, plus the scorer (``bench_roles.py``), the
README and ``DESIGN.md``; the seen family's genre files were not read.
The texts follow what real documents of each kind look like, neither tuned to the rules nor
against them. The family was then measured once, in aggregate; no individual failure was
printed or read, and ``bench_roles`` refuses ``--dump`` / ``--misses`` for it. Keep it that
way: once a failure of this family is looked at, it stops being a blind measure.

Measured once, 2026-12-02 05:06-05:09 UTC (seed 20261202, 800 documents; genre recognised
562/800 on both codes), leak / retention on each policy's own genres:

| code | detection | forward | publish | reward | census |
|---|---|---|---|---|---|
| 6eef1dd | gold | 2.50% / 83.31% | 3.80% / 94.33% | 0.82% / 97.14% | 4.05% / 100% |
| 6eef1dd | analyzer | 13.65% / 80.84% | 8.44% / 93.81% | 15.10% / 96.76% | 5.71% / 100% |
| 878ef8a | gold | 2.50% / 81.74% | 3.80% / 94.16% | 0.41% / 97.14% | 4.05% / 100% |
| 878ef8a | analyzer | 13.65% / 79.27% | 8.44% / 93.64% | 15.10% / 96.76% | 5.71% / 100% |

What differs from ``genres/`` and ``genres_unseen/``
----------------------------------------------------
- Labels: 举报者/投诉者/来电人/来访人/上报人/网友, 联系手机/回电号码/手机号, 涉嫌单位/被反映对象/
  污染源单位/排污单位/被投诉对象, 当事人 (the penalised enterprise in a penalty notice), 法定代表人,
  环保负责人/统计负责人/填表人; labels spaced out (举 报 者, 地　址) and odd colons (﹕) per document.
- Layouts (four per genre, 32 in all): Word tables pasted as tab-separated label/value rows;
  spreadsheet exports with a header row and a values row (labels far from values); forms with
  the complaint first and the reporter's block last; a call transcript (录音整理) where the
  caller gives the surname alone (免贵姓张); prose letters whose phone number comes in the
  middle of the complaint, joint letters (联名信), e-mails to a 局长信箱, a typed-in handwritten
  letter with the envelope's return address; a WeChat group copied from the PC client, a
  merged forward (聊天记录) sent on to a grid worker, a QQ message-manager export (QQ numbers in
  brackets), a grid worker's one-to-one chat; inspection-team transfer lists (one row per
  complaint), a 转办函 in prose, a numbered 交办通知; 信息公开 replies addressed to the applicant,
  信访答复意见书 that quote the complaint (the reporter's village and workplace inside the quote),
  处理结果公示 tables, 行政处罚信息公示; reward tables with masked reporters (王**, 138****5678),
  reward notices asking for the ID card or giving the bank account, reward approval forms;
  G101-1 style numbered census forms, census visit notes, 清查 name lists, 排污单位 cards.
- People: the reporter names their own workplace and village/compound (``R.village``), their
  household member's phone is given as a contact; the subject's manager's and environmental
  officer's mobiles are given (``B``, and ``E`` = an employee of the subject, role subject);
  officials come with names, duty phones and duty mobiles, and a second official (``Q``,
  审核人); the subject's short name (豫丰公司) is a partial ORGANIZATION span.
- Never-items: document numbers per kind (罚决字, 依申复, 信复字, 奖), work-order numbers,
  ``0371-12345`` style city hotlines, 个工作日 periods, chat clocks and export time stamps.

Opened on 2026-12-02 (stop 11), with unseen3: half b had been measured blind twice (5.36% then
4.17% forward leak, analyzer); its failures were then read and general rules written for them.
The fifth family ``unseen4`` is the blind one now.
"""

from __future__ import annotations

import importlib

GENRES = ("hotline", "letter", "webform", "chat", "transfer", "notice", "reward", "census")


def builder_for(genre: str):
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r}; known: {', '.join(GENRES)}")
    return importlib.import_module(f"{__name__}.{genre}").build
