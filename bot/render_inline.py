"""Inline mode's results: each answer to share, then each paragraph it cites, once."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineQueryResultArticle, InputTextMessageContent
from telegram.constants import ParseMode

from index import Answer

from . import callbacks, render_quotes
from .htmlsplit import split_html
from .markup import clip as _clip
from .markup import e as _e
from .render import answer_messages, cite, unique_citations


def inline_results_of(answers: Sequence[Answer]) -> list[InlineQueryResultArticle]:
    """Inline results of a query asking one question or several ("When…? Who…?"): each answer
    first, its question before its description, then each cited paragraph once."""
    if len(answers) == 1:
        return inline_results(answers[0])
    per_answer = [inline_results(a, asked=True) for a in answers]
    paragraphs = {r.id: r for results in per_answer for r in results[1:]}
    return [*(results[0] for results in per_answer), *paragraphs.values()]


def inline_results(answer: Answer, *, asked: bool = False) -> list[InlineQueryResultArticle]:
    """The answer (and each cited paragraph) as articles to share from inline mode; `asked`:
    the description opens with the question (one of several in the query)."""
    if answer.reason == "not_mentioned" and answer.missing:
        head = f"The articles don't mention {' or '.join(answer.missing)}"
    elif answer.unstated_reply is not None:
        head = answer.unstated_reply
    elif answer.unclear_reply is not None:
        head = answer.unclear_reply
    elif (listing := answer.attribution) is not None and listing.kind == "who_quoted" and listing.quotes:
        head = f"Who is quoted: {len({q.speaker for q in listing.quotes})} speakers"
    elif (listing := answer.attribution) is not None and listing.kind == "who_on" and listing.quotes:
        names = dict.fromkeys(q.speaker or "" for q in listing.quotes)
        head = f"Quoted on {listing.claim}: {', '.join(names)}"
    elif answer.attribution is not None:
        # the verdict, as in the chat: a quoted sentence alone would read as a yes ("did X say …?")
        head = render_quotes.verdict_text(answer)
    elif answer.abstained or not answer.sentences:
        head = "The articles don't say"
    elif answer.overview:
        head = f"What {answer.outlet} reports" if answer.outlet else "The articles in brief"
    else:
        head = answer.text
    sources = ", ".join(c.label for c in unique_citations(answer.citations)) or "No source"
    question = f"❓ {answer.question} · " if asked else ""
    results = [
        InlineQueryResultArticle(
            id=f"a-{callbacks.digest(answer.question)}",
            title=_clip(head, 100),
            description=_clip(f"{question}{sources}", 100),
            input_message_content=InputTextMessageContent(
                answer_messages(answer, show_question=True)[0], parse_mode=ParseMode.HTML
            ),
        )
    ]
    for citation in unique_citations(answer.citations):
        heading = f" {_e(citation.heading)}" if citation.heading else ""
        text = f"{cite(citation)}{heading}\n<blockquote>{_e(citation.text)}</blockquote>"
        results.append(
            InlineQueryResultArticle(
                id=f"p-{callbacks.digest(f'{citation.doc_id}#{citation.paragraph}')}",
                title=_clip(f"📄 {citation.label}", 100),
                description=_clip(citation.quote or citation.text, 100),
                input_message_content=InputTextMessageContent(split_html(text)[0], parse_mode=ParseMode.HTML),
            )
        )
    return results
