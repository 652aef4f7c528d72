"""Speaker labels of a broadcast transcript: paragraphs that open with a name in capitals and a
colon (``KOS: We will rebuild the pier.``), as news sites print an excerpt of a debate or an
interview, often inside one long quotation introduced by "Partial transcript as follows:".
Each labelled quotation is the labelled person's words, not those of whoever the
introduction names: the label is read as the article's full name with that surname ("KOS" is
"Marta Kos" when the article names her), else as the name written in capitals ("Kos"). A
label that names no person ("VIDEO:", "UPDATE:") leaves its quotation with no speaker.
Only an article with `MIN_LABELS` such quotations is read as a transcript, so that one shouted
"NO: …" names no one. Pure; `extract.extract_quotes` applies it.

>>> speaker_label("RAMOS: Did you lie?"), speaker_label("JANE ROE: We will."), speaker_label("No: never.")
('RAMOS', 'JANE ROE', None)
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...types import Quote

# one to three words in capitals (an initial, an apostrophe or a hyphen allowed), then a colon
_LABEL = re.compile(r"([A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,2}):\s+\S")
# labels of what is shown or read, not of who speaks
_NOT_SPEAKERS = frozenset(
    "VIDEO AUDIO CLIP PHOTO CAPTION TEXT TRANSCRIPT UPDATE NOTE EDITOR'S EDITOR’S BREAKING "
    "CORRECTION SOURCE SOURCES Q A".split()
)
_LETTERS = 2  # "Q:" and "A:" are a Q&A's (`transcript`), not a person's
MIN_LABELS = 2  # labelled quotations that make an article a transcript


def speaker_label(text: str) -> str | None:
    """The label in capitals that opens `text` ("RAMOS" of "RAMOS: Did you …"), or None."""
    m = _LABEL.match(text.lstrip("“\"‘' "))
    if m is None or sum(c.isalpha() for c in m.group(1)) <= _LETTERS:
        return None
    return m.group(1)


def _name(label: str, full_names: dict[str, str]) -> str | None:
    """The person a label names: the article's full name for its surname, else the label in
    title case; None for a label of no person."""
    if label.split()[0] in _NOT_SPEAKERS:
        return None
    written = " ".join(w.capitalize() for w in label.split())
    full = full_names.get(written.split()[-1].lower())  # keyed by the surname in lower case
    return full if full is not None and len(written.split()) == 1 else written


def labelled_quotes(quotes: list[Quote], full_names: dict[str, str]) -> list[Quote]:
    """`quotes` with each direct quotation that opens with a speaker label, and the cue-less
    direct quotations after it in its paragraph, given to the labelled person (see module
    docstring); unchanged unless `MIN_LABELS` quotations carry a label."""
    labels = [speaker_label(q.text) if q.kind == "direct" else None for q in quotes]
    if sum(label is not None for label in labels) < MIN_LABELS:
        return quotes
    out = []
    current: tuple[int, str] | None = None  # (paragraph, label) of the last labelled quotation
    for q, label in zip(quotes, labels, strict=True):
        if label is not None:
            current = (q.paragraph, label)
        elif current is None or current[0] != q.paragraph or q.kind != "direct" or q.cue is not None:
            out.append(q)
            continue
        who = _name(current[1], full_names)
        out.append(
            replace(q, speaker=who, speaker_detail=None, speaker_kind="person", mention=current[1], cue=None)
        )
    return out
