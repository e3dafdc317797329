"""Parts of one list item or cell parted at their own separators (blind-failure cause 3, proposal P3).

A slide deck's bullets print 'Introduce demand-responsive bus services | Lead: Head of Finance | Target:
January 2027'; a SMART table's 'Achievable' cell prints 'Lead: Economic Development Manager' over
'Resources: existing budget'. A label that no field takes ('Resources:', 'Budget:', 'Funding:') still ends
the part before it: its own part is kept aside, never run into the lead. 'Target:' before a date or a
timescale is the due; before a figure it is a label of its own. The variants here (other labels, other
separators, HTML and Markdown where the blind set had docx/odt/md) are written for these tests."""
from __future__ import annotations

import pytest
from conftest import convert_text

from planx.normalise.cellparts import read_cell_parts, read_field_cell
from planx.normalise.lists import read_labels


@pytest.mark.parametrize("text, lead, due", [
    ("Introduce demand-responsive bus services | Lead: Head of Finance | Target: January 2027",
     "Head of Finance", "January 2027"),
    ("Consult on a low traffic neighbourhood | Lead: Waste Contracts Manager | Target: TBC",
     "Waste Contracts Manager", "TBC"),
    # other separators and labels: a semicolon, a label no field takes between the lead and the date
    ("Refresh the tenancy strategy; Owner: Housing Manager; Budget: £20k; Deadline: March 2027",
     "Housing Manager", "March 2027"),
])
def test_a_label_after_the_lead_ends_it(text, lead, due):
    head, values, labels = read_labels(text)
    assert values.get("lead") == lead and values.get("due") == due
    assert head == text.split(" |")[0].split(";")[0]
    assert "Budget" not in labels  # a label no field takes names no output column


def test_target_before_a_figure_is_no_due_but_still_ends_the_lead():
    _, values, _ = read_labels("Answer calls faster | Lead: Head of Customer Services | Target: 95% in 20 seconds")
    assert values == {"lead": "Head of Customer Services"}


def test_an_unknown_label_before_any_field_label_stays_the_items_text():
    head, values, _ = read_labels("Objective: Improve reading | Lead: English Lead")
    assert head == "Objective: Improve reading" and values == {"lead": "English Lead"}


def test_a_lead_cell_with_other_labelled_parts():
    cell = read_field_cell("Lead: Economic Development Manager\nResources: existing budget", "lead")
    assert cell is not None and cell.values == {"lead": "Economic Development Manager"}
    assert cell.aside == ["Resources: existing budget"]
    # a lead printed as it is, or a cell opening with something else, is the column's value as printed
    assert read_field_cell("J Smith (Head of HR)", "lead") is None
    assert read_field_cell("Lead: Head of HR", "lead") is None
    assert read_field_cell("Resources: staff time\nLead: Head of HR", "lead") is None
    # an action cell: the label no field takes ends the lead and is kept aside
    parts = read_cell_parts("Plant 5,000 trees.\nLead: Parks Manager\nBudget: £12k")
    assert parts is not None and parts.values == {"lead": "Parks Manager"} and parts.aside == ["Budget: £12k"]


_HTML = """<html><body><h1>Community Safety Action Plan 2026-2028</h1>
<table><tr><th>Ref</th><th>What we will do</th><th>Who and how</th><th>By when</th></tr>
<tr><td>1</td><td>Extend CCTV coverage to the four transport interchanges</td>
<td>Owner: Community Safety Manager<br>Funding: Safer Streets grant</td><td>October 2026</td></tr>
<tr><td>2</td><td>Commission a refreshed domestic abuse needs assessment</td>
<td>Owner: Public Health Consultant<br>Funding: existing budget</td><td>March 2027</td></tr>
<tr><td>3</td><td>Train all licensed premises staff in spotting exploitation</td>
<td>Owner: Licensing Manager<br>Funding: partner contributions</td><td>June 2027</td></tr>
</table></body></html>"""


def test_owner_and_funding_in_one_cell_of_an_html_table(tmp_path):
    result = convert_text(tmp_path, "safety.html", _HTML)
    assert [a.lead for a in result.actions] == ["Community Safety Manager", "Public Health Consultant",
                                                "Licensing Manager"]
    kept = [lo.text for lo in result.leftovers]
    assert "Funding: Safer Streets grant" in kept and "Funding: partner contributions" in kept
    assert any("labelled parts" in w and "'Funding:'" in w for w in result.warnings)


_MD = """# Ferndown Heath Borough Council – Corporate Delivery Plan briefing

## Ambition 1: Getting around

* Introduce demand-responsive bus services in rural villages | Lead: Head of Finance | Target: January 2027
* Consult on a low traffic neighbourhood in the north ward | Lead: Waste Contracts Manager | Target: TBC
* Complete the riverside cycleway to the hospital | Lead: Transport Policy Officer | Resources: grant funded
"""


def test_slide_bullets_parted_by_bars(tmp_path):
    result = convert_text(tmp_path, "slides.md", _MD)
    assert [(a.lead, a.due_raw) for a in result.actions] == [
        ("Head of Finance", "January 2027"), ("Waste Contracts Manager", "TBC"), ("Transport Policy Officer", "")]
    assert result.actions[0].due_date == "2027-01"
    assert any("Resources: grant funded" in lo.text for lo in result.leftovers)  # nothing lost


# ---- a slide's items whose dash is both bullet and separator ------------------------------------------

def test_a_joined_run_of_dashed_items_parts_where_who_and_when_end_each():
    from planx.normalise.lists import _split_dash_run
    run = ("– Review street lighting on routes in the women's safety survey – Planning Policy Manager – Q3 26/27 "
           "– Extend CCTV coverage to the four transport interchanges – Licensing Manager – October 2026")
    assert _split_dash_run(run) == [
        "– Review street lighting on routes in the women's safety survey – Planning Policy Manager – Q3 26/27",
        "– Extend CCTV coverage to the four transport interchanges – Licensing Manager – October 2026"]
    # when before who, em dashes
    assert len(_split_dash_run("— Offer flu vaccination to every care home resident — October 2026 — Immunisation "
                               "Lead — Run a winter warmth campaign with the fire service — January 2027 — "
                               "Communications Manager")) == 2
    # a contents line, or a run whose last part is no who/when, stays whole
    contents = "– Pillar 1: Safer neighbourhoods – Pillar 2: Money and resources – Pillar 3: Customer access"
    assert _split_dash_run(contents) == [contents]
    tail = run + " – and more besides to be agreed"
    assert _split_dash_run(tail) == [tail]


_WRAPPED = """Riverside Health Partnership - Winter Plan 2026/27
What we will deliver, who leads it and by when

Theme 1: Urgent care
    •   Open a same-day emergency care unit at the general hospital — March 2027 — Director
        of Operations
    •   Extend the virtual ward to 60 beds for frail older people — Clinical Lead for
        Older People — December 2026
    •   Agree a joint discharge policy with the two councils — Head of Patient Flow — by
        end of November 2026

Theme 2: Prevention
    •   Offer flu vaccination to every care home resident — Immunisation Lead — October 2026
    •   Run a winter warmth campaign with the fire service — Communications Manager
        — January 2027
"""


def test_items_wrapped_over_lines_run_on_to_their_lead_and_date(tmp_path):
    result = convert_text(tmp_path, "winter.txt", _WRAPPED)
    got = [(a.area, a.action, a.lead, a.due_raw) for a in result.actions]
    assert got == [
        ("Urgent care", "Open a same-day emergency care unit at the general hospital", "Director of Operations",
         "March 2027"),
        ("Urgent care", "Extend the virtual ward to 60 beds for frail older people", "Clinical Lead for Older People",
         "December 2026"),
        ("Urgent care", "Agree a joint discharge policy with the two councils", "Head of Patient Flow",
         "by end of November 2026"),
        ("Prevention", "Offer flu vaccination to every care home resident", "Immunisation Lead", "October 2026"),
        ("Prevention", "Run a winter warmth campaign with the fire service", "Communications Manager",
         "January 2027")]


def test_a_slide_pdf_whose_dashed_items_join_into_one_paragraph(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    import planx
    path = tmp_path / "slides.pdf"
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    width, height = landscape(A4)
    slides = [("Theme 1: Urgent care", [
        ["Open a same-day emergency care unit at the general hospital — Director of", "Operations — March 2027"],
        ["Extend the virtual ward to 60 beds for frail older people — Clinical Lead",
         "for Older People — December 2026"],
        ["Agree a joint discharge policy with the two councils — Head of Patient Flow —", "November 2026"]]),
        ("Theme 2: Prevention", [
            ["Offer flu vaccination to every care home resident — Immunisation Lead —", "October 2026"],
            ["Run a winter warmth campaign with the fire service — Communications", "Manager — January 2027"]])]
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(50, height - 70, "Riverside Health Partnership – Winter Plan 2026/27")
    pdf.showPage()
    for title, items in slides:
        pdf.setFont("Helvetica-Bold", 20)
        pdf.drawString(50, height - 70, title)
        y = height - 120
        pdf.setFont("Helvetica", 14)
        for lines in items:
            pdf.drawString(50, y, "—")  # the dash is the bullet, and the separator of the item's parts
            for line in lines:
                pdf.drawString(70, y, line)
                y -= 18
            y -= 4
        pdf.showPage()
    pdf.save()
    result = planx.convert_file(str(path))
    assert [(a.area, a.lead, a.due_date) for a in result.actions] == [
        ("Urgent care", "Director of Operations", "2027-03"),
        ("Urgent care", "Clinical Lead for Older People", "2026-12"),
        ("Urgent care", "Head of Patient Flow", "2026-11"), ("Prevention", "Immunisation Lead", "2026-10"),
        ("Prevention", "Communications Manager", "2027-01")]


def test_a_scanned_slide_whose_heading_and_items_join_with_the_bullet_read_as_a_chevron():
    from planx.normalise.lists import _split_joined
    joined = ("Key deliverables 2026/27 > Create 60 council apprenticeships Lead: Libraries Service Manager "
              "Target: Oct-26 > Agree a social value policy Lead: Emergency Planning Officer Target: Apr-26")
    assert _split_joined(joined) == [
        "Key deliverables 2026/27",
        "> Create 60 council apprenticeships Lead: Libraries Service Manager Target: Oct-26",
        "> Agree a social value policy Lead: Emergency Planning Officer Target: Apr-26"]
    # run in with no separator, 'Target:' before a date is the due; before a figure it stays the lead's text
    assert read_labels("Create 60 council apprenticeships Lead: Head of HR Target: Oct-26")[1] == {
        "lead": "Head of HR", "due": "Oct-26"}
    assert read_labels("Answer calls Lead: Head of HR Target: 95% of calls")[1] == {
        "lead": "Head of HR Target: 95% of calls"}
    # a comparison is no bullet: '> 95%' opens no item
    assert _split_joined("Answer calls faster Lead: Head of Customer Services Due: March 2027 > 95% answered") == [
        "Answer calls faster Lead: Head of Customer Services Due: March 2027 > 95% answered"]


def test_a_colon_after_a_sentences_end_is_no_label_that_ends_a_part():
    # a colon opening a list (NARA's open-government appendix) and a system's own date inside a due (a
    # state's corrective action plan): both part of the value before them, as printed
    parts = read_cell_parts("NARA will work to expand the Citizen Archivist program.\nUpdate: We launched the "
                            "Amara web page. New projects included:\n● Ford Film Collection")
    assert parts is not None and parts.values["progress"].endswith("New projects included:\n● Ford Film Collection")
    due = read_cell_parts("Refresh the training. Implementation date(s): March 28, 2023 for refresher training to "
                          "staff. CAPPS: September 1, 2023.")
    assert due is not None and due.values["due"].endswith("CAPPS: September 1, 2023.")


def test_a_label_over_its_value_on_the_next_line_ends_the_lead_too():
    # a PDF cell continued over a page: 'Resources:' over 'existing budget' under the lead's lines
    cell = read_field_cell("Lead: Parks Operations Manager\nResources:\nexisting budget", "lead")
    assert cell is not None and cell.values == {"lead": "Parks Operations Manager"}
