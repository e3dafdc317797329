"""Legacy word-processor files (.doc, .odt, .rtf) → .docx with LibreOffice headless → parse_docx.

The original is never touched: it is copied into a private temporary folder under a
plain name and converted there, with a LibreOffice profile of planx's own (one per process,
so a running LibreOffice, or another worker, does not interfere) and a timeout after which the
whole process group is killed. Both live in the run's scratch folder (extract/scratch.py), so
they go even when a worker is killed.

Nothing is fetched: a document can link images, sections and OLE objects by URL, and
LibreOffice loads linked images while converting (an OPTIONS and a GET to the URL: a
server-side request on behalf of whoever wrote the document). soffice runs in a network
namespace of its own, with no interface but a loopback that is down (`unshare -n`, or
`unshare -rn` as a user with user namespaces), where the system allows it (isolation()). In any case its
profile tells it to fetch nothing: no remote content for documents from untrusted places
(BlockUntrustedRefererLinks: every place, as the profile trusts none), links and fields never
updated, no macros, and an HTTP(S)/FTP proxy that does not exist.
"""
from __future__ import annotations

import functools
import os
import shutil
import signal
import subprocess
from pathlib import Path
from typing import NamedTuple

from planx.extract.docx import ENCRYPTED, parse_docx
from planx.extract.model import UNKNOWN_PAGE, Cell, ExtractError, Paragraph, RawDocument, Row, Table
from planx.extract.ooxml import OLE_MAGIC, ole_kind
from planx.extract.scratch import persistent_dir, scratch_dir

DEFAULT_TIMEOUT = 300.0  # seconds by the clock (a loaded machine is slow); PLANX_SOFFICE_TIMEOUT overrides it
INSTALL_HINT = ("LibreOffice is needed to read .doc/.odt/.rtf files and was not found: install it with "
                "`make setup-office` (or `make system-deps`, or `sudo apt-get install libreoffice-writer-nogui`; "
                "on macOS `brew install --cask libreoffice`), or save the file as .docx in Word")
_CANDIDATES = ("soffice", "libreoffice")
_PLACES = ("/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
           "/Applications/LibreOffice.app/Contents/MacOS/soffice",
           "C:/Program Files/LibreOffice/program/soffice.exe")


def find_soffice() -> str | None:
    """The LibreOffice binary: $PLANX_SOFFICE, then PATH, then the usual install places."""
    named = os.environ.get("PLANX_SOFFICE")
    if named:
        return named if Path(named).is_file() else None
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in _PLACES if Path(p).is_file()), None)


# The profile's settings (registrymodifications.xcu), read by LibreOffice when it starts.
# Keys and values from its schema (officecfg/registry/schema: Common.xcs, Writer.xcs, Calc.xcs,
# Inet.xcs): Writer's Update/Link 0 = never (1 manual, 2 always), Calc's 1 = never (0 always,
# 2 on request); proxy type 1 = manual, to a port nothing serves.
_SETTINGS = {
    "/org.openoffice.Office.Common/Security/Scripting": {
        "BlockUntrustedRefererLinks": ("boolean", "true"), "MacroSecurityLevel": ("int", "3"),
        "DisableMacrosExecution": ("boolean", "true"), "DisableActiveContent": ("boolean", "true")},
    "/org.openoffice.Office.Writer/Content/Update": {
        "Link": ("int", "0"), "Field": ("boolean", "false"), "Chart": ("boolean", "false")},
    "/org.openoffice.Office.Calc/Content/Update": {"Link": ("int", "1")},
    "/org.openoffice.Inet/Settings": {
        "ooInetProxyType": ("int", "1"), "ooInetNoProxy": ("string", ""),
        "ooInetHTTPProxyName": ("string", "127.0.0.1"), "ooInetHTTPProxyPort": ("int", "9"),
        "ooInetHTTPSProxyName": ("string", "127.0.0.1"), "ooInetHTTPSProxyPort": ("int", "9"),
        "ooInetFTPProxyName": ("string", "127.0.0.1"), "ooInetFTPProxyPort": ("int", "9")},
}


def registry_xml() -> str:
    """registrymodifications.xcu holding _SETTINGS."""
    items = "".join(
        f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse">'
        f'<value xsi:type="xs:{kind}">{value}</value></prop></item>\n'
        for path, props in _SETTINGS.items() for name, (kind, value) in props.items())
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            + items + "</oor:items>\n")


def profile_dir() -> Path:
    """This process's LibreOffice profile, made once (a fresh one costs seconds per file) in the
    run's scratch folder, with planx's settings; never the user's own profile. A forked worker
    gets its own (two soffice cannot share a profile)."""
    profile = persistent_dir("office-profile") / "profile"
    settings = profile / "user" / "registrymodifications.xcu"
    if not settings.is_file():
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(registry_xml(), encoding="utf-8")
    return profile


class Isolation(NamedTuple):
    prefix: tuple[str, ...]  # the command soffice runs under
    network: bool  # True: in a network namespace of its own, with no way out


@functools.cache
def isolation() -> Isolation:
    """How soffice is run, the best this system allows (each way tried once, on `true`):
    - `unshare -n`: a network namespace of its own (needs root, CAP_SYS_ADMIN), or `unshare -rn`
      (a user namespace first: unprivileged, where the kernel allows it);
    - with `-p -f --kill-child`: in a pid namespace, so that when the command ends or is killed,
      every process LibreOffice started ends with it;
    - under `setpriv --pdeathsig KILL`: killed when the worker that started it dies (kill -9 of a
      batch), instead of converting on, orphaned.
    Without unshare, the profile's settings alone keep LibreOffice from fetching."""
    unshare, setpriv = shutil.which("unshare"), shutil.which("setpriv")
    tie: tuple[str, ...] = (setpriv, "--pdeathsig", "KILL", "--") if setpriv else ()
    own = [("-n", "-p", "-f", "--kill-child"), ("-n",)]
    spaces = own + [("-r", *o) for o in own]
    if os.geteuid() != 0:  # a user cannot make a network namespace but in a user namespace of its own
        spaces = spaces[2:] + spaces[:2]
    for ns in spaces if unshare else []:
        assert unshare is not None
        for prefix in ((*tie, unshare, *ns, "--"), (unshare, *ns, "--")):
            if _runs(prefix):
                return Isolation(prefix, True)
    return Isolation(tie, False) if tie and _runs(tie) else Isolation((), False)


def _runs(prefix: tuple[str, ...]) -> bool:
    try:
        done = subprocess.run([*prefix, "true"], stdin=subprocess.DEVNULL, capture_output=True, timeout=10,
                              check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def timeout_seconds() -> float:
    try:
        return float(os.environ.get("PLANX_SOFFICE_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


WORD_TARGET, EXCEL_TARGET = "docx:MS Word 2007 XML", "xlsx:Calc MS Excel 2007 XML"
SLIDES_TARGET = "pptx:Impress MS PowerPoint 2007 XML"


def convert_to_docx(path: Path, workdir: Path, soffice: str, timeout: float | None = None,
                    to: str = WORD_TARGET) -> Path:
    """Convert a copy of `path` inside `workdir`; the file written (.docx, or what `to` names), or ExtractError."""
    timeout = timeout or timeout_seconds()
    src_dir, out_dir = workdir / "in", workdir / "out"
    src_dir.mkdir()
    out_dir.mkdir()
    source = src_dir / ("document" + path.suffix.lower())  # a plain name: no shell or option surprises
    shutil.copyfile(path, source)
    profile = profile_dir().as_uri()
    cmd = [*isolation().prefix, soffice, "--headless", "--norestore", "--nolockcheck", "--nodefault",
           "--nofirststartwizard", f"-env:UserInstallation={profile}", "--convert-to", to,
           "--outdir", str(out_dir), str(source)]
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                cwd=workdir, start_new_session=True, env=_office_environment(workdir))
    except OSError as e:
        raise ExtractError(f"cannot start LibreOffice ({soffice}): {e.strerror or e}. {INSTALL_HINT}") from None
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        raise ExtractError(f"LibreOffice took longer than {timeout:g} s to convert this file; "
                           "set PLANX_SOFFICE_TIMEOUT to allow more") from None
    result = out_dir / ("document." + to.split(":")[0])
    if proc.returncode != 0 or not result.is_file():
        detail = err.decode("utf-8", "replace").strip().splitlines()[-1:] if err else []
        raise ExtractError("LibreOffice could not convert this file (corrupt, password-protected or not a "
                           f"{path.suffix.lower()} document)" + (f": {detail[0]}" if detail else ""))
    return result


def _office_environment(workdir: Path) -> dict[str, str]:
    """LibreOffice's environment: the caller's, with its temporary files (lu*.tmp, which it
    leaves behind) in the conversion's own folder rather than the system's."""
    tmp = workdir / "tmp"
    tmp.mkdir(exist_ok=True)
    return {**os.environ, "TMPDIR": str(tmp), "TMP": str(tmp), "TEMP": str(tmp)}


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    """Stop LibreOffice and the helper processes it started (its own process group)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()
    proc.communicate()


def parse_legacy_sheet(path: Path) -> RawDocument:
    """Legacy spreadsheets (.ods, .xls) → .xlsx with LibreOffice → parse_xlsx, as Word files go to .docx."""
    from planx.extract.xlsx import ENCRYPTED as XLSX_ENCRYPTED
    from planx.extract.xlsx import parse_xlsx
    with open(path, "rb") as fh:
        head = fh.read(64 * 1024 * 1024)
    if head.startswith(OLE_MAGIC) and ole_kind(head) == "encrypted":
        raise ExtractError(XLSX_ENCRYPTED)
    if path.suffix.lower() == ".xls" and not head.startswith(OLE_MAGIC):
        exported = _exported_as_text(path, head)  # web systems' "Excel" exports are HTML or text
        if exported is not None:
            return exported
    soffice = find_soffice()
    if soffice is None:
        raise ExtractError(INSTALL_HINT.replace(".doc/.odt/.rtf", ".ods/.xls"))
    with scratch_dir("office") as tmp:
        doc = parse_xlsx(convert_to_docx(path, tmp, soffice, to=EXCEL_TARGET))
    doc.path, doc.name, doc.format = str(path), path.name, path.suffix.lower().lstrip(".")
    return doc


IMPRESS_HINT = ("LibreOffice Impress is needed to read .ppt/.odp files and was not found beside LibreOffice: "
                "install it with `make system-deps` (or `sudo apt-get install libreoffice-impress-nogui`), or save "
                "the deck as .pptx in PowerPoint")


def impress_installed(soffice: str) -> bool:
    """Does this LibreOffice have Impress (its import filters' library beside the program)? Debian splits
    it into a package of its own; without it a deck does not load at all."""
    program = Path(soffice).resolve().parent
    return not program.is_dir() or any(program.glob("libsdfiltlo.*")) or any(program.glob("sdfilt*"))


def parse_legacy_slides(path: Path) -> RawDocument:
    """Legacy and OpenDocument decks (.ppt, .odp) → .pptx with LibreOffice → parse_pptx, as Word files go
    to .docx: one reader of slides, whatever program saved them."""
    from planx.extract.pptx import ENCRYPTED as PPTX_ENCRYPTED
    from planx.extract.pptx import parse_pptx
    _, soffice = _head_and_soffice(path, PPTX_ENCRYPTED, INSTALL_HINT.replace(".doc/.odt/.rtf", ".ppt/.odp"))
    with scratch_dir("office") as tmp:
        try:
            pptx = convert_to_docx(path, tmp, soffice, to=SLIDES_TARGET)
        except ExtractError as e:
            if not impress_installed(soffice):  # soffice without Impress loads no deck: say so, not 'corrupt'
                raise ExtractError(IMPRESS_HINT) from None
            raise e
        doc = parse_pptx(pptx)
    doc.path, doc.name, doc.format = str(path), path.name, path.suffix.lower().lstrip(".")
    return doc


def _exported_as_text(path: Path, head: bytes) -> RawDocument | None:
    """An '.xls' that is an HTML table or delimited text (what many web systems export as Excel),
    read as such; None when it is neither."""
    from planx.extract.ooxml import describe_non_zip
    sample = head[:4096].lstrip().lower()
    # (an XML Spreadsheet 2003 file, <?xml … <Workbook>, is LibreOffice's to read)
    html = sample.startswith((b"<html", b"<!doctype html", b"<table")) or b"<html" in sample
    if html and b"<table" in head.lower():
        from planx.extract.html import parse_html
        doc = parse_html(path)
    elif describe_non_zip(head) == "a plain text file" or head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        from planx.extract.csvfile import parse_csv
        doc = parse_csv(path)
    else:
        return None
    doc.format = "xls"
    return doc


def _head_and_soffice(path: Path, encrypted: str, install_hint: str) -> tuple[bytes, str]:
    """The file's head (its OLE streams, for a binary file) and LibreOffice's program, or a clear error:
    a password-protected binary file, or no LibreOffice on this machine."""
    with open(path, "rb") as fh:
        head = fh.read(64 * 1024 * 1024)
    if head.startswith(OLE_MAGIC) and ole_kind(head) == "encrypted":
        raise ExtractError(encrypted)
    soffice = find_soffice()
    if soffice is None:
        raise ExtractError(install_hint)
    return head, soffice


def parse_legacy(path: Path) -> RawDocument:
    head, soffice = _head_and_soffice(path, ENCRYPTED, INSTALL_HINT)
    with scratch_dir("office") as tmp:
        docx = convert_to_docx(path, tmp, soffice)
        doc = parse_docx(docx)
    if head.startswith(OLE_MAGIC):
        _restore_tables(doc, head)
    doc.path, doc.name, doc.format = str(path), path.name, path.suffix.lower().lstrip(".")
    return doc


def _restore_tables(doc: RawDocument, data: bytes) -> None:
    """The tables LibreOffice dropped from a Word binary (extract/wordbin.py), read from the file's
    own cell marks when the file holds more tables than LibreOffice gave; the paragraphs LibreOffice
    read keep what it saw of them (heading, bold, size), the run-together text of a table goes."""
    from planx.extract.wordbin import word_layout
    layout = word_layout(data)
    if layout is None or sum(kind == "t" for kind, _ in layout) <= sum(isinstance(b, Table) for b in doc.blocks):
        return
    seen: dict[str, Paragraph] = {}
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            seen.setdefault(" ".join(block.text.split()), block)
    blocks: list[Paragraph | Table] = []
    tables = 0
    for _kind, body in layout:
        if isinstance(body, str):
            text = body
            if not text.strip():
                continue
            known = seen.get(" ".join(text.split()))
            blocks.append(known if known is not None else Paragraph(text=text, page=UNKNOWN_PAGE, line=len(blocks)))
            continue
        tables += 1
        rows = [Row(cells=[Cell(text=t, col=c, colspan=s, merged_above=m, fill=f) for t, c, s, m, f in cells],
                    page=UNKNOWN_PAGE, line=i) for i, cells in enumerate(body)]
        blocks.append(Table(rows=rows, page=UNKNOWN_PAGE, index=tables))
    doc.blocks = list(blocks)
    doc.warnings.append(f"{tables} table(s) read from the Word file's own cell marks: LibreOffice ran their "
                        "cells together")


__all__ = ["parse_legacy", "parse_legacy_sheet", "parse_legacy_slides", "find_soffice", "convert_to_docx", "isolation",
           "profile_dir", "INSTALL_HINT"]
