""" "Where will the next round of talks be held?": the place of something still to come. Pure.

Such a question is answered by a place said of what is to come ("the next round will be
held in Geneva", "talks set for Muscat"), not by the place of what already happened in the
same sentence ("… held talks in Oman, after which Trump said another round would follow"):
the paragraph looks ahead, and names a place, but not the place asked for. A place belongs
to its clause: the sentence cut at commas, semicolons and dashes, and before "after which",
"while", "but".
"""

from __future__ import annotations

import re

from .tense import looks_ahead

# "where will …", "where is the next round to be held?", "where are the talks expected to take place?"
_WHERE_AHEAD = re.compile(
    r"^\s*where\s+(?:will|shall|(?:is|are)\s+(?:[\w’'-]+\s+){1,12}?(?:due|expected|scheduled|set|slated|"
    r"planned)\b|(?:is|are)\s+the\s+next\b)",
    re.IGNORECASE,
)
# an occasion held somewhere, not where a thing lands or a person works ("where will the ball land?")
_HELD = re.compile(
    r"\b(?:held|hold|hosted|host|staged|stage|take\s+place|happen|meet|convene|resume|gather|talks|summit|"
    r"meeting|round|conference|convention|congress|rally|debate|hearing|trial|vote|election|games|final|"
    r"match|fair|festival|ceremony|wedding|funeral)\b",
    re.IGNORECASE,
)
_PLACE = re.compile(r"\b(?:in|at|to|near|outside|inside|by|across)\s+(?:the\s+)?[A-Z][\w’'-]+")
_CLAUSE = re.compile(r"\s*(?:[,;:—–]|\bafter\s+which\b|\bwhile\b|\bbut\b|\bwhereas\b)\s*")


def asks_future_place(question: str) -> bool:
    """Whether `question` asks where something still to come will happen.

    >>> asks_future_place("Where will the next round of talks be held?")
    True
    >>> asks_future_place("Where is the summit expected to take place?")
    True
    >>> asks_future_place("Where were the talks held?"), asks_future_place("Where will the ball land?")
    (False, False)
    >>> asks_future_place("Where will the party hold its convention?")
    True
    """
    return _WHERE_AHEAD.match(question) is not None and _HELD.search(question) is not None


def place_left_out(question: str, text: str) -> bool:
    """Whether `question` asks the place of something to come and `text` names places only in
    clauses that do not look ahead.

    >>> q = "Where will the next round of talks be held?"
    >>> place_left_out(q, "They held talks in Kell, after which both said another round would follow.")
    True
    >>> place_left_out(q, "They met in Kell; the next round will be held in Dorvik.")
    False
    >>> place_left_out(q, "Another round of talks will follow.")  # no place at all
    True
    """
    if not asks_future_place(question):
        return False
    clauses = _CLAUSE.split(text)
    return not any(_PLACE.search(c) and looks_ahead(c) for c in clauses)
