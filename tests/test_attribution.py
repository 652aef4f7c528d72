"""Quote checking, did-X-say, speaker grouping and question routing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from news_fixtures import GENEVA, HARBOUR, doc

from index.attribution.checks.check import (
    check_quote,
    group_speakers,
    parse_attribution_question,
    parse_claim,
    quotes_by,
)
from index.attribution.checks.claims import check_claim, did_say
from index.attribution.extraction.extract import extract_quotes
from index.types import Quote


@pytest.fixture(scope="module")
def quotes() -> list[Quote]:
    return extract_quotes(doc(GENEVA, "geneva")) + extract_quotes(doc(HARBOUR, "harbour"))


def test_exact_fragment_of_a_longer_quote(quotes: list[Quote]) -> None:
    c = check_quote("“morsland IS buying time”", quotes)
    assert c.verdict == "exact" and c.quote is not None and c.quote.speaker == "Elena Marsh"
    assert check_quote("not on the table", quotes).verdict == "exact"


def test_misworded_with_diff(quotes: list[Quote]) -> None:
    c = check_quote("Nobody should be fooled by those smiles", quotes)
    assert c.verdict == "misworded" and c.quote is not None and c.quote.paragraph == 6
    assert ("-", "those") in c.diff and ("+", "these") in c.diff
    assert c.rendered == "Nobody should be fooled by [-those-] {+these+} smiles"


def test_a_misquote_diff_shows_the_claims_words_as_typed(quotes: list[Quote]) -> None:
    c = check_quote("Nobody should be fooled by THOSE smiles", quotes)
    assert c.rendered == "Nobody should be fooled by [-THOSE-] {+these+} smiles"


def test_a_misquote_changing_the_first_and_last_words_shows_the_real_ones() -> None:
    # the best-scoring window is the shared middle ("is a false"): the diff must still show
    # what the speaker said in place of the claim's first and last words
    said = extract_quotes(doc("Panel\n\n“That is a false comparison!” the mayor replied.", "panel"))
    c = check_claim("the mayor said this is a false equivalence", said)
    assert c.verdict == "misworded"
    assert c.rendered == "[-this-] {+That+} is a false [-equivalence-] {+comparison+}"


def test_not_found(quotes: list[Quote]) -> None:
    assert check_quote("the harvest was excellent this autumn", quotes).verdict == "not_found"
    assert check_quote("yield", quotes).quote is None


def test_claim_around_a_partial_quote_finds_it(quotes: list[Quote]) -> None:
    c = check_quote("the missile programme is non-negotiable", quotes)
    assert c.verdict == "misworded" and c.quote is not None and c.quote.text == "non-negotiable"


def test_did_say(quotes: list[Quote]) -> None:
    yes = did_say("Marsh", "Morsland is buying time", quotes)
    assert yes.verdict == "yes" and yes.check.quote is not None and yes.check.quote.paragraph == 6
    no = did_say("Vasilak", "Morsland is buying time", quotes)
    assert no.verdict == "no" and no.said_by == "Elena Marsh"
    assert did_say("Marsh", "we will annex the moon", quotes).verdict == "not_found"


def test_a_claim_that_reverses_the_quote_is_said_to_contradict_it() -> None:
    from index.attribution.answers.answer import answer_attribution

    said = "“The union is ready to talk about hours, but it is not ready to talk about pay,” Ana Roe said."
    quotes = extract_quotes(doc("Strike talks\n\n" + said, "strike"))
    asked = "Did Ana Roe say the union is ready to talk about pay?"
    query = parse_attribution_question(asked)
    assert query is not None
    reversed_ = answer_attribution(asked, query, quotes, {})
    assert reversed_.attribution is not None and reversed_.attribution.verdict == "contradicts"
    assert reversed_.attribution.diff is not None and "{+not+}" in reversed_.attribution.diff
    faithful = "Did Ana Roe say the union is not ready to talk about pay?"
    query = parse_attribution_question(faithful)
    assert query is not None
    assert answer_attribution(faithful, query, quotes, {}).attribution.verdict == "yes"  # type: ignore[union-attr]


def test_did_x_say_finds_a_stretch_of_a_long_quote_by_its_distinctive_words() -> None:
    from index.attribution.answers.answer import answer_attribution
    from index.retrieval.lexical import TermWeights

    said = (
        "“I don’t think it’s like total ruin, but definitely it’s a major blow to the farmers of the "
        "whole valley this year,” Olek Brandt said."
    )
    quotes = extract_quotes(doc("Flood\n\n" + said, "flood"))
    asked = "Did Olek Brandt say the floods were total ruin?"
    query = parse_attribution_question(asked)
    assert query is not None
    weigh = TermWeights({}, 100).weigh
    answer = answer_attribution(asked, query, quotes, {}, weigh=weigh)
    assert answer.attribution is not None and answer.attribution.verdict == "contradicts"
    assert answer.attribution.quotes[0].speaker == "Olek Brandt"


def test_name_variants_group_and_offices_stay_apart(quotes: list[Quote]) -> None:
    marsh = [q.text for q in quotes_by("Elena Marsh", quotes)]
    assert marsh == quotes_by_texts(quotes, "Marsh") == quotes_by_texts(quotes, "the prime minister")
    assert "The prime minister has made her position clear" not in marsh
    assert [q.text for q in quotes_by("Marsh’s office", quotes)] == [
        "The prime minister has made her position clear"
    ]
    names = {g.name: g for g in group_speakers(quotes)}
    assert names["Teodor Vasilak"].kind == "person" and "he" in names["Teodor Vasilak"].variants
    assert names["Marsh’s office"].kind == "office"


def quotes_by_texts(quotes: list[Quote], speaker: str) -> list[str]:
    return [q.text for q in quotes_by(speaker, quotes)]


def test_title_description_joins_the_named_person() -> None:
    text = (
        "Title line\n\nVaro Prime Minister Ada Quell spoke first.\n\n“We stand firm,” Quell said.\n\n"
        "“There is no other way,” the prime minister told reporters."
    )
    qs = extract_quotes(doc(text, "t"))
    assert [q.speaker for q in qs] == ["Ada Quell", "Ada Quell"]
    assert len(quotes_by("Ada Quell", qs)) == 2


@pytest.mark.parametrize(
    ("question", "kind", "text", "speaker", "topic"),
    [
        ("Who said “Morsland is buying time”?", "who_said", "Morsland is buying time", None, None),
        (
            "who said the missile programme is non-negotiable?",
            "who_said",
            "the missile programme is non-negotiable",
            None,
            None,
        ),
        ("Did Marsh say 'Morsland is buying time'?", "did_say", "Morsland is buying time", "Marsh", None),
        (
            "Did Ostrand really warn that the attack would be answered?",
            "did_say",
            "the attack would be answered",
            "Ostrand",
            None,
        ),
        ("What did Kell say?", "what_said", None, "Kell", None),
        (
            "What did the prime minister say about the talks?",
            "what_said",
            None,
            "the prime minister",
            "the talks",
        ),
        ("What did Holt tell AFP about the port?", "what_said", None, "Holt", "the port"),
        (
            "Which official warned the harbour would stay closed?",
            "who_said",
            "the harbour would stay closed",
            None,
            None,
        ),
        ("According to whom were two cranes destroyed?", "who_said", "were two cranes destroyed", None, None),
        ("Who are the anonymous sources?", "who_quoted", None, None, "anonymous"),
        ("Who spoke on condition of anonymity?", "who_quoted", None, None, "anonymous"),
        ("Who is quoted anonymously?", "who_quoted", None, None, "anonymous"),
        ("Who are the sources in this story?", "who_quoted", None, None, None),
        ("Who are the sources quoted in the articles?", "who_quoted", None, None, None),
        ("who are the experts cited in both stories", "who_quoted", None, None, None),
        ("What were the sources used by the report?", "who_quoted", None, None, None),
    ],
)
def test_attribution_questions(
    question: str, kind: str, text: str | None, speaker: str | None, topic: str | None
) -> None:
    q = parse_attribution_question(question)
    assert q is not None
    assert (q.kind, q.text, q.speaker, q.topic) == (kind, text, speaker, topic)


@pytest.mark.parametrize(
    "question",
    [
        "what did the meeting decide?",
        "What does the article say about the strike?",
        "What did the report say about casualties?",
        "Who is the prime minister of Valdoria?",
        "How many workers were killed?",
        "When will the talks resume?",
        "Did the talks fail?",
        "Who won the vote?",
        "What happened in Port Aldane?",
        "Who are the people in the harbour dispute?",
        "Who are the experts?",
    ],
)
def test_ordinary_questions_are_not_captured(question: str) -> None:
    assert parse_attribution_question(question) is None


@pytest.mark.parametrize(
    ("claim", "speaker", "words"),
    [
        ("Ruth Okafor said that the bridge will close", "Ruth Okafor", "the bridge will close"),
        ("“The bridge will close,” the engineer said.", "the engineer", "The bridge will close"),
        ("the bridge will close in March, said Ruth Okafor", "Ruth Okafor", "the bridge will close in March"),
        ("Okafor: the bridge will close in March", "Okafor", "the bridge will close in March"),
        ("Okafor told reporters that the bridge will close", "Okafor", "the bridge will close"),
        ("“The bridge will close,” Okafor told the Courier.", "Okafor", "The bridge will close"),
        ("The council stated via its website that the bridge shuts", "The council", "the bridge shuts"),
        ("Okafor said the bridge plan is “unworkable”", "Okafor", "unworkable"),  # one marked word
    ],
)
def test_a_claim_names_its_speaker(claim: str, speaker: str, words: str) -> None:
    assert parse_claim(claim) == (speaker, words)


@pytest.mark.parametrize(
    "claim",
    [
        "He said the bridge will close",  # a pronoun names nobody
        "the bridge will close in March",
        "For the United States, this is a big issue",  # "States" is no speech verb here
        "The report read: the bridge will close",
    ],
)
def test_a_claim_without_a_speaker(claim: str) -> None:
    assert parse_claim(claim)[0] is None


def test_claim_checks_speaker_and_meaning(quotes: list[Quote]) -> None:
    wrong = check_claim("Vasilak said Morsland is buying time", quotes)
    assert wrong.verdict == "exact" and wrong.speaker_right is False and wrong.claimed_speaker == "Vasilak"
    assert wrong.quote is not None and wrong.quote.speaker == "Elena Marsh"
    right = check_claim("“Morsland is buying time,” Marsh said", quotes)
    assert right.verdict == "exact" and right.speaker_right is True and right.reversal is None
    plain = check_claim("Morsland is buying time", quotes)
    assert plain.claimed_speaker is None and plain.speaker_right is None
    assert check_claim("Marsh said we will annex the moon", quotes).verdict == "not_found"


def test_claim_naming_the_speaker_by_description_is_not_misattributed() -> None:
    said = "“The plant will not reopen before May,” said Ilse Varga, an engineer at the plant."
    quotes = extract_quotes(doc("Plant shut\n\n" + said, "plant"))
    check = check_claim("the engineer said the plant will reopen before May", quotes)
    assert check.speaker_right is True
    assert check.reversal is not None and "{+not+}" in check.reversal


def _weigh(corpus: list[str]) -> Callable[[str], dict[str, float]]:
    from index.retrieval.lexical import TermWeights, document_frequencies

    return TermWeights(document_frequencies(corpus), len(corpus)).weigh


def test_a_claim_sharing_the_distinctive_words_of_a_stretch_of_a_long_quote_is_misworded() -> None:
    said = (
        "“I don’t think it’s like a catastrophe for the town, but certainly it’s a heavy blow "
        "on the harbour front,” said Ines Varga, the port engineer."
    )
    corpus = [
        said,
        "The harbour reopened on Monday. The town council met the harbour board.",
        "The town and the harbour board disagree over the harbour budget.",
        "Storms closed the town's schools.",
    ]
    quotes = extract_quotes(doc(said, "port"))
    weigh = _weigh(corpus)
    claim = "the harbour suffered a catastrophe and a heavy blow"
    assert check_quote(claim, quotes).verdict == "not_found"  # without weights: the words are out of order
    c = check_quote(claim, quotes, weigh)
    assert c.verdict == "misworded" and c.quote is not None and c.quote.speaker == "Ines Varga"
    assert "catastrophe" in c.rendered and "heavy blow" in c.rendered
    # words every article uses are not a quotation's distinctive words
    assert check_quote("the town will rebuild the harbour", quotes, weigh).verdict == "not_found"


def test_a_claim_holding_only_a_label_the_speaker_cites_is_not_their_own_words() -> None:
    from bot.render_quotes import quote_check_html

    q = Quote(
        "Nobody should describe the Tarsby dockers as 'wreckers' for asking for a fair wage.",
        "Mira Hale", None, "said", "d", "T", 4, 0, 80,
    )  # fmt: skip
    check = check_claim("Hale called the dockers wreckers", [q])
    assert (check.quote, check.within) == (q, "wreckers")
    assert "Not their own words." in quote_check_html("Hale called the dockers wreckers", check)
    assert check_claim("Hale said the dockers are asking for a fair wage", [q]).within is None


def test_did_x_say_is_no_when_only_another_speaker_holds_the_claims_rarest_word() -> None:
    from index.retrieval.lexical import TermWeights

    text = (
        "Flood\n\n“I don’t think it’s ruin for the farmers, but it’s a heavy blow this year,” "
        "Olek Brandt said.\n\n“The floods will cost the valley farmers dearly,” Ana Ruiz said."
    )
    quotes = extract_quotes(doc(text, "flood"))
    df = {"ruin": 5, "flood": 20, "farmer": 20, "heavi": 30, "blow": 30, "valley": 20}
    weigh = TermWeights(df, 100).weigh
    result = did_say("Ana Ruiz", "the floods were ruin for the valley farmers", quotes, weigh)
    assert result.verdict == "no" and result.said_by == "Olek Brandt"
    # her own words are still hers
    own = did_say("Ana Ruiz", "the floods will cost the valley farmers dearly", quotes, weigh)
    assert own.verdict == "yes"


def test_did_x_say_holds_a_one_word_partial_quote_to_its_sentence() -> None:
    from index.attribution.answers.answer import answer_attribution
    from index.attribution.checks.check import parse_attribution_question

    text = (
        "Dispute\n\nThe union says the pay offer is “non-binding,” according to its leader, "
        "Marta Ilic, who added that the strike will go on.\n\n"
        "“Any offer must include binding pay rises for the night shift,” the port board said."
    )
    quotes = extract_quotes(doc(text, "dispute"))
    weigh = _weigh([text, "The port reopened.", "The night shift ended.", "Pay talks resumed."])
    question = "Did Ilic say the pay offer is binding?"
    query = parse_attribution_question(question)
    assert query is not None
    answer = answer_attribution(question, query, quotes, {}, weigh=weigh)
    att = answer.attribution
    assert att is not None and att.verdict == "contradicts"
    assert att.quotes[0].speaker == "Marta Ilic" and att.quotes[0].text == "non-binding"


def test_did_x_say_finds_the_opposite_word_in_a_long_quote() -> None:
    q = Quote(
        "I told the council that the ferry service continue until the new bridge can be opened to traffic",
        "Ada Petrov", None, "said", "d", "T", 2, 0, 90,
    )  # fmt: skip
    result = did_say("Petrov", "the ferry service should stop", [q], _weigh([q.text, "The bridge opened."]))
    assert result.verdict == "yes"  # her quote is found ...
    from index.attribution.checks.check import reversal_diff

    # ... and it says the opposite: "continue" where the claim has "stop"
    assert reversal_diff("the ferry service should stop", q.text) is not None
    assert reversal_diff("the ferry service should continue", q.text) is None
    assert reversal_diff("the storm caused little damage", "“It caused severe damage,” she said") is not None


def _did_say_verdict(text: str, question: str, extra: list[str]) -> tuple[str, str | None]:
    from index.attribution.answers.answer import answer_attribution

    quotes = extract_quotes(doc(text, "story"))
    query = parse_attribution_question(question)
    assert query is not None
    att = answer_attribution(question, query, quotes, {}, weigh=_weigh([text, *extra])).attribution
    assert att is not None
    return att.verdict, att.quotes[0].speaker if att.quotes else None


def test_did_x_say_a_claim_their_dont_think_denies_is_the_opposite() -> None:
    text = (
        "Floods\n\n“I don’t think it’s like ruinous blow, but surely it’s a costly setback for the "
        "growers,” said Pia Lund, a farm economist."
    )
    extra = ["The river rose.", "The valley road closed.", "Growers met on Monday."]
    question = "Did Lund say the floods are a ruinous blow to the growers of the valley?"
    assert _did_say_verdict(text, question, extra) == ("contradicts", "Pia Lund")
    # what she does say is still hers
    question = "Did Lund say the floods are a costly setback for the growers?"
    assert _did_say_verdict(text, question, extra) == ("yes", "Pia Lund")


def test_did_x_say_ample_where_they_said_little_is_the_opposite() -> None:
    text = "Dam\n\nCouncil engineers argue that the old dam could burst with little warning after heavy rain."
    extra = ["The dam was built in 1950.", "Rain fell all week.", "The council met."]
    question = "Did council engineers say the dam could only burst with ample warning?"
    assert _did_say_verdict(text, question, extra)[0] == "contradicts"
    question = "Did council engineers say the dam could burst with little warning?"
    assert _did_say_verdict(text, question, extra)[0] == "yes"


def test_did_x_say_x_but_not_y_of_a_quote_that_stresses_y_is_the_opposite() -> None:
    text = (
        "Bridge\n\nThe mayor’s office said she will raise the cost of the new bridge in talks with the "
        "governor, and not just the ferry fares."
    )
    extra = ["The ferry runs hourly.", "The governor visited.", "Fares rose in May."]
    question = "Did the mayor's office say she will discuss the ferry fares but not the bridge?"
    assert _did_say_verdict(text, question, extra)[0] == "contradicts"
    question = "Did the mayor's office say she will raise the cost of the new bridge?"
    assert _did_say_verdict(text, question, extra)[0] == "yes"


def test_did_x_say_a_swapped_degree_scope_or_clarity_word_is_the_opposite() -> None:
    text = (
        "Port\n\n“For the harbour board, this is a big issue,” said Rita Okafor, a shipping analyst.\n\n"
        "“For the mayor, the maximal aim is clear: a second bridge or at least a new ferry,” "
        "said Tom Hale.\n\n"
        "“The levy is an internal matter, and any plan must include the docks,” said Ivo Sand."
    )
    extra = ["The ferry runs hourly.", "The board met.", "A bridge was built in 1990."]
    assert _did_say_verdict(text, "Did Okafor say the levy is a small issue for the harbour board?", extra)[
        0
    ] == ("contradicts")
    assert (
        _did_say_verdict(text, "Did Okafor say this is a big issue for the harbour board?", extra)[0] == "yes"
    )
    assert _did_say_verdict(text, "Did Hale say the mayor's aim is unclear?", extra)[0] == "contradicts"
    assert _did_say_verdict(text, "Did Hale say the mayor's aim is clear?", extra)[0] == "yes"
    assert (
        _did_say_verdict(text, "Did Hale say the mayor's minimal aim is a second bridge?", extra)[0] != "yes"
    )
    assert _did_say_verdict(text, "Did Sand say any plan must exclude the docks?", extra)[0] == "contradicts"
    assert (
        _did_say_verdict(text, "Did Sand say the levy is an international matter?", extra)[0] == "contradicts"
    )


def test_did_x_say_reads_a_nationality_as_its_country_when_naming_the_speaker() -> None:
    text = (
        "Border\n\nSyria’s interior ministry warned on Monday that the new fence would be “harmful to "
        "trade” across the border.\n\n“The fence will stop smuggling,” said Omar Haddad, a customs officer."
    )
    quotes = extract_quotes(doc(text, "border"))
    assert {q.speaker for q in quotes} >= {"Syria’s interior ministry"}
    weigh = _weigh([text, "Trade fell.", "The border opened.", "Smuggling rose."])
    result = did_say("the Syrian interior ministry", "the fence would be harmful to trade", quotes, weigh)
    assert result.verdict == "yes" and result.said_by == "Syria’s interior ministry"
    # a speaker who did not say it is still told apart
    result = did_say("the Syrian interior ministry", "the fence will stop smuggling", quotes, weigh)
    assert result.verdict == "no" and result.said_by == "Omar Haddad"


def test_did_x_say_the_opposite_word_of_a_partial_quote_finds_it_as_the_reverse() -> None:
    text = (
        "Dam\n\nThe farmers’ union warned on Friday that the dam would have a “disastrous” effect on "
        "fishing that is “harmful to the delta”.\n\n“The river is low,” said Ada Moss, a ferry captain."
    )
    extra = ["The river rose.", "Fishing boats left.", "The union met in May.", "The delta flooded."]
    question = "Did the farmers' union say the dam would be beneficial to the delta?"
    assert _did_say_verdict(text, question, extra) == ("contradicts", "the farmers’ union")
    question = "Did the farmers' union say the dam would be harmful to the delta?"
    assert _did_say_verdict(text, question, extra) == ("yes", "the farmers’ union")


def test_did_x_say_more_of_a_not_as_quote_is_the_opposite_and_less_is_not() -> None:
    text = (
        "Merger\n\n“He’s worried that the minister is not quite as keen on selling the port as the "
        "mayor would like,” said Lena Dorn, a lecturer in transport policy."
    )
    extra = ["The port was sold.", "The mayor spoke.", "The minister left."]
    question = "Did Dorn say the minister is more keen than the mayor on selling the port?"
    assert _did_say_verdict(text, question, extra)[0] == "contradicts"
    question = "Did Dorn say the minister is less keen than the mayor on selling the port?"
    assert _did_say_verdict(text, question, extra)[0] == "yes"


def test_did_x_say_with_a_name_swapped_is_misworded_not_yes() -> None:
    text = (
        "Ferry\n\n“I told the board that the ferry talks with Norway go on until a fare can be agreed,” "
        "Ida Berg said after the meeting.\n\n“The port of Bergen needs the ferry,” said Karl Nes."
    )
    extra = ["The ferry sailed.", "The board met.", "Fares rose.", "Talks began in May."]
    question = "Did Berg say the ferry talks with Sweden go on?"
    assert _did_say_verdict(text, question, extra) == ("misworded", "Ida Berg")
    question = "Did Berg say the ferry talks with Norway go on?"
    assert _did_say_verdict(text, question, extra) == ("yes", "Ida Berg")


def test_did_x_say_a_name_the_quote_gives_as_he_is_no_swap() -> None:
    text = (
        "Ferry\n\nOla Vik is pressing the board.\n\n“He wants to convince the board in Oslo that the "
        "ferry, which he sees as vital to the islands, must be included in any budget,” said Ida Berg."
    )
    extra = ["The ferry sailed.", "The board met.", "The budget grew.", "Islands voted in May."]
    question = "Did Berg say Vik wants to convince the board that the ferry must be included in any budget?"
    assert _did_say_verdict(text, question, extra) == ("yes", "Ida Berg")
    # the aside ("which he sees as …") does not hide the clause it cuts in two
    question = "Did Berg say Vik wants to convince the board that the ferry must be excluded from any budget?"
    assert _did_say_verdict(text, question, extra) == ("contradicts", "Ida Berg")


def test_what_two_speakers_said_lists_each_one_s_quotes(quotes: list[Quote]) -> None:
    from index.attribution.answers.answer import answer_attribution

    asked = {
        "What did Vasilak and Marsh say?": {"Teodor Vasilak", "Elena Marsh"},
        "What did Kell, Holt and Lanz say?": {"Arvid Kell", "Mira Holt", "Piet Lanz"},
    }
    for question, speakers in asked.items():
        query = parse_attribution_question(question)
        assert query is not None and query.kind == "what_said"
        answer = answer_attribution(question, query, quotes, {})
        assert answer.attribution is not None and not answer.abstained
        assert {q.speaker for q in answer.attribution.quotes} == speakers
        assert answer.attribution.note is None  # no "others share the surname" for the last one
    # one of them never quoted: no half answer that reads as if the other spoke for both
    query = parse_attribution_question("What did Vasilak and Brandtner say?")
    assert query is not None and answer_attribution("?", query, quotes, {}).abstained
