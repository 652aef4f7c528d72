"""A did-say asked with a verb that claims more than saying: "did X threaten …?", "did X vow
…?". Pure.

Such a verb is itself the claim: "did the mayor threaten to close the port?" of an article
that says she "hinted at" closing it, or "warned" about it, overstates what she did. With no
quote of hers that says it, the ordinary answer (the paragraph about her) reads as a Yes,
unless it reports the act by a word of the verb's own family ("threatened", "a threat").
Then the paragraph answers; otherwise the reply is that no quote or report of the act was
found, the closest paragraph beside it.

>>> strong_verb("threatened"), strong_verb("vows"), strong_verb("said")
('threaten', 'vow', None)
>>> reports_act("threaten", ["The mayor has hinted at closing the port."])
False
>>> reports_act("threaten", ["The mayor threatened to close the port."])
True
>>> reports_act("vow", ["She pledged to stay in office."])
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# each verb as asked → the stems of the words that report the act (its own family and the
# near synonyms news uses for it)
_FAMILIES = {
    "threaten": ("threat",),
    "vow": ("vow", "pledg", "promis", "swor", "swear"),
    "pledge": ("vow", "pledg", "promis", "swor", "swear"),
    "promise": ("vow", "pledg", "promis", "swor", "swear"),
}
_FORMS = {
    **dict.fromkeys(("threaten", "threatens", "threatened"), "threaten"),
    **dict.fromkeys(("vow", "vows", "vowed"), "vow"),
    **dict.fromkeys(("pledge", "pledges", "pledged"), "pledge"),
    **dict.fromkeys(("promise", "promises", "promised"), "promise"),
}
_PREPOSITIONS = frozenset("of to in on at for from by with".split())
# the forms as a regular expression alternative, for the question parser
STRONG = "|".join(sorted(_FORMS, key=len, reverse=True))


def strong_verb(word: str) -> str | None:
    """The verb a did-say asks with, as its base form, when it claims more than saying."""
    return _FORMS.get(word.lower())


def one_phrase(subject: str) -> bool:
    """Whether the subject of "did <subject> threaten …?" reads as one noun phrase: an article
    inside it follows a preposition ("the head of the port authority"), not a verb ("does Lee
    think the plan threatens …" is not Lee threatening).

    >>> one_phrase("the head of the port authority"), one_phrase("Lee think the plan")
    (True, False)
    """
    words = subject.lower().split()
    return all(
        w not in ("the", "a", "an", "that", "this") or words[i - 1] in _PREPOSITIONS
        for i, w in enumerate(words)
        if i > 0
    )


def reports_act(verb: str, texts: Iterable[str]) -> bool:
    """Whether any of `texts` reports the act `verb` names by a word of its family."""
    stems = _FAMILIES.get(verb, ())
    words = (w for text in texts for w in re.findall(r"[a-z]+", text.lower()))
    return any(w.startswith(stem) for w in words for stem in stems)


def act_noun(verb: str) -> str:
    """What the act `verb` names is called: "a threat", "a pledge"."""
    return "threat" if verb == "threaten" else "pledge"


def act_note(verb: str, said_by: str | None, cue: str | None, *, narrated: bool = False) -> str:
    """Why a quote found for "did X threaten …?" is no Yes: the verb the article reports it with.
    `narrated`: what was found is the writer's own account of X ("Lee has hinted at a strike"),
    no quotation, so it is not called X's words.

    >>> act_note("threaten", "Lee", "hinted")
    'the article reports Lee’s words with “hinted”, which makes no threat'
    >>> act_note("vow", "officials", "said")
    'the article reports officials’ words with “said”, which makes no pledge'
    >>> act_note("threaten", "Lee", "hinted", narrated=True)
    'the article says in its own words, quoting no one, that Lee “hinted”, which makes no threat'
    """
    if narrated and said_by:
        how = f"“{cue}”" if cue else "spoke of it"
        own = "the article says in its own words, quoting no one,"
        return f"{own} that {said_by} {how}, which makes no {act_noun(verb)}"
    who = f"{said_by}{'’' if said_by.endswith('s') else '’s'} words" if said_by else "these words"
    how = f"with “{cue}”" if cue else "without a verb of that kind"
    return f"the article reports {who} {how}, which makes no {act_noun(verb)}"
