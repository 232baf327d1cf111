"""Web submissions, four layouts: a report through Alipay's 城市服务 with the data Alipay
authorised (the Alipay login is a mobile or an e-mail, the real name and ID masked) | the
platform's account profile behind a submission (login, real-name data, 常用地址 home and
work, login IPs) | an entry of a foreign-invested plant's internal ethics portal (English and
Chinese) that an employee forwarded to the bureau | the back office's view of a reporter
account with its history (past reports against other enterprises)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FOUND, REACH, SAYS, Unseen12Slots, few, layout, put


def alipay(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "支付宝·城市服务 “环保随手拍” 提交记录\n提交时间§{N.stamp}  服务提供方§{A.name}\n")
    put(b, s, "授权信息（用户已同意授权）：\n  支付宝账号§" + rng.choice(("{R.mobile_plain}", "{R.email}")) +
        "\n  实名姓名§{R.name_mask}\n  证件号码§{R.id_mask}\n  手机号§{R.mobile}\n")
    put(b, s, "举报对象§{S.name}\n定位地址§" + rng.choice(("{R.home}", "{S.addr}")) + "\n")
    put(b, s, "问题描述§" + rng.choice(SAYS) + "。\n照片§{N.photo}、{N.photo}\n")
    if rng.random() < 0.5:
        put(b, s, "补充联系方式§" + rng.choice(REACH) + "\n")
    put(b, s, "设备IP§{R.ip}\n")


def profile(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "【后台】用户档案  （关联举报件{N.order}）\n")
    put(b, s, "登录名§{R.wechat}\n昵称§{R.nick}\n实名认证§已认证（{R.name}，{R.id}）\n")
    put(b, s, "绑定手机§{R.mobile}  绑定邮箱§{R.email}\n性别§{R.gender}  出生年份§{R.born}\n")
    put(b, s, "常用地址1（家）§{R.home}\n常用地址2（单位）§{W.name}\n")
    put(b, s, "最近登录IP§{R.ip}；{R.ip6}\n")
    put(b, s, "本次举报§{S.name}，{S.addr}，" + rng.choice(SAYS) + "。\n")
    put(b, s, "管理员备注§" + rng.choice(("用户曾来电要求删除档案中的单位信息", "该用户{N.num}次举报均为同一企业",
                                       "用户{R.honor}要求处理结果发邮件")) + "  操作员§{O.name}\n")


def ethics_portal(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "发件人转来的截图文字（{S.en} 内部合规平台 SpeakUp）：\n")
    put(b, s, "Case ID: {N.caseid}    Site: {S.name} / {S.addr}\n")
    put(b, s, "Reporter: " + rng.choice(("Anonymous（匿名）", "{R.pinyin}（{R.name}）")) + "    Employee No.: {R.workno}\n")
    put(b, s, "Category: Environment / 环保\nDescription: EHS Manager {M.pinyin}（{M.name}）asked the night shift to bypass the "
        "scrubber. 车间主任{E.name} said “不要写进记录”. " + rng.choice(SAYS) + ".\n")
    put(b, s, "Status: Closed - unsubstantiated（已关闭，未查实）  Handler: {M.email}\n")
    put(b, s, "----\n员工附言：公司内部查不下去，只好向你们反映。我的私人邮箱{R.email}，手机{R.mobile}。"
        "请不要联系公司HR，HR会把名单给{M.surname}。\n")


def account_history(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "举报平台管理端 › 用户详情\n用户ID§{N.num}{N.num}  昵称§{R.nick}  注册手机§{R.mobile_plain}\n")
    put(b, s, "实名§{R.name}  证件§{R.id}  注册IP§{R.ip}\n历史举报：\n编号¦举报对象¦地址¦状态\n")
    for _ in range(rng.randint(1, 3)):
        put(b, s, "{N.order}¦{S.other}¦{S.district}¦已办结\n")
    put(b, s, "{N.order}¦{S.name}¦{S.addr}¦办理中\n")
    put(b, s, "本件内容§" + rng.choice(SAYS) + "。联系方式§" + rng.choice(REACH) + "\n")
    put(b, s, "风险提示§该用户举报频次较高，" + rng.choice(("请核实是否为同行竞争举报", "注意保密，曾反映被企业打击报复")) +
        "。核查人§{D.name}\n办理意见§" + "；".join(few(rng, FOUND, 1, 2)) + "。\n")


LAYOUTS = (alipay, profile, ethics_portal, account_history)


def build(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
