"""Letters, four layouts: a farmer's letter about the plot that borders the plant (the 承包地's
四至 with the plant's wall as one side, the contract number, the brother farming the next plot,
the village party secretary) | a temple's letter (the 住持 signs with his 法名 and gives his
俗名, the temple's committee and landline as the complainant, a lay helper who will not be
named, the boss who once donated) | a postcard to the bureau's head (the sender block with the
home and postcode, a mobile written with full-width digits in groups) | a 回避申请: the writer
asks that a town official who is the boss's brother-in-law be kept off the case (the official's
mobile, the boss's mobile, the writer's ID and workplace)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import SAYS, Unseen14Slots, few, layout, put


def plot(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    s.village_of_site()
    put(b, s, rng.choice(("尊敬的{A.name}领导：\n", "{A.name}：\n")))
    put(b, s, "    我叫{R.name}，是{R.compound}的村民，家里承包地" + rng.choice(("在村北", "在村西大路边", "在河滩上")) +
        "，承包经营权证号{N.contract}，共{N.mu}。这块地四至是：东至{S.wall}，西至{K.name}（我{K.kinword}）家地，"
        "南至机耕路，北至排水沟。\n")
    put(b, s, "    " + "；".join(few(rng, SAYS, 1, 2)) + "。今年靠墙那几垄麦子全黄了，{K.kinword}家挨着的也一样。\n")
    put(b, s, "    村支书{L.name}（{L.mobile}）来看过，说" + rng.choice(("厂里答应赔点钱", "他去跟厂里说", "这事得找上面")) +
        "，到现在也没下文。\n")
    put(b, s, "    我的电话{R.mobile}，" + rng.choice(("家住{R.home}。", "身份证{R.id}。", "地里的情况可以找{K.kinword}，电话{K.mobile}。")) +
        "厂里知道这块地是谁家的，来看的时候请别说是我写的信。\n")
    put(b, s, "                              {R.name}\n                              {N.date}\n")


def temple(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    s.village_of_site()  # the temple is the 住持's home, in a village
    put(b, s, "关于{S.name}废气影响寺院的反映\n\n{A.name}：\n")
    put(b, s, "    {Q.temple}位于" + rng.choice(("{R.home}", "{R.compound}北山脚下")) + "，常住僧众" + rng.choice(("七人", "十余人", "五人")) +
        "。自{N.year}起，" + rng.choice(SAYS) + "，殿内佛像和经书常落一层灰，早晚课时咳嗽不止。\n")
    put(b, s, "    该厂位于{S.addr}，负责人{B.name}" + rng.choice(("曾为本寺捐过功德，我们多次上门劝说未果。", "，电话{B.mobile}，我们多次上门劝说未果。")) + "\n")
    if rng.random() < 0.6:
        put(b, s, "    护持本寺的{Y.name}居士拍了视频，他在厂里有亲戚，请不要提他。\n")
    put(b, s, "    寺里电话{Q.temple_tel}，" + rng.choice(("住持手机{R.mobile}。", "也可打知客师父手机{J.mobile}。", "住持手机{R.mobile}，微信{R.wechat}。")) + "\n")
    put(b, s, "                          {Q.temple}\n                          住持 {R.dharma}（俗名{R.name}）\n                          {N.date}\n")


def postcard(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "【明信片，正面】\n")
    put(b, s, "收：{A.addr}  {A.name}局长 收  邮编{N.postcode}\n")
    put(b, s, "寄：" + rng.choice(("{R.home}", "{R.compound}{R.flat}")) + "  " + rng.choice(("{R.name}", "{R.honor}", "一个老街坊")) + "  邮编{N.postcode}\n")
    put(b, s, "邮戳§{N.date}\n【背面，手写】\n")
    put(b, s, "局长您好！" + rng.choice(SAYS) + "。打过{N.h12369}，说转下去了，" + rng.choice(("一直没人来。", "来了一回，厂里提前知道了。")) + "\n")
    put(b, s, "我的手机" + rng.choice(("{R.mobile_fwsp}", "{R.mobile}")) + "，" + rng.choice(("信里不方便写名字，打这个号就行。",
                                                                                   "白天在{W.name}上班，晚上打。",
                                                                                   "QQ{R.qq}也行。")) + "\n")
    put(b, s, "（收文登记：{N.date}，{O.name}）\n")


def recusal(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "回避申请书\n\n申请人§{R.name}，{R.gender}，身份证号码{R.id}，住{R.home}，联系电话{R.mobile}。\n")
    if rng.random() < 0.5:
        put(b, s, "工作单位§{W.name}\n")
    put(b, s, "被举报单位§{S.name}，法定代表人{B.name}，手机{B.mobile}。\n")
    put(b, s, "申请事项§请求{A.town}干部{G.name}回避本人举报{S.short}一案的调查处理。\n")
    put(b, s, "事实与理由§{G.name}是{B.name}的" + rng.choice(("小舅子", "妹夫", "表弟")) + "，" +
        rng.choice(("逢年过节都在厂里吃饭。", "厂子开业时剪彩就是他。")) + "上回我打完{N.h12369}，第二天{G.name}就打我手机，"
        "他用的号是{G.mobile}，问我“是不是你反映的”。" + "；".join(few(rng, SAYS, 1, 1)) + "。\n")
    put(b, s, "此致\n{A.name}\n                      申请人：{R.name}（按手印）\n                      {N.date}\n")


LAYOUTS = (plot, temple, postcard, recusal)


def build(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
