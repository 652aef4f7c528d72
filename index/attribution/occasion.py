""""What did X say after the vote?": a topic that names an occasion, not a subject. Pure.

"After the meeting", "during the debate", "at the rally" say when X spoke, not what about, so
ranking X's quotes by how close their words come to "after the meeting" picks the one that
happens to speak of what followed. The quote whose own sentence places it at that occasion
("…, Trump said following the three-hour meeting") is the one asked for.
"""

from __future__ import annotations

import re

from ..retrieval.lexical import terms

_OCCASION = re.compile(
    r"^\s*(?:right\s+|just\s+|shortly\s+)?(?:after|following|before|during|at|since|ahead\s+of)\s+"
    r"(?:the\s+|a\s+|an\s+|this\s+|that\s+|their\s+|his\s+|her\s+|its\s+)?((?:[\w’'-]+\s+){0,3}[\w’'-]+)\s*[?.!]?\s*$",
    re.IGNORECASE,
)
_PLACING = r"(?:after|following|before|during|at|since|ahead\s+of|in|on)"


def occasion(topic: str) -> str | None:
    """The head noun of the occasion `topic` names, or None when it names a subject.

    >>> occasion("after the meeting"), occasion("during the long budget debate")
    ('meeting', 'debate')
    >>> occasion("the meeting") is None, occasion("Iran's missiles") is None
    (True, True)
    """
    m = _OCCASION.match(topic)
    return m.group(1).split()[-1].lower() if m else None


def placed_at(sentence: str, head: str) -> bool:
    """Whether `sentence` places what it reports at the occasion `head` names: a placing word
    and, within four words after it, the occasion itself.

    >>> placed_at("“We will win,” she said following the two-hour debate.", "debate")
    True
    >>> placed_at("The debate comes days after the vote, after which she said more would follow.", "debate")
    False
    """
    stem = set(terms(head))
    if not stem:
        return False
    for m in re.finditer(rf"\b{_PLACING}\s+((?:[\w’'-]+\s+){{0,3}}[\w’'-]+)", sentence, re.IGNORECASE):
        if stem & set(terms(m.group(1))):
            return True
    return False
