"""Greetings, thanks and goodbyes: a message that is only small talk gets a short friendly
reply instead of a search of the articles (which could only say "the articles don't say"
and show an unrelated paragraph). Pure.

A message counts only when every word of it is small talk ("hi", "thanks a lot!", "ok,
bye"); anything that could be a question goes to the articles ("hi, who won?").
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
        for n in (3, 2, 1):
            phrase = " ".join(words[i : i + n]) if i + n <= len(words) else ""
            kind = next((k for k, ps in _PHRASES.items() if phrase in ps), None)
            if kind is not None:
                kinds.append(kind)
                starts = starts or phrase not in _COMPANIONS
                i += n
                break
        else:
            return None
    if not starts:
        return None
    # what the message is for, the strongest kind first: "ok, bye" leaves, "hi, thanks" thanks
    for kind in ("goodbye", "thanks", "greeting", "ok"):
        if kind in kinds:
            return kind
    return None
