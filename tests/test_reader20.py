"""Reader round 20: a misspelt name in a question typed in lower case beside names the articles
know, "whats" typed without its apostrophe, "which coastal hospital …?" with a word before the
noun, and "what sparked the protests?" near a paragraph that names the protests only as what
something else answered (or "why did Tarn crack down?" near "… in response to its crackdown"),
and "why did X cancel …?" near a paragraph that tells of no cancelling.
Every text here is invented.
"""

from __future__ import annotations

from test_answer import evidence, para

from index.engine import Engine
from index.retrieval.casing import Casing
from index.retrieval.checks.asked_kind import wanted
from index.retrieval.checks.cause_of import cause_of_other, caused_thing
from index.retrieval.checks.premise import asked_premise, premise_untold
from index.retrieval.checks.which_one import only_in_passing
from index.retrieval.compose import compose_answer
from index.retrieval.contractions import with_apostrophes
from index.retrieval.mentions import Vocabulary
from index.retrieval.spelling import Spelling

ARTICLE = [
    "Foreign minister Teodor Vasilak met the envoy of Valdoria in Geneva on Monday.",
    "Vasilak said the talks were frank, and the Valdorian side agreed to meet again.",
]


def test_a_misspelt_name_is_read_beside_a_name_whose_capital_was_put_back() -> None:
    casing, vocabulary = Casing.of(ARTICLE), Vocabulary.of(ARTICLE)
    spelling = Spelling.of(casing.proper, vocabulary.words)
    typed = "did vasilka meet the envoy in geneva"
    recased = casing.recase(typed)
    assert recased == "did vasilka meet the envoy in Geneva"
    # the capital on "Geneva" is the bot's, not the reader's: "vasilka" was typed in lower case
    assert spelling.respell(recased, typed_lower=True).question == "did Vasilak meet the envoy in Geneva"
    # a question the reader capitalised keeps its lower-case words as common words
    assert spelling.respell("Did vasilka meet the envoy in Geneva?").read_as == ()


def test_the_engine_reads_a_misspelt_name_typed_beside_a_known_one(news_engine: Engine) -> None:
    answer = news_engine.ask("what did vasilac say in geneva")
    assert answer.read_as == (("vasilac", "Vasilak"),)


def test_a_contraction_typed_without_its_apostrophe_asks_what_it_asks_with_one() -> None:
    assert with_apostrophes("whats the length of the new bridge") == "what's the length of the new bridge"
    assert with_apostrophes("why didnt the ferry sail") == "why didn't the ferry sail"
    assert with_apostrophes("was its span cut") == "was its span cut"  # "its" is a word
    assert wanted(with_apostrophes("whats the length of the new bridge")) == "measure"
    assert wanted("What’s the height of the tower?") == "measure"


def test_the_engine_refuses_a_measure_asked_with_whats_where_none_is_given(news_engine: Engine) -> None:
    typed = news_engine.ask("whats the range of morsland's missiles")
    spelt = news_engine.ask("What is the range of Morsland's missiles?")
    assert spelt.abstained and spelt.missing == ("measure",)
    assert typed.abstained and typed.missing == ("measure",)


STORM = para("storm", 6, "In Tarn, the storm flooded roads and damaged several homes, including a clinic.")


def test_which_with_a_describing_word_before_the_noun_asks_which_one() -> None:
    for q in ("which coastal clinic was damaged by the storm", "Which Ostel clinic was hit by the storm?"):
        assert only_in_passing(q, STORM.text)
        answer = compose_answer(evidence(q, (STORM, 2.0, 0.8, 0.7)), threshold=0.5)
        assert answer.abstained and answer.missing == ("name",)
    named = para("storm", 7, "The storm damaged the Harbour Road clinic in Tarn.")
    assert not only_in_passing("Which coastal clinic was damaged?", named.text)
    # the name the question gives the thing may be what picks it out in the paragraph
    assert not only_in_passing("Which Tarn clinic was damaged?", STORM.text)
    assert not only_in_passing("Which of the clinics was damaged?", STORM.text)


RIOT = para(
    "riot",
    3,
    "The mayor imposed a curfew in response to the riots in the old town, while others called for calm.",
)


def test_a_cause_asked_of_what_a_paragraph_names_only_as_a_cause_is_not_given() -> None:
    for q in ("What sparked the riots in the old town?", "Why did the riots begin?", "What caused riots?"):
        assert caused_thing(q) == "riots"
        assert cause_of_other(q, RIOT.text)
        answer = compose_answer(evidence(q, (RIOT, 2.0, 0.8, 0.7)), threshold=0.5)
        assert answer.abstained and answer.missing == ("reason",)
        assert answer.unstated_reply == "The articles don't give the reason asked for"
    told = para("riot", 4, "The riots, which were triggered by a rise in bread prices, spread on Sunday.")
    assert not cause_of_other("What sparked the riots?", told.text)
    answer = compose_answer(evidence("What sparked the riots?", (told, 2.0, 0.8, 0.7)), threshold=0.5)
    assert not answer.abstained
    # the curfew is what the riots were answered with: its reason is right there
    assert not cause_of_other("Why did the mayor impose a curfew?", RIOT.text)


def test_why_an_act_was_done_is_not_told_where_the_act_is_only_a_cause() -> None:
    q = "Why did Tarn crack down on the dockers?"
    answered = para("port", 2, "Kell threatened sanctions in response to Tarn's crackdown on the dockers.")
    answer = compose_answer(evidence(q, (answered, 2.0, 0.8, 0.7)), threshold=0.5)
    assert answer.abstained and answer.missing == ("reason",)
    told = para("port", 3, "Tarn cracked down on the dockers because they had blocked the port for a week.")
    assert not compose_answer(evidence(q, (told, 2.0, 0.8, 0.7)), threshold=0.5).abstained
    # an act told in another form ("struck") is left alone: its stem would miss that mention
    assert not cause_of_other(
        "Why did Tarn strike Kell?", "Tarn struck Kell in response to the strikes on its port."
    )


PARADE = para(
    "parade", 1, "Mayor Ilse Varga will open the spring parade in Kell on Sunday, hoping to draw visitors."
)


def test_why_an_act_of_calling_off_happened_is_not_told_by_a_paragraph_without_one() -> None:
    for q, family in (
        ("Why did the mayor cancel the spring parade?", "cancel"),
        ("why was the spring parade postponed", "postpone"),
        ("Why did Varga pull out of the parade?", "withdraw"),
        ("why did varga walk out of the parade early", "withdraw"),
    ):
        assert asked_premise(q) == family
        answer = compose_answer(evidence(q, (PARADE, 2.0, 0.8, 0.7)), threshold=0.5)
        assert answer.abstained and answer.missing == ("act",)
    called_off = para("parade", 2, "The spring parade was called off because of the storm warning.")
    q = "Why did the mayor cancel the spring parade?"
    assert not premise_untold(q, called_off.text)
    assert not compose_answer(evidence(q, (called_off, 2.0, 0.8, 0.7)), threshold=0.5).abstained
    # a reason taken from the next paragraph counts the act told in the paragraph before it
    assert not premise_untold(q, "Varga cancelled the parade.", "That decision followed a storm warning.")
    assert asked_premise("Why did the mayor open the parade?") is None
    assert not premise_untold("Why did Varga walk out?", "Varga left the parade before noon.")


def test_a_bare_topic_no_paragraph_is_near_says_which_word_the_articles_lack(news_engine: Engine) -> None:
    answer = news_engine.ask("Zubrovka?")
    assert answer.abstained and answer.reason == "not_mentioned" and answer.missing == ("Zubrovka",)
    # a refusal that says what kind of value is missing keeps its own reply
    counted = news_engine.ask("How many missiles does Morsland have?")
    assert counted.reason != "not_mentioned"
