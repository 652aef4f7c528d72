"""Messages that ask: any text in a private chat, a mention or reply in a group, `/ask`, a
photo's caption. Each question of a message is answered in turn (`handlers.answer_question`),
after what the message as a whole needs: once when sent twice at once, without its sentences in
another script.
"""

from __future__ import annotations

from telegram import Message, MessageEntity, Update

from . import incoming, render
from .context import Context
from .handlers import MAX_QUESTIONS, answer_question, quoted_text, services_of
from .quotes import check_quoted
from .smalltalk import without_small_talk


async def answer_questions(
    update: Update, context: Context, text: str, reply_to: Message, *, usage: str | None = None
) -> None:
    """Each question a message asks in turn ("When did it close? Who runs it now?"), each
    answer headed by its question and following up the one before; else the one question.
    Sentences in another script beside English ones are left out, and the reply says so."""
    if _repeated(update, context, text, reply_to):
        await reply_to.reply_html(render.repeated_question())  # a double tap: one answer
        return
    quoted = quoted_text(reply_to, context.bot.id)
    if quoted and incoming.asks_to_check(text):  # "is this quote accurate?" under a forwarded post
        if await check_quoted(update, context, reply_to, quoted):
            return
    text, left_out = incoming.english_part(text)
    if left_out:  # "Что сказал Трамп? And what did Lee say?"
        await reply_to.reply_html(render.left_out_language(left_out))
    asked = incoming.questions(without_small_talk(text))  # "hi, who is X? and what did he say?"
    if len(asked) == 1:
        await answer_question(update, context, text, reply_to, usage=usage, show_question=bool(left_out))
        return
    for question in asked[:MAX_QUESTIONS]:
        if not await answer_question(update, context, question, reply_to, show_question=True):
            return  # one "you're asking too fast" for the message, not one per question
    if len(asked) > MAX_QUESTIONS:
        await reply_to.reply_html(render.more_questions(MAX_QUESTIONS))


def _repeated(update: Update, context: Context, text: str, message: Message) -> bool:
    """Whether the asker sent this text to this chat (as a reply to the same message) seconds
    ago; an edit is always answered again."""
    services = services_of(context)
    if services is None or message.edit_date is not None:
        return False
    user = update.effective_user
    replied = message.reply_to_message.message_id if message.reply_to_message is not None else None
    sent = message.text or message.caption or text  # as sent: "/ask" and "@bot" are two messages
    return services.repeats.repeated((message.chat_id, user.id if user else None, replied, sent))


async def private_text(update: Update, context: Context) -> None:
    """Any text in a private chat is a question (edits are answered again)."""
    message = update.effective_message
    if message is not None and message.text is not None:
        await answer_questions(update, context, message.text, message)


def addressed_question(message: Message, username: str, bot_id: int) -> str | None:
    """The question if a group message is meant for the bot (mention or reply), else None.

    >>> # "@newsbot who won?" -> "who won?"; a reply to the bot -> its whole text
    """
    text = message.text or message.caption or ""  # a photo's caption may ask too
    mention = f"@{username}".casefold()
    found = message.parse_entities if message.text is not None else message.parse_caption_entities
    for entity, value in found([MessageEntity.MENTION]).items():
        if value.casefold() == mention:
            return (text[: entity.offset] + text[entity.offset + entity.length :]).strip()
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return text
    return None


async def group_text(update: Update, context: Context) -> None:
    """In groups, answer when mentioned or replied to; ignore other chatter. A photo's
    caption is read as a text is (the picture is not)."""
    message = update.effective_message
    if message is None or (message.text is None and not message.caption):
        return
    question = addressed_question(message, context.bot.username, context.bot.id)
    if question is not None:
        await answer_questions(update, context, question, message, usage=f"@{context.bot.username}")


async def ask_command(update: Update, context: Context) -> None:
    """/ask <question>: the explicit way to ask, in groups or anywhere."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    commands = message.parse_entities([MessageEntity.BOT_COMMAND])
    entity = min(commands, key=lambda e: e.offset) if commands else None
    question = message.text[entity.offset + entity.length :] if entity else ""
    await answer_questions(update, context, question, message, usage="/ask")


async def not_text(update: Update, context: Context) -> None:
    """Stickers, photos, voice and the like in a private chat; a caption is the question."""
    message = update.effective_message
    if message is None:
        return
    if message.caption and any(ch.isalnum() for ch in message.caption):
        await answer_questions(update, context, message.caption, message)  # the picture is not read
        return
    await message.reply_html(render.text_only())
