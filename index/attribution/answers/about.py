"""Whether a cited answer is about the speaker a question asks after. Pure.

"What did X say?" that no quote of X answers may still be answered by a paragraph, but only
one that names X as the one who acts or speaks: not as whom something was done to ("after the
killing of senior Hamas leaders"), not as whom an adviser serves ("an adviser to the guild"),
and, for X given by description, by all of the description's own words ("the defence
minister" is not "Prime Minister …"). `reported_unquoted` tells when the best paragraph
reports X in words the quote index does not hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ...retrieval.checks.actor import names_actor
from ...retrieval.checks.kin import topic_terms
from ...retrieval.lexical import terms
from ...text import fold
from ...types import Answer, AnswerSentence, Passage, Quote
from ..speakers.cue_words import DIRECT_ONLY, GERUNDS, SPEECH, THAT_ONLY
from ..speakers.speaker_groups import quotes_by
from ..speakers.speaker_words import ORG_WORDS

# modifiers a description may leave out when it names the same source ("senior officials")
_VAGUE = frozenset("several certain various senior top former leading prominent unnamed anonymous".split())
# a question after what someone said, rather than what they thought or called something
_ASKS_SPEECH = re.compile(r"\b(?:say|said|says|tell|told|comment|react|respond|reply|claim|warn|announce)\w*")
# what a sentence that reports someone's words or stand holds beside their name: a verb of
# speech, or a word for a stand or a statement ("Trump's past opposition to …", "in a statement")
_STANCE = frozenset(
    """according statement statements comment comments remarks remark speech interview letter
    message post posts position positions view views stance opposition opposed opposes oppose
    support supported supports backed backs rejected rejects welcomed welcomes condemned condemns
    denounced denounces criticism expressed expresses signalled signaled indicated reaffirmed
    reaffirms believes believed thinks thought wants wanted hopes hoped demanded demands vowed
    promised threatened hinted urged asked insisted pledged announced declared called call
    calls describe describes urge urges accuse accuses deny denies""".split()
)
_SPEAKS = SPEECH | THAT_ONLY | DIRECT_ONLY | GERUNDS | _STANCE | {"hold", "holds"}
# "how did X respond / react?" may be answered by what X did ("X sent six regiments"); a
# question after X's words is not
_ASKS_WORDS = re.compile(r"\b(?:say|said|says|tell|told|comment|claim|warn|announce)\w*")


def about_speaker(answer: Answer, speaker: str | None, question: str = "") -> bool:
    """Whether a sentence of `answer` names `speaker`, and for a question after what they said
    (`question` asks what X said, told, claimed …) other than inside a phrase about what
    was done to them: by the first five letters of any of the speaker's words of four letters
    or more ("the Iranians" is named by "Iranian"), with no object preposition among the
    `OBJECT_REACH` words before. Any answer will do when no speaker is asked after. "What did
    Hamas say?" is not answered by a sentence that never names Hamas, nor by one that names
    it only as whom something was done to ("… after the killing of senior Hamas leaders").
    A speaker asked after by description needs all its lowercase words in one sentence:
    "the defence minister" is not named by "Prime Minister …"; and whose post it is beside
    them (`_owned`): "Iran's president" is not named by "… President Lee that Iran's …"."""
    if not speaker:
        return True
    if not _ASKS_SPEECH.search(question.lower()):
        # "what did X call it?" may be answered by "… denounced as a racket by X": any mention
        return _Asked.of(speaker).named_in(answer.text, acting=False)
    asked = _Asked.of(speaker)
    words = _ASKS_WORDS.search(question.lower())
    return any(
        asked.named_in(s.text, acting=True) and (reports_stance(s.text) or not words)
        for s in answer.sentences
    )


def tells_who_said(answer: Answer, question: str) -> bool:
    """Whether `answer` may stand in for a quote as the reply to a question after someone's
    words that names no one ("who said …?"): one of its sentences reports someone's words or
    stand. "Who said the fair was a flop?" is not answered by "The fair opened on Monday."; a
    question after anything but words ("who rebuilt the pier?") is not held to it."""
    return not _ASKS_WORDS.search(question.lower()) or any(reports_stance(s.text) for s in answer.sentences)


def without_others_quotes(answer: Answer, speaker: str, quotes: Sequence[Quote]) -> Answer:
    """`answer` without the sentences that hold someone else's quotation and do not name
    `speaker`: "what did X say?" answered from the paragraphs does not state a runner-up
    quotation of Y's ("“We insisted …,” Y said") beside the sentence about X, even one that
    names X inside Y's words. Kept whole when that would leave nothing (`only_others_quoted`
    tells that case)."""
    others = _others_quoted(answer, speaker, quotes)
    kept = tuple(s for s in answer.sentences if not others(s))
    return replace(answer, sentences=kept) if kept else answer


def only_others_quoted(answer: Answer, speaker: str, quotes: Sequence[Quote]) -> bool:
    """Whether every sentence `answer` states holds someone else's quotation, not naming
    `speaker` outside it: no answer to "what (else) did X say?"."""
    others = _others_quoted(answer, speaker, quotes)
    return bool(answer.sentences) and all(others(s) for s in answer.sentences)


def _others_quoted(answer: Answer, speaker: str, quotes: Sequence[Quote]) -> Callable[[AnswerSentence], bool]:
    """A test of whether a sentence of `answer` holds only other speakers' quotations."""
    own = {id(q) for q in quotes_by(speaker, quotes)}
    asked = _Asked.of(speaker)
    at: dict[tuple[str, int], list[Quote]] = {}
    for q in quotes:
        if q.kind in ("direct", "partial"):
            at.setdefault((q.doc_id, q.paragraph), []).append(q)

    def others(sentence: AnswerSentence) -> bool:
        c = answer.citations[sentence.citation]
        held = [q for q in at.get((c.doc_id, c.paragraph), []) if q.text in sentence.text]
        # X named inside Y's quotation is Y talking about X: the writer's words around it must
        # name X ("“He worries that X …,” said Y" is Y's, not X's)
        around = sentence.text
        for q in held:
            around = around.replace(q.text, " ")
        return bool(held) and not any(id(q) in own for q in held) and not asked.named_in(around, acting=False)

    return others


@dataclass(frozen=True)
class _Asked:
    """How a sentence names the speaker asked after: `heads` (first five letters of any),
    `described` (every lowercase word of a description), `owners` (whose post: one of these
    within `OWNER_REACH` words before the post, or after it as "of …")."""

    heads: tuple[str, ...]
    described: tuple[str, ...]
    owners: tuple[str, ...]

    @classmethod
    def of(cls, speaker: str) -> _Asked:
        # "Iran's supreme leader" is the leader: a sentence about Iran does not name him
        parts = re.split(r"['’]s\s+", speaker)
        own = parts[-1]
        written = [w for w in re.findall(r"[A-Za-z]+", own) if len(w) >= 4]
        # short names ("Guy Ziv", "Xi") by their capitalised words, letters too ("the ACU"):
        # with none, any sentence would do
        written = written or [w for w in re.findall(r"[A-Z][A-Za-z]+", own) if len(w) >= 2]
        words = [fold(w) for w in written]
        # "the US State Department": "the United States" does not name it, the department does
        heads = [words[-1]] if len(words) >= 2 and words[-1] in ORG_WORDS else words
        # a description ("the Israeli defence minister") is named by its lowercase words
        # together: "Israeli Prime Minister …" names another minister
        post = bool(written) and written[-1].islower()
        described = [fold(w) for w in written if w.islower() and terms(w) and w not in _VAGUE] if post else []
        owners: list[str] = []
        if post:
            # whose post: the possessor ("Iran" of "Iran's president"), or the capitalised
            # words before it ("Israeli" of "the Israeli defence minister")
            capitalised = " ".join(w for w in written if not w.islower())
            owner = " ".join(parts[:-1]) if len(parts) > 1 else capitalised
            owners = [fold(w) for w in re.findall(r"[A-Z][A-Za-z]+", owner) if len(w) >= 4]
        return cls(tuple(heads), tuple(described), tuple(owners))

    def named_in(self, text: str, acting: bool) -> bool:
        """Whether `text` names the speaker (as one who acts or speaks, if `acting`)."""
        if not self.heads:
            return True
        folded = fold(text)
        if acting:
            if not names_actor(folded, list(self.heads)):
                return False
        elif not any(re.search(rf"\b{re.escape(w[:5])}", folded) for w in self.heads):
            return False
        described = all(re.search(rf"\b{re.escape(w[:5])}", folded) for w in self.described)
        return described and _owned(text, self.described, self.owners)


OWNER_REACH = 4  # words before a post within which its owner stands ("Iran's foreign ministry")
_POSSESSIVE = frozenset("his her its their".split())
_FUNCTION = frozenset("the a an this that these those his her its their".split())


def _owned(text: str, described: Sequence[str], owners: Sequence[str]) -> bool:
    """Whether `text` names the post `described` ends with as the one of `owners`: with an
    owner up to `OWNER_REACH` words before it ("Iran's president", "the Iranian president"),
    after it as "of …" ("the president of Iran"), or "his office" with the owner named
    anywhere in the sentence; or bare ("the fisheries minister", the one the article is
    about). Not another's post ("Vessia's finance minister", "Israeli Prime Minister …"),
    nor a title before a name with no owner beside it ("President Lee"). A nationality
    meets its country by their shared start.

    >>> _owned("Iran's president spoke", ["president"], ["iran"])
    True
    >>> _owned("The Iranian president spoke", ["president"], ["iran"])
    True
    >>> _owned("The president spoke", ["president"], ["iran"])
    True
    >>> _owned("She told President Lee that Iran's missiles matter", ["president"], ["iran"])
    False
    >>> _owned("Vessia's foreign minister met Iran's envoy", ["foreign", "minister"], ["iran"])
    False
    >>> _owned("A statement from his office, Lee said", ["office"], ["lee"])
    True
    """
    if not owners or not described:
        return True
    stems = [o[:4] for o in owners]  # "iran" meets "iranian", "isra" meets "israel"
    found = list(re.finditer(r"[A-Za-z0-9]+", text))
    tokens = [m.group(0) for m in found]
    low = [t.lower() for t in tokens]

    def owner(token: str) -> bool:
        return any(token.startswith(s) for s in stems)

    post = described[-1][:5]
    for i, t in enumerate(low):
        if not t.startswith(post):
            continue
        after = low[i + 1 : i + 4]
        if (
            any(owner(b) for b in low[max(0, i - OWNER_REACH) : i])
            or (after[:1] == ["of"] and any(owner(a) for a in after[1:]))
            or (i and low[i - 1] in _POSSESSIVE and any(owner(x) for x in low))
        ):
            return True
        j = i - 1  # the word before the description ("Vessia" of "Vessia's foreign minister")
        while j >= 0 and any(low[j].startswith(d[:5]) for d in described):
            j -= 1
        if j >= 1 and low[j] == "s" and text[found[j].start() - 1] in "'’":
            j -= 1
        another = j >= 0 and tokens[j][:1].isupper() and low[j] not in _FUNCTION
        titled = tokens[i][:1].isupper() and i + 1 < len(tokens) and tokens[i + 1][:1].isupper()
        if not another and not titled:
            return True
    return False


def reports_stance(sentence: str) -> bool:
    """Whether `sentence` reports anyone's words or stand: a verb of speech, or a word for a
    statement or a position.

    >>> reports_stance("The mayor will meet the union amid anger over the closures.")
    False
    >>> reports_stance("The mayor has opposed the closures."), reports_stance("It is dead, she said.")
    (True, True)
    """
    return any(w in _SPEAKS for w in re.findall(r"[a-z]+", sentence.lower()))


def about_topic(texts: Sequence[str], topic: str | None) -> bool:
    """Whether one of `texts` (the paragraphs an answer cites, each with the one before it)
    holds a word of `topic` or its kin (`topic_terms`): "what did X say about the weather?"
    is not answered by a paragraph on X that never touches the weather. Whole paragraphs,
    and the one before: "Those that landed …" is about the missiles named just before. Any
    answer will do when no topic is asked.

    >>> said = ["The negotiations resumed.", "Lee praised them."]
    >>> about_topic(said, "the talks"), about_topic(said, "the harvest"), about_topic(said, None)
    (True, False, True)
    """
    asked = topic_terms(topic) if topic else set()
    return not asked or any(asked & set(terms(t)) for t in texts)


def reported_unquoted(passages: Sequence[Passage], answer: Answer, speaker: str | None) -> bool:
    """Whether the best retrieved passage names `speaker` (a name by its surname, a description
    by all its words) and is none of the paragraphs `answer` cites from their quotes."""
    if not passages or not speaker:
        return False
    best = passages[0].paragraph
    if any((c.doc_id, c.paragraph) == (best.doc_id, best.number) for c in answer.citations):
        return False
    text = fold(best.text)
    names = [w for w in speaker.split() if w[:1].isupper()]
    wanted = [names[-1]] if names else [w for w in speaker.split() if len(w) >= 4]
    found = [re.sub(r"['’]s$", "", fold(w)) for w in wanted]
    return bool(found) and all(re.search(rf"\b{re.escape(w)}", text) for w in found)
