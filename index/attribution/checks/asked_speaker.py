"""The speakers a did-say question's asked speaker denotes (`find_speakers`): a name, a
given name alone ("Guy" for "Guy Ziv", through `speaker_groups.matching_groups`), a
description, or a nationality with a post ("the Syrian interior ministry" for "Syria's
interior ministry"). A nationality with only the word "official" ("the Iranian official")
fits every speaker who holds a state post of that country: its offices and spokespeople
("Iran's foreign ministry spokesperson") and a person the article describes by such a post
("an adviser to Iran's supreme leader"), not an expert or analyst who studies it. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...text import fold, words
from ...types import Quote
from ..speakers.speaker_groups import SpeakerGroup, find_group, group_speakers, matching_groups

# a nationality's endings, and what each leaves of the country: Iranian → Iran, Syrian →
# Syria, Israeli → Israel, Egyptian → Egypt
_DEMONYM_ENDINGS = (("ian", ""), ("ian", "ia"), ("an", "a"), ("i", ""), ("ese", ""))
# words that ask only for someone who speaks for a state, whatever their post
_ANY_POST = frozenset("official officials".split())
# words that ask for everyone who speaks for a state: "the Iranian side"
_SIDE = frozenset("side camp".split())
# the posts of a state's servants, as a person's description gives them ("an adviser to
# Iran's supreme leader"); not "expert", "analyst", "professor": they study a state
_STATE_POSTS = frozenset(
    """official minister spokesperson spokesman spokeswoman adviser advisor aide ambassador
    envoy diplomat negotiator president leader commander general secretary representative
    chief deputy""".split()
)


def find_speakers(speaker: str, quotes: Sequence[Quote]) -> list[SpeakerGroup]:
    """The speaker groups `speaker` denotes, a nationality read as its country when no group
    has the name as typed: "the Iranian foreign ministry spokesperson" is "Iran's foreign
    ministry spokesperson", and "the Iranian official" any of Iran's office-holders.

    >>> q = Quote("x", "Syria’s interior ministry", None, "said", "d", "T", 1, 0, 1, speaker_kind="office")
    >>> [g.name for g in find_speakers("the Syrian interior ministry", [q])]
    ['Syria’s interior ministry']
    >>> [g.name for g in find_speakers("the Syrian official", [q])]
    ['Syria’s interior ministry']
    """
    groups = matching_groups(speaker, group_speakers(quotes))
    if groups:
        return groups
    ws = speaker.split()
    body = ws[1:] if ws and ws[0].lower() in ("the", "a", "an") else ws
    if not body or not body[0][:1].isupper():
        return []
    for ending, country in _DEMONYM_ENDINGS:
        if body[0].endswith(ending) and len(body[0]) > len(ending) + 2:
            named = f"{body[0][: -len(ending)]}{country}"
            group = find_group(" ".join([f"{named}'s", *body[1:]]), quotes)
            if group is not None:
                return [group]
            if len(body) == 2 and fold(body[1]) in _ANY_POST:
                held = [g for g in group_speakers(quotes) if _holds_post_of(named, g)]
                if held:
                    return held
    if len(body) == 2 and fold(body[1]) in _SIDE:
        # "the Iranian side": the country itself, its office-holders, and the groups called by
        # the nationality ("Iranian officials"), whichever ending names the country
        countries = [body[0][: -len(end)] + rest for end, rest in _DEMONYM_ENDINGS if body[0].endswith(end)]
        return [g for g in group_speakers(quotes) if any(_speaks_for(c, body[0], g) for c in countries)]
    return []


def _speaks_for(country: str, nationality: str, group: SpeakerGroup) -> bool:
    """Whether `group` is on `country`'s side: the country itself, one of its office-holders
    (`_holds_post_of`), or a group named by the nationality ("Syrian officials").

    >>> g = lambda name, kind: SpeakerGroup(name, kind, (name,), (), ())
    >>> sides = [("Syria", "office"), ("Syrian officials", "anonymous"), ("Syria’s army", "office")]
    >>> [_speaks_for("Syria", "Syrian", g(n, k)) for n, k in [*sides, ("a Syrian-born expert", "person")]]
    [True, True, True, False]
    """
    name = fold(group.name).split()
    if name == [fold(country)] or _holds_post_of(country, group):
        return True
    return group.kind in ("office", "anonymous") and len(name) > 1 and name[0] == fold(nationality)


def _holds_post_of(country: str, group: SpeakerGroup) -> bool:
    """Whether `group` speaks for `country` by a post: an office or spokesperson named as the
    country's ("Iran’s foreign ministry spokesperson"), or a person described by a state post
    of it ("an adviser to Iran’s supreme leader").

    >>> g = lambda name, kind, details=(): SpeakerGroup(name, kind, (name,), details, ())
    >>> _holds_post_of("Iran", g("Iran’s foreign ministry spokesperson", "office"))
    True
    >>> _holds_post_of("Iran", g("Ann Roe", "person", ("an adviser to Iran’s supreme leader",)))
    True
    >>> _holds_post_of("Iran", g("Ed Lee", "person", ("an Iran expert at Israel’s institute",)))
    False
    >>> _holds_post_of("Iran", g("Iran", "office"))  # the country itself, no post of it
    False
    """
    owner = re.compile(rf"\b{re.escape(country)}['’]s\s", re.IGNORECASE)
    if group.kind in ("office", "anonymous"):
        return any(owner.match(v) for v in group.variants)
    return any(owner.search(d) and set(words(d)) & _STATE_POSTS for d in (*group.variants, *group.details))


def others_than(speaker: str, quotes: Sequence[Quote]) -> list[Quote]:
    """`quotes` without those of the speakers `speaker` denotes (`find_speakers`): "who
    besides Lee said …?" is answered by anyone but Lee.

    >>> a = Quote("x", "Ann Lee", None, "said", "d", "T", 1, 0, 1)
    >>> b = Quote("y", "Bo Roe", None, "said", "d", "T", 2, 0, 1)
    >>> [q.speaker for q in others_than("Lee", [a, b])]
    ['Bo Roe']
    """
    theirs = {id(q) for g in find_speakers(speaker, quotes) for q in g.quotes}
    return [q for q in quotes if id(q) not in theirs]


def named_sources(quotes: Sequence[Quote], officials: bool = False) -> list[Quote]:
    """The quotes of the sources quoted on the record: every speaker but the anonymous ones
    and words no one is named for ("who spoke on the record?"); with `officials`, only
    offices and the people described by a post ("which officials spoke on the record?":
    a president or a ministry's spokesperson, not an expert or a professor).

    >>> q = lambda s, k, d="": Quote(d or "x", s, None, "said", "a", "A", 1, 0, 1, speaker_kind=k)
    >>> quotes = [q("Ann Roe", "person"), q("an aide", "anonymous"), q("the ministry", "office")]
    >>> [x.speaker for x in named_sources(quotes)]
    ['Ann Roe', 'the ministry']
    >>> [x.speaker for x in named_sources(quotes, officials=True)]
    ['the ministry']
    """
    named = [g for g in group_speakers(quotes) if g.kind in ("person", "office")]
    if officials:
        named = [g for g in named if g.kind == "office" or _described_by_post(g)]
    kept = {id(q) for g in named for q in g.quotes}
    return [q for q in quotes if id(q) in kept]


def _described_by_post(group: SpeakerGroup) -> bool:
    """Whether the articles give a person a state post ("U.S. President Lee", "an adviser to
    the prime minister"), not a trade that studies one ("an expert at …")."""
    return any(set(words(d)) & _STATE_POSTS for d in (*group.variants, *group.details))
