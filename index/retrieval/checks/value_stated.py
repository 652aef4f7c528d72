"""Whether a sentence states a value of a kind (`asked_kind.ValueKind`): a number, a sum, a
year, a date, a span of time, a length, a place, a time. Pure.

A sentence that holds none cannot answer a question that asks for one however many of its
words it shares (`answer_type.Want.met_by` adds what ties the value to the question).
"""

from __future__ import annotations

import re

from .asked_kind import PRICES, ValueKind
from .counts import FIRST, NUMBER, NUMBER_WORDS, UNIT, YEAR_ONLY
from .measures import states_clock, states_distance

_YEAR = re.compile(r"\b(?:1\d{3}|20\d\d)s?\b|\b\d{2}s\b|\bcentur(?:y|ies)\b|\b\d{1,2}(?:st|nd|rd|th)\b")
_MONTH = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_WEEKDAY = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DATE = re.compile(
    rf"\b(?:{_MONTH})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b|"
    rf"\b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}\b|\b(?:{_MONTH})\b|\b(?:1\d{{3}}|20\d\d)\b",
    re.IGNORECASE,
)
_DAY = re.compile(rf"\b(?:{_WEEKDAY}|today|yesterday|tomorrow)\b", re.IGNORECASE)
_TIME_AFTER = re.compile(rf"[\s-]+(?:\w+[\s-]+)?{UNIT}\b")
_SPAN = (
    rf"\b(?:{NUMBER_WORDS}|a|an|a few|few|many|several|couple of)[\s-]+(?:\w+[\s-]+)?{UNIT}\b(?!\s+ago)|"
    rf"\bcentury\b|\b\d+[\s-]*{UNIT}\b(?!\s+ago)"
)
_DURATION = re.compile(rf"{_SPAN}|\bsince\b|\buntil\b", re.IGNORECASE)
# "how long did the meeting last?" wants a span: "since 2019" only answers "how long has …"
CLOSED_SPAN = re.compile(rf"{_SPAN}|\buntil\b", re.IGNORECASE)
PLACE = re.compile(r"\b(?:in|at|near|outside|inside|across|to|from)\s+(?:the\s+)?([A-Z][\w’'-]+)")
_TIME = re.compile(
    r"\b(?:last|next|this|earlier|later|that)\s+(?:week|month|year|spring|summer|autumn|fall|winter|"
    r"morning|afternoon|evening|night)\b|\bago\b|\b(?:morning|afternoon|evening|overnight)\b",
    re.IGNORECASE,
)
# "how much did it cost?" asks for a sum: a currency or a number of millions
MONEY = re.compile(
    r"[$€£¥₪₹₽]|\b(?:dollars?|euros?|cents?|pounds|pence|penny|sterling|shekels?|rials?|riyals?|"
    r"dinars?|dirhams?|yen|yuan|renminbi|rupees?|rupiah|francs?|crowns?|kron[aeo]r?|krone|koruna|"
    r"lira|lire|rand|won|zloty|forints?|pesos?|reais|reals?|rubles?|roubles?|hryvnias?|lei|baht|"
    r"ringgit|naira|shillings?|marks|guilders?|florins?|ducats?|usd|eur|gbp)\b|"
    r"\b\d[\d,.]*\s*(?:million|billion|trillion|bn|m)\b"
)
PERCENT = re.compile(r"\b\d[\d,.]*\s*(?:percent|per cent)\b|\d\s*%")
_LENGTH = re.compile(
    rf"(?:\b(?:{NUMBER_WORDS})|\d)[\s-]*(?:km|kilomet(?:er|re)s?|miles?|mi|met(?:er|re)s?|m|feet|foot|ft|"
    r"inch(?:es)?|yards?|yds?|cm|centimet(?:er|re)s?|mm|millimet(?:er|re)s?|light[\s-]years?)\b"
    r"|\d\s*[′″'\"]",
    re.IGNORECASE,
)
PRICE_CHANGE = re.compile(
    rf"\b{PRICES}\s+(?:[\w’'-]+\s+){{0,4}}?(?:rose|risen|rise|rising|fell|fallen|fall|falling|jumped|climbed|dropped|"
    r"slipped|surged|soared|plunged|tumbled|slumped|gained|lost|eased|edged|rallied|steadied|spiked|"
    r"were\s+(?:up|down|flat|unchanged|steady)|held\s+steady)\b"
    rf"|\b(?:rise|fall|drop|jump|surge|slump|spike|increase|decrease)\s+in\s+(?:[\w-]+\s+)?{PRICES}",
    re.IGNORECASE,
)


# "albeit one that …", "one who …": "one" standing for a noun, not counting it
_ONE_AS_PRONOUN = re.compile(r"one\s+(?:that|who|which|whose|another)\b")


def states(kind: ValueKind, sentence: str, time_counts: bool = True) -> bool:
    """Whether `sentence` states a value of `kind`. A count of days or years answers "how many"
    only when the question counts time (`time_counts`): "nine days" is no number of workers.

    >>> states("number", "Defensive ends Wolfe and Jackson each had 5½ sacks.")
    True
    >>> states("number", "The league was founded in 1920.")
    False
    >>> states("date", "They met on Wednesday.")
    False
    >>> states("number", "He wants a deal, albeit one that covers more issues.")
    False
    """
    low = sentence.lower()
    if kind == "number":
        return any(
            not YEAR_ONLY.match(m.group(0))
            and not FIRST.fullmatch(m.group(0))
            and not (m.group(0) == "one" and _ONE_AS_PRONOUN.match(low, m.start()))
            and (time_counts or not _TIME_AFTER.match(low, m.end()))
            for m in NUMBER.finditer(low)
        )
    if kind == "money":
        return MONEY.search(low) is not None
    if kind == "price":
        return any(p.search(low) for p in (MONEY, PERCENT)) or PRICE_CHANGE.search(sentence) is not None
    if kind == "measure":
        return _LENGTH.search(sentence) is not None or states_distance(sentence)
    if kind == "clock":
        return states_clock(sentence)
    if kind == "year":
        return _YEAR.search(low) is not None
    if kind == "date":
        return _DATE.search(sentence) is not None
    if kind == "day":
        return _DAY.search(sentence) is not None or _DATE.search(sentence) is not None
    if kind == "time":
        return any(p.search(sentence) for p in (_DATE, _DAY, _TIME)) or _YEAR.search(low) is not None
    if kind == "place":
        return PLACE.search(sentence) is not None
    return _DURATION.search(sentence) is not None
