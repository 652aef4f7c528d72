"""Indirect speech: the cues of a sentence that no quotation used, when they introduce a
clause (``Lee said the talks had failed``), become quotes of ``kind="indirect"`` whose text is
the reported clause. Not a clause: fewer than three words, a ``that``-only verb without its
``that`` (``Lee argued the case``), a cue closing on a colon whose words are a phrase (``In a
statement, Lee said:``: the words follow), a cue overlapping a quotation, or one whose subject
is a day, a month or "That's" (``Wednesday added one more twist``); nor a report inside a
longer one (`inside_report`). Used by `extract`'s paragraph walk.
"""

from __future__ import annotations

import re

from ...types import Paragraph, Quote
from ..speakers.coref import Who
from ..speakers.cue_words import DIRECT_ONLY, THAT_ONLY
from ..speakers.cues import Cue, object_preposition
from .marks import QuoteSpan
from .quote_cue import _quote

# The rest of a cue's sentence up to a closing colon: the cue introduces the words after it.
_INTRODUCES = re.compile(r"[^.!?:]*:\s*$")
# ... and the words the cue rules took for its clause are a phrase, not a clause: "in a speech".
_NOT_A_CLAUSE = re.compile(
    r"(?:in|on|at|about|to|for|from|with|by|during|after|before|given|as|into|over|via|through|"
    r"[a-z]+ing)\b",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"[^.!?]{0,60}?\([A-Za-z][\w ./-]{0,25}\)\s*[-–—]\s*")
# Sentence subjects that report nothing: a day or month ("Wednesday added one more …"; not
# "May", a surname too), a demonstrative or "it" with its verb glued on ("That's not the same
# as saying …").
_NO_SOURCE = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|"
    r"September|October|November|December|(?:That|This|It|There|Here|What)['’](?:s|ll|d)",
    re.IGNORECASE,
)


def indirect_quotes(
    p: Paragraph,
    masked: str,
    lo: int,
    hi: int,
    spans: list[QuoteSpan],
    cues: list[Cue],
    whos: list[Who],
    used: set[int],
) -> list[tuple[Quote, Who]]:
    """The reported clauses of the cues in `p.text[lo:hi]` (quotations masked in `masked`)
    that no quotation used (`used`: indexes into `cues`), each with its speaker from `whos`,
    in the cues' order."""
    text = p.text
    out: list[tuple[Quote, Who]] = []
    for i, c in enumerate(cues):
        if i in used or c.content is None or c.verb in DIRECT_ONLY:
            continue
        a, b = c.content
        if any(a < s.outer_end and s.outer_start < b for s in spans):
            continue
        if c.verb in THAT_ONLY and not (
            masked.startswith(" that", c.end) or object_preposition(c.verb, masked, c.end)
        ):
            continue
        if len(text[a:b].split()) < 3:
            continue
        if _INTRODUCES.match(masked, c.end, hi) and _NOT_A_CLAUSE.match(text, a):
            continue  # "In a statement, Lee said:" / "Lee wrote on her blog:": the words follow
        who = whos[i]
        if not who.name or _NO_SOURCE.fullmatch(who.name):
            continue
        dateline = _DATELINE.match(text, a, b)
        a = dateline.end() if dateline else a
        out.append((_quote(p, a, b, who, c.text, "indirect", text[lo:hi]), who))
    return out


def inside_report(quote: Quote, quotes: list[Quote]) -> bool:
    """An indirect `quote` inside a longer indirect one of `quotes` (one paragraph's): in
    ``According to his office, Lee stressed the need for calm`` the office reports the whole
    clause, and the report inside it (Lee's) is no second indirect quote."""
    return quote.kind == "indirect" and any(
        o is not quote
        and o.kind == "indirect"
        and o.start <= quote.start
        and quote.end <= o.end
        and o.end - o.start > quote.end - quote.start
        for o in quotes
    )
