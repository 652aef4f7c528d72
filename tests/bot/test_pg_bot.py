"""INDEX_BACKEND=postgres: the bot's state (feedback, follow-up context, /stats, audit log) lives
in the database, so two replicas behind a load balancer share it and nothing is written to DATA_DIR.

Each "replica" is a separate Application (its own DATA_DIR) on one migrated database.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from fakeqa import DOCS
from test_admin import AdminQA  # FakeQA that can also rebuild its index (for an admin action)
from tgfakes import ADMIN_ID, USER_ID, callback, check, message
from tgharness import Harness

from bot import callbacks
from bot.callbacks import FeedbackRef
from index.engine import Engine
from index.settings import Settings

pytestmark = pytest.mark.postgres
REPO = Path(__file__).resolve().parents[2]
Replica = Callable[[], Harness]


@pytest.fixture
async def replica(pg_url: str, tmp_path: Path) -> AsyncIterator[Replica]:
    """Builds bots on one database; each gets its own DATA_DIR, as on separate machines."""
    docs = tmp_path / "docs"
    docs.mkdir()
    made: list[Harness] = []

    def make() -> Harness:
        qa = AdminQA(docs)
        qa.indexed = list(DOCS)  # the articles FakeQA's answers come from: a corpus is served
        h = Harness(
            tmp_path / f"data{len(made)}",
            qa=qa,
            docs_dir=docs,
            index_backend="postgres",
            database_url=pg_url,
        )
        made.append(h)
        return h

    yield make
    for h in made:
        await h.stop()
        for params in h.request.of("sendMessage") + h.request.of("editMessageText"):
            assert params.get("parse_mode") == "HTML"
            check(str(params["text"]))
        assert not h.settings.data_dir.exists() or not any(h.settings.data_dir.iterdir())  # no files


def _feedback_refs(sent: dict[str, Any]) -> list[FeedbackRef]:
    rows = sent["reply_markup"]["inline_keyboard"]
    return [
        r for row in rows for b in row if isinstance(r := callbacks.parse(b["callback_data"]), FeedbackRef)
    ]


async def test_replicas_share_feedback_follow_ups_stats_and_audit(replica: Replica, pg_url: str) -> None:
    from index.state.postgres import PgAuditLog, PgFeedbackStore

    first = replica()
    await first.start()
    await first.send(message("What did the river do overnight?"))
    (sent,) = first.request.of("sendMessage")
    assert "The river rose three metres overnight. <b>[AFP ¶3]</b>" in sent["text"]
    up = next(r for r in _feedback_refs(sent) if r.vote == "up")
    await first.send(callback(callbacks.feedback_data(up.answer_id, "up")))
    assert first.request.callback_answers() == ["Thanks for the 👍!"]
    await first.stop()  # "restart": the next question reaches another process

    second = replica()
    await second.start()
    await second.send(message("and the rain?"))
    question, previous = second.qa.asked[-1]
    assert question == "and the rain?"
    assert previous is not None and previous.question == "What did the river do overnight?"
    assert previous.answer is not None and previous.answer.citations[0].paragraph == 3

    await second.send(message("/stats", user_id=ADMIN_ID, chat_id=ADMIN_ID))
    text = second.request.texts()[-1]
    assert "Questions answered: 2" in text and "Feedback: 👍 1, 👎 0" in text
    await second.send(message("/reindex", user_id=ADMIN_ID, chat_id=ADMIN_ID))
    assert "Reindex finished" in second.request.of("editMessageText")[-1]["text"]
    await second.send(message("/remove afp-flood"))  # not an admin
    await second.stop()

    feedback, audit = PgFeedbackStore(pg_url), PgAuditLog(pg_url)
    try:
        stored = feedback.get(up.answer_id)
        assert stored is not None and stored.question == "What did the river do overnight?"
        assert (stored.citations, stored.up, stored.down) == (("afp-flood#3",), 1, 0)
        entries = [(e.actor, e.action, e.target, e.outcome) for e in reversed(audit.recent(10))]
        assert entries == [
            (f"telegram:{ADMIN_ID}", "reindex", "", "ok"),
            (f"telegram:{USER_ID}", "remove", "", "refused"),
        ]
        assert [e.user_id for e in audit.events(2)] == [USER_ID, ADMIN_ID]
    finally:
        feedback.close()
        audit.close()


async def test_shutdown_closes_every_pool(pg_url: str, tmp_path: Path) -> None:
    """The real engine's PgStore and the state stores release their connections."""
    settings = Settings(
        _env_file=None,
        docs_dir=tmp_path / "docs",
        model_cache_dir=REPO / "var" / "model",
        index_backend="postgres",
        database_url=pg_url,
    )
    (tmp_path / "docs").mkdir()  # a missing folder is an error; an empty one is a new deployment
    engine = Engine.open(settings)  # nothing indexed yet: an empty index is enough here
    h = Harness(tmp_path / "data", qa=engine, index_backend="postgres", database_url=pg_url)  # type: ignore[arg-type]
    app = await h.start()
    services = app.bot_data.services
    assert services is not None
    pools = [engine.store.pool, services.feedback.pool, services.chats.pool]  # type: ignore[attr-defined]
    assert services.stats is not None and services.admin is not None
    pools += [services.stats.pool, services.admin.audit.pool]  # type: ignore[attr-defined]
    await h.stop()
    assert all(pool.closed for pool in pools)
