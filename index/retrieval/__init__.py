"""Retrieval and answer composition: hybrid ranking (BM25 + dense), `compose_answer`.

Names load on first use (``from index.retrieval import …``), so importing the package is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .compose import compose_answer
    from .hybrid import Evidence, HybridRetriever, Weights

_EXPORTS = {
    "Evidence": "hybrid",
    "HybridRetriever": "hybrid",
    "Weights": "hybrid",
    "compose_answer": "compose",
}

__all__ = ["Evidence", "HybridRetriever", "Weights", "compose_answer"]


def __getattr__(name: str) -> Any:
    spec = _EXPORTS.get(name)
    if spec is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attr = spec.partition(":")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attr or name)
    globals()[name] = value
    return value
