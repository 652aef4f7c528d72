"""A toll asked with one verb is often told with another: "how many died?" of "the war
killed 30 people" or "610 deaths". `fate_kin` weighs the words for the fate a "how many"
question asks about as the question's own. Pure.
"""

from __future__ import annotations

from ..lexical import terms

# the words each fate is told in, as the question's terms (lexical.terms) stem them
_FATE_WORDS = (
    "die died dies dying dead death deaths kill killed killing fatalities fatal perished slain lives",
    "injured injury injuries wounded wounds hurt",
)


def fate_kin(question: str, qweights: dict[str, float]) -> dict[str, float]:
    """`qweights` with the words of the one fate a "how many" question asks about (the dead or
    the hurt) weighed as the question's own word for it: a toll asked with one verb is often
    told with another ("how many died?" of "the war killed 30 people", "610 deaths").

    >>> w = fate_kin("How many died?", {"die": 2.0})
    >>> w["kill"], w["death"]
    (2.0, 2.0)
    >>> fate_kin("How many ships sank?", {"ship": 1.0, "sank": 2.0})
    {'ship': 1.0, 'sank': 2.0}
    """
    if "how many" not in question.lower():
        return qweights
    added: dict[str, float] = {}
    for words in _FATE_WORDS:
        kin = set(terms(words))
        asked = [qweights[t] for t in kin if t in qweights]
        if asked:
            added.update(dict.fromkeys(kin, max(asked)))
    return {**added, **qweights} if added else qweights
