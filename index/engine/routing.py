"""Which answer a question gets: the routing of `Engine.ask`.

A question the corpus cannot answer by its form abstains; "tell me more" continues the cited
articles; "what is this about?" and "which outlet?" get the articles' ledes; "where do the
sources disagree?" gets the disagreements; "who is quoted by AFP?", "according to AFP, …" are
answered from that outlet's articles; attribution questions go to the quote index, falling back
to the ordinary cited answer where a paragraph answers better; everything else to retrieval.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from ..attribution.answers.about import (
    about_speaker,
    about_topic,
    only_others_quoted,
    reported_unquoted,
    tells_who_said,
    without_others_quotes,
)
from ..attribution.answers.answer import answer_attribution, matched_answer
from ..attribution.answers.claim_quote import quote_for_claim
from ..attribution.answers.paraphrased import did_say_in_other_words
from ..attribution.answers.relevance import own_words, score
from ..attribution.answers.titled import titled_speaker
from ..attribution.answers.unreported import unreported_act
from ..attribution.checks.check import AttributionQuery, parse_attribution_question, quotes_by
from ..attribution.checks.claim_words import nameless, subject_untold
from ..attribution.claim import named_in_claim
from ..attribution.overstated import reports_act
from ..attribution.query import asks_reaction
from ..attribution.quoted_by import quoted_by
from ..retrieval.articles.continuation import asks_continuation, continuation
from ..retrieval.articles.outlets import ledes, outlet_named, reported_by
from ..retrieval.articles.overview import asks_byline, asks_overview, asks_sources
from ..retrieval.articles.pointed import pointed_article, pointed_documents, points_at_one
from ..retrieval.checks.spans import lasted_subject
from ..retrieval.compose import compose_answer
from ..retrieval.conflicts.conflict_topic import asks_for_disagreements, disagreement_topic
from ..retrieval.contractions import with_apostrophes
from ..retrieval.followup import asks_whole, wants_more
from ..retrieval.hybrid import Evidence
from ..retrieval.mentions import is_foreign
from ..retrieval.referents import is_pronoun, occasion_referent, previous_speaker
from ..retrieval.spelling import Respelled
from ..retrieval.swapped import unswap
from ..retrieval.unknown_speaker import unmentioned_speaker
from ..types import Answer, Passage, Quote
from .base import Loaded, Turn
from .ellipsis import asked_again, other_name, unclear_followup

SPAN_DEPTH = 20  # passages searched for the span a "how long did X last?" question asks for
OUTLET_DEPTH = 40  # passages searched for those of the one outlet a question asks after


class Search(Protocol):
    """`Engine.search`: the evidence for a question, follow-ups resolved against `previous`."""

    def __call__(self, question: str, previous: Turn | None = None, k: int = 10) -> Evidence: ...


class Router:
    """Answers questions from one loaded index version (`Engine._answer` makes one per question)."""

    def __init__(
        self,
        loaded: Loaded,
        max_sentences: int,
        threshold: float | None,
        search: Search,
        unit_rows: Callable[[list[str]], NDArray[np.float32]],
    ) -> None:
        self.loaded = loaded
        self.max_sentences = max_sentences  # ANSWER_MAX_SENTENCES
        self.threshold = threshold  # the abstention threshold (`Engine.abstain_threshold`)
        self.search = search
        self.unit_rows = unit_rows  # texts → their unit embedding rows (`Engine._unit_rows`)

    def relevance(self, text: str, quotes: Sequence[Quote]) -> list[float]:
        """How well each of `quotes` fits `text` (`attribution.relevance.score`); each quote's
        words are embedded once per index version, on their own: the int8 encoder quantises
        per batch, so a quote embedded beside others would score by the order of questions."""
        loaded = self.loaded
        owns = [own_words(q) for q in quotes]
        for t in dict.fromkeys(owns):
            if t not in loaded.quote_vectors:
                loaded.quote_vectors[t] = self.unit_rows([t])[0]
        asked = self.unit_rows([text])[0]
        qweights = loaded.term_weights.weigh(text)
        vectors = [loaded.quote_vectors[o] for o in owns]
        return [score(float(v @ asked), qweights, q) for v, q in zip(vectors, quotes, strict=True)]

    def answer(self, question: str, previous: Turn | None) -> tuple[Answer, tuple[Passage, ...]]:
        """The answer that fits `question`'s kind, and the passages behind it (if any)."""
        if is_foreign(question):
            return Answer(question, (), (), abstained=True, reason="language"), ()
        spelt = self._as_written(question)
        if spelt.unreadable:
            # "what did נתניהו say?": a name in a script the articles' names cannot be read from
            missing = spelt.unreadable
            return Answer(question, (), (), abstained=True, reason="language", missing=missing), ()
        if previous is not None:
            previous = replace(previous, question=self._as_written(previous.question).question)
        answer, passages = self._routed(spelt.question, previous)
        return (replace(answer, read_as=spelt.read_as) if spelt.read_as else answer), passages

    def _as_written(self, question: str) -> Respelled:
        """`question` with its names as the articles write them: capitals put back ("how many
        died in iran", and "WHAT DID IRAN SAY?" read as if so typed), misspellings and Cyrillic
        read as the articles' names (`spelling.py`), and two swapped letters of a common word
        put back ("hosptial", `swapped.py`)."""
        loaded = self.loaded
        words, proper = loaded.vocabulary.words, loaded.casing.proper
        unshouted = loaded.casing.unshout(with_apostrophes(question))
        unswapped = unswap(unshouted, words, loaded.term_weights.known, proper)
        # recasing puts capitals on the names it knows; the rest were still typed in lower case
        typed_lower = not any(c.isupper() for c in unswapped)
        return loaded.spelling.respell(loaded.casing.recase(unswapped), typed_lower=typed_lower)

    def _routed(self, question: str, previous: Turn | None) -> tuple[Answer, tuple[Passage, ...]]:
        unanswerable = self._unanswerable(question)
        if unanswerable is not None:
            return unanswerable, ()
        if previous is not None and previous.answer is not None and asks_continuation(question):
            n = self.max_sentences
            more = continuation(question, previous.answer, self.loaded.by_key, n)
            if more is not None:  # "tell me more": what the cited articles say next
                return more, ()
            if gone := removed_sources(previous.answer, self.loaded):  # an admin removed them since
                return Answer(question, (), (), abstained=True, reason="removed", missing=gone), ()
        if previous is not None and (pointing := unclear_followup(question)):
            # "and him?", "and before that?": no word to search with, and no telling whom or when
            return Answer(question, (), (), abstained=True, reason="unclear", missing=(pointing,)), ()
        documents = self.loaded.snapshot.documents
        named = pointed_article(question)
        pointed = (
            pointed_documents(named, documents, previous.answer if previous else None) if named else None
        )
        if pointed is not None:
            # "what is the AFP one about?", "what about the other article?": its headline and lede
            docs, outlet = pointed
            return ledes(question, docs, outlet, self.loaded.by_key, self.max_sentences), ()
        not_held = asks_byline(question)  # "who wrote this article?": not known, say so
        if asks_overview(question, follows_up=previous is not None) or asks_sources(question) or not_held:
            # "what is this about?", "which outlet published the article?": the articles, each
            # with its title, outlet and first sentence; "who wrote it?" after an answer, the
            # articles it cited
            docs = [d.doc_id for d in documents]
            if not_held and previous is not None and previous.answer is not None and points_at_one(question):
                last = previous.answer  # the articles its sentences quote, not the "also relevant" ones
                stated = [last.citations[s.citation].doc_id for s in last.sentences]
                docs = list(dict.fromkeys(stated or [c.doc_id for c in last.citations])) or docs
            n = self.max_sentences
            return replace(ledes(question, docs, None, self.loaded.by_key, n), not_held=not_held), ()
        if asks_for_disagreements(question):  # "where do the sources disagree?"
            return self.loaded.stories.answer(question, self.loaded.stories.all()), ()
        topic = disagreement_topic(question)  # "do the sources disagree about the war?"
        stories = self.loaded.stories
        about = tuple(d for d in stories.all() if stories.on_topic(d, topic)) if topic is not None else ()
        if about:
            return stories.answer(question, about), ()
        if topic is not None:
            # no disagreement about what was asked: one about something else flagged beside
            # the answer would read as a yes; the reply says that none was found
            answer, passages = self._retrieval_answer(question, previous, flag=False)
            return replace(answer, undisputed=topic), passages
        loaded = self.loaded
        by = outlet_named(quoted_by(question), loaded.snapshot.documents)
        if by is not None:
            # "who is quoted by AFP?": the speakers of that outlet's articles only
            outlet_docs = {d.doc_id for d in loaded.snapshot.documents if d.outlet == by}
            quotes = [q for q in loaded.snapshot.quotes if q.doc_id in outlet_docs]
            return answer_attribution(question, AttributionQuery("who_quoted"), quotes, loaded.by_key), ()
        asked_of = renamed = None
        if previous is not None:
            before = previous.answer.continues if previous.answer is not None else None
            asked_of = asked_again(question, before or previous.question)
            renamed = None if asked_of else other_name(question, before or previous.question)
        if asked_of is not None:
            # "and Netanyahu?" after "what did Trump say …?": that question of Netanyahu,
            # which a further "and Ziv?" or "what else?" goes on from
            answer, passages = self._routed(asked_of, previous)
            return replace(answer, question=question, continues=asked_of), passages
        if renamed is not None:
            # "and Citrinowicz?" after "who is Ziv?": "who is Citrinowicz?", asked on its own (the
            # previous question joined to it would search for Ziv again)
            answer, passages = self._routed(renamed, None)
            return replace(answer, question=question, continues=renamed), passages
        query = parse_attribution_question(question)
        query = named_in_claim(query) if query is not None else None
        named = query.speaker if query is not None and query.kind == "what_said" else None
        outlet = outlet_named(named, loaded.snapshot.documents)
        if outlet is not None and query is not None:
            # "according to AFP, …", "what does AFP say about …?": that outlet's articles only
            return self._outlet_answer(question, query.topic, outlet, previous)
        reported = reported_by(question) if query is None else None
        if reported is not None and (outlet := outlet_named(reported[0], loaded.snapshot.documents)):
            # "what did AFP report?": what that outlet's articles say, not a quote told to it
            return self._outlet_answer(question, reported[1], outlet, previous)
        if query is not None and query.topic and previous is not None:
            # "what did X say after it?" after "how long did the meeting last?"
            query = replace(query, topic=occasion_referent(query.topic, previous.question))
        if query is not None and query.speaker and asks_reaction(question):
            if not quotes_by(query.speaker, loaded.snapshot.quotes):
                query = None  # "what was X's response to Y?" of unquoted X: what X did
        if query is not None and is_pronoun(query.speaker):
            named = previous_speaker(previous.answer if previous else None, loaded.snapshot.quotes)
            query = replace(query, speaker=named) if named else None
        if query is not None and query.speaker and not quotes_by(query.speaker, loaded.snapshot.quotes):
            # "what did the Israeli prime minister say?" of "Israeli Prime Minister Benjamin
            # Netanyahu", whose own quotes carry no title: asked by the name the article gives
            named = titled_speaker(query.speaker, (p.text for p in loaded.snapshot.paragraphs))
            if named is not None:
                # by surname, as the article calls them after the first mention (their office
                # by it too: "the prime minister's office"); the reply shows the question as asked
                renamed = _renamed(question, query.speaker, named)
                answer, passages = self.answer(renamed, previous)
                return replace(answer, question=question), passages
            unknown = None if query.framed else unmentioned_speaker(query.speaker, loaded.vocabulary)
            if unknown is not None:  # "what did putin say?": no word of the speaker is written
                missing = (unknown,)
                return Answer(question, (), (), abstained=True, reason="not_mentioned", missing=missing), ()
        if query is not None and loaded.snapshot.quotes:
            shown: frozenset[tuple[str, int]] = frozenset()
            if previous is not None and previous.answer is not None and wants_more(question):
                shown = frozenset((c.doc_id, c.paragraph) for c in previous.answer.citations)
            answer = answer_attribution(
                question,
                query,
                loaded.snapshot.quotes,
                loaded.by_key,
                shown,
                self.relevance,
                loaded.term_weights.weigh,
            )
            if query.kind == "who_quoted":
                return answer, ()  # the speaker list, or plainly none (no paragraph answers it)
            if answer.attribution is not None and answer.attribution.all_shown:
                return answer, ()  # "what else did X say?" after all of it: that is all
            if query.kind == "who_on" and answer.abstained:
                # no one is quoted on it: a paragraph may still tell who did what about it
                return self._retrieval_answer(question, previous)
            if query.framed and not answer.abstained:
                fallback, passages = self._retrieval_answer(question, previous)
                if not fallback.abstained and reported_unquoted(passages, answer, query.speaker):
                    # the best paragraph reports X in words the quote index does not hold
                    # ("in his writings Lenin portrayed …"): it answers better than X's quotes
                    return fallback, passages
            if answer.abstained:
                fallback, passages = self._retrieval_answer(question, previous)
                if query.framed and not fallback.abstained:
                    # "according to the census, …" names a source no quote is by: the
                    # framing only said where to look first
                    return fallback, passages
                if query.kind == "who_said" and not query.quoted and not fallback.abstained:
                    # a paraphrase of a quotation ("who said Iran won't discuss its
                    # missiles?"): the quote of a close passage that says it. A quote that
                    # merely shares a word ("talks") is not taken as the speaker's: the
                    # paragraph answers instead ("who is quoted saying the talks failed?"
                    # gets the writer's own sentence, not an analyst who mentioned talks)
                    found = quote_for_claim(
                        query.text or question, passages, loaded.snapshot.quotes, self.relevance
                    )
                    if found is not None:
                        return matched_answer(question, query, found, loaded.by_key), passages
                if not fallback.abstained:
                    # "did X say <paraphrase>?": X's quote that says it, or says the reverse
                    said = did_say_in_other_words(
                        question, query, passages, loaded.snapshot.quotes, self.relevance, loaded.by_key
                    )
                    if said is not None:
                        return said, passages
                if (
                    query.verb is not None
                    and not fallback.abstained
                    and not reports_act(query.verb, _said(fallback))
                ):
                    # "did X threaten …?" of a paragraph saying X hinted at it: the verdict
                    # that no such act is found, the paragraph (what X did) shown beside it
                    return unreported_act(answer, query, fallback), passages
                if (
                    not query.quoted
                    and not fallback.abstained
                    and about_speaker(fallback, query.speaker, question)
                    and (query.speaker or tells_who_said(fallback, question))
                    and about_topic(self._cited_context(fallback), _claimed(query))
                    and not _subject_untold(query, fallback)
                    and not (
                        query.speaker and only_others_quoted(fallback, query.speaker, loaded.snapshot.quotes)
                    )
                ):
                    # "who claims the draft is ready?" may be reported speech the quote
                    # index does not hold: the ordinary cited answer is the better reply,
                    # when it is about the speaker asked after at all, and says only what
                    # is about them
                    if query.speaker:
                        fallback = without_others_quotes(fallback, query.speaker, loaded.snapshot.quotes)
                    return fallback, passages
                answer = replace(
                    answer,
                    closest=answer.closest
                    or fallback.closest
                    or (fallback.citations[0] if fallback.citations else None),
                )
            return answer, ()
        return self._retrieval_answer(question, previous)

    def _cited_context(self, answer: Answer) -> list[str]:
        """The paragraphs `answer` states sentences from, each with the paragraph before it."""
        cited = [answer.citations[s.citation] for s in answer.sentences]
        by_key = self.loaded.by_key
        around = [by_key.get((c.doc_id, n)) for c in cited for n in (c.paragraph - 1, c.paragraph)]
        return [p.text for p in around if p is not None]

    def _outlet_answer(
        self, question: str, topic: str | None, outlet: str, previous: Turn | None
    ) -> tuple[Answer, tuple[Passage, ...]]:
        """An answer to `topic` (the question without its framing) from `outlet`'s articles
        alone; a question with no topic ("what does AFP say?") asks what they report."""
        loaded = self.loaded
        docs = {d.doc_id for d in loaded.snapshot.documents if d.outlet == outlet}
        if not topic:
            n = self.max_sentences
            return ledes(question, sorted(docs), outlet, loaded.by_key, n), ()
        evidence = self.search(topic, previous, k=OUTLET_DEPTH)
        kept = tuple(p for p in evidence.passages if p.paragraph.doc_id in docs)
        answer = compose_answer(replace(evidence, passages=kept), self.max_sentences, self.threshold)
        if not answer.abstained:
            # another outlet that gives another value for the same fact is still worth a flag
            answer = self.loaded.stories.flag(answer, evidence)
        return replace(answer, question=question, outlet=outlet), kept

    def _unanswerable(self, question: str) -> Answer | None:
        """An abstention for a question the corpus cannot answer by its form (index/mentions.py)."""
        missing = self.loaded.vocabulary.unmentioned(question)
        if missing:
            return Answer(question, (), (), abstained=True, reason="not_mentioned", missing=tuple(missing))
        return None

    def _retrieval_answer(
        self, question: str, previous: Turn | None, flag: bool = True
    ) -> tuple[Answer, tuple[Passage, ...]]:
        # what a "how long did X last?" asks for may sit in passing in a lower-ranked passage
        # ("… said after the three-hour meeting"): composition looks further down for it
        evidence = self.search(question, previous, k=SPAN_DEPTH if lasted_subject(question) else 10)
        answer = compose_answer(evidence, self.max_sentences, self.threshold)
        if previous is not None and answer.reason == "no_value" and asks_whole(question):
            # "when was the war?" after "who won the war?": the last question's words pulled
            # its own paragraph back, which dates nothing; asked alone, the question may be answered
            alone = self.search(question, None, k=SPAN_DEPTH if lasted_subject(question) else 10)
            answered = compose_answer(alone, self.max_sentences, self.threshold)
            if not answered.abstained:
                evidence, answer = alone, answered
        # "sanctions?" of articles that never say it: a paragraph near in meaning is no answer;
        # after an answer, a short question may point into it instead ("and the second time?");
        # a refusal for want of a close paragraph ("Fordow?") says which word the articles lack
        bare = (answer.abstained and answer.reason != "weak") or previous is not None
        topic = None if bare else self.loaded.vocabulary.unmentioned_topic(question)
        if topic is not None:
            return Answer(question, (), (), abstained=True, reason="not_mentioned", missing=(topic,)), ()
        if flag and not answer.abstained:
            answer = self.loaded.stories.flag(answer, evidence)
        return replace(answer, question=question), evidence.passages


def _renamed(question: str, speaker: str, name: str) -> str:
    """`question` with the description it named `speaker` by put as `name`, for retrieval."""
    at = question.lower().find(speaker.lower())
    return question if at < 0 else f"{question[:at]}{name}{question[at + len(speaker) :]}"


def _subject_untold(query: AttributionQuery, answer: Answer) -> bool:
    """Whether a who-said claim opens with a name ("Iran wants a deal") that the ordinary
    answer standing in for a quote leads with only as the other party ("negotiations with Iran
    continue …"): that sentence mentions the claim's topic, it does not say it of them."""
    lead = answer.sentences[0].text if answer.sentences else ""
    return query.kind == "who_said" and subject_untold(query.text or "", lead)


def _said(answer: Answer) -> list[str]:
    """The sentences `answer` states."""
    return [s.text for s in answer.sentences]


def _claimed(query: AttributionQuery) -> str | None:
    """What the ordinary answer that stands in for a quote must touch: the topic of "what did
    X say about Y?", what a who-said or did-say question claims beyond the names it gives ("is
    a liar"; "did Lee say the talks would fail?" is not answered by Lee on something else)."""
    if query.kind == "what_said":
        return query.topic
    return nameless(query.text or "") or None if query.kind in ("who_said", "did_say") else None


def removed_sources(previous: Answer, loaded: Loaded) -> tuple[str, ...]:
    """The titles of the articles `previous` cited, when none of them is indexed any more (so
    "tell me more" has nothing to go on from); () when one still is, or it cited none."""
    indexed = {d.doc_id for d in loaded.snapshot.documents}
    cited = {c.doc_id: c.title for c in previous.citations}
    return () if not cited or indexed & cited.keys() else tuple(cited.values())
