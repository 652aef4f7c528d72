"""Years, as a question asks after them and as the articles write them. Pure.

A year is a name of its own kind: "why did the 2015 deal collapse?" of articles that never
write 2015 asks about a time they do not cover (`mentions.Vocabulary.unmentioned`). A decade
("the 1990s"), a count ("1,500") or a figure ("2015.5") is no year; a short span ("1646–7",
"2015-16") writes the year it ends on too.
"""

from __future__ import annotations

import re

# four digits from 1000 to 2099, not part of a longer number, a decade or a figure
_ASKED = re.compile(r"(?<![\w.,])(1\d{3}|20\d{2})(?![\w,]|\.\d)")
_WRITTEN = re.compile(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)")
_SHORT_SPAN = re.compile(r"(?<!\d)(1\d{3}|20\d{2})\s*[–-]\s*(\d{1,2})(?!\d)")


def years_asked(question: str) -> list[str]:
    """The years `question` names.

    >>> years_asked("Did 1,500 people march in the 1990s, or in May 2015?")
    ['2015']
    """
    return _ASKED.findall(question)


def years_written(text: str) -> set[str]:
    """Every year `text` writes, those a short span ends on included.

    >>> sorted(years_written("Charles I was held there in 1646–7, and again in 2015-16."))
    ['1646', '1647', '2015', '2016']
    """
    years = set(_WRITTEN.findall(text))
    for first, end in _SHORT_SPAN.findall(text):
        years.add(first[: 4 - len(end)] + end)
    return years
