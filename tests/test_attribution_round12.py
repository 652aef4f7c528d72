"""Attribution checks, round 12: speakers a journalist describes instead of naming, a claim
that reverses a word of the speaker's own quote, and the writer's sentence around a short
quotation presented as a quote; a "yes" that names a described speaker.

Fictional sentences written for these tests (docs/history.md, "Attribution checks round 12").
"""

from __future__ import annotations

from collections.abc import Callable

from news_fixtures import doc

from index.attribution.answers.answer import answer_attribution
from index.attribution.checks.check import check_quote
from index.attribution.checks.claims import did_say
from index.attribution.extraction.extract import extract_quotes
from index.attribution.query import parse_attribution_question
from index.attribution.speakers.described import described
from index.attribution.speakers.speaker_groups import quotes_by
from index.cli.render import answer_text
from index.retrieval.lexical import TermWeights, document_frequencies
from index.types import Answer, Quote

PORT = (
    "Lund keeps the ferry line\n\n"
    "“I told the council that the ferry service must continue until the bridge is finished,” "
    "U.S. Senator Karin Lund said on Friday.\n\n"
    "“The dockers will not accept a pay freeze this winter,” said an official based in Tarsby, "
    "speaking on condition of anonymity.\n\n"
    "Harbour officials said the storm had damaged two cranes.\n\n"
    "The mayor's office said a halt to the ferry night shifts was overdue.\n\n"
    "Lund said the ferry was “a lifeline for the islands” and had to stay.\n\n"
    "The town's transport ministry warned that the closure would have a “destructive” effect "
    "on trade with the islands.\n\n"
    "Sofia Hale, a freight researcher at Kestin University, said the line loses money every winter.\n\n"
    "The council's approach reflects a strategy of “managed decline” for the old quays, "
    "according to critics."
)


def _quotes() -> list[Quote]:
    return extract_quotes(doc(PORT, "port"))


def _weigh() -> Callable[[str], dict[str, float]]:
    corpus = [p for p in PORT.split("\n\n") if p] + [
        "The bus service was cold.",
        "Trade fell in May.",
        "A new service ship.",
    ]
    return TermWeights(document_frequencies(corpus), len(corpus)).weigh


def _verdict(question: str) -> tuple[str, str | None]:
    query = parse_attribution_question(question)
    assert query is not None
    a = answer_attribution(question, query, _quotes(), {}, weigh=_weigh()).attribution
    assert a is not None
    return a.verdict, a.said_by


def test_a_title_with_points_describes_the_person_who_holds_it() -> None:
    assert _verdict("did the US senator say the ferry service must continue?") == ("yes", "Karin Lund")
    assert {q.speaker for q in quotes_by("the U.S. senator", _quotes())} == {"Karin Lund"}


def test_an_anonymous_source_is_any_speaker_the_article_leaves_unnamed() -> None:
    query = parse_attribution_question(
        "did an anonymous source say the dockers will not accept a pay freeze?"
    )
    assert query is not None and query.kind == "did_say"
    assert _verdict("did an anonymous source say the dockers will not accept a pay freeze?")[0] == "yes"
    assert (
        _verdict("did the anonymous official in Tarsby say the dockers won't accept a pay freeze?")[0]
        == "yes"
    )
    # an official group fits "an unnamed official"; a named person does not fit "anonymous"
    assert _verdict("did an unnamed official say the storm had damaged two cranes?") == (
        "yes",
        "Harbour officials",
    )
    assert not described("the anonymous senator", ["U.S. Senator"], False)


def test_a_plural_description_is_not_the_one_person_the_article_names() -> None:
    quotes = _quotes()
    assert quotes_by("researchers", quotes) == []
    assert [q.speaker for q in quotes_by("the freight researcher", quotes)] == ["Sofia Hale"]


def test_the_speakers_quote_holding_the_opposite_word_answers_before_anothers_key_word() -> None:
    # the office's "halt" is the claim's rarest word, but Lund's own quote says the reverse
    verdict, by = _verdict("did Lund say the ferry service should be halted?")
    assert (verdict, by) == ("contradicts", "Karin Lund")
    # a claim that does not reverse her words is still another speaker's
    assert _verdict("did Lund say a halt to the ferry night shifts was overdue?")[0] == "no"


def test_a_word_set_against_a_one_word_quotation_finds_its_sentence() -> None:
    question = "did the Tarsby transport ministry say the closure would be constructive for trade?"
    assert (
        _verdict("did the town's transport ministry say the closure would be constructive for trade?")[0]
        == "contradicts"
    )
    assert _verdict(question)[0] != "yes"
    result = did_say(
        "the town's transport ministry", "the closure would be brief for trade", _quotes(), _weigh()
    )
    assert result.verdict != "yes"  # "brief" reverses nothing they are on record for


def test_the_writers_sentence_around_a_short_quotation_is_not_a_quote() -> None:
    quotes = _quotes()
    prose = "The council's approach reflects a strategy of managed decline for the old quays"
    assert check_quote(prose, quotes).verdict == "not_found"
    assert check_quote("a strategy of managed decline", quotes).verdict == "exact"
    # most of the claim in the quotation: still the speaker's words
    assert check_quote("the ferry was a lifeline for the islands", quotes).verdict == "exact"


def _answer(question: str) -> Answer:
    query = parse_attribution_question(question)
    assert query is not None
    return answer_attribution(question, query, _quotes(), {}, weigh=_weigh())


def test_a_yes_names_the_described_speaker_and_a_group_takes_a_plural_verb() -> None:
    from bot.render_quotes import attribution_html

    described_ = _answer("did the US senator say the ferry service must continue?")
    assert answer_text(described_).startswith("Yes. The US senator (Karin Lund) is quoted saying that:")
    assert "<b>The US senator (Karin Lund)</b> is quoted saying that." in attribution_html(described_)
    named = _answer("did Lund say the ferry was a lifeline for the islands?")
    assert answer_text(named).startswith("Yes. Lund is quoted saying that:")
    group = _answer("did harbour officials say the storm had damaged two cranes?")
    # (journalist round 20) their words are reported speech, not a quotation: said so
    assert answer_text(group).startswith("Yes. Harbour officials are reported (not quoted) saying that:")


def test_a_did_say_with_no_quote_says_whose_words_are_missing() -> None:
    answer = _answer("did Lund say the harbour will be sold to a shipping firm?")
    assert answer.abstained
    assert answer_text(answer).startswith("I found no quote of Lund saying that in the articles.")


def test_initials_and_degree_words_a_journalist_types() -> None:
    text = (
        "Envoy visits Tarsby\n\n"
        "“The second offer is worse than the first,” the United Nations envoy said on Monday.\n\n"
        "“The harbour talks were useful,” said an official based in Tarsby, "
        "speaking on condition of anonymity."
    )
    quotes = extract_quotes(doc(text, "envoy"))
    assert {q.speaker for q in quotes_by("the UN envoy", quotes)} == {"the United Nations envoy"}
    assert quotes_by("the UK envoy", quotes) == []
    for question, verdict in (
        ("did the UN envoy say the second offer is better than the first?", "contradicts"),
        ("did the anonymous official say the harbour talks were harmful?", "contradicts"),
    ):
        query = parse_attribution_question(question)
        assert query is not None
        att = answer_attribution(question, query, quotes, {}).attribution
        assert att is not None and att.verdict == verdict, question
    found = _answer("did an anonymous source say the dockers will not accept a pay freeze?")
    assert answer_text(found).startswith("Yes. An anonymous source (an official based in Tarsby) is quoted")


def test_a_body_the_speaker_belongs_to_is_not_the_speaker() -> None:
    quotes = _quotes()
    # Sofia Hale is "a freight researcher at Kestin University"
    assert quotes_by("Kestin University", quotes) == []
    assert quotes_by("the university", quotes) == []
    assert {q.speaker for q in quotes_by("the Kestin freight researcher", quotes)} == {"Sofia Hale"}
    verdict, by = _verdict("did Kestin University say the line loses money every winter?")
    assert (verdict, by) == ("no", "Sofia Hale")


def test_a_country_by_its_initials_is_not_a_swapped_name() -> None:
    text = (
        "Ferry talks\n\n"
        "“For the United Kingdom, the ferry is a lifeline,” said Ines Varga, the harbour master.\n\n"
        "“For France, the ferry is a burden,” said Olek Brandt."
    )
    quotes = extract_quotes(doc(text, "ferry"))
    for question, verdict in (
        ("did Varga say the UK sees the ferry as a lifeline?", "yes"),
        ("did Brandt say the UK sees the ferry as a burden?", "misworded"),  # France, not the UK
    ):
        query = parse_attribution_question(question)
        assert query is not None
        att = answer_attribution(question, query, quotes, {}).attribution
        assert att is not None and att.verdict == verdict, (question, att.verdict)


def test_a_word_after_but_is_held_against_the_word_in_its_place() -> None:
    text = "Port visit\n\nLund said the harbour visit had been “brief but helpful.”"
    quotes = extract_quotes(doc(text, "visit"))
    query = parse_attribution_question("did Lund say the harbour visit was brief but harmful?")
    assert query is not None
    att = answer_attribution(query.text or "", query, quotes, {}).attribution
    assert att is not None and att.verdict == "contradicts"
    assert att.diff is not None and "[-harmful-] {+helpful+}" in att.diff
    same = parse_attribution_question("did Lund say the harbour visit was brief but helpful?")
    assert same is not None
    assert answer_attribution("", same, quotes, {}).attribution.verdict == "yes"  # type: ignore[union-attr]


def test_quote_of_the_writers_sentence_says_whose_words_the_quoted_part_is() -> None:
    from bot.render_quotes import quote_check_html
    from index.attribution.checks.claims import check_claim

    quotes = _quotes()
    prose = "The council's approach reflects a strategy of managed decline for the old quays"
    for claim in (prose, prose.replace("council's", "council")):  # as written, and a word off
        check = check_claim(claim, quotes)
        assert check.verdict == "not_found" and check.prose is not None, claim
        assert check.prose.text == "managed decline"
    html = quote_check_html(prose, check_claim(prose, quotes))
    assert "Not a quote." in html and "only “managed decline” is in quotation marks" in html
    # a claim that names a speaker around a partial quotation of theirs is checked as theirs
    named = check_claim("Lund said the ferry was a lifeline for the islands", quotes)
    assert named.prose is None and named.quote is not None and named.quote.speaker == "Karin Lund"


def test_a_speaker_that_opened_the_articles_sentence_is_lower_case_inside_a_reply() -> None:
    from bot.render_quotes import attribution_html

    text = "Port closed\n\nAn analyst based in Tarsby said the harbour would stay shut for weeks."
    quotes = extract_quotes(doc(text, "shut"))
    question = "did Lund say the harbour would stay shut for weeks?"
    query = parse_attribution_question(question)
    assert query is not None
    answer = answer_attribution(question, query, quotes, {})
    assert answer_text(answer).startswith("No. That was an analyst based in Tarsby, not Lund:")
    assert "That was <b>an analyst based in Tarsby</b>, not <b>Lund</b>." in attribution_html(answer)


def test_an_unnamed_group_that_opened_the_sentence_is_lower_case_inside_a_reply() -> None:
    text = "Port closed\n\nDiplomats said the harbour would stay shut for weeks."
    quotes = extract_quotes(doc(text, "shut"))
    question = "did Lund say the harbour would stay shut for weeks?"
    query = parse_attribution_question(question)
    assert query is not None
    answer = answer_attribution(question, query, quotes, {})
    assert answer_text(answer).startswith("No. That was diplomats, not Lund:")
