"""What a "what date / year / day did the X …?" question dates. Pure.

"On what date did the ceasefire come into force?" asks for the ceasefire's date: a paragraph
that never mentions a ceasefire and dates the war before it ("the 12-day war in June") states
a date, but not the one asked for. The thing dated is the common noun the question's subject
opens on ("the next round of talks" → "round"); a named subject ("the Carolina Panthers") or a
pronoun is left alone, as a paragraph may call it by another name or "it".
"""

from __future__ import annotations

import re

from .lexical import terms

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
