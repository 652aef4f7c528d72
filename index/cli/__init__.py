"""`python -m index …`: the command line (`run(argv)`), one module per command group.

Names load on first use (``from index.cli import …``), so importing the package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index._lazy import lazy_exports

if TYPE_CHECKING:
    from .main import main as run
    from .main import parser

_EXPORTS = {
    "run": "main:main",
    "parser": "main",
}

__all__ = ["parser", "run"]


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
