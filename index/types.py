"""Typed domain records shared by every layer: no LlamaIndex or Telegram objects in here (the
quote records are in `quote_types`, re-exported here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .quote_types import Attribution as Attribution
from .quote_types import Quote as Quote
from .quote_types import QuoteKind as QuoteKind
from .quote_types import SpeakerKind as SpeakerKind
from .text import source_name, title_beside


@dataclass(frozen=True)
class Paragraph:
    """One citable paragraph of an article.

    `number` is the ¶ number users see (1-based, reading order, body paragraphs only);
    `start`/`end` are character offsets into the decoded source file.
    """

    doc_id: str
    title: str
    number: int
    text: str
    start: int
    end: int
    hash: str
    section: str | None = None
    outlet: str | None = None
    # What the article is about, put before each sentence when it is embedded: a title the
    # article or its manifest gives, else a file name that reads as words ("1973_oil_crisis");
    # empty when there is neither (a lede-made title is for readers, not for the encoder).
    topic: str = ""

    @property
    def key(self) -> str:
        return f"{self.doc_id}#{self.number}"

    @property
    def label(self) -> str:
        """Compact citation label, e.g. ``AFP ¶7`` (outlet if known, else a short title)."""
        return f"{source_name(self.outlet, self.title)} ¶{self.number}"


@dataclass(frozen=True)
class Document:
    """An article as indexed: metadata plus its citable paragraphs."""

    doc_id: str
    title: str
    source_path: str
    hash: str
    paragraphs: tuple[Paragraph, ...]
    outlet: str | None = None


@dataclass(frozen=True)
class Passage:
    """A retrieved paragraph with its fused retrieval score (higher is better)."""

    paragraph: Paragraph
    score: float
    dense: float = 0.0  # best sentence's cosine to the question
    lexical: float = 0.0  # IDF share of the question's terms in the best sentence
    coverage: float = 0.0  # ... anywhere in the paragraph


@dataclass(frozen=True)
class Citation:
    """Where a stated sentence comes from: article, ¶ number, the exact words, the paragraph."""

    doc_id: str
    title: str
    paragraph: int
    quote: str
    text: str
    outlet: str | None = None
    # The article's name in labels when the corpus needs one other than the outlet (two articles
    # of one outlet): set by the engine (`index.retrieval.articles.labels`); empty: `source_name`.
    source: str = ""

    @property
    def label(self) -> str:
        """``AFP ¶7``: the article's short source name and the ¶ number."""
        return f"{self.source or source_name(self.outlet, self.title)} ¶{self.paragraph}"

    @property
    def heading(self) -> str:
        """The title to show beside the label: empty when the label is (the start of) the title
        already, so "Trump keeps Iran talks… ¶1" is not followed by the same words again."""
        return title_beside(self.label, self.title)


@dataclass(frozen=True)
class AnswerSentence:
    """A sentence copied verbatim from a paragraph, pointing into `Answer.citations`."""

    text: str
    citation: int


@dataclass(frozen=True)
class DisagreementSide:
    value: str
    doc_id: str
    paragraph: int
    title: str = ""
    outlet: str | None = None
    source: str = ""

    @property
    def label(self) -> str:
        return f"{self.source or source_name(self.outlet, self.title or self.doc_id)} ¶{self.paragraph}"


@dataclass(frozen=True)
class Disagreement:
    """Two or more articles state different values for the same fact."""

    claim: str
    sides: tuple[DisagreementSide, ...]


Vote = Literal["up", "down"]


@dataclass(frozen=True)
class Feedback:
    """Votes on one answer, with what it cited (stored by the feedback stores)."""

    answer_id: int
    question: str
    citations: tuple[str, ...]  # "doc_id#n" keys of the cited paragraphs
    up: int
    down: int


def read_as_line(read_as: tuple[tuple[str, str], ...]) -> str | None:
    """ "Read “Нетаньяху” as Netanyahu" for names read otherwise than typed (`Answer.read_as`,
    `QuoteCheck.read_as`), without a full stop; None if there were none."""
    if not read_as:
        return None
    return "Read " + ", ".join(f"“{typed}” as {read}" for typed, read in read_as)


AbstainReason = Literal["weak", "not_mentioned", "language", "no_value", "removed", "unclear"]
# what a "no_value" abstention says the articles don't give, by the kind asked for
_UNSTATED = {
    "number": "the number asked for",
    "money": "the sum asked for",
    "price": "how the price moved",
    "year": "the year asked for",
    "date": "the date asked for",
    "day": "the day asked for",
    "duration": "how long it lasted",
    "measure": "the measurement asked for",
    "clock": "the time of day asked for",
    "time": "the time asked for",
    "place": "the place asked for",
    "future": "what is to come",
    "names": "the names asked for",
    "name": "the name asked for",
    "act": "the act asked about",
    "view": "the view asked for",
    "aim": "what was wanted",
    "result": "the result asked for",
    "reason": "the reason asked for",
    "fact": "the fact asked about",
    "disagreement": "different values for one fact",
}


@dataclass(frozen=True)
class Answer:
    """The domain's reply to a question; rendering is the adapter's job."""

    question: str
    sentences: tuple[AnswerSentence, ...]
    citations: tuple[Citation, ...]
    abstained: bool
    confidence: float = 0.0
    closest: Citation | None = None
    disagreements: tuple[Disagreement, ...] = field(default=())
    attribution: Attribution | None = None
    # Why an abstention abstained: "weak" (no passage answers well enough), "not_mentioned"
    # (the question names someone or something no article mentions: see `missing`), or
    # "language" (the question is not in English, which the encoder does not read), or
    # "no_value" (it asks for a number, year, date or span the best passages don't state,
    # or for things by name that they only count: "which three sites …"; `missing` holds
    # that kind, "names" for the latter), or "removed" ("tell me more" after an answer whose
    # articles an admin has removed since: `missing` holds their titles), or "unclear" (a
    # follow-up made only of words pointing back, "and him?": `missing` holds them).
    reason: AbstainReason | None = None
    missing: tuple[str, ...] = ()
    # the outlet a question asked after ("according to AFP, …"): every citation is from its
    # articles, and an abstention says that they don't say it
    outlet: str | None = None
    # what "do the sources disagree about X?" asked about, when no article gives another
    # value for it: the reply says so beside the answer
    undisputed: str | None = None
    # for "what is this about?" (or "what does AFP say?"): each sentence is the lede of one
    # article, and this is how many articles there are to tell about (a reply may show fewer)
    overview: int = 0
    # with `overview`, what a question about the articles asked that the bot does not hold:
    # "author" ("who wrote this article?") or "date" ("when was it published?")
    not_held: str | None = None
    # the question the conversation is about when this answer answered it in other words:
    # "tell me more" goes on answering it with what the articles say next, "and Ziv?" after
    # "what did Park say?" asked it of Ziv; "what else?" after either searches on it
    continues: str | None = None
    # names of the question read as the articles spell them, (typed, read) pairs: a
    # misspelling ("Citrinowitz") or Cyrillic ("Нетаньяху"); every adapter says so
    read_as: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)

    @property
    def undisputed_reply(self) -> str | None:
        """For "do the sources disagree about X?" with none found, the line every adapter adds,
        without a full stop: "I found no disagreement between the articles about X"."""
        if not self.undisputed:
            return None
        return f"I found no disagreement between the articles about {self.undisputed}"

    @property
    def declined(self) -> bool:
        """Whether the reply says the articles don't hold what was asked: an abstention, or a
        question about the articles' authors or dates (answered with the list of articles)."""
        return self.abstained or self.not_held is not None

    @property
    def not_held_reply(self) -> str | None:
        """The line every adapter puts before the list of articles when the question asked
        for their authors or dates, without a full stop."""
        if self.not_held == "author":
            return "I don't have the authors' names, only each article's title and outlet"
        if self.not_held == "date":
            return "I don't have the articles' publication dates, only each one's title and outlet"
        return None

    @property
    def unclear_reply(self) -> str | None:
        """For "and him?" with nothing to tell whom it means, the line every adapter gives,
        without a full stop."""
        if self.reason != "unclear":
            return None
        words = " ".join(self.missing)
        return f"I can't tell whom or what “{words}” means here: please ask again with the name or the event"

    @property
    def read_as_reply(self) -> str | None:
        """The line every adapter adds when names were read otherwise than typed, without a
        full stop: "Read “Нетаньяху” as Netanyahu"."""
        return read_as_line(self.read_as)

    @property
    def unstated(self) -> str | None:
        """For a "no_value" abstention, what the articles don't give ("the number asked for")."""
        if self.reason != "no_value":
            return None
        kind = self.missing[0] if self.missing else ""
        return _UNSTATED.get(kind, "the value asked for")

    @property
    def unstated_reply(self) -> str | None:
        """For a "no_value" abstention, the reply every adapter gives, without a full stop:
        "The articles don't give the number asked for"; "The articles don't name them" when
        a "which three sites …" question finds only the count."""
        if self.unstated is None:
            return None
        if self.missing[:1] == ("names",):
            return "The articles don't name them"
        if self.missing[:1] == ("act",):  # "why did X pull out of …?", "what did X offer?"
            return "The articles don't say that happened"
        if self.missing[:1] == ("future",):
            return "The articles don't say what will happen"
        if self.missing[:1] == ("disagreement",):
            return "I found no fact on which the articles give different dates or numbers"
        return f"The articles don't give {self.unstated}"
