"""Named speakers, issue 13 round 10: names beside descriptions, and reporting forms.

Fictional sentences written for these tests (docs/attribution.md, "Round 10 (named)").
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes
from index.types import Quote


def _quotes(*paragraphs: str) -> list[Quote]:
    return extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))


def _speaker_of(words: str, *paragraphs: str) -> str | None:
    return next(q.speaker for q in _quotes(*paragraphs) if q.text == words)


def test_a_description_with_a_relative_clause_beside_a_name_gives_the_name() -> None:
    para = (
        "Lund, a harbour pilot who writes sea shanties on the side (one of them about a storm "
        "“that never ends”), has joined the council."
    )
    assert _speaker_of("that never ends", para) == "Lund"
    para = (
        "One of the mayor's former allies who still backs the plan, former councillor Ana Roe, "
        "wrote in an email that the vote was “a sad day for the port.”"
    )
    assert _speaker_of("a sad day for the port.", para) == "Ana Roe"


def test_a_prefixed_capital_stays_inside_the_name_run() -> None:
    para = "Piet Hals of the anti-Harbour Gazette wrote that the plan was “a fantasy.”"
    assert (_speaker_of("a fantasy.", para) or "").startswith("Piet Hals")


def test_a_lowercase_role_and_a_name_after_an_opening_phrase_is_the_subject() -> None:
    para = "After the vote, harbour economist Ana Roe summed it up: “It is over for the ferry.”"
    assert _speaker_of("It is over for the ferry.", para) == "Ana Roe"
    para = "After the vote, harbour economist Ana Roe likened the plan to “a sinking ship.”"
    assert _speaker_of("a sinking ship.", para) == "Ana Roe"
    # a verb among the lowercase words, or a plural, is no role: "members include pilots Ana Roe"
    para = "In the port, members include pilots Ana Roe, a diver, and Tom Vidal, known for “Vidal's Knot”."
    assert _speaker_of("Vidal's Knot", para) != "Ana Roe"


def test_reporting_forms_name_their_speaker() -> None:
    para = "When the mayor suggested the port would close, Lund fired back: “If they close it, they lose.”"
    assert _speaker_of("If they close it, they lose.", para) == "Lund"
    para = "The mayor said the plan was “ready to go,” to which Roe interjected: “It is not ready.”"
    assert _speaker_of("It is not ready.", para) == "Roe"
    para = "“Full steam ahead!” Rep. Ana Roe, D-Ore., said of the week’s events."
    assert _speaker_of("Full steam ahead!", para) == "Ana Roe"


def test_a_name_right_before_a_gerund_owns_it() -> None:
    para = "The two met twice – Roe saying she was “very hopeful” and Lund calling it a “good start.”"
    assert _speaker_of("very hopeful", para) == "Roe"
    assert _speaker_of("good start.", para) == "Lund"
    para = "A harbour warning about “rising water” was issued."
    assert all(q.speaker != "A harbour" for q in _quotes(para))


def test_the_asker_and_the_agent_of_a_passive_label_speak() -> None:
    para = (
        "Lund was asked by radio host Ana Roe whether the ferry plan would risk "
        "“sinking the budget for a decade.”"
    )
    assert _speaker_of("sinking the budget for a decade.", para) == "Ana Roe"
    para = "Asked by Roe if the mayor “gets” the harbour, Lund avoided an answer."
    assert _speaker_of("gets", para) == "Roe"
    para = "Asked by reporters whether he would run, Lund said: “Not this year.”"
    assert _speaker_of("Not this year.", para) == "Lund"
    para = "The inquiry, often labeled a “witch hunt” by Harbour Democrats, is now closed."
    assert _speaker_of("witch hunt", para) == "Harbour Democrats"
    para = "Lund was “extremely careless” with the records – as described by Mayor Ana Roe – and he left."
    assert _speaker_of("extremely careless", para) == "Ana Roe"
    para = "Lund called the plan “a sinking ship” by March."
    assert _speaker_of("a sinking ship", para) == "Lund"


def test_two_named_people_with_their_roles_are_one_source() -> None:
    para = (
        "“We will fight this,” state harbour chief Ana Roe and city Speaker Piet Hals, both "
        "residents, said in a statement. Hals said later that the council “will not give up.”"
    )
    assert _speaker_of("We will fight this", para) == "Ana Roe and Piet Hals"
    assert _speaker_of("will not give up.", para) == "Piet Hals"  # each is learnt, not the pair
    para = "A woman asked for a photo and Roe said, “Of course.”"
    assert _speaker_of("Of course.", para) == "Roe"
