"""Fresh-corpus round 19: value questions answered by a number that counts nothing asked, an age
asked and a count given, "TV" taken for an unknown name, a yes-or-no question about whom
someone met answered by a paragraph that never names them, and one refused by a paragraph
telling it with an irregular past ("met", "won"). Sentences invented for the tests."""

from __future__ import annotations

import pytest
from test_answer import evidence, para

from index.retrieval.checks.age import asks_age, states_age
from index.retrieval.checks.answer_type import amount_in_words, want
from index.retrieval.checks.count_forms import counts_nothing_asked
from index.retrieval.checks.yes_no import name_untold
from index.retrieval.compose import compose_answer
from index.retrieval.mentions import Vocabulary


def _answers(question: str, *texts: str) -> str | None:
    """The answer's text when `question` is put to one paragraph of `texts`, else None."""
    passages = [(para("story", i + 1, t), 2.0 - i / 10, 0.7, 0.8) for i, t in enumerate(texts)]
    answer = compose_answer(evidence(question, *passages), threshold=0.5)
    return None if answer.abstained else answer.text


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("Councillor Ilse Varga, 63, said the ferry would run again.", True),
        ("Varga (63) said the ferry would run again.", True),
        ("The record gap was nine years (Varga was 63, Berg was 54).", True),
        ("Varga, who turned 63 in March, said the ferry would run again.", True),
        ("She became mayor at age 41.", True),
        ("The 63-year-old councillor said the ferry would run again.", True),
        ("The chapel, built in 1732, stands by the quay.", True),
        ("Varga, whose career survived two scandals, said the ferry would run again.", False),
        ("Varga was 63 votes short of a majority.", False),
        ("Varga won 63 percent of the vote.", False),
    ],
)
def test_an_age_is_stated_in_the_forms_news_gives_it(sentence: str, age: bool) -> None:
    assert states_age(sentence) is age


def test_how_old_is_not_answered_by_another_count() -> None:
    q = "How old is Ilse Varga?"
    assert asks_age(q) and not asks_age("How many ferries does Varga run?")
    counted = "Councillor Ilse Varga, whose career survived two scandals, will run again."
    assert not want(q).met_by(counted)  # type: ignore[union-attr]
    assert _answers(q, counted) is None
    aged = "Varga, 63, who chairs the harbour board, said the ferry would run again."
    assert _answers(q, counted, aged) == aged


@pytest.mark.parametrize(
    ("question", "sentence", "nothing"),
    [
        # an ordinal ranks: "a second scandal" is no count of votes
        (
            "How many votes did Varga win in the 2019 race?",
            "Varga lost the race amid a second scandal.",
            True,
        ),
        ("How many votes did Varga win?", "Varga lost amid a second scandal (the one where she lied).", True),
        ("How many votes did Varga win?", "Varga won 4,100 votes in her second race.", False),
        ("How many meetings have they held?", "It was their sixth meeting this year.", False),
        ("How many times has Varga won?", "It was her third win.", False),
        # a number joined to a noun describes it: "a two-term mayor" counts no people
        ("How many people came to the rally?", "The host, a two-term mayor, spoke first.", True),
        ("How many people came to the rally?", "A 5,000-strong crowd came.", False),
        ("How many people came to the rally?", "A 10-person band played.", False),
        ("How many people came to the rally?", "About 800 people came.", False),
        # a specific noun is held to the count elsewhere (counts.counts_other)
        ("How many rivals entered the contest?", "The firm won a 30-second advert.", False),
        ("How many pages was the report?", "The report, a two-page note, was read out.", False),
    ],
)
def test_numbers_that_count_nothing_asked(question: str, sentence: str, nothing: bool) -> None:
    assert counts_nothing_asked(question, sentence) is nothing


def test_a_rank_or_a_description_is_no_count() -> None:
    votes = "How many votes did Varga get in the 2019 mayoral race?"
    ranked = "Varga ran for mayor in 2019 but lost amid a second scandal (the one where she lied)."
    assert _answers(votes, ranked) is None
    crowd = "How many people attended the rally in Kestin?"
    described = "Tomas Berg, a two-term Kestin mayor, spoke for the campaign."
    assert _answers(crowd, described) is None
    counted = "About 800 people attended the rally in Kestin."
    assert _answers(crowd, counted) == counted


def test_an_amount_in_words_must_be_of_the_thing_asked() -> None:
    q = "How much steel does Tarsby export every year?"
    assert not amount_in_words(q, "Vennick has put tariffs on some Tarsby steel makers.")
    assert amount_in_words(q, "Tarsby exports little steel these days.")
    assert amount_in_words("How much money was left?", "Little money was left.")
    assert _answers(q, "Vennick has put heavy tariffs on some Tarsby steel makers this year.") is None


def test_everyday_abbreviations_are_mentioned_by_their_long_form() -> None:
    vocab = Vocabulary.of(
        ["Varga lost her slot on the television channel K4 and her job as a chief executive."]
    )
    assert vocab.unmentioned("Which TV channel dropped Varga?") == []
    assert vocab.unmentioned("Was Varga a CEO?") == []
    assert vocab.unmentioned("What did the GOP say?") == ["the GOP"]  # no Republican in it
    assert Vocabulary.of(["The Republican caucus met."]).unmentioned("What did the GOP say?") == []


def test_a_yes_no_question_about_whom_someone_met_needs_that_name() -> None:
    q = "Did Ilse Varga meet President Tomas Berg?"
    meetings = "Ms. Varga held two days of meetings in Kestin with harbour officials."
    assert name_untold(q, meetings)
    assert _answers(q, meetings) is None
    met = "Varga met Berg in Kestin on Monday to discuss the ferry."
    assert not name_untold(q, met)
    assert _answers(q, met) is not None
    # the subject may be a pronoun, a name further on may be worded otherwise, either name
    # of an alternative may go untold
    assert not name_untold("Did Varga meet with Berg?", "She met Berg on Monday.")
    assert not name_untold("Is Varga in favour of Vennick joining the pact?", "Varga backs a bigger pact.")
    assert not name_untold("Did Varga meet Berg or Roe?", "Varga met Roe.")


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        ("Did Ilse Varga win?", "Varga won the Kestin seat by 300 votes."),
        ("Did Varga pay the harbour fee?", "Varga paid it in May."),
        ("Has Varga ever met Berg?", "The two met once, in 2019."),
    ],
)
def test_a_yes_no_fact_is_told_by_the_irregular_past_of_its_verb(question: str, paragraph: str) -> None:
    from index.retrieval.checks.yes_no import fact_untold

    assert not fact_untold(question, paragraph)
    assert _answers(question, paragraph) is not None
    assert fact_untold("Did Varga win?", "Varga spoke in Kestin.")


def test_a_sum_asked_for_one_place_is_not_the_whole() -> None:
    from index.retrieval.checks.place_unnamed import place_unnamed

    q = "How much will the Varga campaign spend on ads in Kestin?"
    whole = "The Varga campaign plans to spend $4 million on ads over the next month."
    assert place_unnamed(q, whole, "Varga plans a big ad buy")
    assert _answers(q, whole) is None
    share = "The Varga campaign will spend $400,000 on ads in Kestin alone."
    assert _answers(q, share) == share
    # the article's title may name the place its paragraphs leave out; a month is no place
    assert not place_unnamed(q, whole, "Varga floods Kestin with ads")
    assert not place_unnamed("How much did the campaign spend in May?", whole, "")


def test_a_rate_asked_of_an_act_needs_a_number() -> None:
    q = "What tariff rate did Vennick put on Tarsby steel?"
    assert want(q) is not None and want(q).kind == "number"  # type: ignore[union-attr]
    vague = "Vennick has put heavy tariffs on Tarsby steel this year."
    assert _answers(q, vague) is None
    stated = "Vennick has put a 25 percent tariff on Tarsby steel this year."
    assert _answers(q, stated) == stated
    assert want("What rate of growth is expected?") is None  # no act asked of: left as it was


def test_a_dateline_names_no_one() -> None:
    from index.retrieval.checks.named import gives_name

    q = "Who is the narrator of the Varga campaign's new advert?"
    lede = "KESTIN (AP) — The Varga campaign is making its biggest ad buy yet, upward of $4 million."
    assert not gives_name(lede, q)
    assert _answers(q, lede) is None
    assert gives_name("KESTIN (AP) — The new advert is narrated by Tomas Berg, an actor.", q)
    # an aside set off by a dash is no dateline
    assert gives_name("Kestin Mayor Ana Ruiz – who narrates it – said the advert was hers.", q)


def test_a_supposed_count_does_not_say_how_many_were_done() -> None:
    from index.retrieval.checks.count_forms import projected_only

    q = "How many miners has Tarsby already laid off?"
    supposed = "A union official said the pit closures could lead to layoffs of 12,000 miners."
    assert projected_only(q, supposed)
    assert _answers(q, supposed) is None
    done = "Tarsby has laid off 3,000 miners since May, a union official said."
    assert _answers(q, supposed, done) == done
    # an estimate of what was done, and a question that itself supposes, are left alone
    assert not projected_only("How many people did the flood kill?", "The flood may have killed 300 people.")
    assert not projected_only("How many miners could lose their jobs?", supposed)


def test_the_title_of_a_work_names_no_one() -> None:
    from index.retrieval.checks.named import gives_name

    q = "Who directed the documentary about Ilse Varga?"
    titles = "Varga acted in the film “Harbour Lights 2: The Return” and was the subject of the film “Varga.”"
    assert not gives_name(titles, q)
    assert _answers(q, titles) is None
    assert gives_name("The documentary “Varga” was directed by Tomas Berg.", q)
    assert gives_name("“Tomas Berg made this film with me,” Varga said.", q)  # words of a sentence


def test_a_long_capitalised_run_in_an_unclosed_quote_is_read_quickly() -> None:
    import time

    from index.retrieval.checks.named import gives_name

    text = "“" + "Harbour Lights Kestin Brava " * 300
    start = time.perf_counter()
    gives_name(text, "Who is the harbour master?")
    assert time.perf_counter() - start < 1.0
