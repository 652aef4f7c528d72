"""Whether a sentence states an age, which "how old …?" asks for. Pure.

"How old is the senator?" is a number question, but not every number answers it: "after two
scandals" counts scandals. News gives an age in a few set forms: an apposition after a name
("Ona Pell, 58, said …", "Pell (58)"), a copula ("Pell was 58"), "at age 58" / "aged 58", "a
58-year-old" / "seven months old"; a thing's age as a span of years ("4.6 billion years"), or
by the year it was born, founded or dates to ("graves dating to 1338").
"""

from __future__ import annotations

import re

from .counts import NUMBER_WORDS

_ASKS = re.compile(r"\bhow old\b", re.IGNORECASE)
_AGE = re.compile(
    # "Ona Pell, 58, said", "Pell (58)": a bare number set off after a name
    r"[A-Z][\w’'.-]*,\s+\d{1,3}(?:,|\s*$)|[A-Z][\w’'.-]*\s+\(\d{1,3}\)"
    # "Pell was 58", "she turned 40" (not "was 58 yards", "was 58 percent")
    r"|\b(?:is|was|are|were|turned|turns|turning)\s+(?:about\s+|nearly\s+|almost\s+|just\s+)?\d{1,3}\b"
    r"(?!\s*(?:%|(?!(?:in|on|at|and|but|as|when|while|after|before|by|during|this|last|then)\b)[a-z]))"
    # "at age 58", "aged 58", "the age of 58", "range in age from …"
    r"|\b(?:[Aa]ged?|ages)\s+(?:of\s+)?(?:about\s+|from\s+)?\d|\bin\s+age\b"
    # "a 58-year-old", "seven months old", "4.6 billion years"
    rf"|\b(?:{NUMBER_WORDS})[\s-]+(?:(?:and\s+a\s+half|thousand|million|billion)[\s-]+)?"
    r"(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))[\s-]+old\b"
    r"|\b\d[\d.,]*\s+(?:thousand|million|billion)\s+years\b"
    # born, founded or dating to a year or century
    r"|\b(?:[Bb]orn|[Ff]ounded|[Bb]uilt|[Ee]stablished|[Dd]at(?:es|ed|ing))\b[^.;]*?"
    r"\b(?:1\d{3}|20\d\d|\d+(?:st|nd|rd|th)\s+century)\b"
)


def asks_age(question: str) -> bool:
    """Whether `question` asks how old someone or something is.

    >>> asks_age("How old was the mayor when she won?"), asks_age("How many ferries sank?")
    (True, False)
    """
    return _ASKS.search(question) is not None


def states_age(sentence: str) -> bool:
    """Whether `sentence` gives an age (see the module docstring).

    >>> states_age("Ona Pell, 58, said she would run again.")
    True
    >>> states_age("Pell, whose career ended after two scandals, said she would run again.")
    False
    >>> states_age("The record was 13 years apart (Pell was 58, Brandt was 45).")
    True
    >>> states_age("The tower, built in 1889, still stands.")
    True
    >>> states_age("Pell was 58 percent ahead in the polls.")
    False
    >>> states_age("Pell was getting old: she turned 58 in the spring.")
    True
    """
    return _AGE.search(sentence) is not None
