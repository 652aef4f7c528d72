"""Whether a text names someone as the one who acts, and whether a paragraph tells what a
"what did X do?" question asks X did. Pure.

"What did the guild do?" is not answered by "… the arrest of two guild leaders": the guild is
named only inside a phrase about what was done to it (after "of", "against", "on" …), or as
whom an adviser serves ("an adviser to the guild"). `names_actor` is shared with the
attribution checks (`attribution/answers/about.py`: is a cited answer about the speaker asked after).
"""

from __future__ import annotations

import re

from ...text import fold

# prepositions whose phrase holds what something was done to or about ("the killing of …",
# "sanctions against …"); "by", "for", "to" and "from" may introduce the one who acts or speaks
# ("denounced by X", "for X to say", "according to X", "a letter from X")
_OBJECT_OF = frozenset("of against at into over about on with among between".split())
OBJECT_REACH = 4  # words back from a name within which such a preposition governs it
_CLAUSE_OPENERS = frozenset("as than that which who while when whereas because if".split())
# "an adviser to X", "a source close to X": the one who speaks serves X or knows X, and is not
# X; the phrase runs to the next punctuation ("an adviser to the union leader, Ana Ruiz, said")
_SERVED = re.compile(
    r"\b(?:advis[eo]rs?|aides?|assistants?|consultants?|counsell?ors?|confidants?|close)\s+to\s+"
    r"([^,.;:!?()\"“”]*)"
)


def actor_words(phrase: str) -> list[str]:
    """The words of a name or doer phrase that `names_actor` looks for: folded, longer than
    three letters (``the``, ``of`` and initials say nothing of who acts).

    >>> actor_words("the Iranian Guild of Dockers")
    ['iranian', 'guild', 'dockers']
    """
    return [w for w in re.findall(r"[a-z0-9]+", fold(phrase)) if len(w) > 3]


def names_actor(sentence: str, words: list[str]) -> bool:
    """`sentence` (folded) names one of `words` outside a phrase about what was done to it.

    >>> names_actor("so far, the guild has rejected the offer", ["guild"])
    True
    >>> names_actor("the strike followed the arrest of two guild leaders", ["guild"])
    False
    >>> names_actor("the plan was denounced by the guild", ["guild"])
    True
    >>> names_actor("a member of the guild's board said so", ["guild"])
    True
    >>> names_actor("the levy is unfair, according to an adviser to the guild, who said so", ["guild"])
    False
    >>> names_actor("she is less keen on the levy than the guild wishes", ["guild"])
    True
    """
    found = list(re.finditer(r"[a-z0-9]+", sentence))
    tokens = [m.group(0) for m in found]
    served = [m.span(1) for m in _SERVED.finditer(sentence)]
    return any(
        any(t.startswith(w[:5]) for w in words)
        and (
            not _OBJECT_OF & set(_governing(tokens, i))
            or sentence[found[i].end() : found[i].end() + 1] in ("'", "’")  # "a member of X's team"
        )
        and not any(a <= found[i].start() < b for a, b in served)
        for i, t in enumerate(tokens)
    )


def _governing(tokens: list[str], i: int) -> list[str]:
    """The words before `tokens[i]` that a preposition governing it may stand among: up to
    `OBJECT_REACH` back, stopping at a word that opens a new clause ("keen on the levy *than*
    the guild wishes": the guild is no object of "on")."""
    before = tokens[max(0, i - OBJECT_REACH) : i]
    for k in range(len(before) - 1, -1, -1):
        if before[k] in _CLAUSE_OPENERS:
            return before[k + 1 :]
    return before


# "what did X do?", "what has X done?": the doer, up to the verb "do"
_DEED = re.compile(
    r"^\s*what\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:do|done)\s*[?.!]?\s*$", re.IGNORECASE
)


def deed_untold(question: str, paragraph: str) -> bool:
    """Whether `question` asks what someone did ("what did X do?", nothing after it) and
    `paragraph` names them only as whom something was done to or about: "what did the guild
    do?" near "the strike followed the arrest of two guild leaders".

    >>> deed_untold("What did the guild do?", "The strike followed the arrest of two guild leaders.")
    True
    >>> deed_untold("What did the guild do?", "Then the guild called a strike.")
    False
    >>> deed_untold("What did the guild do to the mayor?", "The arrest of two guild leaders.")
    False
    """
    m = _DEED.match(question)
    if m is None:
        return False
    doer = actor_words(m.group(1))
    return bool(doer) and not names_actor(fold(paragraph), doer)
