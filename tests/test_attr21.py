"""Fresh-corpus round 21 (attribution): faults found checking attributions on real news, each
reproduced here on invented articles (README, "Fresh-corpus round 21 (attr21)")."""

from __future__ import annotations

from news_fixtures import ask_about, doc

from index.attribution.checks.claim_words import negations
from index.attribution.checks.meaning import opposite
from index.attribution.checks.opposites import opposed_words
from index.attribution.extraction.extract import extract_quotes
from index.attribution.extraction.labels import speaker_label
from index.attribution.extraction.tidy import stopped
from index.attribution.speakers.misspelt import letter_off
from index.attribution.speakers.speaker_groups import group_speakers

FERRY_BOARD = (
    "Ferry board shrugs off rebels\n\n"
    "The harbour board has brushed aside the rebel skippers. “There is no plan and no leader "
    "behind this so-called revolt,” said board spokeswoman Ida Lund. “It is nothing more than a "
    "rumour and a few angry posts.”\n\n"
    "“They don’t have a captain. They say the fares are too high, but they don’t have an answer,” "
    "said Piet Hals, a skipper from Vik.\n\n"
    "“Given how stubborn she is, the talks were slow,” Mayor Tomas Berg recalled. “But she was a "
    "fair negotiator, and the deal she signed was legal.”"
)


def test_nothing_more_than_affirms() -> None:
    assert negations("it is nothing more than a rumour".split()) == 0
    assert negations("it is nothing but a rumour".split()) == 0
    assert negations("it is none other than the mayor".split()) == 0
    assert negations("it is nothing new".split()) == 1
    assert not opposite("the revolt is a rumour", "It is nothing more than a rumour and a few angry posts.")
    answer = ask_about(FERRY_BOARD, "did Lund say the revolt is a rumour?")
    assert answer.attribution is None or answer.attribution.verdict != "contradicts"


def test_lack_says_what_not_having_says() -> None:
    assert negations("the skippers lack a captain".split()) == 1
    assert not opposite("they lack a captain", "They don’t have a captain.")
    answer = ask_about(FERRY_BOARD, "did Hals say they lack a captain?")
    assert answer.attribution is not None and answer.attribution.verdict == "yes"


def test_negating_prefixes_are_opposites() -> None:
    assert opposed_words("she was an unfair negotiator".split(), "she was a fair negotiator".split())
    assert opposed_words("she was a dishonest negotiator".split(), "she was an honest negotiator".split())
    assert opposed_words("the deal was illegal".split(), "the deal was legal".split())
    assert opposed_words("the count was inaccurate".split(), "the count was accurate".split())
    assert opposed_words("we disagree with the board".split(), "we agree with the board".split())
    # a word that merely begins like a prefix undoes nothing
    assert not opposed_words("his income rose".split(), "they will come".split())
    assert not opposed_words("the impact was big".split(), "the pact was big".split())
    assert not opposed_words("they discovered the leak".split(), "they covered the leak".split())
    assert not opposed_words("her help was invaluable".split(), "her help was valuable".split())
    answer = ask_about(FERRY_BOARD, "did Berg say the deal she signed was illegal?")
    assert answer.attribution is not None and answer.attribution.verdict == "contradicts"


DEBATE = (
    "Kos: rivals were ‘absolutely wrong’\n\n"
    "At Tuesday's debate, candidate Marta Kos said her rivals were “absolutely wrong” about the pier.\n\n"
    "Partial transcript as follows:\n\n"
    '"DUNN: Mayor Kos, you promised the pier would open in May. Did you mislead the town?\n\n'
    '"VIDEO: They told us it would be finished by spring and it was not.\n\n'
    '"KOS: I understand the anger, but that is wrong. We testified for six hours and answered '
    'every question. The pier will open in June."\n\n'
    "The debate ran for two hours."
)


def test_speaker_label_reads_capitals_and_a_colon() -> None:
    assert speaker_label("DUNN: Mayor Kos, you promised …") == "DUNN"
    assert speaker_label("“ANA ROE: We will.") == "ANA ROE"
    assert speaker_label("No: we will not.") is None
    assert speaker_label("Q: Why now?") is None  # a Q&A's, read by `transcript`
    assert speaker_label("The US: a view") is None


def test_a_transcripts_labels_name_its_speakers() -> None:
    quotes = extract_quotes(doc(DEBATE, "debate"))
    by_start = {q.text.split(":")[0]: q for q in quotes if q.kind == "direct"}
    assert by_start["DUNN"].speaker == "Dunn"
    assert by_start["KOS"].speaker == "Marta Kos"  # the article's full name for the surname
    assert by_start["VIDEO"].speaker is None  # a clip, not a person
    assert all(q.speaker != "Partial" for q in quotes)
    answer = ask_about(DEBATE, "did Kos say she testified for six hours?")
    assert answer.attribution is not None and answer.attribution.verdict == "yes"


def test_one_label_alone_is_no_transcript() -> None:
    text = "Pier row\n\n“NO: we will not pay,” the sign read, said Ana Roe, a skipper.\n\nThe row goes on."
    quotes = extract_quotes(doc(text, "sign"))
    assert all(q.speaker != "No" for q in quotes)


def test_a_quote_after_a_colon_takes_the_cue_right_after_it() -> None:
    text = (
        "Pier news\n\n"
        "Marta Kos, the “Harbour Life” host, married in May. After the vote, the “Harbour Life” host "
        "posted a long message on why no one should be shocked: “Towns will not sink by fixing "
        "their piers,” she wrote. “On the contrary, they will thrive.”\n\n"
        "The mayor said: “We will rebuild,” and left."
    )
    quotes = {q.text: q for q in extract_quotes(doc(text, "pier"))}
    towns = quotes["Towns will not sink by fixing their piers"]
    assert (towns.speaker, towns.cue) == ("Marta Kos", "wrote")
    assert quotes["We will rebuild"].speaker == "the mayor"  # the cue before the colon stays


def test_a_cue_leading_into_the_colon_stays_the_quotes_own() -> None:
    text = (
        "Pier news\n\n"
        "Asked about the pier, Kos said: “There will always be delays,” the Gazette reported.\n\n"
        "Marta Lee emailed her backers saying: “The fight goes on” and vowing to run again in May."
    )
    quotes = {q.text: q for q in extract_quotes(doc(text, "pier"))}
    assert quotes["There will always be delays"].speaker == "Kos"
    assert quotes["The fight goes on"].cue == "saying"


def test_a_surname_misspelt_by_a_letter_is_the_articles_one_person() -> None:
    text = (
        "Pier costs\n\n"
        "Council leader Olga Sweeney said builders had padded their bids.\n\n"
        "“You would bid him 20 percent higher,” Sweeny said after the vote.\n\n"
        "“We will not pay that,” said Lund, the treasurer."
    )
    groups = group_speakers(extract_quotes(doc(text, "bids")))
    sweeney = next(g for g in groups if g.name == "Olga Sweeney")
    assert len(sweeney.quotes) == 2
    assert not any(g.name == "Sweeny" for g in groups)
    answer = ask_about(text, "did Sweeney say builders would bid 20 percent higher?")
    assert answer.attribution is not None and answer.attribution.verdict == "yes"


def test_letter_off_needs_one_letter_and_a_long_name() -> None:
    assert letter_off("sweeny", "sweeney")
    assert not letter_off("lee", "lees")  # too short to call a misspelling
    assert not letter_off("hanson", "hansen")  # another letter, not one left out
    assert not letter_off("clinton", "clintons")  # the family, not a misspelling


def test_a_verb_ending_a_hyphenated_word_is_no_cue() -> None:
    text = (
        "Pier vote\n\n"
        "What the board needs is plain truth-telling by its members, or the town is in for "
        "years of delay.\n\n"
        "Ana Roe, a self-described pragmatist, backed the plan. Piet Hals left early, half-joking to "
        "friends that the pier would outlast him."
    )
    quotes = extract_quotes(doc(text, "vote"))
    assert not [q for q in quotes if q.cue in ("telling", "described")]
    joking = [q for q in quotes if q.cue == "joking"]
    assert joking and joking[0].speaker == "Piet Hals"


def test_a_titles_stop_and_a_middle_initials_stop_are_shown() -> None:
    text = (
        "Pier vote\n\n"
        "Later, Harbour Gov. Ana Roe backed the plan. “We will build it,” Roe said.\n\n"
        "“It will cost more,” said Piet K. Hals, the treasurer. “Far more,” Hals added."
    )
    quotes = {q.text: q for q in extract_quotes(doc(text, "vote"))}
    assert quotes["We will build it"].speaker == "Ana Roe"
    assert "Gov " not in (quotes["We will build it"].speaker_detail or "") + " "
    assert quotes["Far more"].speaker == "Piet K. Hals"
    assert stopped("Ana B Roe") == "Ana B. Roe"
    assert stopped("J A Hobson") == "J. A. Hobson"
    assert stopped("Plan B") == "Plan B"  # no name of three words
