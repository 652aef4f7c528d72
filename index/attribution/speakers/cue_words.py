"""The words cue finding reads: reporting verbs by the constructions they allow, and the
closed word lists and patterns around them (adverbs, determiners, media, time phrases).

No list names a particular person, outlet or place. `cues` finds the cues; `coref` shares
the sentence-opening word lists.
"""

from __future__ import annotations

import re

SPEECH = frozenset(
    """said says say told tells added adds warned warns stated states explained explains noted notes
    insisted insists argued argues claimed claims declared declares asserted asserts stressed stresses
    emphasised emphasized emphasises emphasizes wrote writes posted tweeted cautioned maintained
    maintains contended reiterated underlined underscored affirmed say argue warn insist explain read reads
    contend maintain""".split()
)
THAT_ONLY = frozenset(
    """announced announces confirmed confirms denied denies acknowledged acknowledges admitted admits
    suggested suggests predicted reported reports alleged hinted conceded believes alleges concedes
    predicts finds sang sings""".split()
) | {"pointed out", "points out"}
DIRECT_ONLY = frozenset(
    """called calls described describes dubbed branded labelled labeled urged asked continued replied
    responded remarked quipped countered recalled vowed pledged promised threatened complained
    lamented boasted charged observed dismissed dismisses responds recalls tweeted
    quips concluded concludes exclaimed shouted yelled screamed whispered muttered joked
    mocked scoffed mused grumbled snapped retorted interjected chanted chants answered answers
    proclaimed proclaims bemoaned accused accuses blamed blames blasted blasts praised praises
    thanked credited criticized criticizes criticised criticises retweeted reacted remembered
    recounted exhorted opined opines wondered gushed marveled marvelled deadpanned griped fumed
    agreed echoed cried sighed emailed texted bragged implored pleaded demanded reasoned speculated
    ventured elaborated teased taunted scolded thundered bellowed ranted clarified confided revealed
    concurred replies boasts brags complains gushes implores laments mocks pleads recounts
    scolds speculates teases whispers wonders yells agrees""".split()
) | {"shot back", "fired back", "hit back", "cut in", "chimed in", "put it", "puts it"}
DIRECT_ONLY |= {"talked about", "spoke about"}  # "the statement talked about giving voters “…”"
GERUNDS = frozenset(
    "adding saying noting warning insisting arguing stressing explaining telling writing calling "
    "describing declaring claiming suggesting responding joking tweeting accusing urging vowing pledging "
    "predicting acknowledging admitting recalling complaining praising dismissing asserting conceding "
    "announcing reiterating repeating lamenting boasting citing remarking stating chanting "
    "blaming criticizing criticising thanking asking shouting yelling screaming replying retorting quipping "
    "exclaiming".split()
)
_REPORTING = SPEECH | THAT_ONLY | DIRECT_ONLY
# the verbs that report speech with or without "that", as one regex alternation (longest first)
SAID_VERBS = "|".join(sorted((v.replace(" ", r"\s+") for v in SPEECH | THAT_ONLY), key=len, reverse=True))
_ALL = sorted(SPEECH | THAT_ONLY | DIRECT_ONLY | GERUNDS, key=len, reverse=True)
# a verb that ends a hyphenated word is no cue: "truth-telling", "a self-described socialist",
# "hand-written" (but "re-tweeted" tweets, and "half-joking to friends that …" jokes; "so-called"
# is left to `extraction.scare`, which reads the term after it)
_CUE = re.compile(
    r"\b(?:(?<!-)|(?<=\bre-)|(?<=\bhalf-)|(?<=\bso-))(?:(?i:according\s+to)|" + "|".join(_ALL) + r")\b"
)
_PASSIVE = frozenset("is was were are be been being having it's".split())
_AUX_ADV = frozenset(
    "also later earlier has have had previously repeatedly then again once further separately "
    "would will reportedly publicly privately did does".split()
)
_ADVERBIAL = frozenset(
    """in on at after before during despite following speaking asked writing meanwhile however
    separately later earlier last this yesterday today with without while when as since for from by under amid
    addressing responding referring but and so yet though although because if according
    outside inside across among around near beyond throughout within between against toward
    towards behind along besides unlike""".split()
)
SENTENCE_ADVERBS = frozenset(
    """moreover instead still indeed now then yet thus hence likewise similarly nevertheless
    nonetheless furthermore additionally finally again also even ultimately overall notably besides
    otherwise rather perhaps first second third here there""".split()
)
_OPENERS = _ADVERBIAL | SENTENCE_ADVERBS
_CONJ = frozenset(
    "and but while as though although because when after so yet whereas since meanwhile however "
    "also then even once if before until where just only now such".split()
)
# "But Tom Miller, an analyst, argues …": a coordinating conjunction before a subject
_COORDINATORS = frozenset("and but yet so or nor".split())
_NP_START = frozenset(
    "the a an one two three four five several some many his her its their this that these "
    "those another other both all".split()
)
_TIME_WORDS = frozenset(
    "week month year morning evening afternoon night weekend time monday tuesday wednesday thursday "
    "friday saturday sunday spring summer autumn fall winter".split()
)
# Words before "-ing" that make it a noun, not a cue: "with little warning", "a warning".
_NOUN_BEFORE = frozenset(
    "a an the little no any without with some much more this that their his her its early".split()
)
_DETERMINERS = frozenset(
    "the a an these those many some all both two three several other their his her its our your my "
    "every each few most whose".split()
)
_NOUN_TOO = frozenset("states claims notes reports posts remarks tweets writes".split())
_NAME_OF = re.compile(
    r"^((?:[A-Z][\w’'.-]*\s+)+[A-Z][\w’'.-]*)\s+((?:of|at|from|with)\s+(?:the\s+)?[A-Z].*)$"
)
_BASE_FORMS = frozenset("say argue warn insist explain contend maintain".split())
_SUBORDINATORS = frozenset("if when because as while though although before after unless since".split())
_CIRCUMSTANCE = re.compile(
    r"\s+(?:during|after|before|while|following|in|at|on)\s+"
    r"(?:the|a|an|his|her|their|its|this|last)\s+[a-z].*$"
)
_TAKES_OBJECT = frozenset(
    """called calls described describes dubbed branded labelled labeled urged dismissed dismisses
    promised pledged vowed threatened accused accuses blamed blames blasted blasts praised praises
    thanked credited criticized criticizes criticised criticises""".split()
) | {"put it", "puts it"}
# "As X put it, …", "X put it bluntly:": the idiom, not "put it on the table".
_PUT_IT_NEXT = re.compile(r"\s*[,:.;]|\s+(?:this way|that way|best|another way|more \w+|\w+ly|to)\b")
# "As reported by X, …", "as described by X": a passive cue whose agent is the source.
_AS_BY = frozenset("reported noted described stated written explained detailed quoted cited".split())
_TEXTS = frozenset(
    "email e-mail letter memo tweet note sign banner caption headline ad message post editorial "
    "statement release".split()
)
_LY_NOUNS = frozenset("daily weekly monthly quarterly family ally rally assembly".split())
_WITH_NP = re.compile(r"\bwith\s+((?:[\w’'.-]+\s+){0,5}[\w’'.-]+)\s*$")
_SUBCLAUSE = re.compile(r"\s+(?:as|when|while|because|since|although|though)\s+[a-z].*$")
_ASKED_AFTER = frozenset("when if after before as once".split())
# Words that open a role written before a name: "former Obama adviser X", "then-party chair X".
_ROLE_OPENERS = frozenset(
    """former then current acting deputy senior top chief longtime veteran retired incoming outgoing
    interim fellow state federal local party campaign then-""".split()
)
_NOT_ROLE_START = frozenset(
    """the a an and but or in on at of for to from by with near under after before when while as
    that who which whose is was were are has had have will would it this these those there here
    not also""".split()
)
# A short parenthesis before a cue: "Rep. Jo Hale (D-Ore.) said". Blanked for the subject search.
_PAREN = re.compile(r"\([^()]{1,30}\)")
_RELATIVE_PRONOUNS = frozenset(("who", "whose", "which"))
_PRONOUN_SUBJECTS = frozenset(("he", "she", "they", "it", "we", "i", "who", "which"))
_COPULA = frozenset("is was were are has have had will would can could may might must does do did".split())
_BOUNDARY = '”"»“«:;—–()'
_MEDIUM = re.compile(
    r"\s+(?:in|via|on|at|during|through|to)\s+(?:(?:a|an|the|his|her|its|their|state|social)\s+)?"
    r"(?:(?!(?:that|and|who|which|because|if|when)\b)[\w’'-]+\s+){0,3}"
    r"(?:statement|interview|post|posts|media|conference|briefing|speech|message|video|"
    r"letter|address|X|Telegram|Truth Social|television|TV|broadcast|communiqu[eé]|tweet|podcast|radio|"
    r"website|Facebook|Instagram|session|meeting|rally|summit|forum|platform|account|page)\b"
)
_TIME = re.compile(
    r"\s+(?:on|last|late|early|earlier|this)\s+(?:\w+\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|week|month|year|day|night|morning|evening)\b.*$"
)
_WHEN = re.compile(
    r"(?:\s+(?:on|late|early|last|this|earlier|later)\s+(?:\w+\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|week|month|year|night|morning|evening|afternoon)|\s+(?:earlier|later|overnight|today|yesterday)"
    r"|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"  # AP style: "said Wednesday"
    r"(?=[\s,])"
)
_AUDIENCE = re.compile(
    r"\s+((?:reporters|journalists|lawmakers|parliament|supporters|the\s+\w+(?:\s+\w+)?\s+(?=that\b)|"
    r"(?:a|an|the|state|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:conference|briefing|television|TV|media|"
    r"agency|newspaper|broadcaster|channel|radio|crowd|rally|audience|daily|outlet|meeting|session|"
    r"reporters|journalists|lawmakers|supporters))|(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,3})"
)
_DROP_DETAIL = re.compile(
    r"^(?:adding|saying|noting|warning|referring|citing|insisting|stressing|as|in|on|at|"
    r"after|before|during|when|while|and|but)\b",
    re.IGNORECASE,
)


def after_conjunction(words: list[str], article: bool = True) -> bool:
    """``But Tom Miller``, ``And the senator``: a coordinating conjunction opening a noun
    phrase (not ``But in 2010``, ``And Thursday``, ``So far``); with `article` false, only
    a capitalised one."""
    if len(words) < 2 or words[0].lower() not in _COORDINATORS:
        return False
    nxt = words[1].lower()
    if nxt in ("the", "a", "an"):
        return article
    return words[1][:1].isupper() and nxt not in _OPENERS and nxt not in _TIME_WORDS and nxt not in _CONJ


_FRONTED = frozenset("in on at for with after before during from by".split())


def connective_only(left: str) -> bool:
    """Is the text before a cue verb only a connective or a short fronted phrase and a comma,
    so that the speaker follows the verb? ``But,``, ``In other words,`` (one comma, at the end;
    not ``In Iowa, Ana Roe, the mayor,``).

    >>> connective_only("In other words, "), connective_only("But, ")
    (True, True)
    >>> connective_only("In Iowa, Ana Roe, the mayor, "), connective_only("the mayor ")
    (False, False)
    """
    words = left.strip(" ,").split()
    if not left.rstrip().endswith(","):
        return False
    if all(w.strip(",").lower() in _OPENERS | _CONJ for w in words):
        return True
    return 1 < len(words) <= 4 and words[0].lower() in _FRONTED and "," not in left.rstrip()[:-1]
