"""Quotes and who said them: extraction from articles, quote checks, attribution answers.

Names load on first use (``from index.attribution import …``), so importing the package is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .answer import answer_attribution
    from .check import QuoteCheck, check_quote, did_say
    from .extract import extract_quotes
    from .query import parse_attribution_question
    from .speaker_groups import group_speakers

_EXPORTS = {
    "extract_quotes": "extract",
    "check_quote": "check",
    "did_say": "check",
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


def __getattr__(name: str) -> Any:
    spec = _EXPORTS.get(name)
    if spec is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attr = spec.partition(":")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attr or name)
    globals()[name] = value
    return value
