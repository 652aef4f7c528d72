"""Named speakers, issue 13 round 7: one English news construction per test.

Fictional sentences written for these tests (docs/attribution.md, round 7).
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes
from index.attribution.speakers.speakers import classify_speaker
from index.types import Quote


def _quotes(*paragraphs: str) -> list[Quote]:
    return extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))


def _speaker_of(words: str, *paragraphs: str) -> str | None:
    return next(q.speaker for q in _quotes(*paragraphs) if q.text == words)


def test_a_time_adjunct_is_no_part_of_the_speaker() -> None:
    para = "Harbour master Piet Hals on Monday called the plan “wishful thinking.”"
    assert _speaker_of("wishful thinking.", para) == "Piet Hals"
    para = "Ana Roe Thursday called the ferry plan “a joke.”"
    assert _speaker_of("a joke.", para) == "Ana Roe"
    para = "Ana Roe during a rally Sunday called the ferry plan “a joke.”"
    assert _speaker_of("a joke.", para) == "Ana Roe"
    para = "Most residents want the pier “open by May,” according to a harbour poll released Thursday."
    assert _speaker_of("open by May", para) == "a harbour poll"


def test_a_weekday_alone_stays_what_it_is() -> None:
    assert classify_speaker("Monday", None, frozenset()).name == "Monday"
    s = classify_speaker("a report to be published Friday", None, frozenset())
    assert (s.name, s.mention) == ("a report", "a report")


def test_a_conjunction_before_the_subject_and_its_apposition() -> None:
    para = "But Piet Hals, the harbour master, argues that the pier “will be ready by May.”"
    assert _speaker_of("will be ready by May.", para) == "Piet Hals"
    para = "And Ana Roe, a ferry captain, said the plan was “a joke.”"
    assert _speaker_of("a joke.", para) == "Ana Roe"


def test_a_conjunction_before_the_subject_of_a_participle() -> None:
    para = "But Mayor Ilse Brandvold refused to wait, saying the pier is “long overdue.”"
    assert _speaker_of("long overdue.", para) == "Ilse Brandvold"


def test_a_conjunction_before_an_adverbial_opens_no_subject() -> None:
    para = "But in May, Ana Roe said the plan was “a joke.”"
    assert _speaker_of("a joke.", para) == "Ana Roe"


def test_a_named_subject_of_a_subordinate_clause_owns_its_cue() -> None:
    para = "The mayor backed the plan on Tuesday, hours after Ana Roe said it was “a joke.”"
    assert _speaker_of("a joke.", para) == "Ana Roe"
    para = "The vote is notable because Harbour master Piet Hals has said he is “not ready” to back it."
    assert _speaker_of("not ready", para) == "Piet Hals"


def test_a_sentence_opening_preposition_is_no_subject() -> None:
    para = "Across the harbour, Mayor Ilse Brandvold likened the plan to “a joke.”"
    assert _speaker_of("a joke.", para) == "Ilse Brandvold"
    para = "Outside the hall, dozens of residents waved signs reading “Save the ferry.”"
    assert _speaker_of("Save the ferry.", para) is None


def test_a_name_after_and_opens_a_new_clause() -> None:
    para = "At one point, a fisherman asked for a photo and Ana Roe said, “as long as the pier stays open.”"
    assert _speaker_of("as long as the pier stays open.", para) == "Ana Roe"


def test_states_the_noun_is_no_cue() -> None:
    para = (
        "The ferry has won friends in many coastal states, and it has used “fair fares” "
        "to do so, said Ana Roe, a harbour historian."
    )
    assert _speaker_of("fair fares", para) == "Ana Roe"
    para = "The northern states account for half the fleet and “carry the trade,” Piet Hals wrote."
    assert _speaker_of("carry the trade", para) == "Piet Hals"


def test_states_the_verb_still_reports() -> None:
    assert (
        _speaker_of("registered in person.", "The law states that voters must be “registered in person.”")
        == "the law"
    )
    assert (
        _speaker_of("Voters must register in person", "“Voters must register in person,” the law states.")
        == "the law"
    )


def test_a_conjunction_and_an_adverb_before_a_sentence_subject() -> None:
    para = "And then Ana Roe went on the attack, saying, “Is the mayor going to answer?”"
    assert _speaker_of("Is the mayor going to answer?", para) == "Ana Roe"
    para = "Still Piet Hals likened the plan to “a joke.”"
    assert _speaker_of("a joke.", para) == "Piet Hals"


def test_more_reporting_verbs_after_a_quotation() -> None:
    para = "“Is the mayor listening?” reacted Ana Roe."
    assert _speaker_of("Is the mayor listening?", para) == "Ana Roe"
    para = "“Ferries should run all night,” opined the Harbour Gazette."
    assert _speaker_of("Ferries should run all night", para) == "the Harbour Gazette"
    para = "“The pier was always full,” remembered Piet Hals, the former harbour master."
    assert _speaker_of("The pier was always full", para) == "Piet Hals"


def test_agreed_reports_speech_but_not_an_undertaking() -> None:
    para = "Weighing in on the vote, harbour master Piet Hals agreed, praising the plan as “long overdue.”"
    assert _speaker_of("long overdue.", para) == "Piet Hals"
    para = "Ana Roe wrote that the fees would stay until the council agreed to pay “its fair share.”"
    assert _speaker_of("its fair share.", para) == "Ana Roe"


def test_an_unnamed_group_is_an_unnamed_source_not_an_office() -> None:
    """A plural noun that opens a sentence is capitalised, yet names nobody ("Economists said")."""
    for phrase in ("Economists", "Analysts", "Officials in the capital", "Transparency campaigners"):
        assert classify_speaker(phrase, None, frozenset()).kind == "anonymous", phrase
    assert classify_speaker("Kestle", None, frozenset()).kind == "office"  # one unknown name: an organisation
    assert classify_speaker("Marta Kestle", None, frozenset()).kind == "person"
    para = "Economists at the central bank said the slowdown “will not last the winter.”"
    (q,) = _quotes(para)
    assert (q.speaker, q.speaker_kind) == ("Economists at the central bank", "anonymous")


def test_a_pronoun_after_a_fronted_adverbial_is_the_clause_s_subject() -> None:
    """ "At a rally in X, on Thursday, Trump listed countries he said …": the subject, not the
    last speaker before it."""
    critic = "“There is no basis for any of this,” Joey Marand said in a statement."
    para = (
        "At a rally in Exeter, Devon, on Thursday evening, Tom Brack named the towns he said had "
        "failed. “We cannot fund them all,” he said."
    )
    assert _speaker_of("We cannot fund them all", critic, para) == "Tom Brack"
    # a name before a noun is no subject: the manager is ("Quill campaign manager Olek Brandt")
    memo = (
        "In a memo released on Tuesday, Quill campaign manager Olek Brandt admitted the defeat, "
        "which, he said, was “long expected.”"
    )
    assert _speaker_of("long expected.", critic, "Vera Quill spoke first.", memo) == "Olek Brandt"


def test_a_state_after_a_town_in_an_opening_adverbial_is_no_subject() -> None:
    from index.attribution.speakers.sentence_subject import leading_np

    assert leading_np("At a fair in Dover, Delaware, on Friday, Ana Roe left.") == ("Ana Roe", None)
    assert leading_np("After the vote, Olek Brandt, who chairs the panel, left.") == (
        "Olek Brandt", "who chairs the panel"
    )  # fmt: skip
    para = "At a fair in Dover, Delaware, on Friday, Ana Roe said the county was “broke.”"
    assert _speaker_of("broke.", para) == "Ana Roe"
