"""Reader round 24: "what was the outcome of the summit?" near a paragraph whose result word
is in a sentence about other talks, or is still open ("the outcome … will"); "what is the name
of the Bravan mayor?" near "Mayor Varga", whom another paragraph calls Tarn's mayor; "when was
the strike?" after "who won the strike?", refused because the last question's words pulled back
a paragraph that dates nothing; "what are the names of X's daughters?" near "his two adult
daughters". Every text here is invented.
"""

from __future__ import annotations

from pathlib import Path

from test_answer import evidence, para

from index.engine import Engine, Turn
from index.retrieval.checks.acts import act_unreported, tells_denial
from index.retrieval.checks.counted import Counted, counted
from index.retrieval.checks.office import office_of_another, owned_office
from index.retrieval.checks.results import result_unreported
from index.retrieval.checks.yes_no import asked_fact, fact_untold
from index.retrieval.compose import compose_answer
from index.retrieval.followup import asks_whole
from tests.conftest import corpus_settings

# --- a result of the thing asked about ----------------------------------------------------------


def test_a_result_told_of_other_talks_is_not_the_result_of_the_summit() -> None:
    q = "What was the outcome of the summit?"
    other = "The summit was held amid a row over fishing. Talks on the border last month failed."
    assert result_unreported(q, other)
    assert result_unreported("What came out of the summit?", other)
    # told of the summit itself, or in the sentence after the one that names it
    assert not result_unreported(q, "The summit ended with a pact on fishing quotas.")
    assert not result_unreported(q, "The summit was held in Kell. It produced a pact on quotas.")
    # a paragraph that never names the summit keeps the word-level reading
    assert not result_unreported(q, "Both leaders agreed to cut the fishing quotas by a tenth.")


def test_a_result_still_open_is_no_result() -> None:
    q = "What was the outcome of the summit?"
    assert result_unreported(q, "The outcome of the summit will shape trade in the region for years.")
    assert result_unreported(q, "Whether the summit paid off remains unclear; its effect remains unknown.")
    assert not result_unreported(q, "The summit's outcome was a pact that cut fishing quotas.")


# --- an office whose holder another paragraph gives another owner -------------------------------


def test_an_office_asked_with_its_owners_adjective_or_by_name_is_owned() -> None:
    assert owned_office("What is the name of the Bravan mayor?") == ("Bravan", "mayor")
    assert owned_office("who is the Bravan foreign minister") == ("Bravan", "foreign minister")
    assert owned_office("What is the name of Brava's mayor?") == ("Brava", "mayor")
    assert owned_office("Who is the mayor?") is None


def test_an_unowned_office_is_another_owners_when_the_articles_say_so() -> None:
    q = "What is the name of the Bravan mayor?"
    paragraph = "“He fears Mayor Varga will not back the ferry plan,” an aide said."
    assert office_of_another(q, paragraph, "On Monday, Tarn Mayor Ilse Varga opened the bridge.")
    assert not office_of_another(q, paragraph, "On Monday, Bravan Mayor Ilse Varga opened the bridge.")
    # nothing said of her office elsewhere: she may be the one asked about
    assert not office_of_another(q, paragraph, "The bridge opened on Monday.")
    assert not office_of_another(q, paragraph)


# --- a whole question after a refusal -----------------------------------------------------------

STRIKE = """Dock workers in Tarnby ended a long walkout on Friday, union leaders said.

The dock strike began in March, when crane drivers walked out over pay and night shifts.

Few in the town believe anyone won the strike, which left ships stranded and cost the port millions of kroner.

Harbour master Ilse Varga said the backlog of cargo would take a month to clear.
"""


def test_asks_whole_is_a_question_about_a_thing_named_with_its_article() -> None:
    assert asks_whole("When was the strike?") and asks_whole("where is the port?")
    assert not asks_whole("When?") and not asks_whole("how many died?") and not asks_whole("and the date?")


def test_a_whole_follow_up_refused_with_the_last_question_is_asked_alone(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "strike.txt").write_text(STRIKE, encoding="utf-8")
    with Engine.open(corpus_settings(tmp_path), build=True) as engine:
        first = engine.ask("Who won the strike?")
        second = engine.ask("When was the strike?", Turn(first.question, first))
    assert not second.abstained
    assert "began in March" in second.text


# --- names asked for, near their count only -----------------------------------------------------

COUNT_ONLY = para(
    "mill", 3, "Berg, who runs the mill with his two adult daughters, said the fire began at night."
)
NAMING = para("mill", 4, "His daughters, Ilse and Maren Berg, rebuilt the drying shed within a month.")


def test_the_names_of_things_ask_for_them_by_name() -> None:
    assert counted("What are the names of Tomas Berg's daughters?") == Counted(0, "daughters")
    assert counted("what were the names of his three sons") == Counted(3, "sons")
    assert counted("How many names of Berg's daughters are known?") is None
    assert counted("What is the name of the mill?") is None


def test_the_names_of_daughters_are_not_given_by_their_count() -> None:
    q = "What are the names of Tomas Berg's daughters?"
    refused = compose_answer(evidence(q, (COUNT_ONLY, 2.0, 0.8, 0.7)), threshold=0.5)
    assert refused.abstained and refused.missing == ("names",)
    answered = compose_answer(
        evidence(q, (COUNT_ONLY, 2.0, 0.8, 0.7), (NAMING, 1.9, 0.78, 0.68)), threshold=0.5
    )
    assert not answered.abstained and "Ilse and Maren" in answered.text


# --- a denial in other words --------------------------------------------------------------------

ACCUSED = para(
    "plot", 5, "Officials named Roe as a leader of the plot. Roe said he had nothing to do with it."
)


def test_a_denial_in_other_words_answers_did_x_deny() -> None:
    q = "Did Roe deny any role in the plot?"
    assert not act_unreported(q, ACCUSED.text)
    assert act_unreported(q, "Officials named Roe as a leader of the plot.")
    answer = compose_answer(evidence(q, (ACCUSED, 2.0, 0.8, 0.7)), threshold=0.5)
    assert not answer.abstained and "nothing to do with it" in answer.text
    # other denials in other words; a plain account of a role is none
    assert tells_denial("She played no part in the raid.") and tells_denial("He was not involved.")
    assert not tells_denial("He took part in the raid.")


# --- a verb told by its noun --------------------------------------------------------------------


def test_did_x_threaten_is_told_by_a_threat() -> None:
    q = "Did Roe threaten the picket?"
    assert not fact_untold(q, "Police said Roe would be charged with making a threat against pickets.")
    assert fact_untold(q, "Police said Roe would be charged with assault.")
    # "did the storm weaken the dam?": the noun of a verb in "-en" under seven letters is left alone
    assert "weak" not in asked_fact("Did the storm weaken the dam?")
