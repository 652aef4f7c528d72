"""Whether a yes-or-no question's best paragraph speaks of what is asked at all. Pure.

"Did Lee and Roe sign any agreement?" or "is the mill running at the moment?" names people
and things the articles know, so a paragraph about them is near: "Lee and Roe will meet
amid growing outrage …". It tells nothing of the act asked about: the question's words beyond
its names ("sign any agreement") are the fact it asks after, and a paragraph holding none of
them, nor a word news uses for the same thing (`kin.topic_terms`: "deal" for "agreement"),
does not state it, whether yes or no.

A phrase that only sets the time or the occasion ("… after the summit", "… at the meeting")
situates the fact and is not it: "did Lee strike Roe after the summit?" is not told by a
paragraph about the summit, nor "was Kay at the meeting?" by one about the meeting without
Kay. Such a phrase counts only when nothing else is asked ("was Lee at the summit?").
"""

from __future__ import annotations

import re

from ..lexical import terms
from .kin import topic_terms

# a question opening with an auxiliary ("did …", "is …", "has …"); "do the articles …",
# "is there a disagreement …" ask about the sources and are read elsewhere
_YES_NO = re.compile(
    r"^\s*(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\s+"
    r"(?!(?:the\s+|both\s+)*(?:two\s+)?(?:sources|articles|reports|stories|outlets|accounts)\b)",
    re.IGNORECASE,
)
# words that only relate the names to each other: "is Kell mediating between Lee and Roe?"
# asks about mediating, which a paragraph on a war "between Lee and Roe" does not tell
_RELATIONS = frozenset(terms("between among amongst against toward towards across via amid"))
# a trailing phrase of time or occasion, from its preposition to the end of the question
_SETTING = re.compile(r"\s+(?:after|before|during|following|since|until|at)\s+.*$", re.IGNORECASE | re.DOTALL)


def asked_fact(question: str) -> set[str]:
    """The terms (with their kin) of a yes-or-no `question` beyond its auxiliary and the names
    it gives (capitalised words); empty for another kind of question.

    >>> sorted(asked_fact("Did Lee and Roe sign a treaty in Oslo?"))
    ['accord', 'agreement', 'deal', 'pact', 'sign', 'treati']
    >>> asked_fact("What did Lee sign?")
    set()
    >>> sorted(asked_fact("Was kay at the summit?")), sorted(asked_fact("Was Kay at the summit?"))
    (['kay'], ['meet', 'summit', 'trip', 'visit'])
    """
    m = _YES_NO.match(question)
    if m is None:
        return set()
    rest = question[m.end() :]
    core = _unnamed_terms(_SETTING.sub("", rest))
    return core or _unnamed_terms(rest)


def _unnamed_terms(text: str) -> set[str]:
    return topic_terms(" ".join(w for w in text.split() if not w[:1].isupper())) - _RELATIONS


def fact_untold(question: str, paragraph: str) -> bool:
    """Whether `question` asks yes or no and `paragraph` holds none of `asked_fact`.

    >>> q = "Did Lee and Roe sign any agreement?"
    >>> fact_untold(q, "Lee and Roe will meet amid growing outrage over the new levy.")
    True
    >>> fact_untold(q, "Lee and Roe put their names to a deal on the river.")
    False
    >>> fact_untold("Who did Lee meet?", "Lee and Roe will meet.")
    False
    >>> fact_untold("Is Kell mediating between Lee and Roe?", "The war between Lee and Roe ended.")
    True
    """
    asked = asked_fact(question)
    return bool(asked) and not asked & set(terms(paragraph))
