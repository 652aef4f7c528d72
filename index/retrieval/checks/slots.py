"""Whether the cited text fills the slot a question asks to have filled. Pure.

A near paragraph shares a question's words and leaves empty what it asks for. Three forms of
question say plainly what must be there, whatever the words:

- "Who else attended …?" asks for someone beyond those a reader already knows: a sentence
  that names no one (its capitalised words are the question's own, places after "in" or
  "at", days and months) does not answer.
- "Who carried out the assassinations?" asks for whoever did an act. A sentence that holds
  the act only as background ("in response to the assassinations of …"), with no one doing
  it ("… by X") and the question's verb nowhere, does not say who did it.
- "Where did X stay (go, move, flee …)?" asks for a place someone went to or stayed in: a
  paragraph must name a place that is not the question's own, nor where someone described
  in passing works (", an associate professor at …"), or use the asked verb with a place
  after it ("hiding in a river crevice").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lexical import terms
from .value_stated import states
from .which_one import asks_place_within, name_not_given, only_in_passing

Stem = Callable[[str], str]

_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)
_PLACE_PREPOSITION = r"(?:in|at|near|outside|inside|across|to|from|into|towards?|along|through)"


def _capitalised(text: str) -> set[str]:
    return {_bare(w) for w in re.findall(r"[A-Z][\w’'-]*", text)}


def _bare(word: str) -> str:
    return re.sub(r"(?:['’]s|[.’'])$", "", word).lower()


# --- "who else …?" ---------------------------------------------------------------------


def asks_someone_else(question: str) -> bool:
    """Whether `question` asks for someone beyond those already known ("who else …?").

    >>> asks_someone_else("Who else was at the dinner?"), asks_someone_else("Who was at the dinner?")
    (True, False)
    """
    return re.search(r"\bwho\s+else\b", question, re.IGNORECASE) is not None


def names_someone(sentence: str, question: str) -> bool:
    """Whether `sentence` names anyone or anything the question does not: a capitalised word
    past its first that is not the question's, not a day or a month, and not in a place
    after "in", "at", "to" … ("at the White House", "in the Middle East").

    >>> q = "Who else attended the harbour dinner?"
    >>> names_someone("The mayor hosted the dinner, and Ilse Varga attended too.", q)
    True
    >>> names_someone("The dinner was held at the Grand Hotel on Friday in the Old Town.", q)
    False
    >>> names_someone("In Brava, the dinner ran late.", q)
    False
    """
    asked = _capitalised(question)
    tokens = re.findall(r"[\w’'.-]+", sentence)
    for i, token in enumerate(tokens):
        word = _bare(token)
        if i == 0 or not token[:1].isupper() or word in asked or word in _CALENDAR or word == "i":
            continue
        j = i - 1  # back over the rest of the name and its article, to what stands before it
        # ("In Israel, …": a capitalised preposition opening the sentence is no part of the name)
        while j >= 0 and (
            tokens[j][:1].isupper()
            and not re.fullmatch(_PLACE_PREPOSITION, tokens[j].lower())
            or tokens[j].lower() == "the"
        ):
            j -= 1
        if j < 0 or not re.fullmatch(_PLACE_PREPOSITION, tokens[j].lower()):
            return True
    return False


# --- "who carried out the X?" ----------------------------------------------------------

_AUXILIARY = frozenset(
    "is was are were has had have did does do will would can could should may might".split()
)
# "who carried out the school closures of …?": the verb, then the act up to a preposition or
# the end; the act's last word is its head ("closures")
_WHO_DID = re.compile(
    r"^\s*who\s+([a-z]+)\s+(?:(?:out|up|off|down|over)\s+)?(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s+(?:of|in|on|at|for|to|from|with|by|about|into|over|"
    r"between|among|during|after|before)\b|\s*[?.!,]|\s*$)",
    re.IGNORECASE,
)


# "who acted as mediator at the wage talks?": the role stands for the verb ("mediated")
_WHO_AS = re.compile(
    r"^\s*who\s+(?:acted|served|worked|stood\s+in|was|were)\s+as\s+(?:(?:the|a|an)\s+)?([a-z]+)"
    r"\s+(?:at|in|on|for|during|between)\s+(?:(?:the|a|an)\s+)?((?:[\w’'-]+\s+){0,2}?[a-z][\w-]*)"
    r"(?=\s+(?:of|in|on|at|for|to|from|with|between|during)\b|\s*[?.!,]|\s*$)",
    re.IGNORECASE,
)


def _who_did(question: str) -> tuple[str, str] | None:
    """The verb (or the role that stands for it) and the head of the act a "who did X?"
    question asks about.

    >>> _who_did("Who carried out the school closures in Brava?"), _who_did("Who is the mayor?")
    (('carried', 'closures'), None)
    >>> _who_did("Who acted as mediator at the Kestin wage talks?")
    ('mediator', 'talks')
    """
    role = _WHO_AS.match(question)
    if role is not None:
        return role.group(1).lower(), role.group(2).split()[-1].lower()
    m = _WHO_DID.match(question)
    if m is None or m.group(1).lower() in _AUXILIARY:
        return None
    return m.group(1).lower(), m.group(2).split()[-1].lower()


# an act named after one of these is background to the sentence, not something it says anyone did
_BACKGROUND = re.compile(
    r"\b(?:after|following|before|since|amid|despite|in response to|in retaliation for|in the wake of)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}$"
)
_AGENT_REACH = 60  # characters after the act within which "by X" would name who did it


def act_in_background(question: str, sentence: str, stem: Stem) -> bool:
    """Whether `sentence` holds the act a "who did X?" question asks about only as background,
    with no one doing it: the question's verb appears nowhere, and every mention of the act
    follows "after", "in response to" … with no "by" after it.

    >>> q, stem = "Who ordered the closures of the Brava schools?", lambda w: w[:5]
    >>> act_in_background(q, "Parents marched in response to the closures of two schools.", stem)
    True
    >>> act_in_background(q, "Parents marched after the closures by the council.", stem)
    False
    >>> act_in_background(q, "The council ordered the closures in May.", stem)
    False
    >>> act_in_background("Who is the mayor?", "After the mayor spoke, they left.", stem)
    False
    """
    asked = _who_did(question)
    if asked is None:
        return False
    low = sentence.lower()
    words = re.findall(r"[a-z]+", low)
    if stem(asked[0]) in {stem(w) for w in words}:
        return False
    act = stem(asked[1])
    mentions = [w for w in re.finditer(r"[a-z][\w-]*", low) if stem(w.group(0)) == act]
    return bool(mentions) and all(
        _BACKGROUND.search(low[: w.start()]) is not None
        and re.search(r"\bby\b", low[w.end() : w.end() + _AGENT_REACH]) is None
        for w in mentions
    )


# --- "who mediated the talks?" ----------------------------------------------------------

# verbs that only say someone took part in an act ("held talks", "took a vote"): their subject
# is a party to it, not who mediated, hosted or chaired it; a question with one of these, or
# with a verb of taking part, asks for the parties, which such a sentence gives
_LIGHT = (
    r"(?:held|hold|holds|holding|had|have|has|having|took|take|takes|taking|made|make|makes|making|"
    r"gave|give|gives|giving|got|get|gets|did|do|does)"
)
_TAKING_PART = re.compile(
    r"^(?:attend|join|particip|conduct|engag|negoti|meet|met|enter|hold|held|take|took)"
)
_LIGHT_BEFORE = re.compile(rf"\b{_LIGHT}\s+(?:[a-z-]+\s+){{0,2}}$")


def parties_only(question: str, sentence: str, stem: Stem) -> bool:
    """Whether `sentence` holds the act a "who VERBed the X?" question asks about only after a
    verb of taking part ("held talks"), and the question's verb nowhere: it names the parties,
    not who did what was asked (mediated, hosted, chaired …).

    >>> q, stem = "Who mediated the wage talks?", lambda w: w[:5]
    >>> parties_only(q, "The union and the port held talks in Kestin.", stem)
    True
    >>> parties_only(q, "The mayor mediated between the union and the port.", stem)
    False
    >>> parties_only("Who attended the wage talks?", "The union and the port held talks.", stem)
    False
    >>> parties_only(q, "The wage talks were chaired by the mayor.", stem)
    False
    >>> parties_only("Who hosted the wage talks?", "The union and the port held talks in Kestin.", stem)
    False
    """
    asked = _who_did(question)
    if asked is None or _TAKING_PART.match(asked[0]):
        return False
    verb, act = asked
    low = sentence.lower()
    if stem(verb) in {stem(w) for w in re.findall(r"[a-z]+", low)}:
        return False
    mentions = [w for w in re.finditer(r"[a-z][\w-]*", low) if stem(w.group(0)) == stem(act)]
    if stem(verb) == stem("hosted") and any(_HELD_IN.match(sentence[w.end() :]) for w in mentions):
        return False  # "held talks in Kestin": the place they were held in is their host
    return bool(mentions) and all(_LIGHT_BEFORE.search(low[: w.start()]) is not None for w in mentions)


_HELD_IN = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")


# --- "where did X stay?" ---------------------------------------------------------------

# verbs whose complement is a place someone goes to or stays in; "going to be" is a future
_MOTION = re.compile(
    r"^\s*where\s+(?:[\w’'-]+\s+){1,5}?(go|goes|went|gone|going|travel\w*|head\w*|fly|flew|flies|flown|"
    r"move[sd]?|moving|stay\w*|live[sd]?|living|flee|fled|settle[sd]?|relocate[sd]?|return\w*|"
    r"retreat\w*|migrate[sd]?|escape[sd]?|reside[sd]?|lodge[sd]?|sleep|slept|hide|hid|hidden)\b"
    r"(?!\s+to\s+be\b)",
    re.IGNORECASE,
)
_AFTER_VERB = re.compile(
    r"([a-z]+)\s+(?:in|at|to|into|near|inside|towards?|along|across|through|from|under|behind)\b"
)
# ", an associate professor at …": where someone described in passing works
_APPOSITION = re.compile(r",\s+an?\s+[^,.;]*")
_NAMED_PLACE = re.compile(r"\b(?:in|at|near|outside|inside|across|to|from|into)\s+(?:the\s+)?([A-Z][\w’'-]+)")
_DIRECTION = re.compile(r"\b(?:to|towards?|into|onto|along|across|through)\s+the\s+[a-z]")


def moved(question: str) -> str | None:
    """The verb of a "where did X go / stay …?" question, or None.

    >>> moved("Where did the delegation stay in Brava?"), moved("Where did they meet?")
    ('stay', None)
    >>> moved("Where was the mayor going to be on Friday?") is None
    True
    """
    m = _MOTION.match(question)
    return m.group(1).lower() if m else None


def places_it(paragraph: str, question: str, verb: str, stem: Stem) -> bool:
    """Whether `paragraph` can say where someone went or stayed (see the module docstring).

    >>> q, stem = "Where did the mayor stay in Brava?", lambda w: w[:4]
    >>> places_it("The mayor met the council in Brava on Friday.", q, "stay", stem)
    False
    >>> places_it("The mayor stayed at the Grand Hotel.", q, "stay", stem)
    True
    >>> places_it("Brava's mayor, said Ilse Varga, a lecturer at Tarsby College in Brava.", q, "stay", stem)
    False
    >>> places_it("In Brava the mayor was staying in a guest house.", q, "stay", stem)
    True
    """
    asked = _capitalised(question)
    if any(stem(m.group(1)) == stem(verb) for m in _AFTER_VERB.finditer(paragraph.lower())):
        return True
    text = _APPOSITION.sub(",", paragraph)
    named = (_bare(m.group(1)) for m in _NAMED_PLACE.finditer(text))
    return any(p not in asked and p not in _CALENDAR for p in named) or _DIRECTION.search(text) is not None


def _stem(word: str) -> str:
    return next(iter(terms(word)), word)


_PLACE_OF = re.compile(r"\b(?:in|at|near|outside|inside|to|from|into|of)\s+(?:the\s+)?([A-Z][\w’'-]+)")


def _names_other_place(paragraph: str, question: str) -> bool:
    """Whether `paragraph` names a place ("in Muscat", "the city of Muscat") the question does not."""
    asked = _capitalised(question)
    return any(_bare(m.group(1)) not in asked for m in _PLACE_OF.finditer(paragraph))


def unfilled(question: str, paragraph: str, sentence: str) -> str | None:
    """The kind of slot ("name", "place" or "time") that `question` asks to have filled and the cited
    `sentence` (of `paragraph`) leaves empty, or None when it may be filled.

    >>> unfilled("Who else spoke at the rally?", "Crowds gathered at the rally in Brava.", "Crowds gathered.")
    'name'
    """
    if asks_someone_else(question) and not names_someone(sentence, question):
        return "name"
    if act_in_background(question, sentence, _stem) or parties_only(question, sentence, _stem):
        return "name"
    if only_in_passing(question, paragraph) and not names_someone(sentence, question):
        return (
            "name"  # "which hospital …?" near "… including a hospital" (index/retrieval/checks/which_one.py)
        )
    if name_not_given(question, paragraph):
        return "name"  # "what is the name of the side door?" near "through a side door"
    if asks_place_within(question) and not _names_other_place(paragraph, question):
        return "place"  # "which city in Oman …?" near "held talks in Oman"
    verb = moved(question)
    if verb is not None and not places_it(paragraph, question, verb, _stem):
        return "place"
    if asks_place_and_time(question) and not states("time", paragraph):
        return "time"
    return None


def asks_place_and_time(question: str) -> bool:
    """Whether `question` asks both where and when: "where" alone only steers the choice of
    sentence, but a paragraph that states no time at all cannot tell when.

    >>> asks_place_and_time("Where and when will the talks be held?"), asks_place_and_time("Where?")
    (True, False)
    """
    return re.search(r"\b(?:where\s+and\s+when|when\s+and\s+where)\b", question, re.IGNORECASE) is not None
