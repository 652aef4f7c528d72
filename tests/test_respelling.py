"""Names read as the articles write them: misspelt, or typed in Cyrillic (retrieval/spelling.py)."""

from __future__ import annotations

from bot import render, render_quotes
from index.cli.render import abstention_text, answer_json, answer_text
from index.engine import Engine
from index.retrieval.casing import Casing
from index.retrieval.mentions import Vocabulary
from index.retrieval.spelling import Spelling, slips
from index.types import Answer

ARTICLE = [
    "Foreign minister Teodor Vasilak met the envoy of Valdoria in Geneva on Monday.",
    "Vasilak said the talks were frank, and the Valdorian side agreed to meet again.",
    "Analyst Mirela Szczepanska said Morsland would not give up its programme.",
]


def _respell(question: str):  # type: ignore[no-untyped-def]
    casing, vocabulary = Casing.of(ARTICLE), Vocabulary.of(ARTICLE)
    return Spelling.of(casing.proper, vocabulary.words).respell(casing.recase(question))


def test_a_name_one_slip_away_is_read_as_the_articles_write_it() -> None:
    fixed = _respell("What did Teodor Vasilac say about the talks?")
    assert fixed.question == "What did Teodor Vasilak say about the talks?"
    assert fixed.read_as == (("Vasilac", "Vasilak"),)
    # a long name may be two slips away, a short one only one
    assert _respell("What did Szczepanskka say?").read_as == (("Szczepanskka", "Szczepanska"),)
    assert _respell("What did Vasilka say?").read_as == (("Vasilka", "Vasilak"),)
    assert _respell("Is it far from Genv?").read_as == ()  # four letters: too short to guess


def test_words_the_articles_use_endings_and_openings_are_left_alone() -> None:
    assert _respell("What did the Valdorians agree?").read_as == ()  # a name plus an ending
    assert _respell("Vasilac said what?").read_as == ()  # the opening word is capitalised anyway
    assert _respell("What did the minister say?").read_as == ()  # not written as a name
    assert _respell("What did Vladimir Putin say?").read_as == ()  # no name near it


def test_a_question_typed_in_lower_case_has_its_misspelt_names_read_too() -> None:
    assert _respell("what did vasilac say").question == "what did Vasilak say"


def test_a_name_in_cyrillic_is_read_by_its_transliterations() -> None:
    fixed = _respell("What did Василак say about Вальдория?")
    assert fixed.question == "What did Vasilak say about Valdoria?"
    assert fixed.read_as == (("Василак", "Vasilak"), ("Вальдория", "Valdoria"))
    # the first letter is kept: Russian "Женева" is not read as Geneva
    assert _respell("Is Женева far?").question == "Is Женева far?"
    assert _respell("What did Путин say?").question == "What did Путин say?"  # no such name: left


def test_a_name_in_a_script_without_transliteration_is_unreadable() -> None:
    assert _respell("What did ואסילק say?").unreadable == ("ואסילק",)
    assert _respell("Is the ζ-function in it?").unreadable == ()  # a lone letter names nothing


def test_slips_count_typing_mistakes() -> None:
    assert slips("vasilak", "vasilak", 2) == 0
    assert slips("vasliak", "vasilak", 2) == 1  # two letters swapped
    assert slips("vasilk", "vasilak", 2) == 1
    assert slips("xyz", "vasilak", 2) == 3  # past the limit, counted as one more


def test_the_engine_answers_a_misspelt_speaker_and_says_how_it_read_it(news_engine: Engine) -> None:
    right = news_engine.ask("What did Vasilak say?")
    typo = news_engine.ask("What did Vasilac say?")
    assert typo.attribution is not None and typo.attribution.verdict == "listed"
    assert typo.attribution.quotes == right.attribution.quotes  # type: ignore[union-attr]
    assert typo.read_as == (("Vasilac", "Vasilak"),)
    assert answer_text(typo).startswith("(Read “Vasilac” as Vasilak.)")
    assert answer_json(typo)["read_as"] == [{"typed": "Vasilac", "read": "Vasilak"}]
    assert right.read_as == () and "read_as" not in answer_json(right)


def test_the_engine_reads_a_cyrillic_name_and_refuses_an_unreadable_one(news_engine: Engine) -> None:
    cyrillic = news_engine.ask("What did Василак say?")
    assert cyrillic.attribution is not None and cyrillic.attribution.quotes
    assert {q.speaker for q in cyrillic.attribution.quotes} == {"Teodor Vasilak"}
    hebrew = news_engine.ask("What did ואסילק say?")
    assert hebrew.abstained and hebrew.reason == "language" and hebrew.missing == ("ואסילק",)
    assert "“ואסילק”" in abstention_text(hebrew) and "Latin letters" in abstention_text(hebrew)
    russian = news_engine.ask("Что сказал Василак?")  # a question in Russian is still refused as such
    assert russian.abstained and russian.reason == "language" and russian.missing == ()


def test_read_as_reply_lists_every_name_read() -> None:
    answer = Answer("q", (), (), abstained=True, read_as=(("Vasilac", "Vasilak"), ("Женева", "Geneva")))
    assert answer.read_as_reply == "Read “Vasilac” as Vasilak, “Женева” as Geneva"


def test_telegram_says_how_it_read_a_name_before_the_answer(news_engine: Engine) -> None:
    typo = news_engine.ask("What did Vasilac say?")
    html = render.answer_html(typo)
    assert html.startswith("✏️ <i>Read “Vasilac” as Vasilak.</i>\n\n")
    assert "Teodor Vasilak" in html
    shared = render.answer_html(typo, show_question=True)  # inline mode: the question first
    assert shared.startswith("❓ <i>What did Vasilak say?</i>\n\n✏️ <i>Read “Vasilac” as Vasilak.</i>")
    hebrew = render.answer_html(news_engine.ask("What did ואסילק say?"))
    assert "Latin letters" in hebrew and "ואסילק" in hebrew


def test_a_quote_claim_with_a_misspelt_speaker_is_no_misattribution(news_engine: Engine) -> None:
    check = news_engine.check_quote("Vasilac said: “We came here in good faith”")
    assert check.verdict == "exact" and check.speaker_right is True
    assert check.read_as == (("Vasilac", "Vasilak"),)
    assert render_quotes.quote_check_html("…", check).startswith("✏️ <i>Read “Vasilac” as Vasilak.</i>")
    # a name misspelt inside the quoted words is a misquote, not read away
    inside = news_engine.check_quote("Marsh said: “Morsland is buying time”")
    misspelt = news_engine.check_quote("Marsh said: “Morslend is buying time”")
    assert inside.verdict == "exact" and misspelt.verdict == "misworded" and misspelt.read_as == ()


def test_quotes_of_a_misspelt_speaker_are_theirs(news_engine: Engine) -> None:
    assert news_engine.quotes_by("Vasilac") == news_engine.quotes_by("Vasilak") != []


def test_quotes_of_a_name_typed_in_cyrillic_or_misspelt_list_the_articles_name(news_engine: Engine) -> None:
    from bot.quotes import _speaker_quotes

    assert news_engine.name_as_written("Василак") == "Vasilak"
    assert news_engine.name_as_written("Vasilac") == "Vasilak"
    assert news_engine.name_as_written("Nobody Known") == "Nobody Known"
    own, _, _ = _speaker_quotes(news_engine, news_engine.name_as_written("Василак"))
    assert [g.name for g in own] == ["Teodor Vasilak"] and own[0].quotes
