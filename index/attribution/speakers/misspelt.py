"""Surnames misspelt by a letter: "Sweeny said" in an article that names "Steve Sweeney" (used
by `speaker_groups` to put the two under one person). Pure.

>>> letter_off("sweeny", "sweeney"), letter_off("clinton", "clintons"), letter_off("lee", "lees")
(True, False, False)
"""

from __future__ import annotations

_MISSPELT_MIN = 5  # letters of a surname read as another's misspelling: "Sweeny", not "Lee"


def letter_off(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one letter left out ("Sweeny" of "Sweeney"), not a
    plural's "s", both `_MISSPELT_MIN` letters or more."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < _MISSPELT_MIN or len(long_) != len(short) + 1 or long_ == short + "s":
        return False  # "the Clintons", "Republicans": a plural is no misspelling
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
