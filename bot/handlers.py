"""Message and command handlers: read the update, call the domain, render, reply."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Sequence

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import TelegramError

from index import QA, Answer, Document, Turn, asks_who_said_it, spoken_in

from . import incoming, llmreply, render, render_welcome, threads
from .context import Context, Services
from .render_notices import answer_provenance, whose_words
from .smalltalk import SourceRequest, asks_for_source, asks_why, small_talk, without_small_talk

log = logging.getLogger(__name__)
EXAMPLES = 3
TYPING_EVERY = 4.5  # Telegram shows "typing…" for about five seconds
MAX_QUESTIONS = 3  # answered from one message; more are asked to be sent one at a time


def services_of(context: Context) -> Services | None:
    return context.bot_data.services


def _catalogue(qa: QA) -> tuple[list[Document], list[str]]:
    return qa.documents(), qa.example_questions(EXAMPLES)


async def send_html(
    reply_to: Message,
    texts: Sequence[str],
    keyboard: InlineKeyboardMarkup | None = None,
    *,
    keyboards: Sequence[InlineKeyboardMarkup | None] | None = None,
) -> None:
    """Send rendered chunks as replies; the keyboard goes under the last one, or each of
    `keyboards` under its own chunk (a long list's ¶ buttons beside the quotes they open).

    The answer to an edited message quotes it (in a private chat too): it may be far up the
    chat, and the reader must see which version of the question this answers."""
    first = True if reply_to.edit_date is not None else None
    for i, text in enumerate(texts):
        if keyboards is not None:
            markup = keyboards[i] if i < len(keyboards) else None
        else:
            markup = keyboard if i == len(texts) - 1 else None
        await reply_to.reply_html(text, reply_markup=markup, do_quote=first if i == 0 else False)


@contextlib.asynccontextmanager
async def typing(message: Message) -> AsyncIterator[None]:
    """Show "typing…" where `message` was sent (its forum topic too) until the block finishes."""

    async def keep_typing() -> None:
        while True:
            with contextlib.suppress(TelegramError):
                await message.reply_chat_action(ChatAction.TYPING)
            await asyncio.sleep(TYPING_EVERY)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def start(update: Update, context: Context) -> None:
    """/start and /help: what I know, what to ask, example buttons and the commands."""
    message = update.effective_message
    services = services_of(context)
    if message is None:
        return
    if services is None:
        await message.reply_html(render.not_ready())
        return
    documents, examples = await asyncio.to_thread(_catalogue, services.qa)
    await send_html(
        message,
        render_welcome.welcome(documents, examples, context.bot.username),
        render_welcome.examples_keyboard(examples),
    )


async def added_to_group(update: Update, context: Context) -> None:
    """The bot was added to a group: introduce myself there, as /start would."""
    message = update.effective_message
    services = services_of(context)
    if message is None or not any(m.id == context.bot.id for m in message.new_chat_members):
        return
    if services is None:
        return  # still starting: the group can send /start
    documents, examples = await asyncio.to_thread(_catalogue, services.qa)
    texts = render_welcome.welcome(documents, examples, context.bot.username)
    for i, text in enumerate(texts):  # not a reply: the "added" line is a service message
        keyboard = render_welcome.examples_keyboard(examples) if i == len(texts) - 1 else None
        await message.chat.send_message(text, parse_mode=ParseMode.HTML, reply_markup=keyboard)


async def answer_question(
    update: Update,
    context: Context,
    question: str,
    reply_to: Message,
    *,
    show_question: bool = False,
    usage: str | None = None,
) -> bool:
    """Validate, rate-limit, ask the domain with the chat's previous turn, and reply; False
    when the question was not looked at (still starting, or the asker is over the rate limit),
    so a message's next questions are not tried either.

    `usage` is how the question was addressed to me ("/ask", "@bot"): with nothing after it,
    the reply says the question goes there.

    With an LLM configured, its verified answer is streamed into one edited message
    (`bot.llmreply`); otherwise, or if it fails, the extractive answer is sent.
    """
    services = services_of(context)
    if services is None:
        await reply_to.reply_html(render.not_ready())
        return False
    question, linked = incoming.without_links(question.strip())
    if linked and incoming.about_link_only(question):  # only a link, or "what does it say?" beside one
        await reply_to.reply_html(render.cannot_open_links())
        return True
    question = incoming.with_quoted(question, quoted_text(reply_to, context.bot.id))
    limit = services.settings.max_question_chars
    if not any(ch.isalnum() for ch in question):  # empty, or only spaces/emoji/punctuation
        examples = await asyncio.to_thread(services.qa.example_questions, 1)  # one these articles answer
        example = examples[0] if examples else None
        empty = render.ask_usage(usage, example) if usage and not question else render.empty_question(example)
        await reply_to.reply_html(empty)
        return True
    if len(question) > limit:
        await reply_to.reply_html(render.too_long(len(question), limit))
        return True
    if (kind := small_talk(question)) is not None:  # "hi", "thanks!": no search of the articles
        await reply_to.reply_html(render.small_talk(kind))
        return True
    question = without_small_talk(question)  # "hi, what did X say?" is asked as "what did X say?"
    user = update.effective_user
    if user is not None and (wait := services.limiter.check(user.id)):
        await reply_to.reply_html(render.rate_limited(wait))
        return False
    if not await asyncio.to_thread(services.qa.documents):  # every article was removed
        await reply_to.reply_html(render.no_articles())
        return True
    chat_id = reply_to.chat_id
    user_id = user.id if user is not None else None
    replied = threads.replied_answer(reply_to, context.bot.id)  # "tell me more" under an old answer
    group = reply_to.chat.type != ChatType.PRIVATE
    previous = await asyncio.to_thread(
        threads.load_previous, services.chats, chat_id, user_id=user_id, answer_id=replied, group=group
    )
    if (
        previous is not None
        and previous.answer is not None
        and previous.answer.abstained
        and asks_why(question)
    ):
        await reply_to.reply_html(render.why_no_answer())  # "why not?" to "the articles don't say"
        return True
    if (wanted := asks_for_source(question)) is not None:  # "the link?", "the full paragraph?"
        await _show_source(reply_to, services.qa, previous.answer if previous else None, wanted)
        return True
    last = previous.answer if previous is not None else None
    about_it = incoming.asks_to_check(question) or asks_who_said_it(question)
    if last is not None and last.sentences and about_it:
        # "is this right?", "who said this?" of my answer: where its words come from
        await _about_answer(reply_to, services.qa, last, whose=asks_who_said_it(question))
        return True
    draft = llmreply.Draft(reply_to, services.pacer)  # stays unused without an LLM
    try:
        async with typing(reply_to):
            started = time.perf_counter()
            answer, passages = await llmreply.ask(services, question, previous)
            if services.llm is not None and passages:
                within = services.settings.llm_timeout
                answer = await llmreply.generate(services.llm, question, passages, answer, draft, within)
        seconds = time.perf_counter() - started
        answer_id = await asyncio.to_thread(
            services.feedback.record_answer, answer, chat_id=chat_id, user_id=user_id
        )
        await asyncio.to_thread(
            threads.save_turn,
            services.chats,
            services.turn_lock,
            chat_id,
            Turn(question, answer),
            user_id=user_id,
            answer_id=answer_id,
        )
        texts = render.answer_messages(answer, show_question=show_question)
        # a long answer's ¶ buttons sit under the message that cites them
        keyboards = render.answer_keyboards(answer, answer_id, texts)
        if not await draft.finish(texts, keyboards):
            await send_html(reply_to, texts, keyboards=keyboards)
    finally:
        await draft.discard()  # a no-op unless a draft was shown and never finished
    await record_stats(services, answer, seconds)  # after the reply: the user needn't wait for it
    return True


async def _show_source(reply_to: Message, qa: QA, answer: Answer | None, wanted: SourceRequest) -> None:
    """The paragraph the chat's last answer quotes first (those "also relevant" are shown whole
    already), or why I can't show it."""
    cited = answer.citations[0] if answer is not None and answer.citations else None
    if wanted == "link" or cited is None:
        await reply_to.reply_html(render.no_links() if wanted == "link" else render.no_source_yet())
        return
    paragraph = await asyncio.to_thread(qa.paragraph, cited.doc_id, cited.paragraph)
    texts = render.paragraph_messages(paragraph) if paragraph else [render.paragraph_gone()]
    await send_html(reply_to, texts)


async def _about_answer(reply_to: Message, qa: QA, answer: Answer, *, whose: bool) -> None:
    """Whose words `answer` states (the speaker of each quotation, or the article's narration),
    or where it comes from, with the paragraph it quotes first."""
    if whose:
        quotes = await asyncio.to_thread(qa.quotes_by)
        await reply_to.reply_html(whose_words(spoken_in(answer, quotes)))
        return
    labels = dict.fromkeys(answer.citations[s.citation].label for s in answer.sentences)
    await reply_to.reply_html(answer_provenance(list(labels)))
    await _show_source(reply_to, qa, answer, "paragraph")


def quoted_text(message: Message, bot_id: int) -> str | None:
    """The words a message points at: the part of a message it quotes (Telegram's quote-reply),
    else the text of a user's message it replies to; None for a plain reply to one of my answers
    (that continues the answer: `threads.replied_answer`)."""
    if message.quote is not None and message.quote.text:
        return message.quote.text
    replied = message.reply_to_message
    if replied is None or (replied.from_user is not None and replied.from_user.id == bot_id):
        return None
    return replied.text or replied.caption


async def record_stats(services: Services, answer: Answer, seconds: float) -> None:
    """Per-answer latency and abstention, for /stats."""
    if services.stats is not None:
        await asyncio.to_thread(services.stats.record, answer, seconds)


async def unknown_command(update: Update, context: Context) -> None:
    """Commands I don't have; in groups only those addressed to me (/cmd@me). A command
    addressed to another bot in a private chat (`/start@otherbot`) is told whose it is."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    command, _, addressee = message.text.split(maxsplit=1)[0].partition("@")
    if addressee and addressee.casefold() != context.bot.username.casefold():
        if message.chat.type == ChatType.PRIVATE:  # pasted from elsewhere: say whose command it is
            mine = command.removeprefix("/").casefold() in {name for name, _ in render_welcome.COMMANDS}
            await message.reply_html(render.other_bots_command(command, addressee, mine))
        return
    if message.chat.type != ChatType.PRIVATE and not addressee:
        return  # another bot's, or no bot's
    await message.reply_html(render.unknown_command())


async def on_error(update: object, context: Context) -> None:
    """Log the full traceback; tell the user something short (never the exception)."""
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("Error while handling update %s", update_id, exc_info=context.error)
    if not isinstance(update, Update):
        return
    with contextlib.suppress(TelegramError):
        if update.callback_query is not None:
            await update.callback_query.answer(render.apology())
        elif update.inline_query is not None:
            await update.inline_query.answer([], button=render.inline_notice(render.apology()))
        elif update.effective_message is not None:  # a reply: in its forum topic too
            await update.effective_message.reply_html(render.apology())
