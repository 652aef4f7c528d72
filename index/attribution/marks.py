"""Finding quotation spans in a paragraph, by their marks alone.

Double marks (curly “…” or straight "…") are primary. Single curly marks (‘…’) count only
in a paragraph with no double marks, and only when the opening mark starts a word and the
closing one ends it, so apostrophes (``Iran’s``) are never taken for closing marks.

A span's `start`/`end` delimit the quoted words inside the marks: leading spaces and a
trailing comma or space (the comma that replaces a full stop before ``he said``) are left
out, so ``text[start:end]`` is exactly what the quote reports. A quote opened and not closed
before the end of the paragraph is ``closed=False``: news style for a quote that goes on
into the next paragraph.

>>> [(s.text, s.closed) for s in find_quote_spans('“We will win,” he said. “We always')]
[('We will win', True), ('We always', False)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN_DOUBLE = '“"«„'
_CLOSE_DOUBLE = '”"»'
_TERMINAL = ".!?…"


@dataclass(frozen=True)
class QuoteSpan:
    """Quoted words `text` at `[start, end)`; marks at `open_at`/`close_at` (-1: absent)."""

    text: str
    start: int
    end: int
    open_at: int
    close_at: int

    @property
    def closed(self) -> bool:
        return self.close_at >= 0

    @property
    def outer_start(self) -> int:
        return self.open_at if self.open_at >= 0 else self.start

    @property
    def outer_end(self) -> int:
        return self.close_at + 1 if self.close_at >= 0 else self.end


def _span(text: str, open_at: int, close_at: int) -> QuoteSpan | None:
    start = open_at + 1
    end = close_at if close_at >= 0 else len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if end <= start or not any(ch.isalnum() for ch in text[start:end]):
        return None
    return QuoteSpan(text[start:end], start, end, open_at, close_at)


def _double_spans(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at = -1
    for i, ch in enumerate(text):
        if open_at < 0:
            if ch in _OPEN_DOUBLE or ch == "”" and not text[:i].strip():
                open_at = i  # a stray closing mark is ignored, except one opening the paragraph
        elif ch in _CLOSE_DOUBLE:
            span = _span(text, open_at, i)
            if span:
                spans.append(span)
            open_at = -1
    if open_at >= 0:
        span = _span(text, open_at, -1)
        if span:
            spans.append(span)
    return spans


def _single_spans(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    i = text.find("‘")
    while i >= 0:
        if i == 0 or not text[i - 1].isalnum():
            close = -1
            for j in range(i + 2, len(text)):
                if text[j] == "’" and not text[j - 1].isspace():
                    if j + 1 >= len(text) or not text[j + 1].isalnum():
                        close = j
                        break
            span = _span(text, i, close)
            if span:
                spans.append(span)
            if close < 0:
                break
            i = text.find("‘", close + 1)
        else:
            i = text.find("‘", i + 1)
    return spans


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Quoted stretches of one paragraph, in order (see the module docstring)."""
    spans = _double_spans(text)
    if not spans and not any(ch in text for ch in _OPEN_DOUBLE):
        spans = _single_spans(text)
    return spans


_SMALL_WORDS = frozenset("of the a an and in on for with to at & de la vs".split())
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:on|of|in|to|at|from|with|by|about|titled|entitled|host|hosts|show|book|film|movie|series|"
    r"program|programme|column|op-ed|headline)|['’]s)\s*$",
    re.IGNORECASE,
)
_TOKEN_ONLY = re.compile(r"[@#]\w+|https?://\S+|[\w.-]+\.[a-z]{2,4}/\S*")


def is_token(span: QuoteSpan) -> bool:
    """Quoted characters that are no one's words: no two-letter word (ids, dates), a handle,
    hashtag or link."""
    if not re.search(r"[^\W\d_]{2}", span.text):
        return True
    return bool(_TOKEN_ONLY.fullmatch(span.text.strip(" .")))


def in_markup(text: str, span: QuoteSpan) -> bool:
    """An attribute value inside a markup tag left in the text (``<tweet author="…">``).

    >>> t = '<tweet author="@ann" date="May 2">“We won,” she said.'
    >>> [in_markup(t, s) for s in find_quote_spans(t)]
    [True, True, False]
    """
    at = span.open_at if span.open_at >= 0 else span.start
    tag = text.rfind("<", 0, at)
    return tag >= 0 and text.rfind(">", 0, at) < tag and bool(re.match(r"<[A-Za-z]", text[tag:]))


def is_title(text: str, span: QuoteSpan) -> bool:
    """Two or more capitalised words after a preposition or a possessive: a title.

    ``on “Meet the Press”``, ``CNN’s “State of the Union”``, ``his book “The Long Road”``.

    >>> t = 'He said on “Good Morning America” that “we will win.”'
    >>> [is_title(t, s) for s in find_quote_spans(t)]
    [True, False]
    """
    words = re.findall(r"[\w’'&-]+", span.text)
    if len(words) < 2 or span.text.rstrip()[-1:] in "!?,":
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words):
        return False
    return bool(_TITLE_BEFORE.search(text[: span.outer_start]))


def mask_quotes(text: str, spans: list[QuoteSpan]) -> str:
    """`text` with quoted words blanked to ``x`` (same length).

    Marks, a final ``.``/``!``/``?`` and the comma after a quote survive, so sentence
    splitting treats each quotation as one word and cue words inside quotes are not seen.
    """
    chars = list(text)
    for s in spans:
        keep_last = text[s.end - 1] in _TERMINAL
        stop = s.end - 1 if keep_last else s.end
        for k in range(s.start, stop):
            chars[k] = "x"
    return "".join(chars)
