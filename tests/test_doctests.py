"""The examples in index/'s docstrings are tests too: each module's doctests run here."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import index

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(index.__path__, "index.") if not m.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
