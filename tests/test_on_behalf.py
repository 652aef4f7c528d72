""" "What did X say?" of a person quoted only through an office named after them lists the
office's quotes as said on their behalf, never as their own words; a person quoted in
person keeps to their own quotes."""

from __future__ import annotations

from news_fixtures import ask_about

from bot.render_quotes import attribution_html
from index.cli.render import verdict_text

ARTICLE = """Harbour talks stall as the mayor stays away

Mayor Ilse Varga did not attend the harbour talks on Tuesday, sending her deputy instead.

Varga’s office said she would not sign any deal that cut jobs at the docks.

“The mayor will study the proposal carefully,” her office said in a statement.

Union leader Tomas Reed said the talks had been “a waste of everyone’s time.”
"""


def test_a_person_quoted_only_through_their_office_gets_its_quotes_as_on_their_behalf() -> None:
    answer = ask_about(ARTICLE, "What did Varga say?")
    att = answer.attribution
    assert att is not None and att.verdict == "listed" and att.on_behalf
    assert att.quotes and all("office" in (q.speaker or "") for q in att.quotes)
    assert (verdict_text(answer) or "").startswith("Varga is not quoted in person")
    reply = attribution_html(answer)
    assert "not quoted in person" in reply and "What Varga said" not in reply


def test_a_person_quoted_in_person_keeps_to_their_own_quotes() -> None:
    answer = ask_about(ARTICLE, "What did Tomas Reed say?")
    att = answer.attribution
    assert att is not None and att.verdict == "listed" and not att.on_behalf
    assert {q.speaker for q in att.quotes} == {"Tomas Reed"}
