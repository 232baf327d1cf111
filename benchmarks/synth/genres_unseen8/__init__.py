"""Ninth template family (``unseen8``), the seventh written blind: the same eight genres,
other documents.

    python -m benchmarks.bench_roles --family unseen8 --detect analyzer   # aggregate only
    python -m benchmarks.bench_roles --family unseen8 --half b --detect analyzer

Who, when, how
--------------
Written on 2026-12-03 (12:14-12:30 UTC) by a helper session (an AI engineer started by the
main session for this task alone, in the worktree ``/work/wt-u8``, branch ``unseen8``) that
had not seen the role rules. It did not open anything under ``src/`` (so not the role, genre,
coreference, field-value, chat-speaker or free-text code), nor ``recognizers/``, nor ``docs/``,
nor the README, nor any test but ``tests/test_synth.py`` and ``tests/test_synth_blind.py``.
Of the other families' genre packages it read only the ``__init__.py`` docstrings (to avoid
their documents) and, for the API, ``genres_unseen7/common.py`` and ``genres_unseen7/hotline.py``.
It read ``benchmarks/synth/{__init__, render, slots, model, cast, words, geo, numbers}.py``,
the scorer ``benchmarks/bench_roles.py`` (labels, roles, policies) and ``DESIGN.md``.
``common.Unseen8Slots`` derives from the base ``slots.Slots`` only. It never ran the detector,
the analyzer, the Redactor, the CLI or ``bench_roles`` over these texts: only the generator,
to read its own output with the gold marked, and the structural tests. Faker 40.63.0.
The family is measured in aggregate; ``bench_roles`` refuses ``--dump`` / ``--misses`` for it
except for half a (``STILL_BLIND = ("unseen7", "unseen8")``, seed 20261208). Half a
(``unseen8-a``, layouts 0 and 2 of each genre) may be looked at later; half b (``unseen8-b``,
layouts 1 and 3) stays blind: once one of its failures is read it stops measuring anything.

What is in it (genre: layouts 0 | 1 | 2 | 3; even positions are half a, odd ones half b)
-----------------------------------------------------------------------------------------
- hotline: a driver stuck behind a smoking truck on the highway (the truck's plate and the
  company on its door, a kilometre post, the caller's own or employer's car and dash-cam) | the
  agent's internal IM to the shift leader during a call (the first seven digits, then the whole
  number in another form; a returning caller known as 老X; the flat as 12-3-1102) | a work-order
  reminder e-mail (the number masked in the body, whole in the link's ``tel=`` query string; the
  officer's e-mail and mobile) | a sign-language video relay (the interpreter, the caller's
  WeChat or QQ, a name and address held up to the camera, a relative's mobile).
- letter: a newspaper's 读者来信转办单 (the editor and the paper; the writer's phone in the cover
  note, a pen name in the letter, the real name on the envelope) | a fish-pond contractor's
  letter (the village, contract number, losses, the ID in Chinese digits, a card for
  compensation, the fish dealer, the aquatic station's officer) | a 实名举报承诺书 (ID in groups of
  four, a permit or a passport, fingerprint, a co-signer or a relative as witness) | a village
  doctor's letter (the clinic as workplace, patients with ages in words, the licence number).
- webform: an XML record from the provincial platform (elements, a callback in an attribute,
  a number inside CDATA, client IPv4/IPv6) | the IT office's note on a failed submission (an
  access-log line, a request id, the decoded ``key=value&`` body with name, mobile, ID, home)
  | an elder-mode form filled by a grandchild (masked real-name data, the full mobile, the age
  in words, the 代办人's mobile, WeChat or home) | a printout with page headers and footers cut
  through the content and an 附加联系人 table (the reporter's landline, a neighbour, a relative).
- chat: a family group (nicknames, the number left with the hotline, the flat, a cousin,
  the plant's staff, the officer's mobile) | the reporter's chat with the boss who offers money
  and asks for a card (the boss's nickname and WeChat, the reporter's workplace and card,
  transfer records, the boss's cousin at the town) | a neighbourhood group-buy 接龙 list with
  the reporter's flat and phone tail among third parties', an @mention, the grid worker's mobile
  | a chat-backup export (sender WeChat IDs, a shared location that is the reporter's home
  with coordinates, a contact card of a neighbour, photo file names).
- transfer: an OA 文件处理笺 (来文摘要 with the reporter, 拟办 and 批示, a flow log with the
  officials' phones) | a 保密审查表 listing each removed item with the value removed (name,
  phone, ID, home, workplace, a relative, a WeChat, a handwritten number in Chinese digits) |
  a 派车单 (the bureau's car plate and driver, the reporter waiting at a landmark, their phone
  or a relative's) | an officer's 工作交接清单 (one row per case, each its own reporter and
  reported party: an enterprise, another unit, a natural person; notes on the reporter).
- notice (publish): an EIA 公众参与 second notice with the table of opinions (the reporter and a
  co-objector named with phone and compound, a resident in favour, the plant's contact, the
  EIA consultancy and its engineer) | a 公告送达 to an individual operator who cannot be found
  (ID, year of birth, last address, mobile; the case opened on a reporter in 某-form, masked or
  by compound) | a televised 问政 transcript (host and commentator, the bureau's head, the
  reporter's caption with surname and compound or workplace, the boss) | a 生态环境损害赔偿磋商
  公告 (the plant, its USCC and legal representative, sometimes an individual disposer with
  gender, age and home; the assessment firm and its assessor; the reporter masked).
- reward: a phone-credit reward list (mobiles topped up per reporter, one to a relative's
  number, a failed row redone to the reporter's landline, another mobile or a typed one) | a
  statement declining the reward and giving it to a public institution (ID in digits, Chinese
  digits or groups; the institution's account; the clerk's check with a masked number; a
  village cadre as witness) | an auditor's working paper sampling reward payments (the bureau's
  fund account, a card in a relative's name, a cash payment with a masked ID) | the minutes of
  the meeting deciding rewards (officials, an insider working at the reported plant, a second
  reporter with masked phone and 某-form).
- census: a data-audit query list (two census objects with codes, contacts and mobiles, the
  legal representative as new contact, the auditor and supervisor) | a register-matching
  result (market, tax and power lists: an enterprise, an individual operator with ID and
  mobile, a deregistered unit, power account numbers, the plant's website) | a draft aggregate
  table whose footnote names the only unit of an industry and its contact, with the reviewer's
  comment | the receipt slip of a census notice (the signer's post, mobile and ID tail, a
  gatekeeper who refused, the legal representative, census taker and supervisor).

Labelling decisions
-------------------
- Slots added in ``common.Unseen8Slots``: ``J`` a second reporter (co-objector, co-signer),
  ``K`` a second relative (grandchild, cousin: reporter), ``E`` the plant's staff (subject),
  ``F`` a natural person reported (subject), ``Y`` neighbour, group-buy leader, resident in
  favour and ``Q`` editor, interpreter, village cadre (third party), ``D`` / ``G`` further
  officials (shift leader, driver, auditor, supervisor), ``U`` / ``M`` another unit and its
  manager with a role per document (subject; third party for a newspaper and an EIA or
  assessment consultancy), ``X`` / ``V`` / ``Z`` persons bound per row or turn.
- A URL whose query string carries the reporter's mobile is one URL span, role reporter. A
  mobile typed with l/I and O for 1 and 0 is CN_MOBILE, form ``typo``; an ID in Chinese digits
  ``chinese``; an ID in groups of four and a mobile grouped 4-4-3 ``spaced``; full-width with
  full-width dashes ``fullwidth``; the first seven digits with stars, masked values, 某-forms,
  王○芳, the last six of an ID, phone tails in a 接龙 list ``partial``.
- The flat as building-unit-room digits (12-3-1102) or 5组23号, the compound or village alone:
  CN_ADDRESS ``partial`` of their holder. A shared location's name is the reporter's address;
  its coordinates are not a span.
- Objectors in an EIA notice who complained are reporter; the resident in favour, neighbours
  in a group-buy list, patients in a doctor's letter, the fish dealer, a cousin of the boss at
  the town: third party. A cousin or grandchild who writes or fills in for the reporter:
  reporter. The insider's plant stays subject (ORGANIZATION). The village clinic where the
  doctor who reports works is CN_WORKPLACE reporter.
- The bureau's car plate, fund account, duty mobile, mailbox and all staff (interpreters
  excepted: third party): official. The school or hospital that receives a donated reward and
  its account: public.
- Never-items: work-order numbers, request ids, access-log time stamps, seat and census-taker
  numbers, document, minute, agreement, voucher and audit-paper numbers, power account numbers,
  top-up order numbers, contract numbers, licence numbers, kilometre posts, coordinates, page
  marks, amounts, quantities, periods.

What differs from the other families
------------------------------------
- Documents they do not have: smoking-truck highway calls, agents' internal IM, work-order
  reminder e-mails, sign-language relays; newspaper-forwarded letters, fish-pond loss letters,
  real-name pledges, village doctors' letters; XML exchange records, access logs with decoded
  bodies, elder-mode proxy forms, paginated printouts; family groups, hush-money chats with a
  boss, group-buy lists, chat-backup exports; OA processing sheets, secrecy check sheets, car
  dispatch slips, hand-over lists; EIA opinion tables, service by publication, televised
  问政, damages-consultation notices; phone-credit rewards, declined and donated rewards, audit
  working papers, reward meeting minutes; audit query lists, register matching, aggregate
  drafts with a single-unit footnote, notice receipt slips.

Measures (forward, own genres, ``--detect analyzer``; written down by the main session)
-----------------------------------------------------------------------------------------
- 12:31, first, blind (the rules of unseen7-a, commit 6de617f): half b 29.01 % / 68.67 %; half b
  with gold detection 3.07 % / 63.59 %; whole 22.75 % / 69.91 %. Under ``discuss`` the chats of
  half b leak 59.93 % with the analyzer and 0.00 % with gold detection.
- 12:47, second (after unseen7-b's rules): half b 29.01 % (unchanged); whole 22.95 %.
- Half a opened at 12:48 (16.08 % / 71.71 %). Half b blind again at 12:56 (29.01 %), 13:04
  (28.24 %, after the OCR-digit rule) and 13:10 (28.21 %; ``publish`` 11.03 % -> 7.12 %); half a
  after its rules 5.68 % / 73.01 %. 13:38, sixth blind measure of half b: 28.21 %. Half b stays
  blind.
"""

from __future__ import annotations

import importlib

GENRES = ("hotline", "letter", "webform", "chat", "transfer", "notice", "reward", "census")


def builder_for(genre: str):
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r}; known: {', '.join(GENRES)}")
    return importlib.import_module(f"{__name__}.{genre}").build
