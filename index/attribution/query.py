"""Recognising attribution questions ("who said …", "did X say …", "what did X say about Y").

Only questions whose form is about attribution are captured; everything else returns None
and goes to ordinary retrieval. A question counts when its verb is a speech verb (``say``,
``tell``, ``warn``, ``claim`` …) and its subject is a speaker, not the article itself
(``what does the report say about X`` is an ordinary question).

>>> parse_attribution_question("Who said the missile programme is non-negotiable?").text
'the missile programme is non-negotiable'
>>> q = parse_attribution_question("What did Marsh say about the talks?")
>>> (q.kind, q.speaker, q.topic)
('what_said', 'Marsh', 'the talks')
>>> parse_attribution_question("What did the meeting decide?") is None
True
>>> parse_attribution_question("And what did Marsh say?").speaker
'Marsh'
>>> parse_attribution_question("What did the State Department say about it?").speaker
'the State Department'
>>> q = parse_attribution_question("According to Marsh, when will the plant reopen?")
>>> (q.kind, q.speaker, q.topic, q.framed)
('what_said', 'Marsh', 'when will the plant reopen', True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from .overstated import STRONG, one_phrase, strong_verb
from .quoted_by import narrowed, quotes_of, speaker_list, told_claim

QueryKind = Literal["who_said", "did_say", "what_said", "who_quoted", "who_on"]

SPEECH = (
    r"say|says|said|tell|tells|told|state|states|stated|warn|warns|warned|claim|claims|claimed|write|writes|"
    r"wrote|written|tweet|tweeted|post|posted|declare|declared|insist|insisted|argue|argued|add|added|call|"
    r"called|describe|described|comment|commented|quoted\s+as\s+saying|quoted\s+saying|"
    # "did X ask who …?" asks after a quoted question; "did X ask the court to act?" is an act
    r"ask(?:s|ed)?(?=\s+(?:who|what|why|how|whether|if|when|where)\b)"
)
ADV = r"(?:(?:actually|really|ever|also|publicly|first|originally|previously|once)\s+)?"
_QUOTED = re.compile(r"[“\"«]([^”\"»]+)[”\"»]|(?:^|(?<=\s))[‘']([^’']+(?:['’]\w+[^’']*)*)[’'](?=[\s?.!,]|$)")
_WHO = re.compile(
    r"^(?:so|and|but|then)?\s*(?:who|whom|which\s+\w+(?:\s+\w+)?|what\s+(?:official|person|minister|analyst|"
    r"source|spokes\w+|expert|leader|country|group)\w*)\s+(?:(?:has|had|did)\s+|(?:was|is)\s+(?=quoted))?"
    + ADV
    + r"(?:"
    + SPEECH
    + r")\b(.*)$",
    re.IGNORECASE,
)
_ACCORDING = re.compile(
    r"^according\s+to\s+whom\b[,\s]*(.*)$|^(.+?),?\s+according\s+to\s+whom\s*$", re.IGNORECASE
)
_DID = re.compile(
    r"^(?:did|does|do|has|have|had|is\s+it\s+true\s+that|was\s+it\s+true\s+that)\s+(.+?)\s+"
    + ADV
    + r"(?-i:"  # a verb after the speaker is lowercase: "did the State Department say"
    + SPEECH
    + "|"
    + STRONG  # "did X threaten …?": a verb that claims more than saying (overstated.py)
    + r")\b(.*)$",
    re.IGNORECASE,
)
_WAS_IT = re.compile(r"^was\s+it\s+(.+?)\s+(?:who|that)\s+(?:" + SPEECH + r")\b(.*)$", re.IGNORECASE)
_WHAT = re.compile(
    r"^(?:what|how)\s+(?:else\s+)?(?:did|does|do|has|have|had)\s+(.+?)\s+"
    + ADV
    + r"(?-i:"
    + SPEECH
    + r"|think|thought|react|respond)\b(.*)$",
    re.IGNORECASE,
)
_WORDS_OF = re.compile(
    r"^(?:what\s+(?:were|are|was|is)|show(?:\s+me)?|give\s+me|list)\s+(?:the\s+|all\s+)?(?:quotes|quotations|"
    r"words|comments|remarks)\s+(?:from|by|of)\s+(.+?)(?:\s+(?:on|about|regarding)\s+(.+))?$|"
    r"^what\s+(?:were|are|was|is)\s+(.+?)['’]s?\s+(?:quotes|words|comments|remarks|reactions?|responses?)"
    r"(?:\s+(?:on|about|regarding|to)\s+(.+))?$",
    re.IGNORECASE,
)
# "what was X's reaction to Y?": a reaction may be a deed ("X ignored the warning"), so with
# no quote of X's the ordinary answer stands (`asks_reaction`)
_REACTION = re.compile(
    r"^\s*what\s+(?:were|are|was|is)\s+.+?['’]s?\s+(?:reactions?|responses?)\b", re.IGNORECASE
)
_NOT_SPEAKERS = frozenset(
    """article articles report reports story stories piece text document documents paper news coverage meeting
    talks summit deal agreement study survey poll data law bill resolution plan proposal it this that these
    those anyone anybody someone somebody everyone everybody nobody source sources page website
    headline""".split()
)
_UNNAMED = frozenset(("anonymous", "unnamed", "unidentified"))
# two to four capitalised words, the first no article or demonstrative: a name
_PROPER_NAME = re.compile(
    r"^(?!(?:The|This|That|These|Those|A|An)\b)[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){1,3}$"
)
# a name or a description never ends in an article, a preposition or a conjunction: "Affirming
# the needs of the state of Israel …" has no speaker "Affirming the needs of the" stating it
_OPEN_ENDS = frozenset("the a an of to in on at for from by with and or but as".split())
# "according to X, …", "… , according to X", "in X's words, …": a whole question framed by its
# source. The question words after the source end it when no comma does ("according to Lenin
# why must …").
_ASKING = (
    r"(?:what|which|who|whom|whose|how|why|where|when|did|does|do|is|are|was|were|has|have|had|will|would|"
    r"can|could)"
)
_FRAMED = (
    re.compile(rf"^according\s+to\s+(?!whom\b)(.+?)(?:\s*,\s*|\s+(?={_ASKING}\b))(.+)$", re.IGNORECASE),
    re.compile(r"^(.+?)\s*,\s*according\s+to\s+(?!whom\b)(.+)$", re.IGNORECASE),
    re.compile(
        r"^in\s+(.+?)['’]s?\s+(?:own\s+)?(?:words|view|opinion|account|assessment|telling)\s*,?\s+(.+)$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^in\s+the\s+(?:words|view|opinion|account|assessment)\s+of\s+(.+?)\s*,\s*(.+)$", re.IGNORECASE
    ),
)
_LEAD = re.compile(r"^(?:(?:and|so|but|then|ok|okay|also|well|now)\b[,\s]*)+", re.IGNORECASE)
_TOPIC = re.compile(r"^(?:\S+\s+){0,3}?(?:about|on|regarding|concerning|of|over)\s+(.+)$", re.IGNORECASE)
# "Trump said what about Iran?", "so the minister says what?": the echo form of "what did X say"
_ECHO = re.compile(r"^(.+?)\s+(?:said|says|say|told\s+\S+)\s+what\b(.*)$", re.IGNORECASE)
# "what did X tell AFP?": after "tell" comes the one told, a name or outlet ("AFP", "the BBC")
# or a short phrase ("reporters", "the press"), which is no topic of what was said
_ASKS = re.compile(r"\bask(?:s|ed)?\b", re.IGNORECASE)
_TOLD = re.compile(r"\b(?:tell|tells|told)$", re.IGNORECASE)
_NAMED = re.compile(r"^(?:the\s+)?(?-i:[A-Z][\w&.’'-]*)(?:\s+(?-i:[A-Z][\w&.’'-]*))*(?:\s+|$)", re.IGNORECASE)
_WH = re.compile(r"^(?:who|whom|what|which|where|when|why|how)\b", re.IGNORECASE)  # "who said what about X?"


@dataclass(frozen=True)
class AttributionQuery:
    """A routed attribution question.

    `kind`: ``who_said`` (find the speaker of `text`), ``did_say`` (check `speaker` said
    `text`), ``what_said`` (quotes by `speaker`, optionally about `topic`), ``who_quoted``
    (everyone quoted; `topic` ``anonymous`` for the anonymous sources only, ``named`` for
    those named, ``named_officials`` for those named who hold a post, ``counted`` for "how
    many people are quoted?", those in quotation marks), ``who_on``
    (everyone quoted on `topic`). `quoted` is True
    when the user put `text` in quote marks. `framed` marks a whole question framed by its
    source ("according to X, …"): `topic` is that question, and when X is never quoted on
    it the ordinary answer stands.
    """

    kind: QueryKind
    text: str | None = None
    speaker: str | None = None
    topic: str | None = None
    quoted: bool = False
    framed: bool = False
    told: str | None = None  # whom "what did X tell …?" asks after ("AFP", "the BBC")
    asks: bool = False  # "did X ask who …?": the claim is a question X is quoted asking
    verbatim: bool = False  # "what exactly did X say, word for word?": X's quotations only
    besides: str | None = None  # "who besides X said …?": a speaker other than X
    verb: str | None = None  # "did X threaten …?": the verb, when it claims more than saying
    # "did X say a deal would be a “priority”?": the whole claim, marks dropped, when the
    # quoted words are only part of it (tried when the quoted words alone are found nowhere)
    clause: str | None = None


def _clean(text: str) -> str:
    t = text.strip().rstrip("?!. ").strip()
    t = re.sub(r"^(?:that|:|,|-|–)\s*", "", t, flags=re.IGNORECASE).strip()
    return t.strip("“”\"‘’' ").strip()


def _untold(rest: str) -> str:
    """The rest of "what did X tell …" without the one told: a leading name ("AFP the war
    would end" → "the war would end"), and a short phrase left alone or after it ("reporters",
    "AFP news agency") is all addressee.

    >>> _untold("AFP"), _untold("the BBC"), _untold("reporters"), _untold("the press corps")
    ('', '', '', '')
    >>> _untold("Reuters the strike would end soon")
    'the strike would end soon'
    """
    named = _NAMED.match(rest)
    left = rest[named.end() :] if named else rest
    return "" if len(left.split()) <= (2 if named else 3) else left


def is_speaker(phrase: str) -> bool:
    toks = re.findall(r"[\w’'-]+", phrase.lower())
    if not toks or len(toks) > 8:
        return False
    if toks[-1] in ("source", "sources") and _UNNAMED & set(toks):
        return True  # "an anonymous source" is a person; "the source" may be an article
    if toks[-1] in _OPEN_ENDS:
        return False
    if _PROPER_NAME.match(phrase.strip()):
        return True  # "Fox News", "Globe Report": a name, though its last word may be "news"
    return toks[-1] not in _NOT_SPEAKERS and not (
        toks[0] in ("the", "this", "that") and toks[-1] in _NOT_SPEAKERS
    )


def quoted_clause(rest: str) -> str | None:
    """The claim around a quoted part, its marks dropped; None when the quote is all of it.

    >>> quoted_clause("the levy would be “temporary” at most")
    'the levy would be temporary at most'
    >>> quoted_clause("“the levy is temporary”") is None
    True
    """
    m = _QUOTED.search(rest)
    if m is None:
        return None
    inside = (m.group(1) or m.group(2)).strip()
    whole = _clean(rest[: m.start()] + inside + rest[m.end() :])
    return whole if len(whole.split()) > len(inside.split()) else None


def quoted_text(rest: str) -> tuple[str | None, bool]:
    m = _QUOTED.search(rest)
    if m:
        return (m.group(1) or m.group(2)).strip(), True
    t = _clean(rest)
    return (t or None), False


def _asks_for_a_text(q: str) -> bool:
    """ "Which article states …", "which reports claimed …": a document, not a speaker."""
    m = re.match(r"^which\s+(?:\w+\s+)?(\w+)\s", q, re.IGNORECASE)
    return m is not None and m.group(1).lower() in _NOT_SPEAKERS


def _framed(q: str) -> AttributionQuery | None:
    """ "According to X, <question>" and its variants: X's quotes on the question."""
    for i, pattern in enumerate(_FRAMED):
        m = pattern.match(q)
        if m is None:
            continue
        source, asked = (m.group(2), m.group(1)) if i == 1 else (m.group(1), m.group(2))
        source = source.strip()
        if is_speaker(source) and (topic := _clean(asked)):
            return AttributionQuery("what_said", speaker=source, topic=topic, framed=True)
    return None


# "who is quoted?", "who are the sources?", "which sources are anonymous?": the speaker list
_WHO_QUOTED = re.compile(
    r"^(?:who|which\s+(?:people|persons|sources|speakers|experts|officials))\s+(?:is|are|was|were|gets?|got)\s+"
    r"(?:quoted|cited|interviewed)(?:\s+(?:in|by)\s+(?:the|this|these)?\s*(?:articles?|reports?|stories|story|"
    r"pieces?|news))?$|"
    r"^(?:who|what)\s+(?:are|were)\s+the\s+(?:(?:anonymous|unnamed|named)\s+)?(?:(?:sources|speakers)"
    r"(?:\s+(?:quoted|cited|used|interviewed))?|(?:people|persons|experts|officials|voices)\s+(?:quoted|cited|"
    r"interviewed))(?:\s+(?:in|of|by)\s+(?:the|this|these|both)?\s*(?:two\s+)?(?:articles?|reports?|stories|story|"
    r"pieces?|news))?$|"
    r"^(?:which|what)\s+sources\s+(?:are|were)\s+(?:quoted|cited|used|anonymous|unnamed|named)$|"
    r"^who\s+(?:is|was|are|were)\s+(?:quoted|cited)\s+(?:anonymously|without\s+(?:a\s+)?names?)$|"
    r"^who\s+(?:spoke|speaks|talked|talks)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity$",
    re.IGNORECASE,
)


# "who commented on X?", "who said what about X?", "which experts spoke about X?": everyone
# quoted on a topic, not the one speaker of a claim ("who said the talks failed?")
_WHO_ON = re.compile(
    r"^(?:who(?:\s+else)?|which\s+(?:people|persons|sources|speakers|experts|officials|analysts|leaders))\s+"
    r"(?:(?:has|have|had|did)\s+)?(?:(?:is|are|was|were|has\s+been|have\s+been)\s+quoted|comment(?:s|ed)?|sp(?:oken|oke|eaks?)|"
    r"talk(?:s|ed)?|weigh(?:s|ed)?\s+in|said\s+(?:anything|something|what)|says?\s+(?:anything|something|what)|"
    r"(?:has|have|had)\s+(?:said\s+)?(?:anything|something)\s+to\s+say)\s+"
    r"(?:on|about|regarding|concerning|of)\s+(.+)$",
    re.IGNORECASE,
)


def asks_reaction(question: str) -> bool:
    """Whether `question` asks for someone's reaction or response by the noun.

    >>> asks_reaction("What was the union's reaction to the offer?"), asks_reaction("What did Lee say?")
    (True, False)
    """
    return _REACTION.match(question) is not None


def parse_attribution_question(question: str) -> AttributionQuery | None:
    """Route `question` to an attribution query, or None for an ordinary question.

    >>> parse_attribution_question("Who is quoted in the articles?").kind
    'who_quoted'
    >>> parse_attribution_question("Which sources are anonymous?").topic
    'anonymous'
    >>> asked = ("Who are the unnamed sources?", "Who spoke on condition of anonymity?")
    >>> [parse_attribution_question(q).topic for q in asked]
    ['anonymous', 'anonymous']
    >>> q = parse_attribution_question("Who has commented on the harbour plan?")
    >>> (q.kind, q.topic)
    ('who_on', 'the harbour plan')
    >>> parse_attribution_question("Who said the harbour plan is dead?").kind
    'who_said'
    >>> q = parse_attribution_question("the mayor said what about the harbour plan?")
    >>> (q.kind, q.speaker, q.topic)
    ('what_said', 'the mayor', 'the harbour plan')
    >>> q = parse_attribution_question("Who besides the mayor said the plan is dead?")
    >>> (q.kind, q.text, q.besides)
    ('who_said', 'the plan is dead', 'the mayor')
    """
    narrow = narrowed(question)
    if narrow.question != question.strip():
        # "what exactly did X say?", "who else said …?": routed in their plain form
        query = parse_attribution_question(narrow.question)
        if query is None:
            return None
        verbatim = narrow.verbatim and query.kind == "what_said"
        return replace(query, verbatim=verbatim, besides=narrow.besides if query.kind == "who_said" else None)
    q = " ".join(question.strip().split()).rstrip("?").strip()
    q = _LEAD.sub("", q)  # "And what did the minister say?" is a follow-up in speaker form
    if not q:
        return None
    echo = _ECHO.match(q)
    if echo and is_speaker(echo.group(1)) and not _WH.match(echo.group(1)):
        q = f"what did {echo.group(1)} say{echo.group(2)}"
    if _WHO_QUOTED.match(q):
        anonymous = re.search(r"\b(?:anonymous|anonymously|anonymity|unnamed|without)\b", q, re.IGNORECASE)
        named = re.search(r"\bnamed\b", q, re.IGNORECASE)  # "who are the named sources?"
        return AttributionQuery("who_quoted", topic="anonymous" if anonymous else "named" if named else None)
    if (listed := speaker_list(q)) is not None:  # "who is quoted anonymously?"
        return AttributionQuery("who_quoted", topic=listed)
    if (whose := quotes_of(q)) is not None:  # "which article quotes Lund?"
        return AttributionQuery("what_said", speaker=whose)
    m = _WHO_ON.match(q)
    if m and (on := _clean(m.group(1))):
        return AttributionQuery("who_on", topic=on)
    m = _WHO.match(q)
    if m and not _asks_for_a_text(q):
        text, quoted = quoted_text(m.group(1))
        if text and text.lower() in ("it", "that", "this", "so"):
            text = None
        return AttributionQuery("who_said", text=text, quoted=quoted, clause=quoted_clause(m.group(1)))
    m = _ACCORDING.match(q)
    if m:
        text, quoted = quoted_text(m.group(1) or m.group(2) or "")
        return AttributionQuery("who_said", text=text, quoted=quoted)
    framed = _framed(q)
    if framed is not None:
        return framed
    m = _WAS_IT.match(q) or _DID.match(q)
    verb = strong_verb(q[m.end(1) : m.start(2)].split()[-1]) if m else None
    if m and verb and not one_phrase(m.group(1)):
        return None  # "does Lee think the plan threatens …": not Lee threatening
    if m and is_speaker(m.group(1)):
        # "did X tell AFP that …?": the claim without the one told
        claimed = told_claim(m.group(2)) if _TOLD.search(q[: m.start(2)]) else m.group(2)
        text, quoted = quoted_text(claimed)
        # "did X threaten Iran?" names no claim, only whom: an act for the ordinary answer
        named_only = verb is not None and text is not None and len(text.split()) < 2
        if (
            text
            and not named_only
            and text.lower() not in ("anything", "something", "so", "that", "this", "it")
        ):
            asks = bool(_ASKS.search(q[m.end(1) : m.start(2)]))
            speaker = m.group(1).strip()
            clause = quoted_clause(claimed)
            return AttributionQuery(
                "did_say", text=text, speaker=speaker, quoted=quoted, asks=asks, verb=verb, clause=clause
            )
        if verb:
            return None  # "did X threaten anyone?": an act, for the ordinary answer
        return AttributionQuery("what_said", speaker=m.group(1).strip())
    if m and m.group(1).split()[0].lower() in ("anyone", "anybody", "someone", "somebody") and not verb:
        text, quoted = quoted_text(m.group(2))
        return AttributionQuery("who_said", text=text, quoted=quoted) if text else None
    m = _WHAT.match(q)
    if m and is_speaker(m.group(1)):
        rest = m.group(2).strip()
        topic = _TOPIC.match(rest)
        asks_told = _TOLD.search(q[: m.start(2)]) is not None
        told = None
        if asks_told and (named := _NAMED.match(rest)):
            told = named.group(0).strip()
        elif asks_told and not topic and 0 < len(rest.split()) <= 3:
            told = _clean(rest)  # typed in lower case: "what did lee tell afp?", "… tell reporters"
        if not topic and asks_told:
            rest = _untold(rest)
        if not topic and rest and q.lower().startswith("how") and "describe" in q.lower():
            return AttributionQuery("what_said", speaker=m.group(1).strip(), topic=_clean(rest))
        # "what did X say would happen next": the rest of the question is the topic too
        about = _clean(topic.group(1)) if topic else (_clean(rest) or None)
        return AttributionQuery("what_said", speaker=m.group(1).strip(), topic=about, told=told)
    m = _WORDS_OF.match(q)
    if m:
        speaker = m.group(1) or m.group(3)
        if is_speaker(speaker):
            about = m.group(2) or m.group(4)
            topic_text = _clean(about) if about else None
            return AttributionQuery("what_said", speaker=speaker.strip(), topic=topic_text)
    return None
