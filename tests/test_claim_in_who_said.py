"""'Who said “X said …”?': the claim names its own speaker, so the bot checks that speaker."""

from __future__ import annotations

from index.engine import Engine


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
