"""Two quotations joined into one claim: the words a misquote's diff gives as the claim's
alone stand word for word in another quotation. Pure.

"“… sees that as a red line as well: regime change or at the very least …”" joins the end of
one analyst's quote to the middle of another's: matched as a misquote of the longer one, it
reads as that speaker's words in other words, which half of them are not. `joined_quote`
finds the other quotation, so the reply can say the claim is two quotations, and whose.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...types import Quote
from .check import QuoteCheck
from .claim_words import FUNCTION_WORDS
from .match_words import _contains, _content, _spelled

# the least run of the claim's own words taken for another quotation's, and how many of them
# words of content: "caused severe damage" is one, "the nuclear programme" too common a phrase
JOINED_WORDS = 3
JOINED_CONTENT = 3


def joined_quote(check: QuoteCheck, quotes: Sequence[Quote]) -> Quote | None:
    """The quotation other than `check.quote` that holds, word for word, a run of the words
    the misquote's diff gives as the claim's alone; None for an exact or absent match, a
    reported (indirect) one, or words in no other quotation.

    >>> a = Quote("We will rebuild the bridge by May.", "Ann Holt", None, "said", "d", "T", 2, 0, 34)
    >>> b = Quote("The harbour tolls must go.", "Lee Marr", None, "said", "d", "T", 3, 0, 26)
    >>> diff = (("-", "the harbour tolls must go"), ("=", "we will rebuild the bridge"))
    >>> c = QuoteCheck("misworded", a, diff)
    >>> joined_quote(c, [a, b]).speaker
    'Lee Marr'
    >>> joined_quote(QuoteCheck("misworded", a, (("-", "and so"), ("=", "we will rebuild"))), [a, b]) is None
    True
    >>> diff = (("=", "we will rebuild the bridge"), ("-", "and harbour tolls must go"))
    >>> joined_quote(QuoteCheck("misworded", a, diff), [a, b]).speaker
    'Lee Marr'
    """
    q = check.quote
    if check.verdict != "misworded" or q is None:
        return None
    mine = _spelled(q.text)
    others = [
        x
        for x in quotes
        if x.kind != "indirect" and (x.doc_id, x.paragraph, x.start) != (q.doc_id, q.paragraph, q.start)
    ]
    for op, words in check.diff:
        whole = _spelled(words)
        if op != "-":
            continue
        for run in _runs(whole):
            if _contains(mine, run) >= 0:
                continue  # moved within the same quotation: a misquote of it, not a join
            other = next((x for x in others if _contains(_spelled(x.text), run) >= 0), None)
            if other is not None:
                return other
    return None


def _runs(words: list[str]) -> list[list[str]]:
    """The run of `words` to look for in another quotation, and the same without the claim's
    joining words at its ends ("…, and the objective is clear": "and" stands in no
    quotation), each when long and full enough to be taken for another quotation's."""
    content = [i for i, w in enumerate(words) if w not in FUNCTION_WORDS]
    trimmed = words[content[0] : content[-1] + 1] if content else []
    runs = [words] if trimmed == words else [words, trimmed]
    return [r for r in runs if len(r) >= JOINED_WORDS and len(set(_content(r))) >= JOINED_CONTENT]
