"""Words that turn a claim into its opposite when the quotation has the other side: "caused
little damage" of "caused severe damage", "talks should stop" of "talks continue". Degree,
direction and stance, as news reports them, and a word against its "un-" form. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .claim_words import FUNCTION_WORDS, NON, stems

# words that turn a claim into its opposite when the quotation has the other side ("caused
# little damage" of "caused severe damage"): degree, direction and stance, as news reports them
_OPPOSED = (
    (
        "little minor slight limited minimal modest negligible",
        "severe major heavy serious extensive significant massive huge considerable",
    ),
    (
        "increase increased rise rose risen grow grew grown higher",
        "decrease decreased fall fell fallen drop dropped decline declined lower",
    ),
    (
        "support supported back backed favor favored welcome welcomed accept accepted",
        "oppose opposed reject rejected condemn condemned refuse refused",
    ),
    ("success successful succeeded", "failure failed unsuccessful"),
    ("continue continued resume resumed", "stop stopped halt halted suspend suspended end ended"),
    (
        "helpful beneficial positive constructive good useful help helps helped benefit benefits",
        "harmful detrimental destructive damaging negative bad hurt hurts harm harms harmed undermine",
    ),
    ("strong stronger", "weak weaker"),
    ("better improve improved", "worse worsen worsened"),
    ("win won victory", "lose lost defeat"),
    ("likely possible", "unlikely impossible"),
    ("ally friend", "enemy foe adversary"),
    ("little scant scarce", "ample plenty plentiful abundant"),
    ("big bigger large larger", "small smaller"),
    ("more greater", "less fewer"),
    ("maximal maximalist maximum", "minimal minimalist minimum"),
    ("include included includes including", "exclude excluded excludes excluding"),
    ("domestic internal", "international foreign external"),
    ("complete full total entire wholesale", "partial"),
    ("pleased happy satisfied glad delighted", "disappointed unhappy dissatisfied displeased upset"),
    ("real genuine", "fake phony bogus"),
    (
        "excellent superb outstanding wonderful terrific fantastic marvelous marvellous",
        "poor terrible awful dismal",
    ),
    ("easy easier", "hard harder difficult tough tougher"),
    ("same identical alike", "different differ differs distinct"),
    ("right correct", "wrong incorrect mistaken"),
    ("want wants wanted wanting", "wary"),
)


def _side(text: str) -> set[str]:
    """A side of `_OPPOSED` as `stems` has it, with the function words it holds ("more")."""
    ws = text.split()
    return stems(ws) | (set(ws) & FUNCTION_WORDS)


_SIDES = [(_side(a), _side(b)) for a, b in _OPPOSED]
_OPPOSITES: dict[str, frozenset[str]] = {}
for _one, _other in _OPPOSED:
    for _w in _one.split():
        _OPPOSITES[_w] = _OPPOSITES.get(_w, frozenset()) | frozenset(_other.split())
    for _w in _other.split():
        _OPPOSITES[_w] = _OPPOSITES.get(_w, frozenset()) | frozenset(_one.split())


_KIN: dict[str, frozenset[str]] = {}
for _one, _other in _OPPOSED:
    for _side_words in (_one.split(), _other.split()):
        for _w in _side_words:
            _KIN[_w] = _KIN.get(_w, frozenset()) | frozenset(_side_words)


def same_side(word: str) -> frozenset[str]:
    """The words `_OPPOSED` puts on `word`'s own side (folded), itself among them.

    >>> "harm" in same_side("destructive"), "helpful" in same_side("destructive")
    (True, False)
    """
    return _KIN.get(word, frozenset())


def opposites(word: str) -> frozenset[str]:
    """The words `_OPPOSED` sets against `word` (folded), as written there.

    >>> sorted(opposites("beneficial"))[:3]
    ['bad', 'damaging', 'destructive']
    """
    return _OPPOSITES.get(word, frozenset())


# verbs of taking a side, after which "for" and "against" are opposites ("voted for the bill"
# against "voted against the bill"); elsewhere "for" is any preposition ("an explanation for")
_STANCE_VERBS = frozenset("vote votes voted voting argue argues argued arguing campaign campaigned".split())


def _vote_sides(ws: Sequence[str]) -> set[str]:
    """The sides ("for", "against") `ws` takes after a stance verb, an adverb between allowed.

    >>> sorted(_vote_sides("he has repeatedly voted against every bill".split()))
    ['against']
    >>> _vote_sides("an explanation for why he voted".split())
    set()
    """
    return {
        w for i, w in enumerate(ws) if w in ("for", "against") and _STANCE_VERBS & set(ws[max(0, i - 2) : i])
    }


_UN = "un"  # "unclear" is the opposite of "clear", "unable" of "able"
# "dishonest" is the opposite of "honest", "disagree" of "agree": the words whose "dis-" form
# negates them (a "dis-" elsewhere does not: "discover", "display", "discount"), as `stems`
# has them
_DIS = "dis"
_DIS_NEGATES = stems(
    "agree agreed honest like liked trust trusted approve approved loyal obey obeyed prove proved "
    "respect respected honor honored allow allowed continue continued qualify qualified believe".split()
)
# "in-" and its forms negate an adjective ("illegal", "incorrect", "irresponsible"): only before
# an adjective's ending (`stems` drops a final "e": "inaccurat"), so that "income" is no "come"
# undone and "impact" no "pact"; "invaluable" and "inflammable" say more, not less
_IN = re.compile(r"^(?:in|im|il|ir)(\w{3,}(?:al|ble?|ent|ant|ate?|ect|ete?|ive?|ure?))$")
_IN_NOT_NEGATING = frozenset(stems("invaluable inflammable".split()))


def _undoes(w: str, other: set[str]) -> bool:
    """Whether `w` is a word of `other` with a negating prefix ("unclear" of "clear",
    "dishonest" of "honest", "illegal" of "legal")."""
    if len(w) > len(_UN) + 3 and w.startswith(_UN) and w[len(_UN) :] in other:
        return True
    if w.startswith(_DIS) and w[len(_DIS) :] in _DIS_NEGATES and w[len(_DIS) :] in other:
        return True
    m = _IN.match(w)
    return m is not None and w not in _IN_NOT_NEGATING and m.group(1) in other


def opposed_words(mine: Sequence[str], theirs: Sequence[str]) -> int:
    """How many of `_OPPOSED`'s pairs set `mine` against `theirs`: one side's word in the
    claim, the other side's in the quote, and neither side in both; or a word in one and
    the same word with "un-", "dis-" or "in-" in the other ("clear" against "unclear",
    "honest" against "dishonest", "legal" against "illegal")."""
    a = stems(mine) | (set(mine) & FUNCTION_WORDS)
    b = stems(theirs) | (set(theirs) & FUNCTION_WORDS)
    pairs = sum(
        1
        for one, other in _SIDES
        if (a & one and b & other and not a & other and not b & one)
        or (a & other and b & one and not a & one and not b & other)
    )
    va, vb = _vote_sides(mine), _vote_sides(theirs)
    pairs += len(va) == len(vb) == 1 and va != vb  # "voted for" against "voted against"
    only_a, only_b = a - b, b - a
    prefixed = any(_undoes(w, other) for mine_, other in ((only_a, only_b), (only_b, only_a)) for w in mine_)
    return pairs + prefixed


_KIN_LETTERS = 5  # "negotiable", "negotiation": one word by their first letters


def idle_non_words(ws: Sequence[str], other: Sequence[str]) -> int:
    """The "non-" words of `ws` whose word `other` holds in no form (none of its words, its
    own "non-" dropped, opens with the same `_KIN_LETTERS` letters) and sets against no
    opposite: such a word negates nothing `other` says, so it reverses nothing of it ("Iran's
    missile programme is non-negotiable" against "we will raise Iran's missile arsenal").

    >>> idle_non_words("the fee is non-negotiable".split(), "the fee is open to negotiation".split())
    0
    >>> idle_non_words("the fee is non-negotiable".split(), "we will raise the fee".split())
    1
    """
    kin = {NON.sub("", w)[:_KIN_LETTERS] for w in other}
    return sum(
        1
        for w in ws
        if NON.match(w) and NON.sub("", w)[:_KIN_LETTERS] not in kin and not opposed_words([w], other)
    )


# what a "non-" adjective denies, in the verbs a claim says it with: "non-negotiable" is "not
# to be discussed", so "the fee could be discussed" reverses "the fee is non-negotiable"
_NON_SENSES = {
    "negotiable": frozenset(
        "negotiate negotiated negotiating discuss discussed discussing debate debated debating bargain "
        "bargained bargaining".split()
    ),
}


def non_senses(mine: Sequence[str], theirs: Sequence[str]) -> list[str]:
    """`mine` with a word that says what one of `theirs`'s "non-" words denies put as that
    word's base ("discussed" as "negotiable" against "non-negotiable"), so the claim and the
    quote share it and the "non-" reads as the negation it is.

    >>> non_senses("the fee could be discussed".split(), "the fee is non-negotiable".split())
    ['the', 'fee', 'could', 'be', 'negotiable']
    >>> non_senses("the fee could be discussed".split(), "the fee is negotiable".split())
    ['the', 'fee', 'could', 'be', 'discussed']
    >>> non_senses("she refused to discuss the fee".split(), "the fee is non-negotiable".split())[3]
    'discuss'
    """
    denied = {NON.sub("", w) for w in theirs if NON.match(w)}
    senses = {w: base for base in denied & _NON_SENSES.keys() for w in _NON_SENSES[base]}
    # "refused to discuss the fee" says what "non-negotiable" says: left as it is
    return [
        w if _REFUSING & set(mine[max(0, i - _REFUSAL_REACH) : i]) else senses.get(w, w)
        for i, w in enumerate(mine)
    ]


# verbs that deny the verb after them ("refused to discuss", "declined to negotiate")
_REFUSING = frozenset("refuse refused refuses refusing decline declined declines declining".split())
_REFUSAL_REACH = 3  # "refused even to discuss": the words a refusal may stand before its verb
