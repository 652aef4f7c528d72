"""The public API of `index`, the news QA domain: the engine, its records and its errors.

Adapters (`bot/`, notebooks) import only these names: ``from index import Engine, Settings``.
Names load lazily, on first use, so ``import index`` stays cheap and loads no model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy import lazy_exports

if TYPE_CHECKING:
    from .admin.corpus import Corpus
    from .admin.manage import (
        AddResult,
        CatalogueRow,
        DocumentChange,
        Indexer,
        Manager,
        RemoveResult,
        Upload,
        catalogue,
    )
    from .admin.upload import parse_caption
    from .attribution.checks.check import QuoteCheck
    from .attribution.speakers.described import asked_and_found, is_plural, mid_sentence, sentence_opening
    from .attribution.speakers.speaker_groups import (
        SpeakerGroup,
        group_speakers,
        namesake_note,
        namesakes,
        offices_named,
        related_groups,
        speaker_listing,
    )
    from .cli.errors import describe as describe_error
    from .cli.errors import known_errors
    from .engine import QA, Engine, Turn
    from .engine.buildproc import ProcessIndexer
    from .errors import (
        DamagedIndex,
        EncodingUnavailable,
        IngestError,
        LLMError,
        ManifestError,
        NewsdeskError,
        PromptError,
        SchemaError,
        ShrinkRefused,
        StateError,
        UnknownDocument,
        UploadError,
    )
    from .llm.answerer import LLMAnswerer
    from .retrieval.articles.spoken import Spoken, asks_who_said_it, spoken_in
    from .retrieval.conflicts.disagree import grouped_sides
    from .retrieval.mentions import is_foreign
    from .settings import Settings
    from .state.audit import AuditLog, Outcome, open_audit_log
    from .state.feedback import FeedbackStore
    from .state.postgres import PgChatContext, PgFeedbackStore, PgStats, database_url
    from .state.sqlite import open_sqlite
    from .state.stats import WINDOW as STATS_WINDOW
    from .state.stats import Stats, percentile
    from .state.stats_store import STATS_FILE, StatsStore
    from .store.build import BuildReport, Progress
    from .text import closed_quote
    from .types import (
        Answer,
        AnswerSentence,
        Attribution,
        Citation,
        Disagreement,
        DisagreementSide,
        Document,
        Feedback,
        Paragraph,
        Passage,
        Quote,
        Vote,
    )

# public name → "module[:name in that module]", relative to this package
_EXPORTS = {
    "Engine": "engine",
    "QA": "engine",
    "Turn": "engine",
    "ProcessIndexer": "engine.buildproc",
    "Settings": "settings",
    "Answer": "types",
    "AnswerSentence": "types",
    "Attribution": "types",
    "Citation": "types",
    "Disagreement": "types",
    "DisagreementSide": "types",
    "Document": "types",
    "Feedback": "types",
    "Paragraph": "types",
    "Passage": "types",
    "Quote": "types",
    "Vote": "types",
    "DamagedIndex": "errors",
    "EncodingUnavailable": "errors",
    "IngestError": "errors",
    "LLMError": "errors",
    "ManifestError": "errors",
    "NewsdeskError": "errors",
    "PromptError": "errors",
    "SchemaError": "errors",
    "ShrinkRefused": "errors",
    "StateError": "errors",
    "UnknownDocument": "errors",
    "UploadError": "errors",
    "describe_error": "cli.errors:describe",
    "known_errors": "cli.errors",
    "Corpus": "admin.corpus",
    "AddResult": "admin.manage",
    "CatalogueRow": "admin.manage",
    "DocumentChange": "admin.manage",
    "Indexer": "admin.manage",
    "Manager": "admin.manage",
    "RemoveResult": "admin.manage",
    "Upload": "admin.manage",
    "catalogue": "admin.manage",
    "parse_caption": "admin.upload",
    "BuildReport": "store.build",
    "Progress": "store.build",
    "QuoteCheck": "attribution.checks.check",
    "asked_and_found": "attribution.speakers.described",
    "is_plural": "attribution.speakers.described",
    "mid_sentence": "attribution.speakers.described",
    "sentence_opening": "attribution.speakers.described",
    "SpeakerGroup": "attribution.speakers.speaker_groups",
    "group_speakers": "attribution.speakers.speaker_groups",
    "namesake_note": "attribution.speakers.speaker_groups",
    "namesakes": "attribution.speakers.speaker_groups",
    "offices_named": "attribution.speakers.speaker_groups",
    "related_groups": "attribution.speakers.speaker_groups",
    "speaker_listing": "attribution.speakers.speaker_groups",
    "grouped_sides": "retrieval.conflicts.disagree",
    "Spoken": "retrieval.articles.spoken",
    "asks_who_said_it": "retrieval.articles.spoken",
    "spoken_in": "retrieval.articles.spoken",
    "is_foreign": "retrieval.mentions",
    "closed_quote": "text",
    "LLMAnswerer": "llm.answerer",
    "AuditLog": "state.audit",
    "Outcome": "state.audit",
    "open_audit_log": "state.audit",
    "open_sqlite": "state.sqlite",
    "Stats": "state.stats",
    "STATS_WINDOW": "state.stats:WINDOW",
    "percentile": "state.stats",
    "FeedbackStore": "state.feedback",
    "StatsStore": "state.stats_store",
    "STATS_FILE": "state.stats_store",
    "PgChatContext": "state.postgres",
    "PgFeedbackStore": "state.postgres",
    "PgStats": "state.postgres",
    "database_url": "state.postgres",
}

__all__ = [
    "AddResult",
    "Answer",
    "AnswerSentence",
    "Attribution",
    "AuditLog",
    "BuildReport",
    "CatalogueRow",
    "Citation",
    "Corpus",
    "DamagedIndex",
    "Disagreement",
    "DisagreementSide",
    "Document",
    "DocumentChange",
    "EncodingUnavailable",
    "Engine",
    "Feedback",
    "FeedbackStore",
    "Indexer",
    "IngestError",
    "LLMAnswerer",
    "LLMError",
    "Manager",
    "ManifestError",
    "NewsdeskError",
    "Outcome",
    "Paragraph",
    "Passage",
    "PgChatContext",
    "PgFeedbackStore",
    "PgStats",
    "ProcessIndexer",
    "Progress",
    "PromptError",
    "QA",
    "Quote",
    "QuoteCheck",
    "RemoveResult",
    "STATS_FILE",
    "STATS_WINDOW",
    "SchemaError",
    "Settings",
    "ShrinkRefused",
    "SpeakerGroup",
    "StateError",
    "Spoken",
    "Stats",
    "StatsStore",
    "Turn",
    "UnknownDocument",
    "Upload",
    "UploadError",
    "Vote",
    "asked_and_found",
    "catalogue",
    "closed_quote",
    "database_url",
    "describe_error",
    "group_speakers",
    "grouped_sides",
    "asks_who_said_it",
    "is_foreign",
    "is_plural",
    "known_errors",
    "mid_sentence",
    "namesake_note",
    "namesakes",
    "offices_named",
    "open_audit_log",
    "open_sqlite",
    "parse_caption",
    "percentile",
    "related_groups",
    "sentence_opening",
    "speaker_listing",
    "spoken_in",
]


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
