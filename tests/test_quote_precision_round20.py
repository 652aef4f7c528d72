"""Quote precision, issue 13 round 20: quoted words that describe a speaker, posters dated
by their year, and quotes inside an interview's answers.

Fictional sentences written for these tests (docs/history.md, round 20).
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes


def _quotes(*paragraphs: str, title: str = "Title line") -> list[tuple[str, str | None, str]]:
    quotes = extract_quotes(doc(title + "\n\n" + "\n\n".join(paragraphs), "one"))
    return [(q.text, q.speaker, q.kind) for q in quotes if q.kind != "indirect"]


def _texts(*paragraphs: str) -> list[str]:
    return [text for text, _, _ in _quotes(*paragraphs)]


def test_words_describing_the_speaker_of_an_inverted_cue_are_no_quote() -> None:
    # the speaker's book, after "author of"
    para = "“We will rebuild the pier,” said Ana Lund, author of “The Long Tide,” a history of the port."
    assert _texts(para) == ["We will rebuild the pier"]
    # a label for a group the speaker belongs to
    para = "“The tide tables are wrong,” said Piet Marsh, one of the original “harbour five” pilots."
    assert _texts(para) == ["The tide tables are wrong"]
    # a relative clause about the speaker
    para = "“Nobody listens,” said Ana Lund, whose blog profiles “stubborn” fishermen."
    assert _texts(para) == ["Nobody listens"]


def test_words_the_speaker_goes_on_to_say_stay_quotes() -> None:
    # a comma hands back to the speaker
    para = "“We won,” said Piet Marsh, “and we will win again.”"
    assert _texts(para) == ["We won", "and we will win again."]
    # a gerund reports more words
    para = "“It is late,” said Piet Marsh, urging the board to “act before the storm.”"
    assert _texts(para) == ["It is late", "act before the storm."]
    # a clause with "that"
    para = "“It is late,” said Piet Marsh, who warned that the pier was “rotten to the core.”"
    assert _texts(para) == ["It is late", "rotten to the core."]
    # a verb of thinking
    para = "“It is late,” said Piet Marsh, who thinks the board is “asleep.”"
    assert _texts(para) == ["It is late", "asleep."]
    # the cue's quotation does not open the sentence: the words after it go on with the speaker's
    para = "In “keeping with the charter,” said the harbour board, the “orders of the port” bind every pilot."
    assert _texts(para) == ["keeping with the charter", "orders of the port"]
    # a verb of saying in a relative clause
    para = "“It is late,” said an official who described the delay as “a disgrace.”"
    assert _texts(para) == ["It is late", "a disgrace."]


def test_posters_dated_by_their_year_are_no_quotes() -> None:
    para = "“Yes to the harbour” (2009) — “No to tolls” (Ostrava council poster, 2011)."
    assert _texts(para) == []
    # a bracket that opens a clause is no date of the words
    para = "Lund promised “a bridge for everyone” (and she built one in 2009)."
    assert _texts(para) == ["a bridge for everyone"]


def test_quotes_inside_an_interview_answer_are_the_answer_s() -> None:
    paras = (
        "Q: What do voters hear from your rival?",
        "A: The same pitch every week. “The port belongs to you.” It works on them.",
        "Q: And your own party?",
        "A: As Piet Marsh said last week, “we must act now.”",
    )
    got = _quotes(*paras, title="Q&A with Ana Lund on the harbour race")
    direct = [(text, speaker) for text, speaker, kind in got if kind != "transcript"]
    assert direct == [("we must act now.", "Piet Marsh")]
    assert [speaker for _, speaker, kind in got if kind == "transcript"] == ["Ana Lund", "Ana Lund"]


def test_a_name_on_a_campaign_item_is_no_quote() -> None:
    para = "Ana Lund, who wore “Kell for Mayor” campaign buttons, told reporters “we came to win.”"
    assert _texts(para) == ["we came to win."]
    # the campaign itself, not an item of it, keeps its quote as before
    para = "Ana Lund said the “Kell for Mayor” campaign was over."
    assert _texts(para) == ["Kell for Mayor"]


def test_a_work_cited_as_the_source_is_no_quote() -> None:
    para = "One winter the port nearly closed, according to “The Harbour Ledger” by Piet Marsh."
    assert _texts(para) == []
    # a capitalised slogan after "to" with no owner before it stays someone's words
    para = "Lund pledged to “Keep The Port Open” if elected."
    assert _texts(para) == ["Keep The Port Open"]


def test_words_listed_as_examples_of_words_are_no_quotes() -> None:
    para = "Clerks searched the logs for terms such as “tide,” “pilot” and “harbour fees.”"
    assert _texts(para) == []
    # with a cue, the words are someone's choice of words and stay quotes
    para = "Lund told reporters to drop words like “maybe” and “perhaps.”"
    assert _texts(para) == ["maybe", "perhaps."]
