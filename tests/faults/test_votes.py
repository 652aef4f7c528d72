"""Fault 10: a forged `fb:<id>:down` from another chat must not count as a vote."""

from __future__ import annotations

from pathlib import Path

from tgfakes import USER_ID, callback, message
from tgharness import Harness

from bot import callbacks
from index.state.feedback import FeedbackStore

OTHER_CHAT = -100_555


async def test_votes_count_only_from_the_chat_the_answer_was_sent_to(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    await h.start()
    await h.send(message("What did the river do?"))
    markup = h.request.of("sendMessage")[-1]["reply_markup"]["inline_keyboard"]
    up = next(b["callback_data"] for row in markup for b in row if b["callback_data"].startswith("fb:"))
    ref = callbacks.parse(up)
    assert isinstance(ref, callbacks.FeedbackRef)
    forged = callbacks.feedback_data(ref.answer_id, "down")
    await h.send(callback(forged, chat_id=OTHER_CHAT, user_id=USER_ID + 7))  # someone else's answer
    await h.send(callback(up))  # the asker, in the chat it was sent to
    await h.send(callback(up))  # a second press counts once
    assert h.request.callback_answers()[0] != "Thanks for the 👎!"
    await h.stop()
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    try:
        got = store.get(ref.answer_id)
        assert got is not None and (got.up, got.down) == (1, 0)
    finally:
        store.close()
