"""Web and mobile submissions, four layouts: an SMS report in the platform's ``举报#地点#
内容#联系方式`` format with the parsed fields beside it (the sending number, a second SMS
that continues the first, the auto-reply); a location-based app report (the reporter's phone
position reverse-geocoded to their own home, the site's position, 实名认证 with masked name
and ID, the device IP, photo EXIF times); a paper 举报登记表 scanned and read by OCR (☑/□
boxes, the name spread over its cell, the ID and mobile one digit per box, the workplace); a
QR code on the plant's gate that opens a mini-program (the plant's data, its environmental
officer's mobile from the gate sign, the user's nickname and authorised mobile)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import BARE, TALK, Unseen7Slots, layout, put


def sms(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "{N.h12369}短信举报平台  接收记录\n")
    put(b, s, "发送号码§{R.mobile_plain}    接收时间§{N.stamp}\n")
    put(b, s, "原文§举报#{S.place}#" + rng.choice(TALK) + "#" +
        rng.choice(("{R.name} {R.mobile}", "本机", "{R.surname}先生本机", "{H.mobile}（我{H.rel}）")) + "\n")
    put(b, s, "解析§地点={S.place}；对象=" + rng.choice(("未识别", "{S.short}")) + "；联系方式=" +
        rng.choice(("同发送号码", "{R.mobile}")) + "\n")
    put(b, s, "续条§{N.stamp}  " + rng.choice(("补充：厂名叫{S.name}，老板姓{B.surname}。", "补充：我家在{R.place}，离得近。",
                                          "补充：别回短信，打电话，短信我{H.rel}会看到。")) + "\n")
    put(b, s, "自动回复§【{A.name}】您的举报已收到，受理编号{N.ticket}，我们将于{N.within}办理。\n")
    put(b, s, "人工处理§{O.name}  {N.hm}  已转{A.dept}\n")


def located(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "举报详情（移动端）  编号{N.ticket}\n")
    put(b, s, "提交人实名认证§" + rng.choice(("{R.name_masked}", "{R.name}")) + "  {R.id_masked}（政务服务APP认证）\n")
    put(b, s, "联系手机§{R.mobile}\n")
    put(b, s, "提交时定位§{N.coord}  逆地址解析：{R.home}\n")
    put(b, s, "事发地点§{N.coord}  {S.addr}（用户在地图上选点）\n")
    put(b, s, "举报对象§{S.name}\n问题描述§" + rng.choice(TALK) + "。" +
        rng.choice(("我就在家里拍的，{R.flat}朝北那个窗户。", "", "邻居{Y.surname}家也能看见。")) + "\n")
    put(b, s, "附件§{N.photo}（拍摄时间 {N.stamp}）；{N.photo}\n")
    put(b, s, "设备信息§" + rng.choice(("Android 13", "iOS 17.2", "HarmonyOS 4.0")) + "  IP {R.ip}\n")
    put(b, s, "审核§{O.name}：定位与事发地距离{N.dist}，线索有效，转{A.dept}。\n")


def scanned(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "环境违法行为举报登记表（扫描件识别结果）\n")
    put(b, s, "举报方式§☑实名 □匿名        是否同意公开身份§□同意 ☑不同意\n")
    put(b, s, "姓    名§{R.name_spaced}        性别§{R.gender}        年龄§{R.age_num}\n")
    put(b, s, "身份证号§{R.id_boxed}\n")
    put(b, s, "联系电话§{R.mobile_boxed}\n")
    put(b, s, "工作单位§" + rng.choice(("{W.name}", "无", "{W.name}（退休）")) + "\n")
    put(b, s, "通讯地址§" + rng.choice(("{R.home}", "同上", "{R.place}")) + "\n")
    put(b, s, "被举报单位§{S.name}\n地    址§{S.addr}\n")
    put(b, s, "举报内容§" + rng.choice(BARE) + "。" + rng.choice(TALK) + "。\n")
    put(b, s, "（以下由受理单位填写）受理人§{O.name}  受理日期§{N.date}  识别置信度§{N.pct}\n")


def gate_qr(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "“企业环保码”扫码举报\n")
    put(b, s, "—— 企业信息（扫码自动带出）——\n")
    put(b, s, "企业名称§{S.name}\n信用代码§{S.uscc}\n生产地址§{S.addr}\n" + rng.choice(("企业网站§{S.website}\n", "")))
    put(b, s, "环保负责人§{E.name}  {E.mobile}（公示牌）\n")
    put(b, s, "—— 举报人信息 ——\n")
    put(b, s, "微信昵称§{R.nick}\n授权手机号§" + rng.choice(("{R.mobile_masked}（后台：{R.mobile_plain}）", "{R.mobile}")) + "\n")
    put(b, s, "openid§o" + "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789-_")
                                   for _ in range(27)) + "\n")
    put(b, s, "扫码位置§距企业大门{N.dist}\n")
    put(b, s, "举报内容§" + rng.choice(TALK) + "。" +
        rng.choice(("我天天上班从这里过。", "我就住{R.place}，别让厂里知道。", "这个码是我在门口贴的公示牌上扫的。")) + "\n")
    put(b, s, "处理情况§{N.date} 已派{A.dept}；{O.name}回复：已收到，正在核查。\n")


LAYOUTS = (sms, located, scanned, gate_qr)


def build(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
