"""The noun phrase opening a sentence, with its appositive: the sentence's subject, which
speaks a quote its sentence gives no cue for (``Asked why, Vasilak was blunt: “…”``).
`leading_np` steps past what news writes before a subject (``But``, ``After the vote,``,
``Speaking in Salem, New Hampshire,``, a dateline) and stops at the verb; `_whole_subject`
tells whether such a subject is sure enough to outrank the paragraph's earlier speaker. Pure;
`extract` and `fallbacks` call them.
"""

from __future__ import annotations

import re

from .cue_words import (
    _ADVERBIAL,
    _NP_START,
    _REPORTING,
    _ROLE_OPENERS,
    _TIME_WORDS,
    GERUNDS,
    SENTENCE_ADVERBS,
)
from .speaker_words import CONNECTORS, SPOKES, TITLES
from .speakers import is_capitalised

_NOT_ROLE = frozenset(
    "the a an and but or in on at of for to from by with as that who which is are was were has".split()
)
_VERBISH = frozenset(
    "was is were are has had have remained appeared seemed will would could did does struck "
    "made took gave met".split()
)
# Verbs that end a subject only written in lower case ("the campaign sent out …"), never in a
# name ("Theresa May", "Kim Won").
_LOWER_VERBS = frozenset(
    "sent told said wrote spoke went came got held kept brought thought felt found began ran won "
    "lost paid led became knew saw stood sought bought built can may might must should shall".split()
)  # not "left" ("on the left") nor "spent" ("spent fuel")


# "And then Trump went on the attack, saying …": words before a sentence's named subject
_LEAD_WORDS = frozenset("and but yet so or then now still instead later also".split())


def _past_lead_words(toks: list[str]) -> list[str]:
    """The tokens from the name that one or two conjunctions or adverbs put off (``But
    Sen. X``, ``And then Trump``), else `toks` (``But in 2010``, ``And Thursday``)."""
    k = 0
    while k < 2 and len(toks) > k + 1 and toks[k].lower() in _LEAD_WORDS:
        k += 1
    if k and toks[k] in ("he", "she"):  # "And she added that …": the pronoun is the subject
        return [toks[k].capitalize(), *toks[k + 1 :]]
    if k == 0 or not is_capitalised(toks[k]):
        return toks
    if toks[k].lower() in _ADVERBIAL | SENTENCE_ADVERBS | _TIME_WORDS:
        return toks
    return toks[k:]


_OBJECT_START = frozenset("a an the that this his her its their to".split())
_TIME_LINKS = frozenset("after before following since until".split())  # "Shortly after the vote,"
_PARTICIPLE_NEXT = frozenset("on by about in at with from for to as".split())


_DATELINE_DASH = re.compile(r"[^,–—]{1,40}\s[–—]\s")


def _opens_np(seg: str) -> bool:
    toks = seg.split()
    return bool(toks) and is_capitalised(toks[0]) and toks[0].lower() not in SENTENCE_ADVERBS


_TIME_OR_PLACE = frozenset("on in at last this early late during".split())


def _time_or_place(seg: str) -> bool:
    """A comma segment that goes on with an adverbial (``on Thursday``, ``last week``)."""
    toks = seg.split()
    return bool(toks) and toks[0] in _TIME_OR_PLACE


def _participle(toks: list[str]) -> bool:
    """``Kicking off the day in Salem, …``, ``Based on the memo, …``: an opening participle
    clause, not a noun phrase."""
    if len(toks) < 2 or not toks[1][:1].islower():
        return False
    first = toks[0].lower()
    return first.endswith("ing") or first.endswith("ed") and toks[1].lower() in _PARTICIPLE_NEXT


def _role_words(toks: list[str], k: int) -> int:
    """Number of lowercase role words at `k` that lead to a capitalised name (0: none)."""
    j = k
    while j < len(toks) and j - k < 3 and toks[j].replace("-", "").isalpha() and toks[j].islower():
        if toks[j] in _VERBISH or toks[j].endswith("ed") or toks[j] in _NOT_ROLE:
            return 0
        j += 1
    if j == k or j + 1 >= len(toks) or not is_capitalised(toks[j]):
        return 0
    # "band member Flea shared …": one name after a person noun, then a lowercase word
    last = toks[j - 1]
    person = (last in TITLES or len(last) > 4 and last.endswith(_PERSON_ENDINGS)) and not any(
        t.endswith("s") or t in _ROLE_OPENERS for t in toks[k:j]
    )  # not "Frank quotes former Carter …": a verb, an adjective
    if not (is_capitalised(toks[j + 1]) or person and toks[j + 1].islower()):
        return 0
    return j - k


_REPORTING_WORDS = _REPORTING | GERUNDS


def _leads_role(toks: list[str]) -> bool:
    """``harbour economist Ana Roe``: one or two role words (three after ``former``) ending in
    a person noun (``economist``, ``senator``), then a name; no verb, no cue word."""
    first = toks[0]
    if first in _ADVERBIAL or first in SENTENCE_ADVERBS or first in _REPORTING_WORDS:
        return False
    n = _role_words(toks, 0)
    last = toks[n - 1] if n else ""
    if not n or n > (3 if first in _ROLE_OPENERS else 2) or first.endswith(("ed", "ing")):
        return False
    return last in TITLES or not last.endswith("s") and last.endswith(_PERSON_ENDINGS)


# a name that owns the noun after it ("Hals’s", "the Greens’"), not a contraction ("It’s")
_OWNER = re.compile(
    r"^(?!(?:it|that|he|she|there|what|here|who|where|let)['’]s$)[A-Z][\w.-]*['’]s?$", re.IGNORECASE
)
# who speak for the one named before them ("Hals’s campaign", "Roe’s lawyers")
_SPEAKS_FOR = SPOKES | frozenset(
    """campaign office team staff aide aides lawyer lawyers attorney attorneys camp adviser
    advisers advisor advisors""".split()
)
_PERSON_ENDINGS = ("ist", "er", "or", "ant", "ent", "ian")


def leading_np(text: str) -> tuple[str, str | None] | None:
    """The noun phrase opening a sentence, with its appositive (``Asked why, Vasilak was blunt``)."""
    segs = re.split(r",|\s[–—]\s", text)  # an appositive between dashes ends the name like a comma
    skipped = False
    for i, seg in enumerate(segs):
        toks = seg.lstrip(" -–—").split()  # "JACKSON, Miss. - U.S. District Judge …"
        if i == 0:
            toks = _past_lead_words(toks)  # "But Sen. Pat Toomey refused …", "And then Trump went …"
        # "After the vote, harbour economist Ana Roe …": a lowercase role before a name, after an opener
        role_led = skipped and bool(toks) and toks[0].islower() and _leads_role(toks)
        if not role_led and (
            not toks
            or len(toks) == 1
            and len(toks[0]) >= 9
            and toks[0].islower() is False
            and toks[0].endswith("ly")
            or toks[0].lower() in _ADVERBIAL
            or toks[0].lower() in SENTENCE_ADVERBS
            or not (is_capitalised(toks[0]) or toks[0].lower() in _NP_START)
            or _participle(toks)
            or len(toks) <= 4
            and toks[-1].lower() in ("later", "earlier", "ago")  # "Hours later,"
            or len(toks) > 1
            and toks[0].lower().endswith("ly")
            and toks[1].lower() in _TIME_LINKS
        ):
            skipped = True
            continue
        place = (
            all(is_capitalised(t) for t in toks)
            and i + 1 < len(segs)
            and (_opens_np(segs[i + 1]) or skipped and _time_or_place(segs[i + 1]))
        )  # "At a rally in Portland, Maine, on Thursday, Trump …": the state goes with the place
        if place and (skipped or i == 0 and _DATELINE_DASH.match(text)):
            # "Speaking in Salem, New Hampshire, Trump …" and "Lund – Mayor X said …": a place
            continue
        out: list[str] = []
        proper = toks[0].lower() not in _NP_START
        k = 0
        while k < min(len(toks), 10):
            bare = toks[k].strip(",:;")
            if not (bare.endswith(".") and "." in bare[:-1]):  # "U.S." keeps its dot
                bare = bare.strip(".")
            adjective = len(out) == 1 and out[0].lower() in ("the", "a", "an") and k + 1 < len(toks)
            if out and (
                bare.lower() in _VERBISH
                or bare in _LOWER_VERBS
                or bare.islower()
                and bare.endswith("ed")
                and not adjective
            ):
                break  # "X announced", but "The retired surgeon": a participle after an article
            if out and proper and bare.islower() and bare not in TITLES and bare not in CONNECTORS:
                role = _role_words(toks, k)  # "Republican presidential front-runner Mark Tollen"
                if not role and _OWNER.search(out[-1]) and bare in _SPEAKS_FOR:
                    out.append(bare)  # "Hals’s campaign sent …": the campaign, not "Hals’s"
                    break
                if not role:
                    break
                out.extend(t.strip(",.:;") for t in toks[k : k + role])
                k += role
                continue
            if (
                out
                and not proper
                and bare.islower()
                and bare.endswith("s")
                and k + 1 < len(toks)
                and (
                    toks[k + 1] in _OBJECT_START
                    # "The Rove ad hits Clinton for …": a verb before a name, after a whole noun phrase
                    or len(out) >= 2
                    and is_capitalised(toks[k + 1])
                    and len(bare) > 3
                    and not bare.endswith(("ss", "us", "is"))
                )
                and out[-1].lower() not in ("and", "or")  # "people or entities that …": a noun
            ):
                break  # "The ad targets a …", "The lawsuit contends that …": the verb, not a plural
            out.append(bare)
            k += 1
            t = toks[k - 1]
            if t.endswith(":"):
                break
        if not out:
            return None
        closed = len(out) == len(toks) and i + 1 < len(segs)
        return " ".join(out), (segs[i + 1].strip() if closed else None)
    return None


def _whole_subject(np: str, surnames: frozenset[str]) -> bool:
    """A sentence subject sure enough to outrank the paragraph's earlier speaker: not a lone
    capitalised opener that is no known surname (``Good information …``, ``It's “…”``), nor a
    phrase cut inside a parenthesis (``Zhèng (Chinese``)."""
    if np.count("(") != np.count(")"):
        return False
    words = np.split()
    return len(words) > 1 or re.sub(r"['’]s$", "", words[0]).lower() in surnames
