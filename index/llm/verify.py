"""Checking model-written sentences against the numbered paragraphs they cite. Pure, no I/O.

A sentence survives only if it cites at least one of the paragraphs it was given and one of
those paragraphs, on its own, supports it:

- every number and every capitalised name (after the first word) occurs in that paragraph
  (or in its article's title/outlet, for names);
- text in quote marks occurs in the paragraph verbatim (quote style, dashes and spacing aside);
- enough of its content words occur in the paragraph (light stemming), or, with an embedding
  function, a paragraph sentence is close in meaning and a smaller share of words overlaps.

>>> p = Paragraph("d", "Budget", 1, "Ms Lee said the deficit fell to 3.1% in 2024.", 0, 0, "h")
>>> [(v.text, v.supported) for v in verify_answer("The deficit fell to 3.1% [1]. It fell to 2% [1].", [p])]
[('The deficit fell to 3.1%.', True), ('It fell to 2%.', False)]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from index.text import fold, iter_words_with_spans, sentence_spans, split_sentences, words
from index.types import Paragraph

Embed = Callable[[list[str]], npt.NDArray[np.floating[Any]]]
"""Texts → one unit-length row vector per text (cosine similarity is a dot product)."""

_CITES = r"\d+(?:\s*[,;]\s*\d+)*"
_MARKER = re.compile(r"\s*\[\s*(" + _CITES + r")\s*\]")
# "…rose 5%. [1]" → "…rose 5% [1]." so the splitter keeps the marker with its sentence.
_MARKER_AFTER_END = re.compile(r"([.!?…]+[\"'”’»)]*)((?:\s*\[\s*" + _CITES + r"\s*\])+)")
_QUOTED = re.compile(r"[“\"«]([^“”\"«»]+)[”\"»]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ELLIPSIS = re.compile(r"\.\.\.|…")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?])")

_STOPWORDS = frozenset(
    """a an the and or but nor so yet for of in on at to from by with without about above below
    into onto over under after before during since until than then that this these those there
    here it its it's he she they them their his her him we us our you your i me my is are was were
    be been being am has have had having do does did done will would shall should can could may
    might must not no also as if whether which who whom whose what when where why how all any
    both each few more most other some such only own same very just said says say according
    one two told added while because however although though""".split()
)
_SUFFIXES = ("ing", "ed", "es", "s", "ly")


@dataclass(frozen=True)
class VerifyConfig:
    """Thresholds; the defaults drop invented sentences while tolerating light paraphrase."""

    lexical_threshold: float = 0.6  # share of content words found, without embedding help
    lexical_floor: float = 0.34  # minimum share when the embedding vouches for the sentence
    embed_threshold: float = 0.75  # cosine to the closest paragraph sentence


@dataclass(frozen=True)
class Verdict:
    """One generated sentence and what verification made of it.

    `paragraph` is the 1-based prompt number of the supporting paragraph (None if dropped);
    `quote` is the verbatim span of that paragraph supporting the sentence.
    """

    text: str
    cited: tuple[int, ...]
    paragraph: int | None
    quote: str
    lexical: float
    semantic: float | None
    reason: str | None

    @property
    def supported(self) -> bool:
        return self.reason is None


def split_cited(text: str) -> list[tuple[str, tuple[int, ...]]]:
    """Sentences of a model answer, markers removed, with the paragraph numbers each cites.

    >>> split_cited("Prices rose [1]. Wages fell. [2, 3]")
    [('Prices rose.', (1,)), ('Wages fell.', (2, 3))]
    """
    text = _MARKER_AFTER_END.sub(lambda m: m.group(2) + m.group(1), text.strip())
    out: list[tuple[str, tuple[int, ...]]] = []
    for sentence in split_sentences(text):
        cited: list[int] = []
        for group in _MARKER.findall(sentence):
            cited.extend(int(n) for n in re.split(r"\s*[,;]\s*", group))
        clean = _SPACE_BEFORE_PUNCT.sub(r"\1", _MARKER.sub("", sentence)).strip()
        if clean:
            out.append((clean, tuple(dict.fromkeys(cited))))
    return out


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in _STOPWORDS and not _NUMBER.fullmatch(w)]


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    table = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-"})
    return " ".join(text.translate(table).split())


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(text)}


def _names(sentence: str) -> list[str]:
    """Capitalised words outside quote marks (quotes are checked verbatim).

    The first word counts only when a capitalised word follows it ("Maria Walsh said"), since
    otherwise its capital says nothing.
    """
    quoted = [m.span() for m in _QUOTED.finditer(sentence)]
    tokens = list(iter_words_with_spans(sentence))
    names = []
    for i, (token, start, _) in enumerate(tokens):
        if not token[0].isupper() or token == "I" or any(a <= start < b for a, b in quoted):
            continue
        if i == 0 and (fold(token) in _STOPWORDS or len(tokens) < 2 or not tokens[1][0][0].isupper()):
            continue
        names.append(re.sub(r"['’]s$", "", fold(token)))
    return names


def quotes_match(sentence: str, source: str) -> bool:
    """Every quoted span of `sentence` occurs verbatim in `source` (ellipses may skip text)."""
    haystack = _normalise(source)
    for quoted in _QUOTED.findall(sentence):
        for piece in _ELLIPSIS.split(_normalise(quoted)):
            piece = piece.strip(" .,;:!?")
            if not piece:
                continue
            variants = {piece, piece[0].lower() + piece[1:], piece[0].upper() + piece[1:]}
            if not any(v in haystack for v in variants):
                return False
    return True


@dataclass(frozen=True)
class _Source:
    paragraph: Paragraph
    vocabulary: frozenset[str]
    stems: frozenset[str]
    names: frozenset[str]
    numbers: frozenset[str]
    sentences: tuple[tuple[int, int], ...]


def _source(paragraph: Paragraph) -> _Source:
    vocab = frozenset(words(paragraph.text))
    meta = words(f"{paragraph.title} {paragraph.outlet or ''}")
    return _Source(
        paragraph=paragraph,
        vocabulary=vocab,
        stems=frozenset(_stem(w) for w in vocab),
        names=vocab | frozenset(meta),
        numbers=frozenset(_numbers(paragraph.text)),
        sentences=tuple(sentence_spans(paragraph.text)),
    )


def _lexical(content: list[str], src: _Source) -> float:
    if not content:
        return 0.0
    found = sum(1 for w in content if w in src.vocabulary or _stem(w) in src.stems)
    return found / len(content)


def _supporting_span(content: list[str], src: _Source, cosines: Sequence[float] | None) -> str:
    """The paragraph sentence(s) carrying the claim: best match, plus one adding missing words."""
    text = src.paragraph.text
    want = set(content)
    covers = [want & set(content_words(text[a:b])) for a, b in src.sentences]
    if not covers:
        return text

    def rank(i: int) -> tuple[int, float]:
        return len(covers[i]), cosines[i] if cosines else 0.0

    first = max(range(len(covers)), key=rank)
    chosen = [first]
    missing = want - covers[first]
    if missing:
        second = max(range(len(covers)), key=lambda i: len(covers[i] & missing))
        if covers[second] & missing:
            chosen.append(second)
    start = src.sentences[min(chosen)][0]
    end = src.sentences[max(chosen)][1]
    return text[start:end]


def verify_answer(
    text: str,
    paragraphs: Sequence[Paragraph],
    embed: Embed | None = None,
    config: VerifyConfig = VerifyConfig(),
) -> list[Verdict]:
    """One `Verdict` per sentence of `text`, whose ``[n]`` markers number `paragraphs` from 1."""
    drafts = split_cited(text)
    sources = [_source(p) for p in paragraphs]
    sims: npt.NDArray[np.floating[Any]] | None = None
    offsets: list[int] = []
    if embed is not None and drafts:
        para_sentences: list[str] = []
        for src in sources:
            offsets.append(len(para_sentences))
            para_sentences.extend(src.paragraph.text[a:b] for a, b in src.sentences)
        vectors = np.asarray(embed([d for d, _ in drafts] + para_sentences), dtype=np.float32)
        sims = vectors[: len(drafts)] @ vectors[len(drafts) :].T

    verdicts: list[Verdict] = []
    for i, (sentence, cited) in enumerate(drafts):
        valid = [n for n in cited if 1 <= n <= len(sources)]
        if not valid:
            why = "no citation" if not cited else f"cites missing paragraph(s) {list(cited)}"
            verdicts.append(Verdict(sentence, cited, None, "", 0.0, None, why))
            continue
        content = content_words(sentence)
        numbers = _numbers(sentence)
        names = _names(sentence)
        best: Verdict | None = None
        for n in valid:
            src = sources[n - 1]
            cosines: list[float] | None = None
            if sims is not None:
                lo = offsets[n - 1]
                cosines = [float(c) for c in sims[i, lo : lo + len(src.sentences)]]
            lexical = _lexical(content, src)
            semantic = max(cosines) if cosines else None
            reason: str | None = None
            if missing_numbers := sorted(numbers - src.numbers):
                reason = f"numbers not in source: {missing_numbers}"
            elif missing_names := [w for w in names if w not in src.names]:
                reason = f"names not in source: {missing_names}"
            elif not quotes_match(sentence, src.paragraph.text):
                reason = "quoted words are not verbatim"
            elif not (
                lexical >= config.lexical_threshold
                or (
                    semantic is not None
                    and semantic >= config.embed_threshold
                    and lexical >= config.lexical_floor
                )
            ):
                reason = f"weak support (lexical {lexical:.2f}, semantic {semantic})"
            quote = _supporting_span(content, src, cosines) if reason is None else ""
            supported_by = n if reason is None else None
            verdict = Verdict(sentence, cited, supported_by, quote, lexical, semantic, reason)
            if best is None or (verdict.supported, lexical) > (best.supported, best.lexical):
                best = verdict
        assert best is not None
        verdicts.append(best)
    return verdicts
