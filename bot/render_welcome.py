"""/start and /help: the articles known, what to ask, the commands, and example buttons.

The command list here is also what Telegram's command menu shows (`bot_commands`).
"""

from __future__ import annotations

from collections.abc import Sequence

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup

from index import Document

from . import callbacks
from .htmlsplit import split_html
from .markup import MAX_BUTTON_LABEL
from .markup import clip as _clip
from .markup import e as _e

COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "What I know and what to ask"),
    ("help", "How to use me"),
    ("ask", "Ask a question (for groups): /ask who won?"),
    ("quote", "Check a quote or a claim: /quote Marsh said we will not yield"),
    ("quotes", "Who is quoted; /quotes name: everything they said"),
)
MAX_LISTED_DOCUMENTS = 25


def bot_commands() -> list[BotCommand]:
    return [BotCommand(name, description) for name, description in COMMANDS]


# --- /start and /help -----------------------------------------------------------------------


def welcome(documents: Sequence[Document], examples: Sequence[str], bot_username: str) -> list[str]:
    """The /start and /help text, split into messages."""
    parts = [
        "<b>Hi! I answer questions about the news articles I have read</b>, and every sentence "
        "I give you comes with the article and ¶ number it was taken from.",
    ]
    if documents:
        lines = [f"<b>Articles I know ({len(documents)}):</b>"]
        for doc in documents[:MAX_LISTED_DOCUMENTS]:
            outlet = _e(doc.outlet) if doc.outlet else "outlet unknown"
            lines.append(f"• {_e(doc.title)} — <i>{outlet}</i>")
        if len(documents) > MAX_LISTED_DOCUMENTS:
            lines.append(f"…and {len(documents) - MAX_LISTED_DOCUMENTS} more.")
        parts.append("\n".join(lines))
    else:
        parts.append("<i>No articles are indexed yet.</i>")
    ask = "Ask about who, what, when, where or how many — in your own words, in English."
    ask += " “What is this about?” gives a line from each article; “tell me more” goes on from an answer."
    ask += (
        " To check a quote, ask “who said …?”, “did X say …?” or “what did X say?”, or send"
        " /quote with the words, and who you think said them. “Where do the sources disagree?”"
        " lists the facts the articles give differently."
    )
    if examples:
        ask += " Tap an example below to try it."
    parts.append(f"<b>What to ask:</b> {ask}")
    commands = "\n".join(f"/{name} — {_e(description)}" for name, description in COMMANDS)
    parts.append(
        f"<b>Commands</b>\n{commands}\n"
        f"In a group, mention me (@{_e(bot_username)} question), reply to my message or use /ask. "
        f"In any chat, type @{_e(bot_username)} question to share an answer."
    )
    return split_html("\n\n".join(parts))


def examples_keyboard(examples: Sequence[str]) -> InlineKeyboardMarkup | None:
    if not examples:
        return None
    rows = [
        [InlineKeyboardButton(_clip(q, MAX_BUTTON_LABEL), callback_data=callbacks.example_data(i, q))]
        for i, q in enumerate(examples)
    ]
    return InlineKeyboardMarkup(rows)
