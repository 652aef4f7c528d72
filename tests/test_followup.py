from __future__ import annotations

from bot.turns import turn_from_data, turn_to_data
from index.engine import Turn
from index.retrieval.articles.continuation import continuation
from index.retrieval.followup import asked_part, resolve
from index.retrieval.lexical import TermWeights
from index.types import Answer, AnswerSentence, Citation, Paragraph


def _answer() -> Answer:
    c = Citation(doc_id="g", title="T", paragraph=4, quote="q", text="t")
    return Answer("What did Vasilak say?", (AnswerSentence("q", 0),), (c,), abstained=False)


def test_standalone_question_is_untouched() -> None:
    r = resolve("How much will the rail line cost?", "What did Vasilak say?", _answer())
    assert r.query == "How much will the rail line cost?" and not r.is_followup


def test_short_continuation_joins_the_previous_question() -> None:
    r = resolve("And Morsland?", "What did Valdoria demand?", None)
    assert r.is_followup and r.query == "What did Valdoria demand? And Morsland?"


def test_what_else_skips_paragraphs_already_answered_from() -> None:
    r = resolve("What else did he say?", "What did Vasilak say?", _answer())
    assert r.is_followup and r.exclude == frozenset({("g", 4)})


def test_what_else_after_tell_me_more_asks_the_question_the_conversation_is_about() -> None:
    ferry = [
        "The ferry strike in Lunde lasted nine days.",
        "Crews walked out after the operator cut night shifts.",
        "The mayor offered to pay for the shifts herself.",
        "Talks resume on Monday.",
    ]
    paragraphs = {
        ("lunde", n): Paragraph("lunde", "Ferry strike", n, t, 0, 0, f"h{n}") for n, t in enumerate(ferry)
    }
    asked = "How long did the ferry strike last?"
    first = Answer(
        asked, (AnswerSentence(ferry[0], 0),), (Citation("lunde", "Ferry strike", 0, "q", ferry[0]),), False
    )
    more = continuation("tell me more", first, paragraphs, 1)
    assert more is not None and more.continues == asked and more.citations[0].paragraph == 1
    saved = turn_from_data(turn_to_data(Turn("tell me more", more)))  # as a chat keeps it
    assert saved is not None and saved.answer is not None and saved.answer.continues == asked
    r = resolve("What else?", saved.question, saved.answer)
    # searched on the strike question, not on "tell me more"; ¶0 and ¶1 were both shown
    assert r.is_followup and r.query == f"{asked} What else?"
    assert r.exclude == frozenset({("lunde", 0), ("lunde", 1)})
    again = continuation("go on", more, paragraphs, 1)  # a chain keeps the first question
    assert again is not None and again.continues == asked and again.citations[0].paragraph == 2
    assert resolve("And what else?", "go on", again).query == f"{asked} And what else?"


def test_no_previous_turn() -> None:
    assert resolve("And then?", None, None).query == "And then?"


def test_an_object_pronoun_after_a_name_still_leans_on_the_previous_turn() -> None:
    # "them" cannot be Morsland: it is the ferries of the question before
    r = resolve("Why did Morsland ground them?", "How many ferries did Morsland ground in May?", None)
    assert r.is_followup
    assert r.query == "How many ferries did Morsland ground in May? Why did Morsland ground them?"


def test_a_pronoun_that_may_stand_for_a_name_before_it_does_not() -> None:
    r = resolve("Did Morsland say it would appeal?", "What did the court decide?", None)
    assert not r.is_followup
    r = resolve("What did Morsland decide about its ports?", "What did Valdoria demand?", None)
    assert not r.is_followup


def test_a_joined_follow_up_asks_for_what_its_own_question_asks() -> None:
    assert asked_part("When did the dockers strike? Why did they stop?") == "Why did they stop?"
    # no question word of its own: the earlier question says what is wanted
    joined = "How many ships sank in May? And in June?"
    assert asked_part(joined) == joined
    assert asked_part("How many ships sank in May?") == "How many ships sank in May?"


def test_the_follow_up_s_own_terms_weigh_more_than_the_earlier_question_s() -> None:
    weights = TermWeights({"strike": 3, "protest": 3}, 10)
    alone = weights.weigh("When did the strike start? What was the protest about?")
    assert alone["protest"] == 2 * weights.idf("protest")
    assert alone["strike"] == weights.idf("strike")
    assert weights.weigh("What was the protest about?")["protest"] == weights.idf("protest")
