"""What went wrong with a PDF, said in a reader's words.

pdfminer (under pdfplumber) raises its own exceptions on a damaged file, and, deeper in, plain
TypeError, KeyError, AttributeError … where a damaged object is not what it expects. The user
is told what is wrong with the file; the exception's own words are kept as the detail
(`planx convert -v`). The wording is data: the first entry whose names match the exception
(or the exception it wraps) gives the message.
"""
from __future__ import annotations

from planx.extract.model import ExtractError

ENCRYPTED = "encrypted PDF: it needs a password to open (save an unprotected copy)"

# (words in the exception's class name, what it means for the file)
EXPLANATIONS: list[tuple[tuple[str, ...], str]] = [
    (("Password", "Encrypt"), ENCRYPTED),
    (("NoValidXRef", "XRef"), "the PDF's structure is damaged (its cross-reference table, the index of its "
                              "objects, cannot be read)"),
    (("PSEOF", "EOF"), "the PDF is cut short: it ends before its structure does (an incomplete download or copy?)"),
    (("NoPageLabel", "PageLabel"), "the PDF's page numbering is damaged"),
    (("Font", "CMap", "Encoding", "Unicode"), "the PDF's fonts are damaged (their text cannot be decoded)"),
    (("Filter", "Decompress", "zlib", "LZW", "Ascii85", "RunLength", "CCITT", "JBIG", "Image"),
     "the PDF's compressed content is damaged (a stream cannot be decompressed)"),
    (("PDFSyntax", "PSSyntax", "PSTypeError", "PDFType", "PDFValue", "PDFObjectNotFound", "PDFNotImplemented"),
     "the PDF's structure is damaged (an object in it is malformed or missing)"),
]
FALLBACK = "the PDF's structure is damaged (the PDF reader could not make sense of it)"


def _chain(e: BaseException) -> list[BaseException]:
    """The exception, what it wraps (pdfplumber puts pdfminer's in its args), and their causes:
    nearest first."""
    out: list[BaseException] = []
    todo = [e]
    while todo:
        x = todo.pop(0)
        if any(x is seen for seen in out):
            continue
        out.append(x)
        todo += [a for a in x.args if isinstance(a, BaseException)]
        todo += [c for c in (x.__cause__, x.__context__) if c is not None]
    return out


def detail_of(e: BaseException) -> str:
    inner = e.args[0] if e.args and isinstance(e.args[0], BaseException) else e
    return f"{type(inner).__name__}: {inner}" if str(inner) else type(inner).__name__


def explain(e: BaseException) -> str:
    """What the exception says about the PDF, in a reader's words."""
    for x in _chain(e):  # the nearest exception that says something decides
        names = [c.__name__ for c in type(x).__mro__ if c not in (Exception, BaseException, object)]
        for words, message in EXPLANATIONS:
            if any(w in n for n in names for w in words):
                return message
    return FALLBACK


def damaged_pdf(e: BaseException) -> ExtractError:
    """The ExtractError for a PDF that its reader raised `e` on."""
    return ExtractError(explain(e), detail=detail_of(e))
