"""Journalist round 22: "what exactly did X say, word for word?"; "who besides X said …?";
"is “…” a direct quote or a paraphrase?"; the asked speaker's own words for a claim another
speaker's quote matches more closely; a negation of a word the quote lacks; two speakers'
quotations joined by "and"; "what did X tell AFP?" kept to AFP's own articles. Every text here
is invented (README, "Journalist round 22")."""

from __future__ import annotations

from news_fixtures import ask_about

from index.attribution.answers.told import told_to
from index.attribution.checks.claims import check_claim
from index.attribution.checks.meaning import opposite
from index.attribution.query import parse_attribution_question
from index.types import Quote

FLOODS = "\n\n".join(
    [
        "Vell floods: the river rises again",
        "The river Vell burst its banks for the third time this year on Sunday, officials said.",
        "The city council met on Monday to discuss the river.",
        "“The river, which she calls a grave danger to the city, must be stopped before winter,”"
        " said Ola Brann, the harbour master.",
        "“I won't pretend otherwise: it is a grave danger for every street we have,” said Mette Sand,"
        " the city's flood engineer.",
        "Sand said the new wall would be finished by March.",
        "“The tolls will rise next spring,” the mayor, Ivo Rask, told AFP.",
        "“We think the old bridge must close by winter,” said Lena Dahl, a transport planner.",
    ]
)


def _answer(question: str) -> tuple[str, str | None]:
    a = ask_about(FLOODS, question)
    assert a.attribution is not None, question
    quote = a.attribution.quotes[0] if a.attribution.quotes else None
    return a.attribution.verdict, a.attribution.said_by or (quote.speaker if quote else None)


def test_what_exactly_did_x_say_word_for_word_lists_their_own_words() -> None:
    for question in ("What exactly did Sand say, word for word?", "what did Sand say verbatim?"):
        q = parse_attribution_question(question)
        assert q is not None and (q.kind, q.speaker, q.topic, q.verbatim) == ("what_said", "Sand", None, True)
    a = ask_about(FLOODS, "What exactly did Sand say?")
    assert a.attribution is not None and a.attribution.verdict == "listed"
    # her quotation, not the wall the article reports her speaking of
    assert [q.kind for q in a.attribution.quotes] == ["direct"]
    plain = ask_about(FLOODS, "What did Sand say?")
    assert plain.attribution is not None and len(plain.attribution.quotes) == 2


def test_who_besides_x_said_leaves_x_out() -> None:
    q = parse_attribution_question("Who besides Brann said the floods are a grave danger?")
    assert q is not None and (q.kind, q.besides) == ("who_said", "Brann")
    assert q.text == "the floods are a grave danger"
    assert _answer("Who besides Brann said the floods are a grave danger?")[1] == "Mette Sand"
    # a bare "who else" leaves out whom the conversation named: not routed here
    assert parse_attribution_question("Who else said the floods are a grave danger?") is None
    assert parse_attribution_question("who besides Brann said so?") is None


def test_is_it_a_direct_quote_or_a_paraphrase_asks_who_said_the_words() -> None:
    q = parse_attribution_question("Is “a grave danger” a direct quote or a paraphrase?")
    assert q is not None and (q.kind, q.text, q.quoted) == ("who_said", "a grave danger", True)
    q = parse_attribution_question("is it a direct quote that the new wall would be finished by March?")
    assert q is not None and (q.kind, q.text) == ("who_said", "the new wall would be finished by March")
    assert parse_attribution_question("Is the bridge closed?") is None


def test_the_asked_speakers_own_words_answer_before_anothers_closer_ones() -> None:
    # Brann's quote holds "a grave danger to the city" word for word, but of what someone
    # else calls it; Sand's own "it is a grave danger for every street" says it too
    assert _answer("did Sand say the river is a grave danger to the city?") == ("yes", "Mette Sand")
    # a claim that runs on into words only the other speaker said is not hers
    verdict, speaker = _answer("did Sand say the river is a grave danger and must be stopped before winter?")
    assert verdict != "yes" and speaker == "Ola Brann"


def test_two_speakers_quotations_joined_by_and_are_no_ones() -> None:
    a = Quote("The tolls will rise next spring.", "Ivo Rask", None, "told AFP", "d", "T", 5, 0, 32)
    b = Quote("We think the old bridge must close by winter.", "Lena Dahl", None, "said", "d", "T", 6, 0, 45)
    c = check_claim("The tolls will rise next spring, and the old bridge must close by winter", [a, b])
    assert c.verdict == "not_found" and c.joined is not None and c.joined.speaker is not None
    assert {c.joined.speaker, c.quote.speaker if c.quote else None} == {"Ivo Rask", "Lena Dahl"}


def test_what_x_told_an_outlet_keeps_to_its_own_articles_when_no_cue_says() -> None:
    elsewhere = Quote("Words one.", "Ann Lee", None, "said", "a", "T", 1, 0, 10, outlet=None)
    wire = Quote("Words two.", "Ann Lee", None, "said", "b", "T", 2, 0, 10, outlet="AFP")
    found, others, named = told_to("AFP", [elsewhere, wire])
    assert [q.doc_id for q in found] == ["b"] and (others, named) == (0, False)
    # no quote in the outlet's articles: every quote told to no one named, as before
    assert [q.doc_id for q in told_to("Reuters", [elsewhere, wire])[0]] == ["a", "b"]


def test_a_negation_of_a_word_the_quote_lacks_reverses_nothing() -> None:
    said = (
        "She wants the council to see that the town's floods, which she calls a major danger to the"
        " port, must be stopped before the winter storms come."
    )
    # the claim denies "deadly", which the quote never speaks of: not the opposite
    assert not opposite("the town's floods are not a deadly danger", said)
    assert not opposite("the floods in town are not a deadly danger to the port", said)
    # the claim denies what the quote says: the opposite
    assert opposite("the town's floods are not a danger", said)
    assert opposite("the town's floods are not a major danger", said)
