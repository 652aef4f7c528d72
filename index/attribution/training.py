"""The rules' decisions as training events for the two learned models of speaker attribution.

`pronoun_candidates` gives each ``he``/``she`` speaker the rules meet with the he/she ranker's
candidates (`speaker_rank`, trained by ``scripts/train_speaker_ranker.py``); `nocue_events`
gives each quotation with the candidates of the chooser for quotes no rule attributes
(`nocue`, trained by ``scripts/train_nocue_chooser.py``). Both run `extract`'s own reading of
an article, so training sees exactly what extraction sees.
"""

from __future__ import annotations

from ..types import Document
from .article_names import article_full_names, article_surnames
from .coref import SpeakerContext
from .extract import _paragraph, _State
from .marks import quotes_in_single_marks
from .speaker_rank import Candidate, Mentions


def pronoun_candidates(
    doc: Document, gender: dict[str, tuple[int, int]] | None = None
) -> list[tuple[int, str, list[Candidate]]]:
    """Each ``he``/``she`` speaker of `doc` as (paragraph number, pronoun, candidates with
    their features), the rules choosing, for training `speaker_rank`
    (``scripts/train_speaker_ranker.py``); `gender` replaces the shipped first-name table."""
    surnames = article_surnames(doc)
    ctx = SpeakerContext(surnames, mentions=Mentions(surnames, ranked=False, gender=gender), trace=[])
    state = _State(ctx, singles=quotes_in_single_marks([p.text for p in doc.paragraphs]))
    for p in doc.paragraphs:
        _paragraph(p, state)
    return ctx.trace or []


def nocue_events(doc: Document) -> list[tuple[int, int, int, str, list[Candidate]]]:
    """Each direct or partial quote of `doc` as (paragraph number, start, end, how the rules
    named its speaker, the `nocue` candidates with their features), the rules choosing, for
    training `nocue` (``scripts/train_nocue_chooser.py``)."""
    state = _State(
        SpeakerContext(article_surnames(doc), full_names=article_full_names(doc)),
        singles=quotes_in_single_marks([p.text for p in doc.paragraphs]),
        events=[],
    )
    for p in doc.paragraphs:
        _paragraph(p, state)
    return state.events or []
