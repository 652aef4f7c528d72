"""Inline buttons and inline mode: source paragraphs, feedback, example questions."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from telegram import CallbackQuery, Message, Update

from index import QA, Answer, Paragraph, Turn

from . import callbacks, incoming, render, render_inline
from .callbacks import ExampleRef, FeedbackRef, SourceRef
from .context import Context, Services
from .handlers import EXAMPLES, MAX_QUESTIONS, answer_question, send_html, services_of
from .smalltalk import small_talk, without_small_talk


def _find_paragraph(qa: QA, ref: SourceRef) -> Paragraph | None:
    doc_id = ref.doc_id
    if doc_id is None:
        doc_id = next(
            (d.doc_id for d in qa.documents() if callbacks.digest(d.doc_id, 16) == ref.doc_digest), None
        )
    return qa.paragraph(doc_id, ref.number) if doc_id is not None else None


async def _show_source(query: CallbackQuery, services: Services, ref: SourceRef) -> None:
    paragraph = await asyncio.to_thread(_find_paragraph, services.qa, ref)
    # the article was replaced since the answer, and its ¶ n now holds other words
    changed = paragraph is not None and ref.text_digest not in (None, callbacks.text_digest(paragraph.text))
    if paragraph is None:
        await query.answer(render.paragraph_gone())
    elif isinstance(query.message, Message):
        await query.answer()
        await send_html(query.message, render.paragraph_messages(paragraph, changed=changed))
    else:  # a message sent through inline mode: there is no chat to write to
        await query.answer(render.paragraph_alert(paragraph, changed=changed), show_alert=True)


async def button(update: Update, context: Context) -> None:
    """Every inline button; forged or stale data gets a polite answer, never an exception."""
    query = update.callback_query
    if query is None:
        return
    services = services_of(context)
    if services is None:
        await query.answer(render.not_ready())
        return
    ref = callbacks.parse(query.data)
    if isinstance(ref, SourceRef):
        await _show_source(query, services, ref)
    elif isinstance(ref, FeedbackRef):
        chat_id = query.message.chat.id if query.message is not None else None
        vote = services.feedback.vote
        stored = await asyncio.to_thread(vote, ref.answer_id, query.from_user.id, ref.vote, chat_id=chat_id)
        await query.answer(render.feedback_thanks(ref.vote) if stored else render.stale_button())
    elif isinstance(ref, ExampleRef) and isinstance(query.message, Message):
        examples = await asyncio.to_thread(services.qa.example_questions, EXAMPLES)
        if ref.index < len(examples) and callbacks.digest(examples[ref.index]) == ref.digest:
            await query.answer()
            await answer_question(update, context, examples[ref.index], query.message, show_question=True)
        else:
            await query.answer(render.stale_example(), show_alert=True)
    else:
        await query.answer(render.stale_button())


async def inline_query(update: Update, context: Context) -> None:
    """`@bot question` in any chat: offer the cited answer as shareable articles."""
    query = update.inline_query
    services = services_of(context)
    if query is None or services is None:
        return
    question, linked = incoming.without_links(query.query.strip())
    if linked and incoming.about_link_only(question):  # a link pasted inline: nothing I can open
        await query.answer([], button=render.inline_notice(render.inline_no_links()), cache_time=60)
        return
    limit = services.settings.max_question_chars
    # as in a chat: nothing to search (emoji, punctuation) or only "hi"/"thanks" is no question
    if not any(ch.isalnum() for ch in question) or small_talk(question) is not None:
        await query.answer([], button=render.inline_notice(render.inline_prompt()), cache_time=60)
        return
    if len(question) > limit:
        await query.answer([], button=render.inline_notice(render.too_long(len(question), limit)))
        return
    if wait := services.limiter.check(query.from_user.id):
        await query.answer([], button=render.inline_notice(render.rate_limited(wait)), cache_time=0)
        return
    if not await asyncio.to_thread(services.qa.documents):
        await query.answer([], button=render.inline_notice(render.no_articles(inline=True)), cache_time=0)
        return
    question = incoming.english_part(question)[0]  # as in a chat, without a sentence in Russian
    asked = incoming.questions(without_small_talk(question))[:MAX_QUESTIONS]
    answers = await asyncio.to_thread(_ask_in_turn, services.qa, asked)
    await query.answer(render_inline.inline_results_of(answers), cache_time=30)


def _ask_in_turn(qa: QA, asked: Sequence[str]) -> list[Answer]:
    """Each question answered as in a chat: the second following up the first."""
    answers: list[Answer] = []
    for question in asked:
        answers.append(qa.ask(question, Turn(asked[len(answers) - 1], answers[-1]) if answers else None))
    return answers
