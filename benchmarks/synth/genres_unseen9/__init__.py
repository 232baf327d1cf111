"""Tenth template family (``unseen9``), the eighth written blind: the same eight genres,
other documents.

    python -m benchmarks.bench_roles --family unseen9 --detect analyzer   # aggregate only
    python -m benchmarks.bench_roles --family unseen9 --half b --detect analyzer

Who, when, how
--------------
Written on 2026-12-03 (14:10-14:30 UTC) by a helper session (an AI engineer started by the
main session for this task alone, in the worktree ``/work/wt-u9``, branch ``unseen9``) that
had not seen the role rules. It did not open anything under ``src/`` (so not the role, genre,
coreference, field-value, chat-speaker or free-text code), nor ``recognizers/``, ``docs/``,
``training/``, nor the README, nor any test but ``tests/test_synth.py`` and
``tests/test_synth_blind.py``. Of the other families' genre packages it read only the
``__init__.py`` docstrings (to avoid their documents) and, for the API,
``genres_unseen8/common.py`` and ``genres_unseen8/hotline.py``. It read
``benchmarks/synth/{__init__, render, slots, model, cast, words, geo, numbers}.py``, the scorer
``benchmarks/bench_roles.py`` (labels, roles, policies) and ``DESIGN.md``.
``common.Unseen9Slots`` derives from the base ``slots.Slots`` only (nothing imported from
another family). It never ran the detector, the analyzer, the Redactor, the CLI,
``bench_roles`` or ``bench_accuracy`` over these texts: only the generator, to read its own
output with the gold marked, and the two structural test files. Faker 40.63.0.
The family is measured in aggregate; ``bench_roles`` refuses ``--dump`` / ``--misses`` for it
except for half a (``STILL_BLIND = ("unseen8", "unseen9")``, seed 20261209). Half a
(``unseen9-a``, layouts 0 and 2 of each genre) may be looked at later; half b (``unseen9-b``,
layouts 1 and 3) stays blind: once one of its failures is read it stops measuring anything.

What is in it (genre: layouts 0 | 1 | 2 | 3; even positions are half a, odd ones half b)
-----------------------------------------------------------------------------------------
- hotline: the log of an AI outbound callback robot (智能外呼回访: the number masked in the task
  row and whole in the dial line; the speech-recognised answer where the caller gives the
  compound and the surname alone, or a relative answers and names the caller, the workplace
  and the relative's own mobile; the hand-over to a human agent) | a call-detail export from
  the switch, tab-separated (caller number, seat, seconds, a recording file named
  ``<time stamp>_<caller's mobile>.wav``; a second row from the plant's landline with the boss
  asking who called, or from a relative's mobile; a third caller about something else; the QA
  note) | a food-delivery rider who delivered to the plant (his station 美团外卖…站 as workplace,
  rider number, the plant employee who ordered, with the phone tail printed on the order) |
  a bilingual record of a call from abroad (Mr./Ms. + pinyin surname beside the Chinese name,
  passport, e-mail, the family's home, a family member's mobile or landline, WeChat, QQ or a
  +86 roaming mobile).
- letter: a complaint in doggerel (顺口溜 about the plant and its boss by surname; signed with
  the compound or home and a phone in Chinese digits in groups) | a semi-literate letter typed
  by a grandchild or child (环宝局, pinyin for characters the writer cannot write, the age in
  words, the phone in Chinese digits, the ID; a neighbour who signs too; the typist's mobile or
  QQ) | a guesthouse owner's letter (the 民宿 / 农家乐 as workplace, at the owner's home; guests'
  reviews quoted under their nicknames; the losses; the owner's Douyin link; a relative in the
  shop) | an e-mail thread with quoted replies (the writer's new mobile on top; the bureau's
  reply quoted with ``>``; the writer's first mail quoted with ``>>``, with home, old mobile and
  workplace or landline).
- webform: the platform's receipt e-mail to the submitter (the surname title, the query code,
  the submitted name, mobile and ID echoed masked, the submitter's IP whole) | a public-opinion
  monitoring entry (a 小红书 / 抖音 post by the reporter: nickname, handle, link; a commenter
  who gives away the compound, the flat or 老X; the plant's own account replying; the analyst's
  note naming the reporter) | a 政务服务 好差评 record (the evaluator's name, masked ID and
  mobile; the bad review; rectification owner; the callback by phone tail, a relative or a
  postal address) | a duplicate-check report (two submissions, one with name, mobile and IP,
  the other 匿名 from a relative's or a neighbour's mobile with the same IP; the merge).
- chat: a WeChat Moments post typed out from the reporter's screenshots (nickname, a location
  tag that is their compound, likes by a neighbour, the reporter's relative and a plant
  employee; comments where the employee asks them to delete it and a neighbour names the
  flat; the typist's note with the reporter's mobile, WeChat or QQ) | the plant's workers'
  group forwarded by an insider (workshop head and boss by nickname hunting for who reported,
  co-workers; the insider's nickname, then their name and mobile in the note) | a chat
  screenshot read by OCR (status bar, the grid worker's name in the title, a mobile with one
  digit read as a letter, the home or compound + flat, the grid worker's mobile, 对方正在输入)
  | a property company's online service chat (the resident's nickname, 11-2-1004, surname and
  phone; the clerk's name and mobile; a second resident who joins with their flat; the grid
  worker).
- transfer: a 复函 from the handling bureau to the city 信访局 (findings with the plant's staff
  and mobile, USCC or permit; the callback to the reporter by 某-form and phone tail, by name
  and mobile, or through a relative at the compound) | a people's mediation agreement sent for
  the record (甲方 the reporter, sometimes with a co-party: gender, age, ID, home, mobile; 乙方
  the plant with USCC, domicile, legal representative and its agent with mobile; the
  compensation; the mediator, the recorder and the committee) | a chain-of-custody form for a
  sample a resident brought to the monitoring station (送样人 with ID and phone; taken from
  their own well or yard; a relative as companion; receiver and checker) | a grid worker's
  patrol log pasted from a spreadsheet (the plant's site, the reporter's compound as the
  place of an entry with name and mobile, a neighbour's unrelated matter with home, the town
  office and its cadre).
- notice (publish): the plant's own self-inspection report posted on its site (USCC,
  address, legal representative, environmental officer's mobile, the plant's phone with a
  line break; the complaint traced to the reporter's compound, 某-form, title + phone tail or
  flat) | a procuratorate's pre-litigation public-interest notice (the wrongdoer a natural
  person with gender, year and month of birth, masked ID, home; or the plant with USCC and
  legal representative; the clue from 群众X某 / a compound's resident; the prosecutor) | the
  public page of the discharge-permit register (both addresses, industry, legal
  representative, technical lead with mobile, permit number and validity; public comments:
  the reporter by nickname with their flat, a neighbour by nickname) | a local news story
  (the outlet and journalist; the reporter quoted as 张女士 from a compound, as 李某（化名）or by
  name; another resident; the boss by title; the bureau's officer).
- reward: a register of honour certificates (number, name, workplace, mobile, the case, who
  signed: the reporter or a relative; further rows with other reporters, masked) | a
  fixed-width bank batch file (``H|DF|<the bureau's fund account>|…``; ``D|0001|<card>|<name
  padded>|<amount in fen>|<memo>`` per reporter; trailer; a clerk's note with the first payee's
  mobile) | a budget performance self-evaluation (the typical case with 群众X某, the reporter's
  workplace or "an insider of the plant"; an 附件 list whose file names carry the reporter's
  name, ID tail and card tail) | a notary's record of an anonymous reward claimed with the
  query code (the claimant's ID, or HK-Macao permit with the ID, mobile; a relative who signs
  with their ID; the notary office, notary and clerk; the bureau's officer).
- census: a business licence read by OCR attached to a census record (USCC with O for 0 or a
  fold space, name, type, legal representative, capital, date, domicile, scope; the census
  taker with a mobile, the unit's contact with a mobile, the supervisor and the office) | the
  census takers' WeChat group (takers by nickname and name, the unit's contact and legal
  representative with mobiles, a door-plate photo named after the unit's short name, a cadre's
  aside that the unit was reported by 老X / 小X of a compound) | a unit accountant's e-mail
  submitting the forms (sender mail, attachments named after the unit, USCC, signature with
  the plant's phone, mobile and address; the taker's quoted request) | a training handout
  whose worked example is a real unit (USCC, legal representative, address, contact and
  mobile; trainer; the venue a public institution).

Labelling decisions
-------------------
- Slots added in ``common.Unseen9Slots``: ``J`` a second reporter (a neighbour who joins, a
  co-party of a mediation, the neighbour whose mobile sent a duplicate submission), ``K`` a
  relative who acts for the reporter (the typist of a letter: reporter), ``E`` the plant's staff
  (subject: environmental officer, workshop head, accountant, the customer on a food order),
  ``F`` a natural person as wrongdoer (subject), ``Y`` a bystander (third party: a co-worker, a
  liker, a neighbour who comments, a guest, a recorder, a notary's clerk), ``Q`` an outsider with
  a job (third party: the notary, the journalist, the mediator, the property clerk), ``U``
  organisations outside the complaint (third party: a property company, a notary office, a
  people's mediation committee, a newspaper), ``D`` / ``G`` further officials (a checker, the
  supervisor, the grid worker, a town cadre), ``X`` / ``V`` persons bound per row.
- The reporter's number inside a recording's file name is a CN_MOBILE span of its own (the time
  stamp before it is a never-item); a name inside an attachment's file name is a PERSON span;
  the ID's last six and the card's last four in file names are ``partial``.
- A rider's delivery station and a guesthouse the reporter runs are CN_WORKPLACE reporter (the
  guesthouse stands at the reporter's home, whose address is CN_ADDRESS reporter). An insider's
  plant stays ORGANIZATION subject. The plant's own social account is CN_SOCIAL_ACCOUNT subject;
  the bureau's Weibo handle and the census takers' nicknames are official.
- Nicknames of the reporter's relatives among the likes of a Moments post: reporter. Guests'
  nicknames in reviews, co-workers in the plant's group, commenters: third party.
- A 化名 given by a newspaper (李某（化名）) is still a PERSON partial of the reporter; Mr./Ms. +
  pinyin surname is PERSON partial, the surname alone after 姓 is PERSON partial.
- Forms: a mobile with one digit misread as a letter (O l S B Z) and an ID likewise: ``typo``; a
  USCC with O for 0: ``typo``, with a fold space: ``spaced``; 138.1234.5678: ``dashed``;
  1381 234 5678: ``spaced``; Chinese digits in spaced groups: ``chinese``; 138******78 and
  masked IDs / names / cards: ``partial``; the flat as 11-2-1004 or 4组17号, the compound or
  village alone: CN_ADDRESS ``partial``.
- The people's mediation committee and the notary office are third parties (not agencies); the
  procuratorate, the monitoring station, the census office, the city 信访局, the town office
  are official. The venue of a census training (a hospital, a school) is public.
- Never-items: work-order and duplicate-check numbers, query codes, rider numbers, recording
  time stamps (``20240712_101522``), call seconds, satisfaction scores, similarity and OCR
  confidence percentages, certificate numbers (HBWS…), sample numbers (YP-…), mediation and
  notary numbers, bank batch numbers and fixed-width amounts in fen, registered capital,
  establishment dates, permit numbers and validity, document numbers, amounts, readings,
  distances and periods.

What differs from the other families
------------------------------------
- Documents they do not have: AI callback robots, switch call-detail exports with recording
  files, delivery riders, calls from abroad in two languages; doggerel, semi-literate typed
  letters, guesthouse owners' letters, e-mail threads quoted two levels deep; receipt e-mails,
  opinion-monitoring entries, 好差评 records, duplicate-check reports; Moments posts with likes,
  workers' groups forwarded by an insider, OCR'd chat screenshots, property-service chats;
  复函 to the 信访局, people's mediation agreements, sample chain-of-custody forms, grid patrol
  logs; plants' self-inspection reports, procuratorate notices, permit-register pages with
  comments, news stories; honour-certificate registers, fixed-width bank batch files,
  performance self-evaluations, notarised anonymous claims; OCR'd business licences, census
  takers' groups, accountants' submission mails, training handouts with a real example.
"""

from __future__ import annotations

import importlib

GENRES = ("hotline", "letter", "webform", "chat", "transfer", "notice", "reward", "census")


def builder_for(genre: str):
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r}; known: {', '.join(GENRES)}")
    return importlib.import_module(f"{__name__}.{genre}").build
