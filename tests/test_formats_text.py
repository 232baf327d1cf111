"""Text, Markdown and CSV reading: encodings (fail closed), exact locations, allow marker."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from jubao_redact.errors import UndecodableFileError, UnreadableFileError
from jubao_redact.formats import open_document
from jubao_redact.formats.text import decode_text

TEXT = "举报人电话13937112345。\n地址不详\n身份证110101199003074571"

# fmt: off
DECODE_CASES = [  # bytes, expected text, expected write-back encoding
    (TEXT.encode("utf-8"),                  TEXT, "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT, "utf-8-sig"),    # BOM kept on write
    (TEXT.encode("gbk"),                    TEXT, "gb18030"),       # GBK read as its superset
    ("䶮䶮举报".encode("gb18030"),          "䶮䶮举报", "gb18030"),  # 4-byte GB18030 chars
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT, "utf-16"),
    (b"",                                   "", "utf-8"),           # empty: clean text, see docs
    ("关于某厂噪声扰民的举报，请尽快处理。".encode("gbk"),
     "关于某厂噪声扰民的举报，请尽快处理。", "gb18030"),
]
UNDECODABLE = [
    b"PK\x03\x04\x14\x00\x00\x00binary zip header",        # why: NUL bytes: binary renamed .txt
    bytes(range(256)) * 4,                                    # why: every byte value: binary
    "café résumé naïve".encode("latin-1"),                    # why: not UTF-8, not Chinese
    "电话\x01\x02\x03".encode("utf-8"),                       # why: control characters
]
# fmt: on


@pytest.mark.parametrize("data,text,encoding", DECODE_CASES)
def test_decode(data, text, encoding):
    assert decode_text(data, Path("x.txt")) == (text, encoding)


@pytest.mark.parametrize("data", UNDECODABLE)
def test_undecodable_is_an_error_naming_the_file(data):
    with pytest.raises(UndecodableFileError) as info:
        decode_text(data, Path("dir/binary.txt"))
    assert "dir/binary.txt" in str(info.value) and info.value.code == "E042"


# fmt: off
LOCATE_CASES = [  # text, offset, expected (location, line, column)
    (TEXT, 5,  ("1:6", 1, 6)),
    (TEXT, 18, ("2:1", 2, 1)),
    (TEXT, 26, ("3:4", 3, 4)),          # the ID starts after 身份证
    ("a\r\nb", 3, ("2:1", 2, 1)),          # CRLF: the \r belongs to line 1
]
# fmt: on


@pytest.mark.parametrize("text,offset,expected", LOCATE_CASES)
def test_line_column(tmp_path, text, offset, expected):
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    assert open_document(path).segments[0].locate(offset) == expected


def test_allow_marker_lines(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("电话13937112345\n公开热线 13937112346 <!-- jubao-redact: allow -->\n",
                    encoding="utf-8")
    seg = open_document(path).segments[0]
    assert seg.allowed(20) and not seg.allowed(3)


def test_round_trip_keeps_encoding_bom_and_newlines(tmp_path):
    from jubao_redact.formats import SegmentEdit

    src = tmp_path / "a.txt"
    src.write_bytes(codecs.BOM_UTF8 + "行一\r\n行二".encode("utf-8"))
    doc = open_document(src)
    doc.write(tmp_path / "b.txt", {0: SegmentEdit("行一\r\n〔手机号〕", [])})
    assert (tmp_path / "b.txt").read_bytes() == codecs.BOM_UTF8 + "行一\r\n〔手机号〕".encode()
    gbk = tmp_path / "g.txt"
    gbk.write_bytes("举报人电话13937112345".encode("gbk"))
    doc = open_document(gbk)
    doc.write(tmp_path / "g2.txt", {0: SegmentEdit("举报人电话〔手机号〕", [])})
    assert (tmp_path / "g2.txt").read_bytes() == "举报人电话〔手机号〕".encode("gbk")


# fmt: off
CSV_CASES = [  # content, expected [(location, text)]
    ("姓名,电话\n李明,13937112345\n",    [("row 1, col 1", "姓名"), ("row 1, col 2", "电话"),
                                         ("row 2, col 1", "李明"), ("row 2, col 2", "13937112345")]),
    ("a;b\n\"x;y\";z\n",                [("row 1, col 1", "a"), ("row 1, col 2", "b"),
                                         ("row 2, col 1", "x;y"), ("row 2, col 2", "z")]),  # sniffed ;
]
# fmt: on


@pytest.mark.parametrize("content,expected", CSV_CASES)
def test_csv_cells(tmp_path, content, expected):
    path = tmp_path / "a.csv"
    path.write_text(content, encoding="utf-8")
    doc = open_document(path)
    assert [(s.location, s.text) for s in doc.segments] == expected


def test_malformed_csv_is_an_error(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text('a,"b\nc,d', encoding="utf-8")  # unterminated quote
    with pytest.raises(UnreadableFileError, match="bad.csv"):
        open_document(path)
