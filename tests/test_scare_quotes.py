"""Quote precision, issue 13 round 7: a writer's own term in quote marks is no quotation.

Fictional sentences written for these tests (docs/attribution.md, round 7).
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes


def _texts(*paragraphs: str) -> list[str]:
    quotes = extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))
    return [q.text for q in quotes if q.kind != "indirect"]


def test_a_term_the_writer_sets_apart_is_no_quote() -> None:
    assert _texts("The ferry line became the harbour’s “lifeline” candidate for the new budget.") == []
    assert _texts("There will be a two-year “pause” in the toll increase.") == []
    # "States" in a name is no reporting verb
    assert _texts("The United States began its “pivot” to the islands.") == []


def test_a_term_someone_is_reported_to_use_stays() -> None:
    assert _texts("The mayor called the plan a “lifeline” for the island.") == ["lifeline"]
    assert _texts("Residents were greeted with shouts of “shame on you” at the pier.") == ["shame on you"]
    assert _texts("The harbour master sees the plan as a “lifeline” for the island.") == ["lifeline"]


def test_a_name_a_sentence_or_a_longer_run_stays() -> None:
    # not a lowercase term: a capitalised name is left to the other rules (a subject naming it
    # keeps it; since round 21 one that no one is found to say is dropped, test_..._round21)
    assert _texts("Captain Ana Roe named the ferry “Northern Star” at noon.") == ["Northern Star"]
    assert _texts("On the quay, “we will not leave” was painted in red.") == ["we will not leave"]


def test_a_term_after_a_speaker_in_its_paragraph_keeps_that_speaker() -> None:
    para = "“We lost,” Ana Roe said. The vote was a “disaster” for the ferry."
    quotes = extract_quotes(doc("Title line\n\n" + para, "one"))
    assert [(q.text, q.speaker) for q in quotes] == [("We lost", "Ana Roe"), ("disaster", "Ana Roe")]


def test_a_term_after_so_called_is_no_quote_but_a_name_stays() -> None:
    assert _texts("The navy armed the so-called “river guards” on the delta.") == []
    assert _texts("Voters backed the so-called “Clean Harbour Act” in May.") == ["Clean Harbour Act"]


def test_marks_of_markup_are_no_quote_marks() -> None:
    assert _texts('">The ferry is late again.<tweet/>.') == []
    assert _texts("“The ferry is late again.” – @harbourwatch“<tweet/>.") == ["The ferry is late again."]
