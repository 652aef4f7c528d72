"""Two value questions the "how many / when" patterns miss: "how far …?" asks for a distance,
"what time …?" for a time of day. Pure.

"How far can the missiles reach?" is answered by a length ("2,000 km", "half a mile") or a
place within reach ("missiles able to reach Europe"); a sentence that only says missiles were
fired cannot answer it. "How far" counts as a distance only when the question says from where
or names a movement ("how far is X from Y", "how far can it fly"): "how far will he go to win?"
and "how far west did the empire extend?" ask for something else.

"What time did the minister arrive?" is answered by a clock time or a part of the day ("at 9
a.m.", "on Tuesday evening", "at dawn"); "he arrived through a side entrance" does not say.
Only "what time" followed by the verb counts: "what time frame …" and "at what time of year …"
ask for a period.
"""

from __future__ import annotations

import re

from .counts import AUXILIARY, NUMBER_WORDS

# a direction or manner after "how far" asks for a place or an extent in words
_NOT_DISTANCE = (
    r"north|south|east|west|northward|southward|eastward|westward|inland|upstream|downstream|"
    r"along|ahead|behind|back|down|up|into|in|off|out|forward|advanced"
)
_FAR = re.compile(rf"\bhow far\b(?!\s+(?:{_NOT_DISTANCE})\b)")
# what makes "how far" a distance: from where, or a verb of movement or reach
_MOVED = re.compile(
    r"\b(?:from|away|apart|reach|reaches|reached|travel|travels|travelled|traveled|fly|flies|flew|flown|"
    r"drive|drove|driven|walk|walked|sail|sailed|swim|swam|run|ran|range|ranges|strike|hit|"
    r"launch|launched|fire|fired|shoot|shot|throw|threw|thrown|carry|carried|lie|lies|located|situated)\b"
)
_LENGTH_UNIT = (
    r"(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot|ft|yards?|cm|centimet(?:er|re)s?|"
    r"mm|millimet(?:er|re)s?|nautical\s+miles?|light[\s-]years?|blocks)"
)
# "half a mile", "a few kilometres", "a mile", "hundreds of miles", "dozens of kilometres"
_LENGTH_IN_WORDS = re.compile(
    rf"\b(?:half\s+an?|an?(?:\s+(?:few|couple\s+of))?|several|many|(?:{NUMBER_WORDS})(?:\s+of)?)"
    rf"[\s-]+{_LENGTH_UNIT}\b",
    re.IGNORECASE,
)
# "able to reach Europe", "within range of Tel Aviv", "as far as the capital"
# ("could strike Israel" tells an act, not how far anything reaches)
_IN_REACH = re.compile(
    r"\b(?:reach|reaches|reaching)\s+(?:as\s+far\s+as\s+|deep\s+into\s+)?"
    r"(?:the\s+)?[A-Z]|\b(?:with)?in\s+(?:striking\s+)?range\s+of\b|\bas\s+far\s+as\s+[A-Z]"
)

_CLOCK_ASKED = re.compile(rf"\bwhat\s+time\s+{AUXILIARY}\b")
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?|o[’']clock\b|gmt\b|utc\b)|"
    r"\b\d{1,2}:\d{2}\b|\b\d{4}\s*(?:gmt|utc|local\s+time)\b|"
    r"\b(?:noon|midday|midnight|dawn|dusk|daybreak|nightfall|sunrise|sunset|morning|afternoon|"
    r"evening|night|overnight)\b",
    re.IGNORECASE,
)


def asks_distance(question: str) -> bool:
    """Whether `question` (lower case) asks how far one place is from another or something
    goes: a length is the answer.

    >>> asks_distance("how far is the harbour from the old town?")
    True
    >>> asks_distance("how far can the new rockets fly?")
    True
    >>> asks_distance("how far will the mayor go to keep the plant open?")
    False
    >>> asks_distance("how far north did the flood spread?")
    False
    """
    return _FAR.search(question) is not None and _MOVED.search(question) is not None


def states_distance(sentence: str) -> bool:
    """Whether `sentence` gives a distance, in figures or words, or a place within reach.

    >>> states_distance("The ferry port lies half a mile from the square.")
    True
    >>> states_distance("The drones can reach Lisbon.")
    True
    >>> states_distance("The army fired rockets at the border town.")
    False
    >>> states_distance("The army could strike Dorvik with little warning.")
    False
    """
    return _LENGTH_IN_WORDS.search(sentence) is not None or _IN_REACH.search(sentence) is not None


def asks_clock(question: str) -> bool:
    """Whether `question` (lower case) asks for the time of day something happens.

    >>> asks_clock("what time did the minister land?"), asks_clock("at what time will polls close?")
    (True, True)
    >>> asks_clock("what time frame does the plan cover?"), asks_clock("when did the minister land?")
    (False, False)
    """
    return _CLOCK_ASKED.search(question) is not None


def states_clock(sentence: str) -> bool:
    """Whether `sentence` gives a time of day: a clock time or a part of the day.

    >>> states_clock("Polls close at 8 p.m. local time."), states_clock("He landed on Tuesday evening.")
    (True, True)
    >>> states_clock("He landed on Tuesday."), states_clock("The 12-day war ended in June.")
    (False, False)
    """
    return _CLOCK.search(sentence) is not None
