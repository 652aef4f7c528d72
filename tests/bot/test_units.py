from __future__ import annotations

import pytest
from tgfakes import message
from tgharness import Harness

from bot import callbacks
from bot.callbacks import ExampleRef, FeedbackRef, SourceRef
from bot.ratelimit import EditPacer, UserRateLimiter


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("p:afp:7", SourceRef(7, doc_id="afp")),
        ("p:a:b:12", SourceRef(12, doc_id="a:b")),
        ("p:#0123456789abcdef:1", SourceRef(1, doc_digest="0123456789abcdef")),
        ("fb:3:down", FeedbackRef(3, "down")),
        ("q:2:0123456789", ExampleRef(2, "0123456789")),
        ("p:afp:0", None),
        ("p:#zz:1", None),
        ("p:afp 1:1", None),
        ("fb:0:up", None),
        ("fb:1:up:extra", None),
        ("q:2:ABC", None),
        ("x" * 100, None),
        (None, None),
        (b"p:afp:1", None),
    ],
)
def test_parse(data, expected):
    assert callbacks.parse(data) == expected


@pytest.mark.parametrize("doc_id", ["afp-7", "a" * 70, "doc with spaces", "#hash", "ünïcödé-" * 8])
def test_source_data_roundtrip(doc_id):
    data = callbacks.source_data(doc_id, 123)
    assert len(data.encode()) <= 64
    ref = callbacks.parse(data)
    assert isinstance(ref, SourceRef) and ref.number == 123
    assert ref.doc_id == doc_id or ref.doc_digest == callbacks.digest(doc_id, 16)


def test_rate_limiter_window():
    now = [0.0]
    limiter = UserRateLimiter(per_minute=2, clock=lambda: now[0])
    assert limiter.check(1) == 0.0
    now[0] = 10
    assert limiter.check(1) == 0.0
    assert limiter.check(1) == pytest.approx(50)
    assert limiter.check(2) == 0.0
    now[0] = 60.5
    assert limiter.check(1) == 0.0


def test_edit_pacer_spaces_updates_per_chat():
    now = [0.0]
    pacer = EditPacer(interval=1.0, group_interval=3.0, clock=lambda: now[0])
    assert pacer.try_now(1) and not pacer.try_now(1)  # a draft waits for the chat's next slot
    assert pacer.try_now(2)  # other chats are independent
    assert pacer.reserve(1) == pytest.approx(1.0)  # the final edit waits for the slot ...
    assert pacer.reserve(1) == pytest.approx(2.0)  # ... and books it
    now[0] = 3.0
    assert pacer.try_now(1) and pacer.try_now(-100) and not pacer.try_now(1)
    now[0] = 5.0
    assert not pacer.try_now(-100)  # groups: one update per three seconds
    now[0] = 6.0
    assert pacer.try_now(-100)


# PTB 22 warns inside RetryAfter() unless PTB_TIMEDELTA opts into timedelta values.
@pytest.mark.slow  # waits out a real 1 s retry_after
@pytest.mark.filterwarnings("ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning")
async def test_server_errors_and_429_are_retried(tmp_path):
    h = Harness(tmp_path)
    await h.start()
    try:
        app = h.app
        assert app is not None
        app.bot.rate_limiter.backoff = 0.01  # type: ignore[union-attr]
        h.request.fail["sendMessage"] = [
            (500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}),
            (
                429,
                {
                    "ok": False,
                    "error_code": 429,
                    "description": "Too Many Requests",
                    "parameters": {"retry_after": 1},
                },
            ),
        ]
        await h.send(message("What did the river do?"))
        sends = h.request.of("sendMessage")
        assert len(sends) == 3 and "[AFP ¶3]" in sends[-1]["text"]
    finally:
        await h.stop()


async def test_bad_request_is_not_retried_and_does_not_crash(tmp_path, caplog):
    h = Harness(tmp_path)
    await h.start()
    try:
        h.request.fail["sendMessage"] = [
            (400, {"ok": False, "error_code": 400, "description": "Bad Request"})
        ]
        await h.send(message("What did the river do?"))
        texts = h.request.texts()
        assert len(texts) == 2 and "Sorry" in texts[-1]  # the apology after the failed send
    finally:
        await h.stop()
