"""Journalist round 25 (known25): a did-say or who-said claim that puts one word of a sentence
in quotation marks, with that word changed, and "did X threaten …?" answered from the writer's
own account of X. Every text here is invented (README, "Journalist round 25")."""

from __future__ import annotations

from news_fixtures import ask_about

from index.attribution.query import parse_attribution_question, quoted_clause

FERRY = "\n\n".join(
    [
        "Ferry fares to rise in spring",
        "Transport chief Lena Vos said a fare rise would be “temporary” while the new boats are paid off.",
        "Harbour master Oli Brandt has hinted at closing the north pier for the summer.",
        "“We will keep the night crossing,” said Mia Tal, a spokeswoman for the operator.",
    ]
)


def test_the_clause_around_a_quoted_word_is_kept() -> None:
    q = parse_attribution_question('did Vos say the fare rise would be "permanent"?')
    assert q is not None and (q.text, q.quoted) == ("permanent", True)
    assert q.clause == "the fare rise would be permanent"
    # a claim that is all quotation has no clause around it
    assert quoted_clause("“we will keep the night crossing”") is None
    whole = parse_attribution_question("did Tal say “we will keep the night crossing”?")
    assert whole is not None and whole.clause is None


def test_a_changed_quoted_word_is_misworded_in_its_sentence() -> None:
    a = ask_about(FERRY, "did Vos say a fare rise would be “permanent”?")
    assert a.attribution is not None and a.attribution.verdict == "misworded"
    assert a.attribution.said_by == "Lena Vos" and "temporary" in (a.attribution.diff or "")
    # the quoted word itself, asked the same way, is still a plain Yes
    same = ask_about(FERRY, "did Vos say a fare rise would be “temporary”?")
    assert same.attribution is not None and same.attribution.verdict == "yes"
    # who-said: the sentence found, the word that differs shown
    who = ask_about(FERRY, "who said a fare rise would be “permanent”?")
    assert who.attribution is not None and who.attribution.verdict == "misworded"
    assert who.attribution.quotes[0].speaker == "Lena Vos"


def test_a_quoted_word_found_nowhere_in_no_sentence_stays_not_found() -> None:
    a = ask_about(FERRY, "did Vos say the ferry tickets are “overpriced”?")
    assert a.attribution is not None and a.attribution.verdict == "not_found"


def test_the_writers_own_account_is_not_shown_as_the_persons_words() -> None:
    a = ask_about(FERRY, "did Brandt threaten to close the north pier?")
    att = a.attribution
    assert att is not None and att.verdict == "not_found" and not att.quotes
    assert att.note is not None and "own words" in att.note and "“hinted”" in att.note
    assert "Brandt’s words" not in att.note
    assert a.closest is not None and "north pier" in a.closest.text
    # a quotation reported with a verb of no threat is still shown as the speaker's words
    b = ask_about(FERRY, "did Tal threaten to keep the night crossing?")
    assert b.attribution is not None and b.attribution.verdict == "not_found"
    assert b.attribution.quotes and b.attribution.quotes[0].speaker == "Mia Tal"


PIER = "\n\n".join(
    [
        "Pier repairs split the council",
        "“The north pier is no longer safe for lorries,” said engineer Ruth Odin.",
        "“The repairs will cost the town more than the new bridge,” treasurer Karl Moss told reporters.",
        "“We will shut the pier to traffic in June,” Odin added.",
    ]
)


def test_a_did_say_splicing_anothers_words_onto_the_speaker_is_no() -> None:
    q = (
        "did Odin say the north pier is no longer safe for lorries and that the repairs will cost more than "
        "the bridge?"
    )
    a = ask_about(PIER, q)
    att = a.attribution
    assert att is not None and att.verdict == "no" and att.said_by == "Karl Moss"
    assert att.note is not None and "Karl Moss" in att.note and "Ruth Odin" in att.note
    # either order
    turned = (
        "did Odin say the repairs will cost the town more than the new bridge and that the pier is unsafe?"
    )
    b = ask_about(PIER, turned)
    assert b.attribution is not None and b.attribution.said_by == "Karl Moss"
    # both halves hers: no splice; one half alone: unchanged
    both = ask_about(
        PIER, "did Odin say the north pier is no longer safe for lorries and that they will shut it in June?"
    )
    assert (
        both.attribution is not None
        and both.attribution.said_by == "Ruth Odin"
        and both.attribution.note is None
    )
    alone = ask_about(PIER, "did Odin say the north pier is no longer safe for lorries?")
    assert (
        alone.attribution is not None
        and alone.attribution.verdict == "yes"
        and alone.attribution.note is None
    )


def test_wanting_a_thing_is_the_reverse_of_being_wary_of_it() -> None:
    text = "\n\n".join(
        [
            "Union weighs the pay offer",
            "Economists say the union leadership is deeply wary of any pay freeze.",
            "“We want a fair settlement before the winter,” said shop steward Ivo Reyes.",
        ]
    )
    who = ask_about(text, "who said the union leadership wants a pay freeze?")
    assert who.attribution is not None and who.attribution.verdict == "contradicts"
    assert who.attribution.quotes[0].speaker == "Economists"
    did = ask_about(text, "did Reyes say he is wary of a fair settlement?")
    assert did.attribution is not None and did.attribution.verdict == "contradicts"
    same = ask_about(text, "did Reyes say they want a fair settlement before the winter?")
    assert same.attribution is not None and same.attribution.verdict == "yes"


QUAY = "\n\n".join(
    [
        "Storm batters the old quay",
        "Boats that were moored at the old quay overnight “suffered heavy losses,” said pilot Sven Lark.",
        "The council will meet on Friday to discuss repairs.",
    ]
)


def test_the_writers_frame_around_a_short_quotation_is_not_the_speakers() -> None:
    a = ask_about(QUAY, "did Lark say the boats were moored at the old quay overnight?")
    att = a.attribution
    assert att is not None and att.verdict == "not_found" and not att.quotes
    assert att.note is not None and "article's own words" in att.note and "Sven Lark" in att.note
    assert a.closest is not None and "old quay" in a.closest.text
    # his quoted words, or another way of putting them, are still his
    own = ask_about(QUAY, "who said the boats at the old quay suffered heavy losses?")
    assert own.attribution is not None and own.attribution.quotes[0].speaker == "Sven Lark"


def test_a_did_say_of_the_sentence_around_anothers_quoted_word_names_them() -> None:
    text = "\n\n".join(
        [
            "Mayor's visit draws fire",
            "The opposition leader warned that the mayor's visit would have a “ruinous” effect on trade.",
            "“The port needs new cranes,” said dock manager Ola Fenn.",
        ]
    )
    a = ask_about(text, "did Fenn say the mayor's visit would have a ruinous effect on trade?")
    assert a.attribution is not None and a.attribution.verdict == "no"
    assert a.attribution.said_by == "the opposition leader"
    # words of neither: still not found
    b = ask_about(text, "did Fenn say the harbour needs dredging?")
    assert b.attribution is not None and b.attribution.verdict == "not_found"
