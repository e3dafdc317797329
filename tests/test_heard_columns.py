"""A 'You said, we did, we will' table: what people told the council in the first column (headed
'What you told us', a heading that names the finding each row answers as surely as 'Area for
improvement' would), theme rows across the table between the groups of rows. The themes are the
areas; what people said is kept aside beside them, as under 'You said'."""
from __future__ import annotations

import pytest

HTML = """<html><body><h1>Isle of Penmor Council - Children in Care Council: You Said, We Did, We Will 2026</h1>
<table>
<tr><th>{said}</th><th>What we have done</th><th>What we will do next</th><th>Lead</th><th>By</th></tr>
<tr><td colspan="5"><b>1. Health and wellbeing</b></td></tr>
<tr><td>It takes too long to see someone about our mental health</td>
<td>Agreed a fast-track route with CAMHS</td>
<td>Place a mental health practitioner in the children in care team</td>
<td>Head of Commissioning</td><td>ongoing</td></tr>
<tr><td>Health assessments feel like a test</td>
<td>Nurses now meet young people where they choose</td>
<td>Let young people choose who is at their review health assessment</td>
<td>Service Manager</td><td>March 2028</td></tr>
<tr><td colspan="5"><b>2. Contact with family</b></td></tr>
<tr><td>We don't always know when contact is cancelled</td><td>Contact supervisors now text young people</td>
<td>Give every child a named contact coordinator</td><td>HR Business Partner</td><td>August 2027</td></tr>
</table></body></html>
"""


@pytest.mark.parametrize("said", ["What you told us", "You said", "What you said"])
def test_theme_rows_are_the_areas_of_what_people_said(tmp_path, said):
    import planx
    path = tmp_path / "you_said.html"
    path.write_text(HTML.format(said=said), encoding="utf-8")
    result = planx.convert_file(str(path))
    assert [(a.area_ref, a.area) for a in result.actions] == \
        [("1", "Health and wellbeing"), ("1", "Health and wellbeing"), ("2", "Contact with family")]
    assert [a.progress for a in result.actions][0] == "Agreed a fast-track route with CAMHS"
    kept = " ".join(left.text for left in result.leftovers)
    assert "Health assessments feel like a test" in kept
