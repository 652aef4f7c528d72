"""/quotes replies: who is quoted, and everything one speaker said, people apart from offices
and unnamed sources (Telegram HTML, built from `render_quote_parts`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from telegram import InlineKeyboardMarkup

from index import SpeakerGroup, sentence_opening

from .htmlsplit import MAX_LENGTH, size, split_html
from .markup import e
from .render_quote_parts import _ICON, _KIND_NOTE, _bullets, _count, _others_title, quotes_keyboard

MAX_SPEAKERS_LISTED = 60
CONTINUED = " <i>(continued)</i>"


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
    others = [g for g in own if g.kind != "person"]  # the name asked is an office or unnamed source
    offices = [g for g in related if g not in own]  # offices named after the person asked
    parts = [f"{_group_head(g)}\n{_bullets(g.quotes)}" for g in people]
    if not people and all(_named_after(asked, g) for g in others):  # "Netanyahu’s office" for "Netanyahu"
        offices, others = [*others, *offices], []
    if offices and not people and not others:  # "/quotes Netanyahu" when only his office is quoted
        parts.append(
            f"🤷 <b>I found no quotes by {e(asked)} in person.</b> Quoted on their behalf "
            "<i>(an office or spokesperson: not their own words)</i>:"
        )
        parts.extend(f"{_group_head(g)}\n{_bullets(g.quotes)}" for g in offices)
    elif others or offices:
        kinds = {g.kind for g in [*others, *offices]}
        if people and not others:
            aside = f"quoted separately; not {e(people[0].name)}'s own words"
        elif people:
            aside = "quoted separately from the people above"
        else:
            aside = "not a person's own words" if kinds == {"office"} else ""
        aside = f" <i>({aside})</i>" if aside else ""
        icon = _ICON["office" if "office" in kinds else "anonymous"]
        parts.append(f"{icon} <b>{_others_title(kinds)}</b>{aside}")
        parts.extend(f"{_group_head(g)}\n{_bullets(g.quotes)}" for g in [*others, *offices])
    if note:
        parts.append(f"ℹ️ <i>{e(note[0].upper() + note[1:])}.</i>")
    heads = [_group_head(g) for g in [*own, *related]]
    return _continued("\n\n".join(parts), heads)


def _continued(text: str, heads: Sequence[str]) -> list[str]:
    """`text` split into messages; one that opens inside a speaker's list of quotes (the cut
    reopens its blockquote) is headed by that speaker again, "(continued)": a reader of the
    second message must not have to scroll up to learn whose words these are."""
    reserve = max((size(h) for h in heads), default=0) + len(CONTINUED) + 1
    chunks = split_html(text, MAX_LENGTH - reserve)
    out = chunks[:1]
    seen = chunks[0] if chunks else ""
    for chunk in chunks[1:]:
        last = max(heads, key=seen.rfind, default=None)
        if last is not None and last in seen and chunk.startswith("<blockquote"):  # cut in a list
            chunk = f"{last}{CONTINUED}\n{chunk}"
        seen += chunk
        out.append(chunk)
    return out


def _named_after(asked: str, group: SpeakerGroup) -> bool:
    """Whether `group` is an office named after the person asked ("Lee’s office" for "Ann Lee")."""
    words = asked.split()
    name = group.name.casefold().replace("’", "'")
    return group.kind == "office" and bool(words) and name.startswith(f"{words[-1].casefold()}'s ")


def speakers_messages(groups: Sequence[SpeakerGroup]) -> list[str]:
    """/quotes alone: who is quoted, with counts, people apart from offices and anonymous sources."""
    if not groups:
        return split_html("<i>No quotes are indexed yet.</i>")
    return split_html(speakers_html(groups))


def no_source_quoted(on: str) -> str:
    """The empty speaker list: no anonymous source (the plain list only comes back empty when
    anonymous sources were asked for), or no source `on` the record / in quotation marks."""
    return f"No source is quoted{on}" if on else "No anonymous source is quoted"


def speakers_html(groups: Sequence[SpeakerGroup], on: str | None = None, note: str | None = None) -> str:
    """Who is quoted (see `speakers_messages`), as one HTML string; `on` qualifies the list
    ("on the record", "in quotation marks"), `note` says what it leaves out."""
    total = sum(len(g.quotes) for g in groups)
    qualifier = f" {e(on)}" if on else ""
    speakers = f"{len(groups)} speaker{'s' if len(groups) != 1 else ''}"
    parts = [f"<b>Who is quoted{qualifier}</b> ({speakers}, {_count(total)})"]
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
    if note:  # "not counted: 9 statements the articles report without quotation marks"
        parts.append(f"ℹ️ <i>{e(sentence_opening(note))}.</i>")
    parts.append("Send <i>/quotes name</i> to see everything one of them said, with sources.")
    return "\n\n".join(parts)


def speaker_quotes_keyboard(groups: Iterable[SpeakerGroup]) -> InlineKeyboardMarkup | None:
    return quotes_keyboard(q for g in groups for q in g.quotes)


def speaker_quotes_keyboards(
    messages: Sequence[str], groups: Iterable[SpeakerGroup]
) -> list[InlineKeyboardMarkup | None]:
    """One keyboard per message of a split /quotes reply: the ¶ buttons of the quotes that
    message cites, so each button sits under the quotes it opens, not all under the last part."""
    quotes = [q for g in groups for q in g.quotes]
    return [quotes_keyboard(q for q in quotes if f"<b>[{e(q.label)}]</b>" in text) for text in messages]


def only_a_speaker(asked: str) -> str:
    """/quote given a speaker and no words: what /quote needs, before what they are quoted saying."""
    return (
        f"ℹ️ <i>/quote checks words someone is said to have said, e.g. /quote “we will not yield” — "
        f"{e(asked)}. Here is what {e(asked)} is quoted saying:</i>"
    )
