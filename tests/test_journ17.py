"""Journalist round 17: words an article quotes without saying whose are no one's; a
paraphrase keeps a word of the quote it is matched to; a phrase ending in "the" or "of" is no
speaker; a did-say paraphrase the speaker's quote says the reverse of is contradicted. Every
text here is invented (README, "Journalist round 17")."""

from __future__ import annotations

from collections.abc import Sequence

from news_fixtures import doc
from test_answer import para

from bot import render
from index.attribution.answers.answer import answer_attribution
from index.attribution.answers.claim_quote import quote_for_claim
from index.attribution.answers.paraphrased import did_say_in_other_words
from index.attribution.checks.claim_words import shares_a_word
from index.attribution.checks.claims import check_claim, did_say
from index.attribution.checks.meaning import opposite
from index.attribution.checks.opposites import opposites
from index.attribution.claim import parse_claim
from index.attribution.extraction.extract import extract_quotes
from index.attribution.query import parse_attribution_question
from index.cli.render import answer_text
from index.retrieval.lexical import TermWeights, document_frequencies
from index.types import Answer, Passage, Quote

# --- a scare quote (no speaker) is not "an unnamed source" ---------------------------------

FERRY = (
    "Ferry fares to rise\n\n"
    "“We cannot run the boats at a loss any longer,” said Marta Keel, the ferry company's chief.\n\n"
    "The company's plan, a mix of higher fares and fewer crossings, is sold as a “fresh start” "
    "for the island routes."
)
# the writer's own marks, as extraction keeps them when it finds no speaker for them
NOBODYS = Quote(
    "fresh start",
    None,
    None,
    None,
    "ferry",
    "Ferry fares to rise",
    2,
    0,
    11,
    kind="partial",
    speaker_kind="unknown",
    context=FERRY.split("\n\n")[2],
)


def _quotes() -> list[Quote]:
    return [*(q for q in extract_quotes(doc(FERRY, "ferry")) if q.speaker == "Marta Keel"), NOBODYS]


def _weigh() -> TermWeights:
    paragraphs = [p for p in FERRY.split("\n\n") if p]
    return TermWeights(document_frequencies(paragraphs), len(paragraphs))


def test_did_say_matching_words_no_one_said_is_not_found_not_someone_elses() -> None:
    quotes = _quotes()
    assert any(q.speaker == "Marta Keel" for q in quotes)
    result = did_say("Keel", "the plan is a fresh start", quotes, _weigh().weigh)
    assert result.verdict == "not_found" and result.said_by is None
    assert result.check.prose is NOBODYS  # the sentence that holds them, to show in its place
    # the speaker's own words still answer yes
    assert did_say("Keel", "we cannot run the boats at a loss", quotes, _weigh().weigh).verdict == "yes"


def test_the_answer_shows_the_writers_sentence_and_names_no_unnamed_source() -> None:
    quotes = _quotes()
    for question in ("Did Keel call the plan a “fresh start”?", "Who called the plan a “fresh start”?"):
        query = parse_attribution_question(question)
        assert query is not None
        answer = answer_attribution(question, query, quotes, {}, weigh=_weigh().weigh)
        assert answer.abstained and answer.attribution is not None
        assert answer.attribution.verdict == "not_found", question
        assert answer.closest is not None and "sold as a “fresh start”" in answer.closest.quote
        text = answer_text(answer)
        assert "unnamed source" not in text and "Closest match" in text


def test_a_claim_naming_a_speaker_is_not_misattributed_to_no_one() -> None:
    check = check_claim("“fresh start”, Keel said", _quotes(), _weigh().weigh)
    # not "misattributed: these are the words of an unnamed source": the writer's words
    assert check.speaker_right is not False
    assert check.verdict == "not_found" and check.prose is NOBODYS


# --- "who said <paraphrase>?" needs a word of the quotation, not only its story ------------

HARBOUR_TALKS = (
    "Harbour talks\n\n"
    "Mayor Ilse Varga has hinted at legal action against the shipping firm over its unpaid fees.\n\n"
    "“We will scrap the night tolls before the summer,” said Ole Brandt, the harbour master."
)


def _everything_fits(text: str, quotes: Sequence[Quote]) -> list[float]:
    return [0.9 for _ in quotes]  # the worst case: the encoder finds every quote close


def _passages(quotes: Sequence[Quote]) -> tuple[Passage, ...]:
    return tuple(Passage(para(q.doc_id, q.paragraph, q.context or q.text), score=1.0) for q in quotes)


def test_a_paraphrase_shares_a_word_or_its_kin_with_the_quote() -> None:
    quotes = [q for q in extract_quotes(doc(HARBOUR_TALKS, "harbour")) if q.speaker]
    varga = [q for q in quotes if q.speaker == "Ilse Varga"]
    brandt = [q for q in quotes if q.speaker == "Ole Brandt"]
    assert varga and brandt
    # the same story, no word of it: the dock workers' pay is not the legal action hinted at
    assert quote_for_claim("dock workers deserve a rise", _passages(varga), varga, _everything_fits) is None
    # a word of it ("fees"), or one news uses for the same thing ("attack" for "strike")
    assert (
        quote_for_claim("the firm must pay its fees", _passages(varga), varga, _everything_fits) is not None
    )
    assert quote_for_claim("the tolls will go", _passages(brandt), brandt, _everything_fits) is not None
    assert shares_a_word("Roe will attack the port", "the port could strike first, officials warned")
    assert not shares_a_word("the port should be sold", "Lee hinted at action against the firm")
    assert shares_a_word("Varga", "anything at all")  # nothing beyond a name: not judged


# --- "/quote Guarding the rights of the state of …" names no speaker ------------------------


def test_a_phrase_ending_in_an_article_or_preposition_is_no_speaker() -> None:
    for claim in (
        "Guarding the rights of the state of Ohio to tax its ports",
        "Keeping the promise of the claim of ownership over the dunes",
    ):
        assert parse_claim(claim) == (None, claim), claim
    # a speaker named before a verb of saying still is one
    assert parse_claim("The harbour master of Kiel stated that the tolls will go") == (
        "The harbour master of Kiel",
        "the tolls will go",
    )
    assert parse_claim("Ole Brandt warned of higher tolls")[0] == "Ole Brandt"


# --- "did X say <paraphrase>?" that X's quote says the reverse of -------------------------

FEES = (
    "Port fees\n\n"
    "“The new fees will do lasting harm to the port,” said Ole Brandt, the harbour master.\n\n"
    "“We expect the ferry timetable to change in spring,” said Mayor Ilse Varga."
)


def _did(question: str) -> Answer | None:
    quotes = extract_quotes(doc(FEES, "fees"))
    assert {q.speaker for q in quotes} >= {"Ole Brandt", "Ilse Varga"}
    query = parse_attribution_question(question)
    assert query is not None and query.kind == "did_say"
    return did_say_in_other_words(question, query, _passages(quotes), quotes, _everything_fits, {})


def test_a_paraphrase_the_speakers_quote_reverses_is_contradicted() -> None:
    answer = _did("Did Brandt say the fees would help the port?")
    assert answer is not None and answer.attribution is not None
    assert answer.attribution.verdict == "contradicts" and answer.attribution.said_by == "Ole Brandt"
    assert "harm" in (answer.attribution.diff or "")
    assert "harm" in opposites("help") and "help" in opposites("harm")


def test_a_fit_in_meaning_alone_is_no_yes_and_no_one_elses_quote_answers() -> None:
    # fits (the worst-case encoder) and shares "fees", but reverses no word: left to the
    # ordinary cited answer, which shows the quote
    assert _did("Did Brandt say the fees would pay for a new quay?") is None
    # Varga is quoted, on something else: Brandt's words do not answer for her
    assert _did("Did Varga say the fees would help the port?") is None


# --- "what did X tell Reuters?" ------------------------------------------------------------

DAM = (
    "Dam repairs\n\n"
    "“The pumps are older than the dam itself,” said Karin Holm, the site engineer.\n\n"
    "“We will drain the basin in May,” Holm told Reuters.\n\n"
    "“No village is at risk,” she told the BBC."
)


def _told(question: str) -> Answer:
    query = parse_attribution_question(question)
    assert query is not None and query.kind == "what_said"
    return answer_attribution(question, query, extract_quotes(doc(DAM, "dam")), {})


def test_what_x_told_an_outlet_is_the_quotes_given_to_it() -> None:
    assert parse_attribution_question("What did Holm tell Reuters?").told == "Reuters"  # type: ignore[union-attr]
    about = parse_attribution_question("What did Holm tell the BBC about the village?")
    assert about is not None and (about.told, about.topic) == ("the BBC", "the village")
    answer = _told("What did Holm tell Reuters?")
    assert answer.attribution is not None
    said = " ".join(s.text for s in answer.sentences)
    assert "drain the basin" in said and "pumps" not in said and "No village" not in said
    assert answer.attribution.note == "Holm is quoted once more without the article saying it was to Reuters"
    assert answer.attribution.told == "Reuters"
    assert answer_text(answer).startswith("What Holm told Reuters (1 quote):")
    assert "<b>What Holm told Reuters</b>" in render.answer_html(answer)
    bbc = " ".join(s.text for s in _told("What did Holm tell the BBC?").sentences)
    assert "No village" in bbc and "drain" not in bbc
    # told to no one the article names: every quote not given to someone else
    ap_answer = _told("What did Holm tell the AP?")
    ap = " ".join(s.text for s in ap_answer.sentences)
    assert "pumps" in ap and "drain" not in ap and "No village" not in ap
    assert (
        ap_answer.attribution is not None and ap_answer.attribution.told is None
    )  # not said to be to the AP


def test_an_outlet_typed_in_lower_case_is_still_the_one_told() -> None:
    assert parse_attribution_question("what did holm tell reuters").told == "reuters"  # type: ignore[union-attr]
    answer = _told("what did holm tell reuters")
    said = " ".join(s.text for s in answer.sentences)
    assert "drain the basin" in said and "pumps" not in said
    assert answer.attribution is not None and answer.attribution.told == "Reuters"  # as the article writes it
    assert (answer.attribution.note or "").endswith("once more without the article saying it was to Reuters")
    # a longer lower-case rest is a topic, not whom it was told to
    assert parse_attribution_question("what did holm tell reporters about the dam repairs").told is None  # type: ignore[union-attr]


def test_what_x_told_reporters_is_every_quote() -> None:
    said = " ".join(s.text for s in _told("What did Holm tell reporters?").sentences)
    assert "pumps" in said and "drain the basin" in said and "No village" in said


def test_only_is_no_content_word_of_a_reversed_claim() -> None:
    # "only" focuses the claim, like "just": it must not make the claim too unlike the quote
    said = (
        "For the mayor, the maximal aim is clear: a new bridge (over the river) "
        "or at the very least the complete repair of pier and road links"
    )
    assert opposite("the mayor wants a partial repair", said)
    assert opposite("the mayor wants only a partial repair", said)


def test_a_long_list_of_quotes_says_how_many_there_are_in_all() -> None:
    # tg19 found "What Mara Olsen said (12 quotes):" over 12 of her 60 quotes
    from index.attribution.answers.answer import MAX_LISTED

    quotes = [
        Quote(f"We will build bridge number {i}", "Mara Olsen", None, "said", "d", "D", i, 0, 9)
        for i in range(1, MAX_LISTED + 4)
    ]
    query = parse_attribution_question("What did Olsen say?")
    assert query is not None
    answer = answer_attribution("What did Olsen say?", query, quotes, {})
    assert answer.attribution is not None and len(answer.attribution.quotes) == MAX_LISTED
    head = f"What Olsen said (the first {MAX_LISTED} of {MAX_LISTED + 3} quotes):"
    assert answer_text(answer).startswith(head)
    assert f"(the first {MAX_LISTED} of {MAX_LISTED + 3} quotes):" in render.answer_html(answer)
    few = answer_attribution("What did Olsen say?", query, quotes[:2], {})
    assert answer_text(few).startswith("What Olsen said (2 quotes):")
