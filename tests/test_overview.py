"""Questions about the articles as a whole ("what is this about?") get each article's lede,
cited, with the real model on the fixture news corpus; anything more specific is searched."""

from __future__ import annotations

from index.engine import Engine, Turn
from index.retrieval.articles.overview import asks_overview


def test_what_is_this_about_is_answered_with_each_article_s_first_sentence(
    fixture_corpus_engine: Engine,
) -> None:
    answer = fixture_corpus_engine.ask("What is this all about?")
    documents = fixture_corpus_engine.documents()
    assert not answer.abstained and len(answer.citations) == min(3, len(documents))
    assert {c.paragraph for c in answer.citations} == {1}
    assert len({c.doc_id for c in answer.citations}) == len(answer.citations)  # one line per article
    for sentence in answer.sentences:
        cited = answer.citations[sentence.citation]
        assert cited.text.startswith(sentence.text)  # the lede's own first sentence, verbatim


def test_a_question_about_one_thing_is_searched_not_summarised(fixture_corpus_engine: Engine) -> None:
    overview = fixture_corpus_engine.ask("Summarize the articles")
    specific = fixture_corpus_engine.ask("Summarize the rail funding dispute")
    assert {c.paragraph for c in overview.citations} == {1}
    # searched: an answer, or an abstention that shows the closest paragraph it found
    assert specific.citations != overview.citations and (specific.citations or specific.closest is not None)


def test_tell_me_more_continues_an_answer_but_opens_a_new_chat_with_the_overview() -> None:
    assert asks_overview("Tell me more!")
    assert not asks_overview("Tell me more!", follows_up=True)
    assert not asks_overview("what happened", follows_up=True)
    assert asks_overview("What are these articles about?", follows_up=True)


def test_a_follow_up_tell_me_more_is_not_the_overview(fixture_corpus_engine: Engine) -> None:
    first = fixture_corpus_engine.ask("When will construction begin?")
    more = fixture_corpus_engine.ask("Tell me more", Turn(first.question, first))
    overview = fixture_corpus_engine.ask("Tell me more")
    assert {c.paragraph for c in overview.citations} == {1}
    assert [(c.doc_id, c.paragraph) for c in more.citations] != [
        (c.doc_id, c.paragraph) for c in overview.citations
    ]


def test_the_overview_reads_as_a_list_in_telegram_and_the_cli(fixture_corpus_engine: Engine) -> None:
    from bot import render
    from index.cli.render import answer_json, answer_text

    answer = fixture_corpus_engine.ask("Give me an overview")
    articles = len(fixture_corpus_engine.documents())
    assert answer.overview == articles and articles > len(answer.sentences)
    html = render.answer_html(answer)
    assert html.startswith(f"📰 <b>The articles in brief</b> (the first 3 of {articles}):")
    assert html.count("\n• ") == 3 and "/start lists the articles" in html
    text = answer_text(answer)
    assert text.splitlines()[0] == f"In brief, a line from each article (the first 3 of {articles}):"
    assert answer_json(answer)["overview"] == articles


def test_what_an_outlet_reports_is_listed_under_its_name(fixture_corpus_engine: Engine) -> None:
    from bot import render

    answer = fixture_corpus_engine.ask("What does the Coastal Herald say?")
    assert render.answer_html(answer).startswith("📰 <b>What Coastal Herald reports</b>:\n• ")


def test_who_published_the_articles_is_answered_with_each_article_s_title_and_outlet(
    fixture_corpus_engine: Engine,
) -> None:
    from bot import render

    answer = fixture_corpus_engine.ask("Which outlet published the article about the rail line?")
    assert answer.overview and {c.paragraph for c in answer.citations} == {1}
    html = render.answer_html(answer)
    for c in answer.citations:
        assert f"• <b>{c.title}</b> ({c.outlet or 'outlet unknown'})\n" in html
    # a question about a writer in the articles is searched as usual
    assert not fixture_corpus_engine.ask("Who wrote the harbour report?").overview


def test_the_overview_shared_inline_is_titled_as_one(fixture_corpus_engine: Engine) -> None:
    from bot import render_inline

    results = render_inline.inline_results(fixture_corpus_engine.ask("What is this about?"))
    assert results[0].title == "The articles in brief"
    assert render_inline.inline_results(fixture_corpus_engine.ask("What does the Coastal Herald say?"))[
        0
    ].title == ("What Coastal Herald reports")


def test_asking_which_articles_the_bot_reads_lists_them_with_the_count(news_engine: Engine) -> None:
    from bot import render
    from index.cli.render import answer_text

    for question in ("What articles do you have?", "how many articles are there", "What are your sources?"):
        answer = news_engine.ask(question)
        assert answer.overview == 3 and len(answer.sentences) == 3, question
    answer = news_engine.ask("How many articles are there?")
    assert answer_text(answer).startswith("In brief, a line from each of the 3 articles:\n")
    assert render.answer_html(answer).startswith("📰 <b>The 3 articles in brief</b>:\n• ")


def test_asking_for_the_latest_news_is_the_overview_but_the_latest_on_a_topic_is_searched() -> None:
    for question in ("What's the latest news?", "what is the latest", "Any updates?", "latest news"):
        assert asks_overview(question), question
    assert not asks_overview("What's the latest on the rail strike?")
    assert not asks_overview("latest casualty figures")
