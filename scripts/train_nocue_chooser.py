"""Train the chooser for quotes no rule attributes (`index/attribution/speakers/nocue.py`) on
PolNeAR train gold.

    .venv/bin/python scripts/train_nocue_chooser.py [--data ../shared/data/polnear-dev]
        [--out index/attribution/speakers/nocue_weights.json] [--all]

Uses the train articles except the held-out slice (every fifth in id order,
``sorted(train)[::5]``; ``--all`` keeps it too). Every quote the rules find is paired with
the gold quote holding most of its words (at least half); the quote's candidates are
labelled right when one shares a head word with the gold speaker or one of the names its
pronoun was resolved to, or is the gold's pronoun as written. The events of quotes the
rules attribute without a cue (and those they leave without a speaker) train a conditional
logit (softmax over an event's candidates), fitted by gradient descent with a little L2.
The chooser names the best
candidate only when it has at least `--threshold` (0.5) of the probability; the script
prints how often that is right on the training quotes the rules leave without a speaker.
Deterministic: same data, same file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.attribution.extraction.training import fit_logit, nocue_events, train_docs  # noqa: E402
from index.attribution.speakers.nocue import FEATURES  # noqa: E402
from index.bench import polnear_eval  # noqa: E402
from index.folder import DocMeta  # noqa: E402
from index.sources import read_document  # noqa: E402

Event = tuple[str, np.ndarray, np.ndarray]  # how the rules named the speaker, features, labels


def events(data: Path, docs: list[str], gold: list[polnear_eval.GoldQuote]) -> list[Event]:
    """Every rule-found quote with a gold speaker (labels all 0 when no candidate is right)."""
    by_doc: dict[str, list[polnear_eval.GoldQuote]] = {}
    for g in gold:
        by_doc.setdefault(g.doc, []).append(g)
    out: list[Event] = []
    for doc_id in docs:
        path = data / "docs" / f"{doc_id}.txt"
        doc = read_document(path, DocMeta(doc_id))
        art = polnear_eval.Article.read(path)
        texts = {p.number: p.text for p in doc.paragraphs}
        golds = [
            (g, set().union(*(art.overlap(p, a, b) for p, a, b in g.spans))) for g in by_doc.get(doc_id, [])
        ]
        for number, start, end, how, cands in nocue_events(doc):
            raw = art.locate(texts.get(number, ""))
            if raw is None or not cands:
                continue
            words = art.overlap(raw, start, end)
            best = max(golds, key=lambda gw: len(gw[1] & words), default=None)
            if best is None or not words or len(best[1] & words) < 0.5 * len(words) or not best[0].speaker:
                continue
            names = [best[0].speaker, *best[0].candidates]
            said = (best[0].speaker or "").lower()  # a pronoun source is right as written
            y = np.array([c == said or _same_head(c, names) for c, _ in cands], float)
            out.append((how, np.array([f for _, f in cands], float), y))
    return out


def _same_head(candidate: str, names: list[str]) -> bool:
    return any(polnear_eval.head_words(candidate) & polnear_eval.head_words(n) for n in names)


def top(x: np.ndarray, w: np.ndarray) -> tuple[int, float]:
    """The best candidate of an event and its share of the probability."""
    s = x @ w
    p = np.exp(s - s.max())
    return int(np.argmax(s)), float(p.max() / p.sum())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/polnear-dev")
    ap.add_argument("--out", type=Path, default=ROOT / "index/attribution/speakers/nocue_weights.json")
    ap.add_argument("--all", action="store_true", help="train on the held-out slice too")
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--threshold", type=float, default=0.5, help="least share of the probability to choose")
    args = ap.parse_args()
    docs = train_docs(args.data, args.all)
    gold = polnear_eval.load_gold(args.data / "gold.jsonl", docs, "train")
    data = events(args.data, docs, gold)
    train = [e for e in data if e[0] != "cue" and e[2].any()]
    none = [e for e in data if e[0] == "none"]
    w = fit_logit([(x, y) for _, x, y in train], l2=1e-2, steps=args.steps)
    before, desc = FEATURES.index("same_before"), FEATURES.index("description")
    eligible = [(x[m], y[m]) for _, x, y in none if (m := (x[:, before] > 0) & (x[:, desc] == 0)).any()]
    picks = [(top(x, w)[1], bool(y[top(x, w)[0]])) for x, y in eligible]  # as `nocue.choose` picks
    right = sum(ok for p, ok in picks if p >= args.threshold)
    wrong = sum(not ok for p, ok in picks if p >= args.threshold)
    print(
        f"{len(docs)} articles, {len(train)} training events; of {len(none)} quotes left without a "
        f"speaker, {sum(bool(y.any()) for _, _, y in none)} have a right candidate; "
        f"{len(eligible)} have a name before them in their sentence; at threshold {args.threshold} "
        f"the chooser names {right} right, {wrong} wrong"
    )
    model = {
        "about": "chooser for quotes no rule attributes, trained by scripts/train_nocue_chooser.py on "
        + ("PolNeAR train (all)" if args.all else "PolNeAR train (held-out slice sorted(train)[::5] out)"),
        "threshold": args.threshold,
        "weights": {f: round(float(v), 4) for f, v in zip(FEATURES, w, strict=True)},
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    for f, v in zip(FEATURES, w, strict=True):
        print(f"  {f:18s} {v:+.3f}")


if __name__ == "__main__":
    main()
