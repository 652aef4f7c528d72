""" "What did X tell AFP?": the one told (an outlet, a name, "reporters") is no topic of what X
said, so no quote is dropped for not naming it."""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.answers.answer import answer_attribution
from index.attribution.extraction.extract import extract_quotes
from index.attribution.query import parse_attribution_question
from index.retrieval.lexical import TermWeights, document_frequencies

DAM = (
    "Dam repairs delayed\n\n"
    "Repairs to the Halden dam will take another year, the water board said on Monday.\n\n"
    "“The concrete is older than anyone thought,” said Mira Vos, an engineer on the project.\n\n"
    "“We will need divers in the spring,” Vos told Reuters.\n\n"
    "“Nobody downstream is in danger,” she told the BBC."
)


def test_the_one_told_is_not_a_topic() -> None:
    for question in (
        "What did Vos tell Reuters?",
        "What did Vos tell the BBC?",
        "what did vos tell reporters?",
    ):
        query = parse_attribution_question(question)
        assert query is not None and query.speaker is not None and query.topic is None, question
    about = parse_attribution_question("What did Vos tell Reuters about the divers?")
    assert about is not None and about.topic == "the divers"
    clause = parse_attribution_question("What did Vos tell Reuters the repairs would cost?")
    assert clause is not None and clause.topic == "the repairs would cost"
    assert parse_attribution_question("What did Vos say about Reuters?").topic == "Reuters"  # type: ignore[union-attr]


def test_every_quote_of_the_speaker_answers_what_they_told_an_outlet() -> None:
    paragraphs = [p for p in DAM.split("\n\n") if p]
    weigh = TermWeights(document_frequencies(paragraphs), len(paragraphs)).weigh
    question = "What did Vos tell reporters?"
    query = parse_attribution_question(question)
    assert query is not None
    answer = answer_attribution(question, query, extract_quotes(doc(DAM, "dam")), {}, weigh=weigh)
    said = {s.text for s in answer.sentences}
    # before, "Reuters" was the topic and only the quote whose paragraph names Reuters was kept
    # (since journalist round 17, "What did Vos tell Reuters?" lists the quote told to Reuters,
    # with a note counting the others: tests/test_journ17.py)
    assert any("concrete is older" in s for s in said) and any("divers in the spring" in s for s in said)
