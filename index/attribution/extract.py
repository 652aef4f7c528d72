"""Every quotation in an article, with its speaker, cue and exact place.

``extract_quotes(doc)`` walks the paragraphs in order. In each paragraph it finds the quote
marks (`quotemarks`), masks the quoted words, splits the rest into sentences and finds the
cues (`cues`). A quote takes the cue of its own sentence: the one right after it when the
quote opens the sentence (``“X,” he said``), else the nearest one before it (``She said:
“X”``), else any later one (``… is “non-negotiable,” according to Y``). Without a cue in its
sentence, a quote that opens a paragraph continues the previous speaker (news continuation
paragraphs and quotes spanning several paragraphs); one after a colon takes the sentence's
subject; another quote in the same paragraph lends its speaker; otherwise it stays
unattributed (``speaker=None``: titles, longer scare quotes), or is no quote at all when it
is a writer's own short term (`scare`: ``the GOP's “establishment” candidate``).

Pronouns (``he said``) resolve to the nearest preceding named person (a speaker, or a
named person opening a sentence); ``it``/``they`` to the nearest organisation; ``his
office`` to ``<that person>'s office``. Cues no quote uses become indirect speech
(``kind="indirect"``) when they introduce a clause.

Offsets: `Quote.start`/`Quote.end` index into `Paragraph.text`, and
``paragraph.text[q.start:q.end] == q.text`` always holds. For a direct or partial quote
that is the quoted words without the marks (and without the comma that stands for a full
stop before ``he said``); for indirect speech, the reported clause.

>>> from ..sources import DocMeta, parse_document
>>> doc = parse_document('Title\\n\\n“We will not yield,” Jane Roe, a senator, told AFP.', DocMeta("d"))
>>> [(q.text, q.speaker, q.speaker_detail, q.cue) for q in extract_quotes(doc)]
[('We will not yield', 'Jane Roe', 'a senator', 'told AFP')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..types import Document, Paragraph, Quote, QuoteKind
from .article_names import article_full_names, article_surnames
from .coref import NOBODY, SpeakerContext, Who
from .cue_words import DIRECT_ONLY, GERUNDS, THAT_ONLY
from .cues import Cue, find_cues, object_preposition
from .fallbacks import agentive, colon_subject, cue_sentences, skip_dateline, subject_after_quote
from .marks import (
    QuoteSpan,
    find_quote_spans,
    in_markup,
    in_named_work,
    is_headline,
    is_nickname,
    is_title,
    is_token,
    labels_thing,
    mask_quotes,
    quotes_in_single_marks,
)
from .roles import shown_role
from .scare import after_so_called, is_scare_quote, short_name
from .sentence_subject import leading_np
from .speaker_rank import Candidate, Mentions
from .speakers import PRONOUNS, classify_speaker, is_capitalised, lone_opener

# A paragraph that introduces an excerpt by its source: "From Ana Lund writing in the Gazette:".
_FROM = re.compile(r"\s*(?:More\s+)?[Ff]rom\s")
# The rest of a cue's sentence up to a closing colon: the cue introduces the words after it.
_INTRODUCES = re.compile(r"[^.!?:]*:\s*$")
# ... and the words the cue rules took for its clause are a phrase, not a clause: "in a speech".
_NOT_A_CLAUSE = re.compile(
    r"(?:in|on|at|about|to|for|from|with|by|during|after|before|given|as|into|over|via|through|"
    r"[a-z]+ing)\b",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"[^.!?]{0,60}?\([A-Za-z][\w ./-]{0,25}\)\s*[-–—]\s*")


@dataclass
class _Item:
    quote: Quote
    inherited: bool = False


@dataclass
class _State:
    """One article's progress: who has been named, and a quote still open across paragraphs."""

    ctx: SpeakerContext
    chain: list[_Item] | None = None
    singles: bool = True  # single marks quote (see `quotes_in_single_marks`)


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


def _names_a_speaker(who: Who) -> bool:
    """A name (``Ana Roe``, ``Iowa State University's Ana Roe``), not a description (``A
    study in Ostrava``) nor a lone capitalised word opening a sentence (``Why``)."""
    words = (who.name or "").split()
    if not words or words[0].lower() in _DETERMINERS or not is_capitalised(words[0]):
        return False
    return who.kind == "person" or len(words) > 1 and all(is_capitalised(w) for w in words)


_DETERMINERS = frozenset("a an the this that these those one another some each".split())


def _whole_subject(np: str, surnames: frozenset[str]) -> bool:
    """A sentence subject sure enough to outrank the paragraph's earlier speaker: not a lone
    capitalised opener that is no known surname (``Good information …``, ``It's “…”``), nor a
    phrase cut inside a parenthesis (``Zhèng (Chinese``)."""
    if np.count("(") != np.count(")"):
        return False
    words = np.split()
    return len(words) > 1 or re.sub(r"['’]s$", "", words[0]).lower() in surnames


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
    if at_start:
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


_ADJUNCT = re.compile(r"\b(?:on|with|told)\s+(?:\S+\s+){0,3}?(?:\S+['’]s\s+)?$")
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


def _paragraph(p: Paragraph, state: _State) -> list[_Item]:
    ctx = state.ctx
    text = p.text
    spans = find_quote_spans(text, state.singles)
    masked = mask_quotes(text, spans)
    items: list[_Item] = []
    continuing = state.chain is not None and bool(spans) and not text[: spans[0].outer_start].strip()
    if state.chain is not None and not continuing:
        state.chain = None
    para_who: Who | None = None
    last_cue: Who | None = None
    prev_agent: Who | None = None  # the subject of the sentence before, when it can speak
    for lo, hi in cue_sentences(masked):
        cues = find_cues(text, masked, lo, hi, ctx.surnames, tuple(s.outer_end for s in spans))
        if ctx.mentions is not None:
            ctx.mentions.observe(masked, lo, hi, p.number)
        ctx.at = lo
        lead_np = leading_np(masked[skip_dateline(masked, lo, hi) : hi])
        lead = lead_np[0] if lead_np else None
        subject = agent = None
        named_agent = lone_agent = False
        # a sentence that opens with a name phrase (not a quote, not a lone "Therefore")
        if lead_np and "x" * 4 not in lead_np[0] and not lone_opener(lead_np[0]):
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
        # A title, headline or nickname in a sentence with no cue ("… on “Meet the Press”
        # last week"), a name before the thing it labels (``the “Avatar” star``) and a token
        # (an id, a date, a link) are nobody's words; a title inside reported speech stays.
        events = sorted(
            (
                s
                for s in spans
                if lo <= s.start < hi
                and not is_token(s)
                and not in_markup(text, s)
                and not labels_thing(text, s)
                and not after_so_called(s.text, text[: s.outer_start])
                and (cues or not (is_title(text, s) or is_headline(text, s) or is_nickname(text, s)))
            ),
            key=lambda s: s.start,
        )
        for s in events:
            at_start = not masked[lo : s.outer_start].strip()
            cue = _pick(cues, s, at_start, text, masked)
            if cue is not None and not at_start and _aside_title(text, s, cue):
                continue
            context = text[lo:hi] if s.closed else text[lo:]
            inherited = False
            who: Who | None
            if cue is not None:
                ci = cues.index(cue)
                used.add(ci)
                who = whos[ci]
                if who.mention is None and agent is not None:  # "X called it “…” but described …"
                    who = agent
                cue_text: str | None = cue.text
            else:
                cue_text = None
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
            if who is None:
                who = NOBODY
            item = _Item(_quote(p, s.start, s.end, who, cue_text, _kind_of(text, s, lo), context), inherited)
            if continuing and s is spans[0] and state.chain is not None:
                chain = state.chain
                if cue is not None:  # a later cue names the speaker of the whole quote
                    for prior in chain:
                        if prior.inherited:
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
        for i, c in enumerate(cues):
            if i in used or c.content is None or c.verb in DIRECT_ONLY:
                continue
            a, b = c.content
            if any(a < s.outer_end and s.outer_start < b for s in spans):
                continue
            if c.verb in THAT_ONLY and not (
                masked.startswith(" that", c.end) or object_preposition(c.verb, masked, c.end)
            ):
                continue
            if len(text[a:b].split()) < 3:
                continue
            if _INTRODUCES.match(masked, c.end, hi) and _NOT_A_CLAUSE.match(text, a):
                continue  # "In a statement, Lee said:" / "Lee wrote on her blog:": the words follow
            who = whos[i]
            if not who.name:
                continue
            dateline = _DATELINE.match(text, a, b)
            a = dateline.end() if dateline else a
            items.append(_Item(_quote(p, a, b, who, c.text, "indirect", text[lo:hi])))
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
    elif text.rstrip().endswith(":") and not spans and _FROM.match(text):
        # "From Ana Lund writing in the Gazette:" / "More from the report:" then the excerpt
        source = colon_subject(masked)
        who = ctx.resolve(classify_speaker(source, None, ctx.surnames)) if source else NOBODY
        if who.name:
            ctx.spoke(who)
    items.sort(key=lambda it: it.quote.start)
    return _outer_reports(items)


def _outer_reports(items: list[_Item]) -> list[_Item]:
    """``According to his office, Lee stressed the need for calm``: the office reports the
    whole clause; the report inside it (Lee's) is not a second indirect quote."""
    reports = [it.quote for it in items if it.quote.kind == "indirect"]
    return [
        it
        for it in items
        if it.quote.kind != "indirect"
        or not any(
            o is not it.quote
            and o.start <= it.quote.start
            and it.quote.end <= o.end
            and o.end - o.start > it.quote.end - it.quote.start
            for o in reports
        )
    ]


def extract_quotes(doc: Document) -> list[Quote]:
    """All quotations and reported speech in `doc`, in reading order (see module docstring)."""
    state = _State(
        SpeakerContext(article_surnames(doc), full_names=article_full_names(doc)),
        singles=quotes_in_single_marks([p.text for p in doc.paragraphs]),
    )
    items: list[_Item] = []
    for p in doc.paragraphs:
        items.extend(_paragraph(p, state))
    return [it.quote for it in items]


def pronoun_candidates(
    doc: Document, gender: dict[str, tuple[int, int]] | None = None
) -> list[tuple[int, str, list[Candidate]]]:
    """Each ``he``/``she`` speaker of `doc` as (paragraph number, pronoun, candidates with
    their features), the rules choosing, for training `speaker_rank`
    (``scripts/train_speaker_ranker.py``); `gender` replaces the shipped first-name table."""
    surnames = article_surnames(doc)
    ctx = SpeakerContext(surnames, mentions=Mentions(surnames, ranked=False, gender=gender), trace=[])
    state = _State(ctx, singles=quotes_in_single_marks([p.text for p in doc.paragraphs]))
    for p in doc.paragraphs:
        _paragraph(p, state)
    return ctx.trace or []
