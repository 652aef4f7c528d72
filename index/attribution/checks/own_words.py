"""The asked speaker's own words for a claim another speaker's quote matches more closely.

"Did Roe say the floods are a grave danger to the city?" finds Lee's "the floods, which she
calls a grave danger to the city" word for word, and Roe's own "it is a grave danger for
every street we have" only as a stretch holding the claim's distinctive words. "No. That
was Lee" is wrong: Roe said it too, in her words. `own_paraphrase` finds Roe's stretch, when it
holds the claim's rarest term, so the did-say answers from her quote. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...types import Quote
from .check import LIGHT_TERMS, Weigh, _rare_words
from .match_words import _Match, _spelled


def own_paraphrase(text: str, pool: Sequence[Quote], weigh: Weigh) -> _Match | None:
    """The best stretch of the asked speaker's quotes (`pool`) holding `RARE_SHARE` of the
    claim's content (`_rare_words`) and its rarest term beyond light verbs; None if none does."""
    mine = {t: w for t, w in weigh(text).items() if t not in LIGHT_TERMS}
    if not mine:
        return None
    key = max(mine, key=lambda t: mine[t])
    claim = _spelled(text)
    found = [
        m
        for q in pool
        if key in weigh(q.text)
        and not _says_more(text, q, weigh)
        and (m := _rare_words(text, claim, q, weigh)) is not None
    ]
    return max(found, key=lambda m: m.rank, default=None)


def _says_more(text: str, q: Quote, weigh: Weigh) -> bool:
    """Whether the claim runs on past the last word it shares with `q` with two terms or more
    that `q` lacks: "… a grave danger and must be banned" adds a clause the quote never holds
    (another speaker's, most likely). Words before it may be a subject the quote gives as a
    pronoun ("the floods are …" of "it is …")."""
    ws = text.split()
    theirs = weigh(q.text).keys()
    last = max((i for i, w in enumerate(ws) if weigh(w).keys() & theirs), default=-1)
    after = {t for w in ws[last + 1 :] for t in weigh(w) if t not in LIGHT_TERMS}
    return len(after) >= 2
