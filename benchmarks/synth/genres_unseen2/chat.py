"""WeChat / QQ chats, four layouts: a village WeChat group as copied from the PC client
(nickname and time on one line, the message below), a merged forward (聊天记录) that the
reporter sent on to a grid worker, a QQ message-manager export (time, nickname, QQ
number in brackets), and a grid worker's one-to-one chat with a resident. The subject's
manager speaks in the group chat too."""

from __future__ import annotations

import random

from ..render import Builder
from .common import ABOUT, ME, REACH, Unseen2Slots, layout, put, some

GROUP_NAMES = ("{R.village}业主群", "村民议事群", "环境问题反映群", "家园守护群")
CHATTER = ("又来了，今晚这味儿比昨天还冲", "谁家有小孩的赶紧关窗", "我都拍视频了，谁知道往哪儿发",
           "上次打电话也没用", "明天一起去镇上找领导", "[图片]", "[视频]", "+1", "顶一下，别让这事沉了")
BOSS = ("我们厂手续齐全，别乱说", "我是{S.short}的{B.ref}，有啥问题私聊我，电话{B.mobile}",
        "环保局都来看过了，没问题", "谁再往外发视频我就报警了")


def wechat_group(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "群聊：" + rng.choice(GROUP_NAMES) + f"（{rng.randint(40, 480)}人）\n")
    speakers = ["R", "T", "R", "H", "T", "R"]
    rng.shuffle(speakers)
    said_about = some(rng, ABOUT, 2, 4)
    for who in speakers:
        put(b, s, f"{{{who}.nick}} {{N.clock}}\n")
        if who == "R" and said_about:
            put(b, s, said_about.pop() + "\n")
        elif who == "R" and rng.random() < 0.5:
            put(b, s, rng.choice(REACH) + "，有事找我\n")
        else:
            put(b, s, rng.choice(CHATTER) + "\n")
    if rng.random() < 0.5:
        put(b, s, "{B.nick} {N.clock}\n" + rng.choice(BOSS) + "\n")
    if rng.random() < 0.4:
        put(b, s, "{R.nick} {N.clock}\n{B.at} 你们自己心里清楚\n")


def merged_forward(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    officer = rng.choice(("网格员{O.title}", "{O.name}"))
    put(b, s, officer + "  {N.date}\n")
    put(b, s, "{R.nick}：[聊天记录] 我和{T.nick}的聊天记录\n")
    put(b, s, "┌ {T.nick} {N.clock}\n│ " + rng.choice(ABOUT) + "\n")
    put(b, s, "│ {R.nick} {N.clock}\n│ " + rng.choice(("真的假的，你咋知道的", "我也闻到了", "那你敢不敢去举报")) + "\n")
    put(b, s, "│ {T.nick} {N.clock}\n│ " + rng.choice(ABOUT) + "\n└\n")
    put(b, s, "{R.nick}：" + rng.choice(("领导您看，就是这个情况。", "这是我邻居跟我说的，别说是我们讲的。")) + "\n")
    if rng.random() < 0.6:
        put(b, s, "{R.nick}：" + rng.choice(ME) + "，" + rng.choice(REACH) + "\n")
    put(b, s, officer + "：收到，我报给{A.name}。\n")


def qq_export(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "消息记录（此消息记录为文本格式，不支持重新导入）\n")
    put(b, s, "================================================================\n")
    put(b, s, "消息对象:" + rng.choice(GROUP_NAMES) + "\n")
    put(b, s, "================================================================\n")
    lines = [("R", m) for m in some(rng, ABOUT, 2, 3)] + [("T", m) for m in some(rng, CHATTER, 1, 3)]
    if rng.random() < 0.5:
        lines.append(("R", rng.choice(REACH)))
    rng.shuffle(lines)
    for who, message in lines:
        put(b, s, f"{{N.stamp}} {{{who}.nick}}({{{who}.qq_plain}})\n{message}\n\n")


def grid_worker(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "与“" + rng.choice(("{R.nick}", "{R.name}")) + "”的聊天\n")
    officer = rng.choice(("{O.name}", "网格员{O.title}", "我"))
    put(b, s, "{R.nick}：" + rng.choice(("在吗？", "你好，是网格员吗？")) + "\n")
    put(b, s, f"{officer}：在，您说。\n")
    for t in some(rng, ABOUT, 2, 3):
        put(b, s, "{R.nick}：" + t + "\n")
    put(b, s, f"{officer}：您是哪个村的？方便留个电话吗\n")
    put(b, s, "{R.nick}：" + rng.choice(("{R.village}的，", "")) + rng.choice(REACH) + "\n")
    put(b, s, f"{officer}：好的，我报给{{A.dept}}，不会说是您反映的。\n")


LAYOUTS = (wechat_group, merged_forward, qq_export, grid_worker)


def build(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
