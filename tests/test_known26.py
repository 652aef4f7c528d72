"""Journalist round 26 (known26): "how many people are quoted?" counts the people quoted in
quotation marks, not the writer's reports of what someone said; "could be discussed" is the
reverse of a quoted "non-negotiable". Every text here is invented (docs/history.md, "Journalist
round 26 (known26)")."""

from __future__ import annotations

from news_fixtures import ask_about

from index.attribution.checks.meaning import opposite
from index.attribution.query import parse_attribution_question
from index.cli.render import answer_text

MARKET = "\n\n".join(
    [
        "Market hall to close for repairs",
        "“The roof will not survive another winter,” said Pia Holm, the city's building inspector.",
        "Stallholder Jon Ekk warned that many traders would lose their living.",
        "“We were told nothing,” Ekk said. “Nothing at all.”",
        "“Where are we supposed to go in March?” Ekk asked.",
        "Council leader Rafe Moss has hinted at a temporary hall on the square.",
        "Shoppers say the hall is the heart of the old town.",
        "Holm added that the work was “overdue by a decade”.",
    ]
)


def test_how_many_asks_for_the_count_in_quotation_marks() -> None:
    q = parse_attribution_question("How many people are quoted?")
    assert q is not None and (q.kind, q.topic) == ("who_quoted", "counted")
    # the plain speaker list is unchanged
    plain = parse_attribution_question("Who is quoted in the articles?")
    assert plain is not None and plain.topic is None


def test_the_count_leaves_reported_speech_out_and_says_so() -> None:
    a = ask_about(MARKET, "how many people are quoted?")
    att = a.attribution
    assert att is not None and att.verdict == "listed" and att.claim == "in quotation marks"
    speakers = [q.speaker for q in att.quotes]
    # Moss only "hinted", the shoppers only "say": reported, never quoted
    assert not any(s and ("Moss" in s or "hoppers" in s) for s in speakers)
    assert {q.kind for q in att.quotes} <= {"direct", "partial", "transcript"}
    # the most quoted first: Ekk's three quotations, then Holm's two
    assert speakers[0] is not None and "Ekk" in speakers[0]
    assert att.note is not None and "without quotation marks" in att.note
    text = answer_text(a)
    assert text.startswith("Who is quoted in quotation marks (2 speakers,")
    assert "Moss" not in text


def test_who_is_quoted_still_lists_reported_speech() -> None:
    a = ask_about(MARKET, "who is quoted?")
    att = a.attribution
    assert att is not None and att.claim is None and att.note is None
    assert any(q.kind == "indirect" for q in att.quotes)


UNION = "\n\n".join(
    [
        "Bus drivers dig in over night shift",
        "The drivers' union says the night shift is “non-negotiable,” according to its chair, Ada Penn.",
        "Depot manager Ola Berg said the timetable would change in May.",
    ]
)


def test_could_be_discussed_reverses_non_negotiable() -> None:
    said = "The union says the night shift is “non-negotiable,” according to its chair, Ada Penn."
    assert opposite("the night shift could be discussed with the owners", said)
    assert opposite("the night shift is open to debate", said)
    # the same stand in other words is no reversal
    assert not opposite("the night shift will not be negotiated", said)
    assert not opposite("she refused to discuss the night shift", said)
    # with no "non-" word in the quote, "discussed" stands as it is
    assert not opposite("the night shift could be discussed", "We discussed the night shift at length.")


def test_a_did_say_of_the_reverse_of_non_negotiable_is_the_opposite() -> None:
    a = ask_about(UNION, "did Penn say the night shift could be discussed with the owners?")
    assert a.attribution is not None and a.attribution.verdict == "contradicts"
    assert a.attribution.quotes and a.attribution.quotes[0].speaker == "Ada Penn"
    same = ask_about(UNION, "did Penn say the night shift is non-negotiable?")
    assert same.attribution is not None and same.attribution.verdict == "yes"
