"""Answer composition: (question, ranked passages) → `Answer`. Pure, no I/O.

Every sentence of an answer is copied verbatim from a cited paragraph. The best passage
gives its best-matching sentence (and a second one when it also carries the question's
terms); a passage from another article that scores nearly as well adds its best sentence,
so both sides are cited. Weak evidence gives an abstention that names the closest paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text import sentence_spans
from ..types import AbstainReason, Answer, AnswerSentence, Citation, Paragraph, Passage
from .checks.actor import deed_untold
from .checks.acts import (
    act_unreported,
    asks_result,
    holder_absent,
    result_unreported,
    tells_result,
    without_stance_frame,
)
from .checks.answer_type import same_place, states, want
from .checks.counted import Counted, counted
from .checks.dated import another_of_thing, dated_thing, mentions_thing
from .checks.fates import fate_kin
from .checks.named import (
    asks_name,
    asks_who_suffered,
    gives_name,
    gives_who,
    mentions_people,
    name_withheld,
    names_anyone,
)
from .checks.reason import asks_why, reason_first, states_reason
from .checks.sides import other_side
from .checks.slots import names_someone, unfilled
from .checks.spans import lasted_subject, other_occasion, spans_subject
from .checks.tense import time_left_out
from .checks.venue import place_left_out
from .checks.winner import winner_untold
from .checks.yes_no import fact_untold
from .followup import asked_part
from .hybrid import Evidence
from .lexical import coverage, terms

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
# A question that asks for a value ("how many …") whose best passage states none may be
# answered by the next passages that do, when they score at least this share of the best.
VALUE_RATIO = 0.7
ELSEWHERE_RATIO = 0.6
VALUE_LOOKAHEAD = 5

# A "when" question whose best sentence holds under this share of its term weight, in a
# paragraph that states no time, is near the topic and not answered: "when" otherwise only
# steers the choice of sentence (answer_type.SOFT). On squad-dev no such answer held under
# 0.31, on the fixture 0.41; on the seeds an unanswerable one held 0.14.
WEAK_SENTENCE = 0.25
StatesValue = Callable[[str], bool]  # whether a sentence states the value a question asks for


def confidence(passage: Passage) -> float:
    """How sure we are that `passage` answers the question (about 0..1.5).

    The best sentence's cosine to the question, plus a quarter of the share of the
    question's IDF mass that the best sentence and the whole paragraph cover.
    """
    return passage.dense + 0.25 * passage.lexical + 0.25 * passage.coverage


def _ranked_sentences(
    paragraph: Paragraph, qweights: dict[str, float], value: StatesValue | None = None
) -> list[tuple[float, int, str]]:
    """The paragraph's sentences, best first: those stating the value asked for (if any
    is asked for), then by the share of the question's terms they hold."""
    out = []
    sentences = _sentences(paragraph)
    answering = set()
    for pos, sentence in enumerate(sentences):
        out.append((coverage(qweights, set(terms(sentence))), pos, sentence))
        if value is not None and _answers_with(value, sentence, qweights, sentences[pos - 1] if pos else ""):
            answering.add(pos)
    out.sort(key=lambda s: (value is not None and s[1] not in answering, -s[0], s[1]))
    return out


def _sentences(paragraph: Paragraph) -> list[str]:
    return [paragraph.text[a:b] for a, b in sentence_spans(paragraph.text)]


# a sentence opening with a demonstrative goes on about the sentence before ("That conflict, …")
_BACK_REFERENCE = re.compile(r"^\W*(?:that|this|these|those)\s+[a-z]", re.IGNORECASE)


def _answers_with(value: StatesValue, sentence: str, qweights: dict[str, float], previous: str = "") -> bool:
    """`sentence` states the value asked for and holds one of the question's terms, or goes on
    about a previous sentence that does ("… a 12-day war … That conflict, which resulted in 610
    deaths in Iran, …"): "200 missiles" does not answer "how many troops were sent?" from a
    sentence about neither."""
    if not value(sentence):
        return False
    if coverage(qweights, set(terms(sentence))) > 0:
        return True
    return (
        bool(previous)
        and _BACK_REFERENCE.match(sentence) is not None
        and (coverage(qweights, set(terms(previous))) > 0)
    )


def _states_value(paragraph: Paragraph, value: StatesValue, qweights: dict[str, float]) -> bool:
    sentences = _sentences(paragraph)
    previous = ["", *sentences[:-1]]
    return any(_answers_with(value, x, qweights, p) for x, p in zip(sentences, previous, strict=True))


def _states_any(paragraph: Paragraph, value: StatesValue) -> bool:
    return any(value(s) for s in _sentences(paragraph))


def _with_value_first(
    passages: tuple[Passage, ...],
    value: StatesValue,
    threshold: float,
    qweights: dict[str, float],
    elsewhere: StatesValue | None = None,
    thing: str | None = None,
) -> tuple[Passage, ...]:
    """`passages` led by the first that states the value asked for (of `thing`, the noun a
    date question dates, when it names one): the best one, or a close runner-up; empty when
    none of them does. When the best one states such a value for another place
    (`elsewhere`: "In Israel, the war killed 30" for "how many were killed in Iran?"), its
    words fit the question better than those of the place asked about, so a runner-up down
    to `ELSEWHERE_RATIO` of its score may answer."""
    top = passages[0]
    other_place = elsewhere is not None and any(elsewhere(s) for s in _sentences(top.paragraph))
    ratio = ELSEWHERE_RATIO if other_place else VALUE_RATIO
    for i, p in enumerate(passages[:VALUE_LOOKAHEAD]):
        if i and (p.score < ratio * top.score or confidence(p) < threshold):
            continue
        if thing is not None and not mentions_thing(p.paragraph.text, thing):
            continue
        if thing is not None and i and another_of_thing(thing, top, p):
            continue  # "a ceasefire in Gaza in October" for the ceasefire the best one tells of
        if _states_value(p.paragraph, value, qweights):
            return (p, *passages[:i], *passages[i + 1 :])
    return ()


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
        sentences = _sentences(p.paragraph)
        for i, (s, before) in enumerate(zip(sentences, ["", *sentences[:-1]], strict=True)):
            if _answers_with(value, s, qweights, before) and other_side(question, told, s):
                return [(p.paragraph, [(i, s)])]
    return []


def _span_of_subject(passages: tuple[Passage, ...], question: str) -> tuple[Passage, ...]:
    """`passages` led by the first, however low it ranks or scores, with a sentence that puts
    a span right before what a "how long did X last?" question measures ("the three-hour
    meeting"): a passage about something else holds the answer in passing, and the span
    beside the very thing asked about is evidence enough; empty when none does."""
    head = lasted_subject(question)
    if head is None:
        return ()
    best = passages[0].paragraph
    for i, p in enumerate(passages):
        if p.paragraph.doc_id != best.doc_id and other_occasion(question, best.text, p.paragraph.text):
            continue  # another article's meeting, not the October one the best paragraph tells of
        if any(spans_subject(s, head, _stem) for s in _sentences(p.paragraph)):
            return (p, *passages[:i], *passages[i + 1 :])
    return ()


def _stem(word: str) -> str:
    return next(iter(terms(word)), word)


def _only_restates(paragraph: Paragraph, things: Counted, qweights: dict[str, float]) -> bool:
    """The paragraph's best sentence gives the count asked for ("three Iranian nuclear sites")
    and no sentence of it names them."""
    ranked = _ranked_sentences(paragraph, qweights)
    return (
        bool(ranked)
        and things.restated(ranked[0][2])
        and not any(things.named(s) for s in _sentences(paragraph))
    )


def _naming_first(
    passages: tuple[Passage, ...], things: Counted, threshold: float, qweights: dict[str, float]
) -> tuple[Passage, ...]:
    """`passages` led by a close runner-up that names the things asked for; empty when none does."""
    top = passages[0]
    for i, p in enumerate(passages[1:VALUE_LOOKAHEAD], start=1):
        if p.score < VALUE_RATIO * top.score or confidence(p) < threshold:
            continue
        if any(things.named(s) and coverage(qweights, set(terms(s))) > 0 for s in _sentences(p.paragraph)):
            return (p, *passages[:i], *passages[i + 1 :])
    return ()


def _first_fit(
    passages: tuple[Passage, ...], question: str, unfit: Callable[[str, str], bool], threshold: float
) -> tuple[Passage, ...]:
    """`passages` led by a close runner-up whose paragraph is not `unfit` for `question`; empty
    when none is."""
    top = passages[0]
    for i, p in enumerate(passages[1:VALUE_LOOKAHEAD], start=1):
        if (
            p.score >= VALUE_RATIO * top.score
            and confidence(p) >= threshold
            and not unfit(question, p.paragraph.text)
        ):
            return (p, *passages[:i], *passages[i + 1 :])
    return ()


Ranked = tuple[float, int, str]  # a sentence's share of the question's terms, its place, its text
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


def _citation(p: Paragraph, quote: str) -> Citation:
    return Citation(
        doc_id=p.doc_id, title=p.title, paragraph=p.number, quote=quote, text=p.text, outlet=p.outlet
    )


def compose_answer(evidence: Evidence, max_sentences: int = 3, threshold: float | None = None) -> Answer:
    """Build the answer for `evidence`, or an abstention when it is too weak.

    >>> compose_answer(Evidence("q", (), {})).abstained
    True
    """
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    passages = evidence.passages
    if not passages:
        return Answer(question=evidence.question, sentences=(), citations=(), abstained=True, reason="weak")
    top = passages[0]
    conf = confidence(top)
    # what is asked for: a follow-up joined to the previous question asks in its own words
    question = asked_part(evidence.question)
    # "how many died?" is told as "killed" or "deaths" too
    qw = fate_kin(question, evidence.qweights)
    asked = want(question)
    value: StatesValue | None = asked.met_by if asked is not None else None
    # an added sentence must give the value too, when one is required ("how many …")
    also: StatesValue | None = value if asked is not None and asked.required else None
    if conf >= threshold and qw and asked is not None and asked.required:
        kind = asked.kind

        def elsewhere(sentence: str) -> bool:
            return states(kind, sentence) and not same_place(question, sentence)

        thing = dated_thing(question) if asked.kind in ("date", "year", "day") else None
        led = _with_value_first(passages, asked.met_by, threshold, qw, elsewhere, thing)
        rescued = () if led else _span_of_subject(passages, question)
        if not led and not rescued:
            return _abstention(evidence.question, top, qw, conf, "no_value", (asked.kind,))
        passages = led or rescued
        top = passages[0]
        # a rescued passage answers on the strength of the question's best match
        conf = confidence(top) if led else conf
    if conf < threshold or not qw:
        return _abstention(evidence.question, top, qw, conf, "weak")
    # "why …?": the reason may be the next paragraph ("That attack was in retaliation for …"),
    # cited on the strength of the event's own match
    passages = reason_first(question, passages)
    top = passages[0]
    if (
        asked is not None
        and asked.kind == "time"
        and top.lexical < WEAK_SENTENCE
        and not any(asked.met_by(s) for s in _sentences(top.paragraph))
    ):
        # "when is X due to fly home?" near a paragraph about X that states no time at all
        return _abstention(evidence.question, top, qw, conf, "no_value", ("time",))
    when = asked is not None and asked.kind == "time"
    dated = value is not None and _states_any(top.paragraph, value)
    spans = _states_any(top.paragraph, lambda s: states("duration", s))
    left_out = time_left_out(question, top.paragraph.text, when, dated, spans)
    if left_out is not None:
        # "when will the next round take place?" near a paragraph whose only times are past,
        # "what will X do?" near one that only tells what was done … (index/retrieval/checks/tense.py)
        return _abstention(evidence.question, top, qw, conf, "no_value", (left_out,))
    if place_left_out(question, top.paragraph.text):
        # "where will the next round be held?" near "… held talks in Oman, after which …" (venue.py)
        return _abstention(evidence.question, top, qw, conf, "no_value", ("place",))
    if name_withheld(question, top.paragraph.text):
        # "what is the name of the analyst?" near "… an analyst, speaking on condition of anonymity"
        return _abstention(evidence.question, top, qw, conf, "no_value", ("name",))
    if asks_name(question) and not gives_name(top.paragraph.text, question):
        # "who is the foreign minister?" answered by a paragraph that names no one
        return _abstention(evidence.question, top, qw, conf, "no_value", ("name",))
    if asks_who_suffered(question) and not gives_who(top.paragraph.text, question):
        # "who was killed in the attack?" near a paragraph that only calls the attack deadly
        return _abstention(evidence.question, top, qw, conf, "no_value", ("name",))
    if act_unreported(question, top.paragraph.text):
        # "what did X offer Y?" near "X insisted that talks go on" (index/retrieval/checks/acts.py)
        return _abstention(evidence.question, top, qw, conf, "no_value", ("act",))
    if deed_untold(question, top.paragraph.text):
        # "what did Hezbollah do?" near "… the assassinations of senior Hezbollah leaders"
        return _abstention(evidence.question, top, qw, conf, "no_value", ("act",))
    if fact_untold(question, top.paragraph.text):
        # "did X and Y sign any agreement?" near "X and Y will meet amid …" (yes_no.py)
        return _abstention(evidence.question, top, qw, conf, "no_value", ("fact",))
    if holder_absent(question, top.paragraph.text):
        # "what is Brava's position on …?" near a paragraph that never names Brava
        return _abstention(evidence.question, top, qw, conf, "no_value", ("view",))
    for unfit in (winner_untold, result_unreported):
        # "who won the war?" near a paragraph that tells how it began (winner.py), "what was
        # the outcome of the vote?" near "the council held a vote" (acts.py): a close
        # runner-up may tell the result
        if unfit(question, top.paragraph.text):
            led = _first_fit(passages, question, unfit, threshold)
            if not led:
                return _abstention(evidence.question, top, qw, conf, "no_value", ("result",))
            passages = led
            top = passages[0]
            conf = confidence(top)
    things = counted(question)
    if things is not None and _only_restates(top.paragraph, things, qw):
        led = _naming_first(passages, things, threshold, qw)
        if not led:
            return _abstention(evidence.question, top, qw, conf, "no_value", ("names",))
        passages = led
        top = passages[0]
        conf = confidence(top)

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
        else None
    )
    # "what is Iran's position on …?" is not answered by a sentence that says "this position"
    ranked = _ranked_sentences(top.paragraph, without_stance_frame(question, qw), steer)
    ranked = _naming_sentence_first(question, ranked)
    slot = unfilled(question, top.paragraph.text, ranked[0][2])
    if slot is not None:
        # "who else attended?" near a sentence that names no one (index/retrieval/checks/slots.py)
        return _abstention(evidence.question, top, qw, conf, "no_value", (slot,))
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
        return _abstention(evidence.question, top, qw, conf, "no_value", ("name",))
    chosen.append((top.paragraph, sorted(picks)))
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
            r = _ranked_sentences(other.paragraph, qw, value)
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
        citations.append(_citation(paragraph, " ".join(s for _, s in picked)))
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
        r = _ranked_sentences(extra.paragraph, qw, value)
        if (not r or max(c for c, _, _ in r) <= 0) and extra.score < UNRELATED_SHARE * passages[0].score:
            continue  # shares no term with the question and ranks far below: not worth a look
        citations.append(_citation(extra.paragraph, r[0][2]))
    return Answer(
        question=evidence.question,
        sentences=tuple(sentences[:max_sentences]),
        citations=tuple(citations),
        abstained=False,
        confidence=conf,
    )


def _abstention(
    question: str,
    top: Passage,
    qweights: dict[str, float],
    conf: float,
    reason: AbstainReason,
    missing: tuple[str, ...] = (),
) -> Answer:
    """No answer, naming the paragraph that came closest and why."""
    best = _ranked_sentences(top.paragraph, qweights)
    quote = best[0][2] if best else top.paragraph.text
    return Answer(
        question=question,
        sentences=(),
        citations=(),
        abstained=True,
        reason=reason,
        missing=missing,
        confidence=conf,
        closest=_citation(top.paragraph, quote),
    )
