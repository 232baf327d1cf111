"""Web forms, four layouts: a form system's submission log (``字段 = 值`` lines, a review
trail with reviewer and submitter IP); a Markdown table exported from a case system, half the
cells empty (—, 无, 未填); a phone screenshot of a submitted form read back by OCR (status
bar, labels on one line and values on the next, a value cut off with …); an edited submission
with its change history (the reporter changed the phone: old and new value both theirs)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import PROBLEMS, TALK, Unseen6Slots, layout, put, some

EMPTY = ("—", "无", "未填", "", "/")


def submit_log(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "[submit] form=hjjb_v3 id={N.caseno}\n")
    put(b, s, "  jbr_xm      = {R.name}\n")
    put(b, s, "  jbr_lxdh    = " + rng.choice(("{R.mobile}", "{R.mobile_plain}")) + "\n")
    put(b, s, "  jbr_zjhm    = " + rng.choice(("{R.id}", "", "{R.passport}")) + "\n")
    put(b, s, "  jbr_email   = " + rng.choice(("{R.email}", "")) + "\n")
    put(b, s, "  jbr_qq      = " + rng.choice(("{R.qq}", "", "{R.qq}")) + "\n")
    put(b, s, "  bjb_mc      = {S.name}\n  bjb_dz      = {S.addr}\n")
    put(b, s, "  wt_ms       = " + "，".join(some(rng, TALK, 1, 2)) + "\n")
    put(b, s, "  client_ip   = {R.ip}\n  ua          = Mozilla/5.0 (Linux; Android 12) WeChat/8.0\n")
    put(b, s, "[review] {N.stamp} by {O.name}: " + rng.choice(("受理", "信息不全，待补充", "重复件，合并")) + "\n")
    put(b, s, rng.choice(("[review] {N.stamp} by {D.name}: 派{A.dept}\n", "[note] 举报人要求保密\n", "")))


def md_table(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "### 网络举报详情 {N.caseno}\n\n| 项目 | 内容 |\n|---|---|\n")
    e = lambda: rng.choice(EMPTY)  # noqa: E731
    put(b, s, "| 反映人 | " + rng.choice(("{R.name}", "{R.ref}")) + " |\n")
    put(b, s, "| 性别 | " + rng.choice(("{R.gender}", e())) + " |\n")
    put(b, s, "| 手机 | {R.mobile} |\n")
    put(b, s, "| 固话 | " + rng.choice(("{R.tel}", e())) + " |\n")
    put(b, s, "| 工作单位 | " + rng.choice(("{W.name}", e())) + " |\n")
    put(b, s, "| 通讯地址 | " + rng.choice(("{R.home}", e(), "同小区，{R.place}")) + " |\n")
    put(b, s, "| 反映对象 | {S.name} |\n| 对象地址 | " + rng.choice(("{S.addr}", e())) + " |\n")
    put(b, s, "| 对象负责人 | " + rng.choice(("{B.name}", "{B.name} {B.mobile}", e())) + " |\n")
    put(b, s, "| 问题描述 | " + "；".join(some(rng, PROBLEMS, 1, 2)) + " |\n")
    put(b, s, "| 是否公开 | 否 |\n| 附件 | " + rng.choice(("3张图片", e())) + " |\n")


def screenshot(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "{N.hm}  5G  8" + str(rng.randint(0, 9)) + "%\n<  提交成功\n")
    put(b, s, "您的举报已提交，编号\n{N.caseno}\n")
    put(b, s, "举报人\n{R.name}\n")
    put(b, s, "联系电话\n" + rng.choice(("{R.mobile}", "{R.mobile_masked}")) + "\n")
    put(b, s, "被举报对象\n{S.name}\n")
    put(b, s, "详细地址\n{S.addr}\n")
    put(b, s, "问题描述\n" + rng.choice(TALK) + "，" + rng.choice(("还有…", "…")) + "\n")
    put(b, s, rng.choice(("举报人微信\n{R.wechat}\n", "举报人邮箱\n{R.email}\n", "")))
    put(b, s, "[查看进度]   [返回首页]\n")
    put(b, s, "——截图由举报人发至{A.mail}，{O.name}整理\n")


def edited(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "在线举报（已修改 {N.num} 次）  编号§{N.caseno}\n")
    put(b, s, "当前内容\n  举报人§{R.name}\n  联系电话§{R.mobile}\n")
    put(b, s, "  被举报单位§{S.name}\n  问题§" + "，".join(some(rng, TALK, 1, 2)) + "\n")
    put(b, s, "修改记录\n")
    put(b, s, "  {N.stamp} 联系电话§" + rng.choice(("{K.mobile}", "{R.tel}")) + " → {R.mobile}（举报人称旧号是家里人的）\n")
    put(b, s, "  {N.stamp} 举报人§" + rng.choice(("匿名", "{R.ref}")) + " → {R.name}\n")
    put(b, s, rng.choice(("  {N.stamp} 问题§补充：邻居{Y.name}家的菜地也被污染\n",
                          "  {N.stamp} 被举报单位§{U.name} → {S.name}（填错了）\n",
                          "  {N.stamp} 社交账号§（空） → {R.social}\n")))
    put(b, s, "修改来源IP§{R.ip}\n")


LAYOUTS = (submit_log, md_table, screenshot, edited)


def build(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
