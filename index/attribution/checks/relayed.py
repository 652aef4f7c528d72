"""Words a speaker relays rather than says: "The unions are saying we will strike" does not
have the speaker promise a strike; they report what the unions say. Pure.

A journalist checking "did the analyst say 'we will strike'?" needs to know the words are
in the quote but put in someone else's mouth.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...text import fold, iter_words_with_spans
from ...types import Quote

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


# the same frame anywhere in a quote, not only just before a claim's words
_FRAME_IN = re.compile(_FRAME.pattern.removesuffix("$"))
# a nationality in the plural and what its ending leaves of the country: Iranians → Iran,
# Syrians → Syria, Israelis → Israel, Americans → America, the Chinese → China
_PEOPLE_OF = (("ians", ""), ("ians", "ia"), ("ans", "a"), ("is", ""), ("ese", "a"))
_OWN = frozenset("i me my we us our they them their he him his she her it its".split())
SHARED = 0.5  # of the claim's content words, those the relayed stretch must hold
# where the reported words may end: a sentence's end, or a clause joined by ";" or ", but"
# (", and", ", while" …) whose subject is no pronoun carrying the reported voice on
_CLAUSE_END = re.compile(r"[.?!](?=\s|$)|;\s*(?P<a>\w+)|,\s+(?:but|and|while|yet|so|though)\s+(?P<b>\w+)")
_VOICE = frozenset("i we they he she our my their his her".split())


def relayed_from(asked: str, claim: str, quote_text: str) -> str | None:
    """The source, as the quote writes it, when a speaker reports `asked` as saying the
    claim's words ("The unions are saying we will strike" reports the unions, and a did-say
    asking whether the unions said they will strike is answered with that report, second-hand);
    None when no "X are saying", "X told me" in the quote names `asked` (by name, or a
    people by its country: "the Iranians" for "Iran"), or when the words after it hold less
    than half of the claim's.

    >>> q = "The unions are saying we will strike on Monday. The talks go on."
    >>> relayed_from("the unions", "they will strike on Monday", q)
    'the unions'
    >>> relayed_from("the owners", "they will strike on Monday", q) is None
    True
    >>> relayed_from("the unions", "the talks have ended", q) is None
    True
    >>> relayed_from("Syria", "they will not sign", "The Syrians told us they will not sign")
    'the Syrians'
    >>> relayed_from("Ann Lee", "she will not sign", "Lee told me she will not sign")
    'Lee'
    """
    for m in _FRAME_IN.finditer(quote_text):
        source = m.group("source")
        if not _names(source, asked):
            continue
        claimed = _content(claim)
        after = _content(_reported_stretch(quote_text[m.end() :]))
        if claimed and len(claimed & after) >= SHARED * len(claimed):
            return source[0].lower() + source[1:] if source.split()[0] in _LOWER else source
    return None


def second_hand(asked: str, quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes in which a speaker reports `asked` as saying something ("The farmers are
    telling us …"): what "what did the farmers say?" lists when the farmers are quoted by no
    one in person.

    >>> q = lambda t, s: Quote(t, s, None, "said", "a", "A", 1, 0, 1)
    >>> quotes = [q("The farmers tell us the road stays shut", "Ann Roe"), q("The road is open", "Bo Lee")]
    >>> [x.speaker for x in second_hand("the farmers", quotes)], second_hand("the police", quotes)
    (['Ann Roe'], [])
    """
    return [
        q
        for q in quotes
        if q.kind != "indirect"
        and any(
            _names(m.group("source"), asked) and _content(m.string[m.end() :])
            for m in _FRAME_IN.finditer(q.text)
        )
    ]


def second_hand_note(asked: str, reporters: Sequence[str | None]) -> str:
    """The note of an answer from `relayed_from` or `second_hand`: whose reports they are.

    >>> second_hand_note("the farmers", ["Ann Roe", None, "Ann Roe"])
    'no quote of the farmers in person, only second-hand, as Ann Roe and an unnamed source report it'
    """
    names = list(dict.fromkeys(r or "an unnamed source" for r in reporters))
    joined = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
    verb = "reports" if len(names) == 1 else "report"
    return f"no quote of {asked} in person, only second-hand, as {joined} {verb} it"


def _reported_stretch(text: str) -> str:
    """The words a frame introduces: up to the end of the sentence, or of the clause, when
    the next one has a subject of its own ("… on Friday, but the mayor has no plan"), not
    when it goes on in the reported voice ("we can talk, but we will not sign").

    >>> _reported_stretch("we will strike on Friday, but we will talk. The talks go on")
    'we will strike on Friday, but we will talk'
    >>> _reported_stretch("we will strike on Friday, but the mayor has no plan")
    'we will strike on Friday'
    """
    for m in _CLAUSE_END.finditer(text):
        subject = m.group("a") or m.group("b")
        if subject is None or fold(subject) not in _VOICE:
            return text[: m.start()]
    return text


def _names(source: str, asked: str) -> bool:
    """Whether `source` (who a quote reports) is `asked`: the same words but for "the", a
    surname of the name asked, or a people named by its country ("the Iranians", "Iran")."""
    s, a = (fold(x).removeprefix("the ").strip() for x in (source, asked))
    if not s or s in _SELF or s in ("they", "he", "she"):
        return False
    if s == a or (" " not in s and s == a.split()[-1]):  # "Lee told me" of "Ann Lee"
        return True
    return any(
        s.endswith(end) and len(s) > len(end) + 2 and s[: -len(end)] + rest == a for end, rest in _PEOPLE_OF
    )


def _content(text: str) -> set[str]:
    """The words of `text` that carry its content, cut to a stem of five letters."""
    folded = (fold(w) for w, _, _ in iter_words_with_spans(text))
    return {w[:5] for w in folded if len(w) > 3 and w not in _OWN}
