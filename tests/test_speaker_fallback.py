"""A "what did X say?" that no quote answers falls back to the cited answer only when that
answer names X as more than whom something was done to. Sentences written for these tests."""

from __future__ import annotations

import pytest

from index.engine import _about_speaker
from index.types import Answer, AnswerSentence


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
    ],
)
def test_an_answer_is_about_the_speaker_unless_it_names_them_only_as_an_object(sentence: str, about: bool) -> None:
    assert _about_speaker(_answer(sentence), "the guild") is about


def test_any_answer_will_do_when_no_speaker_is_asked_after() -> None:
    assert _about_speaker(_answer("The mayor met the harbour board."), None)
