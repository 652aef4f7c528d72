"""Fault injection: shared fixtures (a real index of the fixture corpus, built once per module)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from faultkit import CORPUS, settings_for

from index.engine import Engine


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture corpus (six articles) indexed once for the module."""
    root = tmp_path_factory.mktemp("built")
    shutil.copytree(CORPUS, root / "docs")
    Engine.open(settings_for(root), build=True)
    return root


@pytest.fixture
def root(built: Path, tmp_path: Path) -> Path:
    """A private copy of `built` (docs, index) for one test to damage."""
    shutil.copytree(built, tmp_path / "r", symlinks=True)
    return tmp_path / "r"
