"""The question-answering engine: one object the CLI and the Telegram adapter hold.

It owns the loaded index (paragraphs, embeddings, BM25, quotes) and answers questions with
pure composition on top of retrieval. Building it is heavy (model + index load), so callers
build it once (`Engine.open`) and share it; `ask` is thread-safe and synchronous: async
callers run it in `asyncio.to_thread`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from .types import Answer, Document, Paragraph


@dataclass(frozen=True)
class Turn:
    """The previous exchange in a chat, used to resolve follow-up questions."""

    question: str
    answer: Answer | None = None


class QA(Protocol):
    """What the Telegram adapter needs from the domain (the `Engine` implements it)."""

    def ask(self, question: str, previous: Turn | None = None) -> Answer:
        """Answer `question`; `previous` is the chat's last exchange, for follow-ups."""
        ...

    def documents(self) -> list[Document]:
        """The indexed articles."""
        ...

    def paragraph(self, doc_id: str, number: int) -> Paragraph | None:
        """One paragraph by article id and ¶ number, or None if it no longer exists."""
        ...

    def example_questions(self, n: int = 3) -> list[str]:
        """Up to `n` questions the current corpus can answer, for /start buttons."""
        ...
