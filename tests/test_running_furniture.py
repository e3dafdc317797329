"""A PDF's running headers, footers and page numbers: left out of the text the readers see (they
are no content), but kept aside as leftovers, one per text with the pages it is printed on, so a
user can see them (nothing lost) without a warning on every PDF of several pages."""
from __future__ import annotations

from pathlib import Path

from planx.extract import extract
from planx.extract.model import Paragraph
from planx.extract.pdf import PageResult, furniture_aside, page_ranges, stitch
from planx.normalise import normalise

HEADER = "Northfold Council Improvement Plan 2025"
FOOTER = "Official sensitive draft for consultation"


def _plan_pdf(path: Path, pages: int = 3) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    actions = ["Audit the offer for families", "Publish the local guide", "Train the frontline staff",
               "Review the waiting lists", "Open two family hubs", "Survey the young carers"]
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 9)
        c.drawString(60, height - 30, HEADER)
        c.drawString(60, 40, FOOTER)
        c.drawString(width - 110, 25, f"Page {n} of {pages}")
        c.setFont("Helvetica-Bold", 14)
        c.drawString(60, height - 120, f"Priority {n}: Early help")
        c.setFont("Helvetica", 11)
        for k, action in enumerate(actions[2 * n - 2:2 * n]):
            c.drawString(60, height - 170 - 40 * k, f"• {action} (Lead: Head of Service {n}; by March 2026)")
        c.showPage()
    c.save()
    return path


def test_running_headers_footers_and_page_numbers_are_kept_aside_with_their_pages(tmp_path: Path) -> None:
    raw = extract(_plan_pdf(tmp_path / "plan.pdf"))
    texts = [b.text for b in raw.blocks if isinstance(b, Paragraph)]
    assert HEADER not in texts and not any(t.startswith("Page ") for t in texts)  # no content
    result = normalise(raw)
    kept = {lo.text: lo for lo in result.leftovers if lo.reason.startswith("running header/footer")}
    assert set(kept) == {HEADER, FOOTER, "Page 1 of 3"}  # one row per text, a page number's printings one
    header = kept[HEADER]
    assert header.reason == "running header/footer repeated on 3 pages (pages 1-3)"
    assert (header.page, header.table) == (1, 0) and header.line > 0
    assert "'Page 1 of 3' to 'Page 3 of 3'" in kept["Page 1 of 3"].reason
    # the document's status is not changed by them: no warning names them
    assert not any(HEADER in w or "running header" in w for w in result.warnings)
    assert len(result.actions) == 6


def test_a_single_page_pdf_keeps_its_margins_as_text(tmp_path: Path) -> None:
    """One page repeats nothing: its top line is text, not furniture; its page number is one all the
    same, kept aside as such."""
    raw = extract(_plan_pdf(tmp_path / "one.pdf", pages=1))
    assert [(text, reason) for text, reason, _, _ in raw.aside] == [
        ("Page 1 of 1", "running header/footer: a page number (page 1)")]
    assert HEADER in [b.text for b in raw.blocks if isinstance(b, Paragraph)]


def test_the_stitcher_reports_what_it_leaves_out_with_page_and_place() -> None:
    pages = [PageResult(n, height=842.0, paragraphs=[(20.0, "Annual plan", False, 10.0, False, "", 72.0),
                                                     (400.0, f"Body text {n}", False, 10.0, False, "", 72.0),
                                                     (830.0, str(n), False, 10.0, False, "", 300.0)])
             for n in (1, 2, 4)]
    dropped: list[tuple[int, float, str, bool]] = []
    blocks = stitch(pages, dropped=dropped)
    assert [b[2] for b in blocks if isinstance(b, tuple)] == ["Body text 1", "Body text 2", "Body text 4"]
    assert (1, 20.0, "Annual plan", True) in dropped and (4, 830.0, "4", True) in dropped
    aside = furniture_aside([(p, top, text) for p, top, text, furniture in dropped if furniture])
    assert ("Annual plan", "running header/footer repeated on 3 pages (pages 1-2, 4)", 1, 20) in aside
    number = next(a for a in aside if a[0] == "1")
    assert number[1].endswith("printed with each page's numbers, '1' to '4'") and number[2:] == (1, 830)


def test_page_ranges() -> None:
    assert page_ranges([1, 2, 3, 5, 7, 8, 9]) == "1-3, 5, 7-9"
    assert page_ranges([4]) == "4"
