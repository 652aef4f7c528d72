"""A scripted OpenAI-compatible chat-completions server on 127.0.0.1 (shared by the LLM tests).

Each POST pops the next `Reply`: a completion, a streamed completion (server-sent events,
optionally paced with `chunk_delay`), an HTTP error, a raw body, or a delay past the timeout.

    with serving() as server:
        server.replies.append(Reply("The deficit fell [1]."))
        ... LLM_BASE_URL=server.base_url ...
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    content: str = ""
    status: int = 200
    delay: float = 0.0  # before answering (past the client's timeout: a timeout)
    raw: bytes | None = None  # the body as is, instead of a completion
    chunk: int = 7  # characters per streamed delta
    chunk_delay: float = 0.0  # seconds between streamed deltas
    respond: Callable[[str], str] | None = None  # content computed from the prompt (last message)


class ScriptedServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.replies: list[Reply] = []
        self.requests: list[tuple[str, dict[str, str], dict[str, Any]]] = []
        self.stop = threading.Event()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class _Handler(BaseHTTPRequestHandler):
    server: ScriptedServer

    def do_POST(self) -> None:
        payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append((self.path, dict(self.headers), payload))
        reply = self.server.replies.pop(0) if self.server.replies else Reply(status=404)
        if reply.delay:
            self.server.stop.wait(reply.delay)
        if reply.respond is not None:
            reply = replace(reply, content=reply.respond(payload["messages"][-1]["content"]))
        if payload.get("stream") and reply.status == 200 and reply.raw is None:
            self._stream(reply)
            return
        completion = {"choices": [{"message": {"role": "assistant", "content": reply.content}}]}
        self._send(reply.status, reply.raw if reply.raw is not None else json.dumps(completion).encode())

    def _stream(self, reply: Reply) -> None:
        text, n = reply.content, reply.chunk
        events = [{"choices": [{"delta": {"content": text[i : i + n]}}]} for i in range(0, len(text), n)]
        body = [f"data: {json.dumps(e)}\n\n".encode() for e in events] + [b"data: [DONE]\n\n"]
        if not reply.chunk_delay:
            self._send(200, b"".join(body), "text/event-stream")
            return
        try:  # HTTP/1.0 without Content-Length: the body ends when the connection closes
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for event in body:
                self.wfile.write(event)
                self.wfile.flush()
                if self.server.stop.wait(reply.chunk_delay):
                    return
        except OSError:
            pass

    def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up (timeout test)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serving() -> Iterator[ScriptedServer]:
    """A running `ScriptedServer`, stopped (delayed replies cut short) on exit."""
    srv = ScriptedServer()
    thread = threading.Thread(target=srv.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.stop.set()
        srv.shutdown()
        srv.server_close()
        thread.join()
