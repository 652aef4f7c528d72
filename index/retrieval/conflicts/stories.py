"""Disagreements between articles of one story, for one loaded index version.

`find_disagreements` (disagree.py) finds passages that give different values for one fact;
`Stories` keeps only those whose articles cover the same story (their embedded means, or the
paragraphs that give the values, are close), flags them beside an answer (`flag`), lists
them for "where do the sources disagree?" (`all`, `answer`) and cites the sentence that gives
each side's value. It embeds whole articles only when a disagreement needs it, once per
article and index version.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from ...text import sentence_spans
from ...types import Answer, AnswerSentence, Citation, Disagreement, Paragraph, Passage
from .conflict_topic import on_topic
from .disagree import SAME_FACT, SAME_STORY, find_disagreements

if TYPE_CHECKING:
    from ...store.local import IndexSnapshot
    from ..hybrid import Evidence

DISAGREEMENT_POOL = 5  # retrieved passages searched for a value that contradicts the answer
# Before the (embedding) same-story check of a corpus-wide scan, with stored sentence-mean
# vectors: two articles are plainly about different things when their mean vectors are below
# SCAN_STORY and no two paragraphs giving the values reach SCAN_FACT. Measured: the seed
# articles 0.86 as articles; the fixture's rail story and brief 0.44 as articles, 0.63 as the
# paragraphs; squad-dev's candidate pairs at most 0.64 / 0.54 (two universities' libraries),
# which the full check then drops.
SCAN_STORY = 0.5
SCAN_FACT = 0.45


class Stories:
    """The disagreements of one index version. `embed` gives unit rows for texts."""

    def __init__(
        self,
        snapshot: IndexSnapshot,
        by_key: dict[tuple[str, int], Paragraph],
        embed: Callable[[list[str]], NDArray[np.float32]],
    ) -> None:
        self._snapshot = snapshot
        self._by_key = by_key
        self._embed = embed
        self._stories: dict[str, NDArray[np.float32]] = {}  # doc_id → mean paragraph vector
        self._all: tuple[Disagreement, ...] | None = None  # found on first need

    def flag(self, answer: Answer, evidence: Evidence) -> Answer:
        """Disagreements between what the answer cites and the best retrieved passages.

        A passage that states another value for a fact the answer's first source states is
        worth showing even when it ranked below the cited ones: it is cited too, as a side.
        """
        cited = {(c.doc_id, c.paragraph) for c in answer.citations}
        pool = [
            p
            for i, p in enumerate(evidence.passages)
            if (p.paragraph.doc_id, p.paragraph.number) in cited or i < DISAGREEMENT_POOL
        ]
        first = (answer.citations[0].doc_id, answer.citations[0].paragraph)
        found = [
            d
            for d in find_disagreements(pool, evidence.question, cited=frozenset(cited))
            if (
                any((s.doc_id, s.paragraph) == first for s in d.sides)
                or all((s.doc_id, s.paragraph) in cited for s in d.sides)
            )
            and self.one_story(d, pool)
        ]
        citations = [*answer.citations, *self.side_citations(found, cited)]
        return replace(answer, citations=tuple(citations), disagreements=tuple(found))

    def side_citations(self, found: Sequence[Disagreement], cited: set[tuple[str, int]]) -> list[Citation]:
        """A citation of the sentence that states each side's value, for the sides' paragraphs
        not in `cited` (each added to it as it is cited)."""
        out = []
        for d in found:
            for side in d.sides:
                par = self._by_key.get((side.doc_id, side.paragraph))
                if par is None or (side.doc_id, side.paragraph) in cited:
                    continue
                cited.add((side.doc_id, side.paragraph))
                spans = [par.text[a:b] for a, b in sentence_spans(par.text)]
                words = next((x for x in spans if side.value in x), par.text)
                out.append(Citation(par.doc_id, par.title, par.number, words, par.text, par.outlet))
        return out

    def all(self) -> tuple[Disagreement, ...]:
        """Every fact on which articles of one story give different values: the value rules
        of `find_disagreements` over all paragraphs, held to the stricter rule for passages no
        answer cited, then the same-story check (`one_story`). Found once per index version.

        The story check embeds whole articles, so a cheap look at the stored vectors first
        drops pairs of articles that are plainly about different things (the mean paragraph
        vectors of the articles below `SCAN_STORY` and of the paragraphs below `SCAN_FACT`).
        """
        if self._all is None:
            pool = [Passage(p, 1.0) for p in self._snapshot.paragraphs]
            found = find_disagreements(pool, cited=frozenset())
            self._all = tuple(d for d in found if self._near(d) and self.one_story(d, pool))
        return self._all

    def _near(self, disagreement: Disagreement) -> bool:
        snapshot = self._snapshot
        if not len(snapshot.vectors):
            return True  # the vectors stay in the database (postgres): the full check decides
        vectors = snapshot.paragraph_vectors
        rows: dict[str, list[int]] = {}
        index = {(p.doc_id, p.number): i for i, p in enumerate(snapshot.paragraphs)}
        for side in disagreement.sides:
            if (side.doc_id, side.paragraph) in index:
                rows.setdefault(side.doc_id, []).append(index[(side.doc_id, side.paragraph)])
        docs = sorted(rows)
        for i, a in enumerate(docs):
            for b in docs[i + 1 :]:
                if float((vectors[rows[a]] @ vectors[rows[b]].T).max()) >= SCAN_FACT:
                    continue
                mean_a, mean_b = (self._mean_vector(d) for d in (a, b))
                if float(mean_a @ mean_b) < SCAN_STORY:
                    return False
        return True

    def _mean_vector(self, doc_id: str) -> NDArray[np.float32]:
        rows = [i for i, p in enumerate(self._snapshot.paragraphs) if p.doc_id == doc_id]
        mean = self._snapshot.paragraph_vectors[rows].mean(axis=0)
        unit: NDArray[np.float32] = mean / max(float(np.linalg.norm(mean)), 1e-9)
        return unit

    def on_topic(self, disagreement: Disagreement, topic: str) -> bool:
        """`conflict_topic.on_topic`, given the sentence that states each side's value."""
        return on_topic(disagreement, topic, [c.quote for c in self.side_citations([disagreement], set())])

    def answer(self, question: str, found: tuple[Disagreement, ...]) -> Answer:
        """ "Where do the sources disagree?": each side's sentence of `found`, cited, and the
        disagreements; a plain "none found" when `found` is empty."""
        if not found:
            return Answer(question, (), (), abstained=True, reason="no_value", missing=("disagreement",))
        citations = self.side_citations(found, set())
        sentences = [AnswerSentence(c.quote, i) for i, c in enumerate(citations)]
        return Answer(
            question, tuple(sentences), tuple(citations), abstained=False, confidence=1.0, disagreements=found
        )

    def one_story(self, disagreement: Disagreement, pool: list[Passage]) -> bool:
        """Whether every two articles on the sides of `disagreement` cover one story: their
        mean paragraph vectors are close (`SAME_STORY`), or two of their paragraphs that give
        the values are (`SAME_FACT`: a short brief on another angle of the same event). Two
        articles about different things that give different dates near one shared word
        ("announced") do not disagree."""
        texts = {(p.paragraph.doc_id, p.paragraph.number): p.paragraph.text for p in pool}
        sides: dict[str, list[str]] = {}
        for side in disagreement.sides:
            text = texts.get((side.doc_id, side.paragraph))
            if text is not None:
                sides.setdefault(side.doc_id, []).append(text)
        docs = sorted(sides)
        rows: dict[str, NDArray[np.float32]] = {}  # embedded only when the articles differ
        for i, a in enumerate(docs):
            for b in docs[i + 1 :]:
                if float(self._story(a) @ self._story(b)) >= SAME_STORY:
                    continue
                for d in (a, b):
                    if d not in rows:
                        rows[d] = self._embed(sides[d])
                if float((rows[a] @ rows[b].T).max()) < SAME_FACT:
                    return False
        return True

    def _story(self, doc_id: str) -> NDArray[np.float32]:
        if doc_id not in self._stories:
            texts = [p.text for p in self._snapshot.paragraphs if p.doc_id == doc_id]
            mean = self._embed(texts or [""]).mean(axis=0)
            self._stories[doc_id] = (mean / max(float(np.linalg.norm(mean)), 1e-9)).astype(np.float32)
        return self._stories[doc_id]
