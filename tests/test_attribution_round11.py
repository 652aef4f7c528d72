"""Named speakers and quote precision, issue 13 round 11.

Fictional sentences written for these tests (docs/attribution.md, "Round 11").
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes
from index.attribution.extraction.fallbacks import colon_subject
from index.types import Quote


def _quotes(*paragraphs: str) -> list[Quote]:
    return extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))


def _speaker_of(words: str, *paragraphs: str) -> str | None:
    return next(q.speaker for q in _quotes(*paragraphs) if q.text == words)


def test_two_names_before_a_colon_are_one_source() -> None:
    para = "HARBOUR POLLS WERE EARLY, NOT WRONG - Ana Roe and Piet Hals: “The polls ended too early.”"
    assert _speaker_of("The polls ended too early.", para) == "Ana Roe and Piet Hals"
    para = "Signs of a late swing were there all along -More from Roe and Hals: “Our data shows it.”"
    assert _speaker_of("Our data shows it.", para) == "Roe and Hals"
    # a clause, not a pair: the second subject speaks
    assert colon_subject("Lund spoke first and Marsh replied:") == "Marsh"
    assert colon_subject("The crowd cheers, and then Wallnau continues:") == "Wallnau"


def test_a_subhead_in_capitals_quotes_no_one() -> None:
    quotes = _quotes(
        "“We will rebuild the pier,” Mayor Ana Roe said on Monday.",
        "“SLOW, COSTLY AND LATE”",
        "2. FOR HARBOUR PILOTS ‘THE TIDE IS TURNING’",
        "Critics were blunt. “IT WILL NEVER OPEN,” pilot Piet Hals wrote on a sign.",
    )
    direct = [q.text for q in quotes if q.kind != "indirect"]
    assert direct == ["We will rebuild the pier", "IT WILL NEVER OPEN"]


def test_a_title_after_of_stays_in_the_speaker_phrase() -> None:
    para = (
        "“We want more pilots,” wrote the authors of the “Harbour Growth Report,” giving the "
        "example of the ferry. “If pilots leave, they will not return.”"
    )
    authors = "the authors of the “Harbour Growth Report”"
    assert _speaker_of("We want more pilots", para) == authors
    assert _speaker_of("If pilots leave, they will not return.", para) == authors
    para = "“We have had better seasons,” said the author of “Low Tide.”"
    assert _speaker_of("We have had better seasons", para) == "the author of “Low Tide”"
    # a quotation after the name is the speaker's words, not part of the phrase
    para = "“We will win,” said Ana Roe, who added “the ferry stays.”"
    assert _speaker_of("We will win", para) == "Ana Roe"


def test_present_tense_reporting_verbs_are_cues() -> None:
    para = "The lack of berths was “particularly burdensome” on small boats, the lawsuit alleges."
    assert _speaker_of("particularly burdensome", para) == "the lawsuit"
    para = "“Who will pay for the pier?” Ana Roe wonders."
    assert _speaker_of("Who will pay for the pier?", para) == "Ana Roe"
    para = "“It is too late for that,” Piet Hals replies."
    assert _speaker_of("It is too late for that", para) == "Piet Hals"


def test_an_aside_between_typed_hyphens_before_the_subject() -> None:
    para = (
        "In May - four months after Roe left office - the Port Authority told the club that "
        "“no records were located.”"
    )
    assert _speaker_of("no records were located.", para) == "the Port Authority"


def test_an_introduced_excerpt_keeps_its_source_past_a_later_cue() -> None:
    quotes = _quotes(
        "From Ana Roe writing in the Harbour Post:",
        '"The pier has been closed for a year.',
        '"The mayor made promises. None were kept.',
        "“We were told it would reopen,” Lund charged at a meeting.",
    )
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Ana Roe", "Ana Roe", "Lund"]
    # with no introducer, the later cue still names the whole quote's speaker
    quotes = _quotes(
        "“The pier has been closed for a year.",
        "“We were told it would reopen,” Lund charged at a meeting.",
    )
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Lund", "Lund"]


def test_a_name_opening_a_title_case_heading_is_the_speaker() -> None:
    intro = "Take a look at what harbour pilots Ana Roe and Piet Hals told us this year."
    assert _speaker_of(
        "Truly Local.", intro, "4", "Ana Roe Questioned What It Means To Be “Truly Local.”"
    ) == ("Ana Roe")
    assert _speaker_of("A Real Sailor.", intro, "Piet Hals Got Real About Being Called “A Real Sailor.”") == (
        "Piet Hals"
    )


def test_the_owner_of_a_remark_says_its_words() -> None:
    para = (
        "Harbour pilot Ana Roe called the plan reckless, and the mayor, Piet Hals, dismissed "
        "Roe’s claim of a “secret deal” over the pier as nonsense."
    )
    assert _speaker_of("secret deal", para) == "Ana Roe"
    para = "While Lund’s call for a “new pier” drew crowds, Roe stayed home."
    assert _speaker_of("new pier", para) == "Lund"
    # the words a cue reports about a remark are the cue's speaker's
    para = "Mayor Piet Hals said Roe’s remarks were “a sad joke.”"
    assert _speaker_of("a sad joke.", para) == "Piet Hals"


def test_the_owner_before_a_quoted_promise_says_it() -> None:
    para = "Voters still feel the pull of Ana Roe’s “no pilot left behind” promise: they want it kept."
    assert _speaker_of("no pilot left behind", para) == "Ana Roe"


def test_a_possessive_pronoun_owner_is_the_name_opening_its_clause() -> None:
    paras = (
        "“I will not give up,” Mayor Ana Roe said to pilot Piet Hals.",
        "As the debate went on and Hals stood by his comment that “the pier is finished,” Roe left.",
    )
    assert (_speaker_of("the pier is finished", *paras) or "").endswith("Hals")


def test_asking_is_a_gerund_cue() -> None:
    para = "Roe and her backers tied Lund to the mayor, with one of her ads asking, “Is Lund fit to serve?”"
    assert _speaker_of("Is Lund fit to serve?", para) == "one of her ads"
    # a request is no question: the quote stays with the cue before it
    para = "“It was over,” one diplomat told the Harbour Post, asking not to be named. “Then it was not.”"
    assert [q.speaker for q in _quotes(para) if q.kind == "indirect"] == []
    assert _speaker_of("It was over", para) == "one diplomat"


def test_shouting_and_yelling_are_gerund_cues() -> None:
    para = "At the pier on Monday, dockers booed the mayor, with Lund reportedly yelling: “Close it now!”"
    assert _speaker_of("Close it now!", para) == "Lund"
    # a shout at someone is no quotation of theirs
    para = "“We are leaving,” Roe said, shouting at the crowd to go home."
    assert [q.text for q in _quotes(para) if q.kind == "indirect"] == []


def test_talked_about_and_spoke_about_are_cues() -> None:
    para = "Instead, the statement talked about giving pilots the right to “choose their own berths.”"
    assert _speaker_of("choose their own berths.", para) == "the statement"
    para = "At the dinner, Ana Roe spoke about her plan to “rebuild the pier by spring.”"
    assert _speaker_of("rebuild the pier by spring.", para) == "Ana Roe"


def test_a_poll_finds_and_a_band_sings() -> None:
    para = "The Harbour poll also finds that 40 percent of pilots call the plan “very risky.”"
    assert _speaker_of("very risky.", para) == "the Harbour poll"
    para = "As the Tidesmen sang back in the 1980s, “The pier is long and the night is short.”"
    assert _speaker_of("The pier is long and the night is short.", para) == "the Tidesmen"
