"""Forms of real news copy: typewriter quote marks, live-blog stamps, rules, export labels."""

from __future__ import annotations

from index.attribution.extraction.extract import extract_quotes
from index.folder import DocMeta
from index.sources import parse_document
from index.sources.line_forms import caps_label, rule_line, time_line, typewriter_quotes

ARCHIVE = """Harbour towns count the cost of the storm

ABSTRACT.

Fishing towns along the coast began clearing wreckage on Tuesday.

FULL TEXT.

Boats were thrown onto the quay at Merrow and the lifeboat station lost its roof.

''We have never seen water this high,'' said Edna Pell, the harbour master.

''It came over the wall in minutes.''

The council said repairs would take months.
"""

LIVE = """The Latest: Flood warnings along the Tarn

TARNBY (Wire) — The Latest on the flooding (all times local):

___

9:40 p.m.

The river has burst its banks at Tarnby bridge.

___.

9:05 p.m.

Mayor Ilse Rand says 300 homes have been evacuated.

* * *

6:00p.m.

Forecasters expect the rain to ease overnight.
"""


def test_typewriter_double_marks_read_as_quotation_marks() -> None:
    assert typewriter_quotes("''Go home,'' he said.") == '"Go home," he said.'
    assert typewriter_quotes("``Go home,'' he said.") == '"Go home," he said.'
    # a single mark inside a double one, typed as three apostrophes on either side
    assert typewriter_quotes("She said '''no''' twice.") == "She said \"'no'\" twice."
    # apostrophes that are apostrophes stay
    assert typewriter_quotes("the Smiths' dog and rock 'n' roll") == "the Smiths' dog and rock 'n' roll"


def test_a_quote_paragraph_closed_by_two_apostrophes_is_a_paragraph_not_a_heading() -> None:
    doc = parse_document(ARCHIVE, DocMeta("storm"))
    texts = [p.text for p in doc.paragraphs]
    assert '"It came over the wall in minutes."' in texts
    assert all(p.section in (None, "ABSTRACT", "FULL TEXT") for p in doc.paragraphs)


def test_capitals_labels_of_an_export_are_not_cited() -> None:
    doc = parse_document(ARCHIVE, DocMeta("storm"))
    texts = [p.text for p in doc.paragraphs]
    assert "ABSTRACT." not in texts and "FULL TEXT." not in texts
    assert doc.paragraphs[0].text.startswith("Fishing towns")
    assert doc.paragraphs[1].section == "FULL TEXT"


def test_quotes_in_typewriter_marks_are_found_with_their_speaker() -> None:
    doc = parse_document(ARCHIVE, DocMeta("storm"))
    quotes = [(q.text, q.speaker) for q in extract_quotes(doc) if q.kind == "direct"]
    assert ("We have never seen water this high", "Edna Pell") in quotes
    assert ("It came over the wall in minutes.", "Edna Pell") in quotes


def test_a_live_blog_time_heads_its_update_and_rules_are_dropped() -> None:
    doc = parse_document(LIVE, DocMeta("flood"))
    got = [(p.section, p.text) for p in doc.paragraphs]
    assert got == [
        (None, "TARNBY (Wire) — The Latest on the flooding (all times local):"),
        ("9:40 p.m.", "The river has burst its banks at Tarnby bridge."),
        ("9:05 p.m.", "Mayor Ilse Rand says 300 homes have been evacuated."),
        ("6:00p.m.", "Forecasters expect the rain to ease overnight."),
    ]


def test_line_forms_keep_prose() -> None:
    assert time_line("At 9 p.m. the bridge closed.") is None
    assert time_line("10:30 p.m. ET") == "10:30 p.m."
    assert not rule_line("2016.") and rule_line("— — —")
    assert not caps_label("NATO met.")
    assert not caps_label("The end.") and not caps_label("U.S.")
    assert not caps_label("AFP said the talks failed.")


def test_a_wire_dateline_names_the_outlet_when_the_manifest_does_not() -> None:
    doc = parse_document(LIVE, DocMeta("flood"))
    assert doc.outlet == "Wire" and doc.paragraphs[1].outlet == "Wire"
    assert doc.paragraphs[1].label == "Wire ¶2"
    # the manifest's outlet wins; no credit, no outlet
    assert parse_document(LIVE, DocMeta("flood", outlet="Tarn Post")).outlet == "Tarn Post"
    assert parse_document(ARCHIVE, DocMeta("storm")).outlet is None
    # a party label after a name is no credit
    senator = "Title line\n\nAna Roe (D-Ore.) - the bill's author - spoke first.\n"
    assert parse_document(senator, DocMeta("s")).outlet is None
