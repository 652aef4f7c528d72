"""How well a quotation fits what a question is about: the content score attribution answers
rank quotes by ("according to Ziv, what does Netanyahu want first?", "who said Iran will talk
about its nuclear programme but not its missiles?"). Pure; the engine supplies the vectors.

A quote is judged by its own words when it has a few ("He wants to first convince …"), and by
the sentence around it when it is one or two words ("destructive"), which say nothing alone.
The score is the cosine of the question to those words plus a fifth of the share of the
question's IDF mass they hold: the encoder carries paraphrase ("ready to talk" for "willing to
discuss"), the terms a rare word the question repeats ("first").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ...retrieval.lexical import coverage, terms
from ...types import Quote

OWN_WORDS = 4  # a quotation of fewer words is judged by the sentence that holds it
LEXICAL = 0.2  # weight of the question-term share beside the cosine
# an unquoted "who said <claim>?" is answered from the best-fitting quote only when it scores
# at least this (the quote that says it scores 0.75–0.9 on the seed articles; a quote on
# another subject of the same story about 0.4)
CLAIM_FLOOR = 0.5

# (text, quotes) → one score per quote, in order
Relevance = Callable[[str, Sequence[Quote]], list[float]]


def own_words(quote: Quote) -> str:
    """The words a quote is judged by: its own, or its sentence when it is that short.

    >>> q = Quote("destructive", "Spokesperson", None, "warned", "d", "T", 9, 0, 11,
    ...           context="The spokesperson warned of a “destructive” influence.")
    >>> own_words(q)
    'The spokesperson warned of a “destructive” influence.'
    """
    if len(quote.text.split()) >= OWN_WORDS or not quote.context:
        return quote.text
    return quote.context


def score(cosine: float, qweights: dict[str, float], quote: Quote) -> float:
    """`cosine` (of the question to `own_words(quote)`) plus `LEXICAL` × their term share.

    >>> q = Quote("They will first rebuild the bridge.", "Ann Lee", None, "said", "d", "T", 1, 0, 30)
    >>> round(score(0.5, {"first": 2.0, "bridg": 2.0}, q), 2)
    0.7
    """
    return cosine + LEXICAL * coverage(qweights, set(terms(own_words(quote))))


def ranked(text: str, quotes: Sequence[Quote], relevance: Relevance) -> list[tuple[float, Quote]]:
    """`quotes` with their scores for `text`, best first (ties keep reading order)."""
    scores = relevance(text, quotes)
    order = sorted(range(len(quotes)), key=lambda i: -scores[i])
    return [(scores[i], quotes[i]) for i in order]
