"""Which passage leads an answer, or why none does: the abstention checks run on the top
passage (a value asked for and not stated, a time, place, name, act or result left out),
and the close runner-ups that may lead instead. Pure, no I/O (used by `compose.py`)."""

from __future__ import annotations

from collections.abc import Callable

from ..types import Answer, Paragraph, Passage
from .checks.actor import deed_untold
from .checks.acts import act_unreported, holder_absent
from .checks.agreed import agreement_untold
from .checks.answer_type import Want, same_place
from .checks.broadcaster import broadcaster_untold
from .checks.cause_of import cause_of_other
from .checks.channel import channel_first
from .checks.counted import Counted, counted
from .checks.dated import another_of_thing, dated_thing, mentions_thing
from .checks.described import undescribed
from .checks.doer import doer_absent
from .checks.indefinite import role_unnamed
from .checks.named import asks_name, asks_who_suffered, gives_name, gives_who, name_withheld
from .checks.office import office_of_another, office_unmentioned
from .checks.penalty import penalty_untold
from .checks.pinned import pinned_first
from .checks.place_unnamed import place_unnamed
from .checks.premise import premise_untold
from .checks.reason import reason_first
from .checks.results import result_unreported
from .checks.spans import lasted_subject, other_occasion, spans_subject
from .checks.tense import time_left_out
from .checks.value_stated import states
from .checks.venue import place_left_out
from .checks.wanter import wanted_by_another
from .checks.who_did import act_first, role_untold
from .checks.winner import winner_untold
from .checks.yes_no import fact_untold, name_untold
from .lexical import coverage, terms
from .sentences import (
    StatesValue,
    abstention,
    confidence,
    ranked_sentences,
    sentences_of,
    states_any,
    states_value,
)

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


def checked_lead(
    asked_as: str,
    question: str,
    passages: tuple[Passage, ...],
    qw: dict[str, float],
    asked: Want | None,
    threshold: float,
) -> Answer | tuple[tuple[Passage, ...], float]:
    """The passages led by the one that answers `question` (the asked part of `asked_as`), with
    the confidence the answer goes by; or the abstention that says why none does. `qw` are the
    question's term weights, `asked` the value it asks for (`answer_type.want`)."""
    top = passages[0]
    conf = confidence(top)
    value: StatesValue | None = asked.met_by if asked is not None else None
    if conf >= threshold and qw and asked is not None and asked.required:
        kind = asked.kind

        def elsewhere(sentence: str) -> bool:
            return states(kind, sentence) and not same_place(question, sentence)

        thing = dated_thing(question) if asked.kind in ("date", "year", "day") else None
        led = _with_value_first(passages, asked.met_by, threshold, qw, elsewhere, thing)
        rescued = () if led else _span_of_subject(passages, question)
        if not led and not rescued:
            return abstention(asked_as, top, qw, conf, "no_value", (asked.kind,))
        passages = led or rescued
        top = passages[0]
        # a rescued passage answers on the strength of the question's best match
        conf = confidence(top) if led else conf
        if kind in ("number", "money") and place_unnamed(question, top.paragraph.text, top.paragraph.title):
            # "how much will X spend in Tarsby?" near a sum that is X's whole (place_unnamed.py)
            return abstention(asked_as, top, qw, conf, "no_value", (kind,))
    if conf < threshold or not qw:
        return abstention(asked_as, top, qw, conf, "weak")
    # "why …?": the reason may be the next paragraph ("That attack was in retaliation for …"),
    # cited on the strength of the event's own match
    best = passages[0].paragraph.text
    passages = reason_first(question, passages)
    if cause_of_other(question, passages[0].paragraph.text):
        # "what sparked the protests?" near "… in response to its crackdown on the protests"
        return abstention(asked_as, passages[0], qw, conf, "no_value", ("reason",))
    if premise_untold(question, best, passages[0].paragraph.text):
        # "why did X cancel his trip?" near "X will meet Y …, seeking to press him" (premise.py)
        return abstention(asked_as, passages[0], qw, conf, "no_value", ("act",))
    # "where did X and Y meet in October?": a near-tie that names October tells of that meeting
    passages = pinned_first(question, passages)
    # "who brokered the ceasefire that ended the war?": a near-tie that holds "brokered"
    passages = act_first(question, passages)
    # "how did X announce it?": a near-tie that names a channel ("via social media") (channel.py)
    passages = channel_first(question, passages)
    if undescribed(question, passages[0].paragraph.text):
        # "who is Ana Ruiz?" near "I take what Ana Ruiz said seriously": a near-tie that says
        # who she is ("Ana Ruiz, the former head of …") leads (described.py)
        passages = _first_fit(passages, question, undescribed, threshold) or passages
    top = passages[0]
    if (
        asked is not None
        and asked.kind == "time"
        and top.lexical < WEAK_SENTENCE
        and not any(asked.met_by(s) for s in sentences_of(top.paragraph))
    ):
        # "when is X due to fly home?" near a paragraph about X that states no time at all
        return abstention(asked_as, top, qw, conf, "no_value", ("time",))
    when = asked is not None and asked.kind == "time"
    dated = value is not None and states_any(top.paragraph, value)
    spans = states_any(top.paragraph, lambda s: states("duration", s))
    left_out = time_left_out(question, top.paragraph.text, when, dated, spans)
    if left_out is not None:
        # "when will the next round take place?" near a paragraph whose only times are past,
        # "what will X do?" near one that only tells what was done … (index/retrieval/checks/tense.py)
        return abstention(asked_as, top, qw, conf, "no_value", (left_out,))
    if place_left_out(question, top.paragraph.text):
        # "where will the next round be held?" near "… held talks in Oman, after which …" (venue.py)
        return abstention(asked_as, top, qw, conf, "no_value", ("place",))
    if name_withheld(question, top.paragraph.text):
        # "what is the name of the analyst?" near "… an analyst, speaking on condition of anonymity"
        return abstention(asked_as, top, qw, conf, "no_value", ("name",))
    if asks_name(question) and not gives_name(top.paragraph.text, question):
        # "who is the foreign minister?" answered by a paragraph that names no one
        return abstention(asked_as, top, qw, conf, "no_value", ("name",))
    if role_unnamed(question, top.paragraph.text):
        # "which judge ordered …?" near "a federal judge ordered …" (indefinite.py)
        return abstention(asked_as, top, qw, conf, "no_value", ("name",))
    others = "\n".join(p.paragraph.text for p in passages[1:])  # where an unowned office may be owned
    text = top.paragraph.text
    if office_of_another(question, text, others) or office_unmentioned(question, text):
        # "who is Iran's president?" near "U.S. President Donald Trump …", "who is the
        # Israeli defense minister?" near "Israeli Prime Minister Benjamin Netanyahu" (office.py)
        return abstention(asked_as, top, qw, conf, "no_value", ("name",))
    if asks_who_suffered(question) and not gives_who(top.paragraph.text, question):
        # "who was killed in the attack?" near a paragraph that only calls the attack deadly
        return abstention(asked_as, top, qw, conf, "no_value", ("name",))
    if act_unreported(question, top.paragraph.text):
        # "what did X offer Y?" near "X insisted that talks go on" (index/retrieval/checks/acts.py)
        return abstention(asked_as, top, qw, conf, "no_value", ("act",))
    if deed_untold(question, top.paragraph.text):
        # "what did Hezbollah do?" near "… the assassinations of senior Hezbollah leaders"
        return abstention(asked_as, top, qw, conf, "no_value", ("act",))
    if fact_untold(question, top.paragraph.text) or name_untold(question, top.paragraph.text):
        # "did X and Y sign any agreement?" near "X and Y will meet amid …" (yes_no.py)
        return abstention(asked_as, top, qw, conf, "no_value", ("fact",))
    if holder_absent(question, top.paragraph.text):
        # "what is Brava's position on …?" near a paragraph that never names Brava
        return abstention(asked_as, top, qw, conf, "no_value", ("view",))
    if doer_absent(question, top.paragraph.text):
        # "when did X drop out?" near "Y dropped out on May 3" that never names X (doer.py)
        return abstention(asked_as, top, qw, conf, "no_value", ("act",))
    for unfit, missing in (
        (winner_untold, "result"),
        (result_unreported, "result"),
        (role_untold, "name"),
        (wanted_by_another, "aim"),
        (penalty_untold, "result"),
        (broadcaster_untold, "name"),
        (agreement_untold, "act"),
    ):
        # "who won the war?" near a paragraph that tells how it began (winner.py), "what was
        # the outcome of the vote?" near "the council held a vote" (acts.py), "who mediated
        # the talks in Oman?" near "… held talks in Oman, after which …" (who_did.py), "what did
        # X want?" near "He wants to convince X …" (wanter.py), "what sentence did X get?" near
        # "X was charged with …" (penalty.py), "which network aired the debate?" near one that
        # names no broadcaster (broadcaster.py), "did X agree to Y?" near "Z wants Y in any deal"
        # (agreed.py): a close runner-up may tell the result, name the mediator or the
        # broadcaster, tell what X wants, the sentence or whether X agreed
        if unfit(question, top.paragraph.text):
            led = _first_fit(passages, question, unfit, threshold)
            if not led:
                return abstention(asked_as, top, qw, conf, "no_value", (missing,))
            passages = led
            top = passages[0]
            conf = confidence(top)
    things = counted(question)
    if things is not None and _only_restates(top.paragraph, things, qw):
        led = _naming_first(passages, things, threshold, qw)
        if not led:
            return abstention(asked_as, top, qw, conf, "no_value", ("names",))
        passages = led
        top = passages[0]
        conf = confidence(top)
    return passages, conf


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
    other_place = elsewhere is not None and any(elsewhere(s) for s in sentences_of(top.paragraph))
    ratio = ELSEWHERE_RATIO if other_place else VALUE_RATIO
    for i, p in enumerate(passages[:VALUE_LOOKAHEAD]):
        if i and (p.score < ratio * top.score or confidence(p) < threshold):
            continue
        if thing is not None and not mentions_thing(p.paragraph.text, thing):
            continue
        if thing is not None and i and another_of_thing(thing, top, p):
            continue  # "a ceasefire in Gaza in October" for the ceasefire the best one tells of
        if states_value(p.paragraph, value, qweights):
            return (p, *passages[:i], *passages[i + 1 :])
    return ()


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
        if any(spans_subject(s, head, _stem) for s in sentences_of(p.paragraph)):
            return (p, *passages[:i], *passages[i + 1 :])
    return ()


def _stem(word: str) -> str:
    return next(iter(terms(word)), word)


def _only_restates(paragraph: Paragraph, things: Counted, qweights: dict[str, float]) -> bool:
    """The paragraph's best sentence gives the count asked for ("three Iranian nuclear sites")
    and no sentence of it names them."""
    ranked = ranked_sentences(paragraph, qweights)
    return (
        bool(ranked)
        and things.restated(ranked[0][2])
        and not any(things.named(s) for s in sentences_of(paragraph))
    )


def _naming_first(
    passages: tuple[Passage, ...], things: Counted, threshold: float, qweights: dict[str, float]
) -> tuple[Passage, ...]:
    """`passages` led by a close runner-up that names the things asked for; empty when none does."""
    top = passages[0]
    for i, p in enumerate(passages[1:VALUE_LOOKAHEAD], start=1):
        if p.score < VALUE_RATIO * top.score or confidence(p) < threshold:
            continue
        if any(things.named(s) and coverage(qweights, set(terms(s))) > 0 for s in sentences_of(p.paragraph)):
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
