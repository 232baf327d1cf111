"""Generate examples/complaints/: synthetic complaints in every format jubao-redact reads.

Synthetic data only (Faker zh_CN with a fixed seed; phone numbers and ID numbers made up,
IDs with a valid GB 11643 checksum so that recognizers treat them as real). Re-run to
regenerate; the output is deterministic apart from the timestamps inside docx/xlsx.

    python examples/make_examples.py [OUT_DIR]
    jubao-redact check examples/complaints --policy forward
    jubao-redact scrub examples/complaints --policy forward --out /tmp/forwarded --report /tmp/review.html
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from faker import Faker

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_card(rng: random.Random) -> str:
    body = (rng.choice(["110101", "310104", "110102"]) + f"{rng.randint(1955, 2000)}"
            f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}")
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, _WEIGHTS)) % 11]


def mobile(rng: random.Random) -> str:
    return rng.choice(["139", "138", "186", "150"]) + f"{rng.randint(0, 99999999):08d}"


def main(out: Path) -> None:
    import docx
    import openpyxl
    from openpyxl.comments import Comment

    fake = Faker("zh_CN")
    fake.seed_instance(2024)
    rng = random.Random(2024)
    out.mkdir(parents=True, exist_ok=True)
    people = [(fake.name(), mobile(rng), id_card(rng), fake.address().split(" ")[0])
              for _ in range(6)]
    company = "某某化工有限公司"

    name, phone, idc, addr = people[0]
    (out / "hotline_12369.txt").write_text(
        f"12369环保举报热线记录\n来电人：{name}\n联系电话：{phone}\n"
        f"来电人反映：{company}每天夜间偷排废水，河水发黑发臭。\n"
        f"来电人住址：{addr}，要求对其身份保密。\n", encoding="utf-8")

    name, phone, idc, addr = people[1]
    (out / "letter_gbk.txt").write_bytes(
        (f"尊敬的生态环境局领导：\n我叫{name}，身份证号{idc}，家住{addr}。\n"
         f"{company}的烟囱经常冒黑烟，请依法查处。\n电话：{phone}\n此致\n敬礼！\n{name}\n"
         ).encode("gbk"))

    name, phone, _, _ = people[2]
    (out / "reply_notice.md").write_text(
        f"# 关于举报{company}问题的答复\n\n举报人{name}（电话{phone}）：\n\n"
        f"经现场核查，{company}存在未批先建问题，已责令停止建设。\n\n"
        "> 公开热线 12369 全天受理举报。\n", encoding="utf-8")

    name, phone, _, addr = people[3]
    (out / "web_form.html").write_text(
        f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>网上举报</title></head>\n"
        f"<body>\n<p>举报人：<b>{name}</b></p>\n<p>手机：{phone}</p>\n"
        f"<input name=\"addr\" value=\"{addr}\" placeholder=\"住址\">\n"
        f"<p>被举报单位：{company}，位于工业园三期。</p>\n</body></html>\n", encoding="utf-8")

    name, phone, idc, addr = people[4]
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = f"举报人：{name}"
    p = d.add_paragraph(f"{company}在厂区内焚烧废旧轮胎，浓烟扰民。")
    d.add_comment(p.runs, text=f"已电话回访 {phone}", author="受理员", initials="SL")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "举报人住址", addr
    t.cell(1, 0).text, t.cell(1, 1).text = "被举报单位", company
    d.core_properties.author = name
    d.save(str(out / "complaint_form.docx"))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "举报登记"
    ws.append(["序号", "举报人", "联系电话", "身份证号", "被举报单位"])
    for i, (n_, ph, ic, _) in enumerate(people, start=1):
        ws.append([i, n_, int(ph), ic, company])
    ws["B2"].comment = Comment("举报人要求保密", "受理员")
    wb.save(str(out / "register.xlsx"))

    lines = ["日期,来源,举报人,电话,内容"]
    for i, (n_, ph, _, _) in enumerate(people[:3], start=1):
        lines.append(f"2024-03-{i:02d},微信,{n_},{ph},{company}夜间排污")
    (out / "wechat_export.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "complaints")
