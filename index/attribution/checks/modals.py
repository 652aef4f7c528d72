"""A claim that keeps a statement's words but changes how sure or how binding it is.

"Did officials say the dam will fail?" of their "the dam could fail" turns a possibility into a
certainty: a "Yes" would harden what they said. Modal verbs fall in three kinds, and a word
diff (`check.QuoteCheck.diff`) that puts one kind where the quote has another changes the
claim: what will happen (``will``, ``would``, ``shall``), what may (``can``, ``could``,
``may``, ``might``), what must (``must``, ``should``, ``ought``). Within a kind the change is
reported speech's shift of tense ("will follow" of "said … would follow"), no change. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from .match_words import DiffOp

_KINDS = {
    **dict.fromkeys(
        ("will", "would", "shall", "'ll", "’ll", "won't", "won’t", "wouldn't", "wouldn’t"), "will"
    ),
    **dict.fromkeys(
        ("can", "could", "may", "might", "can't", "can’t", "cannot", "couldn't", "couldn’t", "mightn't"),
        "may",
    ),
    **dict.fromkeys(("must", "should", "ought", "mustn't", "mustn’t", "shouldn't", "shouldn’t"), "must"),
}


def modal_kinds(text: str) -> set[str]:
    """The kinds of modal (``will``, ``may``, ``must``) among the words of `text`."""
    return {k for w in text.lower().split() if (k := _KINDS.get(w.strip('.,;:!?"“”'))) is not None}


def modal_changed(diff: Sequence[DiffOp]) -> tuple[str, str] | None:
    """The claim's words and the quote's where a modal of one kind stands for one of another,
    side by side in the diff; None when there is none.

    >>> modal_changed((("=", "the dam"), ("-", "will"), ("+", "could"), ("=", "fail")))
    ('will', 'could')
    >>> modal_changed((("=", "the dam"), ("-", "will"), ("+", "would"), ("=", "fail"))) is None
    True
    >>> modal_changed((("=", "the levy"), ("-", "should"), ("+", "might"), ("=", "go")))
    ('should', 'might')
    """
    for (a, one), (b, other) in zip(diff, diff[1:], strict=False):
        if {a, b} != {"-", "+"}:
            continue
        mine, theirs = (one, other) if a == "-" else (other, one)
        said, put = modal_kinds(mine), modal_kinds(theirs)
        if said and put and said.isdisjoint(put):
            return mine, theirs
    return None
