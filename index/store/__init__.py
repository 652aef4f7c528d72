"""Where the index lives (local files or PostgreSQL): `open_backend(settings)`.

Names load on first use (``from index.store import …``), so importing the package is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .backend import open_backend
    from .base import IndexBackend, IndexSnapshot, Retriever
    from .ingest import BuildReport, refresh
    from .local import DamagedIndex, LocalStore

_EXPORTS = {
    "IndexBackend": "base",
    "IndexSnapshot": "base",
    "Retriever": "base",
    "open_backend": "backend",
    "LocalStore": "local",
    "DamagedIndex": "local",
    "BuildReport": "ingest",
    "refresh": "ingest",
}

__all__ = [
    "BuildReport",
    "DamagedIndex",
    "IndexBackend",
    "IndexSnapshot",
    "LocalStore",
    "Retriever",
    "open_backend",
    "refresh",
]


def __getattr__(name: str) -> Any:
    spec = _EXPORTS.get(name)
    if spec is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attr = spec.partition(":")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attr or name)
    globals()[name] = value
    return value
