"""Words a speaker relays rather than says: "The unions are saying we will strike" does not
have the speaker promise a strike; they report what the unions say. Pure.

A journalist checking "did the analyst say 'we will strike'?" needs to know the words are
in the quote but put in someone else's mouth.
"""

from __future__ import annotations

import re

from ...text import fold, iter_words_with_spans

CLAIM_HEAD = 3  # words of a claim that locate it in the quote
# who is reported, then a verb of saying, just before the claim's words
_FRAME = re.compile(
    r"(?P<source>(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|[Tt]he\s+[a-z][\w’'-]*(?:\s+(?!(?:is|are|was|were)\b)[a-z][\w’'-]*)?"
    r"|[Tt]hey|[Hh]e|[Ss]he)"
    r"\s+(?:(?:is|are|was|were|keeps?|kept|have\s+been|has\s+been)\s+)?"
    r"(?:saying|says|said|telling\s+(?:us|me|everyone)|tells?\s+(?:us|me)|told\s+(?:us|me)|claim(?:s|ed|ing)?"
    r"|insist(?:s|ed|ing)?|argu(?:e|es|ed|ing))"
    r"(?:\s+that)?\s*[,:]?\s*[\"“‘']?$"
)
_SELF = frozenset({"i", "we"})
_LOWER = frozenset({"The", "They", "He", "She"})  # written lower case mid-sentence


def relayed_source(claim: str, quote_text: str) -> str | None:
    """Who the speaker reports as saying the claim's words (a leading article or pronoun in
    lower case), when the quote puts them after "X are saying", "X told me", "X insists
    that" and the claim leaves that frame out; None
    when the claim holds the frame itself, or its words are not found in the quote.

    >>> q = "The unions are saying we will strike on Monday, but the talks go on"
    >>> relayed_source("we will strike on Monday", q)
    'the unions'
    >>> relayed_source("the unions are saying they will strike", q) is None
    True
    >>> relayed_source("the talks go on", q) is None
    True
    >>> relayed_source("we will strike", "I said we will strike") is None
    True
    """
    head = [fold(w) for w, _, _ in iter_words_with_spans(claim)][:CLAIM_HEAD]
    if len(head) < CLAIM_HEAD:
        return None
    quote = [(fold(w), start) for w, start, _ in iter_words_with_spans(quote_text)]
    words = [w for w, _ in quote]
    for i in range(len(words) - len(head) + 1):
        if words[i : i + len(head)] == head:
            m = _FRAME.search(quote_text[: quote[i][1]])
            if m is None or fold(m.group("source")) in _SELF:
                return None
            source = m.group("source")
            return source[0].lower() + source[1:] if source.split()[0] in _LOWER else source
    return None
