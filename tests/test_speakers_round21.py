"""Named speakers on sentences written for round 21 (docs/history.md, "PolNeAR named round 21"):
a short title or slogan quoted inside the speaker's own phrase (``Lund, the author of “Quiet
Waters,” about the drought, said``) no longer ends that phrase, and an apposition's relative
clause or prepositional phrase (``who campaigned Monday in New Hampshire``) gives no name; a
clause going on past a quotation (``… a “lightning rod” and farmers get nervous, said X``) is
no subject: the cue is inverted; a verb in the present before a name ends a sentence's opening
noun phrase (``The new ad hits Mira Lund …``)."""

from __future__ import annotations

from index.attribution.extraction.extract import extract_quotes
from index.attribution.extraction.marks import find_quote_spans, mask_quotes
from index.attribution.speakers.cues import find_cues
from index.attribution.speakers.sentence_subject import leading_np
from index.attribution.speakers.speakers import classify_speaker
from index.sources import DocMeta, parse_document


def _speakers(body: str) -> list[tuple[str, str | None]]:
    doc = parse_document(f"Title\n\n{body}", DocMeta("d"))
    return [(q.text, q.speaker) for q in extract_quotes(doc) if q.kind in ("direct", "partial")]


def _cue_speakers(sentence: str) -> list[tuple[str, str | None]]:
    spans = find_quote_spans(sentence, True)
    masked = mask_quotes(sentence, spans)
    cues = find_cues(sentence, masked, 0, len(sentence), frozenset(), tuple(s.outer_end for s in spans))
    return [(c.text, c.speaker.name if c.speaker else None) for c in cues]


def test_a_title_inside_the_subjects_apposition() -> None:
    sentence = 'Mira Lund, the author of "Quiet Waters," about the long drought, said the days are gone.'
    assert _cue_speakers(sentence) == [("said", "Mira Lund")]


def test_a_slogan_on_the_speakers_clothes_after_a_quotation() -> None:
    body = (
        "“We have had better fairs than this one,” county delegate Ann Lowe, wearing a straw hat "
        "and “Vote Ray” buttons, said calmly as the balloons fell."
    )
    assert ("We have had better fairs than this one", "Ann Lowe") in _speakers(body)


def test_a_quotation_of_its_own_still_ends_the_phrase() -> None:
    # the second cue's subject is "Piet Varga", not "Mira Lund … and Piet Varga"
    sentence = 'Mira Lund called the plan a "disaster" and Piet Varga said "we agree" on Monday.'
    assert _cue_speakers(sentence) == [("called", "Mira Lund"), ("said", "Piet Varga")]


def test_a_place_in_a_relative_clause_is_no_appositive_name() -> None:
    sp = classify_speaker("the Ohio farmer", "who campaigned Monday in New Hampshire", frozenset())
    assert sp.name == "the Ohio farmer"
    sp = classify_speaker("the chairman", "a lawyer from Des Moines", frozenset())
    assert sp.name == "the chairman"


def test_an_appositive_name_still_names_the_speaker() -> None:
    assert classify_speaker("the defence minister", "Karl Ostrand", frozenset()).name == "Karl Ostrand"
    assert classify_speaker("her adviser", "Jake Sullivan, 41", frozenset()).name == "Jake Sullivan"


def test_an_inverted_cue_with_a_described_speaker_and_a_place() -> None:
    body = '"We cannot win like this," said the Ohio farmer, who campaigned Monday in New Hampshire.'
    assert _speakers(body) == [("We cannot win like this", "the Ohio farmer")]


def test_a_clause_going_on_past_a_quotation_then_an_inverted_cue() -> None:
    sentence = (
        'Pair a long drought with a "lightning rod" and farmers get nervous, said Ola Berg, '
        "director of the growers' union."
    )
    assert _cue_speakers(sentence) == [("said", "Ola Berg")]


def test_a_coordinated_subject_with_its_own_apposition_keeps_its_verb() -> None:
    sentence = 'Mira Lund called it a "disaster" and Piet Varga, the mayor, said he agreed.'
    assert _cue_speakers(sentence)[:2] == [("called", "Mira Lund"), ("said", "Piet Varga")]


def test_a_phrase_holding_the_title_is_not_read_past_it() -> None:
    # the quotation is the phrase's own word: the name after the verb speaks
    sentence = 'Any "clear-eyed" reading of the deal, said Ola Berg, an expert, would see a retreat.'
    assert _cue_speakers(sentence)[0] == ("said", "Ola Berg")


def test_a_second_verb_after_the_subject_is_no_apposition() -> None:
    # "referred to … as “…”" is the subject's second verb, not a description of a listener
    sentence = (
        'The mayor has mocked a local reporter, referred to the council as "clowns" '
        "and called the vote a sham."
    )
    assert ("called", "a local reporter") not in _cue_speakers(sentence)


def test_a_name_in_a_relative_clause_or_after_as_still_speaks() -> None:
    body = (
        "It comes in a year in which party leader Mira Lund has said that the plan would fail. "
        "The talks stalled, as Piet Varga, contradicting Lund, said the plan was dead."
    )
    doc = parse_document(f"Title\n\n{body}", DocMeta("d"))
    assert [q.speaker for q in extract_quotes(doc) if q.kind == "indirect"] == ["Mira Lund", "Piet Varga"]


def test_a_verb_in_the_present_before_a_name_ends_the_subject() -> None:
    assert leading_np("The new ad hits Mira Lund for her votes") == ("The new ad", None)
    assert leading_np("The council blames Piet Varga for the delay") == ("The council", None)
    # "as" is no verb, a name run stays whole
    assert leading_np("The uproar comes as Mira Lund is struggling") != ("The uproar", None)
    assert leading_np("The Harbour Business Council said") == ("The Harbour Business Council", None)


def test_a_coordinated_cue_of_an_ad_after_a_present_verb() -> None:
    body = "The new ad hits Mira Lund for taking “huge sums from banks” and claims that “Lund is a fraud.”"
    assert _speakers(body) == [("huge sums from banks", "the new ad"), ("Lund is a fraud.", "the new ad")]
