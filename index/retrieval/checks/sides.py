"""Each side's count: "how many died?" asks of no place, or of two ("… in Tarn and in Brava?"),
and when the best sentence puts its count in one ("In Israel, the war killed 30 people") while a
close passage puts a count of the same thing in another ("… approximately 610 deaths in Iran"),
a reader expects both. Pure.
"""

from __future__ import annotations

import re

from .answer_type import _IN_PLACE, _PEOPLE_OF

_NOT_PLACES = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday spring summer autumn winter""".split()
)


def places_of(text: str) -> set[str]:
    """The places `text` puts something "in" (capitalised names; months and days are times).

    >>> sorted(places_of("In October 2024 the flood in Upper Tarn killed 12 people in Brava."))
    ['Brava', 'Upper Tarn']
    """
    return {m.group(1) for m in _IN_PLACE.finditer(text) if m.group(1).split()[0].lower() not in _NOT_PLACES}


def other_side(question: str, told: str, sentence: str) -> bool:
    """Whether `sentence` gives the count for another place than the sentence `told` already
    gives, for a `question` that names no place: both sides of "how many died?".

    >>> q = "How many died?"
    >>> other_side(q, "In Tarn, the flood killed 30 people.", "It caused 610 deaths in Brava.")
    True
    >>> other_side(q, "In Tarn, the flood killed 30 people.", "Another 12 died in Tarn.")
    False
    >>> other_side(q, "The flood killed 30 people.", "It caused 610 deaths in Brava.")
    False
    >>> other_side("How many died in Tarn?", "In Tarn, it killed 30.", "It caused 610 deaths in Brava.")
    False
    >>> q = "Compare the death tolls in Tarn and in Brava"
    >>> other_side(q, "In Tarn, it killed 30.", "It caused 610 deaths in Brava.")
    True
    >>> other_side(q, "In Tarn, it killed 30.", "It caused 9 deaths in Kell.")
    False
    """
    asked = asked_places(question)
    if len(asked) == 1 or _PEOPLE_OF.search(question):
        return False
    here, there = places_of(told), places_of(sentence)
    if asked:  # "… in Tarn and in Brava?": each place asked, one sentence each
        there &= asked
    return bool(here) and bool(there) and not here & there


# "in Tarn and Brava", "in Tarn or in Brava": the second place of a pair shares the first's "in"
_PAIRED = re.compile(
    r"\b[Ii]n\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:and|or|versus|vs\.?)\s+(?:in\s+)?"
    r"(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)


def asked_places(question: str) -> set[str]:
    """The places `question` asks a value "in", a pair joined by "and" read as two.

    >>> sorted(asked_places("How many died in Tarn and Brava?"))
    ['Brava', 'Tarn']
    """
    return places_of(question) | {m.group(1) for m in _PAIRED.finditer(question)}
