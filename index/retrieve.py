"""Hybrid retrieval: BM25 + dense, fused, then reranked by sentence-level evidence.

1. BM25 (LlamaIndex's bm25s retriever) and dense cosine (exact, `MatrixVectorStore`) each
   propose candidates; zero-score BM25 hits are dropped.
2. Every candidate gets three scores: its dense cosine, its BM25 score relative to the best
   candidate, and how much of the question's IDF mass its best sentence covers (a SQuAD-style
   question is usually written from one sentence).
3. A weighted sum ranks them. The weights were fitted on half of the squad-dev questions and
   checked on the other half (`python -m index bench`); they are few and generic.

LlamaIndex objects stay in this module: callers get `Passage` records.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .embed import Embedder
from .lexical import TermWeights, bigram_hits, coverage, terms
from .store import IndexSnapshot
from .text import sentence_spans
from .types import Paragraph, Passage

CANDIDATES = 40


@dataclass(frozen=True)
class Weights:
    dense: float = 1.0
    lexical: float = 0.35
    sentence: float = 0.6
    bigram: float = 0.05


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


class HybridRetriever:
    """Question → ranked `Passage`s over one index snapshot. Thread-safe."""

    def __init__(self, snap: IndexSnapshot, embedder: Embedder, bm25: Any, weights: Weights | None = None) -> None:
        self.snap = snap
        self.embedder = embedder
        self.bm25 = bm25
        self.weights = weights or Weights()
        self.paragraphs = snap.paragraphs
        self.key_to_index = {p.key: i for i, p in enumerate(self.paragraphs)}
        self.row_para = np.asarray(snap.row_paragraph, dtype=np.int64)
        self.term_weights = TermWeights(snap.df, len(self.paragraphs))
        self.sentences = SentenceIndex(self.paragraphs)
        self._bm25_lock = threading.Lock()

    def embed_query(self, question: str) -> NDArray[np.float32]:
        return self.embedder.embed([question])[0]

    def _dense(self, q: NDArray[np.float32], k: int) -> dict[int, float]:
        scores = self.snap.vectors @ q
        k = min(k * 2, scores.shape[0])
        part = np.argpartition(-scores, k - 1)[:k]
        best: dict[int, float] = {}
        for row in part[np.argsort(-scores[part])]:
            p = int(self.row_para[row])
            if p not in best:
                best[p] = float(scores[row])
        return best

    def _bm25(self, question: str) -> dict[int, float]:
        from llama_index.core.schema import QueryBundle

        with self._bm25_lock:  # bm25s keeps per-call state on the object
            hits = self.bm25.retrieve(QueryBundle(query_str=question))
        out: dict[int, float] = {}
        for hit in hits:
            if hit.score and hit.score > 0:
                idx = self.key_to_index.get(hit.node.node_id)
                if idx is not None:
                    out[idx] = float(hit.score)
        return out

    def search(self, question: str, k: int = 10) -> Evidence:
        qweights = self.term_weights.weigh(question)
        if not self.paragraphs:
            return Evidence(question, (), qweights)
        q = self.embed_query(question)
        dense = self._dense(q, CANDIDATES)
        lexical = self._bm25(question) if qweights else {}
        candidates = list(dict.fromkeys([*lexical, *dense]))
        missing = [c for c in candidates if c not in dense]
        if missing:
            # exact cosine for BM25-only candidates: max over the paragraph's rows
            rows = np.flatnonzero(np.isin(self.row_para, missing))
            sims = self.snap.vectors[rows] @ q
            for row, s in zip(rows, sims, strict=True):
                p = int(self.row_para[row])
                dense[p] = max(dense.get(p, -1.0), float(s))
        top_lex = max(lexical.values(), default=0.0)
        qterms = list(qweights)
        w = self.weights
        scored: list[Passage] = []
        for c in candidates:
            best_sentence = 0.0
            best_bigrams = 0
            for _span, t, tset in self.sentences.sentences(c):
                cov = coverage(qweights, tset)
                if cov > best_sentence:
                    best_sentence = cov
                    best_bigrams = bigram_hits(qterms, t)
            lex = lexical.get(c, 0.0) / top_lex if top_lex > 0 else 0.0
            score = (
                w.dense * dense[c] + w.lexical * lex + w.sentence * best_sentence + w.bigram * min(best_bigrams, 3)
            )
            scored.append(Passage(self.paragraphs[c], score=score, dense=dense[c], lexical=best_sentence))
        scored.sort(key=lambda p: p.score, reverse=True)
        return Evidence(question, tuple(scored[:k]), qweights)
