"""He/she candidates on sentences written for round 20 (docs/attribution.md, round 20,
pronouns): a name run never holds a pronoun or a subordinator after its first word, so a
sentence break missed after an abbreviation (``… into the U.S. While Lund …``) leaves the
person a candidate under their own name."""

from __future__ import annotations

from index.attribution.speakers.speaker_rank import Mentions, _pieces


def _names(m: Mentions) -> list[str]:
    return sorted(e.name for e in m.entities.values())


def test_a_run_is_cut_at_a_subordinator_after_an_abbreviation() -> None:
    m = Mentions(frozenset({"lund", "varga"}))
    first = "Governor Ana Lund met farmers in Ohio on Monday."
    m.observe(first, 0, len(first), 1)
    second = "Piet Varga wants a ban on imports into the U.S. While Lund condemned the plan, he praised it."
    m.observe(second, 0, len(second), 2)
    m.flush()
    assert _names(m) == ["Ana Lund", "Piet Varga"]
    assert m.entities["lund"].last[0] == 2  # the second mention counts for her


def test_a_run_is_cut_at_a_pronoun() -> None:
    assert _pieces(0, "U.S. He") == [(0, "U.S.")]
    assert _pieces(4, "U.S. While Lund") == [(4, "U.S."), (15, "Lund")]


def test_names_holding_other_capitalised_words_stay_whole() -> None:
    assert _pieces(0, "Secretary of State Ana Lund") == [(0, "Secretary of State Ana Lund")]
    assert _pieces(0, "Race To The Top") == [(0, "Race To The Top")]
