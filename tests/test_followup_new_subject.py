"""A short whole question about something the last exchange never named asks on its own:
"when was the strike?" after "what did Ana Ruiz say?" is not about Ruiz. Invented text."""

from __future__ import annotations

from index.retrieval.followup import resolve
from index.types import Answer, Citation


def _said(text: str) -> Answer:
    cite = Citation(doc_id="port", title="Port", paragraph=3, quote=text, text=text)
    return Answer(question="What did Ana Ruiz say?", sentences=(), citations=(cite,), abstained=False)


def test_a_whole_question_about_a_thing_not_yet_named_is_asked_on_its_own() -> None:
    previous = _said("“We will reopen the harbour,” Ana Ruiz said.")
    resolved = resolve("When was the strike?", "What did Ana Ruiz say?", previous)
    assert resolved.query == "When was the strike?" and not resolved.is_followup


def test_a_short_question_on_what_was_just_named_or_a_fragment_still_follows_up() -> None:
    previous = _said("“The strike will end soon,” Ana Ruiz said.")
    assert resolve("When was the strike?", "Why did the dockers strike?", previous).is_followup
    assert resolve("How many died?", "What did Ana Ruiz say?", previous).is_followup
    assert resolve("casualties?", "What did Ana Ruiz say?", previous).is_followup
