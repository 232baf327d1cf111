"""Excel workbooks (.xlsx, .xlsm): every cell, sheet names, comments, headers and footers,
workbook properties.

Read and written with openpyxl. Every cell with a value is a segment, numbers included: a
phone or ID typed into a numeric cell (13812345678 as an integer) is still a phone, so
integers and integral floats are read as their digits. Cells of one row are analysed with a
tab between them (a label in column A gives context to the value in column B). Locations
are ``Sheet1!B3``; a sheet whose own name has a finding is shown as ``sheet#2!B3`` so the
name never reaches a report. A redacted sheet name is made valid for Excel (31 characters,
no ``[]:*?/\\``). Formulas are analysed as written.

openpyxl does not keep everything on save (images and charts of the original are dropped,
rich text inside a cell becomes plain); the review report says so. After writing, every part
of the new package is scanned for each removed value.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from jubao_redact.errors import UnreadableFileError
from jubao_redact.formats.base import Document, Segment, SegmentEdit
from jubao_redact.formats.docx import zip_residual

WORKBOOK_PROPERTIES = ("creator", "lastModifiedBy", "title", "subject", "keywords",
                       "description", "category", "identifier")
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


def cell_text(value) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e21 else repr(value)
    if isinstance(value, str):
        return value
    return None  # dates, times, errors: no personal text


class XlsxDocument(Document):
    FORMAT = "xlsx"
    SUFFIXES = (".xlsx", ".xlsm")

    def __init__(self, path: Path, workbook) -> None:
        super().__init__(path)
        self.workbook = workbook
        self._targets: list[tuple] = []
        for n, ws in enumerate(workbook.worksheets, start=1):
            title_index = len(self.segments)
            self._targets.append(("title", ws))
            self.segments.append(Segment(text=ws.title, location=f"sheet#{n} name"))
            name = ws.title

            def add(text: str, where: str, target: tuple, join: str = "\n\n") -> None:
                self._targets.append(target)
                self.segments.append(Segment(
                    text=text, location=f"{name}!{where}", safe_location=f"sheet#{n}!{where}",
                    title_of=title_index, join=join))

            for row in ws.iter_rows():
                cells = [c for c in row if cell_text(c.value) not in (None, "")]
                for i, cell in enumerate(cells):
                    add(cell_text(cell.value), cell.coordinate, ("cell", cell),
                        "\n\n" if i == len(cells) - 1 else "\t")
                for cell in cells:
                    if cell.comment is not None:
                        if cell.comment.text and cell.comment.text.strip():
                            add(cell.comment.text, f"{cell.coordinate} comment",
                                ("comment", cell, "text"))
                        if cell.comment.author and cell.comment.author.strip():
                            add(cell.comment.author, f"{cell.coordinate} comment author",
                                ("comment", cell, "author"))
            for hf_name in ("oddHeader", "oddFooter", "evenHeader", "evenFooter",
                            "firstHeader", "firstFooter"):
                hf = getattr(ws, hf_name, None)
                for pos in ("left", "center", "right"):
                    part = getattr(hf, pos, None) if hf is not None else None
                    if part is not None and part.text and part.text.strip():
                        add(part.text, f"{hf_name} {pos}", ("hf", part))
        props = workbook.properties
        for prop in WORKBOOK_PROPERTIES:
            value = getattr(props, prop, None)
            if isinstance(value, str) and value.strip():
                self._targets.append(("prop", prop))
                self.segments.append(Segment(text=value, location=f"workbook property {prop}"))
        # content openpyxl does not keep or model: say so in the review
        try:
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
        except (OSError, zipfile.BadZipFile):
            names = []
        if any(n.startswith(("xl/drawings/", "xl/charts/", "xl/media/")) for n in names):
            self.warnings.append("images/charts are not kept by openpyxl in the scrubbed copy")
        if any(n.startswith("xl/pivotCache") for n in names):
            self.warnings.append("pivot caches are not analysed; the residual scan guards them")

    @classmethod
    def load(cls, path: Path) -> "XlsxDocument":
        import openpyxl

        if not zipfile.is_zipfile(path):
            raise UnreadableFileError(
                f"{path}: not a valid .xlsx (not a zip package: truncated or another format)")
        try:
            workbook = openpyxl.load_workbook(str(path), keep_vba=path.suffix.lower() == ".xlsm")
            return cls(path, workbook)
        except Exception as err:
            raise UnreadableFileError(
                f"{path}: not a readable workbook ({err.__class__.__name__}); "
                "open and re-save it in Excel, or check the file is complete") from None

    def write(self, out: Path, edits: dict[int, SegmentEdit]) -> None:
        titles = {ws.title for ws in self.workbook.worksheets}
        for index, edit in edits.items():
            target = self._targets[index]
            kind = target[0]
            if kind == "cell":
                target[1].value = edit.text
            elif kind == "comment":
                setattr(target[1].comment, target[2], edit.text)
            elif kind == "hf":
                target[1].text = edit.text
            elif kind == "prop":
                setattr(self.workbook.properties, target[1], edit.text)
            elif kind == "title":
                ws = target[1]
                titles.discard(ws.title)
                new = _BAD_TITLE.sub("_", edit.text)[:31] or "Sheet"
                base, k = new, 2
                while new in titles:
                    new = f"{base[:28]}({k})"
                    k += 1
                ws.title = new
                titles.add(new)
        self.workbook.save(str(out))

    def residual_check(self, out: Path, removed_values: list[str]) -> str | None:
        return zip_residual(out, removed_values)
