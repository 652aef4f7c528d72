"""'What did X say about Y?': Y met by the words news uses for it, and a reply that names Y
when X is quoted but never on it."""

from __future__ import annotations

from collections.abc import Callable

from news_fixtures import doc

from index.attribution.answers.about import about_topic
from index.attribution.answers.answer import answer_attribution
from index.attribution.checks.check import parse_attribution_question
from index.attribution.extraction.extract import extract_quotes
from index.cli.render import abstention_text
from index.retrieval.lexical import terms

_STORY = (
    "Union and board resume port negotiations\n\n"
    "“The negotiations with the board will go on until every dock is open,” Ilse Varga said.\n\n"
    "“The harbour cranes are old,” Varga said on a tour of the docks.\n"
)


def _weigher(story: str) -> Callable[[str], dict[str, float]]:
    """Term weights like IDF over `story`: a word the story lacks weighs most."""
    known = set(terms(story))
    return lambda text: {t: 1.0 if t in known else 4.0 for t in terms(text)}


def test_a_quote_on_negotiations_answers_what_was_said_about_the_talks() -> None:
    quotes = extract_quotes(doc(_STORY, "port", outlet=None))
    question = "What did Ilse Varga say about the talks?"
    query = parse_attribution_question(question)
    assert query is not None and query.topic == "the talks"
    answer = answer_attribution(question, query, quotes, {})
    assert answer.attribution is not None
    assert [q.paragraph for q in answer.attribution.quotes] == [1]


def test_no_quote_on_the_topic_names_the_topic_in_the_reply() -> None:
    quotes = extract_quotes(doc(_STORY, "port", outlet=None))
    question = "What did Ilse Varga say about the weather?"
    query = parse_attribution_question(question)
    assert query is not None
    answer = answer_attribution(question, query, quotes, {})
    assert answer.abstained
    assert abstention_text(answer) == "I found no quotes by Ilse Varga about the weather in the articles."


def test_a_paragraph_is_about_the_topic_its_previous_paragraph_names() -> None:
    said = ["Rockets hit the town overnight.", "Those that landed near the school “did real harm,” Lee said."]
    assert about_topic(said, "the rocket strikes")
    assert not about_topic(said[1:], "the rocket strikes")
    assert not about_topic(said, "the weather")


def test_a_speaker_never_quoted_is_said_to_have_no_quotes_at_all() -> None:
    quotes = extract_quotes(doc(_STORY, "port", outlet=None))
    question = "What did Tomas Brand say about the talks?"
    query = parse_attribution_question(question)
    assert query is not None
    answer = answer_attribution(question, query, quotes, {})
    assert abstention_text(answer) == "I found no quotes by Tomas Brand in the articles."


def test_a_quote_on_the_threat_answers_what_was_said_about_the_danger_of_rockets() -> None:
    story = (
        "Border towns brace for more fire\n\n"
        "“The missiles are a grave threat to every school near the fence,” Noa Peretz said.\n\n"
        "“The harvest will be late this year,” Peretz said at the farm.\n"
    )
    quotes = extract_quotes(doc(story, "border", outlet=None))
    question = "What did Noa Peretz say about the danger from rockets?"
    query = parse_attribution_question(question)
    assert query is not None and query.topic is not None
    answer = answer_attribution(question, query, quotes, {})
    assert answer.attribution is not None
    assert [q.paragraph for q in answer.attribution.quotes] == [1]
    # the kin of a word meet only that word's news synonyms, not any quote of the speaker
    assert not about_topic(["“The harvest will be late this year,” Peretz said."], "the danger from rockets")


_COUNTRY = (
    "Norland warns over harbour levy\n\n"
    "Norland has warned of “firm measures” if the levy stays.\n\n"
    "Norland’s trade ministry spokesperson called the visit “a provocation”.\n\n"
    "Ilse Varga said the levy was fair.\n\n"
    "Varga’s office said she would “not back down”.\n"
)


def _said(question: str) -> list[str]:
    quotes = extract_quotes(doc(_COUNTRY, "levy", outlet=None))
    query = parse_attribution_question(question)
    assert query is not None
    answer = answer_attribution(question, query, quotes, {})
    assert answer.attribution is not None
    return [q.speaker or "" for q in answer.attribution.quotes]


def test_a_country_speaks_through_the_offices_named_after_it() -> None:
    assert _said("What did Norland say?") == ["Norland", "Norland’s trade ministry spokesperson"]
    # a visit is a meeting: the spokesperson's words on the visit answer it
    assert _said("What did Norland say about the meeting?") == ["Norland’s trade ministry spokesperson"]


def test_a_persons_office_is_not_the_person() -> None:
    assert "Varga’s office" not in _said("What did Ilse Varga say?")


def test_a_reaction_asked_by_the_noun_is_what_the_speaker_said_on_it() -> None:
    query = parse_attribution_question("What was Norland's reaction to the visit?")
    assert query is not None
    assert (query.kind, query.speaker, query.topic) == ("what_said", "Norland", "the visit")
    assert _said("What was Norland's reaction to the visit?") == ["Norland’s trade ministry spokesperson"]


def test_a_misquote_diff_runs_to_the_last_word_the_claim_shares() -> None:
    from index.attribution.checks.check import check_quote

    story = "Port talks\n\n“We will talk about wages, but we will not talk about the cranes,” Varga said.\n"
    quotes = extract_quotes(doc(story, "port", outlet=None))
    check = check_quote("we will talk about wages but not the cranes", quotes)
    assert check.verdict == "misworded"
    assert check.rendered.endswith("the cranes")  # not cut off before the claim's last words


def test_a_claim_typed_with_a_contraction_meets_the_negation_spelled_out() -> None:
    story = (
        "Port talks\n\n“The Norlanders are saying we are ready to talk wages, but we are not ready to "
        "talk cranes,” explained a union official, speaking on condition of anonymity.\n"
    )
    quotes = extract_quotes(doc(story, "port", outlet=None))
    weigh = _weigher(story)

    question = "Did an anonymous source say Norland won't talk about cranes?"
    query = parse_attribution_question(question)
    assert query is not None and query.kind == "did_say"
    answer = answer_attribution(question, query, quotes, {}, weigh=weigh)
    assert answer.attribution is not None and answer.attribution.verdict == "yes"


def test_a_claim_sharing_only_a_name_and_function_words_is_no_misquote() -> None:
    from index.attribution.checks.check import check_quote

    story = (
        "Port talks\n\n“For the port, this is a big issue,” said an aide.\n\n"
        "“Varga is very tired of the delays,” a dock worker said.\n"
    )
    quotes = extract_quotes(doc(story, "port", outlet=None))
    assert check_quote("Varga is a liar", quotes).verdict == "not_found"
    assert check_quote("the port is a big issue", quotes).verdict == "misworded"


def test_a_claim_sharing_only_a_name_and_a_verb_like_want_is_no_misquote() -> None:
    from index.attribution.checks.check import check_quote

    story = (
        "Port talks\n\n“She wants to make sure that the mayor sees that as a red line,” an aide said.\n\n"
        "“Talks with Varga go on to see whether a deal on the cranes can be reached,” Lee said.\n"
    )
    quotes = extract_quotes(doc(story, "port", outlet=None))
    weigh = _weigher(story)

    # "wants to make … a" is all the claim shares with the aide's words: what is wanted differs
    found = check_quote("Varga wants to make a deal", quotes, weigh)
    assert found.verdict != "misworded" or found.quote is None or found.quote.speaker != "an aide"
    assert (
        check_quote("she wants to make sure the mayor sees it as a red line", quotes, weigh).verdict
        == "misworded"
    )


def test_did_x_say_is_neither_yes_nor_another_speaker_s_on_a_shared_name_and_verb() -> None:
    from index.attribution.checks.claims import did_say

    story = (
        "Port talks\n\n“Talks with Varga go on to see whether or not a deal on the cranes can be reached,”"
        " Lee said.\n\n“She wants to first convince the mayor that Varga’s cranes must be part of any"
        " agreement,” an aide said.\n"
    )
    quotes = extract_quotes(doc(story, "port", outlet=None))
    weigh = _weigher(story)

    # Lee spoke of a deal, not of Varga wanting one; the aide's "wants" is about someone else
    result = did_say("Lee", "Varga wants a deal", quotes, weigh)
    assert result.verdict == "not_found", (result.verdict, result.said_by)
    # a claim that does share the quote's words is still found
    assert (
        did_say("Lee", "talks with Varga go on to see whether a deal can be reached", quotes, weigh).verdict
        == "yes"
    )
