"""Whose earlier exchange a follow-up continues (`bot.threads`), on invented chats."""

from __future__ import annotations

from typing import Any

from tgfakes import BOT_USERNAME, GROUP_ID, USER_ID, bot_message, message

from bot import callbacks
from bot.threads import KEEP, chat_record, previous_turn, remember

SHIP = {"v": 1, "question": "When does the ship sail?", "answer": None}
BRIDGE = {"v": 1, "question": "Who built the bridge?", "answer": None}


def test_a_reply_to_an_answer_continues_that_answer_not_the_latest() -> None:
    record = remember(chat_record(None), SHIP, user_id=1, answer_id=10)
    record = remember(record, BRIDGE, user_id=1, answer_id=11)
    assert previous_turn(record, user_id=1, answer_id=10, group=False) == SHIP
    assert previous_turn(record, user_id=1, answer_id=None, group=False) == BRIDGE
    assert previous_turn(record, user_id=1, answer_id=99, group=False) == BRIDGE  # forgotten: the last


def test_in_a_group_each_asker_continues_their_own_question() -> None:
    record = remember(chat_record(None), SHIP, user_id=1, answer_id=10)
    record = remember(record, BRIDGE, user_id=2, answer_id=11)
    assert previous_turn(record, user_id=1, answer_id=None, group=True) == SHIP
    assert previous_turn(record, user_id=3, answer_id=None, group=True) is None  # asked nothing yet
    assert previous_turn(record, user_id=3, answer_id=11, group=True) == BRIDGE  # replied to it


def test_a_turn_saved_before_records_is_the_chats_last_and_damage_is_an_empty_record() -> None:
    assert previous_turn(chat_record(SHIP), user_id=1, answer_id=None, group=False) == SHIP
    assert chat_record({"v": 2, "users": "x", "turns": {}})["last"] is None


def test_only_the_newest_askers_and_answers_are_kept() -> None:
    record = chat_record(None)
    for i in range(KEEP + 5):
        record = remember(record, {"v": 1, "question": f"q{i}", "answer": None}, user_id=i, answer_id=i)
    assert len(record["turns"]) == KEEP and "0" not in record["turns"]
    assert record["turns"][str(KEEP + 4)]["question"] == f"q{KEEP + 4}"
    assert len(record["users"]) == KEEP  # askers whose turn was dropped are dropped too
    assert previous_turn(record, user_id=0, answer_id=None, group=True) is None


def _answer_message(chat_id: int, answer_id: int) -> dict[str, Any]:
    keyboard = [[{"text": "👍", "callback_data": callbacks.feedback_data(answer_id, "up")}]]
    return bot_message(chat_id) | {"reply_markup": {"inline_keyboard": keyboard}}


async def test_tell_me_more_under_an_old_answer_continues_it(harness) -> None:
    await harness.send(message("what did the river do?"))
    await harness.send(message("what did the concert raise?"))
    first_id = 1  # the first answer the feedback store recorded
    await harness.send(message("tell me more", reply_to=_answer_message(USER_ID, first_id)))
    question, previous = harness.qa.asked[-1]
    assert question == "tell me more" and previous is not None
    assert previous.question == "what did the river do?"


async def test_in_a_group_a_follow_up_continues_the_askers_question_not_the_last_one(harness) -> None:
    ask = f"@{BOT_USERNAME} "
    await harness.send(message(ask + "what did the river do?", chat_id=GROUP_ID, user_id=501))
    await harness.send(message(ask + "what did the concert raise?", chat_id=GROUP_ID, user_id=502))
    await harness.send(message(ask + "and the bridge?", chat_id=GROUP_ID, user_id=501))
    assert (
        harness.qa.asked[-1][1] is not None and harness.qa.asked[-1][1].question == "what did the river do?"
    )
    await harness.send(message(ask + "tell me more", chat_id=GROUP_ID, user_id=503))
    assert harness.qa.asked[-1][1] is None  # 503 asked nothing before: no one else's question
