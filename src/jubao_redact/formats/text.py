"""Plain text and Markdown (.txt, .md): UTF-8, or GB18030/GBK as many government files are.

Decoding fails closed: UTF-8 (with or without BOM) is tried strictly; otherwise
charset-normalizer must name a Chinese encoding (GB18030 family, Big5) and the strict
decode must give plausible Chinese text. A NUL byte, an unknown encoding or a decode with
control characters is an :class:`UndecodableFileError` — never "clean". The copy is written
in the encoding it was read in (GBK files are written as GB18030, a superset that encodes
every GBK character to the same bytes), BOM and line endings kept.

One segment per file, addressed by ``line:column``. A line containing
``jubao-redact: allow`` marks findings on that line as accepted for ``check``.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from jubao_redact.errors import UndecodableFileError, UnreadableFileError
from jubao_redact.formats.base import Document, Segment, SegmentEdit

ALLOW_MARKER = "jubao-redact: allow"
_CHINESE_ENCODINGS = {
    "gb18030": "gb18030", "gbk": "gb18030", "gb2312": "gb18030", "hz": "gb18030",
    "cp936": "gb18030", "big5": "big5", "big5hkscs": "big5hkscs", "cp950": "big5",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise UnreadableFileError(f"{path}: cannot read ({err.__class__.__name__})") from None


def _implausible(text: str) -> bool:
    """Control characters, or non-ASCII that is mostly not CJK: a wrong or binary decode."""
    controls = sum(1 for ch in text if ch < " " and ch not in _ALLOWED_CONTROLS)
    if controls:
        return True
    non_ascii = [ch for ch in text if ord(ch) > 0x7F]
    if not non_ascii:
        return False
    cjk = sum(1 for ch in non_ascii
              if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
              or "\uff00" <= ch <= "\uffef" or "\u3400" <= ch <= "\u4dbf"
              or ch in "“”‘’—…·、《》【】〔〕")
    return cjk < 0.85 * len(non_ascii)


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """(text, encoding used to write it back); raises UndecodableFileError naming the file."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                break
            if _implausible_controls(text):
                break
            return text, encoding
    else:
        if b"\x00" in data:
            raise UndecodableFileError(
                f"{path}: binary content (NUL bytes), not a text file; "
                "only UTF-8 and GB18030/GBK text is read")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        if text is not None:
            if _implausible_controls(text):
                raise UndecodableFileError(
                    f"{path}: contains control characters, not a text file")
            return text, "utf-8"
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        guess = (best.encoding if best is not None else "").lower().replace("-", "")
        encoding = _CHINESE_ENCODINGS.get(guess)
        if encoding is None:
            # charset-normalizer is unsure on short texts; GB18030 is the one legacy
            # encoding our users have, so try it strictly and judge the result.
            encoding = "gb18030"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            text = None
        if text is not None and not _implausible(text):
            return text, encoding
    raise UndecodableFileError(
        f"{path}: not UTF-8 and not GB18030/GBK text (encoding could not be determined "
        "with confidence); convert it to UTF-8 first")


def _implausible_controls(text: str) -> bool:
    return any(ch < " " and ch not in _ALLOWED_CONTROLS for ch in text)


def encode_text(text: str, encoding: str, path: Path) -> bytes:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        raise UnreadableFileError(
            f"{path}: the redacted text cannot be written back in {encoding}") from None


class TextDocument(Document):
    """A UTF-8 or GB18030 text file: one segment, addressed by line:column."""

    FORMAT = "text"
    SUFFIXES = (".txt", ".text", ".log")

    def __init__(self, path: Path, text: str, encoding: str) -> None:
        super().__init__(path)
        self.encoding = encoding
        marker_lines = frozenset(
            n for n, line in enumerate(text.split("\n"), start=1) if ALLOW_MARKER in line
        )
        self.segments = [Segment(text=text, location="", line=1, line_addressed=True,
                                 allow_marker_lines=marker_lines)]

    @classmethod
    def load(cls, path: Path) -> "TextDocument":
        data = read_bytes(path)
        text, encoding = decode_text(data, path)
        return cls(path, text, encoding)

    def write(self, out: Path, edits: dict[int, SegmentEdit]) -> None:
        text = edits[0].text if 0 in edits else self.segments[0].text
        out.write_bytes(encode_text(text, self.encoding, self.path))


class MarkdownDocument(TextDocument):
    """Markdown is text: every character (link targets, code, front matter) is analysed."""

    FORMAT = "markdown"
    SUFFIXES = (".md", ".markdown")
