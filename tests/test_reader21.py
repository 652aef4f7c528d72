"""Reader round 21: "which hospital got hit?" typed with a past tense not made with "-ed",
"does he think it's a threat?" after a question about what an expert said, and "does X think
Y is …?" near a paragraph that calls Y "it", and "what concessions did X offer?" near a paragraph
where X offers nothing. Every text here is invented.
"""

from __future__ import annotations

from index.retrieval.checks.acts import act_unreported
from index.retrieval.checks.slots import unfilled
from index.retrieval.checks.which_one import asked_which, only_in_passing
from index.retrieval.checks.yes_no import name_untold
from index.retrieval.followup import put_speaker, resolve

FLOOD = "In Brava, the flood killed four people and damaged homes, a school and several bridges."


def test_which_noun_is_read_before_an_irregular_past_tense() -> None:
    assert asked_which("which school got flooded in brava") == "school"
    assert asked_which("Which bridge fell first?") == "bridge"
    assert asked_which("Which team won the cup?") == "team"
    # a name with the verb is still no noun asked after
    assert asked_which("Which Brava mayor?") is None


def test_which_noun_with_an_irregular_verb_is_refused_where_it_is_met_only_in_passing() -> None:
    assert only_in_passing("which school got flooded in brava", FLOOD)
    assert unfilled("which school got flooded in Brava", FLOOD, FLOOD) == "name"
    named = "In Brava, the flood reached the Tarn Road school and two bridges."
    assert not only_in_passing("which school got flooded in brava", named)
    assert not only_in_passing("Which bridge fell first?", "The old bridge in Kell fell first.")


def test_a_followup_on_he_asks_of_the_person_quoted_rather_than_the_previous_words() -> None:
    asked = "does he think the dam will hold"
    assert put_speaker(asked, "Ilse Varga") == "does Ilse Varga think the dam will hold"
    his_view = put_speaker("what was his view of the dam", "Ilse Varga")
    assert his_view == "what was Ilse Varga’s view of the dam"
    before = "What did the engineer say about the flood?"
    resolved = resolve(asked, before, None, "Ilse Varga")
    assert resolved.query == "does Ilse Varga think the dam will hold" and resolved.is_followup
    # with no one to read "he" as, the previous question is joined as before
    assert resolve(asked, before, None).query == f"{before} {asked}"


def test_a_followup_that_leans_on_more_than_the_person_keeps_the_previous_question() -> None:
    before = "What did the engineer say about the flood?"
    for asked in ("what else did he say", "and did he warn the mayor?", "when did he say that", "why?"):
        assert put_speaker(asked, "Ilse Varga") is None
        assert resolve(asked, before, None, "Ilse Varga").query == f"{before} {asked}"
    assert put_speaker("does she agree", "Ilse Varga") is None  # one word of its own


def test_a_name_after_a_verb_of_thinking_is_a_clause_subject_not_whom_the_act_was_on() -> None:
    quoted = "“I don’t think it is a danger to the valley, but it is a worry,” Varga said."
    assert not name_untold("Does Varga think Kell Dam is a danger to the valley?", quoted)
    assert not name_untold("does Varga believe Tarn is ready", "Varga said it was not ready.")
    # an act on someone still needs that someone named
    assert name_untold("Did Varga meet Governor Roe?", "Varga held two meetings in Kell.")


def test_what_thing_did_x_offer_needs_an_offer_in_the_paragraph() -> None:
    asked = "What concessions did the union offer in Kell?"
    assert act_unreported(asked, "The union and the port held talks in Kell, after which they met again.")
    assert not act_unreported(asked, "In Kell the union offered to end the overtime ban.")
    assert not act_unreported(asked, "The port was promised shorter shifts by the union.")
    assert act_unreported("what aid has Brava promised", "Brava’s mayor visited the flooded valley.")
