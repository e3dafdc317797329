"""normalise/text.py: each repair rule on the real shapes it handles."""
from planx.normalise.text import (
    clean,
    fix_lookalikes,
    fold,
    html_items,
    is_clipped_copy,
    join_fragments,
    join_split_word,
)


def test_cyrillic_lookalikes_in_a_heading_become_latin():
    assert fix_lookalikes("ОВЈЕСТІVЕ") == "OBJECTIVE"  # all Cyrillic but the V
    assert fix_lookalikes("OВЈЕСТІVЕ") == "OBJECTIVE"


def test_greek_rag_letter_becomes_latin():
    assert fix_lookalikes("Α") == "A"


def test_real_russian_words_are_left_alone():
    assert fix_lookalikes("Привет") == "Привет"


def test_split_word_with_duplicated_letter():
    assert join_split_word("Improve partner attendanc", "ce at child") == "Improve partner attendance at child"
    assert join_split_word("child protection con", "nferences") == "child protection conferences"


def test_split_word_without_overlap_and_with_stray_letter():
    assert join_split_word("AREA FOR IMPROV", "EMENT 2") == "AREA FOR IMPROVEMENT 2"
    assert join_split_word("Improve mai", "nagement oversight") == "Improve management oversight"
    assert join_split_word("AREA FOR IMPROVE", "MENT 4: Robustly") == "AREA FOR IMPROVEMENT 4: Robustly"


def test_a_one_letter_word_at_the_head_is_kept():
    # a word broken before its last letter is joined again; a clipped repeat of one letter is
    # dropped ('for' + 'r a'), but a one-letter word ('a') is never taken for one
    assert join_split_word("Commentar", "y") == "Commentary"
    assert clean("AA\na") in ("AAa", "AA a")
    assert join_split_word("Shorten the wait for", "r a first visit") == "Shorten the wait for a first visit"
    assert join_split_word("Action", "b") in ("Actionb", "Action b")  # a one-letter head is kept, joined or not


def test_whole_words_at_a_cell_boundary_stay_apart():
    assert join_split_word("Ensure that", "practitioners have") == "Ensure that practitioners have"
    assert join_fragments(["have reasonable", "workloads"]) == "have reasonable workloads"


def test_html_paragraphs_and_list_items_become_items():
    cell = '<p>Deliver a workshop</p> <ul style="list-style-type: none"> <li>Embed the audit tool</li> </ul>'
    assert html_items(cell) == ["Deliver a workshop", "Embed the audit tool"]
    assert clean(cell) == "Deliver a workshop; Embed the audit tool"


def test_plain_text_is_not_html():
    assert html_items("Plans < 6 months & reviews") is None


def test_bulleted_lines_become_items():
    assert clean("• Review the policy\n• Train the staff") == "Review the policy; Train the staff"


def test_clean_folds_whitespace_and_stray_punctuation():
    assert clean("especially for  adolescents,. Action\u00a0is taken") == "especially for adolescents. Action is taken"


def test_clipped_duplicate_fragment():
    full = "Of the 7 adoptions completed during 2014-15, 1 has been within the target."
    assert is_clipped_copy("Of the 7 adoptions co", full)
    assert not is_clipped_copy("Of the 7", full)  # too short to be sure
    assert not is_clipped_copy("Another sentence", full)


def test_fold_is_the_comparison_key():
    assert fold("Lead Strategic/ operational leads & when") == "lead strategic operational leads when"


def test_ascii_byte_table_agrees_with_the_unicode_rule_on_every_ascii_character():
    """The ASCII shortcut (one byte table for case and punctuation) must split words exactly
    where casefold plus the punctuation regex do."""
    import re

    from planx.normalise.text import fold_words
    rule = re.compile(r"(?:[^\w\s]|_)+")
    samples = [chr(c) for c in range(0x80)] + ["snake_case", "l'enfant\tx\r\ny", "x\x1cy", "MiXeD-Case"]
    for s in samples:
        for text in (f"a{s}b", f"{s}", f"Plan {s} A"):
            assert fold_words(text) == rule.sub(" ", text.casefold()).split(), repr(text)


def test_fold_skips_nfkc_and_lookalikes_only_where_they_change_nothing():
    import re
    import unicodedata

    from planx.normalise.text import fold_words

    def reference(text):
        text = unicodedata.normalize("NFKC", fix_lookalikes(text)).casefold()
        return re.sub(r"[^\w\s]|_", " ", text).split()
    for text in ["ОВЈЕСТІVЕ and Plan", "ﬁnance ﬂow", "Ｆｕｌｌ width", "café", "e\u0301tude", "½ done",
                 "MAÑANA", "Straße", "plain ASCII, with-punctuation_here", "ΑΝΑ 3", "Ж\rАВ", "x\xa0ОВ",
                 "a\u00a8b c", " \u0301e", "Plan 2015–16 “quoted” ‘x’ £5", "Привет мир"] \
            + [chr(c) for c in range(0x80, 0x2500)]:
        assert fold_words(text) == reference(text), text
