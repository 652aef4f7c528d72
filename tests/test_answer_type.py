"""Questions that ask for a value (a count, a year, a date, a span): what they want, which
sentences state it, and how composition uses that. Text written for these tests."""

from __future__ import annotations

import pytest

from index.retrieval.checks.answer_type import acted_by_other, same_place, same_time, want
from index.retrieval.checks.asked_kind import wanted
from index.retrieval.checks.counts import counts_other
from index.retrieval.checks.spans import lasted_subject
from index.retrieval.checks.value_stated import states
from index.retrieval.compose import compose_answer
from tests.test_answer import evidence, para


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How many ferries cross the strait each day?", "number"),
        ("how much money did the council borrow?", "money"),
        ("How much grain did the port handle?", "number"),
        ("How much did the bridge cost?", "money"),
        ("What percentage of voters turned out?", "number"),
        ("How old is the harbour master?", "number"),
        ("How long did the strike last?", "duration"),
        ("In what year did the port open?", "year"),
        ("Which century was the castle built in?", "year"),
        ("What was the exact date of the vote?", "date"),
        ("On which day of the week did they meet?", "day"),
        ("How much does the dispute matter to the mayor?", None),
        ("When did the ferries stop?", "time"),
        ("Where is the harbour?", "place"),
        ("Who decides when the ferries stop?", None),
        ("Who runs the harbour?", None),
    ],
)
def test_the_kind_of_value_a_question_asks_for(question: str, kind: str | None) -> None:
    assert wanted(question) == kind


@pytest.mark.parametrize(
    ("kind", "sentence", "holds"),
    [
        ("number", "Twelve ferries cross the strait.", True),
        ("number", "The council borrowed $4 million.", True),
        ("number", "Turnout reached 61% on Sunday.", True),
        ("number", "It was their sixth meeting.", True),
        ("number", "The navy launched its first ever drone attack.", False),
        ("number", "The port opened in 1998.", False),  # a year is not a count
        ("number", "The ferries stopped after the storm.", False),
        ("duration", "The strike lasted nine days.", True),
        ("duration", "After a two-hour meeting, they left.", True),
        ("duration", "The vote came days after the strike.", False),  # no length given
        ("year", "The port opened in 1998.", True),
        ("year", "The port opened in spring.", False),
        ("date", "The vote was held on March 3.", True),
        ("date", "The vote was held on Tuesday.", False),  # a weekday is not a date
        ("day", "The vote was held on Tuesday.", True),
        ("day", "The vote was held last week.", False),
    ],
)
def test_which_sentences_state_a_value(kind: str, sentence: str, holds: bool) -> None:
    assert states(kind, sentence) is holds  # type: ignore[arg-type]


STRIKE = para("strike", 4, "Dock workers walked out over pay. The strike lasted nine days, the union said.")
TALKS = para(
    "talks", 2, "Union leaders met port managers after the strike. Both sides called the talks useful."
)


def test_the_sentence_that_states_the_value_is_chosen_over_one_with_more_shared_words() -> None:
    ev = evidence("How long did the dock workers' strike over pay last?", (STRIKE, 2.0, 0.7, 0.8))
    answer = compose_answer(ev, threshold=0.5)
    assert answer.sentences[0].text == "The strike lasted nine days, the union said."


def test_a_close_runner_up_that_states_the_value_leads_the_answer() -> None:
    ev = evidence("How long did the strike last?", (TALKS, 2.0, 0.7, 0.8), (STRIKE, 1.8, 0.7, 0.8))
    answer = compose_answer(ev, threshold=0.5)
    assert not answer.abstained
    assert (answer.citations[0].doc_id, answer.sentences[0].text) == (
        "strike",
        "The strike lasted nine days, the union said.",
    )


def test_no_passage_stating_the_value_is_an_abstention_that_says_so() -> None:
    ev = evidence("How many workers joined the strike?", (TALKS, 2.0, 0.7, 0.8), (STRIKE, 1.9, 0.7, 0.8))
    answer = compose_answer(ev, threshold=0.5)
    assert answer.abstained and answer.reason == "no_value" and answer.missing == ("number",)
    assert answer.unstated == "the number asked for"
    assert answer.closest is not None and answer.closest.doc_id == "talks"


def test_a_number_about_something_else_does_not_answer() -> None:
    missiles = para("war", 7, "In October the navy fired some 200 missiles at the coast.")
    ev = evidence("How many extra soldiers were sent to the border?", (missiles, 2.0, 0.7, 0.8))
    answer = compose_answer(ev, threshold=0.5)
    assert answer.abstained and answer.reason == "no_value"


def test_a_count_from_another_month_does_not_answer_a_question_about_this_one() -> None:
    october = para("war", 7, "In October the navy fired some 200 missiles at the coast.")
    march = para("war", 3, "During the March clashes the navy fired missiles at the coast.")
    question = "How many missiles did the navy fire in March?"
    ev = evidence(question, (october, 2.0, 0.7, 0.8), (march, 1.9, 0.7, 0.8))
    answer = compose_answer(ev, threshold=0.5)
    assert answer.abstained and answer.reason == "no_value"


@pytest.mark.parametrize(
    ("question", "sentence", "same"),
    [
        ("How many missiles were fired in March?", "In October 200 missiles were fired.", False),
        ("How many missiles were fired in March?", "In March and October 200 missiles were fired.", True),
        ("How many missiles were fired in March?", "The navy fired 200 missiles.", True),
        ("How many schools did the city have in 2010?", "By 2012 the city had 40 schools.", False),
        ("How many schools does the city have?", "By 2012 the city had 40 schools.", True),
        ("How many schools opened in May 2012?", "In June 2012, 40 schools opened.", True),  # "May"
        ("How many schools opened in March 2012?", "In June 2012, 40 schools opened.", False),
        ("How many schools opened in March 2012?", "By March 2013, 40 schools had opened.", False),
        ("How many schools may open?", "In June 40 schools opened.", True),
    ],
)
def test_a_question_naming_a_month_or_year_needs_a_sentence_that_can_be_about_it(
    question: str, sentence: str, same: bool
) -> None:
    assert same_time(question, sentence) is same


def test_where_and_when_prefer_a_sentence_naming_a_place_or_time_in_the_best_passage() -> None:
    port = para(
        "port", 1, "The ferry operators met the union. The union meeting was held in Kestin on Monday."
    )
    for question in (
        "Where did the ferry operators meet the union?",
        "When did the ferry operators meet the union?",
    ):
        said = [
            s.text for s in compose_answer(evidence(question, (port, 2.0, 0.7, 0.8)), threshold=0.5).sentences
        ]
        # the sentence sharing more words stays too (it answers nearly as well), in text order
        assert said == [
            "The ferry operators met the union.",
            "The union meeting was held in Kestin on Monday.",
        ]


def test_where_never_abstains_for_want_of_a_place() -> None:
    ev = evidence("Where did the strike end?", (TALKS, 2.0, 0.7, 0.8))
    assert not compose_answer(ev, threshold=0.5).abstained


def test_a_point_in_time_is_no_duration() -> None:
    assert not states("duration", "It is their sixth meeting; he took office a year ago.")
    assert states("duration", "The talks lasted a year.")


def test_a_sum_asked_for_needs_a_currency_or_millions() -> None:
    assert wanted("How much did the new terminal cost?") == "money"
    assert wanted("How much military aid does the port receive?") == "money"
    assert states("money", "The terminal cost $40 million.")
    assert states("money", "It was priced at 3.2 billion euros.")
    assert states("money", "A ticket is expected to cost about 30 crowns.")
    assert not states("money", "Bread now costs 15 percent more than in spring.")
    assert want("How much more does bread cost now?").met_by("Bread now costs 15 percent more.")  # type: ignore[union-attr]
    assert not states("money", "The strike killed 30 people and closed two docks.")


def test_a_count_of_people_in_a_sentence_about_another_subject_does_not_answer() -> None:
    flood = para("flood", 3, "In Vennick, the flood killed 30 people and cut the rail line.")
    ev = evidence("How many protesters were killed in Tarsby?", (flood, 2.0, 0.7, 0.8))
    answer = compose_answer(ev, threshold=0.5)
    assert answer.abstained and answer.reason == "no_value"
    protest = para("protest", 4, "In Tarsby, police killed 30 people during the protests.")
    ev = evidence("How many protesters were killed in Tarsby?", (protest, 2.0, 0.7, 0.8))
    assert not compose_answer(ev, threshold=0.5).abstained


@pytest.mark.parametrize(
    ("question", "sentence", "same"),
    [
        ("How many ferries sank in Ostrava?", "In Brava, the storm sank four ferries.", False),
        ("How many ferries sank in Ostrava?", "Four ferries sank in Ostrava and two in Brava.", True),
        ("How many ferries sank in Ostrava?", "The storm sank four ferries.", True),
        ("How many ferries sank?", "In Brava, the storm sank four ferries.", True),
        ("How many stations are in the UK?", "It is one of six such stations in the UK.", True),
    ],
)
def test_a_count_put_in_another_place_does_not_answer(question: str, sentence: str, same: bool) -> None:
    assert same_place(question, sentence) is same


def test_since_answers_how_long_something_has_gone_on_not_how_long_it_lasted() -> None:
    since = "The ferry has run since the harbour reopened a year ago."
    assert not want("How long did the harbour meeting last?").met_by(since)  # type: ignore[union-attr]
    assert want("How long has the ferry run?").met_by(since)  # type: ignore[union-attr]
    assert want("How long did the harbour meeting last?").met_by(  # type: ignore[union-attr]
        "The mayor spoke after the three-hour harbour meeting."
    )
    assert want("How long did the strike last?").met_by("It ran from May until the harbour reopened.")  # type: ignore[union-attr]


def test_a_value_in_a_sentence_that_goes_on_about_the_one_before_answers() -> None:
    dock = para("dock", 4, "The dock strike ended in May. That stoppage kept 300 people at home.")
    question = "How many workers did the dock strike affect?"
    answer = compose_answer(evidence(question, (dock, 2.0, 0.7, 0.8)), threshold=0.5)
    assert not answer.abstained and answer.sentences[0].text == "That stoppage kept 300 people at home."
    # "It …" is not enough to tie a sentence to the one before
    vague = para("dock", 5, "The dock strike ended in May. It kept 300 people at home.")
    answer = compose_answer(evidence(question, (vague, 2.0, 0.7, 0.8)), threshold=0.5)
    assert answer.abstained and answer.reason == "no_value"


def test_a_death_toll_is_asked_for_as_a_count() -> None:
    assert wanted("What was the death toll of the ferry disaster?") == "number"
    assert wanted("What was the civilian toll in Tarsby?") == "number"
    assert wanted("What took its toll on the dockers?") is None


def test_how_much_of_an_uncounted_thing_is_answered_in_words() -> None:
    asked = want("How much notice did the dockers get before the strike?")
    assert asked is not None and asked.kind == "number"
    assert asked.met_by("The union called the strike with little notice, the harbour master said.")
    assert not asked.met_by("The union called the strike on Monday.")
    # a sum stays a sum: "little" is no price
    cost = want("How much did the bridge cost?")
    assert cost is not None and not cost.met_by("The bridge cost little, officials said.")


def test_what_lasted_is_the_head_before_its_qualifiers() -> None:
    assert lasted_subject("How long did the strike at the ferry port last?") == "strike"
    assert lasted_subject("how long was the mayor's budget meeting") == "meeting"
    assert lasted_subject("How long has she been mayor?") is None
    assert lasted_subject("How many ferries sail?") is None


def test_a_span_beside_what_lasted_answers_however_low_its_passage_ranks() -> None:
    top = para("port", 1, "The mayor met the dockers' union at the town hall on Monday.")
    aside = para("port", 5, "“We found common ground,” the mayor said after the four-hour meeting.")
    other = para("port", 7, "Two weeks later the ferries ran again.")
    ev = evidence(
        "How long did the town hall meeting last?",
        (top, 2.0, 0.7, 0.8),
        *((other, 1.5, 0.5, 0.3) for _ in range(6)),
        (aside, 0.9, 0.45, 0.2),
    )
    answer = compose_answer(ev, threshold=0.5)
    assert not answer.abstained
    assert (answer.citations[0].paragraph, answer.sentences[0].text) == (5, aside.text)
    # a span beside something else ("two weeks later") is no length of the meeting
    ev = evidence("How long did the town hall meeting last?", (top, 2.0, 0.7, 0.8), (other, 1.9, 0.7, 0.8))
    assert compose_answer(ev, threshold=0.5).abstained


def test_a_span_that_measures_something_else_does_not_say_how_long() -> None:
    asked = want("How long did the talks between the two ministers last?")
    assert asked is not None
    assert not asked.met_by("The talks resumed after a 12-day strike between the two unions.")
    assert asked.met_by("The talks lasted three hours on Monday.")
    assert want("How long did the strike last?").met_by("The talks resumed after a 12-day strike.")  # type: ignore[union-attr]


def test_a_follow_up_joined_to_a_value_question_asks_for_no_value_of_its_own() -> None:
    # "Why …?" after "How many …?": the reason is wanted, not a count, so the best passage
    # answers although it states no number
    reason = para("port", 5, "The ferries stopped because the harbour wall had cracked in the storm.")
    ev = evidence("How many ferries stopped in May? Why did they stop?", (reason, 2.0, 0.7, 0.8))
    answer = compose_answer(ev, threshold=0.5)
    assert not answer.abstained
    assert answer.sentences[0].text == reason.text
    # the same passage does not answer the count itself
    count = evidence("How many ferries stopped in May?", (reason, 2.0, 0.7, 0.8))
    alone = compose_answer(count, threshold=0.5)
    assert alone.abstained and alone.reason == "no_value"


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        # the sentence shares the question's names, but counts other things
        ("The Ostrava crews raced the two rival towns in August.", True),
        ("Ostrava later shut four of its harbour cranes.", True),
        ("Ostrava lost three ferries in the storm.", False),  # the noun asked about
        ("The storm in Ostrava killed 12 people.", False),  # people in general: left to the names
        ("The Ostrava yard is split into three groups.", False),  # a vague noun may be anything
    ],
)
def test_a_count_of_other_things_does_not_say_how_many_were_asked_for(sentence: str, other: bool) -> None:
    assert counts_other(sentence, "ferries", "How many Ostrava ferries sank in the storm?") is other


def test_a_count_of_other_things_in_a_sentence_sharing_the_names_is_an_abstention() -> None:
    rival = para("race", 2, "The rowing race between the two rival Ostrava clubs took place in August.")
    ev = evidence("How many Ostrava rowers fell ill in August?", (rival, 2.0, 0.7, 0.8))
    answer = compose_answer(ev, threshold=0.5)
    assert answer.abstained and answer.unstated_reply == "The articles don't give the number asked for"
    ill = para("race", 3, "In August, 14 Ostrava rowers fell ill before the race.")
    ev = evidence("How many Ostrava rowers fell ill in August?", (ill, 2.0, 0.7, 0.8))
    assert not compose_answer(ev, threshold=0.5).abstained


def test_a_casualty_count_may_be_given_as_a_count_of_people_of_any_kind() -> None:
    q = "How many casualties did the Brava garrison suffer?"
    assert not counts_other("About 400 Brava soldiers were killed or wounded.", "casualties", q)


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("The Northern League later seized two bridges, ending the siege.", True),
        ("The Northern League said Tarsby had seized two bridges.", False),  # the one asked about
        ("The Northern League reported that its allies seized two bridges.", False),  # another clause
        ("The Northern League lost two bridges in the siege.", False),  # does something else
        ("Tarsby's militia seized two bridges.", False),
        ("Later that week, two bridges were seized.", False),  # opens on no name
    ],
)
def test_a_value_for_what_another_named_actor_did_does_not_answer(sentence: str, other: bool) -> None:
    question = "How many bridges did Tarsby seize during the siege?"
    assert acted_by_other(question, sentence, lambda w: w[:4]) is other


def test_what_another_actor_did_is_an_abstention_when_no_passage_says_what_the_one_asked_did() -> None:
    league = para("siege", 5, "The Northern League later joined the siege, seizing two bridges.")
    ev = evidence("How many bridges did Tarsby seize during the siege?", (league, 2.0, 0.7, 0.8))
    answer = compose_answer(ev, threshold=0.5)
    assert answer.abstained and answer.reason == "no_value" and answer.missing == ("number",)
    own = para("siege", 4, "Tarsby seized two bridges in the first week of the siege.")
    q = "How many bridges did Tarsby seize during the siege?"
    answer = compose_answer(evidence(q, (league, 2.0, 0.7, 0.8), (own, 1.9, 0.7, 0.8)), threshold=0.5)
    assert not answer.abstained and answer.citations[0].paragraph == 4


def test_a_range_or_a_height_asked_for_needs_a_length() -> None:
    assert wanted("What is the range of the new coastal radar?") == "measure"
    assert wanted("What was the height of the old lighthouse?") == "measure"
    assert wanted("What is the area called where the two rivers meet?") is None
    assert states("measure", "The radar sees ships up to 40 kilometres away.")
    assert states("measure", "The lighthouse stood 30 metres tall.")
    assert not states("measure", "The port bought two radars in 2021.")
    assert not states("measure", "Some 30 in Brava lost power.")
    radars = para("radar", 2, "The navy installed two new coastal radars at Brava in March.")
    ev = evidence("What is the range of the new coastal radars?", (radars, 2.0, 0.7, 0.8))
    answer = compose_answer(ev, threshold=0.5)
    assert answer.abstained and answer.unstated_reply == "The articles don't give the measurement asked for"


def test_when_is_abstained_only_near_a_weak_match_that_states_no_time() -> None:
    crew = para("ferry", 7, "The captain praised the crew for their calm during the storm.")
    # (a question about the future now also needs a time or a span: tests/test_reader11.py)
    question = "When did the captain sail home to Brava?"
    # the best sentence holds little of the question (its lexical share), and no time
    answer = compose_answer(evidence(question, (crew, 2.0, 0.7, 0.2)), threshold=0.5)
    assert answer.abstained and answer.unstated_reply == "The articles don't give the time asked for"
    # a close match that states no time is still an answer: "when" only steers the sentence
    assert not compose_answer(evidence(question, (crew, 2.0, 0.7, 0.5)), threshold=0.5).abstained
    home = para("ferry", 8, "The captain praised the crew, and sailed home on Friday.")
    assert not compose_answer(evidence(question, (home, 2.0, 0.7, 0.2)), threshold=0.5).abstained


def test_a_people_counted_is_asked_about_their_own_place() -> None:
    from index.retrieval.checks.answer_type import same_place

    asked = "How many Tarsbians were hurt in the storm?"
    assert not same_place(asked, "In Brava, the storm hurt 12 people.")
    assert same_place(asked, "The storm hurt 40 people in Tarsby.")
    assert same_place(asked, "The storm hurt 40 people.")  # no place given: it may tell


def test_a_count_for_another_place_lets_a_lower_passage_give_the_asked_place_s() -> None:
    question = "How many people were hurt in Tarsby during the storm?"
    brava = para("a", 4, "In Brava, the storm hurt 12 people and flooded the harbour.")
    tarsby = para("b", 7, "That storm, which left some 40 injured in Tarsby, closed the ferries.")
    runner_up = (tarsby, 1.3, 0.65, 0.3)  # 0.65 of the best score
    answer = compose_answer(evidence(question, (brava, 2.0, 0.6, 0.9), runner_up), threshold=0.4)
    assert not answer.abstained and answer.citations[0].doc_id == "b"
    # a runner-up that far below the best is no answer when the best speaks of the asked place
    storm = para("a", 4, "The storm hurt many people and flooded the harbour in Tarsby.")
    answer = compose_answer(evidence(question, (storm, 2.0, 0.6, 0.9), runner_up), threshold=0.4)


def test_a_toll_question_is_not_answered_by_a_count_of_weapons_fired() -> None:
    q = "How many Brava villagers died in the March shelling?"
    shelling = para("shelling", 6, "In March the rebels fired some 300 shells at Brava from the hills.")
    answer = compose_answer(evidence(q, (shelling, 2.0, 0.7, 0.8)), threshold=0.5)
    assert answer.abstained and answer.unstated_reply == "The articles don't give the number asked for"
    toll = para("shelling", 7, "The March shelling of Brava killed 11 villagers and destroyed the mill.")
    answer = compose_answer(evidence(q, (shelling, 2.0, 0.7, 0.8), (toll, 1.9, 0.7, 0.8)), threshold=0.5)
    assert not answer.abstained and answer.citations[0].paragraph == 7
    # a count of the people asked about, or a share of them, may give the toll in other words
    assert not counts_other("Half of Brava's 900 villagers were lost.", "villagers", q)
    assert not counts_other("The shelling reduced Brava's population by half.", "villagers", q)


def test_how_long_two_sides_talked_is_answered_by_the_span_of_their_meeting() -> None:
    q = "How long did the mayor and the strikers talk?"
    hall = para("strike", 3, "The mayor and the strikers met at the town hall on Friday.")
    span = para("strike", 5, "The union said after the four-hour meeting that the strike would go on.")
    answer = compose_answer(evidence(q, (hall, 2.0, 0.7, 0.8), (span, 1.0, 0.4, 0.2)), threshold=0.5)
    assert not answer.abstained and answer.citations[0].paragraph == 5
    # a span of something else is still no answer
    other = para("strike", 6, "The strike followed a two-week dispute over pay.")
    answer = compose_answer(evidence(q, (hall, 2.0, 0.7, 0.8), (other, 1.0, 0.4, 0.2)), threshold=0.5)
    assert answer.abstained


def test_a_toll_of_the_dead_does_not_say_how_many_were_hurt_nor_a_count_of_rounds_how_many_leaders() -> None:
    hurt = want("How many people were hurt in Tarsby during the storm?")
    assert hurt is not None and not hurt.met_by("In Tarsby, the storm killed 12 people.")
    assert hurt.met_by("In Tarsby, the storm killed 12 people and injured 40.")
    leaders = want("How many Tarsus union leaders were arrested?")  # "Tarsus" is no plural
    assert leaders is not None
    fired = "Police fired 200 rounds of tear gas in response to the arrests of Tarsus unionists."
    assert not leaders.met_by(fired)


def test_a_toll_in_all_does_not_say_how_many_of_a_group_died() -> None:
    asked = want("How many Tarsby firefighters died in the blaze?")
    assert asked is not None
    assert not asked.met_by("The blaze caused some 40 deaths in Tarsby.")
    assert asked.met_by("Six firefighters were among the 40 deaths in Tarsby.")


def test_a_nation_named_only_as_a_word_for_counted_things_is_not_a_count_of_its_people() -> None:
    asked = want("How many Vennickers were detained after the riots?")
    assert asked is not None
    assert not asked.met_by("Tarsby troops later seized four Vennicker border posts before the truce.")
    # a count of people of that nation does answer
    assert asked.met_by("Police detained 40 Vennicker students after the riots.")
