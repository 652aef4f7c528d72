"""Names a reader typed in lower case, put back as the articles write them. Pure.

"how many people died in iran" names Iran, but the checks read names by their capitals: which
place a count is for (`checks/answer_type.same_place`), which words of a yes-or-no question
are names. A question written all in lower case has its words that the articles only ever
write capitalised inside a sentence ("Iran", "Netanyahu") given that capital back. A word the
articles also write in lower case ("house", "may"), one capitalised only where a sentence
opens ("However"), acronyms ("US" would turn "us" into a country) and titles (articles write
"Prime Minister Lee", a reader "the prime minister": a role, not a name) are left alone, and
so is any question with a capital of its own: its writer chose the case.

A question whose capitals carry no information, written all in capitals ("WHAT DID NETANYAHU
WANT?") or with every word capitalised ("What Did Netanyahu Want From The Meeting?"), is read
as if typed in lower case (`unshout`): else "DID" and "Want" would be taken for names the
articles never mention. Acronyms the articles write in capitals ("US", "IAEA") keep them.

>>> casing = Casing.of(["The war killed 30 in Israel, and a house was hit from Iran. However, …"])
>>> casing.recase("how many people died in israel?"), casing.recase("was the house in iran's north?")
('how many people died in Israel?', "was the house in Iran's north?")
>>> casing.recase("How many died in israel?"), casing.recase("however")
('How many died in israel?', 'however')
>>> Casing.of(["It met Prime Minister Lee."]).recase("what did the prime minister say")
'what did the prime minister say'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")
# what may stand right before a sentence's (or a quotation's) first word
_TITLES = frozenset(
    """president vice prime minister secretary general senator governor mayor king queen prince
    chancellor premier ambassador envoy chief spokesman spokeswoman spokesperson director
    foreign defence defense interior finance supreme leader mr mrs ms dr prof sir""".split()
)
_OPENS = re.compile(r"(?:^|[.!?:;“”\"(\[–—]|\s-)\s*$")


@dataclass(frozen=True)
class Casing:
    """Lower-case word → the form the articles write it in, for words written only capitalised."""

    proper: Mapping[str, str]
    # lower-case forms of the acronyms the articles write ("us" for "US"), never in lower case
    acronyms: frozenset[str] = frozenset()

    @classmethod
    def of(cls, texts: Iterable[str]) -> Casing:
        capital: dict[str, str] = {}
        lower: set[str] = set()
        upper: set[str] = set()
        for text in texts:
            for m in _WORD.finditer(text):
                word = m.group(0)
                key = word.lower()
                if word == key:
                    lower.add(key)
                elif len(word) > 1 and word.isupper():
                    upper.add(key)
                elif len(word) > 1 and word[1:] == word[1:].lower() and not _OPENS.search(text[: m.start()]):
                    capital.setdefault(key, word)
        proper = {k: v for k, v in capital.items() if k not in lower and k not in _TITLES}
        return cls(proper, frozenset(upper - lower))

    def unshout(self, question: str) -> str:
        """`question` in lower case when its capitals say nothing (see the module docstring),
        but for the acronyms the articles write in capitals; else `question` unchanged.

        >>> casing = Casing.of(["The US envoy met Netanyahu."])
        >>> casing.unshout("WHAT DID THE US ENVOY TELL NETANYAHU?")
        'what did the US envoy tell netanyahu?'
        >>> casing.unshout("What Did The Envoy Say About Netanyahu?")
        'what did the envoy say about netanyahu?'
        >>> casing.unshout("What did the US envoy say?"), casing.unshout("IAEA?")
        ('What did the US envoy say?', 'IAEA?')
        """
        if not _shouted(question):
            return question

        def lower(m: re.Match[str]) -> str:
            word = m.group(0).lower()
            return word.upper() if word in self.acronyms else word

        return _WORD.sub(lower, question)

    def recase(self, question: str) -> str:
        """`question` with its words the articles only write capitalised given their capital,
        when `question` has no capital letter of its own; else `question` unchanged."""
        if not self.proper or any(c.isupper() for c in question):
            return question
        return _WORD.sub(lambda m: self.proper.get(m.group(0), m.group(0)), question)


# words a writer capitalises in a headline but not in a sentence: one of them capitalised
# after the first word marks a question in title case
_SMALL = frozenset(
    """a an the of to in on at for from by with about and or but is are was were be been do does did
    has have had will would can could should may might what who whom which when where why how""".split()
)


def _shouted(question: str) -> bool:
    """All in capitals with two words or more, or every word capitalised with a small word
    among them after the first ("What Did Iran Say About The Talks?")."""
    words = _WORD.findall(question)
    if len(words) < 2:
        return False
    if not any(c.islower() for c in question) and sum(len(w) > 1 for w in words) >= 2:
        return True
    small = any(w.lower() in _SMALL for w in words[1:])
    return len(words) >= 3 and small and all(w[0].isupper() for w in words)
