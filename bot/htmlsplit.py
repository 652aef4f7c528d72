"""Split Telegram HTML into messages under the length limit without breaking tags or entities.

Prefers paragraph boundaries (blank lines outside any tag), then line boundaries (inside a tag
too, so a long list of quotes is cut between two quotes, not in the middle of one), then spaces;
a tag left open at a cut is closed at the end of one message and reopened in the next.
Sizes are counted in UTF-16 code units of the raw HTML, an upper bound of what Telegram counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from telegram.constants import MessageLimit

MAX_LENGTH = int(MessageLimit.MAX_TEXT_LENGTH)
_TAG = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"</?([a-zA-Z][a-zA-Z0-9-]*)")
_CHAR_OR_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);|.", re.DOTALL)


def size(text: str) -> int:
    """Length in UTF-16 code units (how Telegram measures text)."""
    return len(text.encode("utf-16-le")) // 2


def split_html(text: str, limit: int = MAX_LENGTH) -> list[str]:
    """Split `text` into well-formed HTML chunks of at most `limit` UTF-16 units.

    >>> split_html("<b>a</b>\\n\\nb", limit=9)
    ['<b>a</b>', 'b']
    """
    chunks = _split(text, limit)
    if len(chunks) < 2 or size(chunks[-1]) >= limit // 4:
        return chunks
    # The last message would hold a scrap (one bullet, and the buttons under it): cut as many
    # messages more evenly, at the first of a few smaller limits that needs no more of them.
    even = sum(size(c) for c in chunks) // len(chunks)
    for share in (1.1, 1.25):
        trial = _split(text, min(limit, int(even * share)))
        if len(trial) <= len(chunks):
            return trial
    return chunks


def _split(text: str, limit: int) -> list[str]:
    chunks: list[str] = []
    for block in _top_level(text.strip(), "\n\n"):
        chunks.extend([block] if size(block) <= limit else _split_tags(block, limit))
    return [c for c in _pack(chunks, limit) if _TAG.sub("", c).strip()]


def _pack(pieces: Iterable[str], limit: int) -> list[str]:
    """Greedily join pieces (each within `limit`) with a blank line between them. A heading
    ("Also relevant:") never ends a message: it goes on with what it heads. A message less
    than half full is not sent alone when the next piece does not fit beside it (a heading
    above a long list): the two are cut as one, at a line break (`_split_tags`)."""
    out: list[str] = []
    parts: list[str] = []
    for piece in pieces:
        if size("\n\n".join([*parts, piece])) <= limit:
            parts.append(piece)
            continue
        if len(parts) > 1 and heads(parts[-1]):
            out.append("\n\n".join(parts[:-1]))
            parts = parts[-1:]
            if size("\n\n".join([*parts, piece])) <= limit:
                parts.append(piece)
                continue
        current = "\n\n".join(parts)
        if parts and size(current) < limit // 2:
            *full, last = _split_tags(f"{current}\n\n{piece}", limit)
            out.extend(full)
            parts = [last]
        else:
            if parts:
                out.append(current)
            parts = [piece]
    if parts:
        out.append("\n\n".join(parts))
    return out


# what may open a heading line before its bold or italic title: a blockquote, a bullet, an emoji
_HEAD_LEAD = re.compile(r"^(?:<blockquote[^>]*>)?\s*(?:•\s*)?(?:[^\w\s<]+\s+)?")


def heads(line: str) -> bool:
    """Whether a line of HTML is a heading of what follows it, so no message may end with it:
    it ends with a colon, or it opens with a bold or italic title and is no sentence (a list
    item's title, an article's name above its quotes, a citation above the quoted words).

    >>> heads("<i>Also relevant:</i>"), heads("• <b>Port strike</b> (AFP)"), heads("• June [AFP ¶2]")
    (True, True, False)
    """
    visible = _TAG.sub("", line).strip()
    if not visible or "\n" in visible:
        return False
    if visible.endswith(":"):
        return True
    rest = _HEAD_LEAD.sub("", line.strip(), count=1)
    return rest.startswith(("<b>", "<i>")) and not visible.endswith((".", "!", "?", "…"))


def _top_level(text: str, sep: str) -> list[str]:
    """Split on `sep` only where no tag is open."""
    parts = [""]
    depth = 0
    for token in _TAG.split(text):
        if token.startswith("<"):
            depth += -1 if token.startswith("</") else 1
            parts[-1] += token
        elif depth == 0:
            first, *rest = token.split(sep)
            parts[-1] += first
            parts.extend(rest)
        else:
            parts[-1] += token
    return [p for p in parts if p.strip()]


def _atoms(text: str, limit: int) -> list[str]:
    atoms: list[str] = []
    word_limit = max(1, limit // 4)
    for token in _TAG.split(text):
        if token.startswith("<"):
            atoms.append(token)
            continue
        for word in re.split(r"(\s+)", token):
            if len(word) <= word_limit:
                atoms.append(word)
                continue
            chars = _CHAR_OR_ENTITY.findall(word)
            atoms.extend("".join(chars[i : i + word_limit]) for i in range(0, len(chars), word_limit))
    return [a for a in atoms if a]


def _split_tags(text: str, limit: int) -> list[str]:
    """Cut `text` into well-formed chunks: at its last line break (inside a tag too) once the
    chunk is at least half full, so a heading stays with what follows and a list is cut between
    its lines; otherwise before the word that does not fit."""
    chunks: list[str] = []
    stack: list[tuple[str, str]] = []  # (opening tag, name)
    current = ""
    reopened = ""
    mark: tuple[int, list[tuple[str, str]]] | None = None  # after the last line break; tags open there

    def closing(tags: list[tuple[str, str]]) -> str:
        return "".join(f"</{name}>" for _, name in reversed(tags))

    for atom in _atoms(text, limit):
        if atom.startswith("</"):
            current += atom
            if stack:
                stack.pop()
            continue
        extra = ""
        if atom.startswith("<"):
            match = _TAG_NAME.match(atom)
            extra = f"</{match[1] if match else 'b'}>"
        if size(current + atom + extra + closing(stack)) > limit and current != reopened:
            if mark is not None and size(current[: mark[0]]) >= limit // 2:
                at, open_there = mark
                chunks.append(current[:at].rstrip() + closing(open_there))
                reopened = "".join(tag for tag, _ in open_there)
                current = reopened + current[at:]
            if size(current + atom + extra + closing(stack)) > limit and current != reopened:
                chunks.append(current + closing(stack))
                reopened = current = "".join(tag for tag, _ in stack)
                if not atom.startswith("<"):
                    atom = atom.lstrip()
            mark = None
        if "\n" in atom and not atom.strip():
            # a line break is a cut, unless the line before it heads the next ("• <b>Title</b>")
            line = current[current.rfind("\n") + 1 :]
            if _TAG.sub("", current).strip() and not heads(line):
                mark = (len(current) + len(atom), list(stack))
        current += atom
        if atom.startswith("<"):
            match = _TAG_NAME.match(atom)
            stack.append((atom, match[1] if match else "b"))
    if current != reopened:
        chunks.append(current + closing(stack))
    return chunks
