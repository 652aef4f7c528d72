"""Question sets shared by the benches (JSON lines, one question each)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def _load_questions(path: Path, limit: int) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:limit] if limit else rows
