"""Telegram round 23: what round 22 left and what reading the bot as its readers, journalists
and admins use it showed (README, "Telegram round 23"). Every text here is invented."""

from __future__ import annotations

import pytest
from tgfakes import ADMIN_ID, USER_ID, check, message
from tgharness import Harness

from bot.render_speakers import speaker_quotes_keyboards, speaker_quotes_messages
from index import group_speakers
from index.types import Quote


def _ferry_quotes(count: int) -> list[Quote]:
    text = "“The ferry will run every hour from May, and the fares will not change this year,” said Ola Berg."
    return [
        Quote(text[1:80], "Ola Berg", None, "said", "ferry", "Ferry timetable", n, 1, 80, outlet="Post")
        for n in range(1, count + 1)
    ]


def test_each_message_of_a_long_quotes_list_carries_the_buttons_of_its_own_quotes() -> None:
    # were all under the last message, and only the first eight paragraphs of the whole list
    groups = group_speakers(_ferry_quotes(90))
    chunks = speaker_quotes_messages("Berg", groups, [])
    keyboards = speaker_quotes_keyboards(chunks, groups)
    assert len(chunks) >= 3 and len(keyboards) == len(chunks)
    for chunk, keyboard in zip(chunks, keyboards, strict=True):
        check(chunk)
        assert keyboard is not None
        labels = [row[0].text.removeprefix("📄 ") for row in keyboard.inline_keyboard]
        assert 1 <= len(labels) <= 8
        assert all(f"<b>[{label}]</b>" in chunk for label in labels)  # each opens a quote above it
    first = [row[0].text for row in keyboards[0].inline_keyboard] if keyboards[0] else []
    last = [row[0].text for row in keyboards[-1].inline_keyboard] if keyboards[-1] else []
    assert first[0] == "📄 Post ¶1" and "📄 Post ¶1" not in last
    # the last message's buttons open its own first quotes, not the list's first eight
    assert chunks[-1].index(f"<b>[{last[0].removeprefix('📄 ')}]</b>") < chunks[-1].index("</b>\n• ")


def test_a_short_quotes_list_keeps_one_keyboard_and_no_label_matches_a_longer_one() -> None:
    groups = group_speakers(_ferry_quotes(12))
    (chunk,) = speaker_quotes_messages("Berg", groups, [])
    (keyboard,) = speaker_quotes_keyboards([chunk], groups)
    assert keyboard is not None
    labels = [row[0].text for row in keyboard.inline_keyboard]
    assert labels == [f"📄 Post ¶{n}" for n in range(1, 9)]
    # "[Post ¶1]" is not found inside "[Post ¶12]"
    (only,) = speaker_quotes_keyboards(["• “x” <b>[Post ¶12]</b>"], groups)
    assert only is not None and [row[0].text for row in only.inline_keyboard] == ["📄 Post ¶12"]


@pytest.mark.parametrize("sender", [USER_ID, ADMIN_ID])
async def test_a_gif_is_no_upload(harness: Harness, sender: int) -> None:
    # Telegram sends a GIF as an animation that is also a document: a reader was told "Only
    # admins can add documents", and an admin's GIF would have been read as an article
    gif = {"file_id": "g1", "file_unique_id": "g1u", "file_name": "nod.gif.mp4", "mime_type": "video/mp4"}
    animation = gif | {"width": 240, "height": 240, "duration": 2}
    await harness.send(message(None, user_id=sender, chat_id=sender, animation=animation, document=gif))
    assert harness.request.texts() == ["I can only read text questions. Please type your question."]
    assert not harness.request.of("getFile")
