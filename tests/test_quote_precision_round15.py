"""Quote precision, issue 13 round 15: a survey's answer beside its share is no quotation.

Fictional sentences written for these tests (docs/attribution.md, round 15).
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes


def _texts(*paragraphs: str) -> list[str]:
    quotes = extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))
    return [q.text for q in quotes if q.kind != "indirect"]


def test_an_answer_beside_its_share_is_no_quote() -> None:
    # the share right before the answer, in parentheses
    para = "Support is lower among farmers (28% “somewhat agree”) than among teachers (35%)."
    assert _texts(para) == []
    # the share right after it
    para = "Former mayor Ana Lund trails with “no opinion” at 14 percent in the survey."
    assert _texts(para) == []
    # a verb of choosing between the share and the answer
    para = "Only 19 percent of those who picked someone who “listens to farmers” backed Lund."
    assert _texts(para) == []


def test_a_reported_answer_and_a_distant_share_keep_their_quotes() -> None:
    # a cue in the sentence: the respondents are said to have used the words
    para = "In the survey, 40 percent of farmers say they would “never vote” for Lund."
    assert _texts(para) == ["never vote"]
    # a share in the sentence that is no answer's: the phrase is the mayor's
    para = "Lund won 52% of the vote on a promise of “cheaper bread for everyone,” her aides recalled."
    assert _texts(para) == ["cheaper bread for everyone"]
    # a long sentence in marks is someone's words, share or not
    para = "About 30% “would rather move to another town than pay the new tax,” the survey found."
    assert _texts(para) == ["would rather move to another town than pay the new tax"]
