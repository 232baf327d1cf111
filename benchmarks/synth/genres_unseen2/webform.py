"""网上投诉 / 12345 web forms, four layouts: a platform export with the complaint first and
the submitter's block last, a leaders' message board post signed by a nickname, a
随手拍 mini-program report with a location pin, and a spreadsheet export (a header row,
then the values row, labels far from their values)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import ABOUT, ABOUT_FORMAL, ME, Unseen2Slots, layout, put, some


def export(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("全国生态环境信访投诉举报管理平台——网络举报详情\n", "{N.area_hotline}网上诉求件\n",
                          "网上投诉受理单\n")))
    put(b, s, "〈受理编号〉{N.workorder}\n〈提交时间〉{N.datetime}\n")
    put(b, s, rng.choice(("〈涉嫌单位〉{S.name}\n", "〈被投诉对象〉{S.name}\n", "〈污染源单位〉{S.name}\n")))
    put(b, s, rng.choice(("〈所在地区〉{S.addr}\n", "〈问题发生地〉{S.addr}\n")))
    put(b, s, rng.choice(("〈污染类型〉大气\n", "〈污染类型〉水\n", "〈污染类型〉噪声\n", "〈污染类型〉固体废物\n")))
    put(b, s, "〈举报内容〉" + "。".join(some(rng, ABOUT, 2, 4)) + "。\n")
    put(b, s, rng.choice(("〈附件〉现场照片3张\n", "〈附件〉视频1个\n", "")))
    put(b, s, "—— 举报者信息 ——\n")
    put(b, s, rng.choice(("〈举报者〉{R.name}\n", "〈投诉者〉{R.name}\n", "〈实名/匿名〉实名  {R.name}\n")))
    for line in some(rng, ("〈联系手机〉{R.mobile_typed}\n", "〈电子邮箱〉{R.email}\n", "〈通讯地址〉{R.home}\n",
                           "〈证件号码〉{R.id}\n", "〈提交IP〉{R.ip}\n", "〈工作单位〉{W.name}\n",
                           "〈证件类型〉护照  〈证件号码〉{R.passport}\n", "〈视频链接〉{R.url}\n",
                           "〈证件类型〉港澳居民来往内地通行证  〈证件号码〉{R.hkmo}\n"), 2, 4):
        put(b, s, line)
    put(b, s, rng.choice(("〈是否保密〉是\n", "〈是否愿意公开〉否\n", "")))


def board(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "留言板  >  " + rng.choice(("{A.name}", "{A.parent}")) + "\n")
    put(b, s, rng.choice(("【投诉】", "【求助】", "【建议】")) + rng.choice((
        "{S.short}天天半夜排废气，有人管吗", "强烈要求整治{S.name}", "{R.village}附近化工厂臭味扰民")) + "\n")
    put(b, s, "网友：" + rng.choice(("{R.nick}", "{R.at}")) + "    " + "{N.datetime}    "
        + rng.choice(("IP属地：" + s.c.city.province.rstrip("省"), "来自{R.ip}")) + "\n")
    put(b, s, "    " + rng.choice(("各位领导好，", "", "你好，")))
    sentences = some(rng, ABOUT, 2, 4)
    if rng.random() < 0.6:
        sentences.insert(rng.randint(0, len(sentences)), rng.choice(ME))
    put(b, s, "。".join(sentences) + "。")
    put(b, s, rng.choice(("联系方式就不留了，怕被打击报复。", "需要核实可以打{R.mobile}。",
                          "私信我也行，微信{R.wechat}。")) + "\n")
    put(b, s, "留言状态：已转交{A.name}办理\n")


def snapshot(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "“随手拍”环境问题上报\n")
    put(b, s, "〈上报人〉{R.name}\n〈手机号〉{R.mobile_typed}\n")
    put(b, s, "〈定位〉{S.addr}\n")
    put(b, s, "〈问题类型〉" + rng.choice(("露天焚烧", "偷排污水", "扬尘", "异味")) + "\n")
    put(b, s, "〈描述〉" + "，".join(some(rng, ABOUT, 1, 3)) + "。\n")
    if rng.random() < 0.5:
        put(b, s, "〈备注〉" + rng.choice(ME) + "。\n")
    put(b, s, "〈上报时间〉{N.datetime}\n〈状态〉待核实\n")


def spreadsheet(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    cols = [("序号", "{N.num}"), ("投诉者", "{R.name}"), ("联系电话", "{R.mobile_typed}"),
            ("被反映对象", "{S.name}"), ("问题地址", "{S.addr}"),
            ("投诉内容", "；".join(some(rng, ABOUT_FORMAL, 1, 2))), ("来源", "网站"), ("登记日期", "{N.date}")]
    if rng.random() < 0.5:
        cols.insert(3, ("投诉者住址", "{R.home}"))
    if rng.random() < 0.3:
        cols.insert(3, ("邮箱", "{R.email}"))
    put(b, s, rng.choice(("网上投诉件导出\n", "附件：网络投诉明细表\n", "")))
    sep = rng.choice(("\t", " | ", ","))
    put(b, s, sep.join(c for c, _ in cols) + "\n")
    put(b, s, sep.join(v for _, v in cols) + "\n")


LAYOUTS = (export, board, snapshot, spreadsheet)


def build(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
