"""A quotation matched but for a contraction written out: "He is concerned …" of "He’s
concerned …", "we are ready" of "we’re ready". The same words, so an exact quote; only the
pronoun contractions are read so ("Lee’s plan" is Lee's, not "Lee is"). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .match_words import DiffOp

# a pronoun and its contracted verb: "he's" is "he is" or "he has", "I'd" "I would" or "I had"
_PRONOUN = r"(i|you|he|she|it|we|they|that|there|here|what|who|where)"
_CONTRACTION = re.compile(rf"^{_PRONOUN}['’](s|m|re|ve|ll|d)$", re.IGNORECASE)
_SPELLED = {
    "s": ("is", "has"),
    "m": ("am",),
    "re": ("are",),
    "ve": ("have",),
    "ll": ("will", "shall"),
    "d": ("would", "had"),
}


def _spelled_out(claimed: str, quoted: str) -> bool:
    """Whether `claimed` writes out the contractions of `quoted`, word for word otherwise.

    >>> _spelled_out("He is", "He’s"), _spelled_out("we are not", "we're not")
    (True, True)
    >>> _spelled_out("Lee is", "Lee’s")
    False
    """
    mine, theirs = claimed.lower().split(), quoted.lower().split()
    i = 0
    for word in theirs:
        m = _CONTRACTION.match(word)
        if m is None:
            if i >= len(mine) or mine[i] != word:
                return False
            i += 1
        elif (
            mine[i : i + 2]
            and mine[i] == m.group(1)
            and i + 1 < len(mine)
            and mine[i + 1] in _SPELLED[m.group(2)]
        ):
            i += 2
        else:
            return False
    return i == len(mine)


def only_contractions(diff: Sequence[DiffOp]) -> bool:
    """Whether every change in a claim-to-quote word `diff` is a contraction written out
    (``("-", "He is"), ("+", "He’s")``): the claim is the quote's own words.

    >>> only_contractions((("-", "He is"), ("+", "He’s"), ("=", "concerned")))
    True
    >>> only_contractions((("-", "He was"), ("+", "He’s"), ("=", "concerned")))
    False
    >>> only_contractions((("=", "concerned"),))
    False
    """
    changed = False
    i = 0
    while i < len(diff):
        op, ws = diff[i]
        if op == "=":
            i += 1
            continue
        if i + 1 >= len(diff) or {op, diff[i + 1][0]} != {"-", "+"}:
            return False
        mine, theirs = (ws, diff[i + 1][1]) if op == "-" else (diff[i + 1][1], ws)
        if not _spelled_out(mine, theirs):
            return False
        changed = True
        i += 2
    return changed
