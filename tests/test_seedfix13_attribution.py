"""Seed replies round 13, attribution: a role the article ties to a name, and checks that
matched words not carrying the claim (or missed words that do). Every text here is invented.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from news_fixtures import doc
from test_answer import para

from index.attribution.answers.answer import answer_attribution
from index.attribution.answers.claim_quote import quote_for_claim
from index.attribution.answers.titled import titled_name
from index.attribution.checks.check import check_quote
from index.attribution.checks.claim_terms import holds_key
from index.attribution.checks.claim_words import nameless
from index.attribution.extraction.extract import extract_quotes
from index.attribution.query import parse_attribution_question
from index.cli.render import answer_text
from index.retrieval.lexical import TermWeights, document_frequencies, terms
from index.types import Answer, Passage, Quote

HARBOUR = (
    "Kestin keeps its harbour levy\n\n"
    "The harbour levy is “non-negotiable,” according to an adviser to the port authority, "
    "Mira Holt, who said the money pays for dredging.\n\n"
    "“The dockers are saying we are ready to talk wages, but we are not ready to talk pensions,” "
    "explained a union official based in Kestin, speaking on condition of anonymity.\n\n"
    "Harbour Minister Ilse Varga will meet the union on Friday.\n\n"
    "Critics say Varga is very wary of any deal with the dockers.\n\n"
    "Varga’s office said she will raise the union’s concerns over the harbour pension fund in "
    "discussions with the council."
)
PARAGRAPHS = [p for p in HARBOUR.split("\n\n") if p]


def _quotes() -> list[Quote]:
    return extract_quotes(doc(HARBOUR, "harbour"))


def _weigh() -> Callable[[str], dict[str, float]]:
    corpus = [*PARAGRAPHS, "The ferry ran late.", "Trade fell in May.", "A new crane arrived."]
    return TermWeights(document_frequencies(corpus), len(corpus)).weigh


def _ask(question: str) -> Answer:
    query = parse_attribution_question(question)
    assert query is not None
    return answer_attribution(question, query, _quotes(), {}, weigh=_weigh())


# --- a role the article ties to a name ----------------------------------------------------


def test_a_role_before_a_full_name_stands_for_that_person() -> None:
    assert titled_name("the harbour minister", PARAGRAPHS) == "Ilse Varga"
    assert titled_name("the Kestin harbour minister", PARAGRAPHS) is None
    # the name after an adviser's post is the adviser's, not the port authority's
    assert titled_name("the port authority", PARAGRAPHS) is None


# --- attribution checks -------------------------------------------------------------------


def test_did_say_of_a_claim_someone_else_reverses_says_so_and_that_the_named_person_did_not() -> None:
    answer = _ask("did Varga say the harbour levy is negotiable?")
    att = answer.attribution
    assert att is not None and att.verdict == "contradicts"
    assert att.quotes[0].speaker == "Mira Holt"
    text = answer_text(answer)
    assert text.startswith("No: the article has Mira Holt saying the opposite")
    assert "I found no quote of Varga saying that" in text


def test_who_said_a_paraphrase_of_a_long_quote_needs_its_content_words_in_order() -> None:
    found = _ask("who said the dockers won't talk about pensions?").attribution
    assert found is not None and found.verdict == "matched"
    assert found.quotes[0].speaker == "a union official based in Kestin"
    # "… concerns over the harbour pension fund in discussions with …": the words, reversed
    missed = _ask("who said the union will not discuss the pension fund?").attribution
    assert missed is not None and missed.verdict == "not_found"
    quote = Quote("We are not ready to sell the cranes.", "Ed Roe", None, "said", "d", "T", 1, 0, 36)
    weigh = _weigh()
    assert holds_key("Kestin won't sell the cranes", quote, weigh)
    assert not holds_key("Kestin won't buy the cranes", quote, weigh)


def test_quote_of_a_paraphrased_partial_quotation_is_misworded_with_the_real_words() -> None:
    check = check_quote("the harbour levy is not up for negotiation", _quotes(), _weigh())
    assert check.verdict == "misworded" and check.quote is not None
    assert check.quote.speaker == "Mira Holt" and "non-negotiable" in check.rendered
    assert check_quote("the harbour cranes are not up for sale", _quotes(), _weigh()).verdict == "not_found"


def _overlap(text: str, quotes: Sequence[Quote]) -> list[float]:
    """A content-dependent stand-in for the encoder: the share of the text's terms a quote holds."""
    mine = set(terms(text))
    return [len(mine & set(terms(q.text))) / max(len(mine), 1) for q in quotes]


def test_a_paraphrase_match_does_not_rest_on_the_claims_names_alone() -> None:
    wary = Quote("Varga is very wary of any deal", "Critics", None, "say", "h", "H", 5, 0, 30)
    critics = para("h", 5, "Critics say Varga is very wary of any deal with the dockers.")
    passage = Passage(critics, 1.0, 0.5, 0.5)
    assert nameless("Varga is a liar") == "is a liar"
    assert quote_for_claim("Varga is a liar", [passage], [wary], _overlap) is None
    assert quote_for_claim("Varga is wary of a deal", [passage], [wary], _overlap) is wary


def test_a_negation_repeated_in_an_elliptic_tail_or_by_nobody_is_one_negation() -> None:
    from index.attribution.checks.meaning import opposite

    said = "Our ferries are not for sale and never will be."
    assert not opposite("the ferries are not for sale", said)
    assert opposite("the ferries are for sale", said)
    nobody = "Nobody in Kestin will sell the ferries."
    assert not opposite("Kestin will not sell the ferries", nobody)
    assert opposite("Kestin will sell the ferries", nobody)


def test_a_who_said_check_with_no_quote_says_no_one_is_quoted_saying_it() -> None:
    answer = _ask("who said the harbour levy will be doubled next spring?")
    assert answer.abstained
    assert answer_text(answer).startswith("I found no one quoted saying that in the articles.")
