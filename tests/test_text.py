from __future__ import annotations

import pytest

from index.text import sentence_spans, split_sentences


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Has increased its military presence in the region.",
        "Talks between the U.S. And Iran follows weeks of tension.",
        "Mr. Vasilak met Gen. Ostrand on Jan. 5 in Geneva.",
        "John F. Kennedy spoke first.",
        "He paused… then went on.",
        "It was – as one official put it — “a long night.”",
    ],
)
def test_single_sentences_stay_whole(text: str) -> None:
    assert split_sentences(text) == [text]


def test_splits_after_closing_quotes_and_keeps_marks() -> None:
    text = "“We will win,” she said. “Nobody doubts it.” Then she left!"
    assert split_sentences(text) == ["“We will win,” she said.", "“Nobody doubts it.”", "Then she left!"]


def test_straight_quotes_and_questions() -> None:
    text = '"Is it over?" he asked. "Not yet."'
    assert split_sentences(text) == ['"Is it over?" he asked.', '"Not yet."']


def test_number_after_period_starts_a_sentence() -> None:
    assert split_sentences("The vote was 3-2. 15 members left.") == ["The vote was 3-2.", "15 members left."]


def test_spans_point_into_the_text() -> None:
    text = "  First one.  Second one.\n"
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one."]
