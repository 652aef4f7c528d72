"""A quote as the JSON of `quote --json` and `quotes --json` gives it, with the speaker as a
reader sees them ("he (Guy Ziv)"). Pure.
"""

from __future__ import annotations

import re

from ...types import Quote

_PRONOUNS = frozenset("he she they it we i".split())


def speaker_shown(q: Quote) -> str | None:
    """The speaker as a reader sees it: the words the article attributes the quote to, with
    the person they stand for: ``he (Guy Ziv)``, ``the mayor (Ilse Varga)``.

    >>> speaker_shown(Quote("x", "Guy Ziv", None, "said", "d", "T", 1, 0, 1, mention="he"))
    'he (Guy Ziv)'
    >>> speaker_shown(Quote("x", "Ilse Varga", None, "said", "d", "T", 1, 0, 1, mention="the mayor"))
    'the mayor (Ilse Varga)'
    >>> speaker_shown(Quote("x", "Ilse Varga", None, "said", "d", "T", 1, 0, 1, mention="Varga"))
    'Ilse Varga'
    """
    if not (q.speaker and q.mention):
        return q.speaker
    if q.mention.lower() in _PRONOUNS:
        return f"{q.mention} ({q.speaker})"
    named = {w.lower() for w in re.findall(r"\w+", q.speaker)}
    if q.mention.split()[0].lower() in ("the", "a", "an") and not named & {
        w.lower() for w in re.findall(r"\w+", q.mention)
    }:
        return f"{q.mention} ({q.speaker})"  # a description the article ties to a person
    return q.speaker


def quote_json(q: Quote | None, verdict: str, diff: str | None, text: str | None) -> dict[str, object]:
    """The `quote --json` contract: `speaker` is the resolved name, `mention` the words the
    article uses for them (``he``), `speaker_shown` both (``he (Guy Ziv)``)."""
    return {
        "verdict": verdict,
        "speaker": q.speaker if q else None,
        "mention": q.mention if q else None,
        "speaker_shown": speaker_shown(q) if q else None,
        "speaker_detail": q.speaker_detail if q else None,
        "cue": q.cue if q else None,
        "quote": q.text if q else None,
        "doc": q.doc_id if q else None,
        "title": q.title if q else None,
        "label": q.label if q else None,
        "paragraph": q.paragraph if q else None,
        "text": text,
        "diff": diff,
    }
