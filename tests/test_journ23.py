"""Journalist round 23: a `/quote` or "did X say …?" that marks the words it leaves out with an
ellipsis is the quotation with words elided, not a misquote; an ellipsis over a negation or a
modal is still checked word by word; an aside ("X, which she calls …") says what X is, so a
claim denying it is the opposite; a did-say that drops the speaker's hedge ("in some ways",
"partly", "could") is no plain yes. Every text here is invented (README, "Journalist round 23")."""

from __future__ import annotations

from news_fixtures import ask_about

from index.attribution.checks.check import check_quote
from index.attribution.checks.claims import check_claim, did_say
from index.types import Quote

HOLT = "The council, whatever the cost and (for now) without a partner, will rebuild the old bridge by May."
RASK = "We don't think the tolls will rise next spring, and the ferry stays."
QUOTES = [
    Quote(HOLT, "Ann Holt", None, "said", "d", "T", 2, 0, len(HOLT)),
    Quote(RASK, "Ivo Rask", None, "said", "d", "T", 3, 0, len(RASK)),
]


def test_an_ellipsis_for_left_out_words_is_an_exact_quote() -> None:
    for claim in (
        "The council … will rebuild the old bridge by May",
        "“The council, whatever the cost … will rebuild the old bridge…”",
        "the council [...] will rebuild . . . bridge by May",
        "… whatever the cost and (for now) without a partner, will rebuild the old bridge",
    ):
        c = check_quote(claim, QUOTES)
        assert (c.verdict, c.quote and c.quote.speaker) == ("exact", "Ann Holt"), claim
    c = check_claim("Holt: “the council … will rebuild the old bridge”", QUOTES)
    assert (c.verdict, c.speaker_right) == ("exact", True)
    c = check_claim("“the council … will rebuild the old bridge,” Rask said", QUOTES)
    assert (c.verdict, c.speaker_right) == ("exact", False)
    assert did_say("Holt", "the council … will rebuild the old bridge by May", QUOTES).verdict == "yes"


def test_an_ellipsis_that_changes_the_words_or_the_order_is_no_exact_quote() -> None:
    # a word changed in a stretch, the stretches out of order, a stretch in another quotation
    for claim in (
        "the council … will demolish the old bridge by May",
        "will rebuild the old bridge … the council",
        "the council … will rebuild the old bridge … the ferry stays",
    ):
        assert check_quote(claim, QUOTES).verdict != "exact", claim


def test_an_ellipsis_over_a_negation_or_a_modal_is_checked_word_by_word() -> None:
    # "We … think the tolls …" drops the "don't" that turns the meaning round
    c = check_claim("“We … think the tolls will rise next spring”", QUOTES)
    assert c.verdict != "exact" and c.reversal is not None
    # "the council … rebuild" drops "will": the stretches alone are too little to call exact
    assert check_quote("the council, whatever the cost … rebuild the old bridge", QUOTES).verdict != "exact"


def test_an_ellipsis_needs_words_of_content_on_each_side() -> None:
    assert check_quote("the council … the", QUOTES).verdict != "exact"
    assert check_quote("council … bridge", QUOTES).verdict != "exact"


PIERS = "The old piers, which she calls a grave risk to the harbour, must be rebuilt this year."


def test_an_aside_says_what_its_noun_is_so_a_denial_of_it_is_the_opposite() -> None:
    from index.attribution.checks.meaning import opposite

    assert opposite("the old piers are no risk", PIERS)
    assert opposite("the old piers are not a risk to the harbour", PIERS)
    assert not opposite("the old piers are a grave risk", PIERS)
    # what the claim denies ("deadly") the aside never says: nothing reversed
    assert not opposite("the old piers are not a deadly risk", PIERS)
    piers = Quote(PIERS, "Ann Holt", None, "said", "d", "T", 4, 0, len(PIERS))
    c = check_claim("Holt said the old piers are no risk to the harbour", [piers])
    assert c.speaker_right is True and c.reversal is not None


LEVY = "\n\n".join(
    [
        "Harbour levy splits the town",
        "Port officials warned on Monday that the new levy is in some ways more costly than the old fees.",
        "“The levy partly failed, but it paid for the new crane,” said Ola Brann, the harbour master.",
        "“The crane could break down again this winter,” said Mette Sand, an engineer.",
    ]
)


def _did(question: str) -> str:
    a = ask_about(LEVY, question)
    assert a.attribution is not None, question
    return a.attribution.verdict


def test_a_did_say_that_drops_the_speakers_hedge_is_no_plain_yes() -> None:
    assert _did("did port officials say the levy is more costly than the old fees?") == "misworded"
    assert (
        _did("did port officials say the levy is in every way more costly than the old fees?") == "misworded"
    )
    assert _did("did Brann say the levy failed, but it paid for the new crane?") == "misworded"
    assert _did("did Sand say the crane will break down again this winter?") == "misworded"
    # the hedge kept, or words of the quote beyond the claim's ends: a plain yes
    assert _did("did port officials say the levy is in some ways more costly than the old fees?") == "yes"
    assert _did("did Brann say the levy partly failed?") == "yes"
    assert _did("did Sand say the crane could break down again?") == "yes"
