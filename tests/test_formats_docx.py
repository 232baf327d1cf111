"""Word documents: every hiding place found at its exact location, removed without a trace,
formatting kept; broken files fail closed."""

from __future__ import annotations

import zipfile

import pytest
from test_documents_fixtures import (
    STRUCTURED,
    build_docx,
    docx_extra_values,
    person,
    unzip_text,
)

from jubao_redact.documents import check_paths, scrub_paths
from jubao_redact.errors import UnreadableFileError
from jubao_redact.formats import open_document

P = person(21)
EXTRA = docx_extra_values(P)

# fmt: off
EXPECTED = [  # (location, entity) of every planted value, in report order
    ("comments, comment 0, paragraph 1",        "CN_MOBILE"),      # phone in a comment
    ("body, table 1 row 1 col 2, paragraph 3",  "CN_ADDRESS"),     # address in a table cell
    ("body, paragraph 6",                       "CN_MOBILE"),      # split over 3 runs
    ("body, text box, paragraph 8",             "CN_ID_CARD"),     # VML text box
    ("body, paragraph 9 (tracked insertion)",   "CN_MOBILE"),
    ("body, paragraph 9 (tracked deletion)",    "CN_MOBILE"),      # deleted text is still in the file
    ("footnotes, footnote 1, paragraph 2",      "EMAIL_ADDRESS"),
    ("header 1, paragraph 1",                   "PERSON"),         # name in the header
    ("core property author",                    "PERSON"),         # author in core properties
]
# fmt: on


def _check(path, **kw):
    return check_paths([path], "forward", entities=STRUCTURED, reporter=[P.name, P.address],
                       jobs=1, **kw)


def test_every_location_is_named(tmp_path):
    report = _check(build_docx(tmp_path / "a.docx", P))
    [f] = report.files
    assert f.status == "findings"
    assert [(d.location, d.entity_type) for d in f.findings] == EXPECTED
    assert all(d.action == "remove" for d in f.findings)


def test_scrub_removes_every_value_from_every_part(tmp_path):
    src = build_docx(tmp_path / "a.docx", P)
    report = scrub_paths([src], tmp_path / "out", "forward", entities=STRUCTURED,
                         reporter=[P.name, P.address], jobs=1)
    assert report.exit_code() == 0, report.errors
    out = tmp_path / "out" / "a.docx"
    text = unzip_text(out)
    for value in [P.name, P.phone, P.address, *EXTRA.values()]:
        assert value not in text
    assert EXTRA["split"][:3] not in text.replace(P.id_card, "")
    assert _check(out).exit_code() == 0
    assert "某化工有限公司" in text  # why: the reported party stays under forward


def test_split_value_replaced_inside_runs_formatting_kept(tmp_path):
    import docx

    src = build_docx(tmp_path / "a.docx", P)
    scrub_paths([src], tmp_path / "out", "forward", entities=STRUCTURED, jobs=1)
    para = [p for p in docx.Document(str(tmp_path / "out" / "a.docx")).paragraphs
            if p.text.startswith("手机：")][0]
    runs = [(r.text, bool(r.bold), bool(r.italic)) for r in para.runs]
    assert runs[0] == ("手机：", False, False)
    assert runs[1][0].startswith("〔") and runs[1][1:] == (True, False)  # label in the bold run
    assert runs[2] == ("", False, False) and runs[3] == ("", False, True)  # emptied, kept


# fmt: off
BROKEN = [  # how to break a good docx, expected message part
    (lambda b: b[: len(b) // 2],  "not a valid .docx"),    # why: truncated download
    (lambda b: b"",               "not a valid .docx"),    # why: empty .docx is not a document
    (lambda b: b"hello",          "not a valid .docx"),    # why: a text file renamed .docx
]
# fmt: on


@pytest.mark.parametrize("breaker,message", BROKEN)
def test_broken_docx_fails_closed(tmp_path, breaker, message):
    good = build_docx(tmp_path / "good.docx", P).read_bytes()
    bad = tmp_path / "bad.docx"
    bad.write_bytes(breaker(good))
    with pytest.raises(UnreadableFileError, match=message):
        open_document(bad)
    [f] = _check(bad).files
    assert f.status == "error" and "bad.docx" in f.error


def test_zip_without_document_part_fails_closed(tmp_path):
    bad = tmp_path / "x.docx"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("hello.txt", P.phone)
    with pytest.raises(UnreadableFileError, match="not a readable .docx"):
        open_document(bad)


def test_residual_scan_catches_a_part_we_do_not_model(tmp_path):
    """A value in a place no reader models (a document variable in settings.xml) stops the
    scrub: nothing is written."""
    src = build_docx(tmp_path / "a.docx", P, extras=False)
    patched = tmp_path / "p.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(patched, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "word/settings.xml":
                data = data.replace(b"</w:settings>", f'<w:docVars><w:docVar w:name="tel" '
                                    f'w:val="{P.phone}"/></w:docVars></w:settings>'.encode())
            zout.writestr(item, data)
    report = scrub_paths([patched], tmp_path / "out", "forward", entities=STRUCTURED,
                         reporter=[P.name, P.address], jobs=1)
    [f] = report.files
    assert f.status == "error" and "word/settings.xml" in f.error
    assert P.phone not in f.error
    assert not (tmp_path / "out" / "p.docx").exists()
