"""The person a description stands for where no quote carries it: "what did the Israeli
prime minister say?" of an article that writes "Israeli Prime Minister Benjamin Netanyahu"
but quotes only his office. The article ties a description to a name when the words right
before the full name ("Harbour Minister Ilse Varga", "said port analyst Ed Roe") hold the
description (`described.described`). Pure.
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
    return found.pop() if len(found) == 1 else None
