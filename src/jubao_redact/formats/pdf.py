"""PDF (.pdf): checked from the text layer; scrubbed only with real text removal.

**Check** reads each page's text layer with pdfplumber (MIT) and the document metadata
(Author, Title, Subject, Keywords, Creator); locations are ``page 3, line 5``. A page that
has images but no text layer (a scan) is an error, not "clean": it needs OCR first.

**Scrub** needs PyMuPDF (``pip install 'jubao-redact[pdf-scrub]'``), which is licensed
under the **AGPL-3.0** (or commercially by Artifex): that is why it is an optional extra and
never a dependency. Its ``apply_redactions`` removes the characters under each redaction
area from the content stream (and the image pixels under it) instead of drawing a box over
text that stays selectable. Without PyMuPDF, ``scrub`` refuses PDFs with a clear error
(E043) rather than producing a copy that only looks redacted. Every removed value must be
located on its page, or the scrub of that file fails; the metadata and XMP are cleared of
values; the copy is re-read and re-analysed before it is kept.
"""

from __future__ import annotations

from pathlib import Path

from jubao_redact.errors import UnreadableFileError, UnsupportedFormatError
from jubao_redact.formats.base import Document, Segment, SegmentEdit

METADATA_KEYS = ("Author", "Title", "Subject", "Keywords", "Creator")
INSTALL_HINT = (
    "scrubbing PDFs needs PyMuPDF, an optional extra licensed under the AGPL-3.0: "
    "pip install 'jubao-redact[pdf-scrub]' (or convert the PDF from its source document "
    "and scrub that)"
)


def pymupdf_module():
    """The PyMuPDF module, or an UnsupportedFormatError saying how to install it."""
    try:
        import pymupdf  # noqa: F401
    except ImportError:
        try:
            import fitz as pymupdf  # older PyMuPDF
        except ImportError:
            raise UnsupportedFormatError(INSTALL_HINT) from None
    return pymupdf


class PdfDocument(Document):
    FORMAT = "pdf"
    SUFFIXES = (".pdf",)

    def __init__(self, path: Path, pages: list[str], metadata: dict[str, str]) -> None:
        super().__init__(path)
        self._targets: list[tuple] = []
        for n, text in enumerate(pages, start=1):
            self._targets.append(("page", n - 1))
            self.segments.append(Segment(text=text, location=f"page {n}, line ", line=1,
                                         line_addressed=True))
        for key, value in metadata.items():
            self._targets.append(("meta", key))
            self.segments.append(Segment(text=value, location=f"metadata {key}"))

    @classmethod
    def load(cls, path: Path) -> "PdfDocument":
        import pdfplumber

        try:
            with open(path, "rb") as fh:
                head = fh.read(1024)
        except OSError as err:
            raise UnreadableFileError(f"{path}: cannot read ({err.__class__.__name__})") from None
        if b"%PDF-" not in head:
            raise UnreadableFileError(f"{path}: not a PDF (no %PDF header)")
        pages: list[str] = []
        try:
            with pdfplumber.open(str(path)) as pdf:
                metadata = {k: str(pdf.metadata[k]) for k in METADATA_KEYS
                            if isinstance(pdf.metadata.get(k), (str, bytes))
                            and str(pdf.metadata[k]).strip()}
                for n, page in enumerate(pdf.pages, start=1):
                    text = page.extract_text() or ""
                    if not text.strip() and page.images:
                        raise UnreadableFileError(
                            f"{path}: page {n} is an image without a text layer (a scan); "
                            "run OCR on it first, jubao-redact cannot see its text")
                    pages.append(text)
        except UnreadableFileError:
            raise
        except Exception as err:
            raise UnreadableFileError(
                f"{path}: not a readable PDF ({err.__class__.__name__}); "
                "check the file is complete") from None
        if not pages:
            raise UnreadableFileError(f"{path}: PDF without pages")
        return cls(path, pages, metadata)

    def write(self, out: Path, edits: dict[int, SegmentEdit]) -> None:
        pymupdf = pymupdf_module()
        try:
            doc = pymupdf.open(str(self.path))
        except Exception as err:
            raise UnreadableFileError(
                f"{self.path}: PyMuPDF cannot open it ({err.__class__.__name__})") from None
        metadata = dict(doc.metadata or {})
        for index, edit in edits.items():
            kind, ref = self._targets[index]
            if kind == "meta":
                metadata[ref.lower()] = edit.text
                continue
            page = doc[ref]
            for value in edit.removed_values:
                rects = []
                for variant in dict.fromkeys((value, value.replace("\n", " "),
                                              "".join(value.split()))):
                    rects = page.search_for(variant)
                    if rects:
                        break
                if not rects:
                    doc.close()
                    raise UnreadableFileError(
                        f"{self.path}: a value found on page {ref + 1} could not be located "
                        "in the page geometry for removal; not written")
                for rect in rects:
                    page.add_redact_annot(rect, fill=(0, 0, 0))
            page.apply_redactions()
        doc.set_metadata({k: v for k, v in metadata.items() if k in
                          ("author", "title", "subject", "keywords", "creator", "producer")})
        doc.del_xml_metadata()
        doc.save(str(out), garbage=4, deflate=True, clean=True)
        doc.close()
