"""Round 10 (pronouns): pronoun subjects the speaker phrase used to hide (issue 13).

Sentences are written for these tests (fictional people).
"""

from __future__ import annotations

from index.attribution.extraction.extract import extract_quotes
from index.attribution.extraction.training import pronoun_candidates
from index.attribution.speakers.article_names import article_surnames
from index.attribution.speakers.speaker_subject import parse_subject
from index.folder import DocMeta
from index.sources import parse_document


def _speakers(body: str) -> list[tuple[str | None, str | None]]:
    doc = parse_document("Title\n\n" + body, DocMeta("d"))
    return [(q.speaker, q.mention) for q in extract_quotes(doc)]


def test_a_pronoun_after_a_leading_conjunction_is_the_subject() -> None:
    got = _speakers(
        "Mayor Karen Ostby opened the meeting on Monday.\n\n"
        "And she added that the council “has to vote on the bridge soon.”"
    )
    assert got == [("Karen Ostby", "She")]


def test_a_contracted_pronoun_is_the_subject() -> None:
    got = _speakers(
        "Councillor Tomas Reyel spoke after the vote.\n\nHe’s called the new bridge “a costly mistake.”"
    )
    assert got == [("Councillor Tomas Reyel", "He’s")]


def test_a_name_after_a_leading_conjunction_still_leads() -> None:
    got = _speakers("Karen Ostby spoke first.\n\nBut Tomas Reyel called the plan “a costly mistake.”")
    assert got == [("Tomas Reyel", "Tomas Reyel")]


def test_an_adverb_opening_a_sentence_after_a_name_is_no_surname() -> None:
    doc = parse_document(
        "Title\n\nThe board also includes Pastor Ivo Brandt, a local minister.\n\n"
        "Marta Quell chairs the Friends of Lund. Recently she wrote on her page, "
        "“We are leaving the board today!”",
        DocMeta("d"),
    )
    assert "recently" not in article_surnames(doc)
    assert [(q.speaker, q.mention) for q in extract_quotes(doc)] == [("Marta Quell", "she")]


def test_a_surname_opening_a_sentence_after_a_name_stays_one() -> None:
    doc = parse_document(
        "Title\n\nThe debate ended with Ivo Brandt. Quell defied the moderator.", DocMeta("d")
    )
    assert "quell" in article_surnames(doc)


def test_he_never_stands_for_a_text_that_spoke() -> None:
    got = _speakers(
        "Councillor Ivo Brandt opened the fair on Monday.\n\n"
        "As the paper noted, the town has not always praised Brandt. "
        "Although he says he “loves Lund,” he also accuses it of neglect."
    )
    assert got[-1] == ("Councillor Ivo Brandt", "he")


def test_a_pronoun_right_before_the_cue_verb_is_its_subject() -> None:
    got = _speakers(
        "Mayor Ivo Brandt spoke on Monday.\n\n"
        "And online he has criticized the board for “wasting our money.”\n\n"
        "The board liked one remark, in which he stated that Lund is “a fine town.”"
    )
    assert got == [("Ivo Brandt", "he"), ("Ivo Brandt", "he")]


def test_whom_a_pronoun_called_is_not_the_pronoun() -> None:
    assert parse_subject("Ana Roe, who he") is None


def test_a_surname_alone_opening_a_sentence_before_a_past_verb_is_a_candidate() -> None:
    doc = parse_document(
        "Title\n\nThe panel met on Monday with Mayor Ivo Brandt.\n\n"
        "Quell then asked the mayor about the bridge. “Who will pay for it?” she said.",
        DocMeta("d"),
    )
    (_, pron, cands), *_ = pronoun_candidates(doc)
    assert pron == "she" and "Quell" in [c for c, _ in cands]
