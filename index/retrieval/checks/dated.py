"""What a "what date / year / day did the X …?" question dates. Pure.

"On what date did the ceasefire come into force?" asks for the ceasefire's date: a paragraph
that never mentions a ceasefire and dates the war before it ("the 12-day war in June") states
a date, but not the one asked for. The thing dated is the common noun the question's subject
opens on ("the next round of talks" → "round"); a named subject ("the Carolina Panthers") or a
pronoun is left alone, as a paragraph may call it by another name or "it".
"""

from __future__ import annotations

import re

from ...types import Passage
from ..lexical import terms

# a runner-up that mentions the dated thing dates another one of it when it holds under this
# share of the question's words that the best paragraph (which mentions it too) holds
SAME_THING_SHARE = 0.5

_DATED = re.compile(
    r"\b(?:what|which)\s+(?:exact\s+|precise\s+|calendar\s+)?(?:year|date|day)\s+"
    r"(?:did|does|do|will|would|was|were|is|are|has|had|have)\s+the\s+"
    r"((?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)"
)
# words that open a subject without naming the thing ("the next round", "the first flight")
_MODIFIERS = frozenset(
    """next last first second third final latest previous former recent upcoming current new old
    initial original planned proposed expected two three four five""".split()
)


def dated_thing(question: str) -> str | None:
    """The common noun a date, year or day question asks the date of, or None.

    >>> dated_thing("On what date did the ceasefire come into force?")
    'ceasefire'
    >>> dated_thing("On what date will the next round of talks take place?")
    'round'
    >>> dated_thing("What year did the Carolina Panthers form?") is None
    True
    >>> dated_thing("When did the ceasefire begin?") is None
    True
    """
    m = _DATED.search(question)
    if m is None:
        return None
    return next((w for w in m.group(1).split() if w not in _MODIFIERS), None)


def mentions_thing(text: str, thing: str) -> bool:
    """Whether `text` speaks of `thing` (by its stem).

    >>> mentions_thing("The truce came into force on May 2.", "ceasefire")
    False
    >>> mentions_thing("A ceasefire was agreed in May.", "ceasefire")
    True
    """
    wanted = set(terms(thing))
    return bool(wanted) and wanted <= set(terms(text))


_WHEN_THE = re.compile(
    r"^\s*when\s+(?:did|does|do|will|would|was|were|is|are|has|had|have)\s+the\s+"
    r"((?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)"
)
# a connective that dates something else by the thing after it ("… before a ceasefire came
# into force"): the sentence says what came before the ceasefire, not when the ceasefire came
_RELATIVE = re.compile(
    r"\b(?:before|after|until|till|since|following|prior\s+to|ahead\s+of)\s+(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)


def only_as_anchor(question: str, text: str) -> bool:
    """Whether `text` speaks of the thing a "when did the X …?" question asks about only as
    what something else came before or after: "The envoy left before the truce took hold"
    dates the envoy's leaving by the truce, and says nothing of when the truce took hold.

    >>> q = "When did the truce take hold in Brava?"
    >>> only_as_anchor(q, "The envoy left Brava before a truce took hold.")
    True
    >>> only_as_anchor(q, "The truce took hold after two days of talks.")
    False
    >>> only_as_anchor(q, "The envoy left Brava.")  # no truce at all: left to other checks
    False
    """
    m = _WHEN_THE.match(question.lower())
    thing = next((w for w in m.group(1).split() if w not in _MODIFIERS), None) if m else None
    if thing is None:
        return False
    wanted = set(terms(thing))
    mentions = [w for w in re.finditer(r"[\w’'-]+", text) if wanted and set(terms(w.group(0))) == wanted]
    return bool(mentions) and all(_RELATIVE.search(text[: w.start()]) is not None for w in mentions)


def another_of_thing(thing: str, best: Passage, candidate: Passage) -> bool:
    """Whether `candidate`, a runner-up that dates a `thing`, likely dates another one than the
    question's: the best paragraph speaks of the thing too (with no date for it) and holds far
    more of the question's words ("the ceasefire brokered by the envoy came into force") than
    `candidate` ("the mayor announced a ceasefire in the port in May"). Nothing is decided when
    the best paragraph never mentions the thing.
    """
    return (
        mentions_thing(best.paragraph.text, thing)
        and best.lexical > 0
        and candidate.lexical < SAME_THING_SHARE * best.lexical
    )
