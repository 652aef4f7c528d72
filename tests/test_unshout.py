"""Questions whose capitals say nothing: all in capitals, or every word capitalised."""

from __future__ import annotations

from index.engine import Engine
from index.retrieval.casing import Casing

ARTICLE = [
    "The UN envoy met Foreign Minister Ilse Varga in Lisbon on Monday.",
    "Varga said the harbour deal would be signed in May, the envoy told reporters.",
]


def test_a_question_in_capitals_is_read_as_typed_in_lower_case_but_for_acronyms() -> None:
    casing = Casing.of(ARTICLE)
    assert casing.unshout("WHAT DID VARGA TELL THE UN ENVOY?") == "what did varga tell the UN envoy?"
    # the lower-case question then gets its names' capitals back as any other does
    assert casing.recase(casing.unshout("WHEN WILL VARGA SIGN THE DEAL?")) == "when will Varga sign the deal?"


def test_a_question_with_every_word_capitalised_is_read_as_typed_in_lower_case() -> None:
    casing = Casing.of(ARTICLE)
    unshouted = casing.unshout("When Will The Harbour Deal Be Signed In Lisbon?")
    assert casing.recase(unshouted) == "when will the harbour deal be signed in Lisbon?"


def test_a_question_whose_capitals_tell_names_keeps_them() -> None:
    casing = Casing.of(ARTICLE)
    for question in (
        "What did Ilse Varga say in Lisbon?",
        "Did the UN envoy meet Varga?",
        "UN?",  # one word: an acronym, not shouting
        "Ilse Varga Lisbon",  # every word capitalised, but all names
    ):
        assert casing.unshout(question) == question


def test_the_engine_answers_a_shouted_question_as_the_same_in_sentence_case(news_engine: Engine) -> None:
    plain = news_engine.ask("What did Vasilak say about the missiles?")
    for shouted in ("WHAT DID VASILAK SAY ABOUT THE MISSILES?", "What Did Vasilak Say About The Missiles?"):
        answer = news_engine.ask(shouted)
        assert not answer.abstained, answer.missing
        assert plain.citations and answer.citations[:1] == plain.citations[:1]
