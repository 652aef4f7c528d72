"""The speaker list: "who is quoted?", "who spoke on the record?", "how many people are
quoted?". Pure.

A count of the people quoted counts the words in quotation marks: reported speech ("Lee
warned that …", "analysts say …") is the writer's account of what someone said, no quote
of them, so "how many people are quoted?" lists only quotations (direct, partial or a
transcript), the most quoted first, and notes how much reported speech it leaves out.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...types import Answer, Attribution, Quote
from ..checks.asked_speaker import named_sources
from ..speakers.speaker_groups import group_speakers

IN_MARKS = "in quotation marks"
_KIND_ORDER = {"person": 0, "office": 1}


def counted_sources(quotes: Sequence[Quote]) -> tuple[list[Quote], int]:
    """The quotes in quotation marks, grouped by speaker (people first, then the most
    quoted first, as a listing shows them), and how many reported statements were left out.

    >>> q = lambda s, k="direct": Quote("x", s, None, "said", "a", "A", 1, 0, 1, kind=k)
    >>> quotes = [q("Ann Roe", "indirect"), q("Ann Roe"), q("Bo Lind"), q("Bo Lind", "partial"), q(None)]
    >>> listed, reported = counted_sources(quotes)
    >>> [x.speaker for x in listed], reported
    (['Bo Lind', 'Bo Lind', 'Ann Roe'], 1)
    """
    marked = [q for q in quotes if q.speaker and q.kind != "indirect"]
    reported = sum(1 for q in quotes if q.speaker and q.kind == "indirect")
    groups = group_speakers(marked)
    ranked = sorted(groups, key=lambda g: (_KIND_ORDER.get(g.kind, 2), -len(g.quotes)))
    return [q for g in ranked for q in g.quotes], reported


def speaker_listing(question: str, topic: str | None, quotes: Sequence[Quote]) -> Answer:
    """The answer to a ``who_quoted`` query: everyone quoted, the anonymous sources
    (`topic` ``anonymous``), the named ones (``named``, ``named_officials``), or those
    quoted in quotation marks, counted (``counted``)."""
    note = None
    listed = [q for q in quotes if topic != "anonymous" or q.speaker_kind == "anonymous"]
    if topic in ("named", "named_officials"):  # "who spoke on the record?"
        listed = named_sources(quotes, officials=topic == "named_officials")
    on = "on the record" if topic in ("named", "named_officials") else None
    if topic == "counted":  # "how many people are quoted?"
        listed, reported = counted_sources(quotes)
        on = IN_MARKS
        if reported:
            s = "s" if reported != 1 else ""
            note = f"not counted: {reported} statement{s} the articles report without quotation marks"
    found_any = "listed" if listed else "not_found"
    everyone = Attribution(kind="who_quoted", verdict=found_any, claim=on, quotes=tuple(listed), note=note)
    return Answer(question, (), (), abstained=not listed, attribution=everyone)
