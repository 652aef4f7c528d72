"""Cue phrases (``said``, ``told AFP``, ``according to``) and the speaker phrase each one names.

Works on one sentence of a paragraph whose quotations are masked (`quotemarks.mask_quotes`),
so words inside quotes are never read as cues. The speaker is the noun phrase before the
verb (``Danny X, an Iran expert at Y, told AFP``), or after it when the verb comes first
(``said Danny X, an Iran expert at Y``; ``according to X``). Gerunds (``adding``) carry no
speaker of their own: the caller gives them the previous one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .cue_words import (
    _AS_BY,
    _ASKED_AFTER,
    _AUDIENCE,
    _AUX_ADV,
    _BASE_FORMS,
    _BOUNDARY,
    _CONJ,
    _CUE,
    _DETERMINERS,
    _MEDIUM,
    _NOUN_BEFORE,
    _NOUN_TOO,
    _NP_START,
    _OPENERS,
    _PAREN,
    _PASSIVE,
    _PUT_IT_NEXT,
    _REPORTING,
    _SUBORDINATORS,
    _TAKES_OBJECT,
    _TEXTS,
    _TIME_WORDS,
    _WHEN,
    _WITH_NP,
    DIRECT_ONLY,
    GERUNDS,
    connective_only,
)
from .inner_title import past_inner_title
from .reported import clause_end, clause_start, object_not_clause
from .speaker_object import parse_object
from .speaker_subject import parse_subject
from .speakers import (
    Speaker,
    classify_speaker,
    head_noun,
)

_PREP_OBJECTS = (("warn", "of"), ("hint", "at"))
_TRAILING_LINK = re.compile(r"[\s,]+(?:while|whereas|and|but|as|when|though|although)$", re.IGNORECASE)
_STATES_VERB = re.compile(r"\s*(?:that\b|:|[.!?]|$)")
_AFTER_QUOTE = re.compile(r"[”\"],?\s+\S+(?:\s+\S+){0,3}\s*$")  # "“…,” the letter states, …"


@dataclass(frozen=True)
class Cue:
    """A cue in a paragraph: the phrase at `[start, end)`, its speaker, and the reported clause.

    `content` is the span of the reported words (for indirect speech), or None.
    """

    start: int
    end: int
    text: str
    verb: str
    speaker: Speaker | None
    inverted: bool
    content: tuple[int, int] | None


_TO = re.compile(r"\s+to(?=\s)")  # a medium given to someone: "in a statement to the Herald"


def _strip_end(text: str, lo: int, hi: int) -> tuple[int, int]:
    while hi > lo and (text[hi - 1] in ' ,.;:!?”"’' or text[hi - 1].isspace()):
        hi -= 1
    while lo < hi and text[lo] in " ,":
        lo += 1
    return lo, hi


_ASKED_BY = re.compile(r"(?<![\w’'])Asked(?= by )")  # "Asked by Ana Roe if …, Lund said"
# A passive label and its agent: "was labeled a “…” by X", "as described by X"
_LABELS = frozenset("called described dubbed branded labelled labeled characterized".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_ASKING = frozenset("asking shouting yelling screaming replying retorting quipping exclaiming".split())
_ASKS = re.compile(r"\s*(?:[,:“\"]|(?:whether|if|why|how|what|who|when|where)\b)")
_SPACED_HYPHEN = re.compile(r"\s-\s")
_ASIDE_END = re.compile(r"\s[-–—]+\s|[–—;(]")
_BY_AGENT = re.compile(r"(?:\s+(?:as|a|an|the|[“”\"]x+[,.]?[“”\"]|[“”\"]x+[,.]?)){0,8}?\s+by\s+(?=[A-Z])")
# The agent of "asked by": up to a comma, a quotation or the question's clause word
_ASKER = re.compile(
    r"\s*([^,“”\"]{2,80}?)(?=\s*(?:[,“”\"]|\s(?:whether|if|about|why|how|what|when|to|for)\b|$))"
)
# A name right before a gerund, after a dash, a comma or "and": "– Ana Roe saying", "and Lund calling"
_NAME_GERUND = re.compile(
    r"(?:^\s*|[,;]\s*|\s-\s+|\band\s+)((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?:[a-z]+ly\s+)?$"
)


def find_cues(
    text: str, masked: str, lo: int, hi: int, surnames: frozenset[str], stops: tuple[int, ...] = ()
) -> list[Cue]:
    """Cues in the sentence `masked[lo:hi]`, in order, each with its speaker and reported clause.

    `stops` are extra positions a speaker phrase cannot reach back past (ends of quotes).
    """
    cues: list[Cue] = []
    starts: list[int] = []  # where each cue's speaker phrase starts
    floor = lo
    if "(" in masked[lo:hi]:
        masked = _PAREN.sub(lambda m: " " * len(m.group()), masked)
        np_text = _PAREN.sub(lambda m: " " * len(m.group()), text)
    else:
        np_text = text
    for m in (*_ASKED_BY.finditer(masked, lo, hi), *_CUE.finditer(masked, lo, hi)):
        vs, ve = m.span()
        verb = "asked" if m.re is _ASKED_BY else m.group(0)
        sp: Speaker | None
        content: tuple[int, int] | None
        before = masked[lo:vs].split()
        k = len(before)  # "was also criticized", "is widely praised": passive past an adverb
        while k > 1 and (before[k - 1].lower() in _AUX_ADV or before[k - 1].lower().endswith("ly")):
            k -= 1
        if verb in ("put it", "puts it") and not _PUT_IT_NEXT.match(masked, ve):
            continue
        if (
            verb in _AS_BY
            and [w.lower() for w in before] in (["as"], ["as", "first"])
            and masked.startswith(" by ", ve)
        ):  # "As reported by X, …" opening a sentence: X is the source (mid-sentence, an outer one)
            comma = masked.find(",", ve, hi)
            obj = parse_object(np_text[ve + 4 : comma if comma > 0 else hi])
            if obj:
                sp = classify_speaker(obj[0], obj[1], surnames)
                cues.append(Cue(vs, ve, f"{verb} by", verb, sp, True, None))
                starts.append(vs)
                floor = ve
            continue
        if verb == "asked" and masked.startswith(" by ", ve):
            # "X was asked by moderator Ana Roe whether …, “…”": the question is the asker's
            agent = _ASKER.match(np_text, ve + 4, hi)
            obj = parse_object(agent.group(1)) if agent else None
            if obj is not None:
                sp = classify_speaker(obj[0], obj[1], surnames)
                cues.append(Cue(vs, ve + 3, "asked by", verb, sp, True, None))
                starts.append(vs)
                floor = ve
            continue
        agent = _BY_AGENT.match(masked, ve, hi) if verb in _LABELS else None
        obj = parse_object(_ASIDE_END.split(np_text[agent.end() : hi])[0]) if agent else None
        if obj is not None and obj[0].split()[0].lower() not in _TIME_WORDS | _MONTHS:
            # "labeled a “witch hunt” by Democrats", "as described by Ana Roe": the agent's words
            sp = classify_speaker(obj[0], obj[1], surnames)
            cues.append(Cue(vs, ve, verb, verb, sp, True, None))
            starts.append(vs)
            continue
        if before and (before[-1].lower() in _PASSIVE or before[k - 1].lower() in _PASSIVE):
            continue
        if verb == "said" and before and before[-1].lower() == "that" and len(before) == 1:
            continue
        if before and (
            before[-1].lower() in _DETERMINERS
            or before[-1].isdigit()  # "11 states holding primaries"
            or before[-1].lower() == "that"
            and verb in _NOUN_TOO
        ):
            continue  # "the states", "many claims", "… that states can pass such laws"
        if verb == "states" and not (_STATES_VERB.match(masked, ve) or _AFTER_QUOTE.search(masked, lo, vs)):
            continue  # "in many Asian states, and", "the March states account for": the noun
        if (
            verb in DIRECT_ONLY
            and before
            and before[-1].lower() in ("who", "which")
            and not (before[-1].lower() == "who" and _quotes_next(verb, masked, ve, hi))
        ):
            continue  # "an official who asked not to be named": a relative clause, not a cue
        if verb == "asked" and before and before[-1].lower() in _ASKED_AFTER:
            continue  # "X, when asked about it, replied …": a participle, not X's cue
        if verb in GERUNDS and before and before[-1].lower() in _NOUN_BEFORE:
            continue  # "with little warning": a noun
        if verb in _ASKING and not _ASKS.match(masked, ve):
            continue  # "asking not to be named", "asking voters to wait": a request, not a question
        if verb in ("agreed", "agrees") and masked.startswith((" to ", " on "), ve):
            continue  # "the government agreed to make a payment": an undertaking, not speech
        if verb in _BASE_FORMS and "to" in (w.lower() for w in before[-2:]):
            continue  # "wants him to explain": an infinitive
        boundary = max(
            [floor] + [masked.rfind(ch, lo, vs) + 1 for ch in _BOUNDARY] + [x for x in stops if x <= vs]
        )
        if verb.lower().startswith("according"):
            # "According to X, …" ends X at the comma; "“…,” according to X, a Y, …" does not.
            at_start = not masked[lo:vs].strip(" ,")
            comma = masked.find(",", ve, hi)
            obj = parse_object(text[ve : comma if at_start and comma > 0 else hi])
            sp = classify_speaker(obj[0], obj[1], surnames) if obj else None
            if at_start:
                content = _strip_end(text, comma + 1, hi) if comma > 0 else None
            else:
                content = _strip_end(text, lo, vs)
            label = f"according to {sp.via}" if sp and sp.via else "according to"
            cues.append(Cue(vs, ve, label, "according to", sp, True, content))
            starts.append(vs)
            floor = ve
            continue
        cue_end = ve
        label = verb
        if verb in ("told", "tells", "telling"):
            aud = _AUDIENCE.match(masked, ve, hi)
            if aud:
                cue_end = aud.end(1)
                while masked[cue_end - 1] == "." and not re.search(r"\b[A-Z]\.[A-Z]\.$", masked[vs:cue_end]):
                    cue_end -= 1
                label = text[vs:cue_end]
        med = _MEDIUM.match(masked, cue_end, hi)
        if med:
            cue_end = med.end()
            to = _TO.match(masked, cue_end, hi)  # "wrote in a statement to the Herald"
            aud = _AUDIENCE.match(masked, to.end(), hi) if to else None
            if aud:
                cue_end = aud.end(1)
            label = text[vs:cue_end]
        when = _WHEN.match(masked, cue_end, hi)
        if when:
            cue_end_content = when.end()
        else:
            cue_end_content = cue_end
        if verb in GERUNDS:
            c0 = cue_end + (5 if masked.startswith(" that", cue_end) else 0)
            with_np = _WITH_NP.search(np_text, boundary, vs)  # "…, with spokesman Tom Reyes saying"
            parsed = parse_subject(with_np.group(1)) if with_np else None
            named = None if with_np else _NAME_GERUND.search(np_text[boundary:vs])
            if named is not None and named.group(1).split()[0].lower() not in _OPENERS | _CONJ | _NP_START:
                parsed = (named.group(1), None, 0)  # "… met twice – Roe saying …, and Lund calling …"
            sp = classify_speaker(parsed[0], parsed[1], surnames) if parsed else None
            cues.append(Cue(vs, cue_end, label, verb, sp, False, _strip_end(text, c0, hi)))
            starts.append(vs)
            continue  # no floor: "X, writing for the majority, said …" still finds X
        between = np_text[boundary:vs].strip(" ,").split()
        if connective_only(np_text[boundary:vs]):
            between = []  # "But, said Solovey, “…”", "In other words, explained X:": inverted
        # "“…” if she loses by ten points, said X": a subordinate clause, then an inverted cue
        # "… a “lightning rod” and voters get nervous, said X": the clause goes on past the
        # quotation, then an inverted cue (a subject of its own has no comma before its verb)
        subordinate = (
            len(between) > 2
            and (
                between[0].lower() in _SUBORDINATORS
                or between[0].lower() in ("and", "but")
                and "," not in np_text[boundary:vs].strip(" ,")
            )
            and np_text[boundary:vs].rstrip().endswith(",")  # an inverted cue follows a comma
        )
        invertible = verb not in _TAKES_OBJECT  # "described the impact as …" names no speaker
        # "“…,” X said": a quotation closed by a comma (or ? or !) and the cue's own phrase
        after_quote = boundary in stops and (
            text[boundary - 2 : boundary - 1] in (",", "?", "!") or text[boundary : boundary + 1] == ","
        )
        obj = (
            parse_object(np_text[cue_end:hi], after_quote and not between)
            if invertible and (not between or subordinate)
            else None
        )
        subj = (
            parse_subject(np_text[boundary:vs], after_quote)
            if not ((subordinate or not between) and obj)
            else None
        )
        aside = list(_SPACED_HYPHEN.finditer(np_text, boundary, vs))
        if subj is None and obj is None and len(aside) >= 2:
            # "In May - months after X left - the agency told": an aside between hyphens typed
            # for dashes, then the subject
            subj = parse_subject(np_text[aside[-1].end() : vs])
            if subj:
                subj = (subj[0], subj[1], subj[2] + aside[-1].end() - boundary)
        if subj is None and obj is None and boundary in stops:
            subj = past_inner_title(np_text, masked, lo, floor, boundary, vs, stops)
        if subj is None and obj is None and invertible and np_text[boundary:vs].rstrip().endswith(","):
            obj = parse_object(np_text[cue_end:hi])  # "“…” but to lead the ads, says X"
        inverted = False
        if subj:
            phrase, detail, pos = subj
            sp = classify_speaker(phrase, detail, surnames)
            np_start = boundary + pos
        else:
            sp = classify_speaker(obj[0], obj[1], surnames) if obj else None
            inverted, np_start = True, vs
        if verb in ("read", "reads") and not (
            sp and (sp.via and (not inverted or head_noun(sp.via) in _TEXTS) or head_noun(sp.name) in _TEXTS)
        ):
            continue  # only a text reads: "“…,” the statement read", "“…,” reads an editorial in X"
        if sp and sp.via:
            label = sp.via
        c0 = cue_end_content
        if masked.startswith(" that", c0):
            c0 += 5
        elif (prep := object_preposition(verb, masked, c0)) is not None:
            c0 += len(prep) + 1  # "warned of strikes", "hinted at action": the object, without "of"
        elif (after := clause_start(masked, c0, hi, verb in ("told", "tells") or bool(med))) is not None:
            c0 = after  # "told staff in an email seen by X that …"
        if verb in ("added", "adds") and not inverted and object_not_clause(masked[c0:hi]):
            continue  # "when the firm added four names to its list": not speech
        content = _strip_end(text, c0, clause_end(masked, c0, hi, _REPORTING))
        if inverted or (content and len(text[content[0] : content[1]].split()) < 3):
            content = _strip_end(text, lo, np_start) if masked[lo:np_start].rstrip().endswith(",") else None
        cues.append(Cue(vs, cue_end, label, verb, sp, inverted, content))
        starts.append(np_start if not inverted else vs)
        if verb not in _TAKES_OBJECT:  # "X praised Y and said …": "said" still finds X
            floor = cue_end
    return _stop_at_next_speaker(text, cues, starts)


# A quotation opening a few words on, in the same clause: "who mused on Monday that “…”".
_QUOTE_SOON = re.compile(r"(?:[\s,]+[^\s,;“”\"]+){0,10}?[\s,:]+[“\"]x")


def _quotes_next(verb: str, masked: str, at: int, hi: int) -> bool:
    """A relative clause that reports a quotation (``Ana Roe, who proclaimed in July that
    “…”``, ``a tweet from Ana Roe who tweeted, “…”``), not ``who asked not to be named``."""
    m = _QUOTE_SOON.match(masked, at, hi)
    return verb != "asked" and m is not None and _CUE.search(masked, at, m.end()) is None


def object_preposition(verb: str, masked: str, at: int) -> str | None:
    """``of`` after ``warned``, ``at`` after ``hinted``: a verb whose object is what was said."""
    for stem, prep in _PREP_OBJECTS:
        if verb.startswith(stem) and masked.startswith(f" {prep} ", at):
            return prep
    return None


def _stop_at_next_speaker(text: str, cues: list[Cue], starts: list[int]) -> list[Cue]:
    """``X hinted at A, while Y warned of B``: A stops where Y, the next speaker, starts."""
    out = []
    for i, c in enumerate(cues):
        nxt = next((starts[j] for j in range(i + 1, len(cues)) if starts[j] > c.end), None)
        if c.content is not None and nxt is not None and c.content[0] < nxt < c.content[1]:
            head = text[c.content[0] : nxt].rstrip()
            if not (head.endswith(",") or _TRAILING_LINK.search(head) and "," in head[-12:]):
                out.append(c)  # "that Jones said …": a report inside the report
                continue
            a, b = _strip_end(text, c.content[0], nxt)
            while True:
                m = _TRAILING_LINK.search(text, a, b)
                if not m:
                    break
                a, b = _strip_end(text, a, m.start())
            c = replace(c, content=(a, b)) if b - a > 0 else replace(c, content=None)
        out.append(c)
    return out
