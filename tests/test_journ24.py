"""Journalist round 24: "did X threaten …?" (or vow, pledge, promise) asks about an act that
the verb itself claims. A quote reported with a weaker verb ("hinted at", "argued") is no Yes,
and a paragraph reporting no such act is shown beside a not-found verdict instead of standing
in for a quote. Every text here is invented (README, "Journalist round 24")."""

from __future__ import annotations

from news_fixtures import ask_about

from index.attribution.answers.unreported import unreported_act
from index.attribution.overstated import reports_act
from index.attribution.query import AttributionQuery, parse_attribution_question
from index.cli.render import abstention_text
from index.types import Answer, AnswerSentence, Citation

DOCKS = "\n\n".join(
    [
        "Dock strike looms over the harbour",
        "Union leader Pia Lund has hinted at a strike at the container docks if the talks fail.",
        "“We will close the fish market for a week,” Mayor Tom Berg threatened.",
        "Port officials argue the docks could lose their biggest client this year.",
        "“We will not sell the ferry,” said Ada Kron, the council leader.",
    ]
)


def _did(question: str) -> str:
    a = ask_about(DOCKS, question)
    assert a.attribution is not None, question
    return a.attribution.verdict


def test_a_threat_asked_of_what_was_only_hinted_is_not_found() -> None:
    assert _did("did Lund threaten a strike at the container docks?") == "not_found"
    a = ask_about(DOCKS, "has Pia Lund threatened a strike at the docks?")
    assert a.attribution is not None and a.attribution.note is not None
    assert "“hinted”" in a.attribution.note and "threat" in a.attribution.note
    # (known25) the writer's own account of her is no quote of hers: the paragraph is shown as
    # the closest, not under her name as her words
    assert not a.attribution.quotes and "own words" in a.attribution.note
    assert a.closest is not None and "hinted at a strike" in a.closest.text
    assert abstention_text(a).startswith("I found no quote of Pia Lund saying that")
    # someone else's words, argued, are no threat of anyone's either ("No. That was …" would
    # give them the threat)
    assert _did("did Lund threaten that the docks could lose their biggest client?") == "not_found"


def test_a_threat_the_article_reports_as_one_is_a_yes() -> None:
    assert _did("did Berg threaten to close the fish market for a week?") == "yes"
    # the plain question about the same words is unchanged
    assert _did("did Lund say there could be a strike at the container docks?") != "not_found"


def test_a_strong_verb_is_parsed_only_after_a_speaker() -> None:
    q = parse_attribution_question("Did the mayor vow to close the fish market?")
    assert q is not None and (q.kind, q.speaker, q.text, q.verb) == (
        "did_say",
        "the mayor",
        "to close the fish market",
        "vow",
    )
    assert parse_attribution_question("did Berg say the market will close?").verb is None  # type: ignore[union-attr]
    # the strong verb belongs to another subject: not Lund threatening anything
    assert parse_attribution_question("Does Lund think the strike threatens the port?") is None
    # no claim after the verb: an act to look up, not a quote
    assert parse_attribution_question("Did Berg threaten anyone?") is None
    assert parse_attribution_question("Did anyone threaten the mayor?") is None


def test_the_paragraph_for_an_unreported_act_keeps_the_not_found_verdict() -> None:
    assert reports_act("threaten", ["Berg issued a threat to the union."])
    assert not reports_act("threaten", ["Berg warned the union."])
    assert reports_act("promise", ["She vowed to stay."])
    c = Citation(doc_id="d", title="T", paragraph=2, quote="Lund hinted at a strike.", text="…")
    plain = Answer("q", (AnswerSentence("Lund hinted at a strike.", 0),), (c,), abstained=False)
    query = AttributionQuery("did_say", text="a strike", speaker="Lund", verb="threaten")
    a = unreported_act(Answer("q", (), (), abstained=True), query, plain)
    assert a.attribution is not None and a.attribution.verdict == "not_found"
    assert a.closest == c and a.sentences == plain.sentences


SCARE = "The council calls its plan a “fresh start” for the harbour."


def test_a_scare_quote_in_the_writers_voice_is_no_ones_quote() -> None:
    from bot.render_quotes import quote_check_html
    from index.attribution.checks.claims import check_claim
    from index.types import Quote

    start = SCARE.index("fresh")
    scare = Quote(
        "fresh start", None, None, None, "d", "T", 2, start, start + 11, kind="partial", context=SCARE
    )
    kron = Quote("We will not sell the ferry.", "Ada Kron", None, "said", "d", "T", 3, 0, 27)
    for claim in ("“fresh start”", '"fresh start"', "Ada Kron said “fresh start”"):
        c = check_claim(claim, [scare, kron])
        assert (c.verdict, c.quote, c.prose) == ("not_found", None, scare), claim
    html = quote_check_html("“fresh start”", check_claim("“fresh start”", [scare, kron]))
    assert "Not found." in html and "without saying whose" in html
    # a named speaker's words are still theirs
    assert check_claim("“We will not sell the ferry”", [scare, kron]).verdict == "exact"


KEEN = "\n\n".join(
    [
        "Council split on the harbour plan",
        "“The mayor is not quite as keen on the new harbour plan as the council hoped,” said Ada Kron.",
    ]
)


def test_a_comparison_after_not_shortened_to_a_flat_not_is_misworded() -> None:
    def did(question: str) -> str:
        a = ask_about(KEEN, question)
        assert a.attribution is not None, question
        return a.attribution.verdict

    assert did("did Kron say the mayor is not keen on the new harbour plan?") == "misworded"
    assert did("did Kron say the mayor is not quite as keen on the new harbour plan?") == "yes"
