"""Telegram round 22: what round 21 found and left, and what reading the bot as its readers,
journalists and admins use it showed (README, "Telegram round 22"). Every text here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from tgfakes import BOT_USERNAME, GROUP_ID, USER_ID, bot_message, callback, check, inline, message
from tgharness import Harness

from bot import render, render_admin
from bot.admin import reason_for
from bot.htmlsplit import heads, split_html
from index.errors import IngestError
from index.types import Answer, Citation


def test_a_failed_reindex_names_the_file_never_a_server_path(tmp_path: Path) -> None:
    docs = tmp_path / "srv" / "docs"
    error = IngestError(
        f"{docs}/harbour fees.txt is not UTF-8 text (byte 12); save it as UTF-8, "
        "or add it with `python -m index add`, which also reads Windows-1252"
    )
    reason = reason_for(error, docs)
    assert reason is not None and str(tmp_path) not in reason
    html = render_admin.job_failed("reindex", reason)
    check(html)
    assert "<code>harbour fees.txt</code> is not UTF-8 text (byte 12)" in html
    assert "python -m" not in html and "send it to me as a file" in html  # shell advice, in a chat
    # a relative DOCS_DIR (the default is seeds/), the folder itself, and any other absolute path
    relative = render_admin.without_paths("news/mañana.md is 3,000 bytes; the limit is 2,000", Path("news"))
    assert relative == "`mañana.md` is 3,000 bytes; the limit is 2,000"
    folder = render_admin.without_paths(f"the documents folder {docs} does not exist; check DOCS_DIR", docs)
    assert folder == "the documents folder does not exist; check DOCS_DIR"
    other = render_admin.without_paths("cannot open '/var/lib/newsdesk/v7/vectors.npy' (busy)", docs)
    assert other == "cannot open `vectors.npy` (busy)"
    assert render_admin.without_paths("1/2 of the ferry/bus lines", docs) == "1/2 of the ferry/bus lines"


def _overview(items: int) -> str:
    lines = ["📰 <b>The articles in brief</b>:"]
    for i in range(items):
        lines.append(
            f"• <b>Harbour story {i}</b> (Coast Post)\n{'The tide came in early. ' * 6}<b>[Post ¶{i}]</b>"
        )
    return "\n".join(lines)


def test_a_split_answer_never_ends_a_message_with_a_bullets_title_or_a_heading() -> None:
    # was "• <b>Title</b> (outlet)" at the end of one message and its sentence in the next
    for chunk in split_html(_overview(14), limit=700):
        last = chunk.rstrip().rsplit("\n", 1)[-1]
        assert not heads(last), chunk[-80:]
        assert check(chunk)
    # was "<i>Also relevant:</i>" alone at the end of a message, the quotes it heads in the next
    quotes = "\n\n".join(
        f"<blockquote expandable><b>[Post ¶{i}]</b>\n{'Ships wait. ' * 40}</blockquote>" for i in range(3)
    )
    chunks = split_html(
        f"{'The port reopened on Monday. ' * 12}\n\n<i>Also relevant:</i>\n\n{quotes}", limit=700
    )
    assert not any(c.endswith("<i>Also relevant:</i>") for c in chunks)
    assert any(c.startswith("<i>Also relevant:</i>\n\n<blockquote") for c in chunks)


def test_what_heads_a_line_and_what_is_a_line_of_its_own() -> None:
    assert heads("<i>Also relevant:</i>") and heads("⚖️ <b>Sources disagree — the toll:</b>")
    assert heads("• <b>Harbour story</b> (Coast Post)") and heads(
        "<blockquote expandable><i>Harbour</i> (Post)"
    )
    assert heads("🗣 <b>Ann Lee</b>, harbour master · 3 quotes")
    assert not heads("• 12 <b>[Post ¶2]</b>") and not heads("• “We wait,” — <i>said</i> <b>[Post ¶2]</b>")
    assert not heads("🤷 <b>The articles don't say.</b>") and not heads("The tide came in early.")


def test_a_refusal_of_a_question_in_another_language_has_nothing_to_rate() -> None:
    foreign = Answer("Что сказал мэр?", (), (), abstained=True, reason="language")
    assert render.answer_keyboard(foreign, answer_id=7) is None  # had 👍 / 👎
    typed = Answer("What did Лопес say?", (), (), abstained=True, reason="language", missing=("Лопес",))
    assert render.answer_keyboard(typed, answer_id=7) is None
    # nor "tell me more" after the answer's article was removed (seen in round 22)
    removed = Answer("tell me more", (), (), abstained=True, reason="removed", missing=("Port news",))
    assert render.answer_keyboard(removed, answer_id=7) is None
    closest = Citation("port", "Port news", 2, "ships", "Ships wait.", "Post")
    weak = Answer("Why did ships wait?", (), (), abstained=True, reason="weak", closest=closest)
    keyboard = render.answer_keyboard(weak, answer_id=7)
    assert keyboard is not None and [b.text for b in keyboard.inline_keyboard[-1]] == ["👍", "👎"]


async def test_a_command_for_another_bot_in_a_private_chat_says_whose_it_is(harness: Harness) -> None:
    # was "I don't know that command" for /start@otherbot (and /help's text for nothing)
    await harness.send(message("/start@OtherNewsBot"))
    await harness.send(message("/weather@OtherNewsBot Oslo"))
    await harness.send(message(f"/start@{BOT_USERNAME}"))
    mine, theirs, own = harness.request.texts()[:2] + harness.request.texts()[-1:]
    assert mine == "/start@OtherNewsBot is addressed to @OtherNewsBot, not to me. Send /start for mine."
    assert theirs.endswith("not to me. Send /help to see what I can do.")
    assert "Articles I know" in "".join(harness.request.texts()[2:]) and own
    harness.request.clear()
    await harness.send(message("/start@OtherNewsBot", chat_id=GROUP_ID))  # in a group: not mine, silence
    assert harness.request.texts() == []


async def test_an_inline_query_of_two_questions_offers_an_answer_to_each(harness: Harness) -> None:
    # was one answer to the blend of both
    await harness.send(inline("What did the river do overnight? And how many people died?"))
    (first, _), (second, previous) = harness.qa.asked
    assert (first, second) == ("What did the river do overnight?", "And how many people died?")
    assert previous is not None and previous.question == first  # the second follows up the first
    (sent,) = harness.request.of("answerInlineQuery")
    results = sent["results"]
    assert results[0]["description"].startswith("❓ What did the river do overnight? · ")
    assert results[1]["description"].startswith("❓ And how many people died? · ")
    assert "How many" not in results[0]["input_message_content"]["message_text"]
    ids = [r["id"] for r in results]
    assert len(ids) == len(set(ids)) and all(i.startswith("p-") for i in ids[2:])


@pytest.mark.parametrize("query", ["Who? What? When? Where?"])
async def test_an_inline_query_answers_at_most_three_questions(harness: Harness, query: str) -> None:
    await harness.send(inline(query))
    assert [q for q, _ in harness.qa.asked] == ["Who?", "What?", "When?"]


async def test_quote_sent_as_a_reply_checks_the_message_it_replies_to(harness: Harness) -> None:
    # was "Send the words after the command", the claim in the message replied to ignored
    claim = message("We will rebuild every home, whatever it costs", chat_id=GROUP_ID, user_id=77)
    await harness.send(message(f"/quote@{BOT_USERNAME}", chat_id=GROUP_ID, reply_to=claim["message"]))
    assert harness.qa.checked == ["We will rebuild every home, whatever it costs"]
    assert "Exact quote" in harness.request.texts()[-1]
    # a quote-reply checks the part selected; words after /quote are checked, not the reply
    quoted = {"text": "whatever it costs", "position": 25}
    await harness.send(message("/quote", chat_id=GROUP_ID, reply_to=claim["message"], quote=quoted))
    await harness.send(message("/quote the river rose", chat_id=GROUP_ID, reply_to=claim["message"]))
    assert harness.qa.checked[1:] == ["whatever it costs", "the river rose"]


async def test_a_greeting_before_two_questions_does_not_hide_the_second(harness: Harness) -> None:
    # was one answer: "hi, who …?" did not open like a question, so the message was one question
    await harness.send(message("hi, what did the river do overnight? and how many people died?"))
    assert [q for q, _ in harness.qa.asked] == [
        "what did the river do overnight?",
        "and how many people died?",
    ]
    assert len(harness.request.texts()) == 2
    await harness.send(message("hi"))  # small talk alone is still small talk
    assert harness.request.texts()[-1].startswith("Hi! 👋") and len(harness.qa.asked) == 2


async def test_an_example_button_of_an_older_start_says_how_to_get_the_current_ones(harness: Harness) -> None:
    # was "Sorry, this button has expired. Please ask again.": ask what, after an example?
    await harness.send(callback("q:0:0000000000"))
    (text,) = harness.request.callback_answers()
    assert (
        text
        == "This example has expired: the articles have changed since. Send /start for the current examples."
    )
    assert harness.qa.asked == []


async def test_a_photo_whose_caption_mentions_me_in_a_group_is_answered(harness: Harness) -> None:
    # was silence: only text messages were read in groups (a caption was, in private chats)
    caption = f"@{BOT_USERNAME} what did the river do overnight?"
    mention = [{"type": "mention", "offset": 0, "length": len(BOT_USERNAME) + 1}]
    photo = [{"file_id": "p1", "file_unique_id": "p1", "width": 90, "height": 90}]
    await harness.send(message(chat_id=GROUP_ID, caption=caption, caption_entities=mention, photo=photo))
    assert [q for q, _ in harness.qa.asked] == ["what did the river do overnight?"]
    # a caption that does not address me is chatter, as a text would be
    await harness.send(message(chat_id=GROUP_ID, caption="what did the river do?", photo=photo))
    assert len(harness.qa.asked) == 1


async def test_quote_replying_to_my_message_says_to_select_the_words(harness: Harness) -> None:
    # was "…or reply /quote to the message that holds them", to a reader who had just done so
    await harness.send(message("/quote", reply_to=bot_message(USER_ID, "🗣 What Lopez said")))
    assert harness.request.texts()[-1].startswith("To check words from my message, select them")
    assert harness.qa.checked == []


def test_an_article_not_in_latin_letters_is_added_with_a_warning(tmp_path: Path) -> None:
    # was added without a word, though no English question can find it ("I answer questions in English")
    from index.admin.corpus import Corpus
    from index.admin.manage import Manager, Upload
    from tests.test_corpus import FolderIndex

    docs = tmp_path / "docs"
    docs.mkdir()
    manager = Manager(Corpus(docs), FolderIndex(docs), max_upload_bytes=100_000)
    text = "# Паром снова ходит\n\nПаром до острова снова ходит после забастовки.\n"
    added = manager.add([Upload("паром.md", text.encode())])
    (change,) = added.documents
    assert change.foreign
    html = render_admin.added(added)
    check(html)
    assert "not in Latin letters" in html and f"<code>id: {change.doc_id}</code>" in html
    english = manager.add([Upload("ferry.txt", b"Ferry runs again\n\nThe ferry to Orlund runs again.\n")])
    assert not english.documents[0].foreign and "Latin" not in render_admin.added(english)


async def test_typing_shows_in_the_forum_topic_the_question_was_asked_in(harness: Harness) -> None:
    # was sent to the chat without its topic: "typing…" showed in General, not where the reader asked
    topic = {"message_thread_id": 42, "is_topic_message": True}
    await harness.send(message(f"@{BOT_USERNAME} what did the river do?", chat_id=GROUP_ID, **topic))
    await harness.send(
        message(f"/quote@{BOT_USERNAME} we will rebuild every home", chat_id=GROUP_ID, **topic)
    )
    actions = harness.request.of("sendChatAction")
    assert len(actions) == 2 and all(int(a["message_thread_id"]) == 42 for a in actions)
    assert all(int(m["message_thread_id"]) == 42 for m in harness.request.of("sendMessage"))


async def test_the_apology_for_an_error_goes_to_the_topic_asked_in(harness: Harness) -> None:
    topic = {"message_thread_id": 42, "is_topic_message": True}
    await harness.send(message(f"@{BOT_USERNAME} explode", chat_id=GROUP_ID, **topic))
    (sent,) = harness.request.of("sendMessage")
    assert sent["text"].startswith("Sorry, something went wrong") and int(sent["message_thread_id"]) == 42
    assert "secret" not in sent["text"]


def test_a_speakers_quotes_over_several_messages_name_the_speaker_in_each() -> None:
    # was a bare list of bullets from the second message on: whose words were they?
    from bot.render_speakers import speaker_quotes_messages
    from index import group_speakers
    from index.types import Quote

    text = "“The ferry will run every hour from May, and the fares will not change this year,” said Ola Berg."
    quotes = [
        Quote(text[1:80], "Ola Berg", None, "said", "ferry", "Ferry timetable", n, 1, 80, outlet="Post")
        for n in range(1, 90)
    ]
    groups = group_speakers(quotes)
    chunks = speaker_quotes_messages("Berg", groups, [])
    assert len(chunks) >= 2
    assert chunks[0].startswith("🗣 <b>Ola Berg</b>")
    for chunk in chunks[1:]:
        assert (
            chunk.startswith("🗣 <b>Ola Berg</b>") and "<i>(continued)</i>\n<blockquote expandable>" in chunk
        )
        assert len(chunk.encode("utf-16-le")) // 2 <= 4096
        check(chunk)
    bullets = sum(c.count("• ") for c in chunks)
    assert bullets == 89


def test_a_long_list_is_cut_into_even_messages_not_a_last_one_of_one_bullet() -> None:
    # was 8 + 8 + 1 bullets: the last message one quote (and the buttons under it)
    lines = [f"• “{'the fares stay low ' * 3}” <b>[Post ¶{i}]</b>" for i in range(17)]
    text = "🗣 <b>Ola Berg</b> · quotes\n<blockquote expandable>" + "\n".join(lines) + "</blockquote>"
    chunks = split_html(text, limit=700)
    counts = [c.count("• ") for c in chunks]
    assert sum(counts) == 17 and len(chunks) == 3 and min(counts) >= 5, counts  # was [8, 8, 1]
    for chunk in chunks:
        check(chunk)
        assert len(chunk) <= 700
    # a message that fits, or a last part that is no scrap, is cut as before
    assert split_html("<b>a</b>\n\nb", limit=9) == ["<b>a</b>", "b"]
