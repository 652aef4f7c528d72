"""Round 11 (pronouns): cleaner he/she candidates (issue 13).

Sentences are written for these tests (fictional people).
"""

from __future__ import annotations

from index.attribution.speaker_rank import Mentions


def _mentions(sentences: list[str], surnames: set[str]) -> Mentions:
    m = Mentions(frozenset(surnames))
    for i, s in enumerate(sentences):
        m.observe(s, 0, len(s), i + 1)
    m.flush()
    return m


def test_a_preposition_opening_a_run_is_no_part_of_the_name() -> None:
    m = _mentions(
        ["Olga Tamm and Piet Varga met on Monday.", "Regarding Varga’s plan, Tamm was blunt."],
        {"tamm", "varga"},
    )
    assert sorted(e.name for e in m.entities.values()) == ["Olga Tamm", "Piet Varga"]
    assert not m.entities["varga"].last_subject  # "Regarding Varga’s plan" has no subject Varga
    assert m.entities["varga"].count == 2


def test_a_subordinator_opening_a_run_is_dropped_and_its_name_stays_the_subject() -> None:
    m = _mentions(["Olga Tamm spoke first.", "Although Tamm agreed, the vote failed."], {"tamm"})
    assert [e.name for e in m.entities.values()] == ["Olga Tamm"]
    assert m.entities["tamm"].last_subject


def test_an_indefinite_pronoun_opening_a_sentence_is_no_person() -> None:
    m = _mentions(["Olga Tamm spoke first.", "Nobody asked about the bridge."], {"tamm"})
    assert [e.name for e in m.entities.values()] == ["Olga Tamm"]


def test_a_bare_surname_after_a_quote_is_the_namesake_who_spoke() -> None:
    m = _mentions(["Ana Roe and her son Ivo Roe ran the farm."], {"roe"})
    m.spoke("Ana Roe")  # "…," she told the radio station.
    m.observe("Roe shared her view.", 0, 20, 2)
    m.flush()
    assert m.entities["roe"].name == "Ana Roe" and m.entities["roe"].last[0] == 2
    assert m.entities["roe|ivo"].last[0] == 1
