""" "Which hospital was hit?": questions that ask which one of a kind. Pure.

Such a question asks to have the thing picked out: by name ("Soroka hospital", "the hospital
in Beersheba"), or by what the article already said of it ("the hospital"). A paragraph that
only speaks of one of the kind in passing ("damage to property, including a hospital") has
the question's noun and does not say which one.
"""

from __future__ import annotations

import re

# past tenses not made with "-ed", as typed in a hurry ("which hospital got hit", "which town
# took the blow"): a verb after the noun, like the auxiliaries
_IRREGULAR = (
    "got|gets|won|lost|hit|took|made|came|went|caught|led|held|began|fought|struck|sent|built|bought|"
    "brought|ran|saw|became|gave|kept|left|met|paid|told|wrote|spent|sold|stood|found|fell|broke|"
    "chose|drew|drove|flew|grew|knew|rose|shot|spoke|stole|threw|beat|heard|hid|rode|sank|shook|"
    "taught|thought|withdrew"
)
# "which hospital was …", "in which town did …", "which Israeli hospital was …": a noun in lower
# case, after at most two words that describe it, then a verb
_WHICH_NOUN = re.compile(
    r"^\s*(?:(?:in|at|to|from|on|for|by|with)\s+)?which\s+(?:(?!(?:of|the|one|ones|these|those)\b)[\w’'-]+\s+){0,2}?([a-z][a-z-]{2,})\s+"
    rf"(?:was|is|were|are|did|does|do|had|has|have|will|would|could|can|[a-z]+ed|{_IRREGULAR})\b",
    re.IGNORECASE,
)
# "which of …", "which one …"; and times, which a date answers ("in which year …")
_NOT_ASKED = frozenset("of one ones year years month day week decade century era season time date".split())
# what makes a mention one of many: an indefinite word, then at most two words that describe
_INDEFINITE = r"(?:a|an|another|one|some|any|several|many|various|other|two|three|four|five|\d[\d,]*)"
# what picks it out after the noun: a name, "called X", "in X", "of X"
_PICKED_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:called|named|known\s+as|[A-Z]|(?:in|of|at|near)\s+(?:the\s+)?[A-Z])"
)


def asked_which(question: str) -> str | None:
    """The noun of a "which NOUN …" question, or None.

    >>> asked_which("Which hospital was damaged in the storm?"), asked_which("In which town did he live?")
    ('hospital', 'town')
    >>> asked_which("Which of the hospitals closed?") is None, asked_which("Which Brava mayor?") is None
    (True, True)
    >>> asked_which("which coastal hospital was flooded"), asked_which("Which Brava school was shut?")
    ('hospital', 'school')
    >>> asked_which("which hospital got hit in the storm"), asked_which("Which school took the blow?")
    ('hospital', 'school')
    """
    m = _WHICH_NOUN.match(question)
    if m is None or not m.group(1).islower() or m.group(1) in _NOT_ASKED:
        return None
    return m.group(1)


def only_in_passing(question: str, paragraph: str) -> bool:
    """Whether `paragraph` speaks of the asked noun only as one of its kind ("a hospital",
    "several hospitals") and never picks one out.

    >>> q = "Which hospital was damaged in the storm?"
    >>> only_in_passing(q, "The storm damaged homes, a school and a hospital.")
    True
    >>> only_in_passing(q, "The storm damaged a hospital in Brava.")
    False
    >>> only_in_passing(q, "The storm damaged the town's hospital.")
    False
    >>> only_in_passing(q, "The storm hit homes.")
    False
    >>> q = "Which Tarn hospital was damaged in the storm?"
    >>> only_in_passing(q, "The storm damaged homes in Brava and a hospital.")
    True
    >>> only_in_passing(q, "In Tarn, the storm damaged homes and a hospital.")
    False
    """
    noun = asked_which(question)
    if noun is None:
        return False
    # "which Newton turnover …?" near a paragraph about Newton's turnovers: the name the
    # question puts on the thing may be what picks one out ("three turnovers, including a fumble")
    m = _WHICH_NOUN.match(question)
    between = question[m.start() : m.start(1)] if m else ""
    between = re.sub(r"^\W*(?:\w+\s+)?which\b", "", between, flags=re.IGNORECASE)
    named = re.findall(r"\b[A-Z][\w’'-]*", between)
    if any(re.search(rf"\b{re.escape(n)}\b", paragraph) for n in named):
        return False
    return _indefinite_only(noun, paragraph, "")


def _indefinite_only(noun: str, paragraph: str, lead: str) -> bool:
    """Whether `paragraph` holds `noun` and every mention is one of its kind, picked out by
    nothing, after `lead` (a pattern) when one is given."""
    found = list(re.finditer(rf"\b{re.escape(noun)}(?:s|es)?\b", paragraph, re.IGNORECASE))
    if not found:
        return False
    # the words between may describe the noun, not own it ("a citizen's duty" is that citizen's)
    before = re.compile(rf"(?<!the\s)\b{lead}{_INDEFINITE}\s+(?:[a-z][\w-]*\s+){{0,2}}$", re.IGNORECASE)
    for m in found:
        if before.search(paragraph[max(0, m.start() - 60) : m.start()]) is None:
            return False
        if _PICKED_AFTER.match(paragraph[m.end() :]):
            return False
    return True


# "in which city in Oman …?", "which district of Brava …?": a place inside one the question names
_WITHIN = re.compile(
    r"\bwhich\s+(?:city|town|village|province|region|district|port|state|county|neighbou?rhood|area|"
    r"suburb|island)\s+(?:in|of)\s+(?:the\s+)?[A-Z]",
    re.IGNORECASE,
)


def asks_place_within(question: str) -> bool:
    """Whether `question` asks for a place inside one it names.

    >>> asks_place_within("In which town in Brava did the flood hit?")
    True
    >>> asks_place_within("Which town flooded?")
    False
    """
    return _WITHIN.search(question) is not None


# "what is the name of the new bridge?", "what was the name of the army operation that …?": the
# thing asked after is the last lower-case word before a clause, a place or the question mark
_NAME_OF_THING = re.compile(
    r"^\s*(?i:what\s+(?:is|was|were|are)|what['’]s)\s+the\s+names?\s+(?i:of|for)\s+(?i:the|a|an|this|that)\s+"
    r"((?:[\w’'-]+\s+){0,3}?)([a-z][a-z-]{2,})(?=\s*\?|\s+(?:that|which|who|whom|where|when|used|in|at|on|"
    r"of|for|by|from|with|to|the|a|an|his|her|its|their)\b|\s+[A-Z])"
)


def name_of_thing(question: str) -> str | None:
    """The thing whose name `question` asks for, or None.

    >>> name_of_thing("What is the name of the new bridge?")
    'bridge'
    >>> name_of_thing("What was the name of the army operation that freed them?")
    'operation'
    >>> name_of_thing("What is the name of the side door the mayor used?")
    'door'
    >>> name_of_thing("What is the name of Brava's mayor?") is None
    True
    """
    m = _NAME_OF_THING.match(question)
    return m.group(2) if m is not None else None


# a thing named only on the way ("came in through a side door", "including a hospital"), as
# against one the sentence defines ("X is an immune response", "R, an algebraic structure"),
# whose name is right there
_BY_THE_WAY = (
    r"(?:in|at|on|to|from|through|via|by|with|into|near|inside|outside|including|for|of|across|"
    r"along|past|towards?|under|over|behind)\s+"
)


# a name just before the thing ("the Kell side doors", "the Iron Dome systems")
_NAMED_BEFORE = re.compile(r"([A-Z][\w-]*)[’']?s?\s+(?:[a-z][\w-]*\s+)?$")


def name_not_given(question: str, paragraph: str) -> bool:
    """Whether `question` asks for the name of a thing that `paragraph` speaks of only as one
    of its kind: on the way ("came in through a side door") or as the whole class ("the
    town's side doors"), never picking one out.

    >>> q = "What is the name of the side door the mayor used?"
    >>> name_not_given(q, "The mayor came in through a side door, away from the press.")
    True
    >>> name_not_given(q, "The mayor came in through a side door called the Old Gate.")
    False
    >>> name_not_given(q, "The mayor came in through the side door.")
    False
    >>> name_not_given(q, "The mayor spoke to the press.")
    False
    >>> name_not_given(q, "The Kell Gate is a side door of the town hall.")
    False
    >>> name_not_given(q, "Crowds could block the town hall's side doors.")
    True
    >>> name_not_given(q, "Crowds could block the Kell side doors.")
    False
    >>> name_not_given("What is the name of the Brava side door?", "Crowds block three Brava side doors.")
    True
    """
    noun = name_of_thing(question)
    if noun is None:
        return False
    if _indefinite_only(noun, paragraph, _BY_THE_WAY):
        return True
    asked = {w.lower() for w in re.findall(r"[A-Z][\w-]*", question)}

    def named_before(start: int) -> bool:  # a name the question does not already hold
        m = _NAMED_BEFORE.search(paragraph[max(0, start - 40) : start])
        return m is not None and m.group(1).lower() not in asked

    found = list(re.finditer(rf"\b{re.escape(noun)}(s|es)?\b", paragraph, re.IGNORECASE))
    return bool(found) and all(
        m.group(1) and not named_before(m.start()) and _PICKED_AFTER.match(paragraph[m.end() :]) is None
        for m in found
    )
