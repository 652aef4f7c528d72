from __future__ import annotations

from collections.abc import Iterator

import pytest
from emulator import Emulator, unavailable_reason


@pytest.fixture(scope="session")
def emulator() -> Iterator[Emulator]:
    """One Telegram Bot API emulator for the session; tests keep apart by using their own chat ids."""
    if reason := unavailable_reason():
        pytest.skip(reason)
    with Emulator() as emu:
        yield emu
