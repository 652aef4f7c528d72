""" "What did the mayor offer the strikers?", "Is the union planning to march?", "Who will chair
the inquiry?", "What is Brava's position on the dam?": questions that name the act, or the
holder of a view, whose content they ask for. Pure.

Such a question is answered only by a paragraph that reports that act, in a word of its
family ("offered", "a pledge of …"; "urged", "called on"; "will march", "a march"), or that
speaks of that holder. A paragraph about the same people doing something else ("the mayor
insisted that talks go on", "the union warned that the strike would spread") is near the
question and answers another one, and a view held by someone else ("for the mayor, the aim is
clear") is not the view asked about.
"""

from __future__ import annotations

import re

from ..lexical import terms
from .agreed import AGREEING, asks_agreed, reports_agreement
from .tense import looks_ahead

# what is given, offered or promised: the words of the family, irregular forms spelled out
_GIVING = """offer give gave given promise pledge grant provide hand send sent supply deliver donate
award lend lent sell sold propose proposal extend guarantee assure aid assistance""".split()
# what is asked for
_ASKING = """ask request demand urge call press seek sought want plead appeal push insist pressure
implore lobby require invite encourage tell told wish""".split()
_FAMILIES = {
    **dict.fromkeys("offer give promise pledge grant provide propose".split(), _GIVING),
    **dict.fromkeys("ask request demand urge".split(), _ASKING),
    # "what gift did X bring Y?": a thing brought is a thing given
    **dict.fromkeys("bring brought".split(), [*_GIVING, "bring", "brought"]),
}
# "what did X offer Brava?", "what has X promised his followers?", "what did X ask the council
# to do?": the act after its doer (a few words; "… measure to propose" is a purpose, not the
# act), in the base form or the participle, then the one it is offered to or asked of ("what
# did X give to the world?" may ask what X made)
_WHAT_ACT = re.compile(
    r"^\s*(?i:what\s+(?:else\s+)?(?:did|does|do|has|have|had|will|would))\s+(?:[\w’'.-]+\s+){1,6}?(?<!\bto\s)"
    r"(?i:(offer|give|promise|pledge|grant|provide|propose|ask|request|demand|urge)(?:ed|d|n)?)\s+"
    r"(?:[A-Z]|(?i:the|his|her|their|its|them|him|us|me|a|an)\b)"
)
# "what concessions did X offer in Brava?", "what aid has X promised?", "what gift did X bring
# Y?": the thing given or asked for named before its doer, so the act needs no object after it
_WHAT_THING_ACT = re.compile(
    r"^\s*(?i:what)\s+(?:[a-z][\w-]*\s+){1,2}(?i:did|does|do|has|have|had|will|would)\s+(?:[\w’'.-]+\s+){1,6}?"
    r"(?i:(offer|give|promise|pledge|grant|provide|propose|ask|request|demand|urge|bring|brought)(?:ed|d|n)?)\b"
)
# "is X planning to visit …?", "are they preparing a new strike?", "does X intend to …?": the
# act planned, after "to" or an article
_PLANNED = re.compile(
    r"^\s*(?:(?:is|are|was|were)\s+(?:[\w’'.-]+\s+){1,5}?(?:planning|preparing|intending|considering|"
    r"going|aiming|hoping|threatening)|(?:does|do|did)\s+(?:[\w’'.-]+\s+){1,5}?(?:plan|intend|"
    r"aim|hope|mean))\s+(?:to\s+)?(?:(?:a|an|the|any|another|new|further|more|fresh|keep|continue|start|begin|resume|stop)\s+)*([a-z]{3,})\b",
    re.IGNORECASE,
)
# "did X send troops to Brava?", "has X offered Brava a deal?", "did X bring up the dam?", "did X
# admit the raid?": a yes-or-no question on an act of giving, asking, sending, raising a
# matter, admitting or denying ("give up", "give in" are other acts; "do the articles give …?"
# asks what the sources hold, an act of no one)
_DID_ACT = re.compile(
    r"^\s*(?:did|does|do|has|have|had|will|would)\s+(?!(?:the\s+|both\s+)*(?:two\s+)?(?:sources|articles|"
    r"reports|stories|outlets|accounts|papers|pieces)\b)(?:[\w’'.-]+\s+){1,5}?(?<!\bto\s)"
    r"(offer|give|promise|pledge|grant|provide|propose|ask|request|demand|urge|send|sent|deploy|"
    r"dispatch|bring\s+up|brought\s+up|raise|raised|admit|admitted|acknowledge|confess|concede|confirm|"
    r"deny|denied)(?:ed|d|n)?\s(?!(?:up|in|way|back|off)\b)",
    re.IGNORECASE,
)
# "who will host the next round?", "who is set to lead …?"
_WHO_WILL = re.compile(
    r"^\s*who\s+(?:will|shall|(?:is|are)\s+(?:going|set|due|slated|scheduled)\s+to)"
    r"\s+(?:be\s+)?([a-z]{3,})\b",
    re.IGNORECASE,
)
# acts a report names by another word: a plain family, not an ontology
_ALIKE = [
    "raise bring mention discuss address",
    "lead head chair run command",
    "visit trip travel tour",
    "strike attack hit bomb raid",
    "send dispatch deploy sent",
    "host venue",
    "attend join",
    # "did X admit the attack?" is answered by X admitting it in any word, not by others blaming X
    "admit admitted acknowledge confess concede confirm",
    "deny denied reject dismiss refute",
]
# a denial in other words: "he had nothing to do with it", "she played no part in the raid"
_DENIES = re.compile(
    r"\b(?:nothing\s+to\s+do\s+with|(?:had|has|have|played|took|plays)\s+no\s+(?:part|role|hand)\s+in|"
    r"(?:was|is|were|are|been)\s+not\s+involved|(?:wasn['’]t|isn['’]t|weren['’]t)\s+involved)\b",
    re.IGNORECASE,
)
_UP = re.compile(r"\s+up\b(?!\s+with\b)", re.IGNORECASE)  # "come up with" devises
# "what is Brava's position on …?", "what is the union's stance towards …?"
_POSITION = re.compile(
    r"^\s*(?i:what\s+(?:is|was|are|were)\s+(?:the\s+)?)((?:[A-Z][\w’'.-]*\s+){0,3}?[A-Z][\w.-]*?)['’]s?\s+"
    r"(?i:(?:official\s+)?(?:position|stance|view|views|stand|attitude|opinion|policy)\s+"
    r"(?:on|about|towards?|regarding|over))\b"
)
_NOT_HOLDERS = frozenset("the a an what who is was".split())


def _stems(words: list[str]) -> set[str]:
    return {t for w in words for t in terms(w)} | set(words)


def _has(family: set[str], text: str) -> bool:
    lowered = re.findall(r"[a-z]+", text.lower())
    return any(w in family for w in lowered) or any(t in family for t in terms(text))


def asked_act(question: str) -> set[str] | None:
    """The words (and their stems) any of which a paragraph must hold to report the act
    `question` asks about, or None when it names no such act.

    >>> sorted(asked_act("Is the union planning to march on Friday?") or ())
    ['march']
    >>> "pledg" in (asked_act("What did the mayor offer Brava's drivers?") or set())
    True
    >>> asked_act("What did the mayor say?") is None, asked_act("Will the bridge be rebuilt?") is None
    (True, True)
    >>> asked_act("What did the probes measure to propose a landing site?") is None
    True
    >>> asked_act("Will Brava give up its claim?") is None, asked_act("Did Brava send troops?") is None
    (True, False)
    >>> "accord" in (asked_act("What did Lee and Roe agree on in Kell?") or set())
    True
    >>> "discuss" in (asked_act("Is the dam going to come up at the council?") or set())
    True
    """
    if asks_agreed(question):
        return _stems(AGREEING)
    m = _WHAT_ACT.match(question) or _DID_ACT.match(question) or _WHAT_THING_ACT.match(question)
    if m is not None and m.group(1).lower() in _FAMILIES:
        return _stems(_FAMILIES[m.group(1).lower()])
    if m is not None:  # sending, or raising a matter
        act = m.group(1).lower().split()[0].replace("brought", "bring").replace("sent", "send")
        return _stems(next((g.split() for g in _ALIKE if act in g.split()), [act]))
    m = _PLANNED.match(question) or _WHO_WILL.match(question)
    if m is None:
        return None
    act = m.group(1).lower()
    if act == "come" and _UP.match(question, m.end()):
        act = "raise"  # "is the issue going to come up?": a matter raised, in any word of raising
    alike = next((g.split() for g in _ALIKE if act in g.split()), [act])
    return _stems(alike)


# "is X planning to …?", "who will …?": a plan or a doer still to come, not a past act
_AHEAD_ASKED = re.compile(r"^\s*(?:is|are|does|do|who)\b", re.IGNORECASE)


def act_unreported(question: str, paragraph: str) -> bool:
    """Whether `question` names an act (see `asked_act`) that `paragraph` never reports, or,
    asking what is planned or who will act, reports only as done.

    >>> q = "What did the mayor offer Brava's striking drivers?"
    >>> act_unreported(q, "The mayor insisted that talks with the drivers continue.")
    True
    >>> act_unreported(q, "The mayor offered the drivers a 4 % rise.")
    False
    >>> act_unreported(q, "The drivers were promised a rise by the mayor.")
    False
    >>> q = "What concessions did the mayor offer in Brava?"
    >>> act_unreported(q, "The mayor held talks in Brava."), act_unreported(q, "He offered a rise.")
    (True, False)
    >>> q = "Is the union planning to march on the town hall?"
    >>> act_unreported(q, "The union will hold a vote on the offer next week.")
    True
    >>> act_unreported(q, "The union said it would march to the town hall.")
    False
    >>> act_unreported("Who will lead the inquiry?", "The inquiry will be headed by a judge.")
    False
    >>> act_unreported(q, "Last May the union marched on the town hall.")
    True
    >>> act_unreported("Is the union planning to keep striking?", "The union insists the strikes continue.")
    False
    >>> act_unreported("Did Roe deny any role in the fire?", "Roe said he had nothing to do with it.")
    False
    """
    family = asked_act(question)
    if family is None:
        return False
    if asks_agreed(question):
        # "what did they agree on?" near "… the scope of any potential agreement" (agreed.py)
        return not reports_agreement(paragraph)
    if not _has(family, paragraph) and not ("deny" in family and _DENIES.search(paragraph)):
        return True
    ahead = _WHAT_ACT.match(question) is None and _AHEAD_ASKED.match(question) is not None
    return ahead and not looks_ahead(paragraph)


def asks_denial(question: str) -> bool:
    """Whether `question` asks if someone denied something ("did Roe deny the claim?")."""
    return "deny" in (asked_act(question) or ())


def tells_denial(sentence: str) -> bool:
    """Whether `sentence` tells a denial, in a word of the denying family or in other words.

    >>> tells_denial("He said he had nothing to do with it."), tells_denial("Roe denied it.")
    (True, True)
    >>> tells_denial("The government named Roe as a leader of the plot.")
    False
    """
    return _has(set(_stems("deny denied reject dismiss refute".split())), sentence) or bool(
        _DENIES.search(sentence)
    )


def asked_holder(question: str) -> str | None:
    """The one whose view `question` asks for ("Brava" in "what is Brava's position on …?").

    >>> asked_holder("What is Brava's position on the new dam?")
    'Brava'
    >>> asked_holder("What is the European Union's stance towards the dam?")
    'European Union'
    >>> asked_holder("What is the position of the dam?") is None
    True
    """
    m = _POSITION.match(question)
    if m is None:
        return None
    holder = " ".join(w for w in m.group(1).split() if w.lower() not in _NOT_HOLDERS)
    return holder or None


def holder_absent(question: str, paragraph: str) -> bool:
    """Whether `question` asks for someone's view and `paragraph` never names them.

    >>> holder_absent("What is Brava's position on the dam?", "For Vennick, the dam is a red line.")
    True
    >>> holder_absent("What is Brava's position on the dam?", "Brava's council backs the dam.")
    False
    """
    holder = asked_holder(question)
    if holder is None:
        return False
    names = {w.lower() for w in re.findall(r"[A-Z][\w.-]*", holder)}
    found = {re.sub(r"['’]s$", "", w).lower() for w in re.findall(r"[A-Z][\w’'.-]*", paragraph)}
    return not names & found


# the noun a "what is X's position on Y?" question frames its topic with: a sentence that
# repeats it ("This position complicates …") gives no position by doing so
_STANCE_TERMS = frozenset(terms("position stance view stand attitude opinion policy"))


def without_stance_frame(question: str, qweights: dict[str, float]) -> dict[str, float]:
    """`qweights` without the frame noun of a "what is X's position on Y?" question.

    >>> sorted(without_stance_frame("What is Brava's position on the dam?", {"posit": 1.0, "dam": 2.0}))
    ['dam']
    >>> sorted(without_stance_frame("What position did Ruiz play?", {"posit": 1.0, "ruiz": 2.0}))
    ['posit', 'ruiz']
    """
    if _POSITION.match(question) is None:
        return qweights
    return {t: w for t, w in qweights.items() if t not in _STANCE_TERMS}
