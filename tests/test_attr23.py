"""Fresh-corpus round 23 (attribution): faults found checking attributions on real news, each
reproduced here on an invented article (README, "Fresh-corpus round 23 (attr23)")."""

from __future__ import annotations

from news_fixtures import ask_about, doc

from index.attribution.checks.claim_words import negations
from index.attribution.checks.meaning import opposite
from index.attribution.extraction.extract import extract_quotes
from index.attribution.speakers.article_names import participle_led
from index.types import Quote

FERRY = "\n\n".join(
    [
        "Ferry plan divides the harbor town",
        "“We are nowhere near a deal on the night ferry,” said Ada Quist, the council leader.",
        "“I felt tired at times, but not unsafe,” Mira Hollis said of her years on the night ferry.",
        "“It was hard to get a berth as a small operator,” said Tom Baird, the pier manager.",
        "“The new pier is a terrible idea,” Baird said.",
        "“Our ideas of a fair fare are different,” agrees Lena Voss, 30, of Milford, Del.",
        "“It will sink the harbor budget for a decade,” wrote Piet Hals in The Harbor Ledger.",
        "Praising Baird “for turning it around,” apparently.",
        "“So far so good,” Baird replied.",
    ]
)


def _quotes() -> list[Quote]:
    return extract_quotes(doc(FERRY, "t"))


def _verdict(question: str) -> str | None:
    answer = ask_about(FERRY, question)
    return answer.attribution.verdict if answer.attribution is not None else None


def test_far_from_denies_as_nowhere_near_does() -> None:
    assert negations("the talks are far from over".split()) == 1
    assert negations("the pier is not far from town".split()) == 2
    assert not opposite("the council is still far from a deal", "We are nowhere near a deal")
    assert opposite("the council is near a deal", "We are nowhere near a deal")
    assert _verdict("did Quist say the council is far from a deal on the night ferry?") == "yes"


def test_a_clause_that_only_negates_borrows_the_verb_before_it() -> None:
    # "… but not unsafe" says she did not feel unsafe; what she did feel is still hers
    assert _verdict("did Hollis say she felt unsafe?") == "contradicts"
    assert _verdict("did Hollis say she felt tired?") == "yes"


def test_easy_wonderful_and_the_same_have_opposites() -> None:
    assert _verdict("did Baird say it was easy to get a berth as a small operator?") == "contradicts"
    assert _verdict("did Baird say the new pier is a wonderful idea?") == "contradicts"
    assert _verdict("did Baird say the new pier is a terrible idea?") == "yes"
    assert _verdict("did Voss say our ideas of a fair fare are the same?") == "contradicts"


def test_agrees_is_a_cue_before_a_speaker_with_age_and_town() -> None:
    voss = [q for q in _quotes() if q.text.startswith("Our ideas")]
    assert voss and voss[0].speaker == "Lena Voss" and voss[0].cue == "agrees"
    assert voss[0].speaker_detail is not None and "Milford" in voss[0].speaker_detail
    # "agrees to" is an undertaking, not speech
    pledge = "Toll\n\nThe council agrees to “review the toll” next year, the clerk wrote."
    assert all(q.cue != "agrees" for q in extract_quotes(doc(pledge, "t")))


def test_the_publication_after_a_writer_is_no_part_of_the_name() -> None:
    hals = [q for q in _quotes() if q.cue == "wrote"]
    assert hals and hals[0].speaker == "Piet Hals"
    assert _verdict("did Piet Hals say it will sink the harbor budget for a decade?") == "yes"


def test_a_participle_heading_names_no_speaker() -> None:
    roe = frozenset({"roe"})
    assert participle_led("Celebrating Ana Roe", roe)
    assert not participle_led("Wyoming Sen. Roe", roe) and not participle_led("Channing D. Roe", roe)
    assert not participle_led("Sterling Roe", roe) and not participle_led("Wyoming Democrats", roe)
    quotes = _quotes()
    assert all(q.speaker is None or not q.speaker.startswith("Praising") for q in quotes)
    replied = [q for q in quotes if q.cue == "replied"]
    assert replied and replied[0].speaker == "Tom Baird"
