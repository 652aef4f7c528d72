"""Attribution answers: turn quote checks into `Answer`s the adapters can render. Pure.

The stated sentences are still verbatim from the cited paragraph (the sentence holding the
quote); the verdict, speaker and word diff travel in `Answer.attribution`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...types import Answer, AnswerSentence, Attribution, Citation, Paragraph, Quote
from ..checks.asked import is_question
from ..checks.asked_speaker import others_than
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
    reworded,
    uncontracted,
)
from ..checks.claims import did_say
from ..checks.frame import frame_only
from ..checks.modals import modal_changed
from ..checks.numbers import number_changed
from ..checks.qualifiers import qualifier_dropped
from ..checks.regarded import viewer_made_thing
from ..checks.relayed import relayed_from, relayed_source, second_hand, second_hand_note
from ..checks.spliced import spliced
from ..checks.swapped import exchanged, name_in_place, swapped_name, swapped_quoted, swapped_term
from ..overstated import act_note, reports_act
from ..speakers.speaker_groups import namesake_note, namesakes
from .listing import speaker_listing
from .on_topic import on_topic
from .relevance import Relevance
from .told import as_written, told_note, told_to
from .unattributed import unattributed
from .unreported import narrated_act
from .voiced import BOTH, on_behalf, quoted_on, voiced_by

MAX_LISTED = 12


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
        return speaker_listing(question, query.topic, quotes)
    if query.kind == "who_on" and query.topic:
        on = quoted_on(query.topic, quotes, relevance)
        attribution = Attribution(
            kind="who_on", verdict="listed" if on else "not_found", claim=query.topic, quotes=tuple(on)
        )
        sentences, citations = _cite(on, paragraphs)
        return Answer(question, sentences, citations, abstained=not on, attribution=attribution)
    if query.kind == "what_said" and query.speaker:
        # a framed question ("according to researchers, …") keeps to those so called: its
        # topic may be reported of them in words the quote index does not hold
        spoke = voiced_by(query.speaker, quotes, roles=not query.framed)
        several = len(BOTH.split(query.speaker)) > 1 and not quotes_by(query.speaker, quotes)
        behalf = [] if spoke or query.framed or several else on_behalf(query.speaker, quotes)
        spoke = spoke or behalf  # "what did Netanyahu say?" of one quoted only through his office
        # "what did the Iranians say?" of an analyst's "The Iranians are saying …": second-hand
        relaying = [] if spoke or query.framed else second_hand(query.speaker, quotes)
        spoke = spoke or relaying
        found = [q for q in spoke if (q.doc_id, q.paragraph) not in exclude]
        if query.topic:
            found = on_topic(query, found, quotes, relevance)
        if query.verbatim:
            # "what exactly did X say?": X's own words, not what the article reports of X
            found = [q for q in found if q.kind != "indirect"] or found
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
            note=second_hand_note(query.speaker, [q.speaker for q in relaying])
            if relaying
            else told_note(query.speaker, told_as, untold)
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
    if query.besides:
        # "who besides X said …?": anyone but X
        quotes = others_than(query.besides, quotes)
    joined: str | None = None  # which half of a spliced did-say is whose
    if query.kind == "did_say" and query.speaker:
        result = did_say(query.speaker, claim, quotes, weigh, asks=query.asks)
        if result.verdict == "not_found" and (plain := uncontracted(claim)) != claim:
            # "did X say Iran won't talk …?" of "… we are not ready to talk …"
            retried = did_say(query.speaker, plain, quotes, weigh, asks=query.asks)
            result, claim = (retried, plain) if retried.verdict != "not_found" else (result, claim)
        if result.verdict == "not_found" and query.clause:
            # "did X say a deal would be a “priority”?" of "a deal would be a “preference”": the
            # quoted word is found nowhere, the sentence around it is X's with another word
            retried = did_say(query.speaker, query.clause, quotes, weigh, asks=query.asks)
            result, claim = (retried, query.clause) if retried.verdict != "not_found" else (result, claim)
        if result.verdict == "yes" and (split := spliced(query.speaker, claim, quotes, weigh, query.asks)):
            # "did X say A and that B?" with A someone else's words: not X's claim
            result, joined = split
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
        if check.verdict == "not_found" and query.clause:
            # "who said the levy is “temporary”?": the quoted word alone found nowhere
            again = _found(query.clause, quotes, weigh)
            check, claim = (again, query.clause) if again.verdict != "not_found" else (check, claim)
        verdict = str(check.verdict)
        said_by = None
        asked = None
    if (
        query.kind == "did_say"
        and check.quote is not None
        and check.verdict != "not_found"
        and frame_only(claim, check.quote, check.diff)
    ):
        # "did Lee say the boats docked at the quay?" of "Boats that docked at the quay “were
        # damaged,” said Lee": the writer's sentence around Lee's words, not Lee's (a who-said
        # is left to the paraphrase fit: a frame rule there cost squad-dev answers)
        _, cited = _cite([check.quote], paragraphs)
        owner = check.quote.speaker or "someone"
        framed = f"those are the article's own words around {owner}’s quoted “{check.quote.text}”"
        return narrated_act(question, query, claim, framed, cited[0])
    nobodys = check.quote if check.verdict != "not_found" else check.prose
    if nobodys is not None and nobodys.speaker is None:
        # words the article quotes without saying whose: no one, named or unnamed, said them
        return unattributed(question, query, claim, nobodys, paragraphs)
    matched = (check.quote,) if check.quote is not None and check.verdict != "not_found" else ()
    if not query.quoted and verdict == "misworded" and number_changed(check.diff) is None:
        # An unquoted question paraphrases ("who said the programme is non-negotiable?"):
        # the words were never claimed to be a quote, so this is a match, not a misquote
        # (unless it changes a count the quote gives: "who said they hired 50?" of "40").
        verdict = "matched"
    if verdict == "yes" and check.verdict == "misworded" and check.quote is not None:
        said = said_text(check.quote)
        if swapped_name(claim, said) is not None or swapped_term(claim, said, check.diff) is not None:
            # "did Trump say negotiations with Israel continue?" of "… with Iran continue",
            # "… limitations on drones" of "… limitations on ballistic missiles": the words
            # match but for a name or a thing, which is the claim's point
            verdict = "misworded"
        elif number_changed(check.diff) is not None:
            # "did Lind say she had three grants?" of "I've had two grants": the count is the point
            verdict = "misworded"
        elif modal_changed(check.diff) is not None or qualifier_dropped(check.diff) is not None:
            # "did officials say the dam will fail?" of "the dam could fail": a possibility
            # made a certainty; "… the levy is unfair" of "… in some ways unfair": a hedge left out
            verdict = "misworded"
        elif name_in_place(claim, said, check.diff) is not None or exchanged(check.diff) is not None:
            # "… Lund has set the agenda" of "like her or not, Roe has set the agenda"; "a
            # radical in a moderate party" of "a moderate in a radical party"
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
    note = joined
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
    elif verdict == "no" and query.kind == "did_say" and query.speaker and check.quote is not None:
        # "did the Iranians say they are ready to talk?" of an analyst's "The Iranians are
        # saying we are ready to talk": the asked are quoted only second-hand, through the analyst
        relayed = relayed_from(query.speaker, claim, check.quote.text)
        if relayed is not None:
            verdict, said_by = "relaying", check.quote.speaker
            note = second_hand_note(query.speaker, [check.quote.speaker])
    if query.verb is not None and matched and not reports_act(query.verb, [matched[0].cue or ""]):
        # "did Lee threaten a strike?" of "Lee hinted at a strike" (or of anyone's words not
        # reported as a threat): the verb of the question is the claim, and no one made it
        verdict, said_by = "not_found", None
        narrated = matched[0].kind == "indirect"
        note = act_note(query.verb, matched[0].speaker, matched[0].cue, narrated=narrated)
        if narrated:
            # the writer's account of X ("X has hinted at …") is no quote of X: the paragraph
            # is shown as the closest, not under X's name as X's words
            _, cited = _cite(matched, paragraphs)
            return narrated_act(question, query, claim, note, cited[0])
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
