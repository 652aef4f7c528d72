"""Questions about whether the sources disagree: on anything ("where do the sources
disagree?", `asks_for_disagreements`: answered with every conflict `disagree.py` finds), or
on one thing ("do the sources disagree about the war?", "is there any contradiction between
the reports on the death toll?"). A question that names a topic is answered from the same
corpus-wide conflicts, kept to those about the topic: the claim of a disagreement ("Date of
the 12-day war") shares a word with the topic, and a topic that asks for a kind of value
("when …", "how many …") keeps disagreements of that kind only. With none about the topic
the question is an ordinary one (the engine answers it by retrieval).

>>> disagreement_topic("Do the sources disagree about the war?")
'the war'
>>> disagreement_topic("Where do the sources disagree?") is None
True
>>> on_topic(Disagreement("Date of the 12-day war", ()), "when the war began")
True
>>> on_topic(Disagreement("Date of the 12-day war", ()), "how many people died")
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...text import fold
from ...types import Disagreement

_ASKS = (
    ("date", re.compile(r"\b(when|what (year|month|date|day)|which (year|month))\b", re.I)),
    ("count", re.compile(r"\bhow (many|much)\b|\bwhat number\b", re.I)),
    ("place", re.compile(r"\bwhere\b", re.I)),
)


# "where do the sources disagree?", "do the articles contradict each other?", "any
# discrepancies between the reports?": a question about the corpus, not about one fact. A
# question naming a fact ("do the articles agree on the date of the war?") is an ordinary one
SOURCES = r"(?:sources|articles|reports|stories|outlets|accounts|papers|pieces)"
_GENERIC_TAIL = frozenset(
    "on about with in at all anything everything something any each other one another facts fact points "
    "point details detail way ways where what much anywhere somewhere here".split()
)
_DIFFER_VERB = re.compile(
    rf"\b{SOURCES}\b(?:\s+\w+){{0,2}}?\s+(?:disagree|differ|contradict|conflict|diverge|agree)(?:s|ed)?\b(.*)$",
    re.IGNORECASE,
)
_DIFFER_NOUN = re.compile(
    r"^(?:(?:are|is)\s+there\s+(?:a\s+)?|(?:show|list|give)\s+(?:me\s+)?|what\s+(?:are|is)\s+)?(?:any\s+|the\s+)?"
    r"(?:disagreements?|contradictions?|discrepanc(?:y|ies)|inconsistenc(?:y|ies)|conflicting\s+(?:facts|claims|"
    rf"figures|dates))(?:\s+(?:between|among|across|in)\s+(?:the\s+)?(?:two\s+)?{SOURCES})?$",
    re.IGNORECASE,
)


def asks_for_disagreements(question: str) -> bool:
    """Whether `question` asks where the articles disagree at all.

    >>> asks_for_disagreements("Where do the sources disagree?")
    True
    >>> asks_for_disagreements("Any contradictions between the articles?")
    True
    >>> asks_for_disagreements("Do the two reports contradict each other anywhere?")
    True
    >>> asks_for_disagreements("Why do Iran and the US disagree about missiles?")
    False
    """
    q = " ".join(question.strip().rstrip("?!. ").split())
    if _DIFFER_NOUN.match(q):
        return True
    m = _DIFFER_VERB.search(q)
    return m is not None and all(w.lower() in _GENERIC_TAIL for w in re.findall(r"\w+", m.group(1)))


def asked_kind(question: str) -> str | None:
    """``date``, ``count`` or ``place`` when the question asks for one (None otherwise)."""
    return next((kind for kind, pattern in _ASKS if pattern.search(question)), None)


# "do the sources disagree about X?", "do the two reports agree on X?", "are the articles
# consistent on X?"
_VERB = re.compile(
    rf"\b{SOURCES}\b(?:\s+\w+){{0,2}}?\s+(?:disagree|differ|contradict|conflict|diverge|agree|"
    r"(?:are|were)\s+(?:consistent|inconsistent|at\s+odds))(?:s|ed)?\s+"
    r"(?:(?:with\s+)?(?:each\s+other|one\s+another)\s+)?(?:about|on|over|regarding|as\s+to|in|concerning)\s+(.+)$",
    re.IGNORECASE,
)
# "is there any disagreement (between the articles) about X?", "any contradictions on X?"
_NOUN = re.compile(
    r"^(?:(?:are|is)\s+there\s+|(?:do|does)\s+\w+\s+\w+\s+(?:have|show)\s+)?(?:a\s+|any\s+|the\s+)?"
    r"(?:disagreements?|contradictions?|discrepanc(?:y|ies)|inconsistenc(?:y|ies)|conflicting\s+\w+)"
    rf"(?:\s+(?:between|among|across|in)\s+(?:the\s+)?(?:two\s+)?{SOURCES})?"
    r"\s+(?:about|on|over|regarding|as\s+to|concerning)\s+(.+)$",
    re.IGNORECASE,
)
# "do the two articles give different death tolls for the war?", "do the reports cite
# conflicting figures on X?": values that differ, named with the thing they are of
_DIFFERENT = re.compile(
    rf"\b{SOURCES}\b(?:\s+\w+){{0,2}}?\s+(?:give|report|have|cite|state|quote|use|offer|mention)\s+"
    r"(?:different|differing|conflicting|contradictory|inconsistent)\s+(.+)$",
    re.IGNORECASE,
)
# words that name only the kind of value asked for, or the asking itself
_KIND_WORDS = frozenset(
    """date dates day month year time timing when number numbers figure figures count toll tolls
    many much place places location where""".split()
)
_STOP = frozenset(
    """a an the and or of to in on at for from by with as is are was were be been it its this that
    these those there their they he she his her what which who how did do does took take taken happen
    happened happens about over said say says""".split()
)


def disagreement_topic(question: str) -> str | None:
    """What a "do the sources disagree about X?" question names as X (None for other questions,
    and for the corpus-wide form, which names nothing).

    >>> disagreement_topic("Is there any disagreement between the articles about the 12-day war?")
    'the 12-day war'
    >>> disagreement_topic("Do the reports agree on when the bridge reopens?")
    'when the bridge reopens'
    >>> disagreement_topic("Do the two reports give different figures for the flood damage?")
    'figures for the flood damage'
    >>> disagreement_topic("Why do Iran and the US disagree about missiles?") is None
    True
    """
    q = " ".join(question.strip().rstrip("?!. ").split())
    m = _NOUN.match(q) or _VERB.search(q) or _DIFFERENT.search(q)
    if m is None:
        return None
    topic = m.group(1).strip()
    return topic if _content(topic) or asked_kind(topic) else None


def _content(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9][a-z0-9-]*", fold(text))
    return {_stem(w) for w in words if w not in _STOP and w not in _KIND_WORDS}


def _stem(word: str) -> str:
    w = word[:-3] + "y" if word.endswith("ies") and len(word) > 4 else word
    w = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    return w[:6]


_CLAIM_KIND = (("date", "Date of"), ("count", "Number of"), ("place", "Place of"))


def on_topic(disagreement: Disagreement, topic: str, sentences: Sequence[str] = ()) -> bool:
    """Whether `disagreement` is about `topic`: of the kind of value the topic asks for, if it
    asks for one, and sharing a content word with its claim or with every one of `sentences`
    (the sentences that state the sides' values); any disagreement of that kind when the topic
    names nothing but the kind ("the dates").

    >>> d = Disagreement("Date of the begin", ())
    >>> said = ["Work is due to begin in March.", "Construction will begin in May."]
    >>> on_topic(d, "when work begins", said), on_topic(d, "the construction budget", said)
    (True, False)
    """
    kind = next((k for k, prefix in _CLAIM_KIND if disagreement.claim.startswith(prefix)), None)
    wanted = asked_kind(topic) or _kind_named(topic)
    if wanted is not None and kind != wanted:
        return False
    words = _content(topic)
    if not words:
        return wanted is not None
    if words & _content(disagreement.claim):
        return True
    return bool(sentences) and all(words & _content(s) for s in sentences)


def _kind_named(topic: str) -> str | None:
    """``date`` / ``count`` / ``place`` when the topic names the kind ("the date of …",
    "the death toll", "the location")."""
    # a hyphenated compound is one word: "the 12-day war" names no day
    topic = re.sub(r"\bt(?:ake|akes|ook|aken|aking)\s+place\b", "", fold(topic))
    words = set(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", topic))
    if words & {"date", "dates", "day", "month", "year", "timing"}:
        return "date"
    if words & {"number", "numbers", "figure", "figures", "toll", "tolls", "count"}:
        return "count"
    if words & {"place", "places", "location"}:
        return "place"
    return None
