"""Reader and journalist round 14: faults found by asking fresh questions about the seed
articles, each fixed by a general rule and tested here on fictional sentences written for
these tests (README, "Reader round 14").
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.answers.answer import answer_attribution
from index.attribution.checks.claims import check_claim
from index.attribution.checks.meaning import opposite
from index.attribution.checks.swapped import swapped_term
from index.attribution.extraction.extract import extract_quotes
from index.attribution.query import parse_attribution_question
from index.attribution.quoted_by import quoted_by
from index.cli.render import answer_text
from index.engine import Engine
from index.retrieval.checks.acts import asked_act
from index.retrieval.checks.counts import counted_noun, counts_other
from index.retrieval.conflicts.conflict_topic import disagreement_topic, on_topic
from index.retrieval.lexical import TermWeights, document_frequencies, terms
from index.types import Disagreement

COUNCIL = (
    "Budget vote\n\n"
    "“Any budget must include cuts to road spending and a freeze on new hires,” "
    "Mayor Olga Brenner said on Monday.\n\n"
    "“This is the largest investment in our schools for a generation,” said Pavel Ruud, "
    "the council's finance chief."
)


def _did_say(question: str) -> tuple[str, str]:
    quotes = extract_quotes(doc(COUNCIL, "council"))
    query = parse_attribution_question(question)
    assert query is not None
    answer = answer_attribution(question, query, quotes, {})
    assert answer.attribution is not None
    return answer.attribution.verdict, answer_text(answer)


def test_a_claim_that_swaps_the_thing_a_quote_names_is_not_a_yes() -> None:
    verdict, text = _did_say("did Brenner say any budget must include cuts to police salaries?")
    assert verdict == "misworded"
    assert text.startswith("Not quite those words. It was Olga Brenner;")
    assert "[-police salaries-] {+road spending+}" in text
    verdict, _ = _did_say("did Ruud say this is the largest investment in our hospitals for a generation?")
    assert verdict == "misworded"


def test_paraphrases_and_faithful_claims_are_still_a_yes() -> None:
    for question in (
        "did Brenner say any budget must include cuts to road spending?",
        "did Brenner say any budget must include a cut to road spending?",  # one stem
        "did Brenner say the budget must contain cuts to road spending?",  # a verb in other words
        "did Ruud say this is the biggest investment in our schools for a generation?",
    ):
        verdict, _ = _did_say(question)
        assert verdict == "yes", question


def test_the_swapped_place_must_follow_the_quote_and_name_a_thing() -> None:
    quote = "It is late, but it is a sound plan for the harbour."
    # a new subject at the start, where the quote has a pronoun: a paraphrase
    diff = (("-", "The plan is"), ("+", "but it is"), ("=", "a sound plan for the harbour"))
    assert swapped_term("The plan is a sound plan for the harbour", quote, diff) is None
    # after "for the": a thing the quote never names in place of one it does
    diff = (("=", "a sound plan for the"), ("-", "airport"), ("+", "harbour"))
    assert swapped_term("a sound plan for the airport", quote, diff) == ("airport", "harbour")
    # the claim's word is in the quote elsewhere: not a swap of something new
    diff = (("=", "a sound plan for the"), ("-", "plan"), ("+", "harbour"))
    assert swapped_term("a sound plan for the plan", quote, diff) is None


HARBOUR = (
    "Port dispute\n\n"
    "Mayor Ines Lund has hinted at new tolls on lorries in response to the traffic jams, while "
    "the dockers' union has warned of strikes at the container terminal should the tolls come.\n\n"
    "“The terminal will stay open all winter,” Lund said on Friday."
)


def _what_said(question: str) -> tuple[str, list[int]]:
    quotes = extract_quotes(doc(HARBOUR, "harbour"))
    query = parse_attribution_question(question)
    assert query is not None and query.kind == "what_said"
    answer = answer_attribution(question, query, quotes, {})
    assert answer.attribution is not None
    return answer.attribution.verdict, [q.paragraph for q in answer.attribution.quotes]


def test_what_x_said_about_y_is_not_found_in_another_speakers_words_beside_x() -> None:
    # the union's warning shares the sentence of Lund's tolls: "strikes" is the union's word
    assert _what_said("What did Lund say about strikes?") == ("not_found", [])
    # her own words in that sentence, and the sentence of her own quote, still count
    assert _what_said("What did Lund say about the traffic jams?") == ("listed", [1])
    assert _what_said("What did Lund say about the terminal?") == ("listed", [2])


def test_different_values_in_the_sources_is_a_question_of_disagreement() -> None:
    asked = "Do the two reports give different casualty figures for the 3-day flood?"
    assert disagreement_topic(asked) == "casualty figures for the 3-day flood"
    cited = "Do the articles cite conflicting dates for the strike?"
    assert disagreement_topic(cited) == "dates for the strike"
    # what the sources hold, not an act of giving by someone
    assert asked_act(asked) is None
    assert asked_act("Did the mayor give the strikers a raise?") is not None


def test_a_hyphenated_compound_names_no_kind_of_value() -> None:
    dated = Disagreement("Date of the 3-day flood", ())
    counted = Disagreement("Number of dead in the 3-day flood", ())
    # "the death toll of the 3-day flood" asks for a count: "3-day" is no date
    assert not on_topic(dated, "the death toll of the 3-day flood")
    assert on_topic(counted, "the death toll of the 3-day flood")
    assert on_topic(dated, "the day the 3-day flood began")


def test_a_claim_reversing_a_quoted_word_far_into_a_long_sentence_is_the_opposite() -> None:
    said = (
        "The port authority's spokeswoman warned on Monday that the mayor's plan would have a "
        "damaging effect on trade that is bad for the whole coast."
    )
    # the claim shares "mayor's plan" with the sentence; "damaging" stands four words on
    assert opposite("the mayor's plan would be beneficial", said)
    assert opposite("the mayor's plan would be helpful", said)
    assert not opposite("the mayor's plan would be damaging", said)
    assert not opposite("the mayor's plan would be expensive", said)


def test_a_quote_claim_sharing_only_terms_in_other_words_is_not_a_misquote() -> None:
    quotes = extract_quotes(doc(COUNCIL, "council"))
    texts = [*COUNCIL.split("\n\n"), "The weather was mild.", "Trains ran late.", "A new park opened."]
    weigh = TermWeights(document_frequencies(texts), len(texts)).weigh
    # its terms (budget, cut, road, hire) are hers, but not one of her words stands in its place
    rephrased = check_claim("budgets should never cut roads or hiring", quotes, weigh)
    assert rephrased.verdict == "not_found" and rephrased.quote is None
    # a misquote keeps some of her words in order, and says so with the diff
    near = check_claim("any budget must include cuts to road spending and a pay freeze", quotes, weigh)
    assert near.verdict == "misworded" and near.quote is not None


def test_the_us_as_written_is_the_united_states_not_the_pronoun() -> None:
    asked = set(terms("What did the US strike during the war?"))
    assert {"unit", "state"} <= asked
    assert {"unit", "state"} <= set(terms("U.S. forces struck the depot.")) & set(
        terms("The United States struck.")
    )
    assert "unit" not in terms("Let us talk about it") and "unit" not in terms("Tell us what happened")


def test_initials_before_a_counted_noun_name_whose_and_a_toll_counts_no_one_sent() -> None:
    asked = "How many US monitors were sent to the border?"
    assert counted_noun(asked) == "monitors"  # "US" is no plural noun
    # a toll of the dead is no count of monitors sent, nor are border posts
    assert counts_other("The clashes there left 40 dead last spring.", "monitors", asked)
    assert counts_other("The US opened three border posts.", "monitors", asked)
    assert not counts_other("The US sent 200 monitors to the border.", "monitors", asked)
    # when harm is asked, a toll still answers
    died = "How many soldiers died in the clashes?"
    assert not counts_other("The clashes left 40 soldiers dead.", "soldiers", died)


def test_who_an_outlet_quotes_lists_the_speakers_of_its_articles_only(fixture_corpus_engine: Engine) -> None:
    assert quoted_by("Which experts are cited in the Coastal Herald story?") == "Coastal Herald"
    assert quoted_by("Who is quoted in the articles?") is None
    herald = fixture_corpus_engine.ask("Who is quoted by the Coastal Herald?")
    assert herald.attribution is not None and herald.attribution.kind == "who_quoted"
    assert {q.doc_id for q in herald.attribution.quotes} == {"rail-brief"}
    assert "Ivo Sandel" in answer_text(herald)
    wire = fixture_corpus_engine.ask("Who does Meridian Wire quote?")
    assert wire.attribution is not None and {q.doc_id for q in wire.attribution.quotes} == {"rail"}


def test_speaker_lists_and_where_someone_is_quoted_in_other_words() -> None:
    unnamed = parse_attribution_question("Who is quoted anonymously?")
    assert unnamed is not None and (unnamed.kind, unnamed.topic) == ("who_quoted", "anonymous")
    counted = parse_attribution_question("How many experts are quoted in the two articles?")
    assert counted is not None and (counted.kind, counted.topic) == ("who_quoted", "counted")
    for asked in ("Which article quotes Ines Lund?", "Where is Ines Lund quoted?"):
        whose = parse_attribution_question(asked)
        assert whose is not None and (whose.kind, whose.speaker) == ("what_said", "Ines Lund")
    # a count of other people is no question about sources
    assert parse_attribution_question("How many people were killed in the storm?") is None
    where = parse_attribution_question("Where is Lund quoted?")
    assert where is not None
    answer = answer_attribution("Where is Lund quoted?", where, extract_quotes(doc(HARBOUR, "harbour")), {})
    assert answer.attribution is not None and answer.attribution.verdict == "listed"
