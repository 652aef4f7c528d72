"""Seed replies round 15: a who-said claim about someone a quote names only as the other
party, a did-say answered by someone else's words that are only close, a yes-or-no question
near a paragraph that never speaks of what is asked, a role asked in the plural, and a toll
given for each side. Every text here is invented (README, "Round 15 fixes").
"""

from __future__ import annotations

from collections.abc import Sequence

from news_fixtures import doc
from test_answer import evidence, para

from index.attribution.answers.answer import answer_attribution
from index.attribution.answers.claim_quote import quote_for_claim
from index.attribution.answers.plural_role import role_members, singular_role
from index.attribution.checks.claim_words import reworded, subject_untold
from index.attribution.extraction.extract import extract_quotes
from index.attribution.query import parse_attribution_question
from index.cli.render import answer_text
from index.retrieval.checks.sides import other_side
from index.retrieval.checks.yes_no import fact_untold
from index.retrieval.compose import compose_answer
from index.types import Answer, Passage, Quote

# --- "who said Varga wants a deal?" --------------------------------------------------------

TALKS = (
    "Port talks\n\n"
    "“I told the mayor that talks with Varga must go on to see whether a deal can be struck,” "
    "Governor Ana Lund said on Monday.\n\n"
    "“Varga is desperate for a deal before the winter,” said Ivo Sandel, a shipping analyst."
)


def _everything_fits(text: str, quotes: Sequence[Quote]) -> list[float]:
    return [0.9 for _ in quotes]  # the worst case: the encoder finds every quote close


def _passages(quotes: Sequence[Quote]) -> tuple[Passage, ...]:
    return tuple(Passage(para(q.doc_id, q.paragraph, q.context or q.text), score=1.0) for q in quotes)


def test_a_claim_about_someone_is_not_said_by_a_quote_naming_them_as_the_other_party() -> None:
    quotes = [q for q in extract_quotes(doc(TALKS, "port")) if q.speaker == "Ana Lund"]
    assert quotes
    assert quote_for_claim("Varga wants a deal", _passages(quotes), quotes, _everything_fits) is None
    # said of the one who speaks, or of someone the quote makes its subject, it stands
    assert quote_for_claim("Lund wants a deal", _passages(quotes), quotes, _everything_fits) is not None
    assert not subject_untold("Varga wants a deal", "Varga is desperate for a deal before the winter")
    assert subject_untold("Varga wants a deal", "the talks with Varga must go on towards a deal")
    assert not subject_untold("Varga's port wants a deal", "talks with Varga must go on")


# --- "did X say the talks would fail?" of Y's "talks would follow" ---------------------------

ROUND = (
    "Ferry strike\n\n"
    "Union leader Olga Brenner said another round of talks would follow next week.\n\n"
    "“The ferries will sail again,” said Pavel Ruud, the port's director."
)


def _did_say(question: str) -> Answer:
    query = parse_attribution_question(question)
    assert query is not None
    return answer_attribution(question, query, extract_quotes(doc(ROUND, "ferry")), {})


def test_someone_elses_words_only_close_to_the_claim_do_not_settle_a_did_say() -> None:
    answer = _did_say("did Ruud say another round of talks would fail?")
    assert answer.attribution is not None and answer.attribution.verdict == "no"
    assert answer.attribution.diff is not None and "[-fail-] {+follow" in answer.attribution.diff
    text = answer_text(answer)
    assert text.startswith("I found no quote of Ruud saying that. Closest, in other words, Olga Brenner")
    from bot.render_quotes import attribution_html

    html = attribution_html(answer)
    assert "I found no quote of Ruud saying that.</b>" in html and "<s>fail</s>" in html
    assert "<b>No.</b>" not in html
    # the same words, fewer of them: that was Brenner, not Ruud
    same = _did_say("did Ruud say another round of talks would follow next week?")
    assert answer_text(same).startswith("No. That was Olga Brenner, not Ruud:")


def test_a_diff_rewords_the_claim_only_when_a_word_of_content_is_replaced() -> None:
    assert reworded((("=", "talks would"), ("-", "fail"), ("+", "follow")))
    assert not reworded((("-", "the ferries"), ("=", "will sail again")))
    assert not reworded((("=", "talks"), ("-", "will"), ("+", "would"), ("=", "go on")))


# --- "did X and Y sign any agreement?" ------------------------------------------------------

MEET = para("levy", 4, "Lund and Ruud will meet on Friday amid growing anger over the new harbour levy.")
JOINED = para("war", 7, "The navy later joined the offensive, shelling two coastal forts.")


def test_a_yes_or_no_question_near_a_paragraph_silent_on_what_is_asked_is_refused() -> None:
    signed = compose_answer(
        evidence("Did Lund and Ruud sign any agreement?", (MEET, 2.0, 0.8, 0.4)), threshold=0.5
    )
    assert signed.abstained and signed.missing == ("fact",)
    assert signed.unstated_reply == "The articles don't give the fact asked about"
    # a word news uses for the same thing tells it: the fighting of "the offensive"
    joined = compose_answer(
        evidence("Did the navy get involved in the fighting?", (JOINED, 2.0, 0.8, 0.4)), threshold=0.5
    )
    assert not joined.abstained
    assert not fact_untold("Will Lund and Ruud meet?", MEET.text)
    assert not fact_untold("Who will Lund meet?", "Ruud.")  # not a yes-or-no question


# --- "what did the analysts say?" ---------------------------------------------------------

ANALYSTS = (
    "Harbour levy\n\n"
    "Analysts say the levy will drive ships to Tarsby.\n\n"
    "“Nobody will pay this for long,” said risk analyst Ann Lee.\n\n"
    "“It is a tax on bread,” said an analyst based in Kestin, speaking on condition of anonymity.\n\n"
    "“The port has no choice,” said Bo Roe, a professor of economics."
)


def test_a_role_asked_in_the_plural_gathers_everyone_the_articles_describe_with_it() -> None:
    quotes = extract_quotes(doc(ANALYSTS, "levy"))
    speakers = {q.speaker for q in role_members("the analysts", quotes)}
    assert {"Ann Lee", "an analyst based in Kestin"} <= speakers and "Bo Roe" not in speakers
    query = parse_attribution_question("What did the analysts say?")
    assert query is not None
    listed = answer_attribution("What did the analysts say?", query, quotes, {})
    assert listed.attribution is not None
    said = {q.speaker for q in listed.attribution.quotes}
    assert said >= {"Analysts", "Ann Lee", "an analyst based in Kestin"} and "Bo Roe" not in said
    assert singular_role("the professors") == "professor" and singular_role("Bo Roe") is None


# --- "how many died?" told for each side ----------------------------------------------------

BRAVA = para("flood", 4, "In Brava, the flood killed 12 people and cut the power for a week.")
TARN = para("storm", 2, "The storm moved on. That storm, which caused 40 deaths in Tarn, closed the roads.")


def test_a_toll_asked_of_no_place_is_given_for_each_place_a_close_passage_counts() -> None:
    both = compose_answer(
        evidence("How many died?", (BRAVA, 2.0, 0.8, 0.6), (TARN, 1.8, 0.8, 0.6)), threshold=0.5
    )
    assert "12 people" in both.text and "40 deaths in Tarn" in both.text
    one = compose_answer(
        evidence("How many died in Brava?", (BRAVA, 2.0, 0.8, 0.6), (TARN, 1.8, 0.8, 0.6)), threshold=0.5
    )
    assert "40 deaths" not in one.text
    assert not other_side("How many died?", "In Brava, 12 died.", "In May, 40 more died in Brava.")


# --- "what did X say?" answered from the paragraphs ----------------------------------------

WARY = (
    "Levy talks\n\n"
    "According to a statement from her office, Lund stressed the port's needs.\n\n"
    "“She worries that Ruud is not as keen on the levy as Lund wishes,” said Bo Roe, a professor."
)


def test_a_speaker_named_only_inside_someone_elses_quotation_is_not_the_one_speaking() -> None:
    from index.attribution.answers.about import without_others_quotes
    from index.types import AnswerSentence, Citation

    parsed = doc(WARY, "levy")
    quotes = extract_quotes(parsed)
    first, second = (p.text for p in parsed.paragraphs[:2])
    answer = Answer(
        "What did Lund say?",
        (AnswerSentence(first, 0), AnswerSentence(second, 1)),
        (Citation("levy", "Levy talks", 1, first, first), Citation("levy", "Levy talks", 2, second, second)),
        False,
    )
    kept = without_others_quotes(answer, "Lund", quotes)
    assert [s.text for s in kept.sentences] == [first]
