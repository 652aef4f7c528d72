"""Corpus administration: the documents folder, uploads, the index manager.

Names load on first use (``from index.admin import …``), so importing the package is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .corpus import Corpus
    from .manage import Manager
    from .upload import parse_caption

_EXPORTS = {
    "Corpus": "corpus",
    "Manager": "manage",
    "parse_caption": "upload",
}

__all__ = ["Corpus", "Manager", "parse_caption"]


def __getattr__(name: str) -> Any:
    spec = _EXPORTS.get(name)
    if spec is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attr = spec.partition(":")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attr or name)
    globals()[name] = value
    return value
