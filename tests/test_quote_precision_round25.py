"""Quote precision, issue 13 round 25: a short term in the writer's own question, a gloss
that translates the quotation before it, and a work's title ending in ``!`` after its kind
are no one's words.

Fictional sentences written for these tests (docs/history.md, prec25).
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes


def _quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    quotes = extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))
    return [(q.text, q.speaker) for q in quotes if q.kind != "indirect"]


def test_a_term_in_the_writers_question_is_no_quote() -> None:
    assert _quotes("Ana Lund wants the pier rebuilt. What “progress” does she mean?") == []
    para = "Were the dockers too “militant,” or not “militant” enough? The vote will tell."
    assert _quotes(para) == []


def test_a_question_someone_asks_or_says_keeps_its_quote() -> None:
    # a cue in the sentence: the question reports someone's words
    assert _quotes("Why did Ana Lund say the pier was “a disgrace”?") == [("a disgrace", "Ana Lund")]
    # the question inside the marks is the speaker's own
    assert _quotes("“Why now?” Ana Lund asked.") == [("Why now?", "Ana Lund")]
    # a statement, not a question: the earlier rules decide, as before
    assert _quotes("Ana Lund called the plan “a disgrace.”") == [("a disgrace.", "Ana Lund")]


def test_a_gloss_of_the_quote_before_is_no_quote() -> None:
    para = "Ana Lund signed her letter “Festina lente,” Latin for “make haste slowly.”"
    assert [t for t, _ in _quotes(para)] == ["Festina lente"]


def test_a_works_title_ending_in_a_bang_after_its_kind_is_no_quote() -> None:
    para = "Ana Lund once sang in the musical “Harbour Lights: Not Again!” before politics."
    assert _quotes(para) == []
    # after a preposition alone, an exclamation in marks may be a shout and stays
    assert _quotes("Ana Lund shouted “Stop Now!” at the crane driver.") == [("Stop Now!", "Ana Lund")]


def test_words_quoted_in_a_links_text_are_its_title() -> None:
    para = 'Read more: <a href="/rally">Ana Lund at the quay: “We will not move”</a> (video).'
    assert _quotes(para) == []
    # the same words quoted after the link, with a cue, are hers
    para += " “We will not move,” Ana Lund said."
    assert _quotes(para) == [("We will not move", "Ana Lund")]


def test_a_name_before_the_noun_it_labels_in_a_title_case_heading_is_no_quote() -> None:
    assert _quotes("“Harbour Lights” Star Recalls Her First Night On Stage.") == []
    # a lowercase noun after a sentence in marks: a speaker's words, as before
    assert _quotes("“We Will Stay,” Ana Lund told the rally.") == [("We Will Stay", "Ana Lund")]


def test_a_series_named_by_its_season_or_its_editor_is_no_quote() -> None:
    assert _quotes("Fans finally have a trailer for season two of “Harbour.”") == []
    assert _quotes("Ana Lund edits “Quay Notes” for the Harbour Post.") == []
    # lowercase words after "edits" are a phrase someone used, not a title
    para = "Ana Lund edits “whatever the mayor sends,” her deputy said."
    assert _quotes(para) == [("whatever the mayor sends", "Ana Lund’s deputy")]
