"""Letters, four layouts: a handwritten complaint photographed and typed by a clerk with
[字迹不清] marks (a name and a digit of the mobile illegible) | a petition with a signature table
(name, flat, phone, ID tail; 8 to 20 rows) | a letter of a village committee (村民委员会, a
public body) on behalf of villagers who are named | a nursing-home director's letter (the home
is the writer's workplace; the elderly residents who fell ill are third parties)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import REACH, SAYS, Unseen12Slots, add, few, layout, put

CLERK = (
    "【录入说明：原件为手写信件拍照（{N.photo}），录入人{O.name}】",
    "【录入说明：来信为手机拍照件，部分字迹模糊，以[字迹不清]标注；录入人{D.name}】",
)


def typed_photo(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(CLERK) + "\n")
    put(b, s, "环保局领导：\n  我是住在{R.compound}的老住户，" + rng.choice(SAYS) + "。" + rng.choice(SAYS) +
        "，[字迹不清]好几次了也没人管。\n")
    put(b, s, "  {B.ref}还说[字迹不清]，我们老百姓[字迹不清]。\n")
    put(b, s, "  署名：{R.name_blot}   电话：{R.mobile_blot}\n")
    put(b, s, "  地址：{R.home}\n")
    put(b, s, "【核对：信封背面另写有{R.mobile_plain}，与落款电话仅一位不同，按信封为准；信封寄件人{R.name}。】\n")
    if rng.random() < 0.5:
        put(b, s, "【附言（另起一页）：" + rng.choice(REACH) + "】\n")


def petition(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "联名投诉书\n  我们是{R.compound}的居民，联名反映{S.name}（{S.addr}）的问题：" +
        "；".join(few(rng, SAYS, 2, 3)) + "。请依法查处。\n")
    put(b, s, "联系人：{R.name}，{R.mobile}\n\n序号¦姓名¦楼栋房号¦联系电话¦身份证后六位¦签名\n")
    signers = [s.c.reporter, s.co] + [s.fresh() for _ in range(rng.randint(6, 18))]
    for i, p in enumerate(signers, 1):
        b.add(f"{i}{s.cell}")
        add(b, s.pp(p, "name", "reporter"))
        b.add(s.cell)
        add(b, s.pp(p, "flat", "reporter"))
        b.add(s.cell)
        add(b, s.pp(p, rng.choice(("mobile_plain", "mobile_plain", "mobile", "mobile_mask")), "reporter"))
        b.add(s.cell)
        add(b, s.pp(p, "id_tail6", "reporter"))
        b.add(s.cell + rng.choice(("（签名）", "（按手印）", "同意")) + "\n")
    put(b, s, "（共{N.num}页）  {N.date}\n")


def village_committee(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    s.villagify()
    put(b, s, "关于{S.name}污染问题的情况反映\n{A.name}：\n")
    put(b, s, "  我村村民多次到村委会反映，" + rng.choice(SAYS) + "。其中{R.name}（{R.flat}）家的" +
        rng.choice(("井水发黄", "麦苗枯死", "孩子咳嗽住院", "鱼塘死鱼")) + "，{J.name}（{J.mobile}）也反映" + rng.choice(SAYS) + "。\n")
    put(b, s, "  村委会多次与{S.short}负责人{B.name}协调未果，现代表村民请求查处。村民{R.mou}愿意配合调查，联系电话{R.mobile}。\n")
    put(b, s, "  村委会联系人：{V.name}（村委会主任），{V.mobile}；村委会电话{C.village_tel}。\n")
    put(b, s, "{C.village}（盖章）\n主任：{V.name}\n{N.date}\n")


def nursing_home(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "尊敬的{A.name}领导：\n  我是{W.nursing}的负责人{R.name}。我院收住老人" + rng.choice(("四十多位", "六十多位", "二十几位")) +
        "，紧邻{S.name}。" + rng.choice(SAYS) + "。\n")
    put(b, s, "  近一个月，{Y.name}（{Y.old_age}）、{L.name}（{L.old_age}）等老人先后出现胸闷、咳嗽，已送医就诊。\n")
    put(b, s, "  我们找过厂里，{M.ref}答复说排放达标。请派人来测一测。\n")
    put(b, s, "  联系方式：" + "；".join(few(rng, REACH[:7], 1, 2)) + "。院里座机{R.tel}。\n")
    put(b, s, "{W.nursing}  {R.name}\n{N.date}\n")


LAYOUTS = (typed_photo, petition, village_committee, nursing_home)


def build(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
