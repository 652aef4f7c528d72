"""The seam between the engine and where the index lives: local files or PostgreSQL.

A backend knows the live version, loads a version as (catalogue snapshot, retriever), and
refreshes the index from a list of documents. `open_backend(settings)` picks one by
`INDEX_BACKEND`; the engine and everything above it see only these two protocols.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import numpy as np
from numpy.typing import NDArray

from ..encoder.embed import Embedder
from ..retrieval.hybrid import Evidence, HybridRetriever
from ..settings import Settings
from ..types import Document, Paragraph
from .ingest import BuildReport, Progress, load_bm25, refresh
from .local import IndexSnapshot, LocalStore

if TYPE_CHECKING:  # psycopg is imported only when the postgres backend is chosen
    from .postgres.store import PgStore


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
        documents=[], vectors=np.zeros((0, 384), np.float32), row_paragraph=[], row_hashes=[], df={}
    )


class LocalBackend:
    """Versioned directories (`LocalStore`) searched in memory by `HybridRetriever` (BM25 + dense)."""

    def __init__(self, store: LocalStore) -> None:
        self.store = store

    def current_version(self) -> str | None:
        return self.store.current_version()

    def open_version(self, version: str | None, embedder: Embedder) -> tuple[IndexSnapshot, Retriever]:
        snap = (self.store.load(version) if version else None) or empty_snapshot()
        bm25 = load_bm25(self.store.bm25_dir(snap.version)) if snap.version else None
        return snap, HybridRetriever(snap, embedder, bm25)

    def refresh(
        self,
        documents: list[Document],
        embedder: Embedder,
        progress: Progress | None,
        force: bool,
        allow_shrink: bool = False,
    ) -> BuildReport:
        return refresh(documents, self.store, embedder, progress, force, allow_shrink)


def open_backend(settings: Settings) -> tuple[IndexBackend, LocalStore | PgStore]:
    """The backend INDEX_BACKEND names, and its store (kept as `Engine.store`)."""
    if settings.index_backend == "postgres":
        from ..state.postgres import database_url
        from .postgres.store import PgBackend, PgStore

        pg = PgStore(database_url(settings))
        return PgBackend(pg), pg
    local = LocalStore(settings.index_dir)
    return LocalBackend(local), local
