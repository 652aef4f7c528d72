"""What the engine's parts share: the previous exchange (`Turn`), what the Telegram adapter
needs from the domain (`QA`), and one loaded index version (`Loaded`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from ..attribution.checks.check import QuoteCheck
from ..retrieval.articles.labels import source_names
from ..retrieval.casing import Casing
from ..retrieval.conflicts.stories import Stories
from ..retrieval.lexical import TermWeights
from ..retrieval.mentions import Vocabulary
from ..retrieval.spelling import Spelling
from ..store.backend import Retriever
from ..store.local import IndexSnapshot
from ..types import Answer, Document, Paragraph, Quote


@dataclass(frozen=True)
class Turn:
    """The previous exchange in a chat, used to resolve follow-up questions."""

    question: str
    answer: Answer | None = None


class QA(Protocol):
    """What the Telegram adapter needs from the domain (the `Engine` implements it)."""

    def ask(self, question: str, previous: Turn | None = None) -> Answer:
        """Answer `question`; `previous` is the chat's last exchange, for follow-ups."""
        ...

    def documents(self) -> list[Document]:
        """The indexed articles."""
        ...

    def paragraph(self, doc_id: str, number: int) -> Paragraph | None:
        """One paragraph by article id and ¶ number, or None if it no longer exists."""
        ...

    def example_questions(self, n: int = 3) -> list[str]:
        """Up to `n` questions the current corpus can answer, for /start buttons."""
        ...

    def check_quote(self, text: str) -> QuoteCheck:
        """Is `text` a real quote (exact / misworded with a word diff / not found)? When it
        names a speaker ("X said …"), is the quote theirs; does the quote say the opposite?"""
        ...

    def quotes_by(self, speaker: str | None = None) -> list[Quote]:
        """Every quote of `speaker` (any name variant), or every quote when None."""
        ...

    def name_as_written(self, name: str) -> str:
        """`name` as the articles spell it ("Нетаньяху" → "Netanyahu", a typo mended), or as
        typed when they have no such name."""
        ...

    def close(self) -> None:
        """Release what it holds (an `Engine`: its store's connection pool)."""
        ...


@dataclass(frozen=True)
class Loaded:
    """One index version as served: the snapshot and what is derived from it on load."""

    snapshot: IndexSnapshot
    retriever: Retriever
    by_key: dict[tuple[str, int], Paragraph]
    names: dict[str, str]  # doc_id → the article's name in citations (index/labels.py)
    vocabulary: Vocabulary  # every word the articles use, to notice names they never mention
    term_weights: TermWeights  # IDF over the paragraphs, for scoring quotes by content
    stories: Stories  # disagreements between articles of one story (index/retrieval/conflicts/stories.py)
    casing: Casing  # names as the articles write them, for questions typed in lower case
    spelling: Spelling  # the articles' names indexed for a reader's misspellings (spelling.py)
    # a quote's own words (`relevance.own_words`) → their unit vector, embedded on first need
    quote_vectors: dict[str, NDArray[np.float32]] = field(default_factory=dict)
    # how many example questions → those this version answers (/start and an empty question
    # ask for them often; finding them asks each candidate)
    examples: dict[int, list[str]] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        snap: IndexSnapshot,
        retriever: Retriever,
        unit_rows: Callable[[list[str]], NDArray[np.float32]],
    ) -> Loaded:
        """`snap` served through `retriever`, with what is derived from it on load."""
        by_key = {(p.doc_id, p.number): p for p in snap.paragraphs}
        texts = [*(p.text for p in snap.paragraphs), *(d.title for d in snap.documents)]
        vocabulary = Vocabulary.of(texts)
        weights = TermWeights(snap.df, len(snap.paragraphs))
        stories = Stories(snap, by_key, unit_rows)
        names = source_names(snap.documents)
        casing = Casing.of(texts)
        spelling = Spelling.of(casing.proper, vocabulary.words)
        return cls(snap, retriever, by_key, names, vocabulary, weights, stories, casing, spelling)
