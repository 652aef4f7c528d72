"""Where the index lives (local files or PostgreSQL): `open_backend(settings)`.

Names load on first use (``from index.store import …``), so importing the package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index._lazy import lazy_exports

if TYPE_CHECKING:
    from .backend import open_backend
    from .base import IndexBackend, IndexSnapshot, Retriever
    from .build import BuildReport
    from .ingest import refresh
    from .local import LocalStore

_EXPORTS = {
    "IndexBackend": "base",
    "IndexSnapshot": "base",
    "Retriever": "base",
    "open_backend": "backend",
    "LocalStore": "local",
    "BuildReport": "build",
    "refresh": "ingest",
}

__all__ = [
    "BuildReport",
    "IndexBackend",
    "IndexSnapshot",
    "LocalStore",
    "Retriever",
    "open_backend",
    "refresh",
]


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
