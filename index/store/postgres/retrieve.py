"""Hybrid retrieval in PostgreSQL: full-text search + pgvector, the same features as locally.

One round trip per question proposes candidates from both halves and returns their dense
scores:

- keyword half: the question's lexemes OR-ed into a `tsquery` (the GIN index finds matching
  paragraphs), the best `CANDIDATES` by `ts_rank_cd`;
- dense half: the paragraph mean vectors through the HNSW index (cosine);
- for every candidate: its paragraph cosine and its best sentence's cosine.

`Weights.bm25` is then fed BM25 of each candidate (Lucene formula, k1=1.5, b=0.75 as bm25s;
IDF and mean length from the lexicon in the database) over the best candidate's, computed
from the catalogue's texts: with `ts_rank_cd` in its place squad-dev Hits@1 was 2 points
below the local index, with BM25 on the candidates it is within 0.3 (docs/postgres.md).
The sentence-level term features come from `retrieve.feature_rows`, so `Weights` and
`compose_answer` work unchanged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import fields
from typing import TYPE_CHECKING, TypeAlias

import numpy as np
from numpy.typing import NDArray

from ...encoder.embed import Embedder
from ...retrieval.hybrid import CANDIDATES, RankedRetriever, SentenceIndex, Weights, feature_rows
from ...retrieval.lexical import TermWeights, terms
from ...text import words
from .store import Catalogue

if TYPE_CHECKING:
    from .schema import Conn

# Lexemes OR-ed: a question's terms rarely all occur in the answering paragraph.
_QUERY = """
WITH query AS (
    SELECT replace(plainto_tsquery('english', %(q)s)::text, ' & ', ' | ')::tsquery AS tsq
), matched AS (
    SELECT p.id, p.tsv FROM paragraphs p, query WHERE p.tsv @@ query.tsq LIMIT %(ranked)s
), lex AS (
    SELECT m.id, ts_rank_cd(m.tsv, query.tsq) AS rank
    FROM matched m, query
    ORDER BY rank DESC
    LIMIT %(k)s
), dense AS (
    SELECT id, embedding <=> %(v)s AS dist FROM paragraphs ORDER BY embedding <=> %(v)s LIMIT %(k)s
), cand AS (
    SELECT id, max(rank) AS rank, min(dist) AS dist
    FROM (SELECT id, rank, NULL::float8 AS dist FROM lex
          UNION ALL SELECT id, NULL, dist FROM dense) u
    GROUP BY id
)
SELECT c.id, coalesce(c.rank, 0), c.dist, 1 - (p.embedding <=> %(v)s),
       (SELECT max(1 - (s.embedding <=> %(v)s)) FROM sentences s WHERE s.paragraph_id = c.id)
FROM cand c JOIN paragraphs p ON p.id = c.id
"""

# Cost control for the keyword half at 100k paragraphs, where ranking every match of every
# question term took 180 ms p50 (EXPLAIN: the sort over ~10k ts_rank_cd calls, not the GIN
# lookup): only the rarest terms go into the tsquery (common ones add matches, not
# evidence; the BM25 feature still uses every term), and at most FTS_RANKED matches are ranked.
FTS_TERMS = 3
FTS_RANKED = 2000

Connect: TypeAlias = "Callable[[], AbstractContextManager[Conn]]"


class PgRetriever(RankedRetriever):
    """Question → ranked `Passage`s over the database and one loaded catalogue. Thread-safe.

    Candidates whose id is not in the catalogue (a reindex committed since it was loaded;
    the engine reloads within a second) are skipped.
    """

    K1 = 1.5
    B = 0.75

    def __init__(
        self, catalogue: Catalogue, embedder: Embedder, connect: Connect, weights: Weights | None = None
    ) -> None:
        snap = catalogue.snapshot
        self.snap = snap
        self.embedder = embedder
        self.connect = connect
        self.weights = weights or Weights()
        self.paragraphs = snap.paragraphs
        self.index_of = {pid: i for i, pid in enumerate(catalogue.paragraph_ids)}
        self.avg_terms = max(catalogue.avg_terms, 1.0)
        self.term_weights = TermWeights(snap.df, len(self.paragraphs))
        self.sentences = SentenceIndex(self.paragraphs)
        self._weight_vector = np.array([getattr(self.weights, f.name) for f in fields(Weights)])

    def keywords(self, question: str) -> str:
        """The question's `FTS_TERMS` rarest content words (by the lexicon's IDF)."""
        scored = [(self.term_weights.idf(t[0]), w) for w in dict.fromkeys(words(question)) if (t := terms(w))]
        scored.sort(key=lambda pair: -pair[0])
        return " ".join(w for _, w in scored[:FTS_TERMS])

    def candidates(self, question: str, q: NDArray[np.float32]) -> list[tuple[int, float, float, float]]:
        """(catalogue index, FTS rank, paragraph cosine, best sentence cosine): lexical hits by
        rank first, then dense hits by distance, as HybridRetriever orders them."""
        with self.connect() as conn:
            params = {"q": self.keywords(question), "v": q, "k": CANDIDATES, "ranked": FTS_RANKED}
            rows = conn.execute(_QUERY, params).fetchall()
        lexical = sorted((r for r in rows if r[1] > 0), key=lambda r: -r[1])
        dense = sorted((r for r in rows if r[2] is not None), key=lambda r: float(r[2]))
        out: dict[int, tuple[int, float, float, float]] = {}
        for pid, fts, _dist, pcos, scos in [*lexical, *dense]:
            i = self.index_of.get(pid)
            if i is not None and i not in out:
                out[i] = (i, float(fts), float(pcos), float(scos if scos is not None else pcos))
        return list(out.values())

    def bm25(self, qweights: dict[str, float], i: int) -> float:
        """BM25 of paragraph `i` for the question terms `qweights` (term → IDF)."""
        tf = Counter(t for _span, found, _set in self.sentences.sentences(i) for t in found)
        norm = self.K1 * (1 - self.B + self.B * sum(tf.values()) / self.avg_terms)
        return sum(w * tf[t] * (self.K1 + 1) / (tf[t] + norm) for t, w in qweights.items() if tf[t])

    def features(self, question: str) -> tuple[list[int], NDArray[np.float64], dict[str, float]]:
        """Candidate paragraph indices and their feature rows (columns in `Weights` order)."""
        qweights = self.term_weights.weigh(question)
        q = self.embedder.embed([question])[0]
        found = self.candidates(question, q)
        candidates = [f[0] for f in found]
        scores = [self.bm25(qweights, c) for c in candidates]
        top = max(scores, default=0.0)
        lexical = [x / top if top > 0 else 0.0 for x in scores]
        dense = ([f[3] for f in found], [f[2] for f in found])  # best sentence, paragraph mean
        rows = feature_rows(question, qweights, candidates, self.paragraphs, self.sentences, *dense, lexical)
        return candidates, rows, qweights
