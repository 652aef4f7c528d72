"""Fresh-corpus round 19 (attribution): faults found checking attributions on real news, each
reproduced here on invented articles (README, "Fresh-corpus round 19 (attr19)")."""

from __future__ import annotations

from collections.abc import Sequence

from news_fixtures import ask_about, doc
from test_answer import para

from index.attribution.answers.claim_quote import quote_for_claim
from index.attribution.checks.check import reversal_diff
from index.attribution.checks.claim_words import negations
from index.attribution.checks.meaning import opposite
from index.attribution.extraction.credit import credit_line, whole_quote
from index.attribution.extraction.extract import extract_quotes
from index.attribution.extraction.tidy import tidy_name
from index.attribution.speakers.speaker_groups import quotes_by
from index.attribution.speakers.speakers import classify_speaker
from index.retrieval.lexical import terms
from index.types import Passage, Quote

NOTEBOOK = (
    "Harbour notebook\n\n"
    "Mayor Ana Roe told reporters the levy “may break the law.”\n\n"
    "“He can have his levy,” Roe said. “But I hope it fails.”\n\n"
    "Post of the day.\n\n"
    "“Great vote. The pier is safe. That's why Piet should run the port.”\n\n"
    "-Governor Piet Hals, posting after the vote.\n\n"
    "Heard on the quay.\n\n"
    "“The whole idea of a 'lazy council' needs to stop.”\n\n"
    "— Vera Lind, Ostrava."
)

SENATOR = (
    "Senator plays down the row\n\n"
    "OSTRAVA — Sen. Ana Roe (D-Ore.) on Monday played down the row over the levy and said it was "
    "“a fair price.”\n\n"
    "“I don't hear any complaint about the ferry fare,” Roe said.\n\n"
    "“I've said many times that I wouldn't back the toll. I disagree with the toll,” Roe said later.\n\n"
    "“It is not going to be easy for the mayor,” said Representative Piet T. King of Ostrava, who "
    "backed the levy on Tuesday. “There is no doubt that right now the mayor is the favorite.”\n\n"
    "Wednesday added one more twist to the row: the ferry board resigned.\n\n"
    "That's not the same as saying the council can't act."
)


def test_a_credit_line_under_a_quotation_names_its_speaker() -> None:
    quotes = extract_quotes(doc(NOTEBOOK, "t"))
    by_text = {q.text[:12]: q for q in quotes}
    assert by_text["Great vote. "].speaker == "Piet Hals"  # not Roe, who spoke last
    assert by_text["The whole id"].speaker == "Vera Lind"  # not Hals
    assert by_text["He can have "].speaker == "Ana Roe"
    # the credit lines themselves quote no one ("posting after the vote" is no report)
    assert not [q for q in quotes if q.paragraph in (6, 9)]


def test_what_a_credit_line_is() -> None:
    assert credit_line("— Vera Lind, Ostrava.") == ("Vera Lind", "Ostrava")
    assert credit_line("-Governor Piet Hals.") == ("Governor Piet Hals", None)
    assert credit_line("- Hals won the county by six points.") is None
    assert credit_line("Hals, posting after the vote.") is None
    assert whole_quote("“Great vote. The pier is safe.”")
    assert not whole_quote("“Great vote,” Hals wrote.")


def test_a_title_and_party_tag_are_no_part_of_the_name() -> None:
    quotes = extract_quotes(doc(SENATOR, "t"))
    first = quotes[0]
    assert first.speaker == "Ana Roe" and "Sen." in (first.speaker_detail or "")
    assert tidy_name("Rep Piet Hals (R-Ohio)", None) == ("Piet Hals", "Rep., R-Ohio")
    assert tidy_name("President Hals", None) == ("President Hals", None)  # no name left without it
    # "King" after a given name is a surname, not a title: the name is never "of Ostrava"
    king = classify_speaker("Representative Piet T. King of Ostrava", None, frozenset())
    assert king.name == "Piet T. King of Ostrava" and king.detail == "Representative"


def test_a_speaker_asked_with_a_title_finds_the_person() -> None:
    quotes = extract_quotes(doc(SENATOR, "t"))
    roe = quotes_by("Roe", quotes)
    assert len(roe) >= 3
    assert quotes_by("Sen. Roe", quotes) == roe
    king = quotes_by("Piet King", quotes)
    assert king and all("King" in (q.speaker or "") for q in king)


def test_a_day_or_that_s_reports_nothing() -> None:
    quotes = extract_quotes(doc(SENATOR, "t"))
    assert not [q for q in quotes if (q.speaker or "").startswith(("Wednesday", "That"))]


def test_a_sentence_of_a_quote_that_agrees_outweighs_another_that_negates() -> None:
    said = "I've said many times that I wouldn't back the toll. I disagree with the toll."
    assert not opposite("she disagrees with the toll", said)
    assert opposite("she would back the toll", said)
    answer = ask_about(SENATOR, "did Roe say she disagrees with the toll?")
    assert answer.attribution is not None and answer.attribution.verdict == "yes"
    # a /quote of a quote's second sentence, word for word, is no reversal of it
    quote = "America cannot afford another toll. We need a mayor who has run a port before, and won."
    assert reversal_diff("We need a mayor who has run a port before, and won", quote) is None


def test_no_doubt_affirms() -> None:
    assert negations("there is no doubt that the mayor is the favorite".split()) == 0
    assert negations("there is no reason to doubt it".split()) == 1
    answer = ask_about(SENATOR, "did Piet King say the mayor is the favorite right now?")
    assert answer.attribution is not None and answer.attribution.verdict == "yes"


def test_pleased_and_disappointed_real_and_fake_are_opposites() -> None:
    assert opposite("he is very pleased with the board", "I'm very disappointed in the board.")
    assert opposite("he hopes the briefings are real", "But I hope the briefings are fake.")
    assert not opposite("he is disappointed in the board", "I'm very disappointed in the board.")


def test_the_speakers_own_reversal_answers_a_claim_too_unlike_to_match() -> None:
    text = (
        "Mayor clashes with port board\n\n"
        "Mayor Ivo Marsh met the port board on Monday.\n\n"
        "“I'm very disappointed in the port board, the whole of it,” Marsh said."
    )
    answer = ask_about(text, "did Marsh say he was very pleased with the port board?")
    assert answer.attribution is not None and answer.attribution.verdict == "contradicts"
    other = ask_about(text, "did Marsh say the ferry timetable is fine?")
    assert other.attribution is not None and other.attribution.verdict == "not_found"


def _overlap(text: str, quotes: Sequence[Quote]) -> list[float]:
    """A content-dependent stand-in for the encoder: the share of the text's terms a quote holds."""
    mine = set(terms(text))
    return [len(mine & set(terms(q.text))) / max(len(mine), 1) for q in quotes]


def test_who_said_does_not_take_words_said_of_someone_else() -> None:
    text = "Mr. Brandt should leave the race for the good of the party"
    quit_ = Quote(text, "Ivo Marsh", None, "said", "h", "H", 3, 0, len(text), kind="indirect")
    passage = Passage(para("h", 3, f"In an interview, Mr. Marsh said {text}."), 1.0, 0.5, 0.5)
    assert quote_for_claim("Brandt should leave the race", [passage], [quit_], _overlap) is quit_
    assert quote_for_claim("Lund should leave the race", [passage], [quit_], _overlap) is None


def test_a_loose_yes_gives_way_to_the_next_sentence_that_says_the_reverse() -> None:
    text = (
        "Mayor on the harbour keys\n\n"
        "Mayor Ivo Marsh spoke to the dock workers on Friday.\n\n"
        "“The board can have its harbour keys,” Marsh said. “But I hope the keys are fake.”"
    )
    reverse = ask_about(text, "did Marsh say he hopes the board's harbour keys are real?")
    assert reverse.attribution is not None and reverse.attribution.verdict == "contradicts"
    kept = ask_about(text, "did Marsh say the board can have its harbour keys?")
    assert kept.attribution is not None and kept.attribution.verdict in ("yes", "exact")


def test_a_word_that_only_opens_a_sentence_is_no_part_of_the_name() -> None:
    text = (
        "Ana Roe praises the ferry plan\n\n"
        "Billionaire Ana Roe praised the ferry plan at a press conference on Monday.\n\n"
        "“Very good plan, very good plan,” Roe said."
    )
    quotes = extract_quotes(doc(text, "t"))
    assert quotes and all(q.speaker == "Ana Roe" for q in quotes)
    # a middle name the article always writes stays
    text = "Mary Ann Roe on the ferry\n\nMary Ann Roe spoke on Monday.\n\n“It is good,” Mary Ann Roe said."
    assert [q.speaker for q in extract_quotes(doc(text, "t"))] == ["Mary Ann Roe"]
