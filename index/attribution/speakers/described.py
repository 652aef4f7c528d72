"""A speaker a journalist describes instead of naming: "the US senator", "the Tarsby-based
official", "an anonymous source". The description fits a speaker when its every word is in one
of the names or details the article gives them, in any order, one of a group fitting the
group ("an official" of "officials"), abbreviations with or without points ("U.S." is "US")
or as initials ("UN" of "United Nations"); its noun is the speaker's, not that of a body they
belong to ("the institute" is not "an expert at the institute"). A word that says only that
the speaker goes unnamed ("anonymous", "unnamed") fits a speaker the article does not name,
and then "source" asks nothing more. Used by `speaker_groups.group_matches`. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...text import fold, words

FILLER = frozenset("the a an of in at for from by with and based who".split())
# words that say only that the speaker goes unnamed
_UNNAMED = frozenset("anonymous unnamed unidentified".split())
# a noun that says only that someone spoke, once the speaker is known to be unnamed
_ANYONE = frozenset({"source", "sources", "person"})
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")  # "U.S.", "U.K."


def _singular(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) else w


def description_words(text: str, singular: bool = False) -> set[str]:
    """The words of a description, hyphenated ones split, points dropped from abbreviations:
    "the Tarsby-based official" → {tarsby, official} ("based" is a filler word), "U.S.
    Senator" → {us, senator}; with `singular`, each plural word's singular too.

    >>> sorted(description_words("the Tarsby-based official")), sorted(description_words("U.S. Senator"))
    (['official', 'tarsby'], ['senator', 'us'])
    >>> sorted(description_words("harbour officials", singular=True))
    ['harbour', 'official', 'officials']
    """
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)
    out = {part for w in words(text) for part in re.split(r"[-']", w) if part}
    if singular:
        out |= {_singular(w) for w in out} | _initials(text)
    return out - FILLER


def _initials(text: str) -> set[str]:
    """The initials of every run of two to four capitalised words: "the United Nations
    Secretary-General" is also "UN", "UNS", "NS", … (a description may say "the UN chief").

    >>> sorted(_initials("the United Nations envoy"))
    ['un']
    """
    return set(initialisms(text))


def initialisms(text: str) -> dict[str, set[str]]:
    """`_initials`, each with the folded words it stands for.

    >>> {k: sorted(v) for k, v in initialisms("talks with the United States go on").items()}
    {'us': ['states', 'united']}
    """
    caps = re.split(r"[\s-]+", text)
    out: dict[str, set[str]] = {}
    for i in range(len(caps)):
        for n in range(2, 5):
            run = caps[i : i + n]
            if len(run) == n and all(w[:1].isupper() and w[1:2].islower() for w in run):
                out.setdefault("".join(fold(w[0]) for w in run), set()).update(fold(w) for w in run)
    return out


def described(speaker: str, known: Sequence[str], unnamed: bool) -> bool:
    """Whether `speaker`, a description (it has a lower-case word that is not a filler, as
    "official"), fits a speaker the article calls by the names and details `known`; `unnamed`
    when the article does not name them (an anonymous source, "officials said").

    >>> described("the anonymous official in Tarsby", ["an official based in Tarsby"], True)
    True
    >>> described("an unnamed source", ["harbour officials"], True)
    True
    >>> described("a harbour official", ["harbour officials"], True)
    True
    >>> described("the harbour official", ["harbour officials"], True)
    False
    >>> described("the US senator", ["Ed Roe"], False)
    False
    >>> described("the Kestin institute", ["an expert at the Kestin institute"], False)
    False
    """
    if not any(w[:1].islower() and fold(w) not in FILLER for w in speaker.split()):
        return False  # a name, matched by surname
    asked = description_words(speaker)
    if unnamed and asked & _UNNAMED:
        asked -= _UNNAMED | _ANYONE
        if not asked:
            return True
    # one of a group fits the group ("an official" of "officials"), not the other way round:
    # "researchers" are not the one researcher the article names; and "the official" is one
    # person the journalist has in mind, not whoever of "officials" spoke
    head = _head_word(speaker)
    one = fold(speaker).startswith("the ") and _singular(head) == head
    return bool(asked) and any(
        asked <= description_words(k, singular=True)
        and (head in _UNNAMED | _ANYONE or head in description_words(head_part(k), singular=True))
        and not (one and _singular(plural := _head_word(k)) != plural)
        for k in known
    )


_PREPOSITION = re.compile(r"\s(?:at|of|for|to|in|on|with|from|by|under|near)\s", re.IGNORECASE)


def head_part(description: str) -> str:
    """A description up to its first preposition, the part that says what the speaker is:
    "an expert at the Kestin institute" is an expert, not an institute.

    >>> head_part("an expert at the Kestin institute"), head_part("the Tarsby-based official")
    ('an expert', 'the Tarsby-based official')
    """
    return _PREPOSITION.split(f" {description} ", maxsplit=1)[0].strip()


def _head_word(description: str) -> str:
    """The last word of `head_part`, its noun: "official" of "the anonymous official in Tarsby"."""
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), head_part(description))
    ws = [p for w in words(text) for p in re.split(r"[-']", w) if p and p not in FILLER]
    return ws[-1] if ws else ""


def _plain(name: str) -> str:
    return fold(name).replace("’", "'").removeprefix("the ").strip()


def asked_and_found(asked: str, said_by: str | None) -> str:
    """The speaker a "did X say …?" answer confirms, as the question named them and, when
    that was a description, as the article names them: "the US senator (Karin Lund)".

    >>> asked_and_found("the US senator", "Karin Lund"), asked_and_found("Lund", "Karin Lund")
    ('the US senator (Karin Lund)', 'Lund')
    """
    describes = any(w[:1].islower() and fold(w) not in FILLER for w in asked.split())
    if not said_by or not describes or _plain(asked) == _plain(said_by):
        return asked
    return f"{asked} ({mid_sentence(said_by)})"


def mid_sentence(name: str, unnamed: bool = False) -> str:
    """A speaker's name as written inside a sentence: an article's "An analyst based in …",
    capitalised where it opened the article's sentence, is "an analyst based in …"; so is a
    group the article leaves unnamed (`unnamed`) by one plural word ("Analysts say …").

    >>> mid_sentence("An analyst based in Tarsby"), mid_sentence("The Hague"), mid_sentence("Ed Roe")
    ('an analyst based in Tarsby', 'The Hague', 'Ed Roe')
    >>> mid_sentence("Diplomats", unnamed=True), mid_sentence("Reuters")
    ('diplomats', 'Reuters')
    """
    first, _, rest = name.partition(" ")
    if first in ("A", "An") or (first == "The" and rest[:1].islower()):
        return f"{first.lower()} {rest}"
    if unnamed and not rest and is_plural(name, person=False):
        return name.lower()
    return name


def sentence_opening(name: str) -> str:
    """A speaker's name (or a note) as it opens a reply's sentence: its first letter a capital.

    >>> sentence_opening("an analyst based in Tarsby"), sentence_opening("Ed Roe")
    ('An analyst based in Tarsby', 'Ed Roe')
    """
    return name[:1].upper() + name[1:]


def is_plural(name: str, person: bool) -> bool:
    """Whether a speaker's name takes a plural verb: a group of people ("harbour officials",
    "Analysts"), not a person (`person`: "Jones") nor a proper name ending in "s" ("the United
    States").

    >>> is_plural("harbour officials", False), is_plural("Analysts", False), is_plural("Jones", True)
    (True, True, False)
    >>> is_plural("the United States", False)
    False
    """
    ws = name.split()
    if person or not ws:
        return False
    last = ws[-1]
    plural = len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is", "’s", "'s"))
    return plural and (last[:1].islower() or len(ws) == 1)
