"""Letters, four layouts: a faxed letter read back by OCR (fax header with the sender's
line, page marks, digits full-width or broken by spaces); a 信访复查申请书 (the petitioner
asks the higher office to review a reply: applicant block, the agency as respondent); a
letter from an overseas Chinese in traditional characters about the home village
(passport, e-mail, the relative who lives there); a lawyer's letter written for villagers
(the lawyer, the law firm and the clients are the complainant's side)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import PERSONAL, TALK, Unseen5Slots, layout, pick_some, put, trad


def fax_ocr(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "FROM : {R.ocr_tel}    TO : {A.fax}    {N.datetime}    {N.page}\n")
    put(b, s, rng.choice(("举 报 信\n", "关于{S.short}污染问题的反映\n", "反 映 材 料\n")))
    put(b, s, "{A.name}：\n    ")
    put(b, s, "，".join(pick_some(rng, TALK, 2, 4)) + "。\n")
    put(b, s, rng.choice(("    以上情况属实，", "    我们老百姓实在没办法了，", "    ")))
    put(b, s, "请领导派人来看看。\n—— 第1页 ——\n")
    put(b, s, "    " + rng.choice(("我是{R.place}村民", "本人住{R.home}", "我在{W.name}上班，家住{R.place}")) + "，")
    put(b, s, rng.choice(("电话{R.ocr_mobile}", "手机 {R.ocr_mobile}，座机{R.ocr_tel}", "身份证{R.ocr_id}，电话{R.ocr_mobile}")))
    put(b, s, "。请为我保密。\n")
    put(b, s, rng.choice(("                                    反映人：{R.name}\n", "                        {R.name}（按手印）\n",
                          "                                    {R.ref}\n")))
    put(b, s, "                                    {N.date}\n")
    put(b, s, rng.choice(("（传真机：{R.ocr_tel}，发自{P.inst}对面复印店）\n", "")))


def review_request(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "信访事项复查申请书\n\n")
    put(b, s, "复查申请人§{R.name}，{R.demo}，身份证号码{R.id}，住{R.home}，联系电话{R.mobile}。\n")
    if rng.random() < 0.4:
        put(b, s, "共同申请人§{J.name}，住{J.home}，联系电话{J.mobile}。\n")
    put(b, s, "被申请人§{A.name}，地址{A.addr}。\n")
    put(b, s, "申请人对被申请人{N.date}作出的《信访事项处理意见书》（{N.reviewno}）不服，现申请复查。\n")
    put(b, s, "复查请求§\n1. 撤销原处理意见；\n2. 责令{S.name}停止违法排污。\n")
    put(b, s, "事实与理由§\n    ")
    put(b, s, "被申请人称{S.short}“已整改到位”，但" + "；".join(pick_some(rng, TALK, 2, 3)) + "。")
    put(b, s, rng.choice(("原处理意见书中说经办人{O.name}到现场核查过，但我们从没见过人。",
                          "我们向{A.petition}也反映过。", "")))
    put(b, s, "\n此致\n{A.parent}\n\n申请人：{R.name}\n{N.date}\n")
    put(b, s, rng.choice(("附：原处理意见书复印件一份；申请人身份证复印件一份。\n", "附：照片{N.num}张。\n")))


def overseas(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, trad("尊敬的") + "{A.trad_name}" + trad("領導：\n    "))
    b.add(trad("您好！我是旅居海外的華僑，") + rng.choice(("老家在", "祖籍")))
    put(b, s, "{R.trad_home}")
    b.add(trad("。近年每次回鄉探親，都發現家門口的環境越來越差。"))
    put(b, s, "{S.trad_name}")
    b.add(trad(rng.choice(("日夜排放廢氣，村裡老人咳嗽不止；", "把污水排到河裡，魚都死了；", "噪聲很大，晚上無法入睡；"))))
    b.add(trad("老屋現由我") + trad(s.c.relation))
    put(b, s, "{H.trad_name}")
    b.add(trad("居住，家人說反映過多次無人理會。\n    懇請貴局派員查處。"))
    b.add(trad("如需核實，請聯繫我：\n"))
    put(b, s, rng.choice(("    E-mail: {R.email}\n", "    電郵：{R.email}\n")))
    put(b, s, rng.choice(("    護照號碼：{R.passport}\n", "    Passport No.: {R.passport}\n")))
    put(b, s, rng.choice(("    國內聯繫人：{H.trad_name}，電話{H.mobile}\n", "    WeChat: {R.wechat}\n",
                          "    國內手機：{R.mobile}\n")))
    put(b, s, "                                {R.trad_name}  " + trad("敬上") + "\n                                {N.date}\n")


def lawyer(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "律 师 函\n{N.lawno}\n\n致§{A.name}\n")
    put(b, s, "{W.firm}接受{R.place}村民{R.name}、{J.name}等{N.num}人的委托，指派{V.name}律师就{S.name}污染问题致函贵局。\n")
    put(b, s, "    经了解，" + "；".join(pick_some(rng, TALK + PERSONAL[:1], 2, 3)) + "。")
    put(b, s, "上述行为违反《中华人民共和国水污染防治法》等规定。\n")
    put(b, s, "    委托人请求贵局依法查处，并在法定期限内书面告知处理结果。\n")
    put(b, s, "    委托人联系方式：{R.name}，{R.mobile}；{J.name}，{J.mobile}。\n")
    put(b, s, "    承办律师§{V.name}    执业证号§{N.licence}\n    电话§{V.mobile}    邮箱§{V.email}\n")
    put(b, s, "    律所地址§{W.firm_addr}\n\n{W.firm}\n{N.date}\n")


LAYOUTS = (fax_ocr, review_request, overseas, lawyer)


def build(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
