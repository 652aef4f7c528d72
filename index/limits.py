"""Size limits applied on every way in (documents folder, CLI add, Telegram upload, manifest).

- a file larger than MAX_UPLOAD_BYTES is refused with its name, size and the limit;
- a paragraph longer than `MAX_PARAGRAPH_CHARS` is cut into pieces of whole sentences (a
  sentence longer than that at spaces), each a citable paragraph: one huge paragraph made
  a paragraph vector that matched nothing (its own sentences abstained) and an unreadable
  citation;
- a title longer than `MAX_TITLE_CHARS` is shortened at a word with "…": a title is in
  every citation and in the admin's "Added" message, which must fit Telegram's 4,096.
"""

from __future__ import annotations

from .text import sentence_spans

MAX_PARAGRAPH_CHARS = 6000  # no paragraph of squad-dev (max 4,063) or PolNeAR (2,573) is cut
MAX_TITLE_CHARS = 200


def split_long(text: str, limit: int = MAX_PARAGRAPH_CHARS) -> list[tuple[int, int]]:
    """Spans covering `text` in pieces of at most `limit` characters, cut between sentences.

    >>> split_long("One. Two. Three.", limit=10)
    [(0, 9), (10, 16)]
    """
    if len(text) <= limit:
        return [(0, len(text))]
    fine: list[tuple[int, int]] = []
    for a, b in sentence_spans(text) or [(0, len(text))]:
        while b - a > limit:  # a sentence longer than the limit: cut at the last space
            cut = text.rfind(" ", a + 1, a + limit)
            cut = cut if cut > a else a + limit
            fine.append((a, cut))
            a = cut
            while a < b and text[a].isspace():
                a += 1
        if b > a:
            fine.append((a, b))
    pieces: list[tuple[int, int]] = []
    start, end = fine[0]
    for a, b in fine[1:]:
        if b - start <= limit:
            end = b
        else:
            pieces.append((start, end))
            start, end = a, b
    pieces.append((start, end))
    return pieces


def cap_title(title: str, limit: int = MAX_TITLE_CHARS) -> str:
    """`title`, or its first words and "…" when it is longer than `limit` characters.

    >>> cap_title("A very long title indeed", limit=12)
    'A very long…'
    """
    title = " ".join(title.split()) if len(title) > limit else title
    if len(title) <= limit:
        return title
    cut = title.rfind(" ", 0, limit)
    return title[: cut if cut > limit // 2 else limit - 1].rstrip() + "…"
