"""A ~24-article corpus for the reindex tests: squad-dev from ../shared if present, else synthetic.

`questions(n, docs)` gives (question, doc_id) pairs answerable from the given articles.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

from index.folder import doc_id_from_name

SQUAD = Path(__file__).resolve().parents[2] / "shared" / "data" / "squad-dev"
_PLACES = ["Arden", "Belmont", "Corrin", "Dunmore", "Elsworth", "Farley", "Glenrock", "Harwick", "Ivel",
           "Jarrow", "Kestle", "Lowick", "Marden", "Norwell", "Oakham", "Pellin", "Quorn", "Rydal",
           "Selby", "Tarrin", "Ulver", "Varley", "Wexham", "Yarmon"]  # fmt: skip
_TOPICS = ["bridge", "hospital", "tram line", "library", "harbour", "school", "stadium", "reservoir"]


def article_names() -> list[str]:
    if (SQUAD / "docs").is_dir():
        return sorted(p.name for p in (SQUAD / "docs").glob("*.txt"))[:24]
    return [f"{place.lower()}_news.txt" for place in _PLACES]


def _synthetic(name: str) -> str:
    place = name.split("_")[0].capitalize()
    rng = random.Random(place)
    paras = [f"News from {place}"]
    for i, topic in enumerate(rng.sample(_TOPICS, 6)):
        cost = rng.randint(10, 900)
        paras.append(
            f"The council of {place} approved a new {topic} costing {cost} million euros on day {i + 1}. "
            f"Mayor {place}son said the {topic} would open within {rng.randint(2, 9)} years. "
            f"Local traders in {place} welcomed the plan for the {topic}, which employs {cost * 3} workers."
        )
    return "\n\n".join(paras) + "\n"


def copy_articles(dest: Path, names: list[str]) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for name in names:
        if (SQUAD / "docs" / name).exists():
            shutil.copy(SQUAD / "docs" / name, dest / name)
        else:
            (dest / name).write_text(_synthetic(name), encoding="utf-8")


def questions(names: list[str], per_doc: int = 3) -> list[tuple[str, str]]:
    wanted = {doc_id_from_name(n): n for n in names}
    out: list[tuple[str, str]] = []
    if (SQUAD / "questions.jsonl").exists():
        counts: dict[str, int] = {}
        for line in (SQUAD / "questions.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            doc = doc_id_from_name(row["doc"])
            if doc in wanted and counts.get(doc, 0) < per_doc:
                counts[doc] = counts.get(doc, 0) + 1
                out.append((row["q"], doc))
        return out
    for doc, name in wanted.items():
        place = name.split("_")[0].capitalize()
        for topic in _TOPICS[:per_doc]:
            out.append((f"How much does the new {topic} in {place} cost?", doc))
    return out
