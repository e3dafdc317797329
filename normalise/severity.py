"""How much a warning weighs, and the document status that follows (CONTRACT documents.status).

A warning is a doubt unless it says otherwise: something may be read wrong or lost (a column kept
aside, a table refused, a date guessed, a conflict between text and fill, a reading of low
confidence), and a document with one is `partial`, its first doubts in `error`. A Note only says how
the document was read where the reading is sure: a convention decided on the document's own
evidence (its financial or academic year, its key to codes or marks, a column read by what its cells
hold, its encoding, the furniture repeated on every page): it is listed with the warnings and in
documents.notes, and a document whose warnings are all notes stays `ok`.

This is the one place where a warning's weight is decided: NOTE_KINDS below lists, by the shape of
its text, every kind of warning that is a Note (a reader may also write a `Note` instead of a plain
string). Anything not listed stays a doubt, so a new warning is a doubt until it is named here.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

# how many doubts `error` lists
ERROR_WARNINGS = 5


class Note(str):
    """An informational warning: how something was read, with no doubt in it (a plain str is a doubt
    unless NOTE_KINDS names its shape)."""
    __slots__ = ()
    severity = "note"


# Words that make any warning a doubt, whatever else it says: text set aside in leftovers, a reading
# refused or disputed, a guess, a table read with doubts.
DOUBT_WORDS = re.compile(r"kept aside|kept in rag_raw only|disagrees|doubtful|not taken|could not|"
                         r"please check|less confidence|guess|a shade\)|no RAG key|failed|"
                         r"found no plan|not a plan|left out:", re.I)

# The kinds of warning that are Notes: (kind, the shape of its text, where it is written). Each is a
# reading decided on the document's own evidence; the user only needs to know what was decided.
NOTE_KINDS: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (kind, re.compile(shape), where) for kind, shape, where in [
        # dates read by the year the document itself declares
        ("financial_year", r"^'[^']*' read as the financial year ending March \d{4}: ", "normalise/__init__.py"),
        ("school_year", r": due '.*' read in the (academic|financial) year \S+ .*states: ", "normalise/actions.py"),
        ("term_in_school_year", r": (due \S+ inferred from the .* named in .*|\d+ milestone due date\(s\) inferred "
                                r"from terms or months without a year) and the academic year \S+ the document states$",
         "normalise/actions.py"),
        ("excel_serial", r"^due '.*' read as an Excel date serial \(", "normalise/actions.py"),
        ("cell_dates", r"^\d+ due cell\(s\) read by the date the cell holds, its year hidden by the cell's format ",
         "normalise/celldates.py"),
        ("compact_dates", r"^table \d+: \d+ due cells read as dates written .* without separators ",
         "normalise/numdates.py"),
        ("quarter_and_year", r"^table \d+: '.*' holds quarters and '.*' the years they fall in: read together as the "
                             r"due date$", "normalise/walker_header_fields.py"),
        # codes and marks read by the document's own key
        ("codes_by_key", r"^\d+ \S+ code\(s\) read by the document's own key \(", "normalise/doccodes.py"),
        ("status_marks", r"^\d+ status\(es\) read from the mark after the action's text by the document's key of "
                         r"marks \(", "normalise/statusmarks.py"),
        ("marks_by_key", r"^table \d+: .* holds the symbols the plan's key rates \(.*\), not \w+: read as the RAG$",
         "normalise/walker_header_fields.py"),
        ("initials_by_key", r"^\d+ lead\(s\) printed as initials read by the document's key of initials \(",
         "normalise/initialkeys.py"),
        ("english_areas", r"^\d+ area\(s\) printed in Welsh and English read by their English side, ",
         "normalise/__init__.py"),
        ("season_terms", r"^\d+ due date\(s\) read from a season with a year as the school term it names ",
         "normalise/__init__.py"),
        ("running_areas", r"^every area's title opens with '.*': read as a running heading, each area by the name "
                          r"after it$", "normalise/__init__.py"),
        ("sentence_lead", r"^lead read as the subject of the action's sentence ", "normalise/actions.py"),
        ("struck_complete", r"^\d+ action\(s\) struck through in the source read as complete$", "normalise/struck.py"),
        ("raci", r"^table \d+: .* hold R/A/C/I letters \(a RACI matrix\)", "normalise/walker_header_fields.py"),
        ("fill_rag_column", r"^table \d+: the fills of .* read as RAG ratings by their colour$",
         "normalise/walker_header_fields.py"),
        ("status_from_milestones", r": no status printed; status '.*' derived from its milestones' ",
         "normalise/actions.py"),
        # columns read by what their cells hold, or by the headings' own layout
        ("column_by_content", r"^table \d+: .* read as \w+ by its content \(", "normalise/walker_header_fields.py"),
        ("unheaded_action_column", r"^table \d+: column \d+ has no heading; its sentences beside headed who/when "
                                   r"columns read as the actions$", "normalise/walker_header_fields.py"),
        ("action_column_by_cells", r"^table \d+: (no heading names what is to be done; '.*' read as the actions by "
                                   r"its cells|'.*' reads as a reference but its cells name what each row does)",
         "normalise/walker_header_fields.py"),
        ("two_fields_heading", r"^table \d+: '.*' names \w+ and \w+; its cells hold .* read as \w+ and \w+$",
         "normalise/walker_header_fields.py"),
        ("rating_series", r"^table \d+: '.*' … '.*' (\(one name numbered or dated, RAG values below\) read as a series "
                          r"of ratings|read as a (progress grid|timeline) )", "normalise/walker_header_fields.py"),
        ("ratings_on_one_row", r"^table \d+: '.*' and the period headings after it read as \d+ ratings ",
         "normalise/walker_header_fields.py"),
        ("periods_over_figures", r"^table \d+: headings on two rows, each period over the figures it groups ",
         "normalise/walker_banner_rows.py"),
        ("period_banner", r"^table \d+: its first row's periods \('.*' the last\) head the columns under them, the "
                          r"row below names the others: read as one heading row", "normalise/periodbanner.py"),
        ("labelled_parts", r"^table \d+: labelled parts inside its cells \(.*\) read as the action's fields by what "
                           r"each label names$", "normalise/walker_data_rows.py"),
        ("side_panels", r"^\d+ action\(s\) printed beside a side panel of labelled lines \(.*\): each read as a table "
                        r"row, the panel's labels as its column headings(; \d+ line\(s\) of the last panel, printed "
                        r"under its table, read into it)?$", "normalise/sidepanels.py"),
        ("own_heading_row", r"^table \d+: its first row names columns of its own \(.*\): not read under the headings "
                            r"of table \d+$", "normalise/walker_table_layouts.py"),
        ("headings_repeated", r"^table \d+: the headings printed again at its row \d+ hold the rest of a sentence ",
         "normalise/walker_table_layouts.py"),
        ("abbreviation_key", r"^table \d+: \d+ of its \d+ rows spell out the code beside them: a key to the plan's "
                             r"abbreviations, no actions$", "normalise/walker_table_layouts.py"),
        ("kpi_card", r"^table \d+: read as an indicator's card \(labels down its first column\)$",
         "normalise/walker_table_layouts.py"),
        ("remediation_plan", r"^table \d+: '.*' beside a heading saying when each is to be fixed: a remediation plan",
         "normalise/structure.py"),
        ("updates_by_reference", r"^table \d+: \d+ of its \d+ rows name actions of table \d+ by their reference ",
         "normalise/updates.py"),
        # areas and splits the document's own layout states
        ("heading_names_list", r"^'.*': a heading naming the list under it, inside '.*', which stays the area$",
         "normalise/structure.py"),
        ("sheet_name_area", r"^sheet \d+: its name '.*' read as the area of its rows$", "normalise/structure.py"),
        ("banner_area", r"^'.*': a banner over the forms of its actions \(.*\) read as their area$",
         "normalise/structure.py"),
        ("theme_row_at_break", r"^'.*': a theme row of the table, printed outside it at a page break ",
         "normalise/structure.py"),
        ("section_row", r"^table \d+: '.*' alone in a row set apart by blank rows: a section of the table, the area ",
         "normalise/walker_data_rows.py"),
        ("phase_rows", r"^table \d+: \d+ phase row\(s\) read as the area of the task rows below them",
         "normalise/phaserows.py"),
        ("parallel_lists", r"^\d+ row\(s\) whose action, lead and date cells hold parallel lists read as one action "
                           r"per item", "normalise/parallel_lists.py"),
        ("paragraphs_with_owner", r"^\d+ action cell\(s\) (whose paragraphs each close with an owner and a date read "
                                  r"as one action per paragraph|of several paragraphs beside as many updates under one "
                                  r"dated label read as one action per paragraph)",
         "normalise/inlinewho.py, normalise/cellparts.py"),
        ("outline_milestones", r"^outline numbering: \d+ action\(s\) .* read with the sub-items numbered under them as "
                               r"their milestones ", "normalise/outline.py"),
        ("dated_updates", r"^table \d+: \d+ row\(s\) holding only a date and a comment under an action read as "
                          r"that action's dated updates ", "normalise/datedupdates.py"),
        ("form_over_pages", r"^table \d+: the (values under a box's last labels|last rows of a form's milestone grid), "
                            r"carried onto ", "normalise/structure.py"),
        ("welsh_labels", r"^table \d+: labels printed in Welsh over English put back together ",
         "normalise/structure.py"),
        # how the file was read
        # (only where every character it gave sits as in real text; a reading with characters that look like
        # damaged bytes says so and stays a doubt: extract/text.py encoding_warning, test_malformed)
        ("encoding", r"^read as \S+ \(not UTF-8\)$", "extract/text.py, extract/csvfile.py"),
        ("rows_over_pages", r"^table \d+: \d+ row\(s\) cut by the page break read as one row each \(",
         "extract/pdf.py"),
        ("barred_rows", r"^\d+ line\(s\) read as table rows whose cells are parted by ' \| '$", "extract/text.py"),
        ("mso_lists", r"^Word's list paragraphs \(mso-list\) read as list items", "extract/html.py"),
        ("page_chrome", r"^page chrome left out \(the page's landmarks: ", "extract/html.py"),
        ("running_furniture", r"^\d+ line\(s\) left out as running headers, footers or page numbers repeated from "
                              r"page to page", "extract/layouttext.py"),
        ("word_cell_marks", r"^\d+ table\(s\) read from the Word file's own cell marks", "extract/legacy.py"),
        ("macros", r"^the Word file carries macros \(a VBA project\): only its text was read", "extract/docx.py"),
        ("hidden_parts", r"^read hidden parts of the workbook too: ", "extract/xlsx.py"),
    ])

# a reading that states its own confidence is a Note at or above this (a low-confidence one is a doubt)
SURE_CONFIDENCE = 0.9
_CONFIDENCE = re.compile(r"\(confidence (\d(?:\.\d+)?)\)$")


def note_kind(warning: str) -> str:
    """The NOTE_KINDS kind of a warning ('confident_reading' for a reading that states a confidence of
    at least SURE_CONFIDENCE, 'note' for a Note no kind names); '' for a doubt."""
    if DOUBT_WORDS.search(warning):
        return ""
    kind = next((kind for kind, shape, _ in NOTE_KINDS if shape.search(warning)), "")
    if kind:
        return kind
    sure = _CONFIDENCE.search(warning)
    if sure and float(sure.group(1)) >= SURE_CONFIDENCE:
        return "confident_reading"
    return "note" if isinstance(warning, Note) else ""


def severity(warning: str) -> str:
    """'note' for a Note (a Note, or a warning whose shape NOTE_KINDS names), 'doubt' for every other."""
    return "note" if note_kind(warning) else "doubt"


def doubts(warnings: Sequence[str]) -> list[str]:
    """The warnings that make a document partial: all but the notes."""
    return [w for w in warnings if severity(w) == "doubt"]


def notes(warnings: Sequence[str]) -> list[str]:
    """The warnings that only say how a sure reading was made."""
    return [w for w in warnings if severity(w) == "note"]


def status_of(warnings: Sequence[str]) -> tuple[str, str]:
    """(status, error) of a document that yielded actions or indicators: `partial` with its first doubts
    when it has any, else `ok` with no error (notes alone leave it ok)."""
    found = doubts(warnings)
    return ("partial", "; ".join(found[:ERROR_WARNINGS])) if found else ("ok", "")
