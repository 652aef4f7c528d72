"""The PostgreSQL + pgvector index: `PgStore`, `PgBackend`, `migrate`.

Names load on first use (``from index.store.postgres import …``), so importing the package is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .backend import PgBackend
    from .schema import SchemaError, migrate
    from .store import PgStore

_EXPORTS = {
    "PgBackend": "backend",
    "PgStore": "store",
    "migrate": "schema",
    "SchemaError": "schema",
}

__all__ = ["PgBackend", "PgStore", "SchemaError", "migrate"]


def __getattr__(name: str) -> Any:
    spec = _EXPORTS.get(name)
    if spec is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attr = spec.partition(":")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attr or name)
    globals()[name] = value
    return value
