"""Whom or what a follow-up points back to: the person "he"/"she" means after the last
answer (`previous_speaker`), and the occasion "after it" names (`occasion_referent`). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Answer, Quote

PRONOUNS = frozenset("he she they him her them it his hers their".split())


def is_pronoun(speaker: str | None) -> bool:
    return bool(speaker) and speaker.strip().lower() in PRONOUNS  # type: ignore[union-attr]


def previous_speaker(previous_answer: Answer | None, quotes: Sequence[Quote]) -> str | None:
    """Who "he"/"she" most likely means after `previous_answer`: the speaker it was about,
    else the first named person quoted in the paragraph it cited first."""
    if previous_answer is None:
        return None
    att = previous_answer.attribution
    if att is not None:
        for q in att.quotes:
            if q.speaker and q.speaker_kind == "person":
                return q.speaker
        if att.speaker_asked and not is_pronoun(att.speaker_asked):
            return att.speaker_asked
    for c in previous_answer.citations[:1]:
        people = [q for q in quotes if q.doc_id == c.doc_id and q.speaker and q.speaker_kind == "person"]
        for q in people:
            if q.paragraph == c.paragraph:
                return q.speaker
        for q in people:  # a person named in the cited paragraph and quoted elsewhere in the article
            if q.speaker and q.speaker in c.text:
                return q.speaker
    return None


# "what did X say after it?": a topic that is an occasion named by a pronoun
_OCCASION_PRONOUN = re.compile(
    r"^(\s*(?:right\s+|just\s+|shortly\s+)?(?:after|following|before|during|at|since|ahead\s+of)\s+)"
    r"(?:it|that|this|them|those)\s*([?.!]?\s*)$",
    re.IGNORECASE,
)
# the thing a question is about: its first phrase after "the", up to a preposition, a verb
# or the end ("the White House meeting between …" → "White House meeting")
_THE_PHRASE = re.compile(
    r"\bthe\s+((?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*)(?=\s+(?:of|in|on|at|between|with|for|from|by|about|"
    r"over|last|lasted|take|took|end|ended|begin|began|start|started|was|were|is|are|did|do|does|"
    r"had|has|have)\b|\s*[?.!,]|\s*$)"
)


def occasion_referent(topic: str, previous_question: str | None) -> str:
    """`topic` with an occasion named by a pronoun ("after it") put in the previous question's
    words: asked after "How long did the harbour meeting last?", "what did the mayor say after
    it?" asks what was said after the meeting. Any other topic comes back as it is.

    >>> occasion_referent("after it", "How long did the harbour meeting in Brava last?")
    'after the harbour meeting'
    >>> occasion_referent("after it", None), occasion_referent("the port", "Why did the port close?")
    ('after it', 'the port')
    """
    m = _OCCASION_PRONOUN.match(topic)
    thing = _THE_PHRASE.search(previous_question) if m is not None and previous_question else None
    if m is None or thing is None:
        return topic
    return f"{m.group(1)}the {thing.group(1)}{m.group(2)}"
