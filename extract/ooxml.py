"""Safe access to an Office Open XML package (.docx): a zip of XML parts.

Everything here is defensive, because a .docx is untrusted input:
- the file must really be a zip (other files are named for what they are: a PNG, a PDF,
  an encrypted Office file …);
- zip bombs are refused from the zip directory before anything is inflated, and every
  read is capped again while inflating (the directory can lie);
- XML is parsed with entity resolution, DTD loading and network access off, and a part
  that declares a DOCTYPE or ENTITY (the XXE / billion-laughs vector) is refused outright;
- macros are never loaded or run: the readers take XML parts only, so a package holding a VBA
  project (a .docm, or an old .doc that LibreOffice converts with its macros) is read as text and
  the document's warnings say the macros were left alone (has_macros).
"""
from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from planx.extract.model import ExtractError

MAX_ENTRIES = 10_000
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # all XML parts together, as the zip directory declares them
MAX_PART_BYTES = 128 * 1024 * 1024  # one XML part, checked while inflating
MAX_RATIO = 200  # inflated / compressed size of one entry (text XML is typically 5–30)
RATIO_FLOOR = 1024 * 1024  # small entries may compress arbitrarily well without harm

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_UTF16 = "utf-16-le"

# what a file is when it is not a zip, by its first bytes
_MAGIC = [
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document (rename it to .pdf)"),
    (b"{\\rtf", "an RTF document (rename it to .rtf)"),
    (b"<?xml", "an XML file (perhaps a Word 2003 XML document: save it as .docx)"),
    (b"<html", "an HTML page"),
    (b"<!DOCTYPE html", "an HTML page"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
]

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                          huge_tree=False, remove_comments=True, remove_pis=True)


# Namespaces of the prefixes Office writes, for parts that use one without declaring it
# (Word itself ignores the undeclared markup: these are mostly mc:Ignorable extensions)
KNOWN_PREFIXES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "w16": "http://schemas.microsoft.com/office/word/2018/wordml",
    "w16se": "http://schemas.microsoft.com/office/word/2015/wordml/symex",
    "w16cid": "http://schemas.microsoft.com/office/word/2016/wordml/cid",
    "w16cex": "http://schemas.microsoft.com/office/word/2018/wordml/cex",
    "w16sdtdh": "http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
}
_UNDECLARED = re.compile(r"Namespace prefix (\S+?) (?:for \S+ )?on \S+ is not defined")
_ROOT_TAG = re.compile(rb"<(?![?!])[^\s/>]+")
MAX_UNDECLARED = 64  # prefixes declared for one part; a part needing more is not Word's


def _with_declared_prefixes(data: bytes, error: etree.XMLSyntaxError) -> etree._Element | None:
    """The part parsed again with the prefixes it uses undeclared now declared on its root, or
    None when anything besides undeclared prefixes is wrong with it (then it is corrupt).

    A recovering parse (still no entities, DTD or network) only lists the faults; the part
    itself is then parsed strictly, so nothing a recovering parser would guess is ever read."""
    if error.code != etree.ErrorTypes.NS_ERR_UNDEFINED_NAMESPACE:
        return None
    lister = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             recover=True, remove_comments=True, remove_pis=True)
    try:
        etree.fromstring(data, lister)
    except etree.XMLSyntaxError:
        return None
    prefixes: set[str] = set()
    for entry in lister.error_log:
        m = _UNDECLARED.match(entry.message or "")
        if entry.domain != etree.ErrorDomains.NAMESPACE or not m:
            return None  # a fault other than a missing declaration: truly broken
        prefixes.add(m.group(1))
    root_tag = _ROOT_TAG.search(data)
    if not prefixes or len(prefixes) > MAX_UNDECLARED or root_tag is None:
        return None
    declarations = b"".join(b' xmlns:%s="%s"' % (p.encode(), KNOWN_PREFIXES.get(p, "urn:planx:undeclared:" + p)
                                                   .encode()) for p in sorted(prefixes))
    repaired = data[:root_tag.end()] + declarations + data[root_tag.end():]
    try:
        return etree.fromstring(repaired, _PARSER)
    except etree.XMLSyntaxError:
        return None


def sniff_package(path: Path, what: str, encrypted: str, legacy_kind: str, legacy_hint: str) -> None:
    """ExtractError for a file that is not a zip package, naming what it is instead: a password-
    protected file (`encrypted`), the old binary format of the same program (`legacy_kind` as
    ole_kind names it, explained by `legacy_hint`), or whatever describe_non_zip sees. `what`:
    'a Word document', 'an Excel workbook'."""
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if head.startswith(b"PK"):
        return
    if head.startswith(OLE_MAGIC):
        data = path.read_bytes() if path.stat().st_size <= 64 * 1024 * 1024 else head
        kind = ole_kind(data)
        if kind == "encrypted":
            raise ExtractError(encrypted)
        if kind == legacy_kind:
            raise ExtractError(f"not {what}: {legacy_hint}")
    raise ExtractError(f"not {what}: the file is {describe_non_zip(head)}")


def describe_non_zip(head: bytes) -> str:
    """What a file that is not a zip seems to be, for the error message."""
    if head.startswith(OLE_MAGIC):
        return "an old-format Office file"
    for magic, what in _MAGIC:
        if head[:32].lstrip().lower().startswith(magic.lower()):
            return what
    if head and all(32 <= b < 127 or b in (9, 10, 13) for b in head[:512]):
        return "a plain text file"
    return "unrecognised binary data"


def ole_kind(data: bytes) -> str:
    """'encrypted', 'word' (a binary .doc), 'excel' (a binary .xls), 'powerpoint' (a binary .ppt) or 'other'
    for an OLE compound file (stream names are UTF-16)."""
    if "EncryptedPackage".encode(_UTF16) in data or "EncryptionInfo".encode(_UTF16) in data:
        return "encrypted"
    if "WordDocument".encode(_UTF16) in data:
        return "word"
    if "Workbook".encode(_UTF16) in data or "Book\x00".encode(_UTF16) in data:
        return "excel"
    if "PowerPoint Document".encode(_UTF16) in data:
        return "powerpoint"
    return "other"



def out_of_memory(e: etree.XMLSyntaxError) -> bool:
    """Did libxml2 stop because an allocation failed? It then says "unknown error", with
    XML_ERR_NO_MEMORY as the code of the error or of an entry in its log."""
    no_memory = etree.ErrorTypes.ERR_NO_MEMORY
    return e.code == no_memory or any(entry.type == no_memory for entry in e.error_log)

# what a package of each kind is called in messages ('corrupt PowerPoint presentation: …')
_NOUNS = {"Word": "Word document", "PowerPoint": "PowerPoint presentation"}


# each kind of Office package: its main part, what an error calls it, its suffix, and the OpenDocument
# suffix of the same kind (Package.main_part names the kind a misnamed package is instead)
PACKAGE_KINDS = {"word": ("word/document.xml", "Word document", ".docx", ".odt"),
                 "ppt": ("ppt/presentation.xml", "PowerPoint presentation", ".pptx", ".odp"),
                 "xl": ("xl/workbook.xml", "Excel workbook", ".xlsx", ".ods")}


def _article(noun: str) -> str:
    return "an" if noun[:1].lower() in "aeiou" else "a"


class Package:
    """An opened, checked .docx: read its parts as bytes or as parsed XML."""

    def __init__(self, path: Path, kind: str = "Word"):
        """kind names the file in messages: 'Word' (a .docx) or 'Excel' (a .xlsx)."""
        self.path = path
        self.kind = kind
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError, OverflowError) as e:
            raise ExtractError(f"corrupt {self.noun}: the zip container is damaged", detail=str(e)) from None
        except OSError as e:
            raise ExtractError(f"cannot read file: {e.strerror or e}") from None
        self.names = {i.filename for i in self.zip.infolist()}
        self._check_directory()

    @property
    def noun(self) -> str:
        return _NOUNS.get(self.kind, f"{self.kind} workbook")

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_directory(self) -> None:
        infos = self.zip.infolist()
        if len(infos) > MAX_ENTRIES:
            raise ExtractError(f"refused: the {self.kind} file holds {len(infos)} zip entries (limit {MAX_ENTRIES}); "
                               "it looks like a zip bomb")
        # only the XML parts are ever inflated (images and embedded files are not read), so only
        # they can be a bomb for us; a plan with 600 MB of photographs is still a plan
        infos = [i for i in infos if i.filename.lower().endswith((".xml", ".rels"))]
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL_BYTES:
            raise ExtractError(f"refused: the {self.kind} file would inflate to {total // 2**20} MB "
                               f"(limit {MAX_TOTAL_BYTES // 2**20} MB); it looks like a zip bomb")
        for i in infos:
            ratio = i.file_size // max(i.compress_size, 1)
            if i.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
                raise ExtractError(f"refused: zip entry {i.filename!r} compresses {ratio}:1 (limit {MAX_RATIO}:1); "
                                   "it looks like a zip bomb")

    def read(self, name: str, limit: int = MAX_PART_BYTES, truncate: bool = False) -> bytes:
        """A part's bytes, inflated at most `limit` bytes (the directory's sizes are not trusted);
        with truncate, its first `limit` bytes (for a look at its start)."""
        try:
            with self.zip.open(name) as fh:
                data = fh.read(limit + 1)
        except KeyError:
            raise ExtractError(f"corrupt {self.noun}: part {name!r} is missing") from None
        except RuntimeError as e:  # zipfile's "File … is encrypted, password required"
            raise ExtractError(f"password-protected: the zip container of this {self.kind} file is encrypted ({e})") \
                from None
        except zlib.error as e:
            if "insufficient memory" in str(e) or "Error -4 " in str(e):  # Z_MEM_ERROR: the memory limit
                raise MemoryError(f"inflating part {name!r}") from None
            raise ExtractError(f"corrupt {self.noun}: part {name!r} cannot be read", detail=str(e)) from None
        except (zipfile.BadZipFile, EOFError, NotImplementedError, ValueError) as e:
            raise ExtractError(f"corrupt {self.noun}: part {name!r} cannot be read", detail=str(e)) from None
        if truncate:
            return data[:limit]
        if len(data) > limit:
            raise ExtractError(f"refused: part {name!r} inflates beyond {limit // 2**20} MB; it looks like a zip bomb")
        return data

    def xml(self, name: str, rename: tuple[bytes, bytes] | None = None) -> etree._Element:
        """A part parsed as XML, refusing DOCTYPE/ENTITY declarations (XXE, entity expansion).

        rename: (namespace, replacement) to read Strict OOXML with the transitional names."""
        return self.parse(self.checked(name, rename), name, self.noun)

    def checked(self, name: str, rename: tuple[bytes, bytes] | None = None) -> bytes:
        """A part's bytes, refused when they declare a DOCTYPE/ENTITY (parse them with parse())."""
        data = self.read(name)
        if rename and rename[0] in data:
            data = data.replace(*rename)
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            raise ExtractError(f"refused: part {name!r} declares a DOCTYPE/ENTITY (external entities are a "
                               "known attack; Word never writes them)")
        return data

    @staticmethod
    def parse(data: bytes, name: str, noun: str = "Word document") -> etree._Element:
        """XML bytes parsed without entities, DTDs or network access.

        A part whose only fault is a namespace prefix it never declares (Word 2010+ writes
        'w14:paraId' and lists 'w14' in mc:Ignorable; templates edited by other tools lose the
        declaration) is read as Word reads it: the missing prefixes are declared and the part
        parsed again, strictly. Any other fault is still a corrupt document."""
        try:
            root = etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as e:
            if out_of_memory(e):  # libxml2 could not allocate (under --max-memory): not the file's fault
                raise MemoryError(f"parsing part {name!r}") from None
            root = _with_declared_prefixes(data, e)
            if root is None:
                raise ExtractError(f"corrupt {noun}: part {name!r} is not well-formed XML",
                                   detail=str(e)) from None
        if root.getroottree().docinfo.doctype:
            raise ExtractError(f"refused: part {name!r} declares a DOCTYPE")
        return root

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """{rId: (type, target part name)} of a part ('' for the package itself); external targets skipped."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        if rels_name not in self.names:
            return {}
        out = {}
        for rel in self.xml(rels_name):
            if rel.get("TargetMode") == "External":
                continue  # never fetched
            target = rel.get("Target", "")
            name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], name)
        return out

    def main_part(self, kind: str = "word") -> str:
        """The main part of a package of this kind (PACKAGE_KINDS), from the package relationships
        (normally word/document.xml, ppt/presentation.xml), or a clear error that names what the
        package is instead (an Excel workbook named .docx, a Word document named .pptx)."""
        own, name, suffix, odf = PACKAGE_KINDS[kind]
        others = {k: v for k, v in PACKAGE_KINDS.items() if k != kind}
        for rel, part in self.relationships("").values():
            if rel == "officeDocument" and part in self.names and not part.startswith(tuple(f"{k}/" for k in others)):
                return part
        if own in self.names:
            return own
        for other_own, other_name, other_suffix, _ in others.values():
            if other_own in self.names:
                raise ExtractError(f"not a {name}: it is {_article(other_name)} {other_name} named {suffix} "
                                   f"(rename it to {other_suffix})")
        if "content.xml" in self.names and "mimetype" in self.names:
            raise ExtractError(f"not a {name}: it is an OpenDocument file (rename it to {odf})")
        raise ExtractError(f"not a {name}: the zip holds no {own}")

    def has_macros(self) -> bool:
        if any(n.lower().endswith("vbaproject.bin") or n.lower().startswith("word/vba") for n in self.names):
            return True
        if "[Content_Types].xml" in self.names:
            return b"macroEnabled" in self.read("[Content_Types].xml", 4 * 1024 * 1024)
        return False
