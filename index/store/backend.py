"""The seam between the engine and where the index lives: local files or PostgreSQL.

A backend knows the live version, loads a version as (catalogue snapshot, retriever), and
refreshes the index from a list of documents. `open_backend(settings)` picks one by
`INDEX_BACKEND`; the engine and everything above it see only these two protocols.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from ..encoder.embed import Embedder
from ..retrieval.hybrid import HybridRetriever
from ..settings import Settings
from ..types import Document
from .base import IndexBackend, IndexSnapshot, Retriever, empty_snapshot
from .bm25 import load_bm25
from .build import BuildReport, Progress
from .ingest import read_corpus, refresh
from .local import LocalStore

if TYPE_CHECKING:  # psycopg is imported only when the postgres backend is chosen
    from .postgres.store import PgStore


__all__ = ["IndexBackend", "LocalBackend", "Retriever", "build_index", "empty_snapshot", "open_backend"]


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
        from .postgres.backend import PgBackend
        from .postgres.store import PgStore

        pg = PgStore(database_url(settings))
        return PgBackend(pg), pg
    local = LocalStore(settings.index_dir)
    return LocalBackend(local), local


def build_index(
    settings: Settings,
    progress: Progress | None = None,
    force: bool = False,
    allow_shrink: bool = False,
) -> BuildReport:
    """Refresh the index INDEX_BACKEND names from DOCS_DIR, and nothing more: what
    `python -m index build` does. `Engine.open(settings, build=True)` builds the same way and
    then loads the new version to serve it (0.3 s of a squad-dev build that a build alone
    does not need). `IngestError`, `ShrinkRefused`: as `refresh`."""
    # The model loads (native code, GIL released) while the articles are read: each took
    # about 0.2-0.3 s of a squad-dev build, one after the other on one core.
    with ThreadPoolExecutor(max_workers=1) as pool:
        model = (settings.model_cache_dir, settings.embed_precision, settings.model_dir)
        loading = pool.submit(Embedder.load, *model)
        backend, store = open_backend(settings)
        try:
            documents = read_corpus(settings.docs_dir, settings.max_upload_bytes)
            return backend.refresh(documents, loading.result(), progress, force, allow_shrink)
        finally:
            store.close()  # a PgStore holds a connection pool
