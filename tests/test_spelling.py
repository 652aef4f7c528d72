"""British and American spellings meet: an AFP "programme" matches a US outlet's "program"."""

from __future__ import annotations

import pytest
from news_fixtures import doc

from index.attribution.checks.check import check_quote
from index.attribution.extraction.extract import extract_quotes
from index.retrieval.lexical import american, terms

# written for this test: an American-spelled article whose quote a British-spelled reader asks about
_US_STORY = (
    "Port board holds firm on the dredging plan\n\n"
    'The port board\'s dredging program is "not up for discussion," according to its chair, '
    "Marta Velle, who said the harbor would be deepened this fall.\n\n"
    "Fishermen said the work would damage their livelihoods.\n"
)


@pytest.mark.parametrize(
    ("british", "us"),
    [
        ("programme", "program"),
        ("defence", "defense"),
        ("labour", "labor"),
        ("harbours", "harbors"),
        ("behaviour", "behavior"),
        ("organised", "organized"),
        ("analysed", "analyzed"),
        ("centre", "center"),
        ("judgement", "judgment"),
        ("licences", "licenses"),
    ],
)
def test_both_spellings_give_one_term(british: str, us: str) -> None:
    assert terms(british) == terms(us)


@pytest.mark.parametrize("word", ["hour", "four", "tour", "science", "fence", "raise", "acre", "massacre"])
def test_words_that_only_look_british_keep_their_own_term(word: str) -> None:
    assert american(word) == word


def test_a_paraphrase_in_the_other_spelling_finds_the_quote() -> None:
    quotes = extract_quotes(doc(_US_STORY, "port", outlet=None))
    check = check_quote("the dredging programme is not up for discussion", quotes)
    assert check.verdict != "not_found"
    assert check.quote is not None and check.quote.speaker == "Marta Velle"


def test_a_non_prefix_reverses_a_partial_quote_held_against_its_sentence() -> None:
    from index.attribution.answers.answer import answer_attribution
    from index.attribution.checks.check import parse_attribution_question

    story = _US_STORY.replace('"not up for discussion,"', '"non-negotiable,"')
    quotes = extract_quotes(doc(story, "port", outlet=None))
    for asked, verdict in (
        ("Did Marta Velle say the dredging programme is negotiable?", "contradicts"),
        ("Did Marta Velle say the dredging program is non-negotiable?", "yes"),
    ):
        query = parse_attribution_question(asked)
        assert query is not None
        answer = answer_attribution(asked, query, quotes, {})
        assert answer.attribution is not None and answer.attribution.verdict == verdict, asked
