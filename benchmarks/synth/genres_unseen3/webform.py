"""Web and app submissions, four layouts: comments exported from a WeChat official
account's back end (公众号留言), a mini-program 随手拍 report with a map pin, a JSON record
as a case system's API returns it (pinyin or English keys), and the printout of a
government site's 我要写信 form with 证件类型 and the submitter's IP."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FACTS, INTRO, REACH, SAYS, Unseen3Slots, farm_story, layout, pick_some, put

ARTICLES = ("《生态环境违法行为有奖举报办法》", "《关于开展夏季臭氧污染防治攻坚的通告》", "《本周环境空气质量排名》",
            "《欢迎广大群众监督举报环境违法行为》")


def official_account(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """公众号后台 留言管理: a reader's comment under an article, with the reply."""
    put(b, s, rng.choice(("【{A.parent}】公众号 留言管理 导出\n", "微信公众号留言导出（{A.parent}）\n", "留言管理\n")))
    put(b, s, "文章§" + rng.choice(ARTICLES) + "\n")
    put(b, s, "------------------------------\n")
    put(b, s, "用户昵称§{R.nick}\n留言时间§{N.stamp}\n留言内容§")
    put(b, s, rng.choice(INTRO) + "，" + "，".join(pick_some(rng, SAYS, 1, 3)) + "。")
    put(b, s, rng.choice(REACH + ("我家就在{R.place}", "求求你们管管吧")) + "。\n")
    put(b, s, "精选§否    点赞数§" + str(rng.randint(0, 40)) + "\n")
    put(b, s, rng.choice(("作者回复§感谢您的留言，已转{A.name}核查处理，请保持电话畅通。\n",
                          "作者回复§您好，您反映的问题已记录，也可拨打{N.h12369}举报。\n", "作者回复§（未回复）\n")))
    if rng.random() < 0.5:
        put(b, s, "------------------------------\n用户昵称§{T.nick}\n留言时间§{N.stamp}\n留言内容§")
        put(b, s, rng.choice(("我也闻到了，住{T.place}，晚上根本不敢开窗。", "同一个厂，反映多少次了。",
                              "楼上说的是{S.short}吧，我们这边也是。")) + "\n")


def snapshot(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """小程序 随手拍: problem type, a map pin, photos, then who reported it."""
    put(b, s, rng.choice(("“随手拍”环境问题上报记录\n", "{A.parent}小程序·随手拍 工单\n", "随手拍举报详情\n")))
    farm = rng.random() < 0.3
    put(b, s, "上报编号§{N.ssp}\n上报时间§{N.datetime}\n")
    put(b, s, "问题类型§" + rng.choice(("废气", "废水", "噪声", "固体废物", "扬尘", "其他")) + "\n")
    if farm:
        put(b, s, rng.choice(("问题位置§{S.farm_addr}（{N.coord}）\n", "定位§{N.coord}  {S.farm_place}\n")))
    else:
        put(b, s, rng.choice(("问题位置§{S.addr}（{N.coord}）\n", "定位§{N.coord}  {S.place}\n",
                              "问题位置§{S.addr}\n")))
    if farm:
        put(b, s, rng.choice(("涉事单位§{S.farm}\n", "涉事单位§个人养殖场\n")))
    else:
        put(b, s, rng.choice(("涉事单位§{S.name}\n", "涉事单位§{S.short}\n", "涉事单位§不清楚\n")))
    put(b, s, "问题描述§")
    put(b, s, "，".join(farm_story(rng, 1, 3) if farm else pick_some(rng, SAYS, 1, 3)) + "。\n")
    put(b, s, "现场照片§" + str(rng.randint(1, 9)) + "张    视频§" + str(rng.randint(0, 2)) + "段\n")
    anon = rng.random() < 0.4
    put(b, s, "上报人§" + ("匿名用户" if anon else "{R.name}") + "\n")
    put(b, s, rng.choice(("手机号§{R.mobile_typed}\n", "手机号§{R.masked_mobile}（已脱敏）    完整号码§{R.mobile_plain}\n",
                          "手机号§{R.mobile_typed}\n")))
    put(b, s, rng.choice(("微信昵称§{R.nick}\n", "", "终端IP§{R.ip}\n")))
    put(b, s, "是否公开身份§否\n处置单位§{A.name}\n")
    put(b, s, rng.choice(("处置状态§已派单    派单人§{O.name}\n", "处置状态§待核实\n")))


def api_record(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """A record as the platform's API returns it; keys in pinyin initials or in English."""
    content = "，".join(pick_some(rng, SAYS + FACTS, 2, 3)) + "。"
    anon = rng.random() < 0.3
    if rng.random() < 0.5:
        put(b, s, '{"code":0,"msg":"success","data":{')
        put(b, s, '"ajbh":"{N.caseno}","jbsj":"{N.datetime}",')
        put(b, s, '"jbrxm":"' + ('匿名' if anon else '{R.name}') + '","jbrdh":"{R.mobile_plain}",')
        if not anon and rng.random() < 0.6:
            put(b, s, '"jbrsfzh":"{R.id_plain}",')
        put(b, s, rng.choice(('"jbrdz":"{R.home}",', '"jbrdz":"{R.place}",', '"jbrgzdw":"{W.name}",', '')))
        put(b, s, '"bjbdw":"{S.name}","bjbdz":"{S.addr}",')
        put(b, s, '"jbnr":"' + content + '",')
        put(b, s, '"sfbm":"1","jbly":"' + rng.choice(("微信公众号", "网站", "小程序")) + '",')
        put(b, s, '"cbdw":"{A.name}","cbr":"{O.name}"}}\n')
        return
    put(b, s, "{\n")
    put(b, s, '  "caseNo": "{N.caseno}",\n  "submittedAt": "{N.datetime}",\n')
    put(b, s, '  "anonymous": ' + ("true" if anon else "false") + ",\n")
    put(b, s, '  "reporter": {\n')
    if not anon:
        put(b, s, '    "name": "{R.name}",\n')
    put(b, s, '    "mobile": "{R.mobile_plain}",\n')
    for line in pick_some(rng, ('    "email": "{R.email}",\n', '    "wechat": "{R.wechat}",\n', '    "qq": "{R.qq_plain}",\n',
                                '    "address": "{R.home}",\n', '    "ip": "{R.ip}",\n'), 1, 2):
        put(b, s, line)
    put(b, s, '    "confidential": true\n  },\n')
    put(b, s, '  "target": {\n    "name": "{S.name}",\n    "address": "{S.addr}"')
    if rng.random() < 0.4:
        put(b, s, ',\n    "creditCode": "{S.uscc_plain}"')
    put(b, s, "\n  },\n")
    put(b, s, '  "content": "' + content + '",\n')
    put(b, s, '  "assignedTo": "{A.name}"\n}\n')


def write_letter(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """政府网站 政民互动 > 我要写信, printed: who wrote, how to reach them, the letter."""
    put(b, s, rng.choice(("{A.parent} 政民互动 我要写信 信件详情\n", "网上信访件（打印）\n", "网站来信\n")))
    put(b, s, "信件编号§{N.xfno}\n写信人§{R.name}\n")
    put(b, s, "证件类型§")
    put(b, s, "{R.doc}\n")
    put(b, s, "手机号码§{R.mobile_typed}\n")
    for line in pick_some(rng, ("电子邮箱§{R.email}\n", "联系地址§{R.home}\n", "工作单位§{W.name}\n",
                                "固定电话§{R.tel}\n"), 1, 3):
        put(b, s, line)
    put(b, s, "写信对象§{A.parent}\n信件类型§投诉\n")
    put(b, s, rng.choice(("信件标题§{S.short}偷排问题\n", "信件标题§关于{S.name}污染环境的投诉\n",
                          "信件标题§强烈要求整治{S.place}一带的污染\n")))
    put(b, s, "信件内容§")
    put(b, s, "，".join(pick_some(rng, SAYS, 2, 3)) + "。")
    put(b, s, rng.choice(("我叫{R.name}，电话上面有，请尽快处理。", "我住{R.place}，离厂子不远。", "", "请不要公开我的信息。")))
    put(b, s, "\n是否同意公开§否\n提交时间§{N.datetime}\n")
    put(b, s, rng.choice(("提交IP§{R.ip}\n", "提交IP§{R.ip}    来源§PC\n", "")))
    put(b, s, rng.choice(("办理单位§{A.name}    办理状态§办理中\n", "转办§{A.dept}\n")))


LAYOUTS = (official_account, snapshot, api_record, write_letter)


def build(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
