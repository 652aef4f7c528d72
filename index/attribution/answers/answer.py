"""Attribution answers: turn quote checks into `Answer`s the adapters can render. Pure.

The stated sentences are still verbatim from the cited paragraph (the sentence holding the
quote); the verdict, speaker and word diff travel in `Answer.attribution`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...text import words
from ...types import Answer, AnswerSentence, Attribution, Citation, Paragraph, Passage, Quote
from ..checks.asked import is_question
from ..checks.check import (
    AttributionQuery,
    QuoteCheck,
    Weigh,
    check_quote,
    quoted_within,
    quotes_by,
    reversal_diff,
    said_text,
)
from ..checks.claim_terms import holds_key
from ..checks.claim_words import (
    countries_named,
    nameless,
    negations,
    reworded,
    shares_a_word,
    subject_untold,
    uncontracted,
)
from ..checks.claims import did_say, find_speakers
from ..checks.meaning import swapped_name
from ..checks.regarded import viewer_made_thing
from ..checks.relayed import relayed_source
from ..checks.swapped import other_subject, swapped_quoted, swapped_term
from ..speakers.speaker_groups import group_speakers, namesake_note, namesakes, offices_named
from .on_topic import on_topic
from .plural_role import role_members
from .relevance import CLAIM_FLOOR, Relevance, ranked
from .told import as_written, told_note, told_to
from .unattributed import unattributed

MAX_LISTED = 12
# "who commented on X?": the quotes scoring at least ON_FLOOR and within ON_MARGIN of the
# best one, at most ON_PER_SPEAKER per speaker and ON_SPEAKERS speakers. A short topic scores
# lower than a claim: on the seed articles a quote on the topic asked scores 0.6-1.0 and none
# reaches 0.4 for a topic no one is quoted on ("the 12-day war"); on an unseen Breitbart
# article, Cruz on "Brexit" 0.74, Obama 0.46, the quotes of another article under 0.31
ON_FLOOR = 0.4
ON_MARGIN = 0.3
ON_PER_SPEAKER = 2
ON_SPEAKERS = 5
# "who said <paraphrase>": quotes of passages scoring this share of the best are candidates,
# and the passage's share counts this much beside the quote's own fit (`quote_for_claim`)
CLOSE_PASSAGE = 0.7
PASSAGE_WEIGHT = 0.5
DENIAL_MISMATCH = 0.2  # taken off a quote with no negation when the claim denies
NAMELESS_FLOOR = 0.25  # the least fit of the claim's words beyond its names to the quote found


def _context(q: Quote, paragraph: Paragraph | None) -> str:
    if q.context:
        return q.context
    return paragraph.text if paragraph else q.text


def _cite(
    quotes: Sequence[Quote], paragraphs: dict[tuple[str, int], Paragraph]
) -> tuple[tuple[AnswerSentence, ...], tuple[Citation, ...]]:
    sentences: list[AnswerSentence] = []
    citations: list[Citation] = []
    index: dict[tuple[str, int], int] = {}
    for q in quotes:
        para = paragraphs.get((q.doc_id, q.paragraph))
        key = (q.doc_id, q.paragraph)
        if key not in index:
            index[key] = len(citations)
            citations.append(
                Citation(
                    doc_id=q.doc_id,
                    title=q.title,
                    paragraph=q.paragraph,
                    quote=_context(q, para),
                    text=para.text if para else _context(q, para),
                    outlet=q.outlet,
                )
            )
        # each quoted sentence once: two quotes of one paragraph in two sentences give both
        said = _context(q, para)
        if not any(s.text == said and s.citation == index[key] for s in sentences):
            sentences.append(AnswerSentence(text=said, citation=index[key]))
    return tuple(sentences), tuple(citations)


def answer_attribution(
    question: str,
    query: AttributionQuery,
    quotes: Sequence[Quote],
    paragraphs: dict[tuple[str, int], Paragraph],
    exclude: frozenset[tuple[str, int]] = frozenset(),
    relevance: Relevance | None = None,
    weigh: Weigh | None = None,
) -> Answer:
    """Answer a routed attribution question from the indexed quotes.

    `exclude` drops quotes from paragraphs already shown ("what else did she say?").
    `relevance` scores quotes by content (`relevance.py`): with it, a speaker's quotes on a
    topic are ranked by how well they fit it. `weigh` (the index's term weights) lets "did X
    say …?" find a stretch of a long quote by its distinctive words, as `/quote` does.
    """
    if query.kind == "who_quoted":
        listed = [q for q in quotes if query.topic != "anonymous" or q.speaker_kind == "anonymous"]
        found_any = "listed" if listed else "not_found"
        everyone = Attribution(kind="who_quoted", verdict=found_any, quotes=tuple(listed))
        return Answer(question, (), (), abstained=not listed, attribution=everyone)
    if query.kind == "who_on" and query.topic:
        on = _quoted_on(query.topic, quotes, relevance)
        attribution = Attribution(
            kind="who_on", verdict="listed" if on else "not_found", claim=query.topic, quotes=tuple(on)
        )
        sentences, citations = _cite(on, paragraphs)
        return Answer(question, sentences, citations, abstained=not on, attribution=attribution)
    if query.kind == "what_said" and query.speaker:
        # a framed question ("according to researchers, …") keeps to those so called: its
        # topic may be reported of them in words the quote index does not hold
        spoke = voiced_by(query.speaker, quotes, roles=not query.framed)
        several = len(_BOTH.split(query.speaker)) > 1 and not quotes_by(query.speaker, quotes)
        behalf = [] if spoke or query.framed or several else on_behalf(query.speaker, quotes)
        spoke = spoke or behalf  # "what did Netanyahu say?" of one quoted only through his office
        found = [q for q in spoke if (q.doc_id, q.paragraph) not in exclude]
        if query.topic:
            found = on_topic(query, found, quotes, relevance)
        untold, told, told_as = 0, False, query.told or ""
        if query.told:  # "what did X tell AFP?": the quotes given to AFP, when some say so
            found, untold, told = told_to(query.told, found)
            told_as = as_written(query.told, found)
        attribution = Attribution(
            kind="what_said",
            verdict="listed" if found else "not_found",
            claim=query.topic if spoke else None,  # "X is quoted, but not on Y"
            speaker_asked=query.speaker,
            quotes=tuple(found[:MAX_LISTED]),
            found=len(found),
            all_shown=bool(spoke) and all((q.doc_id, q.paragraph) in exclude for q in spoke),
            on_behalf=bool(behalf),
            note=told_note(query.speaker, told_as, untold)
            or (
                None
                if several
                else namesake_note(query.speaker, bool(found), namesakes(query.speaker, quotes))
            ),
            told=told_as if told else None,
        )
        sentences, citations = _cite(found[:MAX_LISTED], paragraphs)
        return Answer(question, sentences, citations, abstained=not found, attribution=attribution)

    claim = query.text or ""
    if query.kind == "did_say" and query.speaker:
        result = did_say(query.speaker, claim, quotes, weigh, asks=query.asks)
        if result.verdict == "not_found" and (plain := uncontracted(claim)) != claim:
            # "did X say Iran won't talk …?" of "… we are not ready to talk …"
            retried = did_say(query.speaker, plain, quotes, weigh, asks=query.asks)
            result, claim = (retried, plain) if retried.verdict != "not_found" else (result, claim)
        check = result.check
        verdict: str = result.verdict
        said_by = result.said_by
        asked = result.asked
    else:
        check = _found(claim, quotes, weigh)
        if check.verdict == "not_found" and (named := countries_named(claim)) != claim:
            # "… a big problem for Washington" of "For the United States, this is a big issue"
            again = _found(named, quotes, weigh)
            check, claim = (again, named) if again.verdict != "not_found" else (check, claim)
        verdict = str(check.verdict)
        said_by = None
        asked = None
    nobodys = check.quote if check.verdict != "not_found" else check.prose
    if nobodys is not None and nobodys.speaker is None:
        # words the article quotes without saying whose: no one, named or unnamed, said them
        return unattributed(question, query, claim, nobodys, paragraphs)
    matched = (check.quote,) if check.quote is not None and check.verdict != "not_found" else ()
    if not query.quoted and verdict == "misworded":
        # An unquoted question paraphrases ("who said the programme is non-negotiable?"):
        # the words were never claimed to be a quote, so this is a match, not a misquote.
        verdict = "matched"
    if verdict == "yes" and check.verdict == "misworded" and check.quote is not None:
        said = said_text(check.quote)
        if swapped_name(claim, said) is not None or swapped_term(claim, said, check.diff) is not None:
            # "did Trump say negotiations with Israel continue?" of "… with Iran continue",
            # "… limitations on drones" of "… limitations on ballistic missiles": the words
            # match but for a name or a thing, which is the claim's point
            verdict = "misworded"
    if (
        verdict in ("yes", "matched")
        and check.verdict == "misworded"
        and check.quote is not None
        and swapped_quoted(claim, check.quote.text, said_text(check.quote))
    ):
        # "did Lee say a deal would be a disaster?" of "a deal would be a “preference”": the
        # writer's frame kept, the speaker's own word put another way
        verdict = "misworded"
    if verdict == "yes" and check.quote is not None and viewer_made_thing(claim, check.quote.text):
        # "did Ziv say Trump is a red line?" of "… Trump sees that as a red line as well": the
        # quote has Trump judging a thing a red line, not being one
        verdict = "misworded"
    reversal = None
    if check.quote is not None:
        # a partial quotation by its sentence ("… is “non-negotiable”"), else by its own words
        # ("caused little damage" of "… “caused severe damage,” said …")
        reversal = reversal_diff(claim, said_text(check.quote)) or reversal_diff(claim, check.quote.text)
    note = None
    if verdict in ("yes", "matched", "misworded", "no") and reversal is not None:
        # "did the analyst say Iran is ready to talk ballistics?" of "we are not ready to talk
        # ballistics": the words match, the meaning is the reverse; "did Lee say the fees are
        # negotiable?" of Roe's "non-negotiable": someone else said the reverse, Lee nothing
        if verdict == "no":
            note = f"I found no quote of {query.speaker} saying that"
        verdict = "contradicts"
    if verdict == "yes" and check.quote is not None and is_question(check.quote) and not query.asks:
        # "did the interviewer say …?" of their own question: they asked it, claimed nothing
        verdict = "matched"
        note = f"{check.quote.speaker or 'the speaker'} asked it as a question, which claims nothing"
    if asked is not None:
        # the claim's words were an interviewer's question, which the speaker's reply denies
        note = f"the claim's words are from a question {asked.speaker or 'someone'} asked (“{asked.text}”)"
    within = quoted_within(claim, check.quote.text) if check.quote is not None else None
    if verdict in ("yes", "exact", "matched", "misworded") and within is not None:
        # "did Roe call the plan a sellout?" of "nothing justifies calling it a 'sellout'":
        # Roe cites the word inside marks of her own, someone else's label, not her claim
        verdict = "quoting"
    relayed = relayed_source(claim, check.quote.text) if check.quote is not None else None
    if verdict in ("yes", "exact", "matched") and relayed is not None:
        # "did the analyst say 'we are ready to talk'?" of "the Iranians are saying we are
        # ready to talk": the analyst reports the Iranians' words, not their own
        verdict = "relaying"
    attribution = Attribution(
        kind=query.kind,
        verdict=verdict,
        claim=claim,
        speaker_asked=query.speaker,
        quotes=matched,
        diff=reversal
        if verdict == "contradicts"
        else check.rendered
        if verdict == "misworded" or (verdict == "no" and reworded(check.diff))
        else None,
        said_by=said_by,
        within=within if verdict == "quoting" else None,
        relayed=relayed if verdict == "relaying" else None,
        note=note,
    )
    sentences, citations = _cite(matched, paragraphs)
    return Answer(question, sentences, citations, abstained=not matched, attribution=attribution)


def _found(claim: str, quotes: Sequence[Quote], weigh: Weigh | None) -> QuoteCheck:
    """The quote a who-said `claim` repeats, exactly or misworded, or a paraphrase of a stretch
    of a long quotation found by its distinctive words ("who said Iran won't talk about
    ballistics?"), the rarest of them among them."""
    check = check_quote(claim, quotes)
    if check.verdict == "not_found" and weigh is not None:
        wide = check_quote(claim, quotes, weigh)
        check = wide if wide.quote is not None and holds_key(claim, wide.quote, weigh) else check
    return check


_BOTH = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")  # "Lee and Roe", "Lee, Ng and Roe"


def on_behalf(person: str, quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes of the offices and spokespeople named after `person` ("Marsh’s office"),
    who is quoted in none of `quotes` in person: what "what did X say?" lists then, as said
    on X's behalf. Only for a name (capitalised words): "Iran's supreme leader" is not
    quoted through Iran's ministry, nor "Tehran" through an analyst based there.

    >>> q = lambda s, k="office": Quote("x", s, None, "said", "a", "A", 1, 0, 1, speaker_kind=k)
    >>> quotes = [q("Marsh’s office"), q("the ministry"), q("an aide in Brava", "anonymous")]
    >>> [x.speaker for x in on_behalf("Marsh", quotes)]
    ['Marsh’s office']
    >>> on_behalf("Brava", quotes), on_behalf("Marsh's aide", quotes)
    ([], [])
    """
    if not _NAME.fullmatch(person):
        return []
    last = re.escape(person.split()[-1])
    owned = re.compile(rf"\b{last}['’]s\b", re.IGNORECASE)
    offices = offices_named(person, group_speakers(quotes))
    return [q for g in offices if g.kind == "office" and owned.search(g.name) for q in g.quotes]


# a person's name as asked: capitalised words, with initials and titles ("Mr. Lee", "J. D. Roe")
_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}")


def voiced_by(speaker: str, quotes: Sequence[Quote], roles: bool = True) -> list[Quote]:
    """What "what did X say?" lists: X's quotes (`quotes_by`) and, when X is quoted and is no
    person (a country, a party, a company), the quotes of the offices and spokespeople named
    after X, which speak for it: "what did Iran say?" has Iran's foreign ministry too. A
    person's office stays apart ("Lee's office" is not Lee). A role in the plural ("the
    analysts") is everyone described with it (`plural_role`), unless `roles` is off. Two or
    more speakers joined by "and" that no one is called by together ("Lee and Roe") are each
    looked up."""
    # "the Iranian foreign ministry spokesperson" of "Iran’s foreign ministry spokesperson"
    spoke = quotes_by(speaker, quotes) or [q for g in find_speakers(speaker, quotes) for q in g.quotes]
    # "the analysts": also each speaker the articles describe as an analyst
    seen = {id(q) for q in spoke}
    spoke = [*spoke, *(q for q in (role_members(speaker, quotes) if roles else []) if id(q) not in seen)]
    if not spoke and len(parts := _BOTH.split(speaker)) > 1:
        # "what did Lee and Roe say?": each one's quotes, when every one of them is quoted
        each = [voiced_by(part, quotes) for part in parts]
        return [q for found in each for q in found] if all(each) else []
    if not spoke or any(q.speaker_kind == "person" for q in spoke):
        return spoke
    mine = {id(q) for q in spoke}
    offices = [q for g in offices_named(speaker, group_speakers(quotes)) for q in g.quotes]
    return [*spoke, *(q for q in offices if id(q) not in mine)]


def _quoted_on(topic: str, quotes: Sequence[Quote], relevance: Relevance | None) -> list[Quote]:
    """The named speakers' quotes on `topic`, grouped by speaker, the best-fitting speaker
    first; empty without `relevance` (no content score, no way to tell what is on topic)."""
    if relevance is None:
        return []
    named = [q for q in quotes if q.speaker]
    scored = [(s, q) for s, q in ranked(topic, named, relevance) if s >= ON_FLOOR]
    if not scored:
        return []
    by_speaker: dict[str, list[Quote]] = {}
    for s, q in scored:
        if s >= scored[0][0] - ON_MARGIN:
            by_speaker.setdefault(q.speaker or "", []).append(q)
    kept = list(by_speaker.values())[:ON_SPEAKERS]
    return [q for qs in kept for q in qs[:ON_PER_SPEAKER]]


def quote_for_claim(
    claim: str, passages: Sequence[Passage], quotes: Sequence[Quote], relevance: Relevance
) -> Quote | None:
    """The quotation that says what a paraphrased `claim` says ("who said Iran will talk
    nuclear but not missiles?"), or None.

    Candidates are the attributed quotes of the retrieved `passages` (best first) that score
    at least `CLOSE_PASSAGE` of the best passage; each is scored by `relevance` plus
    `PASSAGE_WEIGHT` × its passage's share of the best score, so the quote that says it wins
    over one that only sits in the best paragraph. None when the best fits less than
    `CLAIM_FLOOR`.
    """
    if not passages or passages[0].score <= 0:
        return None
    top = passages[0].score
    share = {
        (p.paragraph.doc_id, p.paragraph.number): p.score / top
        for p in passages
        if p.score >= CLOSE_PASSAGE * top
    }
    near = [q for q in quotes if q.speaker and (q.doc_id, q.paragraph) in share]
    if not near:
        return None
    fits = relevance(claim, near)
    # a claim that denies ("… is not up for negotiation") is said by someone who denies: a
    # quote with no negation at all on the same subject says something else about it
    denies = negations(words(claim)) % 2 == 1
    unlike = [DENIAL_MISMATCH if denies and not negations(words(said_text(q))) else 0.0 for q in near]
    best = max(
        range(len(near)),
        key=lambda i: fits[i] + PASSAGE_WEIGHT * share[(near[i].doc_id, near[i].paragraph)] - unlike[i],
    )
    if fits[best] < CLAIM_FLOOR:
        return None
    # the fit must not rest on the claim's names alone: "Lee is a liar" is close to "Lee is
    # wary of the deal" by "Lee", and its words that carry the claim are far from it
    rest = nameless(claim)
    if rest and rest != claim and relevance(rest, [near[best]])[0] < NAMELESS_FLOOR:
        return None
    # nor on the claim's topic alone: "Iran wants a deal" is not said by "… negotiations with
    # Iran continue to see whether or not a Deal can be consummated", which names Iran only as
    # the other party
    if subject_untold(claim, near[best].text):
        return None
    # nor on the story alone: "sanctions on Iran should be lifted" is near in meaning to "…
    # hinted at potential military action against Iran" (one story, one country) with no word
    # of it; a paraphrase keeps at least one of its words, or one news uses for the same thing
    if not shares_a_word(claim, near[best].context or near[best].text):
        return None
    # nor when said of someone else: "Lund should drop out" is not "Mr. Roe should leave"
    if other_subject(claim, near[best].text) is not None:
        return None
    return near[best]


def matched_answer(
    question: str, query: AttributionQuery, quote: Quote, paragraphs: dict[tuple[str, int], Paragraph]
) -> Answer:
    """A who-said answer for a paraphrased claim: ``matched`` to `quote`, whose speaker said it
    (``contradicts`` when the quote says the reverse, ``quoting`` when it holds the claim's
    words only inside the speaker's own quotation marks)."""
    reversal = reversal_diff(query.text, said_text(quote)) if query.text else None
    within = quoted_within(query.text, quote.text) if query.text and reversal is None else None
    attribution = Attribution(
        kind=query.kind,
        verdict="contradicts" if reversal is not None else "quoting" if within is not None else "matched",
        claim=query.text,
        speaker_asked=query.speaker,
        quotes=(quote,),
        diff=reversal,
        within=within,
    )
    sentences, citations = _cite([quote], paragraphs)
    return Answer(question, sentences, citations, abstained=False, attribution=attribution)


_PRONOUNS = frozenset("he she they it we i".split())


def speaker_shown(q: Quote) -> str | None:
    """The speaker as a reader sees it: the words the article attributes the quote to, with
    the person they stand for: ``he (Guy Ziv)``, ``the mayor (Ilse Varga)``.

    >>> speaker_shown(Quote("x", "Guy Ziv", None, "said", "d", "T", 1, 0, 1, mention="he"))
    'he (Guy Ziv)'
    >>> speaker_shown(Quote("x", "Ilse Varga", None, "said", "d", "T", 1, 0, 1, mention="the mayor"))
    'the mayor (Ilse Varga)'
    >>> speaker_shown(Quote("x", "Ilse Varga", None, "said", "d", "T", 1, 0, 1, mention="Varga"))
    'Ilse Varga'
    """
    if not (q.speaker and q.mention):
        return q.speaker
    if q.mention.lower() in _PRONOUNS:
        return f"{q.mention} ({q.speaker})"
    named = {w.lower() for w in re.findall(r"\w+", q.speaker)}
    if q.mention.split()[0].lower() in ("the", "a", "an") and not named & {
        w.lower() for w in re.findall(r"\w+", q.mention)
    }:
        return f"{q.mention} ({q.speaker})"  # a description the article ties to a person
    return q.speaker


def quote_json(q: Quote | None, verdict: str, diff: str | None, text: str | None) -> dict[str, object]:
    """The `quote --json` contract: `speaker` is the resolved name, `mention` the words the
    article uses for them (``he``), `speaker_shown` both (``he (Guy Ziv)``)."""
    return {
        "verdict": verdict,
        "speaker": q.speaker if q else None,
        "mention": q.mention if q else None,
        "speaker_shown": speaker_shown(q) if q else None,
        "speaker_detail": q.speaker_detail if q else None,
        "cue": q.cue if q else None,
        "quote": q.text if q else None,
        "doc": q.doc_id if q else None,
        "title": q.title if q else None,
        "label": q.label if q else None,
        "paragraph": q.paragraph if q else None,
        "text": text,
        "diff": diff,
    }
