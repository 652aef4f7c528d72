"""The PostgreSQL + pgvector index: `PgStore`, `PgBackend`, `migrate`.

Names load on first use (``from index.store.postgres import …``), so importing the package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index._lazy import lazy_exports

if TYPE_CHECKING:
    from .backend import PgBackend
    from .schema import migrate
    from .store import PgStore

_EXPORTS = {
    "PgBackend": "backend",
    "PgStore": "store",
    "migrate": "schema",
}

__all__ = ["PgBackend", "PgStore", "migrate"]


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
