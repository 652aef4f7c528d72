""" "How many ships does the navy have?": a count of what someone holds now. Pure.

Such a question names no time and asks in the present, so a count of things used in an act
on a named date ("In May 2019 the navy scuttled 12 ships") does not answer it, however many of
its words the sentence shares: it says what was done then, not what is held.
"""

from __future__ import annotations

import re

_HOLDS_NOW = re.compile(r"\bhow\s+many\b.*\b(?:does|do)\b.*\bhave\b", re.IGNORECASE)
_DATED = re.compile(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"1[5-9]\d\d|20\d\d)\b",
    re.IGNORECASE,
)
_COUNT = r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)"
_ANY_COUNT = re.compile(rf"\b{_COUNT}\b(?!\s*(?:percent|per cent))", re.IGNORECASE)
# a past act and up to four words between it and its count ("fired a barrage of some 200")
_ACT_BEFORE = re.compile(r"\b(?!used\b|owned\b|possessed\b)[a-z]+ed\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)$")


def counts_dated_act(question: str, sentence: str) -> bool:
    """Whether `sentence` gives, for a "how many … does X have?" question, only counts of
    what was done on a date it names.

    >>> q = "How many ships does the navy have?"
    >>> counts_dated_act(q, "In May 2019 the navy scuttled a fleet of 12 ships.")
    True
    >>> counts_dated_act(q, "The navy has 40 ships, and in 2019 it retired two.")
    False
    >>> counts_dated_act(q, "The navy retired 12 ships.")  # no date: it may still tell
    False
    >>> counts_dated_act("How many ships did the navy sink in 2019?", "In May 2019 it sank 12 ships.")
    False
    """
    if _HOLDS_NOW.search(question) is None or _DATED.search(sentence) is None:
        return False
    counts = [m for m in _ANY_COUNT.finditer(sentence) if not _YEAR.match(m.group(0))]
    return bool(counts) and all(_ACT_BEFORE.search(sentence[: m.start()]) is not None for m in counts)
