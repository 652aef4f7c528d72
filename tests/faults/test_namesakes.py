"""Fault 6: Ilse Brandt's quotes must not be listed (or counted) as Olek Brandt's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from faultkit import cli

from index.attribution.extraction.extract import extract_quotes
from index.attribution.speakers.speaker_groups import group_speakers, namesake_note, namesakes, quotes_by
from index.folder import DocMeta
from index.sources import parse_document
from index.types import Quote

PORT = """Port deal signed

The harbour authority signed the deal on Monday, officials said.

"This is a good day for the port," said Ilse Brandt, the authority's chair.

"We waited ten years for this," Brandt told reporters.

Union leader Olek Brandt was more cautious. "The jobs must come first," he said.
"""
FERRY = """Ferry fares rise

Ferry fares will rise by 5 percent in March, the operator said.

"Nobody likes higher fares," said Ilse Brandt, who chairs the harbour authority.
"""


def quotes_of(*texts: tuple[str, str]) -> list[Quote]:
    return [q for doc_id, text in texts for q in extract_quotes(parse_document(text, DocMeta(doc_id)))]


def test_a_full_name_finds_only_that_person() -> None:
    quotes = quotes_of(("port", PORT), ("ferry", FERRY))
    olek = quotes_by("Olek Brandt", quotes)
    assert [q.text for q in olek] == ["The jobs must come first"]
    assert len(quotes_by("Ilse Brandt", quotes)) == 3  # "Brandt told reporters" is Ilse: the article's one
    assert len(quotes_by("Brandt", quotes)) == 4  # the surname alone: every Brandt
    names = {g.name: len(g.quotes) for g in group_speakers(quotes) if g.kind == "person"}
    assert names["Ilse Brandt"] == 3 and names["Olek Brandt"] == 1


def test_no_quote_by_a_namesake_says_who_is_quoted() -> None:
    quotes = quotes_of(("ferry", FERRY), ("port", PORT.replace('"The jobs must come first," he said.', "")))
    assert quotes_by("Olek Brandt", quotes) == []
    note = namesake_note("Olek Brandt", False, namesakes("Olek Brandt", quotes))
    assert note == "no quote by Olek Brandt; Ilse Brandt is quoted 3 times"


@pytest.mark.slow
def test_cli_quotes_and_ask_keep_namesakes_apart(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "port.txt").write_text(PORT)
    (tmp_path / "docs" / "ferry.txt").write_text(FERRY)
    done = cli(tmp_path, "quotes", "--json", "--speaker", "Olek Brandt")
    assert done.returncode == 0, done.stderr
    assert [r["quote"] for r in json.loads(done.stdout)] == ["The jobs must come first"]
    assert "note: other people share the surname; Ilse Brandt is quoted 3 times" in done.stderr
    done = cli(tmp_path, "ask", "--json", "What did Olek Brandt say?")
    cited = [c["quote"] for c in json.loads(done.stdout)["citations"]]
    assert cited and all("jobs must come first" in c for c in cited), cited
    att = json.loads(done.stdout)["attribution"]
    assert att["note"] == "other people share the surname; Ilse Brandt is quoted 3 times"


def test_what_did_a_namesake_say_names_the_other_brandt_in_the_reply() -> None:
    from bot.render_quotes import attribution_html
    from index.attribution.answers.answer import answer_attribution
    from index.attribution.query import parse_attribution_question

    quotes = quotes_of(("port", PORT), ("ferry", FERRY))
    question = "What did Olek Brandt say?"
    query = parse_attribution_question(question)
    assert query is not None
    answer = answer_attribution(question, query, quotes, {})
    html = attribution_html(answer)
    assert "Ilse Brandt is quoted 3 times" in html and "The jobs must come first" in html
    assert "This is a good day" not in html
