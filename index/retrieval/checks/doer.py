""" "When did Ana Ruiz drop out?", "What rate did Tomas Berg propose?": a question about what a
named person or body did, near a paragraph that never names them. Pure.

Such a paragraph tells what someone else did ("Berg's rival dropped out on May 3", "…, which
Senator Ilse Varga proposed"): the same act and the same words, another doer. When the
paragraph names no word of the doer the question names, it cannot say what they did, so the
reply says the articles don't say instead of citing the other's act. A paragraph that speaks
of someone only as "he" or "she" may be about the one asked after (named a paragraph back),
so one with a sentence that opens on such a pronoun is left to answer; so is a question
after two doers ("where did Ana Ruiz and Tomas Berg meet?").
"""

from __future__ import annotations

import re

from ...text import fold

# "when did Ana Ruiz …", "what rate has the Brava Council …", "how many ships did Vennick
# sink": do-support or a perfect, then the doer by name, then a verb in lower case
_DOER = re.compile(
    r"^\s*(?i:what|which|when|where|how|why|whom)\b[^?]*?\s(?:did|does|do|has|have|had)\s+"
    r"(?:the\s+)?((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+(?!and\b|or\b)[a-z]"
)
# one word that names a people or a language ("Jewish", "British", "Chinese", "Iranian")
_PEOPLE = re.compile(r"[A-Z][a-z]+(?:ish|ese|an|ans|ian|ians|i|is|ic)")
# "how long did the March summit last?": a month or a day dates what follows, it does nothing
_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
# "He …", "They …" opening a sentence may stand for the one asked after, named before it
_PRONOUN_OPENING = re.compile(r"(?:^|[.!?]\s+)\W*(?:He|She|They)\b")


def asked_doer(question: str) -> list[str] | None:
    """The folded words of the one `question` asks did something, or None.

    >>> asked_doer("When did Ana Ruiz drop out of the race?")
    ['ana', 'ruiz']
    >>> asked_doer("What top rate did the Brava Council propose?")
    ['brava', 'council']
    >>> asked_doer("When did the council vote?") is None
    True
    >>> asked_doer("Where did the British build a fort?") is None
    True
    >>> asked_doer("How long did the March summit last?") is None
    True
    >>> asked_doer("Where did Ana Ruiz and Tomas Berg meet?") is None
    True
    """
    m = _DOER.match(question)
    if m is None:
        return None
    if _PEOPLE.fullmatch(m.group(1)):
        return None  # "the Jewish people", "the British": a people, named by many words
    words = [w for w in re.findall(r"[a-z0-9]+", fold(m.group(1))) if len(w) > 2 and w not in _CALENDAR]
    return words or None


def doer_absent(question: str, paragraph: str) -> bool:
    """Whether `question` asks what a named doer did and `paragraph` names none of their words.

    >>> q = "When did Ana Ruiz drop out of the race?"
    >>> doer_absent(q, "Tomas Berg dropped out of the race on May 3.")
    True
    >>> doer_absent(q, "Ruiz dropped out of the race on May 3.")
    False
    >>> doer_absent(q, "She dropped out of the race on May 3.")
    False
    >>> doer_absent("When did Ana Ruis drop out?", "Ana Ruiz dropped out on May 3.")  # misspelt
    False
    """
    doer = asked_doer(question)
    if doer is None or _PRONOUN_OPENING.search(paragraph):
        return False
    found = set(re.findall(r"[a-z0-9]+", fold(paragraph).lower()))
    return not any(t.startswith(w[:4]) or _one_edit(w, t) for w in doer for t in found)


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by at most one letter added, dropped or replaced: a
    misspelt name ("Moncalm", "Brainbridge") still names the one the paragraph does."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] or a[i:] == b[i + 1 :] or a[i + 1 :] == b[i:]
