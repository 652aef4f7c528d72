"""Reader round 17: a yes-or-no question whose only words a paragraph holds are those of its
time or occasion ("… after the summit?", "was kay at the meeting?"), and "who is Brava's
mayor?" near a paragraph that names another place's mayor, "where did they meet in
October?" between near-equal paragraphs, "and in Brava?" after a question about Tarn,
"what did they agree on?" near a paragraph that tells no agreement, and names typed in lower
case. Every text here is invented.
"""

from __future__ import annotations

from test_answer import evidence, para

from index.cli.render import abstention_text
from index.retrieval.casing import Casing
from index.retrieval.checks.acts import act_unreported
from index.retrieval.checks.office import office_of_another, owned_office
from index.retrieval.checks.pinned import pinned, pinned_first
from index.retrieval.checks.yes_no import asked_fact, fact_untold
from index.retrieval.compose import compose_answer
from index.retrieval.followup import resolve, swap_phrase
from index.types import Answer, Paragraph


def _answer(question: str, *passages: tuple[Paragraph, float, float, float]) -> Answer:
    return compose_answer(evidence(question, *passages), threshold=0.5)


# --- yes or no: the setting is not the fact -------------------------------------------------

SUMMIT = para("summit", 2, "The premiers of Brava and Tarn held a two-day summit in Kell on Monday.")
SHELLED = para("summit", 5, "After the summit, Brava attacked the border town of Ostel, killing four.")


def test_a_yes_no_question_is_not_told_by_a_paragraph_about_its_occasion_only() -> None:
    q = "Did Brava attack Tarn after the summit in Kell?"
    assert "attack" in asked_fact(q) and "summit" not in asked_fact(q)
    assert fact_untold(q, SUMMIT.text)
    assert not fact_untold(q, SHELLED.text)
    answer = _answer(q, (SUMMIT, 2.0, 0.8, 0.7))
    assert answer.abstained and answer.missing == ("fact",)


def test_a_lowercase_name_with_an_occasion_is_the_fact_asked() -> None:
    q = "was ilse varga at the summit"
    assert "varga" in asked_fact(q) and "summit" not in asked_fact(q)
    assert fact_untold(q, SUMMIT.text)
    assert not fact_untold(q, "Ilse Varga, Tarn's envoy, joined the summit on its second day.")
    assert _answer(q, (SUMMIT, 2.0, 0.8, 0.7)).abstained


def test_the_occasion_still_counts_when_nothing_else_is_asked() -> None:
    q = "Was Brava at the summit?"
    assert not fact_untold(q, SUMMIT.text)
    assert not _answer(q, (SUMMIT, 2.0, 0.8, 0.7)).abstained


def test_a_setting_phrase_inside_the_act_is_kept() -> None:
    # "before" ends what is asked; the act before it still has to be told
    assert fact_untold("Did Tarn sign the accord before the vote?", "Tarn held a vote on Sunday.")
    assert not fact_untold("Did Tarn sign the accord before the vote?", "Tarn signed the deal on Sunday.")


# --- who holds another owner's office --------------------------------------------------------

OTHER_MAYOR = para(
    "ports",
    1,
    "Kell – Tarn Mayor Ilse Varga pressed the port authority on Monday to cut fees for Brava's ferries.",
)
OWN_MAYOR = para("ports", 4, "Brava's mayor, Jon Amsel, said the ferries would keep running.")
SOME_MAYOR = para("ports", 6, "Mayor Jon Amsel said the ferries would keep running.")


def test_owned_office_reads_both_orders() -> None:
    assert owned_office("Who is Brava's mayor?") == ("Brava", "mayor")
    assert owned_office("who is the harbour master of Kell") == ("Kell", "harbour master")
    assert owned_office("Who is the mayor?") is None
    assert owned_office("Who is Jon Amsel?") is None


def test_another_owners_office_does_not_answer_who_holds_it() -> None:
    q = "Who is Brava's mayor?"
    assert office_of_another(q, OTHER_MAYOR.text)
    answer = _answer(q, (OTHER_MAYOR, 2.0, 0.8, 0.7))
    assert answer.abstained and answer.missing == ("name",)
    assert abstention_text(answer) == "The articles don't give the name asked for."


def test_the_owners_own_or_an_unowned_office_is_left_to_answer() -> None:
    q = "Who is the mayor of Brava?"
    assert not office_of_another(q, OWN_MAYOR.text)
    assert not office_of_another(q, SOME_MAYOR.text)  # may well be Brava's
    assert not office_of_another(q, "Officials in Brava said the ferries would run.")
    assert not office_of_another(q, "The Bravan mayor, Jon Amsel, backed the plan.")
    assert not office_of_another(q, "Tarn and Brava mayors met in Kell.")
    answer = _answer(q, (OWN_MAYOR, 2.0, 0.8, 0.7))
    assert not answer.abstained and answer.citations[0].paragraph == 4


def test_an_opening_word_or_a_name_set_off_by_a_comma_owns_no_office() -> None:
    q = "Who is the mayor of Brava?"
    assert not office_of_another(q, "Under Mayor Amsel the ferries kept running.")
    assert not office_of_another(q, "Jon Amsel, mayor since 2019, spoke.")


# --- where, in a month: the near-tie that names the month -------------------------------------

WILL_MEET = para(
    "envoys", 4, "Varga and Amsel will also meet amid anger over new fishing quotas in the Tarn Sea."
)
MET_IN_OCTOBER = para(
    "envoys", 2, "It is their third meeting this year. They also met in Kell in October to sign a port deal."
)


def test_where_in_a_month_prefers_a_near_tie_naming_that_month() -> None:
    q = "Where did Varga and Amsel meet in October?"
    assert pinned(q)
    answer = _answer(q, (WILL_MEET, 1.40, 0.70, 0.54), (MET_IN_OCTOBER, 1.39, 0.62, 0.60))
    assert not answer.abstained and answer.citations[0].paragraph == 2
    assert "Kell" in answer.text


def test_a_weaker_match_naming_the_month_does_not_lead() -> None:
    q = "Where did Varga and Amsel meet in October?"
    answer = _answer(q, (WILL_MEET, 1.40, 0.70, 0.54), (MET_IN_OCTOBER, 1.00, 0.50, 0.40))
    assert answer.citations[0].paragraph == 4


def test_a_month_naming_the_thing_asked_about_pins_nothing() -> None:
    assert not pinned("Who signed the port deal in October?")
    assert not pinned("Where was the October deal signed?")
    passages = evidence(
        "Who signed the port deal in October?", (WILL_MEET, 1.4, 0.7, 0.5), (MET_IN_OCTOBER, 1.39, 0.6, 0.6)
    )
    assert pinned_first("Who signed the port deal in October?", passages.passages) == passages.passages


# --- "and in X?": the previous question asked of another object ------------------------------

TOLL_TARN = para("flood", 3, "In Tarn, the flood killed 12 people and cut the rail line.")
TOLL_BRAVA = para("flood", 7, "The same flood left some 40 people dead in Brava, officials said.")


def test_and_in_another_place_asks_the_previous_question_of_that_place() -> None:
    r = resolve("And in Brava?", "How many people died in Tarn in the flood?", None)
    assert r.is_followup
    assert r.query == "How many people died in Brava in the flood?"
    answer = _answer(r.query, (TOLL_TARN, 2.0, 0.8, 0.7), (TOLL_BRAVA, 1.9, 0.75, 0.6))
    assert not answer.abstained and answer.citations[0].paragraph == 7
    assert "40" in answer.text and "12" not in answer.text


def test_swap_keeps_the_join_when_nothing_can_be_swapped() -> None:
    # no object of the same preposition, a bare name, or a chain of follow-ups
    assert resolve("And in May?", "How many ships sank during the storm?", None).query == (
        "How many ships sank during the storm? And in May?"
    )
    assert resolve("And Brava?", "How many died in Tarn?", None).query == "How many died in Tarn? And Brava?"
    assert swap_phrase("And in May?", "and in June?") is None
    # the first object that is a name or a bare word, not one opening on "the"
    assert swap_phrase("And for Brava?", "What did the board offer for the drivers for Tarn?") == (
        "What did the board offer for the drivers for Brava?"
    )


# --- what was agreed ------------------------------------------------------------------------

ARRIVED = para(
    "talks", 6, "Varga arrived at the palace through a side door, and there was no joint statement."
)
SIGNED = para("talks", 8, "Varga and Amsel signed a deal to share the Tarn fishing grounds.")


def test_what_was_agreed_needs_an_agreement_in_the_paragraph() -> None:
    q = "What did Varga and Amsel agree on at the palace?"
    assert act_unreported(q, ARRIVED.text)
    assert not act_unreported(q, SIGNED.text)
    answer = _answer(q, (ARRIVED, 2.0, 0.8, 0.7))
    assert answer.abstained and answer.missing == ("act",)
    answer = _answer(q, (SIGNED, 2.0, 0.8, 0.7))
    assert not answer.abstained


# --- names typed in lower case ----------------------------------------------------------------

FLOOD = [
    TOLL_TARN.text,
    TOLL_BRAVA.text,
    "Officials in Tarn and Brava met on Monday. However, no aid was agreed.",
]


def test_lower_case_names_get_the_capital_the_articles_give_them() -> None:
    casing = Casing.of(FLOOD)
    assert casing.recase("how many people died in brava?") == "how many people died in Brava?"
    assert casing.recase("and in tarn's north") == "and in Tarn's north"
    # a word also written in lower case, one capitalised only opening a sentence, a question
    # with a capital of its own: left as typed
    assert casing.recase("however many died?") == "however many died?"
    assert casing.recase("what did the officials say") == "what did the officials say"
    assert casing.recase("How many died in brava?") == "How many died in brava?"


def test_a_recased_place_picks_that_place_s_count() -> None:
    typed = "how many people died in brava in the flood"
    passages = ((TOLL_TARN, 2.0, 0.8, 0.7), (TOLL_BRAVA, 1.9, 0.75, 0.6))
    assert _answer(typed, *passages).citations[0].paragraph == 3  # read as no place at all
    answer = _answer(Casing.of(FLOOD).recase(typed), *passages)
    assert answer.citations[0].paragraph == 7 and "12" not in answer.text
