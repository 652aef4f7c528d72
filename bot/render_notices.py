"""The short fixed replies: asking for a question, refusals, limits, small talk, notices.

Part of the rendering layer (`render` re-exports each, so handlers call `render.text_only()`);
every value goes through `markup.e`, the one escaping point.
"""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineQueryResultsButton

from index import Spoken, Vote

from .markup import clip as _clip
from .markup import e as _e
from .smalltalk import SmallTalk


def empty_question(example: str | None = None) -> str:
    """Asking for a question, with one the articles answer (`QA.example_questions`) when given."""
    return f"Please send a question as text, e.g. <i>{_e(example or 'What happened?')}</i>"


def ask_usage(how: str, example: str | None = None) -> str:
    """`/ask` or a mention with no question after it: where the question goes, and one to try."""
    return f"Write your question after {_e(how)}, e.g. <i>{_e(how)} {_e(example or 'What happened?')}</i>"


def more_questions(answered: int) -> str:
    """A message asking more questions than I answer from one message."""
    return f"I answered the first {answered} questions of your message: please send the others one at a time."


def left_out_language(parts: list[str]) -> str:
    """Sentences in another script left out of a message that also asks in English."""
    shown = " ".join(f"“{_e(_clip(p, 80))}”" for p in parts)
    return f"🌐 I answer questions in English, so I left out {shown} and answered the rest."


def no_articles(*, inline: bool = False) -> str:
    """A question while no article is indexed (all removed): not "the articles don't say"."""
    if inline:
        return "📭 No articles are indexed right now"
    return (
        "📭 <b>No articles are indexed right now</b>, so I have nothing to answer from. "
        "Please try again later: /start lists the articles once there are some."
    )


def unreadable_name(typed: Sequence[str]) -> str:
    """A name in a script the articles do not use, which no article's name reads as."""
    names = " or ".join(f"“{w}”" for w in typed)
    return (
        f"🔤 <b>The articles write names in Latin letters, and I can't read {_e(names)} as one of "
        "them.</b> Please write it as they do."
    )


def why_no_answer() -> str:
    """ "Why not?" after a reply that found no answer: how I answer, not a search for "why"."""
    return (
        "I answer only from the articles I have indexed (/start lists them), quoting what they "
        "say: when they don't hold an answer, I say so rather than guess. Try asking about "
        "something they cover, or in other words."
    )


def no_links() -> str:
    """A reader asks for an answer's web link: I hold the articles' text, not their addresses."""
    return (
        "🔗 I have the articles' text but not their web links. Press a 📄 button under an answer "
        "to read the whole paragraph it quotes; /start lists the articles with their outlets."
    )


def no_source_yet() -> str:
    """ "Show me the full paragraph" with no answer before it to take the paragraph from."""
    return "Ask me a question first: each answer has 📄 buttons that show the paragraphs it quotes."


def repeated_question() -> str:
    """The same message sent again within seconds (a double tap): answered once."""
    return "☝️ You sent this twice in a row: I answer it once."


def too_long(length: int, limit: int) -> str:
    return f"That question is {length} characters long; please keep it under {limit}."


def rate_limited(seconds: float) -> str:
    return f"You're asking faster than I can read 🙂 Please try again in {max(1, round(seconds))} s."


_SMALL_TALK: dict[SmallTalk, str] = {
    "greeting": "Hi! 👋 Ask me a question about the articles I have read. /help lists them, with examples.",
    "thanks": "You're welcome! Ask me anything else about the articles.",
    "goodbye": "Bye! Come back with any question about the articles.",
    "ok": "👍 Ask me anything else about the articles.",
}


def small_talk(kind: SmallTalk) -> str:
    """The reply to a greeting, thanks, goodbye or "ok" (`bot.smalltalk`)."""
    return _SMALL_TALK[kind]


def cannot_open_links() -> str:
    """A link, with nothing asked but about the link: I only know the indexed articles."""
    return (
        "🔗 I can't open links: I answer only from the articles I have indexed (/start lists them). "
        "Ask your question in words, or paste the sentence you want checked."
    )


def text_only() -> str:
    return "I can only read text questions. Please type your question."


def admins_only() -> str:
    return "Only admins can add documents."


def unknown_command() -> str:
    return "I don't know that command. Send /help to see what I can do."


def other_bots_command(command: str, addressee: str, mine: bool) -> str:
    """`/start@otherbot` sent to me: that bot's command, not mine; `mine` when I have one of
    that name too."""
    instead = f"Send {_e(command)} for mine" if mine else "Send /help to see what I can do"
    return f"{_e(command)}@{_e(addressee)} is addressed to @{_e(addressee)}, not to me. {instead}."


def stale_button() -> str:
    return "Sorry, this button has expired. Please ask again."


def stale_example() -> str:
    """An example button from a /start whose examples have changed since (an article added,
    replaced or removed): what to do, not only that it failed."""
    return "This example has expired: the articles have changed since. Send /start for the current examples."


def paragraph_gone() -> str:
    return "That paragraph is no longer in the index."


def feedback_thanks(vote: Vote) -> str:
    return "Thanks for the 👍!" if vote == "up" else "Thanks — noted 👎. It helps me improve."


def apology() -> str:
    return "Sorry, something went wrong on my side. Please try again in a moment."


def not_ready() -> str:
    return "I'm still starting up. Please try again in a few seconds."


def inline_no_links() -> str:
    return "I can't open links: type a question in words"


def inline_prompt() -> str:
    return "Type a question about the news"


def inline_notice(text: str) -> InlineQueryResultsButton:
    """A button above (empty) inline results that opens a private chat with /start."""
    return InlineQueryResultsButton(text=_clip(text, 64), start_parameter="help")


def whose_words(spoken: Sequence[Spoken]) -> str:
    """ "Who said this?" replying to an answer: for each sentence it states, the speaker of the
    quotation in it, or that it is the article's own narration."""
    lines = ["🗣 <b>Whose words these are:</b>"]
    for s in spoken:
        named = [n for n in s.speakers if n]
        if named:
            who = f"{_e(' and '.join(named))}, quoted in the article"
        elif s.quotes:
            who = "someone the article quotes without naming them"
        else:
            who = "the article's own narration: no one is quoted saying it"
        lines.append(f"• “{_e(_clip(s.sentence, 90))}” — {who} [{_e(s.citation.label)}]")
    return "\n".join(lines)


def answer_provenance(labels: Sequence[str]) -> str:
    """ "Is this right?" replying to an answer: where it comes from, and what I can't vouch for."""
    where = ", ".join(_e(label) for label in labels)
    return (
        f"📄 That answer quotes the articles word for word, from {where}: it is what the article "
        "reports, and I can't check it against anything else. The paragraph it quotes first:"
    )
