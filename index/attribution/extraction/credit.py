"""Credit lines: a paragraph that is only a dash and a source (``— Ana Roe, a nurse in
Ostrava.``), printed under a quotation in a box of quotes ("Quotable", a post of the day). The
quotation in the paragraph before it is that source's words, not those of whoever spoke last.
Pure; `extract.extract_quotes` applies it.

>>> credit_line("-Mayor Ana Roe, posting after the vote.")
('Mayor Ana Roe', 'posting after the vote')
>>> credit_line("— Piet Hals."), credit_line("- Hals won the county by six points.")
(('Piet Hals', None), None)
>>> whole_quote('"We will rebuild the pier. We will not wait."'), whole_quote('"We will," she said.')
(True, False)
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...types import Paragraph, Quote
from ..speakers.coref import SpeakerContext
from ..speakers.roles import shown_role
from ..speakers.speakers import classify_speaker

# a dash, up to five capitalised words, then at most a short description after a comma
_CREDIT = re.compile(
    r"\s*[-‐–—―]+\s*([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}?)"
    r"\s*(?:,\s*([^“”\"]{1,100}?))?\s*[.]?\s*"
)
_OPENS = ("“", '"', "‘", "'")
_CLOSES = ("”", '"', "’", "'")


def credit_line(text: str) -> tuple[str, str | None] | None:
    """(source, description) when `text` is a credit line, else None."""
    m = _CREDIT.fullmatch(text)  # "- Hals won the county …" is none: a clause follows the name
    if m is None:
        return None
    return m.group(1).rstrip("."), (m.group(2) or "").strip() or None


def whole_quote(text: str) -> bool:
    """Whether `text` is one quotation and nothing else: it opens with a quote mark and
    closes with one (a full stop after it allowed)."""
    t = text.strip().rstrip(".").rstrip()
    return len(t) > 2 and t.startswith(_OPENS) and t.endswith(_CLOSES)


def credit_quotes(
    quoted: Paragraph, p: Paragraph, quotes: list[Quote], ctx: SpeakerContext
) -> list[Quote] | None:
    """`quotes` (those of `quoted`, a paragraph that is one quotation) with their cue-less
    direct quotes given to the source `p` credits, when `p` is a credit line; else None."""
    credit = credit_line(p.text) if whole_quote(quoted.text) else None
    if credit is None or not any(q.cue is None and q.kind == "direct" for q in quotes):
        return None
    who = ctx.resolve(classify_speaker(credit[0], credit[1], ctx.surnames))
    if not who.name:
        return None
    ctx.spoke(who)
    role = shown_role(who.detail)
    return [
        replace(q, speaker=who.name, speaker_detail=role, speaker_kind=who.kind, mention=who.mention)
        if q.cue is None and q.kind == "direct"
        else q
        for q in quotes
    ]
