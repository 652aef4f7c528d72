"""Follow-up questions: rewrite "and Iran?" or "what else did he say?" using the last turn.

Pure and rule-based: a question that is short or leans on a pronoun is joined to the
previous question for retrieval, and "else/more/other" asks for paragraphs not yet cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexical import terms
from .types import Answer

_PRONOUN = re.compile(
    r"\b(he|she|they|him|her|his|hers|them|their|it|its|this|that|these|those|there|then)\b", re.IGNORECASE
)
_CONTINUATION = re.compile(r"^\s*(and|but|also|so|what about|how about|and what about)\b", re.IGNORECASE)
_MORE = re.compile(r"\b(else|more|other|another|further|besides)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Resolved:
    """The query to retrieve with, and paragraphs (doc_id, ¶) to skip."""

    query: str
    exclude: frozenset[tuple[str, int]] = frozenset()
    is_followup: bool = False


def resolve(question: str, previous_question: str | None, previous_answer: Answer | None) -> Resolved:
    """How to retrieve for `question` given the chat's previous exchange.

    >>> resolve("And Iran?", "What did Israel demand?", None).query
    'What did Israel demand? And Iran?'
    """
    if not previous_question:
        return Resolved(question)
    content = terms(question)
    leans = bool(_CONTINUATION.search(question)) or bool(_PRONOUN.search(question)) or len(content) <= 1
    if not leans or len(content) > 6:
        return Resolved(question)
    exclude: frozenset[tuple[str, int]] = frozenset()
    if previous_answer is not None and _MORE.search(question):
        answered = {s.citation for s in previous_answer.sentences}
        exclude = frozenset(
            (c.doc_id, c.paragraph) for i, c in enumerate(previous_answer.citations) if i in answered
        )
    return Resolved(f"{previous_question} {question}", exclude, True)
