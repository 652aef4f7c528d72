"""Whether a yes-or-no question's best paragraph speaks of what is asked at all. Pure.

"Did Lee and Roe sign any agreement?" or "is the mill running at the moment?" names people
and things the articles know, so a paragraph about them is near: "Lee and Roe will meet
amid growing outrage …". It tells nothing of the act asked about: the question's words beyond
its names ("sign any agreement") are the fact it asks after, and a paragraph holding none of
them, nor a word news uses for the same thing (`kin.topic_terms`: "deal" for "agreement"),
does not state it, whether yes or no.
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


def asked_fact(question: str) -> set[str]:
    """The terms (with their kin) of a yes-or-no `question` beyond its auxiliary and the names
    it gives (capitalised words); empty for another kind of question.

    >>> sorted(asked_fact("Did Lee and Roe sign a treaty in Oslo?"))
    ['accord', 'agreement', 'deal', 'pact', 'sign', 'treati']
    >>> asked_fact("What did Lee sign?")
    set()
    """
    m = _YES_NO.match(question)
    if m is None:
        return set()
    rest = question[m.end() :].split()
    return topic_terms(" ".join(w for w in rest if not w[:1].isupper()))


def fact_untold(question: str, paragraph: str) -> bool:
    """Whether `question` asks yes or no and `paragraph` holds none of `asked_fact`.

    >>> q = "Did Lee and Roe sign any agreement?"
    >>> fact_untold(q, "Lee and Roe will meet amid growing outrage over the new levy.")
    True
    >>> fact_untold(q, "Lee and Roe put their names to a deal on the river.")
    False
    >>> fact_untold("Who did Lee meet?", "Lee and Roe will meet.")
    False
    """
    asked = asked_fact(question)
    return bool(asked) and not asked & set(terms(paragraph))
