"""Reward papers, four layouts: the bureau's 费用报销单 for a reward (报销事由 names the
reporter in 某-form and the case, the payee's bank, card and ID, the fund account, the
signers, a voucher number); a handwritten 收条 typed in (the payee's ID and phone, a share
collected for a co-reporter, a village cadre who witnessed, the clerk who paid); a cash
collection log with 人证核验 (face match score, the ID's issuing office and validity, a photo
file name; the relative who drove the reporter, with his plate); an Alipay batch payout list
(the payee account is a mobile or an e-mail, the name as Alipay shows it, a failed row paid
again to the reporter's other account, trade numbers, the bureau's payer account)."""

from __future__ import annotations

import random

from ..render import Builder, Piece
from .common import Unseen7Slots, layout, put


def expense(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}费用报销单\n凭证号§{N.voucher}    填报日期§{N.date}\n")
    put(b, s, "报销事由§支付环境违法行为举报奖励（举报人{R.mou}，案件{N.caseno}，被举报单位{S.short}）\n")
    put(b, s, "金额§{N.money}    附件§" + str(rng.randint(2, 5)) + "张（奖励决定书、收款人身份证复印件、银行卡复印件）\n")
    put(b, s, "收款人§{R.name}    身份证号§" + rng.choice(("{R.id}", "{R.id_plain}")) + "\n")
    put(b, s, "收款账户§{R.bank_named}\n")
    put(b, s, "付款账户§举报奖励专项资金户 {A.bank}\n")
    put(b, s, "经办人§{O.name}    部门负责人§{D.name}    财务审核§{G.name}    分管领导§" +
        rng.choice(("（签字）", "同意")) + "\n")
    put(b, s, "备注§" + rng.choice(("收款人信息仅限财务使用，不得外传。", "收款人要求打到其{H.rel}卡上，已退回重填。",
                                "收款人电话{R.mobile}，到账后已短信告知。")) + "\n")


def receipt(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "收  条\n\n")
    put(b, s, "今收到{A.name}发放的举报{S.name}" + rng.choice(("违法排污", "非法倾倒", "无证经营")) +
        "奖励金{N.money}（现金）。")
    put(b, s, rng.choice(("其中{J.name}应得部分由本人代领，已当面转交。", "此款由本人一人领取。", "")) + "\n\n")
    put(b, s, "收款人：{R.name}（签字、按手印）\n身份证号：{R.id}\n电话：" + rng.choice(("{R.mobile}", "{R.mobile_fwspaced}")) + "\n")
    put(b, s, rng.choice(("见证人：{Q.name}（村委委员）\n", "见证人：{Y.name}\n", "")))
    put(b, s, "发放人：{O.name}  {D.name}\n{N.date}\n")


def face_check(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "举报奖励现金领取登记（人证核验）\n")
    put(b, s, "领取时间§{N.stamp}    地点§{A.name}" + rng.choice(("一楼大厅", "信访接待室")) + "\n")
    doc = rng.choice(("id", "id", "hkmo", "passport"))
    put(b, s, "证件信息§{R.name}  {R.gender}  " + {"id": "居民身份证 {R.id_plain}", "hkmo": "往来港澳通行证 {R.hkmo}",
                                                  "passport": "护照 {R.passport}"}[doc] + "\n签发机关§")
    b.add(Piece(s.issuer_of(s.c.reporter) if doc == "id" else "公安部出入境管理局", "ORGANIZATION", "official"))
    put(b, s, "    有效期限§{N.valid}\n")
    put(b, s, "人脸比对§相似度{N.face}，通过    现场照片§{N.photo}\n")
    if doc != "id":
        put(b, s, "说明§领取人常住" + rng.choice(("香港", "澳门", "国外")) + "，本次回乡领取；身份证号{R.id}已同时登记。\n")
    put(b, s, "领取金额§{N.money}    案件§{N.caseno}\n")
    put(b, s, "陪同人员§" + rng.choice(("{K.name}（侄子），驾车陪同，车牌{K.plate}，车停本局院内",
                                    "{H.name}（{H.rel}），{H.mobile}", "无")) + "\n")
    put(b, s, "核验员§{D.name}    出纳§{G.name}    监督人§{O.name}\n")
    put(b, s, "备注§" + rng.choice(("领取人要求从后门离开。", "领取人询问{S.short}是否已停产。", "监控录像已留存。")) + "\n")


def _amount(rng: random.Random) -> Piece:
    return Piece(f"{rng.choice((500, 1000, 2000, 3000, 5000, 10000, 20000))}.00", never="money")


def _account(p, mobile: bool) -> Piece:
    return Piece(p.mobile, "CN_MOBILE", "reporter") if mobile else Piece(p.email, "EMAIL_ADDRESS", "reporter")


def alipay(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "支付宝批量付款明细    批次号{N.alitrade}\n付款账户§{A.mail}（{A.name}）\n")
    put(b, s, "序号,收款支付宝账号,收款人姓名,金额,备注,状态,交易号\n")
    by_mobile = rng.random() < 0.6
    b.add("1,")
    b.add(_account(s.c.reporter, by_mobile))
    put(b, s, "," + rng.choice(("{R.name}", "{R.name_masked}")) + ",")
    first = _amount(rng)
    b.add(first)
    if rng.random() < 0.5:
        put(b, s, ",举报奖励,失败（账号与姓名不符）,\n1-重付,")
        b.add(_account(s.c.reporter, not by_mobile))
        put(b, s, ",{R.name},")
        b.add(Piece(first.text, never="money"))
        put(b, s, ",举报奖励（重付）,成功,{N.alitrade}\n")
    else:
        put(b, s, ",举报奖励,成功,{N.alitrade}\n")
    put(b, s, "2,{J.alipay},{J.name},")
    b.add(_amount(rng))
    put(b, s, ",举报奖励（联名）,成功,{N.alitrade}\n")
    for i in range(rng.randint(0, 2)):
        p = s.new_person()
        s.bind("X", p, "reporter")
        put(b, s, f"{i + 3}," + "{X.alipay},{X.name_masked},")
        b.add(_amount(rng))
        put(b, s, ",举报奖励,成功,{N.alitrade}\n")
    put(b, s, "制表§{O.name}    复核§{D.name}    {N.date}\n")


LAYOUTS = (expense, receipt, face_check, alipay)


def build(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
