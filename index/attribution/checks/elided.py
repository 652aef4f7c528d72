"""A claim that marks what it leaves out with an ellipsis: "we will … rebuild the bridge" of
"we will, whatever the cost, rebuild the bridge". Pure.

A journalist's "…" says words of the quotation are omitted there. Matched as one run of
words, such a claim is a misquote whose diff shows the omitted words as the article's alone,
though the claim said it left them out. `elided_matches` holds the claim's stretches between
ellipses against each quotation in turn: when every stretch stands word for word in one
quotation, in the claim's order, the claim is that quotation with words elided, an exact
quote. Stretches found only in two quotations are not one quotation (`joined.py`'s concern),
and an ellipsis over a negation or a modal ("I … think it will pass" of "I don't think it will
pass", "prices … rise" of "prices may rise") changes what was said: no exact quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...types import Quote
from .claim_words import negations
from .match_words import _contains, _content, _display_words, _Match, _spelled
from .modals import modal_kinds

# the least words a stretch between ellipses holds: "Lee … bridge" is two words any quotation
# naming both would hold, no quotation elided
MIN_STRETCH = 2
# "…", "...", ". . .", and either in brackets ("[…]", "(...)"), as an editor marks an omission
_ELLIPSIS = re.compile(r"\s*[\[(]?\s*(?:…|\.\s?\.\s?\.)\s*[\])]?\s*")


def stretches(text: str) -> list[list[str]]:
    """The claim's words between its ellipses (an ellipsis at either end drops nothing).

    >>> stretches("we will … rebuild the bridge")
    [['we', 'will'], ['rebuild', 'the', 'bridge']]
    >>> stretches("... we will rebuild [...] by May ...")
    [['we', 'will', 'rebuild'], ['by', 'may']]
    """
    return [ws for part in _ELLIPSIS.split(text) if (ws := _spelled(part))]


def elided_matches(text: str, quotes: Sequence[Quote]) -> list[_Match]:
    """Exact matches of `text` as a quotation with the words at its inner ellipses omitted;
    empty when `text` has no inner ellipsis, a stretch is a lone word or holds no word of
    content ("council … bridge", "we … the bridge" are too little to tell), or no one quotation
    holds every stretch in order.

    >>> q = Quote("The council, whatever the cost, will rebuild the bridge by May.", "Ann Holt", None,
    ...           "said", "d", "T", 2, 0, 62)
    >>> [m.diff for m in elided_matches("the council … will rebuild the bridge", [q])]
    [(('=', 'The council … will rebuild the bridge'),)]
    >>> elided_matches("the council … will burn the bridge", [q]), elided_matches("the council will", [q])
    ([], [])
    >>> elided_matches("the council … rebuild the bridge", [q])  # "will" left out
    []
    >>> elided_matches("council … bridge", [q])
    []
    """
    parts = stretches(text)
    if len(parts) < 2 or not all(len(p) >= MIN_STRETCH and _content(p) for p in parts):
        return []
    found = []
    for q in quotes:
        shown, real = _display_words(q.text)
        at = 0
        kept: list[str] = []
        left_out: list[str] = []
        for part in parts:
            i = _contains(real[at:], part)
            if i < 0:
                break
            if kept:
                left_out += real[at : at + i]
            kept.append(" ".join(shown[at + i : at + i + len(part)]))
            at += i + len(part)
        else:
            if not negations(left_out) and not modal_kinds(" ".join(left_out)):
                found.append(_Match(q, True, 1.0, (("=", " … ".join(kept)),), True))
    return found
