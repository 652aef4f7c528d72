"""A speaker the articles never write: "what did putin say?" typed in lower case (or shouted,
"WHAT DID PUTIN SAY?", which is read as lower case) names no one by its capitals, so the name
check of `mentions.py` cannot see it, and the reply used to be "I found no quotes by putin".
The speaker slot of "what did X say?" names someone whatever the case it is typed in: when no
word of it is one the articles write, the articles don't mention X. Pure.

The label reads as a name when it is one by its form: a bare noun phrase ("putin", "vladimir
putin") is given capitals, as a common noun in that slot would need a determiner ("the mayor"
stays as typed); a bare word ending in "s" ("officials", "jones") is left as typed, a plural
or a name alike.
"""

from __future__ import annotations

import re

from .mentions import Vocabulary

_DETERMINER = re.compile(r"^(?:the|a|an|some|any|one|his|her|their|its)\s+", re.IGNORECASE)
# words that stand for someone without naming anyone
_NO_ONE = frozenset(
    """anyone anybody someone somebody everyone everybody nobody people others other experts officials
    critics analysts observers locals residents witnesses""".split()
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)


def unmentioned_speaker(speaker: str, vocabulary: Vocabulary) -> str | None:
    """`speaker` as a reply names it when no word of it is written in the articles, else None.

    >>> vocab = Vocabulary.of(["The mayor of Kell met Anna Marsh on Tuesday."])
    >>> unmentioned_speaker("bogdan", vocab), unmentioned_speaker("olga petrenko", vocab)
    ('Bogdan', 'Olga Petrenko')
    >>> unmentioned_speaker("the harbourmaster", vocab), unmentioned_speaker("marsh", vocab)
    ('the harbourmaster', None)
    >>> unmentioned_speaker("the mayor", vocab), unmentioned_speaker("anyone", vocab)
    (None, None)
    """
    text = " ".join(speaker.split())
    determiner = _DETERMINER.match(text)
    words = _WORD.findall(text[determiner.end() :] if determiner else text)
    if not vocabulary.words or not words or any(w.lower() in _NO_ONE for w in words):
        return None
    if max(len(w) for w in words) < 4 or any(vocabulary.knows(w) for w in words):
        return None  # "Sol": too short to tell from a typo; any word written: asked as usual
    if determiner or words[-1].lower().endswith("s") or any(c.isupper() for c in text):
        return text
    return " ".join(w[:1].upper() + w[1:] for w in words)
