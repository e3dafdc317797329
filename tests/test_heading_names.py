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


def test_what_good_looks_like_asks_for_an_outcome_and_success_for_a_measure():
    from planx.normalise.headers import classify
    assert classify("What good looks like")[0] == "outcome"
    assert classify("What good will look like")[0] == "outcome"
    assert classify("What will success look like?")[0] == "measure"
    assert classify("How we will evidence impact")[0] == "measure"


def test_a_theme_named_with_its_number_beside_the_rows_own_reference_is_the_area_title():
    # 'Theme 2: Front door and early help' in the area column beside '2.1': area 'Front door …', ref 2
    from planx.extract.model import Cell, RawDocument, Row, Table
    from planx.normalise import normalise
    rows = [("Ref", "Area for improvement", "What we will do", "Accountable lead", "Completion date"),
            ("1.1", "Theme 1: Management oversight", "Ensure supervision is regular and recorded", "Aisha Doyle",
             "December 2025"),
            ("1.2", "", "Embed a monthly performance clinic for managers", "Head of Safeguarding", "October 2025"),
            ("2.1", "Theme 2: Front door and early help", "Develop the early help offer with partners", "James Lloyd",
             "June 2026")]
    table = Table([Row([Cell(t, c) for c, t in enumerate(r)], 1, k) for k, r in enumerate(rows)], page=1, index=1)
    actions = normalise(RawDocument(path="", name="d.docx", format="docx", blocks=[table])).actions
    assert [(a.area_ref, a.area) for a in actions] == [("1", "Management oversight"), ("1", "Management oversight"),
                                                       ("2", "Front door and early help")]


def test_evidence_seen_so_far_is_progress_and_evidence_of_impact_a_measure():
    # a fostering service plan's 'Evidence of progress' / 'Evidence of impact to date' columns report
    # what has been seen ('Two of four cohorts trained.'); a longer set phrase outranks the shorter
    # one inside it ('Evidence of impact' alone is how success will be measured)
    from planx.normalise.headers import classify
    assert classify("Evidence of progress")[0] == "progress"
    assert classify("Evidence of impact to date")[0] == "progress"
    assert classify("Evidence of impact")[0] == "measure"
    assert classify("Evidence")[0] == "measure"
    assert classify("Progress / evidence")[0] == "progress"


def test_what_needs_to_improve_names_the_area_and_what_we_will_do_the_action():
    # an improvement plan's shortfall as a clause heads the area column, beside 'What we will do'
    from planx.normalise.headers import classify
    assert classify("What needs to improve")[0] == "area"
    assert classify("Where we need to get better")[0] == "area"
    assert classify("What we will do")[0] == "action"
    assert classify("What will we do to improve?")[0] == "action"


def test_a_lead_partner_is_the_lead_though_partners_support():
    from planx.normalise.headers import classify
    assert classify("Lead partner")[0] == "lead"
    assert classify("Lead partners")[0] == "lead"
    assert classify("Partners")[0] != "lead"
