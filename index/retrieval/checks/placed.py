""" "The exchange occurred during a dinner at the palace": a sentence that places what the one
before it told at an occasion, so that the sentence before tells of that occasion too. Pure.
"""

from __future__ import annotations

import re

# "The exchange occurred during a meeting at …", "These remarks came at a summit …": a sentence
# that places what the one before it told at an occasion
_PLACES_BEFORE = re.compile(
    r"^\W*(?:the|this|that|these|those)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+"
    r"(?:occurred|took\s+place|happened|came|unfolded|was\s+made|were\s+made|was\s+held|were\s+held)\s+"
    r"(?:during|at|in|on|after|following)\b",
    re.IGNORECASE,
)


def placing_subject(sentence: str) -> str | None:
    """The subject of `sentence` when it places something told before it at an occasion, else None.

    >>> placing_subject("The exchange occurred during a dinner at the palace.")
    'exchange'
    >>> placing_subject("These remarks came after the vote."), placing_subject("The vote was close.")
    ('remarks', None)
    """
    m = _PLACES_BEFORE.match(sentence)
    return m.group(1) if m else None
