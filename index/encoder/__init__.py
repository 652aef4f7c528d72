"""The embedding model (ONNX MiniLM): `Embedder`, and `DIM`, its vector size.

Names load on first use (``from index.encoder import …``), so importing the package is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .embed import DIM, Embedder, prepare_model

_EXPORTS = {
    "DIM": "embed",
    "Embedder": "embed",
    "prepare_model": "embed",
}

__all__ = ["DIM", "Embedder", "prepare_model"]


def __getattr__(name: str) -> Any:
    spec = _EXPORTS.get(name)
    if spec is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attr = spec.partition(":")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attr or name)
    globals()[name] = value
    return value
