"""Finding the quotations in an article: quote marks, titles and scare quotes that are
not anyone's words, the cue each quotation takes, indirect speech, and training events for the
learned speaker models. `extract_quotes` is the door; speaker phrases are read by `..speakers`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from index._lazy import lazy_exports

if TYPE_CHECKING:
    from .extract import extract_quotes

_EXPORTS = {
    "extract_quotes": "extract",
}

__all__ = ["extract_quotes"]


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
