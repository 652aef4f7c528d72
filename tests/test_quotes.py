"""Quote extraction on constructed wire-style articles: every quotation, every speaker."""

from __future__ import annotations

import pytest
from news_fixtures import GENEVA, HARBOUR, SUMMIT, doc

from index.attribution.extraction.extract import extract_quotes
from index.attribution.extraction.marks import find_quote_spans
from index.types import Quote

GOLDEN: dict[str, list[tuple[int, str, str | None, str, str]]] = {
    "geneva": [
        (2, "Our missiles are not on the table and never will be", "Teodor Vasilak", "direct", "person"),
        (3, "frank but useful.", "Teodor Vasilak", "partial", "person"),
        (4, "We came here in good faith", "Teodor Vasilak", "direct", "person"),
        (4, "We expect the same from the other side.", "Teodor Vasilak", "direct", "person"),
        (6, "Nobody should be fooled by these smiles", "Elena Marsh", "direct", "person"),
        (6, "Morsland is buying time.", "Elena Marsh", "direct", "person"),
        (7, "Every week of talks is another week of enrichment", "Elena Marsh", "direct", "person"),
        (8, "non-negotiable", "a spokesperson for its foreign ministry", "partial", "office"),
        (9, "The programme is defensive", "Arvid Kell", "direct", "person"),
        (9, "Nobody in Morsland will give it up.", "Arvid Kell", "direct", "person"),
        (10, "a deal was still possible before the summer", "Arvid Kell", "indirect", "person"),
        (
            11,
            "the next round could take place in June",
            "A senior Valdorian official",
            "indirect",
            "anonymous",
        ),
        (12, "We are not in a hurry", "A senior Valdorian official", "direct", "anonymous"),
        (13, "The prime minister has made her position clear", "Marsh’s office", "direct", "office"),
        (14, "it was following the talks closely", "the White House", "indirect", "office"),
        (15, "We welcome any step toward de-escalation", "the White House", "direct", "office"),
        (16, "There is no deadline.", "Teodor Vasilak", "direct", "person"),
        (17, "twelve-day war", None, "partial", "unknown"),
    ],
    "harbour": [
        (
            1,
            "A drone strike hit the harbour of Port Aldane early on Sunday, killing four dock workers",
            "officials",
            "indirect",
            "anonymous",
        ),
        (2, "the attack had been launched from Morsland", "Karl Ostrand", "indirect", "person"),
        (3, "This was a deliberate attack on civilians", "Karl Ostrand", "direct", "person"),
        (3, "It will not go unanswered.", "Karl Ostrand", "direct", "person"),
        (4, "Our response will come at a time of our choosing.", "Karl Ostrand", "direct", "person"),
        (5, "Valdoria has no evidence for these claims", "Ilse Brandt", "direct", "person"),
        (5, "None at all.", "Ilse Brandt", "direct", "person"),
        (6, "no knowledge", "Morsland’s foreign ministry", "partial", "office"),
        (
            7,
            "We call on all sides to show restraint",
            "the United Nations Secretary-General",
            "direct",
            "person",
        ),
        (
            8,
            "the harbour would stay closed for weeks",
            "An analyst based in Port Aldane",
            "indirect",
            "anonymous",
        ),
        (9, "People are afraid to go back to work", "An analyst based in Port Aldane", "direct", "anonymous"),
        (
            10,
            "two cranes were destroyed and a fuel depot was damaged",
            "the port authority",
            "indirect",
            "office",
        ),
        (12, "We will rebuild", "Mira Holt", "direct", "person"),
        (12, "We have done it before.", "Mira Holt", "direct", "person"),
        (
            13,
            "The workers who died were fathers and sons. We owe it to them to reopen the port.",
            "Mira Holt",
            "direct",
            "person",
        ),
        (14, "compensation would be paid to the families within a month", "Mira Holt", "indirect", "person"),
        (15, "a flash and then silence.", "Piet Lanz", "partial", "person"),
        (16, "I thought the whole pier had gone", "Piet Lanz", "direct", "person"),
        (17, "the strike would be raised at the UN Security Council", "the ministry", "indirect", "office"),
    ],
    "summit": [
        (2, "We come with open hands, but not with empty ones.", "Tomas Erring", "direct", "person"),
        (3, "the dispute was decades old", "Sofia Randal", "indirect", "person"),
        (4, "Nobody wants to be the first to blink", "Sofia Randal", "direct", "person"),
        (4, "The river does not care about borders.", "Sofia Randal", "direct", "person"),
        (5, "on schedule, as planned.", "Morsland’s energy ministry spokesperson", "partial", "office"),
        (6, "We have nothing to hide", "the ministry", "direct", "office"),
        (6, "inspectors were welcome", "the ministry", "indirect", "office"),
        (7, "go ahead as planned.", "the Northern Compact", "partial", "office"),
        (8, "the final communique has already been drafted", "diplomats in Kestin", "indirect", "anonymous"),
        (9, "The first draft was weak.", "a negotiator", "direct", "anonymous"),
        (10, "The second draft is worse", "a negotiator", "direct", "anonymous"),
        (11, "speak frankly", "Erring’s office", "partial", "office"),
        (12, "We will not be lectured", "Tomas Erring", "direct", "person"),
        (12, "Not on our own river.", "Tomas Erring", "direct", "person"),
    ],
}
ARTICLES = {"geneva": GENEVA, "harbour": HARBOUR, "summit": SUMMIT}


def _quotes(name: str) -> list[Quote]:
    return extract_quotes(doc(ARTICLES[name], name))


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_every_quotation_and_speaker(name: str) -> None:
    got = [(q.paragraph, q.text, q.speaker, q.kind, q.speaker_kind) for q in _quotes(name)]
    assert got == GOLDEN[name]


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_offsets_point_at_the_quoted_words(name: str) -> None:
    d = doc(ARTICLES[name], name)
    for q in extract_quotes(d):
        assert d.paragraphs[q.paragraph - 1].text[q.start : q.end] == q.text
        assert q.doc_id == name and q.outlet == "AFP"
        assert q.text in q.context


def _one(name: str, text: str) -> Quote:
    return next(q for q in _quotes(name) if q.text == text)


def test_appositive_role_and_cue() -> None:
    q = _one("geneva", "The programme is defensive")
    assert q.speaker_detail == "a security analyst at the Brenner Institute in Oslo"
    assert q.cue == "said"
    q = _one("summit", "the dispute was decades old")
    assert (q.speaker_detail, q.cue) == ("a water policy researcher at the University of Kestin", "told AFP")


def test_title_before_name_is_the_detail() -> None:
    q = _one("geneva", "Our missiles are not on the table and never will be")
    assert (q.speaker, q.speaker_detail, q.cue) == (
        "Teodor Vasilak",
        "Morsland’s foreign minister",
        "told reporters",
    )


def test_name_in_appositive_after_a_title() -> None:
    q = _one("harbour", "the attack had been launched from Morsland")
    assert (q.speaker, q.speaker_detail) == ("Karl Ostrand", "Valdoria’s defence minister")


def test_pronouns_resolve_and_keep_the_words_written() -> None:
    q = _one("geneva", "We came here in good faith")
    assert (q.speaker, q.mention) == ("Teodor Vasilak", "he")
    q = _one("geneva", "We welcome any step toward de-escalation")
    assert (q.speaker, q.speaker_kind, q.mention) == ("the White House", "office", "it")
    q = _one("harbour", "We will rebuild")
    assert (q.speaker, q.mention, q.cue) == ("Mira Holt", "she", "told AFP")


def test_office_is_not_the_person() -> None:
    q = _one("geneva", "The prime minister has made her position clear")
    assert q.speaker_kind == "office" and q.cue == "a statement from Marsh’s office"


def test_anonymous_source_and_its_later_mention() -> None:
    q = _one("geneva", "the next round could take place in June")
    assert q.speaker_detail == "speaking on condition of anonymity"
    assert _one("geneva", "We are not in a hurry").mention == "the official"


def test_other_cues() -> None:
    assert _one("summit", "go ahead as planned.").cue == "stated via social media"
    assert _one("geneva", "non-negotiable").cue == "according to"
    assert _one("geneva", "Nobody should be fooled by these smiles").cue == "said in a statement"


def test_quote_spanning_paragraphs_takes_the_cue_at_its_end() -> None:
    first = _one("summit", "The first draft was weak.")
    assert (first.speaker, first.cue) == ("a negotiator", "said")
    assert first.speaker_detail == "who asked not to be named"


def test_quote_marks() -> None:
    spans = find_quote_spans('He said "yes," then “no.” Iran’s ‘red line’ stays')
    assert [s.text for s in spans] == ["yes", "no."]
    assert [s.text for s in find_quote_spans("Iran’s envoy called it a ‘red line’, twice.")] == ["red line"]
    assert [s.closed for s in find_quote_spans("“Open to the end")] == [False]


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker", "detail", "cue"),
    [
        (
            "Valdorian President Anna Berg wrote on her social media account that Morsland must “stop now”.",
            "stop now",
            "Anna Berg",
            "Valdorian President",
            "wrote on her social media account",
        ),
        (
            "Chief Justice Omar Tessel said on Wednesday that the ruling would stand.",
            "the ruling would stand",
            "Omar Tessel",
            "Chief Justice",
            "said",
        ),
        (
            "“I have never seen the city like this,” said Lena, "
            "a 34-year-old teacher who gave only her first name.",
            "I have never seen the city like this",
            "Lena",
            "a 34-year-old teacher who gave only her first name",
            "said",
        ),
        (
            "In a statement, the Valdorian army said it had hit 40 targets overnight.",
            "it had hit 40 targets overnight",
            "the Valdorian army",
            None,
            "said",
        ),
    ],
)
def test_single_paragraph_forms(
    paragraph: str, text: str, speaker: str, detail: str | None, cue: str
) -> None:
    (q,) = extract_quotes(doc("Title line\n\n" + paragraph, "one"))
    assert (q.text, q.speaker, q.speaker_detail, q.cue) == (text, speaker, detail, cue)
