"""The PostgreSQL + pgvector index store: every replica reads one database.

The database holds the state (documents and their version history, paragraphs, sentence and
paragraph embeddings behind an HNSW index, a full-text `tsvector` per paragraph, quotes, the
term lexicon, the version stamp). Each process keeps a read-only catalogue of the live
version (paragraph texts, quotes, lexicon: what answer composition and attribution need),
loaded in one REPEATABLE READ transaction, and sends every search to the database
(`PgRetriever`). `current_version()` is one indexed row read, checked at most once a second
by the engine, so a reindex done by any replica is served by all of them.

Schema: `index/pg_schema.py`, applied by `python -m index migrate`, never at start-up.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...encoder.embed import DIM
from ...types import Document, Paragraph, Quote
from ..base import IndexSnapshot
from .schema import check_schema, one

if TYPE_CHECKING:
    from .schema import Conn, Pool

EF_SEARCH = 100  # HNSW candidate list per query (pgvector's default 40 equals our k)


def _configure(conn: Conn) -> None:
    from pgvector.psycopg import register_vector

    register_vector(conn)
    conn.execute(f"SET hnsw.ef_search = {EF_SEARCH}")


def version_name(number: int) -> str:
    return f"pg-{number}"


class PgStore:
    """A connection pool and the catalogue queries. Thread-safe; call `close()` when done."""

    def __init__(self, conninfo: str, max_connections: int = 4) -> None:
        import psycopg
        from psycopg_pool import ConnectionPool

        self.conninfo = conninfo
        with psycopg.connect(conninfo) as conn:
            check_schema(conn)  # fail at start-up, not on the first question
        self.pool: Pool = ConnectionPool(
            conninfo,
            min_size=1,
            max_size=max_connections,
            kwargs={"autocommit": True},
            configure=_configure,
            open=True,
            name="newsdesk-index",
        )

    def close(self) -> None:
        self.pool.close()

    @contextlib.contextmanager
    def connection(self) -> Iterator[Conn]:
        with self.pool.connection() as conn:
            yield conn

    def current_version(self) -> str | None:
        with self.connection() as conn:
            number = one(conn.execute("SELECT version FROM index_state"))[0]
        return version_name(number) if number else None

    def load(self) -> Catalogue | None:
        """The live version's catalogue, read in one snapshot."""
        import psycopg

        with psycopg.connect(self.conninfo) as conn:
            conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            conn.read_only = True
            with conn.transaction():  # one snapshot: never half of a reindex
                return load_catalogue(conn)


@dataclass(frozen=True)
class Catalogue:
    """What a process keeps of the live version: the snapshot (texts, quotes, lexicon; no
    vectors), the database id of each paragraph, and the mean paragraph length in terms."""

    snapshot: IndexSnapshot
    paragraph_ids: list[int]
    avg_terms: float


def load_catalogue(conn: Conn) -> Catalogue | None:
    """Read the catalogue on `conn` (inside the caller's transaction)."""
    import numpy as np

    number, model, threshold, updated, total_terms = one(
        conn.execute("SELECT version, model, abstain_threshold, updated, total_terms FROM index_state")
    )
    if not number:
        return None
    by_doc: dict[str, list[Paragraph]] = {}
    ids: dict[str, list[int]] = {}
    cur = conn.execute(
        "SELECT p.id, p.doc_id, p.title, p.number, p.text, p.start_offset, p.end_offset, p.hash,"
        " p.section, p.outlet FROM paragraphs p ORDER BY p.doc_id, p.number"
    )
    for pid, doc_id, title, num, text, start, end, h, section, outlet in cur:
        paragraph = Paragraph(doc_id, title, num, text, start, end, h, section, outlet)
        by_doc.setdefault(doc_id, []).append(paragraph)
        ids.setdefault(doc_id, []).append(pid)
    documents = []
    paragraph_ids: list[int] = []
    for doc_id, title, outlet, source_path, h in conn.execute(
        "SELECT doc_id, title, outlet, source_path, hash FROM documents ORDER BY ord"
    ):
        paragraphs = tuple(by_doc.get(doc_id, []))
        documents.append(Document(doc_id, title, source_path, h, paragraphs, outlet))
        paragraph_ids += ids.get(doc_id, [])
    quotes = [
        Quote(**data)
        for (data,) in conn.execute(
            "SELECT q.data FROM quotes q JOIN documents d USING (doc_id) ORDER BY d.ord, q.id"
        )
    ]
    df: dict[str, int] = dict(conn.execute("SELECT term, df FROM lexicon").fetchall())
    snap = IndexSnapshot(
        documents=documents,
        vectors=np.zeros((0, DIM), np.float32),  # vectors stay in the database
        row_paragraph=[],
        row_hashes=[],
        df=df,
        quotes=quotes,
        model=model,
        abstain_threshold=threshold,
        version=version_name(number),
        created=updated,
    )
    return Catalogue(snap, paragraph_ids, total_terms / max(len(paragraph_ids), 1))


def quote_json(q: Quote) -> str:
    from dataclasses import asdict

    return json.dumps(asdict(q), ensure_ascii=False)
