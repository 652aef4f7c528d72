"""Telegram load, timed: users asking the real bot through the Bot API emulator.

    .venv/bin/python scripts/bench_load.py                 # 20 users × 10 questions, 0.1 s apart
    .venv/bin/python scripts/bench_load.py --runs 3 --users 40 --spacing 0.05

Serves the fixture articles (`tests/fixtures/corpus`'s geneva, harbour, summit) with
`python -m index build` then `python -m bot`, exactly as the end-to-end suite does, and runs
`tests/e2e/load.py`: each user asks its next question once the previous answer arrived. Prints
one row per run: answers, how many cite the expected paragraph first, the wall time for all,
and the round trip p50 / p95 / max (message posted → the bot's `sendMessage` received, by the
emulator's clock). The end-to-end test checks the same answers without timing them. Needs
Node 20 and `scripts/install` (the emulator); talks only to 127.0.0.1. Run it on a quiet
machine: one heavy measurement at a time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "e2e")]

from conftest import serve  # noqa: E402  (the e2e suite's way of serving the real bot)
from load import Plan, run_load  # noqa: E402

from tests.news_fixtures import write_corpus  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=Plan.users)
    parser.add_argument("--per-user", type=int, default=Plan.per_user)
    parser.add_argument("--spacing", type=float, default=Plan.spacing, help="seconds between questions")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_corpus(root / "docs")
        with contextlib.contextmanager(serve)(root) as bot:
            for run in range(args.runs):
                # each run asks from its own chats, so earlier answers are not counted again
                plan = Plan(args.users, args.per_user, args.spacing, first_chat=9000 + run * args.users)
                load = asyncio.run(run_load(bot.emulator, plan))
                p50, p95, most = load.spread()
                right = load.answered - len(load.wrong)
                rows.append(
                    f"| {run + 1} | {load.answered} of {args.users * args.per_user} | {right} | "
                    f"{load.elapsed:.1f} s | {p50:.0f} / {p95:.0f} / {most:.0f} ms |"
                )
    print(f"{args.users} users × {args.per_user} questions, one every {args.spacing} s overall\n")
    print("| run | answered | first source right | wall time | round trip p50 / p95 / max |")
    print("|---|---|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
