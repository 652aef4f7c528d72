"""A claim that keeps a statement's words but leaves out the qualifier that limits it.

"Did officials say the levy is unfair?" of their "the levy is in some ways unfair", "did Lee say
the plan failed?" of "the plan partly failed": the claim drops the speaker's hedge and says more
than they did. In a word diff (`check.QuoteCheck.diff`) the hedge stands in words only the quote
has, with the claim's words on both sides of them (not at the claim's ends, which are only more
of a long quotation). A comparison after "not" ("not quite as keen as …") is one too. Modal
verbs of possibility ("may", "could") are hedges too when dropped; one modal put for another is
`modals.py`'s. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .match_words import DiffOp

_HEDGES = re.compile(
    r"\b(?:partly|partially|in\s+part|somewhat|(?:in\s+)?some\s+(?:ways?|respects?|cases|areas)|to\s+some\s+"
    r"(?:extent|degree)|to\s+a\s+(?:degree|point)|largely|mostly|mainly|almost|nearly|perhaps|possibly|"
    r"probably|maybe|for\s+now|for\s+the\s+time\s+being|arguably|slightly|relatively|may|might|could)\b",
    re.IGNORECASE,
)

# "not (quite) as keen as …": a comparison of degree, which a claim's flat "not keen" overstates
_COMPARED = re.compile(r"^(?:(?:quite|nearly|altogether|at\s+all)\s+)?(?:as|so)$", re.IGNORECASE)


def qualifier_dropped(diff: Sequence[DiffOp]) -> str | None:
    """The quote's hedge that the claim leaves out, from words only the quote has between
    words of the claim; None when there is none.

    >>> qualifier_dropped((("=", "the levy is"), ("+", "in some ways"), ("=", "unfair")))
    'in some ways'
    >>> qualifier_dropped((("=", "the plan"), ("-", "wholly"), ("+", "partly"), ("=", "failed")))
    'partly'
    >>> qualifier_dropped((("=", "the dam"), ("+", "could"), ("=", "fail")))
    'could'
    >>> qualifier_dropped((("-", "the levy is"), ("+", "in part"), ("=", "unfair")))
    'in part'
    >>> qualifier_dropped((("=", "unfair in"), ("-", "every way"), ("+", "some ways"), ("=", "to us")))
    'some ways'
    >>> qualifier_dropped((("+", "perhaps"), ("=", "the dam will fail")))  # before the claim's words
    >>> qualifier_dropped((("=", "the levy is"), ("+", "very"), ("=", "unfair")))
    >>> qualifier_dropped((("=", "she is not"), ("+", "quite as"), ("=", "keen on the plan")))
    'not quite as'
    >>> qualifier_dropped((("=", "the plan is"), ("+", "as"), ("=", "good")))
    """
    for i, (op, ws) in enumerate(diff):
        if op != "+" or i == 0 or i == len(diff) - 1:
            continue
        if not any(o != "+" for o, _ in diff[:i]) or not any(o != "+" for o, _ in diff[i + 1 :]):
            continue  # the claim's words on both sides of it
        before = diff[i - 1][1].split() if diff[i - 1][0] == "=" else []
        if _COMPARED.match(ws.strip()) and before and before[-1].lower() == "not":
            return f"not {ws.strip()}"  # "not enthusiastic" of "not quite as enthusiastic as …"
        theirs = _HEDGES.search(ws)
        mine = " ".join(w for o, w in diff[max(0, i - 1) : i + 2] if o == "-")
        if theirs is not None and not _HEDGES.search(mine):
            return theirs.group(0)
    return None
