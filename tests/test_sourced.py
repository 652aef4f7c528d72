"""Questions framed by their source ("according to X, …"), paraphrased who-said claims and
"which three X" questions: the pure parts, with sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot import render, render_inline
from index.attribution.answers.answer import answer_attribution
from index.attribution.answers.claim_quote import quote_for_claim
from index.attribution.answers.relevance import own_words
from index.attribution.query import parse_attribution_question
from index.attribution.speakers.speaker_groups import quotes_by
from index.cli.render import answer_text
from index.retrieval.checks.counted import counted
from index.retrieval.compose import compose_answer
from index.text import words
from index.types import Paragraph, Passage, Quote, SpeakerKind
from tests.test_answer import evidence, para


def quote(
    text: str,
    speaker: str,
    n: int,
    kind: SpeakerKind = "person",
    context: str = "",
    detail: str | None = None,
) -> Quote:
    return Quote(
        text, speaker, detail, "said", "port", "Port news", n, 0, len(text), speaker_kind=kind,
        context=context or f"“{text}” {speaker} said.",
    )  # fmt: skip


HALE_CRANES = quote("The two new cranes will double what the quay can unload.", "Mira Hale", 2)
HALE_STRIKE = quote("Nobody on the docks wants this strike to last another week.", "Mira Hale", 5)
UNION = quote("We will not load a single ship until the pay offer improves.", "Tomas Varga", 3)
ANALYST = quote(
    "The ferries will go first, then the freight lines.", "an economist based in Tarsby", 6, "anonymous",
    detail="speaking on condition of anonymity",
)  # fmt: skip
QUOTES = [HALE_CRANES, UNION, HALE_STRIKE, ANALYST]
PARAGRAPHS: dict[tuple[str, int], Paragraph] = {
    ("port", q.paragraph): para("port", q.paragraph, q.context) for q in QUOTES
}


def by_words(text: str, quotes: Sequence[Quote]) -> list[float]:
    """A content-dependent stand-in for the encoder: the share of the text's words a quote holds."""
    asked = set(words(text))
    return [len(asked & set(words(own_words(q)))) / max(len(asked), 1) for q in quotes]


@pytest.mark.parametrize(
    ("question", "speaker", "topic"),
    [
        ("According to Hale, how fast will the quay unload?", "Hale", "how fast will the quay unload"),
        ("According to Varga when will the ships be loaded?", "Varga", "when will the ships be loaded"),
        (
            "How fast will the quay unload, according to the harbour master?",
            "the harbour master",
            "How fast will the quay unload",
        ),
        ("In Hale's words, how long should the strike last?", "Hale", "how long should the strike last"),
        ("In the view of the economist, what goes first?", "the economist", "what goes first"),
    ],
)  # fmt: skip
def test_a_question_framed_by_its_source_asks_for_that_source_s_quotes(
    question: str, speaker: str, topic: str
) -> None:
    q = parse_attribution_question(question)
    assert q is not None
    assert (q.kind, q.speaker, q.topic, q.framed) == ("what_said", speaker, topic, True)


@pytest.mark.parametrize(
    "question",
    ["According to the report, how many cranes were bought?", "According to whom was the quay closed?"],
)
def test_a_frame_that_is_no_speaker_is_not_a_framed_question(question: str) -> None:
    q = parse_attribution_question(question)
    assert q is None or not q.framed


def test_a_description_denotes_the_speaker_in_any_word_order() -> None:
    assert quotes_by("the Tarsby-based economist", QUOTES) == [ANALYST]
    assert quotes_by("the economist in Tarsby", QUOTES) == [ANALYST]
    assert quotes_by("the Tarsby-based banker", QUOTES) == []


def test_framed_question_answers_with_the_source_s_quote_on_it() -> None:
    question = "According to Hale, how long should the strike last?"
    query = parse_attribution_question(question)
    assert query is not None
    answer = answer_attribution(question, query, QUOTES, PARAGRAPHS, relevance=by_words)
    assert not answer.abstained and answer.attribution is not None
    assert answer.attribution.quotes[0] is HALE_STRIKE  # not her first quote, nor Varga's
    assert all(q.speaker == "Mira Hale" for q in answer.attribution.quotes)


def test_framed_question_naming_someone_never_quoted_is_not_found_here() -> None:
    question = "According to Olsen, how long should the strike last?"
    query = parse_attribution_question(question)
    assert query is not None and query.framed
    answer = answer_attribution(question, query, QUOTES, PARAGRAPHS, relevance=by_words)
    assert answer.abstained  # the engine then gives the ordinary answer


def test_a_paraphrased_claim_is_matched_to_the_quote_of_a_close_passage_that_says_it() -> None:
    claim = "no vessel gets loaded before a better pay deal"
    passages = [
        Passage(PARAGRAPHS[("port", 2)], score=2.0),  # the best passage, but Hale's quote is on cranes
        Passage(PARAGRAPHS[("port", 3)], score=1.8),
        Passage(PARAGRAPHS[("port", 6)], score=0.5),  # too far below the best to count
    ]

    def fits(text: str, quotes: Sequence[Quote]) -> list[float]:
        return [0.9 if q is UNION else 0.95 if q is ANALYST else 0.3 for q in quotes]

    assert quote_for_claim(claim, passages, QUOTES, fits) is UNION

    def nothing_fits(text: str, quotes: Sequence[Quote]) -> list[float]:
        return [0.2 for _ in quotes]

    assert quote_for_claim(claim, passages, QUOTES, nothing_fits) is None
    assert quote_for_claim(claim, passages[:1], QUOTES, fits) is None  # Hale's fits less than the floor


# --- "which three X" ---------------------------------------------------------------------

COUNTED_ONLY = para("port", 8, "The storm closed three harbours along the coast, the coastguard said.")
NAMED = para("wire", 4, "The storm closed the harbours of Tarsby, Orlo and Vennick on Monday.")
LISTED = para("port", 9, "The storm closed three harbours: Tarsby, Orlo and Vennick.")


@pytest.mark.parametrize(
    ("question", "count", "noun"),
    [
        ("Which three harbours did the storm close?", 3, "harbours"),
        ("What two new cranes arrived?", 2, "cranes"),
        ("Which 4 people were rescued?", 4, "people"),
        ("Which harbour closed?", None, None),
        ("How many harbours closed?", None, None),
    ],
)
def test_which_n_questions(question: str, count: int | None, noun: str | None) -> None:
    found = counted(question)
    assert (found.count, found.noun) if found else (None, None) == (count, noun)


def test_a_sentence_names_the_things_or_only_counts_them() -> None:
    asked = counted("Which three harbours did the storm close?")
    assert asked is not None
    assert asked.restated(COUNTED_ONLY.text) and not asked.named(COUNTED_ONLY.text)
    assert asked.named(NAMED.text) and asked.named(LISTED.text)
    assert not asked.named("Tarsby and Orlo stayed open.")  # two names are not three


def test_only_the_count_is_an_abstention_that_says_they_are_not_named() -> None:
    ev = evidence("Which three harbours did the storm close?", (COUNTED_ONLY, 2.0, 0.7, 0.8))
    answer = compose_answer(ev, threshold=0.5)
    assert answer.abstained and answer.reason == "no_value" and answer.missing == ("names",)
    assert answer.closest is not None and answer.closest.paragraph == 8
    assert answer.unstated_reply == "The articles don't name them"
    assert "🤷 <b>The articles don't name them.</b>" in render.abstention_html(answer)
    assert answer_text(answer).startswith("The articles don't name them.")
    assert render_inline.inline_results(answer)[0].title == "The articles don't name them"


def test_a_close_passage_that_names_them_answers() -> None:
    question = "Which three harbours did the storm close?"
    ev = evidence(question, (COUNTED_ONLY, 2.0, 0.7, 0.8), (NAMED, 1.8, 0.7, 0.8))
    answer = compose_answer(ev, threshold=0.5)
    assert not answer.abstained and answer.citations[0].doc_id == "wire"
    assert not compose_answer(evidence(question, (LISTED, 2.0, 0.7, 0.8)), 3, 0.5).abstained


def test_a_value_abstention_still_reads_as_before() -> None:
    ev = evidence("How many workers joined the strike?", (COUNTED_ONLY, 2.0, 0.7, 0.8))
    answer = compose_answer(ev, threshold=0.5)
    assert answer.unstated_reply == "The articles don't give the number asked for"


# --- "who commented on X?": everyone quoted on a topic -----------------------------------------


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Who commented on the strike?", "the strike"),
        ("Who has spoken about the new cranes?", "the new cranes"),
        ("Who said what about the pay offer?", "the pay offer"),
        ("Which experts talked about the ferries?", "the ferries"),
        ("And who else is quoted on the strike?", "the strike"),
        ("Who has been quoted about the strike?", "the strike"),
    ],
)
def test_who_spoke_on_a_topic_asks_for_everyone_quoted_on_it(question: str, topic: str) -> None:
    query = parse_attribution_question(question)
    assert query is not None and (query.kind, query.topic) == ("who_on", topic)


@pytest.mark.parametrize("question", ["Who said the strike will end?", "Who spoke first at the hearing?"])
def test_a_claim_or_an_event_is_not_a_topic_list(question: str) -> None:
    query = parse_attribution_question(question)
    assert query is None or query.kind != "who_on"


def _fixed(scores: dict[str, float]) -> Callable[[str, Sequence[Quote]], list[float]]:
    return lambda _text, quotes: [scores.get(q.text, 0.0) for q in quotes]


def test_who_spoke_on_a_topic_lists_each_speaker_s_quotes_on_it_best_first() -> None:
    question = "Who commented on the strike?"
    query = parse_attribution_question(question)
    assert query is not None
    scores = {HALE_STRIKE.text: 0.9, UNION.text: 0.7, HALE_CRANES.text: 0.55, ANALYST.text: 0.3}
    answer = answer_attribution(question, query, QUOTES, PARAGRAPHS, relevance=_fixed(scores))
    assert answer.attribution is not None and answer.attribution.kind == "who_on"
    # the cranes quote is Hale's but scores too far below her best; the economist's is off topic
    assert answer.attribution.quotes == (HALE_STRIKE, UNION)
    assert [c.paragraph for c in answer.citations] == [5, 3]
    text = answer_text(answer)
    assert text.startswith("Quoted on the strike (2 speakers, 2 quotes):")
    assert "— Mira Hale" in text and "— Tomas Varga" in text
    html = render.answer_html(answer)
    assert "Quoted on the strike" in html and "Mira Hale" in html and "Tomas Varga" in html


def test_who_spoke_on_a_topic_no_quote_fits_is_not_found_here() -> None:
    question = "Who commented on the harbour tolls?"
    query = parse_attribution_question(question)
    assert query is not None
    answer = answer_attribution(question, query, QUOTES, PARAGRAPHS, relevance=_fixed({UNION.text: 0.35}))
    assert answer.abstained and answer.attribution is not None and answer.attribution.verdict == "not_found"


def test_unnamed_sources_are_not_headed_as_offices() -> None:
    question = "Who commented on the ferries?"
    query = parse_attribution_question(question)
    assert query is not None
    scores = {ANALYST.text: 0.9, HALE_CRANES.text: 0.8}
    answer = answer_attribution(question, query, QUOTES, PARAGRAPHS, relevance=_fixed(scores))
    html = render.answer_html(answer)
    assert "Unnamed sources" in html and "Organisations" not in html
    assert html.index("Mira Hale") < html.index("Unnamed sources") < html.index("an economist")


LABEL = quote(
    "Nothing justifies calling the Tarsby ferry crews 'saboteurs' or blaming them for the delays.",
    "Tomas Varga", 7,
)  # fmt: skip
LABEL_PARAGRAPHS = {("port", 7): para("port", 7, LABEL.context)}


@pytest.mark.parametrize(
    ("question", "kind", "lead"),
    [
        ("Did Varga call the ferry crews saboteurs?", "did_say", "Not as their own words. Tomas Varga puts"),
        ("Who called the Tarsby crews saboteurs?", "who_said", "Tomas Varga used those words, but put “sab"),
    ],
)  # fmt: skip
def test_a_label_the_speaker_puts_in_quotation_marks_is_not_their_claim(
    question: str, kind: str, lead: str
) -> None:
    query = parse_attribution_question(question)
    assert query is not None and query.kind == kind
    answer = answer_attribution(question, query, [LABEL, UNION], LABEL_PARAGRAPHS)
    assert answer.attribution is not None
    assert (answer.attribution.verdict, answer.attribution.within) == ("quoting", "saboteurs")
    assert answer_text(answer).startswith(lead)
    assert "<b>Not as their own words.</b>" in render.answer_html(answer) or kind == "who_said"


def test_words_the_speaker_says_outside_inner_marks_are_their_own() -> None:
    question = "Did Varga say the ferry crews are to blame for the delays?"
    query = parse_attribution_question(question)
    assert query is not None
    answer = answer_attribution(question, query, [LABEL, UNION], LABEL_PARAGRAPHS)
    assert answer.attribution is not None and answer.attribution.verdict != "quoting"


def test_a_claim_that_denies_is_matched_to_a_quote_that_denies_over_a_closer_fit() -> None:
    # the encoder fits the crane quote a little better (same subject), but it affirms; the
    # claim denies, as Varga's "will not load" does
    claim = "the dockers will not load ships"
    passages = [Passage(PARAGRAPHS[("port", 2)], score=2.0), Passage(PARAGRAPHS[("port", 3)], score=2.0)]

    def fits(text: str, quotes: Sequence[Quote]) -> list[float]:
        return [0.8 if q is HALE_CRANES else 0.7 if q is UNION else 0.1 for q in quotes]

    assert quote_for_claim(claim, passages, QUOTES, fits) is UNION
    # (an affirming claim takes the closer fit; "unload" keeps a word of it, which a paraphrase
    # must since journalist round 17)
    assert quote_for_claim("the dockers will unload ships", passages, QUOTES, fits) is HALE_CRANES
