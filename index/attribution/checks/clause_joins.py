"""Clauses of a quotation read together: a clause that ends at a colon with the one after it
("the aim is clear: a bridge"), and an elliptic clause ("… but not unsafe") with the clause
whose subject and verb it borrows. `meaning.opposing_clause` holds a claim against them. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...text import words
from .claim_words import NEGATORS, stems


def colon_spanned(text: str, clauses: list[str]) -> list[str]:
    """Each clause that ends at a colon joined to the clause after it: "the aim is clear: a new
    bridge" says what the aim is across the colon, one statement.

    >>> colon_spanned("For Roe, the aim is clear: a bridge", ["For Roe, the aim is clear", " a bridge"])
    ['For Roe, the aim is clear: a bridge']
    """
    out = []
    for a, b in zip(clauses, clauses[1:], strict=False):
        at = text.find(a)
        if at >= 0 and text[at + len(a) : at + len(a) + 1] == ":":
            out.append(f"{a}:{b}")
    return out


def elliptic(ws: Sequence[str]) -> bool:
    """A clause that negates a word or two and borrows the rest from the clause before it:
    "not its missiles" in "they will discuss the port but not its missiles"."""
    return bool(ws) and ws[0] in NEGATORS and 1 <= len(stems(ws)) <= 2 and len(ws) <= 4


def elliptic_spanned(clauses: list[str]) -> list[str]:
    """Each elliptic clause of a quote ("… but not unsafe") joined to the clause before it,
    whose subject and verb it borrows: "I felt tired, but not unsafe" says "I felt … not unsafe".

    >>> elliptic_spanned(["I felt tired at times", " ", " not unsafe"])
    ['I felt tired at times not unsafe']
    """
    out: list[str] = []
    before = ""
    for clause in clauses:
        ws = words(clause)
        if not ws:
            continue
        if before and elliptic(ws):
            out.append(f"{before} {clause.strip()}")
        before = clause
    return out
