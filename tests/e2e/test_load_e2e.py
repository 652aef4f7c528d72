"""Load through the emulator: 20 users, 200 questions, `python -m bot` with the real Engine
(`load.py`). Every question gets one answer citing the expected paragraph first; none is lost.
How fast they come is measured by `scripts/bench_load.py`, not asserted here.
"""

from __future__ import annotations

import pytest
from conftest import RealBot
from load import PER_USER, USERS, run_load

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


async def test_twenty_users_two_hundred_questions(real_bot: RealBot) -> None:
    load = await run_load(real_bot.emulator)
    assert load.answered == USERS * PER_USER, "questions were lost or answered twice"
    assert not load.wrong, load.wrong[:5]
