"""What a message asks, beyond its words: links, a quote-reply's "this", a forwarded claim. Pure.

- A link is not something I can open: `without_links` drops it, and `about_link_only` says
  whether what is left only asks about the link ("what does it say?", "summarise this").
- A reply that quotes part of a message (Telegram's quote-reply), or replies to a user's own
  pasted text, asks about those words: `with_quoted` puts them in place of "this" / "that" /
  "it" ("who said this?" → "who said “caused severe damage”?").
- A forwarded message is someone else's words, not a question to me, unless it reads as one
  (`reads_as_question`): it is checked as a quotation, as /quote would, without a channel's
  kicker ("BREAKING:", `without_kicker`).
- A message may mix a sentence in another script with an English question ("Что сказал
  Трамп? And what did Lee say?"): `english_part` keeps the English sentences to be asked and
  says which were left out.

    >>> with_quoted("Who said this?", "the talks will go on [AFP ¶3]")
    'Who said “the talks will go on”?'
"""

from __future__ import annotations

import re

from index import is_foreign

# a link never ends on the punctuation after it ("(see example.org/x)." keeps ")." outside)
_LINK_END = r"[^\s<>\".,;:!?)\]}'»]"
_SCHEME_OR_WWW = rf"(?:https?://|www\.)(?:[^\s<>\"]*{_LINK_END})?"
_DOMAIN_PATH = rf"(?<![@\w.])(?:[a-z0-9-]+\.)+[a-z]{{2,}}/(?:[^\s<>\"]*{_LINK_END})?"
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
# a label that only introduces the link ("Read more: https://…") goes with it
_LINK_LABEL = r"(?:\b(?:read more|more|see|source|link|via|full story|details)\s*[:\-–—]?\s*)?"
_LINK = re.compile(rf"{_LINK_LABEL}(?:{_SCHEME_OR_WWW}|{_DOMAIN_PATH})", re.IGNORECASE)
# a news channel's kicker before a post ("BREAKING: …"), which is no speaker of what follows
_KICKER = re.compile(
    r"^\W*(?:breaking(?: news)?|just in|update[ds]?|developing|exclusive|alert|flash|live|watch|urgent)"
    r"\s*[:|\-–—]+\s*",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?", re.IGNORECASE)
# words that, beside a link, only ask about the link itself: nothing to search the articles for
_ABOUT_LINK = frozenset(
    """a an the this that it its these those here there link url page site article story piece post
    news report what's whats what does do did is are was can could would will you me us please pls
    say says said tell read open check summarise summarize summary sum up tldr tl dr about of in on
    for from to and or at look see give explain true real fake fact legit any thoughts think
    more ok okay hi hello hey thanks thank""".split()
)
# what "who said this?" points at, most pointing first ("is it true that Lee said this?")
_DEICTICS = tuple(
    re.compile(rf"\b(?:{words})\b(?!['’])", re.IGNORECASE) for words in ("this|these", "that|those", "it")
)
_SAY_LAST = re.compile(r"\b(?:said|say|says|wrote|write|writes)\s*(?P<end>[?.!]*)\s*$", re.IGNORECASE)
_CITATION = re.compile(r"\s*\[[^\[\]]*¶\s*\d+[^\[\]]*\]")
_DOUBLE_MARKS = re.compile('["“”„«»]')
_QUESTION_OPENERS = frozenset(
    "who whom whose what when where why how which did does do is are was were can could will would "
    "should has have had according".split()
)
MAX_QUOTED = 600  # a longer selection is more than a quotation: asked about as it stands
# what a second question of one message may open with besides a question word ("… ? And Lee?")
_NEXT_OPENERS = _QUESTION_OPENERS | frozenset(
    "and what's who's where's when's how's isn't wasn't didn't doesn't aren't weren't".split()
)
_QUESTION_BREAK = re.compile(r"\?+(?=\s)")
_SENTENCE_BREAK = re.compile(r"[.?!…]+(?=\s)|\n")
_QUOTED = re.compile(r"[\"“„«][^\"“”„«»]*[\"”»]")
# "Is it true? Did Lee say …?": a lead-in asking only whether what follows is so
_LEAD_IN = re.compile(
    r"^(?:is|was|isn't|wasn't)\s+(?:it|this|that)\s+(?:really\s+)?(?:true|right|correct|so|accurate)\?+$",
    re.IGNORECASE,
)


def without_links(text: str) -> tuple[str, bool]:
    """`text` with its links removed (spacing tidied), and whether it held any.

    >>> without_links("https://example.com/a/b who said it?")
    ('who said it?', True)
    >>> without_links("The U.S. said no.")
    ('The U.S. said no.', False)
    """
    stripped, count = _LINK.subn(" ", text)
    if not count:
        return text, False
    tidy = " ".join(_EMPTY_BRACKETS.sub(" ", stripped).split())
    return re.sub(r"\s+([.,;:!?])", r"\1", tidy), True


def about_link_only(rest: str) -> bool:
    """Whether the words left beside a link only ask about it (or there are none).

    >>> about_link_only("what does this article say?"), about_link_only("who won the vote?")
    (True, False)
    """
    return all(w.casefold().replace("’", "'") in _ABOUT_LINK for w in _WORD.findall(rest))


def quoted_words(text: str) -> str | None:
    """The words a reply quotes, tidied for a question: citations (`[AFP ¶3]`) and double
    quotation marks dropped; None when nothing is left or it is too long to be a quotation."""
    words = " ".join(_DOUBLE_MARKS.sub("", _CITATION.sub("", text)).split()).strip(" ,;:")
    if not any(ch.isalnum() for ch in words) or len(words) > MAX_QUOTED:
        return None
    return words


def with_quoted(question: str, quoted: str | None) -> str:
    """The question with the quoted words in place of "this" / "that" / "it", or after a final
    "said" ("who said?"); unchanged when it points at nothing ("tell me more").

    >>> with_quoted("is that true?", "Iran rejected the offer")
    'is “Iran rejected the offer” true?'
    >>> with_quoted("who said?", "we will not yield"), with_quoted("tell me more", "we will not yield")
    ('who said “we will not yield”?', 'tell me more')
    """
    words = quoted_words(quoted) if quoted else None
    if words is None:
        return question
    marked = f"“{words}”"
    for deictic in _DEICTICS:
        if deictic.search(question):
            return deictic.sub(lambda _: marked, question, count=1)
    if (say := _SAY_LAST.search(question)) is not None:
        return f"{question[: say.start('end')].rstrip()} {marked}{say['end']}"
    return question


def without_kicker(text: str) -> str:
    """A forwarded post without the kicker it opens with (read as a speaker "BREAKING" otherwise).

    >>> without_kicker("BREAKING: Lee says the port will close"), without_kicker("Lee: the port will close")
    ('Lee says the port will close', 'Lee: the port will close')
    """
    return _KICKER.sub("", text, count=1)


def reads_as_question(text: str) -> bool:
    """Whether a message reads as a question rather than a statement or a claim.

    >>> reads_as_question("What did Lee say?"), reads_as_question("Lee said the port will close")
    (True, False)
    >>> reads_as_question("Did the port close"), reads_as_question("The port will close, Lee says.")
    (True, False)
    """
    stripped = text.strip()
    if stripped.endswith("?"):
        return True
    first = _WORD.search(stripped)
    return first is not None and first[0].casefold() in _QUESTION_OPENERS


def questions(text: str) -> list[str]:
    """The questions a message asks one after another, to be answered each on its own; the
    whole text when it asks one, or when a part does not read as a question of its own (a
    "?" inside quotation marks, "Really? What did Lee say?", a statement after the question).

    >>> questions("When did the port close? Who runs it now?")
    ['When did the port close?', 'Who runs it now?']
    >>> questions("What did Lee say? And Marsh?"), questions("Really? What did Lee say?")
    (['What did Lee say?', 'And Marsh?'], ['Really? What did Lee say?'])
    >>> questions("Who said “is it over? not yet”?"), questions("Is it true? Did Lee say no?")
    (['Who said “is it over? not yet”?'], ['Is it true? Did Lee say no?'])
    """
    parts, start = [], 0
    for mark in _QUESTION_BREAK.finditer(text):
        if len(_DOUBLE_MARKS.findall(text, start, mark.end())) % 2 == 0:  # not inside a quotation
            parts.append(text[start : mark.end()].strip())
            start = mark.end()
    parts.append(text[start:].strip())
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return _joined_questions(text) if parts else [text]
    if not all(p.endswith("?") and _opens_a_question(p) for p in parts):
        return [text]
    if _LEAD_IN.match(parts[0].replace("’", "'")):
        return [text]
    return parts


# "What did Lee say and what did Ott say?": a second question joined by "and", as whole as the
# first (a question word and its verb), not "who met whom and when?"
_AND_QUESTION = re.compile(
    r",?\s+and\s+(?=(?:what|who|when|where|why|how|which)\s+(?:did|does|do|is|are|was|were|will|has|"
    r"have|had|can|could|would|should)\b)",
    re.IGNORECASE,
)


def _joined_questions(text: str) -> list[str]:
    """One question, or two joined by "and" (each then ending in "?"), outside quotation marks.

    >>> _joined_questions("What did Lee say and what did Ott say?")
    ['What did Lee say?', 'What did Ott say?']
    >>> _joined_questions("Who met whom and when?"), _joined_questions("Who said “go and what is left”?")
    (['Who met whom and when?'], ['Who said “go and what is left”?'])
    """
    join = _AND_QUESTION.search(text)
    if (
        join is None
        or not text.rstrip().endswith("?")
        or len(_DOUBLE_MARKS.findall(text, 0, join.start())) % 2
    ):
        return [text]
    first, second = text[: join.start()].strip(), text[join.end() :].strip()
    if not _opens_a_question(first) or first.casefold().startswith("and "):
        return [text]
    return [f"{first.rstrip(',;')}?", second[0].upper() + second[1:]]


def _opens_a_question(text: str) -> bool:
    first = _WORD.search(text)
    return first is not None and first[0].casefold().replace("’", "'") in _NEXT_OPENERS


def english_part(text: str) -> tuple[str, list[str]]:
    """The sentences of `text` in English, and those in another script left out, when it mixes
    the two; else `text` as it is and nothing left out (a message all in another language is
    refused as a whole; a name or a quotation in another script inside an English sentence
    stays, as the question check reads it: "What did Нетаньяху say?").

    >>> english_part("Что сказал мэр? And what did Lee say?")
    ('And what did Lee say?', ['Что сказал мэр?'])
    >>> english_part("Who said «мы победим»? Was it Lee?")
    ('Who said «мы победим»? Was it Lee?', [])
    >>> english_part("What did Lee say? And Берг?")  # one word in another script may be a name
    ('What did Lee say? And Берг?', [])
    """
    parts, start = [], 0
    for mark in _SENTENCE_BREAK.finditer(text):
        if len(_DOUBLE_MARKS.findall(text, start, mark.end())) % 2 == 0:  # not inside a quotation
            parts.append(text[start : mark.end()].strip())
            start = mark.end()
    parts = [p for p in [*parts, text[start:].strip()] if p]
    foreign = [p for p in parts if _in_another_language(_QUOTED.sub(" ", p))]
    english = [p for p in parts if p not in foreign and any(ch.isalpha() for ch in p)]
    if not foreign or not english:
        return text, []
    return " ".join(p for p in parts if p not in foreign), foreign


def _in_another_language(sentence: str) -> bool:
    """Mostly in another script, in two words or more ("And Берг?" may ask about a name)."""
    words = [w for w in sentence.split() if any(ch.isalpha() for ch in w) and is_foreign(w)]
    return len(words) >= 2 and is_foreign(sentence)


_NAME_LIST = re.compile(r"\s*(?:[,;&+/]|\band\b|\bor\b)\s*", re.IGNORECASE)


def listed_names(text: str) -> list[str]:
    """The speakers a /quotes argument may list: parts joined by "and", a comma, "&" or "/",
    or capitalised words side by side ("Lee Ott", which may as well be one person: the caller
    asks for the whole first). One part: the text as it is.

    >>> listed_names("Lee and Ott"), listed_names("Lee, Ott & the mayor"), listed_names("Lee Ott")
    (['Lee', 'Ott'], ['Lee', 'Ott', 'the mayor'], ['Lee', 'Ott'])
    >>> listed_names("the harbour master"), listed_names("Ana")
    (['the harbour master'], ['Ana'])
    """
    parts = [p for p in _NAME_LIST.split(text.strip()) if p]
    if len(parts) == 1 and all(w[:1].isupper() for w in text.split()):
        parts = text.split()
    return parts or [text]


# "is this accurate?", "is that quote true?", "fact-check this": a reply asking to check the
# words it replies to, as /quote would, not to search the articles for "accurate"
_CHECK_REQUEST = re.compile(
    r"^\W*(?:(?:is|was)\s+(?:this|that|it)(?:\s+(?:quote|quotation|claim|statement))?"
    r"\s+(?:really\s+)?(?:accurate|true|correct|right|real|genuine|exact|legit)"
    r"|(?:please\s+)?(?:fact[\s-]?)?check\s+(?:this|that|it)(?:\s+(?:quote|quotation|claim|statement))?)"
    r"\W*$",
    re.IGNORECASE,
)


def asks_to_check(text: str) -> bool:
    """Whether a reply only asks whether the words it replies to are right.

    >>> asks_to_check("is this quote accurate?"), asks_to_check("Fact-check this")
    (True, True)
    >>> asks_to_check("is this what Lee said about the port?"), asks_to_check("who said this?")
    (False, False)
    """
    return _CHECK_REQUEST.match(text.strip()) is not None
