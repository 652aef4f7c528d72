"""Benchmarks: retrieval accuracy, scaling, quote extraction.

Names load on first use (``from index.bench import …``), so importing the package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index._lazy import lazy_exports

if TYPE_CHECKING:
    from .accuracy import run_bench
    from .quotes import run as run_quote_bench
    from .scale import run_scale

_EXPORTS = {
    "run_bench": "accuracy",
    "run_scale": "scale",
    "run_quote_bench": "quotes:run",
}

__all__ = ["run_bench", "run_quote_bench", "run_scale"]


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
