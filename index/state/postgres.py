"""Small PostgreSQL stores for what the bot keeps besides the index, shared by all replicas.

- `PgFeedbackStore`: answers and their 👍 / 👎 votes, the same calls as the SQLite
  `index.state.feedback.FeedbackStore` (record_answer / vote / get / vote_counts / close);
- `PgStats`: per-answer latency and abstention for /stats, as `index.state.stats_store.StatsStore`;
- `PgChatContext`: each chat's last exchange (for follow-up questions), so a replica that
  did not see the previous message still resolves "what else did he say?";
- `PgAuditLog`: who did what through the admin commands (`index.state.audit.AuditLog`).

Tables come from `index/pg_schema.py` (`python -m index migrate`). Each call is one short
statement on a pooled connection; async callers run them in `asyncio.to_thread`.
"""

from __future__ import annotations

import json
import pickle
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..settings import Settings
from ..store.postgres.schema import check_schema, one
from ..types import Answer, Feedback, Vote
from .base import AuditEntry, Outcome
from .stats import WINDOW, Stats

if TYPE_CHECKING:
    from ..store.postgres.schema import Pool


@dataclass(frozen=True)
class AuditEvent:
    at: float
    user_id: int | None
    action: str
    detail: dict[str, Any]


def database_url(settings: Settings) -> str:
    """DATABASE_URL, which INDEX_BACKEND=postgres requires (ValueError when unset)."""
    if settings.database_url is None:
        raise ValueError("INDEX_BACKEND=postgres needs DATABASE_URL")
    return settings.database_url.get_secret_value()


class _PgBase:
    def __init__(self, conninfo: str, max_connections: int = 2) -> None:
        import psycopg
        from psycopg_pool import ConnectionPool

        with psycopg.connect(conninfo) as conn:
            check_schema(conn)
        self.pool: Pool = ConnectionPool(
            conninfo, min_size=1, max_size=max_connections, kwargs={"autocommit": True}, open=True
        )

    def close(self) -> None:
        self.pool.close()


class PgFeedbackStore(_PgBase):
    """Answers and votes; a vote is kept per (answer, user), the latest one winning."""

    def record_answer(self, answer: Answer, *, chat_id: int | None, user_id: int | None) -> int:
        """Store an answer with its question and cited paragraphs; returns its id."""
        cited = [answer.closest] if answer.abstained and answer.closest else list(answer.citations)
        keys = [f"{c.doc_id}#{c.paragraph}" for c in cited]
        with self.pool.connection() as conn:
            row = one(
                conn.execute(
                    "INSERT INTO feedback_answers (created, chat_id, user_id, question, abstained, citations)"
                    " VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
                    (time.time(), chat_id, user_id, answer.question, answer.abstained, json.dumps(keys)),
                )
            )
        return int(row[0])

    def vote(self, answer_id: int, user_id: int, vote: Vote, *, chat_id: int | None) -> bool:
        """Record (or change) a user's vote, one per user; False if no answer with this id was
        sent to `chat_id`."""
        with self.pool.connection() as conn:
            cur = conn.execute(
                "INSERT INTO feedback_votes (answer_id, user_id, vote, created)"
                " SELECT id, %s, %s, %s FROM feedback_answers"
                " WHERE id = %s AND chat_id IS NOT DISTINCT FROM %s"
                " ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote,"
                " created = excluded.created",
                (user_id, vote, time.time(), answer_id, chat_id),
            )
            return bool(cur.rowcount)

    def get(self, answer_id: int) -> Feedback | None:
        with self.pool.connection() as conn:
            row = conn.execute(
                "SELECT question, citations,"
                " count(*) FILTER (WHERE v.vote = 'up'), count(*) FILTER (WHERE v.vote = 'down')"
                " FROM feedback_answers a LEFT JOIN feedback_votes v ON v.answer_id = a.id"
                " WHERE a.id = %s GROUP BY a.id",
                (answer_id,),
            ).fetchone()
        if row is None:
            return None
        return Feedback(answer_id, row[0], tuple(row[1]), int(row[2]), int(row[3]))

    def vote_counts(self) -> tuple[int, int]:
        """(👍, 👎) over every stored answer, for /stats."""
        with self.pool.connection() as conn:
            up, down = one(
                conn.execute(
                    "SELECT count(*) FILTER (WHERE vote = 'up'), count(*) FILTER (WHERE vote = 'down')"
                    " FROM feedback_votes"
                )
            )
        return int(up), int(down)


class PgStats(_PgBase):
    """One row per answer (table `answer_stats`, migration 2); the same calls as `stats_store.StatsStore`."""

    def record(self, answer: Answer, seconds: float) -> None:
        with self.pool.connection() as conn:
            conn.execute(
                "INSERT INTO answer_stats (at, seconds, abstained, attribution) VALUES (%s, %s, %s, %s)",
                (time.time(), seconds, answer.abstained, answer.attribution is not None),
            )

    def summary(self, votes: tuple[int, int] = (0, 0)) -> Stats:
        """Totals over all answers; `votes` is (up, down) from the feedback store."""
        with self.pool.connection() as conn:
            total, abstained = one(
                conn.execute("SELECT count(*), count(*) FILTER (WHERE abstained) FROM answer_stats")
            )
            # percentile_disc is the nearest-rank percentile of `answer_stats.percentile`
            p50, p95 = one(
                conn.execute(
                    "SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY seconds),"
                    " percentile_disc(0.95) WITHIN GROUP (ORDER BY seconds)"
                    " FROM (SELECT seconds FROM answer_stats ORDER BY id DESC LIMIT %s) newest",
                    (WINDOW,),
                )
            )
        return Stats(int(total), int(abstained), p50, p95, *votes)


class PgChatContext(_PgBase):
    """Per-chat state (e.g. `ChatData`), pickled like PTB's own persistence does."""

    def save(self, chat_id: int, value: object) -> None:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        with self.pool.connection() as conn:
            conn.execute(
                "INSERT INTO chat_context (chat_id, data, updated) VALUES (%s, %s, %s)"
                " ON CONFLICT (chat_id) DO UPDATE SET data = excluded.data, updated = excluded.updated",
                (chat_id, data, time.time()),
            )

    def load(self, chat_id: int) -> object | None:
        # only this bot writes these rows: unpickling them is as safe as PTB's pickle file
        with self.pool.connection() as conn:
            row = conn.execute("SELECT data FROM chat_context WHERE chat_id = %s", (chat_id,)).fetchone()
        return pickle.loads(row[0]) if row else None

    def drop(self, chat_id: int) -> None:
        with self.pool.connection() as conn:
            conn.execute("DELETE FROM chat_context WHERE chat_id = %s", (chat_id,))


class PgAuditLog(_PgBase):
    """Append-only log of admin actions: an `index.state.audit.AuditLog` (record / recent / close).

    `record` keeps actor, target, outcome and summary in the `detail` object, and the
    Telegram user id (from a "telegram:<id>" actor) in `user_id`.
    """

    def record(self, actor: str, action: str, target: str, outcome: Outcome, detail: str = "") -> None:
        kind, _, ident = actor.partition(":")
        user_id = int(ident) if kind == "telegram" and ident.isdigit() else None
        self.append(action, user_id, actor=actor, target=target, outcome=outcome, detail=detail[:2000])

    def recent(self, limit: int = 20) -> list[AuditEntry]:
        """The newest `limit` entries, newest first."""
        return [
            AuditEntry(
                e.at,
                str(e.detail.get("actor") or (f"telegram:{e.user_id}" if e.user_id is not None else "")),
                e.action,
                str(e.detail.get("target", "")),
                e.detail.get("outcome", "ok"),
                str(e.detail.get("detail", "")),
            )
            for e in self.events(limit)
        ]

    def append(self, action: str, user_id: int | None = None, **detail: Any) -> None:
        with self.pool.connection() as conn:
            conn.execute(
                "INSERT INTO audit_log (at, user_id, action, detail) VALUES (%s, %s, %s, %s)",
                (time.time(), user_id, action, json.dumps(detail, ensure_ascii=False, default=str)),
            )

    def events(self, limit: int = 20) -> list[AuditEvent]:
        """The newest `limit` rows as stored, newest first."""
        with self.pool.connection() as conn:
            rows = conn.execute(
                "SELECT at, user_id, action, detail FROM audit_log ORDER BY id DESC LIMIT %s", (limit,)
            ).fetchall()
        return [AuditEvent(at, uid, action, detail) for at, uid, action, detail in rows]
