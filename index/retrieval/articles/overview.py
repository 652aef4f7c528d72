"""Questions about the articles as a whole: "what is this about?", "summarize the news",
"give me an overview". No paragraph answers them by its words (a search can only cite
something near and say the articles don't say), so they get each article's lede. Pure.

A question counts only when it is made of overview words alone: "summarize the talks" asks
about the talks, and goes to retrieval like any other question.
"""

from __future__ import annotations

import re

# the whole question, lower case, typographic apostrophes made plain, end punctuation gone
_OVERVIEW = re.compile(
    r"(?:(?:can|could|would)\s+you\s+|please\s+)?"
    r"(?:"
    # "what is this about?", "what are these articles about?", "what's the story?"
    r"what(?:'s|\s+is|\s+are)\s+(?:this|it|these|they|all\s+this)"
    r"(?:\s+(?:articles?|news|stor(?:y|ies)|documents?))?\s+(?:all\s+)?about"
    r"|what(?:'s|\s+is|\s+are)\s+the\s+(?:articles?|news|stor(?:y|ies)|documents?)(?:\s+(?:all\s+)?about)?"
    r"|what(?:'s|\s+is)\s+(?:the\s+)?(?:(?:latest|newest)(?:\s+news)?|news|new|happening|going\s+on|the\s+story)"
    # "what do the articles say/report/cover?"
    r"|what\s+do\s+(?:the|these|your)\s+(?:articles|stories|documents|sources)\s+(?:say|report|cover|tell\s+us)"
    # "summarize (the articles)", "give me a summary", "tl;dr"
    r"|(?:summari[sz]e|sum\s+up)(?:\s+(?:it|this|them|the\s+(?:articles?|news|stor(?:y|ies))|everything|for\s+me))*"
    r"|(?:give\s+me\s+|i\s+want\s+|send\s+me\s+)?(?:a\s+|an\s+|the\s+)?(?:summary|overview|recap|gist|headlines|rundown)"
    r"(?:\s+of\s+(?:it|this|them|the\s+(?:articles?|news|stor(?:y|ies))))?"
    r"|tl;?dr|(?:the\s+)?(?:latest\s+)?news|headlines|any\s+(?:news|updates?)|(?:the\s+)?latest"
    r"|what\s+(?:happened|do\s+you\s+know|can\s+you\s+tell\s+me)"
    r"|tell\s+me\s+(?:more|the\s+news|about\s+(?:it|this|them|the\s+(?:articles?|news|stor(?:y|ies))))"
    r")"
    r"(?:\s+please)?"
)
# asked with nothing before it, these ask about the articles; after an answer they follow it
# up ("tell me more", "what is it about?", "what happened?")
_FOLLOWING = re.compile(r"\b(?:it|they|them|more|happened)\b")


def bare_question(question: str) -> str:
    """`question` as the whole-question patterns here and in `continuation` read it: lower
    case, typographic apostrophes plain, commas and runs of spaces one space, no end
    punctuation.

    >>> bare_question("OK,  tell me more…?")
    'ok tell me more'
    """
    text = re.sub(r"[\s,]+", " ", question.lower().replace("’", "'")).strip()
    return re.sub(r"[\s?.!…]+$", "", text)


def asks_overview(question: str, follows_up: bool = False) -> bool:
    """Whether `question` asks what the articles are about as a whole. With `follows_up`
    (there was an earlier answer in the chat), "tell me more", "what is it about?" and
    "what happened?" continue it instead.

    >>> asks_overview("What is this about?"), asks_overview("Summarize the articles."), asks_overview("tl;dr")
    (True, True, True)
    >>> asks_overview("Give me an overview, please"), asks_overview("What's the news?")
    (True, True)
    >>> asks_overview("What's the latest news?"), asks_overview("any updates?"), asks_overview("latest")
    (True, True, True)
    >>> asks_overview("What's the latest on the talks?")
    False
    >>> asks_overview("Summarize the talks"), asks_overview("What happened in Oman?")
    (False, False)
    >>> asks_overview("What is it?"), asks_overview("What is this?")
    (False, False)
    >>> asks_overview("Tell me more"), asks_overview("Tell me more", follows_up=True)
    (True, False)
    >>> asks_overview("What is it about?", follows_up=True), asks_overview("Summarize it", follows_up=True)
    (False, False)
    """
    text = bare_question(question)
    match = _OVERVIEW.fullmatch(text)
    if match is None:
        return False
    return not (follows_up and _FOLLOWING.search(text))


_DETERMINED = r"(?:the|this|these|those|both|each|your)\s+(?:two\s+)?"
_ARTICLES = _DETERMINED + r"(?:articles?|stor(?:y|ies)|pieces?|reports?|news)\b"
# "which outlet published the article about …?", "who wrote these stories?", "where is this
# article from?": asked of the articles, not of what they report
_SOURCES = re.compile(
    r"^(?:(?:which|what)\s+(?:outlets?|news\s+(?:agenc(?:y|ies)|outlets?|sites?|organi[sz]ations?)|newspapers?|"
    r"publications?|media(?:\s+outlets?)?|papers?|websites?)\s+(?:published|wrote|reported|ran|put\s+out|"
    r"(?:is|are|was|were)\s+behind)\s+" + _ARTICLES + r"(?:\s+(?:about|on)\b.*)?"
    r"|who\s+(?:published|wrote|authored|is\s+behind|are\s+behind)\s+"
    + _ARTICLES
    + r"(?:\s+(?:about|on)\b.*)?"
    r"|where\s+(?:is|are|was|were|does|do|did)\s+"
    + _ARTICLES
    + r"(?:\s+(?:about|on)\b.*?)?\s+(?:come\s+)?from"
    r"|(?:what|which)\s+(?:are|is)\s+the\s+(?:outlets?|publishers?)(?:\s+of\s+" + _ARTICLES + r")?)$"
)


# "what articles do you have?", "how many articles are there?", "list your sources": asked of
# the collection the bot reads, which no paragraph describes
_HELD = r"(?:articles?|stor(?:y|ies)|documents?|sources?|news\s+(?:articles?|stories))"
_COLLECTION = re.compile(
    r"^(?:(?:what|which)\s+" + _HELD + r"\s+(?:do|did|have|can)\s+you\s+(?:have|know|read|use|cover|got)"
    r"(?:\s+(?:read|indexed|loaded))?"
    r"|(?:what|which)\s+" + _HELD + r"\s+(?:are|were)\s+(?:there|indexed|loaded|available|you\s+using)"
    r"|how\s+many\s+" + _HELD + r"\s+(?:are\s+there|do\s+you\s+have|have\s+you\s+(?:got|read)|"
    r"(?:are|were)\s+(?:indexed|loaded|available))"
    r"|(?:what|which)\s+(?:are|is)\s+your\s+"
    + _HELD
    + r"|(?:list|show(?:\s+me)?)\s+(?:the|your|all)\s+(?:the\s+)?"
    + _HELD
    + r")$"
)


def asks_sources(question: str) -> bool:
    """Whether `question` asks who published the articles, or which articles the bot reads:
    the list of articles, each with its outlet, answers it (a paragraph never says either).

    >>> asks_sources("Which outlet published the article about the meeting?")
    True
    >>> asks_sources("Who wrote these articles?"), asks_sources("Where is this story from?")
    (True, True)
    >>> asks_sources("What articles do you have?"), asks_sources("How many articles are there?")
    (True, True)
    >>> asks_sources("What are your sources?"), asks_sources("list the articles")
    (True, True)
    >>> asks_sources("Who wrote the poem The Raven?"), asks_sources("Which newspaper broke the story?")
    (False, False)
    >>> asks_sources("How many articles did the law have?"), asks_sources("What sources did the FBI use?")
    (False, False)
    """
    text = bare_question(question)
    return _SOURCES.match(text) is not None or _COLLECTION.match(text) is not None


# "who wrote this article?", "who is the author?", "when was the story published?": asked of
# what the bot does not hold (an article comes with its title and outlet, not its byline or
# date); the list of articles answers with what it has, and says what it lacks
# not "the report": one it cites; "the AFP article" names it by a word or two
_PIECE = _DETERMINED + r"(?:[\w'-]+\s+){0,2}?(?:articles?|stor(?:y|ies)|pieces?|news)\b"
_BYLINE = (
    (
        "author",
        re.compile(
            r"^(?:who\s+(?:wrote|authored|penned)\s+(?:" + _PIECE + r".*|it|this|that|them)"
            r"|who(?:'s|\s+is|\s+are|\s+was|\s+were)\s+the\s+(?:authors?|writers?|reporters?|journalists?)"
            r"(?:\s+of\s+" + _PIECE + r".*)?"
            r"|(?:what\s+is|what's|what\s+are)\s+the\s+(?:authors?|writers?|reporters?)(?:'s|s')?\s+names?"
            r"(?:\s+of\s+" + _PIECE + r".*)?)$"
        ),
    ),
    (
        "date",
        re.compile(
            r"^(?:when\s+was\s+(?:it|this|that)\s+(?:first\s+)?(?:published|written|posted|released)"
            r"|when\s+(?:was|were|did)\s+" + _PIECE + r"(?:\s+(?:about|on)\b.*?)?\s+"
            r"(?:(?:first\s+)?(?:published|written|posted|released|come\s+out|came\s+out|run|appear))"
            r"|(?:what|which)\s+(?:date|day)\s+(?:was|were)\s+"
            + _PIECE
            + r".*?\s+(?:published|written|posted)"
            r"|(?:what\s+is|what's)\s+the\s+(?:publication|publishing|release)\s+date(?:\s+of\s+"
            + _PIECE
            + r".*)?"
            r"|how\s+(?:old|recent)\s+(?:is|are)\s+"
            + _PIECE
            # "which article is newer?", "which story came out first?": their order is a date
            + r"|(?:which|what)\s+(?:articles?|stor(?:y|ies)|pieces?)\s+(?:is|was|came\s+out|appeared)\s+"
            r"(?:the\s+)?(?:newer|older|newest|oldest|latest|earliest|(?:more|most)\s+recent|first|last)"
            r"(?:\s+of\s+(?:the\s+)?(?:two|them|all))?)$"
        ),
    ),
)


def asks_byline(question: str) -> str | None:
    """ "author" or "date" when `question` asks who wrote the articles or when they came out,
    which the bot does not know (it holds each article's title and outlet), else None.

    >>> asks_byline("Who wrote this article?"), asks_byline("who is the author")
    ('author', 'author')
    >>> asks_byline("When was the story published?"), asks_byline("What's the publication date?")
    ('date', 'date')
    >>> asks_byline("how old are these articles"), asks_byline("When did the story about the port come out?")
    ('date', 'date')
    >>> asks_byline("who wrote it?"), asks_byline("Which article is newer?")
    ('author', 'date')
    >>> asks_byline("Who wrote the AFP article?"), asks_byline("when was it published?")
    ('author', 'date')
    >>> asks_byline("Who wrote the letter?"), asks_byline("When was the report published?")
    (None, None)
    >>> asks_byline("When was the ceasefire announced?"), asks_byline("Who is the author of the bill?")
    (None, None)
    """
    text = bare_question(question)
    for asked, pattern in _BYLINE:
        if pattern.match(text):
            return asked
    return None
