"""No-network test doubles: a recording Bot API transport, an HTML checker, update builders."""

from __future__ import annotations

import itertools
import json
import re
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from telegram.request import BaseRequest, RequestData

from bot.htmlsplit import size

BOT_ID = 7000
BOT_USERNAME = "newsdesk_bot"
USER_ID = 101
ADMIN_ID = 999
GROUP_ID = -100500
BOT_USER = {
    "id": BOT_ID,
    "is_bot": True,
    "first_name": "Newsdesk",
    "username": BOT_USERNAME,
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)  # when it was made (pacing tests)


class RecordingRequest(BaseRequest):
    """Answers every Bot API call with canned JSON and records it.

    `fail` scripts responses: {"sendMessage": [(500, {...}), ...]} pops one per call.
    """

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.fail: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        self._ids = itertools.count(5000)

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        self.calls.append(Call(api_method, params))
        if self.fail.get(api_method):
            status, body = self.fail[api_method].pop(0)
            return status, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": self._result(api_method, params)}).encode()

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method in ("sendMessage", "editMessageText"):
            chat_id = int(params["chat_id"])
            message = {
                "message_id": next(self._ids),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
                "from": BOT_USER,
                "text": params.get("text", ""),
            }
            if "reply_markup" in params:
                message["reply_markup"] = params["reply_markup"]
            return message
        return True

    # --- assertions helpers ---
    def of(self, method: str) -> list[dict[str, Any]]:
        return [c.params for c in self.calls if c.method == method]

    def texts(self) -> list[str]:
        return [str(p["text"]) for p in self.of("sendMessage")]

    def callback_answers(self) -> list[str | None]:
        return [p.get("text") for p in self.of("answerCallbackQuery")]

    def clear(self) -> None:
        self.calls.clear()


# --- HTML checks ----------------------------------------------------------------------------

LIMIT = 4096
ALLOWED = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
    "tg-emoji", "code", "pre", "blockquote",
}  # fmt: skip


class TagChecker(HTMLParser):
    """Fails on a tag Telegram does not accept or on unbalanced tags; collects the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in ALLOWED, tag
        if tag == "blockquote":
            assert all(name == "expandable" for name, _ in attrs), attrs
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (self.stack, tag)
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check(message: str) -> str:
    """Assert `message` is valid Telegram HTML within limits; return its visible text."""
    assert 0 < size(message) <= LIMIT
    checker = TagChecker()
    checker.feed(message)
    checker.close()
    assert checker.stack == []
    return "".join(checker.text)


# --- update builders -------------------------------------------------------------------------

_update_ids = itertools.count(1)
_message_ids = itertools.count(1)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _entities(text: str) -> list[dict[str, Any]]:
    entities = []
    if match := re.match(r"/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?", text):
        entities.append({"type": "bot_command", "offset": 0, "length": _utf16_len(match[0])})
    for match in re.finditer(r"(?<![/\w])@[A-Za-z0-9_]{5,}", text):
        offset = _utf16_len(text[: match.start()])
        entities.append({"type": "mention", "offset": offset, "length": _utf16_len(match[0])})
    return entities


def user(user_id: int = USER_ID) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": "Ann", "language_code": "en"}


def chat(chat_id: int) -> dict[str, Any]:
    if chat_id > 0:
        return {"id": chat_id, "type": "private", "first_name": "Ann"}
    return {"id": chat_id, "type": "supergroup", "title": "Newsroom"}


def message(
    text: str | None = None,
    *,
    chat_id: int = USER_ID,
    user_id: int = USER_ID,
    reply_to: dict[str, Any] | None = None,
    edited: bool = False,
    **extra: Any,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "message_id": next(_message_ids),
        "date": int(time.time()),
        "chat": chat(chat_id),
        "from": user(user_id),
        **extra,
    }
    if text is not None:
        body["text"] = text
        if entities := _entities(text):
            body["entities"] = entities
    if reply_to is not None:
        body["reply_to_message"] = reply_to
    if edited:
        body["edit_date"] = int(time.time())
    return {"update_id": next(_update_ids), "edited_message" if edited else "message": body}


def bot_message(chat_id: int, text: str = "An earlier answer") -> dict[str, Any]:
    return {
        "message_id": next(_message_ids),
        "date": int(time.time()),
        "chat": chat(chat_id),
        "from": BOT_USER,
        "text": text,
    }


def callback(
    data: str, *, chat_id: int = USER_ID, user_id: int = USER_ID, inline: bool = False
) -> dict[str, Any]:
    query: dict[str, Any] = {
        "id": str(next(_update_ids)),
        "from": user(user_id),
        "chat_instance": "ci",
        "data": data,
    }
    if inline:
        query["inline_message_id"] = "inline-1"
    else:
        query["message"] = bot_message(chat_id)
    return {"update_id": next(_update_ids), "callback_query": query}


def inline(query: str, *, user_id: int = USER_ID) -> dict[str, Any]:
    return {
        "update_id": next(_update_ids),
        "inline_query": {"id": str(next(_update_ids)), "from": user(user_id), "query": query, "offset": ""},
    }
