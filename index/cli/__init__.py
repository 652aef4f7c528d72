"""`python -m index …`: the command line (`run(argv)`), one module per command group.

Names load on first use (``from index.cli import …``), so importing the package is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .main import main as run
    from .main import parser

_EXPORTS = {
    "run": "main:main",
    "parser": "main",
}

__all__ = ["parser", "run"]


def __getattr__(name: str) -> Any:
    spec = _EXPORTS.get(name)
    if spec is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attr = spec.partition(":")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attr or name)
    globals()[name] = value
    return value
