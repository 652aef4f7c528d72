"""The PostgreSQL schema, as numbered migrations applied by `python -m index migrate`.

Nothing creates or alters tables implicitly at start-up: a process that finds the schema
behind `LATEST` refuses to start and says to run the migration. Each migration runs in its
own transaction under an advisory lock, so two replicas deploying at once apply it once.

Index tables hold exactly the live version: a reindex replaces the changed documents'
rows and bumps `index_state.version` in one transaction, so a reader's statement sees the
old or the new version whole (MVCC), and every process notices the new stamp.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from ...errors import SchemaError

if TYPE_CHECKING:  # psycopg is imported only when the postgres backend is chosen
    from psycopg import Connection, Cursor
    from psycopg.rows import TupleRow
    from psycopg_pool import ConnectionPool

    Conn: TypeAlias = Connection[TupleRow]  # every connection of this project: tuple rows
    Pool: TypeAlias = ConnectionPool[Conn]

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "index tables, pgvector HNSW, full-text search, feedback, chat context, audit log",
        """
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE index_state (
    id integer PRIMARY KEY CHECK (id = 1),
    version bigint NOT NULL,
    model text NOT NULL,
    abstain_threshold double precision,
    updated double precision NOT NULL,
    total_terms bigint NOT NULL DEFAULT 0  -- stemmed terms in all paragraphs (BM25 length norm)
);
INSERT INTO index_state VALUES (1, 0, '', NULL, 0);

CREATE TABLE documents (
    doc_id text PRIMARY KEY,
    ord integer NOT NULL,
    title text NOT NULL,
    outlet text,
    source_path text NOT NULL,
    hash text NOT NULL,
    version bigint NOT NULL  -- the index version that wrote this revision
);

-- every revision a reindex added, changed or removed: the documents' version history
CREATE TABLE document_versions (
    doc_id text NOT NULL,
    version bigint NOT NULL,
    hash text,  -- NULL: removed
    action text NOT NULL CHECK (action IN ('added', 'updated', 'removed')),
    at double precision NOT NULL,
    PRIMARY KEY (doc_id, version)
);

CREATE SEQUENCE paragraph_ids;
CREATE TABLE paragraphs (
    id bigint PRIMARY KEY,  -- never reused: a changed paragraph gets a new id
    doc_id text NOT NULL REFERENCES documents ON DELETE CASCADE,
    number integer NOT NULL,
    title text NOT NULL,
    text text NOT NULL,
    start_offset integer NOT NULL,
    end_offset integer NOT NULL,
    hash text NOT NULL,
    section text,
    outlet text,
    embedding vector(384) NOT NULL,  -- normalised mean of the sentence vectors
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
    UNIQUE (doc_id, number)
);
CREATE INDEX paragraphs_embedding ON paragraphs USING hnsw (embedding vector_cosine_ops);
CREATE INDEX paragraphs_tsv ON paragraphs USING gin (tsv);

CREATE TABLE sentences (
    paragraph_id bigint NOT NULL REFERENCES paragraphs ON DELETE CASCADE,
    ord integer NOT NULL,
    hash text NOT NULL,  -- of the embedded text: unchanged sentences are never re-embedded
    embedding vector(384) NOT NULL,
    PRIMARY KEY (paragraph_id, ord)
);
CREATE INDEX sentences_hash ON sentences (hash);

CREATE TABLE quotes (
    id bigserial PRIMARY KEY,
    doc_id text NOT NULL REFERENCES documents ON DELETE CASCADE,
    data jsonb NOT NULL
);
CREATE INDEX quotes_doc ON quotes (doc_id);

-- document frequencies of stemmed terms (sentence-level term evidence, as in the local index)
CREATE TABLE lexicon (term text PRIMARY KEY, df integer NOT NULL);

CREATE TABLE feedback_answers (
    id bigserial PRIMARY KEY,
    created double precision NOT NULL,
    chat_id bigint,
    user_id bigint,
    question text NOT NULL,
    abstained boolean NOT NULL,
    citations jsonb NOT NULL
);
CREATE TABLE feedback_votes (
    answer_id bigint NOT NULL REFERENCES feedback_answers ON DELETE CASCADE,
    user_id bigint NOT NULL,
    vote text NOT NULL CHECK (vote IN ('up', 'down')),
    created double precision NOT NULL,
    PRIMARY KEY (answer_id, user_id)
);

CREATE TABLE chat_context (
    chat_id bigint PRIMARY KEY,
    data bytea NOT NULL,
    updated double precision NOT NULL
);

CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    at double precision NOT NULL,
    user_id bigint,
    action text NOT NULL,
    detail jsonb NOT NULL DEFAULT '{}'
);
""",
    ),
    (
        2,
        "answer statistics (/stats)",
        """
CREATE TABLE answer_stats (
    id bigserial PRIMARY KEY,
    at double precision NOT NULL,
    seconds double precision NOT NULL,
    abstained boolean NOT NULL,
    attribution boolean NOT NULL
);
""",
    ),
]
LATEST = MIGRATIONS[-1][0]
LOCK_KEY = 7_331_001  # pg_advisory_xact_lock key shared by migrations and reindexes


def one(cursor: Cursor[TupleRow]) -> TupleRow:
    """The row of a query that always returns one (an aggregate, ``RETURNING``, `index_state`)."""
    row = cursor.fetchone()
    if row is None:
        raise SchemaError(
            "the database returned no row where its schema keeps one; run `python -m index migrate`"
        )
    return row


def schema_version(conn: Conn) -> int:
    """The applied migration number (0 for an empty database)."""
    row = one(conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL"))
    if not row[0]:
        return 0
    got = one(conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations"))
    return int(got[0])


def migrate(conninfo: str) -> list[int]:
    """Apply pending migrations; returns the numbers applied (empty if up to date).

    >>> migrate("postgresql://bot@db/newsdesk")   # doctest: +SKIP
    [1]
    """
    import psycopg

    applied: list[int] = []
    with psycopg.connect(conninfo) as conn:
        for number, description, sql in MIGRATIONS:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations ("
                    " version integer PRIMARY KEY, description text NOT NULL, applied timestamptz NOT NULL)"
                )
                if schema_version(conn) >= number:
                    continue
                conn.execute(sql)
                conn.execute("INSERT INTO schema_migrations VALUES (%s, %s, now())", (number, description))
                applied.append(number)
    return applied


def check_schema(conn: Conn) -> None:
    """Raise `SchemaError` unless every migration has been applied."""
    found = schema_version(conn)
    if found < LATEST:
        raise SchemaError(
            f"database schema is at version {found}, this code needs {LATEST}: run `python -m index migrate`"
        )
