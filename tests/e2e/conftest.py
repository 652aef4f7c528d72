from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from emulator import Emulator, unavailable_reason

from tests.news_fixtures import write_corpus

ROOT = Path(__file__).resolve().parents[2]
REAL_TOKEN = "4242:REAL"


@pytest.fixture(scope="session")
def emulator() -> Iterator[Emulator]:
    """One Telegram Bot API emulator for the session; tests keep apart by using their own chat ids."""
    if reason := unavailable_reason():
        pytest.skip(reason)
    with Emulator() as emu:
        yield emu


@dataclass(frozen=True)
class RealBot:
    """`python -m bot` with the real Engine, on its own emulator (so no other bot shares its token)."""

    emulator: Emulator
    username: str
    data_dir: Path
    log: Path


def _bot_env(emu: Emulator, root: Path) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(root),
        "TELEGRAM_BOT_TOKEN": emu.token,
        "TELEGRAM_BASE_URL": emu.base_url,
        "TELEGRAM_BASE_FILE_URL": emu.base_file_url,
        "DOCS_DIR": str(root / "docs"),
        "INDEX_DIR": str(root / "index-data"),  # cwd is root: a folder "index" would hide the package
        "DATA_DIR": str(root / "data"),
        "MODEL_CACHE_DIR": str(ROOT / "var" / "model"),
    }


def _wait_ready(emu: Emulator, process: subprocess.Popen[bytes], log: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"python -m bot exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        if asyncio.run(emu.bot_calls("setMyCommands")):  # post_init has finished
            return
        time.sleep(0.1)
    pytest.fail(f"python -m bot was not ready after {timeout}s:\n{log.read_text()[-3000:]}")


def serve(root: Path) -> Iterator[RealBot]:
    """Index `root / "docs"` with `python -m index build`, then serve it with `python -m bot`
    (cwd is `root`, so no developer `.env` is read)."""
    log = root / "bot.log"
    with Emulator(token=REAL_TOKEN) as emu:
        env = _bot_env(emu, root)
        command = [sys.executable, "-m", "index", "build"]
        build = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=600)
        assert build.returncode == 0, build.stderr
        with log.open("wb") as out:
            command = [sys.executable, "-m", "bot"]
            process = subprocess.Popen(command, cwd=root, env=env, stdout=out, stderr=out)
            try:
                _wait_ready(emu, process, log)
                yield RealBot(emu, "TestNameBot", root / "data", log)
            finally:
                process.send_signal(signal.SIGINT)  # graceful: persistence is flushed on shutdown
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


@pytest.fixture(scope="session")
def real_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RealBot]:
    """The fixture articles, served by the real bot."""
    if reason := unavailable_reason():
        pytest.skip(reason)
    root = tmp_path_factory.mktemp("real-bot")
    write_corpus(root / "docs")
    yield from serve(root)


@pytest.fixture(scope="session")
def seed_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RealBot]:
    """The repository's seeds/ folder as shipped (articles, manifest, README), served by the real bot."""
    if reason := unavailable_reason():
        pytest.skip(reason)
    root = tmp_path_factory.mktemp("seed-bot")
    shutil.copytree(ROOT / "seeds", root / "docs")
    yield from serve(root)
