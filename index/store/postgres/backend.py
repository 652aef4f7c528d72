"""`PgBackend`: the `IndexBackend` over PostgreSQL (catalogue in memory, search in the database)."""

from __future__ import annotations

from ...encoder.embed import Embedder
from ...types import Document
from ..base import IndexSnapshot, Retriever, empty_snapshot
from ..build import BuildReport, Progress
from .ingest import pg_refresh
from .retrieve import PgRetriever
from .store import Catalogue, PgStore


class PgBackend:
    """`IndexBackend` over a `PgStore`: catalogue in memory, search in the database."""

    def __init__(self, store: PgStore) -> None:
        self.store = store

    def current_version(self) -> str | None:
        return self.store.current_version()

    def open_version(self, version: str | None, embedder: Embedder) -> tuple[IndexSnapshot, Retriever]:
        loaded = (self.store.load() if version else None) or Catalogue(empty_snapshot(), [], 0.0)
        return loaded.snapshot, PgRetriever(loaded, embedder, self.store.connection)

    def refresh(
        self,
        documents: list[Document],
        embedder: Embedder,
        progress: Progress | None,
        force: bool,
        allow_shrink: bool = False,
    ) -> BuildReport:
        return pg_refresh(self.store, documents, embedder, progress, force, allow_shrink)
