"""Drive the Telegram Bot API emulator (telegram-test-api + tests/e2e/emulator/launcher.js).

The emulator runs as a Node subprocess on a free loopback port. A bot under test talks to it
through ``base_url``/``base_file_url``; the test plays the user through the async client methods.

    emu = Emulator()
    app = ApplicationBuilder().token(emu.token).base_url(emu.base_url).base_file_url(emu.base_file_url)
    await emu.send_message(user_id=1, chat_id=1, text="hello")
    reply = await emu.wait_for_bot_message(1, lambda m: "hello" in (m.text or ""))
    emu.close()
"""

from __future__ import annotations

import asyncio
import json
import select
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

EMULATOR_DIR = Path(__file__).parent / "emulator"
PACKAGE_DIR = EMULATOR_DIR / "node_modules" / "telegram-test-api"


class EmulatorUnavailable(RuntimeError):
    """Node or the emulator's npm dependencies are missing."""


def unavailable_reason() -> str | None:
    """Why the emulator cannot start here, or None when it can."""
    if shutil.which("node") is None:
        return "Node.js (`node`) is not on PATH; the Telegram emulator needs Node 20"
    if not PACKAGE_DIR.is_dir():
        return f"telegram-test-api is not installed: run `npm ci` in {EMULATOR_DIR}"
    return None


@dataclass(frozen=True)
class BotMessage:
    """A message the bot sent, in its latest state (edits applied)."""

    message_id: int
    chat_id: int
    text: str | None
    caption: str | None
    parse_mode: str | None
    reply_markup: dict[str, Any] | None
    document: dict[str, Any] | None
    reply_to_message_id: int | None
    edited: bool

    @property
    def buttons(self) -> list[tuple[str, str | None]]:
        """Inline buttons as (text, callback_data), row by row."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [(b["text"], b.get("callback_data")) for row in rows for b in row]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BotMessage:
        return cls(
            message_id=data["message_id"],
            chat_id=data["chat"]["id"],
            text=data.get("text"),
            caption=data.get("caption"),
            parse_mode=data.get("parse_mode"),
            reply_markup=data.get("reply_markup"),
            document=data.get("document"),
            reply_to_message_id=data.get("reply_to_message_id"),
            edited="edit_date" in data,
        )


class Emulator:
    """A running emulator process; ``close()`` stops it. Usable as a context manager."""

    def __init__(self, token: str = "123:ABC", *, startup_timeout: float = 15.0) -> None:
        if reason := unavailable_reason():
            raise EmulatorUnavailable(reason)
        self.token = token
        self._process = subprocess.Popen(
            ["node", "launcher.js", "0", "--exit-with-stdin"],
            cwd=EMULATOR_DIR,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.port = self._wait_ready(startup_timeout)
        self.url = f"http://127.0.0.1:{self.port}"
        self.base_url = f"{self.url}/bot"
        self.base_file_url = f"{self.url}/file/bot"

    def _wait_ready(self, timeout: float) -> int:
        assert self._process.stdout is not None
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            if not select.select([self._process.stdout], [], [], remaining)[0]:
                break
            line = self._process.stdout.readline()
            if line.startswith("READY "):
                return int(line.split()[1])
            if not line:  # stdout closed: the launcher died
                break
        self.close()
        raise EmulatorUnavailable(f"the emulator did not start (exit code {self._process.returncode})")

    def close(self) -> None:
        """Stop the Node process (idempotent)."""
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        for stream in (self._process.stdin, self._process.stdout):
            if stream is not None:
                stream.close()

    def __enter__(self) -> Emulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- client side: the test plays the user ----

    async def _post(self, path: str, **kwargs: Any) -> Any:
        # One client per call: fixtures may outlive the event loop of a single test.
        async with httpx.AsyncClient(base_url=self.url, timeout=10) as client:
            response = await client.post(path, **kwargs)
        body = response.json()
        if not body.get("ok"):
            raise RuntimeError(f"emulator {path} failed: {body}")
        return body["result"]

    def _message(
        self, user_id: int, chat_id: int, chat_type: str, reply_to: int | None = None
    ) -> dict[str, Any]:
        user = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}", "username": f"user{user_id}"}
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat.update(first_name=user["first_name"], username=user["username"])
        else:
            chat["title"] = f"Chat {chat_id}"
        message: dict[str, Any] = {"botToken": self.token, "from": user, "chat": chat}
        if reply_to is not None:
            message["reply_to_message_id"] = reply_to
        return message

    async def send_message(
        self,
        user_id: int,
        chat_id: int,
        text: str,
        chat_type: str = "private",
        reply_to: int | None = None,
        entities: list[dict[str, Any]] | None = None,
        **fields: Any,
    ) -> int:
        """Send a text message from a user; returns its message_id. `fields` are more of the
        Message's fields (``forward_origin``, ``quote`` …), as Telegram would send them."""
        message = self._message(user_id, chat_id, chat_type, reply_to) | {"text": text} | fields
        if entities is not None:
            message["entities"] = entities
        result = await self._post("/sendMessage", json=message)
        return int(result["message_id"])

    async def send_command(self, user_id: int, chat_id: int, text: str, chat_type: str = "private") -> int:
        """Send ``/command args`` with its bot_command entity; returns its message_id."""
        command_length = len(text.split(" ", 1)[0])
        entities = [{"type": "bot_command", "offset": 0, "length": command_length}]
        message = self._message(user_id, chat_id, chat_type) | {"text": text, "entities": entities}
        result = await self._post("/sendCommand", json=message)
        return int(result["message_id"])

    async def edit_message(
        self, user_id: int, chat_id: int, message_id: int, text: str, chat_type: str = "private"
    ) -> None:
        """The user edits message `message_id` they sent to `text` (an ``edited_message`` update)."""
        message = self._message(user_id, chat_id, chat_type) | {"text": text, "message_id": message_id}
        await self._post("/editMessage", json=message)

    async def edit_caption(
        self, user_id: int, chat_id: int, message_id: int, caption: str, chat_type: str = "private"
    ) -> None:
        """The user edits the caption of a document they sent (an ``edited_message`` update)."""
        message = self._message(user_id, chat_id, chat_type) | {"caption": caption, "message_id": message_id}
        await self._post("/editMessage", json=message)

    async def add_members(self, user_id: int, chat_id: int, members: list[dict[str, Any]]) -> int:
        """`user_id` adds `members` (Telegram users, the bot's own from getMe) to group `chat_id`:
        the service message with ``new_chat_members``. Returns its message_id."""
        message = self._message(user_id, chat_id, "supergroup") | {"new_chat_members": members}
        result = await self._post("/sendMessage", json=message)
        return int(result["message_id"])

    async def send_inline_query(self, user_id: int, query: str) -> str:
        """The user types ``@bot query`` in some chat; returns the inline query id. The bot's
        answer is the ``answerInlineQuery`` entry of `bot_calls` with that ``inline_query_id``."""
        user = self._message(user_id, user_id, "private")["from"]
        result = await self._post(
            "/sendInlineQuery", json={"botToken": self.token, "from": user, "query": query}
        )
        return str(result["inline_query_id"])

    async def inline_answer(self, query_id: str, timeout: float = 20.0) -> dict[str, Any]:  # noqa: ASYNC109
        """The parameters of the bot's ``answerInlineQuery`` for `query_id`; polls until ``timeout``."""
        async with asyncio.timeout(timeout):
            while True:
                for call in await self.bot_calls("answerInlineQuery"):
                    if str(call["params"].get("inline_query_id")) == query_id:
                        return dict(call["params"])
                await asyncio.sleep(0.05)

    async def send_callback(self, message_id: int, data: str, user_id: int, chat_id: int) -> str:
        """Press an inline button of the bot's message; returns the callback query id."""
        user = self._message(user_id, chat_id, "private")["from"]
        body = {"botToken": self.token, "from": user, "chat_id": chat_id, "message_id": message_id}
        result = await self._post("/sendCallback", json=body | {"data": data})
        return str(result["callback_query_id"])

    async def send_document(
        self,
        user_id: int,
        chat_id: int,
        filename: str,
        content: bytes,
        caption: str | None = None,
        mime_type: str = "application/octet-stream",
        chat_type: str = "private",
    ) -> int:
        """Upload a document from a user; the bot can fetch it with get_file. Returns message_id."""
        message = self._message(user_id, chat_id, chat_type)
        if caption is not None:
            message["caption"] = caption
        result = await self._post(
            "/sendDocument",
            data={"message": json.dumps(message)},
            files={"document": (filename, content, mime_type)},
        )
        return int(result["message_id"])

    async def bot_messages(self, chat_id: int) -> list[BotMessage]:
        """Everything the bot sent to the chat, oldest first, with edits applied."""
        result = await self._post("/getBotMessages", json={"token": self.token, "chatId": chat_id})
        return [BotMessage.from_json(item) for item in result]

    async def bot_calls(self, method: str | None = None) -> list[dict[str, Any]]:
        """Bot API calls the bot made (all but getUpdates): ``{"method", "params", "time"}``."""
        return list(await self._post("/getBotCalls", json={"token": self.token, "method": method}))

    async def wait_for_bot_message(
        self,
        chat_id: int,
        predicate: Callable[[BotMessage], bool] = lambda _: True,
        timeout: float = 5.0,  # noqa: ASYNC109 - a per-call deadline reads best in tests
    ) -> BotMessage:
        """The newest bot message in the chat matching ``predicate``; polls until ``timeout``."""
        messages: list[BotMessage] = []
        try:
            async with asyncio.timeout(timeout):
                while True:
                    messages = await self.bot_messages(chat_id)
                    for message in reversed(messages):
                        if predicate(message):
                            return message
                    await asyncio.sleep(0.05)
        except TimeoutError:
            raise TimeoutError(
                f"no matching bot message in chat {chat_id} after {timeout}s: {messages}"
            ) from None
