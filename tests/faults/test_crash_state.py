"""Fault 9: after the bot is killed (no clean shutdown), a follow-up keeps the chat's context."""

from __future__ import annotations

from pathlib import Path

from tgfakes import message
from tgharness import Harness


async def test_a_follow_up_after_a_crash_keeps_the_previous_turn(tmp_path: Path) -> None:
    crashed = Harness(tmp_path / "data")
    await crashed.start()
    await crashed.send(message("What did the river do?"))
    # killed here: no shutdown, so nothing is flushed that was not already written
    restarted = Harness(tmp_path / "data")
    await restarted.start()
    try:
        await restarted.send(message("and what did the mayor say?"))
        question, previous = restarted.qa.asked[-1]
        assert question == "and what did the mayor say?"
        assert previous is not None and previous.question == "What did the river do?"
        assert previous.answer is not None and previous.answer.citations
    finally:
        await restarted.stop()
        await crashed.stop()
