"""Fault injection helpers: settings, a CLI runner, the live version (imported by the tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from index.settings import Settings

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CORPUS = REPO / "tests" / "fixtures" / "corpus"
MODEL_CACHE = REPO / "var" / "model"
sys.path.insert(0, str(HERE.parent / "bot"))  # the bot test helpers (tgharness, tgfakes, fakeqa)


def settings_for(root: Path, **extra: object) -> Settings:
    values: dict[str, object] = {
        "docs_dir": root / "docs",
        "index_dir": root / "index",
        "data_dir": root / "data",
        "model_cache_dir": MODEL_CACHE,
    }
    return Settings(_env_file=None, **(values | extra))  # type: ignore[arg-type]


def env_for(root: Path) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(root),
        "DOCS_DIR": str(root / "docs"),
        "INDEX_DIR": str(root / "index"),
        "DATA_DIR": str(root / "data"),
        "MODEL_CACHE_DIR": str(MODEL_CACHE),
    }


def cli(root: Path, *args: str, stdin: bytes | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m index ARGS` in a subprocess on `root`; never raises on a non-zero exit."""
    done = subprocess.run(
        [sys.executable, "-m", "index", *args],
        env=env_for(root) | env,
        input=stdin,
        capture_output=True,
        cwd=REPO,
    )
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


def live(root: Path) -> str:
    return (root / "index" / "CURRENT").read_text().strip()


def no_traceback(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout, done.stderr
