"""Letters, four layouts: a middle-school pupil writes to the bureau's head (the pupil is
the reporter's child and the writer; class, school and a parent's phone are the reporter's;
a teacher who told the class to keep windows shut is a third party); a 撤回举报申请 written
under pressure (the writer's ID and home, the village cadre who mediated and the boss who
paid, a clerk's note that checked by phone); a letter sent with a 证据清单 table (photos taken
from the writer's balcony, a neighbour's video, a call recorded with a plant employee, file
names); a retired engineer's technical letter full of numbers that are not identifiers
(stack heights, readings, coordinates, a permit, an earlier reply's number) with his former
workplace, title and an e-mail, and a former colleague now working at the plant."""

from __future__ import annotations

import random

from ..render import Builder, Piece
from .common import PERSONAL, TALK, Unseen7Slots, layout, put, some


def pupil(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    child = s.new_person()
    child.surname, child.age = s.c.reporter.surname, rng.randint(11, 16)
    s.bind("X", child, "reporter")
    district = s.c.reporter.home.district
    school = district + rng.choice(("第一", "第二", "第三", "第五", "实验", "育才")) + rng.choice(("中学", "初级中学"))
    put(b, s, "尊敬的{A.name}局长：\n")
    put(b, s, "您好！我是")
    b.add(Piece(school, "ORGANIZATION", "reporter"))
    put(b, s, rng.choice(("初二（3）班", "七年级5班", "初一（1）班", "八年级2班")) + "的学生{X.name}，今年{X.age}。")
    put(b, s, "我们学校离{S.name}很近，" + rng.choice(("上课的时候老是闻到一股臭鸡蛋味", "一到下午教室里就有刺鼻的味道")) +
        "，好几个同学咳嗽。班主任{Q.surname}老师让我们把窗户关上，可是关上窗户又很热。\n")
    parent = "爸爸" if s.c.reporter.male else "妈妈"
    put(b, s, "我" + parent + "说" + rng.choice(TALK) + "。我想请您派人来看一看。\n")
    put(b, s, rng.choice(("如果需要找大人，可以打我" + parent + "{R.name}的电话{R.mobile}。",
                          "我家住在{R.place}，" + parent + "的手机是{R.mobile}。",
                          "我的QQ是{X.qq}，您可以回信给我。")) + "\n")
    put(b, s, "此致\n敬礼！\n{X.name}\n{N.date}\n")


def withdrawal(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "撤回举报申请书\n\n{A.name}：\n")
    put(b, s, "本人{R.name}，" + rng.choice(("{R.gender}，", "")) + "身份证号码{R.id}，住{R.home}。")
    put(b, s, "本人于{N.date}通过" + rng.choice(("{N.h12369}热线", "网上平台", "来信")) + "举报{S.name}" +
        rng.choice(("夜间排放废气", "向村边坑塘倾倒废渣", "噪声扰民")) + "一事，")
    put(b, s, "现经" + rng.choice(("村党支部书记", "村委会主任", "镇上的调解员")) + "{Q.name}从中调解，")
    put(b, s, "{S.short}负责人{B.name}已" + rng.choice(("到我家当面道歉", "和我签了协议")) + "，并答应" +
        rng.choice(("赔偿{N.money}", "三个月内搬走那台锅炉", "以后晚上不生产")) + "。本人自愿撤回该举报，今后不再就此事反映。\n")
    put(b, s, "特此申请。\n\n申请人：{R.name}（按手印）\n联系电话：{R.mobile}\n" +
        rng.choice(("见证人：{Q.name}、{E.name}（{S.short}）\n", "见证人：{Q.name}\n")) + "{N.date}\n\n")
    put(b, s, "【承办人核实记录】{N.stamp}，{O.name}拨打申请人电话{R.mobile_masked}核实，" +
        rng.choice(("申请人称确系本人意愿。", "申请人语气犹豫，称“不撤不行”，建议继续核查企业整改情况。",
                    "接电话的是申请人{H.rel}，称申请人不在家。")) + "\n")


def evidence(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "关于{S.name}违法排污的举报信\n\n{A.name}：\n")
    put(b, s, "我长期居住在{S.short}附近，" + "，".join(some(rng, TALK, 1, 2)) + "。现将我收集的材料一并寄上，清单如下：\n\n")
    put(b, s, "证据清单\n序号 | 材料 | 来源 | 说明\n")
    put(b, s, "1 | 照片" + str(rng.randint(3, 12)) + "张 | 本人在家中阳台（{R.flat}）拍摄 | 文件名{N.photo}至{N.photo}\n")
    put(b, s, "2 | 视频1段 | " + rng.choice(("邻居{Y.name}手机拍摄，已同意提供", "对门{Y.honor}拍的，他不愿出面")) +
        " | 时长{N.secs}\n")
    put(b, s, "3 | 通话录音 | 本人与{S.short}" + rng.choice(("业务员", "门卫", "车间主任")) + "{E.name}通话（对方号码{E.mobile}） | " +
        "对方承认晚上排\n")
    put(b, s, "4 | " + rng.choice(("水样检测单", "自购检测仪读数截图")) + " | 本人送检 | {N.reading}\n")
    put(b, s, "\n以上材料均为本人亲自收集，真实可靠。材料原件存于U盘，U盘上贴了我的名字。\n")
    put(b, s, "提供人：{R.name}\n" + rng.choice(("电话：{R.mobile}\n", "电话：{R.tel}  手机：{R.mobile}\n",
                                            "手机：{R.mobile_fwspaced}\n")) + "{N.date}\n")


def engineer(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "关于{S.name}废气治理问题的意见\n\n{A.parent}领导：\n")
    put(b, s, "我是一名退休工程师，退休前在{W.name}工作" + str(rng.randint(20, 35)) + "年，一直管环保设备，" +
        rng.choice(("高级工程师职称。", "做过十几个项目的验收。")) + "\n")
    put(b, s, "一、{S.short}现有排气筒高度约{N.stack}，而周边{N.dist}内有{P.inst}，按规范" +
        rng.choice(("排气筒应高出周围建筑5米以上。", "不应低于{N.stack}。")) + "\n")
    put(b, s, "二、我在厂外排口下游（采样点约{N.coord}）取样送检过一次，{N.reading}，远超限值。\n")
    put(b, s, "三、该厂排污许可证编号{N.permit}，许可的是{S.industry}，但现在明显在做别的。\n")
    put(b, s, "四、贵局" + "{N.docno}" + "答复称已整改，但" + rng.choice(BARE_LINES) + "。\n")
    put(b, s, rng.choice(("五、该厂现在的技术员{E.name}是我以前的同事，他私下说设备只在检查时开。\n",
                          "五、" + rng.choice(PERSONAL) + "，这个也请一并查处。\n", "")))
    put(b, s, "如需技术细节，可以联系我：" + rng.choice(("{R.email}", "{R.email}，或{R.mobile}", "{R.mobile_mixed}")) +
        "。请不要把我的名字告诉厂里，我在本地还有亲戚。\n\n{R.name}\n{N.date}\n")


BARE_LINES = ("夜里仍然能闻到明显的溶剂味", "活性炭箱半年没换过", "喷淋塔水泵是坏的", "检查时才开风机")

LAYOUTS = (pupil, withdrawal, evidence, engineer)


def build(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
