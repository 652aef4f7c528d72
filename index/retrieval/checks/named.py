""" "Who is the foreign minister?", "What is the name of the spokesperson?", "Which union
leader was arrested?": questions that ask for someone or something by name. Pure.

Such a question is answered only by a paragraph that gives a full name (two capitalised words
in a row, neither of them a name the question already holds): "Foreign Minister Ana Ruiz",
"an adviser to the president, Tomas Berg". A paragraph that speaks of the role and names no
one ("the ministry's spokesperson warned on Tuesday …") sounds like an answer and is not one,
so the reply says the articles don't give the name instead.
"""

from __future__ import annotations

import re

# "who is the …", "who is the Bravan …", "who is Brava's …": the role asked after is in lower
# case (a question after a named person, "who is Ana Ruiz?", asks who they are)
_WHO_IS = re.compile(
    r"^\s*(?i:who\s+is|who['’]s)\s+(?:(?i:the|a|an)\s+(?:[A-Z][\w’'-]*\s+){0,2}|[A-Z][\w’'-]*['’]s\s+)[a-z]"
)
# "what is the name of the spokesperson?" asks for a person only when it names an office-holder;
# "the name of the teacher in Tibetan Buddhism" may be a word ("a Lama", "guru")
_OFFICE = (
    r"(?:spokes(?:person|man|woman)|minister|official|advis[eo]r|leader|president|commander|envoy|"
    r"ambassador|mayor|governor|negotiator|secretary|chairman|chairwoman|director|spokespeople|officials)"
)
# (the words before the office may be a people's or a place's name: "the Iranian foreign
# ministry spokesperson")
_NAME_OF = re.compile(
    r"^\s*(?i:what\s+is|what['’]s)\s+the\s+name\s+of\s+(?:(?i:the|a|an)|[A-Z][\w’'-]*['’]s)\s+"
    rf"(?:[A-Za-z][\w-]*\s+){{0,3}}{_OFFICE}\b"
)
# "which Hamas leader was killed?", "which minister resigned?": the office-holder asked for is
# the question's subject, after at most a few words that qualify it, and a verb follows it, or
# follows what the question asks of them ("which minister's resignation led to …?")
# ("which official statements …" asks for no one)
_WHICH_OFFICE = re.compile(
    rf"^\s*(?i:which)\s+(?:[A-Z][\w’'-]*\s+(?:(?:and|or)\s+)?){{0,3}}(?:[a-z][\w’'-]*\s+){{0,2}}(?i:{_OFFICE})"
    r"(?:s?\s+|['’]s\s+[a-z][\w-]*\s+)"
    r"(?:was|is|were|are|has|had|have|did|does|do|will|would|could|can|[a-z]+ed)\b"
)
# "who leads the delegation?", "who headed the inquiry?": a verb of holding a post asks for
# the one who holds it, by name
_WHO_HOLDS = re.compile(
    r"^\s*(?i:who)\s+(?:leads|heads|runs|chairs|directs|manages|commands|governs|"
    r"led|headed|ran|chaired|directed|managed|commanded|governed)\s+(?i:the|a|an|[A-Z][\w’'-]*['’]s)\s"
)
_CAPITALISED = re.compile(r"[A-Z][\w’'.-]*")
# the title of a work in quotation marks: every word of four letters or more capitalised
# (“Harbour Lights 2: The Return”); a quotation in words of a sentence keeps its names
_TITLE_WORD = r"(?:[A-Z0-9][^\s“”\"]*|[a-z]{1,3})"
_WORK_TITLE = re.compile(rf"[“\"]\s*{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,11}}\s*[”\"]")
# a dateline: a place in capitals ("WASHINGTON —") or any place with its wire ("Kestin (AP) —");
# not "Egyptian President Anwar Sadat – whose …", an aside that names someone
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.’', ]*[A-Z.]|[A-Z][\w.’'-]*(?:[ ,]+[A-Z][\w.’'-]*){0,4}\s*\([^)]{1,20}\))\s*[–—-]{1,2}\s*"
)
# words that open a sentence with a capital they would not have inside it
_OPENERS = frozenset(
    """many most some several few all both each every other others such this that these those
    its his her their our my your it he she they we there here what when where while after before
    since although though however meanwhile still yet so as if no not one two three""".split()
)
_NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december the a an in on at for and but of""".split()
)


def asks_name(question: str) -> bool:
    """Whether `question` asks for someone or something by name (see the module doc).

    >>> asks_name("Who is the harbour master?"), asks_name("What is the name of Brava's mayor?")
    (True, True)
    >>> asks_name("Who is the Bravan trade envoy?"), asks_name("Who is the Ana Ruiz?")
    (True, False)
    >>> asks_name("Who is Ana Ruiz?"), asks_name("Who is quoted?")
    (False, False)
    >>> asks_name("What is the name of the teacher in the play?")
    False
    >>> asks_name("What is the name of the Brazilian trade minister?")
    True
    >>> asks_name("Which Brava official resigned?"), asks_name("Which of the ministers spoke?")
    (True, False)
    >>> asks_name("Which Brava and Vennick leaders were arrested?")
    True
    >>> asks_name("Which Brava minister's resignation led to the vote?")
    True
    >>> asks_name("Who leads Brava's delegation?"), asks_name("Who led in the polls?")
    (True, False)
    """
    return any(p.match(question) is not None for p in (_WHO_IS, _NAME_OF, _WHICH_OFFICE, _WHO_HOLDS))


# "an adviser to Brava's mayor, Ana Ruiz, …": the name in apposition is the adviser's, not
# the mayor's
_SERVING = re.compile(
    r"\b(?:advis[eo]rs?|aides?|assistants?|consultants?|counsell?ors?|confidants?|deputy|deputies|"
    r"spokes(?:person|man|woman)|secretary)\b",
    re.IGNORECASE,
)
_SERVES_NAMED = re.compile(
    rf"(?i:{_SERVING.pattern})\s+(?:to|of|for)\s+[^,.;:!?]*,\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+"
)


def gives_name(text: str, question: str) -> bool:
    """Whether `text` holds a full name the question does not: two capitalised words in a row
    (a possessive ending the first stops the run: "Brava’s Monday market" names no one).

    >>> q = "Who is Brava's harbour master?"
    >>> gives_name("The harbour master, Ilse Varga, said the port would close.", q)
    True
    >>> gives_name("Brava’s harbour master warned on Tuesday that the port would close.", q)
    False
    >>> gives_name("The port is shut. Many Bravans fear for their jobs.", q)
    False
    >>> gives_name("KESTIN (AP) — Brava’s harbour master warned that the port would close.", q)
    False
    >>> gives_name("Kestin Mayor Ana Ruiz – who chairs the port board – said it would close.", q)
    True
    >>> gives_name("Varga acted in the film “Harbour Lights: The Return” last year.", q)
    False
    >>> gives_name("“Ilse Varga runs the port,” the mayor said.", q)
    True
    >>> said = "It is shut, said an adviser to Brava's harbour master, Ilse Varga, on Monday."
    >>> gives_name(said, q), gives_name(said, "Who is the adviser to Brava's harbour master?")
    (False, True)
    """
    asked = {_bare(w) for w in _CAPITALISED.findall(question)}
    text = _DATELINE.sub("", text.strip(), count=1)  # "WASHINGTON (AP) —" names no one
    text = _WORK_TITLE.sub(" ", text)  # the film “Harbour Lights: The Return” names no one
    if _SERVING.search(question) is None:  # "who is the adviser to …?" asks for that name
        text = _SERVES_NAMED.sub(" ", text)  # "an adviser to the leader, Ana Ruiz," names the adviser
    run = 0
    opening = True  # a sentence's first word is capitalised whatever it is ("Many Iranians …")
    for token in re.findall(r"[\w’'.-]+|[!?]", text):
        first, opening = opening, token.endswith((".", "!", "?"))
        if first and token[:1].isupper() and token.lower().rstrip(".") in _OPENERS:
            run = 0
            continue
        word = _bare(token)
        if token[:1].isupper() and word not in asked and word not in _NOT_NAMES:
            run += 1
            if run >= 2:
                return True
            if token.endswith(("’s", "'s")):
                run = 0
        else:
            run = 0
    return False


def _bare(token: str) -> str:
    return re.sub(r"(?:['’]s|[.’'])$", "", token).lower()


# "who was killed in the raid?": the victims asked for, named or counted ("three guards")
_WHO_SUFFERED = re.compile(
    r"^\s*(?i:who)\s+(?i:was|were|has\s+been|have\s+been|had\s+been|got)\s+(?i:killed|arrested|injured|"
    r"wounded|detained|executed|assassinated|murdered|shot|kidnapped|abducted|hurt|jailed|sentenced|charged)\b"
)
_COUNT = re.compile(
    r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|"
    r"thousands?|several|many|scores)\s+(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*s\b"
)
_PERSON = re.compile(
    rf"\b(?:{_OFFICE}|general|generals|commander|commanders|officer|officers|soldiers?|guards?|"
    r"civilians?|child|children|women|men|journalists?|students?|protesters?|villagers?|residents?|"
    r"passengers?|workers?|diplomats?|staff)\b",
    re.IGNORECASE,
)


_OPENING_WORD = re.compile(r"(^\W*|[.!?]\s+\W*)([A-Z][a-z’']+)\b")
# what a paragraph that does report the victims says, beside the question's own verb
_ALSO_SAYS = {"killed": ("died", "dies", "dead", "kills", "killing"), "murdered": ("died", "dead")}


def asks_who_suffered(question: str) -> bool:
    """Whether `question` asks who was killed, hurt, held or charged.

    >>> asks_who_suffered("Who was killed in the raid on the depot?")
    True
    >>> asks_who_suffered("Who ordered the raid on the depot?")
    False
    """
    return _WHO_SUFFERED.match(question) is not None


def gives_who(text: str, question: str) -> bool:
    """Whether `text` says who: a full name, a count of people or things ("two guards"), or a
    person by role ("a senior commander"). "A deadly raid on the depot" says none of it.

    >>> q = "Who was killed in the raid on the depot?"
    >>> gives_who("The raid on the depot killed two guards.", q), gives_who("A deadly raid hit the depot.", q)
    (True, False)
    >>> gives_who("Among the dead was a senior commander.", q), gives_who("A watchman died there.", q)
    (True, True)
    >>> gives_who("Many Brava families fear a crackdown.", "Who was arrested in the crackdown?")
    False
    """
    m = _WHO_SUFFERED.match(question)
    verb = m.group(0).split()[-1].lower() if m else ""
    said = (verb, *_ALSO_SAYS.get(verb, ())) if verb else ()
    # a capital that only opens a sentence names no one ("Many Iranians fear …")
    inner = _OPENING_WORD.sub(lambda m: m.group(1) + m.group(2).lower(), text)
    return (
        gives_name(inner, question)
        or _COUNT.search(text) is not None
        or _PERSON.search(text) is not None
        or any(re.search(rf"\b{w}\b", text, re.IGNORECASE) for w in said)
    )


# "what is the name of the analyst …?", "who is the official quoted …?": the role asked after
_ROLE_ASKED = re.compile(
    r"^\s*(?i:what\s+is|what['’]s)\s+the\s+name\s+of\s+(?i:the|an?)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]{3,})\b"
    r"|^\s*(?i:who\s+is|who['’]s)\s+(?i:the)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]{3,})\s+(?:who|that|quoted|cited)\b"
)
# how a report says it keeps a source's name back
_UNNAMED = re.compile(
    r"\b(?:on\s+condition\s+of\s+anonymity|anonymous(?:ly)?|unnamed|declined\s+to\s+be\s+(?:named|identified)|"
    r"asked\s+not\s+to\s+be\s+(?:named|identified)|(?:was|is|were|are)\s+not\s+(?:named|identified)|"
    r"not\s+authori[sz]ed\s+to\s+(?:speak|talk|comment))\b",
    re.IGNORECASE,
)


def name_withheld(question: str, text: str) -> bool:
    """Whether `question` asks the name of someone `text` says it keeps unnamed: "an analyst
    based in Brava, speaking on condition of anonymity" gives no analyst's name.

    >>> q = "What is the name of the analyst based in Brava?"
    >>> name_withheld(q, "The port will close, said an analyst in Brava, speaking on condition of anonymity.")
    True
    >>> name_withheld(q, "The port will close, said Ilse Varga, an analyst in Brava.")
    False
    """
    m = _ROLE_ASKED.match(question)
    if m is None:
        return False
    role = (m.group(1) or m.group(2)).lower()
    sentences = re.split(r"(?<=[.!?])\s+", text)
    return any(role in s.lower() and _UNNAMED.search(s) is not None for s in sentences)


# words that take a capital only where they open a sentence, or that a wire story capitalises
# by mistake after an abbreviation ("the U.S. Has increased …"): they name no one
_FUNCTION_WORDS = _OPENERS | frozenset(
    """the a an and or but nor of in on at to for from by with without about against between into
    through during unlike like despite amid under over after before until among across beyond
    has have had is was are were be been being will would shall should can could may might must
    do does did said says according also even just only then later earlier now today instead
    thus hence why how who whom which whose""".split()
)


def names_anyone(text: str, question: str) -> bool:
    """Whether `text` names anyone or anything the question does not: a capitalised word, at a
    sentence's start too ("Iran's spokesman warned …"), that is no function word, no day or
    month, not "I", and not one of the question's own names nor their initials ("U.S." for the
    question's "United States"). A "who" question near a paragraph that names no one beyond
    the question's own people has no one to answer with.

    >>> q = "Who decided that the mayor would arrive at Brava Hall by a side door?"
    >>> names_anyone("Unlike last year, the mayor came to Brava Hall by a side door on Monday.", q)
    False
    >>> names_anyone("Ilse Varga, the mayor's aide, chose the side door.", q)
    True
    >>> names_anyone("The U.S. Has sent envoys to the talks.", "Who did the United States send?")
    False
    """
    asked = {_bare(w) for w in _CAPITALISED.findall(question)}
    for run in re.findall(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+", question):
        asked.add("".join(w[0] for w in run.split()).lower())  # "us" for "United States"
    for token in re.findall(r"[^\W\d_][\w’'.-]*", text):
        if not token[0].isupper():
            continue
        word = _bare(token)
        initials = "".join(c for c in token if c.isupper()).lower()
        if word in asked or (len(initials) > 1 and initials in asked) or word in _FUNCTION_WORDS:
            continue
        if word in _NOT_NAMES or word == "i":
            continue
        return True
    return False


# a word for people by what they do ("fundraiser", "inspector", "biostratigraphers",
# "attorney"), or a body of them ("the council", "authorities"): a "who" answer need not be a name
_AGENT = re.compile(
    r"\b[a-z]{2,}(?:er|or|ist|ian|ant|ent|eer|ee|ey|man|men|woman|women)s?\b|"
    r"\b(?:people|person|persons|staff|police|government|governments|council|councils|committee|"
    r"board|authority|authorities|army|armies|forces|troops|company|companies|court|courts|"
    r"parliament|congress|senate|team|teams|family|families|crowd|public|members?|group|groups|"
    r"child|children|king|queen|emperor|pope|monks?|priests?|clergy|nobles?|followers|allies|"
    r"enemies|rebels|voters|settlers|jury|judges?|firms?|agency|agencies|university|school|city|"
    r"state|states|nation|nations|he|she|they|who|someone|anyone|everyone|whoever)\b"
)
# words that end as an agent does and name no one
_NOT_AGENTS = frozenset(
    """other others under after over never however whether number numbers order orders water
    power powers paper papers later rather together either neither further major minor prior
    recent different current present important significant percent parent patent extent
    content event events moment moments element elements government governments agreement
    statement statements movement movements development developments environment investment
    management treatment payment department departments document documents instrument
    settlement settlements argument arguments comment comments accent cent consent intent
    silent frequent permanent apparent transparent efficient sufficient adjacent independent
    dependent different excellent relevant significant constant distant instant vacant
    brilliant giant elegant pleasant abundant dominant remnant tenant tenants meanwhile
    better bigger larger smaller higher lower greater longer stronger weaker wider closer
    earlier former latter either matter matters border borders center centre chapter
    chapters letter letters member members number summer winter weather error errors
    factor factors sector sectors motor color colour floor door doors mirror horror terror
    behavior behaviour honor honour labor labour favor favour vapor rumor tumor
    monday money journey valley volley survey key keys""".split()
) - {"government", "governments", "member", "members"}


def mentions_people(text: str) -> bool:
    """Whether `text` speaks of people in lower case, by what they do or as a body ("the
    inspector", "contractors", "the council", "he"): a "who" question may be answered so.

    >>> mentions_people("An inspector normally checks the job."), mentions_people("The council voted.")
    (True, True)
    >>> mentions_people("The raid killed two night guards.")
    True
    >>> mentions_people("The U.S. resumed talks last week, talks that failed to produce a deal.")
    False
    """
    if _PERSON.search(text) is not None:
        return True
    return any(m.group(0) not in _NOT_AGENTS for m in _AGENT.finditer(text.lower()))
