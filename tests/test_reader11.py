"""Reader round 11: a near paragraph that leaves empty what the question asks for is refused.

Each check asks whether the cited text gives what the question's wh-word needs: a time for
"when" (by the calendar or by a clause of time, and of the thing asked about), what is to
come for "what will …", someone beyond the question's own people for "who", a name for
"what is the name of the <people's> spokesperson", words or a stand of the speaker for
"what did X say about …". Every text here is invented.
"""

from __future__ import annotations

from test_answer import evidence, para

from index.attribution.answers.about import about_speaker, reports_stance
from index.retrieval.checks.dated import only_as_anchor
from index.retrieval.checks.named import asks_name, mentions_people, names_anyone
from index.retrieval.checks.tense import asks_when_condition, asks_will, places_in_time
from index.retrieval.compose import compose_answer
from index.retrieval.referents import occasion_referent
from index.types import Answer, AnswerSentence, Citation


def _ask(question: str, text: str, number: int = 3) -> Answer:
    return compose_answer(evidence(question, (para("port", number, text), 2.0, 0.7, 0.8)), threshold=0.5)


# --- "when" ------------------------------------------------------------------------------


def test_when_is_refused_near_a_paragraph_that_places_nothing_in_time() -> None:
    q = "When did the harbour master say the dredging plan is a local matter?"
    untimed = "The harbour master said the dredging plan is a local matter, not one for the ministry."
    answer = _ask(q, untimed)
    assert answer.abstained and answer.missing == ("time",)
    timed = "The harbour master said after the vote that the dredging plan is a local matter."
    assert not _ask(q, timed).abstained
    assert places_in_time("It came over the weekend.") and not places_in_time(untimed)


def test_when_opening_a_condition_asks_for_no_time() -> None:
    assert asks_when_condition("When the river floods, what does the council close?")
    assert not asks_when_condition("When did the river flood?")
    q = "When the river floods, what does the council close?"
    assert not _ask(q, "The council closes the lower bridge and the ferry landing.").abstained


def test_when_is_not_answered_by_what_came_before_the_thing_asked_about() -> None:
    q = "When did the truce between the fishing fleets take effect?"
    anchor = "The coastguard later seized two trawlers, before a truce between the fleets took effect."
    assert only_as_anchor(q, anchor)
    answer = _ask(q, anchor)
    assert answer.abstained and answer.missing == ("time",)
    assert not only_as_anchor(q, "The truce took effect after a night of talks.")
    assert not _ask(q, "The truce between the fleets took effect on 3 May.").abstained


def test_when_will_needs_a_time_or_a_span_from_now() -> None:
    q = "When will the next round of wage talks take place?"
    answer = _ask(q, "The union said another round of wage talks would follow.")
    assert answer.abstained and answer.missing == ("time",)
    soon = "Another round of wage talks will take place within two weeks, the union said."
    assert not _ask(q, soon).abstained


# --- "what will …" -----------------------------------------------------------------------


def test_what_will_needs_a_paragraph_that_speaks_of_what_is_to_come() -> None:
    assert asks_will("What will the council do if the ferry company refuses to pay?")
    assert not asks_will("What would a pilot do in fog?") and not asks_will("What did the council do?")
    q = "What will the council do if the ferry company refuses to pay the harbour fees?"
    done = "So far the ferry company has refused to pay the harbour fees, though the council wants them paid."
    answer = _ask(q, done)
    assert answer.abstained and answer.missing == ("future",)
    assert answer.unstated_reply == "The articles don't say what will happen"
    ahead = "The council will take the ferry company to court if it refuses to pay the harbour fees."
    assert not _ask(q, ahead).abstained


# --- "who" -------------------------------------------------------------------------------


def test_who_needs_someone_beyond_the_question_s_own_people() -> None:
    q = "Who represented the United States at the fisheries talks with Norway in Bergen?"
    bare = "The U.S. Has resumed fisheries talks with Norway in Bergen, talks that failed to produce a deal."
    assert not names_anyone(bare, q) and not mentions_people(bare)
    answer = _ask(q, bare)
    assert answer.abstained and answer.missing == ("name",)
    named = "The U.S. sent Ana Ruiz to the fisheries talks with Norway in Bergen."
    assert not _ask(q, named).abstained
    by_role = "The U.S. sent its deputy trade negotiator to the fisheries talks with Norway in Bergen."
    assert not _ask(q, by_role).abstained


def test_a_sentence_opening_name_and_foreign_capitals_count_as_names() -> None:
    q = "Who chose Ögedei's successor?"
    assert names_anyone("Tolui chose the successor.", q)
    assert names_anyone("The council chose Ötzi as successor.", "Who was chosen?")
    assert not names_anyone("Unlike last year, Brava chose quickly.", "Who did Brava choose?")


# --- "what is the name of …" -------------------------------------------------------------


def test_the_name_of_an_office_holder_described_by_a_people_s_name_is_a_name_question() -> None:
    q = "What is the name of the Norwegian fisheries ministry spokesperson who criticised the quota?"
    assert asks_name(q)
    unnamed = "Norway’s fisheries ministry spokesperson criticised the quota on Friday as “unworkable”."
    answer = _ask(q, unnamed)
    assert answer.abstained and answer.missing == ("name",)


# --- "what did X say about Y?" -----------------------------------------------------------


def _answer(text: str) -> Answer:
    c = Citation(doc_id="port", title="Port", paragraph=4, quote=text, text=text)
    return Answer("q", (AnswerSentence(text, 0),), (c,), abstained=False)


def test_a_sentence_naming_the_speaker_acting_says_nothing_they_said() -> None:
    q = "What did Mayor Ruiz say about the dock workers buying their flats?"
    met = _answer("Ruiz and the union will also meet amid anger over dock workers buying their flats.")
    assert not about_speaker(met, "Mayor Ruiz", q)
    spoke = _answer("Ruiz said the dock workers buying their flats was good news.")
    assert about_speaker(spoke, "Mayor Ruiz", q)
    stood = _answer("The sale goes ahead despite Ruiz’s past opposition to it.")
    assert about_speaker(stood, "Mayor Ruiz", q)
    assert reports_stance("In a statement, the port welcomed it.") and not reports_stance("They met.")


# --- follow-ups --------------------------------------------------------------------------


def test_an_occasion_named_by_a_pronoun_takes_the_previous_question_s_words() -> None:
    previous = "How long did the harbour meeting between Ruiz and the union last?"
    assert occasion_referent("after it", previous) == "after the harbour meeting"
    assert occasion_referent("after it?", previous) == "after the harbour meeting?"
    assert occasion_referent("the dredging", previous) == "the dredging"
    assert occasion_referent("after it", None) == "after it"


def test_how_x_responded_may_be_answered_by_what_x_did() -> None:
    q = "How did the governor respond to the dockers' strike?"
    acted = _answer("In response, the governor sent two regiments to the docks.")
    assert about_speaker(acted, "the governor", q)
    assert not about_speaker(acted, "the governor", "What did the governor say about the dockers' strike?")
