"""The rules' decisions as training events for the two learned models of speaker attribution.

`pronoun_candidates` gives each ``he``/``she`` speaker the rules meet with the he/she ranker's
candidates (`speaker_rank`, trained by ``scripts/train_speaker_ranker.py``); `nocue_events`
gives each quotation with the candidates of the chooser for quotes no rule attributes
(`nocue`, trained by ``scripts/train_nocue_chooser.py``). Both run `extract`'s own reading of
an article, so training sees exactly what extraction sees. `train_docs` and `fit_logit` are
what the two training scripts share: the articles they learn from and the model they fit.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ...types import Document
from ..speakers.article_names import article_full_names, article_surnames
from ..speakers.coref import SpeakerContext
from ..speakers.speaker_rank import Candidate, Mentions
from .extract import _paragraph, _State
from .marks import quotes_in_single_marks


def pronoun_candidates(
    doc: Document, gender: dict[str, tuple[int, int]] | None = None
) -> list[tuple[int, str, list[Candidate]]]:
    """Each ``he``/``she`` speaker of `doc` as (paragraph number, pronoun, candidates with
    their features), the rules choosing, for training `speaker_rank`
    (``scripts/train_speaker_ranker.py``); `gender` replaces the shipped first-name table."""
    surnames = article_surnames(doc)
    ctx = SpeakerContext(surnames, mentions=Mentions(surnames, ranked=False, gender=gender), trace=[])
    state = _State(ctx, singles=quotes_in_single_marks([p.text for p in doc.paragraphs]))
    for p in doc.paragraphs:
        _paragraph(p, state)
    return ctx.trace or []


def nocue_events(doc: Document) -> list[tuple[int, int, int, str, list[Candidate]]]:
    """Each direct or partial quote of `doc` as (paragraph number, start, end, how the rules
    named its speaker, the `nocue` candidates with their features), the rules choosing, for
    training `nocue` (``scripts/train_nocue_chooser.py``)."""
    state = _State(
        SpeakerContext(article_surnames(doc), full_names=article_full_names(doc)),
        singles=quotes_in_single_marks([p.text for p in doc.paragraphs]),
        events=[],
    )
    for p in doc.paragraphs:
        _paragraph(p, state)
    return state.events or []


def train_docs(data: Path, everything: bool) -> list[str]:
    """PolNeAR's train articles in id order, without the held-out slice (every fifth,
    ``sorted(train)[::5]``) unless `everything`."""
    with (data / "articles.tsv").open(encoding="utf-8") as f:
        train = sorted(r["doc"] for r in csv.DictReader(f, delimiter="\t") if r["split"] == "train")
    held = set(train[::5])
    return [d for d in train if everything or d not in held]


def fit_logit(data: Sequence[tuple[np.ndarray, np.ndarray]], l2: float, steps: int = 3000) -> np.ndarray:
    """A conditional logit over events of (candidate features, 0/1 labels): maximise log
    P(right candidates) under a softmax over each event's candidates, by full-batch gradient
    descent with L2 `l2`. Deterministic: same events, same weights."""
    n, c, f = len(data), max(len(y) for _, y in data), data[0][0].shape[1]
    x = np.zeros((n, c, f))
    y = np.zeros((n, c))
    real = np.zeros((n, c), bool)
    for i, (xi, yi) in enumerate(data):
        x[i, : len(yi)], y[i, : len(yi)], real[i, : len(yi)] = xi, yi, True
    w = np.zeros(f)
    for _ in range(steps):
        s = np.where(real, x @ w, -np.inf)
        p = np.exp(s - s.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        q = p * y
        q /= q.sum(axis=1, keepdims=True)  # posterior over the right candidates
        grad = l2 * w - np.einsum("nc,ncf->f", q - p, x) / n
        w -= 0.5 * grad
    return w
