"""Web and self-service submissions, four layouts: the bureau's WeChat official-account back
office, 消息管理 list (the user's nickname, the 备注名 a clerk gave them with their surname, the
profile's region, openid, tags; the user's messages and the clerk's replies) | a report made
through a map app's 路况/环境上报 and passed on by the map company (the user's account nickname,
the bound mobile masked and the plate bound to the account; the location; the company's
liaison) | a complaint typed into a self-service kiosk at the 政务服务中心, with the ticket stub
(the ID card read by the kiosk: name with a space, gender, ethnicity, the card's address; the
mobile keyed in; the stub masks them) | a report filed from a relative's account (the login's
real-name data are the relative's, the writer signs in the text with their own name)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import SAYS, Unseen14Slots, few, layout, put


def mp_backend(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "公众号后台 › 互动管理 › 消息  （{A.mp}）  导出时间 {N.stamp}\n")
    put(b, s, "用户§{R.nick}  备注名§" + rng.choice(("举报-{R.surname}-" + "{S.short}", "{R.honor}（{S.short}）", "{R.name}")) +
        "  地区§" + s.c.city.province[:-1] + " " + s.c.city.name[:-1] + "\n")
    put(b, s, "OpenID§{R.wechat}  标签§" + rng.choice(("重点关注", "实名举报人", "多次留言")) + "  星标§是\n")
    put(b, s, "{N.md_hm}  {R.nick}：" + rng.choice(SAYS) + "。\n")
    put(b, s, "{N.md_hm}  {R.nick}：[图片][图片][视频]\n")
    put(b, s, "{N.md_hm}  {A.mp}（{O.name}）：您好，已收到。方便留个电话吗？只用于核实，不会外传。\n")
    put(b, s, "{N.md_hm}  {R.nick}：" + rng.choice(("{R.mobile}，我叫{R.name}", "电话{R.mobile}", "{R.mobile_mixed}，晚上打")) + "\n")
    if rng.random() < 0.6:
        put(b, s, "{N.md_hm}  {R.nick}：我家就在{R.compound}，" + rng.choice(("{R.flat}，窗户正对着厂子", "离厂子不到{N.dist}")) + "\n")
    put(b, s, "{N.md_hm}  {A.mp}（{O.name}）：好的，已转{A.name}执法人员，厂址{S.addr}。\n")


def map_app(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "{U.map}用户上报信息转交函\n\n{A.name}：\n")
    put(b, s, "    我公司地图产品于{N.datetime}收到用户通过“环境上报”功能提交的信息一条，按合作约定转交贵局。\n")
    put(b, s, "    上报位置§{S.addr}附近（{N.coord}）\n")
    put(b, s, "    上报内容§" + "；".join(few(rng, SAYS, 1, 2)) + "。\n")
    put(b, s, "    用户账号§{R.nick}  绑定手机§{R.mobile_mask}")
    put(b, s, rng.choice(("  绑定车辆§{R.plate}\n", "\n")))
    if rng.random() < 0.6:
        put(b, s, "    用户授权公开联系方式§是，完整号码{R.mobile_plain}，称呼{R.honor}\n")
    else:
        put(b, s, "    用户授权公开联系方式§否（如需联系，请经我公司转达）\n")
    put(b, s, "    我司联系人§{Y.name}，{Y.mobile}，{Y.email}\n")
    put(b, s, "                                   {U.map}\n                                   {N.date}\n")


def kiosk(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "政务服务中心 自助终端 {N.ticket} · 生态环境投诉\n")
    put(b, s, "[身份证读卡] 姓名 {R.name_spaced}  性别 {R.gender}  民族 {R.ethnic}\n")
    put(b, s, "             住址 {R.home}\n             公民身份号码 {R.id_plain}\n")
    put(b, s, "[手机号输入] " + rng.choice(("{R.mobile_plain}", "{R.mobile_keys}")) + "  短信验证 通过\n")
    put(b, s, "[投诉对象] {S.name}  [地址] {S.addr}\n")
    put(b, s, "[投诉内容] " + "；".join(few(rng, SAYS, 1, 2)) + "。" + rng.choice(("", "我在{W.name}上班，单位离那儿近。")) + "\n")
    put(b, s, "[是否同意公开身份] 否\n")
    put(b, s, "—— 凭条（请妥善保管） ——\n业务流水号 {N.serial}\n投诉人 {R.name_mask}  手机 {R.mobile_mask}\n")
    put(b, s, "受理部门 {A.name}  咨询电话 {A.tel}  办理时限 {N.within}\n打印时间 {N.stamp}\n")


def kin_account(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "网上投诉受理单（系统打印）  编号§{N.caseno}\n")
    put(b, s, "提交账号§{K.mobile_plain}  实名认证§{K.name}，" + rng.choice(("{K.id_mask}", "护照 {K.passport}")) + "  登录IP§{K.ip}\n")
    put(b, s, "投诉标题§关于{S.short}" + rng.choice(("夜间排放废气", "偷排废水", "露天堆放废料")) + "的投诉\n")
    put(b, s, "投诉内容§我是用{K.child}的账号提交的，我叫{R.name}，" + rng.choice(("电话{R.mobile}", "手机{R.mobile}，家里座机{R.tel}")) +
        "，住{R.home}。" + "；".join(few(rng, SAYS, 1, 2)) + "。回电请找我本人，别打{K.child}的电话。\n")
    put(b, s, "被投诉单位§{S.name}  地址§{S.addr}\n")
    put(b, s, "受理意见§{O.name}：{N.date}受理，转{A.name}。注意：账号实名人{K.surname_ref}与投诉人非同一人，回访以正文电话为准。\n")


LAYOUTS = (mp_backend, map_app, kiosk, kin_account)


def build(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
