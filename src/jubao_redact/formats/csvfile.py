"""CSV and TSV (.csv, .tsv): every cell, addressed by row and column (1-based).

Decoded like text (UTF-8 or GB18030/GBK, fail closed). The delimiter is sniffed among
``, ; TAB |``; cells of a row are analysed with a tab between them so a header-like label in
the previous cell ("联系电话") still gives context, and rows are kept apart. The copy is
written with the same delimiter, line ending, encoding and BOM; quoting becomes minimal.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from jubao_redact.errors import UnreadableFileError
from jubao_redact.formats.base import Document, Segment, SegmentEdit
from jubao_redact.formats.text import decode_text, encode_text, read_bytes


class CsvDocument(Document):
    FORMAT = "csv"
    SUFFIXES = (".csv", ".tsv")

    def __init__(self, path: Path, rows: list[list[str]], encoding: str, delimiter: str,
                 lineterminator: str) -> None:
        super().__init__(path)
        self.rows = rows
        self.encoding = encoding
        self.delimiter = delimiter
        self.lineterminator = lineterminator
        self._cells: list[tuple[int, int]] = []
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                last = c == len(row) - 1
                self._cells.append((r, c))
                self.segments.append(Segment(text=value, location=f"row {r + 1}, col {c + 1}",
                                             line=None, join="\n\n" if last else "\t"))

    @classmethod
    def load(cls, path: Path) -> "CsvDocument":
        text, encoding = decode_text(read_bytes(path), path)
        sample = text[:8192]
        delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            pass
        lineterminator = "\r\n" if "\r\n" in sample else "\n"
        try:
            rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter,
                                   strict=True))
        except csv.Error as err:
            raise UnreadableFileError(f"{path}: malformed CSV ({err.__class__.__name__} "
                                      "on a row; fix the quoting)") from None
        return cls(path, rows, encoding, delimiter, lineterminator)

    def write(self, out: Path, edits: dict[int, SegmentEdit]) -> None:
        rows = [list(row) for row in self.rows]
        for index, edit in edits.items():
            r, c = self._cells[index]
            rows[r][c] = edit.text
        buf = io.StringIO(newline="")
        writer = csv.writer(buf, delimiter=self.delimiter, lineterminator=self.lineterminator)
        writer.writerows(rows)
        out.write_bytes(encode_text(buf.getvalue(), self.encoding, self.path))
