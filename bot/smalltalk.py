"""Greetings, thanks and goodbyes: a message that is only small talk gets a short friendly
reply instead of a search of the articles (which could only say "the articles don't say"
and show an unrelated paragraph). Pure.

A message counts only when every word of it is small talk ("hi", "thanks a lot!", "ok,
bye"); anything that could be a question goes to the articles, without the small talk it
opens with (`without_small_talk`: "hello, what did Lee say?" is asked as "what did Lee say?").
"""

from __future__ import annotations

import re
from typing import Literal

SmallTalk = Literal["greeting", "thanks", "goodbye", "ok"]

# each kind's words and phrases; a message is small talk when it is made of them alone
_PHRASES: dict[SmallTalk, tuple[str, ...]] = {
    "greeting": (
        "hi", "hello", "hey", "hiya", "howdy", "yo", "greetings", "good morning", "good afternoon",
        "good evening", "good day", "morning", "evening", "there", "bot", "everyone", "all",
    ),
    "thanks": (
        "thanks", "thank you", "thank u", "thx", "ty", "cheers", "many thanks", "much appreciated",
        "appreciated", "a lot", "so much", "very much", "great", "helpful",
    ),
    "goodbye": ("bye", "goodbye", "good bye", "bye bye", "see you", "see ya", "later", "good night"),
    "ok": (
        "ok", "okay", "k", "kk", "cool", "nice", "got it", "i see", "alright", "all right", "fine", "sure",
    ),
}  # fmt: skip
# words that only go with others: "there" alone is no greeting, "a lot" no thanks
_COMPANIONS = frozenset(
    {"there", "bot", "everyone", "all", "later", "helpful", "a lot", "so much", "very much"}
)
_WORD = re.compile(r"[a-z']+")
MAX_WORDS = 6
# after small talk with no punctuation ("hey what …"), the words that open a question
_OPENERS = frozenset(
    "who whom whose what when where why how which did does do is are was were can could will would "
    "has have had tell and according".split()
)


def _phrase_at(words: list[str], i: int) -> tuple[str, SmallTalk] | None:
    """The longest small-talk phrase starting at word `i`, with its kind."""
    for n in (3, 2, 1):
        phrase = " ".join(words[i : i + n]) if i + n <= len(words) else ""
        kind = next((k for k, ps in _PHRASES.items() if phrase in ps), None)
        if kind is not None:
            return phrase, kind
    return None


def without_small_talk(text: str) -> str:
    """`text` without the greeting, thanks or "ok" it opens with, when a question follows.

    The question must be set apart by punctuation or open with a question word, so words
    that merely look like small talk stay ("Great Britain's role?", "Morning talks: who came?").

    >>> without_small_talk("Hello, what did Lee say?"), without_small_talk("hey bot what did Lee say?")
    ('what did Lee say?', 'what did Lee say?')
    >>> without_small_talk("Thanks! And who won?"), without_small_talk("Great Britain's role?")
    ('And who won?', "Great Britain's role?")
    """
    lowered = text.lower().replace("’", "'")
    if len(lowered) != len(text):  # a letter whose lower case is longer: offsets would not match
        return text
    matches = list(_WORD.finditer(lowered))
    words = [m[0] for m in matches]
    i = 0
    starts = False
    while i < len(words) and (found := _phrase_at(words, i)) is not None:
        starts = starts or found[0] not in _COMPANIONS
        i += len(found[0].split())
    if not starts or i == 0 or i >= len(words):
        return text
    gap = text[matches[i - 1].end() : matches[i].start()]
    if gap.strip() or words[i] in _OPENERS:
        return text[matches[i].start() :]
    return text


def small_talk(text: str) -> SmallTalk | None:
    """The kind of small talk `text` is, or None when it may be a question.

    >>> small_talk("Hi!"), small_talk("thanks a lot 🙏"), small_talk("OK, bye"), small_talk("got it")
    ('greeting', 'thanks', 'goodbye', 'ok')
    >>> small_talk("hi, who won?"), small_talk("thanks, and what did Lee say?"), small_talk("there")
    (None, None, None)
    >>> small_talk("Hello?"), small_talk("Lee?"), small_talk("fine print")
    ('greeting', None, None)
    """
    words = _WORD.findall(text.lower().replace("’", "'"))
    if not words or len(words) > MAX_WORDS:
        return None
    kinds: list[SmallTalk] = []
    starts = False
    i = 0
    while i < len(words):
        if (found := _phrase_at(words, i)) is None:
            return None
        phrase, kind = found
        kinds.append(kind)
        starts = starts or phrase not in _COMPANIONS
        i += len(phrase.split())
    if not starts:
        return None
    # what the message is for, the strongest kind first: "ok, bye" leaves, "hi, thanks" thanks
    for kind in ("goodbye", "thanks", "greeting", "ok"):
        if kind in kinds:
            return kind
    return None


# asking why after a reply that found nothing ("why not?", "but why?", "how come?")
_WHY = re.compile(
    r"^\W*(?:(?:but|and|so|ok|okay)\W+)?(?:why(?:\s+not)?|how\s+come|why\s+is\s+that|why\s+so)\W*$",
    re.IGNORECASE,
)


def asks_why(text: str) -> bool:
    """Whether `text` only asks why, with no subject of its own.

    >>> asks_why("why not?"), asks_why("But why??"), asks_why("how come"), asks_why("why did Lee resign?")
    (True, True, True, False)
    """
    return _WHY.match(text.strip()) is not None


SourceRequest = Literal["link", "paragraph"]
# a request for the source itself, made only of these words ("can you send me the link?",
# "show me the full paragraph"): no subject to search the articles for
_REQUEST_WORDS = frozenset(
    "can could would you pls plz please give send show share post provide get me us the a an to "
    "of for it its it's this that what's what is where i read see more original cited quoted from "
    "your answer article's story's source's link links url urls website webpage web page address "
    "paragraph paragraphs passage source sources full whole entire complete text".split()
)
_LINK_WORDS = frozenset("link links url urls website webpage address".split())
_PARAGRAPH_WORDS = frozenset("paragraph paragraphs passage source sources".split())


def asks_for_source(text: str) -> SourceRequest | None:
    """Whether `text` only asks for the source of an answer: its web link ("link"), which I
    don't have, or the paragraph it quotes ("paragraph"), which the answer's 📄 buttons show.

    >>> asks_for_source("can you give me the source link?"), asks_for_source("show me the full paragraph")
    ('link', 'paragraph')
    >>> asks_for_source("What's the source?"), asks_for_source("which source said the port closed?")
    ('paragraph', None)
    >>> asks_for_source("What did the paragraph about fees say?")
    """
    words = _WORD.findall(text.lower().replace("’", "'"))
    if not words or len(words) > 10 or not all(w in _REQUEST_WORDS for w in words):
        return None
    if _LINK_WORDS.intersection(words):
        return "link"
    return "paragraph" if _PARAGRAPH_WORDS.intersection(words) else None
