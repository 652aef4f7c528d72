"""Train the he/she speaker ranker (`index/speaker_rank.py`) on PolNeAR train gold.

    .venv/bin/python scripts/train_speaker_ranker.py [--data ../shared/data/polnear-dev]
        [--out index/attribution/speakers/speaker_weights.json] [--all]

Uses the train articles except the held-out slice (every fifth in id order,
``sorted(train)[::5]``; ``--all`` keeps it too). For each ``he``/``she`` speaker the rules
meet, the candidates (every person named so far) are labelled by the gold quotes of the
same paragraph with that pronoun: a candidate naming one of the gold's resolved names is
right. A conditional logit (softmax over an event's candidates) is fitted by gradient
descent with a little L2; the first-name gender table (first names of gold speakers later
called he/she) is saved beside the weights. Deterministic: same data, same file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.attribution.extraction.training import fit_logit, pronoun_candidates, train_docs  # noqa: E402
from index.attribution.speakers.speaker_rank import FEATURES  # noqa: E402
from index.bench import polnear_eval  # noqa: E402
from index.folder import DocMeta  # noqa: E402
from index.sources import read_document  # noqa: E402


def gender_table(gold: list[dict[str, object]]) -> dict[str, list[int]]:
    """First name -> [he, she] counts over gold pronoun speakers resolved to a full name."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for g in gold:
        pron = str(g.get("speaker") or "").lower()
        name = g.get("speaker_resolved")
        if pron not in ("he", "she") or not isinstance(name, str):
            continue
        toks = re.findall(r"[A-Z][a-z][\w’'-]*", name)
        if len(toks) >= 2:
            counts[toks[0].lower()][pron] += 1
    return {k: [c["he"], c["she"]] for k, c in sorted(counts.items()) if c["he"] + c["she"] >= 2}


def events(
    data: Path, docs: list[str], gold: list[dict[str, object]], table: dict[str, tuple[int, int]]
) -> list[tuple[np.ndarray, np.ndarray]]:
    """(features, labels) of every he/she event with at least one right candidate."""
    by_para: dict[tuple[str, int, str], list[str]] = defaultdict(list)
    for g in gold:
        pron = str(g.get("speaker") or "").lower()
        if g.get("speaker_is_pronoun") and pron in ("he", "she"):
            spans = g["spans"]
            assert isinstance(spans, list)
            names = [str(n) for n in [g.get("speaker_resolved"), *(g.get("speaker_candidates") or [])] if n]
            by_para[(str(g["doc"]), int(spans[0][0]) - 1, pron)] += names
    out = []
    for doc_id in docs:
        path = data / "docs" / f"{doc_id}.txt"
        doc = read_document(path, DocMeta(doc_id))
        art = polnear_eval.Article.read(path)
        texts = {p.number: p.text for p in doc.paragraphs}
        for number, pron, cands in pronoun_candidates(doc, table):
            raw = art.locate(texts.get(number, ""))
            names = by_para.get((doc_id, raw if raw is not None else -1, pron))
            if not names or not cands:
                continue
            y = np.array([any(polnear_eval.name_match(c, n) for n in names) for c, _ in cands], float)
            if y.any():
                out.append((np.array([f for _, f in cands], float), y))
    return out


def accuracy(data: list[tuple[np.ndarray, np.ndarray]], w: np.ndarray) -> float:
    return float(np.mean([y[int(np.argmax(x @ w))] for x, y in data])) if data else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/polnear-dev")
    ap.add_argument("--out", type=Path, default=ROOT / "index/attribution/speakers/speaker_weights.json")
    ap.add_argument("--all", action="store_true", help="train on the held-out slice too")
    ap.add_argument("--steps", type=int, default=3000)
    args = ap.parse_args()
    docs = train_docs(args.data, args.all)
    keep = set(docs)
    gold = [
        json.loads(line)
        for line in (args.data / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line)["doc"] in keep
    ]
    table = gender_table(gold)
    data = events(args.data, docs, gold, {k: (v[0], v[1]) for k, v in table.items()})
    rule = np.zeros(len(FEATURES))
    rule[FEATURES.index("rule_choice")] = 1.0
    w = fit_logit(data, l2=1e-3, steps=args.steps)
    print(
        f"{len(docs)} articles, {len(data)} he/she events; top-1 right: rule {accuracy(data, rule):.3f}, "
        f"ranker {accuracy(data, w):.3f}"
    )
    model = {
        "about": "he/she speaker ranker, trained by scripts/train_speaker_ranker.py on PolNeAR train "
        + ("(all)" if args.all else "(held-out slice sorted(train)[::5] left out)"),
        "weights": {f: round(float(v), 4) for f, v in zip(FEATURES, w, strict=True)},
        "gender": table,
    }
    args.out.write_text(json.dumps(model, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    for f, v in zip(FEATURES, w, strict=True):
        print(f"  {f:16s} {v:+.3f}")


if __name__ == "__main__":
    main()
