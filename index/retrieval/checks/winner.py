""" "Who won the war?": a question after the winner is answered only by a paragraph that tells
one. Pure.

A paragraph about the war that says how it began ("triggered by strikes on …") names sides
and places, and so passes for a "who" answer, yet says nothing of who won or lost: the
reply is then that the articles don't give the result. A paragraph that tells one uses a
word of winning or losing ("won", "defeated", "victory", "lost", "the title", "awarded"), or
of a fight that nobody won ("ended inconclusively", "both sides withdrew").

A close runner-up that tells the result leads instead (`leading._first_fit`). Measured on
squad-dev's 18 such questions: Hits@1 11 → 14 ("Von Miller was named Super Bowl MVP" over a
paragraph listing earlier MVPs), gold string 9 → 12, Hits@3 17 → 18, no abstention; refusing
without the runner-up made 3 abstentions and lost 2 at Hits@3.
"""

from __future__ import annotations

import re

from ...text import fold

# "who won …?", "which side / team / party lost …?", "who prevailed …?", and the idioms for
# winning: "who came out ahead / on top …?", "who emerged victorious?", "who got the upper hand?"
_WINNER_ASKED = re.compile(
    r"^\s*(?:who|which(?:\s+\w+){0,2}?)\s+(?:(?:has|had|ultimately|eventually|finally)\s+)?"
    r"(?:won|wins|lost|loses|prevailed|triumphed|"
    r"(?:came|comes|come)\s+out\s+(?:ahead|on\s+top|(?:the\s+)?(?:winners?|victor(?:ious|s)?|better))|"
    r"emerged\s+(?:as\s+)?(?:the\s+)?(?:winners?|victor(?:ious|s)?|on\s+top|ahead)|"
    r"(?:got|gained|had|has|held|won)\s+the\s+upper\s+hand)\b",
    re.IGNORECASE,
)
_TELLS_WINNER = re.compile(
    r"\b(?:won|win|wins|winning|winners?|victor\w*|defeat\w*|beat|beats|beaten|champions?\w*|"
    r"prevail\w*|triumph\w*|lost|lose|loses|losing|loser|losers|loss|surrender\w*|title|trophy|"
    r"conquer\w*|elected|landslide|upset|award\w*|prize|medal|named|crowned|honou?red|"
    r"inconclusive\w*|draw|stalemate|withdr\w*|retreat\w*|repuls\w*|routed|upper\s+hand|"
    r"came\s+out\s+(?:ahead|on\s+top))\b",
    re.IGNORECASE,
)


def asks_winner(question: str) -> bool:
    """Whether `question` asks who won or lost.

    >>> asks_winner("Who won the 1998 final?"), asks_winner("Which party lost the vote?")
    (True, True)
    >>> asks_winner("Who started the war?"), asks_winner("Who has won more titles?")
    (False, True)
    >>> asks_winner("Who came out ahead in the strike?"), asks_winner("Which side got the upper hand?")
    (True, True)
    >>> asks_winner("Who came out of the meeting first?"), asks_winner("Who came out against the plan?")
    (False, False)
    """
    return _WINNER_ASKED.match(question) is not None


# the capitalised words right after "won (the)": which contest is asked about ("won the Tarsby
# primary", "won Super Bowl 50"); all-capital letters are left out (articles spell them out)
_CONTEST = re.compile(
    r"\b(?:won|wins|lost|loses|prevailed\s+in|triumphed\s+in)\s+(?:the\s+)?((?:[A-Z][a-z][\w’'-]*\s*)+)"
)
_STEM = 4  # letters a name shares with its other forms ("Tarsby" / "Tarsby's", "Iran" / "Iranian")


def _contest_unnamed(question: str, paragraph: str) -> bool:
    """Whether a word that names the contest asked about is missing from `paragraph` (by its
    first `_STEM` letters): "who won the Tarsby primary?" near "Lee has won eight of the past
    nine contests" tells another result."""
    m = _CONTEST.search(question)
    text = fold(paragraph).lower()
    return m is not None and any(
        re.search(rf"\b{re.escape(fold(w).lower()[:_STEM])}", text) is None for w in m.group(1).split()
    )


def winner_untold(question: str, paragraph: str) -> bool:
    """Whether `question` asks who won and `paragraph` tells no result, or tells one but never
    names the contest the question names.

    >>> winner_untold("Who won the war?", "The war was triggered by a border raid.")
    True
    >>> winner_untold("Who won the war?", "The rebels defeated the army within a year.")
    False
    >>> winner_untold("Who started the war?", "The war was triggered by a border raid.")
    False
    >>> winner_untold("Who won the Tarsby primary?", "Lee has won eight of the past nine contests.")
    True
    >>> winner_untold("Who won the Tarsby primary?", "Lee won Tarsby's primary by ten points.")
    False
    """
    return asks_winner(question) and (
        _TELLS_WINNER.search(paragraph) is None or _contest_unnamed(question, paragraph)
    )
