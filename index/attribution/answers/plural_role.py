"""A role asked in the plural: "what did the analysts say?" asks for everyone the articles
describe as an analyst ("geopolitical analyst Michael Horowitz", "an analyst based in Tehran"),
not only for a group the article calls "Analysts". Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...types import Quote
from ..speakers.speaker_groups import quotes_by

# "the analysts", "Israeli officials", "the experts": a description ending in a plural noun
_PLURAL = re.compile(r"^(?P<head>.*?)(?P<noun>\b[a-z]{3,}[^suy\W]s)$")


def singular_role(speaker: str) -> str | None:
    """The role one member of a plural description holds ("analyst" of "the analysts"), or
    None when `speaker` is no plural description (a name, "the press", "the Iranians").

    >>> singular_role("the analysts"), singular_role("Israeli officials"), singular_role("Iranians")
    ('analyst', 'Israeli official', None)
    >>> singular_role("the process"), singular_role("Guy Ziv")
    (None, None)
    """
    m = _PLURAL.match(speaker.strip())
    if m is None:
        return None
    head = re.sub(r"^(?:the|all|both|some|other)\s+", "", m.group("head"), flags=re.IGNORECASE)
    return f"{head}{m.group('noun')[:-1]}"


def role_members(speaker: str, quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes of every speaker described with the role a plural `speaker` names (one
    "analyst" of "the analysts"), in reading order; empty when `speaker` is no plural role.

    >>> q = lambda s, k, d=None: Quote("x", s, d, "said", "a", "A", 1, 0, 1, speaker_kind=k)
    >>> found = role_members("the analysts", [q("Ann Lee", "person", "a risk analyst"),
    ...     q("an analyst based in Oslo", "anonymous"), q("Bo Roe", "person", "a professor")])
    >>> [x.speaker for x in found]
    ['Ann Lee', 'an analyst based in Oslo']
    """
    one = singular_role(speaker)
    return quotes_by(one, quotes) if one else []
