"""He/she after a sentence that opens with a plural common noun (``Police arrested …``), on
sentences written for this rule: a capitalised word opening a sentence before a past verb is a
he/she candidate only when the article never writes it in lowercase (docs/attribution.md,
round 15, pronouns)."""

from __future__ import annotations

import pytest

from index.attribution.extraction.extract import extract_quotes
from index.sources import DocMeta, parse_document


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The protest began at noon, and the police watched from the square.\n\n"
            "Police arrested Tomas Brekke after the march. “I will be back next week,” he said.",
            "Tomas Brekke",
        ),
        (
            "Reporters waited outside the court; reporters from three papers asked for comment.\n\n"
            "Reporters pressed Piet Varga on the plan on Tuesday. “It will never be built,” he said.",
            "Piet Varga",
        ),
        (
            "Prosecutors filed the case on Monday, and the prosecutors asked for a quick trial.\n\n"
            "Prosecutors questioned Lena Marsh for two hours. “I answered every question,” she said.",
            "Lena Marsh",
        ),
    ],
)
def test_a_common_noun_opening_the_sentence_is_no_candidate(text: str, speaker: str) -> None:
    (quote,) = extract_quotes(parse_document(text, DocMeta("d")))
    assert quote.speaker == speaker


def test_a_surname_opening_the_sentence_still_acts() -> None:
    text = (
        "Senator Dora Kemp spoke first at the hearing.\n\n"
        "Kemp questioned the minister for an hour. “The budget is a fiction,” she said."
    )
    (quote,) = extract_quotes(parse_document(text, DocMeta("d")))
    assert quote.speaker == "Dora Kemp"
