"""Claims a journalist checks against the quotes: "did X say …?" (`did_say`: yes with the
quote, no with who did say it, or not found) and a claim that names its speaker ("X said
…", "“…,” X said", `check_claim`: are the words theirs, does the quote say the opposite).
Built on `check.py`'s quote matching. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from ...text import words
from ...types import Quote
from ..claim import parse_claim
from ..speakers.speaker_groups import SpeakerGroup, group_speakers, offices_named
from .asked import denies, is_question, own_reversal, reply_to
from .asked_speaker import find_speakers
from .check import LIGHT_TERMS, QuoteCheck, Weigh, _check, _matches, _rare_words, check_quote, reversal_diff
from .cited_label import quoted_within
from .claim_words import government_of, stems
from .joined import joined_quote
from .match_words import _Match, _spelled, writers_words
from .meaning import opposing_clause, said_text
from .opposites import opposites
from .own_words import own_paraphrase
from .relayed import relayed_source


@dataclass(frozen=True)
class DidSay:
    """Answer to "did `speaker` say `text`": ``yes``/``no``/``not_found``, or ``contradicts``
    when their own quote says the reverse (`asked.py`: of the claim, or of a question put to
    them that the claim's words come from).

    `check` is the match the answer cites (for ``no``: the real speaker's quote, whose
    speaker is `said_by`); `group` is the speaker the question named, if any was found.
    """

    verdict: Literal["yes", "no", "not_found", "contradicts"]
    check: QuoteCheck
    said_by: str | None = None
    group: SpeakerGroup | None = None
    asked: Quote | None = None  # the question (someone else's) that `check`'s quote answers


def did_say(
    speaker: str, text: str, quotes: Sequence[Quote], weigh: Weigh | None = None, asks: bool = False
) -> DidSay:
    """Did `speaker` say `text`? Yes with the quote, no with who did, or not found. With
    `asks` ("did X ask who …?") a quoted question is the claim itself, not an interviewer's.

    >>> q = Quote("We will not yield.", "Jane Roe", None, "said", "d", "T", 3, 0, 18)
    >>> did_say("Roe", "we will not yield", [q]).verdict, did_say("Smith", "we will not yield", [q]).said_by
    ('yes', 'Jane Roe')
    """
    country = government_of(speaker)
    namesake = any(q.speaker_kind == "person" and _surname(q) == speaker for q in quotes)
    capital = country is not None and not namesake
    if country is not None and capital:
        # "did Tehran say …?": the capital stands for its government, unless a person quoted
        # bears the name ("Ellen Washington"); a source based there is not it either
        speaker = country
    # a description may fit more than one speaker ("an anonymous source"): any of them will do
    groups = find_speakers(speaker, quotes)
    if (groups or capital) and _speaks_through_offices(speaker, groups):
        # "did Iran say …?": its ministries and spokespeople speak for it, as "what did Iran
        # say?" lists them (`answers.voiced_by`)
        groups += [g for g in offices_named(speaker, group_speakers(quotes)) if g not in groups]
    pool = [q for g in groups for q in g.quotes]
    found = _matches(text, quotes, weigh)
    theirs = [m for m in found if any(m.quote is q for q in pool)]
    group = _group_of(theirs[0].quote, groups) if theirs else groups[0] if groups else None
    holder = _key_word_elsewhere(text, theirs[0], quotes, weigh) if theirs else None
    if theirs and theirs[0].rank[:1] >= found[0].rank[:1] and holder is None:
        # "“He can have the keys,” Lee said. “But I hope they are fake.”": a loose match of
        # "did Lee say he hopes the keys are real?" is answered by the next sentence's reverse
        beside = [q for q in pool if q is not theirs[0].quote and _same_paragraph(q, theirs[0].quote)]
        mine = own_reversal(text, beside) if not theirs[0].exact else None
        if mine is not None:
            return DidSay("contradicts", QuoteCheck("misworded", mine), mine.speaker, group)
        return DidSay("yes", _check(theirs[0]), theirs[0].quote.speaker, group)
    if groups and weigh is not None:
        # "did Shamkhani say the missiles are negotiable?" of his one word "non-negotiable":
        # a partial quotation is held to the claim by the sentence it stands in
        in_sentence = _in_sentence(text, pool, weigh)
        if in_sentence is not None:
            return DidSay(
                "yes", _check(in_sentence), in_sentence.quote.speaker, _group_of(in_sentence.quote, groups)
            )
    if not found:
        # "did Lee say he was pleased with the board?" of Lee's "I'm disappointed in the
        # board": too few words alike to match, enough to say the reverse
        mine = own_reversal(text, pool) if weigh is not None else None
        if mine is not None:
            return DidSay("contradicts", QuoteCheck("misworded", mine), mine.speaker, _group_of(mine, groups))
        others = [q for q in quotes if q.speaker and not any(q is x for x in pool)]
        elsewhere = _in_sentence(text, others, weigh) if weigh is not None and groups else None
        if elsewhere is not None and reversal_diff(text, said_text(elsewhere.quote)) is None:
            # "did Lee say the visit would have a “ruinous” effect?" of the sentence around
            # Roe's one quoted word: Roe is on record for it, not Lee
            return DidSay("no", _check(elsewhere), elsewhere.quote.speaker, group)
        return DidSay("not_found", QuoteCheck("not_found", None), group=group)
    best = holder or found[0]
    reverse = None
    if not best.exact and weigh is not None:
        # "did Lee say the fees are negotiable?" when Roe is on record calling them
        # "non-negotiable": the quotation that reverses the claim's own word answers it better
        # than a paraphrase of someone else sharing its common words
        others = [q for q in quotes if not any(q is x for x in pool)]
        reverse = _in_sentence(text, others, weigh)
        if reverse is not None and reversal_diff(text, said_text(reverse.quote)) is not None:
            best = reverse
    if best.quote.speaker is None:
        # words the article quotes without saying whose (a scare quote, a speaker the rules
        # could not resolve): no one is on record for them, so no one else said it either
        return DidSay("not_found", QuoteCheck("not_found", None, prose=best.quote), group=group)
    if best is not reverse and _reordered(best):
        # "did Lee say he would strike Roe?" of "Roe could strike Lee's ports": the words
        # are shared in another order, who does what to whom turned round, and no more than
        # one of them kept in place: no one else said it either
        return DidSay("not_found", QuoteCheck("not_found", None), group=group)
    if group is None:
        # The speaker is never quoted; still say who said it.
        return DidSay("no", _check(best), best.quote.speaker, None)
    if is_question(best.quote) and not asks:
        # an interviewer's question is no claim of theirs: the asked speaker's reply answers
        reply = reply_to(best.quote, pool)
        if reply is not None and denies(text, best.quote, reply):
            return DidSay("contradicts", QuoteCheck("misworded", reply), reply.speaker, group, best.quote)
        return DidSay("not_found", QuoteCheck("not_found", None), group=group)
    mine = own_reversal(text, pool) if weigh is not None else None
    if mine is not None:
        # "did Dale say he would leave the stage?" of his own "I'm not leaving the stage":
        # his words answer it before anyone else's that share more of the claim's
        return DidSay("contradicts", QuoteCheck("misworded", mine), mine.speaker, _group_of(mine, groups))
    own = own_paraphrase(text, pool, weigh) if weigh is not None and not best.exact else None
    if own is not None:
        # someone else's words closer to the claim's, the asked speaker's own saying it too
        return DidSay("yes", _check(own), own.quote.speaker, _group_of(own.quote, groups))
    return DidSay("no", _check(best), best.quote.speaker, group)


def _reordered(m: _Match) -> bool:
    """Whether an inexact match keeps at most one content word of the claim in place (the
    diff's shared runs) and holds the content words both share in another order."""
    if m.exact or len(stems([w for op, ws in m.diff if op == "=" for w in words(ws)])) >= 2:
        return False
    claimed = [w for op, ws in m.diff if op in ("=", "-") for w in words(ws)]
    mine = _in_order(claimed)
    theirs = _in_order([w for op, ws in m.diff if op in ("=", "+") for w in words(ws)])
    both = set(mine) & set(theirs)
    if [t for t in mine if t in both] == [t for t in theirs if t in both]:
        return False
    # "the fee is unfair" of "an unfair fee": what the claim predicates of its subject,
    # put before it, is the same claim, not who does what to whom turned round
    k = next((i for i, w in enumerate(claimed) if w in _COPULAS), None)
    if k is not None:
        moved = _in_order(claimed[k + 1 :] + claimed[:k])
        return [t for t in moved if t in both] != [t for t in theirs if t in both]
    return True


_COPULAS = frozenset("is are was were be been".split())


def _in_order(ws: Sequence[str]) -> list[str]:
    """The content words' stems of `ws`, each once, in the order they first come."""
    out: list[str] = []
    for w in ws:
        out += [t for t in sorted(stems([w])) if t not in out]
    return out


def _surname(q: Quote) -> str:
    return (q.speaker or "").split()[-1] if q.speaker else ""


def _same_paragraph(a: Quote, b: Quote) -> bool:
    return a.doc_id == b.doc_id and a.paragraph == b.paragraph


def _speaks_through_offices(speaker: str, groups: Sequence[SpeakerGroup]) -> bool:
    """Whether `speaker` is a name ("Iran", "Hamas"; no person, no office's "the ministry" or
    "Lee's office") whose offices speak for it."""
    return (
        speaker[:1].isupper()
        and not re.search(r"['’]", speaker)
        and not speaker.lower().startswith(("the ", "a ", "an "))
        and not any(g.kind == "person" for g in groups)
    )


def _group_of(q: Quote, groups: Sequence[SpeakerGroup]) -> SpeakerGroup | None:
    return next((g for g in groups if any(x is q for x in g.quotes)), None)


def _in_sentence(text: str, quotes: Sequence[Quote], weigh: Weigh) -> _Match | None:
    """The partial quotation among `quotes` whose sentence (`said_text`) holds the claim's
    distinctive words (`_rare_words`), one of them (or its opposite) in the quoted words
    themselves, as a match of the quotation; None if none does. The quoted words are what the
    speaker is on record for: "did they call the visit brief?" is not matched by the sentence
    around their "destructive", which shares only "visit"; "did they call the visit
    constructive?" is, and is answered as its reverse."""
    claim = _spelled(text)
    mine = weigh(text)
    found = [
        replace(m, quote=q)
        for q in quotes
        if (said := said_text(q)) != q.text
        and (
            mine.keys() & (weigh(q.text) | weigh(q.text.replace("-", " "))) or _reverses_a_word(text, q.text)
        )
        and (m := _rare_words(text, claim, replace(q, text=said), weigh, opposed=True)) is not None
    ]
    return max(found, key=lambda m: m.rank, default=None)


def _reverses_a_word(claim: str, quoted: str) -> bool:
    """Whether the claim holds the opposite of one of the quoted words ("constructive" of
    "destructive"): it speaks of what they are on record for, the other way round."""
    mine = set(words(claim))
    return any(mine & opposites(w) for w in words(quoted))


def _key_word_elsewhere(
    text: str, theirs: _Match, quotes: Sequence[Quote], weigh: Weigh | None
) -> _Match | None:
    """Another speaker's quote that holds the claim's rarest word, when the named speaker's
    quote, found only as a paraphrase, lacks it: "did Roe say the strike is an existential
    threat?" is not answered yes by Roe's "a major threat to the port" when Poe said "I don't
    think it's an existential threat"."""
    if weigh is None or theirs.exact:
        return None
    if opposing_clause(text, said_text(theirs.quote)) is not None:
        # "did Roe say the talks should be halted?" of Roe's "the talks must continue": the
        # key word's opposite is in Roe's quote, which answers the claim (it says the reverse)
        return None
    mine = {t: w for t, w in weigh(text).items() if t not in LIGHT_TERMS}  # "want" is no key word
    if not mine:
        return None
    key = max(mine, key=lambda t: mine[t])
    if key in weigh(theirs.quote.text):
        return None
    others = [q for q in quotes if q.speaker != theirs.quote.speaker and key in weigh(q.text)]
    found = [m for q in others if (m := _rare_words(text, _spelled(text), q, weigh)) is not None]
    return max(found, key=lambda m: m.rank, default=None)


def _describes(claimed: str, q: Quote) -> bool:
    """Whether a speaker the claim names by description ("the analyst in Tehran") fits the
    quote's speaker as the article gives it ("an analyst based in Tehran")."""
    given = stems(words(" ".join(filter(None, (q.speaker, q.mention, q.speaker_detail)))))
    return bool(stems(words(claimed)) & given)


def check_claim(text: str, quotes: Sequence[Quote], weigh: Weigh | None = None) -> QuoteCheck:
    """`check_quote` for a claim as a journalist types it: when it names a speaker ("X said
    …", "“…,” X said", "X: …"), whether the words are theirs; and whether the quote found
    says the opposite of the claim.

    >>> q = Quote("We are not ready to sell the port.", "Jane Roe", None, "said", "d", "T", 3, 0, 34)
    >>> c = check_claim("Ed Poe said we are not ready to sell the port", [q])
    >>> c.verdict, c.claimed_speaker, c.speaker_right
    ('exact', 'Ed Poe', False)
    >>> c = check_claim("Roe said we are ready to sell the port", [q])
    >>> c.speaker_right, c.reversal, c.said
    (True, 'We are {+not+} ready to sell the port', 'we are ready to sell the port')
    >>> o = Quote("The port stays open.", "Roe’s office", None, "said", "d", "T", 4, 0, 20)
    >>> c = check_claim("Roe said the port stays open", [replace(o, speaker_kind="office")])
    >>> c.verdict, c.speaker_right, c.on_behalf
    ('exact', True, True)
    """
    whole = check_quote(text, quotes, weigh)
    if whole.verdict == "misworded" and not any(op == "=" for op, _ in whole.diff):
        # the quote's terms in other words, not one of them where the quote has it ("Iran is
        # not ready to discuss its missiles" of "… Iran's missile arsenal in discussions"):
        # words a journalist gives as a quote are no misquote of it
        whole = QuoteCheck("not_found", None)
    if whole.quote is not None and writers_words(_spelled(text), whole.quote):
        # the writer's sentence around a short quotation, a word or two off: not a misquote
        # of the quotation but the article's own words
        whole = QuoteCheck("not_found", None, prose=whole.quote)
    if whole.quote is not None and whole.quote.speaker is None:
        # words the writer sets in marks naming no one ("a policy of “maximum pressure”"): no
        # one is quoted saying them, as a did-say or who-said of them answers (`unattributed`)
        whole = QuoteCheck("not_found", None, prose=whole.quote)
    speaker, said = parse_claim(text)
    # the writer's sentence around someone's short quotation, unless it names them as saying it
    prose = whole.prose is not None and (speaker is None or not find_speakers(speaker, [whole.prose]))
    if speaker is None or whole.verdict == "exact" or prose:
        # "“…,” said X" found word for word, cue and all: the words attributed are the quote's
        check, said = whole, said if speaker is not None and whole.verdict == "exact" and said else text
    else:
        result = did_say(speaker, said, quotes, weigh)
        right = {"yes": True, "no": False}.get(result.verdict)
        check = result.check
        described = check.quote is not None and _describes(speaker, check.quote)
        # "Netanyahu said …" of "Netanyahu’s office said": theirs, but not in person (even when
        # Netanyahu is quoted elsewhere in his own words)
        behalf = (
            right is False and described and check.quote is not None and check.quote.speaker_kind == "office"
        )
        if right is False and (result.group is None or behalf) and described:
            right = True
        check = replace(check, claimed_speaker=speaker, speaker_right=right, on_behalf=behalf)
    if check.quote is not None:
        check = replace(check, reversal=reversal_diff(said, said_text(check.quote)))
    if check.quote is not None and check.reversal is None:
        check = replace(check, within=quoted_within(said, check.quote.text))
    if check.quote is not None and check.reversal is None and check.within is None:
        check = replace(check, relayed=relayed_source(said, check.quote.text))
    if check.quote is not None and check.reversal is None and (other := joined_quote(check, quotes)):
        # two quotations made one: one speaker's words spliced stay a misquote of theirs; two
        # speakers' words are no one's quotation
        own = other.speaker == check.quote.speaker
        check = replace(check, joined=other, verdict=check.verdict if own else "not_found")
    return replace(check, said=said)
