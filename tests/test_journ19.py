"""Journalist round 19: a quoted speaker's name typed one letter off is read as the articles
spell it (`retrieval/spelling.py`), in a did-say, a what-said, `/quote … X said` and `/quotes
X`, and the reply says how the name was read; offices asked by their holder's title. Every text
here is invented (README, "Journalist round 19")."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.attribution.answers.answer import answer_attribution
from index.attribution.checks.check import reversal_diff
from index.attribution.checks.claims import did_say
from index.attribution.checks.meaning import opposite
from index.attribution.query import parse_attribution_question
from index.attribution.speakers.speaker_groups import group_speakers, offices_named, quotes_by
from index.engine import Engine
from index.retrieval.casing import Casing
from index.retrieval.mentions import Vocabulary
from index.retrieval.spelling import Spelling, slips
from index.settings import Settings
from index.types import Quote

MODEL_CACHE = Path(__file__).resolve().parent.parent / "var" / "model"

DAM = "\n\n".join(
    [
        "Valley dam to be raised by four metres",
        "Regional Water Minister Agnes Holt will raise the Ostra dam by four metres before next winter.",
        "“The old wall would not survive another flood like the one in spring,” said Henrike"
        " Wojcikowska, the water board's chief engineer.",
        "Farmers downstream fear the work will cut their water for a season. “We were never asked,”"
        " said Tomas Brandl, who grows barley near the river.",
        "“The farmers will get their water from the upper reservoir,” Holt’s office said.",
        "The board's spokesman, Piet Marchant, said the work would start in March.",
    ]
)


def _quote(text: str, speaker: str) -> Quote:
    return Quote(text, speaker, None, "said", "dam", "Dam", 3, 0, len(text), speaker_kind="person")


QUOTES = [
    _quote("The old wall would not survive another flood", "Henrike Wojcikowska"),
    _quote("We were never asked", "Tomas Brandl"),
]
KNOWN = {"henrike", "wojcikowska", "tomas", "brandl", "march", "the", "board", "farmers", "engineer"}


def _respelled(text: str, corpus: str = DAM) -> tuple[str, tuple[tuple[str, str], ...]]:
    casing, vocabulary = Casing.of(corpus.split("\n\n")), Vocabulary.of(corpus.split("\n\n"))
    spelt = Spelling.of(casing.proper, vocabulary.words).respell(casing.recase(text))
    return spelt.question, spelt.read_as


def test_one_slip_is_one_letter_dropped_added_replaced_or_two_neighbours_swapped() -> None:
    assert slips("wojcikowski", "wojcikowska", 1) == 1  # replaced
    assert slips("wojcikowska", "wojcikowsk", 1) == 1  # dropped
    assert slips("brandl", "brandel", 1) == 1  # added
    assert slips("wojcikowksa", "wojcikowska", 1) == 1  # neighbours swapped
    assert slips("wojcikowska", "wojcikowska", 1) == 0
    assert slips("wojcikewsky", "wojcikowska", 1) == 2  # two letters replaced: past the limit
    assert slips("brandl", "brandels", 1) == 2  # two added


def test_a_misspelt_speaker_is_read_as_the_articles_spell_them() -> None:
    q, fixes = _respelled("Did Wojcikowski say the old wall would not survive?")
    assert q == "Did Wojcikowska say the old wall would not survive?"
    assert fixes == (("Wojcikowski", "Wojcikowska"),)
    assert (
        _respelled("What did Tomas Brandel say about the dam?")[0]
        == "What did Tomas Brandl say about the dam?"
    )


def test_a_name_the_articles_write_or_one_near_two_names_is_left_as_typed() -> None:
    # a word of the articles is a real name of its own, never a typo of another
    assert _respelled("What did Marchant say?") == ("What did Marchant say?", ())
    # one letter from two names: no way to tell which was meant
    two = "\n\n".join(["Ola Brandl said no.", "Ivo Brando said yes."])
    assert _respelled("What did Brandt say?", two) == ("What did Brandt say?", ())
    # too short to tell a typo from another name
    assert _respelled("What did Hols say?") == ("What did Hols say?", ())


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("journ19")
    (root / "docs").mkdir()
    (root / "docs" / "dam.txt").write_text(DAM, encoding="utf-8")
    settings = Settings(
        _env_file=None,
        docs_dir=root / "docs",
        index_dir=root / "index",
        data_dir=root / "data",
        model_cache_dir=MODEL_CACHE,
    )
    return Engine.open(settings, build=True)


def test_did_a_misspelt_speaker_say_it_is_yes_with_the_spelling_noted(engine: Engine) -> None:
    asked = "did Wojcikowski say the old wall would not survive another flood?"
    answer = engine.ask(asked)
    a = answer.attribution
    assert a is not None and a.verdict == "yes"
    assert a.quotes[0].speaker == "Henrike Wojcikowska"
    assert answer.read_as == (("Wojcikowski", "Wojcikowska"),)


def test_quotes_and_quote_of_a_misspelt_speaker_find_them(engine: Engine) -> None:
    assert [q.speaker for q in engine.quotes_by("Brandel")] == ["Tomas Brandl"]
    check = engine.check_quote("“We were never asked,” Brandel said")
    assert check.quote is not None and check.quote.speaker == "Tomas Brandl"
    assert check.speaker_right is True
    # the other speaker's words under the misspelt name are still someone else's
    wrong = engine.check_quote("“We were never asked,” Wojcikowski said")
    assert wrong.speaker_right is False


def test_an_office_asked_after_by_another_owner_is_not_an_office_that_is_quoted(engine: Engine) -> None:
    # "Holt’s office" is quoted; "the mayor's office" and "Brandl's office" are not, though
    # their last word is "office" too
    assert engine.quotes_by("the mayor's office") == []
    assert offices_named("Brandl's office", group_speakers(engine.quotes())) == []
    assert [g.name for g in offices_named("Holt", group_speakers(engine.quotes()))] == ["Holt’s office"]


def test_the_office_of_a_person_asked_by_their_title_is_their_office(engine: Engine) -> None:
    said = "did the water minister's office say the farmers will get their water from the upper reservoir?"
    a = engine.ask(said).attribution
    assert a is not None and a.verdict == "yes"
    assert a.quotes[0].speaker == "Holt’s office"
    assert [q.speaker for q in engine.quotes_by("the water minister's office")] == ["Holt’s office"]
    # the office's words given to the minister: said on her behalf, not misattributed
    check = engine.check_quote(
        "“The farmers will get their water from the upper reservoir,” the water minister said"
    )
    assert check.speaker_right is True and check.on_behalf is True
    # the engineer's words given to the minister's office are still someone else's
    wrong = engine.ask("did the water minister's office say the old wall would not survive another flood?")
    assert wrong.attribution is not None and wrong.attribution.verdict == "no"


# --- a "non-" word the quote has in no form reverses nothing --------------------------------


def test_a_non_word_the_quote_never_touches_is_no_reversal() -> None:
    said = "The mayor will raise the harbour fees in talks with the ferry company, her office said."
    # the claim's "non-negotiable" meets nothing negotiable in the quote: another statement
    assert not opposite("the harbour fees are non-negotiable", said)
    assert reversal_diff("the harbour fees are non-negotiable", said) is None
    # the quote's own "non-negotiable" still reverses "negotiable" and "open to negotiation"
    fixed = "For the ferry company, the harbour fees are non-negotiable."
    assert opposite("the harbour fees are negotiable", fixed)
    assert opposite("the harbour fees are open to negotiation", fixed)
    assert not opposite("the harbour fees are non-negotiable", fixed)
    # and a claim's "non-" word against a quote that has its word unnegated
    assert opposite("the harbour fees are non-negotiable", "The harbour fees are negotiable, she said.")


def test_a_lower_case_word_among_capitals_is_no_misspelt_name() -> None:
    # "stats" is one letter from "States", but typed in lower case it is a word
    states = "The United States will keep the bridge shut, the ministry said."
    q = "According to game stats, which Orlen team scored least?"
    assert _respelled(q, states) == (q, ())
    assert _respelled(q.lower(), states) == (q.lower(), ())  # too short for a lower-case name
    q, fixes = _respelled("did wojcikowski say the old wall would not survive?")
    assert fixes == (("wojcikowski", "Wojcikowska"),)


# --- "did X tell AFP that …?": the claim is what follows the one told ------------------------


def test_the_one_told_is_no_part_of_the_claim() -> None:
    q = parse_attribution_question("did Brandl tell AFP that the farmers were never asked?")
    assert q is not None and (q.kind, q.speaker, q.text) == (
        "did_say",
        "Brandl",
        "the farmers were never asked",
    )
    q = parse_attribution_question("did Holt tell the water board that the dam is safe?")
    assert q is not None and q.text == "the dam is safe"
    q = parse_attribution_question("did Holt tell Reuters the reservoir will be full by May?")
    assert q is not None and q.text == "the reservoir will be full by May"
    # a "that" opening a relative clause after the claim's own words is no addressee's end
    q = parse_attribution_question("did Holt tell Brandl the fees that the board set were too high?")
    assert q is not None and q.text == "the fees that the board set were too high"
    # "say that …" has no one told
    q = parse_attribution_question("did Holt say that the board set the fees?")
    assert q is not None and q.text == "the board set the fees"


def test_a_claim_told_to_an_outlet_is_diffed_without_the_outlet() -> None:
    said = Quote(
        "The farmers will get their water from the upper reservoir",
        "Agnes Holt",
        None,
        "told AFP",
        "dam",
        "Dam",
        5,
        0,
        55,
        speaker_kind="person",
    )
    # the reversal's diff shows the word the claim adds, not "[-AFP that-]"
    q = parse_attribution_question(
        "did Holt tell AFP that the farmers will not get their water from the upper reservoir?"
    )
    assert q is not None
    a = answer_attribution("?", q, [said], {}).attribution
    assert a is not None and a.verdict == "contradicts"
    assert a.diff == "The farmers will [-not-] get their water from the upper reservoir"


# --- an office asked in other words: a spokesman is a spokesperson, a nationality its country -


def test_a_spokesman_or_a_nationality_asks_after_the_office_the_article_names() -> None:
    office = Quote(
        "reckless",
        "Kenya’s fisheries ministry spokesperson",
        None,
        "said",
        "d",
        "T",
        4,
        0,
        8,
        speaker_kind="office",
    )
    for asked in ("Kenya's fisheries ministry spokesman", "the fisheries ministry spokeswoman"):
        assert quotes_by(asked, [office]) == [office]
    assert quotes_by("the fisheries ministry chief", [office]) == []
    # "what did the Kenyan fisheries ministry spokesman say?" lists the office's words
    q = parse_attribution_question("what did the Kenyan fisheries ministry spokesman say?")
    assert q is not None
    a = answer_attribution("?", q, [office], {}).attribution
    assert a is not None and a.verdict == "listed" and list(a.quotes) == [office]


# --- a country's ministries and spokespeople speak for it in a did-say too -------------------


def test_did_a_country_say_what_its_ministry_spokesperson_said() -> None:
    def q(text: str, speaker: str, kind: str) -> Quote:
        return Quote(text, speaker, None, "said", "d", "T", 4, 0, len(text), speaker_kind=kind)  # type: ignore[arg-type]

    country = q("it would answer any raid on its boats", "Kenya", "office")
    spokes = q("The new quotas are reckless", "Kenya’s fisheries ministry spokesperson", "office")
    lee = q("We will fish where we always have", "Ada Lee", "person")
    office = q("The quotas are fair", "Lee’s office", "office")
    quotes = [country, spokes, lee, office]
    said = did_say("Kenya", "the new quotas are reckless", quotes)
    assert said.verdict == "yes" and said.check.quote is spokes
    # a person's office is still not the person, and "the ministry" is no name whose offices speak for it
    assert did_say("Lee", "the quotas are fair", quotes).verdict == "no"
    assert did_say("Uganda", "the new quotas are reckless", quotes).verdict == "no"
