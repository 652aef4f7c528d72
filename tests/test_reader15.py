"""Reader round 15: a distance ("how far …?") or a time of day ("what time …?") asked of
passages that state none, a bare topic the articles never mention ("sanctions?"), and a
what-said topic that opens on a preposition. Every text here is invented.
"""

from __future__ import annotations

from news_fixtures import doc
from test_answer import evidence, para

from index.attribution.answers.answer import answer_attribution
from index.attribution.extraction.extract import extract_quotes
from index.attribution.query import parse_attribution_question
from index.cli.render import abstention_text
from index.engine import Engine, Turn
from index.retrieval.checks.acts import asked_act
from index.retrieval.checks.asked_kind import wanted
from index.retrieval.compose import compose_answer
from index.retrieval.conflicts.disagree import find_disagreements
from index.retrieval.mentions import Vocabulary
from index.types import Answer, Attribution, Paragraph, Passage


def _answer(question: str, *passages: tuple[Paragraph, float, float, float]) -> Answer:
    return compose_answer(evidence(question, *passages), threshold=0.5)


# --- how far ------------------------------------------------------------------------------

FIRED = para("coast", 4, "The militia fired long-range rockets at the port of Kell on Friday.")
RANGED = para("coast", 5, "Its long-range rockets can fly some 300 km, enough to hit the port of Kell.")


def test_how_far_asks_for_a_distance_the_best_passage_must_state() -> None:
    q = "How far can the militia's long-range rockets fly?"
    assert wanted(q) == "measure"
    answer = _answer(q, (FIRED, 2.0, 0.7, 0.8))
    assert answer.abstained and answer.missing == ("measure",)
    assert abstention_text(answer) == "The articles don't give the measurement asked for."
    answer = _answer(q, (FIRED, 2.0, 0.7, 0.8), (RANGED, 1.8, 0.68, 0.78))
    assert not answer.abstained and answer.citations[0].paragraph == 5


def test_a_distance_in_words_or_a_place_within_reach_answers_how_far() -> None:
    q = "How far is the ferry terminal from the old town?"
    words = para("town", 2, "The ferry terminal lies half a mile from the old town, past the market.")
    answer = _answer(q, (words, 2.0, 0.7, 0.8))
    assert not answer.abstained and "half a mile" in answer.text
    reach = para("coast", 6, "The militia's new rockets are able to reach Dorvik, the capital.")
    assert not _answer("How far can the militia's new rockets reach?", (reach, 2.0, 0.7, 0.8)).abstained
    # an act against a place is no distance to it
    strike = para("coast", 6, "Officials say the militia could strike Dorvik with little warning.")
    assert _answer("How far is Dorvik from the militia's bases?", (strike, 2.0, 0.7, 0.8)).abstained


def test_how_far_in_a_figure_of_speech_or_a_direction_asks_for_no_length() -> None:
    assert wanted("How far will the mayor go to keep the shipyard open?") is None
    assert wanted("How far north did the floodwater spread?") is None
    assert wanted("How far along are the talks on the new budget?") is None


# --- what time ----------------------------------------------------------------------------


def test_what_time_asks_for_a_time_of_day_not_a_day() -> None:
    q = "What time did the minister arrive at the harbour?"
    assert wanted(q) == "clock"
    side = para("dock", 3, "The minister arrived at the harbour through a side gate, away from the cameras.")
    answer = _answer(q, (side, 2.0, 0.7, 0.8))
    assert answer.abstained and answer.missing == ("clock",)
    assert abstention_text(answer) == "The articles don't give the time of day asked for."
    dawn = para("dock", 3, "The minister arrived at the harbour shortly after 6 a.m. on Tuesday.")
    assert not _answer(q, (dawn, 2.0, 0.7, 0.8)).abstained
    evening = para("dock", 3, "The minister arrived at the harbour on Tuesday evening.")
    assert not _answer(q, (evening, 2.0, 0.7, 0.8)).abstained


def test_a_time_frame_or_a_plain_when_is_not_a_time_of_day() -> None:
    assert wanted("What time frame does the recovery plan cover?") is None
    assert wanted("When did the minister arrive at the harbour?") == "time"


# --- where will … ------------------------------------------------------------------------


def test_where_the_next_round_will_be_held_is_not_the_place_of_the_last_one() -> None:
    q = "Where will the next round of talks between the dockers and the port be held?"
    past = para(
        "dock",
        3,
        "The dockers and the port held talks in Kell, after which both said another round would follow.",
    )
    answer = _answer(q, (past, 2.0, 0.7, 0.8))
    assert answer.abstained and answer.missing == ("place",)
    assert abstention_text(answer) == "The articles don't give the place asked for."
    ahead = para("dock", 3, "The dockers and the port met in Kell; the next round will be held in Dorvik.")
    assert not _answer(q, (ahead, 2.0, 0.7, 0.8)).abstained
    # a place that is not an occasion's is not asked this way
    assert not _answer("Where will the cranes be stored?", (past, 2.0, 0.7, 0.8)).abstained


# --- how long ago -------------------------------------------------------------------------


def test_how_long_ago_asks_when_not_for_a_span() -> None:
    q = "How long ago did the dockers first strike?"
    assert wanted(q) == "time"
    text = "The dockers first went on strike in May 2019. The strike lasted nine days and ended in a deal."
    answer = _answer(q, (para("dock", 2, text), 2.0, 0.7, 0.8))
    assert not answer.abstained and answer.text.startswith("The dockers first went on strike in May 2019.")


# --- which X, told only as "several X" ----------------------------------------------------


def test_which_things_told_only_as_several_of_them_are_not_named() -> None:
    q = "Which public buildings in Kell were damaged by the storm?"
    vague = para("kell", 4, "The storm flooded the harbour and damaged several public buildings in Kell.")
    answer = _answer(q, (vague, 2.0, 0.7, 0.8))
    assert answer.abstained and answer.missing == ("names",)
    assert abstention_text(answer) == "The articles don't name them."
    listed = para("kell", 5, "The storm damaged the Town Hall, the Kell Library and St Anne School.")
    answer = _answer(q, (vague, 2.0, 0.7, 0.8), (listed, 1.9, 0.69, 0.79))
    assert not answer.abstained and answer.citations[0].paragraph == 5
    named = para("kell", 4, "Several public buildings were damaged, including the Kell Museum.")
    assert not _answer(q, (named, 2.0, 0.7, 0.8)).abstained


def test_which_things_told_only_by_their_number_are_not_named() -> None:
    q = "Which ferries did the port authority sell?"
    counted = para("dock", 6, "The port authority sold three ferries to a firm in Dorvik last spring.")
    answer = _answer(q, (counted, 2.0, 0.7, 0.8))
    assert answer.abstained and answer.missing == ("names",)
    named = para("dock", 6, "The port authority sold three ferries: the Kestrel, the Osprey and the Tern.")
    assert not _answer(q, (named, 2.0, 0.7, 0.8)).abstained


def test_which_one_thing_or_which_kind_is_not_asked_by_name() -> None:
    one = para("kell", 4, "The storm damaged several public buildings in Kell.")
    assert not _answer("Which town did the storm hit hardest?", (one, 2.0, 0.7, 0.8)).abstained
    assert not _answer("Which kinds of buildings did the storm damage?", (one, 2.0, 0.7, 0.8)).abstained
    # "which report states …": a verb after a singular noun, not things to name
    cited = para("kell", 5, "Report 12 states that several public buildings in Kell were damaged.")
    assert not _answer("Which report states that buildings were damaged?", (cited, 2.0, 0.7, 0.8)).abstained


# --- did X admit / deny … -----------------------------------------------------------------


def test_did_x_admit_is_not_answered_by_others_blaming_x() -> None:
    q = "Did the militia admit to shelling the fuel depot?"
    blamed = para(
        "coast", 7, "The fuel depot was shelled on Friday, an attack the governor blamed on the militia."
    )
    answer = _answer(q, (blamed, 2.0, 0.7, 0.8))
    assert answer.abstained and answer.missing == ("act",)
    owned = para(
        "coast", 7, "The militia acknowledged on Saturday that its gunners had shelled the fuel depot."
    )
    assert not _answer(q, (owned, 2.0, 0.7, 0.8)).abstained
    assert asked_act("Has the militia denied the shelling?") >= {"deny", "reject"}
    assert asked_act("Did the militia shell the depot?") is None


# --- no disagreement between two different wars -------------------------------------------


def _passage(doc: str, text: str) -> Passage:
    return Passage(para(doc, 1, text), 1.0)


def test_dates_of_two_wars_named_apart_are_no_disagreement() -> None:
    found = find_disagreements(
        [
            _passage("a", "In April 2021, amid the Brava–Tarsk war, the militia fired rockets at Kell."),
            _passage("b", "The talks follow a 10-day war between Brava and Kell last July."),
        ]
    )
    assert found == []
    # the same war, named alike, on two dates is still flagged
    found = find_disagreements(
        [
            _passage("a", "The 10-day war in June began with strikes on the harbour."),
            _passage("b", "The talks follow a 10-day war between Brava and Kell last July."),
        ]
    )
    assert [sorted(s.value for s in d.sides) for d in found] == [["July", "June"]]


# --- complete against partial ------------------------------------------------------------

PLAN = (
    "Port plan\n\n"
    "“What we want is the complete closure of the old coal terminal,” Mayor Olga Brenner said on Monday."
)


def _verdict(question: str) -> str:
    quotes = extract_quotes(doc(PLAN, "plan"))
    query = parse_attribution_question(question)
    assert query is not None
    answer = answer_attribution(question, query, quotes, {})
    assert answer.attribution is not None
    return answer.attribution.verdict


def test_a_partial_claim_of_a_complete_one_is_its_reverse() -> None:
    partial = "did Brenner say she wants the partial closure of the old coal terminal?"
    assert _verdict(partial) == "contradicts"
    assert _verdict("did Brenner say she wants the complete closure of the old coal terminal?") == "yes"
    assert _verdict("did Brenner say she wants the full closure of the old coal terminal?") == "yes"


# --- "X said what?" ------------------------------------------------------------------------


def test_the_echo_form_asks_what_someone_said() -> None:
    q = parse_attribution_question("brenner said what about the coal terminal?")
    assert q is not None and (q.kind, q.speaker, q.topic) == ("what_said", "brenner", "the coal terminal")
    assert _verdict("Brenner said what about the coal terminal?") == "listed"
    # "who said what about …?" still lists everyone quoted on it
    who = parse_attribution_question("Who said what about the coal terminal?")
    assert who is not None and who.kind == "who_on"


# --- a bare topic -------------------------------------------------------------------------


def test_a_bare_topic_none_of_whose_words_the_articles_hold_is_not_mentioned() -> None:
    vocab = Vocabulary.of(["The dockers struck after the port authority froze their wages."])
    assert vocab.unmentioned_topic("pensions?") == "pensions"
    assert vocab.unmentioned_topic("And what about the fishing quotas?") == "fishing quotas"
    # a word the articles hold, or a question in full, goes to the search as before
    assert vocab.unmentioned_topic("wages?") is None
    assert vocab.unmentioned_topic("dockers' pensions?") is None
    assert vocab.unmentioned_topic("Who pays the pensions?") is None


def test_the_engine_says_a_bare_topic_is_not_mentioned(news_engine: Engine) -> None:
    answer = news_engine.ask("casualties?")
    # without the rule, a quote about an attack on civilians answers it
    assert answer.abstained and answer.reason == "not_mentioned" and answer.missing == ("casualties",)
    assert abstention_text(answer) == "The articles don't mention casualties."
    assert not news_engine.ask("drone strike?").abstained
    # after an answer, a short question may point into it ("and the second time?"): not a topic
    first = news_engine.ask("How many dock workers were killed in Port Aldane?")
    followed = news_engine.ask("casualties?", Turn(first.question, first))
    assert followed.reason != "not_mentioned"


# --- what did X say at … -----------------------------------------------------------------


def test_a_what_said_topic_opening_on_a_preposition_is_not_put_after_about() -> None:
    at = Attribution(
        kind="what_said", verdict="not_found", claim="at the harbour opening", speaker_asked="Holt"
    )
    about = Attribution(kind="what_said", verdict="not_found", claim="the budget", speaker_asked="Holt")
    assert at.on_claim == " at the harbour opening"
    assert about.on_claim == " about the budget"
    answer = Answer("What did Holt say at the harbour opening?", (), (), abstained=True, attribution=at)
    assert abstention_text(answer) == "I found no quotes by Holt at the harbour opening in the articles."
