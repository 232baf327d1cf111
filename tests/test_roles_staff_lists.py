"""Found and attributed, from ``unseen8-b`` (looked at since stop 16), retention fixed at stop 17:
the one a notice is served on (郭建军（男，53岁）：⏎ 本机关根据群众举报，…对你在X的…进行了检查) and the
place inspected, staff of an agency's own papers (打印人, 交出人 / 接收人 / 监交人 of a handover,
审查人 of a redaction review, an agent's 班长), a list of names after a staff field (出席：A、B) and
an opinion signed without a date (经办人意见：…。  杨帆), a URL-encoded request body (jbrdz=X&bjbdw=Y). Each row runs the whole analyzer:
(entity, start, end, role). Positive rows and negative rows (``# why``); synthetic values only."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, policy, expected [(entity, start, end, role)]
    # a notice served on a person: they and what is said of them, and the place inspected
    ('公  告\n\n郭建军（男，53岁）：\n  本机关根据群众举报，于2022年1月27日对你在新乡市红旗区向阳路88号的废品站进行了检查。', 'publish',
     [('PERSON', 6, 9, 'subject'), ('DEMOGRAPHIC', 10, 11, 'subject'), ('DEMOGRAPHIC', 12, 15, 'subject'),
      ('CN_ADDRESS', 44, 56, 'subject')]),
    # why: a letter telling the addressee of their own report is a reply to the reporter
    ('潘明先生：\n  您于5月3日举报的问题已查实。', 'publish', [('PERSON', 0, 4, 'reporter')]),
    # staff of the agency's own papers
    ('工作交接清单\n交出人：邱秀芳    接收人：彭玉梅    监交人：张雪梅', 'forward',
     [('PERSON', 11, 14, 'official'), ('PERSON', 22, 25, 'official'), ('PERSON', 33, 36, 'official')]),
    ('网上举报受理系统        打印人：张阳    打印时间：2020-06-06 10:19:43', 'forward', [('PERSON', 20, 22, 'official')]),
    ('审查人：陈伟    复核人：程鹏    2020年6月17日', 'forward', [('PERSON', 4, 6, 'official'), ('PERSON', 14, 16, 'official')]),
    ('[12:44] 坐席毛涛（工号1230）→ 班长陈雷：在线一个来电', 'forward', [('PERSON', 10, 12, 'official'), ('PERSON', 24, 26, 'official')]),
    # a list of names after a staff field; an opinion signed without a date
    ('出席：郜洁、王凤英    记录：李东', 'forward',
     [('PERSON', 3, 5, 'official'), ('PERSON', 6, 9, 'official'), ('PERSON', 16, 18, 'official')]),
    ('经办人意见：已电话核实系本人真实意愿。  杨帆\n', 'forward', [('PERSON', 21, 23, 'official')]),
    # a form's URL-encoded request body: each value ends at the next &key= (stop 17)
    ('jbrxm=孙超&jbrdh=15045767125&jbrdz=新乡市卫辉市梁湖镇后梁湖村10组27号&bjbdw=河南开元家具股份有限公司'
     '&bjbdz=新乡市红旗区城关镇西孟庄村北侧路西', 'forward',
     [('PERSON', 6, 8, 'reporter'), ('CN_MOBILE', 15, 26, 'reporter'), ('CN_ADDRESS', 33, 52, 'reporter'),
      ('ORGANIZATION', 59, 71, 'subject'), ('CN_ADDRESS', 78, 95, 'subject')]),
    # why: a list after the reporter's field is the reporters' (fail closed)
    ('举报人：张建国、刘小红，电话13700112233', 'forward',
     [('PERSON', 4, 7, 'reporter'), ('PERSON', 8, 11, 'reporter'), ('CN_MOBILE', 14, 25, 'reporter')]),
    # why: a name in the opinion's text, with more of the opinion after it, signs nothing
    ('处理意见：转执法支队 王健', 'forward', [('PERSON', 11, 13, 'unknown')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "policy", "expected"), CASES)
def test_found_and_attributed(text, policy, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy=policy).analyze(text)]
    assert got == expected
