"""Journalist round 21: a modal changed in a did-say claim ("will" for "could"); "whether or
not" cut short is no denial; a speaker asked by given name alone in a did-say; "the <nationality>
official" for a country's spokesperson or office-holder; "contradict each other anywhere?".
Every text here is invented (README, "Journalist round 21")."""

from __future__ import annotations

from news_fixtures import ask_about, doc

from index.attribution.checks.check import check_quote
from index.attribution.checks.contractions import only_contractions
from index.attribution.checks.meaning import opposite
from index.attribution.checks.modals import modal_changed
from index.attribution.extraction.extract import extract_quotes
from index.engine import Engine
from index.retrieval.articles.outlets import reported_by
from index.retrieval.conflicts.conflict_topic import asks_for_disagreements

DAM = "\n\n".join(
    [
        "Engineers warn over Lesk dam",
        "Regional engineers say the old dam at Lesk could fail within a decade without repairs.",
        "“We went to the ministry in the capital on Monday and pleaded with its officials to see"
        " whether or not a grant can be found,” said Tova Ruud, the town's mayor.",
        "Norland’s water ministry spokesperson said the repairs would be “costly” and “slow”.",
        "“The dam is safe for now, but the spillway worries me,” said Per Alm, a hydrology"
        " professor at Lesk University who studies Norland's rivers.",
        "Brita Holm, an adviser to Norland’s prime minister, said the budget “has no room” this year.",
    ]
)


def _verdict(question: str) -> tuple[str, str | None]:
    a = ask_about(DAM, question)
    assert a.attribution is not None, question
    quote = a.attribution.quotes[0] if a.attribution.quotes else None
    return a.attribution.verdict, a.attribution.said_by or (quote.speaker if quote else None)


def test_a_possibility_made_a_certainty_is_misworded_not_yes() -> None:
    assert _verdict("did the engineers say the dam at Lesk will fail within a decade?")[0] == "misworded"
    assert _verdict("did the engineers say the dam at Lesk could fail within a decade?")[0] == "yes"
    # the tense shift of reported speech is no change: "will" said, "would" reported
    assert modal_changed((("=", "the repairs"), ("-", "will"), ("+", "would"), ("=", "be"))) is None
    assert modal_changed((("=", "the repairs"), ("-", "must"), ("+", "may"), ("=", "be"))) == ("must", "may")


def test_whether_or_not_cut_short_is_no_denial() -> None:
    said = (
        "We went to the ministry in the capital on Monday and pleaded with its officials to see"
        " whether or not a grant can be found"
    )
    assert not opposite("a grant could be found", said)
    assert _verdict("did Ruud say a grant could be found?")[0] == "yes"


def test_a_did_say_asked_by_given_name_alone_is_the_person_so_named() -> None:
    verdict, speaker = _verdict("did Tova say a grant can be found?")
    assert verdict == "yes" and speaker is not None and speaker.endswith("Ruud")


def test_the_nationality_official_is_any_of_the_countrys_office_holders() -> None:
    verdict, speaker = _verdict("did the Norlandian official say the repairs would be costly?")
    assert verdict == "yes" and speaker is not None and "spokesperson" in speaker
    verdict, speaker = _verdict("did the Norlandian official say the budget has no room this year?")
    assert verdict == "yes" and speaker is not None and speaker.endswith("Holm")
    # a professor who studies the country holds no post of it
    verdict, speaker = _verdict("did the Norlandian official say the spillway worries him?")
    assert verdict == "no" and speaker is not None and speaker.endswith("Alm")


def test_contradict_each_other_anywhere_asks_for_every_disagreement() -> None:
    assert asks_for_disagreements("Do the two articles contradict each other anywhere?")
    assert asks_for_disagreements("do the reports disagree somewhere?")
    assert not asks_for_disagreements("Do the reports disagree about the dam anywhere near Lesk?")


RAID = "\n\n".join(
    [
        "Border tension rises",
        "Officials in Varn said Osta could raid the border posts of Varn within days.",
        "“We will answer any raid on our posts,” said Eda Lunn, Varn's defence minister.",
    ]
)


def test_shared_words_in_another_order_are_no_one_elses_claim() -> None:
    # who raids whom is turned round: Varn's officials did not say it, nor did anyone
    a = ask_about(RAID, "did Lunn say Varn would raid Osta?")
    assert a.attribution is not None and a.attribution.verdict == "not_found"
    # the claim's words in its own order are still someone else's
    a = ask_about(RAID, "did Lunn say Osta could raid the border posts?")
    assert a.attribution is not None and a.attribution.verdict == "no"
    assert a.attribution.said_by is not None and "Officials" in a.attribution.said_by


def test_a_quote_with_its_contractions_written_out_is_exact() -> None:
    said = "“She’s sure the ferry will run, and we’re ready to help,” said Ana Vik, the harbour master."
    quotes = extract_quotes(doc("\n\n".join(["Ferry to run", said]), "f"))
    c = check_quote("She is sure the ferry will run, and we are ready to help", quotes)
    assert c.verdict == "exact" and c.quote is not None and c.quote.speaker == "Ana Vik"
    # a word changed beside the contraction is still a misquote; so is a possessive read as "is"
    assert check_quote("She was sure the ferry will run", quotes).verdict == "misworded"
    assert not only_contractions((("-", "Vik is"), ("+", "Vik’s"), ("=", "ferry")))


def test_a_negation_added_across_a_colon_reverses_the_quote() -> None:
    said = (
        "For Roe, the real objective is clear: a new toll bridge or at the very least the complete"
        " closure of the old ferry and its pier"
    )
    assert opposite("a new toll bridge is not Roe's objective", said)
    assert not opposite("a new toll bridge is Roe's objective", said)


PORT = "\n\n".join(
    [
        "Port strike talks",
        "The union said another round of negotiations with the port board would follow next week.",
        "“Any deal must include limits on night shifts,” said Rosa Fenn, the union's leader.",
    ]
)


def test_a_word_news_uses_for_the_same_thing_is_no_swapped_term() -> None:
    a = ask_about(PORT, "did the union say another round of talks with the port board would follow?")
    assert a.attribution is not None and a.attribution.verdict == "yes"
    # another thing in the quote's place is still misworded
    a = ask_about(PORT, "did Fenn say any deal must include limits on overtime?")
    assert a.attribution is not None and a.attribution.verdict == "misworded"


def test_what_an_outlet_reported_is_its_articles_not_a_quote_told_to_it(
    fixture_corpus_engine: Engine,
) -> None:
    assert reported_by("What has the Coastal Herald reported about the line?") == (
        "the Coastal Herald",
        "the line",
    )
    answer = fixture_corpus_engine.ask("What did the Coastal Herald report?")
    assert [(c.doc_id, c.paragraph) for c in answer.citations] == [("rail-brief", 1)]
    assert answer.outlet == "Coastal Herald"
