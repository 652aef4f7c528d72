"""Two letters a reader typed in the wrong order in a common word, put back as the articles
write it. Pure.

"which hosptial was hit?" asks about the "hospital" an article names; read as typed, the
misspelt word matches nothing, and the question is answered by its other words alone (a
paragraph about another strike) or its kind check reads the wrong passage. The commonest slip
on a phone keyboard is two neighbouring letters swapped, and a long word with two letters
swapped is almost never another word: so a word of the question the articles never use, of
at least `MIN_LENGTH` letters, that is one such swap away from exactly one word they do use is
read as that word, unless its stem is one the articles use ("farmed" beside "farm" is a word
in another form, not a typo of "framed"). Other typos (a letter missing, doubled or replaced)
are left alone: those often make another real word ("form" / "from" is a swap too, hence the
length). Names are left to `spelling.py`, which reads them and says so beside the answer.

>>> words = frozenset({"hospital", "which", "was", "hit", "israel", "united", "untied"})
>>> unswap("which hosptial was hit in Isreal?", words, names=frozenset({"israel"}))
'which hospital was hit in Isreal?'
>>> unswap("which hospital was hit?", words), unswap("was it untied?", words)
('which hospital was hit?', 'was it untied?')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Set

from .lexical import terms

MIN_LENGTH = 6  # "trail" / "trial", "angle" / "angel": shorter words swap into other words

_WORD = re.compile(r"[^\W\d_]+")


def _swaps(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)} - {word}


def unswap(
    question: str,
    words: Set[str],
    known: Callable[[str], bool] = lambda term: False,
    names: Collection[str] = frozenset(),
) -> str:
    """`question` with each word the corpus never uses (`words`: its folded words) that is two
    neighbouring letters away from exactly one word it does use, not a name (`names`, folded),
    replaced by that word, its first letter's case kept, unless `known` (whether the corpus
    holds a `lexical.terms` stem) knows the word's stem; else `question` unchanged.

    >>> unswap("How much land is farmed?", frozenset({"framed", "farm"}), lambda t: t == "farm")
    'How much land is farmed?'
    """

    def fix(m: re.Match[str]) -> str:
        typed = m.group(0)
        low = typed.lower()
        if len(low) < MIN_LENGTH or low in words or any(known(t) for t in terms(low)):
            return typed
        near = [w for w in _swaps(low) if w in words]
        if len(near) != 1 or near[0] in names:
            return typed
        word = near[0]
        return word[0].upper() + word[1:] if typed[0].isupper() else word

    return _WORD.sub(fix, question)
