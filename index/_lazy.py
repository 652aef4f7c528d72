"""Lazy exports for a package's `__init__`: names load from their module on first use, so
importing a package (and `index` itself) stays cheap and loads no model or heavy library."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, exports: dict[str, str], namespace: dict[str, Any]) -> Callable[[str], Any]:
    """A module `__getattr__` for `package`: `exports` maps a name to ``"module"`` or
    ``"module:attribute"`` (relative to the package); a loaded name is cached in `namespace`.

    >>> getattr_ = lazy_exports("index", {"short_title": "text"}, {})
    >>> getattr_("short_title")("A long title for a short label", 12)
    'A long…'
    """

    def __getattr__(name: str) -> Any:
        spec = exports.get(name)
        if spec is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, _, attr = spec.partition(":")
        value = getattr(importlib.import_module(f"{package}.{module}"), attr or name)
        namespace[name] = value
        return value

    return __getattr__
