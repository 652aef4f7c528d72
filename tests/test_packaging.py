"""The files a non-editable install (a wheel, the Docker image) ships: every data file the code
reads beside it must be declared as package data, or the installed bot would lack it."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_data_file_beside_the_code_is_package_data() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"
    ]
    data = [
        p
        for pkg in ("index", "bot")
        for p in (ROOT / pkg).rglob("*")
        if p.is_file() and p.suffix not in {".py", ".pyc"} and "__pycache__" not in p.parts
    ]
    assert any(p.suffix == ".json" for p in data)  # the speaker models' weights at least
    missing = [
        str(p.relative_to(ROOT))
        for p in data
        if not any(
            fnmatch.fnmatch(p.name, pattern)
            for pattern in declared.get(".".join(p.parent.relative_to(ROOT).parts), [])
        )
    ]
    assert not missing, f"not in [tool.setuptools.package-data]: {missing}"
