"""Attribution round 18: a quoted question is no claim of its asker, and the asked speaker's
own quote that says the reverse answers a did-say before anyone else's. Every text here is
invented (README, "Attribution round 18")."""

from __future__ import annotations

from news_fixtures import ask_about, doc

from index.attribution.checks.asked import denies, is_question, reply_to
from index.attribution.checks.check import reversal_diff
from index.attribution.checks.claim_words import negations, stems
from index.attribution.checks.claims import did_say
from index.attribution.extraction.extract import extract_quotes
from index.attribution.query import parse_attribution_question
from index.cli.render import answer_text
from index.retrieval.lexical import TermWeights, document_frequencies
from index.types import Quote

FERRY_CHIEF = (
    "Ferry chief grilled on radio\n\n"
    "Ferry company chief Dana Holt defended the winter timetable on Tuesday in an interview "
    "with radio host Sam Ried.\n\n"
    "“Will the night boats stop running?” Ried asked.\n\n"
    "“Not one of them. The night timetable stays as it is,” Holt said.\n\n"
    "“Sorry?” Ried asked later, about the delays in March.\n\n"
    "“I am not sorry at all,” Holt said. “The storms were not ours to stop.”"
)

RACE = (
    "Rivals clash at harbour forum\n\n"
    "Councillor Ivo Marsh and shop owner Lena Brandt clashed on Thursday at a forum on the harbour.\n\n"
    "Brandt said Marsh should step aside. “It is time for him to quit the council and leave the "
    "harbour board,” Brandt said.\n\n"
    "“I'm not quitting the council,” Marsh said. “I have work to finish.”"
)


def test_a_question_is_recognised_and_its_reply_found() -> None:
    quotes = extract_quotes(doc(FERRY_CHIEF, "t"))
    asked = [q for q in quotes if is_question(q)]
    assert len(asked) == 2 and all((q.speaker or "").endswith("Ried") for q in asked)
    holt = [q for q in quotes if q.speaker == "Dana Holt"]
    reply = reply_to(asked[1], holt)
    assert reply is not None and reply.text.startswith("I am not sorry")
    # the reply to a one-word question denies it when it negates the question's word
    assert denies("the delays were something to be sorry for", asked[1], reply)
    assert not denies("the storms were not ours to stop", asked[1], holt[-1])


def test_did_say_of_a_question_put_to_the_speaker_is_their_reply_not_the_askers_claim() -> None:
    answer = ask_about(FERRY_CHIEF, "Did Holt say the night boats will stop running?")
    att = answer.attribution
    assert att is not None and att.verdict == "contradicts"
    assert att.quotes and att.quotes[0].speaker == "Dana Holt"
    assert att.note is not None and "Ried" in att.note and "question" in att.note
    text = answer_text(answer)
    assert "No. That was" not in text and "saying the opposite" in text


def test_did_say_of_the_askers_own_question_is_no_yes() -> None:
    answer = ask_about(FERRY_CHIEF, "Did Ried say the night boats will stop running?")
    att = answer.attribution
    assert att is not None and att.verdict == "matched"
    assert att.note is not None and "asked it as a question" in att.note
    assert not answer_text(answer).startswith("Yes.")


def test_did_say_is_answered_by_the_speakers_own_reversal_before_another_speaker() -> None:
    answer = ask_about(RACE, "Did Marsh say he would quit the council?")
    att = answer.attribution
    assert att is not None and att.verdict == "contradicts"
    assert (att.quotes[0].speaker or "").endswith("Ivo Marsh") and att.said_by == att.quotes[0].speaker
    # the other speaker's words still answer "did Brandt say …"
    other = ask_about(RACE, "Did Brandt say Marsh should quit the council?").attribution
    assert other is not None and other.verdict == "yes" and (other.quotes[0].speaker or "").endswith("Brandt")


def test_did_say_without_a_reversal_of_ones_own_still_names_the_other_speaker() -> None:
    q1 = Quote("The harbour board must be dissolved.", "Lena Brandt", None, "said", "t", "T", 2, 0, 30)
    q2 = Quote("I have work to finish.", "Ivo Marsh", None, "said", "t", "T", 3, 0, 20)
    weigh = TermWeights(document_frequencies([q1.text, q2.text]), 2).weigh
    result = did_say("Marsh", "the harbour board must be dissolved", [q1, q2], weigh)
    assert result.verdict == "no" and result.said_by == "Lena Brandt"


def test_stems_read_contractions_and_a_dropped_final_e() -> None:
    assert stems(["i'm", "leaving", "the", "stage"]) == stems(["he", "would", "leave", "the", "stage"])
    assert stems(["we're", "closing"]) == stems(["close"])
    assert stems(["they'll", "decide"]) == {"decid"} and stems(["quitting"]) == stems(["quit"])


def test_no_matter_what_negates_nothing() -> None:
    assert negations("i'm not selling the boat no matter what they offer".split()) == 1
    assert negations("it does not matter".split()) == 1
    assert (
        reversal_diff("she would sell the boat", "I'm not selling the boat, no matter what they offer")
        is not None
    )


# --- "… so heated over who paid which bill that Gov. X said": no role from the clause -------

ROW = (
    "Council meeting ends in uproar\n\n"
    "The meeting grew so loud over who paid for which bridge that County Judge Alma Reyes said "
    "she was “ashamed of the whole council.”"
)


def test_who_after_a_preposition_opens_no_relative_clause_of_the_speaker() -> None:
    (q,) = [q for q in extract_quotes(doc(ROW, "t")) if q.kind == "partial"]
    assert q.speaker is not None and q.speaker.endswith("Alma Reyes")
    assert q.mention is not None and q.mention.startswith("County Judge")
    assert "meeting" not in (q.speaker_detail or "") and "meeting" not in q.mention


# --- a speaker the article names by surname alone is the full name asked after --------------


def test_a_full_name_asked_matches_a_speaker_known_by_surname_alone() -> None:
    holt = Quote("The timetable stays.", "Holt", None, "said", "t", "T", 2, 0, 20)
    ilse = Quote("The harbour is safe.", "Ilse Brandt", None, "said", "t", "T", 3, 0, 20)
    weigh = TermWeights(document_frequencies([holt.text, ilse.text]), 2).weigh
    result = did_say("Dana Holt", "the timetable stays", [holt, ilse], weigh)
    assert result.verdict == "yes" and result.said_by == "Holt"
    # a given name the article has for someone else is still another person
    other = did_say("Olek Brandt", "the harbour is safe", [holt, ilse], weigh)
    assert other.verdict == "no" and other.said_by == "Ilse Brandt"


# --- a negation inside a relative clause with no "that" denies that clause, not the claim ---


def test_a_negated_verb_of_a_contact_relative_clause_is_no_opposite() -> None:
    said = "You have fired workers you didn't like without a hearing"
    assert reversal_diff("the boss fired workers without a hearing", said) is None
    # a negation of the claim's own verb is still one
    assert reversal_diff("the boss fired workers", "You never fired workers, you moved them") is not None
    # a new clause after a word of the claim, negating the claim's word past an auxiliary
    assert reversal_diff("we will be soft on these thieves", "these thieves we can't be soft on") is not None


# --- a capitalised name ending in "News" is a speaker, "the news" is not ----------------------


def test_a_name_ending_in_news_is_a_speaker() -> None:
    query = parse_attribution_question("Did Harbour News say it would pay the pilots?")
    assert query is not None and query.kind == "did_say" and query.speaker == "Harbour News"
    assert parse_attribution_question("Did the news say the pilots were paid?") is None
    assert parse_attribution_question("Did the article say the pilots were paid?") is None


# --- a Q&A transcript's answers are the interviewee's words, kind "transcript" -------------

INTERVIEW = (
    "Q&A with harbour master Ines Varga\n\n"
    "Harbour master Ines Varga spoke to the Gazette about the dredging work. Here is an edited "
    "transcript.\n\n"
    "Q: When will the dredging end?\n\n"
    "A: By the spring, if the weather holds.\n\n"
    "The boats will be back before Easter.\n\n"
    "QWhat about the cost?\n\n"
    "A: It is within the budget the council set."
)


def test_transcript_answers_are_the_interviewees_with_their_own_kind() -> None:
    quotes = extract_quotes(doc(INTERVIEW, "t"))
    answers = [q for q in quotes if q.kind == "transcript"]
    assert [q.text for q in answers] == [
        "By the spring, if the weather holds.",
        "The boats will be back before Easter.",  # the answer runs on to the next question
        "It is within the budget the council set.",
    ]
    assert {q.speaker for q in answers} == {"Ines Varga"}
    assert not any(q.kind in ("direct", "partial") and q.speaker == "Ines Varga" for q in quotes)
    answer = ask_about(INTERVIEW, "What did Varga say?")
    assert answer.attribution is not None and len(answer.attribution.quotes) == 3


def test_an_article_with_a_single_answer_line_is_no_transcript() -> None:
    text = "Port news\n\nQ: Is it open?\n\nA: Yes.\n\nThe port opened on Monday, said Ines Varga."
    assert not [q for q in extract_quotes(doc(text, "t")) if q.kind == "transcript"]
