"""Offline tiktoken encodings and fitting ranked paragraphs into a prompt's token budget.

Only ``cl100k_base`` and ``o200k_base`` exist offline: LlamaIndex ships their BPE files in
``llama_index/core/_static/tiktoken_cache``. LlamaIndex reaches them by setting
``TIKTOKEN_CACHE_DIR`` in ``os.environ`` for the duration of a call (``get_tokenizer``), which
is process-global state. Here the file is read and checked against tiktoken's published
sha256 directly, and the `tiktoken.Encoding` is built from it, so no environment variable is
touched and tiktoken's downloader is never reached.

>>> encoding_name_for("gpt-4o-mini"), encoding_name_for("gpt-3.5-turbo"), encoding_name_for("llama3")
('o200k_base', 'cl100k_base', 'o200k_base')
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # tiktoken loads when an encoding is first needed (an LLM is configured)
    import tiktoken

from ..errors import EncodingUnavailable

T = TypeVar("T")

_URL = "https://openaipublic.blob.core.windows.net/encodings/{}.tiktoken"

# Patterns, special tokens and hashes as published in tiktoken_ext/openai_public.py.
_O200K_PAT = "|".join(
    [
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",  # noqa: E501
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",  # noqa: E501
        r"""\p{N}{1,3}""",
        r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
        r"""\s*[\r\n]+""",
        r"""\s+(?!\S)""",
        r"""\s+""",
    ]
)
_CL100K_PAT = (
    r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+"""
    r"""|\s++$|\s*[\r\n]|\s+(?!\S)|\s"""
)


@dataclass(frozen=True)
class _Spec:
    pat_str: str
    special_tokens: dict[str, int]
    sha256: str


_SPECS = {
    "cl100k_base": _Spec(
        _CL100K_PAT,
        {
            "<|endoftext|>": 100257,
            "<|fim_prefix|>": 100258,
            "<|fim_middle|>": 100259,
            "<|fim_suffix|>": 100260,
            "<|endofprompt|>": 100276,
        },
        "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
    ),
    "o200k_base": _Spec(
        _O200K_PAT,
        {"<|endoftext|>": 199999, "<|endofprompt|>": 200018},
        "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
    ),
}
DEFAULT_ENCODING = "o200k_base"

# Model-name prefixes, most specific first; anything else (llama, mistral, qwen…) gets the
# default, which over- or under-counts a little: budgets keep a safety margin for that.
_MODEL_PREFIXES = (
    ("gpt-4o", "o200k_base"),
    ("chatgpt-4o", "o200k_base"),
    ("gpt-4.1", "o200k_base"),
    ("gpt-4.5", "o200k_base"),
    ("gpt-5", "o200k_base"),
    ("o1", "o200k_base"),
    ("o3", "o200k_base"),
    ("o4", "o200k_base"),
    ("gpt-4", "cl100k_base"),
    ("gpt-3.5", "cl100k_base"),
    ("gpt-35", "cl100k_base"),
)


def encoding_name_for(model: str) -> str:
    """The offline encoding for `model` (provider prefixes like ``openai/`` are ignored)."""
    name = model.strip().lower().rsplit("/", 1)[-1].removeprefix("ft:")
    for prefix, encoding in _MODEL_PREFIXES:
        if name.startswith(prefix):
            return encoding
    return DEFAULT_ENCODING


def _cache_dir() -> Path:
    spec = importlib.util.find_spec("llama_index.core")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise EncodingUnavailable("llama_index.core is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "_static" / "tiktoken_cache"


@cache
def get_encoding(name: str) -> tiktoken.Encoding:
    """A tiktoken encoding built from LlamaIndex's bundled file; never touches the network."""
    spec = _SPECS.get(name)
    if spec is None:
        raise EncodingUnavailable(f"no offline copy of encoding {name!r}")
    # tiktoken names cached files by the sha1 of their download URL; LlamaIndex keeps that name.
    path = _cache_dir() / hashlib.sha1(_URL.format(name).encode()).hexdigest()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EncodingUnavailable(f"cannot read {path}: {exc}") from exc
    if hashlib.sha256(data).hexdigest() != spec.sha256:
        raise EncodingUnavailable(f"{path} does not match the published sha256 of {name}")
    ranks: dict[bytes, int] = {}
    for line in data.splitlines():
        if line:
            token, rank = line.split()
            ranks[base64.b64decode(token)] = int(rank)
    import tiktoken

    return tiktoken.Encoding(
        name, pat_str=spec.pat_str, mergeable_ranks=ranks, special_tokens=spec.special_tokens
    )


def encoding_for_model(model: str) -> tiktoken.Encoding:
    return get_encoding(encoding_name_for(model))


def count_tokens(encoding: tiktoken.Encoding, text: str) -> int:
    """Token count of `text`; special-token look-alikes in articles count as plain text."""
    return len(encoding.encode(text, disallowed_special=()))


def fit_to_budget(
    items: Sequence[T], render: Callable[[T], str], budget: int, count: Callable[[str], int]
) -> list[T]:
    """The longest rank-ordered selection of `items` whose rendered blocks fit in `budget` tokens.

    `items` are in rank order (best first). An item that does not fit is skipped and smaller,
    lower-ranked ones may still be taken, so the best item that fits is always kept.

    >>> fit_to_budget(["aaaa", "bb", "cccc", "d"], str, 7, len)
    ['aaaa', 'bb', 'd']
    """
    kept: list[T] = []
    used = 0
    for item in items:
        cost = count(render(item))
        if used + cost <= budget:
            kept.append(item)
            used += cost
    return kept
