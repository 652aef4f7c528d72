"""Fresh-corpus round 20 (attribution): faults found checking attributions on real news, each
reproduced here on invented articles (README, "Fresh-corpus round 20 (attr20)")."""

from __future__ import annotations

from news_fixtures import ask_about, doc

from index.attribution.checks.meaning import opposite
from index.attribution.extraction.extract import extract_quotes
from index.attribution.extraction.tidy import tidy_name
from index.attribution.query import parse_attribution_question
from index.attribution.speakers.sentence_subject import leading_np

HARBOUR_PICKS = (
    "Port board picks its man\n\n"
    "“I expect superb appointments from Hals. The board is on the wrong track,” Marta Kos wrote.\n\n"
    "With the board split and the mayor blocking a vote on her pick for the bench, Ana Roe, the "
    "new parking rules in most towns are likely to be settled by county boards and local traffic "
    "judges.\n\n"
    "The judges who threw out the Dover rules, for example, said the trouble was not the fee "
    "itself; the trouble was the paperwork."
)


def test_plural_judges_are_not_one_named_person() -> None:
    quotes = extract_quotes(doc(HARBOUR_PICKS, "t"))
    judges = next(q for q in quotes if q.text.startswith("the trouble"))
    assert judges.speaker != "Ana Roe"
    assert (judges.speaker or "").lower().startswith("the judges")


def test_superb_and_poor_right_and_wrong_are_opposites() -> None:
    assert opposite("Hals will make poor appointments", "I expect superb appointments from Hals.")
    assert opposite("the board is on the right track", "The board is on the wrong track.")
    assert not opposite("the board is on the wrong track", "The board is on the wrong track.")
    answer = ask_about(HARBOUR_PICKS, "did Kos say she expects poor appointments from Hals?")
    assert answer.attribution is not None and answer.attribution.verdict == "contradicts"


PIER = (
    "Pier row goes on\n\n"
    "“Who is really paying for the pier?” said Ana Roe, the harbour councillor, at a meeting on "
    "Monday. “The port board has dodged that for a year.”\n\n"
    "Piet Hals, the board chairman, said the fees were fair and the pier would open in May."
)


def test_did_x_ask_a_question_is_answered_by_their_quoted_question() -> None:
    asked = parse_attribution_question("did Roe ask who is paying for the pier?")
    assert asked is not None and asked.kind == "did_say" and asked.asks
    assert parse_attribution_question("did Roe ask the board to vote?") is None  # an act, not words
    said = parse_attribution_question("did Roe say the board dodged it?")
    assert said is not None and not said.asks
    yes = ask_about(PIER, "did Roe ask who is paying for the pier?")
    assert yes.attribution is not None and yes.attribution.verdict == "yes"
    other = ask_about(PIER, "did Hals ask who is paying for the pier?")
    assert other.attribution is not None and other.attribution.verdict == "no"
    assert other.attribution.said_by == "Ana Roe"


HERALD = (
    "Port chief explains\n\n"
    "“The pier is safe,” Ana Roe wrote in a statement to the Herald on Monday.\n\n"
    "“We will reopen it in May,” Roe said.\n\n"
    "Piet Hals said in an interview to mark the opening that the fees were fair."
)


def test_a_statement_to_an_outlet_names_the_outlet_in_the_cue() -> None:
    quotes = extract_quotes(doc(HERALD, "t"))
    assert quotes[0].cue == "wrote in a statement to the Herald"
    hals = next(q for q in quotes if q.speaker == "Piet Hals")
    assert hals.cue == "said in an interview"  # "to mark the opening" is no one told
    answer = ask_about(HERALD, "what did Roe tell the Herald?")
    assert answer.attribution is not None
    assert [q.paragraph for q in answer.attribution.quotes] == [1]


def test_voted_for_and_voted_against_are_opposites() -> None:
    said = "Hals owes the town an explanation for why he has repeatedly voted against every pier bill."
    assert opposite("Hals voted for every pier bill", said)
    assert not opposite("Hals voted against every pier bill", said)
    # "for" as any other preposition sets nothing against "against"
    assert not opposite("Hals has a plan for the pier", "Hals has a plan for the pier, against all odds.")


LEVY = (
    "Levy row\n\n"
    "Under the plan, the port would pay for the pier. The Greens blocked the levy because they "
    "said it was “a tax on sailors.”\n\n"
    "Sen. Ana Roe (Maine) joined the critics this week, writing a letter attacking the board’s "
    "“lack of judgment.”"
)


def test_the_subject_of_a_because_clause_is_its_own() -> None:
    quotes = extract_quotes(doc(LEVY, "t"))
    greens = next(q for q in quotes if q.text.startswith("a tax"))
    assert greens.mention == "they"  # not "The Greens blocked the levy because they"
    assert greens.speaker == "the Greens"


def test_a_state_in_brackets_after_a_name_is_detail() -> None:
    roe = next(q for q in extract_quotes(doc(LEVY, "t")) if q.text.startswith("lack"))
    assert roe.speaker == "Ana Roe" and roe.speaker_detail == "Sen., Maine"
    assert tidy_name("Ana Roe (AP)", None) == ("Ana Roe (AP)", None)  # an acronym is no state
    two = "Sens Ana Roe (Ky.) and Piet Hals (Fla.)"
    assert tidy_name(two, None) == (two, None)  # one man's state is not the pair's
    assert tidy_name("(Ana Roe)", None) == ("(Ana Roe)", None)  # no name would be left


def test_a_possessive_subject_keeps_the_campaign_it_owns() -> None:
    text = (
        "Pier row\n\n"
        "Shortly after the meeting ended, Hals’s campaign sent out a statement saying Roe owes "
        "“the town an apology.”"
    )
    (q,) = extract_quotes(doc(text, "t"))
    assert q.speaker == "Hals’s campaign"  # was "Hals’s"
    assert leading_np("Roe’s lawyers said on Monday") == ("Roe’s lawyers", None)
    # a contraction owns nothing, and a role after a possessive is still read as one
    assert leading_np("It’s worth noting that the pier") == ("It’s", None)
    assert leading_np("Roe’s running mate Piet Hals was blunt") == ("Roe’s running mate Piet Hals", None)
