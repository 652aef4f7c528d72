"""A claim that keeps a quotation's wording but puts another thing in one place of it.

"Did the mayor say the budget must include cuts to policing?" of her "the budget must include
cuts to libraries" matches word for word up to the one thing the claim is about: a "Yes" there
would put words in her mouth. `swapped_term` finds that place in the word diff between claim
and quote (`check.QuoteCheck.diff`): a run of shared words, then the claim's content words
where the quote has others of its own, neither side found anywhere in the other.

The place follows a preposition or a determiner ("cuts to …", "our …") and ends its noun
phrase (a function word or the claim's end comes next): there a thing is named. These are
paraphrases, not swaps: a word before the noun ("the biggest investment" of "the largest
investment"), a verb or a comparison in other words ("raise" of "highlight", "less keen" of
"not quite as keen"), a subject rephrased at the start ("Her plan is …" of "It is …"), an
inflection ("limits" of "limitations": one stem), a pronoun in the quote's place ("sees that"
of "to see the missiles"), a word news uses for the same thing ("talks" of "negotiations").
A name of the claim where the quote names another ("talks with Israel" of "talks with Iran") is
`swapped_name`'s. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...retrieval.checks.kin import topic_terms
from ...retrieval.lexical import terms
from ...text import fold, words
from ..speakers.described import initialisms
from .claim_words import FUNCTION_WORDS
from .match_words import DiffOp

# the shared words before the swapped place: enough that the claim visibly follows the quote
MIN_FRAME_WORDS = 2
# shared content words around the place (before and after it), so that the frame is more
# than "of the"
MIN_FRAME_TERMS = 2
# the word before a named thing: a preposition or a determiner
_BEFORE_A_THING = frozenset(
    """a an the this that these those its their his her our my your any some every each no
    of on to for with about over against from by in into at than""".split()
)
# prepositions the term list counts as content words; they may follow a named thing
_AFTER_A_THING = frozenset(
    "within across under near between among through toward towards beyond despite amid via per".split()
)
# at most this many words on either side of the swap: one thing named, not a clause rewritten
MAX_SLOT_WORDS = 3


def swapped_term(claim: str, quote_text: str, diff: Sequence[DiffOp]) -> tuple[str, str] | None:
    """The claim's words and the quote's in their place, when the claim follows the quote word
    for word around one thing it names differently; None otherwise.

    >>> quote = "The budget must include cuts to libraries."
    >>> d = (("=", "the budget must include cuts to"), ("-", "policing"), ("+", "libraries"))
    >>> swapped_term("the budget must include cuts to policing", quote, d)
    ('policing', 'libraries')
    >>> d = (("=", "the budget must"), ("-", "keep"), ("+", "include"), ("=", "cuts to libraries"))
    >>> swapped_term("the budget must keep cuts to libraries", quote, d) is None
    True
    """
    claim_terms, quote_terms = set(terms(claim)), set(terms(quote_text))
    for i in range(1, len(diff) - 1):
        (before, framed), (a, one), (b, other) = diff[i - 1], diff[i], diff[i + 1]
        if before != "=" or {a, b} != {"-", "+"} or framed.split()[-1].lower() not in _BEFORE_A_THING:
            continue
        mine, theirs = (one, other) if a == "-" else (other, one)
        after = diff[i + 2][1] if i + 2 < len(diff) and diff[i + 2][0] == "=" else ""
        if len(framed.split()) < MIN_FRAME_WORDS or len(terms(f"{framed} {after}")) < MIN_FRAME_TERMS:
            continue
        if max(len(mine.split()), len(theirs.split())) > MAX_SLOT_WORDS:
            continue
        following = after.split()[0].lower() if after else ""
        if following not in _AFTER_A_THING and terms(following):
            continue  # "the [biggest] investment": a word before the noun, said another way
        said, put = set(terms(mine)), set(terms(theirs))
        # each side names something the other never mentions, anywhere, and not in a word
        # news uses for the same thing ("another round of talks" of "… of negotiations")
        if said and put and not said & quote_terms and not put & claim_terms and not kin(mine, theirs):
            return mine, theirs
    return None


def kin(mine: str, theirs: str) -> bool:
    """Whether two wordings name the same thing in words news uses alike (`kin.topic_terms`).

    >>> kin("talks", "negotiations"), kin("drones", "ballistic missiles")
    (True, False)
    """
    return bool(topic_terms(mine) & topic_terms(theirs))


def swapped_quoted(claim: str, quoted: str, sentence: str) -> bool:
    """Whether the claim keeps the sentence around a partial quotation but none of the quoted
    words themselves: "a deal would be a disaster" of "a deal would be a “preference”". The
    speaker is on record only for the words in marks; the frame around them is the writer's.

    >>> sentence = "She said a deal would be a “preference” if it came soon."
    >>> swapped_quoted("a deal would be a disaster", "preference", sentence)
    True
    >>> swapped_quoted("a deal would be preferable", "preference", sentence)
    False
    >>> swapped_quoted("a deal would be a disaster", sentence, sentence)  # a whole quotation
    False
    """
    if sentence.strip() == quoted.strip():
        return False
    theirs = set(terms(quoted)) | set(terms(quoted.replace("-", " ")))
    return bool(theirs) and not set(terms(claim)) & theirs


_SUBJECT = re.compile(r"((?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)\s+([a-z]+)\b")
_HONORIFICS = frozenset("Mr Mrs Ms Dr".split())


def other_subject(claim: str, quote_text: str) -> str | None:
    """The name the quotation has as the subject of the claim's own predicate, when the claim
    opens with another name: "Lund should quit" of "Mr. Roe should quit the race" is said of
    Roe ('Roe'); None when the claim opens with no name, or the quote puts it there too.

    >>> other_subject("Lund should quit the race", "Mr. Roe should quit the race for the party")
    'Roe'
    >>> other_subject("Roe should quit the race", "Mr. Roe should quit the race") is None
    True
    >>> other_subject("Lund's plan is bold", "Roe's plan is bold") is None  # no bare name opens it
    True
    """
    m = _SUBJECT.match(claim.strip())
    if m is None or re.search(r"['’]s$", m.group(1)):
        return None
    name, verb = m.group(1), m.group(2)
    for q in _SUBJECT.finditer(quote_text):
        other = " ".join(w for w in q.group(1).split() if w.rstrip(".") not in _HONORIFICS)
        if q.group(2) == verb and other and other.split()[-1] != name.split()[-1]:
            return other
    return None


def _substitutions(diff: Sequence[DiffOp]) -> list[tuple[int, str, str]]:
    """Each place where the claim has words of its own and the quote others: (index of the
    first op, the claim's words, the quote's)."""
    out = []
    for i in range(len(diff) - 1):
        (a, one), (b, other) = diff[i], diff[i + 1]
        if {a, b} == {"-", "+"}:
            out.append((i, one, other) if a == "-" else (i, other, one))
    return out


def _is_name(ws: str) -> bool:
    """One to three capitalised words, none a function word: "Ana Roe", not "It’s" or "The"."""
    toks = ws.split()
    return 0 < len(toks) <= MAX_SLOT_WORDS and all(
        t[:1].isupper() and t.lower() not in FUNCTION_WORDS and terms(t) for t in toks
    )


def name_in_place(claim: str, quote_text: str, diff: Sequence[DiffOp]) -> tuple[str, str] | None:
    """The claim's name and the quote's, when the claim follows the quote with one name put in
    place of another ("… Lund has set the agenda" of "… Roe has set the agenda"), neither
    named anywhere in the other; None otherwise. Unlike `swapped_name` this holds when
    the quote also says "him" or "she": the name stands where the quote has its own.

    >>> said = "Like her or not, Eva Roe has set the agenda"
    >>> d = (("=", "like her or not"), ("-", "Ana Lund"), ("+", "Eva Roe"), ("=", "has set the agenda"))
    >>> name_in_place("like her or not, Ana Lund has set the agenda", said, d)
    ('Ana Lund', 'Eva Roe')
    >>> d = (("=", "like her or not"), ("-", "Roe"), ("+", "Eva Roe"), ("=", "has set the agenda"))
    >>> name_in_place("like her or not, Roe has set the agenda", said, d) is None
    True
    """
    claim_terms, quote_terms = set(terms(claim)), set(terms(quote_text))
    for i, mine, theirs in _substitutions(diff):
        framed = 0 < i and diff[i - 1][0] == "=" and i + 2 < len(diff) and diff[i + 2][0] == "="
        if not framed or not (_is_name(mine) and _is_name(theirs)) or kin(mine, theirs):
            continue
        if not set(terms(mine)) & quote_terms and not set(terms(theirs)) & claim_terms:
            return mine, theirs
    return None


_COORDINATED = frozenset("and or nor".split())


def exchanged(diff: Sequence[DiffOp]) -> tuple[str, str] | None:
    """Two words of the quote the claim puts in each other's place ("a radical in a moderate
    party" of "a moderate in a radical party": who is which turned round), as (the claim's
    first, the quote's there); None otherwise. Two words joined by "and" / "or" ("jobs and
    growth" of "growth and jobs") are no exchange.

    >>> d = (("=", "she is a"), ("-", "radical"), ("+", "moderate"), ("=", "in a"))
    >>> exchanged((*d, ("-", "moderate"), ("+", "radical"), ("=", "party")))
    ('radical', 'moderate')
    >>> exchanged((("-", "jobs"), ("+", "growth"), ("=", "and"), ("-", "growth"), ("+", "jobs"))) is None
    True
    """
    subs = _substitutions(diff)
    for n, (i, mine, theirs) in enumerate(subs):
        said, put = set(terms(mine)), set(terms(theirs))
        if not said or not put or said & put:
            continue
        for j, other_mine, other_theirs in subs[n + 1 :]:
            between = [w.lower() for op, ws in diff[i + 2 : j] for w in ws.split()]
            if set(terms(other_mine)) == put and set(terms(other_theirs)) == said:
                if between and not set(between) <= _COORDINATED:
                    return mine, theirs
    return None


_NAME = re.compile(r"\b[A-Z][\w’'-]*")
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col)\.$")
_NOT_NAMES = FUNCTION_WORDS | frozenset("i i'm i've he's she's it's we're they're mr mrs ms dr".split())


def _names(text: str, skip_first: bool) -> set[str]:
    """The capitalised words of `text` that may be names, folded, "'s" dropped; with
    `skip_first`, not the first word of a sentence (capitalised as any word is there)."""
    out = set()
    for m in _NAME.finditer(text):
        before = text[: m.start()].rstrip(" “”\"‘'(")
        if skip_first and (not before or before[-1] in ".!?:") and not _HONORIFIC.search(before):
            continue  # a sentence's first word, not the name after "Mr."
        w = re.sub(r"['’]s$", "", fold(m.group(0)))
        if w not in _NOT_NAMES:
            out.add(w)
    return out


def _holds(names: set[str], name: str) -> bool:
    """Whether `names` has `name` or a form of it ("iran" and "iranian", "israel" and "israeli")."""
    return any(n.startswith(name) or name.startswith(n) for n in names)


_REFERRING = frozenset("he she they him her them his their he's she's they're".split())


def swapped_name(claim: str, quote_text: str) -> str | None:
    """A name of the claim that the quotation has another name in place of: "did she say talks
    with Israel go on?" of "talks with Iran go on" is not what she said. The claim's name is
    nowhere in the quote (nor a form of it), and the quote names someone or somewhere the claim
    does not. None when the claim's names are all in the quote.

    >>> swapped_name("talks with Israel go on", "We insist that talks with Iran go on.")
    'israel'
    >>> swapped_name("talks with Iran go on", "We insist that talks with Iran's leaders go on.") is None
    True
    >>> swapped_name("Vik wants Lund to see it", "He wants to make sure that Lund in Oslo sees it") is None
    True
    >>> swapped_name("the UK sees it as an issue", "For the United Kingdom, this is an issue.") is None
    True
    """
    if _REFERRING & set(words(quote_text)):
        return None  # "He wants …": the name the claim has may be who "he" is
    mine = _names(claim, skip_first=False)
    theirs = _names(quote_text, skip_first=True)
    # "the US" of "the United States": initials the claim types stand for the quote's words
    spelled = initialisms(quote_text)
    mine |= {w for n in mine if re.search(rf"\b{re.escape(n.upper())}\b", claim) for w in spelled.get(n, ())}
    others = {n for n in theirs if not _holds(mine, n)}
    if not others:
        return None
    return next((n for n in sorted(mine) if not _holds(_names(quote_text, skip_first=False), n)), None)
