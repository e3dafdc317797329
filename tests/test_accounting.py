"""normalise/accounting.py: the text-accounted figure finds real losses."""
from planx.extract.text import parse_lines
from planx.normalise import normalise
from planx.normalise.accounting import text_accounted
from planx.normalise.structure import Walker


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


def test_input_words_are_the_visible_words_of_each_cell_with_or_without_html_in_the_document():
    from planx.normalise.accounting import _visible, input_texts
    from planx.normalise.text import fold_words
    for html in ("<p>Review</p><p>the &amp; policy</p>", "R&D budget < 5%", "plain"):
        raw = parse_lines(["Plan", "Action\tLead", f"{html}\tAnn Lee", "Second <b\taction> here"])
        cells = [c.text for b in raw.blocks if hasattr(b, "rows") for r in b.rows for c in r.cells]
        per_cell = fold_words(" ".join(["Plan"] + [_visible(t) for t in cells]))
        assert sorted(fold_words("\n".join(input_texts(raw)))) == sorted(per_cell), html
