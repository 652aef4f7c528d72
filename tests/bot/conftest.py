from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from tgfakes import check
from tgharness import Harness


@pytest.fixture
async def harness(tmp_path: Path) -> AsyncIterator[Harness]:
    h = Harness(tmp_path / "data")
    await h.start()
    h.request.clear()
    yield h
    await h.stop()
    for params in h.request.of("sendMessage"):  # every reply is valid Telegram HTML
        assert params.get("parse_mode") == "HTML"
        check(str(params["text"]))
