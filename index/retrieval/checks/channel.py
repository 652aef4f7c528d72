""" "How did Ana Ruiz announce the result?": the means by which something was made known, asked
near a paragraph that tells of the same people and events and of no means. Pure.

"How did X announce / communicate / let people know …?" asks for a channel: "via social media",
"in a statement", "at a news conference", "on television", "in a letter to staff". A paragraph
about the same meeting or decision shares every word of the question but the channel, and wins
on them; a close runner-up that names a channel answers the question. Only the order changes:
when no runner-up names one, the best match leads as before (the channel may be told in a way
this does not read, "Ruiz posted the figures herself", and other checks judge the rest).
"""

from __future__ import annotations

import re

from ...types import Passage

# a runner-up leads from this share of the best score up (as `leading.VALUE_RATIO`)
CHANNEL_RATIO = 0.7
CHANNEL_LOOKAHEAD = 5

# "how did X …", "and how will they …", "how was it …": the manner asked, not "how many / long"
_HOW = re.compile(
    r"^\s*(?:and\s+|so\s+)?how\s+(?:did|does|do|will|would|has|have|had|was|were|is|are)\s+(.*)$", re.I
)
# the verbs of making something known
_TELLING = re.compile(
    r"\b(?:communicate[ds]?|announce[ds]?|let\b(?:\s+\S+){1,3}\s+know|inform(?:ed|s)?|tell|told|"
    r"conve(?:y|yed)|share|shared|reveal(?:ed|s)?|disclosed?|publici[sz]ed?|relay(?:ed|s)?|(?:make|made)\b(?:\s+\S+){0,4}\s+"
    r"(?:known|public)|break\s+the\s+news|get\s+the\s+word\s+out|spread\s+the\s+word)\b",
    re.I,
)
_MEDIUM = (
    r"(?:social[\s-]media|posts?|statements?|interviews?|(?:press|news)\s+(?:conference|briefing|release)s?|"
    r"briefings?|tweets?|videos?|letters?|speech(?:es)?|e-?mails?|(?:phone|video)\s+calls?|"
    r"radio|television|TV|podcasts?|blogs?|websites?|platforms?|broadcasts?|messages?|memos?|"
    r"newsletters?|communiqu[eé]s?)"
)
# "via social media", "in a brief statement", "at a news conference", "on state television";
# or a verb that is itself a channel ("posted", "tweeted", "told reporters")
_CHANNEL = re.compile(
    rf"\b(?:via|through|in|at|on|over)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w’'-]+\s+){{0,3}}?"
    rf"{_MEDIUM}\b|\b(?:posted|tweeted|told\s+(?:reporters|journalists|the\s+press))\b",
    re.I,
)


def asks_channel(question: str) -> bool:
    """Whether `question` asks by what means someone made something known.

    >>> asks_channel("How did Ana Ruiz announce her decision?")
    True
    >>> asks_channel("How did the mayor let residents know about the closure?")
    True
    >>> asks_channel("How did the council vote?"), asks_channel("How many people did she tell?")
    (False, False)
    >>> asks_channel("How did traders react to the announcement?")
    False
    """
    m = _HOW.match(question)
    return m is not None and _TELLING.search(m.group(1)) is not None


def names_channel(text: str) -> bool:
    """Whether `text` names a means by which something was made known.

    >>> names_channel("Ruiz announced the result in a short statement on Friday.")
    True
    >>> names_channel("“We will go on,” Ruiz wrote via social media after the vote.")
    True
    >>> names_channel("Ruiz and Lee met in Kell on Friday to discuss the budget.")
    False
    """
    return _CHANNEL.search(text) is not None


def channel_first(question: str, passages: tuple[Passage, ...]) -> tuple[Passage, ...]:
    """`passages` led by a close runner-up that names a channel (`names_channel`) when `question`
    asks for one (`asks_channel`) and the best passage names none; else `passages` unchanged."""
    if not passages or not asks_channel(question) or names_channel(passages[0].paragraph.text):
        return passages
    best = passages[0].score
    for i, p in enumerate(passages[1:CHANNEL_LOOKAHEAD], start=1):
        if p.score >= CHANNEL_RATIO * best and names_channel(p.paragraph.text):
            return (p, *passages[:i], *passages[i + 1 :])
    return passages
