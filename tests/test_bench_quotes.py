"""`bench-quotes` and the PolNeAR-style scorer, on a tiny gold file written here.

The PolNeAR dev split itself (``../shared/data/polnear-dev``) is optional: the test that
reads it is `slow` and skips when the folder is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.bench.polnear_eval import head_words, name_match
from index.bench.quotes import is_polnear, run
from index.cli.main import main

ARTICLE = """A made-up article

“The ferry will run again on Monday,” said harbour master Ines Kolb.

“We have fixed the ramp,” she said. The council called the repair “overdue.”

Critic Lars Berg watched “Harbour Nights” on television.
"""

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear-dev"


def _gold_line(para: int, text: str, para_text: str, speaker: str, pronoun: bool, cands: list[str]) -> str:
    start = para_text.index(text)
    return json.dumps(
        {
            "split": "dev",
            "doc": "ferry",
            "paragraph": para,
            "text": text,
            "speaker": speaker,
            "speaker_is_pronoun": pronoun,
            "speaker_candidates": cands,
            "spans": [[para, start, start + len(text)]],
        }
    )


@pytest.fixture
def polnear_dir(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    paras = ARTICLE.strip().split("\n\n")[1:]
    lines = [
        _gold_line(1, "“The ferry will run again on Monday,”", paras[0], "master Ines Kolb", False, []),
        _gold_line(2, "“We have fixed the ramp,”", paras[1], "she", True, ["Ines Kolb"]),
        _gold_line(2, "“overdue.”", paras[1], "The council", False, []),
    ]
    (tmp_path / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "articles.tsv").write_text("doc\tsplit\nferry\tdev\n", encoding="utf-8")
    return tmp_path


def test_head_words_and_name_match_follow_the_rule() -> None:
    assert head_words("Clinton campaign chairman John Podesta") == {"podesta"}
    assert head_words("Trump, the nominee") == {"trump", "nominee"}
    assert head_words("he") == set()
    assert name_match("John Podesta", "Clinton campaign chairman John Podesta")
    assert not name_match("Clinton", "Clinton campaign chairman John Podesta")
    assert not name_match("Trump", "Trump’s campaign")
    assert not name_match(None, "Trump")


def test_bench_on_a_polnear_style_gold_file(polnear_dir: Path) -> None:
    gold = polnear_dir / "gold.jsonl"
    assert is_polnear(gold)
    bench, quotes = run(polnear_dir / "docs", gold, "dev")
    assert (bench.articles, bench.gold, bench.found) == (1, 3, 3)
    assert bench.predicted == 4 and bench.right == 3  # the show title is not a gold quote
    assert (bench.named, bench.pronoun) == (1.0, 1.0)
    assert any(q.mention == "she" and q.speaker == "Ines Kolb" for q in quotes)


def test_bench_quotes_command_prints_the_figures(
    polnear_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = polnear_dir / "quotes.jsonl"
    args = ["--docs", str(polnear_dir / "docs"), "--gold", str(polnear_dir / "gold.jsonl"), "--split", "dev"]
    assert main(["bench-quotes", *args, "--json-out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "quote recall 1.000 (3/3)" in printed
    assert "named 1.000 (n=2)" in printed and "pronoun 1.000 (n=1)" in printed
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["speaker"] for r in rows} >= {"Ines Kolb"}


def test_bench_on_our_golden_format() -> None:
    heldout = Path(__file__).resolve().parent / "fixtures" / "quotes_heldout"
    bench, _ = run(heldout, heldout / "golden.jsonl")
    assert bench.named is None and bench.gold == 153
    assert bench.recall >= 0.99 and bench.speaker >= 0.92
    assert bench.kind is not None and bench.kind >= 0.95  # direct / partial / indirect
    assert bench.speaker_type is not None and bench.speaker_type >= 0.95  # person / office / anonymous
    assert any(line.startswith("quote kind ") for line in bench.lines())


@pytest.mark.slow
@pytest.mark.skipif(not (POLNEAR / "gold.jsonl").exists(), reason="PolNeAR data (../shared/data) not present")
def test_polnear_dev_figures_do_not_fall() -> None:
    bench, _ = run(POLNEAR / "docs", POLNEAR / "gold.jsonl", "dev")
    assert bench.recall >= 0.98 and bench.precision >= 0.93
    assert bench.named is not None and bench.named >= 0.85
    assert bench.pronoun is not None and bench.pronoun >= 0.62
