"""Round 26 (about26): questions about the articles as documents, in a chat. "what is the AFP
one about?" and "what about the other article?" point at articles and get their headline and
lede; "who wrote it?" after an answer says the byline is not held and names the cited
article's outlet; "which article is newer?" says the dates are not held."""

from __future__ import annotations

import pytest

from bot.render import answer_html
from index.cli.render import answer_text
from index.engine import Engine, Turn
from index.engine.ellipsis import unclear_followup
from index.retrieval.articles.overview import asks_byline
from index.retrieval.articles.pointed import pointed_article, pointed_documents, points_at_one
from index.retrieval.articles.spoken import asks_who_said_it, spoken_in
from index.retrieval.compose import compose_answer
from index.types import Answer, AnswerSentence, Citation, Document, Quote
from tests.test_answer import evidence, para


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("What is the AFP one about?", "AFP"),
        ("what's the Coastal Herald article about", "Coastal Herald"),
        ("What does the Meridian Wire story say?", "Meridian Wire"),
        ("What about the other article?", "other"),
        ("and the other one?", "other"),
        ("what is the other story about?", "other"),
        # about what the articles report, not about one of them
        ("What is the rail link about?", None),
        ("What did the minister say?", None),
        ("what about the other envoy?", None),
    ],
)
def test_a_question_pointing_at_an_article_is_told_apart(question: str, named: str | None) -> None:
    assert pointed_article(question) == named


def _doc(doc_id: str, outlet: str | None) -> Document:
    return Document(doc_id, doc_id.title(), f"{doc_id}.txt", "h", (), outlet)


def test_the_other_article_is_the_one_the_last_answer_did_not_cite() -> None:
    docs = [_doc("ferry", "Bay Times"), _doc("bridge", "Coast Post")]
    before = Answer("q", (), (Citation("ferry", "Ferry", 2, "x", "x"),), abstained=False)
    assert pointed_documents("other", docs, before) == (["bridge"], None)
    assert pointed_documents("other", docs, None) == (["ferry", "bridge"], None)
    assert pointed_documents("Coast Post", docs, before) == (["bridge"], "Coast Post")
    assert pointed_documents("the harbour", docs, before) is None
    assert pointed_documents("first", docs, before) == (["ferry"], None)
    assert pointed_documents("last", docs, before) == (["bridge"], None)
    assert pointed_documents("third", docs, before) is None


@pytest.mark.parametrize(
    ("question", "asked", "one"),
    [
        ("who wrote it?", "author", True),
        ("Who wrote this?", "author", True),
        ("Which article is newer?", "date", False),
        ("which story came out first", "date", False),
        ("Who wrote these articles?", "author", False),
        ("Who wrote the letter?", None, False),
        ("Which minister is newer to the job?", None, False),
        ("Who wrote the Coast Post story?", "author", True),
        ("when was it published", "date", True),
        ("Who wrote the letter in the story?", None, False),
        ("When was it built?", None, False),
    ],
)
def test_who_wrote_it_and_which_is_newer_ask_what_is_not_held(
    question: str, asked: str | None, one: bool
) -> None:
    assert asks_byline(question) == asked
    assert points_at_one(question) is one or asked is None


def test_what_is_the_outlet_one_about_gets_its_headline_and_lede(fixture_corpus_engine: Engine) -> None:
    answer = fixture_corpus_engine.ask("What is the Coastal Herald one about?")
    assert not answer.abstained and answer.outlet == "Coastal Herald"
    assert [c.title for c in answer.citations] == ["Brava welcomes rail decision"]
    assert answer.citations[0].paragraph == 1


def test_chat_turns_about_the_articles(fixture_corpus_engine: Engine) -> None:
    engine = fixture_corpus_engine
    first = engine.ask("What did chamber president Ivo Sandel say?")
    cited = {c.doc_id for c in first.citations}
    assert cited == {"rail-brief"}
    turn = Turn("What did chamber president Ivo Sandel say?", first)
    # "who wrote it?" is no question about who said something: the byline is not held, and the
    # article the answer cited is named with its outlet
    wrote = engine.ask("who wrote it?", turn)
    assert wrote.not_held == "author" and [c.doc_id for c in wrote.citations] == ["rail-brief"]
    assert wrote.citations[0].outlet == "Coastal Herald"
    other = engine.ask("what about the other article?", turn)
    assert other.overview and "rail-brief" not in {c.doc_id for c in other.citations}
    assert all(c.paragraph == 1 for c in other.citations)
    newer = engine.ask("which article is newer?", turn)
    assert newer.not_held == "date" and len(newer.citations) > 1


def test_whose_words_an_answer_states() -> None:
    text = "The bridge shut at noon. “We had no choice,” the harbour master, Ines Kolar, said."
    cited = Citation("bridge", "Bridge shut", 2, text, text, "Coast Post")
    quote = Quote("We had no choice", "Ines Kolar", None, "said", "bridge", "Bridge shut", 2, 26, 42)
    assert text[26:42] == "We had no choice"
    first, second = text[:24], text[25:]
    answer = Answer("q", (AnswerSentence(first, 0), AnswerSentence(second, 0)), (cited,), abstained=False)
    narration, quoted = spoken_in(answer, [quote])
    assert narration.quotes == () and narration.speakers == ()
    assert quoted.speakers == ("Ines Kolar",)
    assert asks_who_said_it("who said this?") and not asks_who_said_it("who said the bridge shut?")


@pytest.mark.parametrize(
    ("question", "pointing"),
    [
        ("and him?", "him"),
        ("And before that?", "before that"),
        ("what about her?", "her"),
        ("and Ines Kolar?", None),
        ("and when?", None),
        ("what about the bridge?", None),
        ("before that, who ran the port?", None),
    ],
)
def test_a_follow_up_made_only_of_pointing_words_is_told_apart(question: str, pointing: str | None) -> None:
    assert unclear_followup(question) == pointing


def test_and_him_after_an_answer_asks_whom_it_means(fixture_corpus_engine: Engine) -> None:
    engine = fixture_corpus_engine
    first = engine.ask("When will construction of the rail line begin?")
    assert not first.abstained
    turn = Turn("When will construction of the rail line begin?", first)
    for question, words in (("and him?", "him"), ("and before that?", "before that")):
        answer = engine.ask(question, turn)
        # was the first answer again, or "the articles don't say" beside an unrelated paragraph
        assert answer.abstained and answer.reason == "unclear" and answer.closest is None
        assert answer.unclear_reply is not None and f"“{words}”" in answer.unclear_reply
        assert answer_text(answer).startswith("I can't tell whom or what")
        assert "❓" in answer_html(answer)
    # asked first, with nothing to point back at, it is searched as before
    assert engine.ask("and him?").reason != "unclear"


def test_a_sentence_whose_subject_is_a_pronoun_comes_with_the_sentence_before_it() -> None:
    text = (
        "The ferry operator Nordlys and the port of Vessel signed a deal on Monday. "
        "They had first met in Oslo in March to discuss fares."
    )
    ev = evidence("When did they first meet in Oslo?", (para("ferry", 4, text), 2.0, 0.7, 0.8))
    answer = compose_answer(ev, threshold=0.5)
    assert [s.text for s in answer.sentences][:2] == [text[:74], text[75:]]
    # with room for one sentence only, the answer sentence stays alone
    single = compose_answer(ev, max_sentences=1, threshold=0.5)
    assert [s.text for s in single.sentences] == [text[75:]]
    # "It" opens many sentences as a placeholder: no sentence is added for it
    plain = "Talks went on late. It was their fourth round in Oslo."
    ev = evidence("Which round in Oslo?", (para("ferry", 5, plain), 2.0, 0.7, 0.8))
    assert [s.text for s in compose_answer(ev, threshold=0.5).sentences] == [
        "It was their fourth round in Oslo."
    ]


def test_who_wrote_it_names_the_article_the_answer_quotes_not_the_also_relevant_ones(
    fixture_corpus_engine: Engine,
) -> None:
    # an answer quoting one article lists another under "also relevant": "who wrote it?" means
    # the one quoted (in the seeds' emulator run, both articles were listed)
    from index.types import Answer, AnswerSentence, Citation

    quoted = Citation("rail-brief", "Rail brief", 2, "The line reopens.", "The line reopens.")
    beside = Citation("summit", "Summit", 3, "Talks went on.", "Talks went on.")
    last = Answer(
        "when does the line reopen?", (AnswerSentence("The line reopens.", 0),), (quoted, beside), False
    )
    wrote = fixture_corpus_engine.ask("who wrote it?", Turn("when does the line reopen?", last))
    assert wrote.not_held == "author" and [c.doc_id for c in wrote.citations] == ["rail-brief"]
