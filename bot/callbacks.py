"""Compact, validated callback data for inline buttons (at most 64 bytes, no pickling).

Formats::

    p:<doc_id>:<n>       show paragraph n of an article
    p:<doc_id>:<n>.<t>   same, <t> a digest of the paragraph as cited (it may change since)
    p:#<digest>:<n>      same, when the doc id is too long to fit (digest of the doc id)
    fb:<answer_id>:up    feedback on a stored answer (up|down)
    q:<i>:<digest>       ask example question i (digest guards against a changed corpus)

`parse` returns None for anything forged, truncated or from an older format.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from telegram.constants import InlineKeyboardButtonLimit

from index import Vote

MAX_BYTES = int(InlineKeyboardButtonLimit.MAX_CALLBACK_DATA)


@dataclass(frozen=True)
class SourceRef:
    """A cited paragraph: by doc id, or by the digest of a doc id too long for a button."""

    number: int
    doc_id: str | None = None
    doc_digest: str | None = None
    text_digest: str | None = None  # of the paragraph's text when the button was made


@dataclass(frozen=True)
class FeedbackRef:
    answer_id: int
    vote: Vote


@dataclass(frozen=True)
class ExampleRef:
    index: int
    digest: str


ButtonRef = SourceRef | FeedbackRef | ExampleRef

_SOURCE = re.compile(r"p:(?P<doc>[^\s]+):(?P<n>[1-9][0-9]{0,5})(?:\.(?P<t>[0-9a-f]{6}))?")
TEXT_DIGEST = 6
_FEEDBACK = re.compile(r"fb:(?P<id>[1-9][0-9]{0,17}):(?P<vote>up|down)")
_EXAMPLE = re.compile(r"q:(?P<i>[0-9]):(?P<digest>[0-9a-f]{10})")


def digest(value: str, length: int = 10) -> str:
    """A short, stable hex digest, e.g. ``digest("afp-2024-01") -> "3f2a..."``."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:length]


def text_digest(text: str) -> str:
    """The digest a paragraph button keeps of the paragraph's text."""
    return digest(text, TEXT_DIGEST)


def source_data(doc_id: str, number: int, text: str | None = None) -> str:
    """Callback data for a paragraph button; falls back to a digest when the id is long.
    With the paragraph's `text`, a press can tell whether it has changed since (a replaced
    article keeps its ¶ numbers for other words)."""
    tail = f".{text_digest(text)}" if text else ""
    data = f"p:{doc_id}:{number}{tail}"
    fits = len(data.encode("utf-8")) <= MAX_BYTES and _SOURCE.fullmatch(data) is not None
    if fits and not doc_id.startswith("#"):
        return data
    return f"p:#{digest(doc_id, 16)}:{number}{tail}"


def feedback_data(answer_id: int, vote: Vote) -> str:
    return f"fb:{answer_id}:{vote}"


def example_data(index: int, question: str) -> str:
    return f"q:{index}:{digest(question)}"


def parse(data: object) -> ButtonRef | None:
    """Decode callback data; None if it is not exactly one of the known formats."""
    if not isinstance(data, str) or len(data.encode("utf-8")) > MAX_BYTES:
        return None
    if match := _SOURCE.fullmatch(data):
        doc = match["doc"]
        number = int(match["n"])
        if doc.startswith("#"):
            hex_part = doc[1:]
            if re.fullmatch(r"[0-9a-f]{16}", hex_part) is None:
                return None
            return SourceRef(number=number, doc_digest=hex_part, text_digest=match["t"])
        return SourceRef(number=number, doc_id=doc, text_digest=match["t"])
    if match := _FEEDBACK.fullmatch(data):
        vote: Vote = "up" if match["vote"] == "up" else "down"
        return FeedbackRef(answer_id=int(match["id"]), vote=vote)
    if match := _EXAMPLE.fullmatch(data):
        return ExampleRef(index=int(match["i"]), digest=match["digest"])
    return None
