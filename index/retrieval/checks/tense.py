""" "When will the next round of talks take place?": questions about a time still to come. Pure.

Such a question is answered by a paragraph that looks ahead ("the talks will resume on
Monday", "a vote is expected next month", "talks set for Friday"), not by one that only dates
what has already happened ("… the war last July"): that one states a time, and not the one
asked for. "What will X do …?" likewise needs a paragraph that speaks of what is to come.

Any "when" question needs a paragraph that places something in time, by the calendar or by a
clause or word of time ("after the vote", "earlier"): "X stated that the plan is a domestic
matter" says what was stated, never when.
"""

from __future__ import annotations

import re

from .dated import only_as_anchor

# "when will …", "when is the vote due …", "when are the talks expected to resume?", "when is
# the next round of talks between the two sides scheduled?", "when is the next vote?"
_FUTURE_ASKED = re.compile(
    r"^\s*when\s+(?:will|shall|(?:is|are)\s+(?:[\w’'-]+\s+){1,12}?(?:due|expected|scheduled|set|slated|"
    r"planned|going)\b|(?:is|are)\s+the\s+next\b)",
    re.IGNORECASE,
)
# words by which a report looks ahead
_AHEAD = re.compile(
    r"\b(?:will|would|shall|won['’]t|['’]ll|next|tomorrow|upcoming|coming|due|expected|expects?|"
    r"scheduled|slated|planned|plans?|set\s+(?:to|for)|later\s+this|soon|future|intends?|aims?|"
    r"to\s+be\s+held|to\s+take\s+place|to\s+resume|continues?|until|by\s+(?:the\s+end|early|late|mid))\b",
    re.IGNORECASE,
)


# "what will the council do next?", "who will lead the talks?": a wh-word, at most two words,
# then "will" or "shall"
_WILL_ASKED = re.compile(
    r"^\s*(?:what|who|whom|where|how|which|when)\b(?:\s+[\w’'-]+){0,2}?\s+(?:will|shall|won['’]t)\b",
    re.IGNORECASE,
)
# "what happens if the talks fail?", "what would happen if …", "what if …": a hypothetical
_IF_ASKED = re.compile(
    r"^\s*what\s+(?:(?:will|would|could|might)\s+)?(?:happens?|be\s+the\s+(?:result|consequences?))\s+if\b"
    r"|^\s*what\s+if\b",
    re.IGNORECASE,
)
# "what will the council do if the strike goes on?", "how would the port react should …?": what
# someone does on a condition, which a paragraph that only looks ahead ("X will meet Y") leaves out
_ACT_IF_ASKED = re.compile(
    r"^\s*(?:what|how)\s+(?:will|would|shall|could|might)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?:do|respond|react|retaliate)\s+(?:[\w’'-]+\s+){0,2}?(?:if|should|unless|in\s+case)\b",
    re.IGNORECASE,
)
# what a paragraph that speaks of a condition or its consequence holds, beyond looking ahead
_CONDITION = re.compile(
    r"\b(?:if|unless|otherwise|could|might|should|in\s+case|in\s+the\s+event|or\s+else|"
    r"failing\s+(?:that|which)|were\s+(?:\w+\s+){0,3}?to)\b",
    re.IGNORECASE,
)
# what dates a paragraph without a calendar word: a clause or phrase of time ("during the
# war", "after the vote", "until 1796", "over the weekend", "once it thawed") or a word that
# places it in time ("earlier", "now", "the 16th century"); not "first", which may only order
# two acts ("he wants to first convince them")
_TIME_WORDS = re.compile(
    r"\b(?:during|after|before|until|till|while|when|whenever|once|since|following|prior\s+to|upon|"
    r"then|later|earlier|previously|formerly|now|currently|recently|already|eventually|ago|age|era|"
    r"early|earliest|late|latest|soon|initially|finally|phase|stage|"
    r"period|season|century|centuries|decade|decades|years?|months?|weeks?|weekend|days?|nights?|"
    r"hours?|times?)\b",
    re.IGNORECASE,
)
# "When rock folds, what does it form?", "When X happens, it creates what?": "when" opens a
# condition, and the question asks for something else
_WHEN_CLAUSE = re.compile(
    r"^\s*when\b[^?]*,\s*(?:[\w’'-]+\s+){0,12}?(?:what|which|who|how|where)\b|^\s*when\b.*\bwhat\W*$",
    re.IGNORECASE,
)


def asks_will(question: str) -> bool:
    """Whether `question` asks about something still to come, with "will" or "shall".

    >>> asks_will("What will the council do if the strike goes on?"), asks_will("Who will chair it?")
    (True, True)
    >>> asks_will("What did the council do?"), asks_will("What would a teacher do for a timid pupil?")
    (False, False)
    """
    return _WILL_ASKED.match(question) is not None


def asks_if(question: str) -> bool:
    """Whether `question` asks what would follow from a condition.

    >>> asks_if("What happens if the strike goes on?"), asks_if("What would happen if they left?")
    (True, True)
    >>> asks_if("What if the vote fails?"), asks_if("What happens to the port at night?")
    (True, False)
    """
    return _IF_ASKED.match(question) is not None


def asks_act_if(question: str) -> bool:
    """Whether `question` asks what someone will (or would) do on a condition.

    >>> asks_act_if("What will the council do if the strike goes on?")
    True
    >>> asks_act_if("How would the port respond should the ferries stop?")
    True
    >>> asks_act_if("What will the council do next?"), asks_act_if("If the strike goes on, who pays?")
    (False, False)
    """
    return _ACT_IF_ASKED.match(question) is not None


def asks_when_condition(question: str) -> bool:
    """Whether "when" opens a condition of `question` rather than asking for a time.

    >>> asks_when_condition("When ice melts in spring, what does the river do?")
    True
    >>> asks_when_condition("When did the ice melt?")
    False
    """
    return _WHEN_CLAUSE.search(question) is not None


def places_in_time(text: str) -> bool:
    """Whether `text` places anything in time by a clause or a word of time, beyond the calendar
    words `answer_type.states` looks for: "after the vote", "during the war", "over the weekend".

    >>> places_in_time("The port reopened after the vote."), places_in_time("He said it on Friday.")
    (True, False)
    >>> places_in_time("The mayor said the port is a local matter.")
    False
    """
    return _TIME_WORDS.search(text) is not None


def asks_future(question: str) -> bool:
    """Whether `question` asks when something is still to happen.

    >>> asks_future("When will the bridge reopen?"), asks_future("When is the vote expected?")
    (True, True)
    >>> asks_future("When is the next meeting of the two harbour councils planned?")
    True
    >>> asks_future("When is the next ferry?"), asks_future("When was the next ferry built?")
    (True, False)
    >>> asks_future("When did the bridge reopen?"), asks_future("When would a strike be legal?")
    (False, False)
    """
    return _FUTURE_ASKED.match(question) is not None


def looks_ahead(text: str) -> bool:
    """Whether `text` speaks of anything still to come.

    >>> looks_ahead("The bridge will reopen in May."), looks_ahead("A vote is expected next week.")
    (True, True)
    >>> looks_ahead("The bridge closed last July after the flood.")
    False
    >>> looks_ahead("She insisted that the talks continue."), looks_ahead("The talks continued for a week.")
    (True, False)
    """
    return _AHEAD.search(text) is not None


def time_left_out(question: str, text: str, when: bool, dated: bool, spans: bool) -> str | None:
    """What a paragraph (`text`) leaves out that `question` asks for: "time", "future", or None.

    `when` says the question asks "when", `dated` that the paragraph states a time (by the
    calendar: a date, a day, "last week"), `spans` that it states a span ("within a month").
    "When will X happen?" needs a time that looks ahead, or a span from now; "what will X do?"
    a paragraph that speaks of what is to come; "when did X happen?" a paragraph that places
    something in time, and X not only as what something else came before or after.

    >>> time_left_out("When will the talks resume?", "Talks would follow.", True, False, False)
    'time'
    >>> time_left_out("What will the council do?", "The council met.", False, False, False)
    'future'
    >>> time_left_out("When did Ruiz say so?", "Ruiz said so after the vote.", True, False, False) is None
    True
    >>> time_left_out("What happens if the talks fail?", "The talks failed in May.", False, True, False)
    'future'
    >>> time_left_out("What if the talks fail?", "If they fail, the strike resumes.", False, False, False)
    >>> time_left_out("What will Ruiz do if it fails?", "Ruiz will meet the mayor.", False, False, False)
    'future'
    """
    future = when and asks_future(question)
    if future and dated and not looks_ahead(text):
        return "time"  # its only times are past ("… the war last July")
    if future and not dated and not spans:
        return "time"  # no time at all ("another round would follow")
    if asks_will(question) and not looks_ahead(text):
        return "future"  # only what was done
    if asks_act_if(question) and not _CONDITION.search(text):
        return "future"  # "X will meet Y" says nothing of what X does if the talks fail
    if asks_if(question) and not looks_ahead(text) and not _CONDITION.search(text):
        return "future"  # "what happens if the talks fail?" of "… the talks failed"
    if when and not dated and not asks_when_condition(question):
        if not places_in_time(text) or only_as_anchor(question, text):
            return "time"  # "X stated that …", or "… left before the truce took hold"
    return None
