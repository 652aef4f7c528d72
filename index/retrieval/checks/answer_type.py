"""What kind of value a question asks for, and whether a sentence states one. Pure.

"How many …", "in what year …", "on what date …", "how long …": the reply must hold a
number, a year, a date or a span of time. A sentence that holds none cannot answer such a
question however many of its words it shares, so composition prefers one that does, and
abstains when the best passages state no such value ("the articles don't give that number")
instead of citing a sentence that only talks about the same thing.

"Where …" and "when …" questions only prefer, within the best passage, a sentence that names
a place or a time: their answers can be clauses ("after the war"), and letting the kind pick
the passage too cost 4 points of squad-dev Hits@1 on such questions. Questions whose
answer is not a value ("how much does it matter …") get no kind, and no check is made.
The kind a question asks for: `asked_kind.py`; whether a sentence states one: `value_stated.py`;
here, `Want`, and what ties a stated value to the question (its time, place, actor, amount).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ...text import fold
from ..lexical import terms
from .age import asks_age, states_age
from .asked_kind import SOFT, ValueKind, wanted
from .count_forms import counts_nothing_asked, projected_only
from .counts import AUXILIARY, UNIT, counted_noun, counts_other, other_harm
from .held import counts_dated_act
from .spans import lasted_subject, spans_only_other
from .value_stated import CLOSED_SPAN, PERCENT, PLACE, states

# "how long did the meeting last?" wants a span: "since 2019" only answers "how long has …"
_ENDED = re.compile(r"\bhow long (?:did|was|were|does|do|is|are|will|would|can|could)\b")

# "how much more does it cost?" may be answered by a change in percent ("15 percent more")
_RELATIVE = re.compile(r"\bhow much (?:more|less|higher|lower|cheaper|dearer)\b")
# "how much warning …?" asks for an amount of something uncounted: "with little warning"
# states it in words, as no number could
_MUCH_NOUN = re.compile(r"\bhow much\s+([a-z][a-z-]+)\b")
_IN_WORDS = (
    r"(?:little|no|much|some|enough|scant|ample|more|less|plenty\s+of|a\s+lot\s+of|a\s+great\s+deal\s+of)"
)


# a plural noun, not a verb's "-s" form after a mass noun ("little money was left")
_PLURAL_HEAD = r"(?!(?:was|is|has|does|as|us|this|its|his|hers|less)\b)[a-z]+s\b"


@dataclass(frozen=True)
class Want:
    """What `question` asks for, and the test a sentence must pass to give it."""

    kind: ValueKind
    question: str

    @property
    def required(self) -> bool:
        """Whether a passage that states no such value cannot answer (see SOFT)."""
        return self.kind not in SOFT

    def met_by(self, sentence: str) -> bool:
        if self.required and not (same_time(self.question, sentence) and same_place(self.question, sentence)):
            return False  # a count for another month, year or place
        if self.required and acted_by_other(self.question, sentence, _stem):
            return False  # what someone else did
        if self.kind == "place":
            return _names_new_place(sentence, self.question)
        if self.kind == "money" and _RELATIVE.search(self.question.lower()) and PERCENT.search(sentence):
            return True
        if self.kind == "duration" and spans_only_other(sentence, lasted_subject(self.question)):
            return False  # "a 12-day war" does not say how long the talks lasted
        if self.kind == "duration" and _ENDED.search(self.question.lower()):
            return CLOSED_SPAN.search(sentence) is not None
        if self.kind == "number" and asks_age(self.question):
            return states_age(sentence)  # "after two scandals" is no age
        if self.kind == "number" and (
            counts_nothing_asked(self.question, sentence) or projected_only(self.question, sentence)
        ):
            return False  # "a second scandal" counts no votes; "could lead to 900 layoffs" none made
        if self.kind == "number" and counts_other(sentence, counted_noun(self.question), self.question):
            return False
        if self.kind == "number" and other_harm(self.question, sentence):
            return False  # "the war killed 30" does not say how many were injured
        if self.kind == "number" and counts_dated_act(self.question, sentence):
            return False  # "in October it fired 200 missiles" is not how many it has
        if self.kind == "number" and amount_in_words(self.question, sentence):
            return True
        return states(self.kind, sentence, counts_time(self.question))


def amount_in_words(question: str, sentence: str) -> bool:
    """Whether `sentence` gives the amount a "how much NOUN" question asks for in words.

    >>> amount_in_words("How much warning did the town get?", "The flood came with little warning.")
    True
    >>> amount_in_words("How much warning did the town get?", "The flood came at night.")
    False
    >>> amount_in_words("How much steel does Tarsby export?", "Tarsby taxes some Tarsby steel makers.")
    False
    >>> amount_in_words("How much did the bridge cost?", "It cost little.")
    False
    """
    m = _MUCH_NOUN.search(question.lower())
    if m is None or re.fullmatch(AUXILIARY, m.group(1)):
        return False
    noun = re.escape(m.group(1).rstrip("s")[:6])
    # "some steel makers" counts makers: the noun must not describe a plural after it
    return (
        re.search(rf"\b{_IN_WORDS}\s+(?:\w+\s+)?{noun}\w*\b(?!\s+{_PLURAL_HEAD})", sentence.lower())
        is not None
    )


# "how many sites did Israel strike?": the name after do-support or "has" is who acted, and
# the word after it what they did
_ACTOR = re.compile(
    r"\b(?:did|does|do|has|have|had)\s+((?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+([a-z]+)"
)
# a sentence that opens on a name, its subject: "The United States later joined …" (one
# capitalised word alone may be any word that opens a sentence: "Last year, …")
_OPENING_NAME = re.compile(
    r"^\W*(?:The\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)|([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+))\s+[a-z]"
)


def acted_by_other(question: str, sentence: str, stem: Callable[[str], str]) -> bool:
    """Whether `sentence` opens on a name, its subject, that does what a value question asks
    about (the same verb by its `stem`, in the same clause) and is not the one the question
    says did it, who goes unnamed: "The United States later joined, striking three sites"
    does not say how many sites Israel struck. The one asked about is named by a word's
    first four letters ("Israeli"), or an acronym by the opening name's initials ("US" /
    "United States").

    >>> q, stem = "How many ferries did Brava order?", lambda w: w[:5]
    >>> acted_by_other(q, "The Tarsby Council later ordered three ferries.", stem)
    True
    >>> acted_by_other(q, "The Tarsby Council said Brava would order three.", stem)
    False
    >>> acted_by_other("How many ships did the US sink?", "The United States sank two.", lambda w: w[:2])
    False
    >>> acted_by_other(q, "The Tarsby Council said that it ordered three ferries.", stem)
    False
    >>> acted_by_other(q, "Tarsby later ordered three ferries.", stem)  # one word: any opening word
    False
    """
    asked, opening = _ACTOR.search(question), _OPENING_NAME.match(sentence)
    if asked is None or opening is None:
        return False
    name = opening.group(1) or opening.group(2)
    clause = sentence[opening.end(0) - 1 :].split(" that ")[0]
    verb = stem(asked.group(2))
    if not any(stem(w) == verb for w in re.findall(r"[a-z]+", clause.lower())):
        return False  # the opening name does something else
    words = [w for w in re.findall(r"[\w’'-]+", asked.group(1)) if w.lower() != "the" and len(w) > 1]
    low = fold(sentence).lower()
    initials = "".join(w[0] for w in name.split() if w[0].isupper())
    stems = [fold(re.sub(r"['’]s$", "", w)).lower()[:4] for w in words]
    return bool(words) and not any(
        re.search(rf"\b{re.escape(s)}", low) or (w.isupper() and w.replace(".", "") == initials)
        for w, s in zip(words, stems, strict=True)
    )


def _stem(word: str) -> str:
    return next(iter(terms(word)), word)


def want(question: str) -> Want | None:
    kind = wanted(question)
    return Want(kind, question) if kind is not None else None


_MONTHS = re.compile(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)
_YEARS = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")


def anchors(text: str) -> tuple[set[str], set[str]]:
    """The months and the years `text` names ("May" is left out: it is also a verb)."""
    return {m.lower() for m in _MONTHS.findall(text)}, set(_YEARS.findall(text))


def same_time(question: str, sentence: str) -> bool:
    """Whether `sentence` can be about the time `question` names: a question that names a
    month (or a year) is not answered by a sentence naming only other months (or years):
    "200 missiles in October 2024" does not say how many were fired in June, nor in April 2024.

    >>> same_time("How many missiles were fired in June?", "In October Iran fired 200 missiles.")
    False
    >>> same_time("How many missiles were fired in April 2024?", "In October 2024 it fired 200.")
    False
    >>> same_time("How many missiles were fired in June?", "Iran fired 550 missiles.")
    True
    """
    return all(
        not asked or not named or bool(asked & named)
        for asked, named in zip(anchors(question), anchors(sentence), strict=True)
    )


_IN_PLACE = re.compile(r"\b[Ii]n\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)")
# "how many Iranians/Israelis/Americans …": a capitalised plural counted is a place's people
_PEOPLE_OF = re.compile(r"\b[Hh]ow many\s+([A-Z][a-z]+(?:ians|ans|is|ese|ers))\b")
DEMONYM_STEM = 4  # letters a people's name shares with its place ("Iran-ians", "Isra-elis")


def same_place(question: str, sentence: str) -> bool:
    """Whether `sentence` can be about the place `question` puts its value in: a sentence that
    puts its own value "in" another place and never names the asked one does not answer.

    >>> same_place("How many people died in Iran?", "In Israel, the war killed 30 people.")
    False
    >>> same_place("How many people died in Iran?", "The war caused 610 deaths in Iran.")
    True
    >>> same_place("How many people died in Iran?", "The war killed 30 people.")
    True
    >>> same_place("How many times did they meet in the US?", "Their sixth meeting in the United States.")
    True
    >>> same_place("How many Iranians died?", "In Israel, the war killed 30 people.")
    False
    >>> same_place("How many Iranians died?", "It caused 610 deaths in Iran.")
    True
    """
    asked = [m.group(1) for m in _IN_PLACE.finditer(question)]
    people = _PEOPLE_OF.search(question)
    if not asked and people is None:
        return True
    named = [m.group(1) for m in _IN_PLACE.finditer(sentence)]
    if not named:
        return True
    words = {w.lower() for w in re.findall(r"[\w’'-]+", sentence)}
    words |= {"".join(w[0] for w in place.split()).lower() for place in named}  # "US" for "United States"
    if any(w.replace(".", "").lower() in words for a in asked for w in a.split() if len(w) > 1):
        return True
    # "how many Iranians …": the people of a place, named by the first letters they share with it
    stem = people.group(1)[:DEMONYM_STEM].lower() if people is not None else None
    return stem is not None and any(w.startswith(stem) for w in words)


def _names_new_place(sentence: str, question: str) -> bool:
    """A preposition of place before a capitalised name the question does not hold: "at the
    White House" answers "where did they meet?"."""
    asked = {w.lower() for w in re.findall(r"[A-Z][\w’'-]+", question)}
    return any(m.group(1).lower() not in asked for m in PLACE.finditer(sentence))


def counts_time(question: str) -> bool:
    """Whether a "how many" question counts units of time ("how many days …")."""
    return re.search(rf"\bhow many\s+(?:more\s+|extra\s+)?{UNIT}\b", question.lower()) is not None
