"""A "what did X say?" that no quote answers falls back to the cited answer only when that
answer names X as more than whom something was done to. Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from index.attribution.answers.about import about_speaker, without_others_quotes
from index.types import Answer, AnswerSentence, Citation, Quote


def _answer(*sentences: str) -> Answer:
    return Answer("q", tuple(AnswerSentence(s, 0) for s in sentences), (), abstained=False)


@pytest.mark.parametrize(
    ("sentence", "about"),
    [
        ("The dockers' guild warned that the strike would go on.", True),
        ("So far, the guild has rejected every offer from the port.", True),
        ("The port closed after the arrest of two senior guild and union leaders.", False),
        ("Ferries were diverted to Tarsby in response to a strike called against the guild.", False),
        ("The strike, according to the guild, cost the port a week of trade.", True),
        ("The mayor met the harbour board on Monday.", False),
        ("The levy was denounced as a racket by the guild and the ferry owners.", True),
        ("It is common for guild members to call the levy a racket.", True),
        ("A member of the guild's board told the mayor so.", True),  # a possessor, not an object
        # named acting, and saying nothing: no answer to what the guild said (reader round 11)
        ("A member of the guild's board met the mayor.", False),
    ],
)
def test_the_speaker_is_named_as_more_than_an_object(sentence: str, about: bool) -> None:
    assert about_speaker(_answer(sentence), "the guild", "What did the guild say about the levy?") is about


def test_any_answer_will_do_when_no_speaker_is_asked_after() -> None:
    assert about_speaker(_answer("The mayor met the harbour board."), None, "What was said?")


def test_what_someone_called_or_thought_may_be_answered_by_any_mention() -> None:
    # "in need of guild guidance": an object, yet the answer to what the guild thought is near
    answer = _answer("Ferry owners thought the port was in need of guild guidance.")
    assert about_speaker(answer, "the guild", "What did the guild think the port needed?")
    assert not about_speaker(answer, "the guild", "What did the guild say about the port?")


def test_an_organisation_is_named_by_its_head_noun_not_a_word_it_shares() -> None:
    # "the Northern Trade Ministry" is not named by "northern ports", nor "Trade" alone
    asked = "What did the Northern Trade Ministry say about the tariff?"
    assert not about_speaker(
        _answer("Northern ports handled less trade after the tariff."), "the Northern Trade Ministry", asked
    )
    assert about_speaker(
        _answer("The ministry called the tariff temporary."), "the Northern Trade Ministry", asked
    )
    assert about_speaker(
        _answer("Ferry owners warned the Northern council."), "Ferry owners", "What did ferry owners say?"
    )


@pytest.mark.parametrize(
    ("sentence", "about"),
    [
        ("The levy is unlawful, according to an adviser to the guild's chairman, Ilse Varga.", False),
        ("A source close to the guild's chairman said the levy would stay.", False),
        ("The guild's chairman said the levy would stay.", True),
        ("The guild's chairman, through an aide, said the levy would stay.", True),
    ],
)
def test_one_who_advises_a_speaker_is_not_the_speaker(sentence: str, about: bool) -> None:
    question = "What did the guild's chairman say about the levy?"
    assert about_speaker(_answer(sentence), "the guild's chairman", question) is about


def test_a_speaker_after_a_possessive_is_the_one_after_it() -> None:
    # "the guild's chairman" is not named by a sentence about the guild
    answer = _answer("The guild rejected the levy on Monday.")
    assert not about_speaker(answer, "the guild's chairman", "What did the guild's chairman say?")


@pytest.mark.parametrize(
    ("sentence", "about"),
    [
        ("Harbour Minister Ana Roe said the levy would stay.", False),  # another minister
        ("The fisheries minister warned that the levy would stay.", True),
        ("The minister met the harbour board on Monday.", False),  # which minister?
    ],
)
def test_a_description_is_named_by_all_its_own_words(sentence: str, about: bool) -> None:
    asked = "What did the Tarsby fisheries minister say about the levy?"
    assert about_speaker(_answer(sentence), "the Tarsby fisheries minister", asked) is about


def test_vague_modifiers_of_a_description_may_be_left_out() -> None:
    asked = "What do some senior economists claim about the levy?"
    answer = _answer("Economists at the port bank say the levy will raise prices.")
    assert about_speaker(answer, "some senior economists", asked)


@pytest.mark.parametrize(
    ("sentence", "about"),
    [
        ("Norland's finance minister warned that the levy would stay.", True),
        ("The Norland finance minister warned that the levy would stay.", True),
        ("The finance minister of Norland warned that the levy would stay.", True),
        ("A Norlandic finance minister warned that the levy would stay.", True),
        # another country's minister, in a sentence that also names Norland
        ("Vessia's finance minister warned that Norland's levy would stay.", False),
        ("She told Finance Minister Aro that Norland would not pay, she said.", False),
    ],
)
def test_a_post_is_named_with_whose_post_it_is(sentence: str, about: bool) -> None:
    asked = "What did Norland's finance minister say?"
    assert about_speaker(_answer(sentence), "Norland's finance minister", asked) is about


def test_a_fallback_answer_leaves_out_another_speakers_quotation() -> None:
    lee = "“We will not yield,” Lee said after the vote."
    guild = "The guild had warned of a long strike."
    answer = Answer(
        "q",
        (AnswerSentence(guild, 0), AnswerSentence(lee, 1)),
        (Citation("d", "T", 2, guild, guild), Citation("d", "T", 5, lee, lee)),
        abstained=False,
    )
    said = Quote("We will not yield", "Ana Lee", None, "said", "d", "T", 5, 0, 17, kind="direct")
    kept = without_others_quotes(answer, "the guild", [said])
    assert [s.text for s in kept.sentences] == [guild]
    assert without_others_quotes(answer, "Lee", [said]) == answer  # her own quotation stays
    alone = replace(answer, sentences=answer.sentences[1:])
    assert without_others_quotes(alone, "the guild", [said]) == alone  # never left with nothing


def test_a_short_name_is_named_by_its_own_words() -> None:
    asked = "What did Bo Lin say about the levy?"
    assert about_speaker(_answer("Bo Lin said the levy was unfair."), "Bo Lin", asked)
    assert not about_speaker(_answer("The mayor said the levy was unfair."), "Bo Lin", asked)
