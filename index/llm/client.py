"""A minimal OpenAI-compatible chat-completions client (OpenAI, Ollama, vLLM, llama.cpp server).

Example: ``text = await ChatClient("http://127.0.0.1:11434/v1", "llama3.1").complete(messages)``
returns the assistant's text or raises `LLMError`; close the client with ``await client.aclose()``.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx

from ..errors import LLMError

Message = dict[str, str]


class ChatClient:
    """Minimal OpenAI-compatible ``POST {base_url}/chat/completions`` client (temperature 0).

    `timeout` bounds each whole call, not just each network read. Pass `transport` to use
    e.g. `httpx.MockTransport` in tests.
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None = None,
        timeout: float = 20.0,
        max_tokens: int | None = 512,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.model = model
        self.timeout = timeout
        self.max_tokens = max_tokens
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._http = httpx.AsyncClient(
            base_url=base_url.rstrip("/") + "/", headers=headers, timeout=timeout, transport=transport
        )

    def _payload(self, messages: list[Message], stream: bool) -> dict[str, Any]:
        payload: dict[str, Any] = {"model": self.model, "messages": messages, "temperature": 0}
        if self.max_tokens:
            payload["max_tokens"] = self.max_tokens
        if stream:
            payload["stream"] = True
        return payload

    async def complete(self, messages: list[Message]) -> str:
        """The assistant message's text; `LLMError` on timeout, HTTP error or malformed reply."""
        try:
            async with asyncio.timeout(self.timeout):
                resp = await self._http.post("chat/completions", json=self._payload(messages, False))
        except (httpx.HTTPError, TimeoutError) as exc:
            raise LLMError(f"request failed: {exc!r}") from exc
        if resp.status_code != 200:
            raise LLMError(f"HTTP {resp.status_code}")
        try:
            content = resp.json()["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise LLMError("malformed completion") from exc
        if not isinstance(content, str):
            raise LLMError("completion content is not text")
        return content

    async def stream(self, messages: list[Message]) -> AsyncIterator[str]:
        """Text deltas of a streamed completion (server-sent events); same errors as `complete`."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        try:
            async with self._http.stream(
                "POST", "chat/completions", json=self._payload(messages, True)
            ) as resp:
                if resp.status_code != 200:
                    raise LLMError(f"HTTP {resp.status_code}")
                lines = resp.aiter_lines()
                while True:
                    # A deadline per read rather than asyncio.timeout around the loop: the
                    # consumer runs between yields and must not be cancelled by our timer.
                    remaining = deadline - loop.time()
                    if remaining <= 0:
                        raise TimeoutError
                    try:
                        line = await asyncio.wait_for(anext(lines), remaining)
                    except StopAsyncIteration:
                        return
                    data = line.removeprefix("data:").strip() if line.startswith("data:") else ""
                    if data == "[DONE]":
                        return
                    if data:
                        delta = json.loads(data)["choices"][0].get("delta", {}).get("content")
                        if isinstance(delta, str) and delta:
                            yield delta
        except (httpx.HTTPError, TimeoutError) as exc:
            raise LLMError(f"stream failed: {exc!r}") from exc
        except (ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
            raise LLMError("malformed stream chunk") from exc

    async def aclose(self) -> None:
        await self._http.aclose()
