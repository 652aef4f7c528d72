""" "Why did the mayor cancel the parade?", "why was the vote postponed?": a reason asked for an
act of calling off, putting off, stepping down or pulling out, near a paragraph that never tells
of one. Pure.

Such a question carries a fact of its own: that the parade was cancelled. A paragraph about the
mayor and the parade ("the mayor will open the parade on Sunday, hoping to draw visitors") may
even give a reason, for something else; when neither the best paragraph nor the one its reason
was taken from tells of the act in any word of its family, the articles do not say it happened,
and the reply says so instead of giving a reason for what did. Only these acts are read so: they
are told in a few set words, where most acts have many ("why did Lee leave Brava?" is told by
"Lee moved to Tarn").
"""

from __future__ import annotations

import re

# each act asked about, and the words that tell of it
_FAMILIES = {
    "cancel": r"cancel\w*|call(?:s|ed|ing)?\s+off|scrap\w*|axe[ds]?|drop(?:s|ped)\s+(?:the|its)\s+plan",
    "postpone": r"postpon\w*|delay\w*|put(?:s|ting)?\s+off|defer\w*|push(?:es|ed)?\s+back|reschedul\w*",
    "resign": r"resign\w*|quit\w*|step(?:s|ped|ping)?\s+down|stood\s+down|stand(?:s|ing)?\s+down",
    "withdraw": (
        r"withdr[ae]w\w*|pull(?:s|ed|ing)?\s+(?:out|back)|back(?:s|ed|ing)?\s+out|exit\w*|abandon\w*|leav\w+|left|"
        r"walk(?:s|ed|ing)?\s*out|storm(?:s|ed|ing)?\s+out"
    ),
    "boycott": r"boycott\w*|stay(?:s|ed)?\s+away|skip\w*",
    "suspend": r"suspen\w*|halt\w*|freez\w*|froze\w*|paus\w*",
}
_ASKED = {
    "cancel": r"cancel(?:led|ed|s)?|call(?:ed)?\s+off|scrap(?:ped)?",
    "postpone": r"postpone[ds]?|put\s+off",
    "resign": r"resign(?:ed|s)?|quit|step(?:ped)?\s+down",
    "withdraw": r"withdr[ae]wn?|pull(?:ed)?\s+out|back(?:ed)?\s+out|walk(?:ed)?\s+out|storm(?:ed)?\s+out",
    "boycott": r"boycott(?:ed|s)?",
    "suspend": r"suspend(?:ed|s)?",
}
_WHY = re.compile(
    r"^\s*(?:and\s+)?why\s+(?:did|do|does|has|have|had|was|were|is|are|would|will)\s+(?:[\w’'.-]+\s+){1,6}?(?:"
    + "|".join(f"(?P<{k}>{v})" for k, v in _ASKED.items())
    + r")\b",
    re.IGNORECASE,
)


def asked_premise(question: str) -> str | None:
    """The act a "why" question takes for granted, as a family name, or None.

    >>> asked_premise("Why did the mayor cancel the parade?"), asked_premise("why was the vote put off")
    ('cancel', 'postpone')
    >>> asked_premise("Why did Lee pull out of the race?"), asked_premise("Why did Lee win the race?")
    ('withdraw', None)
    """
    m = _WHY.match(question)
    if m is None:
        return None
    return next(k for k, v in m.groupdict().items() if v)


def premise_untold(question: str, *paragraphs: str) -> bool:
    """Whether `question` asks why an act of calling off, putting off, stepping down, pulling
    out, boycotting or suspending happened that none of `paragraphs` tells of.

    >>> q = "Why did the mayor cancel the parade?"
    >>> premise_untold(q, "The mayor will open the parade on Sunday, hoping to draw visitors.")
    True
    >>> premise_untold(q, "The parade was called off after the storm.")
    False
    >>> premise_untold(q, "The mayor opened the parade.", "That decision to scrap it came later.")
    False
    """
    family = asked_premise(question)
    if family is None:
        return False
    told = re.compile(rf"\b(?:{_FAMILIES[family]})\b", re.IGNORECASE)
    return not any(told.search(p) for p in paragraphs)
