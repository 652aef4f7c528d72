"""A did-say claim that joins two statements, "did X say A and that B?": when B is X's words
and A is on record as someone else's, the claim splices Y's words onto X's. Checked whole,
the half that is X's carries it to a Yes; each half is checked on its own here, and the half
that is another speaker's answers ("No. That was Y"), with a note saying which half is whose.
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...types import Quote
from .check import Weigh
from .claims import DidSay, did_say

# "A and that B", "A, but also that B", "A and added that B": the "that" marks a second
# statement reported; a bare "and" may join two nouns ("missiles and drones") and is left whole
_JOIN = re.compile(
    r"\s*,?\s+(?:and|but)\s+(?:also\s+)?(?:(?:said|says|added|adds|argued|argues|warned|warns)\s+)?that\s+",
    re.IGNORECASE,
)
# a half shorter than this is no statement of its own ("and that is all")
MIN_WORDS = 3


def halves(claim: str) -> tuple[str, str] | None:
    """The two statements of a claim joined by "and that", or None.

    >>> halves("the ferry is late and that the fares will rise")
    ('the ferry is late', 'the fares will rise')
    >>> halves("the ferry and the bus are late") is None
    True
    >>> halves("the ferry is late and that is all") is None
    True
    """
    parts = _JOIN.split(claim, maxsplit=1)
    if len(parts) != 2 or any(len(p.split()) < MIN_WORDS for p in parts):
        return None
    return parts[0].strip(), parts[1].strip()


def spliced(
    speaker: str, claim: str, quotes: Sequence[Quote], weigh: Weigh | None, asks: bool = False
) -> tuple[DidSay, str] | None:
    """When one half of `claim` is `speaker`'s and the other someone else's words: the other
    half's "no" (its quote and real speaker) and a note naming both; None otherwise.

    >>> a = Quote("The ferry is late again.", "Ann Holt", None, "said", "d", "T", 2, 0, 24)
    >>> b = Quote("The fares will rise in May.", "Lee Marr", None, "said", "d", "T", 3, 0, 27)
    >>> said, note = spliced("Holt", "the ferry is late and that the fares will rise", [a, b], None)
    >>> said.verdict, said.said_by
    ('no', 'Lee Marr')
    >>> note
    'the claim joins two statements: “the fares will rise” is Lee Marr’s, not Ann Holt’s'
    >>> spliced("Holt", "the ferry is late and that it is late again", [a, b], None) is None
    True
    """
    parts = halves(claim)
    if parts is None:
        return None
    checked = [(part, did_say(speaker, part, quotes, weigh, asks=asks)) for part in parts]
    others = [(part, said) for part, said in checked if said.verdict == "no" and said.said_by]
    own = [said for _, said in checked if said.verdict == "yes"]
    if len(others) != 1 or not own:
        return None
    part, said = others[0]
    mine = own[0].said_by or speaker
    return said, f"the claim joins two statements: “{part}” is {said.said_by}’s, not {mine}’s"
