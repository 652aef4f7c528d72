"""Attribution replies: /quote checks and "who said …", "did X say …", "what did X say" answers.

Part of the rendering layer (`render.py` delegates here): Telegram HTML built only through
`markup.e`, the one escaping point. A misquote's word diff shows the user's words struck
(``<s>``) and the article's words in bold underline (``<b><u>``); the exact wording always sits
in an expandable blockquote, and every quote carries its ``[outlet ¶n]`` citation. The pieces
are `render_quote_parts`; /quotes listings are `render_speakers`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from telegram import InlineKeyboardMarkup

from index import (
    Answer,
    Citation,
    Quote,
    QuoteCheck,
    asked_and_found,
    group_speakers,
    is_plural,
    mid_sentence,
    sentence_opening,
)

from .htmlsplit import split_html
from .markup import e
from .render_quote_parts import (
    _ICON,
    _LEGEND,
    _bullets,
    _closest,
    _count,
    _joined,
    _others_title,
    _speaker,
    _unquoted,
    _wording,
    _writers_words,
    diff_html,
    parse_diff,
    quotes_keyboard,
    source_keyboard,
)
from .render_speakers import (
    no_source_quoted,
    speaker_quotes_keyboard,
    speaker_quotes_messages,
    speakers_html,
    speakers_messages,
)

__all__ = [
    "_LEGEND",
    "attribution_html",
    "diff_html",
    "parse_diff",
    "quote_check_html",
    "quote_check_keyboard",
    "quote_check_messages",
    "quote_usage",
    "speaker_quotes_keyboard",
    "speaker_quotes_messages",
    "speakers_messages",
    "verdict_text",
]

_TAG = re.compile(r"<[^>]*>")


# --- /quote -----------------------------------------------------------------------------------


def quote_check_html(claim: str, check: QuoteCheck, closest: Citation | None = None) -> str:
    """/quote: the verdict, the diff of a misquote, who said it, and the exact wording."""
    q = check.quote
    words = _unquoted(check.said or claim)  # "X said: “…”" checks the words, not the speaker
    if check.joined is not None and q is not None and check.verdict == "not_found":
        return _joined(check.joined, q)
    if check.verdict == "exact" and q is not None and q.kind == "indirect":
        # the writer's wording of what someone said: not a quotation to print as theirs
        head = (
            f"📝 <b>Reported, not quoted.</b> The article gives these words as reported speech, "
            f"without quotation marks: {e(words)}"
        )
    elif check.verdict == "exact" and q is not None:
        head = f"✅ <b>Exact quote.</b> The articles quote these words: “{e(words)}”"
    elif check.verdict == "misworded" and q is not None and check.reversal:
        head = "✏️ <b>Misquoted</b> as well: the article's words are below."  # the diff is above
    elif check.verdict == "misworded" and q is not None:
        head = f"✏️ <b>Misquoted.</b> The article's wording differs:\n{diff_html(check.diff)}\n{_LEGEND}"
    elif check.prose is not None:
        return _writers_words(check.prose, words)
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
    if check.on_behalf:
        claimed = e(check.claimed_speaker or "")
        warnings.append(
            f"🏛 <b>Said on their behalf.</b> These are the words of <b>{e(q.speaker or '')}</b>, "
            f"speaking for {claimed}: not {claimed}'s own words."
        )
    if check.relayed:
        speaker = q.speaker or "an unnamed source"
        warnings.append(
            f"↩️ <b>Not their own words.</b> <b>{e(sentence_opening(speaker))}</b> reports "
            f"{e(check.relayed)} saying this."
        )
    if check.within:
        warnings.append(
            f"↩️ <b>Not their own words.</b> <b>{e(q.speaker or 'An unnamed source')}</b> puts "
            f"“{e(check.within)}” in quotation marks, citing someone else's words."
        )
    if check.joined is not None:
        warnings.append(
            f"✂️ <b>Two quotations joined.</b> Part of these words is another of "
            f"<b>{e(q.speaker or 'their')}</b>'s quotations, <b>[{e(check.joined.label)}]</b>."
        )
    if check.reversal:
        warnings.append(
            f"⚠️ <b>The quote says the opposite.</b>\n{diff_html(parse_diff(check.reversal))}\n{_LEGEND}"
        )
    read_as = [f"✏️ <i>{e(check.read_as_reply)}.</i>"] if check.read_as_reply else []
    return "\n\n".join([*read_as, *warnings, head, _speaker(q), _wording(q)])


def quote_check_messages(
    claim: str, check: QuoteCheck, closest: Citation | None = None, *, forwarded: bool = False
) -> list[str]:
    """A /quote reply; `forwarded`: a forwarded message checked the same way, which says so."""
    head = "📨 <i>A forwarded message: I checked its words as a quotation, as /quote does.</i>\n\n"
    return split_html((head if forwarded else "") + quote_check_html(claim, check, closest))


def forwarded_too_long(length: int, limit: int) -> str:
    return (
        f"📨 That forwarded message is {length} characters long, too long to check as one quotation. "
        f"Send me the words to check (under {limit} characters), e.g. <i>/quote Lee said we will not "
        "yield</i>, or ask a question."
    )


def quote_check_keyboard(check: QuoteCheck, closest: Citation | None = None) -> InlineKeyboardMarkup | None:
    if check.quote is not None and check.joined is not None:  # both quotations the claim joins
        return quotes_keyboard([check.joined, check.quote])
    if check.quote is not None and check.verdict != "not_found":
        return quotes_keyboard([check.quote])
    if closest is not None:
        return source_keyboard([(closest.doc_id, closest.paragraph, closest.label)])
    return None


def quote_usage(*, to_me: bool = False) -> str:
    """What /quote needs; `to_me`: it was sent as a reply to one of my messages, whose words are
    checked only when selected (a quote-reply): my whole answer is no one's claim."""
    if to_me:
        return (
            "To check words from my message, select them and reply with /quote; or send the words "
            "after the command, e.g. <i>/quote we will not yield</i>."
        )
    return (
        "Send the words after the command, e.g. <i>/quote we will not yield</i>, or reply /quote "
        "to the message that holds them. I'll tell you whether an article quotes them exactly, "
        "with different words, or not at all."
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
            said = f"told {att.told}" if att.told else "said"
            if att.on_behalf:  # quoted only through an office named after them
                asked = e(att.speaker_asked or "they")
                return (
                    f"🏛 <b>{asked} is not quoted in person.</b> Quoted on their behalf ({e(att.count)}) "
                    "<i>(an office or spokesperson: not their own words)</i>:"
                )
            return f"🗣 <b>What {e(att.speaker_asked or 'they')} {e(said)}</b> ({e(att.count)}):"
        whom = e(att.speaker_asked or "them") + e(att.on_claim)
        if att.all_shown:  # "what else did X say?" after all of it
            asked = e(att.speaker_asked or "them")
            return f"🤷 <b>That is all: I found no other quotes by {asked}</b> in the articles I have read."
        return f"🤷 <b>I found no quotes by {whom}</b> in the articles I have read."
    if att.verdict == "quoting" and q:
        opening = q.speaker or "an unnamed source"
        named = f"<b>{e(sentence_opening(opening))}</b>"
        cited = f"“{e(att.within or '')}” in quotation marks, citing someone else's words"
        if att.kind == "did_say":
            return f"↩️ <b>Not as their own words.</b> {named} puts {cited}."
        return f"↩️ {named} used those words, but put {cited}."
    if att.verdict == "relaying" and q:
        opening = q.speaker or "an unnamed source"
        named = f"<b>{e(sentence_opening(opening))}</b>"
        return f"↩️ <b>Not as their own words.</b> {named} reports {e(att.relayed or 'others')} saying it."
    if att.verdict == "contradicts" and q:
        diff = f"\n{diff_html(parse_diff(att.diff))}\n{_LEGEND}" if att.diff else ""
        lead = "No: the article has" if att.kind == "did_say" else "The article has"
        return f"⚠️ <b>{lead} {e(q.speaker or 'an unnamed source')} saying the opposite.</b>{diff}"
    if att.kind == "did_say":
        if att.verdict == "yes" and q:
            named = asked_and_found(att.speaker_asked or "", att.said_by)
            verb = "are" if is_plural(att.speaker_asked or "", q.speaker_kind == "person") else "is"
            how = "reported (not quoted)" if q.kind == "indirect" else "quoted"
            return f"✅ <b>Yes.</b> <b>{e(sentence_opening(named))}</b> {verb} {how} saying that."
        if att.verdict == "no" and q and att.diff:
            # someone else's words only close to the claim: the asked speaker did not say it,
            # and the other did not say it in these words either
            diff = f"\n{diff_html(parse_diff(att.diff))}\n{_LEGEND}"
            head = f"🤷 <b>I found no quote of {e(att.speaker_asked or 'them')} saying that.</b>"
            return f"{head} Closest, in other words, {who}:{diff}"
        if att.verdict == "no" and q:
            return f"❌ <b>No.</b> That was {who}, not {asked}."
        if att.verdict != "misworded" or q is None:  # a misworded one is told as below
            return f"🤷 <b>I found no quote of {e(att.speaker_asked or 'them')} saying that</b>."
    if att.verdict == "exact" and q:
        opening = q.speaker or "an unnamed source"  # opens the sentence: "An analyst …"
        # reported speech is the writer's wording of what they said: never "word for word"
        reported = "in the article's reported speech (not a quotation)"
        how = reported if q.kind == "indirect" else "word for word"
        return f"✅ <b>{e(sentence_opening(opening))}</b> said that, {how}."
    if att.verdict == "matched" and q:
        # reported speech is the writer's words for what they said, not their own
        how = "as reported below" if q.kind == "indirect" else "in their own words below"
        return f"🗣 That was {who} ({how})."
    if att.verdict == "misworded" and q:
        diff = f"\n{diff_html(parse_diff(att.diff))}\n{_LEGEND}" if att.diff else ""
        return f"✏️ <b>Not quite those words.</b> It was {who}, and the article's wording differs:{diff}"
    return "🤷 <b>I found no one quoted saying that</b> in the articles I have read."


def verdict_text(answer: Answer) -> str:
    """The verdict's first line as plain text (an inline result's title), e.g.
    "❌ No. That was Lee Marr, not Ann Holt." for "did Ann Holt say …?" (`answer.attribution` set)."""
    att = answer.attribution
    if att is not None and att.kind == "who_quoted":  # rendered as a listing, not a verdict
        on = f" {att.claim}" if att.claim else ""
        return f"Who is quoted{on}" if att.quotes else no_source_quoted(on)
    first = _verdict(answer).split("\n", 1)[0]
    return html.unescape(_TAG.sub("", first)).rstrip(":").strip()


def attribution_html(answer: Answer, *, show_question: bool = False) -> str:
    """An answer with `.attribution` set, as Telegram HTML (see `render.answer_html`)."""
    att = answer.attribution
    assert att is not None
    parts = [f"❓ <i>{e(answer.question)}</i>"] if show_question else []
    if att.kind == "who_quoted":  # "who is quoted?", "which sources are anonymous?"
        on = f" {att.claim}" if att.claim else ""  # "on the record", "in quotation marks"
        if not att.quotes:
            parts.append(f"🤷 <b>{no_source_quoted(on)}</b> in the articles I have read.")
        else:
            parts.append(speakers_html(group_speakers(att.quotes), att.claim, att.note))
        return "\n\n".join(parts)
    parts.append(_verdict(answer))
    if att.note:
        parts.append(f"ℹ️ <i>{e(sentence_opening(att.note))}.</i>")
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
    # one speaker's count is the header's ("What Lee said (2 quotes):"): not said again
    counted = len(by_speaker) > 1
    parts = [f"{_speaker_head(qs, counted)}\n{_bullets(qs)}" for qs in people]
    if others and people:  # the heading only tells them apart from the people above
        title = _others_title({qs[0].speaker_kind for qs in others})
        parts.append(f"🏛 <b>{title}</b> <i>(quoted separately from the people above)</i>")
    parts.extend(f"{_speaker_head(qs, counted)}\n{_bullets(qs)}" for qs in others)
    return parts


def _speaker_head(quotes: Sequence[Quote], counted: bool = True) -> str:
    q = next((x for x in quotes if x.speaker_detail), quotes[0])
    detail = f", {e(q.speaker_detail)}" if q.speaker_detail else ""
    icon = _ICON.get(q.speaker_kind, "🗣")
    count = f" · {_count(len(quotes))}" if counted else ""
    return f"{icon} <b>{e(q.speaker or 'an unnamed source')}</b>{detail}{count}"
