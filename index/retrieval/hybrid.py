"""Hybrid retrieval: BM25 + dense, fused, then reranked by sentence-level evidence.

1. BM25 (bm25s, as LlamaIndex's BM25 retriever builds it) and dense cosine (exact, `dense.top_k`) each
   propose candidates; zero-score BM25 hits are dropped.
2. Every candidate gets three scores: its dense cosine, its BM25 score relative to the best
   candidate, and how much of the question's IDF mass its best sentence covers (a SQuAD-style
   question is usually written from one sentence).
3. A weighted sum ranks them. The weights were fitted on half of the squad-dev questions and
   checked on the other half (`scripts/tune_weights.py`: a listwise softmax fit); they are
   few and generic.

LlamaIndex objects stay in this module: callers get `Passage` records.
"""

from __future__ import annotations

import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

import numpy as np
from numpy.typing import NDArray

from ..encoder.embed import Embedder
from ..store.base import IndexSnapshot
from ..text import sentence_spans
from ..types import Paragraph, Passage
from .dense import top_k
from .followup import asked_part
from .lexical import TermWeights, bigram_hits, coverage, terms

if TYPE_CHECKING:
    import bm25s
    import Stemmer

CANDIDATES = 40


class BM25Index(Protocol):
    """The BM25 half as ranking reads it: a bm25s index and the tokenisation it was built with.

    `store.bm25.build_bm25` makes one (a fresh build, the index LlamaIndex's `BM25Retriever`
    would make) and `store.bm25.load_bm25` gives the persisted one, both without LlamaIndex.
    """

    @property
    def bm25(self) -> bm25s.BM25: ...

    @property
    def stemmer(self) -> Stemmer.Stemmer | None: ...

    @property
    def token_pattern(self) -> str: ...


@dataclass(frozen=True)
class Weights:
    sentence_dense: float = 1.0  # best sentence's cosine to the question
    paragraph_dense: float = 0.36  # cosine of the paragraph's mean sentence vector
    bm25: float = 0.07  # BM25 score / best BM25 score among candidates
    sentence_terms: float = 0.21  # IDF share of question terms in the best sentence
    pair_terms: float = 0.07  # ... in the best two adjacent sentences
    paragraph_terms: float = 0.3  # ... anywhere in the paragraph
    bigrams: float = 0.05  # question term pairs found in order in the best sentence (max 3)
    answer_type: float = 0.07  # the best sentence holds a date/number/place when one is asked for
    length: float = -0.13  # sentences in the paragraph / 10: long paragraphs match by chance


# feature name (a `Weights` field) → its column in `feature_rows`; features are never addressed by position
COLUMN: dict[str, int] = {f.name: i for i, f in enumerate(fields(Weights))}


@dataclass(frozen=True)
class Evidence:
    """What the answer composer needs: ranked passages and the weighted question terms."""

    question: str
    passages: tuple[Passage, ...]
    qweights: dict[str, float]


class SentenceIndex:
    """Sentence spans and their stemmed terms per paragraph, computed on first use."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self._paragraphs = paragraphs
        self._get = lru_cache(maxsize=20000)(self._compute)

    def _compute(self, i: int) -> tuple[tuple[tuple[int, int], list[str], frozenset[str]], ...]:
        text = self._paragraphs[i].text
        out = []
        for a, b in sentence_spans(text):
            t = terms(text[a:b])
            out.append(((a, b), t, frozenset(t)))
        return tuple(out)

    def sentences(self, i: int) -> tuple[tuple[tuple[int, int], list[str], frozenset[str]], ...]:
        return self._get(i)


_DATE_Q = re.compile(
    r"\b(when|what year|which year|what date|what day|what month|what century|how long ago)\b"
)
_NUM_Q = re.compile(
    r"\bhow (many|much|long|far|old|big|large|high|tall)\b|\bwhat (percentage|percent|number|amount)\b"
)
_PLACE_Q = re.compile(r"\bwhere\b")
_PLACE = re.compile(r"\b(in|at|near|from|to)\s+(the\s+)?[A-Z]")
_DATE = re.compile(
    r"\b(1\d{3}|20\d{2})s?\b|\b(january|february|march|april|may|june|july|august|september|october"
    r"|november|december|century|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_NUMBER = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|hundred|thousand|million|billion|dozen|half|quarter)\b"
)


def answer_type(question: str) -> re.Pattern[str] | None:
    """A pattern the answer sentence should match for date and quantity questions (of a
    joined follow-up, those its own question asks: `followup.asked_part`)."""
    q = asked_part(question).lower()
    if _DATE_Q.search(q):
        return _DATE
    if _NUM_Q.search(q):
        return _NUMBER
    if _PLACE_Q.search(q):
        return _PLACE
    return None


class RankedRetriever(ABC):
    """Candidates and their feature rows come from a backend; ranking is shared."""

    paragraphs: list[Paragraph]
    term_weights: TermWeights
    _weight_vector: NDArray[np.float64]

    @abstractmethod
    def features(self, question: str) -> tuple[list[int], NDArray[np.float64], dict[str, float]]:
        """Candidate paragraph indices and their feature rows (columns in `Weights` order)."""

    def search(self, question: str, k: int = 10) -> Evidence:
        """The `k` best passages for `question`, best first."""
        if not self.paragraphs:
            return Evidence(question, (), self.term_weights.weigh(question))
        candidates, rows, qweights = self.features(question)
        return rank(question, qweights, candidates, rows, self.paragraphs, self._weight_vector, k)


class HybridRetriever(RankedRetriever):
    """Question → ranked `Passage`s over one index snapshot. Thread-safe."""

    def __init__(
        self,
        snap: IndexSnapshot,
        embedder: Embedder,
        bm25: BM25Index | None,
        weights: Weights | None = None,
        *,
        sentences: SentenceIndex | None = None,
        known_vectors: Mapping[str, NDArray[np.float32]] | None = None,
    ) -> None:
        """`sentences` (of `snap.paragraphs`) and `known_vectors` (question → its vector, as
        `embedder` gives it for that question alone) reuse work a build did beside its
        encoder (`store.textwork`)."""
        self.snap = snap
        self.embedder = embedder
        self.bm25 = bm25
        self.weights = weights or Weights()
        self.paragraphs = snap.paragraphs
        self.key_to_index = {p.key: i for i, p in enumerate(self.paragraphs)}
        rows = np.asarray(snap.row_paragraph, dtype=np.int64)
        n = len(self.paragraphs)
        # rows of one paragraph are contiguous and in sentence order
        self.row_start = np.searchsorted(rows, np.arange(n + 1)).astype(np.int64)
        self.paragraph_vectors = snap.paragraph_vectors
        self.term_weights = TermWeights(snap.df, n)
        self.sentences = sentences if sentences is not None else SentenceIndex(self.paragraphs)
        self._known = known_vectors or {}
        self._bm25_lock = threading.Lock()
        self._weight_vector = np.array([getattr(self.weights, f.name) for f in fields(Weights)])

    def embed_query(self, question: str) -> NDArray[np.float32]:
        known = self._known.get(question)
        if known is not None:
            return known
        vector: NDArray[np.float32] = self.embedder.embed([question])[0]
        return vector

    def _dense(self, q: NDArray[np.float32], k: int) -> list[int]:
        """Indices of the `k` paragraphs whose mean sentence vector is nearest to `q`."""
        rows, _ = top_k(self.paragraph_vectors, q, k)
        return [int(i) for i in rows]

    def _bm25(self, bm25: BM25Index, question: str) -> dict[int, float]:
        """BM25 scores by paragraph index; zero-score hits (no term matched) are dropped.

        Calls the retriever's bm25s index directly with the retriever's own tokenisation:
        rows are paragraphs in index order, so no node objects need rebuilding per hit.
        """
        import bm25s

        k = min(CANDIDATES, len(self.paragraphs))
        tokens = bm25s.tokenize(
            question, stemmer=bm25.stemmer, token_pattern=bm25.token_pattern, show_progress=False
        )
        with self._bm25_lock:  # bm25s keeps per-call state on the object
            idx, scores = bm25.bm25.retrieve(tokens, k=k, show_progress=False, n_threads=0)
        return {int(i): float(s) for i, s in zip(idx[0], scores[0], strict=True) if s > 0}

    def features(self, question: str) -> tuple[list[int], NDArray[np.float64], dict[str, float]]:
        """Candidate paragraph indices and their feature rows (columns in `Weights` order)."""
        qweights = self.term_weights.weigh(question)
        q = self.embed_query(question)
        lexical = self._bm25(self.bm25, question) if qweights and self.bm25 is not None else {}
        candidates = list(dict.fromkeys([*lexical, *self._dense(q, CANDIDATES)]))
        top_lex = max(lexical.values(), default=0.0)
        sentence_cos = [
            float((self.snap.vectors[int(self.row_start[c]) : int(self.row_start[c + 1])] @ q).max())
            for c in candidates
        ]
        paragraph_cos = [float(self.paragraph_vectors[c] @ q) for c in candidates]
        lex = [lexical.get(c, 0.0) / top_lex if top_lex > 0 else 0.0 for c in candidates]
        dense = (sentence_cos, paragraph_cos)
        rows = feature_rows(question, qweights, candidates, self.paragraphs, self.sentences, *dense, lex)
        return candidates, rows, qweights


def feature_rows(
    question: str,
    qweights: dict[str, float],
    candidates: list[int],
    paragraphs: list[Paragraph],
    sentences: SentenceIndex,
    sentence_cos: Sequence[float],
    paragraph_cos: Sequence[float],
    lexical: Sequence[float],
) -> NDArray[np.float64]:
    """The feature matrix of `candidates` (columns in `Weights` order), shared by every backend.

    The dense cosines and the lexical score (relative to the best candidate) come from the
    backend; the sentence-level term evidence is computed here from the paragraph texts.
    """
    qterms = list(qweights)
    wanted = answer_type(question)
    rows = np.zeros((len(candidates), len(fields(Weights))), dtype=np.float64)
    for r, c in enumerate(candidates):
        sents = sentences.sentences(c)
        rows[r, COLUMN["sentence_dense"]] = sentence_cos[r]
        rows[r, COLUMN["paragraph_dense"]] = paragraph_cos[r]
        rows[r, COLUMN["bm25"]] = lexical[r]
        covs = [coverage(qweights, tset) for _span, _t, tset in sents]
        best = max(range(len(sents)), key=covs.__getitem__)
        rows[r, COLUMN["sentence_terms"]] = covs[best]
        rows[r, COLUMN["pair_terms"]] = max(
            (coverage(qweights, sents[i][2] | sents[i + 1][2]) for i in range(len(sents) - 1)),
            default=covs[best],
        )
        rows[r, COLUMN["paragraph_terms"]] = coverage(qweights, frozenset().union(*(s[2] for s in sents)))
        rows[r, COLUMN["bigrams"]] = min(bigram_hits(qterms, sents[best][1]), 3)
        if wanted is not None:
            (sa, sb), _, _ = sents[best]
            sentence = paragraphs[c].text[sa:sb]
            found = wanted.search(sentence if wanted is _PLACE else sentence.lower())
            rows[r, COLUMN["answer_type"]] = 1.0 if found else 0.0
        rows[r, COLUMN["length"]] = len(sents) / 10
    return rows


def rank(
    question: str,
    qweights: dict[str, float],
    candidates: list[int],
    rows: NDArray[np.float64],
    paragraphs: list[Paragraph],
    weight_vector: NDArray[np.float64],
    k: int,
) -> Evidence:
    """Weighted sum of the feature rows → the `k` best passages, best first."""
    scores = rows @ weight_vector
    order = np.argsort(-scores, kind="stable")[:k]
    passages = tuple(
        Passage(
            paragraphs[candidates[i]],
            score=float(scores[i]),
            dense=float(rows[i, COLUMN["sentence_dense"]]),
            lexical=float(rows[i, COLUMN["sentence_terms"]]),
            coverage=float(rows[i, COLUMN["paragraph_terms"]]),
        )
        for i in order
    )
    return Evidence(question, passages, qweights)
