"""Questions the articles cannot answer by their form: a name the corpus never mentions, or a
question that is not in English.

A question that asks about "Vladimir Putin" when no article says "Putin" has no answer in
the corpus, however close some paragraph scores; saying so is more useful than citing the
nearest Trump quotation. Names are found by their form: runs of capitalised words (and
acronyms) that are not the question's opening word or a question word. A name counts as
mentioned when the corpus holds its last word (the surname), compared without case or
accents; a word that shares its first five letters with a word the corpus capitalises counts
too ("Canadian" / "Canada", not "Germany" / "germaphobe"), and so does one typo away from a
corpus word ("Ghandi" / "Gandhi"). An acronym counts as
mentioned when the corpus writes it, or spells it out: "IAEA" is mentioned by "International
Atomic Energy Agency", "OAPEC" by "Organization of Arab Petroleum Exporting Countries".
A year counts as mentioned when the corpus writes it (`years.py`).

>>> vocab = Vocabulary.of(["Israeli Prime Minister Benjamin Netanyahu met Donald Trump."])
>>> vocab.unmentioned("What did Vladimir Putin say about Netanyahu's visit?")
['Vladimir Putin']
>>> vocab.unmentioned("Did President Trump meet the Israeli prime minister?")
[]
>>> vocab.unmentioned("What did the IAEA say?")
['the IAEA']
>>> vocab.unmentioned("Why did the 2015 deal collapse?")
['2015']
>>> is_foreign("Что сказал Нетаньяху?"), is_foreign("What did Netanyahu say?")
(True, False)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from ..text import fold
from .years import years_asked, years_written

_TOKEN = re.compile(r"[^\W\d_][\w.’'-]*", re.UNICODE)
# Capitalised words that open or shape a question rather than name anything.
_NOT_NAMES = frozenset(
    """what who whom whose which when where why how is are was were do does did has have had can could will
    would should shall may might must according and but or so if the a an in on at of for to from by with
    about tell show give list i please ok okay also then now is it there this that these those any
    mr mrs ms dr prof sir president prime minister secretary general senator governor king queen
    chancellor spokesman spokeswoman spokesperson minister's jan feb mar apr jun jul aug sep sept oct nov
    dec mon tue wed thu fri sat sun""".split()
)
_TITLES = frozenset("mr mrs ms dr prof president prime minister secretary general senator governor".split())
PREFIX = 5


def _bare(token: str) -> str:
    token = re.sub(r"(?:['’]s|['’])$", "", token.strip(".’'-"))
    return fold(token)


@dataclass(frozen=True)
class Vocabulary:
    """The folded words of a corpus, and the five-letter prefixes of those it capitalises."""

    words: frozenset[str]
    prefixes: frozenset[str]
    # the initials of every run of capitalised words ("international atomic energy agency"
    # gives "iaea", "iae", "aea", …), for acronyms the corpus spells out
    initials: frozenset[str] = frozenset()
    # every year the corpus writes ("2024", and "2015" of "2015–16")
    years: frozenset[str] = frozenset()

    @classmethod
    def of(cls, texts: Iterable[str]) -> Vocabulary:
        found: set[str] = set()
        capitalised: set[str] = set()
        initials: set[str] = set()
        years: set[str] = set()
        for text in texts:
            years.update(years_written(text))
            for token in _TOKEN.findall(text):
                found.add(_bare(token))
                if token[0].isupper():
                    capitalised.add(_bare(token))
                if "-" in token:  # "air-defence" mentions "defence" too
                    found.update(_bare(part) for part in token.split("-"))
                if _acronym(token):  # "PPPs" mentions "PPP"
                    found.add(_acronym_letters(token))
            initials.update(_initials(text))
        found.discard("")
        # a name is known by its first letters only from a word written as a name: "Canada"
        # mentions "Canadian", but "germaphobe" does not mention "Germany"
        prefixes = frozenset(w[:PREFIX] for w in capitalised if len(w) >= PREFIX)
        return cls(frozenset(found), prefixes, frozenset(initials), frozenset(years))

    def knows_acronym(self, word: str) -> bool:
        """``IAEA`` is written in the corpus, or spelt out as a run of capitalised words."""
        letters = _acronym_letters(word)
        if letters in self.words or letters in self.initials or _bare(word) in self.words:
            return True
        if any(all(w in self.words for w in long.split()) for long in _SHORT_FOR.get(letters, ())):
            return True  # "TV" is written "television", "GOP" "Republican"
        # one typo away ("ARPNET" / "ARPANET", "TEFU" / "TFEU"); two letters swapped in a short one
        near = _edits(letters) if len(letters) >= 4 else _swaps(letters)
        return any(e in self.words or e in self.initials for e in near)

    def knows(self, word: str) -> bool:
        w = _bare(word)
        if w in self.words or (len(w) >= PREFIX + 1 and w[:PREFIX] in self.prefixes):
            return True
        # one typo away ("Ghandi", "Counil"): a misspelt name is still a name the corpus has
        return len(w) >= PREFIX and any(e in self.words for e in _edits(w))

    def unmentioned(self, question: str) -> list[str]:
        """The names in `question` that no article mentions (see the module docstring)."""
        if not self.words:
            return []
        missing = [y for y in years_asked(question) if y not in self.years]
        for acronym in acronyms_in(question):
            if not self.knows_acronym(acronym):
                missing.append(_with_article(acronym, question))
        for name in names_in(question):
            parts = [p for p in name.split() if _bare(p) not in _TITLES]
            if len(parts) == 1 and len(_bare(parts[0])) <= 3:
                continue  # "Sol", "Lev's": too short to tell from a typo or a nickname
            if parts and not self.knows(parts[-1]):
                missing.append(_with_article(" ".join(parts), question))
        return missing

    def unmentioned_topic(self, question: str) -> str | None:
        """A question that is only a topic ("sanctions?", "and oil prices?") none of whose
        words the corpus holds (by `knows`): that topic, else None. A search for it can only
        find a paragraph near in meaning, which does not mention it.

        >>> vocab = Vocabulary.of(["The council voted on the harbour plan."])
        >>> vocab.unmentioned_topic("Tolls?"), vocab.unmentioned_topic("and the harbour?")
        ('Tolls', None)
        >>> vocab.unmentioned_topic("What about the road tolls?"), vocab.unmentioned_topic("Who pays tolls?")
        ('road tolls', None)
        """
        text = re.sub(r"[\s?.!…]+$", "", " ".join(question.split()))
        text = _TOPIC_LEAD.sub("", text)
        words = text.split()
        if not self.words or not 1 <= len(words) <= _TOPIC_WORDS:
            return None
        if not all(_TOPIC_WORD.fullmatch(w) and _bare(w) not in _NOT_NAMES for w in words):
            return None
        return None if any(self.knows(w) for w in words) else text


# "what about …?", "and …?", "any news on …?": what leads a bare topic
_TOPIC_LEAD = re.compile(
    r"^(?:(?:and|so|but|ok|okay)\s+)?(?:(?:what|how)\s+about|any(?:thing)?(?:\s+news)?\s+(?:on|about)|more\s+on)?\s*(?:(?:the|a|an)\s+)?",
    re.IGNORECASE,
)
_TOPIC_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)
_TOPIC_WORDS = 3


def _with_article(name: str, question: str) -> str:
    """``the European Union`` when the question writes it so, for a reply that reads right.

    >>> _with_article("European Union", "What did the European Union say?")
    'the European Union'
    >>> _with_article("Vladimir Putin", "What did Vladimir Putin say?")
    'Vladimir Putin'
    >>> _with_article("EU", "What did the EU say?")
    'the EU'
    """
    return f"the {name}" if re.search(rf"\bthe\s+{re.escape(name)}\b", question, re.IGNORECASE) else name


# everyday abbreviations whose long form is no run of initials
_SHORT_FOR: dict[str, tuple[str, ...]] = {
    "tv": ("television", "televised"),
    "gop": ("republican", "republicans"),
    "ceo": ("chief executive",),
    "pr": ("public relations",),
    "vp": ("vice president",),
}


def _acronym(word: str) -> bool:
    """``IAEA``, ``U.N.``, ``MVPs``, ``MHC-antigen``: letters in capitals, maybe a plural s."""
    head = re.split(r"[-–]", word.replace(".", ""))[0]
    head = head[:-1] if head.endswith("s") else head
    return len(head) > 1 and head.isupper()


# lower-case words that may sit inside a spelt-out name ("Organization of Arab …")
_NAME_GLUE = frozenset({"of", "for", "and", "the", "on", "de", "&"})
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]*(?:[\s–-]+(?:(?:of|for|and|the|on|de|&)\s+)*[A-Z][\w’'-]*)+")
_MAX_ACRONYM = 8
_ROMAN = re.compile(r"[IVX]{1,4}")


def _initials(text: str) -> set[str]:
    """The initials of each contiguous part of each run of capitalised words in `text`."""
    out: set[str] = set()
    for run in _CAPITALISED_RUN.findall(text):
        words = [w for w in re.split(r"[\s–-]+", run) if w and w not in _NAME_GLUE]
        # "World War II" is "WWII": a Roman numeral keeps all its letters
        heads = [w.lower() if _ROMAN.fullmatch(w) else w[0].lower() for w in words]
        for i in range(len(heads)):
            for j in range(i + 2, min(len(heads), i + _MAX_ACRONYM) + 1):
                out.add("".join(heads[i:j]))
    return out


def _acronym_letters(word: str) -> str:
    """``U.N.`` → ``un``; ``MVPs`` → ``mvp``."""
    head = re.split(r"[-–]", word.replace(".", ""))[0]
    head = head[:-1] if head.endswith("s") and head[:-1].isupper() else head
    return fold(head)


def acronyms_in(question: str) -> list[str]:
    """The acronyms of two to eight letters in `question` ("IAEA", "U.N.", "MVPs").

    >>> acronyms_in("Did the IAEA or the U.N. comment, and what about the US?")
    ['IAEA', 'U.N.', 'US']
    """
    found = []
    for m in re.finditer(r"(?<![\w.])(?:[A-Z]\.){2,}|\b[A-Z]{2,8}s?\b", question):
        word = m.group(0)
        if _acronym(word) and 2 <= len(_acronym_letters(word)) <= _MAX_ACRONYM:
            found.append(word)
    return found


def _swaps(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}


def _edits(word: str) -> set[str]:
    """Every string one deletion, transposition, replacement or insertion away from `word`."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= _swaps(word)
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    return out


# lower-case particles inside a person's name ("Mohammed bin Salman", "Ludwig van Beethoven")
_PARTICLES = frozenset("bin bint ibn al el de da di del della van von der den du dos das ben abu ter".split())


def names_in(question: str) -> list[str]:
    """Runs of capitalised words or acronyms in `question`, past its first word; a lower-case
    particle between two capitalised words belongs to the name.

    >>> names_in("Who is Ali Shamkhani and what did the IAEA find in Natanz?")
    ['Ali Shamkhani', 'Natanz']
    >>> names_in("What did crown prince Khalid bin Saleh say to Anna van der Berg?")
    ['Khalid bin Saleh', 'Anna van der Berg']
    """
    tokens = list(_TOKEN.finditer(question))
    runs: list[list[str]] = []
    current: list[str] = []
    for i, m in enumerate(tokens):
        word = m.group(0)
        if current and word in _PARTICLES and _continues_name(tokens, i):
            current.append(word)
            continue
        starts = i == 0 or bool(re.search(r"[.!?:;]\s*$", question[: m.start()]))
        # acronyms are left out: articles often spell them out ("IAEA", "WWII")
        capital = word[0].isupper() and not _acronym(word) and len(_bare(word)) > 2
        if capital and not starts and _bare(word) not in _NOT_NAMES:
            gap = question[tokens[i - 1].end() : m.start()] if i else ""
            if current and gap.strip() not in ("", "-"):
                runs.append(current)
                current = []
            current.append(word.rstrip("."))
            if re.search(r"['’]s?$", word):  # "Putin's visit": the name ends here
                runs.append(current)
                current = []
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [re.sub(r"['’]s?$", "", " ".join(r)) for r in runs]


def _continues_name(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the particle at `i` is followed, past any more particles, by a capitalised word."""
    for m in tokens[i + 1 :]:
        if m.group(0) not in _PARTICLES:
            return m.group(0)[:1].isupper()
    return False


def is_foreign(question: str) -> bool:
    """True when most letters of `question` are outside the Latin script (Cyrillic, Hebrew,
    Arabic, Persian, CJK …): the English encoder cannot match such a question to English text."""
    letters = [c for c in question if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
    return latin < 0.5 * len(letters)
