"""A survey's answer in quote marks: the pollster's wording of an option, not anyone's words.

``Optimism is higher among nurses (41% “strongly agree”)``, ``Ana Lund leads with “not
sure” at 12 percent``: a short quote with a share of respondents beside it, in a sentence
with no cue. `extract` drops such a span with the titles and labels; a sentence that
reports the answer (``25 percent say they would “never vote” for him``) has a cue and keeps
its quote.

>>> from .marks import find_quote_spans
>>> def check(t):
...     return [survey_answer(t, 0, len(t), s) for s in find_quote_spans(t)]
>>> check("Among nurses, 41% “strongly agree” with the plan.")
[True]
>>> check("Only 12 percent of those who picked “lower taxes” backed her.")
[True]
>>> check("He won 41% of the vote on a “law and order” platform that many found harsh.")
[False]
"""

from __future__ import annotations

import re

from .marks import QuoteSpan

_WORD = re.compile(r"[\w’'-]+")
_SHARE = r"\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)"
# The share right before the quote (``34% “…”``, ``(34%: “…”``) or right after it (``“…”
# with 6 percent``, ``“…” (41%)``) ...
_SHARE_BEFORE = re.compile(rf"{_SHARE}\s*[(:,]?\s*$")
_SHARE_AFTER = re.compile(rf"[\s,(]*(?:(?:with|at|by)\s+)?{_SHARE}")
# ... or before a verb of choosing that ends a few words before it (``23 percent of those
# who selected someone who “…”``).
_CHOSEN = re.compile(
    rf"{_SHARE}[^.;:!?]{{0,60}}?\b(?:chose|choose|chooses|selected|select|selects|picked|pick|picks|"
    r"answered|opted\s+for|rated)\b(?:\s+[\w’'-]+){0,3}\s*$"
)
_MOST_WORDS = 6


def survey_answer(text: str, lo: int, hi: int, span: QuoteSpan) -> bool:
    """A closed quote of at most six words with a share of respondents beside it, in the
    sentence `text[lo:hi]` (the caller asks only of a sentence without a cue)."""
    if not span.closed or len(_WORD.findall(span.text)) > _MOST_WORDS:
        return False
    before = text[lo : span.outer_start]
    return bool(
        _SHARE_BEFORE.search(before) or _CHOSEN.search(before) or _SHARE_AFTER.match(text, span.outer_end, hi)
    )
