"""What a "how long did X last?" question measures, and the spans that measure it. Pure.

"How long did the talks last?" is answered by "after the three-hour meeting" wherever that
sentence ranks (`spans_subject`), and not by "a 12-day war", which measures something else
(`spans_only_other`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .counts import NUMBER_WORDS, UNIT

# "how long did the White House meeting last?": the words between the verb and "last" (or the
# end) name what lasted; its last word is the head ("meeting")
_LASTED = re.compile(
    r"\bhow long\s+(?:did|was|were|does|do|is|are|will|would)\s+((?:[\w’'-]+\s+){0,8}?[\w’'-]+)"
    r"\s*(?:\b(?:last|lasted|take|took|go on|run|ran)\b|[?.!]|$)"
)
_QUALIFIER = re.compile(r"\s+(?:in|at|on|of|between|with|for|from|by|during|over|among)\s+")
_SPAN_BEFORE = re.compile(
    rf"\b(?:{NUMBER_WORDS}|a|an)[\s-]+(?:\w+[\s-]+)?{UNIT}(?:[\s-]+long)?[\s-]+([\w’'-]+)", re.IGNORECASE
)


def lasted_subject(question: str) -> str | None:
    """The head word of what a "how long did X last?" question measures.

    >>> lasted_subject("How long did the harbour strike last?"), lasted_subject("how long was the vote")
    ('strike', 'vote')
    >>> lasted_subject("How long did the talks in Tarsby last?")
    'talks'
    >>> lasted_subject("How long has the mayor been in office?") is None
    True
    >>> lasted_subject("How long did the mayor and strikers talk at the town hall?")
    'talk'
    """
    m = _LASTED.search(" ".join(question.lower().split()))
    if m is None:
        return None
    # "the talks in Oman": the head comes before the phrase that places or qualifies it
    words = _QUALIFIER.split(m.group(1))[0].split()
    head = words[-1]
    return None if head in ("been", "it", "they", "that", "this", "he", "she", "we", "you") else head


def spans_subject(sentence: str, head: str, stem: Callable[[str], str]) -> bool:
    """Whether `sentence` gives a span right before a word with the stem of `head`: "after
    the two-hour meeting" answers how long the meeting lasted, wherever it ranks.

    >>> spans_subject("They left after the two-hour meeting.", "meeting", str.lower)
    True
    >>> spans_subject("They met two hours after the strike.", "strike", str.lower)
    False
    >>> spans_subject("They left after the two-hour meeting.", "talk", str.lower)
    True
    """
    heads = {stem(h) for h in _events(head)}
    return any(stem(m.group(1).lower()) in heads for m in _SPAN_BEFORE.finditer(sentence))


# "how long did the leaders talk?" measures what a report calls "the three-hour meeting": a
# verb of meeting, as the last word of what is measured, stands for the nouns that name it
_MEETING_VERBS = frozenset("meet met talk talked speak spoke confer conferred negotiate negotiated".split())
_MEETING_NOUNS = ("meeting", "talks", "talk", "conversation", "call", "session", "summit", "negotiations")


def _events(head: str) -> tuple[str, ...]:
    """`head` and, for a verb of meeting, the nouns a report may measure it by."""
    return (head, *_MEETING_NOUNS) if head in _MEETING_VERBS else (head,)


_NOT_A_NOUN = frozenset(
    "in on at of for from to by with after before during since until and or but as than that which who "
    "the a an this its their his her ago later earlier long old".split()
)


def spans_only_other(sentence: str, head: str | None) -> bool:
    """Whether every span `sentence` gives stands right before a noun other than `head`, what
    a "how long did X last?" question measures: "a 12-day war" gives the war's length, not
    the talks'.

    >>> spans_only_other("Talks resumed after a 12-day war.", "talks")
    True
    >>> spans_only_other("The talks lasted three hours on Monday.", "talks")
    False
    >>> spans_only_other("They met after the three-hour meeting.", "meeting")
    False
    >>> spans_only_other("They met after the three-hour harbour meeting.", "meeting")
    False
    """
    if head is None:
        return False
    nouns = []  # the words after each span, up to the noun it measures ("three-hour harbour meeting")
    for m in _SPAN_BEFORE.finditer(sentence):
        nouns.append([m.group(1).lower(), *re.findall(r"[\w’'-]+", sentence[m.end(1) :].lower())[:2]])
    heads = {h.rstrip("s") for h in _events(head)}
    return bool(nouns) and all(
        ws[0] not in _NOT_A_NOUN and not heads & {w.rstrip("s") for w in ws} for ws in nouns
    )


# what a question pins its occasion to: a month, a year, or a capitalised place after "in" / "at"
_PINNED = re.compile(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"1[5-9]\d\d|20\d\d)\b|\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?([A-Z][\w’'-]+)"
)


def _pins(question: str) -> set[str]:
    return {(m.group(1) or m.group(0)).lower() for m in _PINNED.finditer(question)}


def other_occasion(question: str, best: str, candidate: str) -> bool:
    """Whether `candidate` (a paragraph of another article than the best match) is about
    another occasion than the one `question` pins down: the question names a month, a year or
    a place that the best paragraph (`best`) names too and `candidate` does not. "How long did
    the October meeting in Tarsby last?" is not answered by another article's "the three-hour
    meeting" when the paragraph that tells of the October meeting in Tarsby gives no span.

    >>> q = "How long did the October meeting in Tarsby last?"
    >>> other_occasion(q, "They met in Tarsby in October.", "It followed the three-hour meeting.")
    True
    >>> other_occasion(q, "They met in Tarsby in October.", "The three-hour meeting in Tarsby ended.")
    False
    >>> other_occasion("How long did the meeting last?", "They met.", "It followed the three-hour meeting.")
    False
    """
    low_best, low_candidate = best.lower(), candidate.lower()
    return any(
        re.search(rf"\b{re.escape(pin)}\b", low_best)
        and not re.search(rf"\b{re.escape(pin)}\b", low_candidate)
        for pin in _pins(question)
    )
