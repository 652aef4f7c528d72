"""Quoted names rather than quoted words: titles, labels, headlines, nicknames, subheads.

A span found by `marks.find_quote_spans` can hold the name of a work (``on “Meet the
Press”``, ``his book “The Long Road”``), a name before the thing it labels (``a “Vote Kell”
T-shirt``), a headline cited with its byline, a nickname between a first name and a surname,
or a subhead in capitals. `extract` and `quote_cue` ask these predicates before they give
such a span a speaker; `names_no_one` gathers those for a sentence without a cue, with a
survey's answer (`surveys`).

>>> t = 'He said on “Good Morning America” that “we will win.”'
>>> [is_title(t, s) for s in find_quote_spans(t)]
[True, False]
"""

from __future__ import annotations

import re

from .marks import QuoteSpan, find_quote_spans  # noqa: F401 (the examples below use it)
from .scare import in_writers_question
from .surveys import survey_answer

# Words a title may leave lowercase (``Salt is the New Gold``, ``Two by Two``).
_SMALL_WORDS = frozenset("of the a an and in on for with to at & de la vs is are or by from as".split())
# A work's kind before its name: one capitalised word is enough (``the documentary “Tides”``).
_WORK = (
    r"series|program|programme|podcast|book|memoir|novel|film|movie|documentary|drama|"
    r"sitcom|thriller|musical|play|song|anthem|album|column|episode|concert|poem|ad|"
    # "show" as a noun, not the verb of ``polls show “…”``
    r"(?:the|a|an|his|her|their|its|radio|TV|television|talk|game|reality|weekly|daily|new|\S+['’]s)\s+show"
)
_WORK_BEFORE = re.compile(rf"\b(?:{_WORK}),?\s*$", re.IGNORECASE)
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:on|of|in|to|at|from|with|by|about|told|titled|entitled|host|hosts|show|book|film|movie|series|"
    r"program|programme|column|op-ed|headline|edits|edited|anchors|anchored|co-hosts|co-hosted|directs|"
    r"directed|narrates|narrated)|['’]s)\s*$",
    re.IGNORECASE,
)
# A part of a series before its name: ``season four of “…”``, ``episode 3 of “…”``.
_PART_OF = re.compile(
    r"\b(?i:season|episode|volume|chapter)\s+(?:\d+|[a-z]+)\s+of\s*$",
)
# What a name in quote marks labels when a noun follows it: a work, its cast, an event, an item
# (``the “Northern Lights” star``, ``a “Vote Kell” T-shirt``, ``the “Fair Wages” rally``), also
# a campaign's or a yard's item (``“Kell 2024” campaign pins``); the noun in any case, as a
# title-case heading has it (``“Northern Lights” Star Recalls …``).
_LABELLED = re.compile(
    r"[”\"’]?\s*(?:TV\s+|(?:campaign|yard|lawn|bumper)\s+(?=[a-zT]))?(?i:star|stars|actress|actor|show|series|movie|film|reboot|episode|podcast|"
    r"broadcast|ad|shirts?|T-shirts?|hats?|caps?|signs?|placards?|buttons?|stickers?|pins?|mugs?|"
    r"tote|theme|song|rally|summit|reception|brunch|trailers?|sketch|segment|pageant|barbecue|letters?|festival|gala|"
    r"parade|fundraiser|contest|ceremony)\b"
)


def _capitalised(span: QuoteSpan, least: int, ends: str = "!?,") -> bool:
    """At least `least` words, each capitalised (or a small word), not ending in one of `ends`."""
    words = re.findall(r"[\w’'&-]+", span.text)
    if len(words) < least or span.text.rstrip()[-1:] in ends:
        return False
    return words[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words
    )


def is_title(text: str, span: QuoteSpan) -> bool:
    """Two or more capitalised words after a preposition or a possessive, or one after the
    kind of work it names: a title.

    ``on “Meet the Press”``, ``CNN’s “State of the Union”``, ``his book “The Long Road”``,
    ``the podcast “Tidewater”``, ``season two of “Tides”``, ``she edits “Harbour Notes”``.
    After its kind, a title may end in ``!`` or ``?`` (``the
    movie “Tides: Not Again!”``); after a preposition such a span may be a shout.

    >>> t = 'He said on “Good Morning America” that “we will win.”'
    >>> [is_title(t, s) for s in find_quote_spans(t)]
    [True, False]
    >>> t = 'She acted in the movie “Tides: Not Again!” and shouted on “Stop Now!”'
    >>> [is_title(t, s) for s in find_quote_spans(t)]
    [True, False]
    """
    before = text[: span.outer_start]
    if _capitalised(span, 1, ",") and (_WORK_BEFORE.search(before) or _PART_OF.search(before)):
        return True
    return _capitalised(span, 2) and bool(_TITLE_BEFORE.search(before))


# A work named in an adjunct: a preposition, at most four words, then its kind (``in her memoir,
# “…”``, ``on the TV show “…”``, ``in Ana Roe's book “…”``).
_IN_WORK = re.compile(rf"\b(?i:in|on|from)\s+(?:[\w’'.-]+\s+){{0,4}}?(?:{_WORK}),?\s*$")


def in_named_work(text: str, span: QuoteSpan) -> bool:
    """A title after the kind of work it names, inside a prepositional phrase: the place of
    the words, whatever the sentence's cue reports.

    >>> t = '“We won,” she wrote in her memoir, “Long Road.”'
    >>> [in_named_work(t, s) for s in find_quote_spans(t)]
    [False, True]
    """
    return is_title(text, span) and bool(_IN_WORK.search(text, 0, span.outer_start))


# A part played in a work, then at most three words naming its kind or owner (``starred in
# the HBO drama “…”``, ``star of television’s “…”``); never a clause (``appeared in court
# and said “…”``).
_CAST_IN = re.compile(
    r"\b(?i:star(?:red|s|ring)?\s+(?:of|in)|starring|acted\s+in|appeared\s+in|appears\s+in)\s+"
    r"(?:(?:the|a|an|his|her|their|its|this|TV|television|hit|cult|classic|new|latest|popular|comedy|"
    rf"sequel|reboot|{_WORK}|[A-Z][\w.&-]*|\S+['’]s?)\s+){{0,3}}$",
)
# A work's kind after its name: ``“Tides,” a film about …``, ``“Tides” is an HBO drama``.
_KIND_AFTER = re.compile(
    r"[,.]?[”\"’]?,?\s+(?:(?:is|was)\s+)?an?\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:series|program|programme|podcast|book|memoir|novel|film|movie|documentary|drama|sitcom|"
    r"thriller|musical|play|show|song|album|column|episode|poem)\b"
)
# What a reader is told to click: a button's label, whatever its case (``click “sign up”``).
_CLICK = re.compile(r"\b(?i:click|clicking|clicks|tap|tapping)\s+(?:on\s+)?(?:the\s+)?$")


def labels_thing(text: str, span: QuoteSpan) -> bool:
    """Capitalised words in quote marks right before the noun they name (a work, a star of
    it, an event or an item printed with them), after a part played in them (``starred in
    “…”``) or before the kind of work they name (``“Low Tide,” a film about …``), not what
    someone said; and a button's label after ``click`` (``click “sign up”``), whatever its case.

    >>> t = '“Harbour Lights” star Ana Roe wore a “Vote Kell” T-shirt and said “we will win.”'
    >>> [labels_thing(t, s) for s in find_quote_spans(t)]
    [True, True, False]
    >>> t = 'Roe, who starred in the drama “Low Tide,” said “we will win.”'
    >>> [labels_thing(t, s) for s in find_quote_spans(t)]
    [True, False]
    >>> t = '“Low Tide” is an HBO drama. To join, click “sign up.” Roe said “it airs today.”'
    >>> [labels_thing(t, s) for s in find_quote_spans(t)]
    [True, True, False]
    """
    if len(span.text.split()) <= 4 and _CLICK.search(text, 0, span.outer_start):
        return True
    if not _capitalised(span, 1):
        return False
    return bool(
        _LABELLED.match(text, span.end)
        or _KIND_AFTER.match(text, span.end)
        or _CAST_IN.search(text, 0, span.outer_start)
    )


# What may join two titles of one list: a comma, "and", "or", "&".
_JOINED = re.compile(r"[\s,]*(?:(?:and|or|&)\s+)?")


def follows_title(text: str, span: QuoteSpan, titles: list[QuoteSpan]) -> bool:
    """Capitalised words in quote marks joined by a comma, ``and`` or ``or`` to one of
    `titles` (spans already read as titles or labels) just before them: the next title of
    the same list, whatever the predicates above say of it alone.

    >>> t = 'Roe, who starred in “Low Tide” and “High Noon,” said “we will win.”'
    >>> first, second, third = find_quote_spans(t)
    >>> labels_thing(t, first), labels_thing(t, second)
    (True, False)
    >>> follows_title(t, second, [first]), follows_title(t, third, [first, second])
    (True, False)
    """
    return _capitalised(span, 1) and any(
        t.closed
        and t.outer_end <= span.outer_start
        and _JOINED.fullmatch(text, t.outer_end, span.outer_start)
        for t in titles
    )


_BYLINE = re.compile(r"[\s,]*[”\"’]?,?\s+by\s+(?:the\s+)?[A-Z]")


def is_headline(text: str, span: QuoteSpan) -> bool:
    """A headline cited with its byline (``—“Port to reopen in May,” by Harbour Post’s Ana
    Roe:``): the title of an article, also when it opens with a quoted title (``“‘Tides’ to
    open …”``).

    >>> t = 'NEWS—“Port to reopen in May,” by Harbour Post’s Ana Roe: “The port will reopen.”'
    >>> [is_headline(t, s) for s in find_quote_spans(t)]
    [True, False]
    >>> t = '—“‘Tides’ to open in May,” by Harbour Post’s Ana Roe: “The play opens.”'
    >>> [is_headline(t, s) for s in find_quote_spans(t)]
    [True, False]
    """
    return span.text.lstrip("‘'")[:1].isupper() and bool(_BYLINE.match(text, span.end))


def is_caps_line(text: str) -> bool:
    """A paragraph in capitals only, two words or more: a subhead or a newsletter heading
    (``3. FOR HARBOUR PILOTS ‘THE TIDE IS TURNING’``, ``“SLOW, COSTLY AND LATE”``); the
    words it quotes are a headline's, not a speaker's.

    >>> is_caps_line("“SLOW, COSTLY AND LATE”"), is_caps_line("“WE WON!” Roe wrote.")
    (True, False)
    """
    return not any(ch.islower() for ch in text) and len(re.findall(r"[A-Z]{2,}", text)) >= 2


def is_nickname(text: str, span: QuoteSpan) -> bool:
    """One capitalised word between a first name and a surname (``Joseph “Joe” Barra``), in
    running text (a lowercase word near it), not a headline in title case.

    >>> t = 'The mayor, Joseph “Joe” Barra, said “Rest” was needed.'
    >>> [is_nickname(t, s) for s in find_quote_spans(t)]
    [True, False]
    """
    if not re.fullmatch(r"[A-Z][\w’'.-]*", span.text):
        return False
    before = text[: span.outer_start].split()[-4:]
    after = text[span.outer_end :].split()[:4]
    if (
        not before
        or not after
        or not re.match(r"[A-Z][\w.]", before[-1])
        or not re.match(r"[A-Z]\w", after[0])
    ):
        return False
    return any(w[:1].islower() for w in before + after)


# A quotation, then the language it is in and "for": the gloss that follows translates it.
_GLOSS_BEFORE = re.compile(
    r"[”\"’],?\s+(?:(?:[A-Z][a-z]+(?:ish|ese|ian|an|ic|ch)|Latin|Greek|Hebrew|Yiddish|Farsi|Hindi|Urdu|Swahili)"
    r"\s+for|(?:which|that)\s+(?:roughly\s+)?(?:means|translates\s+(?:as|to)))\s*,?\s*$"
)


def is_gloss(text: str, span: QuoteSpan) -> bool:
    """A translation of the quotation right before it (``“Carpe diem,” Latin for “seize the
    day”``): the writer's gloss, not anyone's words.

    >>> t = 'The sign said “Carpe diem,” Latin for “seize the day.”'
    >>> [is_gloss(t, s) for s in find_quote_spans(t)]
    [False, True]
    """
    return bool(_GLOSS_BEFORE.search(text, 0, span.outer_start))


def names_no_one(text: str, span: QuoteSpan, lo: int, hi: int) -> bool:
    """In the sentence `text[lo:hi]`, which has no cue: a title, a headline, a nickname, a
    survey's answer (`surveys.survey_answer`), a translation's gloss or a short term in the
    writer's own question (`scare.in_writers_question`), no one's words."""
    return (
        is_title(text, span)
        or is_gloss(text, span)
        or in_writers_question(text, span, lo, hi)
        or is_headline(text, span)
        or is_nickname(text, span)
        or survey_answer(text, lo, hi, span)
        or is_dated(text, span)
        or is_listed_word(text, span)
    )


# Words named as words, in a list: ``search terms such as “port,” “tide” and “pilot”``.
_AS_WORDS = re.compile(
    r"\b(?:words?|terms?|phrases?|keywords?)\s+(?:such\s+as|like|including)\s+"
    r"(?:[“\"][^”\"]{1,40}[”\"]\s*,?\s*(?:(?:and|or)\s+)?)*[“\"]$",
    re.IGNORECASE,
)


def is_listed_word(text: str, span: QuoteSpan) -> bool:
    """A word or phrase listed as an example of words (``terms such as “tide,” “pilot”``),
    in a sentence with no cue: the words are named, not said by anyone.

    >>> t = 'Clerks searched for terms such as “tide,” “pilot” and “harbour fees.”'
    >>> [is_listed_word(t, s) for s in find_quote_spans(t)]
    [True, True, True]
    """
    return bool(_AS_WORDS.search(text, 0, span.outer_start + 1))


# A year in brackets right after the closing mark, alone or closing a short note
# (``“…” (2005)``, ``“…” (Harbour election poster 2003)``), the note a name, not a clause.
_DATED = re.compile(r"[.,!?]?[”\"’]?[.,]?\s*\((?:[A-Z][^()]{0,40}[\s,])?(?:1[89]|20)\d\d\)")


def is_dated(text: str, span: QuoteSpan) -> bool:
    """Quoted words dated by a year in brackets right after them: a poster, an ad or a work
    cited with its year (``“Yes to the harbour” (2009) — “No to tolls” (2011)``), not
    anyone's words in the sentence.

    >>> t = 'Its posters read “Yes to the harbour” (2009) and “No tolls” (Council poster, 2011).'
    >>> [is_dated(t, s) for s in find_quote_spans(t)]
    [True, True]
    >>> t = 'She said “we will win” (and they did in 2009).'
    >>> [is_dated(t, s) for s in find_quote_spans(t)]
    [False]
    """
    return span.closed and bool(_DATED.match(text, span.end))
