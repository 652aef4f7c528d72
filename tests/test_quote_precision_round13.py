"""Quote precision, issue 13 round 13: titles joined to a title.

Fictional sentences written for these tests (docs/attribution.md, round 13).
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes


def _texts(*paragraphs: str) -> list[str]:
    quotes = extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))
    return [q.text for q in quotes if q.kind != "indirect"]


def test_a_title_joined_to_a_title_is_no_quote() -> None:
    # the first title follows "starred in", the second only "and": both are names of works
    para = "Ana Roe, who starred in “Harbour Nights” and “The Pier Keeper,” posted the video on Friday."
    assert _texts(para) == []
    # a list after "on": the first is a title (a preposition, two capitalised words), the rest joined to it
    para = "Roe will appear on “Morning Tide,” “Coast Report” and “Late Edition” next week."
    assert _texts(para) == []


def test_words_after_a_title_stay_quotes() -> None:
    # a quotation after a title keeps its marks: it is no capitalised name
    para = "Roe, who starred in “Harbour Nights,” said “we will rebuild the pier.”"
    assert _texts(para) == ["we will rebuild the pier."]
    # a capitalised quotation not joined by "and"/"or"/a comma to the title stays
    para = "On “Morning Tide” Roe was asked about the pier. “Absolutely Not,” she said."
    assert _texts(para) == ["Absolutely Not"]


def test_a_title_before_its_kind_of_work_is_no_quote() -> None:
    assert _texts("“Salt Roads” is an HBO drama that follows two pilots.") == []
    assert _texts("Next week “Harbour Lights,” a film about the port, opens in Ostrava.") == []
    assert _texts("Roe is the author of the hit Broadway play, “Low Tide.”") == []
    # a quotation followed by its source is no title
    assert _texts("“We will rebuild the pier,” a report by the council says.") == ["We will rebuild the pier"]


def test_a_button_the_reader_is_told_to_click_is_no_quote() -> None:
    assert _texts("Enter your email address and click “sign up.” That is all.") == []
    assert _texts("Sign up by entering your email and clicking the “subscribe” button:") == []
    # longer words after "click" stay (a reader is quoted clicking nothing)
    assert _texts("Roe urged voters to click and read, saying “the pier is ours and we keep it.”") == [
        "the pier is ours and we keep it."
    ]


def test_a_title_with_small_lowercase_words_before_the_thing_it_labels_is_no_quote() -> None:
    assert _texts("“Salt is the New Gold” star Ana Roe opened the festival.") == []
    assert _texts("In the square, a group dressed in “We are Harbour” T-shirts marched in silence.") == []
    # a capitalised quotation with a cue stays
    assert _texts("“Rain Is Coming,” Roe said of the storm.") == ["Rain Is Coming"]


def test_a_name_before_an_event_or_a_letter_it_labels_is_no_quote() -> None:
    assert _texts("The “Harbour Nights” sketch aired after the vote.") == []
    assert _texts("Roe and the board wrote a series of “Dear Neighbour” letters to the port.") == []
    assert _texts("Roe declined to judge the “Miss Coast” pageant this year.") == []
