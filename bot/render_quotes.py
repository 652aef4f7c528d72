"""Attribution replies: /quote checks, /quotes listings and "who said …" answers.

Part of the rendering layer (`render.py` delegates here): Telegram HTML built only through
`markup.e`, the one escaping point. A misquote's word diff shows the user's words struck
(``<s>``) and the article's words in bold underline (``<b><u>``); the exact wording always sits
in an expandable blockquote, and every quote carries its ``[outlet ¶n]`` citation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from index import (
    Answer,
    Citation,
    Quote,
    QuoteCheck,
    SpeakerGroup,
    asked_and_found,
    group_speakers,
    is_plural,
    mid_sentence,
)

from . import callbacks
from .htmlsplit import split_html
from .markup import clip, e

MAX_SOURCE_BUTTONS = 8
MAX_BUTTON_LABEL = 60
MAX_SPEAKERS_LISTED = 60
DiffOps = Sequence[tuple[str, str]]

_ICON = {"person": "🗣", "office": "🏛", "anonymous": "👤", "unknown": "❔"}
_KIND_NOTE = {
    "office": " <i>(an organisation, office or spokesperson, not a person)</i>",
    "anonymous": " <i>(anonymous source)</i>",
}
_DIFF_OP = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}")
_LEGEND = "<i>(<s>struck</s>: your words · <b><u>underlined</u></b>: the article's)</i>"


# --- pieces -----------------------------------------------------------------------------------


def _label(q: Quote) -> str:
    return q.label


def _speaker(q: Quote) -> str:
    """``🗣 Teodor Vasilak, Morsland’s foreign minister — told reporters [AFP ¶2]``"""
    line = f"{_ICON.get(q.speaker_kind, '🗣')} <b>{e(q.speaker or 'an unnamed source')}</b>"
    if q.speaker_detail:
        line += f", {e(q.speaker_detail)}"
    line += _KIND_NOTE.get(q.speaker_kind, "")
    if q.cue:
        line += f" — <i>{e(q.cue)}</i>"
    return f"{line} <b>[{e(_label(q))}]</b>"


def _wording(q: Quote) -> str:
    """The exact wording as the article has it, in an expandable blockquote."""
    words = q.context or f"“{q.text}”"
    heading = f" {e(q.heading)}" if q.heading else ""
    return f"<blockquote expandable><b>[{e(_label(q))}]</b>{heading}\n{e(words)}</blockquote>"


def _closest(citation: Citation) -> str:
    heading = f" {e(citation.heading)}" if citation.heading else ""
    return (
        f"The closest paragraph is <b>[{e(citation.label)}]</b>:\n"
        f"<blockquote expandable><b>[{e(citation.label)}]</b>{heading}\n"
        f"{e(citation.quote or citation.text)}</blockquote>"
    )


def diff_html(ops: DiffOps) -> str:
    """A word diff as HTML: shared words plain, the claim's words struck, the article's bold.

    >>> diff_html([("=", "we"), ("-", "shall"), ("+", "will"), ("=", "win")])
    'we <s>shall</s> <b><u>will</u></b> win'
    """
    shown = {"=": "{}", "-": "<s>{}</s>", "+": "<b><u>{}</u></b>"}
    return " ".join(shown.get(op, "{}").format(e(words)) for op, words in ops)


def parse_diff(rendered: str) -> list[tuple[str, str]]:
    """Back from `QuoteCheck.rendered` (``we [-shall-] {+will+} win``) to diff ops.

    >>> parse_diff("we [-shall-] {+will+} win")
    [('=', 'we'), ('-', 'shall'), ('+', 'will'), ('=', 'win')]
    """
    ops: list[tuple[str, str]] = []
    at = 0
    for match in _DIFF_OP.finditer(rendered):
        if plain := rendered[at : match.start()].strip():
            ops.append(("=", plain))
        ops.append(("-", match[1]) if match[1] is not None else ("+", match[2]))
        at = match.end()
    if tail := rendered[at:].strip():
        ops.append(("=", tail))
    return ops


def _bullet(q: Quote) -> str:
    said = e(q.text) if q.kind == "indirect" else f"“{e(q.text)}”"
    reported = " <i>(reported speech)</i>" if q.kind == "indirect" else ""
    cue = f" — <i>{e(q.cue)}</i>" if q.cue else ""
    return f"• {said}{reported}{cue} <b>[{e(_label(q))}]</b>"


def _bullets(quotes: Iterable[Quote]) -> str:
    """Quotes grouped by article, each cited, in one expandable blockquote."""
    lines: list[str] = []
    doc = None
    for q in quotes:
        if q.doc_id != doc:
            doc = q.doc_id
            outlet = f" ({e(q.outlet)})" if q.outlet else ""
            lines.append(f"<i>{e(q.title)}</i>{outlet}")
        lines.append(_bullet(q))
    return "<blockquote expandable>" + "\n".join(lines) + "</blockquote>"


def _count(n: int) -> str:
    return f"{n} quote{'' if n == 1 else 's'}"


def _source_button(doc_id: str, number: int, label: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(
        f"📄 {clip(label, MAX_BUTTON_LABEL)}", callback_data=callbacks.source_data(doc_id, number)
    )


def source_keyboard(refs: Iterable[tuple[str, int, str]]) -> InlineKeyboardMarkup | None:
    """One 📄 button per distinct (doc_id, ¶, label), showing the whole paragraph."""
    seen: dict[tuple[str, int], str] = {}
    for doc_id, number, label in refs:
        seen.setdefault((doc_id, number), label)
    rows = [[_source_button(d, n, label)] for (d, n), label in list(seen.items())[:MAX_SOURCE_BUTTONS]]
    return InlineKeyboardMarkup(rows) if rows else None


def quotes_keyboard(quotes: Iterable[Quote]) -> InlineKeyboardMarkup | None:
    return source_keyboard((q.doc_id, q.paragraph, _label(q)) for q in quotes)


# --- /quote -----------------------------------------------------------------------------------


def quote_check_html(claim: str, check: QuoteCheck, closest: Citation | None = None) -> str:
    """/quote: the verdict, the diff of a misquote, who said it, and the exact wording."""
    q = check.quote
    words = _unquoted(check.said or claim)  # "X said: “…”" checks the words, not the speaker
    if check.verdict == "exact" and q is not None:
        head = f"✅ <b>Exact quote.</b> The articles quote these words: “{e(words)}”"
    elif check.verdict == "misworded" and q is not None and check.reversal:
        head = "✏️ <b>Misquoted</b> as well: the article's words are below."  # the diff is above
    elif check.verdict == "misworded" and q is not None:
        head = f"✏️ <b>Misquoted.</b> The article's wording differs:\n{diff_html(check.diff)}\n{_LEGEND}"
    elif check.prose is not None:
        return _writers_words(check.prose)
    else:
        parts = [f"🤷 <b>Not found.</b> No one in the articles I have read is quoted saying “{e(words)}”."]
        if closest is not None:
            parts.append(_closest(closest))
        return "\n\n".join(parts)
    warnings = []
    if check.speaker_right is False:
        warnings.append(
            f"❌ <b>Misattributed.</b> These are the words of <b>{e(q.speaker or 'an unnamed source')}</b>, "
            f"not {e(check.claimed_speaker or '')}."
        )
    if check.within:
        warnings.append(
            f"↩️ <b>Not their own words.</b> <b>{e(q.speaker or 'An unnamed source')}</b> puts "
            f"“{e(check.within)}” in quotation marks, citing someone else's words."
        )
    if check.reversal:
        warnings.append(
            f"⚠️ <b>The quote says the opposite.</b>\n{diff_html(parse_diff(check.reversal))}\n{_LEGEND}"
        )
    return "\n\n".join([*warnings, head, _speaker(q), _wording(q)])


def _writers_words(q: Quote) -> str:
    """/quote of the writer's sentence around a short quotation: whose words those are."""
    by = f"by <b>{e(q.speaker)}</b>" if q.speaker else "attributed to no one"
    return (
        f"🤷 <b>Not a quote.</b> These are the article's own words; only “{e(q.text)}” is in "
        f"quotation marks, {by}.\n\n{_wording(q)}"
    )


def _unquoted(words: str) -> str:
    """`words` without the quotation marks around them, which the reply adds itself.

    >>> _unquoted('"We will not yield."')
    'We will not yield.'
    """
    return words.strip().strip("\"'“”‘’«»„").strip()


def quote_check_messages(claim: str, check: QuoteCheck, closest: Citation | None = None) -> list[str]:
    return split_html(quote_check_html(claim, check, closest))


def quote_check_keyboard(check: QuoteCheck, closest: Citation | None = None) -> InlineKeyboardMarkup | None:
    if check.quote is not None and check.verdict != "not_found":
        return quotes_keyboard([check.quote])
    if closest is not None:
        return source_keyboard([(closest.doc_id, closest.paragraph, closest.label)])
    return None


def quote_usage() -> str:
    return (
        "Send the words after the command, e.g. <i>/quote we will not yield</i>. "
        "I'll tell you whether an article quotes them exactly, with different words, or not at all."
    )


# --- "who said …", "did X say …", "what did X say" -------------------------------------------


def _verdict(answer: Answer) -> str:
    att = answer.attribution
    assert att is not None
    q = att.quotes[0] if att.quotes else None
    who = (
        f"<b>{e(mid_sentence(q.speaker or 'an unnamed source', q.speaker_kind == 'anonymous'))}</b>"
        if q
        else ""
    )
    asked = f"<b>{e(att.speaker_asked or '')}</b>"
    if att.kind == "who_on":
        if att.quotes:
            n = len({q.speaker for q in att.quotes})
            head = f"{n} speaker{'s' if n != 1 else ''}, {_count(len(att.quotes))}"
            return f"🗣 <b>Quoted on {e(att.claim or 'this')}</b> ({head}):"
        return f"🤷 <b>I found no one quoted on {e(att.claim or 'this')}</b> in the articles I have read."
    if att.kind == "what_said":
        if att.verdict == "listed" and att.quotes:
            return f"🗣 <b>What {e(att.speaker_asked or 'they')} said</b> ({_count(len(att.quotes))}):"
        whom = e(att.speaker_asked or "them") + e(att.on_claim)
        return f"🤷 <b>I found no quotes by {whom}</b> in the articles I have read."
    if att.verdict == "quoting" and q:
        opening = q.speaker or "an unnamed source"
        named = f"<b>{e(opening[:1].upper() + opening[1:])}</b>"
        cited = f"“{e(att.within or '')}” in quotation marks, citing someone else's words"
        if att.kind == "did_say":
            return f"↩️ <b>Not as their own words.</b> {named} puts {cited}."
        return f"↩️ {named} used those words, but put {cited}."
    if att.verdict == "contradicts" and q:
        diff = f"\n{diff_html(parse_diff(att.diff))}\n{_LEGEND}" if att.diff else ""
        lead = "No: the article has" if att.kind == "did_say" else "The article has"
        return f"⚠️ <b>{lead} {e(q.speaker or 'an unnamed source')} saying the opposite.</b>{diff}"
    if att.kind == "did_say":
        if att.verdict == "yes" and q:
            named = asked_and_found(att.speaker_asked or "", att.said_by)
            verb = "are" if is_plural(att.speaker_asked or "", q.speaker_kind == "person") else "is"
            return f"✅ <b>Yes.</b> <b>{e(named[:1].upper() + named[1:])}</b> {verb} quoted saying that."
        if att.verdict == "no" and q:
            return f"❌ <b>No.</b> That was {who}, not {asked}."
        return f"🤷 <b>I found no quote of {e(att.speaker_asked or 'them')} saying that</b>."
    if att.verdict == "exact" and q:
        opening = q.speaker or "an unnamed source"  # opens the sentence: "An analyst …"
        return f"✅ <b>{e(opening[:1].upper() + opening[1:])}</b> said that, word for word."
    if att.verdict == "matched" and q:
        # reported speech is the writer's words for what they said, not their own
        how = "as reported below" if q.kind == "indirect" else "in their own words below"
        return f"🗣 That was {who} ({how})."
    if att.verdict == "misworded" and q:
        diff = f"\n{diff_html(parse_diff(att.diff))}\n{_LEGEND}" if att.diff else ""
        return f"✏️ <b>Not quite those words.</b> It was {who}, and the article's wording differs:{diff}"
    return "🤷 <b>I found no one quoted saying that</b> in the articles I have read."


def attribution_html(answer: Answer, *, show_question: bool = False) -> str:
    """An answer with `.attribution` set, as Telegram HTML (see `render.answer_html`)."""
    att = answer.attribution
    assert att is not None
    parts = [f"❓ <i>{e(answer.question)}</i>"] if show_question else []
    if att.kind == "who_quoted":  # "who is quoted?", "which sources are anonymous?"
        if not att.quotes:
            parts.append("🤷 <b>No anonymous source is quoted</b> in the articles I have read.")
        else:
            parts.append(speakers_html(group_speakers(att.quotes)))
        return "\n\n".join(parts)
    parts.append(_verdict(answer))
    if att.note:
        parts.append(f"ℹ️ <i>{e(att.note[:1].upper() + att.note[1:])}.</i>")
    if not att.quotes:
        if answer.closest is not None:
            parts.append(_closest(answer.closest))
    elif att.kind in ("what_said", "who_on"):
        parts.extend(_groups_html(att.quotes))
    else:
        parts.extend([_speaker(att.quotes[0]), _wording(att.quotes[0])])
    return "\n\n".join(parts)


def _groups_html(quotes: Sequence[Quote]) -> list[str]:
    """Quotes split by the speaker as written: people first, then offices and others."""
    by_speaker: dict[str, list[Quote]] = {}
    for q in quotes:
        by_speaker.setdefault(q.speaker or "", []).append(q)
    people = [qs for qs in by_speaker.values() if qs[0].speaker_kind == "person"]
    others = [qs for qs in by_speaker.values() if qs[0].speaker_kind != "person"]
    parts = [f"{_speaker_head(qs)}\n{_bullets(qs)}" for qs in people]
    if others and people:  # the heading only tells them apart from the people above
        kinds = {qs[0].speaker_kind for qs in others}
        title = (
            "Organisations, offices and spokespeople" if "anonymous" not in kinds
            else "Unnamed sources" if "office" not in kinds
            else "Organisations, offices and unnamed sources"
        )  # fmt: skip
        parts.append(f"🏛 <b>{title}</b> <i>(quoted separately from the people above)</i>")
    parts.extend(f"{_speaker_head(qs)}\n{_bullets(qs)}" for qs in others)
    return parts


def _speaker_head(quotes: Sequence[Quote]) -> str:
    q = next((x for x in quotes if x.speaker_detail), quotes[0])
    detail = f", {e(q.speaker_detail)}" if q.speaker_detail else ""
    icon = _ICON.get(q.speaker_kind, "🗣")
    return f"{icon} <b>{e(q.speaker or 'an unnamed source')}</b>{detail} · {_count(len(quotes))}"


# --- /quotes ----------------------------------------------------------------------------------


def _group_head(group: SpeakerGroup) -> str:
    detail = f", {e('; '.join(group.details))}" if group.details else ""
    note = _KIND_NOTE.get(group.kind, "")
    icon = _ICON.get(group.kind, "🗣")
    return f"{icon} <b>{e(group.name)}</b>{detail}{note} · {_count(len(group.quotes))}"


def speaker_quotes_messages(
    asked: str, own: Sequence[SpeakerGroup], related: Sequence[SpeakerGroup], note: str | None = None
) -> list[str]:
    """/quotes <speaker>: every quote, grouped by speaker and article, offices kept apart.

    `note` (`speaker_groups.namesake_note`) names other people who share the surname."""
    if not own and not related and note:
        return split_html(f"🤷 <b>{e(note[0].upper() + note[1:])}.</b> Send /quotes to see who is quoted.")
    if not own and not related:
        return split_html(
            f"🤷 <b>I found no quotes by {e(asked)}</b> in the articles I have read. "
            "Send /quotes to see who is quoted."
        )
    people = [g for g in own if g.kind == "person"]
    offices = [g for g in own if g.kind != "person"] + [g for g in related if g not in own]
    parts = [f"{_group_head(g)}\n{_bullets(g.quotes)}" for g in people]
    if offices:
        whose = f" {e(people[0].name)}'s own words" if people else " a person's own words"
        parts.append(
            f"🏛 <b>Organisations, offices and spokespeople</b> <i>(quoted separately; not{whose})</i>"
        )
        parts.extend(f"{_group_head(g)}\n{_bullets(g.quotes)}" for g in offices)
    if note:
        parts.append(f"ℹ️ <i>{e(note[0].upper() + note[1:])}.</i>")
    return split_html("\n\n".join(parts))


def speakers_messages(groups: Sequence[SpeakerGroup]) -> list[str]:
    """/quotes alone: who is quoted, with counts, people apart from offices and anonymous sources."""
    if not groups:
        return split_html("<i>No quotes are indexed yet.</i>")
    return split_html(speakers_html(groups))


def speakers_html(groups: Sequence[SpeakerGroup]) -> str:
    """Who is quoted (see `speakers_messages`), as one HTML string."""
    total = sum(len(g.quotes) for g in groups)
    parts = [f"<b>Who is quoted</b> ({len(groups)} speakers, {_count(total)})"]
    sections = (
        ("🗣 <b>People</b>", ("person",)),
        ("🏛 <b>Organisations, offices and spokespeople</b>", ("office",)),
        ("👤 <b>Anonymous sources</b>", ("anonymous", "unknown")),
    )
    for title, kinds in sections:
        members = sorted((g for g in groups if g.kind in kinds), key=lambda g: -len(g.quotes))
        if not members:
            continue
        lines = [f"• {e(g.name)} — {_count(len(g.quotes))}" for g in members[:MAX_SPEAKERS_LISTED]]
        if len(members) > MAX_SPEAKERS_LISTED:
            lines.append(f"…and {len(members) - MAX_SPEAKERS_LISTED} more.")
        parts.append(title + "\n" + "\n".join(lines))
    parts.append("Send <i>/quotes name</i> to see everything one of them said, with sources.")
    return "\n\n".join(parts)


def speaker_quotes_keyboard(groups: Iterable[SpeakerGroup]) -> InlineKeyboardMarkup | None:
    return quotes_keyboard(q for g in groups for q in g.quotes)
