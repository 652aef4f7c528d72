"""A claim that keeps a statement's words but changes a number in it.

"Did Lind say she had three grants?" of her "I've had two grants": the count is the claim's
point, so a "Yes" would be wrong, and a changed count is no reason to find nothing either.
`number_changed` finds, in a word diff (`check.QuoteCheck.diff`), a number of the claim side
by side with a different number of the quote. `renumbered` gives the claim again with its
count of a thing replaced by the count a quotation gives of the same thing (the number
before the same noun), so a claim too far from the quote's words with its own number can
still be matched, and shown misworded against it. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...text import iter_words_with_spans
from ...types import Quote
from .match_words import DiffOp, _as_typed, _diff, _display_words, _Match, _spelled

_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion dozen dozens hundreds thousands millions billions".split()
)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def is_number(word: str) -> bool:
    """A count written in digits or words ("40", "1,200", "two", "million")."""
    w = word.lower()
    return bool(_DIGITS.fullmatch(w)) or w in _NUMBER_WORDS


def _numbers(words: str) -> list[str]:
    return [w.lower() for w in words.split() if is_number(w)]


def number_changed(diff: Sequence[DiffOp]) -> tuple[str, str] | None:
    """The claim's words and the quote's where a number of the claim stands for a different
    number of the quote, side by side in the diff; None when there is none.

    >>> number_changed((("=", "I've had"), ("-", "three"), ("+", "two"), ("=", "grants")))
    ('three', 'two')
    >>> number_changed((("-", "they"), ("+", "We"), ("=", "hired 40 new teachers"))) is None
    True
    """
    for (a, one), (b, other) in zip(diff, diff[1:], strict=False):
        if {a, b} != {"-", "+"}:
            continue
        mine, theirs = (one, other) if a == "-" else (other, one)
        said, put = _numbers(mine), _numbers(theirs)
        if said and put and said != put:
            return mine, theirs
    return None


def _counts(ws: list[str]) -> list[tuple[int, int, str]]:
    """Each run of number words in `ws` with the word it counts: (start, end, noun)."""
    runs = []
    i = 0
    while i < len(ws):
        if not is_number(ws[i]):
            i += 1
            continue
        j = i
        while j < len(ws) and is_number(ws[j]):
            j += 1
        if j < len(ws):
            runs.append((i, j, ws[j]))
        i = j
    return runs


def renumbered(text: str, quotes: Sequence[Quote]) -> list[str]:
    """`text` with a count of a thing replaced by a different count a quotation gives of the
    same thing, once for each such count (none when the claim counts nothing).

    >>> q = Quote("I've had two grants, but I still work.", "Mara Lind", None, "said", "d", "T", 3, 0, 38)
    >>> renumbered("she had three grants", [q])
    ['she had two grants']
    >>> renumbered("she had two grants", [q]), renumbered("she had grants", [q])
    ([], [])
    """
    spans = list(iter_words_with_spans(text))
    mine = _spelled(text)
    if len(mine) != len(spans):
        return []
    out: list[str] = []
    for i, j, noun in _counts(mine):
        for q in quotes:
            theirs = list(iter_words_with_spans(q.text))
            spelled = _spelled(q.text)
            if len(spelled) != len(theirs):
                continue
            for a, b, their_noun in _counts(spelled):
                if their_noun != noun or spelled[a:b] == mine[i:j]:
                    continue
                put = q.text[theirs[a][1] : theirs[b - 1][2]]
                variant = text[: spans[i][1]] + put + text[spans[j - 1][2] :]
                if variant not in out:
                    out.append(variant)
    return out


def against(text: str, m: _Match) -> _Match:
    """The match `m` of a `renumbered` claim, its diff run from the claim as given (its own
    number struck, the quote's put in), never exact."""
    kept = " ".join(ws for op, ws in m.diff if op != "-")
    shown, real = _display_words(kept)
    typed, claim = _display_words(text)
    diff = _diff(claim, shown, real)
    if typed != claim:
        diff = _as_typed(diff, typed)
    return replace(m, exact=False, diff=diff)
