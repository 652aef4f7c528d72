"""The chooser for quotes no rule attributes (`index.attribution.speakers.nocue`), on sentences
written for it."""

from __future__ import annotations

from index.attribution.extraction.extract import extract_quotes
from index.attribution.speakers.nocue import FEATURES, Scene, candidates, choose
from index.sources import DocMeta, parse_document


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(parse_document("Title\n\n" + text, DocMeta("d")))]


def _scene(masked: str, sentences: list[tuple[int, int]], index: int, start: int, end: int) -> Scene:
    return Scene(masked, sentences, index, start, end, "", None, None, ())


def test_candidates_place_names_before_and_after_the_quote() -> None:
    masked = "Ana Roe met the board. The members backed xxxxxxxxx, said nobody but Piet Hals."
    sc = _scene(masked, [(0, 22), (23, len(masked))], 1, 43, 52)
    feats = dict(candidates(sc, frozenset({"roe", "hals"})))
    assert set(feats) == {"Ana Roe", "The members", "Piet Hals"}
    assert feats["Ana Roe"][FEATURES.index("prev_sentence")] == 1.0
    assert feats["Piet Hals"][FEATURES.index("same_after")] == 1.0
    assert feats["The members"][FEATURES.index("description")] == 1.0


def test_a_pronoun_subject_before_the_quote_is_a_candidate() -> None:
    masked = "On her campaign page, she vows to xxxxxxxxxxxx."
    sc = _scene(masked, [(0, len(masked))], 0, 34, 46)
    feats = dict(candidates(sc, frozenset()))
    assert feats["she"][FEATURES.index("pronoun")] == 1.0


def test_no_candidates_no_choice() -> None:
    assert choose([]) is None


def test_a_quote_without_cue_takes_the_name_before_it_in_its_sentence() -> None:
    got = _speakers(
        "The plan was published on Friday.\n\nWhen Ana Lund finally wrapped up — “We will build the dock!”"
    )
    assert got == [("We will build the dock!", "Ana Lund")]


def test_a_name_after_a_preposition_before_the_quote_can_be_chosen() -> None:
    got = _speakers(
        "The plan was published on Friday.\n\n"
        "With the vote over, the harbour rules of Piet Hals now stand for “an open crossing for every boat.”"
    )
    assert got == [("an open crossing for every boat.", "Piet Hals")]


def test_a_description_or_a_pronoun_before_the_quote_is_not_chosen() -> None:
    assert _speakers(
        "The new port budget was published on Friday. "
        "The budget promises “a dock for every village” within two years."
    ) == [("a dock for every village", None)]
    assert _speakers(
        "Mayor Ana Lund spoke at the pier on Monday.\n\n"
        "On her campaign page, she vows to “fix every road by spring.”"
    ) == [("fix every road by spring.", None)]


def test_a_quote_alone_in_its_sentence_stays_without_speaker() -> None:
    assert _speakers("A survey of the harbour came out. “Fares rose twice in one year for most riders.”") == [
        ("Fares rose twice in one year for most riders.", None)
    ]


def test_a_cue_still_decides() -> None:
    got = _speakers("Councillor Piet Hals opened the meeting. “The ferry is a disgrace,” Hals said.")
    assert got == [("The ferry is a disgrace", "Councillor Piet Hals")]


def test_a_chosen_speaker_is_shown_as_inferred_where_the_cue_would_be() -> None:
    from bot import render_quotes
    from index.attribution.speakers.nocue import INFERRED
    from index.attribution.speakers.speaker_groups import group_speakers

    quotes = extract_quotes(
        parse_document(
            "Title\n\nThe plan was published on Friday.\n\n"
            "When Ana Lund finally wrapped up — “We will build the dock!”",
            DocMeta("d"),
        )
    )
    assert [(q.speaker, q.cue) for q in quotes] == [("Ana Lund", INFERRED)]
    shown = render_quotes.speaker_quotes_messages("Lund", group_speakers(quotes), [])
    assert f"— <i>{INFERRED}</i>" in "\n".join(shown)
    # an attribution the article makes keeps its own cue
    cued = _speakers("Councillor Piet Hals opened the meeting. “The ferry is a disgrace,” Hals said.")
    assert cued == [("The ferry is a disgrace", "Councillor Piet Hals")]
