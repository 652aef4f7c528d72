"""LLM answers in a chat: one draft message edited as the model writes, then the verified answer.

Used only when an LLM is configured (`Services.llm`) and the domain returned passages (never
for attribution answers or inline mode). The draft is best effort: its updates run in the
background, one at a time and no more often than `EditPacer` allows, so Telegram never slows
the model down. Whatever goes wrong, the caller gets an `Answer` (the verified one, or the
extractive fallback) within `LLM_TIMEOUT`, and an unverified draft never outlives the handler.

    draft = Draft(reply_to, services.pacer)
    answer = await generate(services.llm, question, passages, extractive, draft, within=20.0)
    if not await draft.finish(texts, keyboards): ...  # send as usual
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncGenerator, Sequence
from typing import Protocol, runtime_checkable

from telegram import InlineKeyboardMarkup, Message
from telegram.constants import ParseMode
from telegram.error import TelegramError

from index import Answer, LLMAnswerer, Passage, Turn

from . import render
from .context import Services
from .ratelimit import EditPacer

log = logging.getLogger(__name__)


@runtime_checkable
class EvidenceQA(Protocol):
    """A QA that also returns the passages behind its answer (the real `Engine` does)."""

    def ask_with_evidence(
        self, question: str, previous: Turn | None = None
    ) -> tuple[Answer, tuple[Passage, ...]]: ...


async def ask(services: Services, question: str, previous: Turn | None) -> tuple[Answer, tuple[Passage, ...]]:
    """The extractive answer, with its passages when an LLM may rephrase from them.

    Without an LLM this is exactly `qa.ask` (no passages), as before the LLM path existed.
    """
    qa = services.qa
    if services.llm is not None and isinstance(qa, EvidenceQA):
        return await asyncio.to_thread(qa.ask_with_evidence, question, previous)
    return await asyncio.to_thread(qa.ask, question, previous), ()


async def generate(
    llm: LLMAnswerer,
    question: str,
    passages: Sequence[Passage],
    fallback: Answer,
    draft: Draft,
    within: float,
) -> Answer:
    """The verified LLM answer, drafts shown while it streams; `fallback` on failure or after `within` s."""
    items = llm.stream(question, passages, fallback)
    try:
        async with asyncio.timeout(within):
            async for item in items:
                if isinstance(item, Answer):
                    return item
                draft.show(render.llm_draft(item))
    except TimeoutError:
        log.warning("LLM answer took over %.1f s; using the extractive answer", within)
    except Exception:  # the answerer should not raise; if it does, the user still gets an answer
        log.exception("LLM answer failed; using the extractive answer")
    finally:
        if isinstance(items, AsyncGenerator):
            await items.aclose()
    return fallback


class Draft:
    """The message showing an answer while it is written; `finish` turns it into the final one."""

    def __init__(self, reply_to: Message, pacer: EditPacer) -> None:
        self.reply_to = reply_to
        self.pacer = pacer
        self.message: Message | None = None
        self._pending: asyncio.Task[None] | None = None
        self._shown = ""
        self._final = False

    def show(self, html: str) -> None:
        """Show `html` soon, unless an update is still in flight or the chat's pace forbids it."""
        if html == self._shown or (self._pending is not None and not self._pending.done()):
            return
        if not self.pacer.try_now(self.reply_to.chat_id):
            return
        self._shown = html
        self._pending = asyncio.create_task(self._put(html))

    async def _put(self, html: str) -> None:
        try:
            if self.message is None:
                self.message = await self.reply_to.reply_html(html)
            else:
                await self.message.edit_text(html, parse_mode=ParseMode.HTML)
        except Exception as exc:  # a draft is optional: the final answer comes regardless
            log.info("draft update failed: %r", exc)

    async def _settle(self) -> None:
        """Let an in-flight send finish (its message is needed); drop an in-flight edit."""
        task, self._pending = self._pending, None
        if task is None or task.done():
            return
        if self.message is not None:
            task.cancel()
        await asyncio.wait([task])

    async def finish(self, texts: Sequence[str], keyboards: Sequence[InlineKeyboardMarkup | None]) -> bool:
        """Edit the draft into the rendered answer (further chunks follow as replies), each
        chunk with its keyboard of `keyboards`.

        False when there is no draft (or it could not be edited): the caller sends `texts`.
        """
        await self._settle()
        if self.message is None or not texts:
            return False
        if wait := self.pacer.reserve(self.reply_to.chat_id):
            await asyncio.sleep(wait)
        markups = [*keyboards, *[None] * len(texts)]
        try:
            await self.message.edit_text(texts[0], parse_mode=ParseMode.HTML, reply_markup=markups[0])
        except TelegramError as exc:
            log.warning("could not replace the draft (%s); sending the answer anew", exc)
            await self.discard()
            return False
        self._final = True
        for i, text in enumerate(texts[1:], start=1):
            await self.reply_to.reply_html(text, reply_markup=markups[i], do_quote=False)
        return True

    async def discard(self) -> None:
        """Delete a draft that did not become the final answer (unverified text must not stay)."""
        await self._settle()
        if self.message is not None and not self._final:
            message, self.message = self.message, None
            with contextlib.suppress(TelegramError):
                await message.delete()
