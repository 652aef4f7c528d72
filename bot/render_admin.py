"""What admins see: /docs, upload and removal summaries, progress, /stats (Telegram HTML).

Same rules as `render.py`: every value goes through `markup.e` (the one escaping point), long
lists are split with `split_html`.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from pathlib import Path

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup

from index import AddResult, BuildReport, CatalogueRow, DocumentChange, RemoveResult, Stats

from . import callbacks
from .htmlsplit import split_html
from .markup import e as _e

ADMIN_COMMANDS: tuple[tuple[str, str], ...] = (
    ("docs", "Admin: the indexed articles"),
    ("remove", "Admin: remove an article: /remove <id>"),
    ("reindex", "Admin: rebuild the index from the documents folder"),
    ("stats", "Admin: questions, abstentions, latency, feedback"),
)
REMOVE_PREFIX = "adm:rm:"
CANCEL_DATA = "adm:no"
SHRINK_DATA = "adm:shrink"  # reindex although it drops most articles (after ShrinkRefused)


def _n(count: int, noun: str) -> str:
    """``_n(1, "paragraph")`` → "1 paragraph", ``_n(3, "paragraph")`` → "3 paragraphs"."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _reason(text: str) -> str:
    """A domain message for admins: escaped, its `command` spans shown as code."""
    return re.sub(r"`([^`<>]+)`", r"<code>\1</code>", _e(text))


# Advice written for a shell, and what an admin in Telegram can do instead
_SHELL_ADVICE = (
    ("add it with `python -m index add`", "send it to me as a file"),
    ("check DOCS_DIR or --docs", "check DOCS_DIR"),
)
_ABSOLUTE_PATH = re.compile(r"(['\"]?)(?<![\w.:/])/(?:[^\s/;,'\"`()]+/)*([^\s/;,'\"`()]+)\1")


def without_paths(reason: str, docs_dir: Path) -> str:
    """A domain message as a chat may show it: a chat never sees the server's file system. A
    file of the documents folder is named by its path in it, as code; the folder itself is
    "the documents folder"; any other absolute path by its last part; shell advice is replaced.

    >>> without_paths("/srv/docs/a b.txt is not UTF-8 text", Path("/srv/docs"))
    '`a b.txt` is not UTF-8 text'
    """
    for folder in dict.fromkeys((str(docs_dir), str(docs_dir.resolve()))):
        reason = re.sub(rf"{re.escape(folder)}/([^;,()`]+?\.[A-Za-z]\w*)(?![\w.])", r"`\1`", reason)
        reason = reason.replace(f" {folder}", "")
    reason = _ABSOLUTE_PATH.sub(lambda m: f"`{m[2]}`", reason)
    for shell, chat in _SHELL_ADVICE:
        reason = reason.replace(shell, chat)
    return reason


def _when(epoch: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(epoch)) if epoch else "—"


def admin_commands(public: Sequence[BotCommand]) -> list[BotCommand]:
    """The command menu shown to admins: everyone's commands, then the admin ones."""
    return [*public, *(BotCommand(name, description) for name, description in ADMIN_COMMANDS)]


def remove_data(doc_id: str) -> str:
    """Callback data of the "Remove" confirmation button (a digest: ids can exceed 64 bytes)."""
    return f"{REMOVE_PREFIX}{callbacks.digest(doc_id, 16)}"


# --- refusals and usage ------------------------------------------------------------------------


def refused(what: str) -> str:
    return f"Sorry, {_e(what)} is for admins only."


def unavailable() -> str:
    return "Managing documents isn't available in this deployment (the index is read-only)."


def remove_usage(known: Sequence[str]) -> str:
    example = f" e.g. <code>/remove {_e(known[0])}</code>" if known else ""
    return f"Tell me which article to remove: <code>/remove &lt;id&gt;</code>{example}. /docs lists the ids."


def unknown_document(doc_id: str) -> str:
    return f"There is no article with id <code>{_e(doc_id)}</code>. /docs lists the ids."


def file_too_big(size: int, limit: int) -> str:
    return f"That file is {size:,} bytes; the limit is {limit:,} bytes. Nothing was changed."


def upload_refused(reason: str) -> str:
    """`reason` is an `UploadError` message, written for the uploader."""
    return f"❌ <b>Not added.</b> {_reason(reason)}\nNothing was changed."


# --- jobs ----------------------------------------------------------------------------------------


def job_label(kind: str) -> str:
    return {"add": "Adding the document", "remove": "Removing the article", "reindex": "Reindexing"}.get(
        kind, kind
    )


def queued(kind: str, running: str) -> str:
    return f"⏳ {_e(job_label(kind))}: queued — another index job ({_e(running)}) is running."


def reindex_busy() -> str:
    return "⏳ A reindex is already running or queued; I'll put its summary here when it's done."


def edit_not_run(upload: bool) -> str:
    """The reply to an edited upload caption or /reindex: an edit never repeats the action."""
    if upload:
        return (
            "✏️ An edited upload is not added again, and its new caption changes nothing: "
            "send the file again, with the caption you want, to replace the article."
        )
    return "✏️ An edited /reindex is not run again: send /reindex as a new message to rebuild the index."


def progress(kind: str, stage: str, done: int, total: int) -> str:
    percent = 100 * done // total if total else 100
    return f"⚙️ {_e(job_label(kind))}… {_e(stage)} {percent}% ({done}/{total})"


def started(kind: str) -> str:
    return f"⚙️ {_e(job_label(kind))}… (I keep answering from the current index meanwhile)"


def _index_summary(report: BuildReport) -> str:
    # A forced rebuild writes a new version (`changed`) even when no article changed: that
    # index is rebuilt, not updated.
    articles = report.added or report.removed or report.updated
    state = ("updated" if articles else "rebuilt") if report.changed else "unchanged"
    return (
        f"Index {state}: {_n(report.documents, 'document')}, {_n(report.paragraphs, 'paragraph')}, "
        f"{_n(report.quotes, 'quote')}; embedded {_n(report.embedded, 'sentence')}, reused {report.reused} "
        f"in {report.seconds:.1f} s."
    )


def _change(doc: DocumentChange) -> str:
    outlet = f" <i>({_e(doc.outlet)})</i>" if doc.outlet else ""
    head = f"<b>{_e(doc.title)}</b>{outlet} — id <code>{_e(doc.doc_id)}</code>"
    c = doc.changes
    if doc.replaced:
        text = (
            f"🔁 Replaced {head}\n{_n(doc.paragraphs, 'paragraph')}: {c.added} added, {c.removed} removed, "
            f"{c.changed} changed, {c.unchanged} unchanged."
        )
    else:
        source = f"(from {_e(doc.kind)}, {_e(doc.encoding)})"
        text = f"✅ Added {head}\n{_n(doc.paragraphs, 'paragraph')} {source}."
    foreign = (
        "\n⚠️ Most of its text is not in Latin letters: I read articles and questions in English, "
        "so readers' questions will hardly ever find it. To replace it with an English version, send "
        f"that with the caption <code>id: {_e(doc.doc_id)}</code>."
    )
    first, rest = (doc.title_lines[0], " ".join(doc.title_lines[1:])) if doc.title_lines else ("", "")
    joined = (
        f"\n⚠️ Its first lines make one title. If “{_e(rest)}” is the outlet, send the file again "
        f"with the caption <code>title: {_e(first)} | outlet: {_e(rest)}</code>."
    )
    restored = (
        "\n↩️ An article with this id was removed before: its title and outlet are as they were "
        "then. To change them, send the file again with the caption <code>title: … | outlet: …</code>."
    )
    return (
        text
        + (restored if doc.restored else "")
        + (joined if doc.title_lines else "")
        + (_same_title(doc) if doc.same_title else "")
        + (foreign if doc.foreign else "")
    )


def _same_title(doc: DocumentChange) -> str:
    """Two articles of one title are two identical entries in /start and in citations."""
    twin = doc.same_title[0]
    return (
        f"\n⚠️ <code>{_e(twin)}</code> has the same title, so readers can't tell the two apart. "
        f"If this file was meant to replace it, <code>/remove {_e(doc.doc_id)}</code> and send it again "
        f"with the caption <code>id: {_e(twin)}</code>; if not, send it again with the caption "
        "<code>title: …</code> to give it its own."
    )


def added(result: AddResult) -> str:
    return "\n\n".join([*(_change(d) for d in result.documents), _index_summary(result.report)])


def confirm_remove(doc_id: str, title: str) -> tuple[str, InlineKeyboardMarkup]:
    text = f"Remove <b>{_e(title)}</b> (<code>{_e(doc_id)}</code>) from the index?"
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("🗑 Remove", callback_data=remove_data(doc_id)),
                InlineKeyboardButton("Cancel", callback_data=CANCEL_DATA),
            ]
        ]
    )
    return text, keyboard


def confirm_shrink(lost: Sequence[str], before: int, after: int) -> tuple[str, InlineKeyboardMarkup]:
    """A reindex that would drop most articles: say which, and ask before doing it."""
    shown = ", ".join(f"<code>{_e(i)}</code>" for i in lost[:5]) + (" …" if len(lost) > 5 else "")
    text = (
        f"⚠️ <b>Reindex stopped:</b> the documents folder holds {after} of the {before} indexed "
        f"articles, so {len(lost)} would be dropped ({shown}). Check DOCS_DIR; if this is "
        "intended, press the button. Nothing was changed: the previous index is still being served."
    )
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(f"Reindex and drop {len(lost)}", callback_data=SHRINK_DATA),
                InlineKeyboardButton("Cancel", callback_data=CANCEL_DATA),
            ]
        ]
    )
    return text, keyboard


def already_pressed() -> str:
    return "Already on it."


def cancelled() -> str:
    return "Cancelled: nothing was removed."


def removed(result: RemoveResult) -> str:
    title = f"<b>{_e(result.title)}</b> " if result.title else ""
    return f"🗑 Removed {title}(<code>{_e(result.doc_id)}</code>).\n\n{_index_summary(result.report)}"


def _article_changes(report: BuildReport) -> str:
    """What the build found changed in the documents folder, or that nothing had."""
    counts = [(report.added, "added"), (report.removed, "removed"), (report.updated, "updated")]
    found = [f"{len(ids)} {verb}" for ids, verb in counts if ids]
    if not found:
        return "No article changed since the last build."
    return f"Articles: {', '.join(found)}."


def reindexed(report: BuildReport) -> str:
    return f"✅ Reindex finished. {_article_changes(report)}\n\n{_index_summary(report)}"


def job_failed(kind: str, reason: str | None) -> str:
    """`reason`: a domain message meant for admins, or None for an internal error (see logs)."""
    why = _reason(reason) if reason else "an internal error (details are in the bot's log)"
    return (
        f"❌ <b>{_e(job_label(kind))} failed:</b> {why}\n"
        "Nothing was changed: the previous index is still being served."
    )


# --- /docs and /stats ----------------------------------------------------------------------------


def docs(rows: Sequence[CatalogueRow], indexed_at: float) -> list[str]:
    if not rows:
        return ["<i>No articles are indexed yet.</i> Send me a .txt, .md or .html file to add one."]
    lines = [f"<b>Indexed articles ({sum(r.indexed for r in rows)})</b> — index built {_when(indexed_at)}"]
    for r in rows:
        outlet = f" <i>({_e(r.outlet)})</i>" if r.outlet else ""
        state = " — <b>not indexed</b>" if not r.indexed else ""
        lines.append(
            f"• <code>{_e(r.doc_id)}</code> {_e(r.title)}{outlet}\n"
            f"  {r.paragraphs} ¶, {_n(r.quotes, 'quote')}, updated {_when(r.updated)}{state}"
        )
    return split_html("\n".join(lines))


def _ms(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds * 1000:.0f} ms"


def stats(s: Stats) -> str:
    return (
        "<b>Answers</b>\n"
        f"Questions answered: {s.answered}\n"
        f"Abstained: {s.abstained} ({s.abstention_rate:.0%})\n"
        f"Latency: p50 {_ms(s.p50)}, p95 {_ms(s.p95)}\n"
        f"Feedback: 👍 {s.votes_up}, 👎 {s.votes_down}"
    )
