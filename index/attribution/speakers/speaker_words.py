"""The closed word lists that tell a speaker phrase's kind (`speakers.classify_speaker`):
pronouns, titles before a name, organisation and office nouns, heads of anonymous sources and
unnamed groups, and the words that end or glue a noun phrase. None names a particular person,
place or outlet."""

from __future__ import annotations

PRONOUNS = frozenset("he she they it we i".split())
POSSESSIVE_PRONOUNS = frozenset("his her its their".split())

# Role words that come before a name ("Foreign Minister Abbas X") or end a description.
TITLES = frozenset(
    """president vice prime minister ministers secretary general gen gen. supreme leader ayatollah
    chancellor king queen prince princess sheikh emir senator sen. representative rep. governor gov gov.
    del. atty. amb. congressman congresswoman assemblyman assemblywoman councilman councilwoman
    alderman sheriff commissioner
    mayor ambassador envoy chief spokesman spokeswoman spokesperson director commander admiral
    colonel col. lieutenant lt. captain capt. major maj. sergeant dr dr. mr mr. mrs mrs. ms ms.
    prof prof. professor deputy acting former chairman chairwoman chair ceo judge justice pope
    cardinal rabbi imam sir lord dame speaker head officer analyst expert researcher fellow
    correspondent negotiator adviser advisor aide attorney premier marshal brigadier mp lawmaker
    state foreign defence defense interior finance economy founder manager executive
    official""".split()
)
SPOKES = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen".split())
ORG_WORDS = frozenset(
    """house ministry office council agency organisation organization forces force guards corps
    department union nations committee court party bank university institute company group inc
    corp foundation government army navy police command commission parliament assembly senate
    congress embassy news times post press tv television radio media network service services
    authority center centre fund association alliance front movement brigades cabinet presidency
    administration military mission agency's ministry's board bureau campaign coalition federation
    league society club""".split()
)
OFFICE_HEADS = (
    ORG_WORDS
    | SPOKES
    | frozenset(
        """statement kremlin pentagon regime authorities spokespeople outlet channel newspaper daily
    website palace communique readout broadcaster agency""".split()
    )
)
ANON_HEADS = frozenset(
    """official officials source sources diplomat diplomats analyst analysts expert experts observer
    observers resident residents witness witnesses person people member members aide aides
    insider insiders officer officers employee employees worker workers activist activists
    commander commanders lawmaker lawmakers figure figures""".split()
)
# Plural nouns for unnamed groups of people, beside ANON_HEADS (which cue rules also read):
# "Economists warned …", "Parents at the clinic said …" are unnamed sources, not a name.
GROUP_HEADS = frozenset(
    """prosecutors economists campaigners drivers parents critics scientists researchers doctors
    nurses investors voters protesters demonstrators supporters opponents students teachers
    farmers traders locals villagers neighbours neighbors relatives survivors victims negotiators
    investigators specialists strategists pollsters historians scholars academics commentators
    lawyers attorneys bankers executives economists""".split()
)
INDEFINITE = frozenset("a an one two three four five several some many other another few".split())
STOP_NP = frozenset(
    """for at in of from with to on by based close familiar who which whose that near under
    within inside outside""".split()
)
CONNECTORS = frozenset(
    "of for the al al- bin bint ibn de del della da dos van von der den le la du y and".split()
)
# A text named by itself: its source is whoever the article says issued it (see coref).
BARE_TEXTS = frozenset(("the statement", "a statement", "the post", "the message", "the readout"))
