"""Benchmarks: retrieval accuracy, scaling, quote extraction.

Names load on first use (``from index.bench import …``), so importing the package is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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


def __getattr__(name: str) -> Any:
    spec = _EXPORTS.get(name)
    if spec is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attr = spec.partition(":")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attr or name)
    globals()[name] = value
    return value
