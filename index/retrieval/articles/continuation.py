""" "Tell me more" after an answer: what the article says next. A news article tells its
story in order, so the paragraph after the one that answered is where it goes on; a new
search for "<previous question> tell me more" would ask the previous question again (after
"how long did the meeting last?" it asks for a duration, and refuses). Pure.

Only a bare request for more counts ("tell me more", "go on", "more details please"); "tell
me more about the talks" names what it wants and is searched, and "what else?" still asks
the previous question of the paragraphs not yet shown (`followup.resolve`): after "tell me
more", the question that one continued.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ...types import Answer, AnswerSentence, Citation, Paragraph
from .overview import bare_question

_MORE_ONLY = re.compile(
    r"(?:(?:ok|okay|and|so|yes|great|thanks|interesting)\s+)*"
    r"(?:(?:can|could|would)\s+you\s+|please\s+)?"
    r"(?:tell\s+me\s+more(?:\s+about\s+(?:that|this|it|them))?|more(?:\s+(?:details|detail|info|information))?"
    r"|go\s+on|continue|keep\s+going|and\s+then|what\s+next"
    r"|more\s+on\s+(?:that|this|it)|elaborate|expand(?:\s+on\s+(?:that|this|it))?|(?:give\s+me\s+)?(?:more\s+)?details)"
    r"(?:\s+please)?"
)


def asks_continuation(question: str) -> bool:
    """Whether `question` only asks for more of what was just answered.

    >>> asks_continuation("Tell me more!"), asks_continuation("ok, go on")
    (True, True)
    >>> asks_continuation("More details please"), asks_continuation("Can you elaborate?")
    (True, True)
    >>> asks_continuation("Tell me more about the talks"), asks_continuation("What else did Lee say?")
    (False, False)
    """
    return _MORE_ONLY.fullmatch(bare_question(question)) is not None


def continuation(
    question: str, previous: Answer, paragraphs: Mapping[tuple[str, int], Paragraph], n: int
) -> Answer | None:
    """The paragraph after each paragraph `previous` stated (skipping those it already cited),
    for at most `n` of them, cited; None when `previous` stated nothing or every article it
    cited ends there. It `continues` the question the conversation is about, so that "what
    else?" after it searches on that question, not on "tell me more"."""
    shown = {(c.doc_id, c.paragraph) for c in previous.citations}
    stated = dict.fromkeys(
        (previous.citations[s.citation].doc_id, previous.citations[s.citation].paragraph)
        for s in previous.sentences
        if 0 <= s.citation < len(previous.citations)
    )
    following: list[Paragraph] = []
    for doc_id, number in stated:
        after = number + 1
        while (doc_id, after) in shown:
            after += 1
        paragraph = paragraphs.get((doc_id, after))
        if paragraph is not None and paragraph not in following:
            following.append(paragraph)
        if len(following) == n:
            break
    if not following:
        return None
    citations = tuple(Citation(p.doc_id, p.title, p.number, p.text, p.text, p.outlet) for p in following)
    sentences = tuple(AnswerSentence(p.text, i) for i, p in enumerate(following))
    about = previous.continues or previous.question  # a chain of "tell me more" keeps the first
    return Answer(question, sentences, citations, abstained=False, continues=about)
