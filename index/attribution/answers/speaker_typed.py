"""The speaker a journalist types, read as the articles name them. Pure.

In a `/quote` claim ("…, the prime minister said") and a `/quotes` speaker ("the prime
minister's office"), a description of the one person the articles title so is read as that
person's surname (`titled.titled_speaker`, which the engine's router also applies to
questions): left as typed, it matches no speaker, and a claim of that person's words reads as
a misattribution. A misspelt name is read as the articles spell it before this
(`retrieval/spelling.py`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ...types import Quote
from ..checks.check import quotes_by
from ..claim import parse_claim
from .titled import titled_speaker


def _in_place(text: str, phrase: str, fixed: str) -> str:
    at = text.find(phrase)
    return text if at < 0 else f"{text[:at]}{fixed}{text[at + len(phrase) :]}"


def speaker_as_written(speaker: str, quotes: Sequence[Quote], texts: Iterable[str]) -> str:
    """`speaker`, or, when no one is quoted under it, as the articles name whoever it describes
    (`titled_speaker`: "the prime minister's office" → "Varga's office"); else as typed."""
    if quotes_by(speaker, quotes):
        return speaker
    return titled_speaker(speaker, texts) or speaker


def claim_as_written(text: str, quotes: Sequence[Quote], texts: Iterable[str]) -> str:
    """A `/quote` claim with the speaker it names ("…, the harbour minister said") put as
    `speaker_as_written`."""
    speaker, _ = parse_claim(text)
    if speaker is None or quotes_by(speaker, quotes):
        return text
    return _in_place(text, speaker, speaker_as_written(speaker, quotes, texts))
