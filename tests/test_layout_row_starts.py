"""Layout text (`pdftotext -layout`) of a table whose rows are printed with no blank line between
them: a new row starts where a column's text starts again at the column's left edge while the
line's other cells start afresh too (a capitalised word, a new date, a name), not where a wrapped
cell goes on in lower case or a cell's numbered list goes on ('(2) …'). layouttext._row_starts
gives such a line a line's room above it, so the table finder parts the rows."""
from __future__ import annotations

from planx.extract.layouttext import _row_starts, parse_layout
from planx.extract.model import Table

# the shape of a monitoring framework printed by pdftotext -layout (its rows run on, no blank line)
RUN_ON = [
    "Objective              Outcomes                   Actions                      Progress milestones              Target date   Status          RAG",  # noqa: E501
    "The Children in Care   Children receive a written Undertake a review of       (1) Briefings for staff          July -14      InProgress      G",  # noqa: E501
    "Council influences     record of their review in  letters to children after   delivered",
    "service development    plain language             reviews so that every child",
    "                                                  is offered an advocate",
    "                       More children contribute   Recruit and train ten new    (1) Recruitment campaign run     (1) May 13    (1) Delayed     A",  # noqa: E501
    "                       to their reviews           independent visitors         (2) Draft shared with staff      (2) June 13   (2) Complete -",  # noqa: E501
    "                                                                               (3) App launched                 (3) Aug 13    ongoing monthly",  # noqa: E501
    "                                                  Roll out the Mind of My Own  (1) Pilot in two teams           (1) Feb 2013  Underway        Red",  # noqa: E501
    "                                                  app so that every child is   (2) Dip sample audit             (2) Jul 2013",  # noqa: E501
    "                                                  offered an advocate",
]


def test_rows_run_together_are_parted_where_a_column_starts_again() -> None:
    at = _row_starts(RUN_ON, list(range(len(RUN_ON))))
    gaps = [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1]
    # the first row parts from the heading line; rows start at 'More children …' and 'Roll out …',
    # not at '(3) App launched' (a list going on) nor at a wrapped cell's next line
    assert gaps == [1, 5, 8]


def test_run_on_rows_read_as_three_actions() -> None:
    doc = parse_layout(RUN_ON)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    actions = [" ".join(c.text.split()) for r in table.rows for c in r.cells if c.col == 2]
    assert actions[0] == "Actions"
    assert [a.split()[0] for a in actions[1:]] == ["Undertake", "Recruit", "Roll"]


def test_a_wrapped_line_in_capitals_is_no_row() -> None:
    """A wrapped cell whose next line starts with a capital ('Questionnaire process') beside a
    list going on ('2. Tracking report', '3. 28/10/2012') is the row's next line."""
    lines = [
        "Action                   Milestones                    Due            Status          RAG",
        "Review the Strengths     1. Task and finish group      1. Jul-12      1. Completed    Red",
        "Questionnaire process    2. Tracking report in place   2. 28/10/2012  2. Underway     Amber",
        "Embed the core group     1. Learning shared            1. 30/11/2012  1. In Progress  Green",
        "guidance                 with managers",
    ]
    at = _row_starts(lines, list(range(len(lines))))
    assert [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1] == [1, 3]


# rows parted by blank lines already, but for one printed right under a row's wrapped line (the
# quarters shape of samples/make_header_shapes.py): the table finder reads its rows by the blank
# lines and parts the run-on row by its cells; a line's room added above that one row would leave
# the blank lines as the rows' only spacing, and the heading's two lines would run together
PARTED = [
    'Delivery Plan Tracker 2025/26',
    'Action                                                                          Lead officer                  Deadline     Quarterly RAG',  # noqa: E501
    '',
    '                                                                                                                           Q1         Q2      Q3      Q4',  # noqa: E501
    '',
    'Open two family hubs in the north of the borough with health visitors on site   Early Help Manager            31/12/2025   Red        Amber   Green',  # noqa: E501
    '',
    "Train every children's centre worker in the new family assessment tool          Workforce Development Lead    Feb 2026     Amber      Green   Green",  # noqa: E501
    '',
    'Publish a single early help offer on the council website and keep it current    Communications Officer        31/12/2025   Green      Amber   Amber',  # noqa: E501
    '',
    'Buy fifty homes for use as council-owned temporary accommodation                Housing Supply Manager        March 2026   Red        Green   Red',  # noqa: E501
    '',
    'Set up a prevention team that visits every household served with a section 21   Homelessness Prevention       March 2026   Amber      Green   Amber',  # noqa: E501
    'notice                                                                          Manager',
    'Audit fifty case files a month and feed the findings back to each team          Quality Assurance Manager     Sep-25       Red        Green   Green',  # noqa: E501
    '',
    "Launch a practice model with shared language across all children's teams        Principal Social Worker       Feb 2026     Red        Red     Amber",  # noqa: E501
    '',
    'Reduce caseloads to no more than eighteen children per social worker            Head of Service, Assessment   Sep-25       Green      Amber   Green',  # noqa: E501
]


def test_rows_parted_by_blank_lines_keep_their_spacing() -> None:
    assert _row_starts(PARTED, list(range(len(PARTED)))) == list(range(len(PARTED)))
    doc = parse_layout(PARTED)
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    firsts = [r.cells[0].text.split()[0] if r.cells and r.cells[0].text.strip() else "" for r in tables[0].rows]
    assert firsts == ["Action", "", "Open", "Train", "Publish", "Buy", "Set", "Audit", "Launch", "Reduce"]
    assert any(c.text == "Quarterly RAG" for c in tables[0].rows[0].cells)


# a first column that runs down beside several rows (an area and its lead, the unlabelled shape of
# samples/make_header_shapes.py): rows start under it where the other columns start afresh
# together; when one row of the run is parted ('Reduce the use of …'), all are
AREA_RUNS_DOWN = [
    "                    Key actions                                              Lead                 Timescale",
    "",
    "Strengthen early    Open two family hubs in the north of the borough with    Early Help Manager   Sep-25",
    "help for families   visitors on site",
    "Lead for this priority:",
    "Jo Whitfield",
    "                    Train every children's centre worker in the new family   Workforce            30 November",
    "                    assessment tool                                          Development Lead     2025",
    "                    Publish a single early help offer on the council site    Communications       Feb 2026",
    "                    and keep it current                                      Officer",
    "Reduce the use of   Buy fifty homes for use as council-owned temporary       Housing Supply       30 November",
    "temporary           accommodation                                            Manager              2025",
    "accommodation",
    "                    Set up a prevention team that visits every household     Homelessness         March 2026",
    "                    with a section 21 notice                                 Prevention Manager",
]


def test_rows_under_an_area_column_are_parted_with_the_others() -> None:
    at = _row_starts(AREA_RUNS_DOWN, list(range(len(AREA_RUNS_DOWN))))
    assert [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1] == [6, 8, 10, 13]
    table = next(b for b in parse_layout(AREA_RUNS_DOWN).blocks if isinstance(b, Table))
    actions = [" ".join(c.text.split()) for r in table.rows for c in r.cells if c.col == 1]
    assert [a.split()[0] for a in actions] == ["Key", "Open", "Train", "Publish", "Buy", "Set"]


def test_a_wrapped_line_beside_a_names_second_word_is_no_row() -> None:
    """Under an empty first column, a wrapped cell's next line beside the second words of two names
    ('Lindqvist  Thackeray') has fewer cells than the rows of the run: it goes on."""
    lines = [
        "Priority 1   Outcome                        Action                                 Lead            Officer          Time     RAG",  # noqa: E501
        "             Average caseloads are within   Strengthen weekly caseload monitoring  Mark Dunmore    Graham Okafor    Dec-19   Amber",  # noqa: E501
        "             the agreed range in each team  reports so that no social worker",
        "             Social workers have time to    Refresh the Strengths and Difficulties Kieran          Callum           Jun-19   Green",  # noqa: E501
        "             visit children and build       Questionnaire process so that every    Lindqvist       Thackeray",  # noqa: E501
        "Priority 2   Children's emotional health    Report SDQ scores to the Corporate     Usha Fenwick    Dawn Mbeki       Oct-19   Red",  # noqa: E501
    ]
    at = _row_starts(lines, list(range(len(lines))))
    assert [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1] == [3, 5]


# rows that start with their reference ('2a', '2b') and banners over them printed right under a
# row's last line (a BRAG tracker printed by pdftotext -layout): each row and each banner is parted
REFS_AND_BANNERS = [
    "Ref        Action required                                        Lead officer          By when         Update",
    "Priority 1: Care leavers",
    "1a         Implement the staying put policy                       Sian Brennan          January 2017    Pathway plan audit shows improvement.",  # noqa: E501
    "1b         Publish the local offer in a format designed with the  Yusuf Briain          May 2017        Five apprenticeships ring-fenced.",  # noqa: E501
    "           Children in Care Council",
    "1c         Implement apprenticeship opportunities within the      Sian Brennan          February 17     Personal adviser vacancy filled.",  # noqa: E501
    "           council to improve the quality of pathway plans",
    "Priority 2: Pre-proceedings and the PLO",
    "2a         Introduce the legal planning meeting minutes           Stuart Latham         January 2017    Average duration now 29 weeks.",  # noqa: E501
    "2b         Review every case in pre-proceedings at the monthly    Stuart Latham         2017            Tracker reviewed monthly.",  # noqa: E501
    "           legal gateway meeting",
]


def test_rows_by_their_references_and_banners_are_parted() -> None:
    at = _row_starts(REFS_AND_BANNERS, list(range(len(REFS_AND_BANNERS))))
    assert [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1] == [1, 2, 3, 5, 7, 8, 9]
    table = next(b for b in parse_layout(REFS_AND_BANNERS).blocks if isinstance(b, Table))
    firsts = [" ".join(r.cells[0].text.split()) for r in table.rows]
    assert firsts == ["Ref", "Priority 1: Care leavers", "1a", "1b", "1c", "Priority 2: Pre-proceedings and the PLO",
                      "2a", "2b"]


def test_a_reference_and_its_heading_under_a_row_is_a_row_of_its_own() -> None:
    """'2  Assessment and planning' (a section's number and title, nothing in the other columns)
    printed right under a row's last line, in a table whose rows are parted: it is parted too."""
    lines = [
        "Ref    Actions                                                    Lead                 Due          Status",
        "1      The front door and MASH",
        "",
        "1.1    Introduce a daily MASH meeting chaired by the team         Andrew Fairbairn     28/02/2019   Not started",  # noqa: E501
        "       manager to review open contacts in every locality",
        "1.2    Establish health and police staffing in the MASH           Sian Marsden         February 19  In progress",  # noqa: E501
        "1.3    Evaluate the strategy discussion process so that contacts  Harriet Oduya        March 2018   Delayed",  # noqa: E501
        "2      Assessment and planning",
        "",
        "2.1    Deliver a practice workshop on analysis and decision       Bernadette Gillespie 01/08/2018   In progress",  # noqa: E501
        "       making for all assessment teams",
        "2.2    Strengthen the single assessment practice guidance         Simon Hollis         September 18 Complete",  # noqa: E501
        "2.3    Roll out the single assessment practice guidance           Helen Iqbal          28/02/2018   In progress",  # noqa: E501
    ]
    at = _row_starts(lines, list(range(len(lines))))
    assert [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1] == [1, 5, 6, 7, 11, 12]


def test_a_section_line_with_its_lead_and_a_row_with_a_value_in_lower_case() -> None:
    """A section's number, title and lead ('3  Pre-proceedings and the PLO   Lead: Yusuf Okafor')
    under a row's last line is a row of its own; after a row's reference a value may start in lower
    case ('end of January') and the row still starts there."""
    lines = [
        "Ref   Action                                  Lead             Due          Status",
        "2.1   Establish reflective group supervision  Head of Service  Jun 17       On track",
        "      sessions to improve supervision",
        "2.2   Audit forty supervision records a month  Head of Service  Jul 17       On track",
        "2.3   Establish the team manager programme    Marcus Ashworth  21st Jan 18  Not started",
        "      so that supervision is regular",
        "3     Pre-proceedings and the PLO                                           Lead: Yusuf Okafor",
        "3.1   Revise the legal planning meeting       Yusuf Okafor     01/08/17     Underway",
        "      minutes so that proceedings conclude",
        "3.2   Introduce the legal gateway meeting     Marcus Ashworth  end of June  Underway",
        "      to improve the quality of statements",
    ]
    at = _row_starts(lines, list(range(len(lines))))
    assert [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1] == [1, 3, 4, 6, 7, 9]


def test_values_under_a_heading_of_labels_start_a_row() -> None:
    """A row of values, figures among them, one in each column, right under a heading of labels
    with no figures ('Care leavers in suitable  88%  92%  94%  R') starts a row, as the rows under
    it do; a heading's next line of a few labels ('5  Officer  04/12  06/12') does not."""
    lines = [
        "Indicator                       Baseline     Target     Latest     RAG",
        "Care leavers in suitable        88%          92%        94%        R",
        "accommodation",
        "Average caseload per social     19           15         21         A",
        "worker",
    ]
    at = _row_starts(lines, list(range(len(lines))))
    assert [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1] == [1, 3]
    heading = [
        "Priority   Outcome                    Action                               Lead         Responsible   Time      RAG",  # noqa: E501
        "5                                                                                       Officer       04/12     06/12",  # noqa: E501
        "           More children contribute   Commission letters to children after Louise       Sian Gill     November  G",  # noqa: E501
        "           to their reviews           reviews so that",
        "           Children receive a record  Introduce letters written to         IRO Manager  Owen Fair     Jun 2012  RED",  # noqa: E501
    ]
    at = _row_starts(heading, list(range(len(heading))))
    assert [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1] == [2, 4]


def test_rows_numbered_in_their_column_beside_a_lettered_area() -> None:
    """Rows numbered in the actions' column ('2. Introduce …', '3 .Introduce', '4.Recruit') beside
    other columns starting afresh, under an area lettered 'A', 'В' (a look-alike letter from another
    alphabet, as a PDF's text may hold): each numbered line starts a row; a list going on in
    several columns at once ('(2) … (2) June 13 (2) Complete') does not."""
    lines = [
        "    Area              Actions                                  Outcomes                       By whom         Target date",  # noqa: E501
        "A   Recruitment and   1. Evaluate the ASYE programme, working   Agency use falls below 15% of  Principal       2014",  # noqa: E501
        "    retention         with the youth offending service          the workforce                  Social Worker",  # noqa: E501
        "                      2. Introduce a career progression from    Turnover of permanent social   Service Mgr     Feb-14",  # noqa: E501
        "                      social worker to advanced practitioner    workers reduces",
        "\u0412   Voice of children 1.Introduce letters written to children   More children contribute to    Harriet Naylor  2013",  # noqa: E501
        "                      after their reviews                       their reviews",
        "                      3 .Commission the Mind of My Own app to   Children receive a written     Gareth Naylor   end of June",  # noqa: E501
        "                      increase participation in reviews         record of their review",
        "                      (2) Draft shared with practitioners       (2) June 13                    (2) Complete -",
    ]
    at = _row_starts(lines, list(range(len(lines))))
    assert [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1] == [1, 3, 5, 7]


def test_rows_keyed_by_references_this_reading_cannot_take_keep_the_spacing() -> None:
    """Rows keyed '1.1', '1.1 (i)', '1.1 (ii)' and a reference wrapped over two lines ('1.1' /
    '(iii)'): only a few of them read as row starts (the rest have too few cells, or a key of two
    words), so parting those few would run the others together; the page keeps its spacing."""
    lines = [
        "No.        Actions / sub-actions                           Lead officer           Target date     Progress",
        "Priority 1: Children in care and care leavers",
        "",
        "1.1        Recruit and retain experienced social workers   Service Manager,",
        "                                                           Children in Care",
        "1.1 (i)    Appoint a project manager                       Head of                February 2025   Not started",
        "                                                           Commissioning",
        "1.1 (ii)   Train all team managers                         Head of SEND           March 2025      Not started",
        "1.1        Report progress to the improvement board        Workforce              May 2025        Completed",
        "(iii)                                                      Development Lead",
        "1.2        Strengthen the voice of children in their plans Head of SEND",
        "1.2 (i)    Appoint a project manager                       Head of                May 2025        Not started",
        "1.2        Evaluate the pilot                              Workforce              July 2025       Not started",
        "(ii)                                                       Development Lead",
    ]
    assert _row_starts(lines, list(range(len(lines)))) == list(range(len(lines)))


def test_a_caption_over_the_heading_stays_apart_from_the_table() -> None:
    """'Priority 1: Timeliness of assessments' printed right over the table's heading, within the
    first column: the heading keeps its place under it (parting it would make the title and the
    caption a band, a row of the table); the rows below are parted."""
    lines = [
        "                 Children's Services Improvement Plan 2025",
        "Priority 1: Timeliness of assessments",
        "Action                                                           Lead                 Target date     RAG",
        "Recruit and train a further twelve foster carers for teenagers   Fostering Manager    December 2025   Green",
        "Introduce a monthly audit of early help cases closed without a   Quality Assurance    February 2025   Red",
        "plan                                                             Lead",
        "Review the early help assessment form with schools and           Head of Early Help   January 2025    Amber",
        "partners",
    ]
    at = _row_starts(lines, list(range(len(lines))))
    assert [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1] == [3, 4, 6]
    doc = parse_layout(lines)
    assert [b.text for b in doc.blocks if not isinstance(b, Table)][:2] == [
        "Children's Services Improvement Plan 2025", "Priority 1: Timeliness of assessments"]


def test_a_first_row_keyed_as_the_others_under_a_heading_of_short_labels() -> None:
    """'2  Send the signed minutes  Clerk  asap' right under 'Ref  Action agreed  Responsible
    Deadline': short labels under short labels, but its reference stands where the other rows have
    theirs, and it fills the heading's columns: a row, parted from the heading as the others are."""
    lines = [
        "Ref                        Action agreed                Responsible              Deadline",
        "2                          Send the signed minutes      Clerk                    asap",
        "                           to the headteacher and",
        "                           publish them on the website",
        "3                          Circulate the revised        Gareth Hughes            Next meeting",
        "                           three-year budget forecast",
        "4                          Obtain three quotes for      Site Manager             14/04/25",
        "                           the roof repairs",
    ]
    at = _row_starts(lines, list(range(len(lines))))
    assert [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1] == [1, 4, 6]
    table = next(b for b in parse_layout(lines).blocks if isinstance(b, Table))
    assert [" ".join(r.cells[0].text.split()) for r in table.rows] == ["Ref", "2", "3", "4"]


def test_a_forms_records_keep_their_spacing() -> None:
    """An action form printed by pdftotext -layout: each record the same labels in the first and
    third columns ('Action ref … RAG rating …', 'Responsible officer … Target date …'); each line
    is a row already and the records are no table's rows to part."""
    record = [
        "Action ref             {n}                        RAG rating               Green",
        "What we will do        Set up an edge-of-care team that works evenings and weekends",
        "                       with families in crisis",
        "Responsible officer    Head of Family Support     Target date              Oct 2024",
        "Status                 Complete                   How will we know?        Fewer children entering",
        "                                                                           care in an emergency",
        "Commentary             The team went live in October and has worked with 41 families.",
        "",
    ]
    lines = [ln.format(n=n) for n in ("1.1", "1.2", "1.3") for ln in record]
    assert _row_starts(lines, list(range(len(lines)))) == list(range(len(lines)))


# an area merged down beside its rows, rows printed with no blank line between them, and a
# heading of two lines whose second leaves the first column empty (the shape of a fostering
# service plan printed by pdftotext -layout from Word)
AREA_INTERLEAVED = [
    "Development area       What we will do                         Responsible        Complete     Progress",
    "                                                               officer            by           status",
    "Support and            Launch a targeted recruitment           Principal Social   Q2 2027/28   Not started",
    "retention of           campaign for carers of children aged    Worker",
    "approved foster        11 and over",
    "carers                 Report placement stability data to      Callum Okafor /    03/07/2026   On track",
    "                       the corporate parenting panel each      Head of HR &",
    "                       quarter                                 OD",
    "Kinship and            Set up an out-of-hours support line     Team Manager,      18/08/2027   Not started",
    "connected persons      staffed by experienced carers           Recruitment",
    "assessments            Deliver trauma-informed practice        Principal Social   by end of    Complete",
    "                       training to all supervising social      Worker             Sept 26",
    "                       workers",
    "                       Review fees and allowances against      Siobhan Carrick    August       On track",
    "                       neighbouring authorities                Social Worker      2026",
]


def test_a_row_under_a_heading_whose_first_column_label_ended_above() -> None:
    """'Support and' stands in the first column under 'Development area' after the heading's
    second line ('officer', 'by', 'status') left that column empty: a heading's label is one run of lines,
    so text there again starts the first row (it reads as short labels too)."""
    at = _row_starts(AREA_INTERLEAVED, list(range(len(AREA_INTERLEAVED))))
    assert 2 in [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1]


def test_an_areas_last_line_beside_the_next_rows_first_line() -> None:
    """'carers' (the area's last line, in lower case) and 'assessments' stand beside a row's first
    line: the other columns start afresh there, where the rows under the area start theirs (one
    value in lower case, 'by end of', among them). The row starts there, and the area's line goes
    back to the area above it (area_tails)."""
    at = _row_starts(AREA_INTERLEAVED, list(range(len(AREA_INTERLEAVED))))
    assert [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1] == [2, 5, 8, 10, 13]
    table = next(b for b in parse_layout(AREA_INTERLEAVED).blocks if isinstance(b, Table))
    firsts = [" ".join(c.text.split()) for r in table.rows[1:] for c in r.cells if c.col == 0]
    actions = [" ".join(c.text.split()) for r in table.rows[1:] for c in r.cells if c.col == 1]
    assert [a.split()[0] for a in actions] == ["Launch", "Report", "Set", "Deliver", "Review"]
    assert firsts == ["Support and retention of approved foster carers", "",
                      "Kinship and connected persons assessments", "", ""]


def test_an_areas_line_in_lower_case_beside_one_row_only_stays() -> None:
    """A first column of one cell per row (no row under an empty first cell): a line of it in
    lower case beside capitalised cells is that row's next line, not a row of its own."""
    lines = [
        "Action                     Lead             Due          Update",
        "Improve the timeliness of  Jane Smith       March 2026   Audit done",
        "assessments                Head of Service  April        Report Sent",
        "Publish the offer          Amir Khan        May 2026     Drafted",
        "Train all managers         Lucy Webb        June 2026    Started",
    ]
    at = _row_starts(lines, list(range(len(lines))))
    assert 2 not in [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1]


# numbered section headings printed within the first column over their rows (an equality action
# plan printed from Word), and a row's wrapped line that starts with a figure ('50 pages …')
NUMBERED_SECTIONS = [
    "What are we going to do?                  Who is                By when?      How will we know it has",
    "                                          responsible?                        worked?",
    "1. Close the gender and ethnicity pay gaps",
    "Introduce anonymised shortlisting for all Niamh Mistry /        14th July     Staff survey shows improved",
    "posts below head of service               Head of               2026          confidence",
    "Add equality monitoring questions to all  Programme             As required   Network has 40 members by",
    "service satisfaction surveys              Manager                             March",
    "2. We understand who uses our services",
    "Train all managers in carrying out        Service Manager       2nd August    Workforce profile within 2",
    "equality impact assessments               (Placements)          2026          percentage points",
    "3. Our workforce reflects us",
    "Audit the accessibility of the top        Stuart Marchetti /    by end of     All new EIAs quality assured",
    "50 pages on the council website           Commissioning         Dec 26",
    "Provide British Sign Language video       Siobhan Begum         04/05/2026    All new EIAs quality assured",
    "relay at the customer service centre",
]


def test_numbered_section_headings_within_the_first_column_are_banners() -> None:
    """'1. …', '2. …', '3. …' alone at the left edge, each over a row's first line, number on in
    order: section headings, parted from the rows (with the row under each); '50 pages on …' is a
    wrapped line, no row's key that would keep the page's spacing."""
    at = _row_starts(NUMBERED_SECTIONS, list(range(len(NUMBERED_SECTIONS))))
    assert [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1] == [2, 3, 5, 7, 8, 10, 11, 13]
    table = next(b for b in parse_layout(NUMBERED_SECTIONS).blocks if isinstance(b, Table))
    firsts = [" ".join(c.text.split()) for r in table.rows[1:] for c in r.cells if c.col == 0]
    assert firsts[0] == "1. Close the gender and ethnicity pay gaps"
    assert "Audit the accessibility of the top 50 pages on the council website" in firsts


def test_numbers_out_of_order_within_the_first_column_stay_a_cells_lines() -> None:
    """A numbered line alone within the first column that no other numbers on ('2. …' once)
    may be a cell's list going on: no banner."""
    lines = [
        "What are we going to do?                  Who is                By when?      How will we know",
        "Introduce anonymised shortlisting for     Niamh Mistry          14th July     Staff survey",
        "2. Then review the outcome",
        "Add equality monitoring questions to all  Programme             As required   Network has 40",
        "service satisfaction surveys              Manager                             March",
    ]
    at = _row_starts(lines, list(range(len(lines))))
    assert 2 not in [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1]


# a tracker's rows printed with no blank line between them, one value in lower case among many
# cells ('end of'), and an outcome over a blank line from the rows that start at its column
TRACKER = [
    "Priority 2 Outcome                Action                         Measure                    Lead        Time       RAG      RAG",  # noqa: E501
    "                                                                                                                   Nov-18   Jan-19",  # noqa: E501
    "                                  Introduce health assessment    Review assessments on time Mark        end of     AMBER    Green",  # noqa: E501
    "                                  notification arrangements to                              Dunmore     October",
    "                                  improve initial assessments                                           2019",
    "                                  Refresh the Strengths and      Review assessments on time Kieran      Jun-19     amber    Green",  # noqa: E501
    "                                  Difficulties Questionnaire                                Lindqvist",
    "",
    "            Average caseloads are Strengthen weekly caseload     Caseload per worker        Victor      Dec-19     Amber    Amber",  # noqa: E501
    "            within the range      monitoring reports                                        Hartley",
    "            Children's wellbeing  Agree with the Safeguarding    Initial assessments in 20  Dawn Mbeki  end of     green    Green",  # noqa: E501
    "            is assessed           Children Partnership a single  working days                           February",
]


def test_a_row_with_one_value_in_lower_case_among_many_cells_starts_a_row() -> None:
    """'end of' (a date's first line) beside cells that all start afresh, on a line of many cells:
    the line starts a row (under the heading's second line too); a wrapped line that goes on in
    lower case in two columns does not."""
    at = _row_starts(TRACKER, list(range(len(TRACKER))))
    jumps = [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1]
    assert 2 in jumps and 5 in jumps and 10 in jumps
    assert not {3, 4, 6, 9, 11} & set(jumps)


def test_a_column_start_over_a_blank_line_counts_for_a_row_start() -> None:
    """'Children's wellbeing' starts where 'Average caseloads' does, above a blank line: the
    table's column goes on over it, and the line starts a row though no other row start of its
    own run of lines stands at that column."""
    lines = [
        TRACKER[0], TRACKER[1], TRACKER[8], TRACKER[9], "",
        TRACKER[5], TRACKER[6], TRACKER[10], TRACKER[11],
    ]
    at = _row_starts(lines, list(range(len(lines))))
    assert [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1] == [2, 7]


def test_a_wrapped_line_with_one_cell_in_lower_case_that_is_no_date_is_no_row() -> None:
    """'working days' (a measure's next line) beside a name's next words ('Briain / Mark') and a
    progress note's next item: no date goes on there, so the line is the row's next line."""
    lines = [
        "Outcome       Action                              Measure                                Lead              Due          RAG     Progress",  # noqa: E501
        "              Evaluate the Strengths and          Initial health assessments within 20   Janet Ó           February -   GREEN   Passport launched.",  # noqa: E501
        "              Difficulties Questionnaire process  working days                           Briain / Mark     18                   Dental checks tracked.",  # noqa: E501
        "              so that every care leaver gets                                             Hartley                            Process agreed.",  # noqa: E501
        "              Review the looked after children    Care leavers with a passport           Mark Hartley      end of       Amber   Timeliness at 64%.",  # noqa: E501
        "              health service specification                                                                 March 2019",  # noqa: E501
    ]
    at = _row_starts(lines, list(range(len(lines))))
    jumps = [k for k in range(1, len(at)) if at[k] - at[k - 1] > 1]
    assert 2 not in jumps and 4 in jumps
