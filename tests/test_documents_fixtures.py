"""Synthetic documents for the format, document and CLI tests (Faker zh_CN, valid checksums).

Builders plant known values in known places; the tests at the bottom prove the values really
are in the files (so a test that later finds them gone after scrub can fail).
"""

from __future__ import annotations

import random
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

STRUCTURED = [
    "CN_BANK_CARD", "CN_HK_MACAO_PERMIT", "CN_ID_CARD", "CN_LANDLINE", "CN_LICENSE_PLATE",
    "CN_MOBILE", "CN_PASSPORT", "CN_QQ", "CN_SOCIAL_ACCOUNT", "CN_USCC", "CN_WECHAT",
    "EMAIL_ADDRESS", "IP_ADDRESS", "URL",
]

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_card(rng: random.Random) -> str:
    """A synthetic 18-digit resident ID with a valid GB 11643 checksum."""
    region = rng.choice(["110101", "310104", "110102"])
    birth = f"{rng.randint(1950, 2000)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    body = region + birth + f"{rng.randint(0, 999):03d}"
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, _ID_WEIGHTS)) % 11]
    return body + check


def mobile(rng: random.Random) -> str:
    return rng.choice(["139", "138", "186", "150", "177"]) + f"{rng.randint(0, 99999999):08d}"


@dataclass
class Person:
    name: str
    phone: str
    id_card: str
    address: str
    email: str


def person(seed: int) -> Person:
    from faker import Faker

    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    return Person(name=fake.name(), phone=mobile(rng), id_card=id_card(rng),
                  address=fake.address().split(" ")[0], email=f"u{seed}x@example.com")


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V_NS = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def build_docx(path: Path, p: Person, *, extras: bool = True) -> Path:
    """The acceptance document: reporter's name in the header, phone in a comment, address
    in a table, name as core-property author; with ``extras`` also an ID in a text box, an
    e-mail in a footnote, a phone in a tracked insertion, one in a tracked deletion and one
    split over three differently formatted runs."""
    import docx
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = f"举报人：{p.name}"
    intro = d.add_paragraph("关于某化工厂夜间偷排废水的举报")
    d.add_comment(intro.runs, text=f"回访电话{p.phone}", author="审核员", initials="SH")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "举报人住址"
    table.cell(0, 1).text = p.address
    table.cell(1, 0).text = "被举报单位"
    table.cell(1, 1).text = "某化工有限公司"
    d.core_properties.author = p.name
    d.core_properties.last_modified_by = "审核员"
    if extras:
        other = mobile(random.Random(p.phone))
        split = d.add_paragraph("手机：")
        split.add_run(other[:3]).bold = True
        split.add_run(other[3:7])
        split.add_run(other[7:]).italic = True
        box = d.add_paragraph("见附框")
        box._p.append(parse_xml(
            f'<w:r {W_NS} {V_NS}><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r>'
            f'<w:t>身份证号{p.id_card}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape>'
            '</w:pict></w:r>'))
        tracked = d.add_paragraph("补充：")
        tracked._p.append(parse_xml(
            f'<w:ins {W_NS} w:id="91" w:author="审核员" w:date="2024-03-01T00:00:00Z"><w:r>'
            f'<w:t>来电号码{mobile(random.Random(p.name))}</w:t></w:r></w:ins>'))
        tracked._p.append(parse_xml(
            f'<w:del {W_NS} w:id="92" w:author="审核员" w:date="2024-03-01T00:00:00Z"><w:r>'
            f'<w:delText>原号码{mobile(random.Random(p.address))}</w:delText></w:r></w:del>'))
        note = d.add_paragraph("来源见脚注")
        note._p.append(parse_xml(f'<w:r {W_NS}><w:footnoteReference w:id="1"/></w:r>'))
        blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
                '</w:footnote><w:footnote w:id="1"><w:p><w:r>'
                f'<w:t>举报人邮箱 {p.email}</w:t></w:r></w:p></w:footnote></w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob.encode("utf-8"),
                    d.part.package)
        d.part.relate_to(part, RT.FOOTNOTES)
    d.save(str(path))
    return path


def docx_extra_values(p: Person) -> dict[str, str]:
    """The values ``build_docx(extras=True)`` plants besides the four acceptance ones."""
    other = mobile(random.Random(p.phone))
    return {"split": other, "textbox": p.id_card, "footnote": p.email,
            "insertion": mobile(random.Random(p.name)),
            "deletion": mobile(random.Random(p.address))}


def build_xlsx(path: Path, p: Person) -> Path:
    import openpyxl
    from openpyxl.comments import Comment

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "登记表"
    ws.append(["编号", "举报人", "联系电话", "身份证号"])
    ws.append([1, p.name, int(p.phone), p.id_card])  # phone typed in as a number
    ws["E2"] = "已回访"
    ws["E2"].comment = Comment(f"回访号码{mobile(random.Random(p.email))}", "审核员")
    named = wb.create_sheet(p.phone)  # a sheet named after a phone number
    named["A1"] = "备注"
    wb.properties.creator = p.name
    wb.save(str(path))
    return path


def unzip_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())


# --- the fixtures are what they claim -------------------------------------------------------
def test_docx_fixture_holds_every_planted_value(tmp_path):
    p = person(11)
    text = unzip_text(build_docx(tmp_path / "a.docx", p))
    for value in [p.name, p.phone, p.address, *docx_extra_values(p).values()]:
        if value == docx_extra_values(p)["split"]:
            assert value not in text  # why: split over runs, only the pieces are in the XML
            assert value[:3] in text and value[7:] in text
        else:
            assert value in text


def test_xlsx_fixture_holds_every_planted_value(tmp_path):
    p = person(12)
    text = unzip_text(build_xlsx(tmp_path / "a.xlsx", p))
    for value in [p.name, p.phone, p.id_card]:
        assert value in text


@pytest.mark.parametrize("seed", range(40))
def test_generated_ids_have_valid_checksums(seed):
    from stdnum.cn import ric

    assert ric.is_valid(person(seed).id_card)
