"""The protocols and records of the state stores, shared by the SQLite and PostgreSQL
implementations (`audit.py`, `sqlite.py`, `postgres.py`); it imports none of them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

Outcome = Literal["ok", "error", "refused"]


@dataclass(frozen=True)
class AuditEntry:
    at: float
    actor: str  # "telegram:<user id>" or "cli:<os user>"
    action: str  # add, remove, reindex, docs, stats, ...
    target: str  # document id(s) or file name; "" when none
    outcome: Outcome
    detail: str  # a short summary or the reason for an error/refusal


class AuditLog(Protocol):
    def record(self, actor: str, action: str, target: str, outcome: Outcome, detail: str = "") -> None:
        """Append one entry (never raises for a full log; the caller's action already happened)."""
        ...

    def recent(self, limit: int = 20) -> list[AuditEntry]:
        """The newest entries, newest first."""
        ...

    def close(self) -> None: ...
