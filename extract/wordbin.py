"""A Word 97–2003 binary (.doc) read directly, for the tables LibreOffice loses.

LibreOffice's .doc importer drops some tables altogether: every cell of them comes out run together
in one paragraph ('Quality issueWhat we are doingExec sponsor…'). It does so even with tables it
wrote itself (a Word file's three-column table saved as .doc by LibreOffice and opened again), and
whether the row's properties sit in the paragraph-property page or, too long for it, in the Data
stream behind sprmPHugePapx. The file itself still marks every cell (U+0007 ends a cell and a row)
and its paragraph properties still say which paragraphs lie in a table and which end a row, so the
table can be rebuilt from them: `word_layout` gives the document's paragraphs and tables in order
(extract/legacy.py).

Only what the layout needs is read ([MS-CFB] compound file; [MS-DOC] FIB, piece table, PAPX FKPs,
sprmPFInTable / sprmPFTtp / sprmPHugePapx / sprmTDefTable for cell spans and vertical merges).
Anything unexpected returns None (the LibreOffice reading stands).
"""
from __future__ import annotations

import bisect
import struct

# a table cell: text, grid column, columns spanned, merged from above, fill ('#rrggbb' or None)
GridCell = tuple[str, int, int, bool, str | None]
Item = tuple[str, "str | list[list[GridCell]]"]  # ("p", a paragraph's text) or ("t", a table's rows)
_IN_TABLE, _TTP, _HUGE, _DEF_TABLE = 0x2416, 0x2417, 0x6646, 0xD608
# sprmTDefTableShd, …Shd2nd, …Shd3rd: the shading of a row's cells 1–22, 23–44, 45–63
_SHADING = (0xD612, 0xD616, 0xD60C)


def compound_streams(data: bytes) -> dict[str, bytes]:
    """The top-level streams of a compound file ([MS-CFB]) by name, {} when the bytes are not one or it is
    malformed. olefile (well kept, used by oletools to read hostile Office files) walks the sector chains
    with their loops and bounds checked, which a reader by hand has to get right for every corrupt file."""
    import olefile
    if not olefile.isOleFile(data=data):
        return {}
    try:
        with olefile.OleFileIO(data) as ole:
            return {path[0]: ole.openstream(path).read() for path in ole.listdir(streams=True, storages=False)
                    if len(path) == 1}
    except (OSError, ValueError, struct.error, IndexError):  # olefile raises these on a malformed file
        return {}


def _sprms(grpprl: bytes) -> dict[int, bytes]:
    """A property list's sprms and their operands (the last of a repeated one)."""
    out: dict[int, bytes] = {}
    i = 0
    while i + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, i)[0]
        i += 2
        spra = sprm >> 13
        if spra == 6:
            if sprm in (0xD608, 0xD606):  # sprmTDefTable, sprmTDefTableShd80: a 2-byte length
                if i + 2 > len(grpprl):
                    break
                size = struct.unpack_from("<H", grpprl, i)[0] + 1
            else:
                if i >= len(grpprl):
                    break
                size = grpprl[i] + 1
        else:
            size = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}[spra]
        out[sprm] = grpprl[i:i + size]
        i += size
    return out


def _cells(def_table: bytes) -> list[tuple[int, int, bool, bool]]:
    """sprmTDefTable's cells: (left, right edge in twips, vertically merged, merge restarts here)."""
    body = def_table[2:]
    if not body:
        return []
    n = body[0]
    if len(body) < 1 + 2 * (n + 1):
        return []
    edges = struct.unpack_from(f"<{n + 1}h", body, 1)
    tcs = body[1 + 2 * (n + 1):]
    out = []
    for k in range(n):
        flags = struct.unpack_from("<H", tcs, 20 * k)[0] if len(tcs) >= 20 * k + 2 else 0
        out.append((edges[k], edges[k + 1], bool(flags & 0x20), bool(flags & 0x40)))
    return out


def _colour(cv: bytes) -> str | None:
    """A COLORREF as '#rrggbb'; None when automatic (fAuto)."""
    return None if len(cv) < 4 or cv[3] == 0xFF else f"#{cv[0]:02x}{cv[1]:02x}{cv[2]:02x}"


def _fills(sprms: dict[int, bytes]) -> list[str | None]:
    """The fill of each cell of a row from its shading sprms (SHD: foreground, background, pattern;
    a solid pattern shows the foreground)."""
    out: list[str | None] = []
    for sprm in _SHADING:
        body = sprms.get(sprm, b"")[1:]
        for k in range(len(body) // 10):
            shd = body[10 * k:10 * k + 10]
            ipat = struct.unpack_from("<H", shd, 8)[0]
            out.append(_colour(shd[0:4]) if ipat == 1 else _colour(shd[4:8]) if ipat == 0 else None)
        if len(body) < 220:  # 22 cells: the next sprm holds the cells after them
            break
    return out


def _text_and_fcs(word: bytes, table: bytes, fib: tuple[int, int, int]) -> list[tuple[str, int]]:
    """The main text, character by character, each with its file offset (the piece table's mapping)."""
    fc_clx, lcb_clx, ccp_text = fib
    clx = table[fc_clx:fc_clx + lcb_clx]
    i = 0
    while i < len(clx) and clx[i] == 1:  # Prc: skip
        i += 3 + struct.unpack_from("<h", clx, i + 1)[0]
    if i >= len(clx) or clx[i] != 2:
        return []
    lcb = struct.unpack_from("<I", clx, i + 1)[0]
    plc = clx[i + 5:i + 5 + lcb]
    n = (lcb - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    chars: list[tuple[str, int]] = []
    for k in range(n):
        fc_raw = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * k + 2)[0]
        compressed = bool(fc_raw & 0x40000000)
        fc = (fc_raw & 0x3FFFFFFF) // 2 if compressed else fc_raw
        for j in range(cps[k + 1] - cps[k]):
            if cps[k] + j >= ccp_text:
                return chars
            if compressed:
                at = fc + j
                chars.append((bytes([word[at]]).decode("cp1252", "replace"), at))
            else:
                at = fc + 2 * j
                chars.append((word[at:at + 2].decode("utf-16-le", "replace"), at))
    return chars


def _paragraph_props(word: bytes, table: bytes, data: bytes, fc_plcf: int,
                     lcb_plcf: int) -> list[tuple[int, dict[int, bytes]]]:
    """(end offset, sprms) of every paragraph in the PAPX FKPs, huge PAPX resolved from the Data stream."""
    n = (lcb_plcf - 4) // 8
    pns = struct.unpack_from(f"<{n}I", table, fc_plcf + 4 * (n + 1))
    out = []
    for pn in pns:
        page = word[pn * 512:(pn + 1) * 512]
        if len(page) < 512:
            continue
        crun = page[511]
        rgfc = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for k in range(crun):
            b = page[4 * (crun + 1) + 13 * k]
            sprms: dict[int, bytes] = {}
            if b:
                p = 2 * b
                cb = page[p]
                if cb == 0:
                    cb, p = page[p + 1], p + 1
                    size = 2 * cb
                else:
                    size = 2 * cb - 1
                sprms = _sprms(page[p + 3:p + 1 + size])  # after the style index
                if _HUGE in sprms and data:
                    at = struct.unpack("<I", sprms[_HUGE][:4])[0]
                    if at + 2 <= len(data):
                        cb_huge = struct.unpack_from("<H", data, at)[0]
                        sprms.update(_sprms(data[at + 2:at + 2 + cb_huge]))
            out.append((rgfc[k + 1], sprms))
    return out


def word_layout(data: bytes) -> list[Item] | None:
    """The document's paragraphs and tables, in order, when its text holds table rows; else None."""
    try:
        return _layout(data)
    except (struct.error, IndexError, KeyError, ValueError):
        return None


def _visible(chars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The text as printed: a field's code (between U+0013 and U+0014) dropped, its result kept."""
    out, depth_code = [], []
    for ch, fc in chars:
        if ch == "\x13":
            depth_code.append(True)
        elif ch == "\x14":
            if depth_code:
                depth_code[-1] = False
        elif ch == "\x15":
            if depth_code:
                depth_code.pop()
        elif not any(depth_code):
            out.append((ch, fc))
    return out


def _layout(data: bytes) -> list[Item] | None:
    streams = compound_streams(data)
    word = streams.get("WordDocument", b"")
    if len(word) < 0x200:
        return None
    flags = struct.unpack_from("<H", word, 0xA)[0]
    if flags & 0x0100:  # fEncrypted
        return None
    table = streams.get("1Table" if flags & 0x0200 else "0Table", b"")
    csw = struct.unpack_from("<H", word, 32)[0]
    at = 34 + 2 * csw
    cslw = struct.unpack_from("<H", word, at)[0]
    ccp_text = struct.unpack_from("<i", word, at + 2 + 12)[0]
    rg = at + 2 + 4 * cslw + 2
    fc_plcf, lcb_plcf = struct.unpack_from("<II", word, rg + 8 * 13)
    fc_clx, lcb_clx = struct.unpack_from("<II", word, rg + 8 * 33)
    chars = _visible(_text_and_fcs(word, table, (fc_clx, lcb_clx, ccp_text)))
    if not any(c == "\x07" for c, _ in chars):
        return None
    props = sorted(_paragraph_props(word, table, streams.get("Data", b""), fc_plcf, lcb_plcf),
                   key=lambda p: p[0])
    ends = [fc for fc, _ in props]

    def props_at(fc: int) -> dict[int, bytes]:
        k = bisect.bisect_right(ends, fc)
        return props[k][1] if k < len(props) else {}

    out: list[Item] = []
    rows: list[tuple[list[str], list[tuple[int, int, bool, bool]], list[str | None]]] = []
    row: list[str] = []
    cell: list[str] = []
    para: list[str] = []

    def flush_table() -> None:
        if not rows:
            return
        edges = sorted({e for _, cells, _ in rows for c in cells for e in c[:2]})
        grid: list[list[GridCell]] = []
        for texts, cells, fills in rows:
            cols: list[GridCell] = []
            col = 0
            for k, text in enumerate(texts):
                span = 1
                if k < len(cells) and edges:
                    left, right = cells[k][0], cells[k][1]
                    col = max(col, sum(1 for e in edges if e <= left) - 1)
                    span = max(1, sum(1 for e in edges if left < e <= right))
                merged_above = k < len(cells) and cells[k][2] and not cells[k][3]
                cols.append((text, col, span, bool(merged_above and not text.strip()),
                             fills[k] if k < len(fills) else None))
                col += span
            grid.append(cols)
        out.append(("t", grid))
        rows.clear()

    for ch, fc in chars:
        if ch not in "\r\x07":
            if ch == "\t" or ch >= " ":
                para.append(ch)
            elif ch in "\x0b\x0c\x1e":
                para.append(" " if ch != "\x1e" else "-")
            continue
        sprms = props_at(fc)
        text = "".join(para)
        para = []
        if ch == "\x07" and sprms.get(_TTP, b"\x00")[:1] == b"\x01":
            rows.append((row, _cells(sprms.get(_DEF_TABLE, b"")), _fills(sprms)))
            row = []
            continue
        if ch == "\x07":
            cell.append(text)
            row.append("\n".join(cell))
            cell = []
            continue
        if sprms.get(_IN_TABLE, b"\x00")[:1] == b"\x01":
            cell.append(text)
            continue
        flush_table()
        out.append(("p", text))
    flush_table()
    return out if any(kind == "t" for kind, _ in out) else None


__all__ = ["compound_streams", "word_layout"]
