"""Reader round 19: "what day of the month …?" near a weekday, "how much damage in dollars
…?" near a count of the dead, "Lee's age?", "is the levy going to come up …?", a yes-or-no
question whose only shared word relates its names ("between"), "what was that reprisal for?",
"who brokered …?" between near-equal paragraphs, "who mediated the talks?" near a paragraph
that names no mediator, a count asked of two places, and two letters typed in the wrong order.
Every text here is invented.
"""

from __future__ import annotations

from test_answer import evidence, para

from index.engine import Engine
from index.retrieval.checks.acts import act_unreported, asked_act
from index.retrieval.checks.asked_kind import wanted
from index.retrieval.checks.reason import asks_why, reason_first
from index.retrieval.checks.who_did import act_first, asked_verb, done_by, role_untold
from index.retrieval.checks.yes_no import asked_fact, fact_untold
from index.retrieval.compose import compose_answer
from index.retrieval.swapped import unswap
from index.types import Answer, Paragraph, Passage


def _answer(question: str, *passages: tuple[Paragraph, float, float, float]) -> Answer:
    return compose_answer(evidence(question, *passages), threshold=0.5)


def _passages(*scored: tuple[Paragraph, float]) -> tuple[Passage, ...]:
    return tuple(Passage(p, score=s, dense=s, lexical=s, coverage=s) for p, s in scored)


# --- the kind of value asked ------------------------------------------------------------------

TALKS = para("talks", 1, "The envoys of Brava and Tarn met in Kell on Thursday, , behind closed doors.")
FLOOD = para("flood", 4, "In Ostel, the flood killed 12 people and caused heavy damage to the harbour.")


def test_a_day_of_the_month_is_a_date_that_a_weekday_does_not_give() -> None:
    q = "What day of the month did the envoys meet in Kell?"
    assert wanted(q) == "date" and wanted("Which day of the week did they meet?") == "day"
    answer = _answer(q, (TALKS, 2.0, 0.8, 0.7))
    assert answer.abstained and answer.missing == ("date",)
    dated = para("talks", 2, "The envoys met in Kell on Thursday, March 14, behind closed doors.")
    assert not _answer(q, (dated, 2.0, 0.8, 0.7)).abstained


def test_a_currency_asks_for_a_sum_whatever_is_measured() -> None:
    q = "How much damage in dollars did the flood cause in Ostel?"
    assert wanted(q) == "money" and wanted("How much damage did the flood cause?") == "number"
    answer = _answer(q, (FLOOD, 2.0, 0.8, 0.7))
    assert answer.abstained and answer.missing == ("money",)
    costed = para("flood", 5, "Insurers put the damage to the harbour in Ostel at $40 million.")
    assert not _answer(q, (costed, 2.0, 0.8, 0.7)).abstained


def test_an_age_asks_for_a_number() -> None:
    assert wanted("the mayor's age?") == wanted("What is the age of the mayor?") == "number"
    assert wanted("At what age did Lee join the council?") == "number"
    assert wanted("What did the age of the harbour mean for the town?") is None
    mayor = para("town", 2, "Mayor Ilse Varga, who leads the Kell council, backed the levy on Monday.")
    answer = _answer("Ilse Varga's age?", (mayor, 2.0, 0.8, 0.7))
    assert answer.abstained and answer.missing == ("number",)
    aged = para("town", 3, "Varga, 54, is serving a second term.")
    assert not _answer("Ilse Varga's age?", (aged, 2.0, 0.8, 0.7)).abstained


# --- a matter that comes up -------------------------------------------------------------------

RAISED = "It is unclear whether the levy will be discussed at the summit, despite Tarn's protests."


def test_coming_up_is_a_matter_raised_in_any_word_of_raising() -> None:
    q = "Is the harbour levy going to come up at the summit?"
    assert "discuss" in (asked_act(q) or set())
    assert not act_unreported(q, RAISED)
    assert act_unreported(q, "The summit will open in Kell on Monday with a dinner.")
    # "come up with" is to devise: not a matter raised
    assert "discuss" not in (asked_act("Is Tarn going to come up with a plan?") or set())


# --- yes or no: words that only relate the names --------------------------------------------


def test_a_relation_between_the_names_is_not_the_fact_asked() -> None:
    q = "Is Kell mediating between Brava and Tarn?"
    assert asked_fact(q) == {"mediat"}
    war = "The border war between Brava and Tarn ended in a truce last spring."
    assert fact_untold(q, war)
    assert not fact_untold(q, "Kell has been mediating talks between Brava and Tarn since May.")
    assert _answer(q, (para("war", 3, war), 2.0, 0.8, 0.7)).abstained


# --- what a reprisal was for ------------------------------------------------------------------


def test_what_a_reprisal_was_for_is_a_reason_told_by_the_next_paragraph() -> None:
    assert asks_why("What was that reprisal for?") and asks_why("what was it in retaliation for")
    assert not asks_why("What was Tarn's retaliation for the raid?")
    assert not asks_why("What was the council's response to the strike?")
    shelled = para("border", 6, "In May, Tarn shelled the port of Ostel for the first time.")
    reason = para("border", 7, "That attack was in retaliation for a raid on a Tarn depot days earlier.")
    led = reason_first("what was that reprisal for?", _passages((shelled, 1.0), (reason, 0.6)))
    assert led[0].paragraph is reason


# --- who did the act asked ---------------------------------------------------------------------

STARTED = para("war", 2, "The spring war was started by a Brava raid on Tarn's border posts.")
BROKERED = para("war", 3, "Tarn later joined the talks, before a truce brokered by Kell took effect.")


def test_a_near_tie_that_names_the_doer_of_the_asked_verb_leads() -> None:
    q = "who brokered the truce that ended the spring war"
    assert asked_verb(q) == "broker" and asked_verb("Who is the mayor?") is None
    assert done_by("broker", BROKERED.text) and not done_by("broker", "Kell brokered a truce.")
    led = act_first(q, _passages((STARTED, 1.0), (BROKERED, 0.95)))
    assert led[0].paragraph is BROKERED
    # a weaker match, or one that tells the act without its doer, does not lead
    assert act_first(q, _passages((STARTED, 1.0), (BROKERED, 0.7)))[0].paragraph is STARTED
    active = para("war", 4, "Kell brokered a truce between the two in June.")
    assert act_first(q, _passages((STARTED, 1.0), (active, 0.95)))[0].paragraph is STARTED


# --- two letters swapped ------------------------------------------------------------------------


def test_two_swapped_letters_are_read_as_the_word_the_articles_use() -> None:
    words = frozenset({"harbour", "flooded", "ostel", "which", "united", "untied"})
    # "ostle" is too short to tell from another word
    assert unswap("which harbuor was flooded in ostle?", words) == "which harbour was flooded in ostle?"
    assert unswap("Which Harbuor?", words) == "Which Harbour?"
    # a word the articles use, one two swaps away, and a known stem stay
    assert unswap("was it untied?", words) == "was it untied?"
    assert unswap("was it flodeod?", words) == "was it flodeod?"
    known = frozenset({"harbour", "harbosur"})
    assert unswap("the harbours", known, lambda t: t == "harbour") == "the harbours"
    # a name the articles write is left to spelling.py, which says what it read
    assert unswap("was Ostell hit?", frozenset({"ostell"}) | words, names={"ostell"}) == "was Ostell hit?"


def test_a_question_with_swapped_letters_is_answered_as_if_spelt_right(fixture_corpus_engine: Engine) -> None:
    right = fixture_corpus_engine.ask("What did Morsland reject on its missile programme?")
    typed = fixture_corpus_engine.ask("What did Morsland reject on its missile porgramme?")
    assert not right.abstained and not typed.abstained
    assert typed.citations[0].doc_id == right.citations[0].doc_id
    assert typed.citations[0].paragraph == right.citations[0].paragraph


# --- a count asked of two places ------------------------------------------------------------


def test_a_count_asked_of_two_places_gives_each_place_its_sentence() -> None:
    q = "Compare the death tolls in Brava and in Tarn from the flood"
    brava = para("flood", 2, "The flood, the worst in decades, caused about 140 deaths in Brava.")
    tarn = para("flood", 7, "In Tarn, the flood killed 12 people and cut the railway.")
    kell = para("flood", 9, "In Kell, the flood killed 3 people.")
    answer = _answer(q, (brava, 2.0, 0.8, 0.7), (kell, 1.9, 0.8, 0.6), (tarn, 1.8, 0.8, 0.6))
    assert not answer.abstained
    cited = [c.paragraph for c in answer.citations]
    assert cited[:2] == [2, 7] and 9 not in cited[:2]
    assert "140" in answer.text and "12 people" in answer.text


# --- a role in talks ------------------------------------------------------------------------------

HELD = para(
    "talks", 3, "Brava and Tarn held talks in Kell last week, after which Lee said more would follow."
)
HOSTED = para(
    "talks", 4, "The talks in Kell were mediated by Norway's envoy, Ana Ruiz, who hosted both sides."
)


def test_who_held_a_role_in_talks_needs_a_word_of_that_role() -> None:
    assert role_untold("Who mediated the talks in Kell?", HELD.text)
    assert role_untold("who led the Tarn delegation in Kell?", HELD.text)
    assert role_untold("Who led the Tarn delegation?", "The talks led to a truce.")
    assert not role_untold("Who led the Tarn delegation?", "The Tarn delegation was headed by Ana Ruiz.")
    assert not role_untold("Who led the army into Kell?", HELD.text)  # not a role in talks
    answer = _answer("Who mediated the talks in Kell?", (HELD, 2.0, 0.8, 0.7))
    assert answer.abstained and answer.missing == ("name",)
    led = _answer("Who mediated the talks in Kell?", (HELD, 2.0, 0.8, 0.7), (HOSTED, 1.9, 0.8, 0.6))
    assert not led.abstained and led.citations[0].paragraph == 4
