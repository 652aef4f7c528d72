"""Lines of a news article told apart by their form alone, never by their words.

Real news copy carries more than prose: archive and wire text types a double quotation mark
as two apostrophes (``''We will win,'' she said``) or as TeX-style backquotes; live blogs
("The Latest") put a time of day on a line of its own above each update and a rule
(``___``) between updates; database exports label their parts in capitals (``ABSTRACT.``,
``FULL TEXT.``). `sources.parse_document` reads the marks as the quotation marks they stand
for, a time line or a capitals label as the heading of what follows it, and a rule as
nothing, so none of them is cited as if it were a sentence of the article. A wire
story's dateline credits its outlet (``WASHINGTON (AP) —``): `wire_credit` reads it, for an
article whose manifest names none.

>>> typewriter_quotes("''We will win,'' she said.")
'"We will win," she said.'
>>> time_line("11:20 p.m."), rule_line("___."), caps_label("FULL TEXT.")
('11:20 p.m.', True, True)
"""

from __future__ import annotations

import re

# ''' is a single mark and a double one together: which comes first depends on the side.
_TRIPLE_OPEN = re.compile(r"(?<![\w.,!?;:])'''(?=\w)")
_TRIPLE = re.compile(r"'''")
_DOUBLE = re.compile(r"''|``")

# "11:20 p.m.", "6:00p.m.", "9:05 a.m. EST", "Updated 14:05 GMT", "10 p.m."
_TIME_LINE = re.compile(
    r"^(?:(?:updated|update|posted)\s*:?\s+)?"
    r"(\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?|\d{1,2}:\d{2})"
    r"(?:\s*\(?[A-Z]{2,4}\)?)?\s*\.?$",
    re.IGNORECASE,
)
# "WASHINGTON (AP) —", "PHILADELPHIA, July 25 (UPI) —", "Geneva (AFP) –": place words, a date,
# a short capitalised credit in brackets, a dash
_WIRE_CREDIT = re.compile(
    r"^[A-Z][\w.’'-]*(?:[ ,]+[A-Z][\w.’'-]*){0,4}(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
    r"\(([A-Z][A-Za-z&]+\.?(?:[ -][A-Z][A-Za-z&]*\.?){0,2})\)\s*[–—-]{1,2}\s"
)
_CAPS_LABEL = re.compile(r"^[A-Z][A-Z’'&-]*(?:\s+[A-Z][A-Z’'&-]*){0,2}\s*[.:]$")


def typewriter_quotes(text: str) -> str:
    """`text` with two apostrophes (or two backquotes) standing for a double mark read as ``"``.

    >>> typewriter_quotes("He called it '''absurd.''' Then: ``No.''")
    'He called it "\\'absurd.\\'" Then: "No."'
    """
    if "''" not in text and "``" not in text:
        return text
    text = _TRIPLE_OPEN.sub("\"'", text)
    text = _TRIPLE.sub("'\"", text)
    return _DOUBLE.sub('"', text)


def time_line(line: str) -> str | None:
    """The time of day when `line` is nothing else (a live blog's update stamp), else None.

    >>> time_line("6:00p.m."), time_line("Updated 9:05 a.m. EST"), time_line("At 9 p.m. he spoke.")
    ('6:00p.m.', '9:05 a.m.', None)
    """
    m = _TIME_LINE.match(line.strip())
    return m.group(1).strip() if m else None


def rule_line(line: str) -> bool:
    """A line with no letter or digit (``___``, ``* * *``, ``---.``): a divider, not text."""
    return bool(line.strip()) and not any(ch.isalnum() for ch in line)


def caps_label(line: str) -> bool:
    """One to three words in capitals closed by a stop or colon (``ABSTRACT.``, ``UPDATE:``).

    >>> caps_label("ABSTRACT."), caps_label("NO."), caps_label("Full text."), caps_label("U.S.")
    (True, True, False, False)
    """
    return bool(_CAPS_LABEL.match(line.strip()))


def wire_credit(first_paragraph: str) -> str | None:
    """The outlet a dateline credits (``WASHINGTON (AP) — …`` → ``AP``), else None.

    >>> wire_credit("KESTIN, May 3 (Meridian Wire) - The assembly met."), wire_credit("GENEVA (AFP) – Talks.")
    ('Meridian Wire', 'AFP')
    >>> wire_credit("Ana Roe (D-Ore.) - a senator - spoke."), wire_credit("The vote (held today) - late.")
    (None, None)
    """
    m = _WIRE_CREDIT.match(first_paragraph)
    return m.group(1) if m else None
