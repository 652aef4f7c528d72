"""Attribution answers: the quote checks and a speaker's quotes turned into `Answer`s, and
whether a cited answer is about the speaker or occasion a question asks after."""

from __future__ import annotations

from typing import TYPE_CHECKING

from index._lazy import lazy_exports

if TYPE_CHECKING:
    from .answer import answer_attribution

_EXPORTS = {
    "answer_attribution": "answer",
}

__all__ = ["answer_attribution"]


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
