"""Term weighting shared by reranking and sentence choice.

Terms are folded, stemmed content words (Snowball English via PyStemmer, the stemmer the
BM25 retriever uses too); weights are BM25-style IDF over the indexed paragraphs.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import Stemmer

from ..text import words

# Function words and question words: they say what kind of answer is wanted, not what
# it is about, so they never count as evidence.
STOPWORDS = frozenset(
    """a an the and or but if then than so of in on at to for from by with without about
    into onto over under after before during since until while as is are was were be been
    being am do does did done doing have has had having will would shall should can could
    may might must not no nor it its it's this that these those there here he she they them
    his her hers their theirs him we us our you your i me my mine what which who whom whose
    when where why how whats what's who's also just only very more most much many some any
    each every all both either neither other another such same own too s t one ones get got
    according said say says tell told""".split()
)

# a follow-up joined to the question before it ("When did the dockers strike? What were they
# protesting?", `followup.resolve`) is asked in its own words: its terms weigh this much more than
# those of the earlier question, which only say what it is about
FOLLOW_UP_FOCUS = 2.0
_stemmer = Stemmer.Stemmer("english")


# British spellings and their American forms, so that an AFP "programme" meets an American
# outlet's "program": newsrooms of both spellings land in one corpus. Each rule maps a word
# on both sides alike, so a word it rewrites needlessly ("devour") still meets itself.
_SPELLINGS = (
    (re.compile(r"(?<=gra)mme(s?)$"), r"m\1"),  # programme, kilogramme
    (re.compile(r"(?<=[a-z]{2}[bcdfghilmnprv])our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less)?$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{4})is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),  # organise
    (re.compile(r"(?<=[a-z]{2})ys(e|es|ed|ing)$"), r"yz\1"),  # analyse, paralyse
    (re.compile(r"(?<=[a-z]{2}[fc])ence(s?)$"), r"ense\1"),  # defence, licence, offence
    (re.compile(r"^(cent|theat|met|lit|fib|calib|spect|somb|meag|lust)re(s|d)?$"), r"\1er\2"),
    (re.compile(r"dgement(s?)$"), r"dgment\1"),  # judgement, acknowledgement
)


def american(word: str) -> str:
    """`word` (folded) in American spelling, for matching only.

    >>> [american(w) for w in ("programme", "defence", "labour", "organisation", "centre", "hour")]
    ['program', 'defense', 'labor', 'organization', 'center', 'hour']
    """
    for pattern, repl in _SPELLINGS:
        word = pattern.sub(repl, word)
    return word


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str(_stemmer.stemWord(american(word)))


# "US", "U.S." and "USA" as written name the United States: folded, "us" is a stopword and
# "U.S." falls apart into single letters, so a question about "the US" lost the country
_US = re.compile(r"\bU\.S\.(?:A\.)?|\bU\.S\b|\bUSA?\b")


def terms(text: str) -> list[str]:
    """Stemmed content terms of `text`, in order (stopwords dropped, numbers kept).

    >>> terms("the US strike"), terms("U.S. forces"), terms("let us talk")
    (['unit', 'state', 'strike'], ['unit', 'state', 'forc'], ['let', 'talk'])
    """
    text = _US.sub(" United States ", text)
    return [_stem(w) for w in words(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]


def last_question(text: str) -> str | None:
    """The last question of `text` when it holds more than one, else None.

    >>> last_question("When did the strike start? Why?")
    'Why?'
    >>> last_question("When did the strike start?") is None
    True
    """
    parts = re.split(r"(?<=\?)\s+", text.strip())
    return parts[-1] if len(parts) > 1 else None


def document_frequencies(texts: Iterable[str]) -> dict[str, int]:
    df: Counter[str] = Counter()
    for text in texts:
        df.update(set(terms(text)))
    return dict(df)


class TermWeights:
    """IDF weights over a corpus; unseen terms get the weight of the rarest term."""

    def __init__(self, df: dict[str, int], n_docs: int) -> None:
        self.df = df
        self.n = max(n_docs, 1)

    def idf(self, term: str) -> float:
        d = self.df.get(term, 0)
        return math.log(1.0 + (self.n - d + 0.5) / (d + 0.5))

    def weigh(self, question: str) -> dict[str, float]:
        """Question terms with their IDF weights (repeats counted once); the terms of the last
        of several questions weigh `FOLLOW_UP_FOCUS` times more.

        >>> w = TermWeights({"strike": 1, "bridge": 1}, 4)
        >>> w.weigh("Who ordered the strike? Why the bridge?")["bridg"] / w.weigh("Why the bridge?")["bridg"]
        2.0
        """
        weights = {t: self.idf(t) for t in dict.fromkeys(terms(question))}
        last = last_question(question)
        for t in set(terms(last or "")):
            weights[t] *= FOLLOW_UP_FOCUS
        return weights

    def known(self, term: str) -> bool:
        return term in self.df


def coverage(qweights: dict[str, float], text_terms: set[str] | frozenset[str]) -> float:
    """Share of the question's IDF mass whose terms occur in `text_terms` (0..1)."""
    total = sum(qweights.values())
    if total <= 0:
        return 0.0
    return sum(w for t, w in qweights.items() if t in text_terms) / total


def bigram_hits(question_terms: list[str], text_terms: list[str]) -> int:
    """How many consecutive question term pairs also appear consecutively in the text."""
    pairs = set(zip(text_terms, text_terms[1:], strict=False))
    return sum(1 for pair in zip(question_terms, question_terms[1:], strict=False) if pair in pairs)
