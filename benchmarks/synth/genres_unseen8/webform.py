"""Web reports, four layouts: an XML record as the provincial platform sends it down (the
reporter's elements and attributes, a callback number in an attribute, the content in
CDATA with a number inside, the client IP); the IT office's note on a failed submission with
the access-log line (client IP, user agent) and the decoded request body in ``key=value&``
form; an elder-mode form filled by a grandchild for a grandparent (real-name check through
the social-security card with masked name and ID, the grandchild as 代办人); a form printed
from the case system with page headers and footers cutting the content, and an 附加联系人
table (the reporter's second number, a neighbour who agreed to be called)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import TALK, Unseen8Slots, layout, put, some


def xml_record(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    put(b, s, '<?xml version="1.0" encoding="UTF-8"?>\n<JbRecord version="2.1">\n')
    put(b, s, "  <Header><SerialNo>{N.ticket}</SerialNo><SendTime>{N.stamp}</SendTime>"
        "<ToNode>{A.name}</ToNode></Header>\n")
    put(b, s, '  <Reporter anonymous="false" keepSecret="true">\n    <Name>{R.name}</Name>\n')
    put(b, s, "    <Gender>{R.gender}</Gender>\n" if rng.random() < 0.5 else "")
    put(b, s, "    <CertType>" + rng.choice(("居民身份证</CertType>\n    <CertNo>{R.id}</CertNo>\n",
                                         "护照</CertType>\n    <CertNo>{R.passport}</CertNo>\n",
                                         "港澳居民来往内地通行证</CertType>\n    <CertNo>{R.hkmo}</CertNo>\n")))
    put(b, s, "    <Mobile>{R.mobile_plain}</Mobile>\n    <Address>{R.home}</Address>\n")
    put(b, s, rng.choice(('    <Callback type="tel" value="{R.tel_plain}"/>\n',
                          '    <Callback type="wechat" value="{R.wechat}"/>\n', '    <Callback type="qq" value="{R.qq}"/>\n', "    <Email>{R.email}</Email>\n")))
    put(b, s, "  </Reporter>\n  <Target>\n    <OrgName>{S.name}</OrgName>\n")
    put(b, s, "    <CreditCode>{S.uscc}</CreditCode>\n" if rng.random() < 0.5 else "")
    put(b, s, "    <Address>{S.addr}</Address>\n  </Target>\n")
    put(b, s, "  <Content><![CDATA[" + "，".join(some(rng, TALK, 2, 3)) + "。" +
        rng.choice(("白天打不通就打我{H.rel}的{H.mobile}。", "我住{R.flat_code}，站阳台上就能看见。",
                    "我在{W.short}上班，晚上八点后联系。")) + "]]></Content>\n")
    put(b, s, "  <ClientIp>" + rng.choice(("{R.ip4}", "{R.ip6}")) + "</ClientIp>\n</JbRecord>\n")


def access_log(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    put(b, s, "关于网上举报平台提交异常的情况说明\n\n{A.name}执法监察科：\n")
    put(b, s, "  {N.date}有群众反映网上举报提交后页面报错。经查服务器日志，该条提交因附件过大未能入库，"
        "现将日志摘录如下，请按线索核办：\n\n")
    put(b, s, "{R.ip4} - - [{N.logtime}] \"POST /wsjb/submit HTTP/1.1\" 500 " + str(rng.randint(180, 900)) +
        " \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) MicroMessenger/8.0.49\"\n")
    put(b, s, "请求标识§{N.reqid}\n请求体（已解码）§\n")
    put(b, s, "jbrxm={R.name}&jbrdh=" + rng.choice(("{R.mobile_plain}", "{R.mobile_lo}")) + "&jbrzjhm=" +
        rng.choice(("{R.id_plain}", "")) + "&jbrdz={R.home}&bjbdw={S.name}&bjbdz={S.addr}&nr=" +
        "，".join(some(rng, TALK, 1, 2)) + "&fj=IMG_0" + str(rng.randint(100, 999)) + ".HEIC\n\n")
    put(b, s, "  另，同一地址" + rng.choice(("{R.ip4}", "{R.ip6}")) + "当天还访问了“举报奖励”页面。" +
        rng.choice(("已电话联系举报人{R.honor}，其表示愿意重新提交。", "举报人尚未联系上。",
                    "举报人{R.honor}回电称换了号码，新号{J.mobile}是邻居的，可以转告。" if rng.random() < 0.5
                    else "举报人回电称手机{R.mobile_masked}快停机了，让联系{H.rel}{H.name}（{H.mobile}）。")) + "\n")
    put(b, s, "\n信息中心  {D.name}  {D.mobile}\n{N.date}\n")


def elder_mode(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    rel = rng.choice(("孙子", "侄子", "外孙") if s.kin.male else ("孙女", "外孙女", "侄女"))
    if not rel.startswith("外"):
        s.kin.surname = s.c.reporter.surname
    put(b, s, "【长辈版】我要举报    （大字模式）\n\n")
    put(b, s, "实名认证§已通过（电子社保卡）\n认证姓名§{R.name_masked}\n认证证件§{R.id_masked}\n认证手机§{R.mobile}\n\n")
    put(b, s, "您多大年纪§{R.age_cn}\n您住在哪里§" + rng.choice(("{R.home}", "{R.place}，{R.flat_code}")) + "\n")
    put(b, s, "您要反映谁§{S.name}\n它在哪里§" + rng.choice(("{S.addr}", "{S.place}")) + "\n")
    put(b, s, "发生了什么§" + "。".join(some(rng, TALK, 1, 2)) + "。\n")
    put(b, s, "（语音输入原文）§" + rng.choice(("我们老两口身体不好，味道一来就咳嗽。",
                                          "电话打" + rng.choice(("{R.mobile_cn}", "{R.mobile}")) + "，要大声说。",
                                          "找我家{K.given}也行，孩子懂这个。")) + "\n\n")
    put(b, s, "是否代办§是\n代办人姓名§{K.name}\n与本人关系§" + rel + "\n代办人手机§" +
        rng.choice(("{K.mobile}", "{K.mobile_443}")) + "\n")
    put(b, s, rng.choice(("代办人住址§{K.home}\n", "代办人微信§{K.wechat}\n", "")))
    put(b, s, "提交时间§{N.stamp}    终端§微信小程序（关怀模式）\n")


def printed(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    head = s.expand(("{A.parent} 网上举报受理系统        打印人§{O.name}    打印时间§{N.stamp}\n").replace("§", s.colon))
    for piece in head:
        b.add(piece)
    put(b, s, "举报编号§{N.ticket}\n举报人§{R.name}    联系电话§" + rng.choice(("{R.mobile}", "{R.mobile_fwdash}")) + "\n")
    put(b, s, "证件号码§" + rng.choice(("{R.id}", "{R.id_quad}")) + "\n通讯地址§{R.home}\n")
    put(b, s, "被举报对象§{S.name}\n举报内容§" + "，".join(some(rng, TALK, 2, 2)) + "，\n")
    put(b, s, "\n                                      第1页/共2页\n")
    put(b, s, "―――――――――――――――――――――――――――――――――――――\n")
    for piece in head:
        b.add(piece)
    put(b, s, "（续）" + "，".join(some(rng, TALK, 1, 2)) + "。\n\n附加联系人（举报人自愿填写）\n")
    put(b, s, "序号 | 姓名 | 电话 | 说明\n")
    put(b, s, "1 | {R.name} | {R.tel} | 本人家中座机\n")
    put(b, s, "2 | " + rng.choice(("{Y.name}", "{Y.honor}")) + " | {Y.mobile} | 邻居，同意接受核实，不愿具名举报\n")
    put(b, s, rng.choice(("3 | {H.name} | {H.mobile} | 家属\n", "")))
    put(b, s, "\n受理意见§转{A.name}办理    受理人§{D.name}\n\n                                      第2页/共2页\n")


LAYOUTS = (xml_record, access_log, elder_mode, printed)


def build(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
