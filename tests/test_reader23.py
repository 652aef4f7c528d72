"""Reader round 23: "did X agree to Y?" near a paragraph where Y is only wanted in any deal,
"why did X oppose Y?" near a paragraph that names the opposition only in a concessive phrase,
"what was the outcome of the next round?" near the outcome of the last one, a year no article
writes, "what came out of …?" and "did X manage to …?" asking for a result, "security" or
"leader" telling no result, and "what gift did X bring?" near a paragraph that gives nothing.
Every text here is invented.
"""

from __future__ import annotations

from test_answer import evidence, para

from index.retrieval.checks.acts import act_unreported
from index.retrieval.checks.agreed import agreement_untold, asks_agreed, asks_if_agreed
from index.retrieval.checks.cause_of import cause_of_other
from index.retrieval.checks.results import asks_result, result_unreported, tells_result
from index.retrieval.compose import compose_answer
from index.retrieval.mentions import Vocabulary
from index.types import Answer, Paragraph


def _answer(question: str, *passages: tuple[Paragraph, float, float, float]) -> Answer:
    return compose_answer(evidence(question, *passages), threshold=0.5)


# --- whether something was agreed ---------------------------------------------------------------

WANTED = para("port", 6, "Analysts say the mayor wants to convince Roe the fees must be in any deal.")
REFUSED = para("port", 7, "So far Roe has rejected any talk of the ferry fees, aides said.")
AGREED = para("port", 8, "On Friday Roe agreed to cut the ferry fees by a third.")


def test_did_x_agree_asks_whether_and_is_not_told_by_a_deal_only_wanted() -> None:
    q = "Did Roe agree to cut the ferry fees?"
    assert asks_if_agreed(q) and not asks_agreed(q)  # not "what was agreed"
    assert asks_if_agreed("Have they agreed on a date?") and asks_if_agreed("did they agree?")
    assert asks_if_agreed("Did the mayor and Roe reach a deal on the fees?")
    # an opinion shared, or a question about the sources, asks no such thing
    assert not asks_if_agreed("Does Roe agree with the mayor?")
    assert not asks_if_agreed("Do the articles agree on the date of the vote?")
    assert agreement_untold(q, WANTED.text)
    assert not agreement_untold(q, AGREED.text)
    assert not agreement_untold(q, REFUSED.text)  # a refusal tells: no


def test_did_x_agree_is_refused_near_a_wish_and_answered_by_a_close_refusal() -> None:
    q = "Did Roe agree to cut the ferry fees?"
    refused = _answer(q, (WANTED, 2.0, 0.8, 0.7))
    assert refused.abstained and refused.missing == ("act",)
    answered = _answer(q, (WANTED, 2.0, 0.8, 0.7), (REFUSED, 1.9, 0.78, 0.68))
    assert not answered.abstained
    assert (answered.citations[0].doc_id, answered.citations[0].paragraph) == ("port", 7)


# --- why: a concessive mention gives no reason ---------------------------------------------------


def test_why_did_x_oppose_is_not_told_by_a_mention_in_a_concessive_phrase() -> None:
    q = "Why did Roe oppose the new bridge?"
    assert cause_of_other(q, "The vote is set for May, despite Roe's long opposition to the bridge.")
    assert cause_of_other(q, "Work began in spite of Roe's opposition to the new bridge.")
    # opposing outside such a phrase, or a reason given, may still tell it
    assert not cause_of_other(q, "Roe opposed the bridge because it would block the harbour.")
    assert not cause_of_other(q, "Roe opposed the bridge, despite the jobs it promised.")


# --- results -----------------------------------------------------------------------------------


def test_the_outcome_of_the_next_round_is_not_that_of_the_last() -> None:
    q = "What was the outcome of the next round of talks on the bridge?"
    assert result_unreported(q, "Talks on the bridge last week failed to produce a breakthrough.")
    assert not result_unreported(q, "In the following round, in May, the sides agreed on a toll.")
    # without "next", the last round's failure answers
    assert not result_unreported("What was the outcome of the talks?", "The talks failed last week.")


def test_what_came_out_of_and_did_x_manage_to_ask_for_a_result() -> None:
    assert asks_result("What came out of the talks in Kell?")
    assert asks_result("what came of the strike") and asks_result("What resulted from the raid?")
    assert asks_result("Did the mayor manage to win over the council?")
    assert not asks_result("What came first, the vote or the strike?")
    assert not asks_result("Did the mayor meet the council?")


def test_nouns_sharing_a_stem_with_a_result_verb_tell_no_result() -> None:
    assert not tells_result("The mayor stressed the town's security needs at the meeting.")
    assert not tells_result("The council leader and the police forces met in the winter.")
    assert tells_result("The mayor secured a loan.") and tells_result("The strike forced a vote.")
    assert tells_result("Roe wins the seat.") and tells_result("The law came into force in May.")


# --- a thing brought is a thing given -------------------------------------------------------------


def test_what_gift_did_x_bring_needs_something_given() -> None:
    q = "What gift did the mayor bring the governor?"
    assert act_unreported(q, "The mayor arrived at the governor's office through a side door.")
    assert not act_unreported(q, "The mayor brought the governor a model of the new bridge.")
    assert not act_unreported(q, "The mayor gave the governor a silver key.")


# --- a year no article writes ------------------------------------------------------------------


def test_a_year_no_article_writes_is_unmentioned() -> None:
    vocab = Vocabulary.of(["In May 2021 the council voted on the bridge.", "The toll ran in 1998–9."])
    assert vocab.unmentioned("Why did the 2015 bridge deal collapse?") == ["2015"]
    assert vocab.unmentioned("What happened in May 2021?") == []
    assert vocab.unmentioned("Was there a toll from 1998 through 1999?") == []  # a short span
    # a decade, a count or a figure with a comma is no year
    assert vocab.unmentioned("What happened in the 1980s?") == []
    assert vocab.unmentioned("Did 1,500 people march?") == []
