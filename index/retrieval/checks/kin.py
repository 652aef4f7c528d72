"""Words news uses for the same thing, as `lexical.terms` stems: "what did X say about the
talks?" is asked of a quote on "negotiations", and "did the army join the fighting?" is
answered by "joined the offensive". Read by the topic match of "what did X say about Y"
(`attribution/answers/on_topic.py`, `about.py`) and by the check that a yes-or-no question's paragraph
speaks of what is asked (`yes_no.py`); ranking keeps its own terms. Pure.
"""

from __future__ import annotations

from ..lexical import terms

_KIN = (
    ("talk", "negoti", "discuss", "diplomaci"),
    ("deal", "agreement", "accord", "pact", "treati"),
    ("attack", "strike", "raid", "assault", "bomb"),
    ("war", "conflict", "fight", "hostil", "battl", "combat", "offens"),
    ("ceasefir", "truce", "armistic"),
    ("elect", "vote", "ballot"),
    ("protest", "demonstr", "ralli", "unrest"),
    ("sanction", "embargo"),
    ("meet", "summit", "visit", "trip"),
    ("threat", "danger", "risk", "menac"),
    ("missil", "rocket", "projectil"),
    ("damag", "harm", "destruct"),
    ("kill", "death", "dead", "casualti"),
    ("goal", "aim", "object"),
)
_KIN_OF = {stem: set(group) for group in _KIN for stem in group}


def topic_terms(text: str) -> set[str]:
    """The terms of `text` with their `_KIN`: the words a text on that topic may use.

    >>> sorted(topic_terms("the talks"))
    ['diplomaci', 'discuss', 'negoti', 'talk']
    """
    found = set(terms(text))
    return found.union(*(_KIN_OF.get(t, set()) for t in found))
