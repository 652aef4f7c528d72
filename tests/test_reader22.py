"""Reader round 22: "how many firefighters died …?" near a toll of people in general beside a
count of things damaged, "why were people protesting?" near a paragraph that names the
protests only as what someone else answered, "what did they agree upon?" near an agreement
only hoped for, "did more people die in X or in Y?" asking for two counts, and "when did X
first …?" near a paragraph whose only "first" orders two acts. Every text here is invented.
"""

from __future__ import annotations

from index.retrieval.checks.acts import act_unreported
from index.retrieval.checks.agreed import reports_agreement
from index.retrieval.checks.answer_type import want
from index.retrieval.checks.asked_kind import wanted
from index.retrieval.checks.cause_of import cause_of_other
from index.retrieval.checks.counts import counted_noun, counts_other
from index.retrieval.checks.tense import places_in_time, time_left_out

STORM = "In Kell, the storm killed 12 people and damaged the town hall and several public buildings."


def test_a_toll_of_people_beside_a_count_of_things_gives_no_count_of_a_group() -> None:
    for asked in ("How many firefighters died in the storm?", "How many Kell farmers were killed?"):
        noun = counted_noun(asked)
        assert noun is not None and counts_other(STORM, noun, asked)
    # the group named beside the toll, or a count of its own, still answers
    asked = "How many firefighters died in the storm?"
    among = "The storm killed 12 people, among them several firefighters."
    assert not counts_other(among, "firefighters", asked)
    assert not counts_other("Three firefighters died and several sheds burned.", "firefighters", asked)
    # a toll of people in general still answers a question about people in general
    everyone = "How many people died in the storm?"
    assert not counts_other(STORM, counted_noun(everyone), everyone)


def test_a_count_question_about_a_group_is_not_met_by_the_general_toll() -> None:
    asked = want("How many marchers were killed in the crackdown?")
    assert asked is not None and asked.required
    assert not asked.met_by(STORM)
    general = want("How many people were killed in the storm?")
    assert general is not None and general.met_by(STORM)


def test_why_were_people_doing_something_needs_a_reason_for_that_act() -> None:
    asked = "Why were people marching in Kell?"
    assert cause_of_other(asked, "The mayor threatened fines in response to the recent marches in Kell.")
    assert not cause_of_other(asked, "People were marching in Kell because the bus fares doubled.")
    assert not cause_of_other(asked, "The marches in Kell began after the bus fares doubled.")
    # "why is there nothing …?" names no act
    assert not cause_of_other("Why is there nothing left?", "In response to the storm, nothing is left.")


def test_an_agreement_only_hoped_for_does_not_tell_what_was_agreed() -> None:
    asked = "What did they agree upon?"
    assert act_unreported(asked, "The stalemate reflects a dispute over the scope of any potential pact.")
    assert act_unreported(asked, "Lee said talks go on to see whether a deal can be reached.")
    assert act_unreported(asked, "The talks in Kell ended without a deal.")
    assert not act_unreported(asked, "They agreed to reopen the border crossing in May.")
    assert not act_unreported("What did Lee and Roe agree on?", "Lee and Roe signed a pact on fishing.")
    assert not reports_agreement("The old disagreement over fishing rights lingers.")


def test_did_more_die_here_or_there_asks_for_counts() -> None:
    assert wanted("Did more people die in Kell or in Brava during the storm?") == "number"
    assert wanted("were fewer buses running in May or in June") == "number"
    assert wanted("Did more people die in Kell?") is None  # no choice: yes or no
    assert wanted("Did more rain fall or not?") is None


def test_first_ordering_two_acts_places_nothing_in_time() -> None:
    ordering = "The mayor wants to first convince the council that the bridge must be rebuilt."
    assert not places_in_time(ordering)
    assert time_left_out("When did Lee first become mayor?", ordering, True, False, False) == "time"
    # a word or clause of time still answers
    assert places_in_time("Lee was initially elected after the flood.")
    assert (
        time_left_out(
            "When did Lee first become mayor?", "Lee became mayor after the flood.", True, False, False
        )
        is None
    )
