"""Elliptical follow-ups to a speaker question: "And Netanyahu?" after "What did Trump say
after the meeting?" asks what Netanyahu said after the meeting, and "anything else?" after
"What did Ziv say?" asks what else Ziv said, and "casualties?" asks what Ziv said about
casualties. Pure.

Joined to the previous question for retrieval (`followup.resolve`), such a question would
search for both names and cite whatever mentions them; as the previous question asked of
another speaker it goes to the quote index like the question it follows.
"""

from __future__ import annotations

import re

from ..attribution.checks.check import AttributionQuery, parse_attribution_question
from ..retrieval.mentions import names_in
from ..retrieval.referents import is_pronoun

_ELLIPSIS = re.compile(
    r"\s*(?:and|but|and\s+what\s+about|what\s+about|how\s+about|and\s+how\s+about)\s+"
    r"(?:from\s+|by\s+)?(.+?)\s*[?.!…]*\s*",
    re.IGNORECASE,
)
# who can be asked after: a name ("Guy Ziv", "Iran's foreign ministry"), or a role after "the"
# ("the analyst", "the Israeli officials"); five words at most
_WHO = re.compile(
    r"(?:(?:the|The)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}"
    r"|[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[\w’'.-]+){0,4})"
)
_NOT_WHO = re.compile(
    r"\b(?:what|who|why|how|when|where|which|did|does|do|is|was|were|say|said)\b", re.IGNORECASE
)
# speaker questions whose speaker can be asked of another
_KINDS = frozenset({"what_said", "did_say"})
_WHAT_SAID = frozenset({"what_said"})
# "anything else?", "what else?", "more?", "any other quotes?"
_MORE = re.compile(
    r"\s*(?:and\s+|ok(?:ay)?\s+|so\s+)?(?:what|anything|something|who)\s+else|(?:any\s*)?more(?:\s+quotes?)?"
    r"|any\s+other\s+quotes?|other\s+quotes?|anything\s+more\s*[?.!…]*\s*",
    re.IGNORECASE,
)
_WHAT_DID = re.compile(r"\s*what\s+did\s+", re.IGNORECASE)


def asked_again(question: str, previous_question: str) -> str | None:
    """The previous speaker question as `question`, an ellipsis of it, asks it again: of
    another speaker, for more of the same one, or on a topic; None for any other question."""
    return (
        other_speaker(question, previous_question)
        or more_of_speaker(question, previous_question)
        or topic_of_speaker(question, previous_question)
    )


def _named(previous_question: str, kinds: frozenset[str]) -> AttributionQuery | None:
    """`previous_question` read as a speaker question of one of `kinds` that names its
    speaker (not "he"), else None."""
    asked = parse_attribution_question(previous_question)
    if asked is None or asked.kind not in kinds or not asked.speaker or is_pronoun(asked.speaker):
        return None
    return asked


def other_speaker(question: str, previous_question: str) -> str | None:
    """The previous question asked of the speaker `question` names alone, or None when
    `question` is not such an ellipsis or the previous question asked after no named speaker.

    >>> other_speaker("And Lena Park?", "What did Ruiz say about the strike?")
    'What did Lena Park say about the strike?'
    >>> other_speaker("what about the union?", "Did Ruiz say the strike was over?")
    'Did the union say the strike was over?'
    >>> other_speaker("And in June?", "What did Ruiz say in May?") is None
    True
    >>> other_speaker("And Park?", "Why did Ruiz resign?") is None
    True
    """
    m = _ELLIPSIS.fullmatch(question)
    if m is None:
        return None
    who = m.group(1)
    if not _WHO.fullmatch(who) or _NOT_WHO.search(who):
        return None
    asked = _named(previous_question, _KINDS)
    if asked is None or not asked.speaker:
        return None
    at = previous_question.lower().find(asked.speaker.lower())
    if at < 0 or asked.speaker.lower() == who.lower():
        return None
    return f"{previous_question[:at]}{who}{previous_question[at + len(asked.speaker) :]}"


def more_of_speaker(question: str, previous_question: str) -> str | None:
    """ "What else did X say …?" for a bare "anything else?" after "What did X say …?", or
    None when `question` asks something of its own or the previous question was no what-said.

    >>> more_of_speaker("Anything else?", "What did Ruiz say about the strike?")
    'What else did Ruiz say about the strike?'
    >>> more_of_speaker("more?", "Why did Ruiz resign?") is None
    True
    >>> more_of_speaker("what else happened?", "What did Ruiz say?") is None
    True
    """
    if not _MORE.fullmatch(question.rstrip("?.!… ")):
        return None
    asked = _named(previous_question, _WHAT_SAID)
    if asked is None or not asked.speaker:
        return None
    if (m := _WHAT_DID.match(previous_question)) is not None:
        return f"What else did {previous_question[m.end() :]}"
    return f"What else did {asked.speaker} say?"


# a bare topic: a few lowercase words, none a question word, a reply or a filler
_TOPIC = re.compile(r"\s*([a-z][a-z’'-]+(?:\s+[a-z][a-z’'-]+){0,2})\s*[?.!…]*\s*")
_NOT_TOPIC = frozenset(
    """why how when where who what which really ok okay yes no sure thanks thank you please else more
    anything something nothing so and but is are was were did does do he she they it this that""".split()
)


def topic_of_speaker(question: str, previous_question: str) -> str | None:
    """ "What did X say about <topic>?" for a bare topic ("casualties?") after "What did X
    say?", or None when `question` is more than a topic or the previous question was no
    what-said without a topic of its own.

    >>> topic_of_speaker("casualties?", "What did Ruiz say?")
    'What did Ruiz say about casualties?'
    >>> topic_of_speaker("really?", "What did Ruiz say?") is None
    True
    >>> topic_of_speaker("wages?", "What did Ruiz say about the strike?") is None
    True
    """
    m = _TOPIC.fullmatch(question)
    if m is None or any(w in _NOT_TOPIC for w in m.group(1).split()):
        return None
    asked = _named(previous_question, _WHAT_SAID)
    if asked is None or asked.topic:
        return None
    return f"{previous_question.rstrip(' ?.!…')} about {m.group(1)}?"


# a name given alone: capitalised words, "of" between them ("Bank of Japan")
_NAME = re.compile(r"[A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*)*")
_CALENDAR = frozenset(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)
_AT = re.compile(r"(?:(?:in|at|on|for|from|to|with|about)\s+)?(" + _NAME.pattern + r")")


def other_name(question: str, previous_question: str) -> str | None:
    """The previous question asked of the name `question` gives alone ("And Lund?", "what about
    in Norway?"), when the previous question names one person, place or body (after its first
    word); None otherwise.

    >>> other_name("And Lena Park?", "Who is Mark Ruiz?")
    'Who is Lena Park?'
    >>> other_name("And in Norway?", "How many ferries sank off Sweden in May?")
    'How many ferries sank off Norway in May?'
    >>> other_name("what about Oslo?", "Why did Lund's union in Bergen strike?") is None  # two names
    True
    >>> other_name("And the crews?", "Who is Mark Ruiz?") is None
    True
    """
    m = _ELLIPSIS.fullmatch(question)
    if m is None or (given := _AT.fullmatch(m.group(1))) is None:
        return None
    who = given.group(1)
    names = [n for n in names_in(previous_question) if n not in _CALENDAR]
    if len(names) != 1 or names[0].lower() == who.lower():
        return None
    at = previous_question.find(names[0], 1)
    return f"{previous_question[:at]}{who}{previous_question[at + len(names[0]) :]}"


# "and him?", "what about her?", "and before that?": words that only point back, at someone or
# a time the chat has not named in words this question could be asked with
_POINTING = frozenset(
    "him her them he she they it that this those these his hers their theirs one "
    "before after earlier later then since prior to".split()
)
_OPENING = re.compile(r"^\W*(?:and|but|so|ok(?:ay)?|(?:and\s+)?(?:what|how)\s+about)\b\s*", re.IGNORECASE)


def unclear_followup(question: str) -> str | None:
    """The pointing words of a follow-up made of nothing else ("him" of "and him?", "before
    that" of "and before that?"), which no search can read: the asker is asked to say whom or
    what they mean. None for a question with a word of its own.

    >>> unclear_followup("and him?"), unclear_followup("And before that?")
    ('him', 'before that')
    >>> unclear_followup("and Netanyahu?"), unclear_followup("and when?"), unclear_followup("why?")
    (None, None, None)
    """
    opened = _OPENING.match(question)
    if opened is None:
        return None
    rest = re.sub(r"[?.!…\s]+$", "", question[opened.end() :]).strip()
    words = rest.lower().split()
    if not words or not all(w in _POINTING for w in words):
        return None
    return rest
