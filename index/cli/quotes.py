"""`python -m index quote` and `quotes`: attribution checks from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..attribution.answers.quote_json import quote_json
from ._common import add_command, add_corpus_options, settings_from_args

if TYPE_CHECKING:
    from ..attribution.speakers.speaker_groups import SpeakerGroup
    from ..engine import Engine
    from ._common import Subparsers


def _engine(args: argparse.Namespace) -> Engine:
    from ..engine import Engine

    return Engine.open(settings_from_args(args))


def cmd_quote(args: argparse.Namespace) -> int:
    if not args.text.strip():
        print(
            'error: the quote is empty; give the words to check, e.g. quote "We will rebuild"',
            file=sys.stderr,
        )
        return 2
    with _engine(args) as engine:
        check = engine.check_quote(args.text)
        q = check.quote if check.verdict != "not_found" else None
        para = engine.paragraph(q.doc_id, q.paragraph) if q else None
        diff = check.rendered if check.verdict == "misworded" else None
        out = quote_json(q, check.verdict, diff, para.text if para else None) | {
            "claimed_speaker": check.claimed_speaker,
            "speaker_right": check.speaker_right,
            "on_behalf": check.on_behalf,
            "opposite": check.reversal,
            "within": check.within,
            "relayed": check.relayed,
            "read_as": [{"typed": typed, "read": read} for typed, read in check.read_as],
            # not found: the writer's sentence around this short quotation, whose words the claim copies
            "writers_words": (
                {"quote": check.prose.text, "speaker": check.prose.speaker, "label": check.prose.label}
                if check.prose is not None
                else None
            ),
        }
        j = check.joined
        out["joined"] = {"quote": j.text, "speaker": j.speaker, "label": j.label} if j is not None else None
        if args.json:
            print(json.dumps(out, ensure_ascii=False))
            return 0
        if check.read_as_reply:
            print(f"({check.read_as_reply}.)")
        if q is None and j is not None and check.quote is not None:
            a = check.quote  # two speakers' words joined: no one's quotation as a whole
            both = f"{j.speaker} [{j.label}] and of {a.speaker} [{a.label}]"
            print(f"Not one quotation: it joins words of {both}.")
            print(f"  “{j.text}”\n  “{a.text}”")
        elif q is None and check.prose is not None:
            p = check.prose
            by = f"by {p.speaker}" if p.speaker else "attributed to no one"
            print(f"Not a quote: the article's own words [{p.label}]; only “{p.text}” is quoted, {by}.")
        elif q is None:
            print("Not found in the indexed articles.")
        else:
            who = q.speaker or "unattributed"
            if check.speaker_right is False:
                print(f"misattributed: these are the words of {who}, not {check.claimed_speaker}")
            if check.on_behalf:
                claimed = check.claimed_speaker
                print(
                    f"on their behalf: these are the words of {who}, speaking for {claimed}: "
                    f"not {claimed}'s own words"
                )
            if check.reversal:
                print(f"opposite: the quote says the reverse ({check.reversal})")
            if check.relayed:
                print(f"not their own words: {who} reports {check.relayed} saying this")
            if check.within:
                cited = f"“{check.within}” in quotation marks, citing someone else's words"
                print(f"not their own words: {who} puts {cited}")
            if j is not None:
                print(f"two quotations joined: part of these words is another quotation of {who} [{j.label}]")
            detail = f", {q.speaker_detail}" if q.speaker_detail else ""
            cue = f" ({q.cue})" if q.cue else ""  # a quote may run on from the previous one's cue
            # reported speech is the writer's wording: never shown as a quotation
            reported = q.kind == "indirect"
            verdict = f"{check.verdict} (reported speech, not a quotation)" if reported else check.verdict
            print(f"{verdict}: {who}{detail}{cue} [{q.label}]")
            print(f"  {q.text} (reported)" if reported else f"  “{q.text}”")
            if diff and not check.reversal:  # a reversal's diff is printed above
                print(f"  diff: {diff}")
        return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    from ..attribution.speakers.speaker_groups import speaker_listing

    with _engine(args) as engine:
        # "Нетаньяху", "Citrinowitz": as the articles spell the name
        speaker = engine.name_as_written(args.speaker) if args.speaker else None
        quotes = engine.quotes_by(speaker)
        offices: list[SpeakerGroup] = []
        if speaker:
            _, offices, note = speaker_listing(speaker, quotes, engine.quotes())
            if note:
                print(f"note: {note}", file=sys.stderr)
        if not quotes and offices:
            # "Netanyahu's office said …": not the person's words, but what a reader asking wants
            names = ", ".join(g.name for g in offices)
            print(
                f"note: {speaker} is not quoted in person; quoted on their behalf: {names}",
                file=sys.stderr,
            )
            quotes = [q for g in offices for q in g.quotes]
        rows = []
        for q in quotes:
            para = engine.paragraph(q.doc_id, q.paragraph)
            rows.append(
                quote_json(q, "exact", None, para.text if para else None)
                | {"kind": q.kind, "speaker_kind": q.speaker_kind}
            )
        if args.json:
            print(json.dumps(rows, ensure_ascii=False))
        elif not quotes and speaker:
            # as Telegram says it: an empty listing would read as a failure
            print(f"I found no quotes by {speaker} in the articles.")
        else:
            for q in quotes:
                print(listing_line(q.speaker, q.kind, q.label, q.text))
        return 0


def listing_line(speaker: str | None, kind: str, label: str, text: str) -> str:
    """A `quotes` row as text; reported speech is the writer's wording, so no quotation marks.

    >>> listing_line("Lee", "indirect", "AFP ¶2", "the port would close")
    'Lee [indirect] [AFP ¶2]: the port would close (reported)'
    >>> listing_line(None, "partial", "AFP ¶3", "a sellout")
    '(no speaker) [partial] [AFP ¶3]: “a sellout”'
    """
    words = f"{text} (reported)" if kind == "indirect" else f"“{text}”"
    return f"{speaker or '(no speaker)'} [{kind}] [{label}]: {words}"


def cmd_bench_quotes(args: argparse.Namespace) -> int:
    from ..bench.quotes import quotes_json, run

    bench, quotes = run(args.docs, args.gold, args.split, args.errors)
    for line in bench.lines():
        print(line)
    for line in bench.errors:
        print("-", line)
    if args.json_out:
        rows = quotes_json(quotes, args.docs)
        args.json_out.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    return 0


def register(sub: Subparsers) -> None:
    help_ = "quote recall/precision and speaker accuracy against a gold file"
    p = add_command(sub, "bench-quotes", cmd_bench_quotes, help_, corpus=False)
    add_corpus_options(p, docs_help="folder of articles", docs_required=True, index=False)
    p.add_argument("--gold", type=Path, required=True, help="PolNeAR gold.jsonl or a golden JSONL")
    p.add_argument("--split", help="PolNeAR split to score (train or dev; articles.tsv beside the gold)")
    p.add_argument("--errors", type=int, default=0, help="list the first N misses and wrong speakers")
    p.add_argument("--json-out", type=Path, help="also write the quotes, one JSON object a line")

    for name, fn, help_ in (
        ("quote", cmd_quote, "who said these words? exact / misworded (with a diff) / not found"),
        ("quotes", cmd_quotes, "every quote, or every quote of one speaker"),
    ):
        p = add_command(sub, name, fn, help_)
        p.add_argument("--json", action="store_true")
        if name == "quote":
            p.add_argument("text")
        else:
            p.add_argument("--speaker")
