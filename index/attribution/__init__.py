"""Quotes and who said them, in four parts that import one way: `extraction` (the quotations in an
article) uses `speakers` (who each one names); `checks` (claims held against the quotes) and
`answers` (attribution answers) use both, and `query` (recognising attribution questions and
claims, with `quoted_by`).

Names load on first use (``from index.attribution import …``), so importing the package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index._lazy import lazy_exports

if TYPE_CHECKING:
    from .answers.answer import answer_attribution
    from .checks.check import QuoteCheck, check_quote
    from .checks.claims import did_say
    from .extraction.extract import extract_quotes
    from .query import parse_attribution_question
    from .speakers.speaker_groups import group_speakers

_EXPORTS = {
    "extract_quotes": "extraction.extract",
    "check_quote": "checks.check",
    "did_say": "checks.claims",
    "QuoteCheck": "checks.check",
    "parse_attribution_question": "query",
    "answer_attribution": "answers.answer",
    "group_speakers": "speakers.speaker_groups",
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
