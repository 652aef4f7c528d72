"""Contractions a reader typed without their apostrophe, put back. Pure.

"whats the range of the missiles" is "what's the range …": on a phone the apostrophe is often
left out. Read as typed, "whats" is no word the question patterns know, so the check that a
range asks for a measure never sees the question, and a sentence that only names the missiles
is cited as the answer. A question word or a negated auxiliary with its apostrophe left out is
no other English word, so it is read as the contraction. "its", "wont", "cant" and "id" are
words of their own and are left as typed.

>>> with_apostrophes("whats the range of the missiles")
"what's the range of the missiles"
>>> with_apostrophes("Whos in charge, and why didnt he go?")
"Who's in charge, and why didn't he go?"
>>> with_apostrophes("Why won't he go?"), with_apostrophes("was its range cut")
("Why won't he go?", 'was its range cut')
"""

from __future__ import annotations

import re

_CONTRACTED = re.compile(
    r"\b(what|who|where|when|why|how|that|there)(s)\b|"
    r"\b(did|does|do|is|was|were|are|has|have|had|would|could|should)(nt)\b",
    re.IGNORECASE,
)


def with_apostrophes(question: str) -> str:
    """`question` with "whats", "didnt" … written "what's", "didn't" …"""

    def put_back(m: re.Match[str]) -> str:
        if m.group(1):
            return f"{m.group(1)}'{m.group(2)}"
        return f"{m.group(3)}{m.group(4)[0]}'{m.group(4)[1]}"

    return _CONTRACTED.sub(put_back, question)
