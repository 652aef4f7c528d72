"""What the bot keeps across restarts: audit log, feedback, stats, chat context (SQLite or PostgreSQL).

Names load on first use (``from index.state import …``), so importing the package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index._lazy import lazy_exports

if TYPE_CHECKING:
    from .audit import open_audit_log
    from .base import AuditEntry, AuditLog, Outcome
    from .feedback import FeedbackStore
    from .sqlite import open_sqlite
    from .stats import Stats
    from .stats_store import StatsStore

_EXPORTS = {
    "AuditLog": "base",
    "AuditEntry": "base",
    "Outcome": "base",
    "open_audit_log": "audit",
    "open_sqlite": "sqlite",
    "Stats": "stats",
    "FeedbackStore": "feedback",
    "StatsStore": "stats_store",
}

__all__ = [
    "AuditEntry",
    "AuditLog",
    "FeedbackStore",
    "Outcome",
    "Stats",
    "StatsStore",
    "open_audit_log",
    "open_sqlite",
]


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
