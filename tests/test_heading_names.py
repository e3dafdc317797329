"""A heading read by its words: a field's own name before a preposition ('RAG status by quarter')."""


def test_a_fields_own_name_before_a_preposition_names_the_column():
    # 'RAG status' is a name of the RAG; 'by quarter' only qualifies it (its head word 'status' does not win)
    from planx.normalise.headers import classify, read_under_group
    assert classify("RAG status by quarter")[0] == "rag"
    assert classify("Target date for completion")[0] == "due"
    assert classify("Lead officer for the action")[0] == "lead"
    assert read_under_group("RAG status by quarter", "Qtr 1", ["Qtr 1", "Qtr 2", "Qtr 3", "Qtr 4"]).field == "rating"
    # one word before the preposition is a head word, read as before
    assert classify("Status of action")[0] == "status"
    assert classify("Date of review")[0] == "due"


def test_rag_letters_parted_by_slashes_name_the_rag_column():
    # 'B/R/A/G' (a CQC plan's Blue/Red/Amber/Green column), 'R/A/G': the letters, not four alternatives
    from planx.normalise.codes import rag_of
    from planx.normalise.headers import classify
    for heading in ("B/R/A/G", "R/A/G", "B / R / A / G", "R/A/G status"):
        assert classify(heading)[0] == "rag", heading
    assert rag_of("RAG: Amber") == "amber"
    assert rag_of("R/A/G: Green") == "green"  # the same letters as a label before the value
