"""Quotations that are questions, and the speaker's own words that deny a claim. Pure.

An interviewer's quoted question ("Regret?", "Will teachers lose their jobs?") is no claim of
the interviewer: "did Lane say teachers will lose their jobs?" is not answered "No. That was
the interviewer" when the interviewer only asked it. The asked speaker's reply (their next
quotation, in the question's paragraph or the two after it) answers instead: when it says the
reverse of the claim, or denies the question ("It's no regret at all"), that is "the
opposite". And before a did-say names another speaker, the asked speaker's own quotation that
says the reverse of the claim ("I'm not leaving the stage" of "did Dale say he would leave the
stage?") answers it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...text import words
from ...types import Quote
from .check import reversal_diff
from .claim_words import negations, stems
from .meaning import said_text

REPLY_WITHIN = 2  # paragraphs after a question in which the asked speaker's reply may stand


def is_question(q: Quote) -> bool:
    """Whether the quotation is a question: its words end in a question mark.

    >>> is_question(Quote("Regret?", "Tom Baxter", None, "asked", "d", "T", 2, 0, 7))
    True
    """
    return q.text.rstrip(" \"'“”‘’").endswith("?")


def reply_to(question: Quote, theirs: Sequence[Quote]) -> Quote | None:
    """The first of `theirs` (the asked speaker's quotations) after `question` in its article,
    in its paragraph or the `REPLY_WITHIN` after it, that is no question itself."""
    after = [
        q
        for q in theirs
        if q.doc_id == question.doc_id
        and (q.paragraph, q.start) > (question.paragraph, question.start)
        and q.paragraph <= question.paragraph + REPLY_WITHIN
        and not is_question(q)
    ]
    return min(after, key=lambda q: (q.paragraph, q.start), default=None)


def denies(claim: str, question: Quote, reply: Quote) -> bool:
    """Whether `reply` says the reverse of `claim`, or denies the question the claim's words
    come from: the reply shares a content word with the question and negates where the
    question does not ("Regret?" answered "It's no regret at all")."""
    if reversal_diff(claim, said_text(reply)) is not None:
        return True
    asked, said = words(question.text), words(reply.text)
    shared = stems(asked) & stems(said) & stems(words(claim))
    return bool(shared) and negations(said) % 2 != negations(asked) % 2


def own_reversal(claim: str, theirs: Sequence[Quote]) -> Quote | None:
    """The first of `theirs` that says the reverse of `claim` (`reversal_diff`), questions
    aside; None if none does."""
    return next(
        (q for q in theirs if not is_question(q) and reversal_diff(claim, said_text(q)) is not None),
        None,
    )
