"""Fresh-corpus round 25 (news25): faults found asking ten unseen real news articles, each
reproduced here on invented sentences (docs/history.md, "Fresh-corpus round 25 (news25)")."""

from __future__ import annotations

from index.attribution.checks.claims import check_claim
from index.attribution.checks.meaning import opposing_clause
from index.types import Quote

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
