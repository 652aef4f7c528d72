""" "Which three sites …?": questions that ask for a number of things by name. Pure.

Such a question is answered by a sentence that names them ("… struck Fordow, Natanz and
Isfahan", "three sites: Fordow, Natanz and Isfahan"), not by one that only repeats the count
("… striking three Iranian nuclear sites"). When the best passage only repeats it and no close
passage names them, the reply says the articles don't name them, instead of citing a sentence
that sounds like an answer and is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "both": 2,
}  # fmt: skip
_ASKED = re.compile(
    r"\b(?:which|what)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})((?:\s+[\w’'-]+){1,5})",
    re.IGNORECASE,
)
_IRREGULAR = frozenset("people men women children police media".split())
# a capitalised name of one to four words ("Fordow", "New York", "Isfahan Nuclear Technology Center")
_NAME = r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'.-]*){0,3}"
_LIST = re.compile(rf"{_NAME}(?:\s*,\s*{_NAME})*,?\s+(?:and|or|&)\s+{_NAME}")
# "three sites: …", "three sites — …", "three sites (…)", "three sites, namely …"
_INTRODUCED = r"\s*(?::|—|–|-\s|\(|,?\s+(?:namely|including|such as|i\.e\.|specifically|which were|were)\b)"


# "which institutions were damaged?" of "several public institutions": an amount in words
_VAGUE = (
    r"several|some|many|various|numerous|a\s+number\s+of|a\s+few|a\s+series\s+of|dozens\s+of|"
    r"scores\s+of|hundreds\s+of"
)
_ANY_COUNT = "|".join(w for w in _COUNTS if w != "both")
# "which public institutions …": the words after "which", up to a verb or a preposition
_WHICH = re.compile(r"^\W*which\s+(.+)$", re.IGNORECASE)
_STOP = frozenset(
    "is are was were does do did has have had will would can could should may might must "
    "in of at on by from to for with over under after before during".split()
)
# nouns that ask for a kind, a time or a part, not for things by name
_NOT_THINGS = frozenset(
    "kinds types sorts ones ways times years days months weeks hours parts aspects".split()
)


@dataclass(frozen=True)
class Counted:
    """A "which N X" question: how many things it asks to have named, and the noun; a count
    of 0 stands for "which X" (plural), answered by no count ("three X", "several X")."""

    count: int
    noun: str

    def restated(self, sentence: str) -> bool:
        """Whether `sentence` gives the count of the noun ("three Iranian nuclear sites")."""
        return self._count_then_noun().search(sentence) is not None

    def named(self, sentence: str) -> bool:
        """Whether `sentence` names the things: a list of `count` capitalised names, or the
        count and noun followed by what introduces them (a colon, a dash, "including" …)."""
        for m in _LIST.finditer(sentence):
            items = re.split(r"\s*,\s*|\s+(?:and|or|&)\s+", m.group(0))
            if len([i for i in items if i.strip()]) >= max(self.count, 2):
                return True
        intro = re.compile(self._count_then_noun().pattern + _INTRODUCED, re.IGNORECASE)
        return intro.search(sentence) is not None

    def _count_then_noun(self) -> re.Pattern[str]:
        words = [w for w, n in _COUNTS.items() if n == self.count and w != "both"]
        # "which sites …?" of "three sites" or "several sites": a count, no names
        number = "|".join([str(self.count), *words]) if self.count else rf"{_VAGUE}|\d+|{_ANY_COUNT}"
        stem = re.escape(self.noun.rstrip("s")[:5])
        return re.compile(rf"\b(?:{number})\s+(?:[\w’'-]+\s+){{0,3}}?{stem}\w*", re.IGNORECASE)


def counted(question: str) -> Counted | None:
    """The count and noun of a "which N X" question, or None.

    >>> counted("Which three Iranian nuclear sites did the Americans strike?")
    Counted(count=3, noun='sites')
    >>> counted("Which two countries signed?")
    Counted(count=2, noun='countries')
    >>> counted("Which country signed?") is None
    True
    """
    m = _ASKED.search(question)
    if m is None:
        return _which_plural(question) or _names_of(question)
    number = m.group(1).lower()
    count = int(number) if number.isdigit() else _COUNTS[number]
    noun = first_plural(m.group(2))
    return Counted(count, noun) if noun is not None and count >= 2 else None


def _which_plural(question: str) -> Counted | None:
    """ "Which public institutions were damaged?": things asked for by name, with no count.

    >>> _which_plural("Which public institutions in the city were damaged?")
    Counted(count=0, noun='institutions')
    >>> _which_plural("Which company won?") is None, _which_plural("Which kinds of fish?") is None
    (True, True)
    >>> _which_plural("Which article allows mergers?") is None
    True
    """
    m = _WHICH.match(question)
    if m is None:
        return None
    words = re.findall(r"[\w’'-]+", m.group(1).lower())[:5]
    for word, after in zip(words, words[1:], strict=False):
        if word in _STOP or word in _NOT_THINGS:
            return None
        # a plural noun before a verb or a preposition; "which article allows …": a verb, and
        # the noun asked for was the one before it
        if word in _IRREGULAR or re.search(r"[^su]s$", word):
            return Counted(0, word) if after in _STOP or after.endswith("ed") else None
    return None


# "what are the names of his daughters?", "what were the names of the two pilots?"
_NAMES_OF = re.compile(
    r"\bnames\s+of\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|(?:[\w.-]+\s+){0,2}[\w.-]+['’]s?\s+)?"
    r"(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})?((?:\s*[\w’'-]+){1,3})",
)


def _names_of(question: str) -> Counted | None:
    """ "What are the names of Ruiz's daughters?": things asked for by name, counted or not.

    >>> _names_of("What are the names of Ana Ruiz's two daughters?")
    Counted(count=2, noun='daughters')
    >>> _names_of("what were the names of the pilots"), _names_of("What is the name of the ship?")
    (Counted(count=0, noun='pilots'), None)
    >>> _names_of("what are the names of ana ruiz's daughters")
    Counted(count=0, noun='daughters')
    >>> _names_of("How many names of Ruiz's daughters are known?") is None
    True
    """
    m = _NAMES_OF.search(question)
    if m is None or re.match(r"\W*how\s+many\b", question, re.IGNORECASE):
        return None  # "how many names of … are known?" asks a count
    number = (m.group(1) or "").lower()
    count = int(number) if number.isdigit() else _COUNTS.get(number, 0)
    noun = first_plural(m.group(2))
    return Counted(count, noun) if noun is not None and noun not in _NOT_THINGS else None


def first_plural(text: str) -> str | None:
    """The first plural noun of `text`, lower-cased: the noun a count counts ("three Iranian
    nuclear *sites*", "how many Iranian *civilians*").

    >>> first_plural("Iranian nuclear sites did the Americans strike")
    'sites'
    """
    return next((w for w in text.lower().split() if w in _IRREGULAR or re.search(r"[^s]s$", w)), None)
