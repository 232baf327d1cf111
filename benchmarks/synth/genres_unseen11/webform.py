"""Mailbox and online submissions, four layouts: a mail to the bureau's complaint mailbox
forwarded twice (From/To/Cc headers of both forwards, officers' addresses; the reporter's
address, signature with mobile and home in the quoted original) | a spreadsheet export of a
grid worker's patrol log (the grid worker's name and mobile, official; a resident's complaint
recorded with name, flat and phone; another resident's unrelated matter) | an online report
with photos from a watermark camera (each watermark prints the shooter's name, the place and
the time; the form's own fields) | an "anonymous" online report whose SMS check sent a code to
the reporter's mobile (the verification log, the client IP and browser; the sorter's note
linking it to an earlier order by the phone tail)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FOUND, REACH, SAYS, Unseen11Slots, few, layout, put


def forwarded_mail(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "发件人: {D.name} <{A.mail}>\n收件人: {A.town}环保所\n抄送: {O.name}\n主题: 转发: 转发: 举报{S.short}夜间排放\n\n")
    put(b, s, "请镇里{N.within}内核查并反馈，注意为举报人保密。\n\n")
    put(b, s, "-------- 转发的邮件 --------\n发件人: {A.name}举报邮箱 <{A.mailbox}>\n收件人: {D.name}\n日期: {N.datetime}\n\n")
    put(b, s, "转{D.name}科长阅办。\n\n")
    put(b, s, "-------- 原始邮件 --------\n发件人: \"{R.nick}\" <{R.email}>\n收件人: {A.mailbox}\n主题: 举报{S.name}\n\n")
    put(b, s, "你好，" + "。".join(few(rng, SAYS, 2, 3)) + "。请尽快处理，不要透露我的信息。\n\n")
    put(b, s, "--\n{R.name}\n" + rng.choice(("{R.home}", "{R.compound}" + ("业主" if s.urban else "村民"), "{W.name}")) + "\n手机 {R.mobile}\n")


def patrol_log(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "网格巡查日志导出.xlsx  工作表：{N.year}巡查记录\n")
    put(b, s, "日期¦网格¦巡查人¦巡查人电话¦发现问题¦反映人¦反映人电话¦处置情况\n")
    put(b, s, "{N.date}¦第{N.num}网格¦{G.name}¦{G.mobile_plain}¦" + rng.choice(SAYS) +
        "¦{R.name}（{R.flat}）¦{R.mobile_plain}¦已上报{A.name}\n")
    put(b, s, "{N.date}¦第{N.num}网格¦{G.name}¦{G.mobile_plain}¦楼道堆放杂物¦{Y.name}¦{Y.mobile_plain}¦已劝导清理\n")
    put(b, s, "{N.date}¦第{N.num}网格¦{G.name}¦{G.mobile_plain}¦复查{S.name}（{S.addr}），" + rng.choice(FOUND) +
        "¦{R.mou}¦尾号{R.mobile_tail}¦已反馈反映人\n")
    put(b, s, "\n审核¦{D.name}（{A.town}）\n")


def watermark_photos(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "网上举报受理详情\n举报对象§{S.name}\n对象地址§{S.addr}\n举报内容§" + "，".join(few(rng, SAYS, 2, 3)) + "。\n")
    put(b, s, "举报人§" + rng.choice(("{R.name}", "匿名")) + "  联系方式§" + rng.choice(REACH) + "\n附件（3）：\n")
    for _ in range(rng.randint(2, 3)):
        put(b, s, "  [水印相机] 拍摄人：" + rng.choice(("{R.name}", "{R.nick}")) + " | 地点：" +
            rng.choice(("{R.home}", "{S.addr}", "{R.compound}")) + " | 时间：{N.datetime}\n")
    put(b, s, "受理人§{O.name}  受理意见§附件水印含拍摄人信息，转办时请去除水印后再附。\n")


def sms_verified(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "在线举报提交日志\n[{N.stamp}] 用户选择匿名举报\n")
    put(b, s, "[{N.stamp}] 短信验证码{N.smscode}已发送至{R.mobile_plain}，验证通过\n")
    put(b, s, "[{N.stamp}] 提交 IP={R.ip} UA=Mozilla/5.0 (Linux; Android 12) 设备名={R.nick}的手机\n")
    put(b, s, "[{N.stamp}] 表单：被举报单位={S.name}；信用代码={S.uscc}；" +
        rng.choice(("车牌={S.plate}；", "网站={S.website}；", "")) + "问题描述=" + rng.choice(SAYS) + "\n")
    put(b, s, "[{N.stamp}] 补充说明=" + rng.choice((
        "我上次打电话说过，我是{R.honor}，住{R.flat}", "我的抖音{R.url}里有视频", "我们楼的{J.name}也拍到了，电话{J.mobile}",
        "我自己的车{R.plate}停在门口被熏黑了")) + "\n")
    put(b, s, "分拣备注§经比对，验证手机尾号{R.mobile_tail}与{N.caseno}来电人一致，按重复件并办，分派{A.name}（{O.name}）。\n")


LAYOUTS = (forwarded_mail, patrol_log, watermark_photos, sms_verified)


def build(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
