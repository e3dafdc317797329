"""Plans written as bullet lists under theme headings, and a look-alike that is no plan.

    python samples/make_bullet_plans.py OUT_DIR [SEED ...]

The shape of many climate, sustainability, accessibility and town plans: a heading per theme
('Transport', 'Energy'), a sentence on why it matters, then a sub-heading naming the list as what
the organisation will do ('What we will do', 'Actions') over bullets, each an action with no lead,
date or label; or, inside each theme, an '- **Objective**: …' item and an '- **Actions**:' item with
the actions nested under it. The non-plan is a set of role descriptions: imperative bullets under
role headings. Each is written as .md, .txt, .docx and a PDF (samples/make_list_shapes.py's
writers) beside its truth (one action per bullet, area = the theme). The sentences are our own.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_list_shapes import Block, write_all  # noqa: E402

THEMES = [
    ("Transport", "Road transport is the largest source of the district's emissions.", [
        "Install electric vehicle charge points at the leisure centre car park",
        "Replace the council's pool cars with electric vehicles as leases end",
        "Work with schools to promote walking and cycling to school",
        "Publish a local cycling and walking infrastructure plan",
    ]),
    ("Energy and buildings", "Heating our buildings uses more energy than anything else we do.", [
        "Fit solar panels on the depot and the town hall roofs",
        "Carry out energy audits of every council building",
        "Support residents to insulate their homes through the retrofit grant",
    ]),
    ("Waste and resources", "Less waste means fewer lorries and less landfill.", [
        "Introduce weekly food waste collections for every household",
        "Stop buying single-use plastics for council events",
        "Encourage repair cafes and reuse schemes in each town",
    ]),
    ("Nature and biodiversity", "Trees and green spaces store carbon and cool our towns.", [
        "Plant a tree for every resident in the district",
        "Manage road verges for wildflowers and pollinators",
        "Map the habitats that the council owns or manages",
    ]),
]
LIST_HEADINGS = ["What we will do", "Actions", "What we are doing"]
TITLES = ["Climate Emergency Action Plan 2025-2030", "Sustainability Action Plan", "Net Zero Plan for the District"]
ROLES = [
    ("Clerk to the Council", ["Prepare agendas and minutes for every meeting of the council",
                              "Manage the council's accounts and prepare the annual return",
                              "Advise councillors on the law and the council's procedures"]),
    ("Assistant Clerk", ["Answer enquiries from residents by phone and email",
                         "Book the village hall and keep the bookings diary",
                         "Update the council's website and noticeboards"]),
    ("Lengthsman", ["Clear drains and ditches along the parish roads",
                    "Cut back overhanging vegetation from footpaths",
                    "Report potholes and damaged signs to the highway authority"]),
]


def plan(rng: random.Random, labelled: bool) -> tuple[list[Block], dict[str, Any]]:
    themes = rng.sample(THEMES, 3)
    blocks: list[Block] = [("title", rng.choice(TITLES))]
    actions = []
    list_heading = rng.choice(LIST_HEADINGS)
    for theme, why, items in themes:
        blocks += [("heading", theme), ("para", why)]
        if labelled:  # '- **Objective**: …' then '- **Actions**:' over the actions nested under it
            blocks += [("bullet", f"Objective: {why}"), ("bullet", "Actions:")]
            blocks += [("sub", item) for item in items]
        else:
            blocks += [("subheading", list_heading)] + [("bullet", item) for item in items]
        actions += [{"area": theme, "action": item} for item in items]
    return blocks, {"doc": "", "actions": actions}


def roles() -> list[Block]:
    blocks: list[Block] = [("title", "Job descriptions: parish council staff")]
    for role, duties in ROLES:
        blocks += [("heading", role), ("para", "The post holder reports to the council.")]
        blocks += [("bullet", duty) for duty in duties]
    return blocks


def main(folder: Path, seeds: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []
    for seed in seeds:
        rng = random.Random(seed)
        blocks, truth = plan(rng, labelled=seed % 2 == 0)
        out += write_all(blocks, folder / f"bulletplan_{seed}", truth)
    out += write_all(roles(), folder / "notplan_roles", {"doc": "", "actions": []})
    return out


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    paths = main(Path(sys.argv[1]), [int(s) for s in sys.argv[2:]] or [1, 2, 3, 4])
    print(f"{len(paths)} files written to {sys.argv[1]}")
