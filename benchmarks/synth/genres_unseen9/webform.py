"""Web submissions, four layouts: the receipt e-mail the platform sends to the submitter
(提交回执: salutation with the surname, the query code, the submitted fields echoed masked
but the IP and e-mail whole) | a public-opinion monitoring entry (舆情监测: a 小红书 or 抖音
post by the reporter, its link and handle, a commenter who gives away the reporter's
compound and surname, the plant's own account replying; the analyst's assessment) | a
政务服务 好差评 record (the evaluator's name, masked ID, mobile, the bad review quoting the
case; the rectification owner and the callback) | a duplicate-check report (查重) pairing two
submissions: one with name, mobile and IP, the other 匿名 from a relative's mobile or a
neighbour's, same IP; the merge decision)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import TALK, Unseen9Slots, layout, put, some


REVIEW_CALLBACKS = ("已电话回访评价人（尾号{R.mobile_tail}），评价人表示认可。",
                    "回访时为评价人{H.rel}{H.name}接听，转告后评价人未再回电。",
                    "评价人要求以书面形式答复，邮寄地址{R.home}。")
COMMENTS = ("这不是{R.compound}那边吗，{R.lao}家就在厂对面，天天发这个",
            "博主是{R.flat}的吧，我也住那栋，确实呛", "{R.lao}你又发了，上次厂里的人还去你家问")


def receipt_mail(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "发件人§{A.name}网上举报平台 <{A.mail}>\n收件人§{R.email}\n主题§举报受理回执\n\n")
    put(b, s, "尊敬的{R.honor}：\n  您于{N.stamp}提交的举报已受理，查询码{N.querycode}，请妥善保存。您提交的信息如下：\n")
    put(b, s, "  举报人姓名§{R.name_mask}\n  联系手机§{R.mobile_mask}\n  证件号码§{R.id_mask}\n")
    put(b, s, "  被举报对象§{S.name}\n  问题发生地§{S.addr}\n  举报内容§" + "，".join(some(rng, TALK, 1, 2)) + "。\n")
    put(b, s, "  提交终端IP§{R.ip4}\n")
    put(b, s, "  如需补充材料，可回复本邮件或致电{A.tel}。承办人§{O.name}\n")
    put(b, s, "（本邮件由系统自动发送。如非本人操作，请联系{N.h12369}。）\n")


def opinion_monitor(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    platform = rng.choice(("小红书", "抖音"))
    handle = "{R.xhs}" if platform == "小红书" else "{R.douyin}"
    link = "{R.xhs_link}" if platform == "小红书" else "{R.dy_link}"
    put(b, s, "网络舆情监测日报（涉环境类） {N.date}  编号第{N.num}条\n")
    put(b, s, "来源平台§" + platform + "\n作者昵称§{R.nick}\n作者账号§" + handle + "\n")
    put(b, s, "原文链接§" + link + "\n发布时间§{N.stamp}\n")
    put(b, s, "内容摘要§“" + "，".join(some(rng, TALK, 1, 2)) + "，{A.weibo} 管不管？”\n")
    put(b, s, "热门评论§\n  {Y.nick}：" + rng.choice(COMMENTS) + "\n")
    put(b, s, "  {S.account}：已关注，我司一直依法合规生产，欢迎实地参观。\n")
    put(b, s, "  {T.nick}：" + rng.choice(("顶上去", "附近的都知道", "我也闻到了")) + "\n")
    put(b, s, "研判意见§涉及{S.name}，已推送{A.name}核查，联系人{O.name}（{A.tel}）。"
        "作者身份经核为{R.compound}居民" + rng.choice(("{R.name}", "{R.mou}")) + "，注意保护。\n")


def good_bad_review(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "政务服务“好差评”评价记录\n评价渠道§" + rng.choice(("网上办事大厅", "政务APP", "短信评价")) + "\n")
    put(b, s, "评价对象§{A.name}  事项§生态环境信访举报办理\n")
    put(b, s, "评价人§{R.name}  证件号§{R.id_mask}  手机号§" + rng.choice(("{R.mobile}", "{R.mobile_plain}")) + "\n")
    put(b, s, "评价等级§非常不满意  评价时间§{N.stamp}\n")
    put(b, s, "评价内容§我举报{S.name}都三个月了，" + rng.choice(TALK) + "。工作人员{O.ref}只会说在处理。\n")
    put(b, s, "差评核实§经核实，该件已于{N.date}办结，评价人反映问题属实，企业仍有" +
        rng.choice(("夜间生产", "异味扰民", "废水外排")) + "情况。\n")
    put(b, s, "整改责任人§{D.name}（{A.tel}）  整改期限§{N.within}\n")
    put(b, s, "回访情况§" + rng.choice(REVIEW_CALLBACKS) + "\n")


def dedupe(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "举报件查重报告\n比对时间§{N.stamp}  相似度§{N.pct}  判定§疑似重复\n\n")
    put(b, s, "【件一】受理号{N.ticket}\n  姓名§{R.name}\n  手机§{R.mobile}\n  提交IP§{R.ip4}\n")
    put(b, s, "  内容§{S.name}（{S.addr}）" + rng.choice(TALK) + "。\n")
    other = rng.random() < 0.5
    put(b, s, "【件二】受理号{N.ticket}\n  姓名§匿名\n  手机§" + ("{H.mobile_plain}" if other else "{J.mobile_plain}") +
        "\n  提交IP§{R.ip4}\n")
    put(b, s, "  内容§" + rng.choice(TALK) + "。\n\n")
    put(b, s, "系统提示§两件提交IP相同，" + ("件二手机号登记人为{H.name}，与件一姓名同一家庭地址。" if other else
                                       "件二手机号登记人为{J.name}，住址与件一同小区。") + "\n")
    put(b, s, "处理意见§并案办理，以件一为主件，派{A.name}。审核人§{D.name}\n")


LAYOUTS = (receipt_mail, opinion_monitor, good_bad_review, dedupe)


def build(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
