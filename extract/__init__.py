"""Parsers: one file in, a RawDocument (tables and paragraphs with provenance) out."""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from pathlib import Path

from planx.extract.model import Block, Cell, ExtractError, Paragraph, RawDocument, Row, Table

Parser = Callable[[Path], RawDocument]

__all__ = ["Block", "Cell", "ExtractError", "Paragraph", "RawDocument", "Row", "Table", "extract",
           "SUFFIXES", "sniff_format", "preload", "SHEET_SUFFIXES", "LEGACY_SHEET_SUFFIXES", "CSV_SUFFIXES",
           "HTML_SUFFIXES", "MAIL_SUFFIXES", "SLIDE_SUFFIXES", "LEGACY_SLIDE_SUFFIXES"]

TEXT_SUFFIXES = {".txt", ".tsv", ".text", ".md", ".markdown"}  # Markdown: extract/markdown.py
WORD_SUFFIXES = {".docx", ".dotx", ".docm"}  # .docm: read to say clearly that macros are refused
LEGACY_WORD_SUFFIXES = {".doc", ".odt", ".rtf"}
PDF_SUFFIXES = {".pdf"}
SHEET_SUFFIXES = {".xlsx", ".xlsm", ".xltx"}  # .xlsm: read like .xlsx; its macros are never loaded
LEGACY_SHEET_SUFFIXES = {".ods", ".xls"}  # converted to .xlsx by LibreOffice
CSV_SUFFIXES = {".csv"}
HTML_SUFFIXES = {".html", ".htm"}
MAIL_SUFFIXES = {".eml"}  # a plan sent as an e-mail's body (extract/mail.py)
SLIDE_SUFFIXES = {".pptx", ".pptm"}  # .pptm: read like .pptx; its macros are never loaded (extract/pptx.py)
LEGACY_SLIDE_SUFFIXES = {".ppt", ".odp"}  # converted to .pptx by LibreOffice
SUFFIXES = TEXT_SUFFIXES | WORD_SUFFIXES | LEGACY_WORD_SUFFIXES | PDF_SUFFIXES | SHEET_SUFFIXES \
    | LEGACY_SHEET_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES | MAIL_SUFFIXES | SLIDE_SUFFIXES | LEGACY_SLIDE_SUFFIXES


def sniff_format(path: Path) -> str:
    """The format name for documents.csv: the suffix, lower case, without the dot."""
    return path.suffix.lower().lstrip(".") or "unknown"


def _parser_for(path: Path) -> Parser:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        from planx.extract.text import parse_text
        return parse_text
    if suffix in WORD_SUFFIXES:
        from planx.extract.docx import parse_docx
        return parse_docx
    if suffix in LEGACY_WORD_SUFFIXES:
        from planx.extract.legacy import parse_legacy
        return parse_legacy
    if suffix in PDF_SUFFIXES:
        from planx.extract.pdf import parse_pdf
        return parse_pdf
    if suffix in SHEET_SUFFIXES:
        from planx.extract.xlsx import parse_xlsx
        return parse_xlsx
    if suffix in LEGACY_SHEET_SUFFIXES:
        from planx.extract.legacy import parse_legacy_sheet
        return parse_legacy_sheet
    if suffix in CSV_SUFFIXES:
        from planx.extract.csvfile import parse_csv
        return parse_csv
    if suffix in HTML_SUFFIXES:
        from planx.extract.html import parse_html
        return parse_html
    if suffix in MAIL_SUFFIXES:
        from planx.extract.mail import parse_mail
        return parse_mail
    if suffix in SLIDE_SUFFIXES:
        from planx.extract.pptx import parse_pptx
        return parse_pptx
    if suffix in LEGACY_SLIDE_SUFFIXES:
        from planx.extract.legacy import parse_legacy_slides
        return parse_legacy_slides
    raise ExtractError(f"unsupported file type '{suffix or '(none)'}': planx reads "
                       + ", ".join(sorted(SUFFIXES)))


# libraries a parser imports only inside its functions (so a text-only run never loads them)
_LAZY_LIBRARIES = {".pdf": ("pdfplumber", "pdfplumber.utils", "pdfminer.pdfdocument", "pdfminer.pdfparser"),
                   **{s: ("openpyxl",) for s in SHEET_SUFFIXES | LEGACY_SHEET_SUFFIXES}}


def preload(suffixes: Iterable[str]) -> None:
    """Import the parsers for these file suffixes, and the libraries they load lazily, now.
    A batch calls this before forking its workers, so they share the loaded modules instead
    of each importing them on its first file (~0.1-0.2 s of CPU per worker for PDF)."""
    for suffix in sorted({s.lower() for s in suffixes} & SUFFIXES):
        _parser_for(Path("preload" + suffix))
        for name in _LAZY_LIBRARIES.get(suffix, ()):
            importlib.import_module(name)


def extract(path: Path) -> RawDocument:
    """Read one file into a RawDocument, or raise ExtractError with a message for the user."""
    if not path.is_file():
        raise ExtractError(f"not a readable file: {path}")
    if path.stat().st_size == 0:
        raise ExtractError("empty file (0 bytes)")
    return _parser_for(path)(path)
