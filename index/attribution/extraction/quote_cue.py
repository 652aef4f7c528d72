"""Which cue a quotation takes, and the record it becomes.

In a sentence with cues, a quotation takes the one right after it when it opens the
sentence (``“X,” he said``), an inverted cue right after it (``“…,” said Ana Roe``) or an
``according to`` after it, else the nearest one before it that names someone (``She said:
“X”``), else any later one (`_pick`). A title beside a cue (``X said on CNN’s “New Day.”``)
is no one's words (`_aside_title`), and so are words describing an inverted cue's speaker
(`_describes_speaker`). `_resolve_cues` gives each cue of a sentence its speaker,
a gerund (``adding``) repeating the one before; `_kind_of` tells a direct quote from a
partial one; `_quote` builds the `Quote`. Used by `extract`'s paragraph walk.
"""

from __future__ import annotations

import re

from ...types import Paragraph, Quote, QuoteKind
from ..speakers.coref import NOBODY, SpeakerContext, Who
from ..speakers.cue_words import GERUNDS
from ..speakers.cues import Cue
from ..speakers.roles import shown_role
from .marks import QuoteSpan
from .titles import in_named_work, is_title


def _kind_of(text: str, span: QuoteSpan, lo: int) -> QuoteKind:
    before = text[lo : span.outer_start].rstrip()
    if not before or before.endswith((":", ",")):
        return "direct"
    if span.text[:1].isupper() and span.text[-1:] in ".!?":
        return "direct"
    return "partial"


def _quote(p: Paragraph, a: int, b: int, who: Who, cue: str | None, kind: QuoteKind, context: str) -> Quote:
    return Quote(
        text=p.text[a:b],
        speaker=who.name,
        speaker_detail=shown_role(who.detail),
        cue=cue.strip() if cue else cue,
        doc_id=p.doc_id,
        title=p.title,
        paragraph=p.number,
        start=a,
        end=b,
        kind=kind,
        speaker_kind=who.kind,
        outlet=p.outlet,
        mention=who.mention,
        context=context,
    )


def _names_someone(c: Cue) -> bool:
    if c.verb in GERUNDS:
        return True
    return c.speaker is not None and not (c.verb == "according to" and c.speaker.pronoun)


_RIGHT_AFTER = re.compile(r"[\s,]*")


def _inverted_next(cues: list[Cue], text: str, masked: str, span: QuoteSpan) -> Cue | None:
    """An inverted cue right after a closed quotation (``…, he “changed his mind,” said Ana
    Roe``, ``— “why not?” asked Lee``): it names the quote's speaker, whatever cue came before."""
    if not span.closed or text[span.start : span.close_at].rstrip()[-1:] not in (",", "?", "!"):
        return None
    nxt = next((c for c in cues if c.start >= span.outer_end), None)
    if nxt is None or nxt.speaker is None or nxt.speaker.pronoun or nxt.verb == "according to":
        return None
    gap = _RIGHT_AFTER.match(masked, span.outer_end)
    if nxt.inverted:
        return nxt if gap is not None and gap.end() == nxt.start else None
    between = masked[span.outer_end : nxt.start].strip(" ,")
    if (
        nxt.speaker.kind == "person"
        and between.startswith(nxt.speaker.mention.split()[0])
        and len(between.split()) <= 12
        and not masked[nxt.end :].lstrip().startswith(":")
    ):
        return nxt  # "“…,” Ana Roe wrote": a person, not an outlet reporting ("the Sentinel reported")
    return None


def _pick(cues: list[Cue], span: QuoteSpan, at_start: bool, text: str = "", masked: str = "") -> Cue | None:
    after = [c for c in cues if c.start >= span.outer_end]
    before = [c for c in cues if c.end <= span.outer_start]
    if at_start or (after and _own_after_colon(after[0], before, span, masked)):
        return after[0] if after else None
    according = [c for c in after if c.verb == "according to"]
    if according:
        return according[0]
    inverted = _inverted_next(cues, text, masked, span) if masked else None
    if inverted is not None:
        return inverted
    # A cue that names no one ("according to its tally") does not win over the main cue.
    before = [c for c in before if _names_someone(c)] or before
    return before[-1] if before else (after[0] if after else None)


_OWN_CUE_WORDS = 3  # between a quotation and its own verb: "she", "Ana Roe", "the mayor"
_LEAD_IN_WORDS = 2  # between a cue and the colon it leads in with: "said:", "fired back:"


def _own_after_colon(cue: Cue, before: list[Cue], span: QuoteSpan, masked: str) -> bool:
    """Whether `cue` follows the quotation at once (``“…,” she wrote``) when a colon after a
    clause of its own leads into it (``… posted a message on why no one should be surprised:
    “…,” she wrote.``): the quotation then opens a sentence of its own, and the cue after it
    is its own. A cue right before the colon is the quotation's own still (``Lee said: “…,”
    the Times reported``), and so is one joined by "and" (``saying: “…” and vowing to …``)."""
    lead = masked[: span.outer_start].rstrip()
    if not masked or not lead.endswith(":"):
        return False
    if any(len(masked[c.end : len(lead) - 1].split()) <= _LEAD_IN_WORDS for c in before):
        return False
    between = masked[span.outer_end : cue.start].split()  # the speaker of "she wrote" stands before the verb
    return (
        len(between) <= _OWN_CUE_WORDS
        and not re.search(r"[.!?:;]", " ".join(between))
        and not {w.lower() for w in between} & {"and", "or", "but"}
    )


# The cue's adjunct up to a title: "on"/"with"/"told" and a few words (``told ABC's``), "to" and an
# owner's name (``in a call to ABC's``), or "according to" (a work cited as the source).
_ADJUNCT = re.compile(
    r"\b(?:(?:on|with|told)\s+(?:\S+\s+){0,3}?(?:\S+['’]s\s+)?|to\s+(?:\S+\s+){0,2}?\S+['’]s\s+|according\s+to\s+)$"
)
_IN_STATEMENT = re.compile(
    r"\bin\s+(?:a|an|her|his|its|their)\s+(?:[\w-]+\s+){0,2}statement\b", re.IGNORECASE
)


def _aside_title(text: str, span: QuoteSpan, cue: Cue) -> bool:
    """A title beside a cue, not what was said: before it (``On ABC’s “This Week,” X said``)
    or in the cue's own adjunct (``X said on CNN’s “New Day.”``, ``told ABC's “…”``)."""
    if not is_title(text, span):
        return False
    if span.outer_end <= cue.start or in_named_work(text, span):
        return True
    between = text[cue.start : span.outer_start] + " "
    return len(between.split()) <= 8 and "," not in between and bool(_ADJUNCT.search(between))


# What turns the words after an inverted cue's speaker back into reported speech: a clause
# (``that``), a gerund (``urging them to``), a verb of thinking (``who thinks the staff``) or of
# saying (``who described it as``).
_REPORTS = re.compile(
    r"\b(?:that|\w+ing|thinks?|believes?|feels?|hopes?|fears?|wants?|knows?|expects?|worries|"
    r"said|says|added|told|tells|called|calls|described|describes|warned|argued|noted|wrote|writes|"
    r"claimed|insisted|urged|dubbed|labell?ed|termed|promised|vowed|accused)\b",
    re.IGNORECASE,
)


def _describes_speaker(text: str, span: QuoteSpan, cue: Cue, spans: list[QuoteSpan], lo: int) -> bool:
    """Quoted words inside the description of an inverted cue's speaker, after the quotation
    that cue reports: ``“…,” said Ana Roe, author of “Low Tide,” a history``, ``“…,” said Lee,
    one of the original “gang of four” negotiators``. They name or describe the speaker; what
    the speaker said is the quotation that opens the sentence, right before the cue (``In
    “…,” said the court, the “…”`` goes on with the court's words). Words after a comma or colon
    (``said Lee, “and …”``), a clause, a gerund or a verb of thinking stay the speaker's.
    """
    if not cue.inverted or cue.speaker is None or cue.end > span.outer_start:
        return False
    if not any(
        t.closed and not text[lo : t.outer_start].strip() and 0 <= cue.start - t.outer_end <= 3 for t in spans
    ):
        return False  # the cue reports the quotation that opens the sentence: "“…,” said X"
    between = text[cue.end : span.outer_start]
    if re.search(r"[,:;—–-]\s*$", between) or re.search(r"[.!?]\s", between):
        return False
    return len(between.split()) <= 16 and not _REPORTS.search(between)


def _not_reported(text: str, span: QuoteSpan, cue: Cue, spans: list[QuoteSpan], lo: int) -> bool:
    """Quoted words beside `cue` that it does not report: a title (`_aside_title`) or the
    description of its speaker (`_describes_speaker`)."""
    return _aside_title(text, span, cue) or _describes_speaker(text, span, cue, spans, lo)


def _resolve_cues(cues: list[Cue], ctx: SpeakerContext, subject: Who | None = None) -> list[Who]:
    """Speakers of a sentence's cues in order.

    A gerund (``adding``) repeats the cue before it; with none, the sentence's subject
    (``The mayor, X, rejected it, saying …``), else the last speaker.
    """
    whos: list[Who] = []
    for c in cues:
        if c.speaker is None and c.verb in GERUNDS:
            whos.append(next((w for w in reversed(whos) if w.name), subject or ctx.last))
        elif c.speaker is None:
            whos.append(NOBODY)
        else:
            ctx.at = c.start
            who = ctx.resolve(c.speaker)
            if who.name and _IN_STATEMENT.search(c.text):  # "X said in a statement": then "the statement"
                ctx.stated = who
            whos.append(ctx.in_full(who))
    return whos
