"""/quotes <first name>: a lone given name finds the person quoted under it in full, and each
person when several share it."""

from __future__ import annotations

from bot import render_speakers
from index.attribution.extraction.extract import extract_quotes
from index.attribution.speakers.speaker_groups import find_group, quotes_by, speaker_listing
from index.folder import DocMeta
from index.sources import parse_document
from index.types import Quote

MILL = """Mill reopens

The paper mill in Varby reopened on Tuesday after a two-year closure.

"We never gave up on this town," said Hanna Strom, the mill's new owner.

Strom told reporters that forty people had been hired.

"I am back at the machine I left," said Petter Ek, a machinist.

"The river is cleaner than before," said Hanna Lunde, a local biologist.
"""


def _quotes() -> list[Quote]:
    return extract_quotes(parse_document(MILL, DocMeta("mill")))


def test_a_first_name_alone_finds_the_one_person_who_has_it() -> None:
    quotes = _quotes()
    petter = quotes_by("Petter", quotes)
    assert [q.text for q in petter] == ["I am back at the machine I left"]
    assert quotes_by("petter", quotes) == petter  # typed in lower case in a chat
    group = find_group("Petter", quotes)
    assert group is not None and group.name == "Petter Ek"
    assert quotes_by("Ek", quotes) == petter


def test_a_first_name_several_people_share_lists_each_of_them() -> None:
    quotes = _quotes()
    hannas = quotes_by("Hanna", quotes)
    assert {q.speaker for q in hannas} >= {"Hanna Strom", "Hanna Lunde"}
    assert find_group("Hanna", quotes) is None  # no guessing which one was meant
    own, _, _ = speaker_listing("Hanna", hannas, quotes)
    assert [g.name for g in own] == ["Hanna Strom", "Hanna Lunde"]
    text = "".join(render_speakers.speaker_quotes_messages("Hanna", own, []))
    assert "Hanna Strom" in text and "Hanna Lunde" in text and "river is cleaner" in text


def test_a_surname_still_wins_over_a_given_name() -> None:
    text = MILL + '\n"It smells of paper again," said Ek Lindqvist, a neighbour.\n'
    quotes = extract_quotes(parse_document(text, DocMeta("mill")))
    assert {q.speaker for q in quotes_by("Ek", quotes)} == {"Petter Ek"}
