"""Twelfth template family (``unseen11``), the tenth written blind: the same eight genres,
other documents.

    python -m benchmarks.bench_roles --family unseen11 --detect analyzer   # aggregate only
    python -m benchmarks.bench_roles --family unseen11 --half b --detect analyzer

Who, when, how
--------------
Written on 2026-12-04 (03:29-03:49 UTC) by a helper session (an AI engineer started by the
main session for this task alone, in the worktree ``/work/wt-u11``, branch ``unseen11``) that
had not seen the role rules. It did not open, read, grep or list anything under ``src/``,
``recognizers/``, ``docs/`` or ``training/``, nor the README, nor any test but
``tests/test_synth.py`` and ``tests/test_synth_blind.py``. Of the other families' genre
packages it read only the ``__init__.py`` docstrings (to avoid their documents) and, for the
API, ``genres_unseen10/common.py`` and ``genres_unseen10/hotline.py``. It read
``benchmarks/synth/{__init__, render, slots, model, cast, words, geo, numbers}.py``, the scorer
``benchmarks/bench_roles.py`` (labels, roles, policies) and ``DESIGN.md``.
``common.Unseen11Slots`` derives from the base ``slots.Slots`` only (nothing imported from
another family). It never ran the detector, the analyzer, the Redactor, the CLI,
``bench_roles``, ``bench_accuracy`` or ``role_digest`` over these texts: only the generator, to
read its own output with the gold marked, and the two structural test files. Faker 40.63.0.
The family is measured in aggregate; ``bench_roles`` refuses ``--dump`` / ``--misses`` for it
except for half a (``STILL_BLIND``, seed 20261211). Half a (``unseen11-a``, layouts 0 and 2 of
each genre) may be looked at later; half b (``unseen11-b``, layouts 1 and 3) stays blind: once
one of its failures is read it stops measuring anything. Opened at stop 19 (2026-12-04,
22:16 UTC) after four blind measures of half b (15.05 % forward leak three times, then 14.89 %,
77.00 % retention at each), once unseen13 had joined unseen12 as a blind family.

What is in it (genre: layouts 0 | 1 | 2 | 3; even positions are half a, odd ones half b)
-----------------------------------------------------------------------------------------
- hotline: the speech-recognition (ASR) transcript of a 12369 call with speaker turns (免贵姓X:
  the surname alone; the mobile as the recogniser heard it, spoken digits with 幺 and one
  homophone slip 要/是/就, then read back in digits by the agent; the compound; a relative
  who can witness) | a 重复诉求 tracking sheet (first call in full: name, gender, mobile, home;
  later calls by phone tail and 某-form; a neighbour's related call merged) | a 回访满意度
  survey record (callback number, scored questions, a comment naming the flat or compound and
  the boss waiting at the gate) | the SMS gateway's 短信下发记录 (the acknowledgement to the
  reporter's mobile, a copy re-sent to a relative's, the task SMS to the officer's mobile, the
  closing SMS, the reporter's upstream reply).
- letter: a scanned letter read back by OCR (the name and the mobile cut by line ends, page
  marks, the clerk's note checking the smudged digit against the envelope) | a lawyer's letter
  for a client (委托人 with ID, home, mobile; the lawyer, their mobile and e-mail and the law
  firm are third parties; the plant and its legal representative) | a letter with drone photos
  (a friend who flew the drone is a third party with mobile; the writer's roof as the flat;
  DJI file names; a tanker's plate) | a 信访事项复核申请书 (applicant's demographics, ID, home,
  phone; a relative as 委托代理人; the bureau and its parent).
- webform: a mail to the bureau's complaint mailbox forwarded twice (From/To/Cc headers of the
  two forwards with officers' names and addresses; the reporter's address, nickname and
  signature in the quoted original) | a grid worker's patrol log exported from a spreadsheet
  (the grid worker's mobile on every row, official; the reporter's name, flat and mobile; an
  unrelated resident, third party; the re-check by 某-form and tail) | an online report with
  watermark-camera photos (each watermark prints the shooter's name or nickname, the place and
  time) | an "anonymous" report verified by SMS code to the reporter's mobile (client IP,
  device name with the nickname, the plant's USCC; the sorter links it to an old case by tail).
- chat: a property-owners' group where one owner works at the plant (his nickname, name and
  mobile are the plant's side, subject; residents with building nicknames 7栋-老王; the property
  manager and company third parties) | a 合并转发 chat record the grid worker forwards to the
  officer (the reporter's nickname, name, flat and mobile inside; the plant's gate phone) | a
  chat with a journalist of the city TV's help programme (journalist, station: third party;
  the reporter's video link, home, contact) | a chat with an environmental NGO's volunteer
  preparing a public-interest suit (volunteer's WeChat, the association: third party; the
  reporter's ID, home, mobile; a colleague's QQ or mobile).
- transfer: a central environmental inspection team's 群众信访举报转办单 to the province
  (受理编号 D豫…; the reporter's name and mobile; the plant, its site and boss; the liaison) | a
  cross-city 异地转办函 (the reporter's data sent to another city's bureau under 举报人信息,
  with the workplace near the plant) | a 公益诉讼线索移送函 to the district procuratorate (the
  reporter as 线索提供人; the plant, USCC, boss, an employee questioned; the prosecutor's
  mobile, official) | a 办结报告审核 sheet sending a town's report back because it named the
  reporter (name, phone, flat quoted in the reason; the boss told of 某-form).
- notice (publish): the 群众信访举报转办和边督边改公开情况 list of a central inspection (the
  complaint as a compound's or flat's residents put it; a row about an individual business
  whose operator is named with gender and a masked ID, and its 92… code; an official held
  accountable) | a published 信访事项答复意见书 masked inconsistently (addressed to X某, the body
  naming the complainant in full, giving the phone or the masked name) | a 政府信息公开申请
  答复书 to the reporter (their postal address and phone; the plant's penalty released) | a
  信访积案化解公示 (complainants by 某-form and tail, a masked name, a neighbour in a dispute;
  the leading cadres; the reporter's compound in a note).
- reward: a 举报奖励公示 with pseudonyms (化名) and card tails or masked cards, now and then the
  pseudonym's compound | the minutes of the reward review meeting (the reporter by name with
  workplace, or as an insider of the plant beside its workshop head, or demographics; the
  bureau's account and the reporter's card; a second reporter refused) | a 奖励兑现回访 call
  where a relative answers (relative's card and bank branch, the tail check, the relative's
  mobile) | a 个人所得税 (偶然所得) withholding return for the reward (ID or passport, mobile,
  card; the tax office and the bureau as withholding agent).
- census: the census form of an individual business (字号, 92… code, the operator's gender, ID
  and mobile, the premises; census taker with mobile, official) | a census taker's door-to-door
  log guided by a grid worker (the unit's boss, employee and phones; a note that residents of a
  compound reported it, the reporter by 某-form or title) | a quality-check sample table (units,
  codes, addresses, contacts and mobiles) | a 一企一档 key: value export (legal representative,
  environmental officer's mobile and e-mail, website, phone, outlets with coordinates).

Labelling decisions
-------------------
- Slots added in ``common.Unseen11Slots``: ``J`` a co-reporter and ``K`` a relative acting for
  the reporter (reporter), ``E`` the plant's employee (subject, also when they live in the
  reporter's compound), ``Y`` a bystander and ``L`` a lawyer / journalist / NGO volunteer
  (third party), ``D`` a second official and ``G`` the grid worker or census taker (official),
  ``U`` organisations outside the complaint (law firm, TV station, NGO, property company, bank
  branch: third party).
- The surname alone (免贵姓陈 → 陈) is PERSON reporter ``partial``; a name cut by a line end
  is PERSON ``linebreak``; an ASR mobile with a homophone slip is CN_MOBILE ``chinese``.
- Watermark shooter names, building nicknames (7栋-老王) and a device name made of the
  nickname carry the reporter's role; a pseudonym (化名 “绿水”) is not a span.
- An insider's employer is the reported plant (ORGANIZATION subject); a workplace near the
  plant given in a cross-city transfer is CN_WORKPLACE reporter.
- The lawyer acting for the reporter is a third party (name, mobile, e-mail, firm); a relative
  acting for the reporter (委托代理人, the one answering the callback) is reporter.
- An individual business's operator (name, gender, ID, mobile) is subject; census takers and
  grid workers are official. The tax office and the procuratorate are official.
- Never-items: 受理编号 (D豫…), document and case numbers, SMS verification codes, DJI file
  names, time stamps, scores, rates, amounts, coordinates, periods.

What differs from the other families
------------------------------------
Documents they do not have: ASR call transcripts with recogniser slips, repeat-complaint
tracking sheets, satisfaction-survey records, SMS gateway logs; OCR'd letters with broken
names, lawyers' letters, drone-photo letters, 复核申请书; twice-forwarded mails with headers,
grid patrol spreadsheets, watermark-camera uploads, SMS-verified anonymous reports; owners'
groups with a plant employee among residents, 合并转发 records, chats with a TV journalist and
with an NGO volunteer; central-inspection 转办单, cross-city transfers, 公益诉讼 clue transfers
to the procuratorate, audit sheets returning a report that leaked the reporter; the inspection's
public list with an individual operator, inconsistently masked replies, 依申请公开 replies,
积案化解 notices; pseudonymous reward notices, review-meeting minutes, payout callbacks, tax
withholding returns; individual-business census forms, door-to-door logs, quality-check
samples, 一企一档 exports.
"""

from __future__ import annotations

import importlib

GENRES = ("hotline", "letter", "webform", "chat", "transfer", "notice", "reward", "census")


def builder_for(genre: str):
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r}; known: {', '.join(GENRES)}")
    return importlib.import_module(f"{__name__}.{genre}").build
