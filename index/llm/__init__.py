"""Optional LLM answers: an OpenAI-compatible client, prompts, and verification of its citations.

Names load on first use (``from index.llm import …``), so importing the package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index._lazy import lazy_exports

if TYPE_CHECKING:
    from .answerer import LLMAnswerer
    from .client import ChatClient
    from .prompts import load_prompts

_EXPORTS = {
    "LLMAnswerer": "answerer",
    "ChatClient": "client",
    "load_prompts": "prompts",
}

__all__ = ["ChatClient", "LLMAnswerer", "load_prompts"]


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
