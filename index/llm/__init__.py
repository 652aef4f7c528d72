"""Optional LLM answers: an OpenAI-compatible client, prompts, and verification of its citations.

Names load on first use (``from index.llm import …``), so importing the package is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .answerer import LLMAnswerer
    from .client import ChatClient, LLMError
    from .prompts import load_prompts

_EXPORTS = {
    "LLMAnswerer": "answerer",
    "ChatClient": "client",
    "LLMError": "client",
    "load_prompts": "prompts",
}

__all__ = ["ChatClient", "LLMAnswerer", "LLMError", "load_prompts"]


def __getattr__(name: str) -> Any:
    spec = _EXPORTS.get(name)
    if spec is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attr = spec.partition(":")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attr or name)
    globals()[name] = value
    return value
