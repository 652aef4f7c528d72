"""Checking a claim against the quotes: "did X say …?", `/quote <words>` (exact, misworded
with a word diff, misattributed, reversed, not found), by words, stems, opposites and swaps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from index._lazy import lazy_exports

if TYPE_CHECKING:
    from .check import QuoteCheck, check_quote
    from .claims import did_say

_EXPORTS = {
    "QuoteCheck": "check",
    "check_quote": "check",
    "did_say": "claims",
}

__all__ = ["QuoteCheck", "check_quote", "did_say"]


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
