"""PostgreSQL specifics: migrations, replicas sharing one database, the small state stores.

The feedback, stats and audit store tests run against both the SQLite stores (`index.state.feedback`,
`index.state.stats_store`, `index.state.audit`) and the PostgreSQL ones; the rest need a real server
(marker `postgres`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from index.engine import Engine, Turn
from index.settings import Settings
from index.state.stats import Stats, percentile
from index.types import Answer, Citation

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "fixtures" / "corpus"
MODEL_CACHE = HERE.parent / "var" / "model"
TRIP = "How long will the trip between Kestin and Brava take on the new line?"


def _answer(question: str = "Who won?") -> Answer:
    c = Citation("geneva", "Talks", 3, "a quote", "the paragraph", "AFP")
    return Answer(question=question, sentences=(), citations=(c,), abstained=False)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def feedback(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    if request.param == "postgres":
        from index.state.postgres import PgFeedbackStore

        store: Any = PgFeedbackStore(request.getfixturevalue("pg_url"))
    else:
        from index.state.feedback import FeedbackStore

        store = FeedbackStore(tmp_path / "feedback.sqlite")
    yield store
    store.close()


def test_feedback_store(feedback: Any) -> None:
    first = feedback.record_answer(_answer("Who won?"), chat_id=10, user_id=1)
    second = feedback.record_answer(_answer("Who lost?"), chat_id=10, user_id=1)
    assert second != first
    assert feedback.vote(first, 1, "up", chat_id=10) and feedback.vote(first, 2, "down", chat_id=10)
    assert feedback.vote(first, 1, "down", chat_id=10)  # changing a vote replaces it
    assert not feedback.vote(first, 3, "up", chat_id=11)  # not the chat it was sent to
    got = feedback.get(first)
    assert (got.question, got.citations, got.up, got.down) == ("Who won?", ("geneva#3",), 0, 2)
    assert feedback.get(second).up == 0
    assert not feedback.vote(999_999, 1, "up", chat_id=10)
    assert feedback.get(999_999) is None
    assert feedback.vote_counts() == (0, 2)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def stats(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    if request.param == "postgres":
        from index.state.postgres import PgStats

        store: Any = PgStats(request.getfixturevalue("pg_url"))
    else:
        from index.state.stats_store import StatsStore

        store = StatsStore(tmp_path / "stats.sqlite")
    yield store
    store.close()


def test_stats_store(stats: Any) -> None:
    assert stats.summary() == Stats(0, 0, None, None)
    abstained = Answer(question="Why?", sentences=(), citations=(), abstained=True)
    for seconds in (0.4, 0.1, 0.3):
        stats.record(_answer(), seconds)
    stats.record(abstained, 0.2)
    got = stats.summary((3, 1))
    assert got == Stats(4, 1, 0.2, 0.4, 3, 1)  # nearest rank, as `percentile`
    assert (got.p50, got.p95) == (
        percentile([0.1, 0.2, 0.3, 0.4], 0.5),
        percentile([0.1, 0.2, 0.3, 0.4], 0.95),
    )


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def audit_log(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    if request.param == "postgres":
        from index.state.postgres import PgAuditLog

        log: Any = PgAuditLog(request.getfixturevalue("pg_url"))
    else:
        from index.state.audit import SqliteAuditLog

        log = SqliteAuditLog(tmp_path / "audit.sqlite")
    yield log
    log.close()


def test_audit_log(audit_log: Any) -> None:
    audit_log.record("telegram:42", "add", "a.txt", "ok", "added a")
    audit_log.record("cli:alice", "remove", "a", "error", "x" * 3000)
    audit_log.record("telegram:7", "reindex", "", "refused")
    got = [(e.actor, e.action, e.target, e.outcome, e.detail[:5]) for e in audit_log.recent(2)]
    assert got == [
        ("telegram:7", "reindex", "", "refused", ""),
        ("cli:alice", "remove", "a", "error", "xxxxx"),
    ]
    assert len(audit_log.recent(5)) == 3 and len(audit_log.recent(5)[1].detail) == 2000


@pytest.mark.postgres
def test_chat_context_and_audit_log(pg_url: str) -> None:
    from index.state.postgres import PgAuditLog, PgChatContext

    chats, audit = PgChatContext(pg_url), PgAuditLog(pg_url)
    try:
        assert chats.load(5) is None
        chats.save(5, Turn("Who won?", _answer()))
        chats.save(5, Turn("And then?", _answer("And then?")))
        loaded = chats.load(5)
        assert isinstance(loaded, Turn) and loaded.question == "And then?"
        assert loaded.answer is not None and loaded.answer.citations[0].doc_id == "geneva"
        chats.drop(5)
        assert chats.load(5) is None
        audit.append("reindex", user_id=42, documents=3)
        audit.append("upload", user_id=42, file="a.txt")
        assert [(e.action, e.user_id, e.detail) for e in audit.events(2)] == [
            ("upload", 42, {"file": "a.txt"}),
            ("reindex", 42, {"documents": 3}),
        ]
    finally:
        chats.close()
        audit.close()


@pytest.mark.postgres
def test_schema_is_created_only_by_the_migrate_command(
    pg_database: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from index.cli.main import main
    from index.errors import SchemaError
    from index.store.postgres.store import PgStore

    url = pg_database("unmigrated", migrated=False)
    with pytest.raises(SchemaError, match="python -m index migrate"):
        PgStore(url)
    assert main(["migrate", "--database-url", url]) == 0
    assert "applied migrations 1, 2" in capsys.readouterr().out
    assert main(["migrate", "--database-url", url]) == 0
    assert "up to date" in capsys.readouterr().out
    store = PgStore(url)
    assert store.current_version() is None  # migrated, nothing indexed yet
    store.close()


@pytest.mark.postgres
def test_migration_2_upgrades_a_version_1_database(pg_database: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database deployed before answer stats existed gets only the new migration."""
    from index.state.postgres import PgStats
    from index.store.postgres import schema as pg_schema

    url = pg_database("v1", migrated=False)
    with monkeypatch.context() as m:
        m.setattr(pg_schema, "MIGRATIONS", pg_schema.MIGRATIONS[:1])
        assert pg_schema.migrate(url) == [1]
    with pytest.raises(pg_schema.SchemaError, match="at version 1, this code needs 2"):
        PgStats(url)
    assert pg_schema.migrate(url) == [2]
    stats = PgStats(url)
    try:
        stats.record(_answer(), 0.5)
        assert stats.summary().answered == 1
    finally:
        stats.close()


@pytest.mark.postgres
def test_two_processes_share_one_database(pg_url: str, tmp_path: Path) -> None:
    """A reindex through this process is answered from by another bot process."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("geneva.txt", "harbour.txt"):
        shutil.copy(CORPUS / name, docs / name)
    settings = Settings(
        _env_file=None,
        docs_dir=docs,
        index_dir=tmp_path / "unused",
        model_cache_dir=MODEL_CACHE,
        index_backend="postgres",
        database_url=pg_url,
    )
    writer = Engine.open(settings, build=True)
    env = {k: v for k, v in os.environ.items() if k.upper() not in {n.upper() for n in Settings.model_fields}}
    env |= {
        "INDEX_BACKEND": "postgres",
        "DATABASE_URL": pg_url,
        "MODEL_CACHE_DIR": str(MODEL_CACHE),
        "DOCS_DIR": str(tmp_path / "elsewhere"),  # the other replica never reads the folder
    }
    other = subprocess.Popen(
        [sys.executable, "-m", "index", "ask", "--json", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=HERE.parent,
    )
    assert other.stdin is not None and other.stdout is not None

    def ask_other() -> list[str]:
        assert other.stdin is not None and other.stdout is not None
        other.stdin.write(TRIP + "\n")
        other.stdin.flush()
        reply = json.loads(other.stdout.readline())
        return [c["doc"] for c in reply["citations"]]

    try:
        assert "rail" not in ask_other()
        shutil.copy(CORPUS / "rail.txt", docs / "rail.txt")
        assert writer.build().added == ["rail"]
        deadline = time.monotonic() + 20
        cited = ask_other()
        while "rail" not in cited and time.monotonic() < deadline:
            time.sleep(0.5)  # the other process checks the version stamp once a second
            cited = ask_other()
        assert cited[:1] == ["rail"]
    finally:
        other.stdin.close()
        other.wait(30)
        other.stdout.close()
        from index.store.postgres.store import PgStore

        assert isinstance(writer.store, PgStore)
        with writer:  # Engine.close() closes the connection pool it opened
            pass
        assert writer.store.pool.closed
        writer.close()  # closing twice is harmless
