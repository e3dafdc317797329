"""A policy's numbered clauses that are its commitments (normalise/clauses.py).

The shape is a real council policy's (numbered throughout: objectives, scope, principles, then
'… shall be guided by the following policy commitments:' over '5.1.1.1 Adopt …' clauses under short
headings, then responsibilities and definitions), written in our own words; the end-to-end test reads
a policy samples/make_actionlog_samples.py draws with a heading ('3. OUR COMMITMENTS') instead.
"""
from __future__ import annotations

from pathlib import Path

from planx.extract import extract
from planx.extract.model import Paragraph, RawDocument, Table
from planx.normalise import normalise
from planx.normalise.clauses import opens_section, read_clauses
from samples import make_actionlog_samples as samples


def para(text: str, line: int = 0, bold: bool = False, heading: bool = False) -> Paragraph:
    return Paragraph(text=text, page=1, line=line, bold=bold, heading=heading)


def doc(*blocks: Paragraph) -> RawDocument:
    return RawDocument(path="p.pdf", name="p.pdf", format="pdf", blocks=list(blocks))


def test_opens_section_reads_a_heading_or_lead_in_naming_commitments():
    assert opens_section(para("Decisions shall be guided by the following policy commitments:"))
    assert opens_section(para("4. OUR COMMITMENTS", bold=True))
    assert opens_section(para("What we will do", heading=True))
    assert not opens_section(para("3. POLICY PRINCIPLES", bold=True))
    assert not opens_section(para("These commitments were agreed in 2019 by the full council."))  # no lead-in
    assert not opens_section(para("Roles and responsibilities for actions:"))


POLICY = doc(
    para("1.1.1 enable Council to align its planning with State policy;", 1),
    para("Council shall be guided by the following policy commitments:", 2),
    para("Governance", 3, bold=True),
    para("5.1.1.1 Adopt an emissions target of net zero by 2050.", 4),
    para("5.1.1.2 Develop a Climate Strategy by June 2021.", 5),
    para("5.1.2 Collaboration", 6),
    para("5.1.2.1 Engage with the community on the strategy.", 7),
    para("5.1.3 Managing RisksConsider climate risks in all planning decisions.", 8),
    para("5.1.3.2 Council will support residents who want to build resilience.", 9),
    para("6.1 All Council Officials", 10, bold=True),
    para("6.1.1 All Council Officials are responsible for reading this policy.", 11),
)


def test_read_clauses_sets_the_commitments_out_with_their_headings_as_area():
    out, committed = read_clauses(POLICY)
    assert committed
    tables = [b for b in out.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert [r.texts() for r in tables[0].rows] == [
        ["Ref", "Area", "Action"],
        ["5.1.1.1", "Governance", "Adopt an emissions target of net zero by 2050."],
        ["5.1.1.2", "Governance", "Develop a Climate Strategy by June 2021."],
        ["5.1.2.1", "Collaboration", "Engage with the community on the strategy."],
        ["5.1.3", "Managing Risks", "Consider climate risks in all planning decisions."],  # glued heading split
        ["5.1.3.2", "Managing Risks", "Council will support residents who want to build resilience."]]
    # the responsibilities after the section stay text, as do the objectives before it
    texts = [b.text for b in out.blocks if isinstance(b, Paragraph)]
    assert "6.1.1 All Council Officials are responsible for reading this policy." in texts
    assert "1.1.1 enable Council to align its planning with State policy;" in texts


def test_too_few_clauses_or_clauses_that_do_not_act_are_no_section():
    few = doc(para("Our commitments:", 1), para("2.1 Adopt a target.", 2), para("2.2 Publish a report.", 3))
    assert read_clauses(few) == (few, False)
    said = doc(para("Our commitments:", 1), para("2.1 The climate is changing quickly.", 2),
               para("2.2 The region is exposed to floods.", 3), para("2.3 Heat waves are longer.", 4))
    assert read_clauses(said) == (said, False)


def test_policy_pdf_gives_only_its_commitments(tmp_path: Path):
    paths = {p.name: p for p in samples.main(tmp_path)}
    result = normalise(extract(paths["waste_policy.pdf"]))
    assert [(a.area, a.action) for a in result.actions] == [
        ("Collections", "Introduce weekly food waste collections for every household by April 2026."),
        ("Collections", "Extend the garden waste service to flats with shared gardens."),
        ("Collections", "Publish the collection calendar online and in print each December."),
        ("Reducing waste", "Run a real nappy voucher scheme with local children's centres."),
        ("Reducing waste", "Support repair cafes with small grants and free venues."),
        ("Reducing waste", "The Council will remove single-use plastics from its own buildings by 2025.")]
