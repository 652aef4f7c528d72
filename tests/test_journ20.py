"""Journalist round 20: a one-word claim with its speaker after it ("“unworkable,” said X");
a claim that shares only names with a quotation is no misquote of it; two quotations joined
into one claim; reported speech is never "word for word" nor "an exact quote"; "who said …?"
is not answered by a sentence that reports no one's words; a what-said of one speaker gives
its count once. Every text here is invented (README, "Journalist round 20")."""

from __future__ import annotations

from dataclasses import replace

from news_fixtures import ask_about, doc

from bot import render
from bot.render_quotes import quote_check_html, quote_check_keyboard
from index.attribution.answers.about import tells_who_said
from index.attribution.checks.check import check_quote
from index.attribution.checks.claims import check_claim, did_say
from index.attribution.claim import parse_claim
from index.attribution.extraction.extract import extract_quotes
from index.cli.render import answer_text
from index.types import Answer, AnswerSentence, Attribution, Citation, Quote

HARBOUR = "\n\n".join(
    [
        "Port of Velm to close its old quay",
        "The harbour board will close the old quay at Velm in spring, its chairman Ole Brandt said.",
        "“The quay cannot take the new ferries, and the repairs would cost more than a new one,”"
        " said Brandt.",
        "“For New Velm, this is a big blow,” said Mira Sand, who runs the fish market.",
        "Sand said the market would stay open through the winter.",
        "“We were promised a new quay by 2030,” said Jon Arle, a ferry captain.",
    ]
)


def _quotes() -> list[Quote]:
    return extract_quotes(doc(HARBOUR, "h"))


def test_one_word_claimed_with_its_speaker_after_it_is_checked_as_their_word() -> None:
    assert parse_claim("“unworkable,” said Ilse Varga") == ("Ilse Varga", "unworkable")
    assert parse_claim("unworkable, Ilse Varga said") == ("Ilse Varga", "unworkable")
    # the speaker's role after the name, as a journalist pastes the article's sentence
    assert parse_claim("“It is dead,” said Varga, a port engineer at the Ferry Board")[0] == "Varga"
    assert parse_claim("“It is dead,” Varga, the port engineer, told AFP") == ("Varga", "It is dead")
    # before the speaker, one unmarked word is still no claim ("Lee said yes" is not one)
    assert parse_claim("Ilse Varga said unworkable") == (None, "Ilse Varga said unworkable")


def test_a_claim_sharing_only_names_with_a_quotation_is_not_a_misquote_of_it() -> None:
    quotes = _quotes()
    assert check_quote("the board will never talk to New Velm", quotes).verdict == "not_found"
    # words of content shared too: still a misquote
    c = check_quote("For New Velm, this is a heavy blow", quotes)
    assert c.verdict == "misworded" and c.quote is not None and c.quote.speaker == "Mira Sand"


def test_two_speakers_quotations_joined_are_no_ones_quotation() -> None:
    quotes = _quotes()
    claim = "for New Velm this is a big blow, we were promised a new quay by 2030"
    c = check_claim(claim, quotes)
    assert c.verdict == "not_found"
    assert c.quote is not None and c.joined is not None
    assert {c.quote.speaker, c.joined.speaker} == {"Mira Sand", "Jon Arle"}
    html = quote_check_html(claim, c)
    assert "Not one quotation" in html and "Mira Sand" in html and "Jon Arle" in html
    keyboard = quote_check_keyboard(c)  # a button for each of the two paragraphs
    assert keyboard is not None and len(keyboard.inline_keyboard) == 2


def test_one_speakers_quotations_joined_stay_a_misquote_of_theirs() -> None:
    text = HARBOUR + "\n\n“The old quay served us for a hundred years,” Brandt added."
    quotes = extract_quotes(doc(text, "h"))
    claim = "the quay served us for a hundred years, and the repairs would cost more than a new one"
    c = check_claim(claim, quotes)
    assert c.verdict == "misworded" and c.joined is not None
    assert c.quote is not None and c.quote.speaker == c.joined.speaker == "Ole Brandt"
    assert "Two quotations joined" in quote_check_html(claim, c)
    # one quotation with its words moved about is no join
    moved = check_claim("the repairs would cost more than a new one, the quay cannot take ferries", quotes)
    assert moved.joined is None


def test_reported_speech_matched_word_for_word_is_not_called_a_quotation() -> None:
    quotes = _quotes()
    c = check_claim("the market would stay open through the winter, Sand said", quotes)
    assert c.verdict == "exact" and c.quote is not None and c.quote.kind == "indirect"
    html = quote_check_html("the market would stay open through the winter, Sand said", c)
    assert "Reported, not quoted" in html and "Exact quote" not in html
    answer = ask_about(HARBOUR, "who said the market would stay open through the winter?")
    assert answer.attribution is not None and answer.attribution.verdict == "exact"
    assert "word for word" not in answer_text(answer)
    assert "word for word" not in render.answer_html(answer)
    assert "reported speech" in answer_text(answer)


def test_who_said_is_not_answered_by_a_sentence_reporting_no_ones_words() -> None:
    def answer(sentence: str) -> Answer:
        cited = Citation("h", "Port", 2, sentence, sentence)
        return Answer("q", (AnswerSentence(sentence, 0),), (cited,), abstained=False)

    narration = answer("The quay opened in 1921 and was rebuilt after the flood.")
    reported = answer("The mayor said the quay was a disgrace.")
    assert not tells_who_said(narration, "who said the quay was a disgrace?")
    assert tells_who_said(reported, "who said the quay was a disgrace?")
    # a question after anything but words is not held to it
    assert tells_who_said(narration, "who rebuilt the quay?")


def test_a_what_said_of_one_speaker_gives_its_count_once() -> None:
    one = render.answer_html(ask_about(HARBOUR, "what did Brandt say?"))
    assert "What Brandt said</b> (2 quotes)" in one
    assert one.count("2 quotes") == 1
    quotes = tuple(q for q in _quotes() if q.kind == "direct")
    on_topic = Answer("who commented on the quay?", (), (), abstained=False)
    on_topic = replace(on_topic, attribution=Attribution("who_on", "listed", "the quay", quotes=quotes))
    html = render.answer_html(on_topic)
    # more than one speaker: each speaker's line says how many are theirs
    assert "<b>Ole Brandt</b>" in html and "· 1 quote" in html


def test_joined_needs_a_run_of_content_words() -> None:
    quotes = _quotes()
    # "New Velm" stands in Mira Sand's quotation, but two words are too few to call a join
    c = check_claim("the quay cannot take the new ferries, New Velm", quotes)
    assert c.verdict == "misworded" and c.joined is None


BRIDGE = "\n\n".join(
    [
        "Town weighs a second bridge",
        "Mayor Lena Dorn said a second bridge would be a “priority” if the state paid half of it.",
        "The old bridge carries 9,000 cars a day.",
    ]
)


def test_the_writers_frame_kept_around_another_word_is_not_the_speakers_quotation() -> None:
    swapped = ask_about(BRIDGE, "did Dorn say a second bridge would be a waste?").attribution
    assert swapped is not None and swapped.verdict == "misworded"
    assert swapped.diff is not None and "priority" in swapped.diff
    who = ask_about(BRIDGE, "who said a second bridge would be a waste?").attribution
    assert who is not None and who.verdict == "misworded"
    kept = ask_about(BRIDGE, "did Dorn say a second bridge would be a priority?").attribution
    assert kept is not None and kept.verdict == "yes"


def test_a_claim_pasted_with_the_speakers_role_is_checked_against_that_speaker() -> None:
    quotes = _quotes()
    right = check_claim("“For New Velm, this is a big blow,” said Sand, who runs the fish market", quotes)
    assert right.verdict == "exact" and right.speaker_right is True
    wrong = check_claim("“For New Velm, this is a big blow,” said Arle, a ferry captain", quotes)
    assert wrong.verdict == "exact" and wrong.speaker_right is False


def test_a_did_say_answered_by_reported_speech_says_it_is_not_a_quotation() -> None:
    answer = ask_about(HARBOUR, "did Sand say the market would stay open through the winter?")
    assert answer.attribution is not None and answer.attribution.verdict == "yes"
    assert answer_text(answer).startswith("Yes. Sand is reported (not quoted) saying that:")
    assert "is reported (not quoted) saying that." in render.answer_html(answer)


def test_a_capital_asked_after_as_a_speaker_is_its_government() -> None:
    text = "\n\n".join(
        [
            "Border talks stall",
            "“The proposal is unacceptable,” Russia’s foreign ministry spokesperson said on Monday.",
            "“Nothing will move before spring,” said an envoy based in Moscow.",
        ]
    )
    quotes = extract_quotes(doc(text, "b"))
    asked = did_say("Moscow", "the proposal is unacceptable", quotes)
    assert asked.verdict == "yes"  # Moscow is Russia's government, not the envoy based there
    # a person who bears the name is asked after as that person
    person = Quote("The proposal is unacceptable.", "Ellen Moscow", None, "said", "b", "T", 2, 0, 30)
    assert did_say("Moscow", "the proposal is unacceptable", [person]).verdict == "yes"
    assert did_say("Moscow", "nothing will move before spring", [person, *quotes]).verdict == "no"


def test_the_quotes_listing_prints_reported_speech_without_quotation_marks() -> None:
    from index.cli.quotes import listing_line

    reported = listing_line("Mira Sand", "indirect", "AFP ¶5", "the market would stay open")
    assert "“" not in reported and reported.endswith("(reported)")
    assert listing_line("Ole Brandt", "direct", "AFP ¶3", "The quay cannot take the new ferries").endswith(
        "“The quay cannot take the new ferries”"
    )
