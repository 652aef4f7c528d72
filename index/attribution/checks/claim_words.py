"""The words a claim and a quotation are compared by: content words crudely stemmed
(`stems`), function words, and the words that negate (`negations`). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...retrieval.checks.actor import actor_words, names_actor
from ...retrieval.checks.kin import topic_terms
from ...retrieval.lexical import american, terms
from ...text import fold, words

FUNCTION_WORDS = frozenset(
    """a an the and or but of to in on at for from by with as is are was were be been being has have had
    it its this that these those there their they he she his her we our you your i not no than then so
    which who what when where why how will would could should can may might must do does did about into
    over very just only also more most some any all""".split()
)

# verbs that carry no claim of their own: "Iran wants a deal" and "he wants to convince …"
# share "wants", and nothing of what is wanted
LIGHT_VERBS = frozenset(
    """want wants wanted make makes made making get gets got take takes took taken give gives gave
    given go goes went going come comes came see sees saw seen know knows knew think thinks thought
    say says said tell tells told need needs needed try tries tried let lets put puts keep keeps kept
    seem seems seemed use uses used""".split()
)

# adverbial particles: "up for negotiation" is about negotiation, however rare "up" is
PARTICLES = frozenset("up down out off back away".split())
# "they lack a plan" says what "they don't have a plan" says
NEGATORS = frozenset(
    "not no never nor neither none nothing nobody nowhere cannot lack lacks lacked lacking".split()
)
_NOT_NEGATING_AFTER = frozenset("only just least merely until".split())  # "not only X but Y"
# "no matter what", "there is no doubt that …", "no wonder …", "there's no denying …": the
# clause after them is affirmed, not denied
_NO_IDIOMS = frozenset("matter doubt wonder denying".split())
# "nothing more than a stunt", "nothing but a stunt", "nothing short of a miracle", "none other
# than Ana Roe": the phrase says what the thing is, it denies nothing
_LIMITING_AFTER = {
    "nothing": (("more", "than"), ("less", "than"), ("but",), ("short", "of")),
    "none": (("other", "than"),),
}


def negated_words(ws: Sequence[str]) -> list[str]:
    """The first content word after each negation of `ws` (`negations`' words, "n't" and
    "non-" forms): what the negation denies.

    >>> negated_words("the missiles are not an existential threat".split())
    ['existential']
    >>> negated_words("we don't think the plan will work".split())
    ['think']
    """
    found = []
    for i, w in enumerate(ws):
        if w in NEGATORS or w.endswith("n't") or _far_from(ws, i):
            found += next(([x] for x in ws[i + 1 :] if x not in FUNCTION_WORDS and x not in NEGATORS), [])
    return found


def negations(ws: Sequence[str]) -> int:
    """Negating words in `ws`, a "non-" prefix among them ("non-negotiable"); "whether or
    not" and "not only" negate nothing, and nor does a negation that only repeats the one
    before it in an elliptic tail ("not on the table and never will be"); "no matter what",
    "no doubt", "no wonder" and "no denying" negate nothing either.

    >>> negations("our ships are not for sale and never will be".split())
    1
    >>> negations("nobody in the port will sell them".split()), negations("we will never sell".split())
    (1, 1)
    >>> negations("there is no doubt that she will win".split())
    0
    >>> negations("it is nothing more than a stunt".split()), negations("it is nothing new".split())
    (0, 1)
    >>> negations("the strike is far from over".split()), negations("the port is not far from town".split())
    (1, 2)
    """
    return sum(
        1
        for i, w in enumerate(ws)
        if (w in NEGATORS or w.endswith("n't") or NON.match(w) or _far_from(ws, i))
        and not (w == "not" and i and ws[i - 1] == "or")
        and not (w == "no" and i + 1 < len(ws) and ws[i + 1] in _NO_IDIOMS)  # "no matter what", "no doubt"
        and not (i + 1 < len(ws) and ws[i + 1] in _NOT_NEGATING_AFTER)
        and not _repeats(ws, i)
        and not _limiting(ws, i)
    )


def _far_from(ws: Sequence[str], i: int) -> bool:
    """Whether `ws[i]` opens "far from", which denies what follows as "nowhere near" and "not"
    do ("the talks are far from over" says they are not over)."""
    return ws[i] == "far" and i + 1 < len(ws) and ws[i + 1] == "from"


def _limiting(ws: Sequence[str], i: int) -> bool:
    """Whether the negator at `i` opens a phrase that limits rather than denies ("nothing
    more than", "nothing but", "none other than")."""
    after = tuple(w.strip(".,;:!?") for w in ws[i + 1 : i + 3])
    return any(after[: len(tail)] == tail for tail in _LIMITING_AFTER.get(ws[i], ()))


def _repeats(ws: Sequence[str], i: int) -> bool:
    """Whether the negation at `i` opens a tail of function words after "and"/"or" that
    repeats a negated clause before it ("… not X and never will be")."""
    tail = [w.strip(".,;:!?") for w in ws[i + 1 :]]
    return (
        i > 1
        and ws[i - 1] in ("and", "or")
        and bool(tail)
        and all(w in FUNCTION_WORDS for w in tail)
        and any(w in NEGATORS or w.endswith("n't") for w in ws[: i - 1])
    )


def stems(ws: Sequence[str]) -> set[str]:
    """Content words, crudely stemmed: "it's" and "don't" are function words, "Iran's" is Iran,
    "attacking" an attack.

    >>> sorted(stems(["attacking", "iran's", "don't", "during", "talks"]))
    ['attack', 'during', 'iran', 'talk']
    """
    out = set()
    for w in ws:
        # "non-negotiable" is about "negotiable"; "I'm", "we're", "they'll" are their pronoun
        w = american(NON.sub("", _CLITIC.sub("", w)))
        if w.endswith("n't") or w in FUNCTION_WORDS or w in NEGATORS:
            continue
        if w.endswith("ing") and len(w) > 6:
            w = w[:-3]  # "attacking" is about an "attack"
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsfz":
                w = w[:-1]  # "quitting" is about "quit", "calling" stays "call"
        elif w.endswith("s") and len(w) > 3:
            w = w[:-1]
        # "leaving" is about "leave", "closing" about "close": a stem keeps no final "e"
        out.add(w[:-1] if w.endswith("e") and len(w) > 4 else w)
    return out


_CLITIC = re.compile(r"(?<=\w)'(?:s|m|re|ve|ll|d)$")


NON = re.compile(r"^non-(?=\w{3})")


# contractions whose stem changes when the negation is written out
_IRREGULAR = {"won't": "will not", "can't": "can not", "shan't": "shall not", "ain't": "is not"}
_CONTRACTED = re.compile(r"\b(\w+)n['’]t\b", re.IGNORECASE)


def uncontracted(text: str) -> str:
    """`text` with its negative contractions written out, for a second try at matching a
    claim typed with them against a quotation that spells them out ("Iran won't talk about
    ballistics" against "we are not ready to talk ballistics").

    >>> uncontracted("Iran won't talk, and they didn’t say so")
    'Iran will not talk, and they did not say so'
    """

    def spelled(m: re.Match[str]) -> str:
        whole = m.group(0).replace("’", "'").lower()
        return _IRREGULAR.get(whole) or f"{m.group(1)} not"

    return _CONTRACTED.sub(spelled, text)


def nameless(claim: str) -> str:
    """The words of `claim` beyond the names it gives (capitalised words), those that carry
    what is claimed of them.

    >>> nameless("Lee is a liar"), nameless("Iran's Lee")
    ('is a liar', '')
    """
    return " ".join(w for w in claim.split() if not w[:1].isupper())


_OPENING_NAME = re.compile(r"^\s*((?:[A-Z][\w.-]*\s+)+)(?=[a-z])")


def subject_untold(claim: str, quote: str) -> bool:
    """Whether `claim` opens with a name as the one it tells of ("Iran wants a deal") and
    `quote` names them only as whom something is done with, to or about ("negotiations with
    Iran continue to see whether a deal can be consummated"): the quote then mentions what the
    claim is about without saying it of them. A claim opening with a possessive ("Iran's
    missiles …") or with no name, and a quote that does not name them, are not judged.

    >>> subject_untold("Varga wants a deal", "I insisted that talks with Varga continue towards a deal")
    True
    >>> subject_untold("Varga wants a deal", "Varga told us a deal is what they are after")
    False
    >>> subject_untold("Varga wants a deal", "We want a deal")
    False
    >>> subject_untold("Varga's party wants a deal", "talks with Varga continue")
    False
    >>> subject_untold("Varga would like a deal", "they are less keen on a deal than Varga wishes")
    False
    """
    m = _OPENING_NAME.match(claim)
    if m is None:
        return False
    name = actor_words(m.group(1))
    said = fold(quote)
    named = any(t.startswith(w[:5]) for t in re.findall(r"[a-z0-9]+", said) for w in name)
    return bool(name) and named and not names_actor(said, name)


def reworded(diff: Sequence[tuple[str, str]]) -> bool:
    """Whether a word diff of a claim against a quotation (``("-", claimed)``, ``("+",
    actual)``, ``("=", shared)``) puts a word of the claim's content in another word: the
    quotation is then only close to the claim ("talks would [-fail-] {+follow+}"), where one
    that only leaves words out or adds some ("[-the missiles-] caused severe damage") says it.

    >>> reworded([("=", "talks would"), ("-", "fail"), ("+", "follow")])
    True
    >>> reworded([("-", "the missiles"), ("=", "caused severe damage")])
    False
    >>> reworded([("=", "talks"), ("-", "will"), ("+", "would"), ("=", "go on")])
    False
    """
    return any(
        op == "-" and nxt == "+" and any(w not in FUNCTION_WORDS for w in words(text.lower()))
        for (op, text), (nxt, _) in zip(diff, diff[1:], strict=False)
    )


# a capital standing for its government, as news writes it ("Washington wants …"), and the
# country's short forms: a claim typed with one is retried with the country's name
_COUNTRY_OF = {
    "washington": "the United States",
    "us": "the United States",
    "usa": "the United States",
    "moscow": "Russia",
    "beijing": "China",
    "tehran": "Iran",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "ankara": "Turkey",
    "riyadh": "Saudi Arabia",
    "pyongyang": "North Korea",
    "seoul": "South Korea",
    "tokyo": "Japan",
    "damascus": "Syria",
    "brussels": "the European Union",
}
_COUNTRY_WORD = re.compile(r"\b(?:the\s+)?(U\.S\.A\.|U\.S\.|USA|US|[A-Z][a-z]+)(?![\w'’])")


def countries_named(claim: str) -> str:
    """`claim` with a capital that stands for its government, and "US", written as the
    country: "… a big problem for Washington" is "… a big problem for the United States".

    >>> countries_named("Iran's missiles are a big problem for Washington")
    "Iran's missiles are a big problem for the United States"
    >>> countries_named("the U.S. and Moscow will talk"), countries_named("Lee is in Oslo")
    ('the United States and Russia will talk', 'Lee is in Oslo')
    """

    def country(m: re.Match[str]) -> str:
        name = _COUNTRY_OF.get(m.group(1).replace(".", "").lower())
        return name if name is not None else m.group(0)

    return _COUNTRY_WORD.sub(country, claim)


def government_of(speaker: str) -> str | None:
    """The country a capital asked after as a speaker stands for ("did Tehran say …?" asks
    what Iran's government said); None for any other speaker.

    >>> government_of("Tehran"), government_of("Moscow"), government_of("Lee")
    ('Iran', 'Russia', None)
    """
    word = speaker.strip()
    if not re.fullmatch(r"[A-Z][a-z]+", word):
        return None
    return _COUNTRY_OF.get(word.lower())


# prepositions and degree words the term stemmer keeps: "against Iran" shares no claim
_UNTOLD = """against along among around behind below beneath beside between beyond despite except inside
near outside past through toward towards upon within without less least still even never""".split()
_LIGHT_TERMS = frozenset(terms(" ".join([*FUNCTION_WORDS, *LIGHT_VERBS, *PARTICLES, *_UNTOLD])))


def shares_a_word(claim: str, sentence: str) -> bool:
    """Whether the words of `claim` beyond its names (`nameless`) and `sentence` have a content
    word in common, or two words news uses for the same thing (`kin.topic_terms`: "strike" for
    "attack"). A paraphrase of a quotation keeps at least one of its words; a claim with no
    content word beyond its names is not judged (True).

    >>> shares_a_word("Lee said the tolls should be scrapped", "“We will scrap the tolls,” Lee said.")
    True
    >>> shares_a_word("the port should be sold", "Lee hinted at action against the firm")
    False
    >>> shares_a_word("Lee will attack Roe", "Roe could strike first, officials warned.")
    True
    """
    mine = {t for t in topic_terms(nameless(claim)) if t not in _LIGHT_TERMS}
    return not mine or bool(mine & set(terms(sentence)))
