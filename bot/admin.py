"""Admin features (document uploads). Placeholder: the admin issue fills this in."""

from __future__ import annotations

from telegram import Update

from . import render
from .context import Context


async def upload(update: Update, context: Context) -> None:
    """A document from an admin: to be ingested by the admin module."""
    if update.effective_message is not None:
        await update.effective_message.reply_html(render.admin_upload_pending())
