"""Sentence splitting and word tokenisation tuned for news text.

Rules, not a model: a sentence ends at `.`, `!` or `?` (optionally followed by closing
quotes or brackets) when whitespace and a sentence opener follow, unless the period closes
an abbreviation or an initialism. Initialisms (``U.S.``, ``U.N.``) never end a sentence, so
``The U.S. Has increased…`` stays whole; the price is that a sentence genuinely ending in
``U.S.`` is joined to the next one, which costs far less in citation quality than a
sentence cut in half. Ellipses and dashes never split.

>>> split_sentences('He said “we will win.” The U.S. And Iran met.')
['He said “we will win.”', 'The U.S. And Iran met.']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# Titles and short forms that are followed by a name or number, never a sentence end.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt cmdr adm gov sen rep rev fr st mt ft
    jr sr inc ltd co corp dept univ no nos vol vs etc al approx est fig jan feb mar apr
    jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun pres atty supt insp
    del amb msgr det cpl pvt spc treas commr sens reps govs
    e.g i.e cf""".split()
)

_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["
_END = re.compile(r"[.!?]+[" + re.escape(_CLOSERS) + r"]*(?=\s+|$)")
_INITIALISM = re.compile(r"(?:\b[A-Za-z]\.){2,}$")
_WORD = re.compile(r"[\w][\w'’\-]*", re.UNICODE)


def _is_opener(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in _OPENERS or ch in "–—-…"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text` (whitespace between them excluded)."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _END.finditer(text):
        end = m.end()
        nxt = end
        while nxt < n and text[nxt].isspace():
            nxt += 1
        if nxt >= n:
            break
        if not _is_opener(text[nxt]):
            continue
        punct = m.group(0)
        if punct.startswith(".") and not punct.startswith(".."):
            before = text[start : m.start() + 1]
            if _INITIALISM.search(before):
                continue
            word = re.search(r"([A-Za-z][A-Za-z.]*)\.$", before)
            if word:
                w = word.group(1).lower()
                if w in _ABBREVIATIONS:
                    continue
                # A lone capital letter with a period is a middle initial ("John F. Kennedy").
                if len(w) == 1 and word.group(1).isupper():
                    continue
        spans.append(_trim(text, start, end))
        start = nxt
    if start < n and text[start:].strip():
        spans.append(_trim(text, start, n))
    return [s for s in spans if s[1] > s[0]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`, verbatim."""
    return [text[a:b] for a, b in sentence_spans(text)]


_FOLD_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def fold(text: str) -> str:
    """Lower-case, accent- and quote-insensitive form for matching (not for display)."""
    if text.isascii():
        return text.lower()  # nothing to decompose or translate
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.translate(_FOLD_MARKS).lower()


# Cyrillic (Russian, Ukrainian) and Greek letters → how English-language text spells them in
# Latin letters, the usual spelling first ("х": "kh", also "h"); the hard and soft signs have
# none. Names typed in Cyrillic are read by these (`retrieval/spelling.py`), file names made ids.
LATIN_SPELLINGS: dict[str, tuple[str, ...]] = {
    **dict(
        zip(
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
            [
                tuple(s.strip("_").split("/"))
                for s in "a b v/w g/h d e/ye e/yo zh/j z i/y y/i k l m n o p r s t u/ou f kh/h ts/tz ch sh "
                "shch/sch _ y/i _ e yu/iu ya/ia i yi/i ye/e g".split(" ")
            ],
            strict=True,
        )
    ),
    **{
        g: (s,)
        for g, s in zip(
            "αβγδεζηθικλμνξοπρσςτυφχψω",
            "a b g d e z i th i k l m n x o p r s s t y f ch ps o".split(),
            strict=True,
        )
    },
}


def words(text: str) -> list[str]:
    """Folded word tokens (letters/digits, internal apostrophes and hyphens kept)."""
    return _WORD.findall(fold(text))


def iter_words_with_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """Word tokens of `text` with their character spans (case kept)."""
    for m in _WORD.finditer(text):
        yield m.group(0), m.start(), m.end()


# "WASHINGTON –", "Washington D.C. —", "GENEVA (AFP) -": capitalised place words, a dash
_DATELINE = re.compile(
    r"^[A-Z][\w.’'-]*(?:[ ,]+[A-Z][\w.’'-]*){0,4}\s*(?:\([^)]{1,20}\)\s*)?[–—-]{1,2}\s+(?=\S)"
)


def source_name(outlet: str | None, title: str) -> str:
    """How a citation names its article when nothing else is known: the outlet, else a short title.

    >>> source_name(None, "Trump sticks with Iran talks after meeting Netanyahu")
    'Trump sticks with Iran talks…'
    """
    return outlet or short_title(title)


def title_beside(label: str, title: str) -> str:
    """The title to print beside a citation `label`: none when the label is the title or its
    start already.

    >>> title_beside("AFP ¶3", "Netanyahu to press Trump")
    'Netanyahu to press Trump'
    >>> title_beside("Netanyahu to press… ¶3", "Netanyahu to press Trump on Iran")
    ''
    """
    name = label.rsplit(" ¶", 1)[0].rstrip("…").rstrip()
    return "" if name and " ".join(title.split()).startswith(name) else title


def short_title(title: str, max_chars: int = 30) -> str:
    """`title` cut at a word boundary to at most `max_chars` characters, with an ellipsis.

    >>> short_title("Netanyahu to press Trump on Iran missiles", 24)
    'Netanyahu to press…'
    """
    title = " ".join(title.split())
    if len(title) <= max_chars:
        return title
    cut = title[: max_chars - 1].rsplit(" ", 1)[0].rstrip(" ,;:–—-")
    return cut + "…"


def lede_title(text: str, max_words: int = 10) -> str:
    """A title made from an article's first paragraph: its first sentence without the dateline,
    cut to `max_words` words.

    >>> lede_title("PARIS – The mayor opened the new bridge on Monday after years of delays.", 6)
    'The mayor opened the new bridge…'
    """
    first = split_sentences(text)[0] if text.strip() else ""
    first = _DATELINE.sub("", first.strip(), count=1).strip().rstrip(".!?")
    tokens = first.split()
    if len(tokens) <= max_words:
        return " ".join(tokens)
    return " ".join(tokens[:max_words]).rstrip(",;:–—-") + "…"


def closed_quote(sentence: str) -> str:
    """A sentence cut from a quotation that runs on past it, shown with the quotation closed:
    its opening mark gets the closing one the article writes later (“We expect the same.”),
    and a sentence that ends a quotation opened earlier gets the opening one. The words are
    the article's; only the marks are added, for display. Straight marks likewise.

    >>> closed_quote("“We expect the same.")
    '“We expect the same.”'
    >>> closed_quote("And we will wait,” she said.")
    '“And we will wait,” she said.'
    >>> closed_quote('"We came in good faith.'), closed_quote("“Frank but useful,” he said.")
    ('"We came in good faith."', '“Frank but useful,” he said.')
    """
    opens, closes = sentence.count("“"), sentence.count("”")
    if opens > closes and sentence.rfind("“") > sentence.rfind("”"):
        return f"{sentence.rstrip()}”"
    first_open = sentence.find("“")
    if closes > opens and (first_open < 0 or sentence.find("”") < first_open):
        return f"“{sentence.lstrip()}"
    if sentence.count('"') % 2 == 1:
        at = sentence.find('"')
        opening = at == 0 or not sentence[at - 1].isalnum() and sentence[at - 1] not in ".,!?;:"
        return f'{sentence.rstrip()}"' if opening else f'"{sentence.lstrip()}'
    return sentence
