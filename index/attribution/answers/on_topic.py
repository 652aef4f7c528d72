"""Which of a speaker's quotes answer "what did X say about Y?" (`on_topic`): those whose
words, or the sentence around them, share a word with Y, best first. Pure.

The sentence around a quote is read without the words of another speaker quoted in it: in
"Lund hinted at new tolls, while the union has warned of strikes at the port", a question about
the port is not answered by Lund's tolls.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...retrieval.checks.kin import topic_terms
from ...retrieval.lexical import terms
from ...text import fold
from ...types import Quote
from ..query import AttributionQuery
from .occasion import occasion, placed_at
from .relevance import Relevance, ranked

# "according to X, …": X's quotes within this score of X's best one are shown, at most FRAMED_MAX
FRAMED_MARGIN = 0.1
FRAMED_MAX = 3


def on_topic(
    query: AttributionQuery, found: list[Quote], quotes: Sequence[Quote], relevance: Relevance | None
) -> list[Quote]:
    """The speaker's quotes on `query.topic`, best first; empty when none is on it (the engine
    then answers from the paragraphs).

    "What did X say about Y": the quotes sharing a word with Y, ranked by content (by the
    number of shared words without `relevance`). "According to X, <question>": X is the
    source asked for, so X's quotes nearest the question answer it, however few words they
    share (the best, and those within `FRAMED_MARGIN` of it).
    """
    assert query.topic is not None
    if query.framed and relevance is not None:
        scored = ranked(_without_source(query.topic, found), found, relevance)
        return [q for s, q in scored if s >= scored[0][0] - FRAMED_MARGIN][:FRAMED_MAX]
    topic = topic_terms(query.topic)  # "the talks" also meets "negotiations"
    overlap = {id(q): len(topic & set(terms(own_context(q, quotes)))) for q in found}
    kept = [q for q in found if overlap[id(q)]]
    if relevance is not None:
        kept = [q for _, q in ranked(query.topic, kept, relevance)]
    else:
        kept = sorted(kept, key=lambda q: -overlap[id(q)])
    asked = occasion(query.topic)
    if asked is not None:
        # "what did X say after the meeting?": the quotes said at that occasion first
        kept = sorted(kept, key=lambda q: not placed_at(q.context or q.text, asked))
    return kept


def own_context(q: Quote, quotes: Sequence[Quote]) -> str:
    """The sentence around `q` without the words another speaker is quoted saying in it.

    >>> lund = Quote("new tolls", "Lund", None, "hinted", "d", "T", 4, 0, 9,
    ...              context="Lund hinted at new tolls, while the union has warned of strikes at the port.")
    >>> union = Quote("strikes at the port", "the union", None, "warned", "d", "T", 4, 0, 9,
    ...               context=lund.context)
    >>> own_context(lund, [lund, union])
    'Lund hinted at new tolls, while the union has warned of  .'
    """
    text = q.context or q.text
    for other in quotes:
        if other.speaker != q.speaker and (other.doc_id, other.paragraph) == (q.doc_id, q.paragraph):
            text = text.replace(other.text, " ")
    return text


def _without_source(topic: str, quotes: Sequence[Quote]) -> str:
    """`topic` without the names of the quotes' speakers: they frame the question and say
    nothing of its content ("according to his office, what does Netanyahu want?" is about
    what is wanted, not about Netanyahu, when the office is Netanyahu's).

    >>> q = Quote("x", "Netanyahu’s office", None, "said", "d", "T", 1, 0, 1, speaker_kind="office")
    >>> _without_source("what does Netanyahu want from the deal", [q])
    'what does want from the deal'
    """
    names = {
        fold(re.sub(r"['’]s$", "", w)) for q in quotes for w in (q.speaker or "").split() if w[:1].isupper()
    }
    kept = [w for w in topic.split() if fold(re.sub(r"['’]s$", "", w.strip("?,.;:"))) not in names]
    return " ".join(kept) or topic
