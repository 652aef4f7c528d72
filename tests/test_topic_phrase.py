"""How a what-said topic reads after "I found no quotes by X"."""

from __future__ import annotations

from index.engine import Engine
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


def test_the_command_line_shows_a_cut_quotation_closed() -> None:
    from index.cli.render import answer_text
    from index.types import Answer, AnswerSentence, Citation

    cut = "“We expect the same from the other side."
    cited = Citation("t", "Talks", 4, cut, cut, outlet="AFP")
    text = answer_text(Answer("q", (AnswerSentence(cut, 0),), (cited,), abstained=False))
    assert text.startswith("“We expect the same from the other side.” [AFP ¶4]")


def test_the_command_line_prints_a_reported_quote_once(news_engine: Engine) -> None:
    from index.cli.render import answer_text

    text = answer_text(news_engine.ask("What did Kell say?"))
    # "Kell told AFP that a deal was still possible before the summer.": the sentence is
    # printed, and its speaker line names the reported speech without its words again
    assert text.count("a deal was still possible before the summer") == 2  # answer + Sources
    assert "(told AFP; reported speech)" in text
