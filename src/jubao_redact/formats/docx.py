"""Word documents (.docx): every place text can hide, with formatting kept.

Opened with python-docx (which validates the package); text is read from the XML of every
WordprocessingML part through its OPC package: the body, headers, footers, footnotes,
endnotes and comments, including tables (any depth), text boxes (both the DrawingML and
the VML fallback copy), tracked insertions and tracked deletions (deleted text is still in
the file). Also: the author attributes of comments and tracked changes, the core
properties (author, last modified by, title, subject, keywords, comments, category…), the
extended properties (company, manager), custom properties and external hyperlink targets
(``mailto:``).

One segment per paragraph: a value split over several runs (``138`` bold, ``1234 5678``
plain) is found, and the replacement is written inside the runs — into the run where the
value starts, emptying the rest of it in the following runs — so every run keeps its
formatting. After writing, every part of the new package is scanned for each removed value
(see :meth:`DocxDocument.residual_check`): a value left in a part we do not model stops the
scrub instead of shipping.

Locations: ``header 1, paragraph 2``, ``body, table 1 row 2 col 3, paragraph 9``,
``comments, comment 0, paragraph 1``, ``footnotes, footnote 1, paragraph 1``,
``body, text box, paragraph 4``, ``core property author``, with ``(tracked insertion)`` or
``tracked deletion`` where that applies.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from jubao_redact.errors import UnreadableFileError
from jubao_redact.formats.base import Document, Segment, SegmentEdit, redistribute

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = f"{{{W}}}"
_P, _T, _DEL_T, _TAB, _BR, _CR = (f"{_W}p", f"{_W}t", f"{_W}delText", f"{_W}tab", f"{_W}br",
                                  f"{_W}cr")
_INS, _TC, _TR, _TBL, _TXBX = f"{_W}ins", f"{_W}tc", f"{_W}tr", f"{_W}tbl", f"{_W}txbxContent"
_FALLBACK = f"{{{MC}}}Fallback"
_AUTHOR_ELEMENTS = {f"{_W}comment": "comment", f"{_W}ins": "tracked insertion",
                    f"{_W}del": "tracked deletion"}
_NOTE_ELEMENTS = {f"{_W}footnote": "footnote", f"{_W}endnote": "endnote",
                  f"{_W}comment": "comment"}

_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_TEXT_PARTS = {
    "document.main+xml": "body", "template.main+xml": "body", "header+xml": "header",
    "footer+xml": "footer", "footnotes+xml": "footnotes", "endnotes+xml": "endnotes",
    "comments+xml": "comments",
}
_PROPERTY_PARTS = {
    "application/vnd.openxmlformats-officedocument.extended-properties+xml": "app property",
    "application/vnd.openxmlformats-officedocument.custom-properties+xml": "custom property",
}
CORE_PROPERTIES = ("author", "last_modified_by", "title", "subject", "keywords", "comments",
                   "category", "content_status", "identifier", "language", "version")
_APP_TEXT = {"Company", "Manager", "HyperlinkBase"}
_EMBEDDED = re.compile(r"^/word/(embeddings|activeX)/", re.IGNORECASE)


class _XmlHandle:
    """An XML part's root element and how to store it back."""

    def __init__(self, part) -> None:
        from docx.opc.part import XmlPart
        from lxml import etree

        self.part = part
        if isinstance(part, XmlPart):
            self.root = part.element
            self.is_xml_part = True
        else:
            self.root = etree.fromstring(part.blob)
            self.is_xml_part = False

    def store(self) -> None:
        if not self.is_xml_part:
            from lxml import etree

            self.part._blob = etree.tostring(self.root, xml_declaration=True,
                                             encoding="UTF-8", standalone=True)


class DocxDocument(Document):
    FORMAT = "docx"
    SUFFIXES = (".docx", ".dotx")

    def __init__(self, path: Path, document) -> None:
        super().__init__(path)
        self.document = document
        # per segment: how to write it back
        self._targets: list[tuple] = []
        self._handles: list[_XmlHandle] = []
        package = document.part.package
        counters: dict[str, int] = {}
        for part in sorted(package.iter_parts(), key=lambda p: str(p.partname)):
            name = str(part.partname)
            if _EMBEDDED.match(name):
                self.warnings.append(f"embedded object {name} not inspected")
            ctype = part.content_type
            kind = _TEXT_PARTS.get(ctype[len(_WML):]) if ctype.startswith(_WML) else None
            if kind is not None:
                counters[kind] = counters.get(kind, 0) + 1
                label = kind
                if kind in ("header", "footer"):
                    digits = re.findall(r"[0-9]+", name.rsplit("/", 1)[-1])
                    label = f"{kind} {digits[-1] if digits else counters[kind]}"
                handle = _XmlHandle(part)
                self._handles.append(handle)
                self._read_wml(handle, label)
            elif ctype in _PROPERTY_PARTS:
                handle = _XmlHandle(part)
                self._handles.append(handle)
                self._read_properties(handle, _PROPERTY_PARTS[ctype])
            for rel in part.rels.values():
                if rel.is_external and rel.target_ref.strip():
                    self._targets.append(("rel", rel))
                    self.segments.append(Segment(
                        text=rel.target_ref, location=f"{name} link target {rel.rId}"))
        core = document.core_properties
        for prop in CORE_PROPERTIES:
            value = getattr(core, prop, None)
            if isinstance(value, str) and value.strip():
                self._targets.append(("core", prop))
                self.segments.append(Segment(text=value, location=f"core property {prop}"))

    # --- reading -------------------------------------------------------------------------
    def _read_wml(self, handle: _XmlHandle, label: str) -> None:
        root = handle.root
        tables = {tbl: n for n, tbl in enumerate(root.iter(_TBL), start=1)}
        for n, p in enumerate(root.iter(_P), start=1):
            where = self._paragraph_where(p, label, n, tables)
            normal: list[tuple[object, int, int]] = []
            deleted: list[tuple[object, int, int]] = []
            text_normal: list[str] = []
            text_deleted: list[str] = []
            spans: list[tuple[int, int, str]] = []
            pos_n = pos_d = 0
            for el in p.iter(_T, _DEL_T, _TAB, _BR, _CR):
                if next(el.iterancestors(_P), None) is not p:
                    continue  # belongs to a paragraph nested in a text box
                if el.tag == _DEL_T:
                    value = el.text or ""
                    deleted.append((el, pos_d, pos_d + len(value)))
                    text_deleted.append(value)
                    pos_d += len(value)
                    continue
                value = (el.text or "") if el.tag == _T else ("\t" if el.tag == _TAB else "\n")
                if el.tag == _T:
                    normal.append((el, pos_n, pos_n + len(value)))
                    if next(el.iterancestors(_INS), None) is not None and value:
                        spans.append((pos_n, pos_n + len(value), "tracked insertion"))
                text_normal.append(value)
                pos_n += len(value)
            if any(t.strip() for t in text_normal):
                self._targets.append(("runs", normal))
                self.segments.append(Segment(text="".join(text_normal), location=where,
                                             spans=spans, join="\n"))
            if any(t.strip() for t in text_deleted):
                self._targets.append(("runs", deleted))
                self.segments.append(Segment(text="".join(text_deleted),
                                             location=f"{where} (tracked deletion)"))
        for el in root.iter(*_AUTHOR_ELEMENTS):
            for attr in ("author", "initials"):
                value = el.get(f"{_W}{attr}")
                if value and value.strip():
                    ident = el.get(f"{_W}id", "?")
                    self._targets.append(("attr", el, f"{_W}{attr}"))
                    self.segments.append(Segment(
                        text=value,
                        location=f"{label}, {_AUTHOR_ELEMENTS[el.tag]} {ident} {attr}"))

    @staticmethod
    def _paragraph_where(p, label: str, n: int, tables: dict) -> str:
        parts = [label]
        context: list[str] = []
        for anc in p.iterancestors():
            if anc.tag == _TC:
                tr = anc.getparent()
                tbl = tr.getparent() if tr is not None else None
                if tr is not None and tbl is not None and tbl.tag == _TBL:
                    row = [c for c in tbl if c.tag == _TR].index(tr) + 1
                    col = [c for c in tr if c.tag == _TC].index(anc) + 1
                    context.append(f"table {tables.get(tbl, '?')} row {row} col {col}")
            elif anc.tag == _TXBX:
                fallback = any(a.tag == _FALLBACK for a in anc.iterancestors())
                context.append("text box (fallback copy)" if fallback else "text box")
            elif anc.tag in _NOTE_ELEMENTS:
                context.append(f"{_NOTE_ELEMENTS[anc.tag]} {anc.get(f'{_W}id', '?')}")
        parts.extend(reversed(context))
        parts.append(f"paragraph {n}")
        return ", ".join(parts)

    def _read_properties(self, handle: _XmlHandle, label: str) -> None:
        for el in handle.root.iter():
            if not isinstance(el.tag, str) or len(el) or not (el.text or "").strip():
                continue
            local = el.tag.rsplit("}", 1)[-1]
            if label == "app property" and local not in _APP_TEXT:
                continue
            if label == "custom property":
                prop = next((a for a in el.iterancestors() if a.get("name")), None)
                local = prop.get("name") if prop is not None else local
                local = "#" + str(list(handle.root).index(prop) + 1) if prop is not None else local
            self._targets.append(("text", el))
            self.segments.append(Segment(text=el.text, location=f"{label} {local}"))

    @classmethod
    def load(cls, path: Path) -> "DocxDocument":
        import docx

        if not zipfile.is_zipfile(path):
            raise UnreadableFileError(
                f"{path}: not a valid .docx (not a zip package: truncated or another format)")
        try:
            document = docx.Document(str(path))
            return cls(path, document)
        except UnreadableFileError:
            raise
        except Exception as err:
            raise UnreadableFileError(
                f"{path}: not a readable .docx ({err.__class__.__name__}); "
                "open and re-save it in Word, or check the file is complete") from None

    # --- writing -------------------------------------------------------------------------
    def write(self, out: Path, edits: dict[int, SegmentEdit]) -> None:
        for index, edit in edits.items():
            target = self._targets[index]
            kind = target[0]
            if kind == "runs":
                pieces = target[1]
                texts = redistribute([(s, e) for _, s, e in pieces], edit.replacements,
                                     edit.text)
                for (el, _, _), new in zip(pieces, texts):
                    el.text = new
                    if new != new.strip():
                        el.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            elif kind == "attr":
                target[1].set(target[2], edit.text)
            elif kind == "text":
                target[1].text = edit.text
            elif kind == "rel":
                target[1]._target = edit.text
            elif kind == "core":
                setattr(self.document.core_properties, target[1], edit.text)
        for handle in self._handles:
            handle.store()
        self.document.save(str(out))

    def residual_check(self, out: Path, removed_values: list[str]) -> str | None:
        return zip_residual(out, removed_values)


def zip_residual(out: Path, removed_values: list[str]) -> str | None:
    """The first part of a zip package whose bytes contain a removed value (raw or
    XML-escaped), or None. Values shorter than 2 characters are not searched."""
    needles = set()
    for value in removed_values:
        if len(value.strip()) < 2:
            continue
        needles.add(value.encode("utf-8"))
        needles.add(escape(value, {'"': "&quot;"}).encode("utf-8"))
    with zipfile.ZipFile(out) as archive:
        for info in archive.infolist():
            data = archive.read(info)
            if any(n in data for n in needles):
                return info.filename
    return None
