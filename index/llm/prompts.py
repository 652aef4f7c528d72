"""Versioned prompt templates, read once from plain-text files.

A prompt file starts with header lines beginning with ``#``; the first of them is
``# version: N``. The rest of the file is a `string.Template` body (``$name`` placeholders),
chosen over ``str.format`` so that braces in a prompt never need escaping.

>>> prompts = load_prompts()
>>> prompts.answer.version
'1'
>>> "Question: Who won?" in prompts.answer.render(
...     paragraphs="[1] ...", question="Who won?", guidance="", max_sentences="3")
True
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import PromptError

DEFAULT_PROMPTS_DIR = Path(__file__).resolve().parents[2] / "prompts"
PROMPT_NAMES = ("answer", "attribution")

_VERSION = re.compile(r"^#\s*version:\s*(\S+)\s*$")


@dataclass(frozen=True)
class Prompt:
    """One prompt template: its name, declared version and body."""

    name: str
    version: str
    template: str

    def render(self, **values: str) -> str:
        """The body with every ``$name`` substituted; a missing value raises `PromptError`."""
        try:
            return string.Template(self.template).substitute(values)
        except (KeyError, ValueError) as exc:
            raise PromptError(f"prompt {self.name!r} v{self.version}: {exc}") from exc


@dataclass(frozen=True)
class Prompts:
    answer: Prompt
    attribution: Prompt

    @property
    def versions(self) -> dict[str, str]:
        """``{"answer": "1", ...}``, for logs and audit records."""
        return {p.name: p.version for p in (self.answer, self.attribution)}


def parse_prompt(name: str, text: str) -> Prompt:
    """Split a prompt file into its version header and template body."""
    lines = text.splitlines()
    if not lines or not (match := _VERSION.match(lines[0])):
        raise PromptError(f"prompt {name!r}: first line must be '# version: N'")
    body_start = 1
    while body_start < len(lines) and lines[body_start].startswith("#"):
        body_start += 1
    body = "\n".join(lines[body_start:]).strip("\n") + "\n"
    return Prompt(name=name, version=match.group(1), template=body)


@cache
def _load(directory: Path) -> Prompts:
    loaded: dict[str, Prompt] = {}
    for name in PROMPT_NAMES:
        path = directory / f"{name}.txt"
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise PromptError(f"cannot read prompt file {path}: {exc}") from exc
        loaded[name] = parse_prompt(name, text)
    return Prompts(**loaded)


def load_prompts(directory: Path | str | None = None) -> Prompts:
    """The prompts in `directory` (default: the repository's ``prompts/``), read once per path."""
    return _load(Path(directory or DEFAULT_PROMPTS_DIR).resolve())
