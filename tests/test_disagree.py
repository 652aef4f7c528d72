"""Disagreements between articles: dates, counts and places, and the cases that are not."""

from __future__ import annotations

import pytest

from index.retrieval.conflicts.conflict_topic import asks_for_disagreements
from index.retrieval.conflicts.disagree import find_disagreements
from index.types import Paragraph, Passage


def p(doc: str, text: str, n: int = 1) -> Passage:
    return Passage(Paragraph(doc, doc.upper(), n, text, 0, len(text), "h"), 1.0)


def sides(passages: list[Passage], question: str = "") -> list[list[tuple[str, str, int]]]:
    return [
        [(s.value, s.doc_id, s.paragraph) for s in d.sides] for d in find_disagreements(passages, question)
    ]


def test_months() -> None:
    got = sides(
        [
            p("a", "The talks will resume in June, officials said.", 4),
            p("b", "Negotiators said the talks would resume in July.", 2),
        ]
    )
    assert got == [[("June", "a", 4), ("July", "b", 2)]]


def test_days_of_the_same_month() -> None:
    got = sides(
        [
            p("a", "The ceasefire took effect on June 24 after twelve days of war."),
            p("b", "The ceasefire took effect on 25 June, ending twelve days of war."),
        ]
    )
    assert got == [[("June 24", "a", 1), ("25 June", "b", 1)]]


def test_counts_of_the_same_thing() -> None:
    ds = find_disagreements(
        [
            p("a", "A drone strike killed four dock workers in Port Aldane on Sunday."),
            p("b", "Six dock workers were killed when a drone struck Port Aldane."),
        ]
    )
    assert len(ds) == 1 and "worker" in ds[0].claim
    assert [(s.value, s.doc_id) for s in ds[0].sides] == [
        ("four dock workers", "a"),
        ("Six dock workers", "b"),
    ]


def test_places() -> None:
    got = sides(
        [
            p("a", "The third round of talks was held in Geneva on Tuesday."),
            p("b", "The third round of talks took place in Vienna on Tuesday."),
        ],
        "Where was the third round held?",
    )
    assert got == [[("Geneva", "a", 1), ("Vienna", "b", 1)]]


def test_a_place_belongs_to_the_words_next_to_it() -> None:
    got = sides(
        [
            p("a", "Envoys resumed indirect talks with the rebels in Lusaka last week."),
            p("b", "“We are ready to talk,” said a diplomat based in Harare, who asked not to be named."),
        ],
        "Where were the talks held?",
    )
    assert got == []


def test_places_only_when_the_question_asks_where() -> None:
    pair = [
        p("a", "The third round of talks was held in Geneva on Tuesday."),
        p("b", "Envoys met in Vienna on Tuesday for the third round of talks."),
    ]
    assert sides(pair, "Did the third round achieve anything?") == []


def test_a_flag_does_not_depend_on_the_question() -> None:
    pair = [p("a", "The summit opens in March."), p("b", "Leaders gather for the summit in April.")]
    expected = [[("March", "a", 1), ("April", "b", 1)]]
    assert sides(pair) == sides(pair, "When does the summit start?") == expected


def test_a_venue_and_a_country_are_not_rival_places() -> None:
    got = sides(
        [
            p("a", "The two leaders held talks at the Elysee Palace on Friday, as unrest grew in Europe."),
            p("b", "It was the pair's fourth meeting in France this year."),
        ],
        "Where did the leaders meet?",
    )
    assert got == []


def test_values_about_different_things_are_not_paired() -> None:
    got = sides(
        [
            p("a", "Border talks collapsed in Ankara, after a week of rising tension."),
            p("b", "The minister flew to Baku for an energy forum, then went on to Tbilisi."),
            p("c", "Protests erupted in Yerevan over the price of bread."),
        ]
    )
    assert got == []


def test_one_fact_told_twice_is_flagged_once_in_plain_words() -> None:
    ds = find_disagreements(
        [
            p("a", "The five-day blockade in March was lifted after mediation.", 3),
            p("a", "Shipping had stopped during a blockade of the strait in March.", 7),
            p("b", "A five-day blockade of the strait last April cut fuel supplies.", 2),
        ]
    )
    assert len(ds) == 1
    assert "blockade" in ds[0].claim and ds[0].claim.startswith("Date of")
    assert {(s.value, s.doc_id) for s in ds[0].sides} >= {("March", "a"), ("April", "b")}


def test_sides_grouped_by_value() -> None:
    from index.retrieval.conflicts.disagree import grouped_sides

    ds = find_disagreements(
        [
            p("a", "The five-day blockade in March was lifted after mediation.", 3),
            p("a", "Shipping stopped during the blockade in March.", 7),
            p("b", "A five-day blockade last April cut fuel supplies.", 2),
        ]
    )
    assert [(v, len(labels)) for v, labels in grouped_sides(ds[0])] == [("March", 2), ("April", 1)]


def test_different_things_do_not_disagree() -> None:
    assert (
        sides(
            [
                p("a", "Four dock workers were killed in the strike."),
                p("b", "Two cranes were destroyed in the strike."),
            ]
        )
        == []
    )


def test_same_article_does_not_disagree_with_itself() -> None:
    assert (
        sides([p("a", "The talks will resume in June."), p("a", "The talks will resume in July.", 2)]) == []
    )


def test_compatible_values_are_not_a_conflict() -> None:
    assert (
        sides([p("a", "The talks will resume in June."), p("b", "The talks will resume on June 12.")]) == []
    )
    assert (
        sides([p("a", "Four people were hurt in the blast."), p("b", "Four people were hurt by the blast.")])
        == []
    )


def test_unrelated_sentences_and_modal_may() -> None:
    assert sides([p("a", "Elections are due in March."), p("b", "The ceasefire was agreed in April.")]) == []
    assert sides([p("a", "The strike may delay the talks."), p("b", "The talks will resume in June.")]) == []


def test_both_values_in_one_article_is_not_a_disagreement() -> None:
    assert (
        sides(
            [
                p("a", "Talks were held in June and again in July."),
                p("b", "Talks were held in July, the ministry said."),
            ]
        )
        == []
    )


def test_sides_carry_the_outlet() -> None:
    texts = [("a", "AFP", "The talks will resume in June."), ("b", None, "The talks would resume in July.")]
    passages = [Passage(Paragraph(d, d.upper(), 1, t, 0, len(t), "h", outlet=o), 1.0) for d, o, t in texts]
    (disagreement,) = find_disagreements(passages)
    assert [s.outlet for s in disagreement.sides] == ["AFP", None]


def test_a_word_near_most_values_does_not_tie_an_uncited_passage() -> None:
    passages = [
        p("a", "The 40-day strike in May shut the port, the union said.", 2),
        p("b", "A 40-day strike last June shut the port.", 5),
        p("b", "In March 2021 a strike by pilots grounded flights for a week.", 9),
        p("b", "The strike in August by teachers closed schools.", 11),
    ]
    everything = find_disagreements(passages)
    only_cited = find_disagreements(passages, cited={("a", 2), ("b", 5)})
    assert {s.value for s in only_cited[0].sides} == {"May", "June"}
    assert {s.value for d in everything for s in d.sides} > {"May", "June"}  # "strike" alone ties all


@pytest.mark.parametrize(
    "question",
    [
        "Where do the sources disagree?",
        "What do the articles disagree on?",
        "Do the two reports contradict each other?",
        "Is there a contradiction between the sources?",
        "Any discrepancies?",
        "In what ways do the accounts differ?",
        "Do the outlets agree?",
    ],
)
def test_asking_where_the_articles_disagree(question: str) -> None:
    assert asks_for_disagreements(question)


@pytest.mark.parametrize(
    "question",
    [
        "Where do the union and the council disagree?",  # the parties, not the sources
        "Do the articles agree on when the bridge reopens?",  # one fact: an ordinary question
        "What did the reports say about the conflict?",
        "Why do the sources say the talks failed?",
    ],
)
def test_other_questions_about_disagreement(question: str) -> None:
    assert not asks_for_disagreements(question)
