"""Answer composition: (question, ranked passages) → `Answer`. Pure, no I/O.

Every sentence of an answer is copied verbatim from a cited paragraph. The best passage
gives its best-matching sentence (and a second one when it also carries the question's
terms); a passage from another article that scores nearly as well adds its best sentence,
so both sides are cited. Weak evidence gives an abstention that names the closest paragraph.
Which passage leads, or why none does (the checks run on the top passage): `leading.py`; a
paragraph's sentences ranked, cited and abstained on: `sentences.py`.
"""

from __future__ import annotations

import re

from ..types import Answer, AnswerSentence, Citation, Paragraph, Passage
from .checks.acts import asks_denial, tells_denial, without_stance_frame
from .checks.answer_type import want
from .checks.fates import fate_kin
from .checks.named import asks_who_suffered, mentions_people, names_anyone
from .checks.reason import asks_why, states_reason
from .checks.results import asks_result, tells_result
from .checks.sides import other_side
from .checks.slots import names_someone, unfilled
from .followup import asked_part
from .hybrid import Evidence
from .leading import VALUE_LOOKAHEAD, checked_lead
from .sentences import (
    Ranked,
    StatesValue,
    abstention,
    answers_with,
    citation,
    confidence,
    ranked_sentences,
    sentences_of,
)

# Used only when an index carries no calibrated threshold (see calibrate.py).
DEFAULT_THRESHOLD = 0.6
SUPPORTING = 3  # citations listed at most (answer paragraphs first)
# a further source sharing no term with the question is listed only when its retrieval score
# is at least this share of the best one ("who is X?" lists no paragraph that never names X;
# "who lends money …" still lists the paragraph about a loan)
UNRELATED_SHARE = 0.5
OTHER_ARTICLE_RATIO = 0.9  # a second article is cited when it scores this close to the best
# An added sentence must answer nearly as well as the first: this share of the first
# sentence's question-term coverage, and (another article's) a best-sentence cosine at most
# DENSE_MARGIN below the top passage's.
ALSO_ANSWERS = 0.8
DENSE_MARGIN = 0.05
# ... and another article's sentence must hold at least this share of the question's term
# weight itself: one that shares only a name with the question ("… the Iranians") matched
# by meaning alone, and a weak first sentence lets anything reach 0.8 of it
OTHER_ARTICLE_COVERAGE = 0.3


def compose_answer(evidence: Evidence, max_sentences: int = 3, threshold: float | None = None) -> Answer:
    """Build the answer for `evidence`, or an abstention when it is too weak.

    >>> compose_answer(Evidence("q", (), {})).abstained
    True
    """
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    passages = evidence.passages
    if not passages:
        return Answer(question=evidence.question, sentences=(), citations=(), abstained=True, reason="weak")
    # what is asked for: a follow-up joined to the previous question asks in its own words
    question = asked_part(evidence.question)
    # "how many died?" is told as "killed" or "deaths" too
    qw = fate_kin(question, evidence.qweights)
    asked = want(question)
    value: StatesValue | None = asked.met_by if asked is not None else None
    # an added sentence must give the value too, when one is required ("how many …")
    also: StatesValue | None = value if asked is not None and asked.required else None
    checked = checked_lead(evidence.question, question, passages, qw, asked, threshold)
    if isinstance(checked, Answer):
        return checked
    passages, conf = checked
    top = passages[0]

    chosen: list[tuple[Paragraph, list[tuple[int, str]]]] = []
    # "what was the result of the war?": within the paragraph, the sentence that tells one;
    # "why …?" the sentence that gives a reason
    steer = (
        value
        if value is not None
        else tells_result
        if asks_result(question)
        else states_reason
        if asks_why(question)
        else tells_denial
        if asks_denial(question)
        else None
    )
    # "what is Iran's position on …?" is not answered by a sentence that says "this position"
    ranked = ranked_sentences(top.paragraph, without_stance_frame(question, qw), steer)
    ranked = _naming_sentence_first(question, ranked)
    slot = unfilled(question, top.paragraph.text, ranked[0][2])
    if slot is not None:
        # "who else attended?" near a sentence that names no one (index/retrieval/checks/slots.py)
        return abstention(evidence.question, top, qw, conf, "no_value", (slot,))
    picks = [(ranked[0][1], ranked[0][2])]
    first_cov = ranked[0][0]
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    if (
        max_sentences > 1
        and second > 0
        and second >= ALSO_ANSWERS * first_cov
        and (also is None or also(ranked[1][2]))
    ):
        picks.append((ranked[1][1], ranked[1][2]))
    if (
        _ASKS_WHO.match(question)
        and not asks_who_suffered(question)
        and not any(names_anyone(t, question) or mentions_people(t) for _, t in picks)
    ):
        # "who represented the US at the talks?" near "The U.S. … resumed talks with Iran in
        # Oman": no one beyond the question's own names, nor anyone by role, to answer with
        return abstention(evidence.question, top, qw, conf, "no_value", ("name",))
    chosen.append((top.paragraph, _with_antecedent(top.paragraph, sorted(picks), max_sentences)))
    if also is not None and max_sentences > 1:
        # "how many died?" told "In Israel, the war killed 30": a close passage's count for
        # another place ("610 deaths in Iran") is the rest of the answer (sides.py)
        chosen.extend(_other_side(question, picks[0][1], passages, also, qw, threshold))

    for other in passages[1:]:
        if sum(len(p) for _, p in chosen) >= max_sentences:
            break
        if other.paragraph.doc_id in {c[0].doc_id for c in chosen}:
            continue
        if (
            other.score >= OTHER_ARTICLE_RATIO * top.score
            and confidence(other) >= threshold
            and other.dense >= top.dense - DENSE_MARGIN
        ):
            r = ranked_sentences(other.paragraph, qw, value)
            if (
                r
                and r[0][0] >= OTHER_ARTICLE_COVERAGE
                and r[0][0] >= ALSO_ANSWERS * first_cov
                and (value is None or value(r[0][2]))
            ):
                chosen.append((other.paragraph, [(r[0][1], r[0][2])]))

    citations: list[Citation] = []
    sentences: list[AnswerSentence] = []
    for paragraph, picked in chosen:
        citations.append(citation(paragraph, " ".join(s for _, s in picked)))
        sentences.extend(AnswerSentence(text=s, citation=len(citations) - 1) for _, s in picked)
    used = {(c.doc_id, c.paragraph) for c in citations}
    # an article that repeats a paragraph word for word (a recap, a pasted item) is cited once
    seen = {(p.doc_id, " ".join(p.text.split())) for p, _ in chosen}
    for extra in passages[1:]:
        if len(citations) >= SUPPORTING:
            break
        if (extra.paragraph.doc_id, extra.paragraph.number) in used:
            continue
        same = (extra.paragraph.doc_id, " ".join(extra.paragraph.text.split()))
        if same in seen:
            continue
        seen.add(same)
        r = ranked_sentences(extra.paragraph, qw, value)
        if (not r or max(c for c, _, _ in r) <= 0) and extra.score < UNRELATED_SHARE * passages[0].score:
            continue  # shares no term with the question and ranks far below: not worth a look
        citations.append(citation(extra.paragraph, r[0][2]))
    return Answer(
        question=evidence.question,
        sentences=tuple(sentences[:max_sentences]),
        citations=tuple(citations),
        abstained=False,
        confidence=conf,
    )


def _other_side(
    question: str,
    told: str,
    passages: tuple[Passage, ...],
    value: StatesValue,
    qweights: dict[str, float],
    threshold: float,
) -> list[tuple[Paragraph, list[tuple[int, str]]]]:
    """The first of the next passages (within `VALUE_LOOKAHEAD`, answerable on their own)
    with a sentence that gives the value asked for in another place than `told` does."""
    for p in passages[1:VALUE_LOOKAHEAD]:
        if confidence(p) < threshold:
            continue
        sentences = sentences_of(p.paragraph)
        for i, (s, before) in enumerate(zip(sentences, ["", *sentences[:-1]], strict=True)):
            if answers_with(value, s, qweights, before) and other_side(question, told, s):
                return [(p.paragraph, [(i, s)])]
    return []


# "who met the president?" asks for someone; "who is Ana Ruiz?" asks what a named person is
_ASKS_WHO = re.compile(r"^\s*(?i:who|whom)\b(?!\s+(?i:is|was|are|were)\s+[A-Z])")


def _naming_sentence_first(question: str, ranked: list[Ranked]) -> list[Ranked]:
    """For a "who" question, the paragraph's best sentence that names someone the question does
    not, when the best one by the question's words names no one: "the meeting took place at
    the White House on Wednesday" does not say whom the president met; the sentence before it,
    with the guest's name, does."""
    if not ranked or _ASKS_WHO.match(question) is None or names_someone(ranked[0][2], question):
        return ranked
    for i, (cov, _, sentence) in enumerate(ranked[1:], start=1):
        if cov > 0 and names_someone(sentence, question):
            return [ranked[i], *ranked[:i], *ranked[i + 1 :]]
    return ranked


# a sentence whose subject is a personal pronoun ("They also met in Jerusalem …"); not "It",
# mostly a placeholder ("It will be …"), nor a quotation's "We"
_PRONOUN_SUBJECT = re.compile(r"^(?:He|She|They)\b")


def _with_antecedent(
    paragraph: Paragraph, picks: list[tuple[int, str]], max_sentences: int
) -> list[tuple[int, str]]:
    """`picks` (sentence position and text, in order) with the sentence before the first, when
    the first opens with a pronoun subject and the answer has room: "They also met in October"
    alone says nothing of whom; the sentence it goes on from stands before it."""
    pos, sentence = picks[0]
    if pos == 0 or len(picks) >= max_sentences or not _PRONOUN_SUBJECT.match(sentence):
        return picks
    return [(pos - 1, sentences_of(paragraph)[pos - 1]), *picks]
