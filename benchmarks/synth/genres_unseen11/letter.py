"""Letters, four layouts: a scanned handwritten letter read back by OCR (a name and a mobile
cut by line ends, page marks, a smudged digit the clerk noted) | a lawyer's letter for a
client (委托人 the reporter with ID, home and mobile; the lawyer and the firm third parties; the
授权委托 line) | a letter with drone photos (the writer's roof, a friend who flew the drone, file
names, the writer's e-mail or WeChat) | a 信访事项复核申请书 (the applicant's demographics, ID
and home; the earlier reply; a relative as 委托代理人 with mobile)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FOUND, REACH, SAYS, Unseen11Slots, few, layout, put


def ocr_scan(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "〔扫描件OCR识别结果，第1页/共2页〕\n尊敬的{A.name}领导：\n")
    put(b, s, "    我叫{R.name_break}，家住{R.home}，" + "，".join(few(rng, SAYS, 2, 3)) + "。\n")
    put(b, s, "    厂子的名字是{S.name}，老板姓{B.surname}，厂里有个叫{E.name}的管环保，" + rng.choice(SAYS) + "。\n")
    put(b, s, "〔第2页〕\n    希望领导派人来看看，我的电话是{R.mobile_break}，" + rng.choice(REACH) + "。\n")
    put(b, s, "                    举报人：{R.name}\n                    {N.date}\n")
    put(b, s, "〔识别备注：第2页手机号第" + rng.choice(("五", "八", "九")) + "位字迹模糊，已与信封上的{R.mobile_plain}核对一致。录入人{O.name}〕\n")


def lawyer_letter(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "律 师 函\n{N.docno}\n致§{A.name}\n")
    put(b, s, "{U.firm}接受{R.name}（身份证号{R.id}，住{R.home}，电话{R.mobile}）的委托，指派{L.name}律师，")
    put(b, s, "就{S.name}（住所地{S.addr}，法定代表人{B.name}）的环境违法问题向贵局致函如下：\n")
    put(b, s, "一、" + "；".join(few(rng, SAYS, 2, 3)) + "。\n")
    put(b, s, "二、委托人曾于{N.date}拨打{N.h12369}举报，至今未见处理结果。\n")
    put(b, s, "三、请贵局依法查处，并将处理结果书面告知本所。委托人要求对其身份信息保密。\n")
    put(b, s, "联系人§{L.name} 律师  手机§{L.mobile}  邮箱§{L.email}\n{U.firm}\n{N.date}\n")
    put(b, s, "附§授权委托书一份（委托人{R.name}签字，" + rng.choice(("工作单位{W.name}", "委托人{R.demo}")) + "）\n")


def drone_letter(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "关于{S.name}偷排问题的举报（附航拍照片）\n\n{A.name}：\n")
    put(b, s, "    我是住在{R.compound}的居民{R.name}，" + rng.choice(SAYS) + "。\n")
    put(b, s, "    {N.date}傍晚，我请朋友{Y.name}（{Y.mobile}）用无人机从我家{R.flat}楼顶起飞拍了一组照片，"
        "能看到厂区东侧有暗管通到河里，照片编号{N.photo}、{N.photo}。\n")
    put(b, s, "    照片中还能看到车牌{S.plate}的罐车在卸液。{Y.honor}只是帮忙，请不要联系TA。\n")
    put(b, s, "    照片原图已发到贵局邮箱，我的" + rng.choice(("邮箱是{R.email}", "微信是{R.wechat}", "QQ是{R.qq}")) + "，电话{R.mobile}" + "。\n")
    put(b, s, "                                        {R.name}\n                                        {N.date}\n")


def review_request(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "信访事项复核申请书\n\n申请人§{R.name}，{R.demo}，身份证号{R.id}，住{R.home}，联系电话{R.mobile}\n")
    put(b, s, "委托代理人§{K.name}，系申请人之{K.kinword}，电话{K.mobile}\n")
    put(b, s, "被申请人§{A.name}，地址{A.addr}\n")
    put(b, s, "复核请求§撤销{A.name}作出的{N.docno}信访答复意见，重新调查{S.name}的排污问题。\n")
    put(b, s, "事实与理由§原答复称“" + rng.choice(FOUND) + "，未发现问题”，与事实不符。" + "；".join(few(rng, SAYS, 1, 2)) + "。\n")
    put(b, s, "此致\n{A.parent}\n申请人：{R.name}（按手印）\n{N.date}\n")


LAYOUTS = (ocr_scan, lawyer_letter, drone_letter, review_request)


def build(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
