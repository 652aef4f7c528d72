"""Whose quotes a what-said or who-commented question lists: a speaker's own (with the
offices of a country or party, everyone a plural role describes, each of "Lee and Roe"),
an office's on behalf of the person it is named after, and the named speakers quoted on a
topic. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...types import Quote
from ..checks.asked_speaker import find_speakers
from ..checks.check import quotes_by
from ..speakers.speaker_groups import group_speakers, offices_named
from .plural_role import role_members
from .relevance import Relevance, ranked

# "who commented on X?": the quotes scoring at least ON_FLOOR and within ON_MARGIN of the
# best one, at most ON_PER_SPEAKER per speaker and ON_SPEAKERS speakers. A short topic scores
# lower than a claim: on the seed articles a quote on the topic asked scores 0.6-1.0 and none
# reaches 0.4 for a topic no one is quoted on ("the 12-day war"); on an unseen Breitbart
# article, Cruz on "Brexit" 0.74, Obama 0.46, the quotes of another article under 0.31
ON_FLOOR = 0.4
ON_MARGIN = 0.3
ON_PER_SPEAKER = 2
ON_SPEAKERS = 5

BOTH = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")  # "Lee and Roe", "Lee, Ng and Roe"


def on_behalf(person: str, quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes of the offices and spokespeople named after `person` ("Marsh’s office"),
    who is quoted in none of `quotes` in person: what "what did X say?" lists then, as said
    on X's behalf. Only for a name (capitalised words): "Iran's supreme leader" is not
    quoted through Iran's ministry, nor "Tehran" through an analyst based there.

    >>> q = lambda s, k="office": Quote("x", s, None, "said", "a", "A", 1, 0, 1, speaker_kind=k)
    >>> quotes = [q("Marsh’s office"), q("the ministry"), q("an aide in Brava", "anonymous")]
    >>> [x.speaker for x in on_behalf("Marsh", quotes)]
    ['Marsh’s office']
    >>> on_behalf("Brava", quotes), on_behalf("Marsh's aide", quotes)
    ([], [])
    """
    if not _NAME.fullmatch(person):
        return []
    last = re.escape(person.split()[-1])
    owned = re.compile(rf"\b{last}['’]s\b", re.IGNORECASE)
    offices = offices_named(person, group_speakers(quotes))
    return [q for g in offices if g.kind == "office" and owned.search(g.name) for q in g.quotes]


# a person's name as asked: capitalised words, with initials and titles ("Mr. Lee", "J. D. Roe")
_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}")


def voiced_by(speaker: str, quotes: Sequence[Quote], roles: bool = True) -> list[Quote]:
    """What "what did X say?" lists: X's quotes (`quotes_by`) and, when X is quoted and is no
    person (a country, a party, a company), the quotes of the offices and spokespeople named
    after X, which speak for it: "what did Iran say?" has Iran's foreign ministry too. A
    person's office stays apart ("Lee's office" is not Lee). A role in the plural ("the
    analysts") is everyone described with it (`plural_role`), unless `roles` is off. Two or
    more speakers joined by "and" that no one is called by together ("Lee and Roe") are each
    looked up."""
    # "the Iranian foreign ministry spokesperson" of "Iran’s foreign ministry spokesperson"
    spoke = quotes_by(speaker, quotes) or [q for g in find_speakers(speaker, quotes) for q in g.quotes]
    # "the analysts": also each speaker the articles describe as an analyst
    seen = {id(q) for q in spoke}
    spoke = [*spoke, *(q for q in (role_members(speaker, quotes) if roles else []) if id(q) not in seen)]
    if not spoke and len(parts := BOTH.split(speaker)) > 1:
        # "what did Lee and Roe say?": each one's quotes, when every one of them is quoted
        each = [voiced_by(part, quotes) for part in parts]
        return [q for found in each for q in found] if all(each) else []
    if not spoke or any(q.speaker_kind == "person" for q in spoke):
        return spoke
    mine = {id(q) for q in spoke}
    offices = [q for g in offices_named(speaker, group_speakers(quotes)) for q in g.quotes]
    return [*spoke, *(q for q in offices if id(q) not in mine)]


def quoted_on(topic: str, quotes: Sequence[Quote], relevance: Relevance | None) -> list[Quote]:
    """The named speakers' quotes on `topic`, grouped by speaker, the best-fitting speaker
    first; empty without `relevance` (no content score, no way to tell what is on topic)."""
    if relevance is None:
        return []
    named = [q for q in quotes if q.speaker]
    scored = [(s, q) for s, q in ranked(topic, named, relevance) if s >= ON_FLOOR]
    if not scored:
        return []
    by_speaker: dict[str, list[Quote]] = {}
    for s, q in scored:
        if s >= scored[0][0] - ON_MARGIN:
            by_speaker.setdefault(q.speaker or "", []).append(q)
    kept = list(by_speaker.values())[:ON_SPEAKERS]
    return [q for qs in kept for q in qs[:ON_PER_SPEAKER]]
