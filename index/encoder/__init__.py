"""The embedding model (ONNX MiniLM): `Embedder`, and `DIM`, its vector size.

Names load on first use (``from index.encoder import …``), so importing the package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index._lazy import lazy_exports

if TYPE_CHECKING:
    from .embed import DIM, Embedder, prepare_model

_EXPORTS = {
    "DIM": "embed",
    "Embedder": "embed",
    "prepare_model": "embed",
}

__all__ = ["DIM", "Embedder", "prepare_model"]


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
