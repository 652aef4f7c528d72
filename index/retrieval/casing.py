"""Names a reader typed in lower case, put back as the articles write them. Pure.

"how many people died in iran" names Iran, but the checks read names by their capitals: which
place a count is for (`checks/answer_type.same_place`), which words of a yes-or-no question
are names. A question written all in lower case has its words that the articles only ever
write capitalised inside a sentence ("Iran", "Netanyahu") given that capital back. A word the
articles also write in lower case ("house", "may"), one capitalised only where a sentence
opens ("However"), acronyms ("US" would turn "us" into a country) and titles (articles write
"Prime Minister Lee", a reader "the prime minister": a role, not a name) are left alone, and
so is any question with a capital of its own: its writer chose the case.

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

    @classmethod
    def of(cls, texts: Iterable[str]) -> Casing:
        capital: dict[str, str] = {}
        lower: set[str] = set()
        for text in texts:
            for m in _WORD.finditer(text):
                word = m.group(0)
                key = word.lower()
                if word == key:
                    lower.add(key)
                elif len(word) > 1 and word[1:] == word[1:].lower() and not _OPENS.search(text[: m.start()]):
                    capital.setdefault(key, word)
        return cls({k: v for k, v in capital.items() if k not in lower and k not in _TITLES})

    def recase(self, question: str) -> str:
        """`question` with its words the articles only write capitalised given their capital,
        when `question` has no capital letter of its own; else `question` unchanged."""
        if not self.proper or any(c.isupper() for c in question):
            return question
        return _WORD.sub(lambda m: self.proper.get(m.group(0), m.group(0)), question)
