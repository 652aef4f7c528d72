"""/quote and /quotes: check a quotation, list who is quoted or what one speaker said.

Handlers only translate: the domain calls run together in one worker thread (`_check`,
`_speaker_quotes`, `_speakers`), formatting is `render_quotes` (/quote) and `render_speakers`
(/quotes). Natural questions ("who said …", "did X say …", "what did X say") need nothing
here: `QA.ask` routes them and `render.answer_messages` renders the attribution.
"""

from __future__ import annotations

import asyncio

from telegram import InlineKeyboardMarkup, Message, MessageEntity, Update

from index import (
    QA,
    Citation,
    QuoteCheck,
    SpeakerGroup,
    group_speakers,
    is_foreign,
    speaker_listing,
)

from . import incoming, render, render_quotes, render_speakers
from .context import Context, Services
from .handlers import answer_question, quoted_text, send_html, services_of, typing


def command_argument(message: Message) -> str:
    """The text after the command (``/quote@bot we will win`` → ``we will win``), stripped."""
    commands = message.parse_entities([MessageEntity.BOT_COMMAND])
    entity = min(commands, key=lambda e: e.offset) if commands else None
    text = message.text or ""
    return (text[entity.offset + entity.length :] if entity else "").strip()


def _refusal(update: Update, services: Services, text: str) -> str | None:
    """The reply for text too long or a user over the rate limit, else None (and counted)."""
    limit = services.settings.max_question_chars
    if len(text) > limit:
        return render.too_long(len(text), limit)
    user = update.effective_user
    if user is not None and (wait := services.limiter.check(user.id)):
        return render.rate_limited(wait)
    return None


def _check(qa: QA, text: str) -> tuple[QuoteCheck, Citation | None]:
    """The quote check, plus the closest paragraph when nobody is quoted saying it."""
    check = qa.check_quote(text)
    if check.verdict != "not_found":
        return check, None
    answer = qa.ask(text)
    return check, answer.closest or (answer.citations[0] if answer.citations else None)


def _speaker_quotes(qa: QA, speaker: str) -> tuple[list[SpeakerGroup], list[SpeakerGroup], str | None]:
    """The speaker's own groups, the offices named after them, a namesake note (`speaker_listing`)."""
    return speaker_listing(speaker, qa.quotes_by(speaker), qa.quotes_by(None))


Listing = tuple[str, list[SpeakerGroup], list[SpeakerGroup], str | None]


def _listings(qa: QA, asked: str) -> list[Listing]:
    """What "/quotes <asked>" lists, as the articles spell the name: one listing, or one per
    speaker of "Lee and Ott" (or "Lee Ott") when the whole names no one quoted in person and
    every part names someone quoted (or an office named after them)."""
    speaker = qa.name_as_written(asked)
    whole: Listing = (speaker, *_speaker_quotes(qa, speaker))
    parts = incoming.listed_names(asked)
    if any(g.kind == "person" for g in whole[1]) or len(parts) < 2:
        return [whole]
    each: dict[tuple[str, ...], Listing] = {}
    for part in parts:
        name = qa.name_as_written(part)
        own, related, note = _speaker_quotes(qa, name)
        if not own and not related:
            return [whole]
        each.setdefault(tuple(g.name for g in [*own, *related]), (name, own, related, note))
    return list(each.values())


def _speakers(qa: QA) -> list[SpeakerGroup]:
    return group_speakers(qa.quotes_by(None))


async def _check_and_reply(
    update: Update, message: Message, services: Services, words: str, *, forwarded: bool = False
) -> None:
    """Check `words` as a quote and reply with the verdict, unless they are refused (too long,
    rate limit)."""
    if refusal := _refusal(update, services, words):
        await message.reply_html(refusal)
        return
    if not await asyncio.to_thread(services.qa.documents):  # nothing to check the words against
        await message.reply_html(render.no_articles())
        return
    async with typing(message):
        check, closest = await asyncio.to_thread(_check, services.qa, words)
    await send_html(
        message,
        render_quotes.quote_check_messages(words, check, closest, forwarded=forwarded),
        render_quotes.quote_check_keyboard(check, closest),
    )


async def quote_command(update: Update, context: Context) -> None:
    """/quote <words>, or /quote replying to the words: an exact quote, a misquote (with the
    real wording), or not found."""
    message = update.effective_message
    services = services_of(context)
    if message is None or message.text is None:
        return
    if services is None:
        await message.reply_html(render.not_ready())
        return
    # with nothing after it, /quote sent as a reply checks the message replied to (or the part
    # of it quoted), as a forwarded claim is checked
    words = command_argument(message) or incoming.without_kicker(quoted_text(message, context.bot.id) or "")
    text, linked = incoming.without_links(words)
    if linked and incoming.about_link_only(text):  # "/quote https://…": nothing I can open
        await message.reply_html(render.cannot_open_links())
        return
    if not any(ch.isalnum() for ch in text):
        replied = message.reply_to_message
        to_me = (
            replied is not None and replied.from_user is not None and replied.from_user.id == context.bot.id
        )
        await message.reply_html(render_quotes.quote_usage(to_me=to_me))
        return
    if _names_only(text) and (listings := await asyncio.to_thread(_listings, services.qa, text)):
        if all(own or related for _, own, related, _ in listings):  # "/quote Lee": who, not what
            await message.reply_html(render_speakers.only_a_speaker(text))
            await _send_listings(message, listings)
            return
    await _check_and_reply(update, message, services, text)


# words a list of names or a description may hold in lower case ("Lee and Ott", "Ana de Souza")
_NAME_JOINERS = frozenset("and of de da di van von al bin la le".split())


def _names_only(text: str) -> bool:
    """Whether /quote's words may be only a speaker: no sentence or quotation marks, and either
    names (every word capitalised but a joiner: "Lee", "Lee and Ott", "Ana de Souza") or a short
    description ("the harbour master"). A claim ("Iran's missiles caused damage") is neither.

    >>> [_names_only(t) for t in ("Lee", "Lee and Ott", "the harbour master", "Ana de Souza")]
    [True, True, True, True]
    >>> [_names_only(t) for t in ("Port fees caused serious damage", "Lee said no.", "the pier is shut now")]
    [False, False, False]
    """
    words = text.split()
    if not words or len(words) > 5 or any(ch in text for ch in '.!?"“”«»:'):
        return False
    if words[0].casefold() == "the":
        return len(words) <= 3
    return all(w[:1].isupper() or w.casefold() in _NAME_JOINERS for w in words)


async def check_quoted(update: Update, context: Context, message: Message, quoted: str) -> bool:
    """A reply asking whether the words it replies to are right: they are checked as /quote
    would check them; False when there are no words to check (the caller asks as usual)."""
    services = services_of(context)
    words, _ = incoming.without_links(incoming.without_kicker(quoted.strip()))
    if services is None or not any(ch.isalnum() for ch in words):
        return False
    replied = message.reply_to_message
    was_forwarded = replied is not None and replied.forward_origin is not None
    await _check_and_reply(update, message, services, words, forwarded=was_forwarded)
    return True


async def forwarded(update: Update, context: Context) -> None:
    """A forwarded message in a private chat: its words are checked as /quote would, unless it
    reads as a question (then it is asked like any other)."""
    message = update.effective_message
    services = services_of(context)
    text = message.text or message.caption if message is not None else None
    if message is None or not text:
        return
    words, linked = incoming.without_links(incoming.without_kicker(text.strip()))
    if services is None or incoming.reads_as_question(words) or not any(ch.isalnum() for ch in words):
        await answer_question(update, context, text, message)  # also says "not ready", "empty", "a link"
        return
    if linked and incoming.about_link_only(words):
        await message.reply_html(render.cannot_open_links())
        return
    limit = services.settings.max_question_chars
    if len(words) > limit:
        await message.reply_html(render_quotes.forwarded_too_long(len(words), limit))
        return
    await _check_and_reply(update, message, services, words, forwarded=True)


async def quotes_command(update: Update, context: Context) -> None:
    """/quotes: who is quoted; /quotes <speaker>: everything they said, with sources."""
    message = update.effective_message
    services = services_of(context)
    if message is None or message.text is None:
        return
    if services is None:
        await message.reply_html(render.not_ready())
        return
    speaker = command_argument(message)
    if not any(ch.isalnum() for ch in speaker):
        groups = await asyncio.to_thread(_speakers, services.qa)
        await send_html(message, render_speakers.speakers_messages(groups))
        return
    if refusal := _refusal(update, services, speaker):
        await message.reply_html(refusal)
        return
    # "/quotes Нетаньяху", "/quotes Citrinowitz": the speaker as the articles spell them
    listings = await asyncio.to_thread(_listings, services.qa, speaker)
    for speaker, own, related, _ in listings:
        if not own and not related and is_foreign(speaker):  # "/quotes נתניהו": no name it reads as
            await message.reply_html(render.unreadable_name([speaker]))
            return
    await _send_listings(message, listings)


async def _send_listings(message: Message, listings: list[Listing]) -> None:
    """Each speaker's quotes, the ¶ buttons under the message that cites them."""
    texts: list[str] = []
    keyboards: list[InlineKeyboardMarkup | None] = []
    for speaker, own, related, note in listings:
        part = render_speakers.speaker_quotes_messages(speaker, own, related, note)
        texts.extend(part)
        keyboards.extend(render_speakers.speaker_quotes_keyboards(part, [*own, *related]))
    await send_html(message, texts, keyboards=keyboards)
