"""Telegram load through the emulator: users taking turns asking the fixture articles'
questions of a real `python -m bot`. Shared by the end-to-end test, which checks every answer,
and `scripts/bench_load.py`, which times them (timing is a benchmark's job, not a test's).

Each user asks its next question only once the previous answer arrived; questions are
spread `spacing` seconds apart overall. A round trip runs from the moment the user's message
is posted to the emulator until the emulator receives the bot's `sendMessage` (the
emulator's own timestamp, so polling for replies does not inflate it).
"""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
from emulator import Emulator

USERS = 20
PER_USER = 10
SPACING = 0.1  # seconds between questions overall: 200 questions in 20 s
CHAT0 = 9000
# (question, doc, ¶): paraphrased golden questions the engine cites correctly on this corpus.
# None leans on a pronoun, so none is taken as a follow-up of the user's previous question.
QUESTIONS = [
    ("Which round of negotiations was held in Geneva?", "geneva", 1),
    ("Where does the security analyst Arvid Kell work?", "geneva", 9),
    ("What did Morsland decide about restrictions on its missiles at the Geneva talks?", "geneva", 1),
    ("Where was the drone attack launched from according to Valdoria's defence chief?", "harbour", 2),
    ("What was damaged at the port according to the port authority?", "harbour", 10),
    ("When did the provincial governor go to see the damage?", "harbour", 11),
    ("When will the victims' families receive compensation?", "harbour", 14),
    ("Where will the ministry take the strike issue?", "harbour", 17),
    ("Which day do the Northern Compact leaders gather at the lake?", "summit", 1),
]


class Users:
    """The load generator: one keep-alive HTTP client for all users (the harness's one-client-per-call
    `Emulator` methods cost a TLS context each, which on a small machine starves the bot under test)."""

    def __init__(self, emulator: Emulator, client: httpx.AsyncClient) -> None:
        self.emulator = emulator
        self.client = client

    async def send(self, chat: int, text: str) -> None:
        message = self.emulator._message(chat, chat, "private") | {"text": text}
        response = await self.client.post("/sendMessage", json=message)
        assert response.json()["ok"], response.text

    async def replies(self, chat: int) -> int:
        body = {"token": self.emulator.token, "chatId": chat}
        return len((await self.client.post("/getBotMessages", json=body)).json()["result"])

    async def wait_replies(self, chat: int, count: int, timeout: float = 30.0) -> None:  # noqa: ASYNC109
        async with asyncio.timeout(timeout):
            while True:
                if await self.replies(chat) >= count:
                    return
                await asyncio.sleep(0.02)


async def _user(users: Users, n: int, t0: float, sent: dict[int, list[float]], plan: Plan) -> None:
    """User `n` asks its k-th question in slot k*users+n, once its previous answer arrived."""
    chat = plan.first_chat + n
    for k in range(plan.per_user):
        await asyncio.sleep(max(0.0, t0 + (k * plan.users + n) * plan.spacing - time.monotonic()))
        question = QUESTIONS[(n + k) % len(QUESTIONS)][0]
        sent[chat].append(time.time())
        await users.send(chat, question)
        await users.wait_replies(chat, k + 1)


@dataclass(frozen=True)
class Plan:
    """How many users ask how many questions each, how far apart; their chats from `first_chat`."""

    users: int = USERS
    per_user: int = PER_USER
    spacing: float = SPACING
    first_chat: int = CHAT0


@dataclass
class Load:
    """What a load run gave: seconds for all, round trips (ms), answers per chat, wrong ones."""

    elapsed: float
    trips: list[float] = field(default_factory=list)
    answered: int = 0
    wrong: list[str] = field(default_factory=list)

    def spread(self) -> tuple[float, float, float]:
        """p50, p95 and max round trip (ms)."""
        ms = sorted(self.trips)
        return statistics.median(ms), ms[int(0.95 * (len(ms) - 1))], ms[-1]


async def run_load(emulator: Emulator, plan: Plan = Plan()) -> Load:
    """`plan.users` users ask `plan.per_user` questions each; the answers as the bot sent them."""
    sent: dict[int, list[float]] = {plan.first_chat + n: [] for n in range(plan.users)}
    async with httpx.AsyncClient(base_url=emulator.url, timeout=30) as client:
        users = Users(emulator, client)
        t0 = time.monotonic()
        await asyncio.gather(*(_user(users, n, t0, sent, plan) for n in range(plan.users)))
        load = Load(time.monotonic() - t0)

    replies: dict[int, list[dict[str, Any]]] = {chat: [] for chat in sent}
    for call in await emulator.bot_calls("sendMessage"):
        if (chat := int(call["params"]["chat_id"])) in replies:
            replies[chat].append(call)
    for chat, calls in replies.items():
        load.answered += len(calls)
        for k, (at, call) in enumerate(zip(sent[chat], calls, strict=False)):
            load.trips.append(call["time"] - at * 1000)
            question, doc, para = QUESTIONS[(chat - plan.first_chat + k) % len(QUESTIONS)]
            params = call["params"]
            first = params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
            if f" ¶{para}]</b>" not in params["text"] or not first.startswith(f"p:{doc}:{para}."):
                load.wrong.append(f"{question!r}: first source {first}")
    return load
