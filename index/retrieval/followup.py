"""Follow-up questions: rewrite "and Iran?" or "what else did he say?" using the last turn.

Pure and rule-based: a question that is short or leans on a pronoun is joined to the
previous question for retrieval, and "else/more/other" asks for paragraphs not yet cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..types import Answer
from .lexical import last_question, terms
from .mentions import names_in

_PRONOUN = re.compile(
    r"\b(he|she|they|him|her|his|hers|them|their|it|its|this|that|these|those|there|then)\b", re.IGNORECASE
)
# pronouns that may stand for a name earlier in the same question ("Did Morsland say it would
# appeal?", "What did Morsland decide about its ports?"); an object pronoun or a
# demonstrative after a name points outside the question ("Why did Morsland close them?")
_MAY_BE_BOUND = frozenset("he she they it his hers her its their".split())
_CONTINUATION = re.compile(r"^\s*(and|but|also|so|what about|how about|and what about)\b", re.IGNORECASE)
_MORE = re.compile(r"\b(else|more|other|another|further|besides)\b", re.IGNORECASE)
_QUESTION_WORD = re.compile(r"\b(?:what|which|who|whom|whose|why|how|when|where)\b", re.IGNORECASE)
# an occasion counted in order: "and the second time?" after "when did X first …?" asks for
# another occasion than the one just cited ("last" and "next" are left out: "last July")
_ORDINAL = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Resolved:
    """The query to retrieve with, and paragraphs (doc_id, ¶) to skip."""

    query: str
    exclude: frozenset[tuple[str, int]] = frozenset()
    is_followup: bool = False


def resolve(
    question: str, previous_question: str | None, previous_answer: Answer | None, speaker: str | None = None
) -> Resolved:
    """How to retrieve for `question` given the chat's previous exchange; `speaker` is who
    "he"/"she" stands for after it (`referents.previous_speaker`), when known.

    >>> resolve("And Iran?", "What did Israel demand?", None).query
    'What did Israel demand? And Iran?'
    >>> resolve("Did Oslo raise its taxes?", "What did Bergen decide?", None).is_followup
    False
    >>> resolve("does she think the strike will end", "What did Ana say?", None, "Ana Ruiz").query
    'does Ana Ruiz think the strike will end'
    """
    if not previous_question:
        return Resolved(question)
    if previous_answer is not None and previous_answer.continues:
        # after "tell me more" the conversation is still about the question it continued:
        # "what else?" asks that one again, not the words "tell me more"
        previous_question = previous_answer.continues
    content = terms(question)
    pronoun = any(_points_back(question, m) for m in _PRONOUN.finditer(question))
    short = len(content) <= 1 and not _new_subject(question, content, previous_question, previous_answer)
    leans = bool(_CONTINUATION.search(question)) or pronoun or short
    if not leans or len(content) > 6:
        return Resolved(question)
    exclude: frozenset[tuple[str, int]] = frozenset()
    other = another_ordinal(question, previous_question)
    if previous_answer is not None and (_MORE.search(question) or other):
        exclude = _shown(previous_answer)
    if other:
        # the earlier occasion's ordinal would only pull its own paragraph back
        previous_question = _ORDINAL.sub("", previous_question)
    swapped = swap_phrase(question, previous_question)
    if swapped is not None:
        return Resolved(swapped, exclude, True)
    named = put_speaker(question, speaker) if not exclude else None
    if named is not None:
        return Resolved(named, exclude, True)
    return Resolved(f"{previous_question} {question}", exclude, True)


# a whole question about a thing named with its article: "when was the war?", "what is a
# centrifuge?" ("why?", "how many died?", "casualties?" ask on about the last answer)
_WHOLE = re.compile(
    r"^\s*(?:what|which|who|why|how|when|where)\b(?:\s+[a-z]+)?\s+(?:is|was|are|were|did|does|do|has|had)\s+"
    r"(?:the|a|an)\s+[a-z-]+\s*\??\s*$",
    re.IGNORECASE,
)


def asks_whole(question: str) -> bool:
    """Whether `question` asks on its own about a thing named with its article ("when was the
    war?"), so that it may be asked again without the turn before it.

    >>> asks_whole("When was the war?"), asks_whole("How many died?"), asks_whole("and the date?")
    (True, False, False)
    """
    return _WHOLE.match(question) is not None


def _new_subject(
    question: str, content: list[str], previous_question: str, previous_answer: Answer | None
) -> bool:
    """Whether a short `question` is whole and asks about something the last exchange never
    named: "when was the war?" after "what did Ziv say?" (whose quotes say nothing of a war)
    asks on its own, not about Ziv.

    >>> _new_subject("When was the war?", ["war"], "What did Ana Ruiz say?", None)
    True
    >>> _new_subject("When was the war?", ["war"], "Who won the war?", None)
    False
    >>> _new_subject("How many died?", ["die"], "What did Ana Ruiz say?", None)
    False
    """
    if not content or _WHOLE.match(question) is None:
        return False
    before = set(terms(previous_question)) | set(
        terms(previous_answer.text) if previous_answer is not None else ()
    )
    return not set(content) & before


# "he"/"she" as a clause's subject or object, and "his" before what is his
_PERSON = re.compile(r"\b(?:(he|she|him)|(his))\b", re.IGNORECASE)
# words that point back besides it ("it" may stand for what the cited words call "it" too)
_POINTERS = re.compile(
    r"\b(?:he|she|him|his|her|hers|they|them|their|that|this|these|those|there|then)\b", re.IGNORECASE
)


def put_speaker(question: str, speaker: str | None) -> str | None:
    """`question` with its one "he", "she", "him" or "his" read as `speaker`, when it asks
    something of its own (two content words or more, not "and …?" or "what else …?"): the
    previous question's words, joined to it, would pull back the paragraph just cited ("does
    he think it will last?" after "what did the expert say about the damage?"). None when
    the joined question should be searched instead.

    >>> put_speaker("does he think the ban is fair", "Ana Ruiz")
    'does Ana Ruiz think the ban is fair'
    >>> put_speaker("Why did she quit her job?", "Ana Ruiz"), put_speaker("what did he say?", "Ana Ruiz")
    (None, None)
    >>> put_speaker("and did he vote for the ban?", "Ana Ruiz") is None
    True
    >>> put_speaker("When did his office put that out?", "Ana Ruiz") is None
    True
    """
    if not speaker or _CONTINUATION.search(question) or _MORE.search(question):
        return None
    found = list(_PERSON.finditer(question))
    if len(found) != 1 or len(_POINTERS.findall(question)) > 1:
        return None  # "when did his office put that out?": "that" needs the previous question
    m = found[0]
    rest = question[: m.start()] + question[m.end() :]
    if len(set(terms(rest)) - set(terms(speaker))) < 2:
        return None
    name = speaker if m.group(1) else f"{speaker}’s"
    return question[: m.start()] + name + question[m.end() :]


# "and in June?", "what about for the dockers?": another object for a preposition the
# previous question used
_OTHER_OBJECT = re.compile(
    r"^\s*(?:and|but|so|also|and what about|what about|how about)\s+(?:also\s+)?"
    r"(in|at|for|on|from|of|during|with|to|by|against)\s+([^?.!]+?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_DETERMINERS = r"(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|some|any|all|each|every)"


def swap_phrase(question: str, previous_question: str) -> str | None:
    """The previous question asked of another object: "and in June?" after "how many ships
    sank in May?" asks how many sank in June, not again in May. The object replaced is the
    first the previous question gives its preposition that is a bare name or word, not a
    phrase opening on "the" ("in May" of "in May in the storm"); None when there is none, or
    when the previous question leans on the one before it in turn.

    >>> swap_phrase("And in June?", "How many ships sank in May in the storm?")
    'How many ships sank in June in the storm?'
    >>> swap_phrase("what about for the dockers?", "what did Brava offer for nurses")
    'what did Brava offer for the dockers'
    >>> swap_phrase("And Tarn?", "How many ships sank in May?") is None
    True
    >>> swap_phrase("And in June?", "How many ships sank in the storm?") is None
    True
    """
    m = _OTHER_OBJECT.match(question)
    if m is None or _OTHER_OBJECT.match(previous_question):
        return None
    prep, obj = m.group(1), m.group(2)
    earlier = re.search(
        rf"\b(?i:{prep})\s+(?!(?i:{_DETERMINERS})\b)([\w’'.-]+(?:\s+[A-Z][\w’'.-]*)*)", previous_question
    )
    if earlier is None:
        return None
    return previous_question[: earlier.start(1)] + obj + previous_question[earlier.end(1) :]


def _shown(answer: Answer) -> frozenset[tuple[str, int]]:
    """The paragraphs (doc_id, ¶) `answer` stated; for a "tell me more" answer also the one
    before each, which was shown already (the paragraph it went on from, or one skipped as
    shown: `continuation`)."""
    answered = {s.citation for s in answer.sentences}
    stated = {(c.doc_id, c.paragraph) for i, c in enumerate(answer.citations) if i in answered}
    if answer.continues:
        stated |= {(doc_id, number - 1) for doc_id, number in stated}
    return frozenset(stated)


def another_ordinal(question: str, previous_question: str) -> bool:
    """Whether `question` asks about an occasion of another place in order than the previous
    question did: "And the second time?" after "When did the fleet first sail?".

    >>> another_ordinal("And the second time?", "When did the fleet first sail?")
    True
    >>> another_ordinal("And the first time?", "When did the fleet first sail?")
    False
    >>> another_ordinal("And the second time?", "When did the fleet sail?")
    False
    """
    asked = {m.lower() for m in _ORDINAL.findall(question)}
    before = {m.lower() for m in _ORDINAL.findall(previous_question)}
    return bool(asked) and bool(before) and not asked & before


def _points_back(question: str, pronoun: re.Match[str]) -> bool:
    """Whether `pronoun` stands for something of the previous turn: not for a name before it
    in `question` that it may be bound to ("its" of "Morsland … its missiles").

    >>> q = "Why did Morsland close them?"
    >>> _points_back(q, re.search("them", q))
    True
    >>> q = "Did Morsland say it would appeal?"
    >>> _points_back(q, re.search("it", q))
    False
    """
    bound = pronoun.group(0).lower() in _MAY_BE_BOUND and names_in(question[: pronoun.start()])
    return not bound


def asked_part(query: str) -> str:
    """What kind of answer `query` asks for is read from this part of it: the last question
    of a follow-up joined to the one before it (`resolve`) when it has a question word of
    its own, else all of it. "When did the dockers strike? What were they protesting?" asks
    for a reason, not a time; "How many ships sank in May? And in June?" still for a count.

    >>> asked_part("When did the dockers strike? What were they protesting?")
    'What were they protesting?'
    >>> asked_part("How many ships sank in May? And in June?")
    'How many ships sank in May? And in June?'
    """
    last = last_question(query)
    return last if last is not None and _QUESTION_WORD.search(last) else query


def wants_more(question: str) -> bool:
    """ "What else…", "anything more…": skip what was already shown."""
    return bool(_MORE.search(question))
