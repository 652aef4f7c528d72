"""Short, distinct names for the articles of a corpus, as citations show them.

An article is named by its outlet when no other article has that outlet ("AFP ¶3"), else by
a short title; a file name is never used. The records carry outlet and title, so a label
can be made anywhere (`text.source_name`); the engine applies `name_answer` only so that two
articles from one outlet stay apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ...text import short_title, source_name
from ...types import Answer, Attribution, Citation, Document, Quote


def source_names(documents: Sequence[Document]) -> dict[str, str]:
    """doc_id → the name its citations show.

    >>> from ...types import Document
    >>> docs = [Document("a", "Talks resume in Oman", "", "", (), "AFP"),
    ...         Document("b", "Ceasefire holds in Gaza", "", "", (), "AFP"),
    ...         Document("c", "Markets fall", "", "", (), "Reuters")]
    >>> source_names(docs)
    {'a': 'Talks resume in Oman', 'b': 'Ceasefire holds in Gaza', 'c': 'Reuters'}
    """
    outlets = Counter(d.outlet for d in documents if d.outlet)
    names: dict[str, str] = {}
    for d in documents:
        if d.outlet and outlets[d.outlet] > 1:
            names[d.doc_id] = short_title(d.title)
        else:
            names[d.doc_id] = source_name(d.outlet, d.title)
    taken = Counter(names.values())
    for d in documents:  # two untitled articles with the same lede words: keep them apart
        if taken[names[d.doc_id]] > 1:
            names[d.doc_id] = f"{names[d.doc_id]} ({d.doc_id})"
    return names


def _cite(c: Citation, names: Mapping[str, str]) -> Citation:
    return replace(c, source=names.get(c.doc_id, ""))


def name_quote(q: Quote, names: Mapping[str, str]) -> Quote:
    return replace(q, source=names.get(q.doc_id, ""))


def name_answer(answer: Answer, names: Mapping[str, str]) -> Answer:
    """`answer` with every citation, disagreement side and quote named from `names`."""
    attribution: Attribution | None = answer.attribution
    if attribution is not None:
        attribution = replace(attribution, quotes=tuple(name_quote(q, names) for q in attribution.quotes))
    return replace(
        answer,
        citations=tuple(_cite(c, names) for c in answer.citations),
        closest=_cite(answer.closest, names) if answer.closest else None,
        disagreements=tuple(
            replace(d, sides=tuple(replace(s, source=names.get(s.doc_id, "")) for s in d.sides))
            for d in answer.disagreements
        ),
        attribution=attribution,
    )
