""" "What did X say after the vote?": a topic that names an occasion, not a subject. Pure.

"After the meeting", "during the debate", "at the rally" say when X spoke, not what about, so
ranking X's quotes by how close their words come to "after the meeting" picks the one that
happens to speak of what followed. The quote whose own sentence places it at that occasion
("…, Trump said following the three-hour meeting") is the one asked for.
"""

from __future__ import annotations

import re

from ...retrieval.lexical import terms

_OCCASION = re.compile(
    r"^\s*(?:right\s+|just\s+|shortly\s+)?(?:after|following|before|during|at|since|ahead\s+of)\s+"
    r"(?:the\s+|a\s+|an\s+|this\s+|that\s+|their\s+|his\s+|her\s+|its\s+)?((?:[\w’'-]+\s+){0,3}[\w’'-]+)\s*[?.!]?\s*$",
    re.IGNORECASE,
)
# the words that place a report at an occasion, by their direction in time: "after the
# meeting" is not answered by what was said before it
_PLACING = {
    "after": r"(?:after|following|since)",
    "before": r"(?:before|ahead\s+of|prior\s+to)",
    "during": r"(?:during|at|in|on|throughout)",
}
_DIRECTION = {"after": "after", "following": "after", "since": "after", "before": "before", "ahead": "before"}


def occasion(topic: str) -> tuple[str, str] | None:
    """The direction ("after", "before", "during") and head noun of the occasion `topic`
    names, or None when it names a subject.

    >>> occasion("after the meeting"), occasion("during the long budget debate")
    (('after', 'meeting'), ('during', 'debate'))
    >>> occasion("the meeting") is None, occasion("Iran's missiles") is None
    (True, True)
    """
    m = _OCCASION.match(topic)
    if m is None:
        return None
    word = re.sub(r"^(?:right|just|shortly)\s+", "", topic.strip().lower()).split()[0]
    return _DIRECTION.get(word, "during"), m.group(1).split()[-1].lower()


def placed_at(sentence: str, asked: tuple[str, str]) -> bool:
    """Whether `sentence` places what it reports at the occasion `asked` names: a placing
    word of the same direction and, within four words after it, the occasion itself.

    >>> placed_at("“We will win,” she said following the two-hour debate.", ("after", "debate"))
    True
    >>> placed_at("“We will win,” she said following the two-hour debate.", ("before", "debate"))
    False
    >>> placed_at("The debate comes days after the vote, after which she spoke.", ("after", "debate"))
    False
    """
    direction, head = asked
    stem = set(terms(head))
    if not stem:
        return False
    placing = _PLACING[direction]
    for m in re.finditer(rf"\b{placing}\s+((?:[\w’'-]+\s+){{0,3}}[\w’'-]+)", sentence, re.IGNORECASE):
        if stem & set(terms(m.group(1))):
            return True
    return False
