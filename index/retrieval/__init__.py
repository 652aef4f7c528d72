"""Retrieval and answer composition: hybrid ranking (BM25 + dense), `compose_answer`.

Names load on first use (``from index.retrieval import …``), so importing the package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index._lazy import lazy_exports

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


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
