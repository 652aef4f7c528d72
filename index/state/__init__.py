"""What the bot keeps across restarts: audit log, feedback, stats, chat context (SQLite or PostgreSQL).

Names load on first use (``from index.state import …``), so importing the package is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audit import open_audit_log
    from .base import AuditEntry, AuditLog, Outcome
    from .feedback import FeedbackStore
    from .sqlite import StateError, open_sqlite
    from .stats import Stats
    from .stats_store import StatsStore

_EXPORTS = {
    "AuditLog": "base",
    "AuditEntry": "base",
    "Outcome": "base",
    "open_audit_log": "audit",
    "open_sqlite": "sqlite",
    "StateError": "sqlite",
    "Stats": "stats",
    "FeedbackStore": "feedback",
    "StatsStore": "stats_store",
}

__all__ = [
    "AuditEntry",
    "AuditLog",
    "FeedbackStore",
    "Outcome",
    "StateError",
    "Stats",
    "StatsStore",
    "open_audit_log",
    "open_sqlite",
]


def __getattr__(name: str) -> Any:
    spec = _EXPORTS.get(name)
    if spec is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attr = spec.partition(":")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attr or name)
    globals()[name] = value
    return value
