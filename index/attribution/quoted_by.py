""" "Who is quoted by AFP?", "Who does the Guardian quote?", "Which sources are cited in the
Reuters story?": the speaker list of one outlet's articles. `quoted_by` gives the words that
name the outlet; the engine holds them to the outlets it has (`retrieval.outlets.outlet_named`)
and answers from that outlet's quotes only. `told_claim` takes the one told out of "did X
tell AFP that …?": a claim that keeps them ("AFP that regime change is the aim") is matched
and diffed with their name in it, as if the speaker had left those words out. `narrowed`
reads "what exactly did X say, word for word?" (X's own words: `verbatim`) and "who besides
X said …?" (`besides`) as their plain questions; a bare "who else said …?" is left to the
conversation, which knows whom "else" leaves out. Pure.

>>> narrowed("What exactly did Marsh say, word for word?")
Narrowed(question='What did Marsh say', verbatim=True, besides=None)
>>> narrowed("Who besides the mayor said the bridge will close?")
Narrowed(question='Who said the bridge will close', verbatim=False, besides='the mayor')
>>> narrowed("Who else said the bridge will close?").besides is None
True
>>> narrowed("Is “a betrayal” a direct quote or a paraphrase?").question
'who said “a betrayal”'
>>> narrowed("What did Marsh say about the bridge?").question
'What did Marsh say about the bridge?'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ASKED = (
    re.compile(
        r"^(?:who|which\s+(?:people|persons|sources|speakers|experts|officials))\s+(?:is|are|was|were|gets?|got)\s+"
        r"(?:quoted|cited|interviewed)\s+(?:in|by)\s+(?:the\s+)?(.+?)(?:['’]s)?"
        r"(?:\s+(?:articles?|reports?|stories|story|pieces?|coverage))?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:who|which\s+(?:people|persons|sources|speakers|experts|officials))\s+(?:does|did|do)\s+"
        r"(?:the\s+)?(.+?)\s+(?:quote|cite|interview)$",
        re.IGNORECASE,
    ),
)


def quoted_by(question: str) -> str | None:
    """The words naming the outlet whose speakers are asked for, else None.

    >>> quoted_by("Who is quoted by AFP?"), quoted_by("Who does the Guardian quote?")
    ('AFP', 'Guardian')
    >>> quoted_by("Which sources are cited in the Reuters story?")
    'Reuters'
    >>> quoted_by("Who is quoted in the articles?") is None, quoted_by("Who said that?") is None
    (True, True)
    """
    q = " ".join(question.strip().split()).rstrip("?").strip()
    for pattern in _ASKED:
        m = pattern.match(q)
        if m is not None:
            named = m.group(1).strip()
            return None if named.lower() in ("article", "articles", "story", "stories", "news") else named
    return None


_COUNTED = re.compile(
    r"^how\s+many\s+(?:people|persons|sources|speakers|experts|officials|voices)\s+(?:are|were|is|was|get|got)\s+"
    r"(?:quoted|cited|interviewed)(?:\s+(?:in|by)\s+(?:the|this|these|both)?\s*(?:two\s+)?(?:articles?|reports?|"
    r"stories|story|pieces?))?$",
    re.IGNORECASE,
)
_UNNAMED = re.compile(
    r"^(?:who|which\s+(?:people|persons|sources|speakers|experts|officials))\s+(?:is|are|was|were)\s+"
    r"(?:quoted|cited)\s+(?:anonymously|without\s+(?:being\s+)?(?:named|a\s+name)|on\s+condition\s+of\s+anonymity)$",
    re.IGNORECASE,
)
# "who spoke on the record?", "which officials were quoted by name?": the sources who are named
_ON_RECORD = re.compile(
    r"^(?:who|which\s+(people|persons|sources|speakers|experts|officials))\s+"
    r"(?:(?:is|are|was|were)\s+(?:quoted|cited|speaking)|spoke|speaks?|talked|talks?|went|goes"
    r"|(?:has|have)\s+(?:spoken|talked|gone))\s+"
    r"(?:on\s+(?:the\s+)?record|by\s+name|(?:with|under)\s+(?:their|his|her|a)\s+(?:own\s+)?(?:full\s+)?names?)$",
    re.IGNORECASE,
)
_WHERE_QUOTED = (
    re.compile(
        r"^(?:which|what)\s+(?:article|story|report|piece)s?\s+(?:quotes?|cites?)\s+(.+)$", re.IGNORECASE
    ),
    re.compile(r"^where\s+(?:is|are|was|were)\s+(.+?)\s+(?:quoted|cited)$", re.I),
)


def speaker_list(question: str) -> str | None:
    """``anonymous`` for "who is quoted anonymously?", ``named`` for "who spoke on the
    record?", ``named_officials`` for "which officials spoke on the record?", ``counted`` for
    "how many people are quoted?" (those in quotation marks), else None.

    >>> speaker_list("Who is quoted anonymously?"), speaker_list("How many sources are quoted?")
    ('anonymous', 'counted')
    >>> speaker_list("Who spoke on the record?"), speaker_list("Which officials were quoted by name?")
    ('named', 'named_officials')
    >>> speaker_list("How many people were killed?") is None
    True
    """
    q = " ".join(question.strip().split()).rstrip("?").strip()
    if _UNNAMED.match(q):
        return "anonymous"
    if (m := _ON_RECORD.match(q)) is not None:
        return "named_officials" if m.group(1) and m.group(1).lower() == "officials" else "named"
    return "counted" if _COUNTED.match(q) else None


def quotes_of(question: str) -> str | None:
    """The speaker whose quotes "which article quotes X?" / "where is X quoted?" asks for.

    >>> quotes_of("Which article quotes Ines Lund?"), quotes_of("Where is the mayor quoted?")
    ('Ines Lund', 'the mayor')
    """
    q = " ".join(question.strip().split()).rstrip("?").strip()
    for pattern in _WHERE_QUOTED:
        m = pattern.match(q)
        if m is not None:
            return m.group(1).strip()
    return None


# "AFP that …", "the harbour council that …": an article and at most two words before "that"
# ("tell Marsh the fees that the council set …" has no addressee before its "that")
_THAT = re.compile(r"^((?:(?:the|a|an)\s+)?\S+(?:\s+\S+)?)\s+that\s+(\S.*)$", re.IGNORECASE)
_NAME = re.compile(r"^(?:the\s+)?(?-i:[A-Z][\w&.’'-]*)(?:\s+(?-i:[A-Z][\w&.’'-]*))*\s+", re.IGNORECASE)
_SHORTEST = 3  # words a claim keeps after a leading name for the name to be its addressee


def told_claim(rest: str) -> str:
    """What "did X tell <rest>?" asks X told, without the one told.

    >>> told_claim("AFP that the port will close"), told_claim("the harbour council that fees rise")
    ('the port will close', 'fees rise')
    >>> told_claim("Reuters the strike would end soon"), told_claim("reporters the plan is dead")
    ('the strike would end soon', 'reporters the plan is dead')
    >>> told_claim("“We will not sell”"), told_claim("Marsh the fees that the council set were too high")
    ('“We will not sell”', 'the fees that the council set were too high')
    """
    rest = rest.strip()
    said = _THAT.match(rest)
    if said is not None and not re.search(r"[“\"‘]", said.group(1)):
        return said.group(2)
    named = _NAME.match(rest)
    if named is not None and len(rest[named.end() :].split()) >= _SHORTEST:
        return rest[named.end() :]
    return rest


# "what exactly did …", "what precisely did …": the adverb between the question word and "did"
_WHAT_EXACTLY = re.compile(
    r"^(what)\s+(?:exactly|precisely)\s+(?=(?:did|does|do|has|have|had)\s)", re.IGNORECASE
)
# a closing "word for word", "verbatim", "exactly", "in full" (after a comma or not)
_WORD_FOR_WORD = re.compile(
    r"[,\s]+(?:word\s+for\s+word|verbatim|exactly|precisely|in\s+full)\s*[?!.]*\s*$", re.IGNORECASE
)
# "who besides X said", "who other than X said", "who apart from X said"
_WHO_ELSE = re.compile(
    r"^(who)\s+(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?)\s+(.+?),?"
    r"(?=\s+(?:(?:has|had|did|also)\s+)?(?:said|says|say|told|tells|tell|warned|claimed|argued|stated)\b)",
    re.IGNORECASE,
)


# "is “…” a direct quote or a paraphrase?", "is it a direct quote that …?": who said those
# words, which the reply gives as a quotation or as reported speech (or not found)
_QUOTE_OR_NOT = re.compile(
    r"^(?:is|was)\s+(?:(?P<marked>[“\"‘'].+[”\"’'])\s+(?:really\s+)?|it\s+)(?:an?\s+)?"
    r"(?:(?:direct|exact|real|actual|verbatim)\s+)?(?:quote|quotation|paraphrase)"
    r"(?:\s+or\s+(?:an?\s+)?(?:(?:direct|exact)\s+)?(?:quote|quotation|paraphrase))?"
    r"(?:\s+that\s+(?P<claim>.+?))?\s*[?!.]*$",
    re.IGNORECASE,
)
_SAID_SO = 3  # "said so", "said that too": the verb and a word or two point back, claim nothing


@dataclass(frozen=True)
class Narrowed:
    """`question` in its plain form; `verbatim`: the speaker's own words asked for; `besides`:
    the speaker a "who besides X" question leaves out."""

    question: str
    verbatim: bool = False
    besides: str | None = None


def narrowed(question: str) -> Narrowed:
    """The plain form of `question` and how it narrows the answer (see the module)."""
    q = question.strip()
    asked = _QUOTE_OR_NOT.match(q)
    if asked is not None and (asked.group("marked") or asked.group("claim")):
        return Narrowed(f"who said {asked.group('marked') or asked.group('claim')}")
    m = _WHO_ELSE.match(q)
    if m is not None and len(q[m.end() :].split()) > _SAID_SO:
        # a claim, not "who besides Lee said so?", which goes on from the conversation
        return Narrowed(m.group(1) + _strip_trailing(q[m.end() :]), besides=m.group(2).strip())
    verbatim = False
    m = _WHAT_EXACTLY.match(q)
    if m is not None:
        q, verbatim = m.group(1) + " " + q[m.end() :], True
    if re.match(r"^what\s", q, re.IGNORECASE) and _WORD_FOR_WORD.search(q):
        q, verbatim = _WORD_FOR_WORD.sub("", q), True
    return Narrowed(_strip_trailing(q) if verbatim else q, verbatim=verbatim)


def _strip_trailing(text: str) -> str:
    return text.rstrip("?!. ")
