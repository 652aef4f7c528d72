"""/quotes <name> when only an office speaks for that person: the office's quotes are shown,
kept apart as an office's, instead of "no quotes"."""

from __future__ import annotations

from news_fixtures import doc

from bot.quotes import _speaker_quotes
from bot.render_quotes import speaker_quotes_messages
from index.attribution.checks.check import quotes_by
from index.attribution.extraction.extract import extract_quotes
from index.attribution.speakers.speaker_groups import group_speakers
from index.types import Quote

_STORY = (
    "Premier to visit the flooded valley\n\n"
    "Prime Minister Anna Kovac will tour the valley on Friday, her office said.\n\n"
    "“The premier will meet every mayor of the valley,” Kovac’s office said in a statement.\n\n"
    "“We lost the whole harvest,” said farmer Ilja Brod.\n"
)


class _QA:
    def __init__(self, quotes: list[Quote]) -> None:
        self._quotes = quotes

    def quotes_by(self, speaker: str | None = None) -> list[Quote]:
        return quotes_by(speaker, self._quotes) if speaker else list(self._quotes)


def test_quotes_of_a_person_only_their_office_speaks_for_lists_the_office() -> None:
    qa = _QA(extract_quotes(doc(_STORY, "valley", outlet=None)))
    assert qa.quotes_by("Kovac") == []  # the office's words are not the premier's
    own, related, _ = _speaker_quotes(qa, "Kovac")  # type: ignore[arg-type]
    assert own == [] and {g.name for g in related} == {"Anna Kovac’s office", "Kovac’s office"}
    text = "\n".join(speaker_quotes_messages("Kovac", own, related))
    assert "every mayor of the valley" in text and "Send /quotes" not in text
    # said plainly: the person asked is not quoted, their office is (was a bare heading)
    assert "I found no quotes by Kovac in person" in text and "not their own words" in text


def test_unnamed_sources_found_by_the_name_asked_are_not_headed_as_offices() -> None:
    story = (
        "Valley farmers count their losses\n\n"
        "“The harvest is gone,” said Ilja Brod, a farm analyst.\n\n"
        "“Prices will double by spring,” said an analyst in the capital, speaking on condition"
        " of anonymity.\n"
    )
    quotes = extract_quotes(doc(story, "farm", outlet=None))
    people = [q for q in quotes if q.speaker_kind == "person"]
    unnamed = [q for q in quotes if q.speaker_kind == "anonymous"]
    assert people and unnamed
    own = group_speakers([*people, *unnamed])
    text = "\n".join(speaker_quotes_messages("the analyst", own, []))
    # was "Organisations, offices and spokespeople (quoted separately; not Ilja Brod's own words)"
    assert "Unnamed sources</b> <i>(quoted separately from the people above)</i>" in text
    assert "Organisations" not in text and "own words" not in text


def test_a_name_no_one_speaks_for_still_has_no_quotes() -> None:
    qa = _QA(extract_quotes(doc(_STORY, "valley", outlet=None)))
    own, related, _ = _speaker_quotes(qa, "Oskar Lind")  # type: ignore[arg-type]
    assert (own, related) == ([], [])
    assert "I found no quotes by" in speaker_quotes_messages("Oskar Lind", own, related)[0]


def test_an_office_matched_by_the_name_itself_is_also_said_to_speak_on_their_behalf() -> None:
    # the engine's quotes_by("netanyahu") returns "Netanyahu’s office" as the speaker's own group:
    # the reply was only a heading "Organisations, offices and spokespeople"
    qa = _QA(extract_quotes(doc(_STORY, "valley", outlet=None)))
    office = [g for g in group_speakers(qa.quotes_by()) if g.name == "Kovac’s office"]
    assert office
    text = "\n".join(speaker_quotes_messages("kovac", office, []))
    assert "I found no quotes by kovac in person" in text and "every mayor of the valley" in text
    # an organisation asked by its own name keeps the plain heading
    story = "Port strike\n\n“We will not sign,” the Harbour Union said on Monday.\n"
    union = group_speakers(extract_quotes(doc(story, "port", outlet=None)))
    assert union and union[0].kind == "office"
    shown = "\n".join(speaker_quotes_messages("Harbour Union", union, []))
    assert "in person" not in shown and "Organisations, offices and spokespeople" in shown
