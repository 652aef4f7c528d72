"""'Who said “X said …”?': the claim names its own speaker, so the bot checks that speaker."""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.checks.check import check_quote
from index.attribution.extraction.extract import extract_quotes
from index.engine import Engine
from index.retrieval.lexical import TermWeights, document_frequencies


def test_who_said_about_a_claim_naming_the_wrong_speaker_gets_the_real_one(news_engine: Engine) -> None:
    answer = news_engine.ask("Who said “Marsh said the programme is defensive”?")
    a = answer.attribution
    assert a is not None and (a.kind, a.verdict, a.speaker_asked) == ("did_say", "no", "Marsh")
    assert a.said_by == "Arvid Kell"


def test_who_said_about_a_claim_naming_the_right_speaker_says_yes(news_engine: Engine) -> None:
    a = news_engine.ask("who said “Kell said the programme is defensive”?").attribution
    assert a is not None and (a.kind, a.verdict) == ("did_say", "yes")


def test_who_said_about_a_claim_naming_no_one_still_finds_the_speaker(news_engine: Engine) -> None:
    a = news_engine.ask("Who said “the programme is defensive”?").attribution
    assert a is not None and a.kind == "who_said" and a.quotes[0].speaker == "Arvid Kell"


LONG = (
    "Ferries in the north\n\n"
    "“I told the council that the harbour tolls on Velm fishermen must end before a new deal can be "
    "signed with the port authority,” said Ilse Varga, the mayor.\n\n"
    "The port authority has not answered. Its board meets in May.\n\n"
    "Fishermen say the tolls doubled last year."
)


def test_a_paraphrase_of_a_long_quote_shows_the_words_it_replaced() -> None:
    quotes = extract_quotes(doc(LONG, "t"))
    paragraphs = [p for p in LONG.split("\n\n") if p]
    weigh = TermWeights(document_frequencies(paragraphs), len(paragraphs)).weigh
    check = check_quote("the charges for Velm fishermen will end", quotes, weigh)
    assert check.verdict == "misworded", check
    # the claim's "the charges for" faces the quote's words before "Velm", not a bare deletion
    assert ("+", "harbour tolls on") in check.diff, check.diff
