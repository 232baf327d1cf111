"""Web submissions, four layouts: a 网上信访 page printed from the browser with its HTML left
in (&nbsp;, <br/>, tags around the values); a 问卷星-style questionnaire export (第N题 and
the answer, 提交时间, 来源渠道, the respondent's WeChat nickname and IP); a form whose
attachment list names the files the reporter uploaded (their name and ID tail in the file
names) and whose 补充 field quotes the agency's earlier reply; an insider's web report in
mixed English and Chinese (a QA engineer of the reported plant, English honorific, the
plant kept as the reported party)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import PROBLEMS, TALK, Unseen5Slots, layout, pick_some, put


def html_print(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "{A.page_url}\n")
    put(b, s, "<div class=\"title\">网上信访详情</div>\n")
    put(b, s, "<td>信访人</td><td>{R.name}&nbsp;</td>\n")
    put(b, s, "<td>证件号码</td><td>" + rng.choice(("{R.id}", "{R.id_masked}")) + "</td>\n")
    put(b, s, "<td>手机号码</td><td>{R.mobile_plain}</td>\n")
    put(b, s, rng.choice(("<td>通讯地址</td><td>{R.home}</td>\n", "<td>通讯地址</td><td>{R.place}&nbsp;&nbsp;</td>\n")))
    put(b, s, "<td>问题属地</td><td>{S.place}</td>\n")
    put(b, s, "<td>信访内容</td><td>" + "<br/>".join(pick_some(rng, TALK, 2, 3)) + "<br/>")
    put(b, s, rng.choice(("&nbsp;&nbsp;" + "{R.contact}" + "</td>\n", "</td>\n")))
    put(b, s, "<td>提交IP</td><td>{R.ip}</td>\n<td>提交时间</td><td>{N.datetime}</td>\n")
    put(b, s, "<!-- 受理人：{O.name} -->\n")


def questionnaire(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("生态环境问题线索征集问卷 答卷详情\n", "“随手举报”环境问题问卷（导出）\n")))
    put(b, s, "序号§{N.serial}    提交答卷时间§{N.stamp}    所用时间§{N.dur}\n")
    put(b, s, "来源§微信    来源详情§N/A    来自IP§{R.ip}\n")
    put(b, s, "微信昵称§{R.nick}\n")
    put(b, s, "第1题 您要反映的单位或个人名称？\n" + rng.choice(("{S.name}\n", "{S.short}，具体名字不清楚\n", "{F.kind}{F.name}\n")))
    put(b, s, "第2题 问题发生的地点？\n" + rng.choice(("{S.addr}\n", "{S.place}附近\n")))
    put(b, s, "第3题 问题描述\n" + "，".join(pick_some(rng, TALK, 1, 3)) + "。\n")
    put(b, s, "第4题 您是否愿意留下联系方式以便反馈？\n" + rng.choice(("A. 愿意\n", "B. 不愿意\n")))
    put(b, s, "第5题 您的姓名（选填）\n" + rng.choice(("{R.name}\n", "{R.honor}\n", "(空)\n")))
    put(b, s, "第6题 您的手机号或QQ（选填）\n" + rng.choice(("{R.mobile_plain}\n", "(空)\n", "{R.mobile}\n", "QQ{R.qq}\n")))
    put(b, s, "第7题 其他补充\n" + rng.choice(("我是{W.name}的，住{R.place}，不想让厂里知道。\n",
                                              "可以先找我邻居{Y.name}了解情况。\n", "无\n")))


def attachments(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "投诉举报登记（网络）\n")
    put(b, s, "投诉对象§{S.name}\n对象地址§{S.addr}\n")
    put(b, s, "投诉人§" + rng.choice(("{R.name}", "匿名")) + "    联系电话§{R.mobile}\n")
    put(b, s, "投诉内容§" + "，".join(pick_some(rng, TALK, 2, 3)) + "。\n")
    put(b, s, "附件§\n")
    put(b, s, rng.choice(("  1. {R.name}_身份证正面.jpg\n", "  1. IMG_" + str(rng.randint(1000, 9999)) + ".jpg\n")))
    put(b, s, rng.choice(("  2. 排污视频_{S.short}.mp4\n", "  2. 现场照片.zip\n")))
    put(b, s, rng.choice(("  3. {R.surname}师傅身份证后四位{R.id_tail}.png\n", "  3. 噪声检测截图.png\n")))
    put(b, s, "补充说明§上次你们回复说：“经{A.name}执法人员{O.name}现场核查，")
    put(b, s, rng.choice(PROBLEMS) + "，已责令整改。”可是现在还在排。")
    put(b, s, rng.choice(("我{H.rel}{H.name}天天在家，可以打这个电话{H.mobile}。\n", "请尽快处理。\n",
                          "我已经在{R.social}发过视频了。\n")))


def insider_en(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "Online Report / 在线举报\n")
    put(b, s, "Subject: {S.name} 偷排 issue\n")
    put(b, s, "Company reported / 被举报单位: {S.name}\nAddress: {S.addr}\n")
    put(b, s, rng.choice(("USCC: {S.uscc}\n", "Website: {S.website}\n", "")))
    put(b, s, "Description:\nHi, 我是这个厂的QA engineer，" +
        rng.choice(("our plant manager {E.name} asked us to", "老板{B.name} told us to")) +
        " 晚上开旁路, bypass the scrubber. ")
    put(b, s, "，".join(pick_some(rng, PROBLEMS, 1, 2)) + ". Please keep my identity confidential!!\n")
    put(b, s, "Reporter / 举报人: " + rng.choice(("{R.en_name}", "{R.en_honor}", "{R.name}")) + "\n")
    put(b, s, "Mobile: {R.mobile}    Email: {R.email}\n")
    put(b, s, rng.choice(("Home: {R.home}\n", "WeChat: {R.wechat}\n", "")))
    put(b, s, "IP: {R.ip}    Time: {N.datetime}\n")
    put(b, s, "PS: 周末值班的是{E.ref}，电话{E.mobile}，这个事也知道。\n")


LAYOUTS = (html_print, questionnaire, attachments, insider_en)


def build(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
