"""Roles in an agency's own forms and a project's notice (stop 16, from ``unseen8-a``): the
builder of a project and its contacts (建设单位：X，地址：…，联系人：…), the firm that wrote its
EIA report (环评单位), an inspection's dispatch slip (带队 / 随行 / 目的地), a flow log's staff
column and the contact column beside it (| 处理人 | 联系方式 |), a working paper's sign-off
(编制人 / 复核人), a noisy site's contractor (施工单位). Each row runs the whole analyzer:
(entity, start, end, role). Positive rows and negative rows (``# why``); synthetic values."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, policy, expected [(entity, start, end, role)]
    # the builder's contacts are the builder's; the EIA firm's are a third party's
    ('二、建设单位：新乡润泽化工有限公司，地址：新乡市红旗区工业园区人民路58号，联系人：秦海燕，电话：13603730518\n'
     '三、环评单位：河南绿源环境科技咨询有限公司，联系人：卢建，电话：0371-63928810', 'forward',
     [('ORGANIZATION', 7, 17, 'subject'), ('CN_ADDRESS', 21, 37, 'subject'), ('PERSON', 42, 45, 'subject'),
      ('CN_MOBILE', 49, 60, 'subject'), ('ORGANIZATION', 68, 82, 'third_party'), ('PERSON', 87, 89, 'third_party'),
      ('CN_LANDLINE', 93, 106, 'third_party')]),
    # a dispatch slip: who leads and joins the inspection, and where it goes
    ('焦作市生态环境局公务用车派车单\n用车部门：执法监察科    带队：韩晓东（15937120486）\n随行：戴丽\n'
     '目的地：焦作市武陟县詹店镇西小庄村3组11号（武陟县恒通塑料厂）', 'forward',
     [('ORGANIZATION', 0, 8, 'official'), ('PERSON', 33, 36, 'official'), ('CN_MOBILE', 37, 48, 'official'),
      ('PERSON', 53, 55, 'official'), ('CN_ADDRESS', 60, 88, 'subject')]),
    # why: 随行 in prose is no staff field: who came along is the writer's wife
    ('举报人：王刚，随行的还有我爱人刘敏，电话13526418890', 'forward',
     [('PERSON', 4, 6, 'reporter'), ('PERSON', 15, 17, 'reporter'), ('CN_MOBILE', 20, 31, 'reporter')]),
    # a flow log: the staff column, and the contact column right of it, a mobile too
    ('节点 | 处理人 | 联系方式 | 时间\n登记 | 宋佳 | 13783620417 | 2024-04-09 09:12\n'
     '批示 | 孟涛 | （0391）3568212 | 2024-04-09 10:05', 'forward',
     [('PERSON', 26, 28, 'official'), ('CN_MOBILE', 31, 42, 'official'), ('PERSON', 67, 69, 'official'),
      ('CN_LANDLINE', 72, 85, 'official')]),
    # why: a person's own columns after the staff column are that person's (fail closed)
    ('| 承办人 | 姓名 | 手机 |\n| 孟涛 | 杜鹏 | 13598571234 |', 'forward',
     [('PERSON', 20, 22, 'official'), ('PERSON', 25, 27, 'reporter'), ('CN_MOBILE', 30, 41, 'reporter')]),
    # why: a reporter's column between the staff and the phone takes the phone
    ('| 序号 | 承办人 | 举报人 | 联系电话 |\n| 1 | 王芳 | 李强 | 13812345678 |', 'forward',
     [('PERSON', 32, 34, 'official'), ('PERSON', 37, 39, 'reporter'), ('CN_MOBILE', 42, 53, 'reporter')]),
    # a working paper's sign-off
    ('审计结论：抽查12笔，发现问题1笔。\n编制人：罗晓燕    复核人：钟伟    2022-03-10', 'forward',
     [('PERSON', 23, 26, 'official'), ('PERSON', 34, 36, 'official')]),
    # a noisy site's contractor and its manager's phone
    ('施工单位：郑州宏达建筑劳务有限公司，项目负责人电话13838072291，夜间施工噪音扰民', 'forward',
     [('ORGANIZATION', 5, 17, 'subject'), ('CN_MOBILE', 25, 36, 'subject')]),
    # why: the builder named in a resident's sentence does not make the resident's phone its own
    ('我是附近村民李桂芝，建设单位的人来过我家，我电话13937160822', 'forward',
     [('PERSON', 6, 9, 'reporter'), ('CN_MOBILE', 24, 35, 'reporter')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "policy", "expected"), CASES)
def test_found_and_attributed(text, policy, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy=policy).analyze(text)]
    assert got == expected
