"""He/she candidates on sentences written for round 20 (docs/attribution.md, round 20,
pronouns): a name run never holds a pronoun or a subordinator after its first word, so a
sentence break missed after an abbreviation (``… into the U.S. While Lund …``) leaves the
person a candidate under their own name; and the name right before a he/she cue set off by a
comma (``South Dakota, she said, was …``, ``Of the criticism aimed at Varga, she said``) is
no candidate for that pronoun; the subject after a fronted clause (``Asked whether …, Varga
demurred.``) is the sentence's subject for the next he/she."""

from __future__ import annotations

from index.attribution.extraction.extract import extract_quotes
from index.attribution.speakers.name_runs import pieces
from index.attribution.speakers.speaker_rank import Mentions
from index.sources import DocMeta, parse_document


def _names(m: Mentions) -> list[str]:
    return sorted(e.name for e in m.entities.values())


def test_a_run_is_cut_at_a_subordinator_after_an_abbreviation() -> None:
    m = Mentions(frozenset({"lund", "varga"}))
    first = "Governor Ana Lund met farmers in Ohio on Monday."
    m.observe(first, 0, len(first), 1)
    second = "Piet Varga wants a ban on imports into the U.S. While Lund condemned the plan, he praised it."
    m.observe(second, 0, len(second), 2)
    m.flush()
    assert _names(m) == ["Ana Lund", "Piet Varga"]
    assert m.entities["lund"].last[0] == 2  # the second mention counts for her


def test_a_run_is_cut_at_a_pronoun() -> None:
    assert pieces(0, "U.S. He") == [(0, "U.S.")]
    assert pieces(4, "U.S. While Lund") == [(4, "U.S."), (15, "Lund")]


def test_names_holding_other_capitalised_words_stay_whole() -> None:
    assert pieces(0, "Secretary of State Ana Lund") == [(0, "Secretary of State Ana Lund")]
    assert pieces(0, "Race To The Top") == [(0, "Race To The Top")]


def test_a_name_a_parenthetical_cue_interrupts_is_no_speaker() -> None:
    text = (
        "Governor Ana Lund met farmers in Ohio on Monday.\n\n"
        "“We will protect every farm,” Lund said. South Dakota, she said, was “the next stop.”"
    )
    quotes = extract_quotes(parse_document(text, DocMeta("d")))
    assert [(q.speaker, q.mention) for q in quotes] == [("Ana Lund", "Lund"), ("Ana Lund", "she")]


def test_a_name_after_a_fronted_phrase_before_the_cue_is_no_speaker() -> None:
    text = (
        "Senator Piet Varga spoke after the vote.\n\n"
        "Dana Marlow, the mayor, praised the vote. "
        "Of the criticism aimed at Varga, she said, “It is a little much.”"
    )
    (quote,) = extract_quotes(parse_document(text, DocMeta("d")))
    assert quote.speaker == "Dana Marlow"


def test_the_subject_after_a_fronted_clause_is_the_sentence_subject() -> None:
    text = (
        "Asked whether he was worried that Mayor Tom Hale, the frontrunner, could win the race, "
        "Piet Varga demurred.\n\n“The voters will decide,” he said."
    )
    (quote,) = extract_quotes(parse_document(text, DocMeta("d")))
    assert quote.speaker == "Piet Varga"
