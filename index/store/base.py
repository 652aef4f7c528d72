"""The protocols and records of the index stores: what a backend is, what a loaded version
holds. Shared by `local.py`, `postgres/` and `backend.py`; it imports none of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import numpy as np
from numpy.typing import NDArray

from ..encoder.embed import DIM
from ..types import Document, Paragraph, Quote

if TYPE_CHECKING:
    from ..encoder.embed import Embedder
    from ..retrieval.hybrid import Evidence
    from .build import BuildReport, Progress


@dataclass
class IndexSnapshot:
    """Everything an index version holds, in memory."""

    documents: list[Document]
    vectors: NDArray[np.float32]  # one row per sentence
    row_paragraph: list[int]  # vector row → index into `paragraphs` (rows of a paragraph are contiguous)
    row_hashes: list[str]
    df: dict[str, int]
    quotes: list[Quote] = field(default_factory=list)
    model: str = ""
    abstain_threshold: float | None = None  # calibrated per version (calibrate.py)
    version: str = ""
    created: float = 0.0
    _paragraphs: list[Paragraph] | None = None
    _paragraph_vectors: NDArray[np.float32] | None = None

    @property
    def paragraphs(self) -> list[Paragraph]:
        if self._paragraphs is None:
            self._paragraphs = [p for d in self.documents for p in d.paragraphs]
        return self._paragraphs

    @property
    def paragraph_vectors(self) -> NDArray[np.float32]:
        """Normalised mean of each paragraph's sentence vectors (computed once if not stored)."""
        if self._paragraph_vectors is None:
            self._paragraph_vectors = mean_vectors(self.vectors, self.row_paragraph, len(self.paragraphs))
        return self._paragraph_vectors


def mean_vectors(vectors: NDArray[np.float32], row_paragraph: list[int], n: int) -> NDArray[np.float32]:
    rows = np.asarray(row_paragraph, dtype=np.int64)
    sums = np.zeros((n, vectors.shape[1] if vectors.ndim == 2 else DIM), dtype=np.float32)
    if len(rows):
        # rows of one paragraph are contiguous: reduceat sums each run in one pass
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        sums[rows[starts]] = np.add.reduceat(np.asarray(vectors, dtype=np.float32), starts, axis=0)
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    means: NDArray[np.float32] = (sums / np.maximum(norms, 1e-12)).astype(np.float32)
    return means


class Retriever(Protocol):
    """Question → ranked passages over one loaded version (HybridRetriever, PgRetriever)."""

    paragraphs: list[Paragraph]

    def features(self, question: str) -> tuple[list[int], NDArray[np.float64], dict[str, float]]:
        """Candidate indices into `paragraphs` and their feature rows (columns in `Weights` order)."""
        ...

    def search(self, question: str, k: int = 10) -> Evidence:
        """The `k` best passages for `question`, best first."""
        ...


class IndexBackend(Protocol):
    def current_version(self) -> str | None:
        """The live version's name, or None if nothing was ever indexed."""
        ...

    def open_version(self, version: str | None, embedder: Embedder) -> tuple[IndexSnapshot, Retriever]:
        """Load `version` (None: an empty index) and a retriever over it."""
        ...

    def refresh(
        self,
        documents: list[Document],
        embedder: Embedder,
        progress: Progress | None,
        force: bool,
        allow_shrink: bool = False,
    ) -> BuildReport:
        """Make the live index match `documents`; readers see the old or the new version, never a mix.

        `ShrinkRefused` if that would empty the index or drop most of it, unless `allow_shrink`."""
        ...


def empty_snapshot() -> IndexSnapshot:
    return IndexSnapshot(
        documents=[], vectors=np.zeros((0, DIM), np.float32), row_paragraph=[], row_hashes=[], df={}
    )
