"""What the CLI command groups share: the `--docs`/`--index` options and the settings they
override, a sub-command registrar, the progress bar. (Known errors → exit 1 is `errors.py`.)"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from ..settings import Settings

if TYPE_CHECKING:
    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

Command = Callable[[argparse.Namespace], int]
DOCS_HELP = "documents folder (default: DOCS_DIR)"
INDEX_HELP = "index folder (default: INDEX_DIR)"


def add_corpus_options(
    p: argparse.ArgumentParser, *, docs_help: str = DOCS_HELP, docs_required: bool = False, index: bool = True
) -> None:
    """`--docs DIR` and `--index DIR`: which corpus a command works on (`settings_from_args`)."""
    p.add_argument("--docs", type=Path, required=docs_required, help=docs_help)
    if index:
        p.add_argument("--index", type=Path, help=INDEX_HELP)


def add_command(
    sub: Subparsers, name: str, func: Command, help_: str, *, corpus: bool = True
) -> argparse.ArgumentParser:
    """A sub-command running `func`; with `corpus`, it takes `--docs` and `--index`."""
    p = sub.add_parser(name, help=help_)
    if corpus:
        add_corpus_options(p)
    p.set_defaults(func=func)
    return p


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
