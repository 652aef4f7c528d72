"""A person's name as a speaker, without the title or party tag a sentence subject carries:
"Sen. Ana Roe (D-Ore.) on Monday said …" is Ana Roe, with "Sen." and "D-Ore." kept as her
detail. Pure; `extract.extract_quotes` applies it to every quote it returns.

>>> tidy_name("Sen Ana Roe (D-Ore.)", None)
('Ana Roe', 'Sen., D-Ore.')
>>> tidy_name("Rep Piet Hals", "R-Ohio"), tidy_name("Former Gov. Vera Lind", None)
(('Piet Hals', 'Rep., R-Ohio'), ('Vera Lind', 'Former Gov.'))
>>> tidy_name("President Hals", None), tidy_name("Ana Roe", "a nurse")
(('President Hals', None), ('Ana Roe', 'a nurse'))
>>> tidy_name("Sen Ana Roe (Maine)", None), tidy_name("Ana Roe (AP)", None)
(('Ana Roe', 'Sen., Maine'), ('Ana Roe (AP)', None))
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...types import Quote
from ..speakers.speaker_words import TITLES
from ..speakers.speakers import is_capitalised

# "(D-Ore.)", "(R)", "(I-Vt.)": a party and state after a lawmaker's name; or the state alone,
# "(Maine)", "(S.C.)", "(New Mexico)" (not an acronym such as "(AP)": no state is written so)
_PARTY = re.compile(
    r"\s*\(([DRI](?:-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?|(?![A-Z]{2,}\))[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\)\s*$"
)
_TITLE_WORDS = frozenset(t.rstrip(".") for t in TITLES)


def tidy_name(name: str, detail: str | None) -> tuple[str, str | None]:
    """`name` without a title before it (when two capitalised words of a name are left) and
    a party tag after it, both moved to the front of `detail`."""
    moved: list[str] = []
    party = _PARTY.search(name)
    if party and " and " in name and party.group(1)[:1] not in "DRI":
        party = None  # "Sens Ana Roe (Ky.) and Piet Hals (Fla.)": the state is one man's
    if party and not name[: party.start()].strip():
        party = None  # "(Ana Roe)": the brackets hold the name itself
    if party:
        name, tag = name[: party.start()], party.group(1)
    toks = name.split()
    n = 0
    while n < len(toks) and toks[n].rstrip(".").lower() in _TITLE_WORDS:
        n += 1
    rest = toks[n:]
    if n and len(rest) >= 2 and all(is_capitalised(t) for t in rest):
        # "Sen" as the subject reader leaves it is shown "Sen.", as it was written
        moved.append(
            " ".join(t if t.endswith(".") or t.lower() + "." not in TITLES else t + "." for t in toks[:n])
        )
        toks = rest
    if party:
        moved.append(tag)
    if not moved:
        return name, detail
    return " ".join(toks), ", ".join([*moved, *([detail] if detail else [])])


def tidy_speaker(q: Quote, text: str = "") -> Quote:
    """`q` with its person speaker's name tidied (`tidy_name`, `described_name`); `text` is
    the article's."""
    if q.speaker is None or q.speaker_kind != "person":
        return q
    name, detail = tidy_name(q.speaker, q.speaker_detail)
    name, detail = described_name(name, detail, text)
    name, detail = stopped(name), stopped(detail) if detail else detail
    return (
        q
        if (name, detail) == (q.speaker, q.speaker_detail)
        else replace(q, speaker=name, speaker_detail=detail)
    )


def stopped(text: str) -> str:
    """`text` with the full stop back after a title's abbreviation and a middle initial, as an
    article writes them and the sentence reader may drop them ("Wisconsin Gov" is "Wisconsin
    Gov.", "Ana B Roe" is "Ana B. Roe").

    >>> stopped("Wisconsin Gov"), stopped("Ana B Roe"), stopped("Sen., D-Ore."), stopped("B Roe")
    ('Wisconsin Gov.', 'Ana B. Roe', 'Sen., D-Ore.', 'B Roe')
    >>> stopped("J A Hobson"), stopped("a Plan B for the port")
    ('J. A. Hobson', 'a Plan B for the port')
    """
    toks = text.split(" ")
    for i, t in enumerate(toks):
        title = t[:1].isupper() and t.lower() + "." in TITLES
        # an initial inside a name of three words or more: "Ana B Roe", "J A Hobson"
        initial = (
            len(t) == 1
            and t.isupper()
            and t != "I"
            and len(toks) >= 3
            and i < len(toks) - 1
            and toks[i + 1][:1].isupper()
        )
        if title or initial:
            toks[i] = t + "."
    return " ".join(toks)


def described_name(name: str, detail: str | None, text: str) -> tuple[str, str | None]:
    """`name` without a word that opens it only where a sentence opens with it ("Billionaire
    Ana Roe praised …"): the rest is a full name the article (`text`) writes more often alone.

    >>> described_name("Billionaire Ana Roe", None, "Ana Roe wins. Billionaire Ana Roe said so.")
    ('Ana Roe', 'Billionaire')
    >>> described_name("Mary Ann Roe", None, "Mary Ann Roe said so. Mary Ann Roe left.")
    ('Mary Ann Roe', None)
    """
    toks = name.split()
    rest = " ".join(toks[1:])
    if len(toks) < 3 or not all(is_capitalised(t) for t in toks) or text.count(rest) <= text.count(name):
        return name, detail
    return rest, ", ".join([toks[0], *([detail] if detail else [])])
