"""A count or a sum asked for one place, near a paragraph that never names it. Pure.

"How much will the campaign spend on ads in Tarsby?" near "the campaign plans to spend $10
million on ads" gives the whole sum, not Tarsby's share: the paragraph, and the article's title,
never name Tarsby. A value answers for the place the question puts it "in" only when its
paragraph or its article's title names that place (`answer_type.same_place` already refuses a
value put "in" another place; this is the value put nowhere). Months and days set a time, not a
place, and acronyms are left out: articles often spell them out ("the EU" / "European Union").
"""

from __future__ import annotations

import re

from ...text import fold
from .answer_type import _IN_PLACE

_CALENDAR = re.compile(
    r"(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?",
    re.IGNORECASE,
)
_STEM = 4  # letters a place shares with its other forms ("Tarsby" / "Tarsby's", "Iran" / "Iranian")


def asked_places(question: str) -> list[list[str]]:
    """The words of each place `question` puts its value "in", past its first word.

    >>> asked_places("How many votes did Lee win in North Tarsby in June?")
    [['north', 'tarsby']]
    >>> asked_places("How many seats does the EU parliament hold?")
    []
    """
    out = []
    for m in _IN_PLACE.finditer(question):
        words = [
            w for w in m.group(1).split() if len(w) > 1 and not w.isupper() and not _CALENDAR.fullmatch(w)
        ]
        if words:
            out.append([fold(re.sub(r"['’]s?$", "", w)).lower() for w in words])
    return out


def place_unnamed(question: str, paragraph: str, title: str) -> bool:
    """Whether `question` puts the value it asks for "in" a place that neither `paragraph` nor
    the article's `title` names (by a word's first letters); of several places ("in Tarsby
    and in Vell"), none: each may have its own paragraph.

    >>> q = "How much will the campaign spend on ads in Tarsby?"
    >>> place_unnamed(q, "The campaign plans to spend $10 million on ads.", "A big ad buy")
    True
    >>> place_unnamed(q, "It will spend $2 million in Tarsby alone.", "A big ad buy")
    False
    >>> place_unnamed(q, "It will spend $2 million there.", "Campaign targets Tarsby")
    False
    >>> place_unnamed("How much will the campaign spend on ads?", "It will spend $2 million.", "")
    False
    >>> place_unnamed("How much was spent in Tarsby and in Vell?", "It spent $2 million in Vell.", "")
    False
    """
    text = fold(f"{title} {paragraph}").lower()
    places = asked_places(question)
    return bool(places) and not any(
        any(re.search(rf"\b{re.escape(w[:_STEM])}", text) for w in place) for place in places
    )
