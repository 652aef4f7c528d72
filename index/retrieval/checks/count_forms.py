"""Numbers that count nothing a "how many" question asks about. Pure.

A sentence may hold a number and still give no count: "a second scandal" ranks a scandal, "a
two-term mayor" describes a mayor; neither says how many votes were cast or how many people
came. An ordinal answers only when it ranks the thing counted ("their sixth meeting" for "how
many meetings …") or the question counts times ("her third win"). A number joined to a noun
("two-term", "five-year") is read only against "how many people", which `counts.counts_other`
cannot hold to a noun (a count of anything may count people); it answers when it is of
people ("a 10-person crew", "a 5,000-strong crowd") or the noun after it is ("a six-time
Grammy winner"). Other questions keep the compound (a squad-dev replay: "a 30-second
commercial" was the cited sentence of a paragraph whose next sentence gave the count).
"""

from __future__ import annotations

import re

from .counts import FIRST, NUMBER, YEAR_ONLY

_ORDINALS = frozenset(
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth hundredth".split()
)
_ASKED = re.compile(r"\bhow many\s+(?:more\s+|other\s+)?([a-z][\w’'-]*)")
_PEOPLE = frozenset("people persons men women children".split())
# "a 10-person crew", "a 5,000-strong crowd": compounds that count people
_PEOPLE_COMPOUND = frozenset("person people man men member strong seat".split())
_REACH = 3  # words after an ordinal that may name what it ranks ("their sixth official meeting")
# a bare number set off by commas after a name is an age ("Ana Ruiz, 26, said"; `age.py`), which
# counts only years
_AGE_AFTER_NAME = re.compile(r"[A-Z][\w’'.-]*,\s+\d{1,3},$")
_AGE_NOUNS = frozenset("years year".split())


def _stem(word: str) -> str:
    return word.rstrip("s’'")[:4]


def _pronoun_one(low: str, m: re.Match[str]) -> bool:
    """ "the one where …", "one that …": "one" standing for a noun, not counting it."""
    before, after = low[: m.start()], low[m.end() :]
    return (
        re.search(r"\bthe\s+$", before) is not None
        or re.match(r"\s+(?:that|who|which|where|whose)\b", after) is not None
    )


def counts_nothing_asked(question: str, sentence: str) -> bool:
    """Whether every number of `sentence` only ranks or describes something other than what
    the "how many" `question` counts (see the module docstring). A sentence with no number,
    or one with a plain count, is left to the other checks (False).

    >>> q = "How many votes did Pell get in the mayoral race?"
    >>> counts_nothing_asked(q, "Pell lost the race amid a second scandal.")
    True
    >>> counts_nothing_asked(q, "Pell got 4,000 votes in a second bid.")
    False
    >>> counts_nothing_asked("How many people came to the rally?", "Its host, a two-term mayor, spoke.")
    True
    >>> counts_nothing_asked("How many people came to the rally?", "A 5,000-strong crowd came.")
    False
    >>> counts_nothing_asked(q, "Pell lost amid a second scandal (the one where she lied).")
    True
    >>> counts_nothing_asked("How many people were hurt?", "Ana Ruiz, 26, was hurt at the rally.")
    True
    >>> counts_nothing_asked("How many people were hurt?", "Ana Ruiz, 26, and 14 others were hurt.")
    False
    >>> counts_nothing_asked("How many meetings have they held?", "It was their sixth meeting.")
    False
    >>> counts_nothing_asked("How many times has she won?", "It was her third win.")
    False
    >>> counts_nothing_asked("How many years will the plan last?", "It is a five-year plan.")
    False
    >>> counts_nothing_asked("How many pages was the report?", "The report, a two-page note, said no.")
    False
    >>> counts_nothing_asked("How many medals has Pell won?", "The three-time medal winner Pell ran.")
    False
    """
    asked = _ASKED.search(question.lower())
    if asked is None:
        return False
    noun = asked.group(1)
    low = sentence.lower()
    found = False
    for m in NUMBER.finditer(low):
        word = m.group(0)
        if YEAR_ONLY.match(word) or FIRST.fullmatch(word) or (word == "one" and _pronoun_one(low, m)):
            continue  # no count at all (`value_stated.states` passes these over too)
        found = True
        if noun not in _AGE_NOUNS and _AGE_AFTER_NAME.search(sentence[: m.end() + 1]):
            continue  # "Ana Ruiz, 26, a protester": her age, a count of nothing asked
        if word in _ORDINALS:
            if noun == "times":
                return False
            after = re.findall(r"[a-z][\w’'-]*", low[m.end() :])[:_REACH]
            if any(_stem(w) == _stem(noun) for w in after):
                return False
            continue
        compound = re.match(r"-([a-z]+)\b", low[m.end() :])
        if compound is None or compound.group(1).endswith("s") or noun not in _PEOPLE:
            return False  # a plain count, or a compound read against a specific noun: left to
            # the other checks
        head = compound.group(1)
        if _stem(head) == _stem(noun) or (noun in _PEOPLE and head in _PEOPLE_COMPOUND):
            return False
        after = re.findall(r"[a-z][\w’'-]*", low[m.end() + compound.end() :])[:_REACH]
        if any(_stem(w) == _stem(noun) for w in after):
            return False  # "a six-time Grammy winner" counts Grammys
    return found


# "how many workers has Tarsby laid off?", "… did it hire?": a count of what has been done
_DONE_ASKED = re.compile(
    r"\bhow many\b(?:\s+[\w’'-]+){1,4}?\s+(?:did|has|have|had)\b|\balready\b", re.IGNORECASE
)
# a modal before a plain verb supposes ("could lead to 1,800 layoffs"); "may have killed 300"
# estimates what was done, and "it will be their sixth meeting" counts what has been: neither
# is read so
_PROJECTED = re.compile(
    r"\b(?:could|would|might|may)\s+(?!have\b|been\b)(?:[\w.$’'-]+\s+){1,8}?$", re.IGNORECASE
)


def projected_only(question: str, sentence: str) -> bool:
    """Whether `question` asks how many of something were done and every count of `sentence`
    stands after a modal that looks ahead or supposes, in its clause: "cuts could lead to
    layoffs of 1.8 million" does not say how many have been laid off.

    >>> q = "How many miners has Tarsby already laid off?"
    >>> projected_only(q, "The cuts could lead to layoffs of 1.8 million miners.")
    True
    >>> projected_only(q, "Tarsby has laid off 1,800 miners and could cut 900 more.")
    False
    >>> projected_only(q, "The cuts may have cost 1,800 miners their jobs.")
    False
    >>> projected_only("How many times have they met?", "It will be their sixth meeting.")
    False
    >>> projected_only("How many miners could lose their jobs?", "The cuts could cost 1,800 jobs.")
    False
    """
    if _DONE_ASKED.search(question) is None:
        return False
    found = False
    for m in NUMBER.finditer(sentence.lower()):
        if YEAR_ONLY.match(m.group(0)) or FIRST.fullmatch(m.group(0)):
            continue
        found = True
        clause = re.split(r"[,;:]|\band\b|\bbut\b", sentence[: m.start()])[-1]
        if _PROJECTED.search(clause) is None:
            return False
    return found
