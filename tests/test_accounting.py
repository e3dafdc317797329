"""normalise/accounting.py: the text-accounted figure finds real losses."""
from extract.text import parse_lines
from normalise import normalise
from normalise.accounting import text_accounted
from normalise.structure import Walker


def test_every_word_of_a_plan_is_accounted():
    raw = parse_lines(["Plan (May 2014)", "Action\tLead\tNotes column", "Review the policy\tAnn Lee\tkept aside"])
    assert normalise(raw).text_accounted == 100.0


def test_a_lost_cell_lowers_the_figure():
    raw = parse_lines(["Action\tLead", "Review the policy\tAnn Lee"])
    walker = Walker(raw)
    walker.walk()
    result = normalise(raw)
    result.actions[0].lead = ""  # simulate a rule that drops the lead
    assert text_accounted(raw, result, walker.structure) < 100.0


def test_html_markup_is_not_content():
    raw = parse_lines(['Action\tLead', '<ul style="list-style-type: none"><li>Review</li></ul>\tAnn Lee'])
    assert normalise(raw).text_accounted == 100.0
