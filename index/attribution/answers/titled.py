"""The person a description stands for where no quote carries it: "what did the Israeli
prime minister say?" of an article that writes "Israeli Prime Minister Benjamin Netanyahu"
but quotes only his office. The article ties a description to a name when the words right
before the full name ("Harbour Minister Ilse Varga", "said port analyst Ed Roe") or an
apposition right after it ("Ed Roe, the port analyst, said") hold the description
(`described.described`). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..speakers.described import FILLER, described

# words before a name that end the phrase describing them: it describes no further back
_STOP = frozenset(
    """to on about with without into over under than as and or but nor whose whom who which that
    is was are were be been has had have said says told""".split()
) | (FILLER - {"of", "based"})
_REACH = 5  # words before the name that may describe them
_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")
_NAME_WORD = re.compile(r"[A-Z][a-z’'-]+")


def _before(text: str, at: int) -> str:
    """The words right before position `at` of `text` that may describe whoever is named
    there, back to a punctuation mark or a function word."""
    out: list[str] = []
    for token in reversed(text[:at].split()[-_REACH:]):
        if not re.fullmatch(r"[\w’'.-]+", token) or token.lower() in _STOP:
            break
        out.append(token)
    return " ".join(reversed(out))


_APPOSITION = re.compile(r",\s+((?:the|a|an)\s[^,;:.()“”\"]{3,80}?),")


def _apposition(text: str, at: int) -> str | None:
    """The description set off by commas right after position `at` ("Ed Roe, the port
    analyst, said" → "the port analyst"), or None."""
    m = _APPOSITION.match(text, at)
    return m.group(1) if m else None


def titled_name(description: str, texts: Iterable[str]) -> str | None:
    """The one full name (two or three capitalised words) that `texts` write right after
    words fitting `description`, or None when none or more than one does.

    >>> texts = ["Talks resumed, said Harbour Minister Ilse Varga on Friday.",
    ...          "Ilse Varga and port analyst Ed Roe met."]
    >>> titled_name("the harbour minister", texts), titled_name("the port analyst", texts)
    ('Ilse Varga', 'Ed Roe')
    >>> titled_name("the finance minister", texts) is None
    True
    >>> titled_name("the minister", [*texts, "Finance Minister Jo Lund spoke."]) is None
    True

    A description set off by commas after the name ties it too:

    >>> titled_name("the port analyst", ["Ed Roe, the port analyst, recalled the strike."])
    'Ed Roe'
    """
    found: set[str] = set()
    for text in texts:
        for m in _RUN.finditer(text):
            words = m.group(0).split()
            for n in (2, 3):  # the name is the run's last two or three words, its title the rest
                name = words[-n:]
                if len(words) < n or not all(_NAME_WORD.fullmatch(w) for w in name):
                    continue
                title = f"{_before(text, m.start())} {' '.join(words[:-n])}".strip()
                if title and described(description, [title], False):
                    found.add(" ".join(name))
                    break
                after = _apposition(text, m.end()) if n == len(words) else None
                if after and described(description, [after], False):
                    found.add(" ".join(name))  # "Ed Roe, the port analyst, said"
                    break
    return found.pop() if len(found) == 1 else None


_OWNED = re.compile(r"^(.+?)(['’])s\s+(\S.*)$")  # "the prime minister's office": whose, and what


def titled_speaker(speaker: str, texts: Iterable[str]) -> str | None:
    """`speaker` as the articles name whoever it describes (`titled_name`): by surname, as an
    article calls them after the first mention, or their office by the surname ("the prime
    minister's office" → "Varga's office"); None when no one fits.

    >>> texts = ["Talks resumed, said Harbour Minister Ilse Varga on Friday."]
    >>> titled_speaker("the harbour minister", texts), titled_speaker("the harbour minister's office", texts)
    ('Varga', "Varga's office")
    >>> titled_speaker("Varga's office", texts) is None, titled_speaker("the Harbour Minister", texts)
    (True, 'Varga')
    """
    texts = list(texts)
    owned = _OWNED.match(speaker)
    if owned is not None:
        named = titled_name(_as_description(owned.group(1)), texts)
        return None if named is None else f"{named.split()[-1]}{owned.group(2)}s {owned.group(3)}"
    named = titled_name(_as_description(speaker), texts)
    return None if named is None else named.split()[-1]


def _as_description(phrase: str) -> str:
    """A phrase opening with "the", "a" or "an" in lower case: "the Prime Minister" describes
    someone, as "the prime minister" does, whatever its capitals (a name takes no article)."""
    return (
        phrase.lower() if phrase.split()[:1] and phrase.split()[0].lower() in ("the", "a", "an") else phrase
    )
