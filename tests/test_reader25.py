"""Reader round 25: "what was the outcome of the summit?" near a lede whose result is a
continuation ("… vowed to continue the talks. The exchange took place at the summit."); "did
the mayor manage to get …?" near a paragraph telling only what someone wants ("believes the
plan must bring a halt to …"); "who came out ahead in the strike?" near a paragraph that tells
no winner; "what did bogdan say?" of a name no article writes, typed in lower case or shouted.
Every text here is invented.
"""

from __future__ import annotations

from pathlib import Path

from test_answer import evidence, para

from index.engine import Engine
from index.retrieval.checks.placed import placing_subject
from index.retrieval.checks.results import result_unreported, tells_result
from index.retrieval.checks.winner import asks_winner, winner_untold
from index.retrieval.compose import compose_answer
from index.retrieval.mentions import Vocabulary
from index.retrieval.unknown_speaker import unmentioned_speaker
from tests.conftest import corpus_settings

# --- a continuation is an outcome; a result placed at the asked occasion by the next sentence ---

LEDE = para(
    "ferry",
    1,
    "Mayor Ilse Varga vowed to keep the ferry talks going despite pressure from the harbour board. "
    "The exchange took place at a closed summit in Kell on Friday.",
)


def test_a_continuation_tells_a_result() -> None:
    assert tells_result("The union said the strike will continue into next week.")
    assert tells_result("Both sides resumed talks on Monday.")
    assert tells_result("The mayor kept the ferry talks going.")
    assert not tells_result("The mayor spoke to the ferry crews.")


def test_a_result_placed_at_the_summit_by_the_sentence_after_it_is_the_summits() -> None:
    q = "What was the outcome of the summit in Kell?"
    assert not result_unreported(q, LEDE.text)
    # placed at the summit by a sentence whose subject is the summit itself: nothing points back
    assert result_unreported(q, "Talks on tolls failed in May. The summit took place in Kell on Friday.")
    answer = compose_answer(evidence(q, (LEDE, 2.0, 0.8, 0.7)), threshold=0.5)
    assert not answer.abstained
    assert answer.text.startswith("Mayor Ilse Varga vowed to keep the ferry talks going")


def test_a_placing_sentence_names_what_it_places() -> None:
    assert placing_subject("The exchange took place at a closed summit.") == "exchange"
    assert placing_subject("Those remarks came during a visit to the port.") == "remarks"
    assert placing_subject("The summit was a success.") is None


# --- what someone wants is no result -----------------------------------------------------------

WANTED = (
    "The councillor “believes any ferry deal must bring a halt to the night crossings”, "
    "her office said on Monday."
)


def test_a_result_word_inside_a_wish_or_belief_is_no_result() -> None:
    assert not tells_result(WANTED)
    assert not tells_result("The union wants the new rules, which it drafted, to end the night shifts.")
    assert not tells_result("Residents have called for an end to the night crossings.")
    # outside the wish, or a ruling's "must": a result
    assert tells_result("Residents, who hoped for quiet, won a halt to the crossings.")
    assert tells_result("The court ruled that the operator must stop the night crossings.")
    q = "Did the councillor manage to get the night crossings into the deal?"
    assert result_unreported(q, WANTED)


# --- winning asked in other words ----------------------------------------------------------------


def test_came_out_ahead_asks_for_a_winner() -> None:
    assert asks_winner("Who came out ahead in the dock strike?")
    assert asks_winner("Which side came out on top?") and asks_winner("Who emerged victorious?")
    assert asks_winner("Who got the upper hand in the talks?")
    assert not asks_winner("Who came out of the meeting first?")
    q = "Who came out ahead in the dock strike?"
    assert winner_untold(q, "The dock strike began in March and closed the port for a week.")
    assert not winner_untold(q, "The dockers won a pay rise of a tenth when the strike ended.")


# --- a speaker no article writes, typed in lower case ------------------------------------------

VOCAB = Vocabulary.of(["The mayor of Kell met Anna Marsh on Tuesday to discuss the ferry."])


def test_a_lower_case_speaker_no_article_writes_is_named_as_unmentioned() -> None:
    assert unmentioned_speaker("bogdan", VOCAB) == "Bogdan"
    assert unmentioned_speaker("olga petrenko", VOCAB) == "Olga Petrenko"
    assert unmentioned_speaker("the harbourmaster", VOCAB) == "the harbourmaster"
    assert unmentioned_speaker("marsh", VOCAB) is None  # written: asked as usual
    assert unmentioned_speaker("someone", VOCAB) is None


FERRY = """Kell ferry talks go on

Mayor Anna Marsh said on Tuesday that the ferry would keep running through the winter.

“We will not cut the night crossing,” Marsh told reporters at the harbour.
"""


def test_what_did_an_unwritten_speaker_say_is_answered_as_not_mentioned(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "ferry.txt").write_text(FERRY, encoding="utf-8")
    with Engine.open(corpus_settings(tmp_path), build=True) as engine:
        typed = engine.ask("what did bogdan say?")
        shouted = engine.ask("WHAT DID BOGDAN SAY?")
        marsh = engine.ask("what did marsh say?")
    assert typed.abstained and typed.reason == "not_mentioned" and typed.missing == ("Bogdan",)
    assert shouted.missing == ("Bogdan",)
    assert not marsh.abstained
