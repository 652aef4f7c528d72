"""How a what-said topic reads after "I found no quotes by X"."""

from __future__ import annotations

from index.types import Attribution


def _on(claim: str) -> str:
    return Attribution("what_said", "not_found", claim=claim, speaker_asked="Lee").on_claim


def test_an_infinitive_topic_reads_as_what_was_to_be_done() -> None:
    # "What did Lee tell the mayor to focus on?"
    assert _on("to focus on") == " about what to focus on"
    assert _on("to do") == " about what to do"


def test_a_topic_opening_on_a_preposition_reads_as_asked() -> None:
    assert _on("to the board") == " to the board"
    assert _on("at the summit") == " at the summit"
    assert _on("the budget") == " about the budget"
