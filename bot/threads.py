"""Which earlier exchange a follow-up continues, when a chat holds several conversations.

Each chat keeps one record in the chat context store: the turns of the chat's recent answers
by answer id (the id in the answer's 👍/👎 buttons), which of them is the chat's last, and
each asker's last. A question that replies to one of the bot's answers continues that answer ("tell
me more" under an answer from an hour ago); in a group, any other question continues the
asker's own last question, not whoever happened to ask last; in a private chat, the chat's
last turn. A record saved before this one existed (one turn, `turns.turn_to_data`) is read as
the chat's last turn.

    previous = load_previous(store, chat_id, user_id=7, answer_id=None, group=True)
    save_turn(store, lock, chat_id, turn, user_id=7, answer_id=42)  # after the answer is recorded
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from telegram import Message

from index import Turn

from . import callbacks
from .turns import TurnData, turn_from_data, turn_to_data

if TYPE_CHECKING:  # bot.state imports bot.context, which holds the lock used here
    from .state import ChatContextStore

RECORD_VERSION = 2
KEEP = 30  # turns remembered per chat, the oldest dropped first (each holds its cited paragraphs)
NO_ID = "-"  # the key of a turn without an answer id (one saved before records)
ChatRecord = dict[str, Any]


def chat_record(data: object) -> ChatRecord:
    """What the store returned as a record (an empty one for nothing, or for damaged data).

    >>> chat_record(None)
    {'v': 2, 'turns': {}, 'last': None, 'users': {}}
    >>> chat_record({"v": 1, "question": "Who won?", "answer": None})["turns"]["-"]["question"]
    'Who won?'
    """
    empty: ChatRecord = {"v": RECORD_VERSION, "turns": {}, "last": None, "users": {}}
    if not isinstance(data, dict):
        return empty
    if data.get("v") != RECORD_VERSION:  # one turn, saved before records
        return empty | {"turns": {NO_ID: data}, "last": NO_ID}
    turns, users = data.get("turns"), data.get("users")
    if not isinstance(turns, dict) or not isinstance(users, dict):
        return empty
    return {"v": RECORD_VERSION, "turns": turns, "last": data.get("last"), "users": users}


def previous_turn(record: ChatRecord, *, user_id: int | None, answer_id: int | None, group: bool) -> object:
    """The turn data a question continues (`turns.turn_from_data` reads it; None: none)."""
    turns = record["turns"]
    if answer_id is not None and str(answer_id) in turns:
        return turns[str(answer_id)]
    if group:
        key = None if user_id is None else record["users"].get(str(user_id))
    else:
        key = record["last"]
    return turns.get(key) if isinstance(key, str) else None


def remember(record: ChatRecord, turn: TurnData, *, user_id: int | None, answer_id: int | None) -> ChatRecord:
    """`record` with `turn` as the chat's, the asker's and (with an id) the answer's turn.

    Each turn is kept once, under its answer id; the chat's and each asker's last turn are
    answer ids, so a record holds at most `KEEP` turns whatever the number of askers."""
    key = NO_ID if answer_id is None else str(answer_id)
    turns = _put(record["turns"], key, turn)
    users = record["users"] if user_id is None else _put(record["users"], str(user_id), key)
    users = {u: k for u, k in users.items() if k in turns}  # askers whose turn was dropped
    return {"v": RECORD_VERSION, "turns": turns, "last": key, "users": users}


def _put(kept: dict[str, Any], key: str, value: object) -> dict[str, Any]:
    out = {k: v for k, v in kept.items() if k != key}
    out[key] = value  # last in insertion order: the newest
    while len(out) > KEEP:
        del out[next(iter(out))]
    return out


def replied_answer(message: Message, bot_id: int) -> int | None:
    """The answer id of the bot's answer `message` replies to (from its feedback buttons), or None."""
    replied = message.reply_to_message
    if replied is None or replied.from_user is None or replied.from_user.id != bot_id:
        return None
    markup = replied.reply_markup
    for row in markup.inline_keyboard if markup is not None else ():
        for button in row:
            ref = callbacks.parse(button.callback_data)
            if isinstance(ref, callbacks.FeedbackRef):
                return ref.answer_id
    return None


def load_previous(
    store: ChatContextStore, chat_id: int, *, user_id: int | None, answer_id: int | None, group: bool
) -> Turn | None:
    """The turn a question in `chat_id` continues (see the module docstring)."""
    record = chat_record(store.load(chat_id))
    return turn_from_data(previous_turn(record, user_id=user_id, answer_id=answer_id, group=group))


def save_turn(
    store: ChatContextStore,
    lock: threading.Lock,
    chat_id: int,
    turn: Turn,
    *,
    user_id: int | None,
    answer_id: int | None,
) -> None:
    """Add `turn` to the chat's record. `lock` serialises read-modify-write: answers to two
    people in one group finish at the same time, and neither may drop the other's turn."""
    with lock:
        record = chat_record(store.load(chat_id))
        store.save(chat_id, remember(record, turn_to_data(turn), user_id=user_id, answer_id=answer_id))
