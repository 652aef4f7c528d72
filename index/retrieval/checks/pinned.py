""" "Where did Lee and Roe meet in October?": a place asked of an occasion pinned to a month or
a year. Pure.

The best match may tell of the same people at another time ("Lee and Roe will also meet amid
…") while a paragraph scoring all but as well tells of the time asked ("they also met in Kell
in October"). Between such near-equals, the one that names the asked month or year is about
the occasion asked; a paragraph naming none of them is about another or says nothing of when.
Only "where … in/during <month or year>?" is read so: elsewhere a month often names the thing
asked about ("who brokered the ceasefire that ended the June war?", "the war in June") and
the best match may tell of it without the month.
"""

from __future__ import annotations

import re

from ...types import Passage
from .answer_type import anchors

# a runner-up leads only from this share of the best score up: a near-tie, not a weaker match
PINNED_RATIO = 0.9
PINNED_LOOKAHEAD = 3


def _names_time(asked: tuple[set[str], set[str]], text: str) -> bool:
    months, years = anchors(text)
    return bool(asked[0] & months or asked[1] & years)


def pinned_first(question: str, passages: tuple[Passage, ...]) -> tuple[Passage, ...]:
    """`passages` led by a near-tie runner-up that names the month or year `question` is pinned
    to (see `pinned`), when the best one names none of them; else `passages` unchanged. The
    month and year are read as `answer_type.anchors` reads them ("May" is left out)."""
    if not pinned(question):
        return passages
    asked = anchors(question)
    if not passages or _names_time(asked, passages[0].paragraph.text):
        return passages
    best = passages[0].score
    for i, p in enumerate(passages[1:PINNED_LOOKAHEAD], start=1):
        if p.score >= PINNED_RATIO * best and _names_time(asked, p.paragraph.text):
            return (p, *passages[:i], *passages[i + 1 :])
    return passages


# "where did they meet in October?", "where was the summit held during 2019?"
_WHERE_PINNED = re.compile(
    r"^\s*where\b.*\b(?:in|during|on)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:january|february|march|april|june|july|august|september|october|november|december|1[5-9]\d\d|20\d\d)\b",
    re.IGNORECASE,
)


def pinned(question: str) -> bool:
    """Whether `question` asks where something happened in a month or a year it names.

    >>> pinned("Where did they meet in October?"), pinned("Where did they meet in May?")
    (True, False)
    >>> pinned("Who ended the war in June?"), pinned("Where was the 2015 show held?")
    (False, False)
    """
    return _WHERE_PINNED.match(question) is not None
