"""Names a reader spelt otherwise than the articles do, read as the articles write them. Pure.

Readers misspell names ("Citrinowitz" for "Citrinowicz", "Netanyahoo"), and readers of Russian
or Ukrainian type them in Cyrillic ("Нетаньяху"). The checks, the quote index and the lexical
search all read names by their letters, so such a question found no quotes by the person, or
was refused as naming someone the articles never mention. A word of the question is read as a
name the articles write when:

- it is in Cyrillic or Greek, and one of its Latin transliterations (the letters English news
  uses: "х" as "kh" or "h", "я" as "ya" or "ia", …; `text.LATIN_SPELLINGS`) is that name, or
  one slip away from it;
- it is written as a name (capitalised, or anywhere in a question typed all in lower case,
  then of seven letters or more), the articles never use it, it has at least five letters,
  and exactly one name of the
  articles is one slip away (two for words of eight letters or more; a slip is a letter left
  out, added, replaced, or two letters swapped), sharing its first letter. A word that is a
  name plus an ending ("Iranians" of "Iranian") is no misspelling.

Only names count: words the articles write capitalised inside a sentence and never in lower
case (`casing.Casing`). What was read so is reported beside the answer ("Read “Нетаньяху” as
Netanyahu"), so a wrong guess is visible. A word in another script that cannot be read so
(Hebrew, Arabic, Persian, CJK) is returned as unreadable: the reply says to write it as the
articles do.

>>> names = {"netanyahu": "Netanyahu", "citrinowicz": "Citrinowicz", "iranian": "Iranian"}
>>> spelling = Spelling.of(names, frozenset(names) | {"said", "what"})
>>> spelling.respell("What did Нетаньяху say?").question
'What did Netanyahu say?'
>>> fixed = spelling.respell("What did Danny Citrinowitz and the Iranians say?")
>>> fixed.question, fixed.read_as
('What did Danny Citrinowicz and the Iranians say?', (('Citrinowitz', 'Citrinowicz'),))
>>> spelling.respell("What did נתניהו say?").unreadable
('נתניהו',)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from ..text import LATIN_SPELLINGS, fold

_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s?$")
MIN_LETTERS = 5  # shorter words are too often another real word one slip away
LOWER_LETTERS = 7  # the least a word typed in lower case needs: a common word may be a slip too
TWO_SLIPS = 8  # words this long may be two slips away
_MAX_VARIANTS = 64
# endings that make a name's people, language or plural: no slip
_ENDINGS = frozenset("s es n an ans ian ians i is ese ite ites ist ists".split())


@dataclass(frozen=True)
class Respelled:
    """`question` with its names as the articles write them; `read_as` holds each (typed, read)
    pair; `unreadable` the words in a script that could not be read as a name of the articles."""

    question: str
    read_as: tuple[tuple[str, str], ...] = ()
    unreadable: tuple[str, ...] = ()


@dataclass(frozen=True)
class Spelling:
    """The names of one corpus, indexed for reading a reader's spelling of them; built once per
    index version (`engine.base.Loaded`), used for every question."""

    names: Mapping[str, str]  # lower-case name → the form the articles write (`Casing.proper`)
    known: Collection[str]  # every folded word the articles use (`Vocabulary.words`)
    by_initial: Mapping[str, tuple[str, ...]]

    @classmethod
    def of(cls, names: Mapping[str, str], known: Collection[str]) -> Spelling:
        by_initial: dict[str, list[str]] = {}
        for name in names:
            by_initial.setdefault(name[:1], []).append(name)
        return cls(names, known, {k: tuple(v) for k, v in by_initial.items()})

    def respell(
        self, question: str, *, name_only: bool = False, typed_lower: bool | None = None
    ) -> Respelled:
        """`question` with misspelt or Cyrillic names read as the articles write them. With
        `name_only` the text is a name, such as a speaker a claim names, whose first word is a
        name too. `typed_lower` says the reader typed the question all in lower case when its
        known names have had their capitals put back since (`casing.Casing.recase`): "did
        netanyhau and Trump …" was typed "did netanyhau and trump …"."""
        names, known, by_initial = self.names, self.known, self.by_initial
        if not names:
            return Respelled(question)
        lower_case = not any(c.isupper() for c in question) if typed_lower is None else typed_lower
        read_as: list[tuple[str, str]] = []
        unreadable: list[str] = []

        def fix(m: re.Match[str]) -> str:
            word = m.group(0)
            if _latin(word):
                # a question's first word is capitalised as its opening, not as a name
                opening = not name_only and not question[: m.start()].strip()
                if (
                    not (word[0].isupper() or lower_case)
                    or opening
                    or fold(word) in known
                    or word.lower() in names
                ):
                    return word
                if not word[0].isupper() and len(word) < LOWER_LETTERS:
                    return word  # in lower case only a long word: "stats" is no misspelt "States"
                found = _near(fold(word), by_initial, TWO_SLIPS)
            elif _transliterable(word):
                # one that reads as no name is left to the other checks ("the articles don't mention …")
                found = _transliterated(word.lower(), names, by_initial)
            else:
                if len(word) > 1:
                    unreadable.append(word)
                return word
            if found is None:
                return word
            read_as.append((word, names[found]))
            return names[found]

        fixed = _TOKEN.sub(fix, question)
        return Respelled(fixed, tuple(dict.fromkeys(read_as)), tuple(dict.fromkeys(unreadable)))


def _latin(word: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") for c in word)


def _transliterable(word: str) -> bool:
    return all(c.lower() in LATIN_SPELLINGS for c in word)


def _transliterated(
    word: str, names: Mapping[str, str], by_initial: Mapping[str, tuple[str, ...]]
) -> str | None:
    """The name one of `word`'s Latin spellings is, or is one slip from (longest first)."""
    variants = [""]
    for c in word:
        variants = [v + s for v in variants for s in LATIN_SPELLINGS[c]][:_MAX_VARIANTS]
    # a name's "-ия" is written "-ia" ("Колумбия", Colombia)
    variants += [v[:-3] + "ia" for v in variants if v.endswith(("iya", "iia"))]
    exact = [v for v in variants if v in names]
    if exact:
        return exact[0]
    found = {n for v in variants if len(v) >= MIN_LETTERS - 1 if (n := _near(v, by_initial, 0)) is not None}
    return found.pop() if len(found) == 1 else None


def _near(word: str, by_initial: Mapping[str, tuple[str, ...]], two_from: int) -> str | None:
    """The one name (of the same first letter) within a slip of `word` (two when `word` has
    `two_from` letters or more, if `two_from`), else None."""
    word = _POSSESSIVE.sub("", word)
    if len(word) < MIN_LETTERS - (0 if two_from else 1):
        return None
    most = 2 if two_from and len(word) >= two_from else 1
    near = [n for n in by_initial.get(word[:1], ()) if abs(len(n) - len(word)) <= most]
    if any(_inflected(word, n) for n in near):
        return None  # a name of the articles with an ending ("Iranians"): no misspelling
    found = [n for n in near if slips(word, n, most) <= most]
    return found[0] if len(found) == 1 else None


def _inflected(a: str, b: str) -> bool:
    """Whether one word is the other plus an ending ("iranians", "iranian"), or its plural in
    -men ("frenchman", "frenchmen")."""
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short) and long_[len(short) :] in _ENDINGS:
        return True
    return a[:-3] == b[:-3] and {a[-3:], b[-3:]} == {"man", "men"}


def slips(a: str, b: str, most: int) -> int:
    """Typing slips between `a` and `b` (letters left out, added, replaced, or two swapped),
    counted up to `most` + 1.

    >>> slips("citrinowitz", "citrinowicz", 2), slips("netanyahoo", "netanyahu", 2), slips("ab", "ba", 2)
    (1, 2, 1)
    """
    if abs(len(a) - len(b)) > most:
        return most + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        if min(row) > most:
            return most + 1
        prev2, prev = prev, row
    return min(prev[-1], most + 1)
