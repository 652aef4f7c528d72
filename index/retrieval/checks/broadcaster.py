""" "Which network aired the debate?": a broadcaster asked for, near a paragraph that names none.
Pure.

A paragraph about the debate names its date, its place and the candidates, so it is near the
question, and says nothing of who showed it. One that does speaks of broadcasting ("aired",
"televised", "on cable") or names the broadcaster, and news names broadcasters by their
letters ("CBS", "ESPN Deportes", "WBT"). A paragraph with neither cannot answer; a close
runner-up that has one may lead (`leading._first_fit`), else "the articles don't give the name".
"""

from __future__ import annotations

import re

# "which (TV) network aired …?", "what station covered …?", "on which channel does X air?"
_ASKED = re.compile(
    r"^\s*(?:(?i:on|from)\s+)?(?i:which|what)\s+(?:(?i:tv|television|cable|radio|news)\s+)?"
    r"(?i:networks?|channels?|stations?|broadcasters?)\s+(?!(?i:is|are|was|were)\s+(?i:called|named)\b)"
)
_TOLD = re.compile(
    r"\b(?:networks?|channels?|stations?|broadcast\w*|air(?:s|ed|ing)?|televis\w*|TV|radio|cable|"
    r"streamed|streaming|simulcast\w*|programs?|programmes?)\b|\b[A-Z]{2,5}\b",
)


def asks_broadcaster(question: str) -> bool:
    """Whether `question` asks which network, channel or station did something.

    >>> asks_broadcaster("Which network aired the debate?"), asks_broadcaster("On what channel does it air?")
    (True, True)
    >>> asks_broadcaster("Which candidate won the debate?")
    False
    """
    return _ASKED.match(question) is not None


def broadcaster_untold(question: str, paragraph: str) -> bool:
    """Whether `question` asks for a broadcaster and `paragraph` neither speaks of broadcasting
    nor names one by its letters.

    >>> q = "Which network broadcast the Tarn debate?"
    >>> broadcaster_untold(q, "The Tarn debate was held in Kell on May 3, with both candidates.")
    True
    >>> broadcaster_untold(q, "Both candidates agreed to debate on KTV's morning show on May 3.")
    False
    >>> broadcaster_untold(q, "The debate, carried live on local television, ran long.")
    False
    """
    return asks_broadcaster(question) and _TOLD.search(paragraph) is None
