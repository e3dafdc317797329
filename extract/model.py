"""The raw object model every parser hands to normalise/: document → blocks → rows → cells.

A parser knows nothing about plans: it reports what the file shows (tables, cells with
their grid position and spans, paragraphs between tables) with provenance, and
normalise/ decides what it means.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# a Word file's pages are Word's layout, not in the file: its rows name their table (Table.index)
UNKNOWN_PAGE = 0


@dataclass(slots=True)
class Cell:
    text: str
    col: int  # grid column where the cell starts (0-based)
    colspan: int = 1
    rowspan: int = 1
    fill: str | None = None  # background colour as '#rrggbb', when the cell has one
    merged_above: bool = False  # continuation of a vertically merged cell (text is empty)
    bold: bool = False  # all of the cell's text is bold (a theme row, a label), where the format says so
    # how far right of its column's leftmost text the cell's text starts (points; PDF tables): an outline's
    # level where a scheduling tool indents its tasks under their summary task. 0 where unknown
    indent: float = 0.0


@dataclass(slots=True)
class Row:
    cells: list[Cell]
    page: int  # page (PDF; text: counted by form feeds), or UNKNOWN_PAGE (Word lays its pages out itself)
    line: int  # provenance inside the file: line number (text) or row index (tables)
    repeated_header: bool = False  # the source marks it as a header repeated on each page

    def texts(self) -> list[str]:
        return [c.text for c in self.cells]

    def width(self) -> int:
        return max((c.col + c.colspan for c in self.cells), default=0)


@dataclass(slots=True)
class Table:
    rows: list[Row]
    page: int
    index: int  # table number in the document, 1-based
    lookup: bool = False  # a workbook takes its dropdown lists (or named data) from these cells
    confidence: float | None = None  # how far its structure is trusted, 0..1 (PDF tables); None: as the file says
    picture: str = ""  # read by OCR from this picture the document shows (extract/pictures.py); '' for its own text
    # read from an object embedded in the document: its part and sheet ('word/embeddings/x.xlsx, sheet
    # 'Sheet1''), its rows numbered as the object's own (extract/docxembed.py); '' for the document's own
    source: str = ""


@dataclass(slots=True)
class Link:
    """A link or image a paragraph prints: the text a reader sees (an image's alt text) and where it
    points, which the paragraph's text leaves out."""
    text: str
    target: str
    image: bool = False
    # its text is set as code ('[`data-together`](…/labels/data-together)'), as GitHub writes an
    # issue label's name: a run of them closing an item tags it, they are not its words
    code: bool = False


@dataclass
class Paragraph:
    text: str
    page: int
    line: int
    heading: bool = False  # styled as a heading by the source
    size: float = 0.0  # font size in points, where the source says (PDF, Word, Excel); 0 when unknown
    bold: bool = False  # all of its text is bold, where the source says
    # its opening words when they alone are bold ('Lead officer' in '**Lead officer** J Smith': a
    # run-in label), where the source says
    lead_bold: str = ""
    # how deep a list item is nested (0 = the list's own level; 1 = an item under an item), where
    # the source says: Word's list level, a Markdown or text item's indent. 0 when unknown (PDF).
    level: int = 0
    # a heading's rank, where the source says ('#' or <h1> → 1 … '######' or <h6> → 6): a heading
    # of a lower rank sits inside the last one of a higher rank. 0 when unknown or no heading.
    rank: int = 0
    # the links and images it prints, in order (Markdown, HTML): their targets are not in its text
    links: list[Link] = field(default_factory=list)
    # the runs of its text set in emphasis (bold or italics), as the reader sees them, where the source
    # says (Markdown: '… zenhub **completed**' → ['completed']): a mark set apart from the words around it
    emphasised: list[str] = field(default_factory=list)
    # set apart as a quotation or call-out by the source (Markdown '> …'), where the source says: the
    # writer's own statement set off from the prose around it ('> We will create …'), or a quoted voice
    quoted: bool = False
    # the drawn box it is printed in (a Word text box or shape, a PDF's framed rectangle), numbered 1, 2, …
    # through the document; 0 in the body text or when the source does not say: a box holds one unit of
    # its own (an action's card), which its lines alone do not show (normalise/boxrecords.py)
    box: int = 0


Block = Table | Paragraph


@dataclass
class Picture:
    """A picture the document shows that is big enough to hold a table (a plan table pasted as a
    screenshot): read by OCR only when the document's own text holds no plan (extract/pictures.py)."""
    name: str  # where it is: the package part ('word/media/image1.png') or 'picture 1 on page 2'
    page: int  # page it is on (UNKNOWN_PAGE in a Word file when Word's layout is not known)
    at: int  # index into RawDocument.blocks: its tables go before this block
    width: float  # printed size in inches
    height: float
    data: bytes = b""  # the image file's bytes (Word, OpenDocument); empty: cut from the PDF page
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # on a PDF page: x0, top, x1, bottom in points
    dpi: float = 0.0  # on a PDF page: the picture's own resolution (its pixels over its printed size)


@dataclass(slots=True)
class AnchoredNote:
    """A note attached to the document's text, not printed in it: a PDF's sticky note (its icon in
    the margin beside a line) or a Word comment (on a range of text)."""
    page: int  # the page it is on (UNKNOWN_PAGE in a Word file)
    anchor: str  # the text it is attached to: the line beside its icon, the range it comments on
    text: str  # what the note says


@dataclass
class RawDocument:
    path: str
    name: str
    format: str
    blocks: list[Block] = field(default_factory=list)
    pages: int = 1
    warnings: list[str] = field(default_factory=list)
    chars: int = 0  # characters of text the parser read, for the text-accounted figure
    # page → (width, height) in points as printed (PDF); empty when the format lays out no pages
    page_sizes: dict[int, tuple[float, float]] = field(default_factory=dict)
    # text the parser read but set apart from the blocks, as (text, reason, page, line): a PDF's running
    # headers and footers, which no reader should take for content but a user should see (leftovers)
    aside: list[tuple[str, str, int, int]] = field(default_factory=list)
    # page → the sheet's name, for a workbook (its pages are its sheets); empty for other formats
    sheet_names: dict[int, str] = field(default_factory=dict)
    # (page, text) of each run of text the source strikes through (a done item in an action log), where
    # the parser can tell (PDF: a rule across the letters' middle, extract/pdfstrike.py)
    struck: list[tuple[int, str]] = field(default_factory=list)
    # the title the file's own metadata gives it (a Markdown page's front matter 'title: …'): the name its
    # author set for the page, which a site prints atop it; empty where the file declares none
    declared_title: str = ""
    # readings a reader of the text weighed and declined, each with why ('6 paragraphs say what the
    # writer recommends …'): a refusal's reason, which the document's row shows when no plan is read
    declined: list[str] = field(default_factory=list)
    # a date cell whose number format prints less than the date it holds ('28-Feb' for 2017-02-28,
    # 'Mar' for March 2025): printed text → the date at the precision printed, its year from the
    # cell's value (ISO: '2017-02-28', '2025-03'); a printed text two cells give different years for
    # is left out (workbooks; empty for other formats)
    cell_dates: dict[str, str] = field(default_factory=dict)
    # the file's own format where its content is read as another's (an e-mail whose body is read as
    # text or HTML: 'eml'); documents.format. Empty: `format` is the file's
    container: str = ""
    # the pictures it shows big enough to hold a table, read by OCR only when its text holds no plan
    pictures: list[Picture] = field(default_factory=list)
    # notes a reviewer attached to the text rather than printed in it (a PDF's sticky notes, a Word
    # file's comments), each with the text it is anchored on (normalise/anchorednotes.py)
    notes: list[AnchoredNote] = field(default_factory=list)

    def decline(self, why: str) -> None:
        """Record a reading weighed and refused (once), for the document's row should no plan be read."""
        if why not in self.declined:
            self.declined.append(why)


class ExtractError(Exception):
    """An input that cannot be read as a plan; the message is shown to the user as is, and
    `detail` (how it came about: a library's own words) with `planx convert -v`."""

    def __init__(self, message: str, detail: str = ""):
        super().__init__(message)
        self.detail = detail
