"""Scare quotes: a writer's own short term set in quote marks, not anyone's words.

``the GOP’s “establishment” candidate``, ``a similar, two-year “pause” in the tax``: a few
lowercase words that the rules found no speaker for, in a sentence that names no act of
saying, writing or calling (no reporting verb, no ``words``, ``slogan``, ``tweet`` or
``promise``, no ``so-called``). Such marks distance the writer from a term; they quote no
one. A quoted phrase someone is reported to have used keeps its marks because its sentence
says so (``The judge called the rule “arbitrary.”``, ``shouts of “lock her up”``); words in
the first or second person (``“we will not leave”``) are someone's voice; and a capitalised
span (a name, a title, a sentence) is left to the other rules.

>>> is_scare_quote("establishment", "He beat the GOP’s “xxxxxxxxxxxxx” candidate.")
True
>>> is_scare_quote("arbitrary", "The judge called the rule “xxxxxxxx.”")
False
>>> is_scare_quote("Make America Great Again", "A cap reads “xxxx xxxxxxx xxxxx xxxxx”.")
False

``so-called`` says the same of the marks after it (`after_so_called`), whoever the
sentence quotes: ``gave weapons to the so-called “rebels”`` quotes no one, and ``called``
there is no cue. So does a question the writer asks with no cue (`in_writers_question`):
``Were they too “Tea Party” for the voters?`` weighs a term, it quotes no one.
"""

from __future__ import annotations

import re

from ..speakers.cue_words import DIRECT_ONLY, GERUNDS, SPEECH, THAT_ONLY
from .marks import QuoteSpan, find_quote_spans  # noqa: F401 (the examples use find_quote_spans)

_MOST_WORDS = 4
_WORD = re.compile(r"[\w’'-]+")
# Words that report speech, writing or naming, beyond the cue verbs: their nouns, their other
# forms, and the texts words are quoted from. "see" and "saw" are left out: they are as often
# about sight as about opinion ("would see big declines"); "sees … as", "seen as" stay.
_SAYING = frozenset(
    """call calling word words term terms termed phrase phrases slogan slogans chant chanting cry cries
    cried crying shout shouts shouting yell yelling remark remarks comment comments commented statement
    statements speech speeches interview interviews tweet tweets post letter letters memo memos email
    emails ad ads report promise promises promising pledge pledges vow vows vowing label labels labeling
    name named names known nickname nicknamed so-called self-described refer refers referred referring
    consider considers considered think thinks thinking thought sees seen admission
    slam slams slammed slamming preach preached preaches preaching demand demands demanded
    believe believes believed spoke speak speaks spoken
    talk talks talked talking portray portrays portrayed portraying characterize characterized
    characterizes characterise characterised frame framed frames deem deems rated sign signs
    banner banners page website plan plans according quote quoted quoting quotes cite cited cites describe
    description claim title titled headline headlines argue argument question questions answer ask
    asking accuse accuses accusing accusation accusations decry decries decried deride derides derided
    insult insults insulted allege alleges alleged alleging allegation allegations ruled ruling reject
    rejects rejected grouse groused grousing vent vented profess professed professing assure assures
    assured mention mentions mentioned dismissing complain complaining complaint complaints criticism
    assertion denounce denounces denounced condemn condemns condemned urging""".split()
)
_PERSONAL = frozenset("i me my we us our you your".split())
_REPORTING = frozenset(w for w in SPEECH | THAT_ONLY | DIRECT_ONLY | GERUNDS | _SAYING if " " not in w)


def is_scare_quote(words: str, sentence: str) -> bool:
    """Are the quoted `words` a writer's own term (see the module docstring)? `sentence` is
    the sentence holding them, its quoted words masked (`marks.mask_quotes`), so a reporting
    word inside a quotation does not count."""
    toks = _WORD.findall(words)
    if not toks or len(toks) > _MOST_WORDS or not words[:1].islower():
        return False
    if any(w.lower() in _PERSONAL for w in toks):  # "we will not leave": a voice, not a term
        return False
    around = _WORD.findall(sentence)
    # a capitalised word inside the sentence is part of a name ("the United States"), not a verb
    return not any(w.lower() in _REPORTING and (w[:1].islower() or i == 0) for i, w in enumerate(around))


def short_name(words: str) -> bool:
    """Capitalised quoted `words`, at most four, not ending in a stop or a comma and in no
    person's voice: a name or a title (``“Arab Spring”``, ``“Tea Party”``), not a sentence.
    The caller asks when the sentence's only candidate speaker is a lone capitalised word
    that names no one (``What``, ``Several``).

    >>> short_name("Arab Spring"), short_name("True."), short_name("We Won")
    (True, False, False)
    """
    toks = _WORD.findall(words)
    if not toks or len(toks) > _MOST_WORDS or not words[:1].isupper() or words.rstrip()[-1:] in ",.!?;:":
        return False
    return not any(w.lower() in _PERSONAL for w in toks)


def bare_name(text: str, span: QuoteSpan) -> bool:
    """A closed quotation in `text` that is a `short_name`, with no stop, comma or colon
    inside its marks or right after them: a name the sentence goes on about (``The “Comeback
    City” couldn't wait``, ``“Containment” has been policy``), not words someone said (``“Call
    the roll,” came shouts``, ``He said “Never Again.”``). `extract` drops such a quotation when
    neither its rules nor the no-cue chooser find anyone to have said it.

    >>> t = 'The “Comeback City” waited. “Call the roll,” came shouts of “Never Again.”'
    >>> [bare_name(t, s) for s in find_quote_spans(t)]
    [True, False, False]
    """
    if not span.closed or not short_name(text[span.start : span.close_at]):
        return False
    return not _PUNCT_AFTER.match(text, span.outer_end)


_PUNCT_AFTER = re.compile(r"\s*[,.;:!?]")
_SO_CALLED = re.compile(r"\b(?i:so[- ]called|self[- ]described|self[- ]styled)\s*$")


def after_so_called(words: str, before: str) -> bool:
    """Lowercase `words` (at most four) quoted right after ``so-called``, ``self-described``
    or ``self-styled`` (`before` is the paragraph up to the opening mark): a term the writer
    keeps at a distance. A capitalised name stays (``the so-called “Clean Air Initiative”``).

    >>> after_so_called("rebels", "He armed the so-called ")
    True
    >>> after_so_called("Clean Air Initiative", "The so-called ")
    False
    """
    toks = _WORD.findall(words)
    return bool(toks) and len(toks) <= _MOST_WORDS and words[:1].islower() and bool(_SO_CALLED.search(before))


# The words a direct question opens with: an interrogative or an auxiliary put first.
_QUESTION_OPENERS = frozenset(
    """what why how who whom whose where when which is are was were do does did can could will
    would should shall has have had isn't aren't wasn't weren't don't doesn't didn't won't""".split()
)


def in_writers_question(text: str, span: QuoteSpan, lo: int, hi: int) -> bool:
    """A closed quotation of at most four words inside the question `text[lo:hi]`, one that
    opens with an interrogative or an auxiliary and ends with a question mark after the
    quote (``What “tone” do they mean?``, ``Were they too “Tea Party,” or not enough?``): the
    writer weighing a term. The caller asks only of a sentence without a cue; a question in
    quote marks is a speaker's (``“Why now?” she asked``), and one that opens with the quote
    is left to the other rules.

    >>> t = 'What “tone” do they mean? Were they too “Tea Party”? The “pause” was long?'
    >>> sents = [(0, 25), (26, 52), (53, len(t))]
    >>> [in_writers_question(t, s, *sents[i]) for i, s in enumerate(find_quote_spans(t))]
    [True, True, False]
    >>> t = 'The “equality” talk? Why now, after “four long years,” he said.'
    >>> [in_writers_question(t, s, 0, len(t)) for s in find_quote_spans(t)]
    [False, False]
    """
    if not span.closed or not 0 < len(_WORD.findall(span.text)) <= _MOST_WORDS:
        return False
    sentence = text[lo:hi].rstrip()
    first = _WORD.match(sentence)
    return (
        first is not None
        and first.end() <= span.outer_start - lo
        and first.group().lower() in _QUESTION_OPENERS
        and sentence.endswith("?")
        and lo + len(sentence) > span.outer_end
    )
