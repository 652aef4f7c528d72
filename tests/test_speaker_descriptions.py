"""Definite descriptions as speakers (``the mayor said``) and malformed speaker phrases.

Issue 13, round 4. A description names a person only when the article ties it to that
person (a title before the name, an apposition, a recorded role with the same head);
otherwise it stays as written. Fictional sentences written for these tests.
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes
from index.attribution.speakers.descriptions import same_description as _same
from index.attribution.speakers.descriptions import ties
from index.types import Quote


def _quotes(*paragraphs: str) -> list[Quote]:
    return extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))


def _speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in _quotes(*paragraphs)]


def test_title_before_the_name_ties_the_description() -> None:
    got = _quotes(
        "“We will reopen the library,” said Mayor Ilse Brandvold on Monday.",
        "“The budget allows it,” the mayor said.",
    )
    assert [q.speaker for q in got] == ["Ilse Brandvold", "Ilse Brandvold"]
    assert got[1].mention == "the mayor"


def test_apposition_ties_the_description() -> None:
    got = _speakers(
        "“The river is rising,” said Tomas Lindqvist, the harbour master, at a briefing.",
        "“We will close the quay tonight,” the harbour master added.",
    )
    assert got == ["Tomas Lindqvist", "Tomas Lindqvist"]


def test_an_untied_description_stays_as_written() -> None:
    got = _speakers(
        "“The plan is sound,” said Sen. Edda Morland, who chairs the transport committee.",
        "“It will cost twice as much,” the Ohio senator replied.",
    )
    assert got == ["Edda Morland", "the Ohio senator"]


def test_a_description_is_not_a_person_met_only_inside_a_long_role() -> None:
    got = _speakers(
        "“The figures were checked,” said Karin Vold, one of the authors of the audit report.",
        "“Spending rose by a third,” the report said.",
    )
    assert got == ["Karin Vold", "the report"]


def test_former_president_is_not_a_former_vice_president() -> None:
    got = _speakers(
        "“I was never asked,” said former Vice President Aldo Benning.",
        "“He knew everything,” the former president said.",
    )
    assert got == ["Aldo Benning", "the former president"]


def test_ties_reads_abbreviated_titles_and_the_head_of_each_role() -> None:
    assert ties("Gov.", "the governor")
    assert ties("the former state governor and bank chairman", "the chairman")
    assert not ties("one of the authors of the report", "the report")
    assert not ties(None, "the mayor")


def test_the_statement_is_its_issuers_when_the_article_says_who_issued_it() -> None:
    got = _quotes(
        "“The ferry will run again on Friday,” the Nordvik Ferry Company said in a statement.",
        "“Passengers will be refunded,” the statement added.",
    )
    assert [q.speaker for q in got] == ["the Nordvik Ferry Company", "the Nordvik Ferry Company"]
    assert got[1].mention == "the statement"


def test_the_statement_stays_as_written_when_no_one_is_said_to_have_issued_it() -> None:
    got = _speakers(
        "The Nordvik Ferry Company closed two routes last week.",
        "“Passengers will be refunded,” the statement said.",
    )
    assert got == ["the statement"]


def test_a_participle_after_the_article_is_an_adjective() -> None:
    (q,) = _quotes("The retired pilot addressed the hearing, remarking that the runway was “far too short.”")
    assert q.speaker == "the retired pilot"


def test_a_time_phrase_opening_the_sentence_is_not_the_subject() -> None:
    (q,) = _quotes("Hours later, Petra Moen answered the mayor, telling reporters, “We are still friends.”")
    assert q.speaker == "Petra Moen"


def test_more_from_a_source_before_a_colon() -> None:
    got = _speakers(
        "Turnout fell in the north - More from the survey: “Young voters stayed at home.”",
        "Why the count took a week - From Ivo Rask: “The machines were new.”",
    )
    assert got == ["the survey", "Ivo Rask"]


def test_the_name_ending_a_clause_before_a_colon() -> None:
    (q,) = _quotes("The early lead does not surprise county pollster Dagny Holm: “Small towns vote first.”")
    assert q.speaker == "Dagny Holm"


def test_a_party_and_state_in_parentheses_after_an_inverted_cue() -> None:
    (q,) = _quotes(
        "“The bill is dead,” said former Rep. Arne Vik (D-Ore.), one of its four authors, along "
        "with Rep. Tove Lie (R-Ohio)."
    )
    assert (q.speaker, q.mention) == ("Arne Vik", "former Rep. Arne Vik")


def test_as_x_put_it() -> None:
    got = _speakers(
        "As the Harbour Gazette put it, “The ferry is a lifeline, not a luxury.”",
        "As Ola Berg, the party leader, put it to reporters, “We will hold hearings.”",
    )
    assert got == ["the Harbour Gazette", "Ola Berg"]


def test_put_it_on_a_list_is_not_a_cue() -> None:
    (q,) = _quotes("The clerk put it on the “urgent” pile, Ola Berg said.")
    assert q.cue == "said"


def test_as_reported_by_opening_a_sentence_names_the_source() -> None:
    (q,) = _quotes("As reported by the Harbour Gazette, the mayor found both plans “unworkable.”")
    assert q.speaker == "the Harbour Gazette"


def test_as_reported_by_after_a_cue_is_an_outer_source() -> None:
    got = _speakers(
        "“We won,” Lund noted in an interview, as reported by the Gazette. “And we will win again.”"
    )
    assert got == ["Lund", "Lund"]


def test_an_adverb_of_time_opening_the_sentence_is_not_the_subject() -> None:
    (q,) = _quotes("Immediately after the vote, Per Lund issued a statement: “We won.”")
    assert q.speaker == "Per Lund"


def test_a_lowercase_noun_phrase_between_a_quotation_and_its_cue() -> None:
    got = _speakers(
        "“The harm cannot be measured,” federal prosecutors wrote in a filing.",
        "“There is some unease,” super PAC spokeswoman Kari Vang said. “The plan lacks detail.”",
    )
    assert got == ["federal prosecutors", "Kari Vang", "Kari Vang"]


def test_a_scare_quote_before_a_verb_does_not_make_a_subject() -> None:
    got = _quotes("Officials called the plan “ambitious” and local farmers said little about it.")
    assert all(q.speaker != "local farmers" for q in got)


def test_an_abbreviated_title_does_not_end_the_sentence() -> None:
    got = _speakers(
        "“The port needs dredging,” said Del. Mara Quist.",
        "“We have the money,” Amb. Teo Lind said on Monday.",
    )
    assert got == ["Mara Quist", "Teo Lind"]


def test_a_lowercase_past_verb_ends_a_description_opening_the_sentence() -> None:
    (q,) = _quotes("The harbour board sent out a notice to members saying: “The quay is closed.”")
    assert q.speaker == "the harbour board"


def test_a_name_that_is_also_a_verb_is_kept_whole() -> None:
    (q,) = _quotes("Prime Minister Ida May told the house it was “a fair deal.”")
    assert q.speaker == "Ida May"


def test_a_person_noun_subject_owns_a_quote_without_a_cue() -> None:
    (q,) = _quotes(
        "The Green candidate sent supporters a letter on Monday promising to “fight for every ferry.”"
    )
    assert q.speaker == "the Green candidate"


def test_a_thing_as_subject_still_owns_no_quote_without_a_cue() -> None:
    # round 7: a scare quote is no quote at all (tests/test_scare_quotes.py)
    assert not any(q.speaker for q in _quotes("The new timetable leaves “almost no room” for delays."))


def test_an_inverted_read_names_the_text() -> None:
    got = _speakers(
        "“The council has less spine than a jellyfish,” reads a Sunday editorial in the Harbour Gazette.",
        "“We are grateful,” read the statement, which was signed by Lund.",
    )
    assert got == ["a Sunday editorial in the Harbour Gazette", "the statement"]


def test_an_inverted_read_naming_no_text_is_no_cue() -> None:
    (q,) = _quotes("“Stay calm,” read Ola Berg to the class.")
    assert q.cue is None


def test_a_text_as_subject_owns_the_quote_it_holds() -> None:
    got = _speakers(
        "The ad targets a “rigged system that buys off elections.”",
        "The lawsuit contends that “the ferry operator ignored every warning.”",
    )
    assert got == ["the ad", "the lawsuit"]


def test_a_plural_noun_before_a_relative_that_is_not_a_verb() -> None:
    (q,) = _quotes("All people or entities that trade goods are “undertakings,” the court said.")
    assert q.speaker == "the court"


def test_a_description_with_a_complement_must_repeat_the_earlier_one() -> None:
    got = _speakers(
        "The third rule, the board said, is “never negotiable.”",
        "The second rule of the charter, the board added, is “open to debate.”",
    )
    assert got == ["the board", "the board"]
    assert not _same("the third rule", "the second rule of the charter")
    assert _same("a new poll by the harbour institute", "the poll")
