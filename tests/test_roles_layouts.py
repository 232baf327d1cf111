"""Role attribution in form layouts beyond ``label：value`` on one line (12369 records, web
forms and 转办单 as exported): a value on the line under its label, ``【label】value``, several
fields on one line separated by ；/;, horizontal tables (a header row of column labels, then
value rows), and reply titles that make a document a notice.

Rows are written from the layouts, not from benchmark failures. Positive rows show the
layout's own reading; negative rows (``# why``) keep it fail-closed: a contact identifier
whose owner the layout does not settle stays with the reporter (removed under ``forward``),
while a reported company's name, address and landline stay the company's. Synthetic values
only (invented names, generated numbers).
"""

from __future__ import annotations

import pytest
from test_roles import _run

from jubao_redact.genre import detect_genre

# fmt: off
CASES = [  # text, findings [(entity, start, end)], expected [(entity, start, end, role, evidence)]
    # 1. the value on the line under its label (a form exported cell by cell)
    ('12369热线来电记录\n来电人\n王某某\n联系电话\n13812345678\n被举报单位\n新乡恒达化工有限公司\n单位地址\n新乡市红旗区化工路18号\n单位电话\n0373-5551234',
     [('PERSON', 16, 19), ('CN_MOBILE', 25, 36), ('ORGANIZATION', 43, 53), ('CN_ADDRESS', 59, 71), ('CN_LANDLINE', 77, 89)],
     [('PERSON', 16, 19, 'reporter', 'role:field:来电人'), ('CN_MOBILE', 25, 36, 'reporter', 'role:genre:hotline:联系电话'),
      ('ORGANIZATION', 43, 53, 'subject', 'role:field:被举报单位'), ('CN_ADDRESS', 59, 71, 'subject', 'role:field:单位地址'),
      ('CN_LANDLINE', 77, 89, 'subject', 'role:block:单位地址')]),
    # a label built on a cue (涉事|主体, 诉求人|住址) alone on its line; the missed address is found
    ('网上举报\n涉事主体\n郑州鑫源塑料厂\n诉求人住址\n郑州市金水区花园路8号\n',
     [('ORGANIZATION', 10, 17)],
     [('ORGANIZATION', 10, 17, 'subject', 'role:field:涉事'), ('CN_ADDRESS', 24, 35, 'reporter', 'role:field:诉求人')]),
    # why: another party's block never takes a mobile: 手机 under 涉事主体 stays the writer's
    ('网上举报\n涉事主体\n郑州鑫源塑料厂\n手机\n13912345678',
     [('ORGANIZATION', 10, 17), ('CN_MOBILE', 21, 32)],
     [('ORGANIZATION', 10, 17, 'subject', 'role:field:涉事'), ('CN_MOBILE', 21, 32, 'reporter', 'role:genre:webform:手机')]),
    # why: a person's line (姓名：) ends the reported party's block: the address below is the writer's
    ('网上举报\n被举报单位：新乡恒达化工厂\n姓名：刘芳\n通讯地址：新乡市红旗区胜利街5号',
     [('ORGANIZATION', 11, 18), ('PERSON', 22, 24), ('CN_ADDRESS', 30, 41)],
     [('ORGANIZATION', 11, 18, 'subject', 'role:field:被举报单位'), ('PERSON', 22, 24, 'reporter', 'role:genre:webform:姓名'),
      ('CN_ADDRESS', 30, 41, 'reporter', 'role:genre:webform:通讯地址')]),
    # why: after the writer's own mobile, an address is no longer the reported unit's (fail closed)
    ('网上举报\n被举报单位：新乡恒达化工厂\n单位地址：新乡市牧野区化工路8号\n联系电话：13812345678\n联系地址：新乡市红旗区胜利街5号',
     [('ORGANIZATION', 11, 18), ('CN_ADDRESS', 24, 35), ('CN_MOBILE', 41, 52), ('CN_ADDRESS', 58, 69)],
     [('ORGANIZATION', 11, 18, 'subject', 'role:field:被举报单位'), ('CN_ADDRESS', 24, 35, 'subject', 'role:field:单位地址'),
      ('CN_MOBILE', 41, 52, 'reporter', 'role:genre:webform:联系电话'), ('CN_ADDRESS', 58, 69, 'reporter', 'role:genre:webform:联系地址')]),
    # place labels of 转办单 (问题属地) and the caller's number as shown (来电显示)
    ('环境信访事项转办单\n被投诉单位：郑州鑫源塑料厂\n问题属地：新乡市牧野区化工路42号\n企业联系电话：0373-4870272\n来电显示：13457002702',
     [('ORGANIZATION', 16, 23), ('CN_ADDRESS', 29, 42), ('CN_LANDLINE', 49, 61), ('CN_MOBILE', 67, 78)],
     [('ORGANIZATION', 16, 23, 'subject', 'role:cue:被投诉'), ('CN_ADDRESS', 29, 42, 'subject', 'role:field:问题属地'),
      ('CN_LANDLINE', 49, 61, 'subject', 'role:field:企业联系电话'), ('CN_MOBILE', 67, 78, 'reporter', 'role:field:来电显示')]),
    # a cue that starts a longer label (被投诉|单位：) opens a block like a field does
    ('网上举报\n被投诉单位：郑州鑫源塑料厂\n地址：新乡市牧野区化工路42号',
     [('ORGANIZATION', 11, 18), ('CN_ADDRESS', 22, 35)],
     [('ORGANIZATION', 11, 18, 'subject', 'role:cue:被投诉'), ('CN_ADDRESS', 22, 35, 'subject', 'role:block:被投诉')]),
    # why: a value that does not start the line under the label is not that label's value
    ('来电人\n附近居民都知道，13812345678',
     [('CN_MOBILE', 13, 24)],
     [('CN_MOBILE', 13, 24, 'unknown', '')]),
    # an agency's contact block given label above value, in a reply: the agency's (as 联系人：王洋)
    ('关于李某某来信的回复\n联系人\n王洋\n联系电话\n0371-12345678\n李某某：\n你的来信收悉。经查，该厂已停产整改，我局将持续跟踪检查，感谢您对环保工作的支持。',
     [('PERSON', 15, 17), ('CN_LANDLINE', 23, 36), ('PERSON', 37, 40)],
     [('PERSON', 15, 17, 'official', 'role:genre:notice:联系人'), ('CN_LANDLINE', 23, 36, 'official', 'role:genre:notice:联系电话'),
      ('PERSON', 37, 40, 'reporter', 'role:salutation:your-report')]),
    # 2. 【label】value, no colon (also with spaces inside the brackets)
    ('【 举报人 】李红梅', [('PERSON', 7, 10)], [('PERSON', 7, 10, 'reporter', 'role:field:举报人')]),
    ('【举报人】李红梅【联系电话】13812345678【被举报单位】新乡恒达化工厂【单位地址】新乡市牧野区化工路8号',
     [('PERSON', 5, 8), ('CN_MOBILE', 14, 25), ('ORGANIZATION', 32, 39), ('CN_ADDRESS', 45, 56)],
     [('PERSON', 5, 8, 'reporter', 'role:field:举报人'), ('CN_MOBILE', 14, 25, 'reporter', 'role:anchor:field:举报人'),
      ('ORGANIZATION', 32, 39, 'subject', 'role:field:被举报单位'), ('CN_ADDRESS', 45, 56, 'subject', 'role:field:单位地址')]),
    ('网上投诉\n【诉求人】李红梅\n【被举报单位】新乡恒达化工厂\n【联系电话】0373-5551234\n【手机】13812345678',
     [('PERSON', 10, 13), ('ORGANIZATION', 21, 28), ('CN_LANDLINE', 35, 47), ('CN_MOBILE', 52, 63)],
     [('PERSON', 10, 13, 'reporter', 'role:field:诉求人'), ('ORGANIZATION', 21, 28, 'subject', 'role:field:被举报单位'),
      ('CN_LANDLINE', 35, 47, 'subject', 'role:block:被举报单位'), ('CN_MOBILE', 52, 63, 'reporter', 'role:genre:webform:手机')]),
    # why: 【举报人信息】 alone on its line is still a heading (a section), not a field
    ('网上举报\n【举报人信息】\n联系电话：0373-5551234',
     [('CN_LANDLINE', 19, 31)],
     [('CN_LANDLINE', 19, 31, 'reporter', 'role:section:举报人')]),
    # 3. several fields on one line, separated by ；/;
    ('举报人：张晓东；电话：13812345678；被举报单位：新乡恒达化工厂；电话：0373-5551234；负责人：王五',
     [('PERSON', 4, 7), ('CN_MOBILE', 11, 22), ('ORGANIZATION', 29, 36), ('CN_LANDLINE', 40, 52), ('PERSON', 57, 59)],
     [('PERSON', 4, 7, 'reporter', 'role:field:举报人'), ('CN_MOBILE', 11, 22, 'reporter', 'role:anchor:field:举报人'),
      ('ORGANIZATION', 29, 36, 'subject', 'role:field:被举报单位'), ('CN_LANDLINE', 40, 52, 'subject', 'role:anchor:field:被举报单位'),
      ('PERSON', 57, 59, 'subject', 'role:field:负责人')]),
    # why: a mobile in its own field after another party's fields is not theirs (fail closed):
    # the reporter's field earlier on the line, or else the genre default, decides it
    ('举报人：张晓东；被举报单位：新乡恒达化工厂；负责人：王五；手机：13912345678',
     [('PERSON', 4, 7), ('ORGANIZATION', 14, 21), ('PERSON', 26, 28), ('CN_MOBILE', 32, 43)],
     [('PERSON', 4, 7, 'reporter', 'role:field:举报人'), ('ORGANIZATION', 14, 21, 'subject', 'role:field:被举报单位'),
      ('PERSON', 26, 28, 'subject', 'role:field:负责人'), ('CN_MOBILE', 32, 43, 'reporter', 'role:field:举报人')]),
    ('被举报单位：新乡恒达化工厂; 地址：新乡市牧野区化工路8号; 联系电话：13712345678',
     [('ORGANIZATION', 6, 13), ('CN_ADDRESS', 18, 29), ('CN_MOBILE', 36, 47)],
     [('ORGANIZATION', 6, 13, 'subject', 'role:field:被举报单位'), ('CN_ADDRESS', 18, 29, 'subject', 'role:anchor:field:被举报单位'),
      ('CN_MOBILE', 36, 47, 'reporter', 'role:genre:letter:联系电话')]),
    # fields on one line separated by column gaps read like fields separated by ；
    ('举报人：张晓东    被举报单位：新乡恒达化工厂    电话：0373-5551234    手机：13912345678',
     [('PERSON', 4, 7), ('ORGANIZATION', 17, 24), ('CN_LANDLINE', 31, 43), ('CN_MOBILE', 50, 61)],
     [('PERSON', 4, 7, 'reporter', 'role:field:举报人'), ('ORGANIZATION', 17, 24, 'subject', 'role:field:被举报单位'),
      ('CN_LANDLINE', 31, 43, 'subject', 'role:anchor:field:被举报单位'), ('CN_MOBILE', 50, 61, 'reporter', 'role:field:举报人')]),
    # why: a column gap keeps another party's role from a contact identifier only: the name after
    # 接线员工号：11 is the operator's, the mobile after 接线员工号：12 is not surely theirs
    ('热线电话记录单\n接线员工号：11  姓名：许小红\n接线员工号：12  手机：13912345678',
     [('PERSON', 21, 24), ('CN_MOBILE', 38, 49)],
     [('PERSON', 21, 24, 'official', 'role:field:接线员工号'), ('CN_MOBILE', 38, 49, 'reporter', 'role:genre:hotline:手机')]),
    # why: in prose, ；only separates clauses: 该厂…；电话… without a field label keeps reaching
    ('该厂负责人王强天天偷排；他的电话13912345678谁都知道。',
     [('PERSON', 5, 7), ('CN_MOBILE', 16, 27)],
     [('PERSON', 5, 7, 'subject', 'role:cue:负责人'), ('CN_MOBILE', 16, 27, 'subject', 'role:anchor:cue:负责人')]),
    # 4. horizontal tables: each cell's role is its column's
    ('环境信访事项转办单\n| 来电时间 | 信访人 | 联系号码 | 涉事主体 | 涉事地址 | 单位电话 |\n|---|---|---|---|---|---|\n'
     '| 2024-03-05 09:12 | 赵敏 | 13812345678 | 新乡恒达化工厂 | 新乡市牧野区化工路8号 | 0373-5551234 |',
     [('PERSON', 100, 102), ('CN_MOBILE', 105, 116), ('ORGANIZATION', 119, 126), ('CN_ADDRESS', 129, 140), ('CN_LANDLINE', 143, 155)],
     [('PERSON', 100, 102, 'reporter', 'role:column:信访人'), ('CN_MOBILE', 105, 116, 'reporter', 'role:column:信访人'),
      ('ORGANIZATION', 119, 126, 'subject', 'role:column:涉事'), ('CN_ADDRESS', 129, 140, 'subject', 'role:column:涉事地址'),
      ('CN_LANDLINE', 143, 155, 'subject', 'role:column:单位电话')]),
    ('转办单\n来电时间\t信访人\t联系号码\t问题单位\n2024-03-05\t赵敏\t13812345678\t新乡恒达化工厂',
     [('PERSON', 34, 36), ('CN_MOBILE', 37, 48), ('ORGANIZATION', 49, 56)],
     [('PERSON', 34, 36, 'reporter', 'role:column:信访人'), ('CN_MOBILE', 37, 48, 'reporter', 'role:column:信访人'),
      ('ORGANIZATION', 49, 56, 'subject', 'role:column:问题单位')]),
    # a contact column right of the reported party's column is theirs for what a company has;
    # why: a mobile there (second row) is never theirs, it keeps the genre default
    ('转办单\n| 信访人 | 联系号码 | 涉事主体 | 地址 | 联系电话 |\n| 赵敏 | 13812345678 | 新乡恒达化工厂 | 新乡市牧野区化工路8号 | 0373-5551234 |\n'
     '| 钱进 | 13912345678 | 新乡恒达化工厂 | 新乡市牧野区化工路8号 | 13712345678 |',
     [('PERSON', 40, 42), ('CN_MOBILE', 45, 56), ('ORGANIZATION', 59, 66), ('CN_ADDRESS', 69, 80), ('CN_LANDLINE', 83, 95),
      ('PERSON', 100, 102), ('CN_MOBILE', 105, 116), ('ORGANIZATION', 119, 126), ('CN_ADDRESS', 129, 140), ('CN_MOBILE', 143, 154)],
     [('PERSON', 40, 42, 'reporter', 'role:column:信访人'), ('CN_MOBILE', 45, 56, 'reporter', 'role:column:信访人'),
      ('ORGANIZATION', 59, 66, 'subject', 'role:column:涉事'), ('CN_ADDRESS', 69, 80, 'subject', 'role:column:涉事'),
      ('CN_LANDLINE', 83, 95, 'subject', 'role:column:涉事'),
      ('PERSON', 100, 102, 'reporter', 'role:column:信访人'), ('CN_MOBILE', 105, 116, 'reporter', 'role:column:信访人'),
      ('ORGANIZATION', 119, 126, 'subject', 'role:column:涉事'), ('CN_ADDRESS', 129, 140, 'subject', 'role:column:涉事'),
      ('CN_MOBILE', 143, 154, 'reporter', 'role:genre:transfer:联系电话')]),
    # why: after the writer's mobile in the row, an address column is no longer the unit's
    ('转办单\n| 涉事主体 | 回复电话 | 联系地址 |\n| 新乡恒达化工厂 | 13812345678 | 新乡市红旗区胜利街5号 |',
     [('ORGANIZATION', 29, 36), ('CN_MOBILE', 39, 50), ('CN_ADDRESS', 53, 64)],
     [('ORGANIZATION', 29, 36, 'subject', 'role:column:涉事'), ('CN_MOBILE', 39, 50, 'reporter', 'role:genre:transfer:电话'),
      ('CN_ADDRESS', 53, 64, 'reporter', 'role:genre:transfer:联系地址')]),
    # why: a person's column (姓名, 通讯地址) ends the unit's columns
    ('转办单\n| 涉事主体 | 姓名 | 通讯地址 |\n| 新乡恒达化工厂 | 赵敏 | 新乡市红旗区胜利街5号 |',
     [('ORGANIZATION', 27, 34), ('PERSON', 37, 39), ('CN_ADDRESS', 42, 53)],
     [('ORGANIZATION', 27, 34, 'subject', 'role:column:涉事'), ('PERSON', 37, 39, 'reporter', 'role:genre:transfer:姓名'),
      ('CN_ADDRESS', 42, 53, 'reporter', 'role:genre:transfer:通讯地址')]),
    # a line break written \r\n (exported records): the value under its label all the same
    ('网上举报\r\n涉事主体\r\n郑州鑫源塑料厂\r\n', [('ORGANIZATION', 12, 19)], [('ORGANIZATION', 12, 19, 'subject', 'role:field:涉事')]),
    # why: a neutral column (联系号码) after the reported party's cell takes nothing from that cell
    ('转办单\n| 涉事主体 | 联系号码 |\n| 新乡恒达化工厂 | 13812345678 |',
     [('ORGANIZATION', 22, 29), ('CN_MOBILE', 32, 43)],
     [('ORGANIZATION', 22, 29, 'subject', 'role:column:涉事'), ('CN_MOBILE', 32, 43, 'reporter', 'role:genre:transfer:联系')]),
    # why: label | value | label | value rows are a vertical form, not a header and its rows
    ('转办单\n| 举报人 | 张三丰 | 被举报单位 | 新乡恒达化工厂 |\n| 联系电话 | 13812345678 | 单位地址 | 新乡市牧野区化工路8号 |',
     [('PERSON', 12, 15), ('ORGANIZATION', 26, 33), ('CN_MOBILE', 45, 56), ('CN_ADDRESS', 66, 77)],
     [('PERSON', 12, 15, 'reporter', 'role:field:举报人'), ('ORGANIZATION', 26, 33, 'subject', 'role:field:被举报单位'),
      ('CN_MOBILE', 45, 56, 'reporter', 'role:genre:transfer:联系电话'), ('CN_ADDRESS', 66, 77, 'subject', 'role:field:单位地址')]),
    # why: a blank line ends the table: the row after it has no header
    ('转办单\n| 来电时间 | 信访人 | 涉事主体 |\n\n| 2024-03-05 | 赵敏 | 新乡恒达化工厂 |',
     [('PERSON', 42, 44), ('ORGANIZATION', 47, 54)],
     [('PERSON', 42, 44, 'unknown', ''), ('ORGANIZATION', 47, 54, 'unknown', '')]),
    # 单位电话 under the reporter's address line is the unit's; under their 工作单位 it is theirs
    ('交办单\n反映人住址：新乡市红旗区胜利街5号\n单位电话：0373-5551234',
     [('CN_ADDRESS', 10, 21), ('CN_LANDLINE', 27, 39)],
     [('CN_ADDRESS', 10, 21, 'reporter', 'role:cue:反映人'), ('CN_LANDLINE', 27, 39, 'subject', 'role:field:单位电话')]),
    # 2026-12-02: hotline staff labels, transfer letters, app reports (the layouts of 12369
    # records as exported; names and numbers invented)
    # hotline staff in tab cells (接听人⇥X⇥审核⇥Y): each name is the official's of the label before it
    ('12369热线来电记录\n处理意见\t转新乡市生态环境局核查。\n接听人\t陈春晓\t审核\t刘秋岚',
     [('PERSON', 34, 37), ('PERSON', 41, 44)],
     [('PERSON', 34, 37, 'official', 'role:field:接听人'), ('PERSON', 41, 44, 'official', 'role:field:审核')]),
    # 话务员：X（工号…）: the call-taker
    ('12369热线来电记录\n话务员：赵一帆（工号6）',
     [('PERSON', 16, 19)],
     [('PERSON', 16, 19, 'official', 'role:field:话务员')]),
    # a letter-spaced three-character label (接 听 人：) is the label
    ('12369热线来电记录\n来电人：李华锋\n接 听 人：徐凤岚',
     [('PERSON', 16, 19), ('PERSON', 26, 29)],
     [('PERSON', 16, 19, 'reporter', 'role:field:来电人'), ('PERSON', 26, 29, 'official', 'role:field:接听人')]),
    # 记录：X leading its line: the one who wrote the record
    ('12369热线来电记录\n记录：王晓川  日期：2024-03-05',
     [('PERSON', 15, 18)],
     [('PERSON', 15, 18, 'official', 'role:field:记录')]),
    # why: 记录 inside 来电记录 is no staff label: the caller stays the reporter
    ('12369热线来电记录\n来电记录：张三丰来电反映该厂夜间偷排',
     [('PERSON', 17, 20)],
     [('PERSON', 17, 20, 'reporter', 'role:cue:来电反映')]),
    # why: the call-taker's field passes nothing to the caller's number on the same line
    ('12369热线来电记录\n接听人：李晓红，来电号码：13812345678',
     [('PERSON', 16, 19), ('CN_MOBILE', 25, 36)],
     [('PERSON', 16, 19, 'official', 'role:field:接听人'), ('CN_MOBILE', 25, 36, 'reporter', 'role:field:来电号码')]),
    # why: 审核 in prose (经审核，) gives no role; the reporter cue decides
    ('12369热线来电记录\n经审核，举报人张三丰反映属实。',
     [('PERSON', 19, 22)],
     [('PERSON', 19, 22, 'reporter', 'role:cue:举报人')]),
    # an app report (随手拍): spaced 上 报 人 is the writer, 定位 the place of the problem
    ('“随手拍”环境问题上报\n上 报 人：林冬青\n手 机 号：13592833541\n定\u3000位：新乡市牧野区化工路8号',
     [('PERSON', 18, 21), ('CN_MOBILE', 28, 39), ('CN_ADDRESS', 44, 55)],
     [('PERSON', 18, 21, 'reporter', 'role:field:上报人'), ('CN_MOBILE', 28, 39, 'reporter', 'role:genre:webform:手机号'), ('CN_ADDRESS', 44, 55, 'subject', 'role:field:定位')]),
    # a transfer letter: after its transfer sentence (现将该件转你单位) the contact block is the agency's
    ('关于转办新乡恒达化工有限公司环境问题举报件的函\n新乡市生态环境局：\n    近日，群众通过12369反映新乡恒达化工有限公司夜间偷排。\n    现将该件转你单位，请依法调查处理。\n    联系人：金一峰，电话：0391-81736862，值班手机：15794855308\n                河南省生态环境厅',
     [('PERSON', 98, 101), ('CN_LANDLINE', 105, 118), ('CN_MOBILE', 124, 135)],
     [('PERSON', 98, 101, 'official', 'role:signature:生态环境厅'), ('CN_LANDLINE', 105, 118, 'official', 'role:anchor:signature:生态环境厅'), ('CN_MOBILE', 124, 135, 'official', 'role:anchor:signature:生态环境厅')]),
    # why: after the transfer sentence a reporter's field keeps its number (fail closed)
    ('关于转办新乡恒达化工有限公司环境问题举报件的函\n新乡市生态环境局：\n    现将该件转你单位，请依法调查处理。\n    举报人：张三丰，电话：13812345678',
     [('PERSON', 64, 67), ('CN_MOBILE', 71, 82)],
     [('PERSON', 64, 67, 'reporter', 'role:field:举报人'), ('CN_MOBILE', 71, 82, 'reporter', 'role:anchor:field:举报人')]),
    # why: a 转办单 without a transfer sentence: a contact line with no cue stays the reporter's
    ('环境信访转办单\n举报人：张三丰\n联系电话：13812345678\n被反映单位：新乡恒达化工厂',
     [('PERSON', 12, 15), ('CN_MOBILE', 21, 32), ('ORGANIZATION', 39, 46)],
     [('PERSON', 12, 15, 'reporter', 'role:field:举报人'), ('CN_MOBILE', 21, 32, 'reporter', 'role:genre:transfer:联系电话'), ('ORGANIZATION', 39, 46, 'subject', 'role:field:被反映单位')]),
    # why: the place before 群众 is where the complainer lives, not the polluter's site of 违法
    ('关于转办新乡恒达化工有限公司环境问题举报件的函\n新乡市生态环境局：\n    近日，红旗区锦绣花园群众李玉华通过12369反映新乡恒达化工有限公司存在环境违法行为。',
     [('CN_ADDRESS', 41, 48), ('PERSON', 50, 53), ('ORGANIZATION', 4, 14)],
     [('ORGANIZATION', 4, 14, 'unknown', ''), ('CN_ADDRESS', 41, 48, 'reporter', 'role:cue:群众'), ('PERSON', 50, 53, 'reporter', 'role:cue:群众')]),
    # why: 联系地址 in a disclosure reply is the applicant's, though the sentence names 排污
    ('政府信息公开申请答复书\n陈一华：\n    本机关收到您提交的政府信息公开申请（联系地址：洛阳市涧西区王村镇后杨庄村71号，联系电话：15645336652），申请获取河南鼎鑫化工有限公司的排污许可证副本。',
     [('PERSON', 12, 15), ('CN_ADDRESS', 44, 60), ('CN_MOBILE', 66, 77), ('ORGANIZATION', 83, 93)],
     [('PERSON', 12, 15, 'reporter', 'role:salutation:notice'), ('CN_ADDRESS', 44, 60, 'reporter', 'role:genre:notice:联系地址'), ('CN_MOBILE', 66, 77, 'reporter', 'role:genre:notice:联系电话'), ('ORGANIZATION', 83, 93, 'subject', 'role:act:排污')]),
    # 涉嫌单位⇥X⇥地址⇥Y: the suspected unit's address
    ('12369热线来电记录\n举报者\t刘一鹏\t联系手机\t17700260894\n涉嫌单位\t洛阳久安印染合作社\t地址\t洛阳市伊川县工业路465号',
     [('PERSON', 16, 19), ('CN_MOBILE', 25, 36), ('ORGANIZATION', 42, 51), ('CN_ADDRESS', 55, 68)],
     [('PERSON', 16, 19, 'reporter', 'role:field:举报者'), ('CN_MOBILE', 25, 36, 'reporter', 'role:anchor:field:举报者'), ('ORGANIZATION', 42, 51, 'subject', 'role:field:涉嫌单位'), ('CN_ADDRESS', 55, 68, 'subject', 'role:anchor:field:涉嫌单位')]),
    # a phone label says nothing about an organisation further on in its sentence (unknown: kept)
    ('尊敬的领导：\n    我当时留的电话13812345678，到现在也没人回，恒达厂的拉渣车牌照是豫G12345，一路撒。',
     [('CN_MOBILE', 18, 29), ('ORGANIZATION', 38, 41), ('CN_LICENSE_PLATE', 48, 55)],
     [('CN_MOBILE', 18, 29, 'reporter', 'role:genre:letter:电话'), ('ORGANIZATION', 38, 41, 'unknown', ''), ('CN_LICENSE_PLATE', 48, 55, 'subject', 'role:cue:拉渣车牌照')]),
    # a deputy of the unit named by post (生产副总X，手机…): the subject's person and mobile
    ('尊敬的领导：\n    负责这块的是生产副总刘红云，手机13854927910，你们打给他他肯定说没有。',
     [('PERSON', 21, 24), ('CN_MOBILE', 27, 38)],
     [('PERSON', 21, 24, 'subject', 'role:cue:生产副总'), ('CN_MOBILE', 27, 38, 'subject', 'role:anchor:cue:生产副总')]),
    # why: the writer's spouse (我和爱人X) is the reporter's, and the masked boss (张某某) does not pass on 老板
    ('尊敬的领导：\n    我和爱人张一敏都在宏盛建筑公司上班，这个厂的老板张某某说他查不了。',
     [('PERSON', 15, 18), ('ORGANIZATION', 20, 26), ('PERSON', 35, 38)],
     [('PERSON', 15, 18, 'reporter', 'role:cue:我和爱人'), ('ORGANIZATION', 20, 26, 'reporter', 'role:cue:上班'), ('PERSON', 35, 38, 'subject', 'role:cue:老板')]),
    # 所在村组 is a residence field: the writer's
    ('网上举报\n举报人：周一欣\n所在村组：新乡县七里营镇东村3组',
     [('PERSON', 9, 12), ('CN_ADDRESS', 18, 29)],
     [('PERSON', 9, 12, 'reporter', 'role:field:举报人'), ('CN_ADDRESS', 18, 29, 'reporter', 'role:field:所在村组')]),
    # 提交人 is the one who files the form
    ('网上举报\n提交人：周一欣\n电话：13812345678',
     [('PERSON', 9, 12), ('CN_MOBILE', 16, 27)],
     [('PERSON', 9, 12, 'reporter', 'role:field:提交人'), ('CN_MOBILE', 16, 27, 'reporter', 'role:genre:webform:电话')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_roles_layouts(text, spans, expected):
    assert _run(text, spans) == expected


GENRES = [
    ("信访事项答复意见书\n张某某：\n你反映的问题已收悉。经查，该厂已停产。", "notice"),
    # the title after the agency's name and a document number
    ("新乡市生态环境局\n新环信复〔2024〕12号\n信访事项答复意见书\n张某某：\n你反映的问题已收悉。", "notice"),
    ("关于网民反映新乡恒达化工厂夜间偷排问题的回复\n网民朋友：\n您好！您反映的问题已转属地核查。", "notice"),
    ("新乡市生态环境局\n关于李某某来信的回复\n李某某：\n你的来信收悉。", "notice"),
    # blank lines between the header lines do not count; a letter-spaced title is read whole
    ("新乡市生态环境局\n\n新环信复〔2024〕12号\n\n信访事项答复意见书\n张某某：\n你反映的问题已收悉。", "notice"),
    ("新乡市生态环境局\n信 访 事 项 处 理 意 见 书\n张某：\n经查，该厂已停产。", "notice"),
    # why: 回复 in the letter's own sentence (punctuated) is no title
    ("尊敬的领导：\n    该厂天天偷排，希望得到你们的回复。\n此致", "letter"),
    # why: a field line (办理意见：…) is no title either
    ("环境信访转办单\n编号：JB2024001\n处理意见函：请核查", "transfer"),
    # titles of real documents (2026-12-02): a handling notice, a transfer letter, an app
    # report, QQ's own message export
    ("河南省生态环境厅关于群众信访举报件办理情况的公示\n编号\t被举报单位\t查处情况", "notice"),
    ("关于转办新乡恒达化工有限公司环境问题举报件的函\n新乡市生态环境局：\n    近日，群众通过12369反映该公司偷排。", "transfer"),
    ("“随手拍”环境问题上报\n上报人：林某\n定位：新乡市牧野区化工路8号", "webform"),
    ("消息记录（此消息记录为文本格式，不支持重新导入）\n\n2022-08-16 16:02:56 青山(123456789)\n又来了", "chat"),
]


@pytest.mark.parametrize(("text", "genre"), GENRES)
def test_genre_layouts(text, genre):
    assert detect_genre(text).name == genre
