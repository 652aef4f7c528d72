"""Whose words an answer states: "who said this?" and "is this right?" asked of an answer. Each
stated sentence is the article's own: either a quotation the article attributes to someone, or
its narration. Pure: the sentences, their citations and the quote index decide.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...types import Answer, Citation, Quote

# a reply to an answer asking whose words it states: "who said this?", "who said that?",
# "whose words are these?", "who is speaking?"
_WHO_SAID = re.compile(
    r"^\W*(?:and\s+)?(?:who\s+(?:said|says|say)\s+(?:this|that|it|so|these\s+words)"
    r"|whose\s+(?:words|quote|statement)\s+(?:is|are)\s+(?:this|that|these|those|it)"
    r"|who\s+is\s+(?:speaking|talking|saying\s+(?:this|that)))\W*$",
    re.IGNORECASE,
)


def asks_who_said_it(text: str) -> bool:
    """Whether `text` only asks whose words the message it replies to states.

    >>> asks_who_said_it("who said this?"), asks_who_said_it("Whose words are these?")
    (True, True)
    >>> asks_who_said_it("who said the port would close?"), asks_who_said_it("what did he say?")
    (False, False)
    """
    return _WHO_SAID.match(text.strip()) is not None


@dataclass(frozen=True)
class Spoken:
    """One stated sentence of an answer, where it stands, and the quotations within it (none:
    the article's own narration)."""

    sentence: str
    citation: Citation
    quotes: tuple[Quote, ...]

    @property
    def speakers(self) -> tuple[str, ...]:
        """The named speakers of its quotations, each once ("" for one the article leaves unnamed)."""
        return tuple(dict.fromkeys(q.speaker or "" for q in self.quotes))


def spoken_in(answer: Answer, quotes: Sequence[Quote]) -> list[Spoken]:
    """Each sentence `answer` states, with the quotations of `quotes` that lie in it (those of
    its paragraph whose words overlap the sentence's place in the paragraph)."""
    out: list[Spoken] = []
    for stated in answer.sentences:
        if not 0 <= stated.citation < len(answer.citations):
            continue
        cited = answer.citations[stated.citation]
        at = cited.text.find(stated.text)
        within = [q for q in quotes if q.doc_id == cited.doc_id and q.paragraph == cited.paragraph]
        if at < 0:  # a sentence cut from a longer one: its quotations are those that hold it
            inside = tuple(q for q in within if stated.text in q.text or q.text in stated.text)
        else:
            end = at + len(stated.text)
            inside = tuple(q for q in within if q.start < end and q.end > at)
        out.append(Spoken(stated.text, cited, inside))
    return out
