"""The he/she ranker (`index/speaker_rank.py`): mentions, features and the shipped weights.

Sentences are written for these tests (fictional people). The training script's own test
reads PolNeAR train (``../shared/data``): it is `slow` and skips when the folder is absent.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from index.attribution.extraction.extract import extract_quotes
from index.attribution.extraction.training import pronoun_candidates
from index.attribution.speakers.speaker_rank import FEATURES, WEIGHTS, Mentions
from index.folder import DocMeta
from index.sources import parse_document

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear-dev"


def _doc(body: str) -> list[tuple[str | None, str | None]]:
    doc = parse_document("Title\n\n" + body, DocMeta("d"))
    return [(q.speaker, q.mention) for q in extract_quotes(doc)]


def test_weights_ship_with_every_feature() -> None:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(FEATURES)
    assert all(len(v) == 2 for v in data["gender"].values())


def test_mentions_key_people_by_surname_without_place_or_suffix() -> None:
    m = Mentions(frozenset({"marlow", "okafor"}))
    m.observe("Senator Dana Marlow of Vermont met Peter Okafor Jr. and later Marlow left.", 0, 74, 1)
    m.flush()
    assert m.entities["marlow"].name == "Dana Marlow" and m.entities["marlow"].count == 2
    assert m.entities["okafor"].name == "Peter Okafor"
    assert "vermont" not in m.entities


def test_names_after_the_pronoun_are_not_candidates() -> None:
    doc = parse_document(
        "Title\n\nTomas Reyel spoke first.\n\n“We will win,” he told Anna Wirth on Monday.", DocMeta("d")
    )
    (_, pron, cands), *_ = pronoun_candidates(doc)
    assert pron == "he" and [c for c, _ in cands] == ["Tomas Reyel"]


def test_she_prefers_the_woman_named_before() -> None:
    got = _doc(
        "Mayor Karen Ostby met Governor Paul Drenner in the city hall on Monday.\n\n"
        "“We agreed on nothing,” she said."
    )
    assert got == [("Karen Ostby", "she")]


def test_he_stays_with_the_last_speaker_over_a_person_only_mentioned() -> None:
    got = _doc(
        "“The port will reopen,” said harbour master Erik Lund.\n\n"
        "The decision follows a report by the Orlen Institute.\n\n"
        "“It is safe now,” he said."
    )
    assert got[-1] == ("Erik Lund", "he")


@pytest.mark.slow
@pytest.mark.skipif(not (POLNEAR / "gold.jsonl").exists(), reason="PolNeAR data (../shared/data) not present")
def test_training_reproduces_the_shipped_weights(tmp_path: Path) -> None:
    out = tmp_path / "w.json"
    script = ROOT / "scripts" / "train_speaker_ranker.py"
    subprocess.run([sys.executable, str(script), "--data", str(POLNEAR), "--out", str(out)], check=True)
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(WEIGHTS.read_text(encoding="utf-8"))
