"""Web submissions, four layouts: a 领导留言板-style message export (留言对象, 网友昵称, the
contact given only inside the text); an e-mail body pasted into a form (From / 发件人 header,
signature block); a form with bilingual field labels (Name/姓名, Tel/电话, ID No./证件号码);
a form marked anonymous whose 补充说明 free text gives the reporter's home and their child's
school."""

from __future__ import annotations

import random

from ..render import Builder
from .common import CONTACT, PROBLEMS, TALK, Unseen4Slots, layout, pick_some, put


def board(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("地方领导留言板 留言详情\n", "网民留言办理 导出记录\n")))
    put(b, s, "留言编号§{N.msgno}    来源§{A.url}\n")
    put(b, s, "留言对象§{A.city}委书记    留言类型§投诉    领域§环保\n")
    put(b, s, "网友§{R.nick}    留言时间§{N.datetime}\n")
    put(b, s, rng.choice(("标题§{S.short}污染严重，恳请书记关注\n", "标题§{S.district}一企业长期偷排废水无人管\n",
                          "标题§反映{S.name}夜间排放刺鼻气体\n")))
    put(b, s, "正文§书记您好！")
    put(b, s, rng.choice(("我是{R.place}的一名普通居民。", "我是在{W.name}工作的一名职工，家住{R.place}。", "")))
    put(b, s, "；".join(pick_some(rng, TALK, 2, 3)) + "。")
    put(b, s, rng.choice(("联系我可以打{R.mobile}。", "我电话{R.mobile_chat}，{R.surname}。", "不留电话了，怕被报复。",
                          "我的邮箱{R.email}。", "视频我发在网上了：{R.url} 。")))
    put(b, s, "\n")
    put(b, s, "办理单位§{A.name}    办理状态§已回复\n")
    put(b, s, "回复内容§网友您好！经{A.name}执法人员{O.name}于{N.date}现场核查，" +
              rng.choice(("{S.name}", "{S.short}")) + "存在" + rng.choice(("废气收集不到位", "雨污混排", "原料未苫盖")) +
              "问题，已立案查处。联系电话§{A.tel}。\n")


def email(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "网上信访  受理单\n")
    put(b, s, "信访编号§{N.xfno}    来源§电子邮件（工作人员录入）\n")
    put(b, s, "内容§\n")
    put(b, s, "-------- 原始邮件 --------\n")
    put(b, s, rng.choice(("发件人: \"{R.name}\" <{R.email}>\n", "From: {R.name} <{R.email}>\n", "发件人: {R.email}\n")))
    put(b, s, rng.choice(("发送时间: {N.datetime}\n", "Sent: {N.datetime}\n")))
    put(b, s, rng.choice(("X-Originating-IP: [{R.ip}]\n", "")))
    put(b, s, rng.choice(("收件人: {A.mail}\n", "To: {A.mail}\n")))
    put(b, s, rng.choice(("主题: 举报{S.short}违法排污\n", "Subject: 关于{S.name}的举报\n")))
    put(b, s, "\n环保局的同志：\n    " + "。".join(pick_some(rng, TALK, 2, 3)) + "。")
    put(b, s, rng.choice(("这家企业的法人叫{B.name}。", "厂子在{S.addr}。", "")))
    put(b, s, "\n\n{R.name}\n" + rng.choice(("{W.name}\n", "")) + "手机：{R.mobile}\n")
    put(b, s, rng.choice(("视频：{R.url}\n", "")))
    if rng.random() < 0.4:
        put(b, s, "地址：{R.home}\n")
    put(b, s, rng.choice(("\n发自我的iPhone\n", "\n-- \n发送自网易邮箱大师\n", "\n")))
    put(b, s, "录入人§{O.name}    录入时间§{N.date}\n")


def bilingual(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("环境违法行为举报 Environmental Violation Report\n", "在线举报 Online Complaint Form\n")))
    put(b, s, "Report No./编号: {N.ssp}\n")
    put(b, s, rng.choice(("Name/姓名: {R.name}\n", "Name 姓名: {R.name}\n", "姓名 Name: {R.name_sp}\n")))
    put(b, s, "Gender/性别: {R.gender}\n")
    put(b, s, rng.choice(("ID No./证件号码: {R.id_plain}\n", "ID Type/证件类型: {R.doc}\n", "")))
    put(b, s, "Tel/电话: " + rng.choice(("{R.mobile_typed}", "{R.mobile}")) + "\n")
    put(b, s, rng.choice(("E-mail/邮箱: {R.email}\n", "WeChat/微信: {R.wechat}\n", "")))
    put(b, s, "Address/住址: {R.home}\n")
    put(b, s, "Reported Entity/被举报单位: {S.name}\n")
    put(b, s, "Entity Address/单位地址: {S.addr}\n")
    put(b, s, rng.choice(("Legal Rep./法定代表人: {B.name}\n", "Contact/联系人: {E.name} {E.mobile}\n", "")))
    put(b, s, "Description/问题描述: " + "；".join(pick_some(rng, TALK, 2, 3)) + "。\n")
    put(b, s, "Keep confidential/是否保密: 是    IP: {R.ip}\n")
    put(b, s, "Submitted/提交时间: {N.datetime}\n")


def supplement(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("{A.name}网上举报平台\n", "{N.h12369}网络举报平台 举报详情\n")))
    put(b, s, "举报编号§{N.caseno}    举报时间§{N.datetime}\n")
    put(b, s, "举报方式§匿名    举报人§（匿名）\n")
    put(b, s, rng.choice(("登录方式§微信授权    微信昵称§{R.nick}    提交IP§{R.ip}\n", "提交IP§{R.ip}\n",
                          "登录方式§手机号    登录账号§{R.masked_mobile}\n", "")))
    put(b, s, "被举报对象§{S.name}\n被举报对象地址§{S.addr}\n")
    put(b, s, "污染类型§" + rng.choice(("大气", "水", "噪声", "固废")) + "\n")
    put(b, s, "举报内容§" + "，".join(pick_some(rng, PROBLEMS, 1, 2)) + "。\n")
    put(b, s, "补充说明§")
    put(b, s, rng.choice((
        "我家就在{R.home}，离厂子{N.dist}，孩子在{C.school}上{C.grade}，学校就挨着厂子，天天闻这个味。",
        "你们来查的时候可以到我家看，{R.home}，我家孩子{C.given}（{C.kid_age}）在{C.school}上学，已经咳嗽一个月了。",
        "我是{C.school}{C.grade}学生{C.name}的家长，学校后墙就是这个厂，家长群里都在说这个事。",
    )))
    put(b, s, rng.choice(("" , "如需联系：" + "，".join(pick_some(rng, CONTACT, 1, 1)) + "。",
                          "{Y.ref}家的孩子也在一个班。")))
    put(b, s, "\n")
    put(b, s, "附件§现场照片" + str(rng.randint(2, 9)) + "张\n")
    put(b, s, "处理状态§已转{A.dept}\n")


LAYOUTS = (board, email, bilingual, supplement)


def build(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
