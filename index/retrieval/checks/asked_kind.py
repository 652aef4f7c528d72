"""What kind of value a question asks for ("how many …": a number, "in what year …": a
year, "where …": a place), or None when its answer need not be one. Pure.

A question whose answer is not a value ("how much does it matter …") gets no kind. The
test a sentence must pass to give the value asked for: `answer_type.Want`.
"""

from __future__ import annotations

import re
from typing import Literal

from .counts import AUXILIARY
from .measures import asks_clock, asks_distance

ValueKind = Literal[
    "number", "money", "price", "year", "date", "day", "duration", "measure", "clock", "place", "time"
]
# kinds that only steer the choice of sentence within the best passage (see answer_type.py)
SOFT: frozenset[ValueKind] = frozenset({"place", "time"})

# "how much" asks for a quantity when a noun follows ("how much money") or the verb is one
# of measure; "how much does the issue matter" asks for a judgement
_MUCH_VERB = re.compile(
    r"\b(?:cost|costs|pay|paid|spend|spent|earn|earned|weigh|weighs|weighed|worth|raise|raised|"
    r"receive|received|owe|owed|charge|charged|sell|sold|lose|lost|grow|grew|rise|rose|fall|fell)\b"
)
# "how much did it cost?" asks for a sum
_MONEY_WORD = re.compile(
    r"\b(?:cost|costs|costing|pay|paid|pays|spend|spent|spends|money|aid|budget|fund|funds|funding|"
    r"worth|price|prices|priced|earn|earned|earns|salary|wage|wages|fine|fined|loan|loans|debt)\b"
)
# "how much damage, in dollars, …?": a currency named as the unit asks for a sum, whatever
# is measured ("extensive damage" and "30 people" give none)
_IN_CURRENCY = re.compile(
    r"\b(?:in|of)\s+(?:us\s+|u\.s\.\s+|american\s+)?(?:dollars|euros|pounds(?:\s+sterling)?|yen|yuan|"
    r"rubles|roubles|rupees|francs|shekels|riyals|rials|dinars|currency)\b"
)
# "Lee's age?", "what is the age of the mayor?", "at what age …?": a number of years, as "how old"
_AGE = re.compile(r"['’]s\s+age\b|^\s*(?:what\s+is\s+|what['’]s\s+)?the\s+age\s+of\b|\bwhat\s+age\b")
# "did more people die in Vennick or in Tarsby?": a choice between two counts, each a number
_MORE_OR = re.compile(rf"^\s*{AUXILIARY}\s+(?:more|fewer|less)\s+(?:[\w’'-]+\s+){{0,8}}?or\b(?!\s+not\b)")
# "what day of the month …?", "which day of the year …?" ask for a calendar date, which a
# weekday ("on Wednesday") does not give
_DAY_OF = re.compile(r"\b(?:what|which)\s+day\s+of\s+(?:the\s+)?(?:month|year)\b")
# "what was the death toll …?" asks for a count as "how many died …?" does, and so does "the
# toll of" a war, an attack or a disaster ("what was the toll of the flood?"); "the toll of the
# bridge" is a fee, and left alone
_HARM = (
    r"(?:wars?|conflicts?|fighting|attacks?|strikes?|bombings?|bombardment|raids?|shelling|violence|"
    r"floods?|flooding|storms?|hurricanes?|typhoons?|cyclones?|earthquakes?|quakes?|tsunamis?|fires?|"
    r"wildfires?|blasts?|explosions?|crash(?:es)?|outbreaks?|epidemics?|pandemics?|disasters?|famines?|"
    r"massacres?|shootings?|riots?|crackdowns?|offensives?|invasions?|sieges?|battles?|clashes)"
)
_TOLL = re.compile(
    r"\b(?:death|casualty|casualties|fatality|fatalities|civilian)\s+tolls?\b|"
    rf"\b(?:the|its|their)\s+(?:human\s+|total\s+|final\s+|heavy\s+)?tolls?\s+(?:of|from)\s+"
    rf"(?:[\w’'-]+\s+){{0,4}}?{_HARM}\b"
)
_EXACT = r"(?:exact|precise|calendar|specific|actual)"
# "what is the range of the missiles?" asks for a distance: a number and a unit of length
# ("2,000 kilometres"), which a count of the missiles does not give
_MEASURE_ASKED = re.compile(
    r"\bwhat (?:is|was|are|were) the (?:[a-z]+ ){0,2}?(?:range|length|height|width|depth|distance|altitude|"
    r"elevation|diameter|radius)\b(?!\s+(?:called|named|known))"
)
# "to what level is it enriched?", "at what temperature …?": a value on a scale, a number
_LEVEL_ASKED = re.compile(
    r"\b(?:to|at)\s+what\s+(?:level|percentage|rate|speed|temperature|pace|price|cost)\b"
)
# "what tariff rate did Vennick set?": a rate asked of an act, a number ("25 percent"), which
# "heavy tariffs" does not give
_RATE_ASKED = re.compile(rf"\bwhat\s+(?:[a-z]+\s+)?rate\s+{AUXILIARY}\b")
# "how did oil prices move?": the answer is a change in a price, stated as a value ("up 3
# percent", "$80 a barrel") or as a price's movement ("prices fell")
PRICES = r"(?:prices?|shares|stocks?|markets?|yields?|currenc(?:y|ies)|exchange\s+rates?|index|indices)"
_PRICE_MOVED = re.compile(
    rf"\bhow\s+{AUXILIARY}\s+(?:[\w’'-]+\s+){{0,3}}?{PRICES}\s+(?:move|react|respond|change|fare|"
    r"perform|do|trade|behave)\b"
)


def wanted(question: str) -> ValueKind | None:
    """The kind of value `question` asks for, or None when its answer need not be one.

    >>> wanted("How many sacks did Derek Wolfe register?")
    'number'
    >>> wanted("In what year was the treaty signed?")
    'year'
    >>> wanted("How much does the missile question matter to Washington?") is None
    True
    >>> wanted("the mayor's age?"), wanted("What day of the month did they meet?")
    ('number', 'date')
    >>> wanted("Did more people die in Vennick or in Tarsby?"), wanted("Did more rain fall or not?")
    ('number', None)
    >>> wanted("How much damage, in dollars, did the storm do?")
    'money'
    >>> wanted("What tariff rate did Vennick put on steel?")
    'number'
    >>> wanted("what's the range of the new rockets"), wanted("What’s the length of the bridge?")
    ('measure', 'measure')
    """
    # "what's the range …?" asks as "what is the range …?" does
    q = re.sub(r"\b(what|where|when|how)['’]s\b", r"\1 is", " ".join(question.lower().split()))
    if re.search(r"\bhow many\b|\bhow old\b|\bwhat (?:percentage|percent|proportion|share|number)\b", q):
        return "number"
    if _AGE.search(q) or _MORE_OR.search(q):
        return "number"
    if _TOLL.search(q):
        return "number"
    much = re.search(rf"\bhow much\b(\s+{AUXILIARY}\b)?", q)
    if much:
        if _MONEY_WORD.search(q) or _IN_CURRENCY.search(q):
            return "money"
        if not much.group(1) or _MUCH_VERB.search(q):
            return "number"
        return None
    if re.search(r"\bhow long ago\b", q):
        return "time"  # asks when, not for a span: "in April 2024", "two years ago"
    if re.search(r"\bhow long\b", q):
        return "duration"
    if _MEASURE_ASKED.search(q) or asks_distance(q):
        return "measure"
    if asks_clock(q):
        return "clock"
    if _LEVEL_ASKED.search(q) or _RATE_ASKED.search(q):
        return "number"
    if _PRICE_MOVED.search(q):
        return "price"
    if _DAY_OF.search(q):
        return "date"
    asked = re.search(
        rf"\b(?:what|which)\s+(?:{AUXILIARY}\s+the\s+)?(?:{_EXACT}\s+)*(year|century|decade|date|day)\b", q
    )
    if asked:
        noun = asked.group(1)
        return "date" if noun == "date" else "day" if noun == "day" else "year"
    if re.search(rf"(?:^|[,;]\s*|\band\s+)where\s+{AUXILIARY}\b|^where\b", q):
        return "place"
    if re.search(rf"(?:^|[,;]\s*|\band\s+)when\s+{AUXILIARY}\b|^when\b", q):
        return "time"
    return None
