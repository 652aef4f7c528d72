"""How `python -m index ask` shows an answer: the text a reader sees (`answer_text`) and the
`--json` contract (`answer_json`). Pure: the adapters in `bot/` render the same `Answer` as
Telegram HTML.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..attribution.speakers.described import asked_and_found, is_plural, mid_sentence, sentence_opening
from ..attribution.speakers.speaker_groups import group_speakers
from ..retrieval.conflicts.disagree import grouped_sides
from ..text import closed_quote
from ..types import Answer, Citation, Quote


def _citation_json(c: Citation) -> dict[str, Any]:
    return {
        "doc": c.doc_id,
        "title": c.title,
        "label": c.label,
        "outlet": c.outlet,
        "paragraph": c.paragraph,
        "quote": c.quote,
        "text": c.text,
    }


def answer_json(answer: Answer) -> dict[str, Any]:
    """The `ask --json` contract: question, answer, abstained, citations (rank order); the
    outlet asked after when the question named one ("according to AFP, …")."""
    out: dict[str, Any] = {
        "question": answer.question,
        # "who wrote this article?": the line saying what is not held opens the answer, and
        # the question counts as declined though the list of articles follows
        "answer": f"{answer.not_held_reply}. {answer.text}" if answer.not_held_reply else answer.text,
        "abstained": answer.declined,
        "citations": [_citation_json(c) for c in answer.citations],
        "disagreements": [
            {
                "claim": d.claim,
                "sides": [
                    {"value": s.value, "doc": s.doc_id, "paragraph": s.paragraph, "label": s.label}
                    for s in d.sides
                ],
            }
            for d in answer.disagreements
        ],
    }
    if answer.undisputed:
        out["undisputed"] = answer.undisputed  # asked about, and no article gives another value
    if answer.read_as:
        out["read_as"] = [{"typed": typed, "read": read} for typed, read in answer.read_as]
    if answer.attribution is not None:
        a = answer.attribution
        out["attribution"] = {
            "kind": a.kind,
            "verdict": a.verdict,
            "diff": a.diff,
            "said_by": a.said_by,
            "within": a.within,
            "relayed": a.relayed,
            "note": a.note,
            "told": a.told,
            "quotes": [
                {
                    "speaker": q.speaker,
                    "mention": q.mention,
                    "speaker_detail": q.speaker_detail,
                    "quote": q.text,
                    "kind": q.kind,
                    "label": q.label,
                }
                for q in a.quotes
            ],
        }
        if a.all_shown:  # "what else did X say?" after every quote of X was shown
            out["attribution"]["all_shown"] = True
        if a.on_behalf:  # X quoted only through their office: these are its quotes
            out["attribution"]["on_behalf"] = True
    if answer.outlet is not None:
        out["outlet"] = answer.outlet  # "according to AFP, …": answered from AFP's articles only
    if answer.overview:
        out["overview"] = answer.overview  # "what is this about?": one lede per article, of this many
    if answer.not_held:
        out["not_held"] = answer.not_held  # "who wrote this article?": "author", which the bot lacks
    if answer.abstained:
        out["reason"] = answer.reason
        out["missing"] = list(answer.missing)
    elif answer.not_held:
        out["reason"] = "not_held"
        out["missing"] = [answer.not_held]
    if answer.closest is not None:
        out["closest"] = _citation_json(answer.closest)
    return out


def abstention_text(answer: Answer) -> str:
    """Why the bot does not answer, in one sentence (shared wording for every adapter)."""
    if answer.reason == "not_mentioned" and answer.missing:
        return f"The articles don't mention {' or '.join(answer.missing)}."
    if answer.outlet is not None:
        return f"The articles from {answer.outlet} don't say."
    if answer.unstated_reply is not None:
        return f"{answer.unstated_reply}."
    if answer.reason == "language" and answer.missing:
        # a name in a script the articles' names cannot be read from ("נתניהו")
        typed = " or ".join(f"“{w}”" for w in answer.missing)
        return (
            f"The articles write names in Latin letters, and I can't read {typed} as one of them: "
            "please write it as they do."
        )
    if answer.unclear_reply is not None:
        return f"{answer.unclear_reply}."
    if answer.reason == "removed":
        return f"The article that answer came from is no longer indexed ({'; '.join(answer.missing)})."
    if answer.reason == "language":
        return "I answer questions in English only, and your question looks like another language."
    att = answer.attribution
    if att is not None and att.kind == "what_said" and att.speaker_asked and att.all_shown:
        return f"That is all: I found no other quotes by {att.speaker_asked} in the articles."
    if att is not None and att.kind == "what_said" and att.speaker_asked:
        return f"I found no quotes by {att.speaker_asked}{att.on_claim} in the articles."
    if att is not None and att.kind == "did_say" and att.speaker_asked:
        # the words may be in the articles, as the writer's or someone else's: not X's
        return f"I found no quote of {att.speaker_asked} saying that in the articles."
    if att is not None and att.kind == "who_said":
        return "I found no one quoted saying that in the articles."  # as Telegram says it
    return "The indexed articles don't cover this."


def verdict_text(answer: Answer) -> str | None:
    """What a quote question's answer found, in a line, as Telegram puts it (`render_quotes`)."""
    att = answer.attribution
    if att is None:
        return None
    q = att.quotes[0] if att.quotes else None
    who = mid_sentence(q.speaker or "an unnamed source", q.speaker_kind == "anonymous") if q else ""
    if att.kind == "who_on" and att.quotes:
        return f"Quoted on {att.claim} ({_speakers(att.quotes)}):"
    if att.kind == "what_said":
        n = len(att.quotes)
        said = f"told {att.told}" if att.told else "said"
        if n and att.on_behalf:
            asked = att.speaker_asked or "they"
            return f"{asked} is not quoted in person. Quoted on their behalf ({att.count}):"
        return f"What {att.speaker_asked or 'they'} {said} ({att.count}):" if n else None
    if att.kind == "did_say" and q:
        if att.verdict == "yes":
            named = asked_and_found(att.speaker_asked or "", att.said_by)
            verb = "are" if is_plural(att.speaker_asked or "", q.speaker_kind == "person") else "is"
            how = "reported (not quoted)" if q.kind == "indirect" else "quoted"
            return f"Yes. {sentence_opening(named)} {verb} {how} saying that:"
        if att.verdict == "no" and att.diff:
            # someone else's words only close to the claim: X did not say it, nor did they
            lead = f"I found no quote of {att.speaker_asked} saying that."
            return f"{lead} Closest, in other words, {who} ({att.diff}):"
        if att.verdict == "no":
            return f"No. That was {who}, not {att.speaker_asked}:"
        if att.verdict == "not_found":
            # "did X threaten …?" of words reported as hinted: what the article has instead
            return f"I found no quote of {att.speaker_asked} saying that. What the article has:"
    if q and att.verdict == "quoting":
        cited = f"“{att.within}” in quotation marks, citing someone else's words"
        if att.kind == "did_say":
            return f"Not as their own words. {sentence_opening(who)} puts {cited}:"
        return f"{sentence_opening(who)} used those words, but put {cited}:"
    if q and att.verdict == "relaying":
        return f"Not as their own words. {sentence_opening(who)} reports {att.relayed} saying it:"
    if q and att.verdict == "contradicts":
        diff = f" ({att.diff})" if att.diff else ""
        lead = "No: the article has " if att.kind == "did_say" else "The article has "
        return f"{lead}{who} saying the opposite{diff}:"
    if q and att.verdict == "exact" and q.kind == "indirect":
        # reported speech is the writer's wording of what they said: never "word for word"
        return f"{sentence_opening(who)} said that, in the article's reported speech (not a quotation):"
    if q and att.verdict == "exact":
        return f"{sentence_opening(who)} said that, word for word:"
    if q and att.verdict == "matched":
        return f"That was {who}:"
    if q and att.verdict == "misworded":
        return f"Not quite those words. It was {who}; the article's wording differs ({att.diff}):"
    return None


def _speakers(quotes: Sequence[Quote]) -> str:
    """ "3 speakers, 5 quotes": how many people a topic list holds."""
    n = len({q.speaker for q in quotes})
    return f"{n} speaker{'s' if n != 1 else ''}, {len(quotes)} quote{'s' if len(quotes) != 1 else ''}"


def _speakers_text(answer: Answer) -> str:
    """ "Who is quoted?": each speaker with a count and where, people first."""
    assert answer.attribution is not None
    groups = group_speakers(answer.attribution.quotes)
    on = f" {answer.attribution.claim}" if answer.attribution.claim else ""  # "on the record"
    if not groups:
        return f"No {'source' if on else 'anonymous source'} is quoted{on} in the articles."
    order = {"person": 0, "office": 1}
    total = sum(len(g.quotes) for g in groups)  # as /quotes counts: quotes with a speaker
    lines = [f"Who is quoted{on} ({len(groups)} speakers, {total} quotes):"]
    for g in sorted(groups, key=lambda g: (order.get(g.kind, 2), -len(g.quotes))):
        where = ", ".join(dict.fromkeys(q.label for q in g.quotes))
        n = len(g.quotes)
        kind = {"office": " (organisation or office)", "anonymous": " (anonymous source)"}.get(g.kind, "")
        lines.append(f"— {g.name}{kind}: {n} quote{'s' if n != 1 else ''} [{where}]")
    if answer.attribution.note:  # "how many people are quoted?": the reported speech left out
        lines.append(f"Note: {answer.attribution.note}.")
    return "\n".join(lines)


def answer_text(answer: Answer) -> str:
    """Readable answer for a terminal."""
    if answer.attribution is not None and answer.attribution.kind == "who_quoted":
        return _speakers_text(answer)
    read_as = [f"({answer.read_as_reply}.)"] if answer.read_as_reply else []
    if answer.abstained:
        lines = [*read_as, abstention_text(answer)]
        if answer.closest and answer.reason != "not_mentioned":
            lines.append(f"Closest match: [{answer.closest.label}] {answer.closest.quote}")
        if answer.undisputed_reply:
            lines.append(f"{answer.undisputed_reply}.")
        return "\n".join(lines)
    lines = [f"{closed_quote(s.text)} [{answer.citations[s.citation].label}]" for s in answer.sentences]
    if answer.overview:
        shown = len(answer.sentences)
        count = f" (the first {shown} of {answer.overview})" if answer.overview > shown else ""
        cited = [answer.citations[s.citation] for s in answer.sentences]
        heads = [f"- {c.title} ({c.outlet or 'outlet unknown'}): " for c in cited]
        # "how many articles are there?" is answered by this list: its head gives the count
        each = f"each of the {answer.overview} articles" if answer.overview > 1 else "the one article"
        head = f"a line from each article{count}" if count else f"a line from {each}"
        lines = [f"In brief, {head}:"] + [head + line for head, line in zip(heads, lines, strict=True)]
        if answer.not_held_reply:  # "who wrote this article?"
            lines.insert(0, f"{answer.not_held_reply}.")
    if answer.attribution is not None:
        if headline := verdict_text(answer):
            lines.insert(0, headline)
        if answer.attribution.note:
            lines.append(f"Note: {answer.attribution.note}.")
        stated = [s.text for s in answer.sentences]
        introduced: set[str] = set()
        listed = answer.attribution.quotes
        for q in listed if answer.attribution.kind == "who_on" else listed[:5]:
            who = q.speaker or "an unnamed source"
            role = q.speaker_detail
            fresh = role and who not in introduced and not any(role in s for s in stated)
            detail = f", {role}" if fresh else ""
            introduced.add(who)
            how = f" ({q.cue})" if q.cue else ""
            # each sentence once per reply: words already printed above are not repeated (a
            # partial quotation shows its marks there); reported speech is said to be so
            if any(q.text in s for s in stated):
                notes = [n for n in (q.cue, "reported speech" if q.kind == "indirect" else None) if n]
                said_how = f" ({'; '.join(notes)})" if notes else ""
                tag = f"— {who}{detail}{said_how} [{q.label}]"
                if tag not in lines:  # two quotations of one sentence: its speaker once
                    lines.append(tag)
            else:
                words = f"“{q.text}”" if q.kind != "indirect" else f"{q.text} (reported)"
                lines.append(f"— {who}{detail}{how}: {words} [{q.label}]")
    for d in answer.disagreements:
        sides = " · ".join(f"{value} [{', '.join(labels)}]" for value, labels in grouped_sides(d))
        lines.append(f"Sources disagree — {d.claim}: {sides}")
    if answer.undisputed_reply:
        lines.append(f"{answer.undisputed_reply}.")
    lines.append("")
    lines.append("Sources:")
    for i, c in enumerate(answer.citations, 1):
        heading = f" ({c.heading})" if c.heading else ""
        lines.append(f"  [{i}] {c.label}{heading}: {c.text}")
    return "\n".join([*read_as, *lines])
