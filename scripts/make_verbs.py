"""Write normalise/verbs.txt: English verbs in their base form that are only verbs (never a noun
or an adjective), from lemminflect's lexicon (MIT licence; its data derive from the NLM
SPECIALIST Lexicon), kept to words common enough to open a plan's action (wordfreq Zipf >= 1.5:
British spellings such as "publicise" are rare in its mixed corpus).

A cell that opens with one of these is an instruction ('Notify the clerk …', 'Publicise the
policy …'): the verb list is data from a lexicon, not the wordings seen in our examples.
Words that are nouns too ('Review', 'Plan', 'Report') stay in vocab.ACTION_VERBS, chosen by hand,
because as a cell's first word they open headings as often as instructions.

Run once when the list should change: pip install lemminflect wordfreq; python scripts/make_verbs.py
"""
from __future__ import annotations

import re
from pathlib import Path

import lemminflect  # type: ignore[import-not-found]
from wordfreq import zipf_frequency

OUT = Path(__file__).resolve().parents[1] / "normalise" / "verbs.txt"


def main() -> None:
    lemmatizer = lemminflect.Lemmatizer()
    lemmatizer.getAllLemmas("x")  # loads the dictionary
    verbs = sorted(w for w, by_pos in lemmatizer.lemma_dict.items()
                   if re.fullmatch(r"[a-z]{3,}", w) and w in by_pos.get("VERB", ()) and set(by_pos) <= {"VERB", "AUX"}
                   and zipf_frequency(w, "en") >= 1.5)
    OUT.write_text("# English verbs in base form that are never nouns or adjectives (scripts/make_verbs.py)\n"
                   + "\n".join(verbs) + "\n")
    print(f"{len(verbs)} verbs → {OUT}")


if __name__ == "__main__":
    main()
