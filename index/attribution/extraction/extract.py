"""Every quotation in an article, with its speaker, cue and exact place.

``extract_quotes(doc)`` walks the paragraphs in order. In each paragraph it finds the quote
marks (`quotemarks`), masks the quoted words, splits the rest into sentences and finds the
cues (`cues`). A quote takes the cue of its own sentence (`quote_cue`): the one right after
it when the quote opens the sentence (``“X,” he said``), else the nearest one before it
(``She said: “X”``), else any later one (``… is “non-negotiable,” according to Y``). Without
a cue in its sentence, a quote that opens a paragraph continues the previous speaker (news
continuation paragraphs and quotes spanning several paragraphs; a later cue renames such a
quote, unless a paragraph ending in a colon introduced it: ``From Ana Lund in the Gazette:``
then her excerpt, which may quote others); one after a colon takes the
sentence's subject; another quote in the same paragraph lends its speaker; otherwise it stays
unattributed (``speaker=None``: titles, longer scare quotes), or is no quote at all when it
is a writer's own short term (`scare`: ``the GOP's “establishment” candidate``) or a short
name no one is found to say (``the “Comeback City” couldn't wait``). A paragraph
that is one quotation and is followed by a credit line (``-Ana Roe, a nurse``) is the
credited source's (`credit`); a transcript's quotation that opens with a label in
capitals (``KOS: …``) is the labelled person's (`labels`). A person's title and party tag
are moved from the name to the detail at the end (`tidy`: "Sen Ana Roe (D-Ore.)" is "Ana Roe").

Pronouns (``he said``) resolve to the nearest preceding named person (a speaker, or a
named person opening a sentence); ``it``/``they`` to the nearest organisation; ``his
office`` to ``<that person>'s office``. Cues no quote uses become indirect speech
(``kind="indirect"``) when they introduce a clause (`indirect`).

Offsets: `Quote.start`/`Quote.end` index into `Paragraph.text`, and
``paragraph.text[q.start:q.end] == q.text`` always holds. For a direct or partial quote
that is the quoted words without the marks (and without the comma that stands for a full
stop before ``he said``); for indirect speech, the reported clause.

>>> from ...sources import DocMeta, parse_document
>>> doc = parse_document('Title\\n\\n“We will not yield,” Jane Roe, a senator, told AFP.', DocMeta("d"))
>>> [(q.text, q.speaker, q.speaker_detail, q.cue) for q in extract_quotes(doc)]
[('We will not yield', 'Jane Roe', 'a senator', 'told AFP')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...types import Document, Paragraph, Quote
from ..speakers.article_names import (
    article_full_names,
    article_surnames,
    name_opening_headline,
    participle_led,
)
from ..speakers.coref import NOBODY, SpeakerContext, Who
from ..speakers.cues import find_cues
from ..speakers.nocue import INFERRED, Scene, candidates, choose
from ..speakers.roles import shown_role
from ..speakers.sentence_subject import _whole_subject, leading_np
from ..speakers.speaker_rank import Candidate
from ..speakers.speaker_words import PRONOUNS
from ..speakers.speakers import classify_speaker, is_capitalised, lone_opener
from .credit import credit_quotes
from .fallbacks import (
    agentive,
    colon_subject,
    cue_sentences,
    possessor_of_words,
    skip_dateline,
    subject_after_quote,
)
from .indirect import indirect_quotes, inside_report
from .labels import labelled_quotes
from .marks import find_quote_spans, in_markup, is_token, mask_quotes, quotes_in_single_marks
from .quote_cue import _kind_of, _not_reported, _pick, _quote, _resolve_cues
from .scare import after_so_called, bare_name, is_scare_quote, short_name
from .tidy import tidy_speaker
from .titles import follows_title, is_caps_line, labels_thing, names_no_one
from .transcript import outside_answers, transcript_quotes

# A paragraph that introduces an excerpt by its source: "From Ana Lund writing in the Gazette:".
_FROM = re.compile(r"\s*(?:More\s+)?[Ff]rom\s")


@dataclass
class _Item:
    quote: Quote
    inherited: bool = False
    introduced: bool = False  # given by the paragraph before ("From Ana Lund in the Gazette:")


@dataclass
class _State:
    """One article's progress: who has been named, and a quote still open across paragraphs."""

    ctx: SpeakerContext
    chain: list[_Item] | None = None
    singles: bool = True  # single marks quote (see `quotes_in_single_marks`)
    introduced: bool = False  # the paragraph before named the source of what follows, then a colon
    previous: str = ""  # the paragraph before, quotes blanked
    events: list[tuple[int, int, int, str, list[Candidate]]] | None = None  # for training `nocue`


def _names_a_speaker(who: Who) -> bool:
    """A name (``Ana Roe``, ``Iowa State University's Ana Roe``), not a description (``A
    study in Ostrava``) nor a lone capitalised word opening a sentence (``Why``)."""
    words = (who.name or "").split()
    if not words or words[0].lower() in _DETERMINERS or not is_capitalised(words[0]):
        return False
    return who.kind == "person" or len(words) > 1 and all(is_capitalised(w) for w in words)


_DETERMINERS = frozenset("a an the this that these those one another some each".split())


def _recent(ctx: SpeakerContext) -> tuple[str, ...]:
    """The article's speakers so far, latest first, each once (at most five)."""
    out: list[str] = []
    for w in reversed(ctx.history):
        if w.name and w.name not in out:
            out.append(w.name)
            if len(out) == 5:
                break
    return tuple(out)


def _paragraph(p: Paragraph, state: _State) -> list[_Item]:
    ctx = state.ctx
    text = p.text
    spans = find_quote_spans(text, state.singles)
    masked = mask_quotes(text, spans)
    items: list[_Item] = []
    if is_caps_line(text):  # a subhead in capitals quotes no one
        spans = []
    continuing = state.chain is not None and bool(spans) and not text[: spans[0].outer_start].strip()
    if state.chain is not None and not continuing:
        state.chain = None
    introduced, state.introduced = state.introduced, False
    para_who: Who | None = None
    last_cue: Who | None = None
    prev_agent: Who | None = None  # the subject of the sentence before, when it can speak
    sentences = cue_sentences(masked)
    for si, (lo, hi) in enumerate(sentences):
        cues = find_cues(text, masked, lo, hi, ctx.surnames, tuple(s.outer_end for s in spans))
        if ctx.mentions is not None:
            ctx.mentions.observe(masked, lo, hi, p.number)
        ctx.at = lo
        lead_np = leading_np(masked[skip_dateline(masked, lo, hi) : hi])
        if lead_np and (name := name_opening_headline(lead_np[0], ctx.full_names)):
            lead_np = (name, None)  # "Ana Roe Questioned What It Means To Be “…”": a listicle's heading
        lead = lead_np[0] if lead_np else None
        subject = agent = None
        named_agent = lone_agent = False
        # a sentence that opens with a name phrase (not a quote, not a lone "Therefore")
        if (
            lead_np
            and "x" * 4 not in lead_np[0]
            and not lone_opener(lead_np[0])
            and not participle_led(lead_np[0], ctx.surnames)
        ):
            sp = classify_speaker(lead_np[0], lead_np[1], ctx.surnames)
            named = sp.kind == "person" and not sp.pronoun and is_capitalised(sp.name) and " " in sp.name
            if named and lead_np[0].split()[0].lower() not in PRONOUNS:
                ctx.learn(sp.name, sp.detail)
            resolved = ctx.resolve(sp)
            subject = resolved if resolved.name and resolved.kind != "unknown" else None
            agent = subject if subject is not None and agentive(sp) else None
            named_agent = not sp.pronoun and _whole_subject(lead_np[0], ctx.surnames)
            lone_agent = agent is not None and not sp.pronoun and not named_agent
        pron = next((c.start for c in cues if c.speaker is not None and c.speaker.pronoun), None)
        if pron is not None:  # "When Lee asked Marsh about it, he said …": Marsh is the latest
            ctx.remention(masked, lo, pron)
        whos = _resolve_cues(cues, ctx, subject)
        last_cue = whos[-1] if whos else None
        used: set[int] = set()
        # A title, headline, nickname or survey answer in a sentence with no cue ("… on “Meet
        # the Press” last week", ``(34% “strongly agree”)``), a name before the thing it
        # labels (``the “Avatar” star``) and a token (an id, a date, a link) are nobody's
        # words; a title inside reported speech stays.
        here = [s for s in spans if lo <= s.start < hi]
        titled = [s for s in here if labels_thing(text, s) or not cues and names_no_one(text, s, lo, hi)]
        events = sorted(
            (
                s
                for s in here
                if s not in titled
                and not is_token(s)
                and not in_markup(text, s)
                and not after_so_called(s.text, text[: s.outer_start])
            ),
            key=lambda s: s.start,
        )
        for s in events:
            if follows_title(text, s, titled):  # "on “The View” and “Meet the Press”": another title
                titled.append(s)
                continue
            at_start = not masked[lo : s.outer_start].strip()
            cue = _pick(cues, s, at_start, text, masked)
            if cue is not None and not at_start and _not_reported(text, s, cue, spans, lo):
                titled.append(s)
                continue
            context = text[lo:hi] if s.closed else text[lo:]
            inherited = False
            who: Who | None
            if cue is not None:
                ci = cues.index(cue)
                used.add(ci)
                who = whos[ci]
                how = "cue"
                if who.mention is None and agent is not None:  # "X called it “…” but described …"
                    who = agent
                cue_text: str | None = cue.text
            else:
                cue_text, how = None, "rule"
                first_in_para = not text[: s.outer_start].strip()
                before = masked[lo : s.outer_start].rstrip()
                named_after = subject_after_quote(text, s)
                colon_np = colon_subject(masked[lo : s.outer_start]) if before.endswith(":") else None
                if named_after is not None:  # "“…,” Toomey fumed on Tuesday."
                    ctx.at = s.outer_end
                    who = ctx.resolve(classify_speaker(named_after, None, ctx.surnames))
                elif first_in_para:
                    who, inherited = ctx.last, True
                elif colon_np or before.endswith(":") and lead:
                    who = ctx.resolve(classify_speaker(colon_np or lead or "", None, ctx.surnames))
                elif named_agent and agent is not None and agent.name != (para_who or NOBODY).name:
                    who = agent  # "X likened Y to “…”": the subject's words, not an earlier speaker's
                elif para_who is not None:
                    who, inherited = para_who, True
                elif lone_agent and s.closed and short_name(text[s.start : s.close_at]):
                    if s is spans[-1]:
                        state.chain = None
                    continue  # "What followed was the “Arab Spring” …": a name, and no one named to say it
                elif agent is not None:  # "He praised Y for showing “…”"
                    who = agent
                elif at_start and prev_agent is not None:  # "X agreed. “…”": the last subject's words
                    who = prev_agent
                elif s.closed and is_scare_quote(s.text, masked[lo:hi]):
                    if s is spans[-1]:
                        state.chain = None
                    continue  # the GOP's “establishment” candidate: the writer's term, no one's words
                else:
                    who = NOBODY
                    how = "none"
            owner = possessor_of_words(text, s, lo)
            if owner is not None:  # "Lund stood by his remark that “…”": the words are Lund's
                ctx.at = s.outer_start
                owned = ctx.resolve(classify_speaker(owner, None, ctx.surnames))
                who = owned if owned.name else who
                how = "owner" if owned.name else how
            if who is None:
                who = NOBODY
            if how == "none" or state.events is not None:
                scene = Scene(
                    masked,
                    sentences,
                    si,
                    s.outer_start,
                    s.outer_end,
                    state.previous,
                    ctx.last.name,
                    (para_who or NOBODY).name,
                    _recent(ctx),
                )
                cands = candidates(scene, ctx.surnames)
                if state.events is not None:
                    state.events.append((p.number, s.start, s.end, how, cands))
                elif (chosen := choose(cands)) is not None:
                    ctx.at = s.outer_start
                    who = ctx.resolve(classify_speaker(chosen, None, ctx.surnames))
                    cue_text = INFERRED  # shown where a cue would be: the reader sees it is a guess
            if how == "none" and not who.name and bare_name(text, s):
                if s is spans[-1]:
                    state.chain = None
                continue  # "The “Comeback City” couldn't wait": a name, and no one found to say it
            item = _Item(_quote(p, s.start, s.end, who, cue_text, _kind_of(text, s, lo), context), inherited)
            item.introduced = introduced and inherited and s is spans[0]
            if continuing and s is spans[0] and state.chain is not None:
                chain = state.chain
                if cue is not None:  # a later cue names the whole quote's speaker, unless it was introduced
                    for prior in chain:
                        if prior.inherited and not chain[0].introduced:
                            prior.quote = replace(
                                prior.quote,
                                speaker=who.name,
                                speaker_detail=shown_role(who.detail),
                                speaker_kind=who.kind,
                                cue=cue_text,
                                mention=who.mention,
                            )
                            prior.inherited = False
                else:
                    head = chain[0].quote
                    item.quote = replace(
                        item.quote,
                        speaker=head.speaker,
                        speaker_detail=head.speaker_detail,
                        speaker_kind=head.speaker_kind,
                        cue=head.cue,
                        mention=head.mention,
                    )
                chain.append(item)
            if who.name:
                ctx.spoke(who)
                para_who = who
            items.append(item)
            if not s.closed:
                state.chain = state.chain if continuing and s is spans[0] else [item]
            elif s is spans[-1]:
                state.chain = None
        for quote, who in indirect_quotes(p, masked, lo, hi, spans, cues, whos, used):
            items.append(_Item(quote))
            ctx.spoke(who)
            para_who = who
        if (
            cues
            and len(cues) - 1 not in used
            and whos[-1].name
            and len(masked[cues[-1].end : hi].split()) <= 3
        ):
            para_who = whos[-1]  # "X, the party's spokesman, said in a statement. “…”"
            ctx.spoke(whos[-1])
        prev_agent = agent if agent is not None and _names_a_speaker(agent) and not events else None
    if text.rstrip().endswith(":") and last_cue is not None and last_cue.name:
        ctx.spoke(last_cue)  # "Dr. Lee stated:" then the quote in the next paragraph
        state.introduced = True
    elif text.rstrip().endswith(":") and not spans and _FROM.match(text):
        # "From Ana Lund writing in the Gazette:" / "More from the report:" then the excerpt
        source = colon_subject(masked)
        who = ctx.resolve(classify_speaker(source, None, ctx.surnames)) if source else NOBODY
        if who.name:
            ctx.spoke(who)
            state.introduced = True
    state.previous = masked
    items.sort(key=lambda it: it.quote.start)
    quotes = [it.quote for it in items]
    return [it for it in items if not inside_report(it.quote, quotes)]


def extract_quotes(doc: Document) -> list[Quote]:
    """All quotations and reported speech in `doc`, in reading order (see module docstring)."""
    state = _State(
        SpeakerContext(article_surnames(doc), full_names=article_full_names(doc)),
        singles=quotes_in_single_marks([p.text for p in doc.paragraphs]),
    )
    items: list[_Item] = []
    before: list[_Item] = []
    for i, p in enumerate(doc.paragraphs):
        got = _paragraph(p, state)
        credited = (
            credit_quotes(doc.paragraphs[i - 1], p, [it.quote for it in before], state.ctx) if i else None
        )
        if credited is not None:  # "-Ana Roe, posting after the vote.": the quote above is hers
            for it, q in zip(before, credited, strict=True):
                it.quote = q
            got = []  # the credit line quotes no one itself
        items.extend(got)
        before = got
    found = labelled_quotes([it.quote for it in items], state.ctx.full_names)
    answers = transcript_quotes(doc)
    found = outside_answers(found, answers)
    for a in answers:  # each answer before the quotes of later paragraphs, the order kept
        at = next((i for i, q in enumerate(found) if q.paragraph > a.paragraph), len(found))
        found.insert(at, a)
    text = "\n".join([doc.title, *(p.text for p in doc.paragraphs)])
    return [tidy_speaker(q, text) for q in found]
