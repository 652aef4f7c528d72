"""Quotes and who said them: extraction from articles, quote checks, attribution answers.

Names load on first use (``from index.attribution import …``), so importing the package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index._lazy import lazy_exports

if TYPE_CHECKING:
    from .answer import answer_attribution
    from .check import QuoteCheck, check_quote
    from .claims import did_say
    from .extract import extract_quotes
    from .query import parse_attribution_question
    from .speaker_groups import group_speakers

_EXPORTS = {
    "extract_quotes": "extract",
    "check_quote": "check",
    "did_say": "claims",
    "QuoteCheck": "check",
    "parse_attribution_question": "query",
    "answer_attribution": "answer",
    "group_speakers": "speaker_groups",
}

__all__ = [
    "QuoteCheck",
    "answer_attribution",
    "check_quote",
    "did_say",
    "extract_quotes",
    "group_speakers",
    "parse_attribution_question",
]


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
