"""Corpus administration: the documents folder, uploads, the index manager.

Names load on first use (``from index.admin import …``), so importing the package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index._lazy import lazy_exports

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


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
