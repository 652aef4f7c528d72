from __future__ import annotations

import html
from dataclasses import replace

import pytest
from fakeqa import DOCS, FakeQA
from tgfakes import check

from bot import render, render_inline, render_welcome
from bot.htmlsplit import split_html
from index.text import short_title
from index.types import Answer, AnswerSentence, Citation, Disagreement, DisagreementSide, Paragraph

EVIL_TITLE = "Rock & Roll <live> _*[x] `y` </b>"


def citation(n: int, title: str = EVIL_TITLE, text: str = "Prices rose <5% & fell >3%.") -> Citation:
    return Citation(f"doc-{n}", title, n, text[:20], text, outlet=None)


def answer(n_citations: int = 2, text: str = "Prices rose <5% & fell >3%.", **kwargs: object) -> Answer:
    cites = tuple(citation(i + 1, text=text) for i in range(n_citations))
    sentences = tuple(AnswerSentence(text, i) for i in range(n_citations))
    return Answer("What about <b>prices</b> & *rates*?", sentences, cites, abstained=False, **kwargs)  # type: ignore[arg-type]


def test_answer_escapes_every_value():
    html_text = render.answer_html(answer(), show_question=True)
    visible = check(html_text)
    assert "&lt;5% &amp; fell &gt;3%" in html_text
    assert "Rock &amp; Roll &lt;live&gt; _*[x] `y`…" in html_text
    assert "What about <b>prices</b> & *rates*?" in visible
    assert f"[{short_title(EVIL_TITLE)} ¶1]" in visible
    supporting = render.answer_html(answer(2, text="x"), show_question=False)
    wire = [replace(citation(i), outlet="Wire") for i in (1, 2)]  # an outlet label: the title is shown
    assert supporting.count("x") >= 1 and "&lt;/b&gt;" in render.answer_html(
        Answer("q", (AnswerSentence("x", 0),), tuple(wire), abstained=False)
    )


def test_a_title_is_not_repeated_after_a_label_that_is_its_start():
    long_title = "Ferry operators and dock unions agree a new pay deal after the strike"
    own = Citation("doc-1", long_title, 1, "Pay rose.", "Pay rose.", outlet=None)
    for closest, shown in ((own, False), (replace(own, outlet="Wire"), True)):
        html_text = render.answer_html(Answer("q", (), (), abstained=True, reason="weak", closest=closest))
        assert "Pay rose." in html_text and "¶1]" in html_text
        assert (long_title in html_text) is shown


def test_answer_with_out_of_range_citation_index_does_not_crash():
    bad = Answer("q", (AnswerSentence("A claim.", 5),), (), abstained=False)
    assert "A claim." in check(render.answer_html(bad))


def test_abstention_and_closest():
    closest = citation(4)
    text = render.answer_html(Answer("q", (), (), abstained=True, closest=closest))
    visible = check(text)
    assert "The articles don't say" in visible and "¶4" in visible
    keyboard = render.answer_keyboard(Answer("q", (), (), abstained=True, closest=closest), 7)
    assert keyboard is not None
    assert str(keyboard.inline_keyboard[0][0].callback_data).startswith("p:doc-4:4.")


def test_disagreement_note():
    sides = (DisagreementSide("12", "doc-1", 1, "A"), DisagreementSide("<15>", "elsewhere", 9, "B & C"))
    text = render.answer_html(answer(1, disagreements=(Disagreement("toll", sides),)))
    visible = check(text)
    assert "Sources disagree — toll:" in visible
    assert "<15> [B & C ¶9]" in visible


def test_no_disagreement_found_is_said():
    visible = check(render.answer_html(answer(1, undisputed="the <toll>")))
    assert "I found no disagreement between the articles about the <toll>." in visible
    assert "disagreement" not in check(render.answer_html(answer(1)))


def test_long_answer_is_split_on_paragraph_boundaries():
    long = answer(40, text="word " * 120)
    messages = render.answer_messages(long)
    assert len(messages) > 1
    for message in messages:
        check(message)
        assert message.count("<blockquote expandable>") == message.count("</blockquote>")


@pytest.mark.parametrize(
    "body", ["a" * 20_000, "word &amp; " * 3_000, "😀" * 5_000, "\n".join(["line"] * 3000)]
)
def test_split_inside_tags_keeps_them_balanced(body):
    text = f"<b>head</b>\n\n<blockquote expandable><b>{body}</b></blockquote>\n\n<i>tail</i>"
    messages = split_html(text)
    assert len(messages) > 1
    visible = "".join(check(m) for m in messages)
    assert html.unescape(body).replace("\n", "").replace(" ", "") in visible.replace("\n", "").replace(
        " ", ""
    )
    assert all(not m.startswith("</") for m in messages)


def test_a_long_list_in_one_blockquote_is_cut_between_its_lines_and_keeps_its_heading():
    # /quotes of a speaker with 70 quotes: one heading line, then one blockquote of 70 bullets
    bullets = "\n".join(
        f"• “We will keep working on item {i} until every resident sees a change” [¶{i}]" for i in range(70)
    )
    text = f"<b>Ilse Marr</b> · 70 quotes\n<blockquote expandable><i>Harbour news</i>\n{bullets}</blockquote>"
    messages = split_html(text)
    assert len(messages) > 1
    assert messages[0].startswith(
        "<b>Ilse Marr</b> · 70 quotes\n<blockquote expandable><i>Harbour news</i>\n• "
    )
    for message in messages:
        check(message)
        assert message.endswith("]</blockquote>")  # each message ends on a whole line
    for message in messages[1:]:
        assert message.startswith("<blockquote expandable>• “We will keep working on item ")
    assert sum(m.count("• ") for m in messages) == 70


def test_a_short_heading_above_a_block_that_just_fits_alone_is_not_sent_alone():
    # "What Oda Brandt said (12 quotes):" came as a message of its own, its list in the next
    bullets = "\n".join(
        f"• “The ferry levy item {i} stays as it is, we said so in spring” [¶{i}]" for i in range(12)
    )
    block = f"<b>Oda Brandt</b> · 12 quotes\n<blockquote expandable>{bullets}</blockquote>"
    text = f"🗣 <b>What Oda Brandt said</b> (12 quotes):\n\n{block}"
    limit = len(block) + 10  # the block fits a message alone, not beside the heading
    messages = split_html(text, limit=limit)
    assert len(messages) == 2 and messages[0].startswith(
        "🗣 <b>What Oda Brandt said</b> (12 quotes):\n\n<b>Oda"
    )
    for message in messages:
        check(message)
        assert message.endswith("]</blockquote>")  # cut between two quotes, each with its citation
    assert sum(m.count("• ") for m in messages) == 12
    half = "x" * (limit // 2)  # a message already half full is sent as it is
    assert split_html(f"{half}\n\n{block}", limit=limit) == [half, block]


def test_split_never_cuts_entities():
    messages = split_html("&amp;" * 3000, limit=100)
    for m in messages:
        check(m)
        assert m.replace("&amp;", "") == ""


def test_short_text_is_one_message():
    assert split_html("<b>a</b>\n\nb") == ["<b>a</b>\n\nb"]
    assert split_html("   ") == []


def test_welcome_and_paragraph():
    qa = FakeQA()
    messages = render_welcome.welcome(qa.documents(), qa.example_questions(), "news_bot")
    visible = "".join(check(m) for m in messages)
    assert DOCS[1].title in visible and "@news_bot" in visible
    many = render_welcome.welcome(qa.documents() * 200, [], "news_bot")
    assert all(check(m) for m in many) and "more" in "".join(many)
    paragraph = Paragraph("d", EVIL_TITLE, 3, "x <y> " * 2000, 0, 1, "h", outlet="A&B")
    parts = render.paragraph_messages(paragraph)
    assert len(parts) > 1 and EVIL_TITLE in check(parts[0])
    assert len(render.paragraph_alert(paragraph)) <= 200


def test_inline_results_fit():
    results = render_inline.inline_results(answer(30, text="word " * 200))
    for result in results:
        check(result.input_message_content.message_text)  # type: ignore[union-attr]
        assert len(result.title) <= 100 and len(result.id.encode()) <= 64


def test_keyboard_callback_data_fits():
    cite = Citation("x" * 200, "T", 12, "q", "t")
    keyboard = render.answer_keyboard(
        Answer("q", (AnswerSentence("s", 0),), (cite,), abstained=False), 10**12
    )
    assert keyboard is not None
    for row in keyboard.inline_keyboard:
        for button in row:
            assert len(str(button.callback_data).encode()) <= 64


def test_refusals_say_why_in_chats_and_inline_mode():
    missing = Answer(
        "What did Olaf Brennan say?",
        (),
        (),
        abstained=True,
        reason="not_mentioned",
        missing=("Olaf Brennan",),
    )
    assert "don't mention Olaf Brennan" in check(render.answer_html(missing))
    assert render_inline.inline_results(missing)[0].title == "The articles don't mention Olaf Brennan"
    foreign = Answer("Что сказал мэр?", (), (), abstained=True, reason="language")
    assert "I answer questions in English" in check(render.answer_html(foreign))


def test_a_paraphrase_matched_to_reported_speech_does_not_call_it_their_own_words():
    from index.types import Attribution, Quote

    def said(kind: str) -> str:
        q = Quote("the levy is a local matter", "Ana Lee", None, "stated", "doc-1", "T", 1, 0, 26, kind=kind)  # type: ignore[arg-type]
        att = Attribution(kind="who_said", verdict="matched", claim="the levy is local", quotes=(q,))
        return check(render.answer_html(Answer("q", (), (citation(1),), abstained=False, attribution=att)))

    assert "(as reported below)" in said("indirect")
    assert "(in their own words below)" in said("direct")


def test_a_missing_number_is_marked_as_one_and_a_missing_fact_or_name_is_not():
    def line(kind: str) -> str:
        return render.abstention_html(Answer("q", (), (), abstained=True, reason="no_value", missing=(kind,)))

    assert line("number").startswith("🔢") and "the number asked for" in line("number")
    assert line("date").startswith("🔢")
    for kind in ("fact", "name", "names", "place", "view"):
        assert line(kind).startswith("🤷"), kind


def test_what_else_after_all_of_a_speaker_s_quotes_says_that_is_all():
    from bot.render_quotes import attribution_html
    from index.types import Attribution

    def reply(all_shown: bool) -> str:
        att = Attribution("what_said", "not_found", speaker_asked="Ilse Brandt", all_shown=all_shown)
        return attribution_html(Answer("anything else?", (), (), abstained=True, attribution=att))

    assert "That is all: I found no other quotes by Ilse Brandt" in reply(True)
    assert "I found no quotes by Ilse Brandt" in reply(False) and "That is all" not in reply(False)


def test_a_sentence_cut_from_a_longer_quotation_is_shown_with_the_quotation_closed():
    cut = "“We expect the same from the other side."
    shown = check(render.answer_html(answer(1, text=cut), show_question=False))
    assert "“We expect the same from the other side.” [" in shown
    ended = "And we will wait,” she said."
    shown = check(render.answer_html(answer(1, text=ended), show_question=False))
    assert "“And we will wait,” she said. [" in shown


def test_a_speaker_count_says_what_it_counts_and_an_empty_on_the_record_list_names_no_anonymous_source():
    # was "Who is quoted" with no word of what was counted, and "No anonymous source is quoted"
    # for "who spoke on the record?" when no one did
    from index.types import Attribution, Quote

    q = Quote("the levy is a local matter", "Ana Lee", None, "said", "doc-1", "T", 1, 0, 26, kind="direct")  # type: ignore[arg-type]
    note = "not counted: 2 statements the articles report without quotation marks"
    att = Attribution(kind="who_quoted", verdict="listed", claim="in quotation marks", quotes=(q,), note=note)
    counted = check(
        render.answer_html(Answer("how many people are quoted?", (), (), abstained=False, attribution=att))
    )
    assert "Who is quoted in quotation marks (1 speaker, 1 quote)" in counted
    assert "Not counted: 2 statements the articles report without quotation marks." in counted
    empty = Attribution(kind="who_quoted", verdict="not_found", claim="on the record")
    none = check(
        render.answer_html(Answer("who spoke on the record?", (), (), abstained=True, attribution=empty))
    )
    assert "No source is quoted on the record" in none and "anonymous" not in none
