"""HTML (.html, .htm): text nodes and the attributes that carry text; markup kept.

Parsed with BeautifulSoup's ``html.parser`` (it keeps the document as written: no added
``<html>``/``<body>``). Segments are every text node (including comments, ``<title>`` and
script/style text: a reporter's number in a comment still goes out with the page) and the
attributes ``title alt placeholder value content aria-label href`` (``mailto:`` and
``tel:`` links). Locations give the source line of the enclosing tag. Decoding is that of
text files (UTF-8 or GB18030/GBK, fail closed); the copy keeps the encoding.
"""

from __future__ import annotations

from pathlib import Path

from jubao_redact.errors import UnreadableFileError
from jubao_redact.formats.base import Document, Segment, SegmentEdit
from jubao_redact.formats.text import decode_text, encode_text, read_bytes

TEXT_ATTRIBUTES = ("title", "alt", "placeholder", "value", "content", "aria-label", "href")


BLOCK_TAGS = frozenset("""
    address article aside blockquote body caption dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol p pre
    section summary table tbody td tfoot th thead title tr ul option textarea script style
    """.split())


def _block_of(node):
    """The nearest block-level ancestor: text nodes sharing it read as one line."""
    for parent in node.parents:
        if getattr(parent, "name", None) in BLOCK_TAGS or parent.parent is None:
            return parent
    return None


class HtmlDocument(Document):
    FORMAT = "html"
    SUFFIXES = (".html", ".htm", ".xhtml")

    def __init__(self, path: Path, soup, encoding: str) -> None:
        from bs4 import Doctype, NavigableString, Tag
        from bs4.element import Declaration, ProcessingInstruction

        super().__init__(path)
        self.soup = soup
        self.encoding = encoding
        self._targets: list[tuple[object, str | None]] = []
        skip = (Doctype, Declaration, ProcessingInstruction)
        attributes: list[tuple[object, str, str, str]] = []
        previous_block = None
        for node in soup.descendants:
            if isinstance(node, Tag):
                for attr in TEXT_ATTRIBUTES:
                    value = node.attrs.get(attr)
                    if isinstance(value, str) and value.strip():
                        attributes.append(
                            (node, attr, value, f"line {node.sourceline} <{node.name} {attr}>"))
            elif isinstance(node, NavigableString) and not isinstance(node, skip):
                if not node.strip():
                    continue
                parent = node.parent
                line = getattr(parent, "sourceline", None)
                name = getattr(parent, "name", None) or "document"
                comment = node.__class__.__name__ == "Comment"
                kind = "comment" if comment else "text"
                where = f"line {line} <{name}> {kind}" if line else f"<{name}> {kind}"
                block = None if comment else _block_of(node)
                if block is not None and block is previous_block and self.segments:
                    # same block as the previous text node: a value split by inline
                    # markup (<b>139</b>37112345) is analysed as one
                    self.segments[-1].join = ""
                previous_block = block
                self._add(node, None, str(node), where)
        # attributes after all text, so they never split a run of inline text
        for node, attr, value, where in attributes:
            self._add(node, attr, value, where)

    def _add(self, node, attr: str | None, text: str, where: str) -> None:
        self._targets.append((node, attr))
        self.segments.append(Segment(text=text, location=where))

    @classmethod
    def load(cls, path: Path) -> "HtmlDocument":
        from bs4 import BeautifulSoup

        text, encoding = decode_text(read_bytes(path), path)
        try:
            soup = BeautifulSoup(text, "html.parser")
        except Exception as err:  # html.parser raises on very broken markup
            raise UnreadableFileError(
                f"{path}: HTML could not be parsed ({err.__class__.__name__})") from None
        return cls(path, soup, encoding)

    def write(self, out: Path, edits: dict[int, SegmentEdit]) -> None:
        for index, edit in edits.items():
            node, attr = self._targets[index]
            if attr is None:
                node.replace_with(node.__class__(edit.text))
            else:
                node[attr] = edit.text
        out.write_bytes(encode_text(self.soup.decode(formatter="minimal"), self.encoding,
                                    self.path))
