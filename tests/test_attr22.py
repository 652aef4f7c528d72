"""Fresh-corpus round 22 (attribution): faults found checking attributions on real news, each
reproduced here on invented articles (README, "Fresh-corpus round 22 (attr22)")."""

from __future__ import annotations

from collections.abc import Sequence

from news_fixtures import ask_about, doc

from index.attribution.answers.claim_quote import quote_for_claim
from index.attribution.answers.titled import titled_speaker
from index.attribution.checks.swapped import exchanged, name_in_place
from index.attribution.extraction.extract import extract_quotes
from index.attribution.speakers.article_names import article_full_names
from index.text import words
from index.types import Paragraph, Passage, Quote

BRIDGE = "\n\n".join(
    [
        "Bridge vote splits the valley",
        "Even Lina Roe, who has backed the toll for years, said on Monday that the vote would be close.",
        "“I think the toll is the best plan, but it doesn't have a chance,” Roe said.",
        "“Like him or not, Ivo Lind has set the agenda on the bridge,” said Tomas Berg, the council "
        "clerk. “Lind is a moderate in a radical party.”",
        "– Using Lina Roe? –.",
        "“We face a rigged, unfair ballot,” said Congressman Piet Hals, a toll opponent.",
        "The aides, led by campaign manager Ada Voss, told the council that they did not expect to "
        "win the first vote.",
    ]
)


def _quotes() -> list[Quote]:
    return extract_quotes(doc(BRIDGE, "t"))


def test_a_word_opening_the_sentence_is_no_part_of_the_full_name() -> None:
    # "Even Lina Roe" and "Using Lina Roe" are Lina Roe: "Roe said" is labelled in full
    assert article_full_names(doc(BRIDGE, "t"))["roe"] == "Lina Roe"
    assert {q.speaker for q in _quotes() if q.mention == "Roe"} == {"Lina Roe"}
    # a word that describes her before her full name is one name with it
    described = "Vote\n\nThe hall heard Veteran Lina Roe first, and later Lina Roe again."
    assert article_full_names(doc(described, "t"))["roe"] == "Lina Roe"


def test_congressman_is_a_title_not_a_first_name() -> None:
    hals = [q for q in _quotes() if q.speaker and "Hals" in q.speaker]
    assert hals and all(q.speaker == "Piet Hals" for q in hals)
    assert hals[0].speaker_detail is not None and hals[0].speaker_detail.startswith("Congressman")
    answer = ask_about(BRIDGE, "did Piet Hals say the ballot is rigged and unfair?")
    assert answer.attribution is not None and answer.attribution.verdict == "yes"


def test_a_group_led_by_someone_is_the_group() -> None:
    told = [q for q in _quotes() if q.cue and q.cue.startswith("told")]
    assert told and told[0].speaker is not None and told[0].speaker.lower() == "the aides"
    assert told[0].speaker_detail is not None and "Ada Voss" in told[0].speaker_detail


def test_a_name_put_in_place_of_the_quotes_is_not_what_was_said() -> None:
    claim = "like him or not, Ana Vik has set the agenda on the bridge"
    said = "Like him or not, Ivo Lind has set the agenda on the bridge"
    diff = (("=", "like him or not"), ("-", "Ana Vik"), ("+", "Ivo Lind"), ("=", "has set the agenda"))
    assert name_in_place(claim, said, diff) == ("Ana Vik", "Ivo Lind")
    answer = ask_about(BRIDGE, f"did Berg say that {claim}?")
    assert answer.attribution is not None and answer.attribution.verdict == "misworded"
    answer = ask_about(BRIDGE, f"did Berg say that {said.lower()}?")
    assert answer.attribution is not None and answer.attribution.verdict in ("yes", "exact")


def test_two_words_exchanged_turn_the_claim_round() -> None:
    answer = ask_about(BRIDGE, "did Berg say Lind is a radical in a moderate party?")
    assert answer.attribution is not None and answer.attribution.verdict == "misworded"
    answer = ask_about(BRIDGE, "did Berg say Lind is a moderate in a radical party?")
    assert answer.attribution is not None and answer.attribution.verdict in ("yes", "exact")
    joined = (("-", "roads"), ("+", "rails"), ("=", "and"), ("-", "rails"), ("+", "roads"))
    assert exchanged(joined) is None  # "roads and rails" of "rails and roads" says the same


def test_a_predicate_put_before_its_noun_is_no_turn_round() -> None:
    # "the ballot is rigged and unfair" of Hals's "a rigged, unfair ballot": his words, not Roe's
    answer = ask_about(BRIDGE, "did Roe say the ballot is rigged and unfair?")
    att = answer.attribution
    assert att is not None and att.verdict == "no" and att.said_by == "Piet Hals"


def test_a_description_set_off_after_a_name_finds_the_speaker() -> None:
    texts = ["Ivo Lind, the council clerk, recalled the first vote.", "“It was close,” he said."]
    assert titled_speaker("the council clerk", texts) == "Lind"
    assert titled_speaker("the harbour master", texts) is None


def _overlap(text: str, quotes: Sequence[Quote]) -> list[float]:
    """A content-dependent stand-in for the encoder's fit: the share of `text`'s words a quote has."""
    mine = set(words(text))
    return [len(mine & set(words(q.text))) / max(1, len(mine)) for q in quotes]


def test_who_said_takes_the_quote_that_says_it_after_one_that_shares_only_names() -> None:
    # the best fit shares the claim's name and its small words, no word that carries it
    a = Quote("Tollcard made the valley proud for the people", "Ana Vik", None, "said", "t", "T", 1, 0, 45)
    said = "It has done nothing but make crossings dearer for us commuters"
    b = Quote(said, "Ed Roe", None, "said", "t", "T", 2, 0, 62)
    passages = [
        Passage(Paragraph("t", "T", 1, a.text, 0, 45, "a"), 1.0),
        Passage(Paragraph("t", "T", 2, b.text, 47, 109, "b"), 0.8),
    ]
    claim = "Tollcard made the crossings dearer for the commuters"
    assert quote_for_claim(claim, passages, [a, b], _overlap) is b
    assert quote_for_claim(claim, passages[:1], [a], _overlap) is None


def test_the_former_governor_is_the_former_governor_of_a_state() -> None:
    text = "\n\n".join(
        [
            "Endorsement",
            "Former Ohio Gov. Ana Roe backed Lind on Sunday.",
            "“Lind is the most consistent voice,” Roe said.",
            "The former governor noted that voters want something new.",
        ]
    )
    noted = [q for q in extract_quotes(doc(text, "t")) if q.cue == "noted"]
    assert noted and noted[0].speaker == "Ana Roe"
    # a governor of a state is not its former governor, nor a vice president the president
    assert [q.speaker for q in extract_quotes(doc(text.replace("Former ", ""), "t")) if q.cue == "noted"] == [
        "the former governor"
    ]
