"""Elliptical follow-ups to a speaker question ("and Marsh?", "anything else?") are that
question asked again, of another speaker or for what was not shown yet: pure rules, then
with the real model on the fixture news corpus."""

from __future__ import annotations

from index.engine import Engine, Turn
from index.engine.ellipsis import more_of_speaker, other_name, other_speaker, topic_of_speaker


def test_and_another_name_asks_the_previous_speaker_question_of_that_name() -> None:
    assert other_speaker("And Lena Park?", "What did Ruiz say about the strike?") == (
        "What did Lena Park say about the strike?"
    )
    assert other_speaker("what about the union", "Did Ruiz say the strike was over?") == (
        "Did the union say the strike was over?"
    )
    assert other_speaker("And Ruiz?", "What did Ruiz say?") is None  # the same speaker again
    assert other_speaker("And Park?", "Why did Ruiz resign?") is None  # no speaker question
    assert other_speaker("And in June?", "What did Ruiz say in May?") is None  # another object
    assert other_speaker("And what did Park say?", "What did Ruiz say?") is None  # a question of its own


def test_anything_else_after_a_what_said_asks_what_else_they_said() -> None:
    assert more_of_speaker("Anything else?", "What did Ruiz say about the strike?") == (
        "What else did Ruiz say about the strike?"
    )
    assert more_of_speaker("more", "What did Ruiz say?") == "What else did Ruiz say?"
    assert more_of_speaker("what else happened?", "What did Ruiz say?") is None
    assert more_of_speaker("anything else?", "When did the strike end?") is None


def test_and_another_speaker_lists_that_speaker_s_quotes(fixture_corpus_engine: Engine) -> None:
    first = fixture_corpus_engine.ask("What did Vasilak say?")
    then = fixture_corpus_engine.ask("And Elena Marsh?", Turn(first.question, first))
    att = then.attribution
    assert att is not None and att.kind == "what_said" and att.verdict == "listed"
    assert att.quotes and all(q.speaker == "Elena Marsh" for q in att.quotes)
    assert then.question == "And Elena Marsh?"  # shown as asked
    # and one more name on from there
    third = fixture_corpus_engine.ask("and Kell?", Turn(then.question, then))
    assert third.attribution is not None and {q.speaker for q in third.attribution.quotes} == {"Arvid Kell"}


def test_what_else_after_every_quote_was_shown_says_that_is_all(fixture_corpus_engine: Engine) -> None:
    first = fixture_corpus_engine.ask("What did Elena Marsh say?")
    assert first.attribution is not None and first.attribution.verdict == "listed"
    more = fixture_corpus_engine.ask("anything else?", Turn(first.question, first))
    att = more.attribution
    assert more.abstained and att is not None and att.all_shown
    assert not more.sentences  # no other speaker's words stand in for hers


def test_a_bare_topic_after_a_what_said_asks_what_they_said_about_it() -> None:
    assert topic_of_speaker("casualties?", "What did Ruiz say?") == "What did Ruiz say about casualties?"
    budget = topic_of_speaker("the port budget", "What did Ruiz say")
    assert budget == "What did Ruiz say about the port budget?"
    assert topic_of_speaker("really?", "What did Ruiz say?") is None
    assert topic_of_speaker("Oman?", "What did Ruiz say?") is None  # a name is no topic
    assert topic_of_speaker("wages?", "What did Ruiz say about the strike?") is None
    assert topic_of_speaker("wages?", "When did the strike end?") is None


def test_a_topic_the_speaker_never_spoke_on_is_refused_not_answered_with_their_quote(
    fixture_corpus_engine: Engine,
) -> None:
    first = fixture_corpus_engine.ask("What did Elena Marsh say?")
    then = fixture_corpus_engine.ask("harbour cranes?", Turn(first.question, first))
    att = then.attribution
    assert then.abstained and att is not None and att.kind == "what_said" and not att.quotes
    assert not then.sentences


def test_and_another_name_after_any_question_naming_one_asks_it_of_that_name() -> None:
    assert other_name("And Lena Park?", "Who is Mark Ruiz?") == "Who is Lena Park?"
    assert other_name("and in Norway", "How many ferries sank off Sweden in May?") == (
        "How many ferries sank off Norway in May?"  # a month is no name to swap
    )
    assert other_name("what about Oslo?", "Why did Lund's union in Bergen strike?") is None  # two names
    assert other_name("And the crews?", "Who is Mark Ruiz?") is None  # not a name
    assert other_name("And Ruiz?", "Who is Ruiz?") is None  # the same name again
    assert other_name("And Lund?", "what happened at the port?") is None  # nothing to swap


def test_and_another_name_after_who_is_x_is_not_searched_for_x_again(fixture_corpus_engine: Engine) -> None:
    first = fixture_corpus_engine.ask("Who is Teodor Vasilak?")
    assert first.citations and "Vasilak" in first.citations[0].text
    then = fixture_corpus_engine.ask("And Elena Marsh?", Turn(first.question, first))
    assert then.question == "And Elena Marsh?" and then.continues == "Who is Elena Marsh?"
    assert then.citations and "Elena Marsh" in then.citations[0].text
