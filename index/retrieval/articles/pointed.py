"""Questions that point at one of the articles rather than at what they report: "what is the
AFP one about?", "what does the AFP article say?", "what about the other article?". Pure: the
engine answers them with the headline and lede of the article(s) pointed at (`outlets.ledes`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...types import Answer, Document
from .outlets import outlet_named
from .overview import bare_question

_PIECE = r"(?:articles?|stor(?:y|ies)|pieces?)"
_ONE = r"(?:one|articles?|stor(?:y|ies)|pieces?)"  # "the AFP one" points at an article as well
# the whole question, as `bare_question` reads it; the named group is the words before the
# noun ("AFP", "other")
_POINTED = re.compile(
    r"^(?:and\s+)?(?:"
    r"what(?:'s|\s+is|\s+was)\s+the\s+(?P<a>[\w'&. -]+?)\s+" + _ONE + r"\s+(?:all\s+)?about"
    r"|what\s+(?:does|did)\s+the\s+(?P<b>[\w'&. -]+?)\s+" + _PIECE + r"\s+(?:say|report|cover)"
    r"|(?:tell\s+me\s+about|summari[sz]e)\s+the\s+(?P<c>[\w'&. -]+?)\s+"
    + _ONE
    + r"|(?:what|how)\s+about\s+the\s+(?P<d>other)\s+"
    + _ONE
    + r"|the\s+(?P<e>other)\s+"
    + _ONE
    + r")$"
)


def pointed_article(question: str) -> str | None:
    """The words naming the article `question` points at ("AFP", "other"), else None.

    >>> pointed_article("What is the AFP one about?"), pointed_article("what about the other article?")
    ('AFP', 'other')
    >>> pointed_article("What does the Reuters story say?"), pointed_article("and the other one?")
    ('Reuters', 'other')
    >>> pointed_article("What is the talks about?"), pointed_article("What is the ceasefire deal about?")
    (None, None)
    """
    text = bare_question(question)
    match = _POINTED.match(text)
    if match is None:
        return None
    named = next(g for g in match.groups() if g)
    at = question.lower().find(named)  # as typed: an outlet's capitals
    return question[at : at + len(named)] if at >= 0 else named


_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1}


def pointed_documents(
    named: str, documents: Sequence[Document], previous: Answer | None
) -> tuple[list[str], str | None] | None:
    """The ids of the articles `named` points at and their outlet (None for "the other" or "the
    first"), or None when it names no outlet of `documents` nor a place in their list (the
    question is then about something else).

    "the other" means the articles the previous answer did not cite; with no answer before, or
    one citing every article, it means them all.
    """
    if (nth := _ORDINALS.get(named.lower())) is not None:
        # "the first article", "the last one": as the articles are listed (/start, /docs)
        if not documents or nth >= len(documents):
            return None
        return [documents[nth if nth >= 0 else len(documents) + nth].doc_id], None
    if named.lower() == "other":
        cited = {c.doc_id for c in previous.citations} if previous is not None else set()
        rest = [d.doc_id for d in documents if d.doc_id not in cited]
        return (rest or [d.doc_id for d in documents]), None
    outlet = outlet_named(named, documents)
    if outlet is None:
        return None
    return [d.doc_id for d in documents if d.outlet == outlet], outlet


_ONE_PIECE = re.compile(r"\b(?:it|this|that|article|story|piece)\b")
_ALL_PIECES = re.compile(r"\b(?:these|those|them|they|articles|stories|pieces)\b")


def points_at_one(question: str) -> bool:
    """Whether a question about the articles points at one ("who wrote it?", "this article"),
    not at them all ("who wrote these articles?"): after an answer, the one it cited.

    >>> points_at_one("Who wrote it?"), points_at_one("who wrote these articles?")
    (True, False)
    >>> points_at_one("Which article is newer?")
    False
    """
    text = question.lower()
    if text.startswith("which"):  # "which article is newer?" compares them all
        return False
    return _ONE_PIECE.search(text) is not None and _ALL_PIECES.search(text) is None
