"""Per-corpus abstention threshold from a null distribution.

How high an unrelated question scores depends on the corpus: a broad encyclopaedia
matches generic news questions far better than two articles on one story. So each index
version measures it: a fixed bank of 100 generic news questions (`probes.txt`, none of them
in the off-topic test sets) is run against the new index, and the threshold is the 92nd
percentile of their confidences minus a small margin. A high percentile of 100 probes is
steadier than of 40, and some probes always land near a news corpus's own topic, so the
very top is not used. Percentile and margin were chosen on squad-dev and the fixture news
corpus against tests/golden/offtopic.jsonl; tests/golden/offtopic_heldout.jsonl was
written afterwards to check them. Figures in the README ("Abstention").
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from .hybrid import Evidence
from .sentences import confidence

PROBES = Path(__file__).with_name("probes.txt")
PERCENTILE = 92.0
MARGIN = 0.05
FLOOR = 0.35  # never accept an answer whose best sentence is barely related


def probe_questions() -> list[str]:
    lines = PROBES.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def null_threshold(search: Callable[[str], Evidence], threads: int = 1) -> float:
    """The abstention threshold for the index behind `search`; with `threads` > 1 (a `search`
    that is thread-safe) probes run that many at a time: one's embedding runs (GIL released)
    while another's features are computed."""
    questions = probe_questions()
    if threads > 1:
        with ThreadPoolExecutor(threads) as pool:
            found = list(pool.map(search, questions))
    else:
        found = [search(q) for q in questions]
    scores = [confidence(ev.passages[0]) for ev in found if ev.passages]
    if not scores:
        return FLOOR
    return max(FLOOR, float(np.percentile(scores, PERCENTILE)) - MARGIN)
