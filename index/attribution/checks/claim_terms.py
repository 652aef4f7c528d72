"""Whether a quotation holds what a claim says in the claim's own words: every content term
beyond the names it gives, in the claim's order. A who-said question that matches a stretch of
a long quotation by its term weights (`check._rare_words`) must pass this, since no speaker
named in the question narrows the search. Pure.
"""

from __future__ import annotations

from ...types import Quote
from .check import Weigh, said_text
from .claim_words import FUNCTION_WORDS, PARTICLES, uncontracted
from .match_words import _spelled


def holds_key(claim: str, quote: Quote, weigh: Weigh) -> bool:
    """Whether `quote` (or the sentence it stands in) holds every content term of the claim
    beyond the names it gives, in the claim's order, a compound's parts counted ("negotiable"
    in "non-negotiable"): "Iran will not discuss ballistic missiles" is not said by a quote
    that never speaks of ballistic ones, nor "Iran won't discuss its missiles" by "… Iran's
    missile arsenal in discussions with …", whose words stand the other way round.

    >>> q = Quote("We are not ready to talk drones.", "Ed Roe", None, "said", "d", "T", 1, 0, 32)
    >>> from ...retrieval.lexical import terms
    >>> w = lambda t: {x: 1.0 for x in terms(t)}
    >>> holds_key("Brava won't talk about drones", q, w), holds_key("Brava won't buy drones", q, w)
    (True, False)
    >>> holds_key("Brava's drones won't talk", q, w)
    False
    """
    names = {t for w in claim.split() if w[:1].isupper() for t in weigh(w)}
    content = [w for w in _spelled(uncontracted(claim)) if w not in FUNCTION_WORDS and w not in PARTICLES]
    needed = [t for w in content for t in weigh(w) if t not in names]
    said = [set(weigh(w)) | set(weigh(w.replace("-", " "))) for w in _spelled(said_text(quote))]
    at = [next((i for i, held in enumerate(said) if t in held), -1) for t in needed]
    return bool(needed) and -1 not in at and at == sorted(at)
