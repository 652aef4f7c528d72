"""Refresh the PostgreSQL index from a documents folder: one transaction per reindex.

Only added and changed documents are written; unchanged ones keep their rows (and their
HNSW entries). A changed document's sentences are looked up by text hash first, so editing
one paragraph embeds one paragraph. The whole reindex — deletions, inserts, lexicon delta,
calibration of the abstention threshold on the new data, the version bump — commits at once
under an advisory lock, so concurrent reindexes from two replicas are serialised and
readers never see half of one.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import TYPE_CHECKING

import numpy as np

from ...encoder.embed import Embedder
from ...guards import check_shrink
from ...retrieval.lexical import terms
from ...types import Document, Paragraph
from ..base import mean_vectors
from ..build import (
    BuildReport,
    Diff,
    Progress,
    changed_report,
    embed_missing,
    extract_all_quotes,
    sentence_rows,
    unchanged_report,
    vector_scheme,
)
from .schema import LOCK_KEY, one
from .store import Catalogue, PgStore, load_catalogue, quote_json, version_name

if TYPE_CHECKING:
    from .schema import Conn

_PARAGRAPH_COLUMNS = (
    "id, doc_id, number, title, text, start_offset, end_offset, hash, section, outlet, embedding"
)
_PARAGRAPH_TYPES = ["int8", "text", "int4", "text", "text", "int4", "int4", "text", "text", "text", "vector"]


def _embed(
    conn: Conn,
    texts: list[str],
    hashes: list[str],
    embedder: Embedder,
    reuse: bool,
    progress: Progress | None,
) -> tuple[np.ndarray, int]:
    """Vectors for `texts`: stored ones by hash (same model only), the rest embedded."""
    cache: dict[str, np.ndarray] = {}
    if reuse and hashes:
        for h, vec in conn.execute(
            "SELECT DISTINCT ON (hash) hash, embedding FROM sentences WHERE hash = ANY(%s)",
            (list(set(hashes)),),
        ):
            cache[h] = np.asarray(vec.to_numpy() if hasattr(vec, "to_numpy") else vec, dtype=np.float32)
    return embed_missing(texts, hashes, cache, embedder, progress)


def pg_refresh(
    store: PgStore,
    documents: list[Document],
    embedder: Embedder,
    progress: Progress | None = None,
    force: bool = False,
    allow_shrink: bool = False,
) -> BuildReport:
    """Make the live database index match `documents`; a new version only if something changed.

    `ShrinkRefused` if that empties the index or drops more than half of it, unless `allow_shrink`.
    """
    started = time.perf_counter()
    with store.connection() as conn, conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
        number, model = one(conn.execute("SELECT version, model FROM index_state FOR UPDATE"))
        live = conn.execute("SELECT doc_id, hash FROM documents ORDER BY ord").fetchall()
        diff = Diff.of(dict(live), documents)
        old_docs, new_docs = diff.old, diff.new
        check_shrink(list(old_docs), list(new_docs), allow_shrink)
        same_model = model == vector_scheme(embedder)
        if not force and number and same_model and diff.same:
            n_quotes = one(conn.execute("SELECT count(*) FROM quotes"))[0]
            return unchanged_report(version_name(number), documents, n_quotes, started)
        version = number + 1
        rewrite = [d for d in documents if force or not same_model or old_docs.get(d.doc_id) != d.hash]
        replaced = {d.doc_id for d in rewrite if d.doc_id in old_docs}
        dropped = sorted((set(old_docs) - set(new_docs)) | replaced)

        # sentence rows of the documents to write, and their vectors
        rows = sentence_rows([p for d in rewrite for p in d.paragraphs])
        paragraphs, texts, hashes = rows.paragraphs, rows.texts, rows.hashes
        row_paragraph = rows.row_paragraph
        vectors, embedded = _embed(conn, texts, hashes, embedder, same_model, progress)
        means = mean_vectors(vectors, row_paragraph, len(paragraphs))

        # document frequencies: subtract what is dropped, add what is written
        delta: Counter[str] = Counter()
        length_delta = 0
        for (text,) in conn.execute("SELECT text FROM paragraphs WHERE doc_id = ANY(%s)", (dropped,)):
            found = terms(text)
            delta.subtract(set(found))
            length_delta -= len(found)
        for p in paragraphs:
            found = terms(p.text)
            delta.update(set(found))
            length_delta += len(found)

        conn.execute("DELETE FROM documents WHERE doc_id = ANY(%s)", (dropped,))
        first_build = not one(conn.execute("SELECT EXISTS (SELECT 1 FROM paragraphs)"))[0]
        if first_build and paragraphs:
            # bulk load: building the HNSW graph once is far faster than inserting row by row.
            # Only on an empty table: DROP INDEX locks readers out until commit.
            conn.execute("DROP INDEX paragraphs_embedding")
            conn.execute("SET LOCAL maintenance_work_mem = '512MB'")
        _write_rows(conn, rewrite, paragraphs, vectors, means, row_paragraph, hashes, version)
        if first_build and paragraphs:
            conn.execute(
                "CREATE INDEX paragraphs_embedding ON paragraphs USING hnsw (embedding vector_cosine_ops)"
            )
        conn.execute(
            "UPDATE documents d SET ord = o.ord FROM unnest(%s::text[]) WITH ORDINALITY AS o(doc_id, ord)"
            " WHERE d.doc_id = o.doc_id AND d.ord <> o.ord",
            (list(new_docs),),
        )
        _update_lexicon(conn, delta)
        conn.execute("UPDATE index_state SET total_terms = total_terms + %s", (length_delta,))
        _log_versions(conn, old_docs, new_docs, version)
        if first_build:
            conn.execute("ANALYZE paragraphs")

        # calibrate on the new data, inside the transaction that writes it
        loaded = load_catalogue_at(conn, version, vector_scheme(embedder))
        threshold = _calibrate(conn, loaded, embedder) if loaded.snapshot.paragraphs else None
        conn.execute(
            "UPDATE index_state SET version = %s, model = %s, abstain_threshold = %s, updated = %s",
            (version, vector_scheme(embedder), threshold, time.time()),
        )
        conn.execute("SELECT pg_notify('index_version', %s)", (str(version),))
        n_paragraphs = len(loaded.snapshot.paragraphs)
        n_quotes = len(loaded.snapshot.quotes)
    return changed_report(
        version_name(version),
        documents,
        diff,
        paragraphs=n_paragraphs,
        quotes=n_quotes,
        embedded=embedded,
        reused=len(texts) - embedded,
        started=started,
    )


def _write_rows(
    conn: Conn,
    rewrite: list[Document],
    paragraphs: list[Paragraph],
    vectors: np.ndarray,
    means: np.ndarray,
    row_paragraph: list[int],
    hashes: list[str],
    version: int,
) -> None:
    position = {d.doc_id: i for i, d in enumerate(rewrite)}
    with conn.cursor().copy(
        "COPY documents (doc_id, ord, title, outlet, source_path, hash, version) FROM STDIN"
    ) as copy:
        for d in rewrite:
            copy.write_row((d.doc_id, position[d.doc_id], d.title, d.outlet, d.source_path, d.hash, version))
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT nextval('paragraph_ids') FROM generate_series(1, %s)", (len(paragraphs),)
        ).fetchall()
    ]
    with conn.cursor().copy(f"COPY paragraphs ({_PARAGRAPH_COLUMNS}) FROM STDIN (FORMAT BINARY)") as copy:
        copy.set_types(_PARAGRAPH_TYPES)
        for pid, p, mean in zip(ids, paragraphs, means, strict=True):
            copy.write_row(
                (pid, p.doc_id, p.number, p.title, p.text, p.start, p.end, p.hash, p.section, p.outlet, mean)
            )
    with conn.cursor().copy(
        "COPY sentences (paragraph_id, ord, hash, embedding) FROM STDIN (FORMAT BINARY)"
    ) as copy:
        copy.set_types(["int8", "int4", "text", "vector"])
        ord_in_paragraph = 0
        for row, (i, h) in enumerate(zip(row_paragraph, hashes, strict=True)):
            ord_in_paragraph = ord_in_paragraph + 1 if row and row_paragraph[row - 1] == i else 0
            copy.write_row((ids[i], ord_in_paragraph, h, vectors[row]))
    with conn.cursor().copy("COPY quotes (doc_id, data) FROM STDIN") as copy:
        for q in extract_all_quotes(rewrite):
            copy.write_row((q.doc_id, quote_json(q)))


def _update_lexicon(conn: Conn, delta: Counter[str]) -> None:
    changes = [(t, n) for t, n in delta.items() if n]
    if not changes:
        return
    conn.execute("CREATE TEMP TABLE lexicon_delta (term text, df integer) ON COMMIT DROP")
    with conn.cursor().copy("COPY lexicon_delta FROM STDIN") as copy:
        for row in changes:
            copy.write_row(row)
    conn.execute(
        "INSERT INTO lexicon SELECT term, df FROM lexicon_delta"
        " ON CONFLICT (term) DO UPDATE SET df = lexicon.df + excluded.df"
    )
    conn.execute("DELETE FROM lexicon WHERE df <= 0")


def _log_versions(conn: Conn, old: dict[str, str], new: dict[str, str], version: int) -> None:
    now = time.time()
    rows: list[tuple[str, int, str | None, str, float]] = [
        (k, version, None, "removed", now) for k in old if k not in new
    ]
    rows += [(k, version, h, "added", now) for k, h in new.items() if k not in old]
    rows += [(k, version, h, "updated", now) for k, h in new.items() if k in old and old[k] != h]
    if rows:
        sql = "COPY document_versions (doc_id, version, hash, action, at) FROM STDIN"
        with conn.cursor().copy(sql) as copy:
            for row in rows:
                copy.write_row(row)


def load_catalogue_at(conn: Conn, version: int, model: str) -> Catalogue:
    """The catalogue as this transaction will commit it (state row not yet bumped)."""
    from ..base import empty_snapshot

    conn.execute("UPDATE index_state SET version = %s, model = %s", (version, model))
    return load_catalogue(conn) or Catalogue(empty_snapshot(), [], 0.0)


def _calibrate(conn: Conn, loaded: Catalogue, embedder: Embedder) -> float:
    from contextlib import nullcontext

    from ...retrieval.calibrate import null_threshold
    from .retrieve import PgRetriever

    retriever = PgRetriever(loaded, embedder, lambda: nullcontext(conn))
    return null_threshold(retriever.search)
