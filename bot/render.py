"""Answers as users see them: Telegram HTML (one escaping point, `markup.e`) and keyboards.

Only tags Telegram accepts are produced (b, i, s, u, blockquote[expandable]); `split_html` keeps
each message under `MessageLimit.MAX_TEXT_LENGTH` without breaking tags. Attribution replies
(/quote, /quotes, "who said …") are rendered by `render_quotes`, which this module delegates to;
the short fixed replies are `render_notices`, /start and /help `render_welcome`, inline mode's
results `render_inline`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
)

from index import Answer, Citation, Disagreement, Paragraph, closed_quote, grouped_sides

from . import callbacks, render_quotes
from .htmlsplit import split_html
from .markup import MAX_BUTTON_LABEL
from .markup import clip as _clip
from .markup import e as _e
from .render_notices import (
    admins_only,
    apology,
    ask_usage,
    cannot_open_links,
    empty_question,
    feedback_thanks,
    inline_no_links,
    inline_notice,
    inline_prompt,
    left_out_language,
    more_questions,
    no_articles,
    no_links,
    no_source_yet,
    not_ready,
    other_bots_command,
    paragraph_gone,
    rate_limited,
    repeated_question,
    small_talk,
    stale_button,
    stale_example,
    text_only,
    too_long,
    unknown_command,
    unreadable_name,
    why_no_answer,
)

__all__ = [  # the short replies are re-exported: handlers call `render.text_only()`
    "split_html", "empty_question", "too_long", "rate_limited", "small_talk", "cannot_open_links",
    "ask_usage", "more_questions", "text_only", "admins_only", "unknown_command", "stale_button",
    "paragraph_gone", "feedback_thanks", "apology", "not_ready", "inline_no_links", "inline_prompt",
    "inline_notice", "other_bots_command", "stale_example", "left_out_language",
    "repeated_question", "no_articles",
    "why_no_answer", "unreadable_name", "no_links", "no_source_yet",
]  # fmt: skip

MAX_DRAFT = 3500  # characters of a draft shown while an LLM writes (one message)


# --- answers --------------------------------------------------------------------------------


def cite(citation: Citation) -> str:
    return f"<b>[{_e(citation.label)}]</b>"


def _quote_block(citation: Citation) -> str:
    # a blockquote is its own quotation mark: adding “…” would double the article's own marks
    words = citation.quote or citation.text
    heading = f" {_e(citation.heading)}" if citation.heading else ""
    return f"<blockquote expandable>{cite(citation)}{heading}\n{_e(words)}</blockquote>"


def _named_sides(answer: Answer, disagreement: Disagreement) -> Disagreement:
    """Sides that carry no outlet or name borrow them from a citation of the same article."""
    by_doc = {c.doc_id: c for c in answer.citations}
    sides = []
    for side in disagreement.sides:
        cited = by_doc.get(side.doc_id)
        if cited is not None and not (side.source or side.outlet):
            side = replace(side, outlet=cited.outlet, source=cited.source, title=side.title or cited.title)
        sides.append(side)
    return replace(disagreement, sides=tuple(sides))


def _disagreement(answer: Answer, disagreement: Disagreement) -> str:
    lines = [f"⚖️ <b>Sources disagree — {_e(disagreement.claim)}:</b>"]
    for value, labels in grouped_sides(_named_sides(answer, disagreement)):
        lines.append(f"• {_e(value)} <b>[{_e(', '.join(labels))}]</b>")
    return "\n".join(lines)


# what a "no_value" abstention lacks that is a number, a date or a time: its line gets 🔢
_NUMBER_KINDS = frozenset(
    ("number", "money", "price", "year", "date", "day", "duration", "measure", "clock", "time")
)


def abstention_html(answer: Answer) -> str:
    """Why there is no answer, in one line."""
    if answer.reason == "not_mentioned" and answer.missing:
        return f"🤷 <b>The articles don't mention {_e(' or '.join(answer.missing))}.</b>"
    if answer.outlet is not None:
        return f"🤷 <b>The articles from {_e(answer.outlet)} don't say.</b>"
    if answer.unstated_reply is not None:
        icon = "🔢" if answer.missing[:1] and answer.missing[0] in _NUMBER_KINDS else "🤷"
        return f"{icon} <b>{_e(answer.unstated_reply)}.</b>"
    if answer.reason == "language" and answer.missing:
        return unreadable_name(answer.missing)
    if answer.unclear_reply is not None:  # "and him?"
        return f"❓ <b>{_e(answer.unclear_reply)}.</b>"
    if answer.reason == "removed":  # "tell me more" after an answer whose articles are gone
        titles = " and ".join(f"<i>{_e(t)}</i>" for t in answer.missing)
        what = (
            "articles my last answer came from have"
            if len(answer.missing) > 1
            else "article my last answer came from has"
        )
        return f"🗑 <b>The {what} been removed since</b> ({titles}). Ask me something else."
    if answer.reason == "language":
        return (
            "🌐 <b>I answer questions in English.</b> The articles are in English and so is my index: "
            "please ask again in English."
        )
    return "🤷 <b>The articles don't say.</b> I couldn't find this in the articles I have read."


def answer_html(answer: Answer, *, show_question: bool = False) -> str:
    """The whole answer as one HTML string (may exceed one message; see `answer_messages`)."""
    body = _answer_html(answer, show_question=show_question)
    if not answer.read_as_reply:
        return body
    # names read otherwise than typed ("Нетаньяху", "Citrinowitz"), said first so a wrong
    # guess is seen before the answer built on it; after the question when it is shown
    note = f"✏️ <i>{_e(answer.read_as_reply)}.</i>"
    asked, _, rest = body.partition("\n\n") if show_question else ("", "", body)
    return "\n\n".join(p for p in (asked, note, rest) if p)


def _answer_html(answer: Answer, *, show_question: bool) -> str:
    if answer.attribution is not None:
        return render_quotes.attribution_html(answer, show_question=show_question)
    parts: list[str] = []
    if show_question:
        parts.append(f"❓ <i>{_e(answer.question)}</i>")
    if answer.abstained or not answer.sentences:
        parts.append(abstention_html(answer))
        if answer.closest is not None and answer.reason != "not_mentioned":
            parts.append(f"The closest paragraph is {cite(answer.closest)}:\n{_quote_block(answer.closest)}")
    elif answer.overview:
        parts.append(_overview_html(answer))
    else:
        sentences = []
        for sentence in answer.sentences:
            cited = (
                answer.citations[sentence.citation]
                if 0 <= sentence.citation < len(answer.citations)
                else None
            )
            marker = f" {cite(cited)}" if cited is not None else ""
            # a sentence cut from a longer quotation is shown with its quotation closed
            sentences.append(f"{_e(closed_quote(sentence.text))}{marker}")
        parts.append(" ".join(sentences))
        # each sentence once: the answer states the cited words; the other sources follow
        stated = {s.citation for s in answer.sentences}
        others = [c for i, c in enumerate(answer.citations) if i not in stated]
        if others:
            parts.append("<i>Also relevant:</i>")
            parts.extend(_quote_block(c) for c in unique_citations(others))
    parts.extend(_disagreement(answer, d) for d in answer.disagreements)
    if answer.undisputed_reply:
        parts.append(f"⚖️ <i>{_e(answer.undisputed_reply)}.</i>")
    return "\n\n".join(parts)


def _overview_html(answer: Answer) -> str:
    """ "What is this about?": a line from each article, as a list."""
    shown = len(answer.sentences)
    n = answer.overview
    # "how many articles are there?" is answered by this list: its head gives the count
    everything = (
        "The articles in brief"
        if n > shown
        else f"The {n} articles in brief"
        if n > 1
        else "The article in brief"
    )
    whose = f"What {_e(answer.outlet)} reports" if answer.outlet else everything
    count = f" (the first {shown} of {answer.overview})" if answer.overview > shown else ""
    lines = [f"📰 <b>{whose}</b>{count}:"]
    if answer.not_held_reply:  # "who wrote this article?"
        lines.insert(0, f"ℹ️ <i>{_e(answer.not_held_reply)}.</i>")
    for s in answer.sentences:
        cited = answer.citations[s.citation]
        outlet = "" if answer.outlet else f" ({_e(cited.outlet or 'outlet unknown')})"
        lines.append(f"• <b>{_e(cited.title)}</b>{outlet}\n{_e(s.text)} {cite(cited)}")
    if answer.overview > shown:
        lines.append("<i>/start lists the articles.</i>")
    return "\n".join(lines)


def answer_messages(answer: Answer, *, show_question: bool = False) -> list[str]:
    return split_html(answer_html(answer, show_question=show_question))


def llm_draft(text: str) -> str:
    """A model's answer while it is being written: unverified, so shown plainly and marked as
    such; the final edit replaces it with `answer_messages` of the checked answer."""
    body = _clip(text.strip(), MAX_DRAFT)
    return f"{_e(body)}\n\n<i>✍️ Writing… every sentence is checked against its source before it stays.</i>"


def unique_citations(citations: Sequence[Citation]) -> list[Citation]:
    seen: set[tuple[str, int]] = set()
    unique = []
    for citation in citations:
        if (citation.doc_id, citation.paragraph) not in seen:
            seen.add((citation.doc_id, citation.paragraph))
            unique.append(citation)
    return unique


def _source_rows(answer: Answer) -> list[tuple[str, list[InlineKeyboardButton]]]:
    """(label, row) of one button per cited (or closest, or disputed) paragraph."""
    cited = [answer.closest] if answer.abstained and answer.closest else list(answer.citations)
    # each button keeps a digest of the paragraph as cited: a press after the article was
    # replaced says that ¶ n now reads otherwise
    sources: dict[tuple[str, int], tuple[str, str | None]] = {
        (c.doc_id, c.paragraph): (c.label, c.text) for c in cited
    }
    for disagreement in answer.disagreements:
        for side in _named_sides(answer, disagreement).sides:
            sources.setdefault((side.doc_id, side.paragraph), (side.label, None))
    return [
        (
            label,
            [
                InlineKeyboardButton(
                    f"📄 {_clip(label, MAX_BUTTON_LABEL)}",
                    callback_data=callbacks.source_data(doc_id, number, text),
                )
            ],
        )
        for (doc_id, number), (label, text) in sources.items()
    ]


def answer_keyboard(answer: Answer, answer_id: int | None) -> InlineKeyboardMarkup | None:
    """One button per cited (or closest, or disputed) paragraph, then 👍 / 👎 if stored (not
    under a notice that answers nothing: another language, an article removed since)."""
    return answer_keyboards(answer, answer_id, [""])[0]


def answer_keyboards(
    answer: Answer, answer_id: int | None, texts: Sequence[str]
) -> list[InlineKeyboardMarkup | None]:
    """`answer_keyboard` for an answer split into `texts`: each ¶ button under the first
    message that cites its paragraph (the last when none does), 👍 / 👎 under the last."""
    rows: list[list[list[InlineKeyboardButton]]] = [[] for _ in texts]
    for label, row in _source_rows(answer):
        cites = re.compile(rf"[\[,] ?{re.escape(_e(label))}[\],]")
        at = next((i for i, text in enumerate(texts) if cites.search(text)), len(texts) - 1)
        rows[at].append(row)
    # "I answer questions in English", "the article … has been removed since": nothing to rate
    if answer_id is not None and answer.reason not in ("language", "removed"):
        rows[-1].append(
            [
                InlineKeyboardButton("👍", callback_data=callbacks.feedback_data(answer_id, "up")),
                InlineKeyboardButton("👎", callback_data=callbacks.feedback_data(answer_id, "down")),
            ]
        )
    return [InlineKeyboardMarkup(r) if r else None for r in rows]


CHANGED_NOTE = "The article has been replaced since that answer: this paragraph now reads otherwise."


def paragraph_messages(paragraph: Paragraph, *, changed: bool = False) -> list[str]:
    """A whole paragraph with its article title and ¶ number (for the source buttons);
    `changed`: it no longer holds the words the answer cited, which the reader is told."""
    outlet = f" <i>({_e(paragraph.outlet)})</i>" if paragraph.outlet else ""
    head = f"📄 <b>{_e(paragraph.title)}</b>{outlet} ¶{paragraph.number}"
    note = f"⚠️ <i>{_e(CHANGED_NOTE)}</i>\n" if changed else ""
    return split_html(f"{note}{head}\n<blockquote>{_e(paragraph.text)}</blockquote>")


def paragraph_alert(paragraph: Paragraph, limit: int = 200, *, changed: bool = False) -> str:
    """Plain text for a callback alert (used where no chat message can be sent)."""
    note = f"⚠️ {CHANGED_NOTE} " if changed else ""
    return _clip(f"{note}{paragraph.label}: {paragraph.text}", limit)
