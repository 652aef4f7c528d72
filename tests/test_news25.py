"""Fresh-corpus round 25 (news25): faults found asking ten unseen real news articles, each
reproduced here on invented sentences (docs/history.md, "Fresh-corpus round 25 (news25)")."""

from __future__ import annotations

from index.attribution.checks.claims import check_claim
from index.attribution.checks.meaning import opposing_clause
from index.retrieval.checks.winner import winner_untold
from index.retrieval.conflicts.disagree import find_disagreements
from index.types import Paragraph, Passage, Quote


def _passage(doc: str, text: str) -> Passage:
    return Passage(Paragraph(doc, doc.upper(), 1, text, 0, 0, "h"), 1.0)


# --- a quotation of several sentences checked against itself is no reversal ----------------

SPEECH = "There's no trick to the word 'reform.' It's a campaign slogan. It's not a budget plan."


def test_a_quote_of_several_sentences_does_not_reverse_itself() -> None:
    # the claim's negations ("no", "not") were counted over all its sentences against the
    # one sentence of the quote most like it: an exact quotation read as "the reverse"
    assert opposing_clause(SPEECH, SPEECH) is None
    q = Quote(SPEECH, "Ana Vell", None, "said", "d", "T", 5, 0, len(SPEECH))
    check = check_claim(SPEECH, [q])
    assert (check.verdict, check.reversal) == ("exact", None)


def test_one_sentence_reversed_in_a_claim_of_several_still_is() -> None:
    assert opposing_clause("There's a trick to the word 'reform.' It's a campaign slogan.", SPEECH)
    assert opposing_clause("It's a campaign slogan. It's a budget plan.", SPEECH) == "It's not a budget plan."


# --- two primaries on different dates are no disagreement ---------------------------------


def test_another_states_primary_is_no_date_conflict() -> None:
    ohio = _passage(
        "a", "The senator told a crowd in Ohio that he expects to win that state's March 15 primary."
    )
    next_one = _passage("b", "The city is also the site of the next Republican primary, on April 26.")
    assert find_disagreements([ohio, next_one]) == []


def test_the_same_primary_on_two_dates_still_conflicts() -> None:
    e = _passage("e", "Voters go to the polls in Ohio's primary on March 15.")
    f = _passage("f", "The Ohio primary on March 22 will test the senator.")
    (d,) = find_disagreements([e, f])
    assert sorted(s.value for s in d.sides) == ["March 15", "March 22"]
    g = _passage("g", "The state's primary will be held on March 15, officials said.")
    h = _passage("h", "The state's primary will be held on April 26, the paper said.")
    assert len(find_disagreements([g, h])) == 1


# --- "who won the X primary?" near another result --------------------------------------------


def test_a_result_that_never_names_the_contest_asked_is_no_answer() -> None:
    q = "Who won the Tarsby primary?"
    assert winner_untold(q, "Lee has won eight of the past nine contests, and leads in the polls.")
    assert winner_untold(q, "Only Tarsby remained uncalled as votes were counted.")  # no result
    assert not winner_untold(q, "Lee won Tarsby's primary by ten points on Tuesday.")
    # a contest named in lower case ("a contest to …") is left to the paragraph's words
    assert not winner_untold("Who won a contest to air a free Fair Week ad?", "A bakery won the contest.")
