"""`python -m index add|remove|list|build` through real subprocesses (real model)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from index.state.audit import AUDIT_FILE, SqliteAuditLog

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PAGE = b"""<html><head><title>x</title><script>x()</script></head><body><nav>Home</nav>
<h1>Lighthouse reopens</h1><p>The Kestle lighthouse reopened on Sunday after a 3 million euro repair.</p>
<h2>Visitors</h2><p>About 4,000 visitors are expected each summer, the trust said.</p></body></html>"""


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    shutil.copytree(HERE / "fixtures" / "corpus", tmp_path / "docs")
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "DOCS_DIR": str(tmp_path / "docs"),
        "INDEX_DIR": str(tmp_path / "index"),
        "DATA_DIR": str(tmp_path / "data"),
        "MODEL_CACHE_DIR": str(REPO / "var" / "model"),
    }


def run(env: dict[str, str], *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "index", *args], env=env, capture_output=True, text=True, cwd=REPO
    )
    assert (done.returncode == 0) is ok, done.stderr
    return done


def test_add_replace_list_remove_and_incremental_build(env: dict[str, str], tmp_path: Path) -> None:
    page = tmp_path / "Light House.html"
    page.write_bytes(PAGE)
    added = json.loads(run(env, "add", str(page), "--outlet", "Kestle Post", "--json").stdout)
    (doc,) = added["documents"]
    assert (doc["doc_id"], doc["title"], doc["outlet"], doc["replaced"], doc["paragraphs"]) == (
        "light-house", "Lighthouse reopens", "Kestle Post", False, 2
    )  # fmt: skip
    assert added["index"]["added"] == ["light-house"] and added["index"]["documents"] == 7

    answer = json.loads(run(env, "ask", "--json", "How much did the lighthouse repair cost?").stdout)
    assert answer["citations"][0]["doc"] == "light-house"

    page.write_bytes(PAGE.replace(b"4,000", b"5,000"))
    replaced = json.loads(run(env, "add", str(page), "--json").stdout)
    (doc,) = replaced["documents"]
    assert doc["replaced"] and doc["changes"] == {"added": 0, "removed": 0, "changed": 1, "unchanged": 1}
    assert doc["outlet"] == "Kestle Post" and replaced["index"]["embedded"] == 1  # one new sentence
    rates = replaced["index"]  # a fresh build's ingest figure is paragraphs, not re-embedded sentences
    assert rates["paragraphs_per_second"] == pytest.approx(rates["paragraphs"] / rates["seconds"])
    assert rates["sentences_per_second"] == pytest.approx(1 / rates["seconds"])

    rebuilt = json.loads(run(env, "build", "--json").stdout)
    assert rebuilt["changed"] is False and rebuilt["embedded"] == 0

    listed = json.loads(run(env, "list", "--json").stdout)
    rows = {r["doc_id"]: r for r in listed["documents"]}
    assert len(rows) == 7 and rows["light-house"]["paragraphs"] == 2 and rows["light-house"]["indexed"]
    assert "light-house\tLighthouse reopens (Kestle Post)\t2 ¶" in run(env, "list").stdout

    text = run(env, "remove", "light-house").stdout
    assert "removed light-house ('Lighthouse reopens')" in text and "index updated: 6 documents" in text
    gone = run(env, "remove", "light-house", "--json", ok=False)
    assert json.loads(gone.stdout) == {
        "ok": False,
        "error": "no document with id 'light-house'; `python -m index list` shows the ids",
    }

    pdf = tmp_path / "scan.txt"
    pdf.write_bytes(b"%PDF-1.6 binary")
    refused = run(env, "add", str(pdf), ok=False)
    assert "This is a PDF" in refused.stderr and not (Path(env["DOCS_DIR"]) / "scan.txt").exists()

    log = SqliteAuditLog(Path(env["DATA_DIR"]) / AUDIT_FILE)
    entries = [(e.action, e.target, e.outcome) for e in reversed(log.recent())]
    actors = {e.actor.split(":")[0] for e in log.recent()}
    log.close()
    assert entries == [
        ("add", "Light House.html", "ok"),
        ("add", "Light House.html", "ok"),
        ("remove", "light-house", "ok"),
        ("remove", "light-house", "error"),
        ("add", "scan.txt", "error"),
    ]
    assert actors == {"cli"}
