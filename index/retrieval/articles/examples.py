"""Example questions for /start, made from what the articles hold: their quoted people.

A reader learns fastest from questions the bot answers well, and the quote index answers
attribution questions from the articles' own words. So the examples ask what the most
quoted named people said (spread over the articles), then who said a short, distinctive
quotation. Nothing here knows any article: the candidates come from the quotes alone.

>>> from ...types import Quote
>>> def q(text, who, doc, kind="direct"):
...     return Quote(text, who, None, "said", doc, "T", 1, 0, 1, kind=kind)
>>> quotes = [q("We will rebuild every home", "Ana Lopez", "a"), q("No comment", "Ana Lopez", "a"),
...           q("The dam held", "Piet Brand", "b"), q("Ports are closed", None, "b")]
>>> for question in candidate_questions(quotes, 3): print(question)
What did Ana Lopez say?
What did Piet Brand say?
Who said “We will rebuild every home”?
Who said “The dam held”?
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ...types import Quote

MAX_QUOTE_WORDS = 8


def _named(q: Quote) -> bool:
    return bool(q.speaker) and q.speaker_kind == "person" and len((q.speaker or "").split()) >= 2


def candidate_questions(quotes: Sequence[Quote], n: int = 3) -> list[str]:
    """Up to `n` + 2 questions, best first (the caller keeps those it can answer)."""
    counts: Counter[str] = Counter()
    docs_of: dict[str, set[str]] = {}
    for q in quotes:
        if _named(q) and q.speaker:
            counts[q.speaker] += 1
            docs_of.setdefault(q.speaker, set()).add(q.doc_id)
    people: list[str] = []
    seen_docs: set[str] = set()
    # first the most quoted person of each article, then the rest by how often quoted
    for speaker, _ in counts.most_common():
        if not docs_of[speaker] & seen_docs:
            people.append(speaker)
            seen_docs |= docs_of[speaker]
    people += [s for s, _ in counts.most_common() if s not in people]
    out = [f"What did {p} say?" for p in people[: max(n - 1, 1)]]
    short = [
        q
        for q in quotes
        if q.kind != "indirect" and _named(q) and 2 <= len(q.text.split()) <= MAX_QUOTE_WORDS
    ]
    # a quotation by someone the examples do not already ask about, the longest first
    short.sort(key=lambda q: (q.speaker in people[: n - 1], -len(q.text.split())))
    out += [f"Who said “{q.text.strip(' ,.')}”?" for q in short[:2]]
    out += [f"What did {p} say?" for p in people[max(n - 1, 1) : n + 1]]
    return list(dict.fromkeys(out))
