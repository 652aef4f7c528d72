"""The pieces every attribution reply is built from: a quote's speaker line, its exact wording,
a cited bullet list, a word diff, the source buttons.

Shared by `render_quotes` (/quote, "who said …") and `render_speakers` (/quotes); Telegram HTML
built only through `markup.e`, the one escaping point.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from index import Citation, Quote

from . import callbacks
from .markup import clip, e

MAX_SOURCE_BUTTONS = 8
MAX_BUTTON_LABEL = 60
DiffOps = Sequence[tuple[str, str]]

_ICON = {"person": "🗣", "office": "🏛", "anonymous": "👤", "unknown": "❔"}
_KIND_NOTE = {
    "office": " <i>(an organisation, office or spokesperson, not a person)</i>",
    "anonymous": " <i>(anonymous source)</i>",
}
_DIFF_OP = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}")
_LEGEND = "<i>(<s>struck</s>: your words · <b><u>underlined</u></b>: the article's)</i>"


def _label(q: Quote) -> str:
    return q.label


def _speaker(q: Quote) -> str:
    """``🗣 Teodor Vasilak, Morsland’s foreign minister — told reporters [AFP ¶2]``"""
    line = f"{_ICON.get(q.speaker_kind, '🗣')} <b>{e(q.speaker or 'an unnamed source')}</b>"
    if q.speaker_detail:
        line += f", {e(q.speaker_detail)}"
    line += _KIND_NOTE.get(q.speaker_kind, "")
    if q.cue:
        line += f" — <i>{e(q.cue)}</i>"
    return f"{line} <b>[{e(_label(q))}]</b>"


def _wording(q: Quote) -> str:
    """The exact wording as the article has it, in an expandable blockquote."""
    words = q.context or f"“{q.text}”"
    heading = f" {e(q.heading)}" if q.heading else ""
    return f"<blockquote expandable><b>[{e(_label(q))}]</b>{heading}\n{e(words)}</blockquote>"


def _closest(citation: Citation) -> str:
    heading = f" {e(citation.heading)}" if citation.heading else ""
    return (
        f"The closest paragraph is <b>[{e(citation.label)}]</b>:\n"
        f"<blockquote expandable><b>[{e(citation.label)}]</b>{heading}\n"
        f"{e(citation.quote or citation.text)}</blockquote>"
    )


def diff_html(ops: DiffOps) -> str:
    """A word diff as HTML: shared words plain, the claim's words struck, the article's bold.

    >>> diff_html([("=", "we"), ("-", "shall"), ("+", "will"), ("=", "win")])
    'we <s>shall</s> <b><u>will</u></b> win'
    """
    shown = {"=": "{}", "-": "<s>{}</s>", "+": "<b><u>{}</u></b>"}
    return " ".join(shown.get(op, "{}").format(e(words)) for op, words in ops)


def parse_diff(rendered: str) -> list[tuple[str, str]]:
    """Back from `QuoteCheck.rendered` (``we [-shall-] {+will+} win``) to diff ops.

    >>> parse_diff("we [-shall-] {+will+} win")
    [('=', 'we'), ('-', 'shall'), ('+', 'will'), ('=', 'win')]
    """
    ops: list[tuple[str, str]] = []
    at = 0
    for match in _DIFF_OP.finditer(rendered):
        if plain := rendered[at : match.start()].strip():
            ops.append(("=", plain))
        ops.append(("-", match[1]) if match[1] is not None else ("+", match[2]))
        at = match.end()
    if tail := rendered[at:].strip():
        ops.append(("=", tail))
    return ops


def _bullet(q: Quote) -> str:
    said = e(q.text) if q.kind == "indirect" else f"“{e(q.text)}”"
    reported = " <i>(reported speech)</i>" if q.kind == "indirect" else ""
    cue = f" — <i>{e(q.cue)}</i>" if q.cue else ""
    return f"• {said}{reported}{cue} <b>[{e(_label(q))}]</b>"


def _bullets(quotes: Iterable[Quote]) -> str:
    """Quotes grouped by article, each cited, in one expandable blockquote."""
    lines: list[str] = []
    doc = None
    for q in quotes:
        if q.doc_id != doc:
            doc = q.doc_id
            outlet = f" ({e(q.outlet)})" if q.outlet else ""
            lines.append(f"<i>{e(q.title)}</i>{outlet}")
        lines.append(_bullet(q))
    return "<blockquote expandable>" + "\n".join(lines) + "</blockquote>"


def _count(n: int) -> str:
    return f"{n} quote{'' if n == 1 else 's'}"


def _source_button(doc_id: str, number: int, label: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(
        f"📄 {clip(label, MAX_BUTTON_LABEL)}", callback_data=callbacks.source_data(doc_id, number)
    )


def source_keyboard(refs: Iterable[tuple[str, int, str]]) -> InlineKeyboardMarkup | None:
    """One 📄 button per distinct (doc_id, ¶, label), showing the whole paragraph."""
    seen: dict[tuple[str, int], str] = {}
    for doc_id, number, label in refs:
        seen.setdefault((doc_id, number), label)
    rows = [[_source_button(d, n, label)] for (d, n), label in list(seen.items())[:MAX_SOURCE_BUTTONS]]
    return InlineKeyboardMarkup(rows) if rows else None


def quotes_keyboard(quotes: Iterable[Quote]) -> InlineKeyboardMarkup | None:
    return source_keyboard((q.doc_id, q.paragraph, _label(q)) for q in quotes)


def _others_title(kinds: AbstractSet[str]) -> str:
    """The heading over speakers who are not named people, by their kinds."""
    unnamed = bool(kinds & {"anonymous", "unknown"})
    if not unnamed:
        return "Organisations, offices and spokespeople"
    return "Unnamed sources" if "office" not in kinds else "Organisations, offices and unnamed sources"


def _joined(other: Quote, q: Quote) -> str:
    """/quote of words joining two speakers' quotations: no one's quotation as a whole."""
    head = (
        f"✂️ <b>Not one quotation.</b> These words join <b>{e(other.speaker or 'an unnamed source')}</b>'s "
        f"<b>[{e(other.label)}]</b> to <b>{e(q.speaker or 'an unnamed source')}</b>'s <b>[{e(q.label)}]</b>: "
        "no one is quoted saying them together."
    )
    return "\n\n".join([head, _wording(other), _wording(q)])


def _writers_words(q: Quote, claim: str = "") -> str:
    """/quote of the writer's sentence around a short quotation: whose words those are; of the
    quoted words alone when they are no one's (a scare quote): that no one says them."""
    if q.speaker is None and _folded(claim) == _folded(q.text):
        return (
            f"🤷 <b>Not found.</b> No one is quoted saying “{e(q.text)}”: the article puts the "
            f"words in quotation marks without saying whose (a scare quote or a term it cites)."
            f"\n\n{_wording(q)}"
        )
    by = f"by <b>{e(q.speaker)}</b>" if q.speaker else "attributed to no one"
    return (
        f"🤷 <b>Not a quote.</b> These are the article's own words; only “{e(q.text)}” is in "
        f"quotation marks, {by}.\n\n{_wording(q)}"
    )


def _folded(words: str) -> str:
    return " ".join(_unquoted(words).lower().replace("’", "'").split())


def _unquoted(words: str) -> str:
    """`words` without the quotation marks around them, which the reply adds itself, nor the
    Markdown emphasis a user may type around a quote (Telegram shows ``*…*`` as typed).

    >>> _unquoted('"We will not yield."'), _unquoted("*“we will not yield”*")
    ('We will not yield.', 'we will not yield')
    """
    return words.strip().strip("\"'“”‘’«»„*_~").strip()
