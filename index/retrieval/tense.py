""" "When will the next round of talks take place?": questions about a time still to come. Pure.

Such a question is answered by a paragraph that looks ahead ("the talks will resume on
Monday", "a vote is expected next month", "talks set for Friday"), not by one that only dates
what has already happened ("… the war last July"): that one states a time, and not the one
asked for.
"""

from __future__ import annotations

import re

# "when will …", "when is the vote due …", "when are the talks expected to resume?"
_FUTURE_ASKED = re.compile(
    r"^\s*when\s+(?:will|shall|(?:is|are)\s+(?:[\w’'-]+\s+){1,6}?(?:due|expected|scheduled|set|slated|"
    r"planned|going)\b)",
    re.IGNORECASE,
)
# words by which a report looks ahead
_AHEAD = re.compile(
    r"\b(?:will|would|shall|won['’]t|['’]ll|next|tomorrow|upcoming|coming|due|expected|expects?|"
    r"scheduled|slated|planned|plans?|set\s+(?:to|for)|later\s+this|soon|future|intends?|aims?|"
    r"to\s+be\s+held|to\s+take\s+place|to\s+resume|until|by\s+(?:the\s+end|early|late|mid))\b",
    re.IGNORECASE,
)


def asks_future(question: str) -> bool:
    """Whether `question` asks when something is still to happen.

    >>> asks_future("When will the bridge reopen?"), asks_future("When is the vote expected?")
    (True, True)
    >>> asks_future("When did the bridge reopen?"), asks_future("When would a strike be legal?")
    (False, False)
    """
    return _FUTURE_ASKED.match(question) is not None


def looks_ahead(text: str) -> bool:
    """Whether `text` speaks of anything still to come.

    >>> looks_ahead("The bridge will reopen in May."), looks_ahead("A vote is expected next week.")
    (True, True)
    >>> looks_ahead("The bridge closed last July after the flood.")
    False
    """
    return _AHEAD.search(text) is not None
