"""Fresh-corpus round 23: "who is X?" answered by a paragraph that only names X inside what
someone else said, the name of "the Tarn Post reporter" asked near "a Tarn Post reporter", an
age taken for a count of people, "how long did X's speech last?" refused for want of X, a
yes-or-no question about what someone did answered by what someone else did, "what sentence
did X get?" answered by the charge, and "which network aired it?" answered by the event alone.
Sentences invented for the tests."""

from __future__ import annotations

import pytest
from test_answer import evidence, para

from index.retrieval.checks.broadcaster import asks_broadcaster, broadcaster_untold
from index.retrieval.checks.count_forms import counts_nothing_asked
from index.retrieval.checks.described import asked_person, describes
from index.retrieval.checks.doer import asked_doer, doer_absent
from index.retrieval.checks.indefinite import asked_role, role_unnamed
from index.retrieval.checks.penalty import asks_penalty, penalty_untold
from index.retrieval.compose import compose_answer


def _reply(question: str, *texts: str) -> tuple[str | None, int | None]:
    """The answer's text and its first cited paragraph when `question` is put to `texts` (¶1
    best), or (None, None) when it abstains."""
    passages = [(para("story", i + 1, t), 2.0 - i / 10, 0.7, 0.8) for i, t in enumerate(texts)]
    answer = compose_answer(evidence(question, *passages), threshold=0.5)
    if answer.abstained:
        return None, None
    return answer.text, answer.citations[0].paragraph


def test_who_is_x_is_answered_where_x_is_described() -> None:
    quoted = (
        "“I respect what Orla Brandt has found. She knows the harbour better than anyone,” the "
        "mayor said. “But what Orla Brandt said about the dredging was a warning, not a plan.”"
    )
    described = (
        "The mayor disagreed, saying that fears for the harbour, as set out by Orla Brandt, the "
        "former head of the Tarn port authority, should not be waved away."
    )
    assert asked_person("Who is Orla Brandt?") == "Orla Brandt"
    assert not describes("Orla Brandt", quoted) and describes("Orla Brandt", described)
    text, cited = _reply("Who is Orla Brandt?", quoted, described)
    assert cited == 2 and text is not None and "former head of the Tarn port authority" in text


@pytest.mark.parametrize(
    ("paragraph", "described"),
    [
        ("Harbour master Orla Brandt said the quay would reopen.", True),
        ("Insp. Orla Brandt said the quay would reopen.", True),
        ("Brandt is a marine engineer who has run the quay since May.", True),
        ("Orla Brandt, 58, a marine engineer, said the quay would reopen.", True),
        ("The council thanked Orla Brandt for her work.", False),
        ("Nobody knew what Brandt would do next.", False),
    ],
)
def test_what_describes_a_named_person(paragraph: str, described: bool) -> None:
    assert describes("Orla Brandt", paragraph) is described


def test_a_who_is_question_stays_with_its_best_paragraph_when_no_other_describes() -> None:
    best = "“We did what Orla Brandt asked,” the mayor said."
    other = "The ferry from Kell was late again on Monday."
    assert _reply("Who is Orla Brandt?", best, other)[1] == 1


def test_the_name_of_a_role_after_capitalised_words_is_asked_for() -> None:
    q = "What is the name of the Tarn Post reporter whose camera the guard took?"
    assert asked_role(q) == "reporter"
    assert asked_role("What is the name of the Kell Bridge Authority engineer?") == "engineer"
    unnamed = "At the quay, a guard took the camera of a Tarn Post reporter, she and another reporter said."
    named = "A Tarn Post reporter, Ilse Varga, said a guard took her camera at the quay."
    assert role_unnamed(q, unnamed) and not role_unnamed(q, named)
    assert _reply(q, unnamed) == (None, None)


@pytest.mark.parametrize(
    ("question", "sentence", "nothing"),
    [
        ("How many people were hurt at the rally?", "Tomas Berg, 31, a marcher, was hurt there.", True),
        ("How many people were hurt at the rally?", "Tomas Berg, 31, and 12 others were hurt.", False),
        ("How many years has Berg marched?", "Tomas Berg, 31, has marched since 2010.", False),
    ],
)
def test_an_age_after_a_name_counts_nothing_asked(question: str, sentence: str, nothing: bool) -> None:
    assert counts_nothing_asked(question, sentence) is nothing


def test_a_possessive_name_is_no_doer() -> None:
    q = "How long did Ilse Varga's year-end press conference last?"
    assert asked_doer(q) is None
    paragraph = "The mayor was calm and at ease at the press conference, which was more than two hours long."
    assert not doer_absent(q, paragraph)
    assert asked_doer("How long did Ilse Varga speak?") == ["ilse", "varga"]


@pytest.mark.parametrize(
    ("paragraph", "absent"),
    [
        # another doer, and nothing that could stand for the one asked after
        ("Councillor Tomas Berg returned $4,000 in gifts from the ferry firm last year.", True),
        # "she" may be the one asked after, named a paragraph back
        ("The campaign was in turmoil. In May, she returned $4,000 in gifts.", False),
        ("“We gave every cent back,” the campaign said.", False),
        ("The Varga campaign returned $4,000 in gifts from the ferry firm.", False),
    ],
)
def test_a_yes_no_question_about_a_named_doer_needs_that_doer(paragraph: str, absent: bool) -> None:
    q = "Did the Varga campaign return the ferry firm's gifts?"
    assert doer_absent(q, paragraph) is absent


def test_a_yes_no_question_answered_by_another_doer_is_refused() -> None:
    other = "Councillor Tomas Berg returned $4,000 in gifts from the ferry firm last year."
    assert _reply("Did the Varga campaign return the ferry firm's gifts?", other) == (None, None)
    told = "The Varga campaign returned the ferry firm's gifts on Friday."
    assert _reply("Did the Varga campaign return the ferry firm's gifts?", told)[1] == 1


def test_a_sentence_asked_is_not_answered_by_the_charge() -> None:
    q = "What sentence did Tomas Berg get?"
    assert asks_penalty(q) and not asks_penalty("What sentence opens the ruling?")
    charged = "Tomas Berg was charged with assault and disorderly conduct after the march."
    said = "“He had it coming,” Tomas Berg told a radio station after the march."
    assert penalty_untold(q, charged) and penalty_untold(q, said)
    assert _reply(q, said, charged) == (None, None)
    sentenced = "A court in Tarn sentenced Tomas Berg to 90 days in jail for the assault."
    assert _reply(q, said, sentenced)[1] == 2


def test_a_broadcaster_asked_is_not_answered_by_the_event_alone() -> None:
    q = "Which network aired the Tarn mayoral debate?"
    assert asks_broadcaster(q) and not asks_broadcaster("Which candidate won the Tarn debate?")
    event = "The Tarn mayoral debate took place in Kell on May 3, a week before the vote."
    assert broadcaster_untold(q, event)
    assert _reply(q, event) == (None, None)
    aired = "KTV aired the Tarn mayoral debate live from the town hall."
    assert not broadcaster_untold(q, aired)
    assert _reply(q, event, aired)[1] == 2
