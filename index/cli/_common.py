"""What the CLI command groups share: settings from `--docs`/`--index`, the progress bar."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..settings import Settings


class ProgressBar:
    """A tqdm progress bar fed by (stage, done, total) callbacks, on stderr."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._bar: Any = None
        self._stage = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        from tqdm import tqdm

        if self._bar is None or stage != self._stage:
            self.close()
            self._bar = tqdm(total=total, desc=stage, unit="¶", file=sys.stderr)
            self._stage = stage
        self._bar.n = done
        self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def settings_from_args(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    if getattr(args, "docs", None):
        overrides["docs_dir"] = args.docs
    if getattr(args, "index", None):
        overrides["index_dir"] = args.index
    return Settings(**overrides)
