# ruff: noqa: E501
"""Journalist round 25: a did-say or what-said about someone the article quotes only
second-hand ("did the farmers say …?" of a source's "The farmers are telling us they will
block the road") is answered with that report, not "No. That was <the source>" or "I found no
quotes"; "who spoke on the record?" lists the named sources ("which officials …": those with a
post); "the Valdorian side" is Valdoria, its office-holders and its officials; two quotations
of one sentence name their speaker once. Every text here is invented (README, "Journalist
round 25")."""

from __future__ import annotations

from news_fixtures import ask_about

from index.attribution.checks.relayed import relayed_from
from index.cli.render import answer_text, verdict_text

ROADS = "\n\n".join(
    [
        "Farmers threaten to block the coast road",
        "“The farmers are telling us they will block the coast road on Friday, but the mayor "
        "has no plan,” said Ines Varga, a regional councillor.",
        "“The Moldovans told me they will not send more trucks,” a port official said.",
        "“We will open the road again by Sunday,” police chief Otto Brenn said.",
    ]
)


def test_a_did_say_of_a_group_quoted_second_hand_is_answered_with_the_report() -> None:
    a = ask_about(ROADS, "did the farmers say they will block the coast road on Friday?")
    att = a.attribution
    assert att is not None and att.verdict == "relaying"
    assert att.relayed == "the farmers" and att.said_by == "Ines Varga"
    assert att.note is not None and "second-hand" in att.note and "Ines Varga" in att.note
    assert (verdict_text(a) or "").startswith("Not as their own words. Ines Varga reports the farmers")


def test_a_country_asked_for_its_people_quoted_second_hand() -> None:
    a = ask_about(ROADS, "did Moldova say it will not send more trucks?")
    assert a.attribution is not None and a.attribution.verdict == "relaying"
    assert a.attribution.relayed == "the Moldovans"


def test_words_after_someone_else_s_report_or_outside_it_are_not_second_hand() -> None:
    # the mayor's plan is the councillor's own comment, after the farmers' words
    a = ask_about(ROADS, "did the farmers say the mayor has no plan?")
    assert a.attribution is not None and a.attribution.verdict != "relaying"
    # the police chief is quoted in person: no report of anyone else's words
    a = ask_about(ROADS, "did the farmers say the road will open again by Sunday?")
    assert a.attribution is not None and a.attribution.verdict != "relaying"
    assert relayed_from("the police", "they will open the road", "We will open the road again") is None


HARBOUR_TALKS = "\n\n".join(
    [
        "Ferry talks stall in Brava",
        "“We will not raise the fares this year,” said Transport Minister Lea Dorn.",
        "“The ferries are old and the fares will have to rise,” said Paul Amsel, an economist at Brava University.",
        "“Nobody in the ministry believes the fares can stay where they are,” said an official who asked not to be named.",
        "The port authority said the new ferry would arrive in May.",
    ]
)


def _listed(question: str) -> list[str | None]:
    a = ask_about(HARBOUR_TALKS, question)
    assert a.attribution is not None and a.attribution.kind == "who_quoted", question
    return list(dict.fromkeys(q.speaker for q in a.attribution.quotes))


def test_who_spoke_on_the_record_lists_the_named_sources_only() -> None:
    for question in ("who spoke on the record?", "who was quoted by name?", "who are the named sources?"):
        assert _listed(question) == ["Lea Dorn", "Paul Amsel", "the port authority"], question
    # the anonymous sources are still what "who was quoted anonymously?" lists
    assert _listed("who was quoted anonymously?") == ["an official"]


def test_which_officials_spoke_on_the_record_leaves_out_experts() -> None:
    # a minister holds a post; an economist at a university studies one
    assert _listed("which officials spoke on the record?") == ["Lea Dorn", "the port authority"]
    a = ask_about(HARBOUR_TALKS, "which officials spoke on the record?")
    assert answer_text(a).startswith("Who is quoted on the record (2 speakers")


BORDER = "\n\n".join(
    [
        "Border talks resume",
        "Valdorian officials say the crossing will reopen once the bridge is repaired.",
        "“We have asked for nothing more than a fair toll,” said Valdoria’s trade ministry spokesperson.",
        "“The toll is a tax on our farmers,” said Ines Koll, the Ostrian trade minister.",
        "“Both sides want the bridge open,” said Marc Eller, a Valdorian-born historian.",
    ]
)


def test_a_country_s_side_is_its_offices_its_office_holders_and_its_officials() -> None:
    a = ask_about(BORDER, "what did the Valdorian side say?")
    att = a.attribution
    assert att is not None and att.verdict == "listed"
    # the historian born there does not speak for the state; the other country's minister neither
    assert {q.speaker for q in att.quotes} == {
        "Valdorian officials",
        "Valdoria’s trade ministry spokesperson",
    }
    a = ask_about(BORDER, "did the Valdorian side say the crossing will reopen once the bridge is repaired?")
    assert a.attribution is not None and a.attribution.verdict == "yes"
    assert a.attribution.said_by == "Valdorian officials"


def test_two_quotations_of_one_sentence_name_their_speaker_once() -> None:
    text = "\n\n".join(
        [
            "Bridge tolls",
            "Brava’s transport minister Ana Pic warned that the toll would have a “costly” effect that is “unfair to farmers”.",
        ]
    )
    a = ask_about(text, "what did Ana Pic say?")
    assert a.attribution is not None and len(a.attribution.quotes) == 2
    tags = [line for line in answer_text(a).splitlines() if line.startswith("— ")]
    assert len(tags) == len(set(tags)) == 1


def test_what_a_group_said_when_only_a_source_reports_it() -> None:
    a = ask_about(ROADS, "what did the farmers say?")
    att = a.attribution
    assert att is not None and att.verdict == "listed"
    assert [q.speaker for q in att.quotes] == ["Ines Varga"]
    assert att.note == "no quote of the farmers in person, only second-hand, as Ines Varga reports it"
    # a speaker quoted in person is listed as before, with no such note
    a = ask_about(ROADS, "what did Otto Brenn say?")
    assert a.attribution is not None and a.attribution.note is None
    assert [q.speaker for q in a.attribution.quotes] == ["Otto Brenn"]
